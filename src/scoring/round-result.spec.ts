import {
  calibratedScore,
  competencyWeights,
  interviewResult,
  interviewScoreOf,
  normalised,
  PassRule,
  Recommendation,
  RoundTemplate,
  SubmittedScorecard,
} from './round-result';

const card = (
  interviewerId: string,
  ratings: Record<string, number | null>,
  recommendation: Recommendation = 'yes',
): SubmittedScorecard => ({
  interviewerId,
  ratings: Object.entries(ratings).map(([competency, rating]) => ({ competency, rating, notes: null })),
  recommendation,
});

const template = (
  competencies: string[],
  scale: number,
  passRule: PassRule = { kind: 'average', threshold: 3 },
): RoundTemplate => ({ competencies, scale, passRule });

const evenWeights = (competencies: string[]) => new Map(competencies.map((code) => [code, 1]));

describe('competencyWeights', () => {
  it("uses the profile's weights, and the mean of them for a competency the profile does not weigh", () => {
    // care is not in the profile: (3 + 1) / 2 = 2.
    const weights = competencyWeights(
      ['drive', 'craft', 'care'],
      [
        { code: 'drive', weight: 3 },
        { code: 'craft', weight: 1 },
      ],
    );
    expect([...weights]).toEqual([
      ['drive', 3],
      ['craft', 1],
      ['care', 2],
    ]);
  });

  it('takes the fallback over every profile weight, rated in the round or not, and lists only the rated ones', () => {
    // (3 + 1 + 5) / 3 = 3 for other; craft and care are not rated in this round.
    const weights = competencyWeights(
      ['drive', 'other'],
      [
        { code: 'drive', weight: 3 },
        { code: 'craft', weight: 1 },
        { code: 'care', weight: 5 },
      ],
    );
    expect([...weights]).toEqual([
      ['drive', 3],
      ['other', 3],
    ]);
  });

  it('gives every competency 1 when the profile weighs none', () => {
    expect([...competencyWeights(['drive', 'craft'], [])]).toEqual([
      ['drive', 1],
      ['craft', 1],
    ]);
  });
});

describe('normalised', () => {
  it('maps 1..scale onto 0..1', () => {
    expect(normalised(1, 5)).toBe(0);
    expect(normalised(3, 5)).toBe(0.5);
    expect(normalised(4, 5)).toBe(0.75);
    expect(normalised(5, 5)).toBe(1);
    expect(normalised(4, 4)).toBe(1);
    expect(normalised(2, 4)).toBeCloseTo(1 / 3, 12);
  });
});

describe('interviewResult', () => {
  const competencies = ['drive', 'craft', 'care'];
  const weights = new Map([
    ['drive', 2],
    ['craft', 1],
    ['care', 1],
  ]);
  const scorecards = [
    card('interviewer-a', { drive: 5, craft: 4, care: null, extra: 1 }, 'yes'),
    card('interviewer-b', { drive: 2, craft: 4, care: null }, 'strong_yes'),
    card('interviewer-c', { drive: 4, craft: null, care: null }, 'no'),
  ];

  it('gives each competency its mean, counts, spread and flag', () => {
    const result = interviewResult(template(competencies, 5), weights, scorecards, 3);
    expect(result.competencies).toEqual([
      // (5 + 2 + 4) / 3 = 3.666.. -> 3.67; spread 5 - 2 = 3 > 2
      { competency: 'drive', weight: 2, mean: 3.67, rated: 3, notAssessed: 0, spread: 3, flagged: true },
      // interviewer-c's null is not a rating: (4 + 4) / 2 = 4
      { competency: 'craft', weight: 1, mean: 4, rated: 2, notAssessed: 1, spread: 0, flagged: false },
      { competency: 'care', weight: 1, mean: null, rated: 0, notAssessed: 3, spread: null, flagged: false },
    ]);
    expect(result.scorecards).toBe(3);
    expect(result.panelSize).toBe(3);
  });

  it('weights the competency means and leaves out a competency nobody assessed', () => {
    // On 0-1: drive (1 + 0.25 + 0.75) / 3 = 2/3, craft 0.75. care is left out of the weights:
    // (2 * 2/3 + 1 * 0.75) / 3 = 0.69444.. -> score 69.44, mean rating 1 + 0.69444 * 4 = 3.78.
    // Counted as zero it would have been 2.08333 / 4 = 52.08.
    const result = interviewResult(template(competencies, 5), weights, scorecards, 3);
    expect(result.score).toBe(69.44);
    expect(result.meanRating).toBe(3.78);
    expect(result.recommendations).toEqual({ strong_no: 0, no: 1, yes: 1, strong_yes: 1 });
    expect(result.decision).toBe('pass');
    expect(result.rule).toEqual({ kind: 'average', threshold: 3 });
    expect(result.reason).toBe('Mean rating 3.78 is at or above the threshold 3');
  });

  it('does not read "not assessed" as a low rating', () => {
    const round = template(['drive', 'craft'], 5);
    const withNull = interviewResult(
      round,
      evenWeights(['drive', 'craft']),
      [card('interviewer-a', { drive: 4, craft: 5 }), card('interviewer-b', { drive: 4, craft: null })],
      2,
    );
    const withLow = interviewResult(
      round,
      evenWeights(['drive', 'craft']),
      [card('interviewer-a', { drive: 4, craft: 5 }), card('interviewer-b', { drive: 4, craft: 1 })],
      2,
    );
    // craft: 5 alone, not (5 + 1) / 2 = 3. Score ((0.75 + 0.75) / 2 + 1) / 2 = 0.875 against (0.75 + 0.5) / 2 = 0.625.
    expect(withNull.competencies[1]).toMatchObject({ mean: 5, rated: 1, notAssessed: 1, spread: null });
    expect(withNull.score).toBe(87.5);
    expect(withNull.meanRating).toBe(4.5);
    expect(withLow.competencies[1]).toMatchObject({ mean: 3, rated: 2, notAssessed: 0, spread: 4, flagged: true });
    expect(withLow.score).toBe(62.5);
  });

  it('flags a spread of more than 2 points, not a spread of exactly 2', () => {
    const result = interviewResult(
      template(['drive', 'craft', 'care'], 5),
      evenWeights(['drive', 'craft', 'care']),
      [card('interviewer-a', { drive: 2, craft: 1, care: 3 }), card('interviewer-b', { drive: 4, craft: 4, care: 3 })],
      2,
    );
    expect(result.competencies.map((c) => [c.competency, c.spread, c.flagged])).toEqual([
      ['drive', 2, false],
      ['craft', 3, true],
      ['care', 0, false],
    ]);
  });

  it('puts the score on 0-100 from the bottom of the scale', () => {
    // Scale 4, ratings 2 and 4: mean rating 3, on 0-1 (1/3 + 1) / 2 = 2/3 -> 66.67.
    const result = interviewResult(
      template(['drive'], 4),
      evenWeights(['drive']),
      [card('interviewer-a', { drive: 2 }), card('interviewer-b', { drive: 4 })],
      2,
    );
    expect(result.meanRating).toBe(3);
    expect(result.score).toBe(66.67);
    // All at the bottom of the scale is 0, all at the top 100.
    const bottom = interviewResult(
      template(['drive'], 4),
      evenWeights(['drive']),
      [card('interviewer-a', { drive: 1 })],
      1,
    );
    const top = interviewResult(
      template(['drive'], 4),
      evenWeights(['drive']),
      [card('interviewer-a', { drive: 4 })],
      1,
    );
    expect([bottom.score, bottom.meanRating, top.score, top.meanRating]).toEqual([0, 1, 100, 4]);
  });

  describe('the average rule', () => {
    it('passes at exactly the threshold', () => {
      const result = interviewResult(
        template(['drive'], 5, { kind: 'average', threshold: 3 }),
        evenWeights(['drive']),
        [card('interviewer-a', { drive: 3 }, 'no'), card('interviewer-b', { drive: 3 }, 'no')],
        2,
      );
      expect(result.meanRating).toBe(3);
      expect(result.decision).toBe('pass');
      expect(result.reason).toBe('Mean rating 3 is at or above the threshold 3');
    });

    it('fails just below it', () => {
      // (99 * 0.5 + 1 * 0.25) / 100 = 0.4975 on 0-1 -> 1 + 0.4975 * 4 = 2.99.
      const result = interviewResult(
        template(['drive', 'craft'], 5, { kind: 'average', threshold: 3 }),
        new Map([
          ['drive', 99],
          ['craft', 1],
        ]),
        [card('interviewer-a', { drive: 3, craft: 2 }, 'strong_yes')],
        1,
      );
      expect(result.meanRating).toBe(2.99);
      expect(result.decision).toBe('fail');
      expect(result.reason).toBe('Mean rating 2.99 is below the threshold 3');
    });

    it('cannot decide when nothing was rated', () => {
      const result = interviewResult(
        template(['drive', 'craft'], 5),
        evenWeights(['drive', 'craft']),
        [card('interviewer-a', { drive: null, craft: null }), card('interviewer-b', { drive: null })],
        2,
      );
      expect(result.meanRating).toBeNull();
      expect(result.score).toBeNull();
      expect(result.decision).toBeNull();
      expect(result.reason).toBe('No competency was rated, so the average rule cannot decide');
    });
  });

  const decide = (rule: PassRule, recommendations: Recommendation[], panelSize = recommendations.length) =>
    interviewResult(
      template(['drive'], 5, rule),
      evenWeights(['drive']),
      recommendations.map((r, i) => card(`interviewer-${i}`, { drive: 3 }, r)),
      panelSize,
    );

  describe('the majority_yes rule', () => {
    const rule: PassRule = { kind: 'majority_yes' };

    it('passes with 2 of 3 yes, strong yes counting as yes', () => {
      const result = decide(rule, ['yes', 'strong_yes', 'no']);
      expect(result.decision).toBe('pass');
      expect(result.reason).toBe('2 of 3 recommend yes: a majority');
    });

    it('fails with 2 of 4: it needs more than half', () => {
      const result = decide(rule, ['yes', 'strong_yes', 'no', 'strong_no']);
      expect(result.decision).toBe('fail');
      expect(result.reason).toBe('2 of 4 recommend yes: not a majority');
    });
  });

  describe('the unanimous rule', () => {
    const rule: PassRule = { kind: 'unanimous' };

    it('passes when everyone recommends yes or strong yes', () => {
      const result = decide(rule, ['yes', 'strong_yes', 'yes']);
      expect(result.decision).toBe('pass');
      expect(result.reason).toBe('All 3 recommend yes');
    });

    it('fails on a single no', () => {
      const result = decide(rule, ['strong_yes', 'strong_yes', 'no']);
      expect(result.decision).toBe('fail');
      expect(result.reason).toBe('1 of 3 do not recommend yes; the rule needs all');
    });
  });

  describe('the no_veto rule', () => {
    const rule: PassRule = { kind: 'no_veto' };

    it('passes without a strong no, however many plain noes', () => {
      const result = decide(rule, ['yes', 'no', 'no']);
      expect(result.decision).toBe('pass');
      expect(result.reason).toBe('Nobody recommends strong no');
    });

    it('fails on one strong no, even against strong yeses', () => {
      const result = decide(rule, ['strong_yes', 'strong_yes', 'strong_no']);
      expect(result.decision).toBe('fail');
      expect(result.reason).toBe('1 of 3 recommend strong no, which blocks');
    });
  });

  it('waits while fewer scorecards than the panel size are submitted, whatever the rule', () => {
    const rules: PassRule[] = [
      { kind: 'average', threshold: 3 },
      { kind: 'majority_yes' },
      { kind: 'unanimous' },
      { kind: 'no_veto' },
    ];
    for (const rule of rules) {
      const result = decide(rule, ['strong_no', 'strong_yes'], 3);
      expect(result.decision).toBeNull();
      expect(result.reason).toBe('2 of 3 scorecards submitted; the decision waits for all');
      // The figures are there before the decision is.
      expect(result.score).toBe(50);
      expect(result.recommendations).toEqual({ strong_no: 1, no: 0, yes: 0, strong_yes: 1 });
    }
    const none = decide({ kind: 'no_veto' }, [], 2);
    expect(none.decision).toBeNull();
    expect(none.reason).toBe('0 of 2 scorecards submitted; the decision waits for all');
    expect(none.score).toBeNull();
  });
});

describe('calibratedScore', () => {
  const round = { competencies: ['drive'], scale: 5 };

  it('equals the plain score without corrections', () => {
    const competencies = ['drive', 'craft'];
    const weights = new Map([
      ['drive', 2],
      ['craft', 1],
    ]);
    const scorecards = [
      card('interviewer-a', { drive: 5, craft: 2 }),
      card('interviewer-b', { drive: 3, craft: null }),
    ];
    // drive (1 + 0.5) / 2 = 0.75, craft 0.25: (2 * 0.75 + 0.25) / 3 = 0.58333 -> 58.33.
    const plain = interviewResult(template(competencies, 5), weights, scorecards, 2).score;
    expect(plain).toBe(58.33);
    expect(calibratedScore({ competencies, scale: 5 }, weights, scorecards, new Map())).toBe(58.33);
    expect(calibratedScore({ competencies, scale: 5 }, weights, scorecards, new Map([['interviewer-z', 0.3]]))).toBe(
      58.33,
    );
  });

  it("takes each interviewer's correction off their ratings on the 0-1 scale", () => {
    // interviewer-a: 0.75 - 0.25 = 0.5; interviewer-b: 0.5 - 0 = 0.5. Plain (0.75 + 0.5) / 2 = 62.5.
    const scorecards = [card('interviewer-a', { drive: 4 }), card('interviewer-b', { drive: 3 })];
    expect(calibratedScore(round, evenWeights(['drive']), scorecards, new Map([['interviewer-a', 0.25]]))).toBe(50);
    // A negative correction raises: 0.75 + 0.1 = 0.85 and 0.5 -> 67.5.
    expect(calibratedScore(round, evenWeights(['drive']), scorecards, new Map([['interviewer-a', -0.1]]))).toBe(67.5);
  });

  it('clamps each corrected rating to 0-1', () => {
    // 1 + 0.1 -> 1 and 0 - 0.2 -> 0: (1 + 0) / 2 = 50. Unclamped it would be (1.1 - 0.2) / 2 = 45.
    const scorecards = [card('interviewer-a', { drive: 5 }), card('interviewer-b', { drive: 1 })];
    const corrections = new Map([
      ['interviewer-a', -0.1],
      ['interviewer-b', 0.2],
    ]);
    expect(calibratedScore(round, evenWeights(['drive']), scorecards, corrections)).toBe(50);
  });

  it('skips "not assessed" and is null when nothing was rated', () => {
    const corrections = new Map([['interviewer-b', 0.5]]);
    expect(
      calibratedScore(
        round,
        evenWeights(['drive']),
        [card('interviewer-a', { drive: 4 }), card('interviewer-b', { drive: null })],
        corrections,
      ),
    ).toBe(75);
    expect(calibratedScore(round, evenWeights(['drive']), [card('interviewer-a', { drive: null })], corrections)).toBe(
      null,
    );
  });
});

describe('interviewScoreOf', () => {
  it("weights the rounds' scores by the rounds' weights", () => {
    // (2 * 80 + 1 * 50) / 3 = 70; (1 * 70 + 2 * 80) / 3 = 76.666.. -> 76.67.
    expect(
      interviewScoreOf([
        { weight: 2, score: 80 },
        { weight: 1, score: 50 },
      ]),
    ).toBe(70);
    expect(
      interviewScoreOf([
        { weight: 1, score: 70 },
        { weight: 2, score: 80 },
      ]),
    ).toBe(76.67);
  });

  it('treats a round without a score as missing, not zero', () => {
    expect(
      interviewScoreOf([
        { weight: 1, score: 80 },
        { weight: 1, score: null },
      ]),
    ).toBe(80);
  });

  it('ignores rounds of weight zero', () => {
    expect(
      interviewScoreOf([
        { weight: 1, score: 80 },
        { weight: 0, score: 20 },
      ]),
    ).toBe(80);
  });

  it('is null when no weighted round has a score', () => {
    expect(interviewScoreOf([])).toBeNull();
    expect(
      interviewScoreOf([
        { weight: 1, score: null },
        { weight: 2, score: null },
      ]),
    ).toBeNull();
    expect(interviewScoreOf([{ weight: 0, score: 90 }])).toBeNull();
  });
});

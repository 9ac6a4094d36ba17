import { intraclassCorrelation, krippendorffAlphaInterval } from './agreement';
import { interviewerLeniency } from './calibration';
import { panelRatings, ReviewRound, ReviewScorecard, reviewVacancy, roundAgreement } from './panel-review';
import {
  calibratedScore,
  defaultPassThreshold,
  interviewResult,
  MAX_SCALE,
  MIN_SCALE,
  normalised,
  PassRule,
  Recommendation,
  spreadFlagPoints,
  SubmittedScorecard,
} from './round-result';

/** Rounds on 2- to 10-point scales, every figure worked by hand in the comments. */

const card = (
  interviewerId: string,
  ratings: Record<string, number | null>,
  recommendation: Recommendation = 'yes',
): SubmittedScorecard => ({
  interviewerId,
  ratings: Object.entries(ratings).map(([competency, rating]) => ({ competency, rating, notes: null })),
  recommendation,
});

const average = (scale: number): PassRule => ({ kind: 'average', threshold: defaultPassThreshold(scale) });
const weightsOf = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('the scale limits', () => {
  it('runs from 2 to 10 points, and normalised refuses anything else', () => {
    expect([MIN_SCALE, MAX_SCALE]).toEqual([2, 10]);
    expect(normalised(2, 2)).toBe(1);
    expect(normalised(4, 7)).toBe(0.5);
    expect(normalised(10, 10)).toBe(1);
    expect(() => normalised(1, 1)).toThrow(RangeError);
    expect(() => normalised(5, 11)).toThrow(RangeError);
    expect(() => normalised(3, 4.5)).toThrow(RangeError);
  });

  it('puts the default threshold on the first point above the middle, and flags spreads over two thirds of the range', () => {
    const sizes = [2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(sizes.map(defaultPassThreshold)).toEqual([2, 3, 3, 4, 4, 5, 5, 6, 6]);
    // floor(2 (scale − 1) / 3): the largest spread not flagged; 2 on the 4- and 5-point scales as before.
    expect(sizes.map(spreadFlagPoints)).toEqual([0, 1, 2, 2, 3, 4, 4, 5, 6]);
  });
});

describe('interview results on other scales', () => {
  it('on 3 points: means, spreads, score, the default threshold of 3, and every rule', () => {
    const scorecards = [
      card('a', { drive: 3, craft: 2 }, 'yes'),
      card('b', { drive: 1, craft: 2 }, 'no'),
      card('c', { drive: 3, craft: 3 }, 'strong_yes'),
    ];
    const weights = weightsOf({ drive: 2, craft: 1 });
    const result = interviewResult(
      { competencies: ['drive', 'craft'], scale: 3, passRule: average(3) },
      weights,
      scorecards,
      3,
    );
    // drive (3 + 1 + 3) / 3 = 2.33, spread 2 > 1: flagged; craft 7/3 = 2.33, spread 1.
    expect(result.competencies).toEqual([
      { competency: 'drive', weight: 2, mean: 2.33, rated: 3, notAssessed: 0, spread: 2, flagged: true },
      { competency: 'craft', weight: 1, mean: 2.33, rated: 3, notAssessed: 0, spread: 1, flagged: false },
    ]);
    // On 0–1, (r − 1) / 2: drive (1 + 0 + 1) / 3 = 2/3, craft (0.5 + 0.5 + 1) / 3 = 2/3;
    // weighted 2/3: score 66.67, mean rating 1 + 2/3 · 2 = 2.33, under the threshold 3.
    expect(result).toMatchObject({ score: 66.67, meanRating: 2.33, decision: 'fail' });
    expect(result.reason).toBe('Mean rating 2.33 is below the threshold 3');
    const decide = (passRule: PassRule) =>
      interviewResult({ competencies: ['drive', 'craft'], scale: 3, passRule }, weights, scorecards, 3).decision;
    expect(decide({ kind: 'majority_yes' })).toBe('pass'); // 2 of 3
    expect(decide({ kind: 'unanimous' })).toBe('fail');
    expect(decide({ kind: 'no_veto' })).toBe('pass');
    expect(decide({ kind: 'average', threshold: 2.33 })).toBe('pass');
  });

  it('on 7 points: a not-assessed rating left out, the default threshold of 5, a strong no that vetoes', () => {
    const scorecards = [
      card('a', { drive: 7, craft: 5 }, 'yes'),
      card('b', { drive: 2, craft: 6 }, 'strong_no'),
      card('c', { drive: 6, craft: null }, 'yes'),
    ];
    const weights = weightsOf({ drive: 1, craft: 1 });
    const template = { competencies: ['drive', 'craft'], scale: 7, passRule: average(7) };
    const result = interviewResult(template, weights, scorecards, 3);
    // drive 15/3 = 5, spread 5 > 4: flagged; craft (5 + 6) / 2 = 5.5, spread 1.
    expect(result.competencies).toEqual([
      { competency: 'drive', weight: 1, mean: 5, rated: 3, notAssessed: 0, spread: 5, flagged: true },
      { competency: 'craft', weight: 1, mean: 5.5, rated: 2, notAssessed: 1, spread: 1, flagged: false },
    ]);
    // On 0–1, (r − 1) / 6: drive (6 + 1 + 5) / 18 = 2/3, craft (4 + 5) / 12 = 3/4; mean 17/24:
    // score 70.83, mean rating 1 + 17/24 · 6 = 5.25, at or above 5.
    expect(result).toMatchObject({ score: 70.83, meanRating: 5.25, decision: 'pass', rule: { threshold: 5 } });
    const vetoed = interviewResult({ ...template, passRule: { kind: 'no_veto' } }, weights, scorecards, 3);
    expect(vetoed.reason).toBe('1 of 3 recommend strong no, which blocks');
    // b's correction of 1/6 (one point of 7) taken out: drive (1 + 0 + 5/6) / 3 = 11/18 (b's 1/6 − 1/6),
    // craft (2/3 + 2/3) / 2 = 2/3; mean (11/18 + 12/18) / 2 = 23/36 = 63.89.
    expect(calibratedScore(template, weights, scorecards, new Map([['b', 1 / 6]]))).toBe(63.89);
  });

  it('on 10 points: a spread of 6 is not flagged and 7 is; weights; the default threshold of 6', () => {
    const scorecards = [
      card('a', { drive: 9, craft: 10 }),
      card('b', { drive: 3, craft: 3 }, 'no'),
      card('c', { drive: 6, craft: 8 }),
      card('d', { drive: 4, craft: 8 }, 'strong_yes'),
    ];
    const template = { competencies: ['drive', 'craft'], scale: 10, passRule: average(10) };
    const result = interviewResult(template, weightsOf({ drive: 1, craft: 3 }), scorecards, 4);
    expect(result.competencies).toEqual([
      { competency: 'drive', weight: 1, mean: 5.5, rated: 4, notAssessed: 0, spread: 6, flagged: false },
      { competency: 'craft', weight: 3, mean: 7.25, rated: 4, notAssessed: 0, spread: 7, flagged: true },
    ]);
    // On 0–1, (r − 1) / 9: drive 18/36 = 1/2, craft 25/36; weighted (1/2 + 3 · 25/36) / 4 = 93/144:
    // score 64.58, mean rating 1 + 93/144 · 9 = 6.8125, shown 6.81, at or above 6.
    expect(result).toMatchObject({ score: 64.58, meanRating: 6.81, decision: 'pass', rule: { threshold: 6 } });
    expect(result.recommendations).toEqual({ strong_no: 0, no: 1, yes: 2, strong_yes: 1 });
  });

  it('on 2 points: any split is flagged, and the mean is a share of yes', () => {
    const result = interviewResult(
      { competencies: ['drive'], scale: 2, passRule: average(2) },
      weightsOf({ drive: 1 }),
      [card('a', { drive: 2 }), card('b', { drive: 1 }, 'no')],
      2,
    );
    expect(result.competencies[0]).toMatchObject({ mean: 1.5, spread: 1, flagged: true });
    expect(result).toMatchObject({ score: 50, meanRating: 1.5, decision: 'fail', rule: { threshold: 2 } });
  });
});

describe('agreement and calibration on other scales', () => {
  const round = (id: string, scale: number, competencies = ['drive']): ReviewRound => ({
    id,
    name: id,
    template: { competencies, scale, passRule: average(scale) },
    weights: new Map(competencies.map((code) => [code, 1])),
    weight: 1,
  });
  const scorecard = (interviewId: string, interviewerId: string, drive: number): ReviewScorecard => ({
    interviewId,
    interviewerId,
    ratings: [{ competency: 'drive', rating: drive, notes: null }],
    recommendation: 'yes',
  });
  const held = (id: string, roundId: string) => ({
    id,
    applicationId: `app-${id}`,
    roundId,
    createdAt: 1,
    panelSize: 2,
  });

  it('pools leniency across 3-, 7- and 10-point rounds on the 0–1 scale', () => {
    const rounds = new Map([
      ['r3', round('r3', 3)],
      ['r7', round('r7', 7)],
      ['r10', round('r10', 10)],
    ]);
    const interviews = [held('i3', 'r3'), held('i7', 'r7'), held('i10', 'r10')];
    // x is above y by (3 − 2) / 2 = 0.5, by (7 − 4) / 6 = 0.5 and by (7 − 1) / 9 = 2/3.
    const scorecards = [
      scorecard('i3', 'x', 3),
      scorecard('i3', 'y', 2),
      scorecard('i7', 'x', 7),
      scorecard('i7', 'y', 4),
      scorecard('i10', 'x', 7),
      scorecard('i10', 'y', 1),
    ];
    const byInterview = new Map(interviews.map((i) => [i.id, scorecards.filter((s) => s.interviewId === i.id)]));
    const ratings = panelRatings(rounds, interviews, byInterview);
    expect(ratings.map((r) => r.value)).toEqual([1, 0.5, 1, 0.5, 6 / 9, 0]);
    // Leniency (0.5 + 0.5 + 2/3) / 3 = 5/9 = 0.5556; correction 5/9 · 3 / (3 + 5) = 5/24 = 0.2083.
    expect(interviewerLeniency(ratings)).toEqual([
      { interviewerId: 'x', leniency: 0.5556, comparisons: 3, interviews: 3, correction: 0.2083 },
      { interviewerId: 'y', leniency: -0.5556, comparisons: 3, interviews: 3, correction: -0.2083 },
    ]);
    // The review scores each round on its own scale: 10-point (7 + 1) / 2 = 4 is 3/9 of the way: 33.33.
    const review = reviewVacancy(rounds, interviews, scorecards, false);
    expect(review.interviews.get('i10')!.result).toMatchObject({ meanRating: 4, score: 33.33 });
    expect(review.interviews.get('i3')!.result).toMatchObject({ meanRating: 2.5, score: 75 });
  });

  it("gives a 7-point round the same alpha and ICCs as the same ratings on any other linear scale, and flags by the round's scale", () => {
    // Six interviews by the same three panel members on a 7-point scale.
    const rows = [
      [7, 6, 7],
      [2, 1, 3],
      [4, 4, 5],
      [6, 7, 6],
      [3, 2, 2],
      [1, 6, 2],
    ];
    const r7 = round('r7', 7);
    const interviews = rows.map((_, i) => held(`i${i}`, 'r7'));
    const byInterview = new Map(
      interviews.map((interview, i) => [
        interview.id,
        rows[i].map((rating, j) => scorecard(interview.id, `p${j}`, rating)),
      ]),
    );
    const agreement = roundAgreement(r7, interviews, byInterview);
    expect(agreement.alpha!.alpha).toBeCloseTo(krippendorffAlphaInterval(rows)!.alpha, 12);
    // On 0–1 the coefficients are the same: both are invariant under a linear change of scale.
    const rescaled = rows.map((row) => row.map((rating) => normalised(rating, 7)));
    expect(agreement.alpha!.alpha).toBeCloseTo(krippendorffAlphaInterval(rescaled)!.alpha, 12);
    expect(agreement.icc!.icc2_1).toBeCloseTo(intraclassCorrelation(rescaled)!.icc2_1, 12);
    expect(agreement.icc!.intervals.icc3_1!.lower).toBeCloseTo(
      intraclassCorrelation(rescaled)!.intervals.icc3_1!.lower,
      9,
    );
    // Only the last interview (1 against 6: 5 > 4) is flagged; a spread of 4 would not be on this scale.
    expect(agreement.flaggedInterviews).toEqual([
      {
        interviewId: 'i5',
        applicationId: 'app-i5',
        competencies: [{ competency: 'drive', spread: 5, ratings: [1, 6, 2] }],
      },
    ]);
  });
});

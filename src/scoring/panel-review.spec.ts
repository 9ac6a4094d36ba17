import { intraclassCorrelation, krippendorffAlphaInterval } from './agreement';
import {
  ALPHA_FLAG_BELOW,
  applicationInterviewScore,
  groupScorecards,
  HeldInterview,
  panelRatings,
  reviewVacancy,
  ReviewInterview,
  ReviewRound,
  ReviewScorecard,
  roundAgreement,
} from './panel-review';
import { PassRule, Recommendation } from './round-result';

const round = (
  id: string,
  competencies: string[],
  scale: number,
  passRule: PassRule,
  weight = 1,
  weights: number[] = competencies.map(() => 1),
): ReviewRound => ({
  id,
  name: `Round ${id}`,
  template: { competencies, scale, passRule },
  weights: new Map(competencies.map((code, i) => [code, weights[i]])),
  weight,
});

const interview = (
  id: string,
  applicationId: string,
  roundId: string,
  createdAt = 1,
  panelSize = 2,
): ReviewInterview => ({ id, applicationId, roundId, createdAt, panelSize });

const scorecard = (
  interviewId: string,
  interviewerId: string,
  ratings: Record<string, number | null>,
  recommendation: Recommendation = 'yes',
): ReviewScorecard => ({
  interviewId,
  interviewerId,
  ratings: Object.entries(ratings).map(([competency, rating]) => ({ competency, rating, notes: null })),
  recommendation,
});

describe('panelRatings', () => {
  it("puts every rating on 0-1 by its round's scale, skipping not assessed and what the round does not rate", () => {
    const rounds = new Map([
      ['round-4', round('round-4', ['drive', 'craft'], 4, { kind: 'no_veto' })],
      ['round-5', round('round-5', ['drive'], 5, { kind: 'no_veto' })],
    ]);
    const interviews = [
      interview('interview-4', 'application-1', 'round-4'),
      interview('interview-5', 'application-1', 'round-5'),
      interview('interview-x', 'application-1', 'round-gone'),
    ];
    const byInterview = groupScorecards([
      scorecard('interview-4', 'interviewer-a', { drive: 4, craft: null, extra: 3 }),
      scorecard('interview-4', 'interviewer-b', { drive: 2, craft: 3 }),
      scorecard('interview-5', 'interviewer-a', { drive: 4, craft: 5 }),
      scorecard('interview-x', 'interviewer-a', { drive: 4 }),
    ]);
    // 4 of 4 -> (4 - 1) / 3 = 1; 4 of 5 -> (4 - 1) / 4 = 0.75; 2 and 3 of 4 -> 1/3 and 2/3.
    expect(panelRatings(rounds, interviews, byInterview)).toEqual([
      { interviewId: 'interview-4', interviewerId: 'interviewer-a', competency: 'drive', value: 1 },
      { interviewId: 'interview-4', interviewerId: 'interviewer-b', competency: 'drive', value: 1 / 3 },
      { interviewId: 'interview-4', interviewerId: 'interviewer-b', competency: 'craft', value: 2 / 3 },
      { interviewId: 'interview-5', interviewerId: 'interviewer-a', competency: 'drive', value: 0.75 },
    ]);
  });
});

describe('reviewVacancy', () => {
  // Two rounds. interviewer-a always rates one point above whoever sits with them.
  const first = round('round-1', ['drive', 'craft'], 5, { kind: 'average', threshold: 3.5 }, 2, [2, 1]);
  const final = round('round-2', ['drive'], 4, { kind: 'majority_yes' }, 1, [2]);
  const rounds = new Map([
    [first.id, first],
    [final.id, final],
  ]);
  const interviews = [
    interview('interview-1', 'application-1', 'round-1', 1),
    interview('interview-2', 'application-2', 'round-1', 1),
    interview('interview-3', 'application-1', 'round-2', 2),
    interview('interview-4', 'application-3', 'round-1', 1),
    // application-2 had the final round twice; the later one is listed first.
    interview('interview-6', 'application-2', 'round-2', 5),
    interview('interview-5', 'application-2', 'round-2', 2),
  ];
  const scorecards = [
    scorecard('interview-1', 'interviewer-a', { drive: 5, craft: 4 }, 'yes'),
    scorecard('interview-1', 'interviewer-b', { drive: 4, craft: 3 }, 'yes'),
    scorecard('interview-2', 'interviewer-a', { drive: 4, craft: 3 }, 'yes'),
    scorecard('interview-2', 'interviewer-b', { drive: 3, craft: 2 }, 'no'),
    scorecard('interview-3', 'interviewer-a', { drive: 4 }, 'strong_yes'),
    scorecard('interview-3', 'interviewer-c', { drive: 3 }, 'yes'),
    // Half the panel: no decision yet.
    scorecard('interview-4', 'interviewer-b', { drive: 3, craft: 3 }, 'yes'),
    scorecard('interview-5', 'interviewer-a', { drive: 2 }, 'no'),
    scorecard('interview-5', 'interviewer-c', { drive: 1 }, 'strong_no'),
    scorecard('interview-6', 'interviewer-a', { drive: 4 }, 'yes'),
    scorecard('interview-6', 'interviewer-c', { drive: 3 }, 'yes'),
  ];

  it('finds the lenient interviewer: positive for them, negative for their co-panelists', () => {
    // On 0-1, interviewer-a is 0.25 above interviewer-b on 4 ratings (scale 5) and 1/3 above
    // interviewer-c on 3 (scale 4): 2 / 7 = 0.2857 over 5 interviews, correction 2/7 * 5/10 = 0.1429.
    // interviewer-b: -0.25 over 2 interviews (interview-4 has nobody to compare with): -0.25 * 2/7 = -0.0714.
    // interviewer-c: -1/3 over 3 interviews: -1/3 * 3/8 = -0.125.
    const review = reviewVacancy(rounds, interviews, scorecards, false);
    expect(review.leniency).toEqual([
      { interviewerId: 'interviewer-a', leniency: 0.2857, comparisons: 7, interviews: 5, correction: 0.1429 },
      { interviewerId: 'interviewer-b', leniency: -0.25, comparisons: 4, interviews: 2, correction: -0.0714 },
      { interviewerId: 'interviewer-c', leniency: -0.3333, comparisons: 3, interviews: 3, correction: -0.125 },
    ]);
  });

  it('gives each interview its result, round score and calibrated score in hundredths', () => {
    const review = reviewVacancy(rounds, interviews, scorecards, false);
    const summary = [...review.interviews].map(([id, { result, roundScore, calibratedScore }]) => [
      id,
      result.meanRating,
      result.decision,
      roundScore,
      calibratedScore,
    ]);
    // interview-1: drive (1 + 0.75) / 2, craft (0.75 + 0.5) / 2: (2 * 0.875 + 0.625) / 3 = 0.79167 -> 7917,
    //   mean rating 1 + 0.79167 * 4 = 4.17. Calibrated: each competency moves by (-0.1429 + 0.0714) / 2
    //   = -0.03575, 0.79167 - 0.03575 = 0.75592 -> 7559.
    // interview-2: (2 * 0.625 + 0.375) / 3 = 0.54167 -> 5417, 3.17 < 3.5 fails; calibrated 0.50592 -> 5059.
    // interview-3: (1 + 2/3) / 2 = 0.83333 -> 8333; calibrated (1 - 0.1429 + 2/3 + 0.125) / 2 = 0.82438 -> 8244.
    // interview-4: 0.5 -> 5000 undecided; only interviewer-b, calibrated 0.5 + 0.0714 -> 5714.
    // interview-5: (1/3 + 0) / 2 -> 1667; calibrated (1/3 - 0.1429 + 0 + 0.125) / 2 = 0.15772 -> 1577.
    expect(summary).toEqual([
      ['interview-1', 4.17, 'pass', 7917, 7559],
      ['interview-2', 3.17, 'fail', 5417, 5059],
      ['interview-3', 3.5, 'pass', 8333, 8244],
      ['interview-4', 3, null, 5000, 5714],
      ['interview-6', 3.5, 'pass', 8333, 8244],
      ['interview-5', 1.5, 'fail', 1667, 1577],
    ]);
    expect(review.interviews.get('interview-2')!.result.reason).toBe('Mean rating 3.17 is below the threshold 3.5');
    expect(review.interviews.get('interview-4')!.result.reason).toBe(
      '1 of 2 scorecards submitted; the decision waits for all',
    );
    expect(review.interviews.get('interview-5')!.result.reason).toBe('0 of 2 recommend yes: not a majority');
    // Every interview interviewer-a sat in comes out lower once their leniency is taken out.
    for (const id of ['interview-1', 'interview-2', 'interview-3', 'interview-5', 'interview-6']) {
      const { roundScore, calibratedScore } = review.interviews.get(id)!;
      expect(calibratedScore!).toBeLessThan(roundScore!);
    }
  });

  it("scores each application from its rounds' plain scores when not calibrating", () => {
    // application-1: (2 * 7917 + 8333) / 3 = 8055.67 -> 8056.
    // application-2: round 1 failed but is decided, and of its two final rounds the later (interview-6)
    //   counts: (2 * 5417 + 8333) / 3 = 6389; with interview-5 it would have been 4167.
    // application-3: its only interview is undecided.
    const review = reviewVacancy(rounds, interviews, scorecards, false);
    expect([...review.applications]).toEqual([
      ['application-1', { interviewScore: 8056, roundsScored: 2 }],
      ['application-2', { interviewScore: 6389, roundsScored: 2 }],
      ['application-3', { interviewScore: null, roundsScored: 0 }],
    ]);
  });

  it('scores each application from the calibrated scores when calibrating, and nothing else changes', () => {
    // application-1: (2 * 7559 + 8244) / 3 = 7787.33 -> 7787; application-2: (2 * 5059 + 8244) / 3 = 6120.67 -> 6121.
    const plain = reviewVacancy(rounds, interviews, scorecards, false);
    const calibrated = reviewVacancy(rounds, interviews, scorecards, true);
    expect([...calibrated.applications]).toEqual([
      ['application-1', { interviewScore: 7787, roundsScored: 2 }],
      ['application-2', { interviewScore: 6121, roundsScored: 2 }],
      ['application-3', { interviewScore: null, roundsScored: 0 }],
    ]);
    expect(calibrated.interviews).toEqual(plain.interviews);
    expect(calibrated.leniency).toEqual(plain.leniency);
  });
});

describe('applicationInterviewScore', () => {
  const weights = new Map([
    ['round-1', 2],
    ['round-2', 1],
  ]);
  const held = (
    roundId: string,
    createdAt: number,
    decision: HeldInterview['decision'],
    roundScore: number | null,
    calibratedScore: number | null,
  ): HeldInterview => ({ roundId, createdAt, decision, roundScore, calibratedScore });

  it("takes per round the latest decided interview and weights the rounds' scores", () => {
    const interviews = [
      held('round-1', 1, 'pass', 6000, 5000),
      held('round-1', 3, 'fail', 3000, 2000),
      held('round-2', 2, 'pass', 9000, 8000),
      // Later but not yet decided: the decided one stands.
      held('round-2', 4, null, 1000, 1000),
    ];
    // Plain (2 * 3000 + 9000) / 3 = 5000; calibrated (2 * 2000 + 8000) / 3 = 4000.
    expect(applicationInterviewScore(weights, interviews, false)).toEqual({ interviewScore: 5000, roundsScored: 2 });
    expect(applicationInterviewScore(weights, interviews, true)).toEqual({ interviewScore: 4000, roundsScored: 2 });
    // By createdAt, not by the order given.
    expect(applicationInterviewScore(weights, [...interviews].reverse(), false)).toEqual({
      interviewScore: 5000,
      roundsScored: 2,
    });
  });

  it('rounds to whole hundredths', () => {
    // (2 * 1000 + 1 * 3000) / 3 = 1666.67 -> 1667.
    expect(
      applicationInterviewScore(
        weights,
        [held('round-1', 1, 'pass', 1000, 0), held('round-2', 1, 'pass', 3000, 0)],
        false,
      ),
    ).toEqual({ interviewScore: 1667, roundsScored: 2 });
  });

  it('does not count a round decided on recommendations alone, with nothing rated', () => {
    expect(
      applicationInterviewScore(
        weights,
        [held('round-1', 1, 'pass', 8000, 8000), held('round-2', 1, 'pass', null, null)],
        false,
      ),
    ).toEqual({ interviewScore: 8000, roundsScored: 1 });
  });

  it('is null with no round decided', () => {
    expect(applicationInterviewScore(weights, [], false)).toEqual({ interviewScore: null, roundsScored: 0 });
    expect(applicationInterviewScore(weights, [held('round-1', 1, null, 8000, 8000)], true)).toEqual({
      interviewScore: null,
      roundsScored: 0,
    });
  });
});

describe('roundAgreement', () => {
  const first = round('round-1', ['drive', 'craft'], 5, { kind: 'average', threshold: 3 });

  it('computes alpha over interview x competency units and the ICC when the design is complete', () => {
    const interviews = [
      interview('interview-1', 'application-1', 'round-1'),
      interview('interview-2', 'application-2', 'round-1'),
      // Another round's interview does not count.
      interview('interview-9', 'application-1', 'round-2'),
    ];
    const byInterview = groupScorecards([
      scorecard('interview-1', 'interviewer-a', { drive: 4, craft: 3 }),
      scorecard('interview-1', 'interviewer-b', { drive: 4, craft: 2 }),
      // Listed the other way round: the raters are matched by id, not by order.
      scorecard('interview-2', 'interviewer-b', { drive: 2, craft: 5 }),
      scorecard('interview-2', 'interviewer-a', { drive: 3, craft: 5 }),
      scorecard('interview-9', 'interviewer-a', { drive: 1, craft: 5 }),
      scorecard('interview-9', 'interviewer-b', { drive: 5, craft: 1 }),
    ]);
    const agreement = roundAgreement(first, interviews, byInterview);
    // Units [4, 4], [3, 2], [3, 2], [5, 5]: n = 8, D_o = 2 * (0 + 1 + 1 + 0) / 8 = 0.5.
    // Mean 3.5, squared deviations 0.25 * 4 + 2.25 * 4 = 10, D_e = 2 * 10 / 7 = 2.857.
    // alpha = 1 - 0.5 / 2.857 = 0.825.
    expect(agreement.alpha).toEqual(
      krippendorffAlphaInterval([
        [4, 4],
        [3, 2],
        [3, 2],
        [5, 5],
      ]),
    );
    expect(agreement.alpha).toMatchObject({ alpha: 0.825, units: 4, values: 8 });
    expect(agreement.flagged).toBe(false);
    expect(agreement.flaggedInterviews).toEqual([]);
    expect(agreement).toMatchObject({
      roundId: 'round-1',
      name: 'Round round-1',
      interviews: 2,
      scorecards: 4,
      ratings: 8,
    });
    // Columns interviewer-a, interviewer-b. Row means 4, 2.5, 2.5, 5; column means 3.75, 3.25.
    // BMS = 2 * 4.5 / 3 = 3, JMS = 4 * 0.125 = 0.5, EMS = 0.5 / 3 = 1/6:
    // ICC(3,1) = (3 - 1/6) / (3 + 1/6) = 17/19 = 0.895; ICC(2,1) = (17/6) / (19/6 + 2 * (1/3) / 4) = 0.85.
    const matrix = [
      [4, 4],
      [3, 2],
      [3, 2],
      [5, 5],
    ];
    expect(agreement.icc).toEqual(intraclassCorrelation(matrix));
    expect(agreement.icc).toMatchObject({
      icc3_1: expect.closeTo(17 / 19, 12),
      icc2_1: expect.closeTo(0.85, 12),
      subjects: 4,
      raters: 2,
    });
    expect(agreement.iccNote).toBeNull();
  });

  it('flags a round whose alpha is below 0.667, and lists the competencies rated more than 2 apart', () => {
    const interviews = [
      interview('interview-1', 'application-1', 'round-1'),
      interview('interview-2', 'application-2', 'round-1'),
      interview('interview-3', 'application-3', 'round-1'),
    ];
    const byInterview = groupScorecards([
      scorecard('interview-1', 'interviewer-b', { drive: 2, craft: 3 }),
      scorecard('interview-1', 'interviewer-a', { drive: 5, craft: 3 }),
      scorecard('interview-2', 'interviewer-a', { drive: 2, craft: 4 }),
      scorecard('interview-2', 'interviewer-b', { drive: 4, craft: 4 }),
      scorecard('interview-3', 'interviewer-a', { drive: 4, craft: 2 }),
      scorecard('interview-3', 'interviewer-b', { drive: 4, craft: 2 }),
    ]);
    const agreement = roundAgreement(first, interviews, byInterview);
    // Units [5, 2], [3, 3], [2, 4], [4, 4], [4, 4], [2, 2]: n = 12, D_o = 2 * (9 + 4) / 12 = 2.1667.
    // Mean 3.25, squared deviations 12.25, D_e = 2 * 12.25 / 11 = 2.2273: alpha = 1 - 2.1667 / 2.2273 = 4/147.
    expect(agreement.alpha).toMatchObject({
      alpha: expect.closeTo(4 / 147, 12),
      observedDisagreement: expect.closeTo(13 / 6, 12),
      expectedDisagreement: expect.closeTo(49 / 22, 12),
      units: 6,
      values: 12,
    });
    expect(agreement.alpha!.alpha).toBeLessThan(ALPHA_FLAG_BELOW);
    expect(agreement.flagged).toBe(true);
    // interview-2's drive is 2 apart: not flagged. Ratings in interviewer order.
    expect(agreement.flaggedInterviews).toEqual([
      {
        interviewId: 'interview-1',
        applicationId: 'application-1',
        competencies: [{ competency: 'drive', spread: 3, ratings: [5, 2] }],
      },
    ]);
    // A lower spread threshold flags interview-2 too.
    expect(roundAgreement(first, interviews, byInterview, 1).flaggedInterviews.map((f) => f.interviewId)).toEqual([
      'interview-1',
      'interview-2',
    ]);
  });

  it('leaves the ICC out when the panels differ between interviews', () => {
    const interviews = [
      interview('interview-1', 'application-1', 'round-1'),
      interview('interview-2', 'application-2', 'round-1'),
    ];
    const byInterview = groupScorecards([
      scorecard('interview-1', 'interviewer-a', { drive: 4, craft: 3 }),
      scorecard('interview-1', 'interviewer-b', { drive: 4, craft: 2 }),
      scorecard('interview-2', 'interviewer-a', { drive: 3, craft: 5 }),
      scorecard('interview-2', 'interviewer-c', { drive: 2, craft: 5 }),
    ]);
    const agreement = roundAgreement(first, interviews, byInterview);
    // Alpha does not need the same raters: the same units as in the complete case, 0.825.
    expect(agreement.alpha).toMatchObject({ alpha: 0.825, units: 4 });
    expect(agreement.icc).toBeNull();
    expect(agreement.iccNote).toBe('Panels differ between interviews: the design is not complete');
  });

  it('leaves the ICC out when a panel member did not assess a competency, and alpha uses what was rated', () => {
    const interviews = [
      interview('interview-1', 'application-1', 'round-1'),
      interview('interview-2', 'application-2', 'round-1'),
    ];
    const byInterview = groupScorecards([
      scorecard('interview-1', 'interviewer-a', { drive: 4, craft: 3 }),
      scorecard('interview-1', 'interviewer-b', { drive: 4, craft: null }),
      scorecard('interview-2', 'interviewer-a', { drive: 3, craft: 5 }),
      scorecard('interview-2', 'interviewer-b', { drive: 2, craft: 5 }),
    ]);
    const agreement = roundAgreement(first, interviews, byInterview);
    // interview-1's craft has a single rating, so it pairs with nothing: units [4, 4], [3, 2], [5, 5].
    expect(agreement.ratings).toBe(7);
    expect(agreement.alpha).toEqual(
      krippendorffAlphaInterval([
        [4, 4],
        [3, 2],
        [5, 5],
      ]),
    );
    expect(agreement.alpha).toMatchObject({ units: 3, values: 6 });
    expect(agreement.icc).toBeNull();
    expect(agreement.iccNote).toBe(
      'Some competencies were not assessed by every panel member: the design is not complete',
    );
  });

  it('explains a complete design too small for an ICC', () => {
    const single = round('round-1', ['drive'], 5, { kind: 'no_veto' });
    const agreement = roundAgreement(
      single,
      [interview('interview-1', 'application-1', 'round-1')],
      groupScorecards([
        scorecard('interview-1', 'interviewer-a', { drive: 4 }),
        scorecard('interview-1', 'interviewer-b', { drive: 2 }),
      ]),
    );
    expect(agreement.icc).toBeNull();
    expect(agreement.iccNote).toBe(
      'Too few interviews or panel members, or no variation, for an intraclass correlation',
    );
  });

  it('gives no alpha and no flag for a round without scorecards', () => {
    const agreement = roundAgreement(
      first,
      [interview('interview-1', 'application-1', 'round-1')],
      groupScorecards([scorecard('interview-9', 'interviewer-a', { drive: 1, craft: 5 })]),
    );
    expect(agreement).toEqual({
      roundId: 'round-1',
      name: 'Round round-1',
      interviews: 0,
      scorecards: 0,
      ratings: 0,
      alpha: null,
      icc: null,
      iccNote: 'No scorecards yet',
      flagged: false,
      flaggedInterviews: [],
    });
  });
});

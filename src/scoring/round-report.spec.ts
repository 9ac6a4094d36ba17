import { groupScorecards, ReviewInterview, ReviewRound, ReviewScorecard } from './panel-review';
import { ratingDistribution, roundLeniency } from './round-report';

const round = (id: string, competencies: string[], scale: number): ReviewRound => ({
  id,
  name: `Round ${id}`,
  template: { competencies, scale, passRule: { kind: 'no_veto' } },
  weights: new Map(competencies.map((code) => [code, 1])),
  weight: 1,
});

const interview = (id: string, roundId: string, decision: 'pass' | 'fail' | null = null) => ({
  id,
  applicationId: `application-${id}`,
  roundId,
  createdAt: 1,
  panelSize: 2,
  decision,
});

const card = (interviewId: string, interviewerId: string, ratings: Record<string, number | null>): ReviewScorecard => ({
  interviewId,
  interviewerId,
  ratings: Object.entries(ratings).map(([competency, rating]) => ({ competency, rating, notes: null })),
  recommendation: 'yes',
});

describe('roundLeniency', () => {
  it('compares interviewers within the round alone, on 0–1', () => {
    const first = round('r1', ['drive'], 4);
    const second = round('r2', ['drive'], 5);
    const interviews: ReviewInterview[] = [interview('i1', 'r1'), interview('i2', 'r2')];
    const byInterview = groupScorecards([
      // Round 1: a one point of 3 above b. Round 2: a two points of 4 below b, which must not count here.
      card('i1', 'a', { drive: 4 }),
      card('i1', 'b', { drive: 3 }),
      card('i2', 'a', { drive: 1 }),
      card('i2', 'b', { drive: 3 }),
    ]);
    expect(roundLeniency(first, interviews, byInterview)).toEqual([
      { interviewerId: 'a', leniency: 0.3333, comparisons: 1, interviews: 1, correction: 0.0556 },
      { interviewerId: 'b', leniency: -0.3333, comparisons: 1, interviews: 1, correction: -0.0556 },
    ]);
    expect(roundLeniency(second, interviews, byInterview)[0]).toMatchObject({ interviewerId: 'a', leniency: -0.5 });
  });

  it('lists an interviewer who never sat with another at zero, compared on nothing', () => {
    const only = round('r1', ['drive'], 4);
    expect(roundLeniency(only, [interview('i1', 'r1')], groupScorecards([card('i1', 'a', { drive: 2 })]))).toEqual([
      { interviewerId: 'a', leniency: 0, comparisons: 0, interviews: 0, correction: 0 },
    ]);
  });
});

describe('ratingDistribution', () => {
  it('counts each point of the scale and not assessed per competency, in the round’s order', () => {
    const only = round('r1', ['drive', 'craft'], 4);
    const interviews = [
      interview('i1', 'r1', 'pass'),
      interview('i2', 'r1'),
      interview('i3', 'r1'),
      interview('x', 'r9'),
    ];
    const byInterview = groupScorecards([
      card('i1', 'a', { drive: 4, craft: 2 }),
      card('i1', 'b', { drive: 4, craft: null }),
      // A card without craft on it at all: not assessed too.
      card('i2', 'a', { drive: 1 }),
      card('x', 'a', { drive: 3, craft: 3 }),
    ]);
    expect(ratingDistribution(only, interviews, byInterview)).toEqual({
      interviews: 2,
      decided: 1,
      scorecards: 3,
      competencies: [
        { competency: 'drive', counts: [1, 0, 0, 2], notAssessed: 0 },
        { competency: 'craft', counts: [0, 1, 0, 0], notAssessed: 2 },
      ],
    });
  });

  it('is all zeros for a round without scorecards', () => {
    expect(ratingDistribution(round('r1', ['drive'], 3), [interview('i1', 'r1')], new Map())).toEqual({
      interviews: 0,
      decided: 0,
      scorecards: 0,
      competencies: [{ competency: 'drive', counts: [0, 0, 0], notAssessed: 0 }],
    });
  });
});

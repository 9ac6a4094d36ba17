import { roundScoresOf } from './round-scores';

const interview = (fields: Partial<Parameters<typeof roundScoresOf>[0][number]>) => ({
  applicationId: 'a1',
  roundId: 'r1',
  roundName: 'Eerste gesprek',
  roundWeight: 1,
  roundPosition: 1,
  createdAt: 1,
  decision: 'pass' as const,
  roundScore: 6667,
  calibratedScore: 4762,
  ...fields,
});

describe('roundScoresOf', () => {
  it('gives each application its decided rounds in the plan’s order, as rated or calibrated', () => {
    const rows = [
      interview({ roundId: 'r2', roundName: 'Eindgesprek', roundWeight: 3, roundPosition: 2, roundScore: 5000 }),
      interview({}),
      interview({ applicationId: 'a2', roundScore: 3333, calibratedScore: 5238 }),
    ];
    expect(roundScoresOf(rows, false).get('a1')).toEqual([
      { roundId: 'r1', name: 'Eerste gesprek', weight: 1, position: 1, score: 6667 },
      { roundId: 'r2', name: 'Eindgesprek', weight: 3, position: 2, score: 5000 },
    ]);
    expect(roundScoresOf(rows, true).get('a2')).toEqual([
      { roundId: 'r1', name: 'Eerste gesprek', weight: 1, position: 1, score: 5238 },
    ]);
  });

  it('counts the latest decided interview of a round, and leaves out a round with no score', () => {
    const rows = [
      interview({ createdAt: 5, roundScore: 9000 }),
      interview({ createdAt: 2, roundScore: 1000 }),
      interview({ roundId: 'r2', roundPosition: 2, roundScore: null, calibratedScore: null }),
    ];
    expect(
      roundScoresOf(rows, false)
        .get('a1')
        ?.map((round) => [round.roundId, round.score]),
    ).toEqual([['r1', 9000]]);
  });
});

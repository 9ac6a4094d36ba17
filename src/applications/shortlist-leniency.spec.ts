import type { DecidedInterviewRow, InterviewedApplicationRow } from './round-scores.repository';
import { shortlistColumns } from './shortlist-columns';
import { rerankByLeniency } from './shortlist-leniency';
import { sortKeyOf } from './shortlist-order';

const weights = { screeningWeight: 60, interviewWeight: 40 };

/** Screening 70 for everyone; interview scores as rated are stored, the ranking follows them. */
function application(id: string, day: number, interviewScore: number): InterviewedApplicationRow {
  const { shortlistScore, sortKey } = shortlistColumns('ranked', 7000, interviewScore, weights);
  return {
    id,
    candidateId: `c-${id}`,
    name: `Kandidaat ${id}`,
    stage: 'interview',
    screeningScore: 7000,
    interviewScore,
    shortlistScore,
    sortKey,
    appliedAt: new Date(`2026-11-0${day}T10:00:00Z`),
  };
}

function interview(
  applicationId: string,
  round: 1 | 2,
  roundScore: number,
  calibratedScore: number,
  createdAt = 1,
): Omit<DecidedInterviewRow, 'calibrate'> {
  return {
    applicationId,
    roundId: `r${round}`,
    roundName: round === 1 ? 'Eerste gesprek' : 'Eindgesprek',
    roundWeight: round === 1 ? 1 : 3,
    roundPosition: round,
    createdAt,
    decision: 'pass',
    roundScore,
    calibratedScore,
  };
}

describe('ranking the interviewed again under the other variant of interview scores', () => {
  // p was seen by a lenient interviewer only, q by a strict one only, r by both.
  const interviews = [
    interview('p', 1, 6667, 4762),
    interview('p', 2, 6667, 4762),
    interview('q', 1, 3333, 5238),
    interview('q', 2, 6667, 8572),
    interview('r', 1, 6667, 6667),
    interview('r', 2, 6667, 6667),
  ];
  // As rated: p (6667 × 1 + 6667 × 3) / 4 = 6667, q (3333 + 20001) / 4 = 5833.5 → 5834, r 6667.
  const applications = [application('q', 2, 5834), application('r', 3, 6667), application('p', 1, 6667)];

  it('works the calibrated scores out by hand and says who moved how far', () => {
    const compared = rerankByLeniency(applications, interviews, weights, false);
    // Calibrated: p 4762; q (5238 + 8572 × 3) / 4 = 7738.5 → 7739; r 6667.
    // Combined: p (7000 × 60 + 4762 × 40) / 100 = 6104.8 → 6105; q 7295.6 → 7296; r 6866.8 → 6867.
    expect(compared.map((item) => [item.applicationId, item.ranked.position, item.other.position, item.moved])).toEqual(
      [
        ['p', 1, 3, -2],
        ['r', 2, 2, 0],
        ['q', 3, 1, 2],
      ],
    );
    expect(compared[0].ranked).toEqual({ position: 1, shortlistScore: 6867, interviewScore: 6667 });
    expect(compared[0].other).toEqual({ position: 3, shortlistScore: 6105, interviewScore: 4762 });
    expect(compared[2].other).toEqual({ position: 1, shortlistScore: 7296, interviewScore: 7739 });
  });

  it('goes back to the scores as rated for a vacancy that ranks calibrated', () => {
    const calibrated = [
      { ...application('q', 2, 7739), ...shortlistColumns('ranked', 7000, 7739, weights), interviewScore: 7739 },
      { ...application('r', 3, 6667) },
      { ...application('p', 1, 4762), ...shortlistColumns('ranked', 7000, 4762, weights), interviewScore: 4762 },
    ];
    const compared = rerankByLeniency(calibrated, interviews, weights, true);
    expect(compared.map((item) => [item.applicationId, item.other.interviewScore, item.moved])).toEqual([
      ['q', 5834, -2],
      ['r', 6667, 0],
      ['p', 6667, 2],
    ]);
  });

  it('counts the latest decided interview of a round, and keeps a knocked-out application in its group', () => {
    const knocked = {
      ...application('k', 4, 6667),
      ...shortlistColumns('knocked_out', 7000, 6667, weights),
    };
    const compared = rerankByLeniency(
      [application('p', 1, 6667), knocked],
      [...interviews, interview('k', 1, 10000, 1000, 1), interview('k', 1, 6667, 9000, 2)],
      weights,
      false,
    );
    expect(knocked.sortKey).toBeGreaterThan(sortKeyOf('ranked', 0));
    expect(compared.map((item) => [item.applicationId, item.other.position, item.other.interviewScore])).toEqual([
      ['p', 1, 4762],
      ['k', 2, 9000],
    ]);
  });
});

import { applicationInterviewScore } from '../scoring/panel-review';
import type { DecidedInterviewRow, InterviewedApplicationRow } from './round-scores.repository';
import { shortlistColumns, ShortlistWeights } from './shortlist-columns';
import { standingOfSortKey } from './shortlist-order';

/** The two ways interview scores can count: as the panel rated, or with each interviewer's leniency taken out. */
export const INTERVIEW_VARIANTS = ['as_rated', 'calibrated'] as const;
export type InterviewVariant = (typeof INTERVIEW_VARIANTS)[number];

export interface LeniencyPlace {
  /** Place among the applications compared (those with an interview score), 1 first. */
  position: number;
  /** Combined score, hundredths. */
  shortlistScore: number | null;
  /** Interview score, hundredths. */
  interviewScore: number | null;
}

export interface LeniencyComparison {
  applicationId: string;
  candidateId: string;
  name: string;
  stage: InterviewedApplicationRow['stage'];
  /** As the shortlist ranks it now, under the vacancy's own variant. */
  ranked: LeniencyPlace;
  /** Under the other variant. */
  other: LeniencyPlace;
  /** Places up (positive) or down (negative) under the other variant. */
  moved: number;
}

/**
 * The applications with an interview score ranked again under the other
 * variant of interview scores: calibrated when the vacancy ranks as rated,
 * as rated when it ranks calibrated. Each application's interview score is
 * worked again from its decided rounds (the latest interview of each, by the
 * rounds' weights), combined with its screening score under the vacancy's
 * weights, in the shortlist's own order (standing, score, the earlier
 * application, the id). The standing never changes: interviews move an
 * application within its group only. Positions count among these
 * applications only; the list is in the order of the ranking now.
 */
export function rerankByLeniency(
  applications: readonly InterviewedApplicationRow[],
  interviews: readonly Omit<DecidedInterviewRow, 'calibrate'>[],
  weights: ShortlistWeights,
  calibrate: boolean,
): LeniencyComparison[] {
  const byApplication = new Map<string, Omit<DecidedInterviewRow, 'calibrate'>[]>();
  const roundWeights = new Map<string, number>();
  for (const interview of interviews) {
    roundWeights.set(interview.roundId, interview.roundWeight);
    const list = byApplication.get(interview.applicationId) ?? [];
    list.push(interview);
    byApplication.set(interview.applicationId, list);
  }
  const rows = applications.map((row) => {
    const held = byApplication.get(row.id) ?? [];
    const { interviewScore } = applicationInterviewScore(roundWeights, held, !calibrate);
    const standing = standingOfSortKey(row.sortKey);
    const columns = shortlistColumns(standing, row.screeningScore, interviewScore, weights);
    return { row, interviewScore, ...columns };
  });
  const order = <T extends { row: InterviewedApplicationRow }>(key: (item: T) => number) => {
    return (a: T, b: T) =>
      key(a) - key(b) ||
      a.row.appliedAt.getTime() - b.row.appliedAt.getTime() ||
      (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0);
  };
  const now = [...rows].sort(order((item) => item.row.sortKey));
  const then = [...rows].sort(order((item) => item.sortKey));
  const placeThen = new Map(then.map((item, index) => [item.row.id, index + 1]));
  return now.map((item, index) => {
    const other = placeThen.get(item.row.id)!;
    return {
      applicationId: item.row.id,
      candidateId: item.row.candidateId,
      name: item.row.name,
      stage: item.row.stage,
      ranked: {
        position: index + 1,
        shortlistScore: item.row.shortlistScore,
        interviewScore: item.row.interviewScore,
      },
      other: { position: other, shortlistScore: item.shortlistScore, interviewScore: item.interviewScore },
      moved: index + 1 - other,
    };
  });
}

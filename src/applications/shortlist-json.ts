import type { AwaitedInterviewRow } from './round-scores.repository';
import { KnockoutNote, ScoreResult } from '../scoring/score';
import { ShortlistRow } from './application-lists.repository';
import { RoundScore } from './round-scores';
import { standingOfSortKey } from './shortlist-order';

const NOT_SCREENED = JSON.stringify({
  eligible: null,
  score: null,
  failedKnockouts: [],
  openKnockouts: [],
  completeness: null,
  breakdown: [],
});

/**
 * A shortlist page as JSON text. Each item's screening result (eligible,
 * score, knock-outs, completeness and the breakdown with its sentences, about
 * 3 KB) was written as JSON by Sift when it screened, so it is spliced in as
 * it is stored: parsing and re-serialising fifty of them took a third of the
 * time of a request. The shape is ShortlistPageDto.
 */
export function shortlistPageJson(
  rows: (ShortlistRow & { position: number })[],
  nextCursor: string | null,
  roundsPlanned: number,
  roundScores: ReadonlyMap<string, RoundScore[]> = new Map(),
  awaiting: readonly AwaitedInterviewRow[] = [],
): string {
  const awaitedBy = new Map<string, AwaitedInterviewRow[]>();
  for (const one of awaiting) awaitedBy.set(one.applicationId, [...(awaitedBy.get(one.applicationId) ?? []), one]);
  const items = rows.map((row) => {
    const own = JSON.stringify({
      position: row.position,
      standing: standingOfSortKey(row.sortKey),
      applicationId: row.id,
      candidate: { id: row.candidateId, name: row.name, email: row.email },
      stage: row.stage,
      roundId: row.roundId,
      needsReview: row.needsReview,
      shortlistScore: row.shortlistScore === null ? null : row.shortlistScore / 100,
      interviewScore: row.interviewScore === null ? null : row.interviewScore / 100,
      evidence: {
        screening: row.completeness === null ? null : row.completeness / 100,
        roundsScored: row.roundsScored,
        roundsPlanned,
        awaiting: (awaitedBy.get(row.id) ?? []).map((one) => ({
          roundId: one.roundId,
          name: one.roundName,
          panel: one.panel,
          submitted: one.submitted,
        })),
      },
      rounds: (roundScores.get(row.id) ?? []).map((round) => ({
        roundId: round.roundId,
        name: round.name,
        weight: round.weight,
        score: round.score / 100,
      })),
      fitLevel: row.fitLevel,
      profileVersion: row.profileVersion,
      appliedAt: row.appliedAt.toISOString(),
    });
    const screening = row.screeningJson ?? NOT_SCREENED;
    // Both are JSON objects: join their members into one.
    return `${own.slice(0, -1)},${screening.slice(1)}`;
  });
  return `{"items":[${items.join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}

/** The failed knock-outs of a row, for the CSV export (which needs only these). */
export function failedKnockoutsOf(row: ShortlistRow): KnockoutNote[] {
  if (!row.screeningJson) return [];
  return (JSON.parse(row.screeningJson) as ScoreResult).failedKnockouts;
}

import type { ScoreResult } from '../scoring/score';
import type { ShortlistRow } from './application-lists.repository';
import { shortlistColumns, ShortlistWeights } from './shortlist-columns';
import { Standing, standingOf, standingOfSortKey } from './shortlist-order';

export interface RerankedApplication {
  applicationId: string;
  candidateId: string;
  name: string;
  stage: ShortlistRow['stage'];
  before: { position: number; score: number | null; standing: Standing };
  after: { position: number; score: number; standing: Standing };
  /** Places up (positive) or down (negative) among the applications compared. */
  moved: number;
}

/**
 * The top of a shortlist ranked again with new screening results: each
 * application's new shortlist score and standing under the vacancy's weights
 * (its interview score kept), in the shortlist's own order (sort key, then the
 * earlier application, then the id). Positions count among these rows only.
 */
export function rerank(
  rows: readonly ShortlistRow[],
  results: ReadonlyMap<string, ScoreResult>,
  weights: ShortlistWeights,
): RerankedApplication[] {
  const scored = rows.map((row, index) => {
    const result = results.get(row.candidateId)!;
    const standing = standingOf(result);
    const { shortlistScore, sortKey } = shortlistColumns(
      standing,
      Math.round(result.score * 100),
      row.interviewScore,
      weights,
    );
    return { row, before: index + 1, standing, score: shortlistScore!, sortKey };
  });
  const order = [...scored].sort(
    (a, b) =>
      a.sortKey - b.sortKey ||
      a.row.appliedAt.getTime() - b.row.appliedAt.getTime() ||
      (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0),
  );
  return order.map((item, index) => ({
    applicationId: item.row.id,
    candidateId: item.row.candidateId,
    name: item.row.name,
    stage: item.row.stage,
    before: {
      position: item.before,
      score: item.row.shortlistScore,
      standing: standingOfSortKey(item.row.sortKey),
    },
    after: { position: index + 1, score: item.score, standing: item.standing },
    moved: item.before - (index + 1),
  }));
}

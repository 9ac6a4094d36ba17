/** What the shortlist orders applications by. */
export interface Rankable {
  eligible: boolean;
  score: number;
  appliedAt: Date | number;
  id: string;
}

/**
 * The shortlist's order: eligible before ineligible, then the higher score,
 * then the earlier application, then the id, so that no two applications
 * ever tie and the order never depends on how they were read.
 */
export function compareForShortlist(a: Rankable, b: Rankable): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  const appliedA = +a.appliedAt;
  const appliedB = +b.appliedAt;
  if (appliedA !== appliedB) return appliedA - appliedB;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

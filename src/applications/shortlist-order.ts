/**
 * Where an application stands in its vacancy's shortlist. Only `ranked`
 * applications are ranked against each other; the rest follow in groups:
 *
 * - `knocked_out`: a knock-out criterion failed on the known facts. They come
 *   right after the ranked: their scores rest on evidence, and under the
 *   "flag" policy a recruiter may still decide to go on with one.
 * - `not_enough_evidence`: no knock-out failed, but eligibility is unknown
 *   (a knock-out criterion the known facts cannot decide) or nothing the
 *   profile asks about is known at all (completeness 0%). A score resting on
 *   missing facts compares with nothing, so these come after the knocked-out,
 *   as the recruiter's list of facts to find out, not as a ranking.
 * - `not_screened`: no screening result yet; last.
 */
export const STANDINGS = ['ranked', 'knocked_out', 'not_enough_evidence', 'not_screened'] as const;
export type Standing = (typeof STANDINGS)[number];

/** What of a screening result decides the standing. */
export interface ScreeningEvidence {
  eligible: boolean;
  openKnockouts: readonly unknown[];
  /** The share of the possible points whose facts are known, 0 to 1. */
  completeness: number;
}

export function standingOf(result: ScreeningEvidence | null): Standing {
  if (result === null) return 'not_screened';
  if (!result.eligible) return 'knocked_out';
  if (result.openKnockouts.length > 0 || result.completeness === 0) return 'not_enough_evidence';
  return 'ranked';
}

/**
 * The shortlist's order (standing, then the higher shortlist score, then the
 * earlier application, then the id) as one ascending integer plus the two
 * tie-breakers, so one index (vacancy, sort key, applied at, id) serves the
 * ranking and a cursor can resume it. Scores are hundredths, 0 to 10,000; each
 * standing has a band of its own, two spans apart.
 */
const SPAN = 10_001;
const BAND: Record<Standing, number> = {
  ranked: 0,
  knocked_out: 2 * SPAN,
  not_enough_evidence: 4 * SPAN,
  not_screened: 6 * SPAN,
};

export function sortKeyOf(standing: Standing, shortlistScore: number | null): number {
  if (standing === 'not_screened' || shortlistScore === null) return BAND.not_screened;
  return BAND[standing] + (10_000 - shortlistScore);
}

/** The standing a stored sort key encodes: interview results move an application within its band, never out of it. */
export function standingOfSortKey(sortKey: number): Standing {
  if (sortKey >= BAND.not_screened) return 'not_screened';
  if (sortKey >= BAND.not_enough_evidence) return 'not_enough_evidence';
  if (sortKey >= BAND.knocked_out) return 'knocked_out';
  return 'ranked';
}

/** The sort keys of one standing, as [from, below). */
export function sortKeyBand(standing: Standing): [number, number] {
  if (standing === 'not_screened') return [BAND.not_screened, BAND.not_screened + SPAN];
  return [BAND[standing], BAND[standing] + SPAN];
}

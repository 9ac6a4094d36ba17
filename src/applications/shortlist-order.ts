/**
 * The shortlist's order (eligible first, then the higher shortlist score, then
 * the earlier application, then the id) as one ascending integer plus the two
 * tie-breakers, so one index (vacancy, sort key, applied at, id) serves the
 * ranking and a cursor can resume it. Scores are hundredths, 0 to 10,000.
 */
const SPAN = 10_001;

export function sortKeyOf(eligible: boolean | null, shortlistScore: number | null): number {
  if (eligible === null || shortlistScore === null) return 4 * SPAN; // not screened yet: last
  return (eligible ? 0 : 2 * SPAN) + (10_000 - shortlistScore);
}

/**
 * Screening and interview results combined with the vacancy's weights. An
 * interview result that does not exist yet is missing, not zero: until then
 * the screening score stands alone.
 */
export function shortlistScoreOf(
  screeningScore: number,
  interviewScore: number | null,
  weights: { screeningWeight: number; interviewWeight: number },
): number {
  const { screeningWeight, interviewWeight } = weights;
  if (interviewScore === null || interviewWeight === 0) return screeningScore;
  if (screeningWeight === 0) return interviewScore;
  return Math.round(
    (screeningScore * screeningWeight + interviewScore * interviewWeight) / (screeningWeight + interviewWeight),
  );
}

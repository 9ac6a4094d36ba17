import { sortKeyOf, Standing } from './shortlist-order';

export interface ShortlistWeights {
  screeningWeight: number;
  interviewWeight: number;
}

/**
 * Screening and interview results combined with the vacancy's weights. An
 * interview result that does not exist yet is missing, not zero: until then
 * the screening score stands alone.
 */
export function shortlistScoreOf(screeningScore: number, interviewScore: number | null, weights: ShortlistWeights) {
  const { screeningWeight, interviewWeight } = weights;
  if (interviewScore === null || interviewWeight === 0) return screeningScore;
  if (screeningWeight === 0) return interviewScore;
  return Math.round(
    (screeningScore * screeningWeight + interviewScore * interviewWeight) / (screeningWeight + interviewWeight),
  );
}

/**
 * The two columns the shortlist sorts on, from an application's standing and
 * its screening and interview scores (hundredths) under the vacancy's weights.
 * Screening and interview results both write them through here, so the
 * ranking has one definition.
 */
export function shortlistColumns(
  standing: Standing,
  screeningScore: number | null,
  interviewScore: number | null,
  weights: ShortlistWeights,
): { shortlistScore: number | null; sortKey: number } {
  const shortlistScore = screeningScore === null ? null : shortlistScoreOf(screeningScore, interviewScore, weights);
  return { shortlistScore, sortKey: sortKeyOf(standing, shortlistScore) };
}

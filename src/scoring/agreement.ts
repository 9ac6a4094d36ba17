import { IccAnova, IccIntervals, iccIntervals } from './icc-intervals';

/**
 * How far an interview panel's raters agree: Krippendorff's alpha for panels
 * where not every rater saw every applicant, the intraclass correlations for
 * complete designs, and the plain spread of one panel's ratings. Nothing is
 * rounded here: a reader checks the figures against published tables, and
 * only what a person reads (pages, mails) rounds.
 */

/** One unit of analysis: the values the coders gave it; coders who did not rate it are simply absent. */
export type ReliabilityUnit = readonly number[];

export interface AlphaResult {
  /** 1 − D_o / D_e, full precision. */
  alpha: number;
  /** Units with at least 2 values (pairable). */
  units: number;
  /** Pairable values n (sum of m_u over pairable units). */
  values: number;
  /** D_o, the mean squared difference within units. */
  observedDisagreement: number;
  /** D_e, the mean squared difference between any two pairable values. */
  expectedDisagreement: number;
}

/**
 * Krippendorff's alpha with the interval metric (difference squared), after
 * K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011). Null
 * when fewer than 2 pairable values, when every value is the same (D_e = 0: no
 * variation, alpha undefined), or when a value is not a finite number.
 *
 * The sums of squared differences over ordered pairs are taken from squared
 * deviations, Σ_{i≠j} (v_i − v_j)² = 2m Σ (v − mean)², so the cost is linear in
 * the number of values and a large unit does not lose precision the way
 * m Σv² − (Σv)² would.
 */
export function krippendorffAlphaInterval(units: readonly ReliabilityUnit[]): AlphaResult | null {
  let pairableUnits = 0;
  let n = 0;
  let total = 0;
  let withinUnits = 0;
  for (const unit of units) {
    const m = unit.length;
    if (m < 2) continue;
    let sum = 0;
    for (const value of unit) {
      if (!Number.isFinite(value)) return null;
      sum += value;
    }
    const mean = sum / m;
    let squares = 0;
    for (const value of unit) squares += (value - mean) * (value - mean);
    withinUnits += (2 * m * squares) / (m - 1);
    pairableUnits += 1;
    n += m;
    total += sum;
  }
  if (n < 2) return null;
  const grandMean = total / n;
  let squares = 0;
  for (const unit of units) {
    if (unit.length < 2) continue;
    for (const value of unit) squares += (value - grandMean) * (value - grandMean);
  }
  const observedDisagreement = withinUnits / n;
  const expectedDisagreement = (2 * n * squares) / (n * (n - 1));
  if (expectedDisagreement === 0) return null;
  return {
    alpha: 1 - observedDisagreement / expectedDisagreement,
    units: pairableUnits,
    values: n,
    observedDisagreement,
    expectedDisagreement,
  };
}

export interface IccResult {
  /** Two-way random effects, absolute agreement: ICC(2,1) single rater and ICC(2,k) mean of k raters (Shrout & Fleiss 1979; McGraw & Wong 1996 ICC(A,1)/(A,k)). */
  icc2_1: number;
  icc2_k: number;
  /** Two-way mixed, consistency: ICC(3,1) and ICC(3,k) (McGraw & Wong ICC(C,1)/(C,k)). */
  icc3_1: number;
  icc3_k: number;
  /** One-way random (ICC(1,1), ICC(1,k)), for reference. */
  icc1_1: number;
  icc1_k: number;
  subjects: number;
  raters: number;
  /** The mean squares and degrees of freedom the coefficients come from. */
  anova: IccAnova;
  /** 95% confidence intervals, F-based (McGraw and Wong 1996). */
  intervals: IccIntervals;
}

/**
 * A mean square this small next to the total mean square is rounding noise,
 * not variation: rows whose means are equal in exact arithmetic can differ in
 * the last bit, and dividing by that would give a meaningless coefficient.
 */
const NEGLIGIBLE = 1e-12;

/**
 * The intraclass correlations of a complete design: rows are subjects
 * (targets), columns the same raters for every row, no missing values. Null
 * when fewer than 2 subjects or 2 raters, rows of unequal length, non-finite
 * values, or a zero denominator. Full precision.
 *
 * From the two-way ANOVA mean squares of P. E. Shrout and J. L. Fleiss,
 * "Intraclass correlations: uses in assessing rater reliability" (1979):
 * BMS between subjects, JMS between raters, EMS residual, WMS within subjects.
 */
export function intraclassCorrelation(matrix: readonly (readonly number[])[]): IccResult | null {
  const n = matrix.length;
  const k = n ? matrix[0].length : 0;
  if (n < 2 || k < 2) return null;
  // Deviations from the first cell: the mean squares do not change, and data
  // with no variation gives sums of exactly zero.
  const origin = matrix[0][0];
  const rowMeans = new Float64Array(n);
  const columnMeans = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const row = matrix[i];
    if (row.length !== k) return null;
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const value = row[j] - origin;
      if (!Number.isFinite(value)) return null;
      sum += value;
      columnMeans[j] += value;
    }
    rowMeans[i] = sum / k;
  }
  let grandMean = 0;
  for (let i = 0; i < n; i++) grandMean += rowMeans[i];
  grandMean /= n;
  for (let j = 0; j < k; j++) columnMeans[j] /= n;

  let totalSquares = 0;
  let withinSquares = 0;
  let residualSquares = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      const value = matrix[i][j] - origin;
      totalSquares += (value - grandMean) ** 2;
      withinSquares += (value - rowMeans[i]) ** 2;
      residualSquares += (value - rowMeans[i] - columnMeans[j] + grandMean) ** 2;
    }
  }
  let subjectSquares = 0;
  for (let i = 0; i < n; i++) subjectSquares += (rowMeans[i] - grandMean) ** 2;
  let raterSquares = 0;
  for (let j = 0; j < k; j++) raterSquares += (columnMeans[j] - grandMean) ** 2;

  const bms = (k * subjectSquares) / (n - 1);
  const jms = (n * raterSquares) / (k - 1);
  const ems = residualSquares / ((n - 1) * (k - 1));
  const wms = withinSquares / (n * (k - 1));
  const tolerance = (NEGLIGIBLE * totalSquares) / (n * k - 1);

  const ratio = (numerator: number, denominator: number): number | null =>
    Math.abs(denominator) <= tolerance ? null : numerator / denominator;
  const icc1_1 = ratio(bms - wms, bms + (k - 1) * wms);
  const icc1_k = ratio(bms - wms, bms);
  const icc2_1 = ratio(bms - ems, bms + (k - 1) * ems + (k * (jms - ems)) / n);
  const icc2_k = ratio(bms - ems, bms + (jms - ems) / n);
  const icc3_1 = ratio(bms - ems, bms + (k - 1) * ems);
  const icc3_k = ratio(bms - ems, bms);
  if (icc1_1 === null || icc1_k === null || icc2_1 === null || icc2_k === null || icc3_1 === null || icc3_k === null)
    return null;
  const anova: IccAnova = {
    msr: bms,
    dfr: n - 1,
    msc: jms,
    dfc: k - 1,
    mse: ems,
    dfe: (n - 1) * (k - 1),
    msw: wms,
    dfw: n * (k - 1),
  };
  const intervals = iccIntervals(anova, n, k, icc2_1, tolerance);
  return { icc2_1, icc2_k, icc3_1, icc3_k, icc1_1, icc1_k, subjects: n, raters: k, anova, intervals };
}

/**
 * The spread of one interview panel's ratings on one competency: highest minus
 * lowest; null with fewer than two ratings, or when a rating is not a finite
 * number (a comparison with NaN is always false and would hide it).
 */
export function ratingSpread(ratings: readonly number[]): number | null {
  if (ratings.length < 2) return null;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const rating of ratings) {
    if (!Number.isFinite(rating)) return null;
    if (rating < lowest) lowest = rating;
    if (rating > highest) highest = rating;
  }
  return highest - lowest;
}

import { jStat } from 'jstat';

/**
 * F-based confidence intervals for the six intraclass correlations, after
 * K. O. McGraw and S. P. Wong, "Forming inferences about some intraclass
 * correlation coefficients", Psychological Methods 1(1), 1996, Table 7:
 * ICC(1,·) is their one-way case, ICC(2,·) the absolute-agreement ICC(A,·)
 * of the two-way random model, ICC(3,·) the consistency ICC(C,·).
 */

/** The two-way ANOVA of a complete design: n subjects (rows) by k raters (columns). */
export interface IccAnova {
  /** Mean square between subjects (rows), Shrout and Fleiss's BMS; df n − 1. */
  msr: number;
  dfr: number;
  /** Mean square between raters (columns), JMS; df k − 1. */
  msc: number;
  dfc: number;
  /** Residual mean square, EMS; df (n − 1)(k − 1). */
  mse: number;
  dfe: number;
  /** Mean square within subjects, WMS (raters and residual pooled); df n(k − 1). */
  msw: number;
  dfw: number;
}

export interface IccInterval {
  lower: number;
  upper: number;
}

export interface IccIntervals {
  /** The confidence level, 0.95. */
  level: number;
  icc1_1: IccInterval | null;
  icc1_k: IccInterval | null;
  icc2_1: IccInterval | null;
  icc2_k: IccInterval | null;
  icc3_1: IccInterval | null;
  icc3_k: IccInterval | null;
  /** The approximate denominator degrees of freedom v of the ICC(2,·) intervals (McGraw and Wong's Satterthwaite-style v). */
  approximateDf: number | null;
}

export const ICC_CONFIDENCE = 0.95;

/**
 * The intervals at `level`, from the ANOVA and the point estimate of
 * ICC(2,1). A mean square at or under `negligible` counts as zero: with no
 * residual (or no within-subject) variation the coefficient it divides is 1
 * exactly and so are both limits. An interval that cannot be formed (the
 * approximate df not positive, a limit not finite) is null.
 */
export function iccIntervals(
  anova: IccAnova,
  subjects: number,
  raters: number,
  icc2_1: number,
  negligible = 0,
  level = ICC_CONFIDENCE,
): IccIntervals {
  const n = subjects;
  const k = raters;
  const p = 1 - (1 - level) / 2;
  const { msr, msc, mse, msw, dfr, dfe, dfw } = anova;

  const oneWay = fRatioLimits(msr, msw, dfr, dfw, p, negligible);
  const consistency = fRatioLimits(msr, mse, dfr, dfe, p, negligible);

  // ICC(A,1): v = (a·MSC + b·MSE)² / ((a·MSC)²/(k − 1) + (b·MSE)²/((n − 1)(k − 1))),
  // a = kρ/(n(1 − ρ)), b = 1 + kρ(n − 1)/(n(1 − ρ)), ρ the estimate.
  let absolute: { single: IccInterval | null; mean: IccInterval | null } = { single: null, mean: null };
  let approximateDf: number | null = null;
  if (msw <= negligible) {
    absolute = { single: { lower: 1, upper: 1 }, mean: { lower: 1, upper: 1 } };
  } else if (icc2_1 < 1) {
    const a = (k * icc2_1) / (n * (1 - icc2_1));
    const b = 1 + (k * icc2_1 * (n - 1)) / (n * (1 - icc2_1));
    const residual = mse <= negligible ? 0 : mse;
    const v = (a * msc + b * residual) ** 2 / ((a * msc) ** 2 / (k - 1) + (b * residual) ** 2 / dfe);
    if (Number.isFinite(v) && v > 0) {
      approximateDf = v;
      const fLower = fQuantile(p, n - 1, v);
      const fUpper = fQuantile(p, v, n - 1);
      const spread = k * msc + (k * n - k - n) * residual;
      const single = interval(
        (n * (msr - fLower * residual)) / (fLower * spread + n * msr),
        (n * (fUpper * msr - residual)) / (spread + n * fUpper * msr),
      );
      // The mean of k raters: the Spearman–Brown step of each limit, which is
      // Table 7's n(MSR − F·MSE) / (F(MSC − MSE) + n·MSR) for ICC(A,k).
      const stepUp = (r: number) => (k * r) / (1 + (k - 1) * r);
      absolute = { single, mean: single && interval(stepUp(single.lower), stepUp(single.upper)) };
    }
  }

  return {
    level,
    icc1_1: oneWay && interval(singleRater(oneWay.lower, k), singleRater(oneWay.upper, k)),
    icc1_k: oneWay && interval(meanOfRaters(oneWay.lower), meanOfRaters(oneWay.upper)),
    icc2_1: absolute.single,
    icc2_k: absolute.mean,
    icc3_1: consistency && interval(singleRater(consistency.lower, k), singleRater(consistency.upper, k)),
    icc3_k: consistency && interval(meanOfRaters(consistency.lower), meanOfRaters(consistency.upper)),
    approximateDf,
  };
}

/**
 * The limits of the F ratio numerator/denominator: F_L = F / F_p(df1, df2)
 * and F_U = F · F_p(df2, df1); infinite when the denominator is negligible.
 */
function fRatioLimits(
  numerator: number,
  denominator: number,
  df1: number,
  df2: number,
  p: number,
  negligible: number,
): { lower: number; upper: number } | null {
  if (denominator <= negligible) return { lower: Infinity, upper: Infinity };
  const f = numerator / denominator;
  const lower = f / fQuantile(p, df1, df2);
  const upper = f * fQuantile(p, df2, df1);
  return Number.isNaN(lower) || Number.isNaN(upper) ? null : { lower, upper };
}

/** ICC(·,1) from an F limit: (F − 1) / (F + k − 1), which tends to 1 as F grows. */
function singleRater(f: number, k: number): number {
  return f === Infinity ? 1 : (f - 1) / (f + k - 1);
}

/** ICC(·,k) from an F limit: 1 − 1/F. */
function meanOfRaters(f: number): number {
  return 1 - 1 / f;
}

function interval(lower: number, upper: number): IccInterval | null {
  return Number.isFinite(lower) && Number.isFinite(upper) ? { lower, upper } : null;
}

/** The F distribution's p-quantile; NaN unless both degrees of freedom are positive. */
export function fQuantile(p: number, df1: number, df2: number): number {
  if (!(df1 > 0 && df2 > 0 && p > 0 && p < 1)) return NaN;
  return jStat.centralF.inv(p, df1, df2);
}

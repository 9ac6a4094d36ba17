import { errorFunction } from 'simple-statistics';

/**
 * A 2×2 table of one category against the rest of the sample:
 * how many of each were considered at a step, and how many of them were selected.
 */
export interface TwoByTwo {
  selected: number;
  considered: number;
  restSelected: number;
  restConsidered: number;
}

/** Ties between table probabilities within this relative margin count as equal, as R's fisher.test does. */
const TIE_MARGIN = 1 + 1e-7;

/**
 * The two-sided p-value of Fisher's exact test: the probability, with every
 * margin fixed, of a table at most as likely as the one observed. The
 * hypergeometric probabilities are built by their ratio from one table to the
 * next, starting at 1 for the observed one and normalised by their sum, so no
 * factorial is ever formed: exact to a few units in the last place for any
 * sample a hiring process has, where log-factorials would lose digits.
 */
export function fisherExactTwoSided(table: TwoByTwo): number {
  const { selected, considered, restSelected, restConsidered } = checked(table);
  const total = considered + restConsidered;
  const chosen = selected + restSelected;
  const low = Math.max(0, chosen - restConsidered);
  const high = Math.min(considered, chosen);
  if (low === high) return 1;
  // P(k + 1) / P(k) for the category's selected count k, with the margins fixed.
  const up = (k: number) => ((considered - k) * (chosen - k)) / ((k + 1) * (total - considered - chosen + k + 1));
  const weights = new Float64Array(high - low + 1);
  weights[selected - low] = 1;
  for (let k = selected; k < high; k += 1) weights[k + 1 - low] = weights[k - low] * up(k);
  for (let k = selected; k > low; k -= 1) weights[k - 1 - low] = weights[k - low] / up(k - 1);
  let sum = 0;
  let asLikely = 0;
  for (const weight of weights) {
    sum += weight;
    if (weight <= TIE_MARGIN) asLikely += weight;
  }
  return Math.min(1, asLikely / sum);
}

export interface ZTest {
  z: number;
  p: number;
}

/**
 * The pooled two-proportion z-test of the category's rate against the rest's,
 * two-sided; null where a normal approximation would mislead: fewer than five
 * selected or not selected expected in either group, or no spread at all.
 */
export function twoProportionZTest(table: TwoByTwo): ZTest | null {
  const { selected, considered, restSelected, restConsidered } = checked(table);
  const pooled = (selected + restSelected) / (considered + restConsidered);
  const expected = [
    considered * pooled,
    considered * (1 - pooled),
    restConsidered * pooled,
    restConsidered * (1 - pooled),
  ];
  if (expected.some((count) => count < 5)) return null;
  const spread = Math.sqrt(pooled * (1 - pooled) * (1 / considered + 1 / restConsidered));
  const z = (selected / considered - restSelected / restConsidered) / spread;
  return { z, p: Math.min(1, 1 - errorFunction(Math.abs(z) / Math.SQRT2)) };
}

function checked(table: TwoByTwo): TwoByTwo {
  const counts = [table.selected, table.considered, table.restSelected, table.restConsidered];
  if (
    counts.some((count) => !Number.isInteger(count) || count < 0) ||
    table.selected > table.considered ||
    table.restSelected > table.restConsidered ||
    table.considered + table.restConsidered === 0
  ) {
    throw new RangeError(`Not a table of counts: ${JSON.stringify(table)}`);
  }
  return table;
}

import { fisherExactTwoSided, twoProportionZTest } from './selection-tests';

/** How many of a category were considered at a step, and how many of them were selected. */
export interface CategoryCount {
  category: string;
  considered: number;
  selected: number;
}

/** The organisation's rules for small numbers. */
export interface SmallNumberRules {
  /** A category with fewer considered than this shows no rate (default 5). */
  minGroupSize: number;
  /** Leave categories under 2% of the sample out of the impact ratios, as LL144's rules allow. */
  leaveOutUnderTwoPercent: boolean;
}

export const FOUR_FIFTHS = 0.8;
/** LL144's rules let an auditor leave out of the impact ratios a category under 2% of the data. */
export const SMALL_SHARE = 0.02;

export type RowStatus = 'reported' | 'suppressed' | 'left-out';

export interface ImpactRow {
  category: string;
  considered: number;
  /** Null when suppressed: with the rest of the table it could name a person. */
  selected: number | null;
  /** selected / considered, to four places; null when suppressed. */
  rate: number | null;
  /** The rate against the highest rate of the reported categories; null when suppressed or left out. */
  impactRatio: number | null;
  /** The impact ratio is under four fifths. */
  belowFourFifths: boolean | null;
  /** Fisher's exact test of this category against all other known categories, two-sided. */
  fisherP: number | null;
  /** The pooled two-proportion z-test of the same, where counts are large enough. */
  z: number | null;
  zP: number | null;
  status: RowStatus;
  /** The category whose rate the others are measured against. */
  highest: boolean;
}

/**
 * One step's table, as the Uniform Guidelines (29 CFR 1607.4D) and LL144's
 * rules lay it out: each category's rate, its ratio to the highest rate, the
 * four-fifths flag, and whether the difference from everyone else could be
 * chance. Small numbers are honest: a category under the minimum shows no
 * rate, and one under 2% of the sample may keep its rate but be left out of
 * the ratios; neither is the reference a ratio is measured against.
 */
export function impactTable(counts: readonly CategoryCount[], rules: SmallNumberRules): ImpactRow[] {
  const total = counts.reduce((sum, count) => sum + count.considered, 0);
  const totalSelected = counts.reduce((sum, count) => sum + count.selected, 0);
  const statusOf = (count: CategoryCount): RowStatus =>
    count.considered < Math.max(1, rules.minGroupSize)
      ? 'suppressed'
      : rules.leaveOutUnderTwoPercent && count.considered < SMALL_SHARE * total
        ? 'left-out'
        : 'reported';
  const statuses = counts.map(statusOf);
  const rates = counts.map((count) => (count.considered > 0 ? count.selected / count.considered : 0));
  const reference = Math.max(0, ...rates.filter((_rate, index) => statuses[index] === 'reported'));
  const highestIndex = rates.findIndex((rate, index) => statuses[index] === 'reported' && rate === reference);
  return counts.map((count, index) => {
    const status = statuses[index];
    if (status === 'suppressed') {
      return {
        category: count.category,
        considered: count.considered,
        selected: null,
        rate: null,
        impactRatio: null,
        belowFourFifths: null,
        fisherP: null,
        z: null,
        zP: null,
        status,
        highest: false,
      };
    }
    const ratio = status === 'reported' && reference > 0 ? rates[index] / reference : null;
    const rest = total - count.considered;
    const table = {
      selected: count.selected,
      considered: count.considered,
      restSelected: totalSelected - count.selected,
      restConsidered: rest,
    };
    const zTest = rest > 0 ? twoProportionZTest(table) : null;
    return {
      category: count.category,
      considered: count.considered,
      selected: count.selected,
      rate: round(rates[index]),
      impactRatio: ratio === null ? null : round(ratio),
      belowFourFifths: ratio === null ? null : ratio < FOUR_FIFTHS,
      fisherP: rest > 0 ? significant(fisherExactTwoSided(table)) : null,
      z: zTest ? round(zTest.z) : null,
      zP: zTest ? significant(zTest.p) : null,
      status,
      highest: index === highestIndex,
    };
  });
}

/** p-values to six significant digits: more than any decision needs, fewer than float noise. */
function significant(value: number): number {
  return Number(value.toPrecision(6));
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

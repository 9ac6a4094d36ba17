import type { Stage } from '../applications/entities/application.entity';
import type { CriterionKind } from '../scoring/profile';

/** The stages of the path every vacancy shares, in order; the rounds of a plan count as one, interview. */
export const REPORT_STAGES = ['applied', 'screening', 'interview', 'offer', 'hired'] as const satisfies Stage[];
export type ReportStage = (typeof REPORT_STAGES)[number];
/** The stages an application stays in for a while; hired is where it ends. */
export const TIMED_STAGES = ['applied', 'screening', 'interview', 'offer'] as const satisfies ReportStage[];
export type TimedStage = (typeof TIMED_STAGES)[number];

/** The quantiles reported, in tenths: their ranks are then found in whole numbers, without rounding errors. */
export const QUANTILES = { median: 5, p90: 9 } as const;
export type Quantile = keyof typeof QUANTILES;

/**
 * Where the quantile of n sorted values lies (linear interpolation between
 * the two closest ranks, as numpy's default and PostgreSQL's percentile_cont):
 * the 0-based rank below it and how far towards the next one.
 */
export function quantileRank(n: number, tenths: number): { lower: number; fraction: number } {
  const scaled = (n - 1) * tenths;
  return { lower: Math.floor(scaled / 10), fraction: (scaled % 10) / 10 };
}

/** The quantile from the values at its two neighbouring ranks; null for no values. */
export function quantileFromRanks(n: number, tenths: number, valueAt: (rank: number) => number): number | null {
  if (n <= 0) return null;
  const { lower, fraction } = quantileRank(n, tenths);
  const below = valueAt(lower);
  return fraction === 0 ? below : below + fraction * (valueAt(lower + 1) - below);
}

/** The quantile of values already sorted ascending. */
export function quantile(sorted: readonly number[], tenths: number): number | null {
  return quantileFromRanks(sorted.length, tenths, (rank) => sorted[rank]);
}

export interface Spread {
  medianDays: number | null;
  p90Days: number | null;
  /** How many values the median and p90 rest on. */
  basedOn: number;
}

/** Median and p90 of durations in days, in any order, rounded to hundredths of a day. */
export function spreadOf(days: readonly number[]): Spread {
  const sorted = Float64Array.from(days).sort();
  const at = (rank: number) => sorted[rank];
  return roundedSpread(
    sorted.length,
    quantileFromRanks(sorted.length, QUANTILES.median, at),
    quantileFromRanks(sorted.length, QUANTILES.p90, at),
  );
}

/** A median and p90 worked out elsewhere (by the database), rounded as spreadOf rounds them. */
export function roundedSpread(n: number, median: number | null, p90: number | null): Spread {
  if (n === 0) return { medianDays: null, p90Days: null, basedOn: 0 };
  return { medianDays: roundDays(median), p90Days: roundDays(p90), basedOn: n };
}

function roundDays(days: number | null): number | null {
  return days === null ? null : Math.round(days * 100) / 100;
}

/** The share of those who reached the previous stage who reached this one; null when nobody reached that. */
export function conversion(reached: number, previous: number): number | null {
  return previous > 0 ? Math.round((reached / previous) * 10_000) / 10_000 : null;
}

/** How many applications got at most as far as a stage (the index in REPORT_STAGES), per source. */
export interface FurthestCount {
  source: string | null;
  furthest: number;
  applications: number;
}

export interface FunnelStep {
  stage: ReportStage;
  /** Applications that reached this stage or a later one, whatever happened after. */
  reached: number;
  conversion: number | null;
}

/** The funnel: per stage, how many got at least that far, and the conversion from the stage before. */
export function funnelOf(counts: readonly FurthestCount[]): FunnelStep[] {
  const reached = reachedPerStage(counts);
  return REPORT_STAGES.map((stage, index) => ({
    stage,
    reached: reached[index],
    conversion: index === 0 ? null : conversion(reached[index], reached[index - 1]),
  }));
}

export interface SourceRow {
  /** Null when the application did not say where it came from. */
  source: string | null;
  applicants: number;
  screening: number;
  interview: number;
  offer: number;
  hired: number;
}

/** Per source, its applicants and how many of them got to screening, interview, offer and hired; largest first. */
export function sourcesOf(counts: readonly FurthestCount[]): SourceRow[] {
  const bySource = new Map<string | null, FurthestCount[]>();
  for (const count of counts) bySource.set(count.source, [...(bySource.get(count.source) ?? []), count]);
  return [...bySource.entries()]
    .map(([source, rows]) => {
      const [applicants, screening, interview, offer, hired] = reachedPerStage(rows);
      return { source, applicants, screening, interview, offer, hired };
    })
    .sort(
      (a, b) =>
        b.applicants - a.applicants || b.hired - a.hired || (a.source ?? '\uffff').localeCompare(b.source ?? '\uffff'),
    );
}

function reachedPerStage(counts: readonly FurthestCount[]): number[] {
  return REPORT_STAGES.map((_stage, index) =>
    counts.filter((count) => count.furthest >= index).reduce((sum, count) => sum + count.applications, 0),
  );
}

export interface KnockoutRow {
  criterion: CriterionKind;
  /** Applications that failed this knock-out. */
  failed: number;
  /** Of those, the ones now rejected. */
  rejected: number;
}

/** The knock-outs that removed the most first: by rejections, then by failures. */
export function rankKnockouts(rows: readonly KnockoutRow[]): KnockoutRow[] {
  return [...rows].sort(
    (a, b) => b.rejected - a.rejected || b.failed - a.failed || a.criterion.localeCompare(b.criterion),
  );
}

/** A period of application dates, both ends included; a missing end is open. */
export interface Period {
  from: string | null;
  to: string | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The first instant of the period and the first instant after it, in UTC. */
export function periodBounds(period: Period): { from?: Date; before?: Date } {
  return {
    from: period.from ? new Date(`${period.from}T00:00:00Z`) : undefined,
    before: period.to ? new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000) : undefined,
  };
}

/** What is wrong with a period, by field; empty when it is fine. */
export function periodProblems(period: Period): { field: 'from' | 'to'; messages: string[] }[] {
  const problems: { field: 'from' | 'to'; messages: string[] }[] = [];
  for (const field of ['from', 'to'] as const) {
    const value = period[field];
    if (value !== null && !isCalendarDate(value)) {
      problems.push({ field, messages: [`${field} must be a date written YYYY-MM-DD`] });
    }
  }
  if (!problems.length && period.from && period.to && period.from > period.to) {
    problems.push({ field: 'from', messages: ['from must not be after to'] });
  }
  return problems;
}

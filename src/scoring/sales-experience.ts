/**
 * Years in sales from dated work history: overlapping or back-to-back sales
 * jobs count once, an ongoing job runs to the reference date, and time after
 * the reference date does not count. Dates are calendar days (YYYY-MM-DD),
 * both ends included.
 */
export interface DatedJob {
  start: string;
  /** The last day; null while the job is ongoing. */
  end: string | null;
  /** Undefined when nobody knows yet whether it was a sales role. */
  salesRole?: boolean;
}

export interface SalesExperience {
  /** Whole calendar months plus the remaining days as a fraction, in years. */
  years: number;
  /** Jobs whose sales role is unknown: the figure may be too low. */
  unclassifiedJobs: number;
}

const DAY_MS = 86_400_000;
/** The mean Gregorian month, for the days left over after whole months. */
const DAYS_PER_MONTH = 365.2425 / 12;

export function salesExperience(jobs: readonly DatedJob[], referenceDate: string): SalesExperience {
  const reference = toDay(referenceDate);
  const spans: [number, number][] = [];
  let unclassifiedJobs = 0;
  for (const job of jobs) {
    if (job.salesRole === undefined) unclassifiedJobs += 1;
    if (job.salesRole !== true) continue;
    const start = toDay(job.start);
    const end = Math.min(job.end === null ? reference : toDay(job.end), reference);
    if (start <= end) spans.push([start, end]);
  }
  let months = 0;
  for (const [start, end] of mergeSpans(spans)) months += monthsBetween(start, end + 1);
  return { years: months / 12, unclassifiedJobs };
}

/** Joins spans that overlap or touch (one ends the day before the next starts). */
export function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Months from day `from` up to (not including) day `to`: whole calendar months
 * first, so 1 Jan 2021 to 1 Jan 2023 is exactly 24, then the rest in days.
 */
function monthsBetween(from: number, to: number): number {
  const a = new Date(from * DAY_MS);
  const b = new Date(to * DAY_MS);
  let whole = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (addMonths(a, whole) > to) whole -= 1;
  return whole + (to - addMonths(a, whole)) / DAYS_PER_MONTH;
}

/** The day `months` after `date`, kept inside the month (31 Jan + 1 month = 28 or 29 Feb). */
function addMonths(date: Date, months: number): number {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
}

function toDay(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a date as YYYY-MM-DD: ${date}`);
  return Date.UTC(+match[1], +match[2] - 1, +match[3]) / DAY_MS;
}

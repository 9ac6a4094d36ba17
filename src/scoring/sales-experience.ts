/**
 * Years in sales from dated work history: overlapping or back-to-back sales
 * jobs count once, an ongoing job runs to the reference date, and time after
 * the reference date does not count. Dates are calendar days (YYYY-MM-DD),
 * both ends included.
 */
export interface DatedJob {
  start: string;
  /** The last day; null or left out while the job is ongoing. */
  end?: string | null;
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

/**
 * Years in sales of the jobs that `include` accepts (all by default). Runs
 * for every candidate against every profile, so it works on the caller's
 * objects and allocates two small arrays, not a copy of each job.
 */
export function salesExperience<T extends DatedJob>(
  jobs: readonly T[],
  referenceDate: string,
  include?: (job: T) => boolean,
): SalesExperience {
  const reference = toDay(referenceDate);
  const starts: number[] = [];
  const ends: number[] = [];
  let unclassifiedJobs = 0;
  for (const job of jobs) {
    if (job.salesRole === undefined) unclassifiedJobs += 1;
    if (job.salesRole !== true || (include && !include(job))) continue;
    const start = toDay(job.start);
    const end = Math.min(job.end === null || job.end === undefined ? reference : toDay(job.end), reference);
    if (start > end) continue;
    // Insertion by start day: a candidate has a handful of jobs.
    let at = starts.length;
    while (at > 0 && starts[at - 1] > start) {
      starts[at] = starts[at - 1];
      ends[at] = ends[at - 1];
      at -= 1;
    }
    starts[at] = start;
    ends[at] = end;
  }
  // Spans that overlap or touch (one ends the day before the next starts) count once.
  let months = 0;
  let spanStart = starts[0];
  let spanEnd = ends[0];
  for (let i = 1; i < starts.length; i++) {
    if (starts[i] <= spanEnd + 1) {
      if (ends[i] > spanEnd) spanEnd = ends[i];
      continue;
    }
    months += monthsBetween(spanStart, spanEnd + 1);
    spanStart = starts[i];
    spanEnd = ends[i];
  }
  if (starts.length) months += monthsBetween(spanStart, spanEnd + 1);
  return { years: months / 12, unclassifiedJobs };
}

/**
 * Months from day `from` up to (not including) day `to`: whole calendar months
 * first, so 1 Jan 2021 to 1 Jan 2023 is exactly 24, then the rest in days.
 */
function monthsBetween(from: number, to: number): number {
  const a = civilFromDays(from);
  const b = civilFromDays(to);
  const [yearA, monthA, dayA] = [Math.floor(a / 10_000), Math.floor(a / 100) % 100, a % 100];
  let whole = (Math.floor(b / 10_000) - yearA) * 12 + (Math.floor(b / 100) % 100) - monthA;
  if (addMonths(yearA, monthA, dayA, whole) > to) whole -= 1;
  return whole + (to - addMonths(yearA, monthA, dayA, whole)) / DAYS_PER_MONTH;
}

/** The day `months` after year-month-day (month 1–12), kept inside the month (31 Jan + 1 month = 28 or 29 Feb). */
function addMonths(year: number, month: number, day: number, months: number): number {
  const index = month - 1 + months;
  const lastDay = (Date.UTC(year, index + 1, 1) - Date.UTC(year, index, 1)) / DAY_MS;
  return Date.UTC(year, index, Math.min(day, lastDay)) / DAY_MS;
}

/**
 * A day number (days since 1970-01-01) as yyyymmdd, without allocating a Date:
 * the "civil_from_days" algorithm of H. Hinnant, "chrono-Compatible Low-Level
 * Date Algorithms" (2013), for the proleptic Gregorian calendar.
 */
export function civilFromDays(days: number): number {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10_000 + month * 100 + day;
}

let lastDate = '';
let lastDay = 0;

function toDay(date: string): number {
  if (date === lastDate) return lastDay;
  lastDay = parseDay(date);
  lastDate = date;
  return lastDay;
}

function parseDay(date: string): number {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-')
    throw new RangeError(`Not a date as YYYY-MM-DD: ${date}`);
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 0 || month < 0 || day < 0) throw new RangeError(`Not a date as YYYY-MM-DD: ${date}`);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The number written in text[from, to), or -1 when anything there is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * Periods as CVs write them in Dutch, Estonian and English: "jan. 2018 – mei
 * 2021", "03/2017 – 2020", "10.2015 – 04.2019", "2015 – praegu", "Sept 2016 –
 * Present", "sinds 2019". A year-only start is 1 January and a year-only end
 * 31 December; a month-only end is the month's last day (as the JSON Resume
 * importer reads dates); an ongoing period ends null.
 */
export interface Period {
  start: string;
  end: string | null;
  /** Where the period stands in the line it was found in. */
  index: number;
  length: number;
  /** How exactly the start was written: a year alone is vaguer than a month. */
  precision: 'day' | 'month' | 'year';
}

const MONTH_NAME =
  'jaan(?:uar)?|jan(?:uari|uary|uar)?|feb(?:ruari|ruary)?|veebr(?:uar)?|veeb|mrt|maart|m[aä]r(?:ch|ts)?|apr(?:il|ill)?|mei|may|mai|jun[ie]?|juuni|jul[iy]?|juuli|aug(?:ustus|ust)?|sept?(?:ember)?|o[kc]t(?:ober|oober)?|nov(?:ember)?|de[cz](?:ember)?|dets(?:ember)?';
const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';
const DATE = `(?:\\d{1,2}[./-]\\d{1,2}[./-]${YEAR}|\\d{1,2}\\s?[./-]\\s?${YEAR}|(?:${MONTH_NAME})\\.?\\s*'?${YEAR}|${YEAR}-(?:0[1-9]|1[0-2])(?=\\s*[–—−‒~]|\\s+-\\s)|${YEAR}(?:\\.\\s?a\\b\\.?|\\.)?)`;
const ONGOING =
  '(?:(?:tot(?:\\s+op)?|t/m|kuni|to|until|till)\\s+)?(?:heden|nu|present|current|now|today|date|praegu(?:seni)?|t[aä]naseni|hetkel|n[uü][uü]d|ongoing|actueel|lopend|nog steeds|t[aä]nini|senini|k[aä]esoleva ajani)';
const SEPARATOR = '\\s*(?:-{1,2}|–|—|−|‒|~|tot(?:\\s+en\\s+met)?|t/m|to|until|till|kuni|through|(?<=\\s)/(?=\\s))\\s*';

const RANGE = new RegExp(`(?<![\\p{L}\\d./-])(${DATE})${SEPARATOR}(?:(${DATE})|(${ONGOING}))(?![\\p{L}\\d])`, 'iu');
/** "jan – mei 2021": the start month takes the end's year. */
const MONTHS_ONE_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(${MONTH_NAME})\\.?${SEPARATOR}(${MONTH_NAME})\\.?\\s*(${YEAR})(?![\\p{L}\\d])`,
  'iu',
);
const HAS_YEAR = /(?:19|20)\d\d/;
/** "2019 –" with nothing after the dash: a period still running, as CVs written in a hurry leave it. */
const DANGLING = new RegExp(`(?<![\\p{L}\\d./-])(${DATE})\\s*(?:-|–|—)\\s*(?=$|\\|)`, 'iu');
const SINCE = new RegExp(`(?<![\\p{L}])(?:sinds|vanaf|since|from|alates)\\s+(${DATE})(?![\\p{L}\\d])`, 'iu');
const FULL = new RegExp(`^(\\d{1,2})[./-](\\d{1,2})[./-](${YEAR})$`);
const MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s?[./-]\\s?(${YEAR})$`);
const YEAR_MONTH = new RegExp(`^(${YEAR})-(\\d{2})$`);
const NAMED = new RegExp(`^(\\p{L}+)\\.?\\s*'?(${YEAR})$`, 'u');

/** A month name or abbreviation in any of the three languages as 1–12, or 0. */
export function monthNumber(name: string): number {
  const word = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (word.startsWith('juun')) return 6;
  if (word.startsWith('juul')) return 7;
  const prefix = word.slice(0, 3);
  return MONTH_PREFIX[prefix] ?? 0;
}

const MONTH_PREFIX: Record<string, number> = {
  jan: 1,
  jaa: 1,
  feb: 2,
  vee: 2,
  mrt: 3,
  maa: 3,
  mar: 3,
  apr: 4,
  mei: 5,
  may: 5,
  mai: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
  dez: 12,
  det: 12,
};

/** One written date as the first (or, for an end, the last) day it can mean. */
export function parseDate(token: string, end: boolean): { date: string; precision: Period['precision'] } | null {
  // Estonian writes a year as an ordinal, "2015. a" (aasta); the mark is not part of the number.
  const written = token.trim().replace(/\.(?:\s?a\.?)?$/, '');
  let year: number;
  let month = 0;
  let day = 0;
  let match = FULL.exec(written);
  if (match) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = MONTH_YEAR.exec(written))) {
    [month, year] = [Number(match[1]), Number(match[2])];
  } else if ((match = YEAR_MONTH.exec(written))) {
    [year, month] = [Number(match[1]), Number(match[2])];
  } else if ((match = NAMED.exec(written))) {
    month = monthNumber(match[1]);
    year = Number(match[2]);
    if (!month) return null;
  } else if (/^\d{4}$/.test(written)) {
    year = Number(written);
  } else {
    return null;
  }
  if (month > 12 || (month === 0 && day > 0)) return null;
  if (day) {
    if (day > lastDayOf(year, month)) return null;
    return { date: iso(year, month, day), precision: 'day' };
  }
  if (month) return { date: iso(year, month, end ? lastDayOf(year, month) : 1), precision: 'month' };
  return { date: end ? `${year}-12-31` : `${year}-01-01`, precision: 'year' };
}

/** The first period written in a line, or null. */
export function findPeriod(line: string): Period | null {
  // Most lines hold no year at all; one cheap test spares them the three patterns below.
  if (!HAS_YEAR.test(line)) return null;
  let match = RANGE.exec(line);
  if (match) {
    const start = parseDate(match[1], false);
    const end = match[2] ? parseDate(match[2], true) : null;
    if (start && (match[3] || (end && end.date >= start.date))) {
      return {
        start: start.date,
        end: end ? end.date : null,
        index: match.index,
        length: match[0].length,
        precision: start.precision,
      };
    }
  }
  match = MONTHS_ONE_YEAR.exec(line);
  if (match) {
    const year = Number(match[3]);
    const [from, to] = [monthNumber(match[1]), monthNumber(match[2])];
    if (from && to && from <= to) {
      return {
        start: iso(year, from, 1),
        end: iso(year, to, lastDayOf(year, to)),
        index: match.index,
        length: match[0].length,
        precision: 'month',
      };
    }
  }
  match = DANGLING.exec(line);
  if (match) {
    const start = parseDate(match[1], false);
    if (start)
      return { start: start.date, end: null, index: match.index, length: match[0].length, precision: start.precision };
  }
  match = SINCE.exec(line);
  if (match) {
    const start = parseDate(match[1], false);
    if (start)
      return { start: start.date, end: null, index: match.index, length: match[0].length, precision: start.precision };
  }
  return null;
}

const YEARS = new RegExp(`(?<![\\d.,])${YEAR}(?![\\d])`, 'g');

/** Every four-digit year in a line, in order. */
export function yearsIn(line: string): number[] {
  return (line.match(YEARS) ?? []).map(Number);
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

import { MONTH_NAME, monthNumber, SEASON, seasonMonth } from './months';

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

const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';
/** A part of a year: "the end of 2014", "eind 2014", "begin 2019", "medio 2016", "early 2020", "mid-2018". */
const PART_OF_YEAR =
  '(?:the\\s+)?(?:end|start|beginning|middle)\\s+of|eind|einde|begin|medio|midden|half|early|late|mid-?|ende|anfang|mitte|fin|d[eé]but|primo|ultimo';
/** Estonian ordinal years with a month, a part or a season in a case ending: "2021. aasta märtsist", "2014. aasta lõpuni", "2019. aasta sügisest". */
const ET_YEAR_THEN = `${YEAR}(?:\\.?\\s*(?:a\\.|aasta)|\\.\\s*a)\\s+(?:${MONTH_NAME}|l[oõ]pu|algus|keskp|s[uü]gise|kevade|suve|talve)\\p{L}{0,8}|${YEAR}\\s+(?:l[oõ]pu|algus|keskp|s[uü]gise|kevade|suve|talve)(?:st|ni|s)(?!\\p{L})`;
/** Estonian months' stems before their case endings. */
const ET_MONTH_STEM =
  '(?:jaanuari|veebruari|m[aä]rtsi|aprilli|mai|juuni|juuli|augusti|septembri|oktoobri|novembri|detsembri)';
/** Estonian months in the cases a period uses: "märtsist 2021" (from), "veebruarini 2021" (until), "mais 2019" (in). */
const ET_MONTH_CASE = `${ET_MONTH_STEM}(?:st|ni|s|ks)`;
/** A month in Roman numerals before its year, as Estonian and Polish CVs write it: "IX 2022". */
const ROMAN_MONTH = '(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)';
/** A year of two digits after an apostrophe, as in "maart '17" or "Sept ’09". */
const SHORT_YEAR = "['’]\\d{2}";
/** A day written with its month's name: "1 januari 2016", "15. märts 2019", "1st March 2019", "March 1, 2019". */
const DAY_MONTH_YEAR = `\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:${MONTH_NAME})\\.?\\s+${YEAR}|(?:${MONTH_NAME})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s*${YEAR}`;
/** "the end of March 2019", "eind maart 2019", "begin mei 2020": the month, which a part of it does not change. */
const PART_OF_MONTH = `(?:(?:the\\s+)?(?:end|start|beginning|middle)\\s+of|eind|einde|begin|medio|midden|ende|anfang|mitte)\\s+(?:${MONTH_NAME})\\.?\\s*${YEAR}`;
/** A quarter or a half-year in Roman numerals, as Estonian CVs write them: "I kvartal 2019", "2021 II poolaasta". */
const ROMAN_PART = `(?:I|II|III|IV)\\s+(?:kvartal|kv\\.?|poolaasta)\\s+${YEAR}|${YEAR}\\s+(?:I|II|III|IV)\\s+(?:kvartal|kv\\.?|poolaasta)`;
export const DATE = `(?:${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])|${ROMAN_PART}|${PART_OF_MONTH}|${DAY_MONTH_YEAR}|(?:\\d{1,2}-)?(?:${MONTH_NAME})\\.?[-/]${YEAR}|\\d{1,2}[./-]\\d{1,2}[./-]${YEAR}|(?:${MONTH_NAME})\\.?\\s*${SHORT_YEAR}(?!\\d)|Q[1-4]\\s*${YEAR}|${ROMAN_MONTH}\\.?\\s*${YEAR}|${ET_MONTH_CASE}\\s+${YEAR}|${YEAR}\\s+(?:m\\.\\s*)?(?:${MONTH_NAME})\\.?(?![\\p{L}])|${YEAR}\\s+(?:${SEASON})(?![\\p{L}])|\\d{1,2}\\s?[./-]\\s?${YEAR}|(?:(?:de|het|the)\\s+)?(?:${MONTH_NAME}|${SEASON})\\.?\\s*(?:(?:van|of|de|del)\\s+)?'?${YEAR}|(?:${PART_OF_YEAR})\\s*${YEAR}|${ET_YEAR_THEN}|${YEAR}[-/.](?:0[1-9]|1[0-2])(?=\\s*[–—−‒~]|\\s+-\\s|\\s+(?:to|tot|until|till|kuni|t/m)\\s)|${YEAR}\\s*\\((?:${MONTH_NAME})\\.?\\)|${YEAR}(?:\\.\\s?(?:a\\b\\.?|aasta\\p{L}{0,4})|\\.|\\s+m\\.(?![\\p{L}]))?)`;
const ONGOING =
  '(?:(?:tot(?:\\s+op)?|t/m|kuni|up\\s+to|up\\s+till|to|until|till)\\s+)?(?:(?:op\\s+)?heden|huidig|nu|present|devam ediyor|atual|this\\s+day|praeguse\\s+ajani|currently|presently|current|now|momenteel|dato|today|date|praegu(?:seni|ne)?|t[aä]naseni|t[aä]nase p[aä]evani|t[aä]na|hetkeni|hetkel|prezent|halen|g[uü]n[uü]m[uü]ze?|iki dabar|dabar|tagad|[sš]obr[iī]d|(?:tot\\s+)?hede|vandaag|(?:по\\s+)?настоящее\\s+время|по\\s+н\\.\\s?в\\.?|n[uü][uü]d|ongoing|nowadays|aujourd.hui|heute|en cours|actueel|lopend|nog steeds|t[aä]nini|senini|k[aä]esoleva ajani|k\\.\\s?a\\.?|…|\\.{3}|obecnie|thans|j[aä]tkub|kestab|continu(?:ing|e)|(?:à\\s+)?(?:ce\\s+jour|pr[ée]sent)|hoy|(?:la\\s+)?actualidad|actualmente|atualmente|presente|in\\s+corso|oggi|nykyisin|nykyään|tähän\\s+asti)';
/** Estonian needs no word between its ends: "2016. aasta jaanuarist 2019. aasta juunini", "märtsist 2017 tänaseni", the first in "-st" (from). */
const SEPARATOR = `\\s*(?:-{1,2}|–|—|−|‒|~|→|->|tot(?:\\s+en\\s+met)?|t/m|tem|t\\.e\\.m\\.|to|until|till|kuni|through|(?<=\\s)(?:à|a|al|bis|hasta|até|do)(?=\\s)|(?<=\\s)/(?=\\s)|(?<=(?:^|[^\\d/.-])(?:19|20)\\d\\d)/(?=(?:19|20)\\d\\d(?![\\d/.-]))|(?<=\\p{L}st)(?=\\s)|(?<=\\p{L}st\\s+${YEAR})(?=\\s))\\s*`;

/** After a start written "2016-01" or "2016/01", the end is written so too, whatever follows it. */
const END_DATE = `${YEAR}[-/.](?:0[1-9]|1[0-2])(?![\\d/.-])|${DATE}`;
const RANGE = new RegExp(`(?<![\\p{L}\\d./-])(${DATE})${SEPARATOR}(?:(${END_DATE})|(${ONGOING}))(?![\\p{L}\\d])`, 'iu');
/** "jan – mei 2021": the start month takes the end's year. */
const MONTHS_ONE_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(${MONTH_NAME})\\.?${SEPARATOR}(${MONTH_NAME})\\.?\\s*(${YEAR})(?![\\p{L}\\d])`,
  'iu',
);
export const HAS_YEAR = /(?:19|20)\d\d|['’]\d\d/;
/** "2019 –" with nothing after the dash, or a column's gap: a period still running, as CVs written in a hurry leave it. */
const DANGLING = new RegExp(`(?<![\\p{L}\\d./-])(${DATE})\\s*(?:->|-|–|—|→)(?:\\s*(?=$|\\|)|\\s{2,}|\\t)`, 'iu');
/** "Between 2010 and 2013", "tussen 2010 en 2013": a period written as prose. */
const BETWEEN = new RegExp(
  `(?<![\\p{L}])(?:between|tussen)\\s+(${DATE})\\s+(?:and|en|&)\\s+(${DATE})(?![\\p{L}\\d])`,
  'iu',
);
/** A form's two labelled dates: "Alguskuupäev: 12.03.2012; Lõppkuupäev: 30.06.2025", "Start date: 03/2019 End date: present". */
const LABELLED_RANGE = new RegExp(
  `(?<![\\p{L}])(?:start(?:\\s+date)?|begin(?:datum)?|startdatum|aanvang|alguskuup[aä]ev|algus(?:aeg)?|from|van(?:af)?|datum\\s+in\\s+dienst|in\\s+dienst)\\s*:\\s*(${DATE})[\\s;,|]*(?:end(?:\\s+date)?|einddatum|eind|l[oõ]ppkuup[aä]ev|l[oõ]pp(?:aeg)?|to|tot|until|datum\\s+uit\\s+dienst|uit\\s+dienst)\\s*:\\s*(?:(${END_DATE})|(${ONGOING}))?(?![\\p{L}\\d])`,
  'iu',
);
const SINCE = new RegExp(
  `(?<![\\p{L}])(?:sinds|sedert|vanaf|per|since|from|alates|seit|depuis)\\s+(${DATE})(?![\\p{L}\\d])`,
  'iu',
);
/** Estonian says "from" with the month's case alone: "märtsist 2025", "2019. aasta septembrist" (no end after it). */
const ELATIVE_SINCE = new RegExp(
  `(?<![\\p{L}\\d])(${ET_MONTH_STEM}st\\s+${YEAR}|${YEAR}\\.?\\s*(?:a\\.?|aasta)\\s+\\p{L}+st)(?![\\p{L}\\d])(?!\\s*(?:-|–|—|kuni|\\p{L}+ni\\b))`,
  'iu',
);
const FULL = new RegExp(`^(\\d{1,2})[./-](\\d{1,2})[./-](${YEAR})$`);
const MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s?[./-]\\s?(${YEAR})$`);
const YEAR_MONTH = new RegExp(`^(${YEAR})[-/.](\\d{2})$`);
const NAMED = new RegExp(`^(\\p{L}+)\\.?\\s*'?(${YEAR})$`, 'u');
const PART = new RegExp(`^(${PART_OF_YEAR})\\s*(${YEAR})$`, 'iu');
const ROMAN_NAMED = new RegExp(`^(${ROMAN_MONTH})\\.?\\s*(${YEAR})$`, 'i');
const ROMAN_VALUE: Record<string, number> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
  XI: 11,
  XII: 12,
};
const QUARTER = new RegExp(`^Q([1-4])\\s*(${YEAR})$`, 'i');
const YEAR_NAMED = new RegExp(`^(${YEAR})\\s+(\\p{L}+)\\.?$`, 'u');
const NAMED_SHORT = /^(\p{L}+)\.?\s*['’](\d{2})$/u;
const ET_NAMED = new RegExp(`^(${YEAR})(?:\\.?\\s*(?:a\\.|aasta)|\\.\\s*a)\\s+(\\p{L}+)$`, 'iu');

/** The month a part of a year stands for: its end December, its beginning January, its middle June. */
function partMonth(part: string, end: boolean): number {
  const word = part
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (/\b(?:end|eind|einde|late|lopu|ende|fin|ultimo)/.test(word)) return 12;
  if (/\b(?:start|beginning|begin|early|algus|anfang|debut|primo)/.test(word)) return 1;
  if (/\b(?:middle|medio|midden|half|mid|keskp|mitte)/.test(word)) return end ? 7 : 6;
  return 0;
}

/** One written date as the first (or, for an end, the last) day it can mean. */
export function parseDate(token: string, end: boolean): { date: string; precision: Period['precision'] } | null {
  // Estonian writes a year as an ordinal, "2015. a" (aasta); the mark is not part of the number.
  const written = token
    .trim()
    // "2019-04-01": an ISO day, as the day-first form.
    .replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1')
    .replace(/\.(?:\s?(?:a\.?|aasta\p{L}*))?$/u, '')
    // Lithuanian marks the year with "m." (metai): "2014 m. rugsėjis", "2008 m.".
    .replace(/^(\d{4})\s+m\.?(?:\s+|$)/u, '$1 ')
    .trim()
    // "de zomer van 2014", "the summer of 2014": the season and its year.
    .replace(/^(?:de|het|the)\s+/iu, '')
    .replace(/\s+(?:van|of|de|del)\s+(?=\d)/iu, ' ')
    // "12-Jul-2021", "jun/2021", "Oct-2020": the day is not kept, the month and year are.
    .replace(/^\d{1,2}-(?=\p{L})/u, '')
    .replace(/^(\p{L}+)\.?[-/](\d{4})$/u, '$1 $2')
    // "2018 (April)": the month in brackets after its year.
    .replace(/^(\d{4})\s*\((\p{L}+)\.?\)$/u, '$2 $1')
    // "I kvartal 2019", "2021 II poolaasta": a quarter or half-year as its first (or last) month, as "Q1 2019".
    .replace(/^(\d{4})\s+([IV]+)\s+(kvartal|kv\.?|poolaasta)$/iu, '$2 $3 $1')
    .replace(/^([IV]+)\s+(kvartal|kv\.?|poolaasta)\s+(\d{4})$/iu, (all, n: string, part: string, y: string) => {
      const index = ROMAN_VALUE[n.toUpperCase()];
      if (!index) return all;
      return part.toLowerCase().startsWith('kv') ? `Q${index} ${y}` : `Q${index * 2 - 1} ${y}`;
    })
    // "the end of March 2019": the month itself.
    .replace(
      /^(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of|eind|einde|begin|medio|midden|ende|anfang|mitte)\s+(?=\p{L}+\.?\s*\d{4}$)/iu,
      '',
    )
    // "1 januari 2016", "1st March 2019", "March 1, 2019": the day goes as a number before the month's.
    .replace(/^(\d{1,2})(?:st|nd|rd|th)?\.?\s+(\p{L}+)\.?\s+(\d{4})$/u, (all, d: string, m: string, y: string) =>
      monthNumber(m) ? `${d}.${monthNumber(m)}.${y}` : all,
    )
    .replace(/^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})$/u, (all, m: string, d: string, y: string) =>
      monthNumber(m) ? `${d}.${monthNumber(m)}.${y}` : all,
    );
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
  } else if ((match = ROMAN_NAMED.exec(written))) {
    month = ROMAN_VALUE[match[1].toUpperCase()];
    year = Number(match[2]);
  } else if ((match = NAMED.exec(written))) {
    month = monthNumber(match[1]) || seasonMonth(match[1], end) || partMonth(match[1], end);
    year = Number(match[2]);
    if (!month) return null;
  } else if ((match = PART.exec(written))) {
    month = partMonth(match[1], end);
    year = Number(match[2]);
  } else if ((match = ET_NAMED.exec(written))) {
    year = Number(match[1]);
    month = monthNumber(match[2]) || partMonth(match[2], end) || seasonMonth(match[2], end);
    if (!month) return null;
  } else if ((match = QUARTER.exec(written))) {
    // A quarter starts in its first month and ends in its third.
    month = (Number(match[1]) - 1) * 3 + (end ? 3 : 1);
    year = Number(match[2]);
  } else if ((match = YEAR_NAMED.exec(written))) {
    year = Number(match[1]);
    // "2020 lõpuni", "2017 sügisest": Estonian sets the part or the season after the year, in its case.
    month = monthNumber(match[2]) || seasonMonth(match[2], end) || partMonth(match[2], end);
    if (!month) return null;
  } else if ((match = NAMED_SHORT.exec(written))) {
    month = monthNumber(match[1]);
    year = fullYear(Number(match[2]));
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

const SCHOOL_YEAR = /^\d{4}\/\d{4}$/;
/** Seasons written "2019/2020 – praegu" or "2016/2017 – 2019/2020": from the first's first year to the last's last. */
const SEASONS = new RegExp(
  `(?<![\\d/])(${YEAR})/${YEAR}\\s*(?:-{1,2}|–|—|kuni|to|tot)\\s*(?:${YEAR}/(${YEAR})|${ONGOING})(?![\\p{L}\\d])`,
  'iu',
);

/** "July–August 2020 and 2021": the same span again a later year, which the period then runs to. */
const AND_LATER_YEAR = /^\s*(?:and|en|ja|&)\s+((?:19|20)\d\d)(?![\d./-])/i;

/** "April 2022 onwards": a start and no end. */
const ONWARDS = new RegExp(`(?<![\\p{L}\\d./-])(${DATE})\\s+(?:and\\s+)?(?:onwards?|en verder)(?![\\p{L}])`, 'iu');

/** The first period written in a line, or null. */
export function findPeriod(line: string): Period | null {
  const period = firstPeriod(line);
  if (!period?.end) return period;
  const again = AND_LATER_YEAR.exec(line.slice(period.index + period.length));
  const year = again ? Number(again[1]) : 0;
  if (year <= Number(period.end.slice(0, 4))) return period;
  const end = `${year}${period.end.slice(4)}`;
  return { ...period, end: end.endsWith('-02-29') ? `${year}-02-28` : end, length: period.length + again![0].length };
}

function firstPeriod(line: string): Period | null {
  // Most lines hold no year at all; one cheap test spares them the three patterns below.
  if (!HAS_YEAR.test(line)) return null;
  let match = RANGE.exec(line) ?? (line.includes(':') ? LABELLED_RANGE.exec(line) : null);
  // "2023/2024" is how a school year or a season is written, not a period of two years: "schooljaar 2025/2026".
  if (match && SCHOOL_YEAR.test(match[0]) && Number(match[0].slice(5)) === Number(match[0].slice(0, 4)) + 1)
    match = SEASONS.exec(line);
  if (match) {
    const start = parseDate(match[1], false);
    const end = match[2] ? parseDate(match[2], true) : null;
    // A form's end date left empty is a job still held.
    if (start && (!match[2] || (end && end.date >= start.date))) {
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
  match = BETWEEN.exec(line);
  if (match) {
    const start = parseDate(match[1], false);
    const end = parseDate(match[2], true);
    if (start && end && end.date >= start.date)
      return {
        start: start.date,
        end: end.date,
        index: match.index,
        length: match[0].length,
        precision: start.precision,
      };
  }
  match = DANGLING.exec(line);
  if (match) {
    const start = parseDate(match[1], false);
    if (start)
      return { start: start.date, end: null, index: match.index, length: match[0].length, precision: start.precision };
  }
  for (const since of [SINCE, ELATIVE_SINCE, ONWARDS]) {
    match = since.exec(line);
    if (!match) continue;
    const start = parseDate(match[1], false);
    if (start)
      return { start: start.date, end: null, index: match.index, length: match[0].length, precision: start.precision };
  }
  return null;
}

/** A period as RANGE reads it, but at any place, whatever stands before it. */
const GLUED_RANGE = new RegExp(`(${DATE})${SEPARATOR}(?:(${END_DATE})|(${ONGOING}))`, 'iuy');
const GLUED_BEFORE = /[\p{L}.)]/u;
const GLUED_AFTER = /^\p{Lu}/u;
const LONGEST_GLUED_LINE = 200;
const MONTH_AND_SPACE = 14;
/** What a glued line has somewhere: a letter against a digit, a lower case letter against a capital, a dot against a letter. */
const MAY_BE_GLUED = /[\p{L}.)]\d|\d\p{L}|\p{Ll}\p{Lu}|\.\p{Ll}/u;

/**
 * A PDF converted without its tabs runs a job's dates into the words beside
 * them: "Sales Operations AnalystJune 2023 – Present", "05/2017 – 12/2021Müügiesindaja".
 * The first period that stands glued to a letter is set apart with the " | " of a
 * table's cells; a line whose dates stand free comes back as it was.
 */
export function unglueDates(line: string): string {
  if (line.length > LONGEST_GLUED_LINE || !HAS_YEAR.test(line) || !MAY_BE_GLUED.test(line)) return line;
  for (let at = 0; at < line.length; at++) {
    const before = at > 0 ? line[at - 1] : ' ';
    const glued = GLUED_BEFORE.test(before);
    // A date starts within a few letters of its year; most places in a line are nowhere near one.
    if (!(glued || /[\s|(]/.test(before)) || !/\d/.test(line.slice(at, at + MONTH_AND_SPACE))) continue;
    GLUED_RANGE.lastIndex = at;
    const match = GLUED_RANGE.exec(line);
    if (!match || !parseDate(match[1], false)) continue;
    const after = line.slice(at + match[0].length);
    const gluedAfter = GLUED_AFTER.test(after);
    if (!glued && !gluedAfter) return line;
    return `${line.slice(0, at)}${glued ? ' | ' : ''}${match[0]}${gluedAfter ? ' | ' : ''}${after}`;
  }
  return line;
}

/** The day before an ISO date. */
export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

const YEARS = new RegExp(`(?<![\\d.,])${YEAR}(?![\\d])`, 'g');

/** Every four-digit year in a line, in order. */
export function yearsIn(line: string): number[] {
  return (line.match(YEARS) ?? []).map(Number);
}

/** A two-digit year: up to ten years ahead of this one is this century, the rest the last ("'98" is 1998). */
function fullYear(short: number): number {
  const now = new Date().getUTCFullYear();
  const century = now - (now % 100);
  return century + short > now + 10 ? century - 100 + short : century + short;
}

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

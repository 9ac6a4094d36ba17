import { labelOfRow } from './labels';
import { findPeriod, parseDate, Period } from './dates';
import { MONTH_NAME, SEASON } from './months';
import { Line } from './lines';
import { Sections } from './sections';
import { pieces } from './job-header';
import { titleScore } from './titles';
import { normaliseText } from '../scoring/text';

/*
 * Where a job's dates stand in its lines, when that is not simply one period
 * on a header line: at the end of a paragraph a PDF wrapped, inside a long
 * paragraph, after an employer's own years, or in a duty that is no job.
 */

/** Where a job written as one long paragraph keeps its dates: in its opening words, or in brackets at its end. */
const PARAGRAPH_HEAD = 200;
const PARAGRAPH_TAIL = 48;

export function paragraphPeriod(text: string): Period | null {
  const head = findPeriod(text.slice(0, PARAGRAPH_HEAD));
  if (head) return head;
  const from = text.length - PARAGRAPH_TAIL;
  const tail = /\([^()]*\)\s*\.?$/.test(text) ? findPeriod(text.slice(from)) : null;
  return tail ? { ...tail, index: from + tail.index } : null;
}

/**
 * The line a wrapped paragraph began on, when a line carries nothing but the
 * paragraph's continuation and its dates in brackets at its end: it opens in
 * lower case, and the line before it ends mid-sentence with no dates of its own.
 */
export function wrappedHead(
  lines: Line[],
  sections: Sections,
  anchor: Line,
  period: Period,
  periods: (Period | null)[],
): Line | undefined {
  const before = lines[anchor.index - 1];
  if (anchor.bullet || !before?.text || periods[before.index] || sections.heading[before.index]) return undefined;
  if (!/^\p{Ll}/u.test(anchor.text) || /[.!?:;)]$/.test(before.text)) return undefined;
  const bracketed = /\(\s*$/.test(anchor.text.slice(0, period.index));
  return bracketed && period.index + period.length >= anchor.text.length - 2 ? before : undefined;
}

const SINCE_WORD = /^(?:since|sinds|vanaf|from|alates)\s/i;
/** Words after a "since" in brackets, before the bracket closes: the employer's new name or owner. */
const RENAMED = /^\s*\p{Lu}[^()]*\)/u;

/**
 * A line's period, or, when an employer's years stand in brackets before the
 * role's own ("Farmagroothandel B.V. (2004 – heden): Accountmanager, juni 2014
 * – heden"), the role's: the period that lies within the first.
 */
export function roleWithin(text: string): Period | null {
  const first = findPeriod(text);
  if (!first || !/\(\s*$/.test(text.slice(0, first.index))) return first;
  // "Nordmarin GmbH (since 2012 AquaDrive Germany GmbH)": when the employer took another name, not the job's dates.
  if (
    first.end === null &&
    SINCE_WORD.test(text.slice(first.index)) &&
    RENAMED.test(text.slice(first.index + first.length))
  )
    return null;
  const from = first.index + first.length;
  const second = findPeriod(text.slice(from));
  if (!second || second.start < first.start || (first.end !== null && (second.end ?? '9999') > first.end)) return first;
  return { ...second, index: from + second.index };
}

/** A season a job recurs in, before its "since": "Elke winter sinds oktober 2021", "Every summer since 2019". */
const EVERY_SEASON =
  /^[\s•*-]*(?:(?:elke|iedere|every|each|iga) )?(?:winter|zomer|summer|suvi|talv|season|seizoen|hooaeg)\p{L}*\s*$/iu;

/**
 * "• Won 9 new accounts since 2022": a list item whose only date is a "since"
 * after words that name no title and employer apart is a duty, not a job.
 */
export function sinceInDuty(line: Line, period: Period): boolean {
  if (!line.bullet || period.end !== null || !SINCE_WORD.test(line.text.slice(period.index))) return false;
  const before = line.text.slice(0, period.index);
  return /\p{L}/u.test(before) && pieces(before).length < 2 && !EVERY_SEASON.test(before);
}

/** A season or a month alone before a job's title, as a table sets a short job: "suvi 2024   Müüja – Rannakiosk OÜ". */
const ONE_SPAN = new RegExp(`^(?:${SEASON}|${MONTH_NAME})\\.?\\s+(?:19|20)\\d\\d(?=\\s{2,}|\\s*[|–—]\\s)`, 'iu');

/** A year alone as a period label's value, its length beside it or not: "Periood | 2017 (6 kuud)", "Period: 2019". */
const YEAR_ALONE = /^((?:19|20)\d\d)(?:\s*\([^()]*\))?\s*$/;

/** A form's row of duties ("Ülesanded | … ühendati 2017. aasta aprillis …"): its dates are no job's. */
export function dutiesRow(text: string): boolean {
  return labelOfRow(text)?.label === 'duties';
}

/**
 * An achievement with its years ("Grew my key accounts from £1.2m to £2.9m a year between 2011 and 2019"): a
 * figure that went from one amount to another tells of a job, it is not one.
 */
const FROM_AMOUNT_TO =
  /\b(?:from|van)\s*(?:[£€$]\s?\d[\d.,]*\s*(?:k|m|bn|mln|million|miljoen)?|\d[\d.,]*\s*(?:k|m|bn|mln|million|miljoen|%|€|eur))\s+(?:to|naar|tot)\s/i;

function achievementLine(text: string): boolean {
  if (!FROM_AMOUNT_TO.test(text)) return false;
  // Only in the sentence that holds the dates: a job's header may be followed by what was achieved in it.
  const period = findPeriod(text);
  if (!period) return false;
  const before = text.slice(0, period.index).search(/[.;:!?]\s[^.;:!?]*$/);
  const after = text.slice(period.index + period.length).search(/[.;!?](?:\s|$)/);
  const sentence = text.slice(
    before < 0 ? 0 : before + 1,
    after < 0 ? text.length : period.index + period.length + after,
  );
  return FROM_AMOUNT_TO.test(sentence);
}

/** The period of a job that lasted one season, one month or, as a label says, one year, from its first to its last day. */
export function oneSpan(text: string): Period | null {
  const labelled = labelOfRow(text);
  const year = labelled?.label === 'period' ? YEAR_ALONE.exec(labelled.value) : null;
  if (year) {
    const [start, end] = [parseDate(year[1], false), parseDate(year[1], true)];
    if (!start || !end) return null;
    return { start: start.date, end: end.date, index: text.indexOf(year[1]), length: 4, precision: start.precision };
  }
  const match = ONE_SPAN.exec(text);
  if (!match) return null;
  const start = parseDate(match[0], false);
  const end = parseDate(match[0], true);
  if (!start || !end) return null;
  return { start: start.date, end: end.date, index: 0, length: match[0].length, precision: start.precision };
}

/**
 * What follows a job's dates on its line, as far as it can name the job. A full stop right after the dates ends the
 * header, what follows being duties; but when what stood before the dates named no title, a short first sentence
 * that names one is the title ("Nordauto Import AS, 06.2015 – praegu. Fleet Key Account Manager. Pakkumised …").
 */
export function textAfterDates(rest: string, before: string): string {
  const text = rest.replace(/^\s*[)\]]/, '');
  if (!/^\s*\.\s/.test(text)) return text;
  const sentence = /^\s*\.\s+(\p{Lu}[^.]{1,60}?)(?:\.(?:\s|$)|$)/u.exec(text);
  if (!sentence || sentence[1].split(/\s+/).length > 4 || titleScore(normaliseText(sentence[1])) === 0) return '';
  if (pieces(before).some((piece) => titleScore(normaliseText(piece)) > 0)) return '';
  // "Ärikliendi müügijuht 2008 – 2015": a role's own years within its employer's are no part of its title.
  const own = findPeriod(sentence[1]);
  return own ? sentence[1].slice(0, own.index).trim() : sentence[1];
}

/** A dated line that is no job's own: a form's row of duties, an achievement with its years. */
export function noJobLine(text: string): boolean {
  return dutiesRow(text) || achievementLine(text);
}

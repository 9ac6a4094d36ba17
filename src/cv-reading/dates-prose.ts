import { DATE, HAS_YEAR, parseDate, Period } from './dates';

/*
 * Dates as prose tells them, for jobs told in sentences (work-prose.ts): the
 * first date a sentence names as a start, and the end it gives after "until".
 */
const LONE_DATE = new RegExp(`(?<![\\p{L}\\d./-])(${DATE})(?![\\p{L}\\d])`, 'iu');
/** "tot (en met)", "until", "kuni", also with the subject between: "tot ik in 2011 doorschoof", "until I left in 2018". */
const UNTIL_WORDS = String.raw`(?:tot(?:\s+en\s+met)?|t/m|until|till|through|up to|to|kuni)`;
const UNTIL_DATE = new RegExp(
  String.raw`(?<![\p{L}])${UNTIL_WORDS}\s+(?:(?:ik|I|we|wij|ma|mina)\s+(?:\p{L}+\s+)?(?:in\s+)?)?(${DATE})(?![\p{L}\d])`,
  'iu',
);
const UNTIL_BEFORE = new RegExp(String.raw`(?<![\p{L}])${UNTIL_WORDS}\s+(?:\S+\s+){0,2}$`, 'iu');

/** The first date written in a text as a start ("In juli 2015 maakte ik de overstap …"), or null. */
export function findStart(
  text: string,
): { date: string; precision: Period['precision']; index: number; length: number } | null {
  if (!HAS_YEAR.test(text)) return null;
  const dates = new RegExp(LONE_DATE.source, 'giu');
  for (let match = dates.exec(text); match; match = dates.exec(text)) {
    // A date after "until" is an end, not a start.
    if (UNTIL_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    const parsed = parseDate(match[1], false);
    if (parsed) return { ...parsed, index: match.index, length: match[0].length };
  }
  return null;
}

/** The end a text gives after "until", "tot", "kuni" ("Daar adviseerde ik tot en met juni 2019"), or null. */
export function findUntil(text: string): string | null {
  if (!HAS_YEAR.test(text)) return null;
  const match = UNTIL_DATE.exec(text);
  return match ? (parseDate(match[1], true)?.date ?? null) : null;
}

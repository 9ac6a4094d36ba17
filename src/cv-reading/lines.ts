import { normaliseText } from '../scoring/text';
import { findPeriod, HAS_YEAR, unglueDates } from './dates';
import { MONTH_NAME } from './months';
import { findColumnBlocks } from './text-columns';

/** One line of the CV's text, trimmed, with its place in the text and a normalised copy for matching. */
export interface Line {
  index: number;
  /** The line as written, without surrounding white space or a leading bullet. */
  text: string;
  /** Offsets of `text` in the CV's text, end exclusive. */
  start: number;
  end: number;
  /** Lower case, accents and punctuation gone (normaliseText). */
  norm: string;
  /** Whether the line opened with a bullet or a dash: list items are duties, not headers. */
  bullet: boolean;
  /** Whether that bullet was a number ("2. Werkervaring"), as numbered headings have. */
  numbered: boolean;
}

/**
 * A list item's mark: the usual signs, a number, the Symbol and Wingdings
 * bullets Word copies as private-use characters (U+F0B7 and kin), and Word's
 * "o" for a second level, which a tab follows.
 */
const BULLET = /^(?:[-–—•▪◦●○■□►▶✓✔*·+>\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8\uf0e0]|\d{1,2}[.)](?!\d)|o(?=\t))\s+/u;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const [from, to] of readingOrder(text)) {
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    let raw = text.slice(start, end);
    const bullet = BULLET.exec(raw);
    if (bullet) {
      start += bullet[0].length;
      raw = raw.slice(bullet[0].length);
    }
    // A heading set letter by letter ("E X P E R I E N C E", "W O R K  H I S T O R Y") is read as its words.
    if (LETTER_SPACED.test(raw))
      raw = raw
        .split(/\s{2,}/)
        .map((word) => word.replace(/ /g, ''))
        .join(' ');
    raw = unglueDates(raw);
    const numbered = !!bullet && /^\d/.test(bullet[0]);
    lines.push({
      index: lines.length,
      text: raw,
      start,
      end,
      norm: raw ? normaliseText(raw) : '',
      bullet: !!bullet,
      numbered,
    });
  }
  return joinWrappedPeriods(lines);
}

/** Where a period can break: after its dash (and a day), or after a month's name. */
const BROKEN_OFF = new RegExp(`(?:[–—-]\\s*\\d{0,2}|(?:^|\\s)(?:${MONTH_NAME})\\.?)$`, 'iu');
/** A wrapped period's second part is short: the rest of a date, "present". */
const LONGEST_PERIOD_TAIL = 40;

/**
 * A table cell too narrow for its period wraps it over two lines ("01 March
 * 2020 –" / "present", "15 August 2016 – 29" / "February 2020"): the two are
 * one line, spanning both, when only together they hold a period across the break.
 */
function joinWrappedPeriods(lines: Line[]): Line[] {
  const joined: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const broken = next?.text && !next.bullet && next.text.length <= LONGEST_PERIOD_TAIL && BROKEN_OFF.test(line.text);
    if (broken && HAS_YEAR.test(line.text + next.text)) {
      const own = findPeriod(line.text);
      const both = findPeriod(`${line.text} ${next.text}`);
      const across = both && both.index < line.text.length && both.index + both.length > line.text.length + 1;
      if (across && (!own || (own.end === null && own.index + own.length >= line.text.length - 1))) {
        const text = `${line.text} ${next.text}`;
        joined.push({ ...line, index: joined.length, text, end: next.end, norm: normaliseText(text) });
        i++;
        continue;
      }
    }
    joined.push({ ...line, index: joined.length });
  }
  return joined;
}

/**
 * Each line's offsets in the text, in reading order: as written, except that
 * a block set in two columns of text gives its left column's lines first,
 * then its right column's.
 */
function readingOrder(text: string): [number, number][] {
  const physical: [number, number][] = [];
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    physical.push([from, to]);
    from = to + 1;
  }
  const blocks = text.includes('   ') ? findColumnBlocks(physical.map(([from, to]) => text.slice(from, to))) : [];
  if (!blocks.length) return physical;
  const ordered: [number, number][] = [];
  let next = 0;
  for (const { from, to, at } of blocks) {
    ordered.push(...physical.slice(next, from));
    const block = physical.slice(from, to + 1);
    ordered.push(...block.map(([start, end]): [number, number] => [start, Math.min(end, start + at)]));
    ordered.push(
      ...block.filter(([start, end]) => end > start + at).map(([start, end]): [number, number] => [start + at, end]),
    );
    next = to + 1;
  }
  ordered.push(...physical.slice(next));
  return ordered;
}

const LETTER_SPACED = /^\p{L}(?: \p{L}){3,}(?: {2,}\p{L}(?: \p{L})+)*$/u;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 160 || code === 12 || code === 11 || code === 0x2009;
}

/** A span over lines first..last, both included. */
export function spanOf(first: Line, last: Line = first): { start: number; end: number } {
  return { start: first.start, end: Math.max(first.end, last.end) };
}

/** Where in `norm` (normalised text) a word starts with `stem`, or -1. */
export function wordStartAt(norm: string, stem: string): number {
  let at = norm.indexOf(stem);
  while (at !== -1) {
    if (at === 0 || norm.charCodeAt(at - 1) === 32) return at;
    at = norm.indexOf(stem, at + 1);
  }
  return -1;
}

export function hasWordStartingWith(norm: string, stem: string): boolean {
  return wordStartAt(norm, stem) >= 0;
}

/** Where `norm` holds `phrase` as whole words, or -1. */
export function wordsAt(norm: string, phrase: string): number {
  let at = norm.indexOf(phrase);
  while (at !== -1) {
    const before = at === 0 || norm.charCodeAt(at - 1) === 32;
    const afterAt = at + phrase.length;
    const after = afterAt === norm.length || norm.charCodeAt(afterAt) === 32;
    if (before && after) return at;
    at = norm.indexOf(phrase, at + 1);
  }
  return -1;
}

/**
 * Lines longer than this are prose, never a job's header, a course or a
 * certificate; the readers of those skip them, which also keeps their
 * patterns from running over a hostile line of a hundred thousand characters.
 */
export const LONGEST_ITEM = 300;

/** Keeps a string inside a DTO's length limit. */
export function clip(value: string, max: number): string {
  return value.length <= max ? value : value.slice(0, max).trimEnd();
}

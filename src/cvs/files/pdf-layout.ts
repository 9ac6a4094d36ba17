/** A run of text as a PDF page places it: top-left origin, points. */
export interface PlacedText {
  text: string;
  x: number;
  /** Baseline, growing downwards. */
  y: number;
  width: number;
  /** Font size, to scale the gaps that separate words and columns. */
  size: number;
}

/** Words on one line that sit close together: a column's share of a line. */
interface Segment {
  text: string;
  start: number;
  end: number;
  y: number;
  size: number;
}

const GAP_WORD = 0.15;
const GAP_SEGMENT = 1.5;
const SAME_LINE = 0.5;
const MIN_COLUMN_LINES = 3;
const MAX_CROSSING_SHARE = 0.2;
const MAX_CANDIDATES = 4;
/** Short right-hand runs next to every left-hand line are dates or places, not a column. */
const ANNOTATION_LENGTH = 30;
/** Short left-hand runs, each beside a right-hand one, are a form's labels. */
const LABEL_LENGTH = 30;
/** At least this share of a left column's runs holding a year makes it a table's column of dates. */
const DATED_SHARE = 0.6;
/** At most this share of a form's labels are different: each entry repeats them. */
const REPEATED_LABELS = 0.6;
/** At least this share of a form's label runs stand beside a value: a label that wraps ("Occupation or position" / "held") leaves its second run alone. */
const LABELS_PAIRED = 0.6;

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Items in content-stream order become segments: a new line when the baseline moves. */
function toSegments(items: PlacedText[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (const item of items) {
    if (item.text === '') continue;
    // pdf.js fills gaps with blank items as wide as the gap; they must not bridge columns.
    if (item.text.trim() === '') {
      if (current && !/\s$/.test(current.text)) current.text += ' ';
      continue;
    }
    const size = item.size > 0 ? item.size : 10;
    const sameLine = current && Math.abs(item.y - current.y) <= SAME_LINE * Math.min(size, current.size);
    const gap = current ? item.x - current.end : 0;
    if (current && sameLine && gap >= -size && gap <= GAP_SEGMENT * size) {
      const needsSpace = gap > GAP_WORD * size && !/\s$/.test(current.text) && !/^\s/.test(item.text);
      current.text += (needsSpace ? ' ' : '') + item.text;
      current.end = Math.max(current.end, item.x + item.width);
      continue;
    }
    if (current && tidy(current.text)) segments.push(current);
    current = { text: item.text, start: item.x, end: item.x + item.width, y: item.y, size };
  }
  if (current && tidy(current.text)) segments.push(current);
  return segments;
}

/**
 * Finds the left edge of a second column: an x where at least three runs start, away from
 * the margins, with text to its left at the same height, few lines crossing it, and not
 * merely a row of dates beside every entry.
 */
interface Columns {
  gutter: number;
  top: number;
  bottom: number;
}

function findGutter(segments: Segment[], pageWidth: number): Columns | undefined {
  const starts = new Map<number, Segment[]>();
  for (const segment of segments) {
    if (segment.start < pageWidth * 0.2 || segment.start > pageWidth * 0.8) continue;
    const key = Math.round(segment.start / 2) * 2;
    const list = starts.get(key);
    if (list) list.push(segment);
    else starts.set(key, [segment]);
  }
  // The few most shared left edges are enough, and keep a page of many runs linear.
  const candidates = [...starts.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, MAX_CANDIDATES);
  for (const [gutter, right] of candidates) {
    if (right.length < MIN_COLUMN_LINES) break;
    const top = right.reduce((least, segment) => Math.min(least, segment.y), Infinity);
    const bottom = right.reduce((most, segment) => Math.max(most, segment.y), -Infinity);
    const band = segments.filter((segment) => segment.y >= top && segment.y <= bottom);
    const left = band.filter((segment) => segment.end <= gutter + 1);
    const crossing = band.filter((segment) => segment.start < gutter - 3 && segment.end > gutter + 3);
    if (left.length < MIN_COLUMN_LINES) continue;
    if (crossing.length > MAX_CROSSING_SHARE * band.length) continue;
    const rightSide = band.filter((segment) => segment.start >= gutter - 3);
    const leftLines = new Set(left.map((segment) => Math.round(segment.y)));
    const beside = (r: Segment) => [-1, 0, 1].some((d) => leftLines.has(Math.round(r.y) + d));
    // A cell that wrapped ("(projekt, Ajutine Juht" / "OÜ kaudu)") continues the run above it, beside its row.
    const paired = rightSide.filter(
      (r) =>
        beside(r) ||
        rightSide.some(
          (above) =>
            beside(above) && Math.abs(above.start - r.start) <= 3 && r.y > above.y && r.y - above.y <= 1.5 * r.size,
        ),
    );
    const annotations =
      rightSide.every((segment) => tidy(segment.text).length <= ANNOTATION_LENGTH) &&
      paired.length >= 0.9 * rightSide.length;
    // A form's labels beside their values ("Ametinimetus | Ärikliendihaldur"), the same few labels again for
    // each entry, are rows of a table, not a column.
    const rightLines = new Set(rightSide.map((segment) => Math.round(segment.y)));
    // Counted over the runs that stand beside a value: the headings and lists between the forms stand alone.
    const pairedLeft = left
      .filter((l) => [-1, 0, 1].some((d) => rightLines.has(Math.round(l.y) + d)))
      .map((segment) => tidy(segment.text));
    const labels =
      pairedLeft.every((text) => text.length <= LABEL_LENGTH) &&
      new Set(pairedLeft).size <= REPEATED_LABELS * pairedLeft.length &&
      pairedLeft.length >= LABELS_PAIRED * left.length;
    // A work table's first column of dates, narrow enough to wrap ("03-Jan-2018 – 10-" / "Jul-2021"), is a column
    // of cells beside their rows, not a sidebar: a sidebar seldom dates most of its lines.
    // Counted per line: a table of three columns or more has its dates and another cell side by side on the left.
    const leftRows = new Map<number, string>();
    for (const segment of left) {
      const y = Math.round(segment.y);
      leftRows.set(y, `${leftRows.get(y) ?? ''} ${tidy(segment.text)}`);
    }
    const dated = [...leftRows.values()].filter((text) => YEAR.test(text)).length;
    // A cell that wrapped ("Maasvlakte | 09/2022 – present" / "Warehousing B.V.") is part of the dated row above it.
    const size = left[0]?.size ?? 10;
    const ys = [...leftRows.keys()].sort((a, b) => a - b);
    const wrapped = ys.filter(
      (y, i) =>
        i > 0 && !YEAR.test(leftRows.get(y)!) && YEAR.test(leftRows.get(ys[i - 1])!) && y - ys[i - 1] <= 1.5 * size,
    ).length;
    const dateColumn = dated >= MIN_COLUMN_LINES && dated >= DATED_SHARE * (leftRows.size - wrapped);
    // … and so is a table whose dates stand to the right ("Functie | Bedrijf | Jaren"): nearly every row on the
    // right has a cell beside it on the left and a year, where a main column beside a sidebar runs on in duties.
    const rightRows = new Map<number, string>();
    for (const segment of rightSide) {
      const y = Math.round(segment.y);
      rightRows.set(y, `${rightRows.get(y) ?? ''} ${tidy(segment.text)}`);
    }
    const rightDated = [...rightRows.values()].filter((text) => YEAR.test(text)).length;
    const datedRows =
      rightDated >= MIN_COLUMN_LINES &&
      rightDated >= DATED_SHARE * rightRows.size &&
      paired.length >= 0.9 * rightSide.length;
    if (!annotations && !labels && !dateColumn && !datedRows) return { gutter, top, bottom };
  }
  return undefined;
}

/** Joins segments into lines top to bottom, side by side when on one baseline. */
function linesOf(segments: Segment[]): string[] {
  const ordered = [...segments].sort((a, b) => a.y - b.y || a.start - b.start);
  const right = segments.reduce((most, segment) => Math.max(most, segment.end), 0);
  const lines: PlacedLine[] = [];
  for (const segment of ordered) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(segment.y - last.y) <= SAME_LINE * Math.min(segment.size, last.size)) {
      last.parts.push(tidy(segment.text));
      last.end = Math.max(last.end, segment.end);
    } else if (last && brokenAtHyphen(last, segment)) {
      goOn(last, segment, '');
    } else if (last && hangsUnder(last, segment, right)) {
      hang(last, segment);
    } else {
      lines.push(placedLine(segment));
    }
  }
  return lines.map((line) => line.parts.join(CELL_GAP));
}

interface PlacedLine {
  y: number;
  size: number;
  start: number;
  end: number;
  parts: string[];
}

function placedLine(segment: Segment): PlacedLine {
  return { y: segment.y, size: segment.size, start: segment.start, end: segment.end, parts: [tidy(segment.text)] };
}

/** Bullets a list item opens with. */
const BULLET = /^[•·▪◦‣●○■□–-]\s/;
/** How far below a list item its wrapped words may stand, in font sizes. */
const WRAP_LINE = 1.7;
/** The width of an average letter, in font sizes: enough to tell whether a word would have fitted. */
const LETTER = 0.5;
/** A line that a year is on starts an entry of its own (a job's dates), whatever stands above it. */
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;
/** An item visibly cut short: a comma, a bracket left open, a joining word or a dash at its end. */
const CUT_SHORT = /(?:,|\([^)]*|\b(?:of|and|or|the|a|an|to|for|in|en|de|het|van|voor|ja|või|ning)|[–-])$/i;

/**
 * A list item that wrapped goes on under it ("• Canadian Securities Course" / "(CSC)"): indented to its
 * words, right of its bullet; or at the same edge when the item was visibly cut short or the wrapped part
 * goes on in lower case or a bracket, and its first word could not have fitted before the column's edge.
 * A line with a year on it is a wrapped part only after an item visibly cut short.
 */
function hangsUnder(item: PlacedLine, segment: Segment, right: number): boolean {
  const text = tidy(segment.text);
  const below = segment.y - item.y;
  const cutShort = CUT_SHORT.test(item.parts[item.parts.length - 1]);
  // A year starts the next entry, unless the item stopped mid-phrase ("(Institute of" / "Sales Management), 2021").
  if (!BULLET.test(item.parts[0] ?? '') || BULLET.test(text) || (YEAR.test(text) && !cutShort)) return false;
  if (below <= 0 || below > WRAP_LINE * Math.max(item.size, segment.size)) return false;
  if (segment.start > item.start + 0.4 * item.size) return true;
  const goesOn = cutShort || /^[\p{Ll}(]/u.test(text);
  const firstWord = text.split(' ')[0];
  return (
    goesOn &&
    Math.abs(segment.start - item.start) <= item.size &&
    item.end + (firstWord.length + 1) * LETTER * segment.size > right
  );
}

/**
 * Runs on one baseline with a gap between them wider than a word's (table cells, a title and its dates
 * set apart) are kept apart as a Word table's cells are: "01.2020 – praegu | Nordbetoon AS | Võtmekliendihaldur".
 */
const CELL_GAP = ' | ';

/** An address or link the writer broke between its characters ("…@example.c" / "om"): no word ends there. */
const UNBROKEN_TOKEN = /\S*(?:@|:\/\/|www\.)\S*$/;

/** Puts a wrapped part after the item it goes on from: after a space, or right after a broken address. */
function hang(item: PlacedLine, segment: Segment): void {
  const text = tidy(segment.text);
  const at = item.parts.length - 1;
  const broken =
    (UNBROKEN_TOKEN.test(item.parts[at]) && /^[\p{L}\d./-]/u.test(text)) ||
    // Broken before the "@": the part before it ends in a piece of an address ("kandidaat.kaheksa" / "kymmend@…").
    (/^[\w.%+-]+@/.test(text) && /(?:^|\s)[\w%+-]*[._\d][\w.%+-]*$/.test(item.parts[at]));
  goOn(item, segment, broken ? '' : ' ');
}

/** The item goes on with the segment's text on its last part, and now ends where the segment does. */
function goOn(item: PlacedLine, segment: Segment, glue: '' | ' '): void {
  item.parts[item.parts.length - 1] += glue + tidy(segment.text);
  [item.y, item.end] = [segment.y, segment.end];
}

/**
 * A narrow cell broke a word or a date at a hyphen ("03-Jan-2018 – 10-" / "Jul-2021"): the next line, right
 * under it at the same edge, goes on from the hyphen with no space.
 */
function brokenAtHyphen(item: PlacedLine, segment: Segment): boolean {
  const below = segment.y - item.y;
  return (
    /[\p{L}\d]-$/u.test(item.parts[item.parts.length - 1]) &&
    /^[\p{L}\d]/u.test(tidy(segment.text)) &&
    below > 0 &&
    below <= WRAP_LINE * Math.max(item.size, segment.size) &&
    Math.abs(segment.start - item.start) <= item.size
  );
}

/**
 * Turns a page's text items into lines. Without columns the content stream's order is kept
 * (it is the author's reading order in most files). With two columns, some writers emit the
 * page row by row, which would interleave the columns line by line; then the page is read by
 * position instead: what is above the columns, the left column, the right column, what is
 * below, with a line crossing both columns (a section heading) closing a block.
 */
export function layOutPage(items: PlacedText[], pageWidth: number): string[] {
  const segments = toSegments(items);
  const columns = findGutter(segments, pageWidth);
  if (columns === undefined) return inStreamOrder(segments);
  const { gutter, top, bottom } = columns;
  const output: string[] = [];
  let left: Segment[] = [];
  let right: Segment[] = [];
  const flush = () => {
    output.push(...linesOf(left), ...linesOf(right));
    left = [];
    right = [];
  };
  for (const segment of [...segments].sort((a, b) => a.y - b.y || a.start - b.start)) {
    const inBand = segment.y >= top && segment.y <= bottom;
    if (inBand && segment.end <= gutter + 1) left.push(segment);
    else if (inBand && segment.start >= gutter - 3) right.push(segment);
    else {
      flush();
      output.push(tidy(segment.text));
    }
  }
  flush();
  return output;
}

function inStreamOrder(segments: Segment[]): string[] {
  const lines: PlacedLine[] = [];
  const right = segments.reduce((most, segment) => Math.max(most, segment.end), 0);
  let previous: Segment | undefined;
  for (const segment of segments) {
    const last = lines[lines.length - 1];
    if (previous && Math.abs(segment.y - previous.y) <= SAME_LINE * Math.min(segment.size, previous.size)) {
      last.parts.push(tidy(segment.text));
      last.end = Math.max(last.end, segment.end);
    } else if (last && brokenAtHyphen(last, segment)) {
      goOn(last, segment, '');
    } else if (last && hangsUnder(last, segment, right)) {
      hang(last, segment);
    } else {
      lines.push(placedLine(segment));
    }
    previous = segment;
  }
  return lines.map((line) => line.parts.join(CELL_GAP));
}

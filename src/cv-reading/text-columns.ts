/*
 * A two-column CV saved as plain text (a PDF converted with its layout, a
 * Word page copied out) sets its sidebar beside the main column, separated
 * by a run of spaces: "09.2020 – praegu              eesti     emakeel".
 * Read line by line, the sidebar's languages become a job's title. Such a
 * block is found by the place where its right column starts, the same on
 * many lines, and read as two: the left column first, then the right.
 */

/** Lines [from, to] of the text whose right column starts at character `at`. */
export interface ColumnBlock {
  from: number;
  to: number;
  at: number;
}

/** A gap of at least this many spaces separates the columns. */
const MIN_GAP = 3;
/** A block holds at least this many lines that have text in both columns. */
const MIN_SPLIT_LINES = 4;
/** The left column is at least this wide: a short label and its value ("Tel:      +372 …") is no column. */
const MIN_LEFT = 30;
const YEAR = /\b(?:19|20)\d\d\b/;
const GAP = new RegExp(` {${MIN_GAP},}(?=\\S)`, 'g');
/** A page wider than this is no CV's text: its lines are not searched for columns. */
const MAX_LINE = 300;

/** Where a line's text resumes after a gap, from the left column's least width on. */
function splitsOf(line: string): number[] {
  if (line.length > MAX_LINE) return [];
  const at: number[] = [];
  for (const gap of line.matchAll(GAP)) {
    const position = gap.index + gap[0].length;
    if (position >= MIN_LEFT && /\S/.test(line.slice(0, gap.index))) at.push(position);
  }
  return at;
}

/** How a line stands to a column edge at `at`: across it, split by it, in the left or only in the right column. */
function sideOf(line: string, at: number): 'across' | 'split' | 'left' | 'right' | 'blank' {
  const text = line.trimEnd();
  if (!text.trim()) return 'blank';
  if (text.length <= at - 1) return 'left';
  const before = text.slice(0, at);
  if (!/^ +$/.test(before.slice(-2)) || text[at] === ' ') return 'across';
  return /\S/.test(before) ? 'split' : 'right';
}

/** The blocks of a text's lines that are two columns side by side. */
export function findColumnBlocks(lines: string[]): ColumnBlock[] {
  const counts = new Map<number, number>();
  for (const line of lines) for (const at of splitsOf(line)) counts.set(at, (counts.get(at) ?? 0) + 1);
  const edges = [...counts].filter(([, n]) => n >= MIN_SPLIT_LINES).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const blocks: ColumnBlock[] = [];
  const taken = new Set<number>();
  for (const [at] of edges) {
    let from = -1;
    let splits = 0;
    let flowing = false;
    let dated = 0;
    const close = (to: number) => {
      // Rows of a table split at one place too, every one of them, and most hold their dates on the left;
      // columns flow apart: some lines hold text on one side only.
      if (from >= 0 && splits >= MIN_SPLIT_LINES && flowing && dated * 2 < splits) {
        // The left column runs on below the right one; the block ends at the blank line that closes its section,
        // so that the next section's heading is not cut from its lines.
        let end = to;
        while (end > from && !['split', 'right'].includes(sideOf(lines[end], at))) end--;
        const lastRight = end;
        end = to;
        if (to < lines.length - 1) while (end > lastRight && sideOf(lines[end], at) !== 'blank') end--;
        blocks.push({ from, to: end, at });
        for (let i = from; i <= end; i++) taken.add(i);
      }
      from = -1;
      splits = 0;
      flowing = false;
      dated = 0;
    };
    for (let i = 0; i < lines.length; i++) {
      const side = taken.has(i) ? 'across' : sideOf(lines[i], at);
      if (side === 'across') {
        if (from >= 0) close(i - 1);
        continue;
      }
      if (from < 0) {
        if (side !== 'split') continue;
        from = i;
      }
      if (side === 'split') {
        splits++;
        if (YEAR.test(lines[i].slice(0, at))) dated++;
      } else if (side !== 'blank') flowing = true;
    }
    if (from >= 0) close(lines.length - 1);
  }
  return blocks.sort((a, b) => a.from - b.from);
}

import { languageCode } from '../imports/language-names';
import { Line } from './lines';
import { ProposedFact } from './types';

type Level = 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2' | 'native';

const ORDER = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const CEFR = /^[abc][12]$/;
/** The label a Europass CV puts before its mother tongues, normalised: "Mother tongue(s)", "Emakeel(ed)", "Moedertaal/talen". */
const MOTHER_TONGUE = /^(?:mother tongues?|emakeel(?:ed)?|moedertaal|moedertalen)(?: s| ed| talen)?(?: |$)/;
/** Words that may stand between language names in a list of them. */
const JOINERS = new Set(['and', 'en', 'ja', 'keel', 'keeled']);
/** A grid row holds one level per cell: listening, reading, spoken interaction, spoken production, writing. */
const MIN_CELLS = 3;
const MAX_CELLS = 5;

/**
 * The level a Europass self-assessment row gives a language: the median of its
 * cells (the lower middle when the count is even), so one strong or weak skill
 * does not decide it. "C1 C2 B2 B2 C1" is C1.
 */
export function gridLevel(cells: string[]): Level | undefined {
  if (cells.length < MIN_CELLS || cells.length > MAX_CELLS) return undefined;
  const ranks = cells.map((cell) => ORDER.indexOf(cell.toUpperCase())).sort((a, b) => a - b);
  if (ranks[0] < 0) return undefined;
  return ORDER[ranks[Math.floor((ranks.length - 1) / 2)]] as Level;
}

/** The codes of a short run of words that is only language names ("dutch frisian", "eesti keel"), else none. */
function namesOnly(words: string[]): string[] {
  const codes: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? languageCode(`${words[i]} ${words[i + 1]}`) : undefined;
    if (pair) {
      codes.push(pair);
      i++;
      continue;
    }
    const code = words[i].length > 2 ? languageCode(words[i]) : undefined;
    if (code) codes.push(code);
    else if (!JOINERS.has(words[i])) return [];
  }
  return codes;
}

/** The grid's column names, which a PDF may set beside each cell ("Listening C1 Reading C1 …"). */
const SKILL_WORDS = new Set(
  (
    'understanding listening reading speaking spoken interaction production writing ' +
    'begrijpen luisteren lezen spreken gesprekken voeren productie interactie schrijven ' +
    'arusaamine kuulamine lugemine raakimine suuline suhtlus esitus kirjutamine'
  ).split(' '),
);

/** A line's trailing CEFR cells (with any column names among them), and the words before them. */
function splitCells(norm: string): { head: string[]; cells: string[] } {
  const words = norm ? norm.split(' ') : [];
  const cells: string[] = [];
  let at = words.length;
  // More cells than a row holds end the scan: such a line is no row, however long.
  for (; at > 0 && cells.length <= MAX_CELLS; at--) {
    const word = words[at - 1];
    if (CEFR.test(word)) cells.push(word);
    else if (!SKILL_WORDS.has(word)) break;
  }
  cells.reverse();
  // Column names with no cell after them belong to a header, not to a row.
  if (!cells.length) at = words.length;
  return { head: words.slice(0, at), cells };
}

/**
 * Languages from the Europass layout, wherever its PDF text stands: the
 * mother-tongue label with its languages on the line or the next one
 * ("Mother tongue(s): Dutch, Frisian", "Emakeel(ed)" / "eesti"), and rows of
 * the self-assessment grid, a language with three to five CEFR cells on its
 * line ("English C1 C2 B2 B2 C1"), on the line after it or one a line below
 * it. A row must be a language's name and levels alone, so the grid's legend
 * ("A1 and A2: Basic user") and prose are not read.
 */
export function readLanguageGrid(lines: Line[]): ProposedFact[] {
  const facts: ProposedFact[] = [];
  const seen = new Set<string>();
  const add = (code: string, level: Level, first: Line, last: Line) => {
    if (seen.has(code)) return;
    seen.add(code);
    facts.push({
      kind: 'language',
      data: { language: code, level },
      span: { start: first.start, end: Math.max(first.end, last.end) },
      confidence: 0.9,
    });
  };
  const filled = lines.filter((line) => line.norm);
  for (let i = 0; i < filled.length; i++) {
    const line = filled[i];
    const label = MOTHER_TONGUE.exec(line.norm);
    if (label) {
      const rest = line.norm.slice(label[0].length).split(' ').filter(Boolean);
      const next = filled[i + 1];
      // The languages stand after the label, or on the next line when nothing follows it.
      const below = !rest.length && next && next.norm.split(' ').length <= 6;
      const codes = below ? namesOnly(next.norm.split(' ')) : namesOnly(rest);
      for (const code of codes) add(code, 'native', line, below ? next : line);
      continue;
    }
    const { head, cells } = splitCells(line.norm);
    if (head.length === 0 || head.length > 3) continue;
    const codes = namesOnly(head);
    if (codes.length !== 1) continue;
    const inline = gridLevel(cells);
    if (inline) {
      add(codes[0], inline, line, line);
      continue;
    }
    if (cells.length) continue;
    // The cells on the lines below: all on one line, or one a line.
    const below: string[] = [];
    let last = line;
    for (let j = i + 1; j < filled.length && j <= i + MAX_CELLS && below.length < MAX_CELLS; j++) {
      const row = splitCells(filled[j].norm);
      if (row.head.length || !row.cells.length) break;
      below.push(...row.cells);
      last = filled[j];
    }
    const level = gridLevel(below);
    if (level) add(codes[0], level, line, last);
  }
  return facts;
}

import { Line } from './lines';
import { Sections } from './sections';

/** Lines that belong together: a PDF wraps one sentence or one bullet over several lines. */
export interface Paragraph {
  first: Line;
  last: Line;
  text: string;
  norm: string;
}

/**
 * Joins wrapped lines back into paragraphs. A paragraph ends at an empty
 * line, a heading, a bullet (which opens the next one), after a short line,
 * or at a line that `standsAlone` says is not prose, such as a job's dates.
 */
const WRAPPED = 45;

export function paragraphs(lines: Line[], sections: Sections, standsAlone: (line: Line) => boolean): Paragraph[] {
  const found: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (const line of lines) {
    const alone = standsAlone(line);
    if (!line.text || sections.heading[line.index] || alone || line.bullet || !open) {
      open = null;
      if (!line.text || sections.heading[line.index] || alone) continue;
      open = { first: line, last: line, text: line.text, norm: line.norm };
      found.push(open);
      continue;
    }
    // Only a long line was wrapped; a short one ended where its writer ended it.
    if (sections.kindsOf[line.index] !== sections.kindsOf[open.first.index] || open.last.text.length < WRAPPED) {
      open = { first: line, last: line, text: line.text, norm: line.norm };
      found.push(open);
      continue;
    }
    // A word split at a line end ("omzet-\nverantwoordelijkheid") is joined without the hyphen.
    const hyphen = open.text.endsWith('-') && /^\p{Ll}/u.test(line.text);
    open.text = hyphen ? open.text.slice(0, -1) + line.text : `${open.text} ${line.text}`;
    open.norm = hyphen ? open.norm + line.norm : `${open.norm} ${line.norm}`;
    open.last = line;
  }
  return found;
}

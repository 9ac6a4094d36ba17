import { yearsIn } from './dates';
import { levelIn } from './education';
import { clip, Line, LONGEST_ITEM } from './lines';
import { Sections } from './sections';
import { ProposedFact } from './types';

/** Certifications CVs name by their acronym; found anywhere, as written in capitals (PRINCE2 also as Prince2). */
const ACRONYMS =
  /(?<![\p{L}\d])(CFP|CTP|CFA|PMP|PRINCE2|Prince2|ITIL|CPA|ACCA|CIMA|CISA|CISSP|CSM|PSM|IPMA|CMA|FRM|CAIA|ISTQB|TOGAF|CAPM|PMI-ACP|SHRM-CP|CIPS|CEMAP|DipPFS|EFA|EFP|FFP|RBc|RB|RA|AA|Lean Six Sigma|Six Sigma(?: \w+ Belt)?|Scrum Master)(?![\p{L}\d])/u;
/** The Dutch statutory diplomas for financial advice are named "Wft" and the module: "Wft Basis", "Wft Vermogen". */
const WFT = /(?<![\p{L}])Wft(?:\s+\p{Lu}[\p{L}-]+){1,3}/u;
/** A driving licence is personal particulars, not a professional certificate, under whatever heading. */
const DRIVING_LICENCE = /rijbewijs|driving licen|drivers licen|juhiluba|juhiload|juhtimisoigus|fuhrerschein/;
const YEAR_PART = /\s*[,(–—-]?\s*\(?(?:19|20)\d{2}\)?\s*$/;

/** A certificate is named in a few words; a sentence under the heading is prose about one. */
function listItem(text: string): boolean {
  return text.length <= 100 && text.split(/\s+/).length <= 10 && !/[.!?]$/.test(text);
}

export function readCertifications(lines: Line[], sections: Sections): ProposedFact[] {
  const facts: ProposedFact[] = [];
  const seen = new Set<string>();
  const add = (name: string, line: Line, confidence: number) => {
    const key = name.toUpperCase();
    if (seen.has(key)) return;
    seen.add(key);
    const year = yearsIn(line.text).pop();
    facts.push({
      kind: 'certification',
      data: { name: clip(name, 100), ...(year ? { year } : {}) },
      span: { start: line.start, end: line.end },
      confidence,
    });
  };
  for (const line of lines) {
    if (!line.text || line.text.length > LONGEST_ITEM || DRIVING_LICENCE.test(line.norm)) continue;
    const kinds = sections.kindsOf[line.index];
    const underHeading =
      kinds.includes('certifications') && !(sections.heading[line.index] && !sections.inline[line.index]);
    const wft = WFT.exec(line.text)?.[0];
    // Under a courses heading it is the course that led to the diploma, and read as one.
    if (wft && (underHeading || !kinds.includes('courses'))) {
      add(wft, line, underHeading ? 0.9 : 0.75);
      continue;
    }
    const acronym = ACRONYMS.exec(line.text)?.[1];
    // Two-letter Dutch registrations (RA, AA, RB) are words elsewhere, and "Scrum Master" is also a job title.
    if (acronym && (underHeading || (acronym.length > 2 && acronym !== 'Scrum Master'))) {
      add(acronym === 'Prince2' ? 'PRINCE2' : acronym, line, underHeading ? 0.9 : 0.7);
    } else if (underHeading && listItem(line.text) && (kinds.length === 1 || onlyBesideDiplomas(kinds, line))) {
      const name = line.text
        .replace(/^[^:]{3,40}:\s*/, sections.inline[line.index] ? '' : '$&')
        .replace(YEAR_PART, '')
        .trim();
      if (/\p{L}{2}/u.test(name)) add(name, line, 0.75);
    }
  }
  return facts;
}

/** Under "Diploma's en certificaten" a line that names no degree is a certificate. */
function onlyBesideDiplomas(kinds: string[], line: Line): boolean {
  return kinds.length === 2 && kinds.includes('education') && !levelIn(line);
}

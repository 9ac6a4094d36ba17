import { languageCode } from '../imports/language-names';
import { normaliseText } from '../scoring/text';
import { competenciesIn } from './competencies';
import { clip, Line, LONGEST_ITEM } from './lines';
import { Sections } from './sections';
import { ProposedFact } from './types';

const ITEM_SEPARATOR = /\s*[,;|•·]\s*|\s+[–—-]\s+/;
const MAX_WORDS = 5;

/**
 * Skills under a skills heading that the competency catalogue does not know
 * ("Salesforce CRM", "MS Excel"), kept as written: the recruiter sees them,
 * the screening does not score them. Sentences are left out.
 */
export function readSkills(lines: Line[], sections: Sections): ProposedFact[] {
  const facts: ProposedFact[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (!line.text || line.text.length > LONGEST_ITEM || !sections.kindsOf[line.index].includes('skills')) continue;
    if (sections.heading[line.index] && !sections.inline[line.index]) continue;
    const text = sections.inline[line.index] ? line.text.replace(/^[^:]+:\s*/, '') : line.text;
    // "Engels – vloeiend" under skills is a language, which the language reader takes.
    const first = line.norm.split(' ')[0];
    if (first.length > 2 && languageCode(first)) continue;
    for (const item of text.split(ITEM_SEPARATOR)) {
      const name = item.replace(/[.:]+$/, '').trim();
      const norm = normaliseText(name);
      if (!/\p{L}{2}/u.test(name) || name.split(/\s+/).length > MAX_WORDS || seen.has(norm)) continue;
      if (competenciesIn(norm).length) continue;
      seen.add(norm);
      facts.push({
        kind: 'skill',
        data: { name: clip(name, 200) },
        span: { start: line.start, end: line.end },
        confidence: 0.6,
      });
    }
  }
  return facts;
}

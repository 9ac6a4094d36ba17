import { COMPETENCIES } from '../scoring/competency-catalogue';
import { normaliseText } from '../scoring/text';
import { clip, Line, wordsAt, wordStartAt } from './lines';
import { Sections } from './sections';
import { ProposedFact } from './types';

/*
 * Each catalogue name and synonym as word stems. Short words must stand
 * whole ("müük", "loov"); longer ones may carry an ending, and the longer
 * the word the more of it may change: "onderhandelen" finds
 * "onderhandelingsvaardig", "klantgericht" finds "klantgerichtheid".
 * Stems are stricter than the scorer's phraseMatcher, because a CV has far
 * more words than a field of study: "sales" must not find "Salesforce".
 */
const CONNECTORS = new Set(['en', 'ja', 'and', 'of', 'skills', 'vaardigheid', 'oskus']);

interface Term {
  code: string;
  stems: { stem: string; whole: boolean }[];
}

function stemOf(word: string): { stem: string; whole: boolean } {
  if (word.length <= 5) return { stem: word, whole: true };
  if (word.length <= 8) return { stem: word.slice(0, word.length - 1), whole: false };
  return { stem: word.slice(0, Math.max(8, word.length - 3)), whole: false };
}

const TERMS: Term[] = COMPETENCIES.flatMap((competency) =>
  [...Object.values(competency.name), ...competency.synonyms].map((phrase) => {
    const words = normaliseText(phrase).split(' ');
    const kept = words.length > 1 ? words.filter((word) => !CONNECTORS.has(word)) : words;
    return { code: competency.code, stems: kept.map(stemOf) };
  }),
);

const STRONG = /\b(?:uitstekend|zeer sterk|excellent|expert|advanced|gevorderd|vaga hea|suureparane|outstanding)\b/;

/**
 * The codes a normalised line names. Where one match lies inside a longer
 * one ("analysis" inside "financial analysis"), only the longer counts.
 */
export function competenciesIn(norm: string): string[] {
  const found: { code: string; from: number; to: number; words: number }[] = [];
  for (const term of TERMS) {
    let from = Infinity;
    let to = -1;
    for (const { stem, whole } of term.stems) {
      const at = whole ? wordsAt(norm, stem) : wordStartAt(norm, stem);
      if (at < 0) {
        to = -1;
        break;
      }
      from = Math.min(from, at);
      to = Math.max(to, at + stem.length);
    }
    if (to >= 0) found.push({ code: term.code, from, to, words: term.stems.length });
  }
  const codes: string[] = [];
  for (const match of found) {
    const inside = found.some(
      (other) =>
        other.code !== match.code && other.words > match.words && other.from <= match.from && other.to >= match.to,
    );
    if (!inside && !codes.includes(match.code)) codes.push(match.code);
  }
  return codes;
}

/**
 * Competencies named under a skills heading; where a CV has none, those its
 * profile names, less surely. Duties are left out: "coachen van een team"
 * tells what the job asked, not what the candidate claims.
 */
export function readCompetencies(lines: Line[], sections: Sections): ProposedFact[] {
  const under = (kind: 'skills' | 'profile') =>
    lines.filter(
      (line) =>
        line.text &&
        sections.kindsOf[line.index].includes(kind) &&
        !(sections.heading[line.index] && !sections.inline[line.index]),
    );
  let source = under('skills');
  let confidence = 0.85;
  let facts = factsFrom(source, confidence);
  if (facts.length === 0) {
    source = under('profile');
    confidence = 0.5;
    facts = factsFrom(source, confidence);
  }
  return facts;
}

function factsFrom(lines: Line[], confidence: number): ProposedFact[] {
  const seen = new Set<string>();
  const facts: ProposedFact[] = [];
  for (const line of lines) {
    for (const code of competenciesIn(line.norm)) {
      if (seen.has(code)) continue;
      seen.add(code);
      facts.push({
        kind: 'competency',
        data: { code, level: STRONG.test(line.norm) ? 4 : 3, evidence: clip(line.text, 2000) },
        span: { start: line.start, end: line.end },
        confidence,
      });
    }
  }
  return facts;
}

import { COMPETENCIES } from '../scoring/competency-catalogue';
import { normaliseText } from '../scoring/text';
import { clip, Line } from './lines';
import { Sections } from './sections';
import { titleScore } from './titles';
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
  /** A word that in prose names a job or a trade ("sales", "verkoop") rather than a skill claimed. */
  generic: boolean;
}

const GENERIC_IN_PROSE = new Set(['sales', 'selling', 'muuk', 'muugitoo', 'verkopen', 'commercieel', 'analysis']);

function stemOf(word: string): { stem: string; whole: boolean } {
  if (word.length <= 5) return { stem: word, whole: true };
  // An Estonian compound on "töö" (work) is told by it: "meeskonnatöö" is teamwork, "meeskonna plaan" is not.
  if (word.endsWith('too') && word.length > 8) return { stem: word.slice(0, -1), whole: false };
  if (word.length <= 8) return { stem: word.slice(0, word.length - 1), whole: false };
  return { stem: word.slice(0, Math.max(8, word.length - 3)), whole: false };
}

const TERMS: Term[] = COMPETENCIES.flatMap((competency) =>
  [...Object.values(competency.name), ...competency.synonyms].map((phrase) => {
    const words = normaliseText(phrase).split(' ');
    const kept = words.length > 1 ? words.filter((word) => !CONNECTORS.has(word)) : words;
    return { code: competency.code, stems: kept.map(stemOf), generic: GENERIC_IN_PROSE.has(kept.join(' ')) };
  }),
);

/** Words that in prose name the clients ("agrarische ondernemingen", "mkb-ondernemers"), not a trait of the candidate. */
const CLIENT_NOUNS =
  /^(?:ondernemingen|onderneming|ondernemers|ettevotjad|ettevotjatele|ettevotjatega|entrepreneurs|businesses)$/;

const STRONG = /\b(?:uitstekend|zeer sterk|excellent|expert|advanced|gevorderd|vaga hea|suureparane|outstanding)\b/;

/*
 * One pass of one pattern finds every stem that starts a word in a line; the
 * longest stem wins at a place, so each stem also stands for the shorter
 * stems it begins with ("onderhandeling" for "onderhande").
 */
const OPEN_STEMS = [...new Set(TERMS.flatMap((term) => term.stems.filter((s) => !s.whole).map((s) => s.stem)))].sort(
  (a, b) => b.length - a.length,
);
const STEM_PATTERN = new RegExp(`(?<![a-z0-9])(?:${OPEN_STEMS.join('|')})`, 'g');
const PREFIXES = new Map(OPEN_STEMS.map((stem) => [stem, OPEN_STEMS.filter((other) => stem.startsWith(other))]));

/** Where each stem and whole word first stands in a normalised line. */
function placesIn(norm: string): Map<string, number> {
  const places = new Map<string, number>();
  STEM_PATTERN.lastIndex = 0;
  for (let match = STEM_PATTERN.exec(norm); match; match = STEM_PATTERN.exec(norm)) {
    for (const stem of PREFIXES.get(match[0])!) if (!places.has(stem)) places.set(stem, match.index);
  }
  let at = 0;
  for (const word of norm.split(' ')) {
    if (word.length <= 5 && !places.has(` ${word}`)) places.set(` ${word}`, at);
    at += word.length + 1;
  }
  return places;
}

/** Sales named as a department or a colleague group around the word, not claimed as a skill. */
const DEPARTMENT_AFTER =
  /\b(?:with|between|and|pre|met|tussen|koos)\s+(?:the\s+|de\s+)?sales\b|\bsales\s+(?:office|team|department|colleagues|afdeling|kantoor|binnendienst)\b|\bmuugi(?:osakon|meeskon)\w*/;

/** A person's noun right after a stem's word: "sales representative", "verkoop medewerker", "sales executive". */
const PERSON_AFTER =
  /^\S* (?:representatives?|reps?|managers?|executives?|directors?|advis[eo]rs?|consultants?|engineers?|assistants?|officers?|specialists?|medewerkers?|adviseurs?|vertegenwoordigers?|spetsialist\w*|esindaja\w*|konsultant\w*|juht\w*)(?: |$)/;

function wordAt(norm: string, at: number): string {
  const end = norm.indexOf(' ', at);
  return norm.slice(at, end === -1 ? norm.length : end);
}

/**
 * The codes a normalised line names. Where one match lies inside a longer
 * one ("analysis" inside "financial analysis"), only the longer counts.
 */
export function competenciesIn(norm: string, prose = false): string[] {
  const places = placesIn(norm);
  const found: { code: string; from: number; to: number; words: number }[] = [];
  for (const term of TERMS) {
    if (prose && term.generic) continue;
    let from = Infinity;
    let to = -1;
    for (const { stem, whole } of term.stems) {
      const at = places.get(whole ? ` ${stem}` : stem);
      if (at === undefined) {
        to = -1;
        break;
      }
      // In prose a job title ("ervaren relatiebeheerder", "sales representative") is not a claimed skill;
      // anywhere, a word before a person's noun names a job ("gained as a sales representative").
      if (
        (prose && (titleScore(wordAt(norm, at)) > 0 || CLIENT_NOUNS.test(wordAt(norm, at)))) ||
        PERSON_AFTER.test(norm.slice(at + stem.length))
      ) {
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
    // "Team player with sales and production", "pre-sales", "the sales office": a department, not the skill.
    if (match.code === 'sales' && DEPARTMENT_AFTER.test(norm.slice(Math.max(0, match.from - 9), match.to + 12)))
      continue;
    const inside = found.some(
      (other) =>
        other.code !== match.code && other.words > match.words && other.from <= match.from && other.to >= match.to,
    );
    if (!inside && !codes.includes(match.code)) codes.push(match.code);
  }
  return codes;
}

const SHORT_ITEM_WORDS = 4;
const LEAD_WORDS = 3;

/**
 * What a list item under an unknown heading claims: a short item whole, or
 * the lead of a longer one, the words before a colon ("Analytisch: ik leef in
 * Excel") or its first word when it opens as a trait ("Overtuigend in
 * gesprekken met inkopers"). The rest tells where, not what.
 */
function listItemLead(line: Line): Line | null {
  const words = line.norm.split(' ');
  if (words.length <= SHORT_ITEM_WORDS) return line;
  const colon = line.text.indexOf(':');
  if (colon > 0) {
    const lead = normaliseText(line.text.slice(0, colon));
    return lead.split(' ').length <= LEAD_WORDS ? { ...line, norm: lead } : null;
  }
  return words.length <= 6 ? { ...line, norm: words[0] } : null;
}
/** Competencies a duty shows by naming them: coaching others, working with others, negotiating, planning. */
const SHOWN_IN_DUTIES = new Set(['coaching', 'teamwork', 'negotiation', 'organisation']);

const LISTED: string[] = ['work', 'education', 'courses', 'languages', 'certifications', 'personal'];

/**
 * Competencies the candidate claims: under a skills heading, in the profile,
 * and in short lists under a heading Sift does not know ("WAT IK GOED KAN").
 * Duties show only what they name as such: "coaching of MRs", "koostöö
 * köögiga", "price negotiations with buyers", "vahetuste planeerimine" show
 * coaching, teamwork, negotiation and planning, at half the confidence; other
 * words in duties ("customer focus" of a shop) tell what the job asked, not
 * what the candidate claims.
 */
export function readCompetencies(
  lines: Line[],
  sections: Sections,
  dutyLines: Set<number> = new Set(),
): ProposedFact[] {
  const skills: Line[] = [];
  const profile: Line[] = [];
  const lists: Line[] = [];
  const duties: Line[] = [];
  for (const line of lines) {
    if (!line.text || (sections.heading[line.index] && !sections.inline[line.index])) continue;
    const kinds = sections.kindsOf[line.index];
    if (kinds.includes('skills')) skills.push(line);
    else if (kinds.includes('profile')) profile.push(line);
    else if (dutyLines.has(line.index)) duties.push(line);
    else if (!kinds.some((kind) => LISTED.includes(kind)) && line.bullet) {
      const item = listItemLead(line);
      if (item) lists.push(item);
    }
  }
  const facts: ProposedFact[] = [];
  const found = new Set<string>();
  const sources: [Line[], number, boolean][] = [
    [skills, 0.85, false],
    [lists, 0.6, false],
    [profile, 0.55, true],
  ];
  for (const [source, confidence, prose] of sources) {
    for (const fact of factsFrom(source, confidence, prose)) {
      if (found.has(String(fact.data.code))) continue;
      found.add(String(fact.data.code));
      facts.push(fact);
    }
  }
  // A duty that is itself the skill ("Mentoring two new producers", "koostöö köögiga") shows it, less surely.
  for (const fact of factsFrom(duties, 0.5, true)) {
    if (found.has(String(fact.data.code)) || !SHOWN_IN_DUTIES.has(String(fact.data.code))) continue;
    found.add(String(fact.data.code));
    facts.push(fact);
  }
  return facts;
}

function factsFrom(lines: Line[], confidence: number, prose: boolean): ProposedFact[] {
  const seen = new Set<string>();
  const facts: ProposedFact[] = [];
  for (const line of lines) {
    for (const code of competenciesIn(line.norm, prose)) {
      if (seen.has(code)) continue;
      seen.add(code);
      facts.push({
        kind: 'competency',
        data: { code, level: STRONG.test(line.norm) ? 4 : 3, evidence: clip(sentenceWith(line.text, code), 2000) },
        span: { start: line.start, end: line.end },
        confidence,
      });
    }
  }
  return facts;
}

/** The sentence of a line that names the competency: a profile line may hold a whole paragraph. */
function sentenceWith(text: string, code: string): string {
  if (text.length <= 160) return text;
  const sentences = text.split(/(?<=[.!?;])\s+/);
  return sentences.find((sentence) => competenciesIn(normaliseText(sentence), true).includes(code)) ?? text;
}

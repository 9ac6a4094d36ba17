import { normaliseText } from '../scoring/text';
import { yearsIn } from './dates';
import { INSTITUTION, levelIn } from './education';
import { clip, hasWordStartingWith, Line, LONGEST_ITEM } from './lines';
import { Sections } from './sections';
import { words } from './titles';
import { ProposedFact } from './types';

/**
 * Course topics in the words the courses criterion asks for (management,
 * marketing, PR, rhetoric) and the ones sales profiles name, each with the
 * stems that show it in Dutch, Estonian and English course names.
 */
const TOPICS: [string, string[]][] = [
  ['negotiation', words('onderhandel|labiraak|negotiat|harvard onderhandel')],
  [
    'rhetoric',
    words(
      'retoric|retoriek|retoorika|rhetoric|presenter|presentati|presentatsioon|public speaking|esinemis|speech|debat',
    ),
  ],
  ['PR', words('public relations|pr|persvoorlichting|mediatraining|media training|avalike suhete')],
  ['marketing', words('marketing|turundus|linkedin|social media|sotsiaalmeedia|branding')],
  [
    'management',
    words('management|leiderschap|leidinggev|leadership|juhtim|juhtimis|manager|coachend|people manag|projectmanag'),
  ],
  ['sales', words('verkoop|verkopen|sales|selling|muuk|muugi|acquisitie|accountmanag|klantgesprek')],
  ['communication', words('communicatie|gesprekstechniek|suhtlus|arisuhtlus|communication')],
  ['finance', words('financ|finants|wft|beleggen|investment|krediet')],
];
const YEAR_PART = /\s*[,(–—-]?\s*\(?(?:19|20)\d{2}\)?\s*$/;
/** A provider or date in brackets at the end: "(NCOI, 2017)". */
const TRAILING_NOTE = /\s*\([^()]*[\d,][^()]*\)\s*$/;
const QUALIFICATION_LEVEL = /\b(?:eqf|ekr|nlqf|nqf|eqf niveau|kvalifikatsioonitase)\b/;
/** The old Europass form's labels under "Education and training": the degree's rows, no course. */
const FORM_LABEL =
  /^(?:dates|title of qualification awarded|level in national or international classification|name and type of organisation|principal subjects|isced)\b|\bisced\b|^(?:\d+ of \d+|\d+ \/ \d+) (?:units|modules|moodulit|modules)\b/;
const CERTIFICATE_WORDS = /\b(?:certificaat|certificate|certified|sertifikaat|certification)\b/;

export function courseTopic(norm: string): string | undefined {
  for (const [topic, stems] of TOPICS) {
    if (
      stems.some((stem) =>
        stem.length <= 3
          ? ` ${norm} `.includes(` ${stem} `)
          : hasWordStartingWith(norm, stem) || (stem.length >= 6 && norm.includes(stem)),
      )
    )
      return topic;
  }
  return undefined;
}

/** Lines under a courses heading, each a course; under a combined heading, those that are not certificates. */
export function readCourses(lines: Line[], sections: Sections, certificateLines: Set<number>): ProposedFact[] {
  const facts: ProposedFact[] = [];
  for (const line of lines) {
    if (!line.text || line.text.length > LONGEST_ITEM || !sections.kindsOf[line.index].includes('courses')) continue;
    if (sections.heading[line.index] && !sections.inline[line.index]) continue;
    if (certificateLines.has(line.index) || CERTIFICATE_WORDS.test(line.norm)) continue;
    // A qualification framework's level ("EQF level 6", "EKR tase: EKR 7") belongs to the degree above it.
    if (QUALIFICATION_LEVEL.test(line.norm) || FORM_LABEL.test(line.norm)) continue;
    // Under "Opleiding en cursussen" a line naming a degree is education,
    // … and so is the line naming the school ("University College Cork, Cork (Ireland)").
    if (sections.kindsOf[line.index].includes('education') && (levelIn(line) || INSTITUTION.test(line.norm))) continue;
    const text = sections.inline[line.index] ? line.text.replace(/^[^:]+:\s*/, '') : line.text;
    for (const part of sections.inline[line.index] ? text.split(/\s*[;,]\s*/) : [text]) {
      const name = part
        .replace(TRAILING_NOTE, '')
        .replace(YEAR_PART, '')
        .replace(/^[\s•·-]+|[\s,;.]+$/g, '');
      if (!/\p{L}{3}/u.test(name) || name.length > 200 || name.split(/\s+/).length > 14) continue;
      const year = yearsIn(part).pop();
      const topic = courseTopic(normaliseText(name));
      facts.push({
        kind: 'course',
        data: { name: clip(name, 200), ...(topic ? { topic } : {}), ...(year ? { year } : {}) },
        span: { start: line.start, end: line.end },
        confidence: sections.kindsOf[line.index].length === 1 ? 0.85 : 0.65,
      });
    }
  }
  return facts;
}

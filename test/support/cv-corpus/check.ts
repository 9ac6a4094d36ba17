import { COMPETENCIES } from '../../../src/scoring/competency-catalogue';
import { parseEducationLevel } from '../../../src/scoring/education-scale';
import { normaliseText } from '../../../src/scoring/text';
import { CvSource } from './types';

const ALLOWED_MAIL = /@example\.(com|org|net)$/;
const NUMBER_IN_NAME = /\d/;

/**
 * Problems that would make a source's expected facts wrong: a value the text
 * does not contain, a level the scale does not know, a competency claimed
 * without its words. Notes are softer: catalogue words the text holds but the
 * expectation leaves out, to be looked at by eye.
 */
export function checkSource(source: CvSource, text: string): { problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const plain = normaliseText(text);
  const holds = (value: string | undefined, what: string) => {
    if (value !== undefined && !plain.includes(normaliseText(value)))
      problems.push(`${what} "${value}" not in the text`);
  };
  if (!ALLOWED_MAIL.test(source.email)) problems.push(`e-mail ${source.email} is not at example.com/.org/.net`);
  if (NUMBER_IN_NAME.test(source.name)) problems.push(`name "${source.name}" holds digits`);
  holds(source.email, 'e-mail');
  holds(source.name, 'name');
  if (source.phone) holds(source.phone, 'phone');
  source.jobs.forEach((job, index) => {
    // Roles grouped under one employer (a LinkedIn export) name it once, above the first of them.
    const previous = source.jobs[index - 1];
    const grouped = previous?.lines !== undefined && previous.employer === job.employer;
    holds(job.title, 'job title');
    holds(job.employer, 'employer');
    const years = [job.start, job.end].filter((d): d is string => d !== null).map((d) => d.slice(0, 4));
    for (const year of years) if (!job.period.includes(year)) problems.push(`period "${job.period}" lacks ${year}`);
    if (job.end !== null && job.end < job.start) problems.push(`${job.title}: ends before it starts`);
    if (job.lines) {
      const head = normaliseText(job.lines.join(' '));
      for (const value of [job.title, grouped ? undefined : job.employer, job.period]) {
        if (value && !head.includes(normaliseText(value))) problems.push(`"${value}" not in the lines of ${job.title}`);
      }
    }
  });
  for (const entry of source.education) {
    if (!parseEducationLevel(entry.level)) problems.push(`education level "${entry.level}" not on the scale`);
    for (const value of [entry.field, entry.institution]) {
      if (value && !normaliseText(entry.written).includes(normaliseText(value)))
        problems.push(`"${value}" not in "${entry.written}"`);
    }
    for (const year of [entry.startYear, entry.endYear]) {
      if (year !== undefined && !entry.written.includes(String(year)))
        problems.push(`${year} not in "${entry.written}"`);
    }
  }
  for (const item of [...source.courses, ...source.certifications]) {
    if (!normaliseText(item.written).includes(normaliseText(item.value)))
      problems.push(`"${item.value}" not in "${item.written}"`);
  }
  const found = competenciesIn(plain);
  for (const code of source.competencies) {
    if (!COMPETENCIES.some((c) => c.code === code)) problems.push(`competency ${code} is not in the catalogue`);
    else if (!found.has(code)) problems.push(`competency ${code} claimed but none of its words are in the text`);
  }
  for (const [code, word] of found) {
    if (!source.competencies.includes(code)) notes.push(`text has "${word}" (${code}), not expected`);
  }
  return { problems, notes };
}

/** Catalogue codes whose names or synonyms start a word of the normalised text, with the word found. */
export function competenciesIn(plain: string): Map<string, string> {
  const found = new Map<string, string>();
  const padded = ` ${plain} `;
  for (const competency of COMPETENCIES) {
    const words = [...Object.values(competency.name), ...competency.synonyms];
    const hit = words.find((word) => padded.includes(` ${normaliseText(word)}`));
    if (hit) found.set(competency.code, hit);
  }
  return found;
}

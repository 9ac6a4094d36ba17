import { FactData, FactKind } from '../candidates/entities/candidate-fact.entity';
import { FieldError } from '../common/errors/domain-error';
import { COMPETENCIES } from '../scoring/competency-catalogue';
import { parseEducationLevel } from '../scoring/education-scale';
import { normaliseText } from '../scoring/text';
import { Language, LANGUAGES } from '../users/entities/user.entity';
import { cefrFromFluency, languageCode } from './language-names';
import { looksLikeSalesTitle } from './sales-titles';
import { oneLineProblem } from '../common/http/text-checks';

/** A candidate and their facts as read from a JSON Resume 1.0 document (https://jsonresume.org/schema). */
export interface ImportedCandidate {
  name: string;
  email: string;
  phone: string | null;
  location: string | null;
  language: Language | null;
  facts: { kind: FactKind; data: FactData }[];
  /** Skills that are not in the competency catalogue, kept as they were written. */
  unmatchedSkills: string[];
}

type Json = Record<string, unknown>;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** JSON Resume skill levels, and the words CVs use, on the catalogue's 1–5 evidence scale. */
function skillLevel(level: unknown): number {
  const text = typeof level === 'string' ? normaliseText(level) : '';
  if (/master|expert|excellent|uitstekend/.test(text)) return 5;
  if (/advanced|gevorderd|senior|very good|zeer goed/.test(text)) return 4;
  if (/beginner|basic|basis|novice|junior/.test(text)) return 2;
  return 3;
}

const SYNONYMS = COMPETENCIES.flatMap((competency) =>
  [competency.code.replace(/_/g, ' '), ...Object.values(competency.name), ...competency.synonyms].map((name) => ({
    name: normaliseText(name),
    code: competency.code,
  })),
);

function competencyOf(name: string, keywords: string[]): string | undefined {
  for (const text of [name, ...keywords].map(normaliseText)) {
    const found = SYNONYMS.find((synonym) => synonym.name === text);
    if (found) return found.code;
  }
  return undefined;
}

/** A JSON Resume date (YYYY, YYYY-MM or YYYY-MM-DD) as the first or last day it can mean. */
export function day(date: string, end: boolean): string {
  const [year, month, dayOfMonth] = date.split('-');
  if (dayOfMonth) return date;
  if (month) {
    if (!end) return `${year}-${month}-01`;
    const last = new Date(Date.UTC(+year, +month, 0)).getUTCDate();
    return `${year}-${month}-${String(last).padStart(2, '0')}`;
  }
  return end ? `${year}-12-31` : `${year}-01-01`;
}

/**
 * Checks the parts of a JSON Resume Sift reads and maps them to a candidate
 * and facts; every problem is named by its JSON path ("work[2].startDate").
 */
export function readJsonResume(document: unknown): { candidate?: ImportedCandidate; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const problem = (field: string, message: string) => problems.push({ field, messages: [message] });
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { problems: [{ field: '(document)', messages: ['a JSON Resume document is a JSON object'] }] };
  }
  const doc = document as Json;
  const object = (value: unknown, path: string): Json | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return void problem(path, 'must be an object');
    return value as Json;
  };
  const list = (value: unknown, path: string): Json[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return (problem(path, 'must be an array'), []);
    return value.filter((entry, index) => {
      const ok = typeof entry === 'object' && entry !== null && !Array.isArray(entry);
      if (!ok) problem(`${path}[${index}]`, 'must be an object');
      return ok;
    }) as Json[];
  };
  const text = (value: unknown, path: string, max: number, required = false): string | undefined => {
    if (value === undefined || value === null || value === '') {
      if (required) problem(path, 'is required');
      return undefined;
    }
    if (typeof value !== 'string') return void problem(path, 'must be a string');
    const trimmed = value.trim();
    if (trimmed.length > max) return void problem(path, `must be at most ${max} characters`);
    // Every field read from a document is one line: a name, a title, a place.
    const refused = oneLineProblem(trimmed);
    if (refused) return void problem(path, refused);
    return trimmed || undefined;
  };
  const date = (value: unknown, path: string): string | undefined => {
    const written = text(value, path, 100);
    if (written === undefined) return undefined;
    if (!DATE.test(written) || Number.isNaN(Date.parse(day(written, false)))) {
      return void problem(path, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
    }
    return written;
  };

  const basics = object(doc.basics, 'basics');
  if (doc.basics === undefined) problem('basics', 'is required: it holds the name and e-mail address');
  const name = basics && text(basics.name, 'basics.name', 200, true);
  const email = basics && text(basics.email, 'basics.email', 254, true);
  if (email && !EMAIL.test(email)) problem('basics.email', 'must be an e-mail address');
  const phone = (basics && text(basics.phone, 'basics.phone', 40)) ?? null;
  const location = basics && object(basics.location, 'basics.location');
  const city = location ? (text(location.city, 'basics.location.city', 200) ?? null) : null;
  const meta = object(doc.meta, 'meta');
  const metaLanguage = meta ? text(meta.language, 'meta.language', 10) : undefined;
  const language = metaLanguage && (LANGUAGES as string[]).includes(metaLanguage) ? (metaLanguage as Language) : null;

  const facts: ImportedCandidate['facts'] = [];
  list(doc.education, 'education').forEach((entry, index) => {
    const path = `education[${index}]`;
    const studyType = text(entry.studyType, `${path}.studyType`, 60);
    const area = text(entry.area, `${path}.area`, 200);
    const institution = text(entry.institution, `${path}.institution`, 200);
    const start = date(entry.startDate, `${path}.startDate`);
    const end = date(entry.endDate, `${path}.endDate`);
    if (!studyType) return; // no level, nothing the screening can use
    const level = parseEducationLevel(studyType);
    if (!level) return void problem(`${path}.studyType`, `"${studyType}" is not a level on the education scale`);
    facts.push({
      kind: 'education',
      data: {
        level: studyType,
        ...(area ? { field: area } : {}),
        ...(institution ? { institution } : {}),
        ...(start ? { startYear: Number(start.slice(0, 4)) } : {}),
        ...(end ? { endYear: Number(end.slice(0, 4)) } : {}),
      },
    });
  });
  list(doc.work, 'work').forEach((entry, index) => {
    const path = `work[${index}]`;
    const title = text(entry.position, `${path}.position`, 200, true);
    const employer = text(entry.name, `${path}.name`, 200);
    const start = date(entry.startDate, `${path}.startDate`);
    const end = date(entry.endDate, `${path}.endDate`);
    if (!start) {
      if (entry.startDate === undefined)
        problem(`${path}.startDate`, 'is required: years in sales come from dated work');
      return;
    }
    if (end && day(end, true) < day(start, false))
      return void problem(`${path}.endDate`, 'must not be before startDate');
    if (!title) return;
    const salesRole = looksLikeSalesTitle(title);
    facts.push({
      kind: 'work',
      data: {
        title,
        ...(employer ? { employer } : {}),
        start: day(start, false),
        end: end ? day(end, true) : null,
        ...(salesRole === undefined ? {} : { salesRole }),
      },
    });
  });
  const unmatchedSkills: string[] = [];
  const seenCompetencies = new Set<string>();
  list(doc.skills, 'skills').forEach((entry, index) => {
    const path = `skills[${index}]`;
    const skill = text(entry.name, `${path}.name`, 200, true);
    const keywords = Array.isArray(entry.keywords)
      ? entry.keywords.filter((k): k is string => typeof k === 'string')
      : [];
    if (!skill) return;
    const code = competencyOf(skill, keywords);
    if (!code) return void unmatchedSkills.push(skill);
    if (seenCompetencies.has(code)) return;
    seenCompetencies.add(code);
    facts.push({
      kind: 'competency',
      data: { code, level: skillLevel(entry.level), evidence: `JSON Resume skill "${skill}"` },
    });
  });
  for (const skill of unmatchedSkills) facts.push({ kind: 'skill', data: { name: skill } });
  list(doc.languages, 'languages').forEach((entry, index) => {
    const path = `languages[${index}]`;
    const written = text(entry.language, `${path}.language`, 60, true);
    const fluency = text(entry.fluency, `${path}.fluency`, 100);
    if (!written) return;
    const code = languageCode(written);
    const level = fluency ? cefrFromFluency(fluency) : undefined;
    if (code && level) facts.push({ kind: 'language', data: { language: code, level } });
  });
  list(doc.certificates, 'certificates').forEach((entry, index) => {
    const path = `certificates[${index}]`;
    const certificate = text(entry.name, `${path}.name`, 100, true);
    const issued = date(entry.date, `${path}.date`);
    if (certificate)
      facts.push({
        kind: 'certification',
        data: { name: certificate, ...(issued ? { year: Number(issued.slice(0, 4)) } : {}) },
      });
  });
  if (problems.length || !name || !email) return { problems };
  return {
    candidate: { name, email: email.toLowerCase(), phone, location: city, language, facts, unmatchedSkills },
    problems,
  };
}

import { FieldError } from '../common/errors/domain-error';
import { parseEducationLevel } from '../scoring/education-scale';
import { LANGUAGES } from '../users/entities/user.entity';
import { ImportRecord } from './candidate-importer.service';
import { csvRecords } from './csv';
import { ImportedCandidate, readJsonResume } from './json-resume';
import { looksLikeSalesTitle } from './sales-titles';

/** JSON lines: one JSON Resume document per line; blank lines are skipped. */
export function* jsonLinesRecords(text: string): Generator<ImportRecord> {
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (!line) continue;
    let document: unknown;
    try {
      document = JSON.parse(line);
    } catch (error) {
      yield {
        line: index + 1,
        problems: [{ field: '(line)', messages: [`not valid JSON: ${(error as Error).message}`] }],
      };
      continue;
    }
    yield { line: index + 1, ...readJsonResume(document) };
  }
}

/** The columns a candidates CSV may have; name and email are required. */
export const CSV_COLUMNS = [
  'name',
  'email',
  'phone',
  'location',
  'language',
  'education_level',
  'education_field',
  'job_title',
  'job_employer',
  'job_start',
  'job_end',
  'job_sales',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A CSV of candidates with a header row naming its columns (any order, from
 * CSV_COLUMNS), one candidate a row, with their highest education and their
 * current or last job.
 */
export function* csvCandidateRecords(text: string): Generator<ImportRecord> {
  const records = csvRecords(text);
  const first = records.next();
  if (first.done) return;
  const header = first.value.cells.map((cell) => cell.trim().toLowerCase());
  const unknown = header.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  if (unknown.length || !header.includes('name') || !header.includes('email')) {
    const messages = [
      ...(unknown.length ? [`unknown columns: ${unknown.join(', ')}`] : []),
      ...(!header.includes('name') || !header.includes('email') ? ['the columns name and email are required'] : []),
      `use: ${CSV_COLUMNS.join(', ')}`,
    ];
    yield { line: first.value.line, problems: [{ field: '(header)', messages }] };
    return;
  }
  for (const { line, cells } of records) {
    const row = Object.fromEntries(header.map((name, index) => [name, (cells[index] ?? '').trim()])) as Record<
      Column,
      string
    >;
    yield { line, ...candidateFromRow(row, cells.length, header.length) };
  }
}

function candidateFromRow(row: Record<Column, string>, width: number, expected: number) {
  const problems: FieldError[] = [];
  const problem = (field: string, message: string) => problems.push({ field, messages: [message] });
  if (width !== expected) problem('(row)', `has ${width} cells; the header has ${expected}`);
  if (!row.name) problem('name', 'is required');
  if (row.name.length > 200) problem('name', 'must be at most 200 characters');
  if (!EMAIL.test(row.email ?? '')) problem('email', 'must be an e-mail address');
  if (row.language && !(LANGUAGES as string[]).includes(row.language))
    problem('language', `must be one of ${LANGUAGES.join(', ')}`);
  const facts: ImportedCandidate['facts'] = [];
  if (row.education_level) {
    if (!parseEducationLevel(row.education_level)) {
      problem('education_level', `"${row.education_level}" is not a level on the education scale`);
    } else {
      facts.push({
        kind: 'education',
        data: { level: row.education_level, ...(row.education_field ? { field: row.education_field } : {}) },
      });
    }
  }
  if (row.job_title || row.job_start) {
    const validDay = (value: string) => DAY.test(value) && !Number.isNaN(Date.parse(value));
    if (!row.job_title) problem('job_title', 'is required with job_start');
    if (!validDay(row.job_start ?? '')) problem('job_start', 'must be a date as YYYY-MM-DD');
    if (row.job_end && !validDay(row.job_end))
      problem('job_end', 'must be a date as YYYY-MM-DD, or empty while ongoing');
    if (row.job_end && row.job_start && row.job_end < row.job_start) problem('job_end', 'must not be before job_start');
    const sales = row.job_sales
      ? /^(yes|ja|jah|true|1)$/i.test(row.job_sales)
      : looksLikeSalesTitle(row.job_title ?? '');
    if (row.job_sales && !/^(yes|ja|jah|true|1|no|nee|ei|false|0)$/i.test(row.job_sales)) {
      problem('job_sales', 'must be yes or no, or empty to judge by the title');
    }
    facts.push({
      kind: 'work',
      data: {
        title: row.job_title,
        ...(row.job_employer ? { employer: row.job_employer } : {}),
        start: row.job_start,
        end: row.job_end || null,
        ...(sales === undefined ? {} : { salesRole: sales }),
      },
    });
  }
  if (problems.length) return { problems };
  const candidate: ImportedCandidate = {
    name: row.name,
    email: row.email.toLowerCase(),
    phone: row.phone || null,
    location: row.location || null,
    language: (row.language || null) as ImportedCandidate['language'],
    facts,
    unmatchedSkills: [],
  };
  return { candidate, problems };
}

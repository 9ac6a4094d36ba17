import { FieldError } from '../common/errors/domain-error';
import { csvRecords } from '../imports/csv';
import { QuestionSet, QuestionSetKey } from './question-sets';

/** One row of an answers file, read into what it records or the reasons it cannot. */
export interface AnswersRow {
  line: number;
  applicationId?: string;
  input?: { questionSet: QuestionSetKey; consentVersion: string; answers: Record<string, string> };
  problems: FieldError[];
}

const FIXED = ['application_id', 'question_set', 'consent_version'] as const;

/**
 * Reads a CSV of answers: a header naming application_id, question_set,
 * consent_version and any questions of the sets asked here (built in: sex,
 * raceEthnicity, gender, ageBand, disability), one application a row. An
 * empty cell leaves its question out (not asked); `declined` declines it.
 * A header it cannot read is one problem on line 1 and nothing else.
 */
export function* answersRows(text: string, sets: readonly QuestionSet[]): Generator<AnswersRow> {
  const QUESTIONS = [...new Set(sets.flatMap((set) => set.questions.map((question) => question.key)))];
  const records = csvRecords(text);
  const first = records.next();
  if (first.done) return;
  const header = first.value.cells.map((cell) => cell.trim());
  const unknown = header.filter((name) => !(FIXED as readonly string[]).includes(name) && !QUESTIONS.includes(name));
  const missing = FIXED.filter((name) => !header.includes(name));
  if (unknown.length || missing.length) {
    const messages = [
      ...(missing.length ? [`the header must name ${missing.join(', ')}`] : []),
      ...(unknown.length ? [`unknown columns: ${unknown.join(', ')}; questions are ${QUESTIONS.join(', ')}`] : []),
    ];
    yield { line: first.value.line, problems: [{ field: '(header)', messages }] };
    return;
  }
  for (const { line, cells } of records) {
    const value = (name: string) => (cells[header.indexOf(name)] ?? '').trim();
    const problems: FieldError[] = [];
    const applicationId = value('application_id');
    if (!applicationId) problems.push({ field: 'application_id', messages: ['application_id is empty'] });
    const set = value('question_set');
    const known = sets.some((one) => one.key === set);
    if (!known) {
      problems.push({
        field: 'question_set',
        messages: [`question_set must be one of: ${sets.map((one) => one.key).join(', ')}`],
      });
    }
    const answers = Object.fromEntries(
      header.filter((name) => QUESTIONS.includes(name) && value(name) !== '').map((name) => [name, value(name)]),
    );
    if (problems.length) {
      yield { line, problems };
      continue;
    }
    yield {
      line,
      applicationId,
      input: { questionSet: set, consentVersion: value('consent_version'), answers },
      problems,
    };
  }
}

import type { CvIntake } from '../../cvs/cv-intake.service';
import { DomainError } from '../../common/errors/domain-error';
import type { Vacancy } from '../../vacancies/entities/vacancy.entity';

/** At most this many files in one drop or one form post. */
export const INTAKE_MAX_FILES = 50;

/** What the file picker offers; the server tells the kinds apart by content anyway. */
export const INTAKE_ACCEPT = '.pdf,.docx,.txt,.json,application/pdf,text/plain,application/json';

export type OutcomeKind = 'created' | 'matched' | 'refused';

export interface OutcomeModel {
  fileName: string | null;
  kind: OutcomeKind;
  labelKey: string;
  candidateName?: string;
  candidateHref?: string;
  /** Matched with a CV that was already on file: nothing changed. */
  alreadyHeld?: boolean;
  applied?: boolean;
  reasonKey?: string;
  code?: string;
}

export interface IntakeModel {
  maxFiles: number;
  accept: string;
  vacancies: { id: string; title: string; selected: boolean }[];
  outcomes: OutcomeModel[];
  counts?: { created: number; matched: number; refused: number };
  message?: { key: string; values: Record<string, unknown> };
}

const LABELS: Record<OutcomeKind, string> = {
  created: 'intake.outcome.created',
  matched: 'intake.outcome.matched',
  refused: 'intake.outcome.refused',
};

/** One file's outcome: the candidate it made or matched, or why it was refused. */
export function outcomeView(
  fileName: string | undefined,
  result: CvIntake | unknown,
  hasKey: (key: string) => boolean,
): OutcomeModel {
  const name = fileName?.trim() || null;
  if (result instanceof DomainError || !isIntake(result)) {
    const code = result instanceof DomainError ? result.code : 'INTERNAL';
    const reasonKey = hasKey(`errors.${code}`) ? `errors.${code}` : 'errors.unknown';
    return { fileName: name, kind: 'refused', labelKey: LABELS.refused, reasonKey, code };
  }
  const kind: OutcomeKind = result.candidateCreated ? 'created' : 'matched';
  return {
    fileName: name,
    kind,
    labelKey: LABELS[kind],
    candidateName: result.candidate.name,
    candidateHref: `/recruiter/candidates/${encodeURIComponent(result.candidate.id)}`,
    alreadyHeld: !result.stored,
    applied: result.applicationId !== undefined,
  };
}

function isIntake(value: unknown): value is CvIntake {
  return typeof value === 'object' && value !== null && 'candidate' in value && 'cv' in value;
}

export function intakeView(input: {
  vacancies: Pick<Vacancy, 'id' | 'title'>[];
  vacancyId?: string;
  outcomes?: OutcomeModel[];
  message?: IntakeModel['message'];
}): IntakeModel {
  const outcomes = input.outcomes ?? [];
  const count = (kind: OutcomeKind) => outcomes.filter((outcome) => outcome.kind === kind).length;
  return {
    maxFiles: INTAKE_MAX_FILES,
    accept: INTAKE_ACCEPT,
    vacancies: input.vacancies.map(({ id, title }) => ({ id, title, selected: id === input.vacancyId })),
    outcomes,
    counts: outcomes.length
      ? { created: count('created'), matched: count('matched'), refused: count('refused') }
      : undefined,
    message: input.message,
  };
}

/** The catalogue keys an intake page can hand out besides the fixed ones in its template. */
export const INTAKE_KEYS = [...Object.values(LABELS)];

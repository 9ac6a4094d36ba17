import { CEFR_LEVELS, CLIENT_SEGMENTS } from '../../candidates/dto/fact-data.dto';
import type { CandidateFact, FactData, FactKind } from '../../candidates/entities/candidate-fact.entity';
import type { FieldError } from '../../common/errors/domain-error';
import type { Message } from '../account/account.view';
import { NON_JOB_ENTRIES } from '../../candidates/dto/fact-data.dto';

type FieldType = 'text' | 'number' | 'date' | 'choice' | 'yesNo';

interface FieldSpec {
  name: string;
  type: FieldType;
  /** The values of a choice, each shown by `candidate.value.<name>.<value>`. */
  choices?: readonly string[];
}

const text = (name: string): FieldSpec => ({ name, type: 'text' });
const number = (name: string): FieldSpec => ({ name, type: 'number' });

/**
 * The fields of each kind of fact a recruiter may correct, in the order they
 * are read; the rules they must meet are the API's (dto/fact-data.dto.ts).
 */
export const FACT_FIELDS: Record<FactKind, FieldSpec[]> = {
  education: [text('level'), text('field'), text('institution'), number('startYear'), number('endYear')],
  work: [
    text('title'),
    text('employer'),
    { name: 'start', type: 'date' },
    { name: 'end', type: 'date' },
    { name: 'salesRole', type: 'yesNo' },
    text('industry'),
  ],
  client_base: [
    { name: 'segment', type: 'choice', choices: CLIENT_SEGMENTS },
    number('activeAccounts'),
    number('annualRevenueEur'),
    { name: 'decisionMakers', type: 'yesNo' },
    text('job'),
  ],
  competency: [text('code'), number('level'), text('evidence')],
  certification: [text('name'), number('year')],
  language: [text('language'), { name: 'level', type: 'choice', choices: CEFR_LEVELS }],
  course: [text('name'), text('topic'), number('year')],
  skill: [text('name'), text('level')],
};

/** Fields whose figure says nothing without its label: "Active accounts: 40", "For the job: …". */
const LABELLED = new Set(['activeAccounts', 'annualRevenueEur', 'job']);

function partOf(fact: CandidateFact, spec: FieldSpec): Omit<FactRowModel['parts'][number], 'first'> {
  const value = fact.data[spec.name];
  if (spec.type === 'choice' && spec.choices!.includes(String(value)))
    return { key: `candidate.value.${spec.name}.${String(value)}` };
  const labelKey = fact.kind === 'client_base' && LABELLED.has(spec.name) ? `candidate.field.${spec.name}` : undefined;
  const label = labelKey ? { labelKey } : {};
  if (spec.name === 'annualRevenueEur' && typeof value === 'number') return { euros: value, ...label };
  if (spec.name === 'activeAccounts' && typeof value === 'number') return { count: value, ...label };
  return { text: String(value), ...label };
}

export interface FieldModel {
  name: string;
  inputId: string;
  labelKey: string;
  input: 'text' | 'number' | 'date' | 'select';
  value: string;
  options?: { value: string; labelKey: string; selected: boolean }[];
  errorKey?: string;
}

export interface FactRowModel {
  id: string;
  candidateId: string;
  kindKey: string;
  /** The fact's values as read, joined; words that are values, not the interface's. */
  summary: string;
  /**
   * The same values piece by piece: a value of a fixed list by its catalogue key, a count or a sum to be
   * formatted in the reader's language, and, where a bare figure would not say what it is, its field's label.
   */
  parts: { text?: string; key?: string; count?: number; euros?: number; labelKey?: string; first: boolean }[];
  /** Catalogue keys shown after the values (a sales role, decision makers). */
  flagKeys: string[];
  confirmed: boolean;
  corrected: boolean;
  /** Read from a CV with a confidence below UNSURE_BELOW and not confirmed: marked for a closer look. */
  unsure: boolean;
  statusKey: string;
  sourceKey: string;
  /** Only for facts read from a CV: how sure the reader was, in percent. */
  confidence?: number;
  evidence?: string;
  /** The link to its words in the CV shown beside, when they are there. */
  sourceHref?: string;
  actions: { confirm: string; correct: string; delete: string };
  fields: FieldModel[];
  /** The correction form starts open: it was sent back with a problem. */
  editing: boolean;
  message?: Message;
  notice?: Message;
}

/** What a row shows after a form: a problem with what was typed, or a word that it worked. */
export interface RowState {
  typed?: Record<string, string>;
  message?: Message;
  errors?: FieldError[];
  notice?: string;
}

export function factRow(
  fact: CandidateFact,
  shownCvId: string | null,
  state: RowState = {},
  applicationId?: string,
): FactRowModel {
  const base = `/recruiter/candidates/${fact.candidateId}/facts/${fact.id}`;
  const back = applicationId ? `?application=${encodeURIComponent(applicationId)}` : '';
  const bad = new Set((state.errors ?? []).map((error) => error.field.replace(/^data\./, '')));
  const specs = FACT_FIELDS[fact.kind];
  const shown = specs.filter((spec) => spec.type !== 'yesNo' && present(fact.data[spec.name]));
  const marked = fact.cvId !== null && fact.cvId === shownCvId && fact.spanStart !== null && fact.spanEnd !== null;
  return {
    id: fact.id,
    candidateId: fact.candidateId,
    kindKey: `candidate.kind.${fact.kind}`,
    summary: shown.map((spec) => String(fact.data[spec.name])).join(' · '),
    parts: shown.map((spec, index) => ({ ...partOf(fact, spec), first: index === 0 })),
    flagKeys: [
      ...specs
        .filter((spec) => spec.type === 'yesNo' && fact.data[spec.name] === true)
        .map((spec) => `candidate.flag.${spec.name}`),
      // A career break, volunteering or a side seat: listed with the jobs, kept out of sales years.
      ...(fact.kind === 'work' && NON_JOBS.includes(fact.data.nonJob as string)
        ? [`candidate.flag.nonJob.${String(fact.data.nonJob)}`]
        : []),
    ],
    confirmed: fact.confirmed,
    corrected: fact.corrected,
    unsure: isUnsure(fact),
    statusKey: fact.confirmed ? 'candidate.fact.confirmed' : 'candidate.fact.proposed',
    sourceKey: `candidate.source.${fact.source}`,
    confidence: fact.confidence === null ? undefined : Math.round(fact.confidence * 100),
    evidence: fact.evidence ?? undefined,
    sourceHref: marked ? `#src-${fact.id}` : undefined,
    actions: { confirm: `${base}/confirm${back}`, correct: `${base}/correct${back}`, delete: `${base}/delete${back}` },
    fields: specs.map((spec) => field(fact, spec, state.typed, bad.has(spec.name))),
    editing: Boolean(state.message || state.errors?.length),
    message: state.message,
    notice: state.notice ? { key: state.notice } : undefined,
  };
}

function field(fact: CandidateFact, spec: FieldSpec, typed: Record<string, string> | undefined, bad: boolean) {
  const stored = fact.data[spec.name];
  const value = typed ? (typed[spec.name] ?? '') : present(stored) ? String(stored) : '';
  const model: FieldModel = {
    name: spec.name,
    inputId: `fact-${fact.id}-${spec.name}`,
    labelKey: `candidate.field.${spec.name}`,
    input: spec.type === 'choice' || spec.type === 'yesNo' ? 'select' : spec.type,
    value,
    errorKey: bad ? 'candidate.fact.fieldError' : undefined,
  };
  if (spec.type === 'yesNo') {
    model.options = ['', 'true', 'false'].map((option) => ({
      value: option,
      labelKey: `candidate.yesNo.${option || 'unknown'}`,
      selected: option === value,
    }));
  } else if (spec.type === 'choice') {
    model.options = ['', ...spec.choices!].map((option) => ({
      value: option,
      labelKey: option ? `candidate.value.${spec.name}.${option}` : 'candidate.yesNo.unknown',
      selected: option === value,
    }));
  }
  return model;
}

function present(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '';
}

/**
 * A correction form read into a fact's data: the kind's fields only, empty
 * ones left out, numbers and yes/no turned into their types. Anything the
 * form cannot turn is passed on as typed, for the API's rules to name.
 */
export function correctionData(
  kind: FactKind,
  body: Record<string, unknown>,
): {
  data: Record<string, unknown>;
  typed: Record<string, string>;
} {
  const data: Record<string, unknown> = {};
  const typed: Record<string, string> = {};
  for (const spec of FACT_FIELDS[kind]) {
    const raw = body[spec.name];
    const value = typeof raw === 'string' ? raw.trim() : '';
    typed[spec.name] = typeof raw === 'string' ? raw.slice(0, 2000) : '';
    if (value === '') continue;
    if (spec.type === 'number') data[spec.name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    else if (spec.type === 'yesNo') data[spec.name] = value === 'true' ? true : value === 'false' ? false : value;
    else data[spec.name] = value;
  }
  return { data, typed };
}

/** A piece of the CV's text, marked when a fact rests on it. */
export interface CvSegment {
  text: string;
  /** The id of the mark a fact links to (`src-<factId>`) when this piece starts that fact's words. */
  markId?: string;
  /** Further facts whose words start here, each with an anchor of its own. */
  anchors: string[];
  marked: boolean;
  /** Every fact resting on this piece is confirmed. */
  confirmed: boolean;
}

/**
 * The CV's text cut at the ends of each fact's words, so that the template
 * can mark them without any HTML from the data: each piece is escaped like
 * any other value. Overlapping words are cut into pieces covered by one or
 * more facts.
 */
export function cvSegments(
  textOfCv: string,
  facts: Pick<CandidateFact, 'id' | 'spanStart' | 'spanEnd' | 'confirmed'>[],
): CvSegment[] {
  const spans = facts
    .filter((fact) => fact.spanStart !== null && fact.spanEnd !== null)
    .map((fact) => ({
      id: fact.id,
      start: Math.max(0, fact.spanStart!),
      end: Math.min(textOfCv.length, fact.spanEnd!),
      confirmed: fact.confirmed,
    }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const cuts = [...new Set([0, textOfCv.length, ...spans.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  const segments: CvSegment[] = [];
  for (let index = 0; index < cuts.length - 1; index++) {
    const [from, to] = [cuts[index], cuts[index + 1]];
    const covering = spans.filter((span) => span.start < to && span.end > from);
    const starting = spans.filter((span) => span.start === from).map((span) => span.id);
    segments.push({
      text: textOfCv.slice(from, to),
      markId: starting.length ? `src-${starting[0]}` : undefined,
      anchors: starting.slice(1).map((id) => `src-${id}`),
      marked: covering.length > 0,
      confirmed: covering.length > 0 && covering.every((span) => span.confirmed),
    });
  }
  return segments;
}

/**
 * Below this confidence a proposed fact is put first and marked for a closer
 * look. The reader's confidences are calibrated (src/cv-reading/calibration.ts):
 * on the CVs it was never tuned on, its proposals stated at 0.9 and above were
 * right 97% of the time, those below 0.8 about half the time
 * (docs/benchmarks.md, "CV reader on unseen CVs").
 */
export const UNSURE_BELOW = 0.8;

const NON_JOBS: readonly string[] = NON_JOB_ENTRIES;

/** A fact read from a CV, not confirmed yet, that the reader was unsure of. */
export function isUnsure(fact: Pick<CandidateFact, 'confirmed' | 'confidence'>): boolean {
  return !fact.confirmed && fact.confidence !== null && fact.confidence < UNSURE_BELOW;
}

/**
 * The facts the reader was unsure of first, least sure first, so that review
 * starts where it is most needed; then the rest in the order of their words in
 * the CV, then those without (entered by a person), by kind.
 */
export function orderFacts<
  T extends Pick<CandidateFact, 'spanStart' | 'kind' | 'createdAt' | 'id' | 'confirmed' | 'confidence'>,
>(facts: T[]): T[] {
  const place = (fact: T) => fact.spanStart ?? Number.MAX_SAFE_INTEGER;
  const doubt = (fact: T) => (isUnsure(fact) ? fact.confidence! : 1);
  return [...facts].sort(
    (a, b) =>
      doubt(a) - doubt(b) ||
      place(a) - place(b) ||
      a.kind.localeCompare(b.kind) ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      a.id.localeCompare(b.id),
  );
}

export type { FactData };

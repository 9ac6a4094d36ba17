import {
  CandidateFacts,
  CertificationFact,
  ClientBaseFact,
  CompetencyFact,
  CourseFact,
  CriterionKind,
  EducationFact,
  Fact,
  LanguageFact,
  WorkFact,
} from './profile';
import { CompiledProfile } from './score';

/**
 * The version of the scoring engine: everything in src/scoring that turns a
 * profile's criteria, a candidate's facts and a reference date into a score,
 * its knock-outs, its sentences and a family's fit. Raise it by hand, in the
 * change itself, whenever the same input would come out differently: a point,
 * a knock-out, a status, a sentence in any language, a fit level. Each stored
 * score keeps the version that made it and the facts it read, so a past
 * decision can be made again with the engine of its day and explained as it
 * was made; an application scored before this was kept has null.
 *
 * SCORING_RULES_VERSION (score.ts) counts only changes to what the points
 * mean, which make scores of two rules versions incomparable; raising it
 * raises this too. provenance.spec.ts keeps each version's fingerprint of the
 * engine's output on fixed inputs, and fails when the output no longer
 * matches the fingerprint of the version in force.
 */
export const SCORING_ENGINE_VERSION = 1;

/** What a score was made from, kept beside it: with the profile version, enough to make it again. */
export interface ScoringInput {
  /** The day the score measured up to (years in sales end there), YYYY-MM-DD. */
  referenceDate: string;
  /** Only the facts the criteria read, and only the fields of them they read. */
  facts: CandidateFacts;
}

/** Where each criterion looks in the engine's input. */
const KIND_READ: Record<CriterionKind, keyof CandidateFacts> = {
  education: 'education',
  salesExperience: 'work',
  clientBase: 'clientBase',
  competencies: 'competencies',
  certifications: 'certifications',
  languages: 'languages',
  courses: 'courses',
};

type Fields<T> = { [K in keyof Required<T>]: true };

/**
 * The fields of each kind of fact that the criteria read. Every field of the
 * engine's fact types is listed (the compiler holds them to it); what else a
 * stored fact carries, an employer, a school, the CV's words, is not kept.
 */
const FIELDS_READ: { [K in keyof Required<CandidateFacts>]: string[] } = {
  education: names<EducationFact>({ level: true, field: true }),
  work: names<WorkFact>({ start: true, end: true, salesRole: true, industry: true }),
  clientBase: names<ClientBaseFact>({
    segment: true,
    activeAccounts: true,
    annualRevenueEur: true,
    decisionMakers: true,
  }),
  competencies: names<CompetencyFact>({ code: true, level: true }),
  certifications: names<CertificationFact>({ name: true }),
  languages: names<LanguageFact>({ language: true, level: true }),
  courses: names<CourseFact>({ name: true, topic: true }),
};

const KINDS = Object.keys(FIELDS_READ) as (keyof CandidateFacts)[];

function names<T>(fields: Fields<T>): string[] {
  return Object.keys(fields);
}

/** The kinds of fact these profiles' criteria read: worked out once for a profile, not once a candidate. */
export function kindsRead(profiles: readonly CompiledProfile[]): ReadonlySet<keyof CandidateFacts> {
  return new Set(profiles.flatMap((profile) => profile.criteria.map((criterion) => KIND_READ[criterion.kind])));
}

/**
 * The input to keep with a score made against these profiles (the vacancy's,
 * and its family's levels when it has a fit level): the facts of the kinds
 * their criteria read, each with its id and whether it was confirmed.
 */
export function scoringInput(
  profiles: readonly CompiledProfile[],
  facts: CandidateFacts,
  referenceDate: string,
): ScoringInput {
  return scoringInputOf(kindsRead(profiles), facts, referenceDate);
}

/** The same, with the kinds read worked out beforehand (kindsRead). */
export function scoringInputOf(
  kinds: ReadonlySet<keyof CandidateFacts>,
  facts: CandidateFacts,
  referenceDate: string,
): ScoringInput {
  const kept: Record<string, Fact<unknown>[]> = {};
  for (const kind of KINDS) {
    const ofKind = facts[kind] as readonly Fact<object>[] | undefined;
    if (!kinds.has(kind) || ofKind === undefined) continue;
    const fields = FIELDS_READ[kind];
    // Object literals of one shape rather than spreads: this runs for every fact of every application screened.
    kept[kind] = ofKind.map((fact) => {
      const data = pick(fact.data as Record<string, unknown>, fields);
      return fact.id === undefined
        ? { confirmed: fact.confirmed, data }
        : { id: fact.id, confirmed: fact.confirmed, data };
    });
  }
  return { referenceDate, facts: kept as CandidateFacts };
}

function pick(data: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (data[field] !== undefined) picked[field] = data[field];
  return picked;
}

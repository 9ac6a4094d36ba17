import { FactKind } from '../candidates/entities/candidate-fact.entity';
import { KnownFact } from '../candidates/known-fact';
import { CandidateFacts, Fact } from '../scoring/profile';

/** Where each kind goes in the engine's input; skills outside the catalogue are not scored. */
const ENGINE_KIND: Record<FactKind, keyof CandidateFacts | null> = {
  education: 'education',
  work: 'work',
  client_base: 'clientBase',
  competency: 'competencies',
  certification: 'certifications',
  language: 'languages',
  course: 'courses',
  skill: null,
};

/**
 * Groups facts by kind for the scoring engine. Their data was checked against
 * its kind's shape on the way in (fact-validation.ts), so it is used as is.
 */
export function candidateFactsOf(facts: readonly KnownFact[]): CandidateFacts {
  const grouped: Partial<Record<keyof CandidateFacts, Fact<unknown>[]>> = {};
  for (const fact of facts) {
    const kind = ENGINE_KIND[fact.kind];
    if (kind === null) continue;
    // Object literals of one shape rather than a spread: re-screening runs this for every fact of every application.
    (grouped[kind] ??= []).push(
      fact.id
        ? { id: fact.id, confirmed: fact.confirmed, data: fact.data }
        : { confirmed: fact.confirmed, data: fact.data },
    );
  }
  return grouped as CandidateFacts;
}

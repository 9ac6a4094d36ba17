import type { Explanation } from '../../explanations/explanation';
import type { Language } from '../../users/entities/user.entity';
import { candidateHref } from './candidate.view';

export interface ExplanationModel {
  /** The candidate's language: the explanation's own words are in it, the page around them in the reader's. */
  language: Language;
  languageKey: string;
  backHref: string;
  vacancyTitle: string;
  summary: string;
  criteria: {
    name: string;
    status: string;
    statusKey: string;
    requirement: boolean;
    sentence: string;
  }[];
  decisions: { at: Date; iso: string; byKey?: string; sentence: string }[];
  /** How the score was recorded; absent before any screening. */
  record?: { scoredAt: Date; profileVersion: number; engineVersion: number | null };
}

/** The explanation page: what the API answers, laid out for the recruiter to read, and to print for the candidate. */
export function explanationView(candidateId: string, explanation: Explanation): ExplanationModel {
  const { provenance } = explanation;
  return {
    language: explanation.language,
    languageKey: `explanation.language.${explanation.language}`,
    backHref: candidateHref(candidateId, explanation.applicationId),
    vacancyTitle: explanation.vacancyTitle,
    summary: explanation.summary,
    criteria: explanation.criteria.map((criterion) => ({
      name: criterion.name,
      status: criterion.requirement === 'not_met' ? 'not_met' : criterion.outcome,
      statusKey: `explanation.status.${criterion.outcome}`,
      requirement: criterion.requirement !== null,
      sentence: criterion.sentence,
    })),
    decisions: explanation.decisions.map((decision) => ({
      at: decision.at,
      iso: decision.at.toISOString(),
      byKey: decision.by ? `explanation.by.${decision.by}` : undefined,
      sentence: decision.sentence,
    })),
    record:
      provenance.scoredAt && provenance.profileVersion !== null
        ? {
            scoredAt: provenance.scoredAt,
            profileVersion: provenance.profileVersion,
            engineVersion: provenance.engineVersion,
          }
        : undefined,
  };
}

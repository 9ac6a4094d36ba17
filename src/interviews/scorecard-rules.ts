import { FieldError } from '../common/errors/domain-error';
import { Rating, Recommendation } from '../scoring/round-result';
import { VacancyRound } from '../vacancies/entities/vacancy-round.entity';

export interface ScorecardInput {
  ratings: readonly { competency: string; rating: number | null; notes?: string }[];
  recommendation?: Recommendation | null;
}

/**
 * What is wrong with a scorecard for a round: a competency the round does
 * not rate, one rated twice, a rating off the round's scale; and to submit,
 * every competency rated or marked not assessed, and a recommendation.
 */
export function scorecardProblems(round: VacancyRound, input: ScorecardInput, submitting: boolean): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  input.ratings.forEach((rating, index) => {
    if (!round.competencies.includes(rating.competency)) {
      problems.push({
        field: `ratings[${index}].competency`,
        messages: [
          `${rating.competency} is not rated in round "${round.name}"; it rates ${round.competencies.join(', ')}`,
        ],
      });
    } else if (seen.has(rating.competency)) {
      problems.push({ field: `ratings[${index}].competency`, messages: [`${rating.competency} is rated twice`] });
    }
    seen.add(rating.competency);
    if (rating.rating !== null && rating.rating > round.scale) {
      problems.push({
        field: `ratings[${index}].rating`,
        messages: [`${rating.rating} is off the round's scale of 1 to ${round.scale}; use null for not assessed`],
      });
    }
  });
  if (submitting) {
    const missing = round.competencies.filter((code) => !seen.has(code));
    if (missing.length) {
      problems.push({
        field: 'ratings',
        messages: [`to submit, rate or mark not assessed (null) every competency; missing: ${missing.join(', ')}`],
      });
    }
    if (!input.recommendation) {
      problems.push({ field: 'recommendation', messages: ['to submit, give an overall recommendation'] });
    }
  }
  return problems;
}

/** The ratings as stored, in the round's order. */
export function storedRatings(round: VacancyRound, input: ScorecardInput): Rating[] {
  const order = new Map(round.competencies.map((code, index) => [code, index]));
  return input.ratings
    .map((rating) => ({ competency: rating.competency, rating: rating.rating, notes: rating.notes?.trim() || null }))
    .sort((a, b) => order.get(a.competency)! - order.get(b.competency)!);
}

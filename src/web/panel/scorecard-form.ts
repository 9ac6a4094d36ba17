import type { Recommendation } from '../../scoring/round-result';

/** A scorecard as the page's form posts it, before the API's own rules check it. */
export interface ScorecardForm {
  ratings: { competency: string; rating: number | null; notes?: string }[];
  recommendation?: Recommendation;
  summary?: string;
}

/** What was typed into the form, to show again beside a problem. */
export interface TypedScorecard {
  ratings: Record<string, string>;
  notes: Record<string, string>;
  recommendation: string;
  summary: string;
}

export const NOT_ASSESSED = 'na';

export const ratingField = (code: string) => `rating_${code}`;
export const notesField = (code: string) => `notes_${code}`;

/**
 * The round's competencies as the form posts them (`rating_<code>`: a point of the scale or `na`,
 * `notes_<code>`). A competency left without a choice and without notes is left out of the draft;
 * one with notes but no choice is kept as not assessed, so that no typed note is lost.
 */
export function scorecardFromForm(
  competencies: readonly string[],
  body: Record<string, unknown>,
): { form: ScorecardForm; typed: TypedScorecard } {
  const typed: TypedScorecard = {
    ratings: {},
    notes: {},
    recommendation: text(body.recommendation),
    summary: text(body.summary),
  };
  const ratings: ScorecardForm['ratings'] = [];
  for (const code of competencies) {
    const rating = text(body[ratingField(code)]);
    const notes = text(body[notesField(code)]);
    typed.ratings[code] = rating;
    typed.notes[code] = notes;
    if (rating === '' && notes.trim() === '') continue;
    const value = rating === '' || rating === NOT_ASSESSED ? null : Number(rating);
    ratings.push({ competency: code, rating: value, ...(notes.trim() ? { notes } : {}) });
  }
  const form: ScorecardForm = { ratings };
  if (typed.recommendation) form.recommendation = typed.recommendation as Recommendation;
  // Posted empty, the summary is cleared; not posted, the saved one is kept.
  if ('summary' in body) form.summary = typed.summary;
  return { form, typed };
}

/** Whether the body holds any of the scorecard's fields (a confirmation step posts none: it submits the draft as saved). */
export function holdsScorecard(competencies: readonly string[], body: Record<string, unknown>): boolean {
  return (
    'recommendation' in body ||
    'summary' in body ||
    competencies.some((code) => ratingField(code) in body || notesField(code) in body)
  );
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 10_000) : '';
}

/** The competencies a posted form names, in its order: the API's rules then refuse any the round does not rate. */
export function competenciesIn(body: Record<string, unknown>): string[] {
  const named = Object.keys(body)
    .map((key) => /^(?:rating|notes)_(.+)$/.exec(key)?.[1])
    .filter((code): code is string => code !== undefined);
  return [...new Set(named)];
}

import type { Rating } from '../../scoring/round-result';
import { RECOMMENDATIONS } from '../../scoring/round-result';
import { findCompetency } from '../../scoring/competency-catalogue';
import type { Language } from '../../users/entities/user.entity';
import type { VacancyRound } from '../../vacancies/entities/vacancy-round.entity';
import { anchorsOf } from '../../vacancies/round-template';
import type { InterviewPageData } from './panel.data';
import { NOT_ASSESSED, notesField, ratingField, TypedScorecard } from './scorecard-form';

export interface PageMessage {
  key: string;
  values?: Record<string, unknown>;
}

/** What the page adds to the data: a message, what was typed, a notice after a step. */
export interface InterviewPageState {
  typed?: TypedScorecard;
  message?: PageMessage;
  notice?: PageMessage;
  /** Fields the API named as wrong. */
  errors?: { field: string }[];
}

export const interviewHref = (id: string) => `/panel/interviews/${id}`;

export function competencyName(code: string, language: Language): string {
  return findCompetency(code)?.name[language] ?? code;
}

/** The interview page: time and place, the candidate as the API shows them, the round's questions, the scorecard and, once open, the panel's. */
export function interviewView(data: InterviewPageData, language: Language, state: InterviewPageState = {}) {
  const { interview, vacancy, sealed } = data.view;
  const round = vacancy.rounds.find((one) => one.id === interview.roundId)!;
  const href = interviewHref(interview.id);
  const own = data.own?.scorecard ?? null;
  const submitted = own?.status === 'submitted';
  const cancelled = interview.status === 'cancelled';
  const stored = new Map((own?.ratings ?? []).map((rating) => [rating.competency, rating]));
  const typed = state.typed;
  const questions = round.questions ?? [];
  const competencies = round.competencies.map((code) => {
    const kept = stored.get(code);
    const chosen = typed ? (typed.ratings[code] ?? '') : kept ? ratingValue(kept) : '';
    return {
      code,
      name: competencyName(code, language),
      questions: questions
        .filter((question) => question.competency === code)
        .map((question) => ({ text: question.text, kindKey: `panel.question.${question.kind}` })),
      field: ratingField(code),
      notesField: notesField(code),
      levels: levels(round, code, chosen),
      notAssessed: { id: `rate-${code}-na`, value: NOT_ASSESSED, checked: chosen === NOT_ASSESSED },
      notes: typed ? (typed.notes[code] ?? '') : (kept?.notes ?? ''),
      invalid: (state.errors ?? []).some((error) => error.field.startsWith('ratings')),
    };
  });
  const recommendation = typed ? typed.recommendation : (own?.recommendation ?? '');
  const form = data.onPanel &&
    !cancelled && {
      amend: submitted,
      action: submitted ? `${href}/amend` : `${href}/draft`,
      submitAction: `${href}/submit`,
      revision: own?.revision ?? 0,
      competencies,
      recommendations: RECOMMENDATIONS.map((value) => ({
        value,
        id: `recommend-${value}`,
        labelKey: `panel.recommendation.${value}`,
        checked: value === recommendation,
      })),
      summary: typed ? typed.summary : (own?.summary ?? ''),
      statusKey: submitted ? 'panel.scorecard.submitted' : own ? 'panel.scorecard.draft' : 'panel.scorecard.none',
      savedAt: own && !submitted ? own.updatedAt : null,
      submittedAt: own?.submittedAt ?? null,
    };
  return {
    id: interview.id,
    vacancyTitle: vacancy.title,
    roundName: round.name,
    startsAt: interview.startsAt,
    durationMinutes: interview.durationMinutes,
    location: interview.location,
    meetingUrl: interview.meetingUrl,
    cancelled,
    cancelReason: interview.cancelReason,
    icsHref: `${href}/invite.ics`,
    candidate: data.candidate,
    questionsByCompetency: competencies.filter((one) => one.questions.length),
    form: form || null,
    message: state.message,
    notice: state.notice,
    sealed,
    ownRevisions: (data.own?.revisions ?? [])
      .filter((revision) => revision.reason)
      .map((revision) => ({ revision: revision.revision, reason: revision.reason, at: revision.submittedAt })),
    results: sealed ? null : resultsView(data, round, language),
  };
}

export type InterviewModel = ReturnType<typeof interviewView>;

function ratingValue(rating: Rating): string {
  return rating.rating === null ? NOT_ASSESSED : String(rating.rating);
}

function levels(round: VacancyRound, code: string, chosen: string) {
  return anchorsOf(round).map((anchor, index) => ({
    value: String(index + 1),
    id: `rate-${code}-${index + 1}`,
    anchor,
    checked: chosen === String(index + 1),
  }));
}

/** The panel's scorecards side by side, the round's result and agreement: only ever built for an unsealed reader. */
function resultsView(data: InterviewPageData, round: VacancyRound, language: Language) {
  const cards = data.panel ?? [];
  const result = data.view.interview.result;
  const byCompetency = new Map((result?.competencies ?? []).map((one) => [one.competency, one]));
  const alpha = data.agreement?.alpha?.alpha ?? null;
  return {
    columns: cards.map(({ scorecard }) => ({
      name: data.names.get(scorecard.interviewerId) ?? '',
      recommendationKey: scorecard.recommendation ? `panel.recommendation.${scorecard.recommendation}` : null,
      summary: scorecard.summary,
      revision: scorecard.revision,
    })),
    rows: round.competencies.map((code) => {
      const mean = byCompetency.get(code);
      return {
        name: competencyName(code, language),
        cells: cards.map(({ scorecard }) => {
          const rating = scorecard.ratings.find((one) => one.competency === code);
          return { rating: rating?.rating ?? null, notes: rating?.notes ?? null };
        }),
        mean: mean?.mean ?? null,
        spread: mean?.spread ?? null,
        flagged: mean?.flagged ?? false,
      };
    }),
    scale: round.scale,
    decisionKey: result ? `panel.decision.${result.decision ?? 'pending'}` : 'panel.decision.pending',
    reason: result?.reason ?? null,
    score: data.view.interview.roundScore === null ? null : data.view.interview.roundScore / 100,
    meanRating: result?.meanRating ?? null,
    ruleKey: result ? `panel.rule.${result.rule.kind}` : null,
    threshold: result && result.rule.kind === 'average' ? result.rule.threshold : null,
    agreement: data.agreement
      ? {
          alpha,
          hasAlpha: alpha !== null,
          flagged: data.agreement.flagged,
          interviews: data.agreement.interviews,
        }
      : null,
  };
}

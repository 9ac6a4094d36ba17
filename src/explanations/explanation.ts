import type { Decision } from '../applications/entities/application-event.entity';
import type { Stage } from '../applications/entities/application.entity';
import type { CriterionKind } from '../scoring/profile';
import type { CriterionScore, CriterionStatus, ScoreResult } from '../scoring/score';
import type { Language } from '../users/entities/user.entity';

/** The words of the explanation in one language: texts of the catalogue's explanation area, and points. */
export interface ExplanationWords {
  text(key: string, values?: Record<string, string | number>): string;
  /** Points as the reader writes them, to a tenth and without a tenth of nought: "23,3", "25". */
  points(value: number): string;
}

/** One recorded move of the application, as the explanation may use it: no reason's words, no one's name. */
export interface MoveRecord {
  at: Date;
  fromStage: Stage | null;
  fromRoundId: string | null;
  toStage: Stage;
  toRoundId: string | null;
  decision: Decision | null;
  /** A person made the move; Sift makes some by the vacancy's rules (a knock-out, a round decided). */
  byPerson: boolean;
}

/** An interview round decided by its panel's scorecards under the round's rule. */
export interface RoundOutcome {
  roundId: string;
  decision: 'pass' | 'fail';
  at: Date;
}

/** Everything an explanation is made of: only this application's own record. */
export interface ExplanationSource {
  applicationId: string;
  language: Language;
  vacancyTitle: string;
  /** The vacancy's rounds, to name them. */
  rounds: { id: string; name: string }[];
  screening: ScoreResult | null;
  screenedAt: Date | null;
  profileVersion: number | null;
  engineVersion: number | null;
  moves: MoveRecord[];
  roundOutcomes: RoundOutcome[];
}

export type Requirement = 'met' | 'not_met' | 'open';

export interface ExplainedCriterion {
  criterion: CriterionKind;
  name: string;
  outcome: CriterionStatus;
  /** Whether the criterion is a requirement (a knock-out) and how it came out; null when it is not one. */
  requirement: Requirement | null;
  earned: number;
  possible: number;
  sentence: string;
}

export const STEPS = [
  'received',
  'moved',
  'advanced',
  'held',
  'rejected',
  'withdrawn',
  'round_passed',
  'round_not_passed',
] as const;
export type Step = (typeof STEPS)[number];

export interface ExplainedDecision {
  at: Date;
  what: Step;
  /** Who took the step: a person, Sift by the vacancy's rules, or an interview panel; null for receiving it. */
  by: 'person' | 'system' | 'panel' | null;
  stage: Stage | null;
  round: string | null;
  sentence: string;
}

export interface Explanation {
  applicationId: string;
  language: Language;
  vacancyTitle: string;
  summary: string;
  criteria: ExplainedCriterion[];
  decisions: ExplainedDecision[];
  provenance: { profileVersion: number | null; engineVersion: number | null; scoredAt: Date | null };
}

/**
 * An account of one application for its candidate, in their language: each
 * criterion of the stored screening and how it came out, and each step taken
 * on the application, by whom (a person, the system, a panel). Made from the
 * application's own record only: no other applicant's name, score or rank,
 * and no reason's free text, which may speak of other applicants.
 */
export function explain(source: ExplanationSource, words: ExplanationWords): Explanation {
  const screening = source.screening;
  return {
    applicationId: source.applicationId,
    language: source.language,
    vacancyTitle: source.vacancyTitle,
    summary: summaryOf(screening, words),
    criteria: (screening?.breakdown ?? []).map((line) => criterionOf(line, screening!, words)),
    decisions: decisionsOf(source, words),
    provenance: {
      profileVersion: screening ? source.profileVersion : null,
      engineVersion: screening ? source.engineVersion : null,
      scoredAt: screening ? source.screenedAt : null,
    },
  };
}

function summaryOf(screening: ScoreResult | null, words: ExplanationWords): string {
  if (!screening) return words.text('explanation.summary.notScreened');
  const score = words.points(screening.score);
  if (screening.failedKnockouts.length) return words.text('explanation.summary.failedRequirement', { score });
  if (screening.openKnockouts.length) return words.text('explanation.summary.openRequirement', { score });
  if (screening.breakdown.some((line) => line.knockout)) {
    return words.text('explanation.summary.allRequirements', { score });
  }
  return words.text('explanation.summary.scored', { score });
}

function criterionOf(line: CriterionScore, screening: ScoreResult, words: ExplanationWords): ExplainedCriterion {
  const requirement = requirementOf(line, screening);
  const sentences: string[] = [];
  if (line.possible === 0) sentences.push(words.text('explanation.outcome.barOnly'));
  else {
    sentences.push(words.text(`explanation.outcome.${line.status}`));
    if (line.status !== 'unknown') {
      const [earned, possible] = [words.points(line.earned), words.points(line.possible)];
      sentences.push(words.text('explanation.points', { earned, possible }));
    }
  }
  if (requirement) sentences.push(words.text(`explanation.requirement.${requirement}`));
  if (line.unknown && line.status !== 'unknown') sentences.push(words.text('explanation.missing'));
  if (line.unconfirmed) sentences.push(words.text('explanation.unconfirmed'));
  return {
    criterion: line.criterion,
    name: words.text(`explanation.criterion.${line.criterion}`),
    outcome: line.status,
    requirement,
    earned: line.earned,
    possible: line.possible,
    sentence: sentences.join(' '),
  };
}

function requirementOf(line: CriterionScore, screening: ScoreResult): Requirement | null {
  if (!line.knockout) return null;
  if (screening.failedKnockouts.some((note) => note.criterion === line.criterion)) return 'not_met';
  if (screening.openKnockouts.some((note) => note.criterion === line.criterion)) return 'open';
  return line.meetsBar === false ? 'not_met' : line.meetsBar === null ? 'open' : 'met';
}

/** The moves and the rounds' outcomes, oldest first; a round's outcome before the move it led to. */
function decisionsOf(source: ExplanationSource, words: ExplanationWords): ExplainedDecision[] {
  const roundName = (id: string | null) =>
    (id && source.rounds.find((round) => round.id === id)?.name) || words.text('explanation.round.unnamed');
  const steps = [
    ...source.roundOutcomes.map((outcome) => ({ order: 0, step: roundStep(outcome, roundName, words) })),
    ...source.moves.map((move) => ({ order: 1, step: moveStep(move, roundName, words) })),
  ];
  // A stable sort: moves keep the order of their revisions.
  steps.sort((a, b) => a.step.at.getTime() - b.step.at.getTime() || a.order - b.order);
  return steps.map(({ step }) => step);
}

function roundStep(
  outcome: RoundOutcome,
  roundName: (id: string | null) => string,
  words: ExplanationWords,
): ExplainedDecision {
  const round = roundName(outcome.roundId);
  return {
    at: outcome.at,
    what: outcome.decision === 'pass' ? 'round_passed' : 'round_not_passed',
    by: 'panel',
    stage: 'interview',
    round,
    sentence: words.text(`explanation.event.round.${outcome.decision}`, { round }),
  };
}

const FORWARD: readonly Stage[] = ['screening', 'interview', 'offer', 'hired'];

function moveStep(
  move: MoveRecord,
  roundName: (id: string | null) => string,
  words: ExplanationWords,
): ExplainedDecision {
  const round = move.toStage === 'interview' ? roundName(move.toRoundId) : null;
  const step = (what: Step, by: ExplainedDecision['by'], key: string, values: Record<string, string> = {}) => ({
    at: move.at,
    what,
    by,
    stage: move.toStage,
    round: values.round ?? round,
    sentence: words.text(`explanation.event.${key}`, values),
  });
  const into: Record<string, string> = round === null ? {} : { round };
  if (move.fromStage === null) return step('received', null, 'received');
  if (move.decision === 'hold') return step('held', 'person', 'held');
  if (move.decision === 'reject') return step('rejected', 'person', 'rejected');
  if (move.toStage === 'withdrawn') return step('withdrawn', move.byPerson ? 'person' : 'system', 'withdrawn');
  if (!move.byPerson) {
    if (move.toStage === 'rejected') {
      if (move.fromStage === 'applied') return step('rejected', 'system', 'knockedOut');
      if (move.fromStage === 'interview') {
        return step('rejected', 'system', 'roundNotPassed', { round: roundName(move.fromRoundId) });
      }
      return step('rejected', 'system', 'automatic.rejected');
    }
    const automatic = ['screening', 'interview', 'offer'].includes(move.toStage) ? move.toStage : 'other';
    return step('moved', 'system', `automatic.${automatic}`, into);
  }
  if (move.toStage === 'rejected') return step('rejected', 'person', 'rejected');
  if (move.decision === 'advance' && FORWARD.includes(move.toStage)) {
    return step('advanced', 'person', `advanced.${move.toStage}`, into);
  }
  return step('moved', 'person', `moved.${move.toStage}`, into);
}

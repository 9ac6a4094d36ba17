import { median } from 'simple-statistics';
import type { Stage } from '../applications/entities/application.entity';
import type { CriterionKind } from '../scoring/profile';
import { ImpactRow, impactTable, SmallNumberRules } from './impact-table';
import { categoriesOf, DECLINED, QuestionSet } from './question-sets';

/** Where the path of every vacancy stands, as indexes: what `furthest` counts in. */
export const PATH = { applied: 0, screening: 1, interview: 2, offer: 3, hired: 4 } as const;

/** One application in a report's scope, with what the report needs of it and nothing else. */
export interface ApplicantRecord {
  /** Question to answer (or `declined`); a question not answered is missing. */
  answers: Record<string, string>;
  stage: Stage;
  /** The furthest step of the path its moves reached (PATH). */
  furthest: number;
  /** The furthest round of its vacancy's plan it was moved to (1 is the first), 0 for none. */
  furthestRound: number;
  /** How many rounds its vacancy's plan has. */
  rounds: number;
  /** Null until screened. */
  eligible: boolean | null;
  failedKnockouts: CriterionKind[];
  screeningScore: number | null;
  /** The score of each round of the plan it was interviewed in, by position (index 0 is round 1). */
  roundScores: (number | null)[];
}

export type StepKey = 'screening' | 'round' | 'offer' | 'hired' | 'overall';

export interface StepTable {
  step: StepKey;
  /** The round's position, for `round`. */
  round?: number;
  /** Everyone considered at the step, of every category, unknown and declined included. */
  considered: number;
  /** Considered, but left out of the categories: no answer, or the answer declined. */
  unknown: number;
  declined: number;
  /** Reached the step before and are still waiting, or withdrew: not counted as considered. */
  open: number;
  withdrawn: number;
  rows: ImpactRow[];
}

export interface KnockoutTable extends StepTable {
  criterion: CriterionKind;
  /** How many it flagged, of every category. */
  flagged: number;
}

export interface ScoringTable {
  measure: 'screening' | 'round';
  round?: number;
  /** The median score of the whole sample, in hundredths; a category's rate is its share above it. */
  median: number | null;
  scored: number;
  unknown: number;
  declined: number;
  rows: ImpactRow[];
}

export interface AdverseImpactFigures {
  categories: string[];
  applications: number;
  /** Applications with no answer to the questions asked, and with one declined. */
  unknown: number;
  declined: number;
  steps: StepTable[];
  knockouts: KnockoutTable[];
  scoring: ScoringTable[];
}

interface Outcome {
  considered: boolean;
  selected: boolean;
  open?: boolean;
  withdrawn?: boolean;
}

/**
 * Selection rates at each step of the path, per knock-out rule, and scoring
 * rates (LL144: the share above the whole sample's median), per category of
 * one question or of two crossed. A step considers those who reached the step
 * before and whose outcome there is known: moved on, or rejected; those still
 * waiting and those who withdrew are counted apart, as the Guidelines leave
 * withdrawals out of the applicant pool.
 */
export function adverseImpact(
  records: readonly ApplicantRecord[],
  set: QuestionSet,
  questions: readonly string[],
  rules: SmallNumberRules,
): AdverseImpactFigures {
  const categories = categoriesOf(set, questions);
  const categoryOf = (record: ApplicantRecord): string => {
    const answers = questions.map((question) => record.answers[question]);
    if (answers.some((answer) => answer === undefined)) return 'unknown';
    if (answers.includes(DECLINED)) return DECLINED;
    return answers.join('/');
  };
  const labelled = records.map((record) => ({ record, category: categoryOf(record) }));
  const table = (outcome: (record: ApplicantRecord) => Outcome): Omit<StepTable, 'step'> => {
    const counts = new Map(categories.map((category) => [category, { category, considered: 0, selected: 0 }]));
    const tally = { considered: 0, unknown: 0, declined: 0, open: 0, withdrawn: 0 };
    for (const { record, category } of labelled) {
      const result = outcome(record);
      if (result.open) tally.open += 1;
      if (result.withdrawn) tally.withdrawn += 1;
      if (!result.considered) continue;
      tally.considered += 1;
      const count = counts.get(category);
      if (count) {
        count.considered += 1;
        if (result.selected) count.selected += 1;
      } else if (category === DECLINED) tally.declined += 1;
      else tally.unknown += 1;
    }
    return { ...tally, rows: impactTable([...counts.values()], rules) };
  };

  const maxRounds = Math.max(0, ...records.map((record) => record.rounds));
  const rounds = Array.from({ length: maxRounds }, (_value, index) => index + 1);
  const steps: StepTable[] = [
    { step: 'screening', ...table(screeningOutcome) },
    ...rounds.map((round) => ({ step: 'round' as const, round, ...table((record) => roundOutcome(record, round)) })),
    { step: 'offer', ...table(offerOutcome) },
    { step: 'hired', ...table(hiredOutcome) },
    { step: 'overall', ...table(overallOutcome) },
  ];
  const criteria = [...new Set(records.flatMap((record) => record.failedKnockouts))].sort();
  const knockouts = criteria.map((criterion) => {
    const step = table((record) => ({
      considered: record.eligible !== null,
      selected: !record.failedKnockouts.includes(criterion),
    }));
    const flagged = records.filter((record) => record.failedKnockouts.includes(criterion)).length;
    return { step: 'screening' as const, criterion, flagged, ...step };
  });
  const scoring = (score: (record: ApplicantRecord) => number | null) => {
    const scores = records.map(score).filter((value): value is number => value !== null);
    const middle = scores.length ? median(scores) : null;
    const { considered, unknown, declined, rows } = table((record) => {
      const value = score(record);
      return { considered: value !== null, selected: value !== null && middle !== null && value > middle };
    });
    return { median: middle, scored: considered, unknown, declined, rows };
  };
  return {
    categories,
    applications: records.length,
    unknown: labelled.filter(({ category }) => category === 'unknown').length,
    declined: labelled.filter(({ category }) => category === DECLINED).length,
    steps,
    knockouts,
    scoring: [
      { measure: 'screening', ...scoring((record) => record.screeningScore) },
      ...rounds.map((round) => ({
        measure: 'round' as const,
        round,
        ...scoring((record) => record.roundScores[round - 1] ?? null),
      })),
    ],
  };
}

const passedScreening = (record: ApplicantRecord) => record.eligible === true && record.failedKnockouts.length === 0;

/** Whether the application got as far as this step, or past it. */
function decided(record: ApplicantRecord, reachedBefore: boolean, reached: boolean): Outcome {
  if (!reachedBefore && !reached) return { considered: false, selected: false };
  if (reached) return { considered: true, selected: true };
  if (record.stage === 'rejected') return { considered: true, selected: false };
  if (record.stage === 'withdrawn') return { considered: false, selected: false, withdrawn: true };
  return { considered: false, selected: false, open: true };
}

function screeningOutcome(record: ApplicantRecord): Outcome {
  if (record.eligible === null) return { considered: false, selected: false, open: record.stage !== 'withdrawn' };
  return { considered: true, selected: passedScreening(record) };
}

/** Reaching an offer passes every round: a round skipped on a recruiter's say is not one failed. */
function reachedRound(record: ApplicantRecord, round: number): boolean {
  return record.furthestRound >= round || record.furthest >= PATH.offer;
}

function roundOutcome(record: ApplicantRecord, round: number): Outcome {
  if (record.rounds < round) return { considered: false, selected: false };
  const before = round === 1 ? passedScreening(record) : reachedRound(record, round - 1);
  return decided(record, before, reachedRound(record, round));
}

function offerOutcome(record: ApplicantRecord): Outcome {
  const before = record.rounds > 0 ? reachedRound(record, record.rounds) : passedScreening(record);
  return decided(record, before, record.furthest >= PATH.offer);
}

function hiredOutcome(record: ApplicantRecord): Outcome {
  return decided(record, record.furthest >= PATH.offer, record.furthest >= PATH.hired);
}

/** The bottom line (29 CFR 1607.4C): applied to hired, over the applications whose outcome is known. */
function overallOutcome(record: ApplicantRecord): Outcome {
  return decided(record, true, record.furthest >= PATH.hired);
}

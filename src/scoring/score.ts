import { CompiledCriterion, Words } from './criteria/assessment';
import { compileCertifications } from './criteria/certifications';
import { compileClientBase } from './criteria/client-base';
import { compileCompetencies } from './criteria/competencies';
import { compileCourses } from './criteria/courses';
import { compileEducation } from './criteria/education';
import { compileLanguages } from './criteria/languages';
import { compileSalesExperience } from './criteria/sales-experience';
import { CandidateFacts, Criteria, CRITERION_KINDS, CriterionKind, ProfileLanguage } from './profile';

/**
 * Raised whenever the rules below change what a score means, so a stored
 * score can tell which rules made it.
 */
export const SCORING_RULES_VERSION = 1;

/** All points of a profile, in hundredths: scores are added up in integers so the parts always make the whole. */
const TOTAL_UNITS = 10_000;

export type CriterionStatus = 'met' | 'partial' | 'not_met' | 'unknown';

export interface CriterionScore {
  criterion: CriterionKind;
  /** The criterion's name in the profile's language. */
  name: string;
  weight: number;
  knockout: boolean;
  /** Points, to the hundredth; the breakdown's `earned` adds up to the score exactly. */
  possible: number;
  earned: number;
  status: CriterionStatus;
  /** Whether the candidate meets the criterion's bar (its minimum); null when the facts do not tell yet. */
  meetsBar: boolean | null;
  /** Something the criterion needs is unknown: it earns nothing until a recruiter finds out. */
  unknown: boolean;
  /** Points rest on a fact no recruiter has confirmed yet. */
  unconfirmed: boolean;
  factIds: string[];
  /** One plain sentence in the profile's language. */
  explanation: string;
}

export interface KnockoutNote {
  criterion: CriterionKind;
  reason: string;
}

export interface ScoreResult {
  /** False only when a knock-out has failed; an unknown fact never makes anyone ineligible by itself. */
  eligible: boolean;
  /** 0 to 100, to the hundredth. */
  score: number;
  failedKnockouts: KnockoutNote[];
  /** Knock-outs the known facts cannot decide yet: a recruiter should find out. */
  openKnockouts: KnockoutNote[];
  /** The share of the possible points whose facts are known, 0 to 1. */
  completeness: number;
  breakdown: CriterionScore[];
}

export interface CompiledProfile {
  language: ProfileLanguage;
  criteria: readonly CompiledCriterion[];
  /** Each criterion's possible points in hundredths, summing to 10,000 when any criterion has weight. */
  possibleUnits: readonly number[];
}

const COMPILERS: {
  [K in CriterionKind]: (criterion: NonNullable<Criteria[K]>, language: ProfileLanguage) => CompiledCriterion;
} = {
  education: compileEducation,
  salesExperience: compileSalesExperience,
  clientBase: compileClientBase,
  competencies: compileCompetencies,
  certifications: compileCertifications,
  languages: compileLanguages,
  courses: compileCourses,
};

export const CRITERION_NAMES: Words<Record<CriterionKind, string>> = {
  nl: {
    education: 'opleiding',
    salesExperience: 'verkoopervaring',
    clientBase: 'klantenportefeuille',
    competencies: 'competenties',
    certifications: 'certificaten',
    languages: 'talen',
    courses: 'cursussen',
  },
  et: {
    education: 'haridus',
    salesExperience: 'müügikogemus',
    clientBase: 'kliendibaas',
    competencies: 'pädevused',
    certifications: 'sertifikaadid',
    languages: 'keeled',
    courses: 'kursused',
  },
  en: {
    education: 'education',
    salesExperience: 'sales experience',
    clientBase: 'client base',
    competencies: 'competencies',
    certifications: 'certifications',
    languages: 'languages',
    courses: 'courses',
  },
};

const VERDICTS: Words<{
  full: string;
  none: string;
  share: (percent: number) => string;
  unknown: string;
  knockedOut: string;
  met: string;
  notMet: string;
  unconfirmed: string;
}> = {
  nl: {
    full: 'volle punten',
    none: 'geen punten',
    share: (percent) => `${percent}% van de punten`,
    unknown: 'geen punten tot dit bekend is',
    knockedOut: 'voldoet niet aan de eis, knock-out',
    met: 'voldaan',
    notMet: 'niet voldaan',
    unconfirmed: ' (nog niet bevestigd)',
  },
  et: {
    full: 'täispunktid',
    none: 'punkte ei anta',
    share: (percent) => `${percent}% punktidest`,
    unknown: 'punkte ei anta enne, kui see on teada',
    knockedOut: 'nõue täitmata, välistav tingimus',
    met: 'täidetud',
    notMet: 'täitmata',
    unconfirmed: ' (kinnitamata)',
  },
  en: {
    full: 'full points',
    none: 'no points',
    share: (percent) => `${percent}% of the points`,
    unknown: 'no points until it is known',
    knockedOut: 'requirement not met, knock-out',
    met: 'met',
    notMet: 'not met',
    unconfirmed: ' (not yet confirmed)',
  },
};

/** Prepares a profile's criteria once, for scoring any number of candidates against them. */
export function compileProfile(criteria: Criteria, language: ProfileLanguage): CompiledProfile {
  const compiled: CompiledCriterion[] = [];
  for (const kind of CRITERION_KINDS) {
    const criterion = criteria[kind];
    if (criterion === undefined || criterion === null) continue;
    compiled.push(
      (COMPILERS[kind] as (c: typeof criterion, l: ProfileLanguage) => CompiledCriterion)(criterion, language),
    );
  }
  return { language, criteria: compiled, possibleUnits: apportion(compiled.map((criterion) => criterion.weight)) };
}

/** Scores one candidate's facts against a compiled profile as of the reference date (YYYY-MM-DD). */
export function scoreCandidate(profile: CompiledProfile, facts: CandidateFacts, referenceDate: string): ScoreResult {
  const { language } = profile;
  const names = CRITERION_NAMES[language];
  const verdicts = VERDICTS[language];
  const breakdown: CriterionScore[] = [];
  const failedKnockouts: KnockoutNote[] = [];
  const openKnockouts: KnockoutNote[] = [];
  let scoreUnits = 0;
  let knownUnits = 0;
  for (let index = 0; index < profile.criteria.length; index++) {
    const criterion = profile.criteria[index];
    const possibleUnits = profile.possibleUnits[index];
    const assessment = criterion.assess(facts, referenceDate);
    // Points rest on what is known: a criterion with nothing known earns nothing, whatever it asks.
    const fraction = assessment.known === 0 ? 0 : assessment.fraction;
    const earnedUnits = Math.round(fraction * possibleUnits);
    scoreUnits += earnedUnits;
    knownUnits += assessment.known * possibleUnits;
    const status: CriterionStatus =
      assessment.known === 0 ? 'unknown' : fraction >= 1 ? 'met' : fraction <= 0 ? 'not_met' : 'partial';
    const failed = criterion.knockout && assessment.meetsBar === false;
    let verdict: string;
    if (assessment.known === 0) verdict = verdicts.unknown;
    else if (possibleUnits === 0) verdict = assessment.meetsBar === false ? verdicts.notMet : verdicts.met;
    else if (earnedUnits === possibleUnits) verdict = verdicts.full;
    else if (earnedUnits === 0) verdict = verdicts.none;
    else verdict = verdicts.share(Math.min(99, Math.max(1, Math.round(fraction * 100))));
    if (failed) verdict = possibleUnits === 0 ? verdicts.knockedOut : `${verdicts.knockedOut} (${verdict})`;
    const explanation = `${assessment.description}: ${verdict}${assessment.unconfirmed ? verdicts.unconfirmed : ''}`;
    if (failed) failedKnockouts.push({ criterion: criterion.kind, reason: explanation });
    else if (criterion.knockout && assessment.meetsBar === null) {
      openKnockouts.push({ criterion: criterion.kind, reason: explanation });
    }
    breakdown.push({
      criterion: criterion.kind,
      name: names[criterion.kind],
      weight: criterion.weight,
      knockout: criterion.knockout,
      possible: possibleUnits / 100,
      earned: earnedUnits / 100,
      status,
      meetsBar: assessment.meetsBar,
      unknown: assessment.known < 1,
      unconfirmed: assessment.unconfirmed,
      factIds: assessment.factIds,
      explanation,
    });
  }
  const totalUnits = profile.possibleUnits.reduce((sum, units) => sum + units, 0);
  return {
    eligible: failedKnockouts.length === 0,
    score: scoreUnits / 100,
    failedKnockouts,
    openKnockouts,
    completeness: totalUnits === 0 ? 1 : Math.round((knownUnits / totalUnits) * 100) / 100,
    breakdown,
  };
}

/**
 * Splits 10,000 hundredths of a point over the weights in proportion,
 * by largest remainder, so the parts add up exactly. Ties go to the
 * criterion listed first, which is a fixed order.
 */
export function apportion(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (weight / total) * TOTAL_UNITS);
  const units = exact.map(Math.floor);
  let left = TOTAL_UNITS - units.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - units[index] }));
  byRemainder.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    units[index] += 1;
    left -= 1;
  }
  return units;
}

import { Words } from './criteria/assessment';
import { CandidateFacts, CriterionKind, ProfileLanguage } from './profile';
import { CompiledProfile, CRITERION_NAMES, ScoreResult, scoreCandidate } from './score';
import { joinList } from './text';

/** One level of a family (Accountmanager A, B, C), with the profile that defines it. */
export interface FamilyLevel<Ref = unknown> {
  level: string;
  profile: CompiledProfile;
  /** Whatever the caller needs back, such as the profile's id and version. */
  ref?: Ref;
}

export interface LevelScore<Ref = unknown> {
  level: string;
  ref?: Ref;
  result: ScoreResult;
}

export interface FamilyFit<Ref = unknown> {
  /** The highest level the candidate is eligible for; null when none. */
  fitLevel: string | null;
  /** Every level, lowest first. */
  levels: LevelScore<Ref>[];
  /** "fits B at 81; C at 64, knocked out on education; A at 90", in the family's language. */
  summary: string;
}

const WORDS: Words<{
  fits: (level: string, score: number) => string;
  other: (level: string, score: number) => string;
  knockedOutOn: (criteria: string) => string;
  fitsNone: string;
}> = {
  nl: {
    fits: (level, score) => `past bij ${level} met ${score}`,
    other: (level, score) => `${level}: ${score}`,
    knockedOutOn: (criteria) => `knock-out op ${criteria}`,
    fitsNone: 'past bij geen niveau',
  },
  et: {
    fits: (level, score) => `sobib tasemele ${level} (${score} punkti)`,
    other: (level, score) => `${level}: ${score}`,
    knockedOutOn: (criteria) => `välistav nõue täitmata: ${criteria}`,
    fitsNone: 'ei sobi ühelegi tasemele',
  },
  en: {
    fits: (level, score) => `fits ${level} at ${score}`,
    other: (level, score) => `${level} at ${score}`,
    knockedOutOn: (criteria) => `knocked out on ${criteria}`,
    fitsNone: 'fits no level',
  },
};

/** Levels in their natural order: "A" < "b" < "C", "2" < "10"; ties broken by the exact text. */
export function compareLevels(a: string, b: string): number {
  const left = a.toLowerCase().match(/\d+|\D+/g) ?? [];
  const right = b.toLowerCase().match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const [x, y] = [left[i], right[i]];
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    if (numeric) return Number(x) - Number(y) || (x < y ? -1 : 1);
    return x < y ? -1 : 1;
  }
  return left.length - right.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Scores a candidate at every level of a family and names the highest level
 * they are eligible for. The levels may come in any order.
 */
export function fitFamily<Ref>(
  levels: readonly FamilyLevel<Ref>[],
  facts: CandidateFacts,
  referenceDate: string,
  language: ProfileLanguage,
): FamilyFit<Ref> {
  const ordered = [...levels].sort((a, b) => compareLevels(a.level, b.level));
  const scored = ordered.map(({ level, profile, ref }) => ({
    level,
    ref,
    result: scoreCandidate(profile, facts, referenceDate),
  }));
  const fit = [...scored].reverse().find((entry) => entry.result.eligible);
  const words = WORDS[language];
  const names = CRITERION_NAMES[language];
  const describe = (entry: LevelScore<Ref>): string => {
    const score = Math.round(entry.result.score);
    if (entry === fit) return words.fits(entry.level, score);
    const failed = entry.result.failedKnockouts.map((note) => names[note.criterion as CriterionKind]);
    const knockout = failed.length ? `, ${words.knockedOutOn(joinList(failed, language))}` : '';
    return `${words.other(entry.level, score)}${knockout}`;
  };
  const others = [...scored].reverse().filter((entry) => entry !== fit);
  const parts = fit ? [describe(fit), ...others.map(describe)] : [words.fitsNone, ...others.map(describe)];
  return { fitLevel: fit?.level ?? null, levels: scored, summary: parts.join('; ') };
}

import { CandidateFacts, CriterionKind, ProfileLanguage } from '../profile';

/** How one criterion judged a candidate, before its points are worked out. */
export interface Assessment {
  /** The share of the criterion's points earned, 0 to 1. */
  fraction: number;
  /** How much of what the criterion needs is known, 0 (nothing) to 1 (all of it). */
  known: number;
  /** Whether the candidate meets the criterion's bar; null when facts are missing to tell. */
  meetsBar: boolean | null;
  /** A fact that earned points has not been confirmed by a recruiter. */
  unconfirmed: boolean;
  /** The facts the judgement rests on. */
  factIds: string[];
  /** What the candidate has against what the profile asks, in the profile's language. */
  description: string;
}

/** A criterion of one profile, prepared once and applied to many candidates. */
export interface CompiledCriterion {
  kind: CriterionKind;
  weight: number;
  knockout: boolean;
  assess(facts: CandidateFacts, referenceDate: string): Assessment;
}

export type Words<T> = Record<ProfileLanguage, T>;

/** Collects the ids and the confirmation state of the facts that earned something. */
export class FactTrail {
  readonly ids: string[] = [];
  unconfirmed = false;

  use(fact: { id?: string; confirmed: boolean }): void {
    if (fact.id !== undefined && !this.ids.includes(fact.id)) this.ids.push(fact.id);
    if (!fact.confirmed) this.unconfirmed = true;
  }
}

export function knownOf(knownCount: number, total: number): number {
  return total === 0 ? 1 : knownCount / total;
}

/** The judgement when none of the facts a criterion needs is known. */
export function nothingKnown(description: string, meetsBar: boolean | null = null): Assessment {
  return { fraction: 0, known: 0, meetsBar, unconfirmed: false, factIds: [], description };
}

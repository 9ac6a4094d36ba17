import { monthsBefore } from '../../audit/audit-retention';
import type { RetentionSettings } from '../../config/settings';

/**
 * The consent purpose that means "keep me for later vacancies" (the talent
 * pool): written exactly so (any case), because a free text such as "no talent
 * pool, please" must never keep anyone by a guess. Any other purpose is a
 * consent for the applications made, and ends with them.
 */
export const TALENT_POOL_PURPOSE = 'talent_pool';

export function isTalentPoolConsent(purpose: string | null): boolean {
  return purpose?.trim().toLowerCase() === TALENT_POOL_PURPOSE;
}

/** The moments that make a candidate due today: closed before the one, a talent-pool consent given before the other. */
export interface RetentionCutoffs {
  closedBefore: Date;
  talentPoolSince: Date;
}

/** Null when the policy is off (RETENTION_MONTHS_AFTER_CLOSE=off). */
export function retentionCutoffs(settings: RetentionSettings, now: Date): RetentionCutoffs | null {
  if (settings.monthsAfterClose === null) return null;
  return {
    closedBefore: monthsBefore(now, settings.monthsAfterClose),
    talentPoolSince: monthsBefore(now, settings.talentPoolMonths),
  };
}

/** A candidate the policy reaches, as the due list reads them. */
export interface RetentionCandidate {
  id: string;
  name: string;
  createdAt: Date;
  /** When their last application closed; null when they never applied. */
  lastClosedAt: Date | null;
  consentPurpose: string | null;
  consentAt: Date | null;
}

/**
 * Which rule makes the candidate due: their applications closed long enough ago, or they never applied. One
 * who never applied (a CV sent in, an import) was added for recruiting all the same, so their period runs from
 * when they were added, as if a process had closed then: never applying must not keep anyone longer.
 */
export type RetentionRule = 'closedApplications' | 'neverApplied';

export interface RetentionVerdict {
  rule: RetentionRule;
  /** The day the period ran out: the later of the closure's and a talent-pool consent's end. */
  dueSince: Date;
  /** When a talent-pool consent ran out; null when they gave none. */
  talentPoolEndedAt: Date | null;
}

export function verdictOn(candidate: RetentionCandidate, settings: RetentionSettings): RetentionVerdict {
  const rule: RetentionRule = candidate.lastClosedAt ? 'closedApplications' : 'neverApplied';
  const closedEnd = monthsAfter(candidate.lastClosedAt ?? candidate.createdAt, settings.monthsAfterClose ?? 0);
  const talentPoolEndedAt =
    isTalentPoolConsent(candidate.consentPurpose) && candidate.consentAt
      ? monthsAfter(candidate.consentAt, settings.talentPoolMonths)
      : null;
  const dueSince = talentPoolEndedAt && talentPoolEndedAt > closedEnd ? talentPoolEndedAt : closedEnd;
  return { rule, dueSince, talentPoolEndedAt };
}

/** The reason an erasure under the policy records: the rule and its dates, in words an auditor reads. */
export function erasureReason(candidate: RetentionCandidate, settings: RetentionSettings): string {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const months = settings.monthsAfterClose;
  const { rule, talentPoolEndedAt } = verdictOn(candidate, settings);
  const because =
    rule === 'closedApplications'
      ? `last application closed on ${day(candidate.lastClosedAt!)}, over ${months} months ago`
      : `added on ${day(candidate.createdAt)} and never applied, over ${months} months ago`;
  const consent = talentPoolEndedAt ? `; talent-pool consent ended on ${day(talentPoolEndedAt)}` : '';
  return `Retention policy (RETENTION_MONTHS_AFTER_CLOSE=${months}): ${because}${consent}`;
}

/** The moment `months` calendar months after `from` (the inverse of monthsBefore, the month's last day when shorter). */
export function monthsAfter(from: Date, months: number): Date {
  return monthsBefore(from, -months);
}

/**
 * Every background job: its name and the ids it carries. A handler reads what
 * it needs again when it runs, and does nothing for what is gone.
 */
export interface JobPayloads {
  /** Writes out and sends one mail. */
  'mail.send': { mailId: string };
  /** Screens a vacancy's open applications again (its profile, weights or policy changed). */
  'screening.vacancy': { vacancyId: string };
  /** Screens a candidate's open applications again (their facts changed). */
  'screening.candidate': { candidateId: string };
  /** Works out a vacancy's interview results, agreement and calibration again. */
  'panels.review': { vacancyId: string; rewriteResults: boolean };
  /** A day after an interview: reminds each panel member whose scorecard is still open. */
  'interviews.remind': { interviewId: string; sequence: number };
  /** Daily: removes CV files that no CV refers to any more, past their grace period. */
  'cvs.sweep-orphans': Record<string, never>;
  /** Erases a candidate's personal data, resuming where a crash left it. */
  'candidate.erase': { erasureId: string };
  /** Daily: removes audit entries older than the retention period (AUDIT_RETENTION_MONTHS). */
  'audit.prune': Record<string, never>;
  /** Daily: asks for the erasure of every candidate the retention policy makes due (RETENTION_MONTHS_AFTER_CLOSE). */
  'privacy.retention': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const JOB_NAMES = [
  'mail.send',
  'screening.vacancy',
  'screening.candidate',
  'panels.review',
  'interviews.remind',
  'cvs.sweep-orphans',
  'candidate.erase',
  'audit.prune',
  'privacy.retention',
] as const satisfies readonly JobName[];

// Fails to compile when a job is declared above but missing from the list.
type Unlisted = Exclude<JobName, (typeof JOB_NAMES)[number]>;
export const EVERY_JOB_LISTED: [Unlisted] extends [never] ? true : never = true;

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
}

/**
 * How often each job is tried before it ends as failed. The wait before a
 * retry doubles each time from the configured base (JOB_BACKOFF): with the
 * default of 5 s, a mail is tried for about 20 minutes before it fails.
 */
export const RETRY: Record<JobName, RetryPolicy> = {
  'mail.send': { attempts: 9 },
  'screening.vacancy': { attempts: 5 },
  'screening.candidate': { attempts: 5 },
  'panels.review': { attempts: 5 },
  'interviews.remind': { attempts: 5 },
  'cvs.sweep-orphans': { attempts: 3 },
  // An erasure must finish: retried for about a day at the default backoff.
  'candidate.erase': { attempts: 15 },
  'audit.prune': { attempts: 3 },
  'privacy.retention': { attempts: 3 },
};

/** The wait before attempt `attempt + 1`, after `attempt` attempts failed. */
export function backoffMs(attempt: number, baseMs: number): number {
  return baseMs * 2 ** Math.max(0, attempt - 1);
}

export function isJobName(value: string): value is JobName {
  return (JOB_NAMES as readonly string[]).includes(value);
}

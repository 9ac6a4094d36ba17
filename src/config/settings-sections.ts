/** The parts of the configuration, one interface a concern; `Settings` (settings.ts) holds one of each. */
import type { QuestionSet, QuestionSetKey } from '../fairness/question-sets';

export type DatabaseDialect = 'sqlite' | 'postgres';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface DatabaseSettings {
  dialect: DatabaseDialect;
  /** The SQLite file, or the PostgreSQL connection URL. */
  url: string;
  sqlitePath?: string;
  runMigrations: boolean;
  busyTimeoutMs: number;
  /** PostgreSQL connections one process may hold at once (SQLite has one). */
  poolSize: number;
}

export interface AuthSettings {
  /** Undefined means: read or create the secret file in the data folder. */
  tokenSecret?: string;
  tokenTtlSeconds: number;
  maxFailedLogins: number;
  failedLoginWindowSeconds: number;
  failedLoginDelayMs: number;
  /** Failed logins for one account from any addresses, in its own longer window, before it is locked. */
  maxFailedLoginsPerAccount: number;
  accountLoginWindowSeconds: number;
  /** How long an address an account logged in from stays exempt from that account's lock. */
  knownClientSeconds: number;
}

export interface CvSettings {
  /** Folder the original CV files are kept in, each named by its SHA-256. */
  storageDir: string;
  maxBytes: number;
  maxPages: number;
  maxUncompressedBytes: number;
  parseTimeoutMs: number;
  /** Worker threads that read CV files, so a hostile file cannot stall the API. */
  readers: number;
  /** A file in the folder that no CV refers to is removed by the daily sweep once it is this old (an upload in flight is younger). */
  orphanGraceSeconds: number;
}

export interface JobSettings {
  /** Jobs this process runs at once. */
  concurrency: number;
  /** Whether the API process runs jobs itself; false leaves them to `npm run worker`. */
  runInApi: boolean;
  /** The first wait before a retry; it doubles with each attempt. */
  backoffMs: number;
  /** How long a running job is held by its process before another may take it (renewed while it runs). */
  lockMs: number;
  /** How often the database queue and the outbox look for due work when nothing woke them. */
  pollMs: number;
  /**
   * With Redis: how often the jobs table is compared with Redis, and every job it says is waiting or
   * running whose hold ran out is handed over again (also at start-up), so a Redis that lost its data loses no job.
   */
  reconcileMs: number;
  /** When the daily jobs are queued, in UTC (JOBS_DAILY_AT, HH:MM); null when they are not run by this installation. */
  dailyAt: { hour: number; minute: number } | null;
}

export interface MailSettings {
  from: string;
  /** Where mails are written as .eml files when no SMTP_URL is set. */
  outboxDir: string;
  /** The time zone interview times are written in. */
  timeZone: string;
}

/** How much of a text CV is read, and which meeting links may be stored. */
export interface IntakeSettings {
  /** Characters read from one CV's text; the rest is left unread and the upload says so. */
  cvMaxTextChars: number;
  /** Whether an interview's meeting link may be plain http: (https: always may). */
  allowHttpMeetingUrls: boolean;
}

/** Who hires, as public job postings name them. */
export interface OrganisationSettings {
  name: string;
  url?: string;
  /** ISO 3166-1 alpha-2 code of the country jobs are in, and remote applicants may work from. */
  country?: string;
  /** Days an open vacancy's posting is said to be valid after it opened. */
  postingValidDays: number;
}

export interface WebSettings {
  /** Where people reach Sift, without a trailing slash: links in mails, and https makes cookies Secure. */
  publicUrl: string;
  /** A page session ends after this long unused; every page it opens moves the end forward. */
  sessionTtlSeconds: number;
}

/** Equal-opportunity questions and the adverse-impact reports' rules for small numbers. */
export interface FairnessSettings {
  /** The question sets applicants are offered, in this order; the first is the reports' default. */
  questionSets: QuestionSetKey[];
  /** The organisation's own sets, from FAIRNESS_QUESTIONS_FILE, besides the built-in ones. */
  ownSets: QuestionSet[];
  /** A category with fewer people than this at a step shows no rate. */
  minGroupSize: number;
  /** Leave categories under 2% of a sample out of the impact ratios, as LL144's rules allow. */
  leaveOutUnderTwoPercent: boolean;
  /** Hiring managers may read the reports of their own vacancies. */
  managersSeeReports: boolean;
}

/** The audit trail: how long it is kept, and whether reads of personal data join it. */
export interface AuditSettings {
  /** Entries older than this are removed by the daily retention job; never under six months (AI Act art. 26(6)). */
  retentionMonths: number;
  /** Log each read of personal data (on by default; off only to measure what logging costs). */
  logReads: boolean;
}

/** When candidates' personal data is erased by the daily job (privacy.retention). */
export interface RetentionSettings {
  /** Months after a candidate's last application closed (or they were added, never having applied); null: off. */
  monthsAfterClose: number | null;
  /** How long a consent to be kept for later vacancies (purpose `talent_pool`) lasts, from when it was given. */
  talentPoolMonths: number;
}

/** Who may read GET /metrics besides admins. */
export interface MetricsSettings {
  /** A bearer token for scrapers (METRICS_TOKEN), compared in constant time; undefined: admins only. */
  token?: string;
  /** Where a worker process serves its metrics (METRICS_PORT; the API serves them on its own port). */
  port?: number;
}

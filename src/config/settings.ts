import { resolve } from 'node:path';
import { isCommonPassword, MIN_PASSWORD_LENGTH } from '../auth/password-rules';
import { readFileSync } from 'node:fs';
import { readOwnQuestionSets } from '../fairness/own-question-sets';
import { QUESTION_SET_KEYS, QuestionSet, QuestionSetKey } from '../fairness/question-sets';
import {
  SettingsError,
  absolute,
  isEmail,
  parseBoolean,
  parseChoice,
  parseCountry,
  parseDatabase,
  parseDuration,
  parseInteger,
  parseMailbox,
  parseMonthsOrOff,
  parsePrefix,
  parsePublicUrl,
  parseSize,
  parseTimeOfDay,
  parseTimeZone,
  parseTrustProxy,
  parseUrl,
} from './setting-parsers';

export { isEmail, SettingsError } from './setting-parsers';

import {
  AuditSettings,
  AuthSettings,
  CvSettings,
  DatabaseDialect,
  DatabaseSettings,
  FairnessSettings,
  IntakeSettings,
  JobSettings,
  LOG_FORMATS,
  LogFormat,
  LogLevel,
  MailSettings,
  MetricsSettings,
  OrganisationSettings,
  RetentionSettings,
  WebSettings,
} from './settings-sections';

export * from './settings-sections';

/** The validated configuration; injected by its class. */
export class Settings {
  env: 'production' | 'development' | 'test';
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseSettings;
  redisUrl?: string;
  /** Redis keys start with this, so that installations can share a Redis. */
  redisPrefix: string;
  smtpUrl?: string;
  /**
   * The proxies in front of Sift whose X-Forwarded-For names the client (a number of hops, or
   * addresses, subnets and loopback, linklocal, uniquelocal); undefined trusts none.
   */
  trustProxy?: number | string[];
  auth: AuthSettings;
  firstAdmin: { email: string; password?: string };
  logLevel: LogLevel;
  /** JSON lines, or readable ones at a terminal (see common/log-output.ts). */
  logFormat: LogFormat;
  bodyLimitBytes: number;
  /** Largest import file sent to the bulk import route (JSON lines or CSV). */
  importLimitBytes: number;
  shutdownTimeoutMs: number;
  cv: CvSettings;
  jobs: JobSettings;
  mail: MailSettings;
  intake: IntakeSettings;
  organisation: OrganisationSettings;
  fairness: FairnessSettings;
  audit: AuditSettings;
  retention: RetentionSettings;
  web: WebSettings;
  metrics: MetricsSettings;
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const ENVIRONMENTS = ['production', 'development', 'test'] as const;

/**
 * Reads and validates the environment. Pure apart from resolving relative paths
 * against `cwd`, so it can be tested without touching the process.
 */
export function loadSettings(env: Env, cwd = process.cwd()): Settings {
  const read = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };

  const dataDir = absolute(read('DATA_DIR') ?? 'data', cwd);
  const database = parseDatabase(read('DATABASE_URL'), dataDir, cwd);
  database.runMigrations = parseBoolean('DATABASE_RUN_MIGRATIONS', read('DATABASE_RUN_MIGRATIONS'), true);
  database.poolSize = parseInteger('DATABASE_POOL_SIZE', read('DATABASE_POOL_SIZE'), 10, 1, 500);

  const tokenSecret = read('AUTH_TOKEN_SECRET');
  if (tokenSecret !== undefined && tokenSecret.length < 32) {
    throw new SettingsError('AUTH_TOKEN_SECRET', 'must be at least 32 characters long (or unset to generate one)');
  }
  const metricsToken = read('METRICS_TOKEN');
  if (metricsToken !== undefined && (metricsToken.length < 32 || /\s/.test(metricsToken))) {
    throw new SettingsError('METRICS_TOKEN', 'must be at least 32 characters long, without spaces (or unset)');
  }
  const metricsPort = read('METRICS_PORT');
  if (metricsPort !== undefined && metricsToken === undefined) {
    throw new SettingsError('METRICS_PORT', "needs METRICS_TOKEN: a worker's metrics are read with it");
  }

  const adminEmail = read('ADMIN_EMAIL') ?? 'admin@sift.local';
  if (!isEmail(adminEmail)) {
    throw new SettingsError('ADMIN_EMAIL', `must be an e-mail address, got "${adminEmail}"`);
  }
  const adminPassword = read('ADMIN_PASSWORD');
  if (adminPassword !== undefined && adminPassword.length < MIN_PASSWORD_LENGTH) {
    throw new SettingsError('ADMIN_PASSWORD', 'must be at least 12 characters long (or unset to generate one)');
  }
  if (adminPassword !== undefined && isCommonPassword(adminPassword)) {
    throw new SettingsError('ADMIN_PASSWORD', 'is one of the most common passwords; choose another (or unset it)');
  }

  const ownSets = parseOwnQuestionSets(read('FAIRNESS_QUESTIONS_FILE'), cwd);
  const mailFrom = parseMailbox('MAIL_FROM', read('MAIL_FROM') ?? 'Sift <no-reply@sift.local>');

  return Object.assign(new Settings(), {
    env: parseChoice('NODE_ENV', read('NODE_ENV') ?? 'production', ENVIRONMENTS),
    host: read('HOST') ?? '127.0.0.1',
    port: parseInteger('PORT', read('PORT'), 3000, 0, 65535),
    dataDir,
    database,
    redisUrl: parseUrl('REDIS_URL', read('REDIS_URL'), ['redis:', 'rediss:']),
    redisPrefix: parsePrefix('REDIS_PREFIX', read('REDIS_PREFIX') ?? 'sift'),
    smtpUrl: parseUrl('SMTP_URL', read('SMTP_URL'), ['smtp:', 'smtps:']),
    auth: {
      tokenSecret,
      tokenTtlSeconds: parseDuration('AUTH_TOKEN_TTL', read('AUTH_TOKEN_TTL'), 12 * 3600),
      maxFailedLogins: parseInteger('AUTH_MAX_FAILED_LOGINS', read('AUTH_MAX_FAILED_LOGINS'), 10, 1, 1000),
      failedLoginWindowSeconds: parseDuration('AUTH_FAILED_LOGIN_WINDOW', read('AUTH_FAILED_LOGIN_WINDOW'), 15 * 60),
      failedLoginDelayMs: parseInteger(
        'AUTH_FAILED_LOGIN_DELAY_MS',
        read('AUTH_FAILED_LOGIN_DELAY_MS'),
        250,
        0,
        10_000,
      ),
      maxFailedLoginsPerAccount: parseInteger(
        'AUTH_ACCOUNT_MAX_FAILURES',
        read('AUTH_ACCOUNT_MAX_FAILURES'),
        30,
        1,
        100_000,
      ),
      accountLoginWindowSeconds: parseDuration('AUTH_ACCOUNT_WINDOW', read('AUTH_ACCOUNT_WINDOW'), 3600),
      knownClientSeconds: parseDuration('AUTH_KNOWN_CLIENT_TTL', read('AUTH_KNOWN_CLIENT_TTL'), 30 * 86400),
    },
    trustProxy: parseTrustProxy('TRUST_PROXY', read('TRUST_PROXY')),
    firstAdmin: { email: adminEmail.toLowerCase(), password: adminPassword },
    logLevel: parseChoice('LOG_LEVEL', read('LOG_LEVEL') ?? 'info', LOG_LEVELS),
    logFormat: parseChoice('LOG_FORMAT', read('LOG_FORMAT') ?? 'auto', LOG_FORMATS),
    bodyLimitBytes: parseSize('BODY_LIMIT', read('BODY_LIMIT'), 1024 * 1024),
    importLimitBytes: parseSize('IMPORT_LIMIT', read('IMPORT_LIMIT'), 20 * 1024 * 1024),
    shutdownTimeoutMs: parseInteger('SHUTDOWN_TIMEOUT_MS', read('SHUTDOWN_TIMEOUT_MS'), 10_000, 0, 600_000),
    cv: {
      storageDir: absolute(read('CV_STORAGE_DIR') ?? resolve(dataDir, 'cvs'), cwd),
      maxBytes: parseSize('CV_MAX_SIZE', read('CV_MAX_SIZE'), 10 * 1024 * 1024),
      maxPages: parseInteger('CV_MAX_PAGES', read('CV_MAX_PAGES'), 30, 1, 10_000),
      maxUncompressedBytes: parseSize('CV_MAX_UNPACKED_SIZE', read('CV_MAX_UNPACKED_SIZE'), 50 * 1024 * 1024),
      parseTimeoutMs: parseInteger('CV_PARSE_TIMEOUT_MS', read('CV_PARSE_TIMEOUT_MS'), 10_000, 100, 600_000),
      readers: parseInteger('CV_READERS', read('CV_READERS'), 1, 1, 16),
      orphanGraceSeconds: parseDuration('CV_ORPHAN_GRACE', read('CV_ORPHAN_GRACE'), 3600),
    },
    jobs: {
      concurrency: parseInteger('JOB_CONCURRENCY', read('JOB_CONCURRENCY'), 8, 1, 256),
      runInApi: parseBoolean('JOBS_IN_API', read('JOBS_IN_API'), true),
      backoffMs: parseInteger('JOB_BACKOFF_MS', read('JOB_BACKOFF_MS'), 5000, 1, 3_600_000),
      lockMs: parseInteger('JOB_LOCK_MS', read('JOB_LOCK_MS'), 30_000, 500, 3_600_000),
      pollMs: parseInteger('JOB_POLL_MS', read('JOB_POLL_MS'), 1000, 10, 600_000),
      reconcileMs: parseInteger('JOB_RECONCILE_MS', read('JOB_RECONCILE_MS'), 60_000, 100, 3_600_000),
      dailyAt: parseTimeOfDay('JOBS_DAILY_AT', read('JOBS_DAILY_AT') ?? '03:00'),
    },
    mail: {
      from: mailFrom,
      outboxDir: absolute(read('MAIL_OUTBOX_DIR') ?? resolve(dataDir, 'outbox'), cwd),
      timeZone: parseTimeZone('TIME_ZONE', read('TIME_ZONE') ?? 'Europe/Amsterdam'),
    },
    intake: {
      cvMaxTextChars: parseInteger('CV_MAX_TEXT_CHARS', read('CV_MAX_TEXT_CHARS'), 200_000, 1000, 10_000_000),
      allowHttpMeetingUrls: parseBoolean('ALLOW_HTTP_MEETING_URLS', read('ALLOW_HTTP_MEETING_URLS'), false),
    },
    organisation: {
      // Candidates already know the organisation by the name its mails come from.
      name: read('ORGANISATION_NAME') ?? (/^\s*"?([^"<]*?)"?\s*</.exec(mailFrom)?.[1] || 'Sift'),
      url: parseUrl('ORGANISATION_URL', read('ORGANISATION_URL'), ['https:', 'http:']),
      country: parseCountry('ORGANISATION_COUNTRY', read('ORGANISATION_COUNTRY')),
      postingValidDays: parseInteger('JOB_POSTING_VALID_DAYS', read('JOB_POSTING_VALID_DAYS'), 60, 1, 3650),
    },
    fairness: {
      ownSets,
      questionSets: parseQuestionSets(
        read('FAIRNESS_QUESTION_SETS') ?? [...QUESTION_SET_KEYS, ...ownSets.map((set) => set.key)].join(','),
        ownSets,
      ),
      minGroupSize: parseInteger('FAIRNESS_MIN_GROUP_SIZE', read('FAIRNESS_MIN_GROUP_SIZE'), 5, 1, 1000),
      leaveOutUnderTwoPercent: parseBoolean('FAIRNESS_LEAVE_OUT_SMALL', read('FAIRNESS_LEAVE_OUT_SMALL'), true),
      managersSeeReports: parseBoolean('FAIRNESS_MANAGERS_SEE_REPORTS', read('FAIRNESS_MANAGERS_SEE_REPORTS'), false),
    },
    audit: {
      retentionMonths: parseInteger('AUDIT_RETENTION_MONTHS', read('AUDIT_RETENTION_MONTHS'), 24, 6, 1200),
      logReads: parseBoolean('AUDIT_LOG_READS', read('AUDIT_LOG_READS'), true),
    },
    retention: {
      monthsAfterClose: parseMonthsOrOff('RETENTION_MONTHS_AFTER_CLOSE', read('RETENTION_MONTHS_AFTER_CLOSE'), 12),
      talentPoolMonths: parseInteger('TALENT_POOL_MONTHS', read('TALENT_POOL_MONTHS'), 12, 1, 1200),
    },
    web: {
      publicUrl: parsePublicUrl(
        'PUBLIC_URL',
        read('PUBLIC_URL') ?? `http://127.0.0.1:${parseInteger('PORT', read('PORT'), 3000, 0, 65535)}`,
      ),
      sessionTtlSeconds: parseDuration('SESSION_TTL', read('SESSION_TTL'), 8 * 3600),
    },
    metrics: {
      token: metricsToken,
      port: metricsPort === undefined ? undefined : parseInteger('METRICS_PORT', metricsPort, 0, 0, 65535),
    },
  } satisfies Settings);
}

function parseQuestionSets(raw: string, own: QuestionSet[]): QuestionSetKey[] {
  const known = [...QUESTION_SET_KEYS, ...own.map((set) => set.key)];
  const keys = raw.split(',').map((key) => parseChoice('FAIRNESS_QUESTION_SETS', key.trim(), known));
  return [...new Set(keys)];
}

function parseOwnQuestionSets(path: string | undefined, cwd: string): QuestionSet[] {
  if (path === undefined) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(absolute(path, cwd), 'utf8'));
  } catch (error) {
    throw new SettingsError('FAIRNESS_QUESTIONS_FILE', `must be a readable JSON file: ${(error as Error).message}`);
  }
  const { sets, problems } = readOwnQuestionSets(json);
  if (problems.length) throw new SettingsError('FAIRNESS_QUESTIONS_FILE', problems.slice(0, 5).join('; '));
  return sets;
}

/** The dialect the entities' column types are declared for (read once, at import). */
export function dialectFromEnv(env: Env = process.env): DatabaseDialect {
  return /^postgres(ql)?:\/\//i.test(env.DATABASE_URL?.trim() ?? '') ? 'postgres' : 'sqlite';
}

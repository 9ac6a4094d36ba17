import type { Settings } from '../../config/settings';

/** A value on the page: a plain one, or the catalogue key of what stands in for a secret or a gap. */
export interface SettingRow {
  name: string;
  value?: string;
  valueKey?: string;
}

export interface SettingsGroup {
  titleKey: string;
  rows: SettingRow[];
}

const plain = (name: string, value: string | number | boolean | undefined | null): SettingRow =>
  value === undefined || value === null || value === ''
    ? { name, valueKey: 'admin.settings.unset' }
    : { name, value: String(value) };

/** A secret is never shown, not even in part: only whether it is set. */
const secret = (name: string, value: string | undefined, unsetKey = 'admin.settings.unset'): SettingRow => ({
  name,
  valueKey: value ? 'admin.settings.secretSet' : unsetKey,
});

/** A URL with its user name and password masked; one that does not parse is not shown at all. */
export function maskedUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.username) parsed.username = '***';
    if (parsed.password) parsed.password = '***';
    for (const key of [...parsed.searchParams.keys()]) {
      if (/pass|secret|key|token/i.test(key)) parsed.searchParams.set(key, '***');
    }
    return parsed.toString();
  } catch {
    return '***';
  }
}

function timeOfDay({ hour, minute }: { hour: number; minute: number }): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The settings as this process read them, by the environment variables that set them, secrets masked. */
export function settingsView(settings: Settings): { groups: SettingsGroup[] } {
  const { database, auth, cv, jobs, mail, intake, organisation, fairness, web } = settings;
  const databaseValue =
    database.dialect === 'postgres' ? maskedUrl(database.url) : (database.sqlitePath ?? database.url);
  return {
    groups: [
      {
        titleKey: 'admin.settings.group.process',
        rows: [
          plain('NODE_ENV', settings.env),
          plain('HOST', settings.host),
          plain('PORT', settings.port),
          plain('PUBLIC_URL', web.publicUrl),
          plain('DATA_DIR', settings.dataDir),
          plain(
            'TRUST_PROXY',
            Array.isArray(settings.trustProxy) ? settings.trustProxy.join(', ') : settings.trustProxy,
          ),
          plain('LOG_LEVEL', settings.logLevel),
          plain('LOG_FORMAT', settings.logFormat),
          plain('BODY_LIMIT', settings.bodyLimitBytes),
          plain('IMPORT_LIMIT', settings.importLimitBytes),
          plain('SHUTDOWN_TIMEOUT_MS', settings.shutdownTimeoutMs),
          plain('METRICS_PORT', settings.metrics.port),
        ],
      },
      {
        titleKey: 'admin.settings.group.database',
        rows: [
          plain('DATABASE_URL', databaseValue),
          plain('DATABASE_RUN_MIGRATIONS', database.runMigrations),
          plain('DATABASE_POOL_SIZE', database.poolSize),
          plain('REDIS_URL', maskedUrl(settings.redisUrl)),
          plain('REDIS_PREFIX', settings.redisPrefix),
        ],
      },
      {
        titleKey: 'admin.settings.group.auth',
        rows: [
          secret('AUTH_TOKEN_SECRET', auth.tokenSecret, 'admin.settings.secretGenerated'),
          plain('AUTH_TOKEN_TTL', auth.tokenTtlSeconds),
          plain('SESSION_TTL', web.sessionTtlSeconds),
          plain('AUTH_MAX_FAILED_LOGINS', auth.maxFailedLogins),
          plain('AUTH_FAILED_LOGIN_WINDOW', auth.failedLoginWindowSeconds),
          plain('AUTH_FAILED_LOGIN_DELAY_MS', auth.failedLoginDelayMs),
          plain('AUTH_ACCOUNT_MAX_FAILURES', auth.maxFailedLoginsPerAccount),
          plain('AUTH_ACCOUNT_WINDOW', auth.accountLoginWindowSeconds),
          plain('AUTH_KNOWN_CLIENT_TTL', auth.knownClientSeconds),
          plain('ADMIN_EMAIL', settings.firstAdmin.email),
          secret('ADMIN_PASSWORD', settings.firstAdmin.password),
          secret('METRICS_TOKEN', settings.metrics.token),
        ],
      },
      {
        titleKey: 'admin.settings.group.mail',
        rows: [
          plain('SMTP_URL', maskedUrl(settings.smtpUrl)),
          plain('MAIL_FROM', mail.from),
          plain('MAIL_OUTBOX_DIR', mail.outboxDir),
          plain('TIME_ZONE', mail.timeZone),
        ],
      },
      {
        titleKey: 'admin.settings.group.jobs',
        rows: [
          plain('JOB_CONCURRENCY', jobs.concurrency),
          plain('JOBS_IN_API', jobs.runInApi),
          plain('JOB_BACKOFF_MS', jobs.backoffMs),
          plain('JOB_LOCK_MS', jobs.lockMs),
          plain('JOB_POLL_MS', jobs.pollMs),
          plain('JOB_RECONCILE_MS', jobs.reconcileMs),
          plain('JOBS_DAILY_AT', jobs.dailyAt ? timeOfDay(jobs.dailyAt) : 'off'),
        ],
      },
      {
        titleKey: 'admin.settings.group.cv',
        rows: [
          plain('CV_STORAGE_DIR', cv.storageDir),
          plain('CV_MAX_SIZE', cv.maxBytes),
          plain('CV_MAX_PAGES', cv.maxPages),
          plain('CV_MAX_UNPACKED_SIZE', cv.maxUncompressedBytes),
          plain('CV_PARSE_TIMEOUT_MS', cv.parseTimeoutMs),
          plain('CV_READERS', cv.readers),
          plain('CV_ORPHAN_GRACE', cv.orphanGraceSeconds),
          plain('CV_MAX_TEXT_CHARS', intake.cvMaxTextChars),
          plain('ALLOW_HTTP_MEETING_URLS', intake.allowHttpMeetingUrls),
        ],
      },
      {
        titleKey: 'admin.settings.group.organisation',
        rows: [
          plain('ORGANISATION_NAME', organisation.name),
          plain('ORGANISATION_URL', organisation.url),
          plain('ORGANISATION_COUNTRY', organisation.country),
          plain('JOB_POSTING_VALID_DAYS', organisation.postingValidDays),
        ],
      },
      {
        titleKey: 'admin.settings.group.fairness',
        rows: [
          plain('FAIRNESS_QUESTION_SETS', fairness.questionSets.join(', ')),
          // The sets read from the file, by key: its path says less than what was found in it.
          plain('FAIRNESS_QUESTIONS_FILE', fairness.ownSets.map((set) => set.key).join(', ') || undefined),
          plain('FAIRNESS_MIN_GROUP_SIZE', fairness.minGroupSize),
          plain('FAIRNESS_LEAVE_OUT_SMALL', fairness.leaveOutUnderTwoPercent),
          plain('FAIRNESS_MANAGERS_SEE_REPORTS', fairness.managersSeeReports),
        ],
      },
    ],
  };
}

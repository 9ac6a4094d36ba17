import { loadSettings, SettingsError } from './settings';

describe('loadSettings', () => {
  it('has working defaults: SQLite under ./data, port 3000, no Redis, no SMTP', () => {
    const settings = loadSettings({}, '/srv/sift');
    expect(settings).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/sift/data',
      database: { dialect: 'sqlite', sqlitePath: '/srv/sift/data/sift.db', runMigrations: true },
      redisUrl: undefined,
      smtpUrl: undefined,
      firstAdmin: { email: 'admin@sift.local', password: undefined },
      auth: { tokenSecret: undefined, tokenTtlSeconds: 43200 },
      bodyLimitBytes: 1048576,
      cv: {
        storageDir: '/srv/sift/data/cvs',
        maxBytes: 10 * 1024 * 1024,
        maxPages: 30,
        maxUncompressedBytes: 50 * 1024 * 1024,
        parseTimeoutMs: 10_000,
        readers: 1,
      },
    });
  });

  it('keeps CVs where CV_STORAGE_DIR says, with their limits', () => {
    const settings = loadSettings(
      { CV_STORAGE_DIR: 'files/cv', CV_MAX_SIZE: '2mb', CV_MAX_PAGES: '5', CV_READERS: '2' },
      '/srv/sift',
    );
    expect(settings.cv).toMatchObject({ storageDir: '/srv/sift/files/cv', maxBytes: 2 * 1024 * 1024, maxPages: 5 });
    expect(settings.cv.readers).toBe(2);
  });

  it('reads PostgreSQL, SQLite and service URLs', () => {
    expect(loadSettings({ DATABASE_URL: 'postgres://u:p@db:5432/sift' }).database).toMatchObject({
      dialect: 'postgres',
      url: 'postgres://u:p@db:5432/sift',
    });
    expect(loadSettings({ DATABASE_URL: 'sqlite:db/x.sqlite' }, '/app').database.sqlitePath).toBe('/app/db/x.sqlite');
    expect(loadSettings({ DATABASE_URL: 'file:///var/x.db' }).database.sqlitePath).toBe('/var/x.db');
    expect(loadSettings({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
    expect(loadSettings({ SMTP_URL: 'smtp://mail:25' }).smtpUrl).toBe('smtp://mail:25');
  });

  it('reads durations, sizes and booleans in their usual forms', () => {
    const settings = loadSettings({
      AUTH_TOKEN_TTL: '7d',
      AUTH_FAILED_LOGIN_WINDOW: '90',
      BODY_LIMIT: '512kb',
      DATABASE_RUN_MIGRATIONS: 'no',
    });
    expect(settings.auth.tokenTtlSeconds).toBe(7 * 86400);
    expect(settings.auth.failedLoginWindowSeconds).toBe(90);
    expect(settings.bodyLimitBytes).toBe(512 * 1024);
    expect(settings.database.runMigrations).toBe(false);
  });

  it('reads the proxies to trust as a number of hops or a list of addresses, subnets and names', () => {
    expect(loadSettings({}).trustProxy).toBeUndefined();
    expect(loadSettings({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadSettings({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '::1',
    ]);
  });

  it('takes a metrics token of 32 characters or more, and none by default, and a port for workers', () => {
    expect(loadSettings({}).metrics).toEqual({ token: undefined, port: undefined });
    expect(loadSettings({ METRICS_TOKEN: ` ${'m'.repeat(32)} ` }).metrics).toEqual({
      token: 'm'.repeat(32),
      port: undefined,
    });
    expect(loadSettings({ METRICS_TOKEN: 'm'.repeat(32), METRICS_PORT: '9464' }).metrics.port).toBe(9464);
  });

  it('treats empty values as unset', () => {
    expect(loadSettings({ PORT: '', REDIS_URL: '  ' })).toMatchObject({ port: 3000, redisUrl: undefined });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', 'whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT', 'whole number from 0 to 65535'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', 'sqlite:<file path> or postgres://'],
    [{ DATABASE_URL: 'postgres://' }, 'DATABASE_URL', 'not a valid postgres:// URL'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL', 'redis: or rediss:'],
    [{ SMTP_URL: 'nonsense' }, 'SMTP_URL', 'smtp: or smtps:'],
    [{ AUTH_TOKEN_SECRET: 'short' }, 'AUTH_TOKEN_SECRET', 'at least 32 characters'],
    [{ METRICS_TOKEN: 'x'.repeat(31) }, 'METRICS_TOKEN', 'at least 32 characters'],
    [{ METRICS_TOKEN: `${'x'.repeat(20)} ${'y'.repeat(20)}` }, 'METRICS_TOKEN', 'without spaces'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE', 'whole number from 1 to 500'],
    [{ METRICS_PORT: '9464' }, 'METRICS_PORT', 'needs METRICS_TOKEN'],
    [{ METRICS_PORT: '70000', METRICS_TOKEN: 'm'.repeat(32) }, 'METRICS_PORT', 'whole number from 0 to 65535'],
    [{ ADMIN_EMAIL: 'admin' }, 'ADMIN_EMAIL', 'e-mail address'],
    [{ ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD', 'at least 12 characters'],
    [{ ADMIN_PASSWORD: 'password1234' }, 'ADMIN_PASSWORD', 'most common passwords'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY', 'number of proxies, or addresses and subnets'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY', 'number of proxies, or addresses and subnets'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'fatal, error, warn, info, debug, trace, silent'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV', 'production, development, test'],
    [{ AUTH_TOKEN_TTL: '0' }, 'AUTH_TOKEN_TTL', 'positive duration'],
    [{ BODY_LIMIT: 'huge' }, 'BODY_LIMIT', 'size such as'],
    [{ DATABASE_RUN_MIGRATIONS: 'maybe' }, 'DATABASE_RUN_MIGRATIONS', 'true or false'],
    [{ CV_MAX_PAGES: '0' }, 'CV_MAX_PAGES', 'whole number from 1 to 10000'],
    [{ CV_PARSE_TIMEOUT_MS: '5' }, 'CV_PARSE_TIMEOUT_MS', 'whole number from 100 to 600000'],
    [{ CV_MAX_SIZE: 'big' }, 'CV_MAX_SIZE', 'size such as'],
  ])('refuses %j with one line naming %s and what is allowed', (env, variable, allowed) => {
    let thrown: unknown;
    try {
      loadSettings(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SettingsError);
    const message = (thrown as SettingsError).message;
    expect((thrown as SettingsError).variable).toBe(variable);
    expect(message).toContain(variable);
    expect(message).toContain(allowed);
    expect(message).not.toContain('\n');
  });

  it('reads the intake and organisation settings, naming the organisation after the mail sender by default', () => {
    const defaults = loadSettings({ MAIL_FROM: '"Van der Berg Werving" <jobs@example.nl>' });
    expect(defaults.intake).toEqual({ cvMaxTextChars: 200_000, allowHttpMeetingUrls: false });
    expect(defaults.organisation).toEqual({
      name: 'Van der Berg Werving',
      url: undefined,
      country: undefined,
      postingValidDays: 60,
    });
    expect(loadSettings({}).organisation.name).toBe('Sift');
    expect(loadSettings({ MAIL_FROM: 'jobs@example.nl' }).organisation.name).toBe('Sift');
    const set = loadSettings({
      CV_MAX_TEXT_CHARS: '50000',
      ALLOW_HTTP_MEETING_URLS: 'yes',
      ORGANISATION_NAME: 'Acme Werving',
      ORGANISATION_URL: 'https://acme.example',
      ORGANISATION_COUNTRY: 'ee',
      JOB_POSTING_VALID_DAYS: '30',
    });
    expect(set.intake).toEqual({ cvMaxTextChars: 50_000, allowHttpMeetingUrls: true });
    expect(set.organisation).toEqual({
      name: 'Acme Werving',
      url: 'https://acme.example',
      country: 'EE',
      postingValidDays: 30,
    });
    expect(() => loadSettings({ ORGANISATION_COUNTRY: 'Netherlands' })).toThrow(SettingsError);
    expect(() => loadSettings({ ORGANISATION_URL: 'javascript:alert(1)' })).toThrow(SettingsError);
    expect(() => loadSettings({ CV_MAX_TEXT_CHARS: '10' })).toThrow(/CV_MAX_TEXT_CHARS/);
  });
});

describe('loadSettings: fairness', () => {
  it('offers both question sets, suppresses groups under five and keeps managers out by default', () => {
    expect(loadSettings({}).fairness).toEqual({
      questionSets: ['us-eeo', 'eu'],
      ownSets: [],
      minGroupSize: 5,
      leaveOutUnderTwoPercent: true,
      managersSeeReports: false,
    });
    const set = loadSettings({
      FAIRNESS_QUESTION_SETS: ' eu ,eu',
      FAIRNESS_MIN_GROUP_SIZE: '10',
      FAIRNESS_LEAVE_OUT_SMALL: 'false',
      FAIRNESS_MANAGERS_SEE_REPORTS: 'true',
    });
    expect(set.fairness).toEqual({
      questionSets: ['eu'],
      ownSets: [],
      minGroupSize: 10,
      leaveOutUnderTwoPercent: false,
      managersSeeReports: true,
    });
    expect(() => loadSettings({ FAIRNESS_QUESTION_SETS: 'us-eeo,uk' })).toThrow(/FAIRNESS_QUESTION_SETS.*us-eeo, eu/);
    expect(() => loadSettings({ FAIRNESS_QUESTIONS_FILE: '/nonexistent/sets.json' })).toThrow(
      /FAIRNESS_QUESTIONS_FILE/,
    );
    expect(() => loadSettings({ FAIRNESS_MIN_GROUP_SIZE: '0' })).toThrow(/FAIRNESS_MIN_GROUP_SIZE/);
  });
});

describe('loadSettings: pages', () => {
  it('defaults PUBLIC_URL to the local address on the port, and page sessions to eight hours', () => {
    expect(loadSettings({ PORT: '4000' }).web).toEqual({
      publicUrl: 'http://127.0.0.1:4000',
      sessionTtlSeconds: 28800,
    });
  });

  it('keeps PUBLIC_URL without its trailing slash and reads SESSION_TTL as a duration', () => {
    const settings = loadSettings({ PUBLIC_URL: 'https://sift.example.com/', SESSION_TTL: '30m' });
    expect(settings.web).toEqual({ publicUrl: 'https://sift.example.com', sessionTtlSeconds: 1800 });
  });

  it.each(['ftp://sift.example.com', 'sift.example.com', 'https://sift.example.com/?x=1'])(
    'refuses PUBLIC_URL %s, naming it',
    (value) => {
      expect(() => loadSettings({ PUBLIC_URL: value })).toThrow(/PUBLIC_URL must be an http:\/\/ or https:\/\//);
    },
  );
});

describe('loadSettings: daily jobs and CV files no CV refers to', () => {
  it('queues the daily jobs at 03:00 UTC and keeps an unreferenced CV file an hour by default', () => {
    const settings = loadSettings({});
    expect(settings.jobs.dailyAt).toEqual({ hour: 3, minute: 0 });
    expect(settings.cv.orphanGraceSeconds).toBe(3600);
  });

  it('reads JOBS_DAILY_AT as a time of day or off, and CV_ORPHAN_GRACE as a duration', () => {
    expect(loadSettings({ JOBS_DAILY_AT: '23:45', CV_ORPHAN_GRACE: '2d' })).toMatchObject({
      jobs: { dailyAt: { hour: 23, minute: 45 } },
      cv: { orphanGraceSeconds: 172_800 },
    });
    expect(loadSettings({ JOBS_DAILY_AT: 'off' }).jobs.dailyAt).toBeNull();
    for (const value of ['24:00', '3', '03:60', 'noon'])
      expect(() => loadSettings({ JOBS_DAILY_AT: value })).toThrow(/JOBS_DAILY_AT must be a time of day/);
  });
});

describe('loadSettings: the retention policy for candidates', () => {
  it('erases 12 months after the last application closed, and keeps a talent-pool consent 12 months, by default', () => {
    expect(loadSettings({}).retention).toEqual({ monthsAfterClose: 12, talentPoolMonths: 12 });
  });

  it('reads RETENTION_MONTHS_AFTER_CLOSE as months or off, and TALENT_POOL_MONTHS as months', () => {
    expect(loadSettings({ RETENTION_MONTHS_AFTER_CLOSE: '6', TALENT_POOL_MONTHS: '24' }).retention).toEqual({
      monthsAfterClose: 6,
      talentPoolMonths: 24,
    });
    expect(loadSettings({ RETENTION_MONTHS_AFTER_CLOSE: 'OFF' }).retention.monthsAfterClose).toBeNull();
    for (const value of ['0', '1201', '1.5', '6m', 'never'])
      expect(() => loadSettings({ RETENTION_MONTHS_AFTER_CLOSE: value })).toThrow(
        /RETENTION_MONTHS_AFTER_CLOSE must be a whole number of months from 1 to 1200, or off/,
      );
    for (const value of ['0', 'off', '2y'])
      expect(() => loadSettings({ TALENT_POOL_MONTHS: value })).toThrow(/TALENT_POOL_MONTHS must be a whole number/);
  });
});

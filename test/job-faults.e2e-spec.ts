import { randomBytes } from 'node:crypto';
import { Role } from '../src/common/auth/role';
import { Transactions } from '../src/database/transactions';
import { Mailer } from '../src/mail/mailer';
import { MailsRepository, Recipient } from '../src/mail/mails.repository';
import { candidateMail } from '../src/mail/pipeline-mails';
import { as, bearer, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { PrivateRedis, startPrivateRedis } from './support/redis-server';
import { startWorker } from './support/sift-process';
import { SmtpReceiver, startSmtpReceiver } from './support/smtp-receiver';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(90_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const recipientOf = (mail: { to?: unknown }) => (mail.to as { value: { address: string }[] }).value[0].address;

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms for ${what}`);
    await sleep(25);
  }
}

/** The vacancy and recruiter a fault test applies candidates with. */
async function pipeline(t: TestApp): Promise<{ recruiter: MadeUser; vacancyId: string }> {
  const recruiter = await makeUser(t, { roles: [Role.Recruiter] });
  const manager = await makeUser(t, { roles: [Role.HiringManager] });
  const profile = await makeProfile(t, recruiter.token);
  const vacancy = await makeVacancy(
    t,
    recruiter.token,
    { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
    { open: true },
  );
  return { recruiter, vacancyId: vacancy.id };
}

/** Applies `count` new candidates to the vacancy by import, then queues each a confirmation in one transaction. */
async function queueMails(t: TestApp, recruiter: MadeUser, vacancyId: string, count: number, prefix: string) {
  const lines = Array.from({ length: count }, (_, index) =>
    JSON.stringify({ basics: { name: `Kandidaat ${index}`, email: `${prefix}-${index}@example.com` } }),
  ).join('\n');
  await t
    .http()
    .post(`/candidates/import?vacancyId=${vacancyId}`)
    .set(bearer(recruiter.token))
    .set('Content-Type', 'application/x-ndjson')
    .send(lines)
    .expect(200);
  const applications: { id: string; candidateId: string }[] = await t.dataSource.query(
    `SELECT a.id, a.candidate_id AS "candidateId" FROM applications a JOIN candidates c ON c.id = a.candidate_id
     WHERE c.email LIKE '${prefix}-%'`,
  );
  expect(applications).toHaveLength(count);
  const mails = t.get(MailsRepository);
  const now = new Date();
  await t.get(Transactions).run(async (tx) => {
    const recipients: (Recipient | null)[] = [];
    for (const one of applications) recipients.push(await mails.candidate(one.candidateId, tx));
    await t.get(Mailer).queueIn(
      tx,
      applications.map((one, index) => candidateMail('application-received', one.id, recipients[index]!, {}, now)),
      now,
    );
  });
}

describe('jobs when Redis goes away', () => {
  let redis: PrivateRedis;
  let smtp: SmtpReceiver;
  let t: TestApp;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    smtp = await startSmtpReceiver();
    t = await createTestApp({
      env: { REDIS_URL: redis.url, SMTP_URL: smtp.url, JOB_POLL_MS: '100', JOB_BACKOFF_MS: '50' },
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await redis?.stop();
  });

  it('keeps every job of the 100 applications that come in while it is down, and sends each mail once when it is back', async () => {
    const { recruiter, vacancyId } = await pipeline(t);
    const candidates = [];
    for (let i = 0; i < 100; i++) candidates.push(await makeCandidate(t, recruiter.token));

    await redis.stop();
    for (const candidate of candidates) {
      await as(t, recruiter.token)
        .post(`/vacancies/${vacancyId}/applications`, { candidateId: candidate.id })
        .expect(201);
    }
    const { body: health } = await t.http().get('/health').expect(200);
    expect(health.status).toBe('degraded');
    expect(health.checks.queue).toMatchObject({ status: 'down', kind: 'redis', waitingForHandover: 100 });
    expect(smtp.received).toHaveLength(0);

    await redis.start();
    const mails = await smtp.waitFor(100, 30_000);
    await sleep(1500);
    expect(smtp.received).toHaveLength(100);
    expect(new Set(mails.map(recipientOf))).toEqual(new Set(candidates.map((candidate) => candidate.email)));
    expect(new Set(mails.map((mail) => mail.messageId)).size).toBe(100);
    const { body: after } = await t.http().get('/health').expect(200);
    expect(after.status).toBe('ok');
    expect(after.checks.queue.waitingForHandover).toBe(0);
  });
});

describe('jobs when Redis restarts empty', () => {
  let redis: PrivateRedis;
  let smtp: SmtpReceiver;
  let t: TestApp;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    smtp = await startSmtpReceiver();
    t = await createTestApp({
      env: {
        REDIS_URL: redis.url,
        SMTP_URL: smtp.url,
        JOB_POLL_MS: '100',
        JOB_BACKOFF_MS: '50',
        JOB_LOCK_MS: '1000',
        JOB_RECONCILE_MS: '300',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await redis?.stop();
  });

  it('hands over again every job the table says Redis held, and sends each of 300 mails exactly once', async () => {
    const { recruiter, vacancyId } = await pipeline(t);
    const admin = await makeUser(t, { roles: [Role.Admin] });
    smtp.hold(true);
    await queueMails(t, recruiter, vacancyId, 300, 'restart');
    // Every mail handed to Redis, the first few held mid-send by the SMTP server: then Redis loses it all.
    await until('every job to be in Redis and some mails to be sending', async () => {
      const { body } = await as(t, admin.token).get('/jobs').expect(200);
      return body.counts.outbox === 0 && smtp.holding > 0;
    });
    await redis.stop();
    await redis.start();
    smtp.hold(false);

    const received = await smtp.waitFor(300, 60_000);
    await sleep(1500);
    expect(smtp.received).toHaveLength(300);
    expect(new Set(received.map(recipientOf))).toEqual(
      new Set(Array.from({ length: 300 }, (_, index) => `restart-${index}@example.com`)),
    );
    expect(new Set(received.map((mail) => mail.messageId)).size).toBe(300);
    await until('the table to record every job as done', async () => {
      const { body } = await as(t, admin.token).get('/jobs').expect(200);
      return body.counts.completed === 300;
    });
    const { body: report } = await as(t, admin.token).get('/jobs').expect(200);
    expect(report.counts).toEqual({ outbox: 0, waiting: 0, delayed: 0, active: 0, completed: 300, failed: 0 });
    const { body: health } = await t.http().get('/health').expect(200);
    expect(health.checks.queue).toMatchObject({ status: 'up', kind: 'redis', waitingForHandover: 0 });
  });
});

describe.each(['database', 'redis'] as const)('a worker process killed mid-job, on the %s queue', (kind) => {
  let redis: PrivateRedis | undefined;
  let smtp: SmtpReceiver;
  let t: TestApp;
  let env: Record<string, string>;

  beforeAll(async () => {
    if (kind === 'redis') redis = await startPrivateRedis();
    smtp = await startSmtpReceiver();
    const shared = {
      SMTP_URL: smtp.url,
      JOB_LOCK_MS: '1000',
      JOB_POLL_MS: '50',
      JOB_BACKOFF_MS: '50',
      ...(redis ? { REDIS_URL: redis.url, REDIS_PREFIX: `faults-${randomBytes(4).toString('hex')}` } : {}),
    };
    // The API only records jobs; the workers run them.
    t = await createTestApp({ env: { ...shared, JOBS_IN_API: 'false' } });
    env = {
      ...shared,
      DATABASE_URL: t.settings.database.url,
      DATA_DIR: t.settings.dataDir,
      AUTH_TOKEN_SECRET: t.settings.auth.tokenSecret!,
    };
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await redis?.stop();
  });

  it('shares the queue between two worker processes, each of 60 mails sent once', async () => {
    const { recruiter, vacancyId } = await pipeline(t);
    smtp.clear();
    const workers = [startWorker(env), startWorker(env)];
    try {
      await Promise.all(workers.map((worker) => worker.ready));
      await queueMails(t, recruiter, vacancyId, 60, `shared-${kind}`);
      const received = await smtp.waitFor(60, 30_000);
      await sleep(1000);
      expect(smtp.received).toHaveLength(60);
      expect(new Set(received.map(recipientOf)).size).toBe(60);
    } finally {
      for (const worker of workers) worker.child.kill('SIGTERM');
      await Promise.all(workers.map((worker) => worker.exited));
      smtp.clear();
    }
  });

  it('is taken up by another worker and completes, its mail sent once', async () => {
    const { recruiter, vacancyId } = await pipeline(t);
    const candidate = await makeCandidate(t, recruiter.token);
    const first = startWorker(env);
    await first.ready;

    smtp.hold(true);
    await as(t, recruiter.token)
      .post(`/vacancies/${vacancyId}/applications`, { candidateId: candidate.id })
      .expect(201);
    await until('the first worker to be sending the mail', () => smtp.holding === 1).catch((error: Error) => {
      throw new Error(`${error.message}; the worker said:\n${first.output()}`);
    });
    first.child.kill('SIGKILL');
    await first.exited;
    await until('the dead worker’s connection to close', () => smtp.holding === 0);
    smtp.hold(false);
    expect(smtp.received).toHaveLength(0);

    const second = startWorker(env);
    try {
      await second.ready;
      const [mail] = await smtp.waitFor(1, 20_000);
      expect(recipientOf(mail)).toBe(candidate.email);
      await sleep(1000);
      expect(smtp.received).toHaveLength(1);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});

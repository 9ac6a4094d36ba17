import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { Role } from '../src/common/auth/role';
import { JobQueue, QueueCounts } from '../src/jobs/job-queue';
import { Jobs } from '../src/jobs/jobs';
import { as, bearer, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { Exposition, parsePrometheusText, samplesOf, valueOf } from './support/prometheus-text';
import { startWorker } from './support/sift-process';
import { createTestApp, TestApp } from './support/test-app';

const METRICS_TOKEN = 'a-scraper-token-of-more-than-32-characters';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function scrape(t: TestApp, token: string): Promise<Exposition> {
  const response = await t.http().get('/metrics').set(bearer(token)).expect(200);
  return parsePrometheusText(response.text);
}

/** How much each series named grew between two scrapes. */
function growth(before: Exposition, after: Exposition) {
  return (name: string, labels: Record<string, string> = {}) =>
    valueOf(after, name, labels) - valueOf(before, name, labels);
}

describe('GET /metrics', () => {
  let t: TestApp;
  let admin: MadeUser;
  let recruiter: MadeUser;
  let vacancyId: string;
  const metrics = () => scrape(t, METRICS_TOKEN);
  const settle = () => t.get(JobQueue).idle();

  beforeAll(async () => {
    t = await createTestApp({ env: { METRICS_TOKEN, DATABASE_POOL_SIZE: '6', JOB_POLL_MS: '50' } });
    admin = await makeUser(t, { roles: [Role.Admin] });
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profile = await makeProfile(t, recruiter.token);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    vacancyId = vacancy.id;
    await settle();
  });
  afterAll(() => t.close());

  it('answers 401 without a token or with a wrong one, 403 to a recruiter, as problems', async () => {
    const anonymous = await t.http().get('/metrics').expect(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(anonymous.body).toMatchObject({ status: 401, code: 'TOKEN_MISSING' });
    const wrong = await t
      .http()
      .get('/metrics')
      .set(bearer(METRICS_TOKEN.replace(/.$/, '!')))
      .expect(401);
    expect(wrong.body).toMatchObject({ status: 401, code: 'TOKEN_INVALID' });
    const recruiterAnswer = await as(t, recruiter.token).get('/metrics').expect(403);
    expect(recruiterAnswer.body).toMatchObject({ status: 403, code: 'FORBIDDEN_ROLE' });
    expect(recruiterAnswer.text).not.toContain('sift_');
  });

  it('answers an admin and the metrics token with the text format, never cached', async () => {
    for (const token of [admin.token, METRICS_TOKEN]) {
      const response = await t.http().get('/metrics').set(bearer(token)).expect(200);
      expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-store');
      const exposition = parsePrometheusText(response.text);
      expect(exposition.types.get('sift_http_requests_total')).toBe('counter');
      expect(exposition.types.get('sift_http_request_duration_seconds')).toBe('histogram');
      expect(exposition.types.get('sift_job_duration_seconds')).toBe('histogram');
      expect(exposition.types.get('sift_rescreen_duration_seconds')).toBe('histogram');
    }
  });

  it('counts requests by route template and status class, a refusal too, and the rest as unmatched', async () => {
    const before = await metrics();
    for (let i = 0; i < 3; i++) await as(t, recruiter.token).get(`/vacancies/${vacancyId}/shortlist`).expect(200);
    await t.http().get(`/vacancies/${vacancyId}/shortlist`).expect(401);
    await as(t, recruiter.token).get(`/no-such-route/${vacancyId}`).expect(404);
    // Refused by the body parser, before any route is matched.
    await as(t, recruiter.token)
      .post('/vacancies')
      .set('Content-Type', 'application/json')
      .send('{"title":')
      .expect(400);
    const grew = growth(before, await metrics());

    const shortlist = { method: 'GET', route: '/vacancies/:id/shortlist' };
    expect(grew('sift_http_requests_total', { ...shortlist, status: '2xx' })).toBe(3);
    expect(grew('sift_http_requests_total', { ...shortlist, status: '4xx' })).toBe(1);
    expect(grew('sift_http_request_duration_seconds_count', shortlist)).toBe(4);
    expect(grew('sift_http_request_duration_seconds_bucket', { ...shortlist, le: '+Inf' })).toBe(4);
    expect(grew('sift_http_requests_total', { method: 'GET', route: 'unmatched', status: '4xx' })).toBe(1);
    expect(grew('sift_http_requests_total', { method: 'POST', route: 'unmatched', status: '4xx' })).toBe(1);
    expect(grew('sift_http_requests_total', { method: 'POST', route: '/vacancies', status: '4xx' })).toBe(0);
  });

  it('puts no id in any label', async () => {
    await as(t, recruiter.token).get(`/vacancies/${vacancyId}`).expect(200);
    const exposition = await metrics();
    const routes = samplesOf(exposition, 'sift_http_requests_total').map((sample) => sample.labels.route);
    expect(routes).toEqual(expect.arrayContaining(['/vacancies/:id', '/metrics', 'unmatched']));
    const withIds = exposition.samples.filter((sample) => Object.values(sample.labels).some((v) => UUID.test(v)));
    expect(withIds).toEqual([]);
  });

  it('counts the jobs this process ran by name, the mails it sent, and re-screening', async () => {
    const folder = t.settings.mail.outboxDir;
    const outbox = () => (existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.eml')).length : 0);
    const mailsBefore = outbox();
    const before = await metrics();
    const candidate = await makeCandidate(t, recruiter.token);
    // The application's confirmation is a mail.send job.
    await as(t, recruiter.token)
      .post(`/vacancies/${vacancyId}/applications`, { candidateId: candidate.id })
      .expect(201);
    await settle();
    // A new fact screens the candidate's one open application again.
    await as(t, recruiter.token)
      .post(`/candidates/${candidate.id}/facts`, {
        kind: 'language',
        source: 'recruiter',
        data: { language: 'en', level: 'C1' },
      })
      .expect(201);
    await settle();
    const grew = growth(before, await metrics());

    const sent = outbox() - mailsBefore;
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(grew('sift_mails_total', { outcome: 'sent' })).toBe(sent);
    expect(grew('sift_jobs_total', { name: 'mail.send', outcome: 'completed' })).toBe(sent);
    expect(grew('sift_job_duration_seconds_count', { name: 'mail.send' })).toBe(sent);
    expect(grew('sift_jobs_total', { name: 'screening.candidate', outcome: 'completed' })).toBe(1);
    expect(grew('sift_rescreen_duration_seconds_count')).toBe(1);
    expect(grew('sift_rescreened_applications_total')).toBe(1);
    expect(grew('sift_jobs_total', { name: 'mail.send', outcome: 'failed' })).toBe(0);
  });

  it('reads the queue per state when scraped', async () => {
    // Due in an hour: delayed until then.
    await t.get(Jobs).enqueue('audit.prune', {}, { runAt: new Date(Date.now() + 3600_000) });
    const exposition = await metrics();
    const counts = await t.get(JobQueue).counts();
    expect(counts.delayed).toBeGreaterThanOrEqual(1);
    for (const state of ['outbox', 'waiting', 'delayed', 'active', 'failed'] as (keyof QueueCounts)[]) {
      expect({ state, value: valueOf(exposition, 'sift_jobs_queued', { state }) }).toEqual({
        state,
        value: counts[state],
      });
    }
  });

  it('reads the database pool when scraped', async () => {
    const exposition = await metrics();
    const connections = (state: string) => samplesOf(exposition, 'sift_db_pool_connections', { state });
    if (t.settings.database.dialect === 'postgres') {
      expect(valueOf(exposition, 'sift_db_pool_max')).toBe(6);
      const total = valueOf(exposition, 'sift_db_pool_connections', { state: 'total' });
      expect(total).toBeGreaterThanOrEqual(1);
      expect(total).toBeLessThanOrEqual(6);
      expect(connections('idle')).toHaveLength(1);
      expect(connections('waiting')).toEqual([expect.objectContaining({ value: 0 })]);
    } else {
      expect(valueOf(exposition, 'sift_db_pool_max')).toBe(1);
      expect(connections('total')).toEqual([expect.objectContaining({ value: 1 })]);
    }
  });

  it("reports the process's own metrics under the sift_ prefix", async () => {
    const exposition = await metrics();
    expect(valueOf(exposition, 'sift_process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(valueOf(exposition, 'sift_process_start_time_seconds')).toBeGreaterThan(1_600_000_000);
    expect(samplesOf(exposition, 'sift_nodejs_eventloop_lag_p99_seconds')).toHaveLength(1);
    expect(exposition.types.get('sift_nodejs_gc_duration_seconds')).toBe('histogram');
    expect(exposition.types.get('sift_process_cpu_seconds_total')).toBe('counter');
  });
});

describe('GET /metrics without METRICS_TOKEN, and a mail server that does not answer', () => {
  let t: TestApp;
  let admin: MadeUser;

  beforeAll(async () => {
    t = await createTestApp({
      // A port nothing listens on; one attempt fails, and the retry waits far beyond the test.
      env: { SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`, JOB_BACKOFF_MS: '3600000', JOB_POLL_MS: '50' },
    });
    admin = await makeUser(t, { roles: [Role.Admin] });
  });
  afterAll(() => t.close());

  it('lets in admins only', async () => {
    await t.http().get('/metrics').set(bearer(METRICS_TOKEN)).expect(401);
    await as(t, admin.token).get('/metrics').expect(200);
  });

  it('counts a mail whose sending failed and will be tried again', async () => {
    const recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profile = await makeProfile(t, recruiter.token);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const before = await scrape(t, admin.token);
    const candidate = await makeCandidate(t, recruiter.token);
    await as(t, recruiter.token)
      .post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })
      .expect(201);
    await t.get(JobQueue).idle();
    const grew = growth(before, await scrape(t, admin.token));
    expect(grew('sift_mails_total', { outcome: 'retried' })).toBe(1);
    expect(grew('sift_mails_total', { outcome: 'sent' })).toBe(0);
    expect(grew('sift_jobs_total', { name: 'mail.send', outcome: 'retried' })).toBe(1);
  });
});

describe('a worker with METRICS_PORT', () => {
  let t: TestApp;
  let admin: MadeUser;
  let worker: ReturnType<typeof startWorker>;
  let url: string;

  beforeAll(async () => {
    const shared = { JOB_POLL_MS: '50', METRICS_TOKEN };
    // The API only records jobs; the worker runs them.
    t = await createTestApp({ env: { ...shared, JOBS_IN_API: 'false' } });
    admin = await makeUser(t, { roles: [Role.Admin] });
    worker = startWorker({
      ...shared,
      DATABASE_URL: t.settings.database.url,
      DATA_DIR: t.settings.dataDir,
      AUTH_TOKEN_SECRET: t.settings.auth.tokenSecret!,
      METRICS_PORT: '0',
    });
    await worker.ready;
    url = /its metrics are at (\S+)/.exec(worker.output())![1];
  }, 60_000);
  afterAll(async () => {
    worker?.child.kill('SIGTERM');
    await worker?.exited;
    await t?.close();
  });

  const workerScrape = async () => {
    const response = await fetch(url, { headers: bearer(METRICS_TOKEN) });
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    return parsePrometheusText(await response.text());
  };

  it('serves the jobs the worker ran, which the API does not count', async () => {
    await t.get(Jobs).enqueue('audit.prune', {});
    const done = { name: 'audit.prune', outcome: 'completed' };
    let exposition = await workerScrape();
    for (let tries = 0; valueOf(exposition, 'sift_jobs_total', done) === 0 && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      exposition = await workerScrape();
    }
    expect(valueOf(exposition, 'sift_jobs_total', done)).toBe(1);
    expect(valueOf(exposition, 'sift_job_duration_seconds_count', { name: 'audit.prune' })).toBe(1);
    expect(valueOf(exposition, 'sift_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(valueOf(await scrape(t, METRICS_TOKEN), 'sift_jobs_total', done)).toBe(0);
  });

  it('refuses everyone else, as problems, and answers nothing but GET /metrics', async () => {
    const refusals = [
      [await fetch(url), 401, 'TOKEN_MISSING'],
      [await fetch(url, { headers: bearer(admin.token) }), 401, 'TOKEN_INVALID'],
      [await fetch(url.replace(/\/metrics$/, '/health'), { headers: bearer(METRICS_TOKEN) }), 404, 'ROUTE_NOT_FOUND'],
      [await fetch(url, { method: 'POST', headers: bearer(METRICS_TOKEN) }), 405, 'METHOD_NOT_ALLOWED'],
    ] as const;
    for (const [response, status, code] of refusals) {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toMatchObject({ status, code });
    }
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

import { ADMIN_EMAIL, ADMIN_PASSWORD, Cluster } from './support/cluster';
import { DatabaseReader } from './support/database-reader';
import { Api, expectStatus, signIn } from './support/http';

// Two API processes and two workers on one database, one Redis and one mail server, each a real
// process: PostgreSQL when TEST_DATABASE_URL names one (as CI runs it), else one SQLite file.
jest.setTimeout(240_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const PASSWORD = 'Cluster-recruiter-9f3k';
const recipientOf = (mail: { to?: unknown }) => (mail.to as { value: { address: string }[] }).value[0].address;

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Waited ${timeoutMs} ms for ${what}`);
    await sleep(50);
  }
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T, R>(items: T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}

describe('several processes as one Sift', () => {
  let cluster: Cluster;
  let db: DatabaseReader;
  /** API 1 and API 2, as the admin and as a recruiter. */
  let admins: Api[];
  let recruiters: Api[];
  let vacancyId: string;
  let profileId: string;
  let managerId: string;

  const api = (index: number) => new Api(cluster.apis[index].url);

  beforeAll(async () => {
    cluster = await Cluster.start({ apis: 2, workers: 2 });
    db = await DatabaseReader.open(cluster.database);
    const adminToken = await signIn(api(0), ADMIN_EMAIL, ADMIN_PASSWORD);
    admins = [api(0).as(adminToken), api(1).as(adminToken)];
    const users = await Promise.all(
      [
        ['recruiter@cluster.example', 'recruiter'],
        ['manager@cluster.example', 'hiring_manager'],
        ['locked-1@cluster.example', 'recruiter'],
        ['locked-2@cluster.example', 'recruiter'],
      ].map(([email, role]) =>
        admins[0].post('/users', { email, name: 'Cluster User', roles: [role], password: PASSWORD }),
      ),
    );
    for (const user of users) expect(user.status).toBe(201);
    const recruiterToken = await signIn(api(1), 'recruiter@cluster.example', PASSWORD);
    recruiters = [api(0).as(recruiterToken), api(1).as(recruiterToken)];
    const profile = await recruiters[0].post('/role-profiles/templates/accountmanager-b/copy');
    expect(profile.status).toBe(201);
    profileId = profile.body.id;
    managerId = users[1].body.user.id;
    vacancyId = await openVacancy();
  });

  afterAll(async () => {
    await db?.close();
    await cluster?.stop();
  });

  async function openVacancy(): Promise<string> {
    const made = await recruiters[0].post('/vacancies', {
      title: 'Accountmanager B',
      description: 'Nationale klanten beheren en uitbouwen.',
      employmentType: 'full_time',
      headcount: 1,
      roleProfileId: profileId,
      hiringManagerIds: [managerId],
      rounds: [{ name: 'Eerste gesprek', kind: 'interview', competencies: ['customer_focus'] }],
    });
    expectStatus(made, 201);
    expectStatus(await recruiters[1].post(`/vacancies/${made.body.id}/status`, { status: 'open' }), 200);
    return made.body.id;
  }

  async function candidate(email: string, facts: object[] = []): Promise<string> {
    const made = await recruiters[0].post('/candidates', { name: 'Kandidaat', email });
    expect(made.status).toBe(201);
    for (const fact of facts) {
      expect((await recruiters[1].post(`/candidates/${made.body.id}/facts`, fact)).status).toBe(201);
    }
    return made.body.id;
  }

  it('holds the login limit across both APIs, one attempt after another and all at once', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 16; attempt++) {
      const answer = await api(attempt % 2).post('/auth/login', {
        email: 'locked-1@cluster.example',
        password: 'not-the-password',
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), ...Array(6).fill(429)]);
    const right = await api(0).post('/auth/login', { email: 'locked-1@cluster.example', password: PASSWORD });
    expect(right.status).toBe(429);

    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        api(index % 2).post('/auth/login', { email: 'locked-2@cluster.example', password: 'not-the-password' }),
      ),
    );
    const counted = burst.map((answer) => answer.status).sort();
    expect(counted).toEqual([...Array(10).fill(401), ...Array(10).fill(429)]);
  });

  it('serves the new ranking from API 2 as soon as a profile change made through API 1 is screened, every time', async () => {
    const vacancy = await openVacancy();
    const educated = await candidate('educated@cluster.example', [
      { kind: 'education', source: 'cv', data: { level: 'wo' }, confirmed: true },
      {
        kind: 'work',
        source: 'cv',
        data: { title: 'Accountmanager', start: '2021-01-01', end: '2022-01-01', salesRole: true },
        confirmed: true,
      },
    ]);
    const seller = await candidate('seller@cluster.example', [
      { kind: 'education', source: 'cv', data: { level: 'hbo' }, confirmed: true },
      {
        kind: 'work',
        source: 'cv',
        data: { title: 'Accountmanager', start: '2016-01-01', end: '2022-01-01', salesRole: true },
        confirmed: true,
      },
    ]);
    for (const id of [educated, seller]) {
      expect((await recruiters[1].post(`/vacancies/${vacancy}/applications`, { candidateId: id })).status).toBe(201);
    }
    // Two versions that rank the two the other way round: education first, then years in sales first.
    const { body: current } = await recruiters[0].get(`/role-profiles/${profileId}`);
    const weighted = (education: number, sales: number) => ({
      criteria: {
        ...current.criteria,
        education: { ...current.criteria.education, weight: education },
        salesExperience: { ...current.criteria.salesExperience, weight: sales },
      },
    });
    const byEducation = await recruiters[0].post(`/role-profiles/${profileId}/versions`, weighted(80, 5));
    const bySales = await recruiters[0].post(`/role-profiles/${profileId}/versions`, weighted(5, 80));
    expect([byEducation.status, bySales.status]).toEqual([201, 201]);

    const ranking = async (index: number) => {
      const answer = await recruiters[index].get(`/vacancies/${vacancy}/shortlist?limit=50`);
      expect(answer.status).toBe(200);
      const items: { candidate: { id: string }; profileVersion: number }[] = answer.body.items;
      return {
        order: items.map((item) => item.candidate.id),
        versions: new Set(items.map((item) => item.profileVersion)),
      };
    };
    await until('both applications to be screened', async () => (await ranking(0)).order.length === 2);

    for (let round = 0; round < 6; round++) {
      const version = round % 2 === 0 ? byEducation.body.version : bySales.body.version;
      const expected = round % 2 === 0 ? [educated, seller] : [seller, educated];
      // API 2 has the old ranking in its cache.
      const before = await ranking(1);
      expect(before.order).toEqual([...expected].reverse());
      expect((await recruiters[0].patch(`/vacancies/${vacancy}`, { roleProfileVersion: version })).status).toBe(200);
      await until(`round ${round}'s re-screening, seen from API 1`, async () => {
        const seen = await ranking(0);
        return seen.versions.size === 1 && seen.versions.has(version);
      });
      const after = await ranking(1);
      expect(after.order).toEqual(expected);
      expect([...after.versions]).toEqual([version]);
    }
  });

  it('lets one of 20 moves split across both APIs win; nineteen get 409, and one event is written', async () => {
    const id = await candidate('contested@cluster.example');
    const applied = await recruiters[0].post(`/vacancies/${vacancyId}/applications`, { candidateId: id });
    expect(applied.status).toBe(201);
    const { id: applicationId, revision } = applied.body;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        recruiters[index % 2].post(`/applications/${applicationId}/moves`, { stage: 'screening', revision }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array(19).fill(409)]);
    for (const loser of answers.filter((answer) => answer.status === 409)) {
      expect(loser.body.code).toBe('APPLICATION_CHANGED');
    }
    const events = await recruiters[1].get(`/applications/${applicationId}/events`);
    expect(events.status).toBe(200);
    expect(events.body.map((event: { toStage: string }) => event.toStage)).toEqual(['applied', 'screening']);
  });

  it('sends each of 300 mails exactly once while a worker is killed and Redis is away for 10 seconds, and says so in /health', async () => {
    const emails = Array.from({ length: 300 }, (_, index) => `burst-${index}@cluster.example`);
    const lines = emails.map((email, index) => JSON.stringify({ basics: { name: `Kandidaat ${index}`, email } }));
    const imported = await recruiters[0].post('/candidates/import', lines.join('\n'), 'application/x-ndjson');
    expect(imported.body).toMatchObject({ received: 300, created: 300 });
    const ids = (
      await db.rows<{ id: string; email: string }>(`SELECT id, email FROM candidates WHERE email LIKE 'burst-%'`)
    ).map((row) => row.id);
    expect(ids).toHaveLength(300);
    const apply = (from: number, to: number) =>
      inParallel(ids.slice(from, to), 8, async (candidateId, index) =>
        expectStatus(await recruiters[index % 2].post(`/vacancies/${vacancyId}/applications`, { candidateId }), 201),
      );
    const healthSeen: { status: string; queue: { status: string; error?: string } }[] = [];
    const watchHealth = async (index: number) => {
      const answer = await api(index).get('/health');
      healthSeen.push({ status: answer.body.status, queue: answer.body.checks.queue });
      return answer.body;
    };

    await apply(0, 100);
    await until('the first mails to arrive', () => cluster.smtp.received.length >= 20);
    await cluster.kill(cluster.workers[0]);
    const applying = apply(100, 200);
    await cluster.redis.stop();
    const away = Date.now();
    await applying;
    await apply(200, 300);
    // While Redis is away each API still takes applications (their jobs wait in the outbox) and says what is wrong.
    await until('both APIs to say the queue is down', async () => {
      const [first, second] = await Promise.all([watchHealth(0), watchHealth(1)]);
      return [first, second].every((health) => health.status === 'degraded' && health.checks.queue.status === 'down');
    });
    await sleep(Math.max(0, 10_000 - (Date.now() - away)));
    await cluster.redis.start();
    await cluster.startWorker(0);

    const burstIds = () =>
      new Set(
        cluster.smtp.received.filter((mail) => recipientOf(mail).startsWith('burst-')).map((mail) => mail.messageId),
      );
    await until('every mail to arrive', () => burstIds().size >= 300, 120_000).catch((error: Error) => {
      throw new Error(`${error.message} (${cluster.smtp.received.length} arrived)\n${cluster.output()}`);
    });
    await until('every job to be done', async () => {
      const { body } = await admins[1].get('/jobs');
      const { completed, ...rest } = body.counts as Record<string, number>;
      return completed > 0 && Object.values(rest).every((count) => count === 0);
    });
    await sleep(1000);
    const byMessageId = new Map<string, string>();
    const burst = cluster.smtp.received.filter((mail) => recipientOf(mail).startsWith('burst-'));
    for (const mail of burst) {
      const to = recipientOf(mail);
      expect(byMessageId.get(mail.messageId!) ?? to).toBe(to);
      byMessageId.set(mail.messageId!, to);
    }
    expect(byMessageId.size).toBe(300);
    expect(new Set(byMessageId.values())).toEqual(new Set(emails));
    // A second copy may only follow a kill between the server's acceptance and the record of it, and it carries
    // the same Message-ID, so receivers drop it; at most the kill's jobs in flight.
    expect(burst.length - 300).toBeLessThanOrEqual(8);
    expect(await db.count(`SELECT COUNT(*) FROM mails WHERE status <> 'sent'`)).toBe(0);
    // No write was lost either: each application taken, with its one confirmation.
    expect(
      await db.count(
        `SELECT COUNT(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE c.email LIKE 'burst-%'`,
      ),
    ).toBe(300);
    expect(await db.count(`SELECT COUNT(*) FROM mails WHERE to_address LIKE 'burst-%'`)).toBe(300);
    const { body: jobs } = await admins[0].get('/jobs');
    expect(jobs.counts).toMatchObject({ outbox: 0, waiting: 0, delayed: 0, active: 0, failed: 0 });
    expect(healthSeen.some((seen) => seen.queue.error)).toBe(true);
    const [first, second] = await Promise.all([watchHealth(0), watchHealth(1)]);
    expect([first.status, second.status]).toEqual(['ok', 'ok']);
  });

  it('finishes an import that an API was killed in the middle of, with no duplicate, when it is sent again', async () => {
    const size = 8000;
    const lines = Array.from({ length: size }, (_, index) =>
      JSON.stringify({ basics: { name: `Kandidaat ${index}`, email: `bulk-${index}@cluster.example` } }),
    ).join('\n');
    const importing = recruiters[0]
      .post(`/candidates/import?vacancyId=${vacancyId}`, lines, 'application/x-ndjson')
      .catch((error: Error) => error);
    const stored = () => db.count(`SELECT COUNT(*) FROM candidates WHERE email LIKE 'bulk-%'`);
    await until('the import’s first batch to be committed', async () => (await stored()) > 0, 60_000);
    await cluster.kill(cluster.apis[0].process);
    // The request died with its process: no answer came.
    expect(await importing).not.toHaveProperty('status');
    const before = await stored();
    expect(before).toBeLessThan(size);
    expect(before % 500).toBe(0);

    const again = expectStatus(
      await recruiters[1].post(`/candidates/import?vacancyId=${vacancyId}`, lines, 'application/x-ndjson'),
      200,
    );
    expect(again.body).toMatchObject({ received: size, created: size - before, failed: [] });
    expect(await stored()).toBe(size);
    expect(await db.count(`SELECT COUNT(DISTINCT email) FROM candidates WHERE email LIKE 'bulk-%'`)).toBe(size);
    expect(
      await db.count(
        `SELECT COUNT(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id
         WHERE c.email LIKE 'bulk-%' AND a.vacancy_id = '${vacancyId}'`,
      ),
    ).toBe(size);
    // The killed API comes back on the same database.
    const restarted = await cluster.startApi(0);
    expectStatus(await new Api(restarted.url).get('/health'), 200);
  });

  it('keeps a page session in the database: signed in through API 1, it opens pages on API 2 until signed out there', async () => {
    const jar = new Map<string, string>();
    const page = async (index: number, path: string, form?: Record<string, string>) => {
      const response = await fetch(new URL(path, cluster.apis[index].url), {
        method: form ? 'POST' : 'GET',
        redirect: 'manual',
        headers: {
          Cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
          ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form ? new URLSearchParams(form).toString() : undefined,
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const [name, value] = pair.split('=');
        if (value) jar.set(name, value);
        else jar.delete(name);
      }
      return { status: response.status, location: response.headers.get('location'), html: await response.text() };
    };
    const csrf = (html: string) => /name="_csrf" value="([^"]*)"/.exec(html)![1];

    const form = await page(0, '/sign-in');
    const signedIn = await page(0, '/sign-in', {
      email: 'recruiter@cluster.example',
      password: PASSWORD,
      _csrf: csrf(form.html),
    });
    expect(signedIn.status).toBe(303);
    const settings = await page(1, '/settings');
    expect(settings.status).toBe(200);
    const signedOut = await page(1, '/sign-out', { _csrf: csrf(settings.html) });
    expect(signedOut.status).toBe(303);
    const after = await page(0, '/settings');
    expect(after.status).toBe(303);
    expect(after.location).toMatch(/\/sign-in/);
  });
});

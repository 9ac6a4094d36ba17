import { monthsBefore } from '../src/audit/audit-retention';
import { Role } from '../src/common/auth/role';
import { timeParameter } from '../src/database/stored-time';
import { DailyJobs } from '../src/jobs/daily-jobs';
import { JobQueue } from '../src/jobs/job-queue';
import { RetentionJob } from '../src/privacy/retention/retention-job';
import { as, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { signedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

interface DueItem {
  candidateId: string;
  name: string;
  rule: string;
  lastClosedAt: string | null;
  addedAt: string;
  consent: { purpose: string | null; givenAt: string | null; talentPool: boolean; talentPoolEndedAt: string | null };
  dueSince: string;
  holds?: { id: string; scope: string; vacancyId: string | null; vacancyTitle: string | null; reason: string }[];
}

/**
 * The retention policy (RETENTION_MONTHS_AFTER_CLOSE=12, TALENT_POOL_MONTHS=24): each rule a candidate of
 * its own, the dry run that lists them and changes nothing, and the daily job that asks for the erasure of
 * exactly the due ones.
 */
describe('the retention policy', () => {
  let t: TestApp;
  let admin: MadeUser;
  let recruiter: MadeUser;
  const now = new Date();
  const ago = (months: number) => monthsBefore(now, months);
  /** Who is who: each a case of the rules. */
  const c: Record<string, string> = {};
  const vacancies: Record<string, string> = {};
  const holds: Record<string, string> = {};

  const api = () => as(t, recruiter.token);
  const setTime = async (table: string, column: string, where: string, id: string, at: Date) => {
    const postgres = t.dataSource.options.type === 'postgres';
    const [first, second] = postgres ? ['$1', '$2'] : ['?', '?'];
    await t.dataSource.query(`UPDATE ${table} SET ${column} = ${first} WHERE ${where} = ${second}`, [
      timeParameter(at, postgres),
      id,
    ]);
  };
  const apply = async (candidateId: string, vacancy: string): Promise<string> =>
    (await api().post(`/vacancies/${vacancies[vacancy]}/applications`, { candidateId }).expect(201)).body.id;
  /** An application closed (rejected or withdrawn) this many months ago. */
  const closed = async (candidateId: string, vacancy: string, months: number, stage = 'rejected') => {
    const id = await apply(candidateId, vacancy);
    await api().post(`/applications/${id}/moves`, { stage, reason: 'Ander profiel gekozen' }).expect(200);
    await setTime('applications', 'stage_changed_at', 'id', id, ago(months));
  };
  const candidate = async (key: string, consent?: { purpose: string; givenAt: string }) => {
    const made = await makeCandidate(t, recruiter.token, { name: `Kandidaat ${key}` });
    if (consent) await api().patch(`/candidates/${made.id}`, { consent }).expect(200);
    c[key] = made.id;
    return made.id;
  };
  const due = async (query = '') => (await as(t, admin.token).get(`/privacy/retention/due${query}`).expect(200)).body;
  const idsOf = (items: DueItem[]) => items.map((item) => item.candidateId).sort();

  beforeAll(async () => {
    t = await createTestApp({ env: { RETENTION_MONTHS_AFTER_CLOSE: '12', TALENT_POOL_MONTHS: '24' } });
    admin = await makeUser(t, { roles: [Role.Admin] });
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profile = await makeProfile(t, recruiter.token);
    for (const key of ['main', 'other', 'disputed', 'endedLongAgo', 'endedToday']) {
      const fields = { roleProfileId: profile.id, hiringManagerIds: [manager.user.id], title: `Vacature ${key}` };
      vacancies[key] = (await makeVacancy(t, recruiter.token, fields, { open: true })).id;
    }

    await closed(await candidate('rejectedLongAgo'), 'main', 14);
    // The last closure counts: an old one and a recent one is not due.
    await closed(await candidate('recentClosure'), 'main', 20);
    await closed(c.recentClosure, 'other', 2, 'withdrawn');
    // An old closure and an application still open is not due.
    await closed(await candidate('openApplication'), 'main', 20);
    await apply(c.openApplication, 'other');
    // Left open on a vacancy that ended: closed when the vacancy closed.
    await apply(await candidate('vacancyEnded'), 'endedLongAgo');
    await apply(await candidate('vacancyEndedToday'), 'endedToday');
    for (const key of ['endedLongAgo', 'endedToday']) {
      await api()
        .post(`/vacancies/${vacancies[key]}/status`, { status: 'closed', reason: 'Gevuld buiten Sift' })
        .expect(200);
    }
    await setTime('vacancy_events', 'created_at', 'vacancy_id', vacancies.endedLongAgo, ago(14));
    // Never applied: counted from when they were added.
    await setTime('candidates', 'created_at', 'id', await candidate('neverAppliedOld'), ago(13));
    await candidate('neverAppliedNew');
    // A consent to the talent pool keeps them while it lasts; a purpose in other words does not.
    await closed(
      await candidate('poolUnexpired', { purpose: 'talent_pool', givenAt: ago(3).toISOString() }),
      'main',
      14,
    );
    await closed(
      await candidate('poolExpired', { purpose: 'talent_pool', givenAt: ago(30).toISOString() }),
      'main',
      14,
    );
    const prose = { purpose: 'Talent pool, kept 24 months', givenAt: ago(1).toISOString() };
    await closed(await candidate('proseConsent', prose), 'main', 14);
    // Legal holds: on the candidate, through a vacancy they applied to, and one released.
    await closed(await candidate('heldDirect'), 'main', 14);
    await closed(await candidate('heldViaVacancy'), 'disputed', 14);
    await closed(await candidate('heldReleased'), 'main', 14);
    const hold = (body: object) => as(t, admin.token).post('/legal-holds', body).expect(201);
    holds.direct = (await hold({ candidateId: c.heldDirect, reason: 'Claim of discrimination, case 26/1234' })).body.id;
    holds.vacancy = (await hold({ vacancyId: vacancies.disputed, reason: 'Complaint about the selection' })).body.id;
    holds.released = (
      await hold({ candidateId: c.heldReleased, reason: 'Question from the labour inspectorate' })
    ).body.id;
    await as(t, admin.token).post(`/legal-holds/${holds.released}/release`).expect(200);
  });
  afterAll(() => t?.close());

  const DUE = ['rejectedLongAgo', 'vacancyEnded', 'neverAppliedOld', 'poolExpired', 'proseConsent', 'heldReleased'];
  const HELD = ['heldDirect', 'heldViaVacancy'];

  it('lists who is due today and why: one case per rule', async () => {
    const body = await due();
    expect(body.policy).toMatchObject({ monthsAfterClose: 12, talentPoolMonths: 24, talentPoolPurpose: 'talent_pool' });
    expect(idsOf(body.due.items)).toEqual(DUE.map((key) => c[key]).sort());
    expect(body.due.total).toBe(DUE.length);
    const item = (key: string): DueItem => body.due.items.find((one: DueItem) => one.candidateId === c[key]);

    expect(item('rejectedLongAgo')).toMatchObject({
      name: 'Kandidaat rejectedLongAgo',
      rule: 'closedApplications',
      lastClosedAt: ago(14).toISOString(),
      consent: { purpose: null, givenAt: null, talentPool: false, talentPoolEndedAt: null },
    });
    expect(Date.parse(item('rejectedLongAgo').dueSince)).toBe(monthsBefore(ago(14), -12).getTime());
    expect(item('vacancyEnded')).toMatchObject({ rule: 'closedApplications', lastClosedAt: ago(14).toISOString() });
    expect(item('neverAppliedOld')).toMatchObject({
      rule: 'neverApplied',
      lastClosedAt: null,
      addedAt: ago(13).toISOString(),
    });
    expect(item('poolExpired').consent).toEqual({
      purpose: 'talent_pool',
      givenAt: ago(30).toISOString(),
      talentPool: true,
      talentPoolEndedAt: monthsBefore(ago(30), -24).toISOString(),
    });
    expect(item('proseConsent').consent).toMatchObject({ purpose: 'Talent pool, kept 24 months', talentPool: false });
    // Longest past first: the closures of 14 months ago, then the one added 13 months ago.
    const since = body.due.items.map((one: DueItem) => one.lastClosedAt ?? one.addedAt);
    expect(since).toEqual([...since].sort());
    expect(body.due.items.at(-1).candidateId).toBe(c.neverAppliedOld);
  });

  it('lists apart those a legal hold keeps, with the hold', async () => {
    const body = await due();
    expect(idsOf(body.held.items)).toEqual(HELD.map((key) => c[key]).sort());
    const held = (key: string): DueItem => body.held.items.find((one: DueItem) => one.candidateId === c[key]);
    expect(held('heldDirect')).toMatchObject({ rule: 'closedApplications', lastClosedAt: ago(14).toISOString() });
    expect(held('heldDirect').holds).toEqual([
      expect.objectContaining({ id: holds.direct, scope: 'candidate', vacancyId: null, reason: expect.any(String) }),
    ]);
    expect(held('heldViaVacancy').holds).toEqual([
      expect.objectContaining({
        id: holds.vacancy,
        scope: 'vacancy',
        vacancyId: vacancies.disputed,
        vacancyTitle: 'Vacature disputed',
        reason: 'Complaint about the selection',
      }),
    ]);
  });

  it('pages each list on its own', async () => {
    const first = await due('?limit=4');
    const second = await due('?limit=4&offset=4&heldOffset=1');
    expect(first.due.items).toHaveLength(4);
    expect(second.due.items).toHaveLength(DUE.length - 4);
    expect([...idsOf(first.due.items), ...idsOf(second.due.items)].sort()).toEqual(DUE.map((key) => c[key]).sort());
    expect(second).toMatchObject({ limit: 4, offset: 4, heldOffset: 1, held: { total: 2 } });
    expect(second.held.items).toHaveLength(1);
    const bad = await as(t, admin.token).get('/privacy/retention/due?heldOffset=-1&limit=0').expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['heldOffset', 'limit']);
  });

  it('is a dry run: reading it changes nothing', async () => {
    const snapshot = async () => ({
      candidates: await t.dataSource.query('SELECT id, name, email, erased_at FROM candidates ORDER BY id'),
      erasures: await t.dataSource.query('SELECT COUNT(*) AS n FROM candidate_erasures'),
      jobs: await t.dataSource.query("SELECT COUNT(*) AS n FROM jobs WHERE name = 'candidate.erase'"),
    });
    const before = await snapshot();
    await due();
    const pages = await signedInPages(t, admin.user.email);
    await pages.agent.get('/admin/privacy/retention').expect(200);
    expect(await snapshot()).toEqual(before);
    expect(Number(before.erasures[0].n)).toBe(0);
  });

  it('shows the same as a page, every list with why and the hold', async () => {
    const pages = await signedInPages(t, admin.user.email);
    const page = (await pages.agent.get('/admin/privacy/retention').expect(200)).text;
    for (const key of [...DUE, ...HELD]) expect(page).toContain(`data-candidate="${c[key]}"`);
    for (const key of ['recentClosure', 'openApplication', 'vacancyEndedToday', 'neverAppliedNew', 'poolUnexpired'])
      expect(page).not.toContain(c[key]);
    expect(page).toContain('data-policy="on"');
    expect(page).toContain('Complaint about the selection');
    expect(page).toContain('href="/admin/privacy"');
    const records = (await pages.agent.get('/admin/privacy').expect(200)).text;
    expect(records).toContain('href="/admin/privacy/retention"');
    expect(records).toMatch(/<code>RETENTION_MONTHS_AFTER_CLOSE<\/code>: 12 months/);
  });

  it('is for admins only', async () => {
    for (const roles of [[Role.Recruiter], [Role.HiringManager], [Role.Interviewer], [Role.Compliance]]) {
      const user = await makeUser(t, { roles });
      await as(t, user.token).get('/privacy/retention/due').expect(403);
    }
    await t.http().get('/privacy/retention/due').expect(401);
  });

  it('lists nobody when the policy is off, and its job asks for nothing', async () => {
    // A second process on the same database, with the policy off, running no jobs of its own.
    const off = await createTestApp({
      database: t.database,
      env: { RETENTION_MONTHS_AFTER_CLOSE: 'off', JOBS_IN_API: 'false' },
    });
    try {
      const token = (await makeUser(off, { roles: [Role.Admin] })).token;
      const { body } = await as(off, token).get('/privacy/retention/due').expect(200);
      expect(body).toMatchObject({
        policy: { monthsAfterClose: null, closedBefore: null },
        due: { items: [], total: 0 },
        held: { items: [], total: 0 },
      });
      expect(await off.get(RetentionJob).run()).toEqual({ requested: 0, skipped: 0, refused: 0 });
      const [{ n }] = await off.dataSource.query('SELECT COUNT(*) AS n FROM candidate_erasures');
      expect(Number(n)).toBe(0);
    } finally {
      await off.close();
    }
  });

  it('asks, once a day, for the erasure of exactly the due candidates, and leaves the held alone', async () => {
    expect(await t.get(DailyJobs).queue(new Date())).toHaveLength(3);
    await t.get(JobQueue).idle();
    const erasures: { candidate_id: string; source: string; reason: string; requested_by: string | null }[] =
      await t.dataSource.query('SELECT candidate_id, source, reason, requested_by FROM candidate_erasures');
    expect(erasures.map((row) => row.candidate_id).sort()).toEqual(DUE.map((key) => c[key]).sort());
    for (const row of erasures) expect(row).toMatchObject({ source: 'policy', requested_by: null });
    const reasonOf = (key: string) => erasures.find((row) => row.candidate_id === c[key])!.reason;
    expect(reasonOf('rejectedLongAgo')).toBe(
      `Retention policy (RETENTION_MONTHS_AFTER_CLOSE=12): last application closed on ${ago(14).toISOString().slice(0, 10)}, over 12 months ago`,
    );
    expect(reasonOf('neverAppliedOld')).toContain('never applied');
    expect(reasonOf('poolExpired')).toContain('talent-pool consent ended on');

    // Erased now: nobody is due any more, and the held are still held.
    const after = await due();
    expect(after.due).toEqual({ items: [], total: 0 });
    expect(idsOf(after.held.items)).toEqual(HELD.map((key) => c[key]).sort());
    // The next day's run asks for nothing new.
    await t.get(DailyJobs).queue(new Date(Date.now() + 86_400_000));
    await t.get(JobQueue).idle();
    const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM candidate_erasures');
    expect(Number(n)).toBe(DUE.length);
  });
});

import { AuditTrail } from '../src/audit/audit-trail';
import { AuditTrailRepository } from '../src/audit/audit-trail.repository';
import { AuditLog } from '../src/audit/audit-log.service';
import { AuditRetention } from '../src/audit/audit-retention';
import { Role } from '../src/common/auth/role';
import { JobQueue } from '../src/jobs/job-queue';
import { as, bearer, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';
import { createTestDatabase } from './support/test-database';

const PERSON = { name: 'Riina Kadakas-Mänd', email: 'riina.kadakas@example.ee', phone: '+372 5550 1234' };

interface Line {
  seq: number;
  action: string;
  actor: { id: string } | null;
  actorRoles: string[];
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  subjectId: string | null;
  candidateId: string | null;
  vacancyId: string | null;
  details: Record<string, unknown>;
}

/**
 * The audit trail: every change recorded in its own transaction with who,
 * when and from where; personal values kept by reference; reads logged;
 * the database refusing to change or remove an entry; and a chain whose
 * check names the first entry someone changed, removed or inserted by hand.
 */
describe('the audit trail', () => {
  let t: TestApp;
  let admin: MadeUser;
  let recruiter: MadeUser;
  let manager: MadeUser;
  const postgres = () => t.dataSource.options.type === 'postgres';

  beforeAll(async () => {
    t = await createTestApp();
    admin = await makeUser(t, { roles: [Role.Admin] });
    recruiter = await makeUser(t, { roles: [Role.Recruiter], name: 'Rita Recruiter' });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
  });
  afterAll(() => t.close());

  const lines = async (query: Record<string, string>): Promise<Line[]> => {
    await t.get(AuditTrail).flushReads();
    const { body } = await as(t, admin.token)
      .get(`/audit?${new URLSearchParams({ limit: '200', ...query }).toString()}`)
      .expect(200);
    return (body.lines as Line[]).reverse();
  };

  /** What someone with the database file, or a superuser, could do: the guards set aside. */
  async function withoutGuards(work: () => Promise<unknown>): Promise<void> {
    if (postgres()) {
      await t.dataSource.query('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only');
      await work();
      await t.dataSource.query('ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only');
      return;
    }
    const [{ sql: onUpdate }] = await t.dataSource.query(
      "SELECT sql FROM sqlite_master WHERE name = 'audit_entries_no_update'",
    );
    const [{ sql: onDelete }] = await t.dataSource.query(
      "SELECT sql FROM sqlite_master WHERE name = 'audit_entries_no_delete'",
    );
    await t.dataSource.query('DROP TRIGGER audit_entries_no_update');
    await t.dataSource.query('DROP TRIGGER audit_entries_no_delete');
    await work();
    await t.dataSource.query(onUpdate);
    await t.dataSource.query(onDelete);
  }

  it('records changes with who, their roles, address, agent and request id; personal values by reference', async () => {
    const api = t.http();
    const made = await api
      .post('/candidates')
      .set(bearer(recruiter.token))
      .set('User-Agent', 'Sift test agent/1.0')
      .set('X-Request-Id', 'audit-test-create')
      .send(PERSON)
      .expect(201);
    const id = made.body.id as string;
    await as(t, recruiter.token).patch(`/candidates/${id}`, { phone: '+372 5550 9999', location: 'Pärnu' }).expect(200);
    await as(t, recruiter.token)
      .post(`/candidates/${id}/facts`, { kind: 'education', source: 'recruiter', data: { level: 'hbo' } })
      .expect(201);

    const entries = await lines({ candidateId: id });
    expect(entries.map((line) => line.action)).toEqual(['candidate.created', 'candidate.updated', 'fact.added']);
    const [created, updated, fact] = entries;
    expect(created).toMatchObject({
      actor: { id: recruiter.user.id },
      actorRoles: ['recruiter'],
      userAgent: 'Sift test agent/1.0',
      requestId: 'audit-test-create',
      subjectId: id,
      candidateId: id,
    });
    expect(created.ip).toMatch(/127\.0\.0\.1|::1/);
    expect(created.details).toMatchObject({ name: { from: null, to: PERSON.name }, email: { to: PERSON.email } });
    expect(updated.details).toEqual({
      phone: { from: PERSON.phone, to: '+372 5550 9999' },
      location: { from: null, to: 'Pärnu' },
    });
    expect(fact.details).toMatchObject({ kind: 'education', data: { level: 'hbo' } });

    // The entries themselves hold references; the values sit apart, under the candidate.
    const raw: { details: string }[] = await t.dataSource.query('SELECT details FROM audit_entries');
    const stored = raw.map((row) => row.details).join('\n');
    for (const secret of [PERSON.name, PERSON.email, '5550 1234', 'Pärnu']) expect(stored).not.toContain(secret);
  });

  it('begins with the configuration and the first admin, both made by Sift itself', async () => {
    const first = (await lines({ to: '2999-12-31' })).slice(0, 2);
    expect(first.map((line) => line.seq).sort()).toEqual([1, 2]);
    expect(first.find((line) => line.action === 'settings.changed')).toMatchObject({ actor: null });
    expect(first.find((line) => line.action === 'user.created')).toMatchObject({
      actor: null,
      details: { firstAdmin: true },
    });
  });

  it('records sign-ins and failed ones with the address they came from', async () => {
    await t.http().post('/auth/login').send({ email: recruiter.user.email, password: 'not the password' }).expect(401);
    await t.http().post('/auth/login').send({ email: recruiter.user.email, password: recruiter.password }).expect(200);
    const entries = await lines({ action: 'user' });
    const failed = entries.find((line) => line.action === 'user.sign_in_failed')!;
    const signedIn = entries.find((line) => line.action === 'user.signed_in')!;
    expect(failed).toMatchObject({
      actor: null,
      subjectId: recruiter.user.id,
      details: { email: recruiter.user.email },
    });
    expect(failed.ip).toBeTruthy();
    expect(signedIn).toMatchObject({ actor: { id: recruiter.user.id }, actorRoles: ['recruiter'] });
  });

  it('records reads of personal data in batches: the record, the export', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    await as(t, recruiter.token).get(`/candidates/${candidate.id}`).expect(200);
    await as(t, admin.token).get(`/candidates/${candidate.id}`).expect(200);
    const reads = (await lines({ candidateId: candidate.id })).filter((line) => line.action === 'candidate.read');
    expect(reads.map((line) => line.actor?.id)).toEqual([recruiter.user.id, admin.user.id]);
    expect(reads[0].details).toEqual({ via: 'api' });
  });

  it('asks a reason to advance a knocked-out applicant, and keeps the advice beside it', async () => {
    const profile = await makeProfile(t, recruiter.token);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id], knockoutPolicy: 'flag' },
      { open: true },
    );
    const candidate = await makeCandidate(t, recruiter.token);
    await as(t, recruiter.token)
      .post(`/candidates/${candidate.id}/facts`, {
        kind: 'education',
        source: 'recruiter',
        data: { level: 'mbo' },
        confirmed: true,
      })
      .expect(201);
    await t.get(JobQueue).idle();
    const { body: application } = await as(t, recruiter.token)
      .post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })
      .expect(201);
    await t.get(JobQueue).idle();

    const refused = await as(t, recruiter.token)
      .post(`/applications/${application.id}/moves`, { stage: 'screening' })
      .expect(422);
    expect(refused.body.code).toBe('DECISION_NEEDS_REASON');
    expect(refused.body.detail ?? refused.body.message).toMatch(
      /goes against the screening advice: the application failed/,
    );

    const reason = 'Ruime ervaring compenseert het ontbrekende diploma';
    await as(t, recruiter.token)
      .post(`/applications/${application.id}/moves`, { stage: 'screening', reason })
      .expect(200);
    const { body: events } = await as(t, recruiter.token).get(`/applications/${application.id}/events`).expect(200);
    const move = (events.items ?? events).at(-1);
    expect(move).toMatchObject({ toStage: 'screening', reason, advice: { kind: 'knocked_out' } });

    const moved = (await lines({ candidateId: candidate.id })).filter((line) => line.action === 'application.moved');
    expect(moved.at(-1)!.details).toMatchObject({
      to: { stage: 'screening' },
      reason,
      advice: { kind: 'knocked_out' },
      bySift: false,
    });
    expect(moved.at(-1)!.vacancyId).toBe(vacancy.id);
  });

  it('is read by admins only, filters by day and refuses days that do not exist', async () => {
    for (const user of [recruiter, manager]) await as(t, user.token).get('/audit').expect(403);
    await as(t, recruiter.token).get('/audit/verification').expect(403);
    await as(t, recruiter.token).get('/audit/entries.csv').expect(403);
    const bad = await as(t, admin.token).get('/audit?from=2026-02-30').expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'from' });
    await as(t, admin.token).get('/audit?action=DROP%20TABLE').expect(400);
    await as(t, admin.token).get('/audit?from=2026-05-02&to=2026-05-01').expect(400);
    const today = new Date().toISOString().slice(0, 10);
    expect((await lines({ from: today, to: today })).length).toBeGreaterThan(3);
    expect(await lines({ to: '2000-01-01' })).toEqual([]);

    const csv = await as(t, admin.token).get(`/audit/entries.csv?actorId=${recruiter.user.id}`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0]).toMatch(/^seq,at,actor_id,actor_email/);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.slice(1).every((row) => row.includes(recruiter.user.id))).toBe(true);
  });

  it('pages from newest to oldest without gaps', async () => {
    const first = await as(t, admin.token).get('/audit?limit=3').expect(200);
    const second = await as(t, admin.token).get(`/audit?limit=3&before=${first.body.next}`).expect(200);
    const seqs = [...first.body.lines, ...second.body.lines].map((line: Line) => line.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(seqs[2] - seqs[3]).toBe(1);
  });

  it('keeps the chain whole when many change at once', async () => {
    const before = (await t.get(AuditTrailRepository).head()).seq;
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        as(t, recruiter.token)
          .post('/candidates', { name: `Gelijktijdig ${index}`, email: `samen-${index}@example.com` })
          .expect(201),
      ),
    );
    const report = await t.get(AuditLog).verify();
    expect(report.firstBreak).toBeNull();
    expect(report.head.seq - before).toBe(12);
  });

  it('is refused any UPDATE or DELETE by the database itself', async () => {
    await expect(t.dataSource.query("UPDATE audit_entries SET action = 'x' WHERE seq = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query('DELETE FROM audit_entries WHERE seq = 1')).rejects.toThrow(/append-only/);
    expect((await t.get(AuditLog).verify()).firstBreak).toBeNull();
  });

  it('names the first entry that was changed, removed or inserted by hand', async () => {
    const { body: whole } = await as(t, admin.token).get('/audit/verification').expect(200);
    expect(whole.firstBreak).toBeNull();
    expect(whole.checked).toBe(whole.head.seq);

    const [{ details }] = await t.dataSource.query('SELECT details FROM audit_entries WHERE seq = 3');
    await withoutGuards(() => t.dataSource.query(`UPDATE audit_entries SET details = '{}' WHERE seq = 3`));
    const { body: changed } = await as(t, admin.token).get('/audit/verification').expect(200);
    expect(changed.firstBreak).toEqual({ kind: 'changed', seq: 3 });
    await withoutGuards(() =>
      t.dataSource.query(`UPDATE audit_entries SET details = ${postgres() ? '$1' : '?'} WHERE seq = 3`, [details]),
    );
    expect((await t.get(AuditLog).verify()).firstBreak).toBeNull();

    const [row] = await t.dataSource.query('SELECT * FROM audit_entries WHERE seq = 5');
    await withoutGuards(() => t.dataSource.query('DELETE FROM audit_entries WHERE seq = 5'));
    expect((await t.get(AuditLog).verify()).firstBreak).toEqual({ kind: 'missing', seq: 5 });

    // Put back with another entry's content, hashed right for it: it no longer links to the one before.
    const p = (n: number) => (postgres() ? `$${n}` : '?');
    const columns = Object.keys(row);
    const forged = { ...row, action: 'candidate.read', hash: row.hash };
    await withoutGuards(() =>
      t.dataSource.query(
        `INSERT INTO audit_entries (${columns.join(', ')}) VALUES (${columns.map((_, i) => p(i + 1)).join(', ')})`,
        columns.map((column) => forged[column]),
      ),
    );
    expect((await t.get(AuditLog).verify()).firstBreak).toEqual({ kind: 'changed', seq: 5 });

    const last = (await t.get(AuditTrailRepository).head()).seq;
    await withoutGuards(async () => {
      await t.dataSource.query('DELETE FROM audit_entries WHERE seq = 5');
      await t.dataSource.query(
        `INSERT INTO audit_entries (${columns.join(', ')}) VALUES (${columns.map((_, i) => p(i + 1)).join(', ')})`,
        columns.map((column) => row[column]),
      );
      await t.dataSource.query(`DELETE FROM audit_entries WHERE seq = ${last}`);
    });
    expect((await t.get(AuditLog).verify()).firstBreak).toEqual({ kind: 'missing', seq: last });
  });
});

/** The trail's retention, and configuration changes on record, each on a database of its own. */
describe('the audit trail over time', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('removes entries past the retention period by the one documented path, and stays verifiable', async () => {
    t = await createTestApp({ env: { AUDIT_RETENTION_MONTHS: '6' } });
    const recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    for (let n = 0; n < 3; n++) await makeCandidate(t, recruiter.token);
    const head = await t.get(AuditTrailRepository).head();

    // Nothing is six months old yet.
    expect(await t.get(AuditRetention).prune()).toBe(0);
    // Seven months on, every entry so far is past the period.
    const later = new Date(Date.now() + 7 * 31 * 24 * 3600 * 1000);
    expect(await t.get(AuditRetention).prune(later)).toBe(head.seq);

    const report = await t.get(AuditLog).verify();
    expect(report).toMatchObject({ firstBreak: null, prunedThrough: head.seq, checked: 1 });
    const [pruned] = await t.dataSource.query('SELECT action, details FROM audit_entries');
    expect(pruned.action).toBe('audit.pruned');
    expect(JSON.parse(pruned.details)).toMatchObject({ removed: head.seq, retentionMonths: 6 });
    // Past the mark the database still refuses to delete.
    await expect(t.dataSource.query('DELETE FROM audit_entries')).rejects.toThrow(/append-only/);

    await makeCandidate(t, recruiter.token);
    expect((await t.get(AuditLog).verify()).firstBreak).toBeNull();
  });

  it('refuses a retention under six months', async () => {
    await expect(createTestApp({ env: { AUDIT_RETENTION_MONTHS: '3' } })).rejects.toThrow(
      /AUDIT_RETENTION_MONTHS must be a whole number from 6 to 1200/,
    );
  });

  it('records a changed configuration when Sift starts with it, secrets only as set', async () => {
    const database = await createTestDatabase();
    t = await createTestApp({ database, env: { AUDIT_RETENTION_MONTHS: '12' } });
    const changes = async () =>
      (await t.dataSource.query(
        "SELECT details FROM audit_entries WHERE action = 'settings.changed' ORDER BY seq",
      )) as { details: string }[];
    expect(await changes()).toHaveLength(1);
    const [first] = await changes();
    expect(JSON.parse(first.details).now).toMatchObject({ 'audit.retentionMonths': 12, 'auth.tokenSecret': 'set' });
    expect(first.details).not.toContain(t.settings.auth.tokenSecret!);

    await t.close();
    t = await createTestApp({ database, env: { AUDIT_RETENTION_MONTHS: '18', FAIRNESS_MIN_GROUP_SIZE: '7' } });
    const after = await changes();
    expect(after).toHaveLength(2);
    expect(JSON.parse(after[1].details).changed).toEqual(
      expect.arrayContaining(['audit.retentionMonths', 'fairness.minGroupSize']),
    );
    await t.close();
    t = await createTestApp({ database, env: { AUDIT_RETENTION_MONTHS: '18', FAIRNESS_MIN_GROUP_SIZE: '7' } });
    // The token secret differs with every test app, and is recorded as set each time: no change.
    expect(await changes()).toHaveLength(2);
    await t.close();
    await database.drop();
    t = undefined as unknown as TestApp;
  });
});

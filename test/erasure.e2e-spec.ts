import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AuditLog } from '../src/audit/audit-log.service';
import { AuditTrail } from '../src/audit/audit-trail';
import { Role } from '../src/common/auth/role';
import { JobQueue } from '../src/jobs/job-queue';
import { ErasureService } from '../src/privacy/erasure/erasure.service';
import { ErasureRepository } from '../src/privacy/erasure/erasure.repository';
import { newId } from '../src/database/ids';
import {
  applyInRound,
  as,
  bearer,
  MadeUser,
  makeCandidate,
  makeProfile,
  makeUser,
  makeVacancy,
  scheduleInterview,
} from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const PERSON = {
  name: 'Maarja-Liis Tammsaare',
  email: 'maarja.tammsaare@example.ee',
  phone: '+372 5123 4567',
  location: 'Rakvere',
};
const SENTENCE = 'Juhtisin Baltikumi suurimat logistika müügitiimi üheksateist kuud järjest.';
/** What must be found nowhere once she is erased: in no table, no file, no log of the trail. */
const SECRETS = ['Maarja-Liis', 'Tammsaare', 'maarja.tammsaare', '5123 4567', '51234567', 'Rakvere', SENTENCE];

const US = { questionSet: 'us-eeo', consentVersion: '2026-12-01' };

/**
 * Erasure: the person goes, from every table and file; what stays is
 * anonymous and keeps the numbers, so the reports over the vacancy are the
 * same before and after.
 */
describe('erasing a candidate', () => {
  let t: TestApp;
  let admin: MadeUser;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let panel: MadeUser;
  let vacancy: { id: string; rounds: { id: string }[] };
  let erased: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await makeUser(t, { roles: [Role.Admin] });
    recruiter = await makeUser(t, { roles: [Role.Recruiter], name: 'Riho Värbaja' });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    panel = await makeUser(t, { roles: [Role.Interviewer] });
    const profile = await makeProfile(t, recruiter.token);
    vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    erased = await livedThrough(PERSON, true);
    await livedThrough(
      { name: 'Toomas Kuusk', email: 'toomas.kuusk@example.ee', phone: '+372 5999 0000', location: 'Pärnu' },
      false,
    );
    await t.get(JobQueue).idle();
    await t.get(AuditTrail).flushReads();
  }, 90_000);
  afterAll(() => t.close());

  /** A candidate with a CV, facts, a note, an application through an interview and a scorecard, mails and answers. */
  async function livedThrough(person: typeof PERSON, rejected: boolean): Promise<string> {
    const api = as(t, recruiter.token);
    const candidate = await makeCandidate(t, recruiter.token, { name: person.name, email: person.email });
    await api.patch(`/candidates/${candidate.id}`, { phone: person.phone, location: person.location }).expect(200);
    const cv = [
      `${person.name}`,
      `${person.email} | ${person.phone} | ${person.location}`,
      '',
      'TÖÖKOGEMUS',
      '2014 – 2023 Müügijuht, Balti Logistika AS',
      person === PERSON ? SENTENCE : 'Haldasin kliente Lõuna-Eestis.',
      '',
      'HARIDUS',
      '2012 Tartu Ülikool, majandus (magister)',
    ].join('\n');
    await t
      .http()
      .post(`/candidates/${candidate.id}/cvs`)
      .set(bearer(recruiter.token))
      .attach('file', Buffer.from(cv, 'utf8'), `${person.name} CV.txt`)
      .expect(201);
    await api
      .post(`/candidates/${candidate.id}/facts`, {
        kind: 'education',
        source: 'recruiter',
        data: { level: 'wo' },
        confirmed: true,
      })
      .expect(201);
    await api
      .post(`/candidates/${candidate.id}/notes`, { text: `Belde ${person.name} terug na het gesprek.` })
      .expect(201);
    const { applicationId, roundId } = await applyInRound(t, recruiter.token, vacancy, { candidateId: candidate.id });
    await api
      .post(`/applications/${applicationId}/self-identification`, {
        ...US,
        answers: { sex: rejected ? 'female' : 'male' },
      })
      .expect(201);
    const interview = await scheduleInterview(t, recruiter.token, applicationId, roundId, [panel]);
    await as(t, panel.token)
      .post(`/interviews/${interview.id}/scorecards`, {
        ratings: [
          { competency: 'customer_focus', rating: rejected ? 2 : 4, notes: `${person.name} gaf sterke voorbeelden` },
        ],
        recommendation: rejected ? 'no' : 'yes',
        summary: `Gesprek met ${person.name} verliep goed.`,
        submit: true,
      })
      .expect(201);
    await t.get(JobQueue).idle();
    if (rejected) {
      await api
        .post(`/applications/${applicationId}/moves`, {
          stage: 'rejected',
          reason: `${person.name} koos voor een andere baan`,
        })
        .expect(200);
    }
    await api.get(`/candidates/${candidate.id}`).expect(200);
    return candidate.id;
  }

  /** The reports a compliance officer and a hiring manager read over the vacancy. */
  async function reports(): Promise<unknown[]> {
    const api = as(t, admin.token);
    return Promise.all(
      [
        `/reports/adverse-impact?vacancyId=${vacancy.id}`,
        `/reports/pipeline?vacancyId=${vacancy.id}`,
        `/vacancies/${vacancy.id}/interview-agreement`,
        `/vacancies/${vacancy.id}/score-distribution`,
      ].map(async (url) => {
        const { body } = await api.get(url).expect(200);
        return stripGenerated(body);
      }),
    );
  }

  /** Every row of every table as text: what a dump of the database holds. */
  async function dump(): Promise<string> {
    const postgres = t.dataSource.options.type === 'postgres';
    const tables: { name: string }[] = await t.dataSource.query(
      postgres
        ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"
        : "SELECT name FROM sqlite_master WHERE type = 'table'",
    );
    const parts: string[] = [];
    for (const { name } of tables) parts.push(JSON.stringify(await t.dataSource.query(`SELECT * FROM "${name}"`)));
    if (!postgres) {
      // The file itself, free pages included: deleted content must not linger there either.
      await t.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
      parts.push(readFileSync(join(t.database.dataDir, 'sift.db')).toString('utf8'));
    }
    return parts.join('\n');
  }

  function filesUnder(dir: string): string {
    return readdirSync(dir)
      .map((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory()
          ? `${name}\n${filesUnder(path)}`
          : `${name}\n${readFileSync(path).toString('utf8')}`;
      })
      .join('\n');
  }

  it('finds her everywhere before, to be sure the search can find her', async () => {
    const everything = (await dump()) + filesUnder(t.database.dataDir);
    for (const secret of SECRETS) expect(everything).toContain(secret);
  });

  it('is refused to anyone but an admin, and 404 for a candidate nobody knows', async () => {
    const reason = 'Asked by e-mail on 1 December';
    for (const user of [recruiter, manager]) {
      await as(t, user.token).post(`/candidates/${erased}/erasure`, { reason }).expect(403);
    }
    const unknown = await as(t, admin.token)
      .post('/candidates/00000000-0000-4000-8000-000000000000/erasure', { reason })
      .expect(404);
    expect(unknown.body.code).toBe('CANDIDATE_NOT_FOUND');
    const short = await as(t, admin.token).post(`/candidates/${erased}/erasure`, { reason: 'asked' }).expect(400);
    expect(short.body.errors[0].field).toBe('reason');
    await as(t, admin.token).get(`/candidates/${erased}/erasure`).expect(404);
  });

  it('is refused while a legal hold covers the candidate, directly or through a vacancy, naming the hold', async () => {
    const reason = 'Asked by e-mail on 1 December';
    const { body: hold } = await as(t, admin.token)
      .post('/legal-holds', { vacancyId: vacancy.id, reason: 'Claim of unequal treatment, case 2026-114' })
      .expect(201);
    const held = await as(t, admin.token).post(`/candidates/${erased}/erasure`, { reason }).expect(409);
    expect(held.body.code).toBe('CANDIDATE_ON_LEGAL_HOLD');
    expect(held.body.detail ?? held.body.message).toContain(hold.id);
    expect(held.body.detail ?? held.body.message).toContain('case 2026-114');
    await as(t, admin.token).post(`/legal-holds/${hold.id}/release`, {}).expect(200);
    await as(t, admin.token).get(`/candidates/${erased}/erasure`).expect(404);
  });

  it('removes her from every table and file, and the reports stay the same', async () => {
    const before = await reports();
    const asked = await as(t, admin.token)
      .post(`/candidates/${erased}/erasure`, { reason: 'Asked by e-mail on 1 December' })
      .expect(202);
    expect(asked.body).toMatchObject({ candidateId: erased, source: 'request', requestedBy: admin.user.id });
    await t.get(JobQueue).idle();
    const { body: done } = await as(t, admin.token).get(`/candidates/${erased}/erasure`).expect(200);
    expect(done).toMatchObject({ id: asked.body.id, state: 'completed' });

    const everything = (await dump()) + filesUnder(t.database.dataDir);
    for (const secret of SECRETS)
      expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
    // The other candidate is untouched.
    for (const left of ['Toomas Kuusk', 'toomas.kuusk@example.ee', 'Haldasin kliente Lõuna-Eestis.']) {
      expect(everything).toContain(left);
    }
    expect(await reports()).toEqual(before);

    const { body: record } = await as(t, admin.token).get(`/candidates/${erased}`).expect(200);
    expect(record).toMatchObject({ name: 'Erased candidate', phone: null, location: null, facts: [] });
    expect(record.email).toMatch(/@erased\.invalid$/);
    const { body: applications } = await as(t, admin.token).get(`/applications?candidateId=${erased}`).expect(200);
    expect(applications.items.map((item: { stage: string }) => item.stage)).toEqual(['rejected']);
  });

  it('keeps the audit trail whole, shows her values as erased, and records itself', async () => {
    expect((await t.get(AuditLog).verify()).firstBreak).toBeNull();
    const { body } = await as(t, admin.token).get(`/audit?candidateId=${erased}&limit=200`).expect(200);
    const actions = body.lines.map((line: { action: string }) => line.action);
    expect(actions.slice(0, 2)).toEqual(['candidate.erased', 'candidate.erasure_requested']);
    const created = body.lines.find((line: { action: string }) => line.action === 'candidate.created');
    expect(created.details.name).toEqual({ from: null, to: { $erased: true } });
  });

  it('takes nothing new for an erased candidate: no fact, note, CV or application', async () => {
    const api = as(t, recruiter.token);
    const refusals = [
      await api.post(`/candidates/${erased}/facts`, { kind: 'skill', source: 'recruiter', data: { name: 'Excel' } }),
      await api.post(`/candidates/${erased}/notes`, { text: 'Belde terug' }),
      await api.patch(`/candidates/${erased}`, { phone: '+372 5000 0000' }),
      await t
        .http()
        .post(`/candidates/${erased}/cvs`)
        .set(bearer(recruiter.token))
        .attach('file', Buffer.from('Uus CV\nMüügijuht', 'utf8'), 'cv.txt'),
    ];
    expect(refusals.map((response) => [response.status, response.body.code])).toEqual(
      Array(4).fill([409, 'CANDIDATE_ERASED']),
    );
  });

  it('answers the same erasure when asked again, and does nothing twice', async () => {
    const first = await as(t, admin.token).get(`/candidates/${erased}/erasure`).expect(200);
    const again = await as(t, admin.token)
      .post(`/candidates/${erased}/erasure`, { reason: 'Asked again by phone' })
      .expect(202);
    expect(again.body).toEqual(first.body);
    const head = (await t.get(AuditLog).verify()).head.seq;
    await t.get(ErasureService).perform(first.body.id);
    expect((await t.get(AuditLog).verify()).head.seq).toBe(head);
  });

  it('answers two admins asking at once with one erasure', async () => {
    const candidate = await makeCandidate(t, recruiter.token, { name: 'Piret Paju', email: 'piret.paju@example.ee' });
    const [first, second] = await Promise.all(
      ['Asked by phone on 5 December', 'Asked by letter on 5 December'].map((reason) =>
        as(t, admin.token).post(`/candidates/${candidate.id}/erasure`, { reason }).expect(202),
      ),
    );
    expect(second.body.id).toBe(first.body.id);
    await t.get(JobQueue).idle();
    const [{ n }] = await t.dataSource.query(
      `SELECT COUNT(*) AS n FROM candidate_erasures WHERE candidate_id = ${t.dataSource.options.type === 'postgres' ? '$1' : '?'}`,
      [candidate.id],
    );
    expect(Number(n)).toBe(1);
    expect((await as(t, admin.token).get(`/candidates/${candidate.id}/erasure`).expect(200)).body.state).toBe(
      'completed',
    );
  });

  it('finishes after a crash between its steps', async () => {
    const other = await makeCandidate(t, recruiter.token, { name: 'Kaja Kivi', email: 'kaja.kivi@example.ee' });
    await t
      .http()
      .post(`/candidates/${other.id}/cvs`)
      .set(bearer(recruiter.token))
      .attach('file', Buffer.from('Kaja Kivi\nMüügijuht ja kliendihaldur, Tartu\n', 'utf8'), 'kaja.txt')
      .expect(201);
    const erasures = t.get(ErasureRepository);
    // After a crash: the erasure asked for and its first step committed, its job still to run again.
    const asked = {
      id: newId(),
      candidateId: other.id,
      source: 'request' as const,
      reason: 'Asked in a letter',
      requestedBy: admin.user.id,
      requestedAt: new Date(),
      dataErasedAt: null,
      files: null,
      completedAt: null,
    };
    await t.dataSource.transaction(async (tx) => {
      await erasures.record(tx, asked);
      await erasures.wipe(tx, asked, new Date());
    });
    const midway = (await erasures.findById(asked.id))!;
    expect(midway.dataErasedAt).not.toBeNull();
    expect(midway.completedAt).toBeNull();
    expect(filesUnder(join(t.database.dataDir, 'cvs'))).toContain('Kaja Kivi');

    await t.get(ErasureService).perform(asked.id);
    expect((await erasures.findById(asked.id))!.completedAt).not.toBeNull();
    expect(filesUnder(join(t.database.dataDir, 'cvs'))).not.toContain('Kaja Kivi');
    expect((await t.get(AuditLog).verify()).firstBreak).toBeNull();
  });
});

/** A report as it reads, without the moment it was made. */
function stripGenerated(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body, (key, value: unknown) => (key === 'generatedAt' ? undefined : value)));
}

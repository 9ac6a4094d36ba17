import { Role } from '../src/common/auth/role';
import { Transaction } from '../src/database/transaction';
import { JobName } from '../src/jobs/job-catalogue';
import { Jobs, NewJob } from '../src/jobs/jobs';
import { as, bearer, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(30_000);

interface JobRow {
  name: JobName;
  payload: Record<string, unknown>;
  state: string;
}

/**
 * Every kind of job is recorded in the transaction of the change that calls
 * for it: there once the change answers (nothing runs them here, so each
 * stays where it was written), and gone with the change when the change
 * fails after the job was written.
 */
describe('jobs recorded with their change (the outbox)', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let panel: MadeUser[];
  let profileId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { JOBS_IN_API: 'false' } });
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    panel = [await makeUser(t, { roles: [Role.Interviewer] }), await makeUser(t, { roles: [Role.Interviewer] })];
    profileId = (await makeProfile(t, recruiter.token)).id;
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  const api = () => as(t, recruiter.token);

  async function jobs(name: JobName): Promise<JobRow[]> {
    const rows: (Omit<JobRow, 'payload'> & { payload: string | Record<string, unknown> })[] = await t.dataSource.query(
      `SELECT name, payload, state FROM jobs WHERE name = '${name}'`,
    );
    return rows.map((row) => ({
      ...row,
      payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload,
    }));
  }

  const jobsFor = async (name: JobName, key: string, value: string) =>
    (await jobs(name)).filter((job) => job.payload[key] === value);

  /** The next job recorded makes its transaction fail, right after the job row is written. */
  function failAfterRecording(name: JobName): { recorded: () => number } {
    const enqueueIn = Jobs.prototype.enqueueIn;
    let recorded = 0;
    jest.spyOn(t.get(Jobs), 'enqueueIn').mockImplementation(async function (this: Jobs, tx: Transaction, list) {
      const ids = await enqueueIn.call(this, tx, list as NewJob[]);
      if ((list as NewJob[]).some((job) => job.name === name)) {
        recorded += 1;
        throw new Error(`the process stopped right after recording ${name}`);
      }
      return ids;
    });
    return { recorded: () => recorded };
  }

  async function openVacancy(fields: Record<string, unknown> = {}) {
    return makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], ...fields },
      { open: true },
    );
  }

  async function count(table: string, where: string, value: string): Promise<number> {
    const [row] = await t.dataSource.query(
      `SELECT COUNT(*) AS count FROM ${table} WHERE ${where} = ${t.database.dialect === 'postgres' ? '$1' : '?'}`,
      [value],
    );
    return Number(row.count);
  }

  describe('mail.send', () => {
    it('is committed with the application whose confirmation it sends', async () => {
      const vacancy = await openVacancy();
      const candidate = await makeCandidate(t, recruiter.token);
      const { body } = await api()
        .post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })
        .expect(201);
      const [mail] = await t.dataSource.query(
        `SELECT id FROM mails WHERE application_id = ${t.database.dialect === 'postgres' ? '$1' : '?'}`,
        [body.id],
      );
      expect(await jobsFor('mail.send', 'mailId', mail.id)).toEqual([
        { name: 'mail.send', payload: { mailId: mail.id }, state: 'queued' },
      ]);
    });

    it('is rolled back with the application, the mail and the application’s record', async () => {
      const vacancy = await openVacancy();
      const candidate = await makeCandidate(t, recruiter.token);
      const before = (await jobs('mail.send')).length;
      const failing = failAfterRecording('mail.send');
      await api().post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id }).expect(500);
      expect(failing.recorded()).toBe(1);
      expect(await count('applications', 'candidate_id', candidate.id)).toBe(0);
      expect(await count('mails', 'candidate_id', candidate.id)).toBe(0);
      expect(await jobs('mail.send')).toHaveLength(before);
    });

    it('is committed with a move into rejected, and rolled back with it', async () => {
      const vacancy = await openVacancy({ rejectionMailDelayHours: 0 });
      const candidate = await makeCandidate(t, recruiter.token);
      const { body } = await api()
        .post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })
        .expect(201);
      const before = (await jobs('mail.send')).length;
      failAfterRecording('mail.send');
      await api()
        .post(`/applications/${body.id}/moves`, { stage: 'rejected', reason: 'Te weinig ervaring' })
        .expect(500);
      expect((await api().get(`/applications/${body.id}`).expect(200)).body.stage).toBe('applied');
      expect(await jobs('mail.send')).toHaveLength(before);
      jest.restoreAllMocks();

      await api()
        .post(`/applications/${body.id}/moves`, { stage: 'rejected', reason: 'Te weinig ervaring' })
        .expect(200);
      expect(await jobs('mail.send')).toHaveLength(before + 1);
      expect(await count('mails', 'candidate_id', candidate.id)).toBe(2);
    });
  });

  describe('screening.candidate', () => {
    it('is committed with each change to a candidate’s facts', async () => {
      const candidate = await makeCandidate(t, recruiter.token);
      const { body: fact } = await api()
        .post(`/candidates/${candidate.id}/facts`, {
          kind: 'education',
          source: 'cv',
          data: { level: 'hbo', field: 'Commerciële Economie', endYear: 2015 },
        })
        .expect(201);
      expect(await jobsFor('screening.candidate', 'candidateId', candidate.id)).toEqual([
        { name: 'screening.candidate', payload: { candidateId: candidate.id }, state: 'queued' },
      ]);
      // Still waiting: the same candidate's next changes ride on the same job.
      await api().post(`/candidates/${candidate.id}/facts/${fact.id}/confirm`).expect(200);
      await api().delete(`/candidates/${candidate.id}/facts/${fact.id}`).expect(204);
      expect(await jobsFor('screening.candidate', 'candidateId', candidate.id)).toHaveLength(1);
    });

    it('is rolled back with the fact', async () => {
      const candidate = await makeCandidate(t, recruiter.token);
      const failing = failAfterRecording('screening.candidate');
      await api()
        .post(`/candidates/${candidate.id}/facts`, { kind: 'certification', source: 'cv', data: { name: 'CFP' } })
        .expect(500);
      expect(failing.recorded()).toBe(1);
      expect(await count('candidate_facts', 'candidate_id', candidate.id)).toBe(0);
      expect(await jobsFor('screening.candidate', 'candidateId', candidate.id)).toEqual([]);
    });

    it('is committed with an import that adds facts to a known candidate, and rolled back with it', async () => {
      const candidate = await makeCandidate(t, recruiter.token);
      const line = (title: string) =>
        JSON.stringify({
          basics: { name: candidate.name, email: candidate.email },
          work: [{ name: 'Baltic Trade OÜ', position: title, startDate: '2018-04' }],
        });
      const failing = failAfterRecording('screening.candidate');
      await t
        .http()
        .post('/candidates/import')
        .set(bearer(recruiter.token))
        .set('Content-Type', 'application/x-ndjson')
        .send(line('Müügijuht'))
        .expect(500);
      expect(failing.recorded()).toBe(1);
      expect(await count('candidate_facts', 'candidate_id', candidate.id)).toBe(0);
      expect(await jobsFor('screening.candidate', 'candidateId', candidate.id)).toEqual([]);
      jest.restoreAllMocks();

      await t
        .http()
        .post('/candidates/import')
        .set(bearer(recruiter.token))
        .set('Content-Type', 'application/x-ndjson')
        .send(line('Müügijuht'))
        .expect(200);
      expect(await count('candidate_facts', 'candidate_id', candidate.id)).toBe(1);
      expect(await jobsFor('screening.candidate', 'candidateId', candidate.id)).toHaveLength(1);
    });
  });

  describe('screening.vacancy', () => {
    it('is committed with a change to how the vacancy screens, and rolled back with it', async () => {
      const vacancy = await openVacancy();
      const failing = failAfterRecording('screening.vacancy');
      await api().patch(`/vacancies/${vacancy.id}`, { knockoutPolicy: 'reject' }).expect(500);
      expect(failing.recorded()).toBe(1);
      expect((await api().get(`/vacancies/${vacancy.id}`).expect(200)).body.knockoutPolicy).toBe('flag');
      expect(await jobsFor('screening.vacancy', 'vacancyId', vacancy.id)).toEqual([]);
      jest.restoreAllMocks();

      await api().patch(`/vacancies/${vacancy.id}`, { knockoutPolicy: 'reject' }).expect(200);
      expect(await jobsFor('screening.vacancy', 'vacancyId', vacancy.id)).toEqual([
        { name: 'screening.vacancy', payload: { vacancyId: vacancy.id }, state: 'queued' },
      ]);
    });
  });

  describe('panels.review', () => {
    it('is committed with a change to the interview plan, and rolled back with it', async () => {
      const vacancy = await openVacancy();
      const rounds = [{ name: 'Eerste gesprek', kind: 'interview', competencies: ['customer_focus'] }];
      const failing = failAfterRecording('panels.review');
      await api().put(`/vacancies/${vacancy.id}/rounds`, { rounds }).expect(500);
      expect(failing.recorded()).toBe(1);
      expect((await api().get(`/vacancies/${vacancy.id}`).expect(200)).body.rounds).toHaveLength(2);
      expect(await jobsFor('panels.review', 'vacancyId', vacancy.id)).toEqual([]);
      jest.restoreAllMocks();

      await api().put(`/vacancies/${vacancy.id}/rounds`, { rounds }).expect(200);
      expect(await jobsFor('panels.review', 'vacancyId', vacancy.id)).toEqual([
        { name: 'panels.review', payload: { vacancyId: vacancy.id, rewriteResults: true }, state: 'queued' },
      ]);
    });
  });

  describe('interviews.remind', () => {
    it('is committed with the interview it reminds of, and rolled back with it', async () => {
      const vacancy = await openVacancy();
      const candidate = await makeCandidate(t, recruiter.token);
      const { body: application } = await api()
        .post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })
        .expect(201);
      await api().post(`/applications/${application.id}/moves`, { stage: 'screening' }).expect(200);
      await api()
        .post(`/applications/${application.id}/moves`, { stage: 'interview', roundId: vacancy.rounds[0].id })
        .expect(200);
      const schedule = {
        roundId: vacancy.rounds[0].id,
        startsAt: '2026-12-14T09:30:00Z',
        durationMinutes: 60,
        location: 'Kantoor Utrecht',
        panel: panel.map((member) => member.user.id),
      };
      const before = (await jobs('interviews.remind')).length;
      failAfterRecording('interviews.remind');
      await api().post(`/applications/${application.id}/interviews`, schedule).expect(500);
      expect(await count('interviews', 'application_id', application.id)).toBe(0);
      expect(await jobs('interviews.remind')).toHaveLength(before);
      jest.restoreAllMocks();

      const { body: interview } = await api().post(`/applications/${application.id}/interviews`, schedule).expect(201);
      expect(await jobsFor('interviews.remind', 'interviewId', interview.id)).toEqual([
        { name: 'interviews.remind', payload: { interviewId: interview.id, sequence: 0 }, state: 'queued' },
      ]);
    });
  });

  it('keeps a committed change’s job when another change that overlaps it fails (SQLite has one connection)', async () => {
    const jobsService = t.get(Jobs);
    const [failing, committing] = ['11111111-1111-7111-8111-111111111111', '22222222-2222-7222-8222-222222222222'];
    const record = (tx: Transaction, vacancyId: string) =>
      jobsService.enqueueIn(tx, [{ name: 'screening.vacancy', payload: { vacancyId } }]);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = t.dataSource.transaction(async (tx) => {
      await record(tx, failing);
      await held;
      throw new Error('the first change fails after the second began');
    });
    const second = t.dataSource.transaction(async (tx) => {
      await record(tx, committing);
    });
    setTimeout(release, 50);
    await expect(first).rejects.toThrow('the first change fails');
    await second;
    expect(await jobsFor('screening.vacancy', 'vacancyId', failing)).toEqual([]);
    expect(await jobsFor('screening.vacancy', 'vacancyId', committing)).toHaveLength(1);
  });

  it('loses no job when many changes that record jobs meet at once', async () => {
    const vacancy = await openVacancy();
    const candidates = await Promise.all(Array.from({ length: 40 }, () => makeCandidate(t, recruiter.token)));
    const answers = await Promise.all(
      candidates.flatMap((candidate) => [
        api().post(`/candidates/${candidate.id}/facts`, {
          kind: 'language',
          source: 'recruiter',
          data: { language: 'de', level: 'B2' },
        }),
        api().post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id }),
      ]),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([...Array<number>(80).fill(201)]);
    for (const candidate of candidates) {
      expect(await jobsFor('screening.candidate', 'candidateId', candidate.id)).toHaveLength(1);
      expect(await count('mails', 'candidate_id', candidate.id)).toBe(1);
    }
    const mails: { id: string }[] = await t.dataSource.query(
      `SELECT m.id FROM mails m JOIN applications a ON a.id = m.application_id WHERE a.vacancy_id = ${
        t.database.dialect === 'postgres' ? '$1' : '?'
      }`,
      [vacancy.id],
    );
    const queuedMails = new Set((await jobs('mail.send')).map((job) => job.payload.mailId));
    expect(mails).toHaveLength(40);
    expect(mails.every((mail) => queuedMails.has(mail.id))).toBe(true);
  });
});

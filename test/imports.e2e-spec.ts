import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApplicationsRepository } from '../src/applications/applications.repository';
import { Role } from '../src/common/auth/role';
import { as, bearer, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const resume = () => JSON.parse(readFileSync(join(__dirname, 'fixtures/json-resume-accountmanager.json'), 'utf8'));

function person(name: string, email: string, position = 'Accountmanager', startDate = '2018-04') {
  return {
    basics: { name, email },
    education: [{ institution: 'Tallinna Ülikool', studyType: 'bakalaureus', area: 'Majandus' }],
    work: [{ name: 'Baltic Trade OÜ', position, startDate }],
  };
}

describe('importing candidates', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
  });
  afterAll(() => t.close());

  const api = () => as(t, recruiter.token);
  const upload = (body: string, type: string, query = '') =>
    t.http().post(`/candidates/import${query}`).set(bearer(recruiter.token)).set('Content-Type', type).send(body);

  describe('one JSON Resume document', () => {
    it('creates a candidate with its facts, and a second import adds nothing', async () => {
      const first = await api().post('/candidates/json-resume', resume()).expect(200);
      expect(first.body).toMatchObject({
        created: true,
        factsAdded: 11,
        unmatchedSkills: ['Salesforce'],
        applied: false,
      });
      const candidate = await api().get(`/candidates/${first.body.candidateId}`).expect(200);
      expect(candidate.body).toMatchObject({
        name: 'Kandidaat Een',
        email: 'kandidaat.een@example.com',
        location: 'Utrecht',
        language: 'nl',
        source: 'import',
      });
      const kinds = candidate.body.facts.map((fact: { kind: string }) => fact.kind).sort();
      expect(kinds).toEqual([
        'certification',
        'competency',
        'competency',
        'education',
        'education',
        'language',
        'language',
        'skill',
        'work',
        'work',
        'work',
      ]);
      expect(
        candidate.body.facts.every(
          (fact: { source: string; confirmed: boolean }) => fact.source === 'cv' && !fact.confirmed,
        ),
      ).toBe(true);

      const again = await api().post('/candidates/json-resume', resume()).expect(200);
      expect(again.body).toMatchObject({ candidateId: first.body.candidateId, created: false, factsAdded: 0 });
      const after = await api().get(`/candidates/${first.body.candidateId}`).expect(200);
      expect(after.body.facts).toHaveLength(candidate.body.facts.length);
    });

    it('names the JSON path of every bad field, and stores nothing', async () => {
      const document = resume();
      document.basics.email = 'kandidaat@';
      document.work[0].startDate = '03/2019';
      const { body } = await api().post('/candidates/json-resume', document).expect(400);
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.errors).toEqual([
        { field: 'basics.email', messages: ['must be an e-mail address'] },
        { field: 'work[0].startDate', messages: ['must be a date as YYYY, YYYY-MM or YYYY-MM-DD'] },
      ]);
      const search = await api().get('/candidates?search=kandidaat@').expect(200);
      expect(search.body.total).toBe(0);
    });
  });

  describe('many at once', () => {
    it('imports JSON lines, reports each bad line with its reason, and changes nothing the second time', async () => {
      const lines = [
        JSON.stringify(person('Kandidaat Üks', 'kandidaat.uks@example.com', 'Müügijuht')),
        '{ this is not json',
        JSON.stringify(person('Kandidaat Kaks', 'kandidaat.kaks@example.com', 'Võtmekliendihaldur')),
        JSON.stringify({ basics: { name: 'No Mail' } }),
        '',
        JSON.stringify(person('Kandidaat Ü.', 'KANDIDAAT.UKS@example.com')),
        JSON.stringify(person('Kandidaat Kolm', 'kandidaat.kolm@example.com', 'Projektijuht', '2020')),
      ].join('\n');
      const { body } = await upload(lines, 'application/x-ndjson').expect(200);
      expect(body).toMatchObject({ received: 6, created: 3, updated: 0, unchanged: 0, applied: 0 });
      expect(body.failed).toEqual([
        { line: 2, email: null, errors: [{ field: '(line)', messages: [expect.stringMatching(/^not valid JSON/)] }] },
        { line: 4, email: null, errors: [{ field: 'basics.email', messages: ['is required'] }] },
        {
          line: 6,
          email: 'kandidaat.uks@example.com',
          errors: [{ field: 'basics.email', messages: ['the same e-mail address as line 1'] }],
        },
      ]);
      const again = await upload(lines, 'application/x-ndjson').expect(200);
      expect(again.body).toMatchObject({ received: 6, created: 0, updated: 0, unchanged: 3 });

      const found = await api().get('/candidates?search=kandidaat.kolm').expect(200);
      const kolm = await api().get(`/candidates/${found.body.items[0].id}`).expect(200);
      const job = kolm.body.facts.find((fact: { kind: string }) => fact.kind === 'work');
      expect(job.data).toEqual({
        title: 'Projektijuht',
        employer: 'Baltic Trade OÜ',
        start: '2020-01-01',
        end: null,
        salesRole: false,
      });
    });

    it('imports CSV with quoted fields, and names the bad rows and columns', async () => {
      const csv = [
        'name,email,language,education_level,job_title,job_start,job_end,job_sales',
        '"Kandidaat, Vier",kandidaat.vier@example.com,nl,hbo,"Accountmanager ""MKB""",2019-01-01,,',
        'Kandidaat Vijf,kandidaat.vijf@example.com,nl,lyceum,Verkoper,2019-01-01,,yes',
        'Kandidaat Kuus,kandidaat.kuus@example.com,et,magister,Analüütik,2021-02-01,2020-01-01,maybe',
        '"Multi\r\nline",multi.line@example.com,en,,,,,',
      ].join('\r\n');
      const { body } = await upload(csv, 'text/csv; charset=utf-8').expect(200);
      expect(body).toMatchObject({ received: 4, created: 2 });
      expect(body.failed).toEqual([
        {
          line: 3,
          email: null,
          errors: [{ field: 'education_level', messages: ['"lyceum" is not a level on the education scale'] }],
        },
        {
          line: 4,
          email: null,
          errors: [
            { field: 'job_end', messages: ['must not be before job_start'] },
            { field: 'job_sales', messages: ['must be yes or no, or empty to judge by the title'] },
          ],
        },
      ]);
      const found = await api().get('/candidates?search=kandidaat.vier').expect(200);
      expect(found.body.items[0].name).toBe('Kandidaat, Vier');
      const header = await upload('naam,email\nA,a@example.com', 'text/csv').expect(200);
      expect(header.body.failed[0].errors[0]).toMatchObject({
        field: '(header)',
        messages: expect.arrayContaining(['unknown columns: naam']),
      });
    });

    it('applies every imported candidate to a vacancy, screened, and only once', async () => {
      const profile = await makeProfile(t, recruiter.token, 'key-account-manager');
      const vacancy = await makeVacancy(
        t,
        recruiter.token,
        { roleProfileId: profile.id, hiringManagerIds: [manager.user.id], rounds: [] },
        { open: true },
      );
      const lines = [
        person('Kandidaat Seitse', 'kandidaat.seitse@example.com', 'Müügijuht', '2015-01'),
        person('Kandidaat Kaheksa', 'kandidaat.kaheksa@example.com', 'Kliendihaldur', '2025-06'),
      ]
        .map((document) => JSON.stringify(document))
        .join('\n');
      const first = await upload(lines, 'application/x-ndjson', `?vacancyId=${vacancy.id}&source=job%20fair`).expect(
        200,
      );
      expect(first.body).toMatchObject({ created: 2, applied: 2 });
      const shortlist = await api().get(`/vacancies/${vacancy.id}/shortlist`).expect(200);
      expect(
        shortlist.body.items.map((item: { candidate: { name: string }; eligible: boolean }) => [
          item.candidate.name,
          item.eligible,
        ]),
      ).toEqual([
        ['Kandidaat Seitse', true],
        ['Kandidaat Kaheksa', false], // under two years in sales: the key account manager's knock-out
      ]);
      const again = await upload(lines, 'application/x-ndjson', `?vacancyId=${vacancy.id}`).expect(200);
      expect(again.body).toMatchObject({ created: 0, unchanged: 2, applied: 0 });
      const draft = await makeVacancy(t, recruiter.token, {
        roleProfileId: profile.id,
        hiringManagerIds: [manager.user.id],
      });
      expect((await upload(lines, 'application/x-ndjson', `?vacancyId=${draft.id}`).expect(409)).body.code).toBe(
        'VACANCY_NOT_OPEN',
      );
    });

    it('imports more than one batch, and the same file again finds every candidate it made', async () => {
      const lines = Array.from({ length: 1200 }, (_, index) =>
        JSON.stringify(
          person(`Kandidaat ${index}`, `batch-${index}@example.com`, 'Accountmanager', `${2000 + (index % 25)}`),
        ),
      ).join('\n');
      const first = await upload(lines, 'application/x-ndjson').expect(200);
      expect(first.body).toMatchObject({ received: 1200, created: 1200, failed: [] });
      const again = await upload(lines, 'application/x-ndjson').expect(200);
      expect(again.body).toMatchObject({ received: 1200, created: 0, updated: 0, unchanged: 1200 });
    });

    it('commits a batch’s candidates, facts and applications together: a batch stopped mid-way leaves none of them', async () => {
      const profile = await makeProfile(t, recruiter.token);
      const vacancy = await makeVacancy(
        t,
        recruiter.token,
        { roleProfileId: profile.id, hiringManagerIds: [manager.user.id], rounds: [] },
        { open: true },
      );
      const lines = Array.from({ length: 600 }, (_, index) =>
        JSON.stringify(person(`Kandidaat ${index}`, `half-${index}@example.com`)),
      ).join('\n');
      const repository = t.get(ApplicationsRepository);
      const insertMany = repository.insertMany.bind(repository);
      let batches = 0;
      const spy = jest.spyOn(repository, 'insertMany').mockImplementation(async (...args) => {
        batches += 1;
        // The second batch's candidates and facts are written by now; its applications never are.
        if (batches === 2) throw new Error('the process stopped in the middle of the second batch');
        return insertMany(...args);
      });
      try {
        await upload(lines, 'application/x-ndjson', `?vacancyId=${vacancy.id}`).expect(500);
      } finally {
        spy.mockRestore();
      }
      expect(batches).toBe(2);
      const counted = async (sql: string) => Number((await t.dataSource.query(sql))[0].count);
      const candidates = await counted(`SELECT COUNT(*) AS count FROM candidates WHERE email LIKE 'half-%'`);
      const facts = await counted(
        `SELECT COUNT(*) AS count FROM candidate_facts f JOIN candidates c ON c.id = f.candidate_id WHERE c.email LIKE 'half-%'`,
      );
      const applications = await counted(
        `SELECT COUNT(*) AS count FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE c.email LIKE 'half-%'`,
      );
      expect({ candidates, facts, applications }).toEqual({ candidates: 500, facts: 1000, applications: 500 });

      // Run again, it finishes the file: the first batch is there, the second is made whole.
      const again = await upload(lines, 'application/x-ndjson', `?vacancyId=${vacancy.id}`).expect(200);
      expect(again.body).toMatchObject({ received: 600, created: 100, unchanged: 500, applied: 100 });
    });

    it('refuses what it cannot read with 415, and hiring managers with 403', async () => {
      const refused = await upload('<candidates/>', 'application/xml').expect(415);
      expect(refused.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
      expect(refused.body.detail).toContain(
        'application/x-ndjson or application/jsonl or application/x-jsonlines or text/csv',
      );
      await t
        .http()
        .post('/candidates/import')
        .set(bearer(manager.token))
        .set('Content-Type', 'text/csv')
        .send('name,email')
        .expect(403);
    });
  });
});

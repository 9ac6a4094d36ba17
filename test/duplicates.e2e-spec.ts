import { Role } from '../src/common/auth/role';
import { countsOf, foreignKeys, lostRows, rowsOfCandidates } from './support/candidate-rows';
import { cvText, dutchCv } from './support/cv-files';
import {
  applyInRound,
  as,
  bearer,
  makeCandidate,
  makeProfile,
  makeUser,
  makeVacancy,
  MadeUser,
  scheduleInterview,
} from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

describe('duplicate candidates', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let interviewer: MadeUser;
  let profileId: string;
  let serial = 0;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    interviewer = await makeUser(t, { roles: [Role.Interviewer] });
    profileId = (await makeProfile(t, recruiter.token)).id;
  });
  afterAll(() => t.close());

  const api = (user: MadeUser = recruiter) => as(t, user.token);
  /** Unique per test, so that each test's candidates only match each other. */
  const phone = () => `+31 6 ${String(10_000_000 + (serial += 1)).slice(0, 8)}`;
  const name = (base: string) => `${base} ${String.fromCharCode(65 + (serial++ % 26))}${serial}`;
  const candidate = (fields: Record<string, unknown>) => makeCandidate(t, recruiter.token, fields as never);
  const duplicatesOf = async (id: string) => (await api().get(`/candidates/${id}/duplicates`).expect(200)).body;
  const vacancy = (title: string) =>
    makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], title },
      { open: true },
    );

  describe('proposals', () => {
    it('proposes the same person under two e-mail addresses with the same phone, on both sides', async () => {
      const number = phone();
      const a = await candidate({ name: name('Anna Visser'), phone: number, language: 'nl' });
      const b = await candidate({ name: name('A. Visser'), phone: number.replace('+31 6 ', '06-'), language: 'nl' });
      const other = await candidate({ name: name('Someone Else'), phone: phone() });
      expect(await duplicatesOf(a.id)).toEqual([
        { candidate: expect.objectContaining({ id: b.id, email: b.email }), reasons: ['same_phone'] },
      ]);
      expect(await duplicatesOf(b.id)).toEqual([
        { candidate: expect.objectContaining({ id: a.id }), reasons: ['same_phone'] },
      ]);
      expect(await duplicatesOf(other.id)).toEqual([]);
    });

    it('proposes the same name (case, accents and spacing aside) with the same city, not with another city', async () => {
      const base = name('José van der Berg');
      const a = await candidate({ name: base, location: 'Den Haag' });
      const b = await candidate({ name: `  ${base.toUpperCase().replace('É', 'E')} `, location: 'den  haag' });
      const elsewhere = await candidate({ name: base, location: 'Utrecht' });
      const found = await duplicatesOf(a.id);
      expect(found).toEqual([{ candidate: expect.objectContaining({ id: b.id }), reasons: ['same_name_and_city'] }]);
      expect((await duplicatesOf(elsewhere.id)).map((p: { candidate: { id: string } }) => p.candidate.id)).toEqual([]);
    });

    it('proposes the same name with the same current employer, not a former one', async () => {
      const base = name('Mari Tamm');
      const work = (employer: string, end: string | null) => ({
        kind: 'work',
        source: 'recruiter',
        data: { title: 'Müügijuht', employer, start: '2020-01-01', end },
      });
      const a = await candidate({ name: base, location: 'Tallinn' });
      const b = await candidate({ name: base, location: 'Tartu' });
      const c = await candidate({ name: base, location: 'Pärnu' });
      await api().post(`/candidates/${a.id}/facts`, work('Telia Eesti AS', null)).expect(201);
      await api().post(`/candidates/${b.id}/facts`, work('telia eesti as', null)).expect(201);
      await api().post(`/candidates/${c.id}/facts`, work('Telia Eesti AS', '2019-12-31')).expect(201);
      expect(await duplicatesOf(a.id)).toEqual([
        { candidate: expect.objectContaining({ id: b.id }), reasons: ['same_name_and_employer'] },
      ]);
    });

    it('keeps the keys on every write: a changed phone finds new duplicates and loses old ones', async () => {
      const number = phone();
      const a = await candidate({ name: name('Piet Bakker'), phone: number });
      const b = await candidate({ name: name('P. Bakker'), phone: phone() });
      expect(await duplicatesOf(a.id)).toEqual([]);
      await api()
        .patch(`/candidates/${b.id}`, { phone: number.replace(/\s/g, '') })
        .expect(200);
      expect((await duplicatesOf(a.id))[0].candidate.id).toBe(b.id);
      await api().patch(`/candidates/${b.id}`, { phone: phone() }).expect(200);
      expect(await duplicatesOf(a.id)).toEqual([]);
    });

    it('does not propose a pair marked as two people again, either way round, and marking twice changes nothing', async () => {
      const number = phone();
      const a = await candidate({ name: name('Jan de Vries'), phone: number });
      const b = await candidate({ name: name('Jan de Vries'), phone: number });
      await api().post(`/candidates/${a.id}/not-duplicates`, { otherId: b.id }).expect(204);
      await api().post(`/candidates/${b.id}/not-duplicates`, { otherId: a.id }).expect(204);
      expect(await duplicatesOf(a.id)).toEqual([]);
      expect(await duplicatesOf(b.id)).toEqual([]);
      const rows = await t.dataSource.query('SELECT * FROM candidate_not_duplicates');
      expect(rows.filter((row: { first_id: string }) => [a.id, b.id].includes(row.first_id))).toHaveLength(1);
      await api().post(`/candidates/${a.id}/not-duplicates`, { otherId: a.id }).expect(400);
    });

    it('answers unknown and badly formed ids with 404, and a bad body with 400', async () => {
      await api().get('/candidates/00000000-0000-7000-8000-000000000000/duplicates').expect(404);
      await api().get('/candidates/nope/duplicates').expect(404);
      const a = await candidate({ name: name('Kees') });
      await api().post(`/candidates/${a.id}/merge`, { otherId: 'nope' }).expect(400);
      await api().post(`/candidates/${a.id}/merge`, { otherId: a.id }).expect(400);
      await api()
        .post(`/candidates/${a.id}/merge`, { otherId: a.id, keep: { email: 'mine' } })
        .expect(400);
    });
  });

  describe('merge', () => {
    /** Two candidates with everything a candidate can hold: applications in a round, interviews, mails, facts, CVs. */
    async function richPair() {
      const number = phone();
      const a = await candidate({ name: name('Sanne Jansen'), phone: number, location: 'Utrecht', language: 'nl' });
      const b = await candidate({ name: name('Sanne Jansen-Smit'), phone: number, source: 'referral' });
      for (const [who, title] of [
        [a, 'Accountmanager Utrecht'],
        [b, 'Key Account Manager Tallinn'],
      ] as const) {
        const made = await vacancy(title);
        const { applicationId, roundId } = await applyInRound(t, recruiter.token, made, { candidateId: who.id });
        await scheduleInterview(t, recruiter.token, applicationId, roundId, [{ user: interviewer.user }]);
        await api()
          .post(`/candidates/${who.id}/facts`, {
            kind: 'language',
            source: 'recruiter',
            data: { language: 'en', level: 'C1' },
          })
          .expect(201);
        await t
          .http()
          .post(`/candidates/${who.id}/cvs`)
          .set(bearer(recruiter.token))
          .attach('file', cvText(dutchCv(who.name, who.email)), 'cv.txt')
          .expect(201);
      }
      return { a, b };
    }

    it('keeps every row of both candidates, moves all of the other’s to the survivor, and records the merge', async () => {
      const { a, b } = await richPair();
      const before = await rowsOfCandidates(t.dataSource, [a.id, b.id]);
      expect(countsOf(before)).toMatchObject({
        applications: 2,
        application_events: expect.any(Number),
        interviews: 2,
        interview_panelists: 2,
        candidate_facts: expect.any(Number),
        cv_documents: 2,
        mails: expect.any(Number),
      });

      const response = await api()
        .post(`/candidates/${a.id}/merge`, { otherId: b.id, keep: { email: 'other', name: 'survivor' } })
        .expect(201);

      const after = await rowsOfCandidates(t.dataSource, [a.id, b.id]);
      expect(lostRows(before, after)).toEqual([]);
      // Every reference to the other candidate, by any foreign key, now names the survivor.
      const references = (await foreignKeys(t.dataSource)).filter((key) => key.references === 'candidates');
      for (const { table, column } of references) {
        if (['candidate_merges', 'candidate_not_duplicates'].includes(table)) continue;
        const left = [...(after.get(table)?.values() ?? [])].filter((row) => row[column] === b.id);
        expect({ table, column, left }).toEqual({ table, column, left: [] });
      }
      expect(response.body).toMatchObject({
        survivorId: a.id,
        mergedId: b.id,
        mergedBy: recruiter.user.id,
        mergedCandidate: { id: b.id, name: b.name, email: b.email, source: 'referral' },
        survivorBefore: { id: a.id, email: a.email },
        moved: { 'applications.candidate_id': 1, 'interviews.candidate_id': 1, 'cv_documents.candidate_id': 1 },
      });

      const survivor = (await api().get(`/candidates/${a.id}`).expect(200)).body;
      expect(survivor).toMatchObject({ name: a.name, email: b.email, location: 'Utrecht', source: 'referral' });
      const gone = await api().get(`/candidates/${b.id}`).expect(404);
      expect(gone.body).toMatchObject({ code: 'CANDIDATE_MERGED' });
      expect(gone.body.detail).toContain(a.id);
      const listed = (await api().get(`/candidates?search=${encodeURIComponent('Sanne Jansen')}&limit=100`)).body;
      expect(listed.items.map((item: { id: string }) => item.id)).not.toContain(b.id);
      const applications = (await api().get(`/applications?candidateId=${a.id}`).expect(200)).body;
      expect(applications.items ?? applications).toHaveLength(2);
      // The survivor's applications are to be screened again on the facts of both.
      const jobs = await t.dataSource.query('SELECT payload FROM jobs');
      expect(jobs.map((job: { payload: unknown }) => JSON.stringify(job.payload))).toEqual(
        expect.arrayContaining([expect.stringContaining(a.id)]),
      );
    });

    it('refuses with 409 naming the vacancy when both applied to it, and changes nothing', async () => {
      const number = phone();
      const a = await candidate({ name: name('Lotte Smit'), phone: number });
      const b = await candidate({ name: name('Lotte Smit'), phone: number });
      const made = await vacancy('Relatiemanager Zwolle');
      for (const who of [a, b])
        await api().post(`/vacancies/${made.id}/applications`, { candidateId: who.id }).expect(201);
      const before = await rowsOfCandidates(t.dataSource, [a.id, b.id]);
      const refused = await api().post(`/candidates/${a.id}/merge`, { otherId: b.id }).expect(409);
      expect(refused.body).toMatchObject({ code: 'MERGE_SAME_VACANCY' });
      expect(refused.body.detail).toContain('Relatiemanager Zwolle');
      const after = await rowsOfCandidates(t.dataSource, [a.id, b.id]);
      // Mails are sent meanwhile (their status changes); what hangs off whom does not.
      expect(countsOf(after)).toEqual(countsOf(before));
      expect(lostRows(before, after)).toEqual([]);
      expect(after.get('candidates')).toEqual(before.get('candidates'));
      const owners = (rows: typeof before) =>
        [...rows.get('applications')!.values()].map((row) => row.candidate_id).sort();
      expect(owners(after)).toEqual(owners(before));
    });

    it('keeps a CV both hold (the same file) with the tombstone, and moves the rest', async () => {
      const number = phone();
      const a = await candidate({ name: name('Eva Mulder'), phone: number });
      const b = await candidate({ name: name('Eva Mulder'), phone: number });
      const bytes = cvText(dutchCv('Eva Mulder', 'eva.mulder@example.com'));
      for (const who of [a, b])
        await t
          .http()
          .post(`/candidates/${who.id}/cvs`)
          .set(bearer(recruiter.token))
          .attach('file', bytes, 'cv.txt')
          .expect(201);
      const before = await rowsOfCandidates(t.dataSource, [a.id, b.id]);
      await api().post(`/candidates/${a.id}/merge`, { otherId: b.id }).expect(201);
      const after = await rowsOfCandidates(t.dataSource, [a.id, b.id]);
      expect(lostRows(before, after)).toEqual([]);
      const cvs = [...after.get('cv_documents')!.values()];
      expect(cvs.map((cv) => cv.candidate_id).sort()).toEqual([a.id, b.id].sort());
      const facts = [...after.get('candidate_facts')!.values()];
      expect(facts.length).toBeGreaterThan(1);
      expect(facts.every((fact) => fact.candidate_id === a.id)).toBe(true);
      // Every fact's source is a CV the survivor holds, so its evidence is read where the fact now is.
      const held = cvs.find((cv) => cv.candidate_id === a.id)!;
      expect(new Set(facts.map((fact) => fact.cv_id))).toEqual(new Set([held.id]));
      await api().get(`/candidates/${a.id}/cvs/${held.id}`).expect(200);
    });

    it('lets one of two racing merges of the same pair win, either way round, and loses nothing', async () => {
      for (const [first, second] of [
        ['a', 'b'],
        ['b', 'a'],
      ] as const) {
        const { a, b } = await richPair();
        const pair = { a, b };
        const before = await rowsOfCandidates(t.dataSource, [a.id, b.id]);
        const answers = await Promise.all([
          api().post(`/candidates/${a.id}/merge`, { otherId: b.id }),
          api().post(`/candidates/${pair[first].id}/merge`, { otherId: pair[second].id }),
          api().post(`/candidates/${b.id}/merge`, { otherId: a.id }),
        ]);
        expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
        const after = await rowsOfCandidates(t.dataSource, [a.id, b.id]);
        expect(lostRows(before, after)).toEqual([]);
        const merges = await t.dataSource.query(
          `SELECT * FROM candidate_merges WHERE merged_id IN ('${a.id}', '${b.id}')`,
        );
        expect(merges).toHaveLength(1);
        const winner = answers.find((answer) => answer.status === 201)!.body;
        expect(countsOf(after).applications).toBe(2);
        expect([...after.get('applications')!.values()].every((row) => row.candidate_id === winner.survivorId)).toBe(
          true,
        );
      }
    });

    it('gives a merged candidate no new applications, CVs or facts: 404 naming where it went', async () => {
      const number = phone();
      const a = await candidate({ name: name('Iris'), phone: number });
      const b = await candidate({ name: name('Iris'), phone: number });
      await api().post(`/candidates/${a.id}/merge`, { otherId: b.id }).expect(201);
      const made = await vacancy('Accountmanager Deventer');
      await api().post(`/vacancies/${made.id}/applications`, { candidateId: b.id }).expect(404);
      await api()
        .post(`/candidates/${b.id}/facts`, { kind: 'skill', source: 'recruiter', data: { name: 'Excel' } })
        .expect(404);
      await t
        .http()
        .post(`/candidates/${b.id}/cvs`)
        .set(bearer(recruiter.token))
        .attach('file', cvText(dutchCv('Iris', 'iris@example.com')), 'cv.txt')
        .expect(404);
      const patched = await api().patch(`/candidates/${b.id}`, { location: 'Deventer' }).expect(404);
      expect(patched.body.code).toBe('CANDIDATE_MERGED');
    });

    it('follows a chain: a candidate merged into one that is merged in turn points at the last survivor', async () => {
      const number = phone();
      const [a, b, c] = [
        await candidate({ name: name('Ruud'), phone: number }),
        await candidate({ name: name('Ruud'), phone: number }),
        await candidate({ name: name('Ruud'), phone: number }),
      ];
      await api().post(`/candidates/${b.id}/merge`, { otherId: c.id }).expect(201);
      await api().post(`/candidates/${a.id}/merge`, { otherId: b.id }).expect(201);
      const gone = await api().get(`/candidates/${c.id}`).expect(404);
      expect(gone.body.detail).toContain(a.id);
      expect(await duplicatesOf(a.id)).toEqual([]);
      await api().post(`/candidates/${a.id}/merge`, { otherId: c.id }).expect(409);
    });

    it('is for recruiters and admins only', async () => {
      const number = phone();
      const a = await candidate({ name: name('Bram'), phone: number });
      const b = await candidate({ name: name('Bram'), phone: number });
      for (const user of [manager, interviewer]) {
        await api(user).get(`/candidates/${a.id}/duplicates`).expect(403);
        await api(user).get(`/candidates/${a.id}/merge/${b.id}`).expect(403);
        await api(user).post(`/candidates/${a.id}/merge`, { otherId: b.id }).expect(403);
        await api(user).post(`/candidates/${a.id}/not-duplicates`, { otherId: b.id }).expect(403);
      }
      await t.http().post(`/candidates/${a.id}/merge`).send({ otherId: b.id }).expect(401);
      await api().get(`/candidates/${a.id}/merge/${b.id}`).expect(200);
      expect(await duplicatesOf(a.id)).toHaveLength(1);
      const admin = await makeUser(t, { roles: [Role.Admin] });
      await api(admin).post(`/candidates/${a.id}/merge`, { otherId: b.id }).expect(201);
    });
  });
});

describe('the duplicates migration', () => {
  it('fills the keys of the candidates that exist when it runs', async () => {
    const t = await createTestApp();
    try {
      const recruiter = await makeUser(t, { roles: [Role.Recruiter] });
      const a = await makeCandidate(t, recruiter.token, { name: '  Jüri  TAMM ', language: 'et' } as never);
      await as(t, recruiter.token).patch(`/candidates/${a.id}`, { phone: '5123 4567' }).expect(200);
      await t.dataSource.undoLastMigration({ transaction: 'each' });
      await t.dataSource.runMigrations({ transaction: 'each' });
      const [row] = await t.dataSource.query(`SELECT phone_key, name_key FROM candidates WHERE id = '${a.id}'`);
      expect(row).toEqual({ phone_key: '+37251234567', name_key: 'juri tamm' });
    } finally {
      await t.close();
    }
  });
});

describe('finding duplicates among many candidates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reads the phone and name keys by index, not by reading every candidate', async () => {
    const postgres = t.dataSource.options.type === 'postgres';
    const plan = async (column: string) => {
      const sql = `SELECT id FROM candidates WHERE ${column} = '+31612345678' AND merged_into_id IS NULL`;
      if (!postgres) {
        const rows: { detail: string }[] = await t.dataSource.query(`EXPLAIN QUERY PLAN ${sql}`);
        return rows.map((row) => row.detail).join('\n');
      }
      // A small table is read whole whatever its indexes; ask for the plan with sequential scans off.
      return t.dataSource.transaction(async (tx) => {
        await tx.query('SET LOCAL enable_seqscan = off');
        const rows: { 'QUERY PLAN': string }[] = await tx.query(`EXPLAIN ${sql}`);
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
    };
    expect(await plan('phone_key')).toContain('IDX_candidates_phone_key');
    expect(await plan('name_key')).toContain('IDX_candidates_name_key');
  });
});

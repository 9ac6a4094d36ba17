import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../src/common/auth/role';
import { as, bearer, MadeUser, makeProfile, makeSalesCandidate, makeUser, makeVacancy } from './support/factories';
import { signedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

const US = { questionSet: 'us-eeo', consentVersion: '2026-12-01' };

/**
 * Equal-opportunity answers and the adverse-impact report over them: twelve
 * applicants, six women and six men, screened against Accountmanager B, whose
 * education knock-out (below hbo) fails one woman and four men. Every figure
 * below is worked out by hand.
 */
describe('fairness: self-identification and adverse impact', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let admin: MadeUser;
  let compliance: MadeUser;
  let manager: MadeUser;
  let interviewer: MadeUser;
  let vacancy: { id: string };
  const applications: { id: string; sex: string | null }[] = [];

  const api = (user: MadeUser) => as(t, user.token);
  const answerCount = async (applicationId: string) => {
    const p = t.dataSource.options.type === 'postgres' ? '$1' : '?';
    const rows: { n: unknown }[] = await t.dataSource.query(
      `SELECT COUNT(*) AS n FROM self_identifications WHERE application_id = ${p}`,
      [applicationId],
    );
    return Number(rows[0].n);
  };
  const scoresOf = async () => {
    const shortlist = await api(recruiter).get(`/vacancies/${vacancy.id}/shortlist?limit=100`).expect(200);
    const each = await Promise.all(
      applications.map(async ({ id }) => (await api(recruiter).get(`/applications/${id}`).expect(200)).text),
    );
    return [shortlist.text, ...each];
  };

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    admin = await makeUser(t, { roles: [Role.Admin] });
    compliance = await makeUser(t, { roles: [Role.Compliance] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    interviewer = await makeUser(t, { roles: [Role.Interviewer] });
    const profile = await makeProfile(t, recruiter.token);
    vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id], knockoutPolicy: 'flag' },
      { open: true },
    );
    const applicants: [string | null, string][] = [
      ...['hbo', 'hbo', 'hbo', 'hbo', 'hbo', 'mbo'].map((level) => ['female', level] as [string, string]),
      ...['hbo', 'hbo', 'mbo', 'mbo', 'mbo', 'mbo'].map((level) => ['male', level] as [string, string]),
      ['declined', 'hbo'],
      [null, 'hbo'],
    ];
    for (const [sex, level] of applicants) {
      const candidate = await makeSalesCandidate(t, recruiter.token, level, ['2015-01-01', '2021-01-01']);
      const { body } = await api(recruiter)
        .post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })
        .expect(201);
      applications.push({ id: body.id, sex });
    }
  });
  afterAll(() => t.close());

  it('records answers typed in from a paper form, and answers with what was recorded but never the answers', async () => {
    const before = await scoresOf();
    for (const { id, sex } of applications) {
      if (sex === null) continue;
      const { body } = await api(recruiter)
        .post(`/applications/${id}/self-identification`, { ...US, answers: { sex, raceEthnicity: 'declined' } })
        .expect(201);
      expect(body).toEqual({
        applicationId: id,
        questionSet: 'us-eeo',
        consentVersion: '2026-12-01',
        questions: ['sex', 'raceEthnicity'],
        enteredVia: 'paper_form',
        recordedAt: expect.any(String),
      });
      expect(JSON.stringify(body)).not.toMatch(/female|"male"|declined/);
    }
    // The answers change no score, no ranking, no application: byte for byte.
    expect(await scoresOf()).toEqual(before);
  });

  it('replaces earlier answers to a set when given again, and deletes them all when withdrawn', async () => {
    const [first] = applications;
    await api(admin)
      .post(`/applications/${first.id}/self-identification`, { ...US, answers: { sex: 'female' } })
      .expect(201);
    expect(await answerCount(first.id)).toBe(1);
    await api(recruiter).post(`/applications/${first.id}/self-identification`, { ...US, answers: { sex: 'female' } });
    expect(await answerCount(first.id)).toBe(1);
    const last = applications[applications.length - 1];
    await api(recruiter)
      .post(`/applications/${last.id}/self-identification`, { ...US, answers: { sex: 'male' } })
      .expect(201);
    await api(recruiter).delete(`/applications/${last.id}/self-identification`).expect(204);
    expect(await answerCount(last.id)).toBe(0);
  });

  it('refuses answers it cannot store, naming each problem, and keeps what was stored', async () => {
    const [first] = applications;
    const refused = await api(recruiter)
      .post(`/applications/${first.id}/self-identification`, {
        questionSet: 'us-eeo',
        consentVersion: '2020-01-01',
        answers: { sex: 'unsure', height: 'tall' },
      })
      .expect(400);
    const fields = refused.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(['consentVersion', 'answers.sex', 'answers.height']);
    expect(JSON.stringify(refused.body.errors)).toContain('female, male, declined');
    const empty = await api(recruiter)
      .post(`/applications/${first.id}/self-identification`, { ...US, answers: {} })
      .expect(400);
    expect(empty.body.errors[0].field).toBe('answers');
    await api(recruiter)
      .post(`/applications/${first.id}/self-identification`, { questionSet: 'uk', consentVersion: 'x', answers: {} })
      .expect(400);
    expect(await answerCount(first.id)).toBe(1);
  });

  it('lets only recruiters and admins enter answers, and nobody read them', async () => {
    const [first] = applications;
    for (const user of [manager, interviewer, compliance]) {
      await api(user)
        .post(`/applications/${first.id}/self-identification`, { ...US, answers: { sex: 'male' } })
        .expect(403);
      await api(user).delete(`/applications/${first.id}/self-identification`).expect(403);
    }
    await api(recruiter).get(`/applications/${first.id}/self-identification`).expect(404);
    const missing = '0190a5c4-0000-7000-8000-000000000000';
    await api(recruiter)
      .post(`/applications/${missing}/self-identification`, { ...US, answers: { sex: 'male' } })
      .expect(404);
    expect(await answerCount(first.id)).toBe(1);
  });

  it('reports screening selection rates per sex, with the impact ratio, the four-fifths flag and Fisher', async () => {
    const { body } = await api(compliance)
      .get(`/reports/adverse-impact?vacancyId=${vacancy.id}&questionSet=us-eeo&question=sex`)
      .expect(200);
    expect(body).toMatchObject({
      vacancy: { id: vacancy.id },
      questionSet: 'us-eeo',
      questions: ['sex'],
      applications: 14,
      unknown: 1,
      declined: 1,
      rules: { minGroupSize: 5, leaveOutUnderTwoPercent: true },
    });
    const screening = body.steps[0];
    expect(screening).toMatchObject({ step: 'screening', considered: 14, unknown: 1, declined: 1 });
    // 5 of 6 women against 2 of 6 men: 0.3333 / 0.8333 = 0.4, under four fifths.
    expect(screening.rows).toEqual([
      expect.objectContaining({ category: 'female', considered: 6, selected: 5, rate: 0.8333, impactRatio: 1 }),
      expect.objectContaining({
        category: 'male',
        considered: 6,
        selected: 2,
        rate: 0.3333,
        impactRatio: 0.4,
        belowFourFifths: true,
      }),
    ]);
    // Tables with the same margins at most as likely as 5 of 6: (6 + 90 + 90 + 6) / 792 = 8/33.
    expect(screening.rows[1].fisherP).toBe(Number((8 / 33).toPrecision(6)));
    expect(screening.rows[1].z).toBeNull();
    expect(body.knockouts).toEqual([expect.objectContaining({ criterion: 'education', flagged: 5, considered: 14 })]);
    expect(body.knockouts[0].rows.map((row: { considered: number; selected: number }) => row.selected)).toEqual([5, 2]);
    expect(body.scoring[0]).toMatchObject({ measure: 'screening', scored: 14 });
  });

  it('gives the same tables as CSV, crossed when asked, and refuses a question the set does not ask', async () => {
    const csv = await api(admin).get(`/reports/adverse-impact.csv?vacancyId=${vacancy.id}`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe(
      'table,step,round,criterion,category,considered,selected,rate,impact_ratio,below_four_fifths,status,fisher_p,z,z_p',
    );
    expect(lines).toContain(`selection,screening,,,male,6,2,0.3333,0.4,true,reported,0.242424,,`);
    expect(lines).toContain('selection,screening,,,unknown,1,,,,,not-categorised,,,');
    const crossed = await api(admin)
      .get(`/reports/adverse-impact?vacancyId=${vacancy.id}&intersection=true`)
      .expect(200);
    expect(crossed.body.questions).toEqual(['sex', 'raceEthnicity']);
    expect(crossed.body.categories).toHaveLength(14);
    // Everyone who answered declined race/ethnicity, so nobody falls in a crossed category.
    expect(crossed.body.declined).toBe(12);
    const bad = await api(admin).get('/reports/adverse-impact?question=height&from=2026-13-01').expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['from', 'question']);
    await api(admin).get('/reports/adverse-impact?questionSet=uk').expect(400);
  });

  it('imports answers gathered elsewhere as CSV, naming each bad row, and changes nothing when imported twice', async () => {
    const [, second, third] = applications;
    const missing = '0190a5c4-0000-7000-8000-000000000000';
    const csv = [
      'application_id,question_set,consent_version,sex,raceEthnicity,gender',
      `${second.id},us-eeo,2026-12-01,female,asian,`,
      `${third.id},us-eeo,2026-12-01,unsure,,`,
      `${missing},us-eeo,2026-12-01,male,,`,
      `${third.id},uk,2026-12-01,male,,`,
      `${third.id},us-eeo,2026-12-01,,,woman`,
    ].join('\r\n');
    const post = () =>
      t.http().post('/fairness/self-identifications/import').set(bearer(recruiter.token)).type('text/csv').send(csv);
    const first = await post().expect(200);
    expect(first.body).toMatchObject({ received: 5, recorded: 1 });
    expect(
      first.body.failed.map((row: { line: number; errors: { field: string }[] }) => [row.line, row.errors[0].field]),
    ).toEqual([
      [3, 'answers.sex'],
      [4, 'application_id'],
      [5, 'question_set'],
      [6, 'answers.gender'],
    ]);
    const again = await post().expect(200);
    expect(again.body.recorded).toBe(1);
    expect(await answerCount(second.id)).toBe(2);
    const p = t.dataSource.options.type === 'postgres' ? '$1' : '?';
    const rows: { entered_via: string }[] = await t.dataSource.query(
      `SELECT entered_via FROM self_identifications WHERE application_id = ${p}`,
      [second.id],
    );
    expect(rows.map((row) => row.entered_via)).toEqual(['import', 'import']);
    const header = await t
      .http()
      .post('/fairness/self-identifications/import')
      .set(bearer(recruiter.token))
      .type('text/csv')
      .send('application_id,height\r\n')
      .expect(200);
    expect(header.body.failed[0].errors[0].messages.join(' ')).toContain('unknown columns: height');
    await t
      .http()
      .post('/fairness/self-identifications/import')
      .set(bearer(manager.token))
      .type('text/csv')
      .send(csv)
      .expect(403);
  });

  it('is for admins and compliance officers; hiring managers only where the organisation allows it', async () => {
    for (const user of [recruiter, interviewer]) await api(user).get('/reports/adverse-impact').expect(403);
    const closed = await api(manager).get('/reports/adverse-impact').expect(403);
    expect(closed.body.code).toBe('FAIRNESS_REPORTS_CLOSED');
    await api(admin).get('/reports/adverse-impact').expect(200);
  });
});

describe('fairness reports for hiring managers, where the organisation allows them', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { FAIRNESS_MANAGERS_SEE_REPORTS: 'true' } });
  });
  afterAll(() => t.close());

  it("shows a manager their own vacancies' figures and calls another's missing", async () => {
    const recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const other = await makeUser(t, { roles: [Role.HiringManager] });
    const profile = await makeProfile(t, recruiter.token);
    const own = await makeVacancy(t, recruiter.token, {
      roleProfileId: profile.id,
      hiringManagerIds: [manager.user.id],
    });
    const theirs = await makeVacancy(t, recruiter.token, {
      roleProfileId: profile.id,
      hiringManagerIds: [other.user.id],
    });
    await as(t, manager.token).get(`/reports/adverse-impact?vacancyId=${own.id}`).expect(200);
    await as(t, manager.token).get(`/reports/adverse-impact?vacancyId=${theirs.id}`).expect(404);
    const all = await as(t, manager.token).get('/reports/adverse-impact').expect(200);
    expect(all.body.applications).toBe(0);
  });
});

describe("an organisation's own question set", () => {
  let t: TestApp;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'sift-sets-'));
    const words = (en: string, nl: string, et: string) => ({ en, nl, et });
    writeFileSync(
      join(folder, 'sets.json'),
      JSON.stringify({
        sets: [
          {
            key: 'uk',
            consentVersion: '2027-01',
            name: words('UK: ethnic group (ONS)', 'VK: etnische groep (ONS)', 'ÜK: etniline rühm (ONS)'),
            purpose: words('Why we ask', 'Waarom we het vragen', 'Miks me küsime'),
            questions: [
              {
                key: 'ethnicGroup',
                text: words('Ethnic group', 'Etnische groep', 'Etniline rühm'),
                answers: [
                  { key: 'white', text: words('White', 'Wit', 'Valge') },
                  { key: 'mixed', text: words('Mixed or multiple', 'Gemengd', 'Segatud') },
                ],
              },
            ],
          },
        ],
      }),
    );
    t = await createTestApp({
      env: { FAIRNESS_QUESTIONS_FILE: join(folder, 'sets.json'), FAIRNESS_QUESTION_SETS: 'uk,us-eeo' },
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is asked, recorded, reported and shown in its own words, first as the organisation ordered', async () => {
    const recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    const admin = await makeUser(t, { roles: [Role.Admin] });
    const sets = await as(t, recruiter.token).get('/fairness/question-sets').expect(200);
    expect(sets.body.map((set: { key: string }) => set.key)).toEqual(['uk', 'us-eeo']);
    expect(sets.body[0].words.questions.ethnicGroup.answers.mixed.nl).toBe('Gemengd');
    const profile = await makeProfile(t, recruiter.token);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [(await makeUser(t, { roles: [Role.HiringManager] })).user.id] },
      { open: true },
    );
    const candidate = await makeSalesCandidate(t, recruiter.token, 'hbo', ['2015-01-01', '2021-01-01']);
    const { body } = await as(t, recruiter.token)
      .post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })
      .expect(201);
    await as(t, recruiter.token)
      .post(`/applications/${body.id}/self-identification`, {
        questionSet: 'uk',
        consentVersion: '2027-01',
        answers: { ethnicGroup: 'mixed' },
      })
      .expect(201);
    const refused = await as(t, recruiter.token)
      .post(`/applications/${body.id}/self-identification`, {
        questionSet: 'eu',
        consentVersion: '2026-12-01',
        answers: {},
      })
      .expect(400);
    expect(refused.body.errors[0].messages[0]).toContain('uk, us-eeo');
    const report = await as(t, admin.token).get('/reports/adverse-impact').expect(200);
    expect(report.body).toMatchObject({
      questionSet: 'uk',
      questions: ['ethnicGroup'],
      categories: ['white', 'mixed'],
    });
    expect(report.body.steps[0].rows[1]).toMatchObject({ category: 'mixed', considered: 1 });
    await as(t, admin.token).get('/reports/adverse-impact?intersection=true').expect(400);
    const pages = await signedInPages(t, admin.user.email);
    await pages.agent.post('/settings').type('form').send({ language: 'nl', _csrf: pages.csrf }).expect(303);
    const page = await pages.agent.get('/reports/fairness').expect(200);
    expect(page.text).toContain('VK: etnische groep (ONS)');
    expect(page.text).toContain('Gemengd');
  });
});

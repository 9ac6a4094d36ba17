import { Role } from '../src/common/auth/role';
import { as, MadeUser, makeProfile, makeSalesCandidate, makeUser, makeVacancy } from './support/factories';
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

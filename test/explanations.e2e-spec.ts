import { Role } from '../src/common/auth/role';
import { JobQueue } from '../src/jobs/job-queue';
import {
  as,
  makeCandidate,
  makeProfile,
  makeUser,
  makeVacancy,
  MadeUser,
  scheduleInterview,
} from './support/factories';
import { signedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

/** GET /applications/:id/explanation and its page: one application told to its candidate, and nobody else's. */
describe('an application explained to its candidate', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let otherManager: MadeUser;
  let interviewer: MadeUser;
  let compliance: MadeUser;
  let vacancy: { id: string; rounds: { id: string; name: string }[] };
  const mine = { candidateId: '', applicationId: '', name: 'Anneke Uitleg' };
  const rival = { candidateId: '', applicationId: '', name: 'Zeldzame Mededinger', email: '', score: 0 };
  const HOLD_REASON = 'Zeldzame Mededinger staat al verder, eerst dat gesprek afwachten';

  async function applicant(name: string, level: string, language: string) {
    const candidate = await makeCandidate(t, recruiter.token, { name, language });
    const api = as(t, recruiter.token);
    await api
      .post(`/candidates/${candidate.id}/facts`, { kind: 'education', source: 'cv', data: { level }, confirmed: true })
      .expect(201);
    await api
      .post(`/candidates/${candidate.id}/facts`, {
        kind: 'work',
        source: 'cv',
        data: { title: 'Accountmanager', start: '2016-01-01', end: '2022-01-01', salesRole: true },
        confirmed: false,
      })
      .expect(201);
    await t.get(JobQueue).idle();
    const { body } = await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id }).expect(201);
    return { candidate, application: body };
  }

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    otherManager = await makeUser(t, { roles: [Role.HiringManager] });
    interviewer = await makeUser(t, { roles: [Role.Interviewer] });
    compliance = await makeUser(t, { roles: [Role.Compliance] });
    const profileId = (await makeProfile(t, recruiter.token)).id;
    vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    await makeVacancy(t, recruiter.token, { roleProfileId: profileId, hiringManagerIds: [otherManager.user.id] });

    const first = await applicant(mine.name, 'wo', 'nl');
    Object.assign(mine, { candidateId: first.candidate.id, applicationId: first.application.id });
    const second = await applicant(rival.name, 'hbo', 'en');
    Object.assign(rival, {
      candidateId: second.candidate.id,
      applicationId: second.application.id,
      email: second.candidate.email,
      score: second.application.screeningScore,
    });
    expect(first.application.screeningScore).toBeGreaterThan(rival.score);

    // The rival, ranked lower, goes on first; holding mine then goes against the advice and needs a reason.
    const api = as(t, manager.token);
    await api.post(`/applications/${rival.applicationId}/decisions`, { decision: 'advance' }).expect(200);
    await api.post(`/applications/${mine.applicationId}/decisions`, { decision: 'hold' }).expect(422);
    await api
      .post(`/applications/${mine.applicationId}/decisions`, { decision: 'hold', reason: HOLD_REASON })
      .expect(200);
    await api.post(`/applications/${mine.applicationId}/decisions`, { decision: 'advance' }).expect(200);
    await as(t, recruiter.token)
      .post(`/applications/${mine.applicationId}/moves`, { stage: 'interview', roundId: vacancy.rounds[0].id })
      .expect(200);
    const interview = await scheduleInterview(t, recruiter.token, mine.applicationId, vacancy.rounds[0].id, [
      interviewer,
    ]);
    await as(t, interviewer.token)
      .post(`/interviews/${interview.id}/scorecards`, {
        ratings: [{ competency: 'customer_focus', rating: 4 }],
        recommendation: 'yes',
        submit: true,
      })
      .expect(201);
  });
  afterAll(() => t.close());

  const explanationOf = (user: MadeUser, id = mine.applicationId) =>
    as(t, user.token).get(`/applications/${id}/explanation`);

  it('tells the criteria and what people decided, in the candidate’s language', async () => {
    const { body } = await explanationOf(recruiter).expect(200);
    expect(body).toMatchObject({
      applicationId: mine.applicationId,
      language: 'nl',
      vacancyTitle: 'Accountmanager B',
      summary: expect.stringMatching(/^Je sollicitatie kreeg [\d,]+ van de 100 punten/),
      provenance: { profileVersion: 1, engineVersion: 1, scoredAt: expect.any(String) },
    });
    expect(body.criteria.map((criterion: { name: string }) => criterion.name)).toEqual([
      'Opleiding',
      'Verkoopervaring',
      'Klantenportefeuille',
      'Competenties',
      'Cursussen',
    ]);
    expect(body.criteria[0]).toMatchObject({
      criterion: 'education',
      outcome: 'met',
      requirement: 'met',
      sentence: expect.stringContaining('Dit is een eis voor deze vacature, en daar voldoe je aan.'),
    });
    expect(body.criteria[1].sentence).toContain('gegevens die een recruiter nog niet had gecontroleerd');
    expect(body.decisions.map((step: { what: string; by: string | null }) => [step.what, step.by])).toEqual([
      ['received', null],
      ['held', 'person'],
      ['advanced', 'person'],
      ['moved', 'person'],
      ['round_passed', 'panel'],
    ]);
    expect(body.decisions.map((step: { sentence: string }) => step.sentence)).toEqual([
      'We hebben je sollicitatie ontvangen.',
      'Het wervingsteam heeft besloten je sollicitatie voorlopig in dezelfde fase te houden.',
      'Het wervingsteam heeft besloten verder te gaan met je sollicitatie: door naar de screening.',
      'Het wervingsteam heeft je sollicitatie doorgezet naar de gespreksronde ‘Eerste gesprek’.',
      'Het panel van de gespreksronde ‘Eerste gesprek’ heeft je beoordeeld, en je hebt deze ronde gehaald.',
    ]);
  });

  it('holds nothing of another applicant to the vacancy, nor the reason that named them, nor a name at all', async () => {
    const { text } = await explanationOf(recruiter).expect(200);
    const rivalScore = rival.score / 100;
    for (const secret of [
      rival.name,
      'Zeldzame',
      rival.email,
      rival.candidateId,
      rival.applicationId,
      String(rivalScore),
      String(rivalScore).replace('.', ','),
      HOLD_REASON,
      'afwachten',
      mine.name,
      mine.candidateId,
    ]) {
      expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });
    }
    expect(text).not.toMatch(/rank|ranked|position/i);
  });

  it('is read by recruiters, admins and the vacancy’s hiring manager, and by no one else', async () => {
    const admin = await makeUser(t, { roles: [Role.Admin] });
    const asManager = await explanationOf(manager).expect(200);
    expect(asManager.body).toEqual((await explanationOf(admin).expect(200)).body);
    for (const user of [interviewer, compliance]) {
      const refused = await explanationOf(user).expect(403);
      expect(refused.body).toMatchObject({ status: 403, code: 'FORBIDDEN_ROLE' });
    }
    const hidden = await explanationOf(otherManager).expect(404);
    expect(hidden.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(hidden.body).toMatchObject({ status: 404, code: 'APPLICATION_NOT_FOUND' });
    expect(hidden.text).not.toContain(mine.name);
  });

  it('answers 404 for an application that is not there, as every route does', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await explanationOf(recruiter, id).expect(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        status: 404,
        code: 'APPLICATION_NOT_FOUND',
        type: 'urn:sift:problem:application-not-found',
      });
    }
    await t.http().get(`/applications/${mine.applicationId}/explanation`).expect(401);
  });

  it('says a score was made before its provenance was kept, for a row from before', async () => {
    const $ = t.dataSource.options.type === 'postgres' ? '$1' : '?';
    await t.dataSource.query(`UPDATE applications SET engine_version = NULL, scoring_input = NULL WHERE id = ${$}`, [
      rival.applicationId,
    ]);
    const { body } = await explanationOf(recruiter, rival.applicationId).expect(200);
    expect(body.language).toBe('en');
    expect(body.provenance).toMatchObject({ profileVersion: 1, engineVersion: null });
    const pages = await signedInPages(t, recruiter.user.email);
    const page = await pages.agent.get(`/recruiter/applications/${rival.applicationId}/explanation`).expect(200);
    expect(page.text).toContain('before the version of the scoring method was recorded');
  });

  it('is a page linked from the candidate’s applications, the candidate’s part in their language', async () => {
    const pages = await signedInPages(t, recruiter.user.email);
    const candidate = await pages.agent.get(`/recruiter/candidates/${mine.candidateId}`).expect(200);
    const href = `/recruiter/applications/${mine.applicationId}/explanation`;
    expect(candidate.text).toContain(`href="${href}"`);
    const page = await pages.agent.get(href).expect(200);
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain('<h1 id="explanation-title">Explanation for the candidate</h1>');
    expect(page.text).toContain('In the candidate&#x27;s language: Dutch.');
    expect(page.text).toMatch(/<article class="explanation panel" lang="nl"/);
    expect(page.text).toContain('Je sollicitatie op de vacature Accountmanager B');
    expect(page.text).toContain('Het panel van de gespreksronde ‘Eerste gesprek’ heeft je beoordeeld');
    expect(page.text).toContain(
      `href="/recruiter/candidates/${mine.candidateId}?application&#x3D;${mine.applicationId}"`,
    );
    for (const secret of [rival.name, rival.applicationId, HOLD_REASON]) expect(page.text).not.toContain(secret);
    await pages.agent.get('/recruiter/applications/00000000-0000-4000-8000-000000000000/explanation').expect(404);
  });

  it('names no one on a vacancy screened blind, so a blind hiring manager reads it whole', async () => {
    const profileId = (await makeProfile(t, recruiter.token)).id;
    const blind = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], blindUntil: 'offer', title: 'Blinde vacature' },
      { open: true },
    );
    const { body } = await as(t, recruiter.token)
      .post(`/vacancies/${blind.id}/applications`, { candidateId: mine.candidateId })
      .expect(201);
    const { text, body: explanation } = await explanationOf(manager, body.id).expect(200);
    expect(explanation.vacancyTitle).toBe('Blinde vacature');
    expect(explanation.decisions).toHaveLength(1);
    for (const part of mine.name.split(' ')) expect(text).not.toContain(part);
  });
});

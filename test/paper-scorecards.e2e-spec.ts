import { Role } from '../src/common/auth/role';
import { PanelReview } from '../src/interviews/panel-review.service';
import { applyInRound, as, MadeUser, makeProfile, makeUser, makeVacancy, scheduleInterview } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/** A panel member scored on paper: a recruiter or admin enters it for them, and it counts as theirs. */
describe('scorecards entered on behalf of a panel member', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let admin: MadeUser;
  let manager: MadeUser;
  let profileId: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    admin = await makeUser(t, { roles: [Role.Admin] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    profileId = (await makeProfile(t, recruiter.token, 'accountmanager-b')).id;
  }, 60_000);
  afterAll(() => t.close());

  const api = (user: MadeUser = recruiter) => as(t, user.token);
  const content = (customerFocus: number, persuasiveness: number, recommendation: string) => ({
    ratings: [
      { competency: 'customer_focus', rating: customerFocus, notes: 'Van het papieren formulier' },
      { competency: 'persuasiveness', rating: persuasiveness },
    ],
    recommendation,
    summary: 'Overgenomen van papier',
  });

  /** An interview of a fresh application with a panel of two new interviewers. */
  async function interviewOfTwo() {
    const [a, b] = [await makeUser(t, { roles: [Role.Interviewer] }), await makeUser(t, { roles: [Role.Interviewer] })];
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      {
        roleProfileId: profileId,
        hiringManagerIds: [manager.user.id],
        rounds: [{ name: 'Gesprek', kind: 'interview', competencies: ['customer_focus', 'persuasiveness'] }],
      },
      { open: true },
    );
    const { applicationId, roundId } = await applyInRound(t, recruiter.token, vacancy);
    const interview = await scheduleInterview(t, recruiter.token, applicationId, roundId, [a, b]);
    return { a, b, interview, vacancyId: vacancy.id };
  }

  it("counts as the panel member's own: marked as entered, unsealing theirs, deciding, and amended by them", async () => {
    const { a, b, interview, vacancyId } = await interviewOfTwo();
    const entered = await api()
      .post(`/interviews/${interview.id}/scorecards/on-behalf`, { interviewerId: a.user.id, ...content(4, 3, 'yes') })
      .expect(201);
    expect(entered.body).toMatchObject({
      interviewerId: a.user.id,
      enteredBy: recruiter.user.id,
      status: 'submitted',
      revision: 1,
      recommendation: 'yes',
      summary: 'Overgenomen van papier',
    });
    expect(entered.body.revisions.map((r: { submittedBy: string }) => r.submittedBy)).toEqual([recruiter.user.id]);
    // It is a's own: a reads it as theirs and is no longer sealed from the others'.
    expect((await api(a).get(`/interviews/${interview.id}/scorecards/mine`).expect(200)).body.id).toBe(entered.body.id);
    expect((await api(a).get(`/interviews/${interview.id}`).expect(200)).body.resultSealed).toBe(false);
    await api(b).get(`/interviews/${interview.id}/scorecards`).expect(403);

    await api(b)
      .post(`/interviews/${interview.id}/scorecards`, { ...content(3, 3, 'yes'), submit: true })
      .expect(201);
    await t.get(PanelReview).idle();
    const decided = (await api().get(`/interviews/${interview.id}`).expect(200)).body;
    expect({ scorecards: decided.result.scorecards, decision: decided.result.decision }).toEqual({
      scorecards: 2,
      decision: 'pass',
    });
    expect(decided.result.meanRating).toBe(3.25);
    // Calibration counts it as a's, not as the recruiter's who typed it in.
    const calibration = (await api().get(`/vacancies/${vacancyId}/interviewer-calibration`).expect(200)).body;
    expect(calibration.map((row: { interviewerId: string }) => row.interviewerId).sort()).toEqual(
      [a.user.id, b.user.id].sort(),
    );

    const amended = await api(a)
      .post(`/scorecards/${entered.body.id}/amendments`, {
        ...content(3, 3, 'yes'),
        revision: 1,
        reason: 'Formulier nagelezen',
      })
      .expect(201);
    expect(amended.body).toMatchObject({ revision: 2, enteredBy: recruiter.user.id });
    expect(amended.body.revisions.map((r: { submittedBy: string }) => r.submittedBy)).toEqual([
      recruiter.user.id,
      a.user.id,
    ]);
    expect((await api().get(`/interviews/${interview.id}`).expect(200)).body.result.meanRating).toBe(3);
  });

  it("replaces the panel member's draft, by an admin too", async () => {
    const { a, interview } = await interviewOfTwo();
    const draft = await api(a)
      .post(`/interviews/${interview.id}/scorecards`, { ratings: [{ competency: 'customer_focus', rating: 2 }] })
      .expect(201);
    const entered = await api(admin)
      .post(`/interviews/${interview.id}/scorecards/on-behalf`, {
        interviewerId: a.user.id,
        ...content(4, 4, 'strong_yes'),
      })
      .expect(201);
    expect(entered.body).toMatchObject({
      id: draft.body.id,
      status: 'submitted',
      enteredBy: admin.user.id,
      recommendation: 'strong_yes',
    });
    expect(entered.body.ratings.map((r: { rating: number }) => r.rating)).toEqual([4, 4]);
  });

  it('answers what is wrong, and stores nothing', async () => {
    const { a, b, interview } = await interviewOfTwo();
    const url = `/interviews/${interview.id}/scorecards/on-behalf`;
    const outsider = await makeUser(t, { roles: [Role.Interviewer] });

    const notOnPanel = await api()
      .post(url, { interviewerId: outsider.user.id, ...content(3, 3, 'yes') })
      .expect(400);
    expect(notOnPanel.body.errors).toEqual([
      { field: 'interviewerId', messages: [`${outsider.user.id} is not on the panel of interview ${interview.id}`] },
    ]);
    const notAnId = await api()
      .post(url, { interviewerId: 'jan', ...content(3, 3, 'yes') })
      .expect(400);
    expect(notAnId.body.errors.map((e: { field: string }) => e.field)).toEqual(['interviewerId']);
    const { recommendation: _r, ...unrecommended } = content(3, 3, 'yes');
    const incomplete = await api()
      .post(url, { interviewerId: a.user.id, ...unrecommended })
      .expect(400);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual(['recommendation']);
    const offScale = await api()
      .post(url, { interviewerId: a.user.id, ...content(9, 3, 'yes') })
      .expect(400);
    expect(offScale.body.errors.map((e: { field: string }) => e.field)).toEqual(['ratings[0].rating']);

    // Only recruiters and admins enter for someone else; the panel and the hiring manager do not.
    expect(
      (
        await api(b)
          .post(url, { interviewerId: a.user.id, ...content(3, 3, 'yes') })
          .expect(403)
      ).body.code,
    ).toBe('FORBIDDEN_ROLE');
    await api(manager)
      .post(url, { interviewerId: a.user.id, ...content(3, 3, 'yes') })
      .expect(403);
    const unknown = await api()
      .post('/interviews/00000000-0000-4000-8000-000000000000/scorecards/on-behalf', {
        interviewerId: a.user.id,
        ...content(3, 3, 'yes'),
      })
      .expect(404);
    expect(unknown.body.code).toBe('INTERVIEW_NOT_FOUND');
    await api(a).get(`/interviews/${interview.id}/scorecards/mine`).expect(404);

    const own = await api(a)
      .post(`/interviews/${interview.id}/scorecards`, { ...content(2, 2, 'no'), submit: true })
      .expect(201);
    const twice = await api()
      .post(url, { interviewerId: a.user.id, ...content(4, 4, 'yes') })
      .expect(409);
    expect(twice.body.code).toBe('PANELIST_SCORED');
    expect(twice.body.detail).toContain(own.body.id);
    const kept = (await api(a).get(`/interviews/${interview.id}/scorecards/mine`).expect(200)).body;
    expect({ enteredBy: kept.enteredBy, recommendation: kept.recommendation }).toEqual({
      enteredBy: null,
      recommendation: 'no',
    });

    await api().post(`/interviews/${interview.id}/cancel`, { reason: 'Verzet' }).expect(200);
    const cancelled = await api()
      .post(url, { interviewerId: b.user.id, ...content(3, 3, 'yes') })
      .expect(409);
    expect(cancelled.body.code).toBe('INTERVIEW_CANCELLED');
  });
});

import { Role } from '../src/common/auth/role';
import { applyInRound, as, makeProfile, makeUser, makeVacancy, MadeUser, scheduleInterview } from './support/factories';
import { signedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

interface Awaited {
  roundId: string;
  name: string;
  panel: number;
  submitted: number;
}

/**
 * The shortlist's evidence names the scorecards an undecided interview still
 * waits for, and stays true as they come in: scheduling, a submission and a
 * cancellation each change what a cached page shows.
 */
describe('the scorecards a shortlist item waits for', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let panel: MadeUser[];

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    panel = [await makeUser(t, { roles: [Role.Interviewer] }), await makeUser(t, { roles: [Role.Interviewer] })];
  });
  afterAll(() => t.close());

  it('counts the panel and the cards in, until the interview is cancelled', async () => {
    const profile = await makeProfile(t, recruiter.token);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const { applicationId, roundId } = await applyInRound(t, recruiter.token, vacancy);
    const awaiting = async (): Promise<Awaited[]> => {
      const { body } = await as(t, manager.token).get(`/vacancies/${vacancy.id}/shortlist`).expect(200);
      return body.items.find((item: { applicationId: string }) => item.applicationId === applicationId).evidence
        .awaiting;
    };
    // Read once before the interview, so that a cached page would have to be given up.
    expect(await awaiting()).toEqual([]);

    const interview = await scheduleInterview(t, recruiter.token, applicationId, roundId, panel);
    const round = (vacancy.rounds as unknown as { id: string; name: string; competencies: string[] }[]).find(
      (one) => one.id === roundId,
    )!;
    expect(await awaiting()).toEqual([{ roundId, name: round.name, panel: 2, submitted: 0 }]);

    await as(t, panel[0].token)
      .post(`/interviews/${interview.id}/scorecards`, {
        ratings: round.competencies.map((competency) => ({ competency, rating: 3 })),
        recommendation: 'yes',
        submit: true,
      })
      .expect(201);
    expect(await awaiting()).toEqual([{ roundId, name: round.name, panel: 2, submitted: 1 }]);
    // A draft is not a card in.
    await as(t, panel[1].token)
      .post(`/interviews/${interview.id}/scorecards`, { ratings: [], submit: false })
      .expect(201);
    expect((await awaiting())[0].submitted).toBe(1);

    const page = await (
      await signedInPages(t, manager.user.email)
    ).agent
      .get(`/manager/vacancies/${vacancy.id}/shortlist`)
      .expect(200);
    expect(page.text).toContain(`${round.name}: 1 of 2 scorecards in`);

    await as(t, recruiter.token).post(`/interviews/${interview.id}/cancel`, { reason: 'Verzet' }).expect(200);
    expect(await awaiting()).toEqual([]);
  });
});

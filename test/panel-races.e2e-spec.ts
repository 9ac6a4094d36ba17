import { Role } from '../src/common/auth/role';
import { InterviewDecisions } from '../src/interviews/interview-decisions.service';
import { PanelReview } from '../src/interviews/panel-review.service';
import { applyInRound, as, MadeUser, makeProfile, makeUser, makeVacancy, scheduleInterview } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/**
 * A whole panel submitting at the same moment: each submission decides the
 * interview only under a lock on it, so the last one in sees every scorecard.
 */
describe('a panel submitting at once', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let panel: MadeUser[];
  let profileId: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    panel = [];
    for (let i = 0; i < 5; i++) panel.push(await makeUser(t, { roles: [Role.Interviewer] }));
    profileId = (await makeProfile(t, recruiter.token, 'accountmanager-b')).id;
  }, 60_000);
  afterAll(() => t.close());

  const api = (user: MadeUser = recruiter) => as(t, user.token);
  const round = {
    name: 'Panelgesprek',
    kind: 'panel',
    competencies: ['customer_focus', 'persuasiveness'],
    scorecard: { scale: 4, passRule: 'average', passThreshold: 3 },
  };
  const card = (submit: boolean) => ({
    ratings: [
      { competency: 'customer_focus', rating: 4 },
      { competency: 'persuasiveness', rating: 3 },
    ],
    recommendation: 'yes',
    submit,
  });

  /** Ten applications in the vacancy's first round, each with an interview by the whole panel. */
  async function tenInterviews() {
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      {
        roleProfileId: profileId,
        hiringManagerIds: [manager.user.id],
        autoAdvance: true,
        rounds: [round, { name: 'Eindgesprek', kind: 'final_interview', competencies: ['entrepreneurship'] }],
      },
      { open: true },
    );
    const interviews: { id: string; applicationId: string }[] = [];
    for (let i = 0; i < 10; i++) {
      const { applicationId, roundId } = await applyInRound(t, recruiter.token, vacancy);
      const interview = await scheduleInterview(t, recruiter.token, applicationId, roundId, panel);
      interviews.push({ id: interview.id, applicationId });
    }
    return { vacancy, interviews };
  }

  /** The states of the vacancy's review jobs, as the outbox holds them. */
  async function reviewJobs(vacancyId: string): Promise<string[]> {
    const rows: { state: string; payload: string | { vacancyId: string } }[] = await t.dataSource.query(
      `SELECT state, payload FROM jobs WHERE name = 'panels.review'`,
    );
    return rows
      .filter(
        (row) => (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload).vacancyId === vacancyId,
      )
      .map((row) => row.state);
  }

  async function expectAllDecidedAndAdvanced(
    vacancy: { id: string; rounds: { id: string }[] },
    interviews: { id: string; applicationId: string }[],
  ) {
    await t.get(PanelReview).idle();
    // The review each submission queues is written with it, and runs.
    const jobs = await reviewJobs(vacancy.id);
    expect(jobs.length).toBeGreaterThanOrEqual(1);
    expect(jobs.filter((state) => state !== 'completed')).toEqual([]);
    expect(t.logs.filter((line) => Number(line.level) >= 50).map((line) => line.msg)).toEqual([]);
    for (const interview of interviews) {
      const body = (await api().get(`/interviews/${interview.id}`).expect(200)).body;
      expect({ scorecards: body.result.scorecards, decision: body.result.decision }).toEqual({
        scorecards: 5,
        decision: 'pass',
      });
      expect(body.decisionAppliedAt).not.toBeNull();
      const application = (await api().get(`/applications/${interview.applicationId}`).expect(200)).body;
      expect({ stage: application.stage, roundId: application.roundId }).toEqual({
        stage: 'interview',
        roundId: vacancy.rounds[1].id,
      });
    }
  }

  it.each([1, 2, 3])(
    'decides every interview and advances every application when five submit at once (run %i)',
    async () => {
      const { vacancy, interviews } = await tenInterviews();
      const answers = await Promise.all(
        interviews.flatMap((interview) =>
          panel.map((member) => api(member).post(`/interviews/${interview.id}/scorecards`, card(true))),
        ),
      );
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201));
      await expectAllDecidedAndAdvanced(vacancy, interviews);
    },
    120_000,
  );

  it('decides every interview when five submit their drafts at once', async () => {
    const { vacancy, interviews } = await tenInterviews();
    const drafts: { member: MadeUser; id: string }[] = [];
    for (const interview of interviews) {
      for (const member of panel) {
        const draft = await api(member).post(`/interviews/${interview.id}/scorecards`, card(false)).expect(201);
        drafts.push({ member, id: draft.body.id });
      }
    }
    const answers = await Promise.all(
      drafts.map(({ member, id }) => api(member).patch(`/scorecards/${id}`, { submit: true })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    await expectAllDecidedAndAdvanced(vacancy, interviews);
  }, 120_000);

  it('records the re-review a change to the plan or the weights calls for with the change, every time', async () => {
    const { vacancy, interviews } = await tenInterviews();
    for (const interview of interviews.slice(0, 2)) {
      await Promise.all(
        panel.map((member) => api(member).post(`/interviews/${interview.id}/scorecards`, card(true)).expect(201)),
      );
    }
    await t.get(PanelReview).idle();
    const before = (await reviewJobs(vacancy.id)).length;
    // Each change calls for a re-screening and a re-review at once; both are recorded, neither lost.
    for (const [index, interviewWeight] of [40, 50, 60, 30].entries()) {
      const changed = await api()
        .patch(`/vacancies/${vacancy.id}`, { interviewWeight, screeningWeight: 100 - interviewWeight })
        .expect(200);
      expect(changed.body.interviewWeight).toBe(interviewWeight);
      await t.get(PanelReview).idle();
      expect((await reviewJobs(vacancy.id)).length).toBe(before + index + 1);
    }
    expect(t.logs.filter((line) => Number(line.level) >= 50).map((line) => line.msg)).toEqual([]);
    const decided = (await api().get(`/interviews/${interviews[0].id}`).expect(200)).body;
    expect(decided.result.decision).toBe('pass');
  }, 120_000);

  it('never both keeps a submission and takes its author off the panel, when the two come at once', async () => {
    const { interviews } = await tenInterviews();
    const leaving = panel[4];
    const answers = await Promise.all(
      interviews.map(async (interview) => {
        const [submitted, changed] = await Promise.all([
          api(leaving).post(`/interviews/${interview.id}/scorecards`, card(true)),
          api().patch(`/interviews/${interview.id}`, { panel: panel.slice(0, 4).map((member) => member.user.id) }),
        ]);
        return { interview, submitted, changed };
      }),
    );
    for (const { interview, submitted, changed } of answers) {
      const outcome = [submitted.status, changed.status].join(' ');
      // Either the scorecard is in first and the panel change is refused, or the change is first and the scorecard refused.
      expect(['201 409', '403 200', '404 200']).toContain(outcome);
      if (changed.status === 409) expect(changed.body.code).toBe('PANELIST_HAS_SCORECARD');
      const now = (await api().get(`/interviews/${interview.id}`).expect(200)).body;
      const stored = (await api().get(`/interviews/${interview.id}/scorecards`).expect(200)).body;
      expect({ panel: now.panel.length, scorecards: stored.length }).toEqual(
        submitted.status === 201 ? { panel: 5, scorecards: 1 } : { panel: 4, scorecards: 0 },
      );
    }
  }, 120_000);

  it('applies a decision whose move was lost after its commit, by the review recorded with it', async () => {
    const { vacancy, interviews } = await tenInterviews();
    const [interview] = interviews;
    // The process stops between the decision's commit and the move it calls for.
    const stopped = jest.spyOn(t.get(InterviewDecisions), 'afterDecision').mockResolvedValue(undefined);
    const calls = await (async () => {
      try {
        for (const member of panel) {
          await api(member).post(`/interviews/${interview.id}/scorecards`, card(true)).expect(201);
        }
        return stopped.mock.calls.length;
      } finally {
        stopped.mockRestore();
      }
    })();
    expect(calls).toBe(5);
    await t.get(PanelReview).idle();
    const decided = (await api().get(`/interviews/${interview.id}`).expect(200)).body;
    expect({ decision: decided.result.decision, applied: decided.decisionAppliedAt !== null }).toEqual({
      decision: 'pass',
      applied: true,
    });
    const application = (await api().get(`/applications/${interview.applicationId}`).expect(200)).body;
    expect({ stage: application.stage, roundId: application.roundId }).toEqual({
      stage: 'interview',
      roundId: vacancy.rounds[1].id,
    });
  }, 120_000);
});

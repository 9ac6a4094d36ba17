import { Role } from '../src/common/auth/role';
import { PanelReview } from '../src/interviews/panel-review.service';
import {
  applyInRound,
  as,
  MadeUser,
  makeCandidate,
  makeProfile,
  makeUser,
  makeVacancy,
  scheduleInterview,
} from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

type Recommendation = 'strong_no' | 'no' | 'yes' | 'strong_yes';

describe('interview rounds and scorecards', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let panel: MadeUser[];
  let outsider: MadeUser;
  let recruitingInterviewer: MadeUser;
  let profileId: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    panel = [];
    for (let i = 0; i < 4; i++) panel.push(await makeUser(t, { roles: [Role.Interviewer] }));
    outsider = await makeUser(t, { roles: [Role.Interviewer] });
    recruitingInterviewer = await makeUser(t, { roles: [Role.Recruiter, Role.Interviewer] });
    profileId = (await makeProfile(t, recruiter.token, 'accountmanager-b')).id;
    // Building the app on a fresh PostgreSQL database can take longer than Jest's 5 s on a loaded machine.
  }, 60_000);
  afterAll(() => t.close());

  const api = (user: MadeUser = recruiter) => as(t, user.token);
  const settle = () => t.get(PanelReview).idle();

  const firstRound = {
    name: 'Eerste gesprek',
    kind: 'interview',
    competencies: ['customer_focus', 'persuasiveness'],
    scorecard: {
      scale: 4,
      questions: [
        { competency: 'customer_focus', kind: 'behavioural', text: 'Vertel over een klant die je hebt behouden.' },
        { competency: 'persuasiveness', kind: 'scenario', text: 'Overtuig deze inkoper van een prijsverhoging.' },
      ],
    },
  };

  async function openVacancy(rounds: object[] = [firstRound], fields: Record<string, unknown> = {}) {
    return makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], rounds, ...fields },
      { open: true },
    );
  }

  /** An application moved into the vacancy's first round. */
  async function applicationInRound(vacancy: { id: string; rounds: { id: string }[] }, name?: string) {
    const candidate = await makeCandidate(t, recruiter.token, name ? { name } : {});
    const { applicationId } = await applyInRound(t, recruiter.token, vacancy, { candidateId: candidate.id });
    return { applicationId, candidateId: candidate.id };
  }

  async function schedule(applicationId: string, roundId: string, members: MadeUser[] = panel.slice(0, 3)) {
    const interview = await scheduleInterview(t, recruiter.token, applicationId, roundId, members, {
      location: 'Kantoor Utrecht',
    });
    return interview as { id: string; sequence: number; panel: string[] };
  }

  const card = (ratings: Record<string, number | null>, recommendation: Recommendation, submit = true) => ({
    ratings: Object.entries(ratings).map(([competency, rating]) => ({ competency, rating, notes: 'Evidence noted' })),
    recommendation,
    submit,
  });

  describe('the plan', () => {
    it('keeps a scorecard template per round, with standard anchors and the default threshold', async () => {
      const vacancy = await openVacancy([
        firstRound,
        {
          name: 'Panelgesprek',
          kind: 'panel',
          competencies: ['entrepreneurship'],
          weight: 2,
          scorecard: { scale: 5, passRule: 'majority_yes' },
        },
      ]);
      expect(vacancy.rounds[0]).toMatchObject({
        weight: 1,
        scorecard: {
          scale: 4,
          anchors: ['Strong no', 'No', 'Yes', 'Strong yes'],
          passRule: 'average',
          passThreshold: 3,
          questions: firstRound.scorecard.questions,
        },
      });
      expect(vacancy.rounds[1]).toMatchObject({
        weight: 2,
        scorecard: { scale: 5, anchors: ['Strong no', 'No', 'Mixed', 'Yes', 'Strong yes'], passThreshold: null },
      });
    });

    it('refuses anchors that do not match the scale and questions about competencies the round does not rate', async () => {
      const response = await api()
        .post('/vacancies', {
          title: 'Accountmanager B',
          description: 'Nationale klanten.',
          employmentType: 'full_time',
          headcount: 1,
          roleProfileId: profileId,
          hiringManagerIds: [manager.user.id],
          rounds: [
            {
              name: 'Eerste gesprek',
              kind: 'interview',
              competencies: ['customer_focus'],
              scorecard: {
                scale: 4,
                anchors: ['Nee', 'Ja'],
                questions: [{ competency: 'coaching', kind: 'open', text: 'Hoe coach je?' }],
                passThreshold: 4.5,
              },
            },
          ],
        })
        .expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'rounds[0].scorecard.anchors',
        'rounds[0].scorecard.passThreshold',
        'rounds[0].scorecard.questions[0].competency',
      ]);
    });

    it('keeps a round with interviews in the plan, with its scale and competencies', async () => {
      const vacancy = await openVacancy();
      const { applicationId } = await applicationInRound(vacancy);
      await schedule(applicationId, vacancy.rounds[0].id);
      const removed = await api().put(`/vacancies/${vacancy.id}/rounds`, { rounds: [] }).expect(409);
      expect(removed.body.code).toBe('ROUND_IN_USE');
      const rescaled = await api()
        .put(`/vacancies/${vacancy.id}/rounds`, {
          rounds: [{ ...firstRound, id: vacancy.rounds[0].id, scorecard: { scale: 5 } }],
        })
        .expect(409);
      expect(rescaled.body.detail).toContain('another scale');
      const renamed = await api()
        .put(`/vacancies/${vacancy.id}/rounds`, {
          rounds: [
            { ...firstRound, id: vacancy.rounds[0].id, name: 'Kennismaking', scorecard: { passRule: 'no_veto' } },
          ],
        })
        .expect(200);
      expect(renamed.body.rounds[0]).toMatchObject({ id: vacancy.rounds[0].id, name: 'Kennismaking' });
      expect(renamed.body.rounds[0].scorecard.passRule).toBe('no_veto');
    });
  });

  describe('scheduling', () => {
    it('schedules a round with a panel of interviewers, and refuses anyone else on it', async () => {
      const vacancy = await openVacancy();
      const { applicationId } = await applicationInRound(vacancy);
      const bad = await api()
        .post(`/applications/${applicationId}/interviews`, {
          roundId: vacancy.rounds[0].id,
          startsAt: '2026-12-14T09:30:00Z',
          panel: [panel[0].user.id, manager.user.id, '00000000-0000-4000-8000-000000000000'],
        })
        .expect(400);
      expect(bad.body.errors).toEqual([
        { field: 'panel[1]', messages: [`${manager.user.email} does not have the interviewer role`] },
        { field: 'panel[2]', messages: ['there is no user 00000000-0000-4000-8000-000000000000'] },
      ]);
      const wrongRound = await api()
        .post(`/applications/${applicationId}/interviews`, {
          roundId: '00000000-0000-4000-8000-000000000000',
          startsAt: '2026-12-14T09:30:00Z',
          panel: [panel[0].user.id],
        })
        .expect(400);
      expect(wrongRound.body.errors[0].field).toBe('roundId');
      const badTime = await api()
        .post(`/applications/${applicationId}/interviews`, {
          roundId: vacancy.rounds[0].id,
          startsAt: 'next tuesday',
          panel: [panel[0].user.id],
        })
        .expect(400);
      expect(badTime.body.errors[0].field).toBe('startsAt');

      const interview = await schedule(applicationId, vacancy.rounds[0].id);
      expect(interview).toMatchObject({ status: 'scheduled', sequence: 0, durationMinutes: 60, result: null });
      expect(interview.panel).toEqual(
        panel
          .slice(0, 3)
          .map((member) => member.user.id)
          .sort(),
      );
      const twice = await api()
        .post(`/applications/${applicationId}/interviews`, {
          roundId: vacancy.rounds[0].id,
          startsAt: '2026-12-15T09:30:00Z',
          panel: [panel[0].user.id],
        })
        .expect(409);
      expect(twice.body.code).toBe('INTERVIEW_EXISTS');

      const moved = await api()
        .patch(`/interviews/${interview.id}`, {
          startsAt: '2026-12-15T13:00:00Z',
          meetingUrl: 'https://meet.example.com/x',
        })
        .expect(200);
      expect(moved.body).toMatchObject({ sequence: 1, startsAt: '2026-12-15T13:00:00.000Z' });

      const seats = await api(panel[0]).get('/me/interviews').expect(200);
      expect(seats.body).toContainEqual(
        expect.objectContaining({
          interviewId: interview.id,
          applicationId,
          scorecardStatus: null,
          roundName: 'Eerste gesprek',
        }),
      );
      expect((await api(outsider).get('/me/interviews').expect(200)).body).toEqual([]);

      const cancelled = await api()
        .post(`/interviews/${interview.id}/cancel`, { reason: 'Kandidaat trekt zich terug' })
        .expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 2 });
      await api().post(`/interviews/${interview.id}/cancel`, { reason: 'again' }).expect(409);
      // A cancelled interview makes room for the round to be held again.
      await schedule(applicationId, vacancy.rounds[0].id);
    });
  });

  describe('what an interviewer sees', () => {
    it('sees the applications of their panels with the CV and breakdown, and nothing else', async () => {
      const vacancy = await openVacancy();
      const mine = await applicationInRound(vacancy, 'Kandidaat Een');
      const other = await applicationInRound(vacancy, 'Kandidaat Twee');
      const elsewhere = await openVacancy();
      const newcomer = await makeUser(t, { roles: [Role.Interviewer] });
      const interview = await schedule(mine.applicationId, vacancy.rounds[0].id, [newcomer, panel[1]]);
      const me = api(newcomer);

      const application = await me.get(`/applications/${mine.applicationId}`).expect(200);
      expect(application.body.breakdown.length).toBeGreaterThan(0);
      expect((await me.get(`/candidates/${mine.candidateId}`).expect(200)).body.name).toBe('Kandidaat Een');
      expect((await me.get(`/candidates/${mine.candidateId}/cvs`).expect(200)).body).toEqual([]);
      await me.get(`/vacancies/${vacancy.id}`).expect(200);
      await me.get(`/interviews/${interview.id}`).expect(200);
      const list = await me.get('/applications').expect(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([mine.applicationId]);

      for (const url of [
        `/applications/${other.applicationId}`,
        `/candidates/${other.candidateId}`,
        `/candidates/${other.candidateId}/cvs`,
        `/vacancies/${elsewhere.id}`,
        `/applications/${other.applicationId}/interviews`,
      ]) {
        await me.get(url).expect(404);
      }
      await api(outsider).get(`/interviews/${interview.id}`).expect(404);
      await api(outsider).get(`/applications/${mine.applicationId}`).expect(404);
      // Reading through a seat is reading only: the shortlist and changes stay the recruiters'.
      await me.get(`/vacancies/${vacancy.id}/shortlist`).expect(403);
      await me.post(`/applications/${mine.applicationId}/moves`, { stage: 'offer' }).expect(403);

      // A cancelled interview takes the seat away.
      await api().post(`/interviews/${interview.id}/cancel`, { reason: 'Verzet' }).expect(200);
      await me.get(`/applications/${mine.applicationId}`).expect(404);
    });
  });

  describe('independent scorecards', () => {
    it('keeps drafts private and seals the others’ scorecards until one’s own is submitted', async () => {
      const vacancy = await openVacancy();
      const { applicationId } = await applicationInRound(vacancy);
      const interview = await schedule(applicationId, vacancy.rounds[0].id);
      const [a, b, c] = panel;

      const sealed = await api(a).get(`/interviews/${interview.id}/scorecards`).expect(403);
      expect(sealed.body.code).toBe('SCORECARDS_SEALED');
      const draft = await api(b)
        .post(`/interviews/${interview.id}/scorecards`, card({ customer_focus: 2 }, 'no', false))
        .expect(201);
      expect(draft.body).toMatchObject({ status: 'draft', revision: 0, revisions: [] });
      // Nobody else reads a draft, not even the recruiter.
      await api(a).get(`/scorecards/${draft.body.id}`).expect(404);
      await api().get(`/scorecards/${draft.body.id}`).expect(404);
      expect((await api().get(`/interviews/${interview.id}/scorecards`).expect(200)).body).toEqual([]);

      const submitted = await api(a)
        .post(`/interviews/${interview.id}/scorecards`, card({ customer_focus: 3, persuasiveness: 4 }, 'yes'))
        .expect(201);
      expect(submitted.body).toMatchObject({ status: 'submitted', revision: 1 });
      const seen = await api(a).get(`/interviews/${interview.id}/scorecards`).expect(200);
      expect(seen.body.map((s: { id: string }) => s.id)).toEqual([submitted.body.id]);
      // b has only a draft: still sealed, for the list and for a's scorecard itself.
      expect((await api(b).get(`/interviews/${interview.id}/scorecards`).expect(403)).body.code).toBe(
        'SCORECARDS_SEALED',
      );
      await api(b).get(`/scorecards/${submitted.body.id}`).expect(403);
      expect((await api(b).get(`/interviews/${interview.id}/scorecards/mine`).expect(200)).body.id).toBe(draft.body.id);
      // Hiring managers and recruiters read submitted scorecards only.
      expect((await api(manager).get(`/interviews/${interview.id}/scorecards`).expect(200)).body).toHaveLength(1);

      const finished = await api(b)
        .patch(`/scorecards/${draft.body.id}`, {
          ratings: card({ customer_focus: 2, persuasiveness: 3 }, 'no').ratings,
          submit: true,
        })
        .expect(200);
      expect(finished.body).toMatchObject({ status: 'submitted', revision: 1, recommendation: 'no' });
      expect((await api(b).get(`/interviews/${interview.id}/scorecards`).expect(200)).body).toHaveLength(2);
      await api(c).get(`/interviews/${interview.id}/scorecards`).expect(403);
    });

    it('freezes a submitted scorecard; an amendment is a new revision with its reason, and both stay visible', async () => {
      const vacancy = await openVacancy();
      const { applicationId } = await applicationInRound(vacancy);
      const interview = await schedule(applicationId, vacancy.rounds[0].id, [panel[0]]);
      const first = await api(panel[0])
        .post(`/interviews/${interview.id}/scorecards`, card({ customer_focus: 2, persuasiveness: null }, 'no'))
        .expect(201);
      const frozen = await api(panel[0]).patch(`/scorecards/${first.body.id}`, { recommendation: 'yes' }).expect(409);
      expect(frozen.body.code).toBe('SCORECARD_SUBMITTED');
      const noReason = await api(panel[0])
        .post(`/scorecards/${first.body.id}/amendments`, {
          ...card({ customer_focus: 3, persuasiveness: null }, 'yes'),
          revision: 1,
        })
        .expect(400);
      expect(noReason.body.errors.map((e: { field: string }) => e.field)).toContain('reason');

      const { submit: _submit, ...content } = card({ customer_focus: 3, persuasiveness: null }, 'yes');
      const amended = await api(panel[0])
        .post(`/scorecards/${first.body.id}/amendments`, { ...content, revision: 1, reason: 'Notities nagelezen' })
        .expect(201);
      expect(amended.body).toMatchObject({ revision: 2, recommendation: 'yes' });
      expect(
        amended.body.revisions.map((r: { revision: number; reason: string | null; recommendation: string }) => [
          r.revision,
          r.reason,
          r.recommendation,
        ]),
      ).toEqual([
        [1, null, 'no'],
        [2, 'Notities nagelezen', 'yes'],
      ]);
      const stale = await api(panel[0])
        .post(`/scorecards/${first.body.id}/amendments`, { ...content, revision: 1, reason: 'Nog eens' })
        .expect(409);
      expect(stale.body.code).toBe('SCORECARD_CHANGED');
      const seen = await api().get(`/scorecards/${first.body.id}`).expect(200);
      expect(seen.body.revisions).toHaveLength(2);
      const notMine = await api(recruitingInterviewer)
        .post(`/scorecards/${first.body.id}/amendments`, { ...content, revision: 2, reason: 'x' })
        .expect(403);
      expect(notMine.body.code).toBe('NOT_YOUR_SCORECARD');
      // The round's result follows the amendment: one "yes", rating 3 on the 4-point scale.
      const result = await api().get(`/interviews/${interview.id}`).expect(200);
      expect(result.body.result).toMatchObject({ meanRating: 3, decision: 'pass', score: 66.67 });
    });

    it('refuses bad scorecards with the reason, and stores nothing', async () => {
      const vacancy = await openVacancy();
      const { applicationId } = await applicationInRound(vacancy);
      const interview = await schedule(applicationId, vacancy.rounds[0].id, [panel[0], recruitingInterviewer]);
      const url = `/interviews/${interview.id}/scorecards`;

      const offScale = await api(panel[0])
        .post(url, card({ customer_focus: 5, persuasiveness: 3 }, 'yes'))
        .expect(400);
      expect(offScale.body.errors).toEqual([
        {
          field: 'ratings[0].rating',
          messages: ["5 is off the round's scale of 1 to 4; use null for not assessed"],
        },
      ]);
      const zero = await api(panel[0])
        .post(url, card({ customer_focus: 0, persuasiveness: 3 }, 'yes'))
        .expect(400);
      expect(zero.body.errors[0].field).toBe('ratings[0].rating');
      const unrated = await api(panel[0])
        .post(url, card({ coaching: 3, persuasiveness: 3 }, 'yes'))
        .expect(400);
      expect(unrated.body.errors[0]).toMatchObject({ field: 'ratings[0].competency' });
      expect(unrated.body.errors[0].messages[0]).toContain('coaching is not rated in round "Eerste gesprek"');
      const incomplete = await api(panel[0])
        .post(url, card({ customer_focus: 3 }, 'yes'))
        .expect(400);
      expect(incomplete.body.errors[0].messages[0]).toContain('missing: persuasiveness');
      const noRecommendation = await api(panel[0])
        .post(url, { ratings: card({ customer_focus: 3, persuasiveness: 3 }, 'yes').ratings, submit: true })
        .expect(400);
      expect(noRecommendation.body.errors[0].field).toBe('recommendation');
      await api(panel[0]).get(`${url}/mine`).expect(404);

      await api(panel[0])
        .post(url, card({ customer_focus: 3, persuasiveness: 3 }, 'yes'))
        .expect(201);
      const second = await api(panel[0])
        .post(url, card({ customer_focus: 1, persuasiveness: 1 }, 'no'))
        .expect(409);
      expect(second.body.code).toBe('SCORECARD_EXISTS');
      const notOnPanel = await api(outsider)
        .post(url, card({ customer_focus: 3, persuasiveness: 3 }, 'yes'))
        .expect(404);
      expect(notOnPanel.body.code).toBe('INTERVIEW_NOT_FOUND');
      const recruiterOff = await makeUser(t, { roles: [Role.Recruiter, Role.Interviewer] });
      const offPanel = await api(recruiterOff)
        .post(url, card({ customer_focus: 3, persuasiveness: 3 }, 'yes'))
        .expect(403);
      expect(offPanel.body.code).toBe('NOT_ON_PANEL');

      await api().post(`/interviews/${interview.id}/cancel`, { reason: 'Verzet' }).expect(200);
      const cancelled = await api(recruitingInterviewer)
        .post(url, card({ customer_focus: 3, persuasiveness: 3 }, 'yes'))
        .expect(409);
      expect(cancelled.body.code).toBe('INTERVIEW_CANCELLED');
      const stored = await api().get(url).expect(200);
      expect(stored.body).toHaveLength(1);
      expect(stored.body[0].ratings.map((r: { rating: number }) => r.rating)).toEqual([3, 3]);
    });
  });

  describe('decisions by the pass rules', () => {
    const rules: {
      rule: object;
      cards: [Record<string, number | null>, Recommendation][];
      decision: 'pass' | 'fail';
    }[] = [
      {
        rule: { passRule: 'average', passThreshold: 3 },
        cards: [
          [{ customer_focus: 3 }, 'no'],
          [{ customer_focus: 3 }, 'no'],
          [{ customer_focus: 3 }, 'no'],
        ],
        decision: 'pass',
      },
      {
        rule: { passRule: 'average', passThreshold: 3 },
        cards: [
          [{ customer_focus: 3 }, 'yes'],
          [{ customer_focus: 3 }, 'yes'],
          [{ customer_focus: 2 }, 'yes'],
        ],
        decision: 'fail',
      },
      {
        rule: { passRule: 'majority_yes' },
        cards: [
          [{ customer_focus: 1 }, 'yes'],
          [{ customer_focus: 1 }, 'strong_yes'],
          [{ customer_focus: 4 }, 'no'],
        ],
        decision: 'pass',
      },
      {
        rule: { passRule: 'majority_yes' },
        cards: [
          [{ customer_focus: 4 }, 'yes'],
          [{ customer_focus: 4 }, 'no'],
          [{ customer_focus: 4 }, 'strong_no'],
        ],
        decision: 'fail',
      },
      {
        rule: { passRule: 'unanimous' },
        cards: [
          [{ customer_focus: 2 }, 'yes'],
          [{ customer_focus: 2 }, 'yes'],
          [{ customer_focus: 2 }, 'strong_yes'],
        ],
        decision: 'pass',
      },
      {
        rule: { passRule: 'unanimous' },
        cards: [
          [{ customer_focus: 4 }, 'yes'],
          [{ customer_focus: 4 }, 'strong_yes'],
          [{ customer_focus: 4 }, 'no'],
        ],
        decision: 'fail',
      },
      {
        rule: { passRule: 'no_veto' },
        cards: [
          [{ customer_focus: 2 }, 'no'],
          [{ customer_focus: 2 }, 'no'],
          [{ customer_focus: 2 }, 'yes'],
        ],
        decision: 'pass',
      },
      {
        rule: { passRule: 'no_veto' },
        cards: [
          [{ customer_focus: 4 }, 'strong_yes'],
          [{ customer_focus: 4 }, 'strong_yes'],
          [{ customer_focus: 4 }, 'strong_no'],
        ],
        decision: 'fail',
      },
    ];

    it.each(rules.map((entry) => [JSON.stringify(entry.rule), entry.decision, entry] as const))(
      '%s decides %s once the whole panel has submitted, and moves the application by itself',
      async (_rule, decision, entry) => {
        const round = { name: 'Gesprek', kind: 'interview', competencies: ['customer_focus'], scorecard: entry.rule };
        const vacancy = await openVacancy([round], { autoAdvance: true });
        const { applicationId } = await applicationInRound(vacancy);
        const interview = await schedule(applicationId, vacancy.rounds[0].id);
        for (const [index, [ratings, recommendation]] of entry.cards.entries()) {
          await api(panel[index])
            .post(`/interviews/${interview.id}/scorecards`, card(ratings, recommendation))
            .expect(201);
          const now = (await api().get(`/interviews/${interview.id}`).expect(200)).body;
          if (index < 2) {
            expect(now.result.decision).toBeNull();
            expect(now.result.reason).toBe(`${index + 1} of 3 scorecards submitted; the decision waits for all`);
          }
        }
        const decided = (await api().get(`/interviews/${interview.id}`).expect(200)).body;
        expect(decided.result.decision).toBe(decision);
        expect(decided.result.rule.kind).toBe((entry.rule as { passRule: string }).passRule);
        expect(decided.decidedAt).not.toBeNull();
        expect(decided.decisionAppliedAt).not.toBeNull();
        const application = (await api().get(`/applications/${applicationId}`).expect(200)).body;
        expect(application.stage).toBe(decision === 'pass' ? 'offer' : 'rejected');
        expect(application.stageReason).toContain(`Round "Gesprek" ${decision === 'pass' ? 'passed' : 'not passed'}`);
        const events = (await api().get(`/applications/${applicationId}/events`).expect(200)).body;
        expect(events[events.length - 1].actorId).toBeNull();
      },
    );

    it('leaves the move to a recruiter when the vacancy does not allow it, and moves once', async () => {
      const vacancy = await openVacancy([
        firstRound,
        { name: 'Eindgesprek', kind: 'final_interview', competencies: ['entrepreneurship'] },
      ]);
      const { applicationId } = await applicationInRound(vacancy);
      const interview = await schedule(applicationId, vacancy.rounds[0].id, [panel[0]]);
      const pending = await api().post(`/interviews/${interview.id}/decision`).expect(409);
      expect(pending.body.code).toBe('DECISION_PENDING');
      await api(panel[0])
        .post(`/interviews/${interview.id}/scorecards`, card({ customer_focus: 4, persuasiveness: 3 }, 'strong_yes'))
        .expect(201);
      expect((await api().get(`/applications/${applicationId}`).expect(200)).body.stage).toBe('interview');
      const confirmed = await api().post(`/interviews/${interview.id}/decision`).expect(200);
      expect(confirmed.body.decisionAppliedAt).not.toBeNull();
      const application = (await api().get(`/applications/${applicationId}`).expect(200)).body;
      expect(application).toMatchObject({ stage: 'interview', roundId: vacancy.rounds[1].id });
      const again = await api().post(`/interviews/${interview.id}/decision`).expect(409);
      expect(again.body.code).toBe('DECISION_APPLIED');
    });
  });

  describe('agreement, calibration and the combined shortlist', () => {
    it('flags a round whose panels disagree, and an interview whose ratings are more than two points apart', async () => {
      const vacancy = await openVacancy();
      const ratings: [number, number, number][] = [
        [1, 4, 2],
        [4, 1, 3],
        [2, 4, 1],
      ];
      const interviews: string[] = [];
      for (const row of ratings) {
        const { applicationId } = await applicationInRound(vacancy);
        const interview = await schedule(applicationId, vacancy.rounds[0].id);
        interviews.push(interview.id);
        for (const [index, rating] of row.entries()) {
          await api(panel[index])
            .post(
              `/interviews/${interview.id}/scorecards`,
              card({ customer_focus: rating, persuasiveness: rating }, 'yes'),
            )
            .expect(201);
        }
      }
      const { body } = await api().get(`/vacancies/${vacancy.id}/interview-agreement`).expect(200);
      expect(body).toHaveLength(1);
      expect(body[0]).toMatchObject({ interviews: 3, scorecards: 9, ratings: 18, flagged: true });
      expect(body[0].alpha.alpha).toBeLessThan(0.667);
      // The same three interviewers rated every competency of every interview: a complete design.
      expect(body[0].icc).toMatchObject({ subjects: 6, raters: 3 });
      expect(body[0].iccNote).toBeNull();
      expect(body[0].flaggedInterviews.map((f: { interviewId: string }) => f.interviewId).sort()).toEqual(
        [...interviews].sort(),
      );
      expect(body[0].flaggedInterviews[0].competencies[0]).toMatchObject({ spread: 3 });
      await api(panel[0]).get(`/vacancies/${vacancy.id}/interview-agreement`).expect(403);
    });

    it('does not flag panels that agree, and says why there is no ICC when panels differ', async () => {
      const vacancy = await openVacancy();
      const panels = [panel.slice(0, 3), panel.slice(1, 4), [panel[0], panel[2], panel[3]]];
      const levels = [1, 4, 2];
      for (const [index, members] of panels.entries()) {
        const { applicationId } = await applicationInRound(vacancy);
        const interview = await schedule(applicationId, vacancy.rounds[0].id, members);
        for (const [seat, member] of members.entries()) {
          const rating = Math.min(4, levels[index] + (seat === 2 && levels[index] < 4 ? 1 : 0));
          await api(member)
            .post(
              `/interviews/${interview.id}/scorecards`,
              card({ customer_focus: rating, persuasiveness: levels[index] }, 'yes'),
            )
            .expect(201);
        }
      }
      const { body } = await api().get(`/vacancies/${vacancy.id}/interview-agreement`).expect(200);
      expect(body[0].flagged).toBe(false);
      expect(body[0].alpha.alpha).toBeGreaterThan(0.8);
      expect(body[0].flaggedInterviews).toEqual([]);
      expect(body[0].icc).toBeNull();
      expect(body[0].iccNote).toContain('Panels differ');
    });

    it('ranks by screening and interviews together, counts a round not held as missing, and calibrates leniency', async () => {
      const vacancy = await openVacancy(
        [firstRound, { name: 'Eindgesprek', kind: 'final_interview', competencies: ['entrepreneurship'] }],
        { interviewWeight: 100, screeningWeight: 100 },
      );
      const [lenient, fair, strict] = panel;
      const interviewed: { applicationId: string; interviewId: string; base: number }[] = [];
      for (let i = 0; i < 4; i++) {
        const { applicationId } = await applicationInRound(vacancy);
        const interview = await schedule(applicationId, vacancy.rounds[0].id, [lenient, fair, strict]);
        const base = 1 + (i % 3);
        await api(lenient)
          .post(
            `/interviews/${interview.id}/scorecards`,
            card({ customer_focus: base + 1, persuasiveness: base + 1 }, 'yes'),
          )
          .expect(201);
        await api(fair)
          .post(`/interviews/${interview.id}/scorecards`, card({ customer_focus: base, persuasiveness: base }, 'yes'))
          .expect(201);
        await api(strict)
          .post(`/interviews/${interview.id}/scorecards`, card({ customer_focus: base, persuasiveness: base }, 'no'))
          .expect(201);
        interviewed.push({ applicationId, interviewId: interview.id, base });
      }
      // The lenient interviewer alone: nobody's ratings balance theirs.
      const alone = await applicationInRound(vacancy);
      const aloneInterview = await schedule(alone.applicationId, vacancy.rounds[0].id, [lenient]);
      await api(lenient)
        .post(`/interviews/${aloneInterview.id}/scorecards`, card({ customer_focus: 3, persuasiveness: 3 }, 'yes'))
        .expect(201);
      const notYet = await applicationInRound(vacancy);
      await settle();

      const shortlist = (await api(manager).get(`/vacancies/${vacancy.id}/shortlist`).expect(200)).body.items;
      const line = (id: string) => shortlist.find((item: { applicationId: string }) => item.applicationId === id);
      const held = line(interviewed[1].applicationId);
      const interview = (await api().get(`/interviews/${interviewed[1].interviewId}`).expect(200)).body;
      expect(held.interviewScore).toBe(interview.result.score);
      expect(held.evidence).toMatchObject({ roundsScored: 1, roundsPlanned: 2 });
      expect(held.shortlistScore).toBeCloseTo((held.score + held.interviewScore) / 2, 1);
      const missing = line(notYet.applicationId);
      expect(missing.interviewScore).toBeNull();
      expect(missing.evidence.roundsScored).toBe(0);
      expect(missing.shortlistScore).toBe(missing.score);

      const calibration = (await api().get(`/vacancies/${vacancy.id}/interviewer-calibration`).expect(200)).body;
      const of = (user: MadeUser) =>
        calibration.find((row: { interviewerId: string }) => row.interviewerId === user.user.id);
      expect(of(lenient).leniency).toBeGreaterThan(20);
      expect(of(fair).leniency).toBeLessThan(0);
      // Compared on four interviews (the one alone has no co-panelist), shrunk against a prior of five.
      expect(of(lenient)).toMatchObject({ interviews: 4 });
      expect(of(lenient).correction).toBeCloseTo((of(lenient).leniency * 4) / 9, 1);
      // With the whole panel, the corrections cancel out; alone, the lenient one's ratings come down.
      expect(interview.result.calibratedScore).toBeCloseTo(interview.result.score, 0);
      const lone = (await api().get(`/interviews/${aloneInterview.id}`).expect(200)).body.result;
      expect(lone.score).toBe(66.67);
      expect(lone.calibratedScore).toBeCloseTo(66.67 - of(lenient).correction, 1);
      // The vacancy's hiring manager reads it as the recruiter does; an interviewer does not.
      expect((await api(manager).get(`/vacancies/${vacancy.id}/interviewer-calibration`).expect(200)).body).toEqual(
        calibration,
      );
      await api(lenient).get(`/vacancies/${vacancy.id}/interviewer-calibration`).expect(403);

      // Calibrated scores feed the shortlist once the vacancy asks for them.
      await api().patch(`/vacancies/${vacancy.id}`, { calibrateInterviews: true }).expect(200);
      await settle();
      const calibrated = (await api(manager).get(`/vacancies/${vacancy.id}/shortlist`).expect(200)).body.items;
      const after = calibrated.find(
        (item: { applicationId: string }) => item.applicationId === interviewed[1].applicationId,
      );
      expect(after.interviewScore).toBe(interview.result.calibratedScore);
    });
  });
});

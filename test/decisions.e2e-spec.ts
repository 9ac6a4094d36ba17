import { Role } from '../src/common/auth/role';
import { as, makeProfile, makeSalesCandidate, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/** POST /applications/:id/decisions: a hiring manager's advance, hold or reject, and the screening advice. */
describe('decisions', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let otherManager: MadeUser;
  let interviewer: MadeUser;
  let vacancyId: string;
  const ids: Record<'top' | 'mid' | 'low', string> = { top: '', mid: '', low: '' };

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    otherManager = await makeUser(t, { roles: [Role.HiringManager] });
    interviewer = await makeUser(t, { roles: [Role.Interviewer] });
    const profileId = (await makeProfile(t, recruiter.token)).id;
    vacancyId = (
      await makeVacancy(
        t,
        recruiter.token,
        { roleProfileId: profileId, hiringManagerIds: [manager.user.id] },
        { open: true },
      )
    ).id;
    const people = {
      top: await makeSalesCandidate(t, recruiter.token, 'wo', ['2015-01-01', '2022-01-01']),
      mid: await makeSalesCandidate(t, recruiter.token, 'hbo', ['2020-01-01', '2022-01-01']),
      // Below hbo: the education knock-out fails.
      low: await makeSalesCandidate(t, recruiter.token, 'mbo 3', ['2015-01-01', '2022-01-01']),
    };
    for (const key of ['top', 'mid', 'low'] as const) {
      const { body } = await as(t, recruiter.token)
        .post(`/vacancies/${vacancyId}/applications`, { candidateId: people[key].id })
        .expect(201);
      ids[key] = body.id;
    }
  });
  afterAll(() => t.close());

  const decide = (id: string, body: object, user = manager) =>
    as(t, user.token).post(`/applications/${id}/decisions`, body);
  const lastEvent = async (id: string) => {
    const { body } = await as(t, manager.token).get(`/applications/${id}/events`).expect(200);
    return body[body.length - 1];
  };

  it('advances along the plan without a reason when it follows the advice', async () => {
    const { body } = await decide(ids.top, { decision: 'advance', revision: 1 }).expect(200);
    expect(body).toMatchObject({ stage: 'screening', revision: 2 });
    expect(await lastEvent(ids.top)).toMatchObject({
      fromStage: 'applied',
      toStage: 'screening',
      decision: 'advance',
      reason: null,
      actorId: manager.user.id,
    });
  });

  it('refuses to advance a knocked-out application without a reason, naming the knock-out', async () => {
    const refused = await decide(ids.low, { decision: 'advance' }).expect(422);
    expect(refused.body.code).toBe('DECISION_NEEDS_REASON');
    expect(refused.body.detail ?? refused.body.message).toMatch(/failed (opleiding|education)/);
    expect(refused.body.errors).toEqual([
      { field: 'reason', messages: [expect.stringMatching(/^a reason is required/)] },
    ]);
    await decide(ids.low, { decision: 'advance', reason: '   ' }).expect(422);
    const { body } = await decide(ids.low, { decision: 'advance', reason: 'Ervaring weegt zwaarder' }).expect(200);
    expect(body).toMatchObject({ stage: 'screening', revision: 2 });
    expect(await lastEvent(ids.low)).toMatchObject({ decision: 'advance', reason: 'Ervaring weegt zwaarder' });
  });

  it('asks a reason to hold or reject one ranked above an application further along', async () => {
    // mid ranks above low, and low is now at screening while mid is still applied.
    const hold = await decide(ids.mid, { decision: 'hold' }).expect(422);
    expect(hold.body.code).toBe('DECISION_NEEDS_REASON');
    expect(hold.body.detail ?? hold.body.message).toMatch(/ranked lower is already at screening/);
    const reject = await decide(ids.mid, { decision: 'reject' }).expect(422);
    expect(reject.body.code).toBe('DECISION_NEEDS_REASON');

    const { body } = await decide(ids.mid, { decision: 'hold', reason: 'Wacht op referenties', revision: 1 }).expect(
      200,
    );
    // A hold keeps the stage and is recorded as a decision with its reason.
    expect(body).toMatchObject({ stage: 'applied', revision: 2, stageReason: 'Wacht op referenties' });
    expect(await lastEvent(ids.mid)).toMatchObject({
      fromStage: 'applied',
      toStage: 'applied',
      decision: 'hold',
      reason: 'Wacht op referenties',
    });
  });

  it('rejects with the pipeline’s own rule when the advice agrees: a reason, named as a field', async () => {
    // Nobody ranked below top is further along than screening.
    const bare = await decide(ids.top, { decision: 'reject' }).expect(400);
    expect(bare.body.errors).toEqual([{ field: 'reason', messages: ['this move needs a reason'] }]);
    const { body } = await decide(ids.top, { decision: 'reject', reason: 'Koos elders' }).expect(200);
    expect(body).toMatchObject({ stage: 'rejected', stageReason: 'Koos elders' });
    const final = await decide(ids.top, { decision: 'hold', reason: 'Toch niet' }).expect(409);
    expect(final.body.code).toBe('APPLICATION_STAGE_CONFLICT');
  });

  it('refuses a stale revision with 409 and changes nothing', async () => {
    const stale = await decide(ids.low, { decision: 'advance', reason: 'Nog een keer', revision: 1 }).expect(409);
    expect(stale.body.code).toBe('APPLICATION_CHANGED');
    expect(await lastEvent(ids.low)).toMatchObject({ toStage: 'screening', reason: 'Ervaring weegt zwaarder' });
  });

  it('names bad input, and hides the application from those who may not decide', async () => {
    const bad = await decide(ids.mid, { decision: 'promote', revision: 'x' }).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['decision', 'revision']);
    await decide(ids.mid, { decision: 'hold', reason: 'x' }, otherManager).expect(404);
    await decide(ids.mid, { decision: 'hold', reason: 'x' }, interviewer).expect(403);
    // Recruiters decide too; mid is not knocked out, so advancing it needs no reason.
    await decide(ids.mid, { decision: 'advance' }, recruiter).expect(200);
  });
});

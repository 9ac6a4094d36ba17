import { Rescorer } from '../src/applications/rescorer.service';
import { Role } from '../src/common/auth/role';
import {
  as,
  makeCandidate,
  makeProfile,
  makeSalesCandidate,
  makeUser,
  makeVacancy,
  MadeUser,
} from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('applications', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let otherRecruiter: MadeUser;
  let manager: MadeUser;
  let profileId: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    otherRecruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    // The whole Accountmanager family, so applications get a fit level.
    for (const level of ['a', 'c']) await makeProfile(t, recruiter.token, `accountmanager-${level}`);
    profileId = (await makeProfile(t, recruiter.token, 'accountmanager-b')).id;
  });
  afterAll(() => t.close());

  const api = (user: MadeUser = recruiter) => as(t, user.token);
  const openVacancy = (fields: Record<string, unknown> = {}) =>
    makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id], ...fields },
      { open: true },
    );

  const candidate = (level: string, sales: [string, string], name?: string) =>
    makeSalesCandidate(t, recruiter.token, level, sales, name);
  const apply = (vacancyId: string, candidateId: string, user = recruiter) =>
    api(user).post(`/vacancies/${vacancyId}/applications`, { candidateId });

  it('screens an application on arrival and stores the result with the version it used', async () => {
    const vacancy = await openVacancy();
    const person = await candidate('hbo', ['2015-01-01', '2022-01-01']);
    const { body } = await apply(vacancy.id, person.id).expect(201);
    expect(body).toMatchObject({
      vacancyId: vacancy.id,
      candidateId: person.id,
      stage: 'applied',
      revision: 1,
      eligible: true,
      needsReview: false,
      standing: 'ranked',
      profileVersion: 1,
      fitLevel: 'B',
      // hbo 14 of 20, 7 years in sales 25 of 25; client base, competencies and courses unknown.
      screeningScore: 39,
      shortlistScore: 39,
      completeness: 0.45,
    });
    const sum = body.breakdown.reduce(
      (total: number, line: { earned: number }) => total + Math.round(line.earned * 100),
      0,
    );
    expect(sum).toBe(Math.round(body.screeningScore * 100));
    const profile = await api().get(`/role-profiles/${profileId}`).expect(200);
    // Frozen the first time it scored anyone: now.
    expect(Date.now() - Date.parse(profile.body.versions[0].usedAt)).toBeLessThan(60_000);

    const again = await apply(vacancy.id, person.id).expect(409);
    expect(again.body.code).toBe('APPLICATION_EXISTS');
  });

  it('flags a failed knock-out for review by default, and rejects it when the vacancy says so', async () => {
    const low = await candidate('mbo 3', ['2020-01-01', '2023-01-01']);
    const flagging = await openVacancy();
    const flagged = await apply(flagging.id, low.id).expect(201);
    expect(flagged.body).toMatchObject({
      stage: 'applied',
      eligible: false,
      needsReview: true,
      standing: 'knocked_out',
      screeningScore: 18.77,
    });
    expect(flagged.body.failedKnockouts.map((note: { criterion: string }) => note.criterion)).toEqual(['education']);

    const rejecting = await openVacancy({ knockoutPolicy: 'reject' });
    const rejected = await apply(rejecting.id, low.id).expect(201);
    expect(rejected.body).toMatchObject({ stage: 'rejected', eligible: false });
    expect(rejected.body.stageReason).toMatch(/^Knock-out: mbo 3; minimum hbo \/ wo-bachelor/);
    const events = await api().get(`/applications/${rejected.body.id}/events`).expect(200);
    expect(
      events.body.map((e: { fromStage: string; toStage: string; actorId: string }) => [
        e.fromStage,
        e.toStage,
        e.actorId,
      ]),
    ).toEqual([
      [null, 'applied', recruiter.user.id],
      ['applied', 'rejected', null],
    ]);
  });

  it('takes applications only while the vacancy is open, naming its state', async () => {
    const draft = await makeVacancy(t, recruiter.token, {
      roleProfileId: profileId,
      hiringManagerIds: [manager.user.id],
    });
    const person = await candidate('hbo', ['2019-01-01', '2022-01-01']);
    const refused = await apply(draft.id, person.id).expect(409);
    expect(refused.body).toMatchObject({
      code: 'VACANCY_NOT_OPEN',
      detail: 'The vacancy is draft; only an open vacancy takes applications',
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await apply(unknown, person.id).expect(404)).body.code).toBe('VACANCY_NOT_FOUND');
    expect((await apply(draft.id, unknown).expect(409)).body.code).toBe('VACANCY_NOT_OPEN');
    const open = await openVacancy();
    expect((await apply(open.id, unknown).expect(404)).body.code).toBe('CANDIDATE_NOT_FOUND');
    await apply(open.id, person.id, manager).expect(403);
  });

  it('moves through the plan in order, and anything else only by override with a reason', async () => {
    const vacancy = await openVacancy();
    const [first] = vacancy.rounds;
    const { body: created } = await apply(vacancy.id, (await candidate('wo', ['2012-01-01', '2020-01-01'])).id).expect(
      201,
    );
    const move = (body: object) => api().post(`/applications/${created.id}/moves`, body);

    const skip = await move({ stage: 'offer' }).expect(409);
    expect(skip.body.code).toBe('APPLICATION_STAGE_CONFLICT');
    expect(skip.body.detail).toBe(
      'The application cannot move from applied to offer: that is not the next stage; a recruiter must override, ' +
        'with a reason. Allowed moves: screening, rejected, withdrawn',
    );
    expect((await move({ stage: 'offer', override: true }).expect(400)).body.errors[0].field).toBe('reason');
    await move({ stage: 'screening' }).expect(200);
    await move({ stage: 'interview', roundId: first.id }).expect(200);
    expect(
      (await move({ stage: 'interview', roundId: '00000000-0000-4000-8000-000000000000' }).expect(400)).body.errors[0]
        .field,
    ).toBe('roundId');
    await move({ stage: 'offer', override: true, reason: 'Second round not needed: internal referral' }).expect(200);
    const hired = await move({ stage: 'hired' }).expect(200);
    expect(hired.body).toMatchObject({ stage: 'hired', revision: 5 });
    const final = await move({ stage: 'withdrawn', reason: 'x', override: true }).expect(409);
    expect(final.body.detail).toMatch(/it has reached a final stage\. Allowed moves: none$/);

    const events = await api(manager).get(`/applications/${created.id}/events`).expect(200);
    expect(
      events.body.map((e: { toStage: string; toRoundId: string | null; override: boolean }) => [
        e.toStage,
        e.toRoundId,
        e.override,
      ]),
    ).toEqual([
      ['applied', null, false],
      ['screening', null, false],
      ['interview', first.id, false],
      ['offer', null, true],
      ['hired', null, false],
    ]);
  });

  it('lets one of two simultaneous moves win and tells the other the application changed', async () => {
    const vacancy = await openVacancy();
    const { body: created } = await apply(vacancy.id, (await candidate('hbo', ['2018-01-01', '2022-01-01'])).id).expect(
      201,
    );
    const answers = await Promise.all([
      api(recruiter).post(`/applications/${created.id}/moves`, { stage: 'screening', revision: 1 }),
      api(otherRecruiter).post(`/applications/${created.id}/moves`, { stage: 'rejected', reason: 'No', revision: 1 }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const loser = answers.find((answer) => answer.status === 409)!;
    expect(loser.body.code).toBe('APPLICATION_CHANGED');
    const events = await api().get(`/applications/${created.id}/events`).expect(200);
    expect(events.body).toHaveLength(2);
  });
});

describe('screening again', () => {
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
  const settle = () => t.app.get(Rescorer).idle();

  async function applied(vacancyId: string) {
    const person = await makeCandidate(t, recruiter.token);
    await api()
      .post(`/candidates/${person.id}/facts`, { kind: 'education', source: 'cv', data: { level: 'hbo' } })
      .expect(201);
    const { body } = await api().post(`/vacancies/${vacancyId}/applications`, { candidateId: person.id }).expect(201);
    return { person, application: body };
  }

  it("screens a candidate's applications again when their facts change", async () => {
    const profile = await makeProfile(t, recruiter.token);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const { person, application } = await applied(vacancy.id);
    const sales = application.breakdown.find((line: { criterion: string }) => line.criterion === 'salesExperience');
    expect(sales.status).toBe('unknown');

    const fact = await api()
      .post(`/candidates/${person.id}/facts`, {
        kind: 'work',
        source: 'recruiter',
        data: { title: 'Accountmanager', start: '2015-01-01', end: null, salesRole: true },
      })
      .expect(201);
    await settle();
    const after = await api().get(`/applications/${application.id}`).expect(200);
    // hbo 14 of 20 before; with sales since 2015, well past the 4-year target, another 25.
    expect([application.screeningScore, after.body.screeningScore]).toEqual([14, 39]);
    expect(Date.parse(after.body.screenedAt)).toBeGreaterThanOrEqual(Date.parse(application.screenedAt));
    expect(
      after.body.breakdown.find((line: { criterion: string }) => line.criterion === 'salesExperience'),
    ).toMatchObject({
      status: 'met',
      unconfirmed: true,
      factIds: [fact.body.id],
    });

    await api().post(`/candidates/${person.id}/facts/${fact.body.id}/confirm`).expect(200);
    await settle();
    const confirmed = await api().get(`/applications/${application.id}`).expect(200);
    expect(
      confirmed.body.breakdown.find((line: { criterion: string }) => line.criterion === 'salesExperience').unconfirmed,
    ).toBe(false);
  });

  it("screens a vacancy's open applications again with its new profile version, leaving decided ones as they were", async () => {
    const profile = await makeProfile(t, recruiter.token);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const open = await applied(vacancy.id);
    const decided = await applied(vacancy.id);
    await api()
      .post(`/applications/${decided.application.id}/moves`, { stage: 'withdrawn', reason: 'Took another job' })
      .expect(200);

    const { body: current } = await api().get(`/role-profiles/${profile.id}`).expect(200);
    const stricter = {
      ...current.criteria,
      education: { ...current.criteria.education, knockout: true, minimumLevel: 'wo', preferredLevel: 'wo' },
    };
    await api().post(`/role-profiles/${profile.id}/versions`, { criteria: stricter }).expect(201);
    await api().patch(`/vacancies/${vacancy.id}`, { roleProfileVersion: 2 }).expect(200);
    await settle();

    const rescored = await api().get(`/applications/${open.application.id}`).expect(200);
    expect(rescored.body).toMatchObject({ profileVersion: 2, eligible: false, needsReview: true });
    const kept = await api().get(`/applications/${decided.application.id}`).expect(200);
    expect(kept.body).toMatchObject({ profileVersion: 1, eligible: true, stage: 'withdrawn' });
    const shortlist = await api().get(`/vacancies/${vacancy.id}/shortlist`).expect(200);
    expect(shortlist.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual([
      decided.application.id,
      open.application.id,
    ]);
  });
});

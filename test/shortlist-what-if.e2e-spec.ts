import { Rescorer } from '../src/applications/rescorer.service';
import { Role } from '../src/common/auth/role';
import { as, makeProfile, makeSalesCandidate, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';
import { accountManagerB } from './support/vacancy-forms';

jest.setTimeout(60_000);

/** The API beside the vacancy editor: the ranking under draft criteria, screening's progress, and stale edits. */
describe('tuning a vacancy’s criteria over the API', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let vacancyId: string;
  let profileId: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    profileId = (await makeProfile(t, recruiter.token)).id;
    vacancyId = (
      await makeVacancy(
        t,
        recruiter.token,
        { roleProfileId: profileId, hiringManagerIds: [manager.user.id], recruiterIds: [recruiter.user.id] },
        { open: true },
      )
    ).id;
    const api = as(t, recruiter.token);
    for (const [level, sales, name] of [
      ['hbo', ['2018-01-01', '2022-01-01'], 'Vier Jaar'],
      ['wo', ['2021-01-01', '2022-01-01'], 'Een Jaar'],
      ['mbo', ['2015-01-01', '2022-01-01'], 'Zeven Jaar Mbo'],
    ] as const) {
      const candidate = await makeSalesCandidate(t, recruiter.token, level, [...sales], name);
      await api.post(`/vacancies/${vacancyId}/applications`, { candidateId: candidate.id }).expect(201);
    }
    // Someone else's vacancy, where the recruiter is not named.
    const someoneElse = await makeUser(t, { roles: [Role.Recruiter] });
    await makeVacancy(t, someoneElse.token, {
      roleProfileId: (await makeProfile(t, recruiter.token)).id,
      hiringManagerIds: [manager.user.id],
    });
  });
  afterAll(() => t.close());

  it('ranks the top again under draft criteria, storing nothing', async () => {
    const api = as(t, recruiter.token);
    const criteria = {
      ...accountManagerB,
      education: { ...accountManagerB.education, knockout: false, weight: 0 },
      salesExperience: { ...accountManagerB.salesExperience, weight: 90 },
    };
    const { body } = await api.post(`/vacancies/${vacancyId}/shortlist/what-if`, { criteria }).expect(200);
    expect(body.profileVersion).toBe(1);
    const rows = body.items.map((item: { name: string; before: { standing: string }; after: { standing: string } }) => [
      item.name,
      item.before.standing,
      item.after.standing,
    ]);
    // Without the education knock-out, seven years on mbo is ranked, level with four years (the earlier applicant first).
    expect(rows).toEqual([
      ['Vier Jaar', 'ranked', 'ranked'],
      ['Zeven Jaar Mbo', 'knocked_out', 'ranked'],
      ['Een Jaar', 'ranked', 'ranked'],
    ]);
    expect(body.items[1]).toMatchObject({ before: { position: 3 }, after: { position: 2 }, moved: 1 });
    expect(body.items[1].after.score).toBe(body.items[0].after.score);
    expect((await api.get(`/role-profiles/${profileId}`).expect(200)).body.version).toBe(1);
    const limited = await api.post(`/vacancies/${vacancyId}/shortlist/what-if`, { criteria, limit: 1 }).expect(200);
    expect(limited.body.items).toHaveLength(1);
  });

  it('refuses criteria that cannot score, naming the field, and is not for hiring managers', async () => {
    const api = as(t, recruiter.token);
    const { body } = await api
      .post(`/vacancies/${vacancyId}/shortlist/what-if`, { criteria: { courses: { weight: 0, topics: [] } } })
      .expect(400);
    expect(body.errors[0].field).toBe('criteria');
    await as(t, manager.token)
      .post(`/vacancies/${vacancyId}/shortlist/what-if`, { criteria: accountManagerB })
      .expect(403);
    await api
      .post(`/vacancies/00000000-0000-4000-8000-000000000000/shortlist/what-if`, {
        criteria: accountManagerB,
      })
      .expect(404);
  });

  it('tells how far screening again has come after a new version is pinned', async () => {
    const api = as(t, recruiter.token);
    const before = (await api.get(`/vacancies/${vacancyId}/screening-progress`).expect(200)).body;
    expect(before).toMatchObject({ profileVersion: 1, open: 3, screened: 3, state: 'done' });
    await api.post(`/role-profiles/${profileId}/versions`, { criteria: accountManagerB, basedOn: 1 }).expect(201);
    await api.patch(`/vacancies/${vacancyId}`, { roleProfileVersion: 2 }).expect(200);
    const running = (await api.get(`/vacancies/${vacancyId}/screening-progress`).expect(200)).body;
    expect(running.profileVersion).toBe(2);
    expect(['running', 'done']).toContain(running.state);
    await t.app.get(Rescorer).idle();
    const done = (await api.get(`/vacancies/${vacancyId}/screening-progress`).expect(200)).body;
    expect(done).toMatchObject({ profileVersion: 2, open: 3, screened: 3, state: 'done' });
  });

  it('refuses a new version begun on an older one with 409 ROLE_PROFILE_CHANGED', async () => {
    const api = as(t, recruiter.token);
    const { body } = await api
      .post(`/role-profiles/${profileId}/versions`, { criteria: accountManagerB, basedOn: 1 })
      .expect(409);
    expect(body.code).toBe('ROLE_PROFILE_CHANGED');
    expect((await api.get(`/role-profiles/${profileId}`).expect(200)).body.version).toBe(2);
  });

  it('lists only the vacancies the caller is a recruiter of with mine=true', async () => {
    const api = as(t, recruiter.token);
    const all = (await api.get('/vacancies').expect(200)).body;
    const mine = (await api.get('/vacancies?mine=true').expect(200)).body;
    expect(all.total).toBe(2);
    expect(mine.items.map((item: { id: string }) => item.id)).toEqual([vacancyId]);
    await api.get('/vacancies?mine=maybe').expect(400);
  });
});

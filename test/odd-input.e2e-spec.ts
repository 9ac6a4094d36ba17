import { Role } from '../src/common/auth/role';
import { as, makeCandidate, makeProfile, makeUser, makeVacancy } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

// Odd values in every field of every write route: each must get a 4xx, never a 500.
describe('odd input', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());
  it('refuses NUL characters, naming the field', async () => {
    const admin = await makeUser(t, { roles: [Role.Recruiter] });
    const response = await as(t, admin.token).post('/candidates', { name: 'A\u0000B', email: 'a@example.com' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'name', messages: ['name must not contain NUL characters'] }]);
    const query = await as(t, admin.token).get('/candidates?search=%00');
    expect(query.status).toBe(400);
    expect(query.body.errors[0].field).toBe('search');
  });

  it('never answers 500', async () => {
    const admin = await makeUser(t, { roles: [Role.Admin, Role.Recruiter] });
    const api = as(t, admin.token);
    const c = await makeCandidate(t, admin.token);
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profile = await makeProfile(t, admin.token);
    const vacancy = await makeVacancy(
      t,
      admin.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const application = (await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId: c.id }).expect(201))
      .body;
    const values: unknown[] = [null, 0, -1, 1e308, 'x', '', [], {}, [null], { a: { b: 1 } }, true, 'ä'.repeat(300)];
    const bodies: object[] = [[], [1], { data: null }, { kind: 'work', source: 'cv', data: [] }];
    for (const v of values) {
      bodies.push({ name: v, email: v, roles: v, language: v, criteria: v, data: v, kind: 'education', source: 'cv' });
      bodies.push({ criteria: { education: v, salesExperience: v, competencies: { weight: 1, items: v } } });
      bodies.push({ kind: 'work', source: 'cv', data: { title: v, start: v, end: v, salesRole: v } });
      bodies.push({ family: v, facts: v, profileId: v, candidateId: v, referenceDate: v, version: v, language: v });
      bodies.push({ family: 'Accountmanager', facts: [{ kind: 'work', data: v }, v], referenceDate: v });
      bodies.push({ criteria: { courses: { weight: 1, topics: v } }, candidateId: c.id, language: v });
      bodies.push({ title: v, description: v, employmentType: v, headcount: v, roleProfileId: v, hiringManagerIds: v });
      bodies.push({ hiringManagerIds: [v], recruiterIds: [v], rounds: [v, { name: v, kind: v, competencies: v }] });
      bodies.push({ status: v, reason: v });
      bodies.push({ candidateId: v, source: v });
      bodies.push({ stage: v, roundId: v, reason: v, override: v, revision: v });
      bodies.push({ stage: 'interview', roundId: v, override: true, reason: 'x', revision: v });
    }
    const urls = [
      '/users',
      '/candidates',
      `/candidates/${c.id}/facts`,
      '/role-profiles',
      '/auth/login',
      '/auth/password',
      '/screening/what-if',
      '/vacancies',
      `/vacancies/${vacancy.id}/applications`,
      `/applications/${application.id}/moves`,
      `/vacancies/${vacancy.id}/status`,
    ];
    const bad: string[] = [];
    for (const url of urls)
      for (const body of bodies) {
        const r = await api.post(url, body);
        if (r.status >= 500) bad.push(`${url} ${JSON.stringify(body)} -> ${r.status}`);
      }
    for (const q of [
      '?limit=abc',
      '?limit=1e9',
      '?offset=-0',
      '?search[]=a',
      '?search=%00',
      '?limit[a]=1',
      '?includeArchived=maybe',
      '?status=gone',
    ]) {
      for (const url of ['/users', '/candidates', '/role-profiles', '/vacancies']) {
        const r = await api.get(url + q);
        if (r.status >= 500) bad.push(`GET ${url}${q} -> ${r.status} ${JSON.stringify(r.body)}`);
      }
    }
    const weirdCursor = Buffer.from(JSON.stringify([1e308, {}, 'x', -1])).toString('base64url');
    for (const q of [
      '?cursor=%00',
      '?limit=0',
      '?eligible=1',
      '?stage=nope',
      `?cursor=${weirdCursor}`,
      '?cursor[]=a',
    ]) {
      for (const url of [`/vacancies/${vacancy.id}/shortlist`, `/vacancies/${vacancy.id}/shortlist.csv`]) {
        const r = await api.get(url + q);
        if (r.status >= 500) bad.push(`GET ${url}${q} -> ${r.status} ${JSON.stringify(r.body)}`);
      }
    }
    for (const url of [`/candidates/${c.id}/facts/x`, '/role-profiles/x/versions/1', '/users/%00', '/vacancies/x']) {
      const r = await api.patch(url, { data: {} });
      if (r.status >= 500) bad.push(`PATCH ${url} -> ${r.status}`);
    }
    expect(bad).toEqual([]);
  }, 60_000);
});

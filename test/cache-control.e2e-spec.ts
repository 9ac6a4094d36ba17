import { Role } from '../src/common/auth/role';
import { as, bearer, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TEST_ADMIN, TestApp } from './support/test-app';

/**
 * Every answer but the documentation's says `Cache-Control: no-store`: walked
 * over every operation of the OpenAPI document, answered or refused.
 */
describe('Cache-Control', () => {
  let t: TestApp;
  let user: MadeUser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    user = await makeUser(t, { roles: [Role.Admin, Role.Recruiter] });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profile = await makeProfile(t, user.token);
    const vacancy = await makeVacancy(
      t,
      user.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const candidate = await makeCandidate(t, user.token);
    const application = await as(t, user.token)
      .post(`/vacancies/${vacancy.id}/applications`, { candidateId: candidate.id })
      .expect(201);
    Object.assign(ids, {
      candidates: candidate.id,
      vacancies: vacancy.id,
      applications: application.body.id,
      users: manager.user.id,
      'role-profiles': profile.id,
    });
  }, 60_000);
  afterAll(() => t.close());

  it('is no-store on the answers of every operation, whatever their status', async () => {
    const spec = (await t.http().get('/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const statuses = new Set<number>();
    let walked = 0;
    // Reads first, on real records so that personal data comes back; then writes, on ids that do not exist.
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      for (const [path, operations] of Object.entries(spec.paths)) {
        if (!(method in operations)) continue;
        const url = path
          .replace('{id}', method === 'get' ? (ids[path.split('/')[1]] ?? ids.candidates) : ids.applications)
          .replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
        const request = t.http()[method](url).set(bearer(user.token));
        const response = method === 'get' ? await request : await request.send({});
        statuses.add(response.status);
        expect({ operation: `${method} ${path}`, cacheControl: response.headers['cache-control'] }).toEqual({
          operation: `${method} ${path}`,
          cacheControl: 'no-store',
        });
        walked += 1;
      }
    }
    expect(walked).toBeGreaterThan(50);
    expect([...statuses]).toEqual(expect.arrayContaining([200, 400, 404]));
  });

  it('is no-store on the token a login answers, on refusals, and on routes that do not exist', async () => {
    const login = await t.http().post('/auth/login').send(TEST_ADMIN).expect(200);
    expect(login.body.accessToken).toEqual(expect.any(String));
    expect(login.headers['cache-control']).toBe('no-store');
    const refused = await t.http().get('/candidates').expect(401);
    expect(refused.headers['cache-control']).toBe('no-store');
    const missing = await t.http().get('/no-such-route').set(bearer(user.token)).expect(404);
    expect(missing.headers['cache-control']).toBe('no-store');
  });

  it('leaves the API documentation cacheable: it is the same for everyone', async () => {
    const docs = await t.http().get('/docs/openapi.json').expect(200);
    expect(docs.headers['cache-control']).not.toBe('no-store');
  });
});

import { Role } from '../src/common/auth/role';
import { MAX_INPUT_DEPTH } from '../src/common/http/validation';
import { as, bearer, makeCandidate, makeProfile, makeUser, makeVacancy } from './support/factories';
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

  it('refuses bodies nested past the limit with 400 naming it, at the sizes that overflowed the stack', async () => {
    const admin = await makeUser(t, { roles: [Role.Recruiter] });
    const deep = {
      arrays: '['.repeat(5000) + ']'.repeat(5000),
      objects: '{"a":'.repeat(3000) + '1' + '}'.repeat(3000),
      // As deep as the 1 MB body limit allows: the JSON parser is iterative, and so is the check.
      bodyLimit: '['.repeat(500_000) + ']'.repeat(500_000),
      inField: `{"name":${'['.repeat(5000) + ']'.repeat(5000)},"email":"a@example.com"}`,
    };
    for (const [kind, raw] of Object.entries(deep)) {
      const response = await t
        .http()
        .post('/candidates')
        .set(bearer(admin.token))
        .set('Content-Type', 'application/json')
        .send(raw);
      expect({ kind, status: response.status, code: response.body.code }).toEqual({
        kind,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
      expect(response.body.errors[0].messages[0]).toContain(`more than ${MAX_INPUT_DEPTH} levels deep`);
    }
    // At the limit itself the body reaches validation, which names the field.
    const atLimit = '['.repeat(MAX_INPUT_DEPTH - 1) + ']'.repeat(MAX_INPUT_DEPTH - 1);
    const ok = await as(t, admin.token).post('/candidates', { name: JSON.parse(atLimit), email: 'a@example.com' });
    expect(ok.status).toBe(400);
    expect(ok.body.errors.map((e: { field: string }) => e.field)).toEqual(['name']);
  });

  it('refuses lone surrogates in any string field with 400 naming it, before any token is checked', async () => {
    const login = await t.http().post('/auth/login').send({ email: '\ud800@x.io', password: 'x' });
    expect(login.status).toBe(400);
    expect(login.body.errors).toEqual([
      { field: 'email', messages: ['email must be well-formed Unicode (it has a lone UTF-16 surrogate)'] },
    ]);
    const admin = await makeUser(t, { roles: [Role.Recruiter] });
    const nested = await as(t, admin.token).post('/screening/what-if', {
      facts: [{ kind: 'language', data: { language: 'en\udc00' } }],
    });
    expect(nested.status).toBe(400);
    expect(nested.body.errors[0].field).toBe('facts[0].data.language');
    const key = await as(t, admin.token).post('/candidates', { name: 'A', email: 'a@example.com', ['\ud800']: 1 });
    expect(key.status).toBe(400);
    expect(key.body.errors[0].messages[0]).toContain('field name');
  });

  it('refuses lone surrogates and control characters in imported documents and JSON Resume CVs', async () => {
    const admin = await makeUser(t, { roles: [Role.Recruiter] });
    const lines = [
      { basics: { name: 'Kandidaat\ud800', email: 'import-1@example.com' } },
      { basics: { name: 'Kandidaat Twee', email: 'import-2@example.com', location: { city: 'Utre\udc00cht' } } },
      { basics: { name: 'Kandidaat\r\nDrie', email: 'import-3@example.com' } },
    ];
    const response = await t
      .http()
      .post('/candidates/import')
      .set(bearer(admin.token))
      .set('Content-Type', 'application/x-ndjson')
      .send(lines.map((line) => JSON.stringify(line)).join('\n'));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ received: 3, created: 0 });
    expect(response.body.failed).toHaveLength(3);
    expect(JSON.stringify(response.body.failed)).toContain('basics.location.city');
    const cv = await t
      .http()
      .post('/candidates/cvs')
      .set(bearer(admin.token))
      .attach('file', Buffer.from(JSON.stringify(lines[0])), 'resume.json');
    expect(cv.status).toBe(400);
    expect(cv.body.errors[0].field).toBe('basics.name');
  });

  it('refuses nested items that are not objects in every nested array, naming the array', async () => {
    const admin = await makeUser(t, { roles: [Role.Admin, Role.Recruiter] });
    const api = as(t, admin.token);
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profile = await makeProfile(t, admin.token);
    const vacancy = await makeVacancy(t, admin.token, {
      roleProfileId: profile.id,
      hiringManagerIds: [manager.user.id],
    });
    const criteria = (items: unknown) => ({
      competencies: { weight: 1, items },
      languages: { weight: 1, items },
    });
    const wrongItems: unknown[] = [[], 'x', 1, null, true];
    const routes: { url: string; method: 'post' | 'put'; body: (items: unknown) => object; fields: string[] }[] = [
      {
        method: 'put',
        url: `/vacancies/${vacancy.id}/rounds`,
        body: (item) => ({ rounds: [item] }),
        fields: ['rounds'],
      },
      {
        method: 'put',
        url: `/vacancies/${vacancy.id}/rounds`,
        body: (item) => ({
          rounds: [{ name: 'R', kind: 'interview', competencies: [], scorecard: { questions: [item] } }],
        }),
        fields: ['rounds[0].scorecard.questions'],
      },
      { method: 'post', url: '/screening/what-if', body: (item) => ({ facts: [item] }), fields: ['facts'] },
      {
        method: 'post',
        url: `/role-profiles/${profile.id}/versions`,
        body: (item) => ({ criteria: criteria([item]) }),
        fields: ['criteria.competencies.items', 'criteria.languages.items'],
      },
    ];
    for (const route of routes)
      for (const item of wrongItems) {
        const response = await api[route.method](route.url, route.body(item));
        const fields = (response.body.errors ?? []).map((e: { field: string }) => e.field);
        expect({
          url: route.url,
          item,
          status: response.status,
          named: route.fields.every((f) => fields.includes(f)),
        }).toEqual({ url: route.url, item, status: 400, named: true });
      }
    // A single nested object given as an array (or a string) is refused too.
    for (const value of [[], [[]], 'x']) {
      const response = await api.post(`/role-profiles/${profile.id}/versions`, { criteria: value });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('criteria');
    }
  });

  it('answers ids that are not ids with 404 on every engine, before any query', async () => {
    const admin = await makeUser(t, { roles: [Role.Admin, Role.Recruiter] });
    const api = as(t, admin.token);
    const ready = await api.post('/vacancies/999999999999/shortlist/ready', {});
    expect([ready.status, ready.body.code]).toEqual([404, 'VACANCY_NOT_FOUND']);
    const fact = await api.patch(`/candidates/00000000-0000-4000-8000-000000000000/facts/x`, { data: {} });
    expect([fact.status, fact.body.code]).toEqual([404, 'FACT_NOT_FOUND']);
    const retry = await api.post('/jobs/1/retry');
    expect([retry.status, retry.body.code]).toEqual([404, 'JOB_NOT_FOUND']);
    const version = await api.get('/role-profiles/00000000-0000-4000-8000-000000000000/versions/999999999999');
    expect(version.status).toBe(404);
    // Without a token the answer is still 401: a malformed id tells nobody anything first.
    expect((await t.http().post('/vacancies/999999999999/shortlist/ready').send({})).status).toBe(401);
  });

  it('refuses control characters in one-line fields, naming each, and keeps line breaks in multi-line ones', async () => {
    const admin = await makeUser(t, { roles: [Role.Admin, Role.Recruiter] });
    const api = as(t, admin.token);
    const fields = async (response: { status: number; body: { errors?: { field: string }[] } }) => [
      response.status,
      (response.body.errors ?? []).map((error) => error.field).sort(),
    ];
    const candidate = await api.post('/candidates', {
      name: 'Kandidaat\r\nBcc: x@example.com',
      email: 'a@example.com',
      phone: '+31\t6',
      location: 'Utrecht\u2028Zeist',
    });
    expect(await fields(candidate)).toEqual([400, ['location', 'name', 'phone']]);
    expect(candidate.body.errors.find((e: { field: string }) => e.field === 'name').messages).toEqual([
      'name must be one line, without line breaks, tabs or other control characters',
    ]);
    const c = await makeCandidate(t, admin.token);
    const work = await api.post(`/candidates/${c.id}/facts`, {
      kind: 'work',
      source: 'recruiter',
      data: { title: 'Account\nmanager', employer: 'Acme\u0085', start: '2019-03-01' },
    });
    expect(await fields(work)).toEqual([400, ['data.employer', 'data.title']]);
    const profile = await makeProfile(t, admin.token);
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const vacancy = await api.post('/vacancies', {
      title: 'Accountmanager\nB',
      description: 'Eerste alinea.\n\nTweede alinea,\tmet een tab.',
      employmentType: 'full_time',
      headcount: 1,
      roleProfileId: profile.id,
      hiringManagerIds: [manager.user.id],
      rounds: [{ name: 'Eerste\rgesprek', kind: 'interview', competencies: ['customer_focus'] }],
    });
    expect(await fields(vacancy)).toEqual([400, ['rounds[0].name', 'title']]);
    // The description is several lines and keeps them.
    const kept = await api.post('/vacancies', {
      title: 'Accountmanager B',
      description: 'Eerste alinea.\n\nTweede alinea,\tmet een tab.',
      employmentType: 'full_time',
      headcount: 1,
      roleProfileId: profile.id,
      hiringManagerIds: [manager.user.id],
    });
    expect(kept.status).toBe(201);
    expect(kept.body.description).toBe('Eerste alinea.\n\nTweede alinea,\tmet een tab.');
    // Other control characters (here a terminal escape) are refused even there.
    const escaped = await api.patch(`/vacancies/${kept.body.id}`, { description: 'Rood: \u001b[31m' });
    expect(await fields(escaped)).toEqual([400, ['description']]);
    const user = await api.post('/users', { name: 'Ann\u0007', email: 'ann@example.com', roles: ['recruiter'] });
    expect(await fields(user)).toEqual([400, ['name']]);
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

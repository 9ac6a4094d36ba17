import { Role } from '../src/common/auth/role';
import { TemplateInstaller } from '../src/role-profiles/template-installer.service';
import { TEMPLATES } from '../src/role-profiles/templates';
import { as, makeUser, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const accountManagerB = {
  name: 'Accountmanager B',
  family: 'Accountmanager',
  level: 'B',
  language: 'nl',
  criteria: {
    education: { weight: 20, knockout: false, minimumLevel: 'hbo', preferredLevel: 'hbo+' },
    salesExperience: { weight: 30, knockout: true, minimumYears: 2, targetYears: 5 },
    clientBase: { weight: 20, minimumSegment: 'national' },
    competencies: {
      weight: 30,
      items: [
        { code: 'customer_focus', requiredLevel: 4, weight: 2 },
        { code: 'analytical', requiredLevel: 3, weight: 1 },
      ],
    },
  },
};

describe('role profiles', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
  });
  afterAll(() => t.close());

  const asUser = (user: MadeUser) => as(t, user.token);

  it('creates a profile as version 1 and reads it back', async () => {
    const created = await asUser(recruiter).post('/role-profiles', accountManagerB).expect(201);
    expect(created.body).toMatchObject({
      name: 'Accountmanager B',
      family: 'Accountmanager',
      level: 'B',
      status: 'active',
      version: 1,
      criteria: accountManagerB.criteria,
    });
    const read = await asUser(manager).get(`/role-profiles/${created.body.id}`).expect(200);
    expect(read.body.versions).toEqual([{ version: 1, createdAt: expect.any(String), usedAt: null }]);
    expect(read.body.warnings).toEqual([]);
  });

  it('answers a profile whose criteria stand in for a protected trait with warnings naming where and why', async () => {
    const criteria = {
      ...accountManagerB.criteria,
      languages: { weight: 10, items: [{ language: 'nl', level: 'native' }] },
      courses: { weight: 5, topics: ['sales', 'max. leeftijd 35'] },
      certifications: { weight: 5, required: ['Nederlandse nationaliteit'] },
    };
    const created = await asUser(recruiter)
      .post('/role-profiles', { ...accountManagerB, criteria })
      .expect(201);
    expect(created.body.warnings).toEqual([
      {
        field: 'criteria.languages.items[0].level',
        trait: 'national_origin',
        code: 'native_speaker',
        message: expect.stringContaining('native speaker of nl'),
      },
      {
        field: 'criteria.certifications.required[0]',
        trait: 'national_origin',
        code: 'nationality',
        message: expect.stringContaining('"Nederlandse nationaliteit" asks for a nationality'),
      },
      {
        field: 'criteria.courses.topics[1]',
        trait: 'age',
        code: 'age_limit',
        message: expect.stringContaining('age limit'),
      },
    ]);
    // A warning, not a refusal: the profile is stored and scores as written.
    const read = await asUser(recruiter).get(`/role-profiles/${created.body.id}`).expect(200);
    expect(read.body.criteria.languages.items[0].level).toBe('native');
    expect(read.body.warnings).toHaveLength(3);
  });

  it('keeps every version: an edit is a new version and the old one stays readable', async () => {
    const { body: profile } = await asUser(recruiter).post('/role-profiles', accountManagerB).expect(201);
    const criteria = {
      ...accountManagerB.criteria,
      salesExperience: { weight: 30, knockout: true, minimumYears: 3, targetYears: 6 },
    };
    const edited = await asUser(recruiter)
      .post(`/role-profiles/${profile.id}/versions`, { name: 'Accountmanager B (2027)', criteria })
      .expect(201);
    expect(edited.body).toMatchObject({ version: 2, name: 'Accountmanager B (2027)', level: 'B' });
    expect(edited.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);

    const first = await asUser(manager).get(`/role-profiles/${profile.id}/versions/1`).expect(200);
    expect(first.body.criteria.salesExperience.minimumYears).toBe(2);
    const missing = await asUser(manager).get(`/role-profiles/${profile.id}/versions/7`).expect(404);
    expect(missing.body.code).toBe('ROLE_PROFILE_VERSION_NOT_FOUND');
    await asUser(manager).get(`/role-profiles/${profile.id}/versions/two`).expect(404);
  });

  it('lists active profiles of a family; archived ones only when asked, and they cannot change', async () => {
    const { body: profile } = await asUser(recruiter)
      .post('/role-profiles', { ...accountManagerB, family: 'Relatiemanager', level: null, name: 'RM' })
      .expect(201);
    const listed = await asUser(manager).get('/role-profiles?family=Relatiemanager').expect(200);
    expect(listed.body.map((p: { id: string }) => p.id)).toEqual([profile.id]);

    await asUser(recruiter).post(`/role-profiles/${profile.id}/archive`).expect(200);
    expect((await asUser(manager).get('/role-profiles?family=Relatiemanager').expect(200)).body).toEqual([]);
    const withArchived = await asUser(manager).get('/role-profiles?family=Relatiemanager&includeArchived=true');
    expect(withArchived.body.map((p: { status: string }) => p.status)).toEqual(['archived']);
    const refused = await asUser(recruiter)
      .post(`/role-profiles/${profile.id}/versions`, { criteria: accountManagerB.criteria })
      .expect(409);
    expect(refused.body.code).toBe('ROLE_PROFILE_ARCHIVED');
  });

  it.each([
    [
      'a negative weight',
      { education: { weight: -5, minimumLevel: 'hbo' } },
      'criteria.education.weight',
      'must not be negative',
    ],
    [
      'all weights zero',
      { education: { weight: 0, minimumLevel: 'hbo' }, courses: { weight: 0, topics: [] } },
      'criteria',
      'weights are all zero',
    ],
    [
      'a minimum above the target',
      { salesExperience: { weight: 10, minimumYears: 6, targetYears: 5 } },
      'criteria.salesExperience.minimumYears',
      'must not be above targetYears',
    ],
    [
      'a required level outside 1 to 5',
      { competencies: { weight: 10, items: [{ code: 'customer_focus', requiredLevel: 7, weight: 1 }] } },
      'criteria.competencies.items[0].requiredLevel',
      'must not be greater than 5',
    ],
    [
      'a level name the scale does not know',
      { education: { weight: 10, minimumLevel: 'kleuterschool' } },
      'criteria.education.minimumLevel',
      'use one of: basisonderwijs',
    ],
    [
      'a minimum education above the preferred one',
      { education: { weight: 10, minimumLevel: 'wo', preferredLevel: 'hbo' } },
      'criteria.education.minimumLevel',
      'must not be above preferredLevel',
    ],
    [
      'an unknown competency',
      { competencies: { weight: 10, items: [{ code: 'charm', requiredLevel: 3, weight: 1 }] } },
      'criteria.competencies.items[0].code',
      'not in the competency catalogue; use one of: customer_focus',
    ],
    ['an unknown criterion', { charisma: { weight: 10 } }, 'criteria.charisma', 'should not exist'],
  ])('refuses %s with 400 naming the field', async (_label, criteria, field, message) => {
    const before = (await asUser(manager).get('/role-profiles?includeArchived=true')).body.length;
    const response = await asUser(recruiter)
      .post('/role-profiles', { ...accountManagerB, criteria })
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const error = response.body.errors.find((e: { field: string }) => e.field === field);
    expect(error?.messages.join(' ')).toContain(message);
    expect((await asUser(manager).get('/role-profiles?includeArchived=true')).body.length).toBe(before);
  });

  it('lists the competency catalogue in three languages', async () => {
    const response = await asUser(manager).get('/competencies').expect(200);
    expect(response.body.find((c: { code: string }) => c.code === 'stress_resistance')).toMatchObject({
      name: { nl: 'Stressbestendigheid', et: 'Pingetaluvus', en: 'Stress resistance' },
    });
    expect(response.body).toHaveLength(16);
  });

  it('gives twenty simultaneous edits contiguous versions: each answer a 201 or a 409, never a 500', async () => {
    const { body: profile } = await asUser(recruiter).post('/role-profiles', accountManagerB).expect(201);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        asUser(recruiter).post(`/role-profiles/${profile.id}/versions`, {
          name: `Accountmanager B ${index}`,
          criteria: accountManagerB.criteria,
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status !== 201 && status !== 409)).toEqual([]);
    for (const refused of answers.filter((answer) => answer.status === 409)) {
      expect(refused.body.code).toBe('ROLE_PROFILE_CHANGED');
    }
    const created = statuses.filter((status) => status === 201).length;
    expect(created).toBeGreaterThanOrEqual(1);
    const { body: read } = await asUser(recruiter).get(`/role-profiles/${profile.id}`).expect(200);
    const versions = read.versions.map((v: { version: number }) => v.version);
    expect(versions).toEqual(Array.from({ length: created + 1 }, (_, index) => index + 1));
    expect(read.version).toBe(created + 1);
    // Each winner was told the version it made, and no two were told the same.
    const made = answers.filter((answer) => answer.status === 201).map((answer) => answer.body.version);
    expect([...made].sort((a, b) => a - b)).toEqual(versions.slice(1));
  });

  it('lets hiring managers read but not write', async () => {
    const refused = await asUser(manager).post('/role-profiles', accountManagerB).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN_ROLE');
    const missing = await asUser(manager).get('/role-profiles/00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.body.code).toBe('ROLE_PROFILE_NOT_FOUND');
  });
});

describe('built-in role profile templates', () => {
  let t: TestApp;
  let recruiter: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
  });
  afterAll(() => t.close());

  it('are installed on first start', async () => {
    const response = await as(t, recruiter.token).get('/role-profiles/templates').expect(200);
    expect(response.body.map((p: { templateKey: string }) => p.templateKey)).toEqual([
      'accountmanager-a',
      'accountmanager-b',
      'accountmanager-c',
      'key-account-manager',
      'relatiemanager',
    ]);
    // Templates are not among the recruiters' own profiles, whatever other tests copied.
    const own = (await as(t, recruiter.token).get('/role-profiles?includeArchived=true').expect(200)).body;
    expect(own.filter((p: { templateKey: string | null }) => p.templateKey !== null)).toEqual([]);
    const templateIds = new Set(response.body.map((p: { id: string }) => p.id));
    expect(own.filter((p: { id: string }) => templateIds.has(p.id))).toEqual([]);
  });

  it('are copied into a profile of the recruiter, and cannot be edited themselves', async () => {
    const copy = await as(t, recruiter.token)
      .post('/role-profiles/templates/accountmanager-b/copy', { name: 'Accountmanager B Utrecht' })
      .expect(201);
    expect(copy.body).toMatchObject({
      name: 'Accountmanager B Utrecht',
      family: 'Accountmanager',
      level: 'B',
      templateKey: null,
      version: 1,
      criteria: { clientBase: { minimumSegment: 'national' } },
    });
    const template = (await as(t, recruiter.token).get('/role-profiles/templates')).body[1];
    const refused = await as(t, recruiter.token)
      .post(`/role-profiles/${template.id}/versions`, { criteria: template.criteria })
      .expect(409);
    expect(refused.body.code).toBe('TEMPLATE_READ_ONLY');
    const unknown = await as(t, recruiter.token).post('/role-profiles/templates/nope/copy').expect(404);
    expect(unknown.body.code).toBe('TEMPLATE_NOT_FOUND');
  });

  it('are installed once, and get a new version only when the code changes them', async () => {
    const installer = t.get(TemplateInstaller);
    await installer.onApplicationBootstrap();
    const versions = async () =>
      (await as(t, recruiter.token).get('/role-profiles/templates')).body.map((p: { version: number }) => p.version);
    expect(await versions()).toEqual([1, 1, 1, 1, 1]);

    const original = TEMPLATES[0].criteria.salesExperience!.targetYears;
    TEMPLATES[0].criteria.salesExperience!.targetYears = original + 1;
    try {
      await installer.onApplicationBootstrap();
    } finally {
      TEMPLATES[0].criteria.salesExperience!.targetYears = original;
    }
    expect(await versions()).toEqual([2, 1, 1, 1, 1]);
  });
});

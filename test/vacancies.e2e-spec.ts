import { Role } from '../src/common/auth/role';
import { as, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('vacancies', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let otherManager: MadeUser;
  let profileId: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    otherManager = await makeUser(t, { roles: [Role.HiringManager] });
    profileId = (await makeProfile(t, recruiter.token)).id;
  });
  afterAll(() => t.close());

  const api = (user: MadeUser) => as(t, user.token);
  const vacancyFor = (owner: MadeUser, fields: Record<string, unknown> = {}, open = false) =>
    makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [owner.user.id], ...fields },
      { open },
    );

  it('creates a draft with its owners, its interview plan and the version it screens with', async () => {
    const vacancy = await vacancyFor(manager, { location: 'Utrecht', headcount: 2 });
    expect(vacancy).toMatchObject({
      status: 'draft',
      location: 'Utrecht',
      headcount: 2,
      roleProfileId: profileId,
      roleProfileVersion: 1,
      knockoutPolicy: 'flag',
      screeningWeight: 100,
      interviewWeight: 0,
      hiringManagerIds: [manager.user.id],
      recruiterIds: [recruiter.user.id],
    });
    expect(vacancy.rounds.map((round) => [round.name, (round as unknown as { position: number }).position])).toEqual([
      ['Eerste gesprek', 1],
      ['Eindgesprek', 2],
    ]);
    const events = await api(manager).get(`/vacancies/${vacancy.id}/events`).expect(200);
    expect(events.body).toEqual([
      { from: null, to: 'draft', reason: null, actorId: recruiter.user.id, at: expect.any(String) },
    ]);
  });

  it('lets an admin create a vacancy without naming recruiters', async () => {
    const admin = await makeUser(t, { roles: [Role.Admin] });
    const created = await makeVacancy(t, admin.token, {
      roleProfileId: profileId,
      hiringManagerIds: [manager.user.id],
    });
    expect(created).toMatchObject({ recruiterIds: [], hiringManagerIds: [manager.user.id] });
  });

  it('moves through its lifecycle, records every move, and names the allowed moves when refused', async () => {
    const { id } = await vacancyFor(manager);
    const move = (status: string, reason?: string) =>
      api(recruiter).post(`/vacancies/${id}/status`, { status, reason });
    const early = await move('on_hold').expect(409);
    expect(early.body).toMatchObject({ code: 'VACANCY_TRANSITION_NOT_ALLOWED' });
    expect(early.body.detail).toBe('The vacancy is draft, so it cannot become on_hold; it can move to open, closed');
    await move('open').expect(200);
    await move('on_hold', 'Budget frozen until Q2').expect(200);
    await move('open').expect(200);
    const filled = await move('filled', 'Hired').expect(200);
    expect(filled.body.status).toBe('filled');
    const after = await move('open').expect(409);
    expect(after.body.detail).toBe('The vacancy is filled, so it cannot become open; it cannot move any more');
    const ended = await api(recruiter).patch(`/vacancies/${id}`, { title: 'Changed' }).expect(409);
    expect(ended.body.code).toBe('VACANCY_ENDED');

    const events = await api(recruiter).get(`/vacancies/${id}/events`).expect(200);
    expect(events.body.map((e: { from: string; to: string; reason: string }) => [e.from, e.to, e.reason])).toEqual([
      [null, 'draft', null],
      ['draft', 'open', null],
      ['open', 'on_hold', 'Budget frozen until Q2'],
      ['on_hold', 'open', null],
      ['open', 'filled', 'Hired'],
    ]);
  });

  it('lets one of two simultaneous moves win and answers the other 409', async () => {
    const { id } = await vacancyFor(manager);
    const answers = await Promise.all(
      ['open', 'open'].map((status) => api(recruiter).post(`/vacancies/${id}/status`, { status })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const events = await api(recruiter).get(`/vacancies/${id}/events`).expect(200);
    expect(events.body).toHaveLength(2);
  });

  it('shows hiring managers their own vacancies only, and no hint of the others', async () => {
    const mine = await vacancyFor(manager, { title: 'Mine' });
    const theirs = await vacancyFor(otherManager, { title: 'Theirs' });
    const listed = await api(manager).get('/vacancies?limit=200').expect(200);
    const ids = listed.body.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    const hidden = await api(manager).get(`/vacancies/${theirs.id}`).expect(404);
    expect(hidden.body.code).toBe('VACANCY_NOT_FOUND');
    await api(manager).get(`/vacancies/${theirs.id}/job-posting`).expect(404);
    await api(manager).post('/vacancies', { title: 'x' }).expect(403);
    const all = await api(recruiter).get('/vacancies?search=theirs').expect(200);
    expect(all.body.items.map((item: { id: string }) => item.id)).toEqual([theirs.id]);
  });

  it('replaces the interview plan, keeping the rounds sent with their id', async () => {
    const vacancy = await vacancyFor(manager);
    const [first, second] = vacancy.rounds;
    const { body } = await api(recruiter)
      .put(`/vacancies/${vacancy.id}/rounds`, {
        rounds: [
          { id: second.id, name: 'Eindgesprek', kind: 'final_interview', competencies: [] },
          { name: 'Assessment', kind: 'assessment', competencies: ['analytical'] },
          { id: first.id, name: 'Eerste gesprek', kind: 'interview', competencies: ['customer_focus'] },
        ],
      })
      .expect(200);
    expect(
      body.rounds.map((round: { id: string; position: number; name: string }) => [round.position, round.name]),
    ).toEqual([
      [1, 'Eindgesprek'],
      [2, 'Assessment'],
      [3, 'Eerste gesprek'],
    ]);
    expect(body.rounds[0].id).toBe(second.id);
    expect(body.rounds[2].id).toBe(first.id);
    const other = await vacancyFor(manager);
    const foreign = await api(recruiter)
      .put(`/vacancies/${vacancy.id}/rounds`, {
        rounds: [{ id: other.rounds[0].id, name: 'x', kind: 'interview', competencies: [] }],
      })
      .expect(400);
    expect(foreign.body.errors[0].field).toBe('rounds[0].id');
  });

  it('publishes a schema.org JobPosting with the profile requirements', async () => {
    const vacancy = await vacancyFor(manager, { location: 'Utrecht', employmentType: 'part_time' }, true);
    const response = await api(manager).get(`/vacancies/${vacancy.id}/job-posting`).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const posting = JSON.parse(response.text);
    expect(posting).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Accountmanager B',
      employmentType: 'PART_TIME',
      totalJobOpenings: 1,
      datePosted: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Utrecht' } },
      educationRequirements: {
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'bachelor degree',
        name: 'hbo / wo-bachelor',
      },
      experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 24 },
      skills: ['Klantgerichtheid', 'Analytisch vermogen', 'Overtuigingskracht', 'Ondernemerschap'],
    });
  });

  describe('bad input', () => {
    it('refuses a template, an archived or unknown profile, or a version that is not there', async () => {
      const templates = await api(recruiter).get('/role-profiles/templates').expect(200);
      const template = templates.body.find((p: { templateKey: string }) => p.templateKey === 'accountmanager-a');
      const pinned = await api(recruiter)
        .post('/vacancies', { ...base(), roleProfileId: template.id, hiringManagerIds: [manager.user.id] })
        .expect(409);
      expect(pinned.body.code).toBe('TEMPLATE_READ_ONLY');
      const unknown = '00000000-0000-4000-8000-000000000000';
      const missing = await api(recruiter)
        .post('/vacancies', { ...base(), roleProfileId: unknown, hiringManagerIds: [manager.user.id] })
        .expect(404);
      expect(missing.body.code).toBe('ROLE_PROFILE_NOT_FOUND');
      const version = await api(recruiter)
        .post('/vacancies', {
          ...base(),
          roleProfileId: profileId,
          roleProfileVersion: 9,
          hiringManagerIds: [manager.user.id],
        })
        .expect(404);
      expect(version.body.code).toBe('ROLE_PROFILE_VERSION_NOT_FOUND');
    });

    it('names owners without the right role and rounds with unknown competencies', async () => {
      const { body } = await api(recruiter)
        .post('/vacancies', {
          ...base(),
          roleProfileId: profileId,
          hiringManagerIds: [manager.user.id, recruiter.user.id],
          rounds: [{ name: 'Gesprek', kind: 'interview', competencies: ['customer_focus', 'charm'] }],
        })
        .expect(400);
      expect(body.errors).toEqual([
        { field: 'hiringManagerIds[1]', messages: [`${recruiter.user.email} does not have the hiring manager role`] },
        {
          field: 'rounds[0].competencies[1]',
          messages: [expect.stringContaining('"charm" is not in the competency catalogue')],
        },
      ]);
      const shape = await api(recruiter)
        .post('/vacancies', {
          ...base(),
          roleProfileId: profileId,
          hiringManagerIds: [],
          employmentType: 'gig',
          headcount: 0,
        })
        .expect(400);
      expect(shape.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
        'employmentType',
        'headcount',
        'hiringManagerIds',
      ]);
    });
  });
});

function base() {
  return { title: 'Vacature', description: 'Omschrijving', employmentType: 'full_time', headcount: 1 };
}

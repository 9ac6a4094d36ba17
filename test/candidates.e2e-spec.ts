import { Role } from '../src/common/auth/role';
import { as, makeCandidate, makeUser, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('candidates and their facts', () => {
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

  it('creates a candidate with a lower-cased e-mail and refuses a second with the same address', async () => {
    const created = await asUser(recruiter)
      .post('/candidates', { name: 'Kandidaat Een', email: 'Kandidaat.Een@Example.com', language: 'nl' })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Kandidaat Een', email: 'kandidaat.een@example.com', language: 'nl' });
    const again = await asUser(recruiter)
      .post('/candidates', { name: 'Kandidaat E.', email: 'KANDIDAAT.EEN@example.com' })
      .expect(409);
    expect(again.body.code).toBe('CANDIDATE_EMAIL_TAKEN');
  });

  it('keeps what the candidate consented to, and when, and where they came from', async () => {
    const consent = {
      purpose: 'Screening for account management vacancies, kept 12 months',
      givenAt: '2026-11-20T09:30:00Z',
    };
    const created = await asUser(recruiter)
      .post('/candidates', { name: 'Kandidaat Twee', email: 'kandidaat.twee@example.com', consent, source: 'referral' })
      .expect(201);
    expect(created.body).toMatchObject({
      consentPurpose: consent.purpose,
      consentAt: '2026-11-20T09:30:00.000Z',
      source: 'referral',
    });
    const renewed = await asUser(recruiter)
      .patch(`/candidates/${created.body.id}`, { consent: { purpose: 'Talent pool, kept 24 months' } })
      .expect(200);
    expect(renewed.body.consentPurpose).toBe('Talent pool, kept 24 months');
    expect(Date.parse(renewed.body.consentAt)).toBeGreaterThan(Date.parse('2026-11-20T09:30:00Z'));
    expect(renewed.body.source).toBe('referral');
    const bad = await asUser(recruiter)
      .post('/candidates', { name: 'X', email: 'x@example.com', consent: { givenAt: 'yesterday' } })
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'consent.givenAt',
      'consent.purpose',
    ]);
  });

  it('filters candidates by source and language, and sorts them', async () => {
    for (const [name, language, source] of [
      ['Candidate Zulu', 'et', 'fair'],
      ['Candidate Alpha', 'et', 'fair'],
      ['Candidate Bravo', 'nl', 'fair'],
    ]) {
      await asUser(recruiter)
        .post('/candidates', { name, email: `${name.replace(' ', '.').toLowerCase()}@example.com`, language, source })
        .expect(201);
    }
    const fair = await asUser(recruiter).get('/candidates?source=fair&language=et').expect(200);
    expect(fair.body.items.map((c: { name: string }) => c.name)).toEqual(['Candidate Alpha', 'Candidate Zulu']);
    const reverse = await asUser(recruiter).get('/candidates?source=fair&sort=-name').expect(200);
    expect(reverse.body.items.map((c: { name: string }) => c.name)).toEqual([
      'Candidate Zulu',
      'Candidate Bravo',
      'Candidate Alpha',
    ]);
    const newest = await asUser(recruiter).get('/candidates?source=fair&sort=-createdAt&limit=1').expect(200);
    expect(newest.body).toMatchObject({ total: 3, items: [{ name: 'Candidate Bravo' }] });
    const bad = await asUser(manager).get('/candidates?sort=age&language=xx').expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['language', 'sort']);
  });

  it('answers a race for one e-mail address with one 201 and 409s, never a 500', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () =>
        asUser(recruiter).post('/candidates', { name: 'Race', email: 'race@example.com' }),
      ),
    );
    const statuses = attempts.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  });

  it('searches by name or e-mail, case-insensitively, and pages', async () => {
    await makeCandidate(t, recruiter.token, { name: 'Kandidaat Kolm', email: 'kandidaat.ee@example.org' });
    await makeCandidate(t, recruiter.token, { name: 'Kandidaat Drie', email: 'kandidaat.drie@example.net' });
    const byName = await asUser(recruiter).get('/candidates?search=KOLM').expect(200);
    expect(byName.body.items.map((c: { name: string }) => c.name)).toEqual(['Kandidaat Kolm']);
    const byEmail = await asUser(recruiter).get('/candidates?search=example.net').expect(200);
    expect(byEmail.body.items.map((c: { name: string }) => c.name)).toEqual(['Kandidaat Drie']);
    const wildcard = await asUser(recruiter).get('/candidates?search=%25').expect(200);
    expect(wildcard.body.total).toBe(0);
  });

  it('adds facts of every kind, validated per kind, and shows them on the candidate', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const facts = [
      { kind: 'education', data: { level: 'hbo', field: 'Commerciële Economie', endYear: 2015 } },
      { kind: 'work', data: { title: 'Accountmanager', start: '2016-02-01', end: null, salesRole: true } },
      { kind: 'client_base', data: { segment: 'national', activeAccounts: 40, decisionMakers: true } },
      { kind: 'competency', data: { code: 'customer_focus', level: 4 } },
      { kind: 'certification', data: { name: 'CFP' } },
      { kind: 'language', data: { language: 'de', level: 'B2' } },
      { kind: 'course', data: { name: 'Onderhandelen' } },
    ];
    for (const fact of facts) {
      await asUser(recruiter)
        .post(`/candidates/${candidate.id}/facts`, { ...fact, source: 'cv' })
        .expect(201);
    }
    const shown = await asUser(recruiter).get(`/candidates/${candidate.id}`).expect(200);
    expect(shown.body.facts).toHaveLength(7);
    expect(shown.body.facts.every((fact: { confirmed: boolean }) => fact.confirmed === false)).toBe(true);
    expect(shown.body.facts.find((fact: { kind: string }) => fact.kind === 'work').data).toEqual(facts[1].data);
  });

  it('names every bad field of a fact under data, and stores nothing', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const response = await asUser(recruiter)
      .post(`/candidates/${candidate.id}/facts`, {
        kind: 'work',
        source: 'cv',
        data: { title: '', start: '2019-13-01', salesRole: 'yes', colour: 'blue' },
      })
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'data.colour',
      'data.salesRole',
      'data.start',
      'data.title',
    ]);
    const unknownLevel = await asUser(recruiter)
      .post(`/candidates/${candidate.id}/facts`, { kind: 'education', source: 'cv', data: { level: 'PhD-ish' } })
      .expect(400);
    expect(unknownLevel.body.errors).toEqual([
      {
        field: 'data.level',
        messages: [expect.stringContaining('is not a level on the education scale; use one of:')],
      },
    ]);
    const unknownKind = await asUser(recruiter)
      .post(`/candidates/${candidate.id}/facts`, { kind: 'hobby', source: 'cv', data: {} })
      .expect(400);
    expect(unknownKind.body.errors[0].field).toBe('kind');
    expect((await asUser(recruiter).get(`/candidates/${candidate.id}`)).body.facts).toEqual([]);
  });

  it('confirms a fact, unconfirms it when corrected, and deletes it', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    const fact = (
      await asUser(recruiter)
        .post(`/candidates/${candidate.id}/facts`, {
          kind: 'competency',
          source: 'cv',
          data: { code: 'negotiation', level: 3 },
        })
        .expect(201)
    ).body;
    const confirmed = await asUser(recruiter).post(`/candidates/${candidate.id}/facts/${fact.id}/confirm`).expect(200);
    expect(confirmed.body).toMatchObject({ confirmed: true, confirmedBy: recruiter.user.id });

    const corrected = await asUser(recruiter)
      .patch(`/candidates/${candidate.id}/facts/${fact.id}`, { data: { code: 'negotiation', level: 2 } })
      .expect(200);
    expect(corrected.body).toMatchObject({
      confirmed: false,
      confirmedBy: null,
      data: { code: 'negotiation', level: 2 },
    });

    const correctedAndConfirmed = await asUser(recruiter)
      .patch(`/candidates/${candidate.id}/facts/${fact.id}`, {
        data: { code: 'negotiation', level: 5 },
        confirmed: true,
      })
      .expect(200);
    expect(correctedAndConfirmed.body.confirmed).toBe(true);

    await asUser(recruiter).delete(`/candidates/${candidate.id}/facts/${fact.id}`).expect(204);
    const gone = await asUser(recruiter).delete(`/candidates/${candidate.id}/facts/${fact.id}`).expect(404);
    expect(gone.body.code).toBe('FACT_NOT_FOUND');
  });

  it('lets hiring managers not write, nor read a candidate outside their vacancies, and answers unknown ids with 404', async () => {
    const candidate = await makeCandidate(t, recruiter.token);
    await asUser(manager).get(`/candidates/${candidate.id}`).expect(404);
    expect((await asUser(manager).get('/candidates').expect(200)).body.total).toBe(0);
    await asUser(manager).post(`/candidates/${candidate.id}/facts`, {}).expect(403);
    await asUser(manager).post('/candidates', { name: 'x', email: 'x@example.com' }).expect(403);
    const interviewer = await makeUser(t, { roles: [Role.Interviewer] });
    // An interviewer reads only the candidates of their panels; any other is not there for them.
    await asUser(interviewer).get(`/candidates/${candidate.id}`).expect(404);
    const missing = await asUser(recruiter).get('/candidates/00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.body.code).toBe('CANDIDATE_NOT_FOUND');
    await asUser(recruiter).get('/candidates/nonsense').expect(404);
  });
});

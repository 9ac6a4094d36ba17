import { ApplicationListsRepository } from '../src/applications/application-lists.repository';
import { Role } from '../src/common/auth/role';
import { as, makeProfile, makeSalesCandidate, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

// Each test builds a vacancy and five applicants over HTTP; a busy machine must not fail the set-up.
jest.setTimeout(30_000);

describe('the shortlist', () => {
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
    // The whole Accountmanager family, so applications get a fit level.
    for (const level of ['a', 'c']) await makeProfile(t, recruiter.token, `accountmanager-${level}`);
    profileId = (await makeProfile(t, recruiter.token, 'accountmanager-b')).id;
  });
  afterAll(() => t.close());

  const api = (user: MadeUser = recruiter) => as(t, user.token);
  const openVacancy = () =>
    makeVacancy(t, recruiter.token, { roleProfileId: profileId, hiringManagerIds: [manager.user.id] }, { open: true });
  const candidate = (level: string, sales: [string, string], name?: string) =>
    makeSalesCandidate(t, recruiter.token, level, sales, name);
  const apply = (vacancyId: string, candidateId: string) =>
    api().post(`/vacancies/${vacancyId}/applications`, { candidateId });

  /**
   * A vacancy of its own with five applicants, applied in an order unlike
   * the ranking, and the ranking worked out by hand (see makeSalesCandidate for the points).
   */
  async function fiveApplicants() {
    const vacancyId = (await openVacancy()).id;
    const people: [string, string, [string, string]][] = [
      ['Kandidaat Een', 'hbo', ['2019-01-01', '2022-01-01']], // 14 + 18.77 (3 years of 4)
      ['Kandidaat Twee', 'mbo 3', ['2005-01-01', '2015-01-01']], // knocked out on education: 0 + 25
      ['Kandidaat Drie', 'wo', ['2014-01-01', '2020-01-01']], // 20 + 25
      ['=HYPERLINK("http://example.com","Kandidaat Vier")', 'hbo', ['2020-01-01', '2022-07-01']], // 14 + 15.64
      ['Kandidaat Vijf', 'hbo+', ['2019-01-01', '2022-01-01']], // 20 + 18.77
    ];
    const ids: Record<string, string> = {};
    for (const [name, level, sales] of people) {
      const person = await candidate(level, sales, name);
      ids[name] = (await apply(vacancyId, person.id).expect(201)).body.id;
    }
    const ranking = [
      ['Kandidaat Drie', 45],
      ['Kandidaat Vijf', 38.77],
      ['Kandidaat Een', 32.77],
      ['=HYPERLINK("http://example.com","Kandidaat Vier")', 29.64],
      ['Kandidaat Twee', 25],
    ] as const;
    return { vacancyId, ids, ranking, order: ranking.map(([name]) => ids[name]) };
  }
  const idsOf = (body: { items: { applicationId: string }[] }) => body.items.map((item) => item.applicationId);

  it('ranks eligible before knocked out, then by score, with each line explained', async () => {
    const { vacancyId, ranking } = await fiveApplicants();
    const response = await api(manager).get(`/vacancies/${vacancyId}/shortlist`).expect(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const { body } = response;
    expect(
      body.items.map((item: { position: number; candidate: { name: string }; shortlistScore: number }) => [
        item.position,
        item.candidate.name,
        item.shortlistScore,
      ]),
    ).toEqual(ranking.map(([name, score], index) => [index + 1, name, score]));
    expect(Object.keys(body.items[0]).sort()).toEqual(
      [
        'appliedAt',
        'applicationId',
        'breakdown',
        'candidate',
        'completeness',
        'eligible',
        'evidence',
        'failedKnockouts',
        'fitLevel',
        'interviewScore',
        'needsReview',
        'openKnockouts',
        'position',
        'profileVersion',
        'roundId',
        'rounds',
        'score',
        'shortlistScore',
        'stage',
        'standing',
      ].sort(),
    );
    expect(body.items.map((item: { standing: string }) => item.standing)).toEqual([
      'ranked',
      'ranked',
      'ranked',
      'ranked',
      'knocked_out',
    ]);
    expect(body.items[0]).toMatchObject({
      score: 45,
      // No round is held yet: the interview score is missing, not zero.
      interviewScore: null,
      completeness: 0.45,
      evidence: { screening: 0.45, roundsScored: 0, roundsPlanned: 2 },
      eligible: true,
      needsReview: false,
      // wo reaches C's working level too: the highest level of the family it is eligible for.
      fitLevel: 'C',
    });
    expect(body.nextCursor).toBeNull();
    const last = body.items[4];
    expect(last).toMatchObject({ eligible: false, candidate: { name: 'Kandidaat Twee' }, needsReview: true });
    expect(last.failedKnockouts.map((note: { criterion: string }) => note.criterion)).toEqual(['education']);
    expect(
      body.items[0].breakdown.map((line: { criterion: string; earned: number }) => [line.criterion, line.earned]),
    ).toEqual([
      ['education', 20],
      ['salesExperience', 25],
      ['clientBase', 0],
      ['competencies', 0],
      ['courses', 0],
    ]);
    expect(body.items[0].breakdown[1].explanation).toMatch(/: volle punten$/);
  });

  it('pages with a cursor through exactly the same order', async () => {
    const { vacancyId, order } = await fiveApplicants();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/vacancies/${vacancyId}/shortlist?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const { body } = await api().get(url).expect(200);
      seen.push(...idsOf(body));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(order);
  });

  it('filters by eligibility and by stage', async () => {
    const { vacancyId, order } = await fiveApplicants();
    const ineligible = await api().get(`/vacancies/${vacancyId}/shortlist?eligible=false`).expect(200);
    expect(idsOf(ineligible.body)).toEqual(order.slice(4));
    const eligible = await api().get(`/vacancies/${vacancyId}/shortlist?eligible=true&limit=2`).expect(200);
    expect(idsOf(eligible.body)).toEqual(order.slice(0, 2));
    await api().post(`/applications/${order[2]}/moves`, { stage: 'screening' }).expect(200);
    const screening = await api().get(`/vacancies/${vacancyId}/shortlist?stage=screening`).expect(200);
    expect(screening.body.items).toMatchObject([{ applicationId: order[2], position: 1, stage: 'screening' }]);
  });

  it('answers 304 to a tag another process gave, before reading a row, and only to a reader who may see it', async () => {
    const { vacancyId, order } = await fiveApplicants();
    const url = `/vacancies/${vacancyId}/shortlist?limit=10`;
    const { headers } = await api(manager).get(url).expect(200);
    // A second API process on the same database, with the same token secret.
    const other = await createTestApp({
      database: t.database,
      env: { AUTH_TOKEN_SECRET: t.settings.auth.tokenSecret!, JOBS_IN_API: 'false' },
    });
    try {
      const rows = jest.spyOn(other.get(ApplicationListsRepository), 'shortlistPage');
      await as(other, manager.token).get(url).set('If-None-Match', headers.etag).expect(304);
      expect(rows).not.toHaveBeenCalled();
      await as(other, otherManager.token).get(url).set('If-None-Match', headers.etag).expect(404);
      await api().post(`/applications/${order[0]}/moves`, { stage: 'screening' }).expect(200);
      const moved = await as(other, manager.token).get(url).set('If-None-Match', headers.etag).expect(200);
      expect(moved.headers.etag).not.toBe(headers.etag);
      expect(rows).toHaveBeenCalledTimes(1);
    } finally {
      await other.close();
    }
  });

  it('never serves a page older than the last change: a renamed candidate, a new application', async () => {
    const { vacancyId, order } = await fiveApplicants();
    const url = `/vacancies/${vacancyId}/shortlist?limit=10`;
    const before = await api(manager).get(url).expect(200);
    const again = await api(manager).get(url).expect(200);
    expect(again.text).toBe(before.text);
    expect(again.headers.etag).toBe(before.headers.etag);
    await api(manager).get(url).set('If-None-Match', before.headers.etag).expect(304);
    const first = before.body.items[0];
    await api().patch(`/candidates/${first.candidate.id}`, { name: 'Kandidaat Hernoemd' }).expect(200);
    const renamed = await api(manager).get(url).set('If-None-Match', before.headers.etag).expect(200);
    expect(renamed.body.items[0].candidate.name).toBe('Kandidaat Hernoemd');
    expect(renamed.headers.etag).not.toBe(before.headers.etag);
    // wo and 9 years in sales: 45 points, level with the first, and later: second.
    const newcomer = await candidate('wo', ['2001-01-01', '2010-01-01'], 'Kandidaat Drieëntwintig');
    const { body: added } = await apply(vacancyId, newcomer.id).expect(201);
    const grown = await api(manager).get(url).expect(200);
    expect(idsOf(grown.body)).toEqual([order[0], added.id, ...order.slice(1)]);
  });

  it('keeps other managers out, and refuses a cursor it did not give out', async () => {
    const { vacancyId, order } = await fiveApplicants();
    expect((await api(otherManager).get(`/vacancies/${vacancyId}/shortlist`).expect(404)).body.code).toBe(
      'VACANCY_NOT_FOUND',
    );
    expect((await api(otherManager).get(`/applications/${order[0]}`).expect(404)).body.code).toBe(
      'APPLICATION_NOT_FOUND',
    );
    const own = await api(manager).get(`/applications/${order[0]}`).expect(200);
    expect(own.body).toMatchObject({ id: order[0], vacancyId, shortlistScore: 45 });
    const bad = await api().get(`/vacancies/${vacancyId}/shortlist?cursor=bm9wZQ`).expect(400);
    expect(bad.body.code).toBe('INVALID_CURSOR');
    const eligible = await api().get(`/vacancies/${vacancyId}/shortlist?eligible=maybe`).expect(400);
    expect(eligible.body.errors).toEqual([{ field: 'eligible', messages: ['eligible must be true or false'] }]);
  });

  it('lists applications filtered, searched, sorted and paged; a manager sees only their own', async () => {
    const { vacancyId, ids, ranking } = await fiveApplicants();
    type Row = { id: string; candidate: { name: string }; vacancy: { id: string }; needsReview: boolean };
    const names = (body: { items: Row[] }) => body.items.map((item) => item.candidate.name);
    const alphabetical = ranking.map(([name]) => name as string).sort((a, b) => (a < b ? -1 : 1));
    const byName = await api().get(`/applications?vacancyId=${vacancyId}&sort=name&limit=3`).expect(200);
    expect(byName.body.total).toBe(5);
    expect(names(byName.body)).toEqual(alphabetical.slice(0, 3));
    const second = await api().get(`/applications?vacancyId=${vacancyId}&sort=name&limit=3&offset=3`).expect(200);
    expect(names(second.body)).toEqual(alphabetical.slice(3));
    const search = await api().get(`/applications?vacancyId=${vacancyId}&search=twee`).expect(200);
    expect(search.body).toMatchObject({
      total: 1,
      items: [{ id: ids['Kandidaat Twee'], candidate: { name: 'Kandidaat Twee' }, needsReview: true }],
    });
    const review = await api().get(`/applications?vacancyId=${vacancyId}&needsReview=true`).expect(200);
    expect(names(review.body)).toEqual(['Kandidaat Twee']);
    const byScore = await api().get(`/applications?vacancyId=${vacancyId}&sort=-shortlistScore`).expect(200);
    expect(byScore.body.items.map((item: { shortlistScore: number }) => item.shortlistScore)).toEqual([
      45, 38.77, 32.77, 29.64, 25,
    ]);
    const mine = await api(manager).get(`/applications?vacancyId=${vacancyId}`).expect(200);
    expect(mine.body.total).toBe(5);
    const theirs = await api(otherManager).get(`/applications?vacancyId=${vacancyId}`).expect(200);
    expect(theirs.body).toMatchObject({ total: 0, items: [] });
    const bad = await api().get('/applications?sort=score&stage=nowhere').expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['sort', 'stage']);
  });

  it('exports the same order as CSV, with formulas defused', async () => {
    const { vacancyId, ranking } = await fiveApplicants();
    const response = await api(manager).get(`/vacancies/${vacancyId}/shortlist.csv`).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'position,standing,candidate,email,stage,round_id,eligible,needs_review,screening_score,shortlist_score,interview_score,rounds_scored,completeness,fit_level,failed_knockouts,applied_at',
    );
    expect(lines).toHaveLength(6);
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 2))).toEqual([
      ['1', 'ranked'],
      ['2', 'ranked'],
      ['3', 'ranked'],
      ['4', 'ranked'],
      ['5', 'knocked_out'],
    ]);
    expect(lines.map((line) => line.includes(ranking[1][0]))).toEqual([false, false, true, false, false, false]);
    expect(lines[4]).toContain(`"'=HYPERLINK(""http://example.com"",""Kandidaat Vier"")"`);
    expect(lines[5]).toMatch(/^5,knocked_out,Kandidaat Twee,.*,false,true,25,25,,0,0\.45,,/);
  });
});

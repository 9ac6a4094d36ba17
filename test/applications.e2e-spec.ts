import { Rescorer } from '../src/applications/rescorer.service';
import { Role } from '../src/common/auth/role';
import { as, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('applications and the shortlist', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let otherRecruiter: MadeUser;
  let manager: MadeUser;
  let otherManager: MadeUser;
  let profileId: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    otherRecruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    otherManager = await makeUser(t, { roles: [Role.HiringManager] });
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

  /**
   * A candidate with an education level and one sales job that has ended, so
   * the score does not change with the date the test runs on. Under
   * Accountmanager B: education 20 points (hbo, the minimum, 14; hbo+ and wo
   * 20; below hbo a knock-out), sales 25 points in proportion to 4 years.
   */
  async function candidate(level: string, sales: [string, string], name?: string) {
    const made = await makeCandidate(t, recruiter.token, name ? { name } : {});
    await api()
      .post(`/candidates/${made.id}/facts`, { kind: 'education', source: 'cv', data: { level }, confirmed: true })
      .expect(201);
    await api()
      .post(`/candidates/${made.id}/facts`, {
        kind: 'work',
        source: 'cv',
        data: { title: 'Accountmanager', start: sales[0], end: sales[1], salesRole: true },
        confirmed: true,
      })
      .expect(201);
    return made;
  }
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

  describe('the shortlist', () => {
    /**
     * A vacancy of its own with five applicants, applied in an order unlike
     * the ranking, and the ranking worked out by hand from the scores above.
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

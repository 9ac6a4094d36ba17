import { Role } from '../src/common/auth/role';
import { as, MadeUser, makeProfile, makeUser, makeVacancy } from './support/factories';
import { datedJourney, JourneyStep, marchDay } from './support/pipeline-journeys';
import { createTestApp, TestApp } from './support/test-app';

const day = marchDay;

/**
 * The pipeline report over applications moved through a vacancy at known
 * times: moves are made over the API, then their events are dated as the
 * test says, so every median, p90 and conversion below is worked out by hand.
 */
describe('pipeline reports', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let admin: MadeUser;
  let manager: MadeUser;
  let otherManager: MadeUser;
  let interviewer: MadeUser;
  let vacancy: { id: string; rounds: { id: string }[] };
  let otherVacancy: { id: string; rounds: { id: string }[] };

  const api = (user: MadeUser = recruiter) => as(t, user.token);

  const journey = (
    target: { id: string },
    options: { source?: string; level?: string },
    steps: JourneyStep[],
    times: Date[],
  ) => datedJourney(t, { recruiter, manager }, target, options, steps, times);

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    admin = await makeUser(t, { roles: [Role.Admin] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    otherManager = await makeUser(t, { roles: [Role.HiringManager] });
    interviewer = await makeUser(t, { roles: [Role.Interviewer] });
    const profile = await makeProfile(t, recruiter.token);
    vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id], knockoutPolicy: 'flag' },
      { open: true },
    );
    otherVacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [otherManager.user.id], title: 'Key Account Manager' },
      { open: true },
    );
    const [first, second] = vacancy.rounds.map((round) => round.id);
    const to = (stage: string, roundId?: string) => ({ stage, ...(roundId ? { roundId } : {}) });
    const reject = { stage: 'rejected', reason: 'Another applicant fits better' };

    // Hired: 2 days applied, 3 screening, 7 in interview (two rounds), 3 offer; 15 days to hire.
    await journey(
      vacancy,
      { source: 'linkedin' },
      [to('screening'), to('interview', first), to('interview', second), to('offer'), to('hired')],
      [day(0), day(2), day(5), day(9), day(12), day(15)],
    );
    // Rejected after the first round: 1 applied, 3 screening, 2 interview.
    await journey(
      vacancy,
      { source: 'linkedin' },
      [to('screening'), to('interview', first), reject],
      [day(0), day(1), day(4), day(6)],
    );
    // Hired from one round to an offer (skipping the last, by override): 3 applied, 4 screening, 2 interview,
    // 10 offer; 19 days to hire.
    await journey(
      vacancy,
      { source: 'referral' },
      [
        to('screening'),
        to('interview', first),
        { stage: 'offer', override: true, reason: 'A strong first interview' },
        to('hired'),
      ],
      [day(1), day(4), day(8), day(10), day(20)],
    );
    // Still applied, no source given.
    await journey(vacancy, {}, [], [day(2)]);
    // Held in screening, which does not end the stay: 1 applied, 3 screening, still in the first round.
    await journey(
      vacancy,
      { source: 'referral' },
      [to('screening'), { decision: 'hold', reason: 'Waiting for references' }, to('interview', first)],
      [day(2), day(3), day(5), day(6)],
    );
    // Failed the education knock-out (mbo under a hbo minimum): flagged, one rejected after 1 day, one still applied.
    await journey(vacancy, { source: 'site', level: 'mbo' }, [reject], [day(3), day(4)]);
    await journey(vacancy, { source: 'site', level: 'mbo' }, [], [day(3, 12)]);
    // Outside March, and on the other vacancy.
    await journey(vacancy, { source: 'linkedin' }, [to('screening')], [day(-9), day(-8)]);
    await journey(otherVacancy, { source: 'fair' }, [to('screening')], [day(1), day(3)]);
  }, 120_000);
  afterAll(() => t.close());

  const MARCH_OF_A = () => `/reports/pipeline?vacancyId=${vacancy.id}&from=2026-03-01&to=2026-03-31`;

  it('counts the funnel from the moves, with the conversion from each stage to the next', async () => {
    const { body } = await api().get(MARCH_OF_A()).expect(200);
    expect(body.vacancy).toEqual({ id: vacancy.id, title: 'Accountmanager B' });
    expect(body.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(body.applications).toBe(7);
    expect(body.funnel).toEqual([
      { stage: 'applied', reached: 7, conversion: null },
      { stage: 'screening', reached: 4, conversion: 0.5714 },
      { stage: 'interview', reached: 4, conversion: 1 },
      { stage: 'offer', reached: 2, conversion: 0.5 },
      { stage: 'hired', reached: 2, conversion: 1 },
    ]);
  });

  it('gives the median and p90 days of each stage over those who left it, and counts those still in it', async () => {
    const { body } = await api().get(MARCH_OF_A()).expect(200);
    expect(body.stageTimes).toEqual([
      // [1, 1, 1, 2, 3]: the median is the third; p90 lies 0.6 of the way from the fourth to the fifth.
      { stage: 'applied', medianDays: 1, p90Days: 2.6, basedOn: 5, stillIn: 2 },
      // [3, 3, 3, 4]: the hold did not end a stay.
      { stage: 'screening', medianDays: 3, p90Days: 3.7, basedOn: 4, stillIn: 0 },
      // [2, 2, 7]: a move between rounds stays in the interview stage.
      { stage: 'interview', medianDays: 2, p90Days: 6, basedOn: 3, stillIn: 1 },
      // [3, 10]
      { stage: 'offer', medianDays: 6.5, p90Days: 9.3, basedOn: 2, stillIn: 0 },
    ]);
    // [15, 19]
    expect(body.timeToHire).toEqual({ medianDays: 17, p90Days: 18.6, basedOn: 2 });
  });

  it('shows how far each source got and which knock-out removed how many', async () => {
    const { body } = await api().get(MARCH_OF_A()).expect(200);
    expect(body.sources).toEqual([
      { source: 'linkedin', applicants: 2, screening: 2, interview: 2, offer: 1, hired: 1 },
      { source: 'referral', applicants: 2, screening: 2, interview: 2, offer: 1, hired: 1 },
      { source: 'site', applicants: 2, screening: 0, interview: 0, offer: 0, hired: 0 },
      { source: null, applicants: 1, screening: 0, interview: 0, offer: 0, hired: 0 },
    ]);
    expect(body.knockouts).toEqual([{ criterion: 'education', failed: 2, rejected: 1 }]);
  });

  it('takes the period by application date, both days included, and is empty where nobody applied', async () => {
    const lastDay = await api().get(`/reports/pipeline?vacancyId=${vacancy.id}&from=2026-03-04&to=2026-03-04`);
    expect(lastDay.body.applications).toBe(2);
    const all = await api().get(`/reports/pipeline?vacancyId=${vacancy.id}`).expect(200);
    expect(all.body.applications).toBe(8);
    expect(all.body.period).toEqual({ from: null, to: null });
    const none = await api().get(`/reports/pipeline?vacancyId=${vacancy.id}&from=2027-01-01`).expect(200);
    expect(none.body).toMatchObject({
      applications: 0,
      timeToHire: { medianDays: null, p90Days: null, basedOn: 0 },
      sources: [],
      knockouts: [],
    });
    expect(none.body.funnel.map((step: { reached: number }) => step.reached)).toEqual([0, 0, 0, 0, 0]);
    expect(none.body.stageTimes[0]).toEqual({
      stage: 'applied',
      medianDays: null,
      p90Days: null,
      basedOn: 0,
      stillIn: 0,
    });
  });

  it('reports over every vacancy the reader may see when no vacancy is named', async () => {
    const everything = await api().get('/reports/pipeline?from=2026-03-01&to=2026-03-31').expect(200);
    expect(everything.body.vacancy).toBeNull();
    expect(everything.body.applications).toBe(8);
    expect(everything.body.sources.map((row: { source: string }) => row.source)).toContain('fair');
    expect((await api(admin).get('/reports/pipeline?from=2026-03-01').expect(200)).body.applications).toBe(8);
    const own = await api(manager).get('/reports/pipeline?from=2026-03-01&to=2026-03-31').expect(200);
    expect(own.body.applications).toBe(7);
    expect(own.body.sources.map((row: { source: string }) => row.source)).not.toContain('fair');
    const other = await api(otherManager).get('/reports/pipeline?from=2026-03-01').expect(200);
    expect(other.body.applications).toBe(1);
    expect(other.body.funnel.slice(0, 2).map((step: { reached: number }) => step.reached)).toEqual([1, 1]);
  });

  it('writes each table as CSV', async () => {
    const csv = (table: string) =>
      api().get(`/reports/pipeline.csv?table=${table}&vacancyId=${vacancy.id}&from=2026-03-01&to=2026-03-31`);
    const funnel = await csv('funnel').expect(200);
    expect(funnel.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(funnel.headers['content-disposition']).toBe(
      `attachment; filename="pipeline-funnel-${vacancy.id}-2026-03-01-2026-03-31.csv"`,
    );
    expect(funnel.text).toBe(
      'stage,reached,conversion\r\napplied,7,\r\nscreening,4,0.5714\r\ninterview,4,1\r\noffer,2,0.5\r\nhired,2,1\r\n',
    );
    expect((await csv('stages').expect(200)).text).toBe(
      'stage,median_days,p90_days,based_on,still_in\r\n' +
        'applied,1,2.6,5,2\r\nscreening,3,3.7,4,0\r\ninterview,2,6,3,1\r\noffer,6.5,9.3,2,0\r\n' +
        'time_to_hire,17,18.6,2,\r\n',
    );
    expect((await csv('sources').expect(200)).text).toBe(
      'source,applicants,screening,interview,offer,hired\r\n' +
        'linkedin,2,2,2,1,1\r\nreferral,2,2,2,1,1\r\nsite,2,0,0,0,0\r\n,1,0,0,0,0\r\n',
    );
    expect((await csv('knockouts').expect(200)).text).toBe('criterion,failed,rejected\r\neducation,2,1\r\n');
  });

  it('answers bad input with a 400 that names the field', async () => {
    const problem = async (url: string) => {
      const response = await api().get(url).expect(400);
      return response.body.errors.map((error: { field: string }) => error.field);
    };
    expect(await problem('/reports/pipeline?from=2026-03-31&to=2026-03-01')).toEqual(['from']);
    expect(await problem('/reports/pipeline?from=yesterday')).toEqual(['from']);
    expect(await problem('/reports/pipeline?to=2026-02-30')).toEqual(['to']);
    expect(await problem('/reports/pipeline?vacancyId=42')).toEqual(['vacancyId']);
    expect(await problem('/reports/pipeline?colour=red')).toEqual(['colour']);
    expect(await problem('/reports/pipeline.csv?table=people')).toEqual(['table']);
    expect(await problem('/reports/pipeline.csv')).toEqual(['table']);
    expect(await problem('/reports/pipeline.csv?table=funnel&from=2026-04-01&to=2026-03-01')).toEqual(['from']);
  });

  it("lets only readers in: a hiring manager hears 404 of another's vacancy, an interviewer 403", async () => {
    await api(manager).get(`/reports/pipeline?vacancyId=${vacancy.id}`).expect(200);
    await api(admin).get(`/reports/pipeline?vacancyId=${otherVacancy.id}`).expect(200);
    for (const url of [
      `/reports/pipeline?vacancyId=${otherVacancy.id}`,
      `/reports/pipeline.csv?table=sources&vacancyId=${otherVacancy.id}`,
    ]) {
      const response = await api(manager).get(url).expect(404);
      expect(response.text).not.toContain('fair');
    }
    await api().get('/reports/pipeline?vacancyId=00000000-0000-4000-8000-000000000000').expect(404);
    await api(interviewer).get('/reports/pipeline').expect(403);
    await api(interviewer).get('/reports/pipeline.csv?table=funnel').expect(403);
    await t.http().get('/reports/pipeline').expect(401);
    await t.http().get('/reports/pipeline.csv?table=funnel').expect(401);
  });
});

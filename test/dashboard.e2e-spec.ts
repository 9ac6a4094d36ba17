import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Role } from '../src/common/auth/role';
import { DashboardRepository } from '../src/dashboard/dashboard.repository';
import {
  as,
  DEFAULT_PASSWORD,
  makeCandidate,
  makeProfile,
  makeSalesCandidate,
  makeUser,
  makeVacancy,
  MadeUser,
} from './support/factories';
import { createTestApp, TEST_ADMIN, TestApp } from './support/test-app';

// The scene is built over HTTP, a few dozen requests; a busy machine must not fail the set-up.
jest.setTimeout(60_000);

/** The recruiter's dashboard over HTTP, on a scene seeded through the API. */
describe('the recruiter’s dashboard', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let other: MadeUser;
  let manager: MadeUser;
  let panel: MadeUser[];
  let mine: { id: string; rounds: { id: string }[] };
  let theirs: { id: string };
  const names = {
    flagged: 'Kandidaat Knock-out',
    facts: 'Kandidaat Feiten',
    interview: 'Kandidaat Gesprek',
    rejected: 'Kandidaat Afgewezen',
    theirsFlagged: 'Kandidaat Elders',
  };

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter], name: 'Rita Recruiter' });
    other = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    panel = [await makeUser(t, { roles: [Role.Interviewer], name: 'Piet Panel' })];
    panel.push(await makeUser(t, { roles: [Role.Interviewer], name: 'Paula Panel' }));
    const profileId = (await makeProfile(t, recruiter.token)).id;
    const vacancy = (user: MadeUser, title: string, open = true) =>
      makeVacancy(t, user.token, { roleProfileId: profileId, hiringManagerIds: [manager.user.id], title }, { open });
    mine = await vacancy(recruiter, 'Accountmanager Utrecht');
    theirs = await vacancy(other, 'Key Account Manager Tallinn');
    await vacancy(recruiter, 'Concept vacature', false);

    const api = as(t, recruiter.token);
    const apply = async (vacancyId: string, candidateId: string) =>
      (await api.post(`/vacancies/${vacancyId}/applications`, { candidateId }).expect(201)).body.id as string;
    const move = (id: string, body: object) => api.post(`/applications/${id}/moves`, body).expect(200);
    const sales: [string, string] = ['2018-01-01', '2022-01-01'];

    // Mine: two applied (one knocked out on education), one in screening, one in the first round, one rejected.
    await apply(mine.id, (await makeSalesCandidate(t, recruiter.token, 'mbo 3', sales, names.flagged)).id);
    const facts = await makeSalesCandidate(t, recruiter.token, 'hbo', sales, names.facts);
    await apply(mine.id, facts.id);
    for (const data of [{ name: 'Nordlight' }, { name: 'Kuehne' }]) {
      await api
        .post(`/candidates/${facts.id}/facts`, { kind: 'skill', source: 'cv', data, confirmed: false })
        .expect(201);
    }
    await move(await apply(mine.id, (await makeSalesCandidate(t, recruiter.token, 'wo', sales)).id), {
      stage: 'screening',
    });
    const interviewed = await apply(
      mine.id,
      (await makeSalesCandidate(t, recruiter.token, 'hbo', sales, names.interview)).id,
    );
    await move(interviewed, { stage: 'screening' });
    await move(interviewed, { stage: 'interview', roundId: mine.rounds[0].id });
    // Rejected: no longer waits on anyone, though its knock-out cannot be decided without facts.
    const rejected = await apply(mine.id, (await makeCandidate(t, recruiter.token, { name: names.rejected })).id);
    await move(rejected, { stage: 'rejected', reason: 'Geen rijbewijs' });

    // An interview that ended three days ago: one of its two panel members has submitted.
    const { body: interview } = await api
      .post(`/applications/${interviewed}/interviews`, {
        roundId: mine.rounds[0].id,
        startsAt: '2026-12-14T09:30:00Z',
        location: 'Kantoor Utrecht',
        panel: panel.map((member) => member.user.id),
      })
      .expect(201);
    await as(t, panel[0].token)
      .post(`/interviews/${interview.id}/scorecards`, {
        ratings: [{ competency: 'customer_focus', rating: 3, notes: 'Evidence noted' }],
        recommendation: 'yes',
        submit: true,
      })
      .expect(201);
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    await t.dataSource.query(`UPDATE interviews SET starts_at = ${param(1)} WHERE id = ${param(2)}`, [
      stored(threeDaysAgo),
      interview.id,
    ]);

    // Theirs: one knocked out, with a fact from a CV nobody confirmed.
    const elsewhere = await makeSalesCandidate(t, other.token, 'mbo 3', sales, names.theirsFlagged);
    await as(t, other.token)
      .post(`/candidates/${elsewhere.id}/facts`, {
        kind: 'skill',
        source: 'cv',
        data: { name: 'Excel' },
        confirmed: false,
      })
      .expect(201);
    await apply(theirs.id, elsewhere.id);

    // The mail to the rejected candidate failed every attempt (as a dead SMTP server would leave it).
    await t.dataSource.query(
      `INSERT INTO mails (id, template, language, application_id, candidate_id, to_name, to_address, context,
                          status, attempts, error, send_after, created_at)
       SELECT ${param(1)}, 'rejection', 'nl', a.id, a.candidate_id, c.name, c.email, '{}', 'failed', 5,
              'connect ECONNREFUSED', a.applied_at, a.applied_at
         FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE a.id = ${param(2)}`,
      [randomUUID(), rejected],
    );
  });
  afterAll(() => t.close());

  const param = (n: number) => (t.dataSource.options.type === 'postgres' ? `$${n}` : '?');
  const stored = (time: Date) =>
    t.dataSource.options.type === 'postgres' ? time.toISOString() : time.toISOString().replace('T', ' ').slice(0, 23);

  async function signedIn(email: string, password = DEFAULT_PASSWORD) {
    const agent = request.agent(t.app.getHttpServer());
    const form = await agent.get('/sign-in').expect(200);
    await agent
      .post('/sign-in')
      .type('form')
      .send({ email, password, _csrf: /name="_csrf" value="([^"]*)"/.exec(form.text)![1] })
      .expect(303);
    return agent;
  }

  /** The counts in a vacancy's row, by stage, as the page shows them. */
  function rowOf(html: string, vacancyId: string): Record<string, string> | undefined {
    const row = new RegExp(`<tr data-vacancy="${vacancyId}">([\\s\\S]*?)</tr>`).exec(html);
    if (!row) return undefined;
    return Object.fromEntries([...row[1].matchAll(/data-stage="(\w+)">([^<]*)</g)].map((cell) => [cell[1], cell[2]]));
  }
  const totalOf = (html: string, id: string) => new RegExp(`id="${id}"[^>]*data-total="(\\d+)"`).exec(html)?.[1];

  it('shows my open vacancies with their counts per stage, and what waits on me there', async () => {
    const agent = await signedIn(recruiter.user.email);
    const { text } = await agent.get('/recruiter').expect(200);
    expect(rowOf(text, mine.id)).toEqual({
      applied: '2',
      screening: '1',
      interview: '1',
      offer: '0',
      hired: '0',
      rejected: '1',
      withdrawn: '0',
      total: '5',
      flagged: '1',
    });
    expect(rowOf(text, theirs.id)).toBeUndefined();
    expect(text).not.toContain('Concept vacature');
    expect(totalOf(text, 'vacancies')).toBe('1');
    expect(totalOf(text, 'flagged')).toBe('1');
    expect(totalOf(text, 'facts')).toBe('1');
    expect(totalOf(text, 'scorecards')).toBe('1');
    expect(totalOf(text, 'mails')).toBe('1');
    const section = (id: string) => new RegExp(`id="${id}"[\\s\\S]*?</section>`).exec(text)![0];
    expect(section('flagged')).toContain(names.flagged);
    expect(section('flagged')).not.toContain(names.theirsFlagged);
    expect(section('facts')).toContain(names.facts);
    expect(section('facts')).toContain('data-facts="2"');
    expect(section('scorecards')).toContain(names.interview);
    expect(section('scorecards')).toContain('1 of 2 scorecards in');
    expect(section('mails')).toContain(names.rejected);
    expect(section('mails')).toContain('Rejection');
    expect(section('mails')).toContain('<a href="/recruiter/mails?status=failed">Failed mails in the outbox</a>');
    const activity = section('activity');
    expect(activity).toContain('Piet Panel submitted a scorecard for Kandidaat Gesprek (Accountmanager Utrecht)');
    expect(activity).toContain('Kandidaat Afgewezen moved to Rejected (Accountmanager Utrecht)');
    expect(activity).toContain('Kandidaat Gesprek moved to Interview (Accountmanager Utrecht)');
    expect(activity).not.toContain(names.theirsFlagged);
  });

  it('shows every open vacancy with scope=all, and refuses a scope it does not know', async () => {
    const agent = await signedIn(other.user.email);
    const all = (await agent.get('/recruiter?scope=all').expect(200)).text;
    expect(rowOf(all, mine.id)?.total).toBe('5');
    expect(rowOf(all, theirs.id)).toMatchObject({ applied: '1', total: '1', flagged: '1' });
    expect(totalOf(all, 'flagged')).toBe('2');
    expect(totalOf(all, 'facts')).toBe('2');
    const own = (await agent.get('/recruiter').expect(200)).text;
    expect(rowOf(own, mine.id)).toBeUndefined();
    expect(totalOf(own, 'flagged')).toBe('1');
    const bad = await agent.get('/recruiter?scope=everything').expect(400);
    expect(bad.text).toContain('That request could not be read');
  });

  it('tells a recruiter named on no open vacancy so, and offers them all', async () => {
    const { user } = await makeUser(t, { roles: [Role.Recruiter] });
    const { text } = await (await signedIn(user.email)).get('/recruiter').expect(200);
    expect(text).toContain('You are not the recruiter of any open vacancy.');
    expect(text).toContain('<a href="/recruiter?scope&#x3D;all">All open vacancies</a>');
    expect(totalOf(text, 'flagged')).toBe('0');
    expect(text).toContain('No open application is flagged.');
  });

  it('is for recruiters and admins: hiring managers and interviewers get the 403 page', async () => {
    expect(
      (await (await signedIn(TEST_ADMIN.email, TEST_ADMIN.password)).get('/recruiter').expect(200)).text,
    ).toContain('Dashboard');
    for (const user of [manager, panel[0]]) {
      const refused = await (await signedIn(user.user.email)).get('/recruiter').expect(403);
      expect(refused.text).toContain('Not for your role');
      expect(refused.text).not.toContain('Accountmanager Utrecht');
    }
  });

  it('reads the page in at most ten queries, the same whatever the number of applications', async () => {
    const agent = await signedIn(recruiter.user.email);
    const dataSource = (t.get(DashboardRepository) as unknown as { dataSource: DataSource }).dataSource;
    /** The queries the dashboard's repositories send while the page is made (jobs may run queries meanwhile). */
    const queriesOfOnePage = async () => {
      const query = dataSource.query.bind(dataSource);
      let sent = 0;
      const spy = jest.spyOn(dataSource, 'query').mockImplementation((...args: Parameters<DataSource['query']>) => {
        if (/\b(Dashboard|UnconfirmedFacts)Repository\./.test(new Error().stack ?? '')) sent += 1;
        return query(...args);
      });
      try {
        await agent.get('/recruiter').expect(200);
        return sent;
      } finally {
        spy.mockRestore();
      }
    };
    const first = await queriesOfOnePage();
    expect(first).toBeGreaterThanOrEqual(7);
    expect(first).toBeLessThanOrEqual(10);
    for (let i = 0; i < 3; i += 1) {
      const candidate = await makeCandidate(t, recruiter.token);
      await as(t, recruiter.token)
        .post(`/vacancies/${mine.id}/applications`, { candidateId: candidate.id })
        .expect(201);
    }
    expect(await queriesOfOnePage()).toBe(first);
  });
});

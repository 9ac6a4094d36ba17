import { ShortlistStandings1795550000000 } from '../migrations/1795550000000-ShortlistStandings';
import { Rescorer } from '../src/applications/rescorer.service';
import { Role } from '../src/common/auth/role';
import { placeholder } from '../src/database/placeholders';
import { as, makeCandidate, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

// Each test builds its own data over HTTP; a busy machine must not fail the set-up.
jest.setTimeout(30_000);

/** A sales job started this many months before today, still held. */
function salesSince(monthsAgo: number): string {
  const start = new Date();
  start.setUTCDate(1);
  start.setUTCMonth(start.getUTCMonth() - monthsAgo);
  return start.toISOString().slice(0, 10);
}

/**
 * Two years in sales are a knock-out; two competencies each asked at level 4.
 * An applicant a year into sales with levels 2 and 3 is knocked out with
 * 62 × 5/8 = 38.75 points; one with no facts at all scores 0 and their
 * eligibility is unknown.
 */
const profile = {
  name: 'Accountmanager (groups)',
  language: 'en',
  criteria: {
    salesExperience: { weight: 38, knockout: true, minimumYears: 2, targetYears: 5 },
    competencies: {
      weight: 62,
      items: [
        { code: 'customer_focus', requiredLevel: 4, weight: 1 },
        { code: 'analytical', requiredLevel: 4, weight: 1 },
      ],
    },
  },
};

describe('the shortlist groups: ranked, knocked out, not enough evidence', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
  });
  afterAll(() => t.close());

  const api = (user: MadeUser = recruiter) => as(t, user.token);

  async function applicant(
    vacancyId: string,
    name: string,
    facts: { months: number; levels: [number, number] } | null,
  ) {
    const person = await makeCandidate(t, recruiter.token, { name });
    if (facts) {
      const work = { title: 'Accountmanager', start: salesSince(facts.months), end: null, salesRole: true };
      await api().post(`/candidates/${person.id}/facts`, { kind: 'work', source: 'cv', data: work, confirmed: true });
      for (const [code, level] of [
        ['customer_focus', facts.levels[0]],
        ['analytical', facts.levels[1]],
      ] as const) {
        await api()
          .post(`/candidates/${person.id}/facts`, { kind: 'competency', source: 'cv', data: { code, level } })
          .expect(201);
      }
    }
    const { body } = await api().post(`/vacancies/${vacancyId}/applications`, { candidateId: person.id }).expect(201);
    return body as { id: string; shortlistScore: number; eligible: boolean; standing: string };
  }

  /** A vacancy with the issue's two applicants and one ranked above them, applied in the worst order. */
  async function vacancyWithThree() {
    const { body: created } = await api().post('/role-profiles', profile).expect(201);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: created.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const noFacts = await applicant(vacancy.id, 'No Facts', null);
    const knockedOut = await applicant(vacancy.id, 'Knocked Out', { months: 12, levels: [2, 3] });
    const ranked = await applicant(vacancy.id, 'Ranked', { months: 48, levels: [3, 3] });
    return { vacancyId: vacancy.id, noFacts, knockedOut, ranked };
  }

  it('puts an applicant with no facts after a knocked-out one scored 38.75, in a group of their own', async () => {
    const { vacancyId, noFacts, knockedOut, ranked } = await vacancyWithThree();
    expect(noFacts).toMatchObject({ shortlistScore: 0, eligible: true, standing: 'not_enough_evidence' });
    expect(knockedOut).toMatchObject({ shortlistScore: 38.75, eligible: false, standing: 'knocked_out' });
    expect(ranked).toMatchObject({ eligible: true, standing: 'ranked' });

    const { body } = await api(manager).get(`/vacancies/${vacancyId}/shortlist`).expect(200);
    expect(
      body.items.map((item: { position: number; standing: string; candidate: { name: string }; score: number }) => [
        item.position,
        item.standing,
        item.candidate.name,
        item.score,
      ]),
    ).toEqual([
      [1, 'ranked', 'Ranked', ranked.shortlistScore],
      [2, 'knocked_out', 'Knocked Out', 38.75],
      [3, 'not_enough_evidence', 'No Facts', 0],
    ]);
    expect(body.items[2].openKnockouts.map((note: { criterion: string }) => note.criterion)).toEqual([
      'salesExperience',
    ]);
  });

  it('pages through the groups in the same order, one at a time', async () => {
    const { vacancyId, noFacts, knockedOut, ranked } = await vacancyWithThree();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/vacancies/${vacancyId}/shortlist?limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const { body } = await api().get(url).expect(200);
      seen.push(...body.items.map((item: { applicationId: string }) => item.applicationId));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([ranked.id, knockedOut.id, noFacts.id]);
  });

  it('filters by group, and by eligibility as stored (not enough evidence is not ineligible)', async () => {
    const { vacancyId, noFacts, knockedOut, ranked } = await vacancyWithThree();
    const ids = async (query: string) =>
      (await api().get(`/vacancies/${vacancyId}/shortlist?${query}`).expect(200)).body.items.map(
        (item: { applicationId: string }) => item.applicationId,
      );
    expect(await ids('standing=not_enough_evidence')).toEqual([noFacts.id]);
    expect(await ids('standing=knocked_out')).toEqual([knockedOut.id]);
    expect(await ids('standing=ranked')).toEqual([ranked.id]);
    expect(await ids('eligible=true')).toEqual([ranked.id, noFacts.id]);
    expect(await ids('eligible=false')).toEqual([knockedOut.id]);
    expect(await ids('eligible=false&standing=ranked')).toEqual([]);
    // Paged one at a time across the gap between the two groups eligible=true spans.
    const first = await api().get(`/vacancies/${vacancyId}/shortlist?eligible=true&limit=1`).expect(200);
    const next = await api()
      .get(`/vacancies/${vacancyId}/shortlist?eligible=true&limit=1&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect(
      [...first.body.items, ...next.body.items].map((item: { applicationId: string }) => item.applicationId),
    ).toEqual([ranked.id, noFacts.id]);
    expect(next.body.items[0].position).toBe(2);
    expect(next.body.nextCursor).toBeNull();
    const bad = await api().get(`/vacancies/${vacancyId}/shortlist?standing=top`).expect(400);
    expect(bad.body.errors).toEqual([
      {
        field: 'standing',
        messages: ['standing must be one of: ranked, knocked_out, not_enough_evidence, not_screened'],
      },
    ]);
  });

  it('names the group in the CSV export', async () => {
    const { vacancyId } = await vacancyWithThree();
    const response = await api(manager).get(`/vacancies/${vacancyId}/shortlist.csv`).expect(200);
    const lines = response.text.trimEnd().split('\r\n');
    expect(lines[0].split(',').slice(0, 3)).toEqual(['position', 'standing', 'candidate']);
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 3))).toEqual([
      ['1', 'ranked', 'Ranked'],
      ['2', 'knocked_out', 'Knocked Out'],
      ['3', 'not_enough_evidence', 'No Facts'],
    ]);
    const only = await api(manager).get(`/vacancies/${vacancyId}/shortlist.csv?standing=not_enough_evidence`);
    expect(only.text.trimEnd().split('\r\n').slice(1)).toHaveLength(1);
  });

  it('moves an applicant into the ranking once the missing facts arrive', async () => {
    const { vacancyId, noFacts } = await vacancyWithThree();
    const { body: application } = await api().get(`/applications/${noFacts.id}`).expect(200);
    const work = { title: 'Accountmanager', start: salesSince(60), end: null, salesRole: true };
    await api()
      .post(`/candidates/${application.candidateId}/facts`, { kind: 'work', source: 'recruiter', data: work })
      .expect(201);
    await t.get(Rescorer).idle();
    const { body } = await api().get(`/applications/${noFacts.id}`).expect(200);
    expect(body).toMatchObject({ standing: 'ranked', eligible: true, screeningScore: 38 });
    const shortlist = await api().get(`/vacancies/${vacancyId}/shortlist`).expect(200);
    expect(shortlist.body.items.map((item: { candidate: { name: string } }) => item.candidate.name)).toEqual([
      'Ranked',
      'No Facts',
      'Knocked Out',
    ]);
  });

  it('moves stored applications into their groups when the migration runs', async () => {
    const { vacancyId, noFacts, knockedOut, ranked } = await vacancyWithThree();
    const $ = placeholder(t.dataSource);
    const keys = async () => {
      const rows: { id: string; sort_key: number }[] = await t.dataSource.query(
        `SELECT id, sort_key FROM applications WHERE vacancy_id = ${$(1)}`,
        [vacancyId],
      );
      return Object.fromEntries(rows.map((row) => [row.id, Number(row.sort_key)]));
    };
    const now = await keys();
    // As the sort keys were before the groups: eligible first, whatever the evidence.
    await t.dataSource.query(`UPDATE applications SET sort_key = sort_key - 40004 WHERE id = ${$(1)}`, [noFacts.id]);
    const runner = t.dataSource.createQueryRunner();
    try {
      await new ShortlistStandings1795550000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await keys()).toEqual(now);
    expect(now[ranked.id]).toBeLessThan(now[knockedOut.id]);
    expect(now[knockedOut.id]).toBeLessThan(now[noFacts.id]);
  });
});

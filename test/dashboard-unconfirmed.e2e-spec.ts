import { Role } from '../src/common/auth/role';
import { UNCONFIRMED_COUNTED, UnconfirmedFactsRepository } from '../src/dashboard/unconfirmed-facts.repository';
import { as, bearer, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { signedInPages } from './support/page-session';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(180_000);

/**
 * The dashboard's "CV facts to confirm": the candidates with the newest
 * unconfirmed CV facts among the vacancies' applicants, found by walking the
 * newest facts, must be the ones a plain grouped read finds, also when the
 * newest facts all belong to one candidate; and the count stops, saying
 * "over", past UNCONFIRMED_COUNTED.
 */
describe('the dashboard’s unconfirmed CV facts', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let vacancyId: string;
  let otherVacancyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profileId = (await makeProfile(t, recruiter.token)).id;
    const open = async (title: string) =>
      (
        await makeVacancy(
          t,
          recruiter.token,
          { roleProfileId: profileId, hiringManagerIds: [manager.user.id], recruiterIds: [recruiter.user.id], title },
          { open: true },
        )
      ).id;
    vacancyId = await open('Kliendihaldur');
    otherVacancyId = await open('Võtmekliendihaldur');
  });
  afterAll(() => t.close());

  const repository = () => t.get(UnconfirmedFactsRepository);
  const importInto = async (vacancy: string, from: number, count: number) => {
    const lines = Array.from({ length: count }, (_, i) =>
      JSON.stringify({
        basics: { name: `Kandidaat ${from + i}`, email: `kandidaat-${from + i}@example.com` },
        education: [{ institution: 'Tartu Ülikool', studyType: 'bakalaureus', area: 'Majandus' }],
        work: [{ name: 'Baltic Trade OÜ', position: 'Accountmanager', startDate: '2018-04' }],
      }),
    ).join('\n');
    const { body } = await t
      .http()
      .post(`/candidates/import?vacancyId=${vacancy}`)
      .set(bearer(recruiter.token))
      .set('Content-Type', 'application/x-ndjson')
      .send(lines)
      .expect(200);
    expect(body.applied).toBe(count);
  };

  /** What the list must be: every applicant's newest unconfirmed CV fact, grouped and sorted. */
  async function expected(vacancies: string[], limit: number) {
    const list = vacancies.map((id) => `'${id}'`).join(', ');
    const rows: { candidateId: string; facts: number | string }[] = await t.dataSource.query(
      `SELECT f.candidate_id AS "candidateId", COUNT(*) AS facts FROM candidate_facts f
        WHERE f.source = 'cv' AND f.confirmed = FALSE
          AND f.candidate_id IN (SELECT candidate_id FROM applications WHERE vacancy_id IN (${list}))
        GROUP BY f.candidate_id ORDER BY MAX(f.created_at) DESC, f.candidate_id LIMIT ${limit}`,
    );
    return rows.map((row) => ({ candidateId: row.candidateId, facts: Number(row.facts) }));
  }

  it('lists the applicants with the newest unconfirmed facts, as a grouped read does, and counts them', async () => {
    await importInto(vacancyId, 0, 30);
    await importInto(otherVacancyId, 100, 5);
    const { items, total, atLeast } = await repository().newest([vacancyId], 10);
    expect(items.map(({ candidateId, facts }) => ({ candidateId, facts }))).toEqual(await expected([vacancyId], 10));
    expect(items.every((item) => item.candidateName.startsWith('Kandidaat '))).toBe(true);
    expect({ total, atLeast: atLeast ?? false }).toEqual({ total: 30, atLeast: false });
    expect((await repository().newest([vacancyId, otherVacancyId], 10)).total).toBe(35);
  });

  it('finds the same when the newest facts all belong to one candidate', async () => {
    const [{ candidateId }] = await expected([vacancyId], 1);
    const api = as(t, recruiter.token);
    const [older] = (await expected([vacancyId], 30)).slice(-1);
    // The oldest applicant gets more unconfirmed facts than the walk looks at: they become the newest.
    for (let i = 0; i < 505; i++) {
      await api
        .post(`/candidates/${older.candidateId}/facts`, {
          kind: 'skill',
          source: 'cv',
          data: { name: `Oskus ${i}`, level: 'advanced' },
          confirmed: false,
        })
        .expect(201);
    }
    const { items } = await repository().newest([vacancyId], 10);
    expect(items[0]).toMatchObject({ candidateId: older.candidateId });
    expect(items.map(({ candidateId: id, facts }) => ({ candidateId: id, facts }))).toEqual(
      await expected([vacancyId], 10),
    );
    expect(items.map((item) => item.candidateId)).toContain(candidateId);
  });

  it(`stops counting past ${UNCONFIRMED_COUNTED.toLocaleString('en')}, and the page says "over"`, async () => {
    await importInto(vacancyId, 1000, UNCONFIRMED_COUNTED);
    const { items, total, atLeast } = await repository().newest([vacancyId], 10);
    expect({ total, atLeast }).toEqual({ total: UNCONFIRMED_COUNTED, atLeast: true });
    expect(items).toHaveLength(10);
    const pages = await signedInPages(t, recruiter.user.email);
    const { text } = await pages.agent.get('/recruiter').expect(200);
    const section = text.split('id="facts"')[1].split('</section>')[0];
    expect(section).toContain('over 1,000');
    expect(section).toContain('And over 990 more.');
  });
});

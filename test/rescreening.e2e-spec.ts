import { Rescorer } from '../src/applications/rescorer.service';
import { screeningColumns } from '../src/applications/screened-application';
import { ScreeningResultsRepository } from '../src/applications/screening-results.repository';
import { Role } from '../src/common/auth/role';
import { Transactions } from '../src/database/transactions';
import { today } from '../src/screening/reference-date';
import { ScreeningRunner } from '../src/screening/screening-runner';
import { VacanciesRepository } from '../src/vacancies/vacancies.repository';
import { as, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/** Re-screening's safety when other changes come at the same time as its batches. */
describe('screening again, beside other changes', () => {
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
  const settle = () => t.get(Rescorer).idle();

  async function vacancyWithApplicants(count: number) {
    const profile = await makeProfile(t, recruiter.token);
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profile.id, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const applications: { id: string }[] = [];
    for (let i = 0; i < count; i++) {
      const person = await makeCandidate(t, recruiter.token);
      await api()
        .post(`/candidates/${person.id}/facts`, { kind: 'education', source: 'cv', data: { level: 'hbo' } })
        .expect(201);
      applications.push(
        (await api().post(`/vacancies/${vacancy.id}/applications`, { candidateId: person.id }).expect(201)).body,
      );
    }
    const { body: current } = await api().get(`/role-profiles/${profile.id}`).expect(200);
    const stricter = {
      ...current.criteria,
      education: { ...current.criteria.education, knockout: true, minimumLevel: 'wo', preferredLevel: 'wo' },
    };
    await api().post(`/role-profiles/${profile.id}/versions`, { criteria: stricter }).expect(201);
    return { profile, vacancy, applications };
  }

  const versionsOf = async (applications: { id: string }[]) =>
    Promise.all(
      applications.map(async ({ id }) => (await api().get(`/applications/${id}`).expect(200)).body.profileVersion),
    );

  it('stops a screening that began before the vacancy changed, and leaves the work to the one the change queued', async () => {
    const { vacancy, applications } = await vacancyWithApplicants(3);
    await api().patch(`/vacancies/${vacancy.id}`, { roleProfileVersion: 2 }).expect(200);
    await settle();
    expect(await versionsOf(applications)).toEqual([2, 2, 2]);

    // A job that read the vacancy while it still screened with version 1, running late.
    const results = t.get(ScreeningResultsRepository);
    const current = (await t.get(Transactions).run((tx) => results.screeningSettings(tx, vacancy.id)))!;
    const read = jest
      .spyOn(ScreeningResultsRepository.prototype, 'screeningSettings')
      .mockResolvedValue({ ...current, roleProfileVersion: 1 });
    try {
      expect(await t.get(Rescorer).rescoreVacancy(vacancy.id)).toBe(0);
    } finally {
      read.mockRestore();
    }
    expect(await versionsOf(applications)).toEqual([2, 2, 2]);
  });

  it('keeps the result an application was decided on when it is decided while its batch is being screened', async () => {
    const { vacancy, applications } = await vacancyWithApplicants(2);
    const [decided, open] = applications;
    const entity = (await t.get(VacanciesRepository).findById(vacancy.id))!;
    const runner = t.get(ScreeningRunner);
    const prepared = await runner.prepare(entity.roleProfileId, 2);
    const now = new Date();
    const outcome = runner.screen(prepared, {}, today(now));
    const result = (id: string) => ({
      id,
      vacancyId: vacancy.id,
      columns: screeningColumns(entity, prepared, outcome, now),
    });
    const revision = async () => (await api().get(`/vacancies/${vacancy.id}/shortlist`).expect(200)).headers.etag;

    // The batch has read both; then a recruiter withdraws one before the batch writes.
    await api()
      .post(`/applications/${decided.id}/moves`, { stage: 'withdrawn', reason: 'Took another job' })
      .expect(200);
    const before = await revision();
    const written = await t
      .get(Transactions)
      .run((tx) => t.get(ScreeningResultsRepository).saveScreenings(tx, [result(decided.id), result(open.id)], now));

    expect(written).toBe(1);
    expect(await versionsOf([decided, open])).toEqual([1, 2]);
    expect((await api().get(`/applications/${decided.id}`).expect(200)).body.stage).toBe('withdrawn');
    // The shortlist's cached pages go with the write.
    expect(await revision()).not.toEqual(before);
  });
});

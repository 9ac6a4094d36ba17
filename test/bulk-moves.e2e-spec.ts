import { Role } from '../src/common/auth/role';
import { as, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(120_000);

/** POST /vacancies/:id/applications/bulk: one move over many, each item whole or not at all, with its mail. */
describe('bulk moves over the API', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let manager: MadeUser;
  let vacancy: { id: string; rounds: { id: string }[] };
  let otherVacancy: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    manager = await makeUser(t, { roles: [Role.HiringManager] });
    const roleProfileId = (await makeProfile(t, recruiter.token)).id;
    const fields = { roleProfileId, hiringManagerIds: [manager.user.id] };
    vacancy = await makeVacancy(t, recruiter.token, fields, { open: true });
    otherVacancy = await makeVacancy(t, recruiter.token, fields, { open: true });
  });
  afterAll(() => t.close());

  const api = () => as(t, recruiter.token);
  const applyMany = async (count: number, to = vacancy.id) => {
    const ids: string[] = [];
    for (let n = 0; n < count; n += 1) {
      const candidate = await makeCandidate(t, recruiter.token);
      ids.push((await api().post(`/vacancies/${to}/applications`, { candidateId: candidate.id }).expect(201)).body.id);
    }
    return ids;
  };
  const bulk = (body: object, vacancyId = vacancy.id) => api().post(`/vacancies/${vacancyId}/applications/bulk`, body);
  const mailsOf = async (ids: string[]) =>
    (
      await t.dataSource.query(
        `SELECT application_id AS "applicationId", template, send_after AS "sendAfter" FROM mails`,
      )
    )
      .filter((mail: { applicationId: string }) => ids.includes(mail.applicationId))
      .filter((mail: { template: string }) => mail.template === 'rejection');

  it('moves each application it may, and says of each what became of it', async () => {
    const [a, b, c] = await applyMany(3);
    await api().post(`/applications/${c}/moves`, { stage: 'screening' }).expect(200);
    const [elsewhere] = await applyMany(1, otherVacancy.id);
    const { body } = await bulk({ applicationIds: [a, b, c, elsewhere, a], stage: 'screening' }).expect(200);
    expect(body).toEqual({
      moved: 2,
      items: [
        { applicationId: a, outcome: 'moved', stage: 'screening' },
        { applicationId: b, outcome: 'moved', stage: 'screening' },
        { applicationId: c, outcome: 'not_allowed', code: 'APPLICATION_STAGE_CONFLICT', stage: 'screening' },
        { applicationId: elsewhere, outcome: 'not_found', code: 'APPLICATION_NOT_FOUND' },
      ],
    });
    const events = (await api().get(`/applications/${a}/events`).expect(200)).body;
    expect(events.map((event: { toStage: string }) => event.toStage)).toEqual(['applied', 'screening']);
    expect((await api().get(`/applications/${elsewhere}`).expect(200)).body.stage).toBe('applied');
  });

  it('rejects with the rejection mail when chosen, or none, each in the move’s own commit', async () => {
    const withMail = await applyMany(2);
    const without = await applyMany(2);
    await bulk({ applicationIds: withMail, stage: 'rejected', reason: 'Ander profiel', mail: 'rejection' }).expect(200);
    await bulk({ applicationIds: without, stage: 'rejected', reason: 'Ander profiel', mail: 'none' }).expect(200);
    expect(await mailsOf(withMail)).toHaveLength(2);
    expect(await mailsOf(without)).toHaveLength(0);
    for (const id of [...withMail, ...without]) {
      expect((await api().get(`/applications/${id}`).expect(200)).body.stage).toBe('rejected');
    }
  });

  it('refuses a rejection without a reason per item, and a bad request as a whole', async () => {
    const [a] = await applyMany(1);
    const { body } = await bulk({ applicationIds: [a], stage: 'rejected' }).expect(200);
    expect(body.items[0]).toMatchObject({ outcome: 'not_allowed', code: 'VALIDATION_FAILED' });
    await bulk({ applicationIds: [], stage: 'screening' }).expect(400);
    await bulk({ applicationIds: ['nope'], stage: 'screening' }).expect(400);
    await bulk({ applicationIds: [a], stage: 'screening', mail: 'shout' }).expect(400);
    expect((await api().get(`/applications/${a}`).expect(200)).body.stage).toBe('applied');
  });

  it('is for recruiters, on vacancies that exist', async () => {
    const [a] = await applyMany(1);
    await as(t, manager.token)
      .post(`/vacancies/${vacancy.id}/applications/bulk`, { applicationIds: [a], stage: 'screening' })
      .expect(403);
    await bulk({ applicationIds: [a], stage: 'screening' }, '00000000-0000-4000-8000-000000000000').expect(404);
    expect((await api().get(`/applications/${a}`).expect(200)).body.stage).toBe('applied');
  });

  it('moves each application once when two bulk rejections race over the same ones, with one mail each', async () => {
    const ids = await applyMany(8);
    const body = { applicationIds: ids, stage: 'rejected', reason: 'Vacature vervuld', mail: 'rejection' };
    // The second goes through them in the other order, so that the two meet in the middle.
    const [first, second] = await Promise.all([
      bulk(body).expect(200),
      bulk({ ...body, applicationIds: [...ids].reverse() }).expect(200),
    ]);
    expect(first.body.moved + second.body.moved).toBe(ids.length);
    for (const id of ids) {
      const outcomes = [first.body, second.body].map(
        (answer) => answer.items.find((item: { applicationId: string }) => item.applicationId === id).outcome,
      );
      expect(outcomes.filter((outcome) => outcome === 'moved')).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome !== 'moved')[0]).toMatch(/^(stale|not_allowed)$/);
      const events = (await api().get(`/applications/${id}/events`).expect(200)).body;
      expect(events.filter((event: { toStage: string }) => event.toStage === 'rejected')).toHaveLength(1);
    }
    expect(await mailsOf(ids)).toHaveLength(ids.length);
  });
});

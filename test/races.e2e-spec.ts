import { Role } from '../src/common/auth/role';
import { as, makeCandidate, makeProfile, makeUser, makeVacancy, MadeUser } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

// Each test builds its own data over HTTP; a busy machine must not fail the set-up.
jest.setTimeout(30_000);

/**
 * Writes that read before they insert, raced: every answer is a success or a
 * 409 with a code, never a 500, and what is stored afterwards is whole.
 */
describe('simultaneous writes', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let admin: MadeUser;
  let managers: MadeUser[];
  let profileId: string;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    admin = await makeUser(t, { roles: [Role.Admin] });
    managers = [];
    for (let i = 0; i < 3; i++) managers.push(await makeUser(t, { roles: [Role.HiringManager] }));
    profileId = (await makeProfile(t, recruiter.token)).id;
  });
  afterAll(() => t.close());

  const api = (user: MadeUser = recruiter) => as(t, user.token);
  const burst = <T>(count: number, request: (index: number) => Promise<T>) =>
    Promise.all(Array.from({ length: count }, (_, index) => request(index)));
  const statuses = (answers: { status: number }[]) => [...new Set(answers.map((answer) => answer.status))].sort();

  it('replaces an interview plan ten times at once: every answer 200, the plan whole at positions 1..n', async () => {
    const vacancy = await makeVacancy(t, recruiter.token, {
      roleProfileId: profileId,
      hiringManagerIds: [managers[0].user.id],
    });
    const plan = (index: number) => ({
      rounds: Array.from({ length: 1 + (index % 3) }, (_, round) => ({
        name: `Plan ${index} round ${round + 1}`,
        kind: 'interview',
        competencies: ['customer_focus'],
      })),
    });
    const answers = await burst(10, (index) => api().put(`/vacancies/${vacancy.id}/rounds`, plan(index)));
    expect(statuses(answers)).toEqual([200]);
    const { body } = await api().get(`/vacancies/${vacancy.id}`).expect(200);
    const positions = body.rounds.map((round: { position: number }) => round.position);
    expect(positions).toEqual(Array.from({ length: positions.length }, (_, index) => index + 1));
    // The stored plan is one of the plans sent, whole: every round named after the same request.
    const names = body.rounds.map((round: { name: string }) => round.name);
    const sentBy = Number(/^Plan (\d+)/.exec(names[0])![1]);
    expect(names).toEqual(plan(sentBy).rounds.map((round) => round.name));
  });

  it("changes a vacancy's hiring managers ten times at once: every answer 200, one set of owners stored", async () => {
    const vacancy = await makeVacancy(t, recruiter.token, {
      roleProfileId: profileId,
      hiringManagerIds: [managers[0].user.id],
    });
    const owners = (index: number) => managers.slice(0, 1 + (index % 3)).map((manager) => manager.user.id);
    const answers = await burst(10, (index) =>
      api().patch(`/vacancies/${vacancy.id}`, { hiringManagerIds: owners(index) }),
    );
    expect(statuses(answers)).toEqual([200]);
    const { body } = await api().get(`/vacancies/${vacancy.id}`).expect(200);
    expect([owners(0), owners(1), owners(2)].map((ids) => [...ids].sort())).toContainEqual(
      [...body.hiringManagerIds].sort(),
    );
  });

  it('creates a candidate once when ten requests name the same e-mail: one 201, nine 409', async () => {
    const email = 'same-person@example.com';
    const answers = await burst(10, (index) => api().post('/candidates', { name: `Same ${index}`, email }));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(new Set(answers.filter((a) => a.status === 409).map((a) => a.body.code))).toEqual(
      new Set(['CANDIDATE_EMAIL_TAKEN']),
    );
    const listed = await api().get(`/candidates?search=same-person`).expect(200);
    expect(listed.body.total).toBe(1);
  });

  it('creates a user once when ten requests name the same e-mail: one 201, nine 409', async () => {
    const email = 'same-user@example.com';
    const answers = await burst(10, (index) =>
      api(admin).post('/users', { email, name: `Same ${index}`, roles: [Role.Recruiter] }),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(new Set(answers.filter((a) => a.status === 409).map((a) => a.body.code))).toEqual(new Set(['EMAIL_TAKEN']));
  });

  it('takes one application when ten requests apply the same candidate: one 201, nine 409', async () => {
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [managers[0].user.id] },
      { open: true },
    );
    const person = await makeCandidate(t, recruiter.token);
    const answers = await burst(10, () =>
      api().post(`/vacancies/${vacancy.id}/applications`, { candidateId: person.id }),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(new Set(answers.filter((a) => a.status === 409).map((a) => a.body.code))).toEqual(
      new Set(['APPLICATION_EXISTS']),
    );
    const listed = await api().get(`/applications?vacancyId=${vacancy.id}`).expect(200);
    expect(listed.body.total).toBe(1);
  });
});

describe('simultaneous interview scheduling', () => {
  let t: TestApp;
  let recruiter: MadeUser;
  let interviewer: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    recruiter = await makeUser(t, { roles: [Role.Recruiter] });
    interviewer = await makeUser(t, { roles: [Role.Interviewer] });
  });
  afterAll(() => t.close());

  it('schedules one interview a round when five requests schedule it at once: one 201, four 409', async () => {
    const api = as(t, recruiter.token);
    const manager = await makeUser(t, { roles: [Role.HiringManager] });
    const profileId = (await makeProfile(t, recruiter.token)).id;
    const vacancy = await makeVacancy(
      t,
      recruiter.token,
      { roleProfileId: profileId, hiringManagerIds: [manager.user.id] },
      { open: true },
    );
    const person = await makeCandidate(t, recruiter.token);
    const { body: application } = await api
      .post(`/vacancies/${vacancy.id}/applications`, { candidateId: person.id })
      .expect(201);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.post(`/applications/${application.id}/interviews`, {
          roundId: vacancy.rounds[0].id,
          startsAt: '2030-01-07T09:00:00Z',
          panel: [interviewer.user.id],
        }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const listed = await api.get(`/applications/${application.id}/interviews`).expect(200);
    expect(listed.body).toHaveLength(1);
  });
});

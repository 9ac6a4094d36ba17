import { randomUUID } from 'node:crypto';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { TokenService } from '../../src/auth/token.service';
import { Role } from '../../src/common/auth/role';
import { JobQueue } from '../../src/jobs/job-queue';
import { User } from '../../src/users/entities/user.entity';
import { UsersRepository } from '../../src/users/users.repository';
import { TestApp } from './test-app';

export const DEFAULT_PASSWORD = 'a-long-test-password';

/** scrypt is slow on purpose; hash each test password once per file. */
const hashes = new Map<string, Promise<string>>();

export interface MadeUser {
  user: User;
  password: string;
  token: string;
}

export async function makeUser(
  t: TestApp,
  overrides: { roles?: Role[]; email?: string; name?: string; password?: string; active?: boolean } = {},
): Promise<MadeUser> {
  const password = overrides.password ?? DEFAULT_PASSWORD;
  if (!hashes.has(password)) hashes.set(password, t.get(PasswordHasher).hash(password));
  const repository = t.get(UsersRepository);
  let user = await repository.create({
    email: overrides.email ?? `user-${randomUUID().slice(0, 8)}@example.com`,
    name: overrides.name ?? 'Test User',
    roles: overrides.roles ?? [Role.Recruiter],
    language: 'en',
    passwordHash: (await hashes.get(password))!,
  });
  if (overrides.active === false) {
    await repository.setActive(user.id, false);
    user = (await repository.findById(user.id))!;
  }
  return { user, password, token: tokenFor(t, user) };
}

export function tokenFor(t: TestApp, user: Pick<User, 'id' | 'tokenVersion'>): string {
  return t.get(TokenService).issue(user).accessToken;
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

let candidateCounter = 0;

/** A candidate created over the API, as a recruiter would. */
export async function makeCandidate(
  t: TestApp,
  token: string,
  overrides: Partial<{ name: string; email: string; language: string }> = {},
): Promise<{ id: string; name: string; email: string }> {
  candidateCounter += 1;
  const response = await t
    .http()
    .post('/candidates')
    .set(bearer(token))
    .send({
      name: `Candidate ${candidateCounter}`,
      email: `candidate-${candidateCounter}-${randomUUID().slice(0, 6)}@example.com`,
      ...overrides,
    })
    .expect(201);
  return response.body;
}

/**
 * A candidate with an education level and one sales job that has ended, so
 * a score does not change with the date a test runs on. Under the
 * Accountmanager B template: education 20 points (hbo, the minimum, 14; hbo+
 * and wo 20; below hbo a knock-out), sales 25 points in proportion to 4 years.
 */
export async function makeSalesCandidate(
  t: TestApp,
  token: string,
  level: string,
  sales: [string, string],
  name?: string,
): Promise<{ id: string; name: string; email: string }> {
  const made = await makeCandidate(t, token, name ? { name } : {});
  await as(t, token)
    .post(`/candidates/${made.id}/facts`, { kind: 'education', source: 'cv', data: { level }, confirmed: true })
    .expect(201);
  await as(t, token)
    .post(`/candidates/${made.id}/facts`, {
      kind: 'work',
      source: 'cv',
      data: { title: 'Accountmanager', start: sales[0], end: sales[1], salesRole: true },
      confirmed: true,
    })
    .expect(201);
  // The facts queue a screening of the candidate's applications. Let it run now, with none yet,
  // rather than after the test's next step, where it would screen again and raise shortlist revisions.
  await t.get(JobQueue).idle();
  return made;
}

/** Requests made with one user's token. */
export function as(t: TestApp, token: string) {
  return {
    get: (url: string) => t.http().get(url).set(bearer(token)),
    post: (url: string, body: object = {}) => t.http().post(url).set(bearer(token)).send(body),
    patch: (url: string, body: object) => t.http().patch(url).set(bearer(token)).send(body),
    put: (url: string, body: object) => t.http().put(url).set(bearer(token)).send(body),
    delete: (url: string) => t.http().delete(url).set(bearer(token)),
  };
}

/** A recruiter's own copy of a built-in template, as a vacancy needs. */
export async function makeProfile(
  t: TestApp,
  token: string,
  templateKey = 'accountmanager-b',
): Promise<{ id: string; currentVersion: number; version: number }> {
  const response = await as(t, token).post(`/role-profiles/templates/${templateKey}/copy`, {}).expect(201);
  return response.body;
}

/** A draft vacancy over the API; `open: true` opens it too. */
export async function makeVacancy(
  t: TestApp,
  token: string,
  fields: { roleProfileId: string; hiringManagerIds: string[] } & Record<string, unknown>,
  options: { open?: boolean } = {},
): Promise<{ id: string; status: string; rounds: { id: string; name: string }[] } & Record<string, unknown>> {
  const response = await as(t, token)
    .post('/vacancies', {
      title: 'Accountmanager B',
      description: 'Nationale klanten beheren en uitbouwen.',
      employmentType: 'full_time',
      headcount: 1,
      rounds: [
        { name: 'Eerste gesprek', kind: 'interview', competencies: ['customer_focus'] },
        { name: 'Eindgesprek', kind: 'final_interview', competencies: ['persuasiveness'] },
      ],
      ...fields,
    })
    .expect(201);
  if (!options.open) return response.body;
  const opened = await as(t, token).post(`/vacancies/${response.body.id}/status`, { status: 'open' }).expect(200);
  return opened.body;
}

/** A new application of the candidate (a new one when not given), moved into the vacancy's round (its first by default). */
export async function applyInRound(
  t: TestApp,
  token: string,
  vacancy: { id: string; rounds: { id: string }[] },
  options: { candidateId?: string; round?: number } = {},
): Promise<{ applicationId: string; candidateId: string; roundId: string }> {
  const candidateId = options.candidateId ?? (await makeCandidate(t, token)).id;
  const roundId = vacancy.rounds[options.round ?? 0].id;
  const api = as(t, token);
  const { body } = await api.post(`/vacancies/${vacancy.id}/applications`, { candidateId }).expect(201);
  await api.post(`/applications/${body.id}/moves`, { stage: 'screening' }).expect(200);
  await api.post(`/applications/${body.id}/moves`, { stage: 'interview', roundId }).expect(200);
  return { applicationId: body.id, candidateId, roundId };
}

/** An interview of the application's round with the given panel, on a fixed date so mails and calendars compare. */
export async function scheduleInterview(
  t: TestApp,
  token: string,
  applicationId: string,
  roundId: string,
  panel: { user: { id: string } }[],
  fields: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const { body } = await as(t, token)
    .post(`/applications/${applicationId}/interviews`, {
      roundId,
      startsAt: '2026-12-14T09:30:00Z',
      panel: panel.map((member) => member.user.id),
      ...fields,
    })
    .expect(201);
  return body;
}

import { Role } from '../src/common/auth/role';
import { as, bearer, DEFAULT_PASSWORD, makeUser, MadeUser } from './support/factories';
import { UsersRepository } from '../src/users/users.repository';
import { createTestApp, TEST_ADMIN, TestApp } from './support/test-app';

describe('user administration', () => {
  let t: TestApp;
  let admin: MadeUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await makeUser(t, { roles: [Role.Admin] });
  });
  afterAll(() => t.close());

  const asAdmin = () => as(t, admin.token);
  const login = (email: string, password: string) => t.http().post('/auth/login').send({ email, password });

  it('creates a user with a generated password that works once shown', async () => {
    const response = await asAdmin()
      .post('/users', {
        email: ' Recruiter@Example.com ',
        name: 'Recruiter One',
        roles: [Role.Recruiter],
        language: 'nl',
      })
      .expect(201);
    expect(response.body.user).toMatchObject({
      email: 'recruiter@example.com',
      name: 'Recruiter One',
      roles: [Role.Recruiter],
      language: 'nl',
      active: true,
    });
    expect(response.body.temporaryPassword).toMatch(/^[\w-]{24}$/);
    await login('recruiter@example.com', response.body.temporaryPassword).expect(200);

    const listed = await asAdmin().get(`/users/${response.body.user.id}`).expect(200);
    expect(listed.body.email).toBe('recruiter@example.com');
  });

  it('creates a user with a given password and returns no temporary one', async () => {
    const response = await asAdmin()
      .post('/users', {
        email: 'panel@example.com',
        name: 'Interviewer One',
        roles: [Role.Interviewer],
        password: 'given-password-123',
      })
      .expect(201);
    expect(response.body).not.toHaveProperty('temporaryPassword');
    await login('panel@example.com', 'given-password-123').expect(200);
  });

  it('answers 409 EMAIL_TAKEN for an e-mail in use, whatever its case', async () => {
    await makeUser(t, { email: 'taken@example.com' });
    const response = await asAdmin()
      .post('/users', { email: 'TAKEN@example.com', name: 'Someone', roles: [Role.Recruiter] })
      .expect(409);
    expect(response.body.code).toBe('EMAIL_TAKEN');
  });

  it('names every bad field of a new user, roles with the accepted values', async () => {
    const response = await asAdmin()
      .post('/users', { email: 'nope', name: '', roles: ['superuser'], language: 'de', password: 'short' })
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const byField = Object.fromEntries(
      response.body.errors.map((error: { field: string; messages: string[] }) => [error.field, error.messages]),
    );
    expect(Object.keys(byField).sort()).toEqual(['email', 'language', 'name', 'password', 'roles']);
    expect(byField.roles.join(' ')).toContain('admin, recruiter, interviewer, hiring_manager');
    const count = (await asAdmin().get('/users?limit=200').expect(200)).body.total;
    await asAdmin().post('/users', { email: 'nope', name: 'x', roles: [] }).expect(400);
    expect((await asAdmin().get('/users?limit=200').expect(200)).body.total).toBe(count);
  });

  it('pages the user list in e-mail order and validates the paging', async () => {
    const all = (await asAdmin().get('/users?limit=200').expect(200)).body;
    const emails = all.items.map((user: { email: string }) => user.email);
    expect(emails).toEqual([...emails].sort());
    const second = (await asAdmin().get('/users?limit=2&offset=1').expect(200)).body;
    expect(second).toMatchObject({ limit: 2, offset: 1, total: all.total });
    expect(second.items.map((user: { email: string }) => user.email)).toEqual(emails.slice(1, 3));
    const bad = await asAdmin().get('/users?limit=0&offset=-1').expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['limit', 'offset']);
  });

  it('changes roles and name; the new roles apply to existing tokens at once', async () => {
    const { user, token } = await makeUser(t, { roles: [Role.Recruiter] });
    await t.http().get('/users').set(bearer(token)).expect(403);
    const response = await asAdmin()
      .patch(`/users/${user.id}`, { roles: [Role.Recruiter, Role.Admin], name: 'Promoted' })
      .expect(200);
    expect(response.body).toMatchObject({ name: 'Promoted', roles: [Role.Admin, Role.Recruiter] });
    await t.http().get('/users').set(bearer(token)).expect(200);
  });

  it('deactivates a user: their token stops working and they cannot log in; activation restores login', async () => {
    const { user, token } = await makeUser(t);
    await t.http().get('/auth/me').set(bearer(token)).expect(200);
    const response = await asAdmin().post(`/users/${user.id}/deactivate`).expect(200);
    expect(response.body).toMatchObject({ active: false, deactivatedAt: expect.any(String) });
    const rejected = await t.http().get('/auth/me').set(bearer(token)).expect(401);
    expect(rejected.body.code).toBe('TOKEN_INVALID');
    await login(user.email, DEFAULT_PASSWORD).expect(401);

    await asAdmin().post(`/users/${user.id}/activate`).expect(200);
    await t.http().get('/auth/me').set(bearer(token)).expect(401); // old tokens stay revoked
    await login(user.email, DEFAULT_PASSWORD).expect(200);
  });

  it('resets a password: old password and tokens stop working', async () => {
    const { user, token } = await makeUser(t);
    const response = await asAdmin().post(`/users/${user.id}/reset-password`).expect(200);
    expect(response.body.temporaryPassword).toMatch(/^[\w-]{24}$/);
    await t.http().get('/auth/me').set(bearer(token)).expect(401);
    await login(user.email, DEFAULT_PASSWORD).expect(401);
    await login(user.email, response.body.temporaryPassword).expect(200);
  });

  it('never removes or deactivates the last active admin', async () => {
    const solo = await createTestApp();
    try {
      const firstAdmin = (await solo.get(UsersRepository).findByEmail(TEST_ADMIN.email))!;
      const self = await makeUser(solo, { roles: [Role.Admin] });
      // Two admins: one may be deactivated.
      await solo.http().post(`/users/${firstAdmin.id}/deactivate`).set(bearer(self.token)).expect(200);
      const deactivate = await solo
        .http()
        .post(`/users/${self.user.id}/deactivate`)
        .set(bearer(self.token))
        .expect(409);
      expect(deactivate.body.code).toBe('LAST_ADMIN');
      const demote = await solo
        .http()
        .patch(`/users/${self.user.id}`)
        .set(bearer(self.token))
        .send({ roles: [Role.Recruiter] })
        .expect(409);
      expect(demote.body.code).toBe('LAST_ADMIN');
      await solo.http().get('/auth/me').set(bearer(self.token)).expect(200);
    } finally {
      await solo.close();
    }
  });

  it('lets only admins manage users', async () => {
    for (const role of [Role.Recruiter, Role.Interviewer, Role.HiringManager]) {
      const { token } = await makeUser(t, { roles: [role] });
      const response = await t.http().post('/users').set(bearer(token)).send({}).expect(403);
      expect(response.body.code).toBe('FORBIDDEN_ROLE');
    }
  });
});

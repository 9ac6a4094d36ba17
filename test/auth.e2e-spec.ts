import { JwtService } from '@nestjs/jwt';
import { Role } from '../src/common/auth/role';
import { bearer, DEFAULT_PASSWORD, makeUser } from './support/factories';
import { createTestApp, TEST_ADMIN, TestApp } from './support/test-app';

describe('authentication', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { AUTH_MAX_FAILED_LOGINS: '5', AUTH_FAILED_LOGIN_DELAY_MS: '150' } });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) => t.http().post('/auth/login').send({ email, password });

  it('logs the first admin in and the token opens an admin route', async () => {
    const response = await login(TEST_ADMIN.email, TEST_ADMIN.password).expect(200);
    expect(response.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 12 * 3600,
      user: { email: TEST_ADMIN.email, roles: [Role.Admin], active: true },
    });
    expect(response.body.user.lastLoginAt).toEqual(expect.any(String));
    expect(response.body.user).not.toHaveProperty('passwordHash');
    const users = await t.http().get('/users').set(bearer(response.body.accessToken)).expect(200);
    expect(users.body.items.map((user: { email: string }) => user.email)).toContain(TEST_ADMIN.email);
  });

  it('accepts the e-mail address in any case', async () => {
    const { user } = await makeUser(t, { email: 'Mixed.Case@Example.com' });
    const response = await login('MIXED.case@example.COM', DEFAULT_PASSWORD).expect(200);
    expect(response.body.user.id).toBe(user.id);
  });

  it('gives the same answer for an unknown e-mail, a wrong password and a deactivated account', async () => {
    const active = await makeUser(t);
    const inactive = await makeUser(t, { active: false });
    const answers = [
      await login('nobody@example.com', DEFAULT_PASSWORD),
      await login(active.user.email, 'wrong-password'),
      await login(inactive.user.email, DEFAULT_PASSWORD),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('INVALID_CREDENTIALS');
      expect(answer.body.detail).toBe(answers[0].body.detail);
    }
  });

  it('returns the current user from GET /auth/me', async () => {
    const { user, token } = await makeUser(t, { roles: [Role.HiringManager, Role.Interviewer] });
    const response = await t.http().get('/auth/me').set(bearer(token)).expect(200);
    expect(response.body).toMatchObject({ id: user.id, roles: [Role.HiringManager, Role.Interviewer] });
  });

  it('rejects an expired token and one signed with another secret', async () => {
    const { user } = await makeUser(t);
    const jwt = t.get(JwtService);
    const expired = jwt.sign({ sub: user.id, ver: 0 }, { expiresIn: -10 });
    const forged = new JwtService({ secret: 'x'.repeat(40) }).sign({ sub: user.id, ver: 0 }, { issuer: 'sift' });
    const unsigned = [
      Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url'),
      Buffer.from(JSON.stringify({ sub: user.id, ver: 0, iss: 'sift' })).toString('base64url'),
      '',
    ].join('.');
    for (const token of [expired, forged, unsigned]) {
      const response = await t.http().get('/auth/me').set(bearer(token)).expect(401);
      expect(response.body.code).toBe('TOKEN_INVALID');
    }
  });

  it('lets a user change their password, which ends their other sessions', async () => {
    const { user, token } = await makeUser(t);
    const wrong = await t
      .http()
      .post('/auth/password')
      .set(bearer(token))
      .send({ currentPassword: 'not-it', newPassword: 'another-long-password' })
      .expect(400);
    expect(wrong.body.code).toBe('WRONG_CURRENT_PASSWORD');

    const changed = await t
      .http()
      .post('/auth/password')
      .set(bearer(token))
      .send({ currentPassword: DEFAULT_PASSWORD, newPassword: 'another-long-password' })
      .expect(200);
    await t.http().get('/auth/me').set(bearer(token)).expect(401);
    await t.http().get('/auth/me').set(bearer(changed.body.accessToken)).expect(200);
    await login(user.email, DEFAULT_PASSWORD).expect(401);
    await login(user.email, 'another-long-password').expect(200);
  });

  it('refuses a new password that is too short, naming the field', async () => {
    const { token } = await makeUser(t);
    const response = await t
      .http()
      .post('/auth/password')
      .set(bearer(token))
      .send({ currentPassword: DEFAULT_PASSWORD, newPassword: 'short' })
      .expect(400);
    expect(response.body.errors).toEqual([{ field: 'newPassword', messages: [expect.stringContaining('12')] }]);
  });

  it('refuses a common new password, or the current one again, naming the rule; as it refuses an admin setting a common one', async () => {
    const { user, token } = await makeUser(t);
    const change = (newPassword: string) =>
      t.http().post('/auth/password').set(bearer(token)).send({ currentPassword: DEFAULT_PASSWORD, newPassword });
    const common = await change('Qwertyuiop123').expect(400);
    expect(common.body).toMatchObject({
      code: 'PASSWORD_TOO_COMMON',
      errors: [{ field: 'newPassword', messages: [expect.stringContaining('most common passwords')] }],
    });
    const unchanged = await change(DEFAULT_PASSWORD).expect(400);
    expect(unchanged.body).toMatchObject({
      code: 'PASSWORD_UNCHANGED',
      errors: [{ field: 'newPassword', messages: ['newPassword must differ from the current password'] }],
    });
    await login(user.email, DEFAULT_PASSWORD).expect(200);

    const admin = await makeUser(t, { roles: [Role.Admin] });
    const created = await t
      .http()
      .post('/users')
      .set(bearer(admin.token))
      .send({ email: 'common@example.com', name: 'Common', roles: [Role.Recruiter], password: 'iloveyou1234' })
      .expect(400);
    expect(created.body.code).toBe('PASSWORD_TOO_COMMON');
    const reset = await t
      .http()
      .post(`/users/${user.id}/reset-password`)
      .set(bearer(admin.token))
      .send({ password: 'password123456' })
      .expect(400);
    expect(reset.body).toMatchObject({ code: 'PASSWORD_TOO_COMMON', errors: [{ field: 'password' }] });
  });

  it('slows repeated failed logins, then answers 429 with Retry-After, even for the right password', async () => {
    const { user } = await makeUser(t);
    const timings: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      const started = Date.now();
      const response = await login(user.email, `wrong-${attempt}`);
      timings.push(Date.now() - started);
      expect(response.status).toBe(401);
    }
    // Three free failures, then 150 ms, then 300 ms.
    expect(timings[3]).toBeGreaterThanOrEqual(140);
    expect(timings[4]).toBeGreaterThanOrEqual(290);

    const locked = await login(user.email, DEFAULT_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);

    // The lockout is for this account from this client: others still log in.
    const other = await makeUser(t);
    await login(other.user.email, DEFAULT_PASSWORD).expect(200);
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { ThrottleCounters } from '../src/auth/throttle-counters';
import { bearer, DEFAULT_PASSWORD, makeUser } from './support/factories';
import { startPrivateRedis, PrivateRedis } from './support/redis-server';
import { createTestApp, TestApp } from './support/test-app';

/** X-Forwarded-For is believed from loopback only, so a test can speak from many addresses. */
const ENV = { TRUST_PROXY: 'loopback', AUTH_FAILED_LOGIN_DELAY_MS: '0' };

function login(t: TestApp, email: string, password: string, from: string) {
  return t.http().post('/auth/login').set('X-Forwarded-For', from).send({ email, password });
}

describe('login limits', () => {
  describe('per account, from many addresses', () => {
    let t: TestApp;
    beforeAll(async () => (t = await createTestApp({ env: ENV })), 60_000);
    afterAll(() => t.close());

    it('refuses 90 guesses at one account from 10 addresses after the account limit, known account or not alike, and lets its owner in from an address they used before', async () => {
      const owner = await makeUser(t, { email: 'owner@example.com' });
      await login(t, owner.user.email, DEFAULT_PASSWORD, '198.51.100.7').expect(200);
      const refusals: Record<string, { status: number; code: string; title: string; retryAfter: number }> = {};
      for (const email of [owner.user.email, 'nobody-here@example.com']) {
        const statuses: number[] = [];
        for (let address = 1; address <= 10; address++) {
          for (let guess = 1; guess <= 9; guess++) {
            const response = await login(t, email, `wrong-guess-${guess}`, `203.0.113.${address}`);
            statuses.push(response.status);
            if (response.status === 429) {
              refusals[email] = {
                status: response.status,
                code: response.body.code,
                title: response.body.title,
                retryAfter: Number(response.headers['retry-after']),
              };
            }
          }
        }
        // AUTH_ACCOUNT_MAX_FAILURES is 30 by default; no address reached its own limit of 10.
        expect(statuses).toEqual([...Array(30).fill(401), ...Array(60).fill(429)]);
      }
      const [known, unknown] = [refusals[owner.user.email], refusals['nobody-here@example.com']];
      expect(known).toMatchObject({ status: 429, code: 'TOO_MANY_LOGIN_ATTEMPTS' });
      expect({ ...unknown, retryAfter: 0 }).toEqual({ ...known, retryAfter: 0 });
      expect(known.retryAfter).toBeGreaterThan(3500);
      expect(known.retryAfter).toBeLessThanOrEqual(3600);

      // Locked for every other address, even with the right password; not for the owner's own.
      await login(t, owner.user.email, DEFAULT_PASSWORD, '203.0.113.99').expect(429);
      await login(t, owner.user.email, DEFAULT_PASSWORD, '198.51.100.7').expect(200);
    }, 120_000);

    it('ends an account lock with its window', async () => {
      const short = await createTestApp({
        env: { ...ENV, AUTH_ACCOUNT_MAX_FAILURES: '3', AUTH_ACCOUNT_WINDOW: '2s' },
      });
      try {
        const { user } = await makeUser(short);
        for (let address = 1; address <= 3; address++) {
          await login(short, user.email, 'wrong-guess', `192.0.2.${address}`).expect(401);
        }
        const locked = await login(short, user.email, DEFAULT_PASSWORD, '192.0.2.50').expect(429);
        expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(2);
        await sleep(2100);
        await login(short, user.email, DEFAULT_PASSWORD, '192.0.2.50').expect(200);
      } finally {
        await short.close();
      }
    }, 60_000);

    it('counts guesses sent at the same moment one by one: exactly the limit get through', async () => {
      const { user } = await makeUser(t);
      const answers = await Promise.all(
        Array.from({ length: 25 }, (_, guess) => login(t, user.email, `racing-guess-${guess}`, '192.0.2.77')),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      // AUTH_MAX_FAILED_LOGINS is 10 by default.
      expect(statuses).toEqual([...Array(10).fill(401), ...Array(15).fill(429)]);
    }, 60_000);

    it('deletes counters an hour after their window ended (an address known for 30 days the last)', async () => {
      const count = async () =>
        Number((await t.dataSource.query('SELECT COUNT(*) AS count FROM auth_throttle'))[0].count);
      await login(t, 'sweep@example.com', 'wrong-guess', '192.0.2.88').expect(401);
      const before = await count();
      expect(before).toBeGreaterThan(0);
      await t.get(ThrottleCounters).deleteEnded(Date.now() + 30 * 60_000);
      expect(await count()).toBe(before);
      await t.get(ThrottleCounters).deleteEnded(Date.now() + 40 * 86_400_000);
      expect(await count()).toBe(0);
    });

    it('limits wrong current passwords on POST /auth/password, even before the right one', async () => {
      const { token } = await makeUser(t);
      const change = (currentPassword: string) =>
        t
          .http()
          .post('/auth/password')
          .set(bearer(token))
          .send({ currentPassword, newPassword: 'a-new-long-password' });
      for (let attempt = 1; attempt <= 10; attempt++) {
        const wrong = await change(`not-it-${attempt}`);
        expect(wrong.body.code).toBe('WRONG_CURRENT_PASSWORD');
      }
      const refused = await change(DEFAULT_PASSWORD).expect(429);
      expect(refused.body.code).toBe('TOO_MANY_PASSWORD_ATTEMPTS');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(800);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(900);
    });
  });

  it('keeps the counts in the database: shared by two processes, and kept across a restart', async () => {
    const first = await createTestApp({ env: ENV });
    let second: TestApp | undefined;
    let restarted: TestApp | undefined;
    try {
      second = await createTestApp({ env: ENV, database: first.database });
      const { user } = await makeUser(first);
      // Ten failures from one address (AUTH_MAX_FAILED_LOGINS), split between the processes.
      for (let attempt = 1; attempt <= 10; attempt++) {
        await login(attempt % 2 ? first : second, user.email, `wrong-${attempt}`, '192.0.2.10').expect(401);
      }
      await login(first, user.email, DEFAULT_PASSWORD, '192.0.2.10').expect(429);
      await login(second, user.email, DEFAULT_PASSWORD, '192.0.2.10').expect(429);
      await second.close();
      restarted = await createTestApp({ env: ENV, database: first.database });
      const refused = await login(restarted, user.email, DEFAULT_PASSWORD, '192.0.2.10').expect(429);
      expect(refused.body.code).toBe('TOO_MANY_LOGIN_ATTEMPTS');
      await login(restarted, user.email, DEFAULT_PASSWORD, '192.0.2.11').expect(200);
    } finally {
      await second?.close();
      await restarted?.close();
      await first.close();
    }
  }, 120_000);

  describe('with Redis', () => {
    let redis: PrivateRedis;
    beforeAll(async () => (redis = await startPrivateRedis()), 30_000);
    afterAll(() => redis.stop());

    it('keeps the counts in Redis, shared by processes on different databases', async () => {
      const env = { ...ENV, REDIS_URL: redis.url, REDIS_PREFIX: 'throttle-test' };
      const first = await createTestApp({ env });
      const second = await createTestApp({ env });
      try {
        const { user } = await makeUser(second);
        // Counted by e-mail address whether or not the account exists where the guess lands.
        for (let attempt = 1; attempt <= 10; attempt++) {
          await login(first, user.email, `wrong-${attempt}`, '192.0.2.20').expect(401);
        }
        await login(second, user.email, DEFAULT_PASSWORD, '192.0.2.20').expect(429);
        await login(second, user.email, DEFAULT_PASSWORD, '192.0.2.21').expect(200);
        const inDatabase = await second.dataSource.query('SELECT COUNT(*) AS count FROM auth_throttle');
        expect(Number(inDatabase[0].count)).toBe(0);
      } finally {
        await first.close();
        await second.close();
      }
    }, 120_000);
  });
});

import { RateLimiterMemory } from 'rate-limiter-flexible';
import { Settings } from '../config/settings';
import { LoginThrottle, LoginTicket } from './login-throttle';
import { CounterOptions, ThrottleCounters } from './throttle-counters';

/** The rules over in-memory counters; the shared stores are tested end to end (test/login-throttle). */
function throttle(auth: Partial<Settings['auth']> = {}): LoginThrottle {
  const settings = {
    auth: {
      maxFailedLogins: 5,
      failedLoginWindowSeconds: 600,
      failedLoginDelayMs: 100,
      maxFailedLoginsPerAccount: 12,
      accountLoginWindowSeconds: 3600,
      knownClientSeconds: 86400,
      ...auth,
    },
  } as Settings;
  const counters = {
    counter: (options: CounterOptions) =>
      new RateLimiterMemory({ keyPrefix: options.name, points: options.points, duration: options.durationSeconds }),
  } as unknown as ThrottleCounters;
  return new LoginThrottle(counters, settings);
}

async function attempt(subject: LoginThrottle, email: string, ip: string): Promise<LoginTicket | number> {
  try {
    return await subject.admit(email, ip);
  } catch (error) {
    return (error as { extras: { retryAfterSeconds: number } }).extras.retryAfterSeconds;
  }
}

describe('LoginThrottle', () => {
  it('lets the first three failures through at once, then doubles the delay up to eight times the base', async () => {
    const subject = throttle();
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) delays.push(((await attempt(subject, 'a@x.com', '1.1.1.1')) as LoginTicket).delayMs);
    expect(delays).toEqual([0, 0, 0, 100, 200]);
  });

  it('locks the e-mail and client pair after the limit, for the rest of its window', async () => {
    const subject = throttle();
    for (let i = 0; i < 5; i++) await subject.admit('a@x.com', '1.1.1.1');
    const refused = await attempt(subject, 'A@X.COM', '1.1.1.1');
    expect(refused).toBeGreaterThan(598);
    expect(refused).toBeLessThanOrEqual(600);
    expect(await attempt(subject, 'a@x.com', '2.2.2.2')).toMatchObject({ delayMs: 0 });
    expect(await attempt(subject, 'b@x.com', '1.1.1.1')).toMatchObject({ delayMs: 0 });
  });

  it('locks a client that tries many accounts at five times the limit', async () => {
    const subject = throttle();
    for (let i = 0; i < 25; i++) await subject.admit(`user${i}@x.com`, '3.3.3.3');
    expect(await attempt(subject, 'fresh@x.com', '3.3.3.3')).toBeGreaterThan(0);
    expect(await attempt(subject, 'fresh@x.com', '4.4.4.4')).toMatchObject({ delayMs: 0 });
  });

  it('locks an account tried from many addresses, known or not, in its own longer window', async () => {
    const subject = throttle();
    for (const email of ['someone@x.com', 'nobody@x.com']) {
      for (let i = 0; i < 12; i++) await subject.admit(email, `10.0.0.${i}`);
      const refused = await attempt(subject, email, '10.0.1.1');
      expect(refused).toBeGreaterThan(3598);
      expect(refused).toBeLessThanOrEqual(3600);
    }
  });

  it('lets the account in from an address it logged in from before, while locked for every other', async () => {
    const subject = throttle();
    const ticket = await subject.admit('owner@x.com', '192.0.2.7');
    await subject.succeeded('owner@x.com', '192.0.2.7', ticket);
    for (let i = 0; i < 12; i++) await subject.admit('owner@x.com', `10.0.0.${i}`);
    expect(await attempt(subject, 'owner@x.com', '10.0.2.2')).toBeGreaterThan(0);
    expect(await attempt(subject, 'owner@x.com', '192.0.2.7')).toMatchObject({ countedForAccount: false });
  });

  it('forgets the failures of a pair after a success', async () => {
    const subject = throttle();
    for (let i = 0; i < 4; i++) await subject.admit('a@x.com', '1.1.1.1');
    const ticket = await subject.admit('a@x.com', '1.1.1.1');
    await subject.succeeded('a@x.com', '1.1.1.1', ticket);
    expect(await attempt(subject, 'a@x.com', '1.1.1.1')).toMatchObject({ delayMs: 0 });
  });

  it('limits wrong current passwords per user, and forgets them once one is right', async () => {
    const subject = throttle();
    for (let i = 0; i < 5; i++) await subject.admitPasswordChange('user-1');
    await expect(subject.admitPasswordChange('user-1')).rejects.toMatchObject({ code: 'TOO_MANY_PASSWORD_ATTEMPTS' });
    await subject.admitPasswordChange('user-2');
    await subject.passwordChangeAuthorised('user-1');
    await expect(subject.admitPasswordChange('user-1')).resolves.toBeUndefined();
  });
});

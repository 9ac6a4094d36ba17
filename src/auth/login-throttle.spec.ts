import { Settings } from '../config/settings';
import { LoginThrottle } from './login-throttle';

function throttle(): LoginThrottle {
  const settings = {
    auth: { maxFailedLogins: 5, failedLoginWindowSeconds: 600, failedLoginDelayMs: 100 },
  } as Settings;
  return new LoginThrottle(settings);
}

describe('LoginThrottle', () => {
  const start = 1_000_000;

  it('lets the first three failures through at once, then doubles the delay up to eight times the base', () => {
    const subject = throttle();
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      delays.push(subject.check('a@x.com', '1.1.1.1', start + i).delayMs);
      subject.recordAttempt('a@x.com', '1.1.1.1', start + i);
    }
    expect(delays).toEqual([0, 0, 0, 100]);
    expect(subject.check('a@x.com', '1.1.1.1', start + 5).delayMs).toBe(200);
  });

  it('locks the e-mail and client pair after the limit until the oldest failure leaves the window', () => {
    const subject = throttle();
    for (let i = 0; i < 5; i++) subject.recordAttempt('a@x.com', '1.1.1.1', start + i * 1000);
    expect(subject.check('a@x.com', '1.1.1.1', start + 5000).retryAfterSeconds).toBe(595);
    expect(subject.check('A@X.COM', '1.1.1.1', start + 5000).retryAfterSeconds).toBe(595);
    expect(subject.check('a@x.com', '2.2.2.2', start + 5000).retryAfterSeconds).toBeUndefined();
    expect(subject.check('b@x.com', '1.1.1.1', start + 5000).retryAfterSeconds).toBeUndefined();
    expect(subject.check('a@x.com', '1.1.1.1', start + 600_001).retryAfterSeconds).toBeUndefined();
  });

  it('locks a client that tries many accounts at five times the limit', () => {
    const subject = throttle();
    for (let i = 0; i < 25; i++) subject.recordAttempt(`user${i}@x.com`, '3.3.3.3', start + i);
    expect(subject.check('fresh@x.com', '3.3.3.3', start + 30).retryAfterSeconds).toBeGreaterThan(0);
    expect(subject.check('fresh@x.com', '4.4.4.4', start + 30).retryAfterSeconds).toBeUndefined();
  });

  it('forgets the failures of a pair after a success', () => {
    const subject = throttle();
    for (let i = 0; i < 4; i++) subject.recordAttempt('a@x.com', '1.1.1.1', start);
    subject.recordSuccess('a@x.com', '1.1.1.1');
    expect(subject.check('a@x.com', '1.1.1.1', start + 1)).toEqual({ delayMs: 0 });
  });
});

import { Injectable } from '@nestjs/common';
import { Settings } from '../config/settings';

interface Attempts {
  /** Times of failed attempts inside the window, oldest first. */
  failures: number[];
}

export interface ThrottleVerdict {
  /** Seconds until another attempt is accepted, when locked out. */
  retryAfterSeconds?: number;
  /** How long to hold the answer to this attempt. */
  delayMs: number;
}

const MAX_TRACKED_KEYS = 100_000;
/** Failures before answers start to slow down. */
const FREE_FAILURES = 3;

/**
 * Slows repeated failed logins and then refuses them. Failures count per
 * e-mail and client address together, so an attacker cannot lock a user out
 * from elsewhere, and per client address alone (with five times the limit),
 * which stops one client from trying many accounts. Kept in memory: each API
 * process counts on its own.
 */
@Injectable()
export class LoginThrottle {
  private readonly attempts = new Map<string, Attempts>();

  constructor(private readonly settings: Settings) {}

  check(email: string, ip: string, now = Date.now()): ThrottleVerdict {
    const { maxFailedLogins, failedLoginDelayMs } = this.settings.auth;
    const pair = this.recent(pairKey(email, ip), now);
    const client = this.recent(clientKey(ip), now);
    const lockedUntil = Math.max(
      pair.length >= maxFailedLogins ? pair[pair.length - maxFailedLogins] + this.windowMs : 0,
      client.length >= maxFailedLogins * 5 ? client[client.length - maxFailedLogins * 5] + this.windowMs : 0,
    );
    if (lockedUntil > now) return { retryAfterSeconds: Math.ceil((lockedUntil - now) / 1000), delayMs: 0 };
    const extra = pair.length - FREE_FAILURES;
    return { delayMs: extra < 0 ? 0 : Math.min(failedLoginDelayMs * 2 ** extra, failedLoginDelayMs * 8) };
  }

  /**
   * Counted before the password is checked, so parallel guesses see each
   * other; a success takes the attempt back.
   */
  recordAttempt(email: string, ip: string, now = Date.now()): void {
    if (this.attempts.size >= MAX_TRACKED_KEYS) this.prune(now);
    for (const key of [pairKey(email, ip), clientKey(ip)]) {
      const entry = this.attempts.get(key) ?? { failures: [] };
      entry.failures = this.recent(key, now).concat(now);
      this.attempts.set(key, entry);
    }
  }

  recordSuccess(email: string, ip: string): void {
    this.attempts.delete(pairKey(email, ip));
    this.attempts.get(clientKey(ip))?.failures.pop();
  }

  private get windowMs(): number {
    return this.settings.auth.failedLoginWindowSeconds * 1000;
  }

  private recent(key: string, now: number): number[] {
    const failures = this.attempts.get(key)?.failures ?? [];
    return failures.filter((time) => time > now - this.windowMs);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.attempts) {
      if (!entry.failures.some((time) => time > now - this.windowMs)) this.attempts.delete(key);
    }
    // Still full of live entries: drop the oldest rather than grow without bound.
    const excess = this.attempts.size - MAX_TRACKED_KEYS * 0.9;
    if (excess > 0) [...this.attempts.keys()].slice(0, excess).forEach((key) => this.attempts.delete(key));
  }
}

const pairKey = (email: string, ip: string) => `${email.toLowerCase()}|${ip}`;
const clientKey = (ip: string) => `|${ip}`;

import { Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { Settings } from '../config/settings';
import { TooManyLoginAttemptsError, TooManyPasswordAttemptsError } from './auth.errors';
import { counterKey, ThrottleCounters } from './throttle-counters';

/** What an admitted login attempt was counted against, to take back when it succeeds. */
export interface LoginTicket {
  /** How long to hold the answer to this attempt. */
  delayMs: number;
  countedForAccount: boolean;
}

/** Failures before answers start to slow down. */
const FREE_FAILURES = 3;

/**
 * Slows repeated failed logins and then refuses them, counting per e-mail
 * address and client address together; per client address alone (five times
 * the limit), against one client trying many accounts; and per account from
 * any address (its own limit, in a longer window), against many addresses
 * trying one account. An address the account logged in from lately is exempt
 * from the account's lock, so an attacker cannot lock its owner out; and an
 * unknown e-mail address is counted like a known one, so a lock tells
 * nothing about whether an account exists. Wrong current passwords on a
 * password change are counted per user. The counters are shared by every
 * process and survive restarts (ThrottleCounters).
 */
@Injectable()
export class LoginThrottle {
  private readonly pair: RateLimiterAbstract;
  private readonly client: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;
  private readonly knownClients: RateLimiterAbstract;
  private readonly passwordChange: RateLimiterAbstract;

  constructor(
    counters: ThrottleCounters,
    private readonly settings: Settings,
  ) {
    const auth = settings.auth;
    const window = auth.failedLoginWindowSeconds;
    this.pair = counters.counter({ name: 'login', points: auth.maxFailedLogins, durationSeconds: window });
    this.client = counters.counter({ name: 'client', points: auth.maxFailedLogins * 5, durationSeconds: window });
    this.account = counters.counter({
      name: 'account',
      points: auth.maxFailedLoginsPerAccount,
      durationSeconds: auth.accountLoginWindowSeconds,
    });
    this.knownClients = counters.counter({ name: 'known', points: 1, durationSeconds: auth.knownClientSeconds });
    this.passwordChange = counters.counter({ name: 'password', points: auth.maxFailedLogins, durationSeconds: window });
  }

  /**
   * Counts a login attempt before its password is checked, so that parallel
   * guesses see each other; a success takes it back. Refused with
   * TOO_MANY_LOGIN_ATTEMPTS while any of its counters is over its limit.
   */
  async admit(email: string, ip: string): Promise<LoginTicket> {
    const account = email.toLowerCase();
    const known = (await this.knownClients.get(counterKey(account, ip))) !== null;
    const [pair, ...others] = await Promise.all([
      hit(this.pair, counterKey(account, ip)),
      hit(this.client, counterKey(ip)),
      ...(known ? [] : [hit(this.account, counterKey(account))]),
    ]);
    const refused = [pair, ...others].filter((result) => result.refused);
    if (refused.length > 0) throw new TooManyLoginAttemptsError(retryAfter(refused));
    const { failedLoginDelayMs } = this.settings.auth;
    const extra = pair.res.consumedPoints - 1 - FREE_FAILURES;
    const delayMs = extra < 0 ? 0 : Math.min(failedLoginDelayMs * 2 ** extra, failedLoginDelayMs * 8);
    return { delayMs, countedForAccount: !known };
  }

  async succeeded(email: string, ip: string, ticket: LoginTicket): Promise<void> {
    const account = email.toLowerCase();
    await Promise.all([
      this.pair.delete(counterKey(account, ip)),
      this.client.reward(counterKey(ip), 1),
      ticket.countedForAccount ? this.account.reward(counterKey(account), 1) : undefined,
      this.knownClients.set(counterKey(account, ip), 1, this.settings.auth.knownClientSeconds),
    ]);
  }

  /** Counts an attempt to change a password before the current one is checked. */
  async admitPasswordChange(userId: string): Promise<void> {
    const result = await hit(this.passwordChange, counterKey(userId));
    if (result.refused) throw new TooManyPasswordAttemptsError(retryAfter([result]));
  }

  async passwordChangeAuthorised(userId: string): Promise<void> {
    await this.passwordChange.delete(counterKey(userId));
  }
}

interface Hit {
  refused: boolean;
  res: RateLimiterRes;
}

/** One more hit on a counter; refused once it is over its points. A store's failure is thrown. */
async function hit(counter: RateLimiterAbstract, key: string): Promise<Hit> {
  try {
    return { refused: false, res: await counter.consume(key) };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { refused: true, res: error };
    throw error;
  }
}

function retryAfter(refused: Hit[]): number {
  return Math.max(1, Math.ceil(Math.max(...refused.map((result) => result.res.msBeforeNext)) / 1000));
}

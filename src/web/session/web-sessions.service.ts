import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AuthService, SessionUser } from '../../auth/auth.service';
import { TokenClaims, TokenService } from '../../auth/token.service';
import { Role } from '../../common/auth/role';
import { Settings } from '../../config/settings';
import { newToken } from './session-cookies';
import { WebSessionsRepository } from './web-sessions.repository';

/** The session end moves forward at most this often, so most pages write nothing. */
const RENEW_AFTER_MS = 60_000;

export interface ResumedSession {
  user: SessionUser;
  /** Set when the end moved forward: the cookie is sent again with the new lifetime. */
  renewed: boolean;
}

/**
 * Page sessions: made at sign-in from the claims of the token the auth service
 * issued, checked on every page with the same rule as the API's bearer tokens
 * (AuthService.userForClaims), renewed while used, ended at sign-out.
 */
@Injectable()
export class WebSessionsService {
  constructor(
    private readonly sessions: WebSessionsRepository,
    private readonly auth: AuthService,
    private readonly tokens: TokenService,
    private readonly settings: Settings,
  ) {}

  get ttlSeconds(): number {
    return this.settings.web.sessionTtlSeconds;
  }

  /**
   * Signs in through the API's own login (its checks, throttle and errors) and
   * starts a session from the claims of the token it issued.
   */
  async signIn(
    email: string,
    password: string,
    clientIp: string,
    previousToken?: string,
  ): Promise<{ token: string; roles: Role[] }> {
    const issued = await this.auth.login(email, password, clientIp);
    // Signing in again, perhaps as someone else, ends the session the browser had.
    if (previousToken) await this.end(previousToken);
    const claims = this.tokens.read(issued.accessToken)!;
    return { token: await this.start(claims), roles: issued.user.roles };
  }

  /**
   * Changes the password through the API's own rules; that raises the token
   * version, which ends every session of the user. This browser goes on in a
   * new session made from the fresh token.
   */
  async changePassword(userId: string, sessionToken: string, current: string, next: string): Promise<string> {
    const issued = await this.auth.changePassword(userId, current, next);
    await this.end(sessionToken);
    return this.start(this.tokens.read(issued.accessToken)!);
  }

  /** A new session for these claims; the token goes in the cookie and nowhere else. */
  async start(claims: TokenClaims, now = new Date()): Promise<string> {
    await this.sessions.deleteExpired(now);
    const token = newToken();
    await this.sessions.insert(
      hashOf(token),
      { userId: claims.sub, tokenVersion: claims.ver, expiresAt: this.endFrom(now) },
      now,
    );
    return token;
  }

  /** The signed-in user, or undefined when the session is unknown, expired or revoked (then it is deleted). */
  async resume(token: string, now = new Date()): Promise<ResumedSession | undefined> {
    const id = hashOf(token);
    const session = await this.sessions.findLive(id, now);
    if (!session) return undefined;
    const user = await this.auth.userForClaims({ sub: session.userId, ver: session.tokenVersion });
    if (!user) {
      await this.sessions.delete(id);
      return undefined;
    }
    const end = this.endFrom(now);
    const renewed = end.getTime() - session.expiresAt.getTime() >= RENEW_AFTER_MS;
    if (renewed) await this.sessions.extend(id, end);
    return { user, renewed };
  }

  async end(token: string): Promise<void> {
    await this.sessions.delete(hashOf(token));
  }

  private endFrom(now: Date): Date {
    return new Date(now.getTime() + this.ttlSeconds * 1000);
  }
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

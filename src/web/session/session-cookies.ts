import { parseCookie } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';
import { randomBytes } from 'node:crypto';

/**
 * The two cookies of the pages: the session's token once signed in, and
 * before that a random value the sign-in form's CSRF token is tied to. Both
 * HttpOnly and SameSite=Lax; over https they are Secure and take the
 * __Host- prefix, which a browser keeps to this host and path /.
 */
export class SessionCookies {
  readonly session: string;
  readonly anonymous: string;

  constructor(private readonly secure: boolean) {
    const prefix = secure ? '__Host-' : '';
    this.session = `${prefix}sift_session`;
    this.anonymous = `${prefix}sift_csrf`;
  }

  read(request: Request): { session?: string; anonymous?: string } {
    const cookies = parseCookie(request.headers.cookie ?? '');
    const valid = (value: string | undefined) => (value && /^[\w-]{43}$/.test(value) ? value : undefined);
    return { session: valid(cookies[this.session]), anonymous: valid(cookies[this.anonymous]) };
  }

  setSession(response: Response, token: string, ttlSeconds: number): void {
    response.cookie(this.session, token, { ...this.options, maxAge: ttlSeconds * 1000 });
  }

  clearSession(response: Response): void {
    response.clearCookie(this.session, this.options);
  }

  /** A new pre-session value, set for the browser's session (until it closes). */
  setAnonymous(response: Response): string {
    const value = newToken();
    response.cookie(this.anonymous, value, this.options);
    return value;
  }

  private get options(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/' };
  }
}

/** 256 random bits, URL-safe: 43 characters. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

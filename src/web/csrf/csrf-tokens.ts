import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Synchronizer tokens without storage: a form's token is an HMAC of the
 * browser's secret cookie value (its session token once signed in, a
 * random pre-session value before), under a key only the server knows. A page
 * on another site can neither read the token nor make one.
 */
export class CsrfTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('sift pages: csrf').digest();
  }

  tokenFor(binding: string): string {
    return createHmac('sha256', this.key).update(binding).digest('base64url');
  }

  matches(binding: string, token: unknown): boolean {
    if (typeof token !== 'string' || token.length === 0) return false;
    const expected = Buffer.from(this.tokenFor(binding));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

/** The form field and the header (sent by htmx) that carry the token. */
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

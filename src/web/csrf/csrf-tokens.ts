import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET_BYTES = 32;

/**
 * Synchronizer tokens without storage: a form's token is an HMAC of the
 * browser's secret cookie value (its session token once signed in, a
 * random pre-session value before), under a key only the server knows. A page
 * on another site can neither read the token nor make one.
 *
 * Pages go compressed, and a compressed page that holds both a secret and
 * text an attacker chose (a search typed into a URL) leaks the secret
 * through its length (BREACH). So the HMAC never appears as it is: each
 * token handed out is a fresh random pad followed by the HMAC XORed with it,
 * different on every page while any of them is accepted.
 */
export class CsrfTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('sift pages: csrf').digest();
  }

  tokenFor(binding: string): string {
    const pad = randomBytes(SECRET_BYTES);
    return Buffer.concat([pad, xor(pad, this.secretOf(binding))]).toString('base64url');
  }

  matches(binding: string, token: unknown): boolean {
    if (typeof token !== 'string' || !/^[\w-]+$/.test(token)) return false;
    const masked = Buffer.from(token, 'base64url');
    if (masked.length !== 2 * SECRET_BYTES || masked.toString('base64url') !== token) return false;
    const given = xor(masked.subarray(0, SECRET_BYTES), masked.subarray(SECRET_BYTES));
    return timingSafeEqual(given, this.secretOf(binding));
  }

  private secretOf(binding: string): Buffer {
    return createHmac('sha256', this.key).update(binding).digest();
  }
}

function xor(a: Buffer, b: Buffer): Buffer {
  const out = Buffer.alloc(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] ^ b[i];
  return out;
}

/** The form field and the header (sent by htmx) that carry the token. */
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** Every token's length: the pad and the masked HMAC, in base64url. */
export const CSRF_TOKEN_LENGTH = Math.ceil((2 * SECRET_BYTES * 4) / 3);

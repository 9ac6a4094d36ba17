import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Settings } from '../config/settings';

export interface TokenClaims {
  /** The user's id. */
  sub: string;
  /** The user's token version when the token was issued. */
  ver: number;
}

export interface IssuedToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

/** Tokens remembered as verified; past this the oldest is forgotten (and verified again when it comes back). */
const VERIFIED_CAPACITY = 1000;

/** Signs and reads bearer tokens (HS256 JWTs). Whether the user may still use one is the guard's call. */
@Injectable()
export class TokenService {
  /**
   * Tokens whose signature and issuer were verified, with their expiry: a
   * token's text cannot change, so neither can that verdict, while its expiry
   * is checked on every use. Verifying took about 6% of a cached shortlist
   * page's time. Nothing about the user is kept: the guard reads them afresh.
   */
  private readonly verified = new Map<string, { claims: TokenClaims; exp: number }>();

  constructor(
    private readonly jwt: JwtService,
    private readonly settings: Settings,
  ) {}

  issue(user: { id: string; tokenVersion: number }): IssuedToken {
    const claims: TokenClaims = { sub: user.id, ver: user.tokenVersion };
    const expiresIn = this.settings.auth.tokenTtlSeconds;
    return { accessToken: this.jwt.sign(claims, { expiresIn }), tokenType: 'Bearer', expiresIn };
  }

  /** The claims of a valid, unexpired token; undefined for anything else. */
  read(token: string): TokenClaims | undefined {
    const known = this.verified.get(token);
    // jsonwebtoken's own test: expired from the second `exp` names.
    if (known) return Math.floor(Date.now() / 1000) < known.exp ? known.claims : undefined;
    let payload: TokenClaims & { exp?: unknown; nbf?: unknown };
    try {
      payload = this.jwt.verify<TokenClaims & { iat: number }>(token, { algorithms: ['HS256'] });
    } catch {
      return undefined;
    }
    if (typeof payload.sub !== 'string' || !Number.isInteger(payload.ver)) return undefined;
    const claims = Object.freeze({ sub: payload.sub, ver: payload.ver });
    // Sift's tokens carry an expiry and no not-before; any other is verified each time.
    if (typeof payload.exp === 'number' && payload.nbf === undefined) {
      if (this.verified.size >= VERIFIED_CAPACITY) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { claims, exp: payload.exp });
    }
    return claims;
  }
}

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

/** Signs and reads bearer tokens (HS256 JWTs). Whether the user may still use one is the guard's call. */
@Injectable()
export class TokenService {
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
    try {
      const claims = this.jwt.verify<TokenClaims & { iat: number }>(token, { algorithms: ['HS256'] });
      if (typeof claims.sub !== 'string' || !Number.isInteger(claims.ver)) return undefined;
      return { sub: claims.sub, ver: claims.ver };
    } catch {
      return undefined;
    }
  }
}

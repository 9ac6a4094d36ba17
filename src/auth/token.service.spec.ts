import { createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Settings } from '../config/settings';
import { TokenService } from './token.service';

const ISSUED_AT = new Date('2026-12-07T09:00:00Z');

function tokenService(secret = 'a-token-secret-of-at-least-thirty-two-characters') {
  const jwt = new JwtService({
    secret: createSecretKey(Buffer.from(secret)),
    signOptions: { algorithm: 'HS256', issuer: 'sift' },
    verifyOptions: { algorithms: ['HS256'], issuer: 'sift' },
  });
  return new TokenService(jwt, { auth: { tokenTtlSeconds: 60 } } as Settings);
}

describe('TokenService.read', () => {
  beforeEach(() => jest.useFakeTimers({ now: ISSUED_AT }));
  afterEach(() => jest.useRealTimers());

  it('reads its own token, the second time from what it verified the first', () => {
    const tokens = tokenService();
    const { accessToken } = tokens.issue({ id: 'user-1', tokenVersion: 3 });
    expect(tokens.read(accessToken)).toEqual({ sub: 'user-1', ver: 3 });
    expect(tokens.read(accessToken)).toEqual({ sub: 'user-1', ver: 3 });
  });

  it('refuses a token it verified before from the second it expires', () => {
    const tokens = tokenService();
    const { accessToken } = tokens.issue({ id: 'user-1', tokenVersion: 0 });
    expect(tokens.read(accessToken)).toBeDefined();
    jest.setSystemTime(ISSUED_AT.getTime() + 59_999);
    expect(tokens.read(accessToken)).toBeDefined();
    jest.setSystemTime(ISSUED_AT.getTime() + 60_000);
    expect(tokens.read(accessToken)).toBeUndefined();
  });

  it('refuses a token signed with another secret or altered, after reading the genuine one', () => {
    const tokens = tokenService();
    const { accessToken } = tokens.issue({ id: 'user-1', tokenVersion: 0 });
    expect(tokens.read(accessToken)).toBeDefined();
    const foreign = tokenService('another-secret-of-at-least-thirty-two-characters').issue({
      id: 'user-1',
      tokenVersion: 0,
    });
    expect(tokens.read(foreign.accessToken)).toBeUndefined();
    const [header, , signature] = accessToken.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'user-2', ver: 0, iss: 'sift', exp: 2e9 })).toString('base64url');
    expect(tokens.read(`${header}.${payload}.${signature}`)).toBeUndefined();
  });
});

import { CsrfTokens } from './csrf-tokens';

describe('CsrfTokens', () => {
  const tokens = new CsrfTokens('a-secret-of-at-least-thirty-two-characters');

  it('accepts the token of its own binding only', () => {
    const token = tokens.tokenFor('session-a');
    expect(token).toMatch(/^[\w-]{86}$/);
    expect(tokens.matches('session-a', token)).toBe(true);
    expect(tokens.matches('session-b', token)).toBe(false);
  });

  it('hands out a different token every time, each of them accepted', () => {
    const handed = Array.from({ length: 20 }, () => tokens.tokenFor('session-a'));
    expect(new Set(handed).size).toBe(20);
    // No part of the secret stays put from one token to the next (what BREACH would read through compression).
    expect(new Set(handed.map((token) => token.slice(43, 50))).size).toBe(20);
    for (const token of handed) expect(tokens.matches('session-a', token)).toBe(true);
  });

  it('refuses a missing, empty, altered or non-string token', () => {
    const token = tokens.tokenFor('session-a');
    const flipped = Buffer.from(token, 'base64url');
    flipped[40] ^= 1;
    for (const bad of [
      undefined,
      '',
      token.slice(1),
      token.slice(0, 43),
      `${token}A`,
      flipped.toString('base64url'),
      `${token.slice(0, -1)}=`,
      [token],
      42,
    ]) {
      expect(tokens.matches('session-a', bad)).toBe(false);
    }
  });

  it('makes tokens that another secret does not accept', () => {
    const other = new CsrfTokens('another-secret-of-thirty-two-characters!');
    expect(other.matches('s', tokens.tokenFor('s'))).toBe(false);
    expect(tokens.matches('s', other.tokenFor('s'))).toBe(false);
  });
});

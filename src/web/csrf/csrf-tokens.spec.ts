import { CsrfTokens } from './csrf-tokens';

describe('CsrfTokens', () => {
  const tokens = new CsrfTokens('a-secret-of-at-least-thirty-two-characters');

  it('accepts the token of its own binding only', () => {
    const token = tokens.tokenFor('session-a');
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(tokens.matches('session-a', token)).toBe(true);
    expect(tokens.matches('session-b', token)).toBe(false);
  });

  it('refuses a missing, empty, altered or non-string token', () => {
    const token = tokens.tokenFor('session-a');
    for (const bad of [undefined, '', token.slice(1), `${token.slice(0, -1)}x`, [token], 42]) {
      expect(tokens.matches('session-a', bad)).toBe(false);
    }
  });

  it('makes different tokens under another secret', () => {
    expect(new CsrfTokens('another-secret-of-thirty-two-characters!').tokenFor('s')).not.toBe(tokens.tokenFor('s'));
  });
});

import { brokenPasswordRule, isCommonPassword } from './password-rules';

describe('password rules', () => {
  it('finds listed passwords whatever their case, and listed ones with digits or signs added at the end', () => {
    for (const common of [
      '123456789012',
      'qwertyuiop123',
      'Password1234',
      'PASSWORD',
      'iloveyou2026!!',
      'Letmein123456',
    ]) {
      expect({ common, listed: isCommonPassword(common) }).toEqual({ common, listed: true });
    }
  });

  it('lets through passphrases and passwords that merely contain a common word', () => {
    for (const fine of [
      'correct horse battery staple',
      'a-long-test-password',
      'monkey!Tallinn2026',
      'Kõrgharidus-2019',
    ]) {
      expect({ fine, listed: isCommonPassword(fine) }).toEqual({ fine, listed: false });
    }
  });

  it('names the rule a new password breaks: the same as the current one, or common', () => {
    expect(brokenPasswordRule('Ko\u0303rgharidus-2019', 'K\u00f5rgharidus-2019')).toBe('PASSWORD_UNCHANGED');
    expect(brokenPasswordRule('qwertyuiop123', 'a-long-test-password')).toBe('PASSWORD_TOO_COMMON');
    expect(brokenPasswordRule('another-long-password', 'a-long-test-password')).toBeUndefined();
    expect(brokenPasswordRule('another-long-password')).toBeUndefined();
  });
});

import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The common-password list of @zxcvbn-ts/language-common 4.1 ("passwords-common": 49,233
 * passwords, most frequent first), the frequency list zxcvbn estimates password strength with
 * (https://github.com/zxcvbn-ts/zxcvbn). NIST SP 800-63B (section 5.1.1.2) asks that a new
 * password be checked against such a list of commonly used or breached values.
 */
const COMMON = new Set(dictionary['passwords-common']);

/** The least length of a password anyone sets (the first admin's included). */
export const MIN_PASSWORD_LENGTH = 12;

export type PasswordRule = 'PASSWORD_TOO_COMMON' | 'PASSWORD_UNCHANGED';

/**
 * Whether a password is on the list, ignoring case and Unicode form (as the hasher does), or is
 * a listed one with only digits or signs added at its end ("password1234", "qwertyuiop!!").
 */
export function isCommonPassword(password: string): boolean {
  const folded = password.normalize('NFKC').toLowerCase();
  if (COMMON.has(folded)) return true;
  const stem = folded.replace(/[^\p{L}]+$/u, '');
  return stem.length >= 4 && stem !== folded && COMMON.has(stem);
}

/** The rule a new password breaks, if any. */
export function brokenPasswordRule(password: string, current?: string): PasswordRule | undefined {
  if (current !== undefined && password.normalize('NFKC') === current.normalize('NFKC')) return 'PASSWORD_UNCHANGED';
  if (isCommonPassword(password)) return 'PASSWORD_TOO_COMMON';
  return undefined;
}

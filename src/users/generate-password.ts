import { randomBytes } from 'node:crypto';

/** 144 random bits, URL-safe, easy to copy. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

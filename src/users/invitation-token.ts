import { createHash, createHmac } from 'node:crypto';

/** How long an invitation's link works. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/**
 * The token of an invitation's link, made from its id with the server's
 * secret: the mail can be written when it is sent without the token being
 * stored anywhere, and the table keeps only its SHA-256.
 */
export function invitationToken(secret: string, invitationId: string): string {
  const mac = createHmac('sha256', secret).update(`invitation:${invitationId}`).digest('base64url');
  return `${invitationId}.${mac}`;
}

export function invitationTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The path of the page where the invited person sets their password. */
export function invitationPath(token: string): string {
  return `/invitation/${encodeURIComponent(token)}`;
}

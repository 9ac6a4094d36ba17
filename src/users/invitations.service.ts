import { Injectable } from '@nestjs/common';
import { AuditTrail } from '../audit/audit-trail';
import { PasswordRuleError } from '../auth/auth.errors';
import { PasswordHasher } from '../auth/password-hasher';
import { isCommonPassword } from '../auth/password-rules';
import { Settings } from '../config/settings';
import { resolveTokenSecret } from '../config/token-secret';
import { newId } from '../database/ids';
import { Transaction } from '../database/transaction';
import { Transactions } from '../database/transactions';
import { Mailer } from '../mail/mailer';
import { InviteUserDto } from './dto/invitation.dto';
import { Language, User } from './entities/user.entity';
import { generatePassword } from './generate-password';
import { INVITATION_TTL_MS, invitationToken, invitationTokenHash } from './invitation-token';
import { InvitationsRepository, InvitationWait } from './invitations.repository';
import {
  InvitationExpiredError,
  InvitationNotAwaitedError,
  InvitationNotFoundError,
  InvitationUsedError,
  UserInactiveError,
  UserNotFoundError,
} from './users.errors';
import { UsersRepository } from './users.repository';

export type InvitationState = 'open' | 'used' | 'expired' | 'unknown';

/**
 * Invites a person: their account is made with a password nobody knows, and
 * a mail carries a link, good once and for a week, to choose their own.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly invitations: InvitationsRepository,
    private readonly hasher: PasswordHasher,
    private readonly transactions: Transactions,
    private readonly mailer: Mailer,
    private readonly settings: Settings,
    private readonly audit: AuditTrail,
  ) {}

  async invite(input: InviteUserDto, inviter: { id: string; name: string }, now = new Date()) {
    const passwordHash = await this.hasher.hash(generatePassword());
    const language = input.language ?? 'en';
    const { userId, expiresAt } = await this.transactions.run(async (tx) => {
      const id = await this.users.createIn(tx, { ...input, language, passwordHash }, now);
      const invitee = { id, name: input.name, email: input.email, language };
      const expires = await this.send(tx, invitee, inviter, now);
      const details = { email: input.email.toLowerCase(), name: input.name, roles: input.roles, language };
      await this.audit.record(tx, { action: 'user.invited', subject: { type: 'user', id }, details });
      return { userId: id, expiresAt: expires };
    });
    return { user: (await this.users.findById(userId))!, expiresAt };
  }

  /**
   * A new link for someone invited who has not set their password yet (the
   * mail went astray, or the week passed): their earlier links stop working.
   * Refused for a user never invited or who used an invitation (their
   * password is reset instead), and for a deactivated user.
   */
  async resend(userId: string, inviter: { id: string; name: string }, now = new Date()) {
    const user = await this.users.findById(userId);
    if (!user) throw new UserNotFoundError(userId);
    if (!user.active) throw new UserInactiveError(userId);
    if (!(await this.invitations.awaitingOf([userId], now)).has(userId)) throw new InvitationNotAwaitedError(userId);
    const expiresAt = await this.transactions.run(async (tx) => {
      await this.invitations.expireOpen(tx, userId, now);
      const expires = await this.send(tx, user, inviter, now);
      await this.audit.record(tx, { action: 'user.reinvited', subject: { type: 'user', id: userId } });
      return expires;
    });
    return { user, expiresAt };
  }

  /** Of these users, those invited who have not used it: whether a link still works. */
  awaitingOf(userIds: string[], now = new Date()): Promise<Map<string, InvitationWait>> {
    return this.invitations.awaitingOf(userIds, now);
  }

  /** A new link, good for a week, recorded and mailed in the caller's transaction; answers when it expires. */
  private async send(
    tx: Transaction,
    invitee: { id: string; name: string; email: string; language: Language },
    inviter: { id: string; name: string },
    now: Date,
  ): Promise<Date> {
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    const invitationId = newId();
    const tokenHash = invitationTokenHash(invitationToken(this.secret(), invitationId));
    await this.invitations.record(tx, { id: invitationId, userId: invitee.id, tokenHash, expiresAt }, now);
    await this.mailer.queueIn(
      tx,
      [
        {
          template: 'user-invitation',
          applicationId: null,
          candidateId: null,
          userId: invitee.id,
          language: invitee.language,
          toName: invitee.name,
          toAddress: invitee.email.toLowerCase(),
          context: { invitationId, inviterName: inviter.name, expiresAt: expiresAt.toISOString() },
          sentBy: inviter.id,
          sendAfter: now,
        },
      ],
      now,
    );
    return expiresAt;
  }

  /** What a link is worth, for the page it opens. */
  async check(token: string, now = new Date()): Promise<{ state: InvitationState; email?: string }> {
    const invitation = await this.invitations.findByTokenHash(invitationTokenHash(token));
    if (!invitation) return { state: 'unknown' };
    if (invitation.usedAt) return { state: 'used' };
    if (invitation.expiresAt.getTime() <= now.getTime()) return { state: 'expired' };
    const user = await this.users.findById(invitation.userId);
    return user ? { state: 'open', email: user.email } : { state: 'unknown' };
  }

  /** Sets the invited person's password, once; earlier tokens of theirs stop working. */
  async accept(token: string, password: string, now = new Date()): Promise<User> {
    const invitation = await this.invitations.findByTokenHash(invitationTokenHash(token));
    if (!invitation) throw new InvitationNotFoundError();
    if (invitation.usedAt) throw new InvitationUsedError();
    if (invitation.expiresAt.getTime() <= now.getTime()) throw new InvitationExpiredError();
    if (isCommonPassword(password)) throw new PasswordRuleError('PASSWORD_TOO_COMMON', 'password');
    const passwordHash = await this.hasher.hash(password);
    await this.transactions.run(async (tx) => {
      if (!(await this.invitations.markUsed(tx, invitation.id, now))) throw new InvitationUsedError();
      await this.users.setPasswordHash(invitation.userId, passwordHash, now, tx);
      const subject = { type: 'user', id: invitation.userId };
      await this.audit.record(tx, { action: 'user.invitation_accepted', subject }, { userId: invitation.userId });
    });
    const user = await this.users.findById(invitation.userId);
    if (!user) throw new InvitationNotFoundError();
    return user;
  }

  private secret(): string {
    return resolveTokenSecret(this.settings.auth.tokenSecret, this.settings.dataDir);
  }
}

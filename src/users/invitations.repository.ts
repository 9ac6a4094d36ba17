import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, MoreThan } from 'typeorm';
import { newId } from '../database/ids';
import { Transaction } from '../database/transaction';
import { UserInvitation } from './entities/user-invitation.entity';

@Injectable()
export class InvitationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    tx: Transaction,
    invitation: { id?: string; userId: string; tokenHash: string; expiresAt: Date },
    now: Date,
  ): Promise<string> {
    const id = invitation.id ?? newId();
    await tx.insert(UserInvitation, { ...invitation, id, createdAt: now, usedAt: null });
    return id;
  }

  findByTokenHash(tokenHash: string): Promise<UserInvitation | null> {
    return this.dataSource.getRepository(UserInvitation).findOne({ where: { tokenHash } });
  }

  /** Marks it used unless it already was; false when another request used it first. */
  async markUsed(tx: Transaction, id: string, now: Date): Promise<boolean> {
    const result = await tx.getRepository(UserInvitation).update({ id, usedAt: IsNull() }, { usedAt: now });
    return (result.affected ?? 0) > 0;
  }

  /**
   * Of the users given, those invited who never used an invitation: 'open'
   * while a link of theirs still works, 'expired' when none does.
   */
  async awaitingOf(userIds: string[], now: Date): Promise<Map<string, InvitationWait>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(UserInvitation).find({
      select: { userId: true, expiresAt: true, usedAt: true },
      where: { userId: In(userIds) },
    });
    const used = new Set(rows.filter((row) => row.usedAt).map((row) => row.userId));
    const awaiting = new Map<string, InvitationWait>();
    for (const row of rows) {
      if (used.has(row.userId) || awaiting.get(row.userId) === 'open') continue;
      awaiting.set(row.userId, row.expiresAt.getTime() > now.getTime() ? 'open' : 'expired');
    }
    return awaiting;
  }

  /** Ends the user's links that still work, as a new one replaces them; in the caller's transaction. */
  async expireOpen(tx: Transaction, userId: string, now: Date): Promise<void> {
    await tx
      .getRepository(UserInvitation)
      .update({ userId, usedAt: IsNull(), expiresAt: MoreThan(now) }, { expiresAt: now });
  }
}

/** Where an invitation not yet used stands. */
export type InvitationWait = 'open' | 'expired';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { insertRows } from '../database/bulk-insert';
import { newId } from '../database/ids';
import { placeholder } from '../database/placeholders';
import { Transaction } from '../database/transaction';
import { AuditDraft, Personal, PERSONAL_REF } from './audit-record';
import { entryHash, ChainStart } from './audit-chain';
import { AuditEntry } from './entities/audit-entry.entity';
import { AuditPersonalValue } from './entities/audit-personal-value.entity';

export interface AuditHead extends ChainStart {
  seq: number;
  hash: string;
}

/** Appends to the hash-chained audit trail and reads it back in order. */
@Injectable()
export class AuditTrailRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /**
   * Appends entries after the chain's head, inside the caller's transaction.
   * The head's row is locked until that transaction ends (on SQLite every
   * transaction already holds the write lock), so concurrent appends chain
   * one after another and never fork. Call it as the transaction's last
   * write, so that no transaction waits for a row while holding the head.
   */
  async append(tx: Transaction, drafts: AuditDraft[]): Promise<void> {
    if (!drafts.length) return;
    const head = await this.lockedHead(tx);
    const values: AuditPersonalValue[] = [];
    const rows: AuditEntry[] = [];
    let seq = head.seq;
    let prevHash = head.hash;
    for (const draft of drafts) {
      seq++;
      const details = JSON.stringify(draft.details ?? {}, (_key, value: unknown) => {
        if (!(value instanceof Personal)) return value;
        if (!draft.candidateId) throw new Error(`audit entry ${draft.action} holds a personal value but no candidate`);
        const id = newId();
        values.push({ id, candidateId: draft.candidateId, value: JSON.stringify(value.value) });
        return { [PERSONAL_REF]: id };
      });
      const row: AuditEntry = {
        seq,
        at: draft.at,
        actorId: draft.actor.userId,
        actorRoles: draft.actor.roles.join(',').slice(0, 120),
        ip: draft.actor.ip?.slice(0, 64) ?? null,
        userAgent: draft.actor.userAgent?.slice(0, 300) ?? null,
        requestId: draft.actor.requestId?.slice(0, 128) ?? null,
        action: draft.action,
        subjectType: draft.subject.type,
        subjectId: draft.subject.id,
        candidateId: draft.candidateId ?? null,
        vacancyId: draft.vacancyId ?? null,
        details,
        prevHash,
        hash: '',
      };
      row.hash = entryHash(row);
      prevHash = row.hash;
      rows.push(row);
    }
    await insertRows(tx, AuditPersonalValue, values, 500);
    await insertRows(tx, AuditEntry, rows, 500);
    const p = placeholder(this.dataSource);
    await tx.query(`UPDATE audit_head SET seq = ${p(1)}, hash = ${p(2)} WHERE id = 1`, [seq, prevHash]);
  }

  private async lockedHead(tx: Transaction): Promise<{ seq: number; hash: string }> {
    const lock = this.postgres ? ' FOR UPDATE' : '';
    const [row] = (await tx.query(`SELECT seq, hash FROM audit_head WHERE id = 1${lock}`)) as {
      seq: number;
      hash: string;
    }[];
    return { seq: Number(row.seq), hash: row.hash };
  }

  async head(): Promise<AuditHead> {
    const [row] = (await this.dataSource.query(
      'SELECT seq, hash, pruned_through, pruned_hash FROM audit_head WHERE id = 1',
    )) as { seq: number; hash: string; pruned_through: number; pruned_hash: string }[];
    return {
      seq: Number(row.seq),
      hash: row.hash,
      prunedThrough: Number(row.pruned_through),
      prunedHash: row.pruned_hash,
    };
  }

  /** Entries after `afterSeq`, in order, `limit` at a time: for walking the whole chain. */
  entriesAfter(afterSeq: number, limit: number): Promise<AuditEntry[]> {
    return this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where('e.seq > :afterSeq', { afterSeq })
      .orderBy('e.seq', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** The personal values behind these references; erased ones are absent. */
  async personalValues(ids: string[]): Promise<Map<string, unknown>> {
    const found = new Map<string, unknown>();
    for (let from = 0; from < ids.length; from += 500) {
      const rows = await this.dataSource
        .getRepository(AuditPersonalValue)
        .createQueryBuilder('v')
        .where('v.id IN (:...ids)', { ids: ids.slice(from, from + 500) })
        .getMany();
      for (const row of rows) found.set(row.id, JSON.parse(row.value) as unknown);
    }
    return found;
  }

  /** A merge: the merged candidate's personal values in the trail become the survivor's, so erasing the survivor erases them. */
  async reassignPersonalValues(tx: Transaction, fromCandidateId: string, toCandidateId: string): Promise<void> {
    await tx.update(AuditPersonalValue, { candidateId: fromCandidateId }, { candidateId: toCandidateId });
  }

  /** Erasure's part in the trail: the candidate's personal values go, the entries and their hashes stay. */
  async erasePersonalValues(tx: Transaction, candidateId: string): Promise<number> {
    const result = await tx.delete(AuditPersonalValue, { candidateId });
    return result.affected ?? 0;
  }

  /**
   * Retention: removes the entries made before `before`. The head's mark
   * moves first, in the same transaction: the database refuses to delete an
   * entry past it, and `audit:verify` starts the kept chain from the mark.
   */
  async pruneBefore(tx: Transaction, before: Date): Promise<number> {
    const last = await tx
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .where('e.at < :before', { before })
      .orderBy('e.seq', 'DESC')
      .limit(1)
      .getOne();
    if (!last) return 0;
    await this.lockedHead(tx);
    const p = placeholder(this.dataSource);
    await tx.query(`UPDATE audit_head SET pruned_through = ${p(1)}, pruned_hash = ${p(2)} WHERE id = 1`, [
      last.seq,
      last.hash,
    ]);
    const result = await tx
      .createQueryBuilder()
      .delete()
      .from(AuditEntry)
      .where('seq <= :seq', { seq: last.seq })
      .execute();
    return result.affected ?? 0;
  }
}

import { createHash } from 'node:crypto';

/** What an entry's hash covers: every stored column but the hash itself, in this order. */
export interface ChainedFields {
  seq: number;
  at: Date;
  actorId: string | null;
  actorRoles: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  candidateId: string | null;
  vacancyId: string | null;
  /** The details as stored (JSON text, personal values as references), so the hash never depends on re-serialising. */
  details: string;
  prevHash: string;
}

/**
 * SHA-256 over the entry's content and the previous entry's hash: changing,
 * removing or inserting an entry breaks every hash after it. The fields are
 * hashed as a JSON array, so no value can run into the next one.
 */
export function entryHash(entry: ChainedFields): string {
  const content = JSON.stringify([
    entry.prevHash,
    entry.seq,
    entry.at.toISOString(),
    entry.actorId,
    entry.actorRoles,
    entry.ip,
    entry.userAgent,
    entry.requestId,
    entry.action,
    entry.subjectType,
    entry.subjectId,
    entry.candidateId,
    entry.vacancyId,
    entry.details,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

export type ChainBreak =
  | { kind: 'changed'; seq: number }
  | { kind: 'missing'; seq: number }
  | { kind: 'inserted'; seq: number }
  | { kind: 'head'; seq: number };

export interface ChainStart {
  /** The last entry the retention job removed (0 when none) and its hash: where the kept chain starts. */
  prunedThrough: number;
  prunedHash: string;
}

/**
 * Walks stored entries in order of `seq` and names the first that does not
 * follow from the one before:
 *
 * - `changed`: its content no longer gives its stored hash (a hand edit);
 * - `missing`: a number was skipped (an entry removed);
 * - `inserted`: its hash is right for its content but it does not link to
 *   the entry before it (an entry written in between, or one removed and the
 *   following one re-hashed by someone who could not re-hash the rest);
 * - `head`: the chain's head names another last hash than the last entry's.
 */
export class ChainWalker {
  private expectedSeq: number;
  private prevHash: string;
  private broken: ChainBreak | null = null;
  checked = 0;

  constructor(start: ChainStart) {
    this.expectedSeq = start.prunedThrough + 1;
    this.prevHash = start.prunedHash;
  }

  get firstBreak(): ChainBreak | null {
    return this.broken;
  }

  /** Checks one entry; returns false once the chain is broken (the rest need not be read). */
  next(entry: ChainedFields & { hash: string }): boolean {
    if (this.broken) return false;
    this.checked++;
    if (entry.seq > this.expectedSeq) this.broken = { kind: 'missing', seq: this.expectedSeq };
    else if (entry.seq < this.expectedSeq) this.broken = { kind: 'inserted', seq: entry.seq };
    else if (entryHash(entry) !== entry.hash) this.broken = { kind: 'changed', seq: entry.seq };
    else if (entry.prevHash !== this.prevHash) this.broken = { kind: 'inserted', seq: entry.seq };
    if (this.broken) return false;
    this.expectedSeq = entry.seq + 1;
    this.prevHash = entry.hash;
    return true;
  }

  /** After the last entry: the head must name the last entry and its hash (entries removed from the end). */
  finish(head: { seq: number; hash: string }): ChainBreak | null {
    if (this.broken) return this.broken;
    const lastSeq = this.expectedSeq - 1;
    if (head.seq > lastSeq) this.broken = { kind: 'missing', seq: lastSeq + 1 };
    else if (head.seq < lastSeq) this.broken = { kind: 'inserted', seq: head.seq + 1 };
    else if (head.hash !== this.prevHash) this.broken = { kind: 'head', seq: lastSeq };
    return this.broken;
  }
}

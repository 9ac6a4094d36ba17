import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { Settings } from '../config/settings';
import { Transaction } from '../database/transaction';
import { Transactions } from '../database/transactions';
import { AuditActor, currentActor } from './audit-context';
import { AuditDraft, AuditEvent } from './audit-record';
import { AuditTrailRepository } from './audit-trail.repository';

/** Reads wait at most this long, or until this many gather, before they are written together. */
const READ_FLUSH_MS = 500;
const READ_BATCH = 200;

/**
 * Where every feature records what happened. A change is recorded in its
 * own transaction (`record`), so that it cannot exist without its entry;
 * a read of personal data (`noteRead`) is gathered and written in batches,
 * one transaction for many, so that logging reads does not slow the page
 * that reads (see docs/benchmarks.md). Reads gathered but not yet written
 * are written when the process shuts down; a process killed outright loses
 * at most the last half second of reads, never a change.
 */
@Injectable()
export class AuditTrail implements BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditTrail.name);
  private reads: AuditDraft[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  /** The entries of each open transaction, waiting for its end. */
  private readonly pending = new WeakMap<Transaction, AuditDraft[]>();

  constructor(
    private readonly entries: AuditTrailRepository,
    private readonly transactions: Transactions,
    private readonly settings: Settings,
  ) {}

  /**
   * Records a change inside the transaction that makes it. In a transaction
   * of `Transactions.run` the entries are appended when its work is done,
   * all together, so the chain's head is locked only for that last moment;
   * in one opened elsewhere they are appended at once, and the caller makes
   * it the transaction's last write.
   */
  record(tx: Transaction, event: AuditEvent, actor: Partial<AuditActor> = {}): Promise<void> {
    return this.recordAll(tx, [event], actor);
  }

  async recordAll(tx: Transaction, events: AuditEvent[], actor: Partial<AuditActor> = {}): Promise<void> {
    const drafts = events.map((event) => this.draft(event, actor));
    const pending = this.pending.get(tx);
    if (pending) {
      pending.push(...drafts);
      return;
    }
    const gathered = [...drafts];
    if (this.transactions.atEnd(tx, () => this.entries.append(tx, gathered))) this.pending.set(tx, gathered);
    else await this.entries.append(tx, drafts);
  }

  /** A merge in the trail: the merged candidate's personal values follow them to the survivor. */
  reassignPersonalValues(tx: Transaction, fromCandidateId: string, toCandidateId: string): Promise<void> {
    return this.entries.reassignPersonalValues(tx, fromCandidateId, toCandidateId);
  }

  /** Records something that changes nothing else (a sign-in, a failed one) in a transaction of its own. */
  recordAlone(event: AuditEvent, actor: Partial<AuditActor> = {}): Promise<void> {
    const draft = this.draft(event, actor);
    return this.transactions.run((tx) => this.entries.append(tx, [draft]));
  }

  /** Notes a read of personal data: written within half a second, with others, off the reader's path. */
  noteRead(event: AuditEvent): void {
    if (!this.settings.audit.logReads) return;
    this.reads.push(this.draft(event, {}));
    if (this.reads.length >= READ_BATCH) void this.flushReads();
    else this.timer ??= setTimeout(() => void this.flushReads(), READ_FLUSH_MS).unref();
  }

  /** Writes the reads gathered so far; resolves when they are stored. */
  flushReads(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.reads;
    this.reads = [];
    if (!batch.length) return this.flushing;
    this.flushing = this.flushing.then(() =>
      this.transactions
        .run((tx) => this.entries.append(tx, batch))
        .catch((error: unknown) => {
          // A failed write keeps its reads for the next one, unless they pile up past any reason.
          this.logger.error({ err: error, reads: batch.length }, 'Could not write read entries to the audit trail');
          if (this.reads.length < READ_BATCH * 50) this.reads.unshift(...batch);
        }),
    );
    return this.flushing;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.flushReads();
  }

  private draft(event: AuditEvent, actor: Partial<AuditActor>): AuditDraft {
    return { ...event, at: new Date(), actor: { ...currentActor(), ...actor } };
  }
}

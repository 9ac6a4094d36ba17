import { Injectable } from '@nestjs/common';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { placeholder } from '../database/placeholders';
import { timeParameter } from '../database/stored-time';
import { Transaction } from '../database/transaction';

/** Claims older than this are removed as new ones are made; a claim only matters within its own period. */
const KEEP_MS = 90 * 86_400_000;

/**
 * Who runs a period's periodic work: the process whose insert of the
 * period's key succeeds. The key is the primary key, so of any number of
 * processes claiming at once, on either engine, exactly one wins.
 */
@Injectable()
export class ScheduledRunsRepository {
  private readonly postgres: boolean;
  private readonly by = `${hostname()}:${process.pid}`.slice(0, 100);

  constructor(private readonly dataSource: DataSource) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  /** Claims `key` in the caller's transaction; true when this claim is the one that counts. */
  async claim(tx: Transaction, key: string, now: Date): Promise<boolean> {
    const p = placeholder(this.dataSource);
    await tx.query(`DELETE FROM scheduled_runs WHERE claimed_at < ${p(1)}`, [
      timeParameter(new Date(now.getTime() - KEEP_MS), this.postgres),
    ]);
    const rows: unknown[] = await tx.query(
      `INSERT INTO scheduled_runs (run_key, claimed_at, claimed_by) VALUES (${p(1)}, ${p(2)}, ${p(3)})
       ON CONFLICT (run_key) DO NOTHING RETURNING run_key`,
      [key, timeParameter(now, this.postgres), this.by],
    );
    return rows.length === 1;
  }
}

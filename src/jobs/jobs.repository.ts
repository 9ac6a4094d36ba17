import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { insertRows } from '../database/bulk-insert';
import { isId } from '../database/database-errors';
import { newId } from '../database/ids';
import { storedTime, timeParameter } from '../database/stored-time';
import { Transaction } from '../database/transaction';
import { JobName, RETRY } from './job-catalogue';
import { Job, JobState } from './entities/job.entity';
import type { NewJob } from './jobs';

/** A job as a process took it, to run. */
export interface ClaimedJob {
  id: string;
  name: JobName;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  createdAt: Date;
}

const COLUMNS = `id, name, payload, attempts, max_attempts AS "maxAttempts", run_at AS "runAt", created_at AS "createdAt"`;

/** The jobs table: the outbox, and the queue itself without Redis. */
@Injectable()
export class JobsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /**
   * Waits until no transaction is open on SQLite's one connection: a
   * statement issued meanwhile would become part of a request's transaction,
   * see what it has not committed, and go if it rolls back.
   */
  async outsideTransactions(): Promise<void> {
    if (this.postgres) return;
    const driver = this.dataSource.driver as unknown as { queryRunner?: { isTransactionActive: boolean } };
    while (driver.queryRunner?.isTransactionActive) await new Promise((resolve) => setTimeout(resolve, 2));
  }

  /**
   * A write of the queue's own, outside any request's transaction: on SQLite
   * a small transaction that waits its turn (it would otherwise join whatever
   * transaction is open on the one connection, and roll back with it).
   */
  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.postgres ? work(this.dataSource.manager) : this.dataSource.transaction(work);
  }

  /** A time as the engine compares it in plain SQL. */
  private stored(time: Date): string {
    return timeParameter(time, this.postgres);
  }

  /** Records jobs in the caller's transaction; a job whose key is still waiting is left out. Returns the ids recorded. */
  async record(tx: Transaction, jobs: NewJob[], now: Date): Promise<string[]> {
    const keys = jobs.map((job) => job.options?.dedupeKey).filter((key): key is string => key !== undefined);
    const waiting = new Set<string>();
    if (keys.length) {
      const rows = await tx.getRepository(Job).find({
        select: { dedupeKey: true },
        where: { dedupeKey: In([...new Set(keys)]), state: 'queued' },
      });
      for (const row of rows) if (row.dedupeKey) waiting.add(row.dedupeKey);
    }
    const rows: Job[] = [];
    for (const job of jobs) {
      const key = job.options?.dedupeKey ?? null;
      if (key !== null && waiting.has(key)) continue;
      if (key !== null) waiting.add(key);
      rows.push({
        id: newId(),
        name: job.name,
        payload: job.payload as unknown as Record<string, unknown>,
        state: 'queued',
        dedupeKey: key,
        attempts: 0,
        maxAttempts: RETRY[job.name].attempts,
        runAt: job.options?.runAt ?? now,
        lockedUntil: null,
        lockedBy: null,
        lastError: null,
        createdAt: now,
        updatedAt: now,
        finishedAt: null,
      });
    }
    await insertRows(tx, Job, rows, 500);
    return rows.map((row) => row.id);
  }

  /** Whether a job recorded under this key has yet to finish: waiting, handed to Redis, or running. */
  async isPending(dedupeKey: string): Promise<boolean> {
    const found = await this.dataSource.getRepository(Job).findOne({
      select: { id: true },
      where: { dedupeKey, state: In(['queued', 'handed_over', 'running']) },
    });
    return found !== null;
  }

  recordAlone(jobs: NewJob[], now: Date): Promise<string[]> {
    return this.dataSource.transaction((tx) => this.record(tx, jobs, now));
  }

  /**
   * Takes up to `limit` due jobs for `worker`, holding them until `lockedUntil`:
   * queued ones whose time has come, and running ones whose process stopped
   * renewing its hold (it died mid-job). Each take counts as an attempt.
   */
  async claimDue(worker: string, limit: number, now: Date, lockedUntil: Date): Promise<ClaimedJob[]> {
    if (this.postgres) {
      // For an UPDATE, TypeORM's PostgreSQL driver answers [rows, affected count].
      const [rows]: [ClaimedJob[], number] = await this.dataSource.query(
        `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $2, locked_until = $3, updated_at = $1
         WHERE id IN (SELECT id FROM jobs
                      WHERE (state = 'queued' AND run_at <= $1) OR (state = 'running' AND locked_until < $1)
                      ORDER BY run_at LIMIT $4 FOR UPDATE SKIP LOCKED)
         RETURNING ${COLUMNS}`,
        [now.toISOString(), worker, lockedUntil.toISOString(), limit],
      );
      return rows.map((row) => ({ ...row, runAt: storedTime(row.runAt), createdAt: storedTime(row.createdAt) }));
    }
    // One statement, and SQLite runs one writer at a time: two takers never get the same job.
    const at = this.stored(now);
    const rows: (ClaimedJob & { payload: string })[] = await this.write((manager) =>
      manager.query(
        `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = ?, locked_until = ?, updated_at = ?
       WHERE id IN (SELECT id FROM jobs
                    WHERE (state = 'queued' AND run_at <= ?) OR (state = 'running' AND locked_until < ?)
                    ORDER BY run_at LIMIT ?)
       RETURNING ${COLUMNS}`,
        [worker, this.stored(lockedUntil), at, at, at, limit],
      ),
    );
    return rows.map((row) => ({
      ...row,
      payload: JSON.parse(row.payload) as Record<string, unknown>,
      runAt: storedTime(row.runAt),
      createdAt: storedTime(row.createdAt),
    }));
  }

  /** Keeps holding the jobs a process is still running. */
  async renew(ids: string[], worker: string, lockedUntil: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.write((manager) =>
      manager.getRepository(Job).update({ id: In(ids), lockedBy: worker, state: 'running' }, { lockedUntil }),
    );
  }

  /** Marks a job done, unless another process has taken it over since. */
  async complete(id: string, worker: string, now: Date): Promise<void> {
    await this.finish(id, worker, { state: 'completed', finishedAt: now, updatedAt: now, lockedUntil: null });
  }

  async retryLater(id: string, worker: string, error: string, runAt: Date, now: Date): Promise<void> {
    await this.finish(id, worker, { state: 'queued', runAt, lastError: error, updatedAt: now, lockedUntil: null });
  }

  async fail(id: string, worker: string, error: string, now: Date): Promise<void> {
    await this.finish(id, worker, {
      state: 'failed',
      lastError: error,
      finishedAt: now,
      updatedAt: now,
      lockedUntil: null,
    });
  }

  private async finish(id: string, worker: string, changes: Partial<Omit<Job, 'payload'>>): Promise<void> {
    await this.write((manager) =>
      manager.getRepository(Job).update({ id, lockedBy: worker, state: 'running' }, changes),
    );
  }

  /** The earliest time a queued job is due, to sleep until then. */
  async nextDueAt(): Promise<Date | null> {
    const [row]: { next: unknown }[] = await this.dataSource.query(
      `SELECT MIN(run_at) AS next FROM jobs WHERE state = 'queued'`,
    );
    return row?.next ? storedTime(row.next) : null;
  }

  /**
   * Queued jobs not yet in Redis, oldest first; their own times go with them.
   * Read in a turn of its own on SQLite, so never a request's uncommitted job.
   */
  async waitingForHandover(limit: number): Promise<ClaimedJob[]> {
    const rows = await this.write((manager) =>
      manager.getRepository(Job).find({
        where: { state: 'queued' },
        order: { createdAt: 'ASC' },
        take: limit,
      }),
    );
    return rows.map(({ id, name, payload, attempts, maxAttempts, runAt, createdAt }) => ({
      id,
      name,
      payload,
      attempts,
      maxAttempts,
      runAt,
      createdAt,
    }));
  }

  async countsByState(): Promise<Record<JobState, number>> {
    const rows: { state: JobState; count: string | number }[] = await this.dataSource.query(
      `SELECT state, COUNT(*) AS count FROM jobs GROUP BY state`,
    );
    const counts: Record<JobState, number> = { queued: 0, running: 0, completed: 0, failed: 0, handed_over: 0 };
    for (const row of rows) counts[row.state] = Number(row.count);
    return counts;
  }

  /** Jobs per state, those waiting split by whether their time has come. */
  async countsAt(now: Date): Promise<Record<JobState, { due: number; later: number }>> {
    const rows: { state: JobState; later: unknown; count: string | number }[] = await this.dataSource.query(
      `SELECT state, CASE WHEN run_at > ${this.postgres ? '$1' : '?'} THEN 1 ELSE 0 END AS later, COUNT(*) AS count
       FROM jobs GROUP BY state, CASE WHEN run_at > ${this.postgres ? '$1' : '?'} THEN 1 ELSE 0 END`,
      this.postgres ? [this.stored(now)] : [this.stored(now), this.stored(now)],
    );
    const counts = Object.fromEntries(
      (['queued', 'running', 'completed', 'failed', 'handed_over'] as const).map((state) => [
        state,
        { due: 0, later: 0 },
      ]),
    ) as Record<JobState, { due: number; later: number }>;
    for (const row of rows) counts[row.state][Number(row.later) === 1 ? 'later' : 'due'] += Number(row.count);
    return counts;
  }

  failed(limit: number): Promise<Job[]> {
    return this.dataSource.getRepository(Job).find({
      where: { state: 'failed' },
      order: { finishedAt: 'DESC' },
      take: limit,
    });
  }

  findById(id: string): Promise<Job | null> {
    if (!isId(id)) return Promise.resolve(null);
    return this.dataSource.getRepository(Job).findOne({ where: { id } });
  }

  /** Queues a failed job again with all its attempts; false when it is not (or no longer) failed. */
  async retryFailed(id: string, now: Date): Promise<boolean> {
    const result = await this.write((manager) =>
      manager
        .getRepository(Job)
        .update(
          { id, state: 'failed' },
          { state: 'queued', attempts: 0, runAt: now, finishedAt: null, updatedAt: now },
        ),
    );
    return (result.affected ?? 0) > 0;
  }

  /** Deletes a failed job; false when it is not (or no longer) failed. */
  async deleteFailed(id: string): Promise<boolean> {
    if (!isId(id)) return false;
    const result = await this.write((manager) => manager.getRepository(Job).delete({ id, state: 'failed' }));
    return (result.affected ?? 0) > 0;
  }

  /**
   * Forgets completed jobs older than `before` (and jobs handed to Redis
   * before the table followed them there, without a hold); failed ones stay
   * until retried or looked at.
   */
  async purgeFinished(before: Date): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(Job)
      .where("(state = 'completed' OR (state = 'handed_over' AND locked_until IS NULL))")
      .andWhere('updated_at < :before', { before: this.stored(before) })
      .execute();
    return result.affected ?? 0;
  }
}

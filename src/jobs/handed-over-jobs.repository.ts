import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { storedTime } from '../database/stored-time';
import type { ClaimedJob } from './jobs.repository';
import { Job } from './entities/job.entity';

/** A job the table says Redis should hold, for handing it over again: what a claim reads, but when it was made. */
export type HandedOverJob = Omit<ClaimedJob, 'createdAt'>;

/**
 * What the jobs table keeps of the jobs it handed to Redis: they stay
 * `handed_over` while they wait there and `running` while a worker holds them,
 * each under a hold (`locked_until`) that its worker renews, and end as
 * completed or failed. The table is the record: a job whose hold ran out is
 * handed over again, so a Redis that lost its data loses no job.
 *
 * On SQLite each write is a small transaction of its own, so that it never
 * joins (and rolls back with) a request's transaction on the one connection.
 */
@Injectable()
export class HandedOverJobsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.postgres ? work(this.dataSource.manager) : this.dataSource.transaction(work);
  }

  private stored(time: Date): string {
    const iso = time.toISOString();
    return this.postgres ? iso : iso.replace('T', ' ').slice(0, 23);
  }

  /** Marks jobs as in Redis, each held until its time plus `holdMs`. */
  async markHandedOver(jobs: { id: string; runAt: Date }[], now: Date, holdMs: number): Promise<void> {
    if (jobs.length === 0) return;
    const due = jobs.filter((job) => job.runAt.getTime() <= now.getTime()).map((job) => job.id);
    const later = jobs.filter((job) => job.runAt.getTime() > now.getTime());
    await this.write(async (manager) => {
      const repository = manager.getRepository(Job);
      const changes = { state: 'handed_over' as const, lockedBy: null, updatedAt: now };
      if (due.length)
        await repository.update(
          { id: In(due), state: 'queued' },
          { ...changes, lockedUntil: new Date(now.getTime() + holdMs) },
        );
      for (const job of later)
        await repository.update(
          { id: job.id, state: 'queued' },
          { ...changes, lockedUntil: new Date(job.runAt.getTime() + holdMs) },
        );
    });
  }

  /** A worker took the job from Redis: one more attempt, held by it until `lockedUntil`. */
  async markRunning(id: string, worker: string, now: Date, lockedUntil: Date): Promise<void> {
    await this.write((manager) =>
      manager
        .createQueryBuilder()
        .update(Job)
        .set({ state: 'running', attempts: () => 'attempts + 1', lockedBy: worker, lockedUntil, updatedAt: now })
        .where('id = :id', { id })
        // Queued too: a worker may take the job before the handover is recorded.
        .andWhere('state IN (:...states)', { states: ['queued', 'handed_over', 'running'] })
        .execute(),
    );
  }

  async renew(ids: string[], worker: string, lockedUntil: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.write((manager) =>
      manager.getRepository(Job).update({ id: In(ids), lockedBy: worker, state: 'running' }, { lockedUntil }),
    );
  }

  async complete(id: string, now: Date): Promise<void> {
    await this.finish(id, { state: 'completed', finishedAt: now, updatedAt: now, lockedUntil: null, lockedBy: null });
  }

  async fail(id: string, error: string, now: Date): Promise<void> {
    await this.finish(id, {
      state: 'failed',
      lastError: error.slice(0, 2000),
      finishedAt: now,
      updatedAt: now,
      lockedUntil: null,
      lockedBy: null,
    });
  }

  /** An attempt failed and Redis tries it again after `retryAt`: back to waiting there. */
  async retryLater(id: string, error: string, retryAt: Date, holdMs: number, now: Date): Promise<void> {
    await this.finish(id, {
      state: 'handed_over',
      lastError: error.slice(0, 2000),
      updatedAt: now,
      lockedUntil: new Date(retryAt.getTime() + holdMs),
      lockedBy: null,
    });
  }

  private async finish(id: string, changes: Partial<Omit<Job, 'payload'>>): Promise<void> {
    await this.write((manager) =>
      manager.getRepository(Job).update({ id, state: In(['handed_over', 'running']) }, changes),
    );
  }

  /** Jobs the table says Redis holds whose hold ran out: lost by Redis, or by a worker that died. */
  async lapsed(now: Date, limit: number): Promise<HandedOverJob[]> {
    const $ = this.postgres ? (index: number) => `$${index}` : () => '?';
    const rows: (HandedOverJob & { payload: string | Record<string, unknown> })[] = await this.dataSource.query(
      `SELECT id, name, payload, attempts, max_attempts AS "maxAttempts", run_at AS "runAt" FROM jobs
       WHERE state IN ('handed_over', 'running') AND locked_until < ${$(1)}
       ORDER BY locked_until LIMIT ${$(2)}`,
      [this.stored(now), limit],
    );
    return rows.map((row) => ({
      ...row,
      payload: typeof row.payload === 'string' ? (JSON.parse(row.payload) as Record<string, unknown>) : row.payload,
      runAt: storedTime(row.runAt),
    }));
  }

  /** Still in Redis: held for another while, unless a worker took it meanwhile. */
  async extendHold(ids: string[], before: Date, lockedUntil: Date, now: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.write((manager) =>
      manager
        .createQueryBuilder()
        .update(Job)
        .set({ state: 'handed_over', lockedBy: null, lockedUntil, updatedAt: now })
        .where('id IN (:...ids)', { ids })
        .andWhere('state IN (:...states)', { states: ['handed_over', 'running'] })
        .andWhere('locked_until < :before', { before: this.stored(before) })
        .execute(),
    );
  }

  /** The failed job, put back as waiting to be handed over with all its attempts; false when it is not failed. */
  async requeueFailed(id: string, now: Date): Promise<boolean> {
    const result = await this.write((manager) =>
      manager
        .getRepository(Job)
        .update(
          { id, state: 'failed' },
          { state: 'queued', attempts: 0, runAt: now, finishedAt: null, lockedUntil: null, updatedAt: now },
        ),
    );
    return (result.affected ?? 0) > 0;
  }
}

import { Injectable } from '@nestjs/common';
import { Transaction } from '../database/transaction';
import { JobName, JobPayloads } from './job-catalogue';
import { JobsRepository } from './jobs.repository';

export interface JobOptions {
  /** Not before this time (a delayed mail, a reminder). */
  runAt?: Date;
  /** While a job with this key is still waiting, another one is not recorded. */
  dedupeKey?: string;
}

export interface NewJob<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  options?: JobOptions;
}

/** Starts the queue's work once recorded jobs are committed. */
export abstract class JobWaker {
  abstract wake(): void;
}

/**
 * The one way to start background work. A job belonging to a change is
 * recorded in the change's transaction (the outbox): if the change is rolled
 * back, so is the job, and once committed it is not lost, whether Redis is
 * up or not.
 */
@Injectable()
export class Jobs {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly waker: JobWaker,
  ) {}

  /** Records jobs in the caller's transaction; the queue takes them once it commits. */
  async enqueueIn<N extends JobName>(tx: Transaction, jobs: NewJob<N>[]): Promise<string[]> {
    const ids = await this.jobs.record(tx, jobs, new Date());
    this.wakeAfterCommit();
    return ids;
  }

  /** Records jobs in a transaction of their own, for work that follows no single change. */
  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options?: JobOptions): Promise<string | null> {
    const [id] = await this.jobs.recordAlone([{ name, payload, options }], new Date());
    this.waker.wake();
    return id ?? null;
  }

  /** Whether the work recorded under this key has yet to finish. */
  isPending(dedupeKey: string): Promise<boolean> {
    return this.jobs.isPending(dedupeKey);
  }

  private wakeAfterCommit(): void {
    // The caller's transaction commits after this returns; the queue looks
    // again on its next poll in any case, so an early wake loses nothing.
    setImmediate(() => this.waker.wake());
  }
}

import { JobName } from './job-catalogue';
import { JobWaker } from './jobs';

export type QueueKind = 'redis' | 'database';

export interface QueueHealth {
  status: 'up' | 'down';
  kind: QueueKind;
  /** Jobs recorded but not yet taken by the queue (with Redis: waiting for it to answer). */
  waitingForHandover: number;
  error?: string;
}

/** Jobs per state, the same names on both queues. */
export interface QueueCounts {
  /** Recorded in the outbox, not yet in Redis (always 0 on the database queue). */
  outbox: number;
  waiting: number;
  delayed: number;
  active: number;
  completed: number;
  failed: number;
}

export interface FailedJob {
  id: string;
  name: JobName | string;
  payload: unknown;
  attempts: number;
  error: string | null;
  failedAt: Date | null;
}

/** Where jobs wait and run: Redis with BullMQ, or the database itself. */
export abstract class JobQueue extends JobWaker {
  abstract readonly kind: QueueKind;
  /** Starts handing jobs over, and running them when `runJobs`. */
  abstract start(runJobs: boolean): Promise<void>;
  /** Stops taking jobs and waits for the running ones. */
  abstract stop(): Promise<void>;
  abstract health(): Promise<QueueHealth>;
  abstract counts(): Promise<QueueCounts>;
  abstract failed(limit: number): Promise<FailedJob[]>;
  /** Queues a failed job again; false when there is no such failed job. */
  abstract retry(id: string): Promise<boolean>;
  /** Forgets a failed job for good; false when there is no such failed job. */
  abstract discard(id: string): Promise<boolean>;
  /** Resolves once no job that is due is waiting or running (for tests and benchmarks). */
  abstract idle(timeoutMs?: number): Promise<void>;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

import { Logger } from '@nestjs/common';
import { Job as BullJob, Queue, UnrecoverableError, Worker } from 'bullmq';
import IORedis, { RedisOptions } from 'ioredis';
import { JobSettings } from '../config/settings';
import { JobName } from './job-catalogue';
import { JobHandlers, PermanentJobError } from './job-handlers';
import { errorText, FailedJob, JobQueue, QueueCounts, QueueHealth, sleep } from './job-queue';
import { JobsRepository } from './jobs.repository';
import { SingleFlight } from './single-flight';

/** Jobs handed to Redis in one go. */
const HANDOVER_BATCH = 500;
/** Completed jobs Redis keeps: long enough that a job handed over twice (a crash between the two steps) is recognised. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 50_000 };

export interface RedisQueueOptions {
  url: string;
  /** Keys start with this, so that several Sift installations (or test runs) can share a Redis. */
  prefix: string;
}

/**
 * The queue on Redis, through BullMQ. Jobs are recorded in the outbox table
 * first and handed over here under their own ids, so a job handed over twice
 * is one job in Redis; while Redis does not answer they wait in the outbox.
 * Workers in this process or in `npm run worker` processes take them; a
 * worker that dies mid-job loses its lock and another takes the job again.
 */
export class RedisJobQueue extends JobQueue {
  readonly kind = 'redis' as const;
  private readonly logger = new Logger('JobQueue');
  private readonly connection: IORedis;
  private readonly queue: Queue;
  private worker: Worker | null = null;
  private workerConnection: IORedis | null = null;
  private stopped = true;
  private alarm: NodeJS.Timeout | null = null;
  private readonly relay = new SingleFlight(() => this.handOver());
  private redisDown: string | null = null;

  constructor(
    private readonly options: RedisQueueOptions,
    private readonly jobs: JobsRepository,
    private readonly handlers: JobHandlers,
    private readonly settings: JobSettings,
  ) {
    super();
    // Adding fails at once while Redis is away: the job stays in the outbox rather than in a client's memory.
    this.connection = new IORedis(options.url, redisOptions({ enableOfflineQueue: false, maxRetriesPerRequest: 1 }));
    this.connection.on('error', (error) => this.noteRedisDown(error));
    this.queue = new Queue('jobs', { connection: this.connection, prefix: options.prefix });
    this.queue.on('error', (error) => this.noteRedisDown(error));
  }

  async start(runJobs: boolean): Promise<void> {
    this.stopped = false;
    if (runJobs) {
      // A worker blocks on its connection waiting for jobs; it needs one of its own that retries for ever.
      this.workerConnection = new IORedis(this.options.url, redisOptions({ maxRetriesPerRequest: null }));
      this.workerConnection.on('error', (error) => this.noteRedisDown(error));
      this.worker = new Worker('jobs', (job) => this.process(job), {
        connection: this.workerConnection,
        prefix: this.options.prefix,
        concurrency: this.settings.concurrency,
        lockDuration: this.settings.lockMs,
        stalledInterval: this.settings.lockMs,
        // A job whose worker died twice in a row is failed rather than tried for ever.
        maxStalledCount: 2,
      });
      this.worker.on('error', (error) => this.noteRedisDown(error));
    }
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.alarm) clearTimeout(this.alarm);
    await this.relay.settled();
    await this.worker?.close();
    await this.queue.close();
    this.workerConnection?.disconnect();
    this.connection.disconnect();
  }

  wake(): void {
    if (!this.stopped) this.relay.trigger();
  }

  /** Hands the outbox over to Redis, a batch at a time, until it is empty or Redis fails. */
  private async handOver(): Promise<boolean> {
    if (this.alarm) clearTimeout(this.alarm);
    try {
      for (;;) {
        await this.jobs.outsideTransactions();
        const batch = await this.jobs.waitingForHandover(HANDOVER_BATCH);
        if (batch.length === 0) break;
        const now = Date.now();
        await this.queue.addBulk(
          batch.map((job) => ({
            name: job.name,
            data: job.payload,
            opts: {
              jobId: job.id,
              attempts: job.maxAttempts,
              backoff: { type: 'exponential', delay: this.settings.backoffMs },
              delay: Math.max(0, job.runAt.getTime() - now),
              removeOnComplete: KEEP_COMPLETED,
              removeOnFail: false,
            },
          })),
        );
        await this.jobs.outsideTransactions();
        await this.jobs.markHandedOver(
          batch.map((job) => job.id),
          new Date(),
        );
        if (this.redisDown) {
          this.logger.log(`Redis answers again; the outbox is being handed over`);
          this.redisDown = null;
        }
        if (batch.length < HANDOVER_BATCH) break;
      }
    } catch (error) {
      this.noteRedisDown(error);
    }
    if (!this.stopped) this.alarm = setTimeout(() => this.wake(), this.settings.pollMs).unref();
    return false;
  }

  private async process(job: BullJob): Promise<void> {
    const attempt = job.attemptsMade + 1;
    const attempts = job.opts.attempts ?? 1;
    try {
      await this.handlers.get(job.name as JobName)(job.data as never, {
        jobId: job.id!,
        attempt,
        lastAttempt: attempt >= attempts,
      });
    } catch (error) {
      const text = errorText(error);
      if (error instanceof PermanentJobError) {
        this.logger.error(`Job ${job.name} ${job.id} failed for good: ${text}`);
        throw new UnrecoverableError(text);
      }
      this.logger.warn(`Job ${job.name} ${job.id} attempt ${attempt} of ${attempts} failed: ${text}`);
      throw error;
    }
  }

  private noteRedisDown(error: unknown): void {
    const text = errorText(error);
    if (this.redisDown === null) this.logger.warn(`Redis does not answer (${text}); jobs wait in the outbox`);
    this.redisDown = text;
  }

  async health(): Promise<QueueHealth> {
    const waitingForHandover = (await this.jobs.countsByState()).queued;
    try {
      await withTimeout(this.connection.ping(), 1000);
      return { status: 'up', kind: 'redis', waitingForHandover };
    } catch (error) {
      return { status: 'down', kind: 'redis', waitingForHandover, error: errorText(error) };
    }
  }

  async counts(): Promise<QueueCounts> {
    const counts = await this.queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    return {
      outbox: (await this.jobs.countsByState()).queued,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      delayed: counts.delayed ?? 0,
      active: counts.active ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
    };
  }

  async failed(limit: number): Promise<FailedJob[]> {
    const jobs = await this.queue.getFailed(0, limit - 1);
    return jobs.map((job) => ({
      id: job.id!,
      name: job.name,
      payload: job.data,
      attempts: job.attemptsMade,
      error: job.failedReason ?? null,
      failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    }));
  }

  async retry(id: string): Promise<boolean> {
    const job = await BullJob.fromId(this.queue, id);
    if (!job || !(await job.isFailed())) return false;
    await job.retry('failed', { resetAttemptsMade: true });
    return true;
  }

  async idle(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.relay.settled();
      const outbox = (await this.jobs.countsByState()).queued;
      const counts = await this.queue.getJobCounts('waiting', 'prioritized', 'active');
      const due = await this.queue.getDelayedCount(Date.now());
      if (outbox === 0 && !counts.waiting && !counts.prioritized && !counts.active && due === 0) return;
      if (Date.now() > deadline) throw new Error(`Jobs still due after ${timeoutMs} ms`);
      if (outbox) this.wake();
      await sleep(10);
    }
  }
}

function redisOptions(extra: RedisOptions): RedisOptions {
  // Reconnect for ever, at most every 2 s: Redis coming back is the normal end of an outage.
  return { retryStrategy: (times) => Math.min(times * 100, 2000), ...extra };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}

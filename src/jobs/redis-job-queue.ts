import { Logger } from '@nestjs/common';
import { Job as BullJob, Queue, UnrecoverableError, Worker } from 'bullmq';
import IORedis, { RedisOptions } from 'ioredis';
import { JobSettings } from '../config/settings';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { backoffMs, JobName, RETRY } from './job-catalogue';
import { JobHandlers, PermanentJobError } from './job-handlers';
import { errorText, FailedJob, JobQueue, QueueCounts, QueueHealth, sleep } from './job-queue';
import { HandedOverJobsRepository } from './handed-over-jobs.repository';
import { JobsRepository } from './jobs.repository';
import { handoverOptions, RedisReconciler } from './redis-reconciler';
import { SingleFlight } from './single-flight';

/** The most attempts any job has. */
const MOST_ATTEMPTS = Math.max(...Object.values(RETRY).map((policy) => policy.attempts));
/** Jobs handed to Redis in one go. */
const HANDOVER_BATCH = 500;
/** Finished jobs are kept this long in the table for the admins' counts, then forgotten. */
const KEEP_FINISHED_MS = 7 * 24 * 3600 * 1000;

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
 * The table follows each job to its end and stays the record: what it says
 * Redis holds but Redis lost is handed over again (RedisReconciler), and the
 * counts are the table's.
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
  private readonly reconciling = new SingleFlight(() => this.reconcile());
  private readonly reconciler: RedisReconciler;
  private reconcileTimer: NodeJS.Timeout | null = null;
  private renewTimer: NodeJS.Timeout | null = null;
  private readonly running = new Set<string>();
  private readonly workerName = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private redisDown: string | null = null;
  private lastPurge = 0;

  constructor(
    private readonly options: RedisQueueOptions,
    private readonly jobs: JobsRepository,
    private readonly handedOver: HandedOverJobsRepository,
    private readonly handlers: JobHandlers,
    private readonly settings: JobSettings,
  ) {
    super();
    // Adding fails at once while Redis is away: the job stays in the outbox rather than in a client's memory.
    this.connection = new IORedis(options.url, redisOptions({ enableOfflineQueue: false, maxRetriesPerRequest: 1 }));
    this.connection.on('error', (error) => this.noteRedisDown(error));
    this.queue = new Queue('jobs', { connection: this.connection, prefix: options.prefix });
    this.queue.on('error', (error) => this.noteRedisDown(error));
    this.reconciler = new RedisReconciler(this.queue, handedOver, settings);
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
        // A job whose worker dies under it is taken up again as often as the database queue would
        // (each take an attempt there), then failed rather than tried for ever.
        maxStalledCount: MOST_ATTEMPTS,
      });
      this.worker.on('error', (error) => this.noteRedisDown(error));
      this.renewTimer = setInterval(() => void this.renew(), Math.max(100, Math.floor(this.settings.lockMs / 3)));
      this.renewTimer.unref();
    }
    this.wake();
    this.reconciling.trigger();
    this.reconcileTimer = setInterval(() => this.reconciling.trigger(), this.settings.reconcileMs);
    this.reconcileTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.alarm) clearTimeout(this.alarm);
    if (this.reconcileTimer) clearInterval(this.reconcileTimer);
    await this.relay.settled();
    await this.reconciling.settled();
    await this.worker?.close();
    if (this.renewTimer) clearInterval(this.renewTimer);
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
          batch.map((job) => ({ name: job.name, data: job.payload, opts: handoverOptions(job, this.settings, now) })),
        );
        await this.jobs.outsideTransactions();
        await this.handedOver.markHandedOver(batch, new Date(), this.settings.lockMs);
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

  /** Runs one attempt, and keeps the table's record of it: running under a renewed hold, then how it ended. */
  private async process(job: BullJob): Promise<void> {
    const id = job.id!;
    const attempt = job.attemptsMade + 1;
    const attempts = job.opts.attempts ?? 1;
    const now = () => new Date();
    await this.handedOver.markRunning(id, this.workerName, now(), new Date(Date.now() + this.settings.lockMs));
    this.running.add(id);
    try {
      await this.handlers.run(job.name as JobName, job.data as never, {
        jobId: id,
        attempt,
        lastAttempt: attempt >= attempts,
      });
    } catch (error) {
      const text = errorText(error);
      const final = error instanceof PermanentJobError || attempt >= attempts;
      await this.record(id, () =>
        final
          ? this.handedOver.fail(id, text, now())
          : this.handedOver.retryLater(
              id,
              text,
              new Date(Date.now() + backoffMs(attempt, this.settings.backoffMs)),
              this.settings.lockMs,
              now(),
            ),
      );
      if (error instanceof PermanentJobError) {
        this.logger.error(`Job ${job.name} ${id} failed for good: ${text}`);
        throw new UnrecoverableError(text);
      }
      this.logger.warn(`Job ${job.name} ${id} attempt ${attempt} of ${attempts} failed: ${text}`);
      throw error;
    } finally {
      this.running.delete(id);
    }
    await this.record(id, () => this.handedOver.complete(id, now()));
  }

  /** A record the reconciler mends if it fails: the job's hold runs out and Redis is asked how it ended. */
  private async record(id: string, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      this.logger.error(`Recording the end of job ${id} failed: ${errorText(error)}`);
    }
  }

  private async renew(): Promise<void> {
    if (this.running.size === 0) return;
    try {
      await this.handedOver.renew([...this.running], this.workerName, new Date(Date.now() + this.settings.lockMs));
    } catch (error) {
      this.logger.warn(`Renewing the hold on running jobs failed: ${errorText(error)}`);
    }
  }

  private async reconcile(): Promise<boolean> {
    try {
      await this.jobs.outsideTransactions();
      await this.reconciler.reconcile();
      if (Date.now() - this.lastPurge > 3600_000) {
        this.lastPurge = Date.now();
        await this.jobs.purgeFinished(new Date(Date.now() - KEEP_FINISHED_MS));
      }
    } catch (error) {
      this.noteRedisDown(error);
    }
    return false;
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
    const counts = await this.jobs.countsAt(new Date());
    const all = (state: keyof typeof counts) => counts[state].due + counts[state].later;
    return {
      outbox: all('queued'),
      waiting: counts.handed_over.due,
      delayed: counts.handed_over.later,
      active: all('running'),
      completed: all('completed'),
      failed: all('failed'),
    };
  }

  async failed(limit: number): Promise<FailedJob[]> {
    return (await this.jobs.failed(limit)).map((job) => ({
      id: job.id,
      name: job.name,
      payload: job.payload,
      attempts: job.attempts,
      error: job.lastError,
      failedAt: job.finishedAt,
    }));
  }

  async retry(id: string): Promise<boolean> {
    if (!(await this.jobs.findById(id))) return false;
    // Redis keeps failed jobs under their id; it must forget this one before it is handed over again.
    const failed = await BullJob.fromId(this.queue, id);
    if (failed && (await failed.isFailed())) await failed.remove();
    const requeued = await this.handedOver.requeueFailed(id, new Date());
    if (requeued) this.wake();
    return requeued;
  }

  async discard(id: string): Promise<boolean> {
    if (!(await this.jobs.findById(id))) return false;
    const failed = await BullJob.fromId(this.queue, id);
    if (failed && (await failed.isFailed())) await failed.remove();
    return this.jobs.deleteFailed(id);
  }

  /** Resolves once the table holds no job that is due and not finished. */
  async idle(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.relay.settled();
      const counts = await this.jobs.countsAt(new Date());
      const due = counts.queued.due + counts.handed_over.due + counts.running.due + counts.running.later;
      if (due === 0) return;
      if (Date.now() > deadline) throw new Error(`Jobs still due after ${timeoutMs} ms`);
      if (counts.queued.due) this.wake();
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

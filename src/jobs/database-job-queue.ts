import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { JobSettings } from '../config/settings';
import { JobHandlers } from './job-handlers';
import { errorText, FailedJob, JobQueue, QueueCounts, QueueHealth, sleep } from './job-queue';
import { runAttempt } from './job-runner';
import { ClaimedJob, JobsRepository } from './jobs.repository';
import { SingleFlight } from './single-flight';

/** Finished jobs are kept this long for the admins' counts, then forgotten. */
const KEEP_FINISHED_MS = 7 * 24 * 3600 * 1000;

/**
 * The embedded queue: jobs wait in the jobs table and run in this process.
 * Several processes may share it on PostgreSQL (each take skips the rows
 * another holds). A process that dies mid-job stops renewing its hold, and
 * the job is taken up again once the hold runs out.
 */
export class DatabaseJobQueue extends JobQueue {
  readonly kind = 'database' as const;
  private readonly logger = new Logger('JobQueue');
  readonly worker = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly running = new Map<string, Promise<void>>();
  private runJobs = false;
  private stopped = true;
  private alarm: NodeJS.Timeout | null = null;
  private readonly pump = new SingleFlight(() => this.takeDue());
  private renewTimer: NodeJS.Timeout | null = null;
  private lastPurge = 0;

  constructor(
    private readonly jobs: JobsRepository,
    private readonly handlers: JobHandlers,
    private readonly settings: JobSettings,
    private readonly dataSource: DataSource,
  ) {
    super();
  }

  async start(runJobs: boolean): Promise<void> {
    this.runJobs = runJobs;
    this.stopped = false;
    if (!runJobs) return;
    this.renewTimer = setInterval(() => void this.renew(), Math.max(100, Math.floor(this.settings.lockMs / 3)));
    this.renewTimer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.alarm) clearTimeout(this.alarm);
    await this.pump.settled();
    await Promise.all(this.running.values());
    if (this.renewTimer) clearInterval(this.renewTimer);
  }

  wake(): void {
    if (!this.stopped && this.runJobs) this.pump.trigger();
  }

  /**
   * Takes as many due jobs as there are free slots, then sleeps until the next
   * is due or something wakes it; true when it filled every slot and may find more.
   */
  private async takeDue(): Promise<boolean> {
    if (this.alarm) clearTimeout(this.alarm);
    let more = false;
    try {
      const free = this.settings.concurrency - this.running.size;
      if (free > 0) {
        await this.jobs.outsideTransactions();
        const now = new Date();
        const claimed = await this.jobs.claimDue(
          this.worker,
          free,
          now,
          new Date(now.getTime() + this.settings.lockMs),
        );
        for (const job of claimed) this.begin(job);
        more = claimed.length === free;
      }
      await this.purgeNowAndThen();
      const next = await this.jobs.nextDueAt();
      const wait = next
        ? Math.max(0, Math.min(next.getTime() - Date.now(), this.settings.pollMs))
        : this.settings.pollMs;
      if (!this.stopped) this.alarm = setTimeout(() => this.wake(), wait).unref();
    } catch (error) {
      this.logger.error(`Taking jobs failed: ${errorText(error)}`);
      if (!this.stopped) this.alarm = setTimeout(() => this.wake(), this.settings.pollMs).unref();
    }
    return more;
  }

  private begin(job: ClaimedJob): void {
    const work = this.execute(job).finally(() => {
      this.running.delete(job.id);
      this.wake();
    });
    this.running.set(job.id, work);
  }

  private async execute(job: ClaimedJob): Promise<void> {
    const outcome =
      job.attempts > job.maxAttempts
        ? { kind: 'failed' as const, error: 'the process running its last attempt stopped before it finished' }
        : await runAttempt(this.handlers, this.logger, job, this.settings.backoffMs);
    try {
      await this.jobs.outsideTransactions();
      const now = new Date();
      if (outcome.kind === 'completed') await this.jobs.complete(job.id, this.worker, now);
      else if (outcome.kind === 'retry')
        await this.jobs.retryLater(job.id, this.worker, outcome.error, outcome.runAt, now);
      else await this.jobs.fail(job.id, this.worker, outcome.error, now);
    } catch (error) {
      // The hold runs out and the job is tried again: at least once, never lost.
      this.logger.error(`Recording the end of job ${job.id} failed: ${errorText(error)}`);
    }
  }

  private async renew(): Promise<void> {
    if (this.running.size === 0) return;
    try {
      await this.jobs.renew([...this.running.keys()], this.worker, new Date(Date.now() + this.settings.lockMs));
    } catch (error) {
      this.logger.warn(`Renewing the hold on running jobs failed: ${errorText(error)}`);
    }
  }

  private async purgeNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPurge < 3600_000) return;
    this.lastPurge = Date.now();
    await this.jobs.purgeFinished(new Date(Date.now() - KEEP_FINISHED_MS));
  }

  async health(): Promise<QueueHealth> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'up', kind: 'database', waitingForHandover: 0 };
    } catch (error) {
      return { status: 'down', kind: 'database', waitingForHandover: 0, error: errorText(error) };
    }
  }

  async counts(): Promise<QueueCounts> {
    const counts = await this.jobs.countsAt(new Date());
    return {
      outbox: 0,
      waiting: counts.queued.due,
      delayed: counts.queued.later,
      active: counts.running.due + counts.running.later,
      completed: counts.completed.due + counts.completed.later,
      failed: counts.failed.due + counts.failed.later,
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
    const retried = await this.jobs.retryFailed(id, new Date());
    if (retried) this.wake();
    return retried;
  }

  discard(id: string): Promise<boolean> {
    return this.jobs.deleteFailed(id);
  }

  async idle(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.pump.settled();
      await Promise.all(this.running.values());
      const next = await this.jobs.nextDueAt();
      if (this.running.size === 0 && (!next || next.getTime() > Date.now())) return;
      if (Date.now() > deadline) throw new Error(`Jobs still due after ${timeoutMs} ms`);
      this.wake();
      await sleep(5);
    }
  }
}

import { Logger } from '@nestjs/common';
import { Job as BullJob, JobsOptions, Queue } from 'bullmq';
import { JobSettings } from '../config/settings';
import { HandedOverJob, HandedOverJobsRepository } from './handed-over-jobs.repository';
import { errorText } from './job-queue';

/** Jobs looked at in one go. */
const BATCH = 500;

/** Redis's options for a job handed over: its own id, so a job handed over twice is one job there. */
export function handoverOptions(
  job: Pick<HandedOverJob, 'id' | 'runAt' | 'attempts' | 'maxAttempts'>,
  settings: JobSettings,
  now: number,
): JobsOptions {
  return {
    jobId: job.id,
    // A job handed over again keeps the attempts it has left.
    attempts: Math.max(1, job.maxAttempts - job.attempts),
    backoff: { type: 'exponential', delay: settings.backoffMs },
    delay: Math.max(0, job.runAt.getTime() - now),
    // Long enough that a job handed over twice (a crash between the two steps) is recognised.
    removeOnComplete: { age: 24 * 3600, count: 50_000 },
    removeOnFail: false,
  };
}

/**
 * Compares the jobs table with Redis: every job the table says is waiting in
 * Redis or running there whose hold ran out is looked up, and handed over
 * again when Redis does not know it (it restarted empty, or lost it). One it
 * finished meanwhile is recorded as such; one it still holds gets a new hold.
 */
export class RedisReconciler {
  private readonly logger = new Logger('JobQueue');

  constructor(
    private readonly queue: Queue,
    private readonly handedOver: HandedOverJobsRepository,
    private readonly settings: JobSettings,
  ) {}

  /** Returns how many jobs were handed over again. */
  async reconcile(): Promise<number> {
    const now = new Date();
    let again = 0;
    for (;;) {
      const lapsed = await this.handedOver.lapsed(now, BATCH);
      if (lapsed.length === 0) break;
      const found = await Promise.all(lapsed.map((job) => this.queue.getJobState(job.id)));
      const lost: HandedOverJob[] = [];
      const held: string[] = [];
      for (const [index, job] of lapsed.entries()) {
        const state = found[index];
        if (state === 'unknown') lost.push(job);
        else if (state === 'completed') await this.handedOver.complete(job.id, now);
        else if (state === 'failed') await this.handedOver.fail(job.id, await this.failedReason(job.id), now);
        else held.push(job.id);
      }
      if (lost.length) {
        await this.queue.addBulk(
          lost.map((job) => ({
            name: job.name,
            data: job.payload,
            opts: handoverOptions(job, this.settings, now.getTime()),
          })),
        );
        this.logger.warn(`Redis had lost ${lost.length} job(s) the table says it holds; handed them over again`);
        again += lost.length;
      }
      await this.handedOver.extendHold(
        [...lost.map((job) => job.id), ...held],
        now,
        new Date(now.getTime() + this.settings.lockMs),
        now,
      );
      if (lapsed.length < BATCH) break;
    }
    return again;
  }

  private async failedReason(id: string): Promise<string> {
    try {
      return (await BullJob.fromId(this.queue, id))?.failedReason ?? 'failed in Redis';
    } catch (error) {
      return `failed in Redis (${errorText(error)})`;
    }
  }
}

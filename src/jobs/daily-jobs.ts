import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Transactions } from '../database/transactions';
import { JobName, JobPayloads } from './job-catalogue';
import { Jobs } from './jobs';
import { ScheduledRunsRepository } from './scheduled-runs.repository';

export interface TimeOfDay {
  hour: number;
  minute: number;
}

/** The first moment at `at` (UTC) after `now`. */
export function nextDailyRun(now: Date, at: TimeOfDay): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), at.hour, at.minute);
  return new Date(today > now.getTime() ? today : today + 86_400_000);
}

/**
 * The jobs that run once a day (JOBS_DAILY_AT, UTC): each process that runs
 * jobs, when the time comes, claims each job's run for the day and queues it
 * in the same transaction; the claim's key is unique, so however many
 * processes try at once, each job is queued once a day. Nothing is recorded
 * before the time comes, so a process that stops in between leaves no job
 * behind.
 */
@Injectable()
export class DailyJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DailyJobs.name);
  private readonly daily = new Map<JobName, unknown>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly jobs: Jobs,
    private readonly transactions: Transactions,
    private readonly runs: ScheduledRunsRepository,
    /** Null in a process that runs no jobs, or when JOBS_DAILY_AT is off. */
    private readonly at: TimeOfDay | null,
  ) {}

  /** Called by the feature that owns the job, when its provider is made. */
  register<N extends JobName>(name: N, payload: JobPayloads[N]): void {
    this.daily.set(name, payload);
  }

  onApplicationBootstrap(): void {
    if (this.at && !this.timer) this.plan(new Date());
  }

  beforeApplicationShutdown(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Queues every daily job for the day of `now`; returns the ids recorded (none for those another run claimed). */
  async queue(now = new Date()): Promise<string[]> {
    const day = now.toISOString().slice(0, 10);
    const ids: string[] = [];
    for (const [name, payload] of this.daily) {
      const key = `${name}:${day}`;
      const id = await this.transactions.run(async (tx) => {
        if (!(await this.runs.claim(tx, key, now))) return null;
        const [recorded] = await this.jobs.enqueueIn(tx, [
          { name, payload: payload as never, options: { dedupeKey: key } },
        ]);
        return recorded ?? null;
      });
      if (id) ids.push(id);
    }
    return ids;
  }

  private plan(now: Date): void {
    const due = nextDailyRun(now, this.at!);
    this.timer = setTimeout(() => {
      this.queue(due)
        .catch((error: unknown) => this.logger.error(`The daily jobs were not queued: ${String(error)}`))
        .finally(() => {
          if (this.timer) this.plan(new Date(Math.max(Date.now(), due.getTime() + 1)));
        });
    }, due.getTime() - now.getTime());
    this.timer.unref();
  }
}

import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobName, JobPayloads } from './job-catalogue';
import { Jobs } from './jobs';

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
 * jobs queues them when the time comes, under a key of the day, so that
 * several processes queue each once; a job that still ran twice does its
 * work twice, which every daily job may. Nothing is recorded before the
 * time comes, so a process that stops in between leaves no job behind.
 */
@Injectable()
export class DailyJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DailyJobs.name);
  private readonly daily = new Map<JobName, unknown>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly jobs: Jobs,
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

  /** Queues every daily job for the day of `now`; returns the ids recorded (none for those already queued). */
  async queue(now = new Date()): Promise<string[]> {
    const day = now.toISOString().slice(0, 10);
    const ids: string[] = [];
    for (const [name, payload] of this.daily) {
      const dedupeKey = `${name}:${day}`;
      // Done already today (by this process or another, however quickly it ran) counts as queued.
      if (await this.jobs.wasRecorded(dedupeKey)) continue;
      const id = await this.jobs.enqueue(name, payload as never, { dedupeKey });
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

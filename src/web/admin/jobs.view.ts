import type { HealthReport } from '../../health/health.service';
import type { FailedJob, QueueCounts } from '../../jobs/job-queue';

export const FAILED_JOBS_SHOWN = 100;

export interface JobsModel {
  status: HealthReport['status'];
  statusKey: string;
  queue: { kindKey: string; up: boolean; error?: string; waitingForHandover: number };
  database: { up: boolean; dialect: string; error?: string };
  migrations: { up: boolean; pending: string[] };
  counts: { labelKey: string; count: number; state: keyof QueueCounts }[];
  failed: {
    id: string;
    name: string;
    payload: string;
    attempts: number;
    error: string | null;
    failedAt: Date | null;
  }[];
  notice?: { key: string };
  message?: { key: string };
}

const COUNT_ORDER: (keyof QueueCounts)[] = ['outbox', 'waiting', 'delayed', 'active', 'completed', 'failed'];

/** The queue as /health reports it, its counts, and the failed jobs with what went wrong. */
export function jobsView(
  health: HealthReport,
  counts: QueueCounts,
  failed: FailedJob[],
  outcome: { done?: unknown; message?: { key: string } } = {},
): JobsModel {
  const { queue, database, migrations } = health.checks;
  return {
    status: health.status,
    statusKey: `admin.jobs.health.${health.status}`,
    queue: {
      kindKey: `admin.jobs.kind.${queue.kind}`,
      up: queue.status === 'up',
      error: queue.error,
      waitingForHandover: queue.waitingForHandover,
    },
    database: { up: database.status === 'up', dialect: database.dialect, error: database.error },
    migrations: { up: migrations.status === 'up', pending: migrations.pending ?? [] },
    counts: COUNT_ORDER.filter((state) => state !== 'outbox' || queue.kind === 'redis').map((state) => ({
      state,
      labelKey: `admin.jobs.count.${state}`,
      count: counts[state],
    })),
    failed: failed.map((job) => ({
      id: job.id,
      name: job.name,
      payload: JSON.stringify(job.payload),
      attempts: job.attempts,
      error: job.error,
      failedAt: job.failedAt,
    })),
    notice:
      outcome.done === 'retried' || outcome.done === 'discarded'
        ? { key: `admin.jobs.done.${outcome.done}` }
        : undefined,
    message: outcome.message,
  };
}

import { Logger } from '@nestjs/common';
import { backoffMs, JobName } from './job-catalogue';
import { JobHandlers, PermanentJobError } from './job-handlers';
import { errorText } from './job-queue';

export type JobOutcome =
  { kind: 'completed' } | { kind: 'retry'; error: string; runAt: Date } | { kind: 'failed'; error: string };

/** Runs one attempt of a job on the database queue and says what comes next. */
export async function runAttempt(
  handlers: JobHandlers,
  logger: Logger,
  job: { id: string; name: JobName; payload: unknown; attempts: number; maxAttempts: number },
  baseBackoffMs: number,
): Promise<JobOutcome> {
  const lastAttempt = job.attempts >= job.maxAttempts;
  try {
    await handlers.run(job.name, job.payload as never, { jobId: job.id, attempt: job.attempts, lastAttempt });
    return { kind: 'completed' };
  } catch (error) {
    const text = errorText(error);
    if (error instanceof PermanentJobError || lastAttempt) {
      logger.error(`Job ${job.name} ${job.id} failed for good after ${job.attempts} attempt(s): ${text}`);
      return { kind: 'failed', error: text };
    }
    const wait = backoffMs(job.attempts, baseBackoffMs);
    logger.warn(`Job ${job.name} ${job.id} attempt ${job.attempts} failed (${text}); next in ${wait} ms`);
    return { kind: 'retry', error: text, runAt: new Date(Date.now() + wait) };
  }
}

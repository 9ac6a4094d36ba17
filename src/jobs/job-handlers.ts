import { Injectable } from '@nestjs/common';
import { JOB_NAMES, JobName, JobPayloads } from './job-catalogue';

export interface JobContext {
  jobId: string;
  /** 1 on the first attempt. */
  attempt: number;
  /** True on the attempt after which the job fails for good if it throws. */
  lastAttempt: boolean;
}

export type JobHandler<N extends JobName> = (payload: JobPayloads[N], context: JobContext) => Promise<void>;

/** How an attempt ended: done, to be tried again, or failed for good. */
export type AttemptEnd = 'completed' | 'retried' | 'failed';
export type AttemptListener = (name: JobName, end: AttemptEnd, seconds: number) => void;

/**
 * A failure that another attempt cannot mend (a mail whose template cannot
 * be written out): the job fails at once, with this reason.
 */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export class MissingJobHandlersError extends Error {
  constructor(readonly names: JobName[]) {
    super(`No handler for the job${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
    this.name = 'MissingJobHandlersError';
  }
}

/** Which function runs each job: one each, registered by the feature that owns it when its module starts. */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<JobName, JobHandler<JobName>>();
  private readonly listeners: AttemptListener[] = [];

  handle<N extends JobName>(name: N, handler: JobHandler<N>): void {
    if (this.handlers.has(name)) throw new Error(`The job ${name} has a handler already`);
    this.handlers.set(name, handler as unknown as JobHandler<JobName>);
  }

  get<N extends JobName>(name: N): JobHandler<N> {
    const handler = this.handlers.get(name);
    if (!handler) throw new MissingJobHandlersError([name]);
    return handler as unknown as JobHandler<N>;
  }

  /** Told of the end of every attempt, on either queue, and how long it took (the metrics). */
  onAttempt(listener: AttemptListener): void {
    this.listeners.push(listener);
  }

  /** Runs one attempt of a job: both queues run every attempt through here. */
  async run<N extends JobName>(name: N, payload: JobPayloads[N], context: JobContext): Promise<void> {
    const handler = this.get(name);
    const started = performance.now();
    let end: AttemptEnd = 'completed';
    try {
      await handler(payload, context);
    } catch (error) {
      // The queues decide alike: a permanent error or the last attempt fails for good.
      end = error instanceof PermanentJobError || context.lastAttempt ? 'failed' : 'retried';
      throw error;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      for (const listener of this.listeners) listener(name, end, seconds);
    }
  }

  /** Throws, naming them, when any job of the catalogue has no handler. */
  assertComplete(): void {
    const missing = JOB_NAMES.filter((name) => !this.handlers.has(name));
    if (missing.length) throw new MissingJobHandlersError(missing);
  }
}

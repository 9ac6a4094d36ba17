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

  handle<N extends JobName>(name: N, handler: JobHandler<N>): void {
    if (this.handlers.has(name)) throw new Error(`The job ${name} has a handler already`);
    this.handlers.set(name, handler as unknown as JobHandler<JobName>);
  }

  get<N extends JobName>(name: N): JobHandler<N> {
    const handler = this.handlers.get(name);
    if (!handler) throw new MissingJobHandlersError([name]);
    return handler as unknown as JobHandler<N>;
  }

  /** Throws, naming them, when any job of the catalogue has no handler. */
  assertComplete(): void {
    const missing = JOB_NAMES.filter((name) => !this.handlers.has(name));
    if (missing.length) throw new MissingJobHandlersError(missing);
  }
}

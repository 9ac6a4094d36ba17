import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Counter, Histogram, Registry } from 'prom-client';
import { JOB_NAMES, JobName } from '../jobs/job-catalogue';
import { AttemptEnd, JobHandlers } from '../jobs/job-handlers';
import { ProcessMetrics } from './process-metrics';

export type MailOutcome = 'sent' | 'retried' | 'failed' | 'skipped';

const ATTEMPT_ENDS: AttemptEnd[] = ['completed', 'retried', 'failed'];
const MAIL_OUTCOMES: MailOutcome[] = ['sent', 'retried', 'failed', 'skipped'];
const RESCREENING = new Set<JobName>(['screening.vacancy', 'screening.candidate']);

/**
 * This app's metrics, in a registry of its own rather than prom-client's
 * global one: the tests run many apps in one process, and each must count
 * only its own. Features report what happened through the methods below.
 */
@Injectable()
export class SiftMetrics implements OnModuleInit, OnModuleDestroy {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'sift_http_requests_total',
    help: 'HTTP requests answered, by method, route template (or "unmatched") and status class',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'sift_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer finishing, by method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly jobs = new Counter({
    name: 'sift_jobs_total',
    help: 'Job attempts run by this process, by job name and how they ended (completed, retried, failed for good)',
    labelNames: ['name', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly jobDuration = new Histogram({
    name: 'sift_job_duration_seconds',
    help: 'Time one attempt of a job took in this process, by job name',
    labelNames: ['name'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300],
    registers: [this.registry],
  });
  private readonly mails = new Counter({
    name: 'sift_mails_total',
    help: 'Attempts to send a mail, by outcome (sent, retried, failed for good, skipped as no longer due)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly rescreenDuration = new Histogram({
    name: 'sift_rescreen_duration_seconds',
    help: 'Time a completed re-screening job (screening.vacancy or screening.candidate) took',
    buckets: [0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 120, 300, 600],
    registers: [this.registry],
  });
  // Raised by the re-screening jobs as each batch commits (see applicationsRescreened).
  private readonly rescreened = new Counter({
    name: 'sift_rescreened_applications_total',
    help: 'Applications screened again by re-screening jobs, counted as each batch commits',
    registers: [this.registry],
  });
  private readonly processMetrics = new ProcessMetrics(this.registry, 'sift_');

  constructor(handlers: JobHandlers) {
    // Every series exists from the start, at zero, so a rate over the first failure is not a gap.
    for (const name of JOB_NAMES) for (const outcome of ATTEMPT_ENDS) this.jobs.inc({ name, outcome }, 0);
    for (const outcome of MAIL_OUTCOMES) this.mails.inc({ outcome }, 0);
    handlers.onAttempt((name, end, seconds) => this.attemptEnded(name, end, seconds));
  }

  onModuleInit(): void {
    this.processMetrics.start();
  }

  /** Stops the event-loop and GC monitors, which would otherwise outlive the app. */
  onModuleDestroy(): void {
    this.processMetrics.stop();
  }

  /** The exposition text, and the content type it is in. */
  async scrape(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  mailEnded(outcome: MailOutcome): void {
    this.mails.inc({ outcome });
  }

  /** For the re-screening jobs' handlers, with the count each screened again. */
  applicationsRescreened(count: number): void {
    this.rescreened.inc(count);
  }

  private attemptEnded(name: JobName, end: AttemptEnd, seconds: number): void {
    this.jobs.inc({ name, outcome: end });
    this.jobDuration.observe({ name }, seconds);
    if (end === 'completed' && RESCREENING.has(name)) this.rescreenDuration.observe(seconds);
  }
}

import {
  BeforeApplicationShutdown,
  DynamicModule,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Settings } from '../config/settings';
import { DailyJobs } from './daily-jobs';
import { DatabaseJobQueue } from './database-job-queue';
import { JobHandlers } from './job-handlers';
import { JobQueue } from './job-queue';
import { Jobs, JobWaker } from './jobs';
import { JobsController } from './jobs.controller';
import { JobsRepository } from './jobs.repository';
import { HandedOverJobsRepository } from './handed-over-jobs.repository';
import { RedisJobQueue } from './redis-job-queue';
import { ScheduledRunsRepository } from './scheduled-runs.repository';
import { Transactions } from '../database/transactions';

/** Whether this process runs jobs, besides recording and handing them over. */
export class JobsRole {
  constructor(readonly runJobs: boolean) {}
}

/** Checks every job has a handler before anything runs, starts the queue, and stops it before the database closes. */
@Injectable()
class JobsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly handlers: JobHandlers,
    private readonly queue: JobQueue,
    private readonly role: JobsRole,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.handlers.assertComplete();
    await this.queue.start(this.role.runJobs);
    new Logger('JobQueue').log(
      `Jobs on ${this.queue.kind === 'redis' ? 'Redis' : 'the database'}; ${this.role.runJobs ? 'running them here' : 'left to workers'}`,
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.stop();
  }
}

@Module({})
export class JobsModule {
  static forRoot(settings: Settings, runJobs: boolean): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      controllers: [JobsController],
      providers: [
        JobHandlers,
        JobsRepository,
        HandedOverJobsRepository,
        ScheduledRunsRepository,
        Jobs,
        JobsLifecycle,
        { provide: JobsRole, useValue: new JobsRole(runJobs) },
        {
          provide: JobQueue,
          inject: [JobsRepository, HandedOverJobsRepository, JobHandlers, DataSource],
          useFactory: (
            jobs: JobsRepository,
            handedOver: HandedOverJobsRepository,
            handlers: JobHandlers,
            dataSource: DataSource,
          ): JobQueue =>
            settings.redisUrl
              ? new RedisJobQueue(
                  { url: settings.redisUrl, prefix: settings.redisPrefix },
                  jobs,
                  handedOver,
                  handlers,
                  settings.jobs,
                )
              : new DatabaseJobQueue(jobs, handlers, settings.jobs, dataSource),
        },
        { provide: JobWaker, useExisting: JobQueue },
        {
          provide: DailyJobs,
          inject: [Jobs, Transactions, ScheduledRunsRepository],
          useFactory: (jobs: Jobs, transactions: Transactions, runs: ScheduledRunsRepository) =>
            new DailyJobs(jobs, transactions, runs, runJobs ? settings.jobs.dailyAt : null),
        },
      ],
      exports: [Jobs, JobHandlers, JobQueue, DailyJobs],
    };
  }
}

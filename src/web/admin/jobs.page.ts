import { Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { HealthService } from '../../health/health.service';
import { JobQueue } from '../../jobs/job-queue';
import { JobNotFailedError } from '../../jobs/jobs.controller';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { FAILED_JOBS_SHOWN, jobsView } from './jobs.view';

/** `/admin/jobs`: the queue's health and counts, and the failed jobs to retry or discard, as the API does. */
@PageController()
@Controller()
@Roles(Role.Admin)
export class AdminJobsPage {
  constructor(
    private readonly health: HealthService,
    private readonly queue: JobQueue,
    private readonly pages: Pages,
  ) {}

  @Get('admin/jobs')
  async show(@Page() page: SignedInPage, @Query('done') done: unknown, @Res() response: Response): Promise<void> {
    await this.render(response, page, { done });
  }

  @Post('admin/jobs/:id/retry')
  async retry(@Page() page: SignedInPage, @Param('id') id: string, @Res() response: Response): Promise<void> {
    if (!(await this.queue.retry(id))) return this.gone(response, page, id);
    this.pages.redirect(response, '/admin/jobs?done=retried');
  }

  @Post('admin/jobs/:id/discard')
  async discard(@Page() page: SignedInPage, @Param('id') id: string, @Res() response: Response): Promise<void> {
    if (!(await this.queue.discard(id))) return this.gone(response, page, id);
    this.pages.redirect(response, '/admin/jobs?done=discarded');
  }

  /** Retried or discarded meanwhile (or never failed): the API's 404, on the page with the queue as it is now. */
  private async gone(response: Response, page: SignedInPage, id: string): Promise<void> {
    const error = new JobNotFailedError(id);
    await this.render(response, page, { message: { key: `errors.${error.code}` } }, 404);
  }

  private async render(
    response: Response,
    page: SignedInPage,
    outcome: Parameters<typeof jobsView>[3],
    status = 200,
  ): Promise<void> {
    const [health, counts, failed] = await Promise.all([
      this.health.report(),
      this.queue.counts(),
      this.queue.failed(FAILED_JOBS_SHOWN),
    ]);
    this.pages.send(response, page, {
      view: 'admin/jobs',
      titleKey: 'admin.jobs.title',
      model: jobsView(health, counts, failed, outcome),
      status,
    });
  }
}

import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { ValidationFailedError } from '../../common/errors/domain-error';
import { DashboardScope, RecruiterDashboardService } from '../../dashboard/recruiter-dashboard.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { dashboardView } from './dashboard.view';

/** The recruiter's start page: open vacancies with counts per stage, what waits, and what happened lately. */
@PageController()
@Controller()
export class DashboardPage {
  constructor(
    private readonly dashboard: RecruiterDashboardService,
    private readonly pages: Pages,
  ) {}

  @Roles(...SCREENING_WRITERS)
  @Get('recruiter')
  async show(@Page() page: SignedInPage, @Query('scope') scope: unknown, @Res() response: Response): Promise<void> {
    const data = await this.dashboard.forRecruiter(page.user, parseScope(scope));
    this.pages.send(response, page, {
      view: 'recruiter/dashboard',
      titleKey: 'dashboard.title',
      model: dashboardView(data),
    });
  }
}

function parseScope(value: unknown): DashboardScope {
  if (value === undefined || value === 'mine') return 'mine';
  if (value === 'all') return 'all';
  throw new ValidationFailedError([{ field: 'scope', messages: ['scope must be mine or all'] }]);
}

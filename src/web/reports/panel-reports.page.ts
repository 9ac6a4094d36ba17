import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_READERS } from '../../common/auth/role';
import { PanelReportsService } from '../../interviews/panel-reports.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { panelReportsView } from './panel-reports.view';

/**
 * A vacancy's panel reports: per round, how far the panels agree, each
 * interviewer's leniency and how the ratings fall on the scale. Read through
 * the service the report routes of the API use, so the same people see the
 * same figures: recruiters, admins and the vacancy's hiring managers (404 to
 * another vacancy's); interviewers without another role get the 403 page.
 */
@PageController()
@Controller('reports')
export class PanelReportsPage {
  constructor(
    private readonly reports: PanelReportsService,
    private readonly pages: Pages,
  ) {}

  @Roles(...SCREENING_READERS)
  @Get('vacancies/:id/panels')
  async show(@Page() page: SignedInPage, @Param('id') vacancyId: string, @Res() response: Response): Promise<void> {
    const report = await this.reports.report(vacancyId, page.user);
    this.pages.send(response, page, {
      view: 'reports/panels',
      titleKey: 'reports.panels.title',
      model: panelReportsView(report, page.user, page.language),
    });
  }
}

import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_READERS } from '../../common/auth/role';
import { DomainError, FieldError, ValidationFailedError } from '../../common/errors/domain-error';
import { isId } from '../../database/database-errors';
import { PipelineReport, PipelineReportsService } from '../../reports/pipeline-reports.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { pipelineView, ReportFormInput, reportPageHref } from './pipeline.view';

/**
 * The pipeline report as pages: over every vacancy the reader may see
 * (`/reports`) or one (`/reports/vacancies/:id`), for a period of application
 * dates, through the service GET /reports/pipeline calls. The period form is a
 * plain GET form; with scripts, htmx swaps the report when a field changes.
 */
@PageController()
@Controller()
@Roles(...SCREENING_READERS)
export class PipelineReportPage {
  constructor(
    private readonly reports: PipelineReportsService,
    private readonly pages: Pages,
  ) {}

  /** All the reader's vacancies; the form's vacancy choice leads to that vacancy's page. */
  @Get('reports')
  async all(
    @Page() page: SignedInPage,
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const input = formInput(query, null);
    const htmx = request.headers['hx-request'] === 'true';
    if (input.vacancyId && !htmx && isId(input.vacancyId)) {
      return this.pages.redirect(response, reportPageHref(input.vacancyId, input));
    }
    await this.render(page, input, htmx, response);
  }

  @Get('reports/vacancies/:id')
  async vacancy(
    @Page() page: SignedInPage,
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.render(page, formInput(query, id), request.headers['hx-request'] === 'true', response);
  }

  private async render(page: SignedInPage, input: ReportFormInput, htmx: boolean, response: Response): Promise<void> {
    let report: PipelineReport | null = null;
    let problems: FieldError[] = [];
    try {
      if (input.vacancyId !== null && !isId(input.vacancyId)) {
        throw new ValidationFailedError([{ field: 'vacancyId', messages: ['vacancyId must be a vacancy id'] }]);
      }
      report = await this.reports.pipeline(
        { vacancyId: input.vacancyId ?? undefined, from: input.from, to: input.to },
        page.user,
      );
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      problems = error.extras.errors ?? [];
    }
    const vacancies = await this.reports.vacanciesFor(page.user);
    const model = pipelineView(input, vacancies, report, problems);
    const status = problems.length ? 400 : 200;
    if (htmx) {
      // htmx swaps only a 2xx answer: a problem is shown where the report would be.
      response.setHeader('HX-Push-Url', problems.length ? 'false' : reportPageHref(input.vacancyId, input));
      return this.pages.fragment(response, page, 'reports-pipeline', model);
    }
    this.pages.send(response, page, { view: 'reports/pipeline', titleKey: 'reports.pipeline.title', model, status });
  }
}

/** The form's fields as typed; anything but one string counts as typed wrong, and the service says so. */
function formInput(query: Record<string, unknown>, vacancyId: string | null): ReportFormInput {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value === undefined ? '' : '?');
  const chosen = vacancyId ?? text(query.vacancyId);
  return { from: text(query.from), to: text(query.to), vacancyId: chosen === '' ? null : chosen };
}

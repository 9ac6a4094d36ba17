import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { DomainError, FieldError, ValidationFailedError } from '../../common/errors/domain-error';
import { isId } from '../../database/database-errors';
import { AdverseImpactReport, AdverseImpactService, FAIRNESS_READERS } from '../../fairness/adverse-impact.service';
import { QuestionSet, questionOf } from '../../fairness/question-sets';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { FairnessFormInput, fairnessHref, fairnessView, INTERSECTION } from './fairness.view';

/**
 * The adverse-impact report as a page, through the service GET
 * /reports/adverse-impact calls: aggregates only. The form is a plain GET
 * form; with scripts, htmx swaps the report when a field changes.
 */
@PageController()
@Controller()
@Roles(...FAIRNESS_READERS)
export class FairnessReportPage {
  constructor(
    private readonly reports: AdverseImpactService,
    private readonly pages: Pages,
  ) {}

  @Get('reports/fairness')
  async show(
    @Page() page: SignedInPage,
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const sets = this.reports.questionSets();
    const input = formInput(query, sets);
    const htmx = request.headers['hx-request'] === 'true';
    let report: AdverseImpactReport | null = null;
    let problems: FieldError[] = [];
    try {
      if (input.vacancyId !== null && !isId(input.vacancyId)) {
        throw new ValidationFailedError([{ field: 'vacancyId', messages: ['vacancyId must be a vacancy id'] }]);
      }
      report = await this.reports.report(
        {
          vacancyId: input.vacancyId ?? undefined,
          family: input.family || undefined,
          from: input.from,
          to: input.to,
          questionSet: input.questionSet || undefined,
          ...(input.dimension === INTERSECTION ? { intersection: true } : { question: input.dimension || undefined }),
        },
        page.user,
      );
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      problems = error.extras.errors ?? [];
    }
    const choices = { ...(await this.reports.choicesFor(page.user)), questionSets: sets };
    const model = fairnessView(input, choices, report, problems, page.language);
    if (htmx) {
      // htmx swaps only a 2xx answer: a problem is shown where the report would be.
      response.setHeader('HX-Push-Url', problems.length ? 'false' : fairnessHref(input));
      return this.pages.fragment(response, page, 'reports-fairness', model);
    }
    this.pages.send(response, page, {
      view: 'reports/fairness',
      titleKey: 'fairness.title',
      model,
      status: problems.length ? 400 : 200,
    });
  }
}

/** The form's fields as typed; anything but one string counts as typed wrong, and the service says so. */
function formInput(query: Record<string, unknown>, sets: QuestionSet[]): FairnessFormInput {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value === undefined ? '' : '?');
  const vacancyId = text(query.vacancyId);
  const questionSet = text(query.questionSet);
  let dimension = text(query.intersection) === 'true' ? INTERSECTION : text(query.question) || text(query.dimension);
  // A question of the set chosen before: the form changed sets, so the new set's first question is meant.
  const set = sets.find((one) => one.key === questionSet);
  if (set && dimension === INTERSECTION && !set.intersection) dimension = '';
  if (set && dimension !== INTERSECTION && !questionOf(set, dimension)) {
    if (sets.some((other) => questionOf(other, dimension))) dimension = '';
  }
  return {
    vacancyId: vacancyId === '' ? null : vacancyId,
    family: text(query.family),
    from: text(query.from),
    to: text(query.to),
    questionSet,
    dimension,
  };
}

import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DecisionsWaitingService } from '../../applications/decisions-waiting.service';
import { PipelineBoardService } from '../../applications/pipeline-board.service';
import { Roles } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { ValidationFailedError } from '../../common/errors/domain-error';
import { MailRequestsService } from '../../mail/mail-requests.service';
import { VacanciesService } from '../../vacancies/vacancies.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { MANAGER_VACANCIES_PAGE_SIZE, managerVacanciesView } from './vacancies.view';

/**
 * The hiring manager's start page: their vacancies (an admin's: all), with
 * counts, the shortlists announced to them as ready and the decisions asked
 * of them, leading to each shortlist, each decision and the vacancy's reports.
 */
@PageController()
@Controller()
export class ManagerVacanciesPage {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly board: PipelineBoardService,
    private readonly mails: MailRequestsService,
    private readonly decisions: DecisionsWaitingService,
    private readonly pages: Pages,
  ) {}

  @Roles(Role.HiringManager, Role.Admin)
  @Get('manager')
  async show(@Page() page: SignedInPage, @Query('offset') offsetText: unknown, @Res() response: Response) {
    const offset = parseOffset(offsetText);
    const found = await this.vacancies.list({ limit: MANAGER_VACANCIES_PAGE_SIZE, offset }, page.user);
    const ready = await this.mails.shortlistsReadyFor(page.user);
    const decisions = await this.decisions.forVacancies(
      found.vacancies.map((vacancy) => vacancy.id),
      page.user,
    );
    const vacancies = [];
    for (const vacancy of found.vacancies) {
      vacancies.push({
        ...vacancy,
        counts: await this.board.counts(vacancy.id, {}),
        ready: ready.get(vacancy.id),
        decisions: decisions.get(vacancy.id),
      });
    }
    this.pages.send(response, page, {
      view: 'manager/vacancies',
      titleKey: 'manager.vacancies.title',
      model: managerVacanciesView({ vacancies, total: found.total }, offset),
    });
  }
}

function parseOffset(value: unknown): number {
  if (value === undefined || value === '') return 0;
  const offset = Number(value);
  if (Number.isInteger(offset) && offset >= 0 && offset <= 1_000_000) return offset;
  throw new ValidationFailedError([{ field: 'offset', messages: ['offset must be a whole number, 0 or more'] }]);
}

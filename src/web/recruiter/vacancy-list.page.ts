import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { ValidationFailedError } from '../../common/errors/domain-error';
import { VacanciesService } from '../../vacancies/vacancies.service';
import { VACANCY_STATUSES, VacancyStatus } from '../../vacancies/entities/vacancy.entity';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { VacancyListQuery, vacancyListView } from './vacancy-list.view';

const PAGE_SIZE = 25;

/** The recruiter's vacancies: theirs or all, by status, a page at a time. */
@PageController()
@Controller()
export class VacancyListPage {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly pages: Pages,
  ) {}

  @Roles(...SCREENING_WRITERS)
  @Get('recruiter/vacancies')
  async show(
    @Page() page: SignedInPage,
    @Query() raw: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const query = parseQuery(raw);
    const found = await this.vacancies.list(
      { status: query.status, mine: query.scope === 'mine', limit: query.limit, offset: query.offset },
      page.user,
    );
    this.pages.send(response, page, {
      view: 'recruiter/vacancy-list',
      titleKey: 'vacancy.list.title',
      model: vacancyListView(query, found),
      shortcuts: [{ keys: 'n', labelKey: 'vacancy.shortcut.new' }],
    });
  }
}

function parseQuery(raw: Record<string, unknown>): VacancyListQuery {
  const problems: { field: string; messages: string[] }[] = [];
  const scope = raw.scope === undefined || raw.scope === 'mine' ? 'mine' : raw.scope === 'all' ? 'all' : undefined;
  if (!scope) problems.push({ field: 'scope', messages: ['scope must be mine or all'] });
  const status =
    raw.status === undefined || raw.status === '' ? undefined : VACANCY_STATUSES.find((value) => value === raw.status);
  if (raw.status && !status) problems.push({ field: 'status', messages: ['status is not a vacancy status'] });
  const offset = raw.offset === undefined ? 0 : Number(raw.offset);
  if (!Number.isInteger(offset) || offset < 0 || offset > 1_000_000)
    problems.push({ field: 'offset', messages: ['offset must be a whole number, 0 or more'] });
  if (problems.length) throw new ValidationFailedError(problems);
  return { scope: scope!, status: status as VacancyStatus | undefined, offset, limit: PAGE_SIZE };
}

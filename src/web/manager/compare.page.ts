import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApplicationsNotInVacancyError } from '../../applications/applications.errors';
import { DecisionsService } from '../../applications/decisions.service';
import { Roles } from '../../common/auth/decorators';
import { PANEL_READERS } from '../../common/auth/role';
import { VacanciesService } from '../../vacancies/vacancies.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { TOKEN_STAND_IN } from '../views/kept-page';
import { KeptPages } from '../views/kept-pages';
import { Pages } from '../views/pages';
import { CompareData } from './compare.data';
import { compareHref, compareView, noticeOf, parseCompareIds, Said } from './compare.view';

/**
 * Two to four applications of a vacancy side by side, with a decision form
 * under each: the vacancy's hiring managers, its recruiters and admins.
 * Interviewers are on the role list only so that they, like a hiring
 * manager of another vacancy, get the API's 404 rather than a 403.
 */
@PageController()
@Controller()
export class ComparePage {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly vacancies: VacanciesService,
    private readonly data: CompareData,
    private readonly pages: Pages,
  ) {}

  /** Some thousand comparisons of about 30 kB. */
  private readonly kept = new KeptPages(32 * 1024 * 1024);

  @Roles(...PANEL_READERS)
  @Get('manager/vacancies/:id/compare')
  async show(
    @Page() page: SignedInPage,
    @Param('id') vacancyId: string,
    @Query('ids') idsText: unknown,
    @Query('decided') decided: unknown,
    @Res() response: Response,
  ): Promise<void> {
    // 404 first for those who may not see the vacancy; one small query on every answer, kept or not.
    const { revision } = await this.vacancies.shortlistRevision(vacancyId, page.user);
    const parsed = parseCompareIds(idsText);
    if ('problem' in parsed) return this.problem(response, page, vacancyId, parsed.problem);
    const notice = noticeOf(decided);
    // Moves, screenings, interview results and a candidate's new name raise the shortlist revision.
    const key = [
      vacancyId,
      revision,
      parsed.ids.join(','),
      page.user.id,
      page.language,
      new Date().toISOString().slice(0, 10),
      notice?.key ?? '',
    ].join('|');
    try {
      const kept = await this.kept.keep(key, () => this.render(page, vacancyId, parsed.ids, notice));
      this.pages.sendKept(response, page, { titleKey: 'decide.compare.title', kept });
    } catch (error) {
      if (!(error instanceof ApplicationsNotInVacancyError)) throw error;
      const ids = (error.extras.ids as string[]).join(', ');
      this.problem(response, page, vacancyId, { key: 'decide.problem.otherVacancy', values: { ids } });
    }
  }

  private async render(page: SignedInPage, vacancyId: string, ids: string[], notice?: Said): Promise<string> {
    const comparison = await this.decisions.compare(vacancyId, ids, page.user);
    const { interviews, advice } = await this.data.around(comparison, page.user);
    const back = compareHref(vacancyId, ids);
    const model = compareView(comparison, interviews, advice, { back, single: false, notice });
    return this.pages.body(page, 'manager/compare', model, TOKEN_STAND_IN).replace(/\n\s+/g, '\n');
  }

  private problem(response: Response, page: SignedInPage, vacancyId: string, problem: Said): void {
    this.pages.send(response, page, {
      view: 'manager/compare-problem',
      titleKey: 'decide.compare.title',
      model: { problem, shortlistHref: `/manager/vacancies/${vacancyId}/shortlist` },
      status: 400,
    });
  }
}

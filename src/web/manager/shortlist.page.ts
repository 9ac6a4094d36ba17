import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ShortlistPageDto } from '../../applications/dto/application.dto';
import { ShortlistQuery } from '../../applications/dto/application-input.dto';
import { ShortlistLeniencyService } from '../../applications/shortlist-leniency.service';
import { ShortlistService } from '../../applications/shortlist.service';
import { Roles } from '../../common/auth/decorators';
import { PANEL_READERS } from '../../common/auth/role';
import { ValidationFailedError } from '../../common/errors/domain-error';
import { VacanciesService } from '../../vacancies/vacancies.service';
import { readForm } from '../forms';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { TOKEN_STAND_IN } from '../views/kept-page';
import { KeptPages } from '../views/kept-pages';
import { Pages } from '../views/pages';
import { leniencyView } from './leniency.view';
import {
  COMPARE_MAX,
  COMPARE_MIN,
  compareHref,
  filterParams,
  SHORTLIST_PAGE_SIZE,
  ShortlistPageQuery,
  shortlistView,
} from './shortlist.view';

const QUERY_FIELDS = ['stage', 'eligible', 'standing', 'cursor'] as const;

/**
 * A vacancy's ranked shortlist, for those who decide on it. Who may see it is
 * the API's rule (ShortlistService): its hiring managers, recruiters and
 * admins; 404 for anyone else, interviewers included.
 */
@PageController()
@Controller()
export class ShortlistPage {
  constructor(
    private readonly shortlist: ShortlistService,
    private readonly vacancies: VacanciesService,
    private readonly leniency: ShortlistLeniencyService,
    private readonly pages: Pages,
  ) {}

  /** Room for some hundred shortlist pages. */
  private readonly kept = new KeptPages(32 * 1024 * 1024);

  @Roles(...PANEL_READERS)
  @Get('manager/vacancies/:id/shortlist')
  async show(
    @Page() page: SignedInPage,
    @Param('id') vacancyId: string,
    @Query() raw: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const query = await parseQuery(raw);
    const { revision } = await this.vacancies.shortlistRevision(vacancyId, page.user);
    // Every change the shortlist shows raises the vacancy's shortlist revision; the page differs by nothing
    // of its reader but the language (who may see it was decided above).
    const key = [
      vacancyId,
      revision,
      page.language,
      new Date().toISOString().slice(0, 10),
      filterParams(query).toString(),
      query.cursor ?? '',
    ].join('|');
    const kept = await this.kept.keep(key, () => this.render(page, vacancyId, query));
    this.pages.sendKept(response, page, { titleKey: 'manager.shortlist.title', kept });
  }

  /**
   * The applications with interview scores ranked again under the variant of
   * interview scores the vacancy does not rank by (GET /vacancies/:id/shortlist/leniency);
   * to htmx, the part the shortlist page swaps in under its toggle.
   */
  @Roles(...PANEL_READERS)
  @Get('manager/vacancies/:id/shortlist/leniency')
  async leniencyPage(
    @Page() page: SignedInPage,
    @Param('id') vacancyId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const data = await this.leniency.compare(vacancyId, page.user);
    const vacancy = await this.vacancies.get(vacancyId, page.user);
    const model = leniencyView(data, vacancy);
    if (request.headers['hx-request'] === 'true') {
      return this.pages.fragment(response, page, 'manager-leniency', model);
    }
    this.pages.send(response, page, { view: 'manager/leniency', titleKey: 'manager.leniency.title', model });
  }

  /** The compare form's target: two to four picked applications, sent on to the compare page. */
  @Roles(...PANEL_READERS)
  @Get('manager/vacancies/:id/shortlist/compare')
  async compare(
    @Page() page: SignedInPage,
    @Param('id') vacancyId: string,
    @Query('ids') idsValue: unknown,
    @Res() response: Response,
  ): Promise<void> {
    await this.vacancies.shortlistRevision(vacancyId, page.user);
    const picked = (Array.isArray(idsValue) ? idsValue : [idsValue])
      .filter((value): value is string => typeof value === 'string')
      .flatMap((value) => value.split(','))
      .filter((value) => value !== '');
    const unique = [...new Set(picked)];
    if (
      unique.length < COMPARE_MIN ||
      unique.length > COMPARE_MAX ||
      unique.some((id) => !/^[0-9a-f-]{36}$/i.test(id))
    ) {
      throw new ValidationFailedError([
        { field: 'ids', messages: [`pick ${COMPARE_MIN} to ${COMPARE_MAX} applications to compare`] },
      ]);
    }
    this.pages.redirect(response, compareHref(vacancyId, unique));
  }

  private async render(page: SignedInPage, vacancyId: string, query: ShortlistPageQuery): Promise<string> {
    const vacancy = await this.vacancies.get(vacancyId, page.user);
    const found = await this.shortlist.page(vacancyId, { ...query, limit: SHORTLIST_PAGE_SIZE }, page.user);
    const data = JSON.parse(found.body.toString('utf8')) as ShortlistPageDto;
    const model = shortlistView(
      data,
      {
        id: vacancy.id,
        title: vacancy.title,
        screeningWeight: vacancy.screeningWeight,
        interviewWeight: vacancy.interviewWeight,
        roundsPlanned: vacancy.rounds.length,
        rounds: [...vacancy.rounds]
          .sort((a, b) => a.position - b.position)
          .map((round) => ({ id: round.id, name: round.name, weight: round.weight })),
        calibrateInterviews: vacancy.calibrateInterviews,
      },
      query,
    );
    // Kept and sent many times: without the templates' indentation (a newline stays where there was one).
    return this.pages.body(page, 'manager/shortlist', model, TOKEN_STAND_IN).replace(/\n\s+/g, '\n');
  }
}

/** The API's own filters, checked by its own rules; an empty field means no filter. */
async function parseQuery(raw: Record<string, unknown>): Promise<ShortlistPageQuery> {
  const unknown = Object.keys(raw).filter((key) => !(QUERY_FIELDS as readonly string[]).includes(key));
  const fields: Record<string, unknown> = {};
  for (const key of QUERY_FIELDS) if (raw[key] !== undefined && raw[key] !== '') fields[key] = raw[key];
  const form = await readForm(ShortlistQuery, fields);
  const errors = [
    ...(form.errors ?? []),
    ...unknown.map((field) => ({ field, messages: [`${field} is not a filter of the shortlist`] })),
  ];
  if (errors.length || !form.value) throw new ValidationFailedError(errors);
  const { stage, eligible, standing, cursor } = form.value;
  return { stage, eligible, standing, cursor };
}

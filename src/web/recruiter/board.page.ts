import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BulkMovesService } from '../../applications/bulk-moves.service';
import { BoardQuery, BulkMoveDto } from '../../applications/dto/board.dto';
import { MoveDto } from '../../applications/dto/application-input.dto';
import { STAGES } from '../../applications/entities/application.entity';
import { BoardCardRow, BoardFilter } from '../../applications/pipeline-board.repository';
import { PipelineBoardService } from '../../applications/pipeline-board.service';
import { Roles } from '../../common/auth/decorators';
import { SCREENING_WRITERS } from '../../common/auth/role';
import { ValidationFailedError } from '../../common/errors/domain-error';
import { Vacancy } from '../../vacancies/entities/vacancy.entity';
import { formMessage, readForm } from '../forms';
import { Catalogue } from '../i18n/catalogue';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { TOKEN_STAND_IN } from '../views/kept-page';
import { KeptPages } from '../views/kept-pages';
import { Pages } from '../views/pages';
import { listView, LIST_PAGE_SIZE } from './applications-list.view';
import {
  BoardMessage,
  boardView,
  cardView,
  columnView,
  decodeCursor,
  errorMessage,
  filterQuery,
  staleMessage,
} from './board.view';

export const BOARD_SHORTCUTS = [
  { keys: 'm', labelKey: 'board.shortcut.move' },
  { keys: '← → ↑ ↓', labelKey: 'board.shortcut.arrows' },
  { keys: 'x', labelKey: 'board.shortcut.select' },
  { keys: 'b', labelKey: 'board.shortcut.toggle' },
];

/** The pipeline board of a vacancy, its list, and the moves made from them. */
@PageController()
@Controller()
export class BoardPage {
  constructor(
    private readonly board: PipelineBoardService,
    private readonly bulk: BulkMovesService,
    private readonly catalogue: Catalogue,
    private readonly pages: Pages,
  ) {}

  /** Room for some hundred boards. */
  private readonly kept = new KeptPages(64 * 1024 * 1024);

  @Roles(...SCREENING_WRITERS)
  @Get('recruiter/vacancies/:id/board')
  async show(
    @Page() page: SignedInPage,
    @Param('id') vacancyId: string,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const filter = filterOf(await parseQuery(query));
    const revision = await this.board.revision(vacancyId, page.user);
    // Moves, applications, screenings, a candidate's new name and any change of the vacancy raise the revision;
    // days in stage change at midnight.
    const key = [vacancyId, revision, page.language, new Date().toISOString().slice(0, 10), filterQuery(filter)].join(
      '|',
    );
    const kept = await this.kept.keep(key, () => this.renderBoard(page, vacancyId, filter));
    this.pages.sendKept(response, page, { titleKey: 'board.title', shortcuts: BOARD_SHORTCUTS, kept });
  }

  private async renderBoard(page: SignedInPage, vacancyId: string, filter: BoardFilter): Promise<string> {
    const data = await this.board.columns(vacancyId, filter, page.user);
    const model = boardView(data, filter, this.movesOf(data.vacancy));
    // Kept and sent many times: without the templates' indentation (a newline stays where there was one).
    return this.pages.body(page, 'recruiter/board', model, TOKEN_STAND_IN).replace(/\n\s+/g, '\n');
  }

  @Roles(...SCREENING_WRITERS)
  @Get('recruiter/vacancies/:id/board/column')
  async column(
    @Page() page: SignedInPage,
    @Param('id') vacancyId: string,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const parsed = await parseQuery(query);
    const after = parsed.after ? decodeCursor(parsed.after) : undefined;
    if (!parsed.stage || (parsed.after && !after)) {
      throw new ValidationFailedError([{ field: 'stage', messages: ['a column needs its stage and a valid cursor'] }]);
    }
    const filter = filterOf(parsed);
    const data = await this.board.column(vacancyId, parsed.stage, filter, after, page.user);
    const model = columnView(data.column, data.vacancy, filter, this.movesOf(data.vacancy), data.now, parsed.shown);
    this.pages.fragments(response, page, [{ partial: 'board-cards', model }]);
  }

  @Roles(...SCREENING_WRITERS)
  @Get('recruiter/vacancies/:id/applications')
  async list(
    @Page() page: SignedInPage,
    @Param('id') vacancyId: string,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const parsed = await parseQuery(query);
    const filter = filterOf(parsed);
    const sort = parsed.sort ?? 'score';
    const pageNumber = parsed.page ?? 1;
    const data = await this.board.list(
      vacancyId,
      filter,
      sort,
      LIST_PAGE_SIZE,
      (pageNumber - 1) * LIST_PAGE_SIZE,
      page.user,
    );
    this.pages.send(response, page, {
      view: 'recruiter/applications-list',
      titleKey: 'board.list.title',
      model: listView(data, filter, sort, pageNumber, {
        moved: parsed.moved,
        skipped: parsed.skipped,
      }),
      shortcuts: BOARD_SHORTCUTS,
    });
  }

  @Roles(...SCREENING_WRITERS)
  @Post('recruiter/applications/:id/move')
  async move(
    @Page() page: SignedInPage,
    @Param('id') applicationId: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const htmx = request.headers['hx-request'] === 'true';
    const form = await readForm(MoveDto, moveInput(body));
    let result;
    try {
      if (form.errors) throw new ValidationFailedError(form.errors);
      result = await this.board.move(applicationId, form.value, page.user);
    } catch (error) {
      const message = formMessage(error, (key) => this.catalogue.has(key));
      if (!message) throw error;
      const { vacancy } = await this.board.vacancyOf(applicationId, page.user);
      return this.refused(response, page, vacancy, errorMessage(message), message.status, htmx);
    }
    const boardHref = `/recruiter/vacancies/${result.vacancy.id}/board`;
    if ('stale' in result) {
      const message = staleMessage(result.stale, result.vacancy, boardHref);
      return this.refused(response, page, result.vacancy, message, 409, htmx);
    }
    if (!htmx) return this.pages.redirect(response, boardHref);
    const row = (await this.board.card(applicationId))!;
    const counts = await this.board.counts(result.vacancy.id, {});
    const card = cardView(row, this.movesOf(result.vacancy)(row), result.vacancy, new Date());
    this.pages.fragments(response, page, [
      { partial: 'board-card', model: card },
      { partial: 'board-counts', model: { counts: STAGES.map((stage) => ({ stage, count: counts.get(stage) ?? 0 })) } },
      { partial: 'board-message', model: { oob: true } },
    ]);
  }

  @Roles(...SCREENING_WRITERS)
  @Post('recruiter/vacancies/:id/bulk')
  async bulkMove(
    @Page() page: SignedInPage,
    @Param('id') vacancyId: string,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const form = await readForm(BulkMoveDto, bulkInput(body));
    const listHref = `/recruiter/vacancies/${vacancyId}/applications`;
    if (form.errors) {
      const message = formMessage(new ValidationFailedError(form.errors), (key) => this.catalogue.has(key))!;
      return this.sendBoard(response, page, vacancyId, {}, errorMessage(message), 400);
    }
    const result = await this.bulk.move(vacancyId, form.value, page.user);
    const skipped = result.items.length - result.moved;
    this.pages.redirect(response, `${listHref}?${filterQuery({}, { moved: result.moved, skipped })}`);
  }

  private async sendBoard(
    response: Response,
    page: SignedInPage,
    vacancyId: string,
    query: BoardQuery,
    message?: BoardMessage,
    status = 200,
  ): Promise<void> {
    const filter = filterOf(query);
    const data = await this.board.columns(vacancyId, filter, page.user);
    this.pages.send(response, page, {
      view: 'recruiter/board',
      titleKey: 'board.title',
      model: boardView(data, filter, this.movesOf(data.vacancy), message),
      status,
      shortcuts: BOARD_SHORTCUTS,
    });
  }

  /** A refused move: on the board, or for htmx only the message (the board stays as it was). */
  private async refused(
    response: Response,
    page: SignedInPage,
    vacancy: Vacancy,
    message: BoardMessage,
    status: number,
    htmx: boolean,
  ): Promise<void> {
    if (!htmx) return this.sendBoard(response, page, vacancy.id, {}, message, status);
    response.setHeader('HX-Reswap', 'none');
    this.pages.fragments(response, page, [{ partial: 'board-message', model: { oob: true, message } }], 200);
  }

  private movesOf(vacancy: Vacancy): (row: BoardCardRow) => ReturnType<PipelineBoardService['movesOf']> {
    return (row) => this.board.movesOf({ stage: row.stage, roundId: row.roundId }, vacancy);
  }
}

async function parseQuery(query: Record<string, unknown>): Promise<BoardQuery> {
  // The board as most open it: nothing to check.
  if (Object.keys(query).length === 0) return new BoardQuery();
  const form = await readForm(BoardQuery, query);
  if (form.errors) throw new ValidationFailedError(form.errors);
  return form.value;
}

function filterOf(query: BoardQuery): BoardFilter {
  const { stage, eligibility, minScore, maxScore, source, q } = query;
  const filter: BoardFilter = { stage, eligibility, minScore, maxScore, source, q };
  for (const key of Object.keys(filter) as (keyof BoardFilter)[]) if (filter[key] === undefined) delete filter[key];
  return filter;
}

/** The card's form: `to` is a stage or `interview:<roundId>`; the revision it was read at comes as text. */
function moveInput(body: Record<string, unknown>): Record<string, unknown> {
  const [stage, roundId] = String(body.to ?? '').split(':');
  const revision = Number(body.revision);
  const reason = typeof body.reason === 'string' && body.reason.trim() ? body.reason : undefined;
  return {
    stage,
    ...(roundId ? { roundId } : {}),
    ...(reason ? { reason } : {}),
    ...(Number.isInteger(revision) && revision > 0 ? { revision } : {}),
  };
}

function bulkInput(body: Record<string, unknown>): Record<string, unknown> {
  const ids = body.applicationIds;
  const [stage, roundId] = String(body.to ?? '').split(':');
  const reason = typeof body.reason === 'string' && body.reason.trim() ? body.reason : undefined;
  const mail = typeof body.mail === 'string' && body.mail ? body.mail : undefined;
  return {
    applicationIds: ids === undefined ? [] : Array.isArray(ids) ? ids : [ids],
    stage,
    ...(roundId ? { roundId } : {}),
    ...(reason ? { reason } : {}),
    ...(mail && stage === 'rejected' ? { mail } : {}),
  };
}

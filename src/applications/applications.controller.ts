import { ApplicationEventDto } from './dto/application-event.dto';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { PANEL_READERS, SCREENING_READERS, SCREENING_WRITERS } from '../common/auth/role';
import { VacanciesService } from '../vacancies/vacancies.service';
import { ApplicationsService } from './applications.service';
import { ApplicationDto, ApplicationPageDto, ApplicationSummaryDto, ShortlistPageDto } from './dto/application.dto';
import { ApplicationQuery, ApplyDto, MoveDto, ShortlistQuery } from './dto/application-input.dto';
import { csvLine, SHORTLIST_CSV_HEADER, shortlistCsvCells } from './shortlist-csv';
import { ShortlistService } from './shortlist.service';
import { BulkMovesService } from './bulk-moves.service';
import { BulkMoveDto, BulkMoveResultDto } from './dto/board.dto';
import { DecisionDto } from './dto/decision.dto';
import { DecisionsService } from './decisions.service';
import { ApplicationToChangeGuard } from './application-to-change.guard';

@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly shortlist: ShortlistService,
    private readonly vacancies: VacanciesService,
    private readonly bulkMoves: BulkMovesService,
    private readonly decisions: DecisionsService,
  ) {}

  @Post('vacancies/:id/applications')
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({ type: ApplicationDto, description: 'Screened at once; 409 when the vacancy is not open' })
  async apply(
    @Param('id') vacancyId: string,
    @Body() body: ApplyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationDto> {
    return ApplicationDto.from(await this.applications.apply(vacancyId, body, user));
  }

  @Get('vacancies/:id/shortlist')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({
    type: ShortlistPageDto,
    description: 'In ranking order; hiring managers see their own vacancies only',
  })
  async shortlistPage(
    @Param('id') vacancyId: string,
    @Query() query: ShortlistQuery,
    @CurrentUser() user: AuthenticatedUser,
    @Res() response: Response,
  ): Promise<void> {
    const tag = await this.shortlist.pageTag(vacancyId, query, user);
    // With the tag set here Express does not hash the body again, and a client holding it gets 304: before a
    // row is read, from the tag alone, which any process gives the same page.
    response.setHeader('ETag', tag.etag);
    response.vary('Accept-Encoding');
    if (response.req.fresh) {
      response.status(304).end();
      return;
    }
    const page = await this.shortlist.pageOf(tag);
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    // Gzip kept with the page; the compression middleware leaves an answer alone that has its encoding already.
    // Gzip would pass the blind filter by (see BlindOutputInterceptor): a blind assessor gets the text.
    if (!response.locals.blindFilter && response.req.acceptsEncodings('gzip')) {
      response.setHeader('Content-Encoding', 'gzip');
      response.send(this.shortlist.gzipped(page));
    } else response.send(page.body);
  }

  @Get('vacancies/:id/shortlist.csv')
  @Roles(...SCREENING_READERS)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The whole shortlist in ranking order, as CSV (RFC 4180)' })
  async shortlistCsv(
    @Param('id') vacancyId: string,
    @Query() query: ShortlistQuery,
    @CurrentUser() user: AuthenticatedUser,
    @Res() response: Response,
  ): Promise<void> {
    const vacancy = await this.vacancies.get(vacancyId, user);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="shortlist-${vacancy.id}.csv"`);
    response.write(csvLine(SHORTLIST_CSV_HEADER));
    for await (const row of this.shortlist.exportRows(vacancy, {
      stage: query.stage,
      eligible: query.eligible,
      standing: query.standing,
    })) {
      if (!response.write(csvLine(shortlistCsvCells(row))))
        await new Promise((resolve) => response.once('drain', resolve));
    }
    response.end();
  }

  @Post('vacancies/:id/applications/bulk')
  @HttpCode(200)
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({
    type: BulkMoveResultDto,
    description: 'Each application moved whole or not at all, with its mail; each item says what became of it',
  })
  bulk(
    @Param('id') vacancyId: string,
    @Body() body: BulkMoveDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BulkMoveResultDto> {
    return this.bulkMoves.move(vacancyId, body, user);
  }

  @Get('applications')
  @Roles(...PANEL_READERS)
  @ApiOkResponse({
    type: ApplicationPageDto,
    description: "Hiring managers see their own vacancies' applications only, interviewers those of their panels",
  })
  async list(@Query() query: ApplicationQuery, @CurrentUser() user: AuthenticatedUser): Promise<ApplicationPageDto> {
    const { rows, total } = await this.applications.list(query, user);
    return {
      items: rows.map((row) => ApplicationSummaryDto.from(row)),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  @Get('applications/:id')
  @Roles(...PANEL_READERS)
  @ApiOkResponse({
    type: ApplicationDto,
    description: 'With the screening breakdown; interviewers see their panels only',
  })
  async get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<ApplicationDto> {
    return ApplicationDto.from(await this.applications.read(id, user));
  }

  @Post('applications/:id/moves')
  @HttpCode(200)
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: ApplicationDto, description: '409 names the allowed moves, or says the application changed' })
  async move(
    @Param('id') id: string,
    @Body() body: MoveDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationDto> {
    return ApplicationDto.from(await this.applications.move(id, body, user));
  }

  @Post('applications/:id/decisions')
  @HttpCode(200)
  @Roles(...SCREENING_READERS)
  @UseGuards(ApplicationToChangeGuard)
  @ApiOkResponse({
    type: ApplicationDto,
    description:
      'Advance, hold (keeps the stage, recorded) or reject; 422 DECISION_NEEDS_REASON against the screening advice ' +
      'without a reason, 409 on a stale revision or a final stage',
  })
  async decide(
    @Param('id') id: string,
    @Body() body: DecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationDto> {
    return ApplicationDto.from(await this.decisions.decide(id, body, user));
  }

  @Get('applications/:id/events')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({ type: [ApplicationEventDto] })
  async events(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<ApplicationEventDto[]> {
    return (await this.applications.events(id, user)).map((event) => ApplicationEventDto.from(event));
  }
}

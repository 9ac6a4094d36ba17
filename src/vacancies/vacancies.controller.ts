import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { PANEL_READERS, SCREENING_READERS, SCREENING_WRITERS } from '../common/auth/role';
import { VacancyDto, VacancyEventDto, VacancyPageDto, VacancySummaryDto } from './dto/vacancy.dto';
import {
  CreateVacancyDto,
  ReplaceRoundsDto,
  UpdateVacancyDto,
  VacancyQuery,
  VacancyStatusDto,
} from './dto/vacancy-input.dto';
import { VacanciesService } from './vacancies.service';

@ApiTags('vacancies')
@Controller('vacancies')
export class VacanciesController {
  constructor(private readonly vacancies: VacanciesService) {}

  @Post()
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({ type: VacancyDto, description: 'A draft; open it to take applications' })
  async create(@Body() body: CreateVacancyDto, @CurrentUser() user: AuthenticatedUser): Promise<VacancyDto> {
    return VacancyDto.from(await this.vacancies.create(body, user));
  }

  @Get()
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({ type: VacancyPageDto, description: 'Hiring managers see their own vacancies only' })
  async list(@Query() query: VacancyQuery, @CurrentUser() user: AuthenticatedUser): Promise<VacancyPageDto> {
    const { vacancies, total } = await this.vacancies.list(query, user);
    return { items: vacancies.map((v) => VacancySummaryDto.from(v)), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Roles(...PANEL_READERS)
  @ApiOkResponse({ type: VacancyDto, description: 'Interviewers read the vacancies of their panels only' })
  async get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<VacancyDto> {
    return VacancyDto.from(await this.vacancies.getForPanel(id, user));
  }

  @Patch(':id')
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: VacancyDto })
  async update(
    @Param('id') id: string,
    @Body() body: UpdateVacancyDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<VacancyDto> {
    return VacancyDto.from(await this.vacancies.update(id, body, user));
  }

  @Put(':id/rounds')
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: VacancyDto, description: 'The plan replaced; rounds sent with their id are kept' })
  async replaceRounds(
    @Param('id') id: string,
    @Body() body: ReplaceRoundsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<VacancyDto> {
    return VacancyDto.from(await this.vacancies.replaceRounds(id, body.rounds, user));
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: VacancyDto, description: '409 names the moves allowed from the current status' })
  async changeStatus(
    @Param('id') id: string,
    @Body() body: VacancyStatusDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<VacancyDto> {
    return VacancyDto.from(await this.vacancies.changeStatus(id, body, user));
  }

  @Get(':id/events')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({ type: [VacancyEventDto] })
  async events(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<VacancyEventDto[]> {
    return (await this.vacancies.events(id, user)).map((event) => VacancyEventDto.from(event));
  }

  @Get(':id/job-posting')
  @Roles(...SCREENING_READERS)
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  @ApiProduces('application/ld+json')
  @ApiOkResponse({ description: 'The vacancy as a schema.org JobPosting (JSON-LD)' })
  jobPosting(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<Record<string, unknown>> {
    return this.vacancies.jobPosting(id, user);
  }
}

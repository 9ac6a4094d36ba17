import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { PANEL_READERS, SCREENING_READERS, SCREENING_WRITERS } from '../common/auth/role';
import { CandidatesService } from './candidates.service';
import { CandidateDto, CandidatePageDto, CandidateWithFactsDto, FactDto } from './dto/candidate.dto';
import {
  CandidateQuery,
  CreateCandidateDto,
  CreateFactDto,
  UpdateCandidateDto,
  UpdateFactDto,
} from './dto/candidate-input.dto';
import { FACT_DATA_TYPES } from './dto/fact-data.dto';
import { Candidate } from './entities/candidate.entity';

@ApiTags('candidates')
@ApiExtraModels(...Object.values(FACT_DATA_TYPES))
@Controller('candidates')
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Post()
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({ type: CandidateDto })
  async create(@Body() body: CreateCandidateDto): Promise<CandidateDto> {
    return CandidateDto.from(await this.candidates.create(body));
  }

  @Get()
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({
    type: CandidatePageDto,
    description: 'Hiring managers see only the candidates who applied to their vacancies',
  })
  async list(@Query() query: CandidateQuery, @CurrentUser() user: AuthenticatedUser): Promise<CandidatePageDto> {
    const { candidates, total } = await this.candidates.search(query, user);
    return { items: candidates.map((c) => CandidateDto.from(c)), total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  @Roles(...PANEL_READERS)
  @ApiOkResponse({
    type: CandidateWithFactsDto,
    description:
      'Hiring managers read the candidates who applied to their vacancies, interviewers those of their panels; any other is 404',
  })
  async get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<CandidateWithFactsDto> {
    return withFacts(await this.candidates.read(id, user));
  }

  @Patch(':id')
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: CandidateWithFactsDto })
  async update(@Param('id') id: string, @Body() body: UpdateCandidateDto): Promise<CandidateWithFactsDto> {
    return withFacts(await this.candidates.update(id, body));
  }

  @Post(':id/facts')
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({ type: FactDto })
  async addFact(
    @Param('id') id: string,
    @Body() body: CreateFactDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<FactDto> {
    return FactDto.from(await this.candidates.addFact(id, body, user.id));
  }

  @Patch(':id/facts/:factId')
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: FactDto, description: 'The corrected fact; unconfirmed unless confirmed is true' })
  async correctFact(
    @Param('id') id: string,
    @Param('factId') factId: string,
    @Body() body: UpdateFactDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<FactDto> {
    return FactDto.from(await this.candidates.correctFact(id, factId, body.data, body.confirmed ?? false, user.id));
  }

  @Post(':id/facts/confirm-all')
  @HttpCode(200)
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({
    type: [FactDto],
    description: 'Every fact not yet confirmed, now confirmed; empty when none was left',
  })
  async confirmAllFacts(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<FactDto[]> {
    return (await this.candidates.confirmAll(id, user.id)).map((fact) => FactDto.from(fact));
  }

  @Post(':id/facts/:factId/confirm')
  @HttpCode(200)
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: FactDto })
  async confirmFact(
    @Param('id') id: string,
    @Param('factId') factId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<FactDto> {
    return FactDto.from(await this.candidates.confirmFact(id, factId, user.id));
  }

  @Delete(':id/facts/:factId')
  @HttpCode(204)
  @Roles(...SCREENING_WRITERS)
  @ApiNoContentResponse()
  async deleteFact(@Param('id') id: string, @Param('factId') factId: string): Promise<void> {
    await this.candidates.deleteFact(id, factId);
  }
}

function withFacts(candidate: Candidate): CandidateWithFactsDto {
  return { ...CandidateDto.from(candidate), facts: (candidate.facts ?? []).map((fact) => FactDto.from(fact)) };
}

import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { PANEL_READERS, Role, SCREENING_WRITERS } from '../common/auth/role';
import {
  AmendScorecardDto,
  CreateScorecardDto,
  OnBehalfScorecardDto,
  UpdateScorecardDto,
} from './dto/scorecard-input.dto';
import { ScorecardDto } from './dto/scorecard.dto';
import { ScorecardsService } from './scorecards.service';

@ApiTags('scorecards')
@Controller()
export class ScorecardsController {
  constructor(private readonly scorecards: ScorecardsService) {}

  @Post('interviews/:id/scorecards')
  @Roles(Role.Interviewer)
  @ApiCreatedResponse({ type: ScorecardDto, description: 'Your scorecard: a draft, or submitted with submit: true' })
  async create(
    @Param('id') interviewId: string,
    @Body() body: CreateScorecardDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ScorecardDto> {
    return ScorecardDto.from(await this.scorecards.create(interviewId, body, user));
  }

  @Post('interviews/:id/scorecards/on-behalf')
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({
    type: ScorecardDto,
    description:
      "A panel member's paper scorecard, submitted for them and marked as entered by you; it counts as theirs. " +
      '400 when interviewerId is not on the panel, 409 PANELIST_SCORED when they have submitted already',
  })
  async enterOnBehalf(
    @Param('id') interviewId: string,
    @Body() body: OnBehalfScorecardDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ScorecardDto> {
    return ScorecardDto.from(await this.scorecards.enterOnBehalf(interviewId, body, user));
  }

  @Get('interviews/:id/scorecards')
  @Roles(...PANEL_READERS)
  @ApiOkResponse({
    type: [ScorecardDto],
    description: 'Submitted scorecards; 403 SCORECARDS_SEALED to a panel member who has not submitted their own',
  })
  async list(@Param('id') interviewId: string, @CurrentUser() user: AuthenticatedUser): Promise<ScorecardDto[]> {
    return (await this.scorecards.listForInterview(interviewId, user)).map((view) => ScorecardDto.from(view));
  }

  @Get('interviews/:id/scorecards/mine')
  @Roles(Role.Interviewer)
  @ApiOkResponse({ type: ScorecardDto, description: 'Your own scorecard for the interview, draft or submitted' })
  async mine(@Param('id') interviewId: string, @CurrentUser() user: AuthenticatedUser): Promise<ScorecardDto> {
    return ScorecardDto.from(await this.scorecards.mine(interviewId, user));
  }

  @Get('scorecards/:id')
  @Roles(...PANEL_READERS)
  @ApiOkResponse({ type: ScorecardDto })
  async get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<ScorecardDto> {
    return ScorecardDto.from(await this.scorecards.get(id, user));
  }

  @Patch('scorecards/:id')
  @Roles(Role.Interviewer)
  @ApiOkResponse({ type: ScorecardDto, description: 'Changes your draft; submit: true submits it. 409 once submitted' })
  async update(
    @Param('id') id: string,
    @Body() body: UpdateScorecardDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ScorecardDto> {
    return ScorecardDto.from(await this.scorecards.update(id, body, user));
  }

  @Post('scorecards/:id/amendments')
  @Roles(Role.Interviewer)
  @ApiCreatedResponse({ type: ScorecardDto, description: 'A new revision with its reason; earlier ones stay visible' })
  async amend(
    @Param('id') id: string,
    @Body() body: AmendScorecardDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ScorecardDto> {
    return ScorecardDto.from(await this.scorecards.amend(id, body, user));
  }
}

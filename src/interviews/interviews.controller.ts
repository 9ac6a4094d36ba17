import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Authenticated, AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { PANEL_READERS, SCREENING_WRITERS } from '../common/auth/role';
import { CancelInterviewDto, ScheduleInterviewDto, UpdateInterviewDto } from './dto/interview-input.dto';
import { InterviewDto, PanelSeatDto } from './dto/interview.dto';
import { INTERVIEW_STATUSES, InterviewStatus } from './entities/interview.entity';
import { InterviewsService } from './interviews.service';

export class SeatsQuery {
  @IsOptional()
  @IsIn(INTERVIEW_STATUSES)
  status?: InterviewStatus;
}

@ApiTags('interviews')
@Controller()
export class InterviewsController {
  constructor(private readonly interviews: InterviewsService) {}

  @Post('applications/:id/interviews')
  @Roles(...SCREENING_WRITERS)
  @ApiCreatedResponse({ type: InterviewDto, description: "A round of the application's vacancy, with its panel" })
  async schedule(
    @Param('id') applicationId: string,
    @Body() body: ScheduleInterviewDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InterviewDto> {
    return InterviewDto.from(await this.interviews.schedule(applicationId, body, user));
  }

  @Get('applications/:id/interviews')
  @Roles(...PANEL_READERS)
  @ApiOkResponse({ type: [InterviewDto], description: 'Interviewers see the interviews they sit on only' })
  async listForApplication(
    @Param('id') applicationId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InterviewDto[]> {
    return (await this.interviews.listForApplication(applicationId, user)).map((view) => InterviewDto.from(view));
  }

  @Get('me/interviews')
  @Authenticated()
  @ApiQuery({ name: 'status', enum: INTERVIEW_STATUSES, required: false })
  @ApiOkResponse({ type: [PanelSeatDto], description: 'The interviews you sit on, soonest first' })
  async mine(@Query() query: SeatsQuery, @CurrentUser() user: AuthenticatedUser): Promise<PanelSeatDto[]> {
    return (await this.interviews.seatsOf(user, query.status)).map((row) => PanelSeatDto.from(row));
  }

  @Get('interviews/:id')
  @Roles(...PANEL_READERS)
  @ApiOkResponse({ type: InterviewDto })
  async get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<InterviewDto> {
    return InterviewDto.from(await this.interviews.get(id, user));
  }

  @Patch('interviews/:id')
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: InterviewDto, description: 'Moved or re-panelled; its sequence goes up' })
  async update(
    @Param('id') id: string,
    @Body() body: UpdateInterviewDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InterviewDto> {
    return InterviewDto.from(await this.interviews.update(id, body, user));
  }

  @Post('interviews/:id/cancel')
  @HttpCode(200)
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: InterviewDto })
  async cancel(
    @Param('id') id: string,
    @Body() body: CancelInterviewDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InterviewDto> {
    return InterviewDto.from(await this.interviews.cancel(id, body, user));
  }

  @Post('interviews/:id/decision')
  @HttpCode(200)
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({
    type: InterviewDto,
    description: 'Confirms the round’s decision: the application moves on, or is rejected with the reason',
  })
  async confirmDecision(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<InterviewDto> {
    return InterviewDto.from(await this.interviews.confirmDecision(id, user));
  }
}

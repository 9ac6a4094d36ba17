import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_READERS } from '../common/auth/role';
import { InterviewerCalibrationDto, RoundAgreementDto, RoundScoreDistributionDto } from './dto/panel-report.dto';
import { PanelReportsService } from './panel-reports.service';

@ApiTags('interviews')
@Controller('vacancies/:id')
export class PanelReportsController {
  constructor(private readonly reports: PanelReportsService) {}

  @Get('interview-agreement')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({
    type: [RoundAgreementDto],
    description: "Per round: Krippendorff's alpha, the ICC when the design is complete, and what is flagged",
  })
  async agreement(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<RoundAgreementDto[]> {
    return (await this.reports.agreement(id, user)).map((round) => RoundAgreementDto.from(round));
  }

  @Get('interviewer-calibration')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({
    type: [InterviewerCalibrationDto],
    description:
      'Each interviewer’s leniency on this vacancy, as a whole and per round, and the correction calibration takes out',
  })
  async calibration(
    @Param('id') id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InterviewerCalibrationDto[]> {
    return (await this.reports.calibration(id, user)).map((row) => InterviewerCalibrationDto.from(row));
  }

  @Get('score-distribution')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({
    type: [RoundScoreDistributionDto],
    description:
      'Per round and competency: how many submitted ratings at each point of the scale, and how many not assessed',
  })
  async scoreDistribution(
    @Param('id') id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RoundScoreDistributionDto[]> {
    return (await this.reports.scoreDistribution(id, user)).map((round) => RoundScoreDistributionDto.from(round));
  }
}

import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_READERS, SCREENING_WRITERS } from '../common/auth/role';
import { InterviewerCalibrationDto, RoundAgreementDto } from './dto/panel-report.dto';
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
  @Roles(...SCREENING_WRITERS)
  @ApiOkResponse({ type: [InterviewerCalibrationDto], description: 'Each interviewer’s leniency on this vacancy' })
  async calibration(
    @Param('id') id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<InterviewerCalibrationDto[]> {
    return (await this.reports.calibration(id, user)).map((row) => InterviewerCalibrationDto.from(row));
  }
}

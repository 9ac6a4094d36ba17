import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { adverseImpactCsv, adverseImpactCsvName } from './adverse-impact-csv';
import { AdverseImpactReport, AdverseImpactService, FAIRNESS_READERS } from './adverse-impact.service';
import { AdverseImpactQuery, AdverseImpactReportDto } from './dto/adverse-impact.dto';

@ApiTags('fairness')
@Controller('reports')
export class AdverseImpactController {
  constructor(private readonly reports: AdverseImpactService) {}

  @Get('adverse-impact')
  @Roles(...FAIRNESS_READERS)
  @ApiOkResponse({
    type: AdverseImpactReportDto,
    description:
      'Selection rates per step, per knock-out and scoring rates, per category, with impact ratios, the four-fifths flag and ' +
      "Fisher's exact test; hiring managers only for their own vacancies and only when FAIRNESS_MANAGERS_SEE_REPORTS is on",
  })
  adverseImpact(
    @Query() query: AdverseImpactQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<AdverseImpactReport> {
    return this.reports.report(query, user);
  }

  @Get('adverse-impact.csv')
  @Roles(...FAIRNESS_READERS)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The same tables as CSV (RFC 4180)' })
  async adverseImpactCsv(
    @Query() query: AdverseImpactQuery,
    @CurrentUser() user: AuthenticatedUser,
    @Res() response: Response,
  ): Promise<void> {
    const report = await this.reports.report(query, user);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${adverseImpactCsvName(report)}"`);
    response.send(adverseImpactCsv(report));
  }
}

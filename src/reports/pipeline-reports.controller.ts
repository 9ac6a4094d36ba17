import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthenticatedUser, CurrentUser, Roles } from '../common/auth/decorators';
import { SCREENING_READERS } from '../common/auth/role';
import { PipelineCsvQuery, PipelineReportDto, PipelineReportQuery } from './dto/pipeline-report.dto';
import { pipelineCsv, pipelineCsvName } from './pipeline-csv';
import { PipelineReport, PipelineReportsService } from './pipeline-reports.service';

@ApiTags('reports')
@Controller('reports')
export class PipelineReportsController {
  constructor(private readonly reports: PipelineReportsService) {}

  @Get('pipeline')
  @Roles(...SCREENING_READERS)
  @ApiOkResponse({ type: PipelineReportDto, description: 'The funnel, stage times, time to hire, sources, knock-outs' })
  pipeline(@Query() query: PipelineReportQuery, @CurrentUser() user: AuthenticatedUser): Promise<PipelineReport> {
    return this.reports.pipeline(query, user);
  }

  @Get('pipeline.csv')
  @Roles(...SCREENING_READERS)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One table of the report as CSV (RFC 4180)' })
  async pipelineCsv(
    @Query() query: PipelineCsvQuery,
    @CurrentUser() user: AuthenticatedUser,
    @Res() response: Response,
  ): Promise<void> {
    const report = await this.reports.pipeline(query, user);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${pipelineCsvName(report, query.table)}"`);
    response.send(pipelineCsv(report, query.table));
  }
}

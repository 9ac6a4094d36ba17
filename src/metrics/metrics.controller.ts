import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MetricsReaders } from './metrics-access.guard';
import { SiftMetrics } from './sift-metrics';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: SiftMetrics) {}

  @Get()
  @MetricsReaders()
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description:
      "This process's metrics in Prometheus's text format: requests, jobs, mails, re-screening, the queue, " +
      'the database pool, the process; for admins and for METRICS_TOKEN',
    schema: { type: 'string' },
  })
  async scrape(@Res({ passthrough: true }) response: Response): Promise<string> {
    const { contentType, text } = await this.metrics.scrape();
    response.setHeader('Content-Type', contentType);
    return text;
  }
}

import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { HttpMetrics } from './http-metrics';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsController } from './metrics.controller';
import { ScrapeGauges } from './scrape-gauges';
import { SiftMetrics } from './sift-metrics';

/** `GET /metrics`, and the metrics that features report to (global: the mailer reports each attempt). */
@Global()
@Module({
  imports: [AuthModule],
  controllers: [MetricsController],
  providers: [SiftMetrics, HttpMetrics, ScrapeGauges, MetricsAccessGuard],
  exports: [SiftMetrics, HttpMetrics],
})
export class MetricsModule {}

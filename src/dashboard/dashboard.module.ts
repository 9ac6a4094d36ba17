import { Module } from '@nestjs/common';
import { DashboardRepository } from './dashboard.repository';
import { RecruiterDashboardService } from './recruiter-dashboard.service';

/** Read models across features for the start pages; it changes nothing. */
@Module({
  providers: [DashboardRepository, RecruiterDashboardService],
  exports: [RecruiterDashboardService],
})
export class DashboardModule {}

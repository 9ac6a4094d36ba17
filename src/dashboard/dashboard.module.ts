import { Module } from '@nestjs/common';
import { DashboardRepository } from './dashboard.repository';
import { RecruiterDashboardService } from './recruiter-dashboard.service';
import { UnconfirmedFactsRepository } from './unconfirmed-facts.repository';

/** Read models across features for the start pages; it changes nothing. */
@Module({
  providers: [DashboardRepository, UnconfirmedFactsRepository, RecruiterDashboardService],
  exports: [RecruiterDashboardService],
})
export class DashboardModule {}

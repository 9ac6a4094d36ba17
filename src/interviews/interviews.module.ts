import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { RoleProfilesModule } from '../role-profiles/role-profiles.module';
import { UsersModule } from '../users/users.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { InterviewDecisionsRepository } from './interview-decisions.repository';
import { InterviewDecisions } from './interview-decisions.service';
import { InterviewResultsRepository } from './interview-results.repository';
import { InterviewsController } from './interviews.controller';
import { InterviewsRepository } from './interviews.repository';
import { InterviewsService } from './interviews.service';
import { PanelReportsController } from './panel-reports.controller';
import { PanelReportsService } from './panel-reports.service';
import { PanelReviewQueue } from './panel-review-queue';
import { PanelReview } from './panel-review.service';
import { RoundContexts } from './round-contexts';
import { ScorecardReminders } from './scorecard-reminders';
import { ScorecardsController } from './scorecards.controller';
import { ScorecardsRepository } from './scorecards.repository';
import { ScorecardsService } from './scorecards.service';

@Module({
  imports: [ApplicationsModule, VacanciesModule, RoleProfilesModule, UsersModule],
  controllers: [InterviewsController, ScorecardsController, PanelReportsController],
  providers: [
    InterviewsRepository,
    ScorecardsRepository,
    InterviewResultsRepository,
    InterviewDecisionsRepository,
    InterviewsService,
    InterviewDecisions,
    ScorecardsService,
    PanelReportsService,
    PanelReview,
    PanelReviewQueue,
    RoundContexts,
    ScorecardReminders,
  ],
  exports: [PanelReview, InterviewsService, ScorecardsService, PanelReportsService],
})
export class InterviewsModule {}

import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { PanelAccessModule } from '../panel-access/panel-access.module';
import { ScreeningModule } from '../screening/screening.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationListsRepository } from './application-lists.repository';
import { ApplicationRecorder } from './application-recorder';
import { ApplicationsRepository } from './applications.repository';
import { ScreeningResultsRepository } from './screening-results.repository';
import { ApplicationsService } from './applications.service';
import { Rescorer } from './rescorer.service';
import { ShortlistCache } from './shortlist-cache';
import { ShortlistService } from './shortlist.service';
import { ShortlistWhatIfController } from './shortlist-what-if.controller';
import { ShortlistWhatIfService } from './shortlist-what-if.service';
import { RoleProfilesModule } from '../role-profiles/role-profiles.module';
import { BulkMovesService } from './bulk-moves.service';
import { DecisionsService } from './decisions.service';
import { ScreeningAdvice } from './screening-advice';
import { PipelineBoardRepository } from './pipeline-board.repository';
import { PipelineBoardService } from './pipeline-board.service';
import { RoundScoresRepository } from './round-scores.repository';
import { DecisionsWaitingRepository } from './decisions-waiting.repository';
import { DecisionsWaitingService } from './decisions-waiting.service';
import { ShortlistLeniencyController } from './shortlist-leniency.controller';
import { ShortlistLeniencyService } from './shortlist-leniency.service';

@Module({
  imports: [CandidatesModule, ScreeningModule, VacanciesModule, PanelAccessModule, RoleProfilesModule],
  controllers: [ApplicationsController, ShortlistWhatIfController, ShortlistLeniencyController],
  providers: [
    ApplicationsRepository,
    ApplicationRecorder,
    ApplicationListsRepository,
    ScreeningResultsRepository,
    ApplicationsService,
    ShortlistService,
    ShortlistCache,
    Rescorer,
    ShortlistWhatIfService,
    PipelineBoardRepository,
    PipelineBoardService,
    BulkMovesService,
    DecisionsService,
    ScreeningAdvice,
    RoundScoresRepository,
    ShortlistLeniencyService,
    DecisionsWaitingRepository,
    DecisionsWaitingService,
  ],
  exports: [
    ApplicationsRepository,
    ApplicationRecorder,
    ApplicationsService,
    Rescorer,
    ShortlistCache,
    ShortlistService,
    ShortlistWhatIfService,
    PipelineBoardService,
    BulkMovesService,
    DecisionsService,
    ScreeningAdvice,
    ShortlistLeniencyService,
    DecisionsWaitingService,
  ],
})
export class ApplicationsModule {}

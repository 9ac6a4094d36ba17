import { CandidateFactsChanged } from './candidate-facts-changed';
import { Module } from '@nestjs/common';
import { PanelAccessModule } from '../panel-access/panel-access.module';
import { CandidatesController } from './candidates.controller';
import { CandidateSearchRepository } from './candidate-search.repository';
import { CandidateRevisionRepository } from './candidate-revision.repository';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [PanelAccessModule],
  controllers: [CandidatesController],
  providers: [
    CandidatesRepository,
    CandidateSearchRepository,
    CandidateRevisionRepository,
    CandidatesService,
    CandidateFactsChanged,
  ],
  exports: [CandidatesRepository, CandidatesService, CandidateFactsChanged],
})
export class CandidatesModule {}

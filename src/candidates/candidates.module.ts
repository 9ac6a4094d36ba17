import { CandidateFactsChanged } from './candidate-facts-changed';
import { Module } from '@nestjs/common';
import { PanelAccessModule } from '../panel-access/panel-access.module';
import { CandidatesController } from './candidates.controller';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';

@Module({
  imports: [PanelAccessModule],
  controllers: [CandidatesController],
  providers: [CandidatesRepository, CandidatesService, CandidateFactsChanged],
  exports: [CandidatesRepository, CandidatesService, CandidateFactsChanged],
})
export class CandidatesModule {}

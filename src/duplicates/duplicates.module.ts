import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidateMerger } from './candidate-merger';
import { DuplicatesController } from './duplicates.controller';
import { DuplicatesRepository } from './duplicates.repository';
import { DuplicatesService } from './duplicates.service';

@Module({
  imports: [CandidatesModule],
  controllers: [DuplicatesController],
  providers: [DuplicatesRepository, DuplicatesService, CandidateMerger],
  exports: [DuplicatesService, CandidateMerger],
})
export class DuplicatesModule {}

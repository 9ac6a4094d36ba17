import { Module } from '@nestjs/common';
import { CandidatesModule } from '../../candidates/candidates.module';
import { LegalHolds } from './legal-holds';
import { LegalHoldsController } from './legal-holds.controller';
import { LegalHoldsRepository } from './legal-holds.repository';
import { LegalHoldsService } from './legal-holds.service';

/** Legal holds: placed and released by admins; `LegalHolds` tells erasure whom a hold keeps. */
@Module({
  imports: [CandidatesModule],
  controllers: [LegalHoldsController],
  providers: [LegalHoldsRepository, LegalHoldsService, LegalHolds],
  exports: [LegalHolds],
})
export class LegalHoldsModule {}

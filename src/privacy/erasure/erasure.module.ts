import { Module } from '@nestjs/common';
import { CandidatesModule } from '../../candidates/candidates.module';
import { CvsModule } from '../../cvs/cvs.module';
import { LegalHoldsModule } from '../legal-holds/legal-holds.module';
import { ErasureController } from './erasure.controller';
import { ErasureRepository } from './erasure.repository';
import { ErasureService } from './erasure.service';

/** Erasing a candidate (GDPR art. 17): on their request, or under the retention policy. */
@Module({
  imports: [CandidatesModule, CvsModule, LegalHoldsModule],
  controllers: [ErasureController],
  providers: [ErasureRepository, ErasureService],
  exports: [ErasureService],
})
export class ErasureModule {}

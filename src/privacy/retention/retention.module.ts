import { Module } from '@nestjs/common';
import { ErasureModule } from '../erasure/erasure.module';
import { RetentionJob } from './retention-job';
import { RetentionController } from './retention.controller';
import { RetentionRepository } from './retention.repository';
import { RetentionService } from './retention.service';

/** The retention policy for candidates: its dry run, and the daily job that asks for their erasure. */
@Module({
  imports: [ErasureModule],
  controllers: [RetentionController],
  providers: [RetentionRepository, RetentionService, RetentionJob],
  exports: [RetentionService],
})
export class RetentionModule {}

import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { CvsModule } from '../cvs/cvs.module';
import { PanelAccessModule } from '../panel-access/panel-access.module';
import { OrphanCvSweep } from './orphan-cv-sweep';
import { OrphanCvsRepository } from './orphan-cvs.repository';
import { ProcessingRecordsController } from './processing-records.controller';
import { ProcessingRecordsService } from './processing-records.service';
import { SubjectAccessController } from './subject-access.controller';
import { SubjectAccessParts } from './subject-access-parts';
import { SubjectAccessRepository } from './subject-access.repository';
import { SubjectAccessService } from './subject-access.service';
import { SubjectMailBodies } from './subject-mail-bodies';

/**
 * What the GDPR asks of Sift as a whole: a person's data handed to them
 * (subject access and portability), the records of processing, and CV files
 * no longer referred to removed.
 */
@Module({
  imports: [CandidatesModule, CvsModule, PanelAccessModule],
  controllers: [SubjectAccessController, ProcessingRecordsController],
  providers: [
    SubjectAccessParts,
    SubjectAccessRepository,
    SubjectAccessService,
    SubjectMailBodies,
    ProcessingRecordsService,
    OrphanCvsRepository,
    OrphanCvSweep,
  ],
  exports: [SubjectAccessParts, SubjectAccessService, ProcessingRecordsService],
})
export class PrivacyModule {}

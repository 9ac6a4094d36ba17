import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { ReportsModule } from '../reports/reports.module';
import { AdverseImpactController } from './adverse-impact.controller';
import { AdverseImpactRepository } from './adverse-impact.repository';
import { AdverseImpactService } from './adverse-impact.service';
import { SelfIdentificationController } from './self-identification.controller';
import { SelfIdentificationRepository } from './self-identification.repository';
import { SelfIdentificationService } from './self-identification.service';
import { SelfIdentificationImporter } from './self-identification-import.service';
import { OwnAnswers } from './own-answers';

/**
 * Equal-opportunity answers and the reports made of them. The answers' table
 * is read and written here only; the rest of Sift never imports this module's
 * files (test/fairness-isolation.spec.ts), so no score or page about a person
 * can depend on them.
 */
@Module({
  imports: [ApplicationsModule, ReportsModule, PrivacyModule],
  controllers: [SelfIdentificationController, AdverseImpactController],
  providers: [
    SelfIdentificationRepository,
    SelfIdentificationService,
    SelfIdentificationImporter,
    AdverseImpactRepository,
    AdverseImpactService,
    OwnAnswers,
  ],
  exports: [SelfIdentificationService, AdverseImpactService],
})
export class FairnessModule {}

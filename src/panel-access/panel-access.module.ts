import { Module } from '@nestjs/common';
import { BlindScreeningController } from './blind-screening.controller';
import { BlindScreeningRepository } from './blind-screening.repository';
import { BlindScreeningService } from './blind-screening.service';
import { CandidateAccess } from './candidate-access.service';
import { PanelAccessRepository } from './panel-access.repository';

/**
 * Who may read which candidate: by role, as a hiring manager of a vacancy
 * they applied to, or by a panel seat; and, on a blind vacancy, whether they
 * may know who the candidate is.
 */
@Module({
  controllers: [BlindScreeningController],
  providers: [PanelAccessRepository, BlindScreeningRepository, CandidateAccess, BlindScreeningService],
  exports: [PanelAccessRepository, CandidateAccess, BlindScreeningRepository, BlindScreeningService],
})
export class PanelAccessModule {}

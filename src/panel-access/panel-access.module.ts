import { Module } from '@nestjs/common';
import { CandidateAccess } from './candidate-access.service';
import { PanelAccessRepository } from './panel-access.repository';

/** Who may read which candidate: by role, as a hiring manager of a vacancy they applied to, or by a panel seat. */
@Module({
  providers: [PanelAccessRepository, CandidateAccess],
  exports: [PanelAccessRepository, CandidateAccess],
})
export class PanelAccessModule {}

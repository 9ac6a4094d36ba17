import { Module } from '@nestjs/common';
import { PanelAccessRepository } from './panel-access.repository';

/** Who sits on which panel, for the features an interviewer may read through a seat. */
@Module({
  providers: [PanelAccessRepository],
  exports: [PanelAccessRepository],
})
export class PanelAccessModule {}

import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { RoleProfilesModule } from '../role-profiles/role-profiles.module';
import { ScreeningController } from './screening.controller';
import { ScreeningRunner } from './screening-runner';
import { ScreeningService } from './screening.service';

@Module({
  imports: [CandidatesModule, RoleProfilesModule],
  controllers: [ScreeningController],
  providers: [ScreeningService, ScreeningRunner],
  exports: [ScreeningRunner, ScreeningService],
})
export class ScreeningModule {}

import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { RoleProfilesModule } from '../role-profiles/role-profiles.module';
import { ScreeningController } from './screening.controller';
import { ScreeningService } from './screening.service';

@Module({
  imports: [CandidatesModule, RoleProfilesModule],
  controllers: [ScreeningController],
  providers: [ScreeningService],
})
export class ScreeningModule {}

import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { PanelAccessModule } from '../panel-access/panel-access.module';
import { CvIntakeService } from './cv-intake.service';
import { CvReader } from './cv-reader';
import { CvStorage } from './cv-storage';
import { CvUploadInterceptor } from './cv-upload.interceptor';
import { CvsController } from './cvs.controller';
import { CvsRepository } from './cvs.repository';
import { CvsService } from './cvs.service';

@Module({
  imports: [CandidatesModule, ApplicationsModule, PanelAccessModule],
  controllers: [CvsController],
  providers: [CvReader, CvStorage, CvsRepository, CvsService, CvIntakeService, CvUploadInterceptor],
  exports: [CvIntakeService, CvsService, CvStorage],
})
export class CvsModule {}

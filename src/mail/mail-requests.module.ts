import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { MailRequestsController } from './mail-requests.controller';
import { MailRequestsService } from './mail-requests.service';

@Module({
  imports: [ApplicationsModule, VacanciesModule],
  controllers: [MailRequestsController],
  providers: [MailRequestsService],
  exports: [MailRequestsService],
})
export class MailRequestsModule {}

import { VacancyInterviewsChanged } from './vacancy-interviews-changed';
import { VacancyScreeningChanged } from './vacancy-screening-changed';
import { Module } from '@nestjs/common';
import { RoleProfilesModule } from '../role-profiles/role-profiles.module';
import { PanelAccessModule } from '../panel-access/panel-access.module';
import { UsersModule } from '../users/users.module';
import { VacanciesController } from './vacancies.controller';
import { VacanciesRepository } from './vacancies.repository';
import { VacanciesService } from './vacancies.service';

@Module({
  imports: [RoleProfilesModule, UsersModule, PanelAccessModule],
  controllers: [VacanciesController],
  providers: [VacanciesRepository, VacanciesService, VacancyScreeningChanged, VacancyInterviewsChanged],
  exports: [VacanciesRepository, VacanciesService, VacancyScreeningChanged, VacancyInterviewsChanged],
})
export class VacanciesModule {}

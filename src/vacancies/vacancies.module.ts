import { VacancyScreeningChanged } from './vacancy-screening-changed';
import { Module } from '@nestjs/common';
import { RoleProfilesModule } from '../role-profiles/role-profiles.module';
import { UsersModule } from '../users/users.module';
import { VacanciesController } from './vacancies.controller';
import { VacanciesRepository } from './vacancies.repository';
import { VacanciesService } from './vacancies.service';

@Module({
  imports: [RoleProfilesModule, UsersModule],
  controllers: [VacanciesController],
  providers: [VacanciesRepository, VacanciesService, VacancyScreeningChanged],
  exports: [VacanciesRepository, VacanciesService, VacancyScreeningChanged],
})
export class VacanciesModule {}

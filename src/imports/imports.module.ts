import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { CandidatesModule } from '../candidates/candidates.module';
import { ScreeningModule } from '../screening/screening.module';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { CandidateImporter } from './candidate-importer.service';
import { ImportsController } from './imports.controller';

@Module({
  imports: [ApplicationsModule, CandidatesModule, ScreeningModule, VacanciesModule],
  controllers: [ImportsController],
  providers: [CandidateImporter],
  exports: [CandidateImporter],
})
export class ImportsModule {}

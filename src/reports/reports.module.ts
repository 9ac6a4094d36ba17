import { Module } from '@nestjs/common';
import { VacanciesModule } from '../vacancies/vacancies.module';
import { PipelineReportsController } from './pipeline-reports.controller';
import { PipelineReportsRepository } from './pipeline-reports.repository';
import { PipelineReportsService } from './pipeline-reports.service';

@Module({
  imports: [VacanciesModule],
  controllers: [PipelineReportsController],
  providers: [PipelineReportsRepository, PipelineReportsService],
  exports: [PipelineReportsService, PipelineReportsRepository],
})
export class ReportsModule {}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { CRITERION_KINDS, CriterionKind } from '../../scoring/profile';
import { PIPELINE_TABLES, PipelineTable } from '../pipeline-csv';
import { REPORT_STAGES, ReportStage, TIMED_STAGES, TimedStage } from '../pipeline-figures';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class PipelineReportQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'One vacancy; without it, every vacancy the reader may see' })
  @IsOptional()
  @IsUUID('all', { message: 'vacancyId must be a vacancy id (a UUID)' })
  vacancyId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Applications made on or after this day (UTC)' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date written YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Applications made on or before this day (UTC)' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date written YYYY-MM-DD' })
  to?: string;
}

export class PipelineCsvQuery extends PipelineReportQuery {
  @ApiProperty({ enum: PIPELINE_TABLES })
  @IsIn(PIPELINE_TABLES, { message: `table must be one of: ${PIPELINE_TABLES.join(', ')}` })
  table: PipelineTable;
}

class PeriodDto {
  @ApiProperty({ type: String, format: 'date', nullable: true })
  from: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  to: string | null;
}

class ReportVacancyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;
}

class FunnelStepDto {
  @ApiProperty({ enum: REPORT_STAGES })
  stage: ReportStage;

  @ApiProperty({ description: 'Applications that reached this stage or a later one, by their moves' })
  reached: number;

  @ApiProperty({ type: Number, nullable: true, example: 0.5, description: 'reached / reached of the stage before' })
  conversion: number | null;
}

class SpreadDto {
  @ApiProperty({ type: Number, nullable: true, example: 3.5 })
  medianDays: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 9.25 })
  p90Days: number | null;

  @ApiProperty({ description: 'How many applications the figures rest on' })
  basedOn: number;
}

class StageTimeDto extends SpreadDto {
  @ApiProperty({ enum: TIMED_STAGES })
  stage: TimedStage;

  @ApiProperty({ description: 'Applications in this stage now, left out of its figures (their time there goes on)' })
  stillIn: number;
}

class SourceRowDto {
  @ApiProperty({ type: String, nullable: true, description: 'Null when the application named no source' })
  source: string | null;

  @ApiProperty()
  applicants: number;

  @ApiProperty({ description: 'Of them, how many reached screening or further' })
  screening: number;

  @ApiProperty()
  interview: number;

  @ApiProperty()
  offer: number;

  @ApiProperty()
  hired: number;
}

class KnockoutRowDto {
  @ApiProperty({ enum: CRITERION_KINDS })
  criterion: CriterionKind;

  @ApiProperty({ description: 'Applications that failed this knock-out' })
  failed: number;

  @ApiProperty({ description: 'Of those, the ones rejected' })
  rejected: number;
}

/** The shape of GET /reports/pipeline, for the API's documentation; the service's report is sent as it is. */
export class PipelineReportDto {
  @ApiProperty({ type: ReportVacancyDto, nullable: true })
  vacancy: ReportVacancyDto | null;

  @ApiProperty({ type: PeriodDto })
  period: PeriodDto;

  @ApiProperty({ description: 'Applications made in the period' })
  applications: number;

  @ApiProperty({ type: [FunnelStepDto] })
  funnel: FunnelStepDto[];

  @ApiProperty({
    type: [StageTimeDto],
    description:
      'Days in each stage, over the stays that have ended (an application moved back to a stage by override counts once per stay); ' +
      'a hold or a move to another round does not end a stay; applications still in the stage are only counted',
  })
  stageTimes: StageTimeDto[];

  @ApiProperty({ type: SpreadDto, description: 'Days from applying to hired, over the hired applications' })
  timeToHire: SpreadDto;

  @ApiProperty({ type: [SourceRowDto], description: 'Largest first' })
  sources: SourceRowDto[];

  @ApiProperty({ type: [KnockoutRowDto], description: 'The knock-outs that rejected the most first' })
  knockouts: KnockoutRowDto[];
}

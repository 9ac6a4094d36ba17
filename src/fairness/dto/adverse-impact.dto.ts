import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { PipelineReportQuery } from '../../reports/dto/pipeline-report.dto';
import { QUESTION_SET_KEYS } from '../question-sets';

/** The pipeline report's scope and period, and which question's groups to compare. */
export class AdverseImpactQuery extends PipelineReportQuery {
  @ApiPropertyOptional({ description: "The vacancies whose role profile is of this family (e.g. 'Accountmanager')" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  family?: string;

  @ApiPropertyOptional({
    example: 'us-eeo',
    description: `${QUESTION_SET_KEYS.join(', ')} or an own set; the first set asked by default`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  questionSet?: string;

  @ApiPropertyOptional({ example: 'sex', description: 'One question of the set; its first by default' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  question?: string;

  @ApiPropertyOptional({ description: "The set's two questions crossed (sex × race/ethnicity) instead of one" })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'intersection must be true or false' })
  intersection?: boolean;
}

class ImpactRowDto {
  @ApiProperty({ example: 'female', description: 'An answer, or two joined by a slash when crossed' })
  category: string;

  @ApiProperty({ description: 'Considered at the step' })
  considered: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Selected at the step; null when suppressed' })
  selected: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.4699 })
  rate: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.9793, description: 'Against the highest reported rate' })
  impactRatio: number | null;

  @ApiProperty({ type: Boolean, nullable: true, description: 'The impact ratio is under 0.8' })
  belowFourFifths: boolean | null;

  @ApiProperty({ type: Number, nullable: true, description: "Fisher's exact test against the rest, two-sided" })
  fisherP: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Pooled two-proportion z, where counts allow' })
  z: number | null;

  @ApiProperty({ type: Number, nullable: true })
  zP: number | null;

  @ApiProperty({
    enum: ['reported', 'suppressed', 'left-out'],
    description: 'suppressed: under the minimum group size; left-out: under 2% of the sample, out of the ratios',
  })
  status: string;

  @ApiProperty({ description: 'The category the ratios are measured against' })
  highest: boolean;
}

class StepTableDto {
  @ApiProperty({ enum: ['screening', 'round', 'offer', 'hired', 'overall'] })
  step: string;

  @ApiPropertyOptional({ description: "The round's place in the plan, for step round" })
  round?: number;

  @ApiProperty({ description: 'Considered at the step, of every category, unknown and declined included' })
  considered: number;

  @ApiProperty({ description: 'Considered without an answer to the question' })
  unknown: number;

  @ApiProperty({ description: 'Considered who declined the question' })
  declined: number;

  @ApiProperty({ description: 'Reached the step before and still waiting: not counted' })
  open: number;

  @ApiProperty({ description: 'Withdrew: not counted, as the Uniform Guidelines leave them out' })
  withdrawn: number;

  @ApiProperty({ type: [ImpactRowDto] })
  rows: ImpactRowDto[];
}

class KnockoutTableDto extends StepTableDto {
  @ApiProperty({ example: 'education' })
  criterion: string;

  @ApiProperty({ description: 'How many it flagged; a row selected is one it let pass' })
  flagged: number;
}

class ScoringTableDto {
  @ApiProperty({ enum: ['screening', 'round'] })
  measure: string;

  @ApiPropertyOptional()
  round?: number;

  @ApiProperty({ type: Number, nullable: true, description: "The whole sample's median score, in hundredths" })
  median: number | null;

  @ApiProperty()
  scored: number;

  @ApiProperty()
  unknown: number;

  @ApiProperty()
  declined: number;

  @ApiProperty({ type: [ImpactRowDto], description: 'selected: scored above the median (LL144 scoring rate)' })
  rows: ImpactRowDto[];
}

/** The shape of GET /reports/adverse-impact, for the API's documentation. */
export class AdverseImpactReportDto {
  @ApiProperty({ type: Object, nullable: true, example: { id: 'uuid', title: 'Accountmanager' } })
  vacancy: { id: string; title: string } | null;

  @ApiProperty({ type: String, nullable: true })
  family: string | null;

  @ApiProperty({ example: { from: '2026-01-01', to: null } })
  period: { from: string | null; to: string | null };

  @ApiProperty({ example: 'us-eeo' })
  questionSet: string;

  @ApiProperty({ type: [String] })
  questions: string[];

  @ApiProperty({ example: { minGroupSize: 5, leaveOutUnderTwoPercent: true } })
  rules: { minGroupSize: number; leaveOutUnderTwoPercent: boolean };

  @ApiProperty({ type: [String] })
  categories: string[];

  @ApiProperty({ description: 'Applications in scope' })
  applications: number;

  @ApiProperty({ description: 'Applications without an answer to the question(s)' })
  unknown: number;

  @ApiProperty({ description: 'Applications that declined the question(s)' })
  declined: number;

  @ApiProperty({ type: [StepTableDto], description: 'Screening, each round, offer, hired, and applied to hired' })
  steps: StepTableDto[];

  @ApiProperty({ type: [KnockoutTableDto] })
  knockouts: KnockoutTableDto[];

  @ApiProperty({ type: [ScoringTableDto] })
  scoring: ScoringTableDto[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { SingleLine } from '../../common/http/single-line';
import { FactKind } from '../entities/candidate-fact.entity';

export const CLIENT_SEGMENTS = ['regional_smb', 'national', 'international'] as const;
/** Entries of a work history that are not jobs: kept in the history, proposed as no sales role, so no years in sales. */
export const NON_JOB_ENTRIES = ['career_break', 'volunteering', 'side_position', 'service'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;

export class EducationFactData {
  @ApiProperty({ example: 'hbo', description: 'A level name on the education scale (Dutch, Estonian or English)' })
  @IsString()
  @SingleLine()
  @Length(1, 60)
  level: string;

  @ApiPropertyOptional({ example: 'Bedrijfseconomie' })
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(200)
  field?: string;

  @ApiPropertyOptional({ example: 'Hogeschool Utrecht' })
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(200)
  institution?: string;

  @ApiPropertyOptional({ example: 2012 })
  @IsOptional()
  @IsInt()
  @Min(1940)
  @Max(2100)
  startYear?: number;

  @ApiPropertyOptional({ example: 2016 })
  @IsOptional()
  @IsInt()
  @Min(1940)
  @Max(2100)
  endYear?: number;
}

export class WorkFactData {
  @ApiProperty({ example: 'Accountmanager' })
  @IsString()
  @SingleLine()
  @Length(1, 200)
  title: string;

  @ApiPropertyOptional({ example: 'Van der Berg Logistiek' })
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(200)
  employer?: string;

  @ApiProperty({ example: '2019-03-01', description: 'The first day, as an ISO date' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'start must be a date as YYYY-MM-DD' })
  start: string;

  @ApiPropertyOptional({ example: null, nullable: true, description: 'The last day; null or left out while ongoing' })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'end must be a date as YYYY-MM-DD' })
  end?: string | null;

  @ApiPropertyOptional({ description: 'Whether it is a sales role; unknown when left out' })
  @IsOptional()
  @IsBoolean()
  salesRole?: boolean;

  @ApiPropertyOptional({ example: 'logistics' })
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  industry?: string;

  @ApiPropertyOptional({
    enum: NON_JOB_ENTRIES,
    description:
      'What the entry is when it is not a job (a career break, volunteering, a side position); left out for a job',
  })
  @IsOptional()
  @IsIn(NON_JOB_ENTRIES)
  nonJob?: (typeof NON_JOB_ENTRIES)[number];
}

export class ClientBaseFactData {
  @ApiPropertyOptional({ enum: CLIENT_SEGMENTS })
  @IsOptional()
  @IsIn(CLIENT_SEGMENTS)
  segment?: (typeof CLIENT_SEGMENTS)[number];

  @ApiPropertyOptional({ example: 40 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  activeAccounts?: number;

  @ApiPropertyOptional({ example: 2_000_000, description: 'Annual revenue managed, in euros' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  annualRevenueEur?: number;

  @ApiPropertyOptional({ description: 'Whether the relationships are with the people who decide' })
  @IsOptional()
  @IsBoolean()
  decisionMakers?: boolean;

  @ApiPropertyOptional({
    example: 'Key Account Manager, Northwind Ltd',
    description: 'The job the figures were stated for, as the CV names it',
  })
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(300)
  job?: string;
}

export class CompetencyFactData {
  @ApiProperty({ example: 'customer_focus', description: 'A code from GET /competencies' })
  @IsString()
  @SingleLine()
  @Length(1, 60)
  code: string;

  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  level: number;

  @ApiPropertyOptional({ description: 'What the level rests on' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  evidence?: string;
}

export class CertificationFactData {
  @ApiProperty({ example: 'CFP' })
  @IsString()
  @SingleLine()
  @Length(1, 100)
  name: string;

  @ApiPropertyOptional({ example: 2021 })
  @IsOptional()
  @IsInt()
  @Min(1940)
  @Max(2100)
  year?: number;
}

export class LanguageFactData {
  @ApiProperty({ example: 'de', description: 'ISO 639-1 code' })
  @Matches(/^[a-z]{2}$/, { message: 'language must be a two-letter ISO 639-1 code such as en, nl, et' })
  language: string;

  @ApiProperty({ enum: CEFR_LEVELS })
  @IsIn(CEFR_LEVELS)
  level: (typeof CEFR_LEVELS)[number];
}

export class CourseFactData {
  @ApiProperty({ example: 'Onderhandelen voor gevorderden' })
  @IsString()
  @SingleLine()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ example: 'negotiation' })
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  topic?: string;

  @ApiPropertyOptional({ example: 2020 })
  @IsOptional()
  @IsInt()
  @Min(1940)
  @Max(2100)
  year?: number;
}

/** A skill outside the competency catalogue, kept as written; the screening does not score it. */
export class SkillFactData {
  @ApiProperty({ example: 'Salesforce CRM' })
  @IsString()
  @SingleLine()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ example: 'Advanced' })
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  level?: string;
}

export const FACT_DATA_TYPES: Record<FactKind, new () => object> = {
  education: EducationFactData,
  work: WorkFactData,
  client_base: ClientBaseFactData,
  competency: CompetencyFactData,
  certification: CertificationFactData,
  language: LanguageFactData,
  course: CourseFactData,
  skill: SkillFactData,
};

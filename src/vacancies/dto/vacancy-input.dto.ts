import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../common/http/paging';
import { Trim } from '../../common/http/transforms';
import {
  EMPLOYMENT_TYPES,
  EmploymentType,
  KNOCKOUT_POLICIES,
  KnockoutPolicy,
  VACANCY_STATUSES,
  VacancyStatus,
} from '../entities/vacancy.entity';
import { ROUND_KINDS, RoundKind } from '../entities/vacancy-round.entity';

export class RoundInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing round to keep (when replacing the plan)' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be the id of one of this vacancy’s rounds' })
  id?: string;

  @ApiProperty({ example: 'Eerste gesprek' })
  @Trim()
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ enum: ROUND_KINDS })
  @IsIn(ROUND_KINDS)
  kind: RoundKind;

  @ApiProperty({ type: [String], example: ['customer_focus', 'persuasiveness'], description: 'Catalogue codes' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  competencies: string[];
}

export class CreateVacancyDto {
  @ApiProperty({ example: 'Accountmanager B regio Utrecht' })
  @Trim()
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ example: 'Je beheert en bouwt een portefeuille van nationale klanten uit.' })
  @IsString()
  @Length(1, 20_000)
  description: string;

  @ApiPropertyOptional({ example: 'Utrecht' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  location?: string;

  @ApiProperty({ enum: EMPLOYMENT_TYPES })
  @IsIn(EMPLOYMENT_TYPES)
  employmentType: EmploymentType;

  @ApiProperty({ minimum: 1, maximum: 1000, example: 1 })
  @IsInt()
  @Min(1)
  @Max(1000)
  headcount: number;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'roleProfileId must be a role profile id (a UUID)' })
  roleProfileId: string;

  @ApiPropertyOptional({
    minimum: 1,
    description: "The version to screen with; the profile's current one when left out",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  roleProfileVersion?: number;

  @ApiProperty({ type: [String], description: 'Users with the hiring manager role; they see this shortlist' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'each hiring manager must be a user id (a UUID)' })
  hiringManagerIds: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Users with the recruiter role; the creator, when a recruiter, if left out',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'each recruiter must be a user id (a UUID)' })
  recruiterIds?: string[];

  @ApiPropertyOptional({ type: [RoundInputDto], description: 'The interview plan, in order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RoundInputDto)
  rounds?: RoundInputDto[];

  @ApiPropertyOptional({ enum: KNOCKOUT_POLICIES, default: 'flag', description: 'What a failed knock-out does' })
  @IsOptional()
  @IsIn(KNOCKOUT_POLICIES)
  knockoutPolicy?: KnockoutPolicy;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  screeningWeight?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 0, description: 'Counts once interview rounds are scored' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  interviewWeight?: number;
}

export class UpdateVacancyDto extends PartialType(CreateVacancyDto) {}

export class ReplaceRoundsDto {
  @ApiProperty({ type: [RoundInputDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RoundInputDto)
  rounds: RoundInputDto[];
}

export class VacancyStatusDto {
  @ApiProperty({ enum: VACANCY_STATUSES })
  @IsIn(VACANCY_STATUSES)
  status: VacancyStatus;

  @ApiPropertyOptional({ example: 'Budget frozen until Q2' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class VacancyQuery extends PageQuery {
  @ApiPropertyOptional({ enum: VACANCY_STATUSES })
  @IsOptional()
  @IsIn(VACANCY_STATUSES)
  status?: VacancyStatus;

  @ApiPropertyOptional({ description: 'Part of the title' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  search?: string;
}

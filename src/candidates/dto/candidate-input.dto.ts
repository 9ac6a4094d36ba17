import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { SingleLine } from '../../common/http/single-line';
import { PageQuery } from '../../common/http/paging';
import { Language, LANGUAGES } from '../../users/entities/user.entity';
import { FACT_KINDS, FACT_SOURCES, FactKind, FactSource } from '../entities/candidate-fact.entity';
import { Trim } from '../../common/http/transforms';

export class ConsentDto {
  @ApiProperty({
    example: 'Screening for vacancies in account management, kept for 12 months',
    description:
      '`talent_pool` (exactly) is a consent to be kept for later vacancies: it keeps the candidate from erasure ' +
      'under the retention policy for TALENT_POOL_MONTHS from when it was given. Any other purpose ends with the applications.',
  })
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 200)
  purpose: string;

  @ApiPropertyOptional({ example: '2026-11-23T09:30:00Z', description: 'When it was given; now when left out' })
  @IsOptional()
  @IsISO8601({ strict: true })
  givenAt?: string;
}

export class CreateCandidateDto {
  @ApiProperty({ example: 'Kandidaat Een' })
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'kandidaat.een@example.com' })
  @Trim()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ example: '+31 6 12345678' })
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(40)
  phone?: string;

  @ApiPropertyOptional({ example: 'Utrecht' })
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ type: ConsentDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConsentDto)
  consent?: ConsentDto;

  @ApiPropertyOptional({ example: 'referral' })
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  source?: string;
}

export class UpdateCandidateDto extends PartialType(CreateCandidateDto) {}

export const CANDIDATE_SORTS = ['name', '-name', 'createdAt', '-createdAt'] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];

export class CandidateQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Part of the name, e-mail address, an employer, or the name of a competency (in any language)',
  })
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ example: 'referral', description: 'Only candidates from this source' })
  @IsOptional()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  source?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ enum: CANDIDATE_SORTS, default: 'name', description: 'A leading minus sorts descending' })
  @IsOptional()
  @IsIn(CANDIDATE_SORTS)
  sort?: CandidateSort;
}

export class CreateFactDto {
  @ApiProperty({ enum: FACT_KINDS })
  @IsIn(FACT_KINDS)
  kind: FactKind;

  @ApiProperty({ enum: FACT_SOURCES })
  @IsIn(FACT_SOURCES)
  source: FactSource;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The fact; its fields depend on the kind (see the *FactData schemas)',
  })
  @IsObject()
  data: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Confirm the fact at once (a recruiter entering what they checked)' })
  @IsOptional()
  @IsBoolean()
  confirmed?: boolean;
}

export class UpdateFactDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The corrected fact, whole' })
  @IsObject()
  @Type(() => Object)
  data: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Confirm the corrected fact in the same step' })
  @IsOptional()
  @IsBoolean()
  confirmed?: boolean;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { SingleLine } from '../../common/http/single-line';
import { FACT_KINDS, FactKind } from '../../candidates/entities/candidate-fact.entity';
import { Trim } from '../../common/http/transforms';
import { CriteriaDto } from '../../role-profiles/dto/criteria.dto';
import { Language, LANGUAGES } from '../../users/entities/user.entity';

export class WhatIfFactDto {
  @ApiProperty({ enum: FACT_KINDS })
  @IsIn(FACT_KINDS)
  kind: FactKind;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The fact, shaped as for POST /candidates/:id/facts (see the *FactData schemas)',
  })
  @IsObject()
  data: Record<string, unknown>;

  @ApiPropertyOptional({ default: false, description: 'Score it as confirmed by a recruiter' })
  @IsOptional()
  @IsBoolean()
  confirmed?: boolean;
}

/**
 * What to score against (one of profileId, family, criteria) and whom (one of
 * candidateId, facts). Nothing is stored.
 */
export class WhatIfDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Score against this role profile' })
  @IsOptional()
  @IsUUID('all', { message: 'profileId must be a role profile id (a UUID)' })
  profileId?: string;

  @ApiPropertyOptional({ minimum: 1, description: "With profileId: this version instead of the profile's current one" })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({
    example: 'Accountmanager',
    description: 'Fit to every level of this family: its active profiles, or the built-in templates while it has none',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 100)
  family?: string;

  @ApiPropertyOptional({ type: CriteriaDto, description: 'Criteria not saved anywhere yet, to try weights out' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CriteriaDto)
  criteria?: CriteriaDto;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'en', description: 'With criteria: the language of the sentences' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ format: 'uuid', description: "Score this candidate's stored facts" })
  @IsOptional()
  @IsUUID('all', { message: 'candidateId must be a candidate id (a UUID)' })
  candidateId?: string;

  @ApiPropertyOptional({ type: [WhatIfFactDto], description: 'Score these facts instead of a stored candidate' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => WhatIfFactDto)
  facts?: WhatIfFactDto[];

  @ApiPropertyOptional({ example: '2026-11-23', description: 'The day ongoing jobs run to; today (UTC) when left out' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'referenceDate must be a date as YYYY-MM-DD' })
  referenceDate?: string;
}

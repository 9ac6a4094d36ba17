import { ProtectedTrait, ProxyCode, proxyMessage, proxyWarnings } from '../../scoring/protected-proxies';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import { SingleLine } from '../../common/http/single-line';
import { Language, LANGUAGES } from '../../users/entities/user.entity';
import { RoleProfile } from '../entities/role-profile.entity';
import { RoleProfileVersion } from '../entities/role-profile-version.entity';
import { CriteriaDto } from './criteria.dto';
import { Trim } from '../../common/http/transforms';

export class CreateRoleProfileDto {
  @ApiProperty({ example: 'Accountmanager B' })
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ example: 'Accountmanager', description: 'Profiles of one family are fitted together' })
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 100)
  family?: string;

  @ApiPropertyOptional({ example: 'B', description: 'The level within the family; levels sort by this text' })
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 20)
  level?: string;

  @ApiProperty({ enum: LANGUAGES, description: 'The language of the score explanations' })
  @IsIn(LANGUAGES)
  language: Language;

  @ApiProperty({ type: CriteriaDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CriteriaDto)
  criteria: CriteriaDto;
}

/** A new version: the criteria in full, and optionally a changed name, family, level or language. */
export class NewVersionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 100)
  family?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 20)
  level?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({
    minimum: 1,
    description: 'The version this edit started from; 409 ROLE_PROFILE_CHANGED when the current one is another',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  basedOn?: number;

  @ApiProperty({ type: CriteriaDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CriteriaDto)
  criteria: CriteriaDto;
}

export class CopyTemplateDto {
  @ApiPropertyOptional({
    example: 'Accountmanager B (regio Utrecht)',
    description: "The template's name when left out",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 200)
  name?: string;
}

export class RoleProfileQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @SingleLine()
  family?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  includeArchived?: boolean;
}

export class VersionSummaryDto {
  @ApiProperty()
  version: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it first scored anyone' })
  usedAt: string | null;
}

export class ProxyWarningDto {
  @ApiProperty({ example: 'criteria.languages.items[0].level' })
  field: string;

  @ApiProperty({ enum: ['age', 'national_origin', 'sex', 'family_status'] })
  trait: ProtectedTrait;

  @ApiProperty({ enum: ['native_speaker', 'age_limit', 'graduation_recency', 'nationality', 'sex', 'family_status'] })
  code: ProxyCode;

  @ApiProperty({ example: 'asks for a native speaker of et: being a native speaker follows from national origin, …' })
  message: string;
}

export class RoleProfileDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  family: string | null;

  @ApiProperty({ type: String, nullable: true })
  level: string | null;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;

  @ApiProperty({ enum: ['active', 'archived'] })
  status: string;

  @ApiProperty({ type: String, nullable: true, description: 'Set on built-in templates' })
  templateKey: string | null;

  @ApiProperty({ description: 'The version new screenings use' })
  version: number;

  @ApiProperty({ type: CriteriaDto })
  criteria: CriteriaDto;

  @ApiProperty({
    type: [ProxyWarningDto],
    description:
      'Criteria that stand in for a protected trait (an age limit, a nationality, a native speaker), and why',
  })
  warnings: ProxyWarningDto[];

  @ApiPropertyOptional({ type: [VersionSummaryDto] })
  versions?: VersionSummaryDto[];

  static from(profile: RoleProfile, current: RoleProfileVersion, versions?: RoleProfileVersion[]): RoleProfileDto {
    return {
      id: profile.id,
      name: profile.name,
      family: profile.family,
      level: profile.level,
      language: profile.language,
      status: profile.status,
      templateKey: profile.templateKey,
      version: current.version,
      criteria: current.criteria as CriteriaDto,
      warnings: proxyWarnings(current.criteria).map((warning) => ({
        field: `criteria.${warning.field}`,
        trait: warning.trait,
        code: warning.code,
        message: proxyMessage(warning),
      })),
      ...(versions
        ? {
            versions: versions.map((v) => ({
              version: v.version,
              createdAt: v.createdAt.toISOString(),
              usedAt: v.usedAt?.toISOString() ?? null,
            })),
          }
        : {}),
    };
  }
}

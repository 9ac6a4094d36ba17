import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SingleLine } from '../../common/http/single-line';
import { CEFR_LEVELS, CLIENT_SEGMENTS } from '../../candidates/dto/fact-data.dto';

/** What every criterion has: its share of the score, and whether failing it rules the applicant out. */
class CriterionBase {
  @ApiProperty({ minimum: 0, maximum: 100, example: 20 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'weight must not be negative' })
  @Max(100)
  weight: number;

  @ApiPropertyOptional({ default: false, description: 'Failing it makes the applicant ineligible' })
  @IsOptional()
  @IsBoolean()
  knockout?: boolean;
}

export class EducationCriterionDto extends CriterionBase {
  @ApiPropertyOptional({ example: 'hbo', description: 'A level name on the education scale' })
  @IsOptional()
  @IsString()
  @SingleLine()
  @Length(1, 60)
  minimumLevel?: string;

  @ApiPropertyOptional({ example: 'wo' })
  @IsOptional()
  @IsString()
  @SingleLine()
  @Length(1, 60)
  preferredLevel?: string;

  @ApiPropertyOptional({ type: [String], example: ['economics', 'business administration'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @SingleLine({ each: true })
  preferredFields?: string[];
}

export class SalesExperienceCriterionDto extends CriterionBase {
  @ApiProperty({ example: 2, minimum: 0, maximum: 40 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(40)
  minimumYears: number;

  @ApiProperty({ example: 5, minimum: 0, maximum: 40 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(40)
  targetYears: number;

  @ApiPropertyOptional({ type: [String], description: "The vacancy's industries; experience there earns a bonus" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @SingleLine({ each: true })
  industries?: string[];
}

export class ClientBaseCriterionDto extends CriterionBase {
  @ApiPropertyOptional({ enum: CLIENT_SEGMENTS })
  @IsOptional()
  @IsIn(CLIENT_SEGMENTS)
  minimumSegment?: (typeof CLIENT_SEGMENTS)[number];

  @ApiPropertyOptional({ example: 20 })
  @IsOptional()
  @IsInt()
  @Min(0)
  minimumActiveAccounts?: number;

  @ApiPropertyOptional({ example: 1_000_000 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  minimumAnnualRevenueEur?: number;

  @ApiPropertyOptional({ description: 'Relationships must be with the people who decide' })
  @IsOptional()
  @IsBoolean()
  decisionMakersRequired?: boolean;
}

export class RequiredCompetencyDto {
  @ApiProperty({ example: 'customer_focus' })
  @IsString()
  @SingleLine()
  @Length(1, 60)
  code: string;

  @ApiProperty({ minimum: 1, maximum: 5, example: 3 })
  @IsInt()
  @Min(1)
  @Max(5)
  requiredLevel: number;

  @ApiProperty({ minimum: 0, example: 1 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0, { message: 'weight must not be negative' })
  weight: number;
}

export class CompetenciesCriterionDto extends CriterionBase {
  @ApiProperty({ type: [RequiredCompetencyDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RequiredCompetencyDto)
  items: RequiredCompetencyDto[];
}

export class CertificationsCriterionDto extends CriterionBase {
  @ApiPropertyOptional({ type: [String], example: [] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @SingleLine({ each: true })
  required?: string[];

  @ApiPropertyOptional({ type: [String], example: ['CFP', 'CTP', 'CFA'] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @SingleLine({ each: true })
  preferred?: string[];
}

export class RequiredLanguageDto {
  @ApiProperty({ example: 'en' })
  @Matches(/^[a-z]{2}$/, { message: 'language must be a two-letter ISO 639-1 code such as en, nl, et' })
  language: string;

  @ApiProperty({ enum: CEFR_LEVELS, example: 'B2' })
  @IsIn(CEFR_LEVELS)
  level: (typeof CEFR_LEVELS)[number];
}

export class LanguagesCriterionDto extends CriterionBase {
  @ApiProperty({ type: [RequiredLanguageDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RequiredLanguageDto)
  items: RequiredLanguageDto[];
}

export class CoursesCriterionDto extends CriterionBase {
  @ApiProperty({ type: [String], example: ['management', 'marketing', 'PR', 'rhetoric'] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @SingleLine({ each: true })
  topics: string[];
}

/** A profile's criteria; a criterion left out does not count. */
export class CriteriaDto {
  @ApiPropertyOptional({ type: EducationCriterionDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EducationCriterionDto)
  education?: EducationCriterionDto;

  @ApiPropertyOptional({ type: SalesExperienceCriterionDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SalesExperienceCriterionDto)
  salesExperience?: SalesExperienceCriterionDto;

  @ApiPropertyOptional({ type: ClientBaseCriterionDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClientBaseCriterionDto)
  clientBase?: ClientBaseCriterionDto;

  @ApiPropertyOptional({ type: CompetenciesCriterionDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CompetenciesCriterionDto)
  competencies?: CompetenciesCriterionDto;

  @ApiPropertyOptional({ type: CertificationsCriterionDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CertificationsCriterionDto)
  certifications?: CertificationsCriterionDto;

  @ApiPropertyOptional({ type: LanguagesCriterionDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LanguagesCriterionDto)
  languages?: LanguagesCriterionDto;

  @ApiPropertyOptional({ type: CoursesCriterionDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CoursesCriterionDto)
  courses?: CoursesCriterionDto;
}

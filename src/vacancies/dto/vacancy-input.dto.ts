import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { SingleLine } from '../../common/http/single-line';
import { PageQuery } from '../../common/http/paging';
import { MAX_SCALE, MIN_SCALE } from '../../scoring/round-result';
import { Trim } from '../../common/http/transforms';
import {
  BLIND_UNTIL,
  BlindUntil,
  EMPLOYMENT_TYPES,
  EmploymentType,
  KNOCKOUT_POLICIES,
  KnockoutPolicy,
  VACANCY_STATUSES,
  VacancyStatus,
} from '../entities/vacancy.entity';
import {
  PASS_RULES,
  PassRuleKind,
  QUESTION_KINDS,
  QuestionKind,
  ROUND_KINDS,
  RoundKind,
} from '../entities/vacancy-round.entity';

export class RoundQuestionDto {
  @ApiProperty({ example: 'customer_focus', description: 'One of the round’s competencies' })
  @IsString()
  @SingleLine()
  competency: string;

  @ApiProperty({ enum: QUESTION_KINDS })
  @IsIn(QUESTION_KINDS)
  kind: QuestionKind;

  @ApiProperty({ example: 'Vertel over een klant die je hebt behouden terwijl hij wilde vertrekken.' })
  @Trim()
  @IsString()
  @Length(1, 2000)
  text: string;
}

export class RoundScorecardInputDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: MIN_SCALE,
    maximum: MAX_SCALE,
    default: 4,
    description: 'Ratings run from 1 to this',
  })
  @IsOptional()
  @IsInt({ message: `scale must be a whole number of points, ${MIN_SCALE} to ${MAX_SCALE}` })
  @Min(MIN_SCALE, { message: `scale must be at least ${MIN_SCALE} points` })
  @Max(MAX_SCALE, { message: `scale must be at most ${MAX_SCALE} points` })
  scale?: number;

  @ApiPropertyOptional({
    type: [String],
    description:
      'A written anchor for each point of the scale, from 1 up, as many as the scale has points; standard words when left out',
    example: ['Sterk nee', 'Nee', 'Ja', 'Sterk ja'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SCALE)
  @IsString({ each: true })
  @SingleLine({ each: true })
  @Length(1, 200, { each: true })
  anchors?: string[];

  @ApiPropertyOptional({ type: [RoundQuestionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RoundQuestionDto)
  questions?: RoundQuestionDto[];

  @ApiPropertyOptional({ enum: PASS_RULES, default: 'average' })
  @IsOptional()
  @IsIn(PASS_RULES)
  passRule?: PassRuleKind;

  @ApiPropertyOptional({
    description:
      'The mean rating the average rule needs, on the scale; by default the first point above the middle (3 on a 4-point scale, 4 on 5, 5 on 7, 6 on 10)',
    example: 3,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(1)
  @Max(MAX_SCALE)
  passThreshold?: number;
}

export class RoundInputDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing round to keep (when replacing the plan)' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be the id of one of this vacancy’s rounds' })
  id?: string;

  @ApiProperty({ example: 'Eerste gesprek' })
  @Trim()
  @IsString()
  @SingleLine()
  @Length(1, 100)
  name: string;

  @ApiProperty({ enum: ROUND_KINDS })
  @IsIn(ROUND_KINDS)
  kind: RoundKind;

  @ApiProperty({ type: [String], example: ['customer_focus', 'persuasiveness'], description: 'Catalogue codes' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @SingleLine({ each: true })
  competencies: string[];

  @ApiPropertyOptional({ type: RoundScorecardInputDto, description: 'The scorecard template; defaults when left out' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RoundScorecardInputDto)
  scorecard?: RoundScorecardInputDto;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 1, description: 'Its share of the interview score' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  weight?: number;
}

export class CreateVacancyDto {
  @ApiProperty({ example: 'Accountmanager B regio Utrecht' })
  @Trim()
  @IsString()
  @SingleLine()
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
  @SingleLine()
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
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RoundInputDto)
  rounds?: RoundInputDto[];

  @ApiPropertyOptional({ enum: KNOCKOUT_POLICIES, default: 'flag', description: 'What a failed knock-out does' })
  @IsOptional()
  @IsIn(KNOCKOUT_POLICIES)
  knockoutPolicy?: KnockoutPolicy;

  @ApiPropertyOptional({
    enum: BLIND_UNTIL,
    nullable: true,
    description:
      'Blind screening: hiring managers and panel members see an alias, not who the applicant is, until the ' +
      'application reaches this stage; null (the default) shows them from the start',
  })
  @IsOptional()
  @IsIn(BLIND_UNTIL, { message: `blindUntil must be one of: ${BLIND_UNTIL.join(', ')}, or null` })
  blindUntil?: BlindUntil | null;

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

  @ApiPropertyOptional({
    default: false,
    description:
      'A round’s decision moves the application on, or rejects it, by itself; otherwise a recruiter confirms',
  })
  @IsOptional()
  @IsBoolean()
  autoAdvance?: boolean;

  @ApiPropertyOptional({
    default: false,
    description: 'The shortlist uses round scores with each interviewer’s leniency taken out',
  })
  @IsOptional()
  @IsBoolean()
  calibrateInterviews?: boolean;

  @ApiPropertyOptional({
    default: 48,
    nullable: true,
    type: Number,
    minimum: 0,
    maximum: 720,
    description:
      'Hours between rejecting an applicant and the mail that tells them, so that it does not arrive minutes after the interview; null sends no rejection mail',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsInt()
  @Min(0)
  @Max(720)
  rejectionMailDelayHours?: number | null;
}

export class UpdateVacancyDto extends PartialType(CreateVacancyDto) {}

export class ReplaceRoundsDto {
  @ApiProperty({ type: [RoundInputDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsObject({ each: true })
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
  @SingleLine()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ default: false, description: 'Only the vacancies the caller is a recruiter of' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  mine?: boolean;
}

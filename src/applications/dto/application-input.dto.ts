import { LimitQuery, PageQuery } from '../../common/http/paging';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { SingleLine } from '../../common/http/single-line';
import { Trim } from '../../common/http/transforms';
import { Stage, STAGES } from '../entities/application.entity';
import { Standing, STANDINGS } from '../shortlist-order';

export class ApplyDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'candidateId must be a candidate id (a UUID)' })
  candidateId: string;

  @ApiPropertyOptional({
    example: 'job board',
    description: "Where this application came from; the candidate's source by default",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  source?: string;
}

export class MoveDto {
  @ApiProperty({ enum: STAGES })
  @IsIn(STAGES)
  stage: Stage;

  @ApiPropertyOptional({ format: 'uuid', description: 'With stage "interview": the round of the plan' })
  @IsOptional()
  @IsUUID('all', { message: "roundId must be a round of the vacancy's plan" })
  roundId?: string;

  @ApiPropertyOptional({ description: 'Needed to reject, withdraw or override' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Skip the order: a recruiter’s explicit decision, with a reason',
  })
  @IsOptional()
  @IsBoolean()
  override?: boolean;

  @ApiPropertyOptional({
    description: 'The revision the move was decided on; 409 when the application has changed since',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number;
}

export class ShortlistQuery extends LimitQuery {
  @ApiPropertyOptional({ description: 'From the previous page’s nextCursor' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ enum: STAGES })
  @IsOptional()
  @IsIn(STAGES)
  stage?: Stage;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'eligible must be true or false' })
  eligible?: boolean;

  @ApiPropertyOptional({
    enum: STANDINGS,
    description: 'One group of the shortlist: ranked, knocked_out, not_enough_evidence or not_screened',
  })
  @IsOptional()
  @IsIn(STANDINGS, { message: `standing must be one of: ${STANDINGS.join(', ')}` })
  standing?: Standing;
}

export const APPLICATION_SORTS = [
  'appliedAt',
  '-appliedAt',
  'shortlistScore',
  '-shortlistScore',
  'name',
  '-name',
] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];

export class ApplicationQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'vacancyId must be a vacancy id (a UUID)' })
  vacancyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'candidateId must be a candidate id (a UUID)' })
  candidateId?: string;

  @ApiPropertyOptional({ enum: STAGES })
  @IsOptional()
  @IsIn(STAGES)
  stage?: Stage;

  @ApiPropertyOptional({ type: Boolean, description: 'Only those flagged for a recruiter, or only the others' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'needsReview must be true or false' })
  needsReview?: boolean;

  @ApiPropertyOptional({ description: "Part of the candidate's name or e-mail address" })
  @IsOptional()
  @Trim()
  @IsString()
  @SingleLine()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({
    enum: APPLICATION_SORTS,
    default: '-appliedAt',
    description: 'A leading minus sorts descending',
  })
  @IsOptional()
  @IsIn(APPLICATION_SORTS)
  sort?: ApplicationSort;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Stage, STAGES } from '../entities/application.entity';
import { Eligibility, ELIGIBILITIES, LIST_SORTS, ListSort } from '../pipeline-board.repository';

export const BULK_MAILS = ['rejection', 'none'] as const;
export type BulkMail = (typeof BULK_MAILS)[number];

export class BulkMoveDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'The applications to move, all of this vacancy' })
  @IsArray()
  @ArrayMinSize(1, { message: 'applicationIds must name at least one application' })
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'applicationIds must be application ids (UUIDs)' })
  applicationIds: string[];

  @ApiProperty({ enum: STAGES, description: '"rejected" rejects them all' })
  @IsIn(STAGES)
  stage: Stage;

  @ApiPropertyOptional({ format: 'uuid', description: 'With stage "interview": the round of the plan' })
  @IsOptional()
  @IsUUID('all', { message: "roundId must be a round of the vacancy's plan" })
  roundId?: string;

  @ApiPropertyOptional({ description: 'Needed to reject or withdraw' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({
    enum: BULK_MAILS,
    description:
      'With stage "rejected": "rejection" sends each candidate the rejection (after the vacancy’s delay, at once if it has none), "none" sends nothing; by default the vacancy decides',
  })
  @IsOptional()
  @IsIn(BULK_MAILS)
  mail?: BulkMail;
}

export const BULK_OUTCOMES = ['moved', 'stale', 'not_allowed', 'not_found'] as const;
export type BulkOutcomeKind = (typeof BULK_OUTCOMES)[number];

export class BulkOutcomeDto {
  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({
    enum: BULK_OUTCOMES,
    description:
      'stale: someone changed it meanwhile; not_allowed: the move breaks the plan; each written whole or not at all',
  })
  outcome: BulkOutcomeKind;

  @ApiPropertyOptional({ description: 'The error code when it was not moved' })
  code?: string;

  @ApiPropertyOptional({ enum: STAGES, description: 'Where it stands now' })
  stage?: Stage;
}

export class BulkMoveResultDto {
  @ApiProperty({ type: [BulkOutcomeDto] })
  items: BulkOutcomeDto[];

  @ApiProperty()
  moved: number;
}

/** The board's and its list's query: the filter, and the list's order and page. */
export class BoardQuery {
  @IsOptional()
  @IsIn(STAGES)
  stage?: Stage;

  @IsOptional()
  @IsIn(ELIGIBILITIES)
  eligibility?: Eligibility;

  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(100)
  minScore?: number;

  @IsOptional()
  @Transform(({ value }) => (value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(100)
  maxScore?: number;

  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @IsString()
  @MaxLength(100)
  source?: string;

  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @IsIn(LIST_SORTS)
  sort?: ListSort;

  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;

  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  shown?: number;

  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  moved?: number;

  @IsOptional()
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  skipped?: number;
}

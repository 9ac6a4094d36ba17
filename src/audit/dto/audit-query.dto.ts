import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The audit trail's filters: who acted, about which candidate or vacancy, what, and when. */
export class AuditFilterQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'The user who acted' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a user id (a UUID)' })
  actorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'candidateId must be a candidate id (a UUID)' })
  candidateId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'vacancyId must be a vacancy id (a UUID)' })
  vacancyId?: string;

  @ApiPropertyOptional({
    example: 'application.moved',
    description: 'An action (application.moved) or every action on a kind of subject (application)',
  })
  @IsOptional()
  @Matches(/^[a-z_]{1,30}(\.[a-z_]{1,29})?$/, {
    message: 'action must be an action such as application.moved, or a subject such as application',
  })
  action?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Entries on or after this day (UTC)' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date written YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Entries on or before this day (UTC)' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date written YYYY-MM-DD' })
  to?: string;
}

export class AuditPageQuery extends AuditFilterQuery {
  @ApiPropertyOptional({ description: 'Entries older than this sequence number: the `next` of the page before' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'before must be a whole number' })
  @Min(1, { message: 'before must be at least 1' })
  before?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be from 1 to 200' })
  @Max(200, { message: 'limit must be from 1 to 200' })
  limit: number = 50;
}

class AuditActorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  email: string;
}

export class AuditLineDto {
  @ApiProperty({ description: 'Its place in the chain: 1, 2, 3, … without gaps' })
  seq: number;

  @ApiProperty({ type: String, format: 'date-time' })
  at: Date;

  @ApiProperty({ type: AuditActorDto, nullable: true, description: 'Null when Sift acted by itself' })
  actor: AuditActorDto | null;

  @ApiProperty({ type: [String], description: 'The roles the actor held at the time' })
  actorRoles: string[];

  @ApiProperty({ type: String, nullable: true })
  ip: string | null;

  @ApiProperty({ type: String, nullable: true })
  userAgent: string | null;

  @ApiProperty({ type: String, nullable: true })
  requestId: string | null;

  @ApiProperty({ example: 'application.moved' })
  action: string;

  @ApiProperty({ example: 'application' })
  subjectType: string;

  @ApiProperty({ type: String, nullable: true })
  subjectId: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  candidateId: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  vacancyId: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Before and after values, or what was read; an erased personal value reads {"$erased": true}',
  })
  details: Record<string, unknown>;

  @ApiProperty({ description: 'SHA-256 over the entry and the hash before it' })
  hash: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditLineDto] })
  lines: AuditLineDto[];

  @ApiProperty({ type: Number, nullable: true, description: 'Pass as `before` for older entries; null at the oldest' })
  next: number | null;
}

class ChainBreakDto {
  @ApiProperty({ enum: ['changed', 'missing', 'inserted', 'head'] })
  kind: string;

  @ApiProperty({ description: 'The first entry that does not follow from the one before' })
  seq: number;
}

class ChainHeadDto {
  @ApiProperty()
  seq: number;

  @ApiProperty()
  hash: string;
}

export class ChainReportDto {
  @ApiProperty()
  checked: number;

  @ApiProperty({ type: ChainHeadDto })
  head: ChainHeadDto;

  @ApiProperty({ description: 'Entries up to this one were removed by the retention job' })
  prunedThrough: number;

  @ApiProperty({ type: ChainBreakDto, nullable: true, description: 'Null when the chain is whole' })
  firstBreak: ChainBreakDto | null;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/http/transforms';
import type { LegalHoldScope } from '../legal-hold.entity';
import type { LegalHoldRow } from '../legal-holds.repository';

/** A hold on one candidate, or on a vacancy (every candidate who applied to it): exactly one of the two ids. */
export class PlaceLegalHoldDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The candidate to hold; or give vacancyId' })
  @IsOptional()
  @IsUUID('all', { message: 'candidateId must be a candidate id (a UUID)' })
  candidateId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The vacancy whose every applicant to hold; or give candidateId',
  })
  @IsOptional()
  @IsUUID('all', { message: 'vacancyId must be a vacancy id (a UUID)' })
  vacancyId?: string;

  @ApiProperty({ example: 'Claim of discrimination filed with the court on 2026-11-02, case 26/1234', minLength: 10 })
  @Trim()
  @IsString()
  @MinLength(10, { message: 'reason must say why, in at least 10 characters' })
  @MaxLength(2000)
  reason: string;
}

export class HeldCandidateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class HeldVacancyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;
}

export class LegalHoldDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['candidate', 'vacancy'] })
  scope: LegalHoldScope;

  @ApiProperty({ type: HeldCandidateDto, nullable: true, description: 'The candidate held, for a hold on one' })
  candidate: HeldCandidateDto | null;

  @ApiProperty({ type: HeldVacancyDto, nullable: true, description: 'The vacancy, for a hold on its applicants' })
  vacancy: HeldVacancyDto | null;

  @ApiProperty({ description: 'How many candidates it holds now: 1, or those who applied to the vacancy' })
  heldCandidates: number;

  @ApiProperty()
  reason: string;

  @ApiProperty({ format: 'uuid' })
  placedBy: string;

  @ApiProperty({ type: String, nullable: true })
  placedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  placedAt: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  releasedBy: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  releasedAt: string | null;

  static from(row: LegalHoldRow): LegalHoldDto {
    const { hold } = row;
    return {
      id: hold.id,
      scope: hold.candidateId ? 'candidate' : 'vacancy',
      candidate: hold.candidateId ? { id: hold.candidateId, name: row.candidateName ?? '' } : null,
      vacancy: hold.vacancyId ? { id: hold.vacancyId, title: row.vacancyTitle ?? '' } : null,
      heldCandidates: row.heldCandidates,
      reason: hold.reason,
      placedBy: hold.placedBy,
      placedByName: row.placedByName,
      placedAt: hold.placedAt.toISOString(),
      releasedBy: hold.releasedBy,
      releasedAt: hold.releasedAt?.toISOString() ?? null,
    };
  }
}

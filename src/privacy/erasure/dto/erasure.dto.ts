import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../common/http/transforms';
import type { CandidateErasure } from '../candidate-erasure.entity';

export class ErasureRequestDto {
  @ApiProperty({
    example: 'The candidate asked by e-mail of 1 December to be erased',
    description: 'Why: kept with the erasure and in the audit trail (the person is not named in it)',
  })
  @Trim()
  @IsString()
  @MinLength(10, { message: 'reason must say why, in at least 10 characters' })
  @MaxLength(2000)
  reason: string;
}

export class ErasureDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty({ enum: ['request', 'policy'] })
  source: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null when the retention policy asked' })
  requestedBy: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  requestedAt: string;

  @ApiProperty({
    enum: ['requested', 'files', 'completed'],
    description: 'requested, then files (the data is gone, files are being removed), then completed',
  })
  state: 'requested' | 'files' | 'completed';

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt: string | null;

  static from(erasure: CandidateErasure): ErasureDto {
    return {
      id: erasure.id,
      candidateId: erasure.candidateId,
      source: erasure.source,
      reason: erasure.reason,
      requestedBy: erasure.requestedBy,
      requestedAt: erasure.requestedAt.toISOString(),
      state: erasure.completedAt ? 'completed' : erasure.dataErasedAt ? 'files' : 'requested',
      completedAt: erasure.completedAt?.toISOString() ?? null,
    };
  }
}

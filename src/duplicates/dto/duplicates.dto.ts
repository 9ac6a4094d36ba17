import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { CandidateDto } from '../../candidates/dto/candidate.dto';
import type { DuplicateProposal, DuplicateReason, MergePreview } from '../duplicates.service';
import type { CandidateMerge } from '../entities/candidate-merge.entity';
import { MERGE_FIELDS, MergeField, MergeSide } from '../merge-fields';

const REASONS: DuplicateReason[] = ['same_phone', 'same_name_and_employer', 'same_name_and_city'];
const SIDES: MergeSide[] = ['survivor', 'other'];

export class DuplicateProposalDto {
  @ApiProperty({ type: CandidateDto, description: 'The other candidate' })
  candidate: CandidateDto;

  @ApiProperty({ enum: REASONS, isArray: true, description: 'Which fields matched' })
  reasons: DuplicateReason[];

  static from(proposal: DuplicateProposal): DuplicateProposalDto {
    return { candidate: CandidateDto.from(proposal.candidate), reasons: proposal.reasons };
  }
}

export class MergeChoicesDto {
  @ApiPropertyOptional({ enum: SIDES }) @IsOptional() @IsIn(SIDES) name?: MergeSide;
  @ApiPropertyOptional({ enum: SIDES }) @IsOptional() @IsIn(SIDES) email?: MergeSide;
  @ApiPropertyOptional({ enum: SIDES }) @IsOptional() @IsIn(SIDES) phone?: MergeSide;
  @ApiPropertyOptional({ enum: SIDES }) @IsOptional() @IsIn(SIDES) location?: MergeSide;
  @ApiPropertyOptional({ enum: SIDES }) @IsOptional() @IsIn(SIDES) language?: MergeSide;
  @ApiPropertyOptional({ enum: SIDES }) @IsOptional() @IsIn(SIDES) source?: MergeSide;
  @ApiPropertyOptional({ enum: SIDES, description: 'The consent purpose and date, together' })
  @IsOptional()
  @IsIn(SIDES)
  consent?: MergeSide;
}

export class MergeCandidatesDto {
  @ApiProperty({ format: 'uuid', description: 'The candidate merged into this one, left as a tombstone' })
  @IsUUID()
  otherId: string;

  @ApiPropertyOptional({
    type: MergeChoicesDto,
    description:
      'Where the two differ, whose value the survivor keeps; left out, the survivor keeps its own, or takes the other’s where it has none',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MergeChoicesDto)
  keep?: MergeChoicesDto;
}

export class NotDuplicateDto {
  @ApiProperty({ format: 'uuid', description: 'The candidate this one is not a duplicate of' })
  @IsUUID()
  otherId: string;
}

export class CandidateMergeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) survivorId: string;
  @ApiProperty({ format: 'uuid' }) mergedId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) mergedBy: string | null;
  @ApiProperty() mergedAt: Date;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The merged candidate’s own fields' })
  mergedCandidate: Record<string, string | null>;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The survivor’s own fields before' })
  survivorBefore: Record<string, string | null>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Rows now pointing at the survivor, by table and column',
  })
  moved: Record<string, number>;

  static from(merge: CandidateMerge): CandidateMergeDto {
    return { ...merge };
  }
}

class CandidateSummaryDto extends CandidateDto {
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  applications: { id: string; vacancyId: string; vacancyTitle: string; stage: string; appliedAt: Date }[];

  @ApiProperty() factCount: number;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  cvs: { id: string; fileName: string | null; format: string; createdAt: Date }[];
}

export class MergePreviewDto {
  @ApiProperty({ type: CandidateSummaryDto }) survivor: CandidateSummaryDto;
  @ApiProperty({ type: CandidateSummaryDto }) other: CandidateSummaryDto;
  @ApiProperty({ enum: MERGE_FIELDS, isArray: true }) differing: MergeField[];

  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'Vacancies both applied to; the merge is refused (409) while there are any',
  })
  sharedVacancies: { id: string; title: string }[];

  static from(preview: MergePreview): MergePreviewDto {
    const side = (candidate: MergePreview['survivor']) => ({ ...CandidateDto.from(candidate), ...candidate.summary });
    return {
      survivor: side(preview.survivor),
      other: side(preview.other),
      differing: preview.differing,
      sharedVacancies: preview.sharedVacancies,
    };
  }
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';
import { PageQuery } from '../../../common/http/paging';
import type { RetentionRule } from '../retention-policy';
import type { DueCandidate, HeldCandidate, RetentionDue } from '../retention.service';

export class RetentionDueQuery extends PageQuery {
  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'Where the page of held candidates starts' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  heldOffset: number = 0;
}

export class RetentionPolicyDto {
  @ApiProperty({ type: Number, nullable: true, description: 'RETENTION_MONTHS_AFTER_CLOSE; null when off' })
  monthsAfterClose: number | null;

  @ApiProperty({ description: 'TALENT_POOL_MONTHS' })
  talentPoolMonths: number;

  @ApiProperty({
    example: 'talent_pool',
    description: 'The consent purpose that keeps a candidate for later vacancies',
  })
  talentPoolPurpose: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedBefore: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  talentPoolSince: string | null;
}

export class ConsentSeenDto {
  @ApiProperty({ type: String, nullable: true })
  purpose: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  givenAt: string | null;

  @ApiProperty({ description: 'A consent to be kept for later vacancies' })
  talentPool: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When a talent-pool consent ran out' })
  talentPoolEndedAt: string | null;
}

export class DueCandidateDto {
  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ['closedApplications', 'neverApplied'] })
  rule: RetentionRule;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null when they never applied' })
  lastClosedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  addedAt: string;

  @ApiProperty({ type: ConsentSeenDto })
  consent: ConsentSeenDto;

  @ApiProperty({ type: String, format: 'date-time', description: 'When the retention period ran out' })
  dueSince: string;

  static from(row: DueCandidate): DueCandidateDto {
    return {
      candidateId: row.id,
      name: row.name,
      rule: row.rule,
      lastClosedAt: row.lastClosedAt?.toISOString() ?? null,
      addedAt: row.createdAt.toISOString(),
      consent: {
        purpose: row.consentPurpose,
        givenAt: row.consentAt?.toISOString() ?? null,
        talentPool: row.talentPool,
        talentPoolEndedAt: row.talentPoolEndedAt?.toISOString() ?? null,
      },
      dueSince: row.dueSince.toISOString(),
    };
  }
}

export class HoldingHoldDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['candidate', 'vacancy'] })
  scope: 'candidate' | 'vacancy';

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  vacancyId: string | null;

  @ApiProperty({ type: String, nullable: true })
  vacancyTitle: string | null;

  @ApiProperty()
  reason: string;

  @ApiProperty({ type: String, format: 'date-time' })
  placedAt: string;
}

export class HeldCandidateDto extends DueCandidateDto {
  @ApiProperty({ type: [HoldingHoldDto], description: 'The active holds that keep them, their own first' })
  holds: HoldingHoldDto[];
}

export class DueListDto {
  @ApiProperty({ type: [DueCandidateDto] })
  items: DueCandidateDto[];

  @ApiProperty()
  total: number;
}

export class HeldListDto {
  @ApiProperty({ type: [HeldCandidateDto] })
  items: HeldCandidateDto[];

  @ApiProperty()
  total: number;
}

export class RetentionDueDto {
  @ApiProperty({ type: RetentionPolicyDto })
  policy: RetentionPolicyDto;

  @ApiProperty({ type: DueListDto, description: 'Who the daily job would ask to erase today, longest past first' })
  due: DueListDto;

  @ApiProperty({ type: HeldListDto, description: 'Who is past the policy but kept by a legal hold' })
  held: HeldListDto;

  @ApiProperty()
  limit: number;

  @ApiProperty()
  offset: number;

  @ApiProperty()
  heldOffset: number;

  static from(result: RetentionDue, query: RetentionDueQuery): RetentionDueDto {
    const { policy } = result;
    return {
      policy: {
        ...policy,
        closedBefore: policy.closedBefore?.toISOString() ?? null,
        talentPoolSince: policy.talentPoolSince?.toISOString() ?? null,
      },
      due: { items: result.due.rows.map((row) => DueCandidateDto.from(row)), total: result.due.total },
      held: { items: result.held.rows.map(heldOf), total: result.held.total },
      limit: query.limit,
      offset: query.offset,
      heldOffset: query.heldOffset,
    };
  }
}

function heldOf(row: HeldCandidate): HeldCandidateDto {
  return {
    ...DueCandidateDto.from(row),
    holds: row.holds.map((hold) => ({
      id: hold.id,
      scope: hold.candidateId ? 'candidate' : 'vacancy',
      vacancyId: hold.vacancyId,
      vacancyTitle: hold.vacancyTitle,
      reason: hold.reason,
      placedAt: hold.placedAt.toISOString(),
    })),
  };
}

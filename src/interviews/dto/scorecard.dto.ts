import { ApiProperty } from '@nestjs/swagger';
import { Recommendation, RECOMMENDATIONS } from '../../scoring/round-result';
import { ScorecardRevision } from '../entities/scorecard-revision.entity';
import { ScorecardView } from '../scorecards.service';

export class RatingDto {
  @ApiProperty()
  competency: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Null: not assessed' })
  rating: number | null;

  @ApiProperty({ type: String, nullable: true })
  notes: string | null;
}

export class ScorecardRevisionDto {
  @ApiProperty()
  revision: number;

  @ApiProperty({ type: [RatingDto] })
  ratings: RatingDto[];

  @ApiProperty({ enum: RECOMMENDATIONS })
  recommendation: Recommendation;

  @ApiProperty({ type: String, nullable: true })
  summary: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why it was amended; null for the first submission' })
  reason: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  submittedAt: string;

  @ApiProperty({
    format: 'uuid',
    description: 'Who submitted this version: the interviewer, or who entered it for them',
  })
  submittedBy: string;

  static from(revision: ScorecardRevision): ScorecardRevisionDto {
    return {
      submittedBy: revision.submittedBy,
      revision: revision.revision,
      ratings: revision.ratings,
      recommendation: revision.recommendation,
      summary: revision.summary,
      reason: revision.reason,
      submittedAt: revision.submittedAt.toISOString(),
    };
  }
}

export class ScorecardDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  interviewId: string;

  @ApiProperty({ format: 'uuid' })
  interviewerId: string;

  @ApiProperty({ enum: ['draft', 'submitted'] })
  status: 'draft' | 'submitted';

  @ApiProperty({ description: '0 for a draft; send it back when amending' })
  revision: number;

  @ApiProperty({ type: [RatingDto] })
  ratings: RatingDto[];

  @ApiProperty({ type: String, enum: RECOMMENDATIONS, nullable: true })
  recommendation: Recommendation | null;

  @ApiProperty({ type: String, nullable: true })
  summary: string | null;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Who entered it for the interviewer, from a paper scorecard; null when the interviewer did',
  })
  enteredBy: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ type: [ScorecardRevisionDto], description: 'Every submitted version, the first and each amendment' })
  revisions: ScorecardRevisionDto[];

  static from({ scorecard, revisions }: ScorecardView): ScorecardDto {
    return {
      id: scorecard.id,
      interviewId: scorecard.interviewId,
      interviewerId: scorecard.interviewerId,
      status: scorecard.status,
      revision: scorecard.revision,
      ratings: scorecard.ratings,
      recommendation: scorecard.recommendation,
      summary: scorecard.summary,
      enteredBy: scorecard.enteredBy,
      submittedAt: scorecard.submittedAt?.toISOString() ?? null,
      updatedAt: scorecard.updatedAt.toISOString(),
      revisions: revisions.map((revision) => ScorecardRevisionDto.from(revision)),
    };
  }
}

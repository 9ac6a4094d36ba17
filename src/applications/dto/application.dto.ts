import { PageDto } from '../../common/http/paging';
import { ApplicationListRow } from '../application-lists.repository';
import { ApiProperty } from '@nestjs/swagger';
import { CriterionScoreDto, KnockoutNoteDto } from '../../screening/dto/score-result.dto';
import { Application, Stage, STAGES } from '../entities/application.entity';
import { Standing, STANDINGS, standingOfSortKey } from '../shortlist-order';

const points = (hundredths: number | null) => (hundredths === null ? null : hundredths / 100);

const STANDING_DESCRIPTION =
  'The group of the shortlist it is in: ranked (eligible on decided knock-outs), knocked_out (a knock-out failed), ' +
  'not_enough_evidence (a knock-out the facts cannot decide, or nothing known), not_screened; in that order';

export class ApplicationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  vacancyId: string;

  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty({ enum: STAGES })
  stage: Stage;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  roundId: string | null;

  @ApiProperty({ type: String, nullable: true })
  stageReason: string | null;

  @ApiProperty({ description: 'Send it back with a move; a stale one gets 409' })
  revision: number;

  @ApiProperty({ type: Boolean, nullable: true })
  eligible: boolean | null;

  @ApiProperty({ description: 'A failed knock-out under the flag policy, or one the facts cannot decide yet' })
  needsReview: boolean;

  @ApiProperty({ enum: STANDINGS, description: STANDING_DESCRIPTION })
  standing: Standing;

  @ApiProperty({ type: Number, nullable: true, example: 81.25 })
  screeningScore: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 72.5, description: 'Null until a round is decided' })
  interviewScore: number | null;

  @ApiProperty({ description: 'Rounds of the plan with a decided interview' })
  roundsScored: number;

  @ApiProperty({ type: Number, nullable: true, example: 81.25 })
  shortlistScore: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 0.8, description: 'Share of the evidence known' })
  completeness: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'B' })
  fitLevel: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The profile version it was screened with' })
  profileVersion: number | null;

  @ApiProperty({ type: [KnockoutNoteDto] })
  failedKnockouts: KnockoutNoteDto[];

  @ApiProperty({ type: [KnockoutNoteDto] })
  openKnockouts: KnockoutNoteDto[];

  @ApiProperty({ type: [CriterionScoreDto] })
  breakdown: CriterionScoreDto[];

  @ApiProperty({ type: String, nullable: true })
  source: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  appliedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  screenedAt: string | null;

  static from(application: Application): ApplicationDto {
    return {
      id: application.id,
      vacancyId: application.vacancyId,
      candidateId: application.candidateId,
      stage: application.stage,
      roundId: application.roundId,
      stageReason: application.stageReason,
      revision: application.revision,
      eligible: application.eligible,
      needsReview: application.needsReview,
      standing: standingOfSortKey(application.sortKey),
      screeningScore: points(application.screeningScore),
      interviewScore: points(application.interviewScore),
      roundsScored: application.roundsScored,
      shortlistScore: points(application.shortlistScore),
      completeness: points(application.completeness),
      fitLevel: application.fitLevel,
      profileVersion: application.profileVersion,
      failedKnockouts: application.screening?.failedKnockouts ?? [],
      openKnockouts: application.screening?.openKnockouts ?? [],
      breakdown: application.screening?.breakdown ?? [],
      source: application.source,
      appliedAt: application.appliedAt.toISOString(),
      screenedAt: application.screenedAt?.toISOString() ?? null,
    };
  }
}

export class ShortlistCandidateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  email: string;
}

export class EvidenceDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Share of the screening evidence known, 0 to 1' })
  screening: number | null;

  @ApiProperty({ description: 'Rounds of the plan with a decided interview' })
  roundsScored: number;

  @ApiProperty({ description: 'Rounds in the plan' })
  roundsPlanned: number;

  @ApiProperty({
    type: () => [AwaitedScorecardsDto],
    description: 'Interviews held or planned and not yet decided, with how many of their panel’s scorecards are in',
  })
  awaiting: AwaitedScorecardsDto[];
}

/** An undecided interview of an item, and the scorecards it waits for. */
export class AwaitedScorecardsDto {
  @ApiProperty({ format: 'uuid' })
  roundId: string;

  @ApiProperty({ example: 'Eindgesprek' })
  name: string;

  @ApiProperty({ example: 3, description: 'Seats on the interview’s panel' })
  panel: number;

  @ApiProperty({ example: 1, description: 'Scorecards submitted' })
  submitted: number;
}

/** A decided round behind an item's interview score. */
export class ShortlistRoundDto {
  @ApiProperty({ format: 'uuid' })
  roundId: string;

  @ApiProperty({ example: 'Eerste gesprek' })
  name: string;

  @ApiProperty({ example: 1, description: 'The round’s weight in the interview score' })
  weight: number;

  @ApiProperty({
    example: 66.67,
    description: 'The round score, 0–100: calibrated when the vacancy ranks by calibrated scores, else as rated',
  })
  score: number;
}

/** One line of the shortlist: where the application stands, and its screening result whole. */
export class ShortlistItemDto {
  @ApiProperty({ example: 1, description: 'Place in the ranking under the same filters' })
  position: number;

  @ApiProperty({ enum: STANDINGS, description: STANDING_DESCRIPTION })
  standing: Standing;

  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ type: ShortlistCandidateDto })
  candidate: ShortlistCandidateDto;

  @ApiProperty({ enum: STAGES })
  stage: Stage;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  roundId: string | null;

  @ApiProperty()
  needsReview: boolean;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Screening and interviews combined: what the ranking uses',
  })
  shortlistScore: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The decided rounds’ scores, weighted by round; null until a round is decided (missing, not zero)',
  })
  interviewScore: number | null;

  @ApiProperty({ type: EvidenceDto, description: 'How complete the evidence behind the ranking is' })
  evidence: EvidenceDto;

  @ApiProperty({
    type: [ShortlistRoundDto],
    description:
      'The decided rounds the interview score is made of, in the plan’s order (the latest decided interview of each); ' +
      'a round not decided yet is missing, not zero',
  })
  rounds: ShortlistRoundDto[];

  @ApiProperty({ type: String, nullable: true })
  fitLevel: string | null;

  @ApiProperty({ type: Number, nullable: true })
  profileVersion: number | null;

  @ApiProperty({ type: String, format: 'date-time' })
  appliedAt: string;

  @ApiProperty({ type: Boolean, nullable: true })
  eligible: boolean | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The screening score' })
  score: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Share of the evidence known, 0 to 1' })
  completeness: number | null;

  @ApiProperty({ type: [KnockoutNoteDto] })
  failedKnockouts: KnockoutNoteDto[];

  @ApiProperty({ type: [KnockoutNoteDto] })
  openKnockouts: KnockoutNoteDto[];

  @ApiProperty({ type: [CriterionScoreDto] })
  breakdown: CriterionScoreDto[];
}

export class ShortlistPageDto {
  @ApiProperty({ type: [ShortlistItemDto] })
  items: ShortlistItemDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last' })
  nextCursor: string | null;
}

export class ApplicationSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: ShortlistCandidateDto })
  candidate: ShortlistCandidateDto;

  @ApiProperty({ description: 'The vacancy: its id and title' })
  vacancy: { id: string; title: string };

  @ApiProperty({ enum: STAGES })
  stage: Stage;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  roundId: string | null;

  @ApiProperty({ type: Boolean, nullable: true })
  eligible: boolean | null;

  @ApiProperty()
  needsReview: boolean;

  @ApiProperty({ type: Number, nullable: true })
  shortlistScore: number | null;

  @ApiProperty({ type: String, format: 'date-time' })
  appliedAt: string;

  static from(row: ApplicationListRow): ApplicationSummaryDto {
    return {
      id: row.id,
      candidate: { id: row.candidateId, name: row.candidateName, email: row.candidateEmail },
      vacancy: { id: row.vacancyId, title: row.vacancyTitle },
      stage: row.stage,
      roundId: row.roundId,
      eligible: row.eligible,
      needsReview: row.needsReview,
      shortlistScore: points(row.shortlistScore),
      appliedAt: row.appliedAt.toISOString(),
    };
  }
}

export class ApplicationPageDto extends PageDto {
  @ApiProperty({ type: [ApplicationSummaryDto] })
  items: ApplicationSummaryDto[];
}

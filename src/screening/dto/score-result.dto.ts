import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CRITERION_KINDS, CriterionKind } from '../../scoring/profile';
import { CriterionStatus } from '../../scoring/score';
import { Language, LANGUAGES } from '../../users/entities/user.entity';

export class KnockoutNoteDto {
  @ApiProperty({ enum: CRITERION_KINDS })
  criterion: CriterionKind;

  @ApiProperty({
    example: '1,5 jaar verkoopervaring; minimum 2, doel 5: voldoet niet aan de eis, knock-out (geen punten)',
  })
  reason: string;
}

export class CriterionScoreDto {
  @ApiProperty({ enum: CRITERION_KINDS })
  criterion: CriterionKind;

  @ApiProperty({ example: 'verkoopervaring', description: "The criterion's name in the profile's language" })
  name: string;

  @ApiProperty({ example: 25 })
  weight: number;

  @ApiProperty()
  knockout: boolean;

  @ApiProperty({ example: 25, description: 'Points possible, to the hundredth' })
  possible: number;

  @ApiProperty({ example: 25, description: 'Points earned; the breakdown adds up to the score exactly' })
  earned: number;

  @ApiProperty({ enum: ['met', 'partial', 'not_met', 'unknown'] })
  status: CriterionStatus;

  @ApiProperty({ type: Boolean, nullable: true, description: 'Whether the bar is met; null while facts are missing' })
  meetsBar: boolean | null;

  @ApiProperty({ description: 'Something it needs is unknown: a recruiter should find out' })
  unknown: boolean;

  @ApiProperty({ description: 'Points rest on a fact no recruiter has confirmed yet' })
  unconfirmed: boolean;

  @ApiProperty({ type: [String], description: 'The facts the points rest on' })
  factIds: string[];

  @ApiProperty({ example: '6 jaar verkoopervaring; doel 5: volle punten' })
  explanation: string;
}

export class ScoreResultDto {
  @ApiProperty({ description: 'False only when a knock-out failed' })
  eligible: boolean;

  @ApiProperty({ example: 81.25, minimum: 0, maximum: 100 })
  score: number;

  @ApiProperty({ type: [KnockoutNoteDto] })
  failedKnockouts: KnockoutNoteDto[];

  @ApiProperty({ type: [KnockoutNoteDto], description: 'Knock-outs the known facts cannot decide yet' })
  openKnockouts: KnockoutNoteDto[];

  @ApiProperty({ example: 0.8, description: 'Share of the possible points whose facts are known' })
  completeness: number;

  @ApiProperty({ type: [CriterionScoreDto] })
  breakdown: CriterionScoreDto[];
}

export class ScoredProfileDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for criteria sent with the request' })
  id: string | null;

  @ApiProperty({ type: String, nullable: true })
  name: string | null;

  @ApiProperty({ type: String, nullable: true })
  family: string | null;

  @ApiProperty({ type: String, nullable: true })
  level: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The version scored against' })
  version: number | null;

  @ApiProperty({ enum: LANGUAGES })
  language: Language;
}

export class FamilyLevelDto {
  @ApiProperty({ example: 'B' })
  level: string;

  @ApiProperty({ type: ScoredProfileDto })
  profile: ScoredProfileDto;

  @ApiProperty({ type: ScoreResultDto })
  result: ScoreResultDto;
}

export class WhatIfResultDto {
  @ApiProperty({ example: '2026-11-23' })
  referenceDate: string;

  @ApiProperty({ example: 1, description: 'Which version of the scoring rules computed this' })
  rulesVersion: number;

  @ApiPropertyOptional({ type: ScoredProfileDto, description: 'Against one profile or criteria' })
  profile?: ScoredProfileDto;

  @ApiPropertyOptional({ type: ScoreResultDto })
  result?: ScoreResultDto;

  @ApiPropertyOptional({ example: 'Accountmanager', description: 'Against a family' })
  family?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'B', description: 'The highest level eligible for' })
  fitLevel?: string | null;

  @ApiPropertyOptional({ example: 'past bij B met 81; C: 64, knock-out op opleiding; A: 88' })
  summary?: string;

  @ApiPropertyOptional({ type: [FamilyLevelDto], description: 'Every level, lowest first' })
  levels?: FamilyLevelDto[];
}

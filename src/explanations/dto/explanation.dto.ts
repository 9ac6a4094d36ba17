import { ApiProperty } from '@nestjs/swagger';
import { STAGES } from '../../applications/entities/application.entity';
import type { Stage } from '../../applications/entities/application.entity';
import { CRITERION_KINDS } from '../../scoring/profile';
import type { CriterionKind } from '../../scoring/profile';
import type { CriterionStatus } from '../../scoring/score';
import { LANGUAGES } from '../../users/entities/user.entity';
import type { Language } from '../../users/entities/user.entity';
import { Explanation, Requirement, Step, STEPS } from '../explanation';

export class ExplainedCriterionDto {
  @ApiProperty({ enum: CRITERION_KINDS })
  criterion: CriterionKind;

  @ApiProperty({ example: 'Education', description: "In the candidate's language" })
  name: string;

  @ApiProperty({ enum: ['met', 'partial', 'not_met', 'unknown'] })
  outcome: CriterionStatus;

  @ApiProperty({
    enum: ['met', 'not_met', 'open'],
    nullable: true,
    description: 'For a requirement (a knock-out): met, not met, or not decidable yet; null when it is not one',
  })
  requirement: Requirement | null;

  @ApiProperty({ example: 14, description: 'Points earned, of the 100 the criteria share' })
  earned: number;

  @ApiProperty({ example: 20 })
  possible: number;

  @ApiProperty({
    example: 'Here you meet part of what the vacancy asks for. This earned 14 of the 20 points it carries.',
  })
  sentence: string;
}

export class ExplainedDecisionDto {
  @ApiProperty({ format: 'date-time' })
  at: Date;

  @ApiProperty({ enum: STEPS })
  what: Step;

  @ApiProperty({
    enum: ['person', 'system', 'panel'],
    nullable: true,
    description:
      "A person's step, one the system took by the vacancy's rules, or an interview panel's; null for receiving it",
  })
  by: 'person' | 'system' | 'panel' | null;

  @ApiProperty({ enum: STAGES, nullable: true, description: 'Where the step took the application' })
  stage: Stage | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Eerste gesprek',
    description: 'The interview round it concerns',
  })
  round: string | null;

  @ApiProperty({ example: 'The hiring team decided to take your application further, into screening.' })
  sentence: string;
}

export class ScoreProvenanceDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The version of the role profile the score was made against',
  })
  profileVersion: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: "The scoring engine's version; null when the score was made before it was kept",
  })
  engineVersion: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  scoredAt: Date | null;
}

export class ExplanationDto implements Explanation {
  @ApiProperty({ format: 'uuid' })
  applicationId: string;

  @ApiProperty({ enum: LANGUAGES, description: "The candidate's language, which every sentence is in" })
  language: Language;

  @ApiProperty({ example: 'Accountmanager B' })
  vacancyTitle: string;

  @ApiProperty({
    example: 'Your application scored 72.5 out of 100 points and meets every requirement of this vacancy.',
  })
  summary: string;

  @ApiProperty({ type: [ExplainedCriterionDto], description: 'The criteria screened, in the order of every breakdown' })
  criteria: ExplainedCriterionDto[];

  @ApiProperty({
    type: [ExplainedDecisionDto],
    description: "Every step taken on the application, oldest first; reasons' words are left out",
  })
  decisions: ExplainedDecisionDto[];

  @ApiProperty({ type: ScoreProvenanceDto })
  provenance: ScoreProvenanceDto;
}

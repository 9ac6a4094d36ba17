import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Candidate } from '../../candidates/entities/candidate.entity';
import { columnTypes } from '../../database/column-types';
import type { ScoringInput } from '../../scoring/provenance';
import { ScoreResult } from '../../scoring/score';
import { Vacancy } from '../../vacancies/entities/vacancy.entity';

export const STAGES = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * A candidate's application to one vacancy, where it stands, and its
 * screening result. The shortlist sorts and filters on real, indexed columns:
 * `sortKey` folds the standing and the shortlist score into one ascending
 * integer, so one index serves the whole ranking (see shortlist-order.ts).
 */
@Entity('applications')
@Index('UQ_applications_vacancy_candidate', ['vacancyId', 'candidateId'], { unique: true })
@Index('IDX_applications_shortlist', ['vacancyId', 'sortKey', 'appliedAt', 'id'])
@Index('IDX_applications_stage', ['vacancyId', 'stage', 'sortKey', 'appliedAt', 'id'])
@Index('IDX_applications_candidate', ['candidateId'])
@Index('IDX_applications_vacancy', ['vacancyId', 'id'])
@Index('IDX_applications_review', ['vacancyId', 'needsReview', 'stage', 'appliedAt'])
@Index('IDX_applications_report', ['vacancyId', 'appliedAt', 'id', 'source', 'stage', 'eligible'])
export class Application {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_applications' })
  id: string;

  @Column({ name: 'vacancy_id', type: columnTypes.id, length: columnTypes.idLength })
  vacancyId: string;

  @Column({ name: 'candidate_id', type: columnTypes.id, length: columnTypes.idLength })
  candidateId: string;

  @Column({ type: 'varchar', length: 20, default: 'applied' })
  stage: Stage;

  /** The round of the vacancy's plan while the stage is `interview`. */
  @Column({ name: 'round_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  roundId: string | null;

  /** Why it was rejected or withdrawn, or why a recruiter overrode the order. */
  @Column({ name: 'stage_reason', type: 'text', nullable: true })
  stageReason: string | null;

  @Column({ name: 'stage_changed_at', type: columnTypes.timestamp })
  stageChangedAt: Date;

  /** Raised by every change; a change made from an older revision is refused (optimistic locking). */
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  source: string | null;

  @Column({ name: 'applied_at', type: columnTypes.timestamp })
  appliedAt: Date;

  @Column({ name: 'screened_at', type: columnTypes.timestamp, nullable: true })
  screenedAt: Date | null;

  /** Null until screened. */
  @Column({ type: 'boolean', nullable: true })
  eligible: boolean | null;

  /** The screening score in hundredths of a point (0–10,000); null until screened. */
  @Column({ name: 'screening_score', type: 'integer', nullable: true })
  screeningScore: number | null;

  /** The weighted mean of the decided rounds' scores, in hundredths; null until a round is decided. */
  @Column({ name: 'interview_score', type: 'integer', nullable: true })
  interviewScore: number | null;

  /** How many rounds of the plan have a decided interview. */
  @Column({ name: 'rounds_scored', type: 'integer', default: 0 })
  roundsScored: number;

  /** Screening and interview results combined with the vacancy's weights, in hundredths. */
  @Column({ name: 'shortlist_score', type: 'integer', nullable: true })
  shortlistScore: number | null;

  /** How much of the evidence is known, in percent. */
  @Column({ type: 'integer', nullable: true })
  completeness: number | null;

  /** The highest level of the profile's family the candidate is eligible for. */
  @Column({ name: 'fit_level', type: 'varchar', length: 20, nullable: true })
  fitLevel: string | null;

  /** A failed knock-out under the vacancy's "flag" policy, or one the facts cannot decide yet. */
  @Column({ name: 'needs_review', type: 'boolean', default: false })
  needsReview: boolean;

  @Column({ name: 'profile_version', type: 'integer', nullable: true })
  profileVersion: number | null;

  @Column({ name: 'rules_version', type: 'integer', nullable: true })
  rulesVersion: number | null;

  /** The whole screening result: knock-outs and the breakdown with its sentences. */
  @Column({ type: columnTypes.json, nullable: true })
  screening: ScoreResult | null;

  /** The scoring engine's version that made the screening result; null when scored before it was kept. */
  @Column({ name: 'engine_version', type: 'integer', nullable: true })
  engineVersion: number | null;

  /**
   * What the screening result was made from: its reference date and the facts
   * the criteria read, as they were (null when scored before it was kept).
   * Read only to make a score again, so not loaded with the row (`select: false`).
   */
  @Column({ name: 'scoring_input', type: columnTypes.json, nullable: true, select: false })
  scoringInput?: ScoringInput | null;

  @Column({ name: 'sort_key', type: 'integer' })
  sortKey: number;

  @Column({ name: 'updated_at', type: columnTypes.timestamp })
  updatedAt: Date;

  @ManyToOne(() => Vacancy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'FK_applications_vacancy' })
  vacancy: Vacancy;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'FK_applications_candidate' })
  candidate: Candidate;
}

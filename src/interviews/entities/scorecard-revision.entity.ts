import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import type { Recommendation, Rating } from '../../scoring/round-result';
import { Scorecard } from './scorecard.entity';

/** A submitted version of a scorecard: the first submission, or an amendment with its reason. Never changed. */
@Entity('scorecard_revisions')
@Index('UQ_scorecard_revisions_revision', ['scorecardId', 'revision'], { unique: true })
export class ScorecardRevision {
  @PrimaryColumn({
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_scorecard_revisions',
  })
  id: string;

  @Column({ name: 'scorecard_id', type: columnTypes.id, length: columnTypes.idLength })
  scorecardId: string;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: columnTypes.json })
  ratings: Rating[];

  @Column({ type: 'varchar', length: 12 })
  recommendation: Recommendation;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** Why it was amended; null for the first submission. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'submitted_by', type: columnTypes.id, length: columnTypes.idLength })
  submittedBy: string;

  @Column({ name: 'submitted_at', type: columnTypes.timestamp })
  submittedAt: Date;

  @ManyToOne(() => Scorecard, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id', foreignKeyConstraintName: 'FK_scorecard_revisions_scorecard' })
  scorecard: Scorecard;
}

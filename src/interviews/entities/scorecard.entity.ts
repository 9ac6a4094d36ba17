import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import type { Recommendation, Rating } from '../../scoring/round-result';
import { User } from '../../users/entities/user.entity';
import { Interview } from './interview.entity';

export type ScorecardStatus = 'draft' | 'submitted';

/**
 * One interviewer's scorecard for one interview: a draft only they see, then
 * submitted and frozen. The row holds the current version; every submitted
 * version, the first and each amendment, is kept in scorecard_revisions.
 */
@Entity('scorecards')
@Index('UQ_scorecards_interview_interviewer', ['interviewId', 'interviewerId'], { unique: true })
@Index('IDX_scorecards_interviewer', ['interviewerId'])
@Index('IDX_scorecards_submitted', ['submittedAt'])
export class Scorecard {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_scorecards' })
  id: string;

  @Column({ name: 'interview_id', type: columnTypes.id, length: columnTypes.idLength })
  interviewId: string;

  @Column({ name: 'interviewer_id', type: columnTypes.id, length: columnTypes.idLength })
  interviewerId: string;

  @Column({ type: 'varchar', length: 10 })
  status: ScorecardStatus;

  /** 0 while a draft; 1 once submitted; raised by each amendment. */
  @Column({ type: 'integer', default: 0 })
  revision: number;

  @Column({ type: columnTypes.json })
  ratings: Rating[];

  @Column({ type: 'varchar', length: 12, nullable: true })
  recommendation: Recommendation | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** Who entered it for its interviewer, from a paper scorecard; null when the interviewer did. */
  @Column({ name: 'entered_by', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  enteredBy: string | null;

  @Column({ name: 'submitted_at', type: columnTypes.timestamp, nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @Column({ name: 'updated_at', type: columnTypes.timestamp })
  updatedAt: Date;

  @ManyToOne(() => Interview, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id', foreignKeyConstraintName: 'FK_scorecards_interview' })
  interview: Interview;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interviewer_id', foreignKeyConstraintName: 'FK_scorecards_interviewer' })
  interviewer: User;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'entered_by', foreignKeyConstraintName: 'FK_scorecards_entered_by' })
  enterer: User | null;
}

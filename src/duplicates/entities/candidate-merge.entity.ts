import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Candidate } from '../../candidates/entities/candidate.entity';
import { User } from '../../users/entities/user.entity';
import { columnTypes } from '../../database/column-types';

/** A candidate's own fields as plain values. */
export type CandidateSnapshot = Record<string, string | null>;

/** One candidate merged into another: who, when, and what the merged one held, so that nothing is lost. */
@Entity('candidate_merges')
@Index('IDX_candidate_merges_survivor', ['survivorId'])
export class CandidateMerge {
  @PrimaryColumn({
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_candidate_merges',
  })
  id: string;

  @Column({ name: 'survivor_id', type: columnTypes.id, length: columnTypes.idLength })
  survivorId: string;

  @Index('UQ_candidate_merges_merged', { unique: true })
  @Column({ name: 'merged_id', type: columnTypes.id, length: columnTypes.idLength })
  mergedId: string;

  @Column({ name: 'merged_by', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  mergedBy: string | null;

  @Column({ name: 'merged_at', type: columnTypes.timestamp })
  mergedAt: Date;

  /** The merged candidate's own fields as they were. */
  @Column({ name: 'merged_candidate', type: columnTypes.json })
  mergedCandidate: CandidateSnapshot;

  /** The survivor's own fields before the merge chose among them. */
  @Column({ name: 'survivor_before', type: columnTypes.json })
  survivorBefore: CandidateSnapshot;

  /** How many rows of each table (`table.column`) now point at the survivor. */
  @Column({ type: columnTypes.json })
  moved: Record<string, number>;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survivor_id', foreignKeyConstraintName: 'FK_candidate_merges_survivor' })
  survivor?: Candidate;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'merged_id', foreignKeyConstraintName: 'FK_candidate_merges_merged' })
  merged?: Candidate;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_by', foreignKeyConstraintName: 'FK_candidate_merges_user' })
  mergedByUser?: User;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Candidate } from '../../candidates/entities/candidate.entity';
import { User } from '../../users/entities/user.entity';
import { columnTypes } from '../../database/column-types';

/** Two candidates a recruiter said are different people; the pair is stored in id order. */
@Entity('candidate_not_duplicates')
@Index('IDX_candidate_not_duplicates_second', ['secondId'])
export class CandidateNotDuplicate {
  @PrimaryColumn({
    name: 'first_id',
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_candidate_not_duplicates',
  })
  firstId: string;

  @PrimaryColumn({
    name: 'second_id',
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_candidate_not_duplicates',
  })
  secondId: string;

  @Column({ name: 'marked_by', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  markedBy: string | null;

  @Column({ name: 'marked_at', type: columnTypes.timestamp })
  markedAt: Date;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'first_id', foreignKeyConstraintName: 'FK_candidate_not_duplicates_first' })
  first?: Candidate;

  @ManyToOne(() => Candidate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'second_id', foreignKeyConstraintName: 'FK_candidate_not_duplicates_second' })
  second?: Candidate;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'marked_by', foreignKeyConstraintName: 'FK_candidate_not_duplicates_user' })
  markedByUser?: User;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';

export type ErasureSource = 'request' | 'policy';

/** The files an erasure removes once the database's part is committed: CV files by hash, mails' .eml files by id. */
export interface ErasureFiles {
  cvs: string[];
  mails: string[];
}

/**
 * One candidate's erasure, kept so that it can be resumed after a crash and
 * shown afterwards: asked for by the person (`request`) or due under the
 * retention policy (`policy`). One a candidate: asking again answers this.
 * No foreign key, so that a merge never moves it.
 */
@Entity('candidate_erasures')
@Index('UQ_candidate_erasures_candidate', ['candidateId'], { unique: true })
export class CandidateErasure {
  @PrimaryColumn({
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_candidate_erasures',
  })
  id: string;

  @Column({ name: 'candidate_id', type: columnTypes.id, length: columnTypes.idLength })
  candidateId: string;

  @Column({ type: 'varchar', length: 10 })
  source: ErasureSource;

  /** Why: the request's words (a recruiter's, not the person's), or the rule that made it due. */
  @Column({ type: 'text' })
  reason: string;

  /** Null when the retention policy asked for it. */
  @Column({ name: 'requested_by', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  requestedBy: string | null;

  @Column({ name: 'requested_at', type: columnTypes.timestamp })
  requestedAt: Date;

  /** The database's part is committed; what is left are the files. */
  @Column({ name: 'data_erased_at', type: columnTypes.timestamp, nullable: true })
  dataErasedAt: Date | null;

  @Column({ type: columnTypes.json, nullable: true })
  files: ErasureFiles | null;

  @Column({ name: 'completed_at', type: columnTypes.timestamp, nullable: true })
  completedAt: Date | null;
}

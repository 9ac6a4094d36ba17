import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Candidate } from '../../candidates/entities/candidate.entity';
import { columnTypes } from '../../database/column-types';
import type { Vacancy } from '../../vacancies/entities/vacancy.entity';

export type LegalHoldScope = 'candidate' | 'vacancy';

/**
 * A legal hold: while it is not released, nothing of the candidate it names,
 * or of anyone who applied to the vacancy it names, may be erased (GDPR
 * art. 17(3)(e): data needed for legal claims). Exactly one of candidate and
 * vacancy is set. A released hold is kept, with who released it and when.
 */
@Entity('legal_holds')
@Index('IDX_legal_holds_candidate', ['candidateId', 'releasedAt'])
@Index('IDX_legal_holds_vacancy', ['vacancyId', 'releasedAt'])
export class LegalHold {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_legal_holds' })
  id: string;

  @Column({ name: 'candidate_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  candidateId: string | null;

  @Column({ name: 'vacancy_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  vacancyId: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'placed_by', type: columnTypes.id, length: columnTypes.idLength })
  placedBy: string;

  @Column({ name: 'placed_at', type: columnTypes.timestamp })
  placedAt: Date;

  @Column({ name: 'released_by', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  releasedBy: string | null;

  @Column({ name: 'released_at', type: columnTypes.timestamp, nullable: true })
  releasedAt: Date | null;

  // A merge moves a hold to the survivor, as every row naming the merged candidate.
  @ManyToOne('Candidate', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'FK_legal_holds_candidate' })
  candidate?: Candidate;

  @ManyToOne('Vacancy', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'FK_legal_holds_vacancy' })
  vacancy?: Vacancy;
}

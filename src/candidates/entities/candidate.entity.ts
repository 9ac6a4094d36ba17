import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import { Language } from '../../users/entities/user.entity';
import { CandidateFact } from './candidate-fact.entity';

@Entity('candidates')
export class Candidate {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_candidates' })
  id: string;

  @Index('IDX_candidates_name')
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Lower-cased; one person applying twice is one candidate. */
  @Index('UQ_candidates_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  /** The language of mails to this candidate. */
  @Column({ type: 'varchar', length: 2, default: 'en' })
  language: Language;

  /** What the candidate agreed their data may be used for (GDPR article 6 and 7), and when. */
  @Column({ name: 'consent_purpose', type: 'varchar', length: 200, nullable: true })
  consentPurpose: string | null;

  @Column({ name: 'consent_at', type: columnTypes.timestamp, nullable: true })
  consentAt: Date | null;

  /** Where the candidate came from: a job board, a referral, an import. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  source: string | null;

  /** The phone and name normalised (src/duplicates/match-keys.ts), kept on every write to find duplicates by index. */
  @Index('IDX_candidates_phone_key')
  @Column({ name: 'phone_key', type: 'varchar', length: 20, nullable: true })
  phoneKey: string | null;

  @Index('IDX_candidates_name_key')
  @Column({ name: 'name_key', type: 'varchar', length: 200, nullable: true })
  nameKey: string | null;

  /** Set when this candidate was merged into another: a tombstone that points at the survivor. */
  @Index('IDX_candidates_merged_into')
  @Column({ name: 'merged_into_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  mergedIntoId: string | null;

  /** Set when the candidate's personal data was erased (on request or by the retention policy): what is left is anonymous. */
  @Column({ name: 'erased_at', type: columnTypes.timestamp, nullable: true })
  erasedAt: Date | null;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @Column({ name: 'updated_at', type: columnTypes.timestamp })
  updatedAt: Date;

  @OneToMany(() => CandidateFact, (fact) => fact.candidate)
  facts: CandidateFact[];

  @ManyToOne(() => Candidate, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'FK_candidates_merged_into' })
  mergedInto?: Candidate;
}

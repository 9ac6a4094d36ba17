import { Column, Entity, Index, OneToMany, PrimaryColumn } from 'typeorm';
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

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @Column({ name: 'updated_at', type: columnTypes.timestamp })
  updatedAt: Date;

  @OneToMany(() => CandidateFact, (fact) => fact.candidate)
  facts: CandidateFact[];
}

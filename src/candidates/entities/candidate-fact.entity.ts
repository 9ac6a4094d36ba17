import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import type { CvDocument } from '../../cvs/entities/cv-document.entity';
import type { Candidate } from './candidate.entity';

export type FactKind =
  'education' | 'work' | 'client_base' | 'competency' | 'certification' | 'language' | 'course' | 'skill';
export const FACT_KINDS: FactKind[] = [
  'education',
  'work',
  'client_base',
  'competency',
  'certification',
  'language',
  'course',
  'skill',
];

/** Facts are flat records of plain values; their shape per kind lives in dto/fact-data.dto.ts. */
export type FactData = Record<string, string | number | boolean | null>;

export type FactSource = 'cv' | 'recruiter' | 'candidate';
export const FACT_SOURCES: FactSource[] = ['cv', 'recruiter', 'candidate'];

/** One thing known about a candidate, where it came from, and whether a recruiter confirmed it. */
@Entity('candidate_facts')
@Index('IDX_candidate_facts_candidate', ['candidateId', 'kind'])
@Index('IDX_candidate_facts_unconfirmed', ['source', 'confirmed', 'candidateId', 'createdAt'])
@Index('IDX_candidate_facts_unconfirmed_newest', ['source', 'confirmed', 'createdAt', 'candidateId'])
export class CandidateFact {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_candidate_facts' })
  id: string;

  @Column({ name: 'candidate_id', type: columnTypes.id, length: columnTypes.idLength })
  candidateId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: FactKind;

  /** The fact itself; its shape depends on the kind and is validated on the way in. */
  @Column({ type: columnTypes.json })
  data: FactData;

  @Column({ type: 'varchar', length: 10 })
  source: FactSource;

  @Column({ type: 'boolean', default: false })
  confirmed: boolean;

  @Column({ name: 'confirmed_by', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  confirmedBy: string | null;

  @Column({ name: 'confirmed_at', type: columnTypes.timestamp, nullable: true })
  confirmedAt: Date | null;

  /** A recruiter changed what was proposed (from a CV or by the candidate). */
  @Column({ type: 'boolean', default: false })
  corrected: boolean;

  /** The CV the fact was read from, and where in its text. */
  @Column({ name: 'cv_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  cvId: string | null;

  @Column({ name: 'span_start', type: 'integer', nullable: true })
  spanStart: number | null;

  @Column({ name: 'span_end', type: 'integer', nullable: true })
  spanEnd: number | null;

  /** The CV's words the fact rests on, kept so they stay readable without the whole text. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  evidence: string | null;

  /** How sure the CV reader was, 0 to 1; null for facts a person entered. */
  @Column({ type: 'real', nullable: true })
  confidence: number | null;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @Column({ name: 'updated_at', type: columnTypes.timestamp })
  updatedAt: Date;

  @ManyToOne('Candidate', (candidate: Candidate) => candidate.facts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'FK_candidate_facts_candidate' })
  candidate: Candidate;

  @ManyToOne('CvDocument', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cv_id', foreignKeyConstraintName: 'FK_candidate_facts_cv' })
  cv?: CvDocument;
}

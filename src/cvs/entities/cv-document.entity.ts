import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Candidate } from '../../candidates/entities/candidate.entity';
import { columnTypes } from '../../database/column-types';
import type { CvFormat } from '../files/types';

/** How far reading a CV got: its text read and facts proposed, or a scan without text. */
export type CvReadStatus = 'read' | 'no_text';

/** One CV file a candidate sent: the original is on disk under its SHA-256, its text is here. */
@Entity('cv_documents')
@Index('UQ_cv_documents_candidate_sha256', ['candidateId', 'sha256'], { unique: true })
export class CvDocument {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_cv_documents' })
  id: string;

  @Column({ name: 'candidate_id', type: columnTypes.id, length: columnTypes.idLength })
  candidateId: string;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 12 })
  format: CvFormat;

  /** The name it was uploaded under, for the download; never used to decide its type. */
  @Column({ name: 'file_name', type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'integer', nullable: true })
  pages: number | null;

  /** nl, et or en as detected; null when the text says too little. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  language: string | null;

  @Column({ type: 'varchar', length: 10 })
  status: CvReadStatus;

  /** The text facts were read from; every proposed fact's span points into it. */
  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'uploaded_by', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  uploadedBy: string | null;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @ManyToOne('Candidate', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'FK_cv_documents_candidate' })
  candidate?: Candidate;
}

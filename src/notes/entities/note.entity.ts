import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Application } from '../../applications/entities/application.entity';
import type { Candidate } from '../../candidates/entities/candidate.entity';
import type { User } from '../../users/entities/user.entity';
import { columnTypes } from '../../database/column-types';

/** The longest note a colleague may write: a few paragraphs, not a report. */
export const NOTE_MAX_LENGTH = 4000;

/** A colleague's note on a candidate, perhaps about one application, with the colleagues it named. */
@Entity('candidate_notes')
@Index('IDX_candidate_notes_candidate', ['candidateId', 'createdAt'])
export class Note {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_candidate_notes' })
  id: string;

  @Column({ name: 'candidate_id', type: columnTypes.id, length: columnTypes.idLength })
  candidateId: string;

  @Column({ name: 'application_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  applicationId: string | null;

  @Column({ name: 'author_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  authorId: string | null;

  /** Plain text, as typed. */
  @Column({ type: 'text' })
  text: string;

  /** The ids of the colleagues the note named with an @, each of whom was mailed. */
  @Column({ type: columnTypes.json })
  mentions: string[];

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @ManyToOne('Candidate', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'FK_candidate_notes_candidate' })
  candidate?: Candidate;

  @ManyToOne('Application', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_candidate_notes_application' })
  application?: Application;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_candidate_notes_author' })
  author?: User;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Application } from '../../applications/entities/application.entity';
import { columnTypes } from '../../database/column-types';
import type { QuestionSetKey } from '../question-sets';

/** How an answer reached Sift: the applicant's own link, a paper form a recruiter typed in, or an import. */
export const ENTRY_ROUTES = ['applicant', 'paper_form', 'import'] as const;
export type EntryRoute = (typeof ENTRY_ROUTES)[number];

/**
 * One applicant's answer to one equal-opportunity question (or that they
 * declined it), with the version of the consent text it was given under.
 * Only the fairness module reads it, and only to count: no page or response
 * about a person shows it (test/fairness-isolation.spec.ts).
 */
@Entity('self_identifications')
@Index('UQ_self_identifications_answer', ['applicationId', 'questionSet', 'question'], { unique: true })
@Index('IDX_self_identifications_report', ['questionSet', 'question', 'applicationId', 'answer'])
export class SelfIdentification {
  @PrimaryColumn({
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_self_identifications',
  })
  id: string;

  @Column({ name: 'application_id', type: columnTypes.id, length: columnTypes.idLength })
  applicationId: string;

  @Column({ name: 'question_set', type: 'varchar', length: 20 })
  questionSet: QuestionSetKey;

  @Column({ type: 'varchar', length: 40 })
  question: string;

  @Column({ type: 'varchar', length: 40 })
  answer: string;

  @Column({ name: 'consent_version', type: 'varchar', length: 20 })
  consentVersion: string;

  @Column({ name: 'consented_at', type: columnTypes.timestamp })
  consentedAt: Date;

  @Column({ name: 'entered_via', type: 'varchar', length: 20 })
  enteredVia: EntryRoute;

  /** The user who typed it in from a paper form or imported it; null when the applicant answered. */
  @Column({ name: 'entered_by', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  enteredBy: string | null;

  @ManyToOne('Application', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_self_identifications_application' })
  application?: Application;
}

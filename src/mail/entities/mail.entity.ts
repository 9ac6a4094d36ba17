import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Application } from '../../applications/entities/application.entity';
import type { Candidate } from '../../candidates/entities/candidate.entity';
import { columnTypes } from '../../database/column-types';
import type { Language, User } from '../../users/entities/user.entity';
import type { MailTemplateName } from '../mail-catalogue';

/**
 * - queued: recorded with its change, not yet sent (or waiting for another attempt)
 * - sending: an attempt is under way; a mail still `sending` after a crash may
 *   have reached the server, and is sent again with the same Message-ID
 * - sent: the SMTP server (or the outbox folder) took it
 * - failed: every attempt failed; `error` says why
 * - skipped: by the time it was due it no longer applied (the application
 *   was taken out of "rejected", the recipient is gone); `error` says why
 */
export type MailStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'skipped';

/** One mail to one recipient: what it is about, and what became of it. */
@Entity('mails')
@Index('IDX_mails_application', ['applicationId', 'createdAt'])
@Index('IDX_mails_candidate', ['candidateId'])
@Index('IDX_mails_status', ['status', 'createdAt'])
@Index('IDX_mails_sent', ['sentAt'])
@Index('IDX_mails_created', ['createdAt', 'id'])
@Index('IDX_mails_user', ['userId', 'template', 'createdAt'])
export class Mail {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_mails' })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  template: MailTemplateName;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ name: 'application_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  applicationId: string | null;

  /** Set for mails to a candidate. */
  @Column({ name: 'candidate_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  candidateId: string | null;

  /** Set for mails to a user of Sift (an interviewer, a hiring manager). */
  @Column({ name: 'user_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  userId: string | null;

  @Column({ name: 'to_name', type: 'varchar', length: 200 })
  toName: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress: string;

  /** What the mail says that must not change before it goes: an interview's time and sequence, a recruiter's words. */
  @Column({ type: columnTypes.json })
  context: Record<string, unknown>;

  @Column({ type: 'varchar', length: 10 })
  status: MailStatus;

  /** Filled in when it is written out, for the timeline. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  subject: string | null;

  @Column({ name: 'message_id', type: 'varchar', length: 200, nullable: true })
  messageId: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** The recruiter who sent it by hand; null for the mails Sift sends itself. */
  @Column({ name: 'sent_by', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  sentBy: string | null;

  /** When it is due: a rejection waits for the vacancy's delay. */
  @Column({ name: 'send_after', type: columnTypes.timestamp })
  sendAfter: Date;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @Column({ name: 'sent_at', type: columnTypes.timestamp, nullable: true })
  sentAt: Date | null;

  @ManyToOne('Application', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_mails_application' })
  application?: Application;

  @ManyToOne('Candidate', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'FK_mails_candidate' })
  candidate?: Candidate;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_mails_user' })
  user?: User;
}

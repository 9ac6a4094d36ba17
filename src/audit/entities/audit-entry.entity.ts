import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';

/**
 * One line of the audit trail. Written once, in the transaction of the change
 * it records; the database refuses to update it, and to delete it except by
 * the retention job. Personal values in `details` are references to
 * `audit_personal_values`, so that erasing a person leaves the chain whole.
 */
@Entity('audit_entries')
@Index('IDX_audit_entries_at', ['at'])
@Index('IDX_audit_entries_actor', ['actorId', 'seq'])
@Index('IDX_audit_entries_candidate', ['candidateId', 'seq'])
@Index('IDX_audit_entries_vacancy', ['vacancyId', 'seq'])
@Index('IDX_audit_entries_action', ['action', 'seq'])
export class AuditEntry {
  /** 1, 2, 3, … with no gaps: a gap is a removed entry. */
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_audit_entries' })
  seq: number;

  @Column({ type: columnTypes.timestamp })
  at: Date;

  /** Null when Sift acted by itself (a job, a policy). */
  @Column({ name: 'actor_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  actorId: string | null;

  /** The actor's roles at the time, comma-separated. */
  @Column({ name: 'actor_roles', type: 'varchar', length: 120 })
  actorRoles: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 30 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 64, nullable: true })
  subjectId: string | null;

  @Column({ name: 'candidate_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  candidateId: string | null;

  @Column({ name: 'vacancy_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  vacancyId: string | null;

  /** JSON: before and after values, or what was read. */
  @Column({ type: 'text' })
  details: string;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import type { Application, Stage } from './application.entity';
import type { AdviceBreach } from '../decision-advice';

export const DECISIONS = ['advance', 'hold', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

/** A move of an application: who, when, from, to, why. Never changed once written. */
@Entity('application_events')
@Index('UQ_application_events_revision', ['applicationId', 'revision'], { unique: true })
@Index('IDX_application_events_created', ['createdAt'])
@Index('IDX_application_events_stays', ['applicationId', 'revision', 'fromStage', 'toStage', 'createdAt'])
export class ApplicationEvent {
  @PrimaryColumn({
    type: columnTypes.id,
    length: columnTypes.idLength,
    primaryKeyConstraintName: 'PK_application_events',
  })
  id: string;

  @Column({ name: 'application_id', type: columnTypes.id, length: columnTypes.idLength })
  applicationId: string;

  /** Null for the event that created the application. */
  /** The application's revision this event made: events are ordered by it, one per revision. */
  @Column({ type: 'integer' })
  revision: number;

  @Column({ name: 'from_stage', type: 'varchar', length: 20, nullable: true })
  fromStage: Stage | null;

  @Column({ name: 'from_round_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  fromRoundId: string | null;

  @Column({ name: 'to_stage', type: 'varchar', length: 20 })
  toStage: Stage;

  @Column({ name: 'to_round_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  toRoundId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** A hiring manager's decision that made this event; a hold is one whose stage stays the same. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  decision: Decision | null;

  /** The screening advice the move went against, kept beside its reason; null when it followed the advice. */
  @Column({ type: columnTypes.json, nullable: true })
  advice: AdviceBreach | null;

  /** The move skipped the order, on a recruiter's explicit say. */
  @Column({ type: 'boolean', default: false })
  override: boolean;

  /** Null when Sift made the move itself (a knock-out under the "reject" policy). */
  @Column({ name: 'actor_id', type: columnTypes.id, length: columnTypes.idLength, nullable: true })
  actorId: string | null;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @ManyToOne('Application', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'FK_application_events_application' })
  application: Application;
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';
import type { JobName } from '../job-catalogue';

/**
 * - queued: recorded, not yet taken: waiting for its time (run_at) on the
 *   database queue, or waiting to be handed to Redis
 * - running: taken by a process, which holds it until `locked_until`
 * - completed, failed: done, or given up on after its last attempt
 * - handed_over: in Redis; from there on BullMQ keeps its state
 */
export type JobState = 'queued' | 'running' | 'completed' | 'failed' | 'handed_over';

/**
 * A background job: the outbox every job is recorded in, in the same
 * transaction as the change it belongs to, and the queue itself when Sift
 * runs without Redis.
 */
@Entity('jobs')
@Index('IDX_jobs_state_run_at', ['state', 'runAt'])
@Index('IDX_jobs_dedupe_key', ['dedupeKey'])
export class Job {
  @PrimaryColumn({ type: columnTypes.id, length: columnTypes.idLength, primaryKeyConstraintName: 'PK_jobs' })
  id: string;

  @Column({ type: 'varchar', length: 60 })
  name: JobName;

  @Column({ type: columnTypes.json })
  payload: Record<string, unknown>;

  @Column({ type: 'varchar', length: 12 })
  state: JobState;

  /** A job still queued under the same key is not queued twice. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'max_attempts', type: 'integer' })
  maxAttempts: number;

  /** Not before: a delayed job's time, or a retry's after backing off. */
  @Column({ name: 'run_at', type: columnTypes.timestamp })
  runAt: Date;

  /** A running job whose process stops renewing this is taken up again. */
  @Column({ name: 'locked_until', type: columnTypes.timestamp, nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'locked_by', type: 'varchar', length: 100, nullable: true })
  lockedBy: string | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'created_at', type: columnTypes.timestamp })
  createdAt: Date;

  @Column({ name: 'updated_at', type: columnTypes.timestamp })
  updatedAt: Date;

  @Column({ name: 'finished_at', type: columnTypes.timestamp, nullable: true })
  finishedAt: Date | null;
}

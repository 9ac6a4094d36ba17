import { Column, Entity, PrimaryColumn } from 'typeorm';
import { columnTypes } from '../../database/column-types';

/** A period's run of periodic work, claimed by the first process whose time came (ScheduledRunsRepository). */
@Entity('scheduled_runs')
export class ScheduledRun {
  /** The job and its period, such as `audit.prune:2026-12-07`. */
  @PrimaryColumn({ name: 'run_key', type: 'varchar', length: 200, primaryKeyConstraintName: 'PK_scheduled_runs' })
  runKey: string;

  @Column({ name: 'claimed_at', type: columnTypes.timestamp })
  claimedAt: Date;

  /** The host and process that claimed it, for an operator reading the table. */
  @Column({ name: 'claimed_by', type: 'varchar', length: 100 })
  claimedBy: string;
}

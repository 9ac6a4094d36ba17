import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnsFor } from './helpers';

/**
 * Claims of periodic work: one row per job and period (`audit.prune:2026-12-07`),
 * inserted by the first process whose time came; the primary key lets only
 * one insert win, so the daily jobs are queued once however many workers run.
 */
export class AddScheduledRuns1795670000000 implements MigrationInterface {
  name = 'AddScheduledRuns1795670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'scheduled_runs',
        columns: [
          { ...c.varchar('run_key', 200), isPrimary: true, primaryKeyConstraintName: 'PK_scheduled_runs' },
          c.timestamp('claimed_at'),
          c.varchar('claimed_by', 100),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('scheduled_runs');
  }
}

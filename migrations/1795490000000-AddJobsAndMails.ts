import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { columnsFor } from './helpers';

/** The jobs outbox (and queue, without Redis), every mail sent, and a vacancy's delay before rejection mails. */
export class AddJobsAndMails1795490000000 implements MigrationInterface {
  name = 'AddJobsAndMails1795490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'jobs',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_jobs' },
          c.varchar('name', 60),
          c.json('payload'),
          c.varchar('state', 12),
          c.varchar('dedupe_key', 200, true),
          { ...c.integer('attempts'), default: 0 },
          c.integer('max_attempts'),
          c.timestamp('run_at'),
          c.timestamp('locked_until', true),
          c.varchar('locked_by', 100, true),
          c.text('last_error', true),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
          c.timestamp('finished_at', true),
        ],
        indices: [
          { name: 'IDX_jobs_state_run_at', columnNames: ['state', 'run_at'] },
          { name: 'IDX_jobs_dedupe_key', columnNames: ['dedupe_key'] },
        ],
      }),
    );
    const cascade = (name: string, column: string, table: string) => ({
      name,
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    });
    await queryRunner.createTable(
      new Table({
        name: 'mails',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_mails' },
          c.varchar('template', 40),
          c.varchar('language', 2),
          c.id('application_id', true),
          c.id('candidate_id', true),
          c.id('user_id', true),
          c.varchar('to_name', 200),
          c.varchar('to_address', 254),
          c.json('context'),
          c.varchar('status', 10),
          c.varchar('subject', 500, true),
          c.varchar('message_id', 200, true),
          { ...c.integer('attempts'), default: 0 },
          c.text('error', true),
          c.id('sent_by', true),
          c.timestamp('send_after'),
          c.timestamp('created_at'),
          c.timestamp('sent_at', true),
        ],
        indices: [
          { name: 'IDX_mails_application', columnNames: ['application_id', 'created_at'] },
          { name: 'IDX_mails_candidate', columnNames: ['candidate_id'] },
        ],
        foreignKeys: [
          cascade('FK_mails_application', 'application_id', 'applications'),
          cascade('FK_mails_candidate', 'candidate_id', 'candidates'),
          cascade('FK_mails_user', 'user_id', 'users'),
        ],
      }),
    );
    await queryRunner.addColumn(
      'vacancies',
      new TableColumn({ ...c.integer('rejection_mail_delay_hours', true), default: 48 }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('vacancies', 'rejection_mail_delay_hours');
    await queryRunner.dropTable('mails');
    await queryRunner.dropTable('jobs');
  }
}

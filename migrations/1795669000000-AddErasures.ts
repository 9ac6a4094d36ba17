import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { columnsFor } from './helpers';

/**
 * Erasure: when a candidate's personal data was erased, and a record of
 * each erasure (asked for by the person, or by the retention policy) that
 * a crash can resume from: whether the database's part is done, the files
 * still to remove, and when it was finished.
 */
export class AddErasures1795669000000 implements MigrationInterface {
  name = 'AddErasures1795669000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumn('candidates', new TableColumn(c.timestamp('erased_at', true)));
    await queryRunner.createTable(
      new Table({
        name: 'candidate_erasures',
        columns: [
          { ...c.id('id'), isPrimary: true, primaryKeyConstraintName: 'PK_candidate_erasures' },
          c.id('candidate_id'),
          c.varchar('source', 10),
          c.text('reason'),
          c.id('requested_by', true),
          c.timestamp('requested_at'),
          c.timestamp('data_erased_at', true),
          c.json('files', true),
          c.timestamp('completed_at', true),
        ],
        indices: [{ name: 'UQ_candidate_erasures_candidate', columnNames: ['candidate_id'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('candidate_erasures');
    await queryRunner.dropColumn('candidates', 'erased_at');
  }
}

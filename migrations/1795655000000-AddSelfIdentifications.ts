import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnsFor } from './helpers';

/**
 * Applicants' voluntary answers to equal-opportunity questions, one row a
 * question, apart from everything that scores or shows an applicant: only the
 * fairness module reads this table, and only to count.
 */
export class AddSelfIdentifications1795655000000 implements MigrationInterface {
  name = 'AddSelfIdentifications1795655000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'self_identifications',
        columns: [
          { ...c.id('id'), isPrimary: true, primaryKeyConstraintName: 'PK_self_identifications' },
          c.id('application_id'),
          c.varchar('question_set', 20),
          c.varchar('question', 40),
          c.varchar('answer', 40),
          c.varchar('consent_version', 20),
          c.timestamp('consented_at'),
          c.varchar('entered_via', 20),
          c.id('entered_by', true),
        ],
        indices: [
          {
            name: 'UQ_self_identifications_answer',
            columnNames: ['application_id', 'question_set', 'question'],
            isUnique: true,
          },
          {
            name: 'IDX_self_identifications_report',
            columnNames: ['question_set', 'question', 'application_id', 'answer'],
          },
        ],
        foreignKeys: [
          {
            name: 'FK_self_identifications_application',
            columnNames: ['application_id'],
            referencedTableName: 'applications',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('self_identifications');
  }
}

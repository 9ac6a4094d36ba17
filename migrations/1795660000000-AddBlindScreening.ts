import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { columnsFor } from './helpers';

/**
 * Blind screening: the stage until which a vacancy hides who its applicants
 * are from hiring managers and panels, and each time a recruiter unblinded
 * an application, with who and why.
 */
export class AddBlindScreening1795660000000 implements MigrationInterface {
  name = 'AddBlindScreening1795660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumn('vacancies', new TableColumn(c.varchar('blind_until', 20, true)));
    await queryRunner.createTable(
      new Table({
        name: 'application_unblindings',
        columns: [
          { ...c.id('id'), isPrimary: true, primaryKeyConstraintName: 'PK_application_unblindings' },
          c.id('application_id'),
          c.id('user_id'),
          c.text('reason'),
          c.timestamp('created_at'),
        ],
        indices: [
          { name: 'IDX_application_unblindings_user', columnNames: ['application_id', 'user_id', 'created_at'] },
        ],
        foreignKeys: [
          {
            name: 'FK_application_unblindings_application',
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
    await queryRunner.dropTable('application_unblindings');
    await queryRunner.dropColumn('vacancies', 'blind_until');
  }
}

import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnsFor } from './helpers';

/**
 * Legal holds: a candidate, or every applicant of a vacancy, kept from
 * erasure while a legal claim needs their data, with why, who placed the
 * hold and when, and who released it and when.
 */
export class AddLegalHolds1795668000000 implements MigrationInterface {
  name = 'AddLegalHolds1795668000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'legal_holds',
        columns: [
          { ...c.id('id'), isPrimary: true, primaryKeyConstraintName: 'PK_legal_holds' },
          c.id('candidate_id', true),
          c.id('vacancy_id', true),
          c.text('reason'),
          c.id('placed_by'),
          c.timestamp('placed_at'),
          c.id('released_by', true),
          c.timestamp('released_at', true),
        ],
        indices: [
          { name: 'IDX_legal_holds_candidate', columnNames: ['candidate_id', 'released_at'] },
          { name: 'IDX_legal_holds_vacancy', columnNames: ['vacancy_id', 'released_at'] },
        ],
        foreignKeys: [
          {
            name: 'FK_legal_holds_candidate',
            columnNames: ['candidate_id'],
            referencedTableName: 'candidates',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_legal_holds_vacancy',
            columnNames: ['vacancy_id'],
            referencedTableName: 'vacancies',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('legal_holds');
  }
}

import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey } from 'typeorm';
import { columnsFor } from './helpers';

/** CV files with their text, and where each fact read from one came from. */
export class AddCvDocuments1795470000000 implements MigrationInterface {
  name = 'AddCvDocuments1795470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'cv_documents',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_cv_documents' },
          c.id('candidate_id'),
          c.varchar('sha256', 64),
          c.varchar('format', 12),
          c.varchar('file_name', 255, true),
          c.integer('size_bytes'),
          c.integer('pages', true),
          c.varchar('language', 2, true),
          c.varchar('status', 10),
          c.text('text'),
          c.id('uploaded_by', true),
          c.timestamp('created_at'),
        ],
        indices: [
          { name: 'UQ_cv_documents_candidate_sha256', columnNames: ['candidate_id', 'sha256'], isUnique: true },
        ],
        foreignKeys: [
          {
            name: 'FK_cv_documents_candidate',
            columnNames: ['candidate_id'],
            referencedTableName: 'candidates',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.addColumns('candidate_facts', [
      new TableColumn({ ...c.boolean('corrected'), default: c.booleanDefault(false) }),
      new TableColumn(c.id('cv_id', true)),
      new TableColumn(c.integer('span_start', true)),
      new TableColumn(c.integer('span_end', true)),
      new TableColumn(c.varchar('evidence', 1000, true)),
      new TableColumn({ name: 'confidence', type: 'real', isNullable: true }),
    ]);
    await queryRunner.createForeignKey(
      'candidate_facts',
      new TableForeignKey({
        name: 'FK_candidate_facts_cv',
        columnNames: ['cv_id'],
        referencedTableName: 'cv_documents',
        referencedColumnNames: ['id'],
        onDelete: 'SET NULL',
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropForeignKey('candidate_facts', 'FK_candidate_facts_cv');
    for (const column of ['confidence', 'evidence', 'span_end', 'span_start', 'cv_id', 'corrected'])
      await queryRunner.dropColumn('candidate_facts', column);
    await queryRunner.dropTable('cv_documents');
  }
}

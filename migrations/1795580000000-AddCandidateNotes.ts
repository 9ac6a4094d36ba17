import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnsFor } from './helpers';

/** Colleagues' notes on a candidate, perhaps about one application, with the colleagues each named. */
export class AddCandidateNotes1795580000000 implements MigrationInterface {
  name = 'AddCandidateNotes1795580000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'candidate_notes',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_candidate_notes' },
          c.id('candidate_id'),
          c.id('application_id', true),
          c.id('author_id', true),
          c.text('text'),
          c.json('mentions'),
          c.timestamp('created_at'),
        ],
        indices: [{ name: 'IDX_candidate_notes_candidate', columnNames: ['candidate_id', 'created_at'] }],
        foreignKeys: [
          {
            name: 'FK_candidate_notes_candidate',
            columnNames: ['candidate_id'],
            referencedTableName: 'candidates',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_candidate_notes_application',
            columnNames: ['application_id'],
            referencedTableName: 'applications',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
          {
            name: 'FK_candidate_notes_author',
            columnNames: ['author_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('candidate_notes');
  }
}

import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import { nameKey, phoneKey } from '../src/duplicates/match-keys';
import { columnsFor } from './helpers';

/**
 * Possible duplicate candidates found by index rather than by reading them all:
 * a normalised phone and name on every candidate (filled here for those that
 * exist), the pairs a recruiter said are not duplicates, and merges with what
 * the merged candidate held, its row kept as a tombstone pointing at the survivor.
 */
export class AddCandidateDuplicates1795585000000 implements MigrationInterface {
  name = 'AddCandidateDuplicates1795585000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumns('candidates', [
      new TableColumn(c.varchar('phone_key', 20, true)),
      new TableColumn(c.varchar('name_key', 200, true)),
      new TableColumn(c.id('merged_into_id', true)),
    ]);
    await queryRunner.createForeignKey(
      'candidates',
      new TableForeignKey({
        name: 'FK_candidates_merged_into',
        columnNames: ['merged_into_id'],
        referencedTableName: 'candidates',
        referencedColumnNames: ['id'],
        onDelete: 'SET NULL',
      }),
    );
    await queryRunner.createIndex(
      'candidates',
      new TableIndex({ name: 'IDX_candidates_phone_key', columnNames: ['phone_key'] }),
    );
    await queryRunner.createIndex(
      'candidates',
      new TableIndex({ name: 'IDX_candidates_name_key', columnNames: ['name_key'] }),
    );
    // A merge re-points the tombstones of the merged candidate: found by index, not by reading all candidates.
    await queryRunner.createIndex(
      'candidates',
      new TableIndex({ name: 'IDX_candidates_merged_into', columnNames: ['merged_into_id'] }),
    );

    const references = (name: string, column: string, table: string, onDelete: string) => ({
      name,
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete,
    });
    await queryRunner.createTable(
      new Table({
        name: 'candidate_merges',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_candidate_merges' },
          c.id('survivor_id'),
          c.id('merged_id'),
          c.id('merged_by', true),
          c.timestamp('merged_at'),
          c.json('merged_candidate'),
          c.json('survivor_before'),
          c.json('moved'),
        ],
        indices: [
          // A candidate is merged away once: of two merges racing, the second fails here if not before.
          { name: 'UQ_candidate_merges_merged', columnNames: ['merged_id'], isUnique: true },
          { name: 'IDX_candidate_merges_survivor', columnNames: ['survivor_id'] },
        ],
        foreignKeys: [
          references('FK_candidate_merges_survivor', 'survivor_id', 'candidates', 'CASCADE'),
          references('FK_candidate_merges_merged', 'merged_id', 'candidates', 'CASCADE'),
          references('FK_candidate_merges_user', 'merged_by', 'users', 'SET NULL'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'candidate_not_duplicates',
        columns: [
          { ...c.id('first_id'), isPrimary: true, primaryKeyConstraintName: 'PK_candidate_not_duplicates' },
          { ...c.id('second_id'), isPrimary: true, primaryKeyConstraintName: 'PK_candidate_not_duplicates' },
          c.id('marked_by', true),
          c.timestamp('marked_at'),
        ],
        indices: [{ name: 'IDX_candidate_not_duplicates_second', columnNames: ['second_id'] }],
        foreignKeys: [
          references('FK_candidate_not_duplicates_first', 'first_id', 'candidates', 'CASCADE'),
          references('FK_candidate_not_duplicates_second', 'second_id', 'candidates', 'CASCADE'),
          references('FK_candidate_not_duplicates_user', 'marked_by', 'users', 'SET NULL'),
        ],
      }),
    );
    await fillKeys(queryRunner, c.dialect === 'postgres');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('candidate_not_duplicates');
    await queryRunner.dropTable('candidate_merges');
    await queryRunner.dropIndex('candidates', 'IDX_candidates_merged_into');
    await queryRunner.dropIndex('candidates', 'IDX_candidates_name_key');
    await queryRunner.dropIndex('candidates', 'IDX_candidates_phone_key');
    await queryRunner.dropForeignKey('candidates', 'FK_candidates_merged_into');
    for (const column of ['merged_into_id', 'name_key', 'phone_key'])
      await queryRunner.dropColumn('candidates', column);
  }
}

/** The keys of the candidates that exist, a batch at a time in id order. */
async function fillKeys(queryRunner: QueryRunner, postgres: boolean): Promise<void> {
  const $ = (n: number) => (postgres ? `$${n}` : '?');
  let after: string | null = null;
  for (;;) {
    const rows: { id: string; name: string; phone: string | null; language: string | null }[] = await queryRunner.query(
      `SELECT id, name, phone, language FROM candidates ${after ? `WHERE id > ${$(1)}` : ''} ORDER BY id LIMIT 500`,
      after ? [after] : [],
    );
    if (rows.length === 0) return;
    for (const row of rows) {
      await queryRunner.query(`UPDATE candidates SET phone_key = ${$(1)}, name_key = ${$(2)} WHERE id = ${$(3)}`, [
        phoneKey(row.phone, row.language),
        nameKey(row.name),
        row.id,
      ]);
    }
    after = rows[rows.length - 1].id;
  }
}

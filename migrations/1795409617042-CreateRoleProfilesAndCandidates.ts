import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnsFor } from './helpers';

export class CreateRoleProfilesAndCandidates1795409617042 implements MigrationInterface {
  name = 'CreateRoleProfilesAndCandidates1795409617042';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'role_profiles',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_role_profiles' },
          c.varchar('name', 200),
          c.varchar('family', 100, true),
          c.varchar('level', 20, true),
          c.varchar('language', 2),
          { ...c.varchar('status', 10), default: "'active'" },
          c.varchar('template_key', 60, true),
          { ...c.integer('current_version'), default: 1 },
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [
          { name: 'IDX_role_profiles_family', columnNames: ['family', 'level'] },
          { name: 'UQ_role_profiles_template_key', columnNames: ['template_key'], isUnique: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'role_profile_versions',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_role_profile_versions' },
          c.id('profile_id'),
          c.integer('version'),
          c.json('criteria'),
          c.timestamp('used_at', true),
          c.id('created_by', true),
          c.timestamp('created_at'),
        ],
        indices: [{ name: 'UQ_role_profile_versions_version', columnNames: ['profile_id', 'version'], isUnique: true }],
        foreignKeys: [
          {
            name: 'FK_role_profile_versions_profile',
            columnNames: ['profile_id'],
            referencedTableName: 'role_profiles',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'candidates',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_candidates' },
          c.varchar('name', 200),
          c.varchar('email', 254),
          c.varchar('phone', 40, true),
          c.varchar('location', 200, true),
          { ...c.varchar('language', 2), default: "'en'" },
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [
          { name: 'UQ_candidates_email', columnNames: ['email'], isUnique: true },
          { name: 'IDX_candidates_name', columnNames: ['name'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'candidate_facts',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_candidate_facts' },
          c.id('candidate_id'),
          c.varchar('kind', 20),
          c.json('data'),
          c.varchar('source', 10),
          { ...c.boolean('confirmed'), default: c.booleanDefault(false) },
          c.id('confirmed_by', true),
          c.timestamp('confirmed_at', true),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [{ name: 'IDX_candidate_facts_candidate', columnNames: ['candidate_id', 'kind'] }],
        foreignKeys: [
          {
            name: 'FK_candidate_facts_candidate',
            columnNames: ['candidate_id'],
            referencedTableName: 'candidates',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('candidate_facts');
    await queryRunner.dropTable('candidates');
    await queryRunner.dropTable('role_profile_versions');
    await queryRunner.dropTable('role_profiles');
  }
}

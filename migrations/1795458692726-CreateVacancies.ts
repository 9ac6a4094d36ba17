import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnsFor } from './helpers';

export class CreateVacancies1795458692726 implements MigrationInterface {
  name = 'CreateVacancies1795458692726';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'vacancies',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_vacancies' },
          c.varchar('title', 200),
          c.text('description'),
          c.varchar('location', 200, true),
          c.varchar('employment_type', 20),
          c.integer('headcount'),
          c.id('role_profile_id'),
          c.integer('role_profile_version'),
          { ...c.varchar('status', 10), default: "'draft'" },
          { ...c.varchar('knockout_policy', 10), default: "'flag'" },
          { ...c.integer('screening_weight'), default: 100 },
          { ...c.integer('interview_weight'), default: 0 },
          c.id('created_by', true),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [{ name: 'IDX_vacancies_status', columnNames: ['status'] }],
        foreignKeys: [
          {
            name: 'FK_vacancies_role_profile',
            columnNames: ['role_profile_id'],
            referencedTableName: 'role_profiles',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'vacancy_members',
        columns: [
          { ...c.id('vacancy_id'), isPrimary: true, primaryKeyConstraintName: 'PK_vacancy_members' },
          { ...c.id('user_id'), isPrimary: true, primaryKeyConstraintName: 'PK_vacancy_members' },
          { ...c.varchar('role', 20), isPrimary: true, primaryKeyConstraintName: 'PK_vacancy_members' },
        ],
        indices: [{ name: 'IDX_vacancy_members_user', columnNames: ['user_id'] }],
        foreignKeys: [
          {
            name: 'FK_vacancy_members_vacancy',
            columnNames: ['vacancy_id'],
            referencedTableName: 'vacancies',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_vacancy_members_user',
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'vacancy_rounds',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_vacancy_rounds' },
          c.id('vacancy_id'),
          c.integer('position'),
          c.varchar('name', 100),
          c.varchar('kind', 20),
          c.json('competencies'),
        ],
        indices: [{ name: 'UQ_vacancy_rounds_position', columnNames: ['vacancy_id', 'position'], isUnique: true }],
        foreignKeys: [
          {
            name: 'FK_vacancy_rounds_vacancy',
            columnNames: ['vacancy_id'],
            referencedTableName: 'vacancies',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'vacancy_events',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_vacancy_events' },
          c.id('vacancy_id'),
          c.varchar('from_status', 10, true),
          c.varchar('to_status', 10),
          c.text('reason', true),
          c.id('actor_id', true),
          c.timestamp('created_at'),
        ],
        indices: [{ name: 'IDX_vacancy_events_vacancy', columnNames: ['vacancy_id', 'created_at'] }],
        foreignKeys: [
          {
            name: 'FK_vacancy_events_vacancy',
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
    for (const table of ['vacancy_events', 'vacancy_rounds', 'vacancy_members', 'vacancies']) {
      await queryRunner.dropTable(table);
    }
  }
}

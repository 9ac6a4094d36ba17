import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { columnsFor } from './helpers';

export class CreateApplications1795458985871 implements MigrationInterface {
  name = 'CreateApplications1795458985871';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumns('candidates', [
      new TableColumn(c.varchar('consent_purpose', 200, true)),
      new TableColumn(c.timestamp('consent_at', true)),
      new TableColumn(c.varchar('source', 100, true)),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'applications',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_applications' },
          c.id('vacancy_id'),
          c.id('candidate_id'),
          { ...c.varchar('stage', 20), default: "'applied'" },
          c.id('round_id', true),
          c.text('stage_reason', true),
          c.timestamp('stage_changed_at'),
          { ...c.integer('revision'), default: 1 },
          c.varchar('source', 100, true),
          c.timestamp('applied_at'),
          c.timestamp('screened_at', true),
          c.boolean('eligible', true),
          c.integer('screening_score', true),
          c.integer('shortlist_score', true),
          c.integer('completeness', true),
          c.varchar('fit_level', 20, true),
          { ...c.boolean('needs_review'), default: c.booleanDefault(false) },
          c.integer('profile_version', true),
          c.integer('rules_version', true),
          c.json('screening', true),
          c.integer('sort_key'),
          c.timestamp('updated_at'),
        ],
        indices: [
          { name: 'UQ_applications_vacancy_candidate', columnNames: ['vacancy_id', 'candidate_id'], isUnique: true },
          { name: 'IDX_applications_shortlist', columnNames: ['vacancy_id', 'sort_key', 'applied_at', 'id'] },
          { name: 'IDX_applications_stage', columnNames: ['vacancy_id', 'stage', 'sort_key', 'applied_at', 'id'] },
          { name: 'IDX_applications_candidate', columnNames: ['candidate_id'] },
        ],
        foreignKeys: [
          {
            name: 'FK_applications_vacancy',
            columnNames: ['vacancy_id'],
            referencedTableName: 'vacancies',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_applications_candidate',
            columnNames: ['candidate_id'],
            referencedTableName: 'candidates',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'application_events',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_application_events' },
          c.id('application_id'),
          c.integer('revision'),
          c.varchar('from_stage', 20, true),
          c.id('from_round_id', true),
          c.varchar('to_stage', 20),
          c.id('to_round_id', true),
          c.text('reason', true),
          { ...c.boolean('override'), default: c.booleanDefault(false) },
          c.id('actor_id', true),
          c.timestamp('created_at'),
        ],
        indices: [
          { name: 'UQ_application_events_revision', columnNames: ['application_id', 'revision'], isUnique: true },
        ],
        foreignKeys: [
          {
            name: 'FK_application_events_application',
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
    await queryRunner.dropTable('application_events');
    await queryRunner.dropTable('applications');
    for (const column of ['source', 'consent_at', 'consent_purpose'])
      await queryRunner.dropColumn('candidates', column);
  }
}

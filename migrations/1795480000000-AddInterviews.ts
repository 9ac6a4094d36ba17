import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { columnsFor } from './helpers';

/**
 * Interview rounds with scorecard templates, scheduled interviews with their
 * panels, scorecards with every revision, and the interview results the
 * shortlist combines with screening.
 */
export class AddInterviews1795480000000 implements MigrationInterface {
  name = 'AddInterviews1795480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    const real = (name: string, isNullable = true) => ({ name, type: 'real', isNullable });
    await queryRunner.addColumns('vacancy_rounds', [
      new TableColumn({ ...c.integer('scale'), default: 4 }),
      new TableColumn(c.json('anchors', true)),
      new TableColumn(c.json('questions', true)),
      new TableColumn({ ...c.varchar('pass_rule', 20), default: "'average'" }),
      new TableColumn(real('pass_threshold')),
      new TableColumn({ ...c.integer('weight'), default: 1 }),
    ]);
    await queryRunner.addColumns('vacancies', [
      new TableColumn({ ...c.boolean('auto_advance'), default: c.booleanDefault(false) }),
      new TableColumn({ ...c.boolean('calibrate_interviews'), default: c.booleanDefault(false) }),
    ]);
    await queryRunner.addColumns('applications', [
      new TableColumn(c.integer('interview_score', true)),
      new TableColumn({ ...c.integer('rounds_scored'), default: 0 }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'interviews',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_interviews' },
          c.id('application_id'),
          c.id('vacancy_id'),
          c.id('candidate_id'),
          c.id('round_id'),
          c.varchar('status', 10),
          c.timestamp('starts_at'),
          c.integer('duration_minutes'),
          c.varchar('location', 300, true),
          c.varchar('meeting_url', 2000, true),
          { ...c.integer('sequence'), default: 0 },
          c.text('cancel_reason', true),
          c.varchar('decision', 10, true),
          c.json('result', true),
          c.integer('round_score', true),
          c.integer('calibrated_score', true),
          c.timestamp('decided_at', true),
          c.timestamp('decision_applied_at', true),
          c.id('created_by', true),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [
          { name: 'IDX_interviews_application', columnNames: ['application_id', 'round_id'] },
          { name: 'IDX_interviews_vacancy', columnNames: ['vacancy_id', 'round_id'] },
          { name: 'IDX_interviews_candidate', columnNames: ['candidate_id'] },
        ],
        foreignKeys: [
          foreignKey('FK_interviews_application', 'application_id', 'applications', 'CASCADE'),
          foreignKey('FK_interviews_vacancy', 'vacancy_id', 'vacancies', 'CASCADE'),
          foreignKey('FK_interviews_candidate', 'candidate_id', 'candidates', 'CASCADE'),
          foreignKey('FK_interviews_round', 'round_id', 'vacancy_rounds', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'interview_panelists',
        columns: [
          { ...c.id('interview_id'), isPrimary: true, primaryKeyConstraintName: 'PK_interview_panelists' },
          { ...c.id('user_id'), isPrimary: true, primaryKeyConstraintName: 'PK_interview_panelists' },
        ],
        indices: [{ name: 'IDX_interview_panelists_user', columnNames: ['user_id'] }],
        foreignKeys: [
          foreignKey('FK_interview_panelists_interview', 'interview_id', 'interviews', 'CASCADE'),
          foreignKey('FK_interview_panelists_user', 'user_id', 'users', 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scorecards',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_scorecards' },
          c.id('interview_id'),
          c.id('interviewer_id'),
          c.varchar('status', 10),
          { ...c.integer('revision'), default: 0 },
          c.json('ratings'),
          c.varchar('recommendation', 12, true),
          c.text('summary', true),
          c.timestamp('submitted_at', true),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        indices: [
          {
            name: 'UQ_scorecards_interview_interviewer',
            columnNames: ['interview_id', 'interviewer_id'],
            isUnique: true,
          },
          { name: 'IDX_scorecards_interviewer', columnNames: ['interviewer_id'] },
        ],
        foreignKeys: [
          foreignKey('FK_scorecards_interview', 'interview_id', 'interviews', 'CASCADE'),
          foreignKey('FK_scorecards_interviewer', 'interviewer_id', 'users', 'CASCADE'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scorecard_revisions',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_scorecard_revisions' },
          c.id('scorecard_id'),
          c.integer('revision'),
          c.json('ratings'),
          c.varchar('recommendation', 12),
          c.text('summary', true),
          c.text('reason', true),
          c.id('submitted_by'),
          c.timestamp('submitted_at'),
        ],
        indices: [
          { name: 'UQ_scorecard_revisions_revision', columnNames: ['scorecard_id', 'revision'], isUnique: true },
        ],
        foreignKeys: [foreignKey('FK_scorecard_revisions_scorecard', 'scorecard_id', 'scorecards', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'interviewer_calibrations',
        columns: [
          { ...c.id('vacancy_id'), isPrimary: true, primaryKeyConstraintName: 'PK_interviewer_calibrations' },
          { ...c.id('interviewer_id'), isPrimary: true, primaryKeyConstraintName: 'PK_interviewer_calibrations' },
          real('leniency', false),
          real('correction', false),
          c.integer('comparisons'),
          c.integer('interviews'),
          c.timestamp('updated_at'),
        ],
        foreignKeys: [
          foreignKey('FK_interviewer_calibrations_vacancy', 'vacancy_id', 'vacancies', 'CASCADE'),
          foreignKey('FK_interviewer_calibrations_interviewer', 'interviewer_id', 'users', 'CASCADE'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'interviewer_calibrations',
      'scorecard_revisions',
      'scorecards',
      'interview_panelists',
      'interviews',
    ])
      await queryRunner.dropTable(table);
    for (const column of ['rounds_scored', 'interview_score']) await queryRunner.dropColumn('applications', column);
    for (const column of ['calibrate_interviews', 'auto_advance']) await queryRunner.dropColumn('vacancies', column);
    for (const column of ['weight', 'pass_threshold', 'pass_rule', 'questions', 'anchors', 'scale'])
      await queryRunner.dropColumn('vacancy_rounds', column);
  }
}

function foreignKey(name: string, column: string, table: string, onDelete: 'CASCADE' | 'RESTRICT') {
  return { name, columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete };
}

import { MigrationInterface, QueryRunner, TableColumn, TableForeignKey } from 'typeorm';
import { columnsFor } from './helpers';

/** Who entered a scorecard for its interviewer, from a paper scorecard; null when the interviewer entered it. */
export class AddScorecardEnteredBy1795500000000 implements MigrationInterface {
  name = 'AddScorecardEnteredBy1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumn('scorecards', new TableColumn(c.id('entered_by', true)));
    await queryRunner.createForeignKey(
      'scorecards',
      new TableForeignKey({
        name: 'FK_scorecards_entered_by',
        columnNames: ['entered_by'],
        referencedTableName: 'users',
        referencedColumnNames: ['id'],
        onDelete: 'SET NULL',
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropForeignKey('scorecards', 'FK_scorecards_entered_by');
    await queryRunner.dropColumn('scorecards', 'entered_by');
  }
}

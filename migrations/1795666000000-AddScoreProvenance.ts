import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { columnsFor } from './helpers';

/**
 * Score provenance: each screening result keeps the scoring engine's version
 * that made it and what it was made from (the reference date and the facts
 * its criteria read), so a past score can be made again and explained as it
 * was made. Applications scored before keep null in both: nothing is made up
 * for them.
 */
export class AddScoreProvenance1795666000000 implements MigrationInterface {
  name = 'AddScoreProvenance1795666000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumns('applications', [
      new TableColumn(c.integer('engine_version', true)),
      new TableColumn(c.json('scoring_input', true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('applications', 'scoring_input');
    await queryRunner.dropColumn('applications', 'engine_version');
  }
}

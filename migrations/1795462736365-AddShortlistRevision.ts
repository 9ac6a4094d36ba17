import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { columnsFor } from './helpers';

/** A counter raised with every change to what a vacancy's shortlist shows; cached pages are keyed by it. */
export class AddShortlistRevision1795462736365 implements MigrationInterface {
  name = 'AddShortlistRevision1795462736365';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.addColumn('vacancies', new TableColumn({ ...c.integer('shortlist_revision'), default: 0 }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('vacancies', 'shortlist_revision');
  }
}

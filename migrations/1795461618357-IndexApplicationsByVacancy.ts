import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * Re-screening walks a vacancy's applications in id order, which (with
 * time-ordered ids) is the order they were stored in; without this index each
 * batch sorted the vacancy's applications anew.
 */
export class IndexApplicationsByVacancy1795461618357 implements MigrationInterface {
  name = 'IndexApplicationsByVacancy1795461618357';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'applications',
      new TableIndex({ name: 'IDX_applications_vacancy', columnNames: ['vacancy_id', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('applications', 'IDX_applications_vacancy');
  }
}

import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * A hiring manager's decision on an application (advance, hold or reject) is
 * recorded with the move it makes; a hold keeps the stage, so without this
 * column it could not be told from nothing at all.
 */
export class AddApplicationEventDecision1795630000000 implements MigrationInterface {
  name = 'AddApplicationEventDecision1795630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'application_events',
      new TableColumn({ name: 'decision', type: 'varchar', length: '10', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('application_events', 'decision');
  }
}

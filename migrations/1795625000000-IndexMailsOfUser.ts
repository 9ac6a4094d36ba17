import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * A hiring manager's start page reads the shortlists announced to them, the
 * newest first: walked from their own mails of that template, not the table.
 */
export class IndexMailsOfUser1795625000000 implements MigrationInterface {
  name = 'IndexMailsOfUser1795625000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'mails',
      new TableIndex({ name: 'IDX_mails_user', columnNames: ['user_id', 'template', 'created_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('mails', 'IDX_mails_user');
  }
}

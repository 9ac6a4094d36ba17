import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/** The outbox lists every mail newest first a page at a time: from an index, not by sorting them all. */
export class IndexOutbox1795590000000 implements MigrationInterface {
  name = 'IndexOutbox1795590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'mails',
      new TableIndex({ name: 'IDX_mails_created', columnNames: ['created_at', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('mails', 'IDX_mails_created');
  }
}

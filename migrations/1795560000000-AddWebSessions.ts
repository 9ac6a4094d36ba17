import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnsFor } from './helpers';

/**
 * Sessions of people signed in to the pages. The cookie holds a random token;
 * the table holds only its SHA-256, so a copy of the database signs nobody in.
 */
export class AddWebSessions1795560000000 implements MigrationInterface {
  name = 'AddWebSessions1795560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'web_sessions',
        columns: [
          { ...c.varchar('id', 64), isPrimary: true, primaryKeyConstraintName: 'PK_web_sessions' },
          c.id('user_id'),
          c.integer('token_version'),
          c.timestamp('created_at'),
          c.timestamp('expires_at'),
        ],
        indices: [
          { name: 'IDX_web_sessions_user_id', columnNames: ['user_id'] },
          { name: 'IDX_web_sessions_expires_at', columnNames: ['expires_at'] },
        ],
        foreignKeys: [
          {
            name: 'FK_web_sessions_user',
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('web_sessions');
  }
}

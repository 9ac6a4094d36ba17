import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnsFor } from './helpers';

/** Invitations to set a first password, known only by the SHA-256 of their link's token. */
export class AddUserInvitations1795635000000 implements MigrationInterface {
  name = 'AddUserInvitations1795635000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'user_invitations',
        columns: [
          { ...c.id('id'), isPrimary: true, primaryKeyConstraintName: 'PK_user_invitations' },
          c.id('user_id'),
          c.varchar('token_hash', 64),
          c.timestamp('created_at'),
          c.timestamp('expires_at'),
          c.timestamp('used_at', true),
        ],
        indices: [
          { name: 'IDX_user_invitations_user_id', columnNames: ['user_id'] },
          { name: 'UQ_user_invitations_token_hash', columnNames: ['token_hash'], isUnique: true },
        ],
        foreignKeys: [
          {
            name: 'FK_user_invitations_user',
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
    await queryRunner.dropTable('user_invitations');
  }
}

import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnsFor } from './helpers';

export class CreateUsers1795407811486 implements MigrationInterface {
  name = 'CreateUsers1795407811486';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          { ...c.id(), isPrimary: true, primaryKeyConstraintName: 'PK_users' },
          c.varchar('email', 254),
          c.varchar('name', 200),
          c.varchar('password_hash', 255),
          { ...c.boolean('active'), default: c.booleanDefault(true) },
          { ...c.integer('token_version'), default: 0 },
          { ...c.varchar('language', 2), default: "'en'" },
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
          c.timestamp('last_login_at', true),
          c.timestamp('deactivated_at', true),
        ],
        indices: [{ name: 'UQ_users_email', columnNames: ['email'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_roles',
        columns: [
          { ...c.id('user_id'), isPrimary: true, primaryKeyConstraintName: 'PK_user_roles' },
          { ...c.varchar('role', 20), isPrimary: true, primaryKeyConstraintName: 'PK_user_roles' },
        ],
        foreignKeys: [
          {
            name: 'FK_user_roles_user',
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
    await queryRunner.dropTable('user_roles');
    await queryRunner.dropTable('users');
  }
}

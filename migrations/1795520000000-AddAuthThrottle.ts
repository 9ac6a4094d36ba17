import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { columnsFor } from './helpers';

/**
 * The counters of failed logins and password changes, shared by every API
 * process and kept across restarts. Laid out as rate-limiter-flexible's SQLite
 * and PostgreSQL stores read and write them (key, points, expire in epoch
 * milliseconds, in this order); the stores are told the table exists.
 */
export class AddAuthThrottle1795520000000 implements MigrationInterface {
  name = 'AddAuthThrottle1795520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'auth_throttle',
        columns: [
          { ...c.varchar('key', 120), isPrimary: true, primaryKeyConstraintName: 'PK_auth_throttle' },
          { ...c.integer('points'), default: 0 },
          { name: 'expire', type: 'bigint', isNullable: true },
        ],
        indices: [{ name: 'IDX_auth_throttle_expire', columnNames: ['expire'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('auth_throttle');
  }
}

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { migrations } from '../migrations';
import { loadSettings } from '../src/config/settings';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/migration-runner';
import { Transactions } from '../src/database/transactions';
import { createTestApp, TestApp } from './support/test-app';
import { createTestDatabase, testDialect } from './support/test-database';

const SIFT_TABLES = ['users', 'user_roles', 'role_profiles', 'role_profile_versions', 'candidates', 'candidate_facts'];

async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((query) => query.query);
}

describe('database', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists every migration file in migrations/index.ts, oldest first', () => {
    const files = readdirSync(join(__dirname, '..', 'migrations'))
      .filter((file) => /^\d{13}-.+\.ts$/.test(file))
      .sort();
    const classNames = files.map((file) => file.replace(/^(\d+)-(.+)\.ts$/, '$2$1'));
    expect(migrations.map((migration) => migration.name)).toEqual(classNames);
  });

  it('builds, through the migrations, exactly the schema the entities describe', async () => {
    expect(await pendingSchemaChanges(t.dataSource)).toEqual([]);
  });

  it('reverts every migration and applies them again to the same schema', async () => {
    const database = await createTestDatabase();
    const dataSource = await new DataSource(
      dataSourceOptions(loadSettings({ DATABASE_URL: database.url }).database),
    ).initialize();
    try {
      await runMigrations(dataSource);
      for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = await dataSource.createQueryRunner().getTables(SIFT_TABLES);
      expect(tables).toEqual([]);
      expect(await runMigrations(dataSource)).toHaveLength(migrations.length);
      expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('enforces foreign keys', async () => {
    await expect(
      t.dataSource.query(
        `INSERT INTO user_roles (user_id, role) VALUES ('00000000-0000-4000-8000-000000000000', 'admin')`,
      ),
    ).rejects.toThrow(/foreign key/i);
  });

  it('configures the engine for concurrent use', async () => {
    if (testDialect === 'sqlite') {
      const pragma = async (name: string) => Object.values((await t.dataSource.query(`PRAGMA ${name}`))[0])[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
      expect(await pragma('synchronous')).toBe(1); // NORMAL
    } else {
      const [{ name }] = await t.dataSource.query(`SELECT current_setting('application_name') AS name`);
      expect(name).toBe('sift');
      const [{ version }] = await t.dataSource.query(`SELECT current_setting('server_version_num')::int AS version`);
      expect(version).toBeGreaterThanOrEqual(130000);
    }
  });

  it('holds the write lock from the start of a transaction, so a process writing meanwhile waits instead of failing it', async () => {
    if (testDialect !== 'sqlite') return;
    // Another process on the same file, here a second connection that does not wait at all.
    const other = new Database(t.settings.database.sqlitePath!, { timeout: 0 });
    try {
      const kept = await t.get(Transactions).run(async (tx) => {
        const [{ count }] = await tx.query('SELECT COUNT(*) AS count FROM users');
        expect(() => other.prepare('UPDATE users SET id = id WHERE 0 = 1').run()).toThrow(/database is locked/);
        await tx.query('UPDATE users SET id = id WHERE 0 = 1');
        return count;
      });
      expect(kept).toBeGreaterThanOrEqual(0);
      other.prepare('UPDATE users SET id = id WHERE 0 = 1').run();
    } finally {
      other.close();
    }
  });

  it('applies pending migrations once when several processes start together', async () => {
    const database = await createTestDatabase();
    const options = dataSourceOptions(loadSettings({ DATABASE_URL: database.url }).database);
    // SQLite allows one writer at a time; concurrent starts matter on PostgreSQL.
    const count = testDialect === 'postgres' ? 3 : 1;
    const sources = await Promise.all(Array.from({ length: count }, () => new DataSource(options).initialize()));
    try {
      const applied = await Promise.all(sources.map((source) => runMigrations(source)));
      expect(applied.flat()).toHaveLength(migrations.length);
      expect(await pendingSchemaChanges(sources[0])).toEqual([]);
    } finally {
      await Promise.all(sources.map((source) => source.destroy()));
      await database.drop();
    }
  });
});

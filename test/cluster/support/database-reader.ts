import Database from 'better-sqlite3';
import { Client } from 'pg';
import { TestDatabase } from '../../support/test-database';

/**
 * Reads the cluster's database directly, beside the processes, to count what
 * they stored: a connection of its own, so it sees only what they committed.
 */
export class DatabaseReader {
  private constructor(
    private readonly sqlite?: Database.Database,
    private readonly postgres?: Client,
  ) {}

  static async open(database: TestDatabase): Promise<DatabaseReader> {
    if (database.dialect === 'sqlite') {
      return new DatabaseReader(new Database(database.url.replace(/^sqlite:/, ''), { readonly: true, timeout: 5000 }));
    }
    const client = new Client({ connectionString: database.url });
    await client.connect();
    return new DatabaseReader(undefined, client);
  }

  /** One number from a query with no parameters. */
  async count(sql: string): Promise<number> {
    if (this.sqlite) return Number(Object.values(this.sqlite.prepare(sql).get() as object)[0]);
    const { rows } = await this.postgres!.query(sql);
    return Number(Object.values(rows[0] as object)[0]);
  }

  async rows<T>(sql: string): Promise<T[]> {
    if (this.sqlite) return this.sqlite.prepare(sql).all() as T[];
    return (await this.postgres!.query(sql)).rows as T[];
  }

  async close(): Promise<void> {
    this.sqlite?.close();
    await this.postgres?.end();
  }
}

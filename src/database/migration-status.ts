import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class MigrationStatus {
  constructor(private readonly dataSource: DataSource) {}

  /** Migrations this code knows of that the database has not applied. Throws when the database is unreachable. */
  async pending(): Promise<{ applied: number; pending: string[] }> {
    const applied = new Set(await this.appliedNames());
    const known = this.dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
    return { applied: applied.size, pending: known.filter((name) => !applied.has(name)) };
  }

  private async appliedNames(): Promise<string[]> {
    const table = this.dataSource.options.migrationsTableName ?? 'migrations';
    try {
      const rows: { name: string }[] = await this.dataSource.query(`SELECT name FROM ${table}`);
      return rows.map((row) => row.name);
    } catch (error) {
      // A database that has never been migrated has no migrations table yet.
      if (/no such table|does not exist/i.test(String((error as Error).message))) return [];
      throw error;
    }
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MigrationStatus } from '../database/migration-status';

export type CheckStatus = 'up' | 'down';

export interface HealthReport {
  status: 'ok' | 'error';
  checks: {
    database: { status: CheckStatus; dialect: string; latencyMs?: number; error?: string };
    migrations: { status: CheckStatus; applied?: number; pending?: string[]; error?: string };
  };
}

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly migrations: MigrationStatus,
  ) {}

  async report(): Promise<HealthReport> {
    const [database, migrations] = await Promise.all([this.checkDatabase(), this.checkMigrations()]);
    const up = database.status === 'up' && migrations.status === 'up';
    return { status: up ? 'ok' : 'error', checks: { database, migrations } };
  }

  private async checkDatabase(): Promise<HealthReport['checks']['database']> {
    const dialect = this.dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
    const started = performance.now();
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'up', dialect, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
    } catch (error) {
      return { status: 'down', dialect, error: describe(error) };
    }
  }

  /** Down while any migration this code knows of is not applied. */
  private async checkMigrations(): Promise<HealthReport['checks']['migrations']> {
    try {
      const { applied, pending } = await this.migrations.pending();
      return { status: pending.length ? 'down' : 'up', applied, pending };
    } catch (error) {
      return { status: 'down', error: describe(error) };
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

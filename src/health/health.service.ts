import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MigrationStatus } from '../database/migration-status';
import { JobQueue, QueueHealth } from '../jobs/job-queue';

export type CheckStatus = 'up' | 'down';

export interface HealthReport {
  /** degraded: Sift answers and keeps every job, but the queue cannot run them now. */
  status: 'ok' | 'degraded' | 'error';
  checks: {
    queue: QueueHealth;
    database: { status: CheckStatus; dialect: string; latencyMs?: number; error?: string };
    migrations: { status: CheckStatus; applied?: number; pending?: string[]; error?: string };
  };
}

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly migrations: MigrationStatus,
    private readonly queue: JobQueue,
  ) {}

  async report(): Promise<HealthReport> {
    const [database, migrations, queue] = await Promise.all([
      this.checkDatabase(),
      this.checkMigrations(),
      this.checkQueue(),
    ]);
    const up = database.status === 'up' && migrations.status === 'up';
    const status = !up ? 'error' : queue.status === 'up' ? 'ok' : 'degraded';
    return { status, checks: { queue, database, migrations } };
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

  private async checkQueue(): Promise<QueueHealth> {
    try {
      return await this.queue.health();
    } catch (error) {
      return { status: 'down', kind: this.queue.kind, waitingForHandover: 0, error: describe(error) };
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

import { Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { errorText, JobQueue, QueueCounts } from '../jobs/job-queue';
import { SiftMetrics } from './sift-metrics';

const QUEUE_STATES = ['outbox', 'waiting', 'delayed', 'active', 'failed'] as const satisfies (keyof QueueCounts)[];

/**
 * Gauges read when scraped, not kept up to date: the jobs per state (one
 * count of the queue a scrape, the same numbers `GET /jobs` gives) and the
 * database connections.
 */
@Injectable()
export class ScrapeGauges {
  private readonly logger = new Logger('Metrics');

  constructor(metrics: SiftMetrics, queue: JobQueue, dataSource: DataSource) {
    const registers = [metrics.registry];
    const logger = this.logger;
    // TypeORM's PostgreSQL driver keeps its pg Pool as `master`; SQLite has one connection and no pool.
    const poolOf = () =>
      dataSource.options.type === 'postgres' ? (dataSource.driver as { master?: Pool }).master : undefined;
    new Gauge({
      name: 'sift_db_pool_connections',
      help: 'Database connections of this process: total and idle ones, and queries waiting for one (PostgreSQL); on SQLite, its one connection',
      labelNames: ['state'] as const,
      registers,
      collect() {
        const pool = poolOf();
        if (!pool) {
          this.set({ state: 'total' }, 1);
          return;
        }
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    new Gauge({
      name: 'sift_db_pool_max',
      help: 'The most database connections this process may hold (DATABASE_POOL_SIZE on PostgreSQL, 1 on SQLite)',
      registers,
      collect() {
        const pool = poolOf();
        this.set(pool ? (pool.options.max ?? 10) : 1);
      },
    });

    // prom-client starts every collect at once, in the order registered: after the pool's, so that
    // they read it before this one's query asks it for a connection.
    new Gauge({
      name: 'sift_jobs_queued',
      help: 'Jobs per state, as the jobs table records them (outbox: not yet handed to Redis)',
      labelNames: ['state'] as const,
      registers,
      async collect() {
        this.reset();
        try {
          const counts = await queue.counts();
          for (const state of QUEUE_STATES) this.set({ state }, counts[state]);
        } catch (error) {
          // No numbers rather than old ones; /health says what is wrong.
          logger.warn(`Counting the jobs for the metrics failed: ${errorText(error)}`);
        }
      },
    });
  }
}

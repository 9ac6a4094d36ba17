import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import IORedis from 'ioredis';
import { RateLimiterAbstract, RateLimiterPostgres, RateLimiterRedis, RateLimiterSQLite } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { sqliteConnection } from '../database/sqlite-connection';
import { Settings } from '../config/settings';
import { placeholder } from '../database/placeholders';

/** The table made by migration AddAuthThrottle. */
const TABLE = 'auth_throttle';
/** How often counters whose window has ended are deleted. */
const SWEEP_MS = 5 * 60_000;

export interface CounterOptions {
  /** Names the counter, so that several share one table. */
  name: string;
  /** Hits allowed in one window. */
  points: number;
  durationSeconds: number;
}

/**
 * Counters that every API process shares and that outlive a restart:
 * rate-limiter-flexible over Redis when REDIS_URL is set (with the database
 * standing in while Redis does not answer), otherwise over the database's
 * `auth_throttle` table. Each window is fixed: it starts at a key's first hit
 * and ends `durationSeconds` later, so no lock lasts longer than its window.
 */
@Injectable()
export class ThrottleCounters implements OnModuleInit, OnModuleDestroy {
  private redis?: IORedis;
  private sweep?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: Settings,
  ) {}

  counter(options: CounterOptions): RateLimiterAbstract {
    const database = this.databaseCounter(options);
    if (!this.settings.redisUrl) return database;
    return new RateLimiterRedis({
      storeClient: this.redisClient(this.settings.redisUrl),
      keyPrefix: `${this.settings.redisPrefix}:throttle:${options.name}`,
      points: options.points,
      duration: options.durationSeconds,
      rejectIfRedisNotReady: true,
      insuranceLimiter: database,
    });
  }

  private redisClient(url: string): IORedis {
    if (!this.redis) {
      // Failing at once while Redis is away, so that the database counts instead.
      this.redis = new IORedis(url, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        retryStrategy: (times) => Math.min(times * 100, 2000),
      });
      this.redis.on('error', () => undefined);
    }
    return this.redis;
  }

  onModuleInit(): void {
    this.sweep = setInterval(() => void this.deleteEnded().catch(() => undefined), SWEEP_MS);
    this.sweep.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweep);
    await this.redis?.quit().catch(() => undefined);
  }

  /** Counters whose window ended over an hour ago. */
  async deleteEnded(now = Date.now()): Promise<void> {
    await this.dataSource.query(`DELETE FROM ${TABLE} WHERE expire < ${placeholder(this.dataSource)(1)}`, [
      now - 3_600_000,
    ]);
  }

  private databaseCounter(options: CounterOptions): RateLimiterAbstract {
    const common = {
      tableName: TABLE,
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: options.name,
      points: options.points,
      duration: options.durationSeconds,
    };
    if (this.dataSource.options.type === 'postgres') {
      return new RateLimiterPostgres({ ...common, storeClient: this.dataSource, storeType: 'typeorm' });
    }
    return new RateLimiterSQLite({
      ...common,
      storeClient: sqliteConnection(this.dataSource),
      storeType: 'better-sqlite3',
    });
  }
}

/**
 * A counter's key: a hash, so that keys have one length whatever the e-mail
 * address, and the table holds no addresses.
 */
export function counterKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url');
}

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { createTestDatabase, TestDatabase } from '../../support/test-database';
import { PrivateRedis, startPrivateRedis } from '../../support/redis-server';
import { SiftProcess, startSift, startWorker } from '../../support/sift-process';
import { SmtpReceiver, startSmtpReceiver } from '../../support/smtp-receiver';

export const ADMIN_EMAIL = 'admin@cluster.example';
export const ADMIN_PASSWORD = `Cluster-${randomBytes(9).toString('base64url')}`;

/** One API process: its base URL and the child it runs in. */
export interface ApiProcess {
  url: string;
  process: SiftProcess;
}

export type WorkerProcess = ReturnType<typeof startWorker>;

/** Four processes starting at once on a small machine busy with other tests may take a while. */
const START_TIMEOUT_MS = 120_000;

/** The settings every process of a scaled-out Sift shares, as deployed. */
export const DEPLOYED = parseEnv(
  readFileSync(join(__dirname, '..', '..', '..', 'deploy', 'sift.env'), 'utf8'),
) as Record<string, string>;

/**
 * Sift as an operator runs it at scale (`deploy/compose.yaml`, with `deploy/sift.env`):
 * API processes that only record jobs, worker processes that run them, one
 * database, one Redis, one mail server; each a real process or server.
 * Only timings differ from the deployment: leases, polls and back-offs are
 * short so that faults heal within a test's minutes.
 */
export class Cluster {
  readonly apis: ApiProcess[] = [];
  readonly workers: WorkerProcess[] = [];

  private constructor(
    readonly database: TestDatabase,
    readonly redis: PrivateRedis,
    readonly smtp: SmtpReceiver,
    private readonly env: Record<string, string>,
  ) {}

  static async start(options: { apis: number; workers: number }): Promise<Cluster> {
    const [database, redis, smtp] = await Promise.all([createTestDatabase(), startPrivateRedis(), startSmtpReceiver()]);
    const env = {
      ...DEPLOYED,
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      SMTP_URL: smtp.url,
      AUTH_TOKEN_SECRET: randomBytes(32).toString('base64url'),
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      // One folder for every process: the CV files are shared as the deployment's volume is.
      DATA_DIR: database.dataDir,
      // Shorter than deployed, so faults heal within the test.
      JOB_LOCK_MS: '2000',
      JOB_POLL_MS: '100',
      JOB_BACKOFF_MS: '200',
      JOB_RECONCILE_MS: '1000',
      AUTH_FAILED_LOGIN_DELAY_MS: '1',
      JOBS_DAILY_AT: 'off',
    };
    const cluster = new Cluster(database, redis, smtp, env);
    try {
      // The first API migrates the database and creates the admin; the rest start on it together.
      await cluster.startApi(0);
      await Promise.all([
        ...Array.from({ length: options.apis - 1 }, (_, index) => cluster.startApi(index + 1)),
        ...Array.from({ length: options.workers }, (_, index) => cluster.startWorker(index)),
      ]);
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  async startApi(index: number): Promise<ApiProcess> {
    const process = startSift({ ...this.env, PORT: '0' }, START_TIMEOUT_MS);
    const url = await process.ready;
    this.apis[index] = { url, process };
    return this.apis[index];
  }

  async startWorker(index: number): Promise<WorkerProcess> {
    const worker = startWorker(this.env, START_TIMEOUT_MS);
    this.workers[index] = worker;
    await worker.ready;
    return worker;
  }

  /** Kills with SIGKILL: no shutdown hook runs, as when a machine or container dies. */
  async kill(child: { child: { kill(signal: NodeJS.Signals): boolean }; exited: Promise<unknown> }): Promise<void> {
    child.child.kill('SIGKILL');
    await child.exited;
  }

  async stop(): Promise<void> {
    const children = [...this.apis.map((api) => api?.process), ...this.workers].filter(Boolean);
    for (const child of children) child.child.kill('SIGTERM');
    await Promise.all(
      children.map(async (child) => {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([child.exited, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
        clearTimeout(timer);
        child.child.kill('SIGKILL');
      }),
    );
    await this.smtp.close();
    await this.redis.stop();
    await this.database.drop();
  }

  /** What each process printed, for a failing test's message. */
  output(): string {
    return [
      ...this.apis.map((api, index) => `--- API ${index + 1}\n${api?.process.stdout()}${api?.process.stderr()}`),
      ...this.workers.map((worker, index) => `--- worker ${index + 1}\n${worker?.output()}`),
    ].join('\n');
  }
}

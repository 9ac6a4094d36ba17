import { Abstract, INestApplication, Type } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/bootstrap';
import { loadSettings, Settings } from '../../src/config/settings';
import { createTestDatabase, TestDatabase } from './test-database';

export const TEST_ADMIN = { email: 'admin@sift.test', password: 'first-admin-password' };

export interface TestApp {
  app: INestApplication;
  settings: Settings;
  dataSource: DataSource;
  database: TestDatabase;
  /** Every JSON log line the app wrote. */
  logs: Record<string, unknown>[];
  http(): ReturnType<typeof request>;
  get<T>(type: Type<T> | Abstract<T>): T;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Environment variables on top of the test defaults. */
  env?: Record<string, string>;
  /** Extra controllers, for routes that exist only to test the HTTP stack. */
  controllers?: Type[];
  /** Another app's database, as a second process or a restart would share it; left for its owner to drop. */
  database?: TestDatabase;
}

/** The real app, with its real migrations, on a database of its own. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const settings = loadSettings({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATA_DIR: database.dataDir,
    AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    LOG_LEVEL: 'info',
    // A test that ran across the daily jobs' time would find a job it did not queue; tests queue them themselves.
    JOBS_DAILY_AT: 'off',
    ...options.env,
  });
  const logs: Record<string, unknown>[] = [];
  const logDestination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });

  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(settings, { logDestination })],
    controllers: options.controllers ?? [],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true });
  configureApp(app, settings);
  await app.init();

  let closed = false;
  return {
    app,
    settings,
    database,
    logs,
    dataSource: app.get(DataSource),
    http: () => request(app.getHttpServer()),
    get: (type) => app.get(type),
    close: async () => {
      if (closed) return;
      closed = true;
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}

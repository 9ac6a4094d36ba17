import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { serveMetrics } from './metrics/metrics-server';
import { SiftMetrics } from './metrics/sift-metrics';
import { closeOnSignal, settingsOrExit } from './process-lifecycle';

/**
 * A process that only runs jobs: the same modules as the API, no HTTP. Start
 * as many as the work needs (`npm run worker`); with REDIS_URL they share the
 * Redis queue, without it the jobs table.
 */
async function main(): Promise<void> {
  const settings = settingsOrExit();
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(settings, { worker: true }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  await app.init();
  const { port, token } = settings.metrics;
  const metrics =
    port !== undefined && token !== undefined
      ? await serveMetrics(app.get(SiftMetrics), { token, port, host: settings.host })
      : undefined;
  process.stdout.write(
    `Sift worker ${process.pid} is running jobs (${settings.redisUrl ? 'Redis' : 'database'} queue)` +
      `${metrics ? `; its metrics are at ${metrics.url}` : ''}\n`,
  );

  // The database queue waits on unref'd timers; nothing else would keep a process without HTTP alive.
  const keepAlive = setInterval(() => undefined, 60_000);
  closeOnSignal(app, settings, () => {
    clearInterval(keepAlive);
    metrics?.server.close();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`Sift worker could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Server } from 'node:http';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap';
import { loadSettings, Settings, SettingsError } from './config/settings';
import { FirstAdminService } from './users/first-admin.service';

async function main(): Promise<void> {
  let settings: Settings;
  try {
    settings = loadSettings(process.env);
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings), {
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app, settings);
  await app.listen(settings.port, settings.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  printBanner(url, app.get(FirstAdminService));
  handleShutdown(app, settings);
}

function printBanner(url: string, firstAdmin: FirstAdminService): void {
  const lines = [``, `Sift is running at ${url}`, `  API docs:  ${url}/docs`, `  Health:    ${url}/health`];
  if (firstAdmin.created) {
    lines.push(`  First admin account: ${firstAdmin.created.email}`);
    if (firstAdmin.created.generatedPassword) {
      lines.push(`  Its password (shown only this once): ${firstAdmin.created.generatedPassword}`);
    }
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let the requests in flight
 * finish, close the database, exit. A request that takes longer than the
 * shutdown timeout does not keep the process alive.
 */
function handleShutdown(app: NestExpressApplication, settings: Settings): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`Received ${signal}; shutting down\n`);
    setTimeout(() => {
      process.stderr.write(`Shutdown took longer than ${settings.shutdownTimeoutMs} ms; exiting\n`);
      process.exit(1);
    }, settings.shutdownTimeoutMs).unref();
    // A kept-alive connection that goes idle after its last answer would hold
    // the close open until the client drops it; close each as it goes idle.
    const server = app.getHttpServer() as Server;
    setInterval(() => server.closeIdleConnections(), 50).unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`Sift could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Server } from 'node:http';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './bootstrap';
import { logDestination } from './common/log-output';
import { Settings } from './config/settings';
import { closeOnSignal, settingsOrExit } from './process-lifecycle';
import { FirstAdminService } from './users/first-admin.service';

async function main(): Promise<void> {
  const settings = settingsOrExit();

  const logs = logDestination(settings.logFormat);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings, { logDestination: logs }), {
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app, settings);
  await app.listen(settings.port, settings.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost');
  // Whatever start-up logged in this turn first, so the banner is the last thing on the screen.
  await new Promise((resolve) => setImmediate(resolve));
  process.stdout.write(bannerText(url, app.get(FirstAdminService)));
  handleShutdown(app, settings);
}

/** Where Sift runs, and on first start the admin account and its password: printed after every start-up log line. */
function bannerText(url: string, firstAdmin: Pick<FirstAdminService, 'created'>): string {
  const lines = [``, `Sift is running at ${url}`, `  API docs:  ${url}/docs`, `  Health:    ${url}/health`];
  if (firstAdmin.created) {
    lines.push(`  First admin account: ${firstAdmin.created.email}`);
    if (firstAdmin.created.generatedPassword) {
      lines.push(`  Its password (shown only this once): ${firstAdmin.created.generatedPassword}`);
    }
  }
  return lines.join('\n') + '\n\n';
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let the requests and jobs
 * in flight finish, close the database, exit.
 */
function handleShutdown(app: NestExpressApplication, settings: Settings): void {
  closeOnSignal(app, settings, () => {
    // A kept-alive connection that goes idle after its last answer would hold
    // the close open until the client drops it; close each as it goes idle.
    const server = app.getHttpServer() as Server;
    setInterval(() => server.closeIdleConnections(), 50).unref();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`Sift could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

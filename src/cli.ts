import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { IMPORT_USAGE, parseImportArguments, runImport } from './cli/import-command';
import { loadSettings, SettingsError } from './config/settings';
import { DomainError } from './common/errors/domain-error';
import { FirstAdminService } from './users/first-admin.service';

/** Sift's command line: `node dist/src/cli.js import <file> …` (npm run import). */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command !== 'import') {
    process.stderr.write(`${IMPORT_USAGE}\n`);
    return 2;
  }
  const parsed = parseImportArguments(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  let settings;
  try {
    settings = loadSettings({ LOG_LEVEL: 'warn', ...process.env });
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`${error.message}\n`);
      return 78;
    }
    throw error;
  }
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot(settings, { logDestination: process.stderr }),
    {
      bufferLogs: true,
    },
  );
  const firstAdmin = app.get(FirstAdminService).created;
  if (firstAdmin?.generatedPassword) {
    process.stderr.write(
      `First admin account: ${firstAdmin.email}\nIts password (shown only this once): ${firstAdmin.generatedPassword}\n`,
    );
  }
  try {
    return await runImport(app, settings, parsed, process.stderr);
  } catch (error) {
    if (error instanceof DomainError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  },
);

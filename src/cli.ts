import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { AuditLog } from './audit/audit-log.service';
import { IMPORT_USAGE, parseImportArguments, runImport } from './cli/import-command';
import { loadSettings, Settings, SettingsError } from './config/settings';
import { DomainError } from './common/errors/domain-error';
import { FirstAdminService } from './users/first-admin.service';

/** Sift's command line: `node dist/src/cli.js import <file> …` (npm run import). */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'audit:verify') return verifyAudit();
  if (command !== 'import') {
    process.stderr.write(`${IMPORT_USAGE}\n${AUDIT_USAGE}\n`);
    return 2;
  }
  const parsed = parseImportArguments(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const started = await startContext();
  if (typeof started === 'number') return started;
  const { app, settings } = started;
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

/** Sift without its HTTP server, on the settings of the environment; 78 (and why) when they are wrong. */
async function startContext(): Promise<{ app: INestApplicationContext; settings: Settings } | number> {
  let settings: Settings;
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
    { bufferLogs: true },
  );
  return { app, settings };
}

const AUDIT_USAGE = 'Usage: node dist/src/cli.js audit:verify   (npm run audit:verify)';

/**
 * Recomputes the audit trail's hash chain: 0 when it is whole, 1 naming the
 * first entry that was changed, removed or inserted, 78 when the settings
 * are wrong. Runs on the database the settings name.
 */
async function verifyAudit(): Promise<number> {
  const started = await startContext();
  if (typeof started === 'number') return started;
  const { app } = started;
  try {
    const report = await app.get(AuditLog).verify();
    const kept = report.prunedThrough ? ` (entries up to ${report.prunedThrough} removed by retention)` : '';
    if (!report.firstBreak) {
      process.stdout.write(
        `The audit trail is whole: ${report.checked} entries checked${kept}, head ${report.head.hash || '(empty)'}\n`,
      );
      return 0;
    }
    process.stdout.write(
      `The audit trail is broken at entry ${report.firstBreak.seq}: ${BREAKS[report.firstBreak.kind]} ` +
        `(${report.checked} entries checked${kept})\n`,
    );
    return 1;
  } finally {
    await app.close();
  }
}

const BREAKS: Record<string, string> = {
  changed: 'its content no longer matches its hash (it was changed)',
  missing: 'it is missing (removed)',
  inserted: 'it does not follow from the entry before it (inserted or re-hashed)',
  head: "the chain's head names another last entry",
};

main(process.argv.slice(2)).then(
  (status) => process.exit(status),
  (error) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  },
);

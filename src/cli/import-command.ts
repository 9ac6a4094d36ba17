import { INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { Settings } from '../config/settings';
import { CandidateImporter, ImportRecord, ImportReport } from '../imports/candidate-importer.service';
import { csvCandidateRecords, jsonLinesRecords } from '../imports/readers';
import { UsersRepository } from '../users/users.repository';
import { ProgressBar } from './progress';

export const IMPORT_USAGE = `Usage: npm run import -- <file> [--vacancy <id>] [--source <text>] [--as <e-mail>]

Imports candidates from a file of JSON Resume documents, one a line (.jsonl,
.ndjson), or from CSV (.csv, with a header row). With --vacancy, every
candidate is also applied to that open vacancy and screened. The import acts
as the user --as names (a recruiter or admin; the first admin by default).
Exit status: 0 when every record was imported, 1 when some were not (they are
listed), 2 when the import could not start.`;

export interface ImportArguments {
  file: string;
  vacancyId?: string;
  source?: string;
  as?: string;
}

export function parseImportArguments(args: string[]): ImportArguments | string {
  const parsed: Partial<ImportArguments> = {};
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag === '--vacancy' || flag === '--source' || flag === '--as') {
      if (value === undefined || value.startsWith('--')) return `${flag} needs a value`;
      parsed[flag === '--vacancy' ? 'vacancyId' : flag === '--source' ? 'source' : 'as'] = value;
      i++;
    } else if (flag.startsWith('--')) {
      return `unknown option ${flag}`;
    } else if (parsed.file) {
      return `one file at a time (got ${parsed.file} and ${flag})`;
    } else {
      parsed.file = flag;
    }
  }
  return parsed.file ? (parsed as ImportArguments) : 'which file? name it first';
}

/** Runs an import from a file; returns the exit status. */
export async function runImport(
  app: INestApplicationContext,
  settings: Settings,
  args: ImportArguments,
  out: NodeJS.WriteStream,
): Promise<number> {
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (error) {
    out.write(`Cannot read ${args.file}: ${(error as Error).message}\n`);
    return 2;
  }
  const user = await app.get(UsersRepository).findByEmail(args.as ?? settings.firstAdmin.email);
  if (!user || !user.active || !user.hasRole(Role.Recruiter, Role.Admin)) {
    out.write(`${args.as ?? settings.firstAdmin.email} is not an active recruiter or admin; name one with --as\n`);
    return 2;
  }
  const actor: AuthenticatedUser = { id: user.id, email: user.email, name: user.name, roles: user.roles };
  const csv =
    extname(args.file).toLowerCase() === '.csv' ||
    (!/\.(jsonl|ndjson|json)$/i.test(args.file) && !text.trimStart().startsWith('{'));
  const totalLines = text.split('\n').length;
  const bar = new ProgressBar(totalLines, out);
  const records = csv ? csvCandidateRecords(text) : jsonLinesRecords(text);
  let lastLine = 0;
  const tracked = (function* (source: Iterable<ImportRecord>) {
    for (const record of source) {
      lastLine = record.line;
      yield record;
    }
  })(records);
  const describe = (report: ImportReport) =>
    `${report.received.toLocaleString('en')} read, ${report.created.toLocaleString('en')} new, ` +
    `${report.updated} updated, ${report.failed.length} failed${args.vacancyId ? `, ${report.applied} applied` : ''}`;
  const report = await app
    .get(CandidateImporter)
    .import(tracked, { vacancyId: args.vacancyId, source: args.source }, actor, (so) =>
      bar.update(lastLine, describe(so)),
    );
  bar.update(totalLines, describe(report));
  bar.finish();
  out.write(
    `Imported ${args.file}: ${report.received} records, ${report.created} new, ${report.updated} updated, ` +
      `${report.unchanged} unchanged, ${report.applied} applied, ${report.failed.length} failed\n`,
  );
  for (const failure of report.failed.slice(0, 50)) {
    const reasons = failure.errors.map((error) => `${error.field} ${error.messages.join('; ')}`).join(', ');
    out.write(`  line ${failure.line}${failure.email ? ` (${failure.email})` : ''}: ${reasons}\n`);
  }
  if (report.failed.length > 50) out.write(`  … and ${report.failed.length - 50} more\n`);
  return report.failed.length ? 1 : 0;
}

import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileSift } from './support/sift-process';
import { createTestDatabase, TestDatabase } from './support/test-database';

jest.setTimeout(60_000);

function runCli(args: string[], env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  const cli = join(dirname(compileSift()), 'cli.js');
  const child = spawn(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (status) => resolve({ status, stderr })));
}

describe('npm run import (the command line)', () => {
  let database: TestDatabase;
  beforeAll(async () => (database = await createTestDatabase()));
  afterAll(() => database.drop());

  it('imports a file with progress, lists the bad lines, and imports nothing new the second time', async () => {
    const env = { DATABASE_URL: database.url, DATA_DIR: database.dataDir };
    const file = join(database.dataDir, 'candidates.jsonl');
    const lines = ['Kandidaat Üks', 'Kandidaat Kaks', 'Kandidaat Kolm'].map((name, index) =>
      JSON.stringify({
        basics: { name, email: `person${index}@example.com` },
        work: [{ position: 'Müügijuht', name: 'Baltic Trade OÜ', startDate: `201${index}` }],
      }),
    );
    writeFileSync(file, [lines[0], '{"basics": {"name": "No Mail"}}', lines[1], lines[2]].join('\n'));

    const first = await runCli(['import', file, '--source', 'job fair'], env);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain('First admin account: admin@sift.local');
    expect(first.stderr).toContain('100%  4 read, 3 new, 0 updated, 1 failed');
    expect(first.stderr).toContain(`Imported ${file}: 4 records, 3 new, 0 updated, 0 unchanged, 0 applied, 1 failed`);
    expect(first.stderr).toContain('  line 2: basics.email is required');

    writeFileSync(file, lines.join('\n'));
    const second = await runCli(['import', file], env);
    expect(second.status).toBe(0);
    expect(second.stderr).toContain('3 records, 0 new, 0 updated, 3 unchanged');
  });

  it('says what is wrong when it cannot start', async () => {
    const env = { DATABASE_URL: database.url, DATA_DIR: database.dataDir };
    const missing = await runCli(['import', '/nonexistent/candidates.jsonl'], env);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^Cannot read \/nonexistent\/candidates.jsonl: ENOENT/m);
    const usage = await runCli(['import', '--vacancy'], env);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^--vacancy needs a value\n\nUsage: npm run import/);
  });
});

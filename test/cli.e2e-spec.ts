import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { Client } from 'pg';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileSift } from './support/sift-process';
import { createTestDatabase, TestDatabase } from './support/test-database';

jest.setTimeout(60_000);

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const cli = join(dirname(compileSift()), 'cli.js');
  const child = spawn(process.execPath, [cli, ...args], {
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (status) => resolve({ status, stdout, stderr })));
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

describe('npm run audit:verify (the command line)', () => {
  let database: TestDatabase;
  beforeAll(async () => (database = await createTestDatabase()));
  afterAll(() => database.drop());

  it('passes the trail as Sift wrote it, and names the entry someone edited by hand', async () => {
    const env = { DATABASE_URL: database.url, DATA_DIR: database.dataDir };
    const file = join(database.dataDir, 'one.jsonl');
    writeFileSync(file, JSON.stringify({ basics: { name: 'Kadri Kask', email: 'kadri@example.ee' } }));
    expect((await runCli(['import', file], env)).status).toBe(0);

    const whole = await runCli(['audit:verify'], env);
    expect(whole.status).toBe(0);
    expect(whole.stdout).toMatch(/^The audit trail is whole: \d+ entries checked, head [0-9a-f]{64}\n$/);

    // Someone with the database's keys sets the guard aside and edits the candidate's entry.
    const seq = await handEdit(database);

    const broken = await runCli(['audit:verify'], env);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(
      `The audit trail is broken at entry ${seq}: its content no longer matches its hash`,
    );
  });
});

async function handEdit(database: TestDatabase): Promise<number> {
  const find = "SELECT seq FROM audit_entries WHERE action = 'candidate.created'";
  if (database.dialect === 'postgres') {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const { seq } = (await client.query(find)).rows[0] as { seq: number };
      await client.query('ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only');
      await client.query("UPDATE audit_entries SET actor_roles = 'admin' WHERE seq = $1", [seq]);
      return seq;
    } finally {
      await client.end();
    }
  }
  const db = new Database(join(database.dataDir, 'sift.db'));
  try {
    db.exec('DROP TRIGGER audit_entries_no_update');
    const { seq } = db.prepare(find).get() as { seq: number };
    db.prepare("UPDATE audit_entries SET actor_roles = 'admin' WHERE seq = ?").run(seq);
    return seq;
  } finally {
    db.close();
  }
}

/**
 * Start-up to a healthy /health on an existing database.
 *
 *   npm run bench:startup                      # SQLite
 *   BENCH_DATABASE_URL=postgres://… npm run bench:startup
 *
 * Runs the built server (dist/) RUNS times against a database that an earlier
 * start already migrated, and the same number of times a bare Node HTTP server
 * as the baseline, interleaved, so the ratio holds on a busy machine.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.RUNS ?? 15);
const ROOT = join(__dirname, '..');
const MAIN = join(ROOT, 'dist', 'src', 'main.js');
const BARE = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;

async function timeToHealthy(args: string[], env: Record<string, string>, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health`);
        await response.arrayBuffer();
        if (response.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

function summary(values: number[]): { median: number; p90: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9), min: sorted[0], max: sorted[sorted.length - 1] };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sift-bench-startup-'));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `sqlite:${join(dataDir, 'sift.db')}`,
    ADMIN_PASSWORD: 'bench-admin-password',
  };
  const port = 39_000 + (process.pid % 1000);
  try {
    // The first start creates the schema and the admin; only later starts are measured.
    await timeToHealthy([MAIN], env, port);
    const sift: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      bare.push(await timeToHealthy(['-e', BARE], env, port));
      sift.push(await timeToHealthy([MAIN], env, port));
    }
    const s = summary(sift);
    const b = summary(bare);
    const engine = env.DATABASE_URL.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(`Start-up to healthy /health on an existing ${engine} database, ${RUNS} runs`);
    console.log(`  Sift:          median ${ms(s.median)}, p90 ${ms(s.p90)}, min ${ms(s.min)}, max ${ms(s.max)}`);
    console.log(`  bare Node:     median ${ms(b.median)}, p90 ${ms(b.p90)}, min ${ms(b.min)}, max ${ms(b.max)}`);
    console.log(`  ratio (median): ${(s.median / b.median).toFixed(1)}x the bare Node start`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * The shortlist under load against `/health`, as bench/pipeline.ts measures
 * it: the built server started as a real process on the benchmark's
 * database with the Node flags of `npm start`, then autocannon alternating
 * between the two targets, best of the rounds.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface LoadFigures {
  /** The size of one answer's body. */
  bytes: number;
  rps: number[];
  p50: number[];
  p99: number[];
}

export interface LoadOptions {
  databaseUrl: string;
  dataDir: string;
  adminPassword: string;
  /** Name to path, each with the admin's token. */
  targets: (base: string) => Record<string, string>;
  connections: number;
  duration: number;
  rounds: number;
}

export async function measureUnderLoad(options: LoadOptions): Promise<Record<string, LoadFigures>> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...startFlags(), join(ROOT, 'dist', 'src', 'main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: options.dataDir,
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      ADMIN_PASSWORD: options.adminPassword,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    await waitForHealth(base);
    const token = await login(base, options.adminPassword);
    const results: Record<string, LoadFigures> = {};
    for (const [name, path] of Object.entries(options.targets(base))) {
      const response = await fetch(base + path, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`${name}: ${response.status} ${await response.text()}`);
      results[name] = { bytes: (await response.arrayBuffer()).byteLength, rps: [], p50: [], p99: [] };
    }
    for (let round = 0; round < options.rounds; round++) {
      for (const [name, path] of Object.entries(options.targets(base))) {
        const run = await autocannon({
          url: base + path,
          connections: options.connections,
          duration: options.duration,
          headers: { authorization: `Bearer ${token}` },
        });
        if (run.non2xx) throw new Error(`${name}: ${run.non2xx} answers were not 2xx`);
        const figures = results[name];
        figures.rps.push(run.requests.average);
        figures.p50.push(run.latency.p50);
        figures.p99.push(run.latency.p99);
      }
    }
    return results;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** The Node flags `npm start` gives the server (its heap limits), so the server here runs as it does there. */
function startFlags(): string[] {
  const start: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
  return start.split(/\s+/).filter((word) => word.startsWith('--'));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not come up');
}

export async function login(base: string, password: string): Promise<string> {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@sift.local', password }),
  });
  if (!response.ok) throw new Error(`login: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

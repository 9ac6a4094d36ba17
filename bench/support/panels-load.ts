/**
 * The shortlist under load against `/health`, as bench/pipeline.ts measures
 * it: the built server started as a real process on the benchmark's
 * database with the Node flags of `npm start`, then autocannon alternating
 * between the two targets, best of the rounds.
 */
import autocannon from 'autocannon';
import { startBuiltServer } from './sift-server';

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
  const server = await startBuiltServer(options);
  const { base } = server;
  try {
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
    await server.stop();
  }
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

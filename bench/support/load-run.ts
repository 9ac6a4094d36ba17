/**
 * Load from a process of its own, and what the servers spent on it. The load
 * generator is autocannon's own command line, so that sending requests and
 * reading 100 KB answers is not done by the benchmark's process, which samples
 * memory and reads the database meanwhile; on two cores it still competes with
 * the servers and the database, which is why each run also reports the CPU
 * time the servers (and, on PostgreSQL, the database's backends) spent per
 * request: a figure the machine's other work disturbs much less than a rate.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

const LOCAL = ['127.0.0.1', 'localhost', '[::1]'];
/** Linux's clock ticks per second (USER_HZ), the unit of /proc/<pid>/stat's CPU times. */
const TICKS_PER_SECOND = 100;

export interface LoadRun {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Server CPU (user + system) per request, all servers together, in milliseconds. */
  serverMs: number;
  /** The database's CPU per request (PostgreSQL on this machine), in milliseconds; undefined when unknown. */
  databaseMs?: number;
  /** Cores the load generator kept busy, from its CPU time at its last sample. */
  loadCores: number;
}

export interface LoadOptions {
  /** One URL per server; autocannon spreads the connections over them in turn. */
  urls: string[];
  connections: number;
  duration: number;
  headers: Record<string, string>;
  serverPids: number[];
  database?: DatabaseCpu;
}

/** One run of autocannon's command line; throws on any answer that is not 2xx. */
export async function loadRun(options: LoadOptions): Promise<LoadRun> {
  const cli = join(dirname(require.resolve('autocannon/package.json')), 'autocannon.js');
  const headers = Object.entries(options.headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]);
  const before = options.serverPids.map(cpuMs);
  const databaseBefore = await options.database?.sample();
  const child = spawn(
    process.execPath,
    [cli, '--json', '-c', String(options.connections), '-d', String(options.duration), ...headers, ...options.urls],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let loadCpu = 0;
  const watch = setInterval(() => (loadCpu = cpuMs(child.pid!) || loadCpu), 100);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(watch);
  if (code !== 0) throw new Error(`autocannon exited with ${code}`);
  const run = JSON.parse(output);
  if (run.non2xx || run.errors) throw new Error(`${run.non2xx} answers were not 2xx, ${run.errors} errors`);
  const spent = options.serverPids.reduce((sum, pid, index) => sum + cpuMs(pid) - before[index], 0);
  const databaseSpent = databaseBefore && (await options.database!.sample()).since(databaseBefore);
  const requests: number = run.requests.total;
  return {
    rps: run.requests.average,
    p50: run.latency.p50,
    p99: run.latency.p99,
    requests,
    serverMs: spent / requests,
    databaseMs: databaseSpent === undefined ? undefined : databaseSpent / requests,
    loadCores: loadCpu / 1000 / options.duration,
  };
}

/** A process's CPU time so far (user + system), in milliseconds; 0 once it is gone. */
export function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

interface DatabaseSample {
  /** CPU spent since an earlier sample by the backends alive now (one that started since counts from 0). */
  since(earlier: DatabaseSample): number;
  byPid: Map<number, number>;
}

export interface DatabaseCpu {
  sample(): Promise<DatabaseSample>;
  close(): Promise<void>;
}

/**
 * The CPU time of the PostgreSQL backends serving Sift's connections to this
 * database, read from /proc: only for a server on this machine that this user
 * may inspect; undefined otherwise.
 */
export async function databaseCpu(databaseUrl: string): Promise<DatabaseCpu | undefined> {
  if (!databaseUrl.startsWith('postgres') || !LOCAL.includes(new URL(databaseUrl).hostname)) return undefined;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const sample = async (): Promise<DatabaseSample> => {
    const { rows } = await db.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'sift'",
    );
    const byPid = new Map(rows.map(({ pid }) => [pid, cpuMs(pid)]));
    return {
      byPid,
      since: (earlier) => [...byPid].reduce((sum, [pid, ms]) => sum + ms - (earlier.byPid.get(pid) ?? 0), 0),
    };
  };
  const probe = await sample();
  if (probe.byPid.size > 0 && [...probe.byPid.values()].every((ms) => ms === 0)) {
    await db.end();
    return undefined; // the backends' /proc entries cannot be read here
  }
  return { sample, close: () => db.end() };
}

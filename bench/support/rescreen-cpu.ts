/**
 * CPU time beside the clock, for bench/rescreen.ts: on a shared machine the
 * clock counts other work's turns too, while CPU seconds count only the
 * measured work, in whichever process it ran (this one, the server, and on
 * PostgreSQL the database's backends). Linux only (/proc); elsewhere NaN.
 */
import { existsSync } from 'node:fs';
import { cpuMs } from './load-run';
import { RawDatabase, rawQuery } from './rescreen-floor';

/** CPU seconds a process has used so far (user and system), or NaN when it cannot be read. */
export function cpuSecondsOf(pid: number): number {
  // cpuMs reads /proc/<pid>/stat and gives 0 for a process it cannot read.
  return existsSync(`/proc/${pid}/stat`) ? cpuMs(pid) / 1000 : NaN;
}

/** CPU seconds of this process since `since` (process.cpuUsage()). */
export function ownCpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

/**
 * Counts the CPU the given processes use from now on and, on PostgreSQL, that
 * of every client backend serving the bench's database but `raw`'s own (which
 * only polls), backends that start meanwhile included: the list is read again
 * every 100 ms, so one that ends between two readings loses at most that.
 * Autovacuum is left out: when it runs is up to PostgreSQL, not to the work.
 */
export async function cpuMeter(
  raw: RawDatabase,
  pids: number[],
): Promise<{ stop(): Promise<{ total: number; database: number }> }> {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  const read = async (start: boolean) => {
    const watched = [...pids];
    if (raw.kind === 'postgres') {
      const rows = await rawQuery<{ pid: number }>(
        raw,
        `SELECT pid FROM pg_stat_activity
          WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      watched.push(...rows.map((row) => row.pid));
    }
    for (const pid of watched) {
      const seconds = cpuSecondsOf(pid);
      if (Number.isNaN(seconds)) continue;
      // A backend first seen after the start counts from its beginning.
      if (!first.has(pid)) first.set(pid, start ? seconds : 0);
      last.set(pid, seconds);
    }
  };
  await read(true);
  let reading = Promise.resolve();
  const timer = setInterval(() => (reading = reading.then(() => read(false))), 100);
  return {
    async stop() {
      clearInterval(timer);
      await reading;
      await read(false);
      let total = 0;
      let database = 0;
      for (const [pid, seconds] of last) {
        total += seconds - first.get(pid)!;
        if (!pids.includes(pid)) database += seconds - first.get(pid)!;
      }
      return { total, database };
    },
  };
}

/** The process id of `raw`'s own backend on PostgreSQL; null on SQLite. */
export async function backendPid(raw: RawDatabase): Promise<number | null> {
  if (raw.kind !== 'postgres') return null;
  const [row] = await rawQuery<{ pid: number }>(raw, 'SELECT pg_backend_pid() AS pid');
  return row.pid;
}

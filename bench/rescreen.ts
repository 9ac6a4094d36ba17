/**
 * Re-screening against its floor, on a fresh database:
 *
 *   npm run bench:rescreen                                  # SQLite
 *   BENCH_DATABASE_URL=postgres://… npm run bench:rescreen  # PostgreSQL (an empty database)
 *
 * 1. The built server as a real process (bench/support/sift-server.ts); one
 *    vacancy of the Accountmanager B profile filled through the import path
 *    with N generated JSON Resume candidates (default 100,000), each applied
 *    and screened; then the jobs the import left are waited for.
 * 2. Two rounds, each of:
 *    - the floor (support/rescreen-floor.ts): the same N fact sets, read
 *      beforehand, scored in this process by ScreeningRunner under a new
 *      profile version, and written back in one raw-SQL write;
 *    - the real re-screen: another new version pinned with PATCH
 *      /vacancies/:id, timed until its screening job has finished, then checked:
 *      every open application carries the new version, with the columns this
 *      process computes for it.
 *    The two versions' criteria differ (target years in sales 6, then the
 *    template's), so both write changed scores and sort keys.
 * Before each measurement the database is tidied (VACUUM ANALYZE on
 * PostgreSQL, a WAL checkpoint on SQLite) so neither pays for the other's
 * garbage. Each is given by the clock and in CPU seconds of every process
 * that did its work (support/rescreen-cpu.ts): on a shared machine the clock
 * also counts other work's turns.
 *
 * N and ROUNDS change the size and the rounds. BENCH_DATA_DIR keeps the
 * filled database (SQLite's file, or which vacancy it is on PostgreSQL) to
 * measure again without importing again. BENCH_CPU_PROFILE=<dir> writes the
 * server's CPU profile there; BENCH_NODE_FLAGS gives the server more Node
 * flags (--trace-gc, say).
 */
import { dataDir, databaseUrl, kept, postgres } from './support/rescreen-env';
import 'reflect-metadata';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { RoleProfilesRepository } from '../src/role-profiles/role-profiles.repository';
import { ScreeningRunner } from '../src/screening/screening-runner';
import { Vacancy } from '../src/vacancies/entities/vacancy.entity';
import { jobsDrained } from './support/filled-scene';
import { backendPid, cpuMeter, cpuSecondsOf, ownCpuSeconds } from './support/rescreen-cpu';
import { resumeLine } from './support/generated-resumes';
import {
  closeRaw,
  FactSet,
  loadFactSets,
  openRaw,
  RawDatabase,
  rawQuery,
  scoreAll,
  screenOne,
  writeAll,
} from './support/rescreen-floor';
import { ADMIN_EMAIL, Api, startBuiltServer } from './support/sift-server';

const N = Number(process.env.N ?? 100_000);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const PER_REQUEST = 10_000;
const PASSWORD = 'bench-admin-password';

async function main(): Promise<void> {
  const server = await startBuiltServer({
    databaseUrl,
    dataDir,
    adminPassword: PASSWORD,
    nodeFlags: [
      ...(process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : []),
      ...(process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? []),
    ],
    logs: Boolean(process.env.BENCH_SERVER_LOGS),
  });
  const raw = await openRaw(databaseUrl);
  const sift = await siftReader();
  try {
    const api = await freshConnectionsApi(server.base, PASSWORD);
    const sceneFile = join(dataDir, `bench-rescreen-${N}.json`);
    const scene = existsSync(sceneFile) ? JSON.parse(readFileSync(sceneFile, 'utf8')) : await filled(raw, api);
    if (kept) writeFileSync(sceneFile, JSON.stringify(scene));
    const { profile, vacancy } = scene as { profile: { id: string }; vacancy: { id: string } };
    const sets = await loadFactSets(raw, vacancy.id);
    if (sets.length !== N) throw new Error(`found ${sets.length} open applications, not ${N}`);
    const template = (await api('GET', `/role-profiles/${profile.id}`)).criteria;
    const stricter = { ...template, salesExperience: { ...template.salesExperience, targetYears: 6 } };

    const floors: number[] = [];
    const reals: number[] = [];
    const floorCpu: number[] = [];
    const realCpu: number[] = [];
    const realDatabaseCpu: number[] = [];
    const floorDatabaseCpu: number[] = [];
    const floorBackend = await backendPid(raw);
    const backendCpu = () => (floorBackend === null ? 0 : cpuSecondsOf(floorBackend));
    for (let round = 1; round <= ROUNDS; round++) {
      // The floor: scored under a stored version, written with its number, and timed from the first score.
      const floorVersion = (await api('POST', `/role-profiles/${profile.id}/versions`, { criteria: stricter })).version;
      const screening = await sift.screening(profile.id, floorVersion, vacancy.id);
      await tidy(raw);
      const [floorStarted, ownBefore, backendBefore] = [performance.now(), process.cpuUsage(), backendCpu()];
      const now = new Date();
      await writeAll(raw, scoreAll(raw.kind, screening.runner, screening.prepared, screening.vacancy, sets, now));
      floors.push((performance.now() - floorStarted) / 1000);
      floorDatabaseCpu.push(backendCpu() - backendBefore);
      floorCpu.push(ownCpuSeconds(ownBefore) + floorDatabaseCpu.at(-1)!);
      await expectVersion(raw, vacancy.id, floorVersion);

      // The real re-screen, as a recruiter starts it: a new version pinned on the vacancy.
      const realVersion = (await api('POST', `/role-profiles/${profile.id}/versions`, { criteria: template })).version;
      await tidy(raw);
      const meter = await cpuMeter(raw, [server.child.pid!]);
      const realStarted = performance.now();
      await api('PATCH', `/vacancies/${vacancy.id}`, { roleProfileVersion: realVersion });
      await screeningJobFinished(raw, vacancy.id);
      reals.push((performance.now() - realStarted) / 1000);
      const used = await meter.stop();
      realCpu.push(used.total);
      realDatabaseCpu.push(used.database);
      await expectVersion(raw, vacancy.id, realVersion);
      await expectSameAsFloor(raw, sift, sets, { profileId: profile.id, version: realVersion, vacancyId: vacancy.id });
      process.stderr.write(
        `round ${round}: floor ${floors.at(-1)!.toFixed(2)} s (CPU ${floorCpu.at(-1)!.toFixed(2)} s), ` +
          `real ${reals.at(-1)!.toFixed(2)} s (CPU ${realCpu.at(-1)!.toFixed(2)} s), ` +
          `${(reals.at(-1)! / floors.at(-1)!).toFixed(2)}× by the clock, ` +
          `${(realCpu.at(-1)! / floorCpu.at(-1)!).toFixed(2)}× in CPU\n`,
      );
    }
    const engine = postgres ? 'PostgreSQL' : 'SQLite';
    const list = (values: number[]) => values.map((value) => value.toFixed(2)).join(' s, ') + ' s';
    const best = (floor: number[], real: number[]) =>
      `floor ${Math.min(...floor).toFixed(2)} s, real ${Math.min(...real).toFixed(2)} s, ` +
      `ratio ${(Math.min(...real) / Math.min(...floor)).toFixed(2)}× ` +
      `(per round: ${real.map((value, i) => (value / floor[i]).toFixed(2)).join('×, ')}×)`;
    console.log(`\nRe-screening ${N.toLocaleString('en')} applications on ${engine}, Node ${process.version}`);
    console.log(`floor (score in-process + one raw write): ${list(floors)} by the clock, CPU ${list(floorCpu)}`);
    console.log(`real (PATCH /vacancies/:id until done):  ${list(reals)} by the clock, CPU ${list(realCpu)}`);
    console.log(`best of ${ROUNDS} by the clock: ${best(floors, reals)}`);
    console.log(`best of ${ROUNDS} in CPU seconds: ${best(floorCpu, realCpu)}`);
    if (postgres) {
      console.log(`of which PostgreSQL's backends: floor ${list(floorDatabaseCpu)}, real ${list(realDatabaseCpu)}`);
    }
  } finally {
    await sift.close();
    await closeRaw(raw);
    await server.stop();
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A copy of the Accountmanager B template and one open vacancy of N imported, screened applications. */
async function filled(raw: RawDatabase, api: Api): Promise<{ profile: { id: string }; vacancy: { id: string } }> {
  const [{ count }] = await rawQuery<{ count: number }>(raw, 'SELECT COUNT(*) AS count FROM applications');
  if (Number(count) > 0) throw new Error('the database is not empty: give the bench a fresh one');
  const manager = await api('POST', '/users', {
    name: 'Bench Manager',
    email: 'manager@bench.local',
    roles: ['hiring_manager'],
  });
  const profile = await api('POST', '/role-profiles/templates/accountmanager-b/copy', {});
  const vacancy = await api('POST', '/vacancies', {
    title: 'Accountmanager B',
    description: 'Benchmark',
    employmentType: 'full_time',
    headcount: 1,
    roleProfileId: profile.id,
    hiringManagerIds: [manager.user.id],
  });
  await api('POST', `/vacancies/${vacancy.id}/status`, { status: 'open' });
  const started = performance.now();
  for (let done = 0; done < N; done += PER_REQUEST) {
    const size = Math.min(PER_REQUEST, N - done);
    const body = Array.from({ length: size }, (_, i) => resumeLine(done + i)).join('\n');
    const report = await api('POST', `/candidates/import?vacancyId=${vacancy.id}`, body, 'application/x-ndjson');
    if (report.applied !== size) throw new Error(`applied ${report.applied} of ${size}`);
    process.stderr.write(
      `imported ${(done + size).toLocaleString('en')} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
    );
  }
  await jobsDrained(api);
  return { profile: { id: profile.id }, vacancy: { id: vacancy.id } };
}

/**
 * The API as the admin, each request on a connection of its own, closed after
 * it: with fetch's pool, a connection kept alive across minutes of importing
 * was found closed by the server when the next request went out on it
 * ("other side closed").
 */
async function freshConnectionsApi(base: string, password: string): Promise<Api> {
  const call = (method: string, path: string, body?: unknown, type = 'application/json', token?: string) =>
    new Promise<any>((resolve, reject) => {
      const request = httpRequest(
        base + path,
        {
          method,
          agent: false,
          headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () =>
            (response.statusCode ?? 500) < 300
              ? resolve(text ? JSON.parse(text) : undefined)
              : reject(new Error(`${method} ${path}: ${response.statusCode} ${text.slice(0, 500)}`)),
          );
        },
      );
      request.on('error', reject);
      request.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
    });
  const { accessToken } = await call('POST', '/auth/login', { email: ADMIN_EMAIL, password });
  const api = ((method: string, path: string, body?: unknown, type?: string) =>
    call(method, path, body, type, accessToken)) as Api;
  api.token = accessToken;
  return api;
}

/** Sift's own runner and vacancy, over a TypeORM connection of this process: what the floor scores with. */
async function siftReader() {
  const dataSource = await new DataSource({
    ...dataSourceOptions({
      dialect: postgres ? 'postgres' : 'sqlite',
      url: databaseUrl,
      sqlitePath: postgres ? undefined : databaseUrl.slice('sqlite:'.length),
      runMigrations: false,
      busyTimeoutMs: 5000,
      poolSize: 2,
    }),
    logging: false,
  }).initialize();
  return {
    async screening(profileId: string, version: number, vacancyId: string) {
      // A fresh runner each time: nothing compiled carries over from one measurement to the next.
      const runner = new ScreeningRunner(new RoleProfilesRepository(dataSource));
      const prepared = await runner.prepare(profileId, version);
      const vacancy = await dataSource.getRepository(Vacancy).findOneByOrFail({ id: vacancyId });
      return { runner, prepared, vacancy };
    },
    close: () => dataSource.destroy(),
  };
}
type SiftReader = Awaited<ReturnType<typeof siftReader>>;

/** Garbage of the last write out of the way, so each measurement starts from the same kind of table. */
async function tidy(raw: RawDatabase): Promise<void> {
  if (raw.kind === 'postgres') await raw.db.query('VACUUM ANALYZE applications');
  else raw.db.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * Waits for the vacancy's screening job, recorded with the PATCH, to finish:
 * an indexed read of the jobs table every 10 ms, which does not scan the
 * applications being written.
 */
async function screeningJobFinished(raw: RawDatabase, vacancyId: string): Promise<void> {
  const key = `screening.vacancy:${vacancyId}`;
  for (;;) {
    const rows = await rawQuery<{ state: string; last_error: string | null }>(
      raw,
      'SELECT state, last_error FROM jobs WHERE dedupe_key = $1 ORDER BY created_at DESC LIMIT 1',
      [key],
    );
    if (rows[0]?.state === 'completed') return;
    if (rows[0]?.state === 'failed') throw new Error(`the screening job failed: ${rows[0].last_error}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function expectVersion(raw: RawDatabase, vacancyId: string, version: number): Promise<void> {
  const [{ other }] = await rawQuery<{ other: number }>(
    raw,
    `SELECT COUNT(*) AS other FROM applications
      WHERE vacancy_id = $1 AND (profile_version IS NULL OR profile_version <> $2)`,
    [vacancyId, version],
  );
  if (Number(other) !== 0) throw new Error(`${other} applications do not carry version ${version}`);
}

/** The real re-screen wrote what the floor's scoring makes of the same facts, column for column. */
async function expectSameAsFloor(
  raw: RawDatabase,
  sift: SiftReader,
  sets: readonly FactSet[],
  at: { profileId: string; version: number; vacancyId: string },
): Promise<void> {
  const rows = await rawQuery<Record<string, unknown>>(
    raw,
    `SELECT id, screened_at, eligible, screening_score, shortlist_score, completeness, fit_level, needs_review,
            profile_version, rules_version, screening, engine_version, scoring_input, sort_key
       FROM applications WHERE vacancy_id = $1`,
    [at.vacancyId],
  );
  const stored = new Map(rows.map((row) => [row.id as string, row]));
  const { runner, prepared, vacancy } = await sift.screening(at.profileId, at.version, at.vacancyId);
  const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
  for (const set of sets) {
    const row = stored.get(set.id)!;
    // SQLite keeps UTC as "YYYY-MM-DD HH:MM:SS.SSS", without a zone.
    const at = row.screened_at;
    const now = at instanceof Date ? at : new Date(`${String(at).replace(' ', 'T')}Z`);
    const c = screenOne(runner, prepared, vacancy, set, now);
    const number = (value: unknown) => (value === null ? null : Number(value));
    const actual = {
      eligible: Boolean(row.eligible),
      screeningScore: number(row.screening_score),
      shortlistScore: number(row.shortlist_score),
      completeness: number(row.completeness),
      fitLevel: row.fit_level,
      needsReview: Boolean(row.needs_review),
      profileVersion: number(row.profile_version),
      rulesVersion: number(row.rules_version),
      screening: json(row.screening),
      engineVersion: number(row.engine_version),
      scoringInput: json(row.scoring_input),
      sortKey: number(row.sort_key),
    };
    const { screenedAt: _screenedAt, ...expected } = JSON.parse(JSON.stringify(c));
    if (!isDeepStrictEqual(actual, expected)) {
      const fields = Object.keys(expected).filter(
        (key) => !isDeepStrictEqual(actual[key as keyof typeof actual], expected[key]),
      );
      throw new Error(
        `application ${set.id} was not screened as the floor screens it: ${fields.join(', ')} differ\n` +
          fields.map((key) => `${key}: ${JSON.stringify(actual[key as keyof typeof actual])}`).join('\n') +
          '\nexpected:\n' +
          fields.map((key) => `${key}: ${JSON.stringify(expected[key])}`).join('\n'),
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

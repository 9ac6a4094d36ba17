/**
 * The floor re-screening is measured against (bench/rescreen.ts): the same
 * fact sets scored in this process with the project's own scoring code, and
 * the results written back in one raw-SQL write, the most direct the engine
 * allows. What it leaves out (reading the facts, jobs, batches, revisions) is
 * what the real re-screen may spend its margin on.
 */
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { screeningColumns } from '../../src/applications/screened-application';
import type { ScreeningColumns } from '../../src/applications/screening-results.repository';
import type { KnownFact } from '../../src/candidates/known-fact';
import { candidateFactsOf } from '../../src/screening/candidate-facts';
import { today } from '../../src/screening/reference-date';
import type { PreparedScreening, ScreeningRunner } from '../../src/screening/screening-runner';
import type { CandidateFacts } from '../../src/scoring/profile';
import type { Vacancy } from '../../src/vacancies/entities/vacancy.entity';

/** One connection straight to the engine, outside Sift. */
export type RawDatabase = { kind: 'sqlite'; db: Database.Database } | { kind: 'postgres'; db: Client };

export async function openRaw(databaseUrl: string): Promise<RawDatabase> {
  if (databaseUrl.startsWith('postgres')) {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    return { kind: 'postgres', db };
  }
  const db = new Database(databaseUrl.slice('sqlite:'.length));
  // The server's own settings for the file (src/database/data-source-options.ts), so both write alike.
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -16000');
  db.pragma('secure_delete = ON');
  return { kind: 'sqlite', db };
}

export async function rawQuery<T>(raw: RawDatabase, sql: string, params: unknown[] = []): Promise<T[]> {
  if (raw.kind === 'postgres') return (await raw.db.query(sql, params)).rows as T[];
  const statement = raw.db.prepare(sql.replace(/\$\d+/g, '?'));
  return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
}

export async function closeRaw(raw: RawDatabase): Promise<void> {
  if (raw.kind === 'postgres') await raw.db.end();
  else raw.db.close();
}

export interface FactSet {
  id: string;
  interviewScore: number | null;
  facts: CandidateFacts;
}

/**
 * The open applications of a vacancy with their candidates' facts, read once
 * before any timing. Each candidate's facts are gathered as the server
 * gathers them (ScreeningResultsRepository), without an order of their own:
 * within a kind they come in the order the engine finds them, which on
 * PostgreSQL is where the rows lie, and the scoring input keeps that order.
 */
export async function loadFactSets(raw: RawDatabase, vacancyId: string): Promise<FactSet[]> {
  const facts =
    raw.kind === 'postgres'
      ? "json_agg(json_build_object('id', f.id, 'kind', f.kind, 'data', f.data, 'confirmed', f.confirmed))"
      : "json_group_array(json_object('id', f.id, 'kind', f.kind, 'data', json(f.data), 'confirmed', f.confirmed))";
  const rows = await rawQuery<{ id: string; interview_score: number | null; facts: string | KnownFact[] | null }>(
    raw,
    `SELECT a.id, a.interview_score,
            (SELECT ${facts} FROM candidate_facts f WHERE f.candidate_id = a.candidate_id) AS facts
       FROM applications a
      WHERE a.vacancy_id = $1 AND a.stage NOT IN ('hired', 'rejected', 'withdrawn') ORDER BY a.id`,
    [vacancyId],
  );
  return rows.map((row) => {
    const known = (typeof row.facts === 'string' ? JSON.parse(row.facts) : (row.facts ?? [])) as KnownFact[];
    for (const fact of known) fact.confirmed = Boolean(fact.confirmed);
    return {
      id: row.id,
      interviewScore: row.interview_score === null ? null : Number(row.interview_score),
      facts: candidateFactsOf(known),
    };
  });
}

/** One fact set screened as the server screens it: the same runner, the same columns. */
export function screenOne(
  runner: ScreeningRunner,
  prepared: PreparedScreening,
  vacancy: Vacancy,
  set: FactSet,
  now: Date,
): ScreeningColumns {
  const outcome = runner.screen(prepared, set.facts, today(now));
  return screeningColumns(vacancy, prepared, outcome, now, set.interviewScore);
}

/** The columns written, the id last (for the WHERE). */
const COLUMNS = [
  'screened_at',
  'eligible',
  'screening_score',
  'shortlist_score',
  'completeness',
  'fit_level',
  'needs_review',
  'profile_version',
  'rules_version',
  'screening',
  'engine_version',
  'scoring_input',
  'sort_key',
  'updated_at',
];
const PG_TYPES = [
  'timestamptz',
  'boolean',
  'integer',
  'integer',
  'integer',
  'varchar',
  'boolean',
  'integer',
  'integer',
  'jsonb',
  'integer',
  'jsonb',
  'integer',
  'timestamptz',
  'uuid',
];

/**
 * Every fact set screened, each result at once turned into the values the
 * engine stores (JSON as text, times and booleans in the engine's form), so
 * that only those are kept until the write.
 */
export function scoreAll(
  engine: RawDatabase['kind'],
  runner: ScreeningRunner,
  prepared: PreparedScreening,
  vacancy: Vacancy,
  sets: readonly FactSet[],
  now: Date,
): unknown[][] {
  const time = engine === 'sqlite' ? sqliteTime : (date: Date) => date.toISOString();
  const flag = engine === 'sqlite' ? Number : (value: boolean) => value;
  const updatedAt = time(now);
  return sets.map((set) => {
    const c = screenOne(runner, prepared, vacancy, set, now);
    return [
      time(c.screenedAt),
      flag(c.eligible),
      c.screeningScore,
      c.shortlistScore,
      c.completeness,
      c.fitLevel,
      flag(c.needsReview),
      c.profileVersion,
      c.rulesVersion,
      JSON.stringify(c.screening),
      c.engineVersion,
      JSON.stringify(c.scoringInput),
      c.sortKey,
      updatedAt,
      set.id,
    ];
  });
}

/**
 * The rows written in one go: on SQLite one prepared UPDATE run per row in
 * one transaction; on PostgreSQL, in one transaction, COPY of all the rows
 * into a temporary table and one UPDATE … FROM it, PostgreSQL's bulk-load
 * path. (One UPDATE … FROM unnest(one array a column) was tried and set
 * aside: node-postgres spent four times the database's own work quoting the
 * JSON of 100,000 rows into array literals, a floor no one should measure
 * against; one jsonb_to_recordset of all the rows is past jsonb's 256 MB.)
 */
export async function writeAll(raw: RawDatabase, rows: readonly unknown[][]): Promise<void> {
  if (raw.kind === 'sqlite') {
    const statement = raw.db.prepare(
      `UPDATE applications SET ${COLUMNS.map((name) => `${name} = ?`).join(', ')} WHERE id = ?`,
    );
    raw.db.transaction(() => {
      for (const row of rows) statement.run(row);
    })();
    return;
  }
  await raw.db.query('BEGIN');
  try {
    const names = [...COLUMNS, 'id'];
    await raw.db.query(
      `CREATE TEMPORARY TABLE floor_rows (${names.map((name, i) => `${name} ${PG_TYPES[i]}`).join(', ')}) ON COMMIT DROP`,
    );
    await copyIn(raw.db, 'COPY floor_rows FROM STDIN', copyText(rows));
    await raw.db.query(
      `UPDATE applications SET ${COLUMNS.map((name) => `${name} = v.${name}`).join(', ')}
         FROM floor_rows v WHERE applications.id = v.id`,
    );
    await raw.db.query('COMMIT');
  } catch (error) {
    await raw.db.query('ROLLBACK');
    throw error;
  }
}

/** Rows in COPY's text format, in chunks of about 1 MB. */
function* copyText(rows: readonly unknown[][]): Generator<Buffer> {
  let lines: string[] = [];
  let size = 0;
  for (const row of rows) {
    const line = row.map(copyField).join('\t') + '\n';
    lines.push(line);
    size += line.length;
    if (size > 1 << 20) {
      yield Buffer.from(lines.join(''));
      lines = [];
      size = 0;
    }
  }
  if (lines.length) yield Buffer.from(lines.join(''));
}

/** A field as COPY's text format writes it: \N for null; backslash, tab and line breaks escaped. */
function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = String(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (char) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[char]!)
    : text;
}

/**
 * COPY … FROM STDIN over node-postgres, which has no COPY of its own: an
 * object the client runs like a query (its "submittable" interface), sending
 * the data when the server asks for it.
 */
function copyIn(client: Client, sql: string, chunks: Iterable<Buffer>): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed = false;
    const copy = {
      submit: (connection: { query(text: string): void }) => connection.query(sql),
      handleCopyInResponse: (connection: { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void }) => {
        for (const chunk of chunks) connection.sendCopyFromChunk(chunk);
        connection.endCopyFrom();
      },
      handleCommandComplete: () => undefined,
      handleReadyForQuery: () => (failed ? undefined : resolve()),
      handleError: (error: Error) => {
        failed = true;
        reject(error);
      },
    };
    void client.query(copy as never);
  });
}

function sqliteTime(date: Date): string {
  return date.toISOString().replace('T', ' ').slice(0, 23);
}

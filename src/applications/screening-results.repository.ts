import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { KnownFact } from '../candidates/known-fact';
import { BulkColumnType, updateRows } from '../database/bulk-update';
import { SqlParams } from '../database/placeholders';
import { Transaction } from '../database/transaction';
import type { ScoringInput } from '../scoring/provenance';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { raiseShortlistRevision } from '../vacancies/shortlist-revision';
import { Application } from './entities/application.entity';
import { FINAL_STAGES } from './pipeline';

/** What screening writes onto an application. */
export interface ScreeningColumns {
  screenedAt: Date;
  eligible: boolean;
  screeningScore: number;
  shortlistScore: number;
  completeness: number;
  fitLevel: string | null;
  needsReview: boolean;
  profileVersion: number;
  rulesVersion: number;
  screening: Application['screening'];
  engineVersion: number;
  scoringInput: ScoringInput;
  sortKey: number;
}

/** Which application, of whom, for what: what re-screening needs to find the rest. */
export interface ApplicationRef {
  id: string;
  candidateId: string;
  vacancyId: string;
  /** Kept as it is: screening again combines the new screening score with it. */
  interviewScore: number | null;
}

/** An application's new screening result, for saveScreenings. */
export interface ScreeningResult {
  id: string;
  vacancyId: string;
  columns: ScreeningColumns;
}

/**
 * An open application with its candidate's facts: everything screening it
 * again reads. The facts stay the database's JSON text until asked for:
 * parsed with the batch, a batch's facts outlived the server's young
 * generation, and collecting them was most of the garbage collector's work.
 */
export class ApplicationToScreen implements ApplicationRef {
  constructor(
    readonly id: string,
    readonly candidateId: string,
    readonly vacancyId: string,
    readonly interviewScore: number | null,
    private readonly factsJson: string | null,
  ) {}

  facts(): KnownFact[] {
    const facts = (this.factsJson === null ? [] : JSON.parse(this.factsJson)) as KnownFact[];
    // SQLite keeps booleans as 0 and 1.
    for (const fact of facts) fact.confirmed = Boolean(fact.confirmed);
    return facts;
  }
}

/** What a vacancy screens with; a batch is read only while the vacancy still screens with it. */
export type ScreeningSettings = Pick<
  Vacancy,
  'id' | 'roleProfileId' | 'roleProfileVersion' | 'screeningWeight' | 'interviewWeight' | 'knockoutPolicy'
>;

const FINAL = FINAL_STAGES.map((stage) => `'${stage}'`).join(', ');

/** The columns screening writes, in the order of the rows saveScreenings passes to updateRows. */
const SCREENING_COLUMNS: { name: string; type: BulkColumnType }[] = [
  { name: 'id', type: 'uuid' },
  { name: 'screened_at', type: 'timestamptz' },
  { name: 'eligible', type: 'boolean' },
  { name: 'screening_score', type: 'integer' },
  { name: 'shortlist_score', type: 'integer' },
  { name: 'completeness', type: 'integer' },
  { name: 'fit_level', type: 'varchar' },
  { name: 'needs_review', type: 'boolean' },
  { name: 'profile_version', type: 'integer' },
  { name: 'rules_version', type: 'integer' },
  { name: 'screening', type: 'jsonb' },
  { name: 'engine_version', type: 'integer' },
  { name: 'scoring_input', type: 'jsonb' },
  { name: 'sort_key', type: 'integer' },
  { name: 'updated_at', type: 'timestamptz' },
];

/** Screening results of applications in bulk: which to screen again, a batch at a time, and writing the results. */
@Injectable()
export class ScreeningResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A batch of a vacancy's open applications (not hired, rejected or withdrawn)
   * after `afterId`, in id order along IDX_applications_vacancy, each with its
   * candidate's facts (see `lockThenRead`); none once the vacancy no longer
   * screens with `settings` (a newer change queued a screening of its own).
   * Ids are time-ordered, so this is the order the rows were stored in, and
   * writing a batch's results back touches neighbouring pages rather than the
   * whole table. `last` is where the next batch starts.
   */
  async openApplicationsToScreen(
    tx: Transaction,
    settings: ScreeningSettings,
    afterId: string | null,
    limit: number,
  ): Promise<{ applications: ApplicationToScreen[]; last: string | null }> {
    const sql = new SqlParams(this.isPostgres());
    return this.lockThenRead(
      tx,
      `FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
        WHERE a.vacancy_id = ${sql.param(settings.id)} AND a.stage NOT IN (${FINAL})
          ${afterId === null ? '' : `AND a.id > ${sql.param(afterId)}`}
          AND v.role_profile_id = ${sql.param(settings.roleProfileId)}
          AND v.role_profile_version = ${sql.param(settings.roleProfileVersion)}
          AND v.screening_weight = ${sql.param(settings.screeningWeight)}
          AND v.interview_weight = ${sql.param(settings.interviewWeight)}
          AND v.knockout_policy = ${sql.param(settings.knockoutPolicy)}
        ORDER BY a.id LIMIT ${sql.param(limit)}`,
      sql.params,
    );
  }

  /**
   * What a vacancy screens with, as last committed: a change to the vacancy
   * still in flight is waited for (FOR SHARE on PostgreSQL; on SQLite the
   * caller's transaction waits its turn). A change that found this
   * screening's job still queued recorded no job of its own, and the job may
   * start before that change commits: it must then screen with the change.
   */
  async screeningSettings(tx: Transaction, vacancyId: string): Promise<ScreeningSettings | null> {
    const sql = new SqlParams(this.isPostgres());
    const [row]: Record<string, unknown>[] = await tx.query(
      `SELECT id, role_profile_id AS "roleProfileId", role_profile_version AS "roleProfileVersion",
              screening_weight AS "screeningWeight", interview_weight AS "interviewWeight",
              knockout_policy AS "knockoutPolicy"
         FROM vacancies WHERE id = ${sql.param(vacancyId)}${this.isPostgres() ? ' FOR SHARE' : ''}`,
      sql.params,
    );
    if (!row) return null;
    return {
      id: row.id as string,
      roleProfileId: row.roleProfileId as string,
      roleProfileVersion: Number(row.roleProfileVersion),
      screeningWeight: Number(row.screeningWeight),
      interviewWeight: Number(row.interviewWeight),
      knockoutPolicy: row.knockoutPolicy as ScreeningSettings['knockoutPolicy'],
    };
  }

  /**
   * Locks a candidate's open applications in the transaction that changes
   * their facts (PostgreSQL; SQLite's transactions take turns anyway). The
   * screening that change calls for may be merged into one still queued, which
   * may start before the change commits: its first read then waits for the
   * commit (lockThenRead) instead of scoring the facts as they were.
   */
  async holdOpenApplicationsOf(tx: Transaction, candidateId: string): Promise<void> {
    if (!this.isPostgres()) return;
    await tx.query(
      `SELECT id FROM applications WHERE candidate_id = $1 AND stage NOT IN (${FINAL}) ORDER BY id
          FOR NO KEY UPDATE`,
      [candidateId],
    );
  }

  /** A vacancy's open applications, and how many of them were screened with this profile version. */
  async versionCounts(vacancyId: string, profileVersion: number): Promise<{ open: number; screened: number }> {
    const [row]: { open: string | number; screened: string | number | null }[] = await this.dataSource
      .createQueryBuilder()
      .select('COUNT(*)', 'open')
      .addSelect('SUM(CASE WHEN a.profile_version = :version THEN 1 ELSE 0 END)', 'screened')
      .from(Application, 'a')
      .where('a.vacancy_id = :vacancyId', { vacancyId, version: profileVersion })
      .andWhere('a.stage NOT IN (:...final)', { final: FINAL_STAGES })
      .getRawMany();
    return { open: Number(row?.open ?? 0), screened: Number(row?.screened ?? 0) };
  }

  /** A candidate's open applications, to vacancies that still run, each with the candidate's facts. */
  async openApplicationsOfCandidate(tx: Transaction, candidateId: string): Promise<ApplicationToScreen[]> {
    const sql = new SqlParams(this.isPostgres());
    const { applications } = await this.lockThenRead(
      tx,
      `FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
        WHERE a.candidate_id = ${sql.param(candidateId)} AND a.stage NOT IN (${FINAL})
          AND v.status IN ('draft', 'open', 'on_hold')
        ORDER BY a.id`,
      sql.params,
    );
    return applications;
  }

  /**
   * The applications `from` (FROM … WHERE … ORDER BY a.id) finds, with their
   * candidates' facts, for screening them again in the caller's transaction.
   * On PostgreSQL their rows are locked first, and read in a second statement,
   * whose snapshot is taken after any wait for the lock: of two screenings
   * of an application at once (its vacancy's and its candidate's, say, after
   * a fact changed), the one that writes last has read last, so the facts it
   * scored include every change committed before it. SQLite's transactions
   * hold the write lock from their start, which does the same.
   */
  private async lockThenRead(
    tx: Transaction,
    from: string,
    params: unknown[],
  ): Promise<{ applications: ApplicationToScreen[]; last: string | null }> {
    if (!this.isPostgres()) {
      const rows: Record<string, unknown>[] = await tx.query(`SELECT ${this.toScreenColumns()} ${from}`, params);
      return { applications: rows.map(toScreen), last: (rows.at(-1)?.id as string | undefined) ?? null };
    }
    const locked: { id: string }[] = await tx.query(`SELECT a.id ${from} FOR NO KEY UPDATE OF a`, params);
    if (locked.length === 0) return { applications: [], last: null };
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT ${this.toScreenColumns()} FROM applications a
        WHERE a.id = ANY($1::uuid[]) AND a.stage NOT IN (${FINAL}) ORDER BY a.id`,
      [locked.map((row) => row.id)],
    );
    return { applications: rows.map(toScreen), last: locked.at(-1)!.id };
  }

  /**
   * Screening results for many applications, in the caller's transaction, and
   * the shortlist revisions of their vacancies raised with them. An
   * application hired, rejected or withdrawn since it was read keeps the
   * result it was decided on. Results are taken one at a time as they are
   * written (see updateRows). Returns how many were written.
   */
  async saveScreenings(tx: Transaction, results: Iterable<ScreeningResult>, now = new Date()): Promise<number> {
    const vacancyIds = new Set<string>();
    function* rows() {
      for (const { id, vacancyId, columns: c } of results) {
        vacancyIds.add(vacancyId);
        yield [
          id,
          c.screenedAt,
          c.eligible,
          c.screeningScore,
          c.shortlistScore,
          c.completeness,
          c.fitLevel,
          c.needsReview,
          c.profileVersion,
          c.rulesVersion,
          c.screening,
          c.engineVersion,
          c.scoringInput,
          c.sortKey,
          now,
        ];
      }
    }
    const written = await updateRows(tx, 'applications', SCREENING_COLUMNS, rows(), {
      onlyWhere: `stage NOT IN (${FINAL})`,
    });
    await raiseShortlistRevision(tx, vacancyIds);
    return written;
  }

  private isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /**
   * The application's reference and its candidate's facts as one JSON array
   * text, made by the database (along IDX_candidate_facts_candidate, so
   * grouped by kind): parsing a million small texts one by one was a fifth of
   * the time of screening 100,000 applications again. The text is put
   * together by concatenation rather than json_build_object / json_object:
   * the stored data is JSON already, ids are UUIDs and kinds plain words, and
   * building it as JSON made the database parse and print every fact's data
   * again. Measured for 100,000 applications: 2.0 s of CPU (Node and
   * PostgreSQL together) against 2.9–3.4 s; on SQLite 1.8 s against 2.2 s.
   */
  private toScreenColumns(): string {
    const postgres = this.isPostgres();
    const text = (column: string) => (postgres ? `${column}::text` : column);
    const fact = `'{"id":"' || ${text('f.id')} || '","kind":"' || f.kind || '","confirmed":' || ${text('f.confirmed')}
                  || ',"data":' || ${text('f.data')} || '}'`;
    const facts = postgres ? `string_agg(${fact}, ',')` : `group_concat(${fact}, ',')`;
    return `a.id AS id, a.candidate_id AS "candidateId", a.vacancy_id AS "vacancyId",
            a.interview_score AS "interviewScore",
            (SELECT '[' || ${facts} || ']' FROM candidate_facts f WHERE f.candidate_id = a.candidate_id) AS facts`;
  }
}

function toScreen(row: Record<string, unknown>): ApplicationToScreen {
  const interviewScore =
    row.interviewScore === null || row.interviewScore === undefined ? null : Number(row.interviewScore);
  return new ApplicationToScreen(
    row.id as string,
    row.candidateId as string,
    row.vacancyId as string,
    interviewScore,
    row.facts as string | null,
  );
}

import { Transaction } from '../database/transaction';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '../database/database-errors';
import { newId } from '../database/ids';
import { placeholder, SqlParams } from '../database/placeholders';
import { preparedQuery } from '../database/prepared-query';
import { storedTime } from '../database/stored-time';
import { ApplicationUnblinding } from './entities/application-unblinding.entity';
import type { Identity } from './blind-identity';
import type { HiddenCandidate } from './blind-output';

/** A stage's place on the path; rejected and withdrawn are before every stage, so they stay blind. */
const stageIndex = (column: string) =>
  `CASE ${column} WHEN 'applied' THEN 0 WHEN 'screening' THEN 1 WHEN 'interview' THEN 2 WHEN 'offer' THEN 3 WHEN 'hired' THEN 4 ELSE -1 END`;
/** The condition that application `a` of vacancy `v` is still blind. */
export const STILL_BLIND = `v.blind_until IS NOT NULL AND ${stageIndex('a.stage')} < ${stageIndex('v.blind_until')}`;

/** Application `a` is the user's to assess: a vacancy they are a hiring manager of, or an interview panel they sit on. */
export function reachedBy(sql: SqlParams, userId: string): string {
  return `(EXISTS (SELECT 1 FROM vacancy_members m WHERE m.vacancy_id = a.vacancy_id
                     AND m.user_id = ${sql.param(userId)} AND m.role = 'hiring_manager')
           OR EXISTS (SELECT 1 FROM interview_panelists p JOIN interviews i ON i.id = p.interview_id
                       WHERE i.application_id = a.id AND p.user_id = ${sql.param(userId)}))`;
}

/**
 * Which applications are blind (their vacancy hides who applied until a
 * stage they have not reached), and the record of recruiters unblinding one.
 */
@Injectable()
export class BlindScreeningRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Of these applications, the blind ones. */
  async blindApplications(applicationIds: readonly string[]): Promise<Set<string>> {
    const ids = [...new Set(applicationIds.filter(isId))];
    if (!ids.length) return new Set();
    const $ = placeholder(this.dataSource);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT a.id AS id FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
        WHERE a.id IN (${ids.map((_, index) => $(index + 1)).join(', ')}) AND ${STILL_BLIND}`,
      ids,
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Whether the user reaches the candidate through a blind application: one
   * to a vacancy they are a hiring manager of, or one whose interview panel
   * they sit on.
   */
  async reachesBlind(userId: string, candidateId: string): Promise<boolean> {
    if (!isId(candidateId)) return false;
    const sql = this.sql();
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 AS blind FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
        WHERE a.candidate_id = ${sql.param(candidateId)} AND ${STILL_BLIND} AND ${reachedBy(sql, userId)}
        LIMIT 1`,
      sql.params,
    );
    return rows.length > 0;
  }

  /**
   * The candidates the user sees only blind: for a recruiter or an admin, those
   * with a blind application they have not unblinded one of; for anyone else,
   * those they reach through a blind application they manage or sit on a panel of.
   */
  async hiddenFrom(userId: string, readsByRole: boolean): Promise<HiddenCandidate[]> {
    // Asked on every signed-in request. Without a blind vacancy nobody is hidden, and a read of the vacancies
    // says so; the query below PostgreSQL planned with two parallel workers at 200,000 applications, blind
    // vacancies or none, and starting them took 2 ms of its CPU a call.
    if (!(await this.anyBlindVacancy())) return [];
    const sql = this.sql();
    const reached = readsByRole
      ? `NOT EXISTS (SELECT 1 FROM application_unblindings u JOIN applications o ON o.id = u.application_id
                      WHERE o.candidate_id = a.candidate_id AND u.user_id = ${sql.param(userId)})`
      : reachedBy(sql, userId);
    // Prepared: PostgreSQL took longer to plan it than to run it. The inner query starts from the few blind
    // vacancies: SQLite keeps a CROSS JOIN's order (without it, it scanned every application). IN rather than
    // DISTINCT: for DISTINCT PostgreSQL set up a hash table sized by its estimate on every call.
    return (await preparedQuery(
      this.dataSource,
      readsByRole ? 'hidden-from-reader' : 'hidden-from-assessor',
      `SELECT c.id AS "candidateId", c.name AS name, c.email AS email, c.phone AS phone FROM candidates c
        WHERE c.id IN (SELECT a.candidate_id FROM vacancies v CROSS JOIN applications a
                        WHERE a.vacancy_id = v.id AND ${STILL_BLIND} AND ${reached})`,
      sql.params,
    )) as unknown as HiddenCandidate[];
  }

  /** Whether any vacancy hides who applied: asked on every signed-in request, so prepared. */
  private async anyBlindVacancy(): Promise<boolean> {
    const rows = await preparedQuery(
      this.dataSource,
      'any-blind-vacancy',
      'SELECT 1 AS blind FROM vacancies WHERE blind_until IS NOT NULL LIMIT 1',
      [],
    );
    return rows.length > 0;
  }

  private sql(): SqlParams {
    return new SqlParams(this.dataSource.options.type === 'postgres');
  }

  /** The candidate's blind applications. */
  async blindApplicationsOf(candidateId: string): Promise<string[]> {
    if (!isId(candidateId)) return [];
    const $ = placeholder(this.dataSource);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT a.id AS id FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
        WHERE a.candidate_id = ${$(1)} AND ${STILL_BLIND} ORDER BY a.id`,
      [candidateId],
    );
    return rows.map((row) => row.id);
  }

  /** Whether any application of the candidate is blind. */
  async anyBlind(candidateId: string): Promise<boolean> {
    if (!isId(candidateId)) return false;
    const $ = placeholder(this.dataSource);
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 AS blind FROM applications a JOIN vacancies v ON v.id = a.vacancy_id
        WHERE a.candidate_id = ${$(1)} AND ${STILL_BLIND} LIMIT 1`,
      [candidateId],
    );
    return rows.length > 0;
  }

  /** Whether the user unblinded an application of the candidate. */
  async unblindedCandidate(userId: string, candidateId: string): Promise<boolean> {
    const $ = placeholder(this.dataSource);
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 AS unblinded FROM application_unblindings u JOIN applications a ON a.id = u.application_id
        WHERE a.candidate_id = ${$(1)} AND u.user_id = ${$(2)} LIMIT 1`,
      [candidateId, userId],
    );
    return rows.length > 0;
  }

  async applicationExists(applicationId: string): Promise<boolean> {
    if (!isId(applicationId)) return false;
    const $ = placeholder(this.dataSource);
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 AS found FROM applications WHERE id = ${$(1)}`, [
      applicationId,
    ]);
    return rows.length > 0;
  }

  async identityOf(candidateId: string): Promise<Identity | undefined> {
    const $ = placeholder(this.dataSource);
    const rows: Identity[] = await this.dataSource.query(
      `SELECT name, email, phone, location FROM candidates WHERE id = ${$(1)}`,
      [candidateId],
    );
    return rows[0];
  }

  async record(
    tx: Transaction,
    unblinding: Omit<ApplicationUnblinding, 'id' | 'application'>,
  ): Promise<ApplicationUnblinding> {
    const row = { ...unblinding, id: newId() };
    await tx.getRepository(ApplicationUnblinding).insert(row);
    return row;
  }

  /** Whose application it is, and for which vacancy: for the audit trail's record of an unblinding. */
  async ownerOf(applicationId: string): Promise<{ candidateId: string; vacancyId: string } | null> {
    const $ = placeholder(this.dataSource);
    const [row] = (await this.dataSource.query(
      `SELECT candidate_id AS "candidateId", vacancy_id AS "vacancyId" FROM applications WHERE id = ${$(1)}`,
      [applicationId],
    )) as { candidateId: string; vacancyId: string }[];
    return row ?? null;
  }

  /** Who unblinded the application, and why, oldest first, with their names. */
  async unblindings(applicationId: string): Promise<(ApplicationUnblinding & { userName: string | null })[]> {
    const $ = placeholder(this.dataSource);
    const rows: { id: string; userId: string; userName: string | null; reason: string; createdAt: unknown }[] =
      await this.dataSource.query(
        `SELECT u.id AS id, u.user_id AS "userId", us.name AS "userName", u.reason AS reason, u.created_at AS "createdAt"
           FROM application_unblindings u LEFT JOIN users us ON us.id = u.user_id
          WHERE u.application_id = ${$(1)} ORDER BY u.created_at, u.id`,
        [applicationId],
      );
    return rows.map((row) => ({
      ...row,
      applicationId,
      createdAt: storedTime(row.createdAt),
    }));
  }
}

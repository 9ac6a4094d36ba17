import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Stage } from '../applications/entities/application.entity';
import { SqlParams } from '../database/placeholders';
import { CRITERION_KINDS, CriterionKind } from '../scoring/profile';
import type { VacancyStatus } from '../vacancies/entities/vacancy.entity';
import {
  FurthestCount,
  KnockoutRow,
  QUANTILES,
  REPORT_STAGES,
  roundedSpread,
  Spread,
  spreadOf,
  TIMED_STAGES,
} from './pipeline-figures';

/** Which applications a report is about: one vacancy or a hiring manager's, and a period of application dates. */
export interface ReportScope {
  vacancyId?: string;
  /** Only the vacancies whose role profile is of this family. */
  family?: string;
  /** Only the vacancies this user is a hiring manager of. */
  hiringManagerId?: string;
  /** Applied at or after. */
  from?: Date;
  /** Applied before. */
  before?: Date;
}

export interface ReportVacancyRow {
  id: string;
  title: string;
  status: VacancyStatus;
}

/** Vacancies offered in the report's form; a longer list would not serve as a select anyway. */
export const REPORT_VACANCIES_LISTED = 500;

/** The furthest step of the path an event moved to, as its index in REPORT_STAGES (events of `e`). */
export const STAGE_INDEX = `CASE e.to_stage ${REPORT_STAGES.map((stage, index) => `WHEN '${stage}' THEN ${index}`).join(' ')} ELSE 0 END`;
const TIMED = TIMED_STAGES.map((stage) => `'${stage}'`).join(', ');

/**
 * The pipeline report's figures, each one grouped query over the applications
 * in scope and their events, read through covering indexes (medians and
 * p90s: see `spreads`).
 */
@Injectable()
export class PipelineReportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /**
   * Per source, how many applications got at most as far as each stage of the
   * path, by their events. Each engine gets the form its planner runs best:
   * SQLite a lookup in the covering index per application (twice as fast as
   * grouping a join there); PostgreSQL a merge join of both covering indexes
   * (a subplan per application cost it three times as much, and a JIT compile).
   */
  async furthestStages(scope: ReportScope): Promise<FurthestCount[]> {
    const sql = new ReportSql(this.postgres);
    const perApplication = this.postgres
      ? `SELECT a.source AS source, MAX(${STAGE_INDEX}) AS furthest
           FROM applications a JOIN application_events e ON e.application_id = a.id
          WHERE ${sql.scope(scope)}
          GROUP BY a.id, a.source`
      : `SELECT a.source AS source,
                (SELECT MAX(${STAGE_INDEX}) FROM application_events e WHERE e.application_id = a.id) AS furthest
           FROM applications a
          WHERE ${sql.scope(scope)}`;
    const rows: { source: string | null; furthest: unknown; applications: unknown }[] = await this.dataSource.query(
      `SELECT x.source AS source, x.furthest AS furthest, COUNT(*) AS applications
         FROM (${perApplication}) x
        GROUP BY x.source, x.furthest`,
      sql.params,
    );
    return rows.map((row) => ({
      source: row.source,
      furthest: Number(row.furthest ?? 0),
      applications: Number(row.applications),
    }));
  }

  /** How many applications in scope stand in each stage now. */
  async currentStages(scope: ReportScope): Promise<Map<Stage, number>> {
    const sql = new ReportSql(this.postgres);
    const rows: { stage: Stage; applications: unknown }[] = await this.dataSource.query(
      `SELECT a.stage AS stage, COUNT(*) AS applications FROM applications a WHERE ${sql.scope(scope)} GROUP BY a.stage`,
      sql.params,
    );
    return new Map(rows.map((row) => [row.stage, Number(row.applications)]));
  }

  /**
   * Median and p90 days of the stays in each stage that have ended. A stay
   * begins with the event that moved the application into the stage and ends
   * with its next event that changed the stage: a hold, or a move to another
   * round, does not. Events are read in the order of their covering index,
   * so the window needs no sort.
   */
  async stageSpreads(scope: ReportScope): Promise<Map<string, Spread>> {
    const sql = new ReportSql(this.postgres);
    return this.spreads(
      sql,
      `SELECT s.stage AS grp, ${this.days('s.entered', 's.left_at')} AS value
         FROM (SELECT e.to_stage AS stage, e.created_at AS entered,
                      LEAD(e.created_at) OVER (PARTITION BY e.application_id ORDER BY e.revision) AS left_at
                 FROM application_events e
                WHERE e.application_id IN (SELECT a.id FROM applications a WHERE ${sql.scope(scope)})
                  AND (e.from_stage IS NULL OR e.from_stage <> e.to_stage)) s
        WHERE s.left_at IS NOT NULL AND s.stage IN (${TIMED})`,
    );
  }

  /** Median and p90 days from applying to the move to hired, of the hired applications (nothing leaves hired). */
  async timeToHire(scope: ReportScope): Promise<Spread> {
    const sql = new ReportSql(this.postgres);
    const spreads = await this.spreads(
      sql,
      `SELECT 'hired' AS grp, ${this.days('a.applied_at', 'MIN(e.created_at)')} AS value
         FROM applications a JOIN application_events e ON e.application_id = a.id AND e.to_stage = 'hired'
        WHERE ${sql.scope(scope)} AND a.stage = 'hired'
        GROUP BY a.id, a.applied_at`,
    );
    return spreads.get('hired') ?? spreadOf([]);
  }

  /** Per knock-out criterion, the applications that failed it and how many of them are rejected. */
  async failedKnockouts(scope: ReportScope): Promise<KnockoutRow[]> {
    const sql = new ReportSql(this.postgres);
    const [elements, criterion] = this.postgres
      ? [`jsonb_array_elements(a.screening -> 'failedKnockouts') k`, `k.value ->> 'criterion'`]
      : [`json_each(a.screening, '$.failedKnockouts') k`, `json_extract(k.value, '$.criterion')`];
    const rows: { criterion: string; failed: unknown; rejected: unknown }[] = await this.dataSource.query(
      `SELECT ${criterion} AS criterion, COUNT(*) AS failed,
              SUM(CASE WHEN a.stage = 'rejected' THEN 1 ELSE 0 END) AS rejected
         FROM applications a CROSS JOIN ${elements}
        WHERE ${sql.scope(scope)} AND a.eligible = ${this.postgres ? 'false' : '0'}
        GROUP BY ${criterion}`,
      sql.params,
    );
    return rows
      .filter((row) => CRITERION_KINDS.includes(row.criterion as CriterionKind))
      .map((row) => ({
        criterion: row.criterion as CriterionKind,
        failed: Number(row.failed),
        rejected: Number(row.rejected),
      }));
  }

  /** The vacancies a report may be asked for, newest first: all, or those the user is a hiring manager of. */
  async vacancies(hiringManagerId: string | undefined): Promise<ReportVacancyRow[]> {
    const sql = new ReportSql(this.postgres);
    const mine = hiringManagerId
      ? `WHERE EXISTS (SELECT 1 FROM vacancy_members m WHERE m.vacancy_id = v.id
                          AND m.role = 'hiring_manager' AND m.user_id = ${sql.param(hiringManagerId)})`
      : '';
    return this.dataSource.query(
      `SELECT v.id AS id, v.title AS title, v.status AS status FROM vacancies v ${mine}
        ORDER BY v.created_at DESC, v.id LIMIT ${sql.param(REPORT_VACANCIES_LISTED)}`,
      sql.params,
    );
  }

  /**
   * Median and p90 of `values` (columns grp and value) per group. PostgreSQL
   * has them as aggregates (percentile_cont interpolates as quantile does);
   * SQLite has none, so there the values come back, one a row, to be sorted
   * here: its window functions ranked 100,000 of them several times slower.
   */
  private async spreads(sql: ReportSql, values: string): Promise<Map<string, Spread>> {
    if (this.postgres) {
      const rows: { grp: string; n: unknown; median: unknown; p90: unknown }[] = await this.dataSource.query(
        `SELECT v.grp AS grp, COUNT(*) AS n,
                percentile_cont(${QUANTILES.median / 10}) WITHIN GROUP (ORDER BY v.value) AS median,
                percentile_cont(${QUANTILES.p90 / 10}) WITHIN GROUP (ORDER BY v.value) AS p90
           FROM (${values}) v GROUP BY v.grp`,
        sql.params,
      );
      return new Map(rows.map((row) => [row.grp, roundedSpread(Number(row.n), Number(row.median), Number(row.p90))]));
    }
    const rows: { grp: string; value: unknown }[] = await this.dataSource.query(values, sql.params);
    const grouped = new Map<string, number[]>();
    for (const row of rows) {
      const values = grouped.get(row.grp) ?? [];
      values.push(Number(row.value));
      grouped.set(row.grp, values);
    }
    return new Map([...grouped].map(([group, days]) => [group, spreadOf(days)]));
  }

  /** Days between two timestamps, with the fraction. */
  private days(start: string, end: string): string {
    return this.postgres
      ? `EXTRACT(EPOCH FROM (${end} - ${start})) / 86400.0`
      : `(julianday(${end}) - julianday(${start}))`;
  }
}

/** Parameters as the engine numbers them, and the scope as a WHERE condition on applications `a`. */
export class ReportSql extends SqlParams {
  scope(scope: ReportScope): string {
    const conditions = ['1 = 1'];
    if (scope.vacancyId) conditions.push(`a.vacancy_id = ${this.param(scope.vacancyId)}`);
    if (scope.family) {
      conditions.push(
        `a.vacancy_id IN (SELECT v.id FROM vacancies v JOIN role_profiles p ON p.id = v.role_profile_id
                           WHERE p.family = ${this.param(scope.family)})`,
      );
    }
    if (scope.hiringManagerId) {
      conditions.push(
        `a.vacancy_id IN (SELECT m.vacancy_id FROM vacancy_members m
                           WHERE m.user_id = ${this.param(scope.hiringManagerId)} AND m.role = 'hiring_manager')`,
      );
    }
    if (scope.from) conditions.push(`a.applied_at >= ${this.param(this.time(scope.from))}`);
    if (scope.before) conditions.push(`a.applied_at < ${this.param(this.time(scope.before))}`);
    return conditions.join(' AND ');
  }
}

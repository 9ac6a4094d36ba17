import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Stage } from '../applications/entities/application.entity';
import { ReportScope, ReportSql, STAGE_INDEX } from '../reports/pipeline-reports.repository';
import { CRITERION_KINDS, CriterionKind } from '../scoring/profile';
import type { ApplicantRecord } from './adverse-impact';
import type { QuestionSetKey } from './question-sets';

/**
 * The adverse-impact report's reads: each application in scope with how far
 * it got, its knock-outs and scores, and the answers to one question set,
 * joined here by application and never handed out one person at a time.
 */
@Injectable()
export class AdverseImpactRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  async records(scope: ReportScope, questionSet: QuestionSetKey): Promise<ApplicantRecord[]> {
    const [applications, knockouts, roundScores, answers] = await Promise.all([
      this.applications(scope),
      this.failedKnockouts(scope),
      this.roundScores(scope),
      this.answers(scope, questionSet),
    ]);
    return applications.map((row) => ({
      answers: answers.get(row.id) ?? {},
      stage: row.stage,
      furthest: Number(row.furthest ?? 0),
      furthestRound: Number(row.furthest_round ?? 0),
      rounds: Number(row.rounds),
      eligible: row.eligible === null ? null : Boolean(row.eligible),
      failedKnockouts: knockouts.get(row.id) ?? [],
      screeningScore: row.screening_score === null ? null : Number(row.screening_score),
      roundScores: roundScores.get(row.id) ?? [],
    }));
  }

  private applications(scope: ReportScope) {
    const sql = new ReportSql(this.postgres);
    return this.dataSource.query(
      `SELECT a.id AS id, a.stage AS stage, a.eligible AS eligible, a.screening_score AS screening_score,
              (SELECT MAX(${STAGE_INDEX}) FROM application_events e WHERE e.application_id = a.id) AS furthest,
              (SELECT MAX(r.position) FROM application_events e JOIN vacancy_rounds r ON r.id = e.to_round_id
                WHERE e.application_id = a.id) AS furthest_round,
              (SELECT COUNT(*) FROM vacancy_rounds r WHERE r.vacancy_id = a.vacancy_id) AS rounds
         FROM applications a
        WHERE ${sql.scope(scope)}`,
      sql.params,
    ) as Promise<
      {
        id: string;
        stage: Stage;
        eligible: boolean | number | null;
        screening_score: number | string | null;
        furthest: unknown;
        furthest_round: unknown;
        rounds: unknown;
      }[]
    >;
  }

  /** The knock-outs each screened application failed, by the criterion's kind. */
  private async failedKnockouts(scope: ReportScope): Promise<Map<string, CriterionKind[]>> {
    const sql = new ReportSql(this.postgres);
    const [elements, criterion] = this.postgres
      ? [`jsonb_array_elements(a.screening -> 'failedKnockouts') k`, `k.value ->> 'criterion'`]
      : [`json_each(a.screening, '$.failedKnockouts') k`, `json_extract(k.value, '$.criterion')`];
    const rows: { id: string; criterion: string }[] = await this.dataSource.query(
      `SELECT a.id AS id, ${criterion} AS criterion FROM applications a CROSS JOIN ${elements}
        WHERE ${sql.scope(scope)} AND a.screening IS NOT NULL`,
      sql.params,
    );
    const failed = new Map<string, CriterionKind[]>();
    for (const row of rows) {
      if (!CRITERION_KINDS.includes(row.criterion as CriterionKind)) continue;
      failed.set(row.id, [...(failed.get(row.id) ?? []), row.criterion as CriterionKind]);
    }
    return failed;
  }

  /** Each application's round scores by the round's place in its plan (the best, if a round was held twice). */
  private async roundScores(scope: ReportScope): Promise<Map<string, (number | null)[]>> {
    const sql = new ReportSql(this.postgres);
    const rows: { id: string; position: unknown; score: unknown }[] = await this.dataSource.query(
      `SELECT i.application_id AS id, r.position AS position, MAX(i.round_score) AS score
         FROM interviews i JOIN vacancy_rounds r ON r.id = i.round_id
        WHERE i.round_score IS NOT NULL AND i.application_id IN (SELECT a.id FROM applications a WHERE ${sql.scope(scope)})
        GROUP BY i.application_id, r.position`,
      sql.params,
    );
    const scores = new Map<string, (number | null)[]>();
    for (const row of rows) {
      const list = scores.get(row.id) ?? [];
      list[Number(row.position) - 1] = Number(row.score);
      scores.set(row.id, list);
    }
    return scores;
  }

  /** The answers to one set of the applications in scope, by application. */
  private async answers(scope: ReportScope, questionSet: QuestionSetKey): Promise<Map<string, Record<string, string>>> {
    const sql = new ReportSql(this.postgres);
    const set = sql.param(questionSet);
    const rows: { id: string; question: string; answer: string }[] = await this.dataSource.query(
      `SELECT s.application_id AS id, s.question AS question, s.answer AS answer
         FROM self_identifications s
        WHERE s.question_set = ${set} AND s.application_id IN (SELECT a.id FROM applications a WHERE ${sql.scope(scope)})`,
      sql.params,
    );
    const answers = new Map<string, Record<string, string>>();
    for (const row of rows) answers.set(row.id, { ...answers.get(row.id), [row.question]: row.answer });
    return answers;
  }

  /** A vacancy's title and its hiring managers, or undefined. */
  async vacancy(id: string): Promise<{ id: string; title: string; managerIds: string[] } | undefined> {
    const sql = new ReportSql(this.postgres);
    const rows: { id: string; title: string; manager: string | null }[] = await this.dataSource.query(
      `SELECT v.id AS id, v.title AS title, m.user_id AS manager
         FROM vacancies v LEFT JOIN vacancy_members m ON m.vacancy_id = v.id AND m.role = 'hiring_manager'
        WHERE v.id = ${sql.param(id)}`,
      sql.params,
    );
    if (!rows.length) return undefined;
    return {
      id: rows[0].id,
      title: rows[0].title,
      managerIds: rows.flatMap((row) => (row.manager ? [row.manager] : [])),
    };
  }

  /** The role-profile families vacancies were opened for, to report a family at a time. */
  async families(): Promise<string[]> {
    const rows: { family: string }[] = await this.dataSource.query(
      `SELECT DISTINCT p.family AS family FROM role_profiles p
        WHERE p.family IS NOT NULL AND EXISTS (SELECT 1 FROM vacancies v WHERE v.role_profile_id = p.id)
        ORDER BY p.family`,
    );
    return rows.map((row) => row.family);
  }
}

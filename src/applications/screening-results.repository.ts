import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ScoringInput } from '../scoring/provenance';
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

const REF_COLUMNS = [
  'a.id AS id',
  'a.candidate_id AS "candidateId"',
  'a.vacancy_id AS "vacancyId"',
  'a.interview_score AS "interviewScore"',
];

/** Rows per UPDATE: 14 parameters each, well under SQLite's 32,766 and PostgreSQL's 65,535. */
const SAVE_CHUNK = 1000;
/** Screening results of applications in bulk: which to screen again, a batch at a time, and writing the results. */
@Injectable()
export class ScreeningResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A batch of a vacancy's open applications (not hired, rejected or withdrawn)
   * after `afterId`, in id order along IDX_applications_vacancy. Ids are
   * time-ordered, so this is the order the rows were stored in, and writing a
   * batch's results back touches neighbouring pages rather than the whole table.
   */
  async openApplicationsBatch(vacancyId: string, afterId: string | null, limit: number): Promise<ApplicationRef[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .select(REF_COLUMNS)
      .from(Application, 'a')
      .where('a.vacancy_id = :vacancyId', { vacancyId })
      .andWhere('a.stage NOT IN (:...final)', { final: FINAL_STAGES });
    if (afterId) query.andWhere('a.id > :afterId', { afterId });
    return refs(await query.orderBy('a.id', 'ASC').limit(limit).getRawMany());
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

  /** A candidate's open applications, to vacancies that still run. */
  async openApplicationsOf(candidateId: string): Promise<ApplicationRef[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(REF_COLUMNS)
      .from(Application, 'a')
      .innerJoin('vacancies', 'v', 'v.id = a.vacancy_id')
      .where('a.candidate_id = :candidateId', { candidateId })
      .andWhere('a.stage NOT IN (:...final)', { final: FINAL_STAGES })
      .andWhere('v.status IN (:...running)', { running: ['draft', 'open', 'on_hold'] })
      .orderBy('a.id', 'ASC')
      .getRawMany();
    return refs(rows);
  }

  /**
   * Screening results for many applications in one statement per chunk
   * (WITH v AS (VALUES …) UPDATE … FROM v, which SQLite has since 3.33 and
   * PostgreSQL long before): row-by-row updates would make re-screening 100,000
   * applications take minutes.
   */
  async saveScreenings(
    results: { id: string; vacancyId: string; columns: ScreeningColumns }[],
    now = new Date(),
  ): Promise<void> {
    const postgres = this.dataSource.options.type === 'postgres';
    const time = (date: Date) => (postgres ? date.toISOString() : date.toISOString().replace('T', ' ').slice(0, 23));
    const cast = (type: string) => (postgres ? `::${type}` : '');
    await this.dataSource.transaction(async (manager) => {
      for (let from = 0; from < results.length; from += SAVE_CHUNK) {
        const chunk = results.slice(from, from + SAVE_CHUNK);
        const params: unknown[] = [];
        const placeholder = () => (postgres ? `$${params.length}` : '?');
        const rows = chunk.map(({ id, columns }) => {
          const values: [unknown, string][] = [
            [id, 'uuid'],
            [time(columns.screenedAt), 'timestamptz'],
            [postgres ? columns.eligible : Number(columns.eligible), 'boolean'],
            [columns.screeningScore, 'integer'],
            [columns.shortlistScore, 'integer'],
            [columns.completeness, 'integer'],
            [columns.fitLevel, 'varchar'],
            [postgres ? columns.needsReview : Number(columns.needsReview), 'boolean'],
            [columns.profileVersion, 'integer'],
            [columns.rulesVersion, 'integer'],
            [JSON.stringify(columns.screening), 'jsonb'],
            [columns.engineVersion, 'integer'],
            [JSON.stringify(columns.scoringInput), 'jsonb'],
            [columns.sortKey, 'integer'],
          ];
          const cells = values.map(([value, type]) => {
            params.push(value);
            return `${placeholder()}${cast(type)}`;
          });
          return `(${cells.join(', ')})`;
        });
        params.push(time(now));
        const updatedAt = `${placeholder()}${cast('timestamptz')}`;
        await manager.query(
          `WITH v(id, screened_at, eligible, screening_score, shortlist_score, completeness, fit_level, needs_review,
               profile_version, rules_version, screening, engine_version, scoring_input, sort_key)
             AS (VALUES ${rows.join(', ')})
           UPDATE applications SET screened_at = v.screened_at, eligible = v.eligible,
             screening_score = v.screening_score, shortlist_score = v.shortlist_score, completeness = v.completeness,
             fit_level = v.fit_level, needs_review = v.needs_review, profile_version = v.profile_version,
             rules_version = v.rules_version, screening = v.screening, engine_version = v.engine_version,
             scoring_input = v.scoring_input, sort_key = v.sort_key, updated_at = ${updatedAt}
           FROM v WHERE applications.id = v.id`,
          params,
        );
      }
      await raiseShortlistRevision(
        manager,
        results.map((result) => result.vacancyId),
      );
    });
  }
}

function refs(rows: Record<string, unknown>[]): ApplicationRef[] {
  return rows.map((row) => ({
    id: row.id as string,
    candidateId: row.candidateId as string,
    vacancyId: row.vacancyId as string,
    interviewScore: row.interviewScore === null || row.interviewScore === undefined ? null : Number(row.interviewScore),
  }));
}

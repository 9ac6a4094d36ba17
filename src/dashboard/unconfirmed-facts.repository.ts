import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SqlParams } from '../database/placeholders';
import { storedTime } from '../database/stored-time';
import { Listed } from './dashboard.repository';

export interface UnconfirmedFactsRow {
  candidateId: string;
  candidateName: string;
  facts: number;
  newestAt: Date;
}

/** Counted up to this, then "over". */
export const UNCONFIRMED_COUNTED = 1000;
/** The newest unconfirmed facts looked at to find the newest candidates (imports bring about seven each). */
const NEWEST_FACTS_WALKED = 500;

/**
 * The dashboard's candidates with CV facts nobody has confirmed yet, over the
 * vacancies it is about: the newest few by an index walk, and a count that
 * stops at {@link UNCONFIRMED_COUNTED}, so that neither reads every fact.
 */
@Injectable()
export class UnconfirmedFactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /**
   * Candidates who applied to these vacancies and have facts read from a CV
   * that nobody confirmed yet, newest first, and how many there are, counted
   * up to UNCONFIRMED_COUNTED (imports bring such facts for everyone: past
   * that, the page says "over"). Both walk the unconfirmed facts from an index
   * and stop early: the list from the newest fact down (the first candidates
   * met are the newest), the count candidate by candidate.
   */
  async newest(vacancyIds: string[], limit: number): Promise<Listed<UnconfirmedFactsRow>> {
    if (!vacancyIds.length) return { items: [], total: 0 };
    const newest = await this.newestWithUnconfirmedFacts(vacancyIds, limit);
    const sql = new SqlParams(this.postgres);
    const [{ total }]: { total: number | string }[] = await this.dataSource.query(
      `SELECT COUNT(*) AS total FROM (
         SELECT DISTINCT f.candidate_id FROM candidate_facts f
          WHERE f.source = 'cv' AND f.confirmed = FALSE AND ${applied(sql, vacancyIds)}
          LIMIT ${sql.param(UNCONFIRMED_COUNTED + 1)}) counted`,
      sql.params,
    );
    const counted = Number(total);
    if (!newest.length) return { items: [], total: counted };
    const names = new SqlParams(this.postgres);
    const rows: { candidateId: string; candidateName: string; facts: number | string }[] = await this.dataSource.query(
      `SELECT c.id AS "candidateId", c.name AS "candidateName",
              (SELECT COUNT(*) FROM candidate_facts f WHERE f.source = 'cv' AND f.confirmed = FALSE
                  AND f.candidate_id = c.id) AS facts
         FROM candidates c WHERE c.id IN (${names.list(newest.map((one) => one.candidateId))})`,
      names.params,
    );
    const byId = new Map(rows.map((row) => [row.candidateId, row]));
    return {
      items: newest.flatMap(({ candidateId, newestAt }) => {
        const row = byId.get(candidateId);
        return row ? [{ candidateId, candidateName: row.candidateName, facts: Number(row.facts), newestAt }] : [];
      }),
      total: Math.min(counted, UNCONFIRMED_COUNTED),
      atLeast: counted > UNCONFIRMED_COUNTED,
    };
  }

  /**
   * The `limit` candidates with the newest unconfirmed CV facts: the newest
   * facts are walked from IDX_candidate_facts_unconfirmed_newest, and the
   * first candidates met are the ones. When the facts looked at name fewer
   * candidates than wanted while there may be more, every applicant is looked
   * at instead.
   */
  private async newestWithUnconfirmedFacts(
    vacancyIds: string[],
    limit: number,
  ): Promise<{ candidateId: string; newestAt: Date }[]> {
    const sql = new SqlParams(this.postgres);
    const facts: { candidateId: string; createdAt: unknown }[] = await this.dataSource.query(
      `SELECT f.candidate_id AS "candidateId", f.created_at AS "createdAt" FROM candidate_facts f
        WHERE f.source = 'cv' AND f.confirmed = FALSE AND ${applied(sql, vacancyIds)}
        ORDER BY f.created_at DESC, f.candidate_id LIMIT ${sql.param(NEWEST_FACTS_WALKED)}`,
      sql.params,
    );
    const firstMet = new Map<string, Date>();
    for (const fact of facts) {
      if (firstMet.size === limit) break;
      if (!firstMet.has(fact.candidateId)) firstMet.set(fact.candidateId, storedTime(fact.createdAt));
    }
    if (firstMet.size === limit || facts.length < NEWEST_FACTS_WALKED) {
      return [...firstMet].map(([candidateId, newestAt]) => ({ candidateId, newestAt }));
    }
    const all = new SqlParams(this.postgres);
    const rows: { candidateId: string; newestAt: unknown }[] = await this.dataSource.query(
      `SELECT f.candidate_id AS "candidateId", MAX(f.created_at) AS "newestAt" FROM candidate_facts f
        WHERE f.source = 'cv' AND f.confirmed = FALSE AND ${applied(all, vacancyIds)}
        GROUP BY f.candidate_id ORDER BY MAX(f.created_at) DESC, f.candidate_id LIMIT ${all.param(limit)}`,
      all.params,
    );
    return rows.map((row) => ({ candidateId: row.candidateId, newestAt: storedTime(row.newestAt) }));
  }
}

/** The candidate (a column of the outer query) applied to one of the vacancies. */
function applied(sql: SqlParams, vacancyIds: string[]): string {
  return `EXISTS (SELECT 1 FROM applications a
                   WHERE a.candidate_id = f.candidate_id AND a.vacancy_id IN (${sql.list(vacancyIds)}))`;
}

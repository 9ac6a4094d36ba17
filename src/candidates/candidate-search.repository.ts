import { Injectable } from '@nestjs/common';
import { Brackets, DataSource } from 'typeorm';
import type { Stage } from '../applications/entities/application.entity';
import { containsPattern, LIKE_ESCAPE } from '../database/like';
import { Language } from '../users/entities/user.entity';
import { Candidate } from './entities/candidate.entity';
import { CandidateFact, FactData } from './entities/candidate-fact.entity';

export interface CandidateFilter {
  /** Part of the name, e-mail address or an employer in the work history. */
  search?: string;
  /** Candidates holding one of these competencies also match the search. */
  competencyCodes?: string[];
  source?: string;
  language?: Language;
  sort?: 'name' | '-name' | 'createdAt' | '-createdAt';
  /** Only the candidates this user may see: who applied to vacancies they manage, or sit on their panels. */
  viewer?: { userId: string; asHiringManager: boolean; asPanelist: boolean };
  /** Candidates left out: those the viewer assesses blind, when found by their name or sorted by it. */
  excludeIds?: string[];
}

export interface CandidateSummary {
  employer: string | null;
  latestApplication?: { vacancyId: string; vacancyTitle: string; stage: Stage; appliedAt: Date };
}

/** The reads of a candidate search: a page of candidates, and what a list of results shows beside each name. */
@Injectable()
export class CandidateSearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Name or e-mail containing the search text, in name order. */
  async searchPage(filter: CandidateFilter, limit: number, offset: number) {
    const { search, source, language, sort = 'name' } = filter;
    // A merged candidate's tombstone is not listed; its survivor is.
    const query = this.dataSource
      .getRepository(Candidate)
      .createQueryBuilder('candidate')
      .where('candidate.merged_into_id IS NULL');
    if (source) query.andWhere('candidate.source = :source', { source });
    if (language) query.andWhere('candidate.language = :language', { language });
    if (search) {
      const pattern = containsPattern(search);
      query.andWhere(
        new Brackets((where) =>
          where
            .where(`LOWER(candidate.name) LIKE :pattern ${LIKE_ESCAPE}`, { pattern })
            .orWhere(`candidate.email LIKE :pattern ${LIKE_ESCAPE}`, { pattern })
            .orWhere(
              `EXISTS (SELECT 1 FROM candidate_facts f WHERE f.candidate_id = candidate.id AND f.kind = 'work'
                AND LOWER(${this.jsonText('f.data', 'employer')}) LIKE :pattern ${LIKE_ESCAPE})`,
              { pattern },
            )
            .orWhere(
              filter.competencyCodes?.length
                ? `EXISTS (SELECT 1 FROM candidate_facts c WHERE c.candidate_id = candidate.id
                    AND c.kind = 'competency' AND ${this.jsonText('c.data', 'code')} IN (:...codes))`
                : '1 = 0',
              { codes: filter.competencyCodes ?? [] },
            ),
        ),
      );
    }
    if (filter.viewer) {
      const { userId, asHiringManager, asPanelist } = filter.viewer;
      const seen = [
        ...(asHiringManager
          ? [
              `EXISTS (SELECT 1 FROM applications a JOIN vacancy_members m ON m.vacancy_id = a.vacancy_id
                WHERE a.candidate_id = candidate.id AND m.user_id = :viewer AND m.role = 'hiring_manager')`,
            ]
          : []),
        ...(asPanelist
          ? [
              `EXISTS (SELECT 1 FROM interviews i JOIN interview_panelists p ON p.interview_id = i.id
                WHERE i.candidate_id = candidate.id AND p.user_id = :viewer AND i.status <> 'cancelled')`,
            ]
          : []),
      ];
      query.andWhere(seen.length ? `(${seen.join(' OR ')})` : '1 = 0', { viewer: userId });
    }
    if (filter.excludeIds?.length)
      query.andWhere('candidate.id NOT IN (:...excluded)', { excluded: filter.excludeIds });
    const column = sort.endsWith('name') ? 'candidate.name' : 'candidate.created_at';
    const [candidates, total] = await query
      .orderBy(column, sort.startsWith('-') ? 'DESC' : 'ASC')
      .addOrderBy('candidate.id', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    return { candidates, total };
  }

  /**
   * For a page of candidates: the employer of each one's current (or latest)
   * job, and (`withApplications`) their latest application.
   */
  async summariesOf(ids: string[], withApplications: boolean): Promise<Map<string, CandidateSummary>> {
    const summaries = new Map<string, CandidateSummary>(ids.map((id) => [id, { employer: null }]));
    if (!ids.length) return summaries;
    const jobs: { candidateId: string; data: FactData | string }[] = await this.dataSource
      .getRepository(CandidateFact)
      .createQueryBuilder('fact')
      .select(['fact.candidate_id AS "candidateId"', 'fact.data AS "data"'])
      .where('fact.candidate_id IN (:...ids)', { ids })
      .andWhere("fact.kind = 'work'")
      .getRawMany();
    const latest = new Map<string, { start: string; ongoing: boolean; employer: string }>();
    for (const job of jobs) {
      const data = typeof job.data === 'string' ? (JSON.parse(job.data) as FactData) : job.data;
      if (typeof data.employer !== 'string' || !data.employer) continue;
      const entry = { start: String(data.start ?? ''), ongoing: !data.end, employer: data.employer };
      const held = latest.get(job.candidateId);
      const later =
        !held || (entry.ongoing && !held.ongoing) || (entry.ongoing === held.ongoing && entry.start > held.start);
      if (later) latest.set(job.candidateId, entry);
    }
    for (const [id, job] of latest) summaries.get(id)!.employer = job.employer;
    if (!withApplications) return summaries;
    const applications: {
      candidateId: string;
      vacancyId: string;
      vacancyTitle: string;
      stage: string;
      appliedAt: Date | string;
    }[] = await this.dataSource
      .createQueryBuilder()
      .select([
        'a.candidate_id AS "candidateId"',
        'a.vacancy_id AS "vacancyId"',
        'v.title AS "vacancyTitle"',
        'a.stage AS "stage"',
        'a.applied_at AS "appliedAt"',
      ])
      .from('applications', 'a')
      .innerJoin('vacancies', 'v', 'v.id = a.vacancy_id')
      .where('a.candidate_id IN (:...ids)', { ids })
      .orderBy('a.applied_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .getRawMany();
    for (const row of applications) {
      const summary = summaries.get(row.candidateId)!;
      if (summary.latestApplication) continue;
      summary.latestApplication = {
        vacancyId: row.vacancyId,
        vacancyTitle: row.vacancyTitle,
        stage: row.stage as Stage,
        appliedAt: row.appliedAt instanceof Date ? row.appliedAt : new Date(row.appliedAt),
      };
    }
    return summaries;
  }

  /** The text of one field of a JSON column, in the engine's own words. */
  private jsonText(column: string, field: string): string {
    return this.dataSource.options.type === 'postgres'
      ? `(${column} ->> '${field}')`
      : `json_extract(${column}, '$.${field}')`;
  }
}

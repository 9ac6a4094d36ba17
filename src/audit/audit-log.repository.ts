import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { placeholder } from '../database/placeholders';
import { timeParameter } from '../database/stored-time';
import { AuditEntry } from './entities/audit-entry.entity';

/** What the audit page and its CSV filter by; every part is optional. */
export interface AuditFilter {
  actorId?: string;
  candidateId?: string;
  vacancyId?: string;
  /** An action (`application.moved`) or a kind of subject (`application`). */
  action?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

/** The audit trail as its readers search it: newest first, filtered. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of entries before `beforeSeq` (newest first), one more than asked to tell whether more follow. */
  newestMatching(filter: AuditFilter, limit: number, beforeSeq?: number): Promise<AuditEntry[]> {
    const query = this.matching(filter).orderBy('e.seq', 'DESC').limit(limit);
    if (beforeSeq !== undefined) query.andWhere('e.seq < :beforeSeq', { beforeSeq });
    return query.getMany();
  }

  /** Entries after `afterSeq` that match, oldest first: for the CSV, a batch at a time. */
  matchingAfter(filter: AuditFilter, afterSeq: number, limit: number): Promise<AuditEntry[]> {
    return this.matching(filter)
      .andWhere('e.seq > :afterSeq', { afterSeq })
      .orderBy('e.seq', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** The distinct actions recorded, for the filter's choices. */
  async actions(): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('e')
      .select('DISTINCT e.action', 'action')
      .orderBy('action')
      .getRawMany<{ action: string }>();
    return rows.map((row) => row.action);
  }

  /** Candidates' names and vacancies' titles, for the lines that name them. */
  async labels(
    candidateIds: string[],
    vacancyIds: string[],
  ): Promise<{ names: Map<string, string>; titles: Map<string, string> }> {
    const $ = placeholder(this.dataSource);
    const lookup = async (table: string, column: string, ids: string[]) => {
      const unique = [...new Set(ids)];
      if (!unique.length) return new Map<string, string>();
      const rows: { id: string; label: string }[] = await this.dataSource.query(
        `SELECT id, ${column} AS label FROM ${table} WHERE id IN (${unique.map((_, index) => $(index + 1)).join(', ')})`,
        unique,
      );
      return new Map(rows.map((row) => [row.id, row.label]));
    };
    return {
      names: await lookup('candidates', 'name', candidateIds),
      titles: await lookup('vacancies', 'title', vacancyIds),
    };
  }

  /** Every vacancy by title, for the filter's choices. */
  vacancyChoices(limit = 1000): Promise<{ id: string; title: string }[]> {
    return this.dataSource.query(`SELECT id, title FROM vacancies ORDER BY title, id LIMIT ${Number(limit)}`);
  }

  private matching(filter: AuditFilter): SelectQueryBuilder<AuditEntry> {
    const query = this.dataSource.getRepository(AuditEntry).createQueryBuilder('e').where('1 = 1');
    if (filter.actorId) query.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.candidateId) query.andWhere('e.candidate_id = :candidateId', { candidateId: filter.candidateId });
    if (filter.vacancyId) query.andWhere('e.vacancy_id = :vacancyId', { vacancyId: filter.vacancyId });
    if (filter.action?.includes('.')) query.andWhere('e.action = :action', { action: filter.action });
    else if (filter.action) query.andWhere('e.subject_type = :subjectType', { subjectType: filter.action });
    const postgres = this.dataSource.options.type === 'postgres';
    if (filter.from) query.andWhere('e.at >= :from', { from: timeParameter(filter.from, postgres) });
    if (filter.to) query.andWhere('e.at < :to', { to: timeParameter(filter.to, postgres) });
    return query;
  }
}

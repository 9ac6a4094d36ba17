import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { containsPattern, LIKE_ESCAPE } from '../database/like';
import { storedTime } from '../database/stored-time';
import { Application, Stage } from './entities/application.entity';

export const ELIGIBILITIES = ['eligible', 'knocked_out', 'review', 'unscreened'] as const;
export type Eligibility = (typeof ELIGIBILITIES)[number];

/** What the board and its list narrow a vacancy's applications to; scores in points (0–100). */
export interface BoardFilter {
  stage?: Stage;
  eligibility?: Eligibility;
  minScore?: number;
  maxScore?: number;
  source?: string;
  /** Part of the candidate's name or e-mail address. */
  q?: string;
}

/** Where a column's next cards start: the last card shown, in ranking order. */
export interface CardCursor {
  sortKey: number;
  appliedAt: string;
  id: string;
}

export const LIST_SORTS = ['score', '-score', 'name', '-name', 'days', '-days', 'applied', '-applied'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** One card of the board, one row of its list. */
export interface BoardCardRow {
  id: string;
  candidateId: string;
  name: string;
  stage: Stage;
  roundId: string | null;
  revision: number;
  eligible: boolean | null;
  needsReview: boolean;
  shortlistScore: number | null;
  completeness: number | null;
  source: string | null;
  stageChangedAt: Date;
  appliedAt: Date;
  /** Where the next page of its column starts when this is the last card. */
  cursor: CardCursor;
}

const SORT_COLUMNS: Record<string, string[]> = {
  // The ranking: standing, then score (see shortlist-order.ts), then the earlier application.
  score: ['a.sort_key', 'a.applied_at'],
  name: ['c.name'],
  days: ['a.stage_changed_at'],
  applied: ['a.applied_at'],
};

/**
 * The pipeline board's reads: counts per stage in one grouped query, and a
 * column's cards a page at a time along IDX_applications_stage, so a
 * vacancy with a hundred thousand applications is never read whole.
 */
@Injectable()
export class PipelineBoardRepository {
  constructor(private readonly dataSource: DataSource) {}

  async stageCounts(vacancyId: string, filter: BoardFilter): Promise<Map<Stage, number>> {
    const rows: { stage: Stage; count: string | number }[] = await this.filtered(vacancyId, filter)
      .select('a.stage', 'stage')
      .addSelect('COUNT(*)', 'count')
      .groupBy('a.stage')
      .getRawMany();
    return new Map(rows.map((row) => [row.stage, Number(row.count)]));
  }

  /** A column's cards in ranking order, best first, after the cursor. */
  async cards(
    vacancyId: string,
    stage: Stage,
    filter: BoardFilter,
    after: CardCursor | undefined,
    limit: number,
  ): Promise<BoardCardRow[]> {
    const query = this.filtered(vacancyId, { ...filter, stage });
    if (after) {
      query.andWhere('(a.sort_key, a.applied_at, a.id) > (:afterKey, :afterAt, :afterId)', {
        afterKey: after.sortKey,
        afterAt: after.appliedAt,
        afterId: after.id,
      });
    }
    const rows = await this.selectCards(query)
      .orderBy('a.sort_key', 'ASC')
      .addOrderBy('a.applied_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit)
      .getRawMany();
    return rows.map((row) => toCard(row));
  }

  /** A page of the list: sorted, then by id so that pages never overlap. */
  async listPage(
    vacancyId: string,
    filter: BoardFilter,
    sort: ListSort,
    limit: number,
    offset: number,
  ): Promise<{ rows: BoardCardRow[]; total: number }> {
    const query = this.filtered(vacancyId, filter);
    const total = Number((await query.clone().select('COUNT(*)', 'count').getRawOne<{ count: number }>())?.count ?? 0);
    const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
    const columns = SORT_COLUMNS[sort.replace('-', '')];
    this.selectCards(query).orderBy(columns[0], direction);
    for (const column of columns.slice(1)) query.addOrderBy(column, direction);
    const rows = await query.addOrderBy('a.id', 'ASC').limit(limit).offset(offset).getRawMany();
    return { total, rows: rows.map((row) => toCard(row)) };
  }

  async card(applicationId: string): Promise<BoardCardRow | undefined> {
    const query = this.dataSource
      .createQueryBuilder()
      .from(Application, 'a')
      .where('a.id = :applicationId', { applicationId }) as SelectQueryBuilder<Application>;
    const [row] = await this.selectCards(query).getRawMany();
    return row ? toCard(row) : undefined;
  }

  /** Who made the application's latest move, and where to. */
  async latestMove(
    applicationId: string,
  ): Promise<{ actorName: string | null; stage: Stage; roundId: string | null } | null> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select(['e.to_stage AS stage', 'e.to_round_id AS "roundId"', 'u.name AS "actorName"'])
      .from('application_events', 'e')
      .leftJoin('users', 'u', 'u.id = e.actor_id')
      .where('e.application_id = :applicationId', { applicationId })
      .orderBy('e.revision', 'DESC')
      .limit(1)
      .getRawOne<{ stage: Stage; roundId: string | null; actorName: string | null }>();
    return row ?? null;
  }

  private filtered(vacancyId: string, filter: BoardFilter): SelectQueryBuilder<Application> {
    const query = this.dataSource
      .createQueryBuilder()
      .from(Application, 'a')
      .where('a.vacancy_id = :vacancyId', { vacancyId }) as SelectQueryBuilder<Application>;
    if (filter.stage) query.andWhere('a.stage = :stage', { stage: filter.stage });
    if (filter.eligibility === 'eligible') query.andWhere('a.eligible = :yes', { yes: true });
    if (filter.eligibility === 'knocked_out') query.andWhere('a.eligible = :no', { no: false });
    if (filter.eligibility === 'review') query.andWhere('a.needs_review = :yes', { yes: true });
    if (filter.eligibility === 'unscreened') query.andWhere('a.eligible IS NULL');
    if (filter.minScore !== undefined) query.andWhere('a.shortlist_score >= :min', { min: filter.minScore * 100 });
    if (filter.maxScore !== undefined) query.andWhere('a.shortlist_score <= :max', { max: filter.maxScore * 100 });
    if (filter.source) query.andWhere('a.source = :source', { source: filter.source });
    if (filter.q) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM candidates q WHERE q.id = a.candidate_id AND (LOWER(q.name) LIKE :pattern ${LIKE_ESCAPE} OR LOWER(q.email) LIKE :pattern ${LIKE_ESCAPE}))`,
        { pattern: containsPattern(filter.q) },
      );
    }
    return query;
  }

  private selectCards(query: SelectQueryBuilder<Application>): SelectQueryBuilder<Application> {
    return query
      .innerJoin('candidates', 'c', 'c.id = a.candidate_id')
      .select([
        'a.id AS id',
        'a.candidate_id AS "candidateId"',
        'c.name AS name',
        'a.stage AS stage',
        'a.round_id AS "roundId"',
        'a.revision AS revision',
        'a.eligible AS eligible',
        'a.needs_review AS "needsReview"',
        'a.shortlist_score AS "shortlistScore"',
        'a.completeness AS completeness',
        'a.source AS source',
        'a.stage_changed_at AS "stageChangedAt"',
        'a.applied_at AS "appliedAt"',
        'a.sort_key AS "sortKey"',
      ]);
  }
}

function toCard(row: Record<string, unknown>): BoardCardRow {
  const number = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return {
    id: String(row.id),
    candidateId: String(row.candidateId),
    name: String(row.name),
    stage: row.stage as Stage,
    roundId: (row.roundId as string | null) ?? null,
    revision: Number(row.revision),
    eligible: row.eligible === null ? null : Boolean(row.eligible),
    needsReview: Boolean(row.needsReview),
    shortlistScore: number(row.shortlistScore),
    completeness: number(row.completeness),
    source: (row.source as string | null) ?? null,
    stageChangedAt: storedTime(row.stageChangedAt),
    appliedAt: storedTime(row.appliedAt),
    cursor: {
      sortKey: Number(row.sortKey),
      appliedAt: row.appliedAt instanceof Date ? row.appliedAt.toISOString() : String(row.appliedAt),
      id: String(row.id),
    },
  };
}

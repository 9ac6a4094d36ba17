import { FINAL_STAGES } from './pipeline';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { containsPattern, LIKE_ESCAPE } from '../database/like';
import { storedTime } from '../database/stored-time';
import { Application, Stage } from './entities/application.entity';

/** One row of the shortlist, straight from the index order. */
export interface ShortlistRow {
  id: string;
  candidateId: string;
  name: string;
  email: string;
  stage: Stage;
  roundId: string | null;
  eligible: boolean | null;
  screeningScore: number | null;
  shortlistScore: number | null;
  interviewScore: number | null;
  roundsScored: number;
  completeness: number | null;
  fitLevel: string | null;
  needsReview: boolean;
  profileVersion: number | null;
  /** The stored screening result as JSON text, spliced into answers as it is (see shortlist-json.ts). */
  screeningJson: string | null;
  appliedAt: Date;
  sortKey: number;
  /** The stored value of applied_at as the driver gave it, for the cursor. */
  appliedAtRaw: string;
}

export interface ShortlistFilter {
  stage?: Stage;
  /** Leave out hired, rejected and withdrawn applications: those screening again does not touch. */
  openOnly?: boolean;
  /** Ranges [from, below) of the sort key, which encodes the standing; any of them. */
  sortKeyBands?: [number, number][];
  after?: { sortKey: number; appliedAt: string; id: string };
}

export interface ApplicationListFilter {
  vacancyId?: string;
  candidateId?: string;
  stage?: Stage;
  needsReview?: boolean;
  search?: string;
  /** Only applications this user sees: to vacancies they manage, or that they sit on a panel for. */
  viewer?: { userId: string; asHiringManager: boolean; asPanelist: boolean };
  sort?: 'appliedAt' | '-appliedAt' | 'shortlistScore' | '-shortlistScore' | 'name' | '-name';
}

export interface ApplicationListRow {
  id: string;
  stage: Stage;
  roundId: string | null;
  eligible: boolean | null;
  needsReview: boolean;
  shortlistScore: number | null;
  appliedAt: Date;
  vacancyId: string;
  vacancyTitle: string;
  candidateId: string;
  candidateName: string;
  candidateEmail: string;
}

export interface ShortlistNeighbour {
  applicationId: string;
  candidateId: string;
}

/** The read side: a vacancy's shortlist in ranking order, and applications listed across vacancies. */
@Injectable()
export class ApplicationListsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async listPage(
    filter: ApplicationListFilter,
    limit: number,
    offset: number,
  ): Promise<{ rows: ApplicationListRow[]; total: number }> {
    const query = this.dataSource
      .createQueryBuilder()
      .from(Application, 'a')
      .innerJoin('candidates', 'c', 'c.id = a.candidate_id')
      .innerJoin('vacancies', 'v', 'v.id = a.vacancy_id')
      .where('1 = 1');
    if (filter.vacancyId) query.andWhere('a.vacancy_id = :vacancyId', { vacancyId: filter.vacancyId });
    if (filter.candidateId) query.andWhere('a.candidate_id = :candidateId', { candidateId: filter.candidateId });
    if (filter.stage) query.andWhere('a.stage = :stage', { stage: filter.stage });
    if (filter.needsReview !== undefined)
      query.andWhere('a.needs_review = :needsReview', { needsReview: filter.needsReview });
    if (filter.search) {
      const pattern = containsPattern(filter.search);
      query.andWhere(`(LOWER(c.name) LIKE :pattern ${LIKE_ESCAPE} OR c.email LIKE :pattern ${LIKE_ESCAPE})`, {
        pattern,
      });
    }
    if (filter.viewer) {
      const { asHiringManager, asPanelist } = filter.viewer;
      const seen = [
        ...(asHiringManager
          ? [
              "EXISTS (SELECT 1 FROM vacancy_members m WHERE m.vacancy_id = a.vacancy_id AND m.user_id = :viewer AND m.role = 'hiring_manager')",
            ]
          : []),
        ...(asPanelist
          ? [
              "EXISTS (SELECT 1 FROM interviews i JOIN interview_panelists p ON p.interview_id = i.id WHERE i.application_id = a.id AND p.user_id = :viewer AND i.status <> 'cancelled')",
            ]
          : []),
      ];
      query.andWhere(seen.length ? `(${seen.join(' OR ')})` : '1 = 0', { viewer: filter.viewer.userId });
    }
    const total = Number((await query.clone().select('COUNT(*)', 'count').getRawOne<{ count: number }>())?.count ?? 0);
    const sort = filter.sort ?? '-appliedAt';
    const column = { appliedAt: 'a.applied_at', shortlistScore: 'a.shortlist_score', name: 'c.name' }[
      sort.replace('-', '') as 'name'
    ];
    const rows: Record<string, unknown>[] = await query
      .select([
        'a.id AS id',
        'a.stage AS stage',
        'a.round_id AS "roundId"',
        'a.eligible AS eligible',
        'a.needs_review AS "needsReview"',
        'a.shortlist_score AS "shortlistScore"',
        'a.applied_at AS "appliedAt"',
        'a.vacancy_id AS "vacancyId"',
        'v.title AS "vacancyTitle"',
        'a.candidate_id AS "candidateId"',
        'c.name AS "candidateName"',
        'c.email AS "candidateEmail"',
      ])
      .orderBy(column, sort.startsWith('-') ? 'DESC' : 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit)
      .offset(offset)
      .getRawMany();
    return {
      total,
      rows: rows.map((row) => ({
        ...(row as unknown as ApplicationListRow),
        eligible: row.eligible === null ? null : Boolean(row.eligible),
        needsReview: Boolean(row.needsReview),
        shortlistScore: row.shortlistScore === null ? null : Number(row.shortlistScore),
        appliedAt: storedTime(row.appliedAt),
      })),
    };
  }

  /** A page of a vacancy's shortlist in ranking order, resuming after a cursor; one index range scan. */
  async shortlistPage(vacancyId: string, filter: ShortlistFilter, limit: number): Promise<ShortlistRow[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .select([
        'a.id AS id',
        'a.candidate_id AS "candidateId"',
        'c.name AS name',
        'c.email AS email',
        'a.stage AS stage',
        'a.round_id AS "roundId"',
        'a.eligible AS eligible',
        'a.screening_score AS "screeningScore"',
        'a.shortlist_score AS "shortlistScore"',
        'a.interview_score AS "interviewScore"',
        'a.rounds_scored AS "roundsScored"',
        'a.completeness AS completeness',
        'a.fit_level AS "fitLevel"',
        'a.needs_review AS "needsReview"',
        'a.profile_version AS "profileVersion"',
        `${this.dataSource.options.type === 'postgres' ? 'a.screening::text' : 'a.screening'} AS "screeningJson"`,
        'a.applied_at AS "appliedAt"',
        'a.sort_key AS "sortKey"',
      ])
      .from(Application, 'a')
      .innerJoin('candidates', 'c', 'c.id = a.candidate_id')
      .where('a.vacancy_id = :vacancyId', { vacancyId });
    if (filter.stage) query.andWhere('a.stage = :stage', { stage: filter.stage });
    if (filter.openOnly) query.andWhere('a.stage NOT IN (:...final)', { final: FINAL_STAGES });
    if (filter.sortKeyBands) {
      const bands = filter.sortKeyBands.map(
        (_, index) => `(a.sort_key >= :from${index} AND a.sort_key < :below${index})`,
      );
      const bounds = Object.fromEntries(
        filter.sortKeyBands.flatMap(([from, below], index) => [
          [`from${index}`, from],
          [`below${index}`, below],
        ]),
      );
      query.andWhere(bands.length ? `(${bands.join(' OR ')})` : '1 = 0', bounds);
    }
    if (filter.after) {
      query.andWhere('(a.sort_key, a.applied_at, a.id) > (:afterKey, :afterAt, :afterId)', {
        afterKey: filter.after.sortKey,
        afterAt: filter.after.appliedAt,
        afterId: filter.after.id,
      });
    }
    const rows: Record<string, unknown>[] = await query
      .orderBy('a.sort_key', 'ASC')
      .addOrderBy('a.applied_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit)
      .getRawMany();
    return rows.map((row) => this.toShortlistRow(row));
  }

  /**
   * The applications just before and after one in its vacancy's shortlist
   * order (sort key, applied at, id), with their candidates: for stepping
   * through the shortlist one applicant at a time.
   */
  async shortlistNeighbours(
    vacancyId: string,
    applicationId: string,
  ): Promise<{ previous?: ShortlistNeighbour; next?: ShortlistNeighbour }> {
    const step = async (direction: '<' | '>'): Promise<ShortlistNeighbour | undefined> => {
      const order = direction === '>' ? 'ASC' : 'DESC';
      const row: ShortlistNeighbour | undefined = await this.dataSource
        .createQueryBuilder()
        .select(['a.id AS "applicationId"', 'a.candidate_id AS "candidateId"'])
        .from(Application, 'a')
        .where('a.vacancy_id = :vacancyId', { vacancyId })
        .andWhere(
          `(a.sort_key, a.applied_at, a.id) ${direction} (SELECT o.sort_key, o.applied_at, o.id FROM applications o WHERE o.id = :applicationId)`,
          { applicationId },
        )
        .orderBy('a.sort_key', order)
        .addOrderBy('a.applied_at', order)
        .addOrderBy('a.id', order)
        .limit(1)
        .getRawOne();
      return row ? { applicationId: row.applicationId, candidateId: row.candidateId } : undefined;
    };
    return { previous: await step('<'), next: await step('>') };
  }

  private toShortlistRow(row: Record<string, unknown>): ShortlistRow {
    const appliedAt = storedTime(row.appliedAt);
    return {
      ...(row as unknown as ShortlistRow),
      eligible: row.eligible === null ? null : Boolean(row.eligible),
      needsReview: Boolean(row.needsReview),
      screeningJson: (row.screeningJson as string | null) ?? null,
      appliedAt,
      sortKey: Number(row.sortKey),
      roundsScored: Number(row.roundsScored),
      appliedAtRaw: row.appliedAt instanceof Date ? row.appliedAt.toISOString() : String(row.appliedAt),
    };
  }
}

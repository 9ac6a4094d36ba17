import { containsPattern, LIKE_ESCAPE } from '../database/like';
import { raiseShortlistRevision } from '../vacancies/shortlist-revision';
import { newId } from '../database/ids';
import { insertRows } from '../database/bulk-insert';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isId } from '../database/database-errors';
import { Application, Stage } from './entities/application.entity';
import { ApplicationEvent } from './entities/application-event.entity';
import { FINAL_STAGES, Position } from './pipeline';

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
  sortKey: number;
}

export interface NewApplication {
  vacancyId: string;
  candidateId: string;
  source: string | null;
  position: Position;
  stageReason: string | null;
  screening: ScreeningColumns;
}

export interface Move {
  to: Position;
  reason: string | null;
  override: boolean;
  actorId: string | null;
}

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
  /** Bounds on the sort key, which encodes eligibility. */
  sortKeyFrom?: number;
  sortKeyBelow?: number;
  after?: { sortKey: number; appliedAt: string; id: string };
}

export interface ApplicationListFilter {
  vacancyId?: string;
  candidateId?: string;
  stage?: Stage;
  needsReview?: boolean;
  search?: string;
  /** Only applications to vacancies this user is a hiring manager of. */
  hiringManagerId?: string;
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

/** Which application, of whom, for what: what re-screening needs to find the rest. */
export interface ApplicationRef {
  id: string;
  candidateId: string;
  vacancyId: string;
}

/** Rows per UPDATE: 12 parameters each, well under SQLite's 32,766 and PostgreSQL's 65,535. */
const SAVE_CHUNK = 1000;

@Injectable()
export class ApplicationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<Application | null> {
    if (!isId(id)) return null;
    return this.dataSource.getRepository(Application).findOne({ where: { id } });
  }

  /** The application and its first event (and a knock-out rejection, if any) in one transaction. */
  async create(input: NewApplication, actorId: string, now = new Date()): Promise<Application> {
    const [id] = await this.createMany([input], actorId, now);
    return (await this.findById(id))!;
  }

  /** Which of these candidates already applied to the vacancy. */
  async candidatesWhoApplied(vacancyId: string, candidateIds: string[]): Promise<Set<string>> {
    if (candidateIds.length === 0) return new Set();
    const rows: { candidateId: string }[] = await this.dataSource
      .createQueryBuilder()
      .select('a.candidate_id AS "candidateId"')
      .from(Application, 'a')
      .where('a.vacancy_id = :vacancyId', { vacancyId })
      .andWhere('a.candidate_id IN (:...candidateIds)', { candidateIds })
      .getRawMany();
    return new Set(rows.map((row) => row.candidateId));
  }

  /** Many applications and their events at once, in multi-row inserts in one transaction; returns their ids. */
  async createMany(inputs: NewApplication[], actorId: string | null, now = new Date()): Promise<string[]> {
    const applications = inputs.map((input) => ({
      id: newId(),
      vacancyId: input.vacancyId,
      candidateId: input.candidateId,
      source: input.source,
      stage: input.position.stage,
      roundId: input.position.roundId,
      stageReason: input.stageReason,
      stageChangedAt: now,
      revision: input.position.stage === 'applied' ? 1 : 2,
      appliedAt: now,
      updatedAt: now,
      ...input.screening,
    }));
    const events = applications.flatMap((application, index) => {
      const applied = event(application.id, 1, null, { stage: 'applied', roundId: null }, null, false, actorId, now);
      if (application.revision === 1) return [applied];
      const position = inputs[index].position;
      return [
        applied,
        event(
          application.id,
          2,
          { stage: 'applied', roundId: null },
          position,
          application.stageReason,
          false,
          null,
          now,
        ),
      ];
    });
    await this.dataSource.transaction(async (manager) => {
      await insertRows(manager, Application, applications);
      await insertRows(manager, ApplicationEvent, events);
      await raiseShortlistRevision(
        manager,
        inputs.map((input) => input.vacancyId),
      );
    });
    return applications.map((application) => application.id);
  }

  /**
   * Moves the application only if nobody changed it since `revision` was read:
   * of two recruiters moving it at once, one wins and the other is told.
   */
  async move(application: Application, move: Move, now = new Date()): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        Application,
        { id: application.id, revision: application.revision },
        {
          stage: move.to.stage,
          roundId: move.to.roundId,
          stageReason: move.reason,
          stageChangedAt: now,
          revision: application.revision + 1,
          updatedAt: now,
        },
      );
      if (!result.affected) return false;
      await raiseShortlistRevision(manager, [application.vacancyId]);
      const from = { stage: application.stage, roundId: application.roundId };
      await manager.insert(
        ApplicationEvent,
        event(application.id, application.revision + 1, from, move.to, move.reason, move.override, move.actorId, now),
      );
      return true;
    });
  }

  async events(applicationId: string): Promise<ApplicationEvent[]> {
    return this.dataSource.getRepository(ApplicationEvent).find({
      where: { applicationId },
      order: { revision: 'ASC' },
    });
  }

  /** Applications across vacancies, filtered, searched by candidate, sorted and paged, with their total. */
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
    if (filter.hiringManagerId) {
      query.andWhere(
        "EXISTS (SELECT 1 FROM vacancy_members m WHERE m.vacancy_id = a.vacancy_id AND m.user_id = :manager AND m.role = 'hiring_manager')",
        { manager: filter.hiringManagerId },
      );
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
        appliedAt: row.appliedAt instanceof Date ? row.appliedAt : parseStoredTime(String(row.appliedAt)),
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
    if (filter.sortKeyFrom !== undefined) query.andWhere('a.sort_key >= :from', { from: filter.sortKeyFrom });
    if (filter.sortKeyBelow !== undefined) query.andWhere('a.sort_key < :below', { below: filter.sortKeyBelow });
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
   * A batch of a vacancy's open applications (not hired, rejected or withdrawn)
   * after `afterId`, in id order along IDX_applications_vacancy. Ids are
   * time-ordered, so this is the order the rows were stored in, and writing a
   * batch's results back touches neighbouring pages rather than the whole table.
   */
  async openApplicationsBatch(vacancyId: string, afterId: string | null, limit: number): Promise<ApplicationRef[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .select(['a.id AS id', 'a.candidate_id AS "candidateId"', 'a.vacancy_id AS "vacancyId"'])
      .from(Application, 'a')
      .where('a.vacancy_id = :vacancyId', { vacancyId })
      .andWhere('a.stage NOT IN (:...final)', { final: FINAL_STAGES });
    if (afterId) query.andWhere('a.id > :afterId', { afterId });
    return query.orderBy('a.id', 'ASC').limit(limit).getRawMany();
  }

  /** A candidate's open applications, to vacancies that still run. */
  async openApplicationsOf(candidateId: string): Promise<ApplicationRef[]> {
    return this.dataSource
      .createQueryBuilder()
      .select(['a.id AS id', 'a.candidate_id AS "candidateId"', 'a.vacancy_id AS "vacancyId"'])
      .from(Application, 'a')
      .innerJoin('vacancies', 'v', 'v.id = a.vacancy_id')
      .where('a.candidate_id = :candidateId', { candidateId })
      .andWhere('a.stage NOT IN (:...final)', { final: FINAL_STAGES })
      .andWhere('v.status IN (:...running)', { running: ['draft', 'open', 'on_hold'] })
      .orderBy('a.id', 'ASC')
      .getRawMany();
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
               profile_version, rules_version, screening, sort_key) AS (VALUES ${rows.join(', ')})
           UPDATE applications SET screened_at = v.screened_at, eligible = v.eligible,
             screening_score = v.screening_score, shortlist_score = v.shortlist_score, completeness = v.completeness,
             fit_level = v.fit_level, needs_review = v.needs_review, profile_version = v.profile_version,
             rules_version = v.rules_version, screening = v.screening, sort_key = v.sort_key, updated_at = ${updatedAt}
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

  private toShortlistRow(row: Record<string, unknown>): ShortlistRow {
    const appliedAt = row.appliedAt instanceof Date ? row.appliedAt : parseStoredTime(String(row.appliedAt));
    return {
      ...(row as unknown as ShortlistRow),
      eligible: row.eligible === null ? null : Boolean(row.eligible),
      needsReview: Boolean(row.needsReview),
      screeningJson: (row.screeningJson as string | null) ?? null,
      appliedAt,
      sortKey: Number(row.sortKey),
      appliedAtRaw: row.appliedAt instanceof Date ? row.appliedAt.toISOString() : String(row.appliedAt),
    };
  }
}

/** SQLite keeps timestamps as UTC text, "YYYY-MM-DD HH:MM:SS.SSS". */
function parseStoredTime(text: string): Date {
  return new Date(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);
}

function event(
  applicationId: string,
  revision: number,
  from: Position | null,
  to: Position,
  reason: string | null,
  override: boolean,
  actorId: string | null,
  createdAt: Date,
): ApplicationEvent {
  return {
    id: newId(),
    applicationId,
    revision,
    fromStage: from?.stage ?? null,
    fromRoundId: from?.roundId ?? null,
    toStage: to.stage,
    toRoundId: to.roundId,
    reason,
    override,
    actorId,
    createdAt,
  } as ApplicationEvent;
}

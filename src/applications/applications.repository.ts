import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { isId } from '../database/database-errors';
import { Application, Stage } from './entities/application.entity';
import { ApplicationEvent } from './entities/application-event.entity';
import { Position } from './pipeline';

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
  screening: Application['screening'];
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

@Injectable()
export class ApplicationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<Application | null> {
    if (!isId(id)) return null;
    return this.dataSource.getRepository(Application).findOne({ where: { id } });
  }

  /** The application and its first event (and a knock-out rejection, if any) in one transaction. */
  async create(input: NewApplication, actorId: string, now = new Date()): Promise<Application> {
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(Application, {
        id,
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
      });
      await manager.insert(
        ApplicationEvent,
        event(id, 1, null, { stage: 'applied', roundId: null }, null, false, actorId, now),
      );
      if (input.position.stage !== 'applied') {
        await manager.insert(
          ApplicationEvent,
          event(id, 2, { stage: 'applied', roundId: null }, input.position, input.stageReason, false, null, now),
        );
      }
    });
    return (await this.findById(id))!;
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
        'a.screening AS screening',
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

  /** Screening results for many applications, written in one transaction. */
  async saveScreenings(results: { id: string; columns: ScreeningColumns }[], now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager: EntityManager) => {
      for (const { id, columns } of results) {
        await manager.update(Application, { id }, { ...columns, updatedAt: now });
      }
    });
  }

  private toShortlistRow(row: Record<string, unknown>): ShortlistRow {
    const appliedAt = row.appliedAt instanceof Date ? row.appliedAt : parseStoredTime(String(row.appliedAt));
    const screening = typeof row.screening === 'string' ? JSON.parse(row.screening) : row.screening;
    return {
      ...(row as unknown as ShortlistRow),
      eligible: row.eligible === null ? null : Boolean(row.eligible),
      needsReview: Boolean(row.needsReview),
      screening: screening ?? null,
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
    id: randomUUID(),
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

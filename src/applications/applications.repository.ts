import type { AdviceBreach } from './decision-advice';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { insertRows } from '../database/bulk-insert';
import { isId } from '../database/database-errors';
import { Transaction } from '../database/transaction';
import { raiseShortlistRevision } from '../vacancies/shortlist-revision';
import { Application } from './entities/application.entity';
import { ApplicationEvent, Decision } from './entities/application-event.entity';
import { Position } from './pipeline';
import { ScreeningColumns } from './screening-results.repository';

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
  /** Set when a hiring manager's decision makes the move (a hold moves nowhere). */
  decision?: Decision;
  /** The screening advice the move goes against, kept with its record beside the reason. */
  advice?: AdviceBreach;
}

/** An application's row as it is first written. */
export type NewApplicationRow = Pick<
  Application,
  | 'id'
  | 'vacancyId'
  | 'candidateId'
  | 'source'
  | 'stage'
  | 'roundId'
  | 'stageReason'
  | 'stageChangedAt'
  | 'revision'
  | 'appliedAt'
  | 'updatedAt'
> &
  ScreeningColumns;

/** An application itself: written, moved, and the record of its moves; the rules are ApplicationRecorder's. */
@Injectable()
export class ApplicationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<Application | null> {
    if (!isId(id)) return null;
    return this.dataSource.getRepository(Application).findOne({ where: { id } });
  }

  /** Which of these candidates already applied to the vacancy. */
  async candidatesWhoApplied(vacancyId: string, candidateIds: string[], tx?: Transaction): Promise<Set<string>> {
    if (candidateIds.length === 0) return new Set();
    const rows: { candidateId: string }[] = await (tx ?? this.dataSource.manager)
      .createQueryBuilder()
      .select('a.candidate_id AS "candidateId"')
      .from(Application, 'a')
      .where('a.vacancy_id = :vacancyId', { vacancyId })
      .andWhere('a.candidate_id IN (:...candidateIds)', { candidateIds })
      .getRawMany();
    return new Set(rows.map((row) => row.candidateId));
  }

  /** New applications and their first events, in multi-row inserts in the caller's transaction. */
  async insertMany(tx: Transaction, applications: NewApplicationRow[], events: ApplicationEvent[]): Promise<void> {
    await insertRows(tx, Application, applications);
    await insertRows(tx, ApplicationEvent, events);
    await raiseShortlistRevision(
      tx,
      applications.map((application) => application.vacancyId),
    );
  }

  /**
   * Moves the application and records the move, in the caller's transaction,
   * only if it is still at `fromRevision`: of two recruiters moving it at
   * once, one wins and the other is told (false).
   */
  async moveIfAt(
    tx: Transaction,
    application: { id: string; vacancyId: string },
    fromRevision: number,
    to: Pick<Application, 'stage' | 'roundId' | 'stageReason' | 'stageChangedAt' | 'revision' | 'updatedAt'>,
    record: ApplicationEvent,
  ): Promise<boolean> {
    const result = await tx.update(Application, { id: application.id, revision: fromRevision }, to);
    if (!result.affected) return false;
    await raiseShortlistRevision(tx, [application.vacancyId]);
    await tx.insert(ApplicationEvent, record);
    return true;
  }

  /** The applications of a vacancy among these ids, with their candidates' names; in no order. */
  async findInVacancy(vacancyId: string, ids: string[]): Promise<(Application & { candidateName: string })[]> {
    const wanted = ids.filter(isId);
    if (wanted.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(Application)
      .createQueryBuilder('a')
      .innerJoin('a.candidate', 'c')
      .addSelect('c.name', 'candidateName')
      .where('a.vacancy_id = :vacancyId', { vacancyId })
      .andWhere('a.id IN (:...wanted)', { wanted })
      .getRawAndEntities();
    return rows.entities.map((entity) => ({
      ...entity,
      candidateName: rows.raw.find((raw) => raw.a_id === entity.id)?.candidateName ?? '',
    }));
  }

  /**
   * The furthest-along application of the vacancy ranked below `sortKey` that
   * stands at one of these positions (later ones first), or null.
   */
  async lowerRankedAt(
    vacancyId: string,
    sortKey: number,
    positions: Position[],
  ): Promise<{ position: Position; shortlistScore: number | null } | null> {
    for (const position of [...positions].reverse()) {
      const query = this.dataSource
        .getRepository(Application)
        .createQueryBuilder('a')
        .select(['a.stage', 'a.roundId', 'a.shortlistScore'])
        .where('a.vacancy_id = :vacancyId AND a.stage = :stage AND a.sort_key > :sortKey', {
          vacancyId,
          stage: position.stage,
          sortKey,
        });
      if (position.roundId) query.andWhere('a.round_id = :roundId', { roundId: position.roundId });
      const found = await query.orderBy('a.sort_key', 'ASC').limit(1).getOne();
      if (found) return { position, shortlistScore: found.shortlistScore };
    }
    return null;
  }

  async events(applicationId: string): Promise<ApplicationEvent[]> {
    return this.dataSource.getRepository(ApplicationEvent).find({
      where: { applicationId },
      order: { revision: 'ASC' },
    });
  }
}

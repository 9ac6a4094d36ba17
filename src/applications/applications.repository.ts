import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { insertRows } from '../database/bulk-insert';
import { isId } from '../database/database-errors';
import { newId } from '../database/ids';
import { PipelineMails } from '../mail/pipeline-mails';
import { raiseShortlistRevision } from '../vacancies/shortlist-revision';
import { Application } from './entities/application.entity';
import { ApplicationEvent } from './entities/application-event.entity';
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
}

/** An application itself: made, moved, and the record of its moves. */
@Injectable()
export class ApplicationsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mails: PipelineMails,
  ) {}

  async findById(id: string): Promise<Application | null> {
    if (!isId(id)) return null;
    return this.dataSource.getRepository(Application).findOne({ where: { id } });
  }

  /**
   * The application and its first event (and a knock-out rejection, if any)
   * in one transaction, with the mail that confirms it to the candidate.
   */
  async create(input: NewApplication, actorId: string, now = new Date()): Promise<Application> {
    const [id] = await this.createMany([input], actorId, now, { confirm: true });
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

  /**
   * Many applications and their events at once, in multi-row inserts in one
   * transaction; returns their ids. With `confirm`, each candidate is sent
   * the confirmation (and a knock-out rejection its mail).
   */
  async createMany(
    inputs: NewApplication[],
    actorId: string | null,
    now = new Date(),
    options: { confirm?: boolean } = {},
  ): Promise<string[]> {
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
      if (options.confirm) {
        await this.mails.applicationsReceived(
          manager,
          applications.map((application) => ({
            id: application.id,
            candidateId: application.candidateId,
            vacancyId: application.vacancyId,
            rejected: application.stage === 'rejected',
          })),
          now,
        );
      }
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
      if (move.to.stage === 'rejected') await this.mails.applicationRejected(manager, application, now);
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

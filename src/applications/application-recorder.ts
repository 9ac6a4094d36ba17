import { Injectable } from '@nestjs/common';
import { AuditEvent, personal } from '../audit/audit-record';
import { AuditTrail } from '../audit/audit-trail';
import { newId } from '../database/ids';
import { Transaction } from '../database/transaction';
import { Transactions } from '../database/transactions';
import { PipelineMails } from '../mail/pipeline-mails';
import { ApplicationsRepository, Move, NewApplication, NewApplicationRow } from './applications.repository';
import { Application } from './entities/application.entity';
import { ApplicationEvent } from './entities/application-event.entity';
import { Position } from './pipeline';

/**
 * A rejection's mail: as the vacancy says (after its delay, or none), always
 * (at once when the vacancy sends none), or none.
 */
export type RejectionMail = 'vacancy' | 'always' | 'none';

const APPLIED: Position = { stage: 'applied', roundId: null };

/**
 * Writes applications and their moves with what follows from them, in the
 * caller's transaction: each new application starts at "applied" (revision
 * 1), and one a knock-out rejects at once is moved there by Sift (revision
 * 2); the candidate's confirmation and a rejection's mail are queued in the
 * same commit, so a committed change never loses its mail.
 */
@Injectable()
export class ApplicationRecorder {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly mails: PipelineMails,
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * Records new applications; with `confirm`, each candidate is sent the
   * confirmation (and a knock-out rejection its mail). Returns their ids.
   */
  async recordIn(
    tx: Transaction,
    inputs: NewApplication[],
    actorId: string | null,
    now: Date,
    options: { confirm: boolean },
  ): Promise<string[]> {
    const rows: NewApplicationRow[] = inputs.map((input) => ({
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
    const events = rows.flatMap((row, index) => {
      const applied = event(row.id, 1, null, APPLIED, null, false, actorId, now);
      if (row.revision === 1) return [applied];
      return [applied, event(row.id, 2, APPLIED, inputs[index].position, row.stageReason, false, null, now)];
    });
    await this.applications.insertMany(tx, rows, events);
    await this.audit.recordAll(
      tx,
      rows.flatMap((row, index) => {
        const made = applicationEvent('application.created', row, { source: row.source ?? null });
        if (row.revision === 1) return [made];
        const to = inputs[index].position;
        const details = { from: APPLIED, to, reason: personal(row.stageReason), bySift: true };
        return [made, applicationEvent('application.moved', row, details)];
      }),
    );
    if (options.confirm) {
      await this.mails.applicationsReceived(
        tx,
        rows.map((row) => ({
          id: row.id,
          candidateId: row.candidateId,
          vacancyId: row.vacancyId,
          rejected: row.stage === 'rejected',
        })),
        now,
      );
    }
    return rows.map((row) => row.id);
  }

  /**
   * Moves the application from the revision it was read at, with the record
   * of the move and, into "rejected", the rejection mail; false when someone
   * changed it meanwhile.
   */
  async moveIn(
    tx: Transaction,
    application: Application,
    move: Move,
    now: Date,
    rejectionMail: RejectionMail = 'vacancy',
  ): Promise<boolean> {
    const from: Position = { stage: application.stage, roundId: application.roundId };
    const revision = application.revision + 1;
    const moved = await this.applications.moveIfAt(
      tx,
      application,
      application.revision,
      {
        stage: move.to.stage,
        roundId: move.to.roundId,
        stageReason: move.reason,
        // A hold keeps the stage, and so its days in the stage.
        stageChangedAt: move.decision === 'hold' ? application.stageChangedAt : now,
        revision,
        updatedAt: now,
      },
      {
        ...event(application.id, revision, from, move.to, move.reason, move.override, move.actorId, now),
        decision: move.decision ?? null,
        advice: move.advice ?? null,
      },
    );
    if (moved && move.to.stage === 'rejected' && rejectionMail !== 'none') {
      await this.mails.applicationRejected(tx, application, now, rejectionMail === 'always');
    }
    if (moved) {
      const details = {
        from,
        to: move.to,
        decision: move.decision ?? null,
        override: move.override,
        reason: personal(move.reason),
        bySift: move.actorId === null,
        ...(move.advice ? { advice: move.advice } : {}),
      };
      await this.audit.record(tx, applicationEvent('application.moved', application, details));
    }
    return moved;
  }

  /** The same, in a transaction of its own. */
  move(application: Application, move: Move, now = new Date()): Promise<boolean> {
    return this.transactions.run((tx) => this.moveIn(tx, application, move, now));
  }
}

function applicationEvent(
  action: string,
  application: { id: string; candidateId: string; vacancyId: string },
  details: Record<string, unknown>,
): AuditEvent {
  return {
    action,
    subject: { type: 'application', id: application.id },
    candidateId: application.candidateId,
    vacancyId: application.vacancyId,
    details,
  };
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
    decision: null,
    advice: null,
    createdAt,
  } as ApplicationEvent;
}

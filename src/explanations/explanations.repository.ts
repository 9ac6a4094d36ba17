import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { ApplicationEvent } from '../applications/entities/application-event.entity';
import { Candidate } from '../candidates/entities/candidate.entity';
import { Interview } from '../interviews/entities/interview.entity';
import type { Language } from '../users/entities/user.entity';
import type { MoveRecord, RoundOutcome } from './explanation';

/**
 * What an explanation reads of one application beyond its row: only columns
 * that say what happened, never a reason's words, an actor's identity or the
 * screening advice a move went against (which names other applications).
 */
@Injectable()
export class ExplanationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The language the candidate is written to in; undefined when the candidate is gone. */
  async languageOfCandidate(candidateId: string): Promise<Language | undefined> {
    const candidate = await this.dataSource
      .getRepository(Candidate)
      .findOne({ select: { id: true, language: true }, where: { id: candidateId } });
    return candidate?.language;
  }

  /** The application's moves in the order they were made, each with whether a person made it. */
  async movesOf(applicationId: string): Promise<MoveRecord[]> {
    const events = await this.dataSource.getRepository(ApplicationEvent).find({
      select: {
        id: true,
        revision: true,
        createdAt: true,
        fromStage: true,
        fromRoundId: true,
        toStage: true,
        toRoundId: true,
        decision: true,
        actorId: true,
      },
      where: { applicationId },
      order: { revision: 'ASC' },
    });
    return events.map((event) => ({
      at: event.createdAt,
      fromStage: event.fromStage,
      fromRoundId: event.fromRoundId,
      toStage: event.toStage,
      toRoundId: event.toRoundId,
      decision: event.decision,
      byPerson: event.actorId !== null,
    }));
  }

  /** The decided interviews of the application that were not cancelled, oldest decision first. */
  async roundOutcomesOf(applicationId: string): Promise<RoundOutcome[]> {
    const interviews = await this.dataSource.getRepository(Interview).find({
      select: { id: true, roundId: true, decision: true, decidedAt: true },
      where: { applicationId, status: 'scheduled', decision: Not(IsNull()), decidedAt: Not(IsNull()) },
      order: { decidedAt: 'ASC' },
    });
    return interviews.map((interview) => ({
      roundId: interview.roundId,
      decision: interview.decision!,
      at: interview.decidedAt!,
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { ApplicationsRepository, Move } from './applications.repository';
import { DecisionNeedsReasonError } from './applications.errors';
import { AdviceBreach, adviceBreach, describeBreach } from './decision-advice';
import { Application } from './entities/application.entity';
import { Decision } from './entities/application-event.entity';
import { FINAL_STAGES, pathOf, Position, samePosition } from './pipeline';
import { standingOfSortKey } from './shortlist-order';

/**
 * Human oversight of the screening advice: whether a decision or a move goes
 * against it, and the rule that such a move needs a reason, which the move's
 * record then keeps beside the advice (Art. 14 of the EU AI Act).
 */
@Injectable()
export class ScreeningAdvice {
  constructor(private readonly rows: ApplicationsRepository) {}

  /** Why this decision would go against the screening advice, or null when it would not. */
  async breachOf(application: Application, vacancy: Vacancy, decision: Decision): Promise<AdviceBreach | null> {
    const failedKnockouts = (application.screening?.failedKnockouts ?? []).map(
      (note) =>
        application.screening?.breakdown.find((line) => line.criterion === note.criterion)?.name ?? note.criterion,
    );
    const standing = standingOfSortKey(application.sortKey);
    const lowerRankedAhead =
      decision === 'advance' || FINAL_STAGES.includes(application.stage)
        ? null
        : await this.rows.lowerRankedAt(vacancy.id, application.sortKey, later(application, vacancy));
    return adviceBreach(decision, { standing, failedKnockouts, lowerRankedAhead });
  }

  /**
   * A recruiter's move, judged as the decision it amounts to (forward along
   * the path is advancing, into "rejected" is rejecting; a withdrawal or a
   * move back is neither): the move with the advice it goes against, or the
   * error asking for a reason when it has none.
   */
  async checked(application: Application, vacancy: Vacancy, move: Move): Promise<Move> {
    const decision = decisionOf(application, vacancy, move.to);
    if (!decision) return move;
    const breach = await this.demandReason(application, vacancy, decision, move.reason);
    return breach ? { ...move, advice: breach } : move;
  }

  /** The advice this decision goes against, if any; without a reason, the error that asks for one. */
  async demandReason(
    application: Application,
    vacancy: Vacancy,
    decision: Decision,
    reason: string | null,
  ): Promise<AdviceBreach | null> {
    const breach = await this.breachOf(application, vacancy, decision);
    if (breach && !reason) throw new DecisionNeedsReasonError(describeBreach(decision, breach), breach);
    return breach;
  }
}

function decisionOf(application: Application, vacancy: Vacancy, to: Position): Decision | null {
  if (to.stage === 'rejected') return FINAL_STAGES.includes(application.stage) ? null : 'reject';
  const path = pathOf(vacancy.rounds.map((round) => round.id));
  const from = path.findIndex((position) => samePosition(position, application));
  const target = path.findIndex((position) => samePosition(position, to));
  return from >= 0 && target > from ? 'advance' : null;
}

/** The positions on the vacancy's path after the application's own. */
function later(application: Application, vacancy: Vacancy): Position[] {
  const path = pathOf(vacancy.rounds.map((round) => round.id));
  const index = path.findIndex((position) => samePosition(position, application));
  return index < 0 ? [] : path.slice(index + 1);
}

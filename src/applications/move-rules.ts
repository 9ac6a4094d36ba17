import { ValidationFailedError } from '../common/errors/domain-error';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { StageMoveError } from './applications.errors';
import { Move } from './applications.repository';
import { MoveDto } from './dto/application-input.dto';
import { Application } from './entities/application.entity';
import { judgeMove, movesFrom, Position } from './pipeline';

const WHY: Record<string, string> = {
  final: 'it has reached a final stage',
  same: 'it is already there',
  needs_override: 'that is not the next stage; a recruiter must override, with a reason',
};

/**
 * The move asked for, judged against the vacancy's plan: the move to record,
 * or the error that says why not. One rule for a single move and a bulk one.
 */
export function decideMove(
  application: Pick<Application, 'stage' | 'roundId'>,
  vacancy: Pick<Vacancy, 'rounds'>,
  input: Pick<MoveDto, 'stage' | 'roundId' | 'reason' | 'override'>,
  actorId: string,
): Move {
  const roundIds = vacancy.rounds.map((round) => round.id);
  const from: Position = { stage: application.stage, roundId: application.roundId };
  const to: Position = { stage: input.stage, roundId: input.stage === 'interview' ? (input.roundId ?? null) : null };
  const reason = input.reason?.trim() || null;
  const verdict = judgeMove(from, to, roundIds, { override: input.override ?? false, reason });
  if (!verdict.allowed) {
    if (verdict.reason === 'needs_reason') {
      throw new ValidationFailedError([{ field: 'reason', messages: ['this move needs a reason'] }]);
    }
    if (verdict.reason === 'unknown_round') {
      throw new ValidationFailedError([
        { field: 'roundId', messages: ["roundId must be a round of the vacancy's plan"] },
      ]);
    }
    throw new StageMoveError(from, to, movesFrom(from, roundIds), WHY[verdict.reason]);
  }
  return { to, reason, override: verdict.override, actorId };
}

import { Stage } from './entities/application.entity';

/** Where an application stands: a stage, and the round while it is in the interview stage. */
export interface Position {
  stage: Stage;
  roundId: string | null;
}

export const FINAL_STAGES: readonly Stage[] = ['hired', 'rejected', 'withdrawn'];
/** Ends an application may reach from any open stage, with a reason. */
export const EXITS: readonly Stage[] = ['rejected', 'withdrawn'];

/**
 * The path through a vacancy: applied, screening, each round of its plan in
 * order, offer, hired.
 */
export function pathOf(roundIds: readonly string[]): Position[] {
  return [
    { stage: 'applied', roundId: null },
    { stage: 'screening', roundId: null },
    ...roundIds.map((roundId) => ({ stage: 'interview' as const, roundId })),
    { stage: 'offer', roundId: null },
    { stage: 'hired', roundId: null },
  ];
}

export function samePosition(a: Position, b: Position): boolean {
  return a.stage === b.stage && (a.stage !== 'interview' || a.roundId === b.roundId);
}

/** The next step on the path, or null at the end or off it. */
export function nextPosition(current: Position, roundIds: readonly string[]): Position | null {
  const path = pathOf(roundIds);
  const index = path.findIndex((position) => samePosition(position, current));
  return index >= 0 && index < path.length - 1 ? path[index + 1] : null;
}

export type MoveVerdict =
  | { allowed: true; override: boolean }
  | { allowed: false; reason: 'final' | 'same' | 'needs_override' | 'needs_reason' | 'unknown_round' };

/**
 * Whether a move may be made: the next step always; rejected or withdrawn
 * from any open stage with a reason; anything else only on a recruiter's
 * explicit override with a reason. Hired, rejected and withdrawn are final
 * except by override (a rejection reconsidered), and nothing leaves hired.
 */
export function judgeMove(
  current: Position,
  target: Position,
  roundIds: readonly string[],
  request: { override: boolean; reason: string | null },
): MoveVerdict {
  if (current.stage === 'hired') return { allowed: false, reason: 'final' };
  if (samePosition(current, target)) return { allowed: false, reason: 'same' };
  if (target.stage === 'interview' && (!target.roundId || !roundIds.includes(target.roundId))) {
    return { allowed: false, reason: 'unknown_round' };
  }
  if (EXITS.includes(target.stage)) {
    if (FINAL_STAGES.includes(current.stage) && !request.override) return { allowed: false, reason: 'final' };
    if (!request.reason) return { allowed: false, reason: 'needs_reason' };
    return { allowed: true, override: FINAL_STAGES.includes(current.stage) };
  }
  const next = nextPosition(current, roundIds);
  if (next && samePosition(next, target) && !FINAL_STAGES.includes(current.stage)) {
    return { allowed: true, override: false };
  }
  if (!request.override)
    return { allowed: false, reason: FINAL_STAGES.includes(current.stage) ? 'final' : 'needs_override' };
  if (!request.reason) return { allowed: false, reason: 'needs_reason' };
  return { allowed: true, override: true };
}

/** The moves open from a position without an override, for error messages and the UI. */
export function movesFrom(current: Position, roundIds: readonly string[]): Position[] {
  if (FINAL_STAGES.includes(current.stage)) return [];
  const next = nextPosition(current, roundIds);
  return [...(next ? [next] : []), ...EXITS.map((stage) => ({ stage, roundId: null }))];
}

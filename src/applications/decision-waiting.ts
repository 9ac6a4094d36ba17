/**
 * When an application waits on a hiring manager's decision ("a decision
 * asked for"). An open application waits when both hold:
 *
 * 1. It is ready: it stands at the step just before offer on its vacancy's
 *    path, and that step is done. With an interview plan, that step is the
 *    plan's last round, done once an interview of it is decided by its pass
 *    rule (every panel member's scorecard in); ready from the later of that
 *    decision and its arrival in the round. Without a plan it is screening,
 *    done when a recruiter moved it there; ready from that move.
 * 2. No decision (advance, hold or reject, by the decisions route) has been
 *    recorded for it since it became ready. A decision that brought it to the
 *    step was made before, so it does not count; a hold made since does.
 *
 * An advance moves it to offer and a rejection ends it, so either ends the
 * wait by itself; a hold ends it until it becomes ready again.
 */
export interface DecisionReadiness {
  /** The vacancy has an interview plan. */
  hasRounds: boolean;
  /** When it last arrived where it stands (a move, or a decision that moved it). */
  arrivedAt: Date | null;
  /** With a plan: the latest decision of an interview of the round it stands in. */
  roundDecidedAt: Date | null;
  /** The latest decision recorded for it, anywhere on its path. */
  lastDecisionAt: Date | null;
}

/** When it became ready for a decision, or null when it is not. */
export function readyForDecisionAt(facts: DecisionReadiness): Date | null {
  if (facts.hasRounds) {
    if (!facts.roundDecidedAt) return null;
    if (facts.arrivedAt && facts.arrivedAt > facts.roundDecidedAt) return facts.arrivedAt;
    return facts.roundDecidedAt;
  }
  return facts.arrivedAt;
}

export function waitsOnDecision(facts: DecisionReadiness): boolean {
  const ready = readyForDecisionAt(facts);
  if (!ready) return false;
  return !facts.lastDecisionAt || facts.lastDecisionAt.getTime() < ready.getTime();
}

import { Decision } from './entities/application-event.entity';
import { Position } from './pipeline';
import { Standing } from './shortlist-order';

/**
 * How a hiring manager's decision can go against the screening advice, so
 * that the decision needs a reason:
 *
 * - `knocked_out`: advancing an application that failed a knock-out (its
 *   standing is `knocked_out`).
 * - `passed_over`: holding or rejecting an application while another
 *   application of the same vacancy, ranked lower on the shortlist (a greater
 *   sort key: a lower standing, or the same standing and a lower shortlist
 *   score), stands further along the vacancy's path (a later stage or round,
 *   hired included; rejected and withdrawn are off the path). Ties in the
 *   ranking do not count.
 *
 * Anything else follows the advice. A rejection needs a reason anyway (the
 * pipeline's rule); the advice only says why it matters here.
 */
export type AdviceBreach =
  { kind: 'knocked_out'; knockouts: string[] } | { kind: 'passed_over'; ahead: Position; aheadScore: number | null };

export interface AdviceFacts {
  standing: Standing;
  /** The names of the failed knock-outs, as the screening result gives them. */
  failedKnockouts: string[];
  /** The furthest-along application ranked below this one, if any stands further along. */
  lowerRankedAhead: { position: Position; shortlistScore: number | null } | null;
}

export function adviceBreach(decision: Decision, facts: AdviceFacts): AdviceBreach | null {
  if (decision === 'advance') {
    return facts.standing === 'knocked_out' ? { kind: 'knocked_out', knockouts: facts.failedKnockouts } : null;
  }
  if (!facts.lowerRankedAhead) return null;
  return {
    kind: 'passed_over',
    ahead: facts.lowerRankedAhead.position,
    aheadScore: facts.lowerRankedAhead.shortlistScore,
  };
}

/** The breach in a sentence, for the API's error. */
export function describeBreach(decision: Decision, breach: AdviceBreach): string {
  if (breach.kind === 'knocked_out') {
    const names = breach.knockouts.length ? breach.knockouts.join(', ') : 'a knock-out';
    return `advancing goes against the screening advice: the application failed ${names}`;
  }
  const where = breach.ahead.stage === 'interview' ? `interview round ${breach.ahead.roundId}` : breach.ahead.stage;
  const verb = decision === 'hold' ? 'holding' : 'rejecting';
  return `${verb} goes against the screening advice: an application ranked lower is already at ${where}`;
}

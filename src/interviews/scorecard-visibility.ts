import type { ScorecardStatus } from './entities/scorecard.entity';
import type { InterviewStanding } from './interview-access';

/**
 * Whether the viewer is kept from the interview's scorecards and from all
 * that is worked out of them (its result, means, scores, recommendation
 * counts, decision and the sentence giving its reason): a panel member is,
 * until their own scorecard is submitted, so that nobody scores knowing how
 * the others did. Everyone else who may see the interview is not; they read
 * submitted scorecards only.
 */
export function sealedFrom(standing: InterviewStanding, own: ScorecardStatus | null | undefined): boolean {
  return standing.onPanel && own !== 'submitted';
}

/** Who may read a scorecard that exists: its author always, others once it is submitted and the interview is unsealed to them. */
export function mayReadScorecard(
  scorecard: { interviewerId: string; status: ScorecardStatus },
  viewerId: string,
  sealed: boolean,
): 'yes' | 'not_found' | 'sealed' {
  if (scorecard.interviewerId === viewerId) return 'yes';
  if (scorecard.status !== 'submitted') return 'not_found';
  return sealed ? 'sealed' : 'yes';
}

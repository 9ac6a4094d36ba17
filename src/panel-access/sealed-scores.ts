/**
 * An application as a panel member still owing a scorecard on it may read
 * it: its interview score, its shortlist score (which weighs the interview
 * score in) and the reason for its stage (a decision's sentence quotes the
 * panel's mean) are worked out of the others' scorecards, so they are
 * withheld until the panel member's own is submitted.
 */
export function withInterviewScoresSealed<
  T extends { shortlistScore: number | null; interviewScore?: number | null; stageReason?: string | null },
>(application: T): T {
  return {
    ...application,
    shortlistScore: null,
    ...('interviewScore' in application && { interviewScore: null }),
    ...('stageReason' in application && { stageReason: null }),
  };
}

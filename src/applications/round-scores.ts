import type { DecidedInterviewRow } from './round-scores.repository';

/** One decided round of an application as the shortlist counts it. Score in hundredths. */
export interface RoundScore {
  roundId: string;
  name: string;
  weight: number;
  position: number;
  score: number;
}

/**
 * Per application, the rounds its interview score is made of: per round the
 * latest decided interview (a cancelled one held again takes its place), its
 * score calibrated or as rated, in the plan's order. A round decided on
 * recommendations alone has no score and is left out, as the interview score
 * leaves it out (see applicationInterviewScore).
 */
export function roundScoresOf(
  interviews: readonly Omit<DecidedInterviewRow, 'calibrate'>[],
  calibrate: boolean,
): Map<string, RoundScore[]> {
  const latest = new Map<string, Omit<DecidedInterviewRow, 'calibrate'>>();
  for (const interview of interviews) {
    const key = `${interview.applicationId}|${interview.roundId}`;
    const held = latest.get(key);
    if (!held || held.createdAt < interview.createdAt) latest.set(key, interview);
  }
  const byApplication = new Map<string, RoundScore[]>();
  for (const interview of latest.values()) {
    const score = calibrate ? interview.calibratedScore : interview.roundScore;
    if (score === null) continue;
    const list = byApplication.get(interview.applicationId) ?? [];
    list.push({
      roundId: interview.roundId,
      name: interview.roundName,
      weight: interview.roundWeight,
      position: interview.roundPosition,
      score,
    });
    byApplication.set(interview.applicationId, list);
  }
  for (const list of byApplication.values()) list.sort((a, b) => a.position - b.position);
  return byApplication;
}

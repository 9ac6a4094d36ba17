import { interviewerLeniency, Leniency } from './calibration';
import { panelRatings, ReviewInterview, ReviewRound, ReviewScorecard } from './panel-review';

/**
 * What the panel reports add to a round's agreement: each interviewer's
 * leniency within the round alone, and how the panel's ratings fall on the
 * round's scale per competency. Plain data in and out.
 */

/** Each interviewer's leniency over this round's ratings only, on the 0–1 scale, as `interviewerLeniency` gives it. */
export function roundLeniency(
  round: ReviewRound,
  interviews: readonly ReviewInterview[],
  byInterview: ReadonlyMap<string, readonly ReviewScorecard[]>,
): Leniency[] {
  const own = interviews.filter((interview) => interview.roundId === round.id);
  return interviewerLeniency(panelRatings(new Map([[round.id, round]]), own, byInterview));
}

export interface CompetencyDistribution {
  competency: string;
  /** How many ratings of each point of the scale: `counts[0]` is the number of 1s, `counts[scale − 1]` of the top. */
  counts: number[];
  /** Submitted scorecards that left it unrated (null, or not on the card at all). */
  notAssessed: number;
}

export interface RoundDistribution {
  /** Interviews of the round with at least one submitted scorecard. */
  interviews: number;
  /** Of those, the ones decided by the round's rule. */
  decided: number;
  scorecards: number;
  competencies: CompetencyDistribution[];
}

/** How the round's submitted ratings fall on its scale, competency by competency, in the round's order. */
export function ratingDistribution(
  round: ReviewRound,
  interviews: readonly (ReviewInterview & { decision?: string | null })[],
  byInterview: ReadonlyMap<string, readonly ReviewScorecard[]>,
): RoundDistribution {
  const { competencies, scale } = round.template;
  const tallies = new Map(competencies.map((code) => [code, { counts: new Array<number>(scale).fill(0), none: 0 }]));
  let held = 0;
  let decided = 0;
  let scorecards = 0;
  for (const interview of interviews) {
    if (interview.roundId !== round.id) continue;
    const cards = byInterview.get(interview.id) ?? [];
    if (!cards.length) continue;
    held += 1;
    if (interview.decision) decided += 1;
    scorecards += cards.length;
    for (const card of cards) {
      const given = new Map(card.ratings.map((rating) => [rating.competency, rating.rating]));
      for (const [code, tally] of tallies) {
        const rating = given.get(code) ?? null;
        if (rating !== null && Number.isInteger(rating) && rating >= 1 && rating <= scale)
          tally.counts[rating - 1] += 1;
        else tally.none += 1;
      }
    }
  }
  return {
    interviews: held,
    decided,
    scorecards,
    competencies: competencies.map((competency) => {
      const tally = tallies.get(competency)!;
      return { competency, counts: tally.counts, notAssessed: tally.none };
    }),
  };
}

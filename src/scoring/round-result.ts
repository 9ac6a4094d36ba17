/**
 * From an interview panel's submitted scorecards to the round's result: the
 * mean rating per competency, the round score weighted by the role profile's
 * competency weights, the spread of the panel's ratings, and the decision by
 * the round's pass rule, with a sentence saying why. Plain data in and out.
 */
export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** One competency on a scorecard: a rating on the round's scale, or null for "not assessed" (never a low rating). */
export interface Rating {
  competency: string;
  rating: number | null;
  notes: string | null;
}

export type PassRule =
  { kind: 'average'; threshold: number } | { kind: 'majority_yes' } | { kind: 'unanimous' } | { kind: 'no_veto' };

export interface RoundTemplate {
  competencies: readonly string[];
  /** The top of the scale, MIN_SCALE to MAX_SCALE; ratings run from 1. */
  scale: number;
  passRule: PassRule;
}

/** A round's scale runs from 1 to a top of 2 to 10 points: the 3-, 4-, 5-, 7- and 10-point scorecards in use all fit. */
export const MIN_SCALE = 2;
export const MAX_SCALE = 10;

export interface SubmittedScorecard {
  interviewerId: string;
  ratings: readonly Rating[];
  recommendation: Recommendation;
}

/**
 * The largest spread on one competency that does not flag the interview to
 * the recruiter: ratings more than two thirds of the scale's range apart
 * are flagged. That is more than two points on a 4- or 5-point scale (one
 * end against the other, or nearly), 1 against 3 on a 3-point scale, any
 * split on a 2-point one, more than four points on 7 and more than six on 10.
 */
export function spreadFlagPoints(scale: number): number {
  return Math.floor((2 * (scale - 1)) / 3);
}

/**
 * The average rule's threshold when the round sets none: the first point
 * above the middle of the scale, the first "yes" of the standard anchors
 * (3 on a 4-point scale, 4 on 5, 3 on 3, 5 on 7, 6 on 10).
 */
export function defaultPassThreshold(scale: number): number {
  return Math.floor((scale + 1) / 2) + 1;
}

export interface CompetencyResult {
  competency: string;
  weight: number;
  /** Mean of the ratings given, on the round's scale, to 2 decimals; null when nobody assessed it. */
  mean: number | null;
  rated: number;
  notAssessed: number;
  /** Highest minus lowest rating; null with fewer than two. */
  spread: number | null;
  flagged: boolean;
}

export interface InterviewResult {
  scorecards: number;
  panelSize: number;
  competencies: CompetencyResult[];
  /** The competency means weighted by the profile, on the round's scale, to 2 decimals. */
  meanRating: number | null;
  /** The same on 0–100, to the hundredth. */
  score: number | null;
  recommendations: Record<Recommendation, number>;
  /** Null while a panel member has not submitted, or when the rule has nothing to judge. */
  decision: 'pass' | 'fail' | null;
  rule: PassRule;
  reason: string;
}

const YES: readonly Recommendation[] = ['yes', 'strong_yes'];

/**
 * Each rated competency's weight: the role profile's, and for one the
 * profile does not weigh, the mean of the weights it does (1 when none), so
 * a round may rate more than the profile names without outweighing it.
 */
export function competencyWeights(
  competencies: readonly string[],
  profileItems: readonly { code: string; weight: number }[],
): Map<string, number> {
  const profile = new Map(profileItems.map((item) => [item.code, item.weight]));
  const fallback = profileItems.length
    ? profileItems.reduce((sum, item) => sum + item.weight, 0) / profileItems.length
    : 1;
  return new Map(competencies.map((code) => [code, profile.get(code) ?? fallback]));
}

/**
 * A rating on the 0–1 scale, so that rounds with scales of different sizes
 * can be compared and pooled. A scale outside MIN_SCALE..MAX_SCALE is refused
 * with a RangeError (a 1-point scale would divide by zero).
 */
export function normalised(rating: number, scale: number): number {
  if (!(Number.isInteger(scale) && scale >= MIN_SCALE && scale <= MAX_SCALE))
    throw new RangeError(`Not a rating scale of ${MIN_SCALE} to ${MAX_SCALE} points: ${scale}`);
  return (rating - 1) / (scale - 1);
}

/**
 * The weighted mean of per-competency means of values on 0–1; competencies
 * nobody assessed are left out of the weights, not counted as zero.
 */
export function weightedMean(valuesByCompetency: Map<string, number[]>, weights: Map<string, number>): number | null {
  let total = 0;
  let weightSum = 0;
  for (const [competency, weight] of weights) {
    const values = valuesByCompetency.get(competency);
    if (!values?.length || weight <= 0) continue;
    total += (weight * values.reduce((sum, value) => sum + value, 0)) / values.length;
    weightSum += weight;
  }
  return weightSum ? total / weightSum : null;
}

export function interviewResult(
  template: RoundTemplate,
  weights: Map<string, number>,
  scorecards: readonly SubmittedScorecard[],
  panelSize: number,
): InterviewResult {
  const byCompetency = new Map<string, number[]>(template.competencies.map((code) => [code, []]));
  const notAssessed = new Map<string, number>();
  for (const scorecard of scorecards) {
    for (const rating of scorecard.ratings) {
      const values = byCompetency.get(rating.competency);
      if (!values) continue;
      if (rating.rating === null) notAssessed.set(rating.competency, (notAssessed.get(rating.competency) ?? 0) + 1);
      else values.push(rating.rating);
    }
  }
  const spreadFlag = spreadFlagPoints(template.scale);
  const competencies = template.competencies.map((competency): CompetencyResult => {
    const values = byCompetency.get(competency)!;
    const spread = values.length >= 2 ? Math.max(...values) - Math.min(...values) : null;
    return {
      competency,
      weight: weights.get(competency) ?? 0,
      mean: values.length ? round(values.reduce((sum, value) => sum + value, 0) / values.length, 2) : null,
      rated: values.length,
      notAssessed: notAssessed.get(competency) ?? 0,
      spread,
      flagged: spread !== null && spread > spreadFlag,
    };
  });
  const normalisedValues = new Map(
    [...byCompetency].map(([code, values]) => [code, values.map((value) => normalised(value, template.scale))]),
  );
  const share = weightedMean(normalisedValues, weights);
  const recommendations = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0])) as Record<Recommendation, number>;
  for (const scorecard of scorecards) recommendations[scorecard.recommendation] += 1;
  const meanRating = share === null ? null : round(1 + share * (template.scale - 1), 2);
  const { decision, reason } = decide(template.passRule, scorecards.length, panelSize, meanRating, recommendations);
  return {
    scorecards: scorecards.length,
    panelSize,
    competencies,
    meanRating,
    score: share === null ? null : round(share * 100, 2),
    recommendations,
    decision,
    rule: template.passRule,
    reason,
  };
}

function decide(
  rule: PassRule,
  submitted: number,
  panelSize: number,
  meanRating: number | null,
  recommendations: Record<Recommendation, number>,
): { decision: 'pass' | 'fail' | null; reason: string } {
  if (submitted === 0 || submitted < panelSize) {
    return { decision: null, reason: `${submitted} of ${panelSize} scorecards submitted; the decision waits for all` };
  }
  const yes = YES.reduce((sum, r) => sum + recommendations[r], 0);
  switch (rule.kind) {
    case 'average':
      // Compared as shown, to two decimals (thresholds have at most two), so the sentence never contradicts the decision.
      if (meanRating === null)
        return { decision: null, reason: 'No competency was rated, so the average rule cannot decide' };
      return meanRating >= rule.threshold
        ? { decision: 'pass', reason: `Mean rating ${meanRating} is at or above the threshold ${rule.threshold}` }
        : { decision: 'fail', reason: `Mean rating ${meanRating} is below the threshold ${rule.threshold}` };
    case 'majority_yes':
      return yes * 2 > submitted
        ? { decision: 'pass', reason: `${yes} of ${submitted} recommend yes: a majority` }
        : { decision: 'fail', reason: `${yes} of ${submitted} recommend yes: not a majority` };
    case 'unanimous':
      return yes === submitted
        ? { decision: 'pass', reason: `All ${submitted} recommend yes` }
        : { decision: 'fail', reason: `${submitted - yes} of ${submitted} do not recommend yes; the rule needs all` };
    case 'no_veto':
      return recommendations.strong_no === 0
        ? { decision: 'pass', reason: 'Nobody recommends strong no' }
        : {
            decision: 'fail',
            reason: `${recommendations.strong_no} of ${submitted} recommend strong no, which blocks`,
          };
  }
}

/**
 * The round score with each interviewer's leniency taken out: their ratings
 * on 0–1 minus their correction, clamped, then weighted as the plain score.
 */
export function calibratedScore(
  template: Pick<RoundTemplate, 'competencies' | 'scale'>,
  weights: Map<string, number>,
  scorecards: readonly Pick<SubmittedScorecard, 'interviewerId' | 'ratings'>[],
  corrections: ReadonlyMap<string, number>,
): number | null {
  const byCompetency = new Map<string, number[]>(template.competencies.map((code) => [code, []]));
  for (const scorecard of scorecards) {
    const correction = corrections.get(scorecard.interviewerId) ?? 0;
    for (const rating of scorecard.ratings) {
      if (rating.rating === null) continue;
      const value = normalised(rating.rating, template.scale) - correction;
      byCompetency.get(rating.competency)?.push(Math.min(1, Math.max(0, value)));
    }
  }
  const share = weightedMean(byCompetency, weights);
  return share === null ? null : round(share * 100, 2);
}

/**
 * An application's interview score: the decided rounds' scores weighted by
 * the rounds' weights. Rounds not yet decided are missing, not zero.
 */
export function interviewScoreOf(rounds: readonly { weight: number; score: number | null }[]): number | null {
  const scored = rounds.filter((r) => r.score !== null && r.weight > 0);
  const weightSum = scored.reduce((sum, r) => sum + r.weight, 0);
  if (!weightSum) return null;
  return round(scored.reduce((sum, r) => sum + r.weight * r.score!, 0) / weightSum, 2);
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

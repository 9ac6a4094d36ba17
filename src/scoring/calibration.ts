/**
 * Interviewer leniency and calibrated scores. Ratings are compared on a common
 * 0–1 scale so that panels with scales of 2 to 10 points can be pooled: the caller
 * passes each value already normalised as (rating − 1) / (scaleMax − 1).
 */

export interface PanelRating {
  /** The interview (one applicant, one round) the rating was given in. */
  interviewId: string;
  interviewerId: string;
  competency: string;
  /** The rating on a 0–1 scale. */
  value: number;
}

export interface Leniency {
  interviewerId: string;
  /** Mean over this interviewer's comparable ratings of (their value − mean of the other panel members' values on the same interview and competency), on the 0–1 scale, rounded to 4 decimals. Positive: rates higher than their co-panelists. */
  leniency: number;
  /** How many of their ratings had at least one co-panelist rating to compare with. */
  comparisons: number;
  /** How many distinct interviews those comparisons came from. */
  interviews: number;
  /** The correction applied in calibrated scores: leniency shrunk towards zero, leniency × interviews / (interviews + prior), rounded to 4 decimals. */
  correction: number;
}

/** The prior strength of the shrinkage, in interviews: with this many interviews an interviewer's own leniency counts for half. */
export const CALIBRATION_PRIOR_INTERVIEWS = 5;

/**
 * Each interviewer's leniency, in interviewerId order. Interviewers whose
 * ratings never had a co-panelist are listed with leniency 0, comparisons 0,
 * correction 0.
 *
 * The leave-one-out difference from co-raters is the usual leniency index of
 * rater-effect studies (e.g. C. M. Myford and E. W. Wolfe, "Detecting and
 * measuring rater effects using many-facet Rasch measurement", Journal of
 * Applied Measurement 4(4), 2003): it needs no model of the applicants, only
 * panels that overlap. Few interviews make it noisy, so the correction is
 * shrunk towards zero in the usual empirical-Bayes form n / (n + k), with n
 * the interviews and k the prior. In a small panel that always sits together
 * the index overstates the gap between two of its members by m / (m − 1)
 * for m members, so calibration there narrows a gap but can overshoot it.
 *
 * A rating off the 0–1 scale, most likely one not normalised, is refused
 * with a RangeError rather than read as an extreme.
 */
export function interviewerLeniency(ratings: readonly PanelRating[], prior = CALIBRATION_PRIOR_INTERVIEWS): Leniency[] {
  if (!Number.isFinite(prior) || prior < 0) throw new RangeError(`Not a prior strength in interviews: ${prior}`);
  const count = ratings.length;
  // Small integers for interviewers, interviews and competencies, so that the
  // grouping is by counting sorts and the sums live in typed arrays.
  const raterIndex = new Map<string, number>();
  const interviewIndex = new Map<string, number>();
  const competencyIndex = new Map<string, number>();
  const raterOf = new Int32Array(count);
  const interviewOf = new Int32Array(count);
  const competencyOf = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const rating = ratings[i];
    checkValue(rating);
    raterOf[i] = indexOf(raterIndex, rating.interviewerId);
    interviewOf[i] = indexOf(interviewIndex, rating.interviewId);
    competencyOf[i] = indexOf(competencyIndex, rating.competency);
  }

  // Groups (interview, competency) numbered interview by interview, so that
  // the groups of one interview are consecutive and an interview is counted
  // once per interviewer by remembering only the last one seen.
  const byInterview = bucket(interviewOf, interviewIndex.size);
  const groupOf = new Int32Array(count);
  const groupInterview = new Int32Array(count);
  const groupOfCompetency = new Int32Array(competencyIndex.size).fill(-1);
  let groups = 0;
  for (let interview = 0; interview < interviewIndex.size; interview++) {
    const from = byInterview.start[interview];
    const to = byInterview.start[interview + 1];
    for (let at = from; at < to; at++) {
      const i = byInterview.order[at];
      if (groupOfCompetency[competencyOf[i]] < 0) {
        groupInterview[groups] = interview;
        groupOfCompetency[competencyOf[i]] = groups++;
      }
      groupOf[i] = groupOfCompetency[competencyOf[i]];
    }
    for (let at = from; at < to; at++) groupOfCompetency[competencyOf[byInterview.order[at]]] = -1;
  }
  const members = bucket(groupOf, groups);
  const raters = raterIndex.size;
  // Per interviewer, within the group in hand: an interviewer who rated the same
  // competency twice in one interview is still not their own co-panelist.
  const ownSum = new Float64Array(raters);
  const ownSize = new Int32Array(raters);
  const differenceSum = new Float64Array(raters);
  const comparisons = new Int32Array(raters);
  const interviewCount = new Int32Array(raters);
  const lastInterview = new Int32Array(raters).fill(-1);
  for (let group = 0; group < groups; group++) {
    const from = members.start[group];
    const to = members.start[group + 1];
    let groupSum = 0;
    for (let at = from; at < to; at++) {
      const i = members.order[at];
      ownSum[raterOf[i]] += ratings[i].value;
      ownSize[raterOf[i]] += 1;
      groupSum += ratings[i].value;
    }
    const interview = groupInterview[group];
    for (let at = from; at < to; at++) {
      const i = members.order[at];
      const rater = raterOf[i];
      const others = to - from - ownSize[rater];
      if (others === 0) continue;
      differenceSum[rater] += ratings[i].value - (groupSum - ownSum[rater]) / others;
      comparisons[rater] += 1;
      if (lastInterview[rater] !== interview) {
        lastInterview[rater] = interview;
        interviewCount[rater] += 1;
      }
    }
    for (let at = from; at < to; at++) {
      ownSum[raterOf[members.order[at]]] = 0;
      ownSize[raterOf[members.order[at]]] = 0;
    }
  }

  const result: Leniency[] = [...raterIndex.keys()].map((interviewerId, rater) => {
    if (comparisons[rater] === 0) return { interviewerId, leniency: 0, comparisons: 0, interviews: 0, correction: 0 };
    const leniency = differenceSum[rater] / comparisons[rater];
    const interviewsSeen = interviewCount[rater];
    return {
      interviewerId,
      leniency: round4(leniency),
      comparisons: comparisons[rater],
      interviews: interviewsSeen,
      correction: round4((leniency * interviewsSeen) / (interviewsSeen + prior)),
    };
  });
  return result.sort((a, b) => (a.interviewerId < b.interviewerId ? -1 : a.interviewerId > b.interviewerId ? 1 : 0));
}

/**
 * The same ratings, in the same order, with each interviewer's correction
 * taken out (value − correction), clamped to [0, 1] so they stay on the scale
 * they are read on. Interviewers without an entry in `leniency` are left as
 * they are.
 */
export function calibratedRatings(ratings: readonly PanelRating[], leniency: readonly Leniency[]): PanelRating[] {
  const corrections = new Map<string, number>();
  for (const entry of leniency) corrections.set(entry.interviewerId, entry.correction);
  return ratings.map((rating) => {
    checkValue(rating);
    const value = rating.value - (corrections.get(rating.interviewerId) ?? 0);
    const { interviewId, interviewerId, competency } = rating;
    return { interviewId, interviewerId, competency, value: Math.min(1, Math.max(0, value)) };
  });
}

/** The index of `key`, the next free one when it is new. */
function indexOf(index: Map<string, number>, key: string): number {
  let at = index.get(key);
  if (at === undefined) {
    at = index.size;
    index.set(key, at);
  }
  return at;
}

/** The positions of `keys` ordered by key, stable, and where each key's run starts: a counting sort. */
function bucket(keys: Int32Array, buckets: number): { start: Int32Array; order: Int32Array } {
  const start = new Int32Array(buckets + 1);
  for (const key of keys) start[key + 1] += 1;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const next = start.slice(0, buckets);
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) order[next[keys[i]]++] = i;
  return { start, order };
}

function checkValue(rating: PanelRating): void {
  const value = rating.value;
  if (!(value >= 0 && value <= 1))
    throw new RangeError(
      `Not a rating on the 0–1 scale: ${value} (interview ${rating.interviewId}, interviewer ${rating.interviewerId})`,
    );
}

/** Rounded to 4 decimals, with -0 made 0 so that equal results compare equal. */
function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000 || 0;
}

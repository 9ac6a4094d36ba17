import { AlphaResult, IccResult, intraclassCorrelation, krippendorffAlphaInterval } from './agreement';
import { interviewerLeniency, Leniency, PanelRating } from './calibration';
import {
  calibratedScore,
  InterviewResult,
  interviewResult,
  interviewScoreOf,
  normalised,
  Rating,
  Recommendation,
  RoundTemplate,
  spreadFlagPoints,
} from './round-result';

/**
 * A vacancy's interview evidence reviewed as a whole: every interview's
 * result, each interviewer's leniency and the calibrated scores it gives,
 * each application's interview score, and how far each round's panels agree.
 */
export interface ReviewRound {
  id: string;
  name: string;
  template: RoundTemplate;
  weights: Map<string, number>;
  /** The round's share of the interview score. */
  weight: number;
}

export interface ReviewInterview {
  id: string;
  applicationId: string;
  roundId: string;
  /** Later interviews of the same round (a cancelled one held again) take its place. */
  createdAt: number;
  panelSize: number;
}

export interface ReviewScorecard {
  interviewId: string;
  interviewerId: string;
  ratings: readonly Rating[];
  recommendation: Recommendation;
}

export interface ReviewedInterview {
  result: InterviewResult;
  /** Hundredths, 0–10,000. */
  roundScore: number | null;
  calibratedScore: number | null;
}

export interface ApplicationInterviewScore {
  /** Hundredths, 0–10,000; null until a round is decided. */
  interviewScore: number | null;
  roundsScored: number;
}

/** Why a round has no intraclass correlation, as the API words it. */
export const ICC_NOTES = {
  noScorecards: 'No scorecards yet',
  panelsDiffer: 'Panels differ between interviews: the design is not complete',
  notAllAssessed: 'Some competencies were not assessed by every panel member: the design is not complete',
  tooSmall: 'Too few interviews or panel members, or no variation, for an intraclass correlation',
} as const;

/** Round agreement under this value (Krippendorff's own bar for tentative conclusions) is flagged. */
export const ALPHA_FLAG_BELOW = 0.667;

export function groupScorecards(scorecards: readonly ReviewScorecard[]): Map<string, ReviewScorecard[]> {
  const byInterview = new Map<string, ReviewScorecard[]>();
  for (const scorecard of scorecards) {
    const list = byInterview.get(scorecard.interviewId);
    if (list) list.push(scorecard);
    else byInterview.set(scorecard.interviewId, [scorecard]);
  }
  return byInterview;
}

/** Every rating given, on 0–1, for the leniency of each interviewer across the vacancy's rounds. */
export function panelRatings(
  rounds: ReadonlyMap<string, ReviewRound>,
  interviews: readonly ReviewInterview[],
  byInterview: ReadonlyMap<string, readonly ReviewScorecard[]>,
): PanelRating[] {
  const ratings: PanelRating[] = [];
  for (const interview of interviews) {
    const round = rounds.get(interview.roundId);
    if (!round) continue;
    for (const scorecard of byInterview.get(interview.id) ?? []) {
      for (const rating of scorecard.ratings) {
        if (rating.rating === null || !round.weights.has(rating.competency)) continue;
        ratings.push({
          interviewId: interview.id,
          interviewerId: scorecard.interviewerId,
          competency: rating.competency,
          value: normalised(rating.rating, round.template.scale),
        });
      }
    }
  }
  return ratings;
}

export function reviewInterview(
  round: ReviewRound,
  interview: ReviewInterview,
  scorecards: readonly ReviewScorecard[],
  corrections: ReadonlyMap<string, number>,
): ReviewedInterview {
  const result = interviewResult(round.template, round.weights, scorecards, interview.panelSize);
  const calibrated = calibratedScore(round.template, round.weights, scorecards, corrections);
  return {
    result,
    roundScore: result.score === null ? null : Math.round(result.score * 100),
    calibratedScore: calibrated === null ? null : Math.round(calibrated * 100),
  };
}

/**
 * An application's interview score from its interviews: per round the latest
 * interview with a decision, its score (calibrated or not), weighted by the
 * rounds' weights.
 */
export interface HeldInterview {
  roundId: string;
  createdAt: number;
  decision: 'pass' | 'fail' | null;
  roundScore: number | null;
  calibratedScore: number | null;
}

export function applicationInterviewScore(
  roundWeights: ReadonlyMap<string, number>,
  interviews: readonly HeldInterview[],
  calibrate: boolean,
): ApplicationInterviewScore {
  const latest = new Map<string, HeldInterview>();
  for (const interview of interviews) {
    if (interview.decision === null) continue;
    const held = latest.get(interview.roundId);
    if (!held || held.createdAt < interview.createdAt) latest.set(interview.roundId, interview);
  }
  const scored = [...latest.values()].map((interview) => ({
    weight: roundWeights.get(interview.roundId) ?? 0,
    score: calibrate ? interview.calibratedScore : interview.roundScore,
  }));
  const score = interviewScoreOf(scored);
  // A round decided on recommendations alone, nothing rated, has no score to count.
  const roundsScored = scored.filter((round) => round.score !== null).length;
  return { interviewScore: score === null ? null : Math.round(score), roundsScored };
}

export interface VacancyReview {
  interviews: Map<string, ReviewedInterview>;
  leniency: Leniency[];
  applications: Map<string, ApplicationInterviewScore>;
}

export function reviewVacancy(
  rounds: ReadonlyMap<string, ReviewRound>,
  interviews: readonly ReviewInterview[],
  scorecards: readonly ReviewScorecard[],
  calibrate: boolean,
): VacancyReview {
  const byInterview = groupScorecards(scorecards);
  const leniency = interviewerLeniency(panelRatings(rounds, interviews, byInterview));
  const corrections = new Map(leniency.map((l) => [l.interviewerId, l.correction]));
  const reviewed = new Map<string, ReviewedInterview>();
  const perApplication = new Map<string, HeldInterview[]>();
  for (const interview of interviews) {
    const round = rounds.get(interview.roundId);
    if (!round) continue;
    const outcome = reviewInterview(round, interview, byInterview.get(interview.id) ?? [], corrections);
    reviewed.set(interview.id, outcome);
    const list = perApplication.get(interview.applicationId) ?? [];
    list.push({ ...interview, ...outcome, decision: outcome.result.decision });
    perApplication.set(interview.applicationId, list);
  }
  const applications = new Map<string, ApplicationInterviewScore>();
  const roundWeights = new Map([...rounds.values()].map((round) => [round.id, round.weight]));
  for (const [applicationId, list] of perApplication) {
    applications.set(applicationId, applicationInterviewScore(roundWeights, list, calibrate));
  }
  return { interviews: reviewed, leniency, applications };
}

export interface FlaggedInterview {
  interviewId: string;
  applicationId: string;
  competencies: { competency: string; spread: number; ratings: number[] }[];
}

export interface RoundAgreement {
  roundId: string;
  name: string;
  interviews: number;
  scorecards: number;
  ratings: number;
  alpha: AlphaResult | null;
  /** Only when every interview of the round had the same panel and every member rated every competency. */
  icc: IccResult | null;
  iccNote: string | null;
  flagged: boolean;
  flaggedInterviews: FlaggedInterview[];
}

/**
 * How far a round's panels agree. The units are an applicant's competency in
 * an interview; each panel member's rating of it is one value, so panels
 * that did not all rate everyone still count (Krippendorff's alpha, interval).
 */
export function roundAgreement(
  round: ReviewRound,
  interviews: readonly ReviewInterview[],
  byInterview: ReadonlyMap<string, readonly ReviewScorecard[]>,
  spreadFlag = spreadFlagPoints(round.template.scale),
): RoundAgreement {
  const units: number[][] = [];
  const flaggedInterviews: FlaggedInterview[] = [];
  let scorecardCount = 0;
  let ratingCount = 0;
  const panels = new Set<string>();
  let complete = true;
  const matrix: number[][] = [];
  for (const interview of interviews) {
    if (interview.roundId !== round.id) continue;
    const scorecards = byInterview.get(interview.id) ?? [];
    if (scorecards.length === 0) continue;
    scorecardCount += scorecards.length;
    const raters = scorecards.map((s) => s.interviewerId).sort();
    panels.add(raters.join(','));
    const flags: FlaggedInterview['competencies'] = [];
    for (const competency of round.template.competencies) {
      const byRater = raters.map(
        (rater) =>
          scorecards.find((s) => s.interviewerId === rater)!.ratings.find((r) => r.competency === competency)?.rating ??
          null,
      );
      const values = byRater.filter((value): value is number => value !== null);
      ratingCount += values.length;
      if (values.length < byRater.length) complete = false;
      else matrix.push(byRater as number[]);
      if (values.length) units.push(values);
      const spread = values.length >= 2 ? Math.max(...values) - Math.min(...values) : 0;
      if (spread > spreadFlag) flags.push({ competency, spread, ratings: values });
    }
    if (flags.length)
      flaggedInterviews.push({
        interviewId: interview.id,
        applicationId: interview.applicationId,
        competencies: flags,
      });
  }
  const alpha = krippendorffAlphaInterval(units);
  let icc: IccResult | null = null;
  let iccNote: string | null = null;
  if (panels.size !== 1) {
    iccNote = panels.size === 0 ? ICC_NOTES.noScorecards : ICC_NOTES.panelsDiffer;
  } else if (!complete) {
    iccNote = ICC_NOTES.notAllAssessed;
  } else {
    icc = intraclassCorrelation(matrix);
    if (!icc) iccNote = ICC_NOTES.tooSmall;
  }
  return {
    roundId: round.id,
    name: round.name,
    interviews: new Set(interviews.filter((i) => i.roundId === round.id && byInterview.has(i.id)).map((i) => i.id))
      .size,
    scorecards: scorecardCount,
    ratings: ratingCount,
    alpha,
    icc,
    iccNote,
    flagged: alpha !== null && alpha.alpha < ALPHA_FLAG_BELOW,
    flaggedInterviews,
  };
}

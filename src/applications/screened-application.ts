import { SCORING_ENGINE_VERSION } from '../scoring/provenance';
import { SCORING_RULES_VERSION } from '../scoring/score';
import { PreparedScreening, ScreeningOutcome } from '../screening/screening-runner';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { NewApplication } from './applications.repository';
import { ScreeningColumns } from './screening-results.repository';
import { shortlistColumns } from './shortlist-columns';
import { standingOf } from './shortlist-order';

/**
 * The columns a screening outcome fills, under the vacancy's weights and
 * knock-out policy, combined with the application's interview score if it
 * has one.
 */
export function screeningColumns(
  vacancy: Pick<Vacancy, 'knockoutPolicy' | 'screeningWeight' | 'interviewWeight'>,
  prepared: PreparedScreening,
  outcome: ScreeningOutcome,
  now: Date,
  interviewScore: number | null = null,
): ScreeningColumns {
  const { result, fitLevel } = outcome;
  const screeningScore = Math.round(result.score * 100);
  const { shortlistScore, sortKey } = shortlistColumns(standingOf(result), screeningScore, interviewScore, vacancy);
  return {
    screenedAt: now,
    eligible: result.eligible,
    screeningScore,
    shortlistScore: shortlistScore!,
    completeness: Math.round(result.completeness * 100),
    fitLevel,
    needsReview: (!result.eligible && vacancy.knockoutPolicy === 'flag') || result.openKnockouts.length > 0,
    profileVersion: prepared.profileVersion,
    rulesVersion: SCORING_RULES_VERSION,
    screening: result,
    engineVersion: SCORING_ENGINE_VERSION,
    scoringInput: outcome.input,
    sortKey,
  };
}

/**
 * A new application from its screening: a failed knock-out rejects it when
 * the vacancy's policy says so (recorded as a move by Sift, with the
 * knock-outs as its reason), and otherwise it starts at "applied", flagged.
 */
export function screenedApplication(
  vacancy: Vacancy,
  prepared: PreparedScreening,
  outcome: ScreeningOutcome,
  candidateId: string,
  source: string | null,
  now: Date,
): NewApplication {
  const rejected = !outcome.result.eligible && vacancy.knockoutPolicy === 'reject';
  return {
    vacancyId: vacancy.id,
    candidateId,
    source,
    position: { stage: rejected ? 'rejected' : 'applied', roundId: null },
    stageReason: rejected ? `Knock-out: ${outcome.result.failedKnockouts.map((note) => note.reason).join('; ')}` : null,
    screening: screeningColumns(vacancy, prepared, outcome, now),
  };
}

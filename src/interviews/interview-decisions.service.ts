import { Injectable } from '@nestjs/common';
import { ApplicationNotFoundError, describePosition } from '../applications/applications.errors';
import { ApplicationRecorder } from '../applications/application-recorder';
import { ApplicationsRepository } from '../applications/applications.repository';
import { nextPosition, Position } from '../applications/pipeline';
import { Transaction } from '../database/transaction';
import { applicationInterviewScore, reviewInterview } from '../scoring/panel-review';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { Interview } from './entities/interview.entity';
import { InterviewDecisionsRepository, SettleContext, SettleOutcome } from './interview-decisions.repository';
import { applicationScoreRow } from './interview-results.repository';
import { ApplicationNotInRoundError, InterviewCancelledError, InterviewNotFoundError } from './interviews.errors';
import { InterviewsRepository } from './interviews.repository';
import { PanelReviewQueue } from './panel-review-queue';

/**
 * Decides an interview: its result from its submitted scorecards, the
 * application's interview score from its decided rounds, and its shortlist
 * columns, all in the transaction of the change that calls for it (a
 * submission, an amendment, a panel change, a cancellation), under a lock on
 * the interview. Of a panel submitting at once, each decides after the one
 * before it has committed, so the last one sees every scorecard and no
 * result read before a submission overwrites one read after it.
 */
@Injectable()
export class InterviewDecisions {
  constructor(
    private readonly results: InterviewDecisionsRepository,
    private readonly review: PanelReviewQueue,
    private readonly vacancies: VacanciesRepository,
    private readonly interviews: InterviewsRepository,
    private readonly applications: ApplicationsRepository,
    private readonly recorder: ApplicationRecorder,
  ) {}

  /**
   * Takes the interview's lock first thing in a change's transaction, and
   * checks under it what a check before it could not: that the interview is
   * still there and not cancelled. Returns it as it now is, with its panel.
   */
  async hold(tx: Transaction, interviewId: string): Promise<Interview> {
    const interview = await this.results.lockForDecision(tx, interviewId);
    if (!interview) throw new InterviewNotFoundError(interviewId);
    if (interview.status === 'cancelled') throw new InterviewCancelledError(interviewId);
    return interview;
  }

  /** Who on the interview's panel has submitted, read under its lock. */
  submittersIn(tx: Transaction, interviewId: string): Promise<Set<string>> {
    return this.results.submittersIn(tx, interviewId);
  }

  /** Decides in the caller's transaction, and queues the vacancy's review in it. */
  async decideIn(tx: Transaction, context: SettleContext, now = new Date()): Promise<SettleOutcome> {
    const interview = (await this.results.lockForDecision(tx, context.interviewId))!;
    const evidence = await this.results.decisionEvidence(tx, interview.id, context.vacancyId);
    const reviewed = reviewInterview(
      context.round,
      {
        id: interview.id,
        applicationId: interview.applicationId,
        roundId: interview.roundId,
        createdAt: interview.createdAt.getTime(),
        panelSize: evidence.panelSize,
      },
      evidence.scorecards,
      evidence.corrections,
    );
    const after = interview.status === 'cancelled' ? null : reviewed.result.decision;
    await this.results.saveDecision(
      tx,
      interview.id,
      {
        result: reviewed.result,
        decision: after,
        roundScore: reviewed.roundScore,
        calibratedScore: reviewed.calibratedScore,
        decidedAt: after === interview.decision ? interview.decidedAt : after ? now : null,
      },
      now,
    );
    const { held, application } = await this.results.applicationEvidence(tx, context.applicationId);
    const score = applicationInterviewScore(context.roundWeights, held, context.calibrate);
    await this.results.saveApplicationScores(
      tx,
      context.vacancyId,
      applicationScoreRow(application, score, context.weights),
      now,
    );
    // Each interviewer's leniency moves with every scorecard, and with it calibrated scores elsewhere.
    await this.review.queueIn(tx, context.vacancyId);
    return { before: interview.decision, after, result: reviewed.result };
  }

  /** Decides in a transaction of its own. */
  decideNow(context: SettleContext): Promise<SettleOutcome> {
    return this.results.transaction((tx) => this.decideIn(tx, context));
  }

  /** Once a decision has committed: a decision just made moves the application when the vacancy lets decisions do so. */
  async afterDecision(interviewId: string, vacancy: Vacancy, outcome: SettleOutcome): Promise<void> {
    if (!vacancy.autoAdvance || !outcome.after || outcome.before === outcome.after) return;
    const fresh = (await this.interviews.findById(interviewId))!;
    // A later change may have decided otherwise since; that change moves the application, not this one.
    if (fresh.decision === outcome.after && !fresh.decisionAppliedAt) await this.apply(fresh, vacancy, null, false);
  }

  /**
   * Applies every decision of the vacancy that committed without its move,
   * when the vacancy's decisions move applications by themselves; an
   * application no longer in the decided round is left where it is.
   */
  async applyPending(vacancyId: string): Promise<number> {
    const vacancy = await this.vacancies.findById(vacancyId);
    if (!vacancy?.autoAdvance) return 0;
    let applied = 0;
    for (const interview of await this.interviews.decidedNotApplied(vacancyId)) {
      if (await this.apply(interview, vacancy, null, false)) applied += 1;
    }
    return applied;
  }

  /** Moves the application by the interview's decision: to the next round, an offer, or rejected with the reason. */
  async apply(interview: Interview, vacancy: Vacancy, actorId: string | null, asked: boolean): Promise<boolean> {
    const application = await this.applications.findById(interview.applicationId);
    if (!application) throw new ApplicationNotFoundError(interview.applicationId);
    if (!interview.decision) return false;
    const round = vacancy.rounds.find((candidate) => candidate.id === interview.roundId)!;
    const here: Position = { stage: application.stage, roundId: application.roundId };
    if (application.stage !== 'interview' || application.roundId !== round.id) {
      if (asked) throw new ApplicationNotInRoundError(round.name, describePosition(here));
      return false;
    }
    const to =
      interview.decision === 'pass'
        ? nextPosition(
            here,
            vacancy.rounds.map((r) => r.id),
          )!
        : ({ stage: 'rejected', roundId: null } as Position);
    const verdict = interview.decision === 'pass' ? 'passed' : 'not passed';
    const moved = await this.recorder.move(application, {
      to,
      reason: `Round "${round.name}" ${verdict}: ${interview.result?.reason ?? ''}`.trim(),
      override: false,
      actorId,
    });
    return moved && (await this.interviews.markDecisionApplied(interview.id));
  }
}

import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { ValidationFailedError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/database-errors';
import { VacancyRound } from '../vacancies/entities/vacancy-round.entity';
import { AmendScorecardDto, CreateScorecardDto, UpdateScorecardDto } from './dto/scorecard-input.dto';
import { ScorecardRevision } from './entities/scorecard-revision.entity';
import { Scorecard } from './entities/scorecard.entity';
import { standingOf } from './interview-access';
import { InterviewResultsRepository, SettleOutcome } from './interview-results.repository';
import {
  InterviewCancelledError,
  NotOnPanelError,
  NotYourScorecardError,
  ScorecardChangedError,
  ScorecardExistsError,
  ScorecardFrozenError,
  ScorecardNotFoundError,
  ScorecardNotSubmittedError,
  ScorecardsSealedError,
} from './interviews.errors';
import { InterviewsService, InterviewView } from './interviews.service';
import { RoundContexts } from './round-contexts';
import { scorecardProblems, ScorecardInput, storedRatings } from './scorecard-rules';
import { ScorecardContent, ScorecardsRepository } from './scorecards.repository';

export interface ScorecardView {
  scorecard: Scorecard;
  revisions: ScorecardRevision[];
}

/**
 * Scorecards, kept independent: a draft is its author's alone; a panel member
 * reads the others' only once their own is submitted; everyone else who may
 * see the interview reads submitted ones only. Submitting and amending work
 * the interview's result out in the same transaction.
 */
@Injectable()
export class ScorecardsService {
  constructor(
    private readonly scorecards: ScorecardsRepository,
    private readonly interviews: InterviewsService,
    private readonly results: InterviewResultsRepository,
    private readonly contexts: RoundContexts,
  ) {}

  async create(interviewId: string, input: CreateScorecardDto, user: AuthenticatedUser): Promise<ScorecardView> {
    const view = await this.interviews.get(interviewId, user);
    if (!standingOf(view.interview, view.vacancy, user).onPanel) throw new NotOnPanelError(interviewId);
    if (view.interview.status === 'cancelled') throw new InterviewCancelledError(interviewId);
    const existing = await this.scorecards.findOwn(interviewId, user.id);
    if (existing) throw new ScorecardExistsError(existing.id);
    const round = roundOf(view);
    const submit = input.submit ?? false;
    const content = this.checked(round, input, submit);
    let outcome: SettleOutcome | null = null;
    const settle = submit ? await this.settler(view, (settled) => (outcome = settled)) : null;
    let id: string;
    try {
      id = await this.scorecards.create(interviewId, user.id, content, settle);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new ScorecardExistsError((await this.scorecards.findOwn(interviewId, user.id))!.id);
    }
    if (outcome) await this.interviews.settle(view.interview, view.vacancy, outcome);
    return this.view(id);
  }

  /** Changes the author's draft, and submits it with `submit`. */
  async update(id: string, input: UpdateScorecardDto, user: AuthenticatedUser): Promise<ScorecardView> {
    const { scorecard, view } = await this.own(id, user);
    if (scorecard.status === 'submitted') throw new ScorecardFrozenError(id);
    const round = roundOf(view);
    const submit = input.submit ?? false;
    const merged: ScorecardInput & { summary?: string | null } = {
      ratings: input.ratings ?? scorecard.ratings.map((r) => ({ ...r, notes: r.notes ?? undefined })),
      recommendation: input.recommendation ?? scorecard.recommendation,
      summary: input.summary ?? scorecard.summary,
    };
    const content = this.checked(round, merged, submit);
    let outcome: SettleOutcome | null = null;
    const settle = submit ? await this.settler(view, (settled) => (outcome = settled)) : null;
    if (!(await this.scorecards.saveDraft(scorecard, content, settle))) throw new ScorecardFrozenError(id);
    if (outcome) await this.interviews.settle(view.interview, view.vacancy, outcome);
    return this.view(id);
  }

  /** A submitted scorecard amended: a new revision with its reason; the earlier ones stay readable. */
  async amend(id: string, input: AmendScorecardDto, user: AuthenticatedUser): Promise<ScorecardView> {
    const { scorecard, view } = await this.own(id, user);
    if (scorecard.status !== 'submitted') throw new ScorecardNotSubmittedError(id);
    if (input.revision !== scorecard.revision) throw new ScorecardChangedError(input.revision, scorecard.revision);
    const content = this.checked(roundOf(view), input, true);
    let outcome: SettleOutcome | null = null;
    const settle = await this.settler(view, (settled) => (outcome = settled));
    if (!(await this.scorecards.amend(scorecard, input.revision, content, input.reason, settle))) {
      const now = (await this.scorecards.findById(id))!;
      throw new ScorecardChangedError(input.revision, now.revision);
    }
    if (outcome) await this.interviews.settle(view.interview, view.vacancy, outcome);
    return this.view(id);
  }

  /** The interview's scorecards the viewer may read; sealed to a panel member who has not submitted. */
  async listForInterview(interviewId: string, viewer: AuthenticatedUser): Promise<ScorecardView[]> {
    const view = await this.interviews.get(interviewId, viewer);
    if (standingOf(view.interview, view.vacancy, viewer).onPanel) {
      const own = await this.scorecards.findOwn(interviewId, viewer.id);
      if (own?.status !== 'submitted') throw new ScorecardsSealedError(interviewId);
    }
    const submitted = await this.scorecards.submittedFor(interviewId);
    const revisions = await this.scorecards.revisionsOf(submitted.map((s) => s.id));
    return submitted.map((scorecard) => ({ scorecard, revisions: revisions.get(scorecard.id)! }));
  }

  /** The viewer's own scorecard for the interview, draft or submitted. */
  async mine(interviewId: string, viewer: AuthenticatedUser): Promise<ScorecardView> {
    await this.interviews.get(interviewId, viewer);
    const own = await this.scorecards.findOwn(interviewId, viewer.id);
    if (!own) throw new ScorecardNotFoundError(`of yours for interview ${interviewId}`);
    return this.view(own.id);
  }

  async get(id: string, viewer: AuthenticatedUser): Promise<ScorecardView> {
    const scorecard = await this.scorecards.findById(id);
    if (!scorecard) throw new ScorecardNotFoundError(id);
    if (scorecard.interviewerId === viewer.id) return this.view(id);
    if (scorecard.status !== 'submitted') throw new ScorecardNotFoundError(id);
    const view = await this.interviews.get(scorecard.interviewId, viewer).catch(() => {
      throw new ScorecardNotFoundError(id);
    });
    if (standingOf(view.interview, view.vacancy, viewer).onPanel) {
      const own = await this.scorecards.findOwn(scorecard.interviewId, viewer.id);
      if (own?.status !== 'submitted') throw new ScorecardsSealedError(scorecard.interviewId);
    }
    return this.view(id);
  }

  private async own(id: string, user: AuthenticatedUser): Promise<{ scorecard: Scorecard; view: InterviewView }> {
    const scorecard = await this.scorecards.findById(id);
    if (!scorecard) throw new ScorecardNotFoundError(id);
    if (scorecard.interviewerId !== user.id) {
      if (scorecard.status === 'draft') throw new ScorecardNotFoundError(id);
      await this.get(id, user);
      throw new NotYourScorecardError(id);
    }
    const view = await this.interviews.get(scorecard.interviewId, user);
    if (view.interview.status === 'cancelled') throw new InterviewCancelledError(view.interview.id);
    return { scorecard, view };
  }

  private checked(round: VacancyRound, input: ScorecardInput & { summary?: string | null }, submit: boolean) {
    const problems = scorecardProblems(round, input, submit);
    if (problems.length) throw new ValidationFailedError(problems);
    const content: ScorecardContent = {
      ratings: storedRatings(round, input),
      recommendation: input.recommendation ?? null,
      summary: input.summary?.trim() || null,
    };
    return content;
  }

  private async settler(view: InterviewView, keep: (outcome: SettleOutcome) => void) {
    const context = await this.contexts.settleContext(view.vacancy, view.interview);
    return async (tx: Parameters<InterviewResultsRepository['settle']>[0]) =>
      keep(await this.results.settle(tx, context));
  }

  private async view(id: string): Promise<ScorecardView> {
    const scorecard = (await this.scorecards.findById(id))!;
    const revisions = await this.scorecards.revisionsOf([id]);
    return { scorecard, revisions: revisions.get(id)! };
  }
}

function roundOf(view: InterviewView): VacancyRound {
  return view.vacancy.rounds.find((round) => round.id === view.interview.roundId)!;
}

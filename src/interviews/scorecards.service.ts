import { Injectable } from '@nestjs/common';
import { AuditEvent, personal } from '../audit/audit-record';
import { AuditTrail } from '../audit/audit-trail';
import { AuthenticatedUser } from '../common/auth/decorators';
import { ValidationFailedError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/database-errors';
import { Transaction } from '../database/transaction';
import { VacancyRound } from '../vacancies/entities/vacancy-round.entity';
import {
  AmendScorecardDto,
  CreateScorecardDto,
  OnBehalfScorecardDto,
  UpdateScorecardDto,
} from './dto/scorecard-input.dto';
import { ScorecardRevision } from './entities/scorecard-revision.entity';
import { Scorecard } from './entities/scorecard.entity';
import { standingOf } from './interview-access';
import { InterviewDecisions } from './interview-decisions.service';
import {
  InterviewCancelledError,
  InterviewNotFoundError,
  NotOnPanelError,
  NotYourScorecardError,
  PanelistScoredError,
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
import { mayReadScorecard } from './scorecard-visibility';
import { ScorecardContent, ScorecardsRepository } from './scorecards.repository';

export interface ScorecardView {
  scorecard: Scorecard;
  revisions: ScorecardRevision[];
}

/**
 * Scorecards, kept independent: a draft is its author's alone; a panel member
 * reads the others' only once their own is submitted; everyone else who may
 * see the interview reads submitted ones only. Submitting and amending decide
 * the interview in the same transaction.
 */
@Injectable()
export class ScorecardsService {
  constructor(
    private readonly scorecards: ScorecardsRepository,
    private readonly interviews: InterviewsService,
    private readonly decisions: InterviewDecisions,
    private readonly contexts: RoundContexts,
    private readonly audit: AuditTrail,
  ) {}

  async create(interviewId: string, input: CreateScorecardDto, user: AuthenticatedUser): Promise<ScorecardView> {
    const view = await this.interviews.get(interviewId, user);
    if (!standingOf(view.interview, view.vacancy, user).onPanel) throw new NotOnPanelError(interviewId);
    if (view.interview.status === 'cancelled') throw new InterviewCancelledError(interviewId);
    const existing = await this.scorecards.findOwn(interviewId, user.id);
    if (existing) throw new ScorecardExistsError(existing.id);
    const submit = input.submit ?? false;
    const content = this.checked(roundOf(view), input, submit);
    try {
      const action = submit ? 'scorecard.submitted' : 'scorecard.drafted';
      const id = await this.write(view, user.id, submit, { action, content }, (tx, now) =>
        this.scorecards.create(tx, { interviewId, interviewerId: user.id, content, submit, enteredBy: null }, now),
      );
      return this.view(id);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new ScorecardExistsError((await this.scorecards.findOwn(interviewId, user.id))!.id);
    }
  }

  /**
   * A recruiter or admin enters a panel member's paper scorecard, submitted:
   * it is the panel member's own (it unseals the others' to them, counts in
   * the decision and their calibration, and they amend it), marked as entered
   * by the recruiter. A draft of theirs is replaced; a submitted one is not.
   */
  async enterOnBehalf(
    interviewId: string,
    input: OnBehalfScorecardDto,
    user: AuthenticatedUser,
  ): Promise<ScorecardView> {
    const view = await this.interviews.get(interviewId, user);
    if (!standingOf(view.interview, view.vacancy, user).owner) throw new InterviewNotFoundError(interviewId);
    if (view.interview.status === 'cancelled') throw new InterviewCancelledError(interviewId);
    const interviewerId = input.interviewerId;
    if (!view.interview.panel.some((seat) => seat.userId === interviewerId)) {
      throw new ValidationFailedError([
        { field: 'interviewerId', messages: [`${interviewerId} is not on the panel of interview ${interviewId}`] },
      ]);
    }
    const existing = await this.scorecards.findOwn(interviewId, interviewerId);
    if (existing?.status === 'submitted') throw new PanelistScoredError(interviewerId, existing.id);
    const content = this.checked(roundOf(view), input, true);
    const entry = { content, submit: true, enteredBy: user.id };
    try {
      const audited = { action: 'scorecard.entered_on_behalf', content: entry.content, interviewerId };
      const id = await this.write(view, interviewerId, true, audited, async (tx, now) => {
        if (!existing) return this.scorecards.create(tx, { interviewId, interviewerId, ...entry }, now);
        return (await this.scorecards.saveDraft(tx, existing, entry, now)) ? existing.id : false;
      });
      if (id === false) throw new PanelistScoredError(interviewerId, existing!.id);
      return this.view(id);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new PanelistScoredError(interviewerId, (await this.scorecards.findOwn(interviewId, interviewerId))!.id);
    }
  }

  /** Changes the author's draft, and submits it with `submit`. */
  async update(id: string, input: UpdateScorecardDto, user: AuthenticatedUser): Promise<ScorecardView> {
    const { scorecard, view } = await this.own(id, user);
    await this.changeDraft(scorecard, view, input, user);
    return this.view(id);
  }

  /**
   * The author's scorecard for the interview saved as a page saves it while they type: made when they
   * have none, their draft changed otherwise (and submitted with `submit`), by the rules of POST and
   * PATCH. Answers when it was saved, without reading the card back: a save per pause in typing.
   */
  async saveOwn(
    interviewId: string,
    input: UpdateScorecardDto,
    user: AuthenticatedUser,
  ): Promise<{ scorecardId: string; savedAt: Date }> {
    const { view, own: existing } = await this.interviews.getWithOwnCard(interviewId, user);
    if (existing) {
      if (view.interview.status === 'cancelled') throw new InterviewCancelledError(interviewId);
      return { scorecardId: existing.id, savedAt: await this.changeDraft(existing, view, input, user) };
    }
    let made: ScorecardView;
    try {
      made = await this.create(interviewId, { ...input, ratings: input.ratings ?? [] }, user);
    } catch (error) {
      // Two saves of a first draft at once (two tabs): the second changes what the first made.
      if (!(error instanceof ScorecardExistsError)) throw error;
      made = await this.update(error.extras.scorecardId as string, input, user);
    }
    return { scorecardId: made.scorecard.id, savedAt: made.scorecard.updatedAt };
  }

  /** The author's draft changed (and submitted with `submit`); answers when. */
  private async changeDraft(
    scorecard: Scorecard,
    view: InterviewView,
    input: UpdateScorecardDto,
    user: AuthenticatedUser,
  ): Promise<Date> {
    if (scorecard.status === 'submitted') throw new ScorecardFrozenError(scorecard.id);
    const submit = input.submit ?? false;
    const merged: ScorecardInput & { summary?: string | null } = {
      ratings: input.ratings ?? scorecard.ratings.map((r) => ({ ...r, notes: r.notes ?? undefined })),
      recommendation: input.recommendation ?? scorecard.recommendation,
      summary: input.summary ?? scorecard.summary,
    };
    const content = this.checked(roundOf(view), merged, submit);
    if (!submit) return this.saveDraftAlone(scorecard, view, content, user);
    let savedAt = new Date();
    const saved = await this.write(
      view,
      user.id,
      submit,
      { action: 'scorecard.submitted', content, scorecardId: scorecard.id },
      (tx, now) => {
        savedAt = now;
        return this.scorecards.saveDraft(tx, scorecard, { content, submit, enteredBy: null }, now);
      },
    );
    if (!saved) throw new ScorecardFrozenError(scorecard.id);
    return savedAt;
  }

  /** The hot path of typing: the draft written in one statement; when refused, why, as the locked path would say. */
  private async saveDraftAlone(
    scorecard: Scorecard,
    view: InterviewView,
    content: ScorecardContent,
    user: AuthenticatedUser,
  ): Promise<Date> {
    const now = new Date();
    if (await this.scorecards.saveDraftAlone(scorecard, content, now)) return now;
    const { interview } = await this.interviews.get(view.interview.id, user);
    if (interview.status === 'cancelled') throw new InterviewCancelledError(interview.id);
    if (!interview.panel.some((seat) => seat.userId === user.id)) throw new NotOnPanelError(interview.id);
    throw new ScorecardFrozenError(scorecard.id);
  }

  /** A submitted scorecard amended: a new revision with its reason; the earlier ones stay readable. */
  async amend(id: string, input: AmendScorecardDto, user: AuthenticatedUser): Promise<ScorecardView> {
    const { scorecard, view } = await this.own(id, user);
    if (scorecard.status !== 'submitted') throw new ScorecardNotSubmittedError(id);
    if (input.revision !== scorecard.revision) throw new ScorecardChangedError(input.revision, scorecard.revision);
    const content = this.checked(roundOf(view), input, true);
    const audited = { action: 'scorecard.amended', content, reason: input.reason, scorecardId: id };
    const amended = await this.write(view, user.id, true, audited, (tx, now) =>
      this.scorecards.amend(tx, scorecard, input.revision, content, input.reason, now),
    );
    if (!amended) throw new ScorecardChangedError(input.revision, (await this.scorecards.findById(id))!.revision);
    return this.view(id);
  }

  /** The interview's scorecards the viewer may read; sealed to a panel member who has not submitted. */
  async listForInterview(interviewId: string, viewer: AuthenticatedUser): Promise<ScorecardView[]> {
    const view = await this.interviews.get(interviewId, viewer);
    if (view.sealed) throw new ScorecardsSealedError(interviewId);
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
    let view: InterviewView;
    try {
      view = await this.interviews.get(scorecard.interviewId, viewer);
    } catch (error) {
      // Only an interview the viewer may not see hides the scorecard; any other failure is what it is.
      if (error instanceof InterviewNotFoundError) throw new ScorecardNotFoundError(id);
      throw error;
    }
    const access = mayReadScorecard(scorecard, viewer.id, view.sealed);
    if (access === 'sealed') throw new ScorecardsSealedError(scorecard.interviewId);
    if (access === 'not_found') throw new ScorecardNotFoundError(id);
    return this.view(id);
  }

  /**
   * Writes a scorecard's change under the interview's lock, once it is
   * checked that the interview is not cancelled and the author still sits on
   * its panel; one that submits or amends decides the interview in the same
   * transaction, and a decision just made may then move the application.
   * `write` answers false when the scorecard changed meanwhile, and nothing
   * is decided.
   */
  private async write<T>(
    view: InterviewView,
    authorId: string,
    decides: boolean,
    audited: AuditedChange,
    write: (tx: Transaction, now: Date) => Promise<T>,
  ): Promise<T> {
    const context = decides ? await this.contexts.settleContext(view.vacancy, view.interview) : null;
    const now = new Date();
    const { written, outcome } = await this.scorecards.transaction(async (tx) => {
      const held = await this.decisions.hold(tx, view.interview.id);
      if (!held.panel.some((seat) => seat.userId === authorId)) throw new NotOnPanelError(view.interview.id);
      const written = await write(tx, now);
      // A card submitted or amended: the shortlist counts the scorecards in.
      if (decides && written !== false) await this.scorecards.shortlistChanged(tx, view.vacancy.id);
      const outcome = context && written !== false ? await this.decisions.decideIn(tx, context, now) : null;
      // Last, so the audit trail's head is not held while the decision waits for rows.
      if (written !== false) await this.audit.record(tx, scorecardEvent(view, audited, written));
      return { written, outcome };
    });
    if (outcome) await this.decisions.afterDecision(view.interview.id, view.vacancy, outcome);
    return written;
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

  private async view(id: string): Promise<ScorecardView> {
    const scorecard = (await this.scorecards.findById(id))!;
    const revisions = await this.scorecards.revisionsOf([id]);
    return { scorecard, revisions: revisions.get(id)! };
  }
}

function roundOf(view: InterviewView): VacancyRound {
  return view.vacancy.rounds.find((round) => round.id === view.interview.roundId)!;
}

/** What a scorecard's change says in the audit trail: the scores and recommendation; written words by reference. */
interface AuditedChange {
  action: string;
  content: ScorecardContent;
  /** Known when the card existed before the change; a new card's id is what the write answers. */
  scorecardId?: string;
  /** Set when someone entered the card for this panel member. */
  interviewerId?: string;
  reason?: string;
}

function scorecardEvent(view: InterviewView, change: AuditedChange, written: unknown): AuditEvent {
  return {
    action: change.action,
    subject: { type: 'scorecard', id: change.scorecardId ?? (typeof written === 'string' ? written : null) },
    candidateId: view.interview.candidateId,
    vacancyId: view.interview.vacancyId,
    details: {
      interviewId: view.interview.id,
      ...(change.interviewerId ? { interviewerId: change.interviewerId } : {}),
      recommendation: change.content.recommendation,
      ratings: change.content.ratings.map((rating) => ({ ...rating, notes: personal(rating.notes) })),
      summary: personal(change.content.summary),
      ...(change.reason ? { reason: personal(change.reason) } : {}),
    },
  };
}

import { AuditEvent, personal } from '../audit/audit-record';
import { AuditTrail } from '../audit/audit-trail';
import { Injectable } from '@nestjs/common';
import { ApplicationsService } from '../applications/applications.service';
import { FINAL_STAGES } from '../applications/pipeline';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { FieldError, ValidationFailedError } from '../common/errors/domain-error';
import { PipelineMails } from '../mail/pipeline-mails';
import { UsersRepository } from '../users/users.repository';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { VacancyEndedError } from '../vacancies/vacancies.errors';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { maySee } from '../vacancies/vacancy-access';
import { isEnded } from '../vacancies/vacancy-lifecycle';
import { CancelInterviewDto, ScheduleInterviewDto, UpdateInterviewDto } from './dto/interview-input.dto';
import { Interview, InterviewStatus } from './entities/interview.entity';
import { InterviewDecisions } from './interview-decisions.service';
import { standingOf } from './interview-access';
import {
  ApplicationClosedError,
  DecisionAppliedError,
  DecisionPendingError,
  InterviewCancelledError,
  InterviewExistsError,
  InterviewNotFoundError,
  PanelistHasScorecardError,
} from './interviews.errors';
import { InterviewChanges, InterviewsRepository } from './interviews.repository';
import { RoundContexts } from './round-contexts';
import { sealedFrom } from './scorecard-visibility';
import { ScorecardsRepository } from './scorecards.repository';
import { Scorecard } from './entities/scorecard.entity';

export interface InterviewView {
  interview: Interview;
  vacancy: Vacancy;
  /** The viewer sits on the panel without a submitted scorecard: its result is not theirs to read. */
  sealed: boolean;
}

/** Scheduling interviews, their panels and decisions; who may see which. */
@Injectable()
export class InterviewsService {
  constructor(
    private readonly interviews: InterviewsRepository,
    private readonly scorecards: ScorecardsRepository,
    private readonly decisions: InterviewDecisions,
    private readonly applications: ApplicationsService,
    private readonly vacancies: VacanciesRepository,
    private readonly users: UsersRepository,
    private readonly contexts: RoundContexts,
    private readonly mails: PipelineMails,
    private readonly audit: AuditTrail,
  ) {}

  async schedule(applicationId: string, input: ScheduleInterviewDto, user: AuthenticatedUser): Promise<InterviewView> {
    const { application, vacancy } = await this.applications.getToChange(applicationId, user);
    if (isEnded(vacancy.status)) throw new VacancyEndedError(vacancy.status);
    if (FINAL_STAGES.includes(application.stage)) throw new ApplicationClosedError(application.stage);
    const round = vacancy.rounds.find((candidate) => candidate.id === input.roundId);
    const problems: FieldError[] = round
      ? []
      : [{ field: 'roundId', messages: [`${input.roundId} is not a round of this vacancy's plan`] }];
    problems.push(...(await this.panelProblems(input.panel)));
    if (problems.length) throw new ValidationFailedError(problems);
    const existing = await this.interviews.scheduledFor(application.id, round!.id);
    if (existing) throw new InterviewExistsError(existing.id, round!.name);
    const now = new Date();
    const made = await this.interviews.transaction(async (tx) => {
      const outcome = await this.interviews.create(
        tx,
        {
          applicationId: application.id,
          vacancyId: vacancy.id,
          candidateId: application.candidateId,
          roundId: round!.id,
          startsAt: new Date(input.startsAt),
          durationMinutes: input.durationMinutes ?? 60,
          location: input.location ?? null,
          meetingUrl: input.meetingUrl ?? null,
          createdBy: user.id,
        },
        input.panel,
        now,
      );
      if (outcome.created) {
        await this.mails.interviewChanged(tx, outcome.id, 'scheduled', now);
        const details = { roundId: round!.id, startsAt: input.startsAt, panel: input.panel };
        await this.audit.record(tx, interviewEvent('interview.scheduled', outcome.id, application, details));
      }
      return outcome;
    });
    if (!made.created) throw new InterviewExistsError(made.id, round!.name);
    return { interview: (await this.interviews.findById(made.id))!, vacancy, sealed: false };
  }

  /** The interview, for its panel and its vacancy's owners; 404 for anyone else. */
  async get(id: string, viewer: AuthenticatedUser): Promise<InterviewView> {
    return (await this.getWithOwnCard(id, viewer)).view;
  }

  /** The interview as `get` gives it, with the viewer's own scorecard on its panel (read once for both). */
  async getWithOwnCard(id: string, viewer: AuthenticatedUser): Promise<{ view: InterviewView; own: Scorecard | null }> {
    const interview = await this.interviews.findById(id);
    if (!interview) throw new InterviewNotFoundError(id);
    // A panel member's own card is read beside the vacancy (on PostgreSQL over a second connection):
    // a draft's save waits for one round trip instead of two.
    const onPanel = interview.panel.some((seat) => seat.userId === viewer.id);
    const [vacancy, own] = await Promise.all([
      this.vacancies.findById(interview.vacancyId),
      onPanel ? this.scorecards.findOwn(id, viewer.id) : null,
    ]);
    if (!vacancy) throw new InterviewNotFoundError(id);
    const standing = standingOf(interview, vacancy, viewer);
    if (!standing.onPanel && !standing.owner) throw new InterviewNotFoundError(id);
    return { view: { interview, vacancy, sealed: sealedFrom(standing, own?.status) }, own };
  }

  /** An application's interviews: all for its owners, for a panel member only the ones they sit on. */
  async listForApplication(applicationId: string, viewer: AuthenticatedUser): Promise<InterviewView[]> {
    const { vacancy } = await this.applications.get(applicationId, viewer);
    const rows = await this.interviews.listForApplication(
      applicationId,
      maySee(vacancy, viewer) ? undefined : viewer.id,
    );
    const submitted = await this.scorecards.submittedAmong(
      viewer.id,
      rows.map((row) => row.id),
    );
    return rows.map((interview) => ({
      interview,
      vacancy,
      sealed: sealedFrom(standingOf(interview, vacancy, viewer), submitted.has(interview.id) ? 'submitted' : null),
    }));
  }

  seatsOf(viewer: AuthenticatedUser, status?: InterviewStatus) {
    return this.interviews.seatsOf(viewer.id, status);
  }

  /** Moves the interview or changes its panel; a panel member who has submitted stays on it. */
  async update(id: string, input: UpdateInterviewDto, user: AuthenticatedUser): Promise<InterviewView> {
    const { interview, vacancy, sealed } = await this.changeable(id, user);
    if (input.panel) {
      const problems = await this.panelProblems(input.panel);
      if (problems.length) throw new ValidationFailedError(problems);
    }
    const changes = {
      ...(input.startsAt !== undefined && { startsAt: new Date(input.startsAt) }),
      ...(input.durationMinutes !== undefined && { durationMinutes: input.durationMinutes }),
      ...(input.location !== undefined && { location: input.location || null }),
      ...(input.meetingUrl !== undefined && { meetingUrl: input.meetingUrl || null }),
    };
    const context = input.panel ? await this.contexts.settleContext(vacancy, interview) : null;
    const now = new Date();
    const outcome = await this.interviews.transaction(async (tx) => {
      // Under the interview's lock: the panel, the sequence and who has submitted as they are now.
      const held = await this.decisions.hold(tx, id);
      if (input.panel) {
        const submitted = await this.decisions.submittersIn(tx, id);
        const blocked = held.panel.find((seat) => !input.panel!.includes(seat.userId) && submitted.has(seat.userId));
        if (blocked) throw new PanelistHasScorecardError(blocked.userId);
      }
      const leaving = await this.interviews.update(tx, held, changes, input.panel, now);
      // A new panel changes who must still submit, and so the decision.
      const decided = context ? await this.decisions.decideIn(tx, context, now) : null;
      // A new time or length is a move, and its mail says so; anything else re-sends the invitation.
      await this.mails.interviewChanged(tx, id, movedBy(held, changes) ? 'moved' : 'scheduled', now, leaving);
      const details = {
        ...input,
        panel: input.panel ? { from: held.panel.map((seat) => seat.userId), to: input.panel } : undefined,
      };
      await this.audit.record(tx, interviewEvent('interview.changed', id, interview, details));
      return decided;
    });
    if (outcome) await this.decisions.afterDecision(id, vacancy, outcome);
    return { interview: (await this.interviews.findById(id))!, vacancy, sealed };
  }

  async cancel(id: string, input: CancelInterviewDto, user: AuthenticatedUser): Promise<InterviewView> {
    const { interview, vacancy, sealed } = await this.changeable(id, user);
    const context = await this.contexts.settleContext(vacancy, interview);
    const now = new Date();
    await this.interviews.transaction(async (tx) => {
      const held = await this.decisions.hold(tx, id);
      await this.interviews.cancel(tx, held, input.reason, now);
      await this.decisions.decideIn(tx, context, now);
      await this.mails.interviewChanged(tx, id, 'cancelled', now);
      const details = { reason: personal(input.reason) };
      await this.audit.record(tx, interviewEvent('interview.cancelled', id, interview, details));
    });
    return { interview: (await this.interviews.findById(id))!, vacancy, sealed };
  }

  /** A recruiter confirms the round's decision: the application moves on, or is rejected. */
  async confirmDecision(id: string, user: AuthenticatedUser): Promise<InterviewView> {
    const { interview, vacancy, sealed } = await this.changeable(id, user);
    if (!interview.decision) throw new DecisionPendingError(interview.result?.reason ?? 'no scorecards submitted');
    if (interview.decisionAppliedAt) throw new DecisionAppliedError(id);
    await this.decisions.apply(interview, vacancy, user.id, true);
    return { interview: (await this.interviews.findById(id))!, vacancy, sealed };
  }

  /** An interview a recruiter may change: visible to them, not cancelled, its vacancy not ended. */
  private async changeable(id: string, user: AuthenticatedUser): Promise<InterviewView> {
    const view = await this.get(id, user);
    if (!standingOf(view.interview, view.vacancy, user).owner) throw new InterviewNotFoundError(id);
    if (view.interview.status === 'cancelled') throw new InterviewCancelledError(id);
    if (isEnded(view.vacancy.status)) throw new VacancyEndedError(view.vacancy.status);
    return view;
  }

  /** Every panel member must be an active user with the interviewer role. */
  private async panelProblems(panel: string[]): Promise<FieldError[]> {
    const users = new Map((await this.users.findManyByIds(panel)).map((user) => [user.id, user]));
    const problems: FieldError[] = [];
    panel.forEach((id, index) => {
      const user = users.get(id);
      const message = !user
        ? `there is no user ${id}`
        : !user.active
          ? `${user.email} is deactivated`
          : !user.hasRole(Role.Interviewer)
            ? `${user.email} does not have the interviewer role`
            : undefined;
      if (message) problems.push({ field: `panel[${index}]`, messages: [message] });
    });
    return problems;
  }
}

function movedBy(interview: Interview, changes: InterviewChanges): boolean {
  return (
    (changes.startsAt !== undefined && changes.startsAt.getTime() !== interview.startsAt.getTime()) ||
    (changes.durationMinutes !== undefined && changes.durationMinutes !== interview.durationMinutes)
  );
}

function interviewEvent(
  action: string,
  id: string,
  about: { candidateId: string; vacancyId: string },
  details: Record<string, unknown>,
): AuditEvent {
  return {
    action,
    subject: { type: 'interview', id },
    candidateId: about.candidateId,
    vacancyId: about.vacancyId,
    details,
  };
}

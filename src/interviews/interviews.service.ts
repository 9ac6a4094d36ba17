import { Injectable } from '@nestjs/common';
import { ApplicationNotFoundError, describePosition } from '../applications/applications.errors';
import { ApplicationsRepository } from '../applications/applications.repository';
import { ApplicationsService } from '../applications/applications.service';
import { FINAL_STAGES, nextPosition, Position } from '../applications/pipeline';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { FieldError, ValidationFailedError } from '../common/errors/domain-error';
import { UsersRepository } from '../users/users.repository';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { VacancyEndedError } from '../vacancies/vacancies.errors';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { maySee } from '../vacancies/vacancy-access';
import { isEnded } from '../vacancies/vacancy-lifecycle';
import { CancelInterviewDto, ScheduleInterviewDto, UpdateInterviewDto } from './dto/interview-input.dto';
import { Interview, InterviewStatus } from './entities/interview.entity';
import { InterviewResultsRepository } from './interview-results.repository';
import { standingOf } from './interview-access';
import {
  ApplicationClosedError,
  ApplicationNotInRoundError,
  DecisionAppliedError,
  DecisionPendingError,
  InterviewCancelledError,
  InterviewExistsError,
  InterviewNotFoundError,
  PanelistHasScorecardError,
} from './interviews.errors';
import { InterviewsRepository } from './interviews.repository';
import { PanelReview } from './panel-review.service';
import { RoundContexts } from './round-contexts';
import { ScorecardsRepository } from './scorecards.repository';

export interface InterviewView {
  interview: Interview;
  vacancy: Vacancy;
}

/** Scheduling interviews, their panels and decisions; who may see which. */
@Injectable()
export class InterviewsService {
  constructor(
    private readonly interviews: InterviewsRepository,
    private readonly scorecards: ScorecardsRepository,
    private readonly results: InterviewResultsRepository,
    private readonly applications: ApplicationsService,
    private readonly applicationRows: ApplicationsRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly users: UsersRepository,
    private readonly contexts: RoundContexts,
    private readonly review: PanelReview,
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
    const { id, created } = await this.interviews.create(
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
    );
    if (!created) throw new InterviewExistsError(id, round!.name);
    return { interview: (await this.interviews.findById(id))!, vacancy };
  }

  /** The interview, for its panel and its vacancy's owners; 404 for anyone else. */
  async get(id: string, viewer: AuthenticatedUser): Promise<InterviewView> {
    const interview = await this.interviews.findById(id);
    const vacancy = interview && (await this.vacancies.findById(interview.vacancyId));
    if (!interview || !vacancy) throw new InterviewNotFoundError(id);
    const standing = standingOf(interview, vacancy, viewer);
    if (!standing.onPanel && !standing.owner) throw new InterviewNotFoundError(id);
    return { interview, vacancy };
  }

  /** An application's interviews: all for its owners, for a panel member only the ones they sit on. */
  async listForApplication(applicationId: string, viewer: AuthenticatedUser): Promise<InterviewView[]> {
    const { vacancy } = await this.applications.get(applicationId, viewer);
    const rows = await this.interviews.listForApplication(
      applicationId,
      maySee(vacancy, viewer) ? undefined : viewer.id,
    );
    return rows.map((interview) => ({ interview, vacancy }));
  }

  seatsOf(viewer: AuthenticatedUser, status?: InterviewStatus) {
    return this.interviews.seatsOf(viewer.id, status);
  }

  /** Moves the interview or changes its panel; a panel member who has submitted stays on it. */
  async update(id: string, input: UpdateInterviewDto, user: AuthenticatedUser): Promise<InterviewView> {
    const { interview, vacancy } = await this.changeable(id, user);
    if (input.panel) {
      const problems = await this.panelProblems(input.panel);
      if (problems.length) throw new ValidationFailedError(problems);
      const submitted = await this.scorecards.submittersOf(id);
      const leaving = interview.panel.map((seat) => seat.userId).filter((userId) => !input.panel!.includes(userId));
      const blocked = leaving.find((userId) => submitted.has(userId));
      if (blocked) throw new PanelistHasScorecardError(blocked);
    }
    const changes = {
      ...(input.startsAt !== undefined && { startsAt: new Date(input.startsAt) }),
      ...(input.durationMinutes !== undefined && { durationMinutes: input.durationMinutes }),
      ...(input.location !== undefined && { location: input.location || null }),
      ...(input.meetingUrl !== undefined && { meetingUrl: input.meetingUrl || null }),
    };
    await this.interviews.update(interview, changes, input.panel);
    if (input.panel) await this.settle(interview, vacancy, null);
    return { interview: (await this.interviews.findById(id))!, vacancy };
  }

  async cancel(id: string, input: CancelInterviewDto, user: AuthenticatedUser): Promise<InterviewView> {
    const { interview, vacancy } = await this.changeable(id, user);
    await this.interviews.cancel(interview, input.reason);
    await this.results.settleNow(await this.contexts.settleContext(vacancy, interview));
    this.review.queue(vacancy.id);
    return { interview: (await this.interviews.findById(id))!, vacancy };
  }

  /** A recruiter confirms the round's decision: the application moves on, or is rejected. */
  async confirmDecision(id: string, user: AuthenticatedUser): Promise<InterviewView> {
    const { interview, vacancy } = await this.changeable(id, user);
    if (!interview.decision) throw new DecisionPendingError(interview.result?.reason ?? 'no scorecards submitted');
    if (interview.decisionAppliedAt) throw new DecisionAppliedError(id);
    await this.applyDecision(interview, vacancy, user.id, true);
    return { interview: (await this.interviews.findById(id))!, vacancy };
  }

  /**
   * Works the interview's result out again after its scorecards or panel
   * changed; a decision just made moves the application when the vacancy
   * lets decisions do so.
   */
  async settle(
    interview: Interview,
    vacancy: Vacancy,
    outcome: { before: string | null; after: string | null } | null,
  ) {
    const settled = outcome ?? (await this.results.settleNow(await this.contexts.settleContext(vacancy, interview)));
    this.review.queue(vacancy.id);
    if (vacancy.autoAdvance && settled.after && settled.before !== settled.after) {
      const fresh = (await this.interviews.findById(interview.id))!;
      if (!fresh.decisionAppliedAt) await this.applyDecision(fresh, vacancy, null, false);
    }
  }

  private async applyDecision(interview: Interview, vacancy: Vacancy, actorId: string | null, asked: boolean) {
    const application = await this.applicationRows.findById(interview.applicationId);
    if (!application) throw new ApplicationNotFoundError(interview.applicationId);
    const round = vacancy.rounds.find((candidate) => candidate.id === interview.roundId)!;
    const here: Position = { stage: application.stage, roundId: application.roundId };
    if (application.stage !== 'interview' || application.roundId !== round.id) {
      if (asked) throw new ApplicationNotInRoundError(round.name, describePosition(here));
      return;
    }
    const to =
      interview.decision === 'pass'
        ? nextPosition(
            here,
            vacancy.rounds.map((r) => r.id),
          )!
        : ({ stage: 'rejected', roundId: null } as Position);
    const verdict = interview.decision === 'pass' ? 'passed' : 'not passed';
    const moved = await this.applicationRows.move(application, {
      to,
      reason: `Round "${round.name}" ${verdict}: ${interview.result?.reason ?? ''}`.trim(),
      override: false,
      actorId,
    });
    if (moved) await this.interviews.markDecisionApplied(interview.id);
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

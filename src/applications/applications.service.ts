import { Injectable } from '@nestjs/common';
import { CandidateNotFoundError, ensureNotErased } from '../candidates/candidates.errors';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { AuthenticatedUser } from '../common/auth/decorators';
import { ValidationFailedError } from '../common/errors/domain-error';
import { isUniqueViolation } from '../database/database-errors';
import { candidateFactsOf } from '../screening/candidate-facts';
import { today } from '../screening/reference-date';
import { ScreeningRunner } from '../screening/screening-runner';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { Role } from '../common/auth/role';
import { PanelAccessRepository } from '../panel-access/panel-access.repository';
import { withInterviewScoresSealed } from '../panel-access/sealed-scores';
import { VacanciesRepository } from '../vacancies/vacancies.repository';
import { VacanciesService } from '../vacancies/vacancies.service';
import { maySee, seesAllVacancies } from '../vacancies/vacancy-access';
import {
  ApplicationChangedError,
  ApplicationExistsError,
  ApplicationNotFoundError,
  VacancyNotOpenError,
} from './applications.errors';
import { ApplicationListsRepository } from './application-lists.repository';
import { ApplicationRecorder } from './application-recorder';
import { Transactions } from '../database/transactions';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationQuery, ApplyDto, MoveDto } from './dto/application-input.dto';
import { Application } from './entities/application.entity';
import { ApplicationEvent } from './entities/application-event.entity';
import { decideMove } from './move-rules';
import { ScreeningAdvice } from './screening-advice';
import { screenedApplication } from './screened-application';

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly lists: ApplicationListsRepository,
    private readonly vacancies: VacanciesService,
    private readonly candidates: CandidatesRepository,
    private readonly runner: ScreeningRunner,
    private readonly vacancyRows: VacanciesRepository,
    private readonly panels: PanelAccessRepository,
    private readonly recorder: ApplicationRecorder,
    private readonly transactions: Transactions,
    private readonly advice: ScreeningAdvice,
  ) {}

  /**
   * Applies a candidate to an open vacancy and screens them at once. A failed
   * knock-out flags the application for review, or rejects it when the
   * vacancy says so; never silently.
   */
  async apply(vacancyId: string, input: ApplyDto, user: AuthenticatedUser): Promise<Application> {
    const vacancy = await this.vacancies.get(vacancyId, user);
    if (vacancy.status !== 'open') throw new VacancyNotOpenError(vacancy.status);
    const candidate = await this.candidates.findById(input.candidateId);
    if (!candidate) throw new CandidateNotFoundError(input.candidateId);
    ensureNotErased(candidate);
    const prepared = await this.runner.prepare(vacancy.roleProfileId, vacancy.roleProfileVersion);
    const now = new Date();
    const facts = candidateFactsOf(await this.candidates.factsOf(candidate.id));
    const outcome = this.runner.screen(prepared, facts, today(now));
    try {
      const source = input.source ?? candidate.source ?? null;
      const [id] = await this.transactions.run((tx) =>
        this.recorder.recordIn(
          tx,
          [screenedApplication(vacancy, prepared, outcome, candidate.id, source, now)],
          user.id,
          now,
          { confirm: true },
        ),
      );
      await this.runner.markUsed(prepared);
      return (await this.applications.findById(id))!;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ApplicationExistsError(candidate.id, vacancyId);
      throw error;
    }
  }

  /**
   * The application, or 404 when the viewer may not see it: recruiters and
   * admins see all, hiring managers their vacancies', interviewers those
   * they sit on a panel for.
   */
  async get(id: string, viewer: AuthenticatedUser): Promise<{ application: Application; vacancy: Vacancy }> {
    const application = await this.applications.findById(id);
    const vacancy = application && (await this.vacancyRows.findById(application.vacancyId));
    if (!application || !vacancy) throw new ApplicationNotFoundError(id);
    if (maySee(vacancy, viewer) || (await this.panels.seatedForApplication(viewer.id, id))) {
      return { application, vacancy };
    }
    throw new ApplicationNotFoundError(id);
  }

  /** The application as the viewer reads it: its interview-derived scores sealed while they owe a scorecard on it. */
  async read(id: string, viewer: AuthenticatedUser): Promise<Application> {
    const { application } = await this.get(id, viewer);
    const sealed = await this.panels.awaitingScorecard(viewer.id, [application.id]);
    return sealed.size ? withInterviewScoresSealed(application) : application;
  }

  /** The same, for changing it: never through a panel seat. */
  async getToChange(id: string, viewer: AuthenticatedUser): Promise<{ application: Application; vacancy: Vacancy }> {
    const found = await this.get(id, viewer);
    if (!maySee(found.vacancy, viewer)) throw new ApplicationNotFoundError(id);
    return found;
  }

  async move(id: string, input: MoveDto, user: AuthenticatedUser): Promise<Application> {
    const { application, vacancy } = await this.getToChange(id, user);
    if (input.revision !== undefined && input.revision !== application.revision) {
      throw new ApplicationChangedError(input.revision, application.revision, application.stage);
    }
    const move = await this.advice.checked(application, vacancy, decideMove(application, vacancy, input, user.id));
    const moved = await this.recorder.move(application, move);
    if (!moved) {
      const now = (await this.applications.findById(id))!;
      throw new ApplicationChangedError(application.revision, now.revision, now.stage);
    }
    return (await this.applications.findById(id))!;
  }

  /** Applications across vacancies: all for recruiters and admins, otherwise those of the viewer's vacancies and panels. */
  async list(query: ApplicationQuery, viewer: AuthenticatedUser) {
    const { limit, offset, ...filter } = query;
    const viewerScope = seesAllVacancies(viewer)
      ? undefined
      : {
          userId: viewer.id,
          asHiringManager: viewer.roles.includes(Role.HiringManager),
          asPanelist: viewer.roles.includes(Role.Interviewer),
        };
    if (
      viewerScope?.asPanelist &&
      filter.sort?.endsWith('shortlistScore') &&
      (await this.panels.owesAnyScorecard(viewer.id))
    ) {
      // The order alone would tell a panel member what the others scored.
      throw new ValidationFailedError([
        { field: 'sort', messages: ['sorting by shortlistScore waits until your own scorecards are submitted'] },
      ]);
    }
    const page = await this.lists.listPage({ ...filter, viewer: viewerScope }, limit, offset);
    if (!viewer.roles.includes(Role.Interviewer)) return page;
    const sealed = await this.panels.awaitingScorecard(
      viewer.id,
      page.rows.map((row) => row.id),
    );
    return { ...page, rows: page.rows.map((row) => (sealed.has(row.id) ? withInterviewScoresSealed(row) : row)) };
  }

  async events(id: string, viewer: AuthenticatedUser): Promise<ApplicationEvent[]> {
    await this.getToChange(id, viewer);
    return this.applications.events(id);
  }
}

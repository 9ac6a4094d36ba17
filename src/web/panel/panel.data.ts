import { Injectable } from '@nestjs/common';
import type { Candidate } from '../../candidates/entities/candidate.entity';
import { CandidatesService } from '../../candidates/candidates.service';
import { AuthenticatedUser } from '../../common/auth/decorators';
import { standingOf } from '../../interviews/interview-access';
import { ScorecardNotFoundError } from '../../interviews/interviews.errors';
import { InterviewsService, InterviewView } from '../../interviews/interviews.service';
import { PanelReportsService } from '../../interviews/panel-reports.service';
import { ScorecardsService, ScorecardView } from '../../interviews/scorecards.service';
import type { RoundAgreement } from '../../scoring/panel-review';
import { UsersService } from '../../users/users.service';
import { VacancyNotFoundError } from '../../vacancies/vacancies.errors';

/** All the interview page shows, read through the services the API uses, so it shows no more than the API would. */
export interface InterviewPageData {
  view: InterviewView;
  candidate: Pick<Candidate, 'name' | 'email' | 'phone' | 'location'>;
  onPanel: boolean;
  /** The viewer's own scorecard, draft or submitted; null when they have none (or are not on the panel). */
  own: ScorecardView | null;
  /** The submitted scorecards, only when the interview is not sealed to the viewer. */
  panel: ScorecardView[] | null;
  /** Panel members' names by user id, for the side-by-side scores. */
  names: Map<string, string>;
  /** The round's agreement as the interview-agreement report gives it, to those it is given to. */
  agreement: RoundAgreement | null;
}

@Injectable()
export class PanelPageLoader {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly scorecards: ScorecardsService,
    private readonly reports: PanelReportsService,
    private readonly candidates: CandidatesService,
    private readonly users: UsersService,
  ) {}

  async load(interviewId: string, user: AuthenticatedUser): Promise<InterviewPageData> {
    const view = await this.interviews.get(interviewId, user);
    const onPanel = standingOf(view.interview, view.vacancy, user).onPanel;
    const own = onPanel ? await this.mine(interviewId, user) : null;
    const candidate = await this.candidates.get(view.interview.candidateId, user);
    // Sealed: nothing of the others' scorecards or what is worked out of them is even read.
    const panel = view.sealed ? null : await this.scorecards.listForInterview(interviewId, user);
    const agreement = view.sealed ? null : await this.agreement(view, user);
    const names = new Map<string, string>();
    for (const scorecard of panel ?? []) {
      const id = scorecard.scorecard.interviewerId;
      if (!names.has(id)) names.set(id, (await this.users.get(id)).name);
    }
    return { view, candidate, onPanel, own, panel, names, agreement };
  }

  /** The viewer's own scorecard for the interview, or null when they have not started one. */
  async mine(interviewId: string, user: AuthenticatedUser): Promise<ScorecardView | null> {
    try {
      return await this.scorecards.mine(interviewId, user);
    } catch (error) {
      if (error instanceof ScorecardNotFoundError) return null;
      throw error;
    }
  }

  /** The report is the vacancy's readers' (recruiters, admins, its hiring managers); to anyone else it is not found. */
  private async agreement(view: InterviewView, user: AuthenticatedUser): Promise<RoundAgreement | null> {
    try {
      const rounds = await this.reports.agreement(view.vacancy.id, user);
      return rounds.find((round) => round.roundId === view.interview.roundId) ?? null;
    } catch (error) {
      if (error instanceof VacancyNotFoundError) return null;
      throw error;
    }
  }
}

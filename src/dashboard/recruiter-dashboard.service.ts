import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import {
  ActivityRow,
  DashboardRepository,
  FailedMailRow,
  FlaggedRow,
  Listed,
  OpenVacancyRow,
  OverdueScorecardsRow,
  StageCountRow,
} from './dashboard.repository';
import { UnconfirmedFactsRepository, UnconfirmedFactsRow } from './unconfirmed-facts.repository';

/** Whose open vacancies: those the recruiter is named on, or every open vacancy (recruiters may see them all). */
export type DashboardScope = 'mine' | 'all';

export interface RecruiterDashboard {
  scope: DashboardScope;
  now: Date;
  vacancies: Listed<OpenVacancyRow>;
  stageCounts: StageCountRow[];
  flagged: Listed<FlaggedRow>;
  unconfirmedFacts: Listed<UnconfirmedFactsRow>;
  overdueScorecards: Listed<OverdueScorecardsRow>;
  failedMails: Listed<FailedMailRow>;
  activity: ActivityRow[];
}

/** How many open vacancies the dashboard shows; more are counted, not listed. */
export const DASHBOARD_VACANCIES = 50;
/** How many items each list of what waits shows; the rest are counted. */
export const DASHBOARD_LIST = 10;
export const DASHBOARD_ACTIVITY = 15;
/** A scorecard is overdue this long after its interview ended. */
export const SCORECARD_GRACE_HOURS = 24;

/**
 * What a recruiter's day starts with: their open vacancies with counts per
 * stage, what waits on them there, and what happened lately. At most ten
 * queries whatever the number of applications: the open vacancies, then
 * grouped counts and LIMITed lists over them.
 */
@Injectable()
export class RecruiterDashboardService {
  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly unconfirmed: UnconfirmedFactsRepository,
  ) {}

  async forRecruiter(viewer: AuthenticatedUser, scope: DashboardScope, now = new Date()): Promise<RecruiterDashboard> {
    const vacancies = await this.dashboard.openVacancies(scope === 'mine' ? viewer.id : undefined, DASHBOARD_VACANCIES);
    const ids = vacancies.items.map((vacancy) => vacancy.id);
    const endedBefore = new Date(now.getTime() - SCORECARD_GRACE_HOURS * 3_600_000);
    // One after the other: on SQLite they share one connection anyway, and on PostgreSQL one request holds one.
    const stageCounts = await this.dashboard.stageCounts(ids);
    const flagged = {
      items: await this.dashboard.flaggedApplications(ids, DASHBOARD_LIST),
      total: stageCounts.reduce((sum, row) => sum + row.needsReview, 0),
    };
    const unconfirmedFacts = await this.unconfirmed.newest(ids, DASHBOARD_LIST);
    const overdueScorecards = await this.dashboard.overdueScorecards(ids, endedBefore, DASHBOARD_LIST);
    const failedMails = await this.dashboard.failedMails(ids, DASHBOARD_LIST);
    const activity = await this.dashboard.recentActivity(ids, DASHBOARD_ACTIVITY);
    return { scope, now, vacancies, stageCounts, flagged, unconfirmedFacts, overdueScorecards, failedMails, activity };
  }
}

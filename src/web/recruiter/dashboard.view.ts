import { Stage, STAGES } from '../../applications/entities/application.entity';
import type { ActivityKind, Listed } from '../../dashboard/dashboard.repository';
import type { DashboardScope, RecruiterDashboard } from '../../dashboard/recruiter-dashboard.service';
import { candidateHref } from './candidate.view';

export interface StageCell {
  stage: Stage;
  count: number;
  zero: boolean;
}

export interface VacancyRowModel {
  id: string;
  title: string;
  /** The vacancy's pipeline board. */
  boardHref: string;
  location: string | null;
  stages: StageCell[];
  total: number;
  needsReview: number;
}

export interface WaitingList<T> {
  id: string;
  titleKey: string;
  emptyKey: string;
  total: number;
  /** How many are counted but not listed. */
  more: number;
  /** The total is a floor: counting stopped there. */
  atLeast: boolean;
  items: T[];
}

export interface ActivityModel {
  textKey: string;
  at: Date;
  candidateName: string;
  vacancyTitle: string;
  /** A catalogue key (the stage, the mail) for moves and mails. */
  detailKey?: string;
  /** A name (who submitted) for scorecards. */
  detailName?: string;
}

export interface DashboardModel {
  scopes: { href: string; labelKey: string; current: boolean }[];
  stageKeys: { stage: Stage; labelKey: string }[];
  vacancies: VacancyRowModel[];
  vacanciesTotal: number;
  vacanciesMore: number;
  emptyKey: string;
  /** Offered when the recruiter is named on no open vacancy. */
  showAllHref?: string;
  flagged: WaitingList<{
    href: string;
    candidateName: string;
    vacancyTitle: string;
    stageKey: string;
    appliedAt: Date;
  }>;
  facts: WaitingList<{ href: string; candidateName: string; facts: number; newestAt: Date }>;
  scorecards: WaitingList<{
    candidateName: string;
    vacancyTitle: string;
    endedAt: Date;
    submitted: number;
    panel: number;
  }>;
  mails: WaitingList<{ toName: string; vacancyTitle: string; templateKey: string; createdAt: Date }>;
  activity: ActivityModel[];
}

const SCOPES: { scope: DashboardScope; href: string; labelKey: string }[] = [
  { scope: 'mine', href: '/recruiter', labelKey: 'dashboard.scope.mine' },
  { scope: 'all', href: '/recruiter?scope=all', labelKey: 'dashboard.scope.all' },
];

const ACTIVITY_TEXT: Record<ActivityKind, string> = {
  applied: 'dashboard.activity.applied',
  moved: 'dashboard.activity.moved',
  mail: 'dashboard.activity.mail',
  scorecard: 'dashboard.activity.scorecard',
};

/** The dashboard's view model: counts laid out per vacancy and stage, and each list with what it leaves out. */
export function dashboardView(data: RecruiterDashboard): DashboardModel {
  const counts = new Map<string, { stages: Map<Stage, number>; needsReview: number }>();
  for (const row of data.stageCounts) {
    const vacancy = counts.get(row.vacancyId) ?? { stages: new Map(), needsReview: 0 };
    vacancy.stages.set(row.stage, row.applications);
    vacancy.needsReview += row.needsReview;
    counts.set(row.vacancyId, vacancy);
  }
  const vacancies = data.vacancies.items.map((vacancy) => {
    const found = counts.get(vacancy.id);
    const stages = STAGES.map((stage) => {
      const count = found?.stages.get(stage) ?? 0;
      return { stage, count, zero: count === 0 };
    });
    return {
      id: vacancy.id,
      title: vacancy.title,
      boardHref: `/recruiter/vacancies/${vacancy.id}/board`,
      location: vacancy.location,
      stages,
      total: stages.reduce((sum, cell) => sum + cell.count, 0),
      needsReview: found?.needsReview ?? 0,
    };
  });
  return {
    scopes: SCOPES.map(({ scope, href, labelKey }) => ({ href, labelKey, current: scope === data.scope })),
    stageKeys: STAGES.map((stage) => ({ stage, labelKey: `stage.${stage}` })),
    vacancies,
    vacanciesTotal: data.vacancies.total,
    vacanciesMore: data.vacancies.total - vacancies.length,
    emptyKey: data.scope === 'mine' ? 'dashboard.vacancies.noneMine' : 'dashboard.vacancies.none',
    showAllHref: data.scope === 'mine' && !vacancies.length ? '/recruiter?scope=all' : undefined,
    flagged: waiting('flagged', data.flagged, (row) => ({
      href: candidateHref(row.candidateId, row.applicationId),
      candidateName: row.candidateName,
      vacancyTitle: row.vacancyTitle,
      stageKey: `stage.${row.stage}`,
      appliedAt: row.appliedAt,
    })),
    facts: waiting('facts', data.unconfirmedFacts, (row) => ({
      href: candidateHref(row.candidateId),
      candidateName: row.candidateName,
      facts: row.facts,
      newestAt: row.newestAt,
    })),
    scorecards: waiting('scorecards', data.overdueScorecards, (row) => ({
      candidateName: row.candidateName,
      vacancyTitle: row.vacancyTitle,
      endedAt: row.endedAt,
      submitted: row.submitted,
      panel: row.panel,
    })),
    mails: waiting('mails', data.failedMails, (row) => ({
      toName: row.toName,
      vacancyTitle: row.vacancyTitle,
      templateKey: `mail.${row.template}`,
      createdAt: row.createdAt,
    })),
    activity: data.activity.map((row) => ({
      textKey: ACTIVITY_TEXT[row.kind],
      at: row.at,
      candidateName: row.candidateName,
      vacancyTitle: row.vacancyTitle,
      detailKey:
        row.kind === 'scorecard' ? undefined : row.kind === 'mail' ? `mail.${row.detail}` : `stage.${row.detail}`,
      detailName: row.kind === 'scorecard' ? row.detail : undefined,
    })),
  };
}

function waiting<R, T>(id: string, list: Listed<R>, map: (row: R) => T): WaitingList<T> {
  return {
    id,
    titleKey: `dashboard.${id}.title`,
    emptyKey: `dashboard.${id}.empty`,
    total: list.total,
    more: list.total - list.items.length,
    atLeast: list.atLeast === true,
    items: list.items.map(map),
  };
}

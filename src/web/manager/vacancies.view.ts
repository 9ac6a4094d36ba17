import { STAGES, Stage } from '../../applications/entities/application.entity';
import type { WaitingDecision } from '../../applications/decisions-waiting.service';
import type { VacancyStatus } from '../../vacancies/entities/vacancy.entity';

export const MANAGER_VACANCIES_PAGE_SIZE = 25;
/** Decisions asked for named on a vacancy's card; the rest are counted. */
export const DECISIONS_SHOWN = 5;

/** What the page needs of one vacancy, and its applications per stage. */
export interface ManagerVacancy {
  id: string;
  title: string;
  status: VacancyStatus;
  location: string | null;
  counts: Map<Stage, number>;
  /** The shortlist the recruiter announced to this reader as ready, if any. */
  ready?: { at: Date; recruiterName: string; note: string | null };
  /** The applications waiting on the hiring manager's decision, the longest waiting first. */
  decisions?: WaitingDecision[];
}

export interface ManagerDecisionModel {
  name: string;
  roundName: string | null;
  since: Date;
  decideHref: string;
}

export interface ManagerVacanciesModel {
  vacancies: {
    id: string;
    title: string;
    statusKey: string;
    location: string | null;
    total: number;
    counts: { stage: Stage; labelKey: string; count: number }[];
    shortlistHref: string;
    pipelineReportHref: string;
    panelReportsHref: string;
    ready?: { at: Date; recruiterName: string; note: string | null };
    decisions: { count: number; shown: ManagerDecisionModel[]; more: number };
  }[];
  /** Of this page's vacancies, those whose shortlist waits on the reader. */
  waiting: { title: string; shortlistHref: string }[];
  /** Of this page's vacancies, those with decisions asked of the reader: how many, leading to the vacancy's card. */
  waitingDecisions: { title: string; count: number; href: string }[];
  anyWaiting: boolean;
  total: number;
  from: number;
  to: number;
  previousHref?: string;
  nextHref?: string;
}

/** The hiring manager's vacancies (an admin's: all), each with its applications per stage and its shortlist. */
export function managerVacanciesView(found: { vacancies: ManagerVacancy[]; total: number }, offset: number) {
  const href = (at: number) => (at > 0 ? `/manager?offset=${at}` : '/manager');
  const back = new URLSearchParams({ back: href(offset) }).toString();
  const from = found.vacancies.length ? offset + 1 : 0;
  const model: ManagerVacanciesModel = {
    vacancies: found.vacancies.map((vacancy) => {
      const counts = STAGES.map((stage) => ({
        stage,
        labelKey: `stage.${stage}`,
        count: vacancy.counts.get(stage) ?? 0,
      }));
      return {
        id: vacancy.id,
        title: vacancy.title,
        statusKey: `vacancy.status.${vacancy.status}`,
        location: vacancy.location,
        total: counts.reduce((sum, one) => sum + one.count, 0),
        counts,
        shortlistHref: `/manager/vacancies/${vacancy.id}/shortlist`,
        pipelineReportHref: `/reports/vacancies/${vacancy.id}`,
        panelReportsHref: `/reports/vacancies/${vacancy.id}/panels`,
        ready: vacancy.ready,
        decisions: {
          count: vacancy.decisions?.length ?? 0,
          shown: (vacancy.decisions ?? []).slice(0, DECISIONS_SHOWN).map((decision) => ({
            name: decision.candidateName,
            roundName: decision.roundName,
            since: decision.readySince,
            decideHref: `/manager/applications/${decision.applicationId}/decide?${back}`,
          })),
          more: Math.max(0, (vacancy.decisions?.length ?? 0) - DECISIONS_SHOWN),
        },
      };
    }),
    waiting: found.vacancies
      .filter((vacancy) => vacancy.ready)
      .map((vacancy) => ({ title: vacancy.title, shortlistHref: `/manager/vacancies/${vacancy.id}/shortlist` })),
    waitingDecisions: found.vacancies
      .filter((vacancy) => vacancy.decisions?.length)
      .map((vacancy) => ({
        title: vacancy.title,
        count: vacancy.decisions!.length,
        href: `#decisions-${vacancy.id}`,
      })),
    anyWaiting: false,
    total: found.total,
    from,
    to: from ? offset + found.vacancies.length : 0,
    previousHref: offset > 0 ? href(Math.max(0, offset - MANAGER_VACANCIES_PAGE_SIZE)) : undefined,
    nextHref:
      offset + MANAGER_VACANCIES_PAGE_SIZE < found.total ? href(offset + MANAGER_VACANCIES_PAGE_SIZE) : undefined,
  };
  model.anyWaiting = model.waiting.length > 0 || model.waitingDecisions.length > 0;
  return model;
}

import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { ValidationFailedError } from '../common/errors/domain-error';
import { seesAllVacancies } from '../vacancies/vacancy-access';
import { VacanciesService } from '../vacancies/vacancies.service';
import {
  FunnelStep,
  funnelOf,
  KnockoutRow,
  Period,
  periodBounds,
  periodProblems,
  rankKnockouts,
  SourceRow,
  sourcesOf,
  Spread,
  spreadOf,
  TIMED_STAGES,
  TimedStage,
} from './pipeline-figures';
import { PipelineReportsRepository, ReportScope, ReportVacancyRow } from './pipeline-reports.repository';

export interface StageTime extends Spread {
  stage: TimedStage;
  /** Applications in the stage now: left out of its figures, since their time there is not known yet. */
  stillIn: number;
}

export interface PipelineReport {
  /** The vacancy asked for, or null for every vacancy the reader may see. */
  vacancy: { id: string; title: string } | null;
  period: Period;
  applications: number;
  funnel: FunnelStep[];
  stageTimes: StageTime[];
  timeToHire: Spread;
  sources: SourceRow[];
  knockouts: KnockoutRow[];
}

export interface PipelineReportRequest {
  vacancyId?: string;
  from?: string;
  to?: string;
}

/**
 * The pipeline report of a vacancy, or of every vacancy the reader may see,
 * over the applications made in a period: the funnel, time in each stage,
 * time to hire, sources and knock-outs. A hiring manager reads only their own
 * vacancies; another's is 404, as everywhere.
 */
@Injectable()
export class PipelineReportsService {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly reports: PipelineReportsRepository,
  ) {}

  async pipeline(request: PipelineReportRequest, viewer: AuthenticatedUser): Promise<PipelineReport> {
    const period: Period = { from: request.from || null, to: request.to || null };
    const problems = periodProblems(period);
    if (problems.length) throw new ValidationFailedError(problems);
    const vacancy = request.vacancyId ? await this.vacancies.get(request.vacancyId, viewer) : null;
    const scope: ReportScope = {
      ...periodBounds(period),
      ...(vacancy ? { vacancyId: vacancy.id } : seesAllVacancies(viewer) ? {} : { hiringManagerId: viewer.id }),
    };
    // Independent reads: on PostgreSQL they run side by side on the pool's connections.
    const [furthest, current, stageSpreads, timeToHire, knockouts] = await Promise.all([
      this.reports.furthestStages(scope),
      this.reports.currentStages(scope),
      this.reports.stageSpreads(scope),
      this.reports.timeToHire(scope),
      this.reports.failedKnockouts(scope),
    ]);
    return {
      vacancy: vacancy ? { id: vacancy.id, title: vacancy.title } : null,
      period,
      applications: furthest.reduce((sum, row) => sum + row.applications, 0),
      funnel: funnelOf(furthest),
      stageTimes: TIMED_STAGES.map((stage) => ({
        stage,
        ...(stageSpreads.get(stage) ?? spreadOf([])),
        stillIn: current.get(stage) ?? 0,
      })),
      timeToHire,
      sources: sourcesOf(furthest),
      knockouts: rankKnockouts(knockouts),
    };
  }

  /** The vacancies the reader may ask a report of, newest first. */
  vacanciesFor(viewer: AuthenticatedUser): Promise<ReportVacancyRow[]> {
    return this.reports.vacancies(seesAllVacancies(viewer) ? undefined : viewer.id);
  }
}

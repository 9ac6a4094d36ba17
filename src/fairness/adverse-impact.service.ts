import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { FieldError, ValidationFailedError } from '../common/errors/domain-error';
import { Settings } from '../config/settings';
import { Period, periodBounds, periodProblems } from '../reports/pipeline-figures';
import { PipelineReportsRepository, ReportScope, ReportVacancyRow } from '../reports/pipeline-reports.repository';
import { VacancyNotFoundError } from '../vacancies/vacancies.errors';
import { adverseImpact, AdverseImpactFigures } from './adverse-impact';
import { AdverseImpactRepository } from './adverse-impact.repository';
import { FairnessReportsClosedError } from './fairness.errors';
import { SmallNumberRules } from './impact-table';
import { findQuestionSet, QuestionSet, QuestionSetKey, questionOf } from './question-sets';

export interface AdverseImpactRequest {
  vacancyId?: string;
  family?: string;
  from?: string;
  to?: string;
  questionSet?: string;
  question?: string;
  /** Report the set's two questions crossed (LL144: sex × race/ethnicity) instead of one. */
  intersection?: boolean;
}

export interface AdverseImpactReport extends AdverseImpactFigures {
  vacancy: { id: string; title: string } | null;
  family: string | null;
  period: Period;
  questionSet: QuestionSetKey;
  /** One question, or the two crossed. */
  questions: string[];
  rules: SmallNumberRules;
}

/** Who reads fairness reports, and over which vacancies. */
export const FAIRNESS_READERS = [Role.Admin, Role.Compliance, Role.HiringManager];

/**
 * Adverse-impact reports over a vacancy, a role-profile family, or every
 * vacancy, for a period of application dates: aggregates only. Admins and
 * compliance officers read every vacancy's; a hiring manager their own, and
 * only where the organisation allows it.
 */
@Injectable()
export class AdverseImpactService {
  constructor(
    private readonly settings: Settings,
    private readonly reports: AdverseImpactRepository,
    private readonly pipelineReports: PipelineReportsRepository,
  ) {}

  async report(request: AdverseImpactRequest, viewer: AuthenticatedUser): Promise<AdverseImpactReport> {
    const managerOnly = this.managerOnly(viewer);
    const period: Period = { from: request.from || null, to: request.to || null };
    const problems: FieldError[] = periodProblems(period);
    const offered = this.settings.fairness.questionSets;
    const setKey = request.questionSet || offered[0];
    const set = offered.includes(setKey) ? findQuestionSet(setKey, this.settings.fairness.ownSets) : undefined;
    if (!set) {
      problems.push({ field: 'questionSet', messages: [`questionSet must be one of: ${offered.join(', ')}`] });
      throw new ValidationFailedError(problems);
    }
    const question = request.question || set.questions[0].key;
    if (!request.intersection && !questionOf(set, question)) {
      const asked = set.questions.map((one) => one.key).join(', ');
      problems.push({ field: 'question', messages: [`question must be one of ${setKey}'s: ${asked}`] });
    }
    if (request.intersection && !set.intersection) {
      problems.push({ field: 'intersection', messages: [`${setKey} has no two questions to report crossed`] });
    }
    if (problems.length) throw new ValidationFailedError(problems);

    const vacancy = request.vacancyId ? await this.reports.vacancy(request.vacancyId) : undefined;
    if (request.vacancyId && (!vacancy || (managerOnly && !vacancy.managerIds.includes(viewer.id)))) {
      throw new VacancyNotFoundError(request.vacancyId);
    }
    const scope: ReportScope = {
      ...periodBounds(period),
      ...(request.family ? { family: request.family } : {}),
      ...(vacancy ? { vacancyId: vacancy.id } : managerOnly ? { hiringManagerId: viewer.id } : {}),
    };
    const questions = request.intersection && set.intersection ? set.intersection : [question];
    const rules: SmallNumberRules = {
      minGroupSize: this.settings.fairness.minGroupSize,
      leaveOutUnderTwoPercent: this.settings.fairness.leaveOutUnderTwoPercent,
    };
    const records = await this.reports.records(scope, setKey);
    return {
      vacancy: vacancy ? { id: vacancy.id, title: vacancy.title } : null,
      family: request.family || null,
      period,
      questionSet: setKey,
      questions,
      rules,
      ...adverseImpact(records, set, questions, rules),
    };
  }

  /** The vacancies and families the reader may ask a report of. */
  async choicesFor(viewer: AuthenticatedUser): Promise<{ vacancies: ReportVacancyRow[]; families: string[] }> {
    const managerOnly = this.managerOnly(viewer);
    const [vacancies, families] = await Promise.all([
      this.pipelineReports.vacancies(managerOnly ? viewer.id : undefined),
      this.reports.families(),
    ]);
    return { vacancies, families };
  }

  /** The question sets asked here, in order. */
  questionSets(): QuestionSet[] {
    const { questionSets, ownSets } = this.settings.fairness;
    return questionSets.flatMap((key) => findQuestionSet(key, ownSets) ?? []);
  }

  /** Whether the reader sees only their own vacancies; refused when the organisation keeps managers out. */
  private managerOnly(viewer: AuthenticatedUser): boolean {
    if (viewer.roles.includes(Role.Admin) || viewer.roles.includes(Role.Compliance)) return false;
    if (viewer.roles.includes(Role.HiringManager) && this.settings.fairness.managersSeeReports) return true;
    throw new FairnessReportsClosedError();
  }
}

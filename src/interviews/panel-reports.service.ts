import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { groupScorecards, ReviewRound, ReviewScorecard, RoundAgreement, roundAgreement } from '../scoring/panel-review';
import { CompetencyDistribution, ratingDistribution, roundLeniency } from '../scoring/round-report';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { anchorsOf } from '../vacancies/round-template';
import { VacanciesService } from '../vacancies/vacancies.service';
import { InterviewerCalibration } from './entities/interviewer-calibration.entity';
import { InterviewResultsRepository, VacancyEvidence } from './interview-results.repository';
import { RoundContexts } from './round-contexts';

/** An interviewer's leniency within one round, on the 0–1 scale. */
export interface RoundLeniency {
  roundId: string;
  leniency: number;
  comparisons: number;
  interviews: number;
}

/** An interviewer's leniency over the vacancy as last worked out (what calibration takes out), and per round. */
export type InterviewerReport = InterviewerCalibration & { name: string; email: string; rounds: RoundLeniency[] };

export interface RoundScoreDistribution {
  roundId: string;
  name: string;
  scale: number;
  anchors: string[];
  interviews: number;
  decided: number;
  scorecards: number;
  competencies: CompetencyDistribution[];
}

/** Everything the panel reports page shows of a vacancy, read once. */
export interface PanelReport {
  vacancy: Vacancy;
  agreement: RoundAgreement[];
  calibration: InterviewerReport[];
  distribution: RoundScoreDistribution[];
}

interface Evidence {
  vacancy: Vacancy;
  rounds: Map<string, ReviewRound>;
  interviews: VacancyEvidence['interviews'];
  byInterview: Map<string, ReviewScorecard[]>;
}

/**
 * What recruiters, admins and the vacancy's hiring managers read about its
 * panels: how far they agree, how lenient each interviewer is, and how the
 * ratings fall on each round's scale. Only submitted scorecards of interviews
 * that were not cancelled count; who may read is the vacancy's rule (404 to a
 * hiring manager of another vacancy), interviewers are kept out by role.
 */
@Injectable()
export class PanelReportsService {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly results: InterviewResultsRepository,
    private readonly contexts: RoundContexts,
  ) {}

  async agreement(vacancyId: string, viewer: AuthenticatedUser): Promise<RoundAgreement[]> {
    return agreementOf(await this.evidence(vacancyId, viewer));
  }

  async calibration(vacancyId: string, viewer: AuthenticatedUser): Promise<InterviewerReport[]> {
    const evidence = await this.evidence(vacancyId, viewer);
    return calibrationOf(evidence, await this.results.calibrationsOf(vacancyId));
  }

  async scoreDistribution(vacancyId: string, viewer: AuthenticatedUser): Promise<RoundScoreDistribution[]> {
    return distributionOf(await this.evidence(vacancyId, viewer));
  }

  /** The three reports together, from one read of the evidence. */
  async report(vacancyId: string, viewer: AuthenticatedUser): Promise<PanelReport> {
    const evidence = await this.evidence(vacancyId, viewer);
    return {
      vacancy: evidence.vacancy,
      agreement: agreementOf(evidence),
      calibration: calibrationOf(evidence, await this.results.calibrationsOf(vacancyId)),
      distribution: distributionOf(evidence),
    };
  }

  private async evidence(vacancyId: string, viewer: AuthenticatedUser): Promise<Evidence> {
    const vacancy = await this.vacancies.get(vacancyId, viewer);
    const rounds = await this.contexts.roundsOf(vacancy);
    const stored = await this.results.loadVacancy(vacancyId);
    return { vacancy, rounds, interviews: stored.interviews, byInterview: groupScorecards(stored.scorecards) };
  }
}

function agreementOf({ vacancy, rounds, interviews, byInterview }: Evidence): RoundAgreement[] {
  return vacancy.rounds.map((round) => roundAgreement(rounds.get(round.id)!, interviews, byInterview));
}

function calibrationOf(
  { vacancy, rounds, interviews, byInterview }: Evidence,
  stored: (InterviewerCalibration & { name: string; email: string })[],
): InterviewerReport[] {
  const perRound = new Map<string, RoundLeniency[]>();
  for (const round of vacancy.rounds) {
    for (const row of roundLeniency(rounds.get(round.id)!, interviews, byInterview)) {
      const list = perRound.get(row.interviewerId) ?? [];
      list.push({
        roundId: round.id,
        leniency: row.leniency,
        comparisons: row.comparisons,
        interviews: row.interviews,
      });
      perRound.set(row.interviewerId, list);
    }
  }
  return stored.map((row) => ({ ...row, rounds: perRound.get(row.interviewerId) ?? [] }));
}

function distributionOf({ vacancy, rounds, interviews, byInterview }: Evidence): RoundScoreDistribution[] {
  return vacancy.rounds.map((round) => ({
    roundId: round.id,
    name: round.name,
    scale: round.scale,
    anchors: anchorsOf(round),
    ...ratingDistribution(rounds.get(round.id)!, interviews, byInterview),
  }));
}

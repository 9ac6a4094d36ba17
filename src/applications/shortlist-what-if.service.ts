import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { CriteriaDto } from '../role-profiles/dto/criteria.dto';
import { RoleProfilesService } from '../role-profiles/role-profiles.service';
import { ScreeningService } from '../screening/screening.service';
import { VacanciesService } from '../vacancies/vacancies.service';
import { ApplicationListsRepository } from './application-lists.repository';
import { Rescorer } from './rescorer.service';
import { ScreeningResultsRepository } from './screening-results.repository';
import { rerank, RerankedApplication } from './shortlist-what-if';

export interface ShortlistWhatIf {
  vacancyId: string;
  /** The profile version the current ranking was screened with. */
  profileVersion: number;
  referenceDate: string;
  items: RerankedApplication[];
}

/**
 * - running: screening again is waiting or under way
 * - done: every open application was screened with the pinned version
 * - incomplete: nothing is running, yet some were not (a job that failed)
 */
export type ScreeningState = 'running' | 'done' | 'incomplete';

export interface ScreeningProgress {
  vacancyId: string;
  profileVersion: number;
  open: number;
  screened: number;
  state: ScreeningState;
}

/**
 * What a vacancy's ranking would become under criteria not saved yet, and how
 * far screening again has come once they are: both for recruiters tuning a
 * profile, neither changing anything.
 */
@Injectable()
export class ShortlistWhatIfService {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly profiles: RoleProfilesService,
    private readonly screening: ScreeningService,
    private readonly lists: ApplicationListsRepository,
    private readonly results: ScreeningResultsRepository,
    private readonly rescorer: Rescorer,
  ) {}

  /** The current top `limit` open applications, scored with `criteria` and ranked again among themselves. */
  async preview(
    vacancyId: string,
    criteria: CriteriaDto,
    viewer: AuthenticatedUser,
    limit = 20,
  ): Promise<ShortlistWhatIf> {
    const vacancy = await this.vacancies.get(vacancyId, viewer);
    const { profile } = await this.profiles.get(vacancy.roleProfileId);
    const rows = await this.lists.shortlistPage(vacancy.id, { openOnly: true }, limit);
    const { referenceDate, results } = await this.screening.whatIfMany(
      criteria,
      profile.language,
      rows.map((row) => row.candidateId),
    );
    return {
      vacancyId: vacancy.id,
      profileVersion: vacancy.roleProfileVersion,
      referenceDate,
      items: rerank(rows, results, vacancy),
    };
  }

  async progress(vacancyId: string, viewer: AuthenticatedUser): Promise<ScreeningProgress> {
    const vacancy = await this.vacancies.get(vacancyId, viewer);
    const [pending, counts] = await Promise.all([
      this.rescorer.vacancyPending(vacancy.id),
      this.results.versionCounts(vacancy.id, vacancy.roleProfileVersion),
    ]);
    const state: ScreeningState = pending ? 'running' : counts.screened >= counts.open ? 'done' : 'incomplete';
    return { vacancyId: vacancy.id, profileVersion: vacancy.roleProfileVersion, ...counts, state };
  }
}

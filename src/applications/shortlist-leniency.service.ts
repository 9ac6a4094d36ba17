import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { VacanciesService } from '../vacancies/vacancies.service';
import { ShortlistLeniencyDto } from './dto/shortlist-leniency.dto';
import { RoundScoresRepository } from './round-scores.repository';
import { LeniencyPlace, rerankByLeniency } from './shortlist-leniency';

const points = (place: LeniencyPlace) => ({
  position: place.position,
  shortlistScore: place.shortlistScore === null ? null : place.shortlistScore / 100,
  interviewScore: place.interviewScore === null ? null : place.interviewScore / 100,
});

/**
 * What interviewer leniency does to a vacancy's ranking: its applications
 * with an interview score ranked again under the variant of interview scores
 * the vacancy does not rank by. Nothing is stored; readers of the shortlist
 * may ask (each interviewer's own leniency stays with the recruiters).
 */
@Injectable()
export class ShortlistLeniencyService {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly roundScores: RoundScoresRepository,
  ) {}

  async compare(vacancyId: string, viewer: AuthenticatedUser, limit = 50): Promise<ShortlistLeniencyDto> {
    const vacancy = await this.vacancies.get(vacancyId, viewer);
    const { applications, interviews } = await this.roundScores.interviewedOf(vacancy.id);
    const compared = rerankByLeniency(applications, interviews, vacancy, vacancy.calibrateInterviews);
    return {
      vacancyId: vacancy.id,
      ranksBy: vacancy.calibrateInterviews ? 'calibrated' : 'as_rated',
      other: vacancy.calibrateInterviews ? 'as_rated' : 'calibrated',
      total: compared.length,
      changed: compared.filter((item) => item.moved !== 0).length,
      items: compared.slice(0, limit).map((item) => ({
        applicationId: item.applicationId,
        candidate: { id: item.candidateId, name: item.name },
        stage: item.stage,
        ranked: points(item.ranked),
        other: points(item.other),
        moved: item.moved,
      })),
    };
  }
}

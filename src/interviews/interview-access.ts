import { AuthenticatedUser } from '../common/auth/decorators';
import { Vacancy } from '../vacancies/entities/vacancy.entity';
import { maySee } from '../vacancies/vacancy-access';
import { Interview } from './entities/interview.entity';

/** How a user stands to an interview: on its panel, owning its vacancy (recruiter, admin, its hiring manager), or neither. */
export interface InterviewStanding {
  onPanel: boolean;
  owner: boolean;
}

export function standingOf(interview: Interview, vacancy: Vacancy, viewer: AuthenticatedUser): InterviewStanding {
  return {
    onPanel: interview.panel.some((seat) => seat.userId === viewer.id),
    owner: maySee(vacancy, viewer),
  };
}

export function panelOf(interview: Interview): string[] {
  return interview.panel.map((seat) => seat.userId).sort();
}

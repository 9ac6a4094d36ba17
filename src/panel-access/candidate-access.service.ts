import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { PanelAccessRepository, readsByRole } from './panel-access.repository';

/** Whose candidates a user may list: undefined for everyone's. */
export interface CandidateScope {
  userId: string;
  /** Candidates who applied to a vacancy the user is a hiring manager of. */
  asHiringManager: boolean;
  /** Candidates of an interview (not cancelled) the user sits on the panel of. */
  asPanelist: boolean;
}

/**
 * Who may read a candidate, their facts and CVs: recruiters and admins every
 * one; a hiring manager those who applied to one of their vacancies, as the
 * shortlist already shows them; an interviewer those of their panels. Anyone
 * else is told the candidate is not there.
 */
@Injectable()
export class CandidateAccess {
  constructor(private readonly seats: PanelAccessRepository) {}

  async maySee(viewer: AuthenticatedUser, candidateId: string): Promise<boolean> {
    if (readsByRole(viewer)) return true;
    if (viewer.roles.includes(Role.HiringManager) && (await this.seats.managesCandidate(viewer.id, candidateId))) {
      return true;
    }
    return this.seats.seatedForCandidate(viewer.id, candidateId);
  }

  scopeOf(viewer: AuthenticatedUser): CandidateScope | undefined {
    if (readsByRole(viewer)) return undefined;
    return {
      userId: viewer.id,
      asHiringManager: viewer.roles.includes(Role.HiringManager),
      asPanelist: viewer.roles.includes(Role.Interviewer),
    };
  }
}

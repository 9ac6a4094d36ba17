import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../common/auth/decorators';
import { Role } from '../common/auth/role';
import { Identity } from './blind-identity';
import { BlindScreeningRepository } from './blind-screening.repository';
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
  constructor(
    private readonly seats: PanelAccessRepository,
    private readonly blind: BlindScreeningRepository,
  ) {}

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

  /**
   * Whether who the candidate is stays hidden from the viewer: a hiring
   * manager or panel member who reaches them through a blind application; a
   * recruiter or admin while an application of theirs is blind and they have
   * not unblinded it (with a reason, recorded).
   */
  async hidesIdentity(viewer: AuthenticatedUser, candidateId: string): Promise<boolean> {
    if (!readsByRole(viewer)) return this.blind.reachesBlind(viewer.id, candidateId);
    return (await this.blind.anyBlind(candidateId)) && !(await this.blind.unblindedCandidate(viewer.id, candidateId));
  }

  /** Of these applications, those whose applicant the viewer sees by an alias. */
  async blindFor(viewer: AuthenticatedUser, applicationIds: readonly string[]): Promise<Set<string>> {
    if (readsByRole(viewer)) return new Set();
    return this.blind.blindApplications(applicationIds);
  }

  /**
   * Whether the viewer may open a candidate's original CV file: not while they
   * see the candidate blind; a recruiter opens it by unblinding, a hiring
   * manager or panel member once the application reaches the vacancy's stage.
   */
  async mayOpenOriginal(viewer: AuthenticatedUser, candidateId: string): Promise<boolean> {
    return !(await this.hidesIdentity(viewer, candidateId));
  }

  /** The ids of the candidates the viewer assesses blind. */
  async hiddenFrom(viewer: AuthenticatedUser): Promise<Set<string>> {
    const hidden = await this.blind.hiddenFrom(viewer.id, readsByRole(viewer));
    return new Set(hidden.map((candidate) => candidate.candidateId));
  }

  /** The details that name the candidate, for masking text shown blind. */
  identityOf(candidateId: string): Promise<Identity | undefined> {
    return this.blind.identityOf(candidateId);
  }
}

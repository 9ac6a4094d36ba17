import { Injectable } from '@nestjs/common';
import { AuditEvent, personal } from '../audit/audit-record';
import { AuditTrail } from '../audit/audit-trail';
import { Transactions } from '../database/transactions';
import { AuthenticatedUser } from '../common/auth/decorators';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { BlindScreeningRepository } from './blind-screening.repository';
import { ApplicationUnblinding } from './entities/application-unblinding.entity';

export class BlindApplicationNotFoundError extends DomainError {
  constructor(id: string) {
    super('APPLICATION_NOT_FOUND', 'not_found', `There is no application with id ${id}`);
  }
}

export class NotBlindError extends DomainError {
  constructor(id: string) {
    super('APPLICATION_NOT_BLIND', 'conflict', `Application ${id} is not blind: its applicant is shown to everyone`);
  }
}

/**
 * A recruiter unblinds a blind application to open who the applicant is
 * (their original CV file): recorded with who and why, never changed after.
 */
@Injectable()
export class BlindScreeningService {
  constructor(
    private readonly blind: BlindScreeningRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  async unblind(applicationId: string, reason: string, user: AuthenticatedUser): Promise<ApplicationUnblinding> {
    const blind = await this.blind.blindApplications([applicationId]);
    if (!blind.has(applicationId)) {
      if (await this.exists(applicationId)) throw new NotBlindError(applicationId);
      throw new BlindApplicationNotFoundError(applicationId);
    }
    const owner = (await this.blind.ownerOf(applicationId))!;
    const unblinding = { applicationId, userId: user.id, reason: reason.trim(), createdAt: new Date() };
    return this.transactions.run(async (tx) => {
      const recorded = await this.blind.record(tx, unblinding);
      await this.audit.record(tx, unblindEvent(applicationId, owner, unblinding.reason));
      return recorded;
    });
  }

  /** Unblinds every blind application of the candidate for this recruiter, with one reason. */
  async unblindCandidate(
    candidateId: string,
    reason: string,
    user: AuthenticatedUser,
  ): Promise<ApplicationUnblinding[]> {
    if (reason.trim().length < 10) {
      throw new ValidationFailedError([
        { field: 'reason', messages: ['reason must say why, in at least 10 characters'] },
      ]);
    }
    const blind = await this.blind.blindApplicationsOf(candidateId);
    if (!blind.length) throw new NotBlindError(candidateId);
    const createdAt = new Date();
    return this.transactions.run(async (tx) => {
      const records: ApplicationUnblinding[] = [];
      for (const applicationId of blind) {
        records.push(await this.blind.record(tx, { applicationId, userId: user.id, reason: reason.trim(), createdAt }));
      }
      const owners = await Promise.all(blind.map((id) => this.blind.ownerOf(id)));
      await this.audit.recordAll(
        tx,
        blind.map((id, index) => unblindEvent(id, owners[index]!, reason.trim())),
      );
      return records;
    });
  }

  async unblindings(applicationId: string) {
    if (!(await this.exists(applicationId))) throw new BlindApplicationNotFoundError(applicationId);
    return this.blind.unblindings(applicationId);
  }

  private exists(applicationId: string): Promise<boolean> {
    return this.blind.applicationExists(applicationId);
  }
}

/** An unblinding is a read of who the applicant is: the trail keeps it, with the reason given. */
function unblindEvent(
  applicationId: string,
  owner: { candidateId: string; vacancyId: string },
  reason: string,
): AuditEvent {
  return {
    action: 'application.unblinded',
    subject: { type: 'application', id: applicationId },
    candidateId: owner.candidateId,
    vacancyId: owner.vacancyId,
    details: { reason: personal(reason) },
  };
}

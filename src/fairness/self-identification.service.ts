import { AuditTrail } from '../audit/audit-trail';
import { Injectable } from '@nestjs/common';
import { ApplicationsService } from '../applications/applications.service';
import { AuthenticatedUser } from '../common/auth/decorators';
import { ValidationFailedError } from '../common/errors/domain-error';
import { Settings } from '../config/settings';
import { Transactions } from '../database/transactions';
import { EntryRoute } from './entities/self-identification.entity';
import { answerProblems, findQuestionSet, QuestionSetKey } from './question-sets';
import { SelfIdentificationRepository } from './self-identification.repository';

export interface SelfIdentificationInput {
  questionSet: QuestionSetKey;
  consentVersion: string;
  answers: Record<string, string>;
}

/** What was recorded, without the answers: nobody reads one person's answers back. */
export interface SelfIdentificationReceipt {
  applicationId: string;
  questionSet: QuestionSetKey;
  consentVersion: string;
  /** The questions answered or declined. */
  questions: string[];
  enteredVia: EntryRoute;
  recordedAt: Date;
}

/**
 * Applicants' voluntary answers to equal-opportunity questions: recorded with
 * the consent text's version and time, replaced whole when given again, and
 * deleted when withdrawn. Nothing here returns an answer.
 */
@Injectable()
export class SelfIdentificationService {
  constructor(
    private readonly settings: Settings,
    private readonly applications: ApplicationsService,
    private readonly answers: SelfIdentificationRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
  ) {}

  /** A recruiter types in a paper form; 404 for an application they may not change. */
  async enterFromPaper(
    applicationId: string,
    input: SelfIdentificationInput,
    user: AuthenticatedUser,
  ): Promise<SelfIdentificationReceipt> {
    await this.applications.getToChange(applicationId, user);
    return this.record(applicationId, input, 'paper_form', user.id);
  }

  /** Withdraws every answer the applicant gave; 404 for an application the user may not change. */
  async withdraw(applicationId: string, user: AuthenticatedUser): Promise<void> {
    await this.applications.getToChange(applicationId, user);
    await this.transactions.run(async (tx) => {
      const withdrawn = await this.answers.withdraw(applicationId, undefined, tx);
      await this.audit.record(tx, {
        action: 'self_identification.withdrawn',
        subject: { type: 'application', id: applicationId },
        details: { answersWithdrawn: withdrawn },
      });
    });
  }

  /** Records answers for an application already known to exist and to be the caller's to change. */
  async record(
    applicationId: string,
    input: SelfIdentificationInput,
    enteredVia: EntryRoute,
    enteredBy: string | null,
  ): Promise<SelfIdentificationReceipt> {
    const offered = this.settings.fairness.questionSets;
    const set = offered.includes(input.questionSet)
      ? findQuestionSet(input.questionSet, this.settings.fairness.ownSets)
      : undefined;
    if (!set) {
      throw new ValidationFailedError([
        { field: 'questionSet', messages: [`questionSet must be one of the sets asked here: ${offered.join(', ')}`] },
      ]);
    }
    const problems = answerProblems(set, input.answers);
    if (input.consentVersion !== set.consentVersion) {
      problems.unshift({
        field: 'consentVersion',
        messages: [`consentVersion must be ${set.consentVersion}, the version of ${set.key}'s text now shown`],
      });
    }
    if (problems.length) throw new ValidationFailedError(problems);
    const recordedAt = new Date();
    await this.transactions.run(async (tx) => {
      const recorded = {
        applicationId,
        questionSet: set.key,
        consentVersion: set.consentVersion,
        consentedAt: recordedAt,
        enteredVia,
        enteredBy,
      };
      await this.answers.replace(tx, recorded, input.answers);
      // Which questions were answered, never the answers: the trail is read by people who must not see them.
      await this.audit.record(tx, {
        action: 'self_identification.recorded',
        subject: { type: 'application', id: applicationId },
        details: {
          questionSet: set.key,
          consentVersion: set.consentVersion,
          enteredVia,
          questions: Object.keys(input.answers),
        },
      });
    });
    return {
      applicationId,
      questionSet: set.key,
      consentVersion: set.consentVersion,
      questions: Object.keys(input.answers),
      enteredVia,
      recordedAt,
    };
  }
}

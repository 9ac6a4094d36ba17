import { Injectable } from '@nestjs/common';
import { SubjectAccessParts } from '../privacy/subject-access-parts';
import { SelfIdentificationRepository } from './self-identification.repository';

/**
 * A person's own equal-opportunity answers are theirs to receive (GDPR art.
 * 15): this module hands them to the subject-access archive, which never
 * reads the table itself, so nothing outside src/fairness imports the answers
 * (test/fairness-isolation.spec.ts) and no page or other answer shows them.
 */
@Injectable()
export class OwnAnswers {
  constructor(answers: SelfIdentificationRepository, parts: SubjectAccessParts) {
    parts.contribute('self_identifications', ({ applicationIds }) => answers.givenIn(applicationIds));
  }
}

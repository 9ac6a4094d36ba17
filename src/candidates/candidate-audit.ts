import { AuditEvent, changedFields } from '../audit/audit-record';
import type { CandidateFields } from './candidates.repository';

/** What a candidate's record holds that is personal, kept in the audit trail by reference only. */
export const CANDIDATE_PERSONAL_FIELDS = ['name', 'email', 'phone', 'location'];

/** A candidate made (by hand, from a CV, by an import), as the audit trail records it. */
export function candidateCreated(id: string, values: CandidateFields): AuditEvent {
  return {
    action: 'candidate.created',
    subject: { type: 'candidate', id },
    candidateId: id,
    details: changedFields({}, { ...values }, CANDIDATE_PERSONAL_FIELDS),
  };
}

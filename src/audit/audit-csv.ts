import { csvLine } from '../applications/shortlist-csv';
import type { AuditLine } from './audit-log.service';

export const AUDIT_CSV_HEADER = csvLine([
  'seq',
  'at',
  'actor_id',
  'actor_email',
  'actor_roles',
  'ip',
  'user_agent',
  'request_id',
  'action',
  'subject_type',
  'subject_id',
  'candidate_id',
  'vacancy_id',
  'details',
  'hash',
]);

export function auditCsvLine(line: AuditLine): string {
  return csvLine([
    line.seq,
    line.at.toISOString(),
    line.actor?.id ?? null,
    line.actor?.email ?? null,
    line.actorRoles.join(' '),
    line.ip,
    line.userAgent,
    line.requestId,
    line.action,
    line.subjectType,
    line.subjectId,
    line.candidateId,
    line.vacancyId,
    JSON.stringify(line.details),
    line.hash,
  ]);
}

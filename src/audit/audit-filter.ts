import { ValidationFailedError } from '../common/errors/domain-error';
import type { AuditFilter } from './audit-log.repository';
import type { AuditFilterQuery } from './dto/audit-query.dto';

const DAY_MS = 24 * 3600 * 1000;

/** The query's filters, with its days as UTC times (`to` takes in its whole day); a day that does not exist is refused. */
export function auditFilterOf(query: AuditFilterQuery): AuditFilter {
  const from = query.from ? day('from', query.from) : undefined;
  const toDay = query.to ? day('to', query.to) : undefined;
  if (from && toDay && toDay < from) {
    throw new ValidationFailedError([{ field: 'to', messages: ['to must not be before from'] }]);
  }
  return {
    actorId: query.actorId,
    candidateId: query.candidateId,
    vacancyId: query.vacancyId,
    action: query.action,
    from,
    to: toDay ? new Date(toDay.getTime() + DAY_MS) : undefined,
  };
}

function day(field: string, text: string): Date {
  const date = new Date(`${text}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw new ValidationFailedError([{ field, messages: [`${field} is not a day of the calendar: ${text}`] }]);
  }
  return date;
}

import { ValidationFailedError } from '../../common/errors/domain-error';
import type { MailStatus } from '../../mail/entities/mail.entity';

/** The statuses a list of mails filters on, in the order a mail goes through them. */
export const MAIL_STATUSES: MailStatus[] = ['queued', 'sending', 'sent', 'failed', 'skipped'];

/** A `status` query parameter: all when absent, a 400 naming it when not a mail's status. */
export function parseMailStatus(value: unknown): MailStatus | undefined {
  if (value === undefined || value === '') return undefined;
  if (MAIL_STATUSES.includes(value as MailStatus)) return value as MailStatus;
  throw new ValidationFailedError([
    { field: 'status', messages: [`status must be one of ${MAIL_STATUSES.join(', ')}`] },
  ]);
}

/** A list of mails at `path`, one status or all, at a page. */
export function mailListHref(path: string, status: MailStatus | undefined, page = 1): string {
  const params = new URLSearchParams();
  if (status) params.set('status', status);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}`;
}

/** The filter links of a list of mails: all, then each status. */
export function mailStatusLinks(path: string, status: MailStatus | undefined) {
  return [undefined, ...MAIL_STATUSES].map((one) => ({
    href: mailListHref(path, one),
    labelKey: `board.outbox.status.${one ?? 'all'}`,
    current: one === status,
  }));
}

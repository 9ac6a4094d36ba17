import type { MailStatus } from '../../mail/entities/mail.entity';
import type { OutboxRow } from '../../mail/mails.repository';

export const OUTBOX_PAGE_SIZE = 50;
export const OUTBOX_STATUSES: MailStatus[] = ['queued', 'sending', 'sent', 'failed', 'skipped'];

export interface OutboxModel {
  statuses: { href: string; labelKey: string; current: boolean }[];
  rows: {
    toName: string;
    toAddress: string;
    templateKey: string;
    status: MailStatus;
    statusKey: string;
    vacancyTitle: string | null;
    subject: string | null;
    error: string | null;
    createdAt: Date;
    sendAfter: Date;
    /** Queued for later than it was made: a rejection waiting out the vacancy's delay. */
    later: boolean;
  }[];
  total: number;
  from: number;
  to: number;
  previousHref?: string;
  nextHref?: string;
}

/** The outbox: mails newest first, one status or all, a page at a time. */
export function outboxView(
  data: { rows: OutboxRow[]; total: number },
  status: MailStatus | undefined,
  pageNumber: number,
): OutboxModel {
  const href = (next: MailStatus | undefined, page = 1) => {
    const params = new URLSearchParams();
    if (next) params.set('status', next);
    if (page > 1) params.set('page', String(page));
    const query = params.toString();
    return `/recruiter/mails${query ? `?${query}` : ''}`;
  };
  const pages = Math.max(1, Math.ceil(data.total / OUTBOX_PAGE_SIZE));
  const from = data.total === 0 ? 0 : (pageNumber - 1) * OUTBOX_PAGE_SIZE + 1;
  return {
    statuses: [undefined, ...OUTBOX_STATUSES].map((one) => ({
      href: href(one),
      labelKey: `board.outbox.status.${one ?? 'all'}`,
      current: one === status,
    })),
    rows: data.rows.map((row) => ({
      toName: row.toName,
      toAddress: row.toAddress,
      templateKey: `mail.${row.template}`,
      status: row.status,
      statusKey: `board.outbox.status.${row.status}`,
      vacancyTitle: row.vacancyTitle,
      subject: row.subject,
      error: row.error,
      createdAt: row.createdAt,
      sendAfter: row.sendAfter,
      later: row.status === 'queued' && row.sendAfter.getTime() > row.createdAt.getTime() + 60_000,
    })),
    total: data.total,
    from,
    to: from === 0 ? 0 : from + data.rows.length - 1,
    previousHref: pageNumber > 1 ? href(status, pageNumber - 1) : undefined,
    nextHref: pageNumber < pages ? href(status, pageNumber + 1) : undefined,
  };
}

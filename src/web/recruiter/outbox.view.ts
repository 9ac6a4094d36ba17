import type { MailStatus } from '../../mail/entities/mail.entity';
import type { OutboxRow } from '../../mail/mails.repository';
import { mailListHref, mailStatusLinks } from '../views/mail-list';
import { pager, PagerModel } from '../views/paging';

export const OUTBOX_PAGE_SIZE = 50;

export interface OutboxModel extends PagerModel {
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
}

/** The outbox: mails newest first, one status or all, a page at a time. */
export function outboxView(
  data: { rows: OutboxRow[]; total: number },
  status: MailStatus | undefined,
  pageNumber: number,
): OutboxModel {
  return {
    statuses: mailStatusLinks('/recruiter/mails', status),
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
    ...pager(data.total, data.rows.length, pageNumber, OUTBOX_PAGE_SIZE, (page) =>
      mailListHref('/recruiter/mails', status, page),
    ),
  };
}

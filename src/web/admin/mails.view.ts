import { plainTextOf } from '../../mail/eml-text';
import type { MailStatus } from '../../mail/entities/mail.entity';
import type { OutboxRow } from '../../mail/mails.repository';
import { mailListHref, mailStatusLinks } from '../views/mail-list';
import { pager, PagerModel } from '../views/paging';

export const MAILS_PAGE_SIZE = 50;

export interface MailsModel extends PagerModel {
  statuses: { href: string; labelKey: string; current: boolean }[];
  /** Whether sent mails are kept as files that can be opened. */
  kept: boolean;
  rows: {
    id: string;
    toName: string;
    toAddress: string;
    templateKey: string;
    status: MailStatus;
    statusKey: string;
    subject: string | null;
    error: string | null;
    createdAt: Date;
    sentAt: Date | null;
    href?: string;
  }[];
}

/** The last mails, sent or waiting, newest first; a sent one opens when its file is kept. */
export function mailsView(
  data: { rows: OutboxRow[]; total: number },
  status: MailStatus | undefined,
  pageNumber: number,
  kept: boolean,
): MailsModel {
  return {
    statuses: mailStatusLinks('/admin/mails', status),
    kept,
    rows: data.rows.map((row) => ({
      id: row.id,
      toName: row.toName,
      toAddress: row.toAddress,
      templateKey: `mail.${row.template}`,
      status: row.status,
      statusKey: `board.outbox.status.${row.status}`,
      subject: row.subject,
      error: row.error,
      createdAt: row.createdAt,
      sentAt: row.sentAt,
      href: kept && row.status === 'sent' ? `/admin/mails/${row.id}` : undefined,
    })),
    ...pager(data.total, data.rows.length, pageNumber, MAILS_PAGE_SIZE, (page) =>
      mailListHref('/admin/mails', status, page),
    ),
  };
}

export interface MailFileModel {
  subject: string | null;
  toName: string;
  toAddress: string;
  sentAt: Date | null;
  fileName: string;
  downloadHref: string;
  /** The message's plain-text part, decoded; absent when it has none or is too large to show. */
  text?: string;
  /** The message as stored, shown as text (escaped by the template); absent when too large to show. */
  source?: string;
}

export function mailFileView(
  mail: { id: string; subject: string | null; toName: string; toAddress: string; sentAt: Date | null },
  fileName: string,
  content: Buffer,
  shownBytes: number,
): MailFileModel {
  return {
    subject: mail.subject,
    toName: mail.toName,
    toAddress: mail.toAddress,
    sentAt: mail.sentAt,
    fileName,
    downloadHref: `/admin/mails/${mail.id}/file`,
    ...(content.length <= shownBytes
      ? { source: content.toString('utf8'), text: plainTextOf(content.toString('utf8')) }
      : {}),
  };
}

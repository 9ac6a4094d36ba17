import type { HoldingHold } from '../../privacy/retention/retention.repository';
import type { DueCandidate, HeldCandidate, RetentionDue } from '../../privacy/retention/retention.service';
import { pager, PagerModel } from '../views/paging';
import { DurationModel, monthsOf } from './records.view';

export const RETENTION_PAGE_SIZE = 50;
export const RETENTION_PATH = '/admin/privacy/retention';

export interface DueRowModel {
  candidateId: string;
  name: string;
  href: string;
  ruleKey: string;
  lastClosedAt: Date | null;
  addedAt: Date;
  consent: { purpose: string; givenAt: Date | null; talentPoolEndedAt: Date | null } | null;
  dueSince: Date;
}

export interface HoldModel {
  scopeKey: string;
  vacancy: { title: string; href: string } | null;
  reason: string;
  placedAt: Date;
}

export interface RetentionModel {
  off: boolean;
  policy: { months: DurationModel | null; talentPool: DurationModel; purpose: string; closedBefore: Date | null };
  due: { rows: DueRowModel[] } & PagerModel;
  held: { rows: (DueRowModel & { holds: HoldModel[] })[] } & PagerModel;
  recordsHref: string;
  jsonHref: string;
}

/** Where a page of the two lists is: each list pages on its own. */
export function retentionHref(page: number, heldPage: number): string {
  const query = new URLSearchParams();
  if (page > 1) query.set('page', String(page));
  if (heldPage > 1) query.set('heldPage', String(heldPage));
  const text = query.toString();
  return text ? `${RETENTION_PATH}?${text}` : RETENTION_PATH;
}

/** The dry run of the retention policy as the admin reads it: who is due, and whom a legal hold keeps. */
export function retentionView(data: RetentionDue, page: number, heldPage: number): RetentionModel {
  const { policy } = data;
  return {
    off: policy.monthsAfterClose === null,
    policy: {
      months: policy.monthsAfterClose === null ? null : monthsOf(policy.monthsAfterClose),
      talentPool: monthsOf(policy.talentPoolMonths),
      purpose: policy.talentPoolPurpose,
      closedBefore: policy.closedBefore,
    },
    due: {
      rows: data.due.rows.map(dueRow),
      ...pager(data.due.total, data.due.rows.length, page, RETENTION_PAGE_SIZE, (n) => retentionHref(n, heldPage)),
    },
    held: {
      rows: data.held.rows.map((row: HeldCandidate) => ({ ...dueRow(row), holds: row.holds.map(holdModel) })),
      ...pager(data.held.total, data.held.rows.length, heldPage, RETENTION_PAGE_SIZE, (n) => retentionHref(page, n)),
    },
    recordsHref: '/admin/privacy',
    jsonHref: '/privacy/retention/due',
  };
}

function dueRow(row: DueCandidate): DueRowModel {
  return {
    candidateId: row.id,
    name: row.name,
    href: `/recruiter/candidates/${row.id}`,
    ruleKey: `privacy.due.rule.${row.rule}`,
    lastClosedAt: row.lastClosedAt,
    addedAt: row.createdAt,
    consent: row.consentPurpose
      ? { purpose: row.consentPurpose, givenAt: row.consentAt, talentPoolEndedAt: row.talentPoolEndedAt }
      : null,
    dueSince: row.dueSince,
  };
}

function holdModel(hold: HoldingHold): HoldModel {
  return {
    scopeKey: hold.candidateId ? 'privacy.due.hold.candidate' : 'privacy.due.hold.vacancy',
    vacancy:
      hold.vacancyId && hold.vacancyTitle !== null
        ? { title: hold.vacancyTitle, href: `/recruiter/vacancies/${hold.vacancyId}/board` }
        : null,
    reason: hold.reason,
    placedAt: hold.placedAt,
  };
}

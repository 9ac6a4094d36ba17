import type { FieldError } from '../../common/errors/domain-error';
import type { AuditLine, AuditPage, ChainReport } from '../../audit/audit-log.service';
import { ERASED } from '../../audit/audit-record';

/** The filter form as typed: kept as text so that a wrong value comes back to be corrected. */
export interface AuditFormInput {
  actorId: string;
  candidateId: string;
  vacancyId: string;
  action: string;
  from: string;
  to: string;
}

export interface AuditChoices {
  users: { id: string; name: string; email: string }[];
  vacancies: { id: string; title: string }[];
  actions: string[];
}

export interface AuditRowModel {
  seq: number;
  at: Date;
  actorName: string | null;
  actorEmail: string | null;
  roleKeys: string[];
  actionKey: string;
  action: string;
  candidate: { href: string; name: string | null } | null;
  vacancy: { href: string; title: string | null } | null;
  ip: string | null;
  requestId: string | null;
  details: string | null;
  erased: boolean;
}

export interface AuditModel {
  form: {
    action: string;
    input: AuditFormInput;
    users: { value: string; label: string; selected: boolean }[];
    vacancies: { value: string; label: string; selected: boolean }[];
    actions: { value: string; labelKey: string; selected: boolean }[];
    errors: Record<string, string>;
  };
  rows: AuditRowModel[];
  csvHref: string;
  olderHref: string | null;
  newestHref: string | null;
  chain: { whole: boolean; checked: number; prunedThrough: number; breakKey?: string; seq?: number } | null;
  verifyHref: string;
}

/** The kinds of subject a filter can name instead of one action, in the order the filter offers them. */
export const AUDIT_SUBJECTS = [
  'candidate',
  'fact',
  'cv',
  'application',
  'note',
  'interview',
  'scorecard',
  'vacancy',
  'role_profile',
  'user',
  'settings',
  'legal_hold',
];

const FIELD_KEYS: Record<string, string> = {
  actorId: 'audit.error.actor',
  candidateId: 'audit.error.candidate',
  vacancyId: 'audit.error.vacancy',
  action: 'audit.error.action',
  from: 'audit.error.from',
  to: 'audit.error.to',
};

export function auditHref(
  input: Partial<AuditFormInput>,
  extra: Record<string, string> = {},
  path = '/admin/audit',
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...input, ...extra })) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function auditView(
  input: AuditFormInput,
  choices: AuditChoices,
  page: AuditPage | null,
  problems: FieldError[],
  chain: ChainReport | null,
  before: string,
): AuditModel {
  const errors: Record<string, string> = {};
  for (const problem of problems) if (FIELD_KEYS[problem.field]) errors[problem.field] = FIELD_KEYS[problem.field];
  const actions = [...new Set([...AUDIT_SUBJECTS, ...choices.actions])];
  return {
    form: {
      action: '/admin/audit',
      input,
      users: choices.users.map((user) => ({
        value: user.id,
        label: `${user.name} (${user.email})`,
        selected: user.id === input.actorId,
      })),
      vacancies: choices.vacancies.map((vacancy) => ({
        value: vacancy.id,
        label: vacancy.title,
        selected: vacancy.id === input.vacancyId,
      })),
      actions: actions.map((value) => ({
        value,
        labelKey: value.includes('.') ? `audit.action.${value}` : `audit.subject.${value}`,
        selected: value === input.action,
      })),
      errors,
    },
    rows: (page?.lines ?? []).map(row),
    csvHref: auditHref(input, {}, '/audit/entries.csv'),
    olderHref: page?.next ? auditHref(input, { before: String(page.next) }) : null,
    newestHref: before ? auditHref(input) : null,
    chain: chain && {
      whole: chain.firstBreak === null,
      checked: chain.checked,
      prunedThrough: chain.prunedThrough,
      breakKey: chain.firstBreak ? `audit.chain.break.${chain.firstBreak.kind}` : undefined,
      seq: chain.firstBreak?.seq,
    },
    verifyHref: auditHref(input, { verify: '1' }),
  };
}

function row(line: AuditLine & { candidateName?: string | null; vacancyTitle?: string | null }): AuditRowModel {
  const details = Object.keys(line.details).length ? JSON.stringify(line.details, null, 2) : null;
  return {
    seq: line.seq,
    at: line.at,
    actorName: line.actor?.name ?? null,
    actorEmail: line.actor?.email ?? null,
    roleKeys: line.actorRoles.map((role) => `role.${role}`),
    actionKey: `audit.action.${line.action}`,
    action: line.action,
    candidate: line.candidateId
      ? { href: `/recruiter/candidates/${line.candidateId}`, name: line.candidateName ?? null }
      : null,
    vacancy: line.vacancyId
      ? { href: `/recruiter/vacancies/${line.vacancyId}`, title: line.vacancyTitle ?? null }
      : null,
    ip: line.ip,
    requestId: line.requestId,
    details,
    erased: details !== null && details.includes(`"${ERASED}"`),
  };
}

import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { auditFilterOf } from '../../audit/audit-filter';
import { AuditLog, AuditPage, ChainReport } from '../../audit/audit-log.service';
import { Roles } from '../../common/auth/decorators';
import { Role } from '../../common/auth/role';
import { DomainError, FieldError, ValidationFailedError } from '../../common/errors/domain-error';
import { isId } from '../../database/database-errors';
import { UsersService } from '../../users/users.service';
import { Page, SignedInPage } from '../page-context';
import { PageController } from '../page-controller';
import { Pages } from '../views/pages';
import { AuditFormInput, auditView } from './audit.view';

const PAGE_SIZE = 50;
const ACTION = /^[a-z_]{1,30}(\.[a-z_]{1,29})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `/admin/audit`: the audit trail for admins, through the service GET /audit
 * calls, filtered by person, candidate, vacancy, action and day, newest
 * first, with the same filter's CSV and a check of the chain on request.
 */
@PageController()
@Controller()
@Roles(Role.Admin)
export class AdminAuditPage {
  constructor(
    private readonly log: AuditLog,
    private readonly users: UsersService,
    private readonly pages: Pages,
  ) {}

  @Get('admin/audit')
  async show(
    @Page() page: SignedInPage,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const input = formInput(query);
    const before = text(query.before);
    let found: AuditPage | null = null;
    let problems: FieldError[] = [];
    try {
      const filter = auditFilterOf(checked(input));
      const older = /^\d{1,12}$/.test(before) ? Number(before) : undefined;
      found = await this.log.page(filter, PAGE_SIZE, older);
      found = { ...found, lines: await this.log.labelled(found.lines) };
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      problems = error.extras.errors ?? [];
    }
    const chain: ChainReport | null = text(query.verify) === '1' ? await this.log.verify() : null;
    const [users, vacancies, actions] = await Promise.all([
      this.users.list(500, 0),
      this.log.vacancyChoices(),
      this.log.actions(),
    ]);
    this.pages.send(response, page, {
      view: 'admin/audit',
      titleKey: 'audit.title',
      model: auditView(input, { users: users.users, vacancies, actions }, found, problems, chain, before),
      status: problems.length ? 400 : 200,
    });
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : value === undefined ? '' : '?';
}

function formInput(query: Record<string, unknown>): AuditFormInput {
  return {
    actorId: text(query.actorId),
    candidateId: text(query.candidateId),
    vacancyId: text(query.vacancyId),
    action: text(query.action),
    from: text(query.from),
    to: text(query.to),
  };
}

/** What GET /audit's validation checks, for a form that arrives unvalidated: every wrong field named. */
function checked(input: AuditFormInput): Partial<AuditFormInput> {
  const problems: FieldError[] = [];
  for (const field of ['actorId', 'candidateId', 'vacancyId'] as const) {
    if (input[field] && !isId(input[field])) problems.push({ field, messages: [`${field} must be an id`] });
  }
  if (input.action && !ACTION.test(input.action)) problems.push({ field: 'action', messages: ['unknown action'] });
  for (const field of ['from', 'to'] as const) {
    if (input[field] && !DATE.test(input[field])) problems.push({ field, messages: [`${field} must be a date`] });
  }
  if (problems.length) throw new ValidationFailedError(problems);
  const given = Object.entries(input).filter(([, value]) => value !== '');
  return Object.fromEntries(given) as Partial<AuditFormInput>;
}

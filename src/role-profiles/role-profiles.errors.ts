import { DomainError } from '../common/errors/domain-error';

export class RoleProfileNotFoundError extends DomainError {
  constructor(id: string) {
    super('ROLE_PROFILE_NOT_FOUND', 'not_found', `There is no role profile with id ${id}`);
  }
}

export class RoleProfileVersionNotFoundError extends DomainError {
  constructor(id: string, version: number) {
    super('ROLE_PROFILE_VERSION_NOT_FOUND', 'not_found', `Role profile ${id} has no version ${version}`);
  }
}

export class RoleProfileArchivedError extends DomainError {
  constructor(id: string) {
    super('ROLE_PROFILE_ARCHIVED', 'conflict', `Role profile ${id} is archived; it can be read but not changed`);
  }
}

export class RoleProfileChangedError extends DomainError {
  constructor(id: string, read: number, now: number) {
    super(
      'ROLE_PROFILE_CHANGED',
      'conflict',
      `Role profile ${id} changed while this version was being made: it was at version ${read} and is now at ${now}. ` +
        'Reload it and make the change again',
    );
  }
}

export class TemplateNotFoundError extends DomainError {
  constructor(key: string) {
    super('TEMPLATE_NOT_FOUND', 'not_found', `There is no built-in template ${key}`);
  }
}

export class FamilyNotFoundError extends DomainError {
  constructor(family: string) {
    super('FAMILY_NOT_FOUND', 'not_found', `No active role profile belongs to the family ${family}`);
  }
}

export class TemplateReadOnlyError extends DomainError {
  constructor(key: string) {
    super('TEMPLATE_READ_ONLY', 'conflict', `${key} is a built-in template; copy it to change it`);
  }
}

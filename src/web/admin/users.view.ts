import { Role, ROLES } from '../../common/auth/role';
import { FieldError } from '../../common/errors/domain-error';
import { Language, LANGUAGES, User } from '../../users/entities/user.entity';
import { fieldErrorKey, FormMessage } from '../forms';
import { pager, PagerModel } from '../views/paging';

export const USERS_PAGE_SIZE = 50;

export interface Message {
  key: string;
  values?: Record<string, unknown>;
}

export interface Choice<T> {
  value: T;
  labelKey: string;
  checked: boolean;
}

export interface UserRow {
  id: string;
  name: string;
  email: string;
  roleKeys: string[];
  roles: Choice<Role>[];
  active: boolean;
  /** Invited and not signed up yet: while a link works, and after they all expired (then the invitation can be sent again). */
  invited: boolean;
  invitationExpired: boolean;
  lastLoginAt: Date | null;
  /** The admin's own row: they keep their sign-in; the API still guards the last admin. */
  self: boolean;
}

export interface InviteForm {
  name: string;
  email: string;
  roles: Choice<Role>[];
  languages: (Omit<Choice<Language>, 'checked'> & { selected: boolean })[];
  nameError?: string;
  emailError?: string;
  rolesError?: string;
}

export interface UsersModel extends PagerModel {
  rows: UserRow[];
  invite: InviteForm;
  message?: Message;
  notice?: Message;
  /** Shown once, after a reset: the password Sift made. */
  temporaryPassword?: { name: string; password: string };
}

/** What is known after a form: the notice to show, or the message of a refusal. */
export interface UsersOutcome {
  message?: FormMessage;
  notice?: Message;
  temporaryPassword?: { name: string; password: string };
  /** What was typed in the invitation form, kept beside its errors. */
  typed?: Record<string, unknown>;
  errors?: FieldError[];
}

export const USER_NOTICES = ['invited', 'reinvited', 'roles', 'deactivated', 'activated'] as const;
export type UserNotice = (typeof USER_NOTICES)[number];

export function usersHref(page: number, notice?: UserNotice): string {
  const params = new URLSearchParams();
  if (page > 1) params.set('page', String(page));
  if (notice) params.set('done', notice);
  const query = params.toString();
  return `/admin${query ? `?${query}` : ''}`;
}

const roleChoices = (checked: (role: Role) => boolean): Choice<Role>[] =>
  ROLES.map((role) => ({ value: role, labelKey: `role.${role}`, checked: checked(role) }));

/** The users, a page at a time, each with their forms; the invitation form below. */
export function usersView(
  data: { users: User[]; total: number; invited: ReadonlyMap<string, 'open' | 'expired'> },
  pageNumber: number,
  selfId: string,
  outcome: UsersOutcome = {},
): UsersModel {
  const typed = outcome.typed ?? {};
  const typedRoles = ([] as unknown[]).concat(typed.roles ?? []).map(String);
  const fields = new Set(outcome.errors?.map((error) => error.field.replace(/\[\d+\]$/, '')));
  const language = typeof typed.language === 'string' ? typed.language : 'en';
  return {
    rows: data.users.map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      roleKeys: user.roles.map((role) => `role.${role}`),
      roles: roleChoices((role) => user.roles.includes(role)),
      active: user.active,
      invited: data.invited.has(user.id),
      invitationExpired: data.invited.get(user.id) === 'expired',
      lastLoginAt: user.lastLoginAt,
      self: user.id === selfId,
    })),
    ...pager(data.total, data.users.length, pageNumber, USERS_PAGE_SIZE, (page) => usersHref(page)),
    invite: {
      name: typeof typed.name === 'string' ? typed.name.slice(0, 200) : '',
      email: typeof typed.email === 'string' ? typed.email.slice(0, 254) : '',
      roles: roleChoices((role) => typedRoles.includes(role)),
      languages: LANGUAGES.map((value) => ({
        value,
        labelKey: `language.${value}`,
        selected: value === language,
      })),
      nameError: fields.has('name') ? fieldErrorKey('invite', 'name') : undefined,
      emailError: fields.has('email') ? fieldErrorKey('invite', 'email') : undefined,
      rolesError: fields.has('roles') ? fieldErrorKey('invite', 'roles') : undefined,
    },
    message: outcome.message ? { key: outcome.message.key, values: outcome.message.values } : undefined,
    notice: outcome.notice,
    temporaryPassword: outcome.temporaryPassword,
  };
}

/** The notice a redirect after a form asks for, if it names one. */
export function userNotice(done: unknown): Message | undefined {
  return USER_NOTICES.includes(done as UserNotice) ? { key: `admin.users.done.${String(done)}` } : undefined;
}

/** Checkboxes post one value or several; the API's DTO wants a list. */
export function rolesOf(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

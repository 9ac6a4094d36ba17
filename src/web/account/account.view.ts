import { FieldError } from '../../common/errors/domain-error';
import { Language, LANGUAGES } from '../../users/entities/user.entity';
import { fieldErrorKey, FormMessage } from '../forms';

export interface Message {
  key: string;
  values?: Record<string, unknown>;
}

export interface SignInModel {
  email: string;
  next: string;
  message?: Message;
  notice?: Message;
  emailError?: string;
  passwordError?: string;
}

/**
 * Where to go after signing in: a path on this site only, so that a link
 * cannot send a person on to another one (`//evil.example`, `/\evil.example`).
 */
export function safeNext(next: unknown): string | undefined {
  if (typeof next !== 'string' || !next.startsWith('/') || next.length > 2000) return undefined;
  if (/^\/[/\\]/.test(next) || next.includes('\\') || [...next].some((char) => char < ' ')) return undefined;
  return next;
}

export function signInView(input: {
  email?: unknown;
  next?: unknown;
  message?: FormMessage;
  errors?: FieldError[];
  signedOut?: boolean;
}): SignInModel {
  const fields = new Set(input.errors?.map((error) => error.field));
  return {
    // What was typed is kept; the password never is.
    email: typeof input.email === 'string' ? input.email.slice(0, 254) : '',
    next: safeNext(input.next) ?? '',
    message: input.message ? { key: input.message.key, values: input.message.values } : undefined,
    notice: input.signedOut ? { key: 'signIn.signedOut' } : undefined,
    emailError: fields.has('email') ? fieldErrorKey('signIn', 'email') : undefined,
    passwordError: fields.has('password') ? fieldErrorKey('signIn', 'password') : undefined,
  };
}

export interface PasswordModel {
  message?: Message;
  notice?: Message;
  currentPasswordError?: string;
  newPasswordError?: string;
}

export function passwordView(input: {
  message?: FormMessage;
  errors?: FieldError[];
  changed?: boolean;
}): PasswordModel {
  const fields = new Set(input.errors?.map((error) => error.field));
  return {
    message: input.message ? { key: input.message.key, values: input.message.values } : undefined,
    notice: input.changed ? { key: 'password.changed' } : undefined,
    currentPasswordError: fields.has('currentPassword') ? fieldErrorKey('password', 'currentPassword') : undefined,
    newPasswordError: fields.has('newPassword') ? fieldErrorKey('password', 'newPassword') : undefined,
  };
}

export interface SettingsModel {
  email: string;
  languages: { value: Language; labelKey: string; selected: boolean }[];
  notice?: Message;
  languageError?: string;
}

export function settingsView(input: {
  email: string;
  language: Language;
  saved?: boolean;
  errors?: FieldError[];
}): SettingsModel {
  return {
    email: input.email,
    languages: LANGUAGES.map((value) => ({
      value,
      labelKey: `language.${value}`,
      selected: value === input.language,
    })),
    notice: input.saved ? { key: 'settings.saved' } : undefined,
    languageError: input.errors?.length ? fieldErrorKey('settings', 'language') : undefined,
  };
}

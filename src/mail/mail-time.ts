import type { Language } from '../users/entities/user.entity';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', et: 'et-EE', en: 'en-GB' };

/** An interview's time as its recipient reads it: "dinsdag 8 december 2026 om 14:30 CET". */
export function writtenTime(time: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(time);
}

export function writtenDate(time: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(time);
}

/** "Sift <no-reply@sift.local>" → its name and address. */
export function mailbox(value: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^<>]+)>\s*$/.exec(value);
  return match
    ? { name: match[1] || match[2], address: match[2].trim() }
    : { name: value.trim(), address: value.trim() };
}

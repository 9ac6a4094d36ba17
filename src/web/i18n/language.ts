import type { Request } from 'express';
import { Language, LANGUAGES } from '../../users/entities/user.entity';

/** English first, so that a header naming none of ours, or `*`, gets English. */
const OFFERED: Language[] = ['en', ...LANGUAGES.filter((language) => language !== 'en')];

/**
 * The page's language: the user's own setting, then the browser's
 * Accept-Language (weighed by Express's negotiator, which takes nl-BE as nl),
 * then English.
 */
export function pageLanguage(
  userLanguage: Language | undefined,
  request: Pick<Request, 'acceptsLanguages' | 'headers'>,
): Language {
  if (userLanguage && LANGUAGES.includes(userLanguage)) return userLanguage;
  if (!request.headers['accept-language']) return 'en';
  return (request.acceptsLanguages(OFFERED) || 'en') as Language;
}

/** The locale Intl formats a language's dates and numbers in. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', et: 'et-EE', en: 'en-GB' };

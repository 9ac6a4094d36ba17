import { normaliseText } from '../scoring/text';

/**
 * Job titles that are sales roles, in Dutch, Estonian and English, as word
 * stems. A title that matches none is left unclassified (unknown), never
 * taken as "not sales": a recruiter or the CV reader decides those.
 */
const SALES_STEMS = [
  'account manager',
  'accountmanager',
  'key account',
  'accountmanag',
  'sales',
  'verkoop',
  'verkoper',
  'relatiebeheer',
  'relatiemanager',
  'business developer',
  'business development',
  'commercieel medewerker',
  'vertegenwoordiger',
  'muugi',
  'kliendihaldur',
  'klienditeenindaja',
  'votmekliendi',
  'votmeklient',
  'account executive',
  'sales representative',
  'relationship manager',
];

export function looksLikeSalesTitle(title: string): boolean | undefined {
  const text = normaliseText(title);
  return SALES_STEMS.some((stem) => text.includes(stem)) ? true : undefined;
}

import { createHash } from 'node:crypto';

/** What names a person, to be kept from those who assess them blind. */
export interface Identity {
  name: string;
  email: string | null;
  phone: string | null;
  location: string | null;
}

/** Crockford's base 32 without the letters read as digits (I, L, O) or a vowel that spells words (U). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The stable alias a blind applicant is shown by: the same for a candidate on
 * every page and in every mail, and nothing in it derived from who they are.
 */
export function aliasCode(candidateId: string): string {
  const digest = createHash('sha256').update(`sift-alias:${candidateId}`).digest();
  return Array.from(digest.subarray(0, 5), (byte) => ALPHABET[byte % 32]).join('');
}

/** The alias' word in mails (pages take theirs from the page catalogue, `blind.alias`). */
export const ALIAS_WORD: Record<'nl' | 'et' | 'en', string> = { nl: 'Sollicitant', et: 'Kandidaat', en: 'Applicant' };

/** The alias in the API's words; pages word it from the catalogue with the code. */
export function aliasOf(candidateId: string): string {
  return `Applicant ${aliasCode(candidateId)}`;
}

/** What takes the place of a hidden detail in text shown blind: a mark, not a word. */
export const MASK = '█████';

/** Labels of the lines that state personal details, in nl, et and en; the rest of such a line is masked. */
const PERSONAL_LABELS = new RegExp(
  [
    'date of birth',
    'birth ?date',
    'born',
    'age',
    'nationality',
    'citizenship',
    'marital status',
    'gender',
    'sex',
    'address',
    'home address',
    'place of residence',
    'geboortedatum',
    'geboren',
    'geboorteplaats',
    'leeftijd',
    'nationaliteit',
    'burgerlijke staat',
    'geslacht',
    'adres',
    'woonplaats',
    'sünniaeg',
    'sünnikuupäev',
    'sündinud',
    'vanus',
    'kodakondsus',
    'perekonnaseis',
    'sugu',
    'aadress',
    'elukoht',
  ]
    .map((label) => label.replace(/ /g, '\\s+'))
    .join('|'),
  'iu',
);
const LABELLED_LINE = new RegExp(`^(\\s*[-•*]?\\s*(?:${PERSONAL_LABELS.source})\\s*[:\\-–|]\\s*)(.+)$`, 'gimu');
/**
 * Words that say a person's gender: English pronouns and titles, and Dutch and
 * Estonian titles (Estonian's pronoun "ta" has no gender; Dutch "zij" and
 * "zijn" are also "they" and "to be", so they stay).
 */
const GENDER_WORDS =
  /(?<![\p{L}\p{N}])(?:he|she|him|her|his|hers|himself|herself|mr|mrs|ms|miss|mister|madam|hij|hem|haar|mevrouw|mevr|meneer|dhr|mw|proua|preili|härra)(?![\p{L}\p{N}])\.?/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** A phone number as people write one: seven or more digits with spaces, dots, dashes or brackets between. */
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s().-]{5,}\d(?![\p{L}\p{N}])/gu;
const URL = /\b(?:https?:\/\/|www\.)\S+|\blinkedin\.com\/\S+/giu;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * Text (a CV, a fact's evidence, a note) with the person's details masked:
 * their name and each part of it, e-mail addresses, phone numbers, web
 * addresses, their location, words that say their gender (pronouns, titles),
 * and the value of every line that states a birth date, age, nationality,
 * marital status, gender or address. Dates and
 * numbers elsewhere stay, since work history needs them.
 */
export function maskIdentity(text: string, identity: Identity): string {
  let masked = text.replace(LABELLED_LINE, (_line, label: string) => `${label}${MASK}`);
  masked = masked.replace(EMAIL, MASK).replace(URL, MASK).replace(GENDER_WORDS, MASK);
  masked = masked.replace(PHONE, (found) => (digits(found).length >= 7 && !isYearRange(found) ? MASK : found));
  const words = [
    identity.name,
    ...identity.name.split(/[\s,.-]+/).filter((part) => part.length >= 3),
    ...(identity.location ? [identity.location] : []),
  ];
  for (const word of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    if (!word.trim()) continue;
    masked = masked.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped(word.trim())}(?![\\p{L}\\p{N}])`, 'giu'), MASK);
  }
  if (identity.phone && digits(identity.phone).length >= 7) {
    masked = masked.split(identity.phone).join(MASK);
  }
  return masked;
}

/** "2015 - 2021" and "2019–2023" look like phone numbers to a pattern, and are not. */
function isYearRange(text: string): boolean {
  return /^\(?(19|20)\d{2}\)?\s*[-–.\s]\s*\(?(19|20)\d{2}\)?$/.test(text.trim());
}

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** The country a number without one is read in, from the candidate's language. */
const COUNTRY_OF_LANGUAGE: Record<string, CountryCode> = { nl: 'NL', et: 'EE' };

/**
 * One key for every way of writing the same phone number: E.164 when
 * libphonenumber can read it (+31 6 1234 5678, 06-12345678 for a Dutch
 * candidate, 0031 6 …), else its digits. Too short to name a person: null.
 */
export function phoneKey(phone: string | null | undefined, language?: string | null): string | null {
  if (!phone) return null;
  const written = phone.trim().replace(/^00(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(written, COUNTRY_OF_LANGUAGE[language ?? ''] ?? undefined);
  if (parsed?.isValid()) return parsed.number;
  const digits = written.replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(0, 20) : null;
}

/** Case, accents, punctuation and spacing aside, the same words: "José  van der Berg" = "jose van der berg". */
export function nameKey(name: string | null | undefined): string | null {
  const key = plain(name);
  return key ? key.slice(0, 200) : null;
}

/** Two free-text values (a city, an employer) that say the same thing once case, accents and spacing are set aside. */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = plain(a);
  return left !== '' && left === plain(b);
}

function plain(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The keys stored with a candidate, so that its possible duplicates are found by index. */
export function matchKeysOf(candidate: { name: string; phone?: string | null; language?: string | null }): {
  nameKey: string | null;
  phoneKey: string | null;
} {
  return { nameKey: nameKey(candidate.name), phoneKey: phoneKey(candidate.phone, candidate.language) };
}

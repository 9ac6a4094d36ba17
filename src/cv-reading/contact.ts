import { languageCode } from '../imports/language-names';
import { normaliseText } from '../scoring/text';
import { competenciesIn } from './competencies';
import { Line } from './lines';
import { Sections } from './sections';
import { isTitleLike } from './titles';
import { ProposedValue } from './types';

/*
 * Bounded parts (RFC 5321: a local part of at most 64, labels of at most 63)
 * keep the pattern linear: unbounded ones made a long line ending in "@"
 * take seconds, each start position scanning to the end again.
 */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/;
/** Where to look for an address: around each "@", not the whole of a long line. */
const AROUND_AT = 340;
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
/*
 * International (+31 6 12 34 56 78, +372 5123 4567, 0031 …) and national
 * (06-12345678, 020 123 4567, 5123 4567) forms; the digit count is checked
 * afterwards so that dates and postcodes do not pass.
 */
const PHONE = /(?<![\w+])(?:\+|00)?\d[\d ()./–-]{6,18}\d(?!\w)/g;
const PHONE_LABEL = /\b(?:tel|telefoon|telefon|phone|mobiel|mobile|mob|gsm|telefoninumber)\b/i;
const NAME_LABEL =
  /^(?:naam|nimi|name|ees- ja perekonnanimi|full name|(?:first name\(s\)|surname\(s\))\s*\/\s*(?:first name\(s\)|surname\(s\))|voornaam en achternaam|naam en voornaam)\s*[:|]\s*(.+)$/i;
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?|\p{Lu}\.)$/u;
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'het',
  "'t",
  'von',
  'le',
  'la',
  'du',
  'da',
  'dos',
  'op',
]);
const NOT_NAMES = new Set(
  'curriculum|vitae|resume|résumé|elulookirjeldus|persoonlijke|gegevens|personal|details|contact|adres|address|aadress|nederland|eesti|estonia|netherlands|the|tallinn|tartu|amsterdam|rotterdam|utrecht|pärnu|rijbewijs|hobby|mei|juni|heden|present'.split(
    '|',
  ),
);

export interface Contact {
  name: ProposedValue | null;
  email: ProposedValue | null;
  phone: ProposedValue | null;
}

export function readContact(lines: Line[], sections: Sections): Contact {
  let email: ProposedValue | null = null;
  let phone: ProposedValue | null = null;
  let name: ProposedValue | null = null;
  const contactLines: number[] = [];
  for (const line of lines) {
    if (!line.text) continue;
    const match = line.text.includes('@') ? emailIn(line.text) : null;
    if (match) contactLines.push(line.index);
    if (match && !email) {
      const start = line.start + match.index;
      email = { value: match[0].replace(/\.$/, ''), span: { start, end: start + match[0].length }, confidence: 0.98 };
    } else if (!match && !email && line.text.includes('@')) {
      email = brokenEmail(line, lines[line.index + 1]);
    }
    if (!phone) {
      phone = phoneIn(line);
      if (phone) contactLines.push(line.index);
    }
    if (!name) {
      const labelled = NAME_LABEL.exec(line.text);
      if (labelled && nameLike(labelled[1].trim())) {
        const value = labelled[1].trim();
        const start = line.start + line.text.indexOf(value);
        name = { value, span: { start, end: start + value.length }, confidence: 0.95 };
      }
    }
  }
  return { name: name ?? guessName(lines, sections, contactLines), email, phone };
}

/**
 * The first name-like line outside any section or under personal details;
 * failing that, one within a few lines of the e-mail or phone, as a
 * two-column CV puts it after a sidebar of skills and languages.
 */
function guessName(lines: Line[], sections: Sections, contactLines: number[]): ProposedValue | null {
  let nearContact: ProposedValue | null = null;
  let nonEmpty = 0;
  for (const line of lines) {
    if (line.text) nonEmpty++;
    const { text, offset } = undecorated(line.text);
    const norm = text === line.text ? line.norm : normaliseText(text);
    // "Elulookirjeldus: Name" reads as an inline heading; with the document's word taken off, it is the name.
    const decorated = text !== line.text;
    if (!text || (sections.heading[line.index] && !decorated) || !nameLike(text) || isTitleLike(norm)) continue;
    // Capitals are a name's style only at the top of a CV; further down they set headings.
    if (!/\p{Ll}/u.test(text) && nonEmpty > 3) continue;
    if (languageCode(text.split(' ')[0]) || competenciesIn(norm).length) continue;
    const kinds = sections.kindsOf[line.index];
    const span = { start: line.start + offset, end: line.start + offset + text.length };
    if (kinds.length === 0 || kinds.includes('personal')) return { value: text, span, confidence: 0.85 };
    if (!nearContact && contactLines.some((at) => Math.abs(at - line.index) <= 3)) {
      nearContact = { value: text, span, confidence: 0.6 };
    }
  }
  return nearContact;
}

/** What a CV's title says it is, before or after the name on one line ("Curriculum vitae – Name", "Name | CV"). */
const DOCUMENT_WORDS = String.raw`(?:(?:europass\s+)?(?:curriculum vitae|cv)|r[ée]sum[ée]|resume|levensloop|elulookirjeldus|elulugu)`;
/** "CV / Резюме – Name", "Cv van Name", "CV Name": the document's name may come with its translation. */
const DECORATED_BEFORE = new RegExp(
  String.raw`^${DOCUMENT_WORDS}(?:\s*\/\s*[\p{L}]+)?(?:\s*(?:[–—:|-]|of|van)\s*|\s+)`,
  'iu',
);
/** "Name – CV", "Name – curriculum vitae in briefvorm" (a CV written as a letter). */
const DECORATED_AFTER = new RegExp(
  String.raw`\s*[–—:|-]\s*${DOCUMENT_WORDS}(?:\s+(?:in|als|as|in the form of)(?:\s+\p{L}+){1,2})?$`,
  'iu',
);

/** A line with the document's own name taken off either end, and where what is left starts. */
function undecorated(written: string): { text: string; offset: number } {
  // A name is at most 60 characters (nameLike); the patterns are not run on long lines, where they would cost time.
  if (written.length > 100) return { text: written, offset: 0 };
  const before = DECORATED_BEFORE.exec(written);
  // "CV Kandidaat Elf": without a mark between them, only a capital says the name begins ("CV writing" is a skill).
  const offset = before && /^\p{Lu}/u.test(written.slice(before[0].length)) ? before[0].length : 0;
  const text = written.slice(offset).replace(DECORATED_AFTER, '');
  return { text, offset };
}

/** An address a narrow PDF column broke after the domain ("…@example" / ".com"): joined, less surely. */
/** The first address in a text, and where it starts; the pattern runs on a window around each "@". */
function emailIn(text: string): { 0: string; index: number } | null {
  let tries = 0;
  for (let at = text.indexOf('@'); at !== -1 && tries < 20; at = text.indexOf('@', at + 1)) {
    if (at === 0 || !LOCAL_CHAR.test(text[at - 1])) continue;
    tries++;
    const from = Math.max(0, at - 65);
    const match = EMAIL.exec(text.slice(from, at + AROUND_AT));
    if (match && from + match.index <= at) return { 0: match[0], index: from + match.index };
  }
  return null;
}

function brokenEmail(line: Line, next: Line | undefined): ProposedValue | null {
  const head = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,200}$/.exec(line.text.slice(-270));
  const tail = next && /^\.?[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.?[A-Za-z]{2,}\b/.exec(next.text.slice(0, 256));
  if (!head || !tail) return null;
  const value = head[0] + tail[0];
  if (!EMAIL.test(value)) return null;
  const start = line.end - Math.min(line.text.length, 270) + head.index;
  return { value, span: { start, end: next.start + tail[0].length }, confidence: 0.7 };
}

function nameLike(written: string): boolean {
  if (written.length > 60 || /[\d@,:;|/()]/.test(written)) return false;
  // A name set in capitals ("KANDIDAAT ELF") is read as if capitalised.
  const text = /\p{Ll}/u.test(written)
    ? written
    : written
        .toLowerCase()
        .replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  const words = text.split(/\s+/);
  // Names of five parts are common enough: "María José Fernández García López", "Jan Willem Hendrik de Vries".
  if (words.length < 2 || words.length > 6) return false;
  let capitalised = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower)) return false;
    if (PARTICLES.has(word) && word !== words[0]) continue;
    if (!NAME_WORD.test(word)) return false;
    capitalised++;
  }
  return capitalised >= 2 && capitalised <= 5 && NAME_WORD.test(words[words.length - 1]);
}

function phoneIn(line: Line): ProposedValue | null {
  PHONE.lastIndex = 0;
  for (let match = PHONE.exec(line.text); match; match = PHONE.exec(line.text)) {
    // "(010) 123 45 67": the bracket before the area code belongs to the number.
    const bracketed = match.index > 0 && line.text[match.index - 1] === '(' && /^\d{2,4}\)/.test(match[0]);
    const written = match[0].trim();
    const digits = written.replace(/\D/g, '').length;
    const international = written.startsWith('+') || written.startsWith('00');
    // Dutch national numbers have 10 digits, British ones 11 (07700 900123).
    const national = /^0\d/.test(written) && digits >= 10 && digits <= 11;
    const estonian = /^[5-8]\d{2,3} ?\d{3,4}$/.test(written) && digits >= 7 && digits <= 8;
    // North American: "(555) 010-0199", "555-010-0199", "555.010.0199"; ten digits, no trunk prefix either.
    const northAmerican =
      digits === 10 && (bracketed ? /^\d{3}\) ?\d{3}[-. ]\d{4}$/ : /^\d{3}([-.])\d{3}\1\d{4}$/).test(written);
    const labelled = PHONE_LABEL.test(line.text);
    // An Estonian number has no trunk prefix to tell it: taken when labelled, or standing on the contact line or alone.
    const contactPlace = line.text.includes('@') || [written, `(${written}`].includes(line.text.trim());
    // Belgian landlines have nine digits ("09 245 71 38"): taken where an Estonian number would be.
    const belgianLandline = /^0\d/.test(written) && digits === 9;
    const unprefixed = (estonian || northAmerican || belgianLandline) && (labelled || contactPlace);
    if ((international && digits >= 9 && digits <= 15) || national || unprefixed) {
      if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(written)) continue;
      const value = bracketed ? `(${written}` : written;
      const start = line.start + match.index + (bracketed ? -1 : match[0].indexOf(written));
      return { value, span: { start, end: start + value.length }, confidence: labelled ? 0.95 : 0.85 };
    }
  }
  return null;
}

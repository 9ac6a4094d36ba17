import { Line } from './lines';
import { Sections } from './sections';
import { isTitleLike } from './titles';
import { ProposedValue } from './types';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
/*
 * International (+31 6 12 34 56 78, +372 5123 4567, 0031 …) and national
 * (06-12345678, 020 123 4567, 5123 4567) forms; the digit count is checked
 * afterwards so that dates and postcodes do not pass.
 */
const PHONE = /(?<![\w+])(?:\+|00)?\d[\d ()./-]{6,18}\d(?!\w)/g;
const PHONE_LABEL = /\b(?:tel|telefoon|telefon|phone|mobiel|mobile|mob|gsm|telefoninumber)\b/i;
const NAME_LABEL = /^(?:naam|nimi|name|ees- ja perekonnanimi|full name)\s*:\s*(.+)$/i;
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
  let nameGuess: ProposedValue | null = null;
  for (const line of lines) {
    if (!line.text) continue;
    if (!email) {
      const match = EMAIL.exec(line.text);
      if (match) {
        const start = line.start + match.index;
        email = { value: match[0].replace(/\.$/, ''), span: { start, end: start + match[0].length }, confidence: 0.98 };
      }
    }
    if (!phone) phone = phoneIn(line);
    if (!name) {
      const labelled = NAME_LABEL.exec(line.text);
      if (labelled && nameLike(labelled[1].trim())) {
        const value = labelled[1].trim();
        const start = line.start + line.text.indexOf(value);
        name = { value, span: { start, end: start + value.length }, confidence: 0.95 };
      } else if (!nameGuess && !sections.heading[line.index] && nameLike(line.text) && !isTitleLike(line.norm)) {
        const kinds = sections.kindsOf[line.index];
        // Outside a section, or under personal details, a name-like line is the name; elsewhere it may be a skill.
        const outside = kinds.length === 0 || kinds.includes('personal');
        nameGuess = { value: line.text, span: { start: line.start, end: line.end }, confidence: outside ? 0.85 : 0.4 };
        if (!outside) nameGuess = null;
      }
    }
    if (email && phone && name) break;
  }
  return { name: name ?? nameGuess, email, phone };
}

function nameLike(text: string): boolean {
  if (text.length > 60 || /[\d@,:;|/()]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  let capitalised = 0;
  for (const word of words) {
    const lower = word.toLowerCase();
    if (NOT_NAMES.has(lower)) return false;
    if (PARTICLES.has(word) && word !== words[0]) continue;
    if (!NAME_WORD.test(word)) return false;
    capitalised++;
  }
  return capitalised >= 2 && capitalised <= 4 && NAME_WORD.test(words[words.length - 1]);
}

function phoneIn(line: Line): ProposedValue | null {
  PHONE.lastIndex = 0;
  for (let match = PHONE.exec(line.text); match; match = PHONE.exec(line.text)) {
    const written = match[0].trim();
    const digits = written.replace(/\D/g, '').length;
    const international = written.startsWith('+') || written.startsWith('00');
    const national = /^0\d/.test(written) && digits === 10;
    const estonian = /^[5-8]\d{2,3} ?\d{3,4}$/.test(written) && digits >= 7 && digits <= 8;
    const labelled = PHONE_LABEL.test(line.text);
    if ((international && digits >= 9 && digits <= 15) || national || (estonian && labelled)) {
      if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(written)) continue;
      const start = line.start + match.index + match[0].indexOf(written);
      return { value: written, span: { start, end: start + written.length }, confidence: labelled ? 0.95 : 0.85 };
    }
  }
  return null;
}

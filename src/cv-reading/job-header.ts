import { normaliseText as normalise } from '../scoring/text';
import { labelOf } from './labels';
import { Line } from './lines';
import { Sections } from './sections';
import { hasLegalForm, isCompanyLike, titleScore } from './titles';

/*
 * The header of a job in a work history: the lines and pieces of lines that
 * name its title and employer around its dates.
 */
/**
 * Where a header line splits into title, employer and place; also after a
 * legal form that ends a name ("… B.V. Key Accountmanager"), not one that
 * opens it ("OÜ Kontor", as Estonian writes it).
 */
export const PIECE_SEPARATOR =
  /\s+[|–—·/-]\s+|\s*\|\s*|\t+|\s{3,}|\s*,\s+|\s+(?:bij|at|@|in)\s+(?=\p{Lu})|(?<=\p{L}\S*\s+(?:B\.V\.|BV|N\.V\.|NV|OÜ|Ltd\.?|GmbH|Inc\.?))\s+(?=\p{Lu})/u;
export const MAX_HEADER_LINES = 3;
/** Words that lead into a title in prose-like headers ("2018 – 2021 werkzaam als Accountmanager"). */
const LEAD_IN =
  /^(?:[Ww]erkzaam als|[Ii]n dienst als|[Ii]n de functie van|[Ww]orking as|[Ww]orked as|[Ee]mployed as|[Tt]öötasin|[Aa]ls|[Aa]s)\s+(?=\p{Lu})/u;
/** Where a header's own words end and a sentence of duties begins: a full stop after a word or a bracket. */
const SENTENCE_END = /(?:\p{Ll}{4}|\)|\.)\.\s+(?=\p{Lu})/u;
/** Column names of a table's first row ("Periode | Werkgever | Functie"): not a job. */
export const COLUMN_NAMES =
  /^(?:(?:periode|period|periood|ajavahemik|dates?|datum|aeg|werkgever|employer|company|bedrijf|organisatie|organisation|organization|organisatie|tooandja|ettevote|asutus|jaren|years|aastad|functie|function|role|position|title|job title|ametikoht|amet|positsioon)\s*)+$/;

/** A duration beside the dates ("(2 jaar)", "· 3 yrs 2 mos", "(4 a)") says nothing of title or employer. */
const DURATION =
  /[(·]?\s*\d+\s*(?:yrs?|years?|jaar|jaren|aastat?|a|mos?|months?|maanden|mnd|kuud?)\b(?:\s*\d+\s*(?:mos?|months?|maanden|mnd|kuud?)\b)?\s*\)?/giu;

export function pieces(text: string): string[] {
  const end = SENTENCE_END.exec(text);
  return (
    (end ? text.slice(0, end.index + end[0].indexOf('.', 1)) : text)
      .replace(DURATION, ' ')
      .replace(/\(\s*\)|\[\s*\]/g, ' ')
      .split(PIECE_SEPARATOR)
      .map((piece) => piece?.replace(/^[\s:;,.|–—·)-]+|[\s:;,|–—·(-]+$/g, '').replace(LEAD_IN, ''))
      .filter((piece): piece is string => !!piece && /\p{L}{2}/u.test(piece) && !COLUMN_NAMES.test(normalise(piece)))
      .flatMap(titleBeforeCompany)
      // "Account Manager (Contoso Ltd)": a whole piece in brackets is a name like any other.
      .map((piece) => piece.replace(/^\(([^()]+)\)$/, '$1'))
  );
}

const TITLE_MODIFIERS = new Set(['senior', 'junior', 'medior', 'key', 'chief', 'hoofd', 'vanem', 'noorem', 'area']);

/**
 * A table cell run together with the next ("Accountmanager Dataflux ICT
 * B.V."): the title words before a company with a legal form are the title.
 */
function titleBeforeCompany(piece: string): string[] {
  if (!hasLegalForm(piece)) return [piece];
  const words = piece.split(/\s+/);
  let titleEnd = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const norm = normalise(words[i]);
    if (titleScore(norm) > 0) titleEnd = i + 1;
    else if (!TITLE_MODIFIERS.has(norm)) break;
  }
  const company = words.slice(titleEnd);
  // The company keeps a name beside its legal form: "Kontoritehnika OÜ" is one name, not a title and "OÜ".
  if (titleEnd === 0 || company.filter((word) => !hasLegalForm(word)).length === 0) return [piece];
  return [words.slice(0, titleEnd).join(' '), company.join(' ')];
}

/** A line that can be a title or an employer: short, not a list item, not a sentence. */
function headerLike(line: Line): boolean {
  const text = line.text;
  // A full stop ends a sentence, unless it ends a legal form ("Dataflux ICT B.V.").
  if (
    !text ||
    line.bullet ||
    text.length > 80 ||
    (/[.!?;:]$/.test(text) && !(text.endsWith('.') && hasLegalForm(text.slice(-6))))
  )
    return false;
  if (COLUMN_NAMES.test(line.norm) || labelOf(text)?.label === 'duties') return false;
  if (!/^[\p{Lu}\d"'(]/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 9) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\d&]/u.test(word)).length;
  // A duty written without its bullet ("Afstemming met de specialisten lease en private banking") is a sentence.
  if (words.length > 4 && capitalised / words.length < 0.4) return false;
  if (titleScore(line.norm) > 0 || isCompanyLike(text)) return true;
  return capitalised / words.length >= 0.5;
}

export function headerLinesBefore(lines: Line[], sections: Sections, at: number, stop: number): Line[] {
  const found: Line[] = [];
  for (let i = at - 1; i > stop && found.length < MAX_HEADER_LINES; i--) {
    if (sections.heading[i]) break;
    if (!lines[i].text) {
      if (found.length) break;
      continue;
    }
    if (!headerLike(lines[i])) break;
    found.unshift(lines[i]);
  }
  return found;
}

/**
 * A table row whose dates stand beside the employer alone: its title cell
 * wrapped onto the lines above ("Servicedesk" / "medewerker"). Taken only
 * when those short lines, joined, name a job.
 */
export function wrappedTitleBefore(lines: Line[], sections: Sections, at: number, stop: number): Line[] {
  const found: Line[] = [];
  for (let i = at - 1; i > stop && found.length < 2; i--) {
    const line = lines[i];
    if (!line.text || line.bullet || sections.heading[i] || line.text.length > 40 || /[.!?;:,]$/.test(line.text)) break;
    found.unshift(line);
    if (/^\p{Lu}/u.test(line.text)) break;
  }
  if (!found.length || !/^\p{Lu}/u.test(found[0].text)) return [];
  return titleScore(normalise(found.map((line) => line.text).join(' '))) > 0 ? found : [];
}

export function headerLinesAfter(lines: Line[], sections: Sections, at: number, stop: number, most: number): Line[] {
  const found: Line[] = [];
  for (let i = at + 1; i < stop && found.length < most; i++) {
    if (sections.heading[i] || !lines[i].text) break;
    if (COLUMN_NAMES.test(lines[i].norm)) continue;
    if (!headerLike(lines[i])) break;
    found.push(lines[i]);
  }
  return found;
}

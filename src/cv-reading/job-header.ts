import { normaliseText as normalise } from '../scoring/text';
import { labelNamed, labelOf } from './labels';
import { Line } from './lines';
import { isPlace } from './places';
import { Sections } from './sections';
import { hasLegalForm, isCompanyLike, isLegalFormOnly, lowerCaseTitle, titleScore } from './titles';

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
  /\s+(?:[|–—·/-]|\/\/)\s+|\s*\|\s*|\t+|\s{3,}|\s*,\s+|\s+(?:bij|at|@|in)\s+(?=\p{Lu})|(?<=\p{L}\S*\s+(?:B\.V\.|BV|N\.V\.|NV|OÜ|Ltd\.?|GmbH|Inc\.?))\s+(?=\p{Lu})/u;
export const MAX_HEADER_LINES = 3;
/** Words that lead into a title in prose-like headers ("2018 – 2021 werkzaam als Accountmanager"). */
const LEAD_IN =
  /^(?:[Ww]erkzaam als|[Ii]n dienst als|[Ii]n de functie van|[Ww]orking as|[Ww]orked as|[Ee]mployed as|[Tt]öötasin|[Aa]ls|[Aa]s)\s+(?=\p{Lu})/u;
/** Where a header's own words end and a sentence of duties begins: a full stop after a word, a bracket or a legal form. */
const SENTENCE_END = /(?:\p{Ll}{4}|\)|\.|(?<![\p{L}.])(?:AS|OÜ|SE|BV|NV|Ltd|plc|Inc|GmbH|AB|Oy))\.\s+(?=\p{Lu})/u;
/**
 * Column names of a table's first row ("Periode | Werkgever | Functie") and
 * the labels of its cells ("Main duties", "Taken", "Peamised ülesanded"): not a job.
 */
const COLUMN_WORDS =
  'periode|period|periood|ajavahemik|dates?|datum|aeg|werkgever|employer|company|bedrijf|organisatie|organisation|' +
  'organization|tooandja|ettevote|asutus|jaren|years|aastad|functie|function|role|position|title|job title|' +
  'ametikoht|amet|positsioon|main|key|belangrijkste|peamised|duties|responsibilities|tasks|taken|werkzaamheden|' +
  'verantwoordelijkheden|ulesanded|tooulesanded|kohustused|achievements|resultaten|saavutused|wanneer|waar|wat|when|where|what|millal|kus|tooperiood|roll|agentuur|tootamise|vastutusala|tooaeg|tijdvak|ametinimetus|beroep|rol';
export const COLUMN_NAMES = new RegExp(`^(?:(?:${COLUMN_WORDS})\\s*)+$`);
/** LinkedIn's kind of employment beside the employer ("Lone Star Bank · Full-time"): no part of a name. */
const EMPLOYMENT_TYPE =
  /^(?:full time|part time|fulltime|parttime|voltijd|deeltijd|taistooaeg|osaline tooaeg|osalise tooajaga|freelance|self employed|zelfstandig|contract|internship|stage|seasonal|hybrid|hybride|remote|on site|op locatie|kaugtoo)$/;

/**
 * How a line carries LinkedIn's kind of employment: alone ("Full-time", under a title in an employer's group of
 * roles), after a company ("Self-employed · Freelance", "Wessex Telecom plc · Full-time"), or not at all.
 */
export function employmentTypeIn(text: string): 'alone' | 'after' | null {
  const parts = text.split(/\s+·\s+/).map((part) => normalise(part));
  // "Self-employed · Freelance": LinkedIn names the self-employed's company so.
  if (parts.length > 1 && /^(?:self employed|zelfstandig|zzp|fie|eraettevotja)$/.test(parts[0])) return 'after';
  if (parts.every((part) => EMPLOYMENT_TYPE.test(part))) return 'alone';
  return parts.length > 1 && EMPLOYMENT_TYPE.test(parts[parts.length - 1]) ? 'after' : null;
}

/**
 * A note after a comma on how the job was held ("Sales Assistant, part time during studies", "Müüja, suviti"):
 * no title, employer or place, and no reason to take the line for a sentence.
 */
const HOLDING_NOTE =
  /,\s+(?:part[ -]time|full[ -]time|during|while|alongside|beside|weekends?|summers?|holidays?|seasonal|temporary|tijdelijk|deeltijds?|naast|tijdens|in de (?:weekends?|zomer|vakanties?)|vakantiewerk|bijbaan|zaterdag\w*|osalise|osaliselt|suviti|suvel|nadalavahetustel|koolivaheaegadel|oppimise korvalt|koolikorvalt|kooli korvalt)\b[^,()|]*$/iu;

/** A note after a comma on the employer's later or former name: ", na de fusie van 2014 Bank Haaglanden", ", now X". */
const NAME_NOTE =
  /,\s+(?:na de (?:fusie|overname)|after the (?:merger|takeover|acquisition)|since the (?:merger|takeover)|(?:now|nu|thans|tegenwoordig|formerly|voorheen|later|hiljem|praegu|endine|nuevo|heute)\s+\p{Lu}|(?:renamed|hernoemd|omgedoopt)\b).*$/u;

export function withoutHoldingNote(text: string): string {
  return text.replace(HOLDING_NOTE, '').replace(NAME_NOTE, '');
}

/** A duration beside the dates ("(2 jaar)", "· 3 yrs 2 mos", "(4 a)") says nothing of title or employer. */
const DURATION =
  /[(·]?\s*\d+\s*(?:yrs?|years?|jaar|jaren|aastat?|a|mos?|months?|maanden|mnd|kuud?)\b(?:\s*\d+\s*(?:mos?|months?|maanden|mnd|kuud?)\b)?\s*\)?/giu;

export function pieces(text: string): string[] {
  const end = SENTENCE_END.exec(text);
  return (
    withoutHoldingNote(end ? text.slice(0, end.index + end[0].indexOf('.', 1)) : text)
      .replace(/^\[([^[\]]+)\]\s*/, '$1 | ') // "[Employer, Place] Title": the employer in square brackets first.
      .replace(DURATION, ' ')
      // A note in brackets that starts in lower case ("(osalise tööajaga, põhitöö kõrvalt)") is no name.
      .replace(/\s*\((?=\p{Ll})[^()]*\)/gu, ' ')
      .replace(/\(\s*\)|\[\s*\]/g, ' ')
      // "Hovenier (Tuinen Oost, Aalten)", "Ridge Office Supply, Inc. (Omaha, NE)": a bracket of names holds pieces
      // of the header, a bracketed place none.
      .replace(/\s*\(([^()]*,[^()]*)\)/g, (_, inner: string) => (isPlace(inner) ? ' ' : ` | ${inner} | `))
      .split(PIECE_SEPARATOR)
      .map((piece) => piece?.replace(/^[\s:;,.|–—·)/-]+|[\s:;,|–—·(-]+$/g, '').replace(LEAD_IN, ''))
      .filter(
        (piece): piece is string =>
          !!piece &&
          /\p{L}{2}/u.test(piece) &&
          !COLUMN_NAMES.test(normalise(piece)) &&
          !EMPLOYMENT_TYPE.test(normalise(piece)),
      )
      .flatMap(titleBeforeCompany)
      // "Account Manager (Contoso Ltd)": a whole piece in brackets is a name like any other.
      .map((piece) => piece.replace(/^\(([^()]+)\)$/, '$1'))
      // "Ridge Office Supply, Inc.": a legal form split off at a comma ends the name before it.
      .reduce<string[]>((kept, piece) => {
        if (kept.length && isLegalFormOnly(piece)) kept[kept.length - 1] += `, ${piece}`;
        else kept.push(piece);
        return kept;
      }, [])
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

/** Whether a line ends as a sentence does: a full stop counts unless it ends a legal form ("Dataflux ICT B.V.", "Drinks Co."). */
function endsAsSentence(text: string): boolean {
  return /[.!?;:]$/.test(text) && !(text.endsWith('.') && hasLegalForm(text.slice(-6)));
}

/** A line that can be a title or an employer: short, not a list item, not a sentence. */
function headerLike(line: Line): boolean {
  const text = line.text;
  // A note in brackets ("(extrajobb under studierna / part-time during studies)") does not make a header long.
  if (
    !text ||
    line.bullet ||
    withoutHoldingNote(text).replace(/\s*\([^()]*\)/g, '').length > 80 ||
    endsAsSentence(text)
  )
    return false;
  if (COLUMN_NAMES.test(line.norm) || labelOf(text)?.label === 'duties' || isPlace(text)) return false;
  if (!/^[\p{Lu}\d"'(]/u.test(text)) return false;
  // A note in brackets ("Turvatöötaja (osalise tööajaga, põhitöö kõrvalt)") says nothing of the header's shape.
  // Separators ("·", "|", "–") are no words.
  const words = (
    withoutHoldingNote(text)
      .replace(/\s*\([^()]*\)/g, '')
      .trim() || text
  )
    .split(/\s+/)
    .filter((word) => /[\p{L}\d]/u.test(word));
  // A line of cells ("Sales Executive | Al Noor Building Materials Trading LLC, Sharjah, UAE") may hold more words.
  if (words.length > (/\s[|–—]\s/.test(text) ? 14 : 9)) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\d&]/u.test(word)).length;
  // A duty written without its bullet ("Afstemming met de specialisten lease en private banking") is a sentence.
  // … unless it is a title in a language that writes titles in lower case, set apart from a qualifier:
  // "Ejecutiva de ventas – grupos y eventos".
  const lowerCaseTitle =
    words.length <= 7 && /\s[–—|]\s/.test(text) && titleScore(normalise(text.split(/\s[–—|]\s/)[0])) > 0;
  if (words.length > 4 && capitalised / words.length < 0.4 && !lowerCaseTitle) return false;
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
    if (!headerLike(lines[i]) && !(i === at - 1 && !lines[i].bullet && lowerCaseTitle(lines[i].text, lines[i].norm)))
      break;
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

/**
 * "• Account Manager — Northwind Ltd" with the dates alone on the next line:
 * a list item right above such dates is the job's header when it splits into
 * a title and a name, as a duty seldom does, and is no sentence.
 */
export function bulletHeaderBefore(lines: Line[], sections: Sections, at: number, stop: number): Line[] {
  const line = at - 1 > stop ? lines[at - 1] : null;
  if (!line?.bullet || sections.heading[line.index] || line.text.length > 80 || endsAsSentence(line.text)) return [];
  if (!/^[\p{Lu}\d]/u.test(line.text) || line.text.split(/\s+/).length > 10) return [];
  const parts = pieces(line.text);
  if (parts.length < 2 || parts.length > 3) return [];
  const titled = parts.findIndex((part) => titleScore(normalise(part)) > 0);
  const named = parts.some((part, i) => i !== titled && (isCompanyLike(part) || /^[\p{Lu}\d]/u.test(part)));
  return titled >= 0 && named ? [line] : [];
}

/** A department or market that qualifies the title before it: "Assistant Manager – Sales", "Accountmanager – MKB". */
const DEPARTMENT =
  /^(?:sales|verkoop|muuk|retail|export|eksport|marketing|b2b|b2c|sme|smb|mkb|kmo|corporate(?: sales| accounts| clients)?|wholesale|groothandel|hulgimuuk|inside sales|field sales|key accounts?|new business|private clients|particulieren|zakelijk|zakelijke markt|ariklien\w*|erakliendid)$/;

/** Text before a period, without a label that names the period ("Periood:", "From – To |", "Dates"). */
export function labelBefore(text: string): string {
  const label = /^\s*([^|:\t]{2,30}?)\s*[|:\t]?\s*$/u.exec(text);
  return label && labelNamed(label[1]) === 'period' ? '' : text;
}

/**
 * The title is the piece with the most title words; the employer the first
 * company-like piece, else another piece of the title's own line, else the
 * next piece there is.
 */
export function nameEntry(
  labelledGroups: string[][],
  firstHeader: string | undefined,
): { title: string; employer?: string } | null {
  let labelledTitle: string | undefined;
  let labelledEmployer: string | undefined;
  const groups = labelledGroups.map((group) =>
    group
      // A label in a cell of its own ("Position | Corporate Account Manager") names the next cell.
      .map((part, i) => {
        const before = i > 0 ? labelNamed(group[i - 1]) : null;
        return before && !labelNamed(part) ? `${group[i - 1]}: ${part}` : labelNamed(part) ? '' : part;
      })
      .map((part) => {
        const labelled = labelOf(part);
        if (!labelled) return part;
        if (labelled.label === 'title') labelledTitle ??= labelled.value;
        if (labelled.label === 'employer') labelledEmployer ??= labelled.value;
        return labelled.label === 'period' ? '' : labelled.value;
      })
      .filter((part) => part && !COLUMN_NAMES.test(normalise(part))),
  );
  // A town beside the employer ("Hydraulique du Nord SAS – Lille (France)") names neither title nor employer.
  // "Atlântico Cargo Logística, Lda.": a legal form split off at a comma ends the name before it.
  for (const group of groups) {
    for (let i = group.length - 1; i > 0; i--) {
      if (isLegalFormOnly(group[i])) group.splice(i - 1, 2, `${group[i - 1]}, ${group[i]}`);
    }
  }
  const named = groups.flat();
  const parts = named.some((part) => !isPlace(part)) ? named.filter((part) => !isPlace(part)) : named;
  if (labelledTitle) {
    const employer = labelledEmployer ?? parts.find((part) => part !== labelledTitle && isCompanyLike(part));
    return { title: labelledTitle, ...(employer ? { employer } : {}) };
  }
  if (parts.length === 0) return null;
  let best = -1;
  let bestScore = 0;
  parts.forEach((part, i) => {
    // A legal form makes a piece the employer whatever compound it holds ("Kontoritehnika OÜ"); a title is a few words.
    const company = hasLegalForm(part) ? 2 : isCompanyLike(part) ? 0.5 : 0;
    const score = titleScore(normalise(part)) - company - (part.split(/\s+/).length > 7 ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  // Without a title word, the layout tells: a line of its own above the dates is the title.
  if (best === -1 && firstHeader && !isCompanyLike(firstHeader)) best = parts.indexOf(firstHeader);
  if (best === -1) best = parts.findIndex((part) => !isCompanyLike(part));
  if (best === -1) best = 0;
  // "Assistant Manager – Sales": a department after the title, in the same line, is part of it.
  const department = parts[best + 1] !== undefined && DEPARTMENT.test(normalise(parts[best + 1]));
  const sameLine = department && groups.some((group) => group.includes(parts[best]) && group.includes(parts[best + 1]));
  const title = sameLine ? `${parts[best]} – ${parts[best + 1]}` : parts[best];
  const rest = parts.filter((_, i) => i !== best && !(sameLine && i === best + 1));
  const ownLine = groups
    .find((group) => group.includes(parts[best]))!
    .filter((part) => part !== parts[best] && !(sameLine && part === parts[best + 1]));
  const employer = rest.find(isCompanyLike) ?? ownLine[0] ?? rest[0];
  return { title, ...(employer ? { employer } : {}) };
}

/** A row's cells, split at pipes or tabs and trimmed (a pattern with spaces around the pipe is quadratic on long runs of spaces). */
function cellsOf(text: string): string[] {
  return (text.includes('|') ? text.split('|') : text.split(/\t+/)).map((cell) => cell.trim());
}
const HEADER_LOOKBACK = 40;

/**
 * A table row's cells named by the table's header row above it ("Wanneer |
 * Waar | Wat", "Period | Employer | Position"): "Waar: Labora Diagnostics",
 * so that the header, not a guess from the words, says which is the title.
 * Null when no header of labels with as many cells stands above in the section.
 */
export function cellsNamedByHeader(lines: Line[], sections: Sections, at: number): string[] | null {
  const cells = cellsOf(lines[at].text);
  if (cells.length < 2) return null;
  for (let i = at - 1; i >= 0 && at - i <= HEADER_LOOKBACK; i--) {
    if (sections.heading[i] && !sections.inline[i]) return null;
    const header = cellsOf(lines[i].text);
    if (header.length !== cells.length) continue;
    const labels = header.map((cell) => labelNamed(cell));
    // A header that names no title column ("Main duties | Period | Employer") is not to be trusted with the rest.
    if (labels.some((label) => label === null) || !labels.includes('title') || !labels.includes('employer')) continue;
    return cells.flatMap((cell, k) =>
      labels[k] === 'title' || labels[k] === 'employer' ? [`${header[k]}: ${cell}`] : [],
    );
  }
  return null;
}

/** How far below a form's period label its title label stands. */
const FORM_ROWS = 3;

/** A form's labelled period ("Aeg | 09.2018 – praegu") with a labelled title just below ("Ametikoht | Ekspordijuht"). */
export function formJobAt(lines: Line[], at: number): boolean {
  const cells = cellsOf(lines[at].text);
  if (cells.length < 2 || labelNamed(cells[0]) !== 'period') return false;
  for (let i = at + 1; i <= at + FORM_ROWS && i < lines.length; i++) {
    const label = cellsOf(lines[i].text)[0];
    if (labelNamed(label) === 'title') return true;
  }
  return false;
}

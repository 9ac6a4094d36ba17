import { normaliseText } from '../scoring/text';
import { findPeriod, yearsIn } from './dates';
import { levelIn } from './education';
import { clip, Line, LONGEST_ITEM } from './lines';
import { Sections } from './sections';
import { ProposedFact } from './types';

/** Certifications CVs name by their acronym; found anywhere, as written in capitals (PRINCE2 also as Prince2). */
const ACRONYMS =
  /(?<![\p{L}\d])(CFP|CTP|CFA|PMP|PRINCE2|Prince2|ITIL|CPA|ACCA|CIMA|CISA|CISSP|CSM|PSM|IPMA|CMA|FRM|CAIA|ISTQB|TOGAF|CAPM|PMI-ACP|SHRM-CP|CIPS|CEMAP|DipPFS|EFA|EFP|FFP|RBc|RB|RA|AA|Lean Six Sigma|Six Sigma(?: \w+ Belt)?|Scrum Master)(?![\p{L}\d])/u;
/** The Dutch statutory diplomas for financial advice are named "Wft" and the module: "Wft Basis", "Wft Vermogen". */
const WFT = /(?<![\p{L}])Wft(?:\s+\p{Lu}[\p{L}-]+){1,3}/u;
/** A driving licence is personal particulars, not a professional certificate, under whatever heading. */
const DRIVING_LICENCE = /rijbewijs|driving licen|drivers licen|juhiluba|juhiload|juhtimisoigus|fuhrerschein/;
/**
 * Certifications as spelled out (normalised), proposed by name and acronym,
 * "Certified Financial Planner (CFP)", so a profile asking for either finds it.
 */
const SPELLED_OUT: [string, string][] = [
  ['chartered financial analyst', 'CFA'],
  ['certified financial planner', 'CFP'],
  ['certified treasury professional', 'CTP'],
  ['project management professional', 'PMP'],
  ['certified associate in project management', 'CAPM'],
  ['certified sales professional', 'CSP'],
  ['certified public accountant', 'CPA'],
  ['certified management accountant', 'CMA'],
  ['chartered management accountant', 'CIMA'],
  ['financial risk manager', 'FRM'],
  ['chartered alternative investment analyst', 'CAIA'],
  ['certified information systems auditor', 'CISA'],
  ['certified information systems security professional', 'CISSP'],
  ['certified scrum master', 'CSM'],
  ['certified scrummaster', 'CSM'],
  ['professional scrum master', 'PSM'],
];
const SPELLED = new RegExp(
  `(?<![\\p{L}])(${SPELLED_OUT.map(([name]) => name.replace(/ /g, '[\\s-]+')).join('|')})(?![\\p{L}])`,
  'giu',
);
const ACRONYM_OF = new Map(SPELLED_OUT);
/** Spelled-out names that are also job titles: a certificate only under a certificates heading. */
const ALSO_A_TITLE = new Set(['financial risk manager', 'professional scrum master']);
const capitalised = (name: string) => name.replace(/(?<=^| )(?!in )\p{L}/gu, (letter) => letter.toUpperCase());
/** Words that say a certificate is not held yet: a candidate for it, studying for it, expected. */
const NOT_HELD =
  /(?<=^| )(?:candidate|kandidaat|in progress|in preparation|preparing|expected|ongoing|studying|pursuing|working towards|enrolled|registered for|bezig|lopend|lopende|in opleiding|verwacht|studeer|omandamisel|omandan|pooleli|eeldatavalt|oodatav|kasil|valmimas|valmistun|valmistumas|labin|labimas|volg|volgt|gepland|planned|scheduled|booked|koolitusel|lapsed|expired|verlopen|vervallen|aegunud|kehtetu|niet meer bijgehouden|voorbereiding|paused|gepauzeerd|peatatud|exams passed|examens behaald|planeeritud|planeerin|kavas|opin|lapse)(?= |$)/;
/** "Level I passed", "niveau 2 behaald", "I taseme eksam sooritatud": that level is held. */
const LEVEL_PASSED =
  /(?<=^| )(?:level|niveau|tase|taseme) (i{1,3}|[123])(?: exam| examen| eksam)? (?:passed|cleared|geslaagd|behaald|sooritatud|sooritanud)(?= |$)|(?<=^| )(?:passed|cleared) (?:the )?(?:cfa )?level (i{1,3}|[123])(?= |$)|(?<=^| )(i{1,3}|[123]) (?:taseme|tase) (?:eksam )?sooritatud(?= |$)/;
const ROMAN: Record<string, string> = { 1: 'I', 2: 'II', 3: 'III', i: 'I', ii: 'II', iii: 'III' };
/** A table's header row names its columns, not a certificate. */
const COLUMN_NAME =
  /^(?:certificates?|certificaat|certificaten|certifications?|certificering(?:en)?|sertifikaat|sertifikaadid|sertifikaadi nimetus|name|naam|nimi|nimetus|issuer|issued by|issuing (?:body|organi[sz]ation)|uitgever|uitgegeven door|uitgevende instantie|instantie|organisatie|organi[sz]ation|valjaandja|valja antud|year|jaar|aasta|date|datum|kuupaev|obtained|behaald|valid until|geldig tot|kehtiv kuni|kehtivus|level|niveau|tase|institution|instituut|asutus|provider|aanbieder|credential id|number|nummer)$/;
const CELL_BREAK = /\s*[|\t]\s*|\s{2,}/;

/** Whether every cell of the line is a column name ("Certificate | Issuer | Year"). */
export function columnHeader(text: string): boolean {
  const cells = text
    .split(CELL_BREAK)
    .map((cell) => normaliseText(cell))
    .filter(Boolean);
  return cells.length > 0 && cells.every((cell) => COLUMN_NAME.test(cell));
}

/** A line that calls itself a certificate or a diploma in a field: "Certificate in Insurance", "Diploma in …". */
const CALLED_CERTIFICATE = /\b(?:certificate|certification|certificaat|sertifikaat|diploma in|diploma of)\b/;

const YEAR_PART = /\s*[,(–—-]?\s*\(?(?:19|20)\d{2}\)?\s*$/;

/** LinkedIn's line under a certificate: who issued it and when ("Fortinet · Verleend: feb 2021", "Issued Sep 2021"). */
const ISSUED =
  /(?:^|·)\s*(?:verleend|issued|väljastatud|uitgegeven|afgegeven)\b|^(?:expires|expired|valid until|geldig tot|verloopt|kehtib|kehtiv kuni)\b/iu;

/** A line that is a period and nothing more ("June 2013 to Present"), as job portals set under a certificate. */
function onlyDates(text: string): boolean {
  const period = findPeriod(text);
  return !!period && !/\p{L}{3}/u.test(text.slice(0, period.index) + text.slice(period.index + period.length));
}

function organiserInBrackets(text: string, acronym: string): boolean {
  const at = text.indexOf(`(${acronym}`);
  return at > 0 && /\p{L}{3}/u.test(text.slice(0, at));
}

/** A certificate is named in a few words; a sentence under the heading is prose about one. */
function listItem(text: string): boolean {
  return text.length <= 100 && text.split(/\s+/).length <= 10 && !/[.!?]$/.test(text);
}

/** "valid until 05/2024", "geldig tot 2023", "kehtib 2021. aastani": the month and year a certificate runs out. */
const VALID_UNTIL =
  /(?:valid (?:until|to|till)|geldig tot|kehtib|kehtiv kuni|expires?)\s+(?:(\d{1,2})\s?[./]\s?)?((?:19|20)\d\d)/iu;

/** Whether a line says its certificate ran out before the reference date: no longer held, as one "expired". */
function ranOut(text: string, referenceDate: string | undefined): boolean {
  const until = referenceDate ? VALID_UNTIL.exec(text) : null;
  if (!until) return false;
  const month = until[1] ? Number(until[1]) : 12;
  return `${until[2]}-${String(month).padStart(2, '0')}` < referenceDate!.slice(0, 7);
}

export function readCertifications(lines: Line[], sections: Sections, referenceDate?: string): ProposedFact[] {
  const facts: ProposedFact[] = [];
  const seen = new Set<string>();
  const add = (name: string, line: Line, confidence: number, key = name.toUpperCase(), yearText = line.text) => {
    if (seen.has(key)) return;
    seen.add(key);
    const year = yearsIn(yearText).pop();
    facts.push({
      kind: 'certification',
      data: { name: clip(name, 100), ...(year ? { year } : {}) },
      span: { start: line.start, end: line.end },
      confidence,
    });
  };
  for (const line of lines) {
    if (!line.text || line.text.length > LONGEST_ITEM || DRIVING_LICENCE.test(line.norm)) continue;
    if (columnHeader(line.text) || ISSUED.test(line.text) || onlyDates(line.text)) continue;
    if (ranOut(line.text, referenceDate)) continue;
    const kinds = sections.kindsOf[line.index];
    const underHeading =
      kinds.includes('certifications') && !(sections.heading[line.index] && !sections.inline[line.index]);
    const wft = WFT.exec(line.text)?.[0];
    // Under a courses heading it is the course that led to the diploma, and read as one.
    if (wft && (underHeading || !kinds.includes('courses'))) {
      if (!NOT_HELD.test(line.norm)) add(wft, line, underHeading ? 0.9 : 0.75);
      continue;
    }
    // Two-letter Dutch registrations (RA, AA, RB) are words elsewhere, and "Scrum Master" is also a job title.
    // A course's organiser in brackets ("Procurement Essentials (CIPS)") is not a certificate the candidate holds.
    const named = mentions(line.text).filter(
      (mention) =>
        underHeading ||
        (mention.acronym.length > 2 &&
          mention.acronym !== 'Scrum Master' &&
          !mention.titleLike &&
          !(kinds.includes('courses') && organiserInBrackets(line.text, mention.acronym))),
    );
    for (const mention of named) {
      if (mention.held) add(mention.name, line, underHeading ? 0.9 : 0.7, mention.held.toUpperCase(), mention.yearText);
    }
    if (named.length) continue;
    const listed = underHeading && (kinds.length === 1 || onlyBesideDiplomas(kinds, line));
    // Under "Qualifications" (read as education), a line that calls itself a certificate and names no degree is one.
    const qualification =
      !underHeading && kinds.includes('education') && CALLED_CERTIFICATE.test(line.norm) && !levelIn(line);
    if (!listed && !qualification) continue;
    // "FIATA Diploma in Freight Forwarding (2018); APICS CSCP in progress": each clause is judged on its own.
    for (const part of line.text.split(/\s*;\s*/)) {
      if (NOT_HELD.test(normaliseText(part))) continue;
      // A table row names the certificate in its first cell, the issuer and year in the next ones; a dash sets off the issuer too.
      const name = part
        .split(/\s*[|\t]\s*|\s+[–—]\s+/)[0]
        .replace(/^[^:]{3,40}:\s*/, sections.inline[line.index] ? '' : '$&')
        .replace(YEAR_PART, '')
        .replace(/,\s.*$/, (rest) => (qualification ? '' : rest))
        .trim();
      if (/\p{L}{2}/u.test(name) && listItem(name)) add(name, line, qualification ? 0.6 : 0.75, undefined, part);
    }
  }
  return facts;
}

interface Mention {
  acronym: string;
  /** Whether it was written in words that also name a job. */
  titleLike: boolean;
  /** The name to propose: the acronym, the spelled-out name with it, or the level passed. */
  name: string;
  /** What is held, or null when the words around say it is not held yet. */
  held: string | null;
  yearText: string;
}

/** Where a clause about one certificate ends: a list's separators. */
const SEPARATOR = /[,;|•·/]/;

/**
 * Every certificate a line names, spelled out first, each judged on its own
 * clause: "CFP, CFA Level I candidate" holds the CFP and not the CFA.
 */
function mentions(text: string): Mention[] {
  const found: { acronym: string; spelled?: string; from: number; to: number }[] = [];
  SPELLED.lastIndex = 0;
  for (let match = SPELLED.exec(text); match; match = SPELLED.exec(text)) {
    const spelled = normaliseText(match[1]);
    const acronym = ACRONYM_OF.get(spelled);
    if (acronym) found.push({ acronym, spelled, from: match.index, to: match.index + match[0].length });
  }
  const acronyms = new RegExp(ACRONYMS.source, 'gu');
  for (let match = acronyms.exec(text); match; match = acronyms.exec(text)) {
    const acronym = match[1] === 'Prince2' ? 'PRINCE2' : match[1];
    found.push({ acronym, from: match.index, to: match.index + match[0].length });
  }
  const starts = found.map((mention) => mention.from).sort((a, b) => a - b);
  const alone = new Set(found.map((mention) => mention.acronym)).size === 1;
  return found.map(({ acronym, spelled, from, to }) => {
    let clauseStart = from;
    while (clauseStart > 0 && !SEPARATOR.test(text[clauseStart - 1])) clauseStart--;
    let clauseEnd = to;
    while (clauseEnd < text.length && !SEPARATOR.test(text[clauseEnd])) clauseEnd++;
    // Clauses after it that name nothing, only years and notes, are its own: "PMP, 2010 – 2018 (lapsed)".
    for (
      let more = /^[,;|•·/][^,;|•·/\p{Lu}]*(?=[,;|•·/]|$)/u.exec(text.slice(clauseEnd));
      more && more[0].length > 1;
    ) {
      clauseEnd += more[0].length;
      more = /^[,;|•·/][^,;|•·/\p{Lu}]*(?=[,;|•·/]|$)/u.exec(text.slice(clauseEnd));
    }
    // A level passed may follow in the next clause ("Level II candidate, Level I passed"), up to the next certificate.
    const next = starts.find((start) => start >= to) ?? text.length;
    const level = LEVEL_PASSED.exec(normaliseText(text.slice(from, next)));
    const held = level
      ? `${acronym} Level ${ROMAN[level[1] ?? level[2] ?? level[3]]}`
      : NOT_HELD.test(normaliseText(text.slice(clauseStart, clauseEnd)))
        ? null
        : acronym;
    const name = held === acronym && spelled ? `${capitalised(spelled)} (${acronym})` : (held ?? acronym);
    const titleLike = spelled !== undefined && ALSO_A_TITLE.has(spelled);
    return {
      acronym,
      titleLike,
      name,
      held,
      yearText: alone ? text : text.slice(clauseStart, Math.max(clauseEnd, next)),
    };
  });
}

/** Under "Diploma's en certificaten" a line that names no degree is a certificate. */
function onlyBesideDiplomas(kinds: string[], line: Line): boolean {
  return kinds.length === 2 && kinds.includes('education') && !levelIn(line);
}

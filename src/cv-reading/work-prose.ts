import { dutiesRow } from './job-dates';
import { normaliseText as normalise } from '../scoring/text';
import { dayBefore, findPeriod, Period } from './dates';
import { findStart, findUntil } from './dates-prose';
import { Line } from './lines';
import { Paragraph, paragraphs } from './paragraphs';
import { Sections } from './sections';
import { hasLegalForm, titleScore } from './titles';
import type { WorkEntry } from './work';

/*
 * A work history written as sentences: "Between 2010 and 2013 I led the
 * sales team at Contoso Ltd.", "Sinds maart 2021 werk ik als verkoper bij
 * Bakker Groep.", "2010–2013 töötasin müügijuhina ettevõttes Kontor OÜ."
 * Each sentence with a period, a title and an employer (or the words that
 * introduce a title) is a job.
 */

/** A paragraph longer than this is not read as a history: the reader stays bounded on hostile text. */
const MAX_PARAGRAPH = 4000;
const MAX_SENTENCE = 400;
const MAX_TITLE_WORDS = 5;

/** A first person telling what they did: "I", "ik", "ma", or an Estonian verb in the first person past ("töötasin"). */
const FIRST_PERSON =
  /(?:^|[\s,(])(?:I(?!\s+(?:kv|kvartal|poolaasta)\b)|I've|I'm|ik|ma|mina|olin|olen|töötan)(?=[\s,])|\p{Ll}{3,}sin(?=[\s,.])|^(?:Was|Werkte|Worked|Led|Joined)\s/u;
/** Sentences about learning, not working. */
const STUDY =
  /\b(?:studied|study|studeerde|studeer|opleiding|course|cursus|training|graduated|afgestudeerd|oppisin|opin|koolitus|kursus|lopetasin|diploma|degree)/;
/** Saying that one worked, before anything else: "töötasin 2009–2013 müüjana … ja õppisin seal" is a job. */
const WORKED = /\b(?:worked|work|working|werkte|werk|werkzaam|tootasin|tootan|tootanud)\b/;

function isAboutStudy(norm: string): boolean {
  const study = STUDY.exec(norm);
  if (!study) return false;
  const worked = WORKED.exec(norm);
  return !worked || worked.index > study.index;
}
/** Words that say a job is held now: "since April 2023", "sinds 2024", "alates …", "currently". */
const HELD_NOW =
  /\b(?:since|sinds|sedert|vanaf|alates|currently|presently|momenteel|op dit moment|praegu|hetkel|nowadays|to date|tot heden)\b/;
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\d])/u;

/** Words that bring in the title: "as", "als", "in de functie van". */
const TITLE_CUE =
  /(?:^|\s)(?:as|als|werkzaam als|in de functie van|in the role of|in the position of|ametikohal|(?:was|ben|werd) ik|waar ik(?: sindsdien| nu| nog steeds| inmiddels)?|where I(?: have been| am| was| became)(?: now)?|I (?:was|became|am|have been)|olin|olen|sain)\s+(?:an?\s+|een\s+|the\s+|de\s+)?/iu;
/** Words that bring in the employer: "at", "bij", "for", "ettevõttes". */
const EMPLOYER_CUE =
  /(?:^|\s)(?:[Aa]t|[Bb]ij|[Ff]or|[Vv]oor|[Ww]ith|ettevõttes|ettevõtte|firmas|firma|asutuses|pangas|joined|trad ik in dienst bij|(?:came back|returned|moved|switched|went back|went) to|(?:overstap|overstapte|stapte over) naar|(?:kwam|ging) (?:terug )?bij|(?:team|department|division|office|branch) of|(?:afdeling|kantoor|vestiging) van)\s+(?:the\s+|de\s+|het\s+)?(?=[\p{Lu}\d])/u;
const NAME_WORD = /^(?:[\p{Lu}\d][\p{L}\d&'’.-]*|&|van|de|der|den|het|the|of|and|en|und)$/u;
const CONNECTOR = /^(?:van|de|der|den|het|the|of|and|en|und|&)$/;
/** A company named by its legal form, with or without an Estonian case ending: "Kontor OÜ", "Papyrus AS-is". */
const LEGAL_NAME =
  /(?:\p{Lu}[\p{L}\d&'-]*\s+){1,4}(?:OÜ|AS|B\.V\.|BV|N\.V\.|NV|Ltd|GmbH|Inc|LLC|plc)(?![\p{L}])|(?:OÜ|AS)\s+\p{Lu}[\p{L}\d-]*/u;
const LED = /^(?:led|headed|managed|ran)$/i;
const TITLE_MODIFIERS = new Set(
  (
    'senior junior medior key account sales inside outside field regional area national international ' +
    'hoofd vanem noorem commercieel commercial business new team technisch technical'
  ).split(' '),
);

export interface ProseJob {
  title: string;
  employer?: string;
  period: Period;
  paragraph: Paragraph;
  sentence: string;
  /** The job's sentence and those after it that tell no other job: what it says of the work. */
  context: string;
  /** Told in the profile, as the job held now ("Since April 2023 I have been an Account Executive at …"). */
  inProfile?: boolean;
}

/** Whether a paragraph tells a history in the first person, rather than listing it. */
export function isProse(text: string): boolean {
  return text.length >= 40 && FIRST_PERSON.test(text);
}

/**
 * Jobs told in sentences, in paragraphs under a work heading; and from the
 * profile, the job held now, which some CVs state there and nowhere else
 * (whether it is so is for the work history to decide: see readWork).
 */
/** Words a line of prose breaks after mid-sentence: prepositions, articles, conjunctions. */
const OPEN_END =
  /(?<=^| )(?:from|since|until|till|to|in|at|as|and|or|the|a|an|of|for|with|van|vanaf|sinds|tot|in|bij|als|en|of|de|het|een|voor|met|alates|kuni|ja|ning|ka)$/;

export function readProseJobs(lines: Line[], sections: Sections): ProseJob[] {
  const found: ProseJob[] = [];
  // A dated line that tells nothing in the first person is a job's header beside the prose, not part of it.
  // … unless it goes on from a long line that broke mid-sentence ("…, als accountmanager bedrijven, van" / "juli 2006
  // tot maart 2015."), as a PDF wraps a paragraph.
  const continues = (line: Line) => {
    const before = lines[line.index - 1];
    if (!before || before.text.length <= 60 || /[.!?:;]$/.test(before.text) || findPeriod(before.text) !== null)
      return false;
    // … or that broke after a word a sentence cannot end on: "… and worked there from" / "January 2017 until …".
    return /^\p{Ll}/u.test(line.text) || OPEN_END.test(before.norm);
  };
  const header = (line: Line) =>
    line.text.length <= 120 && !FIRST_PERSON.test(line.text) && findPeriod(line.text) !== null && !continues(line);
  // Paragraphs under no known heading ("How I got here") are read too, and kept when they tell two jobs or more.
  const loose: ProseJob[][] = [];
  const profile: ProseJob[] = [];
  for (const paragraph of paragraphs(lines, sections, header)) {
    const kinds = sections.kindsOf[paragraph.first.index];
    const underWork = kinds.includes('work');
    const inProfile = !underWork && kinds.includes('profile');
    if ((!underWork && !inProfile && kinds.length > 0) || paragraph.text.length > MAX_PARAGRAPH) continue;
    // A form's row of duties tells of the job its rows name, not of another.
    const rows = lines.slice(paragraph.first.index, paragraph.last.index + 1);
    if (!isProse(paragraph.text) || rows.some((line) => dutiesRow(line.text))) continue;
    const before = found.length;
    const told = paragraph.text.split(SENTENCE_END);
    const opened: ProseJob[] = [];
    const at = new Map<ProseJob, number>();
    // A start told without a job ("In september 2014 stapte ik over naar de bank."), for the next sentence's job.
    let pending: ReturnType<typeof findStart> = null;
    for (let i = 0; i < told.length; i++) {
      const sentence = told[i];
      if (sentence.length > MAX_SENTENCE) continue;
      const employerBefore = found.at(-1)?.employer;
      let job = jobIn(sentence, employerBefore);
      let open = false;
      const next = told[i + 1] ?? '';
      const start = job || findPeriod(sentence) ? null : findStart(sentence);
      const until = findUntil(sentence);
      if (!job && start) {
        // "In juli 2015 maakte ik de overstap naar X als adviseur. Daar adviseerde ik tot juni 2019 …": a start in
        // one sentence, the end there or in the next, or else where the next job told began.
        const end = [until, findUntil(next)].find((date) => date && date >= start.date) ?? null;
        job = jobIn(sentence, employerBefore, { start: start.date, end, ...start });
        open = job !== null && end === null;
      } else if (!job && pending && until && until >= pending.date) {
        // "… stapte ik over naar de bank. Bij Peelland Bank werd ik accountmanager, tot eind 2018 …"
        job = jobIn(sentence, employerBefore, { start: pending.date, end: until, ...pending, index: 0, length: 0 });
      } else if (!job && findPeriod(next) && !jobIn(next) && next.length <= MAX_SENTENCE) {
        // "Kirkgate hired me as an Account Manager when I came home. From 2019 to 2021 I ran …": the period in the next.
        job = jobIn(`${sentence} ${next}`, employerBefore);
        if (job) i++;
      }
      pending = !job && start ? start : null;
      if (!job) continue;
      const prose = { ...job, paragraph, sentence, context: sentence };
      found.push(prose);
      at.set(prose, i);
      if (open) opened.push(prose);
    }
    // What the sentences after a job's own say, up to the next job, is its duties ("Daar verkocht ik …").
    const mine = found.filter((job) => at.has(job));
    mine.forEach((job, k) => {
      const next = k + 1 < mine.length ? at.get(mine[k + 1])! : told.length;
      job.context = told.slice(at.get(job)!, next).join(' ');
    });
    for (const job of opened) {
      const later = found
        .map((other) => other.period.start)
        .filter((start) => start > job.period.start)
        .sort()[0];
      if (later) job.period = { ...job.period, end: dayBefore(later) };
    }
    if (inProfile) {
      // Of a profile's sentences only a job still held counts: the past is the history's to tell.
      const current = found
        .splice(before)
        .filter((job) => job.period.end === null && HELD_NOW.test(normalise(job.sentence)));
      profile.push(...current.map((job) => ({ ...job, inProfile: true })));
    } else if (!underWork) loose.push(found.splice(before));
  }
  found.push(...profile);
  for (const jobs of loose) if (jobs.length >= 2) found.push(...jobs);
  found.sort((a, b) => a.paragraph.first.index - b.paragraph.first.index);
  return found;
}

/** The job a sentence tells of, or null when it names no period or no title. */
export function jobIn(
  sentence: string,
  employerBefore?: string,
  given?: Period,
): { title: string; employer?: string; period: Period } | null {
  const period = given ?? findPeriod(sentence);
  if (!period || isAboutStudy(normalise(sentence))) return null;
  const rest = `${sentence.slice(0, period.index)} , ${sentence.slice(period.index + period.length)}`;
  const employer = employerIn(rest) ?? sameEmployer(rest, employerBefore);
  const withoutEmployer = employer ? rest.replace(employer.written, ' , ') : rest;
  // Of several cues ("ben ik werkzaam als …"), the first that a title follows; else the title words found anywhere.
  let title: string | null = null;
  for (const cue of withoutEmployer.matchAll(new RegExp(TITLE_CUE.source, 'giu'))) {
    title = titleAfter(withoutEmployer.slice(cue.index + cue[0].length));
    if (title) break;
  }
  const cued = TITLE_CUE.test(withoutEmployer);
  title ??= titleAround(withoutEmployer);
  if (!title || (!employer && !cued)) return null;
  return { title: title[0].toUpperCase() + title.slice(1), ...(employer ? { employer: employer.name } : {}), period };
}

/** "Kirkgate hired me", "Bakker Groep nam mij aan", "Kontor OÜ võttis mind tööle": the employer before the verb. */
const HIRED_BY =
  /(\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\d&'’.-]*|&|van|de|der)){0,4})\s+(?:hired|recruited|employed|took) me\b|(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4})\s+(?:nam|namen) (?:mij|me) aan\b|(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,4})\s+võttis mind\b/u;

function employerIn(text: string): { name: string; written: string } | null {
  const hired = HIRED_BY.exec(text);
  if (hired) {
    const name = (hired[1] ?? hired[2] ?? hired[3]).replace(/^(?:Then|In|After|Dan|Toen|Seejärel)\s+/u, '');
    return { name, written: name };
  }
  const cue = EMPLOYER_CUE.exec(text);
  if (cue) {
    const words = text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 120).split(/\s+/);
    const name: string[] = [];
    for (const word of words) {
      const bare = word.replace(/[,;:)]+$/, '');
      if (!NAME_WORD.test(bare) || (name.length === 0 && CONNECTOR.test(bare))) break;
      name.push(bare);
      if (bare !== word) break;
    }
    while (name.length && CONNECTOR.test(name[name.length - 1])) name.pop();
    const written = name.join(' ');
    const clean = written.replace(/\.$/, '').replace(/-\p{Ll}{1,4}$/u, '');
    if (clean) return { name: clean, written };
  }
  const legal = LEGAL_NAME.exec(text);
  return legal ? { name: legal[0].replace(/-\p{Ll}{1,4}$/u, ''), written: legal[0] } : null;
}

/** "bij hetzelfde kantoor", "at the same bank", "samas ettevõttes": the employer named in brackets, or the one before. */
const SAME_EMPLOYER =
  /(?:bij|voor) (?:hetzelfde|dezelfde) (?:kantoor|bedrijf|werkgever|organisatie|bank)|(?:at|for|with) the same (?:company|firm|bank|employer|business|organi[sz]ation)|samas (?:ettevõttes|pangas|firmas|asutuses)/iu;
const BRACKETED_NAME = /\((\p{Lu}[^()]{1,60})\)/u;

function sameEmployer(text: string, before: string | undefined): { name: string; written: string } | null {
  const same = SAME_EMPLOYER.exec(text);
  if (!same) return null;
  const named = BRACKETED_NAME.exec(text);
  if (named) return { name: named[1].trim(), written: named[0] };
  return before ? { name: before, written: same[0] } : null;
}

/** The title right after its cue: up to the first word that is no part of a name or a title. */
function titleAfter(text: string): string | null {
  const words: string[] = [];
  for (const word of text
    .replace(/^[\s,;:]+/, '')
    .split(/\s+/)
    .slice(0, MAX_TITLE_WORDS)) {
    const bare = word.replace(/[,;:.)]+$/, '');
    const norm = normalise(bare);
    if (!bare || !(titleScore(norm) > 0 || TITLE_MODIFIERS.has(norm) || /^\p{Lu}/u.test(bare))) break;
    words.push(bare);
    if (bare !== word) break;
  }
  const title = words.join(' ');
  // Two words or more in capitals after "as a" are a title the word list may not know ("Claims Handler").
  const capitalised = words.length >= 2 && words.every((word) => /^\p{Lu}/u.test(word));
  return titleScore(normalise(title)) > 0 || capitalised ? title : null;
}

/** The run of title words around the first one ("the sales team", "müügijuhina" as "müügijuht"). */
function titleAround(text: string): string | null {
  const words = text.split(/\s+/).map((word) => word.replace(/^[("']+|[,;:.)"']+$/g, ''));
  const at = words.findIndex(
    (word) => titleScore(normalise(essiveToName(word))) > 0 && !/^(?:team|teams)$/i.test(word),
  );
  if (at < 0) return null;
  let from = at;
  // Back over modifiers ("key account"), and over capitalised words before a capitalised title ("Relationship Manager").
  while (
    from > 0 &&
    at - from < 2 &&
    (isModifier(words[from - 1]) ||
      (/^\p{Lu}/u.test(words[at]) && /^\p{Lu}\p{Ll}+$/u.test(words[from - 1]) && !FUNCTION_WORD.test(words[from - 1])))
  )
    from--;
  let to = at + 1;
  // A title written in capitals runs on in capitals ("Assistant Relationship Manager"); else by title words.
  const capitalised = /^\p{Lu}/u.test(words[at]);
  while (
    to < words.length &&
    to - from < MAX_TITLE_WORDS &&
    (titleScore(normalise(words[to])) > 0 || isModifier(words[to]) || (capitalised && /^\p{Lu}\p{Ll}/u.test(words[to])))
  )
    to++;
  if (words.slice(from, to).some((word) => hasLegalForm(word))) return null;
  const run = words.slice(from, to).join(' ');
  // "I led the sales team": the one who led it was its lead.
  if (/^teams?$/i.test(words[to - 1]) && words.slice(Math.max(0, from - 3), from).some((w) => LED.test(w)))
    return `${run} lead`;
  return essiveToName(run);
}

/** A word that qualifies a title, or a compound of such words: "Key", "Technisch-commercieel". */
function isModifier(word: string): boolean {
  const norm = normalise(word);
  return !!norm && norm.split(' ').every((part) => TITLE_MODIFIERS.has(part));
}

/** Capitalised words that open a sentence rather than a title. */
const FUNCTION_WORD =
  /^(?:I|In|At|As|From|Since|Then|After|Before|When|My|The|Ik|Bij|Als|Van|Sinds|Na|Daarna|Mijn|Ma|Alates|Seejärel|Pärast)$/;

/** Estonian names a role in the essive, "müügijuhina", "kliendihaldurina": as a title, "müügijuht", "kliendihaldur". */
export function essiveToName(title: string): string {
  // The translative says the same: "tulin müügiesindajaks", "sai kliendihalduriks".
  const match = /^(.*\p{L}{3,})(?:na|ks)$/u.exec(title);
  if (!match) return title;
  const stem = match[1];
  let name = stem;
  if (/juhi$/.test(stem)) name = stem.slice(0, -1) + 't';
  else if (/ndi$/.test(stem)) name = stem.slice(0, -3) + 'nt';
  else if (/[^aeiouõäöü]i$/.test(stem)) name = stem.slice(0, -1);
  return titleScore(normalise(name)) > 0 ? name : title;
}

/**
 * A job the profile says is held now stands in the history only when the
 * history lists nothing as current and nothing that began later: then the
 * profile is where the CV keeps its current job. Otherwise the profile
 * retells a listed job, or the career as a whole ("Since 2010 I have sold …").
 */
export function heldNowUnlisted(job: ProseJob, history: WorkEntry[]): boolean {
  const jobs = history.filter((entry) => !entry.nonJob);
  return jobs.every((entry) => entry.period.end !== null && entry.period.start < job.period.start);
}

import { normaliseText } from '../scoring/text';
import { Line, LONGEST_ITEM } from './lines';
import { headWordKind, isGenericHead } from './heading-words';
import { findPeriod } from './dates';
import { isCompanyLike, titleScore, words } from './titles';

export type SectionKind =
  'work' | 'education' | 'skills' | 'languages' | 'courses' | 'certifications' | 'profile' | 'personal' | 'other';

/** Headings in Dutch, Estonian and English, as normalised words. */
const HEADINGS: Record<SectionKind, string[]> = {
  work: words(
    // Jobs and assignments together: "Tööd ja projektid", "Werk en opdrachten", "Experience and projects".
    'tood ja projektid|projektid ja tood|tood ja lepingud|work and projects|jobs and projects|roles and assignments|experience and projects|experience and assignments|' +
      'interim assignments|assignments|opdrachten|werk en projecten|werk en opdrachten|opdrachten en projecten|' +
      'working life|work life|my working life|my work life|beroepsleven|mijn beroepsleven|werkzame leven|tooelu|teenistuskaik|varasem too|karjaar ja tookogemus|experience highlights|relevant work experience|werkervaring|ervaring|loopbaan|arbeidsverleden|relevante werkervaring|werk ervaring|' +
      'professionele ervaring|carriere|werkgevers|functies|tookogemus|tookogemused|kogemus|kogemused|' +
      'tooalane kogemus|tooalane tegevus|erialane kogemus|erialane tookogemus|stages|stage|stageervaring|' +
      'tookohad|varasemad tookohad|senine too|ametikohad|ametikaik|too ja ametikaik|loopbaanoverzicht|professional background|' +
      'professional history|employment record|positions held|work|werk|werkverleden|banen|too|' +
      'nevenfuncties|bijbanen|internships|internship|praktika|tootamine|' +
      'varasem tookogemus|tookogemus ja ametikohad|karjaar|work experience|experience|' +
      'professional experience|employment|employment history|work history|career|career history|' +
      'relevant experience|career summary|timeline|career timeline|tijdlijn|ajatelg|wat ik gedaan heb|wat ik heb gedaan|what i have done|mida olen teinud|' +
      // Headings of CVs written abroad or in two languages: French, Spanish, German, Polish, Italian, Finnish.
      'experience professionnelle|experiences professionnelles|parcours professionnel|experiencia laboral|experiencia profesional|berufserfahrung|beruflicher werdegang|doswiadczenie zawodowe|esperienza professionale|esperienze lavorative|tyokokemus',
  ),
  education: words(
    'opleiding|opleidingen|onderwijs|genoten opleidingen|scholing|studie|studies|opleiding en diplomas|diplomas|diploma s|' +
      'universiteit|hogeschool|hoger onderwijs|university|ulikool|korgkool|diploma|' +
      'haridus|haridustee|hariduskaik|opingud|hariduslik taust|education|academic background|' +
      'education and qualifications|qualifications|academic qualifications|kool|koolid|school|schooling|college|' +
      // Headings of CVs written abroad or in two languages: French, Spanish, German, Polish, Italian, Finnish.
      'formation|formations|formacion|formacion academica|ausbildung|bildungsweg|wyksztalcenie|istruzione|koulutus',
  ),
  skills: words(
    'arvutioskused|digitaalsed oskused|computer skills and tools|tools|vaardigheden|competenties|omadused|expertise|areas of expertise|capabilities|abilities|qualities|kwaliteiten|persoonlijke eigenschappen|eigenschappen|sterke punten|' +
      'kernkwaliteiten|kerncompetenties|vaardigheden en competenties|skills|persoonlijke vaardigheden|' +
      'soft skills|hard skills|technical skills|computervaardigheden|ict vaardigheden|digitale oskused|' +
      'oskused|kompetentsid|' +
      'isikuomadused|tugevused|peamised oskused|muud oskused|arvutioskus|key skills|core competencies|' +
      'competencies|competences|strengths|personal skills|core skills|it skills|computer skills|' +
      'software|what i bring|wat ik meebreng|wat ik te bieden heb|mida ma pakun|what i offer|wat ik goed kan|' +
      'waar ik goed in ben|what i do well|mida ma hasti oskan|milles olen hea|' +
      // Headings of CVs written abroad or in two languages: French, Spanish, German, Polish, Italian, Finnish.
      'competences|competencias|kenntnisse|umiejetnosci|competenze|taidot',
  ),
  languages: words(
    'languages spoken|languages known|known languages|spoken languages|language proficiency|language|taalbeheersing|beheersing talen|talenkennis en vaardigheden|keelteoskus|keeleoskused|talen|talenkennis|taalvaardigheid|keeled|keeleoskus|languages|language skills|' +
      // Headings of CVs written abroad or in two languages: French, Spanish, German, Polish, Italian, Finnish.
      'langues|idiomas|sprachen|sprachkenntnisse|jezyki|jezyki obce|lingue|kielitaito',
  ),
  courses: words(
    'kursused ja koolitused|koolitused ja kursused|opleidingen en cursussen|workshops|seminars|cursussen|trainingen|cursussen en trainingen|trainingen en cursussen|cursus|training|' +
      'aanvullende opleidingen|bijscholing|koolitused|kursused|taiendkoolitus|taiendkoolitused|' +
      'taiendopped|taiendope|koolitus|courses|trainings|training and courses|professional development|' +
      'additional training|further training|bijgehouden vakkennis|permanente educatie|nascholing|bijkomende opleidingen|' +
      'vorming|bijkomende vorming|permanente vorming',
  ),
  certifications: words(
    'certificaten|certificeringen|certificaat|sertifikaadid|sertifikaat|litsentsid|certifications|' +
      'certificates|certification|licences|licenses|accreditations|designations|registrations|regulatory|' +
      'licences and tickets|licences tickets|tickets|professional qualifications|attesten|brevetten|erkenningen|' +
      'kutsetunnistused|registreeringud|cards|certificates of competence|professional registration|kvalifikatsioon|kutse|vakbekwaamheid',
  ),
  profile: words(
    'profiel|in het kort|introductie|luhidalt|luhitutvustus|in short|about|personal statement|persoonlijk profiel|over mij|samenvatting|profiil|minust|kokkuvote|tutvustus|profile|' +
      'summary|about me|professional summary|personal profile|objective|doel|eesmark|' +
      'kort|voorstelling|over mijzelf|over mezelf|wie ben ik|about myself|kes ma olen|' +
      // Headings of CVs written abroad or in two languages: French, Spanish, German, Polish, Italian, Finnish.
      'profil|perfil|profil zawodowy|podsumowanie|a propos|sobre mi|profilo',
  ),
  personal: words(
    'persoonlijke gegevens|personalia|contactgegevens|contact|gegevens|isikuandmed|kontakt|' +
      'kontaktandmed|personal details|personal information|contact details|curriculum vitae|cv|' +
      'elulookirjeldus',
  ),
  other: words(
    'outside work|personal interests|hobbies and interests|hobbys en interesses|hobby s en interesses|huvid ja hobid|muu info|overige informatie|other information|hobby s|hobbys|hobbies|interesses|interests|referenties|references|soovitajad|huvid|hobid|' +
      'huvialad|nevenactiviteiten|vrijwilligerswerk|volunteering|volunteer work|other|overig|overige|' +
      'muu|lisainfo|lisainformatsioon|additional information|publicaties|publications|rijbewijs|' +
      'juhiload|driving licence|vabatahtlik too|projecten|projects|projektid|military|military service|armed forces|' +
      'engagement|maatschappelijke activiteiten|maatschappelijk engagement|uhiskondlik tegevus|community involvement|' +
      'legerdienst|militaire dienst|muu tegevus|muud tegevused|tegevus|other activities|overige activiteiten|' +
      // A list of the accounts one served, after the jobs: their years are the jobs', not jobs of their own.
      'selected accounts|selected clients|main clients|major clients|belangrijkste klanten|referentieklanten|olulisemad kliendid|suuremad kliendid|pohikliendid',
  ),
};

const CONNECTORS = new Set(['en', 'and', 'ja', 'of', 'or', 'voi', 'amp']);
const PHRASES = new Map<string, SectionKind>();
for (const [kind, phrases] of Object.entries(HEADINGS) as [SectionKind, string[]][]) {
  for (const phrase of phrases) PHRASES.set(phrase, kind);
}
const MAX_PHRASE_WORDS = 4;

/** The kinds a heading names ("Cursussen en certificaten": courses and certifications), or null. */
export function headingKinds(norm: string): SectionKind[] | null {
  const words = norm.replace(/^\d+ /, '').split(' ');
  if (words.length === 0 || words.length > 8 || !words[0]) return null;
  const kinds: SectionKind[] = [];
  let at = 0;
  while (at < words.length) {
    if (CONNECTORS.has(words[at])) {
      at++;
      continue;
    }
    let found = 0;
    for (let size = Math.min(MAX_PHRASE_WORDS, words.length - at); size > 0; size--) {
      const kind = PHRASES.get(words.slice(at, at + size).join(' '));
      if (kind) {
        if (!kinds.includes(kind)) kinds.push(kind);
        found = size;
        break;
      }
    }
    if (!found) return null;
    at += found;
  }
  // "Loopbaan in het kort": the qualifier after a heading's kind does not make it a profile too.
  if (kinds.length > 1 && kinds[kinds.length - 1] === 'profile') kinds.pop();
  return kinds.length ? kinds : null;
}

const FILLER_AFTER_HEAD = new Set(
  words(
    'attended|followed|completed|taken|obtained|held|gevolgd|behaald|voltooid|labitud|labinud|omandatud|highlights|details',
  ),
);
const HEAD_THEN = new Set(words('to|in|at|so|tot|bij|since|sinds|until|binnen|within|so far'));
const TRADE_WORDS = new Set(words('sales|verkoop|account|muugi'));
/**
 * References offered and hobbies are the CV's closing matter wherever they
 * stand: "Referenties op aanvraag." under the languages is not a language,
 * "Soovitajad esitan soovi korral." after the courses is not a course.
 */
const CLOSING =
  /^(?:referenties|referentie|references|referees|soovitajad|soovitaja|soovitused|hobby s|hobbys|hobbies|hobid|huvid|huvialad|outside work|in my spare time|in my free time|in mijn vrije tijd|vabal ajal)(?: |$)|(?:op aanvraag|op verzoek|on request|upon request|soovi korral|noudmisel)$/;

/** A line set as a heading: short, capitalised, no digits, no sentence or list punctuation. */
function headingShaped(line: Line): boolean {
  const text = line.text.replace(/:$/, '');
  if (line.bullet || text.length < 3 || text.length > 50 || !/^\p{Lu}/u.test(text)) return false;
  if (/[\d@|,;.!?()]/.test(text) || /\s[–—-]\s/.test(text)) return false;
  return text.split(/\s+/).length <= 6;
}

/** Whether a line names a person's job ("Medewerker opleidingen"); the trade words of sales headings do not count. */
function personTitle(line: Line): boolean {
  // Nor do heading heads themselves: "Müügikogemus" holds the stem of "müügijuht" but is a heading.
  const words = line.norm.split(' ').filter((word) => !TRADE_WORDS.has(word) && !headWordKind(word));
  return titleScore(words.join(' ')) > 0;
}

/**
 * A line that stands like a heading between lists and prose though its words
 * are in no list ("Wat collega's over mij zeggen", "What I bring"): after a
 * blank line, a bullet or a finished sentence, before a bullet or prose, with
 * no dates beside it, and no job title or company in it, which a job's own
 * header would have.
 */
function titleCaseHeading(lines: Line[], at: number): boolean {
  const line = lines[at];
  if (!headingShaped(line) || personTitle(line) || isCompanyLike(line.text)) return false;
  const before = at > 0 ? lines[at - 1] : null;
  const after = lines[at + 1] ?? null;
  if (!after?.text || !before) return false;
  const closedBefore = !before.text || before.bullet || /[.!?)]$/.test(before.text);
  const openAfter = after.bullet || after.text.length >= 60;
  if (!closedBefore || !openAfter) return false;
  // Long lines are prose and hold no job's dates worth the look.
  const dated = (text: string) => text.length <= LONGEST_ITEM && findPeriod(text) !== null;
  return !dated(after.text) && !dated(before.text);
}

/**
 * The kinds of a heading the list does not hold, from its head, the last
 * word ("Beroepservaring", "Sterke kanten", "Sales experience"); a generic
 * head ("Professional background") takes the kind of a listed word before
 * it, else work.
 */
function headKinds(line: Line, jobFollows: boolean): SectionKind[] | null {
  if (!headingShaped(line) || personTitle(line) || isCompanyLike(line.text)) return null;
  // "My career so far", "Mijn loopbaan", "Minu töökäik": the possessive says nothing of the kind.
  // … nor does "in short" after it: "Töökäik lühidalt", "Loopbaan in het kort", "Career in brief".
  const words = line.norm
    .replace(/^(?:my|mijn|minu|our|onze|meie) (?=\S)/, '')
    .replace(/(?<=\S) (?:in het kort|in short|in brief|luhidalt|kokkuvottes)$/, '')
    .split(' ');
  const last = words[words.length - 1];
  // "Courses attended", "Certificates obtained": the participle after the head says nothing of the kind.
  const head = FILLER_AFTER_HEAD.has(last) && words.length > 1 ? words[words.length - 2] : last;
  const byWord = headWordKind(head);
  if (byWord) return [byWord];
  // "Welke talen ik spreek", "Mis keeltes räägin", "How I talk": a short heading about the languages one speaks.
  if (words.length <= 5 && (words.some((word) => SPOKEN_LANGUAGES.test(word)) || /^how i talk$/.test(words.join(' '))))
    return ['languages'];
  // "Brightlane Software" above a title and its dates is an employer whose name ends in a heading's word.
  const kind = jobFollows && words.length > 1 ? null : (PHRASES.get(head) ?? null);
  if (kind) return [kind];
  // "Career to date", "Ervaring in de verkoop": the head first, then where or since when.
  if (words.length <= 4 && (HEAD_THEN.has(words[1] ?? '') || HEAD_THEN.has(words.slice(1, 3).join(' ')))) {
    const first = headWordKind(words[0]) ?? PHRASES.get(words[0]);
    if (first) return [first];
  }
  if (!isGenericHead(last)) return null;
  const named = words.slice(0, -1).flatMap((word) => PHRASES.get(word) ?? []);
  return named.length ? [...new Set(named)] : ['work'];
}

export interface Sections {
  /** The section kinds each line stands under; empty before any heading. */
  kindsOf: SectionKind[][];
  /** Lines that are headings (their own, or "Talen: Nederlands, Engels" with content after the colon). */
  heading: boolean[];
  /** Lines that carry their heading inline: the kinds hold for that line alone. */
  inline: (SectionKind[] | null)[];
}

const INLINE = /^([\p{L} '’&/-]{3,40}):\s*(\S.*)$/u;

const NO_SECTION: SectionKind[] = [];
const OTHER: SectionKind[] = ['other'];
const LEGAL_FORM = /\b(?:B\.?V\.?|N\.?V\.?|OÜ|AS|LTD|GMBH|INC|BANK|GROUP)\b/;

/**
 * A line set like a heading (in capitals, short, no digits) whose words are
 * not in the list: what follows is not the section before it. Readers treat
 * it as no section, so jobs under "SENINE TÖÖ" are still read, less surely,
 * instead of being taken for part of the profile above.
 */
function unknownHeading(line: Line): boolean {
  const text = line.text;
  if (line.bullet || text.length < 6 || text.length > 40 || /[\d@|,.;]/.test(text)) return false;
  if (/\p{Ll}/u.test(text) || !/\p{Lu}{4}/u.test(text) || LEGAL_FORM.test(text)) return false;
  return text.replace(/:$/, '').split(/\s+/).length <= 4;
}

/** Whether one of the next three lines, before any blank, is a short one with a period: a job's header goes on (LinkedIn sets the employer, its years, the title, then the dates). */
function datedSoon(lines: Line[], at: number): boolean {
  for (let i = at + 1; i <= at + 3 && i < lines.length && lines[i].text; i++) {
    if (lines[i].text.length <= LONGEST_ITEM && findPeriod(lines[i].text)) return true;
  }
  return false;
}

/** A language's level on a line of its own, as LinkedIn writes it ("Native or bilingual proficiency"): no heading. */
const PROFICIENCY =
  /\bproficiency\b|werkvaardigheid|professionele vaardigheid|moedertaal of tweetalig|keeleoskus\b|kakskeelne/;

/** Words of a heading about the languages one speaks. */
const SPOKEN_LANGUAGES = /^(?:talen|taal|languages|language|keeltes|keeled|keelt|sprachen|langues|kielet)$/;

/** "LANGUAGES / IEITHOEDD", "Werkervaring / Work experience": a heading with its translation. */
const TRANSLATED_HEADING = /^(.{3,40}?)\s+\/\s+.{3,40}$/;

export function findSections(lines: Line[]): Sections {
  const kindsOf: SectionKind[][] = [];
  const heading: boolean[] = [];
  const inline: (SectionKind[] | null)[] = [];
  let current: SectionKind[] = [];
  for (const line of lines) {
    let kinds: SectionKind[] | null = null;
    let ownLine: SectionKind[] | null = null;
    // A numbered heading ("2. Werkervaring") is a heading still; other list items are not.
    if (line.text.length > 0 && line.text.length <= 60 && (!line.bullet || line.numbered)) {
      kinds = headingKinds(line.norm);
      // "Töökogemus (ajalises järjekorras)", "Work experience (most recent first)": the note in brackets is no part.
      if (!kinds && /^[^,|]+\(.*\)\s*$/.test(line.text))
        kinds = headingKinds(normaliseText(line.text.replace(/\s*\(.*\)\s*$/, '')));
    }
    if (!kinds && !line.bullet && line.text.length <= 90 && TRANSLATED_HEADING.test(line.text)) {
      const first = TRANSLATED_HEADING.exec(line.text)![1];
      const second = line.text.slice(line.text.lastIndexOf('/') + 1);
      if (!/\d/.test(line.text)) kinds = headingKinds(normaliseText(first)) ?? headingKinds(normaliseText(second));
    }
    if (!kinds && line.text.includes(':')) {
      const match = INLINE.exec(line.text);
      if (match) ownLine = headingKinds(normaliseText(match[1]));
    }
    if (!kinds && !ownLine) {
      const byHead = headKinds(line, current.includes('work') && datedSoon(lines, line.index));
      // A head of the section's own kind is an item of it: a list item that lost its bullet ("Communication skills").
      if (byHead && !byHead.every((kind) => current.includes(kind))) kinds = byHead;
    }
    if (!kinds && !ownLine && !line.bullet && CLOSING.test(line.norm)) kinds = OTHER;
    if (kinds) current = kinds;
    else if (
      !ownLine &&
      !(current.includes('languages') && PROFICIENCY.test(line.norm)) &&
      (unknownHeading(line) || titleCaseHeading(lines, line.index))
    )
      current = NO_SECTION;
    kindsOf.push(ownLine ?? current);
    heading.push(kinds !== null || ownLine !== null);
    inline.push(ownLine);
  }
  return { kindsOf, heading, inline };
}

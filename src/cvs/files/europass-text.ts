/*
 * Europass XML and its JSON form as plain text, in the Europass CV's own order and with
 * its English headings, so that the CV reader reads it as it reads a Europass PDF's text.
 * The XML lists its items in "…List" elements and carries dates in attributes
 * (<From year="2019" month="--03"/>); the JSON has arrays and {"Year": 2019, "Month": 3}.
 * Names are looked up without regard to case, so one renderer serves both.
 */

export type EuropassNode = Record<string, unknown>;

const CEFR_SKILLS = ['Listening', 'Reading', 'SpokenInteraction', 'SpokenProduction', 'Writing'];
const GRID_HEADER = 'Other language(s) | Listening | Reading | Spoken interaction | Spoken production | Writing';
/** The other personal skills, in the form's order, with its labels. */
const OTHER_SKILLS: [string, string][] = [
  ['Communication', 'Communication skills'],
  ['Organisational', 'Organisational / managerial skills'],
  ['JobRelated', 'Job-related skills'],
  ['Computer', 'Digital skills'],
  ['Other', 'Other skills'],
];
/** Items of one list rendered at most: a CV has a few dozen. */
const MAX_ITEMS = 200;
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** A node's child by name, in any case: the XML's attribute "year" is the JSON's "Year". */
export function child(node: unknown, name: string): unknown {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const record = node as EuropassNode;
  if (name in record) return record[name];
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

function path(node: unknown, ...names: string[]): unknown {
  return names.reduce((at, name) => child(at, name), node);
}

/** The items of a list: the XML's <WorkExperienceList><WorkExperience>, or the JSON's "WorkExperience" array. */
export function items(node: unknown, name: string): unknown[] {
  const value = child(child(node, `${name}List`), name) ?? child(node, name);
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).slice(0, MAX_ITEMS);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The lines of a value. Europass keeps rich text (activities, skills) as HTML: list items
 * become lines of their own with a bullet, paragraphs and breaks end a line, other tags go.
 */
function lines(value: unknown): string[] {
  const raw =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : typeof child(value, '#text') === 'string'
        ? (child(value, '#text') as string)
        : '';
  return raw
    .replace(/<li\b[^<>]{0,200}>/gi, '\n• ')
    .replace(/<\/?(?:p|div|ul|ol|li|br|h\d)\b[^<>]{0,200}>/gi, '\n')
    .replace(/<[^<>]{0,200}>/g, '')
    .replace(
      /&#(\d{1,7});|&#x([0-9a-f]{1,6});|&([a-z]{2,5});/gi,
      (whole, dec?: string, hex?: string, name?: string) => {
        const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
        if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
        return ENTITIES[name!.toLowerCase()] ?? whole;
      },
    )
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '' && line !== '•');
}

export function text(value: unknown): string {
  return lines(value).join(' ');
}

/** A coded value ({Code, Label}): its label as written, else the code. */
function label(value: unknown): string {
  return text(child(value, 'Label')) || text(child(value, 'Code')) || text(value);
}

/** "03/2019", or "2019" when the month is not given; the XML writes the month "--03". */
function date(value: unknown): string {
  const year = text(child(value, 'year')).replace(/\D/g, '');
  if (!/^\d{4}$/.test(year)) return '';
  const month = Number(text(child(value, 'month')).replace(/\D/g, ''));
  return month >= 1 && month <= 12 ? `${String(month).padStart(2, '0')}/${year}` : year;
}

function period(value: unknown): string {
  const from = date(child(value, 'From'));
  if (!from) return '';
  const current = text(child(value, 'Current')).toLowerCase() === 'true';
  const to = current ? 'present' : date(child(value, 'To'));
  return to ? `${from} – ${to}` : from;
}

/** A country in English by its two-letter code ("nl", "NL"); any other code as written. */
export function countryName(code: string): string {
  const upper = code.toUpperCase();
  return (/^[A-Z]{2}$/.test(upper) && COUNTRY_NAMES.of(upper)) || code;
}

function country(value: unknown): string {
  return text(child(value, 'Label')) || countryName(text(child(value, 'Code')));
}

/** "Street 1, 1234 AB Town (Country)", leaving out what is not given. */
export function place(street: string, postalCode: string, town: string, land: string): string {
  const parts = [street, [postalCode, town].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return land ? `${parts}${parts ? ' ' : ''}(${land})` : parts;
}

/** "Street 1, 1234 AB Town (Country)" from an address's contact element. */
function address(contact: unknown, withStreet: boolean): string {
  const street = withStreet ? text(child(contact, 'AddressLine')) : '';
  const land = country(child(contact, 'Country'));
  return place(street, text(child(contact, 'PostalCode')), text(child(contact, 'Municipality')), land);
}

/** An employer or school, with its town and country as the form prints them. */
function organisation(value: unknown): string {
  const name = text(child(value, 'Name'));
  const place = address(path(value, 'ContactInfo', 'Address', 'Contact'), false);
  return [name, place].filter(Boolean).join(', ');
}

function personal(learner: unknown): string[] {
  const identification = child(learner, 'Identification');
  const name = path(identification, 'PersonName');
  const out = [[text(child(name, 'FirstName')), text(child(name, 'Surname'))].filter(Boolean).join(' ')];
  const contact = child(identification, 'ContactInfo');
  const home = address(path(contact, 'Address', 'Contact'), true);
  if (home) out.push(`Address: ${home}`);
  const email = text(path(contact, 'Email', 'Contact'));
  if (email) out.push(`E-mail: ${email}`);
  for (const phone of items(contact, 'Telephone')) {
    const number = text(child(phone, 'Contact'));
    if (number) out.push(`Phone: ${number}`);
  }
  for (const site of items(contact, 'Website')) {
    const url = text(child(site, 'Contact'));
    if (url) out.push(`Website: ${url}`);
  }
  return out.filter(Boolean);
}

/** One entry of work or education: period, what, where, then its activities a line each. */
export function entry(when: string, what: string, where: string, details: unknown[]): string[] {
  if (!what && !where) return [];
  return ['', when, what, where, ...details.flatMap(lines)].filter((line, i) => i === 0 || line);
}

function work(learner: unknown): string[] {
  const jobs = items(learner, 'WorkExperience').flatMap((job) =>
    entry(period(child(job, 'Period')), label(child(job, 'Position')), organisation(child(job, 'Employer')), [
      child(job, 'Activities'),
    ]),
  );
  return jobs.length ? ['', 'WORK EXPERIENCE', ...jobs] : [];
}

function education(learner: unknown): string[] {
  const studies = items(learner, 'Education').flatMap((study) =>
    entry(period(child(study, 'Period')), text(child(study, 'Title')), organisation(child(study, 'Organisation')), [
      child(study, 'Activities'),
      child(study, 'Skills'),
    ]),
  );
  return studies.length ? ['', 'EDUCATION AND TRAINING', ...studies] : [];
}

/** A language in English by its code ("de", "deu"); the label as written when the code is not a language's. */
export function languageName(code: string, written: string): string {
  const lower = code.toLowerCase();
  const name = /^[a-z]{2,3}$/.test(lower) ? LANGUAGE_NAMES.of(lower) : undefined;
  return name ?? written;
}

/**
 * The languages under a heading of their own, so the skills reader does not take the grid's
 * words for skills: the mother tongues, then the grid, a row per language with its five levels.
 */
export function languageLines(mother: string[], foreign: [string, string[]][]): string[] {
  const out: string[] = [];
  const tongues = mother.filter(Boolean);
  if (tongues.length) out.push(`Mother tongue(s): ${tongues.join(', ')}`);
  const rows = foreign.filter(([name]) => name).map(([name, levels]) => `${name} | ${levels.join(' | ')}`);
  if (rows.length) out.push(GRID_HEADER, ...rows);
  return out.length ? ['Languages', ...out] : [];
}

function describedLanguage(description: unknown): string {
  return languageName(text(child(description, 'Code')), label(description));
}

function skills(learner: unknown): string[] {
  const all = child(learner, 'Skills');
  const linguistic = child(all, 'Linguistic');
  const mother = items(linguistic, 'MotherTongue').map((tongue) => describedLanguage(child(tongue, 'Description')));
  const foreign = items(linguistic, 'ForeignLanguage').map((language): [string, string[]] => [
    describedLanguage(child(language, 'Description')),
    CEFR_SKILLS.map((skill) => text(path(language, 'ProficiencyLevel', skill)).toUpperCase() || '-'),
  ]);
  const out = languageLines(mother, foreign);
  for (const [element, heading] of OTHER_SKILLS) {
    const described = lines(path(all, element, 'Description'));
    if (described.length) out.push(heading, ...described);
  }
  const driving = path(all, 'Driving', 'Description');
  const licences = (Array.isArray(driving) ? driving : items(driving, 'Licence')).map(text).filter(Boolean);
  if (licences.length) out.push(`Driving licence: ${licences.join(', ')}`);
  return out.length ? ['', 'PERSONAL SKILLS', ...out] : [];
}

/** Certificates: the achievements filed as certifications, and the certificates of each language. */
function certificates(learner: unknown): string[] {
  const achieved = items(learner, 'Achievement')
    .filter((achievement) =>
      /certif/i.test(text(path(achievement, 'Title', 'Code')) || label(child(achievement, 'Title'))),
    )
    .flatMap((achievement) => lines(child(achievement, 'Description')));
  const ofLanguages = items(path(learner, 'Skills', 'Linguistic'), 'ForeignLanguage').flatMap((language) =>
    [...items(language, 'Certificate'), ...items(child(language, 'VerifiedBy'), 'Certificate')].map((certificate) =>
      [text(child(certificate, 'Title')), text(child(certificate, 'Level'))].filter(Boolean).join(' '),
    ),
  );
  const all = [...achieved, ...ofLanguages].filter(Boolean);
  return all.length ? ['', 'CERTIFICATES', ...all] : [];
}

/** The other achievements (honours, publications, memberships …) under their own labels. */
function additional(learner: unknown): string[] {
  const out = items(learner, 'Achievement')
    .filter(
      (achievement) => !/certif/i.test(text(path(achievement, 'Title', 'Code')) || label(child(achievement, 'Title'))),
    )
    .flatMap((achievement) => {
      const described = lines(child(achievement, 'Description'));
      return described.length ? [label(child(achievement, 'Title')), ...described].filter(Boolean) : [];
    });
  return out.length ? ['', 'ADDITIONAL INFORMATION', ...out] : [];
}

/** The CV as text: personal information, work, education, personal skills, certificates, the rest. */
export function renderEuropass(passport: EuropassNode): string {
  const learner = child(passport, 'LearnerInfo');
  return [
    ...personal(learner),
    ...work(learner),
    ...education(learner),
    ...skills(learner),
    ...certificates(learner),
    ...additional(learner),
  ]
    .join('\n')
    .trim();
}

import {
  child,
  countryName,
  entry,
  EuropassNode,
  items,
  languageLines,
  languageName,
  place,
  text,
} from './europass-text';

/*
 * The Europass document of the editor used since 2020 (root Candidate, HR-XML 3 based) as
 * plain text of the same shape as the older SkillsPassport's: personal information, work,
 * education, personal skills with the language grid, certificates. Namespace prefixes are
 * gone by the time it gets here (hr:FamilyName is FamilyName) and names are looked up
 * without regard to case, so a variant's spelling is read alike.
 */

/** The language grid's columns, in its order, as the dimension codes name them (CEF-Understanding-Listening …). */
const GRID_DIMENSIONS: RegExp[] = [
  /listening/i,
  /reading/i,
  /interaction/i,
  /(?:speaking|spoken).*production/i,
  /writing/i,
];

/** "03/2019" from "2019-03-15", "2019-03" or "2019-03-15T00:00:00"; "2019" when no month is given. */
function date(value: unknown): string {
  const written = text(child(value, 'FormattedDateTime')) || text(value);
  const match = /^(\d{4})(?:-(\d{1,2}))?/.exec(written);
  if (!match) return '';
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${String(month).padStart(2, '0')}/${match[1]}` : match[1];
}

/** "03/2019 – 02/2021", "03/2019 – present" when current or ongoing, or the start alone. */
function period(value: unknown): string {
  const from = date(child(value, 'StartDate'));
  if (!from) return '';
  const current = /^true$/i.test(text(child(value, 'CurrentIndicator')) || text(child(value, 'Ongoing')));
  const to = current ? 'present' : date(child(value, 'EndDate'));
  return to ? `${from} – ${to}` : from;
}

/** The Address of the first Communication entry that has one. */
function addressOf(contact: unknown): unknown {
  return items(contact, 'Communication')
    .map((communication) => child(communication, 'Address'))
    .find((address) => typeof address === 'object' && address !== null);
}

function formatAddress(address: unknown, withStreet: boolean): string {
  const street = withStreet ? items(address, 'AddressLine').map(text).filter(Boolean).join(', ') : '';
  const town = text(child(address, 'CityName')) || text(child(address, 'City'));
  const land = countryName(text(child(address, 'CountryCode')) || text(child(address, 'Country')));
  return place(street, text(child(address, 'PostalCode')), town, land);
}

/** An employer or school with its town and country, from its contact or, for a job, from the position. */
function organisation(organization: unknown, position?: unknown): string {
  const name = text(child(organization, 'OrganizationName'));
  const address = addressOf(child(organization, 'OrganizationContact'));
  const where = address
    ? formatAddress(address, false)
    : place('', '', text(child(position, 'City')), countryName(text(child(position, 'Country'))));
  return [name, where].filter(Boolean).join(', ');
}

function phone(communication: unknown): string {
  const formatted = text(child(communication, 'FormattedNumber'));
  if (formatted) return formatted;
  const number = text(child(communication, 'DialNumber'));
  const dialing = text(child(communication, 'CountryDialing')).replace(/^\+/, '');
  return number && dialing && !number.startsWith('+') ? `+${dialing} ${number}` : number;
}

function personal(person: unknown): string[] {
  const name = child(person, 'PersonName');
  const out = [[text(child(name, 'GivenName')), text(child(name, 'FamilyName'))].filter(Boolean).join(' ')];
  const communications = items(person, 'Communication');
  const channel = (pattern: RegExp) =>
    communications.filter((communication) => pattern.test(text(child(communication, 'ChannelCode'))));
  const address = addressOf(person);
  const home = address ? formatAddress(address, true) : '';
  if (home) out.push(`Address: ${home}`);
  for (const email of channel(/^e-?mail$/i).map((communication) => text(child(communication, 'URI')))) {
    if (email) out.push(`E-mail: ${email}`);
  }
  for (const number of channel(/telephone|phone|mobile/i).map(phone)) {
    if (number) out.push(`Phone: ${number}`);
  }
  for (const url of channel(/^web/i).map((communication) => text(child(communication, 'URI')))) {
    if (url) out.push(`Website: ${url}`);
  }
  return out.filter(Boolean);
}

function work(profile: unknown): string[] {
  const jobs = items(child(profile, 'EmploymentHistory'), 'EmployerHistory').flatMap((employer) =>
    items(employer, 'PositionHistory').flatMap((position) =>
      entry(
        period(child(position, 'EmploymentPeriod')),
        text(child(position, 'PositionTitle')),
        organisation(employer, position),
        [child(position, 'Description')],
      ),
    ),
  );
  return jobs.length ? ['', 'WORK EXPERIENCE', ...jobs] : [];
}

function education(profile: unknown): string[] {
  const studies = items(child(profile, 'EducationHistory'), 'EducationOrganizationAttendance').flatMap((study) => {
    const degrees = items(study, 'EducationDegree');
    const title = degrees.map((degree) => text(child(degree, 'DegreeName'))).find(Boolean) ?? '';
    return entry(period(child(study, 'AttendancePeriod')), title, organisation(study), [
      child(study, 'Description'),
      ...degrees.map((degree) => child(degree, 'OccupationalSkillsCovered')),
    ]);
  });
  return studies.length ? ['', 'EDUCATION AND TRAINING', ...studies] : [];
}

/** The competencies: those of PersonQualifications, and any filed under Skills or its groups. */
function competencies(profile: unknown): unknown[] {
  const skills = child(profile, 'Skills');
  return [
    ...items(child(profile, 'PersonQualifications'), 'PersonCompetency'),
    ...items(skills, 'PersonCompetency'),
    ...items(skills, 'SkillsGroup').flatMap((group) => items(group, 'PersonCompetency')),
  ];
}

function isLanguage(competency: unknown): boolean {
  return (
    /^language$/i.test(text(child(competency, 'TaxonomyID'))) ||
    items(competency, 'CompetencyDimension').some((dimension) =>
      /^CEF/i.test(text(child(dimension, 'CompetencyDimensionTypeCode'))),
    )
  );
}

/** A language's five levels in the grid's order, "-" where one is not given. */
function levels(competency: unknown): string[] {
  const dimensions = items(competency, 'CompetencyDimension');
  return GRID_DIMENSIONS.map((pattern) => {
    const dimension = dimensions.find((candidate) =>
      pattern.test(text(child(candidate, 'CompetencyDimensionTypeCode'))),
    );
    const score = child(dimension, 'Score');
    return (text(child(score, 'ScoreText')) || text(child(score, 'ScoreNumeric'))).toUpperCase() || '-';
  });
}

function skills(person: unknown, profile: unknown): string[] {
  const mother = items(person, 'PrimaryLanguageCode').map((code) => languageName(text(code), text(code)));
  const all = competencies(profile);
  const foreign = all.filter(isLanguage).map((competency): [string, string[]] => {
    const id = text(child(competency, 'CompetencyID'));
    return [languageName(id, text(child(competency, 'CompetencyName')) || id), levels(competency)];
  });
  const out = languageLines(mother, foreign);
  const others = all
    .filter((competency) => !isLanguage(competency))
    .map((competency) => text(child(competency, 'CompetencyName')) || text(child(competency, 'CompetencyID')))
    .filter(Boolean);
  if (others.length) out.push('Other skills', ...others);
  const licences = items(child(profile, 'Licenses'), 'License')
    .map((licence) => text(child(licence, 'LicenseTypeCode')) || text(child(licence, 'LicenseName')))
    .filter(Boolean);
  if (licences.length) out.push(`Driving licence: ${licences.join(', ')}`);
  return out.length ? ['', 'PERSONAL SKILLS', ...out] : [];
}

function certificates(profile: unknown): string[] {
  const all = items(child(profile, 'Certifications'), 'Certification')
    .map((certification) => text(child(certification, 'CertificationName')))
    .filter(Boolean);
  return all.length ? ['', 'CERTIFICATES', ...all] : [];
}

/** The CV as text; of several profiles (one per language of the CV) the first is read. */
export function renderEuropass2(candidate: EuropassNode): string {
  const person = child(candidate, 'CandidatePerson');
  const profile = items(candidate, 'CandidateProfile')[0];
  return [
    ...personal(person),
    ...work(profile),
    ...education(profile),
    ...skills(person, profile),
    ...certificates(profile),
  ]
    .join('\n')
    .trim();
}

/** A Candidate with its person or profile, or undefined when the value is none. */
export function europass2Candidate(root: unknown): EuropassNode | undefined {
  const isNode = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isNode(root)) return undefined;
  return isNode(child(root, 'CandidatePerson')) || items(root, 'CandidateProfile').some(isNode)
    ? (root as EuropassNode)
    : undefined;
}

import { readCv } from '../../cv-reading/read-cv';
import { CvTextExtractor } from './cv-text-extractor';
import { europassFromAttachments, europassText } from './europass';
import { pdfkitPdf } from '../../../test/support/cv-test-files';
import { EUROPASS_XML } from '../../../test/support/europass-cv';
import { EUROPASS2_XML } from '../../../test/support/europass2-cv';
import { CvLimits } from './types';

const MB = 1024 * 1024;
const read = { referenceDate: '2026-06-01' };
const render = (document: string, maxBytes = MB) => europassText(Buffer.from(document), maxBytes);

function facts(text: string) {
  const reading = readCv(text, read);
  const of = (kind: string) => reading.facts.filter((fact) => fact.kind === kind).map((fact) => fact.data);
  return {
    name: reading.contact.name?.value,
    email: reading.contact.email?.value,
    phone: reading.contact.phone?.value,
    work: of('work').map((job) => [job.title, job.employer, job.start, job.end]),
    education: of('education').map((study) => [study.level, study.institution, study.startYear, study.endYear]),
    languages: of('language').map((language) => `${language.language}:${language.level}`),
    certifications: of('certification').map((certification) => certification.name),
    skills: of('skill').map((skill) => skill.name),
  };
}

/** A Candidate with the given CandidateProfile content, in the namespaces the editor writes. */
const candidate = (profile: string, person = '<PersonName><oa:GivenName>Candidate</oa:GivenName></PersonName>') =>
  `<Candidate xmlns="http://www.europass.eu/1.0" xmlns:hr="http://www.hr-xml.org/3" xmlns:oa="http://www.openapplications.org/oagis/9" xmlns:eures="http://www.europass_eures.eu/1.0"><CandidatePerson>${person}</CandidatePerson><CandidateProfile>${profile}</CandidateProfile></Candidate>`;

describe('the text of a Europass2 document (root Candidate)', () => {
  it('renders it in the shape of the SkillsPassport rendering: contact, work, education, skills, certificates', () => {
    expect(render(EUROPASS2_XML)?.split('\n')).toEqual([
      'Candidate Europass Two',
      'Address: Voorbeeldstraat 12, 3011 AB Rotterdam (Netherlands)',
      'E-mail: candidate.europass2@example.com',
      'Phone: +31 6 12 34 56 78',
      'Website: https://example.com/candidate',
      '',
      'WORK EXPERIENCE',
      '',
      '04/2021 – present',
      'Logistiek coördinator',
      'Havenlijn Transport B.V., Rotterdam (Netherlands)',
      '• Planning van 40 vrachtwagens per dag',
      '• Contact met vervoerders & klanten',
      '',
      '09/2017 – 03/2021',
      'Projektijuht',
      'Läänemere Logistika OÜ, Tallinn (Estonia)',
      'Laoprojektide juhtimine Tallinnas ja Tartus.',
      '',
      'EDUCATION AND TRAINING',
      '',
      '09/2015 – 06/2017',
      'Master of Science in Supply Chain Management',
      'Hogeschool Voorbeeldstad, Delft (Netherlands)',
      'Scriptie over havenlogistiek',
      '',
      'PERSONAL SKILLS',
      'Languages',
      'Mother tongue(s): Dutch',
      'Other language(s) | Listening | Reading | Spoken interaction | Spoken production | Writing',
      'English | C1 | C2 | B2 | B2 | C1',
      'Estonian | B1 | A2 | A2 | A2 | A1',
      'Other skills',
      'SAP',
      'Driving licence: B',
      '',
      'CERTIFICATES',
      'VCA Basisveiligheid',
    ]);
  });

  it('gives the reader the jobs, the degree, the languages with their levels and the contact', () => {
    expect(facts(render(EUROPASS2_XML)!)).toEqual({
      name: 'Candidate Europass Two',
      email: 'candidate.europass2@example.com',
      phone: '+31 6 12 34 56 78',
      work: [
        ['Logistiek coördinator', 'Havenlijn Transport B.V.', '2021-04-01', null],
        ['Projektijuht', 'Läänemere Logistika OÜ', '2017-09-01', '2021-03-31'],
      ],
      education: [['master', 'Hogeschool Voorbeeldstad', 2015, 2017]],
      languages: ['nl:native', 'en:C1', 'et:A2'],
      certifications: ['VCA Basisveiligheid'],
      skills: ['SAP'],
    });
  });

  it('reads the variants the schema allows: a formatted number, several positions at one employer, years alone, languages filed under Skills', () => {
    const dimension = (code: string, score: string) =>
      `<CompetencyDimension><hr:CompetencyDimensionTypeCode>CEF-${code}</hr:CompetencyDimensionTypeCode><Score><hr:ScoreText>${score}</hr:ScoreText></Score></CompetencyDimension>`;
    const document = candidate(
      `<EmploymentHistory><EmployerHistory><hr:OrganizationName>Kontor AS</hr:OrganizationName>
        <PositionHistory><PositionTitle>Müügijuht</PositionTitle><eures:EmploymentPeriod><eures:StartDate><hr:FormattedDateTime>2019</hr:FormattedDateTime></eures:StartDate><hr:CurrentIndicator>true</hr:CurrentIndicator></eures:EmploymentPeriod><City>Tartu</City><Country>ee</Country></PositionHistory>
        <PositionHistory><PositionTitle>Müügiesindaja</PositionTitle><eures:EmploymentPeriod><eures:StartDate><hr:FormattedDateTime>2016-02-01T00:00:00</hr:FormattedDateTime></eures:StartDate><eures:EndDate><hr:FormattedDateTime>2018-12</hr:FormattedDateTime></eures:EndDate></eures:EmploymentPeriod></PositionHistory>
      </EmployerHistory></EmploymentHistory>
      <EducationHistory><EducationOrganizationAttendance><hr:OrganizationName>Tartu Ülikool</hr:OrganizationName><AttendancePeriod><StartDate><hr:FormattedDateTime>2024-09</hr:FormattedDateTime></StartDate><Ongoing>true</Ongoing></AttendancePeriod><EducationDegree><hr:DegreeName>Bakalaureus</hr:DegreeName></EducationDegree></EducationOrganizationAttendance></EducationHistory>
      <Skills><SkillsGroup><PersonCompetency><CompetencyID>fr</CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID>${dimension('Speaking-Production', 'B1')}${dimension('Understanding-Listening', 'B2')}</PersonCompetency></SkillsGroup></Skills>`,
      `<PersonName><oa:GivenName>Candidate</oa:GivenName><hr:FamilyName>Europass Two</hr:FamilyName></PersonName>
       <Communication><ChannelCode>Telephone</ChannelCode><FormattedNumber>+372 5123 4567</FormattedNumber></Communication>
       <PrimaryLanguageCode>est</PrimaryLanguageCode><PrimaryLanguageCode>rus</PrimaryLanguageCode>`,
    );
    expect(render(document)?.split('\n')).toEqual([
      'Candidate Europass Two',
      'Phone: +372 5123 4567',
      '',
      'WORK EXPERIENCE',
      '',
      '2019 – present',
      'Müügijuht',
      'Kontor AS, Tartu (Estonia)',
      '',
      '02/2016 – 12/2018',
      'Müügiesindaja',
      'Kontor AS',
      '',
      'EDUCATION AND TRAINING',
      '',
      '09/2024 – present',
      'Bakalaureus',
      'Tartu Ülikool',
      '',
      'PERSONAL SKILLS',
      'Languages',
      'Mother tongue(s): Estonian, Russian',
      'Other language(s) | Listening | Reading | Spoken interaction | Spoken production | Writing',
      'French | B2 | - | - | B1 | -',
    ]);
  });

  it.each([
    ['broken XML', EUROPASS2_XML.replace('</EmploymentHistory>', '')],
    ['a Candidate with neither person nor profile', '<Candidate><DocumentID>x</DocumentID></Candidate>'],
    ['a Candidate with nothing in it to read', candidate('<EmploymentHistory/>', '<PersonName/>')],
    [
      'entities to expand',
      '<!DOCTYPE c [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><Candidate><CandidatePerson>&b;</CandidatePerson></Candidate>',
    ],
    ['absurd nesting', candidate(`${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`)],
    ['a flood of elements', candidate('<a/>'.repeat(50_000))],
  ])('gives no text for %s', (_, document) => {
    expect(render(document)).toBeUndefined();
  });

  it('does not parse a file over the size limit', () => {
    expect(render(EUROPASS2_XML, 1024)).toBeUndefined();
  });

  it('still reads the SkillsPassport as before, and takes the attachment the editor names', () => {
    expect(render(EUROPASS_XML)).toMatch(/^Candidate Europass\nAddress: /);
    const file = (filename: string, content: string) => ({ filename, content: new Uint8Array(Buffer.from(content)) });
    const attachments = { a: file('notes.xml', '<notes>x</notes>'), b: file('attachment.xml', EUROPASS2_XML) };
    expect(europassFromAttachments(attachments, MB)).toBe(render(EUROPASS2_XML));
  });
});

// PDFs are read through the worker pool: pdf.js needs a dynamic import() that Jest's sandbox refuses.
describe('a Europass2 PDF', () => {
  const limits: CvLimits = { maxBytes: 2 * MB, maxPages: 20, maxUncompressedBytes: 50 * MB, parseTimeoutMs: 10_000 };
  const extractor = new CvTextExtractor(limits);
  afterAll(() => extractor.close());

  it('is read from its embedded attachment.xml, and the reader reads the jobs from that text', async () => {
    const pdf = await pdfkitPdf((doc) => {
      doc.fontSize(18).text('Drawn Candidate');
      doc.fontSize(11).text('Experience drawn on the page, 2010 - 2012');
      doc.file(Buffer.from(EUROPASS2_XML), { name: 'attachment.xml', type: 'text/xml' });
    });
    const cv = await extractor.extract(pdf, 'cv.pdf', read);
    expect(cv).toMatchObject({ format: 'pdf', pages: 1, hasText: true });
    expect(cv.text).toBe(render(EUROPASS2_XML));
    expect(cv.text).not.toContain('Drawn');
    const jobs = cv.reading!.facts.filter((fact) => fact.kind === 'work').map((fact) => fact.data.title);
    expect(jobs).toEqual(['Logistiek coördinator', 'Projektijuht']);
    expect(cv.reading!.contact.email?.value).toBe('candidate.europass2@example.com');
    expect(cv.reading!.contact.name?.value).toBe('Candidate Europass Two');
  });
});

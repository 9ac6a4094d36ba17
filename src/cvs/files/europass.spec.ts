import { readCv } from '../../cv-reading/read-cv';
import { CvTextExtractor } from './cv-text-extractor';
import { europassFromAttachments, europassText } from './europass';
import { pdfkitPdf } from '../../../test/support/cv-test-files';
import { EUROPASS_JSON, EUROPASS_XML } from '../../../test/support/europass-cv';
import { CvLimits } from './types';
import { bestUnits } from '../../../test/support/time-budget';

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
    education: of('education').map((study) => study.level),
    languages: of('language').map((language) => `${language.language}:${language.level}`),
    certifications: of('certification').map((certification) => certification.name),
    skills: of('skill').map((skill) => skill.name),
  };
}

describe('the text of a Europass document', () => {
  it('renders the XML in the Europass order, headings in English, names as written', () => {
    expect(render(EUROPASS_XML)?.split('\n')).toEqual([
      'Candidate Europass',
      'Address: Voorbeeldstraat 12, 3011 AB Rotterdam (Nederland)',
      'E-mail: candidate.europass@example.com',
      'Phone: +31 6 12 34 56 78',
      '',
      'WORK EXPERIENCE',
      '',
      '03/2019 – present',
      'Key account manager',
      'Noordvaart Logistiek B.V., Rotterdam (Nederland)',
      '• Beheer van 25 nationale klanten',
      '• Nieuwe klanten werven & offertes opstellen',
      '',
      '09/2015 – 02/2019',
      'Sales representative',
      'Delta Handel',
      'Verkoop van kantoorartikelen aan het MKB in de regio Utrecht.',
      '',
      'EDUCATION AND TRAINING',
      '',
      '09/2011 – 06/2015',
      'Bachelor Commerciële Economie',
      'Hogeschool Rotterdam',
      '',
      'PERSONAL SKILLS',
      'Languages',
      'Mother tongue(s): Dutch',
      'Other language(s) | Listening | Reading | Spoken interaction | Spoken production | Writing',
      'German | B2 | B2 | B1 | B1 | B1',
      'English | C1 | C1 | C1 | C1 | B2',
      'Driving licence: B',
      '',
      'CERTIFICATES',
      'Goethe-Zertifikat B2',
    ]);
  });

  it('reads the jobs, education, languages and contact of the XML rendering', () => {
    expect(facts(render(EUROPASS_XML)!)).toEqual({
      name: 'Candidate Europass',
      email: 'candidate.europass@example.com',
      phone: '+31 6 12 34 56 78',
      work: [
        ['Key account manager', 'Noordvaart Logistiek B.V.', '2019-03-01', null],
        ['Sales representative', 'Delta Handel', '2015-09-01', '2019-02-28'],
      ],
      education: ['bachelor'],
      languages: ['nl:native', 'de:B1', 'en:C1'],
      certifications: ['Goethe-Zertifikat B2'],
      skills: [],
    });
  });

  it('reads the JSON form alike: arrays, numbers for dates, a current job, licences as a list', () => {
    const text = render(EUROPASS_JSON)!;
    expect(text).toContain('01/2020 – present\nMüügijuht\nPõhjatuul OÜ, Tallinn\n30 ärikliendi haldamine');
    expect(text).toContain('Driving licence: B, C');
    expect(facts(text)).toMatchObject({
      name: 'Candidate Europass',
      email: 'candidate.europass@example.com',
      phone: '+372 5123 4567',
      work: [
        ['Müügijuht', 'Põhjatuul OÜ', '2020-01-01', null],
        ['Account manager', 'Kontor AS', '2016-05-01', '2019-12-31'],
      ],
      education: ['mba'],
      languages: ['et:native', 'en:B2'],
    });
  });

  it.each([
    ['broken XML', EUROPASS_XML.replace('</WorkExperienceList>', '')],
    ['XML of another kind', '<?xml version="1.0"?><invoice><LearnerInfo>x</LearnerInfo></invoice>'],
    [
      'XML whose root is not SkillsPassport',
      '<LearnerInfo><Identification><PersonName/></Identification></LearnerInfo>',
    ],
    ['broken JSON', EUROPASS_JSON.slice(0, 200)],
    ['a JSON Resume', '{"basics":{"name":"Candidate Europass"}}'],
    ['no markup at all', 'Candidate Europass'],
    [
      'entities to expand',
      '<!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><SkillsPassport><LearnerInfo>&b;</LearnerInfo></SkillsPassport>',
    ],
    [
      'absurd nesting',
      `<SkillsPassport><LearnerInfo>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</LearnerInfo></SkillsPassport>`,
    ],
    ['a flood of elements', `<SkillsPassport><LearnerInfo>${'<a/>'.repeat(50_000)}</LearnerInfo></SkillsPassport>`],
  ])('gives no text for %s', (_, document) => {
    expect(render(document)).toBeUndefined();
  });

  it('does not parse a file over the size limit', async () => {
    const padded = EUROPASS_XML.padEnd(20 * MB, ' ');
    const { result, units } = await bestUnits(() => [render(EUROPASS_XML, 1024), render(padded, 10 * MB)], 25);
    expect(result).toEqual([undefined, undefined]);
    expect(units).toBeLessThan(25);
  });

  it('looks at the attachment named as Europass first, and at XML or JSON only', () => {
    const file = (filename: string, content: string) => ({ filename, content: new Uint8Array(Buffer.from(content)) });
    const attachments = {
      a: file('photo.jpg', '\xff\xd8\xff'),
      b: file('notes.xml', '<notes>Candidate Europass</notes>'),
      c: file('europass.xml', EUROPASS_XML),
    };
    expect(europassFromAttachments(attachments, MB)).toMatch(/^Candidate Europass\n/);
    expect(europassFromAttachments({ a: attachments.a, b: attachments.b }, MB)).toBeUndefined();
    expect(europassFromAttachments(null, MB)).toBeUndefined();
  });
});

// PDFs are read through the worker pool: pdf.js needs a dynamic import() that Jest's sandbox refuses.
describe('a Europass PDF', () => {
  const limits: CvLimits = { maxBytes: 2 * MB, maxPages: 20, maxUncompressedBytes: 50 * MB, parseTimeoutMs: 10_000 };
  const extractor = new CvTextExtractor(limits);
  afterAll(() => extractor.close());

  const europassPdf = (name: string, content: string | Buffer) =>
    pdfkitPdf((doc) => {
      doc.fontSize(18).text('Drawn Candidate');
      doc.fontSize(11).text('Experience drawn on the page, 2010 - 2012');
      doc.file(Buffer.from(content), { name, type: 'text/xml' });
    });

  it('is read from its embedded XML, and the reader reads the jobs from that text', async () => {
    const cv = await extractor.extract(await europassPdf('attachment.xml', EUROPASS_XML), 'cv.pdf', read);
    expect(cv).toMatchObject({ format: 'pdf', pages: 1, hasText: true });
    expect(cv.text).toBe(render(EUROPASS_XML));
    expect(cv.text).not.toContain('Drawn');
    const jobs = cv.reading!.facts.filter((fact) => fact.kind === 'work').map((fact) => fact.data.title);
    expect(jobs).toEqual(['Key account manager', 'Sales representative']);
    expect(cv.reading!.contact.email?.value).toBe('candidate.europass@example.com');
  });

  it('is read from its embedded JSON', async () => {
    const cv = await extractor.extract(await europassPdf('europass.json', EUROPASS_JSON), 'cv.pdf');
    expect(cv.text).toBe(render(EUROPASS_JSON));
  });

  it.each([
    ['a broken XML', EUROPASS_XML.slice(0, 900)],
    ['an XML that is not Europass', '<?xml version="1.0"?><invoice><total>12</total></invoice>'],
  ])('falls back to the drawn text with %s attached', async (_, content) => {
    const cv = await extractor.extract(await europassPdf('attachment.xml', content), 'cv.pdf');
    expect(cv.text).toBe('Drawn Candidate\nExperience drawn on the page, 2010 - 2012');
  });

  it('refuses an attachment over the CV size limit quickly, reading the drawn text instead', async () => {
    const padding = `<Other><Description>${'x'.repeat(4 * MB)}</Description></Other>`;
    const huge = EUROPASS_XML.replace('<Driving>', `${padding}<Driving>`);
    const bytes = await europassPdf('attachment.xml', huge);
    expect(bytes.length).toBeLessThan(limits.maxBytes);
    const { result: cv, units } = await bestUnits(() => extractor.extract(bytes, 'cv.pdf'), 60);
    expect(cv.text).toBe('Drawn Candidate\nExperience drawn on the page, 2010 - 2012');
    expect(units).toBeLessThan(60);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonResume } from './json-resume';
import { cefrFromFluency, languageCode } from './language-names';
import { looksLikeSalesTitle } from './sales-titles';

const fixture = () =>
  JSON.parse(readFileSync(join(__dirname, '../../test/fixtures/json-resume-accountmanager.json'), 'utf8'));

describe('readJsonResume', () => {
  it('maps a JSON Resume 1.0 document to a candidate and the facts screening reads', () => {
    const { candidate, problems } = readJsonResume(fixture());
    expect(problems).toEqual([]);
    expect(candidate).toMatchObject({
      name: 'Kandidaat Een',
      email: 'kandidaat.een@example.com',
      phone: '+31 6 1234 5678',
      location: 'Utrecht',
      language: 'nl',
      unmatchedSkills: ['Salesforce'],
    });
    const byKind = (kind: string) => candidate!.facts.filter((fact) => fact.kind === kind).map((fact) => fact.data);
    expect(byKind('education')).toEqual([
      {
        level: 'hbo',
        field: 'Commerciële Economie',
        institution: 'Hogeschool Utrecht',
        startYear: 2010,
        endYear: 2014,
      },
      { level: 'mbo 4', field: 'Handel', institution: 'ROC Midden Nederland', endYear: 2010 },
    ]);
    expect(byKind('work')).toEqual([
      { title: 'Accountmanager', employer: 'Van Dijk Logistiek', start: '2019-03-01', end: null, salesRole: true },
      {
        title: 'Binnendienst verkoop',
        employer: 'Bakkerij Hoekstra',
        start: '2016-09-01',
        end: '2019-02-28',
        salesRole: true,
      },
      {
        title: 'Administratief medewerker',
        employer: 'Gemeente Utrecht',
        start: '2014-01-01',
        end: '2016-08-31',
        salesRole: false,
      },
    ]);
    expect(byKind('competency')).toEqual([
      { code: 'customer_focus', level: 4, evidence: 'JSON Resume skill "Klantgericht"' },
      { code: 'negotiation', level: 5, evidence: 'JSON Resume skill "Onderhandelen"' },
    ]);
    expect(byKind('skill')).toEqual([{ name: 'Salesforce' }]);
    expect(byKind('language')).toEqual([
      { language: 'nl', level: 'native' },
      { language: 'en', level: 'C1' },
    ]);
    expect(byKind('certification')).toEqual([{ name: 'CFP', year: 2021 }]);
  });

  it('names every bad field by its JSON path', () => {
    const document = fixture();
    document.basics.email = 'not-an-address';
    document.work[1].startDate = 'last spring';
    document.work[2].endDate = '2013';
    document.education[0].studyType = 'hogere burgerschool';
    document.skills = 'everything';
    document.languages[0] = 'Dutch';
    const { candidate, problems } = readJsonResume(document);
    expect(candidate).toBeUndefined();
    expect(problems).toEqual([
      { field: 'basics.email', messages: ['must be an e-mail address'] },
      { field: 'education[0].studyType', messages: ['"hogere burgerschool" is not a level on the education scale'] },
      { field: 'work[1].startDate', messages: ['must be a date as YYYY, YYYY-MM or YYYY-MM-DD'] },
      { field: 'work[2].endDate', messages: ['must not be before startDate'] },
      { field: 'skills', messages: ['must be an array'] },
      { field: 'languages[0]', messages: ['must be an object'] },
    ]);
    expect(readJsonResume([]).problems).toEqual([
      { field: '(document)', messages: ['a JSON Resume document is a JSON object'] },
    ]);
    expect(readJsonResume({}).problems.map((problem) => problem.field)).toEqual(['basics']);
  });
});

describe('reading words', () => {
  it('classifies sales titles in three languages, other trades as not sales, and leaves the rest unknown', () => {
    for (const title of [
      'Key Account Manager',
      'Müügijuht',
      'Võtmekliendihaldur',
      'Relatiebeheerder MKB',
      'Sales Representative',
    ]) {
      expect(looksLikeSalesTitle(title)).toBe(true);
    }
    expect(looksLikeSalesTitle('Klienditeenindaja')).toBe(false);
    expect(looksLikeSalesTitle('Boekhouder')).toBe(false);
    expect(looksLikeSalesTitle('Adviseur')).toBeUndefined();
  });

  it('reads language names and fluency', () => {
    expect(['Engels', 'inglise keel', 'EN', 'Eesti'].map(languageCode)).toEqual(['en', 'en', 'en', 'et']);
    expect(['Native speaker', 'B2', 'Elementary proficiency', 'whatever'].map(cefrFromFluency)).toEqual([
      'native',
      'B2',
      'A2',
      undefined,
    ]);
  });
});

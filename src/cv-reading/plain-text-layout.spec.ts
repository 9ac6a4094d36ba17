import { unglueDates } from './dates';
import { splitLines } from './lines';
import { findSections } from './sections';
import { findColumnBlocks } from './text-columns';
import { readWork, workFacts } from './work';

/* Plain text as converters and copy-paste leave it: spaced-out headings, glued dates, columns side by side. */
const jobs = (text: string) => {
  const lines = splitLines(text);
  return workFacts(readWork(lines, findSections(lines)), '2026-11-01').map((fact) => fact.data);
};

describe('a heading set letter by letter', () => {
  it('is read as its words', () => {
    const lines = splitLines('E X P E R I E N C E\nW O R K   H I S T O R Y\nA B C');
    expect(lines.map((line) => line.text)).toEqual(['EXPERIENCE', 'WORK HISTORY', 'A B C']);
  });

  it('opens the work history it names', () => {
    const text = [
      'E X P E R I E N C E',
      'Account Executive',
      'Summit Brand Promotions, Denver, CO',
      '05/2021 – Present',
    ];
    expect(jobs(text.join('\n'))).toMatchObject([
      { title: 'Account Executive', employer: 'Summit Brand Promotions', start: '2021-05-01', end: null },
    ]);
  });
});

describe('dates glued to the words beside them', () => {
  it.each([
    ['Sales Operations AnalystJune 2023 – Present', 'Sales Operations Analyst | June 2023 – Present'],
    ['05/2017 – 12/2021Müügiesindaja, Lõbus Laps OÜ', '05/2017 – 12/2021 | Müügiesindaja, Lõbus Laps OÜ'],
    ['01/2022 – praeguVõtmekliendijuht', '01/2022 – praegu | Võtmekliendijuht'],
    ['Accountmanager Veluwe Ei B.V.mei 2016 - dec 2020', 'Accountmanager Veluwe Ei B.V. | mei 2016 - dec 2020'],
  ])('%s', (glued, apart) => {
    expect(unglueDates(glued)).toBe(apart);
  });

  it.each([
    'Account Manager, Acme | 2019 – 2021',
    'sinds 2019 – heden werk ik',
    '2019 – 2021 Sales',
    'Q3 2019 – Q1 2020',
  ])('leaves "%s" as it is', (text) => {
    expect(unglueDates(text)).toBe(text);
  });
});

describe('two columns of plain text side by side', () => {
  const pad = (left: string, right = '') => (right ? left.padEnd(52) + right : left);
  const cv = [
    'TÖÖKOGEMUS',
    pad('09.2020 – praegu', 'KEELED'),
    pad('Reklaamimüügi juht', 'eesti        emakeel'),
    pad('Uudisvärav AS, Tallinn', 'inglise      C1'),
    pad('• portaali ja uudiskirjade reklaam', 'vene         B2'),
    pad('  otseklientidele ja meediaagentuuridele'),
    pad('• kampaaniate planeerimine koos', 'OSKUSED'),
    pad('  sisuturunduse tiimiga', 'Läbirääkimised'),
    '04.2016 – 08.2020',
    'Turunduskoordinaator',
    'Linnakaubamaja AS, Tallinn',
    '',
    'HARIDUS',
    'Tallinna Ülikool, meediakorraldus, bakalaureusekraad, 2010–2013',
  ].join('\n');

  it('reads the left column first, then the right one, each line keeping its place in the text', () => {
    const lines = splitLines(cv);
    const texts = lines.map((line) => line.text);
    expect(texts.indexOf('KEELED')).toBeGreaterThan(texts.indexOf('Linnakaubamaja AS, Tallinn'));
    expect(texts.indexOf('KEELED')).toBeLessThan(texts.indexOf('HARIDUS'));
    for (const line of lines) expect(cv.slice(line.start, line.end)).toBe(line.text);
  });

  it('keeps the sidebar out of the jobs', () => {
    expect(jobs(cv)).toMatchObject([
      { title: 'Reklaamimüügi juht', employer: 'Uudisvärav AS', start: '2020-09-01', end: null },
      { title: 'Turunduskoordinaator', employer: 'Linnakaubamaja AS' },
    ]);
  });

  it('takes a table whose every row is split at one place, its dates on the left, for no columns', () => {
    const table = [
      '2019 – present                  Key Account Manager, Northwind Traders',
      '2016 – 2019                     Account Manager, Contoso Ltd',
      '2013 – 2016                     Inside Sales, Fabrikam BV',
      '2010 – 2013                     Sales Support, Fabrikam BV',
      '2008 – 2010                     Order Desk, Fabrikam BV',
    ];
    expect(findColumnBlocks(table)).toEqual([]);
  });
});

describe('text a PDF wrapped', () => {
  it('joins a period a narrow table cell broke over two lines', () => {
    const text = [
      'Employment History',
      'Period | Position | Company',
      '01 March 2020 –',
      'present',
      'Key Account Manager | Sanitas Hygiene Services (Pty) Ltd',
      '15 August 2016 – 29',
      'February 2020',
      'Sales Consultant | Sanitas Hygiene Services (Pty) Ltd',
    ].join('\n');
    const lines = splitLines(text);
    expect(lines.map((line) => line.text)).toContain('01 March 2020 – present');
    expect(lines.every((line) => text.slice(line.start, line.end).replace('\n', ' ') === line.text)).toBe(true);
    expect(jobs(text)).toMatchObject([
      { title: 'Key Account Manager', start: '2020-03-01', end: null },
      { title: 'Sales Consultant', start: '2016-08-15', end: '2020-02-29' },
    ]);
  });

  it('takes the header of a paragraph from the line before the one its closing dates stand on', () => {
    const text = [
      'Töö',
      '• Müügiagronoom, Virumaa Agro AS, Rakvere. Nõustan ja varustan 85 farmi; ostuotsused',
      'teevad farmide omanikud. (märtsist 2017 tänaseni)',
      '• Agronoom, Kadrina Põllud OÜ. Töötasin seal aprillist 2011 veebruarini 2017.',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Müügiagronoom', employer: 'Virumaa Agro AS', start: '2017-03-01', end: null },
      { title: 'Agronoom', employer: 'Kadrina Põllud OÜ', start: '2011-04-01' },
    ]);
  });

  it('reads the old Europass form whose label column wrapped, the value below the label or between its lines', () => {
    const text = [
      'Work experience',
      'Dates',
      'August 2019 ->',
      'Occupation or position',
      'Key Account Manager Nordics',
      'held',
      'Name and address of',
      'Kattegatt Förpackning AB, Göteborg',
      'employer',
      'Dates (from – to) | 01.04.2013 – 30.09.2018',
      'Occupation or position',
      'held',
      'Inside Sales Engineer',
      'Name and address of',
      'employer',
      'Teutoburger Verpackungsmaschinen GmbH, Bielefeld',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Key Account Manager Nordics', employer: 'Kattegatt Förpackning AB', start: '2019-08-01', end: null },
      { title: 'Inside Sales Engineer', employer: 'Teutoburger Verpackungsmaschinen GmbH', end: '2018-09-30' },
    ]);
  });

  it('reads a labelled job that a sidebar left under its own headings, and a timeline of jobs and degrees', () => {
    const sidebar = [
      'Töökogemus',
      'Keeled',
      '• vene – emakeel',
      'Aeg | 09.2018 – praegu',
      'Ametikoht | Ekspordijuht',
      'Ettevõte | Viru Keemiatooted AS',
    ].join('\n');
    expect(jobs(sidebar)).toMatchObject([{ title: 'Ekspordijuht', employer: 'Viru Keemiatooted AS', salesRole: true }]);
    const timeline = [
      'Timeline',
      'Jan 2021 – present | Account Manager | Gulf Coast Process Chemicals, Houston',
      '2015 – 2017 | MBA (evening program) | University of Houston–Clear Lake',
      'Jun 2011 – Feb 2018 | Process Operator | Bayport Olefins LLC, Pasadena',
    ].join('\n');
    expect(jobs(timeline).map((job) => job.title)).toEqual(['Account Manager', 'Process Operator']);
  });
});

describe('marks Word leaves in copied text', () => {
  it('takes its private-use Symbol bullets and its second-level "o" before a tab for list marks', () => {
    const lines = splitLines('\uf0b7\tNegotiation\no\t14 importers in the Nordics\nomzet 2025');
    expect(lines.map((line) => [line.text, line.bullet])).toEqual([
      ['Negotiation', true],
      ['14 importers in the Nordics', true],
      ['omzet 2025', false],
    ]);
  });
});

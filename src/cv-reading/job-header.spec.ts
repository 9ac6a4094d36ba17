import { splitLines } from './lines';
import { findSections } from './sections';
import { readWork, workFacts } from './work';

const jobs = (text: string) => {
  const lines = splitLines(text);
  return workFacts(readWork(lines, findSections(lines))).map((fact) => fact.data);
};
const entries = (text: string) => {
  const lines = splitLines(text);
  return readWork(lines, findSections(lines));
};

describe('a job named in a list item, its dates on the next line', () => {
  it.each([
    [
      'WORK EXPERIENCE\n• Account Manager — Northwind Traders Ltd\nMarch 2019 – present\n• Sales Representative — Contoso Ltd\nJan 2015 – Feb 2019',
      [
        ['Account Manager', 'Northwind Traders Ltd', '2019-03-01', null],
        ['Sales Representative', 'Contoso Ltd', '2015-01-01', '2019-02-28'],
      ],
    ],
    [
      'WERKERVARING\n• Accountmanager – Van Dijk BV\nmaart 2019 – heden\n• Verkoper – Bakker Groep\n2015 – 2019',
      [
        ['Accountmanager', 'Van Dijk BV', '2019-03-01', null],
        ['Verkoper', 'Bakker Groep', '2015-01-01', '2019-12-31'],
      ],
    ],
    [
      'TÖÖKOGEMUS\n• Müügijuht – Kontor OÜ\n   2019 – praegu\n• Müügiesindaja – Papyrus AS\n   2015 – 2019',
      [
        ['Müügijuht', 'Kontor OÜ', '2019-01-01', null],
        ['Müügiesindaja', 'Papyrus AS', '2015-01-01', '2019-12-31'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(jobs(text).map((job) => [job.title, job.employer, job.start, job.end])).toEqual(want);
  });

  it("leaves the next job's list item out of the duties before it", () => {
    const [first, second] = entries(
      'Experience\n• Account Manager — Northwind Ltd\nMarch 2019 – present\n◦ Won 40 new accounts\n• Sales Representative — Contoso Ltd\n2015 – 2019',
    );
    expect(first.duties.map((line) => line.text)).toEqual(['Won 40 new accounts']);
    expect(second.header.map((line) => line.text)).toEqual(['Sales Representative — Contoso Ltd', '2015 – 2019']);
  });

  it('takes no duty above the dates for a header', () => {
    // The dates stand above the title here; the list item above the next dates is the last job's duty.
    expect(
      jobs(
        'Werkervaring\n2016 – heden\nAccountmanager | Van Dijk BV\n• Nieuwe klanten werven\n2012 – 2016\nVerkoper | Bakker Groep',
      ),
    ).toEqual([
      { title: 'Accountmanager', employer: 'Van Dijk BV', start: '2016-01-01', end: null, salesRole: true },
      { title: 'Verkoper', employer: 'Bakker Groep', start: '2012-01-01', end: '2016-12-31', salesRole: true },
    ]);
    // A sentence in a list is a duty, whatever dates follow it.
    expect(jobs('Experience\n• Grew revenue in Benelux by a third.\n2015 – 2019')).toEqual([]);
    expect(jobs('Experience\n• Trained new colleagues\n2015 – 2019')).toEqual([]);
  });
});

describe('a current job whose period stands alone above its title', () => {
  it.each([
    [
      'WERKERVARING\n2016 – heden\nAccountmanager\nVan Dijk BV\n\nmrt 2012 – dec 2015\nVerkoper\nBakker Groep',
      'Accountmanager',
      'Van Dijk BV',
    ],
    [
      'EXPERIENCE\n2016 – present\nKey Account Manager, Contoso Ltd\nSales Representative, Fabrikam Inc, 2012 – 2016',
      'Key Account Manager',
      'Contoso Ltd',
    ],
    [
      'TÖÖKOGEMUS\n2016 – praegu\nMüügijuht\nKontor OÜ\n\n2012 – 2015\nMüügiesindaja\nPapyrus AS',
      'Müügijuht',
      'Kontor OÜ',
    ],
  ])('%s', (text, title, employer) => {
    expect(jobs(text)[0]).toEqual({ title, employer, start: '2016-01-01', end: null, salesRole: true });
  });
});

describe('the labels of a table are no job titles', () => {
  it.each([
    ['EXPERIENCE\n2016 – present\nContoso Ltd\nMain duties\nAccount Manager', 'Account Manager', 'Contoso Ltd'],
    ['WERKERVARING\n2016 – heden\nVan Dijk BV\nTaken\nAccountmanager', 'Accountmanager', 'Van Dijk BV'],
    ['TÖÖKOGEMUS\n2016 – praegu\nKontor OÜ\nPeamised ülesanded\nMüügijuht', 'Müügijuht', 'Kontor OÜ'],
    [
      'Experience\nMain duties | Period | Employer\nAccount Manager | 2016 – present | Contoso Ltd',
      'Account Manager',
      'Contoso Ltd',
    ],
    [
      'Werkervaring\nPeriode\t2016 – heden\nWerkgever\tVan Dijk BV\nFunctie\tAccountmanager\nTaken\tNieuwe klanten werven',
      'Accountmanager',
      'Van Dijk BV',
    ],
    [
      'Töökogemus\nPeriood\t2016 – praegu\nTööandja\tKontor OÜ\nAmetikoht\tMüügijuht\nPeamised ülesanded\tUute klientide leidmine',
      'Müügijuht',
      'Kontor OÜ',
    ],
  ])('%s', (text, title, employer) => {
    expect(jobs(text)).toEqual([{ title, employer, start: '2016-01-01', end: null, salesRole: true }]);
  });
});

describe('the LinkedIn export: employer, title, dates with their length, place', () => {
  it.each([
    [
      'Experience\nNorthwind Traders\nAccount Manager\nMarch 2019 - Present (5 years 9 months)\nAmsterdam, North Holland, Netherlands\nLooking after 40 accounts in the Benelux.\nContoso\nSales Representative\nJanuary 2015 - February 2019 (4 years 2 months)\nUtrecht, Netherlands',
      [
        ['Account Manager', 'Northwind Traders', '2019-03-01', null],
        ['Sales Representative', 'Contoso', '2015-01-01', '2019-02-28'],
      ],
    ],
    [
      'Ervaring\nAccountmanager\nVan Dijk\nmaart 2019 - heden (5 jaar 9 maanden)\nAmsterdam, Noord-Holland, Nederland\nVerkoper\nBakker Groep\njanuari 2015 - februari 2019 (4 jaar 2 maanden)\nUtrecht, Nederland',
      [
        ['Accountmanager', 'Van Dijk', '2019-03-01', null],
        ['Verkoper', 'Bakker Groep', '2015-01-01', '2019-02-28'],
      ],
    ],
    [
      'Kogemus\nKontor OÜ\nMüügijuht\nmärts 2019 - Praegu (5 aastat 9 kuud)\nTallinn, Harjumaa, Eesti\nPapyrus AS\nMüügiesindaja\njaanuar 2015 - veebruar 2019 (4 aastat 2 kuud)\nTartu, Eesti',
      [
        ['Müügijuht', 'Kontor OÜ', '2019-03-01', null],
        ['Müügiesindaja', 'Papyrus AS', '2015-01-01', '2019-02-28'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(jobs(text).map((job) => [job.title, job.employer, job.start, job.end])).toEqual(want);
  });

  it("takes no place under one role's dates for the employer of the next role at the same company", () => {
    const text =
      'Experience\nContoso\nSenior Account Manager\nJanuary 2021 - Present (3 years 11 months)\nAmsterdam, North Holland, Netherlands\nAccount Manager\nMarch 2018 - December 2020 (2 years 10 months)';
    expect(jobs(text).map((job) => [job.title, job.employer])).toEqual([
      ['Senior Account Manager', 'Contoso'],
      ['Account Manager', undefined],
    ]);
  });
});

describe('the current job dated above its title, the others below theirs', () => {
  it.each([
    [
      'EXPERIENCE\n2016 – present\nAccount Manager, Contoso Ltd\n• New business\nSales Representative, Fabrikam Inc\n2012 – 2016\n• Cold calls',
      ['Account Manager', 'Contoso Ltd'],
      ['Sales Representative', 'Fabrikam Inc'],
    ],
    [
      'WERKERVARING\n2016 – heden\nAccountmanager, Van Dijk BV\n• Nieuwe klanten werven\nVerkoper, Bakker Groep\n2012 – 2016\n• Winkelverkoop',
      ['Accountmanager', 'Van Dijk BV'],
      ['Verkoper', 'Bakker Groep'],
    ],
    [
      'TÖÖKOGEMUS\n2016 – praegu\nMüügijuht, Kontor OÜ\n• Uute klientide leidmine\nMüügiesindaja, Papyrus AS\n2012 – 2016\n• Kliendikülastused',
      ['Müügijuht', 'Kontor OÜ'],
      ['Müügiesindaja', 'Papyrus AS'],
    ],
  ])('%s', (text, current, earlier) => {
    const read = entries(text);
    expect(read.map((entry) => [entry.title, entry.employer])).toEqual([current, earlier]);
    // The earlier job's header is no duty of the current one.
    expect(read[0].duties.map((line) => line.text)).toHaveLength(1);
  });

  it("takes no header twice: the lines under one job's dates are not the next job's", () => {
    expect(
      jobs('WERKERVARING\n2016 – heden\nAccountmanager\nVan Dijk BV\n2012 – 2016\n• Winkelverkoop').map(
        (job) => job.title,
      ),
    ).toEqual(['Accountmanager']);
  });
});

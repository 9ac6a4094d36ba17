import { splitLines } from './lines';
import { findSections } from './sections';
import { readWork, workFacts } from './work';

const jobs = (text: string) => {
  const lines = splitLines(text);
  return workFacts(readWork(lines, findSections(lines))).map((fact) => fact.data);
};

describe('work history layouts', () => {
  it('reads "Title — Employer" with the dates on the next line', () => {
    expect(
      jobs('Werkervaring\nAccountmanager — Van Dijk BV\njan. 2018 – mei 2021\n• Acquisitie van nieuwe klanten'),
    ).toEqual([
      { title: 'Accountmanager', employer: 'Van Dijk BV', start: '2018-01-01', end: '2021-05-31', salesRole: true },
    ]);
  });

  it('reads "Employer, City" then the title, then the dates', () => {
    expect(
      jobs('Work experience\nNorthwind Ltd, Leeds\nSales Representative\nMarch 2019 – now\nNew business in Yorkshire'),
    ).toEqual([
      { title: 'Sales Representative', employer: 'Northwind Ltd', start: '2019-03-01', end: null, salesRole: true },
    ]);
  });

  it('reads a table row, and a table rendered one cell a line', () => {
    expect(jobs('Werkervaring\nPeriode | Werkgever | Functie\n2019 – heden | Van Dijk BV | Accountmanager')).toEqual([
      { title: 'Accountmanager', employer: 'Van Dijk BV', start: '2019-01-01', end: null, salesRole: true },
    ]);
    expect(jobs('Töökogemus\n2015 – praegu\nNäidis OÜ\nMüügiesindaja\nUute klientide leidmine')).toEqual([
      { title: 'Müügiesindaja', employer: 'Näidis OÜ', start: '2015-01-01', end: null, salesRole: true },
    ]);
  });

  it('reads the title, employer and dates on one line, in either order', () => {
    expect(
      jobs(
        'Ervaring\nAccountmanager bij Van Dijk Logistiek B.V. (2018 – heden)\nBinnendienstmedewerker, Jansen & Zn, Haarlem, 2014 - 2018',
      ),
    ).toEqual([
      { title: 'Accountmanager', employer: 'Van Dijk Logistiek B.V.', start: '2018-01-01', end: null, salesRole: true },
      // An inside-desk job may be inside sales or order entry: without duties nothing tells.
      { title: 'Binnendienstmedewerker', employer: 'Jansen & Zn', start: '2014-01-01', end: '2018-12-31' },
    ]);
    expect(
      jobs('Töökogemus\n2016 – 2020   AS Pood, klienditeenindaja\nKlientide nõustamine kaupluses, kassatöö.'),
    ).toEqual([
      { title: 'klienditeenindaja', employer: 'AS Pood', start: '2016-01-01', end: '2020-12-31', salesRole: false },
    ]);
  });

  it('gives each job the duties listed under its label after a table', () => {
    const text = [
      'Werkervaring',
      '05.2019 – heden | Flexpunt Noord | Accountmanager',
      '01.2013 – 09.2015 | Energie Noord | Medewerker klantenservice',
      'Accountmanager, Flexpunt Noord:',
      '• Acquisitie van nieuwe opdrachtgevers en omzetdoelstellingen',
    ].join('\n');
    expect(jobs(text).map((job) => job.salesRole)).toEqual([true, false]);
  });

  it('skips career breaks and leaves dates in the profile alone', () => {
    const text = [
      'Profiel',
      'Sinds 2019 accountmanager in de groothandel.',
      'Werkervaring',
      '2019 – heden   Accountmanager – Technigro B.V.',
      '2016 – 2018   Loopbaanonderbreking: mantelzorg',
      'Sep 2014 – Jan 2016   Career break: travelling',
    ].join('\n');
    expect(jobs(text).map((job) => job.title)).toEqual(['Accountmanager']);
  });

  it('marks a job under no heading as less sure', () => {
    const lines = splitLines('Kandidaat Negen\nAccountmanager bij Van Dijk BV, 2015 – 2018');
    const [fact] = workFacts(readWork(lines, findSections(lines)));
    expect(fact.confidence).toBeLessThan(0.6);
  });
});

describe('work history without headings', () => {
  it('takes a dated degree for a study, "tot op heden" for ongoing', () => {
    const text = [
      'Kandidaat Vijftien',
      'Accountmanager bij Bakker Groothandel, maart 2017 - tot op heden',
      'HBO Commerciële Economie, Hogeschool Rotterdam, 2008 - 2012',
    ].join('\n');
    expect(jobs(text)).toEqual([
      { title: 'Accountmanager', employer: 'Bakker Groothandel', start: '2017-03-01', end: null, salesRole: true },
    ]);
  });
});

describe('work history from a PDF', () => {
  it('takes the end of a wrapped duty for a duty, not for the next title', () => {
    const text = [
      'Werkervaring',
      'Van Dijk BV, Utrecht',
      'Accountmanager',
      '2019 – heden',
      '• Beheer van een portefeuille van veertig zakelijke klanten in de regio',
      'Utrecht en Gelderland',
      'Belservice Noord',
      'Klantenservicemedewerker',
      '2015 – 2018',
    ].join('\n');
    expect(jobs(text).map((job) => [job.title, job.employer])).toEqual([
      ['Accountmanager', 'Van Dijk BV'],
      ['Klantenservicemedewerker', 'Belservice Noord'],
    ]);
  });
});

describe('work history from a PDF table', () => {
  it('splits employer and title after a legal form, past the column names', () => {
    expect(
      jobs('Werkervaring\nPeriode\njuli 2019 – nu\nWerkgever Functie\nVeluwe Bouwstoffen B.V. Key Accountmanager'),
    ).toEqual([
      {
        title: 'Key Accountmanager',
        employer: 'Veluwe Bouwstoffen B.V.',
        start: '2019-07-01',
        end: null,
        salesRole: true,
      },
    ]);
  });
});

describe('work history confidence', () => {
  it('doubts a title with no title word in it', () => {
    const lines = splitLines('Werkervaring\n2015 – 2019 | IJsselbeton\n2019 – heden | Van Dijk BV | Accountmanager');
    const [unsure, sure] = workFacts(readWork(lines, findSections(lines)));
    expect(unsure.data.title).toBe('IJsselbeton');
    expect(unsure.confidence).toBeLessThan(sure.confidence - 0.1);
  });
});

describe('work history with durations', () => {
  it('leaves a duration beside the dates out of title and employer', () => {
    expect(
      jobs('Experience\nAccount Manager | Northwind Ltd | Jan 2019 – Present (2 yrs 3 mos)').map((job) => [
        job.title,
        job.employer,
      ]),
    ).toEqual([['Account Manager', 'Northwind Ltd']]);
    expect(
      jobs('Töökogemus\nMüügiesindaja\nBalti Pakendid AS | 2017–2021 (4 a)').map((job) => [job.title, job.employer]),
    ).toEqual([['Müügiesindaja', 'Balti Pakendid AS']]);
  });
});

describe('job headers in other shapes', () => {
  it('reads each entry by its own shape when a CV mixes them', () => {
    expect(
      jobs(
        'Beroepservaring\nRelatiemanager Zakelijk\nIJsseldelta Bank, Zwolle\njanuari 2020 – heden\n' +
          'Afstemming met de specialisten lease en private banking\nAccountmanager MKB · IJsseldelta Bank · 2016–2019',
      ).map(({ title, employer, start }) => ({ title, employer, start })),
    ).toEqual([
      { title: 'Relatiemanager Zakelijk', employer: 'IJsseldelta Bank', start: '2020-01-01' },
      { title: 'Accountmanager MKB', employer: 'IJsseldelta Bank', start: '2016-01-01' },
    ]);
  });

  it('reads a table row whose title cell wrapped onto the lines above', () => {
    expect(
      jobs(
        'Loopbaanoverzicht\nFunctie Organisatie Jaren\nAccountmanager Dataflux ICT B.V. mrt 2022 – heden\n' +
          'Servicedesk\nmedewerker\nHelpdesk Centraal 2016 – 2019',
      ).map(({ title, employer, salesRole }) => ({ title, employer, salesRole })),
    ).toEqual([
      { title: 'Accountmanager', employer: 'Dataflux ICT B.V.', salesRole: true },
      { title: 'Servicedesk medewerker', employer: 'Helpdesk Centraal', salesRole: false },
    ]);
  });

  it('takes a company with a legal form for the employer, whatever compound its name holds', () => {
    expect(jobs('Töökogemus\n09.2014 – 12.2016\nIT-tugiisik\nKontoritehnika OÜ')[0]).toMatchObject({
      title: 'IT-tugiisik',
      employer: 'Kontoritehnika OÜ',
    });
  });

  it('stops the header where a sentence of duties begins', () => {
    const [job] = jobs(
      'Where I have worked\n• 2022 – present — Business Developer, Windkracht Solutions B.V. (Rotterdam). ' +
        'Opened 11 new industrial accounts; my portfolio is now 23 accounts. Proposals and contract talks with plant directors',
    );
    expect(job).toMatchObject({
      title: 'Business Developer',
      employer: 'Windkracht Solutions B.V. (Rotterdam)',
      salesRole: true,
    });
  });
});

describe('job headers written as prose or with other separators', () => {
  it.each([
    ['Werkervaring\n2018 – 2021 werkzaam als Accountmanager bij Van Dijk B.V.', 'Accountmanager', 'Van Dijk B.V.'],
    ['Werkervaring\nmrt 2022 – heden\nAccountmanager | Dataflux ICT B.V.', 'Accountmanager', 'Dataflux ICT B.V.'],
    ['Experience\nJan 2019 - Dec 2021 · Account Executive · Payhive Ltd', 'Account Executive', 'Payhive Ltd'],
    [
      'Professional background\nFabrikam GmbH — Key Account Manager\nsince 2018',
      'Key Account Manager',
      'Fabrikam GmbH',
    ],
  ])('%s', (text, title, employer) => {
    expect(jobs(text)[0]).toMatchObject({ title, employer });
  });
});

describe('job headers under headings that put the head first', () => {
  it('reads "Career to date" as a work heading and " / " as a separator', () => {
    expect(
      jobs('Professional Summary\nSales professional.\nCareer To Date\nContoso plc / Estimator / 2016 – 2019'),
    ).toEqual([
      { title: 'Estimator', employer: 'Contoso plc', start: '2016-01-01', end: '2019-12-31', salesRole: false },
    ]);
  });
});

describe('employers in brackets or with the legal form first', () => {
  it('reads "Title (Employer Ltd), period" and "OÜ Name"', () => {
    expect(jobs('Work experience\nAccount Manager (Contoso Ltd), 2019 – 2021')[0]).toMatchObject({
      title: 'Account Manager',
      employer: 'Contoso Ltd',
    });
    expect(jobs('Töökogemus\nAS Eesti Energia\nMüügispetsialist\n2017–2021\nOÜ Kontor\nLaotöötaja\n2014–2017')).toEqual(
      [
        {
          title: 'Müügispetsialist',
          employer: 'AS Eesti Energia',
          start: '2017-01-01',
          end: '2021-12-31',
          salesRole: true,
        },
        { title: 'Laotöötaja', employer: 'OÜ Kontor', start: '2014-01-01', end: '2017-12-31', salesRole: false },
      ],
    );
  });
});

describe('duties after the dates on the same line', () => {
  it('are not read as title or employer', () => {
    expect(
      jobs(
        'Loopbaan\n• Key Account Manager bij Brabantse Zuivelunie (okt. 2020 – heden). Verantwoordelijk voor vijf ketens in Nederland en twee in België',
      ),
    ).toEqual([
      {
        title: 'Key Account Manager',
        employer: 'Brabantse Zuivelunie',
        start: '2020-10-01',
        end: null,
        salesRole: true,
      },
    ]);
  });
});

import { splitLines } from './lines';
import { findSections } from './sections';
import { readWork, workFacts } from './work';
import { salesExperience } from '../scoring/sales-experience';

const jobs = (text: string) => {
  const lines = splitLines(text);
  return workFacts(readWork(lines, findSections(lines))).map((fact) => fact.data);
};

describe('work history layouts', () => {
  it('takes title and employer from the columns a table header names, whatever the cells hold', () => {
    expect(
      jobs(
        'WERKERVARING\nWanneer | Waar | Wat\nokt 2022 – heden | Labora Diagnostics | Senior Content Marketeer\n' +
          'jan 2019 – dec 2021 | Labora Diagnostics | Content Marketeer',
      ).map((job) => [job.title, job.employer, job.start]),
    ).toEqual([
      ['Senior Content Marketeer', 'Labora Diagnostics', '2022-10-01'],
      ['Content Marketeer', 'Labora Diagnostics', '2019-01-01'],
    ]);
  });

  it('reads a heading with a note in brackets, a Europass place before the dates and a firm named in the plural', () => {
    expect(
      jobs('Töökogemus (ajalises järjekorras)\n03.2021 – täna Võtmekliendihaldur – Nordpakend AS, Tallinn').map(
        (job) => job.title,
      ),
    ).toEqual(['Võtmekliendihaldur']);
    expect(
      jobs('WERKERVARING\nAntwerpen, België – 01/02/2021 – HUIDIG\nKEY ACCOUNT MANAGER\nMedisteril Belgium BV').map(
        (job) => [job.title, job.employer],
      ),
    ).toEqual([['KEY ACCOUNT MANAGER', 'Medisteril Belgium BV']]);
    expect(
      jobs(
        'SALES EXPERIENCE\nAssociate Sales Representative\nSaguaro Orthopedic Partners, Phoenix, AZ | 09/2018 – 12/2020',
      ).map((job) => job.title),
    ).toEqual(['Associate Sales Representative']);
  });

  it('reads labelled forms whose period opens with "van", and a title above an employer line with its state', () => {
    expect(
      jobs(
        'TÖÖKOGEMUS\nTööaeg | 06.2017 - 02.2020\nAmetinimetus | Merchandiser\nEttevõte | Põhjamaade Kaubandus AS\n\n' +
          'WERKERVARING\nPeriode | van 07/2012 tot 03/2014\nBeroep | Magazijnier\nWerkgever | Bouwcenter Mandel NV',
      ).map((job) => [job.title, job.employer]),
    ).toEqual([
      ['Merchandiser', 'Põhjamaade Kaubandus AS'],
      ['Magazijnier', 'Bouwcenter Mandel NV'],
    ]);
    expect(
      jobs('EXPERIENCE\nPersonal Banking Associate\nLakeshore Trust Bank, Burlington, ON | 2017-03 to 2021-05').map(
        (job) => [job.title, job.employer],
      ),
    ).toEqual([['Personal Banking Associate', 'Lakeshore Trust Bank']]);
  });

  it('marks a trip, care leave and a board seat at an association beside a job as no jobs', () => {
    const read = jobs(
      'TÖÖKOGEMUS\n• 2017 – praegu: Kliendihaldur, Sidelink Eesti AS, Tallinn\n' +
        '• juuli 2019 – veebruar 2020: reis Lõuna-Ameerikas (8 kuud)\n' +
        '• 2022 – praegu: MTÜ Põhja-Tallinna Selts, juhatuse liige\n' +
        'Hoolduspuhkus: 2015. aasta sügisest kuni 2016. aasta lõpuni hoolitsesin ema eest.',
    );
    expect(read.filter((job) => !job.nonJob).map((job) => job.title)).toEqual(['Kliendihaldur']);
  });

  it('reads French and German titles of sales jobs, and seasons before the dates as part of them', () => {
    const read = jobs(
      'EXPÉRIENCE\nReprésentante des ventes — Distribution Rive-Sud inc., Boucherville\njanv. 2021 – aujourd’hui\n' +
        'Sous-chef — Bistro Le Riverain, Montréal\nmai 2016 – déc. 2020\n\nBERUFSERFAHRUNG\n' +
        '01/2016 – 03/2021   Vertriebsingenieur Innendienst, Rheintal Sensorik GmbH\n' +
        '• talvehooajad 2020–2026 (nädalavahetustel): Suusainstruktor, Kuutsemäe Suusakool OÜ',
    );
    expect(read.map((job) => [job.title, job.salesRole])).toEqual([
      ['Représentante des ventes', true],
      ['Sous-chef', false],
      ['Vertriebsingenieur Innendienst', true],
      ['Suusainstruktor', false],
    ]);
  });

  it('reads a career told under "My working life" as a PDF sets it, lines wrapped and no blank lines', () => {
    const read = jobs(
      'About me\nGrew up on a dairy farm and have sold to farmers most of my life.\nMy working life\n' +
        'Since April 2019 I have been Technical Sales Representative with Ilen Valley Co-op, selling feed and\n' +
        'fertiliser to around 240 dairy farmers. Before that, from 2016 until the end of March 2019, I worked as a\n' +
        'Relief Milker for Munster Farm Relief.',
    );
    expect(read.map((job) => [job.title, job.start, job.end])).toEqual([
      ['Technical Sales Representative', '2019-04-01', null],
      ['Relief Milker', '2016-01-01', '2019-03-31'],
    ]);
  });

  it('reads LinkedIn roles under an employer with its years, and drops the kind of employment', () => {
    const read = jobs(
      'EXPERIENCE\nPaywise Software\n5 years 11 months\nCustomer Success Manager\nAugust 2024 - Present (2 years 4 months)\n' +
        'Melbourne, Victoria, Australia\nAccount Executive\nJanuary 2021 - July 2024 (3 years 7 months)\n\n' +
        'Personal Banker\nLone Star Community Bank · Full-time\nJun 2014 - Mar 2018 · 3 yrs 10 mos',
    );
    expect(read.map((job) => [job.title, job.employer])).toEqual([
      ['Customer Success Manager', 'Paywise Software'],
      ['Account Executive', 'Paywise Software'],
      ['Personal Banker', 'Lone Star Community Bank'],
    ]);
  });

  it('reads a header with a long note in brackets, and lets the header alone decide what is no job', () => {
    const read = jobs(
      'EXPERIENCE\nButikssäljare (extrajobb under studierna / part-time during studies) – Sportkedjan AB, Göteborg\n' +
        '2011 – 2014\n' +
        '• Vanaf januari 2023 — Sales Executive Events bij Congrescentrum Waalkade, Nijmegen. Offertes en contracten. ' +
        'Drie maanden ouderschapsverlof in het voorjaar van 2024\n' +
        '• 2025 – praegu: Töötu, registreeritud Töötukassas\n• 2015 – 2016: Working holiday year, Queenstown',
    );
    expect(read.filter((job) => !job.nonJob).map((job) => job.title)).toEqual([
      'Butikssäljare',
      'Sales Executive Events',
    ]);
  });

  it('marks the National Guard and a naval reserve as service', () => {
    const read = jobs(
      'EXPERIENCE\nSales Representative, Deere Dealers Inc, 2004 – 2012\n' +
        'Iowa Army National Guard, 1998 – 2004: Wheeled Vehicle Mechanic (91B), Sergeant.',
    );
    expect(read[1]).toEqual(expect.objectContaining({ nonJob: 'service' }));
  });

  it('reads a department after the title as part of it, and a job under a military heading as service', () => {
    const read = jobs(
      'EXPERIENCE\nApr-2017 to Sep-2020 | Skyline Travel Pvt. Ltd. | Assistant Manager – Sales\n\n' +
        'MILITARY SERVICE\nU.S. Army, Motor Transport Operator, Sergeant — 2012 – 2016',
    );
    expect(read[0]).toEqual(expect.objectContaining({ title: 'Assistant Manager – Sales', salesRole: true }));
    expect(read.slice(1).every((job) => job.nonJob === 'service')).toBe(true);
  });

  it('reads "Title — Employer" with the dates on the next line', () => {
    expect(
      jobs('Werkervaring\nAccountmanager — Van Dijk BV\njan. 2018 – mei 2021\n• Acquisitie van nieuwe klanten'),
    ).toEqual([
      { title: 'Accountmanager', employer: 'Van Dijk BV', start: '2018-01-01', end: '2021-05-31', salesRole: true },
    ]);
  });

  it('reads "• Title — Employer" bullets whose employer ends in "Co." with the dates below', () => {
    expect(
      jobs(
        'EMPLOYMENT\n• National Account Manager — Severn Valley Drinks Co.\nNov 2021 – present\n' +
          '• Graduate Trainee, Supply Chain — Avonmouth Foods plc\nSep 2016 – Mar 2018',
      ).map((job) => [job.title, job.employer, job.start]),
    ).toEqual([
      ['National Account Manager', 'Severn Valley Drinks Co.', '2021-11-01'],
      ['Graduate Trainee', 'Avonmouth Foods plc', '2016-09-01'],
    ]);
  });

  it('takes an employer whose name ends in a heading word ("Software") for an employer, not a heading', () => {
    expect(
      jobs(
        'Experience\nQuayside Analytics\nBusiness Development Manager\nMarch 2020 - April 2022 (2 years 2 months)\n' +
          'Brightlane Software\nAccount Executive\nJuly 2017 - February 2020 (2 years 8 months)',
      ).map((job) => [job.title, job.employer, job.start]),
    ).toEqual([
      ['Business Development Manager', 'Quayside Analytics', '2020-03-01'],
      ['Account Executive', 'Brightlane Software', '2017-07-01'],
    ]);
  });

  it('reads a title above "Employer OÜ, Town | period", an employer whose name holds a title word', () => {
    expect(
      jobs(
        'TÖÖKOGEMUS\nKliendihaldur\nKesk-Eesti Logistika OÜ, Viljandi | 09/2018 – k.a.\n• uute klientide leidmine',
      ).map((job) => [job.title, job.employer, job.start, job.end]),
    ).toEqual([['Kliendihaldur', 'Kesk-Eesti Logistika OÜ', '2018-09-01', null]]);
  });

  it('reads "period: Title, Employer" bullets under "Töökäik lühidalt"', () => {
    expect(
      jobs('TÖÖKÄIK LÜHIDALT\n• okt 2020 – praegu: Kliendihaldur, Emajõe IT Lahendused OÜ').map((job) => [
        job.title,
        job.employer,
        job.start,
      ]),
    ).toEqual([['Kliendihaldur', 'Emajõe IT Lahendused OÜ', '2020-10-01']]);
  });

  it('takes a duty "since 2022" for no job, and a title without a title word beside an employer OÜ for the title', () => {
    expect(
      jobs(
        'Experience\nAccount Manager, Brindley Packaging Ltd, Sept 2018 – present\n• Won 9 new accounts since 2022\n' +
          'Kohvik-Pagar OÜ | Vahetuse vanem | 08/2012 – 02/2016',
      ).map((job) => [job.title, job.employer, job.start]),
    ).toEqual([
      ['Account Manager', 'Brindley Packaging Ltd', '2018-09-01'],
      ['Vahetuse vanem', 'Kohvik-Pagar OÜ', '2012-08-01'],
    ]);
  });

  it('marks conscription and a national service year as service, no job', () => {
    expect(jobs('TÖÖKOGEMUS\nAjateenistus, Kaitsevägi (Tapa)\n07/2017 – 06/2018')).toEqual([
      expect.objectContaining({ nonJob: 'service', salesRole: false }),
    ]);
  });

  it('reads a job written as one paragraph, its dates at its start or in brackets at its end', () => {
    const duties = ' Vastutan kolme apteegiketi ja 40 apteegi eest üle Eesti.'.repeat(6);
    expect(
      jobs(
        `TÖÖKOGEMUS\nVõtmekliendihaldur, Baltfarm Hulgi AS, Tallinn.${duties} (04.2018 – praegu)\n` +
          `Senior Relationship Manager, Sarnia Private Bank, St Peter Port (March 2018 – present).${duties}`,
      ).map((job) => [job.title, job.employer, job.start]),
    ).toEqual([
      ['Võtmekliendihaldur', 'Baltfarm Hulgi AS', '2018-04-01'],
      ['Senior Relationship Manager', 'Sarnia Private Bank', '2018-03-01'],
    ]);
  });

  it('reads an employer in capitals with LTD, and a title with a note in brackets', () => {
    expect(
      jobs(
        'Experience\nALDERWICK COATINGS LTD, Warrington (UK)\nTechnical Service Chemist\n01/2015 – 08/2018\n' +
          'Turvatöötaja (osalise tööajaga, põhitöö kõrvalt)\nVirumaa Turvateenused AS | mai 2019 – jaan. 2021',
      ).map((job) => [job.title, job.employer]),
    ).toEqual([
      ['Technical Service Chemist', 'ALDERWICK COATINGS LTD'],
      ['Turvatöötaja', 'Virumaa Turvateenused AS'],
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

  it('marks career breaks, out of sales, and leaves dates in the profile alone', () => {
    const text = [
      'Profiel',
      'Sinds 2019 accountmanager in de groothandel.',
      'Werkervaring',
      '2019 – heden   Accountmanager – Technigro B.V.',
      '2016 – 2018   Loopbaanonderbreking: mantelzorg',
      'Sep 2014 – Jan 2016   Career break: travelling',
    ].join('\n');
    expect(jobs(text).map((job) => [job.title, job.nonJob, job.salesRole])).toEqual([
      ['Accountmanager', undefined, true],
      ['Loopbaanonderbreking: mantelzorg', 'career_break', false],
      ['Career break: travelling', 'career_break', false],
    ]);
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

describe('a work history in labelled cells', () => {
  it('reads "From – To | dates" and "Position | title" rows as one job', () => {
    const text = [
      'WORK EXPERIENCE',
      'From – To | 01/03/2018 – present',
      'Position | Corporate Account Manager',
      'Employer | Atlântica Seguros, S.A., Lisbon',
      'Main responsibilities | Portfolio of 120 corporate clients',
      'From – To | 01/09/2014 – 28/02/2018',
      'Position | Sales Technician',
      'Employer | Atlântica Seguros, S.A., Lisbon',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Corporate Account Manager', employer: 'Atlântica Seguros', start: '2018-03-01', end: null },
      { title: 'Sales Technician', employer: 'Atlântica Seguros', start: '2014-09-01', end: '2018-02-28' },
    ]);
  });
});

describe('a year alone as a labelled period, and a note on how a job was held', () => {
  it('reads "Periood | 2017 (6 kuud)" as a job of that year', () => {
    const text = [
      'TÖÖKOGEMUS',
      'Periood | 01/2018 – 02/2021',
      'Amet | Customer Service Advisor',
      'Tööandja | Northway Telecom plc, Leeds, UK',
      'Periood | 2017 (6 kuud)',
      'Amet | Sales Assistant',
      'Tööandja | Harlow Home Stores Ltd, Leeds, UK',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Customer Service Advisor', start: '2018-01-01', end: '2021-02-28' },
      { title: 'Sales Assistant', employer: 'Harlow Home Stores Ltd', start: '2017-01-01', end: '2017-12-31' },
    ]);
  });

  it('keeps a title whose line ends in ", part time during studies", and takes the employer from the next line', () => {
    const text = [
      'EXPERIENCE',
      'Sept 2019 - Feb 2021',
      'Warehouse Operative (agency)',
      'Liffey Logistics, Ballycoolin',
      '2016 – 2019',
      'Sales Assistant (sprzedawca), part time during studies',
      'Księgarnia Manufaktura, Łódź',
      '• Books and gifts, cash register, advice to customers',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Warehouse Operative' },
      { title: 'Sales Assistant', employer: 'Księgarnia Manufaktura', start: '2016-01-01', end: '2019-12-31' },
    ]);
  });
});

describe("years that are not the job's", () => {
  it('does not take an employer\'s new name "since 2012" in brackets for the job\'s dates', () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      '04/2009 – 12/2013',
      'Key Account Manager Shipyards – Nordmarin Antriebe GmbH (since 2012 AquaDrive Germany GmbH), Rendsburg',
      '• 8 key accounts: shipyards in Germany, the Netherlands, Poland and Norway',
      '01/2014 – today',
      'Independent Sales Agent – Kranz Marine Agency, Hamburg',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      {
        title: 'Key Account Manager Shipyards',
        employer: 'Nordmarin Antriebe GmbH',
        start: '2009-04-01',
        end: '2013-12-31',
      },
      { title: 'Independent Sales Agent', start: '2014-01-01', end: null },
    ]);
  });

  it('reads no jobs from a list of selected accounts after the history, and no degree from "Boston, MA"', () => {
    const text = [
      'EXPERIENCE',
      '• October 2017 – present: Sales Director, Harborlight Media Group, Boston, MA. 12 media agencies and 30 direct advertisers across New England: hospital systems, universities and banks',
      '• January 2012 – September 2017: Senior Account Executive, Harborlight Media Group, Boston, MA. 55 local advertisers',
      '',
      'SELECTED ACCOUNTS',
      '• 2012 – 2017: 55 advertisers, among them a North Shore dealer group and two Boston hospitals',
      '• Since 2017: Pilgrim Health System, Bay Colony Auto Group',
    ].join('\n');
    expect(jobs(text).map((job) => job.title)).toEqual(['Sales Director', 'Senior Account Executive']);
  });
});

describe('employer, dates, then the title as a sentence of its own', () => {
  it('reads "• Nordauto Import AS, 06.2015 – praegu. Fleet Key Account Manager. Pakkumised …"', () => {
    const text = [
      'TÖÖKOGEMUS',
      '• Nordauto Import AS, 06.2015 – praegu. Fleet Key Account Manager. Autopargihangete pakkumised ja kasutusrent',
      '• Autoremont OÜ, 09.1996 – 03.2002. Automehaanik. Sõiduautode ja kaubikute remont ja diagnostika',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Fleet Key Account Manager', employer: 'Nordauto Import AS', start: '2015-06-01', end: null },
      { title: 'Automehaanik', employer: 'Autoremont OÜ', start: '1996-09-01', end: '2002-03-31' },
    ]);
  });
});

describe("a note on the employer's later name after its own", () => {
  it('reads "Relatiemanager Bedrijven – Coöperatieve Bank Westland, na de fusie van 2014 Bank Haaglanden Coöperatief"', () => {
    const text = [
      'WERKERVARING',
      'jan. 2011 – dec. 2018',
      'Relatiemanager Bedrijven – Coöperatieve Bank Westland, na de fusie van 2014 Bank Haaglanden Coöperatief',
      '   Portefeuille: 85 bedrijven',
      '',
      'jan. 2019 – heden',
      'Senior Relatiemanager – Bank Haaglanden',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Relatiemanager Bedrijven', employer: 'Coöperatieve Bank Westland', start: '2011-01-01' },
      { title: 'Senior Relatiemanager', start: '2019-01-01', end: null },
    ]);
  });
});

describe("dates in a form's row of duties", () => {
  it('takes no job from "Ülesanded | … ühendati 2017. aasta aprillis …; jätkasin kliendihaldurina"', () => {
    const text = [
      'TÖÖKOGEMUS',
      'Ajavahemik | aprill 2017 – mai 2020',
      'Ametinimetus | Kliendihaldur (ärireisid)',
      'Tööandja | Nordic Travel Management AS, Tallinn',
      'Ülesanded | Reisimaailm OÜ ühendati 2017. aasta aprillis Nordic Travel Managementiga; jätkasin ärireiside kliendihaldurina',
      'Ajavahemik | september 2006 – märts 2017',
      'Ametinimetus | Reisikonsultant',
      'Tööandja | Reisimaailm OÜ, Tallinn',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { employer: 'Nordic Travel Management AS', start: '2017-04-01', end: '2020-05-31' },
      { title: 'Reisikonsultant', start: '2006-09-01' },
    ]);
    expect(jobs(text)).toHaveLength(2);
  });
});

describe('labels of another form: "Looptijd", "Positie", "Bedrijf", "Kerntaken"', () => {
  it('reads each labelled block as one job', () => {
    const text = [
      'LOOPBAAN',
      'Looptijd | september 2019 – heden',
      'Positie | Accountmanager Binnenvaart',
      'Bedrijf | Waalcontainer Terminals B.V., Nijmegen',
      'Kerntaken | eigen portefeuille van 30 verladers; tarieven en tenders',
      'Looptijd | 2006 – februari 2014',
      'Positie | Stuurman',
      'Bedrijf | Partikuliere Rederij Gebr. Verhoef, Werkendam',
      'Kerntaken | containervaart Rotterdam – Basel, vanaf 2010 als eerste stuurman',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Accountmanager Binnenvaart', employer: 'Waalcontainer Terminals B.V.', start: '2019-09-01', end: null },
      { title: 'Stuurman', start: '2006-01-01', end: '2014-02-28' },
    ]);
  });
});

describe('achievements with their years', () => {
  it('takes no job from a figure that grew between two years, but keeps a job whose later sentence tells one', () => {
    const text = [
      'HIGHLIGHTS',
      '• Grew my key accounts from £1.2m to £2.9m a year between 2011 and 2019',
      '• Caledonian Valve Company: key account sales up from £2.1m to £4.6m from 2012 to 2019',
      '',
      'EXPERIENCE',
      '• Sales Specialist — Corrib Medical Technologies, Galway — Mar 2016 – Dec 2019. Covered 6 hospitals; grew the region from €1.9m to €2.8m',
      '• maart 2016 – heden: Bedrijfsleider, Tuincentrum De Boomgaard, Barneveld. Omzetgroei van € 7,6 naar € 9 miljoen',
    ].join('\n');
    expect(jobs(text).map((job) => job.title)).toEqual(['Sales Specialist', 'Bedrijfsleider']);
  });

  it('reads "Jobtitel" as a form\'s title label and a recovery after an accident as a break', () => {
    const text = [
      'WERKERVARING',
      'Periode | maart 2019 – augustus 2020',
      'Jobtitel | herstel na een zwaar verkeersongeval',
      'Periode | september 2005 – februari 2019',
      'Jobtitel | Mecanicien',
      'Werkgever | Landbouwmachines Vandewalle NV, Roeselare',
    ].join('\n');
    const read = jobs(text);
    expect(read.filter((job) => !job.nonJob)).toMatchObject([
      { title: 'Mecanicien', start: '2005-09-01', end: '2019-02-28' },
    ]);
  });
});

describe('trades and the works and farms of old', () => {
  it('tells the trade from the factory in either order', () => {
    const text = [
      'TÖÖKOGEMUS',
      '1988 – 1996     Tallinna Tööpinkide Tehas     Treial',
      '• 1990 – 1994, Tallinna Õmblusvabrik – õmbleja',
      '• Türi sovhoos · traktorist · 1986 – 1990',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Treial', employer: 'Tallinna Tööpinkide Tehas' },
      { title: 'õmbleja', employer: 'Tallinna Õmblusvabrik' },
      { title: 'traktorist', employer: 'Türi sovhoos' },
    ]);
  });
});

describe('a header of cells with many words', () => {
  it('reads "Title | Employer LLC, Town, Country" above its dates as a header', () => {
    const text = [
      'WORK EXPERIENCE',
      'Area Sales Manager | Aquaflo Bathware Pvt. Ltd., Kochi',
      'Jun 2019 – Till date',
      '• Managing 3 sales officers',
      'Sales Executive | Al Noor Building Materials Trading LLC, Sharjah, UAE',
      'Mar 2011 – Apr 2019',
      '• Sales of tiles, sanitaryware and fittings to contractors',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Area Sales Manager', start: '2019-06-01', end: null },
      { title: 'Sales Executive', employer: 'Al Noor Building Materials Trading LLC', start: '2011-03-01' },
    ]);
  });
});

describe('a title written in lower case, as Spanish writes it', () => {
  it('reads "Ejecutiva de ventas – grupos y eventos" above its employer and dates as a title', () => {
    const text = [
      'WERKERVARING',
      'Ejecutiva de ventas – grupos y eventos',
      'Hotel Costa Serena Marbella, Marbella, Spanje | abril 2016 – marzo 2021',
      '• Verkoop van groepsreizen en incentives aan reisbureaus',
    ].join('\n');
    expect(jobs(text)).toMatchObject([{ title: 'Ejecutiva de ventas', start: '2016-04-01', end: '2021-03-31' }]);
  });
});

describe('a title with its qualifiers in lower case, on the line above its employer and dates', () => {
  it('reads "Commercieel afgevaardigde bouwmaterialen" above "Employer · vanaf …" as the title', () => {
    const text = [
      'BEROEPSERVARING',
      'Commercieel afgevaardigde bouwmaterialen',
      'Steenhandel Kempen NV · vanaf mei 2015 tot op heden',
      '• Een 90-tal aannemers in Limburg',
      'Magazijnier',
      'Steenhandel Kempen NV · maart 2010 – april 2015',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Commercieel afgevaardigde bouwmaterialen', employer: 'Steenhandel Kempen NV', start: '2015-05-01' },
      { title: 'Magazijnier', employer: 'Steenhandel Kempen NV', start: '2010-03-01' },
    ]);
  });
});

describe('names and places in brackets beside the employer or the title', () => {
  it('reads "Employer, Inc. (Town, ST), dates" with the title below, and takes no title the job before took', () => {
    const text = [
      'EXPERIENCE',
      'Ridge Office Supply, Inc. (Salina, KS), May 2012 – Present',
      'Territory Sales Representative',
      '• 120 accounts',
      'Prairie Paper Company (Salina, KS), June 2004 – April 2012',
      'Delivery Driver',
      'Campus Books (Hays, KS), Fall 2001 – Spring 2004',
      'Cashier (part-time)',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Territory Sales Representative', employer: 'Ridge Office Supply, Inc.', start: '2012-05-01' },
      { title: 'Delivery Driver', employer: 'Prairie Paper Company', start: '2004-06-01' },
      { title: 'Cashier', employer: 'Campus Books' },
    ]);
  });

  it('reads "Title (Employer, Town), dates" as title and employer', () => {
    expect(jobs('WERKERVARING\n• Stratenmaker (Wegenbouw De Vries, Emmen), sep. 2009 – jan. 2016')).toMatchObject([
      { title: 'Stratenmaker', employer: 'Wegenbouw De Vries', start: '2009-09-01' },
    ]);
  });
});

describe('a hand as a title', () => {
  it('reads "Deck Hand" beside its employer as the title', () => {
    expect(jobs('EXPERIENCE\nMar 2009 – Oct 2011 | Harbour Ferries | Deck Hand')).toMatchObject([
      { title: 'Deck Hand', employer: 'Harbour Ferries', start: '2009-03-01' },
    ]);
  });
});

describe('employers in square brackets, and pieces set apart by double slashes', () => {
  it.each([
    [
      '[Bloemenhuis Linde BV, Tienen] Verkoper snijbloemen, maart 2017 – heden',
      'Verkoper snijbloemen',
      'Bloemenhuis Linde BV',
    ],
    [
      'maart 2017 – heden // Verkoper snijbloemen // Bloemenhuis Linde BV, Tienen',
      'Verkoper snijbloemen',
      'Bloemenhuis Linde BV',
    ],
  ])('%s', (line, title, employer) => {
    expect(jobs(`WERKERVARING\n${line}`)).toMatchObject([{ title, employer, start: '2017-03-01', end: null }]);
  });
});

describe('a table whose title cell wrapped above its row', () => {
  it('joins "Verkoper agrarische" / "winkel" into the title of the row below, in a CV whose titles stand above', () => {
    const text = [
      'LOOPBAAN',
      'Functie | Bedrijf | Jaren',
      'Vertegenwoordiger',
      'Rundvee',
      'Agrifeed Noord B.V. | 2004 – heden',
      'Bedrijfsleider | Melkveebedrijf De Zuiderhoeve | 1994 – 2003',
      'Verkoper agrarische',
      'winkel',
      'Coöperatie Agrohandel Emmeloord | 1991 – 1994',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { employer: 'Agrifeed Noord B.V.', start: '2004-01-01' },
      { title: 'Bedrijfsleider', start: '1994-01-01' },
      { title: 'Verkoper agrarische winkel', employer: 'Coöperatie Agrohandel Emmeloord', start: '1991-01-01' },
    ]);
  });
});

describe('a header line with its pieces set apart by dots', () => {
  it('reads a long "Title · Employer · Town" line below its dates', () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      'jun/2021 – present',
      'Key Account Executive · Atlântico Cargo Logística, Lda. · Porto',
      '• 28 shipper accounts in Portugal and Galicia',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Key Account Executive', employer: 'Atlântico Cargo Logística, Lda.', start: '2021-06-01', end: null },
    ]);
  });
});

describe('a work history under "Werk", employer first', () => {
  it('reads each line as employer, town, title and period', () => {
    const text = [
      'WERK',
      'Printforce Benelux, Nieuwegein — Senior Accountmanager (sinds 2021)',
      'Drukkerij Van Gelder, Amersfoort — Calculator / werkvoorbereider (2013 tot 2017)',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Senior Accountmanager', employer: 'Printforce Benelux', start: '2021-01-01', end: null },
      { title: 'Calculator', employer: 'Drukkerij Van Gelder', start: '2013-01-01' },
    ]);
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

describe('entries of a work history that are no jobs', () => {
  const marks = (text: string) => jobs(text).map((job) => [job.title, job.nonJob ?? null, job.salesRole ?? null]);

  it.each([
    ['Werkervaring\n2019 – heden   Accountmanager – Van Dijk BV\n2018 – 2019   Ouderschapsverlof', 'Ouderschapsverlof'],
    ['Experience\n2019 – present   Account Manager – Contoso Ltd\n2018 – 2019   Parental leave', 'Parental leave'],
    ['Töökogemus\n2019 – praegu   Müügijuht – Kontor OÜ\n2016 – 2019   Lapsehoolduspuhkus', 'Lapsehoolduspuhkus'],
    ['Experience\n2019 – present   Account Manager – Contoso Ltd\nJan 2018 – Dec 2018   Sabbatical', 'Sabbatical'],
  ])('marks a break in %s', (text, title) => {
    expect(marks(text)[1]).toEqual([title, 'career_break', false]);
  });

  it.each([
    [
      'Werkervaring\n2019 – heden   Accountmanager – Van Dijk BV\n2017 – 2019   Vrijwilliger – Voedselbank Noord',
      'Vrijwilliger',
    ],
    [
      'Experience\n2019 – present   Account Manager – Contoso Ltd\n2017 – 2019   Volunteer coordinator – Food Bank',
      'Volunteer coordinator',
    ],
    ['Töökogemus\n2019 – praegu   Müügijuht – Kontor OÜ\n2017 – 2019   Vabatahtlik – Toidupank', 'Vabatahtlik'],
  ])('marks volunteering in %s', (text, title) => {
    expect(marks(text)[1]).toEqual([title, 'volunteering', false]);
  });

  it.each([
    [
      'Werkervaring\n2015 – heden   Accountmanager – Van Dijk BV\n2019 – heden   Bestuurslid – Tennisvereniging De Lob',
      'Bestuurslid',
    ],
    [
      'Experience\n2015 – present   Account Manager – Contoso Ltd\n2019 – 2022   Board member – Riverside Housing Trust',
      'Board member',
    ],
    [
      'Töökogemus\n2015 – praegu   Müügijuht – Kontor OÜ\n2019 – praegu   Nõukogu liige – Spordiklubi MTÜ',
      'Nõukogu liige',
    ],
  ])('marks a seat held beside a job in %s', (text, title) => {
    expect(marks(text)[1]).toEqual([title, 'side_position', false]);
  });

  it('keeps a board seat held alone a job, and a job beside another a job', () => {
    // "Juhatuse liige" is how an Estonian small firm's manager is often titled.
    expect(
      marks('Töökogemus\n2015 – praegu   Juhatuse liige – Kontor OÜ\n2010 – 2014   Müügijuht – Papyrus AS')[0],
    ).toEqual(['Juhatuse liige', null, false]);
    expect(
      marks(
        'Experience\n2015 – present   Account Manager – Contoso Ltd\n2019 – present   Sales Trainer – Fabrikam Inc',
      ),
    ).toEqual([
      ['Account Manager', null, true],
      // A job, though one who trains sellers does not sell.
      ['Sales Trainer', null, false],
    ]);
  });
});

describe('side activities listed after the work history', () => {
  const marks = (text: string) => jobs(text).map((job) => [job.title, job.nonJob ?? null, job.salesRole ?? null]);

  it.each([
    [
      'WERKERVARING\n2015 – heden   Accountmanager – Van Dijk BV\n\nNEVENACTIVITEITEN\nPenningmeester van tennisvereniging De Lob, sinds 2020\nVrijwilliger bij de voedselbank (2017 – 2019)',
      [
        ['Penningmeester van tennisvereniging De Lob', 'side_position', false],
        ['Vrijwilliger bij de voedselbank', 'volunteering', false],
      ],
    ],
    [
      'EXPERIENCE\n2015 – present   Account Manager – Contoso Ltd\n\nVOLUNTEERING\nYoung Farmers club advisor, 2016 – present (unpaid)',
      [['Young Farmers club advisor', 'volunteering', false]],
    ],
    [
      'TÖÖKOGEMUS\n2015 – praegu   Müügijuht – Kontor OÜ\n\nVABATAHTLIK TÖÖ\nToidupanga vabatahtlik, 2020–2023: annetuste kogumine.',
      [['Toidupanga vabatahtlik', 'volunteering', false]],
    ],
  ])('%s', (text, want) => {
    expect(marks(text).slice(1)).toEqual(want);
  });

  it('reads no other dated line of a side section', () => {
    expect(
      marks('Experience\n2015 – present   Account Manager – Contoso Ltd\n\nHobbies\nCycling to Rome, 2018 – 2019'),
    ).toEqual([['Account Manager', null, true]]);
  });
});

describe('what is not a job', () => {
  it.each([
    ['a course with dates', 'Cursussen\n2019 – 2020   Cursus Verkooptechnieken – NCOI'],
    ['an education entry', 'Education\n2010 – 2014   Bachelor of Business Administration, University of Leeds'],
    ['an Estonian study', 'Haridus\n2010 – 2014   Tallinna Tehnikaülikool, ärijuhtimine'],
    ['a sentence with a year', 'Profiel\nIn 2019 won ik de prijs voor beste accountmanager van Van Dijk BV.'],
  ])('%s', (_name, text) => {
    expect(jobs(text)).toEqual([]);
  });
});

describe('overlapping jobs', () => {
  it('count once in years in sales, and a side seat beside them not at all', () => {
    const text = [
      'Experience',
      'Jan 2016 – Dec 2019   Account Manager – Contoso Ltd',
      'Jan 2018 – Dec 2020   Sales Representative – Fabrikam Inc',
      'Jan 2017 – Dec 2023   Board member – Riverside Housing Trust',
    ].join('\n');
    const work = jobs(text).map((job) => ({
      start: String(job.start),
      end: job.end === null ? null : String(job.end),
      salesRole: job.salesRole as boolean | undefined,
    }));
    expect(salesExperience(work, '2024-12-01').years).toBe(5);
  });
});

describe('the Europass layout: dates on the left, the role then the employer on the right', () => {
  const titled = (text: string) => jobs(text).map((job) => [job.title, job.employer ?? null, job.start, job.end]);

  it.each([
    [
      'WORK EXPERIENCE\n01/03/2016 – Present\nKey account manager\nNoordvaart Logistiek\nRotterdam, Netherlands\nManaging 25 national accounts.\n03/2012 – 02/2016\nSales representative\nDelta Handel\nUtrecht, Netherlands',
      [
        ['Key account manager', 'Noordvaart Logistiek', '2016-03-01', null],
        ['Sales representative', 'Delta Handel', '2012-03-01', '2016-02-29'],
      ],
    ],
    [
      'WERKERVARING\n03/2016 – heden\nAccountmanager\nNoordvaart Logistiek, Rotterdam\nBeheer van 40 klanten.\n04/2012 – 02/2016\nVerkoper\nDelta Handel, Utrecht',
      [
        ['Accountmanager', 'Noordvaart Logistiek', '2016-03-01', null],
        ['Verkoper', 'Delta Handel', '2012-04-01', '2016-02-29'],
      ],
    ],
    [
      'TÖÖKOGEMUS\n2016 – praegu\nMüügijuht\nPõhjatuul OÜ, Tallinn\nVastutan 30 ärikliendi eest.\n2012 – 2016\nMüügiesindaja\nKontor AS, Tartu',
      [
        ['Müügijuht', 'Põhjatuul OÜ', '2016-01-01', null],
        ['Müügiesindaja', 'Kontor AS', '2012-01-01', '2016-12-31'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(titled(text)).toEqual(want);
  });

  it.each([
    [
      'WORK EXPERIENCE\n01/03/2016 – CURRENT Rotterdam, Netherlands\nKEY ACCOUNT MANAGER – NOORDVAART LOGISTIEK\nManaging 25 national accounts.',
      ['KEY ACCOUNT MANAGER', 'NOORDVAART LOGISTIEK', '2016-03-01', null],
    ],
    [
      'WERKERVARING\n03/2016 – heden Utrecht, Nederland\nACCOUNTMANAGER – DELTA HANDEL\nBeheer van 40 klanten.',
      ['ACCOUNTMANAGER', 'DELTA HANDEL', '2016-03-01', null],
    ],
    [
      'TÖÖKOGEMUS\n2016 – praegu Tallinn, Eesti\nMÜÜGIJUHT – PÕHJATUUL OÜ\nVastutan 30 ärikliendi eest.',
      ['MÜÜGIJUHT', 'PÕHJATUUL OÜ', '2016-01-01', null],
    ],
  ])('takes the place beside the dates for no title or employer: %s', (text, want) => {
    expect(titled(text)).toEqual([want]);
  });

  it('still reads a title and employer beside the dates when they are no place', () => {
    expect(titled('WORK EXPERIENCE\n2016 – 2019 Account Manager, Contoso Ltd\nManaging 25 accounts.')).toEqual([
      ['Account Manager', 'Contoso Ltd', '2016-01-01', '2019-12-31'],
    ]);
  });
});

describe('a job that recurs each season', () => {
  it('reads "Elke zomer sinds …" before the title as the period, not as a duty', () => {
    expect(
      jobs(`WERKERVARING
• Elke zomer sinds mei 2020 (mei – augustus) – Verkoper strandartikelen – Strandhuis Zeeland BV. Verkoop en kassa
• Every winter since November 2019 (November – March) – Ski Technician – Alpine Hire Ltd. Fitting and repairs
`),
    ).toMatchObject([
      { title: 'Verkoper strandartikelen', start: '2020-05-01', end: null, salesRole: true },
      { title: 'Ski Technician', start: '2019-11-01', end: null },
    ]);
  });
});

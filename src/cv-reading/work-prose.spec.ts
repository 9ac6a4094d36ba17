import { splitLines } from './lines';
import { findSections } from './sections';
import { readWork, workFacts } from './work';
import { essiveToName, jobIn } from './work-prose';
import { bestUnits } from '../../test/support/time-budget';

const jobs = (text: string) => {
  const lines = splitLines(text);
  return workFacts(readWork(lines, findSections(lines))).map((fact) => fact.data);
};
const told = (sentence: string) => {
  const job = jobIn(sentence);
  return job && { title: job.title, employer: job.employer, start: job.period.start, end: job.period.end };
};

describe('a title with a compound qualifier before it', () => {
  it('keeps "Technisch-commercieel" with the title it qualifies', () => {
    const text = [
      'WERKERVARING',
      '• Rolluik Noord BV (sinds mei 2019): Technisch-commercieel adviseur zonwering. Een 70-tal aannemers en scholen in Drenthe; omzet op mijn klanten ongeveer 1,5 miljoen euro per jaar, installaties en onderhoud samen; de aannemer beslist, ik maak de offerte en volg de montage op tot de oplevering',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Technisch-commercieel adviseur', employer: 'Rolluik Noord BV', start: '2019-05-01' },
    ]);
  });
});

describe('a work history told in a letter', () => {
  it('reads the title after "waar ik sindsdien", the verb at the end', () => {
    const text = [
      'MIJN LOOPBAAN TOT NU TOE',
      'Daarna werkte ik van mei 2014 tot en met december 2019 als Hypotheekadviseur bij Huis & Hypotheek Twente in Almelo.',
      'Die ondernemers brachten mij in januari 2020 bij Bank Hollandia, waar ik sindsdien Relatiemanager Private Banking ben.',
    ].join('\n');
    expect(jobs(text)).toMatchObject([
      { title: 'Hypotheekadviseur', start: '2014-05-01', end: '2019-12-31', salesRole: true },
      { title: 'Relatiemanager Private Banking', employer: 'Bank Hollandia', start: '2020-01-01', end: null },
    ]);
  });
});

describe('a work history told in sentences', () => {
  it.each([
    [
      'Between 2010 and 2013 I led the sales team at Contoso Ltd.',
      { title: 'Sales team lead', employer: 'Contoso Ltd', start: '2010-01-01', end: '2013-12-31' },
    ],
    [
      'Since March 2021 I have worked as Account Manager at Northwind Traders.',
      { title: 'Account Manager', employer: 'Northwind Traders', start: '2021-03-01', end: null },
    ],
    [
      'From 2011 until the end of 2014 I was a sales representative for Fabrikam Inc, covering the north.',
      { title: 'Sales representative', employer: 'Fabrikam Inc', start: '2011-01-01', end: '2014-12-31' },
    ],
    [
      'Van 2010 tot 2013 was ik accountmanager bij Van Dijk BV.',
      { title: 'Accountmanager', employer: 'Van Dijk BV', start: '2010-01-01', end: '2013-12-31' },
    ],
    [
      'Sinds maart 2021 ben ik werkzaam als Key Accountmanager bij Van Dijk Logistiek B.V.',
      { title: 'Key Accountmanager', employer: 'Van Dijk Logistiek B.V', start: '2021-03-01', end: null },
    ],
    [
      'Van 2014 tot eind 2017 was ik vertegenwoordiger voor Bakker Groep in Noord-Holland.',
      { title: 'Vertegenwoordiger', employer: 'Bakker Groep', start: '2014-01-01', end: '2017-12-31' },
    ],
    [
      '2010–2013 töötasin müügijuhina ettevõttes Kontor OÜ.',
      { title: 'Müügijuht', employer: 'Kontor OÜ', start: '2010-01-01', end: '2013-12-31' },
    ],
    [
      'Alates 2021. aasta märtsist töötan kliendihaldurina Papyrus AS-is.',
      { title: 'Kliendihaldur', employer: 'Papyrus AS', start: '2021-03-01', end: null },
    ],
    [
      'Alates 2011. aastast kuni 2014. aasta lõpuni olin müügiesindaja ettevõttes Nordpaber AS.',
      { title: 'Müügiesindaja', employer: 'Nordpaber AS', start: '2011-01-01', end: '2014-12-31' },
    ],
  ])('%s', (sentence, want) => {
    expect(told(sentence)).toEqual(want);
  });

  it.each([
    'Between 2015 and 2017 I studied marketing at Tallinn University.',
    'In 2019 I won the Salesperson of the Year award at Contoso Ltd.',
    'Van 2008 tot 2012 volgde ik de opleiding Commerciële Economie aan de Hogeschool Utrecht.',
    '2012–2014 õppisin Tartu Ülikoolis majandust.',
    'Since 2020 the team has doubled its revenue.',
    'Kuni 2014. aasta lõpuni olin müügiesindaja ettevõttes Nordpaber AS.',
  ])('takes no job from "%s"', (sentence) => {
    expect(jobIn(sentence)).toBeNull();
  });

  it('reads every job of a paragraph under a work heading, and the ones listed beside it', () => {
    const text = [
      'Candidate Nine',
      '',
      'Experience',
      'Between 2010 and 2013 I led the sales team at Contoso Ltd. Since March 2021 I have worked as Account',
      'Manager at Northwind Traders, where I look after 40 accounts.',
      '',
      'Jan 2014 – Feb 2021   Sales Representative – Fabrikam Inc',
    ].join('\n');
    expect(jobs(text)).toEqual([
      { title: 'Sales team lead', employer: 'Contoso Ltd', start: '2010-01-01', end: '2013-12-31', salesRole: true },
      { title: 'Account Manager', employer: 'Northwind Traders', start: '2021-03-01', end: null, salesRole: true },
      {
        title: 'Sales Representative',
        employer: 'Fabrikam Inc',
        start: '2014-01-01',
        end: '2021-02-28',
        salesRole: true,
      },
    ]);
  });

  it('takes "at the same office" for the employer in brackets, or else the one before', () => {
    expect(
      jobs(
        'MIJN LOOPBAAN\nVan 2015 tot eind 2020 werkte ik als adviseur schade bij Noordster Assurantiën, waar ik polissen verkocht. ' +
          'Daarvoor was ik tussen 2012 en 2014 medewerker klantcontact bij hetzelfde kantoor.',
      ).map((job) => [job.employer, job.start, job.salesRole]),
    ).toEqual([
      ['Noordster Assurantiën', '2015-01-01', true],
      ['Noordster Assurantiën', '2012-01-01', false],
    ]);
    expect(
      told('Before that I was an analyst between 2014 and 2015 at the same bank (Lothian Trust Bank).'),
    ).toMatchObject({
      employer: 'Lothian Trust Bank',
    });
  });

  it('reads a title in capitals to its end, and an assistant to those who sell as no sales role', () => {
    expect(
      jobs(
        'CAREER HISTORY\nFrom 2016 until August 2020 I was Assistant Relationship Manager at Lothian Trust Bank, supporting two senior bankers.',
      ),
    ).toEqual([
      {
        title: 'Assistant Relationship Manager',
        employer: 'Lothian Trust Bank',
        start: '2016-01-01',
        end: '2020-08-31',
        salesRole: false,
      },
    ]);
  });

  it('reads a start in one sentence and its end in the next, or where the next job began', () => {
    expect(
      jobs(
        'MIJN LOOPBAAN TOT NU TOE\nSinds februari 2020 ben ik relatiebeheerder bij Scheldemond Verzekeringen. ' +
          'In juli 2015 maakte ik de overstap naar Van der Hoeven Assurantiën als adviseur zakelijke verzekeringen. ' +
          'Daar adviseerde ik tot en met juni 2019 zo’n 300 ondernemers en verkocht ik hun verzekeringen. ' +
          'In 2012 begon ik als schadebehandelaar bij Zeeuwse Algemene Verzekeringen.',
      ).map((job) => [job.employer, job.start, job.end, job.salesRole]),
    ).toEqual([
      ['Scheldemond Verzekeringen', '2020-02-01', null, true],
      ['Van der Hoeven Assurantiën', '2015-07-01', '2019-06-30', true],
      ['Zeeuwse Algemene Verzekeringen', '2012-01-01', '2015-06-30', false],
    ]);
  });

  it('takes a break told before a job for no break of that job, and a title in capitals for a title', () => {
    expect(
      jobs(
        'MY CAREER SO FAR\nAfter a year of parental leave I came back to Pennine Mutual as an Account Executive, from 2019 until March 2021. ' +
          'In 2015 I joined Pennine Mutual as a Claims Handler (2015–2018).',
      ),
    ).toEqual([
      expect.objectContaining({ title: 'Account Executive', employer: 'Pennine Mutual', salesRole: true }),
      expect.objectContaining({ title: 'Claims Handler', start: '2015-01-01', end: '2018-12-31' }),
    ]);
    expect(
      jobs(
        'MY CAREER SO FAR\nAfter a year of parental leave I came back to Pennine Mutual as an Account Executive, from 2019 until March 2021.',
      )[0],
    ).not.toHaveProperty('nonJob');
  });

  it('reads a story under a heading it does not know when it tells two jobs, "X hired me", a period in the next sentence', () => {
    expect(
      jobs(
        'HOW I GOT HERE\nSince 2022 I have been a Senior Account Manager at Kirkgate Software. ' +
          'Kirkgate hired me as an Account Manager when I came home. From 2019 to 2021 I ran a patch of 120 homes.',
      ).map((job) => [job.title, job.employer, job.start, job.end]),
    ).toEqual([
      ['Senior Account Manager', 'Kirkgate Software', '2022-01-01', null],
      ['Account Manager', 'Kirkgate', '2019-01-01', '2021-12-31'],
    ]);
  });

  it('takes a start told a sentence before its job, and the Estonian translative for a title', () => {
    expect(
      jobs(
        'Loopbaan\nIn september 2014 stapte ik over naar de bank. Bij Peelland Bank werd ik accountmanager en bouwde ik tot eind 2018 een portefeuille op.',
      ).map((job) => [job.title, job.employer, job.start, job.end]),
    ).toEqual([['Accountmanager', 'Peelland Bank', '2014-09-01', '2018-12-31']]);
    expect(essiveToName('müügiesindajaks')).toBe('müügiesindaja');
  });

  it('takes the job held now from the profile when the history does not list it', () => {
    const history = '\nExperience\nAccount Handler\nWensum Insurance Services | Feb 2019 – Mar 2023';
    expect(
      jobs(
        `Profile\nSince April 2023 I have been an Account Executive at Broadland Insurance Brokers in Norwich.${history}`,
      ).map((job) => [job.title, job.employer, job.start, job.end]),
    ).toEqual([
      ['Account Executive', 'Broadland Insurance Brokers', '2023-04-01', null],
      ['Account Handler', 'Wensum Insurance Services', '2019-02-01', '2023-03-31'],
    ]);
    expect(
      jobs(
        'Profiil\nAlates 2022. aasta oktoobrist olen Koodikoda OÜ äriarendusjuht ja vastutan Põhjamaade turu eest.',
      ).map((job) => [job.title, job.employer, job.start]),
    ).toEqual([['Äriarendusjuht', 'Koodikoda OÜ', '2022-10-01']]);
  });

  it('leaves a profile that retells a listed job, the past or the career as a whole to the profile', () => {
    const listed = '\nWork experience\nAccount Manager, Northwind Traders | 2019 – present';
    expect(jobs(`Profile\nSince 2019 I have worked as Account Manager at Northwind Traders.${listed}`)).toHaveLength(1);
    expect(
      jobs(
        'Profile\nBetween 2010 and 2013 I was a sales rep at Contoso Ltd.\nExperience\nBuyer, Fabrikam | 2014 – 2016',
      ),
    ).toHaveLength(1);
    const later = '\nExperience\nKey Account Manager, Fabrikam BV | 2015 – 2020';
    expect(jobs(`Profile\nSince 2010 I have worked as an account manager at Contoso Ltd.${later}`)).toHaveLength(1);
  });

  it('reads a job whose sentence goes on to what was learnt there, and Estonian months in their cases on both ends', () => {
    const text = [
      'TÖÖELU',
      'Pärast keskkooli töötasin 2009–2013 müüjana Viljandi Kodukaubad OÜ-s ja õppisin seal, kuidas kliendiga rääkida.',
      '• Müügiagronoom, Virumaa Agro AS, Rakvere. Nõustan ja varustan 85 farmi. (märtsist 2017 tänaseni)',
      'Kaitseliidu Viru maleva liige alates 2010.',
      'Emigratie en inburgering 2014 - 2015',
    ].join('\n');
    expect(jobs(text).map((job) => [job.title, job.start, job.end, job.salesRole, job.nonJob])).toEqual([
      ['Müüja', '2009-01-01', '2013-12-31', true, undefined],
      ['Müügiagronoom', '2017-03-01', null, true, undefined],
      ['Kaitseliidu Viru maleva liige', '2010-01-01', null, false, 'service'],
      ['Emigratie en inburgering', '2014-01-01', '2015-12-31', false, 'career_break'],
    ]);
  });

  it("takes a role's own dates over its employer's years in brackets before them", () => {
    const text = [
      'WERKERVARING',
      '• Farmagroothandel Centraal B.V., Houten (2004 – heden): Accountmanager Apotheken, juni 2014 – heden. Jaarafspraken',
      'COMMUNITY',
      'Town councillor, Keynsham Town Council (co-opted 2023 – present).',
    ].join('\n');
    expect(jobs(text).map((job) => [job.title, job.employer, job.start, job.nonJob])).toEqual([
      ['Accountmanager Apotheken', 'Farmagroothandel Centraal B.V.', '2014-06-01', undefined],
      ['Town councillor', 'Keynsham Town Council', '2023-01-01', 'side_position'],
    ]);
  });

  it('keeps a job whose dates carry a leave within them in brackets a job', () => {
    const text = [
      'TÖÖKOGEMUS',
      'Ravimiesindaja',
      'Pharmabalt Eesti OÜ, Tallinn | 03.2016 – praegu (07.2018 – 08.2020 lapsehoolduspuhkusel)',
      '• visiidid perearstidele ja apteekidele',
    ].join('\n');
    expect(jobs(text).map((job) => [job.title, job.start, job.end, job.salesRole, job.nonJob])).toEqual([
      ['Ravimiesindaja', '2016-03-01', null, true, undefined],
    ]);
  });

  it('reads a paid selling job among side activities as a job, and no manager named under references', () => {
    const text = [
      'WERKERVARING',
      'Marketing Manager',
      'Buitenleven Tuinmeubelen B.V., Heemstede | januari 2020 – heden',
      '',
      'NEVENACTIVITEITEN',
      'sinds maart 2022   Business developer (freelance, één dag per week) – Wijnhandel Het Vat, Haarlem',
      '2019 – heden   Penningmeester (vrijwillig) – Tennisvereniging Kennemerland',
      '',
      'REFERENCES',
      '• Regional Sales Manager – Boland Breweries (Pty) Ltd, Paarl (my manager 2015 – 2021)',
    ].join('\n');
    expect(jobs(text).map((job) => [job.title, job.salesRole, job.nonJob])).toEqual([
      ['Marketing Manager', false, undefined],
      ['Business developer', true, undefined],
      ['Penningmeester', false, 'volunteering'],
    ]);
  });

  it('takes a title repeated in a tagline under the name for no job, and reads "Designation" and "Tenure" columns', () => {
    const tagline = [
      'Kandidaat Kaksteist',
      'Erapangandur · finantsvaldkonnas alates 1991',
      '',
      'TÖÖKOGEMUS',
      'Erapangandur',
      'Läänemere Pank AS, Tallinn | 2012 – praegu',
    ].join('\n');
    expect(jobs(tagline).map((job) => [job.title, job.start])).toEqual([['Erapangandur', '2012-01-01']]);
    const table = [
      'PROFESSIONAL EXPERIENCE',
      'Organisation | Designation | Tenure',
      'Assam Valley Tea Exports Pvt Ltd | Manager – Export Sales | Apr 2017 – Till Date',
    ].join('\n');
    expect(jobs(table).map((job) => [job.title, job.employer, job.salesRole])).toEqual([
      ['Manager – Export Sales', 'Assam Valley Tea Exports Pvt Ltd', true],
    ]);
  });

  it('marks a sabbatical told in a sentence as no job', () => {
    expect(jobs('Werkervaring\nVan 2018 tot 2019 was ik met sabbatical als vrijwilliger bij Stichting Noord.')).toEqual(
      [expect.objectContaining({ nonJob: 'volunteering', salesRole: false })],
    );
  });

  it('names an Estonian role in the essive as a title', () => {
    expect(
      ['müügijuhina', 'kliendihaldurina', 'müügiesindajana', 'konsultandina', 'Verkoper'].map(essiveToName),
    ).toEqual(['müügijuht', 'kliendihaldur', 'müügiesindaja', 'konsultant', 'Verkoper']);
  });

  it('reads a long hostile paragraph under a work heading in bounded time', async () => {
    const text = `Experience\n${'Since 2019 I was at Contoso Ltd as '.repeat(5_000)}`;
    const { units } = await bestUnits(() => jobs(text), 50);
    expect(units).toBeLessThan(50);
  });
});

describe('prose beside a listed history', () => {
  it('leaves a dated header line right under a paragraph to the listed reading', () => {
    const text = [
      'Werkervaring',
      'Sinds maart 2021 werk ik als verkoper bij Bakker Groep, in de regio Noord-Holland en Friesland.',
      '2015 – 2021   Accountmanager – Van Dijk BV',
    ].join('\n');
    expect(jobs(text).map((job) => [job.title, job.employer, job.start])).toEqual([
      ['Verkoper', 'Bakker Groep', '2021-03-01'],
      ['Accountmanager', 'Van Dijk BV', '2015-01-01'],
    ]);
  });
});

describe('a paragraph a PDF wrapped before its dates', () => {
  it('reads "…, als accountmanager bedrijven, van" / "juli 2006 tot maart 2015." as one sentence, not a header', () => {
    const text = [
      'LOOPBAAN',
      'Van januari 1998 tot de zomer van 2006 werkte ik als commercieel binnendienstmedewerker bij',
      'Makelaarskantoor Vanhoutte & Zonen in Roeselare: offertes, verlengingen en telefonische verkoop.',
      'Daarna kreeg ik bij hetzelfde kantoor een eigen portefeuille bedrijfsklanten, als accountmanager bedrijven, van',
      'juli 2006 tot maart 2015.',
    ].join('\n');
    expect(jobs(text)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'Accountmanager', start: '2006-07-01', end: '2015-03-31' }),
      ]),
    );
  });
});

it('reads a sentence a PDF broke after "from", its dates opening the next line', () => {
  const text = [
    'WORK EXPERIENCE',
    'I joined the company as Showroom Assistant and worked there from',
    'January 2017 until August 2020, preparing the collections, the order',
    'confirmations and the agents’ samples.',
  ].join('\n');
  expect(jobs(text)).toEqual([
    expect.objectContaining({ title: 'Showroom Assistant', start: '2017-01-01', end: '2020-08-31' }),
  ]);
});

it('takes an optometrist for a title in a sentence about the job after one’s studies', () => {
  const text = [
    'Mijn loopbaan',
    'Na mijn studie werkte ik van september 2005 tot eind 2010 als optometrist in het Oogcentrum Linkeroever in',
    'Antwerpen: metingen en voorbereiding van patiënten voor cataract- en refractiechirurgie.',
  ].join('\n');
  expect(jobs(text)).toEqual([
    expect.objectContaining({ title: 'Optometrist', start: '2005-09-01', end: '2010-12-31' }),
  ]);
});

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The held-out set: twelve CVs (four per language and per format) written
 * without looking at the reader, with headings, date forms and phrasings the
 * tuned corpus does not use. Written to test/fixtures/cvs/held-out/ and only
 * reported on, never asserted on: nobody tunes the reader on them.
 */
export const HELD_OUT: CvSource[] = [
  {
    id: 'nl-h01-accountmanager-kantoor',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Veertien',
    email: 'kandidaat.veertien@example.com',
    phone: '+31 6 18 27 36 45',
    contactLines: ['Eindhoven'],
    tagline: 'Accountmanager | zakelijke dienstverlening',
    headings: {
      work: 'Professionele ervaring',
      profile: 'Wie ben ik',
      skills: 'Vaardigheden',
      courses: 'Trainingen',
      contact: 'Gegevens',
    },
    profile: [
      'Accountmanager met een klantenportefeuille van 35 mkb-bedrijven in Noord-Brabant en een omzet van ruim ' +
        '2 miljoen euro per jaar. Ik spreek dagelijks met eigenaren en directeuren.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Accountmanager', 'Brabantse Kantoorpartners B.V.', '2020', null, true, 'sinds 2020', [
        'Jaarcontracten voor kantoorinrichting en facilitaire diensten',
        'Nieuwe klanten via beurzen en de regionale ondernemersvereniging',
      ]),
      {
        ...job(
          'Medewerker verkoop binnendienst',
          'Kempen Office Supplies',
          '2017-03',
          '2019-12',
          true,
          'maart 2017 - december 2019',
          ['Telefonische orders en offertes voor vaste klanten'],
        ),
        lines: ['Medewerker verkoop binnendienst — Kempen Office Supplies', 'maart 2017 - december 2019'],
      },
      {
        ...job('Teamleider klantenservice', 'Kempen Office Supplies', '2014', '2017', false, '2014 - 2017', [
          'Roosters en kwaliteit van een team van zes medewerkers',
        ]),
        lines: ['Teamleider klantenservice — Kempen Office Supplies', '2014 - 2017'],
      },
    ],
    education: [
      edu('hbo', 'Hbo Bedrijfseconomie, Fontys Hogescholen Eindhoven (2010 - 2014)', {
        field: 'Bedrijfseconomie',
        institution: 'Fontys Hogescholen Eindhoven',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [named('Accountplanning in de praktijk'), named('Zakelijk schrijven', 'Zakelijk schrijven (2019)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'C1', 'Engels (vloeiend)'),
      lang('de', 'B1', 'Duits (redelijk)'),
    ],
    skills: ['Klantgericht', 'Commercieel', 'Plannen en organiseren', 'Exact Online'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 2_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'sales', 'organisation'],
  },
  {
    id: 'nl-h02-key-accountmanager-zorg',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zestien',
    email: 'kandidaat.zestien@example.org',
    phone: '024 345 6789',
    contactLines: ['Nijmegen'],
    headings: {
      work: 'Arbeidsverleden',
      workTable: ['Periode', 'Functie', 'Organisatie'],
      education: 'Opleidingen',
      skills: 'Kwaliteiten',
      courses: 'Bijscholing',
      languages: 'Talenkennis',
    },
    profile: [],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Key accountmanager zorg', 'MediVoorraad Nederland B.V.', '2020-01', null, true, '01.2020–heden', [
        'Verantwoordelijk voor 28 accounts: ziekenhuizen en zorggroepen door heel Nederland',
        'Omzet 2025: € 6,4 mln',
        'Jaarlijkse aanbestedingen en prijsafspraken',
      ]),
      job('Accountmanager', 'Zorgtextiel Oost', '2016-01', '2019-06', true, '01.2016–06.2019', [
        'Verkoop van bedrijfskleding en linnenservice aan verpleeghuizen',
      ]),
      job('Inkoper', 'Zorgtextiel Oost', '2013-09', '2015-12', false, '09.2013–12.2015'),
    ],
    education: [
      edu('hbo bachelor', 'HBO-bachelor Small Business & Retail Management, HAN, 2009–2013', {
        field: 'Small Business & Retail Management',
        institution: 'HAN',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('mbo 4', 'MBO 4 Handel, ROC Nijmegen, 2005–2009', {
        field: 'Handel',
        institution: 'ROC Nijmegen',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Aanbesteden voor leveranciers', 'Aanbesteden voor leveranciers (2022)'),
      named('Harvard onderhandelen'),
    ],
    certifications: [],
    languages: [
      lang('en', 'C1', 'vloeiend Engels'),
      lang('de', 'B1', 'redelijk Duits'),
      lang('nl', 'native', 'Nederlands is mijn moedertaal'),
    ],
    languagesText: ['Ik spreek vloeiend Engels en redelijk Duits; Nederlands is mijn moedertaal.'],
    skills: ['Overtuigend', 'Tactvol', 'Analytisch'],
    clientBase: { activeAccounts: 28, annualRevenueEur: 6_400_000, segment: 'national' },
    competencies: ['persuasiveness', 'tact_assertiveness', 'analytical'],
  },
  {
    id: 'nl-h03-relatiebeheerder-verzekeringen',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zeventien',
    email: 'kandidaat.zeventien@example.net',
    phone: '06 4455 6677',
    contactLines: ['Goes'],
    headings: { profile: 'Over mij', work: 'Ervaring', skills: 'Wat ik goed kan', certifications: 'Diploma’s Wft' },
    profile: [
      'Relatiebeheerder bij een regionale verzekeraar. Ik onderhoud de contacten met ongeveer 120 zakelijke ' +
        'klanten in Zeeland, van bakkerij tot transportbedrijf.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Relatiebeheerder zakelijk', 'Schelde Verzekeringen', '2018', null, true, '2018 - nu', [
          'Jaarlijkse polisgesprekken op locatie',
          'Premieadvies en begeleiding bij schades',
        ]),
        lines: ['2018 - nu: Relatiebeheerder zakelijk bij Schelde Verzekeringen, Goes'],
      },
      {
        ...job('Schadebehandelaar', 'Schelde Verzekeringen', '2015', '2018', false, '2015 - 2018', [
          'Afhandeling van autoschades en brandschades',
        ]),
        lines: ['2015 - 2018: Schadebehandelaar bij Schelde Verzekeringen'],
      },
      {
        ...job('Verkoper', 'Fietsplaza Middelburg', '2012', '2015', true, '2012 - 2015'),
        lines: ['2012 - 2015: Verkoper (parttime, naast de studie) bij Fietsplaza Middelburg'],
      },
    ],
    education: [
      edu('hbo', 'HBO Bedrijfseconomie, HZ University of Applied Sciences, Vlissingen, 2011 - 2015', {
        field: 'Bedrijfseconomie',
        institution: 'HZ University of Applied Sciences',
        startYear: 2011,
        endYear: 2015,
      }),
      edu('havo', 'Havo, Calvijn College Goes, 2006 - 2011', {
        institution: 'Calvijn College Goes',
        startYear: 2006,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [named('Wft Basis'), named('Wft Schadeverzekeringen Zakelijk')],
    languages: [
      lang('nl', 'native', 'Nederlands is mijn moedertaal'),
      lang('en', 'B2', 'Engels spreek en schrijf ik goed'),
      lang('fr', 'A2', 'Frans op basisniveau'),
    ],
    languagesText: ['Nederlands is mijn moedertaal. Engels spreek en schrijf ik goed, Frans op basisniveau.'],
    skills: ['Relatiebeheer', 'Communicatief vaardig', 'Stressbestendig'],
    clientBase: { activeAccounts: 120, segment: 'regional_smb' },
    competencies: ['relationship_building', 'communication', 'stress_resistance'],
  },
  {
    id: 'nl-h04-business-developer-maakindustrie',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achttien',
    email: 'kandidaat.achttien@example.com',
    phone: '+31 74 255 0182',
    contactLines: ['Hengelo'],
    headings: { work: 'Carrière', profile: 'Samenvatting', skills: 'Kerncompetenties' },
    profile: [
      'Ondernemende business developer in de maakindustrie. Ik bouw internationale klantrelaties op met ' +
        'machinebouwers in Duitsland, België en Scandinavië; mijn klanten zijn samen goed voor een jaaromzet ' +
        'van circa € 3,8 miljoen.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Business Developer Europa',
          'Twentse Precisie Techniek B.V.',
          '2019-03',
          null,
          true,
          'vanaf maart 2019',
          [
            'Opbouwen van een dealernetwerk in Duitsland en Oostenrijk',
            'Beursbezoek en offertetrajecten met de engineeringafdelingen van klanten',
          ],
        ),
        lines: ['Business Developer Europa | Twentse Precisie Techniek B.V., Hengelo | vanaf maart 2019'],
      },
      {
        ...job('Projectengineer', 'Twentse Precisie Techniek B.V.', '2015-04', '2019-02', false, 'apr 2015 – feb 2019'),
        lines: ['Projectengineer | Twentse Precisie Techniek B.V. | apr 2015 – feb 2019'],
      },
      {
        ...job('Technisch tekenaar', 'Oost Metaal', '2012-07', '2015-03', false, 'jul 2012 – mrt 2015'),
        lines: ['Technisch tekenaar | Oost Metaal | jul 2012 – mrt 2015'],
      },
    ],
    education: [
      edu('wo master', 'WO Master Mechanical Engineering, Universiteit Twente, 2010–2012', {
        field: 'Mechanical Engineering',
        institution: 'Universiteit Twente',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bachelor', 'Bachelor Werktuigbouwkunde, Universiteit Twente, 2007–2010', {
        field: 'Werktuigbouwkunde',
        institution: 'Universiteit Twente',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Sales voor technici'), named('Exportmanagement', 'Exportmanagement (2020)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'C1', 'Duits – C1'),
      lang('en', 'C1', 'Engels – C1'),
      lang('sv', 'A2', 'Zweeds – A2'),
    ],
    skills: ['Ondernemerschap', 'Innovatief', 'Onderhandelen', 'Samenwerken'],
    clientBase: { annualRevenueEur: 3_800_000, segment: 'international' },
    competencies: ['entrepreneurship', 'innovation', 'negotiation', 'teamwork'],
  },
  {
    id: 'et-h01-votmekliendihaldur-pakendid',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Neliteist',
    email: 'kandidaat.neliteist@example.com',
    phone: '+372 5123 4455',
    contactLines: ['Tallinn'],
    tagline: 'Võtmekliendihaldur',
    headings: { work: 'Töökohad', profile: 'Lühidalt', skills: 'Tugevused', courses: 'Täiendkoolitused' },
    profile: [
      'Haldan 30 ärikliendi portfelli Baltikumis – peamiselt logistika- ja tootmisettevõtted Lätis ja Leedus. ' +
        'Suhtlen otse ettevõtete juhatuse liikmetega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Võtmekliendihaldur', 'Balti Pakendid AS', '2021', null, true, 'alates 2021', [
          'Aastalepingute ja hinnakokkulepete ettevalmistamine',
          'Klientide külastused Riias ja Vilniuses',
        ]),
        lines: ['Võtmekliendihaldur', 'Balti Pakendid AS, Tallinn | alates 2021'],
      },
      job('Müügiesindaja', 'Balti Pakendid AS', '2017', '2021', true, '2017–2021 (4 a)', [
        'Pakendilahenduste müük Põhja-Eesti tootjatele',
      ]),
      job('Laojuhataja', 'Harju Ladu OÜ', '2014', '2017', false, '2014–2017 (3 a)'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Rakenduskõrgharidus, logistika, Tallinna Tehnikakõrgkool, 2010–2014', {
        field: 'logistika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [named('Läbirääkimiste psühholoogia'), named('Excel edasijõudnutele')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – vabalt'),
      lang('en', 'B2', 'inglise – B2'),
      lang('lv', 'A2', 'läti – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Pingetaluvus', 'Meeskonnatöö', 'Taktitunne'],
    clientBase: { activeAccounts: 30, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'stress_resistance', 'teamwork', 'tact_assertiveness'],
  },
  {
    id: 'et-h02-arikliendihaldur-pank',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Kuusteist',
    email: 'kandidaat.kuusteist@example.net',
    phone: '+372 5890 1234',
    contactLines: ['Tartu'],
    headings: { work: 'Senine töö', workTable: ['Aeg', 'Ettevõte', 'Amet'], skills: 'Omadused' },
    profile: [
      'Ettevõtete kliendihaldur pangas. Minu portfellis on 85 väike- ja keskmise suurusega ettevõtet Tartus ja ' +
        'Lõuna-Eestis, laenuportfelli maht on 40 miljonit eurot.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Ärikliendihaldur', 'Lõuna Pank AS', '2019-03', null, true, '03.2019 – praegu', [
        'Laenu- ja liisingupakkumised, kohtumised ettevõtjatega',
        'Krediidiotsuste ettevalmistamine',
      ]),
      job('Krediidianalüütik', 'Lõuna Pank AS', '2015-09', '2019-02', false, '09.2015 – 02.2019'),
      job('Klienditeenindaja', 'Emajõe Kindlustus AS', '2013-06', '2015-08', false, '06.2013 – 08.2015'),
    ],
    education: [
      edu('magistrikraad', 'Magistrikraad, rahandus, Tartu Ülikool, 2013–2015', {
        field: 'rahandus',
        institution: 'Tartu Ülikool',
        startYear: 2013,
        endYear: 2015,
      }),
      edu('bakalaureusekraad', 'Bakalaureusekraad, majandusteadus, Tartu Ülikool, 2010–2013', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('EFA', 'EFPA European Financial Advisor (EFA), 2018')],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'C1', 'Inglise keel – C1'),
      lang('ru', 'B1', 'Vene keel – B1'),
      lang('de', 'A2', 'Saksa keel – A2'),
    ],
    skills: ['Finantsanalüüs', 'Suhete loomine', 'Kohusetundlik'],
    clientBase: { activeAccounts: 85, segment: 'regional_smb' },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'et-h03-muugijuht-ehitus',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Seitseteist',
    email: 'kandidaat.seitseteist@example.org',
    phone: '+372 5678 9012',
    contactLines: ['Tartu'],
    headings: { work: 'Karjäär', profile: 'Tutvustus' },
    profile: ['Müügijuht ehitusmaterjalide hulgimüügis; juhin 8-liikmelist müügimeeskonda.'],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügijuht', 'Lõuna Ehitusmaterjalid OÜ', '2020-01', null, true, 'jaanuar 2020 – praeguseni', [
          'Müügieesmärkide seadmine ja aruandlus',
          'Uute müügiesindajate väljaõpe',
        ]),
        lines: ['jaanuar 2020 – praeguseni: müügijuht, Lõuna Ehitusmaterjalid OÜ (Tartu)'],
      },
      {
        ...job(
          'Müügiesindaja',
          'Lõuna Ehitusmaterjalid OÜ',
          '2016-03',
          '2019-12',
          true,
          'märts 2016 – detsember 2019',
          ['Ehitusfirmade ja poodide külastamine Tartu- ja Põlvamaal'],
        ),
        lines: ['märts 2016 – detsember 2019: müügiesindaja, Lõuna Ehitusmaterjalid OÜ'],
      },
      {
        ...job('Klienditeenindaja', 'Ehitusmarket Kaubahall', '2012-05', '2016-02', false, 'mai 2012 – veebruar 2016'),
        lines: ['mai 2012 – veebruar 2016: klienditeenindaja, Ehitusmarket Kaubahall'],
      },
    ],
    education: [
      edu('kutseharidus', 'Kutseharidus, ärikorraldus, Tartu Kutsehariduskeskus, 2010–2012', {
        field: 'ärikorraldus',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2010,
        endYear: 2012,
      }),
    ],
    courses: [named('Müügijuhtimise koolitus', 'Müügijuhtimise koolitus (2021)'), named('Juhtimise alused')],
    certifications: [],
    languages: [
      lang('ru', 'C1', 'Räägin vabalt vene keelt'),
      lang('en', 'B1', 'inglise keelt suhtlustasemel'),
      lang('et', 'native', 'emakeel eesti'),
    ],
    languagesText: ['Räägin vabalt vene keelt, inglise keelt suhtlustasemel; emakeel eesti.'],
    skills: ['Juhendamisoskus', 'Ettevõtlikkus', 'Planeerimine', 'Müügioskus'],
    clientBase: null,
    competencies: ['coaching', 'entrepreneurship', 'organisation', 'sales'],
  },
  {
    id: 'et-h04-ariarendusjuht-tarkvara',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaheksateist',
    email: 'kandidaat.kaheksateist@example.com',
    phone: null,
    contactLines: ['Tallinn', 'example.com/in/kandidaat-kaheksateist'],
    headings: { work: 'Erialane töökogemus', profile: 'Kokkuvõte' },
    profile: [
      'Äriarendusjuht tarkvaraettevõttes. Vastutan Põhjamaade ja Saksamaa klientide eest, kelle aastane käive ' +
        'meiega on ligikaudu 1,6 miljonit eurot. Olen loov ja analüütiline.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Äriarendusjuht', 'Pilvekiri OÜ', '2021-02', null, true, '02/2021 – praegu', [
          'Partnerite leidmine Soomes ja Rootsis',
          'Hinnapakkumised ja lepingud',
        ]),
        lines: ['Äriarendusjuht, Pilvekiri OÜ', 'Tallinn, 02/2021 – praegu'],
      },
      {
        ...job('Projektijuht', 'Pilvekiri OÜ', '2017-08', '2021-01', false, '08/2017 – 01/2021', [
          'Tarkvaraarenduse projektide ajakava ja eelarve',
        ]),
        lines: ['Projektijuht, Pilvekiri OÜ', 'Tallinn, 08/2017 – 01/2021'],
      },
      {
        ...job('Turundusspetsialist', 'Digimeedia AS', '2014', '2017', false, '2014 – 2017'),
        lines: ['Turundusspetsialist, Digimeedia AS', '2014 – 2017'],
      },
    ],
    education: [
      edu('magister', 'Magister, infotehnoloogia juhtimine, Tallinna Tehnikaülikool, 2012–2014', {
        field: 'infotehnoloogia juhtimine',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2012,
        endYear: 2014,
      }),
      edu('bakalaureus', 'Bakalaureus, majandus, Tallinna Tehnikaülikool, 2009–2012', {
        field: 'majandus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C2', 'inglise keel – C2'),
      lang('fi', 'B2', 'soome keel – hea'),
      lang('de', 'B1', 'saksa keel – B1'),
    ],
    skills: ['Läbirääkimised', 'Kliendisuhted', 'Pipedrive CRM'],
    clientBase: { annualRevenueEur: 1_600_000, segment: 'international' },
    competencies: ['innovation', 'analytical', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h01-senior-account-manager-software',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fourteen',
    email: 'candidate.fourteen@example.com',
    phone: '+44 161 496 0123',
    contactLines: ['Manchester'],
    headings: { work: 'Career history', profile: 'Summary', skills: 'Skills' },
    profile: [
      'Account manager in B2B software, responsible for a book of 50 mid-market clients across the UK ' +
        'generating €3.5m in annual recurring revenue.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Senior Account Manager', 'Ledgerly Ltd', '2020-01', null, true, 'Jan 2020 to present', [
          'Quarterly business reviews with finance directors',
          'Renewals and upsell of payroll modules',
        ]),
        lines: ['Jan 2020 to present — Senior Account Manager, Ledgerly Ltd, Manchester'],
      },
      {
        ...job('Account Manager', 'Ledgerly Ltd', '2015-01', '2019-12', true, 'Jan 2015 to Dec 2019'),
        lines: ['Jan 2015 to Dec 2019 — Account Manager, Ledgerly Ltd'],
      },
      {
        ...job('Customer Support Analyst', 'Northpoint Telecom', '2012-09', '2014-12', false, 'Sep 2012 to Dec 2014', [
          'Second-line support for business broadband customers',
        ]),
        lines: ['Sep 2012 to Dec 2014 — Customer Support Analyst, Northpoint Telecom'],
      },
    ],
    education: [
      edu('ba', 'BA (Hons) Business Management, Manchester Metropolitan University, 2009–2012', {
        field: 'Business Management',
        institution: 'Manchester Metropolitan University',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [named('MEDDIC qualification workshop')],
    certifications: [],
    languages: [lang('en', 'native', 'English (native)'), lang('es', 'B1', 'conversational Spanish')],
    languagesText: ['English (native); conversational Spanish.'],
    skills: ['Relationship management', 'Negotiation', 'Customer-centric', 'HubSpot'],
    clientBase: { activeAccounts: 50, annualRevenueEur: 3_500_000, segment: 'national', decisionMakers: true },
    competencies: ['relationship_building', 'negotiation', 'customer_focus'],
  },
  {
    id: 'en-h02-export-sales-manager',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Fifteen',
    email: 'candidate.fifteen@example.net',
    phone: '+44 113 496 0456',
    contactLines: ['Leeds'],
    headings: { work: 'Professional experience', workTable: ['Dates', 'Company', 'Position'], skills: 'Abilities' },
    profile: [],
    jobStyle: 'table',
    jobs: [
      job('Export Sales Manager', 'Alpine Coatings GmbH', '2019', null, true, 'since 2019', [
        'Managing 22 distributor accounts in Germany, Austria and Switzerland',
        'Annual pricing rounds and trade-show planning',
      ]),
      job('Inside Sales Representative', 'Alpine Coatings GmbH', '2016', '2019', true, '2016 – 2019'),
      job('Laboratory Technician', 'Harbour Paints Ltd', '2013', '2016', false, '2013 – 2016'),
    ],
    education: [
      edu('bsc', 'BSc Chemistry, University of Leeds, 2009 – 2012', {
        field: 'Chemistry',
        institution: 'University of Leeds',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('en', 'native', 'English: native'),
      lang('de', 'C1', 'German: C1'),
      lang('fr', 'B1', 'French: B1'),
    ],
    skills: ['Commercial drive', 'Diplomatic', 'Works under pressure', 'SAP SD'],
    clientBase: { activeAccounts: 22, segment: 'international' },
    competencies: ['entrepreneurship', 'tact_assertiveness', 'stress_resistance'],
  },
  {
    id: 'en-h03-relationship-manager-private-bank',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Sixteen',
    email: 'candidate.sixteen@example.org',
    phone: '+353 1 555 0199',
    contactLines: ['Dublin'],
    tagline: 'Relationship Manager, Private Banking',
    headings: { work: 'Professional background', skills: 'Core skills', education: 'Education and qualifications' },
    profile: ['Relationship manager looking after 120 private banking clients, with assets under management of €180m.'],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Relationship Manager', 'Liffey Private Bank', '2019-06', null, true, 'June 2019 – present', [
          'Annual portfolio reviews and estate planning referrals',
        ]),
        lines: ['Relationship Manager — Liffey Private Bank, Dublin', 'June 2019 – present'],
      },
      {
        ...job('Investment Analyst', 'Liffey Private Bank', '2015-09', '2019-05', false, 'Sept 2015 – May 2019', [
          'Equity research for the discretionary portfolios',
        ]),
        lines: ['Investment Analyst — Liffey Private Bank', 'Sept 2015 – May 2019'],
      },
      {
        ...job('Graduate Trainee', 'Atlantic Insurance Group', '2014-09', '2015-08', false, 'Sept 2014 – Aug 2015'),
        lines: ['Graduate Trainee — Atlantic Insurance Group', 'Sept 2014 – Aug 2015'],
      },
    ],
    education: [
      edu('msc', 'MSc Finance, University College Dublin, 2013 – 2014', {
        field: 'Finance',
        institution: 'University College Dublin',
        startYear: 2013,
        endYear: 2014,
      }),
      edu('bachelor', 'Bachelor of Commerce (BComm), University College Dublin, 2010 – 2013', {
        field: 'Commerce',
        institution: 'University College Dublin',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('CFA', 'CFA charterholder'), named('QFA', 'QFA (Qualified Financial Adviser)')],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('ga', 'B2', 'Irish – good'),
      lang('it', 'A2', 'Italian – A2'),
    ],
    skills: ['Communication', 'Financial modelling', 'Relationship building'],
    clientBase: { activeAccounts: 120 },
    competencies: ['communication', 'financial_analysis', 'relationship_building'],
  },
  {
    id: 'en-h04-sdr-first-sales-job',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Seventeen',
    email: 'candidate.seventeen@example.com',
    phone: '07700 900789',
    contactLines: ['London'],
    headings: { work: 'Employment', profile: 'About me', skills: 'What I bring' },
    profile: [
      'Sales development representative moving into account management. Proactive and resilient; no client ' +
        'book of my own yet.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Sales Development Representative', 'Brightdesk Ltd', '2023', null, true, '2023–present', [
          'Booking 15 qualified meetings a month for the account executives',
        ]),
        lines: ['2023–present: Sales Development Representative, Brightdesk Ltd (London)'],
      },
      {
        ...job('Barista and shift lead', 'Corner Bean Coffee', '2021', '2023', false, '2021–2023'),
        lines: ['2021–2023: Barista and shift lead, Corner Bean Coffee'],
      },
      {
        ...job('Marketing Intern', 'Brightdesk Ltd', '2022-06', '2022-08', false, 'Jun 2022 – Aug 2022', [
          'Social media posts and webinar invitations',
        ]),
        lines: ['Jun 2022 – Aug 2022: Marketing Intern, Brightdesk Ltd'],
      },
    ],
    education: [
      edu('ba', 'BA History, University of Kent, 2018 – 2021', {
        field: 'History',
        institution: 'University of Kent',
        startYear: 2018,
        endYear: 2021,
      }),
    ],
    courses: [named('Cold calling fundamentals')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('pt', 'C1', 'Portuguese – fluent')],
    skills: ['Team player', 'Organised', 'Salesforce'],
    clientBase: null,
    competencies: ['initiative', 'stress_resistance', 'teamwork', 'organisation'],
  },
];

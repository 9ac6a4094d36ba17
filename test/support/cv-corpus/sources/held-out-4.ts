import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The fourth held-out set: eighteen CVs (six per language, six per format),
 * written without reading the reader, in the layouts the reader was known to
 * find hard: work history as sentences, "Title — Employer" bullets with the
 * period below, a current period on a line of its own, labelled tables; two
 * Europass CVs with their self-assessment grid and two LinkedIn profile
 * exports. Written to test/fixtures/cvs/held-out-4/ and only reported on:
 * nobody tunes the reader on them, so their table is the honest figure.
 */
export const HELD_OUT_4: CvSource[] = [
  {
    id: 'nl-h4-01-linkedin-key-accountmanager',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Vierenveertig',
    email: 'kandidaat.vierenveertig@example.com',
    phone: '+31 6 3190 4471',
    contactLines: ['www.linkedin.com/in/kandidaat-vierenveertig (LinkedIn)'],
    tagline: 'Key Accountmanager Retail bij Zuiderhof Zuivel | Food & FMCG',
    headings: {
      contact: 'Contactgegevens',
      skills: 'Belangrijkste vaardigheden',
      languages: 'Talen',
      profile: 'Samenvatting',
      work: 'Ervaring',
      education: 'Opleiding',
      certifications: 'Certificeringen',
    },
    profile: [
      'Key accountmanager in de zuivel met zes landelijke retailketens in portefeuille. Samen goed voor ' +
        'een omzet van circa € 38 miljoen per jaar. Ik onderhandel de jaarafspraken met de categorymanagers ' +
        'en commercieel directeuren van de ketens.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Accountmanager Retail',
          'Zuiderhof Zuivel',
          '2020-04',
          null,
          true,
          'april 2020 - heden (6 jaar 8 maanden)',
        ),
        lines: [
          'Zuiderhof Zuivel',
          '9 jaar 3 maanden',
          'Key Accountmanager Retail',
          'april 2020 - heden (6 jaar 8 maanden)',
          'Veghel, Noord-Brabant, Nederland',
        ],
      },
      {
        ...job(
          'Accountmanager Foodservice',
          'Zuiderhof Zuivel',
          '2017-09',
          '2020-03',
          true,
          'september 2017 - maart 2020 (2 jaar 7 maanden)',
        ),
        lines: ['Accountmanager Foodservice', 'september 2017 - maart 2020 (2 jaar 7 maanden)', 'Veghel'],
      },
      {
        ...job(
          'Trade Marketeer',
          'Brabo Snacks B.V.',
          '2014-02',
          '2017-08',
          false,
          'februari 2014 - augustus 2017 (3 jaar 7 maanden)',
        ),
        lines: [
          'Brabo Snacks B.V.',
          'Trade Marketeer',
          'februari 2014 - augustus 2017 (3 jaar 7 maanden)',
          'Eindhoven',
        ],
      },
    ],
    education: [
      edu('hbo', 'Fontys Hogescholen\nBachelor, Commerciële Economie · (2010 - 2014)', {
        field: 'Commerciële Economie',
        institution: 'Fontys Hogescholen',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('Category Management Foundation', 'Category Management Foundation')],
    languages: [
      lang('nl', 'native', 'Nederlands (Moedertaal of tweetalig)'),
      lang('en', 'C1', 'Engels (Volledige professionele vaardigheid)'),
      lang('de', 'B1', 'Duits (Beperkte praktische werkvaardigheid)'),
    ],
    skills: ['Key Account Management', 'Onderhandelen', 'Category Management'],
    clientBase: { activeAccounts: 6, annualRevenueEur: 38_000_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h4-02-accountmanager-periode-boven',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Vijfenveertig',
    email: 'k.vijfenveertig@example.org',
    phone: '06-28 71 90 43',
    contactLines: ['Apeldoorn'],
    headings: { work: 'Loopbaan', skills: 'Vaardigheden' },
    profile: [
      'Accountmanager in de installatietechniek. Mijn klanten zijn installatiebedrijven en aannemers in ' +
        'Gelderland, Overijssel en Utrecht; ik bezoek er wekelijks de eigenaren en bedrijfsleiders.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'Veluwe Installatiegroothandel', '2019-06', null, true, 'juni 2019 – heden', [
          'Beheer van 65 vaste klanten met een jaaromzet van ruim € 5 miljoen',
          'Opzetten van projectafspraken met aannemers',
        ]),
        lines: ['juni 2019 – heden', 'Accountmanager', 'Veluwe Installatiegroothandel, Apeldoorn'],
      },
      {
        ...job(
          'Verkoper binnendienst',
          'Veluwe Installatiegroothandel',
          '2015-01',
          '2019-05',
          true,
          'januari 2015 – mei 2019',
          ['Offertes, telefonische orders en verkoop aan de balie'],
        ),
        lines: ['januari 2015 – mei 2019', 'Verkoper binnendienst', 'Veluwe Installatiegroothandel, Apeldoorn'],
      },
      {
        ...job('Monteur', 'Klimaattechniek Oost', '2009-08', '2014-12', false, 'augustus 2009 – december 2014'),
        lines: ['augustus 2009 – december 2014', 'Monteur', 'Klimaattechniek Oost, Deventer'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Ouderschapsverlof: februari tot en met juli 2018 (deeltijd).' }],
    education: [
      edu('mbo 4', 'MBO 4 Installatietechniek, ROC Aventus (2005 – 2009)', {
        field: 'Installatietechniek',
        institution: 'ROC Aventus',
        startYear: 2005,
        endYear: 2009,
      }),
      edu('associate degree', 'Associate degree Technische Bedrijfskunde, Saxion (2016 – 2018, deeltijd)', {
        field: 'Technische Bedrijfskunde',
        institution: 'Saxion',
        startYear: 2016,
        endYear: 2018,
      }),
    ],
    courses: [named('Commerciële vaardigheden', 'Commerciële vaardigheden (NCOI, 2016)')],
    certifications: [named('VCA', 'VCA Basis (geldig tot 2027)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B1', 'Engels: redelijk (B1)'),
      lang('de', 'B1', 'Duits: redelijk (B1)'),
    ],
    skills: ['Klantgericht', 'Technisch inzicht', 'Zelfstandig'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 5_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h4-03-relatiebeheerder-verhalend',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zesenveertig',
    email: 'kandidaat46@example.net',
    phone: '+31 (0)58 213 4490',
    contactLines: ['Leeuwarden'],
    headings: { profile: 'Wie ben ik', work: 'Mijn loopbaan', skills: 'Kwaliteiten' },
    profile: [
      'Ik ben relatiebeheerder met een achtergrond in de verzekeringsbranche en werk graag met ' +
        'ondernemers uit de regio.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'relatiebeheerder zakelijke klanten',
          'Waddenzee Verzekeringen',
          '2021-03',
          null,
          true,
          'sinds maart 2021',
        ),
        lines: [
          'Sinds maart 2021 ben ik relatiebeheerder zakelijke klanten bij Waddenzee Verzekeringen in ' +
            'Leeuwarden. Ik beheer daar 140 mkb-relaties in Friesland en Groningen, van melkveehouders tot ' +
            'bouwbedrijven, met samen € 2,3 miljoen premie per jaar.',
        ],
      },
      {
        ...job('adviseur schade', 'Noordster Assurantiën', '2015', '2020', true, 'Van 2015 tot eind 2020'),
        lines: [
          'Van 2015 tot eind 2020 werkte ik als adviseur schade bij Noordster Assurantiën, waar ik ' +
            'particuliere en kleine zakelijke klanten adviseerde en polissen verkocht.',
        ],
      },
      {
        ...job('medewerker klantcontact', 'Noordster Assurantiën', '2012', '2014', false, 'tussen 2012 en 2014'),
        lines: [
          'Daarvoor was ik tussen 2012 en 2014 medewerker klantcontact bij hetzelfde kantoor (Noordster Assurantiën).',
        ],
      },
    ],
    education: [
      edu('hbo', 'Hbo Financial Services Management, NHL Stenden Hogeschool, 2008 – 2012', {
        field: 'Financial Services Management',
        institution: 'NHL Stenden Hogeschool',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Schadeverzekeringen Zakelijk', 'Wft Schadeverzekeringen Zakelijk (behaald 2017)'),
      named('Wft Basis', 'Wft Basis (behaald 2013)'),
    ],
    languages: [lang('nl', 'native', ''), lang('fy', 'native', ''), lang('en', 'B2', '')],
    languagesText: [
      'Ik ben tweetalig opgegroeid: Nederlands en Fries zijn allebei mijn moedertaal. Engels spreek en schrijf ik goed (B2).',
    ],
    skills: ['Klantgericht', 'Netwerken', 'Tactvol'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 2_300_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'nl-h4-04-accountmanager-tabellen',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenenveertig',
    email: 'kandidaat.zevenenveertig@example.com',
    phone: '+31 10 744 2108',
    contactLines: ['Schiedam'],
    headings: { work: 'Werkervaring', languages: 'Talenkennis' },
    profile: [
      'Accountmanager logistiek. Ik beheer de landelijke accounts van ons bedrijf: 22 verladers met ' +
        'vestigingen door heel Nederland.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Periode', title: 'Functie', employer: 'Werkgever', duties: 'Belangrijkste taken' },
    jobs: [
      job(
        'Accountmanager landelijke accounts',
        'Maasvlakte Logistics B.V.',
        '2022-01',
        null,
        true,
        '01-2022 t/m heden',
        [
          'contractverlengingen en tariefonderhandelingen met de inkoopdirecteuren van 22 verladers',
          'omzetverantwoordelijkheid € 9,5 miljoen per jaar',
        ],
      ),
      job('Planner', 'Maasvlakte Logistics B.V.', '2018-05', '2021-12', false, '05-2018 t/m 12-2021', [
        'ritplanning voor 40 vrachtwagens',
      ]),
      job('Verkoopmedewerker', 'Bouwmarkt Vlaardingen', '2016-03', '2018-04', true, '03-2016 t/m 04-2018'),
    ],
    education: [
      edu('hbo', 'Hbo Logistiek en Economie, Hogeschool Rotterdam, diploma 2016', {
        field: 'Logistiek en Economie',
        institution: 'Hogeschool Rotterdam',
        endYear: 2016,
      }),
    ],
    courses: [named('Onderhandelen in de inkoop', 'Onderhandelen in de inkoop (2023)')],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'C1', 'Engels'), lang('fr', 'A2', 'Frans')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Spreken', 'Schrijven'],
        rows: [
          ['Nederlands', 'moedertaal', 'moedertaal'],
          ['Engels', 'C1', 'C1'],
          ['Frans', 'A2', 'A2'],
        ],
      },
    ],
    skills: ['Analytisch', 'Stressbestendig', 'Onderhandelingsvaardig'],
    clientBase: { activeAccounts: 22, annualRevenueEur: 9_500_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'nl-h4-05-accountmanager-ketens',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achtenveertig',
    email: 'achtenveertig.kandidaat@example.org',
    phone: '06 4410 2297',
    contactLines: ['Amersfoort'],
    headings: { work: 'Ervaring', skills: 'Sterke punten' },
    profile: [
      'Accountmanager voor drogisterij- en parfumerieketens. Ik bedien 9 ketens met samen ruim 400 ' +
        'winkels in Nederland en België, en voer de jaargesprekken met hun inkopers en directies.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager Retail', 'Lumea Cosmetics Benelux', '2021-09', null, true, 'sept. 2021 – heden', [
          'Jaaromzet van de 9 ketens samen: € 12 miljoen',
        ]),
        lines: ['• Accountmanager Retail — Lumea Cosmetics Benelux', 'sept. 2021 – heden'],
      },
      {
        ...job(
          'Field Sales Representative',
          'Lumea Cosmetics Benelux',
          '2018-02',
          '2021-08',
          true,
          'feb. 2018 – aug. 2021',
          ['Bezoek aan 120 zelfstandige drogisterijen in Midden-Nederland'],
        ),
        lines: ['• Field Sales Representative — Lumea Cosmetics Benelux', 'feb. 2018 – aug. 2021'],
      },
      {
        ...job('Filiaalmanager', 'Drogisterij De Vijzel', '2014-06', '2018-01', false, 'juni 2014 – jan. 2018'),
        lines: ['• Filiaalmanager — Drogisterij De Vijzel', 'juni 2014 – jan. 2018'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Retailmanagement, ROC Midden Nederland (2011 – 2014)', {
        field: 'Retailmanagement',
        institution: 'ROC Midden Nederland',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [
      named('Presenteren met impact', 'Presenteren met impact, 2022'),
      named('Category management in retail', 'Category management in retail, 2020'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – B2'),
      lang('fr', 'B1', 'Frans – B1'),
    ],
    skills: ['Overtuigend', 'Ondernemend', 'Oog voor detail'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 12_000_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'persuasiveness'],
  },
  {
    id: 'nl-h4-06-key-accountmanager-portefeuille',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negenenveertig',
    email: 'kandidaat.negenenveertig@example.net',
    phone: '+31 6 5523 0817',
    contactLines: ['Zoetermeer'],
    headings: { profile: 'Profiel', work: 'Werkervaring' },
    profile: [
      'Bij mijn vorige werkgever beheerde ik ruim 200 kleine zakelijke klanten in Zuid-Holland. Sinds 2023 ' +
        'ben ik key accountmanager en beheer ik 14 grote zorginstellingen in heel Nederland, met een ' +
        'contractwaarde van samen € 6,8 miljoen per jaar. Daarnaast volg ik de opleiding tot Certified ' +
        'Key Account Manager (afronding voorjaar 2027).',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key accountmanager zorg', 'Medivast Facilitair', '2023-02', null, true, '02-2023 – heden'),
        lines: ['02-2023 – heden', 'Key accountmanager zorg', 'Medivast Facilitair, Zoetermeer'],
      },
      {
        ...job('Accountmanager MKB', 'Kantoorservice Delfland', '2017-04', '2023-01', true, '04-2017 – 01-2023'),
        lines: ['04-2017 – 01-2023', 'Accountmanager MKB', 'Kantoorservice Delfland, Delft'],
      },
      {
        ...job('Medewerker inkoop', 'Kantoorservice Delfland', '2015-09', '2017-03', false, '09-2015 – 03-2017'),
        lines: ['09-2015 – 03-2017', 'Medewerker inkoop', 'Kantoorservice Delfland, Delft'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vrijwilligerswerk' },
      { kind: 'paragraph', text: '2019 – heden   Bestuurslid, hockeyclub De Zoete Slag' },
    ],
    education: [
      edu('hbo', 'Bachelor Bedrijfskunde MER, De Haagse Hogeschool, 2011 – 2015', {
        field: 'Bedrijfskunde MER',
        institution: 'De Haagse Hogeschool',
        startYear: 2011,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [named('Prince2 Foundation', 'Prince2 Foundation (2019)')],
    languages: [lang('nl', 'native', 'Nederlands (moedertaal)'), lang('en', 'C1', 'Engels (C1)')],
    skills: ['Relatiebeheer', 'Onderhandelen', 'Samenwerking'],
    clientBase: { activeAccounts: 14, annualRevenueEur: 6_800_000, segment: 'national' },
    competencies: ['negotiation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'et-h4-01-europass-muugijuht',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Viiskümmend',
    email: 'kandidaat.viiskymmend@example.com',
    phone: '+372 5341 8826',
    contactLines: ['Aadress: Pärnu mnt 140, 11317 Tallinn (Eesti)', 'Sugu: naine | Kodakondsus: eesti'],
    tagline: 'Elulookirjeldus (Europass)',
    afterContact: [
      { kind: 'heading', text: 'ISIKUANDMED' },
      { kind: 'paragraph', text: 'Soovitud ametikoht: võtmekliendihaldur' },
    ],
    headings: {
      contact: 'Isikuandmed',
      profile: 'Kokkuvõte',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS JA KOOLITUS',
      skills: 'Suhtlemisoskused',
      languages: 'ISIKLIKUD OSKUSED',
      certifications: 'Tunnistused',
      courses: 'Täiendkoolitused',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügijuht', 'Baltic Paper Solutions OÜ', '2019-10', null, true, '01/10/2019 – praegu', [
          'Vastutan 30 ärikliendi eest üle Eesti; klientide aastane ostumaht kokku 3,1 miljonit eurot',
          'Läbirääkimised klientide juhtide ja ostujuhtidega',
        ]),
        lines: ['01/10/2019 – praegu    Müügijuht', 'Baltic Paper Solutions OÜ, Tallinn (Eesti)'],
      },
      {
        ...job('Müügiesindaja', 'Baltic Paper Solutions OÜ', '2015-03', '2019-09', true, '02/03/2015 – 30/09/2019', [
          'Uute klientide leidmine Lõuna-Eestis',
        ]),
        lines: ['02/03/2015 – 30/09/2019    Müügiesindaja', 'Baltic Paper Solutions OÜ, Tartu (Eesti)'],
      },
      {
        ...job('Laotöötaja', 'Kaubaait Logistika AS', '2012-06', '2015-02', false, '01/06/2012 – 28/02/2015'),
        lines: ['01/06/2012 – 28/02/2015    Laotöötaja', 'Kaubaait Logistika AS, Tallinn (Eesti)'],
      },
    ],
    education: [
      edu('bakalaureus', '2009 – 2012    Bakalaureusekraad, ärijuhtimine\nTallinna Tehnikaülikool, Tallinn (Eesti)', {
        field: 'ärijuhtimine',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [named('Läbirääkimised B2B müügis', 'Läbirääkimised B2B müügis (2021)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel'),
      lang('en', 'B2', 'inglise keel'),
      lang('ru', 'B1', 'vene keel'),
      lang('fi', 'A2', 'soome keel'),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): eesti keel' },
      {
        kind: 'table',
        header: [
          'Muud keeled',
          'ARUSAAMINE: kuulamine',
          'lugemine',
          'RÄÄKIMINE: suhtlemine',
          'suuline esitus',
          'KIRJUTAMINE',
        ],
        rows: [
          ['inglise keel', 'B2', 'B2', 'B2', 'B2', 'B2'],
          ['vene keel', 'B1', 'B1', 'B1', 'B1', 'A2'],
          ['soome keel', 'A2', 'A2', 'A2', 'A2', 'A2'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Tasemed: A1 ja A2: algtase; B1 ja B2: iseseisev kasutaja; C1 ja C2: vilunud kasutaja (Euroopa keeleõppe raamdokument)',
      },
    ],
    skills: ['hea suhtlemisoskus', 'läbirääkimisoskus', 'pingetaluvus'],
    clientBase: { activeAccounts: 30, annualRevenueEur: 3_100_000, segment: 'national', decisionMakers: true },
    competencies: ['communication', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'et-h4-02-kliendihaldur-praegu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Viiskümmend Üks',
    email: 'kandidaat.51@example.org',
    phone: '+372 5622 0913',
    contactLines: ['Tartu'],
    profile: [
      'Kliendihaldur põllumajandustehnika müügis. Minu kliendid on talud ja põllumajandusettevõtted ' +
        'Tartu-, Jõgeva-, Põlva- ja Viljandimaal, umbes 80 aktiivset klienti.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Kliendihaldur', 'Agrotehnika Lõuna OÜ', '2016-05', null, true, '05.2016 – praegu', [
          'Traktorite, kombainide ja varuosade müük ning hoolduslepingud',
          'Klientide aastane käive kokku ca 2,4 miljonit eurot',
        ]),
        lines: ['05.2016 – praegu', 'Kliendihaldur', 'Agrotehnika Lõuna OÜ, Tartu'],
      },
      {
        ...job('Hooldustehnik', 'Agrotehnika Lõuna OÜ', '2011-08', '2016-04', false, '08.2011 – 04.2016'),
        lines: ['08.2011 – 04.2016', 'Hooldustehnik', 'Agrotehnika Lõuna OÜ, Tartu'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Lapsehoolduspuhkus 03.2014 – 02.2015' }],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Maaülikool, rakenduskõrgharidus, tehnotroonika, 2007 – 2011', {
        field: 'tehnotroonika',
        institution: 'Eesti Maaülikool',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [named('Müügi alused', 'Müügi alused, 2016')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('ru', 'B2', 'Vene keel – B2'),
      lang('en', 'B1', 'Inglise keel – B1'),
    ],
    skills: ['Kliendikeskne', 'Koostöö', 'Tehniline taust'],
    clientBase: { activeAccounts: 80, annualRevenueEur: 2_400_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'teamwork'],
  },
  {
    id: 'et-h4-03-ariarendusjuht-kaks-emakeelt',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Viiskümmend Kaks',
    email: 'kandidaat.viiskymmendkaks@example.net',
    phone: '+372 5870 3321',
    contactLines: ['Narva / Tallinn'],
    headings: { languages: 'Keeled', skills: 'Isikuomadused' },
    profile: [
      'Ärikliendihaldur IT-teenuste ettevõttes. Haldan 25 suurkliendi portfelli, peamiselt Eesti ' +
        'ja Läti tööstusettevõtted; suhtlen otse nende juhatuse liikmete ja IT-juhtidega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Nordvalt IT AS', '2020-02', null, true, '2020 veebruar – praegu'),
        lines: ['Ärikliendihaldur', 'Nordvalt IT AS', '2020 veebruar – praegu'],
      },
      {
        ...job('Müügikonsultant', 'Telesfäär AS', '2016-09', '2020-01', true, '2016 september – 2020 jaanuar'),
        lines: ['Müügikonsultant', 'Telesfäär AS', '2016 september – 2020 jaanuar'],
      },
      {
        ...job('Klienditeenindaja', 'Telesfäär AS', '2014-05', '2016-08', false, '2014 mai – 2016 august'),
        lines: ['Klienditeenindaja', 'Telesfäär AS', '2014 mai – 2016 august'],
      },
    ],
    education: [
      edu('magister', 'Tartu Ülikool, magistrikraad, ettevõttemajandus (2012 – 2014)', {
        field: 'ettevõttemajandus',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2014,
      }),
      edu('bakalaureus', 'Tartu Ülikool, bakalaureusekraad, majandusteadus (2009 – 2012)', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('ITIL 4 Foundation', 'ITIL 4 Foundation (2021)')],
    languages: [
      lang('ru', 'native', 'vene keel: emakeel'),
      lang('et', 'native', 'eesti keel: emakeel'),
      lang('en', 'C1', 'inglise keel: C1'),
      lang('lv', 'A2', 'läti keel: A2'),
    ],
    skills: ['Analüütiline', 'Suhtlemisoskus', 'Veenev'],
    clientBase: { activeAccounts: 25, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'communication', 'persuasiveness'],
  },
  {
    id: 'et-h4-04-muugiesindaja-tabel',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Viiskümmend Kolm',
    email: 'kandidaat.53@example.com',
    phone: '5512 7740',
    contactLines: ['Pärnu'],
    profile: ['Ehitusmaterjalide müügiesindaja, kelle kliendid on väikesed ehitusettevõtted Pärnumaal ja Saaremaal.'],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aeg', title: 'Amet', employer: 'Ettevõte', duties: 'Peamised tööülesanded' },
    jobs: [
      job('Müügiesindaja', 'Ehituskaup Pärnu AS', '2018-03', null, true, 'märts 2018 – praegu', [
        'umbes 55 püsikliendi külastamine ja pakkumiste tegemine',
        'uute klientide leidmine ehitusmessidel',
      ]),
      job('Müüja-konsultant', 'Ehituskaup Pärnu AS', '2014-04', '2018-02', true, 'aprill 2014 – veebruar 2018', [
        'kauplusesaalis klientide nõustamine ja müük',
      ]),
      job('Ehitustööline', 'Rannaehitus OÜ', '2010-05', '2014-03', false, 'mai 2010 – märts 2014'),
    ],
    education: [
      edu('kutseharidus', 'Pärnumaa Kutsehariduskeskus, kutseharidus, ehitus (2007 – 2010)', {
        field: 'ehitus',
        institution: 'Pärnumaa Kutsehariduskeskus',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Klienditeeninduse alused', 'Klienditeeninduse alused (2015)')],
    certifications: [],
    languages: [lang('et', 'native', 'eesti'), lang('ru', 'B1', 'vene'), lang('en', 'A2', 'inglise')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Tase'],
        rows: [
          ['eesti', 'emakeel'],
          ['vene', 'B1'],
          ['inglise', 'A2'],
        ],
      },
    ],
    skills: ['Kohusetundlik', 'Suhtlemisoskus', 'B-kategooria juhiload'],
    clientBase: { activeAccounts: 55, segment: 'regional_smb' },
    competencies: ['communication'],
  },
  {
    id: 'et-h4-05-kliendihaldur-jutustav',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Viiskümmend Neli',
    email: 'viiskymmendneli@example.org',
    phone: '+372 5198 4406',
    contactLines: ['Tallinn'],
    headings: { work: 'Minu töökäik' },
    profile: ['Kogenud kliendihaldur pangandusest, huvitatud suhtepanganduse ametikohtadest.'],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('kliendihaldur', 'Põhjala Pank AS', '2021-03', null, true, 'alates märtsist 2021'),
        lines: [
          'Alates märtsist 2021 olen kliendihaldur Põhjala Pank AS-is; minu portfellis on 90 väike- ja keskmise suurusega ettevõtet Harjumaalt. Panga varade maht ' +
            'on 4 miljardit eurot; minu klientide laenuportfell on kokku 38 miljonit eurot.',
        ],
      },
      {
        ...job('krediidianalüütik', 'Põhjala Pank AS', '2014', '2021-02', false, 'aastast 2014 kuni veebruarini 2021'),
        lines: ['Enne seda olin aastast 2014 kuni veebruarini 2021 samas pangas krediidianalüütik (Põhjala Pank AS).'],
      },
      {
        ...job('müügikonsultant', 'Kindlustusmaakler OÜ', '2010', '2013', true, 'Aastatel 2010–2013'),
        lines: ['Aastatel 2010–2013 olin müügikonsultant ettevõttes Kindlustusmaakler OÜ, kus müüsin kodukindlustust.'],
      },
    ],
    education: [
      edu('bakalaureus', 'Tallinna Ülikool, bakalaureus, rahvusvahelised suhted, 2006 – 2009', {
        field: 'rahvusvahelised suhted',
        institution: 'Tallinna Ülikool',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [named('EFPA EFA', 'EFPA EFA finantsnõustaja sertifikaat (2019)')],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B2', '')],
    languagesText: ['Emakeel on eesti keel, inglise keelt valdan kõrgtasemel (C1) ja vene keelt suhtlustasemel (B2).'],
    skills: ['Finantsanalüüs', 'Suhete loomine', 'Täpsus'],
    clientBase: { activeAccounts: 90, segment: 'regional_smb' },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'et-h4-06-votmekliendihaldur-kaks-valuutat',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Viiskümmend Viis',
    email: 'kandidaat.viiskymmendviis@example.net',
    phone: '+372 5344 9012',
    contactLines: ['Tallinn'],
    profile: [
      'Võtmekliendihaldur toiduainetööstuses. Minu vastutusel on 7 Rootsi ja Soome jaekaubanduskett, ' +
        'kokku ligi 900 kauplust. Nende ostud meilt on aastas 4,5 miljonit eurot (umbes 51 miljonit Rootsi ' +
        'krooni). Ettevõtte kogukäive on 60 miljonit eurot.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Võtmekliendihaldur', 'Läänemere Kalatooted AS', '2019-08', null, true, '08/2019 – praegu'),
        lines: ['• Võtmekliendihaldur — Läänemere Kalatooted AS', '08/2019 – praegu'],
      },
      {
        ...job('Ekspordijuht', 'Saare Juustud OÜ', '2015-01', '2019-07', true, '01/2015 – 07/2019'),
        lines: ['• Ekspordijuht — Saare Juustud OÜ', '01/2015 – 07/2019'],
      },
      {
        ...job('Turundusassistent', 'Saare Juustud OÜ', '2012-09', '2014-12', false, '09/2012 – 12/2014'),
        lines: ['• Turundusassistent — Saare Juustud OÜ', '09/2012 – 12/2014'],
      },
    ],
    education: [
      edu('magister', 'Magistrikraad, rahvusvaheline ärijuhtimine, Tallinna Tehnikaülikool, 2010 – 2012', {
        field: 'rahvusvaheline ärijuhtimine',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2012,
      }),
    ],
    courses: [named('Key Account Management', 'Key Account Management (Stockholm, 2020)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('sv', 'B2', 'rootsi – B2'),
      lang('fi', 'B1', 'soome – B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Ettevõtlik', 'Pingetaluvus'],
    clientBase: { activeAccounts: 7, annualRevenueEur: 4_500_000, segment: 'international' },
    competencies: ['entrepreneurship', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'en-h4-01-europass-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Fifty-Six',
    email: 'candidate.fiftysix@example.com',
    phone: '+353 87 412 6630',
    contactLines: ['12 Harbour Row, Cork (Ireland)', 'Sex Female | Date of birth 14/05/1990 | Nationality Irish'],
    tagline: 'Europass Curriculum Vitae',
    afterContact: [
      { kind: 'heading', text: 'PERSONAL INFORMATION' },
      { kind: 'paragraph', text: 'JOB APPLIED FOR    Key Account Manager' },
    ],
    headings: {
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      languages: 'PERSONAL SKILLS',
      skills: 'Communication skills',
      courses: 'Other training',
      certifications: 'Certificates',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Manager', 'Munster Medical Supplies Ltd', '2020-01', null, true, '01/2020–Present', [
          'Manage 45 accounts (private clinics and pharmacies in County Cork and County Kerry)',
          'Annual sales of my accounts: €2.2 million; I negotiate directly with clinic owners and practice managers',
        ]),
        lines: ['01/2020–Present    Account Manager', 'Munster Medical Supplies Ltd, Cork (Ireland)'],
      },
      {
        ...job(
          'Medical Sales Representative',
          'Corrib Pharma Distribution',
          '2016-06',
          '2019-12',
          true,
          '06/2016–12/2019',
          ['Territory sales to GP practices in County Cork'],
        ),
        lines: ['06/2016–12/2019    Medical Sales Representative', 'Corrib Pharma Distribution, Cork (Ireland)'],
      },
      {
        ...job('Pharmacy Assistant', 'Lee Valley Pharmacy', '2012-09', '2016-05', false, '09/2012–05/2016'),
        lines: ['09/2012–05/2016    Pharmacy Assistant', 'Lee Valley Pharmacy, Cork (Ireland)'],
      },
    ],
    education: [
      edu('bachelor', '2008–2012    BSc in Biomedical Science\nUniversity College Cork, Cork (Ireland)', {
        field: 'Biomedical Science',
        institution: 'University College Cork',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [named('Consultative Selling Skills', 'Consultative Selling Skills (2018)')],
    certifications: [],
    languages: [lang('en', 'native', 'English'), lang('fr', 'B2', 'French'), lang('es', 'A2', 'Spanish')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s)    English' },
      {
        kind: 'table',
        header: [
          'Other language(s)',
          'UNDERSTANDING Listening',
          'Reading',
          'SPEAKING Spoken interaction',
          'Spoken production',
          'WRITING',
        ],
        rows: [
          ['French', 'B2', 'B2', 'B2', 'B2', 'B2'],
          ['Spanish', 'A2', 'A2', 'A2', 'A2', 'A1'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user. Common European Framework of Reference for Languages',
      },
    ],
    skills: ['Good communication skills gained as a sales representative', 'Team player'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 2_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'teamwork'],
  },
  {
    id: 'en-h4-02-linkedin-business-development',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Fifty-Seven',
    email: 'candidate.fiftyseven@example.org',
    phone: '+44 7700 900318',
    contactLines: ['www.linkedin.com/in/candidate-fifty-seven (LinkedIn)'],
    tagline: 'Senior Business Development Manager at Quayside Analytics | SaaS',
    headings: {
      contact: 'Contact',
      skills: 'Top Skills',
      languages: 'Languages',
      certifications: 'Certifications',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
    },
    profile: [
      'I sell data platforms to retailers and consumer brands across the UK, Ireland and the Nordics. ' +
        'My book is 18 enterprise accounts worth about £4.3M (roughly €5M) in annual recurring revenue, ' +
        'and I work with their CFOs and heads of data.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Business Development Manager',
          'Quayside Analytics',
          '2022-05',
          null,
          true,
          'May 2022 - Present (4 years 7 months)',
        ),
        lines: [
          'Quayside Analytics',
          '6 years 9 months',
          'Senior Business Development Manager',
          'May 2022 - Present (4 years 7 months)',
          'London, England, United Kingdom',
        ],
      },
      {
        ...job(
          'Business Development Manager',
          'Quayside Analytics',
          '2020-03',
          '2022-04',
          true,
          'March 2020 - April 2022 (2 years 2 months)',
        ),
        lines: [
          'Business Development Manager',
          'March 2020 - April 2022 (2 years 2 months)',
          'London, England, United Kingdom',
        ],
      },
      {
        ...job(
          'Account Executive',
          'Brightlane Software',
          '2017-07',
          '2020-02',
          true,
          'July 2017 - February 2020 (2 years 8 months)',
        ),
        lines: [
          'Brightlane Software',
          'Account Executive',
          'July 2017 - February 2020 (2 years 8 months)',
          'Manchester, United Kingdom',
        ],
      },
      {
        ...job(
          'Data Analyst',
          'Northgate Retail Group',
          '2015-09',
          '2017-06',
          false,
          'September 2015 - June 2017 (1 year 10 months)',
        ),
        lines: ['Northgate Retail Group', 'Data Analyst', 'September 2015 - June 2017 (1 year 10 months)', 'Leeds'],
      },
    ],
    education: [
      edu('bachelor', 'University of Leeds\nBachelor of Science - BS, Economics · (2012 - 2015)', {
        field: 'Economics',
        institution: 'University of Leeds',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [named('MEDDPICC Practitioner', 'MEDDPICC Practitioner')],
    languages: [
      lang('en', 'native', 'English (Native or Bilingual)'),
      lang('de', 'C1', 'German (Full Professional)'),
      lang('sv', 'B1', 'Swedish (Limited Working)'),
    ],
    skills: ['Enterprise Software', 'Negotiation', 'Solution Selling'],
    clientBase: { activeAccounts: 18, annualRevenueEur: 5_000_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'en-h4-03-us-territory-manager',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fifty-Eight',
    nameLine: 'Curriculum Vitae – Candidate Fifty-Eight',
    email: 'candidate58@example.com',
    phone: '(312) 555-0147',
    contactLines: ['Naperville, IL 60540'],
    headings: { profile: 'Summary', work: 'Professional Experience', certifications: 'Certifications' },
    profile: [
      'Territory manager for industrial fasteners, covering Illinois, Wisconsin and Indiana. I look after ' +
        'about 70 distributors and machine shops, most of them family-owned, and meet their owners in person.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Territory Manager', 'Great Lakes Fastening Inc.', '2019-02', null, true, 'Feb 2019 – Present'),
        lines: ['Territory Manager, Great Lakes Fastening Inc. — Feb 2019 – Present'],
        bullets: ['Grew territory sales 22% in two years', 'Opened 15 new distributor accounts in Indiana'],
      },
      {
        ...job(
          'Inside Sales Representative',
          'Great Lakes Fastening Inc.',
          '2016-08',
          '2019-01',
          true,
          'Aug 2016 – Jan 2019',
        ),
        lines: ['Inside Sales Representative, Great Lakes Fastening Inc. — Aug 2016 – Jan 2019'],
      },
      {
        ...job('Shift Supervisor', 'Prairie Tool & Die', '2012-05', '2016-07', false, 'May 2012 – Jul 2016'),
        lines: ['Shift Supervisor, Prairie Tool & Die — May 2012 – Jul 2016'],
      },
    ],
    education: [
      edu('associate', 'A.A.S. in Industrial Technology, College of DuPage, 2012', {
        field: 'Industrial Technology',
        institution: 'College of DuPage',
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('Certified Sales Professional', 'Certified Sales Professional (CSP), NASP, 2021')],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'In progress: Certified Professional Manufacturers Representative (CPMR), expected 2027.',
      },
    ],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'B1', 'Spanish – intermediate (B1)')],
    skills: ['Customer-centric', 'Self-starter', 'Time management'],
    clientBase: { activeAccounts: 70, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'initiative', 'organisation'],
  },
  {
    id: 'en-h4-04-relationship-manager-narrative',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fifty-Nine',
    email: 'candidate.fiftynine@example.net',
    phone: '+44 20 7946 0381',
    contactLines: ['Edinburgh'],
    headings: { work: 'Career history', skills: 'Strengths' },
    profile: ['Relationship manager in private banking, looking for a senior client role.'],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Relationship Manager', 'Forthbridge Private Bank', '2020-09', null, true, 'since September 2020'),
        lines: [
          'I have worked as a Relationship Manager at Forthbridge Private Bank since September 2020. The team ' +
            'holds £1.4bn of assets under management; my own book is 60 families and business owners in ' +
            'Scotland, whose fees and interest bring in £2.6m (about €3.1m) a year.',
        ],
      },
      {
        ...job(
          'Assistant Relationship Manager',
          'Lothian Trust Bank',
          '2016',
          '2020-08',
          false,
          'From 2016 until August 2020',
        ),
        lines: [
          'From 2016 until August 2020 I was Assistant Relationship Manager at Lothian Trust Bank, supporting ' +
            'two senior bankers with their clients.',
        ],
      },
      {
        ...job('Graduate Analyst', 'Lothian Trust Bank', '2014', '2015', false, 'between 2014 and 2015'),
        lines: ['Before that I joined Lothian Trust Bank as a Graduate Analyst between 2014 and 2015, in credit risk.'],
      },
    ],
    education: [
      edu('bachelor', 'BSc (Hons) Economics, University of St Andrews, 2010 – 2014', {
        field: 'Economics',
        institution: 'University of St Andrews',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('Chartered Wealth Manager', 'Chartered Wealth Manager (CISI), 2022')],
    afterJobs: [{ kind: 'paragraph', text: 'Currently a CFA Level II candidate (exam scheduled for 2027).' }],
    languages: [lang('en', 'native', ''), lang('it', 'native', ''), lang('fr', 'B2', '')],
    languagesText: [
      'I grew up speaking English and Italian at home, so both are my mother tongues; I also speak French ' +
        'at an upper-intermediate level (B2).',
    ],
    skills: ['Financial acumen', 'Relationship management', 'Diplomatic'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 3_100_000, segment: 'national', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'en-h4-05-national-accounts-bullets',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Sixty',
    email: 'candidate.sixty@example.org',
    phone: '07700 900 462',
    contactLines: ['Bristol'],
    headings: { work: 'Employment' },
    profile: [
      'National Account Manager in drinks. I run 11 national accounts (supermarket and convenience chains ' +
        'with some 2,600 stores between them) worth €18m a year, negotiating with their category directors.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('National Account Manager', 'Severn Valley Drinks Co.', '2021-11', null, true, 'Nov 2021 – present'),
        lines: ['• National Account Manager — Severn Valley Drinks Co.', 'Nov 2021 – present'],
      },
      {
        ...job(
          'Regional Account Manager',
          'Severn Valley Drinks Co.',
          '2018-04',
          '2021-10',
          true,
          'Apr 2018 – Oct 2021',
        ),
        lines: ['• Regional Account Manager — Severn Valley Drinks Co.', 'Apr 2018 – Oct 2021'],
      },
      {
        ...job(
          'Graduate Trainee, Supply Chain',
          'Avonmouth Foods plc',
          '2016-09',
          '2018-03',
          false,
          'Sep 2016 – Mar 2018',
        ),
        lines: ['• Graduate Trainee, Supply Chain — Avonmouth Foods plc', 'Sep 2016 – Mar 2018'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Career break, travelling in South America: Apr 2015 – Aug 2016' }],
    education: [
      edu('bachelor', 'BA (Hons) Business Management, University of the West of England, 2012 – 2015', {
        field: 'Business Management',
        institution: 'University of the West of England',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [named('Advanced Negotiation', 'Advanced Negotiation (2 days, 2022)')],
    certifications: [],
    languages: [lang('en', 'native', 'English – mother tongue'), lang('es', 'B2', 'Spanish – B2')],
    skills: ['Commercial drive', 'Analytical', 'Resilient'],
    clientBase: { activeAccounts: 11, annualRevenueEur: 18_000_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'entrepreneurship', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'en-h4-06-sales-executive-table',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Sixty-One',
    email: 'candidate.sixtyone@example.com',
    phone: '+353 1 555 0193',
    contactLines: ['Dublin'],
    profile: ['Sales executive selling office equipment and managed print to small firms in Dublin and Kildare.'],
    jobStyle: 'labelled',
    jobLabels: { period: 'Dates', title: 'Job title', employer: 'Company', duties: 'Main duties' },
    jobs: [
      job('Sales Executive', 'Liffey Office Systems', '2020-06', null, true, 'June 2020 to date', [
        'prospecting and closing new business with owners of small firms',
        'looking after 40 active customers',
      ]),
      job(
        'Customer Service Advisor',
        'Liffey Office Systems',
        '2017-01',
        '2020-05',
        false,
        'January 2017 to May 2020',
        ['service calls and toner orders'],
      ),
      job('Salesperson', 'Grafton Electrical', '2014-09', '2016-12', true, 'September 2014 to December 2016'),
    ],
    education: [
      edu('secondary', 'Leaving Certificate, St. Kevin’s Community College, 2014', {
        institution: 'St. Kevin’s Community College',
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English'), lang('pl', 'native', 'Polish'), lang('de', 'A2', 'German')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongues: English, Polish' },
      { kind: 'paragraph', text: 'Other languages: German (A2)' },
    ],
    skills: ['Customer oriented', 'Proactive', 'Organised'],
    clientBase: { activeAccounts: 40, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'initiative', 'organisation'],
  },
];

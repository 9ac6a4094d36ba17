import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

export const NL: CvSource[] = [
  {
    id: 'nl-01-accountmanager',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Een',
    email: 'kandidaat.een@example.com',
    phone: '+31 6 12 34 56 78',
    contactLines: ['Amersfoort'],
    tagline: 'Accountmanager zakelijke markt',
    profile: [
      'Gedreven accountmanager met ruim zeven jaar ervaring in de verkoop van verpakkingsmaterialen aan het MKB. ' +
        'Ik beheer een portefeuille van 40 klanten in de regio Utrecht en Gelderland, met een ' +
        'omzetverantwoordelijkheid van € 1,5 miljoen per jaar. Mijn contacten zijn eigenaren en inkoopbeslissers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Accountmanager', 'Van Dalen Verpakkingen B.V.', '2019-03', null, true, 'mrt. 2019 – heden', [
        'Uitbouwen van bestaande klantrelaties en werven van nieuwe klanten',
        'Opstellen van offertes en jaarafspraken; gemiddeld 12 klantbezoeken per week',
      ]),
      job(
        'Commercieel medewerker binnendienst',
        'Van Dalen Verpakkingen B.V.',
        '2016-09',
        '2019-02',
        true,
        'sep. 2016 – feb. 2019',
        ['Telefonische verkoop aan vaste klanten en opvolgen van offertes'],
      ),
      job('Logistiek medewerker', 'Noordkaap Distributie', '2013-06', '2016-08', false, 'jun. 2013 – aug. 2016', [
        'Orderpicken, laden en lossen, voorraadbeheer in het WMS',
      ]),
    ],
    education: [
      edu('hbo', 'HBO Commerciële Economie, Hogeschool Utrecht (2009 – 2013)', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool Utrecht',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [
      named('Onderhandelen voor gevorderden', 'Onderhandelen voor gevorderden (2021)'),
      named('Effectief presenteren'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – C1'),
      lang('de', 'B1', 'Duits – B1'),
    ],
    skills: ['Klantgerichtheid', 'Onderhandelen', 'Ondernemerschap', 'Salesforce CRM'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 1_500_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'entrepreneurship'],
  },
  {
    id: 'nl-02-key-accountmanager',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Twee',
    email: 'kandidaat.twee@example.com',
    phone: '06-23456789',
    contactLines: ['Rotterdam'],
    profile: [
      'Key accountmanager in de food-industrie. Verantwoordelijk voor internationale key accounts in de Benelux, ' +
        'Duitsland en Scandinavië, met een jaaromzet van € 4,2 miljoen. Analytisch, overtuigend en stressbestendig.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Key Accountmanager', 'Vlietland Foods B.V.', '2021-06', null, true, 'jun. 2021 – heden', [
        'Jaarlijkse contractonderhandelingen met inkoopdirecteuren van retailketens',
        'Aansturen van category management en supply chain voor vijf accounts',
      ]),
      job('Accountmanager', 'Maasbrug Zuivel', '2018-01', '2021-05', true, 'jan. 2018 – mei 2021'),
      job('Marketing medewerker', 'Maasbrug Zuivel', '2015-09', '2017-12', false, 'sep. 2015 – dec. 2017'),
    ],
    education: [
      edu('wo', 'WO Master Bedrijfskunde, Erasmus Universiteit Rotterdam, 2013 – 2015', {
        field: 'Bedrijfskunde',
        institution: 'Erasmus Universiteit Rotterdam',
        startYear: 2013,
        endYear: 2015,
      }),
      edu('bachelor', 'Bachelor Economie, Erasmus Universiteit Rotterdam, 2010 – 2013', {
        field: 'Economie',
        institution: 'Erasmus Universiteit Rotterdam',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [named('Strategisch accountmanagement'), named('Retorica en debat')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C2', 'Engels: C2'),
      lang('de', 'B2', 'Duits: B2'),
    ],
    skills: ['Analytisch vermogen', 'Overtuigingskracht', 'Stressbestendigheid', 'SAP'],
    clientBase: { activeAccounts: 5, annualRevenueEur: 4_200_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'persuasiveness', 'stress_resistance'],
  },
  {
    id: 'nl-03-relatiemanager',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Drie',
    email: 'kandidaat.drie@example.com',
    phone: '+31 6 34 56 78 90',
    contactLines: ['Zwolle'],
    profile: [
      'Relatiemanager zakelijk bij een regionale bank. Beheer van 60 MKB-relaties in de regio Zwolle en ' +
        'Deventer, in gesprek met directeuren-eigenaren over financiering en vermogen.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Relatiemanager zakelijk', 'Spaarne Bank', '2020-04', null, true, '04-2020 – heden', [
        'Kredietaanvragen beoordelen en presenteren aan het kredietcomité',
        'Proactief benaderen van ondernemers voor herfinanciering',
      ]),
      job('Junior relatiemanager', 'Spaarne Bank', '2017-09', '2020-03', true, '09-2017 – 03-2020'),
      job('Boekhouder', 'Heuvelrug Administraties', '2011-02', '2016-01', false, '02-2011 – 01-2016', [
        'Bijhouden van de financiële administratie van 30 kleine ondernemingen',
      ]),
    ],
    afterJobs: [
      { kind: 'paragraph', text: '02-2016 – 08-2017   Loopbaanonderbreking: mantelzorg en reis door Zuid-Amerika' },
    ],
    education: [
      edu('hbo', 'HBO Finance & Control, Hogeschool Windesheim, 2007 – 2011', {
        field: 'Finance & Control',
        institution: 'Hogeschool Windesheim',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [named('Wft Zakelijk Schade'), named('Gesprekstechnieken voor adviseurs')],
    certifications: [named('CFP', 'CFP (Certified Financial Planner), 2019')],
    languages: [lang('nl', 'native', 'Nederlands (moedertaal)'), lang('en', 'B2', 'Engels (B2)')],
    skills: ['Financiële analyse', 'Relatieopbouw', 'Initiatief'],
    clientBase: { activeAccounts: 60, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building', 'initiative'],
  },
  {
    id: 'nl-04-vertegenwoordiger',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Vier',
    email: 'kandidaat.vier@example.com',
    phone: '+31 6 45 67 89 01',
    contactLines: ['Eindhoven'],
    profile: [
      'Vertegenwoordiger in de installatiebranche met een eigen netwerk van installateurs in Brabant en Limburg.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Vertegenwoordiger', 'Brinkhorst Installatietechniek', '2020', null, true, '2020 – heden', [
        'Bezoeken van 35 vaste installatiebedrijven in Zuid-Nederland',
        'Introduceren van nieuwe warmtepompen en zonnesystemen',
        'Samenwerken met de technische binnendienst bij offertes',
      ]),
      job('Verkoper buitendienst', 'Kempen Sanitair', '2017-03', '2020', true, '03/2017 – 2020', [
        'Verkopen van sanitair aan aannemers en showrooms',
      ]),
      job('Verkoper (parttime)', 'Bouwmarkt De Peel', '2016-05', '2017-08', true, '05/2016 – 08/2017', [
        'Advies en verkoop aan zakelijke klanten op de bouwbalie, naast het werk als monteur',
      ]),
      job('Monteur', 'Kempen Sanitair', '2012-08', '2017-02', false, '08/2012 – 02/2017', [
        'Installeren van badkamers en cv-ketels',
      ]),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Installatietechniek, Summa College, 2008 – 2012', {
        field: 'Installatietechniek',
        institution: 'Summa College',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [named('Commercieel vakmanschap', 'Commercieel vakmanschap (NCOI, 2017)')],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands – moedertaal'), lang('en', 'A2', 'Engels – basis')],
    skills: ['Klantgericht', 'Teamspeler', 'Verkoopvaardigheid'],
    clientBase: { activeAccounts: 35, segment: 'regional_smb' },
    competencies: ['customer_focus', 'teamwork', 'sales'],
  },
  {
    id: 'nl-05-business-developer',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'table',
    name: 'Kandidaat Vijf',
    email: 'kandidaat.vijf@example.org',
    phone: '+31 6 56 78 90 12',
    contactLines: ['Utrecht'],
    tagline: 'Business developer SaaS',
    profile: [
      'Business developer met een achtergrond in marketing. Ik open deuren bij landelijke organisaties in zorg ' +
        'en onderwijs en bouw die uit tot langdurige klantrelaties; momenteel 18 actieve klanten met een ' +
        'jaarlijkse contractwaarde van € 900.000.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Business Developer', 'Planwijs Software B.V.', '2022-01', null, true, 'januari 2022 – heden', [
        'Nieuwe klanten werven via netwerken, events en outbound',
        'Begeleiden van aanbestedingen bij landelijke zorginstellingen',
      ]),
      job('Marketing coördinator', 'Planwijs Software B.V.', '2019-05', '2021-12', false, 'mei 2019 – december 2021', [
        'Campagnes, website en beurzen',
      ]),
      job('Medewerker communicatie', 'Gemeente Houten', '2017-02', '2019-04', false, 'februari 2017 – april 2019'),
    ],
    education: [
      edu('hbo', 'HBO Communicatie, Hogeschool Utrecht, 2013 – 2017', {
        field: 'Communicatie',
        institution: 'Hogeschool Utrecht',
        startYear: 2013,
        endYear: 2017,
      }),
    ],
    courses: [named('Consultative selling'), named('LinkedIn voor B2B')],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands – moedertaal'), lang('en', 'C1', 'Engels – vloeiend')],
    skills: ['Netwerken', 'Innovatief', 'Communicatief'],
    clientBase: { activeAccounts: 18, annualRevenueEur: 900_000, segment: 'national' },
    competencies: ['relationship_building', 'innovation', 'communication'],
  },
  {
    id: 'nl-06-accountmanager-b',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zes',
    email: 'kandidaat.zes@example.net',
    phone: '+31 6 67 89 01 23',
    contactLines: ['Groningen'],
    profile: [
      'Accountmanager in de uitzendbranche. Ik onderhoud contacten met HR-managers en directies van ' +
        'ongeveer 50 opdrachtgevers in Noord-Nederland.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager', 'Flexpunt Noord', '2019-05', null, true, '05.2019 – heden', [
        'Acquisitie van nieuwe opdrachtgevers en uitbreiden van bestaande',
        'Tariefonderhandelingen en raamovereenkomsten',
      ]),
      job('Intercedent', 'Flexpunt Noord', '2015-10', '2019-04', false, '10.2015 – 04.2019', [
        'Werven en plaatsen van uitzendkrachten',
      ]),
      job('Medewerker klantenservice', 'Energie Noord', '2013-01', '2015-09', false, '01.2013 – 09.2015'),
    ],
    education: [
      edu('hbo', 'HBO Human Resource Management, Hanzehogeschool Groningen, 2009 – 2013', {
        field: 'Human Resource Management',
        institution: 'Hanzehogeschool Groningen',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [named('Acquisitie in de praktijk')],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands: moedertaal'), lang('en', 'B2', 'Engels: goed (B2)')],
    skills: ['Overtuigingskracht', 'Klantgerichtheid', 'Plannen en organiseren'],
    clientBase: { activeAccounts: 50, segment: 'regional_smb', decisionMakers: true },
    competencies: ['persuasiveness', 'customer_focus', 'organisation'],
  },
  {
    id: 'nl-07-klantenservice-naar-sales',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zeven',
    email: 'kandidaat.zeven@example.com',
    phone: '+31 6 78 90 12 34',
    contactLines: ['Almere'],
    profile: [
      'Na jaren in de klantenservice ben ik de overstap naar de verkoop gemaakt. Ik ben stressbestendig, ' +
        'communicatief sterk en houd van een volle agenda.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Accountmanager binnendienst', 'Kantoorgemak B.V.', '2023-02', null, true, 'feb 2023 – heden', [
        'Telefonische verkoop van kantoorartikelen en meubilair aan bedrijven',
        'Opvolgen van leads uit de webshop',
      ]),
      job('Teamleider klantenservice', 'Kantoorgemak B.V.', '2020-01', '2023-01', false, 'jan 2020 – jan 2023', [
        'Coachen van een team van acht medewerkers',
        'Afhandelen van escalaties en klachten',
      ]),
      job('Medewerker klantenservice', 'Belcentrum Flevoland', '2016-03', '2019-12', false, 'mrt 2016 – dec 2019', [
        'Inkomende gesprekken over facturen en storingen',
      ]),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Commercieel medewerker, ROC Flevoland, 2012 – 2016', {
        field: 'Commercieel medewerker',
        institution: 'ROC Flevoland',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [named('Telefonisch verkopen'), named('Coachend leidinggeven')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk (B1)'),
      lang('tr', 'B2', 'Turks – goed (B2)'),
    ],
    skills: ['Stressbestendig', 'Communicatief', 'Coachen'],
    clientBase: null,
    competencies: ['stress_resistance', 'communication', 'coaching'],
  },
  {
    id: 'nl-08-relatiebeheerder',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Acht',
    email: 'kandidaat.acht@example.org',
    phone: '+31 6 89 01 23 45',
    contactLines: ['Den Haag'],
    tagline: 'Relatiebeheerder zakelijke verzekeringen',
    profile: [
      'Relatiebeheerder bij een verzekeraar met een portefeuille van 120 zakelijke relaties verspreid over ' +
        'heel Nederland, goed voor € 3 miljoen premie per jaar.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Relatiebeheerder', 'Zuidwest Verzekeringen N.V.', '2018-11', null, true, 'nov. 2018 – tot heden', [
        'Adviseren van ondernemers over bedrijfsschade en aansprakelijkheid',
        'Jaarlijkse polisgesprekken en verlengingen',
      ]),
      job('Schadebehandelaar', 'Zuidwest Verzekeringen N.V.', '2014-09', '2018-10', false, 'sep. 2014 – okt. 2018', [
        'Beoordelen en afhandelen van zakelijke schademeldingen',
      ]),
    ],
    education: [
      edu('wo', 'WO Master Rechtsgeleerdheid, Universiteit Leiden (2009 – 2014)', {
        field: 'Rechtsgeleerdheid',
        institution: 'Universiteit Leiden',
        startYear: 2009,
        endYear: 2014,
      }),
    ],
    courses: [named('Wft Schadeverzekeringen Zakelijk'), named('Public speaking')],
    certifications: [named('CTP', 'CTP – Certified Treasury Professional (2022)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – C1'),
      lang('fr', 'A2', 'Frans – A2'),
    ],
    skills: ['Tactvol', 'Analytisch', 'Relatieopbouw'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 3_000_000, segment: 'national' },
    competencies: ['tact_assertiveness', 'analytical', 'relationship_building'],
  },
  {
    id: 'nl-09-sales-support-naar-accountmanager',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negen',
    email: 'kandidaat.negen@example.com',
    phone: '+31 6 90 12 34 56',
    contactLines: ['Breda'],
    profile: [
      'Accountmanager in de groothandel in technische producten. Sinds 2019 verantwoordelijk voor 30 ' +
        'klanten in West-Brabant en Zeeland, vooral installatiebedrijven in het MKB.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Accountmanager', 'Technigro B.V.', '2019-09', null, true, 'sept. 2019 – tot heden', [
        'Klantbezoeken, jaargesprekken en prijsafspraken',
      ]),
      job('Sales support medewerker', 'Technigro B.V.', '2015-04', '2019-08', false, 'apr. 2015 – aug. 2019', [
        'Orderverwerking, offertes uitwerken en de agenda van de buitendienst beheren',
      ]),
      job('Administratief medewerker', 'Bakkerij Van Gool', '2012', '2015', false, '2012–2015'),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Bedrijfsadministratie, Curio, 2008 – 2012', {
        field: 'Bedrijfsadministratie',
        institution: 'Curio',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('associate degree', 'Associate degree Commercieel Management, Avans Hogeschool, 2016 – 2018', {
        field: 'Commercieel Management',
        institution: 'Avans Hogeschool',
        startYear: 2016,
        endYear: 2018,
      }),
    ],
    courses: [named('Verkooptraining SPIN selling')],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands - moedertaal'), lang('en', 'B2', 'Engels - B2')],
    skills: ['Klantgerichtheid', 'Plannen', 'Initiatief'],
    clientBase: { activeAccounts: 30, segment: 'regional_smb' },
    competencies: ['customer_focus', 'organisation', 'initiative'],
  },
  {
    id: 'nl-10-senior-accountmanager',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tien',
    email: 'kandidaat.tien@example.net',
    phone: '+31 6 11 22 33 44',
    contactLines: ['Nijmegen'],
    profile: [
      'Senior accountmanager voor landelijke klanten in de facilitaire dienstverlening.',
      'Beheer van 25 landelijke accounts met een omzet van € 6 miljoen per jaar; gesprekspartner van ' +
        'directie en inkoopbeslissers.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Senior Accountmanager', 'Schoonhof Facilitair', '2017-01', null, true, 'jan. 2017 – heden', [
        'Contractverlengingen en aanbestedingen voor landelijke organisaties',
        'Coachen van twee junior accountmanagers',
        'Kwartaalrapportages en marge-analyses voor de directie',
      ]),
      job('Accountmanager', 'Schoonhof Facilitair', '2013-04', '2016-12', true, 'apr. 2013 – dec. 2016', [
        'Uitbouwen van de regio Oost',
      ]),
      job('Vestigingsmanager', 'Snelwas Nederland', '2009-03', '2013-03', false, 'mrt. 2009 – mrt. 2013', [
        'Leiding over een wasserij met 40 medewerkers',
      ]),
    ],
    education: [
      edu('hbo', 'HBO Bedrijfseconomie, HAN, 2005 – 2009', {
        field: 'Bedrijfseconomie',
        institution: 'HAN',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [named('Leiderschap in sales'), named('Onderhandelen met inkopers')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: vloeiend'),
      lang('de', 'B2', 'Duits: goed'),
    ],
    skills: ['Coaching', 'Ondernemend', 'Overtuigend', 'Financieel inzicht'],
    clientBase: { activeAccounts: 25, annualRevenueEur: 6_000_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'entrepreneurship', 'persuasiveness', 'financial_analysis'],
  },
  {
    id: 'nl-11-junior-accountmanager',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Elf',
    email: 'kandidaat.elf@example.com',
    phone: '+31 6 22 33 44 55',
    contactLines: ['Leeuwarden'],
    profile: [
      'Junior accountmanager in de agrarische sector, starter met een hbo-diploma en energie voor de buitendienst.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Junior Accountmanager', 'Agrifriesland Coöperatie', '2024-08', null, true, '08-2024 – heden', [
        'Bezoeken van melkveehouders en loonwerkers',
      ]),
      job('Horecamedewerker', 'Strandpaviljoen De Kaap', '2019', '2023', false, '2019 – 2023'),
    ],
    education: [
      edu('hbo', 'HBO Bedrijfskunde Agribusiness, Van Hall Larenstein, 2020 – 2024', {
        field: 'Bedrijfskunde Agribusiness',
        institution: 'Van Hall Larenstein',
        startYear: 2020,
        endYear: 2024,
      }),
      edu('havo', 'HAVO, Piter Jelles, 2015 – 2020', { institution: 'Piter Jelles', startYear: 2015, endYear: 2020 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands - moedertaal'),
      lang('fy', 'native', 'Fries - moedertaal'),
      lang('en', 'B2', 'Engels - B2'),
    ],
    skills: ['Samenwerken', 'Proactief'],
    clientBase: null,
    competencies: ['teamwork', 'initiative'],
  },
];

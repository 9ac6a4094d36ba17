import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The seventeenth held-out set's Dutch CVs: twenty-six CVs from the Netherlands and Flanders, written without
 * reading the reader. Half are everyday CVs (a Word template, Indeed, VDAB, Werk.nl and Nationale Vacaturebank
 * exports, design-tool PDFs, an e-mail body, a terse list, a long bullet CV); half are awkward: a history oldest
 * first with no headings, one line per job, two jobs at once, a long gap told in a sentence, jobs abroad written in
 * Spanish and French, dates at the end of each paragraph, a work table without column headers, a current job named
 * only in the profile, roles under one employer, not-jobs as table rows, a career in prose, dotted leaders.
 */
export const HELD_OUT_17_NL: CvSource[] = [
  {
    id: 'nl-h17-01-word-sjabloon-accountmanager-kantoorinrichting-utrecht',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Elfhonderd Een',
    email: 'kandidaat1101@example.com',
    phone: '06-41872295',
    contactLines: ['Nieuwegein'],
    afterContact: [
      { kind: 'heading', text: 'Persoonlijke gegevens' },
      {
        kind: 'table',
        rows: [
          ['Adres', 'Lindenlaan 22, 3431 AB Nieuwegein'],
          ['Geboortedatum', '3 oktober 1990'],
          ['Nationaliteit', 'Nederlandse'],
          ['Rijbewijs', 'B'],
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Gedreven accountmanager met ruim elf jaar commerciële ervaring in kantoorinrichting en werkplekconcepten, ' +
        'waarvan ruim acht als accountmanager. Ik beheer een vaste portefeuille van 65 zakelijke klanten in de ' +
        'provincie Utrecht en het Gooi, van advocatenkantoren tot zorginstellingen. In 2025 was de omzet op mijn ' +
        'klanten € 2,4 miljoen. Ik schakel dagelijks met facilitair managers; bij projecten boven € 50.000 zit ik aan ' +
        'tafel met de directie, die de knoop doorhakt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager',
        'Interieurgroep Midden B.V.',
        '2018-04',
        null,
        true,
        'april 2018 – heden',
        [
          'Vaste portefeuille van 65 klanten in Utrecht en het Gooi',
          'Werkplekadvies, offertes en projectbegeleiding van ontwerp tot oplevering',
          'Nauwe samenwerking met onze interieurarchitecten en de montageploeg',
          'Omzet op de portefeuille met 14% gegroeid in 2025',
        ],
        'Nieuwegein',
      ),
      job(
        'Medewerker Binnendienst Verkoop',
        'Interieurgroep Midden B.V.',
        '2015-09',
        '2018-03',
        true,
        'september 2015 – maart 2018',
        [
          'Telefonische verkoop van kantoorartikelen en bureaustoelen aan kleinere klanten',
          'Offertes opvolgen en webshopklanten heractiveren',
        ],
        'Nieuwegein',
      ),
      job(
        'Medewerker Klantenservice',
        'Office Direct Nederland',
        '2013-02',
        '2015-08',
        false,
        'februari 2013 – augustus 2015',
        ['Vragen over leveringen, retouren en facturen'],
        'Utrecht',
      ),
      job(
        'Verkoopmedewerker',
        'Warenhuis De Klok',
        '2009-09',
        '2013-01',
        true,
        'september 2009 – januari 2013',
        ['Bijbaan naast de studie: advies en verkoop op de afdeling wonen'],
        'Utrecht',
      ),
    ],
    education: [
      edu('hbo', 'HBO Commerciële Economie, Hogeschool Utrecht, 2009 – 2013', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool Utrecht',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('havo', 'HAVO, Oosterlicht College, Nieuwegein, 2004 – 2009', {
        institution: 'Oosterlicht College',
        startYear: 2004,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Werkplekconcepten en ergonomie', 'Werkplekconcepten en ergonomie (2020)'),
      named('Effectief onderhandelen', 'Effectief onderhandelen – Schouten & Nelissen (2021)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Klantgericht', 'Relatiebeheer', 'Plannen en organiseren', 'MS Office, Salesforce, AutoCAD (basis)'],
    closing: [
      { kind: 'heading', text: 'Hobby’s en nevenactiviteiten' },
      { kind: 'paragraph', text: 'Hardlopen, koken; sinds 2020 vrijwilliger bij de Voedselbank Nieuwegein.' },
    ],
    clientBase: { activeAccounts: 65, annualRevenueEur: 2_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'nl-h17-02-indeed-binnendienst-verpakkingen-twente',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Elfhonderd Twee',
    email: 'elfhonderdtwee.1102@example.org',
    phone: '06 52 81 40 73',
    contactLines: ['Hengelo, Overijssel'],
    headings: {
      profile: 'Samenvatting',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Binnendienstmedewerker met bijna zes jaar ervaring in de verkoop van verpakkingsmaterialen aan bedrijven in ' +
        'Twente en de Achterhoek. Vast aanspreekpunt voor zo’n 180 klanten: webshops, drukkerijen en metaalbedrijven, ' +
        'die samen voor ruim € 1,6 miljoen per jaar bij ons bestellen. Bij de kleinere bedrijven heb ik meestal de ' +
        'eigenaar zelf aan de lijn.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Medewerker Binnendienst Verkoop',
          'PakPro Verpakkingen B.V.',
          '2021-01',
          null,
          true,
          'januari 2021 tot Heden',
        ),
        lines: [
          'Medewerker Binnendienst Verkoop',
          'PakPro Verpakkingen B.V. - Hengelo, Overijssel',
          'januari 2021 tot Heden',
          '- Telefonische verkoop en offertes voor dozen, folie en vulmateriaal',
          '- Vast aanspreekpunt voor ca. 180 zakelijke klanten',
          '- Nabellen van offertes en heractiveren van slapende klanten',
        ],
      },
      {
        ...job(
          'Medewerker Klantenservice',
          'Twentse Energie Service',
          '2018-03',
          '2020-12',
          false,
          'maart 2018 tot december 2020',
        ),
        lines: [
          'Medewerker Klantenservice',
          'Twentse Energie Service - Enschede, Overijssel',
          'maart 2018 tot december 2020',
          '- Vragen over jaarafrekeningen, verhuizingen en storingen',
          '- Inwerken van nieuwe collega’s',
        ],
      },
      {
        ...job(
          'Orderpicker',
          'Distributiecentrum Oost B.V.',
          '2017-06',
          '2018-02',
          false,
          'juni 2017 tot februari 2018',
        ),
        lines: [
          'Orderpicker',
          'Distributiecentrum Oost B.V. - Almelo, Overijssel',
          'juni 2017 tot februari 2018',
          '- Via uitzendbureau; orderpicken met scanner en reachtruck',
        ],
      },
    ],
    education: [
      edu('mbo 4', 'MBO niveau 4 in Commercie\nROC van Twente - Hengelo, Overijssel\n2014 tot 2017', {
        field: 'Commercie',
        institution: 'ROC van Twente',
        startYear: 2014,
        endYear: 2017,
      }),
      edu('vmbo', 'VMBO-kader in Economie en Ondernemen\nTwickel College - Hengelo, Overijssel\n2010 tot 2014', {
        institution: 'Twickel College',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands - Moedertaal'),
      lang('en', 'C1', 'Engels - Vloeiend'),
      lang('de', 'A2', 'Duits - Basis'),
    ],
    skills: ['Telefonische verkoop (6 jaar)', 'Klantenservice (3 jaar)', 'SAP (6 jaar)', 'Microsoft Excel (8 jaar)'],
    closing: [
      { kind: 'heading', text: 'Certificeringen en licenties' },
      { kind: 'paragraph', text: 'Heftruckcertificaat\nAugustus 2017 tot Augustus 2022' },
      { kind: 'paragraph', text: 'Rijbewijs B' },
    ],
    clientBase: { activeAccounts: 180, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'nl-h17-03-vdab-vertegenwoordiger-bouwmaterialen-limburg',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Elfhonderd Drie',
    email: 'k.elfhonderddrie.1103@example.net',
    phone: '0494 27 81 56',
    contactLines: ['3630 Maasmechelen', 'Rijbewijs: B, C'],
    headings: {
      profile: 'Over mezelf',
      work: 'Werkervaring',
      education: 'Studies',
      courses: 'Opleidingen en cursussen',
      certifications: 'Attesten',
      skills: 'Competenties',
      languages: 'Talenkennis',
    },
    jobLabels: {
      period: 'Tijdsperiode',
      title: 'Job',
      employer: 'Bedrijf',
      duties: 'Taken en verantwoordelijkheden',
    },
    profile: [
      'Ervaren vertegenwoordiger in de bouwsector, al meer dan twintig jaar actief in bouwmaterialen. Ik bezoek elke ' +
        'week aannemers, dakwerkers en installateurs in Limburg en de Kempen. Mijn klantenbestand telt een 150-tal ' +
        'actieve klanten, goed voor ongeveer € 3,8 miljoen omzet per jaar. Prijsafspraken maak ik rechtstreeks met de ' +
        'zaakvoerders.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Vertegenwoordiger',
        'Bouwcenter Kempen-Limburg NV',
        '2012-03',
        null,
        true,
        'maart 2012 – heden',
        [
          'Wekelijks klantenbezoek bij aannemers, dakwerkers en installateurs in Limburg en de Kempen',
          'Offertes, prijsafspraken en opvolging van werven',
          'Prospectie van nieuwe klanten',
        ],
        'Genk',
      ),
      job(
        'Toonbankbediende',
        'Bouwcenter Kempen-Limburg NV',
        '2005-09',
        '2012-02',
        true,
        'september 2005 – februari 2012',
        ['Verkoop aan de toonbank aan vaklui en particulieren', 'Opmaak van offertes en bestellingen'],
        'Genk',
      ),
      job(
        'Magazijnier',
        'Transport Vanhout BVBA',
        '1998-07',
        '2005-08',
        false,
        'juli 1998 – augustus 2005',
        ['Laden en lossen, orderpicking, heftruck'],
        'Lanaken',
      ),
    ],
    education: [
      edu('secondary', 'TSO Bouwtechnieken – Technisch Instituut Sint-Jan, Hasselt (1992 – 1998)', {
        field: 'Bouwtechnieken',
        institution: 'Technisch Instituut Sint-Jan',
        startYear: 1992,
        endYear: 1998,
      }),
    ],
    courses: [
      named('Dakisolatie en daktechnieken', 'Dakisolatie en daktechnieken – Bouwunie (2014)'),
      named('Verkopen aan vaklui', 'Verkopen aan vaklui – Syntra Limburg (2013)'),
    ],
    certifications: [named('VCA Basis', 'VCA Basis (geldig tot 2028)')],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('fr', 'B1', 'Frans'),
      lang('en', 'B1', 'Engels'),
      lang('de', 'A2', 'Duits'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Niveau'],
        rows: [
          ['Nederlands', 'moedertaal'],
          ['Frans', 'redelijk'],
          ['Engels', 'redelijk'],
          ['Duits', 'basis'],
        ],
      },
    ],
    skills: ['Onderhandelingsvaardig', 'Zelfstandig', 'Technische kennis van bouwmaterialen', 'Klantvriendelijk'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 3_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h17-04-ontwerp-pdf-key-account-manager-zuivel-landelijk',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Elfhonderd Vier',
    email: 'kam.1104@example.com',
    phone: '+31 6 2874 1190',
    contactLines: ['’s-Hertogenbosch', 'linkedin.example.com/in/kandidaat1104'],
    tagline: 'Key Account Manager Retail | FMCG',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Training',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Key Account Manager bij een zuivelproducent. Ik ben verantwoordelijk voor vier landelijke supermarktformules, ' +
        'samen goed voor ruim 1.600 winkels, en twee foodservicegroothandels. De netto-omzet op mijn zes accounts was ' +
        'in 2025 € 46 miljoen. De jaargesprekken voer ik met de categoriemanagers en de commercieel directeuren, die ' +
        'over listings en promoties beslissen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager Retail',
        'Zuivelhoeve Nederland B.V.',
        '2019-06',
        null,
        true,
        'jun. 2019 – heden',
        [
          'Jaarafspraken, promotieplannen en joint business plans met 4 formules en 2 groothandels',
          'Introductie van de plantaardige lijn in alle formules (2022)',
          'Aansturing van de trade marketeer en de field sales op mijn accounts',
        ],
        'Veghel',
      ),
      job(
        'Trade Marketing Manager',
        'Zuivelhoeve Nederland B.V.',
        '2016-01',
        '2019-05',
        false,
        'jan. 2016 – mei 2019',
        ['Schapplannen, promoties en het trade-marketingbudget (€ 2,5 mln)'],
        'Veghel',
      ),
      job(
        'Account Manager Foodservice',
        'Bakkerij Van Geffen Groep',
        '2012-09',
        '2015-12',
        true,
        'sep. 2012 – dec. 2015',
        ['Cateraars, zorginstellingen en bedrijfsrestaurants in Zuid-Nederland'],
        'Oss',
      ),
      job(
        'Management Trainee',
        'FoodCo Benelux',
        '2010-09',
        '2012-08',
        false,
        'sep. 2010 – aug. 2012',
        ['Rotaties in marketing, supply chain en verkoop'],
        'Utrecht',
      ),
    ],
    education: [
      edu('msc', 'MSc Marketing Management – Tilburg University (2009 – 2010)', {
        field: 'Marketing Management',
        institution: 'Tilburg University',
        startYear: 2009,
        endYear: 2010,
      }),
      edu('bsc', 'BSc Bedrijfseconomie – Tilburg University (2006 – 2009)', {
        field: 'Bedrijfseconomie',
        institution: 'Tilburg University',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [named('Joint Business Planning', 'Joint Business Planning – ECR Nederland (2020)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'C1', 'Engels (vloeiend)'),
      lang('de', 'B2', 'Duits (goed)'),
    ],
    skills: ['Onderhandelen', 'Analytisch', 'Category management', 'SAP, Nielsen, Power BI'],
    clientBase: { activeAccounts: 6, annualRevenueEur: 46_000_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'nl-h17-05-werk-nl-inside-sales-zorgverzekeraar-contract-afgelopen',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Elfhonderd Vijf',
    nameLine: 'CV Kandidaat Elfhonderd Vijf',
    email: 'kandidaat.1105@example.net',
    phone: '06-18432790',
    contactLines: [
      'Amersfoort',
      'Gewenst beroep: Inside sales medewerker / Accountmanager binnendienst',
      'Beschikbaar per 1 december 2026, 32 – 36 uur',
    ],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Beroep', 'Werkgever', 'Periode'],
    },
    workTableOrder: ['title', 'employer', 'period'],
    profile: [
      'Ik heb vier jaar telefonisch collectieve zorgverzekeringen verkocht aan werkgevers. Ik beheerde 260 ' +
        'collectieve contracten van kleinere werkgevers in heel Nederland, samen goed voor ongeveer € 4,2 miljoen ' +
        'premie per jaar. Meestal sprak ik de eigenaar of de HR-manager, die over het contract beslist. Na een ' +
        'reorganisatie is mijn contract per 1 juli 2026 niet verlengd.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Inside Sales Medewerker Zakelijke Markt',
        'ZorgSamen Verzekeringen',
        '2022-04',
        '2026-06',
        true,
        'april 2022 – juni 2026',
        [
          'Verlengen en uitbreiden van collectieve contracten',
          'Nieuwe werkgevers werven via telefoon en e-mail',
          'Offertes en contractvoorstellen maken',
        ],
      ),
      job(
        'Medewerker Klantenservice',
        'ZorgSamen Verzekeringen',
        '2018-09',
        '2022-03',
        false,
        'september 2018 – maart 2022',
        ['Vragen over declaraties, premies en vergoedingen'],
      ),
      job('Kassamedewerker', 'Buurtsuper De Hoek', '2013-05', '2017-08', false, 'mei 2013 – augustus 2017', [
        'Bijbaan naast school',
      ]),
    ],
    education: [
      edu(
        'mbo 4',
        'MBO Medewerker Marketing en Communicatie – Niveau: MBO 4 – Diploma: Ja – ROC Midden Nederland, ' +
          'Amersfoort, 2014 – 2017',
        {
          field: 'Medewerker Marketing en Communicatie',
          institution: 'ROC Midden Nederland',
          startYear: 2014,
          endYear: 2017,
        },
      ),
      edu('vmbo', 'VMBO-TL – Niveau: VMBO – Diploma: Ja – Amersfoort, 2010 – 2014', {
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Basis', 'Wft Basis (2022)'),
      named('Wft Zorgverzekeringen', 'Wft Zorgverzekeringen (2022)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('tr', 'native', 'Turks – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Telefonisch adviseren en verkopen', 'Klantgericht', 'Stressbestendig', 'Salesforce, MS Office'],
    clientBase: { activeAccounts: 260, annualRevenueEur: 4_200_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus', 'sales', 'stress_resistance'],
  },
  {
    id: 'nl-h17-06-mailtekst-starter-sdr-roostersoftware',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Elfhonderd Zes',
    nameLine: 'Onderwerp: cv Kandidaat Elfhonderd Zes – sollicitatie Inside Sales',
    email: 'k1106.sales@example.com',
    phone: '+31 6 4719 0385',
    contactLines: ['Utrecht'],
    headings: {
      profile: 'Beste Sanne,',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaat',
      skills: 'Wat ik goed kan',
      languages: 'Talen',
    },
    profile: [
      'Leuk je vanmiddag te spreken! Zoals beloofd mijn cv, gewoon hier in de mail.',
      'Sinds september 2025 ben ik Sales Development Representative bij een Utrechts softwarebedrijf dat ' +
        'roosterprogramma’s voor zorginstellingen maakt. Ik bel en mail met zorgorganisaties in heel Nederland en plan ' +
        'afspraken in voor onze accountmanagers, gemiddeld 18 per maand. Een eigen klantportefeuille heb ik nog niet; ' +
        'die stap wil ik graag bij jullie zetten.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Sales Development Representative', 'CareRoster B.V.', '2025-09', null, true, 'sinds september 2025'),
        lines: [
          'CareRoster B.V. – Sales Development Representative (sinds september 2025)',
          '   bellen, mailen en LinkedIn; leads kwalificeren en afspraken inplannen in HubSpot',
        ],
      },
      {
        ...job('Stagiair Marketing', 'Gemeente Zeist', '2024-02', '2024-07', false, 'feb. – juli 2024'),
        lines: [
          'Gemeente Zeist – Stagiair Marketing (feb. – juli 2024)',
          '   afstudeerstage: onderzoek naar de online dienstverlening aan ondernemers',
        ],
      },
      {
        ...job('Verkoopmedewerker', 'Sportshop Ten Brink', '2021', '2025', true, '2021 – 2025'),
        lines: ['Sportshop Ten Brink – Verkoopmedewerker, op zaterdag (2021 – 2025)'],
      },
    ],
    education: [
      edu('hbo', 'HBO Commerciële Economie (bachelor), Hogeschool Utrecht, 2021 – 2025', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool Utrecht',
        startYear: 2021,
        endYear: 2025,
      }),
    ],
    courses: [],
    certifications: [named('HubSpot Inbound Sales', 'HubSpot Inbound Sales (2025)')],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'C1', 'Engels'), lang('es', 'A2', 'Spaans')],
    languagesText: ['Nederlands is mijn moedertaal, Engels spreek ik vloeiend (minor in Dublin) en Spaans een beetje.'],
    skills: ['Doorzetten na een nee', 'Koude acquisitie', 'HubSpot, LinkedIn Sales Navigator'],
    closing: [
      { kind: 'paragraph', text: 'Ik hoor graag wanneer we verder kunnen praten!' },
      { kind: 'paragraph', text: 'Groetjes,\nKandidaat Elfhonderd Zes' },
    ],
    clientBase: null,
    competencies: [],
  },
  {
    id: 'nl-h17-07-nationale-vacaturebank-bedrijfsleider-tuincentrum',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Elfhonderd Zeven',
    email: 'elfhonderdzeven.1107@example.org',
    phone: '0342 - 418726',
    contactLines: [
      'Barneveld',
      'Gewenste functie: Accountmanager of vertegenwoordiger in de groene sector',
      'Rijbewijs B',
    ],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Na 25 jaar in tuincentra, waarvan de laatste tien als bedrijfsleider, wil ik de overstap maken naar de ' +
        'buitendienst bij een kwekerij of groothandel. Ik ken het assortiment, de seizoenen en de klant. Mijn vestiging ' +
        'draait € 9 miljoen omzet met een team van 24 medewerkers; een eigen klantenportefeuille heb ik niet.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Bedrijfsleider',
        'Tuincentrum De Boomgaard',
        '2016-03',
        null,
        false,
        'maart 2016 – heden',
        [
          'Eindverantwoordelijk voor een vestiging van 6.000 m² met 24 medewerkers',
          'Personeelsrooster, seizoensinkoop en het coachen van de afdelingsleiders',
          'Omzetgroei van € 7,6 naar € 9 miljoen',
        ],
        'Barneveld',
      ),
      job(
        'Afdelingsleider Groen',
        'Tuincentrum De Boomgaard',
        '2009-02',
        '2016-02',
        false,
        'februari 2009 – februari 2016',
        ['Leiding aan de afdeling buitenplanten (8 medewerkers)', 'Inkoop bij kwekers in Boskoop en Zundert'],
        'Barneveld',
      ),
      job('Verkoopmedewerker', 'Tuinwereld Ede', '2001-08', '2009-01', true, 'augustus 2001 – januari 2009', [
        'Advies en verkoop aan particulieren op de plantenafdeling',
      ]),
    ],
    education: [
      edu('mbo 3', 'MBO niveau 3 Verkoper Groene Detailhandel, Groenhorst College, Barneveld, 1998 – 2001', {
        field: 'Verkoper Groene Detailhandel',
        institution: 'Groenhorst College',
        startYear: 1998,
        endYear: 2001,
      }),
      edu('mavo', 'MAVO, Johannes Fontanus College, Barneveld, 1994 – 1998', {
        institution: 'Johannes Fontanus College',
        startYear: 1994,
        endYear: 1998,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Vakbekwaamheid Verkoop Gewasbeschermingsmiddelen',
        'Vakbekwaamheid Verkoop Gewasbeschermingsmiddelen (geldig t/m 2027)',
      ),
      named('BHV', 'BHV (herhaling 2026)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – Moedertaal'),
      lang('en', 'B1', 'Engels – Redelijk'),
      lang('de', 'B1', 'Duits – Redelijk'),
    ],
    skills: ['Leidinggeven', 'Plantenkennis', 'Klantgerichtheid', 'Plannen'],
    clientBase: null,
    competencies: ['coaching', 'customer_focus', 'organisation'],
  },
  {
    id: 'nl-h17-08-canva-business-developer-hr-software-eindhoven',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Elfhonderd Acht',
    email: 'hallo.1108@example.net',
    phone: '+31 (0)6 38 27 19 64',
    contactLines: ['Eindhoven', 'linkedin.example.com/in/k1108'],
    tagline: 'BUSINESS DEVELOPER SAAS',
    headings: {
      contact: 'CONTACT',
      profile: 'OVER MIJ',
      work: 'ERVARING',
      education: 'OPLEIDING',
      skills: 'SKILLS',
      languages: 'TALEN',
    },
    profile: [
      'Business developer bij een Eindhovense aanbieder van HR- en salarissoftware voor de maakindustrie. Ik beheer ' +
        '42 klanten in Brabant en Limburg – productiebedrijven met 100 tot 800 medewerkers – met samen € 1,3 miljoen ' +
        'ARR, en ik zoek er actief nieuwe bij. Mijn quotum voor nieuwe ARR in 2026 is € 400.000. De contracten sluit ' +
        'ik met HR-directeuren en CFO’s, die de handtekening zetten.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Business Developer',
        'PeopleFlow Software B.V.',
        '2023-02',
        null,
        true,
        '02/2023 – nu',
        [
          'Nieuwe klanten in de maakindustrie: van eerste demo tot getekend contract',
          'Uitbreiding bij bestaande klanten met modules voor verlof en verzuim',
          'Eigen portefeuille van 42 klanten',
        ],
        'Eindhoven',
      ),
      job(
        'Customer Success Manager',
        'PeopleFlow Software B.V.',
        '2020-09',
        '2023-01',
        false,
        '09/2020 – 01/2023',
        ['Onboarding en adoptie bij ca. 120 klanten', 'Kwartaalreviews en verlengingen voorbereiden voor de verkoop'],
        'Eindhoven',
      ),
      job(
        'Intercedent',
        'TalentPlus Uitzendbureau',
        '2018-08',
        '2020-08',
        false,
        '08/2018 – 08/2020',
        ['Werving en selectie van productiemedewerkers', 'Begeleiding van 70 uitzendkrachten'],
        'Helmond',
      ),
    ],
    education: [
      edu('hbo', 'Bachelor Human Resource Management – Fontys Hogescholen, Eindhoven (2014 – 2018)', {
        field: 'Human Resource Management',
        institution: 'Fontys Hogescholen',
        startYear: 2014,
        endYear: 2018,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'NL – moedertaal'),
      lang('en', 'C1', 'EN – vloeiend'),
      lang('fr', 'A2', 'FR – basis'),
    ],
    skills: ['Solution selling', 'Relatieopbouw', 'Proactief', 'HubSpot, Pipedrive'],
    clientBase: { activeAccounts: 42, annualRevenueEur: 1_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'relationship_building', 'sales'],
  },
  {
    id: 'nl-h17-09-kort-cv-verkoper-landbouwmechanisatie-friesland-jaartallen',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Elfhonderd Negen',
    email: 'k.elfhonderdnegen1109@example.com',
    phone: '0519 - 294183',
    contactLines: ['Dokkum'],
    headings: {
      work: 'Werk',
      education: 'School',
      skills: 'Verder',
      languages: 'Talen',
      workTable: ['Jaren', 'Functie', 'Bedrijf'],
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [],
    jobStyle: 'table',
    jobs: [
      job('Verkoper', 'Mechanisatiebedrijf Hoekstra B.V.', '2007', null, true, '2007 – heden'),
      job('Servicemonteur', 'Mechanisatiebedrijf Hoekstra B.V.', '1998', '2007', false, '1998 – 2007'),
      job('Monteur landbouwmachines', 'Loonbedrijf Van der Meer', '1991', '1998', false, '1991 – 1998'),
    ],
    education: [
      edu('mbo', 'MAS Landbouwmechanisatie, Leeuwarden, 1987 – 1991', {
        field: 'Landbouwmechanisatie',
        startYear: 1987,
        endYear: 1991,
      }),
      edu('mavo', 'MAVO, Dokkum, 1983 – 1987', { startYear: 1983, endYear: 1987 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('fy', 'native', 'Fries – memmetaal (moedertaal)'),
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B1', 'Duits – redelijk'),
      lang('en', 'A2', 'Engels – basis'),
    ],
    skills: [
      'Vaste klantenkring: ca. 300 melkveehouders en loonbedrijven in Noordoost-Friesland',
      'Eigen verkoop ca. € 6 mln per jaar (trekkers, voermengwagens, grasmachines)',
      'Ik zit aan de keukentafel met de boer zelf; die beslist',
      'Rijbewijs B, BE, T',
    ],
    closing: [
      { kind: 'heading', text: 'Nevenfuncties' },
      { kind: 'paragraph', text: 'Bestuurslid IJsclub De Hoop, Dokkum (sinds 2012)' },
    ],
    clientBase: { activeAccounts: 300, annualRevenueEur: 6_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'nl-h17-10-lang-cv-senior-relatiemanager-bedrijven-gelderland',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Elfhonderd Tien',
    email: 'relatiemanager.1110@example.com',
    phone: '+31 6 1290 4478',
    contactLines: ['Elst (Gld.)'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Cursussen en leergangen',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Senior relatiemanager bedrijven met ruim twintig jaar ervaring bij twee banken. Ik ben de vaste bankier van 75 ' +
        'ondernemingen in de regio Arnhem–Nijmegen en de Betuwe, met een omzet tussen € 5 en € 50 miljoen. De ' +
        'kredietportefeuille die ik beheer is ca. € 240 miljoen; daarnaast beheren onze private bankers zo’n € 90 ' +
        'miljoen vermogen van mijn DGA’s. De rente- en provisieopbrengst op mijn relaties was in 2025 € 3,1 miljoen. ' +
        'Mijn gesprekspartners zijn DGA’s en financieel directeuren.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Senior Relatiemanager Bedrijven',
        'Gelderse Bank N.V.',
        '2015-05',
        null,
        true,
        'mei 2015 – heden',
        [
          'Vaste bankier van 75 ondernemingen (omzet € 5–50 mln) in Arnhem, Nijmegen en de Betuwe',
          'Kredietportefeuille van ca. € 240 mln; rente- en provisieopbrengst € 3,1 mln (2025)',
          'Structureren van bedrijfsfinancieringen, overnames en vastgoedfinancieringen tot € 25 mln',
          'Cross-selling van betalingsverkeer, lease en verzekeringen',
          'Kredietvoorstellen voorbereiden en verdedigen in het kredietcomité',
          'Coachen van twee junior relatiemanagers',
          'Netwerkbijeenkomsten met accountants en fiscalisten in de regio',
        ],
        'Arnhem',
      ),
      job(
        'Relatiemanager MKB',
        'Gelderse Bank N.V.',
        '2010-01',
        '2015-04',
        true,
        'januari 2010 – april 2015',
        [
          'Portefeuille van 160 mkb-ondernemers in de Liemers en de Achterhoek',
          'Kredietaanvragen tot € 2,5 mln',
          'Acquisitie via accountants en het lokale netwerk',
          'Jaargesprekken en kredietrevisies',
        ],
        'Doetinchem',
      ),
      job(
        'Accountmanager Zakelijk',
        'Rijnland Bank',
        '2006-03',
        '2009-12',
        true,
        'maart 2006 – december 2009',
        ['Zzp’ers en kleine ondernemingen in Nijmegen', 'Rekeningen, kredieten tot € 250.000 en verzekeringen'],
        'Nijmegen',
      ),
      job(
        'Kredietanalist',
        'Rijnland Bank',
        '2004-09',
        '2006-02',
        false,
        'september 2004 – februari 2006',
        ['Jaarrekeninganalyse en kredietvoorstellen voor de accountmanagers'],
        'Nijmegen',
      ),
    ],
    education: [
      edu('wo', 'Doctoraal Bedrijfseconomie (drs.), Radboud Universiteit Nijmegen, 1998 – 2004', {
        field: 'Bedrijfseconomie',
        institution: 'Radboud Universiteit Nijmegen',
        startYear: 1998,
        endYear: 2004,
      }),
      edu('vwo', 'Gymnasium, Stedelijk Gymnasium Arnhem, 1992 – 1998', {
        institution: 'Stedelijk Gymnasium Arnhem',
        startYear: 1992,
        endYear: 1998,
      }),
    ],
    courses: [
      named('Leergang Corporate Finance', 'Leergang Corporate Finance – NIBE-SVV (2018)'),
      named('Bedrijfsopvolging en overnames', 'Bedrijfsopvolging en overnames (2021)'),
    ],
    certifications: [
      named('Wft Basis'),
      named('Wft Schadeverzekeringen Zakelijk', 'Wft Schadeverzekeringen Zakelijk (PE bijgehouden)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B2', 'Duits – goed'),
    ],
    skills: ['Financieel inzicht', 'Relatiebeheer', 'Onderhandelen', 'Coachen van junioren'],
    closing: [{ kind: 'paragraph', text: 'Het examen Wft Vermogen staat gepland voor januari 2027.' }],
    clientBase: { activeAccounts: 75, annualRevenueEur: 3_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'financial_analysis', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h17-11-word-twee-kolommen-marketingcoordinator-energie-geen-klanten',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Elfhonderd Elf',
    email: 'k.1111@example.net',
    phone: '06 2739 5518',
    contactLines: ['Rotterdam'],
    tagline: 'Marketingcoördinator | B2B | Energie',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Marketingcoördinator voor de zakelijke markt bij een groene energieleverancier met 230.000 klanten. Ik beheer ' +
        'een marketingbudget van € 300.000 en zorg met campagnes, webinars en beurzen voor leads voor de ' +
        'accountmanagers. Eerder verkocht ik zelf energiecontracten aan het mkb via de telefoon; een eigen portefeuille ' +
        'had ik toen niet. Creatief en analytisch.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Marketingcoördinator Zakelijke Markt',
        'Groenstroom Nederland B.V.',
        '2023-05',
        null,
        false,
        'mei 2023 – heden',
        [
          'Campagnes, webinars en beurzen voor mkb en agrarische klanten',
          'Budget € 300.000 per jaar',
          'Rapportage van leads en conversie aan het commercieel management',
        ],
        'Rotterdam',
      ),
      job(
        'Inside Sales Medewerker',
        'Groenstroom Nederland B.V.',
        '2021-01',
        '2023-04',
        true,
        'januari 2021 – april 2023',
        ['Telefonische verkoop van energiecontracten aan het mkb', 'Gemiddeld 25 nieuwe contracten per maand'],
        'Rotterdam',
      ),
      job('Promotiemedewerker', 'Promoteam Zuid', '2019-06', '2020-12', false, 'juni 2019 – december 2020', [
        'Proeverijen en sampling in supermarkten, op oproepbasis',
      ]),
    ],
    education: [
      edu('associate degree', 'Associate degree Commercieel Management, Hogeschool Rotterdam, 2017 – 2019', {
        field: 'Commercieel Management',
        institution: 'Hogeschool Rotterdam',
        startYear: 2017,
        endYear: 2019,
      }),
      edu('havo', 'HAVO, Wolfert Lyceum, Rotterdam, 2012 – 2017', {
        institution: 'Wolfert Lyceum',
        startYear: 2012,
        endYear: 2017,
      }),
    ],
    courses: [],
    certifications: [named('Google Ads Search-certificering', 'Google Ads Search-certificering (2024)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Creatief', 'Analytisch', 'Google Analytics, HubSpot, Canva'],
    clientBase: null,
    competencies: ['analytical', 'innovation'],
  },
  {
    id: 'nl-h17-12-opsomming-accountmanager-kmo-telecom-oost-vlaanderen',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Elfhonderd Twaalf',
    email: 'kandidaat1112@example.com',
    phone: '+32 478 63 21 09',
    contactLines: ['Sint-Amandsberg (Gent)'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Troeven',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager KMO bij een erkende partner van een grote telecomoperator. Ik volg een 220-tal KMO-klanten op ' +
        'in Oost-Vlaanderen en het Waasland: mobiele abonnementen, vaste lijnen, internet en netwerk. Omzet op mijn ' +
        'portefeuille: ± € 1,1 miljoen per jaar. Mijn aanspreekpunt is bijna altijd de zaakvoerder.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Accountmanager KMO',
        'Connectis Telecom BV',
        '2020-10',
        null,
        true,
        'oktober 2020 – heden',
        [
          'Opvolging en uitbreiding van een 220-tal KMO-klanten',
          'Prospectie via netwerkevents en Unizo',
          'Contractverlengingen en migraties naar glasvezel',
        ],
        'Gent',
      ),
      job(
        'Shopverkoper',
        'Connectis Telecom BV',
        '2017-03',
        '2020-09',
        true,
        'maart 2017 – september 2020',
        ['Verkoop van abonnementen en toestellen in de winkel'],
        'Sint-Niklaas',
      ),
      job(
        'Onthaalbediende',
        'Hotel Ter Leie',
        '2015-07',
        '2017-02',
        false,
        'juli 2015 – februari 2017',
        ['Onthaal, reservaties en facturatie'],
        'Gent',
      ),
    ],
    education: [
      edu('short-cycle tertiary', 'Graduaat Marketing (avondonderwijs), HOGENT, 2018 – 2020', {
        field: 'Marketing',
        institution: 'HOGENT',
        startYear: 2018,
        endYear: 2020,
      }),
      edu('secondary', 'TSO Handel, Sint-Lodewijkscollege, Lokeren, 2009 – 2015', {
        field: 'Handel',
        institution: 'Sint-Lodewijkscollege',
        startYear: 2009,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('en', 'B2', 'Engels: goed'),
    ],
    skills: ['Commercieel', 'Klantgericht', 'Teamspeler'],
    closing: [{ kind: 'paragraph', text: 'Rijbewijs B – eigen wagen' }],
    clientBase: { activeAccounts: 220, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'sales', 'teamwork'],
  },
  {
    id: 'nl-h17-13-tabel-per-baan-medisch-vertegenwoordiger-oost-nederland',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Elfhonderd Dertien',
    email: 'k1113.mv@example.org',
    phone: '06-29841357',
    contactLines: ['Deventer'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Diploma’s en certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Medisch vertegenwoordiger cardiologie en diabetes in Oost-Nederland. Ik bezoek ca. 240 huisartsenpraktijken ' +
        'en 35 apotheken in Twente, Salland en de Achterhoek. Voor mijn overstap werkte ik zes jaar als ' +
        'doktersassistent: ik weet hoe een praktijk draait en hoe weinig tijd een huisarts heeft. CardioPharm haalt ' +
        'in Nederland ca. € 85 miljoen omzet.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job('Medisch Vertegenwoordiger', 'CardioPharm Nederland B.V.', '2017-11', null, true, 'november 2017 – heden', [
        'Bezoek aan ca. 240 huisartsenpraktijken en 35 apotheken',
        'Nascholingen organiseren voor huisartsen en praktijkondersteuners',
        'Introductie van twee nieuwe diabetesmiddelen (2020, 2024)',
      ]),
      job(
        'Doktersassistent',
        'Huisartsenpraktijk De Esch',
        '2011-08',
        '2017-10',
        false,
        'augustus 2011 – oktober 2017',
        ['Spreekuur, bloedprikken en ECG’s', 'Agenda en praktijkplanning'],
        'Enschede',
      ),
      job(
        'Verkoopmedewerker',
        'Drogisterij Van Dam',
        '2007',
        '2011',
        true,
        'zaterdagen 2007 – 2011',
        ['Kassa, advies en verkoop van verzorgingsproducten'],
        'Enschede',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Doktersassistent – ROC van Twente, Enschede (2008 – 2011)', {
        field: 'Doktersassistent',
        institution: 'ROC van Twente',
        startYear: 2008,
        endYear: 2011,
      }),
      edu('havo', 'HAVO – Bonhoeffer College, Enschede (2003 – 2008)', {
        institution: 'Bonhoeffer College',
        startYear: 2003,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Diploma Farmacotherapie voor Medisch Vertegenwoordigers',
        'Diploma Farmacotherapie voor Medisch Vertegenwoordigers (2018)',
      ),
      named('Reanimatie en AED', 'Reanimatie en AED (2025)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Communicatief', 'Zelfstandig', 'Plannen van eigen bezoekroutes'],
    clientBase: { activeAccounts: 275, segment: 'regional_smb' },
    competencies: ['communication', 'organisation'],
  },

  {
    id: 'nl-h17-14-oudste-eerst-zonder-kopjes-accountmanager-transport',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Elfhonderd Veertien',
    email: 'k.veertien.1114@example.org',
    phone: '06-53928140',
    contactLines: ['Veendam', 'Rijbewijs C/E'],
    headings: {
      profile: '',
      work: '',
      education: '',
      courses: '',
      certifications: '',
      skills: '',
      languages: '',
    },
    profile: [
      'Van de cabine naar de verkoop: ik ken transport van binnenuit. Tegenwoordig beheer ik als accountmanager 34 ' +
        'verladers in Groningen, Drenthe en over de grens in Ostfriesland, samen goed voor ca. € 5,2 miljoen ' +
        'vrachtomzet per jaar. Mijn contactpersonen zijn logistiek managers en planners.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Chauffeur internationaal',
          'Transportbedrijf Gebr. Kok',
          '1999-04',
          '2006-12',
          false,
          'april 1999 - december 2006',
        ),
        lines: [
          'april 1999 - december 2006',
          'Chauffeur internationaal bij Transportbedrijf Gebr. Kok, Veendam',
          'Koel- en vriestransport naar Duitsland, Denemarken en Zweden',
        ],
      },
      {
        ...job('Planner', 'Transportbedrijf Gebr. Kok', '2007-01', '2014-06', false, 'januari 2007 - juni 2014'),
        lines: ['januari 2007 - juni 2014', 'Planner, zelfde bedrijf', 'Planning van 28 trekkers en de charters'],
      },
      {
        ...job(
          'Medewerker Verkoop Binnendienst',
          'Noord Logistics B.V.',
          '2014-07',
          '2019-12',
          true,
          'juli 2014 - december 2019',
        ),
        lines: [
          'juli 2014 - december 2019',
          'Medewerker Verkoop Binnendienst bij Noord Logistics B.V., Hoogezand',
          'Offertes, tariefberekening en telefonische verkoop van groupage- en FTL-transport',
        ],
      },
      {
        ...job('Accountmanager', 'Noord Logistics B.V.', '2020-01', null, true, 'januari 2020 - nu'),
        lines: [
          'januari 2020 - nu',
          'Accountmanager, Noord Logistics B.V.',
          '34 vaste verladers (zuivel, bouwmaterialen, aardappelverwerking); nieuwe klanten in Noord-Duitsland',
        ],
      },
    ],
    education: [
      edu('mavo', 'MAVO, Winkler Prins, Veendam, 1993 - 1997', {
        institution: 'Winkler Prins',
        startYear: 1993,
        endYear: 1997,
      }),
      edu('mbo 2', 'ROC Noorderpoort, Winschoten – MBO 2 Chauffeur Goederenvervoer, 1997 - 1999', {
        field: 'Chauffeur Goederenvervoer',
        institution: 'ROC Noorderpoort',
        startYear: 1997,
        endYear: 1999,
      }),
      edu('mbo 4', 'Noorderpoort, Groningen – MBO 4 Logistiek Teamleider (BBL, naast het werk), 2008 - 2010', {
        field: 'Logistiek Teamleider',
        institution: 'Noorderpoort',
        startYear: 2008,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [
      named('Vakbekwaamheid Goederenvervoer', 'Diploma Vakbekwaamheid Goederenvervoer over de weg (2012)'),
    ],
    languages: [lang('nl', 'native', 'Nederlands'), lang('de', 'B2', 'Duits'), lang('en', 'B1', 'Engels')],
    languagesText: ['Nederlands (moedertaal), Duits goed, Engels redelijk.'],
    skills: [
      'Kennis van de transportmarkt in Noord-Nederland en Noord-Duitsland',
      'Tariefberekening en offertes',
      'TMS (Transpas), Excel',
      'Code 95 sinds 2019 niet meer verlengd',
    ],
    clientBase: { activeAccounts: 34, annualRevenueEur: 5_200_000, segment: 'international' },
    competencies: [],
  },
  {
    id: 'nl-h17-15-een-regel-per-baan-accountmanager-intermediair-friesland',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Elfhonderd Vijftien',
    email: 'k1115@example.net',
    phone: '058 - 213 45 92',
    contactLines: ['Leeuwarden'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager intermediair bij een schadeverzekeraar. Ik onderhoud de relatie met 55 assurantiekantoren in ' +
        'Friesland, Groningen en de kop van Overijssel; via hen plaatsen ondernemers jaarlijks ca. € 11 miljoen ' +
        'zakelijke premie bij ons. Mijn gesprekspartners zijn de directeuren-eigenaren van de kantoren, die bepalen bij ' +
        'welke verzekeraar ze hun klanten onderbrengen. Noorderlicht boekt in totaal zo’n € 420 miljoen premie.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager Intermediair', 'Noorderlicht Verzekeringen', '2019', null, true, '2019–heden'),
        lines: ['Noorderlicht Verzekeringen, Leeuwarden – Accountmanager Intermediair (2019–heden)'],
      },
      {
        ...job('Senior Acceptant Zakelijk', 'Noorderlicht Verzekeringen', '2012', '2018', false, '2012–2018'),
        lines: ['Noorderlicht Verzekeringen, Leeuwarden – Senior Acceptant Zakelijk (2012–2018)'],
      },
      {
        ...job('Acceptant Particulier', 'Hollandia Verzekeringen', '2004', '2012', false, '2004–2012'),
        lines: ['Hollandia Verzekeringen, Zwolle – Acceptant Particulier (2004–2012)'],
      },
      {
        ...job('Schadebehandelaar', 'Hollandia Verzekeringen', '1998', '2004', false, '1998–2004'),
        lines: ['Hollandia Verzekeringen, Zwolle – Schadebehandelaar (1998–2004)'],
      },
    ],
    afterJobs: [
      { kind: 'bullets', items: ['Koninklijke Luchtmacht, Leeuwarden – dienstplichtig soldaat (1993–1994)'] },
    ],
    education: [
      edu('hbo', 'HEAO Bedrijfseconomie, Hanzehogeschool Groningen, 1994 – 1998', {
        field: 'Bedrijfseconomie',
        institution: 'Hanzehogeschool Groningen',
        startYear: 1994,
        endYear: 1998,
      }),
      edu('havo', 'HAVO, Piter Jelles, Leeuwarden, 1988 – 1993', {
        institution: 'Piter Jelles',
        startYear: 1988,
        endYear: 1993,
      }),
    ],
    courses: [],
    certifications: [named('Wft Basis'), named('Wft Schadeverzekeringen Zakelijk')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fy', 'native', 'Fries – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Relatiebeheer', 'Acceptatiekennis van zakelijke risico’s', 'Tactvol'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 11_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'nl-h17-16-twee-banen-tegelijk-accountmanager-drukkerij-en-klantenservice',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Elfhonderd Zestien',
    email: 'zestien.1116@example.com',
    phone: '06 14 72 58 39',
    contactLines: ['Zwolle'],
    tagline: 'Accountmanager drukwerk (3 dagen) · Klantenservice pensioenen (2 dagen)',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik combineer twee parttimebanen: drie dagen per week ben ik accountmanager bij een drukkerij in Zwolle, twee ' +
        'dagen werk ik bij de klantenservice van een pensioenuitvoerder. Bij de drukkerij beheer ik 70 klanten – ' +
        'scholen, gemeenten en bedrijven in Overijssel – die samen zo’n € 900.000 aan drukwerk per jaar afnemen. Mijn ' +
        'contactpersonen zijn communicatieadviseurs en marketingmedewerkers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager',
        'Drukkerij Hanzestad B.V.',
        '2022-02',
        null,
        true,
        'februari 2022 – heden (24 uur per week)',
        [
          '70 vaste klanten in Overijssel',
          'Offertes, drukproeven en planning met de productie',
          'Nieuwe klanten via het netwerk van de drukkerij',
        ],
        'Zwolle',
      ),
      job(
        'Medewerker Klantenservice',
        'IJssel Pensioendiensten',
        '2019-09',
        null,
        false,
        'september 2019 – heden (16 uur per week)',
        ['Vragen van deelnemers over hun pensioen, per telefoon en chat'],
        'Zwolle',
      ),
      job(
        'Orderverwerker',
        'Drukkerij Hanzestad B.V.',
        '2016-04',
        '2022-01',
        false,
        'april 2016 – januari 2022',
        ['Orders invoeren en de productie inplannen'],
        'Zwolle',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Mediamanager, Deltion College, Zwolle, 2012 – 2015', {
        field: 'Mediamanager',
        institution: 'Deltion College',
        startYear: 2012,
        endYear: 2015,
      }),
      edu('vmbo', 'VMBO-TL, Thomas a Kempis College, Zwolle, 2008 – 2012', {
        institution: 'Thomas a Kempis College',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('en', 'B2', 'Engels (goed)'),
      lang('de', 'A2', 'Duits (basis)'),
    ],
    skills: ['Klantgericht', 'Flexibel', 'Samenwerken'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 900_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'teamwork'],
  },
  {
    id: 'nl-h17-17-hotel-sales-manager-mice-gat-mantelzorg-in-een-zin',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Elfhonderd Zeventien',
    email: 'k.zeventien.1117@example.org',
    phone: '+31 6 81 23 45 90',
    contactLines: ['Arnhem'],
    tagline: 'Sales Manager MICE',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Sales manager in de zakelijke hotelmarkt. Ik verkoop vergaderingen, congressen en zakelijke overnachtingen ' +
        'voor een congreshotel met 212 kamers. Ik beheer ongeveer 140 vaste accounts – bedrijven, verenigingen en ' +
        'congresbureaus uit Nederland en België – die in 2025 samen € 2,3 miljoen aan zalen, kamers en catering ' +
        'boekten. Het hotel draait in totaal € 19 miljoen omzet.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Sales Manager MICE',
        'Congreshotel De Vijverberg',
        '2020-09',
        null,
        true,
        'september 2020 – heden',
        [
          'Accountbeheer en acquisitie voor de MICE-markt in Nederland en België',
          'Offertes, contracten en jaarafspraken met vaste accounts',
          'Beurzen en mailings samen met marketing',
        ],
        'Arnhem',
      ),
      {
        ...job('Sales Executive', 'Grand Hotel Maasoever', '2011-03', '2015-12', true, 'maart 2011 – december 2015', [
          'Zakelijke accounts in Limburg en de Euregio',
          'Rondleidingen en offertes voor vergaderingen en diners',
        ]),
        lines: [
          'Tussen januari 2016 en de zomer van 2020 heb ik niet gewerkt: ik was mantelzorger voor mijn zoon tijdens ' +
            'zijn behandeling. Sinds hij hersteld is, werk ik weer fulltime.',
          'Sales Executive',
          'Grand Hotel Maasoever, Maastricht | maart 2011 – december 2015',
        ],
      },
      job(
        'Receptionist',
        'Grand Hotel Maasoever',
        '2008-06',
        '2011-02',
        false,
        'juni 2008 – februari 2011',
        ['Front office, check-in en reserveringen'],
        'Maastricht',
      ),
    ],
    education: [
      edu('hbo', 'HBO Hotel Management, Hotel Management School Maastricht, 2004 – 2008', {
        field: 'Hotel Management',
        institution: 'Hotel Management School Maastricht',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('Sociale Hygiëne', 'Sociale Hygiëne (SVH, 2009)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B2', 'Duits – goed'),
      lang('fr', 'B1', 'Frans – redelijk'),
    ],
    skills: ['Gastvrij', 'Onderhandelen over contracttarieven', 'Netwerken'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 2_300_000, segment: 'international' },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h17-18-key-account-agf-baan-in-spanje-in-het-spaans',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Elfhonderd Achttien',
    email: 'k1118.export@example.com',
    phone: '+31 6 3058 2716',
    contactLines: ['Barendrecht'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Key account manager in de AGF-handel met een achtergrond in Spanje. Bij een importeur in Barendrecht ben ik ' +
        'verantwoordelijk voor zeven supermarktketens in Duitsland, Scandinavië en het Verenigd Koninkrijk. In 2025 ' +
        'zette ik op die accounts € 28 miljoen om, waarvan GBP 4 miljoen (ca. € 4,7 miljoen) in het VK. Ik onderhandel ' +
        'met de inkopers die over het schap beslissen. Daarvoor werkte ik vier jaar in Valencia voor een Spaanse ' +
        'citrusexporteur.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager',
        'Versland Import B.V.',
        '2019-04',
        null,
        true,
        'april 2019 – heden',
        [
          '7 ketens in Duitsland, Zweden, Denemarken en het VK: jaarcontracten, acties en programma’s',
          'Afstemming met telers in Spanje, Marokko en Zuid-Afrika',
          'Volume ca. 18.000 ton citrus en steenfruit per jaar',
        ],
        'Barendrecht',
      ),
      {
        ...job(
          'Comercial de exportación',
          'Frutas del Turia S.L.',
          '2015-01',
          '2019-03',
          true,
          'enero de 2015 – marzo de 2019',
          [
            'Venta de cítricos a importadores y cadenas de supermercados del Benelux y Alemania',
            'Gestión de una cartera de 25 clientes',
            'Precios, programas semanales y reclamaciones de calidad',
          ],
        ),
        lines: ['Comercial de exportación', 'Frutas del Turia S.L., Valencia (España) | enero de 2015 – marzo de 2019'],
      },
      job(
        'Kwaliteitscontroleur',
        'Greenport Fruit Control',
        '2012-07',
        '2014-12',
        false,
        'juli 2012 – december 2014',
        ['Keuringen van geïmporteerde groenten en fruit op kwaliteit en houdbaarheid'],
        'Ridderkerk',
      ),
    ],
    education: [
      edu('hbo', 'Bachelor International Food & Agribusiness, HAS Hogeschool, ’s-Hertogenbosch, 2008 – 2012', {
        field: 'International Food & Agribusiness',
        institution: 'HAS Hogeschool',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('havo', 'HAVO, Dalton Lyceum, Barendrecht, 2003 – 2008', {
        institution: 'Dalton Lyceum',
        startYear: 2003,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('es', 'C1', 'Spaans – vloeiend (C1)'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B2', 'Duits – goed'),
    ],
    skills: ['Onderhandelen met retailinkopers', 'Stressbestendig', 'Kennis van citrus en steenfruit'],
    clientBase: { activeAccounts: 7, annualRevenueEur: 28_000_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'stress_resistance'],
  },
  {
    id: 'nl-h17-19-datum-achter-elke-alinea-accountmanager-energie-zakelijk',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Elfhonderd Negentien',
    email: 'elfhonderdnegentien.1119@example.net',
    phone: '06 4418 2693',
    contactLines: ['Spijkenisse'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Eigenschappen',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager zakelijke energie met veertien jaar ervaring in de energiemarkt, van klantcontact tot ' +
        'grootzakelijke accounts. Ik beheer ca. 95 grootzakelijke klanten in Zuid-Holland en Zeeland – industrie, ' +
        'glastuinbouw en koelhuizen – met samen ruim 610 GWh en € 38 miljoen aan energiekosten per jaar. De ' +
        'contracten teken ik met technisch directeuren en CFO’s.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Accountmanager Zakelijk',
          'NoordStroom Energie B.V.',
          '2022-02',
          null,
          true,
          'sinds 1 februari 2022',
        ),
        lines: [
          'Senior Accountmanager Zakelijk – NoordStroom Energie B.V., Rotterdam',
          'Verantwoordelijk voor een portefeuille van ca. 95 grootzakelijke klanten. Ik stel inkoopstrategieën op, ' +
            'onderhandel over meerjarencontracten en begeleid klanten bij de overstap naar groene stroom en PPA’s. ' +
            'Periode: sinds 1 februari 2022.',
        ],
      },
      {
        ...job(
          'Accountmanager MKB',
          'Hollands Energiehuis',
          '2018-03',
          '2022-01',
          true,
          '1 maart 2018 – 31 januari 2022',
        ),
        lines: [
          'Accountmanager MKB – Hollands Energiehuis, Den Haag',
          'Verkoop en verlenging van energiecontracten bij zo’n 400 mkb-klanten in de Haaglanden, van bakkerij tot ' +
            'garagebedrijf. Periode: 1 maart 2018 – 31 januari 2022.',
        ],
      },
      {
        ...job('Energieadviseur', 'Direct Energie Verkoop', '2015-05', '2018-02', true, 'mei 2015 – februari 2018'),
        lines: [
          'Energieadviseur (deur-aan-deur) – Direct Energie Verkoop, regio Rotterdam',
          'Huis-aan-huisverkoop van energiecontracten en zonnepanelen aan particulieren; elke dag 30 à 40 gesprekken ' +
            'aan de deur. Periode: mei 2015 – februari 2018.',
        ],
      },
      {
        ...job(
          'Medewerker Klantcontact',
          'Hollands Energiehuis',
          '2012-09',
          '2015-04',
          false,
          'september 2012 – april 2015',
        ),
        lines: [
          'Medewerker Klantcontact – Hollands Energiehuis, Den Haag',
          'Vragen over jaarafrekeningen, termijnbedragen en verhuizingen. Periode: september 2012 – april 2015.',
        ],
      },
    ],
    education: [
      edu('hbo', 'HBO Commerciële Economie (deeltijd), Hogeschool Rotterdam, 2015 – 2019', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool Rotterdam',
        startYear: 2015,
        endYear: 2019,
      }),
      edu('mbo 4', 'MBO 4 Medewerker Evenementenorganisatie, Albeda College, Rotterdam, 2009 – 2012', {
        field: 'Medewerker Evenementenorganisatie',
        institution: 'Albeda College',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('ar', 'native', 'Marokkaans-Arabisch – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Overtuigend', 'Resultaatgericht', 'Kennis van de energiemarkt en PPA’s'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 38_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['persuasiveness'],
  },
  {
    id: 'nl-h17-20-tabel-zonder-kolomkoppen-accountmanager-horeca-brouwerij',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Elfhonderd Twintig',
    email: 'k1120@example.org',
    phone: '0477 58 13 92',
    contactLines: ['Mortsel'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      certifications: 'Attesten',
      skills: 'Troeven',
      languages: 'Talen',
      workTable: ['', '', ''],
    },
    workTableOrder: ['employer', 'title', 'period'],
    profile: [
      'Accountmanager horeca bij een familiebrouwerij. Ik volg een 180-tal cafés, brasserieën en restaurants op in ' +
        'Antwerpen en Vlaams-Brabant, goed voor zo’n 45.000 hectoliter en € 4,6 miljoen omzet per jaar. Ik onderhandel ' +
        'rechtstreeks met de uitbaters, die zelf beslissen over hun tapcontract. Voor ik in de verkoop stapte, baatte ' +
        'ik vijf jaar een eigen café uit.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager Horeca', 'Brouwerij De Vlaamse Leeuw NV', '2018-09', null, true, '09/2018 – heden', [
        'Tapcontracten, horecaleningen en ondersteuning voor een 180-tal zaken',
        'Overnames van zaken begeleiden samen met de vastgoedafdeling',
        'Prospectie van nieuwe zaken',
      ]),
      job('Verkoper', 'Drankencentrale Peeters BV', '2013-02', '2018-08', true, '02/2013 – 08/2018', [
        'Verkoop van dranken aan horeca en verenigingen in de regio Lier',
      ]),
      job('Uitbater', 'Café De Zwaan', '2008-05', '2012-12', false, '05/2008 – 12/2012'),
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Hotelmanagement, Hogeschool Gent, 2005 – 2008', {
        field: 'Hotelmanagement',
        institution: 'Hogeschool Gent',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('secondary', 'TSO Hotel, PIVA Antwerpen, 1999 – 2005', {
        field: 'Hotel',
        institution: 'PIVA Antwerpen',
        startYear: 1999,
        endYear: 2005,
      }),
    ],
    courses: [],
    certifications: [named('Biersommelier', 'Biersommelier – Brouwersacademie (2019)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basiskennis'),
    ],
    skills: ['Netwerken', 'Commercieel', 'Bierkennis', 'Rijbewijs B'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 4_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'sales'],
  },
  {
    id: 'nl-h17-21-huidige-baan-alleen-in-profiel-mediaadviseur-radio-limburg',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Elfhonderd Eenentwintig',
    email: 'k.1121@example.com',
    phone: '06 - 21 84 57 30',
    contactLines: ['Venlo', 'linkedin.example.com/in/kandidaat1121'],
    headings: {
      work: 'Profiel',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Media-adviseur', 'RegioMedia Zuid', '2024-04', null, true, 'Sinds april 2024'),
        lines: [
          'Sinds april 2024 werk ik als media-adviseur bij RegioMedia Zuid, de regionale radiozender en nieuwssite ' +
            'voor Noord- en Midden-Limburg. Ik beheer zo’n 110 adverteerders – garagebedrijven, winkels, installateurs ' +
            'en horeca – die samen ongeveer € 1,2 miljoen per jaar aan radio- en online campagnes besteden. Meestal zit ' +
            'ik aan tafel met de ondernemer zelf, die ook beslist. Creatief met campagnes en overtuigend in gesprek.',
        ],
      },
      {
        ...job('Accountmanager Online Marketing', 'WebGroei Venlo', '2019-01', '2024-03', true, 'jan 2019 – mrt 2024', [
          'Verkoop van websites, SEO- en advertentiepakketten aan mkb-bedrijven',
          'Vaste portefeuille van 60 klanten',
        ]),
        lines: ['WERKERVARING', 'Accountmanager Online Marketing', 'WebGroei Venlo | jan 2019 – mrt 2024'],
      },
      job(
        'Redacteur',
        'Weekblad Peel en Maas',
        '2014-06',
        '2018-12',
        false,
        'juni 2014 – dec 2018',
        ['Lokaal nieuws, interviews en de ondernemerspagina'],
        'Panningen',
      ),
    ],
    education: [
      edu('hbo', 'HBO Journalistiek, Fontys Hogeschool Journalistiek, Tilburg, 2010 – 2014', {
        field: 'Journalistiek',
        institution: 'Fontys Hogeschool Journalistiek',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('havo', 'HAVO, Valuascollege, Venlo, 2005 – 2010', {
        institution: 'Valuascollege',
        startYear: 2005,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'C1', 'Engels – vloeiend'),
    ],
    skills: ['Netwerken', 'Radiocommercials schrijven', 'Google Ads, Meta Business Suite'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 1_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['innovation', 'persuasiveness', 'relationship_building'],
  },
  {
    id: 'nl-h17-22-vlaamse-kam-industrie-baan-in-frankrijk-in-het-frans',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Elfhonderd Tweeëntwintig',
    email: 'k1122.kam@example.net',
    phone: '+32 475 90 12 48',
    contactLines: ['Brasschaat'],
    tagline: 'Key Account Manager Industrie – Benelux & Noord-Frankrijk',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talenkennis',
    },
    profile: [
      'Industrieel ingenieur met een technisch-commerciële loopbaan in kleppen en pompen voor de procesindustrie. ' +
        'Ik beheer 12 key accounts – chemie en petrochemie in de havens van Antwerpen, Rotterdam en Duinkerke – met een ' +
        'omzet van € 9,5 miljoen in 2025. Ik onderhandel met aankoopdirecteurs en plant managers, die over de ' +
        'investeringen beslissen. Vijf jaar werkte ik in Rijsel voor een Franse verdeler.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager',
        'Valvetech Belgium NV',
        '2018-07',
        null,
        true,
        'juli 2018 – heden',
        [
          '12 key accounts in België, Nederland en Noord-Frankrijk',
          'Raamcontracten, projectoffertes en planning van shutdowns',
          'Valvetech-groep: 1.400 medewerkers, omzet € 310 mln',
        ],
        'Antwerpen',
      ),
      {
        ...job(
          'Ingénieur technico-commercial',
          'Hydraulique du Nord SAS',
          '2013-09',
          '2018-06',
          true,
          'septembre 2013 – juin 2018',
          [
            'Développement d’un portefeuille de clients industriels dans les Hauts-de-France',
            'Chiffrage et suivi des offres de pompes et de vannes',
            'Mise en service sur site avec le bureau d’études',
          ],
        ),
        lines: [
          'Ingénieur technico-commercial',
          'Hydraulique du Nord SAS – Lille (France)',
          'septembre 2013 – juin 2018',
        ],
      },
      job(
        'Projectingenieur',
        'Technum Engineering',
        '2010-09',
        '2013-08',
        false,
        'september 2010 – augustus 2013',
        ['Ontwerp van pompinstallaties voor waterzuivering'],
        'Gent',
      ),
    ],
    education: [
      edu(
        'master',
        'Master in de industriële wetenschappen: elektromechanica (industrieel ingenieur), KU Leuven – campus De ' +
          'Nayer, 2006 – 2010',
        { field: 'elektromechanica', institution: 'KU Leuven', startYear: 2006, endYear: 2010 },
      ),
      edu('secondary', 'ASO Wetenschappen-Wiskunde, Sint-Michielscollege, Schoten, 2000 – 2006', {
        field: 'Wetenschappen-Wiskunde',
        institution: 'Sint-Michielscollege',
        startYear: 2000,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [named('VCA VOL', 'VCA VOL (geldig tot 2027)')],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('fr', 'C2', 'Frans'),
      lang('en', 'C1', 'Engels'),
      lang('de', 'A2', 'Duits'),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal: Nederlands' },
      {
        kind: 'table',
        header: ['Taal', 'Begrijpen', 'Spreken', 'Schrijven'],
        rows: [
          ['Frans', 'C2', 'C2', 'C1'],
          ['Engels', 'C1', 'C1', 'B2'],
          ['Duits', 'A2', 'A2', 'A1'],
        ],
      },
    ],
    skills: ['Technisch-commercieel', 'Onderhandelingsvaardig', 'Analytisch'],
    closing: [{ kind: 'paragraph', text: 'In voorbereiding: PMP-certificering (examen voorjaar 2027).' }],
    clientBase: { activeAccounts: 12, annualRevenueEur: 9_500_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales'],
  },
  {
    id: 'nl-h17-23-werkgever-boven-rollen-accountmanager-apotheken-groothandel',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Elfhonderd Drieëntwintig',
    email: 'k.1123.farma@example.com',
    phone: '06-45129837',
    contactLines: ['Houten'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Trainingen',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager apotheken bij een farmaceutische groothandel, waar ik in 2004 als orderpicker begon. Ik ben ' +
        'verantwoordelijk voor 48 zelfstandige apotheken en 3 apotheekketens (samen 62 vestigingen) in Utrecht en ' +
        'Gelderland; in 2025 namen zij voor € 31 miljoen aan geneesmiddelen bij ons af. Jaarafspraken maak ik met de ' +
        'apotheekhouders en met de inkoopmanagers van de ketens, die daarover beslissen.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Accountmanager Apotheken',
          'Farmagroothandel Centraal B.V.',
          '2014-06',
          null,
          true,
          'juni 2014 – heden',
          [
            'Jaarafspraken over assortiment, kortingen en leverschema’s',
            'Introductie van de bezorgservice voor ketenapotheken (2022)',
          ],
        ),
        lines: ['Farmagroothandel Centraal B.V., Houten (2004 – heden): Accountmanager Apotheken, juni 2014 – heden'],
      },
      {
        ...job(
          'Medewerker Verkoop Binnendienst',
          'Farmagroothandel Centraal B.V.',
          '2008-03',
          '2014-05',
          true,
          'maart 2008 – mei 2014',
          ['Telefonische verkoop en actiebestellingen voor apotheken en drogisterijen'],
        ),
        lines: ['– Medewerker Verkoop Binnendienst, maart 2008 – mei 2014'],
      },
      {
        ...job(
          'Orderpicker',
          'Farmagroothandel Centraal B.V.',
          '2004-09',
          '2008-02',
          false,
          'september 2004 – februari 2008',
        ),
        lines: ['– Orderpicker (avond- en weekenddienst), september 2004 – februari 2008'],
      },
      {
        ...job(
          'Apothekersassistent',
          'Apotheek De Linde',
          '2004-08',
          '2008-02',
          false,
          'augustus 2004 – februari 2008',
          ['Recepten, baliegesprekken en medicatiebewaking'],
        ),
        lines: ['Apotheek De Linde, Nieuwegein: Apothekersassistent, augustus 2004 – februari 2008'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Apothekersassistent, ROC Midden Nederland, Utrecht, 2001 – 2004', {
        field: 'Apothekersassistent',
        institution: 'ROC Midden Nederland',
        startYear: 2001,
        endYear: 2004,
      }),
      edu('mavo', 'MAVO, College De Heemlanden, Houten, 1997 – 2001', {
        institution: 'College De Heemlanden',
        startYear: 1997,
        endYear: 2001,
      }),
    ],
    courses: [
      named('Farmacologie voor de groothandel', 'Farmacologie voor de groothandel (2015)'),
      named('Accountmanagement in de zorg', 'Accountmanagement in de zorg – NCOI (2016)'),
    ],
    certifications: [named('GDP Awareness', 'GDP Awareness-certificaat (2023)')],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'B2', 'Engels (goed)'),
      lang('de', 'A2', 'Duits (basis)'),
    ],
    skills: ['Klantgericht', 'Kennis van het geneesmiddelenassortiment', 'Samenwerking met apotheekteams'],
    clientBase: { activeAccounts: 51, annualRevenueEur: 31_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'teamwork'],
  },
  {
    id: 'nl-h17-24-tekst-tabel-met-verlof-en-bestuur-accountmanager-overheid',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Elfhonderd Vierentwintig',
    email: 'kandidaat.1124@example.org',
    phone: '055-5783219',
    contactLines: ['Apeldoorn'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Van inkoper bij de overheid naar accountmanager bij een softwareleverancier voor de overheid: ik ken beide ' +
        'kanten van de aanbesteding. Ik beheer 27 gemeenten en 4 waterschappen in Gelderland en Overijssel, allemaal ' +
        'klant via gewonnen aanbestedingen. Samen zijn ze goed voor € 2,7 miljoen licentie- en onderhoudsomzet per jaar.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager Publieke Sector', 'CivicSoft B.V.', '2023-01', null, true, 'jan 2023 – heden'),
        lines: [
          'Periode | Functie | Organisatie',
          'jan 2023 – heden | Accountmanager Publieke Sector | CivicSoft B.V.',
          'mrt 2021 – aug 2021 | Ouderschapsverlof (50%) | Gemeente Apeldoorn',
          '2019 – heden | Bestuurslid (onbezoldigd) | Stichting Speeltuin De Kleine Wereld',
        ],
      },
      {
        ...job('Inkoopadviseur', 'Gemeente Apeldoorn', '2016-04', '2022-12', false, 'apr 2016 – dec 2022'),
        lines: [
          'apr 2016 – dec 2022 | Inkoopadviseur | Gemeente Apeldoorn',
          'sep 2015 – mrt 2016 | Sabbatical (reis door Zuid-Amerika) | –',
        ],
      },
      {
        ...job('Medewerker Inkoop', 'Waterschap Vallei en Veluwe', '2011-02', '2015-08', false, 'feb 2011 – aug 2015'),
        lines: ['feb 2011 – aug 2015 | Medewerker Inkoop | Waterschap Vallei en Veluwe'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Bij CivicSoft verkoop ik zaak- en documentsystemen aan gemeenten en waterschappen. Bij de gemeente en het ' +
          'waterschap begeleidde ik Europese aanbestedingen voor ICT en facilitaire diensten.',
      },
    ],
    education: [
      edu('hbo', 'HBO Bestuurskunde, Saxion Hogeschool, Deventer, 2007 – 2011', {
        field: 'Bestuurskunde',
        institution: 'Saxion Hogeschool',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('havo', 'HAVO, Veluws College, Apeldoorn, 2002 – 2007', {
        institution: 'Veluws College',
        startYear: 2002,
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [named('NEVI 1 Inkoopkunde', 'NEVI 1 Inkoopkunde (2013)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
      lang('es', 'A2', 'Spaans – basis'),
    ],
    skills: ['Aanbestedingsrecht', 'Analytisch', 'Samenwerken met ketenpartners'],
    clientBase: { activeAccounts: 31, annualRevenueEur: 2_700_000 },
    competencies: ['analytical', 'teamwork'],
  },
  {
    id: 'nl-h17-25-loopbaan-in-proza-kam-drogisterijen-kwartaal-en-seizoenen',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Elfhonderd Vijfentwintig',
    email: 'k1125@example.net',
    phone: '+31 6 2230 8841',
    contactLines: ['Amstelveen'],
    headings: {
      profile: 'Over mij',
      work: 'Mijn loopbaan',
      education: 'Opleiding',
      skills: 'Waar ik goed in ben',
      languages: 'Talen',
    },
    profile: ['Key accountmanager in persoonlijke verzorging en cosmetica, met een hart voor retail.'],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager Drogisterijen', 'Lumière Cosmetics Benelux', '2021', null, true, 'Sinds Q2 2021'),
        lines: [
          'Sinds Q2 2021 ben ik Key Account Manager Drogisterijen bij Lumière Cosmetics Benelux. Ik ben ' +
            'verantwoordelijk voor drie drogisterijketens en twee webwinkels in Nederland en voor één keten in ' +
            'Denemarken: zes accounts met samen ruim 2.300 winkels. In 2025 realiseerde ik daar € 24 miljoen ' +
            'netto-omzet, inclusief DKK 12 miljoen (ca. € 1,6 miljoen) in Denemarken. Mijn gesprekspartners zijn de ' +
            'categorie-inkopers, die over het assortiment beslissen.',
        ],
      },
      {
        ...job(
          'Trade Marketeer',
          'Lumière Cosmetics Benelux',
          '2017-01',
          '2021-03',
          false,
          'januari 2017 tot en met maart 2021',
        ),
        lines: [
          'Daarvoor werkte ik van januari 2017 tot en met maart 2021 als Trade Marketeer bij hetzelfde bedrijf: ' +
            'schapplannen, promoties en displays voor alle drogisterijformules.',
        ],
      },
      {
        ...job('Accountmanager', 'Beauty Brands Distributie', '2013', '2016', true, 'Van 2013 tot eind 2016'),
        lines: [
          'Van 2013 tot eind 2016 was ik Accountmanager bij Beauty Brands Distributie, een importeur van nagel- en ' +
            'haarproducten; ik bezocht parfumerieën en kapsalons in Noord-Holland.',
        ],
      },
      {
        ...job('verkoopster', 'Parfumerie Lelie', '2009', '2012', true, 'voorjaar van 2009 tot de zomer van 2012'),
        lines: [
          'Mijn eerste stappen zette ik in de winkel: van het voorjaar van 2009 tot de zomer van 2012 was ik ' +
            'verkoopster bij Parfumerie Lelie in Amstelveen, eerst op zaterdag naast mijn studie en na mijn afstuderen ' +
            'fulltime. Daarna reisde ik een half jaar door Zuidoost-Azië.',
        ],
      },
      {
        ...job('docent retailmanagement', 'Retail Academy', '2023-09', null, false, 'sinds september 2023'),
        lines: [
          'Naast mijn werk ben ik sinds september 2023 op maandagavond docent retailmanagement bij de Retail Academy ' +
            'in Amsterdam (mbo).',
        ],
      },
    ],
    education: [
      edu('hbo', 'Bachelor Retail Management, Hogeschool van Amsterdam, 2007 – 2011', {
        field: 'Retail Management',
        institution: 'Hogeschool van Amsterdam',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('vwo', 'VWO, Hermann Wesselink College, Amstelveen, 2001 – 2007', {
        institution: 'Hermann Wesselink College',
        startYear: 2001,
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('en', 'C1', 'Engels'),
      lang('fr', 'B1', 'Frans'),
      lang('da', 'A2', 'Deens'),
    ],
    languagesText: [
      'Nederlands is mijn moedertaal. Engels spreek ik vloeiend, Frans redelijk en mijn Deens is op basisniveau (A2).',
    ],
    skills: ['Onderhandelen', 'Analytisch (Nielsen, GfK)', 'Samenwerking met marketing en supply chain'],
    clientBase: { activeAccounts: 6, annualRevenueEur: 24_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'nl-h17-26-stippellijnen-teamleider-inside-sales-zakelijke-telecom',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Elfhonderd Zesentwintig',
    email: 'k.1126.teamlead@example.com',
    phone: '020-6184273',
    contactLines: ['Amsterdam-Oost'],
    headings: {
      profile: 'Samenvatting',
      work: 'Waar ik gewerkt heb',
      education: 'Opleidingen',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Teamleider inside sales bij een aanbieder van zakelijke internet- en telefoniediensten. Ik stuur een team van 12 ' +
        'inside sales medewerkers aan dat in 2025 voor $ 7,5 miljoen aan nieuwe contracten sloot (het Amerikaanse ' +
        'moederbedrijf rapporteert in dollars). Eigen klanten heb ik niet meer: ik begeleid mijn team, maak de ' +
        'weekplanning en verkoop mee bij grotere deals.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Teamleider Inside Sales', 'NetConnect Business B.V.', '2022-10', null, true, 'okt. 2022 t/m heden', [
          'Dagelijkse aansturing, belcoaching en weekplanning van 12 medewerkers',
          'Meeverkopen bij deals boven € 50.000',
        ]),
        lines: ['Teamleider Inside Sales, NetConnect Business B.V. ........................ okt. 2022 t/m heden'],
      },
      {
        ...job(
          'Inside Sales Representative',
          'NetConnect Business B.V.',
          '2019-03',
          '2022-09',
          true,
          'mrt. 2019 t/m sep. 2022',
          [
            'Telefonische verkoop van glasvezel, VoIP en mobiele abonnementen aan mkb-bedrijven',
            '128% van target in 2021',
          ],
        ),
        lines: ['Inside Sales Representative, NetConnect Business B.V. ............... mrt. 2019 t/m sep. 2022'],
      },
      {
        ...job('Medewerker Klantenservice', 'Amstel Telecom', '2017-01', '2019-02', false, 'jan. 2017 t/m feb. 2019', [
          'Storingen, facturen en opzeggingen van zakelijke klanten',
        ]),
        lines: ['Medewerker Klantenservice, Amstel Telecom ............................. jan. 2017 t/m feb. 2019'],
      },
      {
        ...job('Telemarketeer', 'CallPoint Amsterdam', '2014', '2016', true, '2014 t/m 2016', [
          'Verkoop van loterijabonnementen per telefoon, 20 uur per week naast school',
        ]),
        lines: ['Telemarketeer, CallPoint Amsterdam ........................................ 2014 t/m 2016'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Junior Accountmanager, ROC van Amsterdam, 2013 – 2016', {
        field: 'Junior Accountmanager',
        institution: 'ROC van Amsterdam',
        startYear: 2013,
        endYear: 2016,
      }),
      edu('vmbo', 'VMBO-TL, Amsterdam, 2009 – 2013', { startYear: 2009, endYear: 2013 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('pt', 'native', 'Portugees – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
    ],
    skills: ['Coachen', 'Plannen', 'Stressbestendig', 'Commercieel'],
    closing: [{ kind: 'paragraph', text: 'Bezig met: Salesforce Certified Administrator (examen december 2026).' }],
    clientBase: null,
    competencies: ['coaching', 'organisation', 'sales', 'stress_resistance'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The seventh held-out set's Dutch CVs (see test/fixtures/cvs/held-out-7/README.md):
 * twenty-three account, key account and relationship managers in banking,
 * insurance and B2B, written without reading the reader. Eight ordinary CVs in
 * the styles most often sent, and fifteen harder ones: a placement agency's
 * form, a LinkedIn export, a CV written as a letter, work tables and
 * "Employer – Title (period)" lines, a skills-first CV, a sabbatical told
 * between jobs, a board seat and overlapping jobs, client bases that take
 * reading, a Flemish CV, a long history and a short one.
 */
export const HELD_OUT_7_NL: CvSource[] = [
  {
    id: 'nl-h7-01-accountmanager-kantoorinrichting',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Honderd Een',
    email: 'honderdeen.kandidaat@example.com',
    phone: '06 3185 2270',
    contactLines: ['Zwolle'],
    headings: { profile: 'Profiel', work: 'Werkervaring', skills: 'Competenties' },
    profile: [
      'Accountmanager projectinrichting met zes jaar ervaring in de verkoop van kantoormeubilair en ' +
        'werkplekconcepten. Ik beheer 62 zakelijke klanten in Overijssel en Drenthe, van accountantskantoren tot ' +
        'gemeenten, en realiseerde in 2025 een omzet van € 3,4 miljoen. Ik werk meestal met facility managers en ' +
        'directeuren die zelf de knoop doorhakken.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager Projectinrichting',
        'Interieurgroep Vechtdal B.V.',
        '2020-02',
        null,
        true,
        '02-2020 – heden',
        [
          'Beheer en uitbreiding van een portefeuille van 62 zakelijke klanten',
          'Omzet 2025: € 3,4 miljoen, 18% boven target',
          'Van inventarisatie en ontwerpvoorstel tot oplevering, samen met onze interieurarchitecten',
        ],
        'Zwolle',
      ),
      job(
        'Verkoopadviseur Binnendienst',
        'Interieurgroep Vechtdal B.V.',
        '2018-05',
        '2020-01',
        true,
        '05-2018 – 01-2020',
        ['Offertes, telefonische verkoop en opvolging van leads uit de showroom'],
        'Zwolle',
      ),
      job(
        'Medewerker Planning & Logistiek',
        'Transportbedrijf Hulst & Zonen',
        '2015-09',
        '2018-04',
        false,
        '09-2015 – 04-2018',
        ['Ritplanning voor 20 vrachtwagens, contact met chauffeurs en klanten over levertijden'],
        'Kampen',
      ),
    ],
    education: [
      edu('hbo', 'HBO Bedrijfskunde MER, Hogeschool Windesheim, Zwolle, 2011 – 2015', {
        field: 'Bedrijfskunde MER',
        institution: 'Hogeschool Windesheim',
        startYear: 2011,
        endYear: 2015,
      }),
      edu('havo', 'HAVO, Thomas a Kempis College, Zwolle, 2006 – 2011', {
        institution: 'Thomas a Kempis College',
        startYear: 2006,
        endYear: 2011,
      }),
    ],
    courses: [
      named('Consultative Selling', 'Consultative Selling – Sales Academy Oost (2021)'),
      named('Lezen van bouwtekeningen', 'Lezen van bouwtekeningen (2019)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'B1', 'Duits: redelijk'),
    ],
    skills: ['Klantgericht', 'Resultaatgericht', 'Onderhandelen', 'Plannen en organiseren'],
    clientBase: { activeAccounts: 62, annualRevenueEur: 3_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'organisation'],
  },
  {
    id: 'nl-h7-02-relatiemanager-zakelijk-bank-chronologisch',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Honderd Twee',
    email: 'k.honderdtwee@example.net',
    phone: '+31 6 4409 1823',
    contactLines: ['Goes', 'Rijbewijs B'],
    headings: { profile: 'Over mij', work: 'Loopbaan', education: 'Opleidingen', skills: 'Sterke punten' },
    profile: [
      'Relatiemanager zakelijk bij een regionale bank in Zeeland. Ik ben het vaste aanspreekpunt voor 140 ' +
        'ondernemers op Walcheren en de Bevelanden, vooral in de agrarische sector, de recreatie en de ' +
        'bouw. Samen hebben zij bij ons een kredietportefeuille van ruim € 110 miljoen. Ik spreek de eigenaren zelf, ' +
        'meestal aan hun eigen keukentafel.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Relatiemanager Zakelijk',
        'Deltabank Zeeland N.V.',
        '2018-09',
        null,
        true,
        'sept. 2018 – nu',
        [
          'Portefeuille van 140 ondernemers met een kredietvolume van € 110 miljoen',
          'Jaargesprekken, financieringsaanvragen, bedrijfsovernames en opvolging binnen de familie',
          'Meer dan 30 nieuwe relaties binnengehaald via het netwerk van accountants en adviseurs',
        ],
        'Goes',
      ),
      job(
        'Adviseur Zakelijke Financieringen',
        'Deltabank Zeeland N.V.',
        '2015-03',
        '2018-08',
        true,
        'mrt. 2015 – aug. 2018',
        ['Advies en afsluiten van financieringen tot € 1 miljoen voor startende en kleine ondernemers'],
        'Middelburg',
      ),
      job(
        'Medewerker Kredietbeheer',
        'Deltabank Zeeland N.V.',
        '2012-10',
        '2015-02',
        false,
        'okt. 2012 – febr. 2015',
        ['Beheer van achterstanden en bijzondere kredieten'],
        'Middelburg',
      ),
    ],
    education: [
      edu('hbo', 'Bachelor Finance & Control (hbo), HZ University of Applied Sciences, Vlissingen, 2008 – 2012', {
        field: 'Finance & Control',
        institution: 'HZ University of Applied Sciences',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('havo', 'Havo, Calvijn College, Goes, 2003 – 2008', {
        institution: 'Calvijn College',
        startYear: 2003,
        endYear: 2008,
      }),
    ],
    courses: [named('Jaarrekeninganalyse voor relatiemanagers', 'Jaarrekeninganalyse voor relatiemanagers, 2016')],
    certifications: [
      named('Wft Basis', 'Wft Basis (2015)'),
      named('Wft Consumptief Krediet', 'Wft Consumptief Krediet (2015)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'B2', 'Engels (goed)'),
      lang('fr', 'A2', 'Frans (basis)'),
    ],
    skills: [
      'Relatiebeheer en netwerken',
      'Financieel inzicht',
      'Tactvol maar duidelijk',
      'Samenwerken met de kredietafdeling',
    ],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building', 'tact_assertiveness', 'teamwork'],
  },
  {
    id: 'nl-h7-03-key-accountmanager-verpakkingen-kolommen',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Honderd Drie',
    email: 'honderddrie@example.org',
    phone: '06 2750 6614',
    contactLines: ['Tilburg', 'linkedin.com/in/kandidaat-honderd-drie'],
    tagline: 'Key Account Manager | verpakkingen voor food & non-food',
    headings: { contact: 'Contact', profile: 'Profiel', work: 'Werkervaring', skills: 'Vaardigheden' },
    profile: [
      'Ik ben verantwoordelijk voor negen key accounts in de Benelux en Duitsland: producenten van zuivel, ' +
        'diervoeding en wasmiddelen die samen ongeveer € 18 miljoen per jaar aan verpakkingen bij ons afnemen. ' +
        'Mijn gesprekspartners zijn de inkoopdirecteuren en de verpakkingstechnologen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager',
        'Flexopack Benelux B.V.',
        '2021',
        null,
        true,
        '2021 – heden',
        [
          '9 key accounts in Nederland, België en Duitsland; omzet ca. € 18 miljoen',
          'Jaarlijkse contractonderhandelingen en prijsindexaties op basis van grondstofprijzen',
          'Leiding aan een accountteam van drie binnendienstmedewerkers',
        ],
        'Tilburg',
      ),
      job(
        'Accountmanager',
        'Kartonnage Brabant',
        '2016',
        '2021',
        true,
        '2016 – 2021',
        ['Eigen klantenkring van circa 45 middelgrote producenten in Noord-Brabant en Limburg'],
        'Oosterhout',
      ),
      job(
        'Commercieel medewerker binnendienst',
        'Kartonnage Brabant',
        '2013',
        '2016',
        true,
        '2013 – 2016',
        ['Offertes, orderverwerking en telefonische verkoop'],
        'Oosterhout',
      ),
    ],
    education: [
      edu('hbo', 'Commerciële Economie (hbo), Avans Hogeschool, Breda, 2009 – 2013', {
        field: 'Commerciële Economie',
        institution: 'Avans Hogeschool',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [
      named('Key Account Management', 'Key Account Management, NCOI (2020)'),
      named('Verpakkingstechnologie', 'Verpakkingstechnologie, NVC (2018)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – C1'),
      lang('de', 'B2', 'Duits – B2'),
    ],
    skills: ['Onderhandelen', 'Analytisch', 'Coachend leidinggeven', 'Overtuigend'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 18_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation', 'persuasiveness'],
  },
  {
    id: 'nl-h7-04-accountmanager-telecom-opsomming',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Honderd Vier',
    email: 'kandidaat104.nl@example.net',
    phone: '06-81 44 02 97',
    contactLines: ['Almere'],
    headings: { profile: 'Samenvatting', work: 'Ervaring', skills: 'Vaardigheden', courses: 'Trainingen' },
    profile: [
      'Accountmanager zakelijke telecom en ICT voor het mkb in Flevoland en het Gooi. Ik beheer 210 klanten ' +
        '(5 tot 100 medewerkers), goed voor € 1,9 miljoen terugkerende omzet per jaar, en spreek de eigenaar of ' +
        'de directeur.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Accountmanager MKB',
        'Teleconnect Zakelijk',
        '2019-06',
        null,
        true,
        'jun 2019 t/m heden',
        [
          'Portefeuille van 210 klanten, € 1,9 miljoen terugkerende omzet per jaar',
          'Migratie van klanten naar hosted telefonie en glasvezel',
        ],
        'Almere',
      ),
      job(
        'Telesales Medewerker',
        'BelNet Direct',
        '2016-09',
        '2019-05',
        true,
        'sep 2016 t/m mei 2019',
        ['Telefonische verkoop van mobiele abonnementen aan zzp’ers en kleine bedrijven'],
        'Amsterdam',
      ),
      job('Winkelmedewerker', 'Beeld & Geluid Van Dijk, Almere', '2014-03', '2016-08', true, 'mrt 2014 t/m aug 2016', [
        'Verkoop en advies op de afdeling telecom',
      ]),
    ],
    education: [
      edu('mbo 4', 'MBO niveau 4 Commercieel Medewerker, ROC Flevoland, 2010 – 2014', {
        field: 'Commercieel Medewerker',
        institution: 'ROC Flevoland',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [named('Telefonisch acquireren', 'Telefonisch acquireren (2017)')],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands – moedertaal'), lang('en', 'B2', 'Engels – goed')],
    skills: ['Commercieel', 'Stressbestendig', 'Proactief'],
    clientBase: { activeAccounts: 210, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'sales', 'stress_resistance'],
  },
  {
    id: 'nl-h7-05-accountmanager-zakelijke-verzekeringen',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Honderd Vijf',
    email: 'honderdvijf.k@example.org',
    phone: '06 1290 7745',
    contactLines: ['Deventer', 'Geboren 1984'],
    tagline: 'Accountmanager zakelijke verzekeringen',
    headings: { contact: 'Persoonlijk', profile: 'Wie ben ik', work: 'Werkervaring', skills: 'Kwaliteiten' },
    profile: [
      'Sinds 2022 ben ik accountmanager bij een regionaal assurantiekantoor. Ik adviseer ondernemers in de ' +
        'Stedendriehoek en de Achterhoek over hun bedrijfsverzekeringen en pensioenen. Mijn portefeuille telt zo’n ' +
        '180 zakelijke relaties met samen € 2,3 miljoen premie per jaar.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager Zakelijk',
        'Assurantiekantoor Ter Horst',
        '2022-03',
        null,
        true,
        'vanaf maart 2022',
        [
          'Advies en verkoop van schade-, aansprakelijkheids- en verzuimverzekeringen',
          '180 zakelijke relaties, € 2,3 miljoen premie per jaar',
          'Jaarlijkse risico-inventarisaties bij de klant op locatie',
        ],
        'Deventer',
      ),
      job(
        'Acceptant Schade Zakelijk',
        'Sallandse Verzekeringen',
        '2016-01',
        '2022-02',
        false,
        'januari 2016 – februari 2022',
        ['Beoordelen en accepteren van zakelijke brand- en aansprakelijkheidsrisico’s'],
        'Apeldoorn',
      ),
      job(
        'Schadebehandelaar',
        'Sallandse Verzekeringen',
        '2012-06',
        '2015-12',
        false,
        'juni 2012 – december 2015',
        [],
        'Apeldoorn',
      ),
    ],
    education: [
      edu('hbo', 'HBO Financial Services Management, Saxion, Deventer, 2007 – 2011', {
        field: 'Financial Services Management',
        institution: 'Saxion',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Schadeverzekeringen Zakelijk', 'Wft Schadeverzekeringen Zakelijk (2022)'),
      named('Wft Basis', 'Wft Basis (2012)'),
      named('Wft Pensioenverzekeringen', 'Wft Pensioenverzekeringen (2024)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands, moedertaal'),
      lang('en', 'B2', 'Engels, goed'),
      lang('de', 'B2', 'Duits, goed'),
    ],
    skills: ['Klantgerichtheid', 'Analytisch vermogen', 'Relatieopbouw', 'Zelfstandig'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 2_300_000, segment: 'regional_smb' },
    competencies: ['analytical', 'customer_focus', 'relationship_building'],
  },
  {
    id: 'nl-h7-06-binnendienst-accountmanager-groothandel',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Honderd Zes',
    email: 'kandidaat.honderdzes@example.com',
    phone: '0413 55 71 20',
    contactLines: ['Veghel'],
    headings: { profile: 'Profiel', work: 'Werkervaring', education: 'Opleiding', skills: 'Competenties' },
    profile: [
      'Binnendienst accountmanager bij een technische groothandel. Ik beheer telefonisch en per mail zo’n 300 ' +
        'installateurs in heel Nederland en zet daar € 2,6 miljoen per jaar mee om.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Binnendienst Accountmanager',
        'Technische Groothandel Van Rijt',
        '2021-04',
        null,
        true,
        '2021-04 – heden',
        [
          'Eigen portefeuille van ca. 300 installatiebedrijven, omzet € 2,6 miljoen',
          'Offertes en nabellen, cross-selling van gereedschap en PBM',
        ],
        'Veghel',
      ),
      job(
        'Medewerker Klantenservice',
        'Technische Groothandel Van Rijt',
        '2018-10',
        '2021-03',
        false,
        '2018-10 – 2021-03',
        ['Klachtafhandeling, retouren en leverstatus'],
        'Veghel',
      ),
      job(
        'Orderpicker / heftruckchauffeur',
        'Distributiecentrum De Zuidwillem',
        '2016-07',
        '2018-09',
        false,
        '2016-07 – 2018-09',
        [],
        'Veghel',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Commercie (Medewerker Marketing & Communicatie), Koning Willem I College, 2012 – 2016', {
        field: 'Commercie',
        institution: 'Koning Willem I College',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [named('Verkopen aan de telefoon', 'Verkopen aan de telefoon (interne training, 2021)')],
    certifications: [named('VCA Basis', 'VCA Basis (2016)')],
    languages: [lang('nl', 'native', 'Nederlands – moedertaal'), lang('en', 'B1', 'Engels – redelijk')],
    skills: ['Klantgericht', 'Stressbestendig', 'Teamspeler'],
    clientBase: { activeAccounts: 300, annualRevenueEur: 2_600_000, segment: 'national' },
    competencies: ['customer_focus', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'nl-h7-07-key-accountmanager-retail-drogisterij',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Honderd Zeven',
    email: 'k107.kandidaat@example.org',
    phone: '+31 (0)6 5521 0983',
    contactLines: ['Utrecht'],
    headings: {
      profile: 'Samenvatting',
      work: 'Beroepservaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Competenties',
    },
    profile: [
      'Key accountmanager voor drogisterij- en supermarktketens. Ik onderhandel de jaarafspraken met zes ' +
        'landelijke ketens (samen ruim 1.900 winkels) en ben verantwoordelijk voor een netto-omzet van ' +
        '€ 26 miljoen. Mijn gesprekspartners zijn de categorymanagers en de commercieel directeuren van de ketens.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Accountmanager Retail',
          'Verbeek Personal Care B.V.',
          '2020-01',
          null,
          true,
          'januari 2020 – heden',
          [
            'Zes landelijke ketens, netto-omzet € 26 miljoen (2025)',
            'Jaargesprekken, promotieplanning en joint business plans',
            'Aansturing van twee trade marketeers',
          ],
        ),
        lines: ['Key Accountmanager Retail', 'Verbeek Personal Care B.V., Utrecht', 'januari 2020 – heden'],
      },
      {
        ...job(
          'Accountmanager Zelfstandige Drogisten',
          'Verbeek Personal Care B.V.',
          '2016-05',
          '2019-12',
          true,
          'mei 2016 – december 2019',
          ['Ongeveer 150 zelfstandige drogisterijen in Midden-Nederland'],
        ),
        lines: [
          'Accountmanager Zelfstandige Drogisten',
          'Verbeek Personal Care B.V., Utrecht',
          'mei 2016 – december 2019',
        ],
      },
      {
        ...job('Trade Marketeer', 'Zonnedal Foods', '2013-09', '2016-04', false, 'september 2013 – april 2016', [
          'Winkelmateriaal, schapplannen en acties voor supermarkten',
        ]),
        lines: ['Trade Marketeer', 'Zonnedal Foods, Nieuwegein', 'september 2013 – april 2016'],
      },
    ],
    education: [
      edu('ma', 'MA Communicatie en Beïnvloeding, Universiteit Utrecht, 2012 – 2013', {
        field: 'Communicatie en Beïnvloeding',
        institution: 'Universiteit Utrecht',
        startYear: 2012,
        endYear: 2013,
      }),
      edu('ba', 'BA Communicatie- en Informatiewetenschappen, Universiteit Utrecht, 2009 – 2012', {
        field: 'Communicatie- en Informatiewetenschappen',
        institution: 'Universiteit Utrecht',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [
      named('Category Management', 'Category Management – ECR Nederland (2019)'),
      named('Harvard-onderhandelen', 'Harvard-onderhandelen (2021)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'B1', 'Frans – redelijk'),
    ],
    skills: [
      'Onderhandelingsvaardig',
      'Analytisch',
      'Overtuigingskracht',
      'Samenwerking met marketing en supply chain',
    ],
    clientBase: { activeAccounts: 6, annualRevenueEur: 26_000_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'persuasiveness', 'teamwork'],
  },
  {
    id: 'nl-h7-08-relatiebeheerder-lease-labels',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Honderd Acht',
    email: 'honderdacht@example.net',
    phone: '06 4471 3309',
    contactLines: ['Haarlem'],
    headings: { profile: 'Profiel', work: 'Werkervaring', education: 'Opleiding', skills: 'Competenties' },
    jobLabels: { period: 'Wanneer', title: 'Functie', employer: 'Bedrijf', duties: 'Werkzaamheden' },
    profile: [
      'Relatiebeheerder bij een lease- en financieringsmaatschappij voor bedrijfsmiddelen. Ik beheer 75 ' +
        'dealers en leveranciers van machines in Noord-Holland en Flevoland die hun klanten via ons laten ' +
        'financieren. Via mijn dealers sloten we in 2025 voor € 42 miljoen aan nieuwe contracten af.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Relatiebeheerder Vendor Lease',
        'Noordkust Lease B.V.',
        '2019-11',
        null,
        true,
        'november 2019 – heden',
        [
          'Werven en beheren van 75 dealerrelaties',
          'Trainen van de verkopers van dealers in het aanbieden van lease',
          'Contractvolume 2025: € 42 miljoen',
        ],
        'Haarlem',
      ),
      job(
        'Accountmanager',
        'Autobedrijf Kennemerland',
        '2015-02',
        '2019-10',
        true,
        'februari 2015 – oktober 2019',
        ['Verkoop van bedrijfswagens aan ondernemers in Zuid-Kennemerland'],
        'Haarlem',
      ),
    ],
    education: [
      edu('hbo', 'HBO Small Business & Retail Management, Hogeschool Inholland, Haarlem, 2010 – 2014', {
        field: 'Small Business & Retail Management',
        institution: 'Hogeschool Inholland',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [named('Lease en financiering voor accountmanagers', 'Lease en financiering voor accountmanagers (2020)')],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands – moedertaal'), lang('en', 'B2', 'Engels – goed')],
    skills: ['Relatiebeheer', 'Coachen van dealers', 'Ondernemend'],
    clientBase: { activeAccounts: 75, segment: 'regional_smb' },
    competencies: ['coaching', 'entrepreneurship', 'relationship_building'],
  },
  {
    id: 'nl-h7-09-accountmanager-arbodienst-bemiddelaarsformulier',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Honderd Negen',
    nameLine: 'Kandidaatprofiel – Kandidaat Honderd Negen',
    email: 'honderdnegen.kandidaat@example.com',
    phone: '06 3902 8817',
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Woonplaats', 'Sittard'],
          ['Geboortejaar', '1987'],
          ['Beschikbaarheid', 'Opzegtermijn 1 maand'],
          ['Gewenste functie', 'Accountmanager / Key accountmanager zakelijke dienstverlening'],
          ['Rijbewijs', 'B, eigen vervoer'],
        ],
      },
    ],
    headings: {
      profile: 'Samenvatting consultant',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talenkennis',
    },
    profile: [
      'Kandidaat is accountmanager bij een arbodienst en verantwoordelijk voor 85 werkgevers in Zuid-Limburg ' +
        'met samen een contractwaarde van € 4,1 miljoen per jaar. Zij onderhandelt de contracten met ' +
        'directeuren en HR-managers en is communicatief sterk, klantgericht en goed georganiseerd.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Periode', title: 'Functie', employer: 'Organisatie', duties: 'Verantwoordelijkheden' },
    jobs: [
      job(
        'Accountmanager',
        'ArboVitaal Limburg B.V.',
        '2020-06',
        null,
        true,
        'juni 2020 – heden',
        [
          'Portefeuille van 85 werkgevers (20 tot 800 medewerkers)',
          'Contractverlengingen en uitbreiding met verzuimbegeleiding en vitaliteitsprogramma’s',
          'Contractwaarde portefeuille € 4,1 miljoen per jaar',
        ],
        'Heerlen',
      ),
      job(
        'Casemanager Verzuim',
        'ArboVitaal Limburg B.V.',
        '2016-01',
        '2020-05',
        false,
        'januari 2016 – mei 2020',
        ['Begeleiding van verzuimdossiers volgens de Wet verbetering poortwachter'],
        'Heerlen',
      ),
      job(
        'HR-adviseur',
        'Zuyderland Facilitair',
        '2012-09',
        '2015-12',
        false,
        'september 2012 – december 2015',
        [],
        'Sittard',
      ),
    ],
    education: [
      edu('hbo', 'HBO Human Resource Management, Zuyd Hogeschool, Maastricht (2008 – 2012) – diploma behaald', {
        field: 'Human Resource Management',
        institution: 'Zuyd Hogeschool',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [named('Accountmanagement in de dienstverlening', 'Accountmanagement in de dienstverlening – 2021')],
    certifications: [named('Register Casemanager', 'Register Casemanager (RCM), 2017')],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B2', 'Engels'), lang('de', 'B1', 'Duits')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Spreken', 'Lezen', 'Schrijven'],
        rows: [
          ['Nederlands', 'moedertaal', 'moedertaal', 'moedertaal'],
          ['Engels', 'goed', 'goed', 'redelijk'],
          ['Duits', 'redelijk', 'goed', 'redelijk'],
        ],
      },
      { kind: 'paragraph', text: 'Schaal: basis – redelijk – goed – uitstekend' },
    ],
    skills: ['Communicatief', 'Klantgericht', 'Organisatievermogen', 'Onderhandelen'],
    closing: [{ kind: 'paragraph', text: 'Referenties zijn via het bureau op te vragen.' }],
    clientBase: { activeAccounts: 85, annualRevenueEur: 4_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'customer_focus', 'negotiation', 'organisation'],
  },
  {
    id: 'nl-h7-10-linkedin-enterprise-accountmanager-saas',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Honderd Tien',
    email: 'honderdtien@example.org',
    phone: null,
    contactLines: ['www.linkedin.com/in/kandidaat-honderd-tien-7c31a0 (LinkedIn)'],
    tagline: 'Enterprise Account Manager bij Cloudwise | SaaS | Benelux',
    afterContact: [{ kind: 'paragraph', text: 'Haarlem, Noord-Holland, Nederland' }],
    headings: {
      contact: 'Contactgegevens',
      skills: 'Belangrijkste vaardigheden',
      certifications: 'Certificeringen',
      languages: 'Talen',
      profile: 'Samenvatting',
      work: 'Ervaring',
      education: 'Opleiding',
    },
    profile: [
      'Ik verkoop en beheer software voor contractmanagement aan grote organisaties in Nederland en België. ' +
        'Mijn portefeuille: 32 enterprise-klanten met samen € 3,8 miljoen ARR. Ik werk met CFO’s, ' +
        'juridisch directeuren en inkoopmanagers, van de eerste demo tot de verlenging.',
      'Voor ik de sales in ging, heb ik vier jaar in de horeca gewerkt. Daar heb ik geleerd om te luisteren.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Enterprise Account Manager',
          'Cloudwise',
          '2024-03',
          null,
          true,
          'maart 2024 - heden (2 jaar 9 maanden)',
        ),
        lines: [
          'Cloudwise',
          '5 jaar 3 maanden',
          'Enterprise Account Manager',
          'maart 2024 - heden (2 jaar 9 maanden)',
          'Amsterdam, Noord-Holland, Nederland',
          '32 enterprise-accounts in de Benelux. Quota 2025: 112%.',
        ],
      },
      {
        ...job(
          'Account Manager Mid-Market',
          'Cloudwise',
          '2022-01',
          '2024-02',
          true,
          'januari 2022 - februari 2024 (2 jaar 2 maanden)',
        ),
        lines: [
          'Account Manager Mid-Market',
          'januari 2022 - februari 2024 (2 jaar 2 maanden)',
          'Amsterdam, Noord-Holland, Nederland',
        ],
      },
      {
        ...job(
          'Sales Development Representative',
          'Cloudwise',
          '2021-09',
          '2021-12',
          true,
          'september 2021 - december 2021 (4 maanden)',
        ),
        lines: ['Sales Development Representative', 'september 2021 - december 2021 (4 maanden)'],
      },
      {
        ...job(
          'Bedrijfsleider',
          'Grand Café De Waag',
          '2019-04',
          '2021-08',
          false,
          'april 2019 - augustus 2021 (2 jaar 5 maanden)',
        ),
        lines: [
          'Grand Café De Waag',
          '4 jaar 3 maanden',
          'Bedrijfsleider',
          'april 2019 - augustus 2021 (2 jaar 5 maanden)',
          'Haarlem',
          'Verantwoordelijk voor een team van 18 medewerkers, inkoop en planning.',
        ],
      },
      {
        ...job(
          'Gastheer',
          'Grand Café De Waag',
          '2017-06',
          '2019-03',
          false,
          'juni 2017 - maart 2019 (1 jaar 10 maanden)',
        ),
        lines: ['Gastheer', 'juni 2017 - maart 2019 (1 jaar 10 maanden)'],
      },
    ],
    education: [
      edu('hbo', 'Hogeschool Inholland\nBachelor, Hotel Management · (2013 - 2017)', {
        field: 'Hotel Management',
        institution: 'Hogeschool Inholland',
        startYear: 2013,
        endYear: 2017,
      }),
    ],
    courses: [],
    certifications: [named('MEDDICC Certified Practitioner'), named('Salesforce Certified Associate')],
    languages: [
      lang('nl', 'native', 'Nederlands (Moedertaal of tweetalig)'),
      lang('en', 'C1', 'Engels (Volledige professionele vaardigheid)'),
      lang('fr', 'A2', 'Frans (Elementaire vaardigheid)'),
    ],
    skills: ['Enterprise Software', 'Onderhandelen', 'Account Planning'],
    clientBase: { activeAccounts: 32, annualRevenueEur: 3_800_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h7-11-relatiemanager-private-banking-brief',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Honderd Elf',
    nameLine: 'Kandidaat Honderd Elf – curriculum vitae in briefvorm',
    email: 'honderdelf.k@example.net',
    phone: '06 2209 4461',
    contactLines: ['Hengelo (O)'],
    headings: {
      profile: 'Geachte lezer,',
      work: 'Mijn loopbaan tot nu toe',
      education: 'Opleiding',
      courses: 'Bijgehouden vakkennis',
      certifications: 'Diploma’s en certificaten',
      languages: 'Talen',
    },
    profile: [
      'Graag stel ik mij aan u voor. Ik ben relatiemanager private banking en begeleid zo’n 110 families en ' +
        'ondernemers in Twente en de Achterhoek, vooral directeur-grootaandeelhouders en hun gezinnen, met een ' +
        'toevertrouwd vermogen van ruim € 280 miljoen. Hieronder vertel ik hoe ik daar gekomen ben.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Medewerker Klantcontact',
          'Spaarbank Oost',
          '2009-09',
          '2014',
          false,
          'september 2009 tot het voorjaar van 2014',
        ),
        lines: [
          'Na mijn studie begon ik in september 2009 als Medewerker Klantcontact bij Spaarbank Oost in Enschede. ' +
            'Aan de telefoon en de balie leerde ik hoe verschillend mensen met geld omgaan. Ik bleef daar van ' +
            'september 2009 tot het voorjaar van 2014.',
        ],
      },
      {
        ...job(
          'Hypotheekadviseur',
          'Huis & Hypotheek Twente',
          '2014-05',
          '2019-12',
          true,
          'van mei 2014 tot en met december 2019',
        ),
        lines: [
          'Daarna werkte ik van mei 2014 tot en met december 2019 als Hypotheekadviseur bij Huis & Hypotheek ' +
            'Twente in Almelo, een onafhankelijk advieskantoor. Ik adviseerde en sloot zo’n 120 hypotheken per ' +
            'jaar af, steeds vaker voor ondernemers met een ingewikkelder inkomen.',
        ],
      },
      {
        ...job('Relatiemanager Private Banking', 'Bank Hollandia', '2020-01', null, true, 'januari 2020'),
        lines: [
          'Die ondernemers brachten mij in januari 2020 bij Bank Hollandia, waar ik sindsdien ' +
            'Relatiemanager Private Banking ben op het kantoor in Enschede. Ik beheer de relatie met 110 ' +
            'families, bespreek hun beleggingen, vermogensplanning en financieringen, en werk daarbij samen met ' +
            'onze beleggingsspecialisten en de fiscalist.',
        ],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Wat mij volgens collega’s typeert: ik ben tactvol, kan goed luisteren en heb een sterk ' +
          'organisatievermogen. Ik zoek een nieuwe stap waarin ik een grotere groep ondernemers kan begeleiden.',
      },
    ],
    education: [
      edu('hbo', 'HBO Bedrijfseconomie aan Saxion in Enschede, afgerond in 2009 (gestart in 2005).', {
        field: 'Bedrijfseconomie',
        institution: 'Saxion',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [named('Vermogensplanning voor ondernemers', 'Vermogensplanning voor ondernemers (2022)')],
    certifications: [
      named('Wft Vermogen', 'Wft Vermogen (2020)'),
      named('Wft Hypothecair Krediet', 'Wft Hypothecair Krediet (2014)'),
    ],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B2', 'Engels'), lang('de', 'B1', 'Duits')],
    languagesText: [
      'Nederlands is mijn moedertaal. Engels spreek en schrijf ik goed, en mijn Duits is redelijk: ik ben ' +
        'opgegroeid vlak bij de grens.',
    ],
    skills: [],
    closing: [
      { kind: 'paragraph', text: 'Met vriendelijke groet,' },
      { kind: 'paragraph', text: 'Kandidaat Honderd Elf' },
    ],
    clientBase: { activeAccounts: 110, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'tact_assertiveness'],
  },
  {
    id: 'nl-h7-12-key-accountmanager-medisch-tabel',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Honderd Twaalf',
    email: 'kandidaat112@example.org',
    phone: '06 5518 2046',
    contactLines: ['Groningen'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      skills: 'Competenties',
      workTable: ['Organisatie', 'Van – tot', 'Functie'],
    },
    workTableOrder: ['employer', 'period', 'title'],
    profile: [
      'Key accountmanager wondzorg en stomazorg voor ziekenhuizen in Groningen, Friesland en Drenthe. Ik ben ' +
        'verantwoordelijk voor 14 ziekenhuisorganisaties met samen 31 locaties en een omzet van € 6,2 miljoen. ' +
        'Ik onderhandel met de inkoopmanagers en de afdelingshoofden die over het assortiment beslissen. Als ' +
        'oud-verpleegkundige spreek ik de taal van de afdeling.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Key Account Manager Wondzorg', 'Medivance Nederland B.V.', '2019-09', null, true, 'sep. 2019 – heden', [
        '14 ziekenhuisorganisaties (31 locaties), omzet € 6,2 miljoen',
        'Aanbestedingen en meerjarige leveringsovereenkomsten',
      ]),
      job('Productspecialist', 'Medivance Nederland B.V.', '2016-04', '2019-08', false, 'apr. 2016 – aug. 2019', [
        'Klinische trainingen en implementatie van nieuwe producten op de afdelingen',
      ]),
      job('Verpleegkundige chirurgie', 'Martini Ziekenhuis', '2010-02', '2016-03', false, 'feb. 2010 – mrt. 2016'),
    ],
    education: [
      edu('hbo', 'HBO-V (Verpleegkunde), Hanzehogeschool Groningen, 2006 – 2010', {
        field: 'Verpleegkunde',
        institution: 'Hanzehogeschool Groningen',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Onderhandelen bij aanbestedingen', 'Onderhandelen bij aanbestedingen (2020)'),
      named('Wondconsulent', 'Wondconsulent (post-hbo, 2014)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Klantgericht', 'Overtuigend', 'Samenwerken', 'Plannen'],
    clientBase: { activeAccounts: 14, annualRevenueEur: 6_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation', 'persuasiveness', 'teamwork'],
  },
  {
    id: 'nl-h7-13-accountmanager-drukwerk-werkgever-eerst',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Honderd Dertien',
    email: 'h.dertien.kandidaat@example.com',
    phone: '06 4087 3351',
    contactLines: ['Amersfoort'],
    headings: { profile: 'In het kort', work: 'Werk', education: 'Opleiding', skills: 'Waar ik goed in ben' },
    profile: [
      'Bij Drukkerij Van Gelder had ik een brede klantenkring van zo’n 120 kleine bedrijven en verenigingen. ' +
        'Nu beheer ik bij Printforce 25 grotere accounts – merkfabrikanten en retailers in heel Nederland – met ' +
        'samen € 5,5 miljoen omzet in verpakkings- en displaydrukwerk.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Senior Accountmanager', 'Printforce Benelux', '2021', null, true, 'sinds 2021', [
          '25 accounts, € 5,5 miljoen omzet (2025)',
          'Raamovereenkomsten met marketing- en inkoopafdelingen',
        ]),
        lines: ['Printforce Benelux, Nieuwegein — Senior Accountmanager (sinds 2021)'],
      },
      {
        ...job('Accountmanager', 'Drukkerij Van Gelder', '2017', '2021', true, '2017 tot 2021', [
          'Ongeveer 120 klanten in de regio Amersfoort',
          'Van offerte tot aflevering, inclusief prijscalculatie',
        ]),
        lines: ['Drukkerij Van Gelder, Amersfoort — Accountmanager (2017 tot 2021)'],
      },
      {
        ...job('Calculator / werkvoorbereider', 'Drukkerij Van Gelder', '2013', '2017', false, '2013 tot 2017'),
        lines: ['Drukkerij Van Gelder, Amersfoort — Calculator / werkvoorbereider (2013 tot 2017)'],
      },
      {
        ...job('DTP-medewerker', 'Reclamestudio Het Eemhuis', '2011', '2013', false, '2011 tot 2013'),
        lines: ['Reclamestudio Het Eemhuis, Baarn — DTP-medewerker (2011 tot 2013)'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Mediavormgeving, Grafisch Lyceum Utrecht, 2007 – 2011', {
        field: 'Mediavormgeving',
        institution: 'Grafisch Lyceum Utrecht',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [
      named('Commercieel calculeren', 'Commercieel calculeren, KVGO (2016)'),
      named('Effectief verkopen', 'Effectief verkopen (2018)'),
    ],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands – moedertaal'), lang('en', 'B2', 'Engels – goed')],
    skills: ['Creatief meedenken met de klant', 'Netwerken', 'Financieel inzicht in calculaties'],
    clientBase: { activeAccounts: 25, annualRevenueEur: 5_500_000, segment: 'national' },
    competencies: ['financial_analysis', 'innovation', 'relationship_building'],
  },
  {
    id: 'nl-h7-14-accountmanager-energie-functioneel',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Honderd Veertien',
    email: 'veertien.honderd@example.net',
    phone: '06 1376 5092',
    contactLines: ['Naaldwijk'],
    tagline: 'Accountmanager grootzakelijke energie – glastuinbouw en industrie',
    headings: { work: 'Loopbaanoverzicht', education: 'Opleiding', skills: 'Overige vaardigheden' },
    profile: [],
    afterContact: [
      { kind: 'heading', text: 'Wat ik meebreng' },
      { kind: 'paragraph', text: 'Commercieel' },
      {
        kind: 'bullets',
        items: [
          'Eigen portefeuille van 48 grootzakelijke klanten – glastuinbouwbedrijven in het Westland en de ' +
            'Oostland en industriële bedrijven rond de Rotterdamse haven – met een jaarlijkse contractwaarde ' +
            'van € 31 miljoen',
          'Verlengingsratio van 94% over drie jaar; 11 nieuwe klanten sinds 2023',
          'Onderhandelen over meerjarige stroom- en gascontracten met eigenaren en financieel directeuren',
        ],
      },
      { kind: 'paragraph', text: 'Inhoudelijk' },
      {
        kind: 'bullets',
        items: [
          'Inkoopstrategieën op de groothandelsmarkt: vaste prijs, clicks en dagprijzen',
          'Advies over WKK-installaties, netcongestie en energiebesparing in de kas',
          'Analytisch: eigen rekenmodellen voor prijsrisico’s per klant',
        ],
      },
      { kind: 'paragraph', text: 'Samenwerking' },
      {
        kind: 'bullets',
        items: [
          'Samenwerken met de handelsdesk en de afdeling pricing',
          'Inwerken en coachen van nieuwe collega-accountmanagers',
        ],
      },
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Accountmanager Grootzakelijk',
        'Westlandse Energie Handel B.V.',
        '2018',
        null,
        true,
        '2018 – heden',
        [],
        'Naaldwijk',
      ),
      job('Energieadviseur', 'Kas & Klimaat Advies', '2014', '2017', false, '2014 – 2017', [], 'Honselersdijk'),
      job('Medewerker Teeltregistratie', 'Tuinbouwcoöperatie Westland', '2011', '2014', false, '2011 – 2014'),
    ],
    education: [
      edu('hbo', 'HBO Tuinbouw & Agribusiness, Hogeschool Inholland Delft, 2007 – 2011', {
        field: 'Tuinbouw & Agribusiness',
        institution: 'Hogeschool Inholland Delft',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [named('Energiemarkten en handel', 'Energiemarkten en handel (EnergieAcademie, 2018)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('pl', 'A2', 'Pools – basis'),
    ],
    skills: ['Excel (gevorderd)', 'Salesforce', 'Rijbewijs B'],
    clientBase: { activeAccounts: 48, annualRevenueEur: 31_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation', 'teamwork'],
  },
  {
    id: 'nl-h7-15-accountmanager-detachering-sabbatical-nevenfuncties',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Honderd Vijftien',
    email: 'kandidaat.honderdvijftien@example.org',
    phone: '06 2964 0138',
    contactLines: ['Dordrecht', 'Rijbewijs B'],
    headings: { profile: 'Profiel', work: 'Werkervaring', education: 'Opleidingen', skills: 'Competenties' },
    profile: [
      'Accountmanager in technische detachering. Ik onderhoud de relatie met zo’n 40 opdrachtgevers in de ' +
        'maakindustrie en de procestechniek in de Drechtsteden en Rijnmond, met een omzet uit detachering ' +
        'van ongeveer € 4 miljoen per jaar. Daarnaast geef ik één dag per week les aan de hogeschool.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Docent Commerciële Economie (0,2 fte)',
        'Hogeschool Rotterdam',
        '2023-02',
        null,
        false,
        'februari 2023 – heden',
        ['Lessen accountmanagement en verkoopgesprekken in het tweede jaar', 'Begeleiding van stagiairs'],
        'Rotterdam',
      ),
      job(
        'Accountmanager',
        'Flexwerk Techniek B.V.',
        '2021-09',
        null,
        true,
        'september 2021 – heden',
        [
          'Circa 40 opdrachtgevers, omzet ca. € 4 miljoen per jaar',
          'Intake van vacatures bij productie- en technisch managers, voorstellen van kandidaten en tariefafspraken',
        ],
        'Dordrecht',
      ),
      {
        ...job(
          'Recruiter Techniek',
          'Uitzendbureau Hoekstra',
          '2016-03',
          '2020-08',
          false,
          'maart 2016 – augustus 2020',
          ['Werving en selectie van monteurs, lassers en operators'],
          'Zwijndrecht',
        ),
        lines: [
          'Sabbatical',
          'september 2020 – augustus 2021: een jaar met mijn gezin door Zuid-Amerika gereisd',
          'Recruiter Techniek',
          'Uitzendbureau Hoekstra, Zwijndrecht | maart 2016 – augustus 2020',
        ],
      },
      job(
        'Operator',
        'Chemiepark Moerdijk Services',
        '2012-01',
        '2016-02',
        false,
        'januari 2012 – februari 2016',
        [],
        'Moerdijk',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenfuncties' },
      {
        kind: 'bullets',
        items: [
          'Bestuurslid (secretaris), Stichting Voedselbank Drechtsteden – sinds 2019',
          'Vrijwilliger bij de jeugdafdeling van voetbalvereniging SC Dordrecht-Oost',
        ],
      },
    ],
    education: [
      edu('hbo', 'HBO Commerciële Economie (deeltijd), Hogeschool Rotterdam, 2012 – 2016', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool Rotterdam',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('mbo 4', 'MBO 4 Procestechniek, Da Vinci College, 2008 – 2011', {
        field: 'Procestechniek',
        institution: 'Da Vinci College',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [named('Didactische basisbekwaamheid', 'Didactische basisbekwaamheid (2024)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('es', 'B1', 'Spaans – redelijk'),
    ],
    skills: ['Relatiebeheer', 'Ondernemend', 'Communicatief'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 4_000_000, segment: 'regional_smb' },
    competencies: ['communication', 'entrepreneurship', 'relationship_building'],
  },
  {
    id: 'nl-h7-16-key-accountmanager-dach-twee-valuta',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Honderd Zestien',
    email: 'zestien.k.honderd@example.com',
    phone: '+31 77 320 19 84',
    contactLines: ['Venlo'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Competenties',
      workTable: ['Periode', 'Functie', 'Werkgever'],
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Key accountmanager voor Duitsland, Oostenrijk en Zwitserland bij Hendrix Machinebouw, een familiebedrijf ' +
        'met 600 medewerkers en een omzet van € 140 miljoen. Mijn portefeuille bestaat uit 7 klantgroepen in de ' +
        'voedingsmiddelenindustrie met samen 23 fabrieken. In 2025 was de omzet op mijn accounts € 9,8 miljoen ' +
        '(ca. CHF 9,2 miljoen; de Zwitserse klanten factureren wij in franken). Ik onderhandel met de technisch ' +
        'directeuren en de centrale inkoop.',
      'Tot 2022 had ik als accountmanager Benelux ongeveer 60 kleinere klanten met een omzet van € 7 miljoen.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Key Account Manager DACH', 'Hendrix Machinebouw B.V.', '2022-01', null, true, 'jan. 2022 – nu', [
        '7 klantgroepen, 23 productielocaties',
        'Meerjarige serviceovereenkomsten en nieuwe lijnen in samenwerking met de engineers',
      ]),
      job('Accountmanager Benelux', 'Hendrix Machinebouw B.V.', '2017-04', '2021-12', true, 'apr. 2017 – dec. 2021'),
      job('Servicecoördinator', 'Hendrix Machinebouw B.V.', '2014-09', '2017-03', false, 'sep. 2014 – mrt. 2017'),
      job('Monteur buitendienst', 'Stalmeijer Food Systems', '2010-08', '2014-08', false, 'aug. 2010 – aug. 2014'),
    ],
    education: [
      edu('hbo', 'HBO Werktuigbouwkunde, Fontys Hogeschool Venlo, 2006 – 2010', {
        field: 'Werktuigbouwkunde',
        institution: 'Fontys Hogeschool Venlo',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [named('Verhandlungsführung im Vertrieb', 'Verhandlungsführung im Vertrieb (IHK Düsseldorf, 2022)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'C1', 'Duits – vloeiend'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Technisch-commercieel', 'Onderhandelen', 'Samenwerken met engineering'],
    clientBase: { activeAccounts: 7, annualRevenueEur: 9_800_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'nl-h7-17-accountmanager-educatieve-uitgeverij-zijinstromer',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Honderd Zeventien',
    email: 'honderdzeventien@example.net',
    phone: '06 3381 7720',
    contactLines: ['Nijmegen'],
    headings: {
      profile: 'Persoonlijk profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Competenties',
      certifications: 'Certificaten',
      languages: 'Talen',
    },
    profile: [
      'Na twaalf jaar voor de klas ben ik in 2023 overgestapt naar de commerciële kant van het onderwijs. Als ' +
        'accountmanager bij een educatieve uitgeverij adviseer ik scholen bij de keuze van lesmethoden en ' +
        'digitale leermiddelen. Ik ken de sectie-overleggen en de begrotingscyclus van een school van binnenuit, ' +
        'en dat merken docenten en teamleiders in het gesprek.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager Voortgezet Onderwijs',
        'Uitgeverij Meridiaan',
        '2023-08',
        null,
        true,
        'aug. 2023 – heden',
        [
          'Presentaties en proeflessen van nieuwe methoden bij secties aardrijkskunde en geschiedenis',
          'Opvolgen van proefpakketten en offertes, samen met de binnendienst',
          'Stand en workshops op de landelijke onderwijsbeurzen',
        ],
        'Arnhem',
      ),
      job(
        'Docent Aardrijkskunde',
        'Stedelijk Gymnasium Nijmegen',
        '2011-08',
        '2023-07',
        false,
        'aug. 2011 – jul. 2023',
        ['Lesgeven in de bovenbouw havo/vwo, mentor en sectievoorzitter (vanaf 2018)'],
        'Nijmegen',
      ),
    ],
    education: [
      edu('wo', 'WO Master Sociale Geografie, Radboud Universiteit, Nijmegen, 2006 – 2010', {
        field: 'Sociale Geografie',
        institution: 'Radboud Universiteit',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('master', 'Universitaire lerarenopleiding Aardrijkskunde (master), Radboud Docenten Academie, 2010 – 2011', {
        field: 'Aardrijkskunde',
        institution: 'Radboud Docenten Academie',
        startYear: 2010,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [
      named('Bevoegdheid eerstegraads docent Aardrijkskunde', 'Bevoegdheid eerstegraads docent Aardrijkskunde (2011)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: C1 (Cambridge Advanced)'),
      lang('de', 'B2', 'Duits: B2'),
    ],
    skills: ['Presenteren', 'Communicatieve vaardigheid', 'Samenwerken', 'Initiatief'],
    closing: [
      { kind: 'heading', text: 'In opleiding' },
      { kind: 'paragraph', text: 'Certified Sales Professional – examen gepland maart 2027' },
    ],
    clientBase: null,
    competencies: ['communication', 'initiative', 'teamwork'],
  },
  {
    id: 'nl-h7-18-junior-accountmanager-intermediair-stage',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Honderd Achttien',
    email: 'k.honderdachttien@example.com',
    phone: '06 1902 6653',
    contactLines: ['Den Bosch', 'Geboren: 2001'],
    headings: {
      contact: 'Gegevens',
      profile: 'Over mij',
      work: 'Ervaring',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Junior accountmanager bij een verzekeraar die alleen via het intermediair werkt. Sinds dit jaar heb ik een ' +
        'eigen portefeuille van 35 kleinere assurantiekantoren in Noord-Brabant en Zeeland. Leergierig, ' +
        'proactief en een echte teamspeler.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Junior Accountmanager Intermediair',
        'Brabantse Verzekeringen N.V.',
        '2025-02',
        null,
        true,
        'feb 2025 – heden',
        [
          'Eigen portefeuille van 35 assurantiekantoren',
          'Kantoorbezoeken, productpresentaties en opvolgen van offertes',
          'Eerste half jaar: inwerken op de binnendienst',
        ],
        '’s-Hertogenbosch',
      ),
      job(
        'Afstudeerstagiair',
        'Brabantse Verzekeringen N.V.',
        '2024-02',
        '2024-06',
        false,
        'feb 2024 – jun 2024',
        ['Onderzoek naar de tevredenheid van het intermediair over de acceptatie'],
        '’s-Hertogenbosch',
      ),
      job(
        'Verkoopmedewerker (bijbaan)',
        'Schoenenhuis Verhoeven',
        '2019-09',
        '2024-12',
        true,
        'sep 2019 – dec 2024',
        ['Zaterdagen en vakanties; advies en verkoop'],
        'Den Bosch',
      ),
    ],
    education: [
      edu('hbo', 'Bachelor Finance & Control (hbo), Avans Hogeschool, ’s-Hertogenbosch, 2020 – 2024', {
        field: 'Finance & Control',
        institution: 'Avans Hogeschool',
        startYear: 2020,
        endYear: 2024,
      }),
      edu('havo', 'Havo, Jeroen Bosch College, 2014 – 2019', {
        institution: 'Jeroen Bosch College',
        startYear: 2014,
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Basis', 'Wft Basis (2025)'),
      named('Wft Schadeverzekeringen Zakelijk', 'Wft Schadeverzekeringen Zakelijk (2025)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Communicatief', 'Proactief', 'Teamspeler', 'Microsoft Excel'],
    clientBase: { activeAccounts: 35, segment: 'regional_smb' },
    competencies: ['communication', 'initiative', 'teamwork'],
  },
  {
    id: 'nl-h7-19-accountmanager-bouw-lange-loopbaan',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Honderd Negentien',
    email: 'kandidaat.119@example.org',
    phone: '0318 64 27 11',
    contactLines: ['Ede', 'Geboren 14 maart 1964'],
    headings: {
      profile: 'Persoonlijke samenvatting',
      work: 'Arbeidsverleden',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Sterke kanten',
    },
    profile: [
      'Ruim 35 jaar in de bouwmaterialen, waarvan bijna 30 in de verkoop. Ik ken de aannemers, dakdekkers en ' +
        'installateurs in de regio vaak al jaren persoonlijk. Op dit moment beheer ik 62 bouwbedrijven in ' +
        'Gelderland en Utrecht met een omzet van € 7,5 miljoen; ik spreek daar de eigenaren en hun uitvoerders.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager Bouw',
        'Isolatiegroep Veluwe B.V.',
        '2017',
        null,
        true,
        '2017 – heden',
        ['62 bouwbedrijven, omzet € 7,5 miljoen', 'Projectofferte en begeleiding van grotere nieuwbouwprojecten'],
        'Barneveld',
      ),
      job(
        'Regiomanager Verkoop',
        'Dakmaterialen Van Hal',
        '2010',
        '2016',
        true,
        '2010 – 2016',
        ['Eigen grotere klanten en aansturing van vier vertegenwoordigers in Midden-Nederland'],
        'Amersfoort',
      ),
      {
        ...job('Accountmanager', 'Bouwstoffen Centrum Ede', '2003', '2009', true, '2003 – 2009', [], 'Ede'),
        lines: [
          '2009 – 2010   Werkzoekend na reorganisatie; in die tijd de cursus Sales Management gevolgd',
          '2003 – 2009   Accountmanager – Bouwstoffen Centrum Ede, Ede',
        ],
      },
      job('Verkoper buitendienst', 'Houthandel De Eik', '1998', '2003', true, '1998 – 2003', [], 'Wageningen'),
      job('Verkoper binnendienst', 'Houthandel De Eik', '1995', '1998', true, '1995 – 1998', [], 'Wageningen'),
      job('Bedrijfsleider', 'Doe-het-zelf Centrum Barneveld', '1991', '1995', false, '1991 – 1995'),
      job('Verkoopmedewerker', 'Doe-het-zelf Centrum Barneveld', '1988', '1991', true, '1988 – 1991'),
      job('Magazijnmedewerker', 'Bouwmaterialen Gijsbers', '1985', '1988', false, '1985 – 1988', [], 'Veenendaal'),
    ],
    education: [edu('mbo 4', 'MEAO, commerciële richting, Ede, 1980 – 1984', { startYear: 1980, endYear: 1984 })],
    courses: [
      named('Sales Management', 'Sales Management (2010)'),
      named('NIMA Sales A', 'NIMA Sales A (1999)'),
      named('Bouwkunde voor verkopers', 'Bouwkunde voor verkopers (1996)'),
      named('Vakdiploma Bouwmaterialenhandel', 'Vakdiploma Bouwmaterialenhandel (1990)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('de', 'B2', 'Duits (goed)'),
      lang('en', 'B1', 'Engels (redelijk)'),
    ],
    skills: ['Relatieopbouw op lange termijn', 'Onderhandelen', 'Coachen van jongere collega’s'],
    closing: [{ kind: 'paragraph', text: 'Hobby’s: zeilen op het Veluwemeer, klussen aan een oude boerderij.' }],
    clientBase: { activeAccounts: 62, annualRevenueEur: 7_500_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h7-20-accountmanager-factoring-alinea-per-baan',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Honderd Twintig',
    email: 'honderd.twintig@example.net',
    phone: '06 5273 1198',
    contactLines: ['Zeist'],
    headings: { profile: 'Profiel', work: 'Werkervaring', education: 'Opleiding', skills: 'Competenties' },
    profile: [
      'Commercieel en financieel onderlegd; ik help ondernemers aan werkkapitaal en houd van een goed gesprek ' +
        'over hun cijfers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager Factoring', 'Factorhuis Nederland B.V.', '2021-01', null, true, 'januari 2021 – heden'),
        lines: [
          'Accountmanager Factoring – Factorhuis Nederland B.V., Utrecht. Ik beheer ongeveer 65 mkb-klanten in ' +
            'heel Nederland, vooral groothandels en transportbedrijven, en spreek daar de directeur-eigenaren en ' +
            'financieel managers. De gefinancierde debiteurenportefeuille van mijn klanten is € 48 miljoen; de ' +
            'fee-omzet van mijn portefeuille was in 2025 € 1,1 miljoen. Ik werf zelf nieuwe klanten via ' +
            'accountants en banken. (januari 2021 – heden)',
        ],
      },
      {
        ...job(
          'Relatiemanager Zakelijk MKB',
          'Bank van Utrecht',
          '2016-10',
          '2020-12',
          true,
          'oktober 2016 – december 2020',
        ),
        lines: [
          'Relatiemanager Zakelijk MKB – Bank van Utrecht, Utrecht. Portefeuille van circa 200 kleine ' +
            'ondernemers in de provincie Utrecht met een zakelijke rekening, krediet of lease; jaargesprekken en ' +
            'kredietaanvragen tot € 250.000. (oktober 2016 – december 2020)',
        ],
      },
      {
        ...job(
          'Commercieel medewerker binnendienst',
          'Kantoorvakhandel De Vries',
          '2013-06',
          '2016-09',
          true,
          'juni 2013 – september 2016',
        ),
        lines: [
          'Commercieel medewerker binnendienst – Kantoorvakhandel De Vries, Zeist. Telefonische verkoop van ' +
            'kantoorartikelen en meubilair aan bedrijven, offertes en orderverwerking. (juni 2013 – september 2016)',
        ],
      },
    ],
    education: [
      edu('hbo', 'HBO Bedrijfseconomie, Hogeschool Utrecht, 2009 – 2013', {
        field: 'Bedrijfseconomie',
        institution: 'Hogeschool Utrecht',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [named('Jaarrekeninglezen', 'Jaarrekeninglezen (2017)')],
    certifications: [named('Wft Basis', 'Wft Basis (2016)')],
    languages: [lang('nl', 'native', 'Nederlands – moedertaal'), lang('en', 'B2', 'Engels – goed')],
    skills: ['Financieel inzicht', 'Commercieel', 'Netwerken', 'Zelfstandig'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 1_100_000, segment: 'national', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building', 'sales'],
  },
  {
    id: 'nl-h7-21-accountmanager-ict-werkgevers-hoofdletters',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Honderd Eenentwintig',
    email: 'honderdeenentwintig@example.com',
    phone: '026 351 48 90',
    contactLines: ['Arnhem'],
    headings: { profile: 'Profiel', work: 'Loopbaan', education: 'Opleiding', skills: 'Competenties' },
    profile: [
      'Accountmanager bij een ICT-dienstverlener voor het mkb. Ik beheer 85 klanten in de regio Arnhem-Nijmegen ' +
        '(10 tot 150 werkplekken) met samen € 2,2 miljoen terugkerende omzet uit managed services per jaar. Door ' +
        'mijn jaren op de servicedesk weet ik wat klanten echt nodig hebben.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager Zakelijke Markt', 'DATAWEG ICT B.V.', '2019', null, true, 'sinds 2019', [
          'Jaarlijkse IT-plannen en contractverlengingen met directeuren en office managers',
          'Overstap van 30 klanten naar Microsoft 365 en werkplekbeheer',
        ]),
        lines: ['DATAWEG ICT B.V. – ARNHEM', 'Accountmanager Zakelijke Markt, sinds 2019'],
      },
      {
        ...job('Servicedesk-coördinator', 'DATAWEG ICT B.V.', '2015', '2019', false, '2015 tot 2019', [
          'Coördinatie van een team van zes servicedeskmedewerkers',
        ]),
        lines: ['Servicedesk-coördinator, 2015 tot 2019'],
      },
      {
        ...job('Systeembeheerder', 'KANTOORAUTOMATISERING GELDERLAND', '2011', '2015', false, '2011 tot 2015'),
        lines: ['KANTOORAUTOMATISERING GELDERLAND – NIJMEGEN', 'Systeembeheerder, 2011 tot 2015'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 ICT-beheer, ROC Rijn IJssel, Arnhem, 2007 – 2011', {
        field: 'ICT-beheer',
        institution: 'ROC Rijn IJssel',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [named('Van techneut naar accountmanager', 'Van techneut naar accountmanager (2019)')],
    certifications: [
      named('ITIL 4 Foundation', 'ITIL 4 Foundation (2016)'),
      named('Microsoft 365 Certified: Fundamentals', 'Microsoft 365 Certified: Fundamentals (2020)'),
    ],
    languages: [lang('nl', 'native', 'Nederlands – moedertaal'), lang('en', 'B2', 'Engels – goed')],
    skills: ['Klantgericht', 'Analytisch', 'Stressbestendig'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 2_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h7-22-relatiemanager-corporate-banking-maandnummers',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Honderd Tweeëntwintig',
    email: 'k.honderdtweeentwintig@example.org',
    phone: '+31 6 2817 4430',
    contactLines: ['Eindhoven'],
    tagline: 'Relatiemanager Corporate Banking',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Relatiemanager voor middelgrote en grote familiebedrijven in Noord-Brabant en Limburg. Ik ben ' +
        'eerste aanspreekpunt voor 22 bedrijven met een omzet van € 50 tot 250 miljoen en samen € 640 miljoen aan ' +
        'kredietlimieten. Mijn gesprekspartners zijn de CFO’s en de directeur-grootaandeelhouders. Met mijn ' +
        'achtergrond als controller en kredietanalist lees ik een jaarrekening snel en kritisch.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Relatiemanager Corporate Banking',
        'Zuiderbank N.V.',
        '2021-12',
        null,
        true,
        '12.2021 – heden',
        [
          '22 corporate relaties; financieringen, betalingsverkeer, valuta en treasury',
          'Begeleiding van vier overnames en een herfinanciering van € 90 miljoen',
        ],
        'Eindhoven',
      ),
      job(
        'Senior Kredietanalist',
        'Zuiderbank N.V.',
        '2019-03',
        '2021-11',
        false,
        '3.2019 – 11.2021',
        ['Kredietvoorstellen voor zakelijke financieringen van € 5 tot 50 miljoen'],
        'Eindhoven',
      ),
      job(
        'Accountmanager Zakelijk',
        'Brabant Lease B.V.',
        '2015-06',
        '2019-02',
        true,
        '6.2015 – 2.2019',
        ['Verkoop van operational en financial lease aan bedrijven in Zuidoost-Brabant'],
        'Helmond',
      ),
      job('Controller', 'Van Oers Transport', '2005-09', '2015-05', false, '9.2005 – 5.2015', [], 'Tilburg'),
    ],
    education: [
      edu('wo', 'Doctoraal Bedrijfseconomie (drs.), Katholieke Universiteit Brabant, Tilburg, 1999 – 2005', {
        field: 'Bedrijfseconomie',
        institution: 'Katholieke Universiteit Brabant',
        startYear: 1999,
        endYear: 2005,
      }),
      edu('vwo', 'Atheneum, Theresialyceum, Tilburg, 1993 – 1999', {
        institution: 'Theresialyceum',
        startYear: 1993,
        endYear: 1999,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Basis', 'Wft Basis (2015)'),
      named('Register Controller (RC)', 'Register Controller (RC), VU Amsterdam (2009)'),
    ],
    languages: [
      lang('nl', 'native', 'Moedertaal: Nederlands'),
      lang('en', 'C1', 'Tweede taal: Engels (C1)'),
      lang('de', 'B1', 'Derde taal: Duits (B1)'),
    ],
    skills: ['Financiële analyse', 'Relatiebeheer', 'Analytisch en kritisch', 'Overtuigend'],
    closing: [
      { kind: 'heading', text: 'Lopende opleiding' },
      { kind: 'paragraph', text: 'CFA Level I – examen gepland in mei 2027' },
    ],
    clientBase: { activeAccounts: 22, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'financial_analysis', 'persuasiveness', 'relationship_building'],
  },
  {
    id: 'nl-h7-23-relatiebeheerder-kmo-vlaanderen',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Honderd Drieëntwintig',
    nameLine: 'Curriculum vitae – Kandidaat Honderd Drieëntwintig',
    email: 'kandidaat.honderddrieentwintig@example.com',
    phone: '+32 476 55 20 17',
    contactLines: ['Sint-Niklaas, België', 'Rijbewijs B'],
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleidingen',
      courses: 'Bijkomende opleidingen',
      skills: 'Competenties',
      languages: 'Talenkennis',
    },
    profile: [
      'Relatiebeheerder KMO bij een Vlaamse bank. Ik beheer een portefeuille van 190 KMO’s en vrije beroepen ' +
        'in het Waasland en het Meetjesland, met een kredietportefeuille van ongeveer € 75 miljoen. Ik spreek ' +
        'rechtstreeks met de zaakvoerders over investeringen, kaskrediet en de opvolging van hun zaak.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Relatiebeheerder KMO',
        'Bank Schelde',
        '2018',
        null,
        true,
        'van 2018 tot nu',
        [
          'Portefeuille van 190 KMO-klanten en vrije beroepen',
          'Investeringskredieten, leasing, verzekeringen en beleggingen voor de zaakvoerder',
        ],
        'Sint-Niklaas',
      ),
      job(
        'Kredietadviseur Particulieren',
        'Bank Schelde',
        '2014',
        '2018',
        true,
        'van 2014 tot 2018',
        ['Advies en verkoop van woonkredieten en schuldsaldoverzekeringen in het kantoor van Lokeren'],
        'Lokeren',
      ),
      job(
        'Commercieel bediende binnendienst',
        'Textielgroep Vanhove',
        '2011',
        '2014',
        true,
        'van 2011 tot 2014',
        ['Orders en verkoop aan Franse en Waalse klanten per telefoon'],
        'Zele',
      ),
    ],
    education: [
      edu('master', 'Master in de Toegepaste Economische Wetenschappen, Universiteit Antwerpen, 2007 – 2011', {
        field: 'Toegepaste Economische Wetenschappen',
        institution: 'Universiteit Antwerpen',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('secondary', 'ASO Economie-Moderne Talen, Sint-Jozef-Klein-Seminarie, Sint-Niklaas, 2001 – 2007', {
        field: 'Economie-Moderne Talen',
        institution: 'Sint-Jozef-Klein-Seminarie',
        startYear: 2001,
        endYear: 2007,
      }),
    ],
    courses: [named('Kredietanalyse KMO', 'Kredietanalyse KMO (Febelfin Academy, 2019)')],
    certifications: [
      named('Erkenning bank- en verzekeringsbemiddelaar', 'Erkenning bank- en verzekeringsbemiddelaar (FSMA), 2014'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'C1', 'Frans: vloeiend'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'A2', 'Duits: basiskennis'),
    ],
    skills: ['Klantgericht', 'Commercieel ingesteld', 'Tactvol', 'Financieel inzicht'],
    closing: [{ kind: 'paragraph', text: 'Referenties op aanvraag.' }],
    clientBase: { activeAccounts: 190, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'financial_analysis', 'sales', 'tact_assertiveness'],
  },
];

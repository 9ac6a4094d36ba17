import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The fourteenth held-out set's Dutch CVs: twenty-six CVs from the Netherlands and Flanders, written without
 * reading the reader. Mostly the everyday CV a recruiter receives: a Word template, a Werk.nl and a StepStone
 * export, a Nationale Vacaturebank profile, a two-column design-tool PDF, a plain-text e-mail body, a terse list,
 * long bullet lists, dates that change form within one CV, English titles. A third are harder: a LinkedIn PDF
 * export and pasted LinkedIn text, a Europass, a career in prose, a functional CV. Sectors the earlier sets do
 * not have: greenhouse technology, EV charging, payroll services, animal health, air freight, chocolate export,
 * car parts, holiday parks, legal software, drive technology, waste collection, healthcare banking, bathroom
 * showrooms, outdoor advertising, marine insurance, municipal employer services, vegetable seeds, telecom
 * resellers, soft drinks, accountancy software, contact lenses, carpets, fuel cards, lifts and lab equipment.
 */
export const HELD_OUT_14_NL: CvSource[] = [
  {
    id: 'nl-h14-01-accountmanager-kastechniek-westland-word-sjabloon',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achthonderd Een',
    nameLine: 'Curriculum vitae – Kandidaat Achthonderd Een',
    email: 'k.achthonderdeen801@example.com',
    phone: '06-28475190',
    contactLines: ['Naaldwijk'],
    afterContact: [
      { kind: 'heading', text: 'Personalia' },
      {
        kind: 'table',
        rows: [
          ['Geboortedatum', '14-06-1989'],
          ['Woonplaats', 'Naaldwijk'],
          ['Rijbewijs', 'B, BE'],
          ['Burgerlijke staat', 'Samenwonend, 2 kinderen'],
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Technisch accountmanager in de glastuinbouw. Sinds 2019 verkoop ik klimaatcomputers, LED-belichting en ' +
        'energieschermen aan tuinders in het Westland en de Oostland. Ik heb een vaste klantenkring van ongeveer 85 ' +
        'glastuinbouwbedrijven; zij namen in 2025 voor € 6,8 mln aan installaties en service bij ons af. Ik zit aan ' +
        'tafel met de ondernemers zelf, want in de kas beslist de eigenaar. Door mijn achtergrond als servicemonteur ' +
        'weet ik wat er in een kas speelt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager Tuinbouwtechniek',
        'Klimaattechniek Westland B.V.',
        '2019-03',
        null,
        true,
        'mrt. 2019 – heden',
        [
          'Vaste klantenkring van ca. 85 tuinders (glasgroenten en sierteelt) in Westland en Oostland',
          'Offertes en projecten voor klimaatcomputers, LED-belichting en schermdoeken, van € 20.000 tot € 1,5 mln',
          'Nauwe samenwerking met engineering en de servicedienst bij de oplevering',
          'Klimaattechniek Westland: 140 medewerkers, omzet ca. € 48 mln',
        ],
        'Honselersdijk',
      ),
      job(
        'Servicemonteur',
        'Klimaattechniek Westland B.V.',
        '2016',
        '2019-02',
        false,
        '2016 - 02/2019',
        ['Storingen en onderhoud aan klimaatcomputers en belichtingsinstallaties', 'Piketdienst in het stookseizoen'],
        'Honselersdijk',
      ),
      job(
        'Elektromonteur',
        'Installatiebedrijf Van der Kooij',
        '2012-08',
        '2015-12',
        false,
        'aug 2012 t/m dec 2015',
        ['Elektrische installaties in kassen en bedrijfshallen'],
        '’s-Gravenzande',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Eerste Monteur Elektrotechnische Installaties, ROC Mondriaan, Delft, 2008 – 2012', {
        field: 'Eerste Monteur Elektrotechnische Installaties',
        institution: 'ROC Mondriaan',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('vmbo', 'VMBO kader Elektrotechniek, Westland College, Naaldwijk, 2004 – 2008', {
        institution: 'Westland College',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Commerciële vaardigheden voor technici', 'Commerciële vaardigheden voor technici – NCOI (2019)'),
      named('Teeltkennis glasgroenten', 'Teeltkennis glasgroenten (2020)'),
    ],
    certifications: [
      named('VCA VOL', 'VCA VOL (geldig t/m 2027)'),
      named('NEN 3140 Vakbekwaam Persoon', 'NEN 3140 Vakbekwaam Persoon (2014)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Klantgericht', 'Technisch inzicht', 'Netwerken binnen de tuinbouw', 'AutoCAD, Excel, AFAS CRM'],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      { kind: 'paragraph', text: 'Voetbal (trainer JO11 bij VV Naaldwijk), klussen, vissen.' },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 6_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'relationship_building', 'teamwork'],
  },
  {
    id: 'nl-h14-02-business-developer-laadpalen-ontwerp-pdf-twee-kolommen',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Achthonderd Twee',
    email: 'hallo.k802@example.net',
    phone: '+31 6 41 92 07 38',
    contactLines: ['Amsterdam-Noord', 'linkedin.example.com/in/k802'],
    tagline: 'BUSINESS DEVELOPER | E-MOBILITY',
    headings: {
      contact: 'CONTACT',
      profile: 'OVER MIJ',
      work: 'WERKERVARING',
      education: 'OPLEIDING',
      certifications: 'CERTIFICATEN',
      skills: 'SKILLS',
      languages: 'TALEN',
    },
    profile: [
      'Jonge, ondernemende business developer bij een aanbieder van laadoplossingen voor elektrische auto’s. Ik ' +
        'beheer 38 zakelijke klanten in de Randstad – vastgoedbeheerders, hotels en parkeergarages – en spreek daar ' +
        'vooral met facility managers. Samen leveren mijn klanten ons € 640.000 per jaar aan terugkerende omzet uit ' +
        'laadsessies en service. Ons teamtarget voor 2026 is € 3 mln nieuwe omzet.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Business Developer',
        'ChargeGrid B.V.',
        '2025-01',
        null,
        true,
        'jan 2025 – nu',
        [
          'Eigen portefeuille van 38 B2B-klanten in de Randstad',
          'Nieuwe klanten via LinkedIn, events en installatiepartners',
          'Van eerste gesprek tot getekend contract',
        ],
        'Amsterdam',
      ),
      job(
        'Sales Development Representative',
        'ChargeGrid B.V.',
        '2023-09',
        '2024-12',
        true,
        'sept 2023 – dec 2024',
        [
          'Koude acquisitie en afspraken inplannen voor de business developers',
          'Gemiddeld 14 gekwalificeerde afspraken per maand',
        ],
        'Amsterdam',
      ),
      job(
        'Barista',
        'Koffiebar De Ponthaven',
        '2019-06',
        '2023-06',
        false,
        'juni 2019 – juni 2023',
        ['Bijbaan naast de studie, 16 uur per week'],
        'Amsterdam',
      ),
    ],
    education: [
      edu('hbo', 'HBO Bachelor International Business, Hogeschool van Amsterdam, 2019 – 2023', {
        field: 'International Business',
        institution: 'Hogeschool van Amsterdam',
        startYear: 2019,
        endYear: 2023,
      }),
      edu('vwo', 'VWO (E&M), Noorderlicht College, Amsterdam, 2013 – 2019', {
        institution: 'Noorderlicht College',
        startYear: 2013,
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [named('HubSpot Sales Software', 'HubSpot Sales Software (2024)')],
    languages: [
      lang('nl', 'native', 'Nederlands — moedertaal'),
      lang('en', 'C1', 'Engels — vloeiend (C1)'),
      lang('es', 'A2', 'Spaans — basis'),
    ],
    skills: ['Proactief', 'Communicatief sterk', 'Creatief in oplossingen', 'HubSpot, Pipedrive, Canva'],
    clientBase: { activeAccounts: 38, annualRevenueEur: 640_000, segment: 'regional_smb' },
    competencies: ['communication', 'entrepreneurship', 'initiative', 'innovation'],
  },
  {
    id: 'nl-h14-03-werk-nl-binnendienst-technische-groothandel-boventallig',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achthonderd Drie',
    nameLine: 'Kandidaat Achthonderd Drie – cv (werk.nl)',
    email: 'kandidaat.803@example.org',
    phone: '072-5614839',
    contactLines: ['Heerhugowaard', 'Beschikbaar: per direct, 32 – 40 uur per week'],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    jobLabels: { period: 'Periode', title: 'Beroep', employer: 'Werkgever', duties: 'Werkzaamheden' },
    profile: [
      'Ervaren commercieel medewerker binnendienst met 16 jaar ervaring in de technische groothandel. Ik was het ' +
        'vaste aanspreekpunt voor ongeveer 220 installateurs in Noord-Holland Noord en haalde bij hen zo’n € 3,5 ' +
        'miljoen omzet per jaar binnen. Na een reorganisatie ben ik per 1 juli 2025 boventallig geworden. Ik zoek een ' +
        'functie in de binnendienst of als accountmanager in de regio Alkmaar.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Commercieel medewerker binnendienst',
        'Technische Groothandel Kop van Noord B.V.',
        '2009-03',
        '2025-06',
        true,
        '01-03-2009 t/m 30-06-2025',
        [
          'Telefonische en e-mailorders en offertes voor sanitair, verwarming en installatiemateriaal',
          'Vast aanspreekpunt voor ca. 220 installateurs',
          'Actieprijzen afstemmen met de buitendienst',
          'Inwerken van nieuwe collega’s',
        ],
        'Heerhugowaard',
      ),
      job(
        'Medewerker orderverwerking',
        'Technische Groothandel Kop van Noord B.V.',
        '2001-05',
        '2009-02',
        false,
        '01-05-2001 t/m 28-02-2009',
        ['Invoeren van orders en leverdata, bewaken van backorders'],
        'Heerhugowaard',
      ),
      job(
        'Magazijnmedewerker',
        'Bouwmaterialenhandel Alkmaar',
        '1995-09',
        '2001-04',
        false,
        '01-09-1995 t/m 30-04-2001',
        ['Orderpicken, laden en lossen, heftruck'],
        'Alkmaar',
      ),
    ],
    education: [
      edu(
        'mbo 4',
        'MEAO Commerciële richting – Niveau: MBO – Diploma: Ja – Regio College Noord, Alkmaar, 1991 – 1995\n' +
          'HBO Bedrijfseconomie (deeltijd) – Niveau: HBO – Diploma: Nee – Hogeschool Alkmaar, 1998 – 2000',
        { field: 'Commerciële richting', institution: 'Regio College Noord', startYear: 1991, endYear: 1995 },
      ),
      edu('mavo', 'MAVO – Niveau: VMBO – Diploma: Ja – Heerhugowaard, 1987 – 1991', {
        startYear: 1987,
        endYear: 1991,
      }),
    ],
    courses: [
      named('Cursus Sanitairtechniek', 'Cursus Sanitairtechniek – Uneto-VNI (2004)'),
      named('SAP SD gebruikerstraining', 'SAP SD gebruikerstraining (2012)'),
    ],
    certifications: [named('Heftruckcertificaat', 'Heftruckcertificaat (1997)')],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B2', 'Engels'), lang('de', 'B1', 'Duits')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Spreken', 'Lezen', 'Schrijven'],
        rows: [
          ['Nederlands', 'Moedertaal', 'Moedertaal', 'Moedertaal'],
          ['Engels', 'Goed', 'Goed', 'Redelijk'],
          ['Duits', 'Redelijk', 'Redelijk', 'Matig'],
        ],
      },
    ],
    skills: ['Klantgericht werken', 'Telefonisch verkopen', 'Orderverwerking in SAP', 'Samenwerken in een team'],
    closing: [
      { kind: 'heading', text: 'Overige informatie' },
      { kind: 'paragraph', text: 'Rijbewijs B. VCA Basis behaald in 2009, verlopen in 2019.' },
    ],
    clientBase: { activeAccounts: 220, annualRevenueEur: 3_500_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'sales', 'teamwork'],
  },
  {
    id: 'nl-h14-04-accountbeheerder-sociaal-secretariaat-limburg-tabel',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achthonderd Vier',
    email: 'achthonderdvier.804@example.com',
    phone: '0486 27 41 93',
    contactLines: ['Kiewitstraat 14, 3500 Hasselt'],
    afterContact: [{ kind: 'paragraph', text: 'Geboren op 03/11/1990 te Genk – rijbewijs B' }],
    headings: {
      profile: 'Profiel',
      work: 'Professionele ervaring',
      education: 'Opleiding',
      courses: 'Bijscholing',
      skills: 'Competenties',
      languages: 'Talenkennis',
      workTable: ['Functie', 'Periode', 'Werkgever'],
    },
    workTableOrder: ['title', 'period', 'employer'],
    profile: [
      'Accountbeheerder bij een sociaal secretariaat. Ik beheer een portefeuille van 310 KMO-klanten in Limburg en ' +
        'het noorden van de provincie Luik, samen goed voor zo’n 9.400 werknemers op de loonlijst. Mijn klanten ' +
        'betalen jaarlijks ongeveer € 1,9 miljoen aan honoraria voor loonverwerking en HR-advies. Uitbreidingen en ' +
        'tarieven bespreek ik rechtstreeks met de zaakvoerders.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountbeheerder KMO', 'Sociaal Secretariaat Maasland vzw', '2021-01', null, true, 'sinds 01/2021', [
        'Opvolging en uitbreiding van 310 KMO-dossiers',
        'Verkoop van bijkomende diensten: HR-advies, welzijnsbeleid, opleidingen',
        'Jaarlijkse tariefgesprekken met de zaakvoerders',
      ]),
      job('Payroll consultant', 'Sociaal Secretariaat Maasland vzw', '2011-10', '2020-12', false, '10/2011 – 12/2020', [
        'Loonverwerking voor 60 werkgevers uit de bouw en het transport',
        'Vragen over sociaal recht en paritaire comités',
      ]),
      job('Verkoopster', 'Modehuis Lieve', '2008', '2011', true, 'zomers en zaterdagen 2008 – 2011 (studentenjob)'),
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Office Management, Hogeschool PXL, Hasselt, 2008 – 2011', {
        field: 'Office Management',
        institution: 'Hogeschool PXL',
        startYear: 2008,
        endYear: 2011,
      }),
      edu('secondary', 'ASO Economie-Moderne Talen, Sint-Jozefscollege, Hasselt, 2002 – 2008', {
        field: 'Economie-Moderne Talen',
        institution: 'Sint-Jozefscollege',
        startYear: 2002,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Sociaal recht voor gevorderden', 'Sociaal recht voor gevorderden – Syntra Limburg (2016)'),
      named('Consultatief verkopen', 'Consultatief verkopen (2021)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'A2', 'Duits: basiskennis'),
    ],
    skills: [
      'Klantgerichtheid',
      'Communicatief',
      'Stressbestendig tijdens de loonperiodes',
      'Kennis van sociale wetgeving',
    ],
    clientBase: { activeAccounts: 310, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h14-05-linkedin-pdf-key-account-diergeneesmiddelen-benelux',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Achthonderd Vijf',
    email: 'k805.vet@example.org',
    phone: '+31 6 5043 8817',
    contactLines: ['www.linkedin.example.com/in/kandidaat-805 (LinkedIn)'],
    tagline:
      'Key Account Manager Benelux bij VetPharma | Diergezondheid | Gezelschapsdieren\nDeventer, Overijssel, Nederland',
    headings: {
      contact: 'Contactgegevens',
      profile: 'Samenvatting',
      work: 'Ervaring',
      education: 'Opleiding',
      certifications: 'Certificeringen',
      skills: 'Belangrijkste vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Als Key Account Manager ben ik verantwoordelijk voor 6 praktijkketens en 40 grote zelfstandige ' +
        'dierenartspraktijken in Nederland en België. De ketens hebben samen ruim 450 klinieken. In 2025 was de omzet ' +
        'op mijn accounts € 8,4 miljoen. Ik maak de jaarafspraken met de inkoopmanagers van de ketens en met de ' +
        'praktijkeigenaren.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager Benelux',
          'VetPharma Benelux B.V.',
          '2022-01',
          null,
          true,
          'januari 2022 - heden (4 jaar 11 maanden)',
        ),
        lines: [
          'VetPharma Benelux B.V.',
          '9 jaar 3 maanden',
          'Key Account Manager Benelux',
          'januari 2022 - heden (4 jaar 11 maanden)',
          'Deventer, Overijssel, Nederland',
          '6 ketens en 40 grote praktijken in NL en BE. Jaarafspraken, kortingsstructuren en trainingen voor ' +
            'praktijkteams.',
        ],
      },
      {
        ...job(
          'Territory Manager Noord-Nederland',
          'VetPharma Benelux B.V.',
          '2017-09',
          '2021-12',
          true,
          'september 2017 - december 2021 (4 jaar 4 maanden)',
        ),
        lines: [
          'Territory Manager Noord-Nederland',
          'september 2017 - december 2021 (4 jaar 4 maanden)',
          'Groningen, Friesland, Drenthe en Overijssel',
          'Bezoek aan ca. 120 dierenartspraktijken; introductie van twee nieuwe vaccins.',
        ],
      },
      {
        ...job(
          'Dierenartsassistent',
          'Dierenkliniek De Wissel',
          '2011-08',
          '2017-08',
          false,
          'augustus 2011 - augustus 2017 (6 jaar 1 maand)',
        ),
        lines: [
          'Dierenkliniek De Wissel',
          'Dierenartsassistent',
          'augustus 2011 - augustus 2017 (6 jaar 1 maand)',
          'Zwolle',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Aeres Hogeschool Dronten\nBachelor, Dier- en Veehouderij (deeltijd) · (2013 - 2017)', {
        field: 'Dier- en Veehouderij',
        institution: 'Aeres Hogeschool Dronten',
        startYear: 2013,
        endYear: 2017,
      }),
      edu('mbo 4', 'Landstede MBO\nMBO 4, Dierenartsassistent Paraveterinair · (2008 - 2011)', {
        field: 'Dierenartsassistent Paraveterinair',
        institution: 'Landstede MBO',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [
      named('Strategisch Key Account Management', 'Strategisch Key Account Management\nNyenrode Business Universiteit'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands (Native or Bilingual)'),
      lang('en', 'C1', 'Engels (Full Professional)'),
      lang('de', 'B2', 'Duits (Professional Working)'),
      lang('fr', 'A2', 'Frans (Elementary)'),
    ],
    skills: ['Key Account Management', 'Onderhandelen', 'Diergezondheid'],
    closing: [{ kind: 'paragraph', text: 'Page 1 of 2' }],
    clientBase: { activeAccounts: 46, annualRevenueEur: 8_400_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h14-06-mailtekst-account-manager-luchtvracht-dollars',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achthonderd Zes',
    email: 'achthonderdzes806@example.com',
    phone: '+31 6 1738 2265',
    contactLines: ['Hoofddorp'],
    headings: {
      profile: 'Geachte heer, mevrouw,',
      work: 'Mijn werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Certificaat',
      skills: 'Wat ik goed kan',
      languages: 'Talen',
    },
    profile: [
      'Via Indeed zag ik uw vacature voor Key Account Manager Logistiek. Hieronder vindt u mijn cv in het kort; ' +
        'een pdf-versie stuur ik graag na.',
      'Ik ben 33 jaar, geboren in Poznań en woon sinds 2016 in Nederland. Als account manager bij een ' +
        'luchtvrachtexpediteur beheer ik 45 verladers, vooral in Noord-Brabant en Limburg (elektronica, ' +
        'machineonderdelen, farma). Zij zijn samen goed voor ongeveer USD 6 mln vrachtomzet per jaar. Mijn ' +
        'contactpersonen zijn logistiek managers en planners.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Manager', 'AirBridge Forwarding B.V.', '2022-02', null, true, 'februari 2022 – nu'),
        lines: [
          'februari 2022 – nu: Account Manager bij AirBridge Forwarding B.V. (Schiphol-Rijk)',
          '- 45 vaste verladers; tarieven en offertes voor export naar Azië en de VS',
          '- nieuwe klanten via bestaande relaties en de beurs Transport Logistic in München',
        ],
      },
      {
        ...job(
          'Customer Service Agent Export',
          'AirBridge Forwarding B.V.',
          '2019-05',
          '2022-01',
          false,
          'mei 2019 – jan. 2022',
        ),
        lines: [
          'mei 2019 – jan. 2022: Customer Service Agent Export, zelfde bedrijf',
          '- boekingen, documenten (AWB) en contact met airlines en klanten',
        ],
      },
      {
        ...job('Magazijnmedewerker', 'Cargo Handling Schiphol', '2016-09', '2019-04', false, '09/2016 – 04/2019'),
        lines: ['09/2016 – 04/2019: Magazijnmedewerker (via uitzendbureau), Cargo Handling Schiphol'],
      },
    ],
    education: [
      edu('bachelor', 'Licencjat (bachelor) Logistiek, Uniwersytet Ekonomiczny w Poznaniu, 2012 – 2015', {
        field: 'Logistiek',
        institution: 'Uniwersytet Ekonomiczny w Poznaniu',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [named('Luchtvrachtbeveiliging', 'Luchtvrachtbeveiliging – basistraining (2019)')],
    certifications: [named('IATA DGR categorie 6', 'IATA DGR categorie 6 (2020, hercertificering 2024)')],
    languages: [
      lang('pl', 'native', 'Pools'),
      lang('nl', 'B2', 'Nederlands'),
      lang('en', 'C1', 'Engels'),
      lang('de', 'B1', 'Duits'),
    ],
    languagesText: [
      'Pools is mijn moedertaal. Nederlands spreek en schrijf ik goed (Staatsexamen NT2, programma II, 2018), ' +
        'Engels vloeiend en Duits redelijk.',
    ],
    skills: ['Klantgericht en stressbestendig', 'Tarieven berekenen en offertes maken', 'CargoWise, Excel'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Ik hoop u hiermee voldoende te hebben geïnformeerd en hoor graag of er ruimte is voor een gesprek.',
      },
      { kind: 'paragraph', text: 'Met vriendelijke groet,\nKandidaat Achthonderd Zes' },
    ],
    clientBase: { activeAccounts: 45, segment: 'regional_smb' },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h14-07-key-account-export-pralines-waasland-lang',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achthonderd Zeven',
    email: 'kandidaat807@example.net',
    phone: '+32 476 38 90 12',
    contactLines: ['Sint-Niklaas', 'Rijbewijs B'],
    tagline: 'Key Account Manager Export – premium chocolade',
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleidingen',
      courses: 'Bijkomende opleidingen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Ruim twintig jaar commerciële ervaring in de Belgische chocoladesector. Vandaag beheer ik 14 key accounts – ' +
        'warenhuizen, travel retail en premium supermarkten – in negen landen. In 2025 realiseerde ik op die accounts ' +
        '€ 7,9 miljoen omzet, waarvan GBP 2,2 miljoen (ca. € 2,6 miljoen) in het Verenigd Koninkrijk. Ik onderhandel ' +
        'met buyers en category managers die beslissen over listings en promoties. Tactvol, maar assertief wanneer ' +
        'het moet.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager Export',
        'Chocolaterie Waasland NV',
        '2016-02',
        null,
        true,
        'februari 2016 – heden',
        [
          '14 key accounts in het VK, Duitsland, Frankrijk, Scandinavië, de Golfstaten en Japan',
          'Jaarlijkse onderhandelingen over assortiment, prijzen en promotiekalenders',
          'Omzet op mijn accounts van € 5,1 mln (2016) naar € 7,9 mln (2025)',
          'Introductie van een vegan lijn bij twee Britse warenhuizen',
          'Beursdeelname aan ISM Keulen en Sirha Lyon (beursbudget € 250.000)',
          'Eindejaarscollecties en private label in samenwerking met marketing en productie',
          'Opvolging van debiteuren en afstemming met supply chain over levertermijnen',
          'Coachen van een junior export assistant',
        ],
        'Sint-Niklaas',
      ),
      job(
        'Area Sales Manager Benelux',
        'Chocolaterie Waasland NV',
        '2009-09',
        '2015-06',
        true,
        'sept. 2009 – juni 2015',
        [
          'Supermarktketens en speciaalzaken in België, Nederland en Luxemburg',
          'Leiding over 3 merchandisers',
          'Jaarplannen per keten, listings en promoties',
          'Introductie van de pralinelijn in 220 Nederlandse supermarkten',
        ],
        'Sint-Niklaas',
      ),
      job(
        'Export Sales Executive',
        'Biscuiterie De Leie',
        '2004-10',
        '2009-08',
        true,
        'okt 2004 – aug 2009',
        [
          'Distributeurs in Frankrijk, Spanje en Italië',
          'Offertes, prijslijsten en beurzen',
          'Eerste contracten in Zuid-Korea en Taiwan',
        ],
        'Deinze',
      ),
      job(
        'Stagiair Export',
        'Biscuiterie De Leie',
        '2004-02',
        '2004-06',
        false,
        'feb. – juni 2004',
        ['Masterproefstage: marktonderzoek Spanje'],
        'Deinze',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Loopbaanonderbreking (tijdskrediet) | juli 2015 – januari 2016 | zorg voor mijn vader',
      },
    ],
    education: [
      edu('master', 'Master Toegepaste Economische Wetenschappen, Universiteit Antwerpen, 2000 – 2004', {
        field: 'Toegepaste Economische Wetenschappen',
        institution: 'Universiteit Antwerpen',
        startYear: 2000,
        endYear: 2004,
      }),
      edu('secondary', 'ASO Latijn-Wiskunde, Sint-Jozef-Klein-Seminarie, Sint-Niklaas, 1994 – 2000', {
        field: 'Latijn-Wiskunde',
        institution: 'Sint-Jozef-Klein-Seminarie',
        startYear: 1994,
        endYear: 2000,
      }),
    ],
    courses: [
      named('Key Account Management', 'Key Account Management – Vlerick Business School (2017)'),
      named('Onderhandelen met retailers', 'Onderhandelen met retailers – Gondola Academy (2012)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – zeer goed'),
      lang('fr', 'C1', 'Frans – zeer goed'),
      lang('de', 'B2', 'Duits – goed'),
      lang('es', 'A2', 'Spaans – basis'),
    ],
    skills: ['Tactvol en assertief', 'Interculturele communicatie', 'Commercieel inzicht', 'SAP, Excel, Nielsen'],
    clientBase: { activeAccounts: 14, annualRevenueEur: 7_900_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'sales', 'tact_assertiveness', 'teamwork'],
  },
  {
    id: 'nl-h14-08-kort-cv-vertegenwoordiger-automaterialen-jaartallen',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achthonderd Acht',
    email: 'k808@example.org',
    phone: '0413 - 24 58 71',
    contactLines: ['Veghel'],
    headings: {
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursus',
      skills: 'Verder',
      languages: 'Talen',
      workTable: ['Werkgever', 'Jaren', 'Functie'],
    },
    workTableOrder: ['employer', 'period', 'title'],
    profile: [],
    jobStyle: 'table',
    jobs: [
      job('Vertegenwoordiger', 'Autoparts Brabant B.V.', '2008', null, true, '2008 – heden'),
      job('Verkoper binnendienst', 'Van Dijk Automaterialen', '1999', '2008', true, '1999 – 2008'),
      job('Magazijnchef', 'Van Dijk Automaterialen', '1995', '1999', false, '1995 – 1999'),
      job('Automonteur', 'Garage Kuijpers', '1991', '1995', false, '1991 – 1995'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Militaire dienst 1990 – 1991 (dienstplichtig, Oirschot)' }],
    education: [
      edu('mbo 4', 'MTS Autotechniek, Eindhoven, 1986 – 1990', {
        field: 'Autotechniek',
        startYear: 1986,
        endYear: 1990,
      }),
      edu('lower secondary', 'LTS Motorvoertuigentechniek, Veghel, 1982 – 1986', {
        field: 'Motorvoertuigentechniek',
        startYear: 1982,
        endYear: 1986,
      }),
    ],
    courses: [named('Verkooptraining buitendienst', 'Verkooptraining buitendienst (2008)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('de', 'B1', 'Duits – redelijk'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Technische kennis auto-onderdelen', 'Zelfstandig', 'Rijbewijs BE'],
    clientBase: null,
    competencies: [],
  },
  {
    id: 'nl-h14-09-nationale-vacaturebank-sales-executive-vakantieparken',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achthonderd Negen',
    email: 'achthonderdnegen.809@example.net',
    phone: '06 3390 1547',
    contactLines: ['Ermelo', 'Gewenste functie: Sales Executive / Accountmanager recreatie'],
    headings: {
      profile: 'Samenvatting',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Commercieel ingestelde hospitality professional met acht jaar ervaring in de recreatiesector. Als Sales ' +
        'Executive Groepen verkoop ik verblijven en arrangementen aan bedrijven, scholen en verenigingen uit ' +
        'Nederland, België en Duitsland. Ik onderhoud ruim 120 vaste groepsklanten, die in 2025 samen voor € 1,4 mln ' +
        'boekten. Het park telt 450 bungalows en draait zo’n € 22 mln omzet.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Sales Executive Groepen', 'Veluwe Vakantieparken B.V.', '2022-04', null, true, 'april 2022 - heden', [
          'Offertes en arrangementen voor groepen van 20 tot 400 personen',
          'Beurzen en sales calls bij bedrijven en scholen',
          'Omzetverantwoordelijk voor de groepsmarkt',
        ]),
        lines: ['Sales Executive Groepen – Veluwe Vakantieparken B.V. (Ermelo) | april 2022 - heden'],
      },
      {
        ...job(
          'Reserveringsmedewerker',
          'Veluwe Vakantieparken B.V.',
          '2019-11',
          '2022-03',
          false,
          'november 2019 - maart 2022',
          ['Telefonische en online reserveringen, wijzigingen en annuleringen'],
        ),
        lines: ['Reserveringsmedewerker – Veluwe Vakantieparken B.V. (Ermelo) | november 2019 - maart 2022'],
      },
      {
        ...job(
          'Front Office Medewerker',
          'Hotel De Hoge Veluwe',
          '2017-07',
          '2019-10',
          false,
          'juli 2017 - oktober 2019',
          ['Check-in en check-out, kassa en vragen van gasten'],
        ),
        lines: ['Front Office Medewerker – Hotel De Hoge Veluwe (Arnhem) | juli 2017 - oktober 2019'],
      },
      {
        ...job(
          'animatiemedewerker',
          'Camping De Zandkuil',
          '2014',
          '2016',
          false,
          'in de zomers van 2014 tot en met 2016',
        ),
        lines: [
          'Tijdens mijn opleiding werkte ik in de zomers van 2014 tot en met 2016 als animatiemedewerker op ' +
            'Camping De Zandkuil in Renesse',
        ],
      },
    ],
    education: [
      edu(
        'mbo 4',
        'MBO 4 Leisure & Hospitality, ROC Veluwe, Apeldoorn, 2013 – 2017\n' +
          'HBO Hotelmanagement (deeltijd), 2018 – 2019, niet afgerond',
        { field: 'Leisure & Hospitality', institution: 'ROC Veluwe', startYear: 2013, endYear: 2017 },
      ),
      edu('vmbo', 'VMBO-TL, Noorderveld College, Ermelo, 2009 – 2013', {
        institution: 'Noorderveld College',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('Sociale Hygiëne', 'Sociale Hygiëne (SVH, 2018)'), named('BHV', 'BHV (herhaling 2025)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: vloeiend'),
      lang('de', 'B2', 'Duits: goed'),
    ],
    skills: ['Gastvrij en klantgericht', 'Oog voor detail', 'Reserveringssystemen: Maxxton, Recras', 'MS Office'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 1_400_000, segment: 'international' },
    competencies: ['customer_focus', 'sales'],
  },
  {
    id: 'nl-h14-10-marketing-manager-juridische-software-verlof-geen-klanten',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Achthonderd Tien',
    email: 'k.achthonderdtien810@example.com',
    phone: '+31 (0)6 2281 6604',
    contactLines: ['Nijmegen'],
    tagline: 'Marketing Manager B2B',
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
      'B2B-marketeer bij een softwarebedrijf voor advocatenkantoren en notarissen. Ik leid een team van vier en ' +
        'beheer een marketingbudget van € 450.000 per jaar. Mijn campagnes leverden in 2025 een pipeline van € 3 mln ' +
        'op voor het salesteam. Zelf heb ik geen klantportefeuille; ik werk nauw samen met de accountmanagers en ' +
        'customer success. Analytisch en creatief.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Marketing Manager',
        'LexSoft B.V.',
        '2022-03',
        null,
        false,
        'maart 2022 – heden',
        [
          'Leiding aan een team van 4 (content, online, events)',
          'Jaarplan en budget (€ 450k)',
          'Account-based marketing voor de 200 grootste kantoren',
          'Rapportage aan de commercieel directeur',
        ],
        'Nijmegen',
      ),
      job(
        'Online Marketeer',
        'LexSoft B.V.',
        '2018-01',
        '2022-02',
        false,
        '01/2018 – 02/2022',
        [
          'SEA, SEO en marketing automation (HubSpot)',
          'Webinars en whitepapers over digitalisering in de advocatuur',
          'Zwangerschaps- en ouderschapsverlof van oktober 2020 tot en met maart 2021',
        ],
        'Nijmegen',
      ),
      job(
        'Marketing Assistant',
        'Reisbureau Zon & Zee',
        '2016-02',
        '2017-12',
        false,
        'feb 2016 – dec 2017',
        ['Nieuwsbrieven, social media en brochures'],
        'Arnhem',
      ),
    ],
    education: [
      edu('master', 'Master Communicatiewetenschap, Radboud Universiteit, Nijmegen, 2014 – 2015', {
        field: 'Communicatiewetenschap',
        institution: 'Radboud Universiteit',
        startYear: 2014,
        endYear: 2015,
      }),
      edu('wo bachelor', 'Bachelor Communicatiewetenschap, Radboud Universiteit, Nijmegen, 2011 – 2014', {
        field: 'Communicatiewetenschap',
        institution: 'Radboud Universiteit',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [
      named('Google Analytics Certification', 'Google Analytics Certification (2024)'),
      named('HubSpot Marketing Software', 'HubSpot Marketing Software (2023)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – C1'),
      lang('de', 'B1', 'Duits – B1'),
    ],
    skills: ['Analytisch', 'Creatief', 'Samenwerken', 'HubSpot, Google Ads, Power BI'],
    closing: [{ kind: 'paragraph', text: 'In opleiding: NIMA Marketing B (examen gepland in juni 2027).' }],
    clientBase: null,
    competencies: ['analytical', 'innovation', 'teamwork'],
  },
  {
    id: 'nl-h14-11-technisch-vertegenwoordiger-aandrijftechniek-vlaanderen-tabel',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achthonderd Elf',
    email: 'kandidaat.achthonderdelf811@example.org',
    phone: '0497 63 21 08',
    contactLines: ['Deinze'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Studies',
      courses: 'Opleidingen',
      certifications: 'Attesten',
      skills: 'Sterktes',
      languages: 'Talen',
      workTable: ['Periode', 'Functie', 'Werkgever'],
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Technisch-commercieel vertegenwoordiger in aandrijftechniek: lagers, riemen, kettingen en reductoren. Ik ' +
        'volg ongeveer 150 industriële klanten op in Oost- en West-Vlaanderen (voeding, papier, metaal) en realiseer ' +
        'daar € 3,6 mio omzet per jaar. Mijn gesprekspartners zijn de onderhoudsverantwoordelijken en de aankopers ' +
        'die de bestellingen plaatsen.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Technisch-commercieel vertegenwoordiger',
        'Aandrijftechniek Vlaanderen bv',
        '2018-03',
        null,
        true,
        'sinds 03/2018',
        [
          'Bezoek aan onderhoudsdiensten, stilstandanalyses en verbetervoorstellen',
          'Raamcontracten met vijf grote voedingsbedrijven',
          'Opleiding van technici bij klanten',
        ],
      ),
      job('Binnendienst verkoop', 'Aandrijftechniek Vlaanderen bv', '2014', '2018-02', true, '2014 - feb. 2018', [
        'Offertes, telefonische bestellingen en technisch advies aan de toonbank',
      ]),
      job('Onderhoudstechnieker', 'Papierfabriek Leiedal nv', '2009-09', '2013-12', false, '09/2009 – 12/2013', [
        'Preventief onderhoud en herstellingen in ploegendienst',
      ]),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Vrijwillig brandweerman bij Brandweerzone Centrum, post Deinze (sinds 2012)' },
    ],
    education: [
      edu('short-cycle tertiary', 'Graduaat Elektromechanica (avondonderwijs), CVO Gent, 2011 – 2014', {
        field: 'Elektromechanica',
        institution: 'CVO Gent',
        startYear: 2011,
        endYear: 2014,
      }),
      edu('secondary', 'TSO Elektromechanica, VTI Deinze, 2003 – 2009', {
        field: 'Elektromechanica',
        institution: 'VTI Deinze',
        startYear: 2003,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Trillingsanalyse niveau 1', 'Trillingsanalyse niveau 1 (2019)'),
      named('Verkooptechnieken voor technici', 'Verkooptechnieken voor technici – Syntra (2018)'),
    ],
    certifications: [named('VCA-VOL', 'VCA-VOL (2024)'), named('BA4', 'BA4 – gewaarschuwd persoon (2010)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Technisch onderlegd', 'Klantgericht', 'Zelfstandig en proactief', 'SAP, CRM (Teamleader)'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 3_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'initiative'],
  },
  {
    id: 'nl-h14-12-europass-accountmanager-bedrijfsafval-syrische-ingenieur',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Achthonderd Twaalf',
    email: 'achthonderdtwaalf-812@example.com',
    phone: '(+31) 6 4418 2093',
    contactLines: ['Amersfoort, Nederland', 'Nationaliteit: Nederlandse, Syrische'],
    headings: {
      contact: 'CONTACT',
      profile: 'OVER MIJZELF',
      work: 'WERKERVARING',
      education: 'ONDERWIJS EN OPLEIDING',
      courses: 'CURSUSSEN',
      skills: 'DIGITALE VAARDIGHEDEN',
      languages: 'TAALVAARDIGHEDEN',
    },
    profile: [
      'Ik ben civiel ingenieur uit Homs en woon sinds 2015 in Nederland. Sinds 2022 werk ik als accountmanager ' +
        'bij een afvalinzamelaar. Ik beheer ruim 400 mkb-klanten in de provincie Utrecht en de Gelderse Vallei: ' +
        'garages, winkels, restaurants en bouwbedrijven. De jaarlijkse contractwaarde van mijn klanten is € 2,2 mln. ' +
        'Ik spreek meestal met de ondernemers zelf. Onze vestiging verwerkt 180.000 ton afval per jaar.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'ACCOUNTMANAGER BEDRIJFSAFVAL',
          'Afvalservice Midden B.V.',
          '2022-04',
          null,
          true,
          '[ 01/04/2022 – Huidig ]',
        ),
        lines: [
          '[ 01/04/2022 – Huidig ]',
          'ACCOUNTMANAGER BEDRIJFSAFVAL',
          'Afvalservice Midden B.V.',
          'Plaats: Amersfoort | Land: Nederland',
          'Eigen portefeuille van ruim 400 mkb-klanten; contractverlengingen, extra containers en scheidingsadvies; ' +
            'koude acquisitie op bedrijventerreinen.',
        ],
      },
      {
        ...job(
          'KLANTENSERVICEMEDEWERKER',
          'Afvalservice Midden B.V.',
          '2019-09',
          '2022-03',
          false,
          '[ 02/09/2019 – 31/03/2022 ]',
        ),
        lines: [
          '[ 02/09/2019 – 31/03/2022 ]',
          'KLANTENSERVICEMEDEWERKER',
          'Afvalservice Midden B.V.',
          'Plaats: Amersfoort | Land: Nederland',
          'Vragen over ledigingen, facturen en containers; planning van extra ritten.',
        ],
      },
      {
        ...job('LOCATIE-INGENIEUR', 'Al-Wadi Contracting', '2009-10', '2014-12', false, '[ 10/2009 – 12/2014 ]'),
        lines: [
          '[ 01/2016 – 06/2018 ]',
          'INBURGERING EN NEDERLANDSE TAAL',
          'Taalschool Eemland',
          'Plaats: Amersfoort | Land: Nederland',
          'Inburgeringsexamen en Staatsexamen NT2, programma II.',
          '[ 10/2009 – 12/2014 ]',
          'LOCATIE-INGENIEUR',
          'Al-Wadi Contracting',
          'Plaats: Homs | Land: Syrië',
          'Toezicht op de bouw van woningen en scholen; planning en inkoop van materialen.',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        '[ 2004 – 2009 ] BACHELOR CIVIELE TECHNIEK – Al-Baath University, Homs, Syrië\n' +
          'EQF-niveau 6 | Diplomawaardering Nuffic: hbo-bachelor',
        { field: 'CIVIELE TECHNIEK', institution: 'Al-Baath University', startYear: 2004, endYear: 2009 },
      ),
    ],
    courses: [named('Basiscursus Accountmanagement', 'Basiscursus Accountmanagement – NCOI (2022)')],
    certifications: [],
    languages: [lang('ar', 'native', 'ARABISCH'), lang('nl', 'B2', 'NEDERLANDS'), lang('en', 'C1', 'ENGELS')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal/-talen: ARABISCH' },
      { kind: 'paragraph', text: 'Andere talen:' },
      {
        kind: 'table',
        header: ['', 'Luisteren', 'Lezen', 'Productie', 'Interactie', 'Schrijven'],
        rows: [
          ['NEDERLANDS', 'B2', 'B2', 'B2', 'B1', 'B2'],
          ['ENGELS', 'C1', 'C1', 'B2', 'B2', 'C1'],
        ],
      },
    ],
    skills: ['Microsoft Office', 'AutoCAD', 'CRM (Salesforce)'],
    closing: [
      { kind: 'heading', text: 'COMMUNICATIE- EN INTERPERSOONLIJKE VAARDIGHEDEN' },
      {
        kind: 'paragraph',
        text: 'Ik ben geduldig en klantgericht, en kan goed uitleggen waarom afval scheiden loont.',
      },
      { kind: 'heading', text: 'RIJBEWIJS' },
      { kind: 'paragraph', text: 'Rijbewijs: B' },
    ],
    clientBase: { activeAccounts: 400, annualRevenueEur: 2_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h14-13-relationship-manager-zorgondernemers-bank-engelse-titels',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achthonderd Dertien',
    email: 'k813.achthonderddertien@example.org',
    phone: '06 - 5182 3390',
    contactLines: ['Leiden', 'linkedin.example.com/in/kandidaat813'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Relationship manager bij een grootbank, gespecialiseerd in de zorg. Ik beheer 130 zorgondernemers in ' +
        'Zuid-Holland – huisartsen, tandartsen, fysiotherapeuten en apotheken – met een kredietportefeuille van € 70 ' +
        'mln. Voor een deel van hen beheert onze private bank daarnaast ca. € 25 mln belegd vermogen. Op mijn ' +
        'portefeuille verdient de bank jaarlijks ongeveer € 1,1 mln aan rente en provisie. Praktijkovernames en ' +
        'financieringen bespreek ik met de praktijkhouders zelf.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Relationship Manager Healthcare',
        'Nederlandsche Handelsbank N.V.',
        '2020-06',
        null,
        true,
        'jun. 2020 – heden',
        [
          '130 zorgondernemers: financiering bij praktijkovername, verbouwing en apparatuur',
          'Cross-selling van betaal-, spaar- en verzekeringsproducten',
          'Jaarlijkse reviews met de praktijkhouders',
        ],
        'Den Haag',
      ),
      job(
        'Credit Analyst',
        'Nederlandsche Handelsbank N.V.',
        '2016-09',
        '2020-05',
        false,
        '09/2016 – 05/2020',
        ['Kredietvoorstellen voor mkb en zorg tot € 5 mln'],
        'Rotterdam',
      ),
      job(
        'Graduate Trainee',
        'Nederlandsche Handelsbank N.V.',
        '2015-09',
        '2016-08',
        false,
        'sept. 2015 – aug. 2016',
        ['Traineeship langs risk, kredieten en de afdeling zakelijk relatiebeheer'],
        'Amsterdam',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenfuncties' },
      {
        kind: 'bullets',
        items: [
          'Penningmeester Tennisvereniging De Kruisberg (sinds 2019)',
          'Bestuurslid Stichting Vrienden van het Hospice Leiden (2021 – 2024)',
        ],
      },
    ],
    education: [
      edu('msc', 'MSc Finance, Vrije Universiteit Amsterdam, 2014 – 2015', {
        field: 'Finance',
        institution: 'Vrije Universiteit Amsterdam',
        startYear: 2014,
        endYear: 2015,
      }),
      edu('bsc', 'BSc Economie en Bedrijfseconomie, Vrije Universiteit Amsterdam, 2011 – 2014', {
        field: 'Economie en Bedrijfseconomie',
        institution: 'Vrije Universiteit Amsterdam',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Basis', 'Wft Basis (2016)'),
      named('Wft Consumptief Krediet', 'Wft Consumptief Krediet (2020)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'C1', 'Engels (vloeiend)'),
      lang('fr', 'B1', 'Frans (redelijk)'),
    ],
    skills: ['Relatiebeheer', 'Financieel inzicht', 'Kredietanalyse', 'Excel, Salesforce'],
    closing: [
      { kind: 'heading', text: 'Overig' },
      { kind: 'paragraph', text: 'Ingeschreven voor CFA Level I (examen mei 2027). Rijbewijs B.' },
    ],
    clientBase: { activeAccounts: 130, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'nl-h14-14-kort-getypt-verkoopadviseur-badkamers-particulieren',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achthonderd Veertien',
    email: 'achthonderdveertien814@example.net',
    phone: '06 12 48 93 07',
    contactLines: ['Zwolle'],
    headings: {
      profile: 'Over mij',
      work: 'Werk',
      education: 'School',
      skills: 'Goed in',
      languages: 'Talen',
    },
    profile: [
      '23 jaar, woon in Zwolle. Werk nu als verkoopadviseur in een badkamershowroom en wil graag door naar de ' +
        'buitendienst.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Verkoopadviseur badkamers', 'Sanitair Centrum IJsselland', '2023-08', null, true, 'aug 2023 - nu', [
          'klanten adviseren in de showroom en tekeningen maken',
          'gemiddeld 2 complete badkamers per week verkocht',
          'showroom omzet ca 1,2 mln per jaar',
        ]),
        lines: ['aug 2023 - nu | Verkoopadviseur badkamers | Sanitair Centrum IJsselland, Zwolle'],
      },
      {
        ...job('Verkoopmedewerker', 'Warenhuis De Diezerpoort', '2019', '2023-07', true, '2019 - juli 2023', [
          'kassa, vakken vullen en verkoop op de afdeling wonen',
        ]),
        lines: ['2019 - juli 2023 | Verkoopmedewerker (parttime) | Warenhuis De Diezerpoort, Zwolle'],
      },
      {
        ...job('Vakkenvuller', 'Buurtsuper Stadshagen', '2017', '2019', false, '2017 - 2019'),
        lines: ['2017 - 2019 | Vakkenvuller (bijbaan) | Buurtsuper Stadshagen'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Ondernemer Retail, Deltion College, 2019 - 2023', {
        field: 'Ondernemer Retail',
        institution: 'Deltion College',
        startYear: 2019,
        endYear: 2023,
      }),
      edu('vmbo', 'VMBO kader, Stadshagen College, 2015 - 2019', {
        institution: 'Stadshagen College',
        startYear: 2015,
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('en', 'B2', 'Engels goed'),
      lang('de', 'A2', 'Duits een beetje'),
    ],
    skills: ['Verkopen en adviseren', 'Klanten op hun gemak stellen', 'Tekenen in 3D (Viewport)'],
    clientBase: null,
    competencies: ['sales'],
  },
  {
    id: 'nl-h14-15-stepstone-account-manager-buitenreclame-rotterdam',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achthonderd Vijftien',
    email: 'kandidaat815@example.com',
    phone: '010 - 447 91 26',
    contactLines: ['Rotterdam'],
    headings: {
      profile: 'Persoonlijk profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    jobLabels: { period: 'Periode', title: 'Functietitel', employer: 'Bedrijf', duties: 'Omschrijving' },
    profile: [
      'Account manager bij een exploitant van buitenreclame: billboards, abri’s en digitale schermen op stations. ' +
        'Ik beheer 45 adverteerders uit heel Nederland, deels via hun mediabureau; zij besteedden in 2025 samen € 3,3 ' +
        'mln bij ons. Mijn contactpersonen zijn marketingmanagers en mediaplanners. Ons netwerk telt 2.400 schermen. ' +
        'Overtuigend, maar altijd met een plan dat klopt.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Account Manager',
        'Straatbeeld Media B.V.',
        '2021-04',
        null,
        true,
        '04-2021 – heden',
        [
          'Eigen portefeuille van 45 adverteerders (retail, telecom, food)',
          'Campagnevoorstellen en jaardeals met marketingmanagers en mediabureaus',
          'Upsell naar digitale schermen: van 20% naar 45% van mijn omzet',
        ],
        'Rotterdam',
      ),
      job(
        'Media Planner',
        'Mediabureau Maasstad',
        '2017-09',
        '2021-03',
        false,
        '09-2017 – 03-2021',
        ['Mediaplannen en inkoop voor retail- en foodklanten'],
        'Rotterdam',
      ),
      job(
        'Sales Intern',
        'Straatbeeld Media B.V.',
        '2017-02',
        '2017-06',
        false,
        '02-2017 – 06-2017',
        ['Afstudeerstage: marktonderzoek naar digitale buitenreclame'],
        'Rotterdam',
      ),
    ],
    education: [
      edu('hbo', 'HBO Communicatie, Hogeschool Rotterdam, 2013 – 2017', {
        field: 'Communicatie',
        institution: 'Hogeschool Rotterdam',
        startYear: 2013,
        endYear: 2017,
      }),
      edu('havo', 'HAVO, Maaspoort College, Rotterdam, 2008 – 2013', {
        institution: 'Maaspoort College',
        startYear: 2008,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('pt', 'B2', 'Portugees – goed'),
    ],
    skills: ['Overtuigend', 'Netwerken', 'Media-inkoop en planning', 'Excel, Salesforce'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 3_300_000, segment: 'national' },
    competencies: ['persuasiveness', 'relationship_building'],
  },
  {
    id: 'nl-h14-16-senior-accountmanager-transportverzekeringen-35-jaar',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achthonderd Zestien',
    email: 'achthonderdzestien.816@example.net',
    phone: '06-53 21 77 40',
    contactLines: ['Capelle aan den IJssel', 'Geboortejaar: 1967'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Diploma’s en certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Senior accountmanager transport- en goederenverzekeringen met 35 jaar ervaring in de verzekeringsbranche, ' +
        'waarvan twintig jaar commercieel. Mijn boek bestaat uit 42 assurantiemakelaars in Nederland en België, die ' +
        'samen ruim € 18 mln premie per jaar bij ons plaatsen. Mijn gesprekspartners zijn de directeuren-eigenaren ' +
        'van de makelaarskantoren. De totale premie van onze maatschappij is € 240 mln.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Senior Accountmanager Marine & Transport',
        'Maasdelta Verzekeringen N.V.',
        '2015-01',
        null,
        true,
        'januari 2015 – heden',
        [
          'Boek van 42 makelaars in Nederland en België',
          'Jaarlijkse prolongatiegesprekken en portefeuilleanalyses met de makelaars',
          'Grote risico’s: begeleiding van de acceptatie bij vloot- en ladingpolissen',
          'Coachen van twee junior accountmanagers',
        ],
        'Rotterdam',
      ),
      job('Accountmanager Transport', 'Maasdelta Verzekeringen N.V.', '2005', '2014', true, '2005 – 2014', [
        'Makelaars in de regio Rotterdam en Zeeland',
      ]),
      job('Acceptant Transport', 'Rijnmond Assuradeuren', '1996-04', '2004-12', false, 'apr. 1996 – dec. 2004', [
        'Acceptatie van CMR- en ladingverzekeringen',
      ]),
      job('Schadebehandelaar', 'Rijnmond Assuradeuren', '1991-09', '1996-03', false, '09/1991 – 03/1996', [
        'Transportschade, expertise en regres',
      ]),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Militaire dienst: 1986 – 1987, Koninklijke Landmacht (dienstplichtig soldaat)' },
    ],
    education: [
      edu('hbo', 'HEAO Commerciële Economie, Hogeschool Rotterdam & Omstreken, 1987 – 1991', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool Rotterdam & Omstreken',
        startYear: 1987,
        endYear: 1991,
      }),
      edu('havo', 'HAVO, Comenius College, Capelle aan den IJssel, 1980 – 1986', {
        institution: 'Comenius College',
        startYear: 1980,
        endYear: 1986,
      }),
    ],
    courses: [
      named('Marine Cargo Insurance', 'Marine Cargo Insurance – Chartered Insurance Institute (2010)'),
      named('Onderhandelen met makelaars', 'Onderhandelen met makelaars (2012)'),
    ],
    certifications: [
      named('Assurantie B', 'Assurantie B (1993)'),
      named('Wft Schadeverzekeringen Zakelijk', 'Wft Schadeverzekeringen Zakelijk (2008, PE actueel)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B2', 'Duits – goed'),
      lang('fr', 'B1', 'Frans – redelijk'),
    ],
    skills: [
      'Relatiebeheer',
      'Coachend leidinggeven aan junioren',
      'Kennis van ladingrisico’s en CMR',
      'Stressbestendig bij grote schades',
    ],
    clientBase: { activeAccounts: 42, annualRevenueEur: 18_000_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'nl-h14-17-proza-werkgeversdienstverlening-gemeente-na-uitzendbranche',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achthonderd Zeventien',
    email: 'kandidaat-817@example.org',
    phone: '023 - 531 88 40',
    contactLines: ['Haarlem'],
    headings: {
      profile: 'Wie ben ik',
      work: 'Mijn loopbaan',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Ik verbind werkgevers en werkzoekenden. Bij de gemeente help ik bedrijven aan personeel uit de bijstand; ' +
        'daarvoor werkte ik in de uitzendbranche, eerst als intercedent en daarna als accountmanager. Nu wil ik terug ' +
        'naar een commerciële rol.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('verkoopmedewerker', 'Sporthuis Spaarnestad', '2008', '2011', true, 'van 2008 tot 2011'),
        lines: [
          'Naast mijn studie werkte ik van 2008 tot 2011 als verkoopmedewerker bij Sporthuis Spaarnestad in Haarlem.',
        ],
      },
      {
        ...job(
          'intercedent',
          'Flexkracht Uitzendbureau',
          '2011-09',
          '2015-03',
          false,
          'van september 2011 tot en met maart 2015',
        ),
        lines: [
          'Na mijn afstuderen was ik van september 2011 tot en met maart 2015 intercedent bij Flexkracht ' +
            'Uitzendbureau, vestiging Haarlem: ik plaatste uitzendkrachten in logistiek en productie.',
        ],
      },
      {
        ...job(
          'accountmanager',
          'Flexkracht Uitzendbureau',
          '2015-04',
          '2020-08',
          true,
          'van april 2015 tot eind augustus 2020',
        ),
        lines: [
          'Daarna was ik er accountmanager, van april 2015 tot eind augustus 2020. Ik bezocht productiebedrijven en ' +
            'logistieke dienstverleners in Zuid-Kennemerland en de IJmond, maakte tariefafspraken en haalde nieuwe ' +
            'opdrachtgevers binnen.',
          'In 2018 nam ik drie maanden ouderschapsverlof op na de geboorte van mijn zoon.',
        ],
      },
      {
        ...job(
          'accountmanager werkgeversdienstverlening',
          'Werkgeversservicepunt Kennemerland',
          '2020-09',
          null,
          false,
          'Sinds 1 september 2020',
        ),
        lines: [
          'Sinds 1 september 2020 ben ik accountmanager werkgeversdienstverlening bij het Werkgeversservicepunt ' +
            'Kennemerland, dat door vier gemeenten samen is opgezet. Ik onderhoud contact met ongeveer 90 werkgevers, ' +
            'zoek met hen naar passende kandidaten uit de bijstand en regel loonkostensubsidie en jobcoaching. Er wordt ' +
            'niets verkocht: onze dienstverlening is gratis.',
        ],
      },
    ],
    education: [
      edu('hbo', 'HBO Human Resource Management, Hogeschool Inholland, Haarlem, 2007 – 2011', {
        field: 'Human Resource Management',
        institution: 'Hogeschool Inholland',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('havo', 'HAVO, Spaarnecollege, Haarlem, 2002 – 2007', {
        institution: 'Spaarnecollege',
        startYear: 2002,
        endYear: 2007,
      }),
    ],
    courses: [
      named('Participatiewet en loonkostensubsidie', 'Participatiewet en loonkostensubsidie (Divosa, 2021)'),
      named(
        'Accountmanagement voor werkgeversdienstverleners',
        'Accountmanagement voor werkgeversdienstverleners (2022)',
      ),
    ],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B2', 'Engels')],
    languagesText: ['Nederlands is mijn moedertaal, Engels spreek ik goed.'],
    skills: ['Netwerken', 'Communicatief vaardig', 'Oplossingsgericht', 'Samenwerken met ketenpartners'],
    clientBase: null,
    competencies: ['communication', 'relationship_building', 'teamwork'],
  },
  {
    id: 'nl-h14-18-area-sales-manager-groentezaden-spanje-kwartalen',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achthonderd Achttien',
    email: 'achthonderdachttien818@example.com',
    phone: '+34 612 489 073',
    contactLines: ['Almería (Spanje)', '+31 6 2790 1148 (NL)'],
    tagline: 'Area Sales Manager Zuid-Europa – groentezaden',
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Trainingen',
      certifications: 'Certificaat',
      skills: 'Skills',
      languages: 'Talen',
    },
    profile: [
      'Nederlandse tuinbouwkundige, sinds 2014 woonachtig in Almería. Ik verkoop tomaten- en paprikazaden aan ' +
        'telers en distributeurs in Spanje en Portugal: ca. 60 telers en 8 distributeurs, samen € 9,2 mln omzet in ' +
        '2025. Bij de telers beslist de eigenaar zelf over de rassenkeuze, en daar zit ik aan tafel. Zadenhuis ' +
        'Westfriesland heeft wereldwijd een omzet van € 310 mln.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Area Sales Manager Zuid-Europa',
        'Zadenhuis Westfriesland B.V.',
        '2019',
        null,
        true,
        'Q2 2019 – heden',
        [
          '68 accounts in Spanje en Portugal',
          'Demodagen op 25 ha proefvelden',
          'Introductie van vier resistente tomatenrassen',
        ],
        'Almería',
      ),
      job(
        'Technisch Adviseur',
        'Zadenhuis Westfriesland B.V.',
        '2014-09',
        '2019',
        false,
        'sept 2014 – Q1 2019',
        ['Teeltbegeleiding bij telers en rassenproeven, ter ondersteuning van de verkopers'],
        'Almería',
      ),
      job(
        'Teeltmedewerker',
        'Tomatenkwekerij Van Vliet',
        '2011-07',
        '2014-08',
        false,
        '07/2011 – 08/2014',
        ['Teeltregistratie, gewasbescherming en aansturing van seizoenskrachten'],
        'Pijnacker',
      ),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Tussenjaar 2010 – 2011: werken en reizen in Nieuw-Zeeland (working holiday visum)' },
    ],
    education: [
      edu('hbo', 'HBO Tuinbouw en Akkerbouw, Hogeschool Inholland Delft, 2006 – 2010', {
        field: 'Tuinbouw en Akkerbouw',
        institution: 'Hogeschool Inholland Delft',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Spaans intensief', 'Spaans intensief – Instituto Cervantes (2014)'),
      named('Consultative Selling', 'Consultative Selling (2020)'),
    ],
    certifications: [
      named(
        'Carné fitosanitario nivel cualificado',
        'Carné fitosanitario nivel cualificado (Spaanse spuitlicentie, 2015)',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('es', 'C1', 'Spaans – C1'),
      lang('en', 'C1', 'Engels – C1'),
      lang('pt', 'B1', 'Portugees – B1'),
    ],
    skills: [
      'Teeltkennis tomaat en paprika',
      'Relatiebeheer met telers',
      'Onderhandelen met distributeurs',
      'Excel, Power BI',
    ],
    clientBase: { activeAccounts: 68, annualRevenueEur: 9_200_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h14-19-partner-manager-telecom-resellers-mechelen',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achthonderd Negentien',
    email: 'k819.partners@example.org',
    phone: '+32 494 71 02 36',
    contactLines: ['Mechelen'],
    headings: {
      profile: 'Profiel',
      work: 'Ervaring',
      education: 'Opleidingen',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Partner manager bij een Belgische telecomoperator, afdeling indirecte verkoop. Ik beheer 28 resellers – ' +
        'IT-dienstverleners en telecominstallateurs – in Vlaanderen en Brussel. Via mijn partners realiseren we € 4,8 ' +
        'mio jaaromzet aan vaste en mobiele abonnementen. De afspraken maak ik met de zaakvoerders van de resellers.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Partner Manager',
        'Connecta Belgium nv',
        '2021-10',
        null,
        true,
        'oktober 2021 – heden',
        [
          '28 resellers: jaarplannen, targets en incentives',
          'Productopleidingen voor de verkopers van de partners',
          'Gezamenlijke campagnes met marketing',
        ],
        'Mechelen',
      ),
      job(
        'Account Manager KMO',
        'Connecta Belgium nv',
        '2017-05',
        '2021-09',
        true,
        'mei 2017 – sept. 2021',
        ['Rechtstreekse verkoop aan KMO’s in de provincie Antwerpen'],
        'Mechelen',
      ),
      job(
        'Teamleader Customer Care',
        'Connecta Belgium nv',
        '2014-02',
        '2017-04',
        false,
        '02/2014 – 04/2017',
        ['Team van 14 medewerkers, coaching en kwaliteitsmonitoring'],
        'Brussel',
      ),
      job(
        'Medewerker Customer Care',
        'Connecta Belgium nv',
        '2011-09',
        '2014-01',
        false,
        '09/2011 – 01/2014',
        [],
        'Brussel',
      ),
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Bedrijfsmanagement – Marketing, Thomas More, Mechelen, 2008 – 2011', {
        field: 'Bedrijfsmanagement',
        institution: 'Thomas More',
        startYear: 2008,
        endYear: 2011,
      }),
      edu('secondary', 'TSO Handel, Sint-Victorinstituut, Mechelen, 2002 – 2008', {
        field: 'Handel',
        institution: 'Sint-Victorinstituut',
        startYear: 2002,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('ITIL 4 Foundation', 'ITIL 4 Foundation (2019)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'C1', 'Frans: vloeiend'),
      lang('en', 'B2', 'Engels: goed'),
    ],
    skills: ['Netwerken', 'Coachen van partnerverkopers', 'Commercieel', 'Resultaatgericht'],
    closing: [
      { kind: 'heading', text: 'Varia' },
      { kind: 'paragraph', text: 'Cisco CCNA behaald in 2015, niet hernieuwd (verlopen sinds 2018).' },
    ],
    clientBase: { activeAccounts: 28, annualRevenueEur: 4_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'relationship_building', 'sales'],
  },
  {
    id: 'nl-h14-20-field-sales-representative-frisdranken-amsterdam',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Achthonderd Twintig',
    email: 'achthonderdtwintig820@example.net',
    phone: '06-87 41 22 09',
    contactLines: ['Amsterdam Zuidoost', 'Rijbewijs B'],
    tagline: 'Field Sales Representative',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Skills',
      languages: 'Talen',
    },
    profile: [
      'Gedreven field sales representative voor een frisdrankenproducent. Ik bezoek 180 zelfstandige ' +
        'supermarkten, toko’s en avondwinkels in Amsterdam en de Zaanstreek en maak de afspraken direct met de ' +
        'eigenaren. Mijn kwartaalquotum is 1.200 displays; dat haal ik sinds de start elk kwartaal.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Field Sales Representative',
        'Tropic Drinks Benelux B.V.',
        '2024-02',
        null,
        true,
        'feb. 2024 – heden',
        ['180 zelfstandige winkels: orders, schapindeling en acties', '35 nieuwe verkooppunten in 2025'],
        'Amsterdam',
      ),
      job(
        'Promotiemedewerker',
        'Promo Crew Nederland',
        '2021-05',
        '2023-12',
        false,
        'mei 2021 – dec. 2023',
        ['Sampling en proeverijen in supermarkten en op festivals'],
        'Amsterdam',
      ),
      job(
        'Kassamedewerker',
        'Versmarkt Zuidoost',
        '2018-09',
        '2021-04',
        false,
        'sept 2018 – apr 2021',
        ['Kassa en servicebalie, parttime naast school'],
        'Amsterdam',
      ),
    ],
    education: [
      edu(
        'mbo 4',
        'MBO 4 Commercieel Medewerker, ROC van Amsterdam, 2018 – 2021\n' +
          'Associate degree Commerciële Economie (deeltijd), Hogeschool van Amsterdam – gestart in september 2025',
        { field: 'Commercieel Medewerker', institution: 'ROC van Amsterdam', startYear: 2018, endYear: 2021 },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('tw', 'native', 'Twi – moedertaal (thuistaal)'),
      lang('en', 'C1', 'Engels – vloeiend'),
    ],
    skills: ['Gedreven en proactief', 'Verkopen op de winkelvloer', 'Eigen routes plannen (Route4Me)'],
    clientBase: { activeAccounts: 180, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'organisation', 'sales'],
  },
  {
    id: 'nl-h14-21-linkedin-tekst-account-executive-accountancysoftware',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achthonderd Eenentwintig',
    email: 'k821@example.com',
    phone: '+31 6 3914 5520',
    contactLines: ['Utrecht en omgeving', 'linkedin.example.com/in/kandidaat821'],
    tagline: 'Account Executive bij Ledgerly | SaaS voor accountantskantoren',
    headings: {
      profile: 'Info',
      work: 'Ervaring',
      education: 'Opleiding',
      certifications: 'Licenties en certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik help accountantskantoren hun praktijk te digitaliseren. Mijn portefeuille: 85 kantoren door heel ' +
        'Nederland, samen € 1,35 mln ARR. Ik spreek met de partners, want die beslissen. Quota 2026: € 450k nieuwe ARR.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Executive', 'Ledgerly', '2023-03', null, true, 'mrt 2023 - heden · 3 jr 9 mnd'),
        lines: [
          'Account Executive',
          'Ledgerly · Fulltime',
          'mrt 2023 - heden · 3 jr 9 mnd',
          'Utrecht, Nederland · Hybride',
          '85 accountantskantoren (mkb): van demo tot contract en uitbreiding.',
        ],
      },
      {
        ...job(
          'Inside Sales Representative',
          'Boekhoudpartner Online',
          '2020-01',
          '2022-09',
          true,
          'jan 2020 - sep 2022 · 2 jr 9 mnd',
        ),
        lines: [
          'Loopbaanonderbreking',
          'Reizen',
          'okt 2022 - feb 2023 · 5 mnd',
          'Vijf maanden door Zuid-Amerika gereisd.',
          'Inside Sales Representative',
          'Boekhoudpartner Online · Fulltime',
          'jan 2020 - sep 2022 · 2 jr 9 mnd',
          'Amersfoort, Nederland',
          'Telefonische verkoop van boekhoudsoftware aan zzp’ers en kleine ondernemers.',
        ],
      },
      {
        ...job(
          'Assistent-accountant',
          'Van Wijk & Partners Accountants',
          '2016-09',
          '2019-12',
          false,
          'sep 2016 - dec 2019 · 3 jr 4 mnd',
        ),
        lines: [
          'Assistent-accountant',
          'Van Wijk & Partners Accountants · Fulltime',
          'sep 2016 - dec 2019 · 3 jr 4 mnd',
          'Zeist, Nederland',
          'Jaarrekeningen en aangiftes voor mkb-klanten.',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Hogeschool Utrecht\nBachelor, Accountancy\n2012 - 2016', {
        field: 'Accountancy',
        institution: 'Hogeschool Utrecht',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [named('MEDDICC Fundamentals', 'MEDDICC Fundamentals\nMEDDICC · Uitgegeven: feb 2024')],
    languages: [
      lang('nl', 'native', 'Nederlands\nMoedertaal of tweetalig'),
      lang('en', 'C1', 'Engels\nVolledige professionele vaardigheid'),
      lang('de', 'B1', 'Duits\nBeperkte praktische werkvaardigheid'),
    ],
    skills: ['SaaS-verkoop', 'Consultative selling', 'Financiële analyse'],
    closing: [
      { kind: 'heading', text: 'Vrijwilligerswerk' },
      {
        kind: 'paragraph',
        text: 'Penningmeester\nStichting Jeugdvoetbal Overvecht\nsep 2019 - heden · 7 jr 3 mnd\nSport',
      },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_350_000, segment: 'national', decisionMakers: true },
    competencies: ['financial_analysis', 'sales'],
  },
  {
    id: 'nl-h14-22-optometrist-naar-accountmanager-contactlenzen-noorden',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achthonderd Tweeëntwintig',
    email: 'achthonderdtweeentwintig822@example.org',
    phone: '06 4729 1183',
    contactLines: ['Groningen'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Registraties',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Optometrist die de overstap naar de buitendienst heeft gemaakt. Als accountmanager contactlenzen bezoek ik ' +
        '140 opticiens en optometristen in Groningen, Friesland en Drenthe, van zelfstandige zaken tot filialen van ' +
        'ketens. Mijn klanten namen in 2025 voor € 2,6 mln aan lenzen en lensvloeistoffen af. Bij de zelfstandige ' +
        'zaken beslist de eigenaar zelf.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager Contactlenzen',
        'Lensvision Benelux B.V.',
        '2020-11',
        null,
        true,
        'nov. 2020 – heden',
        [
          '140 opticiens in Noord-Nederland',
          'Trainingen voor winkelpersoneel over het aanmeten van lenzen',
          'Jaarafspraken en kortingsstaffels',
        ],
        'regio Noord-Nederland',
      ),
      job(
        'Optometrist',
        'Ooghuis Stad & Ommeland',
        '2014-08',
        '2020-10',
        false,
        'augustus 2014 – oktober 2020',
        ['Oogmetingen, lensaanpassingen en verwijzingen naar de oogarts'],
        'Groningen',
      ),
      job(
        'Opticien',
        'Brillenhuis Centrum',
        '2009-06',
        '2014-07',
        false,
        '06-2009 – 07-2014',
        ['Refractie, glasadvies en montage in de werkplaats'],
        'Assen',
      ),
    ],
    education: [
      edu('hbo', 'HBO Optometrie (deeltijd), Hogeschool Utrecht, 2010 – 2014', {
        field: 'Optometrie',
        institution: 'Hogeschool Utrecht',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('mbo 4', 'MBO 4 Opticien, Vakschool Optiek Noord, Groningen, 2006 – 2009', {
        field: 'Opticien',
        institution: 'Vakschool Optiek Noord',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [named('Key accountmanagement', 'Key accountmanagement – Schouten & Nelissen (2022)')],
    certifications: [
      named(
        'Kwaliteitsregister Paramedici – Optometrist',
        'Kwaliteitsregister Paramedici – Optometrist (geregistreerd t/m 2027)',
      ),
    ],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B2', 'Engels'), lang('de', 'B2', 'Duits')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Niveau'],
        rows: [
          ['Nederlands', 'moedertaal'],
          ['Engels', 'goed'],
          ['Duits', 'goed'],
        ],
      },
    ],
    skills: ['Klantgericht', 'Technische kennis van lenzen en vloeistoffen', 'Zelfstandig plannen van mijn bezoeken'],
    closing: [{ kind: 'paragraph', text: 'Registratie als contactlensspecialist (ANVC) verlopen in 2021.' }],
    clientBase: { activeAccounts: 140, annualRevenueEur: 2_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'nl-h14-23-inside-sales-export-tapijt-frankrijk-waregem-tabel',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achthonderd Drieëntwintig',
    email: 'achthonderddrieentwintig.823@example.com',
    phone: '0472/58.31.90',
    contactLines: ['Waregem'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Trainingen',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Werkgever', 'Functie', 'Periode'],
    },
    workTableOrder: ['employer', 'title', 'period'],
    profile: [
      'Inside sales export voor een tapijtproducent uit Waregem. Ik bedien 72 distributeurs en ' +
        'tapijtspeciaalzaken in Frankrijk en Wallonië, volledig in het Frans, en realiseerde in 2025 € 5,1 mio omzet. ' +
        'De prijzen onderhandel ik met de aankopers en de zaakvoerders, die beslissen. Eerder werkte ik in de sales ' +
        'support.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Inside Sales Export Frankrijk', 'Leietapijt nv', '2019-06', null, true, 'juni 2019 – nu', [
        '72 klanten in Frankrijk en Wallonië: offertes, orders, stalen en prijsafspraken',
        'Twee keer per jaar klantbezoeken samen met de area manager',
        'Beurs Domotex: voorbereiding en opvolging van leads',
      ]),
      job('Sales Support Medewerker', 'Leietapijt nv', '2016-09', '2019-05', false, 'sept. 2016 – mei 2019', [
        'Orderinvoer, leveringstermijnen en facturatievragen voor de export',
      ]),
      job('Kelner', 'Brasserie De Gavers', '2012', '2016', false, 'weekends 2012 – 2016'),
    ],
    education: [
      edu('master', 'Master in de Meertalige Communicatie (Frans – Engels), Universiteit Gent, 2015 – 2016', {
        field: 'Meertalige Communicatie',
        institution: 'Universiteit Gent',
        startYear: 2015,
        endYear: 2016,
      }),
      edu('bachelor', 'Bachelor in de Toegepaste Taalkunde, Universiteit Gent, 2012 – 2015', {
        field: 'Toegepaste Taalkunde',
        institution: 'Universiteit Gent',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [named('Négocier avec les acheteurs', 'Négocier avec les acheteurs – CCI Lille (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'C2', 'Frans – uitstekend (C2)'),
      lang('en', 'C1', 'Engels – zeer goed (C1)'),
      lang('es', 'B1', 'Spaans – B1'),
    ],
    skills: ['Klantgericht', 'Onderhandelingsvaardig', 'Nauwkeurig', 'SAP SD, Excel'],
    clientBase: { activeAccounts: 72, annualRevenueEur: 5_100_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'nl-h14-24-accountmanager-tankpassen-transport-oud-chauffeur-labels',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achthonderd Vierentwintig',
    email: 'achthonderdvierentwintig824@example.net',
    phone: '+31 (0)6 1170 4382',
    contactLines: ['Oosterhout (N-Br)'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    jobLabels: { period: 'Wanneer', title: 'Functie', employer: 'Bedrijf', duties: 'Wat deed ik' },
    profile: [
      'Oud-chauffeur en planner, sinds 2019 accountmanager tankpassen. Ik beheer 220 transportbedrijven in ' +
        'Noord-Brabant en Limburg met samen zo’n 3.800 tankpassen. Mijn klanten tankten in 2025 ruim 34 miljoen liter, ' +
        'goed voor € 41 mln brandstofomzet. Bij de meeste bedrijven spreek ik de eigenaar, bij de grotere de ' +
        'fleetmanager.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Accountmanager Tankpassen',
        'FuelNet Benelux B.V.',
        '2019-05',
        null,
        true,
        'mei 2019 t/m heden',
        [
          '220 transportbedrijven, 3.800 passen',
          'Tolbadges, laadpassen en fleetrapportages als aanvulling aanbieden',
          'Nieuwe klanten via sectorbijeenkomsten van de transportbranche',
        ],
        'Breda',
      ),
      job(
        'Planner',
        'Transportbedrijf Gebr. Verhoeven',
        '2014-03',
        '2019-04',
        false,
        'maart 2014 t/m april 2019',
        ['Planning van 35 trucks in Nederland en Duitsland', 'Contact met verladers over laad- en lostijden'],
        'Oosterhout',
      ),
      job(
        'Vrachtwagenchauffeur',
        'Transportbedrijf Gebr. Verhoeven',
        '2007-01',
        '2014-02',
        false,
        'januari 2007 t/m februari 2014',
        ['Distributie en internationaal transport (Duitsland, België, Frankrijk)'],
        'Oosterhout',
      ),
    ],
    education: [
      edu('associate degree', 'Associate degree Logistiek (deeltijd), Avans Hogeschool, Breda, 2016 – 2018', {
        field: 'Logistiek',
        institution: 'Avans Hogeschool',
        startYear: 2016,
        endYear: 2018,
      }),
      edu('mbo 2', 'MBO 2 Chauffeur Wegvervoer, ROC West-Brabant, 2005 – 2007', {
        field: 'Chauffeur Wegvervoer',
        institution: 'ROC West-Brabant',
        startYear: 2005,
        endYear: 2007,
      }),
      edu('vmbo', 'VMBO basis, Oosterhout, 2001 – 2005', { startYear: 2001, endYear: 2005 }),
    ],
    courses: [],
    certifications: [named('Vakbekwaamheid Goederenvervoer', 'Vakbekwaamheid Goederenvervoer (2015)')],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Kent de transportwereld van binnenuit', 'Netwerken', 'Klantgericht', 'Stressbestendig'],
    closing: [
      { kind: 'heading', text: 'Rijbewijzen' },
      { kind: 'paragraph', text: 'B, C en CE; Code 95 niet verlengd (verlopen sinds 2021).' },
    ],
    clientBase: { activeAccounts: 220, annualRevenueEur: 41_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'nl-h14-25-functioneel-accountmanager-liften-amsterdam-almere',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achthonderd Vijfentwintig',
    email: 'achthonderdvijfentwintig-825@example.com',
    phone: '06-10 93 85 46',
    contactLines: ['Almere'],
    afterContact: [
      { kind: 'heading', text: 'Profiel' },
      {
        kind: 'paragraph',
        text:
          'Accountmanager service en modernisering bij een liftenbedrijf. Ik ken liften van binnenuit: ik ben twaalf ' +
          'jaar liftmonteur geweest.',
      },
      { kind: 'heading', text: 'Verkoop en relatiebeheer' },
      {
        kind: 'bullets',
        items: [
          'Portefeuille van 95 opdrachtgevers – woningcorporaties, VvE-beheerders en vastgoedbeheerders – in Amsterdam ' +
            'en Almere',
          '380 onderhoudscontracten voor ruim 2.100 liften; jaaromzet op mijn portefeuille € 4,6 mln (onderhoud en ' +
            'modernisering)',
          'Verkoop van moderniseringsprojecten aan de technisch managers van corporaties, die over de investering beslissen',
        ],
      },
      { kind: 'heading', text: 'Techniek' },
      {
        kind: 'bullets',
        items: [
          'Storingsanalyse en keuringen volgens NEN-EN 81-20',
          'Onderhouds- en vervangingsplannen (MJOP) opstellen',
        ],
      },
      { kind: 'heading', text: 'Plannen en organiseren' },
      {
        kind: 'bullets',
        items: ['Korte lijnen met planning en monteurs bij storingen en opleveringen', 'Aanbestedingen op tijd rond'],
      },
    ],
    headings: {
      work: 'Loopbaan in het kort',
      education: 'Opleiding',
      certifications: 'Certificaten',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager Service & Modernisering', 'Vertiq Liften B.V.', '2018', null, true, 'sinds medio 2018'),
        lines: ['Vertiq Liften B.V., Amsterdam — Accountmanager Service & Modernisering — sinds medio 2018'],
      },
      {
        ...job('Liftmonteur', 'Vertiq Liften B.V.', '2010', '2018', false, '2010 – medio 2018'),
        lines: ['Vertiq Liften B.V., Amsterdam — Liftmonteur — 2010 – medio 2018'],
      },
      {
        ...job('Liftmonteur', 'Hoogland Liftservice', '2006', '2009', false, '2006 – eind 2009'),
        lines: ['Hoogland Liftservice, Almere — Liftmonteur — 2006 – eind 2009'],
      },
      {
        ...job('Elektromonteur', 'Installatiebedrijf Flevoland', '2003-08', '2005-12', false, 'aug. 2003 – dec. 2005'),
        lines: ['Installatiebedrijf Flevoland, Lelystad — Elektromonteur — aug. 2003 – dec. 2005'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Technicus Mechatronica, ROC Flevoland, Almere, 1999 – 2003', {
        field: 'Technicus Mechatronica',
        institution: 'ROC Flevoland',
        startYear: 1999,
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [
      named('VCA VOL', 'VCA VOL (2023)'),
      named('Certificaat Liftmonteur', 'Certificaat Liftmonteur – Liftinstituut (2008)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'B1', 'Engels (redelijk)'),
      lang('de', 'A2', 'Duits (basis)'),
    ],
    skills: [],
    clientBase: { activeAccounts: 95, annualRevenueEur: 4_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'nl-h14-26-starter-junior-accountmanager-labapparatuur-twee-kolommen',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Achthonderd Zesentwintig',
    email: 'k826.achthonderdzesentwintig@example.org',
    phone: '06 2845 9107',
    contactLines: ['Leiden', 'linkedin.example.com/in/k826'],
    tagline: 'Junior Accountmanager | Life Sciences',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Biomedisch onderzoeker die koos voor de commerciële kant. Sinds september 2025 ben ik junior accountmanager ' +
        'bij een leverancier van laboratoriumapparatuur. Ik bouw mijn eigen portefeuille op: op dit moment 12 klanten, ' +
        'vooral onderzoeksgroepen van universiteiten en ziekenhuislabs. Mijn senior collega beheert de grote accounts; ' +
        'per 1 januari 2027 neem ik ook de regio Zuid-Holland van hem over.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Junior Accountmanager',
        'LabLine Benelux B.V.',
        '2025-09',
        null,
        true,
        'september 2025 – heden',
        [
          '12 eigen klanten: universitaire onderzoeksgroepen en ziekenhuislabs',
          'Demo’s van pipetteerrobots en centrifuges',
          'Offertes en aanbestedingsstukken, met hulp van de tenderafdeling',
        ],
        'Leiden',
      ),
      job(
        'Stagiair R&D',
        'BioNova Therapeutics',
        '2024-09',
        '2025-06',
        false,
        'sept 2024 – juni 2025',
        ['Masterstage: celkweek en assayontwikkeling'],
        'Leiden',
      ),
      job(
        'Studentassistent',
        'Universiteit Leiden',
        '2023-02',
        '2024-06',
        false,
        'feb. 2023 – juni 2024',
        ['Practicumbegeleiding celbiologie, 8 uur per week'],
        'Leiden',
      ),
      job(
        'Verkoper',
        'Run & Fit Leiden',
        '2019-09',
        '2024-01',
        true,
        'sept. 2019 – jan. 2024',
        ['Bijbaan naast de studie: advies en verkoop van hardloopschoenen, zaterdag en koopavond'],
        'Leiden',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenactiviteiten' },
      {
        kind: 'bullets',
        items: [
          'Bestuursjaar studievereniging (commissaris extern), 2021 – 2022',
          'Vrijwillig trainer bij de Leidse Hardloopclub: beginnersgroep op zondag',
        ],
      },
    ],
    education: [
      edu('msc', 'MSc Biomedical Sciences, Universiteit Leiden, 2023 – 2025', {
        field: 'Biomedical Sciences',
        institution: 'Universiteit Leiden',
        startYear: 2023,
        endYear: 2025,
      }),
      edu('bsc', 'BSc Biomedische Wetenschappen, Universiteit Leiden, 2019 – 2023', {
        field: 'Biomedische Wetenschappen',
        institution: 'Universiteit Leiden',
        startYear: 2019,
        endYear: 2023,
      }),
    ],
    courses: [named('Basiscursus Verkoop', 'Basiscursus Verkoop – LabLine Academy (2025)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – C1 (IELTS 7.5)'),
      lang('de', 'A2', 'Duits – A2'),
    ],
    skills: ['Analytisch', 'Communicatief', 'Nieuwsgierig en leergierig', 'GraphPad, Excel, HubSpot'],
    clientBase: { activeAccounts: 12 },
    competencies: ['analytical', 'communication'],
  },
];

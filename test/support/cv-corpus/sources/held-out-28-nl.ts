import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The twenty-eighth held-out set's Dutch and Flemish CVs: twenty-six ordinary CVs as people in the Netherlands and
 * Flanders send them in 2026, written without reading the reader. Common templates and habits (Word templates, typed
 * CVs, Flemish label tables, work tables, one bullet per job) from a 2025 graduate to people with forty years in one
 * trade, in trades the earlier sets hardly use: hearing aids, books, scaffolding, horse feed, websites, fish, freight
 * software, garden machinery, caravans, translation, promotional products, hair care, ice cream, tree nurseries,
 * musical instruments, document shredding, office moves, corporate fitness, school photography, beds, tiles,
 * forklifts, window cleaning, accountancy, lighting and toys. No deliberate tricks: only the awkward things real CVs
 * have.
 */
export const HELD_OUT_28_NL: CvSource[] = [
  {
    id: 'nl-h28-01-audicien-naar-accountmanager-hoortoestellen-zwolle',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëntwintighonderd Een',
    email: 'kandidaat2201.zwolle@example.com',
    phone: '06-38271946',
    contactLines: ['Zwolle', 'Rijbewijs B'],
    tagline: 'Accountmanager hoorzorg',
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Registraties',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Audicien van het vak, sinds 2018 accountmanager bij een fabrikant van hoortoestellen. Ik bezoek zelfstandige ' +
        'audiciens in het noorden en oosten van het land en weet uit eigen ervaring hoe het is om achter de ' +
        'meetapparatuur te zitten met een klant die eigenlijk geen hoortoestel wil. Klantgericht, geduldig en ' +
        'technisch nieuwsgierig.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager Noord- en Oost-Nederland',
        'Sonora Hearing Benelux B.V.',
        '2018-05',
        null,
        true,
        'mei 2018 – heden',
        [
          'Vaste portefeuille van 66 zelfstandige audiciens (samen ruim 90 vestigingen) in Groningen, Friesland, ' +
            'Drenthe, Overijssel en Gelderland',
          'Omzet op mijn accounts in 2025: € 3,8 miljoen (hoortoestellen, oorstukjes en accessoires)',
          'Jaarafspraken en productintroducties met de praktijkhouders, die zelf over hun assortiment beslissen',
          'Ondersteuning bij lastige aanpassingen en trainingen in de aanpassoftware voor nieuwe audiciens',
        ],
        'Houten',
      ),
      job(
        'Audicien',
        'Hoorcentrum IJsselland',
        '2012-09',
        '2018-04',
        false,
        'september 2012 – april 2018',
        [
          'Hoortests, aanpassen en nazorg van hoortoestellen, ook bij cliënten thuis en in verpleeghuizen',
          'Vanaf 2015 praktijkbegeleider van stagiairs',
        ],
        'Zwolle',
      ),
      job(
        'Assistent-audicien',
        'Hoorcentrum IJsselland',
        '2009-08',
        '2012-08',
        false,
        'augustus 2009 – augustus 2012',
        ['Reparaties en onderhoud van toestellen, balie en agenda'],
        'Zwolle',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Audicien (BBL), Deltion College, Zwolle, 2009 – 2012', {
        field: 'Audicien',
        institution: 'Deltion College',
        startYear: 2009,
        endYear: 2012,
      }),
      edu('havo', 'HAVO, Carolus Clusius College, Zwolle, 2003 – 2008', {
        institution: 'Carolus Clusius College',
        startYear: 2003,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Aanpassen van CROS- en BiCROS-systemen', 'Aanpassen van CROS- en BiCROS-systemen (2020)'),
      named('Accountplanning', 'Accountplanning – in-company training (2019)'),
    ],
    certifications: [named('StAr-registratie Audicien', 'StAr-registratie Audicien (geldig tot 2028)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: [
      'Klantgericht',
      'Kennis van audiologie en aanpassoftware',
      'Presenteren voor kleine groepen',
      'Dynamics CRM, Excel',
    ],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      { kind: 'paragraph', text: 'Zingen in een koor, mountainbiken in het Vechtdal.' },
    ],
    clientBase: { activeAccounts: 66, annualRevenueEur: 3_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h28-02-vlaams-boekhandelaar-naar-vertegenwoordiger-uitgeverij-antwerpen',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëntwintighonderd Twee',
    email: 'k2202.berchem@example.net',
    phone: '0486 37 21 95',
    contactLines: ['2600 Berchem (Antwerpen)', 'Geboren op 22/09/1985', 'Rijbewijs B'],
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleidingen',
      courses: 'Bijscholing',
      skills: 'Sterke punten',
      languages: 'Talenkennis',
    },
    jobLabels: { period: 'Van – tot', title: 'Functie', employer: 'Onderneming', duties: 'Inhoud' },
    profile: [
      'Boekhandelaar in hart en nieren, sinds 2016 vertegenwoordiger voor een Vlaamse uitgeverij. Twee keer per jaar ' +
        'stel ik de nieuwe aanbieding voor aan de boekhandels in mijn regio, en ik weet van aan de andere kant van de ' +
        'toonbank welk boek een boekhandelaar wel of niet verkocht krijgt. Ik zoek een nieuwe uitdaging als ' +
        'accountmanager bij een uitgever of distributeur.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Vertegenwoordiger boekhandel',
        'Uitgeverij Scheldeboek NV',
        '2016-02',
        null,
        true,
        'februari 2016 – heden',
        [
          'bezoek aan een 140-tal boekhandels in de provincies Antwerpen, Limburg en Vlaams-Brabant',
          'voorstelling van de najaars- en voorjaarsaanbieding, voorintekeningen en bestellingen',
          'omzet in mijn regio in 2025: 2,7 miljoen euro netto',
          'afspraken over etalages en acties met de zaakvoerders, die zelf beslissen wat ze inkopen',
          'het fonds telt ruim 1.800 titels, met een 240-tal nieuwe titels per jaar',
        ],
        'Antwerpen',
      ),
      job(
        'Boekhandelaar',
        'Boekhandel De Lezende Mens',
        '2010-09',
        '2016-01',
        true,
        'september 2010 – januari 2016',
        [
          'advies en verkoop aan klanten in de winkel, vooral jeugdboeken en literatuur',
          'inkoop voor de jeugdafdeling',
          'organisatie van lezingen en signeersessies',
        ],
        'Mechelen',
      ),
      job(
        'Leerkracht Nederlands (interim)',
        'Sint-Jozefcollege',
        '2008-09',
        '2010-06',
        false,
        'september 2008 – juni 2010',
        ['vervangingen Nederlands en Engels in de tweede en derde graad'],
        'Aarschot',
      ),
    ],
    education: [
      edu('master', 'Master in de Taal- en Letterkunde: Nederlands – Engels, Universiteit Antwerpen (2007 – 2008)', {
        field: 'Taal- en Letterkunde',
        institution: 'Universiteit Antwerpen',
        startYear: 2007,
        endYear: 2008,
      }),
      edu('bachelor', 'Bachelor in de Taal- en Letterkunde, Universiteit Antwerpen (2004 – 2007)', {
        field: 'Taal- en Letterkunde',
        institution: 'Universiteit Antwerpen',
        startYear: 2004,
        endYear: 2007,
      }),
      edu('secondary', 'ASO Latijn-Moderne Talen, Sint-Lievenscollege Antwerpen (1998 – 2004)', {
        field: 'Latijn-Moderne Talen',
        institution: 'Sint-Lievenscollege',
        startYear: 1998,
        endYear: 2004,
      }),
    ],
    courses: [
      named('Verkoopsgesprekken met retailers', 'Verkoopsgesprekken met retailers – Boek.be (2017)'),
      named('Excel voor gevorderden', 'Excel voor gevorderden – VDAB (2019)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: zeer goed'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('de', 'A2', 'Duits: basiskennis'),
    ],
    skills: ['Kennis van de Vlaamse boekenmarkt', 'Communicatief', 'Zelfstandig mijn rayon plannen', 'Titelive, Excel'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 2_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'organisation'],
  },
  {
    id: 'nl-h28-03-getypt-steigerbouwer-naar-accountmanager-steigerverhuur-rijnmond',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeëntwintighonderd Drie',
    email: 'k2203.schiedam@example.org',
    phone: '06 4417 2938',
    contactLines: ['Schiedam', 'Geboren: 12-03-1984'],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik heb zestien jaar in de steigers gestaan, van hulpsteigerbouwer tot ploegleider. Sinds 2020 ben ik ' +
        'accountmanager bij een steigerbouwbedrijf in de Rijnmond. Mijn klanten weten dat als ik zeg dat een steiger ' +
        'maandag staat, hij maandag staat. Ik ben direct, praktisch en kan goed onderhandelen zonder de relatie te ' +
        'verpesten.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Accountmanager',
        'Steigerwerk Rijnmond B.V.',
        '2020-03',
        null,
        true,
        'maart 2020 - nu',
        [
          'Eigen klantenkring van zo’n 90 vaste opdrachtgevers: bouwbedrijven, industriële onderhoudsbedrijven en ' +
            'de petrochemie in de regio Rijnmond',
          'Omzet op mijn klanten in 2025 ongeveer € 5,2 miljoen (huur, opbouw en afbouw)',
          'Opname op locatie, offertes en prijsafspraken met projectleiders en inkopers',
          'We hebben zo’n 12.000 ton steigermateriaal in de verhuur',
        ],
        'Vlaardingen',
      ),
      job(
        'Werkvoorbereider',
        'Steigerwerk Rijnmond B.V.',
        '2018-01',
        '2020-02',
        false,
        'januari 2018 - februari 2020',
        ['Tekeningen, materiaallijsten en de weekplanning van de ploegen'],
        'Vlaardingen',
      ),
      job(
        'Ploegleider steigerbouw',
        'Van Zanten Steigerbouw',
        '2010',
        '2017',
        false,
        '2010 - 2017',
        ['Leiding aan een ploeg van 4 tot 6 man, vooral in de haven en bij raffinaderijen'],
        'Rotterdam',
      ),
      job(
        'Steigerbouwer',
        'Van Zanten Steigerbouw',
        '2002',
        '2009',
        false,
        '2002 - 2009',
        ['Begonnen als hulpsteigerbouwer, in 2005 Eerste Steigerbouwer'],
        'Rotterdam',
      ),
    ],
    education: [
      edu('mbo 2', 'MBO 2 Steigerbouwer (BBL), Stichting Opleidingen Steigerbouw, 2002 - 2004', {
        field: 'Steigerbouwer',
        institution: 'Stichting Opleidingen Steigerbouw',
        startYear: 2002,
        endYear: 2004,
      }),
      edu('lower secondary', 'VBO Bouwtechniek, Schiedams Vakcollege, 1996 - 2000', {
        field: 'Bouwtechniek',
        institution: 'Schiedams Vakcollege',
        startYear: 1996,
        endYear: 2000,
      }),
    ],
    courses: [named('Gasmeten en werken in besloten ruimten', 'Gasmeten en werken in besloten ruimten (2016)')],
    certifications: [
      named('VCA VOL', 'VCA VOL (geldig tot 2028)'),
      named('Eerste Steigerbouwer', 'Diploma Eerste Steigerbouwer (2005)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands is mijn moedertaal'),
      lang('en', 'B1', 'Engels redelijk'),
      lang('de', 'A2', 'Duits basis'),
    ],
    languagesText: [
      'Nederlands is mijn moedertaal, Engels redelijk (veel Poolse en Portugese collega’s gehad), Duits basis.',
    ],
    skills: [
      'Tekeningen lezen en materiaal uittrekken',
      'Onderhandelen met inkopers en projectleiders',
      'Rijbewijs B en BE',
      'Word, Excel, Scafftool',
    ],
    clientBase: { activeAccounts: 90, annualRevenueEur: 5_200_000, segment: 'regional_smb' },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h28-04-instructeur-paardensport-vertegenwoordiger-paardenvoeding-limburg',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeëntwintighonderd Vier',
    email: 'k2204.roermond@example.com',
    phone: '06-29384751',
    contactLines: ['Roermond', 'linkedin.example.com/in/k2204'],
    tagline: 'Vertegenwoordiger paardenvoeding | Instructeur paardensport',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Paarden zijn mijn leven, en sinds 2019 ook mijn werk aan de commerciële kant. Als vertegenwoordiger bezoek ik ' +
        'ruitersportzaken, pensionstallen en maneges in Limburg en Oost-Brabant. Ik geef voeradvies op stal, reken ' +
        'rantsoenen door voor sportpaarden en zorg dat de winkels goed in voorraad zijn voor het seizoen. Ik werk ' +
        'zelfstandig en ben een echte aanpakker.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Vertegenwoordiger',
        'EquiNova Paardenvoeders B.V.',
        '2019-04',
        null,
        true,
        'april 2019 – heden',
        [
          'Rayon Limburg en Oost-Brabant: 118 vaste klanten, waarvan 45 ruitersportzaken en 73 stallen en maneges',
          'Omzet 2025 in mijn rayon: € 2,4 miljoen',
          'Voeradvies, rantsoenberekening en introductie van nieuwe producten (supplementen, ruwvoervervangers)',
          'De eigenaren van de zaken en stallen kopen zelf in en beslissen zelf',
          'Stands op regionale concoursen en de paardenbeurs in Den Bosch',
        ],
        'Venray',
      ),
      job(
        'Verkoopmedewerker',
        'Ruitersport De Hoefslag',
        '2015-09',
        '2019-03',
        true,
        'sept. 2015 – mrt. 2019',
        ['Advies en verkoop van zadels, dekens, rijkleding en voer in de winkel', 'Zadelpassen bij klanten op stal'],
        'Weert',
      ),
      job(
        'Instructeur paardrijden',
        'Manege De Peelrand',
        '2011-08',
        '2015-08',
        false,
        'aug. 2011 – aug. 2015',
        ['Lessen aan kinderen en volwassenen, verzorging van 30 lespaarden, zomerkampen'],
        'Nederweert',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Paardenhouderij – instructeur paardensport, Citaverde College, Roermond (2007 – 2011)', {
        field: 'Paardenhouderij',
        institution: 'Citaverde College',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('vmbo', 'VMBO Groen, gemengde leerweg, Roermond (2003 – 2007)', { startYear: 2003, endYear: 2007 }),
    ],
    courses: [named('Voeding van het sportpaard', 'Voeding van het sportpaard – Wageningen Academy (2021)')],
    certifications: [named('Instructeur Paardensport niveau 3 (KNHS)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('de', 'B2', 'Duits: goed'),
      lang('en', 'B2', 'Engels: goed'),
      lang('fr', 'A2', 'Frans: basis'),
    ],
    skills: [
      'Zelfstandig en klantgericht',
      'Voeradvies en rantsoenberekening',
      'Netwerken op concoursen en beurzen',
      'Rijbewijs BE (paardentrailer)',
    ],
    clientBase: { activeAccounts: 118, annualRevenueEur: 2_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'relationship_building'],
  },
  {
    id: 'nl-h28-05-starter-commerciele-economie-sdr-webbureau-groningen',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëntwintighonderd Vijf',
    email: 'kandidaat2205@example.org',
    phone: '06 1847 2639',
    contactLines: ['Groningen', 'Geboortedatum: 14-06-2002'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Net afgestudeerd in Commerciële Economie en sinds september 2025 Sales Development Representative bij een ' +
        'webbureau. Ik bel en mail ondernemers die een nieuwe website of webshop nodig hebben en zet afspraken klaar ' +
        'voor onze accountmanagers. Eigen klanten heb ik nog niet; mijn volgende stap is een functie als junior ' +
        'accountmanager waarin ik zelf deals sluit. Communicatief, proactief en niet bang voor een nee.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Sales Development Representative',
        'Pixelwerf Webbureau B.V.',
        '2025-09',
        null,
        true,
        'september 2025 – heden',
        [
          'Gemiddeld 60 belpogingen per dag naar mkb-bedrijven in Noord-Nederland',
          'Gemaakte afspraken: gemiddeld 14 per maand, target 12',
          'Kwalificeren van leads uit LinkedIn en de website in HubSpot',
        ],
        'Groningen',
      ),
      job(
        'Afstudeerstagiair marketing',
        'Noorderkoffie B.V.',
        '2025-02',
        '2025-06',
        false,
        'februari 2025 – juni 2025',
        ['Afstudeeronderzoek naar de zakelijke markt voor koffieabonnementen'],
        'Assen',
      ),
      job(
        'Medewerker bediening',
        'Grand Café De Smederij',
        '2020-09',
        '2025-01',
        false,
        'september 2020 – januari 2025 (bijbaan naast studie)',
        undefined,
        'Groningen',
      ),
      job(
        'Vakkenvuller',
        'Supermarkt Dorpsplein',
        '2018',
        '2020',
        false,
        '2018 – 2020 (zaterdagbaan)',
        undefined,
        'Haren',
      ),
    ],
    education: [
      edu('hbo', 'HBO Commerciële Economie (bachelor), Hanzehogeschool Groningen, 2021 – 2025', {
        field: 'Commerciële Economie',
        institution: 'Hanzehogeschool Groningen',
        startYear: 2021,
        endYear: 2025,
      }),
      edu('havo', 'HAVO, Zernike College, Haren, 2014 – 2019', {
        institution: 'Zernike College',
        startYear: 2014,
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [named('HubSpot Inbound Sales', 'HubSpot Inbound Sales Certification (2025)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – C1'),
      lang('de', 'B1', 'Duits – B1'),
    ],
    skills: ['Communicatief', 'Proactief', 'Koude acquisitie', 'HubSpot, LinkedIn Sales Navigator, Excel'],
    clientBase: null,
    competencies: ['communication', 'initiative'],
  },
  {
    id: 'nl-h28-06-getypt-tabel-chauffeur-verkoper-accountmanager-vis-horeca-urk',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëntwintighonderd Zes',
    email: 'k2206.urk@example.net',
    phone: '06-51839274',
    contactLines: ['Urk'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Periode', 'Functie', 'Bedrijf'],
    },
    profile: [
      'Geboren en getogen op Urk, opgegroeid tussen de vis. Na jaren in de verwerking en op de wagen ben ik sinds ' +
        '2017 accountmanager horeca bij een visgroothandel. Ik ken het product van de afslag tot het bord en heb ' +
        'korte lijnen met de koks. Klantgericht en stressbestendig, want vis wacht niet.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Accountmanager horeca', 'Visgroothandel De Schelvis B.V.', '2017-03', null, true, '03-2017 – heden', [
        'Ongeveer 160 vaste klanten: restaurants, hotels, cateraars en een paar viswinkels in Amsterdam, Utrecht, ' +
          '’t Gooi en Flevoland',
        'Omzet 2025 op mijn klanten: € 6,1 miljoen',
        'Dagelijkse bestellingen, weekprijzen (de visprijs wisselt per afslag) en proeverijen bij nieuwe klanten',
        'Het bedrijf zet zo’n 4.000 ton vis per jaar om',
      ]),
      job('Chauffeur-verkoper', 'Visgroothandel De Schelvis B.V.', '2011', '2017-02', true, '2011 – 02-2017', [
        'Vaste route langs restaurants en viswinkels, bestellingen opnemen en extra partijen aanbieden vanuit de wagen',
      ]),
      job('Visverwerker', 'Urker Visverwerking B.V.', '2004', '2011', false, '2004 – 2011', [
        'Fileren, sorteren en inpakken, later ploegleider in de vroege dienst',
      ]),
    ],
    education: [
      edu('mbo 2', 'MBO 2 Operator levensmiddelenindustrie (BBL), 2005 – 2007', {
        field: 'Operator levensmiddelenindustrie',
        startYear: 2005,
        endYear: 2007,
      }),
      edu('vmbo', 'VMBO kader, Emelwerda College, Emmeloord, 2000 – 2004', {
        institution: 'Emelwerda College',
        startYear: 2000,
        endYear: 2004,
      }),
    ],
    courses: [named('HACCP basis', 'HACCP basis (2012)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: [
      'Klantgericht',
      'Stressbestendig',
      'Productkennis vis: vers, diepvries, schaal- en schelpdieren',
      'Rijbewijs C, code 95 verlopen in 2023',
    ],
    clientBase: { activeAccounts: 160, annualRevenueEur: 6_100_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h28-07-oekraiense-sales-manager-via-orderpicker-inside-sales-transportsoftware-eindhoven',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeëntwintighonderd Zeven',
    email: 'k2207.eindhoven@example.com',
    phone: '+31 6 4827 1593',
    contactLines: ['Eindhoven'],
    tagline: 'Inside Sales | Transport & Logistiek | UA · RU · PL · EN · NL',
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Geboren in 1992 in Kyiv · sinds april 2022 in Nederland · vrije toegang tot de arbeidsmarkt',
      },
    ],
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
      'Sinds 2023 werk ik als inside sales medewerker bij een Nederlandse leverancier van planningssoftware voor ' +
        'transportbedrijven. Ik verkoop aan transporteurs in Polen, Oekraïne en de Baltische staten, in hun eigen ' +
        'taal. Daarvoor was ik zeven jaar sales manager bij een expediteur in Kyiv, tot de oorlog mij naar Nederland ' +
        'bracht. Ik leer snel, ben resultaatgericht en analytisch: ik wil weten waarom een deal wel of niet doorgaat.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Inside Sales Medewerker Oost-Europa',
        'RouteLogic Software B.V.',
        '2023-02',
        null,
        true,
        'februari 2023 – heden',
        [
          'Eigen portefeuille van 52 klanten: transportbedrijven en expediteurs in Polen, Oekraïne, Litouwen, ' +
            'Letland en Estland',
          'Jaarlijkse licentieomzet van mijn klanten in 2025: € 640.000',
          'Demo’s via Teams, offertes en verlengingen; ik spreek meestal met de eigenaar of directeur, die beslist',
          'Nieuwe klanten via LinkedIn en de transportbeurs in Poznań',
        ],
        'Eindhoven',
      ),
      job(
        'Orderpicker',
        'Flexwerk Brabant uitzendbureau',
        '2022-06',
        '2023-01',
        false,
        'juni 2022 – januari 2023',
        ['Orderpicken en inpakken in een distributiecentrum, ondertussen Nederlandse les in de avond'],
        'Veldhoven',
      ),
      job(
        'Sales Manager',
        'TransLogic Ukraine LLC',
        '2015-03',
        '2022-02',
        true,
        'maart 2015 – februari 2022',
        [
          'Verkoop van wegtransport en douane-expeditie aan Oekraïense en Poolse importeurs',
          'Ongeveer 40 vaste klanten, jaaromzet rond de 2,5 miljoen dollar',
        ],
        'Kyiv, Oekraïne',
      ),
      job(
        'Logistiek medewerker',
        'TransLogic Ukraine LLC',
        '2013-09',
        '2015-02',
        false,
        'september 2013 – februari 2015',
        ['Documenten, CMR’s en tracking van zendingen'],
        'Kyiv, Oekraïne',
      ),
    ],
    education: [
      edu(
        'master',
        'Master International Economics, Kyiv National Economic University (2013 – 2015), door Nuffic gewaardeerd ' +
          'als wo-master',
        {
          field: 'International Economics',
          institution: 'Kyiv National Economic University',
          startYear: 2013,
          endYear: 2015,
        },
      ),
      edu('bachelor', 'Bachelor Economie, Kyiv National Economic University (2009 – 2013)', {
        field: 'Economie',
        institution: 'Kyiv National Economic University',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [named('Zakelijk Nederlands', 'Zakelijk Nederlands – Volksuniversiteit Eindhoven (2024)')],
    certifications: [],
    languages: [
      lang('uk', 'native', 'Oekraïens – moedertaal'),
      lang('ru', 'C1', 'Russisch – vloeiend'),
      lang('en', 'C1', 'Engels – C1'),
      lang('pl', 'B2', 'Pools – B2'),
      lang('nl', 'B2', 'Nederlands – B2 (Staatsexamen NT2, programma II, 2025)'),
    ],
    skills: [
      'Analytisch',
      'Meertalig verkopen aan transportbedrijven',
      'Kennis van CMR, douane en cabotage',
      'Pipedrive, Excel, Teams',
    ],
    clientBase: { activeAccounts: 52, annualRevenueEur: 640_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'sales'],
  },
  {
    id: 'nl-h28-08-vlaams-technieker-naar-verkoper-tuin-en-parkmachines-meetjesland',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëntwintighonderd Acht',
    email: 'k2208.eeklo@example.org',
    phone: '0471 28 39 46',
    contactLines: ['9900 Eeklo', '°2000', 'Rijbewijs B + BE'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Attesten',
      skills: 'Competenties',
      languages: 'Talen',
      workTable: ['Periode', 'Werkgever', 'Functie'],
    },
    profile: [
      'Ik ben opgegroeid tussen de grasmaaiers in de werkplaats van mijn nonkel en werk nu als verkoper van tuin- en ' +
        'parkmachines. Ik verkoop aan hoveniers, groendiensten en golfterreinen in het Meetjesland en het Waasland, ' +
        'en op zaterdag aan particulieren in de showroom. Technisch onderlegd, commercieel en klantgericht.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Verkoper tuin- en parkmachines', 'Groentechniek Van Hecke BV', '2022-09', null, true, '09/2022 – heden', [
        'Een 90-tal professionele klanten: hoveniers, groendiensten van gemeenten en golfterreinen in het ' +
          'Meetjesland en het Waasland',
        'Omzet professionele klanten 2025: ongeveer 1,3 miljoen euro',
        'Demonstraties op locatie van zitmaaiers, robotmaaiers en accugereedschap; offertes en leasevoorstellen',
        'Op zaterdag verkoop aan particulieren in de showroom',
      ]),
      job('Technieker werkplaats', 'Groentechniek Van Hecke BV', '2020-07', '2022-08', false, '07/2020 – 08/2022', [
        'Onderhoud en herstel van maaiers, kettingzagen en compacttractoren',
      ]),
      job('Jobstudent', 'Tuincentrum Het Groene Hof', '2016', '2020', false, '2016 – 2020 (weekends en vakanties)', [
        'Kassa, buitenafdeling en klanten helpen met laden',
      ]),
    ],
    education: [
      edu(
        'secondary',
        'Bachelor Agro- en biotechnologie, HOGENT (2019 – 2020) – niet afgewerkt\n' +
          'TSO Mechanische technieken + 7de specialisatiejaar Land- en tuinbouwmechanisatie, VTI Eeklo (2012 – 2019)',
        { field: 'Mechanische technieken', institution: 'VTI Eeklo', startYear: 2012, endYear: 2019 },
      ),
    ],
    courses: [],
    certifications: [named('Fytolicentie P1', 'Fytolicentie P1 (geldig tot 2030)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B1', 'Frans – redelijk'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Technisch onderlegd', 'Commercieel', 'Klantgericht', 'Robotmaaiers installeren en programmeren'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 1_300_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'sales'],
  },
  {
    id: 'nl-h28-09-monteur-werkplaatschef-verkoper-caravans-campers-harderwijk',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëntwintighonderd Negen',
    email: 'k2209.harderwijk@example.net',
    phone: '0341-428716',
    contactLines: ['Harderwijk', 'Geboortedatum: 03-02-1966'],
    headings: {
      profile: 'Persoonlijk profiel',
      work: 'Loopbaan',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Ruim veertig jaar in de auto’s, caravans en campers: eerst in de werkplaats, sinds 2006 in de verkoop. Ik verkoop ' +
        'nieuwe en gebruikte caravans en campers aan particulieren en beheer daarnaast de zakelijke klanten van ons ' +
        'bedrijf, verhuurbedrijven en campings. Nu de zaak is overgenomen door een landelijke keten, zoek ik een ' +
        'nieuwe uitdaging, het liefst als accountmanager voor de zakelijke markt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Verkoper caravans en campers', 'Veluwe Caravans B.V.', '2006', null, true, '2006 – heden', [
          'Verkoop van nieuwe en gebruikte caravans en campers aan particulieren, gemiddeld 130 stuks per jaar',
          'Accountbeheer voor 14 zakelijke klanten, verhuurbedrijven en campings in Gelderland en Overijssel: ' +
            'vlootvervanging, inruil en onderhoudscontracten, met de eigenaren, die zelf beslissen',
          'Omzet zakelijke klanten 2025: € 1,9 miljoen',
          'Standdienst op de Kampeer & Caravan Jaarbeurs in Utrecht',
        ]),
        lines: ['2006 – heden', 'Verkoper caravans en campers – Veluwe Caravans B.V., Harderwijk'],
      },
      {
        ...job('Werkplaatschef', 'Veluwe Caravans B.V.', '1995', '2005', false, '1995 – 2005', [
          'Leiding aan 5 monteurs, schadeherstel en vochtmetingen, garantieafhandeling met de fabrikanten',
        ]),
        lines: ['1995 – 2005', 'Werkplaatschef – Veluwe Caravans B.V., Harderwijk'],
      },
      {
        ...job('Monteur', 'Caravanbedrijf Hulshof', '1986', '1995', false, '1986 – 1995', [
          'Onderhoud, schadeherstel, inbouw van movers en luifels',
        ]),
        lines: ['1986 – 1995', 'Monteur – Caravanbedrijf Hulshof, Ermelo'],
      },
      {
        ...job('Leerling-automonteur', 'Garage Van den Brink', '1982', '1986', false, '1982 – 1986'),
        lines: ['1982 – 1986', 'Leerling-automonteur – Garage Van den Brink, Harderwijk'],
      },
    ],
    education: [
      edu('mbo 2', 'Primair leerlingwezen Autotechnicus (niveau 2), 1982 – 1985', {
        field: 'Autotechnicus',
        startYear: 1982,
        endYear: 1985,
      }),
      edu('lower secondary', 'LTS Motorvoertuigentechniek, Harderwijk, 1978 – 1982', {
        field: 'Motorvoertuigentechniek',
        startYear: 1978,
        endYear: 1982,
      }),
    ],
    courses: [
      named('Verkooptechniek', 'Verkooptechniek – BOVAG (2007)'),
      named('Vochtmeting en schadetaxatie', 'Vochtmeting en schadetaxatie (2001)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('de', 'B2', 'Duits: goed (veel Duitse klanten)'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    skills: [
      'Eerlijk advies, ook als dat een kleinere caravan betekent',
      'Technische kennis van caravans en campers',
      'Inruiltaxatie',
      'Rijbewijs B en BE',
    ],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      { kind: 'paragraph', text: 'Kamperen (uiteraard), vissen, vrijwilliger bij de plaatselijke voetbalclub.' },
    ],
    clientBase: { activeAccounts: 14, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'nl-h28-10-vlaams-vertaler-projectmanager-account-manager-vertaalbureau-gent',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëntwintighonderd Tien',
    email: 'k2210.gent@example.com',
    phone: '+32 472 19 38 57',
    contactLines: ['Gent', 'Belg, °1986'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Vorming',
      certifications: 'Erkenningen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Vertaler van opleiding, sinds 2021 account manager bij een vertaal- en tolkbureau in Gent. Ik begeleid ' +
        'bedrijven en overheden die in meerdere talen communiceren, van handleidingen tot contracten. Omdat ik zelf ' +
        'jaren vertaald heb, kan ik klanten eerlijk zeggen wat haalbaar is en wat een goede vertaling kost. Tactvol, ' +
        'analytisch en ondernemend.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account manager',
        'Polyglot Vertalingen NV',
        '2021-01',
        null,
        true,
        'januari 2021 – heden',
        [
          'Een 60-tal vaste klanten: industriële bedrijven, advocatenkantoren en overheidsdiensten in Vlaanderen en ' +
            'Brussel',
          'Omzet 2025 op mijn klanten: 1,4 miljoen euro',
          'Offertes, raamovereenkomsten en overheidsopdrachten, opvolging van grote projecten',
          'Mijn contactpersonen zijn communicatieverantwoordelijken, juristen en technische diensten',
        ],
        'Gent',
      ),
      job(
        'Projectmanager',
        'Polyglot Vertalingen NV',
        '2017-09',
        '2020-12',
        false,
        'september 2017 – december 2020',
        [
          'Planning van vertaalprojecten en inzet van een 200-tal freelance vertalers',
          'Kwaliteitscontrole en terminologiebeheer',
        ],
        'Gent',
      ),
      job(
        'Freelance vertaler FR/EN-NL',
        'zelfstandige in hoofdberoep',
        '2008-10',
        '2017-08',
        false,
        'oktober 2008 – augustus 2017',
        ['Technische en juridische vertalingen voor vertaalbureaus en enkele rechtstreekse klanten'],
        'Gent',
      ),
    ],
    education: [
      edu('master', 'Master in het vertalen Frans – Engels, Universiteit Gent (2007 – 2008)', {
        field: 'vertalen',
        institution: 'Universiteit Gent',
        startYear: 2007,
        endYear: 2008,
      }),
      edu('bachelor', 'Bachelor in de toegepaste taalkunde, Hogeschool Gent (2004 – 2007)', {
        field: 'toegepaste taalkunde',
        institution: 'Hogeschool Gent',
        startYear: 2004,
        endYear: 2007,
      }),
      edu('secondary', 'ASO Moderne Talen-Wiskunde, Sint-Barbaracollege Gent (1998 – 2004)', {
        field: 'Moderne Talen-Wiskunde',
        institution: 'Sint-Barbaracollege',
        startYear: 1998,
        endYear: 2004,
      }),
    ],
    courses: [
      named('Overheidsopdrachten voor leveranciers', 'Overheidsopdrachten voor leveranciers (2022)'),
      named('Post-editing van machinevertaling', 'Post-editing van machinevertaling (2019)'),
    ],
    certifications: [
      named(
        'Beëdigd vertaler Frans-Nederlands',
        'Beëdigd vertaler Frans-Nederlands, ingeschreven in het Nationaal Register (sinds 2012)',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'C2', 'Frans – C2'),
      lang('en', 'C1', 'Engels – C1'),
      lang('de', 'B2', 'Duits – B2'),
      lang('es', 'A2', 'Spaans – A2'),
    ],
    skills: ['Tactvol', 'Analytisch', 'Ondernemend', 'Trados, memoQ, Salesforce'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 1_400_000, segment: 'regional_smb' },
    competencies: ['analytical', 'entrepreneurship', 'tact_assertiveness'],
  },
  {
    id: 'nl-h28-11-dtp-er-via-binnendienst-accountmanager-promotieartikelen-amersfoort',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeëntwintighonderd Elf',
    email: 'k2211.amersfoort@example.org',
    phone: '06-17283945',
    contactLines: ['Amersfoort', 'Rijbewijs B'],
    tagline: 'Accountmanager promotieartikelen & relatiegeschenken',
    headings: {
      contact: 'Contact',
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Skills',
      languages: 'Talen',
    },
    profile: [
      'Ik begon als DTP’er bij een drukkerij en rolde via de binnendienst de verkoop in. Nu help ik marketeers en ' +
        'office managers aan relatiegeschenken, bedrukte kleding en beursmateriaal dat mensen echt gebruiken. ' +
        'Creatief meedenken, strak plannen (een beurs schuift niet op) en zorgen dat alles op tijd en goed bedrukt ' +
        'binnen is: daar ben ik goed in.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager',
        'Merkwaardig Promotie B.V.',
        '2022-04',
        null,
        true,
        'april 2022 – heden',
        [
          'Portefeuille van 85 zakelijke klanten door heel Nederland, van scale-ups tot gemeenten',
          'Omzet 2025 op mijn klanten: € 1,9 miljoen',
          'Mijn contactpersonen zijn marketingmanagers, eventmanagers en office managers',
          'Nieuwe klanten via beurzen, LinkedIn en doorverwijzingen',
        ],
        'Amersfoort',
      ),
      job(
        'Accountmanager binnendienst',
        'PromoPunt B.V.',
        '2018-06',
        '2022-03',
        true,
        'juni 2018 – maart 2022',
        [
          'Offertes, telefonische verkoop en opvolging van aanvragen uit de webshop',
          'Eigen klanten goed voor ca. € 400.000 per jaar',
        ],
        'Nijkerk',
      ),
      job(
        'DTP’er',
        'Drukkerij Eemland',
        '2013-09',
        '2018-05',
        false,
        'september 2013 – mei 2018',
        ['Opmaak en drukklaar maken van huisstijldrukwerk en brochures'],
        'Amersfoort',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Mediavormgever, Grafisch Lyceum Utrecht, 2009 – 2013', {
        field: 'Mediavormgever',
        institution: 'Grafisch Lyceum Utrecht',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('vmbo', 'VMBO-TL, Amersfoort, 2005 – 2009', { startYear: 2005, endYear: 2009 }),
    ],
    courses: [
      named('Textieldruk en borduren', 'Textieldruk en borduren (2019)'),
      named('Zakelijk schrijven', 'Zakelijk schrijven (2021)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Creatief meedenken', 'Plannen en deadlines bewaken', 'Adobe InDesign en Illustrator', 'HubSpot, Excel'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_900_000, segment: 'national' },
    competencies: ['innovation', 'organisation'],
  },
  {
    id: 'nl-h28-12-kapper-salonhouder-vertegenwoordiger-haarverzorging-den-haag',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeëntwintighonderd Twaalf',
    email: 'k2212.denhaag@example.com',
    phone: '06 2738 4915',
    contactLines: ['Den Haag'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Trainingen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Kapper van beroep, twaalf jaar achter de stoel, waarvan vijf in mijn eigen salon. Sinds 2018 ben ik ' +
        'vertegenwoordiger voor een groothandel in professionele haarverzorging en kleuring. Ik praat met ' +
        'salonhouders als collega: over kleurresultaten, marges en personeel. Overtuigend, hardwerkend en een ' +
        'netwerker in de Haagse kappersbranche.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Vertegenwoordiger',
        'Salon Supply Holland B.V.',
        '2018-01',
        null,
        true,
        'januari 2018 – heden',
        [
          'Rayon Den Haag, Delft, Westland en Leiden met ongeveer 130 kapsalons en barbershops als vaste klant',
          'Omzet van mijn rayon in 2025: € 1,6 miljoen',
          'Introductie van kleurlijnen en verzorgingsproducten, kleurtrainingen in de salon',
          'De salonhouders kiezen zelf hun merken en beslissen over de inkoop',
        ],
        'Rijswijk',
      ),
      job(
        'Eigenaar',
        'Kapsalon Dilan',
        '2013-03',
        '2017-12',
        false,
        'maart 2013 – december 2017',
        ['Eigen salon met 3 medewerkers: inkoop, administratie en personeel; eind 2017 verkocht'],
        'Den Haag',
      ),
      job(
        'Kapper',
        'Hairstudio Centrum',
        '2006-08',
        '2013-02',
        false,
        'augustus 2006 – februari 2013',
        ['Knippen en kleuren, vanaf 2010 eerste kapper'],
        'Den Haag',
      ),
    ],
    education: [
      edu('mbo 3', 'MBO 3 Kapper (BBL), ROC Mondriaan, Den Haag, 2005 – 2008', {
        field: 'Kapper',
        institution: 'ROC Mondriaan',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('vmbo', 'VMBO kader, Den Haag, 2001 – 2005', { startYear: 2001, endYear: 2005 }),
    ],
    courses: [
      named('Kleurspecialist', 'Kleurspecialist – Salon Supply Academy (2019)'),
      named('Ondernemen in de kappersbranche', 'Ondernemen in de kappersbranche (2012)'),
    ],
    certifications: [],
    languages: [
      lang('tr', 'native', 'Turks – moedertaal'),
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Overtuigend', 'Kleurtechniek en haaranalyse', 'Trainingen geven aan salonteams', 'Rijbewijs B'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['persuasiveness'],
  },
  {
    id: 'nl-h28-13-vlaams-zaakvoerder-ijssalon-accountmanager-ijs-horeca-kust',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeëntwintighonderd Dertien',
    email: 'k2213.oostende@example.net',
    phone: '0495/28.17.36',
    contactLines: ['8400 Oostende', '°14/05/1978', 'Gehuwd, 2 kinderen'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Studies',
      courses: 'Bijscholing',
      certifications: 'Attesten',
      skills: 'Troeven',
      languages: 'Talen',
    },
    profile: [
      'Tien jaar lang stond ik met mijn vrouw in onze eigen ijssalon op de dijk in De Haan. Sinds 2019 verkoop ik ' +
        'ambachtelijk ijs en desserts aan horecazaken en ijssalons langs de kust en in het West-Vlaamse binnenland. ' +
        'Ik weet wat een zaakvoerder in juli nodig heeft: leveren op tijd, ook op zondag. Klantgericht, ' +
        'stressbestendig en een harde werker.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager horeca', 'IJsmakerij Polderijs NV', '2019-03', null, true, 'sinds maart 2019', [
          'Een 180-tal verkooppunten: restaurants, brasserieën, frituren, campings en ijssalons van De Panne tot ' +
            'Knokke en in het binnenland',
          'Omzet 2025: 2,2 miljoen euro',
          'Jaarafspraken met de zaakvoerders, die zelf beslissen, inclusief vriezers in bruikleen (een 450-tal ' +
            'toestellen)',
          'In juli en augustus tot drie leveringen per week per zaak',
        ]),
        lines: ['Sinds maart 2019 – Accountmanager horeca bij IJsmakerij Polderijs NV (Jabbeke)'],
      },
      {
        ...job('Zaakvoerder', 'IJssalon Zeezicht BV', '2009', '2018', false, 'van 2009 tot en met 2018', [
          'Eigen productie van ambachtelijk ijs, 8 seizoenskrachten, aankoop en personeel',
          'Zaak verkocht eind 2018',
        ]),
        lines: ['Van 2009 tot en met 2018 – Zaakvoerder van onze eigen zaak, IJssalon Zeezicht BV (De Haan)'],
      },
      {
        ...job('Kok', 'Hotel-restaurant Noordzee', '1997', '2008', false, '1997 – 2008', [
          'Eerst commis, vanaf 2003 chef de partie desserts',
        ]),
        lines: ['1997 – 2008 – Kok in Hotel-restaurant Noordzee (Blankenberge)'],
      },
    ],
    education: [
      edu(
        'secondary',
        'BSO Restaurant en keuken met 7de specialisatiejaar, Hotelschool Ter Duinen, Koksijde (1990 – 1997)',
        { field: 'Restaurant en keuken', institution: 'Hotelschool Ter Duinen', startYear: 1990, endYear: 1997 },
      ),
    ],
    courses: [named('Ambachtelijk ijsbereider', 'Ambachtelijk ijsbereider – Syntra West (2007 – 2008)')],
    certifications: [named('Attest bedrijfsbeheer', 'Attest bedrijfsbeheer (Syntra West, 2008)')],
    languages: [
      lang('nl', 'native', 'Nederlands is mijn moedertaal'),
      lang('fr', 'B2', 'Frans goed'),
      lang('en', 'B1', 'Engels redelijk'),
      lang('de', 'B1', 'Duits redelijk'),
    ],
    languagesText: [
      'Nederlands is mijn moedertaal. Frans goed, Engels en Duits redelijk (geleerd van de toeristen aan de kust).',
    ],
    skills: ['Klantgericht', 'Stressbestendig', 'HACCP en voedselveiligheid', 'Rijbewijs B en C'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 2_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h28-14-kwekerszoon-teeltleider-verkoper-laanbomen-export-betuwe',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëntwintighonderd Veertien',
    email: 'k2214.opheusden@example.com',
    phone: '06-43928175',
    contactLines: ['Opheusden', 'Rijbewijs B, BE'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Licenties',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    jobLabels: { period: 'Periode', title: 'Functie', employer: 'Bedrijf', duties: 'Werkzaamheden' },
    profile: [
      'Opgegroeid op een boomkwekerij in de Betuwe, en alle stappen in het vak gezet: van oculeren en rooien tot ' +
        'teeltleider. Sinds 2017 verkoop ik laan- en parkbomen aan groenaannemers, hoveniers en gemeenten in ' +
        'Nederland, Duitsland, België en Scandinavië. Ik spreek vloeiend Duits en ben graag op pad. Klanten waarderen ' +
        'dat ik eerlijk ben over wat er op het veld staat.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Verkoper binnen- en buitenland',
        'Boomkwekerij Gebr. Van Steenis B.V.',
        '2017-01',
        null,
        true,
        'jan. 2017 – heden',
        [
          '70 vaste afnemers: groenaannemers, hoveniers, gemeenten en tuincentra in Nederland, Duitsland, België, ' +
            'Denemarken en Zweden',
          'omzet op mijn klanten in 2025: € 4,5 miljoen',
          'offertes en bestekken, veldbezoeken met klanten om bomen uit te zoeken en te labelen',
          'beurzen: GaLaBau in Neurenberg en de Groen Vakbeurs',
          'de kwekerij heeft 350 hectare met ruim 400.000 bomen op het veld',
        ],
        'Opheusden',
      ),
      job(
        'Teeltleider',
        'Boomkwekerij Gebr. Van Steenis B.V.',
        '2012-03',
        '2016-12',
        false,
        'mrt. 2012 – dec. 2016',
        ['teeltplanning, gewasbescherming en aansturing van 12 vaste medewerkers en seizoenskrachten'],
        'Opheusden',
      ),
      job(
        'Kwekerijmedewerker',
        'Boomkwekerij Van Ooijen',
        '2005-08',
        '2012-02',
        false,
        'aug. 2005 – feb. 2012',
        ['oculeren, snoeien, rooien en laden'],
        'Kesteren',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Teelt en ondernemerschap (boomkwekerij), Groen College Betuwe, 2001 – 2005', {
        field: 'Teelt en ondernemerschap',
        institution: 'Groen College Betuwe',
        startYear: 2001,
        endYear: 2005,
      }),
      edu('mavo', 'MAVO, Tiel, 1997 – 2001', { startYear: 1997, endYear: 2001 }),
    ],
    courses: [
      named('Boomverzorging en plantverbanden', 'Boomverzorging en plantverbanden (2018)'),
      named('Duits voor de handel', 'Duits voor de handel (2016)'),
    ],
    certifications: [
      named(
        'Vakbekwaamheid gewasbescherming – Uitvoeren',
        'Spuitlicentie (Vakbekwaamheid gewasbescherming – Uitvoeren), geldig tot 2027',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'C1', 'Duits – vloeiend'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: [
      'Sortimentskennis laan-, park- en vormbomen',
      'Exportdocumenten en fytosanitaire certificaten',
      'Samenwerking met planning en expeditie',
      'Excel, kwekerij-ERP',
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 4_500_000, segment: 'international' },
    competencies: ['teamwork'],
  },
  {
    id: 'nl-h28-15-muziekdocent-naar-accountmanager-muziekinstrumenten-scholen-harmonieen-utrecht',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëntwintighonderd Vijftien',
    email: 'k2215.utrecht@example.org',
    phone: '06 3819 2746',
    contactLines: ['Utrecht'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Muziekdocent die de overstap maakte naar de commerciële kant. Sinds 2019 ben ik accountmanager onderwijs en ' +
        'verenigingen bij een groothandel in muziekinstrumenten. Ik help muziekscholen, basisscholen en harmonieën ' +
        'aan instrumenten, huurregelingen en service. Ik spreek de taal van docenten en dirigenten en kan goed ' +
        'samenwerken met onze werkplaats.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager onderwijs en verenigingen',
        'Klankhuis Muziekgroothandel B.V.',
        '2019-08',
        null,
        true,
        'augustus 2019 – heden',
        [
          'Ruim 200 klanten in Utrecht, Gelderland en Flevoland: muziekscholen, scholen met muziekklassen, ' +
            'harmonieën, fanfares en koren',
          'Omzet 2025 op mijn klanten: € 1,3 miljoen (verkoop, huur en onderhoud)',
          'Contactpersonen: muziekdocenten, coördinatoren en bestuursleden',
          'Via mijn scholen huren zo’n 3.400 leerlingen een instrument',
        ],
        'Nieuwegein',
      ),
      job(
        'Docent muziek',
        'Kromme Rijn College',
        '2008-08',
        '2019-07',
        false,
        'augustus 2008 – juli 2019',
        ['Muziekles in onder- en bovenbouw, schoolorkest en eindexamens'],
        'Utrecht',
      ),
      job(
        'Verkoper',
        'Muziekhandel De Toonladder',
        '2004-09',
        '2008-06',
        true,
        'september 2004 – juni 2008 (parttime, naast studie)',
        ['Verkoop van blaasinstrumenten, accessoires en bladmuziek in de winkel'],
        'Utrecht',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenactiviteiten' },
      {
        kind: 'paragraph',
        text: 'Dirigent van Harmonie Sint-Caecilia, Montfoort (sinds 2012, twee repetities per week)',
      },
    ],
    education: [
      edu('bachelor', 'Bachelor Docent Muziek, Hogeschool voor de Kunsten Utrecht, 2004 – 2008', {
        field: 'Docent Muziek',
        institution: 'Hogeschool voor de Kunsten Utrecht',
        startYear: 2004,
        endYear: 2008,
      }),
      edu('vwo', 'VWO, Utrecht, 1998 – 2004', { startYear: 1998, endYear: 2004 }),
    ],
    courses: [named('Accountmanagement voor zij-instromers', 'Accountmanagement voor zij-instromers (2020)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B1', 'Duits – redelijk'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: [
      'Instrumentkennis: koper, hout en slagwerk',
      'Presenteren voor grote groepen',
      'Samenwerken met werkplaats en verhuur',
      'Exact, Excel',
    ],
    clientBase: { activeAccounts: 200, annualRevenueEur: 1_300_000, segment: 'regional_smb' },
    competencies: ['teamwork'],
  },
  {
    id: 'nl-h28-16-vlaams-klantendienst-inside-sales-account-manager-documentvernietiging-mechelen',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëntwintighonderd Zestien',
    email: 'k2216.mechelen@example.com',
    phone: '0478 61 29 04',
    contactLines: ['2800 Mechelen', 'Rijbewijs B'],
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleiding',
      courses: 'Bijscholing',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Ik werk al dertien jaar bij een specialist in archiefbeheer en vernietiging van vertrouwelijke documenten: ' +
        'eerst op de klantendienst, dan in inside sales en nu als account manager. Ik begeleid KMO’s, ' +
        'advocatenkantoren en medische praktijken die hun papier en datadragers veilig willen laten vernietigen. ' +
        'Klantgericht, assertief en goed georganiseerd.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account manager KMO',
        'SecuDoc Belgium NV',
        '2019-10',
        null,
        true,
        'oktober 2019 – heden',
        [
          'Een 320-tal klanten in Vlaams-Brabant, de provincie Antwerpen en Brussel: KMO’s, advocatenkantoren, ' +
            'huisartsenpraktijken en tandartsen',
          'Omzet 2025 op mijn portefeuille: 1,1 miljoen euro',
          'Contracten voor containerdiensten, eenmalige opruimacties en archiefopslag',
          'Wij vernietigen ruim 3.500 ton papier per jaar',
        ],
        'Willebroek',
      ),
      job(
        'Inside sales medewerker',
        'SecuDoc Belgium NV',
        '2016-04',
        '2019-09',
        true,
        'april 2016 – september 2019',
        ['Telefonische prospectie, offertes en afsluiten van contracten met kleine klanten'],
        'Willebroek',
      ),
      job(
        'Medewerker klantendienst',
        'SecuDoc Belgium NV',
        '2013-05',
        '2016-03',
        false,
        'mei 2013 – maart 2016',
        ['Planning van ophalingen, klachten en vragen over facturen'],
        'Willebroek',
      ),
      job(
        'Administratief bediende',
        'Ziekenhuis Dijleland',
        '2009-09',
        '2013-04',
        false,
        'september 2009 – april 2013',
        ['Patiëntenonthaal en facturatie'],
        'Mechelen',
      ),
    ],
    education: [
      edu('short-cycle tertiary', 'Graduaat Office management, CVO Rivierenland (avondonderwijs), 2011 – 2013', {
        field: 'Office management',
        institution: 'CVO Rivierenland',
        startYear: 2011,
        endYear: 2013,
      }),
      edu('secondary', 'TSO Handel, Sint-Romboutsinstituut Mechelen, 2003 – 2009', {
        field: 'Handel',
        institution: 'Sint-Romboutsinstituut',
        startYear: 2003,
        endYear: 2009,
      }),
    ],
    courses: [
      named('GDPR voor commerciële medewerkers', 'GDPR voor commerciële medewerkers (2020)'),
      named('Telefonische prospectie', 'Telefonische prospectie (2016)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Klantgericht', 'Assertief', 'Goed georganiseerd', 'Salesforce, Excel'],
    clientBase: { activeAccounts: 320, annualRevenueEur: 1_100_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'tact_assertiveness'],
  },
  {
    id: 'nl-h28-17-getypt-verhuizer-planner-accountmanager-bedrijfsverhuizingen-den-bosch',
    format: 'txt',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeëntwintighonderd Zeventien',
    email: 'k2217.rosmalen@example.net',
    phone: '06-24819375',
    contactLines: ['Rosmalen', 'Geboren 1981', 'Rijbewijs B, C'],
    headings: {
      contact: 'Contactgegevens',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik ken verhuizen van de vrachtwagen tot de offerte. Na zeven jaar als verhuizer en zes jaar op de planning ' +
        'ben ik sinds 2012 accountmanager bedrijfsverhuizingen. Ik verzorg kantoor-, archief- en ' +
        'ziekenhuisverhuizingen in Brabant en bouw langdurige relaties op met facilitair managers. ' +
        'Organisatievermogen is mijn sterkste punt: een verhuizing van 400 werkplekken in één weekend moet kloppen ' +
        'tot de laatste kabel.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Accountmanager bedrijfsverhuizingen',
          'Verhuisgroep Maasland B.V.',
          '2012-06',
          null,
          true,
          'juni 2012 – heden',
          [
            'Raamcontracten met 35 vaste opdrachtgevers in Brabant: gemeenten, ziekenhuizen, scholen en kantoren',
            'Daarnaast zo’n 140 losse projecten per jaar via aanbestedingen en aanvragen',
            'Omzet 2025 uit mijn contracten en projecten: € 2,8 miljoen',
            'De facilitair managers met wie ik werk, gunnen de opdracht zelf',
          ],
        ),
        lines: [
          'Accountmanager bedrijfsverhuizingen',
          'Verhuisgroep Maasland B.V., ’s-Hertogenbosch',
          'juni 2012 – heden',
        ],
      },
      {
        ...job('Planner', 'Verhuisgroep Maasland B.V.', '2006-01', '2012-05', false, 'januari 2006 – mei 2012', [
          'Planning van ploegen, wagens en verhuisliften',
        ]),
        lines: ['Planner', 'Verhuisgroep Maasland B.V., ’s-Hertogenbosch', 'januari 2006 – mei 2012'],
      },
      {
        ...job('Verhuizer / chauffeur', 'Van der Linden Verhuizingen', '1999', '2005', false, '1999 – 2005'),
        lines: ['Verhuizer / chauffeur', 'Van der Linden Verhuizingen, Vught', '1999 – 2005'],
      },
    ],
    education: [
      edu('mbo 3', 'MBO 3 Logistiek medewerker (BBL), Koning Willem I College, ’s-Hertogenbosch, 2003 – 2005', {
        field: 'Logistiek medewerker',
        institution: 'Koning Willem I College',
        startYear: 2003,
        endYear: 2005,
      }),
      edu('mavo', 'MAVO, ’s-Hertogenbosch, 1993 – 1997', { startYear: 1993, endYear: 1997 }),
    ],
    courses: [
      named('Projectmatig werken', 'Projectmatig werken (2014)'),
      named('Aanbesteden voor leveranciers', 'Aanbesteden voor leveranciers (2018)'),
    ],
    certifications: [named('VCA Basis', 'VCA Basis (geldig tot 2027)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Organisatievermogen', 'Offertes en calculatie', 'MS Office, MoveManager'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 2_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation'],
  },
  {
    id: 'nl-h28-18-personal-trainer-sales-consultant-accountmanager-bedrijfsfitness-amsterdam',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeëntwintighonderd Achttien',
    email: 'k2218.amsterdam@example.com',
    phone: '06 5219 3847',
    contactLines: ['Amsterdam', 'linkedin.example.com/in/k2218'],
    tagline: 'Accountmanager Corporate Wellness',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Ervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Van personal trainer via de verkoop van lidmaatschappen naar accountmanager bedrijfsfitness. Ik help ' +
        'werkgevers hun mensen fitter en vitaler te krijgen, met bedrijfsfitness, vitaliteitsprogramma’s en ' +
        'workshops op locatie. Sportief, proactief en een teamspeler die ook de trainers meekrijgt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager Corporate Wellness',
        'FitFirm Corporate Wellness B.V.',
        '2021-09',
        null,
        true,
        'sep 2021 – heden',
        [
          '48 zakelijke klanten in Amsterdam, Haarlem, Utrecht en ’t Gooi, van 50 tot 2.000 medewerkers',
          'Contractwaarde 2025: € 1,2 miljoen',
          'Ik verkoop aan HR-managers en directies, die beslissen over het vitaliteitsbudget',
          'Samen ruim 9.000 medewerkers met een bedrijfsfitnessabonnement',
        ],
        'Amsterdam',
      ),
      job(
        'Sales consultant',
        'BodyBase Fitness',
        '2018-05',
        '2021-08',
        true,
        'mei 2018 – aug 2021',
        [
          'Rondleidingen en verkoop van lidmaatschappen en personal training, maandtarget 45 nieuwe leden',
          'Beste consultant van de regio in 2019 en 2020 (aantal nieuwe leden)',
        ],
        'Amsterdam-Zuid',
      ),
      job(
        'Personal trainer',
        'BodyBase Fitness',
        '2016-02',
        '2018-04',
        false,
        'feb 2016 – apr 2018',
        ['Personal training en groepslessen'],
        'Amsterdam-Zuid',
      ),
    ],
    education: [
      edu(
        'mbo 4',
        'HBO Sportmarketing, Hogeschool van Amsterdam, 2016 – 2017 (propedeuse, niet afgerond)\n' +
          'MBO 4 Sport- en bewegingscoördinator (CIOS), ROC van Amsterdam, 2012 – 2016',
        {
          field: 'Sport- en bewegingscoördinator',
          institution: 'ROC van Amsterdam',
          startYear: 2012,
          endYear: 2016,
        },
      ),
    ],
    courses: [named('Consultative selling', 'Consultative selling – FitFirm Academy (2022)')],
    certifications: [named('Personal Trainer (EREPS niveau 4)', 'Personal Trainer (EREPS niveau 4), 2016')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('es', 'A2', 'Spaans – basis'),
    ],
    skills: ['Proactief', 'Teamspeler', 'Presenteren en workshops geven', 'HubSpot, Excel'],
    clientBase: { activeAccounts: 48, annualRevenueEur: 1_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'teamwork'],
  },
  {
    id: 'nl-h28-19-fotograaf-naar-accountmanager-schoolfotografie-noord-nederland-assen',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeëntwintighonderd Negentien',
    email: 'k2219.assen@example.org',
    phone: '06-82731946',
    contactLines: ['Assen'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Fotograaf die ontdekte dat hij het contact met scholen leuker vindt dan het nabewerken. Sinds 2016 ben ik ' +
        'accountmanager bij een schoolfotografiebedrijf in Noord-Nederland. Ik maak de afspraken met de scholen, ' +
        'regel de fotodagen en zorg dat ouders en scholen tevreden zijn. Creatief en communicatief.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Accountmanager scholen',
        'Klassefoto B.V.',
        '2016-02',
        null,
        true,
        'februari 2016 – heden',
        [
          '420 basisscholen en kinderdagverblijven in Groningen, Friesland en Drenthe',
          'Omzet van mijn scholen in 2025 (fotoverkoop aan ouders): € 1,7 miljoen',
          'Jaarafspraken met de directeuren, die zelf kiezen welke fotograaf er komt',
          'Ruim 600 fotodagen per jaar, verdeeld over 9 fotografen',
        ],
        'Assen',
      ),
      job(
        'Fotograaf',
        'Fotografie Noorderlicht',
        '2010',
        '2016',
        false,
        '2010 – 2016',
        ['Eigen bedrijf: bruiloften, bedrijfsreportages en in het voorjaar schoolfotografie als freelancer'],
        'Assen',
      ),
      job(
        'Medewerker fotovakhandel',
        'Foto Hoekstra',
        '2007-09',
        '2010-06',
        true,
        'sep. 2007 – jun. 2010',
        ['Advies en verkoop van camera’s en objectieven in de winkel, afdrukservice'],
        'Groningen',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Fotograaf, Noorderpoort, Groningen, 2003 – 2007', {
        field: 'Fotograaf',
        institution: 'Noorderpoort',
        startYear: 2003,
        endYear: 2007,
      }),
      edu('havo', 'HAVO, Dr. Nassau College, Assen, 1998 – 2003', {
        institution: 'Dr. Nassau College',
        startYear: 1998,
        endYear: 2003,
      }),
    ],
    courses: [named('Lightroom en workflow', 'Lightroom en workflow (2012)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Creatief', 'Communicatief', 'Roosters voor fotodagen in Excel', 'Adobe Lightroom, Photoshop'],
    clientBase: { activeAccounts: 420, annualRevenueEur: 1_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'innovation'],
  },
  {
    id: 'nl-h28-20-vlaamse-verpleegkundige-naar-slaapadviseur-beddenspeciaalzaak-leuven',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëntwintighonderd Twintig',
    email: 'k2220.leuven@example.com',
    phone: '0497 38 26 15',
    contactLines: ['3000 Leuven', '°1972'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Bijscholing',
      skills: 'Sterktes',
      languages: 'Talen',
    },
    profile: [
      'Verpleegkundige van opleiding, sinds 2011 slaapadviseur in een beddenspeciaalzaak. Ik combineer mijn kennis ' +
        'van rug- en nekklachten met advies over matrassen, boxsprings en verstelbare bedden. Nu zoek ik een functie ' +
        'als account manager bij een fabrikant van bedden of zorgbedden, waar ik woonzorgcentra en hotels kan ' +
        'bedienen. Klantgericht, geduldig en een luisterend oor.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Slaapadviseur',
        'Beddenhuis Dijleland BV',
        '2011-03',
        null,
        true,
        'maart 2011 – heden',
        [
          'Advies en verkoop van matrassen, boxsprings en verstelbare bedden aan particulieren',
          'Gemiddeld 45 bedden per maand, gemiddeld ticket 2.600 euro',
          'Ligtesten en nazorg, ook thuisbezoeken bij mensen met een beperking',
          'Van 2016 tot 2020 daarnaast verantwoordelijke van de winkel in Heverlee',
        ],
        'Leuven',
      ),
      job(
        'Verpleegkundige',
        'Ziekenhuis Sint-Jozef Leuven',
        '1993-09',
        '2011-02',
        false,
        'september 1993 – februari 2011',
        ['Afdeling orthopedie, vanaf 2002 halftijds'],
        'Leuven',
      ),
    ],
    education: [
      edu(
        'bachelor',
        'Bachelor in de verpleegkunde (toen: gegradueerde verpleegkundige), Hogeschool Sint-Elisabeth Leuven (nu UCLL), 1990 – 1993',
        {
          field: 'verpleegkunde',
          institution: 'Hogeschool Sint-Elisabeth Leuven',
          startYear: 1990,
          endYear: 1993,
        },
      ),
      edu('secondary', 'ASO Wetenschappen, Paridaensinstituut Leuven, 1984 – 1990', {
        field: 'Wetenschappen',
        institution: 'Paridaensinstituut',
        startYear: 1984,
        endYear: 1990,
      }),
    ],
    courses: [
      named('Ergonomie van het slapen', 'Ergonomie van het slapen (2013)'),
      named('Decubituspreventie', 'Decubituspreventie (2008)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Klantgericht', 'Kennis van anatomie en ergonomie', 'Geduldig en empathisch', 'Kassasysteem, Excel'],
    clientBase: null,
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h28-21-tegelzetter-showroom-accountmanager-projecten-tegels-tilburg',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëntwintighonderd Eenentwintig',
    email: 'k2221.tilburg@example.net',
    phone: '06-19374628',
    contactLines: ['Tilburg', 'Geboren: 1981'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Werkgever', 'Functie', 'Periode'],
    },
    profile: [
      'Ik heb dertien jaar tegels gezet voordat ik de showroom in ging. Nu ben ik accountmanager projecten bij een ' +
        'tegelgroothandel in Tilburg en lever ik tegels en natuursteen aan aannemers, projectontwikkelaars en ' +
        'badkamerzaken in Brabant. Omdat ik het vak ken, praat ik met de uitvoerder over lijmbedden en met de inkoper ' +
        'over prijzen. Eerlijk, zelfstandig en een doorzetter.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job('Accountmanager projecten', 'Tegelhuis Brabant B.V.', '2018-09', null, true, 'sept. 2018 – heden', [
        'Ongeveer 65 vaste zakelijke klanten in Noord-Brabant: aannemers, projectontwikkelaars en badkamerzaken',
        'Omzet 2025 op mijn klanten: € 3,3 miljoen',
        'Projectoffertes, bemonstering en leveringen op de bouw afstemmen met de uitvoerders',
        'Jaarafspraken met de eigenaren en inkopers van de aannemers, die daarover beslissen',
      ]),
      job('Verkoopadviseur showroom', 'Tegelhuis Brabant B.V.', '2011-03', '2018-08', true, 'mrt. 2011 – aug. 2018', [
        'Advies en verkoop aan particulieren en kleine tegelzetters in de showroom, badkamers tekenen in 3D',
      ]),
      job('Tegelzetter', 'Tegelzetbedrijf Van Gils', '1998', '2011', false, '1998 – 2011', [
        'Wand- en vloertegels in nieuwbouw en renovatie, de laatste jaren als voorman',
      ]),
    ],
    education: [
      edu('mbo 2', 'MBO 2 Tegelzetter (BBL), ROC Tilburg, 1998 – 2000', {
        field: 'Tegelzetter',
        institution: 'ROC Tilburg',
        startYear: 1998,
        endYear: 2000,
      }),
      edu('lower secondary', 'LBO Bouwtechniek, Tilburg, 1993 – 1997', {
        field: 'Bouwtechniek',
        startYear: 1993,
        endYear: 1997,
      }),
    ],
    courses: [
      named('Natuursteen: eigenschappen en onderhoud', 'Natuursteen: eigenschappen en onderhoud (2016)'),
      named('Badkamerontwerp in 3D', 'Badkamerontwerp in 3D (2013)'),
    ],
    certifications: [named('VCA Basis')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Vakkennis tegels en natuursteen', 'Zelfstandig', 'Tekenen in 3D (badkamers)', 'Exact, Excel'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 3_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'nl-h28-22-veertig-jaar-heftrucks-monteur-tot-accountmanager-intralogistiek-dordrecht',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeëntwintighonderd Tweeëntwintig',
    email: 'k2222.dordrecht@example.com',
    phone: '06-21938475',
    contactLines: ['Dordrecht', 'Geboren: 1967'],
    tagline: 'Accountmanager intralogistiek',
    headings: {
      contact: 'Personalia',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Veertig jaar heftrucks, van monteur tot accountmanager. Ik adviseer bedrijven over heftrucks, reachtrucks en ' +
        'magazijntechniek en kijk daarbij eerst naar hoe ze werken, pas daarna naar de machine. Mijn klanten ' +
        'variëren van de bakker met één heftruck tot distributiecentra met zestig trucks. Ik ben een ' +
        'relatiebeheerder pur sang: veel klanten ken ik al twintig jaar.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager intralogistiek', 'Lift & Trek Heftrucks B.V.', '2012', null, true, '2012 – heden', [
          'Ongeveer 110 klanten in Zuid-Holland-Zuid en West-Brabant, van mkb tot distributiecentra',
          'Omzet 2025 op mijn klanten: € 7,4 miljoen aan nieuwe trucks, huur en servicecontracten',
          'Gesprekspartners: logistiek managers en eigenaren, die zelf beslissen over de investering',
          'Wij hebben zo’n 2.300 trucks van klanten in onderhoud',
        ]),
        lines: ['2012 – heden   Accountmanager intralogistiek', 'Lift & Trek Heftrucks B.V., Ridderkerk'],
      },
      {
        ...job('Verkoper buitendienst', 'Heftruckcentrale Drechtsteden B.V.', '1999', '2012', true, '1999 – 2012', [
          'Nieuwe en gebruikte heftrucks, rayon Drechtsteden en Hoeksche Waard',
        ]),
        lines: ['1999 – 2012   Verkoper buitendienst', 'Heftruckcentrale Drechtsteden B.V., Dordrecht'],
      },
      {
        ...job('Servicecoördinator', 'Heftruckcentrale Drechtsteden B.V.', '1993', '1999', false, '1993 – 1999', [
          'Planning van 14 monteurs, onderhoudscontracten en keuringen',
        ]),
        lines: ['1993 – 1999   Servicecoördinator', 'Heftruckcentrale Drechtsteden B.V., Dordrecht'],
      },
      {
        ...job('Monteur heftrucks', 'Heftruckcentrale Drechtsteden B.V.', '1985', '1993', false, '1985 – 1993'),
        lines: ['1985 – 1993   Monteur heftrucks', 'Heftruckcentrale Drechtsteden B.V., Dordrecht'],
      },
    ],
    education: [
      edu('mbo 4', 'MTS Werktuigbouwkunde (avondopleiding), Dordrecht, 1988 – 1991', {
        field: 'Werktuigbouwkunde',
        startYear: 1988,
        endYear: 1991,
      }),
      edu('lower secondary', 'LTS Motorvoertuigentechniek, Dordrecht, 1981 – 1985', {
        field: 'Motorvoertuigentechniek',
        startYear: 1981,
        endYear: 1985,
      }),
    ],
    courses: [
      named('Accountmanagement', 'Accountmanagement – NCOI (2003)'),
      named('Magazijninrichting en stellingkeuringen', 'Magazijninrichting en stellingkeuringen (2015)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: [
      'Relatiebeheer',
      'Technisch advies en demonstraties',
      'Offertes en leasecalculaties',
      'Rijbewijs B, heftruckcertificaat',
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 7_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'nl-h28-23-getypt-glazenwasser-rayonleider-accountmanager-gevelonderhoud-haarlem',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeëntwintighonderd Drieëntwintig',
    email: 'k2223.haarlem@example.org',
    phone: '06 4738 2915',
    contactLines: ['Haarlem'],
    headings: {
      profile: 'Profiel',
      work: 'Werk',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Begonnen als glazenwasser op de ladder, nu accountmanager voor glasbewassing en gevelonderhoud. Ik ken het ' +
        'werk, de risico’s en de prijzen, en dat merken mijn klanten. Ik werk met VvE-beheerders, facilitair ' +
        'managers en winkelcentrummanagers in Kennemerland en Amsterdam. Klantgericht en sterk in onderhandelen.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager', 'Helder Gevelonderhoud B.V.', '2016', null, true, '2016 – nu', [
          '140 vaste contracten met VvE’s, kantoren en winkelcentra in Kennemerland en Amsterdam',
          'Omzet op mijn contracten in 2025: € 2,6 miljoen',
          'Inspecties, offertes en meerjarenplannen voor gevelonderhoud',
          'Mijn contacten zijn VvE-beheerders en facilitair managers; bij VvE’s beslist de ledenvergadering',
        ]),
        lines: ['2016 – nu | Accountmanager | Helder Gevelonderhoud B.V., Haarlem'],
      },
      {
        ...job('Rayonleider', 'Helder Gevelonderhoud B.V.', '2011', '2016', false, '2011 – 2016', [
          'Aansturing van 12 glazenwassers, werkverdeling en kwaliteitscontroles',
        ]),
        lines: ['2011 – 2016 | Rayonleider | Helder Gevelonderhoud B.V., Haarlem'],
      },
      {
        ...job('Glazenwasser', 'Glazenwassersbedrijf Kennemerland', '2003', '2011', false, '2003 – 2011'),
        lines: ['2003 – 2011 | Glazenwasser | Glazenwassersbedrijf Kennemerland, Heemstede'],
      },
    ],
    education: [
      edu('mbo 2', 'MBO 2 Schoonmaak en glazenwassen (BBL), ROC Nova College, 2003 – 2005', {
        field: 'Schoonmaak en glazenwassen',
        institution: 'ROC Nova College',
        startYear: 2003,
        endYear: 2005,
      }),
      edu('vmbo', 'VMBO basis, Haarlem, 1999 – 2003', { startYear: 1999, endYear: 2003 }),
    ],
    courses: [],
    certifications: [
      named('VCA VOL', 'VCA VOL (geldig tot 2027)'),
      named('IPAF 3a en 3b', 'Hoogwerker IPAF 3a en 3b (geldig tot 2028)'),
    ],
    languages: [lang('nl', 'native', 'Nederlands (moedertaal)'), lang('en', 'B1', 'Engels redelijk')],
    languagesText: ['Nederlands (moedertaal), Engels redelijk.'],
    skills: ['Klantgericht', 'Onderhandelen', 'Inspecties op hoogte', 'Rijbewijs B'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 2_600_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'nl-h28-24-assistent-accountant-relatiebeheerder-mkb-accountantskantoor-zeeland',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëntwintighonderd Vierentwintig',
    email: 'k2224.goes@example.com',
    phone: '06-38472915',
    contactLines: ['Goes'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Titels en registraties',
      skills: 'Competenties',
      languages: 'Talen',
    },
    jobLabels: { period: 'Periode', title: 'Rol', employer: 'Kantoor', duties: 'Werkzaamheden en resultaten' },
    profile: [
      'Van de cijfers naar de klant. Ik ben AA-accountant en werk sinds 2015 als relatiebeheerder mkb bij een ' +
        'accountantskantoor in Zeeland. Ik ben het vaste aanspreekpunt voor ondernemers en DGA’s: jaarrekening, ' +
        'fiscale vragen en steeds vaker advies over groei en bedrijfsopvolging. Nieuwe klanten breng ik zelf binnen. ' +
        'Financieel inzicht combineer ik met een praktische, nuchtere aanpak.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Relatiebeheerder mkb',
        'Zeeuws Accountants & Adviseurs',
        '2015-01',
        null,
        true,
        'januari 2015 – heden',
        [
          'vast aanspreekpunt voor 180 mkb-klanten in Zeeland: agrariërs, bouw, horeca en zorgondernemers',
          'honorariumomzet van mijn portefeuille in 2025: € 1,5 miljoen',
          'acquisitie via de bank, het notariaat en ondernemersverenigingen; gemiddeld 15 nieuwe klanten per jaar',
          'gesprekken met de ondernemers en DGA’s zelf, die de beslissingen nemen',
        ],
        'Goes',
      ),
      job(
        'Assistent-accountant',
        'Zeeuws Accountants & Adviseurs',
        '2007-09',
        '2014-12',
        false,
        'september 2007 – december 2014',
        ['samenstellen van jaarrekeningen en aangiften voor mkb-klanten'],
        'Goes',
      ),
    ],
    education: [
      edu('hbo', 'HBO Accountancy (HEAO), HZ University of Applied Sciences, Vlissingen, 2003 – 2007', {
        field: 'Accountancy',
        institution: 'HZ University of Applied Sciences',
        startYear: 2003,
        endYear: 2007,
      }),
      edu('havo', 'HAVO, Goese Lyceum, 1998 – 2003', { institution: 'Goese Lyceum', startYear: 1998, endYear: 2003 }),
    ],
    courses: [
      named('Bedrijfsopvolging in het mkb', 'Bedrijfsopvolging in het mkb (2021)'),
      named('Adviesvaardigheden', 'Adviesvaardigheden (2017)'),
    ],
    certifications: [
      named(
        'Accountant-Administratieconsulent (AA)',
        'Accountant-Administratieconsulent (AA), ingeschreven bij de NBA sinds 2012',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Financieel inzicht', 'Relatiebeheer', 'Nuchter en praktisch', 'Exact Online, Nmbrs, Caseware'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 1_500_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'nl-h28-25-vlaams-elektricien-binnendienst-technisch-commercieel-afgevaardigde-led-kempen',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëntwintighonderd Vijfentwintig',
    email: 'k2225.turnhout@example.net',
    phone: '+32 479 27 38 16',
    contactLines: ['2300 Turnhout', 'Rijbewijs B'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Bijscholing',
      certifications: 'Attesten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Elektricien van opleiding, technisch-commercieel afgevaardigde sinds 2017. Ik verkoop LED-verlichting en ' +
        'lichtsturing aan installateurs, architecten en industriële eindklanten in de Kempen en Limburg. Omdat ik ' +
        'zelf jaren op werven heb gestaan, spreek ik de taal van de installateur. Technisch-commercieel sterk, ' +
        'klantgericht en een teamspeler.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Technisch-commercieel afgevaardigde',
        'Lumentec Belgium NV',
        '2017-05',
        null,
        true,
        'mei 2017 – heden',
        [
          'Een 120-tal installateurs en een 30-tal industriële eindklanten in de provincies Antwerpen en Limburg',
          'Omzet 2025 in mijn regio: 3,1 miljoen euro',
          'Lichtstudies, demo’s op de werf en offertes; de zaakvoerders van de installatiebedrijven beslissen zelf',
          'Renovatieprojecten in magazijnen en scholen, met premies voor energiebesparing',
        ],
        'Herentals',
      ),
      job(
        'Technisch adviseur binnendienst',
        'Elektrogroothandel Kempen NV',
        '2013-02',
        '2017-04',
        false,
        'februari 2013 – april 2017',
        [
          'Lichtstudies en offertes voor de vertegenwoordigers, technische vragen van installateurs aan de telefoon',
          'Geen eigen klanten',
        ],
        'Turnhout',
      ),
      job(
        'Elektricien',
        'Elektro Peeters BV',
        '2006-09',
        '2013-01',
        false,
        'september 2006 – januari 2013',
        ['Residentiële en industriële installaties, keuringsklaar volgens het AREI'],
        'Oud-Turnhout',
      ),
    ],
    education: [
      edu('short-cycle tertiary', 'Graduaat Elektromechanica (avondonderwijs), CVO Kempen, 2010 – 2013', {
        field: 'Elektromechanica',
        institution: 'CVO Kempen',
        startYear: 2010,
        endYear: 2013,
      }),
      edu('secondary', 'TSO Elektriciteit-Elektronica, VTI Turnhout, 2000 – 2006', {
        field: 'Elektriciteit-Elektronica',
        institution: 'VTI Turnhout',
        startYear: 2000,
        endYear: 2006,
      }),
    ],
    courses: [
      named('Lichtontwerp met DIALux', 'Lichtontwerp met DIALux (2014)'),
      named('Verkopen aan installateurs', 'Verkopen aan installateurs (2018)'),
    ],
    certifications: [named('Bevoegdheid BA5 (AREI)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B1', 'Frans – redelijk'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Technisch-commercieel sterk', 'Klantgericht', 'Teamspeler', 'DIALux, Excel, Teamleader'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 3_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'sales', 'teamwork'],
  },
  {
    id: 'nl-h28-26-getypt-dertig-jaar-vertegenwoordiger-speelgoed-zuid-nederland-vlaanderen-breda',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëntwintighonderd Zesentwintig',
    email: 'k2226.breda@example.com',
    phone: '076-5218374',
    contactLines: ['Breda', 'Geboren: 14 juli 1964'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Diploma’s',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Al dertig jaar vertegenwoordiger in speelgoed. Ik bezoek zelfstandige speelgoedwinkels in het zuiden van ' +
        'Nederland en in Vlaanderen en ken de meeste eigenaren al jaren. Na de overname van onze importeur door een ' +
        'Duitse groep wordt mijn rayon opgeknipt; daarom zoek ik een nieuwe werkgever. Ik werk zelfstandig, en ' +
        'relatiebeheer is voor mij de kern van het vak.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Vertegenwoordiger', 'Speelgoedimport Van Gool B.V.', '1996', null, true, '1996 – heden', [
          'Rayon Zeeland, Noord-Brabant, Limburg en Vlaanderen: 150 klanten, zelfstandige speelgoedwinkels en een ' +
            'paar tuincentra',
          'Omzet in mijn rayon 2025: € 3,4 miljoen',
          'Twee keer per jaar de nieuwe collectie presenteren, orders voor Sinterklaas en het zomerseizoen',
          'De eigenaren kopen zelf in en beslissen zelf',
        ]),
        lines: ['1996 – heden: Vertegenwoordiger, Speelgoedimport Van Gool B.V., Breda'],
      },
      {
        ...job('Verkoper', 'Speelgoedwinkel De Tol', '1988', '1996', true, '1988 – 1996', [
          'Verkoop, inkoop en etalages; vanaf 1992 ook bedrijfsleider',
        ]),
        lines: ['1988 – 1996: Verkoper, Speelgoedwinkel De Tol, Oosterhout'],
      },
      {
        ...job('Magazijnmedewerker', 'Speelgoedgroothandel Brabant', '1985', '1988', false, '1985 – 1988'),
        lines: ['1985 – 1988: Magazijnmedewerker, Speelgoedgroothandel Brabant, Breda'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Overig' },
      { kind: 'paragraph', text: 'Militaire dienst: 1984 – 1985, Oirschot' },
    ],
    education: [
      edu('mbo 4', 'MEAO, commerciële richting, Breda, 1980 – 1984', {
        field: 'commerciële richting',
        startYear: 1980,
        endYear: 1984,
      }),
      edu('mavo', 'MAVO, Breda, 1976 – 1980', { startYear: 1976, endYear: 1980 }),
    ],
    courses: [named('Effectief verkopen', 'Effectief verkopen (1997)')],
    certifications: [named('Middenstandsdiploma', 'Middenstandsdiploma (1984)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Relatiebeheer', 'Productkennis speelgoed en seizoenen', 'Rijbewijs B', 'Orderapp op de tablet, Excel'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 3_400_000, segment: 'international', decisionMakers: true },
    competencies: ['relationship_building'],
  },
];

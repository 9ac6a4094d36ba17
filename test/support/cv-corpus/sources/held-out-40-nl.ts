import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The fortieth held-out set's Dutch and Flemish CVs: twenty-six ordinary CVs from yet other people and trades, as
 * people in the Netherlands and Flanders write them in 2026, written without reading the reader. Every kind of layout
 * (Word templates, design PDFs, typed text, an old and a new Europass, two LinkedIn exports, Flemish label tables, work
 * tables, one bullet per job), people from all over both countries, careers from one year to forty, about two thirds
 * of them in sales jobs and the rest next to sales, in trades no earlier set used: beekeeping supplies, vending
 * machines, horse trailers, fishing nets, ship supply, apples and pears, liquorice, knitting yarn, orthopaedic insoles,
 * padel courts, kitchens, catering kitchens, trucks, timber, garage equipment, candles, nail products, incontinence
 * care, pumps, door and window hardware, orchids, tea, stairlifts, leather goods, strawberry plants and till systems.
 */
export const HELD_OUT_40_NL: CvSource[] = [
  {
    id: 'nl-h40-01-imker-binnendienst-vertegenwoordiger-bijenhouderij-ede',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Vierendertighonderd Een',
    email: 'k4001.ede@example.com',
    phone: '06 41 27 83 95',
    contactLines: ['Ede (Gld.)'],
    tagline: 'Vertegenwoordiger bijenhouderij en natuurlijke tuinproducten',
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Imker sinds mijn twintigste en sinds 2014 in de verkoop van alles wat een imker en een natuurvriendelijke ' +
        'tuinier nodig heeft: kasten, raten, beschermende kleding, honingpotten en bijenvriendelijke planten. Ik ken ' +
        'de producten uit de praktijk en de winkeliers bij naam. Mijn volgende stap: accountmanager bij een ' +
        'leverancier van tuin- of dierbenodigdheden in Midden- of Oost-Nederland.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Vertegenwoordiger',
        'Bijenhof Veluwe B.V.',
        '2019-03',
        null,
        true,
        'maart 2019 – heden',
        [
          'Vaste bezoeken aan 120 tuincentra, imkerwinkels en natuurwinkels in Gelderland, Utrecht en Overijssel',
          'Omzet in mijn rayon in 2025: € 1,4 miljoen',
          'De eigenaren en inkopers beslissen zelf over hun assortiment; ik adviseer over het schap en de ' +
            'voorjaarscampagne',
          'Voorlichtingsavonden bij imkerverenigingen, zo’n 15 per jaar',
        ],
        'Ede',
      ),
      job(
        'Medewerker binnendienst verkoop',
        'Bijenhof Veluwe B.V.',
        '2014-09',
        '2019-02',
        true,
        'september 2014 – februari 2019',
        ['Telefonische orders van winkels en imkers, eigen belrondes met de seizoensaanbiedingen'],
        'Ede',
      ),
      job(
        'Medewerker honingslingerij',
        'Imkerij De Zoemer',
        '2009-05',
        '2014-08',
        false,
        'mei 2009 – augustus 2014',
        ['Slingeren, vullen en etiketteren; verzorging van 80 bijenvolken'],
        'Lunteren',
      ),
    ],
    education: [
      edu('hbo', 'HBO Tuin- en Landschapsinrichting, Hogeschool Van Hall Larenstein, Velp, 2005 – 2009', {
        field: 'Tuin- en Landschapsinrichting',
        institution: 'Hogeschool Van Hall Larenstein',
        startYear: 2005,
        endYear: 2009,
      }),
      edu('havo', 'HAVO (profiel Natuur en Gezondheid), Ede, 2000 – 2005', { startYear: 2000, endYear: 2005 }),
    ],
    courses: [
      named('Basiscursus imkeren', 'Basiscursus imkeren (2005)'),
      named('Accountmanagement in de groene sector', 'Accountmanagement in de groene sector (2020)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: [
      'Klantgericht',
      'Relatiebeheer met zelfstandige winkeliers',
      'Vakkennis van bijen, bestuiving en drachtplanten',
      'Rijbewijs B',
    ],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      {
        kind: 'paragraph',
        text: 'Eigen bijenstand met twaalf volken; vrijwilliger bij de imkervereniging, waar ik de beginnerscursus geef.',
      },
    ],
    clientBase: { activeAccounts: 120, annualRevenueEur: 1_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'relationship_building'],
  },
  {
    id: 'nl-h40-02-automatenvuller-accountmanager-snoep-en-koffieautomaten-zwolle',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Vierendertighonderd Twee',
    email: 'k4002.zwolle@example.com',
    phone: '06-28 19 47 30',
    contactLines: ['Zwolle', 'Rijbewijs B'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Wanneer', 'Waar', 'Wat'],
    },
    profile: [
      'Van vuller naar accountmanager bij hetzelfde bedrijf. Ik weet hoe een automaat draait en wat een ' +
        'kantinecommissie of een facilitair manager verwacht. Ik ben 31, woon in Zwolle en ben het liefst op pad.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager automaten', 'Vendo Oost B.V.', '2021-05', null, true, 'mei 2021 – heden', [
        'Ongeveer 230 vaste klanten: sportverenigingen, scholen, garages, bedrijfskantines en zwembaden in ' +
          'Overijssel en Zuid-Drenthe',
        'Omzet uit plaatsing, vulling en koffiecontracten bij mijn klanten: € 2,1 miljoen (2025)',
        'Afspraken met bestuurders van verenigingen, directeuren en facilitair managers, die beslissen welke ' +
          'automaat er komt te staan',
        'Vendo Oost beheert zo’n 3.100 snoep-, snack- en koffieautomaten',
      ]),
      job('Routechauffeur automaten', 'Vendo Oost B.V.', '2016-02', '2021-04', false, 'feb. 2016 – apr. 2021', [
        'Vullen, schoonmaken en kleine storingen op een vaste route van 90 automaten',
      ]),
      job('Medewerker cafetaria', 'Cafetaria De Kroketterie', '2011', '2016', false, '2011 – 2016'),
    ],
    education: [
      edu('mbo 2', 'MBO 2 Logistiek medewerker (BBL), Deltion College, Zwolle, 2016 – 2018', {
        field: 'Logistiek medewerker',
        institution: 'Deltion College',
        startYear: 2016,
        endYear: 2018,
      }),
      edu('vmbo', 'VMBO basis, Zwolle, 2007 – 2011', { startYear: 2007, endYear: 2011 }),
    ],
    courses: [
      named('Van service naar verkoop', 'Van service naar verkoop (interne training, 2021)'),
      named('Hygiënecode voor de automatenbranche', 'Hygiënecode voor de automatenbranche (2017)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: [
      'Onderhandelen over plaatsingscontracten',
      'Stressbestendig als er op zaterdag drie automaten tegelijk storing hebben',
      'Technisch handig',
    ],
    clientBase: { activeAccounts: 230, annualRevenueEur: 2_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'stress_resistance'],
  },
  {
    id: 'nl-h40-03-vlaamse-mecanicien-servicecoordinator-paardentrailers-lochristi-geen-verkoop',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Vierendertighonderd Drie',
    email: 'k4003.lochristi@example.org',
    phone: '0476 38 52 19',
    contactLines: ['9080 Lochristi'],
    afterContact: [{ kind: 'paragraph', text: '°1992 · samenwonend · rijbewijs B, BE en C1E' }],
    headings: {
      profile: 'Wie ben ik',
      work: 'Ervaring',
      education: 'Studies',
      courses: 'Bijkomende opleidingen',
      certifications: 'Attesten',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Mecanicien van opleiding, al dertien jaar bij dezelfde trailerdealer en sinds 2019 servicecoördinator. ' +
        'Paarden ken ik van thuis: mijn ouders hebben een pensionstal. Ik zoek een job als aftersales- of ' +
        'servicecoördinator, of als technisch adviseur in de binnendienst van een fabrikant.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Servicecoördinator', 'Trailerhuis Meetjesland BV', '2019-06', null, false, 'juni 2019 – heden', [
          'Planning van de werkplaats: onderhoud, keuringen en schadeherstel van paarden- en veetrailers',
          'Eerste aanspreekpunt voor klanten met een probleem na de aankoop; de verkoop van nieuwe trailers doen ' +
            'mijn collega’s in de showroom',
          'Onderdelen bestellen bij de fabrikanten in Duitsland en Nederland',
        ]),
        lines: ['Trailerhuis Meetjesland BV, Eeklo — Servicecoördinator — juni 2019 – heden'],
      },
      {
        ...job(
          'Mecanicien aanhangwagens',
          'Trailerhuis Meetjesland BV',
          '2013-09',
          '2019-05',
          false,
          'september 2013 – mei 2019',
          ['Remmen, assen, vloeren en elektriciteit van paardentrailers en aanhangwagens tot 3,5 ton'],
        ),
        lines: ['Trailerhuis Meetjesland BV, Eeklo — Mecanicien aanhangwagens — september 2013 – mei 2019'],
      },
      {
        ...job(
          'Stalknecht',
          'Stoeterij Ter Moere',
          '2010',
          '2013',
          false,
          '2010 – 2013 (weekends, tijdens mijn studies)',
        ),
        lines: ['Stoeterij Ter Moere, Lochristi — Stalknecht — 2010 – 2013 (weekends, tijdens mijn studies)'],
      },
    ],
    education: [
      edu('secondary', 'TSO Autotechnieken, VTI Eeklo, 2007 – 2013', {
        field: 'Autotechnieken',
        institution: 'VTI Eeklo',
        startYear: 2007,
        endYear: 2013,
      }),
    ],
    courses: [
      named('Remsystemen van aanhangwagens', 'Remsystemen van aanhangwagens (2016)'),
      named('Omgaan met klachten aan de balie', 'Omgaan met klachten aan de balie (2020)'),
    ],
    certifications: [
      named(
        'Getuigschrift van vakbekwaamheid paardentransport',
        'Getuigschrift van vakbekwaamheid paardentransport (2019)',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('fr', 'B1', 'Frans: redelijk'),
      lang('de', 'A2', 'Duits: basis (bestellingen bij de fabrikant)'),
    ],
    skills: [
      'Plannen van de werkplaats',
      'Rustig bij klachten',
      'Technisch sterk',
      'Samenwerken met de verkopers en de werkplaats',
    ],
    clientBase: null,
    competencies: ['organisation', 'teamwork'],
  },
  {
    id: 'nl-h40-04-matroos-netmaker-accountmanager-visserij-netten-urk',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Vierendertighonderd Vier',
    email: 'k4004.urk@example.com',
    phone: '06 13 58 42 07',
    contactLines: ['Urk', 'Geboren 1979'],
    tagline: 'Accountmanager visserij – netten, touw en tuigage',
    headings: {
      contact: 'Gegevens',
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      certifications: 'Vaarbevoegdheden',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Eerst acht jaar aan boord, daarna tien jaar netmaker op de wal en sinds 2015 accountmanager. Ik spreek de ' +
        'taal van de schippers, want ik stond zelf op het dek. De visserij krimpt; ik wil mijn ervaring inzetten ' +
        'bij een leverancier van de visserij, de aquacultuur of de offshore.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager visserij',
        'Urker Net & Touw B.V.',
        '2015-01',
        null,
        true,
        'januari 2015 – heden',
        [
          'Vaste klantenkring van 64 rederijen en schipper-eigenaren in Nederland, België, Denemarken en Schotland',
          'Omzet op mijn klanten in 2025: € 5,3 miljoen',
          'Met de schipper-eigenaar of de directie van de rederij stellen we het tuig samen; zij beslissen',
          'Werkplaats met 35 netmakers; we leveren ook aan mosselkwekers in Zeeland',
        ],
        'Urk',
      ),
      job(
        'Netmaker',
        'Urker Net & Touw B.V.',
        '2004-03',
        '2014-12',
        false,
        'maart 2004 – december 2014',
        ['Boomkor-, twinrig- en flyshootnetten maken en repareren, vanaf 2010 als meewerkend voorman'],
        'Urk',
      ),
      job('Matroos', 'Rederij Zeeboer', '1996-08', '2004-02', false, 'augustus 1996 – februari 2004', undefined, 'Urk'),
    ],
    education: [
      edu('mbo 2', 'MBO 2 Matroos zeevisvaart (BBL), Urk, 1996 – 1998', {
        field: 'Matroos zeevisvaart',
        startYear: 1996,
        endYear: 1998,
      }),
      edu('lower secondary', 'VBO Visserij, Urk, 1992 – 1996', { field: 'Visserij', startYear: 1992, endYear: 1996 }),
    ],
    courses: [],
    certifications: [
      named('Marifooncertificaat', 'Marifooncertificaat (1999)'),
      named('Klein Vaarbewijs II', 'Klein Vaarbewijs II (2006)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed (Schotse klanten)'),
      lang('de', 'B1', 'Duits – redelijk'),
      lang('da', 'A2', 'Deens – basis'),
    ],
    skills: [
      'Vakkennis van tuig en netten',
      'Onderhandelen met schippers over prijs en levertijd',
      'Eerlijk en direct',
      'Basic Safety STCW (verlopen in 2009)',
    ],
    clientBase: { activeAccounts: 64, annualRevenueEur: 5_300_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h40-05-vlaamse-kok-orderverwerker-accountmanager-scheepsbevoorrading-oostende',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Vierendertighonderd Vijf',
    email: 'k4005.oostende@example.net',
    phone: '+32 471 62 09 38',
    contactLines: ['8400 Oostende'],
    afterContact: [{ kind: 'paragraph', text: 'Geboren op 2 februari 1986 · gehuwd, twee kinderen' }],
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleidingen',
      courses: 'Bijscholing',
      skills: 'Vaardigheden',
      languages: 'Talenkennis',
    },
    profile: [
      'Ik was zes jaar kok voor ik in de scheepsbevoorrading begon. Nu zorg ik ervoor dat schepen krijgen wat ze ' +
        'nodig hebben, ook als ze om drie uur ’s nachts binnenlopen. Ik zoek een job met klanten in de haven of in de ' +
        'maritieme sector.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Account manager scheepsbevoorrading',
        'North Sea Ship Supply NV',
        '2018-10',
        null,
        true,
        'oktober 2018 – heden',
        [
          'Een 50-tal vaste klanten: rederijen, scheepsagenten en offshorebedrijven uit België, Nederland, Frankrijk ' +
            'en Noorwegen',
          'Omzet op mijn klanten: ongeveer 7,8 miljoen euro in 2025 (proviand, technische voorraad, ' +
            'veiligheidsmateriaal)',
          'Mijn gesprekspartners zijn de aankopers en superintendents van de rederijen, die beslissen bij wie ze ' +
            'bestellen',
          'Levering aan boord in Oostende, Zeebrugge en Duinkerke, dag en nacht',
        ],
        'Oostende',
      ),
      job(
        'Orderverwerker',
        'North Sea Ship Supply NV',
        '2012-03',
        '2018-09',
        false,
        'maart 2012 – september 2018',
        ['Bestellingen van schepen ingeven en de leveringen afstemmen met de magazijnploeg'],
        'Oostende',
      ),
      job(
        'Kok',
        'Brasserie Het Staketsel',
        '2006-07',
        '2012-02',
        false,
        'juli 2006 – februari 2012',
        undefined,
        'Oostende',
      ),
    ],
    education: [
      edu('secondary', 'Diploma secundair onderwijs – 7de jaar BSO Restaurant en keuken, Koksijde, 2000 – 2006', {
        field: 'Restaurant en keuken',
        startYear: 2000,
        endYear: 2006,
      }),
    ],
    courses: [
      named('ISPS – havenbeveiliging voor leveranciers', 'ISPS – havenbeveiliging voor leveranciers (2019)'),
      named('Onderhandelen met aankopers', 'Onderhandelen met aankopers (2020)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'C1', 'Frans: vloeiend'),
      lang('en', 'C1', 'Engels: vloeiend (dagelijks met bemanningen)'),
      lang('de', 'B1', 'Duits: redelijk'),
    ],
    skills: [
      'Stressbestendig: een levering moet binnen de uren aan boord zijn',
      'Klantgericht',
      'Bereikbaar dag en nacht in de wachtweken',
      'Rijbewijs B en C',
    ],
    clientBase: { activeAccounts: 50, annualRevenueEur: 7_800_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h40-06-europass-oud-vlaamse-key-account-manager-fruitexport-sint-truiden',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Vierendertighonderd Zes',
    nameLine: 'Europass\nCurriculum Vitae',
    email: 'k4006.sint-truiden@example.com',
    phone: '+32 478 51 26 93',
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Persoonlijke informatie', ''],
          ['Naam / Voornaam', 'Kandidaat Vierendertighonderd Zes'],
          ['Adres', 'Tiensesteenweg 214, 3800 Sint-Truiden (België)'],
          ['Nationaliteit', 'Belgische'],
          ['Geboortedatum', '11/09/1985'],
          ['Geslacht', 'Man'],
          ['Gewenste functie / Beroepsgebied', 'Key account manager / Export van verse producten'],
        ],
      },
    ],
    headings: {
      work: 'Werkervaring',
      education: 'Onderwijs en opleiding',
      courses: 'Aanvullende opleidingen',
      certifications: 'Certificaten',
      skills: 'Sociale vaardigheden en competenties',
      languages: 'Persoonlijke vaardigheden en competenties – Talen',
    },
    jobLabels: {
      period: 'Data',
      title: 'Functie of positie',
      employer: 'Naam en adres van de werkgever',
      duties: 'Belangrijkste activiteiten en verantwoordelijkheden',
    },
    profile: [],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Key account manager export',
        'Fruitcoöperatie Haspengouw cv',
        '2017-02',
        null,
        true,
        '02/2017 - heden',
        [
          'verkoop van appelen en peren aan 14 supermarktketens en importeurs in Duitsland, Scandinavië, het ' +
            'Verenigd Koninkrijk en Oost-Europa',
          'omzet op mijn klanten: ca. 38 miljoen euro (seizoen 2025-2026)',
          'jaar- en weekprijzen onderhandelen met de categoriemanagers en inkopers van de ketens, die beslissen ' +
            'over de programma’s',
          'de coöperatie verhandelt zo’n 280.000 ton fruit van 900 telers',
          'Type onderneming of sector: fruitveiling, groothandel groenten en fruit',
        ],
        'Veilinglaan 1, 3800 Sint-Truiden',
      ),
      job(
        'Commercieel medewerker binnendienst',
        'Fruitcoöperatie Haspengouw cv',
        '2012-01',
        '2017-01',
        true,
        '01/2012 - 01/2017',
        [
          'telefonische verkoop aan Belgische groothandels en exporteurs, offertes en contracten',
          'Type onderneming of sector: fruitveiling',
        ],
        'Veilinglaan 1, 3800 Sint-Truiden',
      ),
      job(
        'Medewerker kwaliteitscontrole',
        'Fruitcoöperatie Haspengouw cv',
        '2008-08',
        '2011-12',
        false,
        '08/2008 - 12/2011',
        ['keuring van partijen bij aanvoer en vóór export', 'Type onderneming of sector: fruitveiling'],
        'Veilinglaan 1, 3800 Sint-Truiden',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Pagina 1/2 - Curriculum vitae van Kandidaat Vierendertighonderd Zes | Voor meer informatie over ' +
          'Europass: http://europass.cedefop.europa.eu | © Europese Unie, 2002-2010',
      },
    ],
    education: [
      edu(
        'bachelor',
        'Data: 2004 - 2008\nNaam van het diploma: Professionele bachelor Agro- en biotechnologie, afstudeerrichting ' +
          'Tuinbouw\nNaam en type opleidingsinstituut: Provinciale Hogeschool Limburg, Hasselt – hogeschool\nNiveau ' +
          'in de nationale of internationale classificatie: ISCED 5',
        {
          field: 'Tuinbouw',
          institution: 'Provinciale Hogeschool Limburg',
          startYear: 2004,
          endYear: 2008,
        },
      ),
      edu(
        'secondary',
        'Data: 1998 - 2004\nNaam van het diploma: Diploma secundair onderwijs, ASO Wetenschappen-wiskunde\nNaam en ' +
          'type opleidingsinstituut: college, Sint-Truiden – secundaire school',
        { field: 'Wetenschappen-wiskunde', startYear: 1998, endYear: 2004 },
      ),
    ],
    courses: [named('Exporttechnieken', 'Exporttechnieken (2018)')],
    certifications: [named('GLOBALG.A.P. interne auditor', 'GLOBALG.A.P. interne auditor (2010)')],
    languages: [
      lang('nl', 'native', 'Moedertaal: Nederlands'),
      lang('en', 'C1', 'Engels'),
      lang('de', 'B2', 'Duits'),
      lang('fr', 'B2', 'Frans'),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal: Nederlands' },
      { kind: 'paragraph', text: 'Andere talen – Zelfbeoordeling – Europees niveau (*)' },
      {
        kind: 'table',
        header: [
          '',
          'Begrijpen – Luisteren',
          'Begrijpen – Lezen',
          'Spreken – Interactie',
          'Spreken – Productie',
          'Schrijven',
        ],
        rows: [
          [
            'Engels',
            'C1 Vaardig gebruiker',
            'C1 Vaardig gebruiker',
            'C1 Vaardig gebruiker',
            'C1 Vaardig gebruiker',
            'C1 Vaardig gebruiker',
          ],
          [
            'Duits',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
          ],
          [
            'Frans',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
          ],
        ],
      },
      { kind: 'paragraph', text: '(*) Gemeenschappelijk Europees Referentiekader voor Talen' },
    ],
    skills: [
      'Onderhandelen met categoriemanagers over programma’s en prijzen',
      'Netwerken op internationale vakbeurzen',
      'Stressbestendig tijdens de oogst en de eerste weken van het seizoen',
    ],
    closing: [
      { kind: 'heading', text: 'Organisatorische vaardigheden en competenties' },
      { kind: 'paragraph', text: 'Weekplanning van de leveringen met de logistiek en de koelhuizen.' },
      { kind: 'heading', text: 'Rijbewijs(en)' },
      { kind: 'paragraph', text: 'B' },
      {
        kind: 'paragraph',
        text:
          'Pagina 2/2 - Curriculum vitae van Kandidaat Vierendertighonderd Zes | Voor meer informatie over ' +
          'Europass: http://europass.cedefop.europa.eu | © Europese Unie, 2002-2010',
      },
    ],
    clientBase: { activeAccounts: 14, annualRevenueEur: 38_000_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'nl-h40-07-marketingassistent-accountmanager-key-accountmanager-drop-harderwijk',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Vierendertighonderd Zeven',
    email: 'k4007.harderwijk@example.com',
    phone: '06 52 07 31 84',
    contactLines: ['Harderwijk'],
    headings: {
      profile: 'PROFIEL',
      work: 'WERKERVARING',
      education: 'OPLEIDING',
      courses: 'CURSUSSEN',
      skills: 'VAARDIGHEDEN',
      languages: 'TALEN',
    },
    profile: [
      'Zoetwaren zijn mijn vak: eerst in de foodservice, nu bij de ketens. Ik ben 35, woon in Harderwijk en zoek een ' +
        'rol als key accountmanager of national accountmanager in de levensmiddelen.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Key accountmanager retail',
        'Dropfabriek De Zwarte Kat B.V.',
        '2020-09',
        null,
        true,
        'sep 2020 – nu',
        [
          '11 key accounts: supermarktketens, drogisterijketens, tankstationketens en twee groothandels voor de ' +
            'kiosken, in heel Nederland',
          'Omzet op mijn accounts in 2025: € 12,4 miljoen',
          'Jaargesprekken met de category managers en inkoopdirecteuren, die over de schapruimte beslissen',
          'Introductie van de suikerarme droplijn bij vier ketens',
        ],
        'Nijkerk',
      ),
      job(
        'Accountmanager foodservice',
        'Zoetwarengroothandel Veluwe',
        '2015-04',
        '2020-08',
        true,
        'apr 2015 – aug 2020',
        ['Snoep en zoutjes voor cafetaria’s, sportkantines en bedrijfsrestaurants op de Veluwe en in Flevoland'],
        'Ermelo',
      ),
      job('Marketingassistent', 'Koekfabriek Oldebroek', '2013-09', '2015-03', false, 'sep 2013 – mrt 2015', [
        'Acties, folders en beursstands',
      ]),
    ],
    education: [
      edu('hbo', 'HBO Commerciële Economie, Hogeschool Windesheim, Zwolle, 2009 – 2013', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool Windesheim',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('havo', 'HAVO, Harderwijk, 2004 – 2009', { startYear: 2004, endYear: 2009 }),
    ],
    courses: [named('Category management in retail', 'Category management in retail (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'C1', 'Engels (vloeiend)'),
      lang('de', 'B2', 'Duits (goed)'),
    ],
    skills: [
      'Analytisch: scan- en kassadata lezen en vertalen naar een plan per keten',
      'Commercieel en resultaatgericht',
      'Presenteren voor inkoopteams',
    ],
    clientBase: { activeAccounts: 11, annualRevenueEur: 12_400_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'sales'],
  },
  {
    id: 'nl-h40-08-textielarbeidster-verkoopster-vertegenwoordiger-breigaren-helmond',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Vierendertighonderd Acht',
    email: 'k4008.helmond@example.com',
    phone: '06 47 93 10 26',
    contactLines: ['Helmond', 'rijbewijs B'],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Wat ik goed kan',
      languages: 'Talen',
    },
    profile: [
      'Ik brei sinds mijn achtste, heb negen jaar in een handwerkwinkel gestaan en ben sinds 2016 vertegenwoordiger ' +
        'voor een garengroothandel. Mijn winkeliers zijn vaak eenpitters; ik help ze met hun collectie, hun ' +
        'workshops en hun webshop.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Vertegenwoordiger', 'Garenhuis Brabant B.V.', '2016-08', null, true, 'augustus 2016 – nu', [
          'Ongeveer 140 handwerk- en wolwinkels in Nederland en Vlaanderen',
          'Omzet bij mijn winkels in 2025: € 1,8 miljoen',
          'De winkeleigenaressen kiezen zelf welke garens en patronen ze inkopen',
          'Workshops en breiavonden in de winkels om de nieuwe collecties te laten zien',
        ]),
        lines: ['Vertegenwoordiger bij Garenhuis Brabant B.V., Helmond (augustus 2016 – nu)'],
      },
      {
        ...job('Verkoopster', 'Handwerkwinkel De Breiboel', '2007-03', '2016-07', true, 'maart 2007 – juli 2016', [
          'Advies over garens en patronen, lessen haken en breien',
        ]),
        lines: ['Verkoopster bij Handwerkwinkel De Breiboel, Geldrop (maart 2007 – juli 2016)'],
      },
      {
        ...job(
          'Textielarbeidster',
          'Weverij De Schietspoel',
          '1998-09',
          '2007-02',
          false,
          'september 1998 – februari 2007',
        ),
        lines: ['Textielarbeidster bij Weverij De Schietspoel, Helmond (september 1998 – februari 2007)'],
      },
    ],
    education: [
      edu('mbo 3', 'MBO 3 Modeassistent, ROC Eindhoven, 1995 – 1998', {
        field: 'Modeassistent',
        institution: 'ROC Eindhoven',
        startYear: 1995,
        endYear: 1998,
      }),
      edu('mavo', 'MAVO, Helmond, 1991 – 1995', { startYear: 1991, endYear: 1995 }),
    ],
    courses: [named('Social media voor winkeliers', 'Social media voor winkeliers (2022)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Creatief: ik ontwerp zelf patronen voor de winkels', 'Klantgericht', 'Zelfstandig op pad'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 1_800_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'innovation'],
  },
  {
    id: 'nl-h40-09-doktersassistente-teamleider-klantenservice-steunzolen-enschede-geen-verkoop',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Vierendertighonderd Negen',
    email: 'k4009.enschede@example.com',
    phone: '06 39 20 71 48',
    contactLines: ['Enschede'],
    tagline: 'Teamleider klantenservice',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Trainingen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Ik werk al tien jaar met podotherapeuten, orthopedisch schoenmakers en hun patiënten, eerst aan de telefoon ' +
        'en nu als teamleider. Ik wil de stap naar de buitendienst maken; zelf klanten beheerd heb ik nog niet.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Teamleider klantenservice',
        'Podolab Twente B.V.',
        '2021-01',
        null,
        false,
        'januari 2021 – heden',
        [
          'Leiding aan 6 medewerkers die vragen van podotherapeuten, orthopedisch schoenmakers en patiënten ' +
            'beantwoorden',
          'Klachten, spoedorders en leverdata; de accountmanagers doen de verkoop',
          'Het lab maakt zo’n 90.000 paar steunzolen per jaar',
        ],
        'Enschede',
      ),
      job(
        'Medewerker klantenservice',
        'Podolab Twente B.V.',
        '2016-05',
        '2020-12',
        false,
        'mei 2016 – december 2020',
        undefined,
        'Enschede',
      ),
      job(
        'Doktersassistente',
        'Huisartsenpraktijk Stroinkslanden',
        '2010-08',
        '2016-04',
        false,
        'augustus 2010 – april 2016',
        undefined,
        'Enschede',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Doktersassistent, ROC van Twente, Hengelo, 2007 – 2010', {
        field: 'Doktersassistent',
        institution: 'ROC van Twente',
        startYear: 2007,
        endYear: 2010,
      }),
      edu('vmbo', 'VMBO-TL, Enschede, 2003 – 2007', { startYear: 2003, endYear: 2007 }),
    ],
    courses: [
      named('Leidinggeven aan een klantenserviceteam', 'Leidinggeven aan een klantenserviceteam (2021)'),
      named('Basiskennis voet en schoeisel', 'Basiskennis voet en schoeisel (2017)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('tr', 'native', 'Turks – moedertaal'),
      lang('de', 'B2', 'Duits – goed (veel Duitse bellers)'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: [
      'Coachen van nieuwe collega’s',
      'Klantgerichtheid',
      'Tactvol bij klachten',
      'Plannen en organiseren van de bezetting',
    ],
    clientBase: null,
    competencies: ['coaching', 'customer_focus', 'organisation', 'tact_assertiveness'],
  },
  {
    id: 'nl-h40-10-vlaamse-tennisleraar-accountmanager-padelbanen-roeselare',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Vierendertighonderd Tien',
    email: 'k4010.roeselare@example.org',
    phone: '0494 27 61 83',
    contactLines: ['8800 Roeselare'],
    afterContact: [{ kind: 'paragraph', text: 'Geboren: 1995 · Rijbewijs B' }],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Studies',
      courses: 'Opleidingen',
      certifications: 'Attesten',
      skills: 'Troeven',
      languages: 'Talen',
    },
    profile: [
      'Tien jaar tennisleraar, sinds 2022 accountmanager voor een bouwer van padelbanen. Ik ken de clubs van binnenuit ' +
        'en weet wat een bestuur nodig heeft om een investering rond te krijgen.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Periode', title: 'Job', employer: 'Firma', duties: 'Inhoud' },
    jobs: [
      job(
        'Accountmanager padel en sportinfrastructuur',
        'Courtbouw Vlaanderen BV',
        '2022-03',
        null,
        true,
        'maart 2022 – nu',
        [
          'een 40-tal klanten: tennisclubs, padelcentra, sporthallen en private investeerders in West- en ' +
            'Oost-Vlaanderen',
          'omzet op mijn klanten in 2025: 3,2 miljoen euro (nieuwe banen, overkappingen en onderhoud)',
          'de zaakvoerders en clubbesturen beslissen zelf over de investering; ik maak de offerte en volg de werf op',
        ],
        'Izegem',
      ),
      job(
        'Tennisleraar',
        'TC Ter Mandel vzw',
        '2016-09',
        '2022-02',
        false,
        'september 2016 – februari 2022',
        ['lessen aan jeugd en volwassenen; vanaf 2019 ook padellessen'],
        'Roeselare',
      ),
      job(
        'Verkoper',
        'Sportshop Westhoek',
        '2013',
        '2016',
        true,
        'zomers en weekends 2013 – 2016 (jobstudent)',
        undefined,
        'Roeselare',
      ),
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Sport en bewegen, VIVES, Brugge, 2013 – 2016', {
        field: 'Sport en bewegen',
        institution: 'VIVES',
        startYear: 2013,
        endYear: 2016,
      }),
      edu('secondary', 'ASO Economie-moderne talen, Roeselare, 2007 – 2013', {
        field: 'Economie-moderne talen',
        startYear: 2007,
        endYear: 2013,
      }),
    ],
    courses: [named('Verkoopgesprekken in B2B', 'Verkoopgesprekken in B2B (2022)')],
    certifications: [named('Trainer B tennis', 'Trainer B tennis (Sport Vlaanderen, 2017)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('es', 'A2', 'Spaans – basis (padel komt uit Spanje, ik leer bij)'),
    ],
    skills: ['Ondernemend', 'Overtuigend in een gesprek met een clubbestuur', 'Sportief netwerk in West-Vlaanderen'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 3_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'persuasiveness'],
  },
  {
    id: 'nl-h40-11-timmerman-keukenmonteur-keukenadviseur-showroom-emmen',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Vierendertighonderd Elf',
    email: 'k4011.emmen@example.com',
    phone: '06 22 84 16 53',
    contactLines: ['Emmen', 'Geboren 1973'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Periode', 'Functie', 'Werkgever'],
    },
    profile: [
      'Ruim dertig jaar met keukens bezig: eerst als timmerman en monteur, sinds 2011 als adviseur in de showroom. ' +
        'Omdat ik weet hoe een keuken in elkaar zit, beloof ik klanten niets wat de monteur niet kan maken. Ik zoek ' +
        'een functie bij een leverancier die aan keukenzaken en aannemers levert.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Keukenadviseur', 'Keukenhuis Drenthe B.V.', '2011-03', null, true, 'maart 2011 – heden', [
        'Advies, ontwerp en verkoop van keukens aan particulieren, in de showroom en bij de mensen thuis',
        'Gemiddeld 85 verkochte keukens per jaar, gemiddelde orderwaarde € 14.500',
        'Beste verkoper van de vier vestigingen in 2023 en 2025',
      ]),
      job(
        'Keukenmonteur',
        'Montagebedrijf Zuidoost-Drenthe',
        '2002-01',
        '2011-02',
        false,
        'januari 2002 – februari 2011',
      ),
      job('Timmerman', 'Bouwbedrijf Hondsrug', '1989-08', '2001-12', false, 'augustus 1989 – december 2001'),
    ],
    education: [
      edu('mbo 2', 'Primaire opleiding Timmerman (leerlingwezen), Emmen, 1989 – 1991', {
        field: 'Timmerman',
        startYear: 1989,
        endYear: 1991,
      }),
      edu('lower secondary', 'LTS Timmeren, Emmen, 1985 – 1989', { field: 'Timmeren', startYear: 1985, endYear: 1989 }),
    ],
    courses: [
      named('Keukenontwerp in 3D', 'Keukenontwerp in 3D (2012)'),
      named('Verkopen in de showroom', 'Verkopen in de showroom (2011)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B1', 'Duits – redelijk'),
      lang('en', 'A2', 'Engels – basis'),
    ],
    skills: [
      'Technisch inzicht: ik heb zelf ruim 900 keukens geplaatst',
      'Creatief met ruimte en licht',
      'Geduldig met klanten die lang twijfelen',
      'VCA Basis (verlopen in 2012)',
    ],
    clientBase: null,
    competencies: ['innovation'],
  },
  {
    id: 'nl-h40-12-linkedin-export-kok-demonstratiekok-accountmanager-grootkeukens-amersfoort',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Vierendertighonderd Twaalf',
    email: 'k4012.amersfoort@example.com',
    phone: '+31 6 18457230',
    contactLines: ['www.linkedin.example.com/in/kandidaat-4012 (LinkedIn)'],
    tagline:
      'Accountmanager bij HorecaTech Midden-Nederland | Grootkeukens, combisteamers en vaatwassystemen\n' +
      'Amersfoort, Utrecht, Nederland',
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
      'Kok van origine, nu accountmanager voor grootkeukens. Ik adviseer horecaondernemers, zorginstellingen en ' +
        'bedrijfsrestaurants in Utrecht, Gelderland en het Gooi over hun keuken: van één combisteamer tot een ' +
        'complete spoelkeuken. Mijn portefeuille telt zo’n 75 klanten, goed voor € 3,4 miljoen omzet in 2025. Ik ' +
        'praat met eigenaren, chef-koks en facilitair managers; de eigenaar of de facilitair manager tekent.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Accountmanager',
          'HorecaTech Midden-Nederland B.V.',
          '2019-02',
          null,
          true,
          'februari 2019 - heden (7 jaar 10 maanden)',
        ),
        lines: [
          'HorecaTech Midden-Nederland B.V.',
          '9 jaar 4 maanden',
          'Accountmanager',
          'februari 2019 - heden (7 jaar 10 maanden)',
          'Amersfoort, Utrecht, Nederland',
          'Verkoop, ontwerp en vervanging van grootkeukenapparatuur, samen met onze servicedienst van 22 monteurs.',
        ],
      },
      {
        ...job(
          'Demonstratiekok',
          'HorecaTech Midden-Nederland B.V.',
          '2017-08',
          '2019-01',
          false,
          'augustus 2017 - januari 2019 (1 jaar 6 maanden)',
        ),
        lines: [
          'Demonstratiekok',
          'augustus 2017 - januari 2019 (1 jaar 6 maanden)',
          'Amersfoort, Utrecht, Nederland',
          'Kookdemonstraties en trainingen voor keukenteams na de aankoop van een combisteamer.',
        ],
      },
      {
        ...job(
          'Sous-chef',
          'Grand Café De Kei',
          '2010-05',
          '2017-07',
          false,
          'mei 2010 - juli 2017 (7 jaar 3 maanden)',
        ),
        lines: [
          'Grand Café De Kei',
          'Sous-chef',
          'mei 2010 - juli 2017 (7 jaar 3 maanden)',
          'Amersfoort, Utrecht, Nederland',
        ],
      },
      {
        ...job(
          'Kok',
          'Restaurant Eemoever',
          '2006-08',
          '2010-04',
          false,
          'augustus 2006 - april 2010 (3 jaar 9 maanden)',
        ),
        lines: [
          'Restaurant Eemoever',
          'Kok',
          'augustus 2006 - april 2010 (3 jaar 9 maanden)',
          'Baarn, Utrecht, Nederland',
          'Pagina 2 van 3',
        ],
      },
    ],
    education: [
      edu('mbo 4', 'ROC Midden Nederland\nMBO 4, Zelfstandig werkend kok · (2003 - 2006)', {
        field: 'Zelfstandig werkend kok',
        institution: 'ROC Midden Nederland',
        startYear: 2003,
        endYear: 2006,
      }),
      edu('vmbo', 'Vathorst College\nVMBO, Kader · (1999 - 2003)', {
        institution: 'Vathorst College',
        startYear: 1999,
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [named('Verklaring Sociale Hygiëne')],
    languages: [
      lang('nl', 'native', 'Nederlands (Moedertaal of tweetalig)'),
      lang('en', 'C1', 'Engels (Volledige professionele vaardigheid)'),
      lang('de', 'B1', 'Duits (Beperkte praktische vaardigheid)'),
    ],
    skills: ['Grootkeukens', 'Relatiebeheer', 'Horeca'],
    closing: [{ kind: 'paragraph', text: 'Pagina 3 van 3' }],
    clientBase: { activeAccounts: 75, annualRevenueEur: 3_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'nl-h40-13-vlaamse-mecanicien-werkplaatschef-verkoper-vrachtwagens-beringen',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Vierendertighonderd Dertien',
    email: 'k4013.beringen@example.net',
    phone: '0475 19 83 62',
    contactLines: ['3580 Beringen'],
    afterContact: [{ kind: 'paragraph', text: 'Geboren in 1967 te Heusden-Zolder · gehuwd' }],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Vorming',
      skills: 'Sterktes',
      languages: 'Talenkennis',
    },
    profile: [
      'Eerst mecanicien, dan werkplaatschef, sinds 2008 verkoper. Veel van mijn klanten kennen mij nog van de ' +
        'werkplaats. Ik ben 59 en wil nog zeven à acht jaar verder, liefst bij een merkdealer of een verhuurder van ' +
        'bedrijfswagens in Limburg.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Verkoper vrachtwagens',
        'Truckcenter Limburg NV',
        '2008-01',
        null,
        true,
        'januari 2008 – heden',
        [
          'Vaste klantenkring van een 95-tal transportbedrijven, bouwbedrijven en gemeentes in Limburg en de ' +
            'Antwerpse Kempen',
          'In 2025 verkocht ik 142 nieuwe en 60 tweedehands vrachtwagens; omzet op mijn klanten ongeveer 21 miljoen ' +
            'euro',
          'Ik onderhandel rechtstreeks met de zaakvoerders en wagenparkbeheerders, die over de aankoop beslissen',
          'Inruil, financiering en onderhoudscontract in één voorstel',
        ],
        'Beringen',
      ),
      job(
        'Werkplaatschef',
        'Truckcenter Limburg NV',
        '1998-04',
        '2007-12',
        false,
        'april 1998 – december 2007',
        ['Leiding over 14 mecaniciens en de planning van de werkplaats'],
        'Beringen',
      ),
      job(
        'Vrachtwagenmecanicien',
        'Garage Kempen Trucks',
        '1988-09',
        '1998-03',
        false,
        'september 1988 – maart 1998',
        undefined,
        'Lommel',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Legerdienst' },
      { kind: 'paragraph', text: '1987 – 1988, technische dienst, Leopoldsburg' },
    ],
    education: [
      edu('secondary', 'A2 Autotechniek (TSO), Heusden-Zolder, 1981 – 1987', {
        field: 'Autotechniek',
        startYear: 1981,
        endYear: 1987,
      }),
    ],
    courses: [
      named('Verkooptechnieken voor bedrijfswagens', 'Verkooptechnieken voor bedrijfswagens (2008)'),
      named('Financiering en leasing van bedrijfsvoertuigen', 'Financiering en leasing van bedrijfsvoertuigen (2014)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('de', 'B1', 'Duits: redelijk'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    skills: [
      'Onderhandelingsvaardig',
      'Technische kennis van trekkers, bakwagens en kippers',
      'Netwerken binnen de Limburgse transportsector',
      'Rijbewijs CE',
    ],
    clientBase: { activeAccounts: 95, annualRevenueEur: 21_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h40-14-magazijnman-planner-inkoper-houthandel-zaandam-geen-verkoop',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Vierendertighonderd Veertien',
    email: 'k4014.zaandam@example.com',
    phone: '06 30 57 28 14',
    contactLines: ['Zaandam'],
    headings: {
      profile: 'Over mij',
      work: 'Werk',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik werk al achttien jaar in de houthandel, de laatste jaren als inkoper. Ik weet welke balk wanneer binnenkomt ' +
        'en wat hij kost. Nu wil ik naar de andere kant: de verkoop aan aannemers en timmerbedrijven. Zelf verkocht ' +
        'heb ik nooit, maar ik ken de klanten van onze verkopers goed.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Inkoper hout en plaatmateriaal',
        'Zaanhout Handel B.V.',
        '2017',
        null,
        false,
        '2017 – heden',
        [
          'Inkoop van naaldhout, hardhout en plaatmateriaal bij zagerijen en importeurs in Scandinavië, de Baltische ' +
            'staten en Duitsland, zo’n € 18 miljoen per jaar',
          'Voorraadbeheer voor twee vestigingen; afstemming over levertijden met de verkopers binnendienst',
          'FSC- en PEFC-administratie',
        ],
        'Zaandam',
      ),
      job('Logistiek planner', 'Zaanhout Handel B.V.', '2012', '2016', false, '2012 – 2016', undefined, 'Zaandam'),
      job(
        'Heftruckchauffeur / magazijnmedewerker',
        'Houtimport De Zaan',
        '2008',
        '2012',
        false,
        '2008 – 2012',
        undefined,
        'Wormerveer',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Logistiek supervisor (BBL), Regio College, Zaandam, 2010 – 2013', {
        field: 'Logistiek supervisor',
        institution: 'Regio College',
        startYear: 2010,
        endYear: 2013,
      }),
      edu('vmbo', 'VMBO kader, Zaandam, 2004 – 2008', { startYear: 2004, endYear: 2008 }),
    ],
    courses: [named('Houtkennis', 'Houtkennis (2013)'), named('Basiscursus inkoop', 'Basiscursus inkoop (2017)')],
    certifications: [
      named('FSC-ketenbeheer (CoC) interne auditor', 'FSC-ketenbeheer (CoC) interne auditor (2019)'),
      named('Heftruckcertificaat', 'Heftruckcertificaat (2008)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands is mijn moedertaal'),
      lang('en', 'B2', 'Engels goed'),
      lang('de', 'B1', 'Duits redelijk'),
      lang('sv', 'A2', 'Zweeds een beetje'),
    ],
    languagesText: [
      'Nederlands is mijn moedertaal. Engels goed, Duits redelijk; Zweeds een beetje, van de telefoontjes met de ' +
        'zagerijen.',
    ],
    skills: [
      'Analytisch: prijzen, wisselkoersen en voorraden',
      'Onderhandelen met zagerijen en importeurs',
      'Teamspeler',
      'Heftruck en reachtruck',
    ],
    clientBase: null,
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'nl-h40-15-vlaamse-mecanicien-projectcoordinator-garage-inrichting-aalst-geen-verkoop',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Vierendertighonderd Vijftien',
    email: 'k4015.aalst@example.com',
    phone: '0485 72 40 16',
    contactLines: ['9300 Aalst'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Bijscholing',
      certifications: 'Attesten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Automecanicien, servicetechnieker en nu projectcoördinator bij een leverancier van garage-uitrusting. Ik wil ' +
        'de stap zetten naar technische verkoop: offertes, advies en klanten opvolgen.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Projectcoördinator garage-inrichting',
        'Garagetech Benelux NV',
        '2020-11',
        null,
        false,
        'november 2020 – heden',
        [
          'uitvoering van de projecten die de verkopers binnenhalen: hefbruggen, bandenmachines, uitlijnsystemen en ' +
            'afzuiging voor garages en bandencentrales',
          'planning van de montageploegen en oplevering bij de klant',
          'een 150-tal projecten per jaar in België en Luxemburg',
        ],
        'Erembodegem',
      ),
      job(
        'Servicetechnieker',
        'Garagetech Benelux NV',
        '2014-02',
        '2020-10',
        false,
        'februari 2014 – oktober 2020',
        ['onderhoud en keuring van hefbruggen en bandenmachines'],
        'Erembodegem',
      ),
      job(
        'Automecanicien',
        'Garage Denderstreek',
        '2009-07',
        '2014-01',
        false,
        'juli 2009 – januari 2014',
        undefined,
        'Denderleeuw',
      ),
    ],
    education: [
      edu('secondary', 'TSO Autotechnieken, Aalst, 2003 – 2009', {
        field: 'Autotechnieken',
        startYear: 2003,
        endYear: 2009,
      }),
    ],
    courses: [named('Projectmanagement basis', 'Projectmanagement basis (2021)')],
    certifications: [
      named('BA4 (gewaarschuwd persoon)'),
      named('Attest keurder hefbruggen', 'Attest keurder hefbruggen (2016)'),
      named('VCA VOL', 'VCA VOL (geldig tot 2028)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Plannen en organiseren', 'Proactief', 'Technisch sterk', 'Klantgericht bij de oplevering'],
    clientBase: null,
    competencies: ['customer_focus', 'initiative', 'organisation'],
  },
  {
    id: 'nl-h40-16-winkelverkoopster-filiaalmanager-key-accountmanager-kaarsen-gouda',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Vierendertighonderd Zestien',
    email: 'k4016.gouda@example.com',
    phone: '06 49 61 35 72',
    contactLines: ['Gouda', 'Geboren 12-01-1976'],
    tagline: 'Key accountmanager – kaarsen en sfeerproducten',
    headings: {
      contact: 'Personalia',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Bijna dertig jaar in de woon- en cadeaubranche, waarvan dertien als key accountmanager bij een ' +
        'kaarsenmaker. Ik ken de winkelvloer én het hoofdkantoor van de ketens.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Key accountmanager',
        'Goudsche Kaarsenmakerij B.V.',
        '2013-05',
        null,
        true,
        '05/2013 – heden',
        [
          '18 key accounts: woonwarenhuisketens, tuincentrumketens en supermarkten in Nederland, België, Duitsland ' +
            'en Frankrijk',
          'Omzet op mijn accounts in 2025: € 9,6 miljoen',
          'Jaarafspraken met inkoopmanagers en category managers, die over het assortiment beslissen',
          'Seizoenscollecties (kerst, Pasen, zomer) samen met onze productontwikkeling',
        ],
        'Gouda',
      ),
      job(
        'Accountmanager binnendienst',
        'Goudsche Kaarsenmakerij B.V.',
        '2009-02',
        '2013-04',
        true,
        '02/2009 – 04/2013',
        ['Orders en nabestellingen van cadeauwinkels; eigen belrondes'],
        'Gouda',
      ),
      job(
        'Filiaalmanager',
        'Cadeau- en woonwinkel Het Lichtpunt',
        '2001-03',
        '2009-01',
        false,
        '03/2001 – 01/2009',
        ['Leiding over 7 medewerkers, inkoop op de beurs samen met de eigenaar'],
        'Gouda',
      ),
      job(
        'Verkoopmedewerker',
        'Cadeau- en woonwinkel Het Lichtpunt',
        '1997-08',
        '2001-02',
        true,
        '08/1997 – 02/2001',
        undefined,
        'Gouda',
      ),
    ],
    education: [
      edu('mbo 4', 'MEAO, commerciële richting, Gouda, 1993 – 1997', {
        field: 'commerciële richting',
        startYear: 1993,
        endYear: 1997,
      }),
      edu('mavo', 'MAVO, Gouda, 1989 – 1993', { startYear: 1989, endYear: 1993 }),
    ],
    courses: [
      named('Category management', 'Category management (2014)'),
      named('Zakendoen in Duitsland', 'Zakendoen in Duitsland (2016)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B2', 'Duits – goed'),
      lang('fr', 'B1', 'Frans – redelijk'),
    ],
    skills: [
      'Relatieopbouw met inkopers',
      'Organisatievermogen in het seizoen',
      'Cijfermatig en analytisch',
      'Creatief met presentaties en schappen',
    ],
    clientBase: { activeAccounts: 18, annualRevenueEur: 9_600_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'innovation', 'organisation', 'relationship_building'],
  },
  {
    id: 'nl-h40-17-linkedin-export-nagelstyliste-klantenservice-nagelproducten-almere-geen-verkoop',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Vierendertighonderd Zeventien',
    email: 'k4017.almere@example.com',
    phone: '+31 6 27381946',
    contactLines: ['www.linkedin.example.com/in/kandidaat-4017 (LinkedIn)'],
    tagline:
      'Klantenservice & social media bij NailPro Benelux | Op zoek naar een startfunctie in de binnendienst\n' +
      'Almere, Flevoland, Nederland',
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
      'Ik help nagelstylisten en salons elke dag met hun bestellingen, vragen over producten en retouren, via ' +
        'telefoon, mail en Instagram. Ik ben zelf nagelstyliste geweest en weet dus waar ze het over hebben. Graag ' +
        'groei ik door naar de binnendienst, met klanten van mezelf.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Medewerker klantenservice en social media',
          'NailPro Benelux B.V.',
          '2023-09',
          null,
          false,
          'september 2023 - heden (3 jaar 3 maanden)',
        ),
        lines: [
          'NailPro Benelux B.V.',
          'Medewerker klantenservice en social media',
          'september 2023 - heden (3 jaar 3 maanden)',
          'Almere, Flevoland, Nederland',
          'Vragen en klachten van zo’n 2.000 salons en stylisten; berichten en reacties op Instagram en TikTok. ' +
            'Webshop met 25.000 bestellingen per jaar.',
        ],
      },
      {
        ...job(
          'Nagelstyliste',
          'Salon Pink Tips',
          '2021-06',
          '2023-08',
          false,
          'juni 2021 - augustus 2023 (2 jaar 3 maanden)',
        ),
        lines: [
          'Salon Pink Tips',
          'Nagelstyliste',
          'juni 2021 - augustus 2023 (2 jaar 3 maanden)',
          'Almere, Flevoland, Nederland',
        ],
      },
      {
        ...job(
          'Caissière',
          'Supermarkt Stadshart',
          '2018-03',
          '2021-05',
          false,
          'maart 2018 - mei 2021 (3 jaar 3 maanden)',
        ),
        lines: [
          'Supermarkt Stadshart',
          'Caissière',
          'maart 2018 - mei 2021 (3 jaar 3 maanden)',
          'Almere, Flevoland, Nederland',
          'Bijbaan naast school.',
          'Pagina 1 van 2',
        ],
      },
    ],
    education: [
      edu('mbo 3', 'ROC Flevoland\nMBO 3, Schoonheidsspecialist · (2018 - 2021)', {
        field: 'Schoonheidsspecialist',
        institution: 'ROC Flevoland',
        startYear: 2018,
        endYear: 2021,
      }),
      edu('vmbo', 'Buitenhout College\nVMBO, Basis · (2014 - 2018)', {
        institution: 'Buitenhout College',
        startYear: 2014,
        endYear: 2018,
      }),
    ],
    courses: [],
    certifications: [named('Diploma Nagelstyliste')],
    languages: [
      lang('nl', 'native', 'Nederlands (Moedertaal of tweetalig)'),
      lang('en', 'C1', 'Engels (Volledige professionele vaardigheid)'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: [
          'Nederlands (Moedertaal of tweetalig)',
          'Papiaments (Moedertaal of tweetalig)',
          'Engels (Volledige professionele vaardigheid)',
        ],
      },
    ],
    skills: ['Klantenservice', 'Social media', 'Communicatief'],
    closing: [{ kind: 'paragraph', text: 'Pagina 2 van 2' }],
    clientBase: null,
    competencies: ['communication'],
  },
  {
    id: 'nl-h40-18-europass-nieuw-vlaamse-verpleegkundige-accountmanager-incontinentiezorg-turnhout',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Vierendertighonderd Achttien',
    email: 'k4018.turnhout@example.com',
    phone: '(+32) 497 28 15 60',
    contactLines: ['Turnhout, België (Thuis)'],
    afterContact: [
      { kind: 'paragraph', text: 'Nationaliteit: Belgische | Geboortedatum: 04/07/1984 | Geslacht: Vrouwelijk' },
    ],
    headings: {
      profile: 'OVER MIJZELF',
      work: 'WERKERVARING',
      education: 'ONDERWIJS EN OPLEIDING',
      courses: 'CURSUSSEN',
      skills: 'COMMUNICATIEVE EN INTERPERSOONLIJKE VAARDIGHEDEN',
      languages: 'TAALVAARDIGHEDEN',
    },
    profile: [
      'Verpleegkundige en hoofdverpleegkundige in de ouderenzorg, sinds 2018 accountmanager voor een leverancier ' +
        'van incontinentiemateriaal. Ik help woonzorgcentra om beter en zuiniger te werken en ken hun dagelijkse ' +
        'praktijk uit eigen ervaring.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Accountmanager woonzorgcentra',
          'Continentia Medical NV',
          '2018-04',
          null,
          true,
          '[ 01/04/2018 – Huidig ]',
          [
            'Een 65-tal woonzorgcentra, ziekenhuizen en thuiszorgorganisaties in de provincies Antwerpen en Limburg',
            'Omzet op mijn klanten in 2025: ca. 4,2 miljoen euro (incontinentiemateriaal en huidverzorging)',
            'De directies en aankoopverantwoordelijken beslissen over de keuze van leverancier; ik werk ook met de ' +
              'hoofdverpleegkundigen en de zorgteams',
            'Opleidingen voor zorgpersoneel over continentiezorg, een 120-tal per jaar',
          ],
        ),
        lines: [
          '[ 01/04/2018 – Huidig ] Accountmanager woonzorgcentra',
          'Continentia Medical NV',
          'Stad: Turnhout | Land: België',
        ],
      },
      {
        ...job(
          'Hoofdverpleegkundige',
          'WZC Het Kempenhof',
          '2011-09',
          '2018-03',
          false,
          '[ 01/09/2011 – 31/03/2018 ]',
          ['Leiding over een afdeling van 30 bewoners en 18 medewerkers'],
        ),
        lines: [
          '[ 01/09/2011 – 31/03/2018 ] Hoofdverpleegkundige',
          'WZC Het Kempenhof',
          'Stad: Oud-Turnhout | Land: België',
        ],
      },
      {
        ...job(
          'Verpleegkundige',
          'Ziekenhuis Noorderkempen',
          '2005-09',
          '2011-08',
          false,
          '[ 01/09/2005 – 31/08/2011 ]',
        ),
        lines: [
          '[ 01/09/2005 – 31/08/2011 ] Verpleegkundige',
          'Ziekenhuis Noorderkempen',
          'Stad: Turnhout | Land: België',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        '[ 2002 – 2005 ] Bachelor in de verpleegkunde\nKatholieke Hogeschool Kempen\nStad: Geel | Land: België | ' +
          'Niveau in EKK: EKK-niveau 6',
        { field: 'verpleegkunde', institution: 'Katholieke Hogeschool Kempen', startYear: 2002, endYear: 2005 },
      ),
      edu(
        'secondary',
        '[ 1996 – 2002 ] Diploma secundair onderwijs, ASO Humane wetenschappen\nStad: Turnhout | Land: België',
        { field: 'Humane wetenschappen', startYear: 1996, endYear: 2002 },
      ),
    ],
    courses: [
      named('Consultatieve verkoop', '[ 2018 ] Consultatieve verkoop'),
      named('Huidletsels bij incontinentie', '[ 2019 ] Huidletsels bij incontinentie'),
    ],
    certifications: [],
    languages: [lang('nl', 'native', 'NEDERLANDS'), lang('en', 'B2', 'ENGELS'), lang('fr', 'B1', 'FRANS')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal/moedertalen: NEDERLANDS' },
      { kind: 'paragraph', text: 'Andere talen:' },
      { kind: 'paragraph', text: 'ENGELS' },
      { kind: 'paragraph', text: 'LUISTEREN B2   LEZEN B2   SCHRIJVEN B2' },
      { kind: 'paragraph', text: 'GESPROKEN PRODUCTIE B2   GESPROKEN INTERACTIE B2' },
      { kind: 'paragraph', text: 'FRANS' },
      { kind: 'paragraph', text: 'LUISTEREN B1   LEZEN B1   SCHRIJVEN A2' },
      { kind: 'paragraph', text: 'GESPROKEN PRODUCTIE B1   GESPROKEN INTERACTIE B1' },
      {
        kind: 'paragraph',
        text: 'Niveaus: A1 en A2: basisgebruiker; B1 en B2: onafhankelijk gebruiker; C1 en C2: vaardig gebruiker',
      },
    ],
    skills: [
      'Tactvol in gesprekken met directies en zorgteams',
      'Coachend: ik leer zorgteams werken met nieuwe materialen en schema’s',
      'Analytisch: verbruiksanalyses per afdeling',
    ],
    closing: [
      { kind: 'heading', text: 'DIGITALE VAARDIGHEDEN' },
      { kind: 'paragraph', text: 'Microsoft Office | Salesforce | elektronisch zorgdossier' },
      { kind: 'heading', text: 'RIJBEWIJS' },
      { kind: 'paragraph', text: 'Rijbewijs: B' },
    ],
    clientBase: { activeAccounts: 65, annualRevenueEur: 4_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'tact_assertiveness'],
  },
  {
    id: 'nl-h40-19-monteur-werkvoorbereider-calculator-pompen-dordrecht-geen-verkoop',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Vierendertighonderd Negentien',
    email: 'k4019.dordrecht@example.com',
    phone: '06 14 72 58 30',
    contactLines: ['Dordrecht'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Technisch calculator met 23 jaar ervaring in pompen en machinebouw. Ik maak de offertes waarmee onze ' +
        'accountmanagers de orders binnenhalen; zelf heb ik nooit klanten beheerd. Ik zoek een rol als technisch ' +
        'adviseur binnendienst, waarin ik meer contact met de klant heb.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Calculator / offerte-engineer',
          'Drechtpomp Industrie B.V.',
          '2015-06',
          null,
          false,
          'juni 2015 – heden',
          [
            'Technische selectie en prijsopbouw van pompinstallaties voor waterschappen, drinkwaterbedrijven en de ' +
              'procesindustrie',
            'Ongeveer 600 offertes per jaar voor de vier accountmanagers; zij voeren de gesprekken met de klant en ' +
              'sluiten de orders',
            'Overdracht aan de projectleiding na de order',
          ],
        ),
        lines: ['Calculator / offerte-engineer – Drechtpomp Industrie B.V., Dordrecht (juni 2015 – heden)'],
      },
      {
        ...job('Werkvoorbereider', 'Merwede Machinebouw B.V.', '2009-01', '2015-05', false, 'januari 2009 – mei 2015', [
          'Tekeningen, stuklijsten en planning voor de werkplaats',
        ]),
        lines: ['Werkvoorbereider – Merwede Machinebouw B.V., Papendrecht (januari 2009 – mei 2015)'],
      },
      {
        ...job(
          'Monteur pompen',
          'Pompservice Zuid-Holland',
          '2003-09',
          '2008-12',
          false,
          'september 2003 – december 2008',
        ),
        lines: ['Monteur pompen – Pompservice Zuid-Holland, Dordrecht (september 2003 – december 2008)'],
      },
    ],
    education: [
      edu('hbo', 'HBO Werktuigbouwkunde (deeltijd), Hogeschool Rotterdam, 2009 – 2013', {
        field: 'Werktuigbouwkunde',
        institution: 'Hogeschool Rotterdam',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('mbo 4', 'MBO 4 Werktuigbouwkunde, Da Vinci College, Dordrecht, 1999 – 2003', {
        field: 'Werktuigbouwkunde',
        institution: 'Da Vinci College',
        startYear: 1999,
        endYear: 2003,
      }),
    ],
    courses: [
      named('Pomptechniek voor gevorderden', 'Pomptechniek voor gevorderden (2016)'),
      named('Excel voor calculatoren', 'Excel voor calculatoren (2019)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: [
      'Analytisch',
      'Nauwkeurig',
      'Samenwerking met accountmanagers en projectleiders',
      'VCA Basis (verlopen in 2018)',
    ],
    clientBase: null,
    competencies: ['analytical', 'teamwork'],
  },
  {
    id: 'nl-h40-20-magazijn-toonbank-binnendienst-accountmanager-hang-en-sluitwerk-leeuwarden',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Vierendertighonderd Twintig',
    nameLine: 'Curriculum vitae\nKandidaat Vierendertighonderd Twintig',
    email: 'k4020.leeuwarden@example.com',
    phone: '06 21 53 84 69',
    contactLines: ['Leeuwarden'],
    headings: {
      profile: 'Persoonlijk profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen en trainingen',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Van het magazijn en de toonbank naar de buitendienst, bij twee bedrijven in Friesland. Ik weet hoe een kozijn ' +
        'in elkaar zit en welk slot erin moet, en ik zie een aannemer liever op de bouw dan op kantoor.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager bouw', 'Beslag Noord B.V.', '2020-05', null, true, 'sinds mei 2020', [
          'Ongeveer 110 klanten: kozijnfabrikanten, timmerfabrieken, aannemers en glaszetters in Friesland, ' +
            'Groningen en Drenthe',
          'Omzet op mijn klanten: ruim € 4 miljoen in 2025',
          'Mijn contacten zijn de eigenaren en inkopers, die zelf kiezen bij welke groothandel ze bestellen',
          'Advies over inbraakwerend hang- en sluitwerk en het Bouwbesluit',
        ]),
        lines: ['Accountmanager bouw (buitendienst)', 'Beslag Noord B.V. · Leeuwarden · sinds mei 2020'],
      },
      {
        ...job('Verkoper binnendienst', 'Beslag Noord B.V.', '2016-01', '2020-04', true, 'januari 2016 – april 2020', [
          'Telefonische orders, offertes en eigen belrondes bij kleinere aannemers',
        ]),
        lines: ['Verkoper binnendienst', 'Beslag Noord B.V. · Leeuwarden · januari 2016 – april 2020'],
      },
      {
        ...job(
          'Toonbankverkoper',
          'Bouwmaterialenhandel Wâldhoek',
          '2012-08',
          '2015-12',
          true,
          'augustus 2012 – december 2015',
        ),
        lines: ['Toonbankverkoper', 'Bouwmaterialenhandel Wâldhoek · Drachten · augustus 2012 – december 2015'],
      },
      {
        ...job(
          'Magazijnmedewerker',
          'Bouwmaterialenhandel Wâldhoek',
          '2010-06',
          '2012-07',
          false,
          'juni 2010 – juli 2012',
        ),
        lines: ['Magazijnmedewerker', 'Bouwmaterialenhandel Wâldhoek · Drachten · juni 2010 – juli 2012'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Bouwkunde, Friesland College, Leeuwarden, 2006 – 2010', {
        field: 'Bouwkunde',
        institution: 'Friesland College',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('vmbo', 'VMBO-TL, Leeuwarden, 2002 – 2006', { startYear: 2002, endYear: 2006 }),
    ],
    courses: [
      named('Inbraakwerend beslag en SKG-keurmerken', 'Inbraakwerend beslag en SKG-keurmerken (2021)'),
      named('Verkoopvaardigheden buitendienst', 'Verkoopvaardigheden buitendienst (2020)'),
    ],
    certifications: [named('VCA Basis', 'VCA Basis (geldig tot 2027)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fy', 'native', 'Fries – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: [
      'Klantgericht en technisch onderlegd',
      'Plannen van mijn eigen routes en bezoeken',
      'Overtuigend bij een aannemer die al twintig jaar hetzelfde beslag bestelt',
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 4_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation', 'persuasiveness'],
  },
  {
    id: 'nl-h40-21-starter-verkoopondersteuning-orchideeen-naaldwijk-geen-verkoop',
    format: 'txt',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Vierendertighonderd Eenentwintig',
    email: 'k4021.naaldwijk@example.com',
    phone: '06 58 14 39 27',
    contactLines: ['Naaldwijk', 'Geboren 2004'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Sinds oktober 2025 werk ik in de verkoopondersteuning van een orchideeënkwekerij. Ik wil doorgroeien naar de ' +
        'verkoop zelf, met eigen klanten bij exporteurs en groothandels.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Medewerker verkoopondersteuning',
        'Westlandse Orchideeën B.V.',
        '2025-10',
        null,
        false,
        'oktober 2025 – heden',
        [
          'Orderinvoer en bevestigingen voor de drie verkopers, die de klanten (exporteurs en groothandels) beheren',
          'Beschikbaarheid en prijslijsten bijwerken in het bestelsysteem van de kwekerij',
          'Kwekerij van 14 hectare, 12 miljoen potorchideeën per jaar',
        ],
        'Naaldwijk',
      ),
      job(
        'Medewerker oogst en verwerking',
        'Tomatenkwekerij De Lier',
        '2019-06',
        '2025-08',
        false,
        'juni 2019 – augustus 2025 (bijbaan)',
        undefined,
        'De Lier',
      ),
    ],
    education: [
      edu(
        'mbo 4',
        'MBO 4 Medewerker internationale handel (BOL), Lentiz, Naaldwijk, 2021 – 2025, met afstudeerstage bij een ' +
          'bloemenexporteur in Aalsmeer',
        { field: 'Medewerker internationale handel', institution: 'Lentiz', startYear: 2021, endYear: 2025 },
      ),
      edu('vmbo', 'VMBO kader, Naaldwijk, 2017 – 2021', { startYear: 2017, endYear: 2021 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('pl', 'native', 'Pools – thuistaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Nauwkeurig', 'Communicatief', 'Teamspeler', 'Excel'],
    clientBase: null,
    competencies: ['communication', 'teamwork'],
  },
  {
    id: 'nl-h40-22-vlaamse-barista-accountmanager-thee-horeca-gent',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Vierendertighonderd Tweeëntwintig',
    email: 'k4022.gent@example.net',
    phone: '0468 21 57 04',
    contactLines: ['9000 Gent'],
    headings: {
      profile: 'Kort',
      work: 'Ervaring',
      education: 'Studies',
      courses: 'Cursussen',
      skills: 'Wat ik meebreng',
      languages: 'Talen',
    },
    profile: [
      'Van barista naar accountmanager: ik verkoop thee aan de mensen met wie ik vroeger achter de toog stond. ' +
        'Ik zoek een volgende stap bij een merk of invoerder van dranken voor de horeca.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Accountmanager horeca en speciaalzaken',
          'Theehuis Gandavum BV',
          '2021-09',
          null,
          true,
          'sinds september 2021',
          [
            'Een 170-tal vaste klanten: koffiebars, hotels, restaurants, traiteurs en delicatessenzaken in Oost- en ' +
              'West-Vlaanderen en Vlaams-Brabant',
            'Omzet op mijn klanten in 2025: zo’n 1,3 miljoen euro',
            'De uitbaters kiezen zelf hun thee; ik kom proeven, geef opleiding aan het personeel en stel de kaart ' +
              'mee samen',
          ],
        ),
        lines: ['Theehuis Gandavum BV (Gent) — Accountmanager horeca en speciaalzaken — sinds september 2021'],
      },
      {
        ...job(
          'Barista en zaakverantwoordelijke',
          'Koffiebar De Gravin',
          '2017-03',
          '2021-08',
          false,
          'maart 2017 – augustus 2021',
        ),
        lines: ['Koffiebar De Gravin (Gent) — Barista en zaakverantwoordelijke — maart 2017 – augustus 2021'],
      },
      {
        ...job('Verkoopster', 'Theewinkel Het Blauwe Blad', '2014', '2017', true, '2014 – 2017, weekends (jobstudent)'),
        lines: ['Theewinkel Het Blauwe Blad (Gent) — Verkoopster — 2014 – 2017, weekends (jobstudent)'],
      },
    ],
    education: [
      edu('bachelor', 'Bachelor Communicatiemanagement, Arteveldehogeschool, Gent, 2013 – 2017', {
        field: 'Communicatiemanagement',
        institution: 'Arteveldehogeschool',
        startYear: 2013,
        endYear: 2017,
      }),
      edu('secondary', 'ASO Moderne talen, Gent, 2007 – 2013', {
        field: 'Moderne talen',
        startYear: 2007,
        endYear: 2013,
      }),
    ],
    courses: [named('Theesommelier', 'Opleiding theesommelier (2019)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: vloeiend'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('zh', 'A1', 'Chinees: beginner (avondschool)'),
    ],
    skills: ['Netwerken in de Gentse horeca', 'Creatief met smaken en theekaarten', 'Communicatief'],
    clientBase: { activeAccounts: 170, annualRevenueEur: 1_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'innovation', 'relationship_building'],
  },
  {
    id: 'nl-h40-23-elektromonteur-traplift-inmeter-middelburg-geen-verkoop',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Vierendertighonderd Drieëntwintig',
    email: 'k4023.middelburg@example.org',
    phone: '06 43 18 27 50',
    contactLines: ['Middelburg'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Functie', 'Bedrijf', 'Van – tot'],
    },
    profile: [
      'Ik ben monteur van opleiding en meet nu trappen in voor trapliften. Ik kom bij de mensen thuis als de verkoop ' +
        'rond is en zie wat er beloofd is. Ik zou graag zelf adviseur worden, met de verkoop erbij.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job('Technisch adviseur inmeten', 'Zeeuwse Traplift Service B.V.', '2019-04', null, false, 'apr 2019 – heden', [
        'Inmeten van trappen bij klanten thuis nadat de verkoper de opdracht heeft binnengehaald',
        'Technische tekening en productieorder voor de fabriek',
        'Zo’n 450 inmetingen per jaar in Zeeland en West-Brabant',
      ]),
      job('Monteur trapliften', 'Zeeuwse Traplift Service B.V.', '2012-09', '2019-03', false, 'sep 2012 – mrt 2019'),
      job('Elektromonteur', 'Installatiebedrijf Walcheren', '2005-08', '2012-08', false, 'aug 2005 – aug 2012'),
    ],
    education: [
      edu('mbo 3', 'MBO 3 Eerste monteur elektrotechnische installaties (BBL), Scalda, Vlissingen, 2005 – 2008', {
        field: 'Eerste monteur elektrotechnische installaties',
        institution: 'Scalda',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('vmbo', 'VMBO kader Elektrotechniek, Middelburg, 2001 – 2005', {
        field: 'Elektrotechniek',
        startYear: 2001,
        endYear: 2005,
      }),
    ],
    courses: [named('Omgaan met ouderen en mensen met dementie', 'Omgaan met ouderen en mensen met dementie (2020)')],
    certifications: [named('NEN 3140 vakbekwaam persoon', 'NEN 3140 vakbekwaam persoon (herhaald in 2025)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['Nederlands – moedertaal', 'Zeeuws – thuis', 'Engels – redelijk', 'Duits – basis'],
      },
    ],
    skills: ['Tactvol bij oudere klanten', 'Precies', 'Zelfstandig', 'VCA Basis (verlopen in 2017)'],
    clientBase: null,
    competencies: ['tact_assertiveness'],
  },
  {
    id: 'nl-h40-24-vlaamse-winkelverkoper-vertegenwoordiger-handelsagent-lederwaren-antwerpen',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Vierendertighonderd Vierentwintig',
    email: 'k4024.antwerpen@example.com',
    phone: '0477 15 62 38',
    contactLines: ['2018 Antwerpen'],
    afterContact: [{ kind: 'paragraph', text: 'Geboren in 1965 te Mechelen · weduwnaar, twee volwassen kinderen' }],
    headings: {
      profile: 'Profiel',
      work: 'Beroepsloopbaan',
      education: 'Vorming',
      courses: 'Bijscholing',
      skills: 'Troeven',
      languages: 'Talen',
    },
    profile: [
      'Veertig jaar in de lederwaren: winkelverkoper, vertegenwoordiger en sinds 2003 zelfstandig agent. Ik wil mijn ' +
        'agentschap afbouwen en zoek voor mijn laatste jaren een vaste job als accountmanager of vertegenwoordiger ' +
        'voor een merk.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Wanneer', title: 'Functie', employer: 'Bij', duties: 'Wat' },
    jobs: [
      job(
        'Zelfstandig handelsagent lederwaren',
        'Agentuur Scheldeleder',
        '2003-01',
        null,
        true,
        'januari 2003 – vandaag',
        [
          'vertegenwoordiging van vijf merken van handtassen, reisartikelen en kleine lederwaren, op commissie',
          'een 210-tal klanten: lederwarenzaken, schoenwinkels en boetieks in Vlaanderen, Brussel en het ' +
            'Groothertogdom Luxemburg',
          'omzet van de merken bij mijn klanten in 2025: ongeveer 3,9 miljoen euro',
          'de zaakvoerders kiezen zelf hun collecties; ik kom twee keer per seizoen langs en sta op de beurzen',
        ],
        'Antwerpen',
      ),
      job(
        'Vertegenwoordiger',
        'Lederwarenhuis Meir NV',
        '1991-03',
        '2002-12',
        true,
        'maart 1991 – december 2002',
        ['de eigen merken bij winkels in de provincies Antwerpen en Limburg'],
        'Antwerpen',
      ),
      job(
        'Verkoper',
        'Lederwarenhuis Meir NV',
        '1986-09',
        '1991-02',
        true,
        'september 1986 – februari 1991',
        ['verkoop in de winkel op de Meir'],
        'Antwerpen',
      ),
    ],
    education: [
      edu('secondary', 'A2-diploma Handel (TSO), Mechelen, 1979 – 1985', {
        field: 'Handel',
        startYear: 1979,
        endYear: 1985,
      }),
    ],
    courses: [named('Etalage en visual merchandising', 'Etalage en visual merchandising (1995)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'C1', 'Frans – zeer goed'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
      lang('it', 'A2', 'Italiaans – basis (leveranciers in Firenze)'),
    ],
    skills: [
      'Ondernemend: al 23 jaar zelfstandig',
      'Netwerken op beurzen en in de winkelstraten',
      'Tactvol met veeleisende winkeliers',
    ],
    clientBase: { activeAccounts: 210, annualRevenueEur: 3_900_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'nl-h40-25-teeltvoorlichter-export-accountmanager-aardbeiplanten-horst',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Vierendertighonderd Vijfentwintig',
    email: 'k4025.horst@example.com',
    phone: '06 31 92 40 75',
    contactLines: ['Horst (Limburg)'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Tuinbouwer van opleiding, opgegroeid tussen de aardbeien in Noord-Limburg. Eerst teeltvoorlichter, sinds ' +
        'eind 2018 exportaccountmanager: ik verkoop onze planten aan telers in heel Europa en kom minstens twee keer ' +
        'per jaar op elk bedrijf.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Export accountmanager',
        'Aardbeiplantenkwekerij Peelrand B.V.',
        '2018-11',
        null,
        true,
        'nov. 2018 – heden',
        [
          '32 vaste afnemers: aardbeientelers, telersverenigingen en plantenhandelaren in Duitsland, Frankrijk, het ' +
            'Verenigd Koninkrijk, Polen en Spanje',
          'Omzet op mijn afnemers: ca. € 8,7 miljoen in 2025 (ruim 60 miljoen planten)',
          'Teeltbegeleiding bij de telers; de bedrijfseigenaren beslissen zelf over rassen en aantallen',
        ],
        'Horst',
      ),
      job(
        'Teeltvoorlichter',
        'Aardbeiplantenkwekerij Peelrand B.V.',
        '2014-03',
        '2018-10',
        false,
        'mrt. 2014 – okt. 2018',
        ['Advies aan telers over rassen en teelt; de verkoop liep via de exportafdeling'],
        'Horst',
      ),
      job(
        'Medewerker teelt',
        'Asperge- en aardbeienbedrijf De Kemper',
        '2010',
        '2014',
        false,
        '2010 – 2014 (naast de studie)',
        undefined,
        'Grubbenvorst',
      ),
    ],
    education: [
      edu('hbo', 'HBO Tuinbouw en Akkerbouw, HAS Hogeschool, ’s-Hertogenbosch, 2010 – 2014', {
        field: 'Tuinbouw en Akkerbouw',
        institution: 'HAS Hogeschool',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('havo', 'HAVO, Venray, 2005 – 2010', { startYear: 2005, endYear: 2010 }),
    ],
    courses: [named('Exportdocumenten en plantenpaspoorten', 'Exportdocumenten en plantenpaspoorten (2019)')],
    certifications: [
      named(
        'Spuitlicentie (vakbekwaamheid gewasbescherming)',
        'Spuitlicentie (vakbekwaamheid gewasbescherming), geldig tot 2029',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('li', 'native', 'Limburgs (Hórster plat) – moedertaal'),
      lang('de', 'C1', 'Duits – vloeiend'),
      lang('en', 'B2', 'Engels – goed'),
      lang('fr', 'B1', 'Frans – redelijk'),
      lang('pl', 'A2', 'Pools – basis (veel seizoenwerkers)'),
    ],
    skills: [
      'Analytisch: teeltdata en proefresultaten',
      'Relatiebeheer met telers in vijf landen',
      'Initiatief: opzet van de Poolse markt in 2020',
    ],
    clientBase: { activeAccounts: 32, annualRevenueEur: 8_700_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'initiative', 'relationship_building'],
  },
  {
    id: 'nl-h40-26-vlaamse-zaalverantwoordelijke-implementatieconsultant-kassasystemen-leuven-geen-verkoop',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Vierendertighonderd Zesentwintig',
    email: 'k4026.leuven@example.net',
    phone: '0493 62 18 47',
    contactLines: ['3000 Leuven'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Opleidingen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Ik werkte vier jaar in de horeca en installeer nu de kassa’s die mijn collega’s verkopen. Ik ken beide kanten ' +
        'van de toog. Ik wil overstappen naar een job als accountmanager in de horecasoftware.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Implementatieconsultant', 'Tapkassa BV', '2021-02', null, false, 'februari 2021 – nu', [
          'Installatie en configuratie van kassasystemen en bestelzuilen bij horecazaken, bakkerijen en winkels, ' +
            'na de verkoop',
          'Opleiding van het personeel op de dag van de opstart',
          'Een 300-tal opstarten per jaar; kansen op uitbreiding geef ik door aan de accountmanagers',
        ]),
        lines: ['Implementatieconsultant bij Tapkassa BV (Leuven), februari 2021 – nu'],
      },
      {
        ...job('Helpdeskmedewerker', 'Tapkassa BV', '2018-06', '2021-01', false, 'juni 2018 – januari 2021'),
        lines: ['Helpdeskmedewerker bij Tapkassa BV (Leuven), juni 2018 – januari 2021'],
      },
      {
        ...job('Zaalverantwoordelijke', 'Brasserie Ladeuze', '2014-09', '2018-05', false, 'september 2014 – mei 2018'),
        lines: ['Zaalverantwoordelijke bij Brasserie Ladeuze (Leuven), september 2014 – mei 2018'],
      },
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Toegepaste informatica, Leuven, 2011 – 2014', {
        field: 'Toegepaste informatica',
        startYear: 2011,
        endYear: 2014,
      }),
      edu('secondary', 'TSO Informaticabeheer, Leuven, 2005 – 2011', {
        field: 'Informaticabeheer',
        startYear: 2005,
        endYear: 2011,
      }),
    ],
    courses: [named('Klantgericht communiceren', 'Klantgericht communiceren (2019)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('ar', 'native', 'Arabisch (Marokkaans) – thuistaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'C1', 'Engels – vloeiend'),
    ],
    skills: [
      'Stressbestendig, ook op de eerste avond met een nieuwe kassa',
      'Plannen van de installaties',
      'Communicatief',
    ],
    clientBase: null,
    competencies: ['communication', 'organisation', 'stress_resistance'],
  },
];

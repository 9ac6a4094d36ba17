import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-eighth held-out set's Dutch and Flemish CVs: twenty-six people whose selling is one part of their
 * work, or was, as people in the Netherlands and Flanders write their CVs in 2026, written without reading the
 * reader. Owner-managers and franchisees, installers, engineers and consultants who also quote and sell, shop and
 * branch managers, sellers who became sales managers or trainers, and people who combine a sales job with another
 * job; a few who quote without selling or have never sold.
 */
export const HELD_OUT_38_NL: CvSource[] = [
  {
    id: 'nl-h38-01-monteur-technisch-adviseur-warmtepompen-emmen',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëndertighonderd Een',
    email: 'k3801.emmen@example.com',
    phone: '06-41732290',
    contactLines: ['Emmen'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Geboren', '3 juni 1993'],
          ['Nationaliteit', 'Nederlandse'],
          ['Rijbewijs', 'B en BE'],
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Arbeidsverleden',
      education: 'Genoten opleidingen',
      courses: 'Bijscholing',
      certifications: 'Certificeringen',
      skills: 'Vaardigheden',
      languages: 'Talenkennis',
    },
    profile: [
      'Installatiemonteur die de overstap maakte naar advies en verkoop. Ik kom bij mensen thuis, kijk wat er in het ' +
        'huis mogelijk is, reken het door en maak de offerte. Na de verkoop blijf ik het aanspreekpunt tot de ' +
        'warmtepomp draait. Ik zoek een vergelijkbare functie met meer zakelijke projecten, zoals VvE’s en agrariërs.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Technisch adviseur warmtepompen',
          'Warmteplein Drenthe B.V.',
          '2022-02',
          null,
          true,
          'februari 2022 – lopend',
          [
            'Opname bij particulieren thuis: woning, isolatie en verbruik; advies hybride of volledig elektrisch',
            'Offertes opstellen, de subsidie uitleggen en de verkoop afsluiten; eigen omzetdoel per kwartaal',
            'In 2025 zelf 96 installaties verkocht, gemiddelde opdrachtwaarde € 15.800',
            'Mijn klanten zijn particuliere woningeigenaren in Zuidoost-Drenthe',
          ],
        ),
        lines: ['Technisch adviseur warmtepompen, februari 2022 – lopend', 'Warmteplein Drenthe B.V., Emmen'],
      },
      {
        ...job('Servicemonteur', 'Warmteplein Drenthe B.V.', '2016-05', '2022-01', false, 'mei 2016 – januari 2022', [
          'Onderhoud en storingen aan cv-ketels en warmtepompen',
          'Vanaf 2019 ook inbedrijfstelling van warmtepompen',
        ]),
        lines: ['Servicemonteur, mei 2016 – januari 2022', 'Warmteplein Drenthe B.V., Emmen'],
      },
      {
        ...job(
          'Installatiemonteur',
          'Installatiebedrijf Bargeres',
          '2013-08',
          '2016-04',
          false,
          'augustus 2013 – april 2016',
        ),
        lines: ['Installatiemonteur, augustus 2013 – april 2016', 'Installatiebedrijf Bargeres, Emmen'],
      },
      {
        ...job(
          'Leerling-monteur',
          'Installatiebedrijf Bargeres',
          '2010-09',
          '2013-07',
          false,
          'september 2010 – juli 2013, leerwerkbaan',
        ),
        lines: ['Leerling-monteur, september 2010 – juli 2013, leerwerkbaan', 'Installatiebedrijf Bargeres, Emmen'],
      },
    ],
    education: [
      edu(
        'mbo 3',
        'MBO 3 Eerste monteur service en onderhoud installaties (BBL), Drenthe College, Emmen, 2010 – 2013',
        {
          field: 'Eerste monteur service en onderhoud installaties',
          institution: 'Drenthe College',
          startYear: 2010,
          endYear: 2013,
        },
      ),
      edu('vmbo', 'VMBO kader Installatietechniek, Esdal College, Emmen, 2006 – 2010', {
        field: 'Installatietechniek',
        institution: 'Esdal College',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Warmtepompen ontwerpen en adviseren', 'Warmtepompen ontwerpen en adviseren (2021)'),
      named('Verkopen aan de keukentafel', 'Verkopen aan de keukentafel (2022)'),
    ],
    certifications: [
      named('F-gassen certificaat categorie I', 'F-gassen certificaat categorie I (2019)'),
      named('VCA Basis', 'VCA Basis – geldig tot 2028'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B1', 'Duits – redelijk (veel Duitse klanten aan de grens)'),
      lang('en', 'A2', 'Engels – basis'),
    ],
    skills: [
      'Technisch-commercieel sterk',
      'Klantgericht en geduldig',
      'Warmteverliesberekeningen en Vabi',
      'Rijbewijs B en BE',
    ],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      { kind: 'paragraph', text: 'Vrijwilliger bij de brandweer Emmen (sinds 2015), motorcross.' },
    ],
    clientBase: null,
    competencies: ['customer_focus', 'sales'],
  },
  {
    id: 'nl-h38-02-vlaamse-franchisenemer-signalisatie-en-drukwerk-aalst',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeëndertighonderd Twee',
    email: 'k3802.dender@example.net',
    phone: '0032 478 21 64 09',
    contactLines: ['9300 Aalst'],
    tagline: 'Zaakvoerder en franchisenemer – signalisatie, belettering en drukwerk',
    headings: {
      contact: 'Contactgegevens',
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Studies',
      courses: 'Bijscholing',
      skills: 'Competenties',
      languages: 'Talenkennis',
    },
    profile: [
      'Drukker van opleiding, daarna account manager en sinds 2014 zaakvoerder van een franchisevestiging voor ' +
        'signalisatie en drukwerk. Ik verkoop zelf, calculeer zelf en stuur een ploeg van vier mensen aan. Na twaalf ' +
        'jaar wil ik terug naar een commerciële functie in loondienst, zonder de zorg voor personeel en loonlast.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Zaakvoerder', 'Signpunt Dender BV', '2014-03', null, true, '1.3.2014 – heden', [
          'Franchisevestiging van een Belgische keten voor signalisatie, belettering en drukwerk',
          'De verkoop doe ik zelf: bezoeken bij klanten, offertes, opvolging en facturatie',
          'Een 220-tal actieve zakelijke klanten, vooral KMO’s, scholen en verenigingen in de Denderstreek',
          'Omzet 2025: 1,1 miljoen euro (de franchisevergoeding van 6 % zit daarin)',
          'Bij de KMO’s beslist de zaakvoerder meestal zelf, ook over kleine bestellingen',
        ]),
        lines: ['1.3.2014 – heden · Zaakvoerder (franchisenemer) · Signpunt Dender BV, Aalst'],
      },
      {
        ...job('Account manager', 'Drukkerij Van Damme NV', '2006-09', '2014-02', true, '1.9.2006 – 28.2.2014', [
          'Verkoop van drukwerk aan een 80-tal bedrijven in Oost-Vlaanderen en Brussel',
          'Prijsberekening samen met de calculatie, opvolging van de productie',
        ]),
        lines: ['1.9.2006 – 28.2.2014 · Account manager · Drukkerij Van Damme NV, Erembodegem'],
      },
      {
        ...job('Offsetdrukker', 'Drukkerij Van Damme NV', '1999-07', '2006-08', false, '1.7.1999 – 31.8.2006', [
          'Vierkleurenpers in ploegen; vanaf 2003 ook de opleiding van nieuwe drukkers',
        ]),
        lines: ['1.7.1999 – 31.8.2006 · Offsetdrukker · Drukkerij Van Damme NV, Erembodegem'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Engagement' },
      {
        kind: 'paragraph',
        text: 'Sinds 2018 bestuurslid van de handelaarsvereniging Aalst-Centrum (onbezoldigd).',
      },
    ],
    education: [
      edu(
        'bachelor',
        'Professionele bachelor Grafische en digitale media (avondonderwijs), Arteveldehogeschool, Gent, 2003 – 2007',
        {
          field: 'Grafische en digitale media',
          institution: 'Arteveldehogeschool',
          startYear: 2003,
          endYear: 2007,
        },
      ),
      edu('secondary', 'TSO Grafische technieken, Sint-Maarteninstituut, Aalst, 1993 – 1999', {
        field: 'Grafische technieken',
        institution: 'Sint-Maarteninstituut',
        startYear: 1993,
        endYear: 1999,
      }),
    ],
    courses: [named('Verkooptechnieken voor zaakvoerders', 'Verkooptechnieken voor zaakvoerders (2015)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'C1', 'Frans: vlot'),
      lang('en', 'B2', 'Engels: goed'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Mondeling', 'Schriftelijk'],
        rows: [
          ['Nederlands', 'moedertaal', 'moedertaal'],
          ['Frans', 'vlot', 'vlot'],
          ['Engels', 'goed', 'goed'],
        ],
      },
    ],
    skills: [
      'Ondernemend',
      'Onderhandelen met aankopers en zaakvoerders',
      'Calculatie en offertes',
      'Leidinggeven aan een kleine ploeg',
    ],
    clientBase: { activeAccounts: 220, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation'],
  },
  {
    id: 'nl-h38-03-filiaalmanager-keukenzaak-die-zelf-verkoopt-alkmaar',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëndertighonderd Drie',
    email: 'keukens.k3803@example.org',
    phone: '06 2290 4817',
    contactLines: ['Heiloo'],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      workTable: ['Jaren', 'Functie', 'Werkgever'],
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Wat ik goed kan',
      languages: 'Talen',
    },
    profile: [
      'Ik ben begonnen als keukenmonteur, werd keukenadviseur en leid sinds 2019 de showroom in Alkmaar. Ik sta ' +
        'zelf nog het liefst met een klant aan de tekentafel. Ik zoek een nieuwe uitdaging als filiaalmanager of ' +
        'regiomanager bij een keuken- of badkamerformule in Noord-Holland.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Filiaalmanager', 'Keukenhuis Noord B.V.', '2019-09', null, true, '09-2019 / heden', [
        'Leiding over vier keukenadviseurs, een planner en de eigen monteurs',
        'Naast de leiding verkoop ik zelf ongeveer een derde van de keukens, met een eigen omzetdoel van € 900.000',
        'Showroomomzet 2025: € 4,2 miljoen, 212 keukens',
        'Plannen van inmeten en montage, klachten die bij de adviseurs vastlopen',
      ]),
      job('Keukenadviseur', 'Keukenhuis Noord B.V.', '2011-03', '2019-08', true, '03-2011 / 08-2019', [
        'Advies en verkoop van keukens aan particulieren in de showroom en bij mensen thuis',
      ]),
      job('Keukenmonteur', 'Montagebedrijf Kennemerland', '2003', '2011-02', false, '2003 / 02-2011', [
        'Montage van keukens en inbouwapparatuur voor drie keukenzaken in de regio',
      ]),
    ],
    education: [
      edu('mbo 3', 'MBO 3 Allround interieurbouwer, Horizon College, Alkmaar, 1999 – 2003', {
        field: 'Allround interieurbouwer',
        institution: 'Horizon College',
        startYear: 1999,
        endYear: 2003,
      }),
      edu('vmbo', 'VMBO basisberoepsgerichte leerweg Bouwen, Wonen en Interieur, Heerhugowaard, 1995 – 1999', {
        field: 'Bouwen, Wonen en Interieur',
        startYear: 1995,
        endYear: 1999,
      }),
    ],
    courses: [named('Leidinggeven in de retail', 'Leidinggeven in de retail (2019)')],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands (moedertaal)'), lang('en', 'B1', 'Engels (redelijk)')],
    languagesText: [
      'Nederlands (moedertaal) en Engels (redelijk, genoeg voor de toeristen en expats die in de showroom komen).',
    ],
    skills: [
      'Klantgericht: een keuken koop je voor twintig jaar',
      'Coachen van nieuwe adviseurs op de showroomvloer',
      'Technische kennis van keukenmontage en inbouwapparatuur',
    ],
    clientBase: null,
    competencies: ['coaching', 'customer_focus', 'organisation'],
  },
  {
    id: 'nl-h38-04-verkoper-binnendienst-tot-salesmanager-benelux-machines-oss',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeëndertighonderd Vier',
    email: 'k3804.salesbenelux@example.com',
    phone: '+31 6 5318 2047',
    contactLines: ['Oss'],
    tagline: 'Salesmanager Benelux – machines voor de vleesverwerkende industrie',
    headings: {
      profile: 'Samenvatting',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Trainingen',
      skills: 'Kerncompetenties',
      languages: 'Talen',
    },
    profile: [
      'Ruim dertig jaar in de verkoop van machines aan de vlees- en vleeswarenindustrie: begonnen aan de telefoon ' +
        'in de binnendienst, nu verantwoordelijk voor de Benelux met een team van zes accountmanagers. De twaalf ' +
        'grootste klanten beheer ik zelf.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Salesmanager Benelux', 'Meatec Processing Systems B.V.', '2017-01', null, true, 'jan. 2017 – nu', [
          'Leiding aan zes accountmanagers en twee collega’s in de binnendienst',
          'Zelf beheer ik de 12 grootste klanten: vleesverwerkers en vleeswarenfabrikanten in Nederland, België en ' +
            'Luxemburg',
          'Omzet op mijn eigen klanten in 2025: € 7,4 miljoen; de hele Benelux deed € 31 miljoen',
          'Mijn gesprekspartners zijn directeuren en technisch managers die over de investeringen beslissen',
          'Coachen van de accountmanagers bij hun eerste grote projecten',
        ]),
        lines: ['Salesmanager Benelux (jan. 2017 – nu) – Meatec Processing Systems B.V., Oss'],
      },
      {
        ...job(
          'Key accountmanager',
          'Meatec Processing Systems B.V.',
          '2009-03',
          '2016-12',
          true,
          'mrt. 2009 – dec. 2016',
          ['Negen key accounts in Nederland, van offerte tot oplevering van complete lijnen'],
        ),
        lines: ['Key accountmanager (mrt. 2009 – dec. 2016) – Meatec Processing Systems B.V., Oss'],
      },
      {
        ...job(
          'Vertegenwoordiger',
          'Slagerijtechniek Brabant B.V.',
          '1998-05',
          '2009-02',
          true,
          'mei 1998 – febr. 2009',
          ['Ambachtelijke slagers en kleine vleeswarenmakers in Brabant en Limburg'],
        ),
        lines: ['Vertegenwoordiger (mei 1998 – febr. 2009) – Slagerijtechniek Brabant B.V., Veghel'],
      },
      {
        ...job(
          'Verkoper binnendienst',
          'Slagerijtechniek Brabant B.V.',
          '1992-08',
          '1998-04',
          true,
          'aug. 1992 – apr. 1998',
          ['Telefonische verkoop van messen, onderdelen en verbruiksartikelen'],
        ),
        lines: ['Verkoper binnendienst (aug. 1992 – apr. 1998) – Slagerijtechniek Brabant B.V., Veghel'],
      },
    ],
    education: [
      edu('mbo 4', 'MEAO Commerciële richting, Koning Willem I College, ’s-Hertogenbosch, 1988 – 1992', {
        field: 'Commerciële richting',
        institution: 'Koning Willem I College',
        startYear: 1988,
        endYear: 1992,
      }),
      edu('mavo', 'MAVO, Maaslandcollege, Oss, 1984 – 1988', {
        institution: 'Maaslandcollege',
        startYear: 1984,
        endYear: 1988,
      }),
    ],
    courses: [
      named('Strategisch accountmanagement', 'Strategisch accountmanagement (2010)'),
      named('Situationeel leidinggeven', 'Situationeel leidinggeven (2017)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'C1', 'Duits – vloeiend'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: [
      'Onderhandelingsvaardig',
      'Analytisch: business cases en terugverdientijden',
      'Technisch inzicht in snij-, meng- en verpakkingslijnen',
    ],
    clientBase: { activeAccounts: 12, annualRevenueEur: 7_400_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation'],
  },
  {
    id: 'nl-h38-05-vlaamse-toonbankverkoper-elektro-en-elektricien-in-bijberoep-sint-niklaas',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeëndertighonderd Vijf',
    email: 'waasland.k3805@example.org',
    phone: '0471 58 33 20',
    contactLines: ['9100 Sint-Niklaas'],
    afterContact: [{ kind: 'paragraph', text: 'Geboren op 19/11/1990 te Lokeren – wettelijk samenwonend' }],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Erkenningen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Elektricien die achter de toonbank terechtkwam en daar zijn plaats vond. Overdag help en adviseer ik ' +
        'installateurs bij een groothandel, ’s avonds en op zaterdag doe ik nog kleine installaties als zelfstandige ' +
        'in bijberoep. Ik zoek een job als technisch-commercieel vertegenwoordiger in de buitendienst.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Toonbankverkoper', 'Elektrogroothandel Waasland NV', '2019-04', null, true, 'van april 2019 tot nu', [
          'Verkoop en advies aan de toonbank en aan de telefoon: kabels, verlichting, laadpalen en domotica',
          'Een vaste groep van een 90-tal installateurs uit het Waasland bestelt bij mij; het zijn zelfstandigen die ' +
            'zelf beslissen bij wie ze kopen',
          'Offertes voor grotere werven, samen met de vertegenwoordiger',
        ]),
        lines: ['van april 2019 tot nu', 'Toonbankverkoper – Elektrogroothandel Waasland NV, Sint-Niklaas'],
      },
      {
        ...job(
          'Zelfstandig elektricien',
          'Elektriciteitswerken De Stekker',
          '2017',
          null,
          false,
          'sinds 2017 (bijberoep, avonden en zaterdagen)',
          ['Renovaties en kleine installaties bij particulieren; ik maak zelf mijn offertes en doe zelf het werk'],
        ),
        lines: [
          'sinds 2017 (bijberoep, avonden en zaterdagen)',
          'Zelfstandig elektricien – Elektriciteitswerken De Stekker, Belsele',
        ],
      },
      {
        ...job(
          'Elektricien',
          'Installatiebedrijf Van Hove BVBA',
          '2011-09',
          '2019-03',
          false,
          'van september 2011 tot maart 2019',
          ['Residentiële en kleine industriële installaties, vanaf 2015 ploegleider van twee man'],
        ),
        lines: ['van september 2011 tot maart 2019', 'Elektricien – Installatiebedrijf Van Hove BVBA, Temse'],
      },
    ],
    education: [
      edu(
        'secondary',
        'BSO Elektrische installaties + 7de specialisatiejaar Industriële elektriciteit, VTI Sint-Niklaas, 2005 – 2011',
        {
          field: 'Elektrische installaties',
          institution: 'VTI Sint-Niklaas',
          startYear: 2005,
          endYear: 2011,
        },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'RESCert-certificaat fotovoltaïsche installaties',
        'RESCert-certificaat fotovoltaïsche installaties (geldig tot 2029)',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B1', 'Frans: redelijk'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    skills: [
      'Klantgerichtheid',
      'Stressbestendig aan een drukke toonbank om zeven uur ’s morgens',
      'Technische kennis: AREI, domotica, laadinfrastructuur',
      'Rijbewijs B',
    ],
    clientBase: { activeAccounts: 90, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h38-06-applicatie-engineer-werd-sales-engineer-pompen-hengelo',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëndertighonderd Zes',
    email: 'k3806.twente@example.com',
    phone: '06-18392741',
    contactLines: ['Hengelo (Ov.)'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    jobLabels: { period: 'Duur', title: 'Positie', employer: 'Bedrijf', duties: 'Inhoud van het werk' },
    profile: [
      'Werktuigbouwkundig ingenieur met achttien jaar ervaring in pompen en procestechniek. Na vijf jaar ' +
        'pompselecties maken voor de accountmanagers ben ik zelf de klant op gaan zoeken. Ik combineer de techniek ' +
        'met de verkoop en werk veel over de grens.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Sales engineer',
        'Tubantia Pompen B.V.',
        '2018-06',
        null,
        true,
        'juni 2018 – d.d.',
        [
          'technische selectie van pompen en offertes voor OEM’s, installateurs en de procesindustrie',
          'circa 70 actieve klanten in Oost-Nederland en het Duitse grensgebied (Münsterland, Emsland)',
          'omzet op mijn klanten in 2025: € 4,8 miljoen',
          'gesprekspartners zijn technisch directeuren en inkoopmanagers, die over de leverancier beslissen',
        ],
        'Hengelo',
      ),
      job(
        'Applicatie-engineer',
        'Tubantia Pompen B.V.',
        '2013-02',
        '2018-05',
        false,
        'feb. 2013 – mei 2018',
        ['pompselecties en berekeningen voor de accountmanagers; geen eigen klanten'],
        'Hengelo',
      ),
      job(
        'Tekenaar-constructeur',
        'Machinefabriek Delden B.V.',
        '2008-09',
        '2013-01',
        false,
        'sept. 2008 – jan. 2013',
        ['3D-ontwerp van frames en leidingwerk voor pompunits'],
        'Delden',
      ),
    ],
    education: [
      edu('hbo', 'HBO Werktuigbouwkunde, Saxion Hogeschool, Enschede, 2004 – 2008', {
        field: 'Werktuigbouwkunde',
        institution: 'Saxion Hogeschool',
        startYear: 2004,
        endYear: 2008,
      }),
      edu('havo', 'HAVO, Bataafs Lyceum, Hengelo, 1999 – 2004', {
        institution: 'Bataafs Lyceum',
        startYear: 1999,
        endYear: 2004,
      }),
    ],
    courses: [named('Technisch verkopen', 'Technisch verkopen (2018)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('de', 'C1', 'Duits: vloeiend'),
      lang('en', 'B2', 'Engels: goed'),
    ],
    languagesText: [
      'Nederlands: moedertaal. Duits: vloeiend, ik bel en mail dagelijks met klanten over de grens. Engels: goed.',
    ],
    skills: [
      'Analytisch',
      'Teamspeler tussen verkoop, engineering en werkplaats',
      'SolidWorks en pompselectiesoftware',
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 4_800_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'teamwork'],
  },
  {
    id: 'nl-h38-07-eigenaar-kassasystemen-horeca-zoekt-loondienst-purmerend',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëndertighonderd Zeven',
    email: 'kassa.k3807@example.net',
    phone: '06 14 83 20 96',
    contactLines: ['Purmerend'],
    tagline: 'Eigenaar van een kassabedrijf, op zoek naar een functie als accountmanager',
    headings: {
      profile: 'Wie ik ben',
      work: 'Ervaring',
      education: 'Diploma’s',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Sinds 2016 heb ik een eigen bedrijf in kassasystemen voor horeca en winkels: ik verkoop, installeer en geef ' +
        'support, grotendeels zelf, met één parttime monteur. Daarvoor was ik accountmanager bij een distributeur ' +
        'van kassasystemen en systeembeheerder. De markt consolideert; ik draag mijn klanten in 2027 over aan een ' +
        'landelijke partij en zoek daarna een functie als accountmanager in loondienst.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Eigenaar',
        'Kassa & Co Waterland',
        '2016-04',
        null,
        true,
        'april 2016 – nu',
        [
          'Verkoop, installatie en support van kassasystemen voor horeca en winkels; de verkoop doe ik helemaal zelf',
          'Ongeveer 160 klanten met een servicecontract in Waterland, de Zaanstreek en West-Friesland',
          'Omzet 2025: € 610.000, waarvan een derde uit servicecontracten',
          'Mijn klanten zijn eigenaren van cafés, restaurants en winkels; zij beslissen zelf',
        ],
        'Purmerend',
      ),
      job(
        'Accountmanager horeca',
        'Horecom Kassasystemen B.V.',
        '2010-03',
        '2016-03',
        true,
        'maart 2010 – maart 2016',
        ['Verkoop van kassasystemen aan horeca in Noord-Holland; zo’n 300 horecazaken in mijn rayon'],
        'Zaandam',
      ),
      job(
        'Systeembeheerder',
        'Horecom Kassasystemen B.V.',
        '2006-01',
        '2010-02',
        false,
        'januari 2006 – februari 2010',
        ['Beheer van het eigen netwerk en de kassaservers van klanten; tweedelijns support'],
        'Zaandam',
      ),
      job(
        'Bedrijfsleider',
        'Eetcafé De Koemarkt',
        '2004-05',
        '2005-12',
        false,
        'mei 2004 – december 2005',
        ['Leiding over de bediening, inkoop en kassa-afsluiting'],
        'Purmerend',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 ICT-beheerder, ROC van Amsterdam, 2000 – 2004', {
        field: 'ICT-beheerder',
        institution: 'ROC van Amsterdam',
        startYear: 2000,
        endYear: 2004,
      }),
      edu('vmbo', 'VMBO theoretische leerweg, Purmerend, 1996 – 2000', { startYear: 1996, endYear: 2000 }),
    ],
    courses: [named('Boekhouden voor ondernemers', 'Boekhouden voor ondernemers (2016)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: vloeiend'),
      lang('de', 'A2', 'Duits: basis'),
    ],
    skills: [
      'Ondernemerschap',
      'Relatiebeheer met horecaondernemers',
      'Kassasoftware, netwerk en betaalterminals',
      'Boekhouding in Moneybird',
    ],
    clientBase: { activeAccounts: 160, annualRevenueEur: 610_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'relationship_building'],
  },
  {
    id: 'nl-h38-08-vlaamse-landbouwer-en-vertegenwoordiger-meststoffen-poperinge',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëndertighonderd Acht',
    email: 'k3808.westhoek@example.com',
    phone: '0496 20 71 35',
    contactLines: ['8970 Poperinge'],
    headings: {
      profile: 'Profiel',
      work: 'Beroepsloopbaan',
      workTable: ['Periode', 'Onderneming', 'Functie'],
      education: 'Opleiding',
      courses: 'Bijkomende opleidingen',
      certifications: 'Attesten',
      skills: 'Troeven',
      languages: 'Talen',
    },
    profile: [
      'Landbouwer en vertegenwoordiger: de helft van de week op mijn eigen hoeve, de andere helft bij collega’s op ' +
        'het veld. Omdat ik zelf teel, weet ik waar een landbouwer wakker van ligt. Mijn broer neemt de hoeve ' +
        'volledig over; ik zoek een voltijdse functie in de verkoop aan de land- en tuinbouw.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Vertegenwoordiger meststoffen en zaaizaad',
        'Agrofert Westhoek NV',
        '2012-01',
        null,
        true,
        'jan. 2012 – heden (halftijds)',
        [
          'Een 130-tal landbouwers en loonwerkers in de Westhoek en in Frans-Vlaanderen (rond Hazebrouck en Bailleul)',
          'Bemestingsadvies op basis van bodemanalyses, offertes en bestellingen',
          'Omzet op mijn klanten: ongeveer 3,2 miljoen euro per jaar',
          'De landbouwers beslissen zelf, meestal na een rondgang over het veld',
        ],
      ),
      job('Landbouwer', 'Hoeve Ter Beke', '1998', null, false, 'sinds 1998 (zelfstandige, samen met mijn broer)', [
        'Akkerbouw (aardappelen, tarwe, suikerbieten) en 60 zoogkoeien op 85 hectare',
      ]),
      job('Chauffeur loonwerk', 'Loonwerken Lefever', '1995', '1997', false, 'seizoenen 1995 – 1997', [
        'Oogst- en transportwerk tijdens de zomers',
      ]),
    ],
    education: [
      edu('secondary', 'TSO Landbouw, Landbouwinstituut Ieper, 1989 – 1995', {
        field: 'Landbouw',
        institution: 'Landbouwinstituut Ieper',
        startYear: 1989,
        endYear: 1995,
      }),
    ],
    courses: [named('Bemestingsadvies en bodemkunde', 'Bemestingsadvies en bodemkunde (2012)')],
    certifications: [named('Fytolicentie P3', 'Fytolicentie P3 (geldig tot 2030)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'C1', 'Frans: zeer goed (klanten in Frankrijk)'),
      lang('en', 'A2', 'Engels: basis'),
    ],
    skills: ['Overtuigend, met de cijfers van het eigen veld', 'Bodemkunde en bemesting', 'Rijbewijs B, C en G'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 3_200_000, segment: 'international', decisionMakers: true },
    competencies: ['persuasiveness'],
  },
  {
    id: 'nl-h38-09-adviseur-water-werd-accountmanager-overheid-nijmegen',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëndertighonderd Negen',
    email: 'k3809.nijmegen@example.org',
    phone: '06 3021 8874',
    contactLines: ['Nijmegen', 'linkedin.example.com/in/k3809'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Trainingen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Tien jaar adviseur water en klimaatadaptatie, sinds 2023 accountmanager bij hetzelfde bureau. Ik weet hoe ' +
        'een gemeente een opdracht voorbereidt en gunt, en ik ken de inhoud. Ik zoek een functie als ' +
        'accountmanager of business developer bij een ingenieurs- of adviesbureau.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager overheid', 'Rijn & Waal Advies B.V.', '2023-01', null, true, 'jan. 2023 – heden', [
          'Verkoop aan 14 gemeenten en 3 waterschappen in Gelderland en Overijssel',
          'Aanbestedingen en offertes, van de eerste verkenning tot de gunning; eigen omzetdoel € 2,1 miljoen',
          'Gesprekspartners zijn afdelingshoofden en directeuren die over de opdracht beslissen',
          'Omzet op mijn klanten in 2025: € 2,3 miljoen',
        ]),
        lines: ['Rijn & Waal Advies B.V., Nijmegen — sinds 2012', 'Accountmanager overheid · jan. 2023 – heden'],
      },
      {
        ...job(
          'Senior adviseur klimaatadaptatie',
          'Rijn & Waal Advies B.V.',
          '2017-04',
          '2022-12',
          false,
          'apr. 2017 – dec. 2022',
          ['Projectleiding bij gemeenten; de acquisitie lag bij de partners'],
        ),
        lines: ['Senior adviseur klimaatadaptatie · apr. 2017 – dec. 2022'],
      },
      {
        ...job('Adviseur water', 'Rijn & Waal Advies B.V.', '2012-09', '2017-03', false, 'sep. 2012 – mrt. 2017', [
          'Rioleringsplannen en wateropgaven voor kleinere gemeenten',
        ]),
        lines: ['Adviseur water · sep. 2012 – mrt. 2017'],
      },
    ],
    education: [
      edu('master', 'Master Environmental Sciences, Wageningen University, 2010 – 2012', {
        field: 'Environmental Sciences',
        institution: 'Wageningen University',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bachelor', 'Bachelor Bodem, Water, Atmosfeer, Wageningen University, 2007 – 2010', {
        field: 'Bodem, Water, Atmosfeer',
        institution: 'Wageningen University',
        startYear: 2007,
        endYear: 2010,
      }),
      edu('vwo', 'VWO (gymnasium), Stedelijk Gymnasium Nijmegen, 2001 – 2007', {
        institution: 'Stedelijk Gymnasium Nijmegen',
        startYear: 2001,
        endYear: 2007,
      }),
    ],
    courses: [
      named('Tenderschrijven', 'Tenderschrijven (2023)'),
      named('Verkopen aan de overheid', 'Verkopen aan de overheid (2023)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – C1'),
      lang('de', 'B1', 'Duits – B1'),
    ],
    skills: [
      'Analytisch',
      'Samenwerken met projectteams en onderaannemers',
      'Overtuigend in presentaties voor raadscommissies',
    ],
    clientBase: { activeAccounts: 17, annualRevenueEur: 2_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'persuasiveness', 'teamwork'],
  },
  {
    id: 'nl-h38-10-fietsenwinkel-verkocht-accountmanager-dealers-weert',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeëndertighonderd Tien',
    email: 'k3810.weert@example.com',
    phone: '06 52 71 09 38',
    contactLines: ['Weert'],
    afterContact: [{ kind: 'paragraph', text: '46 jaar · getrouwd, drie kinderen · rijbewijs B en E' }],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      skills: 'Kennis en kunde',
      languages: 'Talen',
    },
    profile: [
      'Negentien jaar had ik mijn eigen fietsenwinkel in Weert. In 2024 heb ik de zaak verkocht en ben ik aan de ' +
        'andere kant van de toonbank gaan staan: nu bezoek ik fietsdealers voor een merk van e-bikes.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager dealers', 'Voltera Bikes B.V.', '2024-10', null, true, 'oktober 2024 – nu', [
          'Rayon Limburg, Oost-Brabant en Belgisch-Limburg: 55 fietsdealers',
          'Jaarafspraken, voorjaarsorders, showroominrichting en dealertrainingen',
          'De dealers zijn eigenaren die zelf bepalen welke merken ze voeren',
          'Omzet in mijn rayon in 2025: € 3,9 miljoen',
        ]),
        lines: ['Accountmanager dealers | oktober 2024 – nu | Voltera Bikes B.V., Roermond'],
      },
      {
        ...job('Eigenaar', 'Tweewielercentrum Weert', '2005-01', '2024-09', true, 'januari 2005 – september 2024', [
          'Eigen fietsenwinkel met werkplaats en vier medewerkers; in 2024 verkocht aan een landelijke keten',
          'Zelf vier dagen per week in de winkel: advies en verkoop van fietsen en e-bikes aan particulieren',
          'Inkoop bij zes merken, personeelsplanning en de boekhouding met de accountant',
        ]),
        lines: ['Eigenaar | januari 2005 – september 2024 | Tweewielercentrum Weert'],
      },
      {
        ...job('Fietsenmaker', 'Rijwielhandel Moesel', '2000-08', '2004-12', false, 'augustus 2000 – december 2004'),
        lines: ['Fietsenmaker | augustus 2000 – december 2004 | Rijwielhandel Moesel, Weert'],
      },
    ],
    education: [
      edu('mbo 3', 'MBO 3 Eerste Fietstechnicus, Gilde Opleidingen, Roermond, 1997 – 2000', {
        field: 'Eerste Fietstechnicus',
        institution: 'Gilde Opleidingen',
        startYear: 1997,
        endYear: 2000,
      }),
      edu('lower secondary', 'VBO Metaaltechniek, Weert, 1993 – 1997', {
        field: 'Metaaltechniek',
        startYear: 1993,
        endYear: 1997,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('li', 'native', 'Limburgs: moedertaal'),
      lang('de', 'B2', 'Duits: goed'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    skills: ['Ondernemend', 'Relatieopbouw met dealers', 'Technische kennis van e-bikes en middenmotoren'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 3_900_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'relationship_building'],
  },
  {
    id: 'nl-h38-11-vlaamse-filiaalverantwoordelijke-supermarkt-zonder-verkoop-maasmechelen',
    format: 'txt',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeëndertighonderd Elf',
    email: 'k3811.maasland@example.net',
    phone: '089 76 52 14',
    contactLines: ['3630 Maasmechelen'],
    afterContact: [{ kind: 'paragraph', text: 'Geboren in 1979 te Genk · Italiaanse en Belgische nationaliteit' }],
    headings: {
      contact: 'Gegevens',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Opleidingen via de werkgever',
      skills: 'Troeven',
      languages: 'Talen',
    },
    profile: [
      'Meer dan vijfentwintig jaar in de supermarkt, van de kassa tot de leiding van een filiaal met 38 ' +
        'medewerkers. Ik zoek een functie als winkelverantwoordelijke of regioverantwoordelijke in de retail. ' +
        'Klanten binnenhalen heb ik nooit gedaan: in de supermarkt komt de klant zelf.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Filiaalverantwoordelijke',
          'Supermarkt Maasland Vers NV',
          '2014',
          null,
          false,
          'van 2014 tot op heden',
          [
            'Leiding over 38 medewerkers, planning en personeelsbeheer',
            'Omzet van het filiaal: 14 miljoen euro per jaar, 9.000 klanten per week',
            'Bestellingen, voorraad en inventaris; promoties volgens het hoofdkantoor',
          ],
        ),
        lines: ['Filiaalverantwoordelijke – Supermarkt Maasland Vers NV, filiaal Lanaken', 'van 2014 tot op heden'],
      },
      {
        ...job(
          'Afdelingsverantwoordelijke vers',
          'Supermarkt Maasland Vers NV',
          '2006',
          '2013',
          false,
          'van 2006 tot 2013',
        ),
        lines: [
          'Afdelingsverantwoordelijke vers – Supermarkt Maasland Vers NV, filiaal Maasmechelen',
          'van 2006 tot 2013',
        ],
      },
      {
        ...job('Kassamedewerkster', 'Supermarkt Maasland Vers NV', '1999', '2005', false, 'van 1999 tot 2005'),
        lines: ['Kassamedewerkster – Supermarkt Maasland Vers NV, filiaal Maasmechelen', 'van 1999 tot 2005'],
      },
    ],
    education: [
      edu('secondary', 'ASO Economie-moderne talen, Atheneum Maasmechelen, 1991 – 1997', {
        field: 'Economie-moderne talen',
        institution: 'Atheneum Maasmechelen',
        startYear: 1991,
        endYear: 1997,
      }),
    ],
    courses: [
      named('Leidinggeven aan een winkelteam', 'Leidinggeven aan een winkelteam (2014)'),
      named('Voedselveiligheid en HACCP', 'Voedselveiligheid en HACCP (2019)'),
    ],
    certifications: [],
    languages: [
      lang('it', 'native', 'Italiaans'),
      lang('nl', 'native', 'Nederlands'),
      lang('fr', 'B2', 'Frans goed'),
      lang('de', 'B1', 'Duits redelijk'),
      lang('en', 'B1', 'Engels redelijk'),
    ],
    languagesText: [
      'Thuis spraken we Italiaans, op school Nederlands: beide zijn mijn moedertaal. Frans goed, Duits en Engels ' +
        'redelijk.',
    ],
    skills: [
      'Plannen en organiseren van 38 uurroosters',
      'Coachend leidinggeven',
      'Stressbestendig tijdens de feestdagen',
    ],
    clientBase: null,
    competencies: ['coaching', 'organisation', 'stress_resistance'],
  },
  {
    id: 'nl-h38-12-kapster-salon-eigenaar-en-vertegenwoordiger-haarverzorging-dordrecht',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeëndertighonderd Twaalf',
    email: 'salon.k3812@example.com',
    phone: '06 46 19 85 02',
    contactLines: ['Dordrecht'],
    tagline: 'Kapster · saloneigenaar · vertegenwoordiger',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werk',
      education: 'Opleidingen',
      courses: 'Vakcursussen',
      skills: 'Persoonlijk',
      languages: 'Talen',
    },
    profile: [
      'Kapster sinds 2008 en sinds 2015 eigenaar van een kapsalon met twee stoelen en één medewerker. Sinds 2021 ' +
        'werk ik twee dagen per week als freelance vertegenwoordiger voor een Italiaans merk van haarverzorging en ' +
        'kleuring. Ik wil de verkoop uitbreiden naar vier dagen; de salon blijft open met mijn collega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Vertegenwoordiger',
          'Vitalia Haircosmetics Benelux B.V.',
          '2021-03',
          null,
          true,
          'sinds maart 2021, 2 dagen per week',
          [
            'Ongeveer 75 kapsalons in de Drechtsteden, de Alblasserwaard en West-Brabant',
            'Salonbezoeken, bestellingen en kleurtrainingen voor het team van de salon',
            'De eigenaren van de salons beslissen zelf met welk merk ze werken',
            'Werk op provisiebasis',
          ],
        ),
        lines: [
          'Vitalia Haircosmetics Benelux B.V. (Breda)',
          'Vertegenwoordiger (freelance), sinds maart 2021, 2 dagen per week',
        ],
      },
      {
        ...job('Eigenaar', 'Kapsalon Het Haarhuys', '2015-06', null, false, 'sinds juni 2015', [
          'Knippen, kleuren en advies; één medewerker in dienst',
          'Inkoop, planning en administratie',
        ]),
        lines: ['Kapsalon Het Haarhuys (Dordrecht)', 'Eigenaar, sinds juni 2015'],
      },
      {
        ...job('Kapster', 'Kapsalon Coupe Chique', '2008-09', '2015-05', false, 'september 2008 – mei 2015'),
        lines: ['Kapsalon Coupe Chique (Zwijndrecht)', 'Kapster, september 2008 – mei 2015'],
      },
    ],
    education: [
      edu('mbo 3', 'MBO 3 Kapper, Da Vinci College, Dordrecht, 2005 – 2008', {
        field: 'Kapper',
        institution: 'Da Vinci College',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('vmbo', 'VMBO kader Uiterlijke verzorging, Dordrecht, 2001 – 2005', {
        field: 'Uiterlijke verzorging',
        startYear: 2001,
        endYear: 2005,
      }),
    ],
    courses: [
      named('Kleurspecialist', 'Kleurspecialist (2012)'),
      named('Ondernemersvaardigheden', 'Ondernemersvaardigheden (2015)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('it', 'A2', 'Italiaans – basis (trainingen in Bologna)'),
    ],
    skills: ['Communicatief', 'Creatief met kleur', 'Relatieopbouw met saloneigenaren'],
    clientBase: { activeAccounts: 75, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'innovation', 'relationship_building'],
  },
  {
    id: 'nl-h38-13-verkoper-verkoopleider-nu-zelfstandig-salestrainer-middelburg',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëndertighonderd Dertien',
    email: 'k3813.zeeland@example.net',
    phone: '06 53 02 81 46',
    contactLines: ['Middelburg'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaanoverzicht',
      education: 'Opleidingen',
      courses: 'Gevolgde trainingen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Zevenendertig jaar in de verkoop: twintig jaar aan de telefoon en in de buitendienst, tien jaar als ' +
        'verkoopleider en sinds 2019 als zelfstandig trainer. Eigen klanten heb ik niet meer; ik train de ' +
        'verkoopteams van mijn opdrachtgevers. Ik zoek weer een vaste functie, als verkoopleider of als trainer ' +
        'binnen een bedrijf.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Salestrainer', 'Scheldetraining', '2019', null, false, '2019 – heden', [
          'Eigen bedrijf: trainingen in telefonische verkoop en klantgesprekken voor mkb-bedrijven in Zeeland en ' +
            'West-Brabant',
          'Coachen van verkopers in de praktijk: ik ga mee op klantbezoek en bespreek het gesprek na',
        ]),
        lines: ['Salestrainer – Scheldetraining (eigen bedrijf), Middelburg ........ 2019 – heden'],
      },
      {
        ...job('Verkoopleider', 'Zeeuwse Bouwmaterialen Groep B.V.', '2009', '2018', true, '2009 – 2018', [
          'Leiding aan acht verkopers in de binnen- en buitendienst',
          'Zelf geen vaste klanten; jaarplannen, targets en meelopen met de verkopers bij de grotere aannemers',
          'Omzet van de verkoopafdeling groeide van € 18 naar € 26 miljoen',
        ]),
        lines: ['Verkoopleider – Zeeuwse Bouwmaterialen Groep B.V., Goes ........ 2009 – 2018'],
      },
      {
        ...job('Vertegenwoordiger', 'Zeeuwse Bouwmaterialen Groep B.V.', '1996', '2008', true, '1996 – 2008', [
          'Aannemers en bouwbedrijven op Walcheren en de Bevelanden',
        ]),
        lines: ['Vertegenwoordiger – Zeeuwse Bouwmaterialen Groep B.V., Goes ........ 1996 – 2008'],
      },
      {
        ...job('Verkoper binnendienst', 'Bouwmaterialenhandel Vlissingen', '1989', '1995', true, '1989 – 1995'),
        lines: ['Verkoper binnendienst – Bouwmaterialenhandel Vlissingen ........ 1989 – 1995'],
      },
    ],
    education: [
      edu('mbo 4', 'MEAO Handel, Middelburg, 1985 – 1989', { field: 'Handel', startYear: 1985, endYear: 1989 }),
      edu('mavo', 'MAVO, Middelburg, 1981 – 1985', { startYear: 1981, endYear: 1985 }),
    ],
    courses: [
      named('Train de trainer', 'Train de trainer (2018)'),
      named('NLP Practitioner', 'NLP Practitioner (2020)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'B1', 'Duits: redelijk (Duitse toeristen op de camping van mijn ouders)'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: [
          'Nederlands: moedertaal',
          'Zeeuws: thuistaal',
          'Engels: goed',
          'Duits: redelijk (Duitse toeristen op de camping van mijn ouders)',
        ],
      },
    ],
    skills: ['Coachen van verkopers', 'Overtuigingskracht', 'Plannen en organiseren van trainingsdagen'],
    clientBase: null,
    competencies: ['coaching', 'organisation', 'persuasiveness'],
  },
  {
    id: 'nl-h38-14-vlaamse-bakker-demobakker-accountmanager-bakkerijgrondstoffen-lier',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëndertighonderd Veertien',
    email: 'k3814.lier@example.org',
    phone: '0485 61 90 27',
    contactLines: ['2500 Lier'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Bijscholing',
      skills: 'Sterktes',
      languages: 'Talen',
    },
    jobLabels: { period: 'Periode', title: 'Job', employer: 'Werkgever', duties: 'Opdracht' },
    profile: [
      'Bakker van opleiding. Na acht jaar nachtwerk werd ik technisch adviseur bij een leverancier van ' +
        'bakkerijgrondstoffen en sinds 2018 ben ik er accountmanager. Ik spreek de taal van de bakker omdat ik er ' +
        'zelf één ben.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Accountmanager',
        'Bakkerijgrondstoffen Nethe NV',
        '2018-05',
        null,
        true,
        'vanaf mei 2018',
        [
          'een 110-tal ambachtelijke bakkers in de provincies Antwerpen en Vlaams-Brabant',
          'nieuwe recepturen en producten voorstellen, prijzen en jaarafspraken',
          'de bakker-zaakvoerder beslist zelf wat hij afneemt',
          'omzet op mijn klanten in 2025: 2,6 miljoen euro',
        ],
        'Duffel',
      ),
      job(
        'Technisch adviseur bakkerij',
        'Bakkerijgrondstoffen Nethe NV',
        '2012-03',
        '2018-04',
        false,
        'maart 2012 – april 2018',
        [
          'demonstraties in het proefbakhuis en bij de klanten van de vertegenwoordigers',
          'geen eigen klanten of omzetdoel',
        ],
        'Duffel',
      ),
      job(
        'Bakker',
        'Bakkerij Van Looy',
        '2004-09',
        '2012-02',
        false,
        'september 2004 – februari 2012',
        ['nachtploeg brood en patisserie; vanaf 2008 ploegverantwoordelijke'],
        'Lier',
      ),
    ],
    education: [
      edu(
        'secondary',
        'BSO Brood- en banketbakkerij + 7de jaar Banketbakkerij, Technisch Instituut Lier, 1998 – 2004',
        {
          field: 'Brood- en banketbakkerij',
          institution: 'Technisch Instituut Lier',
          startYear: 1998,
          endYear: 2004,
        },
      ),
    ],
    courses: [named('HACCP in de bakkerij', 'HACCP in de bakkerij (2016)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    skills: ['Klantgericht', 'Creatief met recepturen', 'Stressbestendig (acht jaar nachtwerk)'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 2_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'innovation', 'stress_resistance'],
  },
  {
    id: 'nl-h38-15-intercedent-werd-vestigingsmanager-met-eigen-klanten-almelo',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeëndertighonderd Vijftien',
    email: 'k3815.almelo@example.com',
    phone: '06-27485190',
    contactLines: ['Almelo'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Ik leid een vestiging van een regionaal uitzendbureau en ben daarnaast zelf accountmanager voor onze vaste ' +
        'klanten in de Twentse maakindustrie. Ik zoek een functie waarin de klant centraal staat, bijvoorbeeld als ' +
        'accountmanager of regiomanager.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Vestigingsmanager',
          'Twente Flex Uitzendbureau B.V.',
          '2021-01',
          null,
          true,
          'van januari 2021 tot heden',
          [
            'Leiding over drie intercedenten en een planner',
            'Daarnaast ben ik zelf accountmanager voor 25 vaste klanten in de maakindustrie en logistiek in Twente',
            'Mijn contactpersonen zijn HR-managers en directeuren, die bepalen met welk uitzendbureau ze werken',
            'Omzet op mijn eigen klanten in 2025: € 3,4 miljoen; de hele vestiging draaide € 9 miljoen',
            'Wekelijks zo’n 180 uitzendkrachten aan het werk',
          ],
        ),
        lines: ['Vestigingsmanager bij Twente Flex Uitzendbureau B.V. te Almelo, van januari 2021 tot heden'],
      },
      {
        ...job(
          'Intercedent',
          'Twente Flex Uitzendbureau B.V.',
          '2017-05',
          '2020-12',
          false,
          'van mei 2017 tot december 2020',
          ['Werving en selectie van uitzendkrachten, planning en begeleiding op de werkvloer'],
        ),
        lines: ['Intercedent bij Twente Flex Uitzendbureau B.V. te Almelo, van mei 2017 tot december 2020'],
      },
      {
        ...job(
          'Medewerker klantenservice',
          'Bolwerk Verzekeringen N.V.',
          '2014-09',
          '2017-04',
          false,
          'van september 2014 tot april 2017',
          ['Vragen over polissen en schades, telefonisch en per mail'],
        ),
        lines: [
          'Medewerker klantenservice bij Bolwerk Verzekeringen N.V. te Enschede, van september 2014 tot april 2017',
        ],
      },
    ],
    education: [
      edu('hbo', 'HBO Human Resource Management, Saxion Hogeschool, Enschede, 2010 – 2014', {
        field: 'Human Resource Management',
        institution: 'Saxion Hogeschool',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('havo', 'HAVO, Pius X College, Almelo, 2005 – 2010', {
        institution: 'Pius X College',
        startYear: 2005,
        endYear: 2010,
      }),
    ],
    courses: [named('Arbeidsrecht voor de uitzendbranche', 'Arbeidsrecht voor de uitzendbranche (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['Nederlands – moedertaal', 'Twents – moedertaal', 'Duits – goed', 'Engels – goed'],
      },
    ],
    skills: ['Relatiebeheer', 'Stressbestendig', 'Coachen van intercedenten', 'Mysolution en Excel'],
    clientBase: { activeAccounts: 25, annualRevenueEur: 3_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'nl-h38-16-starter-commercieel-medewerker-binnendienst-sittard',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëndertighonderd Zestien',
    email: 'k3816.sittard@example.org',
    phone: '+31 6 3947 1052',
    contactLines: ['Sittard'],
    afterContact: [{ kind: 'paragraph', text: 'Geboren 2002 · rijbewijs B' }],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Mijn kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Sinds september 2025 werk ik in de binnendienst van een groothandel in technische onderdelen: aan de ' +
        'telefoon verkopen, offertes maken en de accountmanagers ondersteunen. Ik wil doorgroeien naar de ' +
        'buitendienst.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Commercieel medewerker binnendienst',
        'Maas Techniek Groothandel B.V.',
        '2025-09',
        null,
        true,
        'sept. 2025 – heden',
        [
          'Telefonische verkoop en offertes aan installateurs en onderhoudsbedrijven',
          'Een eigen lijst van ongeveer 40 kleinere klanten in Zuid-Limburg die ik zelf bel',
          'Orders boven € 10.000 gaan naar de accountmanager',
        ],
        'Born',
      ),
      job(
        'Afstudeerstagiair',
        'Maas Techniek Groothandel B.V.',
        '2025-02',
        '2025-06',
        false,
        'febr. – juni 2025',
        ['Onderzoek naar klantbehoud in de binnendienst'],
        'Born',
      ),
    ],
    education: [
      edu('hbo', 'HBO Commerciële Economie, Zuyd Hogeschool, Maastricht, 2021 – 2025', {
        field: 'Commerciële Economie',
        institution: 'Zuyd Hogeschool',
        startYear: 2021,
        endYear: 2025,
      }),
      edu('havo', 'HAVO, Trevianum, Sittard, 2015 – 2021', {
        institution: 'Trevianum',
        startYear: 2015,
        endYear: 2021,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: vloeiend'),
      lang('de', 'B2', 'Duits: goed'),
      lang('fr', 'A2', 'Frans: schoolniveau'),
    ],
    skills: ['Communicatief', 'Leergierig', 'Samenwerking met buitendienst en magazijn'],
    clientBase: { activeAccounts: 40, segment: 'regional_smb' },
    competencies: ['communication', 'teamwork'],
  },
  {
    id: 'nl-h38-17-vlaamse-dakdekker-werd-calculator-offertes-zonder-verkoop-diest',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëndertighonderd Zeventien',
    email: 'k3817.hageland@example.com',
    phone: '0468 27 59 13',
    contactLines: ['3290 Diest'],
    afterContact: [{ kind: 'paragraph', text: 'Geboortedatum: 02.04.1986 · Rijbewijs B en BE' }],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      workTable: ['Firma', 'Functie', 'Van – tot'],
      education: 'Opleiding',
      courses: 'Bijscholing',
      certifications: 'Attesten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Dakdekker die na een rugblessure naar het bureau verhuisde. Ik doe de opmetingen en maak de offertes voor ' +
        'platte en hellende daken; de verkoopgesprekken voeren onze zaakvoerder en de vertegenwoordiger. Ik zoek ' +
        'een functie als calculator of werkvoorbereider in de bouw.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job('Calculator-offertemaker', 'Dakwerken Hageland BV', '2019-10', null, false, 'oktober 2019 – nu', [
        'Opmeting ter plaatse, lastenboeken lezen, offertes en meerwerk berekenen',
        'Ongeveer 450 offertes per jaar; de verkoop en de opvolging bij de klant doet de vertegenwoordiger',
        'Bestellen van materialen en plannen van de ploegen',
      ]),
      job('Dakdekker', 'Dakwerken Hageland BV', '2008-07', '2019-09', false, 'juli 2008 – september 2019', [
        'Platte daken (EPDM, bitumen) en pannendaken; vanaf 2014 ploegbaas',
      ]),
      job(
        'Zelfstandig dakdekker',
        'Dakwerken Demerdal',
        '2011-03',
        '2016-12',
        false,
        'maart 2011 – december 2016 (bijberoep, zaterdagen)',
        ['Herstellingen en kleine daken bij particulieren; offertes en facturen deed ik zelf'],
      ),
    ],
    education: [
      edu('secondary', 'BSO Ruwbouw + 7de jaar Dakdekken, Technisch Instituut Diest, 2000 – 2007', {
        field: 'Ruwbouw',
        institution: 'Technisch Instituut Diest',
        startYear: 2000,
        endYear: 2007,
      }),
    ],
    courses: [
      named('Calculatie in de bouw', 'Calculatie in de bouw (avondopleiding, 2019)'),
      named('Lezen van bouwplannen', 'Lezen van bouwplannen (2019)'),
    ],
    certifications: [named('VCA Basis', 'VCA Basis (2016)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B1', 'Engels: redelijk'),
      lang('fr', 'A2', 'Frans: basis'),
    ],
    skills: [
      'Nauwkeurig rekenen',
      'Excel en calculatiesoftware',
      'Asbestattest eenvoudige handelingen (verlopen in 2021)',
    ],
    clientBase: null,
    competencies: ['organisation'],
  },
  {
    id: 'nl-h38-18-magazijn-verkoper-teamleider-verkoop-binnendienst-heerenveen',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëndertighonderd Achttien',
    email: 'k3818.fryslan@example.net',
    phone: '06 29 47 15 83',
    contactLines: ['Heerenveen'],
    headings: {
      profile: 'Persoonlijk profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Begonnen in het magazijn, daarna zes jaar aan de telefoon bij de boeren en sinds 2020 teamleider van de ' +
        'verkoop binnendienst. Ik ben het aanspreekpunt van zeven verkopers en spring zelf in als het druk is.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Teamleider verkoop binnendienst',
          'Agrihandel Noord B.V.',
          '2020-01',
          null,
          true,
          'januari 2020 – heden',
          [
            'Leiding aan zeven verkopers binnendienst: weekplanning, targets en gesprekken',
            'Het team bedient ruim 1.800 agrarische klanten in Friesland, Groningen en Drenthe',
            'Een eigen klantenlijst heb ik niet meer; ik neem gesprekken over als het druk is',
            'Omzet van het team in 2025: € 22 miljoen',
          ],
        ),
        lines: ['Teamleider verkoop binnendienst (januari 2020 – heden)', 'Agrihandel Noord B.V., Heerenveen'],
      },
      {
        ...job(
          'Verkoper binnendienst',
          'Agrihandel Noord B.V.',
          '2014-01',
          '2019-12',
          true,
          'januari 2014 t/m december 2019',
          ['Telefonische verkoop van veevoer, kunstmest en erfartikelen aan melkveehouders'],
        ),
        lines: ['Verkoper binnendienst (januari 2014 t/m december 2019)', 'Agrihandel Noord B.V., Heerenveen'],
      },
      {
        ...job(
          'Magazijnmedewerker',
          'Agrihandel Noord B.V.',
          '2009-06',
          '2013-12',
          false,
          'juni 2009 t/m december 2013',
        ),
        lines: ['Magazijnmedewerker (juni 2009 t/m december 2013)', 'Agrihandel Noord B.V., Heerenveen'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Commercieel medewerker (BOL), Friesland College, Heerenveen, 2005 – 2009', {
        field: 'Commercieel medewerker',
        institution: 'Friesland College',
        startYear: 2005,
        endYear: 2009,
      }),
      edu('vmbo', 'VMBO-TL, Heerenveen, 2001 – 2005', { startYear: 2001, endYear: 2005 }),
    ],
    courses: [named('Leidinggeven aan een verkoopteam', 'Leidinggeven aan een verkoopteam (2020)')],
    certifications: [],
    languages: [
      lang('fy', 'native', 'Fries – moedertaal (thuis en met veel klanten)'),
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Coachen van verkopers aan de telefoon', 'Klantgerichtheid', 'Plannen en organiseren'],
    clientBase: null,
    competencies: ['coaching', 'customer_focus', 'organisation'],
  },
  {
    id: 'nl-h38-19-projectleider-en-business-developer-bouwadvies-delft',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëndertighonderd Negentien',
    email: 'k3819.delft@example.com',
    phone: '06 81 30 57 24',
    contactLines: ['Delft'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      workTable: ['Tijdsperiode', 'Organisatie', 'Functie'],
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Bouwkundige met een dubbele rol: de helft van mijn tijd leid ik renovatieprojecten, de andere helft haal ik ' +
        'nieuwe opdrachten binnen. Ik wil die tweede helft groter maken en zoek een functie als business developer ' +
        'bij een ingenieurs- of adviesbureau in de Randstad.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Projectleider en business developer',
        'Hofstad Bouwadvies B.V.',
        '2021-06',
        null,
        true,
        'juni 2021 – heden',
        [
          'De helft van mijn tijd acquisitie: nieuwe opdrachtgevers, offertes en aanbestedingen, met een eigen ' +
            'omzetdoel van € 1,5 miljoen',
          'De andere helft projectleiding van renovaties voor woningcorporaties',
          'Ongeveer 30 opdrachtgevers: woningcorporaties, VvE’s en aannemers in Zuid-Holland',
          'Gesprekspartners zijn projectdirecteuren en directeuren vastgoed, die de opdrachten gunnen',
          'Omzet uit mijn opdrachtgevers in 2025: € 1,7 miljoen',
        ],
      ),
      job('Projectleider', 'Hofstad Bouwadvies B.V.', '2016-03', '2021-05', false, 'maart 2016 – mei 2021', [
        'Projectleiding van renovaties en verduurzaming; geen acquisitie',
      ]),
      job('Constructeur', 'Constructiebureau Westland', '2010-09', '2016-02', false, 'september 2010 – februari 2016', [
        'Berekeningen en tekeningen voor woningbouw en kassen',
      ]),
    ],
    education: [
      edu('hbo', 'HBO Bouwkunde, De Haagse Hogeschool, Delft, 2006 – 2010', {
        field: 'Bouwkunde',
        institution: 'De Haagse Hogeschool',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('havo', 'HAVO, Christelijk Lyceum Delft, 2001 – 2006', {
        institution: 'Christelijk Lyceum Delft',
        startYear: 2001,
        endYear: 2006,
      }),
    ],
    courses: [named('Acquisitie voor technici', 'Acquisitie voor technici (2021)')],
    certifications: [named('PRINCE2 Foundation', 'PRINCE2 Foundation (2017)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: vloeiend'),
      lang('fr', 'B1', 'Frans: redelijk'),
    ],
    skills: ['Netwerken', 'Onderhandelen over honoraria en meerwerk', 'Analytisch'],
    clientBase: { activeAccounts: 30, annualRevenueEur: 1_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h38-20-vlaamse-commercieel-directeur-familiebedrijf-meubelstoffen-waregem',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeëndertighonderd Twintig',
    email: 'k3820.waregem@example.org',
    phone: '+32 477 09 21 36',
    contactLines: ['8790 Waregem'],
    tagline: 'Commercieel directeur – meubelstoffen voor Europese meubelfabrikanten',
    headings: {
      profile: 'Profiel',
      work: 'Professionele ervaring',
      education: 'Studies',
      courses: 'Vorming',
      skills: 'Vaardigheden',
      languages: 'Talenkennis',
    },
    profile: [
      'Tweede generatie in het familiebedrijf: eerst in de weverij en de planning, daarna export en sinds 2015 ' +
        'commercieel directeur. De grootste klanten beheer ik zelf. Het bedrijf gaat in 2027 naar een Italiaanse ' +
        'groep; ik zoek een commerciële functie buiten de familie.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Commercieel directeur', 'Weverij Leie Textiles NV', '2015', null, true, 'van 2015 tot heden', [
          'Leiding over vier exportverantwoordelijken en twee agenten',
          'Zelf beheer ik de 40 grootste klanten: meubelfabrikanten in 12 landen, van Duitsland en Polen tot de ' +
            'Verenigde Staten',
          'Omzet op die klanten: 9,2 miljoen euro in 2025 (het hele bedrijf: 24 miljoen euro)',
          'Onderhandelen over jaarcontracten met aankoopdirecteurs en eigenaars, die over hun collecties beslissen',
        ]),
        lines: ['Van 2015 tot heden – Commercieel directeur bij Weverij Leie Textiles NV (Waregem)'],
      },
      {
        ...job(
          'Exportverantwoordelijke Duitsland en Oostenrijk',
          'Weverij Leie Textiles NV',
          '2006',
          '2014',
          true,
          'van 2006 tot 2014',
          ['Meubelfabrikanten en stoffeerders in Duitsland en Oostenrijk; beurzen in Frankfurt en Keulen'],
        ),
        lines: ['Van 2006 tot 2014 – Exportverantwoordelijke Duitsland en Oostenrijk bij Weverij Leie Textiles NV'],
      },
      {
        ...job('Productieplanner', 'Weverij Leie Textiles NV', '2002', '2005', false, 'van 2002 tot 2005'),
        lines: ['Van 2002 tot 2005 – Productieplanner bij Weverij Leie Textiles NV'],
      },
      {
        ...job(
          'Weverijmedewerker',
          'Weverij Leie Textiles NV',
          '1997',
          '2001',
          false,
          'van 1997 tot 2001, tijdens de zomervakanties',
        ),
        lines: ['Van 1997 tot 2001, tijdens de zomervakanties – Weverijmedewerker bij Weverij Leie Textiles NV'],
      },
    ],
    education: [
      edu('master', 'Licentiaat Toegepaste Economische Wetenschappen, Universiteit Gent, 1997 – 2002', {
        field: 'Toegepaste Economische Wetenschappen',
        institution: 'Universiteit Gent',
        startYear: 1997,
        endYear: 2002,
      }),
      edu('secondary', 'ASO Economie-wiskunde, Sint-Amandscollege, Kortrijk, 1991 – 1997', {
        field: 'Economie-wiskunde',
        institution: 'Sint-Amandscollege',
        startYear: 1991,
        endYear: 1997,
      }),
    ],
    courses: [named('Internationaal contractrecht', 'Internationaal contractrecht (2016)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'C1', 'Frans – zeer goed'),
      lang('de', 'C1', 'Duits – vloeiend'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('it', 'B1', 'Italiaans – redelijk'),
    ],
    skills: ['Onderhandelingsvaardig in vier talen', 'Financieel inzicht', 'Kennis van weeftechniek en stoffen'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 9_200_000, segment: 'international', decisionMakers: true },
    competencies: ['financial_analysis', 'negotiation'],
  },
  {
    id: 'nl-h38-21-rijschoolhouder-werd-accountmanager-rijtrainingen-lelystad',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeëndertighonderd Eenentwintig',
    email: 'k3821.flevoland@example.com',
    phone: '06 11 84 29 57',
    contactLines: ['Lelystad'],
    afterContact: [{ kind: 'paragraph', text: 'Leeftijd: 52 · rijbewijs A, B, BE en C' }],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Bevoegdheden',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Na achttien jaar als rijinstructeur met een eigen rijschool verkoop ik nu rijvaardigheids- en ' +
        'veiligheidstrainingen aan bedrijven met een wagenpark. Eén dag per week geef ik zelf nog les op de slipbaan.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Accountmanager zakelijk',
          'Rijtrainingscentrum Flevoland B.V.',
          '2022-04',
          null,
          true,
          'april 2022 – heden',
          [
            'Verkoop van rijvaardigheids- en veiligheidstrainingen aan bedrijven met een wagenpark, door heel Nederland',
            '35 vaste zakelijke klanten: bouwbedrijven, installateurs, thuiszorg en bezorgdiensten',
            'Mijn gesprekspartners zijn fleetmanagers en directeuren die over het trainingsbudget beslissen',
            'Omzet 2025: € 820.000',
          ],
        ),
        lines: ['april 2022 – heden', 'Accountmanager zakelijk, Rijtrainingscentrum Flevoland B.V., Lelystad'],
      },
      {
        ...job(
          'Instructeur slipbaan',
          'Rijtrainingscentrum Flevoland B.V.',
          '2022-04',
          null,
          false,
          'april 2022 – heden (één dag per week)',
        ),
        lines: [
          'april 2022 – heden (één dag per week)',
          'Instructeur slipbaan, Rijtrainingscentrum Flevoland B.V., Lelystad',
        ],
      },
      {
        ...job('Rijschoolhouder', 'Rijschool Flevo-Start', '2004-01', '2022-03', false, 'januari 2004 – maart 2022', [
          'Eigen rijschool met twee lesauto’s: lessen, examens en administratie',
          'Gemiddeld 60 leerlingen per jaar',
        ]),
        lines: ['januari 2004 – maart 2022', 'Rijschoolhouder, Rijschool Flevo-Start, Lelystad'],
      },
      {
        ...job(
          'Vrachtwagenchauffeur',
          'Transportbedrijf Dronten',
          '1996-05',
          '2003-12',
          false,
          'mei 1996 – december 2003',
        ),
        lines: ['mei 1996 – december 2003', 'Vrachtwagenchauffeur, Transportbedrijf Dronten, Dronten'],
      },
    ],
    education: [
      edu('mbo 2', 'MBO 2 Beroepschauffeur, ROC Flevoland, Lelystad, 1992 – 1995', {
        field: 'Beroepschauffeur',
        institution: 'ROC Flevoland',
        startYear: 1992,
        endYear: 1995,
      }),
      edu('mavo', 'MAVO, Lelystad, 1988 – 1992', { startYear: 1988, endYear: 1992 }),
    ],
    courses: [],
    certifications: [named('WRM-certificaat rijinstructeur B', 'WRM-certificaat rijinstructeur B (geldig tot 2028)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Overtuigend', 'Geduldig', 'Netwerken bij ondernemersverenigingen'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 820_000, segment: 'national', decisionMakers: true },
    competencies: ['persuasiveness', 'relationship_building'],
  },
  {
    id: 'nl-h38-22-schilder-werd-verkoper-buitendienst-verf-gorinchem',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeëndertighonderd Tweeëntwintig',
    email: 'k3822.gorcum@example.com',
    phone: '06-5124 8830',
    contactLines: ['Gorinchem'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Wat ik meeneem',
      languages: 'Talen',
    },
    profile: [
      'Negentien jaar schilder, daarna verkoper aan de toonbank en sinds 2018 in de buitendienst van een ' +
        'verfgroothandel. Ik kom bij schilders die ik vaak nog ken van de steiger.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Verkoper buitendienst',
          'Verfgroothandel Rivierenland B.V.',
          '2018-02',
          null,
          true,
          'feb 2018 – heden',
          [
            'Bezoek aan 85 schildersbedrijven in de Alblasserwaard, de Vijfheerenlanden en het Rivierenland',
            'Kleuradvies, proefvlakken op de bouwplaats en offertes voor grote projecten',
            'De eigenaar van het schildersbedrijf beslist zelf bij wie hij koopt',
            'Omzet op mijn klanten in 2025: € 2,9 miljoen',
          ],
        ),
        lines: ['feb 2018 – heden // Verkoper buitendienst // Verfgroothandel Rivierenland B.V., Gorinchem'],
      },
      {
        ...job(
          'Verkoopmedewerker filiaal',
          'Verfgroothandel Rivierenland B.V.',
          '2015-03',
          '2018-01',
          true,
          'mrt 2015 – jan 2018',
          ['Verkoop aan de toonbank aan schilders en particulieren, kleuren mengen'],
        ),
        lines: ['mrt 2015 – jan 2018 // Verkoopmedewerker filiaal // Verfgroothandel Rivierenland B.V., Leerdam'],
      },
      {
        ...job('Schilder', 'Schildersbedrijf De Merwe', '1996-08', '2015-02', false, 'aug 1996 – feb 2015', [
          'Binnen- en buitenschilderwerk, houtrotherstel; vanaf 2005 voorman',
        ]),
        lines: ['aug 1996 – feb 2015 // Schilder // Schildersbedrijf De Merwe, Hardinxveld-Giessendam'],
      },
    ],
    education: [
      edu('mbo 3', 'MBO 3 Allround schilder (BBL), Gorinchem, 1998 – 2000', {
        field: 'Allround schilder',
        startYear: 1998,
        endYear: 2000,
      }),
      edu('mbo 2', 'MBO 2 Schilder (BBL), Gorinchem, 1996 – 1998', {
        field: 'Schilder',
        startYear: 1996,
        endYear: 1998,
      }),
      edu('lower secondary', 'VBO Schilderen, Gorinchem, 1992 – 1996', {
        field: 'Schilderen',
        startYear: 1992,
        endYear: 1996,
      }),
    ],
    courses: [named('Kleurenleer', 'Kleurenleer (2016)'), named('Houtrotherstel', 'Houtrotherstel (2009)')],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands: moedertaal'), lang('en', 'A2', 'Engels: basis')],
    skills: ['Klantgericht', 'Vakkennis: negentien jaar zelf geschilderd', 'Eerlijk en betrouwbaar'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 2_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h38-23-vlaamse-chauffeur-werd-zaakvoerder-drankenhandel-tienen',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeëndertighonderd Drieëntwintig',
    email: 'k3823.tienen@example.net',
    phone: '0494 73 18 65',
    contactLines: ['3300 Tienen'],
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleiding',
      courses: 'Bijscholing',
      certifications: 'Attesten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    jobLabels: {
      period: 'Tijdsspanne',
      title: 'Functie',
      employer: 'Onderneming',
      duties: 'Taken en verwezenlijkingen',
    },
    profile: [
      'Sinds 2010 zaakvoerder van de drankenhandel die mijn vader oprichtte. De verkoop aan de horeca doe ik zelf. ' +
        'De zaak wordt in 2027 overgenomen door een grotere groothandel; ik zoek een functie als account manager ' +
        'horeca bij een brouwerij of drankengroothandel.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Zaakvoerder',
        'Drankencentrale Getevallei BV',
        '2010-07',
        null,
        true,
        'juli 2010 – nu',
        [
          'familiebedrijf overgenomen van mijn vader; 9 medewerkers en 4 vrachtwagens',
          'ik bezoek zelf de cafés, restaurants en feestzalen en onderhandel de leveringscontracten',
          'een 140-tal horecazaken in het Hageland en Haspengouw',
          'omzet 2025: 4,6 miljoen euro, waarvan 3,1 miljoen euro bij de horeca; de rest bij particulieren en ' +
            'verenigingen (fuiven en feesten)',
          'de uitbaters beslissen zelf met welke drankenhandel ze werken',
        ],
        'Tienen',
      ),
      job(
        'Chauffeur-leverancier',
        'Drankencentrale Getevallei BV',
        '2004-09',
        '2010-06',
        false,
        'september 2004 – juni 2010',
        ['leveringen bij horeca en particulieren, leeggoed, kleine herstellingen aan tapinstallaties'],
        'Tienen',
      ),
      job(
        'Magazijnier',
        'Bottelarij Hageland NV',
        '2001-07',
        '2004-08',
        false,
        'juli 2001 – augustus 2004',
        ['orderpicking en laden van vrachtwagens'],
        'Glabbeek',
      ),
    ],
    education: [
      edu('secondary', 'TSO Handel, Sint-Jozefscollege, Tienen, 1995 – 2001', {
        field: 'Handel',
        institution: 'Sint-Jozefscollege',
        startYear: 1995,
        endYear: 2001,
      }),
    ],
    courses: [named('Tapinstallaties: hygiëne en onderhoud', 'Tapinstallaties: hygiëne en onderhoud (2012)')],
    certifications: [named('Vakbekwaamheid code 95', 'Vakbekwaamheid code 95 (geldig tot 2027)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – B2'),
      lang('en', 'B1', 'Engels – B1'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Niveau (ERK)'],
        rows: [
          ['Nederlands', 'moedertaal'],
          ['Frans', 'B2'],
          ['Engels', 'B1'],
        ],
      },
    ],
    skills: ['Onderhandelen met uitbaters', 'Ondernemend', 'Stressbestendig in het feestseizoen'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 3_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'nl-h38-24-monteur-serviceadviseur-verkoper-bedrijfswagens-roosendaal',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëndertighonderd Vierentwintig',
    email: 'k3824.roosendaal@example.org',
    phone: null,
    contactLines: ['Roosendaal'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Van monteur via werkplaatschef en serviceadviseur naar de verkoop van bedrijfswagens, allemaal bij ' +
        'dezelfde dealer. Ik weet wat een bestelwagen moet kunnen voordat de klant het zelf weet.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Verkoper bedrijfswagens', 'Brabant Bedrijfswagens B.V.', '2021-06', null, true, 'juni 2021 – nu', [
          'Verkoop van nieuwe en gebruikte bestelwagens, met inbouw, lease en onderhoudscontracten',
          'Ongeveer 120 vaste zakelijke klanten: installateurs, bouwbedrijven en hoveniers in West-Brabant en ' +
            'Zeeuws-Vlaanderen',
          'Meestal beslist de ondernemer zelf',
          'In 2025 verkocht: 164 bestelwagens',
        ]),
        lines: ['Verkoper bedrijfswagens', 'Brabant Bedrijfswagens B.V., Roosendaal', 'Periode: juni 2021 – nu'],
      },
      {
        ...job(
          'Serviceadviseur',
          'Brabant Bedrijfswagens B.V.',
          '2016-01',
          '2021-05',
          false,
          'januari 2016 – mei 2021',
          ['Werkorders, planning van de werkplaats, uitleg aan klanten aan de balie'],
        ),
        lines: ['Serviceadviseur', 'Brabant Bedrijfswagens B.V., Roosendaal', 'Periode: januari 2016 – mei 2021'],
      },
      {
        ...job(
          'Werkplaatschef',
          'Brabant Bedrijfswagens B.V.',
          '2011-04',
          '2015-12',
          false,
          'april 2011 – december 2015',
          ['Leiding over zes monteurs'],
        ),
        lines: ['Werkplaatschef', 'Brabant Bedrijfswagens B.V., Roosendaal', 'Periode: april 2011 – december 2015'],
      },
      {
        ...job('Monteur', 'Garage Centrum Roosendaal', '2003-08', '2011-03', false, 'augustus 2003 – maart 2011'),
        lines: ['Monteur', 'Garage Centrum Roosendaal', 'Periode: augustus 2003 – maart 2011'],
      },
    ],
    education: [
      edu('mbo 3', 'MBO 3 Eerste Autotechnicus (BBL), ROC West-Brabant, Roosendaal, 2003 – 2006', {
        field: 'Eerste Autotechnicus',
        institution: 'ROC West-Brabant',
        startYear: 2003,
        endYear: 2006,
      }),
      edu('vmbo', 'VMBO kader Motorvoertuigentechniek, Roosendaal, 1999 – 2003', {
        field: 'Motorvoertuigentechniek',
        startYear: 1999,
        endYear: 2003,
      }),
    ],
    courses: [named('Verkopen in de autobranche', 'Verkopen in de autobranche (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: [
      'Klantgericht',
      'Technisch onderlegd: inbouw, ombouw en elektrische bestelwagens',
      'Onderhandelen over inruil',
    ],
    clientBase: { activeAccounts: 120, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'nl-h38-25-veertig-jaar-witgoed-winkeleigenaar-en-verkoopadviseur-veendam',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeëndertighonderd Vijfentwintig',
    nameLine: 'Kandidaat Tweeëndertighonderd Vijfentwintig (1970)',
    email: 'k3825.veendam@example.com',
    phone: '0598-627140',
    contactLines: ['Veendam'],
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
      'Veertig jaar witgoed en elektro: als leerling in de winkel begonnen, 28 jaar een eigen zaak in Veendam en ' +
        'sinds de sluiting in 2024 verkoopadviseur bij een elektronicaketen. Daarnaast repareer ik nog wasmachines ' +
        'en drogers voor vaste klanten.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Verkoopadviseur witgoed',
          'Elektroplein Noord B.V.',
          '2024-03',
          null,
          true,
          'sinds maart 2024 (24 uur per week)',
          [
            'Advies en verkoop van wasmachines, koelkasten en keukenapparatuur aan particulieren in de winkel',
            'Collega’s roepen mij bij technische vragen',
          ],
        ),
        lines: ['Sinds maart 2024 (24 uur per week)', 'Verkoopadviseur witgoed bij Elektroplein Noord B.V., Groningen'],
      },
      {
        ...job(
          'Monteur huishoudelijke apparaten',
          'Witgoedservice Veendam',
          '2024-03',
          null,
          false,
          'sinds maart 2024 (zelfstandig, bijberoep)',
          ['Reparaties aan huis voor oud-klanten van de winkel'],
        ),
        lines: [
          'Sinds maart 2024 (zelfstandig, bijberoep)',
          'Monteur huishoudelijke apparaten bij Witgoedservice Veendam',
        ],
      },
      {
        ...job(
          'Eigenaar',
          'Witgoed- en Elektrozaak De Wiek',
          '1996-01',
          '2024-02',
          true,
          'januari 1996 – februari 2024',
          [
            'Eigen zaak met winkel en reparatiedienst, drie medewerkers',
            'Zelf in de winkel: advies en verkoop aan particulieren, bezorgen en aansluiten',
            'In februari 2024 gesloten, want er was geen opvolger',
          ],
        ),
        lines: ['Januari 1996 – februari 2024', 'Eigenaar bij Witgoed- en Elektrozaak De Wiek, Veendam'],
      },
      {
        ...job('Verkoper', 'Witgoedhandel Pekela', '1989-09', '1995-12', true, 'september 1989 – december 1995'),
        lines: ['September 1989 – december 1995', 'Verkoper bij Witgoedhandel Pekela, Oude Pekela'],
      },
      {
        ...job(
          'Leerling-verkoper',
          'Witgoedhandel Pekela',
          '1986-08',
          '1989-08',
          true,
          'augustus 1986 – augustus 1989',
        ),
        lines: ['Augustus 1986 – augustus 1989', 'Leerling-verkoper bij Witgoedhandel Pekela, Oude Pekela'],
      },
    ],
    education: [
      edu('mbo 2', 'Primair leerlingwezen Verkoper detailhandel, Veendam, 1986 – 1989', {
        field: 'Verkoper detailhandel',
        startYear: 1986,
        endYear: 1989,
      }),
      edu('lower secondary', 'LTS Elektrotechniek, Veendam, 1982 – 1986', {
        field: 'Elektrotechniek',
        startYear: 1982,
        endYear: 1986,
      }),
    ],
    courses: [named('Middenstandsdiploma', 'Middenstandsdiploma (1995)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('de', 'B2', 'Duits: goed'),
      lang('en', 'A2', 'Engels: basis'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['Nederlands: moedertaal', 'Gronings: moedertaal', 'Duits: goed', 'Engels: basis'],
      },
    ],
    skills: ['Klantgericht', 'Reparatie van witgoed', 'Kassasysteem en voorraadbeheer'],
    clientBase: null,
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h38-26-vlaamse-vastgoedmakelaar-zaakvoerder-immokantoor-knokke-heist',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeëndertighonderd Zesentwintig',
    email: 'k3826.kust@example.org',
    phone: null,
    contactLines: ['8300 Knokke-Heist', 'Contact bij voorkeur via e-mail'],
    headings: {
      profile: 'Profiel',
      work: 'Ervaring',
      education: 'Opleiding',
      courses: 'Permanente vorming',
      certifications: 'Erkenningen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Erkend vastgoedmakelaar. Sinds 2013 zaakvoerder van een immokantoor aan de kust: ik win zelf de ' +
        'verkoopopdrachten bij eigenaars, doe de bezichtigingen en onderhandel tot aan het compromis. Daarvoor ' +
        'werkte ik als bediende op een notariskantoor en als vastgoedadviseur bij een groter kantoor.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Zaakvoerder en vastgoedmakelaar', 'Immo Kustlicht BV', '2013-10', null, true, 'sinds oktober 2013', [
          'Eigen kantoor met twee medewerkers: verkoop en verhuur van appartementen en villa’s',
          'Ik win zelf de verkoopopdrachten bij eigenaars en begeleid de verkoop tot bij de notaris',
          'Gemiddeld 55 verkopen per jaar, vooral tweede verblijven',
          'Omzet uit commissies in 2025: ca. 1,2 miljoen euro',
        ]),
        lines: ['Zaakvoerder en vastgoedmakelaar, Immo Kustlicht BV (Knokke-Heist), sinds oktober 2013'],
      },
      {
        ...job('Vastgoedadviseur', 'Immo Noordzee NV', '2008-09', '2013-09', true, 'september 2008 – september 2013', [
          'Bezichtigingen, prijsonderhandelingen en prospectie van nieuwe verkoopopdrachten',
        ]),
        lines: ['Vastgoedadviseur, Immo Noordzee NV (Blankenberge), september 2008 – september 2013'],
      },
      {
        ...job(
          'Administratief bediende',
          'Notariskantoor Westkust',
          '2005-07',
          '2008-08',
          false,
          'juli 2005 – augustus 2008',
          ['Voorbereiding van verkoopaktes en hypotheekdossiers'],
        ),
        lines: ['Administratief bediende, Notariskantoor Westkust (Oostende), juli 2005 – augustus 2008'],
      },
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Vastgoed, HoGent, 2002 – 2005', {
        field: 'Vastgoed',
        institution: 'HoGent',
        startYear: 2002,
        endYear: 2005,
      }),
      edu('secondary', 'ASO Economie-moderne talen, Sint-Lodewijkscollege, Brugge, 1996 – 2002', {
        field: 'Economie-moderne talen',
        institution: 'Sint-Lodewijkscollege',
        startYear: 1996,
        endYear: 2002,
      }),
    ],
    courses: [
      named('Vastgoedfiscaliteit', 'Vastgoedfiscaliteit (2024)'),
      named('Onderhandelen in vastgoed', 'Onderhandelen in vastgoed (2019)'),
    ],
    certifications: [
      named(
        'BIV-erkenning vastgoedmakelaar',
        'BIV-erkenning vastgoedmakelaar (sinds 2010, permanente vorming bijgehouden)',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('fr', 'C1', 'Frans'),
      lang('en', 'B2', 'Engels'),
      lang('de', 'B1', 'Duits'),
    ],
    languagesText: [
      'Nederlands is mijn moedertaal. Frans spreek ik vloeiend (de helft van mijn kopers is Franstalig), Engels ' +
        'goed en Duits redelijk.',
    ],
    skills: [
      'Overtuigingskracht',
      'Assertief',
      'Kennis van stedenbouw, notariële akten en fiscaliteit',
      'Erkenning syndicus (stopgezet in 2018)',
    ],
    clientBase: { annualRevenueEur: 1_200_000 },
    competencies: ['persuasiveness', 'tact_assertiveness'],
  },
];

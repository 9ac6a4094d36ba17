import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The sixteenth held-out set's Dutch CVs: twenty-six CVs from the Netherlands and Flanders, written without
 * reading the reader. The CVs a recruiter opens on an ordinary Monday for an account-manager vacancy: Word
 * templates, job-portal profiles (Indeed, VDAB, StepStone, Werk.nl, Nationale Vacaturebank), two-column PDFs
 * from design tools, CVs pasted into an e-mail, one LinkedIn export and one Europass. School leavers, career
 * changers, seasoned key account managers and people coming back after a break. Sectors the earlier sets do not
 * have: sun shading, parcel delivery for webshops, decorative paint, football sponsorship, industrial gases,
 * hygiene supplies, water coolers, tyres, pensions for employers, pest control, medical nutrition, flower bulbs,
 * business fibre, language training, milking robots, security services, payment terminals, funeral insurance,
 * company outings, DIY retail, civil-engineering supplies, CAD software, propane and heating oil, frozen
 * vegetables and trade magazines.
 */
export const HELD_OUT_16_NL: CvSource[] = [
  {
    id: 'nl-h16-01-word-sjabloon-accountmanager-zonwering-dealers-gelderland',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Duizend Een',
    nameLine: 'Curriculum Vitae Kandidaat Duizend Een',
    email: 'kandidaat.duizendeen1001@example.com',
    phone: '06-41873902',
    contactLines: ['Apeldoorn'],
    afterContact: [
      { kind: 'heading', text: 'Persoonlijke gegevens' },
      {
        kind: 'table',
        rows: [
          ['Naam', 'Kandidaat Duizend Een'],
          ['Woonplaats', 'Apeldoorn'],
          ['Geboortedatum', '22 augustus 1988'],
          ['Nationaliteit', 'Nederlandse'],
          ['Rijbewijs', 'B en BE'],
        ],
      },
    ],
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
      'Als accountmanager bij een fabrikant van zonwering en screens ben ik het vaste aanspreekpunt voor 64 dealers ' +
        '(zonweringspeciaalzaken en raamdecorateurs) in Gelderland en Overijssel. Samen kochten zij in 2025 voor ' +
        'ruim € 4,2 miljoen bij ons in. Ik maak de jaarafspraken met de eigenaren van de zaken en help ze met ' +
        'showroominrichting en acties. Door mijn jaren als monteur weet ik precies wat er op de steiger gebeurt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager Dealers Oost-Nederland',
        'Sunscreen Systems Nederland B.V.',
        '2018-04',
        null,
        true,
        'april 2018 – heden',
        [
          'Beheer en uitbreiding van 64 dealers in Gelderland en Overijssel',
          'Jaargesprekken, bonusafspraken en acties met de dealer-eigenaren',
          'Productintroducties (buitenscreens, lamellendaken) en dealertrainingen',
          'Plannen van eigen bezoekroutes, gemiddeld 12 dealerbezoeken per week',
          'Sunscreen Systems: 210 medewerkers, omzet ca. € 40 mln',
        ],
        'Barneveld',
      ),
      job(
        'Medewerker binnendienst verkoop',
        'Sunscreen Systems Nederland B.V.',
        '2014-09',
        '2018-03',
        true,
        'sept. 2014 – mrt. 2018',
        [
          'Offertes en orders van dealers, telefonisch en per mail',
          'Technische vragen over maatvoering en montage',
          'Actief nabellen van uitstaande offertes',
        ],
        'Barneveld',
      ),
      job(
        'Monteur zonwering',
        'Van Gelder Zonwering',
        '2008',
        '2014',
        false,
        '2008 – 2014',
        ['Montage en service van zonwering, rolluiken en screens bij particulieren en bedrijven'],
        'Apeldoorn',
      ),
    ],
    education: [
      edu('mbo 3', 'MBO 3 Monteur werktuigkundige installaties, ROC Aventus, Apeldoorn, 2005 – 2008', {
        field: 'Monteur werktuigkundige installaties',
        institution: 'ROC Aventus',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('vmbo', 'VMBO-kader Bouw, Wonen en Interieur, Veluws College, Apeldoorn, 2001 – 2005', {
        field: 'Bouw, Wonen en Interieur',
        institution: 'Veluws College',
        startYear: 2001,
        endYear: 2005,
      }),
    ],
    courses: [
      named('Accountmanagement', 'Accountmanagement – NCOI (2018)'),
      named('Verkopen via de dealer', 'Verkopen via de dealer – interne training (2019)'),
    ],
    certifications: [named('VCA Basis', 'VCA Basis (geldig tot 2028)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('de', 'B2', 'Duits: goed'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    skills: ['Klantgericht', 'Netwerken', 'Technisch inzicht', 'Plannen en organiseren', 'Office, Exact, Pipedrive'],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      { kind: 'paragraph', text: 'Mountainbiken, koken en klussen aan ons huis.' },
    ],
    clientBase: { activeAccounts: 64, annualRevenueEur: 4_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation', 'relationship_building'],
  },
  {
    id: 'nl-h16-02-indeed-inside-sales-pakketdienst-webshops',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Duizend Twee',
    email: 'k.duizendtwee.1002@example.net',
    phone: '06 1947 3085',
    contactLines: ['Nieuwegein, Utrecht'],
    headings: {
      profile: 'Samenvatting',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificeringen en licenties',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Inside sales medewerker bij een pakketvervoerder. Ik beheer 180 webshops verspreid over heel Nederland, ' +
        'van kleine zelfstandigen tot webwinkels met 40 man personeel. Vaak spreek ik de eigenaar zelf. Samen ' +
        'verzenden mijn klanten voor zo’n € 2,1 miljoen per jaar via ons. Ik zoek een volgende stap als ' +
        'accountmanager buitendienst.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Inside Sales Medewerker', 'PakketPunt Logistics B.V.', '2022-03', null, true, 'maart 2022 tot Heden'),
        lines: [
          'Inside Sales Medewerker',
          'PakketPunt Logistics B.V. - Nieuwegein, Utrecht',
          'maart 2022 tot Heden',
          '- Vast aanspreekpunt voor 180 webshops: tarieven, volumeafspraken en nieuwe diensten',
          '- Nieuwe webshops werven via inbound leads en koude acquisitie',
          '- Upsell naar retourservice en verzending naar België en Duitsland',
          '- Ons depot verwerkt zo’n 8.000 pakketten per dag',
        ],
      },
      {
        ...job(
          'Klantenservicemedewerker',
          'PakketPunt Logistics B.V.',
          '2020-01',
          '2022-02',
          false,
          'januari 2020 tot februari 2022',
        ),
        lines: [
          'Klantenservicemedewerker',
          'PakketPunt Logistics B.V. - Nieuwegein, Utrecht',
          'januari 2020 tot februari 2022',
          '- Vragen van webshops en ontvangers over zendingen, schades en facturen',
        ],
      },
      {
        ...job(
          'Medewerker bediening',
          'Restaurant De Rijnhaven',
          '2016-06',
          '2019-12',
          false,
          'juni 2016 tot december 2019',
        ),
        lines: [
          'Medewerker bediening',
          'Restaurant De Rijnhaven - Vreeswijk, Utrecht',
          'juni 2016 tot december 2019',
          '- Bijbaan naast mijn studie, weekenden en vakanties',
        ],
      },
    ],
    education: [
      edu('associate degree', 'Associate degree in Logistiek\nHogeschool Utrecht - Utrecht\n2017 tot 2019', {
        field: 'Logistiek',
        institution: 'Hogeschool Utrecht',
        startYear: 2017,
        endYear: 2019,
      }),
      edu('mbo 4', 'MBO 4 in Logistiek Teamleider\nROC Midden Nederland - Nieuwegein\n2013 tot 2017', {
        field: 'Logistiek Teamleider',
        institution: 'ROC Midden Nederland',
        startYear: 2013,
        endYear: 2017,
      }),
    ],
    courses: [],
    certifications: [named('HubSpot Inbound Sales', 'HubSpot Inbound Sales\nAfgegeven: oktober 2023')],
    languages: [
      lang('nl', 'native', 'Nederlands - Moedertaal'),
      lang('en', 'C1', 'Engels - Vloeiend'),
      lang('de', 'A2', 'Duits - Basis'),
    ],
    skills: [
      'Telefonische acquisitie - 4 jaar',
      'Klantgerichtheid - 6 jaar',
      'Salesforce - 4 jaar',
      'Microsoft Excel - 5 jaar',
    ],
    clientBase: { activeAccounts: 180, annualRevenueEur: 2_100_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h16-03-vdab-vertegenwoordiger-verf-schilders-antwerpen-legerdienst',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Duizend Drie',
    nameLine: 'Kandidaat Duizend Drie – Mijn loopbaan (VDAB)',
    email: 'duizenddrie.1003@example.org',
    phone: '0475 62 18 94',
    contactLines: ['2640 Mortsel', 'Rijbewijs: B'],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Studies',
      courses: 'Opleidingen en cursussen',
      certifications: 'Attesten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    jobLabels: { period: 'Van – tot', title: 'Functie', employer: 'Bedrijf', duties: 'Omschrijving' },
    profile: [
      'Al meer dan twintig jaar vertegenwoordiger voor een Belgische verffabrikant. Ik bezoek ongeveer 150 ' +
        'schildersbedrijven en interieurzaken in de provincie Antwerpen en het noorden van Limburg; samen ' +
        'goed voor € 3,8 miljoen omzet per jaar. Ik onderhandel rechtstreeks met de zaakvoerders. Bij mijn start ' +
        'in 2004 waren het er 90. Door een herstructurering verdwijnt mijn functie eind dit jaar.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Technisch-commercieel vertegenwoordiger',
        'Verffabriek Scheldecolor NV',
        '2004-09',
        null,
        true,
        'september 2004 - heden',
        [
          'bezoek aan ± 150 schildersbedrijven en interieurzaken',
          'prijsafspraken en jaarcontracten',
          'kleuradvies en demonstraties op de werf',
          'opvolging van klachten samen met het labo',
        ],
        'Boom',
      ),
      job(
        'Toonbankbediende',
        'Verfhandel De Kleurkaart',
        '1997-05',
        '2004-08',
        true,
        'mei 1997 - augustus 2004',
        ['verkoop aan de toonbank aan schilders en particulieren', 'kleuren mengen op de machine'],
        'Mortsel',
      ),
      job(
        'Magazijnier',
        'Verfgroothandel Van Dyck',
        '1991',
        '1997',
        false,
        '1991 - 1997',
        ['orders klaarzetten, leveringen met de bestelwagen'],
        'Wilrijk',
      ),
    ],
    afterJobs: [
      {
        kind: 'table',
        rows: [
          ['Van – tot', '1990 - 1991'],
          ['Functie', 'Legerdienst (milicien)'],
          ['Bedrijf', 'Belgisch leger, Siegen (Duitsland)'],
        ],
      },
    ],
    education: [
      edu(
        'secondary',
        'BSO Schilderwerk en decoratie + 7de specialisatiejaar (diploma secundair onderwijs), Vrij Technisch ' +
          'Instituut Mortsel, 1983 - 1990',
        {
          field: 'Schilderwerk en decoratie',
          institution: 'Vrij Technisch Instituut Mortsel',
          startYear: 1983,
          endYear: 1990,
        },
      ),
    ],
    courses: [
      named('Verkooptechnieken voor vertegenwoordigers', 'Verkooptechnieken voor vertegenwoordigers (Syntra, 2005)'),
      named('Kleurenleer', 'Kleurenleer (2002)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('fr', 'B1', 'Frans'),
      lang('en', 'B2', 'Engels'),
      lang('de', 'A2', 'Duits'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Begrijpen', 'Spreken', 'Schrijven'],
        rows: [
          ['Nederlands', 'moedertaal', 'moedertaal', 'moedertaal'],
          ['Frans', 'goed', 'redelijk', 'redelijk'],
          ['Engels', 'goed', 'goed', 'redelijk'],
          ['Duits', 'redelijk', 'basis', 'basis'],
        ],
      },
    ],
    skills: ['Zelfstandig werken', 'Klantgericht handelen', 'Onderhandelen', 'Kennis van verf en afwerking'],
    closing: [
      { kind: 'heading', text: 'Bijkomende informatie' },
      { kind: 'paragraph', text: 'VCA basis behaald in 2009, niet hernieuwd. Eigen wagen van de firma tot eind 2026.' },
    ],
    clientBase: { activeAccounts: 150, annualRevenueEur: 3_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'nl-h16-04-ontwerp-pdf-accountmanager-sponsoring-voetbalclub-twente',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Duizend Vier',
    email: 'hoi.duizendvier@example.com',
    phone: '+31 6 28 73 40 16',
    contactLines: ['Enschede', 'linkedin.example.com/in/kandidaat1004'],
    tagline: 'ACCOUNTMANAGER SPONSORING',
    headings: {
      contact: 'CONTACT',
      profile: 'OVER MIJ',
      work: 'ERVARING',
      education: 'OPLEIDING',
      skills: 'SKILLS',
      languages: 'TALEN',
    },
    profile: [
      'Sportgek uit Enschede met een ondernemende en creatieve kijk op sponsoring. Bij de club beheer ik 120 ' +
        'sponsors uit Twente en de Achterhoek, van bakkerij tot bouwbedrijf. Ik zit aan tafel met de ' +
        'directeur-eigenaren. Samen zijn zij goed voor € 1,6 miljoen sponsorinkomsten per seizoen; de totale ' +
        'clubbegroting is € 14 miljoen.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager Sponsoring',
        'FC Oostgrens B.V.',
        '2024-08',
        null,
        true,
        'sinds aug. 2024',
        [
          'Eigen portefeuille van 120 sponsors en businessclubleden',
          'Verlengingen, upgrades naar skyboxen en nieuwe pakketten',
          'Netwerkavonden voor de businessclub (450 bezoekers)',
        ],
        'Enschede',
      ),
      job(
        'Medewerker Events & Hospitality',
        'FC Oostgrens B.V.',
        '2022-09',
        '2024-07',
        false,
        'sept. 2022 – juli 2024',
        ['Organisatie van wedstrijd-hospitality en evenementen in het stadion (8.500 plaatsen)'],
        'Enschede',
      ),
      job(
        'Host businessclub',
        'FC Oostgrens B.V.',
        '2019',
        '2022',
        false,
        '2019 – 2022 (bijbaan)',
        ['Ontvangst van gasten op wedstrijddagen'],
        'Enschede',
      ),
    ],
    education: [
      edu('hbo', 'HBO Sport, Management en Ondernemen – Saxion, Enschede (2018 – 2022)', {
        field: 'Sport, Management en Ondernemen',
        institution: 'Saxion',
        startYear: 2018,
        endYear: 2022,
      }),
      edu('havo', 'HAVO – Het Stedelijk Lyceum, Enschede (2013 – 2018)', {
        institution: 'Het Stedelijk Lyceum',
        startYear: 2013,
        endYear: 2018,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands · moedertaal'),
      lang('en', 'C1', 'Engels · vloeiend'),
      lang('de', 'B2', 'Duits · goed'),
    ],
    skills: ['Netwerken', 'Creatief', 'Overtuigend', 'Canva', 'HubSpot'],
    closing: [
      { kind: 'heading', text: 'NAAST MIJN WERK' },
      { kind: 'paragraph', text: 'Trainer JO13 bij VV Drienerlo · hardlopen · festivals' },
    ],
    clientBase: { activeAccounts: 120, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'innovation', 'persuasiveness', 'relationship_building'],
  },
  {
    id: 'nl-h16-05-stepstone-key-account-industriele-gassen-benelux-tabel',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Duizend Vijf',
    email: 'kandidaat1005.gas@example.com',
    phone: '076 - 531 84 27',
    contactLines: ['Breda', 'Beschikbaarheid: opzegtermijn 2 maanden'],
    headings: {
      profile: 'Persoonlijk profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Functie', 'Bedrijf', 'Periode'],
    },
    workTableOrder: ['title', 'employer', 'period'],
    profile: [
      'Procesingenieur die de overstap naar de commercie heeft gemaakt. Als Key Account Manager beheer ik 35 ' +
        'industriële klanten in Nederland en België (voeding, chemie, metaal) die technische gassen afnemen via ' +
        'tanks, cilinders en leidingen. Omzet op mijn accounts: € 11 mln per jaar. Meerjarencontracten sluit ik ' +
        'met de inkoopmanagers die ze gunnen. Analytisch en onderhandelingsvaardig.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Key Account Manager Benelux',
        'Nordgas Industrial Gases Benelux B.V.',
        '2019-10',
        null,
        true,
        '10/2019 – heden',
        [
          '35 key accounts; contractverlengingen en nieuwe toepassingen (stikstof, CO2, lasgassen)',
          'Jaarlijkse prijsindexatie; omzetgroei van 6% per jaar, boven de quota',
          'Samenwerking met de application engineers bij installaties op locatie',
          'Nordgas-groep: omzet USD 14 mld wereldwijd',
        ],
      ),
      job(
        'Technical Sales Support',
        'Nordgas Industrial Gases Benelux B.V.',
        '2014-03',
        '2019-09',
        false,
        '03/2014 – 09/2019',
        ['Technische berekeningen en offertes voor de accountmanagers', 'Veiligheidsinspecties bij klanten'],
      ),
      job('Procesingenieur', 'Chemiepark Moerdijk Services', '2010-09', '2014-02', false, '09/2010 – 02/2014', [
        'Procesoptimalisatie van een ammoniakfabriek',
      ]),
    ],
    education: [
      edu('msc', 'Master Chemische Technologie (MSc), Technische Universiteit Eindhoven, 2003 – 2010', {
        field: 'Chemische Technologie',
        institution: 'Technische Universiteit Eindhoven',
        startYear: 2003,
        endYear: 2010,
      }),
      edu('vwo', 'VWO (N&T), Onze Lieve Vrouwelyceum, Breda, 1997 – 2003', {
        institution: 'Onze Lieve Vrouwelyceum',
        startYear: 1997,
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [
      named('VCA VOL', 'VCA VOL (2023)'),
      named(
        'Lean Six Sigma Yellow Belt',
        'Lean Six Sigma Yellow Belt (2016); Green Belt in opleiding, examen maart 2027',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B2', 'Duits – goed'),
      lang('fr', 'B1', 'Frans – redelijk'),
    ],
    skills: ['Analytisch', 'Onderhandelingsvaardig', 'Technisch-commercieel', 'SAP CRM, Excel'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 11_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'nl-h16-06-mailtekst-herintreder-accountmanager-hygiene-zorg',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Duizend Zes',
    email: 'duizendzes.1006@example.net',
    phone: '06-53190478',
    contactLines: ['Zwolle'],
    headings: {
      profile: 'Beste meneer Bosman,',
      work: 'Wat ik gedaan heb',
      education: 'Opleiding',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Naar aanleiding van uw vacature voor accountmanager zorg op Werk.nl stuur ik u mijn gegevens. Na vijf jaar ' +
        'thuis bij onze drie kinderen wil ik graag weer aan de slag in de buitendienst.',
      'Tot de zomer van 2020 was ik accountmanager bij een groothandel in hygiëne- en sanitairproducten. Ik had ' +
        'toen ongeveer 70 zorginstellingen in Overijssel en Drenthe onder mijn hoede, goed voor ruim € 2 miljoen ' +
        'omzet per jaar. Mijn aanspreekpunten waren de teamleiders facilitair en de huishoudelijke dienst.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('baliemedewerker', 'Bibliotheek Zwolle', '2026-01', null, false, 'Sinds januari 2026'),
        lines: [
          'Sinds januari 2026 werk ik 16 uur per week als baliemedewerker bij Bibliotheek Zwolle, om weer te wennen ' +
            'aan werken buiten de deur.',
          '',
          'zomer 2020 – december 2025: loopbaanonderbreking, thuis bij de kinderen (vrijwilliger op de basisschool: ' +
            'overblijfmoeder en penningmeester van de ouderraad)',
          '',
        ],
      },
      {
        ...job(
          'Accountmanager zorginstellingen',
          'Hygiënepartners Oost B.V.',
          '2013',
          '2020',
          true,
          'van 2013 tot de zomer van 2020',
        ),
        lines: [
          'Accountmanager zorginstellingen – Hygiënepartners Oost B.V., Zwolle',
          'van 2013 tot de zomer van 2020',
          '- ca. 70 zorginstellingen (verpleeghuizen, gehandicaptenzorg) in Overijssel en Drenthe',
          '- introductie van doseersystemen en een eigen schoonmaakmiddelenlijn',
          '- jaarlijkse evaluatie met de teamleiders facilitair',
        ],
      },
      {
        ...job('Medewerker verkoop binnendienst', 'Hygiënepartners Oost B.V.', '2009', '2013', true, '2009 – 2013'),
        lines: [
          'Medewerker verkoop binnendienst – zelfde bedrijf, 2009 – 2013',
          '- telefonische orders, offertes en nabellen van klanten',
        ],
      },
      {
        ...job('Receptioniste', 'Hotel Fidder', '2006', '2009', false, '2006 – 2009'),
        lines: ['Receptioniste – Hotel Fidder, Zwolle, 2006 – 2009'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Toerisme en Recreatie, Deltion College, Zwolle (2002 – 2006)', {
        field: 'Toerisme en Recreatie',
        institution: 'Deltion College',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B2', 'Engels'), lang('de', 'B1', 'Duits')],
    languagesText: ['Nederlands is mijn moedertaal; Engels spreek ik goed en Duits redelijk.'],
    skills: ['Klantgericht', 'Goed in plannen, met drie kinderen wel nodig', 'Geduldig, ook bij klachten'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Ik vertel u graag meer in een gesprek. Ik ben beschikbaar voor 28 tot 32 uur per week.',
      },
      { kind: 'paragraph', text: 'Met vriendelijke groet,\nKandidaat Duizend Zes' },
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 2_000_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'nl-h16-07-schoolverlater-mbo-sdr-waterkoelers-almere',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Duizend Zeven',
    email: 'kandidaatduizendzeven@example.org',
    phone: '06 84 20 31 75',
    contactLines: ['Almere-Haven', '19 jaar'],
    headings: {
      profile: 'Wie ben ik?',
      work: 'Werkervaring',
      education: 'Opleidingen',
      skills: 'Eigenschappen',
      languages: 'Talen',
    },
    profile: [
      'Net afgestudeerd aan het mbo en sinds februari aan het werk als Sales Development Representative. Ik bel ' +
        'kantoren en scholen en plan afspraken in voor onze accountmanagers. Eigen klanten heb ik nog niet, maar ' +
        'daar wil ik wel naartoe.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Sales Development Representative',
        'AquaFresh Waterkoelers B.V.',
        '2026-02',
        null,
        true,
        'feb 2026 – nu',
        [
          'Koude acquisitie bij kantoren, scholen en sportscholen',
          'Ongeveer 60 belletjes per dag, doel 15 afspraken per maand',
        ],
        'Almere',
      ),
      job(
        'Stagiair binnendienst',
        'AquaFresh Waterkoelers B.V.',
        '2025-09',
        '2026-01',
        false,
        'sept 2025 – jan 2026',
        ['Afstudeerstage: offertes en bestellingen invoeren, klantenbestand opschonen'],
        'Almere',
      ),
      job(
        'Kassamedewerker',
        'Albert Heijn Almere Haven',
        '2023',
        '2025',
        false,
        '2023 – 2025 (bijbaan naast school)',
        ['Kassa, zelfscankassa’s en servicebalie'],
        'Almere',
      ),
      job(
        'Vakantiekracht',
        'Tulpenkwekerij Zeewolde',
        '2022',
        '2022',
        false,
        'zomer 2022',
        ['Bollen pellen en sorteren'],
        'Zeewolde',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Commercie – Accountmanager, MBO College Almere, 2022 – 2026 (diploma januari 2026)', {
        field: 'Commercie – Accountmanager',
        institution: 'MBO College Almere',
        startYear: 2022,
        endYear: 2026,
      }),
      edu('vmbo', 'VMBO-TL, Oostvaarders College, Almere, 2018 – 2022', {
        institution: 'Oostvaarders College',
        startYear: 2018,
        endYear: 2022,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'B2', 'Engels (goed)'),
      lang('es', 'A2', 'Spaans (een beetje)'),
    ],
    skills: ['Stressbestendig', 'Teamspeler', 'Klantvriendelijk', 'Leer snel'],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      { kind: 'paragraph', text: 'Kickboksen, gamen en mijn neefje oppassen.' },
    ],
    clientBase: null,
    competencies: ['stress_resistance', 'teamwork'],
  },
  {
    id: 'nl-h16-08-werk-nl-accountmanager-banden-garages-faillissement-dienstplicht',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Duizend Acht',
    nameLine: 'Cv Kandidaat Duizend Acht (werk.nl)',
    email: 'k.duizendacht@example.com',
    phone: '0182-537104',
    contactLines: ['Gouda', 'Gewenst beroep: Accountmanager buitendienst, Vertegenwoordiger', 'Beschikbaar: direct'],
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
      'Ik ben 56 jaar en heb mijn hele loopbaan in de bandenbranche gewerkt. Na het faillissement van mijn ' +
        'werkgever in maart 2026 zoek ik een nieuwe baan in de buitendienst. Ik bezocht ongeveer 140 garages en ' +
        'autobedrijven in Zuid-Holland en West-Utrecht, meestal de garagehouder zelf. Samen namen zij zo’n € 2,6 ' +
        'miljoen per jaar bij ons af. Bandenland had 12 vestigingen en € 35 miljoen omzet.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Accountmanager garagebedrijven',
        'Bandenland Groothandel B.V.',
        '2011-04',
        '2026-03',
        true,
        '01-04-2011 t/m 31-03-2026',
        [
          'Bezoek aan ca. 140 garages en autobedrijven',
          'Seizoensacties zomer- en winterbanden, opslag van bandensets',
          'Prijsafspraken met de garagehouders',
        ],
      ),
      job('Vertegenwoordiger', 'Bandenimport Rijnmond B.V.', '1998', '2011', true, '1998 – 2011', [
        'Verkoop van personenwagen- en bedrijfswagenbanden aan garages en transportbedrijven',
      ]),
      job('Bandenmonteur, later filiaalchef', 'Snelservice Banden Gouda', '1991', '1998', false, '1991 – 1998'),
    ],
    afterJobs: [
      {
        kind: 'table',
        rows: [['Dienstplichtig soldaat', 'Koninklijke Landmacht, Seedorf', '1990 – 1991']],
      },
    ],
    education: [
      edu('mbo 4', 'MTS Motorvoertuigentechniek – Niveau: MBO 4 – Diploma: Ja – Gouda, 1986 – 1990', {
        field: 'Motorvoertuigentechniek',
        startYear: 1986,
        endYear: 1990,
      }),
      edu('lower secondary', 'LTS Motorvoertuigentechniek – Niveau: VMBO – Diploma: Ja – Gouda, 1982 – 1986', {
        field: 'Motorvoertuigentechniek',
        startYear: 1982,
        endYear: 1986,
      }),
    ],
    courses: [],
    certifications: [named('Erkend Bandenspecialist', 'Erkend Bandenspecialist – VACO (2003)')],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B1', 'Engels'), lang('de', 'B1', 'Duits')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Spreken', 'Lezen', 'Schrijven'],
        rows: [
          ['Nederlands', 'Moedertaal', 'Moedertaal', 'Moedertaal'],
          ['Engels', 'Redelijk', 'Redelijk', 'Matig'],
          ['Duits', 'Redelijk', 'Goed', 'Redelijk'],
        ],
      },
    ],
    skills: ['Relatiebeheer', 'Onderhandelen over prijzen', 'Kennis van banden en velgen', 'Rijbewijs B, C, E'],
    closing: [
      { kind: 'heading', text: 'Overige informatie' },
      { kind: 'paragraph', text: 'F-gassencertificaat (airco) behaald in 2012, verlopen in 2020. Eigen auto.' },
    ],
    clientBase: { activeAccounts: 140, annualRevenueEur: 2_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h16-09-linkedin-pdf-accountmanager-pensioenen-werkgevers',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Duizend Negen',
    email: 'k1009.pensioen@example.com',
    phone: '+31 6 2290 4417',
    contactLines: ['www.linkedin.example.com/in/kandidaat-1009 (LinkedIn)'],
    tagline:
      'Senior Accountmanager Werkgevers bij Eemland Pensioen | Pensioen voor het mkb\nAmersfoort, Utrecht, Nederland',
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
      'Ik help mkb-werkgevers aan een pensioenregeling die past. Mijn portefeuille: 230 werkgevers door heel ' +
        'Nederland, met een premievolume van € 9,5 miljoen per jaar. Ik spreek met DGA’s en HR-directeuren die ' +
        'over de regeling beslissen. Eemland beheert € 38 miljard pensioenvermogen. Momenteel volg ik de opleiding ' +
        'Pensioenadviseur (SPD), afronding 2027.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Accountmanager Werkgevers',
          'Eemland Pensioen N.V.',
          '2021-06',
          null,
          true,
          'juni 2021 - heden (5 jaar 6 maanden)',
        ),
        lines: [
          'Eemland Pensioen N.V.',
          '9 jaar 11 maanden',
          'Senior Accountmanager Werkgevers',
          'juni 2021 - heden (5 jaar 6 maanden)',
          'Amersfoort, Utrecht, Nederland',
          'Portefeuille van 230 mkb-werkgevers; verlengingen, nieuwe regelingen en werkgeverspresentaties.',
        ],
      },
      {
        ...job(
          'Accountmanager Werkgevers',
          'Eemland Pensioen N.V.',
          '2017-01',
          '2021-05',
          true,
          'januari 2017 - mei 2021 (4 jaar 5 maanden)',
        ),
        lines: [
          'Accountmanager Werkgevers',
          'januari 2017 - mei 2021 (4 jaar 5 maanden)',
          'Amersfoort, Utrecht, Nederland',
        ],
      },
      {
        ...job(
          'Adviseur Pensioenen',
          'Van Rijn Assurantiën',
          '2011-09',
          '2016-12',
          true,
          'september 2011 - december 2016 (5 jaar 4 maanden)',
        ),
        lines: [
          'Van Rijn Assurantiën',
          'Adviseur Pensioenen',
          'september 2011 - december 2016 (5 jaar 4 maanden)',
          'Veenendaal',
          'Advies en verkoop van pensioen- en arbeidsongeschiktheidsverzekeringen aan mkb-werkgevers.',
        ],
      },
      {
        ...job(
          'Medewerker Pensioenadministratie',
          'Pensioenuitvoerder Utrecht',
          '2007-08',
          '2011-08',
          false,
          'augustus 2007 - augustus 2011 (4 jaar 1 maand)',
        ),
        lines: [
          'Pensioenuitvoerder Utrecht',
          'Medewerker Pensioenadministratie',
          'augustus 2007 - augustus 2011 (4 jaar 1 maand)',
          'Utrecht',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Hogeschool Utrecht\nBachelor, Financial Services Management · (2003 - 2007)', {
        field: 'Financial Services Management',
        institution: 'Hogeschool Utrecht',
        startYear: 2003,
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [named('Wft Pensioenverzekeringen'), named('Wft Basis')],
    languages: [
      lang('nl', 'native', 'Nederlands (Moedertaal of tweetalig)'),
      lang('en', 'C1', 'Engels (Volledige professionele vaardigheid)'),
      lang('de', 'B1', 'Duits (Beperkte praktische werkvaardigheid)'),
    ],
    skills: ['Relatiebeheer', 'Pensioenen', 'Adviesvaardigheden'],
    closing: [{ kind: 'paragraph', text: 'Pagina 1 van 2' }],
    clientBase: { activeAccounts: 230, annualRevenueEur: 9_500_000, segment: 'national', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'nl-h16-10-nationale-vacaturebank-accountmanager-plaagdierbeheersing-brabant',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Duizend Tien',
    email: 'duizendtien@example.net',
    phone: '013 – 582 40 19',
    contactLines: [
      'Tilburg',
      'Gewenste functie: Accountmanager',
      'Opleidingsniveau: MBO',
      'Beschikbaarheid: in overleg',
    ],
    headings: {
      profile: 'Samenvatting',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Van servicetechnicus naar accountmanager bij een bedrijf in plaagdierbeheersing. Ik beheer ongeveer 260 ' +
        'bedrijven met een servicecontract in Midden- en West-Brabant: horeca, voedingsindustrie en zorg. De ' +
        'contractwaarde van mijn klanten is samen € 1,1 mln per jaar. Ik schakel met vestigingsmanagers en ' +
        'kwaliteitsmanagers over audits (BRC, IFS). Klantgericht en stressbestendig als er een audit aankomt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager Zakelijk',
        'Plaagvrij Brabant B.V.',
        '2021',
        null,
        true,
        'Q1 2021 – heden',
        [
          'Nieuwe contracten en uitbreiding bij ca. 260 zakelijke klanten',
          'Adviesrapporten en offertes na inspecties',
          'Afstemming met het team van 45 technici',
        ],
        'Tilburg',
      ),
      job(
        'Servicetechnicus plaagdierbeheersing',
        'Plaagvrij Brabant B.V.',
        '2016',
        '2020',
        false,
        '2016 – Q4 2020',
        ['Inspecties en bestrijding bij bedrijven en particulieren'],
        'Tilburg',
      ),
      job(
        'Medewerker groenonderhoud',
        'Hoveniersbedrijf De Linde',
        '2014',
        '2016',
        false,
        '2014 – 2016',
        undefined,
        'Oisterwijk',
      ),
    ],
    education: [
      edu('mbo 3', 'MBO niveau 3 Vakbekwaam hovenier – ROC Tilburg (2011 – 2014)', {
        field: 'Vakbekwaam hovenier',
        institution: 'ROC Tilburg',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [named('Adviserend verkopen', 'Adviserend verkopen – interne training (2021)')],
    certifications: [
      named('Vakbekwaamheid Plaagdierbeheersing (KPMB)', 'Vakbekwaamheid Plaagdierbeheersing (KPMB), 2016'),
      named('BHV', 'BHV, jaarlijks herhaald'),
    ],
    languages: [lang('nl', 'native', 'Nederlands (moedertaal)'), lang('en', 'B1', 'Engels (redelijk)')],
    skills: ['Adviseren', 'Rapporteren', 'Rijbewijs B'],
    clientBase: { activeAccounts: 260, annualRevenueEur: 1_100_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h16-11-europass-account-manager-medische-voeding-vlaanderen',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Duizend Elf',
    email: 'kandidaat.duizendelf@example.org',
    phone: '(+32) 479 35 08 62',
    contactLines: ['Drongen, België', 'Geboortedatum: 04/06/1990', 'Nationaliteit: Belgische'],
    headings: {
      profile: 'OVER MIJZELF',
      work: 'WERKERVARING',
      education: 'ONDERWIJS EN OPLEIDING',
      certifications: 'ERKENNINGEN',
      skills: 'DIGITALE VAARDIGHEDEN',
      languages: 'TAALVAARDIGHEDEN',
    },
    profile: [
      'Diëtist die de stap naar de commerciële kant zette. Ik verkoop medische voeding (sondevoeding en ' +
        'drinkvoeding) aan 22 ziekenhuizen en 65 woonzorgcentra in Oost- en West-Vlaanderen, samen € 5,2 miljoen ' +
        'omzet in 2025. Mijn gesprekspartners zijn hoofddiëtisten en aankoopverantwoordelijken; de grote ' +
        'ziekenhuizen kopen via aanbesteding.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'ACCOUNT MANAGER MEDISCHE VOEDING',
          'NutriCare Belgium NV',
          '2020-03',
          null,
          true,
          '16/03/2020 – HUIDIG',
        ),
        lines: [
          '16/03/2020 – HUIDIG  Gent, België',
          'ACCOUNT MANAGER MEDISCHE VOEDING',
          'NutriCare Belgium NV',
          '- verkoop en opvolging van 87 accounts (ziekenhuizen en woonzorgcentra)',
          '- opmaak van offertes bij aanbestedingen',
          '- opleidingen voor verpleegkundigen en diëtisten',
        ],
      },
      {
        ...job('DIËTIST', 'AZ Oostkust', '2014-09', '2020-02', false, '01/09/2014 – 29/02/2020'),
        lines: [
          '01/09/2014 – 29/02/2020  Knokke-Heist, België',
          'DIËTIST',
          'AZ Oostkust',
          '- voedingsadvies op de afdelingen geriatrie en oncologie',
        ],
      },
      {
        ...job('DIËTIST', 'Woonzorgcentrum Ter Venne', '2013-07', '2014-08', false, '01/07/2013 – 31/08/2014'),
        lines: [
          '01/07/2013 – 31/08/2014  Sint-Martens-Latem, België',
          'DIËTIST (VERVANGINGSCONTRACT)',
          'Woonzorgcentrum Ter Venne',
        ],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'VRIJWILLIGERSWERK' },
      { kind: 'paragraph', text: '01/2016 – HUIDIG  Gent, België' },
      { kind: 'paragraph', text: 'BESTUURSLID' },
      { kind: 'paragraph', text: 'Diabetesvereniging Regio Gent vzw' },
      { kind: 'paragraph', text: 'Organisatie van infoavonden voor patiënten.' },
    ],
    education: [
      edu(
        'bachelor',
        '09/2010 – 06/2013  PROFESSIONELE BACHELOR IN DE VOEDINGS- EN DIEETKUNDE  HOGENT, Gent\nEQF-niveau 6',
        { field: 'VOEDINGS- EN DIEETKUNDE', institution: 'HOGENT', startYear: 2010, endYear: 2013 },
      ),
      edu('secondary', '09/2004 – 06/2010  ASO WETENSCHAPPEN  Sint-Barbaracollege, Gent', {
        field: 'WETENSCHAPPEN',
        institution: 'Sint-Barbaracollege',
        startYear: 2004,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [named('Erkenning als diëtist', 'Erkenning als diëtist – FOD Volksgezondheid (2013)')],
    languages: [lang('nl', 'native', 'NEDERLANDS'), lang('fr', 'B1', 'FRANS'), lang('en', 'C1', 'ENGELS')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal/-talen: NEDERLANDS' },
      { kind: 'paragraph', text: 'Andere talen:' },
      {
        kind: 'paragraph',
        text: 'FRANS  Luisteren B2  Lezen B2  Gesproken productie B1  Gesproken interactie B1  Schrijven B1',
      },
      {
        kind: 'paragraph',
        text: 'ENGELS  Luisteren C1  Lezen C1  Gesproken productie B2  Gesproken interactie C1  Schrijven B2',
      },
    ],
    skills: ['Salesforce', 'Microsoft Office', 'Teams'],
    closing: [
      { kind: 'heading', text: 'COMMUNICATIE- EN INTERPERSOONLIJKE VAARDIGHEDEN' },
      {
        kind: 'paragraph',
        text: 'Als diëtist leerde ik luisteren naar patiënten en zorgteams. Ik ben geduldig en analytisch.',
      },
      { kind: 'heading', text: 'RIJBEWIJS' },
      { kind: 'paragraph', text: 'Rijbewijs: B' },
    ],
    clientBase: { activeAccounts: 87, annualRevenueEur: 5_200_000, segment: 'regional_smb' },
    competencies: ['analytical'],
  },
  {
    id: 'nl-h16-12-twee-kolommen-key-account-bloembollen-export-tuincentra',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Duizend Twaalf',
    email: 'duizendtwaalf.bulbs@example.com',
    phone: '0252 41 76 03',
    contactLines: ['Lisse', 'Rijbewijs B'],
    tagline: 'Key Account Manager Export | Bloembollen',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Bollenmens uit de Duinstreek met zestien jaar exportervaring. Ik beheer 9 tuincentrumketens in Duitsland, ' +
        'het Verenigd Koninkrijk en Scandinavië, met samen ruim 1.100 vestigingen. Omzet op mijn ketens in 2025: ' +
        '€ 6,5 mln, waarvan GBP 1,3 mln (ca. € 1,5 mln) in het VK. Ik onderhandel met de hoofdinkopers die het ' +
        'voorjaars- en najaarsassortiment bepalen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager Export',
        'Bollenhandel Duinstreek B.V.',
        '2019',
        null,
        true,
        'sinds 2019',
        [
          'Jaarcontracten, assortiment en promotieplannen met 9 ketens',
          'Verpakkingsconcepten samen met marketing en productie',
          'Beurzen: IPM Essen, Spoga, Glee',
        ],
        'Lisse',
      ),
      job(
        'Area Manager Scandinavië',
        'Van Zanten Flowerbulbs',
        '2013',
        '2018',
        true,
        '2013 – 2018',
        ['Tuincentra en importeurs in Zweden, Noorwegen en Denemarken'],
        'Hillegom',
      ),
      job(
        'Sales Assistant Export',
        'Van Zanten Flowerbulbs',
        '2010-10',
        '2013',
        false,
        'okt. 2010 – 2013',
        ['Orderinvoer, exportdocumenten en fytocertificaten'],
        'Hillegom',
      ),
    ],
    afterJobs: [
      { kind: 'paragraph', text: '2008 – 2010' },
      { kind: 'paragraph', text: 'Working holiday in Australië en Nieuw-Zeeland (fruitpluk, bar, reizen)' },
    ],
    education: [
      edu('hbo', 'HBO Commerciële Economie\nHogeschool Inholland, Haarlem · 2003 – 2007', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool Inholland',
        startYear: 2003,
        endYear: 2007,
      }),
      edu('havo', 'HAVO\nFioretti College, Lisse · 1998 – 2003', {
        institution: 'Fioretti College',
        startYear: 1998,
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'C1', 'Duits – vloeiend'),
      lang('sv', 'A2', 'Zweeds – basis'),
    ],
    skills: ['Onderhandelen', 'Commercieel', 'Relatiebeheer', 'Excel, SAP'],
    closing: [
      { kind: 'heading', text: 'Nevenfuncties' },
      { kind: 'paragraph', text: 'Bestuurslid Stichting Bloemencorso Bollenstreek (2017 – heden)' },
    ],
    clientBase: { activeAccounts: 9, annualRevenueEur: 6_500_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building', 'sales'],
  },
  {
    id: 'nl-h16-13-kort-getypt-accountmanager-glasvezel-bedrijventerreinen-rotterdam',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Duizend Dertien',
    email: 'duizenddertien13@example.net',
    phone: '06 4817 2093',
    contactLines: ['Rotterdam-Zuid'],
    headings: {
      work: 'Werk',
      education: 'School',
      skills: 'Sterk in',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager zakelijk', 'Glasnet Zuid-Holland', '2023', null, true, '2023 - nu', [
          '95 mkb-klanten op bedrijventerreinen in Rotterdam-Zuid, Ridderkerk en Barendrecht (glasvezel, telefonie, wifi)',
          'target 8 nieuwe aansluitingen per maand',
        ]),
        lines: ['2023 - nu Accountmanager zakelijk bij Glasnet Zuid-Holland'],
      },
      {
        ...job('Verkoper', 'PhoneXpert Zuidplein', '2019', '2023', true, '2019 - 2023', [
          'abonnementen en toestellen verkopen, ook aan zzp’ers',
          'winkel deed ca. € 1,8 mln omzet',
        ]),
        lines: ['2019 - 2023 Verkoper bij PhoneXpert Zuidplein'],
      },
      {
        ...job('Verkoper', 'Sportshop Zuidplein', '2016', '2019', true, 'zaterdagen 2016 - 2019'),
        lines: ['zaterdagen 2016 - 2019 Verkoper bij Sportshop Zuidplein (naast school)'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Ondernemer retail, Albeda, Rotterdam, 2015 - 2019', {
        field: 'Ondernemer retail',
        institution: 'Albeda',
        startYear: 2015,
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('bs', 'native', 'Bosnisch - moedertaal'),
      lang('nl', 'native', 'Nederlands - moedertaal (hier geboren)'),
      lang('en', 'B2', 'Engels - goed'),
      lang('de', 'A2', 'Duits - basis'),
    ],
    skills: ['commercieel', 'doorzetter', 'klantgericht'],
    clientBase: { activeAccounts: 95, segment: 'regional_smb' },
    competencies: ['customer_focus', 'sales'],
  },
  {
    id: 'nl-h16-14-marketingcoordinator-talenschool-zwangerschapsverlof-geen-klanten',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Duizend Veertien',
    email: 'kandidaat-1014@example.com',
    phone: '070 – 362 85 91',
    contactLines: ['Den Haag', 'linkedin.example.com/in/duizendveertien'],
    tagline: 'Marketeer die accountmanager wil worden',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Ervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Skills',
      languages: 'Talen',
    },
    profile: [
      'Ik ben marketingcoördinator bij een talenschool en wil de overstap maken naar accountmanagement ' +
        'bedrijfstrainingen. Ik beheer een marketingbudget van € 180.000 en zorgde dat het aantal zakelijke leads in ' +
        'twee jaar met 35% steeg. De school heeft zo’n 1.400 cursisten per jaar. Klanten beheren deed ik nog niet, ' +
        'maar ik werk dagelijks met het salesteam samen.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Marketingcoördinator',
        'Talenacademie Haaglanden',
        '2024-03',
        null,
        false,
        'sinds 1 maart 2024',
        [
          'Campagnes voor bedrijfstrainingen Engels, Frans en Nederlands',
          'Website, nieuwsbrief en LinkedIn; leiding aan een team van 3',
          'Leads doorzetten naar de twee accountmanagers',
        ],
        'Den Haag',
      ),
      job(
        'Online Marketeer',
        'BoefjeMode',
        '2021-09',
        '2024-02',
        false,
        'sep 2021 – feb 2024',
        ['SEA, SEO en e-mailmarketing voor een webshop in kinderkleding'],
        'Delft',
      ),
      job(
        'Stagiair marketing',
        'Gemeente Rijswijk',
        '2020-02',
        '2020-06',
        false,
        'feb – jun 2020',
        ['Afstudeerstage: campagne afvalscheiding'],
        'Rijswijk',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'dec 2022 – mei 2023   Zwangerschaps- en ouderschapsverlof' }],
    education: [
      edu('hbo', 'Bachelor Communicatie (hbo), De Haagse Hogeschool, 2016 – 2020', {
        field: 'Communicatie',
        institution: 'De Haagse Hogeschool',
        startYear: 2016,
        endYear: 2020,
      }),
      edu('havo', 'HAVO, Haags Montessori Lyceum, 2011 – 2016', {
        institution: 'Haags Montessori Lyceum',
        startYear: 2011,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [
      named('Google Analytics Certification', 'Google Analytics Certification (2025); Google Ads Search verlopen'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'B1', 'Frans – redelijk'),
    ],
    skills: ['Creatief', 'Analytisch (GA4, Looker Studio)', 'Samenwerken', 'Content, SEO, Canva'],
    clientBase: null,
    competencies: ['analytical', 'innovation', 'teamwork'],
  },
  {
    id: 'nl-h16-15-tabel-werkgever-eerst-verkoopadviseur-melkrobots-friesland',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Duizend Vijftien',
    email: 'k.duizendvijftien@example.org',
    phone: '0512-371946',
    contactLines: ['Oudega (Sm.)', 'Geboren 1984'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Kwaliteiten',
      languages: 'Talen',
      workTable: ['Werkgever', 'Functie', 'Periode'],
    },
    workTableOrder: ['employer', 'title', 'period'],
    profile: [
      'Boerenzoon en verkoopadviseur melkrobots. Ik ben het aanspreekpunt voor circa 110 melkveehouders in ' +
        'Friesland en Groningen; de veehouder beslist zelf over een investering van twee à drie ton. Mijn klanten ' +
        'namen in 2025 voor € 5,4 miljoen af aan robots, service en onderhoudscontracten. Noord Melktechniek heeft ' +
        '60 medewerkers en € 28 miljoen omzet; sinds 2014 hebben we ruim 300 robots geïnstalleerd.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Verkoopadviseur melkrobots', 'Noord Melktechniek B.V.', '2020', null, true, '2020 – heden', [
        'Bedrijfsbezoeken, bedrijfsanalyse en offertes voor melkrobots en voersystemen',
        'Begeleiding van de ombouw van stal tot opstart',
        'Demodagen op praktijkbedrijven',
      ]),
      job('Servicemonteur melkrobots', 'Noord Melktechniek B.V.', '2014', '2020', false, '2014 – 2020', [
        'Installatie, onderhoud en storingsdienst',
      ]),
      job('Bedrijfsleider', 'Melkveebedrijf Hylkema (ouderlijk bedrijf)', '2006', '2014', false, '2006 – 2014', [
        '120 melkkoeien, jongvee en 70 ha grasland',
      ]),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Veehouderij, Nordwin College, Leeuwarden, 2002 – 2006', {
        field: 'Veehouderij',
        institution: 'Nordwin College',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [
      named('Fabriekstraining melkrobots', 'Fabriekstraining melkrobots, niveau 3 (2015)'),
      named('Bedrijfseconomie melkveehouderij', 'Bedrijfseconomie melkveehouderij – Wellant (2019)'),
    ],
    certifications: [],
    languages: [
      lang('fy', 'native', 'Fries – moedertaal'),
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Ondernemend', 'Vakkennis veehouderij', 'Technisch inzicht', 'Betrouwbaar'],
    closing: [
      { kind: 'heading', text: 'Overig' },
      { kind: 'paragraph', text: 'Lid van de ijsclub en vrijwillig brandweerman in Oudega. Rijbewijs B, BE, T.' },
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 5_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship'],
  },
  {
    id: 'nl-h16-16-politie-naar-accountmanager-beveiliging-haaglanden',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Duizend Zestien',
    email: 'duizendzestien.16@example.com',
    phone: '079 – 316 52 08',
    contactLines: ['Zoetermeer'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleidingen',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Na veertien jaar bij de politie koos ik in 2022 voor de commerciële kant van veiligheid. Als ' +
        'accountmanager bij een beveiligingsbedrijf beheer ik 28 zakelijke klanten in de regio Haaglanden: kantoren, ' +
        'distributiecentra en twee ziekenhuizen. De jaarlijkse contractwaarde is € 2,4 miljoen. Ik overleg ' +
        'meestal met facilitair managers. Vigilant heeft ongeveer 400 beveiligers in dienst. Stressbestendig, ' +
        'tactvol en assertief waar nodig.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager Zakelijke Beveiliging',
        'Vigilant Beveiligingsdiensten B.V.',
        '2022-10',
        null,
        true,
        'sinds oktober 2022',
        [
          'Contractbeheer en verlengingen: objectbeveiliging, mobiele surveillance, alarmopvolging',
          'Nieuwe klanten via netwerk en aanbestedingen van bedrijven',
          'Veiligheidsscans en beveiligingsplannen samen met de operationele planning',
        ],
        'Den Haag',
      ),
      job(
        'Wijkagent',
        'Politie Eenheid Den Haag',
        '2008',
        '2022-09',
        false,
        '2008 – sept 2022',
        [
          'Vast aanspreekpunt voor ondernemers in winkelgebied en bedrijventerrein',
          'Preventieprojecten met de gemeente',
        ],
        'Zoetermeer',
      ),
      job(
        'Beveiliger',
        'Randstad Secure Services',
        '2004',
        '2006',
        false,
        '2004 – 2006',
        ['Objectbeveiliging en receptiediensten'],
        'Den Haag',
      ),
    ],
    education: [
      edu(
        'mbo 4',
        'Allround Politiemedewerker (mbo 4), Politieacademie, 2006 – 2008\n' +
          'Associate degree Bedrijfskunde (deeltijd), Hogeschool Leiden – gestart september 2025, verwacht 2027',
        { field: 'Allround Politiemedewerker', institution: 'Politieacademie', startYear: 2006, endYear: 2008 },
      ),
      edu('mbo 2', 'MBO 2 Beveiliger, ROC Mondriaan, Den Haag, 2003 – 2004', {
        field: 'Beveiliger',
        institution: 'ROC Mondriaan',
        startYear: 2003,
        endYear: 2004,
      }),
    ],
    courses: [],
    certifications: [named('BHV', 'BHV (jaarlijks herhaald)'), named('EHBO', 'EHBO – Het Oranje Kruis')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'A2', 'Duits: basis'),
    ],
    skills: ['Communicatief', 'Stressbestendig', 'Tactvol', 'Assertief', 'Integer'],
    clientBase: { activeAccounts: 28, annualRevenueEur: 2_400_000, segment: 'regional_smb' },
    competencies: ['communication', 'stress_resistance', 'tact_assertiveness'],
  },
  {
    id: 'nl-h16-17-accountmanager-taalopleidingen-gent-tolk-in-bijberoep',
    format: 'txt',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Duizend Zeventien',
    email: 'duizendzeventien@example.org',
    phone: '09 245 71 38',
    contactLines: ['Gent', '0486 71 20 54 (gsm)'],
    tagline: 'Accountmanager bedrijfsopleidingen – talen',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleiding',
      courses: 'Bijkomende opleidingen',
      skills: 'Sterktes',
      languages: 'Talenkennis',
    },
    profile: [
      'Ex-lerares Frans die nu taalopleidingen verkoopt aan bedrijven. Ik volg 60 bedrijven op in Oost- en ' +
        'West-Vlaanderen, goed voor € 1,2 miljoen opleidingsomzet per jaar. Ik spreek met HR-managers die zelf over ' +
        'het opleidingsbudget beslissen. Ons centrum telt 45 lesgevers en zo’n 2.000 cursisten per jaar.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager bedrijfsopleidingen',
        'Lingua Flandria bv',
        '2021-02',
        null,
        true,
        'vanaf 02/2021',
        [
          'Opvolging van 60 klantbedrijven en prospectie van nieuwe',
          'Taalaudits, offertes en raamovereenkomsten',
          'Aanvragen van KMO-portefeuille en opleidingscheques voor klanten',
        ],
        'Gent',
      ),
      job('Tolk Frans-Nederlands', 'zelfstandige in bijberoep', '2018', null, false, 'sinds 2018', [
        'Tolkopdrachten bij onderhandelingen en ondernemingsraden, vooral op zaterdag',
      ]),
      job(
        'Lesgever Frans en Engels',
        'Lingua Flandria bv',
        '2016-09',
        '2021-01',
        false,
        '09/2016 – 01/2021',
        ['Groepslessen en individuele trajecten voor bedrijven'],
        'Gent',
      ),
      job('Leerkracht Frans', 'Sint-Annacollege', '2014', '2016', false, '2014 – 2016', undefined, 'Gent'),
    ],
    education: [
      edu('master', 'Master in de Taal- en Letterkunde: Frans – Engels, Universiteit Gent, 2009 – 2013', {
        field: 'Taal- en Letterkunde: Frans – Engels',
        institution: 'Universiteit Gent',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [
      named('Specifieke lerarenopleiding', 'Specifieke lerarenopleiding, Universiteit Gent (2014)'),
      named('Consultatief verkopen', 'Consultatief verkopen – Vlerick (2022)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'C2', 'Frans – C2'),
      lang('en', 'C1', 'Engels – C1'),
      lang('es', 'B2', 'Spaans – B2'),
      lang('de', 'A2', 'Duits – A2'),
    ],
    skills: ['Overtuigend', 'Netwerken', 'Luisteren naar wat een klant echt nodig heeft'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 1_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['persuasiveness', 'relationship_building'],
  },
  {
    id: 'nl-h16-18-accountmanager-betaalterminals-bank-amsterdam-pipes',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Duizend Achttien',
    email: 'duizendachttien.18@example.net',
    phone: '+31 (0)6 39 02 84 61',
    contactLines: ['Amsterdam-West'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager betaaloplossingen bij een bank: pinautomaten, betaalverzoeken en kassakoppelingen voor ' +
        'ondernemers. Ik beheer 420 ondernemers in Amsterdam en de Zaanstreek – horeca, winkels en marktkooplui – en ' +
        'spreek bijna altijd met de eigenaar zelf. Mijn klanten brengen € 1,7 mln per jaar op aan abonnementen en ' +
        'transactiekosten; het transactievolume dat over hun terminals gaat is zo’n € 210 mln. Financieringsvragen ' +
        'geef ik door aan de relatiebeheerders krediet; daar kwam in 2025 voor € 6 mln aan leningen uit voort.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager Betaaloplossingen', 'Hanzebank N.V.', '2023-05', null, true, '05-2023 – heden', [
          'Portefeuille van 420 mkb-klanten, upsell naar kassakoppelingen en online betalen',
          'Bezoek aan nieuwe ondernemers in winkelstraten en op markten',
          'Samenwerking met de kassaleveranciers in de regio',
        ]),
        lines: ['Accountmanager Betaaloplossingen | Hanzebank N.V. | 05-2023 – heden'],
      },
      {
        ...job(
          'Medewerker Klantenservice Zakelijk',
          'Hanzebank N.V.',
          '2017-11',
          '2023-04',
          false,
          '11-2017 – 04-2023',
          ['Vragen van ondernemers over rekeningen, pinautomaten en storingen'],
        ),
        lines: ['Medewerker Klantenservice Zakelijk | Hanzebank N.V. | 11-2017 – 04-2023'],
      },
      {
        ...job('Telefonisch verkoper', 'CallPlus Contactcenter', '2015', '2017', true, '2015 – 2017', [
          'Outbound verkoop van energiecontracten aan consumenten',
        ]),
        lines: ['Telefonisch verkoper | CallPlus Contactcenter | 2015 – 2017'],
      },
    ],
    education: [
      edu('hbo', 'HBO Bedrijfseconomie (deeltijd), Hogeschool van Amsterdam, 2018 – 2022', {
        field: 'Bedrijfseconomie',
        institution: 'Hogeschool van Amsterdam',
        startYear: 2018,
        endYear: 2022,
      }),
      edu('mbo 4', 'MBO 4 Financiële Dienstverlening, ROC van Amsterdam, 2011 – 2015', {
        field: 'Financiële Dienstverlening',
        institution: 'ROC van Amsterdam',
        startYear: 2011,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [named('Wft Basis', 'Wft Basis (2018, PE actueel)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('ar', 'B1', 'Marokkaans-Arabisch – redelijk'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Klantgericht', 'Commercieel', 'Samenwerken', 'Salesforce, Excel'],
    clientBase: { activeAccounts: 420, annualRevenueEur: 1_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'sales', 'teamwork'],
  },
  {
    id: 'nl-h16-19-telefonische-verkoop-uitvaartverzekeringen-particulieren-geen-portefeuille',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Duizend Negentien',
    email: 'duizendnegentien@example.com',
    phone: '06-20418837',
    contactLines: ['Schiedam'],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Diploma’s en certificaten',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Ik verkoop telefonisch uitvaartverzekeringen aan particulieren, gemiddeld 9 polissen per dag. Ons team heeft ' +
        'een target van 4.000 polissen per jaar. Ik zoek een baan waarin ik zakelijke klanten langere tijd kan ' +
        'begeleiden.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Medewerker verkoop binnendienst',
        'Uitvaartzorg Verzekeringen N.V.',
        '2025',
        null,
        true,
        'eind 2025 – nu',
        ['Inbound en outbound verkoop van uitvaartverzekeringen aan particulieren', 'Nabellen van offertes'],
        'Rotterdam',
      ),
      job(
        'Medewerker klantenservice',
        'Uitvaartzorg Verzekeringen N.V.',
        '2024',
        '2025-10',
        false,
        'zomer 2024 – okt 2025',
        ['Vragen over polissen, premies en wijzigingen'],
        'Rotterdam',
      ),
      job(
        'Maaltijdbezorger',
        'Bezorgservice Rijnmond',
        '2022',
        '2024',
        false,
        '2022 – 2024',
        ['Fietsbezorging in Schiedam en Vlaardingen'],
        'Schiedam',
      ),
    ],
    afterJobs: [
      { kind: 'bullets', items: ['2021 – 2022: tussenjaar, vrijwilliger bij een schoolproject in Kumasi, Ghana'] },
    ],
    education: [
      edu(
        'havo',
        'HAVO (E&M), Wolfert College, Rotterdam, 2013 – 2018\n' +
          'HBO Bedrijfskunde, Hogeschool Rotterdam, 2018 – 2021 (propedeuse, niet afgerond)',
        { institution: 'Wolfert College', startYear: 2013, endYear: 2018 },
      ),
    ],
    courses: [],
    certifications: [named('Wft Basis', 'Wft Basis (2025) – Wft Schadeverzekeringen Particulier: examen januari 2027')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Stressbestendig', 'Overtuigend aan de telefoon', 'Tactvol bij gevoelige gesprekken'],
    clientBase: null,
    competencies: ['persuasiveness', 'stress_resistance', 'tact_assertiveness'],
  },
  {
    id: 'nl-h16-20-sales-manager-bedrijfsuitjes-leisurepark-brabant-tabel',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Duizend Twintig',
    email: 'kandidaat.duizendtwintig@example.org',
    phone: '073 – 612 48 90',
    contactLines: ['’s-Hertogenbosch'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talen',
      workTable: ['Periode', 'Functie', 'Werkgever'],
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Sales manager zakelijke markt bij een leisurepark met bowling, lasergame, klimhal en restaurant. Ik verkoop ' +
        'bedrijfsuitjes, teambuildings en personeelsfeesten aan bedrijven uit Brabant en Gelderland. In 2025 ' +
        'haalde ik € 1,3 mln zakelijke omzet binnen. Mijn contacten zijn vooral HR-medewerkers en ' +
        'personeelsverenigingen. Het park zelf draait € 6 mln omzet met 250.000 bezoekers.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Sales Manager Zakelijke Markt',
        'Leisurepark De Maashorst B.V.',
        '2023',
        null,
        true,
        'voorjaar 2023 – heden',
        [
          'Offertes en arrangementen voor groepen van 10 tot 800 personen',
          'Eigen zakelijke events en beurzen om nieuwe bedrijven te werven',
          'Omzetverantwoordelijk voor de zakelijke markt',
        ],
      ),
      job(
        'Medewerker Groepsreserveringen',
        'Leisurepark De Maashorst B.V.',
        '2019',
        '2023-03',
        false,
        '2019 – maart 2023',
        ['Reserveringen, draaiboeken en facturatie voor groepen'],
      ),
      job('Bedrijfsleider', 'Bowlingcentrum Oss', '2015', '2019', false, '2015 – 2019', [
        'Leiding over 18 medewerkers, roosters en inkoop',
      ]),
    ],
    education: [
      edu('hbo', 'HBO Leisure & Events Management, Breda University of Applied Sciences, 2010 – 2014', {
        field: 'Leisure & Events Management',
        institution: 'Breda University of Applied Sciences',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('SVH Sociale Hygiëne', 'SVH Sociale Hygiëne (2015)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Ondernemend', 'Creatief', 'Plannen en organiseren'],
    clientBase: { annualRevenueEur: 1_300_000, segment: 'regional_smb' },
    competencies: ['entrepreneurship', 'innovation', 'organisation'],
  },
  {
    id: 'nl-h16-21-schoolverlater-verkoopmedewerker-bouwmarkt-eritrea',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Duizend Eenentwintig',
    email: 'duizend.eenentwintig@example.net',
    phone: '06 27 58 13 40',
    contactLines: ['Utrecht (Overvecht)'],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Eigenschappen',
      languages: 'Talen',
    },
    profile: [
      'Ik ben 22 jaar en kom uit Eritrea. Sinds 2019 woon ik in Utrecht. Ik werk nu in een bouwmarkt en help ' +
        'elke dag veel klanten met advies over gereedschap en verf. Ik wil graag leren hoe je zakelijke klanten ' +
        'helpt, bijvoorbeeld als medewerker binnendienst.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Verkoopmedewerker',
        'Klusmarkt Utrecht-Noord',
        '2025-07',
        null,
        true,
        'sinds juli 2025',
        [
          'Advies en verkoop op de afdelingen gereedschap en verf, 32 uur per week',
          'Kassa en bestellingen voor klanten',
        ],
        'Utrecht',
      ),
      job(
        'Orderpicker',
        'Distributiecentrum FreshLog',
        '2023',
        '2024',
        false,
        'zomers 2023 en 2024 (vakantiewerk via uitzendbureau)',
        undefined,
        'Nieuwegein',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: '2019 – 2021   Taalschool en inburgering, Utrecht (Staatsexamen NT2 programma II in 2022)',
      },
    ],
    education: [
      edu(
        'mbo 2',
        'MBO 2 Verkoopmedewerker, ROC Midden Nederland, Utrecht, 2022 – 2024 (diploma)\n' +
          'MBO 3 Commercieel medewerker (BBL), ROC Midden Nederland – bezig sinds september 2025',
        { field: 'Verkoopmedewerker', institution: 'ROC Midden Nederland', startYear: 2022, endYear: 2024 },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ti', 'native', 'Tigrinya – moedertaal'),
      lang('nl', 'B2', 'Nederlands – B2 (Staatsexamen NT2 II)'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('ar', 'A2', 'Arabisch – basis'),
    ],
    skills: ['Klantgericht', 'Teamspeler', 'Altijd op tijd', 'Rijbewijs B (sinds 2025)'],
    clientBase: null,
    competencies: ['customer_focus', 'teamwork'],
  },
  {
    id: 'nl-h16-22-labels-van-accountmanager-betonwaren-naar-inkoper-gemeente',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Duizend Tweeëntwintig',
    email: 'kandidaat1022@example.com',
    phone: '026 – 442 73 19',
    contactLines: ['Arnhem', 'Mobiel: 06 – 51 30 88 27'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleidingen',
      certifications: 'Diploma’s',
      skills: 'Competenties',
      languages: 'Talen',
    },
    jobLabels: { period: 'Wanneer', title: 'Functie', employer: 'Organisatie', duties: 'Werkzaamheden' },
    profile: [
      'Ik ken beide kanten van de tafel. Ruim tien jaar verkocht ik betonwaren en rioleringsproducten; als ' +
        'accountmanager bediende ik ongeveer 75 aannemers en 20 gemeenten in Gelderland en Overijssel, met een omzet ' +
        'van € 8 miljoen per jaar. Bij de aannemers sprak ik meestal met de eigenaren. Sinds 2023 ben ik ' +
        'inkoopadviseur bij een gemeente en koop ik jaarlijks voor zo’n € 25 miljoen in aan grond-, weg- en ' +
        'waterbouw. Nu wil ik terug naar de verkoop.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job('Inkoopadviseur', 'Gemeente Arnhem', '2023-02', null, false, '1 februari 2023 – heden', [
        'aanbestedingen voor GWW-werken',
        'contractmanagement en leveranciersgesprekken',
      ]),
      job(
        'Accountmanager Overheid & Infra',
        'Betonwaren Gelderland B.V.',
        '2012-08',
        '2023-01',
        true,
        'augustus 2012 – januari 2023',
        [
          'ongeveer 75 aannemers en 20 gemeenten in Gelderland en Overijssel',
          'projectoffertes voor riolering, putten en keerwanden',
          'inschrijven op aanbestedingen van gemeenten en waterschappen',
        ],
        'Duiven',
      ),
      job(
        'Calculator',
        'Aannemersbedrijf Van den Heuvel',
        '2001-09',
        '2012-07',
        false,
        'september 2001 – juli 2012',
        ['begrotingen en werkvoorbereiding voor rioleringsprojecten'],
        'Elst',
      ),
    ],
    education: [
      edu('hbo', 'HTS Civiele Techniek, Hogeschool Arnhem en Nijmegen, 1997 – 2001', {
        field: 'Civiele Techniek',
        institution: 'Hogeschool Arnhem en Nijmegen',
        startYear: 1997,
        endYear: 2001,
      }),
      edu('havo', 'HAVO, Stedelijk Gymnasium en Lyceum Arnhem, 1992 – 1997', {
        institution: 'Stedelijk Gymnasium en Lyceum Arnhem',
        startYear: 1992,
        endYear: 1997,
      }),
    ],
    courses: [],
    certifications: [named('NEVI 1 Inkoopkunde', 'NEVI 1 Inkoopkunde (2024) – NEVI 2 in opleiding')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B2', 'Duits – goed'),
    ],
    skills: ['Analytisch', 'Onderhandelen', 'Kennis van aanbestedingsrecht'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 8_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'nl-h16-23-twee-kolommen-account-executive-cad-software-dollars-wereldreis',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Duizend Drieëntwintig',
    email: 'k.duizend.drieentwintig@example.org',
    phone: '+31 6 3104 7726',
    contactLines: ['Eindhoven'],
    tagline: 'Account Executive · CAD & BIM software',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Skills',
      languages: 'Talen',
    },
    profile: [
      'Bouwkundige die software verkoopt. Ik beheer 75 architecten- en ingenieursbureaus in Nederland en ' +
        'Vlaanderen die met onze CAD- en BIM-software werken, samen goed voor een ARR van USD 2,1 mln. Ik schakel ' +
        'met de partners en directeuren die over licenties beslissen. Mijn new-business quota voor 2026 is ' +
        'USD 600k.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Executive Benelux',
        'DraftPoint Software B.V.',
        '2022-01',
        null,
        true,
        'jan. 2022 – heden',
        [
          'Verlengingen, upsell en nieuwe licenties bij 75 bureaus',
          'Demo’s en pilots samen met de solution engineers',
          'Forecast en pipeline in HubSpot',
        ],
        'Eindhoven',
      ),
      job(
        'Inside Sales Representative',
        'DraftPoint Software B.V.',
        '2019',
        '2021-12',
        true,
        'Q3 2019 – dec. 2021',
        ['Inbound leads opvolgen en kleine bureaus zelf afsluiten'],
        'Eindhoven',
      ),
      job(
        'Student-assistent servicedesk',
        'Fontys Hogescholen',
        '2015',
        '2018',
        false,
        '2015 – 2018',
        ['Bijbaan: ondersteuning bij Revit en AutoCAD voor studenten'],
        'Eindhoven',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: '2018 – 2019   Wereldreis door Zuid-Amerika (11 maanden)' }],
    education: [
      edu('hbo', 'Bachelor Bouwkunde (hbo)\nFontys Hogeschool Techniek, Eindhoven · 2014 – 2018', {
        field: 'Bouwkunde',
        institution: 'Fontys Hogeschool Techniek',
        startYear: 2014,
        endYear: 2018,
      }),
      edu('havo', 'HAVO\nVan Maerlantlyceum, Eindhoven · 2009 – 2014', {
        institution: 'Van Maerlantlyceum',
        startYear: 2009,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('Autodesk Certified Professional: Revit', 'Autodesk Certified Professional: Revit (2021)')],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'C1', 'Engels (C1)'),
      lang('es', 'B1', 'Spaans (B1, geleerd onderweg)'),
    ],
    skills: ['Solution selling', 'Negotiation', 'Relationship management', 'Revit, AutoCAD, HubSpot'],
    closing: [{ kind: 'paragraph', text: 'Nu bezig: Salesforce Certified Administrator (examen voorjaar 2027).' }],
    clientBase: { activeAccounts: 75, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building', 'sales'],
  },
  {
    id: 'nl-h16-24-tabel-accountmanager-propaan-gasolie-west-vlaanderen',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Duizend Vierentwintig',
    email: 'duizendvierentwintig.24@example.com',
    phone: '051 20 47 93',
    contactLines: ['8800 Roeselare', 'GSM 0472 18 60 35'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleidingen',
      certifications: 'Attesten',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Van chauffeur naar accountmanager bij een familiale brandstoffenverdeler. Ik volg ongeveer 340 klanten op – ' +
        'landbouwers, KMO’s en vakantieparken in West- en Oost-Vlaanderen – die propaan, gasolie en smeermiddelen ' +
        'afnemen, samen zo’n 11 miljoen liter en € 4,6 miljoen omzet per jaar. Ik spreek met de landbouwers en ' +
        'zaakvoerders zelf. Ons bedrijf rijdt met 14 tankwagens.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager propaan en gasolie', 'Brandstoffen Vanneste NV', '2018-01', null, true, '01.2018 – heden', [
        'Opvolging en uitbreiding van ± 340 klanten',
        'Tankplaatsingen en contracten voor propaan',
        'Prijsofferte bij elke levering van gasolie in het stookseizoen',
      ]),
      job('Chauffeur tankwagen', 'Brandstoffen Vanneste NV', '2011', '2017-12', false, '2011 – 12.2017', [
        'Leveringen van gasolie en propaan bij particulieren en bedrijven',
      ]),
      job('Monteur landbouwmachines', 'Agri Service Tielt', '1996', '2010', false, '1996 – 2010'),
    ],
    education: [
      edu('short-cycle tertiary', 'HBO5 Marketing (avondonderwijs), CVO Roeselare, 2014 – 2017', {
        field: 'Marketing',
        institution: 'CVO Roeselare',
        startYear: 2014,
        endYear: 2017,
      }),
      edu('secondary', 'TSO Mechanica-Elektriciteit, VTI Roeselare, 1990 – 1996', {
        field: 'Mechanica-Elektriciteit',
        institution: 'VTI Roeselare',
        startYear: 1990,
        endYear: 1996,
      }),
    ],
    courses: [],
    certifications: [
      named('VCA Basis', 'VCA Basis (2022)'),
      named('Code 95', 'Code 95 – vakbekwaamheid chauffeur (geldig tot 2027)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands (West-Vlaams) – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Klantgericht', 'Zelfstandig', 'Stressbestendig in het stookseizoen'],
    closing: [
      { kind: 'heading', text: 'Varia' },
      { kind: 'paragraph', text: 'ADR-attest tankvervoer behaald in 2011, vervallen in 2023. Rijbewijs B, C en CE.' },
    ],
    clientBase: { activeAccounts: 340, annualRevenueEur: 4_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h16-25-key-account-diepvriesgroenten-retail-belux-lang',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Duizend Vijfentwintig',
    email: 'kandidaat.1025@example.net',
    phone: '+32 (0)477 29 84 10',
    contactLines: ['Tielt'],
    tagline: 'Key Account Manager Retail – diepvriesgroenten',
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleidingen',
      courses: 'Bijscholing',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Tweeëntwintig jaar in de diepvriesgroenten, aan de marketing-, foodservice- en retailkant. Vandaag beheer ' +
        'ik 5 retailketens in België en Luxemburg (samen ongeveer 1.400 winkels), goed voor € 24 miljoen netto-omzet ' +
        'in 2025. Ik onderhandel met de categorymanagers en aankoopdirecteurs die over listings en promoties beslissen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager Retail BeLux',
        'Frostland Vegetables NV',
        '2016',
        null,
        true,
        '2016 – nu',
        [
          'Jaaronderhandelingen, promotieplannen en private label met 5 ketens',
          'Joint business plans en category reviews per keten',
          'Trade-marketingbudget van € 1,1 miljoen',
          'Aansturen van 3 merchandisers en coachen van de KAM-assistent',
          'Introductie van de lijn gestoomde groenten in 2 ketens',
          'Frostland: 900 medewerkers, omzet € 420 miljoen',
          '1/5de ouderschapsverlof van september 2017 tot augustus 2018',
        ],
        'Ardooie',
      ),
      job(
        'Key Account Manager Foodservice',
        'Frostland Vegetables NV',
        '2010',
        '2016',
        true,
        '2010 – 2016',
        [
          'Groothandels en cateraars in België',
          'Tenders voor ziekenhuiskeukens samen met de groothandels',
          'Beursdeelname Horeca Expo',
        ],
        'Ardooie',
      ),
      job(
        'Productmanager diepvriesgroenten',
        'Frozen Fields NV',
        '2006',
        '2010',
        false,
        '2006 – 2010',
        ['Assortiment, verpakking en lanceringen', 'Marktanalyses met GfK- en Nielsen-cijfers'],
        'Staden',
      ),
      job(
        'Category analist',
        'Supermarkten Delvaux NV',
        '2004',
        '2006',
        false,
        '2004 – 2006',
        ['Rapportering van verkoopcijfers per categorie'],
        'Brussel',
      ),
    ],
    education: [
      edu('master', 'Master Handelsingenieur, KU Leuven, 1999 – 2004', {
        field: 'Handelsingenieur',
        institution: 'KU Leuven',
        startYear: 1999,
        endYear: 2004,
      }),
      edu('secondary', 'ASO Economie-Wiskunde, Sint-Jozefscollege, Tielt, 1993 – 1999', {
        field: 'Economie-Wiskunde',
        institution: 'Sint-Jozefscollege',
        startYear: 1993,
        endYear: 1999,
      }),
    ],
    courses: [
      named('Negotiation masterclass', 'Negotiation masterclass – Vlerick Business School (2019)'),
      named('Category management', 'Category management – ECR Belgilux (2012)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'C1', 'Frans – vloeiend'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Onderhandelen', 'Analytisch', 'Coachen', 'Stressbestendig'],
    clientBase: { activeAccounts: 5, annualRevenueEur: 24_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'nl-h16-26-proza-mediaadviseur-vakbladen-bouw-pauze',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Duizend Zesentwintig',
    email: 'duizendzesentwintig@example.org',
    phone: '030-6378214',
    contactLines: ['Houten'],
    headings: {
      profile: 'Kort',
      work: 'Mijn loopbaan',
      education: 'Opleiding',
      skills: 'Wat mij typeert',
      languages: 'Talen',
    },
    profile: ['Oud-journalist die nu advertentieruimte in vakbladen verkoopt.'],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('mediaadviseur', 'Vakmedia Utrecht', '2023', null, true, 'Sinds het najaar van 2023'),
        lines: [
          'Sinds het najaar van 2023 werk ik als mediaadviseur bij Vakmedia Utrecht, uitgever van vakbladen voor ' +
            'de bouw en de installatietechniek. Ik beheer 130 adverteerders – fabrikanten en groothandels uit heel ' +
            'Nederland en Vlaanderen – die samen zo’n € 850.000 per jaar bij ons besteden aan print, online en ' +
            'events. Mijn contactpersonen zijn marketingmanagers. Ons grootste blad heeft een oplage van 12.000; ' +
            'mijn target voor 2026 is € 900.000.',
          'Tussen januari en september 2023 nam ik bewust een pauze: ik liep het Pieterpad en verbouwde ons huis.',
        ],
      },
      {
        ...job('accountmanager', 'Regio Uitgevers Gooi & Vecht', '2018', '2022', true, 'van 2018 tot eind 2022'),
        lines: [
          'Daarvoor was ik van 2018 tot eind 2022 accountmanager bij Regio Uitgevers Gooi & Vecht, waar ik ' +
            'advertenties verkocht in vier huis-aan-huisbladen aan winkeliers en makelaars in de regio.',
        ],
      },
      {
        ...job('redacteur', 'Bouwkrant Nederland', '2012', '2015', false, '2012 – 2015'),
        lines: ['Mijn loopbaan begon ik als redacteur bij Bouwkrant Nederland (2012 – 2015).'],
      },
      {
        ...job('eindredacteur', 'Bouwkrant Nederland', '2015', '2018', false, '2015 – 2018'),
        lines: ['Daarna was ik er eindredacteur (2015 – 2018), tot ik de overstap naar de verkoop maakte.'],
      },
    ],
    education: [
      edu('hbo', 'Journalistiek (hbo), Hogeschool Utrecht, 2007 – 2011', {
        field: 'Journalistiek',
        institution: 'Hogeschool Utrecht',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('vwo', 'VWO, Oosterlicht College, Nieuwegein, 2001 – 2007', {
        institution: 'Oosterlicht College',
        startYear: 2001,
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'C1', 'Engels'), lang('de', 'B1', 'Duits')],
    languagesText: ['Nederlands (moedertaal), Engels vloeiend, Duits redelijk.'],
    skills: ['Nieuwsgierig en overtuigend', 'Ik houd van plannen: mijn week staat op maandag'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 850_000, segment: 'international' },
    competencies: ['organisation', 'persuasiveness'],
  },
];

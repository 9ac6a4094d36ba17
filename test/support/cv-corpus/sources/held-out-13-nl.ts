import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirteenth held-out set's Dutch CVs: twenty-six CVs from the Netherlands and Flanders, written without
 * reading the reader, most of them in the layouts a simple reader gets wrong: Europass CVs old and new (one
 * with the editor left in English), LinkedIn PDF exports in Dutch and English and a LinkedIn profile pasted as
 * text, careers in prose, functional CVs, work tables in unusual column orders, CVs mixing Dutch with English
 * or French, a 35-year career in employer-first lines. About a third are plain.
 */
export const HELD_OUT_13_NL: CvSource[] = [
  {
    id: 'nl-h13-01-europass-key-account-snacks-ketens',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenhonderd Een',
    email: 'kandidaat701@example.com',
    phone: '(+31) 6 4185 2290',
    contactLines: [
      'Adres: Mierloseweg 18, 5707 AN Helmond (Nederland)',
      'Nationaliteit: Nederlandse',
      'Geboortedatum: 12/04/1990',
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
      'Key account manager voor zoutjes en noten. Ik beheer vier supermarktketens in Nederland en twee in België ' +
        '(samen ruim 2.100 winkels), goed voor € 23 mln netto-omzet in 2025. De jaarafspraken maak ik met de ' +
        'categorie-inkopers, die over listing en promoties beslissen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'KEY ACCOUNT MANAGER RETAIL',
          'Crispa Snacks Benelux B.V.',
          '2022-03',
          null,
          true,
          '[ 03/2022 – Huidig ]',
        ),
        lines: [
          '[ 03/2022 – Huidig ]',
          'KEY ACCOUNT MANAGER RETAIL',
          'Crispa Snacks Benelux B.V. – Eindhoven, Nederland',
          'Vier Nederlandse en twee Belgische supermarktketens: jaarafspraken, promotiekalender en schapplannen. ' +
            'Netto-omzet 2025: € 23 mln.',
        ],
      },
      {
        ...job(
          'CATEGORY ANALYST',
          'Crispa Snacks Benelux B.V.',
          '2019-09',
          '2022-02',
          false,
          '[ 01/09/2019 – 28/02/2022 ]',
        ),
        lines: [
          '[ 01/09/2019 – 28/02/2022 ]',
          'CATEGORY ANALYST',
          'Crispa Snacks Benelux B.V. – Eindhoven, Nederland',
          'Nielsen-analyses, schapvoorstellen en evaluaties van promoties voor het salesteam.',
        ],
      },
      {
        ...job(
          'ACCOUNTMANAGER FOODSERVICE',
          'Groothandel De Peel B.V.',
          '2015-06',
          '2019-08',
          true,
          '[ 15/06/2015 – 31/08/2019 ]',
        ),
        lines: [
          '[ 15/06/2015 – 31/08/2019 ]',
          'ACCOUNTMANAGER FOODSERVICE',
          'Groothandel De Peel B.V. – Helmond, Nederland',
          'Cateraars, bedrijfsrestaurants en sportkantines in Zuidoost-Brabant.',
        ],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'VRIJWILLIGERSWERK' },
      { kind: 'paragraph', text: '[ 2018 – Huidig ]\nPenningmeester\nMixed Hockeyclub Helmond' },
    ],
    education: [
      edu('master', 'Master Marketing Management\nTilburg University [ 2013 – 2014 ]\nEQF-niveau 7', {
        field: 'Marketing Management',
        institution: 'Tilburg University',
        startYear: 2013,
        endYear: 2014,
      }),
      edu('bachelor', 'Bachelor Bedrijfseconomie\nTilburg University [ 2010 – 2013 ]\nEQF-niveau 6', {
        field: 'Bedrijfseconomie',
        institution: 'Tilburg University',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [named('Category Management Foundation', 'Category Management Foundation – ECR Nederland [ 2020 ]')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'NEDERLANDS'),
      lang('en', 'C1', 'ENGELS'),
      lang('de', 'B1', 'DUITS'),
      lang('fr', 'A1', 'FRANS'),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal/-talen: NEDERLANDS' },
      { kind: 'paragraph', text: 'Andere talen:' },
      {
        kind: 'table',
        header: ['', 'Luisteren', 'Lezen', 'Gesproken productie', 'Gesproken interactie', 'Schrijven'],
        rows: [
          ['ENGELS', 'C1', 'C2', 'C1', 'C1', 'B2'],
          ['DUITS', 'B2', 'B2', 'B1', 'B1', 'B1'],
          ['FRANS', 'A2', 'A2', 'A1', 'A1', 'A1'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Niveaus: A1 en A2: basisgebruiker; B1 en B2: onafhankelijke gebruiker; C1 en C2: vaardige gebruiker',
      },
    ],
    skills: ['Onderhandelen met categorie-inkopers', 'Analytisch sterk (Nielsen, GfK, Excel)', 'Teamspeler'],
    closing: [
      { kind: 'heading', text: 'RIJBEWIJS' },
      { kind: 'paragraph', text: 'Rijbewijs: B' },
    ],
    clientBase: { activeAccounts: 6, annualRevenueEur: 23_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'nl-h13-02-linkedin-pdf-engels-relatiebeheerder-kmo-gent',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Zevenhonderd Twee',
    email: 'zevenhonderdtwee@example.net',
    phone: '+32 477 30 58 12',
    contactLines: ['linkedin.example.com/in/kandidaat-702 (LinkedIn)'],
    tagline:
      'Relatiebeheerder KMO bij Bank Scheldeland | Financiering en beleggen voor zaakvoerders\nGent, Vlaams Gewest, België',
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      skills: 'Top Skills',
      certifications: 'Certifications',
      languages: 'Languages',
    },
    profile: [
      'Als relatiebeheerder KMO begeleid ik 140 zaakvoerders uit Gent en het Meetjesland bij hun financiering, ' +
        'leasing en beleggingen. Het kredietvolume in mijn portefeuille bedraagt ongeveer € 95 mio. Voordien ' +
        'analyseerde ik kredietdossiers en verkocht ik verzekeringen aan particulieren.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Relatiebeheerder KMO',
          'Bank Scheldeland NV',
          '2021-01',
          null,
          true,
          'January 2021 - Present (5 years 11 months)',
        ),
        lines: [
          'Bank Scheldeland NV',
          '8 years 3 months',
          'Relatiebeheerder KMO',
          'January 2021 - Present (5 years 11 months)',
          'Gent, Vlaams Gewest, België',
          'Aanspreekpunt voor 140 KMO-klanten: kredieten, leasing, betalingsverkeer en de beleggingen van de ' +
            'zaakvoerders.',
        ],
      },
      {
        ...job(
          'Kredietanalist KMO',
          'Bank Scheldeland NV',
          '2018-09',
          '2020-12',
          false,
          'September 2018 - December 2020 (2 years 4 months)',
        ),
        lines: [
          'Kredietanalist KMO',
          'September 2018 - December 2020 (2 years 4 months)',
          'Gent, Vlaams Gewest, België',
          'Analyse van kredietaanvragen tot € 2,5 mio.',
        ],
      },
      {
        ...job(
          'Adviseur Particulieren',
          'Verzekeringskantoor Vandamme',
          '2015-07',
          '2018-08',
          true,
          'July 2015 - August 2018 (3 years 2 months)',
        ),
        lines: [
          'Verzekeringskantoor Vandamme',
          'Adviseur Particulieren',
          'July 2015 - August 2018 (3 years 2 months)',
          'Eeklo, Vlaams Gewest, België',
          'Verkoop en advies van auto-, woning- en familiale verzekeringen.',
        ],
      },
    ],
    education: [
      edu('master', 'Universiteit Gent\nMaster of Science, Handelswetenschappen · (2010 - 2015)', {
        field: 'Handelswetenschappen',
        institution: 'Universiteit Gent',
        startYear: 2010,
        endYear: 2015,
      }),
      edu('secondary', 'Sint-Vincentiuscollege Eeklo\nSecundair onderwijs, Economie-Wiskunde · (2004 - 2010)', {
        field: 'Economie-Wiskunde',
        institution: 'Sint-Vincentiuscollege Eeklo',
        startYear: 2004,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [named('Certificaat Beleggingsadvies', 'Certificaat Beleggingsadvies – Febelfin Academy')],
    languages: [
      lang('nl', 'native', 'Nederlands (Native or Bilingual)'),
      lang('fr', 'B2', 'Frans (Professional Working)'),
      lang('en', 'C1', 'Engels (Full Professional)'),
    ],
    skills: ['Kredietanalyse', 'Relatiebeheer', 'Financieel inzicht'],
    closing: [{ kind: 'paragraph', text: 'Page 1 of 2' }],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'nl-h13-03-linkedin-tekst-business-developer-fleet-saas',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenhonderd Drie',
    email: 'zevenhonderd.drie@example.org',
    phone: '+31 6 2750 8843',
    contactLines: ['Amsterdam, Noord-Holland, Nederland', 'linkedin.example.com/in/kandidaat703'],
    tagline: 'Senior Business Developer bij Fleetlytics | Wagenparkbeheer als SaaS | Benelux',
    headings: {
      profile: 'Info',
      work: 'Ervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      certifications: 'Licenties en certificaten',
      languages: 'Talen',
    },
    profile: [
      'Ik help transporteurs, leasemaatschappijen en groothandels hun wagenpark slimmer te beheren. Mijn ' +
        'portefeuille: 38 klanten in Nederland, België en Luxemburg met samen 21.000 voertuigen op ons platform, ' +
        'goed voor € 2,6 mln ARR. Ik praat vooral met fleetmanagers, maar de handtekening komt van de CFO of de ' +
        'operationeel directeur, en met hen onderhandel ik over meerjarencontracten. Mijn quotum voor nieuwe ' +
        'business in 2026: € 900k ARR.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Senior Business Developer', 'Fleetlytics', '2024-01', null, true, 'jan 2024 - heden · 2 jr 11 mnd'),
        lines: [
          'Fleetlytics',
          '4 jr 8 mnd',
          'Senior Business Developer',
          'Fulltime',
          'jan 2024 - heden · 2 jr 11 mnd',
          'Amsterdam, Noord-Holland, Nederland · Hybride',
          'Portefeuille van 38 klanten in de Benelux, verlengingen en uitbreidingen.',
        ],
      },
      {
        ...job('Business Developer', 'Fleetlytics', '2022-04', '2023-12', true, 'apr 2022 - dec 2023 · 1 jr 9 mnd'),
        lines: [
          'Business Developer',
          'apr 2022 - dec 2023 · 1 jr 9 mnd',
          'Amsterdam, Noord-Holland, Nederland',
          'Nieuwe klanten in de Nederlandse transportsector; 19 nieuwe logo’s in 2023.',
        ],
      },
      {
        ...job(
          'Inside Sales Representative',
          'Parkeerwijzer B.V.',
          '2018-09',
          '2021-07',
          true,
          'sep 2018 - jul 2021 · 2 jr 11 mnd',
        ),
        lines: [
          'Loopbaanonderbreking',
          'Reizen',
          'aug 2021 - mrt 2022 · 8 mnd',
          'Acht maanden door Zuidoost-Azië en Australië.',
          'Parkeerwijzer B.V.',
          '4 jr 6 mnd',
          'Inside Sales Representative',
          'Fulltime',
          'sep 2018 - jul 2021 · 2 jr 11 mnd',
          'Utrecht, Nederland',
          'Telefonische verkoop van parkeerabonnementen aan bedrijven; 130 % van target in 2020.',
        ],
      },
      {
        ...job(
          'Klantenservicemedewerker',
          'Parkeerwijzer B.V.',
          '2017-02',
          '2018-08',
          false,
          'feb 2017 - aug 2018 · 1 jr 7 mnd',
        ),
        lines: ['Klantenservicemedewerker', 'Parttime', 'feb 2017 - aug 2018 · 1 jr 7 mnd', 'Utrecht, Nederland'],
      },
    ],
    education: [
      edu('hbo', 'Hogeschool van Amsterdam\nBachelor, Commerciële Economie\n2012 - 2016', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool van Amsterdam',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [named('MEDDICC Foundations', 'MEDDICC Foundations\nSales Impact Academy · Verleend: jun 2024')],
    languages: [
      lang('nl', 'native', 'Nederlands\nMoedertaal of tweetalig'),
      lang('en', 'C1', 'Engels\nVolledige professionele vaardigheid'),
      lang('de', 'B1', 'Duits\nBeperkte praktische werkvaardigheid'),
    ],
    skills: ['Nieuwe klanten werven', 'Onderhandelen', 'Pipelinebeheer'],
    clientBase: { activeAccounts: 38, annualRevenueEur: 2_600_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h13-04-proza-verzekeringsmakelaar-westhoek-legerdienst',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenhonderd Vier',
    email: 'k704.makelaar@example.com',
    phone: '+32 57 20 41 86',
    contactLines: ['GSM 0476 31 22 90', 'Ieper', 'Geboren op 3 mei 1970'],
    headings: {
      profile: 'Wie ben ik',
      work: 'Mijn loopbaan',
      education: 'Opleiding',
      courses: 'Bijscholing',
      certifications: 'Erkenningen',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Verzekeringsmakelaar met meer dan dertig jaar ervaring, eerst in het schadebeheer en daarna in de ' +
        'verkoop. Vandaag volg ik zelf 210 KMO’s en zelfstandigen op in de Westhoek en de regio Kortrijk; hun ' +
        'premievolume bij mij bedraagt € 1,8 mio per jaar. Mijn twee medewerkers beheren de particuliere ' +
        'klanten, en het kantoor in zijn geheel vertegenwoordigt € 3,2 mio premie. Ik zit aan tafel met de ' +
        'zaakvoerders zelf.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'schadebeheerder',
          'Verzekeringen De Leie',
          '1991-09',
          '1997',
          false,
          'Van september 1991 tot eind 1997',
        ),
        lines: [
          'Na het graduaat en mijn legerdienst (1990–1991, bij de Zeemacht in Oostende) begon ik bij ' +
            'Verzekeringen De Leie in Kortrijk. Van september 1991 tot eind 1997 was ik daar schadebeheerder ' +
            'voor auto en brand.',
        ],
      },
      {
        ...job(
          'commercieel binnendienstmedewerker',
          'Makelaarskantoor Vanhoutte & Zonen',
          '1998-01',
          '2006',
          true,
          'Van januari 1998 tot de zomer van 2006',
        ),
        lines: [
          'Van januari 1998 tot de zomer van 2006 werkte ik als commercieel binnendienstmedewerker bij ' +
            'Makelaarskantoor Vanhoutte & Zonen in Roeselare: offertes, verlengingen en telefonische verkoop ' +
            'aan particulieren en zelfstandigen.',
        ],
      },
      {
        ...job(
          'accountmanager bedrijven',
          'Makelaarskantoor Vanhoutte & Zonen',
          '2006-07',
          '2015-03',
          true,
          'van juli 2006 tot maart 2015',
        ),
        lines: [
          'Daarna kreeg ik bij hetzelfde kantoor een eigen portefeuille bedrijfsklanten, als accountmanager ' +
            'bedrijven, van juli 2006 tot maart 2015.',
        ],
      },
      {
        ...job(
          'zelfstandig verzekeringsmakelaar',
          'Makelaardij Westhoek BV',
          '2015',
          null,
          true,
          'Sinds het voorjaar van 2015',
        ),
        lines: [
          'Sinds het voorjaar van 2015 ben ik zelfstandig verzekeringsmakelaar, met een eigen kantoor in Ieper: ' +
            'Makelaardij Westhoek BV, met twee medewerkers.',
        ],
      },
    ],
    education: [
      edu('short-cycle tertiary', 'Graduaat Verzekeringen, Hogeschool West-Vlaanderen, Kortrijk, 1988 – 1990', {
        field: 'Verzekeringen',
        institution: 'Hogeschool West-Vlaanderen',
        startYear: 1988,
        endYear: 1990,
      }),
      edu('secondary', 'ASO Economie-Wiskunde, Sint-Amandscollege, Kortrijk, 1982 – 1988', {
        field: 'Economie-Wiskunde',
        institution: 'Sint-Amandscollege',
        startYear: 1982,
        endYear: 1988,
      }),
    ],
    courses: [
      named('Permanente vorming verzekeringen', 'Permanente vorming verzekeringen – Feprabel (jaarlijks)'),
      named('Cyberverzekeringen voor KMO’s', 'Cyberverzekeringen voor KMO’s (2023)'),
    ],
    certifications: [
      named('FSMA-inschrijving als verzekeringsmakelaar', 'FSMA-inschrijving als verzekeringsmakelaar (sinds 2015)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('fr', 'C1', 'Frans'),
      lang('en', 'B1', 'Engels'),
      lang('de', 'A2', 'Duits'),
    ],
    languagesText: [
      'Nederlands is mijn moedertaal. Frans spreek ik vloeiend, want veel klanten zitten in de streek van ' +
        'Moeskroen; Engels redelijk en Duits alleen op basisniveau.',
    ],
    skills: ['Klantgericht', 'Ondernemend', 'Netwerken via de lokale middenstand en de voetbalclub'],
    clientBase: { activeAccounts: 210, annualRevenueEur: 1_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'entrepreneurship', 'relationship_building'],
  },
  {
    id: 'nl-h13-05-functioneel-vertegenwoordiger-akkerbouw-polder',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zevenhonderd Vijf',
    email: 'zevenhonderdvijf@example.com',
    phone: '0527 - 61 30 84',
    contactLines: ['Emmeloord', 'Rijbewijs B en T'],
    afterContact: [
      { kind: 'heading', text: 'Profiel' },
      {
        kind: 'paragraph',
        text:
          'Vertegenwoordiger akkerbouw met een eigen boerderijverleden: ik weet wat een teler wakker houdt. ' +
          'Hieronder eerst wat ik kan, mijn werkgevers staan onderaan.',
      },
      { kind: 'heading', text: 'Commercieel' },
      {
        kind: 'bullets',
        items: [
          'Eigen klantenkring van 85 akkerbouwers in de Noordoostpolder en Oostelijk Flevoland',
          'Omzet in pootgoed, zaaizaad en gewasbescherming bij mijn klanten: € 3,4 mln per jaar',
          'Contractteelt: 1.900 hectare pootaardappelen onder contract',
          'De teler beslist zelf; ik zit bij hem aan de keukentafel',
          'Polderzaad als geheel: € 60 mln omzet en 140 medewerkers',
        ],
      },
      { kind: 'heading', text: 'Teeltadvies' },
      {
        kind: 'bullets',
        items: ['Rassenkeuze, bemesting en gewasbescherming per perceel', 'Demodagen met zo’n 300 bezoekers per jaar'],
      },
      { kind: 'heading', text: 'Organisatie' },
      {
        kind: 'bullets',
        items: [
          'Plannen van proefvelden en leveringen in het drukke voorjaar',
          'Samenwerking met de binnendienst en de loonwerkers',
        ],
      },
    ],
    headings: {
      work: 'Loopbaan in het kort',
      education: 'Opleiding',
      skills: 'Eigenschappen',
      certifications: 'Certificaten',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Vertegenwoordiger Akkerbouw', 'Polderzaad B.V.', '2017', null, true, 'sinds 2017'),
        lines: ['Polderzaad B.V., Emmeloord — Vertegenwoordiger Akkerbouw — sinds 2017'],
      },
      {
        ...job('Mede-eigenaar akkerbouwbedrijf', 'Maatschap De Noorderhoeve', '2004', '2016', false, '2004–2016'),
        lines: ['Maatschap De Noorderhoeve, Marknesse — Mede-eigenaar akkerbouwbedrijf — 2004–2016'],
      },
      {
        ...job('Medewerker Proefvelden', 'Proefbedrijf Flevoland', '2000', '2004', false, '2000–2004'),
        lines: ['Proefbedrijf Flevoland, Lelystad — Medewerker Proefvelden — 2000–2004'],
      },
    ],
    education: [
      edu('hbo', 'HAS Hogeschool, Den Bosch – Plantenteelt (hbo), 1996 – 2000', {
        field: 'Plantenteelt',
        institution: 'HAS Hogeschool',
        startYear: 1996,
        endYear: 2000,
      }),
      edu('havo', 'HAVO, Emelwerda College, Emmeloord, 1991 – 1996', {
        institution: 'Emelwerda College',
        startYear: 1991,
        endYear: 1996,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Vakbekwaamheid Gewasbescherming – Adviseren',
        'Vakbekwaamheid Gewasbescherming – Adviseren (geldig tot 2028)',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Ondernemend', 'Vakkennis uit de praktijk', 'Geduldig'],
    closing: [
      { kind: 'paragraph', text: 'Certificaat Bodemadviseur: in opleiding, afronding verwacht in maart 2027.' },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 3_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'organisation', 'sales', 'teamwork'],
  },
  {
    id: 'nl-h13-06-tabel-functie-eerst-inside-sales-telecom-antwerpen',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenhonderd Zes',
    email: 'zevenhonderdzes@example.org',
    phone: '+32 486 27 41 09',
    contactLines: ['Deurne (Antwerpen)'],
    headings: {
      profile: 'Over mij',
      work: 'Ervaring',
      education: 'Studies',
      skills: 'Troeven',
      languages: 'Talen',
      workTable: ['Functie', 'Bedrijf', 'Periode'],
    },
    workTableOrder: ['title', 'employer', 'period'],
    profile: [
      'Inside sales bij een telecomoperator. Ik verkoop internet, mobiele en vaste telefonie aan kleine ' +
        'bedrijven in de provincie Antwerpen en beheer een portefeuille van 520 KMO-klanten, meestal zelfstandigen ' +
        'en kleine zaken; ik spreek rechtstreeks met de zaakvoerder. Ons team van 12 haalde in 2025 € 4,8 mio ' +
        'nieuwe contractwaarde binnen.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Inside Sales Medewerker KMO', 'Connecto Business NV', '2023-09', null, true, '09/2023 – heden', [
        'Portefeuille van 520 KMO-klanten: upgrades, verlengingen en nieuwe lijnen',
        'Gemiddeld 115 % van het maandquotum',
      ]),
      job('Klantendienstmedewerker', 'Connecto NV', '2021-02', '2023-08', false, '02/2021 – 08/2023', [
        'Vragen over facturen, storingen en verhuizingen van particuliere klanten',
      ]),
      job('Verkoper', 'Elektro Wijnegem', '2017', '2019', true, 'zomers 2017 – 2019', [
        'Studentenjob in juli en augustus: tv’s en huishoudtoestellen',
      ]),
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Bedrijfsmanagement – Marketing, Karel de Grote Hogeschool, 2017 – 2020', {
        field: 'Bedrijfsmanagement',
        institution: 'Karel de Grote Hogeschool',
        startYear: 2017,
        endYear: 2020,
      }),
      edu('secondary', 'ASO Economie-Moderne Talen, Sint-Ludgardisschool, Antwerpen, 2011 – 2017', {
        field: 'Economie-Moderne Talen',
        institution: 'Sint-Ludgardisschool',
        startYear: 2011,
        endYear: 2017,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('en', 'B2', 'Engels'),
      lang('fr', 'B1', 'Frans'),
      lang('es', 'A2', 'Spaans'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Niveau'],
        rows: [
          ['Nederlands', 'moedertaal'],
          ['Engels', 'goed (B2)'],
          ['Frans', 'redelijk'],
          ['Spaans', 'basis'],
        ],
      },
    ],
    skills: ['Overtuigend aan de telefoon', 'Stressbestendig', 'Klantgericht'],
    clientBase: { activeAccounts: 520, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'persuasiveness', 'stress_resistance'],
  },
  {
    id: 'nl-h13-07-tweetalig-nl-en-key-account-cardiologie',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Zevenhonderd Zeven',
    email: 'k.zevenhonderdzeven@example.net',
    phone: '+31 6 2914 7730',
    contactLines: ['Eindhoven, NL'],
    tagline: 'Key Account Manager Cardiology | Benelux',
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Work experience / Werkervaring',
      education: 'Education',
      courses: 'Trainingen',
      certifications: 'Certifications',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Key account manager with a clinical background. Ik ben verantwoordelijk voor 17 ziekenhuizen in Nederland ' +
        'en Vlaanderen, met een omzet van € 7,8 mln in 2025. I work with the heads of cardiology and with the ' +
        'purchasing managers who award the tenders. Cardiovia as a group reports US$ 1,2 bn in sales.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager Benelux',
        'Cardiovia Medical B.V.',
        '2021-10',
        null,
        true,
        'Oct 2021 – present',
        [
          'Responsible for 17 hospitals in the Netherlands and Flanders (cardiology and cardiac surgery)',
          'Tenders, prijsonderhandelingen en jaarafspraken met de inkoopafdelingen',
          'Annual sales 2025: € 7,8 mln',
        ],
        'Eindhoven',
      ),
      job(
        'Clinical Specialist',
        'Cardiovia Medical B.V.',
        '2018-01',
        '2021-09',
        false,
        'jan. 2018 – sep. 2021',
        ['Ondersteuning tijdens implantaties van pacemakers en ICD’s', 'Training of cath lab staff in 23 hospitals'],
        'Eindhoven',
      ),
      job(
        'Hartfunctielaborant',
        'Ziekenhuis De Kempen',
        '2012-08',
        '2017-12',
        false,
        'aug. 2012 – dec. 2017',
        ['Hartkatheterisatiekamer en pacemakerpoli'],
        'Veldhoven',
      ),
    ],
    education: [
      edu(
        'hbo',
        'HBO Medisch Beeldvormende en Radiotherapeutische Technieken (bachelor), Fontys Hogescholen, 2008 – 2012',
        {
          field: 'Medisch Beeldvormende en Radiotherapeutische Technieken',
          institution: 'Fontys Hogescholen',
          startYear: 2008,
          endYear: 2012,
        },
      ),
      edu('vwo', 'VWO, Van Maerlantlyceum, Eindhoven, 2002 – 2008', {
        institution: 'Van Maerlantlyceum',
        startYear: 2002,
        endYear: 2008,
      }),
    ],
    courses: [named('Strategic Account Management', 'Strategic Account Management – Miller Heiman (2022)')],
    certifications: [
      named(
        'IBHRE Certified Cardiac Device Specialist (CCDS)',
        'IBHRE Certified Cardiac Device Specialist (CCDS), 2016',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Dutch – native'),
      lang('en', 'C1', 'English – fluent (C1)'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Negotiation', 'Analytisch', 'Stakeholder management', 'Clinical know-how'],
    closing: [{ kind: 'paragraph', text: 'ACLS Provider (ERC): expired in 2020, not renewed.' }],
    clientBase: { activeAccounts: 17, annualRevenueEur: 7_800_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'nl-h13-08-35-jaar-vertegenwoordiger-bouw-werkgever-eerst',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenhonderd Acht',
    email: 'zevenhonderdacht@example.com',
    phone: '038 - 421 55 90',
    contactLines: ['Zwolle', 'Geboren: 1970'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Eigenschappen',
    },
    profile: [
      'Ruim 35 jaar in de bouw, de laatste 18 als vertegenwoordiger. Ik bezoek een vaste kring van zo’n 140 ' +
        'aannemers, timmerfabrieken en dakdekkers in Overijssel en de Noordoostpolder; in 2025 namen zij voor ' +
        '€ 5,9 mln bij ons af. Ik doe zaken met de eigenaren zelf. Bouwcentrum IJsselland heeft 9 vestigingen en ' +
        'zet € 85 mln om.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Vertegenwoordiger buitendienst', 'Bouwcentrum IJsselland B.V.', '2008', null, true, '2008 – heden'),
        lines: ['Bouwcentrum IJsselland B.V., Zwolle — Vertegenwoordiger buitendienst (2008 – heden)'],
        bullets: [
          'Vaste kring van zo’n 140 aannemers, timmerfabrieken en dakdekkers',
          'Omzet bij mijn klanten in 2025: € 5,9 mln',
          'Projectaanvragen samen met de calculatie, van offerte tot levering op de bouwplaats',
        ],
      },
      {
        ...job('Verkoper binnendienst', 'Houthandel Wijhe', '2001', '2008', true, '2001 – 2008'),
        lines: ['Houthandel Wijhe, Wijhe — Verkoper binnendienst (2001 – 2008)'],
        bullets: ['Telefonische orders, offertes en de balie voor vakmensen'],
      },
      {
        ...job('Magazijnchef', 'Houthandel Wijhe', '1997', '2001', false, '1997 – 2001'),
        lines: ['Houthandel Wijhe, Wijhe — Magazijnchef (1997 – 2001)'],
      },
      {
        ...job('Timmerman', 'Timmerbedrijf Kampen', '1991', '1997', false, '1991 – 1997'),
        lines: ['Timmerbedrijf Kampen, Kampen — Timmerman (1991 – 1997)'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Militaire dienst — dienstplichtig soldaat, Koninklijke Landmacht, Ermelo (1989 – 1990)',
      },
    ],
    education: [
      edu('mbo 4', 'MTS Bouwkunde, Zwolle, 1986 – 1989', { field: 'Bouwkunde', startYear: 1986, endYear: 1989 }),
      edu('lower secondary', 'LTS Timmeren, Kampen, 1982 – 1986', {
        field: 'Timmeren',
        startYear: 1982,
        endYear: 1986,
      }),
    ],
    courses: [
      named('Verkooptechnieken voor de binnendienst', 'Verkooptechnieken voor de binnendienst (2001)'),
      named('Houtkennis', 'Houtkennis – Centrum Hout (2003)'),
      named('Dakisolatie en ventilatie', 'Dakisolatie en ventilatie (2018)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('de', 'B1', 'Duits: redelijk'),
      lang('en', 'A2', 'Engels: basis'),
    ],
    skills: ['Relatiebeheer', 'Vakkennis', 'Betrouwbaar'],
    closing: [{ kind: 'paragraph', text: 'VCA Basis behaald in 2005, niet verlengd.' }],
    clientBase: { activeAccounts: 140, annualRevenueEur: 5_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'nl-h13-09-oude-europass-business-developer-haven-antwerpen',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenhonderd Negen',
    nameLine: 'Europass Curriculum Vitae',
    email: 'zevenhonderdnegen@example.net',
    phone: '+32 474 61 38 05',
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Persoonlijke informatie', ''],
          ['Naam', 'Kandidaat Zevenhonderd Negen'],
          ['Adres', 'Kapelsestraat 88, 2950 Kapellen (België)'],
          ['Telefoon', '+32 3 555 18 27'],
          ['Nationaliteit', 'Belgische'],
          ['Geboortedatum', '07/11/1987'],
          ['Gewenste functie', 'Business developer / accountmanager transport en logistiek'],
        ],
      },
    ],
    headings: {
      profile: 'Samenvatting',
      work: 'Werkervaring',
      education: 'Onderwijs en opleiding',
      certifications: 'Attesten',
      skills: 'Sociale en organisatorische vaardigheden',
      languages: 'Persoonlijke vaardigheden – Talen',
    },
    jobLabels: {
      period: 'Datum',
      title: 'Beroep of functie',
      employer: 'Naam en adres van de werkgever',
      duties: 'Belangrijkste activiteiten en verantwoordelijkheden',
    },
    profile: [
      'Business developer bij een transportbedrijf met 60 trucks in de Antwerpse haven. Ik beheer 22 verladers ' +
        'in België en Noord-Frankrijk (chemie, voeding, bouwmaterialen), samen goed voor € 4,4 mio vrachtomzet ' +
        'per jaar. Mijn contactpersonen zijn de logistiek managers en planners van die bedrijven. Het bedrijf ' +
        'zet in totaal € 19 mio om.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Business Developer',
        'Transport Scheldeland NV',
        '2019-10',
        null,
        true,
        'oktober 2019 – heden',
        [
          'Beheer en uitbreiding van 22 verladers in België en Noord-Frankrijk',
          'Tariefonderhandelingen, jaarcontracten en kwartaalreviews',
          'Soort onderneming of sector: wegtransport en opslag',
        ],
        'Haven 182, 2030 Antwerpen',
      ),
      job(
        'Planner',
        'Transport Scheldeland NV',
        '2014',
        '2019-09',
        false,
        '2014 – september 2019',
        ['Dagelijkse planning van 60 trucks, contact met chauffeurs en klanten'],
        'Haven 182, 2030 Antwerpen',
      ),
      job(
        'Douanedeclarant',
        'Expeditie Waaslandhaven BV',
        '2010-03',
        '2013-12',
        false,
        'maart 2010 – december 2013',
        ['Invoer- en uitvoeraangiftes', 'Soort onderneming of sector: douane-expeditie'],
        'Beveren',
      ),
    ],
    education: [
      edu(
        'bachelor',
        'Datum: 2006 – 2009\nKwalificatie: Professionele bachelor Bedrijfsmanagement, afstudeerrichting Logistiek\n' +
          'Onderwijsinstelling: Thomas More, Mechelen\nNiveau in nationale of internationale classificatie: ISCED 5A',
        { field: 'Bedrijfsmanagement', institution: 'Thomas More', startYear: 2006, endYear: 2009 },
      ),
      edu(
        'secondary',
        'Datum: 2000 – 2006\nKwalificatie: Diploma secundair onderwijs, TSO Handel\n' +
          'Onderwijsinstelling: Sint-Jozefsinstituut, Kapellen',
        { field: 'Handel', institution: 'Sint-Jozefsinstituut', startYear: 2000, endYear: 2006 },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'Attest vakbekwaamheid goederenvervoer over de weg',
        'Attest vakbekwaamheid goederenvervoer over de weg (2016)',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('fr', 'B2', 'Frans'),
      lang('en', 'B2', 'Engels'),
      lang('de', 'A2', 'Duits'),
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
          'Spreken – Productie',
          'Spreken – Interactie',
          'Schrijven',
        ],
        rows: [
          [
            'Frans',
            'C1 Vaardig gebruiker',
            'C1 Vaardig gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
          ],
          [
            'Engels',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B1 Onafhankelijk gebruiker',
            'B1 Onafhankelijk gebruiker',
          ],
          [
            'Duits',
            'A2 Basisgebruiker',
            'A2 Basisgebruiker',
            'A1 Basisgebruiker',
            'A1 Basisgebruiker',
            'A2 Basisgebruiker',
          ],
        ],
      },
      { kind: 'paragraph', text: '(*) Gemeenschappelijk Europees Referentiekader voor Talen' },
    ],
    skills: [
      'Communicatief en stressbestendig, gewend aan de drukte van de haven',
      'Organisatorische vaardigheden: jarenlang plannen van 60 trucks per dag',
    ],
    closing: [
      { kind: 'heading', text: 'Rijbewijs' },
      { kind: 'paragraph', text: 'B, C' },
    ],
    clientBase: { activeAccounts: 22, annualRevenueEur: 4_400_000, segment: 'international' },
    competencies: ['communication', 'organisation', 'stress_resistance'],
  },
  {
    id: 'nl-h13-10-linkedin-pdf-key-account-zelfzorg-drogisterijketens',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'table',
    name: 'Kandidaat Zevenhonderd Tien',
    email: 'zevenhonderdtien@example.org',
    phone: '06 3318 2047',
    contactLines: ['linkedin.example.com/in/kandidaat-zevenhonderdtien (LinkedIn)'],
    tagline:
      'Key Account Manager bij Nordhälsa Consumer Health | Zelfzorg, drogisterij en apotheek\n' +
      'Hoofddorp, Noord-Holland, Nederland',
    headings: {
      contact: 'Contactgegevens',
      profile: 'Samenvatting',
      work: 'Ervaring',
      education: 'Opleiding',
      skills: 'Belangrijkste vaardigheden',
      certifications: 'Certificeringen',
      languages: 'Talen',
    },
    profile: [
      'Key account manager zelfzorg bij Nordhälsa Consumer Health, de Benelux-tak van een Zweeds concern ' +
        '(groepsomzet SEK 9 mrd). Ik ben verantwoordelijk voor zeven landelijke drogisterij- en apotheekketens ' +
        'met samen ruim 1.900 filialen; netto-omzet 2025: € 31 mln. De jaargesprekken voer ik met de ' +
        'inkoopdirecteuren en category managers die over het assortiment beslissen. Daarvoor bezocht ik als ' +
        'accountmanager 60 zelfstandige apotheken.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager',
          'Nordhälsa Consumer Health Benelux',
          '2023-01',
          null,
          true,
          'januari 2023 - heden (3 jaar 11 maanden)',
        ),
        lines: [
          'Nordhälsa Consumer Health Benelux',
          '6 jaar 7 maanden',
          'Key Account Manager',
          'januari 2023 - heden (3 jaar 11 maanden)',
          'Hoofddorp, Noord-Holland, Nederland',
          'Zeven landelijke ketens: jaarafspraken, promotieplannen en assortimentsreviews.',
        ],
      },
      {
        ...job(
          'Accountmanager Onafhankelijke Apotheken',
          'Nordhälsa Consumer Health Benelux',
          '2020-05',
          '2022-12',
          true,
          'mei 2020 - december 2022 (2 jaar 8 maanden)',
        ),
        lines: [
          'Accountmanager Onafhankelijke Apotheken',
          'mei 2020 - december 2022 (2 jaar 8 maanden)',
          'Zuid-Holland, Nederland',
          'Bezoek aan 60 zelfstandige apotheken; introductie van de zelfzorglijn.',
        ],
      },
      {
        ...job(
          'Apothekersassistent',
          'Apotheek De Linde',
          '2014-08',
          '2020-04',
          false,
          'augustus 2014 - april 2020 (5 jaar 9 maanden)',
        ),
        lines: ['Apotheek De Linde', 'Apothekersassistent', 'augustus 2014 - april 2020 (5 jaar 9 maanden)', 'Leiden'],
      },
      {
        ...job(
          'Verkoopmedewerker',
          'Drogisterij Het Kruidenhuys',
          '2011-09',
          '2014-07',
          true,
          'september 2011 - juli 2014 (2 jaar 11 maanden)',
        ),
        lines: [
          'Drogisterij Het Kruidenhuys',
          'Verkoopmedewerker',
          'september 2011 - juli 2014 (2 jaar 11 maanden)',
          'Leiderdorp',
          'Bijbaan naast de opleiding.',
        ],
      },
    ],
    education: [
      edu('associate degree', 'Hogeschool Inholland\nAssociate degree, Commercieel Management · (2018 - 2020)', {
        field: 'Commercieel Management',
        institution: 'Hogeschool Inholland',
        startYear: 2018,
        endYear: 2020,
      }),
      edu('mbo 4', 'ROC Leiden\nMBO 4, Apothekersassistent · (2011 - 2014)', {
        field: 'Apothekersassistent',
        institution: 'ROC Leiden',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('Diploma Drogist', 'Diploma Drogist – SVDS')],
    languages: [
      lang('nl', 'native', 'Nederlands (Moedertaal of tweetalig)'),
      lang('en', 'B2', 'Engels (Professionele werkvaardigheid)'),
      lang('ar', 'B1', 'Arabisch (Beperkte praktische werkvaardigheid)'),
    ],
    skills: ['Key accountmanagement', 'Category management', 'Onderhandelen'],
    closing: [{ kind: 'paragraph', text: 'Pagina 1 van 2' }],
    clientBase: { activeAccounts: 7, annualRevenueEur: 31_000_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h13-11-tabel-werkgever-eerst-accountmanager-volmacht',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenhonderd Elf',
    email: 'zevenhonderdelf@example.com',
    phone: '038 - 460 93 17',
    contactLines: ['Zwolle'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Competenties',
      certifications: 'Wft-diploma’s',
      workTable: ['Werkgever', 'Functie', 'Periode'],
    },
    workTableOrder: ['employer', 'title', 'period'],
    profile: [
      'Accountmanager intermediair bij een volmachtbedrijf in Zwolle. Ik onderhoud de relatie met 48 ' +
        'assurantiekantoren in Overijssel, Drenthe en Gelderland; samen plaatsten zij in 2025 € 12,5 mln premie ' +
        'bij ons. Meestal spreek ik de directeur-eigenaar van het kantoor. Ons volmachtbedrijf beheert in totaal ' +
        '€ 140 mln premie.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager Intermediair', 'Volmacht Oost B.V.', '2020-01', null, true, '01.2020 – heden', [
        '48 assurantiekantoren in Overijssel, Drenthe en Gelderland',
        'Productintroducties, kantoorbezoeken en jaarafspraken over de productie',
      ]),
      job('Acceptant Zakelijk', 'Volmacht Oost B.V.', '2016', '2019-12', false, '2016 – 12.2019', [
        'Acceptatie van bedrijfsaansprakelijkheid en brand tot € 5 mln verzekerd bedrag',
      ]),
      job(
        'Binnendienstmedewerker Schade',
        'Assurantiekantoor Hattem',
        '2012-09',
        '2015-12',
        false,
        '09.2012 – 12.2015',
      ),
    ],
    education: [
      edu('hbo', 'HBO Financial Services Management, Hogeschool Windesheim, Zwolle, 2008 – 2012', {
        field: 'Financial Services Management',
        institution: 'Hogeschool Windesheim',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('havo', 'HAVO, Thomas a Kempis College, Zwolle, 2003 – 2008', {
        institution: 'Thomas a Kempis College',
        startYear: 2003,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Basis', 'Wft Basis (2012)'),
      named('Wft Schadeverzekeringen Zakelijk', 'Wft Schadeverzekeringen Zakelijk (2013, PE bijgehouden)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Relatiebeheer', 'Commercieel', 'Resultaatgericht', 'Kennis van polisvoorwaarden'],
    closing: [{ kind: 'paragraph', text: 'Vakbekwaamheid Volmacht (NVGA): examen gepland in het voorjaar van 2027.' }],
    clientBase: { activeAccounts: 48, annualRevenueEur: 12_500_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'sales'],
  },
  {
    id: 'nl-h13-12-proza-hotel-sales-manager-maastricht',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenhonderd Twaalf',
    email: 'zevenhonderdtwaalf@example.net',
    phone: '043 - 352 71 18',
    contactLines: ['Maastricht', '06 5190 2274'],
    headings: {
      profile: 'Over mij',
      work: 'Mijn loopbaan',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Sales manager van een hotel met congrescentrum in Maastricht. Ik ben verantwoordelijk voor zo’n 75 vaste ' +
        'zakelijke accounts (bedrijven, universiteiten en verenigingen) die bij ons overnachten, vergaderen en ' +
        'congressen houden. Samen waren zij in 2025 goed voor € 1,35 mln kamer- en zaalomzet. Het hotel als ' +
        'geheel zet € 11 mln om.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'front office medewerker',
          'Hotel Maasboulevard',
          '2016-04',
          '2019-10',
          false,
          'van april 2016 tot en met oktober 2019',
        ),
        lines: [
          'Na de hotelschool begon ik als front office medewerker bij Hotel Maasboulevard in Maastricht, waar ik ' +
            'van april 2016 tot en met oktober 2019 aan de receptie stond.',
        ],
      },
      {
        ...job(
          'Sales Executive',
          'Hotel Maasboulevard',
          '2019-11',
          '2022-12',
          true,
          'Van november 2019 tot en met december 2022',
        ),
        lines: [
          'Van november 2019 tot en met december 2022 was ik Sales Executive op de verkoopafdeling van hetzelfde ' +
            'hotel. Ik verkocht vergaderarrangementen en kamercontracten aan bedrijven; in het voorjaar van 2020 ' +
            'lag dat werk door corona maanden stil en hielp ik weer aan de receptie.',
        ],
      },
      {
        ...job('Sales Manager', 'Hotel & Congrescentrum Vrijthof Plaza', '2023-01', null, true, 'Sinds januari 2023'),
        lines: [
          'Sinds januari 2023 ben ik Sales Manager bij Hotel & Congrescentrum Vrijthof Plaza, eveneens in ' +
            'Maastricht (212 kamers, 14 zalen). Ik leid een team van drie en rapporteer aan de algemeen directeur.',
        ],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Van juni tot en met september 2024 was ik met zwangerschaps- en bevallingsverlof; sinds oktober 2024 ' +
          'werk ik 32 uur per week.',
      },
    ],
    education: [
      edu('hbo', 'HBO Hotel Management, Hotelschool Maastricht, 2012 – 2016', {
        field: 'Hotel Management',
        institution: 'Hotelschool Maastricht',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('havo', 'HAVO, Sint-Maartenscollege, Maastricht, 2007 – 2012', {
        institution: 'Sint-Maartenscollege',
        startYear: 2007,
        endYear: 2012,
      }),
    ],
    courses: [named('Revenue management', 'Revenue management – eCornell, online (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('en', 'C1', 'Engels'),
      lang('de', 'C1', 'Duits'),
      lang('fr', 'B1', 'Frans'),
    ],
    languagesText: [
      'Nederlands is mijn moedertaal. Engels en Duits spreek ik vloeiend, Frans op redelijk niveau – handig met ' +
        'gasten uit Luik.',
    ],
    skills: ['Gastvrij', 'Overtuigend', 'Organisatievermogen', 'Opera PMS, Salesforce'],
    clientBase: { activeAccounts: 75, annualRevenueEur: 1_350_000 },
    competencies: ['organisation', 'persuasiveness'],
  },
  {
    id: 'nl-h13-13-functioneel-coordinator-klantenservice-geen-portefeuille',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zevenhonderd Dertien',
    email: 'zevenhonderddertien@example.com',
    phone: '06-43 21 87 60',
    contactLines: ['Nieuwegein'],
    afterContact: [
      { kind: 'heading', text: 'Profiel' },
      {
        kind: 'paragraph',
        text:
          'Coördinator klantenservice bij een webwinkel in fietsen en e-bikes. Ik stuur een team van 16 ' +
          'medewerkers aan dat per dag zo’n 900 klantcontacten afhandelt. Ik zoek een volgende stap, bij voorkeur ' +
          'in operations of customer success.',
      },
      { kind: 'heading', text: 'Klantcontact' },
      {
        kind: 'bullets',
        items: [
          'Klanttevredenheid (NPS) in twee jaar van 31 naar 52',
          'Retourproces voor 40.000 fietsen per jaar opnieuw ingericht',
        ],
      },
      { kind: 'heading', text: 'Leidinggeven' },
      {
        kind: 'bullets',
        items: ['Coachen van nieuwe collega’s en twee teamleads', 'Opleidingsbudget van € 180.000 per jaar'],
      },
      { kind: 'heading', text: 'Operatie en planning' },
      {
        kind: 'bullets',
        items: [
          'Plannen van roosters voor 16 mensen, ook in de voorjaarspiek',
          'Samenwerking met het magazijn en de monteurs',
        ],
      },
    ],
    headings: {
      work: 'Werkgevers',
      education: 'Opleiding',
      skills: 'Competenties',
      certifications: 'Certificaten',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Coördinator Klantenservice', 'Fietsonline B.V.', '2021', null, false, 'sinds medio 2021'),
        lines: ['Fietsonline B.V., Utrecht – Coördinator Klantenservice – sinds medio 2021'],
      },
      {
        ...job('Medewerker Klantenservice', 'Fietsonline B.V.', '2018', '2021', false, '2018 t/m medio 2021'),
        lines: ['Fietsonline B.V., Utrecht – Medewerker Klantenservice – 2018 t/m medio 2021'],
      },
      {
        ...job('Medewerker Operations', 'Magazijn Noord Logistiek', '2016', '2018', false, '2016 – 2018'),
        lines: ['Magazijn Noord Logistiek, Nieuwegein – Medewerker Operations – 2016 – 2018'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Logistiek Teamleider, ROC Midden Nederland, Utrecht, 2013 – 2016', {
        field: 'Logistiek Teamleider',
        institution: 'ROC Midden Nederland',
        startYear: 2013,
        endYear: 2016,
      }),
      edu('vmbo', 'VMBO-TL, Cals College, Nieuwegein, 2009 – 2013', {
        institution: 'Cals College',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('Lean Six Sigma Yellow Belt', 'Lean Six Sigma Yellow Belt (2022)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Klantgericht', 'Stressbestendig', 'Coachend'],
    closing: [{ kind: 'paragraph', text: 'Lean Six Sigma Green Belt: in opleiding, examen in februari 2027.' }],
    clientBase: null,
    competencies: ['coaching', 'customer_focus', 'organisation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'nl-h13-14-tweetalig-nl-fr-vertegenwoordiger-horeca-brussel',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zevenhonderd Veertien',
    email: 'kandidaat.714@example.org',
    phone: '0486 52 19 73',
    contactLines: ['Jette (Brussel)'],
    headings: {
      profile: 'Profiel / Profil',
      work: 'Werkervaring / Expérience professionnelle',
      education: 'Opleiding / Formation',
      skills: 'Competenties / Compétences',
      languages: 'Talen / Langues',
    },
    profile: [
      'Tweetalige vertegenwoordiger (NL/FR) voor een Brusselse brouwerij en drankenverdeler. Je m’occupe de 120 ' +
        'établissements horeca à Bruxelles et dans le Brabant wallon; samen namen zij in 2025 voor € 2,1 mio af. ' +
        'Ik onderhandel rechtstreeks met de uitbaters, die zelf beslissen. La brasserie produit 180.000 hl par ' +
        'an pour un chiffre d’affaires de € 38 mio.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Délégué commercial horeca',
        'Brasseries Réunies de Bruxelles',
        '2020-01',
        null,
        true,
        'vanaf 15 januari 2020',
        [
          '120 cafés, restaurants en hotels in Brussel en Waals-Brabant',
          'Négociation des contrats de fourniture, du matériel de terrasse et des remises',
          'Opening van 18 nieuwe zaken in 2024',
        ],
        'Anderlecht',
      ),
      job(
        'Zaalverantwoordelijke',
        'Brasserie Le Sablon',
        '2014',
        '2019-08',
        false,
        'van 2014 tot eind augustus 2019',
        ['Ploeg van 9 kelners, reservaties en kassa'],
        'Brussel',
      ),
      job('Kelner', 'Café De Markt', '2010', '2013', false, '2010 – 2013', ['Studentenjob in het weekend'], 'Leuven'),
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Hotelmanagement, UC Leuven-Limburg, 2010 – 2013', {
        field: 'Hotelmanagement',
        institution: 'UC Leuven-Limburg',
        startYear: 2010,
        endYear: 2013,
      }),
      edu('secondary', 'ASO Humane Wetenschappen, Sint-Pieterscollege, Jette, 2004 – 2010', {
        field: 'Humane Wetenschappen',
        institution: 'Sint-Pieterscollege',
        startYear: 2004,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'native', 'Frans – moedertaal (tweetalig gezin)'),
      lang('en', 'B2', 'Engels – goed'),
      lang('es', 'A2', 'Spaans – basis'),
    ],
    skills: ['Commercieel en tweetalig', 'Netwerken in het Brusselse horecamilieu', 'Stressbestendig', 'Négociateur'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 2_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'sales', 'stress_resistance'],
  },
  {
    id: 'nl-h13-15-europass-engelse-labels-key-account-kassenbouw-vk',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenhonderd Vijftien',
    email: 'zevenhonderdvijftien@example.net',
    phone: '(+31) 6 1190 4472',
    contactLines: [
      'Date of birth: 22/02/1989',
      'Nationality: Dutch',
      'Address: Kasteelweg 40, 2671 AB Naaldwijk (Netherlands)',
    ],
    headings: {
      profile: 'ABOUT ME',
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      courses: 'CONFERENCES AND SEMINARS',
      skills: 'COMMUNICATION AND INTERPERSONAL SKILLS',
      languages: 'LANGUAGE SKILLS',
    },
    profile: [
      'Ik verkoop complete kassenprojecten en klimaatsystemen aan telers in het Verenigd Koninkrijk en Ierland. ' +
        'Ik beheer 11 grote teeltbedrijven (tomaten, aardbeien, sierteelt) met een jaaromzet van £ 3,4 mln (ca. ' +
        '€ 3,9 mln). Ik onderhandel met de eigenaren en de technisch directeuren die de investeringsbeslissing ' +
        'nemen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'KEY ACCOUNT MANAGER UK & IERLAND',
          'Serravent Kassenbouw B.V.',
          '2019-09',
          null,
          true,
          '[ 09/2019 – Current ]',
        ),
        lines: [
          '[ 09/2019 – Current ]',
          'KEY ACCOUNT MANAGER UK & IERLAND',
          'Serravent Kassenbouw B.V.',
          'City: Naaldwijk | Country: Netherlands',
          'Verkoop van kassen, klimaat- en belichtingssystemen aan 11 grote teeltbedrijven in het VK en Ierland. ' +
            'Jaaromzet £ 3,4 mln (ca. € 3,9 mln). Twee keer per maand bij klanten op bezoek.',
        ],
      },
      {
        ...job(
          'PROJECTLEIDER BUITENDIENST',
          'Serravent Kassenbouw B.V.',
          '2015',
          '2019-08',
          false,
          '[ 2015 – 08/2019 ]',
        ),
        lines: [
          '[ 2015 – 08/2019 ]',
          'PROJECTLEIDER BUITENDIENST',
          'Serravent Kassenbouw B.V.',
          'City: Naaldwijk | Country: Netherlands',
          'Bouw en oplevering van kassen in Engeland, Polen en Marokko; ploegen van 6 tot 20 monteurs.',
        ],
      },
      {
        ...job(
          'MEDEWERKER VERKOOP BINNENDIENST',
          'Tuinbouwtechniek Honselersdijk',
          '2012-06',
          '2014-12',
          true,
          '[ 01/06/2012 – 31/12/2014 ]',
        ),
        lines: [
          '[ 01/06/2012 – 31/12/2014 ]',
          'MEDEWERKER VERKOOP BINNENDIENST',
          'Tuinbouwtechniek Honselersdijk',
          'City: Honselersdijk | Country: Netherlands',
          'Offertes en telefonische verkoop van onderdelen aan telers in het Westland.',
        ],
      },
    ],
    education: [
      edu('hbo', 'HBO Tuinbouw & Agribusiness\nHogeschool Inholland, Delft [ 2008 – 2012 ]\nEQF level 6', {
        field: 'Tuinbouw & Agribusiness',
        institution: 'Hogeschool Inholland',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('havo', 'HAVO\nISW Gasthuislaan, ’s-Gravenzande [ 2003 – 2008 ]', {
        institution: 'ISW Gasthuislaan',
        startYear: 2003,
        endYear: 2008,
      }),
    ],
    courses: [named('Export naar het VK na de brexit', 'Export naar het VK na de brexit – webinarreeks RVO [ 2021 ]')],
    certifications: [],
    languages: [lang('nl', 'native', 'Dutch'), lang('en', 'C1', 'English'), lang('de', 'B1', 'German')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): Dutch' },
      { kind: 'paragraph', text: 'Other language(s):' },
      {
        kind: 'paragraph',
        text: 'English\nLISTENING C2 READING C1 WRITING C1\nSPOKEN PRODUCTION C1 SPOKEN INTERACTION C1',
      },
      {
        kind: 'paragraph',
        text: 'German\nLISTENING B2 READING B1 WRITING A2\nSPOKEN PRODUCTION B1 SPOKEN INTERACTION B1',
      },
      {
        kind: 'paragraph',
        text: 'Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user',
      },
    ],
    skills: [
      'Onderhandelen in het Engels met eigenaren van teeltbedrijven',
      'Technisch inzicht',
      'Plannen van projecten over de Noordzee heen',
    ],
    closing: [
      { kind: 'heading', text: 'DRIVING LICENCE' },
      { kind: 'paragraph', text: 'Driving Licence: B, BE' },
    ],
    clientBase: { activeAccounts: 11, annualRevenueEur: 3_900_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation'],
  },
  {
    id: 'nl-h13-16-tabel-kwartalen-export-manager-polen-zloty',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenhonderd Zestien',
    email: 'zevenhonderdzestien@example.com',
    phone: '0570 - 61 48 22',
    contactLines: ['Deventer', 'Mobiel: 06 1284 3391'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Periode', 'Functie', 'Werkgever'],
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Export manager voor industriële pompen, met ruim drie jaar ervaring ter plaatse in Polen (Poznań). Ik ' +
        'bedien 26 distributeurs en OEM-klanten in Polen, Tsjechië en Slowakije; hun afname was in 2025 PLN 14 ' +
        'mln en CZK 60 mln. Mijn target voor 2026 is € 5 mln. De eigenaren van de distributeurs beslissen zelf ' +
        'over hun voorraad en zitten bij mij aan tafel.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Export Manager Centraal-Europa', 'Pompentechniek Deventer B.V.', '2022', null, true, 'Q4 2022 – heden', [
        '26 distributeurs en OEM’s in Polen, Tsjechië en Slowakije',
        'Jaarlijkse prijsafspraken en gezamenlijke beurzen in Poznań en Brno',
      ]),
      job('Area Sales Manager Polen', 'Hydroflow Polska Sp. z o.o.', '2019', '2022', true, 'Q1 2019 – Q3 2022', [
        'Opbouw van een dealernetwerk in Groot-Polen en Silezië',
      ]),
      job(
        'Medewerker Orderverwerking Export',
        'Pompentechniek Deventer B.V.',
        '2016-02',
        '2018-12',
        false,
        'feb. 2016 – dec. 2018',
      ),
    ],
    education: [
      edu('hbo', 'HEAO Commerciële Economie, Saxion Hogeschool, Deventer, 2011 – 2015', {
        field: 'Commerciële Economie',
        institution: 'Saxion Hogeschool',
        startYear: 2011,
        endYear: 2015,
      }),
      edu('havo', 'HAVO, Etty Hillesum Lyceum, Deventer, 2006 – 2011', {
        institution: 'Etty Hillesum Lyceum',
        startYear: 2006,
        endYear: 2011,
      }),
    ],
    courses: [named('Pools voor zakenmensen', 'Pools voor zakenmensen – Uniwersytet im. Adama Mickiewicza (2019)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: vloeiend'),
      lang('de', 'C1', 'Duits: vloeiend'),
      lang('pl', 'B2', 'Pools: goed (B2)'),
      lang('cs', 'A2', 'Tsjechisch: basis'),
    ],
    skills: ['Onderhandelen', 'Ondernemend', 'Interculturele communicatie'],
    clientBase: { activeAccounts: 26, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation'],
  },
  {
    id: 'nl-h13-17-labels-dagdatums-key-account-verpakkingen-verlof',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenhonderd Zeventien',
    email: 'zevenhonderdzeventien@example.org',
    phone: '0318 - 64 22 71',
    contactLines: ['Ede', 'Geboren in Kleve (Duitsland), sinds 2009 in Nederland'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    jobLabels: { period: 'Tijdvak', title: 'Functie', employer: 'Organisatie', duties: 'Verantwoordelijkheden' },
    profile: [
      'Key account manager voor vouwkartonnen verpakkingen. Ik beheer 31 merkfabrikanten in de food en ' +
        'cosmetica in Nederland en Duitsland, met een omzet van € 9,2 mln in 2025. Ik onderhandel met de ' +
        'inkoopmanagers, die de leverancier kiezen. Daarnaast stuur ik drie binnendienstcollega’s aan en beheer ' +
        'ik een beursbudget van € 80.000.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Key Account Manager',
        'Kartonnage Gelderse Vallei B.V.',
        '2021-06',
        null,
        true,
        '1-6-2021 – nu',
        [
          '31 merkfabrikanten in food en cosmetica, Nederland en Duitsland',
          'Omzet 2025: € 9,2 mln',
          'Aansturing van drie binnendienstcollega’s',
        ],
        'Ede',
      ),
      job(
        'Accountmanager',
        'Verpakkingen Utrecht B.V.',
        '2017-03',
        '2021-05',
        true,
        '1-3-2017 t/m 31-5-2021',
        ['Portefeuille van 70 mkb-klanten in Midden-Nederland'],
        'Nieuwegein',
      ),
      job(
        'Customer Service Medewerker',
        'Verpakkingen Utrecht B.V.',
        '2013-09',
        '2017-02',
        false,
        '1-9-2013 t/m 28-2-2017',
        ['Orders, levertijden en klachten van Duitse klanten'],
        'Nieuwegein',
      ),
    ],
    afterJobs: [
      {
        kind: 'table',
        rows: [
          ['Tijdvak', '1-10-2019 t/m 31-3-2020'],
          ['Functie', 'Ouderschapsverlof (voltijds, tweede kind)'],
          ['Organisatie', 'Verpakkingen Utrecht B.V.'],
        ],
      },
    ],
    education: [
      edu('hbo', 'HBO Bedrijfskunde MER, Hogeschool van Arnhem en Nijmegen, 2009 – 2013', {
        field: 'Bedrijfskunde MER',
        institution: 'Hogeschool van Arnhem en Nijmegen',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('secondary', 'Abitur, Konrad-Adenauer-Gymnasium, Kleve, 2000 – 2009', {
        institution: 'Konrad-Adenauer-Gymnasium',
        startYear: 2000,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Coachend leidinggeven', 'Coachend leidinggeven – GITP (2022)'),
      named('Verpakkingstechnologie', 'Verpakkingstechnologie – NVC (2018)'),
    ],
    certifications: [],
    languages: [
      lang('de', 'native', 'Duits – moedertaal'),
      lang('nl', 'C2', 'Nederlands – bijna moedertaalniveau (C2)'),
      lang('en', 'C1', 'Engels – vloeiend'),
    ],
    skills: ['Onderhandelingsvaardig', 'Coachend naar de binnendienst', 'Analytisch'],
    clientBase: { activeAccounts: 31, annualRevenueEur: 9_200_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation'],
  },
  {
    id: 'nl-h13-18-accountmanager-zakelijke-telecom-rotterdam-zaterdagbaan',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenhonderd Achttien',
    email: 'zevenhonderdachttien@example.com',
    phone: '06 1739 5582',
    contactLines: ['Barendrecht'],
    headings: { profile: 'Profiel', work: 'Werkervaring', education: 'Opleiding', skills: 'Vaardigheden' },
    profile: [
      'Accountmanager zakelijke telecom. Ik beheer 95 mkb-klanten in Groot-Rotterdam en de Drechtsteden, met een ' +
        'jaaromzet van ca. € 1,1 mln aan abonnementen en hardware.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager Zakelijke Markt',
        'Telecompunt Rijnmond B.V.',
        '2019-03',
        null,
        true,
        'maart 2019 – heden',
        [
          '95 mkb-klanten in Groot-Rotterdam en de Drechtsteden',
          'Abonnementen, vast-mobielintegratie en hardware; jaaromzet ca. € 1,1 mln',
        ],
        'Rotterdam',
      ),
      job(
        'Verkoopadviseur',
        'Telecomwinkel Zuidplein',
        '2015-06',
        '2019-02',
        true,
        'juni 2015 – februari 2019',
        ['Advies en verkoop van abonnementen en toestellen'],
        'Rotterdam',
      ),
      job('Vakkenvuller', 'Supermarkt Charlois', '2012', '2015', false, '2012 – 2015', undefined, 'Rotterdam'),
      {
        ...job('verkoper', 'Fietsplaza Barendrecht', '2022', null, true, 'sinds 2022'),
        lines: [
          'Daarnaast sta ik sinds 2022 op zaterdag als verkoper in de fietsenwinkel van mijn oom, Fietsplaza ' +
            'Barendrecht.',
        ],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Commercie, Zadkine, Rotterdam, 2012 – 2015', {
        field: 'Commercie',
        institution: 'Zadkine',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('tr', 'native', 'Turks – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Klantgericht', 'Overtuigend', 'Zelfstandig'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 1_100_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'persuasiveness'],
  },
  {
    id: 'nl-h13-19-brand-manager-koffie-budget-geen-klanten',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Zevenhonderd Negentien',
    email: 'zevenhonderdnegentien@example.net',
    phone: '06 5532 1846',
    contactLines: ['Heerenveen'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Brand manager koffie. Ik ben verantwoordelijk voor twee merken met samen € 45 mln omzet in de Nederlandse ' +
        'supermarkt en een marketingbudget van € 1,2 mln. Ik zoek een commerciële rol dichter bij de klant, ' +
        'bijvoorbeeld als trade marketing manager of key account manager.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Brand Manager',
        'Koffiebranderij Het Anker B.V.',
        '2020-09',
        null,
        false,
        'sept 2020 – nu',
        [
          'Twee koffiemerken in de Nederlandse supermarkt',
          'Marketingbudget € 1,2 mln: campagnes, sampling en social',
          'Nauwe samenwerking met de key account managers van de vijf grote ketens',
        ],
        'Joure',
      ),
      job(
        'Trade Marketeer',
        'Koffiebranderij Het Anker B.V.',
        '2018-01',
        '2020-08',
        false,
        'jan 2018 – aug 2020',
        ['Promoties en displays per keten'],
        'Joure',
      ),
      job(
        'Marketing Assistent',
        'Zuivelhuis Leeuwarden',
        '2016-02',
        '2017-12',
        false,
        'feb 2016 – dec 2017',
        undefined,
        'Leeuwarden',
      ),
    ],
    education: [
      edu('msc', 'MSc Marketing Management, Rijksuniversiteit Groningen, 2014 – 2015', {
        field: 'Marketing Management',
        institution: 'Rijksuniversiteit Groningen',
        startYear: 2014,
        endYear: 2015,
      }),
      edu('bsc', 'BSc Bedrijfskunde, Rijksuniversiteit Groningen, 2011 – 2014', {
        field: 'Bedrijfskunde',
        institution: 'Rijksuniversiteit Groningen',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [named('Brand Positioning', 'Brand Positioning – NIMA (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('es', 'B1', 'Spaans – redelijk'),
    ],
    skills: ['Analytisch (Nielsen, GfK)', 'Creatief', 'Samenwerking met sales en R&D'],
    clientBase: null,
    competencies: ['analytical', 'innovation', 'teamwork'],
  },
  {
    id: 'nl-h13-20-starter-junior-business-developer-antwerpen',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zevenhonderd Twintig',
    email: 'zevenhonderdtwintig@example.com',
    phone: '+32 471 83 20 56',
    contactLines: ['Mortsel'],
    headings: { profile: 'Profiel', work: 'Ervaring', education: 'Opleiding', skills: 'Troeven', languages: 'Talen' },
    profile: [
      'Master in de toegepaste economische wetenschappen (Universiteit Antwerpen, 2025). Sinds oktober 2025 ' +
        'werk ik als junior business developer: ik prospecteer bij KMO’s en plan afspraken voor de senior ' +
        'accountmanagers. Een eigen portefeuille heb ik nog niet. Ik ben leergierig, proactief en communicatief.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Junior Business Developer',
        'Leadflow BV',
        '2025-10',
        null,
        true,
        'sinds oktober 2025',
        [
          'Prospectie van KMO’s in Vlaanderen via telefoon en LinkedIn',
          'Gekwalificeerde afspraken voor de senior accountmanagers, target 25 per maand',
        ],
        'Mechelen',
      ),
      job(
        'Stagiair Marketing',
        'Leadflow BV',
        '2025-02',
        '2025-05',
        false,
        'feb – mei 2025',
        ['Masterstage: analyse van de leadfunnel'],
        'Mechelen',
      ),
      job(
        'Verkoper',
        'Sportwinkel Decasport',
        '2021',
        '2024',
        true,
        'zaterdagen 2021 – 2024',
        ['Studentenjob: loopschoenen en fietsen'],
        'Antwerpen',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Engagement' },
      {
        kind: 'bullets',
        items: [
          '2023 – 2024: praeses van studentenvereniging Economica Antwerpen (bestuursjaar)',
          'Sinds 2022: jeugdtrainer bij Basketbalclub Kontich',
        ],
      },
    ],
    education: [
      edu('master', 'Master in de Toegepaste Economische Wetenschappen, Universiteit Antwerpen, 2023 – 2025', {
        field: 'Toegepaste Economische Wetenschappen',
        institution: 'Universiteit Antwerpen',
        startYear: 2023,
        endYear: 2025,
      }),
      edu('bachelor', 'Bachelor in de Toegepaste Economische Wetenschappen, Universiteit Antwerpen, 2020 – 2023', {
        field: 'Toegepaste Economische Wetenschappen',
        institution: 'Universiteit Antwerpen',
        startYear: 2020,
        endYear: 2023,
      }),
      edu('secondary', 'ASO Economie-Wiskunde, Sint-Jan Berchmanscollege, Antwerpen, 2014 – 2020', {
        field: 'Economie-Wiskunde',
        institution: 'Sint-Jan Berchmanscollege',
        startYear: 2014,
        endYear: 2020,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: C1'),
      lang('fr', 'B2', 'Frans: B2'),
      lang('de', 'A2', 'Duits: A2'),
    ],
    skills: ['Communicatief', 'Proactief', 'Teamspeler', 'HubSpot, Excel'],
    clientBase: null,
    competencies: ['communication', 'initiative', 'teamwork'],
  },
  {
    id: 'nl-h13-21-private-banker-kempen-beheerd-vermogen',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenhonderd Eenentwintig',
    email: 'zevenhonderdeenentwintig@example.org',
    phone: '0477 29 84 13',
    contactLines: ['Herentals'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Bijkomende opleidingen',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Private banker in Antwerpen. Ik ben het aanspreekpunt voor 65 vermogende families uit de Kempen en de rand ' +
        'rond Antwerpen; samen vertrouwen zij ons € 240 mio toe. Ik adviseer over beleggen, vermogensplanning en ' +
        'schenkingen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Private Banker',
        'Bank Van Damme & Cie',
        '2017',
        null,
        true,
        'sedert 2017',
        [
          'Vast aanspreekpunt voor 65 vermogende families',
          'Beheerd vermogen € 240 mio; netto nieuw geld 2025: € 18 mio',
        ],
        'Antwerpen',
      ),
      job(
        'Beleggingsadviseur',
        'Spaarbank Kempen',
        '2011',
        '2016',
        true,
        '2011 – 2016',
        ['Advies en verkoop van fondsen en obligaties aan particulieren'],
        'Turnhout',
      ),
      job('Kantoormedewerker', 'Spaarbank Kempen', '2008', '2011', false, '2008 – 2011', undefined, 'Geel'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Nevenfunctie: lid van de raad van bestuur van vzw Muziekacademie De Kempen (onbezoldigd), sinds 2019',
      },
    ],
    education: [
      edu('master', 'Master in de Handelswetenschappen, Hogeschool-Universiteit Brussel, 2004 – 2008', {
        field: 'Handelswetenschappen',
        institution: 'Hogeschool-Universiteit Brussel',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Postgraduaat Vermogensplanning', 'Postgraduaat Vermogensplanning – Universiteit Antwerpen (2015 – 2016)'),
    ],
    certifications: [named('EFPA European Financial Planner', 'EFPA European Financial Planner (EFP), sinds 2014')],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('fr', 'C1', 'Frans (vloeiend)'),
      lang('en', 'C1', 'Engels (vloeiend)'),
      lang('de', 'B1', 'Duits (redelijk)'),
    ],
    skills: ['Financiële analyse', 'Tactvol', 'Netwerken met notarissen en boekhouders'],
    closing: [{ kind: 'paragraph', text: 'CFA Level II: kandidaat, examen in mei 2027.' }],
    clientBase: { activeAccounts: 65 },
    competencies: ['financial_analysis', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'nl-h13-22-sales-support-machinebouw-tabel-geen-portefeuille',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenhonderd Tweeëntwintig',
    email: 'k722@example.net',
    phone: '0546 - 81 27 45',
    contactLines: ['Almelo'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Competenties',
      languages: 'Talen',
      workTable: ['Werkgever', 'Periode', 'Functie'],
    },
    workTableOrder: ['employer', 'period', 'title'],
    profile: [
      'Sales support bij een machinebouwer in Almelo. Ik ondersteun drie accountmanagers en hun 70 klanten in ' +
        'Duitsland en Scandinavië met offertes, orders en levertijden. Het bedrijf heeft 240 medewerkers en € 55 ' +
        'mln omzet. Ik wil de stap zetten naar inside sales.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Sales Support Medewerker', 'Machinefabriek Twente B.V.', '2020', null, false, 'van 2020 tot op heden', [
        'Offertes, orderbevestigingen en levertijden voor drie accountmanagers',
        'Beurzen voorbereiden (Hannover Messe, Elmia)',
      ]),
      job(
        'Medewerker Orderadministratie',
        'Machinefabriek Twente B.V.',
        '2018-10',
        '2019-12',
        false,
        'okt 2018 – dec 2019',
      ),
      job('Telemarketeer', 'Callcenter Oost', '2016', '2018', true, '2016 – 2018', [
        'Telefonische verkoop van loterij- en krantenabonnementen',
      ]),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Management Assistent, ROC van Twente, Hengelo, 2013 – 2016', {
        field: 'Management Assistent',
        institution: 'ROC van Twente',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Nauwkeurig', 'Klantgericht', 'Plannen en organiseren', 'SAP SD, Excel'],
    clientBase: null,
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'nl-h13-23-business-developer-zonne-energie-zzp-ernaast',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zevenhonderd Drieëntwintig',
    email: 'zevenhonderddrieentwintig@example.com',
    phone: '06 2488 0317',
    contactLines: ['Amersfoort'],
    headings: { profile: 'Profiel', work: 'Werkervaring', education: 'Opleiding', skills: 'Vaardigheden' },
    profile: [
      'Business developer voor zonne-energie en opslag op zakelijke daken. Ik beheer 12 grote zakelijke klanten ' +
        'in heel Nederland (distributiecentra, koelhuizen, glastuinbouw); de jaarlijkse contractwaarde van hun ' +
        'stroomafname is samen € 8,5 mln. De investeringsbeslissing ligt bij de CFO of de directie, en met hen ' +
        'onderhandel ik. In totaal heb ik 42 MWp aan projecten gerealiseerd.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Business Developer Zakelijke Energie',
        'Solarvelden Nederland B.V.',
        '2021-06',
        null,
        true,
        'juni 2021 – heden',
        [
          'Zonnedaken en batterijprojecten voor 12 grote zakelijke klanten',
          'Contractwaarde € 8,5 mln per jaar; pipeline € 30 mln',
        ],
        'Amersfoort',
      ),
      job(
        'EP-adviseur',
        'Labelwijs',
        '2023',
        null,
        false,
        '2023 – heden (zzp, naast vaste baan)',
        ['Energielabels voor woningen, op zaterdag'],
        'Amersfoort',
      ),
      job(
        'Accountmanager Energie MKB',
        'Stroomlijn Energie',
        '2017-09',
        '2021-05',
        true,
        'sep 2017 – mei 2021',
        ['Portefeuille van 260 mkb-klanten in Utrecht en Gelderland'],
        'Utrecht',
      ),
      job(
        'Junior Consultant Energiebesparing',
        'Adviesbureau Warmtewijs',
        '2015-09',
        '2017-08',
        false,
        'sep 2015 – aug 2017',
        undefined,
        'Arnhem',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vrijwilligerswerk' },
      {
        kind: 'paragraph',
        text: 'Sinds 2020 energiecoach bij Energiecoöperatie Eemland: gratis adviesgesprekken bij bewoners thuis.',
      },
    ],
    education: [
      edu('msc', 'MSc Sustainable Energy Technology, TU Eindhoven, 2013 – 2015', {
        field: 'Sustainable Energy Technology',
        institution: 'TU Eindhoven',
        startYear: 2013,
        endYear: 2015,
      }),
      edu('bsc', 'BSc Technische Bedrijfskunde, TU Eindhoven, 2010 – 2013', {
        field: 'Technische Bedrijfskunde',
        institution: 'TU Eindhoven',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('EP-adviseur Woningbouw', 'Vakbekwaamheid EP-adviseur Woningbouw (2023)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Onderhandelen', 'Analytisch', 'Ondernemend', 'Initiatief tonen'],
    clientBase: { activeAccounts: 12, annualRevenueEur: 8_500_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'entrepreneurship', 'initiative', 'negotiation'],
  },
  {
    id: 'nl-h13-24-filiaalmanager-tuincentrum-naar-accountmanager-nieuw',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Zevenhonderd Vierentwintig',
    email: 'zevenhonderdvierentwintig@example.org',
    phone: '0252 - 41 73 09',
    contactLines: ['Hillegom'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Na dertien jaar in een tuincentrum, de laatste negen als filiaalmanager, ben ik per september 2026 ' +
        'accountmanager bij een groothandel in tuinmeubelen. Ik word nu ingewerkt en neem in januari 2027 een ' +
        'rayon van zo’n 45 tuincentra in Zuid-Holland over. Ik ken de branche van de andere kant van de toonbank.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager Retail',
        'Tuinmeubelen Groothandel Lisse B.V.',
        '2026-09',
        null,
        true,
        'per september 2026',
        [
          'Inwerkperiode met de vertrekkende accountmanager',
          'Vanaf januari 2027 een eigen rayon van zo’n 45 tuincentra in Zuid-Holland',
        ],
        'Lisse',
      ),
      job(
        'Filiaalmanager',
        'Tuincentrum De Bollenstreek',
        '2017-05',
        '2026-08',
        false,
        'mei 2017 tot eind augustus 2026',
        ['60 medewerkers, omzet € 14 mln, 8.000 m² winkelvloer'],
        'Hillegom',
      ),
      job(
        'Afdelingsleider Buitenleven',
        'Tuincentrum De Bollenstreek',
        '2013-03',
        '2017-04',
        false,
        'maart 2013 – april 2017',
        undefined,
        'Hillegom',
      ),
      job(
        'Verkoopmedewerker',
        'Tuincentrum De Bollenstreek',
        '2010',
        '2013',
        true,
        '2010 – 2013',
        ['Advies en verkoop op de afdelingen tuinmeubelen en planten'],
        'Hillegom',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Manager Retail, Wellant College, Aalsmeer, 2006 – 2010', {
        field: 'Manager Retail',
        institution: 'Wellant College',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('vmbo', 'VMBO kader, Fioretti College, Lisse, 2002 – 2006', {
        institution: 'Fioretti College',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Leidinggeven', 'Klantgerichtheid', 'Stressbestendig in het voorjaar'],
    clientBase: null,
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h13-25-accountmanager-radioreclame-zuid-limburg-seizoenen',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zevenhonderd Vijfentwintig',
    email: 'zevenhonderdvijfentwintig@example.net',
    phone: '045 - 571 30 62',
    contactLines: ['Heerlen'],
    headings: {
      profile: 'Over mij',
      work: 'Werk',
      education: 'Opleiding',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Ik verkoop radio- en online campagnes aan 62 lokale adverteerders in Zuid-Limburg. Samen besteedden zij ' +
        'in 2025 € 780k bij ons; mijn target voor 2026 is € 850k. Bijna altijd spreek ik met de ondernemer zelf, ' +
        'die ook over het budget beslist. De omroep als geheel heeft een omzet van € 6 mln.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Accountmanager Radioreclame',
        'Radio Zuid-Limburg B.V.',
        '2022',
        null,
        true,
        'najaar 2022 – heden',
        ['62 adverteerders: garages, woonwinkels en evenementen', 'Omzet bij mijn klanten in 2025: € 780k'],
        'Heerlen',
      ),
      job(
        'Medewerker Verkoop Binnendienst',
        'Dagblad Zuid',
        '2018',
        '2022',
        true,
        'zomer 2018 – najaar 2022',
        ['Telefonische verkoop van advertenties en familieberichten'],
        'Maastricht',
      ),
      job(
        'Promotiemedewerker',
        'Eventbureau Heuvelland',
        '2015',
        '2018',
        false,
        '2015 – 2018',
        ['Oproepbasis: sampling en beursstands voor merken'],
        'Valkenburg',
      ),
    ],
    education: [
      edu('hbo', 'HBO Communicatie, Zuyd Hogeschool, Maastricht, 2014 – 2018', {
        field: 'Communicatie',
        institution: 'Zuyd Hogeschool',
        startYear: 2014,
        endYear: 2018,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('de', 'B2', 'Duits'),
      lang('en', 'B2', 'Engels'),
      lang('fr', 'A2', 'Frans'),
    ],
    languagesText: ['Nederlands (moedertaal), Duits en Engels goed, Frans basis.'],
    skills: ['Commercieel', 'Creatief in campagnes', 'Netwerken op ondernemersavonden'],
    clientBase: { activeAccounts: 62, annualRevenueEur: 780_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['innovation', 'relationship_building', 'sales'],
  },
  {
    id: 'nl-h13-26-gemeente-naar-accountmanager-overheid-software',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Zevenhonderd Zesentwintig',
    email: 'zevenhonderdzesentwintig@example.com',
    phone: '0592 - 37 44 10',
    contactLines: ['Assen', 'Rijbewijs B'],
    headings: {
      contact: 'Gegevens',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Na dertien jaar bij de gemeente zit ik nu aan de andere kant van de tafel: als accountmanager overheid ' +
        'verkoop ik zaaksysteem- en burgerzakensoftware. Ik beheer 45 gemeenten in Groningen, Friesland en ' +
        'Drenthe, goed voor € 3,3 mln licentie- en onderhoudsomzet per jaar. Nieuwe opdrachten lopen via ' +
        'aanbestedingen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager Overheid',
        'Civitas Software B.V.',
        '2024-04',
        null,
        true,
        'sinds 1 april 2024',
        [
          '45 gemeenten in Groningen, Friesland en Drenthe',
          'Licentie- en onderhoudsomzet € 3,3 mln per jaar',
          'Aanbestedingen en verlengingen',
        ],
        'Zwolle',
      ),
      job(
        'Beleidsmedewerker Dienstverlening',
        'Gemeente Assen',
        '2011',
        '2024-03',
        false,
        '2011 – maart 2024',
        [
          'Digitalisering van de publieksdienstverlening',
          'Projectleider bij de aanbesteding van een nieuw zaaksysteem',
        ],
        'Assen',
      ),
      job('Medewerker Burgerzaken', 'Gemeente Tynaarlo', '2007', '2011', false, '2007 – 2011', undefined, 'Vries'),
    ],
    education: [
      edu('hbo', 'HBO Bestuurskunde, Hanzehogeschool Groningen, 2003 – 2007', {
        field: 'Bestuurskunde',
        institution: 'Hanzehogeschool Groningen',
        startYear: 2003,
        endYear: 2007,
      }),
      edu('havo', 'HAVO, Dr. Nassau College, Assen, 1998 – 2003', {
        institution: 'Dr. Nassau College',
        startYear: 1998,
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [named('PRINCE2 Foundation', 'PRINCE2 Foundation (2016)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Communicatief', 'Samenwerken', 'Kennis van de gemeentelijke keuken'],
    closing: [
      { kind: 'paragraph', text: 'Certificaat Aanbestedingsrecht (PIANOo): in afronding, verwacht begin 2027.' },
    ],
    clientBase: { activeAccounts: 45, annualRevenueEur: 3_300_000 },
    competencies: ['communication', 'teamwork'],
  },
];

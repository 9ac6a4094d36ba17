import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-third held-out set's Dutch and Flemish CVs: twenty-six CVs of every length as people in the Netherlands
 * and Flanders write them in 2026, written without reading the reader. One-page CVs with only the essentials, long
 * CVs of three pages and more with every job since school, courses, certificates, references and hobbies, CVs typed
 * into a job portal's free-text field or the body of an e-mail, and CVs the applicant converted from PDF to Word,
 * with the page numbers and broken lines such a conversion leaves behind.
 */
export const HELD_OUT_33_NL: CvSource[] = [
  {
    id: 'nl-h33-01-kort-accountmanager-bedrijfskleding-apeldoorn',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenentwintighonderd Een',
    email: 'k2701.werkkleding@example.com',
    phone: '06 - 51832794',
    contactLines: ['Apeldoorn'],
    headings: {
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager',
        'Werkmode Oost B.V.',
        '2021-10',
        null,
        true,
        'vanaf oktober 2021',
        [
          'Ca. 75 vaste zakelijke klanten in Gelderland en Overijssel: installateurs, bouwbedrijven, zorginstellingen',
          'Omzet 2025: € 1,9 miljoen',
          'Kledingpakketten samenstellen, pasdagen op locatie, jaarafspraken met inkopers',
        ],
        'Apeldoorn',
      ),
      job(
        'Medewerker binnendienst',
        'Werkmode Oost B.V.',
        '2017-03',
        '2021-09',
        false,
        'maart 2017 t/m september 2021',
        ['Orders, levertijden en offertes voor de accountmanagers, telefonisch aanspreekpunt voor klanten'],
        'Apeldoorn',
      ),
      job(
        'Verkoper',
        'Sportshop Het Loo',
        '2013',
        '2017',
        true,
        '2013 t/m 2017',
        ['Advies en verkoop van hardloopschoenen en fietskleding'],
        'Apeldoorn',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Manager retail, Aventus, Apeldoorn, 2009 – 2013', {
        field: 'Manager retail',
        institution: 'Aventus',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'B2', 'Engels (goed)'),
      lang('de', 'B1', 'Duits (redelijk)'),
    ],
    skills: ['Klantgericht en zelfstandig', 'Microsoft Office, AFAS', 'Rijbewijs B'],
    clientBase: { activeAccounts: 75, annualRevenueEur: 1_900_000, segment: 'regional_smb' },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h33-02-lang-vlaams-key-account-manager-fruitveiling-sint-truiden',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Zevenentwintighonderd Twee',
    email: 'k2702.haspengouw@example.net',
    phone: '0476/38.21.57',
    contactLines: ['3800 Sint-Truiden', 'Geboren op 17 maart 1971', 'Rijbewijs B en C'],
    tagline: 'Key account manager vers fruit – retail en export',
    afterContact: [{ kind: 'paragraph', text: 'Nationaliteit: Belg  ·  Gehuwd, drie kinderen' }],
    headings: {
      contact: 'Contactgegevens',
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleidingen',
      courses: 'Bijkomende opleidingen',
      certifications: 'Attesten',
      skills: 'Vaardigheden',
      languages: 'Talenkennis',
    },
    profile: [
      'Ik ben opgegroeid tussen de fruitbomen van Haspengouw en heb in de fruitsector zowat elke job gedaan: als ' +
        'jobstudent in de pluk, als magazijnier en heftruckchauffeur in een koelhuis, als planner, als exportverkoper ' +
        'en sinds 2014 als key account manager voor de grote retailers. Ik ken het product van de boomgaard tot het ' +
        'schap en weet wat een teler nodig heeft om rond te komen en wat een aankoper nodig heeft om zijn schap gevuld ' +
        'te houden.',
      'Wat mij typeert: ik ben graag bij de klant, ik onthoud wat mensen mij vertellen en ik kom mijn beloftes na. In ' +
        'een seizoen waarin alles tegelijk moet, blijf ik rustig en zoek ik oplossingen in plaats van schuldigen.',
      'In mijn huidige job ben ik verantwoordelijk voor een klein aantal grote klanten in vier landen. Dat ' +
        'betekent veel reizen, lange dagen in het seizoen en soms harde gesprekken over prijzen als de oogst ' +
        'tegenvalt. Wat ik daarin het belangrijkst vind, is dat de klant mij kan vertrouwen: als ik een volume ' +
        'toezeg, dan komt het er, en als het niet lukt, hoort de klant het eerst van mij.',
      'Na twintig jaar bij dezelfde veiling zoek ik een nieuwe uitdaging als key account manager of ' +
        'commercieel verantwoordelijke bij een producent, exporteur of importeur van groenten en fruit. Ik ben een ' +
        'teamspeler, maar ik durf ook alleen aan tafel te zitten met een aankoopdirecteur.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key account manager retail',
        'Fruitveiling Haspengouw CV',
        '2014-04',
        null,
        true,
        'april 2014 – tot op heden',
        [
          'Verantwoordelijk voor 9 retailklanten in België, Nederland, Duitsland en het Verenigd Koninkrijk ' +
            '(supermarktketens en hun aankoopcentrales)',
          'Omzet op mijn klanten in het seizoen 2025-2026: ca. 38 miljoen euro, vooral peren (Conference) en appelen',
          'Jaarlijkse programma-afspraken en weekprijzen met de category managers en aankopers, die beslissen over de ' +
            'listing',
          'Opvolging van klachten, kwaliteitscontroles en audits bij de klant (BRC, GlobalG.A.P.)',
          'Samen met de teeltadviseurs nieuwe rassen en verpakkingen op de markt brengen (o.a. een clubappel in 2019)',
          'Ter info: de veiling zet jaarlijks ruim 300.000 ton fruit om van een 1.100-tal telers',
          'Wekelijkse afstemming met de planning en de sorteerlijnen zodat de juiste kalibers op het juiste moment ' +
            'bij de klant staan; in het hoogseizoen vertrekken er tot 60 vrachtwagens per dag naar mijn klanten',
          'Jaarlijkse klantendag met bezoek aan de boomgaarden en het sorteercentrum, samen met marketing',
          'Realisatie: in 2021 een tweede Duitse supermarktketen binnengehaald, in 2024 uitbreiding van het ' +
            'programma bij een Britse klant met een eigen merk voor peren',
        ],
        'Sint-Truiden',
      ),
      job(
        'Exportverkoper',
        'Fruitveiling Haspengouw CV',
        '2006-09',
        '2014-03',
        true,
        'september 2006 – maart 2014',
        [
          'Verkoop van peren en appelen aan importeurs en groothandels in Oost-Europa en Scandinavië',
          'Tot het embargo van 2014 ook een belangrijk volume naar Rusland',
          'Opbouw van nieuwe klanten in Polen, de Baltische staten en Finland',
          'Klantenbezoeken ter plaatse, vaak samen met een teler om de kwaliteit en de teelt toe te lichten',
          'Opvolging van de kwaliteit bij aankomst: foto’s, keuringsrapporten en afhandeling van claims',
          'Dagelijkse prijszetting in overleg met de verkoopdirecteur',
          'Beurzen: Fruit Logistica Berlijn (elk jaar), World Food Moscow (tot 2013), Asia Fruit Logistica (2012)',
          'Opvolging van betalingen en kredietverzekering samen met de boekhouding',
        ],
        'Sint-Truiden',
      ),
      job(
        'Logistiek planner',
        'Fruit Logistics Limburg NV',
        '2001-02',
        '2006-08',
        false,
        'februari 2001 – augustus 2006',
        [
          'Planning van het koelhuis- en transportvervoer voor een 40-tal vrachtwagens in het hoogseizoen',
          'Contact met transporteurs, douane en de veiling',
          'Opmaak van exportdocumenten en fytosanitaire certificaten',
          'Oplossen van problemen onderweg: pech, vertraging aan de grens, temperatuur in de trailer',
          'Maandelijkse kostenrapportering voor de directie',
          'Invoering van een nieuw planningsprogramma in 2004 (testen, handleiding schrijven, collega’s opleiden)',
        ],
        'Borgloon',
      ),
      job(
        'Magazijnier – heftruckchauffeur',
        'Koelhuizen Vandenbosch BVBA',
        '1994-05',
        '2001-01',
        false,
        'mei 1994 – januari 2001',
        [
          'Laden en lossen van vrachtwagens, stockbeheer in de ULO-cellen (bewaring onder gecontroleerde atmosfeer)',
          'Vanaf 1998 ploegverantwoordelijke van de nachtploeg (zes mensen)',
          'Dagelijkse controle van temperatuur en zuurstofgehalte in de cellen, registratie voor de kwaliteitsdienst',
          'Inwerken van seizoenarbeiders, vooral uit Polen, tijdens de oogstmaanden',
        ],
        'Sint-Truiden',
      ),
      job(
        'Verkoper op de markt',
        'Groenten en Fruit Luyten',
        '1992',
        '1994',
        true,
        '1992 – 1994 (weekends)',
        [
          'Verkoop op de wekelijkse markten van Sint-Truiden, Tienen en Hasselt',
          'Opbouwen van de kraam om vijf uur ’s ochtends, kassa en afrekening met de eigenaar',
          'Hier leerde ik wat verkopen is: een klant die twee kilo appelen komt halen, gaat naar huis met een bak ' +
            'aardbeien erbij',
        ],
        'Tienen',
      ),
      job(
        'Jobstudent fruitpluk',
        'Fruitbedrijf Claes',
        '1987',
        '1990',
        false,
        'zomers van 1987 tot 1990',
        ['Pluk van kersen, peren en appelen, sorteren in de loods', 'Vanaf 1989 ook tractor rijden tussen de rijen'],
        'Gingelom',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Realisaties' },
      {
        kind: 'bullets',
        items: [
          '2014 – 2016: na het Russische embargo de volumes die naar Rusland gingen voor een groot deel ' +
            'ondergebracht bij nieuwe klanten in Duitsland en het Verenigd Koninkrijk',
          '2017: eerste meerjarenprogramma (drie seizoenen) met vaste prijsvorken bij een Nederlandse supermarktketen',
          '2019: mee de lancering voorbereid van een nieuwe clubappel, van de eerste proeverijen tot de actie in de ' +
            'winkels',
          '2021: een tweede Duitse keten binnengehaald na twee jaar opvolging en drie proefleveringen',
          '2023: overschakeling naar papieren verpakkingen voor twee klanten, samen met de verpakkingsleverancier',
        ],
      },
      { kind: 'heading', text: 'Legerdienst' },
      { kind: 'paragraph', text: '1990 – 1991: dienstplicht, 10 maanden bij de logistieke troepen in Leopoldsburg' },
    ],
    education: [
      edu('short-cycle tertiary', 'Graduaat Marketing (avondonderwijs), CVO Handelsschool Hasselt, 2003 – 2006', {
        field: 'Marketing',
        institution: 'CVO Handelsschool Hasselt',
        startYear: 2003,
        endYear: 2006,
      }),
      edu('secondary', 'A2 Tuinbouw (TSO), Provinciale Tuinbouwschool Sint-Truiden, 1983 – 1989', {
        field: 'Tuinbouw',
        institution: 'Provinciale Tuinbouwschool Sint-Truiden',
        startYear: 1983,
        endYear: 1989,
      }),
    ],
    courses: [
      named('Onderhandelen met retail-aankopers', 'Onderhandelen met retail-aankopers – VOKA (2016)'),
      named('Engels voor export', 'Engels voor export – CVO Hasselt (2007)'),
      named('Excel voor gevorderden', 'Excel voor gevorderden (2012)'),
      named('Power BI voor verkopers', 'Power BI voor verkopers – in-house (2023)'),
      named('Kwaliteitszorg en BRC-normen', 'Kwaliteitszorg en BRC-normen – Fruitacademie (2015)'),
      named('Frans in de handel', 'Frans in de handel – CVO Sint-Truiden (2009 – 2010)'),
      named('Leidinggeven aan een ploeg', 'Leidinggeven aan een ploeg (1999)'),
    ],
    certifications: [
      named('Interne auditor GlobalG.A.P.', 'Interne auditor GlobalG.A.P. (2019)'),
      named('Attest heftruckbestuurder', 'Attest heftruckbestuurder (1995)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('en', 'C1', 'Engels: zeer goed'),
      lang('de', 'B2', 'Duits: goed'),
      lang('ru', 'A2', 'Russisch: basis'),
    ],
    skills: [
      'Onderhandelingsvaardig',
      'Stressbestendig in het hoogseizoen',
      'Kennis van de fruitsector van teler tot schap',
      'SAP, Excel, Power BI',
    ],
    closing: [
      { kind: 'heading', text: 'Referenties' },
      {
        kind: 'paragraph',
        text:
          'Op aanvraag: mijn vroegere verkoopdirecteur bij de veiling en twee aankopers uit de retail met wie ik al ' +
          'meer dan tien jaar samenwerk.',
      },
      { kind: 'heading', text: 'Computerkennis' },
      {
        kind: 'paragraph',
        text:
          'SAP SD (dagelijks: orders, prijzen, kredietlimieten), Excel (draaitabellen, prijsmodellen), Power BI ' +
          '(eigen rapporten per klant en per ras), Outlook en Teams, het veilingprogramma voor aanvoer en ' +
          'klokverkoop.',
      },
      { kind: 'heading', text: 'Lidmaatschappen' },
      {
        kind: 'bullets',
        items: [
          'Lid van de werkgroep export van de Belgische fruitsector (2010 – 2014)',
          'Jurylid op de jaarlijkse perenkeuring van Haspengouw (sinds 2016)',
        ],
      },
      { kind: 'heading', text: 'Vrije tijd' },
      {
        kind: 'paragraph',
        text:
          'Wielrennen (toertochten in Haspengouw en elk jaar een week in de Vogezen), koken voor vrienden, en sinds ' +
          '2012 vrijwillig voorzitter van de jeugdwerking van de plaatselijke voetbalclub.',
      },
    ],
    clientBase: { activeAccounts: 9, annualRevenueEur: 38_000_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'nl-h33-03-email-servicemonteur-naar-accountmanager-automaten-roosendaal',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zevenentwintighonderd Drie',
    nameLine: 'Onderwerp: sollicitatie accountmanager buitendienst – Kandidaat Zevenentwintighonderd Drie',
    email: 'k2703.roosendaal@example.org',
    phone: '06-29174583',
    contactLines: ['Roosendaal'],
    headings: {
      profile: 'Bericht',
      work: 'Mijn werkervaring in het kort',
      education: 'Opleiding',
      skills: 'Wat ik kan',
      languages: 'Talen',
    },
    profile: [
      'Beste heer, mevrouw,',
      'Via Indeed zag ik uw vacature voor accountmanager buitendienst. Mijn cv als bijlage meesturen lukt niet vanaf ' +
        'mijn telefoon, dus ik zet het hieronder in de mail. Ik werk sinds 2015 bij een automatenbedrijf, eerst als ' +
        'monteur en nu als accountmanager. Ik zoek een baan bij een groter bedrijf waar ik verder kan groeien.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager', 'Automatenservice Zuidwest B.V.', '2023-02', null, true, 'sinds 1 februari 2023', [
          'Ik beheer zo’n 110 bedrijven in West-Brabant en Zeeland met koffie-, water- en snoepautomaten',
          'Omzet van mijn klanten is ongeveer € 1,2 miljoen per jaar (huur, service en ingrediënten)',
          'Ik spreek vooral facilitair medewerkers en office managers, ik maak offertes en verleng contracten',
        ]),
        lines: ['Sinds 1 februari 2023 accountmanager bij Automatenservice Zuidwest B.V. in Roosendaal'],
      },
      {
        ...job(
          'Servicemonteur',
          'Automatenservice Zuidwest B.V.',
          '2015',
          '2023-02',
          false,
          'van 2015 tot februari 2023',
          ['Onderhoud en storingen aan automaten bij klanten, ongeveer 8 adressen per dag'],
        ),
        lines: ['Van 2015 tot februari 2023 servicemonteur bij Automatenservice Zuidwest B.V. (zelfde bedrijf)'],
      },
      {
        ...job('Monteur witgoed', 'Witgoedservice Brabant', '2010', '2015', false, 'van 2010 tot 2015', [
          'Reparatie van wasmachines en vaatwassers bij mensen thuis',
        ]),
        lines: ['Van 2010 tot 2015 monteur witgoed bij Witgoedservice Brabant in Etten-Leur'],
      },
    ],
    education: [
      edu('mbo 3', 'MBO niveau 3 Eerste monteur elektrotechniek, ROC West-Brabant, 2007-2010', {
        field: 'Eerste monteur elektrotechniek',
        institution: 'ROC West-Brabant',
        startYear: 2007,
        endYear: 2010,
      }),
      edu('vmbo', 'VMBO kader, Gertrudiscollege Roosendaal, 2003-2007', {
        institution: 'Gertrudiscollege',
        startYear: 2003,
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B2', 'Engels'), lang('de', 'A2', 'Duits')],
    languagesText: ['Nederlands natuurlijk, Engels gaat goed, Duits een beetje.'],
    skills: ['klantgericht', 'technisch (kleine storingen los ik meteen zelf op)', 'rijbewijs B'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Ik hoor graag of ik een keer langs mag komen. Een uitgebreid cv stuur ik na als dat nodig is.',
      },
      { kind: 'paragraph', text: 'Met vriendelijke groet,' },
      { kind: 'paragraph', text: 'Kandidaat Zevenentwintighonderd Drie' },
      { kind: 'paragraph', text: 'Verzonden vanaf mijn iPhone' },
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 1_200_000, segment: 'regional_smb' },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h33-04-vlaams-dossierbeheerder-naar-relatiebeheerder-sociaal-secretariaat-lier',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenentwintighonderd Vier',
    email: 'k2704.lier@example.org',
    phone: '+32 478 61 29 04',
    contactLines: ['2500 Lier', 'Geboren te Lier op 03/11/1986'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleidingen',
      courses: 'Bijscholing',
      skills: 'Competenties',
      languages: 'Talen',
    },
    jobLabels: { period: 'Datum', title: 'Functie', employer: 'Organisatie', duties: 'Opdracht' },
    profile: [
      'Na zeven jaar loonberekening voor KMO’s ben ik in 2020 de commerciële kant op gegaan. Als relatiebeheerder ' +
        'combineer ik kennis van de sociale wetgeving met het aanbrengen en opvolgen van klanten. Ik ben overtuigend ' +
        'zonder opdringerig te zijn en zoek nu een functie als accountmanager bij een HR-dienstverlener of ' +
        'softwarebedrijf.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Relatiebeheerder KMO',
        'Payflow Sociaal Secretariaat vzw',
        '2020-01',
        null,
        true,
        'sedert januari 2020',
        [
          'beheer van een portefeuille van een 240-tal KMO-klanten in de provincie Antwerpen, samen goed voor ' +
            'ongeveer 3.100 werknemers',
          'jaarlijkse honorariumomzet van mijn portefeuille: 1,4 miljoen euro',
          'aanspreekpunt van de zaakvoerders, die zelf beslissen welk sociaal secretariaat ze kiezen',
          'aanbrengen van nieuwe klanten: doel 25 per jaar, in 2025 werden het er 31',
          'advies over loonkost, flexijobs en tewerkstellingsmaatregelen',
        ],
        'Antwerpen',
      ),
      job(
        'Dossierbeheerder payroll',
        'Payflow Sociaal Secretariaat vzw',
        '2012-09',
        '2019-12',
        false,
        'september 2012 – december 2019',
        [
          'maandelijkse loonberekening voor een 90-tal werkgevers (bedienden en arbeiders)',
          'DIMONA, DmfA, aangiften sociale zekerheid en fiscale fiches',
        ],
        'Antwerpen',
      ),
      job(
        'Bediende personeelsadministratie',
        'Metaalconstructie Van Dyck NV',
        '2008-07',
        '2012-08',
        false,
        'juli 2008 – augustus 2012',
        ['prestatieregistratie, verloven en contracten voor 120 arbeiders'],
        'Duffel',
      ),
    ],
    education: [
      edu(
        'bachelor',
        'Professionele bachelor Bedrijfsmanagement, afstudeerrichting Rechtspraktijk, Thomas More Mechelen, 2005 – 2008',
        { field: 'Bedrijfsmanagement', institution: 'Thomas More Mechelen', startYear: 2005, endYear: 2008 },
      ),
      edu('secondary', 'TSO Handel, Sint-Gummaruscollege Lier, 1999 – 2005', {
        field: 'Handel',
        institution: 'Sint-Gummaruscollege',
        startYear: 1999,
        endYear: 2005,
      }),
    ],
    courses: [
      named(
        'Postgraduaat Loon- en personeelsadministratie',
        'Postgraduaat Loon- en personeelsadministratie (2014 – 2015)',
      ),
      named('Consultatief verkopen', 'Consultatief verkopen – Vlerick, open programma (2021)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Overtuigend', 'Klantgericht', 'Grondige kennis van de Belgische sociale wetgeving', 'Rijbewijs B'],
    clientBase: { activeAccounts: 240, annualRevenueEur: 1_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'persuasiveness'],
  },
  {
    id: 'nl-h33-05-pdf-naar-word-monteur-naar-accountmanager-liften-nijmegen',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenentwintighonderd Vijf',
    email: 'k2705.liften@example.net',
    phone: '06 83 41 27 56',
    contactLines: ['Nijmegen'],
    tagline: 'Curriculum Vitae',
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
      'Technisch-commercieel accountmanager met twintig jaar ervaring in de liftenbranche: tien jaar als',
      'servicemonteur, drie jaar als calculator en sinds 2019 als accountmanager service en modernisering. Ik weet',
      'wat er in een liftschacht gebeurt en kan dat uitleggen aan een VvE-bestuur dat vooral wil weten wat het kost.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Accountmanager service en modernisering',
          'Hefwerk Liften B.V.',
          '2019-04',
          null,
          true,
          'apr 2019 – heden',
        ),
        lines: [
          'Accountmanager service en modernisering',
          'Hefwerk Liften B.V., Nijmegen | apr 2019 – heden',
          '• Onderhoudscontracten voor circa 180 klanten: VvE’s, woningcorporaties en',
          'zorginstellingen in de regio Arnhem-Nijmegen en het Rijk van Nijmegen',
          '• Contractwaarde van de portefeuille: € 2,6 mln per jaar (onderhoud en',
          'storingsdienst), samen ongeveer 1.450 liften',
          '• Offertes voor modernisering en vervanging, inschrijvingen op aanbestedingen',
          '• Overleg met VvE-besturen, vastgoedbeheerders en inkopers',
          'Pagina 1 van 2',
        ],
      },
      {
        ...job('Calculator modernisering', 'Hefwerk Liften B.V.', '2016-04', '2019-03', false, 'apr 2016 – mrt 2019'),
        lines: [
          'Calculator modernisering',
          'Hefwerk Liften B.V., Nijmegen | apr 2016 – mrt 2019',
          '• Opnames in de schacht, calculaties en werkvoorbereiding voor de',
          'accountmanagers en projectleiders',
        ],
      },
      {
        ...job(
          'Servicemonteur liften',
          'Liftservice Gelderland B.V.',
          '2006-08',
          '2016-03',
          false,
          'aug 2006 – mrt 2016',
        ),
        lines: [
          'Servicemonteur liften',
          'Liftservice Gelderland B.V., Arnhem | aug 2006 – mrt 2016',
          '• Preventief onderhoud, storingen en keuringen, vanaf 2011 ook',
          'storingsdienst in het weekend',
        ],
      },
    ],
    education: [
      edu('hbo', 'HBO Werktuigbouwkunde (deeltijd), HAN University of Applied Sciences, 2012 – 2016', {
        field: 'Werktuigbouwkunde',
        institution: 'HAN University of Applied Sciences',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('mbo 4', 'MBO 4 Mechatronica, ROC Nijmegen, 2002 – 2006', {
        field: 'Mechatronica',
        institution: 'ROC Nijmegen',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [named('Aanbesteden voor inschrijvers', 'Aanbesteden voor inschrijvers (2021)')],
    certifications: [named('NEN 3140 Vakbekwaam Persoon', 'NEN 3140 Vakbekwaam Persoon (geldig tot 2027)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B2', 'Duits – goed'),
    ],
    skills: ['Analytisch en technisch sterk', 'AutoCAD, Excel, Salesforce', 'Rijbewijs B'],
    closing: [{ kind: 'paragraph', text: 'Pagina 2 van 2' }],
    clientBase: { activeAccounts: 180, annualRevenueEur: 2_600_000, segment: 'regional_smb' },
    competencies: ['analytical'],
  },
  {
    id: 'nl-h33-06-kort-junior-verkoop-binnendienst-fietsonderdelen-culemborg',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenentwintighonderd Zes',
    email: 'kandidaat.zes.2706@example.com',
    phone: '06-17485293',
    contactLines: ['Culemborg', '22 jaar'],
    headings: {
      work: 'Werk',
      education: 'Opleiding',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'inline',
    jobs: [
      job(
        'Medewerker verkoop binnendienst',
        'Velo-Onderdelen Nederland B.V.',
        '2024-08',
        null,
        true,
        'aug. 2024 – heden',
        [
          'Telefonisch en per mail verkopen aan fietsenwinkels, eigen klantenlijst van 130 fietsenmakers in ' +
            'Midden-Nederland',
          'Omzet op mijn klanten in 2025: € 850.000',
          'Mijn klanten zijn de eigenaren van de winkels, die zelf bepalen wat ze inkopen',
        ],
        'Culemborg',
      ),
      job(
        'Verkoper',
        'Fietsenwinkel De Spaak',
        '2019',
        '2024',
        true,
        '2019 – 2024 (zaterdagen en vakanties)',
        undefined,
        'Culemborg',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Ondernemer detailhandel, ROC Rivor, Tiel, 2020 – 2024', {
        field: 'Ondernemer detailhandel',
        institution: 'ROC Rivor',
        startYear: 2020,
        endYear: 2024,
      }),
      edu('vmbo', 'VMBO-TL, Lek en Linge, Culemborg, 2016 – 2020', {
        institution: 'Lek en Linge',
        startYear: 2016,
        endYear: 2020,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'B2', 'Engels (goed)'),
      lang('de', 'A2', 'Duits (basis)'),
    ],
    skills: [],
    clientBase: { activeAccounts: 130, annualRevenueEur: 850_000, segment: 'regional_smb', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'nl-h33-07-bakker-naar-key-accountmanager-bakkerijgrondstoffen-zaanstreek',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Zevenentwintighonderd Zeven',
    email: 'k2707.bakkerij@example.com',
    phone: '+31 (0)6 38 27 41 69',
    contactLines: ['Wormerveer', 'linkedin.example.com/in/k2707'],
    tagline: 'Key Accountmanager bakkerij | bakker van origine',
    headings: {
      contact: 'Contact',
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik heb negen jaar in de bakkerij gestaan voordat ik de overstap maakte naar de leverancierskant. Eerst als ' +
        'bakkerijadviseur, daarna als accountmanager voor ambachtelijke bakkers en sinds 2020 als key accountmanager ' +
        'voor bakkerijketens en industriële bakkerijen. Ik praat met een inkoopdirecteur over prijzen en met de ' +
        'productieleider over deegrust, en dat maakt het verschil.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Accountmanager',
        'Meelmolen Zaanland B.V.',
        '2020-03',
        null,
        true,
        '01-03-2020 – heden',
        [
          'Verantwoordelijk voor 14 key accounts: bakkerijketens en industriële bakkerijen door heel Nederland',
          'Omzet 2025 op mijn accounts: € 11,3 miljoen (meel, mixen, vullingen)',
          'Jaarcontracten en prijsafspraken met de inkoopdirecteuren, die het contract tekenen',
          'Productontwikkeling op locatie samen met onze bakkerijtechnologen',
          'De molen maalt ongeveer 180.000 ton tarwe per jaar',
        ],
        'Wormer',
      ),
      job(
        'Accountmanager ambachtelijke bakkers',
        'Meelmolen Zaanland B.V.',
        '2016-01',
        '2020-02',
        true,
        '01-01-2016 – 29-02-2020',
        ['Ongeveer 85 ambachtelijke bakkers in Noord-Holland en Flevoland', 'Introductie van een biologische lijn'],
        'Wormer',
      ),
      job(
        'Bakkerijadviseur',
        'Bakkersgrondstoffen Holland B.V.',
        '2011',
        '2015',
        false,
        '2011 – 2015',
        ['Demonstraties en recepturen bij klanten van de accountmanagers, geen eigen klanten'],
        'Zaandam',
      ),
      job(
        'Bakker',
        'Bakkerij Van der Meij',
        '2002',
        '2011',
        false,
        '2002 – 2011',
        ['Brood en banket voor drie winkels', 'Vanaf 2007 chef-bakker, met leiding aan vier bakkers in de nachtploeg'],
        'Zaandam',
      ),
    ],
    education: [
      edu(
        'associate degree',
        'Associate degree Ondernemerschap en Retailmanagement (deeltijd), Hogeschool Inholland, 2016 – 2018',
        {
          field: 'Ondernemerschap en Retailmanagement',
          institution: 'Hogeschool Inholland',
          startYear: 2016,
          endYear: 2018,
        },
      ),
      edu('mbo 4', 'MBO 4 Zelfstandig werkend bakker, Bakkersvakschool Noord-Holland, 1998 – 2002', {
        field: 'Zelfstandig werkend bakker',
        institution: 'Bakkersvakschool Noord-Holland',
        startYear: 1998,
        endYear: 2002,
      }),
    ],
    courses: [
      named('Key accountmanagement', 'Key accountmanagement – NCOI (2019)'),
      named('HACCP voor leidinggevenden', 'HACCP voor leidinggevenden (2008)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: [
      'Commercieel en vakinhoudelijk sterk',
      'Relatiebeheer op directieniveau',
      'Presenteren en demonstreren',
      'Dynamics CRM, Excel',
    ],
    clientBase: { activeAccounts: 14, annualRevenueEur: 11_300_000, segment: 'national', decisionMakers: true },
    competencies: ['relationship_building', 'sales'],
  },
  {
    id: 'nl-h33-08-lang-politie-beveiliger-naar-accountmanager-beveiliging-alphen',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenentwintighonderd Acht',
    email: 'k2708.alphen@example.org',
    phone: '06-40 91 83 26',
    contactLines: ['Alphen aan den Rijn'],
    afterContact: [
      { kind: 'heading', text: 'Persoonlijke gegevens' },
      {
        kind: 'table',
        rows: [
          ['Geboortedatum', '02-08-1974'],
          ['Geboorteplaats', 'Alphen aan den Rijn'],
          ['Nationaliteit', 'Nederlandse'],
          ['Burgerlijke staat', 'gehuwd, twee dochters'],
          ['Rijbewijs', 'B'],
          ['VOG', 'aanwezig (2025)'],
        ],
      },
    ],
    headings: {
      profile: 'Persoonlijk profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen en trainingen',
      certifications: 'Diploma’s en certificaten',
      skills: 'Competenties',
      languages: 'Talen',
      workTable: ['Van – tot', 'Werkgever', 'Functie'],
    },
    profile: [
      'Twaalf jaar politieagent, vier jaar beveiliger, vier jaar objectleider en sinds 2019 accountmanager: ik ken ' +
        'de beveiliging van de straat tot de directiekamer. Klanten vertrouwen mij omdat ik weet waar het in de ' +
        'praktijk misgaat en omdat ik geen beveiliging verkoop die ze niet nodig hebben.',
      'Ik houd van mensen en van afspraken die kloppen. Ik ben rustig onder druk, direct in mijn communicatie en ' +
        'ik laat mij niet snel uit het veld slaan. In mijn huidige functie heb ik een vaste portefeuille en werf ik ' +
        'nieuwe klanten, vooral in de logistiek en de zorg.',
      'In mijn werk combineer ik drie dingen: ik ken de praktijk van de beveiliging en de politie, ik kan goed ' +
        'luisteren naar wat een klant eigenlijk bedoelt, en ik kan een voorstel maken dat operationeel ook echt te ' +
        'leveren is. Daardoor verlengen klanten hun contract bij ons en komen er via hen nieuwe klanten bij.',
      'Ik zoek een volgende stap als (senior) accountmanager of key accountmanager bij een grotere ' +
        'beveiligingsorganisatie of een facilitaire dienstverlener in de regio Leiden – Den Haag – Utrecht.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Accountmanager',
        'Wachtpost Beveiliging B.V.',
        '2019-09',
        null,
        true,
        'september 2019 tot heden',
        [
          'Portefeuille van 65 contractklanten in Zuid-Holland: bedrijventerreinen, distributiecentra, ' +
            'zorginstellingen en twee gemeenten',
          'Jaaromzet van de portefeuille: € 4,7 miljoen (objectbeveiliging, mobiele surveillance, alarmopvolging)',
          'Mijn gesprekspartners zijn facility managers en directeuren; zij beslissen over het contract',
          'Werving van nieuwe klanten via ondernemersverenigingen, parkmanagement en aanbestedingen; in 2025 ' +
            '9 nieuwe klanten binnengehaald',
          'Beveiligingsplannen en risico-inventarisaties samen met de operationele afdeling',
          'Op mijn objecten werken ongeveer 380 beveiligers',
          'Kwartaalgesprekken met elke klant over incidenten, rapportages en de bezetting',
          'Prijsindexaties en contractverlengingen, met een behoud van 94 % van de contracten in 2025',
          'Inschrijvingen op aanbestedingen van gemeenten en zorginstellingen, samen met de tenderafdeling',
          'Overdracht aan de operatie bij de start van een nieuw contract: instructies, sleutels, inwerkrooster',
        ],
        'Leiden',
      ),
      job(
        'Objectleider',
        'Wachtpost Beveiliging B.V.',
        '2015-01',
        '2019-08',
        false,
        'januari 2015 tot augustus 2019',
        [
          'Leiding aan 45 beveiligers op drie distributiecentra en een ziekenhuis',
          'Roosters, inwerken van nieuwe collega’s, contact met de klant over de dagelijkse gang van zaken',
          'Incidentenrapportages en maandrapportages voor de klant',
          'Jaarlijkse ontruimingsoefeningen samen met de BHV-organisatie van de klant',
          'Meedenken bij verlengingen van contracten: welke diensten kunnen slimmer of goedkoper',
        ],
        'Leiden',
      ),
      job(
        'Beveiliger',
        'SecuRand Beveiliging',
        '2010-06',
        '2014-12',
        false,
        'juni 2010 tot december 2014',
        [
          'Objectbeveiliging en receptiediensten bij kantoren en een chemisch bedrijf',
          'Vanaf 2012 ook mobiele surveillance en alarmopvolging in de nacht',
          'Toegangscontrole, rondes en sleutelbeheer; rapportages in het klantportaal',
        ],
        'Alphen aan den Rijn',
      ),
      job(
        'Agent van politie',
        'Politie Hollands Midden',
        '1998-09',
        '2010-05',
        false,
        'september 1998 tot mei 2010',
        [
          'Noodhulp en wijkzorg in Alphen aan den Rijn en Leiden',
          'Vanaf 2004 taakaccenthouder jeugd: contact met scholen, jongerenwerk en ouders',
          'Voorlichting over inbraakpreventie aan winkeliers en ondernemers op bedrijventerreinen',
          'Verhoren, processen-verbaal en aangiftes opnemen',
          'Vertrokken na de reorganisatie van 2010',
        ],
        'Leiden',
      ),
      job(
        'Verkoper',
        'Elektro Van Rijn',
        '1994-09',
        '1996-08',
        true,
        'september 1994 tot augustus 1996',
        [
          'Verkoop van televisies, audio en witgoed in de winkel, ook bezorgen en aansluiten bij de klant thuis',
          'Verkoop van uitgebreide garanties en service-abonnementen (beste verkoper van de winkel in 1995)',
        ],
        'Alphen aan den Rijn',
      ),
      job(
        'Vakkenvuller',
        'Supermarkt De Hoeksteen',
        '1990',
        '1993',
        false,
        '1990 tot 1993 (bijbaan)',
        undefined,
        'Alphen aan den Rijn',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Overig' },
      { kind: 'paragraph', text: 'Dienstplicht 1993 – 1994, Koninklijke Landmacht, Ermelo (soldaat, later korporaal)' },
      {
        kind: 'paragraph',
        text: 'Tussen 1996 en 1998 volgde ik de politieopleiding (zie opleidingen); dat was een betaalde opleiding.',
      },
      {
        kind: 'paragraph',
        text: '2012 – 2014: twee jaar HBO Integrale Veiligheidskunde in deeltijd gevolgd (Hogeschool Leiden), niet afgerond.',
      },
    ],
    education: [
      edu('mbo 4', 'Politieopleiding Allround politiemedewerker (niveau 4), Politieacademie, Apeldoorn, 1996 – 1998', {
        field: 'Allround politiemedewerker',
        institution: 'Politieacademie',
        startYear: 1996,
        endYear: 1998,
      }),
      edu('mbo 4', 'MEAO Commerciële richting, MEAO Alphen aan den Rijn, 1990 – 1993, diploma behaald', {
        field: 'Commerciële richting',
        institution: 'MEAO Alphen aan den Rijn',
        startYear: 1990,
        endYear: 1993,
      }),
      edu('mavo', 'MAVO, Scholengemeenschap Het Groene Hart, Alphen aan den Rijn, 1986 – 1990', {
        institution: 'Scholengemeenschap Het Groene Hart',
        startYear: 1986,
        endYear: 1990,
      }),
    ],
    courses: [
      named('Verkooptraining Van beveiliger naar adviseur', 'Verkooptraining “Van beveiliger naar adviseur” (2019)'),
      named('Aanbestedingsrecht voor inschrijvers', 'Aanbestedingsrecht voor inschrijvers (2021)'),
      named('Coachend leidinggeven', 'Coachend leidinggeven (2016)'),
      named('Conflicthantering en de-escalatie', 'Conflicthantering en de-escalatie (2008)'),
      named('Opleiding Taakaccenthouder Jeugd', 'Opleiding Taakaccenthouder Jeugd (2004)'),
      named('Risico-inventarisatie en beveiligingsplannen', 'Risico-inventarisatie en beveiligingsplannen (2020)'),
      named('Klantgesprekken voeren met LinkedIn', 'Klantgesprekken voeren met LinkedIn (2022)'),
    ],
    certifications: [
      named('Diploma Beveiliger 2', 'Diploma Beveiliger 2 (SVPB, 2010)'),
      named('BHV', 'BHV (herhaling november 2025)'),
      named('Diploma Mobiele Surveillance', 'Diploma Mobiele Surveillance (2012)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Netwerken', 'Stressbestendig', 'Tactvol in lastige situaties', 'Rapporteren', 'Word, Excel, Outlook'],
    closing: [
      { kind: 'heading', text: 'Nevenactiviteiten' },
      {
        kind: 'bullets',
        items: [
          'Scheidsrechter amateurvoetbal (KNVB), sinds 2006',
          'Lid van de buurtpreventie-app van mijn wijk (beheerder)',
        ],
      },
      { kind: 'heading', text: 'Referenties' },
      {
        kind: 'paragraph',
        text:
          'Mijn huidige directeur en een klant (facility manager van een distributiecentrum) willen graag als ' +
          'referentie optreden. Gegevens op aanvraag.',
      },
      { kind: 'heading', text: 'Computervaardigheden' },
      {
        kind: 'paragraph',
        text:
          'Word, Excel en Outlook (goed), het CRM-systeem van Wachtpost, het planningsprogramma voor beveiligers, ' +
          'het klantportaal voor rapportages; aanbestedingsplatforms als TenderNed.',
      },
      { kind: 'heading', text: 'Hobby’s' },
      {
        kind: 'paragraph',
        text:
          'Voetbal (fluiten en kijken), wandelen met de hond in het Groene Hart, klussen in huis. Elk jaar loop ik ' +
          'met collega’s de Nijmeegse Vierdaagse.',
      },
    ],
    clientBase: { activeAccounts: 65, annualRevenueEur: 4_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'stress_resistance', 'tact_assertiveness'],
  },
  {
    id: 'nl-h33-09-email-vlaams-keukenadviseur-particulieren-genk',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zevenentwintighonderd Negen',
    nameLine: 'Van: Kandidaat Zevenentwintighonderd Negen',
    email: 'k2709.genk@example.net',
    phone: '0489 52 17 36',
    contactLines: ['3600 Genk'],
    headings: {
      profile: 'Sollicitatie accountmanager – Keukens en interieur',
      work: 'Mijn ervaring',
      education: 'Mijn opleiding',
      courses: 'Cursussen',
      languages: 'Talen',
    },
    profile: [
      'Geachte,',
      'Graag stel ik mij kandidaat voor de functie van accountmanager projecten die ik op VDAB zag staan. Ik werk ' +
        'sinds 2018 als keukenadviseur in een keukenzaak in Genk en daarvoor zes jaar in een bouwcenter. Ik ben ' +
        'creatief, klantgericht en ik kan goed luisteren. Ik zou graag de stap zetten naar projecten met aannemers ' +
        'en projectontwikkelaars. Hieronder vindt u mijn gegevens in het kort.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Keukenadviseur', 'Keukenstudio Kempenland BV', '2018', null, true, 'sinds 2018', [
          'Ik ontwerp en verkoop keukens aan particulieren, van het eerste gesprek tot de plaatsing',
          'Gemiddeld 70 keukens per jaar, gemiddeld bedrag 14.000 euro per keuken',
          'Opvolging van de plaatsers en de dienst na verkoop',
        ]),
        lines: ['Sinds 2018: keukenadviseur bij Keukenstudio Kempenland BV in Genk'],
      },
      {
        ...job('Verkoper', 'Bouwcenter Genk-Zuid', '2012', '2018', true, '2012 – 2018', [
          'Verkoop en advies op de afdelingen sanitair en keukens, ook voor kleine aannemers aan de balie',
        ]),
        lines: ['2012 – 2018: verkoper bij Bouwcenter Genk-Zuid'],
      },
      {
        ...job('Productiearbeider', 'Limburg Automotive Parts NV', '2008', '2012', false, '2008 – 2012', [
          'Eerst via interim, daarna vast, in ploegen aan de assemblagelijn',
        ]),
        lines: ['2008 – 2012: productiearbeider bij Limburg Automotive Parts NV (toeleverancier automobiel)'],
      },
    ],
    education: [
      edu('secondary', 'TSO Houtbewerking, Sint-Jan Berchmanscollege Genk, 2002 – 2008', {
        field: 'Houtbewerking',
        institution: 'Sint-Jan Berchmanscollege',
        startYear: 2002,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Keukenontwerp met Winner', 'Keukenontwerp met Winner (Syntra Limburg, 2017)'),
      named('Verkoopstechnieken', 'Verkoopstechnieken (Syntra Limburg, 2014)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('it', 'C1', 'Italiaans'),
      lang('fr', 'B1', 'Frans'),
      lang('en', 'B2', 'Engels'),
    ],
    languagesText: [
      'Nederlands is mijn moedertaal. Italiaans spreek ik vlot (mijn vader is van Italiaanse afkomst), Frans ' +
        'redelijk en Engels goed.',
    ],
    skills: [],
    closing: [
      {
        kind: 'paragraph',
        text: 'Mijn volledige cv met foto breng ik graag mee naar een gesprek. Alvast bedankt voor uw tijd.',
      },
      { kind: 'paragraph', text: 'Met vriendelijke groeten,' },
      { kind: 'paragraph', text: 'Kandidaat Zevenentwintighonderd Negen' },
      { kind: 'paragraph', text: 'GSM 0489 52 17 36' },
    ],
    clientBase: null,
    competencies: ['customer_focus', 'innovation'],
  },
  {
    id: 'nl-h33-10-kort-accountmanager-kantoormeubilair-rijswijk',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenentwintighonderd Tien',
    email: 'tien.k2710@example.com',
    phone: '070 - 3948216',
    contactLines: ['Rijswijk (ZH)'],
    tagline: 'Accountmanager kantoorinrichting',
    headings: {
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager',
        'Werkplek Interieurs B.V.',
        '2020',
        null,
        true,
        '2020 / heden',
        [
          '60 zakelijke klanten in Haaglanden en de regio Leiden',
          'Omzet 2025: € 3,4 mln (meubilair en inrichtingsprojecten)',
        ],
        'Rijswijk',
      ),
      job(
        'Interieurontwerper',
        'Studio Ruimtelijk',
        '2016',
        '2020',
        false,
        '2016 / 2020',
        ['Ontwerp van kantoorinrichtingen voor de accountmanagers van het bureau'],
        'Delft',
      ),
      job('Verkoopadviseur', 'Wooncentrum Hofstad', '2012', '2016', true, '2012 / 2016', undefined, 'Den Haag'),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Interieuradviseur, Hout- en Meubileringscollege, Amsterdam, 2008 / 2012', {
        field: 'Interieuradviseur',
        institution: 'Hout- en Meubileringscollege',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands – moedertaal'), lang('en', 'C1', 'Engels – vloeiend')],
    skills: ['Creatief', 'Commercieel', 'Rijbewijs B'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 3_400_000, segment: 'regional_smb' },
    competencies: ['innovation', 'sales'],
  },
  {
    id: 'nl-h33-11-tandartsassistente-naar-account-manager-tandartssoftware-alkmaar',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Zevenentwintighonderd Elf',
    email: 'k2711.alkmaar@example.com',
    phone: '06 2847 3619',
    contactLines: ['Alkmaar', 'Geboren 1991'],
    tagline: 'Account Manager | van de stoel naar de software',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Trainingen',
      certifications: 'Certificaten',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Ik werkte zeven jaar als tandartsassistente en ken de praktijk dus van binnenuit: de agenda die overloopt, de ' +
        'röntgenfoto die niet in het dossier komt, de praktijkhouder die ’s avonds nog declaraties zit te maken. Sinds ' +
        '2022 ben ik account manager bij de leverancier van de praktijksoftware die ik zelf jaren gebruikte.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Manager',
        'DentaSoft Nederland B.V.',
        '2022-06',
        null,
        true,
        'juni 2022 – heden',
        [
          'Eigen portefeuille van ongeveer 260 tandartspraktijken en mondzorgcentra in Noord-Holland, Flevoland en ' +
            'Utrecht',
          'Jaarlijks terugkerende licentieomzet (ARR) van mijn portefeuille: € 1,7 miljoen',
          'De praktijkhouders beslissen zelf over hun software; ik bezoek ze en verkoop uitbreidingen (online agenda, ' +
            'röntgenkoppeling, patiëntenapp)',
          'Onze software draait bij zo’n 1.900 praktijken in Nederland',
        ],
        'Alkmaar',
      ),
      job(
        'Supportmedewerker',
        'DentaSoft Nederland B.V.',
        '2018-03',
        '2022-05',
        false,
        'maart 2018 – mei 2022',
        ['Telefonische support en implementaties bij nieuwe praktijken'],
        'Alkmaar',
      ),
      job(
        'Tandartsassistente',
        'Tandartsenpraktijk De Mient',
        '2011-08',
        '2018-02',
        false,
        'augustus 2011 – februari 2018',
        ['Assisteren aan de stoel, röntgenfoto’s, agenda en declaraties'],
        'Alkmaar',
      ),
      job(
        'Kassamedewerker',
        'Supermarkt De Mare',
        '2007',
        '2011',
        false,
        '2007 – 2011 (naast school)',
        undefined,
        'Alkmaar',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Tandartsassistent, Horizon College, Alkmaar, 2008 – 2011', {
        field: 'Tandartsassistent',
        institution: 'Horizon College',
        startYear: 2008,
        endYear: 2011,
      }),
      edu('vmbo', 'VMBO gemengde leerweg, Alkmaar, 2004 – 2008', { startYear: 2004, endYear: 2008 }),
    ],
    courses: [named('Accountmanagement in SaaS', 'Accountmanagement in SaaS (2022)')],
    certifications: [named('Röntgenbevoegdheid tandartsassistent', 'Röntgenbevoegdheid tandartsassistent (2012)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('pl', 'native', 'Pools – moedertaal (thuistaal)'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Klantgerichtheid', 'Samenwerken met support en development', 'Plannen van praktijkbezoeken'],
    clientBase: { activeAccounts: 260, annualRevenueEur: 1_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation', 'teamwork'],
  },
  {
    id: 'nl-h33-12-vlaams-vertegenwoordiger-dierenvoeding-lokeren',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenentwintighonderd Twaalf',
    email: 'k2712.lokeren@example.net',
    phone: '0472/19.84.63',
    contactLines: ['9160 Lokeren', '°1988'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Studies',
      courses: 'Bijscholing',
      skills: 'Troeven',
      languages: 'Talen',
      workTable: ['Periode', 'Functie', 'Firma'],
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Dierenliefhebber met een commerciële job: sinds 2017 vertegenwoordiger voor een producent van hondenvoer en ' +
        'kattenvoer. Ik bezoek dierenspeciaalzaken en tuincentra in Oost- en West-Vlaanderen en ken de meeste ' +
        'zaakvoerders al jaren.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Vertegenwoordiger', 'Petfood Benelux NV', '2017-10', null, true, 'vanaf 10/2017', [
        'bezoek aan een 170-tal dierenspeciaalzaken en tuincentra in Oost- en West-Vlaanderen',
        'omzet 2025 in mijn sector: 2,9 miljoen euro',
        'de zaakvoerders beslissen zelf wat ze bestellen; ik help met schappenplannen en promoties',
      ]),
      job('Verkoper', 'Dierenparadijs Waasland', '2011', '2017-09', true, '2011 – 09/2017', [
        'advies en verkoop in de winkel, voeding en accessoires',
      ]),
      job('Dierenartsassistent', 'Dierenkliniek Durme', '2008', '2011', false, '2008 – 2011', [
        'onthaal, assisteren bij consultaties en operaties',
      ]),
    ],
    education: [
      edu('secondary', 'BSO Dierenzorg + 7de specialisatiejaar, PTI Sint-Niklaas, 2001 – 2008', {
        field: 'Dierenzorg',
        institution: 'PTI Sint-Niklaas',
        startYear: 2001,
        endYear: 2008,
      }),
    ],
    courses: [named('Voeding van hond en kat', 'Voeding van hond en kat – Syntra (2018)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('en', 'B2', 'Engels: goed'),
    ],
    skills: ['Commercieel ingesteld', 'Kennis van diervoeding', 'Rijbewijs B'],
    clientBase: { activeAccounts: 170, annualRevenueEur: 2_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['sales'],
  },
  {
    id: 'nl-h33-13-lang-vlaams-key-account-manager-brouwerij-dendermonde',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenentwintighonderd Dertien',
    email: 'k2713.dendermonde@example.org',
    phone: '+32 (0)495 27 84 13',
    contactLines: ['9200 Dendermonde'],
    afterContact: [
      { kind: 'heading', text: 'Persoonlijke gegevens' },
      {
        kind: 'bullets',
        items: [
          'Geboren op 9 juni 1977 te Dendermonde',
          'Nationaliteit: Belg',
          'Samenwonend, twee kinderen (2008 en 2011)',
          'Rijbewijs B, eigen wagen',
        ],
      },
    ],
    tagline: 'Key Account Manager On-Trade – bier en dranken',
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleidingen',
      courses: 'Vormingen',
      certifications: 'Attesten',
      skills: 'Vaardigheden',
      languages: 'Talenkennis',
    },
    jobLabels: { period: 'Periode', title: 'Functie', employer: 'Werkgever', duties: 'Takenpakket' },
    profile: [
      'Ik ben een horecamens. Als student tapte ik op feesten, daarna stond ik jaren achter de toog en had ik vier ' +
        'jaar mijn eigen café. In 2006 ben ik de andere kant van de toog op gegaan: eerst als vertegenwoordiger bij een ' +
        'drankencentrale, daarna bij een familiebrouwerij, waar ik sinds 2019 de drankenhandels en ' +
        'horecagroothandels opvolg.',
      'Ik weet hoe een cafébaas rekent en hoe een drankenhandelaar zijn marge bewaakt. Daardoor kan ik eerlijk ' +
        'onderhandelen: ik zoek afspraken waar beide partijen een jaar later nog blij mee zijn. Ik ben ondernemend, ' +
        'werk graag zelfstandig en ben ’s avonds en in het weekend vaak bij klanten op evenementen.',
      'Na veertien jaar bij de brouwerij zoek ik een functie als key account manager of sales manager bij een ' +
        'drankenproducent of -invoerder die in Vlaanderen wil groeien.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Key Account Manager On-Trade',
        'Brouwerij De Dender NV',
        '2019-09',
        null,
        true,
        'sep. 2019 – tot nu',
        [
          'verantwoordelijk voor 22 drankenhandels en horecagroothandels in Vlaanderen en Brussel, die samen een ' +
            '1.800-tal cafés en restaurants beleveren',
          'omzet via mijn klanten in 2025: 7,6 miljoen euro',
          'jaarlijkse onderhandelingen over volumes, kortingen en promoties met de zaakvoerders, die daarover beslissen',
          'coachen van twee regioverantwoordelijken die de cafés zelf bezoeken',
          'lanceringen van nieuwe bieren (een alcoholvrije blonde in 2022, een seizoensbier in 2024)',
          'organisatie van de jaarlijkse klantenavond in de brouwerij',
          'maandelijkse opvolging van volumes en marges per klant, rapportering aan de commercieel directeur',
          'overleg met de logistiek over leveringen in de zomer en rond de feestdagen',
          'in 2023 twee nieuwe drankenhandels in Brussel binnengehaald, die nu samen 8 % van mijn omzet maken',
        ],
        'Dendermonde',
      ),
      job(
        'Regioverantwoordelijke horeca',
        'Brouwerij De Dender NV',
        '2012-03',
        '2019-08',
        true,
        'maart 2012 – augustus 2019',
        [
          'opvolging van een 150-tal cafés in Oost-Vlaanderen',
          'afsluiten en opvolgen van brouwerijcontracten en inrichtingsleningen',
          'overnames van cafés begeleiden samen met de juridische dienst',
          'nieuwe uitbaters helpen met hun opstart: kaart, prijzen, terras en evenementen',
          'plaatsen en laten onderhouden van tapinstallaties en koelcellen',
          'sponsoring van wielerkoersen, kermissen en jeugdbewegingen in de regio',
        ],
        'Dendermonde',
      ),
      job(
        'Vertegenwoordiger',
        'Drankencentrale Schelde BVBA',
        '2006-01',
        '2012-02',
        true,
        'januari 2006 – februari 2012',
        [
          'verkoop van dranken, glazen en toogmateriaal aan cafés, restaurants en jeugdhuizen',
          'opmaak van prijsoffertes voor feesten en evenementen',
          'bestellingen opnemen bij de klant en telefonisch, opvolgen van leveringen en leeggoed',
          'invorderen van achterstallige facturen bij moeilijke betalers, samen met de boekhouding',
        ],
        'Hamme',
      ),
      job(
        'Uitbater',
        'Café De Zwaan',
        '2002-01',
        '2005-12',
        false,
        'januari 2002 – december 2005',
        [
          'eigen café als zelfstandige in hoofdberoep, met twee personeelsleden',
          'aankoop, boekhouding, personeel, kaart en evenementen (optredens, quizavonden, supportersclub)',
          'verkocht eind 2005, omdat ik de overstap naar de verkoop wilde maken',
        ],
        'Dendermonde',
      ),
      job(
        'Kelner en barverantwoordelijke',
        'Feestzaal Ter Dender',
        '1998-07',
        '2001-12',
        false,
        'juli 1998 – december 2001',
        [
          'bediening op trouwfeesten en recepties, vanaf 2000 verantwoordelijk voor de bar en de bestellingen',
          'voorraadbeheer van dranken en contact met de drankenhandel',
          'inwerken van studenten en extra’s voor de grote feesten',
        ],
        'Appels',
      ),
      job(
        'Jobstudent magazijn',
        'Drankenhandel Van Hove',
        '1995',
        '1998',
        false,
        'zomers 1995 – 1998',
        ['leveringen en leeggoed sorteren', 'meerijden met de chauffeur naar cafés en particulieren'],
        'Grembergen',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Belangrijkste realisaties' },
      {
        kind: 'bullets',
        items: [
          'Omzet via mijn klanten gestegen van 5,9 miljoen euro in 2019 naar 7,6 miljoen euro in 2025, terwijl de ' +
            'biermarkt in België daalde',
          'Tijdens de coronasluiting van de horeca (2020 – 2021) samen met de drankenhandels een afhaal- en ' +
            'thuisleveringsactie opgezet, waardoor we geen enkele klant verloren',
          'Als regioverantwoordelijke het aantal cafés met een brouwerijcontract in mijn regio verhoogd van 118 ' +
            'naar 150',
          'Als vertegenwoordiger bij de drankencentrale de jeugdhuizen en fuiforganisatoren van de regio als nieuwe ' +
            'klantengroep binnengehaald',
        ],
      },
      {
        kind: 'paragraph',
        text:
          'Tussen 1995 en 1998 studeerde ik aan de hotelschool in Gent (hotelbeheer, eerste twee jaren ' +
          'geslaagd, niet afgewerkt) en werkte ik in de zomer.',
      },
    ],
    education: [
      edu('bachelor', 'Bachelor in het bedrijfsmanagement, optie marketing (werkstudent), Odisee Aalst, 2013 – 2017', {
        field: 'bedrijfsmanagement',
        institution: 'Odisee Aalst',
        startYear: 2013,
        endYear: 2017,
      }),
      edu('secondary', 'TSO Hotel, Sint-Vincentius Dendermonde, 1989 – 1995', {
        field: 'Hotel',
        institution: 'Sint-Vincentius Dendermonde',
        startYear: 1989,
        endYear: 1995,
      }),
    ],
    courses: [
      named('Zythologie', 'Zythologie – Syntra Midden-Vlaanderen (2010)'),
      named('Leidinggeven aan een verkoopteam', 'Leidinggeven aan een verkoopteam – VOKA Academie (2020)'),
      named('Onderhandelen met distributeurs', 'Onderhandelen met distributeurs (in-house, 2016)'),
      named('Excel basis en gevorderd', 'Excel basis en gevorderd (2013)'),
      named('Horecarecht en drankvergunningen', 'Horecarecht en drankvergunningen – Horeca Vlaanderen (2014)'),
      named('Presenteren voor groepen', 'Presenteren voor groepen (2018)'),
    ],
    certifications: [named('Attest bedrijfsbeheer', 'Attest bedrijfsbeheer (Centrale Examencommissie, 2001)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed (Brusselse klanten)'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'A2', 'Duits: basis'),
    ],
    skills: [
      'Onderhandelen',
      'Netwerken in de horeca en op evenementen',
      'Ondernemend',
      'Coachen van jonge collega’s',
      'Navision, Excel, PowerPoint',
    ],
    closing: [
      { kind: 'heading', text: 'Computerkennis' },
      {
        kind: 'paragraph',
        text:
          'Navision (orders, klantenfiches, prijsafspraken), Excel (volumeopvolging en draaitabellen), PowerPoint ' +
          'voor klantenpresentaties, Outlook en Teams, de app van de brouwerij voor bezoekrapporten.',
      },
      { kind: 'heading', text: 'Engagement' },
      {
        kind: 'bullets',
        items: [
          'Bestuurslid van de handelaarsvereniging van Dendermonde (2003 – 2006, toen ik mijn café had)',
          'Vrijwilliger bij de organisatie van het Ros Beiaardfeest en de jaarlijkse jaarmarkt',
        ],
      },
      { kind: 'heading', text: 'Referenties' },
      {
        kind: 'paragraph',
        text:
          'Op te vragen: mijn vroegere zaakvoerder bij de drankencentrale en twee klanten (drankenhandels) die ik al ' +
          'sinds 2012 opvolg.',
      },
      { kind: 'heading', text: 'Vrije tijd' },
      {
        kind: 'paragraph',
        text:
          'Thuisbrouwer (sinds 2010, met een paar medailles op amateurwedstrijden), petanque in de plaatselijke club, ' +
          'fietsen langs de Schelde en de Dender.',
      },
    ],
    clientBase: { activeAccounts: 22, annualRevenueEur: 7_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'entrepreneurship', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h33-14-kort-commercieel-medewerker-binnendienst-verpakkingen-oss',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zevenentwintighonderd Veertien',
    email: 'k2714.oss@example.net',
    phone: '06-48203917',
    contactLines: ['Oss'],
    headings: {
      work: 'Werkervaring',
      education: 'Opleiding',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Commercieel medewerker binnendienst',
        'Verpakkingshandel Maasland B.V.',
        '2021-01',
        null,
        true,
        'jan 2021 - heden',
        [
          'Telefonische verkoop van dozen, folie en tape aan ca. 200 bedrijven in Brabant en Gelderland',
          'Omzet eigen klanten ± € 2,2 mln',
        ],
        'Oss',
      ),
      job('Orderpicker', 'DC Heesch B.V.', '2018', '2020', false, '2018 - 2020', undefined, 'Heesch'),
    ],
    education: [
      edu('mbo 3', 'MBO 3 Logistiek medewerker, Koning Willem I College, ’s-Hertogenbosch, 2015 - 2018', {
        field: 'Logistiek medewerker',
        institution: 'Koning Willem I College',
        startYear: 2015,
        endYear: 2018,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands (moedertaal)'), lang('en', 'B1', 'Engels (redelijk)')],
    skills: [],
    clientBase: { activeAccounts: 200, annualRevenueEur: 2_200_000, segment: 'regional_smb' },
    competencies: [],
  },
  {
    id: 'nl-h33-15-portaal-plaagdierbeheerser-naar-accountmanager-plaagdierbeheersing-almere',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenentwintighonderd Vijftien',
    nameLine: 'CV Kandidaat Zevenentwintighonderd Vijftien',
    email: 'k2715.almere@example.com',
    phone: '0614927315',
    contactLines: ['Almere Buiten'],
    headings: {
      profile: 'Motivatie',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaat',
      languages: 'Talen',
    },
    profile: [
      'Ik solliciteer op de functie accountmanager omdat ik na 12 jaar in de plaagdierbeheersing de volgende stap wil ' +
        'zetten naar een groter bedrijf. Ik ben begonnen als plaagdierbeheerser in de buitendienst, werd planner en ' +
        'ben sinds 2022 accountmanager. Ik ben assertief, ik kan goed plannen en ik weet wat er bij een klant in de ' +
        'kelder of op de zolder gebeurt.',
      '(De opmaak van mijn cv is verloren gegaan bij het plakken in dit formulier, excuses daarvoor.)',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'Plaagvrij Nederland B.V.', '2022', null, true, '2022-heden'),
        lines: [
          'Accountmanager - Plaagvrij Nederland B.V. (Almere)',
          '2022-heden',
          '- 38 contracten met voedingsbedrijven, horeca, zorglocaties en woningcorporaties in Flevoland en ’t Gooi',
          '- jaaromzet van mijn contracten ca. 1,1 miljoen euro',
          '- offertes, inspecties samen met de technicus, ondersteuning bij HACCP- en BRC-audits van klanten',
          '- contact met kwaliteitsmanagers en facilitair managers',
        ],
      },
      {
        ...job('Planner buitendienst', 'Plaagvrij Nederland B.V.', '2019', '2022', false, '2019-2022'),
        lines: [
          'Planner buitendienst - Plaagvrij Nederland B.V. (Almere)',
          '2019-2022',
          '- routes en spoedmeldingen voor 14 technici',
          '- klanten te woord staan over afspraken en meldingen',
        ],
      },
      {
        ...job('Plaagdierbeheerser', 'Ongediertebestrijding Flevo', '2014', '2019', false, '2014-2019'),
        lines: [
          'Plaagdierbeheerser - Ongediertebestrijding Flevo (Lelystad)',
          '2014-2019',
          '- inspecties en bestrijding van muizen, ratten en insecten bij bedrijven en particulieren',
        ],
      },
      {
        ...job('Medewerker snackbar', 'Snackbar De Hoek', '2011', '2014', false, '2011-2014'),
        lines: ['Medewerker snackbar - Snackbar De Hoek (Almere Haven)', '2011-2014'],
      },
    ],
    education: [
      edu('mbo 3', 'MBO 3 Dierverzorging, Aeres MBO Almere, 2010-2013', {
        field: 'Dierverzorging',
        institution: 'Aeres MBO Almere',
        startYear: 2010,
        endYear: 2013,
      }),
      edu('vmbo', 'VMBO basis, Almere, 2006-2010', { startYear: 2006, endYear: 2010 }),
    ],
    courses: [],
    certifications: [
      named(
        'Vakbekwaamheid Beheersing Plaagdieren',
        'Vakbekwaamheid Beheersing Plaagdieren (biociden, geldig tot 2028)',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands moedertaal'),
      lang('en', 'B2', 'Engels goed'),
      lang('es', 'B1', 'Spaans redelijk'),
    ],
    languagesText: ['Nederlands moedertaal, Engels goed, Spaans redelijk'],
    skills: [],
    clientBase: { activeAccounts: 38, annualRevenueEur: 1_100_000, segment: 'regional_smb' },
    competencies: ['organisation', 'tact_assertiveness'],
  },
  {
    id: 'nl-h33-16-hr-adviseur-naar-accountmanager-bedrijfsopleidingen-ede',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zevenentwintighonderd Zestien',
    email: 'k2716.ede@example.org',
    phone: '06 19 73 48 25',
    contactLines: ['Ede', 'linkedin.example.com/in/k2716-ede'],
    tagline: 'Accountmanager bedrijfsopleidingen',
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Trainingen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Als HR-adviseur kocht ik jarenlang trainingen in; sinds 2021 verkoop ik ze. Ik begrijp de vraag achter de ' +
        'vraag van een HR-manager en weet hoe een opleidingsbudget tot stand komt. Analytisch, rustig en ' +
        'resultaatgericht.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Accountmanager bedrijfsopleidingen',
        'Vakwijs Opleidingen B.V.',
        '2021-05',
        null,
        true,
        'mei 2021 – heden',
        [
          'Portefeuille van 45 zakelijke klanten in Gelderland en Utrecht (productie, bouw en zorg)',
          'Omzet 2025: € 1,35 miljoen aan in-companytrainingen en open inschrijvingen',
          'Gesprekspartners: HR-managers en directeuren, die over het opleidingsbudget beslissen',
          'Bij mijn klanten volgen ongeveer 2.600 cursisten per jaar een training',
        ],
        'Ede',
      ),
      job(
        'HR-adviseur',
        'Metaalwarenfabriek Veluwe B.V.',
        '2015-09',
        '2021-04',
        false,
        'september 2015 – april 2021',
        ['Adviseur van management en teamleiders, opleidingsplan en inkoop van trainingen voor 340 medewerkers'],
        'Barneveld',
      ),
      job(
        'Medewerker P&O',
        'Zorggroep Vallei en Heuvelrug',
        '2011-08',
        '2015-08',
        false,
        'augustus 2011 – augustus 2015',
        ['Contracten, verzuimadministratie en werving'],
        'Veenendaal',
      ),
    ],
    education: [
      edu('hbo', 'HBO Human Resource Management, Christelijke Hogeschool Ede, 2007 – 2011', {
        field: 'Human Resource Management',
        institution: 'Christelijke Hogeschool Ede',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('havo', 'HAVO, Pallas Athene College, Ede, 2002 – 2007', {
        institution: 'Pallas Athene College',
        startYear: 2002,
        endYear: 2007,
      }),
    ],
    courses: [named('Verkopen aan HR', 'Verkopen aan HR (2021)'), named('Accountplanning', 'Accountplanning (2023)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Consultatief adviseren', 'Overtuigingskracht', 'Excel en HubSpot'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 1_350_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'persuasiveness'],
  },
  {
    id: 'nl-h33-17-pdf-naar-word-vlaams-schilder-naar-vertegenwoordiger-verf-aalst',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenentwintighonderd Zeventien',
    email: 'k2717.aalst@example.net',
    phone: '0497 31 62 84',
    contactLines: ['9300 Aalst', 'Rijbewijs B'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Bijscholing',
      certifications: 'Attesten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Schilder-decorateur van opleiding en van beroep, sinds 2016 technisch-commercieel vertegenwoordiger bij een',
      'Vlaamse verffabrikant. Ik spreek de taal van de schilder en weet welke verf op de werf doet wat ze belooft.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Technisch-commercieel vertegenwoordiger',
        'Verffabriek Denderkleur NV',
        '2016-04',
        null,
        true,
        'april 2016 – heden',
        [
          'opvolging van een 110-tal schilder- bedrijven en 25 verfspeciaalzaken in Oost-Vlaanderen en Vlaams-Brabant',
          'omzet 2025 in mijn regio: 3,3 miljoen euro',
          'demonstraties op de werf, kleur- advies, opleidingen voor schilders in onze academie',
          'Pagina 1 / 2',
        ],
        'Aalst',
      ),
      job(
        'Zelfstandig schilder-decorateur',
        'Schilderwerken De Kwast',
        '2006',
        '2016',
        false,
        '2006 – 2016',
        ['eigen zaak met twee arbeiders, vooral renovatie bij particulieren en kleine aannemers'],
        'Aalst',
      ),
      job(
        'Schilder',
        'Schilderwerken Van Damme BV',
        '1999',
        '2006',
        false,
        '1999 – 2006',
        ['binnen- en buitenschilderwerk, behangen, spuitwerk'],
        'Erpe-Mere',
      ),
    ],
    education: [
      edu('secondary', 'BSO Schilderen en decoratie + 7de jaar, VTI Aalst, 1992 – 1999', {
        field: 'Schilderen en decoratie',
        institution: 'VTI Aalst',
        startYear: 1992,
        endYear: 1999,
      }),
    ],
    courses: [
      named('Ondernemerscursus schilder-behanger', 'Ondernemerscursus schilder-behanger – Syntra (2004 – 2006)'),
      named('Kleur en interieur', 'Kleur en interieur (2017)'),
    ],
    certifications: [named('Attest bedrijfsbeheer', 'Attest bedrijfsbeheer (2005)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B1', 'Frans: redelijk'),
      lang('en', 'A2', 'Engels: basis'),
    ],
    skills: ['Technisch sterk', 'Klantgericht', 'Kleuradvies'],
    closing: [{ kind: 'paragraph', text: 'Pagina 2 / 2' }],
    clientBase: { activeAccounts: 135, annualRevenueEur: 3_300_000, segment: 'regional_smb' },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h33-18-kort-bouwmarkt-naar-accountmanager-houthandel-lelystad',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zevenentwintighonderd Achttien',
    email: 'achttien.2718@example.org',
    phone: '06-23 84 19 57',
    contactLines: ['Lelystad'],
    headings: {
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager', 'Houthandel Flevoland B.V.', '2023-03', null, true, 'mrt 2023 – heden', [
          'Ongeveer 90 aannemers, timmerbedrijven en interieurbouwers in Flevoland en de Noordoostpolder',
          'Omzet 2025 ruim € 2 miljoen',
          'Meestal spreek ik de eigenaar, die ook beslist',
        ]),
        lines: ['Accountmanager bij Houthandel Flevoland B.V. (mrt 2023 – heden)'],
      },
      {
        ...job(
          'Verkoopadviseur hout en bouwmaterialen',
          'Bouwmarkt Lelystad-Zuid',
          '2016',
          '2023-02',
          true,
          '2016 – feb 2023',
          ['Advies en verkoop aan particulieren en vakmensen'],
        ),
        lines: ['Verkoopadviseur hout en bouwmaterialen bij Bouwmarkt Lelystad-Zuid (2016 – feb 2023)'],
      },
      {
        ...job('Magazijnmedewerker', 'Bouwmaterialen Zuiderzee', '2014', '2016', false, '2014 – 2016'),
        lines: ['Magazijnmedewerker bij Bouwmaterialen Zuiderzee (2014 – 2016)'],
      },
    ],
    education: [
      edu('mbo 2', 'MBO 2 Timmeren, ROC Flevoland, 2012 – 2014', {
        field: 'Timmeren',
        institution: 'ROC Flevoland',
        startYear: 2012,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands (moedertaal)'), lang('en', 'B1', 'Engels (redelijk)')],
    skills: ['Onderhandelen over prijzen en levertijden', 'Tekeningen lezen', 'Rijbewijs B en BE, heftruck'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 2_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h33-19-lang-drukker-naar-senior-accountmanager-etiketten-emmen',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenentwintighonderd Negentien',
    email: 'k2719.emmen@example.com',
    phone: '0591 - 624817',
    contactLines: ['Emmen', 'Mobiel 06 - 21 48 93 70', 'Geboren 14 februari 1966 te Emmen'],
    tagline: 'Senior accountmanager etiketten en verpakkingsdrukwerk',
    headings: {
      profile: 'Persoonlijk profiel',
      work: 'Loopbaan',
      education: 'Opleidingen',
      courses: 'Cursussen en trainingen',
      certifications: 'Diploma’s',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik ben drukker van het vak. Op mijn zestiende stond ik al aan de pers, en ik heb de overgang van offset naar ' +
        'flexo en digitaal van dichtbij meegemaakt. Sinds 2001 ben ik accountmanager, sinds 2008 senior ' +
        'accountmanager bij een etikettendrukkerij in Emmen. Mijn klanten zijn voedingsmiddelenproducenten en ' +
        'zuivelbedrijven in Noord- en Oost-Nederland en Noord-Duitsland.',
      'Klanten waarderen dat ik weet wat er op de drukvloer kan en wat niet. Ik beloof geen levertijden die de ' +
        'planning niet waar kan maken, en als er iets misgaat, ben ik de eerste die belt. Veel van mijn klanten ' +
        'bedien ik al meer dan vijftien jaar.',
      'In mijn werk ben ik de schakel tussen de klant en de drukkerij. Ik vertaal de wensen van een ' +
        'marketingafdeling naar een specificatie waar de drukvloer mee uit de voeten kan, en andersom leg ik een ' +
        'inkoper uit waarom een bepaald materiaal duurder is of langer duurt. Ik werk nauwkeurig, houd mijn ' +
        'afspraken bij in het CRM en laat geen offerte liggen.',
      'Naast mijn werk ben ik actief in het verenigingsleven van Emmen. Ik ben iemand die blijft: bij mijn ' +
        'werkgever, bij mijn klanten en bij mijn vereniging. Ik hoop dat ook bij een nieuwe werkgever te kunnen zijn.',
      'Omdat de drukkerij in 2027 wordt samengevoegd met een vestiging in Duitsland en de verkoop daarheen verhuist, ' +
        'zoek ik een nieuwe functie als (senior) accountmanager of key accountmanager in Noord-Nederland.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Senior accountmanager',
        'Etiketten Noord B.V.',
        '2008-04',
        null,
        true,
        'april 2008 – heden',
        [
          'Vaste portefeuille van 40 klanten in de voedingsmiddelenindustrie en de zuivel, in Noord- en ' +
            'Oost-Nederland en Noord-Duitsland',
          'Omzet 2025 op mijn klanten: € 6,8 miljoen',
          'Bij de meeste klanten spreek ik de inkoopmanager, die ook beslist over de leverancier; bij nieuwe ' +
            'verpakkingen ook marketing en de verpakkingstechnoloog',
          'Jaarcontracten, prijsafspraken, voorraadafspraken (call-off) en nieuwe projecten',
          'Begeleiden van proefdrukken en persoplagen bij de klant en in de drukkerij',
          'Sinds 2015 ook verantwoordelijk voor de Duitse klanten (nu 9 van de 40); ik bezoek ze om de week op ' +
            'dinsdag en woensdag',
          'Maandelijkse forecast per klant voor de inkoop van materialen en de planning van de persen',
          'Elk jaar een klantendag in de drukkerij met rondleiding en presentatie van nieuwe materialen',
          'Begeleiding van twee grote overstappen bij klanten: van papier naar folie-etiketten (2012) en naar ' +
            'recyclebare materialen (2023)',
          'Opvolgen van reclamaties samen met kwaliteit en productie, tot en met het 8D-rapport voor de klant',
          'Ter vergelijking: de drukkerij drukt ruim 1,2 miljard etiketten per jaar',
        ],
        'Emmen',
      ),
      job(
        'Accountmanager',
        'Etiketten Noord B.V.',
        '2001-01',
        '2008-03',
        true,
        'januari 2001 – maart 2008',
        [
          'Overgestapt van de drukkerij naar de verkoop binnen hetzelfde bedrijf',
          'Opbouw van een eigen klantenkring in de zuivel in Friesland en Drenthe',
          'Bezoek aan kaasmakerijen, zuivelfabrieken en vleeswarenbedrijven, vaak samen met de directeur',
          'Opzetten van de eerste voorraadafspraken voor vaste etiketten, zodat klanten sneller konden bestellen',
          'Binnendienstwerk: offertes en orderbevestigingen, later overgedragen aan een commercieel assistent',
        ],
        'Emmen',
      ),
      job(
        'Calculator en werkvoorbereider',
        'Drukkerij Hondsrug B.V.',
        '1994-05',
        '2000-12',
        false,
        'mei 1994 – december 2000',
        [
          'Calculaties voor de verkopers, werkvoorbereiding en de weekindeling van drie persen',
          'Contact met de klant over proeven en bestanden',
          'Inkoop van papier en karton bij drie vaste leveranciers',
          'Invoering van het eerste calculatieprogramma in de drukkerij (1997)',
        ],
        'Emmen',
      ),
      job(
        'Offsetdrukker',
        'Drukkerij Hondsrug B.V.',
        '1986-01',
        '1994-04',
        false,
        'januari 1986 – april 1994',
        [
          'Drukken van folders, tijdschriften en verpakkingen op vierkleurenpersen, vanaf 1990 eerste drukker',
          'Kleurafstemming met klanten aan de pers bij persoplagen',
          'Onderhoud van de persen samen met de technische dienst',
        ],
        'Emmen',
      ),
      job(
        'Hulpdrukker',
        'Drukkerij Van der Veen',
        '1982-08',
        '1984-07',
        false,
        'augustus 1982 – juli 1984',
        [
          'Papier aanvoeren, inschieten, snijden en vouwen; leerling in het leerlingwezen',
          'Eén dag per week naar de vakschool',
          'In de laatste maanden zelfstandig aan een tweekleurenpers voor eenvoudig werk (briefpapier, formulieren)',
        ],
        'Klazienaveen',
      ),
      job(
        'Zaterdaghulp',
        'Bakkerij Hofstra',
        '1980',
        '1982',
        false,
        '1980 – 1982 (zaterdagen)',
        ['Brood bezorgen met de bakfiets en de bakkerij schoonmaken'],
        'Emmen',
      ),
      job('Krantenbezorger', 'Emmer Courant', '1979', '1982', false, '1979 – 1982 (bijbaan)', undefined, 'Emmen'),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Belangrijkste resultaten' },
      {
        kind: 'bullets',
        items: [
          'Omzet op mijn klanten van € 3,1 miljoen in 2008 naar € 6,8 miljoen in 2025',
          'Sinds 2015 de Duitse markt voor de drukkerij opgebouwd: van nul naar 9 vaste klanten',
          'De drie grootste klanten van de drukkerij zijn klanten die ik zelf heb binnengehaald',
          'In 2020 tijdens de coronaperiode samen met productie de levering aan alle zuivelklanten ' +
            'zonder onderbreking doorgezet',
          'Meegewerkt aan de keuze en de invoering van het nieuwe CRM-systeem (2017) en het klantportaal (2022)',
        ],
      },
      { kind: 'heading', text: 'Militaire dienst' },
      {
        kind: 'paragraph',
        text: 'augustus 1984 – december 1985: dienstplichtig soldaat, Johannes Post Kazerne, Havelte',
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Printmedia, avondopleiding, Grafische School Noord, Groningen, 1987 – 1991', {
        field: 'Printmedia',
        institution: 'Grafische School Noord',
        startYear: 1987,
        endYear: 1991,
      }),
      edu('lower secondary', 'LBO Grafische techniek, Technische School Emmen, 1978 – 1982', {
        field: 'Grafische techniek',
        institution: 'Technische School Emmen',
        startYear: 1978,
        endYear: 1982,
      }),
    ],
    courses: [
      named('Key Account Management', 'Key Account Management – Schouten & Nelissen (2009)'),
      named('Flexodruk voor verkopers', 'Flexodruk voor verkopers (2001)'),
      named('Verkooptechnieken', 'Verkooptechnieken – Volksuniversiteit (1999)'),
      named('Duits voor zakelijk gebruik', 'Duits voor zakelijk gebruik – Goethe-Institut (2015)'),
      named('Digitaal drukken en variabele data', 'Digitaal drukken en variabele data (2018)'),
      named('LinkedIn voor verkopers', 'LinkedIn voor verkopers (2020)'),
      named(
        'Voedselveiligheid van verpakkingen (BRCGS Packaging)',
        'Voedselveiligheid van verpakkingen (BRCGS Packaging) – 2012',
      ),
      named('Flexodruk – basis', 'Flexodruk – basis, Grafisch Lyceum (1996)'),
      named('Timemanagement', 'Timemanagement (2004)'),
    ],
    certifications: [named('NIMA Marketing A', 'NIMA Marketing A (2003)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'C1', 'Duits – zeer goed'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['Nederlands – moedertaal', 'Drents – thuistaal', 'Duits – zeer goed', 'Engels – goed'],
      },
    ],
    skills: [
      'Analytisch: ik reken elke offerte zelf na',
      'Relatiebeheer op de lange termijn',
      'Kennis van flexodruk, digitaal drukken en etiketmaterialen',
      'Microsoft Office, MIS (Multipress), CRM',
    ],
    closing: [
      { kind: 'heading', text: 'Computervaardigheden' },
      {
        kind: 'paragraph',
        text:
          'Word, Excel (calculaties, klantoverzichten, draaitabellen), Outlook en Teams; het MIS van de drukkerij ' +
          '(Multipress) voor calculaties en orders; het CRM-systeem voor bezoekverslagen, offertes en pipeline; ' +
          'basiskennis van PDF-controle en kleurbeheer voor het beoordelen van aangeleverde bestanden.',
      },
      { kind: 'heading', text: 'Persoonlijke gegevens' },
      {
        kind: 'paragraph',
        text: 'Gehuwd, twee volwassen kinderen. Rijbewijs B en BE. Ik woon sinds mijn geboorte in Emmen.',
      },
      { kind: 'heading', text: 'Nevenfuncties' },
      { kind: 'paragraph', text: 'Penningmeester van IJsvereniging Emmen-Noord (sinds 2005).' },
      { kind: 'heading', text: 'Hobby’s' },
      { kind: 'paragraph', text: 'Schaatsen (natuurijs als het kan), fietsen op de Hondsrug, mijn moestuin.' },
      { kind: 'heading', text: 'Referenties' },
      { kind: 'paragraph', text: 'Op verzoek beschikbaar.' },
    ],
    clientBase: { activeAccounts: 40, annualRevenueEur: 6_800_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'relationship_building'],
  },
  {
    id: 'nl-h33-20-installateur-naar-business-developer-zonnepanelen-heerenveen',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenentwintighonderd Twintig',
    email: 'k2720.heerenveen@example.net',
    phone: '06-38 51 72 04',
    contactLines: ['Heerenveen'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Elektromonteur die de zon heeft ontdekt. Na zeven jaar installatiewerk en vier jaar op de daken stap ik in 2023 ' +
        'over naar de zakelijke verkoop van zonnedaken en batterijen. Ik ben ondernemend, spreek de taal van boeren ' +
        'en ondernemers (in het Fries als het moet) en weet wat er op een dak wel en niet kan.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Business developer zakelijke markt',
        'Sinnestroom B.V.',
        '2023-06',
        null,
        true,
        'juni 2023 t/m heden',
        [
          'Werving en beheer van zakelijke klanten voor zonnedaken en batterijopslag: agrarische bedrijven, mkb en ' +
            'sportverenigingen in Friesland en de Kop van Overijssel',
          'Sinds de start 48 zakelijke klanten binnengehaald die ik nu ook beheer; samen ongeveer 14 MWp',
          'Omzet uit mijn projecten in 2025: € 2,9 miljoen',
          'Ondernemers en boeren beslissen zelf; ik zit met hen aan de keukentafel of in de kantine',
        ],
        'Heerenveen',
      ),
      job(
        'Installateur zonnepanelen',
        'Sinnestroom B.V.',
        '2019',
        '2023-05',
        false,
        '2019 t/m mei 2023',
        ['Montage en aansluiten van zonnepanelen, vanaf 2021 ploegleider'],
        'Heerenveen',
      ),
      job(
        'Elektromonteur',
        'Installatiebedrijf De Friese Wouden',
        '2012',
        '2018',
        false,
        '2012 t/m 2018',
        ['Installaties in woningen, boerderijen en utiliteitsbouw'],
        'Drachten',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Technicus elektrotechnische installaties, Friesland College, Leeuwarden, 2008 – 2012', {
        field: 'Technicus elektrotechnische installaties',
        institution: 'Friesland College',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('VCA VOL', 'VCA VOL (geldig tot 2027)')],
    languages: [
      lang('fy', 'native', 'Fries – memmetaal (moedertaal)'),
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: [
      'Ondernemend',
      'Netwerken bij LTO-afdelingen en ondernemersverenigingen',
      'Technisch inzicht: ik maak zelf de legplannen',
      'Rijbewijs B',
    ],
    clientBase: { activeAccounts: 48, annualRevenueEur: 2_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'relationship_building'],
  },
  {
    id: 'nl-h33-21-vlaams-magazijn-naar-accountmanager-feestverhuur-ieper',
    format: 'txt',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Zevenentwintighonderd Eenentwintig',
    email: 'k2721.ieper@example.com',
    phone: '0468 27 93 15',
    contactLines: ['8900 Ieper', 'Rijbewijs B en C'],
    headings: {
      contact: 'Contact',
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik ben begonnen in het magazijn van een feestverhuurbedrijf en ken dus elke tent, elke tafel en elke ' +
        'koelwagen. Sinds 2018 ben ik accountmanager en help ik klanten van het eerste idee tot de afbraak. Ik werk ' +
        'graag met mensen en blijf rustig als een tent om vijf uur ’s ochtends nog niet staat.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager',
        'Tent & Feest Westhoek BV',
        '2018-03',
        null,
        true,
        'van maart 2018 tot nu',
        [
          'een 130-tal vaste klanten: evenementenbureaus, gemeenten, scholen en verenigingen in West-Vlaanderen en ' +
            'Noord-Frankrijk',
          'omzet 2025 op mijn klanten: 2,4 miljoen euro verhuur',
          'offertes, plaatsbezoeken, draaiboeken en opvolging van de montageploegen',
          'we leveren voor ruim 900 evenementen per jaar',
        ],
        'Ieper',
      ),
      job(
        'Magazijnverantwoordelijke',
        'Tent & Feest Westhoek BV',
        '2014-01',
        '2018-02',
        false,
        'van januari 2014 tot februari 2018',
        ['stock, onderhoud van het materiaal, planning van de leveringen'],
        'Ieper',
      ),
      job(
        'DJ',
        'DJ Westhoek Events',
        '2008',
        '2016',
        false,
        'van 2008 tot 2016 (zelfstandige in bijberoep)',
        ['trouwfeesten en fuiven in het weekend'],
        'Poperinge',
      ),
      job(
        'Monitor speelpleinwerking',
        'Stad Ieper',
        '2005',
        '2009',
        false,
        'zomers van 2005 tot 2009 (jobstudent)',
        undefined,
        'Ieper',
      ),
    ],
    education: [
      edu(
        'bachelor',
        'Professionele bachelor Event- en projectmanagement, Hogeschool West-Vlaanderen, Brugge, 2010 – 2013',
        {
          field: 'Event- en projectmanagement',
          institution: 'Hogeschool West-Vlaanderen',
          startYear: 2010,
          endYear: 2013,
        },
      ),
      edu('secondary', 'ASO Economie-Moderne Talen, Lyceum Ieper, 2004 – 2010', {
        field: 'Economie-Moderne Talen',
        institution: 'Lyceum Ieper',
        startYear: 2004,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'C1', 'Frans: zeer goed (Franse klanten)'),
      lang('en', 'B2', 'Engels: goed'),
    ],
    skills: ['Klantgerichtheid', 'Creatief', 'Organisatievermogen', 'Stressbestendig'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 2_400_000, segment: 'international' },
    competencies: ['customer_focus', 'innovation', 'organisation', 'stress_resistance'],
  },
  {
    id: 'nl-h33-22-kort-locatiemanager-catering-wil-accountmanager-leiden',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Zevenentwintighonderd Tweeëntwintig',
    email: 'k2722.leiden@example.org',
    phone: '06 72 18 40 39',
    contactLines: ['Leiden'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Na vijftien jaar in de keuken en de bedrijfscatering wil ik naar de commerciële kant: als accountmanager in de ' +
        'catering of foodservice.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Locatiemanager',
        'Smaakwerk Catering B.V.',
        '2019',
        null,
        false,
        '2019 – heden',
        [
          'Bedrijfsrestaurant bij een farmaceutisch bedrijf: 18 medewerkers, 1.100 maaltijden per dag',
          'Omzet van de locatie € 2,1 mln; maandelijks overleg met de opdrachtgever over het contract',
        ],
        'Leiden',
      ),
      job(
        'Chef-kok bedrijfsrestaurant',
        'Smaakwerk Catering B.V.',
        '2014',
        '2019',
        false,
        '2014 – 2019',
        undefined,
        'Leiden',
      ),
      job('Kok', 'Restaurant Het Rapenburg', '2009', '2014', false, '2009 – 2014', undefined, 'Leiden'),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Leidinggevende keuken, ROC Leiden, 2005 – 2009', {
        field: 'Leidinggevende keuken',
        institution: 'ROC Leiden',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [named('Verklaring Sociale Hygiëne', 'Verklaring Sociale Hygiëne (2010)')],
    languages: [lang('nl', 'native', 'Nederlands – moedertaal'), lang('en', 'B2', 'Engels – goed')],
    skills: ['Plannen en organiseren', 'Klantgericht'],
    clientBase: null,
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'nl-h33-23-pdf-naar-word-servicemonteur-naar-accountmanager-pompen-hengelo',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenentwintighonderd Drieëntwintig',
    email: 'k2723.hengelo@example.com',
    phone: '06-53 82 17 49',
    contactLines: ['Hengelo (Ov.)', 'Geboren: 21-01-1988'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Functie', 'Bedrijf', 'Periode'],
    },
    workTableOrder: ['title', 'employer', 'period'],
    profile: [
      'Technisch accountmanager met acht jaar ervaring als servicemonteur in de pompentechniek. Ik adviseer',
      'onderhoudsmanagers en technische diensten over pompen, onderhoud en revisies, in Twente, de Achterhoek en',
      'het Münsterland. Praktisch, stressbestendig en altijd bereikbaar als er een installatie stilstaat.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager industrie', 'Twentse Pomptechniek B.V.', '2020-02', null, true, 'februari 2020 - heden', [
        'Portefeuille van 55 industriële klanten in Twente, de Achterhoek en over de grens in het Münsterland ' +
          '(Duitsland)',
        'Omzet 2025: € 4,1 miljoen (pompen, onderhouds- contracten, revisies)',
        'Contactpersonen: technische diensten, onderhoudsmanagers en inkopers',
        'Offertes, jaarlijkse prijsafspraken en het opzetten van onderhoudscontracten',
      ]),
      job('Servicemonteur pompen', 'Twentse Pomptechniek B.V.', '2012', '2020-01', false, '2012 - januari 2020', [
        'Storingen, revisies in de werkplaats en onderhoud bij klanten, ook in Duitsland',
      ]),
      job('Monteur', 'Machinefabriek Dinkelland', '2008', '2012', false, '2008 - 2012', [
        'Assemblage van verpakkingsmachines, inbedrijfstelling bij de klant',
      ]),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Kandidaat Zevenentwintighonderd Drieëntwintig – Curriculum vitae – pagina 2' },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Middenkaderfunctionaris werktuigbouwkunde, ROC van Twente, Hengelo, 2004 - 2008', {
        field: 'Middenkaderfunctionaris werktuigbouwkunde',
        institution: 'ROC van Twente',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [named('Technische verkoop', 'Technische verkoop (2020)')],
    certifications: [named('ATEX Explosieveiligheid niveau 2', 'ATEX Explosieveiligheid niveau 2 (2019)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('de', 'C1', 'Duits: zeer goed'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['Nederlands: moedertaal', 'Twents: thuistaal', 'Duits: zeer goed', 'Engels: redelijk'],
      },
    ],
    skills: ['Technisch inzicht', 'Stressbestendig', 'SAP, Excel, Teams'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 4_100_000, segment: 'international' },
    competencies: ['stress_resistance'],
  },
  {
    id: 'nl-h33-24-portaal-reisadviseur-naar-accountmanager-zakenreizen-hilversum',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zevenentwintighonderd Vierentwintig',
    email: 'k2724.hilversum@example.net',
    phone: '+31 6 1948 2736',
    contactLines: ['Hilversum'],
    headings: {
      profile: 'Vertel iets over jezelf',
      work: 'Werkervaring (meest recent eerst)',
      education: 'Opleiding',
      languages: 'Talen',
      skills: 'Vaardigheden',
    },
    profile: [
      'Ik ben een communicatief en klantgericht mens met een hart voor reizen. Na zeven jaar als reisadviseur en een ' +
        'pauze van vier jaar voor mijn kinderen ben ik in 2023 begonnen als accountmanager zakenreizen. Ik wil nu ' +
        'doorgroeien naar een functie met meer en grotere klanten.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager zakelijke reizen',
        'Gooi Business Travel B.V.',
        '2023-09',
        null,
        true,
        'september 2023 – momenteel',
        [
          '35 zakelijke klanten in het Gooi en Amsterdam, vooral mkb en mediabedrijven',
          'Reisvolume van mijn klanten ca. € 5,6 miljoen per jaar; onze omzet daarop (fees en commissies) ca. ' +
            '€ 420.000',
          'Jaarafspraken over service fees, reisbeleid en rapportages met travel managers en office managers',
        ],
        'Hilversum',
      ),
      job(
        'Reisadviseur',
        'Reisbureau Zonnewind',
        '2012-04',
        '2019-06',
        true,
        'april 2012 – juni 2019',
        ['Advies en verkoop van reizen aan particulieren in de winkel, groepsreizen voor verenigingen'],
        'Hilversum',
      ),
      job(
        'Cabinemedewerker',
        'TransAir Charter',
        '2008-03',
        '2012-03',
        false,
        'maart 2008 – maart 2012',
        undefined,
        'Schiphol',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Van juli 2019 tot september 2023 ben ik bewust thuis geweest voor onze drie kinderen. In die tijd deed ik ' +
          'de ledenadministratie van de tennisclub (vrijwilligerswerk).',
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Travel & Hospitality, ROC van Amsterdam, 2004 – 2008', {
        field: 'Travel & Hospitality',
        institution: 'ROC van Amsterdam',
        startYear: 2004,
        endYear: 2008,
      }),
      edu('havo', 'HAVO, Comenius College, Hilversum, 1999 – 2004', {
        institution: 'Comenius College',
        startYear: 1999,
        endYear: 2004,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: vloeiend'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('es', 'B2', 'Spaans: goed'),
      lang('de', 'B1', 'Duits: redelijk'),
    ],
    skills: ['Amadeus en Sabre', 'Reisbeleid en duty of care', 'Microsoft Office'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 420_000, segment: 'regional_smb' },
    competencies: ['communication', 'customer_focus'],
  },
  {
    id: 'nl-h33-25-vlaams-housekeeping-naar-accountmanager-linnenverhuur-vilvoorde',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Zevenentwintighonderd Vijfentwintig',
    email: 'k2725.vilvoorde@example.org',
    phone: '0491 84 27 63',
    contactLines: ['1800 Vilvoorde'],
    headings: {
      profile: 'Profiel',
      work: 'Ervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Troeven',
      languages: 'Talen',
    },
    profile: [
      'Acht jaar in de hotellerie, waarvan vijf als executive housekeeper, en sinds 2021 aan de andere kant van de ' +
        'linnenkamer: als accountmanager bij een linnenverhuurder. Ik weet wat een hotel nodig heeft op een ' +
        'zaterdagochtend met 200 vertrekken. Tweetalig, proactief en praktisch.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager', 'Linnenservice Brabant BV', '2021-09', null, true, 'sinds september 2021', [
        'een 90-tal hotels, restaurants en woonzorgcentra in Brussel en Vlaams-Brabant',
        'omzet 2025 op mijn klanten: 3,2 miljoen euro (huur en wassen van bed- en badlinnen, tafellinnen en ' +
          'werkkledij)',
        'gesprekken met de directeurs en aankopers, die beslissen over de keuze van de wasserij',
        'onze wasserij verwerkt ongeveer 45 ton linnen per dag',
      ]),
      job('Executive housekeeper', 'Grand Hotel Zavel', '2016-04', '2021-08', false, 'april 2016 – augustus 2021', [
        'leiding aan 24 kamermeisjes en linnenmedewerkers in een hotel van 180 kamers, aankoop en linnenbeheer',
      ]),
      job('Receptionist', 'Hotel Scheldezicht', '2013', '2016', false, '2013 – 2016', [
        'onthaal, check-in en check-out, reservaties',
      ]),
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Hotelmanagement, Hogeschool PXL, Hasselt, 2009 – 2013', {
        field: 'Hotelmanagement',
        institution: 'Hogeschool PXL',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'C1', 'Frans – zeer goed'),
      lang('en', 'C1', 'Engels – zeer goed'),
      lang('es', 'A2', 'Spaans – basis'),
    ],
    skills: ['Tweetalig NL/FR', 'Proactief', 'Kennis van housekeeping en linnenbeheer'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 3_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative'],
  },
  {
    id: 'nl-h33-26-lang-boerenzoon-naar-voerspecialist-rundvee-hoogeveen',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Zevenentwintighonderd Zesentwintig',
    email: 'k2726.hoogeveen@example.com',
    phone: '0528 - 271946',
    contactLines: ['Hoogeveen', 'Mobiel: 06 - 52 39 18 74', 'Geboren: 8 mei 1965'],
    tagline: 'Voerspecialist rundvee',
    headings: {
      contact: 'Personalia',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Diploma’s en certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik ben opgegroeid op een melkveebedrijf in Zuidwolde en heb mijn hele werkzame leven met koeien en boeren ' +
        'gewerkt: op het bedrijf van mijn ouders, als bedrijfsverzorger, als melkcontroleur en sinds 1994 in de ' +
        'verkoop van veevoer. Ik ben geen verkoper die een product komt pushen. Ik kom op het erf, kijk in de stal en ' +
        'naar de cijfers van de melkproductie, en pas dan praten we over voer.',
      'Mijn boeren kennen mij al lang; sommige bedrijven bezoek ik al in de tweede generatie. Ik ben klantgericht, ' +
        'betrouwbaar en ik kan goed onderhandelen zonder dat iemand zich tekortgedaan voelt.',
      'De melkveehouderij is in veertig jaar sterk veranderd: van vijftig koeien en een grupstal naar bedrijven ' +
        'met honderden koeien, robots en strenge regels voor mest en stikstof. Ik heb die veranderingen van dichtbij ' +
        'meegemaakt en mij steeds bijgeschoold, zodat ik de veehouder ook nu nog iets kan vertellen wat hij nog niet ' +
        'wist.',
      'Wat ik zoek in een nieuwe werkgever: een goed product, collega’s op wie ik kan bouwen, en de ruimte om ' +
        'mijn eigen agenda in te delen. Ik ben gewend zelfstandig te werken vanuit huis, met één dag per week op ' +
        'kantoor voor overleg.',
      'Door een reorganisatie bij mijn werkgever verandert mijn rayon per 2027. Ik sta daarom open voor een nieuwe ' +
        'functie als accountmanager of specialist in de agrarische sector in Noord- en Oost-Nederland.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Voerspecialist rundvee',
        'Agrifeed Noord B.V.',
        '2004-01',
        null,
        true,
        'jan. 2004 – heden',
        [
          'Advies en verkoop van mengvoer, mineralen en ruwvoerbemesting aan 95 melkveehouders in Drenthe, ' +
            'Zuidoost-Friesland en de Kop van Overijssel',
          'Omzet op mijn bedrijven in 2025: € 7,9 miljoen',
          'De boer beslist zelf, vaak samen met zijn partner aan de keukentafel',
          'Rantsoenberekeningen, ruwvoeranalyses en begeleiding bij de KringloopWijzer',
          'Samen houden mijn bedrijven ongeveer 14.000 melkkoeien',
          'Sinds 2018 ook inwerken van nieuwe collega’s in het rayon',
          'Studieavonden voor veehouders over jongvee-opfok en klauwgezondheid (twee keer per jaar)',
          'Overleg met dierenartsen, voeradviseurs van andere bedrijven en loonwerkers op het erf',
          'Begeleiding van bedrijven die overschakelen op weidegang, biologisch of een melkrobot',
          'Mijn bedrijven bleven de laatste vijf jaar vrijwel allemaal klant; het verloop is minder dan 3 % per jaar',
        ],
        'Hoogeveen',
      ),
      job(
        'Vertegenwoordiger',
        'Veevoederbedrijf Drenthe',
        '1994-03',
        '2003-12',
        true,
        'mrt. 1994 – dec. 2003',
        [
          'Verkoop van veevoer aan melkveehouders en vleesveehouders in Zuidwest-Drenthe',
          'Bestellingen opnemen op het erf en telefonisch',
          'Voerwinst- en rantsoenberekeningen, eerst met de hand en vanaf 1997 op de laptop',
          'Vaste bezoekdag per week per gebied, daarnaast de telefoon voor spoedbestellingen en vragen',
          'Beurzen en open dagen: de regionale landbouwdagen in Drenthe en de Rundveedagen in Zwolle',
          'Begeleiding van veehouders bij de overstap naar de melkquotumregeling en de mestboekhouding',
          'Het bedrijf werd in 2003 overgenomen door Agrifeed Noord; ik ben meegegaan',
        ],
        'Beilen',
      ),
      job(
        'Melkcontroleur',
        'Melkcontroledienst Noord',
        '1989-05',
        '1994-02',
        false,
        'mei 1989 – febr. 1994',
        [
          'Monstername van melk op boerderijen, registratie van productiecijfers',
          'Eerste aanspreekpunt voor veehouders met vragen over hun uitslagen',
          'Hier leerde ik bijna elk melkveebedrijf in Midden-Drenthe kennen, wat mij later als vertegenwoordiger ' +
            'veel heeft opgeleverd',
          'Vaste route langs ongeveer 200 bedrijven in Midden-Drenthe',
        ],
        'Assen',
      ),
      job(
        'Bedrijfsverzorger',
        'Stichting Bedrijfsverzorging Drenthe',
        '1985-01',
        '1989-04',
        false,
        'jan. 1985 – apr. 1989',
        [
          'Vervangen van veehouders bij ziekte en vakantie op melkveebedrijven in heel Drenthe',
          'Melken, voeren, kalveren verzorgen en het bedrijf draaiende houden, soms weken achtereen',
        ],
        'Hoogeveen',
      ),
      job(
        'Medewerker melkveebedrijf',
        'ouderlijk melkveebedrijf',
        '1981',
        '1983',
        false,
        '1981 – 1983',
        ['Melken, voeren en veldwerk naast de MAS', 'Na mijn diensttijd nog enkele maanden thuis meegewerkt'],
        'Zuidwolde',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Wat ik heb bereikt' },
      {
        kind: 'bullets',
        items: [
          'Mijn rayon is sinds 2004 gegroeid van 60 naar 95 melkveebedrijven, bijna allemaal via mond-tot-mondreclame',
          'Bij de bedrijven die ik begeleid, steeg de melkproductie per koe in tien jaar gemiddeld met ruim 1.200 kg',
          'Sinds 2018 drie nieuwe collega’s ingewerkt die nu zelfstandig een eigen rayon hebben',
          'In 2022 als eerste in het bedrijf een studiegroep voor jonge veehouders opgezet (nu 14 deelnemers)',
        ],
      },
      { kind: 'heading', text: 'Militaire dienst' },
      { kind: 'paragraph', text: '1983 – 1984: dienstplicht bij de Koninklijke Landmacht (chauffeur), Assen' },
    ],
    education: [
      edu('mbo 4', 'MAS Veehouderij (Middelbare Agrarische School), Meppel, 1980 – 1983', {
        field: 'Veehouderij',
        startYear: 1980,
        endYear: 1983,
      }),
      edu('lower secondary', 'LAS (Lagere Agrarische School), Hoogeveen, 1976 – 1980', {
        startYear: 1976,
        endYear: 1980,
      }),
    ],
    courses: [
      named('Rundveevoeding', 'Rundveevoeding – HAS Den Bosch, cursus voor voorlichters (1995)'),
      named('Verkoopgesprekken aan de keukentafel', 'Verkoopgesprekken aan de keukentafel (1998)'),
      named('Klimaat en ventilatie in de stal', 'Klimaat en ventilatie in de stal (2008)'),
      named('KringloopWijzer voor adviseurs', 'KringloopWijzer voor adviseurs (2016)'),
      named('Excel voor beginners', 'Excel voor beginners (2005)'),
      named('Jongvee-opfok', 'Jongvee-opfok – Wageningen Livestock Research (2012)'),
      named('Mestwetgeving voor adviseurs', 'Mestwetgeving voor adviseurs (2019)'),
      named('Digitale rantsoenberekening', 'Digitale rantsoenberekening (2021)'),
    ],
    certifications: [named('Diploma Inseminator rundvee', 'Diploma Inseminator rundvee (1987)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['Nederlands – moedertaal', 'Drents – dagelijks op het erf', 'Duits – goed', 'Engels – redelijk'],
      },
    ],
    skills: [
      'Klantgericht',
      'Onderhandelingsvaardig',
      'Kennis van rundveevoeding en bedrijfseconomie van melkveebedrijven',
      'Rijbewijs B en BE',
    ],
    closing: [
      { kind: 'heading', text: 'Nevenfuncties' },
      {
        kind: 'paragraph',
        text: 'Penningmeester van muziekvereniging Crescendo in Zuidwolde (2010 – 2022), nu nog lid (bugel).',
      },
      { kind: 'heading', text: 'Computervaardigheden' },
      {
        kind: 'paragraph',
        text:
          'Rantsoenprogramma’s van de werkgever, KringloopWijzer, Excel, Outlook, het klantportaal en de app voor ' +
          'bezoekverslagen. Ik ben geen computermens, maar ik kom er goed mee uit de voeten.',
      },
      { kind: 'heading', text: 'Hobby’s' },
      {
        kind: 'paragraph',
        text:
          'Muziek maken bij de fanfare, fietsen door het Drentse land, oppassen op mijn kleinkinderen en in de ' +
          'winter houtbewerking in de schuur. Elk voorjaar help ik een oud-klant met het kalveren als hij op ' +
          'vakantie gaat.',
      },
      { kind: 'heading', text: 'Referenties' },
      {
        kind: 'paragraph',
        text: 'Twee veehouders uit mijn rayon en mijn vorige leidinggevende willen graag iets over mij vertellen.',
      },
    ],
    clientBase: { activeAccounts: 95, annualRevenueEur: 7_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
];

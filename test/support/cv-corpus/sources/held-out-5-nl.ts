import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The fifth held-out set's Dutch CVs (see test/fixtures/cvs/held-out-5/README.md):
 * ten account, key account and relationship managers in banking, insurance and
 * B2B, written without reading the reader. A LinkedIn export, a Dutch Europass,
 * a history told in prose, work tables, a skills-first CV, two plain
 * chronological ones, a gap, parental leave, a board seat and overlapping jobs.
 */
export const HELD_OUT_5_NL: CvSource[] = [
  {
    id: 'nl-h5-01-linkedin-relatiemanager-bank',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Zeventig',
    email: 'kandidaat.zeventig@example.com',
    phone: '+31 6 4187 2093',
    contactLines: ['www.linkedin.com/in/kandidaatzeventig (LinkedIn)'],
    tagline: 'Senior Relatiemanager Zakelijk bij Graafschap Bank | Familiebedrijven, maakindustrie en agri',
    afterContact: [{ kind: 'paragraph', text: 'Doetinchem, Gelderland, Nederland' }],
    headings: {
      contact: 'Contactgegevens',
      skills: 'Belangrijkste vaardigheden',
      languages: 'Talen',
      certifications: 'Certificeringen',
      profile: 'Samenvatting',
      work: 'Ervaring',
      education: 'Opleiding',
    },
    profile: [
      'Ik ben het vaste aanspreekpunt voor 85 ondernemers in de Achterhoek en de Liemers: vooral ' +
        'familiebedrijven in de maakindustrie en de agrarische sector, met een omzet tussen de € 2 en ' +
        '€ 25 miljoen. Samen vertegenwoordigen zij een kredietportefeuille van ruim € 140 miljoen. Mijn ' +
        'gesprekspartners zijn de directeur-grootaandeelhouders zelf.',
      'Daarvoor werkte ik ruim vier jaar in bijzonder beheer, waar ik heb geleerd hoe het er aan de andere ' +
        'kant van de tafel uitziet als het tegenzit.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Relatiemanager Zakelijk',
          'Graafschap Bank',
          '2023-03',
          null,
          true,
          'maart 2023 - heden (3 jaar 9 maanden)',
        ),
        lines: [
          'Graafschap Bank',
          '8 jaar 2 maanden',
          'Senior Relatiemanager Zakelijk',
          'maart 2023 - heden (3 jaar 9 maanden)',
          'Doetinchem, Gelderland, Nederland',
          'Eigen portefeuille van 85 zakelijke relaties; kredietaanvragen, jaargesprekken en bedrijfsovernames.',
        ],
      },
      {
        ...job(
          'Relatiemanager MKB',
          'Graafschap Bank',
          '2018-10',
          '2023-02',
          true,
          'oktober 2018 - februari 2023 (4 jaar 5 maanden)',
        ),
        lines: [
          'Relatiemanager MKB',
          'oktober 2018 - februari 2023 (4 jaar 5 maanden)',
          'Zevenaar, Gelderland, Nederland',
          'Circa 160 kleinere ondernemers in de Liemers, van bakker tot installateur.',
        ],
      },
      {
        ...job(
          'Medewerker Bijzonder Beheer',
          'Hanze Krediet N.V.',
          '2014-06',
          '2018-09',
          false,
          'juni 2014 - september 2018 (4 jaar 4 maanden)',
        ),
        lines: [
          'Hanze Krediet N.V.',
          'Medewerker Bijzonder Beheer',
          'juni 2014 - september 2018 (4 jaar 4 maanden)',
          'Zwolle en omgeving, Nederland',
          'Herstructurering van kredieten van bedrijven in financiële problemen.',
        ],
      },
    ],
    education: [
      edu('msc', 'Universiteit Twente\nMaster of Science - MSc, Business Administration · (2012 - 2014)', {
        field: 'Business Administration',
        institution: 'Universiteit Twente',
        startYear: 2012,
        endYear: 2014,
      }),
      edu('bachelor', 'Saxion University of Applied Sciences\nBachelor, Accountancy · (2008 - 2012)', {
        field: 'Accountancy',
        institution: 'Saxion University of Applied Sciences',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('Wft Basis'), named('Wft Consumptief Krediet')],
    languages: [
      lang('nl', 'native', 'Nederlands (Moedertaal of tweetalig)'),
      lang('de', 'C1', 'Duits (Volledige professionele vaardigheid)'),
      lang('en', 'B2', 'Engels (Professionele werkvaardigheid)'),
    ],
    skills: ['Relatiebeheer', 'Financiële analyse', 'Bedrijfsfinanciering'],
    clientBase: { activeAccounts: 85, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'nl-h5-02-europass-key-accountmanager',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Eenenzeventig',
    email: 'k.eenenzeventig@example.net',
    phone: '+31 53 480 1276',
    contactLines: [
      'Lasondersingel 88, 7514 BX Enschede (Nederland)',
      'Geslacht Man | Geboortedatum 03/11/1988 | Nationaliteit Nederlandse',
    ],
    tagline: 'Europass Curriculum Vitae',
    afterContact: [
      { kind: 'heading', text: 'PERSOONLIJKE INFORMATIE' },
      { kind: 'paragraph', text: 'FUNCTIE WAARNAAR GESOLLICITEERD WORDT    Key Account Manager Europa' },
    ],
    headings: {
      work: 'WERKERVARING',
      education: 'OPLEIDING EN SCHOLING',
      courses: 'Aanvullende trainingen',
      languages: 'PERSOONLIJKE VAARDIGHEDEN',
      skills: 'Communicatieve vaardigheden',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager Industrie', 'Nordpack Verpakkingen B.V.', '2019-01', null, true, '01/2019–heden', [
          'Verantwoordelijk voor 14 key accounts: voedingsmiddelenproducenten in Duitsland, België en Nederland',
          'Omzet van mijn accounts in 2025: € 11 miljoen; jaarcontracten met de inkoopdirecteuren',
          'Opzetten van gezamenlijke innovatieprojecten met R&D van klanten',
        ]),
        lines: [
          '01/2019–heden    Key Account Manager Industrie',
          'Nordpack Verpakkingen B.V., Enschede (Nederland)',
          'Soort onderneming of sector  Verpakkingsindustrie',
        ],
      },
      {
        ...job(
          'Export Sales Manager DACH',
          'Kunststoffwerk Gronau GmbH',
          '2014-04',
          '2018-12',
          true,
          '04/2014–12/2018',
          ['Verkoop van folies en bakjes aan zuivel- en vleesverwerkers in Duitsland, Oostenrijk en Zwitserland'],
        ),
        lines: [
          '04/2014–12/2018    Export Sales Manager DACH',
          'Kunststoffwerk Gronau GmbH, Gronau (Duitsland)',
          'Soort onderneming of sector  Kunststofverwerking',
        ],
      },
      {
        ...job('Junior inkoper', 'Twentse Metaalgroep', '2011-09', '2014-03', false, '09/2011–03/2014', [
          'Inkoop van grondstoffen en halffabricaten, leveranciersbeoordeling',
        ]),
        lines: [
          '09/2011–03/2014    Junior inkoper',
          'Twentse Metaalgroep, Hengelo (Nederland)',
          'Soort onderneming of sector  Metaalbewerking',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        '2007–2011    Bachelor International Business and Management Studies\nSaxion Hogeschool, Enschede (Nederland)    EQF-niveau 6',
        {
          field: 'International Business and Management Studies',
          institution: 'Saxion Hogeschool',
          startYear: 2007,
          endYear: 2011,
        },
      ),
    ],
    courses: [
      named(
        'Strategisch Key Account Management',
        '2020    Strategisch Key Account Management (Nyenrode Business Universiteit)',
      ),
      named('Verhandlungstraining', '2016    Verhandlungstraining (IHK Münster)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('de', 'C1', 'Duits'),
      lang('en', 'B2', 'Engels'),
      lang('fr', 'A2', 'Frans'),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal    Nederlands' },
      {
        kind: 'table',
        header: [
          'Andere talen',
          'BEGRIJPEN Luisteren',
          'Lezen',
          'SPREKEN Gesproken interactie',
          'Gesproken productie',
          'SCHRIJVEN',
        ],
        rows: [
          ['Duits', 'C1', 'C1', 'C1', 'C1', 'B2'],
          ['Engels', 'B2', 'C1', 'B2', 'B2', 'B2'],
          ['Frans', 'A2', 'B1', 'A2', 'A2', 'A1'],
        ],
      },
      {
        kind: 'paragraph',
        text:
          'Niveaus: A1/A2: basisgebruiker - B1/B2: onafhankelijke gebruiker - C1/C2: vaardige gebruiker. ' +
          'Gemeenschappelijk Europees Referentiekader voor Talen',
      },
    ],
    skills: [
      'Communicatief sterk in het Duits en het Nederlands, opgedaan in vijf jaar exportverkoop',
      'Onderhandelen met inkoopteams van grote voedingsmiddelenconcerns',
    ],
    closing: [
      { kind: 'heading', text: 'Digitale vaardigheden' },
      { kind: 'paragraph', text: 'Salesforce, SAP SD, MS Office (gevorderd)' },
      { kind: 'heading', text: 'Rijbewijs' },
      { kind: 'paragraph', text: 'B' },
    ],
    clientBase: { activeAccounts: 14, annualRevenueEur: 11_000_000, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'negotiation'],
  },
  {
    id: 'nl-h5-03-relatiebeheerder-verhalend',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeënzeventig',
    email: 'tweeenzeventig.kandidaat@example.org',
    phone: '0118 62 45 19',
    contactLines: ['Middelburg'],
    headings: { profile: 'Over mij', work: 'Mijn loopbaan tot nu toe', skills: 'Waar ik goed in ben' },
    profile: [
      'Ik ben relatiebeheerder bedrijven bij een regionale verzekeraar in Zeeland. Ik houd van lange ' +
        'klantrelaties en van het moment dat een ondernemer zegt: "dat had ik zelf nooit bedacht".',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('relatiebeheerder bedrijven', 'Scheldemond Verzekeringen', '2020-02', null, true, 'Sinds februari 2020'),
        lines: [
          'Sinds februari 2020 ben ik relatiebeheerder bedrijven bij Scheldemond Verzekeringen in Goes. ' +
            'Ik beheer er 60 grotere bedrijfsrelaties in Zeeland en West-Brabant, van akkerbouwers en ' +
            'transportbedrijven tot een scheepswerf, met samen een premievolume van € 4,2 miljoen per jaar. ' +
            'Ik spreek vooral met directeuren en financieel managers, en doe jaarlijks met elke relatie een ' +
            'risicoscan.',
        ],
      },
      {
        ...job(
          'adviseur zakelijke verzekeringen',
          'Van der Hoeven Assurantiën',
          '2015-07',
          '2019-06',
          true,
          'In juli 2015 maakte ik de overstap naar Van der Hoeven Assurantiën in Vlissingen, een ' +
            'onafhankelijk adviesbureau, als adviseur zakelijke verzekeringen. Daar adviseerde ik tot ' +
            'en met juni 2019',
        ),
        lines: [
          'Die stap volgde op een sabbatical: in de tweede helft van 2019 heb ik zes maanden door Chili en ' +
            'Argentinië gereisd.',
          'In juli 2015 maakte ik de overstap naar Van der Hoeven Assurantiën in Vlissingen, een ' +
            'onafhankelijk adviesbureau, als adviseur zakelijke verzekeringen. Daar adviseerde ik tot ' +
            'en met juni 2019 zo’n 300 kleinere ondernemers – zzp’ers, winkeliers, ' +
            'horecazaken – en verkocht ik hun bedrijfs- en aansprakelijkheidsverzekeringen.',
        ],
      },
      {
        ...job(
          'schadebehandelaar',
          'Zeeuwse Algemene Verzekeringen',
          '2012-08',
          '2015-06',
          false,
          'in augustus 2012 als schadebehandelaar bij Zeeuwse Algemene Verzekeringen in Middelburg. ' +
            'Daar behandelde ik tot juni 2015',
        ),
        lines: [
          'Mijn eerste baan na de hbo vond ik in augustus 2012 als schadebehandelaar bij Zeeuwse Algemene ' +
            'Verzekeringen in Middelburg. Daar behandelde ik tot juni 2015 brand- en stormschades bij ' +
            'particulieren en kleine bedrijven.',
        ],
      },
    ],
    education: [
      edu('hbo', 'Hbo Finance & Control, HZ University of Applied Sciences, Vlissingen (2008 – 2012)', {
        field: 'Finance & Control',
        institution: 'HZ University of Applied Sciences',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Schadeverzekeringen Zakelijk', 'Wft Schadeverzekeringen Zakelijk (2016)'),
      named('Wft Basis', 'Wft Basis (2013)'),
    ],
    languages: [lang('nl', 'native', ''), lang('en', 'B2', ''), lang('fr', 'A2', '')],
    languagesText: [
      'Nederlands is mijn moedertaal. Mijn Engels is goed; ik gebruik het bij klanten met buitenlandse ' +
        'eigenaren. Frans spreek ik op basisniveau, genoeg voor de camping en een eenvoudige schademelding.',
    ],
    skills: [
      'Klantgericht en geduldig, ook als het om een grote schade gaat',
      'Relaties langdurig vasthouden',
      'Risico’s helder uitleggen zonder jargon',
    ],
    closing: [
      { kind: 'heading', text: 'Nu in opleiding' },
      {
        kind: 'paragraph',
        text: 'Op dit moment volg ik de opleiding Wft Inkomen; het examen staat gepland voor maart 2027.',
      },
    ],
    clientBase: { activeAccounts: 60, annualRevenueEur: 4_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h5-04-accountmanager-horeca-tabel',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieënzeventig',
    email: 'drieenzeventig@example.com',
    phone: '06-51 22 80 37',
    contactLines: ['Purmerend', 'Rijbewijs B'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      workTable: ['Functie', 'Werkgever', 'Periode'],
      skills: 'Eigenschappen',
      courses: 'Cursussen',
    },
    workTableOrder: ['title', 'employer', 'period'],
    profile: [
      'Accountmanager horeca bij een middelgrote bierbrouwerij. De brouwerij draait zo’n € 48 miljoen ' +
        'omzet; mijn rayon, Noord-Holland Noord en Flevoland, is daarvan goed voor € 3,6 miljoen. Ik ' +
        'bedien 38 accounts – drankengroothandels en horecagroepen – met samen ruim 420 verkooppunten, en ' +
        'maak de jaarafspraken met de eigenaren en de inkopers van de groothandels.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager Horeca', 'Brouwerij De Drie Linden B.V.', '2019-01', null, true, 'jan 2019 - heden', [
        'Beheer en uitbouw van 38 accounts in Noord-Holland Noord en Flevoland',
        'Afsluiten van afnamecontracten en tapinstallatie-overeenkomsten',
        'Elf nieuwe horecazaken binnengehaald in 2025',
      ]),
      job(
        'Medewerker Verkoop Binnendienst',
        'Brouwerij De Drie Linden B.V.',
        '2016-03',
        '2018-12',
        true,
        'mrt 2016 - dec 2018',
        ['Telefonische verkoop aan horeca en slijterijen', 'Offertes en orderinvoer'],
      ),
      job('Bedrijfsleider', 'Café-Restaurant De Waag', '2011-08', '2016-02', false, 'aug 2011 - feb 2016'),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Manager/ondernemer horeca, ROC Horizon College, Alkmaar, 2007 – 2011', {
        field: 'Manager/ondernemer horeca',
        institution: 'ROC Horizon College',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [
      named('Biersommelier niveau 1', 'Biersommelier niveau 1 (2017)'),
      named('Accountplanning', 'Accountplanning (2021)'),
    ],
    certifications: [named('Verklaring Sociale Hygiëne', 'Verklaring Sociale Hygiëne (2010)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Commercieel', 'Klantgericht', 'Doorzetter', 'Flexibel in werktijden'],
    clientBase: { activeAccounts: 38, annualRevenueEur: 3_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'sales'],
  },
  {
    id: 'nl-h5-05-accountmanager-functioneel',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Vierenzeventig',
    email: 'kandidaat-74@example.net',
    phone: '+31 (0)38 421 7760',
    contactLines: ['Zwolle'],
    afterContact: [
      { kind: 'heading', text: 'In het kort' },
      {
        kind: 'paragraph',
        text:
          'Accountmanager zakelijke markt in kantoorautomatisering en ICT. Begonnen als technicus, dus ik ' +
          'weet wat ik verkoop. Ik bedien nu ruim 70 zakelijke klanten in Drenthe, Overijssel en de ' +
          'Noordoostpolder – accountantskantoren, scholen, zorginstellingen – met een jaaromzet van ' +
          'ongeveer € 1,8 miljoen. Mijn contactpersonen zijn meestal office managers en ICT-coördinatoren.',
      },
      { kind: 'heading', text: 'Wat ik kan' },
      {
        kind: 'bullets',
        items: [
          'Relatiebeheer: 94% van mijn contracten verlengd in 2024 en 2025',
          'Nieuwe klanten werven: 23 nieuwe zakelijke klanten in 2025 door koude acquisitie en netwerkbijeenkomsten',
          'Onderhandelen: meerjarige lease- en servicecontracten tot € 250.000',
          'Technische kennis: multifunctionals, werkplekbeheer, Microsoft 365, VoIP',
          'Proactief: signaleer zelf wanneer contracten aflopen of apparatuur aan vervanging toe is',
        ],
      },
      { kind: 'heading', text: 'Resultaten' },
      {
        kind: 'bullets',
        items: [
          'Beste accountmanager van de regio Noord-Oost in 2022 en 2024',
          'Eigen omzet gegroeid van € 1,1 miljoen (2020) naar € 1,8 miljoen (2025)',
        ],
      },
    ],
    headings: { work: 'Loopbaan in het kort', education: 'Opleiding', languages: 'Talen' },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      job('Accountmanager zakelijke markt', 'Kantoor & ICT Groep Zwolle', '2020', null, true, '2020 – heden'),
      job('Accountmanager buitendienst', 'Copiprint Noord B.V.', '2016', '2020', true, '2016 – 2020'),
      job('Servicetechnicus', 'Copiprint Noord B.V.', '2012', '2016', false, '2012 – 2016'),
      job('Medewerker helpdesk', 'Ziekenhuis Vechtstede', '2010', '2012', false, '2010 – 2012'),
    ],
    education: [
      edu('mbo 4', 'MBO niveau 4 ICT-beheer, Deltion College, Zwolle (2006 – 2010)', {
        field: 'ICT-beheer',
        institution: 'Deltion College',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Verkooptechnieken', 'Verkooptechnieken, Sales Academy Noord (2017)'),
      named('Microsoft 365 Fundamentals', 'Microsoft 365 Fundamentals (2021)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'A2', 'Duits: basis'),
    ],
    skills: [],
    clientBase: { activeAccounts: 70, annualRevenueEur: 1_800_000, segment: 'regional_smb' },
    competencies: ['initiative', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h5-06-accountmanager-energie-chronologisch',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Vijfenzeventig',
    email: 'vijfenzeventig.k@example.org',
    phone: '06 1937 5508',
    contactLines: ['Arnhem'],
    profile: [
      'Commercieel en analytisch ingestelde accountmanager in de zakelijke energiemarkt. Ik beheer ' +
        'circa 110 zakelijke klanten in heel Nederland – van bakkerijketens tot logistieke centra – met ' +
        'een jaarlijks contractvolume van € 7 miljoen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Accountmanager Zakelijke Markt',
          'Energiehuis Nederland B.V.',
          '2019-03',
          null,
          true,
          '03/2019 – heden',
          [
            'Contractverlengingen en nieuwe energiecontracten voor 110 zakelijke klanten',
            'Advies over vaste of variabele tarieven en verduurzaming (zonnepanelen, laadpalen)',
            'Retentie van 91% in 2025',
          ],
        ),
        lines: ['03/2019 – heden', 'Accountmanager Zakelijke Markt – Energiehuis Nederland B.V., Arnhem'],
      },
      {
        ...job(
          'Commercieel medewerker binnendienst',
          'Energiehuis Nederland B.V.',
          '2015-09',
          '2019-02',
          true,
          '09/2015 – 02/2019',
          ['Telefonische verkoop van energiecontracten aan mkb-bedrijven', 'Opvolgen van leads uit de website'],
        ),
        lines: ['09/2015 – 02/2019', 'Commercieel medewerker binnendienst – Energiehuis Nederland B.V., Arnhem'],
      },
      {
        ...job('Medewerker klantenservice', 'Contactcenter Oost', '2013-06', '2015-08', false, '06/2013 – 08/2015', [
          'Beantwoorden van vragen over facturen en verhuizingen voor een energieleverancier',
        ]),
        lines: ['06/2013 – 08/2015', 'Medewerker klantenservice – Contactcenter Oost, Nijmegen'],
      },
    ],
    education: [
      edu('hbo', 'Hbo Commerciële Economie, Hogeschool van Arnhem en Nijmegen (HAN), 2009 – 2013', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool van Arnhem en Nijmegen',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('havo', 'Havo, profiel Economie & Maatschappij, Olympus College Arnhem, 2009', {
        institution: 'Olympus College Arnhem',
        endYear: 2009,
      }),
    ],
    courses: [named('Duurzame energie voor bedrijven', 'Duurzame energie voor bedrijven (2022)')],
    certifications: [
      named('NIMA Sales A', 'NIMA Sales A (2017)'),
      named('Energieadviseur Utiliteitsbouw', 'Energieadviseur Utiliteitsbouw (2023)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'C1', 'Engels (C1)'),
      lang('de', 'A2', 'Duits (A2)'),
    ],
    skills: ['Analytisch', 'Resultaatgericht', 'Klantgericht', 'Overtuigend'],
    closing: [
      { kind: 'heading', text: 'Nu bezig met' },
      { kind: 'paragraph', text: 'NIMA Sales B – examen gepland in juni 2027.' },
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 7_000_000, segment: 'national' },
    competencies: ['analytical', 'customer_focus', 'persuasiveness', 'sales'],
  },
  {
    id: 'nl-h5-07-relatiemanager-private-banking-jaren',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Zesenzeventig',
    email: 'kandidaat.zesenzeventig@example.net',
    phone: '030 231 6640',
    contactLines: ['Zeist'],
    headings: { profile: 'Profiel', work: 'Loopbaan', education: 'Opleidingen', skills: 'Competenties' },
    profile: [
      'Relatiemanager private banking. Ik beheer 120 relaties – vermogende families en ' +
        'directeur-grootaandeelhouders in de regio Utrecht en het Gooi – met een belegd vermogen van ' +
        'samen € 310 miljoen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Relatiemanager Private Banking', 'Huis ter Heide Private Bank', '2019', null, true, '2019–…', [
          'Vast aanspreekpunt voor 120 relaties: vermogensplanning, beleggen, financieringen',
          'Samen met de fiscalist en de estate planner bij bedrijfsoverdrachten',
        ]),
        lines: ['2019–…', 'Relatiemanager Private Banking, Huis ter Heide Private Bank, Zeist'],
      },
      {
        ...job('Accountmanager Vermogensbeheer', 'Stichtse Bank N.V.', '2014', '2019', true, '2014–2019', [
          'Eigen portefeuille van ongeveer 250 particuliere beleggers',
          'Verkoop van beheer- en adviesmandaten',
        ]),
        lines: ['2014–2019', 'Accountmanager Vermogensbeheer, Stichtse Bank N.V., Utrecht'],
      },
      {
        ...job('Beleggingsanalist', 'Stichtse Bank N.V.', '2011', '2014', false, '2011–2014', [
          'Analyse van Europese aandelen voor het beleggingscomité',
        ]),
        lines: ['2011–2014', 'Beleggingsanalist, Stichtse Bank N.V., Utrecht'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vrijwilligerswerk' },
      { kind: 'paragraph', text: '2017–…   Penningmeester, Stichting Voedselbank Zeist' },
    ],
    education: [
      edu('msc', 'MSc Financial Economics, Erasmus Universiteit Rotterdam, 2009–2010', {
        field: 'Financial Economics',
        institution: 'Erasmus Universiteit Rotterdam',
        startYear: 2009,
        endYear: 2010,
      }),
      edu('bachelor', 'BSc Economie en Bedrijfseconomie, Erasmus Universiteit Rotterdam, 2006–2009', {
        field: 'Economie en Bedrijfseconomie',
        institution: 'Erasmus Universiteit Rotterdam',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [named('Estate planning voor de praktijk', 'Estate planning voor de praktijk, 2021')],
    certifications: [named('Wft Beleggen', 'Wft Beleggen (2014)'), named('Wft Basis', 'Wft Basis (2011)')],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'C1', 'Engels (vloeiend)'),
      lang('fr', 'B1', 'Frans (redelijk)'),
    ],
    skills: ['Financiële analyse', 'Tactvol', 'Relatiebeheer', 'Discreet'],
    clientBase: { activeAccounts: 120, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'nl-h5-08-key-accountmanager-zorg-onderbreking',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Zevenenzeventig',
    email: 'k77.kandidaat@example.com',
    phone: '+31 6 2870 4415',
    contactLines: ['Nijmegen'],
    tagline: 'Key accountmanager medische hulpmiddelen',
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
      courses: 'Trainingen',
    },
    profile: [
      'Oud-IC-verpleegkundige die de overstap naar de commercie heeft gemaakt. Ik bedien 16 ziekenhuizen ' +
        'in Gelderland, Limburg en Noord-Brabant en onderhandel de jaarcontracten met hun inkoopmanagers. ' +
        'Omzet in mijn regio in 2025: € 5,4 miljoen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Accountmanager Ziekenhuizen',
          'MediQuip Benelux B.V.',
          '2022-02',
          null,
          true,
          'februari 2022 – heden',
          [
            'Verantwoordelijk voor 16 ziekenhuizen, waarvan twee umc’s',
            'Tenders en jaarcontracten voor OK-disposables en infuustechniek',
          ],
        ),
        lines: ['Key Accountmanager Ziekenhuizen', 'MediQuip Benelux B.V. | februari 2022 – heden'],
      },
      {
        ...job(
          'Freelance salesconsultant',
          'Verkoopkracht Interim',
          '2021-06',
          '2022-12',
          true,
          'juni 2021 – december 2022',
          [
            'Via Verkoopkracht Interim ingezet bij zorgleveranciers voor accountbezoek en productintroducties',
            'Vanaf februari 2022 nog één dag per week, naast MediQuip',
          ],
        ),
        lines: ['Freelance salesconsultant', 'Verkoopkracht Interim | juni 2021 – december 2022'],
      },
      {
        ...job('Accountmanager Zorg', 'Hartman Medical', '2015-09', '2019-12', true, 'september 2015 – december 2019', [
          'Verkoop van wondzorg- en stomaproducten aan thuiszorg en verpleeghuizen in Oost-Nederland',
        ]),
        lines: [
          'januari 2020 – mei 2021: loopbaanonderbreking (ouderschapsverlof en verhuizing naar Nijmegen)',
          'Accountmanager Zorg',
          'Hartman Medical | september 2015 – december 2019',
        ],
      },
      {
        ...job(
          'IC-verpleegkundige',
          'Ziekenhuis De Waalhof',
          '2009-08',
          '2015-08',
          false,
          'augustus 2009 – augustus 2015',
        ),
        lines: ['IC-verpleegkundige', 'Ziekenhuis De Waalhof | augustus 2009 – augustus 2015'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenfuncties' },
      {
        kind: 'bullets',
        items: ['2019 – heden: lid Raad van Toezicht, Stichting Thuiszorg Rijk van Nijmegen (onbezoldigd)'],
      },
    ],
    education: [
      edu('hbo', 'HBO-V (Verpleegkunde), Hogeschool van Arnhem en Nijmegen, 2005 – 2009', {
        field: 'Verpleegkunde',
        institution: 'Hogeschool van Arnhem en Nijmegen',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [
      named(
        'Vervolgopleiding Intensive Care Verpleegkunde',
        'Vervolgopleiding Intensive Care Verpleegkunde, Radboudumc Health Academy (2010 – 2011)',
      ),
      named('Medical Sales Training', 'Medical Sales Training (2016)'),
      named('Aanbesteden in de zorg', 'Aanbesteden in de zorg (2023)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – C1'),
      lang('de', 'B1', 'Duits – B1'),
    ],
    skills: ['Onderhandelen', 'Stressbestendig', 'Klinische kennis', 'Netwerken'],
    clientBase: { activeAccounts: 16, annualRevenueEur: 5_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'nl-h5-09-key-account-manager-export-twee-valuta',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achtenzeventig',
    email: 'achtenzeventig.kandidaat@example.com',
    phone: '+31 297 35 88 12',
    contactLines: ['Aalsmeer'],
    headings: { profile: 'Profiel', work: 'Werkervaring', education: 'Opleiding', skills: 'Sterke punten' },
    profile: [
      'Key account manager in de sierteeltexport naar Scandinavië. Ik beheer 9 key accounts – ' +
        'supermarktketens en groothandels in Denemarken, Zweden en Noorwegen – met samen een omzet van ' +
        'DKK 62 miljoen (ruim € 8,3 miljoen) per jaar. De jaarafspraken maak ik met hun hoofdinkopers.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Key Account Manager Scandinavië',
          'Flora Nordica Export B.V.',
          '2018-09',
          null,
          true,
          'sept. 2018 – heden',
          [
            'Weekprogramma’s en promoties met de ketens, prijsafspraken per seizoen',
            'Twee nieuwe ketens in Noorwegen binnengehaald (2021, 2024)',
          ],
        ),
        lines: ['Key Account Manager Scandinavië — Flora Nordica Export B.V., Aalsmeer (sept. 2018 – heden)'],
      },
      {
        ...job(
          'Verkoper export Duitsland',
          'Flora Nordica Export B.V.',
          '2014-01',
          '2018-08',
          true,
          'jan. 2014 – aug. 2018',
          ['Dagelijkse telefonische verkoop aan bloemengroothandels en tuincentra in Noordrijn-Westfalen'],
        ),
        lines: ['Verkoper export Duitsland — Flora Nordica Export B.V. (jan. 2014 – aug. 2018)'],
      },
      {
        ...job('Teamleider logistiek', 'Kwekerij Van Rijn', '2008', '2013', false, '2008 – 2013', [
          'Aansturen van 12 orderpickers en de dagelijkse uitlevering',
        ]),
        lines: ['Teamleider logistiek — Kwekerij Van Rijn, Rijsenhout (2008 – 2013)'],
      },
    ],
    education: [
      edu(
        'hbo',
        'HEAO (Hogere Economische en Administratieve Opleiding), richting Commerciële Economie – ' +
          'Hogeschool Inholland, Diemen – 2003 t/m 2007, diploma behaald',
        {
          field: 'Commerciële Economie',
          institution: 'Hogeschool Inholland',
          startYear: 2003,
          endYear: 2007,
        },
      ),
    ],
    courses: [named('Scandinavische handelscultuur', 'Scandinavische handelscultuur (NCOI, 2019)')],
    certifications: [named('Certified Export Professional', 'Certified Export Professional (2016)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: vloeiend'),
      lang('de', 'C1', 'Duits: vloeiend'),
      lang('da', 'B2', 'Deens: goed'),
      lang('sv', 'B1', 'Zweeds: redelijk'),
    ],
    skills: ['Onderhandelingsvaardig', 'Ondernemend', 'Stressbestendig in het hoogseizoen'],
    closing: [
      { kind: 'heading', text: 'Lopende opleiding' },
      { kind: 'paragraph', text: 'Certified Key Account Manager – in opleiding, afronding mei 2027' },
    ],
    clientBase: { activeAccounts: 9, annualRevenueEur: 8_300_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'nl-h5-10-accountmanager-uitzendbranche-tabel',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Negenenzeventig',
    email: 'negenenzeventig@example.org',
    phone: '06-43 90 17 25',
    contactLines: ['Tilburg'],
    headings: {
      profile: 'Persoonlijk profiel',
      work: 'Werkervaring',
      workTable: ['Werkgever', 'Functie', 'Periode'],
      education: 'Opleiding',
      skills: 'Competenties',
    },
    workTableOrder: ['employer', 'title', 'period'],
    profile: [
      'Na zes jaar voor de klas ben ik via het intercedentschap in de sales terechtgekomen. Sinds oktober ' +
        '2023 ben ik accountmanager en bouw ik bij Werkzaam Flex een eigen klantenkring op bij ' +
        'productie- en logistieke bedrijven. Ik zoek een functie waarin ik verder kan ' +
        'groeien als accountmanager.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager', 'Werkzaam Flex B.V.', '2023-10', null, true, 'okt. 2023 – heden', [
        'Bezoeken van bestaande en nieuwe opdrachtgevers',
        'Maken van tariefafspraken en raamovereenkomsten',
      ]),
      job('Intercedent', 'Werkzaam Flex B.V.', '2021-04', '2023-09', false, 'apr. 2021 – sep. 2023', [
        'Werven, selecteren en plaatsen van uitzendkrachten',
        'Begeleiden van 60 flexkrachten in de logistiek',
      ]),
      job('Leerkracht groep 7/8', 'OBS De Regenboog', '2015-08', '2021-03', false, 'aug. 2015 – mrt. 2021'),
    ],
    education: [
      edu('hbo', 'Pabo (lerarenopleiding basisonderwijs), Fontys Hogeschool Pedagogiek, Tilburg, 2011–2015', {
        field: 'lerarenopleiding basisonderwijs',
        institution: 'Fontys Hogeschool Pedagogiek',
        startYear: 2011,
        endYear: 2015,
      }),
    ],
    courses: [named('Acquisitie voor beginners', 'Acquisitie voor beginners (ABU Academie, 2024)')],
    certifications: [],
    languages: [lang('nl', 'native', ''), lang('en', 'B2', ''), lang('de', 'B1', '')],
    languagesText: [
      'Ik spreek Nederlands (moedertaal) en Engels op B2-niveau. Mijn Duits is redelijk: genoeg voor een ' +
        'gesprek met de Duitse planners van een klant.',
    ],
    skills: ['Klantgericht', 'Communicatief', 'Plannen en organiseren', 'Coachend'],
    closing: [{ kind: 'paragraph', text: 'Referenties op aanvraag.' }],
    clientBase: null,
    competencies: ['coaching', 'communication', 'customer_focus', 'organisation'],
  },
];

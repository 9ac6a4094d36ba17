import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The twentieth held-out set's Dutch CVs: twenty-six ordinary CVs from the Netherlands and Flanders, written
 * without reading the reader. Word templates, job-portal profiles (Indeed, VDAB, StepStone, Werk.nl, Nationale
 * Vacaturebank), design-tool PDFs, e-mails, a LinkedIn export, pasted LinkedIn text and a Europass. People the
 * earlier sets do not have: a CNC turner selling cutting tools, a Portuguese-born chemist in plastics inside sales,
 * a Flemish lab technician selling adhesives, a plant-based drinks KAM, a weighing-systems engineer, a removals
 * planner, a business-travel account manager, a Cape Verdean-Dutch glazier, a Greek-born shipping banker, a wine
 * rep with 35 years in hospitality, a Congolese-Belgian selling satellite links to ship managers, a district nurse
 * selling rostering software, a music-shop seller, a baker turned rep, a DIY-chain category manager, a cinema
 * advertising seller, a pig-barn equipment adviser, a wood-pellet account manager, a credit-insurance starter, a
 * Hungarian-born area manager for farm film, a Romanian-born dental inside seller, an optometrist turned KAM, a
 * barge-freight account manager, a hydrogen business developer, a pet-food KAM and an e-commerce platform seller.
 */
export const HELD_OUT_20_NL: CvSource[] = [
  {
    id: 'nl-h20-01-word-sjabloon-accountmanager-snijgereedschap-helmond',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Veertienhonderd Een',
    email: 'kandidaat1401.helmond@example.com',
    phone: '06-41832790',
    contactLines: ['Helmond'],
    afterContact: [
      { kind: 'heading', text: 'Persoonlijke gegevens' },
      {
        kind: 'table',
        rows: [
          ['Naam', 'Kandidaat Veertienhonderd Een'],
          ['Adres', 'Molenstraat 14, 5701 KL Helmond'],
          ['Geboortedatum', '17 augustus 1985'],
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
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager met een technische basis: twaalf jaar achter de draaibank en sinds 2017 in de verkoop van ' +
        'snijgereedschappen, meetmiddelen en spantechniek. Ik bezoek ongeveer 130 metaalbewerkingsbedrijven in ' +
        'Zuidoost-Brabant en Noord-Limburg, van eenmanszaak tot toeleverancier met 200 man. Samen kopen zij voor ruim ' +
        '€ 1,6 miljoen per jaar bij ons in. Ik praat met werkplaatschefs en met de eigenaren, die bij grotere ' +
        'investeringen in gereedschap zelf beslissen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager buitendienst',
        'Van Rooij Gereedschaptechniek B.V.',
        '2017-10',
        null,
        true,
        'oktober 2017 – heden',
        [
          'Eigen rayon met circa 130 klanten: draaierijen, freesbedrijven en machinebouwers',
          'Gereedschapsadvies op de werkvloer, proefdraaien met nieuwe wisselplaten en boren',
          'Omzet op mijn klanten: € 1,6 miljoen (2025)',
          'Samenwerking met de binnendienst bij offertes en spoedleveringen',
          'Van Rooij Gereedschaptechniek: 40 medewerkers, omzet € 14 miljoen',
        ],
        'Helmond',
      ),
      job(
        'CNC-draaier / programmeur',
        'Metaalbewerking De Peel B.V.',
        '2010-03',
        '2017-09',
        false,
        'maart 2010 – september 2017',
        [
          'Programmeren en draaien van kleine en middelgrote series in rvs en aluminium',
          'Inwerken van nieuwe collega’s',
        ],
        'Deurne',
      ),
      job(
        'CNC-operator',
        'Fijnmechaniek Asten',
        '2005',
        '2010-02',
        false,
        '2005 – februari 2010',
        ['Bedienen van draai- en freesmachines in ploegendienst'],
        'Asten',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenactiviteiten' },
      {
        kind: 'paragraph',
        text: 'Vrijwilliger bij Repair Café Helmond, elke eerste zaterdag van de maand (sinds 2019)',
      },
    ],
    education: [
      edu('mbo 4', 'MTS Werktuigbouwkunde (MBO niveau 4), ROC Ter AA, Helmond, 2001 – 2005', {
        field: 'Werktuigbouwkunde',
        institution: 'ROC Ter AA',
        startYear: 2001,
        endYear: 2005,
      }),
      edu('vmbo', 'VMBO kader Metaal, Vakcollege Helmond, 1997 – 2001', {
        field: 'Metaal',
        institution: 'Vakcollege Helmond',
        startYear: 1997,
        endYear: 2001,
      }),
    ],
    courses: [
      named('Commercieel rekenen', 'Commercieel rekenen – NCOI (2018)'),
      named('Verspaningstechniek voor gevorderden', 'Verspaningstechniek voor gevorderden – Mikrocentrum (2012)'),
    ],
    certifications: [named('VCA Basis', 'VCA Basis (geldig tot 2027)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Technisch inzicht', 'Klantgericht', 'Plannen van eigen routes en bezoeken', 'Onderhandelingsvaardig'],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      { kind: 'paragraph', text: 'Mountainbiken in de Peel en sleutelen aan oude brommers.' },
    ],
    clientBase: { activeAccounts: 130, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'organisation', 'teamwork'],
  },
  {
    id: 'nl-h20-02-indeed-binnendienst-kunststofgranulaat-geleen-portugees',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Veertienhonderd Twee',
    email: 'kandidaat.1402.sittard@example.net',
    phone: '+31 6 29471180',
    contactLines: ['Sittard, Limburg'],
    headings: {
      profile: 'Samenvatting',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Geboren en opgegroeid in Porto, sinds 2016 in Nederland. Chemicus van opleiding, nu commercieel medewerker ' +
        'binnendienst bij een distributeur van kunststofgranulaat. Ik beheer een eigen klantenbestand van ongeveer 75 ' +
        'spuitgieterijen en extrusiebedrijven in Nederland, België en Duitsland.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Commercieel medewerker binnendienst',
          'PolyTrade Benelux B.V.',
          '2021-04',
          null,
          true,
          'april 2021 tot Heden',
        ),
        lines: [
          'Commercieel medewerker binnendienst',
          'PolyTrade Benelux B.V. - Geleen, Limburg',
          'april 2021 tot Heden',
          '- Eigen klantenbestand van ca. 75 kunststofverwerkers in Nederland, België en Duitsland',
          '- Prijsoffertes op basis van de dagprijs van polymeren, orders en afroepen op contracten',
          '- Prijsgesprekken met de inkopers, die over de kwartaalcontracten beslissen',
          '- Omzet op mijn klanten ca. € 9 miljoen per jaar (ruim 6.000 ton granulaat)',
        ],
      },
      {
        ...job(
          'Medewerker klantenservice export',
          'PolyTrade Benelux B.V.',
          '2018-09',
          '2021-03',
          false,
          'september 2018 tot maart 2021',
        ),
        lines: [
          'Medewerker klantenservice export',
          'PolyTrade Benelux B.V. - Geleen, Limburg',
          'september 2018 tot maart 2021',
          '- Orderinvoer, leveringen plannen met transporteurs, reclamaties afhandelen',
        ],
      },
      {
        ...job(
          'Laborant kwaliteitscontrole',
          'Chemelot Lab Services',
          '2016-10',
          '2018-08',
          false,
          'oktober 2016 tot augustus 2018',
        ),
        lines: [
          'Laborant kwaliteitscontrole (via uitzendbureau)',
          'Chemelot Lab Services - Geleen, Limburg',
          'oktober 2016 tot augustus 2018',
          '- Smeltindex- en vochtmetingen aan polymeermonsters',
        ],
      },
      {
        ...job('Receptioniste', 'Hotel Ribeira', '2011-09', '2015-06', false, 'september 2011 tot juni 2015'),
        lines: [
          'Receptioniste (bijbaan tijdens studie)',
          'Hotel Ribeira - Porto, Portugal',
          'september 2011 tot juni 2015',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Licenciatura (Bachelor) in Chemie\nUniversidade do Porto - Porto\n2011 tot 2015', {
        field: 'Chemie',
        institution: 'Universidade do Porto',
        startYear: 2011,
        endYear: 2015,
      }),
    ],
    courses: [
      named(
        'Kunststofkunde voor commerciële medewerkers',
        'Kunststofkunde voor commerciële medewerkers - PolymerScience Park (2019)',
      ),
    ],
    certifications: [],
    languages: [
      lang('pt', 'native', 'Portugees - Moedertaal'),
      lang('en', 'C1', 'Engels - Vloeiend'),
      lang('nl', 'B2', 'Nederlands - Gevorderd (NT2 B2)'),
      lang('es', 'B1', 'Spaans - Gemiddeld'),
    ],
    skills: [
      'Telefonische verkoop - 5 jaar',
      'SAP SD - 8 jaar',
      'Kunststoffen en polymeren - 10 jaar',
      'Onderhandelen - 5 jaar',
    ],
    clientBase: { activeAccounts: 75, annualRevenueEur: 9_000_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation'],
  },
  {
    id: 'nl-h20-03-vdab-vertegenwoordiger-lijmen-kitten-oost-vlaanderen-tijdskrediet',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Veertienhonderd Drie',
    nameLine: 'Kandidaat Veertienhonderd Drie – Mijn profiel op VDAB',
    email: 'veertienhonderddrie.1403@example.org',
    phone: '0478 62 19 04',
    contactLines: ['9160 Lokeren', 'Rijbewijs: B', 'Eigen vervoer: ja'],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Studies',
      courses: 'Opleidingen',
      certifications: 'Attesten',
      skills: 'Competenties',
      languages: 'Talenkennis',
    },
    jobLabels: { period: 'Datum', title: 'Beroep', employer: 'Organisatie', duties: 'Activiteiten' },
    profile: [
      'Chemicus met het hart van een verkoper. Na acht jaar in het labo en als technisch adviseur ben ik sinds 2020 ' +
        'vertegenwoordiger voor industriële lijmen en kitten. Ik volg een 90-tal klanten op in Oost- en ' +
        'West-Vlaanderen: schrijnwerkerijen, carrosseriebouwers, raambouwers en verpakkingsbedrijven. Samen met de ' +
        'zaakvoerder zoek ik de juiste verlijming; hij beslist meestal zelf. Mijn klanten waren in 2025 goed voor ' +
        '€ 2,2 miljoen omzet.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Technisch-commercieel vertegenwoordiger',
        'AdheTec Belgium NV',
        '2020-06',
        null,
        true,
        'juni 2020 - heden',
        [
          'klantbezoeken en verlijmingstesten op de werkvloer',
          'offertes, prijsafspraken en opvolging van bestellingen',
          'nieuwe klanten zoeken op beurzen en via de verdelers',
        ],
        'Zele',
      ),
      job(
        'Technisch adviseur',
        'AdheTec Belgium NV',
        '2016-09',
        '2020-05',
        false,
        'september 2016 - mei 2020',
        [
          'technische ondersteuning van de vertegenwoordigers bij hun klanten',
          'productfiches, testrapporten en behandeling van klachten',
        ],
        'Zele',
      ),
      job(
        'Laborant R&D',
        'Kitfabriek Scheldeland NV',
        '2012-07',
        '2016-08',
        false,
        'juli 2012 - augustus 2016',
        ['testen van nieuwe kitformules volgens ISO-normen'],
        'Dendermonde',
      ),
    ],
    afterJobs: [
      {
        kind: 'table',
        rows: [
          ['Datum', 'januari 2019 - juni 2019'],
          ['Beroep', 'Tijdskrediet (zorg voor mijn vader), voltijds'],
          ['Organisatie', 'AdheTec Belgium NV'],
        ],
      },
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Chemie, afstudeerrichting Biochemie – HOGENT, Gent (2009 - 2012)', {
        field: 'Chemie',
        institution: 'HOGENT',
        startYear: 2009,
        endYear: 2012,
      }),
      edu('secondary', 'TSO Chemie – Technisch Instituut Sint-Lodewijk, Lokeren (2003 - 2009)', {
        field: 'Chemie',
        institution: 'Technisch Instituut Sint-Lodewijk',
        startYear: 2003,
        endYear: 2009,
      }),
    ],
    courses: [
      named(
        'Verkooptechnieken voor technische profielen',
        'Verkooptechnieken voor technische profielen – Syntra (2020)',
      ),
    ],
    certifications: [named('VCA Basis', 'VCA Basis (2021)')],
    languages: [lang('nl', 'native', 'Nederlands'), lang('fr', 'B2', 'Frans'), lang('en', 'B1', 'Engels')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Begrijpen', 'Spreken', 'Lezen', 'Schrijven'],
        rows: [
          ['Nederlands', 'moedertaal', 'moedertaal', 'moedertaal', 'moedertaal'],
          ['Frans', 'goed', 'goed', 'goed', 'redelijk'],
          ['Engels', 'redelijk', 'redelijk', 'goed', 'redelijk'],
        ],
      },
    ],
    skills: ['Klantgericht', 'Zelfstandig', 'Analytisch', 'Technisch-commercieel'],
    closing: [
      { kind: 'heading', text: 'Lopend' },
      { kind: 'paragraph', text: 'Opleiding European Adhesive Bonder (EAB), examen voorjaar 2027.' },
    ],
    clientBase: { activeAccounts: 90, annualRevenueEur: 2_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'customer_focus', 'sales'],
  },
  {
    id: 'nl-h20-04-canva-key-account-plantaardige-dranken-supermarkten-landelijk',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Veertienhonderd Vier',
    email: 'hoi.kandidaat1404@example.com',
    phone: '06 5182 3307',
    contactLines: ['Utrecht', 'linkedin.example.com/in/kandidaat1404'],
    tagline: 'KEY ACCOUNT MANAGER RETAIL | PLANTAARDIG',
    headings: {
      contact: 'CONTACT',
      profile: 'OVER MIJ',
      work: 'ERVARING',
      education: 'OPLEIDING',
      courses: 'TRAININGEN',
      skills: 'SKILLS',
      languages: 'TALEN',
    },
    profile: [
      'Sinds 2023 ben ik key account manager bij een producent van haver- en sojadranken. Ik ben verantwoordelijk ' +
        'voor zes accounts: vier landelijke supermarktketens en twee groothandels voor foodservice, samen € 14 ' +
        'miljoen netto-omzet. Aan tafel zitten de categorymanagers die beslissen over assortiment en schapruimte. ' +
        'Ik hou van een goed onderbouwd jaarplan en ga een stevig gesprek niet uit de weg.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Key Account Manager Retail',
        'OatLand Benelux B.V.',
        '2023-02',
        null,
        true,
        'feb 2023 – heden',
        [
          '6 accounts: 4 landelijke supermarktketens (samen ruim 3.000 winkels) en 2 foodservicegroothandels',
          'Netto-omzet € 14 mln in 2025, +18% ten opzichte van 2023',
          'Jaarafspraken, promotieplanning en listings van nieuwe smaken',
          'Trade-marketingbudget van € 600.000, samen met marketing ingezet',
        ],
        'Utrecht',
      ),
      job(
        'Junior Key Account Manager',
        'Zuivelhoeve Nederland',
        '2020-09',
        '2023-01',
        true,
        'sep 2020 – jan 2023',
        ['Twee regionale supermarktformules en de online supermarkten', 'Scannerdata analyseren, schapvoorstellen'],
        'Amersfoort',
      ),
      job(
        'Trade Marketeer',
        'Zuivelhoeve Nederland',
        '2018-08',
        '2020-08',
        false,
        'aug 2018 – aug 2020',
        ['Promoties en displays in de winkel, evaluatie van acties'],
        'Amersfoort',
      ),
    ],
    education: [
      edu('msc', 'MSc Marketing Management – Tilburg University (2016 – 2017)', {
        field: 'Marketing Management',
        institution: 'Tilburg University',
        startYear: 2016,
        endYear: 2017,
      }),
      edu('bsc', 'BSc Bedrijfskunde – Universiteit Utrecht (2013 – 2016)', {
        field: 'Bedrijfskunde',
        institution: 'Universiteit Utrecht',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [named('Category Management Foundation', 'Category Management Foundation – NielsenIQ Academy (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Category management', 'Excel & Power BI', 'Analytisch', 'Onderhandelen', 'Jaarplannen'],
    clientBase: { activeAccounts: 6, annualRevenueEur: 14_000_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'nl-h20-05-stepstone-accountmanager-weegsystemen-food-gelderse-vallei',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Veertienhonderd Vijf',
    email: 'kandidaat-1405.ede@example.net',
    phone: '06-19 47 26 83',
    contactLines: ['Ede (Gld)', 'Gewenste functie: Accountmanager / Key Accountmanager', 'Beschikbaarheid: in overleg'],
    headings: {
      profile: 'Persoonlijke samenvatting',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Trainingen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    jobLabels: {
      period: 'Tijdvak',
      title: 'Functietitel',
      employer: 'Bedrijfsnaam',
      duties: 'Werkzaamheden en resultaten',
    },
    profile: [
      'Accountmanager voor industriële weeg- en inspectiesystemen in de voedingsmiddelenindustrie. Als ' +
        'ex-servicemonteur ken ik de machines van binnen. Ik ben verantwoordelijk voor 95 producenten in Gelderland, ' +
        'Utrecht en Overijssel (vlees, zuivel, bakkerij), met € 2,1 mln aan nieuwe systemen en service- en ' +
        'kalibratiecontracten per jaar. Mijn gesprekspartners zijn productiemanagers en technisch directeuren die ' +
        'over de investering beslissen.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Accountmanager Food Industrie',
        'Weegtechniek Veenendaal B.V.',
        '2019-01',
        null,
        true,
        'januari 2019 – heden',
        [
          'eigen portefeuille van 95 voedingsmiddelenproducenten',
          'verkoop van controleweegschalen, röntgeninspectie en weegbruggen, met service- en kalibratiecontracten',
          'omzet eigen portefeuille € 2,1 mln (2025)',
          'coachen van een junior collega in de binnendienst',
        ],
        'Veenendaal',
      ),
      job(
        'Servicemonteur weegsystemen',
        'Weegtechniek Veenendaal B.V.',
        '2011-05',
        '2018-12',
        false,
        'mei 2011 – december 2018',
        ['installatie, kalibratie en storingsdienst bij klanten in heel Nederland'],
        'Veenendaal',
      ),
      job(
        'Monteur koeltechniek',
        'Koelbouw De Vallei',
        '2008-08',
        '2011-04',
        false,
        'augustus 2008 – april 2011',
        [],
        'Barneveld',
      ),
    ],
    education: [
      edu('associate degree', 'Associate degree Technische Bedrijfskunde (deeltijd), HAN Arnhem, 2014 – 2016', {
        field: 'Technische Bedrijfskunde',
        institution: 'HAN',
        startYear: 2014,
        endYear: 2016,
      }),
      edu('mbo 4', 'MBO 4 Mechatronica, ROC A12, Ede, 2004 – 2008', {
        field: 'Mechatronica',
        institution: 'ROC A12',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [named('Consultatief verkopen', 'Consultatief verkopen – Salesmasters (2019)')],
    certifications: [named('VCA-VOL', 'VCA-VOL, geldig tot maart 2028')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'B1', 'Duits: redelijk'),
    ],
    skills: ['Technisch inzicht', 'Klantgerichtheid', 'Overtuigend', 'Stressbestendig'],
    closing: [{ kind: 'paragraph', text: 'Rijbewijs B · bereid om in heel Nederland te reizen' }],
    clientBase: { activeAccounts: 95, annualRevenueEur: 2_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'customer_focus', 'persuasiveness', 'stress_resistance'],
  },
  {
    id: 'nl-h20-06-mailtekst-planner-verhuizingen-naar-binnendienst-geen-klanten',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Veertienhonderd Zes',
    nameLine: 'Onderwerp: sollicitatie commercieel medewerker binnendienst – Kandidaat Veertienhonderd Zes',
    email: 'kandidaat1406.denhaag@example.org',
    phone: '06-38271904',
    contactLines: ['Den Haag'],
    headings: {
      profile: 'Geachte heer, mevrouw,',
      work: 'Wat ik tot nu toe heb gedaan',
      education: 'Opleiding',
      skills: 'Waar ik goed in ben',
      languages: 'Talen',
    },
    profile: [
      'Op uw website zag ik de vacature voor een medewerker binnendienst verkoop. Ik werk nu ruim zes jaar als ' +
        'planner bij een verhuisbedrijf in Den Haag. Ik plan elke dag de ploegen en wagens, werk offertes uit na de ' +
        'opname door onze adviseur en heb veel klantcontact, maar de verkoop doet de adviseur. Een eigen klantenkring ' +
        'heb ik dus niet. Ik wil graag de stap naar de verkoop zetten en denk dat mijn ervaring met planning en ' +
        'klanten daarbij helpt.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Planner',
        'Verhuizingen Haaglanden B.V.',
        '2020-03',
        null,
        false,
        'maart 2020 – nu',
        [
          'planning van 12 verhuisploegen en 9 wagens, ook internationale verhuizingen naar Duitsland en België',
          'offertes uitwerken na de opname door de verhuisadviseur',
          'klantcontact over data, schades en facturen',
        ],
        'Den Haag',
      ),
      job(
        'Verhuizer / chauffeur',
        'Verhuizingen Haaglanden B.V.',
        '2016-05',
        '2020-02',
        false,
        'mei 2016 – feb 2020',
        ['eerst via een uitzendbureau, vanaf 2017 in vaste dienst'],
        'Den Haag',
      ),
      job(
        'Medewerker klantenservice',
        'Webwinkel ThuisTotaal',
        '2014-09',
        '2016-04',
        false,
        'sept 2014 – april 2016',
        ['telefoon, chat en e-mail over bestellingen en retouren'],
        'Rijswijk',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Daarnaast ben ik sinds 2019 vrijwillig trainer van een jeugdteam bij voetbalvereniging HVV Laakkwartier.',
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Logistiek teamleider, ROC Mondriaan, Den Haag (2011 – 2014)', {
        field: 'Logistiek teamleider',
        institution: 'ROC Mondriaan',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'B2', 'Engels (goed)'),
      lang('de', 'B1', 'Duits (redelijk)'),
    ],
    languagesText: [
      'Nederlands is mijn moedertaal, Engels gaat goed en Duits redelijk; dat laatste is handig bij verhuizingen ' +
        'naar Duitsland.',
    ],
    skills: [
      'Plannen en organiseren',
      'Rustig blijven als een dag anders loopt',
      'Klantvriendelijk',
      'Excel en het planningspakket VerhuisPlan',
    ],
    closing: [
      { kind: 'paragraph', text: 'Mijn code 95 is in 2024 verlopen; mijn rijbewijs C is nog geldig.' },
      { kind: 'paragraph', text: 'Ik hoor graag of ik op gesprek mag komen.' },
      { kind: 'paragraph', text: 'Met vriendelijke groet,' },
      { kind: 'paragraph', text: 'Kandidaat Veertienhonderd Zes' },
    ],
    clientBase: null,
    competencies: ['organisation'],
  },
  {
    id: 'nl-h20-07-nationale-vacaturebank-accountmanager-zakelijke-reizen-amstelveen',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Veertienhonderd Zeven',
    email: 'k.veertienhonderdzeven@example.com',
    phone: '06-27491085',
    contactLines: [
      'Amstelveen',
      'Beschikbaar: per 1 januari 2027',
      'Zoekt: accountmanager / key accountmanager, 32-40 uur',
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
      'Ik ben accountmanager bij een business travel management company en beheer 45 zakelijke klanten in de ' +
        'Randstad: advocatenkantoren, ingenieursbureaus en IT-bedrijven. Via ons kantoor boeken zij samen ' +
        'ongeveer € 11 miljoen aan reizen per jaar. Mijn contactpersonen zijn travel managers en office managers. ' +
        'Daarvoor heb ik negen jaar achter de balie van een reisbureau gestaan.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Accountmanager Zakelijk Reizen',
          'TravelDesk Business Travel B.V.',
          '2021-09',
          null,
          true,
          'Van: 09-2021  Tot: heden',
        ),
        lines: [
          'Functie: Accountmanager Zakelijk Reizen',
          'Bedrijf: TravelDesk Business Travel B.V., Amstelveen',
          'Van: 09-2021  Tot: heden',
          'Omschrijving: beheer en uitbouw van 45 zakelijke accounts; jaarlijkse evaluaties, reisbeleid en ' +
            'tariefafspraken met luchtvaartmaatschappijen en hotelketens; nieuwe klanten binnenhalen via ' +
            'aanbestedingen en netwerk.',
        ],
      },
      {
        ...job('Reisadviseur', 'Reiswinkel Amstelland', '2012-04', '2021-08', true, 'Van: 04-2012  Tot: 08-2021'),
        lines: [
          'Functie: Reisadviseur',
          'Bedrijf: Reiswinkel Amstelland, Amstelveen',
          'Van: 04-2012  Tot: 08-2021',
          'Omschrijving: advies en verkoop van pakketreizen, cruises en verre reizen aan particulieren; vanaf 2018 ' +
            'ook kleine zakelijke klanten. In 2016 vier maanden ouderschapsverlof, in 2020 tijdelijk ingezet op de ' +
            'klantenservice voor omboekingen en annuleringen.',
        ],
      },
      {
        ...job(
          'Medewerker passagiersafhandeling',
          'Schiphol Ground Services',
          '2009-06',
          '2012-03',
          false,
          'Van: 06-2009  Tot: 03-2012',
        ),
        lines: [
          'Functie: Medewerker passagiersafhandeling',
          'Bedrijf: Schiphol Ground Services, Schiphol',
          'Van: 06-2009  Tot: 03-2012',
          'Omschrijving: inchecken, boarding en transferbalie, in ploegendienst.',
        ],
      },
    ],
    education: [
      edu(
        'mbo 4',
        'Opleiding: MBO Toerisme en Recreatie (niveau 4)\nInstituut: ROC van Amsterdam\nVan: 2005  Tot: 2009\nDiploma: ja',
        { field: 'Toerisme en Recreatie', institution: 'ROC van Amsterdam', startYear: 2005, endYear: 2009 },
      ),
    ],
    courses: [],
    certifications: [named('IATA Foundation in Travel and Tourism', 'IATA Foundation in Travel and Tourism (2010)')],
    languages: [
      lang('nl', 'native', 'Nederlands – Moedertaal'),
      lang('en', 'C1', 'Engels – Uitstekend (C1)'),
      lang('es', 'B1', 'Spaans – Redelijk'),
      lang('fr', 'A2', 'Frans – Basis'),
    ],
    skills: ['Klantgericht', 'Relatiebeheer', 'Amadeus en Sabre', 'Stressbestendig'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 11_000_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'nl-h20-08-werk-nl-accountmanager-bouwglas-rotterdam-kaapverdiaans-reorganisatie',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Veertienhonderd Acht',
    nameLine: 'Mijn cv – Kandidaat Veertienhonderd Acht',
    email: 'kandidaat1408.glas@example.net',
    phone: '010-4182736',
    contactLines: ['Rotterdam-Zuid', 'Mobiel: 06 1837 2294', 'Rijbewijs: B, C'],
    afterContact: [
      { kind: 'heading', text: 'Beroepswens' },
      { kind: 'paragraph', text: 'Accountmanager buitendienst bouw, glas en gevel – Niveau: MBO' },
    ],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Werkgever', 'Beroep', 'Van – tot'],
    },
    profile: [
      'Na ruim vijftien jaar als glaszetter werd ik in 2018 accountmanager bij een glasgroothandel in Rotterdam. Door ' +
        'een reorganisatie is mijn functie per 1 juli 2026 vervallen. Ik had een eigen portefeuille van ongeveer 110 ' +
        'glaszetbedrijven, aannemers en kozijnfabrikanten in Rotterdam, de Drechtsteden en de Hoeksche Waard, samen ' +
        'goed voor € 3,4 miljoen omzet per jaar. Ik sprak vooral met de eigenaren, die zelf inkopen. Mijn ouders ' +
        'komen van Kaapverdië; ik ben in Rotterdam geboren.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job(
        'Accountmanager buitendienst',
        'Glasgroothandel Maasstad B.V.',
        '2018-04',
        '2026-06',
        true,
        'april 2018 – juni 2026',
        [
          'Eigen portefeuille van ongeveer 110 klanten',
          'Bezoeken op de bouwplaats en in de werkplaats, offertes voor isolatieglas, veiligheidsglas en glazen wanden',
          'Nieuwe klanten werven onder kozijnfabrikanten',
        ],
      ),
      job('Glaszetter', 'Glaszetterij Van der Linden', '2004-08', '2018-03', false, 'augustus 2004 – maart 2018', [
        'Plaatsen van isolatieglas in woningen en utiliteitsbouw',
        'Vanaf 2012 voorman van een ploeg van drie',
      ]),
      job('Leerling-glaszetter', 'Glaszetterij Van der Linden', '2002', '2004-07', false, '2002 – juli 2004'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Sinds juli 2026 werkzoekend met een WW-uitkering. In september 2026 heb ik een cursus Excel gevolgd.',
      },
    ],
    education: [
      edu('mbo 2', 'Glaszetter (BBL) – Niveau: MBO 2 – Diploma: Ja – Bouwmensen Rijnmond, Rotterdam, 2002 – 2004', {
        field: 'Glaszetter',
        institution: 'Bouwmensen Rijnmond',
        startYear: 2002,
        endYear: 2004,
      }),
      edu('vmbo', 'VMBO kader Bouwtechniek – Niveau: VMBO – Diploma: Ja – Calvijn Vreewijk, Rotterdam, 1998 – 2002', {
        field: 'Bouwtechniek',
        institution: 'Calvijn Vreewijk',
        startYear: 1998,
        endYear: 2002,
      }),
    ],
    courses: [named('Excel basis', 'Excel basis – UWV Werkplein (2026)')],
    certifications: [named('VCA Basis', 'VCA Basis (geldig tot 2028)')],
    languages: [lang('nl', 'native', 'Nederlands'), lang('pt', 'B2', 'Portugees'), lang('en', 'B1', 'Engels')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Spreken', 'Luisteren', 'Lezen', 'Schrijven'],
        rows: [
          ['Nederlands', 'Moedertaal', 'Moedertaal', 'Moedertaal', 'Moedertaal'],
          ['Portugees', 'Goed', 'Goed', 'Redelijk', 'Goed'],
          ['Engels', 'Redelijk', 'Goed', 'Redelijk', 'Redelijk'],
        ],
      },
    ],
    skills: ['Vakkennis glas en kozijnen', 'Zelfstandig werken', 'Klantgericht', 'Rijbewijs C'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 3_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h20-09-linkedin-pdf-relationship-manager-scheepsfinanciering-rotterdam-grieks',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Veertienhonderd Negen',
    email: 'k1409.shipping@example.com',
    phone: '+31 6 48120937',
    contactLines: ['www.linkedin.example.com/in/kandidaat-1409 (LinkedIn)'],
    tagline: 'Relationship Manager Shipping bij Maasbank | Scheepsfinanciering\nRotterdam, Zuid-Holland, Nederland',
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
      'Geboren in Piraeus, sinds 2012 in Rotterdam. Ik beheer een portefeuille van 24 rederijen in Nederland, ' +
        'Duitsland, Noorwegen en Griekenland: kredieten voor nieuwbouw en tweedehands schepen, renteafdekking en ' +
        'betalingsverkeer. De uitstaande kredietportefeuille is USD 1,3 miljard (ca. € 1,1 miljard); de rente- en ' +
        'provisie-inkomsten op mijn klanten bedragen circa € 16 miljoen per jaar. Mijn gesprekspartners zijn de ' +
        'eigenaren en CFO’s van de rederijen, die over de financiering beslissen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Relationship Manager Shipping',
          'Maasbank N.V.',
          '2022-01',
          null,
          true,
          'januari 2022 - heden (4 jaar 11 maanden)',
        ),
        lines: [
          'Maasbank N.V.',
          '9 jaar 2 maanden',
          'Relationship Manager Shipping',
          'januari 2022 - heden (4 jaar 11 maanden)',
          'Rotterdam, Zuid-Holland, Nederland',
          'Eigen portefeuille van 24 rederijen; structurering van scheepskredieten, jaarlijkse reviews en ' +
            'cross-sell van renteproducten en cash management.',
        ],
      },
      {
        ...job(
          'Associate Relationship Manager Shipping',
          'Maasbank N.V.',
          '2017-10',
          '2021-12',
          false,
          'oktober 2017 - december 2021 (4 jaar 3 maanden)',
        ),
        lines: [
          'Associate Relationship Manager Shipping',
          'oktober 2017 - december 2021 (4 jaar 3 maanden)',
          'Rotterdam, Zuid-Holland, Nederland',
          'Ondersteuning van drie relationship managers: kredietvoorstellen, scheepstaxaties en covenanttoetsing.',
        ],
      },
      {
        ...job(
          'Kredietanalist Shipping',
          'Rijnmond Handelsbank N.V.',
          '2013-11',
          '2017-09',
          false,
          'november 2013 - september 2017 (3 jaar 11 maanden)',
        ),
        lines: [
          'Rijnmond Handelsbank N.V.',
          'Kredietanalist Shipping',
          'november 2013 - september 2017 (3 jaar 11 maanden)',
          'Rotterdam, Nederland',
        ],
      },
      {
        ...job(
          'Junior Analyst',
          'Aegean Ship Brokers',
          '2010-07',
          '2012-08',
          false,
          'juli 2010 - augustus 2012 (2 jaar 2 maanden)',
        ),
        lines: [
          'Aegean Ship Brokers',
          'Junior Analyst',
          'juli 2010 - augustus 2012 (2 jaar 2 maanden)',
          'Piraeus, Griekenland',
          'Marktrapporten over vrachttarieven en scheepswaarden voor de brokers.',
        ],
      },
    ],
    education: [
      edu(
        'msc',
        'Erasmus Universiteit Rotterdam\nMaster of Science - MSc, Maritime Economics and Logistics · (2012 - 2013)',
        {
          field: 'Maritime Economics and Logistics',
          institution: 'Erasmus Universiteit Rotterdam',
          startYear: 2012,
          endYear: 2013,
        },
      ),
      edu('bachelor', 'University of Piraeus\nPtychio (Bachelor), Economie · (2006 - 2010)', {
        field: 'Economie',
        institution: 'University of Piraeus',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [named('Wft Basis'), named('Certified ESG Analyst (CESGA)')],
    languages: [
      lang('el', 'native', 'Grieks (Moedertaal of tweetalig)'),
      lang('en', 'C1', 'Engels (Volledige professionele vaardigheid)'),
      lang('nl', 'B2', 'Nederlands (Professionele werkvaardigheid)'),
      lang('de', 'A2', 'Duits (Elementaire vaardigheid)'),
    ],
    skills: ['Scheepsfinanciering', 'Financiële analyse', 'Relatiebeheer'],
    closing: [{ kind: 'paragraph', text: 'Pagina 1 van 2' }],
    clientBase: { activeAccounts: 24, annualRevenueEur: 16_000_000, segment: 'international', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'nl-h20-10-kort-vertegenwoordiger-wijnen-horeca-zuid-limburg-jaartallen',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Veertienhonderd Tien',
    nameLine: 'CV Kandidaat Veertienhonderd Tien',
    email: 'veertienhonderdtien@example.org',
    phone: '043-3627145',
    contactLines: ['Meerssen', 'geb. 1968'],
    headings: {
      work: 'Werk',
      education: 'School',
      certifications: 'Vakdiploma’s',
      skills: 'Verder',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Vertegenwoordiger horeca',
        'Wijnhandel Van Stiphout',
        '2009',
        null,
        true,
        '2009 – heden',
        [
          'ca. 160 restaurants, hotels en wijnbars in Zuid- en Midden-Limburg',
          'eigenaren en chef-koks beslissen zelf over de wijnkaart',
          'omzet ± € 2,4 mio per jaar',
        ],
        'Maastricht',
      ),
      job(
        'Bedrijfsleider',
        'Hotel-Restaurant De Geulvallei',
        '1999',
        '2008',
        false,
        '1999 – 2008',
        ['leiding keuken en bediening, inkoop wijnen'],
        'Valkenburg',
      ),
      job('Sommelier', 'Restaurant Kasteel Geulzicht', '1994', '1999', false, '1994 – 1999', [], 'Berg en Terblijt'),
      job('Kelner', 'Café De Kleine Wolf', '1991', '1994', false, '1991 – 1994', [], 'Maastricht'),
    ],
    education: [
      edu('mbo 4', 'Middelbare Hotelschool (MHS, mbo 4), Horecavakschool Maastricht, 1986 – 1990', {
        field: 'Middelbare Hotelschool',
        institution: 'Horecavakschool Maastricht',
        startYear: 1986,
        endYear: 1990,
      }),
    ],
    courses: [],
    certifications: [named('SVH Sommelier', 'SVH Sommelier (1996)'), named('SVH Wijnkenner', 'SVH Wijnkenner (1993)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('li', 'native', 'Limburgs – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Rijbewijs B', 'Wijnkennis Frankrijk, Duitsland, Spanje', 'Groot netwerk in de Limburgse horeca'],
    clientBase: { activeAccounts: 160, annualRevenueEur: 2_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'nl-h20-11-europass-vlaams-account-manager-satellietcommunicatie-scheepvaart',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Veertienhonderd Elf',
    nameLine: 'Europass Curriculum Vitae\nKandidaat Veertienhonderd Elf',
    email: 'kandidaat.veertienhonderdelf@example.net',
    phone: '(+32) 486 30 72 18',
    contactLines: ['Antwerpen, België', 'Geboortedatum: 22/06/1985', 'Nationaliteit: Belgische'],
    headings: {
      profile: 'OVER MIJZELF',
      work: 'WERKERVARING',
      education: 'ONDERWIJS EN OPLEIDING',
      certifications: 'CERTIFICATEN',
      skills: 'DIGITALE VAARDIGHEDEN',
      languages: 'TAALVAARDIGHEDEN',
    },
    profile: [
      'Ik verkoop satellietcommunicatie en IoT-oplossingen voor schepen. Mijn 32 klanten zijn rederijen en ' +
        'shipmanagers in België, Nederland, Duitsland en Denemarken, samen goed voor USD 4,2 miljoen (ca. € 3,9 ' +
        'miljoen) aan abonnementen en hardware per jaar. Ik spreek met de technisch directeurs, die over de ' +
        'investering beslissen, en met de fleet managers aan boord en aan wal.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'ACCOUNT MANAGER MARITIME',
          'SeaLink Communications NV',
          '2020-02',
          null,
          true,
          '[ 01/02/2020 – Huidig ]',
        ),
        lines: [
          '[ 01/02/2020 – Huidig ]',
          'ACCOUNT MANAGER MARITIME',
          'SeaLink Communications NV',
          'Stad: Antwerpen | Land: België',
          '- verkoop van VSAT- en LEO-abonnementen, hardware en IoT-sensoren aan rederijen',
          '- groei van 21 naar 32 klanten sinds 2020',
          '- SeaLink-groep: omzet USD 180 miljoen, 600 medewerkers',
        ],
      },
      {
        ...job(
          'CUSTOMER SUPPORT ENGINEER',
          'SeaLink Communications NV',
          '2016-09',
          '2020-01',
          false,
          '[ 01/09/2016 – 31/01/2020 ]',
        ),
        lines: [
          '[ 01/09/2016 – 31/01/2020 ]',
          'CUSTOMER SUPPORT ENGINEER',
          'SeaLink Communications NV',
          'Stad: Antwerpen | Land: België',
          '- tweedelijnssupport voor schepen wereldwijd, 24/7 in ploegen',
        ],
      },
      {
        ...job(
          'SCHEEPSELEKTRONICUS',
          'Antwerp Ship Repair NV',
          '2007-07',
          '2016-08',
          false,
          '[ 02/07/2007 – 31/08/2016 ]',
        ),
        lines: [
          '[ 02/07/2007 – 31/08/2016 ]',
          'SCHEEPSELEKTRONICUS',
          'Antwerp Ship Repair NV',
          'Stad: Antwerpen | Land: België',
          '- installatie en herstelling van navigatie- en communicatieapparatuur',
        ],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'VRIJWILLIGERSWERK' },
      { kind: 'paragraph', text: '[ 2018 – Huidig ]' },
      { kind: 'paragraph', text: 'JEUGDTRAINER' },
      { kind: 'paragraph', text: 'Basketbalclub Kiel Antwerpen vzw' },
    ],
    education: [
      edu(
        'bachelor',
        '[ 2004 – 2007 ]\nPROFESSIONELE BACHELOR ELEKTRONICA-ICT\nKarel de Grote-Hogeschool, Antwerpen\nEQF-niveau 6',
        { field: 'ELEKTRONICA-ICT', institution: 'Karel de Grote-Hogeschool', startYear: 2004, endYear: 2007 },
      ),
      edu('secondary', '[ 1998 – 2004 ]\nTSO ELEKTRICITEIT-ELEKTRONICA\nDon Bosco, Hoboken', {
        field: 'ELEKTRICITEIT-ELEKTRONICA',
        institution: 'Don Bosco',
        startYear: 1998,
        endYear: 2004,
      }),
    ],
    courses: [],
    certifications: [named('ITIL 4 Foundation', 'ITIL 4 Foundation (2018)')],
    languages: [
      lang('fr', 'native', 'FRANS'),
      lang('nl', 'native', 'NEDERLANDS'),
      lang('en', 'C1', 'ENGELS'),
      lang('ln', 'B1', 'LINGALA'),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal/-talen: FRANS | NEDERLANDS' },
      { kind: 'paragraph', text: 'Andere talen:' },
      {
        kind: 'paragraph',
        text: 'ENGELS  Luisteren C1  Lezen C1  Gesproken productie B2  Gesproken interactie C1  Schrijven B2',
      },
      {
        kind: 'paragraph',
        text: 'LINGALA  Luisteren B2  Lezen A2  Gesproken productie B1  Gesproken interactie B1  Schrijven B1',
      },
    ],
    skills: ['Microsoft Office', 'Salesforce', 'Configuratie van VSAT-terminals'],
    closing: [
      { kind: 'heading', text: 'COMMUNICATIE- EN INTERPERSOONLIJKE VAARDIGHEDEN' },
      {
        kind: 'paragraph',
        text: 'Meertalig, geduldig en overtuigend: ik leg techniek uit in de taal van de kapitein.',
      },
      { kind: 'heading', text: 'ANDERE CERTIFICATEN' },
      { kind: 'paragraph', text: 'GMDSS General Operator’s Certificate (2008), verlopen in 2013.' },
      { kind: 'heading', text: 'RIJBEWIJS' },
      { kind: 'paragraph', text: 'Rijbewijs: B' },
    ],
    clientBase: { activeAccounts: 32, annualRevenueEur: 3_900_000, segment: 'international', decisionMakers: true },
    competencies: ['persuasiveness'],
  },
  {
    id: 'nl-h20-12-ontwerp-pdf-account-executive-roostersoftware-thuiszorg-ex-wijkverpleegkundige',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Veertienhonderd Twaalf',
    email: 'k.1412.zorgsoftware@example.com',
    phone: '+31 6 23904417',
    contactLines: ['Zeist', 'linkedin.example.com/in/k1412'],
    tagline: 'Account Executive Zorg – van de wijk naar de software',
    headings: {
      contact: 'CONTACT',
      profile: 'PROFIEL',
      work: 'WERKERVARING',
      education: 'OPLEIDING',
      courses: 'TRAININGEN',
      skills: 'SKILLS',
      languages: 'TALEN',
    },
    profile: [
      'Ik was acht jaar wijkverpleegkundige en weet hoe een rooster op maandagochtend kan ontploffen. Sinds 2022 ' +
        'verkoop ik plannings- en roostersoftware aan thuiszorgorganisaties. Mijn portefeuille: 38 organisaties ' +
        'verspreid over heel Nederland, samen € 2,6 miljoen terugkerende licentieomzet (ARR). Ik voer de gesprekken ' +
        'met bestuurders en CFO’s, die het contract tekenen. Empathisch en communicatief, met een neus voor wat een ' +
        'team op de werkvloer echt nodig heeft.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Account Executive Zorg',
        'Roosterwijs B.V.',
        '2022-05',
        null,
        true,
        'mei 2022 – heden',
        [
          'Portefeuille van 38 thuiszorgorganisaties; uitbreiding met modules en nieuwe teams',
          'Nieuwe klanten: 9 organisaties sinds 2022',
          'Persoonlijk quotum 2026: € 500.000 nieuwe ARR',
        ],
        'Utrecht',
      ),
      job(
        'Implementatieconsultant',
        'Roosterwijs B.V.',
        '2020-01',
        '2022-04',
        false,
        'jan 2020 – apr 2022',
        ['Inrichting van de software en trainingen voor planners en teams'],
        'Utrecht',
      ),
      job(
        'Wijkverpleegkundige',
        'Thuiszorg Kromme Rijn',
        '2012-02',
        '2019-12',
        false,
        'feb 2012 – dec 2019',
        ['Indicaties stellen, zorg plannen en coördineren in een zelfsturend team'],
        'Zeist',
      ),
    ],
    education: [
      edu('hbo', 'HBO-Verpleegkunde (bachelor), Hogeschool Utrecht, 2008 – 2012', {
        field: 'Verpleegkunde',
        institution: 'Hogeschool Utrecht',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [named('SPIN Selling', 'SPIN Selling – Huthwaite (2022)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: [
      'Consultative selling',
      'Zorgprocessen en wet- en regelgeving',
      'Demo’s en workshops',
      'Samenwerking met implementatie',
    ],
    closing: [{ kind: 'paragraph', text: 'BIG-registratie als verpleegkundige: niet verlengd sinds 2025.' }],
    clientBase: { activeAccounts: 38, annualRevenueEur: 2_600_000, segment: 'national', decisionMakers: true },
    competencies: ['communication', 'organisation', 'sales', 'teamwork'],
  },
  {
    id: 'nl-h20-13-opsomming-verkoper-muziekwinkel-gent-lesgever-avond-geen-portefeuille',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Veertienhonderd Dertien',
    email: 'veertienhonderddertien@example.net',
    phone: '0494 17 28 60',
    contactLines: ['Gent'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Sterktes',
      languages: 'Talen',
    },
    profile: [
      'Ik sta al zes jaar in een muziekwinkel in Gent, waar ik gitaren, versterkers en digitale piano’s verkoop aan ' +
        'particulieren, van beginner tot beroepsmuzikant. Mijn maandtarget van € 45.000 haal ik bijna altijd. Nu zoek ' +
        'ik een job als vertegenwoordiger voor een groothandel of merk in muziekinstrumenten.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Verkoper',
        'Muziekhuis Ganda',
        '2020-09',
        null,
        true,
        'sinds september 2020',
        [
          'Advies en verkoop van gitaren, versterkers en piano’s aan particulieren',
          'Drie keer verkoper van de maand',
          'Voorraad gitaren van de webshop beheren',
        ],
        'Gent',
      ),
      job(
        'Lesgever gitaar',
        'Muziekacademie Lochristi',
        '2021-09',
        null,
        false,
        'sinds september 2021 (dinsdag- en woensdagavond)',
        ['Gitaarles aan jongeren en volwassenen, 6 uur per week'],
        'Lochristi',
      ),
      {
        ...job('Verkoper', 'Elektrozaak Van Hecke', '2016', '2019', true, 'zomers 2016 – 2019'),
        lines: ['zomers 2016 – 2019: Verkoper (studentenjob), Elektrozaak Van Hecke, Sint-Niklaas'],
      },
    ],
    education: [
      edu('short-cycle tertiary', 'Graduaat Muziekproductie, Hogeschool PXL, Hasselt, 2017 – 2019', {
        field: 'Muziekproductie',
        institution: 'Hogeschool PXL',
        startYear: 2017,
        endYear: 2019,
      }),
      edu('secondary', 'ASO Humane Wetenschappen, Sint-Barbaracollege, Gent, 2011 – 2017', {
        field: 'Humane Wetenschappen',
        institution: 'Sint-Barbaracollege',
        startYear: 2011,
        endYear: 2017,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('fr', 'B1', 'Frans: redelijk'),
    ],
    skills: ['Adviserend verkopen', 'Kennis van gitaren, versterkers en effecten', 'Teamspeler', 'Geduldig'],
    clientBase: null,
    competencies: ['sales', 'teamwork'],
  },
  {
    id: 'nl-h20-14-kort-getypt-vertegenwoordiger-bakkerijgrondstoffen-friesland-zaterdagmarkt',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Veertienhonderd Veertien',
    email: 'veertienhonderdveertien@example.com',
    phone: '0513-628419',
    contactLines: ['Heerenveen', '06-53 18 27 40'],
    headings: {
      profile: 'Kort',
      work: 'Werk',
      education: 'Opleiding',
      certifications: 'Diploma’s',
      skills: 'Overig',
      languages: 'Talen',
    },
    profile: [
      'Bakker van beroep, nu vertegenwoordiger bakkerijgrondstoffen voor ambachtelijke bakkers in Friesland, ' +
        'Groningen en Drenthe. Ca. 70 vaste klanten; de bakkers zijn eigenaar en beslissen zelf. Omzet in mijn ' +
        'rayon: € 1,7 mln per jaar.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Vertegenwoordiger',
        'Bakkerijgrondstoffen Noord B.V.',
        '2015-03',
        null,
        true,
        '03-2015 – heden',
        ['meel, mixen, vullingen en decoraties', 'proefbakken bij de klant, nieuwe producten introduceren'],
        'Drachten',
      ),
      {
        ...job('verkoper', 'Bakkerij De Haan', '2019', null, true, 'sinds 2019'),
        lines: [
          'Daarnaast sta ik sinds 2019 op zaterdag als verkoper op de weekmarkt in Heerenveen, in de kraam van ' +
            'Bakkerij De Haan',
        ],
      },
      job(
        'Bakker / ploegleider',
        'Bakkerij De Haan',
        '2003',
        '2015-02',
        false,
        '2003 – 02-2015',
        ['nachtploeg brood, vanaf 2009 ploegleider van vier bakkers'],
        'Heerenveen',
      ),
      job('Leerling-bakker', 'Bakkerij De Haan', '2000', '2003', false, '2000 – 2003', [], 'Heerenveen'),
    ],
    education: [
      edu('mbo 3', 'MBO 3 Bakker (BBL), Friesland College, Leeuwarden, 2000 – 2003', {
        field: 'Bakker',
        institution: 'Friesland College',
        startYear: 2000,
        endYear: 2003,
      }),
      edu('vmbo', 'VMBO basis, OSG Sevenwolden, Heerenveen, 1996 – 2000', {
        institution: 'OSG Sevenwolden',
        startYear: 1996,
        endYear: 2000,
      }),
    ],
    courses: [],
    certifications: [
      named('Vakdiploma Zelfstandig Werkend Bakker', 'Vakdiploma Zelfstandig Werkend Bakker (2006)'),
      named('HACCP', 'HACCP (2016)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B1', 'Duits – redelijk'),
      lang('en', 'A2', 'Engels – basis'),
    ],
    skills: ['Rijbewijs B en E', 'Vakkennis brood en banket'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 1_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'nl-h20-15-tabel-category-manager-bouwmarktketen-wil-naar-kam-geen-klanten',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Veertienhonderd Vijftien',
    email: 'kandidaat.1415.amersfoort@example.org',
    phone: '06-52903147',
    contactLines: ['Amersfoort'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      certifications: 'Diploma’s',
      skills: 'Competenties',
      languages: 'Talen',
      workTable: ['Organisatie', 'Wanneer', 'Rol'],
    },
    profile: [
      'Category manager tuin bij een bouwmarktketen met 190 winkels. Ik koop in voor € 38 miljoen per jaar en voer ' +
        'de jaargesprekken met zo’n 40 leveranciers over assortiment, prijzen en promoties. Nu wil ik naar de ' +
        'andere kant van de tafel: key account manager bij een leverancier. Ik weet wat een inkoper wil horen en ' +
        'welke cijfers hij op tafel legt.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'period', 'title'],
    jobs: [
      job('Category Manager Tuin', 'KlusMaxx Nederland B.V.', '2021-01', null, false, 'jan 2021 – heden', [
        'Assortiment tuin, buitenleven en dier voor 190 winkels; inkoopvolume € 38 mln',
        'Jaargesprekken en onderhandelingen met ca. 40 leveranciers',
        'Aansturing van een assistent en een allocator',
      ]),
      job('Assistent Category Manager', 'KlusMaxx Nederland B.V.', '2017-06', '2020-12', false, 'jun 2017 – dec 2020', [
        'Analyses van verkoopcijfers, folderplanning en listings',
      ]),
      job('Inkoopassistent', 'Tuinbouwgroothandel GroenRijk', '2014-09', '2017-05', false, 'sep 2014 – mei 2017'),
      job('Verkoopmedewerker', 'KlusMaxx Leusden', '2009-03', '2014-08', true, 'mrt 2009 – aug 2014', [
        'Bijbaan naast school en studie, afdeling tuin: klanten adviseren en afrekenen',
      ]),
    ],
    education: [
      edu('hbo', 'HBO Commerciële Economie, Hogeschool Utrecht, 2010 – 2014', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool Utrecht',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('havo', 'HAVO, Corderius College, Amersfoort, 2005 – 2010', {
        institution: 'Corderius College',
        startYear: 2005,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [
      named('NEVI 1 Inkoopmanagement', 'NEVI 1 Inkoopmanagement (2016); NEVI 2 gestart, examen maart 2027'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Onderhandelen', 'Analytisch', 'Category management', 'Excel en Power BI', 'Samenwerken'],
    clientBase: null,
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'nl-h20-16-word-kolommen-accountmanager-bioscoopreclame-amsterdam',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Veertienhonderd Zestien',
    email: 'kandidaat1416.bioscoop@example.net',
    phone: '+31 (0)6 14208836',
    contactLines: ['Amsterdam-Oost'],
    tagline: 'Accountmanager bioscoop- en out-of-home-reclame',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik verkoop reclame in het donker: bioscoopcampagnes, schermen in de foyer en sponsoring van premières. Ik ' +
        'beheer 40 adverteerders en mediabureaus door heel Nederland, die in 2025 samen € 5,2 miljoen bij ons ' +
        'besteedden. Daarvoor was ik mediaplanner bij een mediabureau, dus ik ken beide kanten van de inkoop. ' +
        'Creatief, communicatief en altijd in voor een première.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager',
        'CineReclame Nederland B.V.',
        '2021-10',
        null,
        true,
        'oktober 2021 – heden',
        [
          'Portefeuille van 40 adverteerders en mediabureaus; contact met marketingmanagers en planners',
          'Bestedingen van mijn klanten in 2025: € 5,2 miljoen',
          'Bereik van ons netwerk: 210 bioscoopzalen in 60 bioscopen',
        ],
        'Amsterdam',
      ),
      job(
        'Mediaplanner',
        'MediaMatch Amsterdam',
        '2017-02',
        '2021-09',
        false,
        'februari 2017 – september 2021',
        ['Planning en inkoop van tv-, radio- en bioscoopcampagnes', 'Budgetten tot € 3 miljoen per klant'],
        'Amsterdam',
      ),
      job(
        'Stagiair marketing',
        'Filmhuis Het Zuiderlicht',
        '2016-02',
        '2016-07',
        false,
        'februari 2016 – juli 2016',
        [],
        'Haarlem',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vrijwilligerswerk' },
      { kind: 'paragraph', text: 'Gastvrouw bij het Nederlands Film Festival, Utrecht (elk najaar, 2014 – 2019)' },
    ],
    education: [
      edu('ba', 'BA Media en Cultuur, Universiteit van Amsterdam, 2013 – 2016', {
        field: 'Media en Cultuur',
        institution: 'Universiteit van Amsterdam',
        startYear: 2013,
        endYear: 2016,
      }),
      edu('vwo', 'VWO, Barlaeus Gymnasium, Amsterdam, 2007 – 2013', {
        institution: 'Barlaeus Gymnasium',
        startYear: 2007,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'B1', 'Frans – redelijk'),
    ],
    skills: ['Creatief', 'Communicatief', 'Mediaplanning en -inkoop', 'Salesforce en Excel'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 5_200_000, segment: 'national' },
    competencies: ['communication', 'innovation'],
  },
  {
    id: 'nl-h20-17-tabel-verkoopadviseur-stalinrichting-brabant-duitsland-dienstplicht',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Veertienhonderd Zeventien',
    email: 'veertienhonderdzeventien@example.com',
    phone: '0413-472916',
    contactLines: ['Uden', 'Mobiel: 06-51732094'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Functie', 'Bedrijf', 'Jaren'],
    },
    profile: [
      'Ruim dertig jaar in de veehouderij. Sinds 2012 verkoopadviseur stalinrichting voor varkens- en ' +
        'pluimveehouders in Noord-Brabant, Limburg en over de grens in Nedersaksen en Noordrijn-Westfalen. Ik heb ' +
        'ongeveer 120 vaste klanten, bijna allemaal familiebedrijven: de boer beslist zelf, vaak samen met zijn ' +
        'vrouw of zoon. Mijn klanten waren in 2025 goed voor € 7,5 miljoen aan projecten.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job('Verkoopadviseur stalinrichting', 'AgriStal Systems B.V.', '2012', null, true, '2012 – heden', [
        'Advies en verkoop van stalinrichting, ventilatie en voersystemen',
        'Nieuwbouw en renovatie voor de nieuwe eisen aan dierenwelzijn en emissie',
        'Samenwerking met bouwers, installateurs en vergunningsadviseurs',
      ]),
      job('Projectleider stallenbouw', 'AgriStal Systems B.V.', '2001', '2011', false, '2001 – 2011', [
        'Montageploegen aansturen, planning en oplevering bij de klant',
      ]),
      job('Bedrijfsverzorger', 'Agrarische Bedrijfsverzorging Oost-Brabant', '1994', '2001', false, '1994 – 2001'),
      job('Medewerker varkenshouderij', 'Varkenshouderij Van den Heuvel', '1991', '1994', false, '1991 – 1994'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Militaire dienst (dienstplicht): 1990 – 1991, Koninklijke Landmacht, Seedorf (Duitsland)',
      },
    ],
    education: [
      edu('mbo', 'MAS Veehouderij, Agrarisch Opleidingscentrum Boxtel, 1986 – 1990', {
        field: 'Veehouderij',
        institution: 'Agrarisch Opleidingscentrum Boxtel',
        startYear: 1986,
        endYear: 1990,
      }),
    ],
    courses: [
      named('Emissiearme stalsystemen', 'Emissiearme stalsystemen – Wageningen Academy (2019)'),
      named('Klimaat in de varkensstal', 'Klimaat in de varkensstal – Varkens Innovatie Centrum (2014)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('de', 'B2', 'Duits: goed (geleerd in Seedorf en bij Duitse klanten)'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    skills: ['Vakkennis varkens en pluimvee', 'Betrouwbaar en nuchter', 'Netwerken in de agrarische sector'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 7_500_000, segment: 'international', decisionMakers: true },
    competencies: ['relationship_building', 'teamwork'],
  },
  {
    id: 'nl-h20-18-ontwerp-pdf-accountmanager-houtpellets-grootverbruikers-sabbatical',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Veertienhonderd Achttien',
    email: 'kandidaat.1418.pellets@example.com',
    phone: '06 44192730',
    contactLines: ['Deventer'],
    tagline: 'Accountmanager Biomassa',
    headings: {
      contact: 'Contact',
      profile: 'Wie ik ben',
      work: 'Werk',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Sterk in',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager bij een leverancier van houtpellets en houtchips. Ik lever aan 35 zakelijke grootverbruikers ' +
        'in Overijssel en Gelderland: tuinders, zwembaden, zorginstellingen en een paar scholen. Samen nemen zij ' +
        'per jaar ruim 28.000 ton af, goed voor € 6,1 miljoen. Ik spreek met de directeuren en technisch managers ' +
        'die het contract tekenen.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager Biomassa',
        'HoutEnergie Salland B.V.',
        '2020-08',
        null,
        true,
        'aug. 2020 – heden',
        [
          '35 klanten met een jaarcontract voor pellets of chips',
          'Nieuwe klanten: ketelinstallateurs en adviesbureaus als ingang',
          'Prijsafspraken met indexering, leverplanning met de logistiek',
        ],
        'Raalte',
      ),
      job(
        'Inside Sales Zakelijk',
        'Ecostroom B.V.',
        '2016-05',
        '2020-07',
        true,
        'mei 2016 tot eind juli 2020',
        ['Stroom- en gascontracten verkopen aan mkb-bedrijven, telefonisch en per mail'],
        'Deventer',
      ),
      job(
        'Medewerker klantenservice',
        'Ecostroom B.V.',
        '2012-09',
        '2014-12',
        false,
        'sept. 2012 – dec. 2014',
        [],
        'Deventer',
      ),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'jan. 2015 – apr. 2016   Sabbatical: fietsreis van Deventer naar Istanbul en terug' },
    ],
    education: [
      edu('hbo', 'HBO Bedrijfskunde MER, Saxion, Deventer, 2008 – 2012', {
        field: 'Bedrijfskunde MER',
        institution: 'Saxion',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [named('Biomassa en warmte', 'Biomassa en warmte – Bioenergy Academy (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B2', 'Duits – goed'),
      lang('tr', 'A2', 'Turks – een beetje (van de reis)'),
    ],
    skills: ['Ondernemend', 'Klantgericht', 'Proactief', 'CRM: HubSpot'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 6_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'entrepreneurship', 'initiative'],
  },
  {
    id: 'nl-h20-19-starter-junior-accountmanager-kredietverzekering-amsterdam-iraans',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Veertienhonderd Negentien',
    email: 'kandidaat1419.start@example.net',
    phone: '06-14725803',
    contactLines: ['Amsterdam-West'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Startende accountmanager bij een kredietverzekeraar. Sinds maart 2026 beheer ik een eigen portefeuille van ' +
        '60 mkb-polishouders in Noord-Holland en Utrecht, met samen € 950.000 premie per jaar. Mijn ' +
        'gesprekspartners zijn de directeur-eigenaren en financieel managers die over de polis beslissen. ' +
        'Analytisch, leergierig en een teamspeler.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Junior Accountmanager',
        'Atlas Kredietverzekering N.V.',
        '2026-03',
        null,
        true,
        'maart 2026 – heden',
        [
          'Eigen portefeuille van 60 mkb-polishouders: verlengingen, limietaanvragen, uitbreidingen',
          'Premie op mijn portefeuille ca. € 950.000 per jaar',
          'Atlas verzekert wereldwijd ruim € 900 miljard aan handelstransacties',
        ],
        'Amsterdam',
      ),
      job(
        'Trainee',
        'Atlas Kredietverzekering N.V.',
        '2025-09',
        '2026-02',
        false,
        'september 2025 – februari 2026',
        ['Traineeship met rotaties bij acceptatie, schade en de commerciële afdeling'],
        'Amsterdam',
      ),
      job(
        'Stagiair Risk Management',
        'Amstel Handelsbank',
        '2025-02',
        '2025-06',
        false,
        'feb – jun 2025',
        ['Afstudeerstage: model voor vroegsignalering van betalingsachterstanden'],
        'Amsterdam',
      ),
      job(
        'Kassamedewerker',
        'Buurtsuper Van Galen',
        '2018-09',
        '2024-06',
        false,
        'sept 2018 – juni 2024 (bijbaan, weekends)',
        [],
        'Amsterdam',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenactiviteiten' },
      {
        kind: 'bullets',
        items: [
          '2022 – 2023: fulltime bestuursjaar als penningmeester van studievereniging Kompas (VU Amsterdam)',
          'Sinds 2021: bijles wiskunde aan brugklassers via de buurtvereniging (vrijwillig)',
        ],
      },
    ],
    education: [
      edu('msc', 'MSc Finance, Vrije Universiteit Amsterdam, 2024 – 2025', {
        field: 'Finance',
        institution: 'Vrije Universiteit Amsterdam',
        startYear: 2024,
        endYear: 2025,
      }),
      edu('bsc', 'BSc Economics and Business Economics, Vrije Universiteit Amsterdam, 2019 – 2024', {
        field: 'Economics and Business Economics',
        institution: 'Vrije Universiteit Amsterdam',
        startYear: 2019,
        endYear: 2024,
      }),
      edu('vwo', 'VWO, Cartesius Lyceum, Amsterdam, 2013 – 2019', {
        institution: 'Cartesius Lyceum',
        startYear: 2013,
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Basis', 'Wft Basis (2025); Wft Schadeverzekeringen Zakelijk: examen gepland januari 2027'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fa', 'native', 'Perzisch (Farsi) – moedertaal'),
      lang('en', 'C1', 'Engels – C1'),
      lang('fr', 'A2', 'Frans – A2'),
    ],
    skills: ['Analytisch', 'Excel (VBA) en Python basis', 'Teamspeler'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 950_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'teamwork'],
  },
  {
    id: 'nl-h20-20-opsomming-area-sales-manager-landbouwfolie-oost-europa-hongaars',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Veertienhonderd Twintig',
    email: 'kandidaat1420.cee@example.org',
    phone: '+31 6 31724408',
    contactLines: ['Emmen', 'Nationaliteit: Hongaars, sinds 2014 in Nederland'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Area sales manager voor Centraal- en Oost-Europa bij een Drentse producent van landbouwfolie: kuilfolie, ' +
        'stretchfolie en tuinbouwfolie. Ik bedien 18 distributeurs en dealers in Hongarije, Roemenië, Polen en ' +
        'Slowakije, samen goed voor € 6,8 miljoen omzet in 2025. Mijn gesprekspartners zijn de eigenaren en ' +
        'inkoopdirecteuren van de distributeurs.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Area Sales Manager CEE',
        'AgriFolie Emmen B.V.',
        '2019-04',
        null,
        true,
        '04/2019 – heden',
        [
          '18 distributeurs in vier landen, jaarafspraken en prijslijsten in euro en forint',
          'Twee keer per maand op reis; beurzen in Boedapest (AGROmashEXPO) en Poznań (Polagra)',
          'Nieuwe markt Slowakije geopend in 2022',
        ],
        'Emmen',
      ),
      job(
        'Export Sales Assistant',
        'AgriFolie Emmen B.V.',
        '2014-09',
        '2019-03',
        false,
        '09/2014 – 03/2019',
        [
          'Orders, transportdocumenten en accreditieven voor de exportmanagers',
          'In 2017 drie maanden ouderschapsverlof',
        ],
        'Emmen',
      ),
      job(
        'Agronoom',
        'Kiskunsági Mezőgazdasági Zrt.',
        '2009-09',
        '2014-07',
        false,
        '09/2009 – 07/2014',
        ['Teeltadvies en inkoop van meststoffen voor een akkerbouwbedrijf van 2.400 ha'],
        'Kecskemét, Hongarije',
      ),
    ],
    education: [
      edu('msc', 'MSc Agrarische Economie, Szent István Universiteit, Gödöllő (Hongarije), 2004 – 2009', {
        field: 'Agrarische Economie',
        institution: 'Szent István Universiteit',
        startYear: 2004,
        endYear: 2009,
      }),
    ],
    courses: [named('Export en douane', 'Export en douane – evofenedex (2015)')],
    certifications: [],
    languages: [
      lang('hu', 'native', 'Hongaars – moedertaal'),
      lang('en', 'C1', 'Engels – C1'),
      lang('de', 'B2', 'Duits – B2'),
      lang('nl', 'B1', 'Nederlands – B1 (Staatsexamen NT2, programma I)'),
      lang('ro', 'A2', 'Roemeens – A2'),
    ],
    skills: ['Internationale verkoop', 'Onderhandelingsvaardig', 'Kennis van akkerbouw en veehouderij', 'Zelfstandig'],
    clientBase: { activeAccounts: 18, annualRevenueEur: 6_800_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h20-21-twee-kolommen-inside-sales-tandheelkunde-utrecht-roemeens',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Veertienhonderd Eenentwintig',
    email: 'kandidaat1421.dental@example.com',
    phone: '06-41297358',
    contactLines: ['Houten', 'Geboren in Cluj-Napoca (Roemenië)'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Periode', 'Organisatie', 'Functie'],
    },
    profile: [
      'Ik was negen jaar tandartsassistente in Roemenië en woon sinds 2017 in Nederland. Nu werk ik in de ' +
        'binnendienst van een groothandel in tandheelkundige materialen en beheer ik telefonisch ongeveer 150 ' +
        'tandartspraktijken in de provincie Utrecht en Gelderland. De praktijkhouders bestellen en beslissen zelf. ' +
        'Omzet op mijn klanten: € 1,3 miljoen per jaar.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Inside Sales Medewerker', 'DentaDirect Nederland B.V.', '2021-01', null, true, 'januari 2021 – heden', [
        'Telefonische verkoop en nabellen van offertes bij ca. 150 praktijken',
        'Acties en nieuwe producten introduceren (composieten, implantaatonderdelen)',
        'Samenwerking met de buitendienst bij de inrichting van nieuwe praktijken',
      ]),
      job(
        'Medewerker klantenservice',
        'DentaDirect Nederland B.V.',
        '2018-06',
        '2020-12',
        false,
        'juni 2018 – december 2020',
        ['Bestellingen, retouren en leverdata per telefoon en e-mail'],
      ),
      job('Tandartsassistente', 'Clinica Dentară Someș', '2008-09', '2017-05', false, 'september 2008 – mei 2017', [
        'Assisteren bij behandelingen, sterilisatie, voorraadbeheer van de praktijk',
      ]),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Juni 2017 – mei 2018: inburgering en NT2-cursus bij ROC Midden Nederland, Utrecht.',
      },
    ],
    education: [
      edu(
        'post-secondary',
        'Școala Postliceală Sanitară, opleiding tandartsassistente (postsecundair), Cluj-Napoca, 2006 – 2008',
        { field: 'tandartsassistente', institution: 'Școala Postliceală Sanitară', startYear: 2006, endYear: 2008 },
      ),
      edu(
        'secondary',
        'Bacalaureat (diploma middelbare school), Liceul Teoretic Avram Iancu, Cluj-Napoca, 2002 – 2006',
        {
          institution: 'Liceul Teoretic Avram Iancu',
          startYear: 2002,
          endYear: 2006,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ro', 'native', 'Roemeens – moedertaal'),
      lang('nl', 'B2', 'Nederlands – B2 (Staatsexamen NT2, programma II)'),
      lang('en', 'B2', 'Engels – goed'),
      lang('hu', 'A2', 'Hongaars – basis'),
    ],
    skills: ['Klantgericht', 'Telefonische verkoop', 'Kennis van tandheelkundige producten', 'Stressbestendig'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 1_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'nl-h20-22-proza-optometrist-naar-kam-oogheelkunde-ziekenhuizen-vlaanderen',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Veertienhonderd Tweeëntwintig',
    email: 'veertienhonderdtweeentwintig@example.org',
    phone: '+32 475 61 08 29',
    contactLines: ['Mortsel'],
    headings: {
      profile: 'Profiel',
      work: 'Mijn loopbaan',
      education: 'Studies',
      courses: 'Bijscholing',
      skills: 'Sterktes',
      languages: 'Talen',
    },
    profile: [
      'Optometrist van opleiding, al meer dan tien jaar key account manager in de oogheelkunde. Ik ken het ' +
        'operatiekwartier van binnen en spreek de taal van de oogchirurg.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('optometrist', 'Oogcentrum Linkeroever', '2005-09', '2010', false, 'van september 2005 tot eind 2010'),
        lines: [
          'Na mijn studie werkte ik van september 2005 tot eind 2010 als optometrist in het Oogcentrum Linkeroever ' +
            'in Antwerpen: metingen en voorbereiding van patiënten voor cataract- en refractiechirurgie.',
        ],
      },
      {
        ...job(
          'productspecialist oogheelkunde',
          'OptiMed Belgium NV',
          '2011-09',
          '2015-03',
          false,
          'van september 2011 tot maart 2015',
        ),
        lines: [
          'In 2011 werkte ik zes maanden als vrijwilliger in een oogkliniek in Moshi, Tanzania, waar ik brillen ' +
            'aanmat en een lokaal team opleidde.',
          'Terug in België was ik van september 2011 tot maart 2015 productspecialist oogheelkunde bij OptiMed ' +
            'Belgium NV in Mechelen. Ik stond mee in het operatiekwartier bij de eerste ingrepen met nieuwe lenzen ' +
            'en gaf opleidingen aan verpleegkundigen. Verkopen deden de accountmanagers.',
        ],
      },
      {
        ...job('key account manager oogheelkunde', 'OptiMed Belgium NV', '2015-04', null, true, 'Sinds april 2015'),
        lines: [
          'Sinds april 2015 ben ik key account manager oogheelkunde bij hetzelfde bedrijf. Ik volg 26 ' +
            'ziekenhuizen op in Vlaanderen en Brussel, van universitaire centra tot kleine regionale ziekenhuizen. ' +
            'Mijn ziekenhuizen kochten in 2025 voor € 5,4 miljoen aan intraoculaire lenzen, viscoelastica en ' +
            'wegwerpsets. De oogchirurgen kiezen de lens; de aankoopdienst beslist via aanbestedingen.',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Optiek en Optometrie, Artesis Hogeschool Antwerpen, 2002 – 2005', {
        field: 'Optiek en Optometrie',
        institution: 'Artesis Hogeschool Antwerpen',
        startYear: 2002,
        endYear: 2005,
      }),
      edu('secondary', 'ASO Wetenschappen, Sint-Ritacollege, Kontich, 1996 – 2002', {
        field: 'Wetenschappen',
        institution: 'Sint-Ritacollege',
        startYear: 1996,
        endYear: 2002,
      }),
    ],
    courses: [named('Aanbestedingen in de zorg', 'Aanbestedingen in de zorg – Vlerick Business School (2019)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('fr', 'C1', 'Frans'),
      lang('en', 'C1', 'Engels'),
      lang('sw', 'A2', 'Swahili'),
    ],
    languagesText: [
      'Nederlands is mijn moedertaal. Frans en Engels spreek ik vloeiend; van mijn halfjaar in Tanzania hou ik ' +
        'een beetje Swahili over.',
    ],
    skills: [
      'Klinische kennis oogheelkunde',
      'Relatiebeheer in ziekenhuizen',
      'Presenteren voor artsen en verpleegkundigen',
    ],
    clientBase: { activeAccounts: 26, annualRevenueEur: 5_400_000, segment: 'regional_smb' },
    competencies: ['relationship_building'],
  },
  {
    id: 'nl-h20-23-labels-accountmanager-containerbinnenvaart-nijmegen-duisburg',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Veertienhonderd Drieëntwintig',
    email: 'kandidaat.1423.binnenvaart@example.net',
    phone: '024-3781642',
    contactLines: ['Nijmegen', 'Mobiel: 06-21843957'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleidingen',
      certifications: 'Vaarbewijzen en certificaten',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    jobLabels: { period: 'Looptijd', title: 'Positie', employer: 'Bedrijf', duties: 'Kerntaken' },
    profile: [
      'Accountmanager containerbinnenvaart. Ik verkoop vaartijd en overslag tussen de zeehavens van Rotterdam en ' +
        'Antwerpen en de terminals langs de Waal en de Rijn tot Duisburg. Dertig verladers en expediteurs in ' +
        'Nederland en Duitsland zijn mijn vaste klanten; in 2025 factureerden wij hun € 8,5 miljoen. Aan tafel zitten ' +
        'logistiek directeuren, die de volumes gunnen. Ik heb zelf acht jaar gevaren, en dat helpt.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Accountmanager Binnenvaart',
        'Waalcontainer Terminals B.V.',
        '2019-09',
        null,
        true,
        'september 2019 – heden',
        [
          'eigen portefeuille van 30 verladers en expediteurs',
          'tarieven, jaarcontracten en tenders',
          'onze terminal: 180.000 TEU per jaar, 45 medewerkers',
        ],
        'Nijmegen',
      ),
      job(
        'Planner binnenvaart',
        'Waalcontainer Terminals B.V.',
        '2014-03',
        '2019-08',
        false,
        'maart 2014 – augustus 2019',
        ['planning van vier duwbakken en drie containerschepen, slots in Rotterdam en Antwerpen'],
        'Nijmegen',
      ),
      job(
        'Stuurman',
        'Partikuliere Rederij Gebr. Verhoef',
        '2006',
        '2014-02',
        false,
        '2006 – februari 2014',
        ['containervaart Rotterdam – Basel, vanaf 2010 als eerste stuurman'],
        'Werkendam',
      ),
    ],
    education: [
      edu(
        'associate degree',
        'Associate degree Logistics Management (deeltijd), HAN University of Applied Sciences, Arnhem, 2016 – 2018',
        {
          field: 'Logistics Management',
          institution: 'HAN University of Applied Sciences',
          startYear: 2016,
          endYear: 2018,
        },
      ),
      edu('mbo 4', 'MBO 4 Kapitein binnenvaart, STC Rotterdam, 2002 – 2006', {
        field: 'Kapitein binnenvaart',
        institution: 'STC Rotterdam',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [named('Groot Vaarbewijs', 'Groot Vaarbewijs (2009)'), named('Rijnpatent', 'Rijnpatent (2011)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'C1', 'Duits – vloeiend'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Netwerken in de logistiek', 'Onderhandelen', 'Kennis van vaarwegen en terminals', 'Nuchter'],
    closing: [{ kind: 'paragraph', text: 'ADN-basis (vervoer gevaarlijke stoffen): behaald 2008, verlopen 2018.' }],
    clientBase: { activeAccounts: 30, annualRevenueEur: 8_500_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h20-24-opsomming-business-developer-waterstof-groningen-nog-geen-klanten',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Veertienhonderd Vierentwintig',
    email: 'kandidaat1424.waterstof@example.org',
    phone: '050-3174826',
    contactLines: ['Groningen'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Business developer waterstof bij een energiebedrijf in Groningen. Ik ontwikkel projecten voor ' +
        'waterstoftankstations en elektrolysers met vervoerders, gemeenten en industrie. Klanten met een lopend ' +
        'contract heb ik nog niet: de eerste levering staat gepland voor 2028. Daarvoor was ik projectingenieur en ' +
        'accountmanager zakelijke energie.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Business Developer Waterstof',
        'Noorderlicht Energie B.V.',
        '2023',
        null,
        true,
        'Q1 2023 – heden',
        [
          'Pijplijn van 9 projecten met samen € 35 miljoen aan investeringen',
          'Subsidieaanvraag van € 4,2 miljoen toegekend in 2025',
          'Intentieovereenkomsten met twee busvervoerders en een afvalinzamelaar',
          'Team van vier business developers, ik coördineer de Groningse projecten',
        ],
        'Groningen',
      ),
      job(
        'Accountmanager Zakelijke Energie',
        'Noorderlicht Energie B.V.',
        '2019-06',
        '2022-12',
        true,
        'juni 2019 – december 2022',
        ['Stroom- en gascontracten voor mkb-bedrijven in Groningen en Drenthe'],
        'Groningen',
      ),
      job(
        'Projectingenieur',
        'Ingenieursbureau Hunze',
        '2015-09',
        '2019-05',
        false,
        'sept. 2015 – mei 2019',
        ['Haalbaarheidsstudies voor warmtenetten en zonneparken'],
        'Assen',
      ),
    ],
    education: [
      edu('msc', 'MSc Energy and Environmental Sciences, Rijksuniversiteit Groningen, 2013 – 2015', {
        field: 'Energy and Environmental Sciences',
        institution: 'Rijksuniversiteit Groningen',
        startYear: 2013,
        endYear: 2015,
      }),
      edu('bsc', 'BSc Scheikundige Technologie, Rijksuniversiteit Groningen, 2010 – 2013', {
        field: 'Scheikundige Technologie',
        institution: 'Rijksuniversiteit Groningen',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('PRINCE2 Foundation', 'PRINCE2 Foundation (2017)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Ondernemend', 'Netwerken', 'Analytisch', 'Creatief'],
    clientBase: null,
    competencies: ['analytical', 'entrepreneurship', 'innovation', 'relationship_building'],
  },
  {
    id: 'nl-h20-25-lang-cv-key-account-manager-huisdiervoeding-benelux-oss',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Veertienhonderd Vijfentwintig',
    email: 'kandidaat.veertienhonderdvijfentwintig@example.com',
    phone: '+31 6 22914083',
    contactLines: ['Oss'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Trainingen',
      skills: 'Kerncompetenties',
      languages: 'Talen',
    },
    profile: [
      'Key account manager met ruim twintig jaar ervaring in huisdiervoeding, van de zaterdag in de dierenwinkel ' +
        'tot aan tafel bij de grootste ketens van de Benelux. Ik ben verantwoordelijk voor acht accounts in Nederland ' +
        'en België: drie retailketens, twee dierspeciaalzaakketens en drie inkooporganisaties van zelfstandige ' +
        'speciaalzaken, samen ruim 1.450 winkels. Netto-omzet op mijn accounts in 2025: € 19 miljoen. Ik ' +
        'onderhandel jaarcondities met de categorymanagers en inkoopdirecteuren die beslissen. Coachend, ' +
        'analytisch en een echte teamspeler.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager Benelux',
        'PetNature Foods B.V.',
        '2018-04',
        null,
        true,
        'april 2018 – heden',
        [
          'Verantwoordelijk voor 8 accounts in Nederland en België (samen ca. 1.450 winkels)',
          'Netto-omzet eigen accounts € 19 mln (2025), gemiddeld 6% groei per jaar',
          'Jaargesprekken over condities, listings, schapruimte en promoties',
          'Category-analyses met GfK- en kassadata als basis voor elk gesprek',
          'Introductie van een graanvrije lijn bij alle accounts in 2022',
          'Coachen van twee junior accountmanagers',
          'Trade-marketingbudget van € 1,1 mln samen met marketing verdelen',
        ],
        'Oss',
      ),
      job(
        'Accountmanager Dierspeciaalzaken',
        'PetNature Foods B.V.',
        '2012-01',
        '2018-03',
        true,
        'januari 2012 – maart 2018',
        [
          'Rayon Zuid-Nederland: 180 zelfstandige dierspeciaalzaken',
          'Winkelbezoeken, schapplannen, acties en beursdagen',
          'Beste rayon van Nederland in 2016',
        ],
        'Oss',
      ),
      job(
        'Vertegenwoordiger',
        'Diervoeders Maasland',
        '2006-05',
        '2011-12',
        true,
        'mei 2006 – december 2011',
        ['Hobbydiervoeders en strooisel voor tuincentra en dierenwinkels in Brabant en Gelderland'],
        'Cuijk',
      ),
      job(
        'Medewerker binnendienst verkoop',
        'Diervoeders Maasland',
        '2004-02',
        '2006-04',
        true,
        'februari 2004 – april 2006',
        ['Telefonische orders, nabellen van offertes, prijsafspraken met kleine klanten'],
        'Cuijk',
      ),
      job(
        'Verkoopmedewerker',
        'Dierenwinkel De Ark',
        '1998',
        '2003',
        true,
        'zaterdagen 1998 – 2003',
        ['Bijbaan naast school en studie'],
        'Oss',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenfuncties' },
      { kind: 'paragraph', text: 'Bestuurslid Stichting Dierenopvang Oss en omstreken (sinds 2019, onbezoldigd)' },
    ],
    education: [
      edu('hbo', 'HEAO Commerciële Economie, Hogeschool van Arnhem en Nijmegen, 1999 – 2003', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool van Arnhem en Nijmegen',
        startYear: 1999,
        endYear: 2003,
      }),
      edu('havo', 'HAVO, Maasland College, Oss, 1994 – 1999', {
        institution: 'Maasland College',
        startYear: 1994,
        endYear: 1999,
      }),
    ],
    courses: [
      named('Onderhandelen met retailers', 'Onderhandelen met retailers – Schouten & Nelissen (2015)'),
      named('Category management in de praktijk', 'Category management in de praktijk – GS1 (2019)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: [
      'Onderhandelen',
      'Category management',
      'Analytisch',
      'Coachend leidinggeven',
      'Samenwerking met marketing en supply chain',
    ],
    closing: [{ kind: 'paragraph', text: 'Referenties op aanvraag.' }],
    clientBase: { activeAccounts: 8, annualRevenueEur: 19_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation', 'teamwork'],
  },
  {
    id: 'nl-h20-26-linkedin-tekst-account-executive-b2b-e-commerce-groothandels-eindhoven',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Veertienhonderd Zesentwintig',
    email: 'k.veertienhonderdzesentwintig@example.net',
    phone: '+31 6 17300482',
    contactLines: ['Eindhoven, Noord-Brabant, Nederland · Contactgegevens'],
    tagline: 'Account Executive bij OrderFlow | B2B-e-commerce voor groothandels',
    headings: {
      profile: 'Info',
      work: 'Ervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik help groothandels hun B2B-webshop en bestelportaal te laten groeien. Ik beheer 22 groothandels in de ' +
        'Benelux en Duitsland, van technische groothandels tot horecagroothandels. ARR op mijn accounts: € 1,9 mln. ' +
        'Ik schakel met de commercieel directeuren en IT-managers die over het platform beslissen. Mijn quotum voor ' +
        '2026: € 450k nieuwe ARR.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Executive', 'OrderFlow Commerce B.V.', '2022-01', null, true, 'jan 2022 - heden · 4 jr 11 mnd'),
        lines: [
          'OrderFlow Commerce B.V.',
          'Fulltime · 6 jr 9 mnd',
          'Account Executive',
          'jan 2022 - heden · 4 jr 11 mnd',
          'Eindhoven, Noord-Brabant, Nederland · Hybride',
          'Uitbreiding van bestaande klanten en nieuwe groothandels in Duitsland en Oostenrijk.',
          'Vaardigheden: Solution selling · HubSpot',
        ],
      },
      {
        ...job(
          'Sales Development Representative',
          'OrderFlow Commerce B.V.',
          '2020-03',
          '2021-12',
          true,
          'mrt 2020 - dec 2021 · 1 jr 10 mnd',
        ),
        lines: [
          'Sales Development Representative',
          'mrt 2020 - dec 2021 · 1 jr 10 mnd',
          'Eindhoven, Noord-Brabant, Nederland',
          'Koude acquisitie en afspraken voor de account executives.',
        ],
      },
      {
        ...job(
          'Marketing Coordinator',
          'Kempen Elektro Groothandel',
          '2016-09',
          '2019-09',
          false,
          'sep 2016 - sep 2019 · 3 jr 1 mnd',
        ),
        lines: [
          'Loopbaanonderbreking',
          'Professionele ontwikkeling',
          'okt 2019 - feb 2020 · 5 mnd',
          'Bootcamp B2B-verkoop en Duitse les.',
          '',
          'Marketing Coordinator',
          'Kempen Elektro Groothandel · Fulltime',
          'sep 2016 - sep 2019 · 3 jr 1 mnd',
          'Veldhoven, Noord-Brabant, Nederland',
          'Nieuwsbrieven, webshopacties en beurzen.',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Fontys Hogescholen\nBachelor, Commerciële Economie\n2012 - 2016', {
        field: 'Commerciële Economie',
        institution: 'Fontys Hogescholen',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands · Moedertaal of tweetalig'),
      lang('en', 'C1', 'Engels · Volledige professionele vaardigheid'),
      lang('de', 'B1', 'Duits · Beperkte praktische werkvaardigheid'),
    ],
    skills: ['Solution selling', 'Onderhandelen', 'SaaS'],
    clientBase: { activeAccounts: 22, annualRevenueEur: 1_900_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'sales'],
  },
];

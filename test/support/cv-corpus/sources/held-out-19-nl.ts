import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The nineteenth held-out set's Dutch CVs: twenty-six CVs from the Netherlands and Flanders, written without
 * reading the reader. 01–13 are ordinary CVs (a Word template, a Canva PDF, Nationale Vacaturebank, VDAB,
 * Werk.nl and StepStone profiles, an e-mail body, a terse list, a long KAM CV, a graduate, a banker). 14–26
 * carry the marks of how CVs travel before a recruiter reads them: text pasted from a PDF with lines broken
 * mid-sentence, numbered, capitalised or colon headings, "*", "-", ">", "o", "–", "§" and "Ø" bullets, tabs
 * and runs of spaces from a table pasted as text, dates and titles run together by a PDF-to-Word conversion,
 * a portal's labels left in English or French, page headers and hyphenated line ends, ligatures, a two-column
 * PDF read straight across, LinkedIn copy leftovers, a CV typed in a hurry without capitals. Sectors: pallets,
 * dermatology, refrigerated transport, fencing, energy customer service, roofing, toys, sports nutrition,
 * job-board advertising, bedding retail, growing media, managed security, agricultural banking, bananas,
 * business telephony, absence insurance, aerial-platform rental, staffing, refrigeration, eggs, translation,
 * snacks, paving, event rental, grounds maintenance and solar roofs on farms.
 */
export const HELD_OUT_19_NL: CvSource[] = [
  {
    id: 'nl-h19-01-word-sjabloon-accountmanager-pallets-brabant',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Dertienhonderd Een',
    nameLine: 'CURRICULUM VITAE',
    email: 'kandidaat.1301@example.com',
    phone: '06-38492017',
    contactLines: ['Tilburg'],
    afterContact: [
      { kind: 'heading', text: 'Personalia' },
      {
        kind: 'table',
        rows: [
          ['Naam', 'Kandidaat Dertienhonderd Een'],
          ['Adres', 'Ringbaan-West 212, 5037 KH Tilburg'],
          ['Geboortedatum', '3 mei 1986'],
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
      'Gedreven accountmanager met acht jaar commerciële ervaring in de verhuur en verkoop van houten en ' +
        'kunststof pallets. Ik beheer 56 klanten in Midden- en West-Brabant: distributiecentra, ' +
        'voedingsproducenten en een handvol transporteurs. Samen zijn zij goed voor een jaaromzet van € 3,7 ' +
        'miljoen. Dagelijks spreek ik logistiek managers; de contracten teken ik met de directeur of de ' +
        'inkoopmanager, die daarover beslist.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager',
        'PalletPool Benelux B.V.',
        '2021-02',
        null,
        true,
        'februari 2021 – heden',
        [
          'Beheer en uitbreiding van 56 accounts in Midden- en West-Brabant',
          'Tariefafspraken, raamcontracten en jaarlijkse evaluaties',
          'Nieuwe klanten werven op de bedrijventerreinen rond Tilburg, Breda en Waalwijk',
          'PalletPool verhuurt jaarlijks ruim 4 miljoen pallets (omzet € 38 mln, 160 medewerkers)',
        ],
        'Waalwijk',
      ),
      job(
        'Commercieel medewerker binnendienst',
        'PalletPool Benelux B.V.',
        '2018-04',
        '2021-01',
        true,
        'april 2018 – januari 2021',
        [
          'Offertes, prijsopgaven en orderverwerking',
          'Telefonisch werven van nieuwe klanten uit inbound leads',
          'Klachtafhandeling in overleg met de planning',
        ],
        'Waalwijk',
      ),
      job(
        'Teamleider expeditie',
        'Van Rijen Logistiek',
        '2012-09',
        '2018-03',
        false,
        'september 2012 – maart 2018',
        ['Aansturing van 14 orderpickers in ploegendienst', 'Indeling van laad- en losdocks'],
        'Tilburg',
      ),
      job(
        'Orderpicker',
        'Van Rijen Logistiek',
        '2010',
        '2012',
        false,
        '2010 – 2012',
        ['Eerst via een uitzendbureau, vanaf 2011 in vaste dienst'],
        'Tilburg',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Logistiek Teamleider, ROC Tilburg, 2006 – 2010', {
        field: 'Logistiek Teamleider',
        institution: 'ROC Tilburg',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('vmbo', 'VMBO-TL, Beatrix College, Tilburg, 2002 – 2006', {
        institution: 'Beatrix College',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [
      named('Accountmanagement', 'Accountmanagement (NCOI, 2019)'),
      named('Commercieel onderhandelen', 'Commercieel onderhandelen (Kluwer, 2022)'),
    ],
    certifications: [named('VCA Basis', 'VCA Basis (2023)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Klantgericht', 'Onderhandelen', 'Doorzetter', 'Planmatig werken', 'Microsoft Office, Salesforce, Exact'],
    closing: [
      { kind: 'heading', text: 'Hobby’s en interesses' },
      { kind: 'paragraph', text: 'Voetbal (trainer van de JO13 bij VV Reeshof), wielrennen en koken.' },
    ],
    clientBase: { activeAccounts: 56, annualRevenueEur: 3_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'nl-h19-02-canva-medisch-afgevaardigde-dermatologie-gent',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Dertienhonderd Twee',
    email: 'dermato.1302@example.org',
    phone: '+32 478 21 09 63',
    contactLines: ['Gent'],
    tagline: 'MEDISCH AFGEVAARDIGDE DERMATOLOGIE',
    headings: {
      contact: 'CONTACT',
      profile: 'OVER MIJ',
      work: 'ERVARING',
      education: 'OPLEIDING',
      courses: 'BIJSCHOLING',
      certifications: 'ATTESTEN',
      skills: 'STERKTES',
      languages: 'TALEN',
    },
    profile: [
      'Gentse met Turkse roots, dertien jaar actief in de farmacie, waarvan tien als afgevaardigde. Ik bezoek 95 dermatologen en 30 ' +
        'ziekenhuisapotheken in Oost- en West-Vlaanderen voor een portfolio van biologische geneesmiddelen tegen ' +
        'psoriasis en eczeem. Ons team van zes afgevaardigden werkt naar een groeitarget van 12% in 2026. Ik ben ' +
        'communicatief, wetenschappelijk sterk en stressbestendig.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Medisch afgevaardigde dermatologie',
        'Dermapharm Benelux NV',
        '2021-03',
        null,
        true,
        '03/2021 – heden',
        [
          'Wetenschappelijke detailing bij 95 dermatologen en 30 ziekenhuisapotheken',
          'Regionale nascholingen voor dermatologen (met accreditatie)',
          'Opvolging van terugbetalingsdossiers samen met de ziekenhuisapothekers',
        ],
        'Diegem',
      ),
      job(
        'Medisch afgevaardigde huisartsen',
        'Medivia Pharma',
        '2016-10',
        '2021-02',
        true,
        '10/2016 – 02/2021',
        ['Regio Gent–Eeklo: ± 210 huisartsen en 60 apotheken'],
        'Waver',
      ),
      job(
        'Farmaceutisch-technisch assistent',
        'Apotheek Rabot',
        '2013-09',
        '2016-09',
        false,
        '09/2013 – 09/2016',
        undefined,
        'Gent',
      ),
    ],
    education: [
      edu('short-cycle tertiary', 'HBO5 Farmaceutisch-technisch assistent – CVO Gent, 2011 – 2013', {
        field: 'Farmaceutisch-technisch assistent',
        institution: 'CVO Gent',
        startYear: 2011,
        endYear: 2013,
      }),
      edu('secondary', 'ASO Wetenschappen-Wiskunde – Sint-Lievenscollege, Gent, 2005 – 2011', {
        field: 'Wetenschappen-Wiskunde',
        institution: 'Sint-Lievenscollege',
        startYear: 2005,
        endYear: 2011,
      }),
    ],
    courses: [named('Dermatologie voor afgevaardigden', 'Dermatologie voor afgevaardigden – interne academie (2021)')],
    certifications: [named('Visum medisch afgevaardigde', 'Visum medisch afgevaardigde (2016)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('tr', 'native', 'Turks – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Relatieopbouw', 'Presenteren', 'Veeva CRM'],
    clientBase: { activeAccounts: 125, segment: 'regional_smb' },
    competencies: ['communication', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'nl-h19-03-nationale-vacaturebank-accountmanager-koeltransport-venlo-pools',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Dertienhonderd Drie',
    email: 'k.dertienhonderd.1303@example.net',
    phone: '+31 6 4172 9035',
    contactLines: ['Venlo', 'Beschikbaar per 1 januari 2027'],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talenkennis',
    },
    profile: [
      'Ik ben geboren in Poznań en woon sinds 2009 in Venlo. Van chauffeur werd ik planner en sinds 2021 ben ik ' +
        'accountmanager. Ik ken het vak van binnenuit en spreek de taal van mijn klanten én die van de chauffeurs.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'KoelTrans Limburg B.V.', '2021-01', null, true, 'januari 2021 - heden'),
        lines: [
          'Accountmanager',
          'KoelTrans Limburg B.V., Venlo',
          'januari 2021 - heden',
          'Omschrijving: Ik beheer 38 verladers in Nederland en België uit de food- en farmasector (groente en ' +
            'fruit, zuivel, vlees, geneesmiddelen) die via ons geconditioneerd vervoeren naar Duitsland, Polen en ' +
            'Tsjechië. Jaaromzet op mijn klanten: € 9,4 miljoen. Mijn contactpersonen zijn logistiek managers. ' +
            'Onze vloot telt 140 koeltrailers.',
          '',
        ],
      },
      {
        ...job(
          'Planner internationaal transport',
          'KoelTrans Limburg B.V.',
          '2016-04',
          '2020-12',
          false,
          'april 2016 - december 2020',
        ),
        lines: [
          'Planner internationaal transport',
          'KoelTrans Limburg B.V., Venlo',
          'april 2016 - december 2020',
          'Omschrijving: Planning van 35 chauffeurs op Oost-Europa, contact met klanten over laadtijden en ' +
            'temperatuur, douanedocumenten.',
          '',
        ],
      },
      {
        ...job('Vrachtwagenchauffeur', 'Trans-Pol Sp. z o.o.', '2009', '2016-03', false, '2009 - maart 2016'),
        lines: [
          'Vrachtwagenchauffeur',
          'Trans-Pol Sp. z o.o., Poznań (Polen)',
          '2009 - maart 2016',
          'Omschrijving: Internationaal koeltransport Polen – Benelux, vanaf 2012 vanuit de vestiging in Venlo.',
          '',
        ],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Militaire dienst, Poolse landmacht, Wrocław (2007 - 2008)' }],
    education: [
      edu(
        'mbo 4',
        'Technicus logistiek – Technikum Logistyczne nr 2, Poznań (Polen), 2003 – 2007 (door Nuffic ' +
          'gewaardeerd als mbo 4)',
        { field: 'Technicus logistiek', institution: 'Technikum Logistyczne nr 2', startYear: 2003, endYear: 2007 },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'Vakbekwaamheid Ondernemer Goederenvervoer',
        'Vakbekwaamheid Ondernemer Goederenvervoer over de weg (2019)',
      ),
    ],
    languages: [
      lang('pl', 'native', 'Pools – moedertaal'),
      lang('nl', 'B2', 'Nederlands – Staatsexamen NT2 programma II (B2)'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('ru', 'A2', 'Russisch – basis'),
    ],
    skills: ['Klantgericht', 'Oplossingsgericht', 'Kennis van de Oost-Europese markt', 'Transporeon, Timocom'],
    closing: [
      { kind: 'heading', text: 'Rijbewijzen' },
      { kind: 'paragraph', text: 'B, C, CE (Code 95 en ADR verlopen in 2021, niet verlengd)' },
    ],
    clientBase: { activeAccounts: 38, annualRevenueEur: 9_400_000, segment: 'international' },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h19-04-vdab-technisch-vertegenwoordiger-hekwerk-west-vlaanderen',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Dertienhonderd Vier',
    email: 'kandidaat1304@example.com',
    phone: '0476 55 82 19',
    contactLines: ['8500 Kortrijk', 'Rijbewijs: B, BE'],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Studies',
      courses: 'Opleidingen en cursussen',
      certifications: 'Attesten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    jobLabels: { period: 'Periode', title: 'Functie', employer: 'Werkgever', duties: 'Taken en verantwoordelijkheden' },
    profile: [
      'Vertegenwoordiger in hekwerk, poorten en toegangscontrole. Ik volg 130 klanten op in West-Vlaanderen en het ' +
        'zuiden van Oost-Vlaanderen: aannemers, tuinaanleggers, KMO’s en enkele gemeenten. Jaaromzet op mijn ' +
        'portefeuille: € 2,9 miljoen. Ik onderhandel met zaakvoerders en aankopers. Door mijn jaren als monteur ' +
        'weet ik wat er op de werf gebeurt.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Technisch vertegenwoordiger',
        'Hekwerk Vandenbussche NV',
        '2018-10',
        null,
        true,
        'sedert 1 oktober 2018',
        [
          'opvolging van 130 klanten en prospectie van nieuwe',
          'opmeten op de werf, offertes en prijsafspraken',
          'demonstraties van draaipoorten, slagbomen en toegangssystemen',
        ],
        'Izegem',
      ),
      job(
        'Binnendienstmedewerker verkoop',
        'Hekwerk Vandenbussche NV',
        '2012-03',
        '2018-09',
        true,
        'van maart 2012 tot eind september 2018',
        ['offertes en bestellingen', 'telefonische verkoop aan tuinaanleggers en particulieren'],
        'Izegem',
      ),
      job(
        'Monteur afsluitingen',
        'Tuinen Decock BV',
        '2006',
        '2012',
        false,
        '2006 - 2012',
        ['plaatsen van afsluitingen, poorten en tuinhuizen'],
        'Roeselare',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vrijwilligerswerk' },
      { kind: 'paragraph', text: 'Jeugdtrainer U11 bij SK Roeselare-Noord (sinds 2015, woensdag en zaterdag)' },
    ],
    education: [
      edu(
        'secondary',
        'TSO Elektromechanica – VTI Roeselare (2000 - 2006)\nLopend: Graduaat Marketing- en communicatiesupport ' +
          '(avondonderwijs, gestart in 2025)',
        { field: 'Elektromechanica', institution: 'VTI Roeselare', startYear: 2000, endYear: 2006 },
      ),
    ],
    courses: [named('Verkooptechnieken', 'Verkooptechnieken – Syntra West (2013)')],
    certifications: [named('VCA Basisveiligheid', 'VCA Basisveiligheid (B-VCA), geldig tot 2027')],
    languages: [lang('nl', 'native', 'Nederlands'), lang('fr', 'B2', 'Frans'), lang('en', 'B1', 'Engels')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Luisteren', 'Spreken', 'Schrijven'],
        rows: [
          ['Nederlands', 'moedertaal', 'moedertaal', 'moedertaal'],
          ['Frans', 'goed', 'goed', 'redelijk'],
          ['Engels', 'redelijk', 'redelijk', 'basis'],
        ],
      },
    ],
    skills: ['Technisch inzicht', 'Klantgericht', 'Zelfstandig', 'Onderhandelingsvaardig'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 2_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'nl-h19-05-mailtekst-klantenservice-energieleverancier-geen-klanten',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Dertienhonderd Vijf',
    email: 'dertienhonderdvijf.1305@example.net',
    phone: '06 21 48 93 70',
    contactLines: ['Zwolle'],
    headings: {
      profile: 'Sollicitatie inside sales medewerker',
      work: 'Wat ik heb gedaan',
      education: 'Opleiding',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Goedemiddag,',
      'Via Werk.nl zag ik uw vacature voor inside sales medewerker zakelijke energie. Hieronder stuur ik mijn ' +
        'gegevens; mijn cv in Word krijg ik op mijn telefoon niet geopend, excuus daarvoor.',
      'Op de klantenservice van een energieleverancier beantwoord ik vragen over jaarafrekeningen, verhuizingen en ' +
        'termijnbedragen van particuliere klanten, zo’n 60 gesprekken per dag. Verkopen doe ik nu niet, maar ik ' +
        'merk dat ik een klant die wil opzeggen vaak kan behouden. Onze afdeling bedient ruim 400.000 huishoudens. ' +
        'Ik wil graag de commerciële kant op.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('medewerker klantenservice', 'Stroomwijzer Energie', '2022-08', null, false, 'Sinds augustus 2022'),
        lines: ['Sinds augustus 2022 ben ik medewerker klantenservice bij Stroomwijzer Energie in Zwolle (32 uur).'],
      },
      {
        ...job('teamleider vulploeg', 'Supermarkt Dijkstra', '2019-03', '2022-07', false, 'maart 2019 tot juli 2022'),
        lines: ['Van maart 2019 tot juli 2022 was ik teamleider vulploeg bij Supermarkt Dijkstra in Hattem.'],
      },
      {
        ...job('vakkenvuller en kassamedewerker', 'Supermarkt Dijkstra', '2016', '2019', false, '2016 tot 2019'),
        lines: [
          'Daarvoor werkte ik van 2016 tot 2019 in dezelfde winkel als vakkenvuller en kassamedewerker, naast school.',
        ],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Manager retail, Deltion College, Zwolle, 2016 – 2020', {
        field: 'Manager retail',
        institution: 'Deltion College',
        startYear: 2016,
        endYear: 2020,
      }),
      edu('vmbo', 'VMBO-TL, Meander College, Zwolle, 2012 – 2016', {
        institution: 'Meander College',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B2', 'Engels'), lang('de', 'B1', 'Duits')],
    languagesText: ['Nederlands is mijn moedertaal, Engels spreek ik goed en Duits redelijk.'],
    skills: ['Rustig en stressbestendig aan de telefoon', 'Klantgericht', 'Werken met Salesforce Service Cloud'],
    closing: [
      { kind: 'paragraph', text: 'Ik hoor graag of u mij wilt uitnodigen voor een gesprek.' },
      { kind: 'paragraph', text: 'Met vriendelijke groet,' },
      { kind: 'paragraph', text: 'Kandidaat Dertienhonderd Vijf' },
      { kind: 'paragraph', text: 'Verzonden vanaf mijn iPhone' },
    ],
    clientBase: null,
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h19-06-werk-nl-accountmanager-dakbedekking-dakdekkers-omscholing',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Dertienhonderd Zes',
    email: 'kandidaat.zes.1306@example.org',
    phone: '0318 - 65 24 71',
    contactLines: ['Ede', 'Geboortejaar: 1971'],
    headings: {
      profile: 'Samenvatting',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Periode', 'Beroep', 'Werkgever'],
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Ervaren accountmanager bouwmaterialen. Sinds 2020 beheer ik voor een dakgroothandel 85 dakdekkersbedrijven ' +
        'en aannemers in Gelderland en Utrecht, goed voor € 5,8 miljoen omzet per jaar. De eigenaren van die ' +
        'bedrijven ken ik persoonlijk; zij beslissen zelf waar ze inkopen. De groothandel heeft 12 vestigingen en ' +
        '€ 140 miljoen omzet. In 2013 werd ik na een faillissement werkloos; via het UWV heb ik me toen laten ' +
        'omscholen tot calculator.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager', 'DakCentrum Nederland B.V.', '2020-05', null, true, '01-05-2020 t/m heden', [
        'Beheer van 85 dakdekkers en aannemers in Gelderland en Utrecht',
        'Jaarafspraken, projectprijzen en bouwplaatsbezoeken',
        'Werving van nieuwe klanten in de regio Amersfoort',
      ]),
      job(
        'Calculator dakwerken',
        'Dakdekkersbedrijf Van Ommeren',
        '2014-03',
        '2020-04',
        false,
        '01-03-2014 t/m 30-04-2020',
        ['Calculaties en offertes voor bitumen- en EPDM-daken'],
      ),
      job('Vertegenwoordiger', 'Bouwmaterialenhandel Hendriks', '1996', '2012', true, '1996 t/m 2012', [
        'Buitendienst voor aannemers en timmerbedrijven in de Gelderse Vallei',
      ]),
      job('Verkoper binnendienst', 'Bouwmaterialenhandel Hendriks', '1991', '1996', true, '1991 t/m 1996'),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Periode zonder werk: 2013 – begin 2014 (omscholing tot calculator via het UWV)' },
      { kind: 'paragraph', text: 'Militaire dienst: 1990 – 1991 (dienstplichtig, Schaarsbergen)' },
    ],
    education: [
      edu('mbo 4', 'MEAO Commerciële richting – Niveau: MBO – Diploma: Ja – MEAO Ede, 1987 – 1990', {
        field: 'Commerciële richting',
        institution: 'MEAO Ede',
        startYear: 1987,
        endYear: 1990,
      }),
      edu('mavo', 'MAVO – Diploma: Ja – Christelijke Mavo Ede, 1983 – 1987', {
        institution: 'Christelijke Mavo Ede',
        startYear: 1983,
        endYear: 1987,
      }),
    ],
    courses: [
      named('Calculator bouw', 'Calculator bouw – Bouwmensen (2013)'),
      named('Dakdekker bitumen (theorie)', 'Dakdekker bitumen (theorie) – SOMA (2014)'),
    ],
    certifications: [named('VCA VOL', 'VCA VOL (geldig tot 2028)')],
    languages: [lang('nl', 'native', 'Nederlands'), lang('de', 'B1', 'Duits'), lang('en', 'B1', 'Engels')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Spreken', 'Lezen', 'Schrijven'],
        rows: [
          ['Nederlands', 'Moedertaal', 'Moedertaal', 'Moedertaal'],
          ['Duits', 'Redelijk', 'Goed', 'Redelijk'],
          ['Engels', 'Redelijk', 'Redelijk', 'Matig'],
        ],
      },
    ],
    skills: ['Klantgericht', 'Technisch inzicht', 'Calculeren', 'Netwerken'],
    closing: [
      { kind: 'heading', text: 'Rijbewijzen' },
      { kind: 'paragraph', text: 'B, BE' },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 5_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'relationship_building'],
  },
  {
    id: 'nl-h19-07-kort-vertegenwoordiger-speelgoed-noorden-jaartallen',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Dertienhonderd Zeven',
    email: 'dertienhonderdzeven1307@example.com',
    phone: '050-5712384',
    contactLines: ['Haren (Gn)'],
    headings: {
      work: 'Werk',
      education: 'School',
      skills: 'Sterk in',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      job('Vertegenwoordiger Noord-Nederland', 'Toyland Benelux', '2012', null, true, '2012 – nu', [
        '110 speelgoedwinkels en tuincentra in Groningen, Friesland, Drenthe en de kop van Overijssel',
        'mijn omzet € 2,4 mln per jaar',
        'beurzen in Houten en Utrecht',
      ]),
      job('Vertegenwoordiger', 'De Kabouter Speelgoed', '1999', '2012', true, '1999 – 2012', [
        'noordelijke provincies',
        'firma failliet in 2012',
      ]),
      job('Verkoper', 'Speelgoedwinkel De Blokkendoos', '1991', '1999', true, '1991 – 1999', [
        'winkel, later ook de inkoop',
      ]),
    ],
    afterJobs: [{ kind: 'bullets', items: ['1989 – 1991: dienstplicht, Johan Willem Friso Kazerne, Assen'] }],
    education: [
      edu('mbo 4', 'MEAO Groningen 1985 – 1989', { institution: 'MEAO Groningen', startYear: 1985, endYear: 1989 }),
      edu('mavo', 'MAVO Haren 1981 – 1985', { institution: 'MAVO Haren', startYear: 1981, endYear: 1985 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('de', 'B2', 'Duits goed'),
      lang('en', 'B1', 'Engels redelijk'),
      lang('id', 'A2', 'Indonesisch een beetje (van huis uit)'),
    ],
    skills: ['relatiebeheer', 'zelfstandig', 'ken elke winkelier in het noorden'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 2_400_000, segment: 'regional_smb' },
    competencies: ['relationship_building'],
  },
  {
    id: 'nl-h19-08-lang-cv-key-account-manager-sportvoeding-drogisterijketens',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Dertienhonderd Acht',
    email: 'kam.1308@example.com',
    phone: '+31 6 1093 4827',
    contactLines: ['Amersfoort', 'linkedin.example.com/in/kandidaat1308'],
    tagline: 'Senior Key Account Manager Retail',
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Trainingen',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Key account manager met 25 jaar ervaring in FMCG, de laatste zes jaar in sport- en gezondheidsvoeding. Ik ben ' +
        'verantwoordelijk voor 7 retailaccounts in Nederland, België en het Verenigd Koninkrijk (drogisterijketens, ' +
        'supermarktformules en een Britse webwinkel) met samen ruim 3.400 verkooppunten. In 2025 ' +
        'realiseerde ik € 21,5 miljoen netto-omzet op mijn accounts, waarvan GBP 1,1 miljoen (ca. € 1,3 miljoen) ' +
        'in het VK. Ik onderhandel met categorymanagers en commercieel directeuren, die beslissen over schap en ' +
        'assortiment.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager Retail',
        'PowerFuel Nutrition Benelux B.V.',
        '2020',
        null,
        true,
        'Q2 2020 – heden',
        [
          'Verantwoordelijk voor 7 accounts: 4 drogisterijketens, 1 supermarktformule in NL en 1 in BE, een Britse webwinkel',
          'Jaargesprekken, promotieplannen en schapindelingen met de categorymanagers',
          'Netto-omzet 2025: € 21,5 mln (+9%); jaartarget 2026: € 23 mln',
          'Beheer van € 2,8 mln trade-investeringen per jaar',
          'Leiding aan twee junior accountmanagers en een trade marketeer; coachen van de juniors bij jaargesprekken',
          'Introductie van de eiwitrepenlijn in 2.100 drogisterijfilialen in 2024',
          'Ouderschapsverlof: 16 weken in 2023, verspreid over het jaar',
        ],
        'Amersfoort',
      ),
      job(
        'National Account Manager',
        'Crunchy Snacks Nederland',
        '2015',
        '2020',
        true,
        '2015 – Q1 2020',
        [
          'Landelijke supermarktketens: 5 accounts',
          'Jaarafspraken, promoties en introducties van nieuwe smaken',
          'Ik vertrok na de verkoop van het chipsmerk aan een Amerikaans concern',
        ],
        'Nijkerk',
      ),
      job(
        'Accountmanager Groothandel',
        'Van Eijk Koffie & Thee',
        '2009-05',
        '2014-12',
        true,
        'mei 2009 – dec. 2014',
        ['Groothandels en cash & carry’s in Midden-Nederland', 'Omzet op mijn groothandels € 6 mln'],
        'Utrecht',
      ),
      job(
        'Trade Marketeer',
        'Van Eijk Koffie & Thee',
        '2005',
        '2009-04',
        false,
        '2005 – april 2009',
        ['Winkelacties, displays en beursstands'],
        'Utrecht',
      ),
      job(
        'Verkoper buitendienst',
        'Frisdrankenhandel De Bron',
        '2001',
        '2005',
        true,
        '2001 – 2005',
        ['Horeca en sportkantines in de regio Amersfoort'],
        'Leusden',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenfuncties' },
      { kind: 'paragraph', text: 'Penningmeester Hockeyclub Amersfoort (2018 – 2024)' },
      { kind: 'paragraph', text: 'Lid Raad van Advies Sportcentrum Zielhorst (sinds 2022)' },
    ],
    education: [
      edu('hbo', 'HEAO Commerciële Economie, Hogeschool Utrecht, 1997 – 2001', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool Utrecht',
        startYear: 1997,
        endYear: 2001,
      }),
      edu('havo', 'HAVO, Corderius College, Amersfoort, 1992 – 1997', {
        institution: 'Corderius College',
        startYear: 1992,
        endYear: 1997,
      }),
    ],
    courses: [
      named('Category Management', 'Category Management – ECR Nederland (2016)'),
      named('Onderhandelen met retail', 'Onderhandelen met retail – Van Gelder Training (2019)'),
      named('Leidinggeven aan commerciële teams', 'Leidinggeven aan commerciële teams (2021)'),
    ],
    certifications: [named('NIMA Sales A', 'NIMA Sales A (2003); NIMA Sales B begonnen, niet afgerond')],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('en', 'C1', 'Engels'),
      lang('de', 'B2', 'Duits'),
      lang('fr', 'B1', 'Frans'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Luisteren', 'Lezen', 'Spreken', 'Schrijven'],
        rows: [
          ['Nederlands', 'moedertaal', 'moedertaal', 'moedertaal', 'moedertaal'],
          ['Engels', 'C1', 'C1', 'C1', 'B2'],
          ['Duits', 'B2', 'B2', 'B2', 'B1'],
          ['Frans', 'B1', 'B1', 'B1', 'A2'],
        ],
      },
    ],
    skills: ['Onderhandelen', 'Analytisch (Nielsen, Circana)', 'Commercieel', 'Coachend leidinggeven'],
    closing: [
      { kind: 'heading', text: 'Persoonlijk' },
      { kind: 'paragraph', text: 'Getrouwd, twee kinderen. Hockey, hardlopen en de moestuin.' },
    ],
    clientBase: { activeAccounts: 7, annualRevenueEur: 21_500_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation', 'sales'],
  },
  {
    id: 'nl-h19-09-word-twee-kolommen-accountmanager-vacaturesite-werkgevers-eindhoven',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Dertienhonderd Negen',
    email: 'negen.1309@example.net',
    phone: '06 – 47 20 18 53',
    contactLines: ['Eindhoven'],
    tagline: 'Accountmanager arbeidsmarktcommunicatie',
    headings: {
      contact: 'Contactgegevens',
      profile: 'Wie ben ik',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Skills',
      languages: 'Talen',
    },
    profile: [
      'Als accountmanager bij een regionale vacaturesite help ik werkgevers in Zuidoost-Brabant aan personeel. Ik ' +
        'beheer 140 werkgevers, van installatiebedrijf tot ziekenhuis; zij besteedden in 2025 samen € 1,15 miljoen ' +
        'aan vacatureplaatsingen en employer-brandingcampagnes. Meestal spreek ik HR-managers en bij kleinere ' +
        'bedrijven de eigenaar-directeur, die zelf over het budget beslist. De site trekt 600.000 bezoekers per maand.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager',
        'BrabantBanen Media B.V.',
        '2023-02',
        null,
        true,
        'vanaf februari 2023',
        [
          'Portefeuille van 140 werkgevers in Zuidoost-Brabant',
          'Advies over vacatureteksten, campagnes en employer branding',
          'Nieuwe werkgevers werven via ondernemersverenigingen en koude acquisitie',
        ],
        'Eindhoven',
      ),
      job(
        'Intercedent',
        'Uitzendbureau Flexwerk Zuid',
        '2019-10',
        '2023-01',
        false,
        'okt. 2019 – jan. 2023',
        ['Werving en selectie van productiemedewerkers', 'Begeleiding van 90 uitzendkrachten op locatie'],
        'Helmond',
      ),
      job(
        'Medewerker bediening',
        'Grand Café De Markt',
        '2014',
        '2018',
        false,
        '2014 – 2018',
        ['Bijbaan tijdens mijn studie'],
        'Eindhoven',
      ),
      {
        ...job('docent Excel', 'Volksuniversiteit Eindhoven', '2024-09', null, false, 'sinds september 2024'),
        lines: [
          'Daarnaast ben ik sinds september 2024 op maandagavond docent Excel bij de Volksuniversiteit Eindhoven.',
        ],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Sabbatical jan – sept 2019: vier maanden vrijwilligerswerk bij een schildpaddenproject in Costa Rica, ' +
          'daarna reizen door Midden-Amerika.',
      },
    ],
    education: [
      edu('hbo', 'Bachelor Human Resource Management (hbo), Fontys Hogescholen, Eindhoven, 2014 – 2018', {
        field: 'Human Resource Management',
        institution: 'Fontys Hogescholen',
        startYear: 2014,
        endYear: 2018,
      }),
      edu('havo', 'HAVO, Van Maerlantlyceum, Eindhoven, 2009 – 2014', {
        institution: 'Van Maerlantlyceum',
        startYear: 2009,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('Google Ads Search', 'Google Ads Search (2024)')],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'C1', 'Engels (vloeiend)'),
      lang('es', 'B1', 'Spaans (redelijk)'),
    ],
    skills: ['Netwerken', 'Overtuigend', 'Proactief', 'LinkedIn Recruiter, HubSpot'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 1_150_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'persuasiveness', 'relationship_building'],
  },
  {
    id: 'nl-h19-10-verkoopadviseur-beddenspeciaalzaak-particulieren-geen-portefeuille',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Dertienhonderd Tien',
    email: 'tien.1310@example.org',
    phone: '06-28 17 40 95',
    contactLines: ['Almere-Buiten'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Diploma’s',
      skills: 'Wat ik goed kan',
      languages: 'Talen',
    },
    profile: [
      'Verkoopadviseur in een beddenspeciaalzaak, met een achtergrond in de horeca. Ik adviseer particuliere klanten ' +
        'over boxsprings, matrassen en kussens en haal gemiddeld € 48.000 omzet per maand; de winkel zelf draait ' +
        'zo’n € 2,3 miljoen per jaar. Ik wil de stap maken naar zakelijke verkoop, bijvoorbeeld aan hotels en ' +
        'zorginstellingen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Verkoopadviseur slaapcomfort',
        'Slaapwereld Almere',
        '2021-04',
        null,
        true,
        'sinds april 2021',
        [
          'Advies en verkoop aan particulieren in de winkel',
          'Afhandeling van leveringen en klachten',
          'Beste verkoper van de regio in 2024',
        ],
        'Almere',
      ),
      job(
        'Assistent bedrijfsleider',
        'Brasserie Het Havenhoofd',
        '2015',
        '2021-03',
        false,
        '2015 – maart 2021',
        ['Roosters voor 20 medewerkers, inkoop en kasopmaak', 'Tijdens de lockdowns een bezorgservice opgezet'],
        'Almere',
      ),
      job(
        'Medewerker bediening',
        'Camping Les Pins',
        '2012',
        '2014',
        false,
        'zomers 2012 – 2014',
        ['Seizoenswerk op een Nederlandse camping'],
        'Ardèche, Frankrijk',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Manager/ondernemer horeca, ROC Flevoland, Almere, 2010 – 2014', {
        field: 'Manager/ondernemer horeca',
        institution: 'ROC Flevoland',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('vmbo', 'VMBO kader, Echnaton, Almere, 2006 – 2010', {
        institution: 'Echnaton',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [named('Verklaring Sociale Hygiëne', 'Verklaring Sociale Hygiëne (SVH, 2013)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Klantgericht', 'Overtuigingskracht', 'Stressbestendig (dankzij de horeca)', 'Teamspeler'],
    clientBase: null,
    competencies: ['customer_focus', 'persuasiveness', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'nl-h19-11-stepstone-labels-accountmanager-potgrond-boomkwekerijen',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Dertienhonderd Elf',
    email: 'k.elf.1311@example.com',
    phone: '0172-61 48 30',
    contactLines: ['Boskoop'],
    headings: {
      profile: 'Samenvatting',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten en licenties',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    jobLabels: { period: 'Datum', title: 'Positie', employer: 'Organisatie', duties: 'Beschrijving' },
    profile: [
      'Accountmanager in de toelevering aan de boomkwekerij, met een groene opleiding en zes jaar teeltervaring. Ik ' +
        'bedien 64 boomkwekerijen en vasteplantenkwekers in Boskoop, Zundert en Noord-Limburg met potgrond en ' +
        'substraten op maat; omzet op mijn klanten in 2025: € 4,4 miljoen. Ik praat met de kwekers zelf, die als ' +
        'eigenaar beslissen. Onze fabriek levert zo’n 900.000 m³ per jaar.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Accountmanager Boomkwekerij',
        'Groenwerk Substrates B.V.',
        '2017-06',
        null,
        true,
        '06/2017 – heden',
        [
          'advies en verkoop van substraten aan 64 kwekerijen',
          'monsteranalyses en bemestingsadvies',
          'jaarcontracten en seizoensplanning met de kwekers',
        ],
        'Waddinxveen',
      ),
      job(
        'Teeltmedewerker',
        'Boomkwekerij Hoogendoorn',
        '2011-02',
        '2017-05',
        false,
        '02/2011 – 05/2017',
        ['opkweek van laanbomen en coniferen', 'gewasbescherming en bemesting'],
        'Boskoop',
      ),
      job(
        'Stagiair',
        'Proeftuin Randwijk',
        '2010-02',
        '2010-07',
        false,
        '02/2010 – 07/2010',
        ['afstudeerstage bemestingsproeven in de fruitteelt'],
        'Randwijk',
      ),
    ],
    education: [
      edu('hbo', 'HAS Tuinbouw & Akkerbouw (bachelor), HAS green academy, ’s-Hertogenbosch, 2006 – 2010', {
        field: 'Tuinbouw & Akkerbouw',
        institution: 'HAS green academy',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('havo', 'HAVO, Groene Hart Lyceum, Alphen aan den Rijn, 2001 – 2006', {
        institution: 'Groene Hart Lyceum',
        startYear: 2001,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [
      named('Vakbekwaamheid gewasbescherming', 'Vakbekwaamheid gewasbescherming (spuitlicentie), geldig tot 2028'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'B2', 'Duits: goed'),
    ],
    skills: ['Teeltkennis', 'Analytisch', 'Relatiebeheer', 'Plannen van bedrijfsbezoeken'],
    closing: [
      { kind: 'heading', text: 'Overige informatie' },
      {
        kind: 'paragraph',
        text: 'Ik bereid me voor op het examen Adviseren gewasbescherming (gepland maart 2027). Rijbewijs B.',
      },
    ],
    clientBase: { activeAccounts: 64, annualRevenueEur: 4_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'organisation', 'relationship_building'],
  },
  {
    id: 'nl-h19-12-starter-sdr-cybersecurity-oekraiens-diploma-geen-portefeuille',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Dertienhonderd Twaalf',
    email: 'dertienhonderd12@example.net',
    phone: '+31 6 8420 1937',
    contactLines: ['Utrecht'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Functie', 'Organisatie', 'Periode'],
    },
    workTableOrder: ['title', 'employer', 'period'],
    profile: [
      'Sales development representative bij een Utrechtse aanbieder van managed security. Ik bel en mail IT-managers ' +
        'bij middelgrote bedrijven en plan afspraken in voor de accountmanagers, gemiddeld 14 per maand. Een eigen ' +
        'klantenportefeuille heb ik nog niet. Ik kwam in 2022 uit Charkiv naar Nederland, leerde Nederlands en ' +
        'rondde hier een master af.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Sales Development Representative', 'SecureDesk B.V.', '2025-09', null, true, 'sinds 15 september 2025', [
        'Koude acquisitie bij IT-managers van bedrijven met 50–500 medewerkers',
        'Afspraken inplannen voor vier accountmanagers',
        'Doel: 15 gekwalificeerde afspraken per maand',
      ]),
      job('Stagiair business development', 'SecureDesk B.V.', '2025-02', '2025-06', false, 'feb. – jun. 2025', [
        'Afstudeeronderzoek naar de markt voor security bij gemeenten',
      ]),
      job('Maaltijdbezorger', 'FoodRun Utrecht', '2022-10', '2024-12', false, 'okt. 2022 – dec. 2024'),
      job('Administratief medewerker', 'TOV Datalink', '2020', '2022', false, '2020 – 2022', [
        'Parttime naast de studie, facturatie en klantgegevens',
      ]),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Vrijwilliger bij de opvang voor Oekraïners in Utrecht (2022 – 2023): tolken en administratie.',
      },
    ],
    education: [
      edu('msc', 'MSc Business Informatics, Universiteit Utrecht, 2023 – 2025', {
        field: 'Business Informatics',
        institution: 'Universiteit Utrecht',
        startYear: 2023,
        endYear: 2025,
      }),
      edu(
        'bachelor',
        'Bachelor Computer Science, V.N. Karazin Kharkiv National University (Oekraïne), 2017 – 2021; door Nuffic ' +
          'gewaardeerd als wo-bachelor',
        {
          field: 'Computer Science',
          institution: 'V.N. Karazin Kharkiv National University',
          startYear: 2017,
          endYear: 2021,
        },
      ),
    ],
    courses: [],
    certifications: [named('HubSpot Inbound Sales', 'HubSpot Inbound Sales (2025)')],
    languages: [
      lang('uk', 'native', 'Oekraïens – moedertaal'),
      lang('ru', 'native', 'Russisch – moedertaal'),
      lang('en', 'C1', 'Engels – C1'),
      lang('nl', 'B1', 'Nederlands – B1 (Staatsexamen NT2 programma I, 2024)'),
    ],
    skills: ['Koude acquisitie', 'Analytisch', 'Leergierig', 'HubSpot, Apollo, LinkedIn Sales Navigator'],
    closing: [
      { kind: 'heading', text: 'Nu bezig met' },
      { kind: 'paragraph', text: 'CompTIA Security+ (zelfstudie, examen in 2027) en Staatsexamen NT2 programma II.' },
    ],
    clientBase: null,
    competencies: ['analytical'],
  },
  {
    id: 'nl-h19-13-twee-kolommen-relatiemanager-food-agri-bank-friesland',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Dertienhonderd Dertien',
    email: 'r.dertienhonderd.1313@example.com',
    phone: '06-51 92 04 37',
    contactLines: ['Sneek'],
    tagline: 'Relatiemanager Food & Agri',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleidingen',
      certifications: 'Certificaten',
      skills: 'Kwaliteiten',
      languages: 'Talen',
      workTable: ['Werkgever', 'Jaren', 'Functie'],
    },
    workTableOrder: ['employer', 'period', 'title'],
    profile: [
      'Relatiemanager bij een bank, met ruim dertig jaar ervaring in de agrarische sector. Ik ben aanspreekpunt voor ' +
        '145 agrarische ondernemers in Zuidwest-Friesland, vooral melkveehouders en akkerbouwers, met samen een ' +
        'kredietportefeuille van € 310 miljoen. Investeringen en bedrijfsovernames bespreek ik aan de keukentafel ' +
        'met de ondernemer en zijn opvolger. De bank verdient op mijn portefeuille jaarlijks zo’n € 6,2 miljoen ' +
        'aan rente en provisie. Ondernemers die willen beleggen verwijs ik door naar private banking; daar staat ' +
        'van mijn relaties € 45 miljoen aan vermogen in beheer.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Relatiemanager Food & Agri', 'Noorderbank', '2012', null, true, '2012 – nu', [
        '145 agrarische relaties in Zuidwest-Friesland',
        'Financiering van stallen, grond en bedrijfsovernames',
        'Rente- en provisie-inkomsten op de portefeuille: € 6,2 mln per jaar',
      ]),
      job('Accountmanager MKB', 'Noorderbank', '2004', '2012', true, '2004 – 2012', [
        'Ondernemers in de Zuidwesthoek met kredieten tot € 1 mln',
      ]),
      job('Medewerker kredietbeheer', 'Noorderbank', '1998', '2004', false, '1998 – 2004'),
      job('Bedrijfsverzorger', 'Stichting Bedrijfsverzorging Friesland', '1994', '1998', false, '1994 – 1998', [
        'Invallen op melkveebedrijven bij ziekte en vakantie',
      ]),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Dienstplicht: 1992 – 1993, Seedorf (Duitsland)' },
      { kind: 'heading', text: 'Nevenfuncties' },
      { kind: 'paragraph', text: 'Lid Raad van Toezicht Zorggroep De Friese Wouden (sinds 2019)' },
    ],
    education: [
      edu('hbo', 'HBO Bedrijfskunde Agribusiness (deeltijd), Van Hall Larenstein, Leeuwarden, 1999 – 2003', {
        field: 'Bedrijfskunde Agribusiness',
        institution: 'Van Hall Larenstein',
        startYear: 1999,
        endYear: 2003,
      }),
      edu('mbo 4', 'MBO 4 Veehouderij, AOC Friesland, Leeuwarden, 1988 – 1992', {
        field: 'Veehouderij',
        institution: 'AOC Friesland',
        startYear: 1988,
        endYear: 1992,
      }),
    ],
    courses: [],
    certifications: [named('Wft Basis'), named('Wft Consumptief Krediet')],
    languages: [
      lang('fy', 'native', 'Fries – memmetaal'),
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Financieel inzicht', 'Netwerken', 'Betrouwbaar', 'Agrarische kennis'],
    closing: [
      { kind: 'heading', text: 'Aanvullend' },
      {
        kind: 'paragraph',
        text: 'Wft Hypothecair Krediet behaald in 2009, verlopen in 2020 (niet meer nodig in mijn functie).',
      },
    ],
    clientBase: { activeAccounts: 145, annualRevenueEur: 6_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'nl-h19-14-pdf-geplakt-afgebroken-regels-kam-bananen-supermarkten',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Dertienhonderd Veertien',
    email: 'kandidaat.veertien.1314@example.org',
    phone: '06 3928 1746',
    contactLines: ['Barendrecht'],
    headings: {
      profile: '1. Profiel',
      work: '2. Werkervaring',
      education: '3. Opleiding',
      courses: '4. Cursussen',
      skills: '5. Competenties',
      languages: '6. Talen',
    },
    profile: [
      'Key accountmanager met twaalf jaar ervaring in de import en handel van bananen en',
      'exotisch fruit. Ik ben verantwoordelijk voor vijf landelijke supermarktketens met samen',
      'ruim 2.900 winkels; in 2025 realiseerde ik op deze accounts een omzet van € 64 miljoen.',
      'Ik onderhandel wekelijks met de categorymanagers AGF, die beslissen over prijs, promoties',
      'en schapruimte. De inkoop gebeurt grotendeels in dollars (USD 41 miljoen in 2025).',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Accountmanager Retail', 'TropiFruit Trading B.V.', '2019-09', null, true, 'september 2019 – heden'),
        lines: [
          'Key Accountmanager Retail – TropiFruit Trading B.V., Barendrecht',
          'september 2019 – heden',
          '- Verantwoordelijk voor vijf landelijke supermarktketens; jaarafspraken, weekprijzen en',
          'promotieplanning met de categorymanagers',
          '- Dagelijkse afstemming met de rijperij en de planning over volumes (gemiddeld 95',
          'containers per week)',
          '- Opzetten van een biologische bananenlijn voor twee ketens in 2023',
        ],
      },
      {
        ...job(
          'Accountmanager Groothandel',
          'Fresh Import Rotterdam',
          '2014-03',
          '2019-08',
          true,
          'maart 2014 – augustus 2019',
        ),
        lines: [
          'Accountmanager Groothandel – Fresh Import Rotterdam, Ridderkerk maart 2014 –',
          'augustus 2019',
          '- Beheer van 40 AGF-groothandels in Nederland en België, verkoop van exotisch fruit en',
          'citrus',
        ],
      },
      {
        ...job('Junior inkoper AGF', 'Fresh Import Rotterdam', '2011-09', '2013-06', false, 'sept. 2011 – juni 2013'),
        lines: [
          'Junior inkoper AGF – Fresh Import Rotterdam, Ridderkerk',
          'sept. 2011 – juni 2013',
          '- Inkoop van citrus bij exporteurs in Zuid-Afrika en Spanje',
        ],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Loopbaanonderbreking juli 2013 – februari 2014: mantelzorg voor mijn vader, daarna terug',
      },
      { kind: 'paragraph', text: 'bij Fresh Import in een commerciële rol.' },
    ],
    education: [
      edu('hbo', 'Bachelor International Food & Agribusiness, HAS green academy,\n’s-Hertogenbosch, 2007 – 2011', {
        field: 'International Food & Agribusiness',
        institution: 'HAS green academy',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('vwo', 'VWO, Calvijn College, Barendrecht, 2001 – 2007', {
        institution: 'Calvijn College',
        startYear: 2001,
        endYear: 2007,
      }),
    ],
    courses: [named('Masterclass prijsonderhandeling', 'Masterclass prijsonderhandeling – Schouten & Nelissen (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('es', 'B2', 'Spaans – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Onderhandelen', 'Stressbestendig', 'Analytisch', 'Cijfermatig'],
    clientBase: { activeAccounts: 5, annualRevenueEur: 64_000_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'nl-h19-15-haastig-zonder-hoofdletters-accountmanager-zakelijke-telefonie-den-haag',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Dertienhonderd Vijftien',
    nameLine: 'cv Kandidaat Dertienhonderd Vijftien',
    email: 'k.1315.vijftien@example.com',
    phone: '0641938270',
    contactLines: ['den haag (laak)'],
    headings: {
      profile: 'over mij',
      work: 'werk',
      education: 'school',
      skills: 'skills',
      languages: 'talen',
    },
    profile: [
      'accountmanager zakelijke telefonie bij een telecompartner in den haag. ik doe de hele dag niks anders dan mkb ' +
        'bellen en langsgaan. 130 klanten zitten in mijn portefeuille, vooral kappers, bouwbedrijven, tandartsen en ' +
        'webshops in den haag, rijswijk en delft. meestal praat ik met de eigenaar zelf want die beslist. target is ' +
        '12 nieuwe klanten per maand en dat haal ik bijna altijd',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('accountmanager mkb', 'belnet zakelijk', '2023', null, true, '2023-nu'),
        lines: [
          '2023-nu accountmanager mkb bij belnet zakelijk (partner van een grote provider)',
          '- 130 klanten, mobiel, vast en internet',
          '- nieuwe klanten werven op bedrijventerreinen, kvk lijsten bellen',
          '- contracten verlengen en upgraden',
        ],
      },
      {
        ...job('verkoper', 'mobicenter', '2021', '2023', true, '2021-2023'),
        lines: ['2021-2023 verkoper in telefoonwinkel mobicenter leyweg', '- abonnementen en toestellen, ook zakelijk'],
      },
      {
        ...job('magazijnmedewerker', 'pakketcentrum ypenburg', '2020', '2020', false, 'zomer 2020'),
        lines: ['zomer 2020 magazijnmedewerker pakketcentrum ypenburg (vakantiewerk)'],
      },
    ],
    education: [
      edu('mbo 4', 'mbo 4 junior accountmanager, mondriaan den haag, 2017-2021', {
        field: 'junior accountmanager',
        institution: 'mondriaan',
        startYear: 2017,
        endYear: 2021,
      }),
      edu('vmbo', 'vmbo kader, johan de witt scholengroep, 2013-2017', {
        institution: 'johan de witt scholengroep',
        startYear: 2013,
        endYear: 2017,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'nederlands moedertaal'),
      lang('ar', 'native', 'arabisch (marokkaans) ook moedertaal, thuis'),
      lang('en', 'B2', 'engels goed'),
      lang('fr', 'A2', 'frans een beetje'),
    ],
    skills: ['commercieel', 'doorzetter', 'klantgericht', 'salesforce en teams'],
    clientBase: { activeAccounts: 130, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'sales'],
  },
  {
    id: 'nl-h19-16-tabs-en-spaties-accountmanager-verzuimverzekeringen-intermediair',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Dertienhonderd Zestien',
    email: 'zestien1316@example.org',
    phone: '055 - 533 21 87',
    contactLines: ['Apeldoorn'],
    afterContact: [
      { kind: 'heading', text: 'PERSONALIA:' },
      { kind: 'paragraph', text: 'Woonplaats:\t\tApeldoorn' },
      { kind: 'paragraph', text: 'Geboortedatum:\t12-07-1982' },
      { kind: 'paragraph', text: 'Rijbewijs:\t\tB' },
    ],
    headings: {
      profile: 'PROFIEL:',
      work: 'WERKERVARING:',
      education: 'OPLEIDINGEN:',
      courses: 'CURSUSSEN:',
      certifications: 'DIPLOMA’S EN CERTIFICATEN:',
      skills: 'VAARDIGHEDEN:',
      languages: 'TALEN:',
    },
    profile: [
      'Accountmanager intermediair bij een verzuimverzekeraar. Ik onderhoud de contacten met 52 adviseurs- en ' +
        'assurantiekantoren in Gelderland en Overijssel, die onze verzuim- en WGA-verzekeringen plaatsen bij hun ' +
        'werkgevers. Via mijn kantoren komt € 11,8 miljoen premie per jaar binnen. De directeur-eigenaren van de ' +
        'kantoren beslissen zelf bij welke verzekeraar ze hun klanten onderbrengen. Ter vergelijking: onze totale ' +
        'premie is € 420 miljoen en mijn kantoren verzekeren samen zo’n 38.000 werknemers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager intermediair', 'VerzuimZeker N.V.', '2019-01', null, true, '01-2019 t/m heden'),
        lines: [
          'Periode\t\t\tFunctie\t\t\t\tWerkgever',
          '01-2019 t/m heden\tAccountmanager intermediair\tVerzuimZeker N.V., Apeldoorn',
          '\t\t\t- bezoek aan 52 adviseurskantoren, jaarplannen per kantoor',
          '\t\t\t- offertes en maatwerk in overleg met de acceptatie',
          '\t\t\t- kennissessies voor adviseurs over de Wet verbetering poortwachter',
        ],
      },
      {
        ...job('Accountmanager binnendienst', 'VerzuimZeker N.V.', '2014-04', '2018-12', true, '04-2014 t/m 12-2018'),
        lines: [
          '04-2014 t/m 12-2018     Accountmanager binnendienst        VerzuimZeker N.V., Apeldoorn',
          '                        - telefonisch contact met adviseurs, offertes en verlengingen',
        ],
      },
      {
        ...job('Schadebehandelaar zakelijk', 'Assuradeuren Veluwe B.V.', '2008', '2014-03', false, '2008 t/m 03-2014'),
        lines: ['2008 t/m 03-2014\tSchadebehandelaar zakelijk\tAssuradeuren Veluwe B.V., Deventer'],
      },
      {
        ...job('Medewerker klantenservice', 'Assuradeuren Veluwe B.V.', '2005', '2008', false, '2005 t/m 2008'),
        lines: ['2005 t/m 2008\t\tMedewerker klantenservice\tAssuradeuren Veluwe B.V., Deventer'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: '2010 t/m 2013\t\tDeeltijdstudie HBO Bedrijfseconomie\tSaxion, Deventer (niet afgerond)',
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4\t\t\tAssurantiën\t\t\tROC Aventus, Apeldoorn\t\t2001 – 2005', {
        field: 'Assurantiën',
        institution: 'ROC Aventus',
        startYear: 2001,
        endYear: 2005,
      }),
      edu('vmbo', 'VMBO-TL\t\t\tVeluws College, Apeldoorn\t\t1997 – 2001', {
        institution: 'Veluws College',
        startYear: 1997,
        endYear: 2001,
      }),
    ],
    courses: [named('Verzuim en re-integratie', 'Verzuim en re-integratie\t\tSVV\t\t2015')],
    certifications: [
      named('Wft Basis', 'Wft Basis\t\t\t\t2006'),
      named('Wft Schade Zakelijk', 'Wft Schade Zakelijk\t\t\t2014, PE actueel'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands\t\tmoedertaal'),
      lang('en', 'B2', 'Engels\t\t\tgoed'),
      lang('de', 'B1', 'Duits\t\t\tredelijk'),
    ],
    skills: ['Relatiebeheer', 'Commercieel', 'Overtuigend'],
    closing: [{ kind: 'paragraph', text: 'In opleiding:\t\tWft Inkomen (examen januari 2027)' }],
    clientBase: { activeAccounts: 52, annualRevenueEur: 11_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['persuasiveness', 'relationship_building', 'sales'],
  },
  {
    id: 'nl-h19-17-indeed-engelse-labels-accountmanager-hoogwerkerverhuur-rotterdam',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Dertienhonderd Zeventien',
    email: 'kandidaat1317@example.net',
    phone: '06 29 47 03 81',
    contactLines: ['Rotterdam, Zuid-Holland'],
    headings: {
      profile: 'Summary',
      work: 'Work Experience',
      education: 'Education',
      certifications: 'Certifications and Licenses',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Accountmanager in de verhuur van hoogwerkers en verreikers. Ik beheer 210 klanten in de regio Rijnmond en de ' +
        'Drechtsteden: bouwbedrijven, installateurs, schilders en evenementenbureaus. Jaaromzet op mijn klanten: ' +
        '€ 3,2 miljoen. Mijn contacten zijn vooral uitvoerders en projectleiders. Ons verhuurpark telt 1.500 machines.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'LiftRent Nederland B.V.', '2020-03', null, true, 'March 2020 to Present'),
        lines: [
          'Accountmanager',
          'LiftRent Nederland B.V. - Rotterdam, Zuid-Holland',
          'March 2020 to Present',
          '- Beheer en uitbreiding van 210 klanten in Rijnmond en de Drechtsteden',
          '- Prijsafspraken en raamcontracten met bouw- en installatiebedrijven',
          '- Bouwplaatsbezoeken en veiligheidsdemo’s',
          '',
        ],
      },
      {
        ...job(
          'Medewerker verhuur binnendienst',
          'LiftRent Nederland B.V.',
          '2016-09',
          '2020-02',
          true,
          'September 2016 to February 2020',
        ),
        lines: [
          'Medewerker verhuur binnendienst',
          'LiftRent Nederland B.V. - Rotterdam, Zuid-Holland',
          'September 2016 to February 2020',
          '- Telefonisch aannemen van huuraanvragen, offertes maken en verhuurcontracten afsluiten',
          '- Actief nabellen van offertes en van klanten die een tijd niets huurden',
          '',
        ],
      },
      {
        ...job(
          'Servicemonteur',
          'Hoogwerkerservice Zuid-Holland',
          '2011-08',
          '2016-08',
          false,
          'August 2011 to August 2016',
        ),
        lines: [
          'Servicemonteur',
          'Hoogwerkerservice Zuid-Holland - Barendrecht, Zuid-Holland',
          'August 2011 to August 2016',
          '- Onderhoud, keuringen en storingen op locatie',
          '',
        ],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Vrijwilliger' },
      { kind: 'paragraph', text: 'Voedselbank Rotterdam - Rotterdam, Zuid-Holland' },
      { kind: 'paragraph', text: 'January 2018 to Present' },
      { kind: 'paragraph', text: '- Op zaterdag chauffeur van de koelwagen en uitgifte van pakketten' },
    ],
    education: [
      edu(
        'mbo 4',
        'MBO niveau 4 in Mechatronica\nAlbeda College - Rotterdam, Zuid-Holland\nSeptember 2007 to July 2011',
        {
          field: 'Mechatronica',
          institution: 'Albeda College',
          startYear: 2007,
          endYear: 2011,
        },
      ),
    ],
    courses: [],
    certifications: [
      named('IPAF hoogwerker 3a/3b', 'IPAF hoogwerker 3a/3b\nJune 2024 to June 2029'),
      named('VCA VOL', 'VCA VOL\nMarch 2023 to March 2033'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands - Native'),
      lang('en', 'C1', 'Engels - Fluent'),
      lang('pt', 'B1', 'Portugees - Intermediate'),
      lang('de', 'B1', 'Duits - Intermediate'),
    ],
    skills: ['Accountmanagement (6 years)', 'Verhuur (10 years)', 'Onderhandelen (6 years)', 'Klantgericht (10 years)'],
    closing: [
      { kind: 'heading', text: 'Additional Information' },
      { kind: 'paragraph', text: 'Rijbewijs B en BE. Heftruckcertificaat gehaald in 2014, verlopen in 2019.' },
    ],
    clientBase: { activeAccounts: 210, annualRevenueEur: 3_200_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'nl-h19-18-franse-portaallabels-accountmanager-interimkantoor-brussel',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Dertienhonderd Achttien',
    email: 'kandidaat.achttien.1318@example.com',
    phone: '+32 485 31 72 09',
    contactLines: ['1090 Jette'],
    headings: {
      profile: 'Résumé',
      work: 'Expérience professionnelle',
      education: 'Formation',
      courses: 'Formations complémentaires',
      skills: 'Compétences',
      languages: 'Langues',
    },
    jobLabels: { period: 'Période', title: 'Intitulé du poste', employer: 'Employeur', duties: 'Description' },
    profile: [
      'Accountmanager bij een interimkantoor in Brussel. Ik beheer 45 klantbedrijven in Brussel en Vlaams-Brabant ' +
        '(logistiek, voeding, schoonmaak) en verkoop hen uitzendarbeid en selectieopdrachten. Gefactureerde omzet op ' +
        'mijn klanten in 2025: € 7,8 miljoen. Elke week werken er gemiddeld 260 uitzendkrachten bij mijn klanten. Ik ' +
        'onderhandel met HR-directeurs en zaakvoerders, die beslissen met welk kantoor ze werken.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Accountmanager',
        'FlexiJob Interim NV',
        '2021-03',
        null,
        true,
        'mars 2021 - aujourd’hui',
        [
          'prospectie en opvolging van 45 klantbedrijven',
          'tariefafspraken en raamcontracten',
          'sinds 2024 1/5de ouderschapsverlof (woensdag)',
        ],
        'Brussel',
      ),
      job(
        'Interimconsulent',
        'FlexiJob Interim NV',
        '2017-09',
        '2021-02',
        false,
        'septembre 2017 - février 2021',
        ['selectie en begeleiding van uitzendkrachten', 'contracten en prestatiebladen'],
        'Brussel',
      ),
      job(
        'Onthaalbediende',
        'Hotel Sablon',
        '2014-06',
        '2017-08',
        false,
        'juin 2014 - août 2017',
        ['onthaal, reservaties en facturatie, in het Nederlands, Frans en Engels'],
        'Brussel',
      ),
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Office Management, Erasmushogeschool Brussel (2011 - 2014)', {
        field: 'Office Management',
        institution: 'Erasmushogeschool Brussel',
        startYear: 2011,
        endYear: 2014,
      }),
      edu('secondary', 'ASO Economie-Moderne Talen, Sint-Pieterscollege Jette (2005 - 2011)', {
        field: 'Economie-Moderne Talen',
        institution: 'Sint-Pieterscollege Jette',
        startYear: 2005,
        endYear: 2011,
      }),
    ],
    courses: [named('Verkooptechnieken voor consulenten', 'Verkooptechnieken voor consulenten – Federgon (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Néerlandais – langue maternelle'),
      lang('fr', 'C1', 'Français – C1'),
      lang('en', 'B2', 'Anglais – B2'),
      lang('es', 'A2', 'Espagnol – A2'),
    ],
    skills: ['Commercieel', 'Tweetalig NL/FR', 'Assertief', 'Klantgericht'],
    closing: [
      { kind: 'heading', text: 'Permis de conduire' },
      { kind: 'paragraph', text: 'B' },
    ],
    clientBase: { activeAccounts: 45, annualRevenueEur: 7_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'sales', 'tact_assertiveness'],
  },
  {
    id: 'nl-h19-19-kapitalen-dubbele-punten-technisch-accountmanager-koeltechniek-supermarkten',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Dertienhonderd Negentien',
    email: 'negentien.1319@example.org',
    phone: '+31 (0)6 49 28 13 57',
    contactLines: ['Nijmegen'],
    tagline: 'TECHNISCH ACCOUNTMANAGER KOELTECHNIEK',
    headings: {
      contact: 'CONTACT:',
      profile: 'PROFIEL:',
      work: 'WERKERVARING:',
      education: 'OPLEIDING:',
      certifications: 'CERTIFICATEN:',
      skills: 'VAARDIGHEDEN:',
      languages: 'TALEN:',
    },
    profile: [
      'Technisch accountmanager met een achtergrond als koeltechnisch monteur. Ik beheer 60 supermarktondernemers en ' +
        'koelhuizen in Gelderland en Overijssel voor koelinstallaties, onderhoudscontracten en de ombouw naar CO2. ' +
        'Jaaromzet op mijn klanten: € 4,5 miljoen, met projecten van € 50.000 tot € 1,2 miljoen. De ondernemers ' +
        'beslissen zelf over de investering.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Technisch Accountmanager', 'KoudeTech Oost B.V.', '2018-03', null, true, '03/2018-heden'),
        lines: [
          '03/2018-heden Technisch Accountmanager | KoudeTech Oost B.V., Arnhem',
          '> 60 supermarktondernemers en koelhuizen in Gelderland en Overijssel',
          '> offertes, ombouwprojecten naar CO2 en onderhoudscontracten',
          '> samenwerking met engineering en de serviceafdeling bij oplevering',
        ],
      },
      {
        ...job('Servicemonteur koeltechniek', 'KoudeTech Oost B.V.', '2011-09', '2018-02', false, '09/2011-02/2018'),
        lines: [
          '09/2011-02/2018Servicemonteur koeltechniek | KoudeTech Oost B.V., Arnhem',
          'o storingsdienst en onderhoud bij supermarkten en koelhuizen',
          'o lekdichtheidscontroles en keuringen',
        ],
      },
      {
        ...job('Monteur', 'Kälte Schmitz GmbH', '2008-08', '2011-08', false, '08/2008-08/2011'),
        lines: [
          '08/2008-08/2011 Monteur | Kälte Schmitz GmbH, Kleve (DE)',
          'o installatie van koelcellen en vriescellen',
        ],
      },
    ],
    education: [
      edu('associate degree', 'Associate degree Technische Bedrijfskunde (deeltijd), HAN, Arnhem, 2016 – 2018', {
        field: 'Technische Bedrijfskunde',
        institution: 'HAN',
        startYear: 2016,
        endYear: 2018,
      }),
      edu('vocational', 'Ausbildung Mechatroniker für Kältetechnik (IHK), Berufskolleg Kleve, 2005 – 2008', {
        field: 'Mechatroniker für Kältetechnik',
        institution: 'Berufskolleg Kleve',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('F-gassen certificaat categorie I'), named('VCA VOL', 'VCA VOL (2024)')],
    languages: [
      lang('de', 'native', 'Duits: moedertaal'),
      lang('nl', 'C1', 'Nederlands: vloeiend (C1)'),
      lang('en', 'B2', 'Engels: goed'),
    ],
    skills: ['Technisch-commercieel', 'Klantgericht', 'Oplossingsgericht', 'Plannen'],
    closing: [
      { kind: 'heading', text: 'OVERIG:' },
      { kind: 'paragraph', text: 'NEN 3140 behaald in 2015, verlopen. Rijbewijs B.' },
    ],
    clientBase: { activeAccounts: 60, annualRevenueEur: 4_500_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation', 'sales', 'teamwork'],
  },
  {
    id: 'nl-h19-20-omgezet-aan-elkaar-geplakt-key-account-eieren-zuid-afrikaans',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Dertienhonderd Twintig',
    email: 'twintig1320@example.com',
    phone: '+31 (0)6 3104 8826',
    contactLines: ['Barneveld'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Zuid-Afrikaanse key account manager, sinds 2015 in Nederland. Ik beheer 9 accounts in Nederland, België en ' +
        'Duitsland: twee supermarktketens, vier eiproductenfabrikanten en drie groothandels. Omzet 2025 op mijn ' +
        'accounts: € 27 miljoen. Ik onderhandel met de inkoopmanagers die het jaarcontract gunnen. Ons pakstation ' +
        'verwerkt 14 miljoen eieren per week.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager', 'Veluwe Ei B.V.', '2021-01', null, true, 'jan 2021 - heden', [
          '9 accounts in NL, BE en DE',
          'Jaarcontracten en prijsafspraken op basis van de voerprijsindex',
          'Introductie van scharreleieren met keurmerk bij twee ketens',
        ]),
        lines: ['Key Account ManagerVeluwe Ei B.V.jan 2021 - heden'],
      },
      {
        ...job('Accountmanager', 'Veluwe Ei B.V.', '2016-05', '2020-12', true, 'mei 2016 - dec 2020', [
          'Groothandels en bakkerijen in Nederland',
        ]),
        lines: ['AccountmanagerVeluwe Ei B.V.mei 2016 - dec 2020'],
      },
      {
        ...job('Kwaliteitsmedewerker', 'Eierpakstation De Vallei', '2015-03', '2016-04', false, 'mrt 2015 - apr 2016', [
          'Controles, hygiëne en IKB-audits',
        ]),
        lines: ['KwaliteitsmedewerkerEierpakstation De ValleiVoorthuizenmrt 2015 - apr 2016'],
      },
      {
        ...job('Sales Representative', 'Highveld Poultry (Pty) Ltd', '2009', '2014', true, '2009 - 2014', [
          'Retailers en bakkerijen in Gauteng; omzet ca. ZAR 180 miljoen',
        ]),
        lines: ['Sales RepresentativeHighveld Poultry (Pty) LtdJohannesburg, Zuid-Afrika2009 - 2014'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Emigratie en inburgering2014 - 2015' }],
    education: [
      edu('bsc', 'BSc Agriculture (Animal Science)University of Pretoria2005 - 2008', {
        field: 'Agriculture (Animal Science)',
        institution: 'University of Pretoria',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('af', 'native', 'Afrikaans – moedertaal'),
      lang('en', 'native', 'Engels – moedertaal'),
      lang('nl', 'C1', 'Nederlands – vloeiend'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Onderhandelen', 'Analytisch', 'Relatieopbouw'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 27_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h19-21-pdf-naar-tekst-paginakoppen-afbrekingen-accountmanager-vertaalbureau',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Dertienhonderd Eenentwintig',
    email: 'eenentwintig.1321@example.net',
    phone: '06-18 29 37 46',
    contactLines: ['Rotterdam'],
    headings: {
      profile: 'Proﬁel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certiﬁcaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager bij een vertaal- en tolkenbureau in Rotterdam. Ik beheer 75 zakelijke klan-',
      'ten in de regio Rotterdam–Den Haag (advocatenkantoren, rederijen, medische bedrijven) met een',
      'jaaromzet van € 1,4 mil-',
      'joen. Zij besteden hun vertaal- en tolkwerk bij ons uit; mijn contactpersonen zijn oﬃce mana-',
      'gers en juristen. In 2025 vertaalden we voor hen ruim 9 miljoen woorden.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'LinguaPort Vertalingen B.V.', '2019-06', null, true, 'juni 2019 – heden'),
        lines: [
          'Accountmanager, LinguaPort Vertalingen B.V., Rotterdam',
          'juni 2019 – heden',
          '• Beheer van 75 zakelijke klanten; offertes, raamovereen-',
          'komsten en jaargesprekken',
          '• Werving van nieuwe klanten in de maritieme en juridische sec-',
          'tor',
          '',
          'CV Kandidaat Dertienhonderd Eenentwintig                                    Pagina 1 van 2',
          '',
          '• Zwangerschapsverlof van januari tot en met april 2022',
          '• Aanspreekpunt voor spoedopdrachten van de grootste klanten, ook in het week-',
          'end',
        ],
      },
      {
        ...job(
          'Projectmanager vertalingen',
          'LinguaPort Vertalingen B.V.',
          '2016-02',
          '2019-05',
          false,
          'februari 2016 – mei 2019',
        ),
        lines: [
          'Projectmanager vertalingen, LinguaPort Vertalingen B.V.',
          'februari 2016 – mei 2019',
          '• Inzet van vertalers, bewaking van deadlines en kwaliteit, efﬁciënte workﬂows in memoQ',
        ],
      },
      {
        ...job('Vertaler Engels-Nederlands', 'Woordwerk', '2013', '2016', false, '2013 – 2016'),
        lines: ['Vertaler Engels-Nederlands (zzp) – eigen eenmanszaak Woordwerk', '2013 – 2016'],
      },
    ],
    education: [
      edu('ma', 'MA Vertalen, Universiteit Leiden, 2012 – 2013', {
        field: 'Vertalen',
        institution: 'Universiteit Leiden',
        startYear: 2012,
        endYear: 2013,
      }),
      edu('ba', 'BA Engelse Taal en Cultuur, Universiteit Leiden, 2009 – 2012', {
        field: 'Engelse Taal en Cultuur',
        institution: 'Universiteit Leiden',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('Beëdigd vertaler Engels', 'Beëdigd vertaler Engels–Nederlands (Rbtv), sinds 2014')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C2', 'Engels – C2'),
      lang('pt', 'B2', 'Portugees – goed (de taal van mijn Kaapverdische vader)'),
      lang('fr', 'B1', 'Frans – redelijk'),
    ],
    skills: ['Commercieel', 'Communicatief', 'Nauwkeurig', 'Plannen en organiseren'],
    closing: [
      {
        kind: 'paragraph',
        text: 'CV Kandidaat Dertienhonderd Eenentwintig                                    Pagina 2 van 2',
      },
    ],
    clientBase: { activeAccounts: 75, annualRevenueEur: 1_400_000, segment: 'regional_smb' },
    competencies: ['communication', 'organisation', 'sales'],
  },
  {
    id: 'nl-h19-22-streepjes-en-spaties-trade-marketeer-snacks-geen-klanten',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Dertienhonderd Tweeëntwintig',
    email: 'k22.1322@example.org',
    phone: '06 - 52 74 18 90',
    contactLines: ['Zaandam'],
    headings: {
      profile: 'Profiel',
      work: 'Ervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Trade marketing manager bij een snackfabrikant, op zoek naar een overstap naar key accountmanagement. Ik ' +
        'beheer een trade-marketingbudget van € 2,4 miljoen voor drie supermarktketens (samen 1.900 winkels) en ' +
        'werk dagelijks met onze key accountmanagers aan promoties en schapplannen. Eigen klanten heb ik nooit ' +
        'gehad; de jaargesprekken voeren de KAM’s.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Trade Marketing Manager', 'Zaanse Snacks B.V.', '2022-01', null, false, 'jan. 2022 – heden'),
        lines: [
          'Trade Marketing Manager          Zaanse Snacks B.V., Wormerveer          jan. 2022 – heden',
          '– Jaarplannen, promotiekalenders en displays voor drie supermarktketens',
          '– Budget trade marketing € 2,4 mln; rapportage aan de commercieel directeur',
          '– Samenwerking met de KAM’s, category management en supply chain',
          '– Leiding aan een trade marketeer en een stagiair',
        ],
      },
      {
        ...job('Trade Marketeer', 'Zaanse Snacks B.V.', '2019-09', '2021-12', false, 'sept. 2019 – dec. 2021'),
        lines: [
          'Trade Marketeer          Zaanse Snacks B.V.          sept. 2019 – dec. 2021',
          '– Winkelacties, displays en POS-materiaal',
        ],
      },
      {
        ...job('Category Analist', 'FoodRetail Nederland', '2017-09', '2019-08', false, 'sept. 2017 – aug. 2019'),
        lines: [
          'Category Analist          FoodRetail Nederland, Zaandam          sept. 2017 – aug. 2019',
          '– Kassadata, schaprendement en assortimentsvoorstellen',
        ],
      },
      {
        ...job('verkoper', 'Sportshop De Zaan', '2014', '2017', true, '2014 tot 2017'),
        lines: [
          'Tijdens mijn studie werkte ik van 2014 tot 2017 op zaterdag als verkoper bij Sportshop De Zaan in Zaandam.',
        ],
      },
    ],
    education: [
      edu('msc', 'MSc Marketing          Vrije Universiteit Amsterdam          2016 – 2017', {
        field: 'Marketing',
        institution: 'Vrije Universiteit Amsterdam',
        startYear: 2016,
        endYear: 2017,
      }),
      edu('bsc', 'BSc Bedrijfskunde          Vrije Universiteit Amsterdam          2013 – 2016', {
        field: 'Bedrijfskunde',
        institution: 'Vrije Universiteit Amsterdam',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [named('Category Management', 'Category Management – ECR Academy, 2020')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands — moedertaal'),
      lang('en', 'C1', 'Engels — vloeiend'),
      lang('de', 'A2', 'Duits — basis'),
    ],
    skills: ['Analytisch', 'Creatief', 'Samenwerken', 'Excel, Power BI, Nielsen'],
    clientBase: null,
    competencies: ['analytical', 'innovation', 'teamwork'],
  },
  {
    id: 'nl-h19-23-wingdings-tekens-accountmanager-bestrating-hoveniers-limburg',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Dertienhonderd Drieëntwintig',
    email: 'drieentwintig.1323@example.com',
    phone: '0475-33 91 27',
    contactLines: ['Roermond'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager bestrating en tuinmaterialen. Ik bedien 170 hoveniers en stratenmakers in Midden- en ' +
        'Noord-Limburg; zij kochten in 2025 voor € 3,9 miljoen bij ons. De eigenaar van het hoveniersbedrijf ' +
        'bepaalt waar hij koopt, dus met hem zit ik aan tafel.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'Bestratingscentrum Maasland B.V.', '2019', null, true, 'voorjaar 2019 – heden'),
        lines: [
          '§ voorjaar 2019 – heden: Accountmanager, Bestratingscentrum Maasland B.V., Roermond',
          'Ø 170 hoveniers en stratenmakers in Midden- en Noord-Limburg',
          'Ø showroomdagen en demo’s van nieuwe tegels en keramiek',
          'Ø opvolging van offertes, leveringen en klachten',
        ],
      },
      {
        ...job(
          'Marktverkoper bloemen en planten',
          'Bloemenkraam Hanssen',
          '2015',
          '2022',
          true,
          'zaterdagen 2015 – 2022',
        ),
        lines: [
          '§ zaterdagen 2015 – 2022: Marktverkoper bloemen en planten, Bloemenkraam Hanssen (familiebedrijf), Roermond',
        ],
      },
      {
        ...job('Verkoper binnendienst', 'Bouwmaterialen Kessels', '2013', '2019', true, '2013 – 2019'),
        lines: [
          '§ 2013 – 2019: Verkoper binnendienst, Bouwmaterialen Kessels, Venlo',
          'Ø balieverkoop en telefonische orders van aannemers en hoveniers',
        ],
      },
      {
        ...job('Stratenmaker', 'Wegenbouw Janssen B.V.', '2006', '2013', false, '2006 – 2013'),
        lines: ['§ 2006 – 2013: Stratenmaker, Wegenbouw Janssen B.V., Weert (eerst als BBL-leerling)'],
      },
    ],
    education: [
      edu('mbo 3', '§ MBO 3 Stratenmaker (BBL), Gilde Opleidingen, Roermond, 2006 – 2009', {
        field: 'Stratenmaker',
        institution: 'Gilde Opleidingen',
        startYear: 2006,
        endYear: 2009,
      }),
      edu('vmbo', '§ VMBO basisberoepsgerichte leerweg, Niekée, Roermond, 2002 – 2006', {
        institution: 'Niekée',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [named('VCA Basis', 'VCA Basis (2021)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('li', 'native', 'Limburgs (Remunjs): moedertaal'),
      lang('de', 'B2', 'Duits: goed'),
      lang('en', 'A2', 'Engels: basis'),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Ø Nederlands: moedertaal' },
      { kind: 'paragraph', text: 'Ø Limburgs (Remunjs): moedertaal' },
      { kind: 'paragraph', text: 'Ø Duits: goed' },
      { kind: 'paragraph', text: 'Ø Engels: basis' },
    ],
    skills: [],
    closing: [
      { kind: 'heading', text: 'Kwaliteiten' },
      { kind: 'paragraph', text: 'Ø Klantgericht' },
      { kind: 'paragraph', text: 'Ø Netwerken in de groene sector' },
      { kind: 'paragraph', text: 'Ø Stressbestendig in het hoogseizoen' },
      { kind: 'heading', text: 'Overig' },
      { kind: 'paragraph', text: '\uF0B7 Rijbewijs B, BE en C' },
      { kind: 'paragraph', text: '\uF0B7 Vrijwilliger bij de Stichting Carnaval Roermond (opbouw van de wagens)' },
    ],
    clientBase: { activeAccounts: 170, annualRevenueEur: 3_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'nl-h19-24-twee-kolommen-door-elkaar-accountmanager-evenementenverhuur-antwerpen',
    format: 'txt',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Dertienhonderd Vierentwintig',
    email: 'kandidaat.1324@example.org',
    phone: '+32 470 18 46 52',
    contactLines: ['2200 Herentals'],
    tagline: 'ACCOUNTMANAGER EVENEMENTENVERHUUR',
    headings: {
      contact: 'CONTACT',
      profile: 'PROFIEL                                                    VAARDIGHEDEN',
      work: 'WERKERVARING',
      education: 'OPLEIDING',
      languages: '',
    },
    profile: [
      'Accountmanager bij een verhuurbedrijf voor tenten, podia         Klantgericht',
      'en stroomvoorziening. Ik beheer 70 vaste klanten in de          Netwerken',
      'provincies Antwerpen en Limburg: evenementenbureaus,             Stressbestendig',
      'gemeenten en bedrijven die personeelsfeesten organiseren.      Rijbewijs B en C',
      'Jaaromzet op mijn klanten: € 2,6 miljoen. Geboren in São',
      'Paulo, sinds 2015 in België.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'EventRent Kempen NV', '2020-02', null, true, 'februari 2020 – heden'),
        lines: [
          'februari 2020 – heden                                            TALEN',
          'Accountmanager – EventRent Kempen NV, Geel                       Portugees – moedertaal',
          '• 70 vaste klanten, offertes en plaatsbezoeken                   Nederlands – vloeiend',
          '• opvolging op het terrein tijdens opbouw en afbraak             Engels – goed',
          '• ons verhuurpark: 1.200 tenten en 85 generatoren                Frans – redelijk',
          '                                                                  Spaans – goed',
        ],
      },
      {
        ...job(
          'Projectleider evenementen',
          'EventRent Kempen NV',
          '2016-04',
          '2020-01',
          false,
          'april 2016 – januari 2020',
        ),
        lines: [
          'april 2016 – januari 2020',
          'Projectleider evenementen – EventRent Kempen NV, Geel',
          '• planning van ploegen en materiaal voor festivals en beurzen',
        ],
      },
      {
        ...job('Geluidstechnicus', 'Rio Eventos Ltda.', '2010', '2015', false, '2010 – 2015'),
        lines: ['2010 – 2015', 'Geluidstechnicus – Rio Eventos Ltda., São Paulo (Brazilië)'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: '2015 – 2016: inburgering en Nederlands leren (CVO Antwerpen)' }],
    education: [
      edu(
        'bachelor',
        'Bacharelado em Administração, Universidade Presbiteriana Mackenzie, São Paulo, 2005 – 2009 (NARIC: ' +
          'gelijkwaardig aan een bachelor)',
        {
          field: 'Administração',
          institution: 'Universidade Presbiteriana Mackenzie',
          startYear: 2005,
          endYear: 2009,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('pt', 'native', 'Portugees – moedertaal'),
      lang('nl', 'C1', 'Nederlands – vloeiend'),
      lang('en', 'B2', 'Engels – goed'),
      lang('fr', 'B1', 'Frans – redelijk'),
      lang('es', 'B2', 'Spaans – goed'),
    ],
    languageBlocks: [],
    skills: [],
    clientBase: { activeAccounts: 70, annualRevenueEur: 2_600_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'nl-h19-25-romeinse-kopjes-sterretjes-accountmanager-groenonderhoud-utrecht',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Dertienhonderd Vijfentwintig',
    email: 'vijfentwintig.1325@example.net',
    phone: '030-2456781',
    contactLines: ['Houten'],
    headings: {
      profile: 'I. PROFIEL',
      work: 'II. WERKERVARING',
      education: 'III. OPLEIDINGEN',
      courses: 'IV. CURSUSSEN',
      skills: 'V. VAARDIGHEDEN',
      languages: 'VI. TALEN',
    },
    profile: [
      'Accountmanager bij een hoveniersbedrijf dat groen onderhoudt voor woningcorporaties, VvE’s en ' +
        'bedrijventerreinen. Ik beheer 42 opdrachtgevers in de provincie Utrecht en het Gooi, samen goed voor ' +
        '€ 2,2 miljoen per jaar. Mijn gesprekspartners zijn vastgoedmanagers en VvE-besturen die de contracten ' +
        'gunnen. Vóór deze baan werkte ik twaalf jaar bij de gemeente. Onze buitendienst telt 25 hoveniers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'Groenwerk Utrecht B.V.', '2019-01', null, true, 'januari 2019 – heden'),
        lines: [
          'Periode: januari 2019 – heden Functie: Accountmanager Werkgever: Groenwerk Utrecht B.V., Houten',
          '* werving en behoud van opdrachtgevers; 42 lopende contracten',
          '* inschrijven op aanbestedingen van woningcorporaties',
          '* jaarlijkse schouw met elke opdrachtgever',
        ],
      },
      {
        ...job(
          'Beleidsmedewerker openbare ruimte',
          'Gemeente Nieuwegein',
          '2007-02',
          '2018-12',
          false,
          'februari 2007 – december 2018',
        ),
        lines: [
          'Periode: februari 2007 – december 2018 Functie: Beleidsmedewerker openbare ruimte Werkgever: Gemeente Nieuwegein',
          '* beheerplannen voor groen en bomen',
          '* aanbesteding en contractbeheer van het groenonderhoud',
        ],
      },
      {
        ...job('Hovenier', 'Hoveniersbedrijf Van Dijk', '2003', '2007-01', false, '2003 – januari 2007'),
        lines: ['Periode: 2003 – januari 2007 Functie: Hovenier Werkgever: Hoveniersbedrijf Van Dijk, Bunnik'],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Nevenfunctie: gemeenteraadslid in Houten (sinds 2022, ca. 16 uur per maand)' },
    ],
    education: [
      edu('hbo', 'HBO Tuin- en Landschapsinrichting, Hogeschool Van Hall Larenstein, Velp, 1999 – 2003', {
        field: 'Tuin- en Landschapsinrichting',
        institution: 'Hogeschool Van Hall Larenstein',
        startYear: 1999,
        endYear: 2003,
      }),
      edu('havo', 'HAVO, Cals College, Nieuwegein, 1994 – 1999', {
        institution: 'Cals College',
        startYear: 1994,
        endYear: 1999,
      }),
    ],
    courses: [
      named('Aanbesteden voor opdrachtnemers', 'Aanbesteden voor opdrachtnemers (2019)'),
      named('Accountmanagement in de dienstverlening', 'Accountmanagement in de dienstverlening (2020)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'B1', 'Duits: redelijk'),
    ],
    skills: ['Onderhandelen', 'Analytisch', 'Netwerken binnen gemeenten en corporaties'],
    clientBase: { activeAccounts: 42, annualRevenueEur: 2_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h19-26-linkedin-engelse-interface-kopieerresten-business-developer-zonnedaken-boeren',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Dertienhonderd Zesentwintig',
    email: 'zesentwintig.1326@example.com',
    phone: '+31 6 5318 2049',
    contactLines: ['Assen, Drenthe'],
    tagline: 'Business Developer Agrarisch | Zonnedaken voor boeren',
    headings: {
      contact: 'Contact',
      profile: 'About',
      work: 'Experience',
      education: 'Education',
      certifications: 'Licenses & certifications',
      skills: 'Top skills',
      languages: 'Languages',
    },
    profile: [
      'Boerenzoon en business developer bij een installateur van zonnepanelen op agrarische daken. Ik ben vast ' +
        'aanspreekpunt voor 95 agrarische klanten in Drenthe, Groningen en Friesland met een zonnedak en een ' +
        'onderhoudscontract; in 2025 was de omzet op mijn klanten € 3,1 miljoen. Ik spreek de boer zelf, en die ' +
        'beslist. Sinds 2022 realiseerde ik samen met het team 28 MWp aan …see more',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Business Developer Agrarisch', 'ZonBoer Energie B.V.', '2022-03', null, true, 'Mar 2022 - Present'),
        lines: [
          'Business Developer Agrarisch',
          'ZonBoer Energie B.V. · Full-time',
          'Mar 2022 - Present · 4 yrs 9 mos',
          'Assen, Drenthe, Netherlands · Hybrid',
          'Werving en begeleiding van agrarische klanten, van het eerste keukentafelgesprek tot de oplevering. ' +
            'Vast aanspreekpunt voor 95 boeren met een lopend …see more',
          'Skills: Business development · Onderhandelen · +3 skills',
          '',
        ],
      },
      {
        ...job('Accountmanager', 'AgroLease Noord', '2017-06', '2022-02', true, 'Jun 2017 - Feb 2022'),
        lines: [
          'Accountmanager',
          'AgroLease Noord · Full-time',
          'Jun 2017 - Feb 2022 · 4 yrs 9 mos',
          'Leeuwarden, Friesland, Netherlands',
          'Lease van trekkers en landbouwmachines aan akkerbouwers en loonwerkers. Leaseportefeuille € 60 mln.',
          '',
        ],
      },
      {
        ...job('Machinist', 'Loonbedrijf Hoekstra', '2012-04', '2017-05', false, 'Apr 2012 - May 2017'),
        lines: [
          'Machinist',
          'Loonbedrijf Hoekstra · Full-time',
          'Apr 2012 - May 2017 · 5 yrs 2 mos',
          'Beilen, Drenthe, Netherlands',
          '',
        ],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Show all 3 experiences' },
      { kind: 'heading', text: 'Volunteering' },
      { kind: 'paragraph', text: 'Bestuurslid' },
      { kind: 'paragraph', text: 'Jonge Boeren Drenthe · Jan 2015 - Dec 2020 · 6 yrs' },
    ],
    education: [
      edu('bachelor', 'Van Hall Larenstein\nBachelor of Science - BS, Dier- en Veehouderij\n2008 - 2012', {
        field: 'Dier- en Veehouderij',
        institution: 'Van Hall Larenstein',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('mbo 4', 'Terra MBO Groningen\nMBO 4, Veehouderij\n2004 - 2008', {
        field: 'Veehouderij',
        institution: 'Terra MBO Groningen',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('Zonnestroom Installateur', 'Zonnestroom Installateur · InstallQ · Issued Sep 2022')],
    languages: [
      lang('nl', 'native', 'Dutch · Native or bilingual proficiency'),
      lang('en', 'B2', 'English · Professional working proficiency'),
      lang('de', 'B1', 'German · Limited working proficiency'),
    ],
    skills: ['Business development', 'Onderhandelen', 'Agrarische sector'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 3_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation'],
  },
];

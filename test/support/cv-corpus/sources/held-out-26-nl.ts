import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The twenty-sixth held-out set's Dutch CVs: twenty-six CVs from the Netherlands and Flanders as tools and
 * platforms produce them, written without reading the reader. A LinkedIn PDF export with an English interface and
 * one in Dutch, Europass in three generations (the old label table, the 2013 design read back from a PDF, the new
 * editor), the job portals (Werk.nl, Nationale Vacaturebank, Indeed, VDAB, Jobat, StepStone, Actiris), ATS
 * profiles and application print-outs (Workday, Recruitee, Homerun, an agency's candidate profile), CV builders
 * (Canva, Zety, Novorésumé, Kickresume, Resume.io, CVmaker, a Google Docs template) and Word templates with
 * tables, each with the labels, headers, footers, page numbers and sidebars it really has.
 */
export const HELD_OUT_26_NL: CvSource[] = [
  {
    id: 'nl-h26-01-linkedin-export-engelse-interface-key-account-manager-golfkarton-eindhoven',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeduizend Een',
    email: 'kandidaat2001@example.com',
    phone: '+31 6 41723958',
    contactLines: ['www.linkedin.example.com/in/kandidaat-2001 (LinkedIn)'],
    tagline:
      'Key Account Manager bij Kempen Karton | Golfkartonnen verpakkingen voor food, e-commerce en industrie\n' +
      'Eindhoven, North Brabant, Netherlands',
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      certifications: 'Certifications',
      skills: 'Top Skills',
      languages: 'Languages',
    },
    profile: [
      'Ik zorg dat de producten van merkfabrikanten en webwinkels heel, efficiënt en goed zichtbaar bij hun klant ' +
        'aankomen. Sinds 2021 ben ik key account manager bij Kempen Karton en beheer ik 18 key accounts in ' +
        'Nederland, België en Luxemburg: voedingsmiddelenproducenten, e-commerce fulfilmentbedrijven en ' +
        'industriële klanten. Samen waren zij in 2025 goed voor € 14,5 miljoen omzet. Ik schakel dagelijks met ' +
        'inkopers, packaging engineers en supply chain managers, en intern met onze designstudio en de planning.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager',
          'Kempen Karton B.V.',
          '2021-01',
          null,
          true,
          'January 2021 - Present (5 years 11 months)',
        ),
        lines: [
          'Kempen Karton B.V.',
          '10 years 4 months',
          'Key Account Manager',
          'January 2021 - Present (5 years 11 months)',
          'Eindhoven, North Brabant, Netherlands',
          'Jaarafspraken, tenders en verpakkingsontwikkeling voor 18 key accounts in de Benelux. Papieren ' +
            'alternatieven voor plastic trays ingevoerd bij drie voedingsmiddelenklanten. Fabriek Eindhoven: 180 ' +
            'miljoen m² golfkarton per jaar, 320 medewerkers.',
        ],
      },
      {
        ...job(
          'Customer Service Representative',
          'Kempen Karton B.V.',
          '2016-08',
          '2020-12',
          false,
          'August 2016 - December 2020 (4 years 5 months)',
        ),
        lines: [
          'Customer Service Representative',
          'August 2016 - December 2020 (4 years 5 months)',
          'Eindhoven, North Brabant, Netherlands',
          'Orderverwerking, levertijden en reclamaties voor ruim 60 klanten; vast aanspreekpunt voor de ' +
            'accountmanagers.',
          'Page 1 of 3',
        ],
      },
      {
        ...job(
          'Verkoopmedewerker',
          'Bouwmarkt De Hoeksteen',
          '2012-09',
          '2016-06',
          true,
          'September 2012 - June 2016 (3 years 10 months)',
        ),
        lines: [
          'Bouwmarkt De Hoeksteen',
          'Verkoopmedewerker',
          'September 2012 - June 2016 (3 years 10 months)',
          'Veldhoven, North Brabant, Netherlands',
          'Bijbaan naast mijn studie: advies en verkoop op de afdelingen verf en tuin.',
          'Page 2 of 3',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Fontys Hogescholen\nBachelor of Business Administration - BBA, Commerciële Economie · (2012 - 2016)',
        { field: 'Commerciële Economie', institution: 'Fontys Hogescholen', startYear: 2012, endYear: 2016 },
      ),
      edu('havo', 'Van Maerlantlyceum\nHAVO, Economie en Maatschappij · (2007 - 2012)', {
        institution: 'Van Maerlantlyceum',
        startYear: 2007,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('Verpakkingskundige NVC')],
    languages: [
      lang('nl', 'native', 'Dutch (Native or Bilingual)'),
      lang('en', 'C1', 'English (Full Professional)'),
      lang('de', 'B1', 'German (Limited Working)'),
    ],
    skills: ['Key Account Management', 'Onderhandelen', 'Golfkarton'],
    closing: [{ kind: 'paragraph', text: 'Page 3 of 3' }],
    clientBase: { activeAccounts: 18, annualRevenueEur: 14_500_000, segment: 'international' },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h26-02-europass-oud-accountmanager-kmo-sociaal-secretariaat-kortrijk',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeduizend Twee',
    nameLine: 'Europass\nCurriculum Vitae',
    email: 'k2002.europass@example.net',
    phone: '+32 478 31 65 20',
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Persoonlijke informatie', ''],
          ['Naam / Voornaam', 'Kandidaat Tweeduizend Twee'],
          ['Adres', 'Doorniksesteenweg 118, 8500 Kortrijk (België)'],
          ['Telefoon (vast)', '+32 56 21 48 93'],
          ['Nationaliteit', 'Belgische'],
          ['Geboortedatum', '17/04/1985'],
          ['Geslacht', 'Man'],
          ['Gewenste functie / Beroepsgebied', 'Key accountmanager / Accountmanager B2B-dienstverlening'],
        ],
      },
    ],
    headings: {
      work: 'Werkervaring',
      education: 'Onderwijs en opleiding',
      courses: 'Aanvullende opleidingen',
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
        'Accountmanager KMO',
        'Sociaal Secretariaat Leieland vzw',
        '2014-09',
        null,
        true,
        '09/2014 - heden',
        [
          'prospectie en opvolging van een 210-tal aangesloten werkgevers (KMO’s met 5 tot 100 werknemers) in de ' +
            'regio Kortrijk, Roeselare en Ieper',
          'erelonen op mijn portefeuille: ± 1,9 miljoen euro per jaar',
          'adviesgesprekken met zaakvoerders en HR-verantwoordelijken, die zelf kiezen bij welk sociaal ' +
            'secretariaat ze aansluiten',
          'het kantoor Kortrijk verwerkt 14.000 loonbrieven per maand',
          'Type onderneming of sector: sociaal secretariaat, HR-dienstverlening',
        ],
        'Ringlaan 12, 8500 Kortrijk',
      ),
      job(
        'Dossierbeheerder loonadministratie',
        'Sociaal Secretariaat Leieland vzw',
        '2007-09',
        '2014-08',
        false,
        '09/2007 - 08/2014',
        [
          'loonberekening, sociale documenten en Dimona-aangiftes voor 95 werkgevers uit de bouw en de horeca',
          'Type onderneming of sector: sociaal secretariaat',
        ],
        'Ringlaan 12, 8500 Kortrijk',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Pagina 1/3 - Curriculum vitae van Kandidaat Tweeduizend Twee | Voor meer informatie over Europass: ' +
          'http://europass.cedefop.europa.eu | © Europese Unie, 2002-2010   24082010',
      },
    ],
    education: [
      edu(
        'bachelor',
        'Data: 2004 - 2007\nNaam van het diploma: Bachelor in het bedrijfsmanagement, afstudeerrichting ' +
          'Accountancy-Fiscaliteit\nNaam en type opleidingsinstituut: Katholieke Hogeschool Zuid-West-Vlaanderen ' +
          '(KATHO), Kortrijk – hogeschool\nNiveau in de nationale of internationale classificatie: ISCED 5',
        {
          field: 'Accountancy-Fiscaliteit',
          institution: 'Katholieke Hogeschool Zuid-West-Vlaanderen',
          startYear: 2004,
          endYear: 2007,
        },
      ),
      edu(
        'secondary',
        'Data: 1998 - 2004\nNaam van het diploma: Diploma secundair onderwijs, TSO Handel\nNaam en type ' +
          'opleidingsinstituut: Sint-Jozefsinstituut, Kortrijk – secundaire school',
        { field: 'Handel', institution: 'Sint-Jozefsinstituut', startYear: 1998, endYear: 2004 },
      ),
    ],
    courses: [
      named('Sociale wetgeving voor niet-juristen', 'Sociale wetgeving voor niet-juristen (2015)'),
      named('Consultatieve verkoop', 'Consultatieve verkoop (2017)'),
    ],
    certifications: [],
    languages: [lang('nl', 'native', 'Moedertaal: Nederlands'), lang('fr', 'B2', 'Frans'), lang('en', 'B1', 'Engels')],
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
            'Frans',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B1 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B1 Onafhankelijk gebruiker',
          ],
          [
            'Engels',
            'B1 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B1 Onafhankelijk gebruiker',
            'B1 Onafhankelijk gebruiker',
            'A2 Basisgebruiker',
          ],
        ],
      },
      { kind: 'paragraph', text: '(*) Gemeenschappelijk Europees Referentiekader voor Talen' },
    ],
    skills: [
      'Communicatief en klantgericht: ik bouw een vertrouwensrelatie op met zaakvoerders',
      'Assertief waar het moet: ik zeg nee tegen beloftes die het secretariaat niet kan waarmaken',
    ],
    closing: [
      { kind: 'heading', text: 'Organisatorische vaardigheden en competenties' },
      {
        kind: 'paragraph',
        text: 'Eigen agenda en prospectie; infosessies over nieuwe sociale wetgeving voor klanten (4 per jaar).',
      },
      { kind: 'heading', text: 'Computervaardigheden en -competenties' },
      { kind: 'paragraph', text: 'MS Office, Microsoft Dynamics CRM, loonsoftware' },
      { kind: 'heading', text: 'Rijbewijs(en)' },
      { kind: 'paragraph', text: 'B' },
      {
        kind: 'paragraph',
        text:
          'Pagina 3/3 - Curriculum vitae van Kandidaat Tweeduizend Twee | Voor meer informatie over Europass: ' +
          'http://europass.cedefop.europa.eu | © Europese Unie, 2002-2010   24082010',
      },
    ],
    clientBase: { activeAccounts: 210, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'customer_focus', 'tact_assertiveness'],
  },
  {
    id: 'nl-h26-03-werk-nl-cv-voerspecialist-rundvee-friesland-werkzoekend',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeduizend Drie',
    nameLine: 'werk.nl | Mijn cv\nKandidaat Tweeduizend Drie',
    email: 'tweeduizenddrie@example.org',
    phone: '06-38215704',
    contactLines: ['Burgum'],
    afterContact: [
      { kind: 'heading', text: 'Persoonsgegevens' },
      {
        kind: 'table',
        rows: [
          ['Geboortedatum', '12-05-1972'],
          ['Woonplaats', 'Burgum'],
          ['Rijbewijs', 'B, BE, T'],
          ['Beschikbaar', 'Per direct, 32 - 40 uur per week'],
          ['Werkzoekend sinds', '1 juli 2026'],
        ],
      },
      { kind: 'heading', text: 'Beroepswens' },
      {
        kind: 'bullets',
        items: ['Accountmanager agrarisch', 'Vertegenwoordiger diervoeding', 'Adviseur melkveehouderij'],
      },
    ],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Beroep', 'Werkgever', 'Periode'],
    },
    workTableOrder: ['title', 'employer', 'period'],
    profile: [
      'Ruim veertien jaar voerspecialist rundvee in Friesland en de Noordoostpolder, daarvoor zeventien jaar zelf in ' +
        'de melkveehouderij. Na de fusie van Noordvoer met een grotere voerleverancier is mijn rayon opgeheven. Ik ' +
        'zoek een commerciële functie in de agrarische sector, het liefst in het noorden.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Voerspecialist rundvee', 'Noordvoer B.V.', '2012-03', '2026-06', true, 'maart 2012 t/m juni 2026', [
        'Advies en verkoop van krachtvoer, mineralen en bijproducten aan 85 melkveebedrijven in Friesland en de ' +
          'Noordoostpolder',
        'Omzet in mijn rayon circa € 8 miljoen per jaar (ongeveer 21.000 ton voer)',
        'Rantsoenberekeningen, kuilanalyses en bedrijfsbezoeken; de veehouders beslissen zelf bij wie ze hun ' +
          'voer kopen',
      ]),
      job(
        'Bedrijfsleider',
        'Maatschap Hoekstra-Dijkstra',
        '2002-08',
        '2012-02',
        false,
        'augustus 2002 t/m februari 2012',
        ['Melkveebedrijf met 180 melkkoeien en jongvee; aansturing van 2 medewerkers en stagiairs'],
      ),
      job(
        'Medewerker melkveehouderij',
        'Melkveebedrijf De Terp',
        '1995-06',
        '2002-07',
        false,
        'juni 1995 t/m juli 2002',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'werk.nl | Mijn cv – Kandidaat Tweeduizend Drie          Pagina 1 van 2' }],
    education: [
      edu(
        'mbo 4',
        'Bedrijfskunde Agribusiness (deeltijd)\nNiveau: HBO – Diploma: Nee\nVan Hall Larenstein, Leeuwarden, ' +
          '2008 – 2010\n\nVeehouderij (BOL)\nNiveau: MBO 4 – Diploma: Ja\nAOC Friesland, Leeuwarden, 1991 – 1995',
        { field: 'Veehouderij', institution: 'AOC Friesland', startYear: 1991, endYear: 1995 },
      ),
    ],
    courses: [named('Rundveevoeding voor adviseurs', 'Rundveevoeding voor adviseurs (2013)')],
    certifications: [named('Spuitlicentie', 'Spuitlicentie (vakbekwaamheid gewasbescherming), geldig tot 2028')],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('fy', 'native', 'Fries'),
      lang('en', 'B1', 'Engels'),
      lang('de', 'B1', 'Duits'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Mondeling', 'Schriftelijk'],
        rows: [
          ['Nederlands', 'Moedertaal', 'Moedertaal'],
          ['Fries', 'Moedertaal', 'Goed'],
          ['Engels', 'Redelijk', 'Redelijk'],
          ['Duits', 'Redelijk', 'Redelijk'],
        ],
      },
    ],
    skills: ['Klantgericht handelen', 'Plannen en organiseren', 'Samenwerken', 'Rantsoenberekening en kuilanalyse'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Dit cv is opgesteld op werk.nl van UWV. Laatst gewijzigd: 14-10-2026.          Pagina 2 van 2',
      },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 8_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation', 'teamwork'],
  },
  {
    id: 'nl-h26-04-jobat-cv-accountmanager-horeca-brouwerij-vlaamse-ardennen',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeduizend Vier',
    nameLine: 'jobat.be – Mijn cv\n\nKandidaat Tweeduizend Vier',
    email: 'kandidaat2004@example.net',
    phone: '0486 27 19 53',
    contactLines: ['9000 Gent'],
    tagline: 'Accountmanager horeca bij Brouwerij Scheldevallei',
    afterContact: [
      { kind: 'heading', text: 'Wat zoek ik?' },
      {
        kind: 'table',
        rows: [
          ['Gewenste job', 'Accountmanager, key accountmanager food & beverage'],
          ['Regio', 'Oost-Vlaanderen, Brussel'],
          ['Contract', 'Vast, voltijds'],
          ['Beschikbaar', 'Opzegtermijn 8 weken'],
        ],
      },
    ],
    headings: {
      profile: 'Over mij',
      work: 'Ervaring',
      education: 'Opleidingen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik ben de vaste contactpersoon van een 140-tal cafés, brasserieën en feestzalen in Oost-Vlaanderen en de ' +
        'Vlaamse Ardennen. Ik ken het leven achter de toog: voor ik bij de brouwerij begon, was ik ' +
        'zaalverantwoordelijke in een brasserie in Gent.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager horeca', 'Brouwerij Scheldevallei NV', '2021-03', null, true, 'mrt. 2021 - heden', [
          'opvolging van een 140-tal horecazaken; de uitbaters beslissen zelf met welke brouwer ze in zee gaan',
          'omzet op mijn klanten ± 3,4 miljoen euro in 2025 (ca. 21.000 hl)',
          'onderhandelen over leveringscontracten, drankleningen en terrasmateriaal; lopende drankleningen in mijn ' +
            'sector: 1,2 miljoen euro',
          '18 nieuwe uitbaters en overnames binnengehaald in 2025',
        ]),
        lines: ['Accountmanager horeca', 'Brouwerij Scheldevallei NV · Oudenaarde', 'mrt. 2021 - heden'],
      },
      {
        ...job(
          'Zaalverantwoordelijke',
          'Brasserie Het Gouden Hoofd',
          '2014-09',
          '2021-02',
          false,
          'sep. 2014 - feb. 2021',
          ['leiding over 9 medewerkers in de zaal, bestellingen bij de brouwer en de drankenhandel'],
        ),
        lines: ['Zaalverantwoordelijke', 'Brasserie Het Gouden Hoofd · Gent', 'sep. 2014 - feb. 2021'],
      },
      {
        ...job('Verkoper', 'Drankencentrale Verhaeghe', '2011', '2014', true, 'vakantiejob 2011 - 2014', [
          'klanten helpen bij hun keuze, leeggoed, kassa',
        ]),
        lines: ['Verkoper', 'Drankencentrale Verhaeghe · Merelbeke', 'vakantiejob 2011 - 2014'],
      },
    ],
    education: [
      edu('bachelor', 'Bachelor in het bedrijfsmanagement – marketing\nHOGENT · 2011 - 2014', {
        field: 'marketing',
        institution: 'HOGENT',
        startYear: 2011,
        endYear: 2014,
      }),
      edu(
        'secondary',
        'Secundair onderwijs – ASO Economie-moderne talen\nOnze-Lieve-Vrouwinstituut Gent · 2005 - 2011',
        {
          field: 'Economie-moderne talen',
          institution: 'Onze-Lieve-Vrouwinstituut Gent',
          startYear: 2005,
          endYear: 2011,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'C1', 'Engels – zeer goed'),
      lang('de', 'A2', 'Duits – basiskennis'),
    ],
    skills: ['Commercieel', 'Klantgericht', 'Zelfstandig', 'Rijbewijs B'],
    closing: [{ kind: 'paragraph', text: 'Laatst bijgewerkt op 03/10/2026 – aangemaakt via jobat.be' }],
    clientBase: { activeAccounts: 140, annualRevenueEur: 3_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'sales'],
  },
  {
    id: 'nl-h26-05-word-tabelsjabloon-accountmanager-koffieservice-kantoren-nieuwegein',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeduizend Vijf',
    nameLine: 'CURRICULUM VITAE\nKandidaat Tweeduizend Vijf',
    email: 'kandidaat.2005@example.org',
    phone: '06-27491836',
    afterContact: [
      { kind: 'heading', text: 'Personalia' },
      {
        kind: 'table',
        rows: [
          ['Woonplaats', 'Nieuwegein'],
          ['Geboortedatum', '09-02-1987'],
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
      workTable: ['Periode', 'Functie', 'Werkgever'],
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Accountmanager met een horecahart. Ik verkoop en beheer koffieconcepten voor kantoren, scholen en bedrijven: ' +
        'automaten, bonen, onderhoud en alles wat daarbij komt. Ik houd van langdurige klantrelaties en van een ' +
        'volle agenda.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager', 'Koffiehuys Zakelijk B.V.', '2019-04', null, true, '04-2019 – heden', [
        '260 zakelijke klanten in de provincie Utrecht en het Gelderse rivierengebied: kantoren, scholen, garages ' +
          'en zorginstellingen',
        'Contractomzet 2025: € 2,3 miljoen; bij mijn klanten staan 1.150 koffieautomaten',
        'Verlengingen en nieuwe contracten met eigenaren en facilitair managers die over het contract beslissen',
      ]),
      job('Inside sales medewerker', 'Koffiehuys Zakelijk B.V.', '2016-09', '2019-03', true, '09-2016 – 03-2019', [
        'Telefonische acquisitie bij kantoren tot 50 medewerkers; kleine contracten zelf afsluiten, grotere ' +
          'afspraken doorzetten naar de buitendienst',
      ]),
      job('Bedrijfsleider', 'Grand Café Het Stadskantoor', '2011-05', '2016-08', false, '05-2011 – 08-2016', [
        'Leiding aan een team van 14, inkoop en personeelsroosters',
      ]),
      job('Barista', 'Koffiebar Oudegracht', '2007-09', '2011-04', false, '09-2007 – 04-2011'),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Manager/ondernemer horeca – ROC Midden Nederland, Utrecht (2006 – 2010)', {
        field: 'Manager/ondernemer horeca',
        institution: 'ROC Midden Nederland',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [named('Van gesprek naar contract', 'Verkooptraining “Van gesprek naar contract” (2017)')],
    certifications: [named('SCA Barista Skills Intermediate', 'SCA Barista Skills Intermediate (2010)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Relatiebeheer', 'Onderhandelen', 'Plannen en organiseren', 'Microsoft Dynamics 365'],
    closing: [
      { kind: 'paragraph', text: 'Referenties op aanvraag beschikbaar.' },
      { kind: 'paragraph', text: 'Curriculum vitae – Kandidaat Tweeduizend Vijf – pagina 2 van 2' },
    ],
    clientBase: { activeAccounts: 260, annualRevenueEur: 2_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'nl-h26-06-canva-accountmanager-zakelijke-zonnepanelen-haarlem-jaartallen',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeduizend Zes',
    nameLine: 'KANDIDAAT\nTWEEDUIZEND ZES',
    tagline: 'ACCOUNTMANAGER ZAKELIJKE ZONNE-ENERGIE',
    email: 'zes.2006@example.com',
    phone: '+31 6 5830 2217',
    contactLines: ['Haarlem', 'linkedin.example.com/in/kandidaat2006'],
    headings: {
      contact: 'CONTACT',
      profile: 'OVER MIJ',
      work: 'WERKERVARING',
      education: 'OPLEIDING',
      skills: 'VAARDIGHEDEN',
      languages: 'TALEN',
    },
    profile: [
      'Van keukens naar zonnedaken: ik verkoop al ruim tien jaar grote aankopen aan mensen die er goed over willen ' +
        'nadenken. Sinds 2022 help ik ondernemers in Noord-Holland en Flevoland om hun dak rendabel te maken.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager',
        'Zonnedak Holland B.V.',
        '2022',
        null,
        true,
        '2022 - HEDEN',
        [
          'Eigen portefeuille van zo’n 120 zakelijke klanten: agrariërs, logistiek vastgoed en mkb',
          '45 lopende projecten, van dakscan en offerte tot oplevering',
          'In 2025 voor € 4,2 miljoen aan installaties verkocht (ruim 38.000 panelen)',
          'Gesprekken met ondernemers en vastgoedeigenaren die zelf over de investering beslissen',
        ],
        'Haarlem',
      ),
      job(
        'Verkoopadviseur keukens',
        'Keukenstudio Spaarne',
        '2014',
        '2022',
        true,
        '2014 - 2022',
        ['Advies en verkoop in de showroom, gemiddeld 90 keukens per jaar'],
        'Heemstede',
      ),
      job('Medewerker bediening', 'Strandpaviljoen Zuid', '2010', '2014', false, '2010 - 2014', [], 'Zandvoort'),
    ],
    education: [
      edu('hbo', 'HBO COMMERCIËLE ECONOMIE\nHogeschool Inholland, Haarlem\n2010 - 2014', {
        field: 'COMMERCIËLE ECONOMIE',
        institution: 'Hogeschool Inholland',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – Moedertaal'),
      lang('en', 'C1', 'Engels – Vloeiend'),
      lang('de', 'A2', 'Duits – Basis'),
    ],
    skills: ['Overtuigend', 'Ondernemend', 'Netwerken', 'Teamspeler', 'Salesforce'],
    closing: [
      { kind: 'heading', text: 'HOBBY’S' },
      { kind: 'paragraph', text: 'Zeilen, padel, klussen aan ons huis' },
      { kind: 'heading', text: 'REFERENTIES' },
      { kind: 'paragraph', text: 'Op aanvraag beschikbaar' },
    ],
    clientBase: { activeAccounts: 120, annualRevenueEur: 4_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'persuasiveness', 'relationship_building', 'teamwork'],
  },
  {
    id: 'nl-h26-07-zety-txt-export-accountmanager-mkb-it-beheer-den-haag',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeduizend Zeven',
    nameLine: 'KANDIDAAT TWEEDUIZEND ZEVEN',
    tagline: 'Accountmanager MKB',
    email: 'k.tweeduizendzeven@example.com',
    phone: '06 19 48 37 25',
    contactLines: ['Den Haag, 2516'],
    headings: {
      profile: 'PERSOONLIJK PROFIEL',
      work: 'WERKERVARING',
      education: 'OPLEIDING',
      certifications: 'CERTIFICATEN',
      skills: 'VAARDIGHEDEN',
      languages: 'TALEN',
    },
    profile: [
      'Resultaatgerichte accountmanager met ruim elf jaar ervaring in IT-dienstverlening aan het mkb, waarvan negen ' +
        'in sales. Begonnen op de servicedesk, waardoor ik de techniek achter een offerte begrijp. Bekend om ' +
        'eerlijk advies en langdurige klantrelaties.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager MKB', 'Haagse IT Groep B.V.', '2020-02', null, true, '2020-02 - Huidig', [
          'Beheerde een portefeuille van 90 mkb-klanten in Zuid-Holland (advocatuur, accountancy, zorgpraktijken).',
          'Verhoogde de jaarlijkse contractwaarde van de portefeuille van € 1,9 miljoen naar € 2,6 miljoen (2025).',
          'Sloot contracten af met directeur-eigenaren, die zelf tekenen voor beheer, licenties en hardware.',
          'Werkte nauw samen met de servicedesk en projectleiders bij migraties naar de cloud.',
        ]),
        lines: ['2020-02 - Huidig', 'Accountmanager MKB', 'Haagse IT Groep B.V., Den Haag'],
      },
      {
        ...job('Inside Sales Representative', 'Haagse IT Groep B.V.', '2017-09', '2020-01', true, '2017-09 - 2020-01', [
          'Voerde dagelijks 40 tot 60 gesprekken met prospects.',
          'Kwalificeerde leads en sloot kleinere licentiedeals zelf af.',
        ]),
        lines: ['2017-09 - 2020-01', 'Inside Sales Representative', 'Haagse IT Groep B.V., Den Haag'],
      },
      {
        ...job('Servicedeskmedewerker', 'Haagse IT Groep B.V.', '2015-07', '2017-08', false, '2015-07 - 2017-08', [
          'Eerstelijns support voor 1.200 eindgebruikers bij klanten.',
        ]),
        lines: ['2015-07 - 2017-08', 'Servicedeskmedewerker', 'Haagse IT Groep B.V., Den Haag'],
      },
    ],
    education: [
      edu('bachelor', '2011-09 - 2015-06\nBachelor HBO-ICT\nDe Haagse Hogeschool, Den Haag', {
        field: 'HBO-ICT',
        institution: 'De Haagse Hogeschool',
        startYear: 2011,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [named('ITIL 4 Foundation', '2020-05 ITIL 4 Foundation')],
    languages: [
      lang('nl', 'native', 'Nederlands: Moedertaal'),
      lang('en', 'C1', 'Engels: C1 (Gevorderd)'),
      lang('fr', 'A2', 'Frans: A2 (Elementair)'),
    ],
    skills: ['Consultative selling', 'Relatiebeheer', 'Kennis van Microsoft 365 en Azure', 'Stressbestendig'],
    closing: [
      { kind: 'heading', text: 'INTERESSES' },
      {
        kind: 'bullets',
        items: ['Wielrennen', 'Bordspellen', 'Vrijwilliger bij de computerles voor ouderen in de bibliotheek'],
      },
    ],
    clientBase: { activeAccounts: 90, annualRevenueEur: 2_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'sales', 'stress_resistance'],
  },
  {
    id: 'nl-h26-08-novoresume-key-account-manager-wondzorg-ziekenhuizen-antwerpen',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeduizend Acht',
    tagline: 'Key Account Manager Wondzorg | Verpleegkundige van opleiding',
    email: 'k2008.wondzorg@example.org',
    phone: '+32 497 58 20 46',
    contactLines: ['Mortsel, België', 'linkedin.example.com/in/kandidaat-2008'],
    headings: {
      contact: 'CONTACT',
      profile: 'PROFIEL',
      work: 'WERKERVARING',
      education: 'OPLEIDING',
      courses: 'CURSUSSEN',
      skills: 'VAARDIGHEDEN',
      languages: 'TALEN',
    },
    profile: [
      'Verpleegkundige die de overstap maakte naar de medische industrie. Ik ken het werk op een chirurgische ' +
        'afdeling en vertaal dat naar producten, opleidingen en afspraken met ziekenhuizen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager Wondzorg', 'MediCura Belgium BV', '2019-03', null, true, '03/2019 – Heden', [
          '18 ziekenhuizen (27 campussen) in de provincies Antwerpen en Limburg',
          'Omzet 2025: € 3,9 miljoen, +11 % ten opzichte van 2024',
          'Aanbestedingen en prijsafspraken met de aankoopdiensten en de wondzorgcomités, die beslissen welke ' +
            'verbanden op de productlijst komen',
          'Opleiding van verpleegkundigen op de afdelingen, samen met de productspecialist',
        ]),
        lines: [
          'Key Account Manager Wondzorg',
          'MediCura Belgium BV',
          '03/2019 – Heden',
          'Antwerpen, België',
          'Prestaties/Taken',
        ],
      },
      {
        ...job('Productspecialist', 'MediCura Belgium BV', '2016-09', '2019-02', false, '09/2016 – 02/2019', [
          'Opleidingen en ondersteuning op de afdelingen, zonder eigen klanten of omzetdoelstelling',
          'Klinische evaluaties van nieuwe schuimverbanden in 6 ziekenhuizen',
        ]),
        lines: [
          'Productspecialist',
          'MediCura Belgium BV',
          '09/2016 – 02/2019',
          'Antwerpen, België',
          'Prestaties/Taken',
        ],
      },
      {
        ...job('Verpleegkundige chirurgie', 'AZ Scheldezoom', '2010-09', '2016-08', false, '09/2010 – 08/2016', [
          'Referentieverpleegkundige wondzorg vanaf 2013',
        ]),
        lines: ['Verpleegkundige chirurgie', 'AZ Scheldezoom', '09/2010 – 08/2016', 'Antwerpen, België'],
      },
    ],
    education: [
      edu('bachelor', 'Bachelor in de verpleegkunde\nKarel de Grote Hogeschool\n09/2007 – 06/2010\nAntwerpen, België', {
        field: 'verpleegkunde',
        institution: 'Karel de Grote Hogeschool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Postgraduaat Wondzorg', 'Postgraduaat Wondzorg – Thomas More (2014 – 2015)'),
      named('Onderhandelen met aankoopdiensten', 'Onderhandelen met aankoopdiensten (2020)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – Moedertaal of tweetalig'),
      lang('fr', 'B2', 'Frans – Professionele werkvaardigheid'),
      lang('en', 'C1', 'Engels – Volledige professionele vaardigheid'),
      lang('de', 'A2', 'Duits – Elementaire vaardigheid'),
    ],
    skills: [
      'Klinische kennis wondzorg',
      'Analytisch',
      'Presenteren voor artsen en verpleegkundigen',
      'Tenderdossiers',
    ],
    closing: [
      { kind: 'heading', text: 'INTERESSES' },
      { kind: 'paragraph', text: 'Trailrunning · Koken · Fotografie' },
    ],
    clientBase: { activeAccounts: 18, annualRevenueEur: 3_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical'],
  },
  {
    id: 'nl-h26-09-google-docs-sjabloon-accountmanager-bedrijfskleding-apeldoorn-zonder-profiel',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeduizend Negen',
    email: 'negen.2009@example.net',
    phone: '06 52 81 39 47',
    contactLines: ['Apeldoorn'],
    headings: {
      work: 'ERVARING',
      education: 'OPLEIDING',
      skills: 'VAARDIGHEDEN',
      languages: 'TALEN',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'Textielservice Veluwe B.V.', '2021-09', null, true, 'SEPTEMBER 2021 - HEDEN', [
          'Huur en onderhoud van bedrijfskleding, matten en sanitaire hygiëne voor 75 klanten in Gelderland en ' +
            'Overijssel: garages, bouwbedrijven, zorginstellingen en bedrijfskeukens.',
          'Contractwaarde van mijn portefeuille: € 1,7 miljoen per jaar, samen ruim 6.000 dragers.',
          'Nieuwe klanten werven en contracten verlengen met facilitair managers en inkopers.',
        ]),
        lines: ['Textielservice Veluwe B.V., Apeldoorn — Accountmanager', 'SEPTEMBER 2021 - HEDEN'],
      },
      {
        ...job(
          'Sales Development Representative',
          'Cloudbase B.V.',
          '2019-02',
          '2021-08',
          true,
          'FEBRUARI 2019 - AUGUSTUS 2021',
          ['Outbound prospectie voor planningssoftware; gemiddeld 14 afspraken per maand voor de account executives.'],
        ),
        lines: ['Cloudbase B.V., Deventer — Sales Development Representative', 'FEBRUARI 2019 - AUGUSTUS 2021'],
      },
      {
        ...job('Medewerker klantenservice', 'Cloudbase B.V.', '2017-07', '2019-01', false, 'JULI 2017 - JANUARI 2019'),
        lines: ['Cloudbase B.V., Deventer — Medewerker klantenservice', 'JULI 2017 - JANUARI 2019'],
      },
    ],
    education: [
      edu('bachelor', 'Saxion, Deventer — Bachelor Commerciële Economie\nSEPTEMBER 2013 - JUNI 2017', {
        field: 'Commerciële Economie',
        institution: 'Saxion',
        startYear: 2013,
        endYear: 2017,
      }),
      edu('havo', 'Jachtlaan College, Apeldoorn — HAVO\nAUGUSTUS 2008 - JUNI 2013', {
        institution: 'Jachtlaan College',
        startYear: 2008,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'C1', 'Engels'), lang('de', 'B1', 'Duits')],
    languagesText: ['Nederlands (moedertaal), Engels (C1), Duits (B1)'],
    skills: ['Nieuwe klanten werven', 'Relatiebeheer', 'Plannen van klantbezoeken', 'HubSpot en Excel'],
    closing: [
      { kind: 'heading', text: 'PRIJZEN' },
      { kind: 'paragraph', text: 'Rookie of the Year 2019 – Cloudbase B.V. (beste nieuwe SDR)' },
    ],
    clientBase: { activeAccounts: 75, annualRevenueEur: 1_700_000, segment: 'regional_smb' },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'nl-h26-10-europass-nieuw-relatiemanager-zakelijk-bank-den-bosch',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeduizend Tien',
    email: 'tweeduizendtien@example.com',
    phone: '(+31) 612947305',
    contactLines: ['’s-Hertogenbosch, Nederland (Thuis)'],
    afterContact: [
      { kind: 'paragraph', text: 'Nationaliteit: Nederlandse | Geboortedatum: 23/06/1984 | Geslacht: Vrouwelijk' },
    ],
    headings: {
      profile: 'OVER MIJZELF',
      work: 'WERKERVARING',
      education: 'ONDERWIJS EN OPLEIDING',
      certifications: 'CERTIFICATEN',
      skills: 'COMMUNICATIEVE EN INTERPERSOONLIJKE VAARDIGHEDEN',
      languages: 'TAALVAARDIGHEDEN',
    },
    profile: [
      'Relatiemanager zakelijk met een achtergrond in kredietacceptatie. Ik begeleid familiebedrijven en ' +
        'mkb-ondernemers in Noordoost-Brabant bij financiering, overnames en groei, samen met hun accountant, onze ' +
        'specialisten en het kredietcomité.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Relatiemanager Zakelijk',
          'Brabantse Ondernemersbank N.V.',
          '2020-04',
          null,
          true,
          '[ 01/04/2020 – Huidig ]',
          [
            'Portefeuille van 160 ondernemers met een omzet tussen € 1 en € 10 miljoen in Noordoost-Brabant',
            'Kredietportefeuille € 210 miljoen; rente- en provisie-inkomsten op mijn relaties in 2025: € 4,8 miljoen',
            'Gesprekken met directeur-grootaandeelhouders, die zelf beslissen over investeringen, bedrijfsopvolging ' +
              'en overnames',
          ],
        ),
        lines: [
          '[ 01/04/2020 – Huidig ] Relatiemanager Zakelijk',
          'Brabantse Ondernemersbank N.V.',
          'Stad: ’s-Hertogenbosch | Land: Nederland',
        ],
      },
      {
        ...job(
          'Adviseur Particulieren',
          'Brabantse Ondernemersbank N.V.',
          '2014-09',
          '2020-03',
          true,
          '[ 01/09/2014 – 31/03/2020 ]',
          ['Advies en verkoop van hypotheken, verzekeringen en beleggingsproducten aan particuliere klanten'],
        ),
        lines: [
          '[ 01/09/2014 – 31/03/2020 ] Adviseur Particulieren',
          'Brabantse Ondernemersbank N.V.',
          'Stad: Oss | Land: Nederland',
        ],
      },
      {
        ...job(
          'Medewerker Kredietacceptatie',
          'Rivierenland Bank N.V.',
          '2008-02',
          '2014-08',
          false,
          '[ 01/02/2008 – 31/08/2014 ]',
          ['Beoordelen van kredietaanvragen tot € 1 miljoen van mkb-klanten'],
        ),
        lines: [
          '[ 01/02/2008 – 31/08/2014 ] Medewerker Kredietacceptatie',
          'Rivierenland Bank N.V.',
          'Stad: Tiel | Land: Nederland',
        ],
      },
    ],
    education: [
      edu(
        'msc',
        '[ 2012 – 2015 ] Master of Science in Finance (deeltijd)\nTilburg University\nStad: Tilburg | Land: ' +
          'Nederland | Niveau in EKK: EKK-niveau 7',
        { field: 'Finance', institution: 'Tilburg University', startYear: 2012, endYear: 2015 },
      ),
      edu(
        'bachelor',
        '[ 2003 – 2007 ] Bachelor Bedrijfseconomie\nHogeschool van Arnhem en Nijmegen\nStad: Nijmegen | Land: ' +
          'Nederland | Niveau in EKK: EKK-niveau 6',
        { field: 'Bedrijfseconomie', institution: 'Hogeschool van Arnhem en Nijmegen', startYear: 2003, endYear: 2007 },
      ),
    ],
    courses: [],
    certifications: [named('Relatiemanager Zakelijk (NIBE)', '[ 2021 ] Relatiemanager Zakelijk (NIBE)')],
    languages: [lang('nl', 'native', 'NEDERLANDS'), lang('en', 'C1', 'ENGELS'), lang('de', 'B1', 'DUITS')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal/moedertalen: NEDERLANDS' },
      { kind: 'paragraph', text: 'Andere talen:' },
      { kind: 'paragraph', text: 'ENGELS' },
      { kind: 'paragraph', text: 'LUISTEREN C1   LEZEN C1   SCHRIJVEN B2' },
      { kind: 'paragraph', text: 'GESPROKEN PRODUCTIE C1   GESPROKEN INTERACTIE C1' },
      { kind: 'paragraph', text: 'DUITS' },
      { kind: 'paragraph', text: 'LUISTEREN B1   LEZEN B2   SCHRIJVEN A2' },
      { kind: 'paragraph', text: 'GESPROKEN PRODUCTIE B1   GESPROKEN INTERACTIE B1' },
      {
        kind: 'paragraph',
        text: 'Niveaus: A1 en A2: basisgebruiker; B1 en B2: onafhankelijk gebruiker; C1 en C2: vaardig gebruiker',
      },
    ],
    skills: [
      'Onderhandelen over kredietvoorwaarden en zekerheden',
      'Financieel inzicht: jaarrekeningen en prognoses samen met de ondernemer doorlezen',
      'Presenteren voor het kredietcomité',
    ],
    closing: [
      { kind: 'heading', text: 'DIGITALE VAARDIGHEDEN' },
      { kind: 'paragraph', text: 'Microsoft Office | Salesforce | Kredietsystemen | Power BI' },
      { kind: 'heading', text: 'RIJBEWIJS' },
      { kind: 'paragraph', text: 'Rijbewijs: B' },
    ],
    clientBase: { activeAccounts: 160, annualRevenueEur: 4_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'negotiation'],
  },
  {
    id: 'nl-h26-11-vdab-cv-vertegenwoordiger-warmtepompen-installateurs-aalst',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeduizend Elf',
    nameLine: 'Curriculum vitae\nKandidaat Tweeduizend Elf',
    email: 'kandidaat.tweeduizendelf@example.com',
    phone: '0473 61 28 94',
    contactLines: ['9300 Aalst'],
    afterContact: [
      { kind: 'heading', text: 'Mijn jobdoelwitten' },
      { kind: 'bullets', items: ['Vertegenwoordiger technische producten', 'Accountmanager installatietechniek'] },
      { kind: 'heading', text: 'Persoonlijke gegevens' },
      {
        kind: 'table',
        rows: [
          ['Geboortedatum', '03/11/1986'],
          ['Rijbewijs', 'B'],
          ['Eigen vervoer', 'Ja'],
        ],
      },
    ],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Studies',
      courses: 'Opleidingen',
      certifications: 'Attesten',
      skills: 'Competenties',
      languages: 'Talenkennis',
    },
    jobLabels: { period: 'Periode', title: 'Beroep', employer: 'Bedrijf', duties: 'Takenpakket' },
    profile: [
      'Technieker die vertegenwoordiger werd. Ik bezoek installateurs in Oost-Vlaanderen en Vlaams-Brabant en help ' +
        'hen kiezen tussen warmtepompen, ventilatie en airco. Omdat ik zelf jaren installaties heb geplaatst, spreek ' +
        'ik hun taal.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Vertegenwoordiger',
        'Klimaflux Belgium NV',
        '2018-02',
        null,
        true,
        'februari 2018 - nu',
        [
          'bezoek en opvolging van een 220-tal installateurs in Oost-Vlaanderen en Vlaams-Brabant',
          'omzet 2025: 5,6 miljoen euro',
          'prijsafspraken en projectoffertes met de zaakvoerders, die beslissen welk merk ze plaatsen',
          'ondersteuning bij de premieaanvragen voor 1.300 warmtepompen in 2025',
        ],
        'Erembodegem',
      ),
      job(
        'Binnendienstverkoper',
        'Klimaflux Belgium NV',
        '2015-04',
        '2018-01',
        true,
        'april 2015 - januari 2018',
        ['telefonische verkoop, offertes en orders voor installateurs'],
        'Erembodegem',
      ),
      job(
        'Technieker HVAC',
        'Installatiebedrijf De Smet BV',
        '2007-09',
        '2015-03',
        false,
        'september 2007 - maart 2015',
        ['plaatsing en onderhoud van verwarming, ventilatie en koelinstallaties'],
        'Ninove',
      ),
    ],
    education: [
      edu('bachelor', 'Professionele bachelor Elektromechanica – Hogeschool Gent – 2004 - 2007', {
        field: 'Elektromechanica',
        institution: 'Hogeschool Gent',
        startYear: 2004,
        endYear: 2007,
      }),
      edu('secondary', 'TSO Elektromechanica – Technisch Instituut Sint-Maarten, Aalst – 1998 - 2004', {
        field: 'Elektromechanica',
        institution: 'Technisch Instituut Sint-Maarten',
        startYear: 1998,
        endYear: 2004,
      }),
    ],
    courses: [named('Verkooptechnieken voor technici', 'Verkooptechnieken voor technici – Syntra (2015)')],
    certifications: [named('Certificaat koeltechniek categorie I', 'Certificaat koeltechniek categorie I (2011)')],
    languages: [lang('nl', 'native', 'Nederlands'), lang('fr', 'B2', 'Frans'), lang('en', 'B1', 'Engels')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Luisteren', 'Lezen', 'Spreken', 'Schrijven'],
        rows: [
          ['Nederlands', 'Moedertaal', 'Moedertaal', 'Moedertaal', 'Moedertaal'],
          ['Frans', 'Goed', 'Goed', 'Goed', 'Redelijk'],
          ['Engels', 'Redelijk', 'Goed', 'Redelijk', 'Redelijk'],
        ],
      },
    ],
    skills: [
      'Commercieel handelen',
      'Klantgericht handelen',
      'Samenwerken',
      'Technische kennis van HVAC en warmtepompen',
    ],
    closing: [{ kind: 'paragraph', text: 'Cv aangemaakt via vdab.be – afgedrukt op 21/09/2026' }],
    clientBase: { activeAccounts: 220, annualRevenueEur: 5_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'sales', 'teamwork'],
  },
  {
    id: 'nl-h26-12-workday-sollicitatie-key-account-manager-diervoeding-ketens',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeduizend Twaalf',
    nameLine: 'Sollicitatie R-10482 – Key Account Manager Retail (m/v/x)\nNaam: Kandidaat Tweeduizend Twaalf',
    email: 'k2012.sollicitatie@example.org',
    phone: '+31 6 24 70 95 18',
    contactLines: ['Breda, Noord-Brabant, Nederland'],
    afterContact: [
      { kind: 'heading', text: 'Mijn informatie' },
      {
        kind: 'table',
        rows: [
          ['Hoe heeft u over ons gehoord?', 'LinkedIn'],
          ['Heeft u eerder voor ons gewerkt?', 'Nee'],
          ['Land', 'Nederland'],
        ],
      },
    ],
    headings: {
      work: 'Mijn ervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager Specialist Retail',
          'PetNature Benelux B.V.',
          '2022-03',
          null,
          true,
          'Van: 03/2022',
        ),
        lines: [
          'Werkervaring 1',
          'Functietitel: Key Account Manager Specialist Retail',
          'Bedrijf: PetNature Benelux B.V.',
          'Locatie: Oosterhout',
          'Ik werk hier momenteel: Ja',
          'Van: 03/2022',
          'Functieomschrijving: Verantwoordelijk voor 6 ketens (dierspeciaalzaken en tuincentra) en 2 ' +
            'inkoopcombinaties in Nederland, samen € 11 miljoen netto-omzet in 2025. Jaargesprekken, ' +
            'promotieplannen en schapindelingen met de category managers, die over het assortiment beslissen. ' +
            'Aansturing van 3 merchandisers.',
        ],
      },
      {
        ...job(
          'Accountmanager buitendienst',
          'Groenhandel Holland B.V.',
          '2017-01',
          '2022-02',
          true,
          'Van: 01/2017\nTot: 02/2022',
        ),
        lines: [
          'Werkervaring 2',
          'Functietitel: Accountmanager buitendienst',
          'Bedrijf: Groenhandel Holland B.V.',
          'Locatie: Barendrecht',
          'Ik werk hier momenteel: Nee',
          'Van: 01/2017',
          'Tot: 02/2022',
          'Functieomschrijving: Bezoek aan 70 zelfstandige tuincentra in Zuid-Nederland.',
        ],
      },
      {
        ...job(
          'Assistent-bedrijfsleider',
          'Tuincentrum De Bosrand',
          '2012-06',
          '2016-12',
          false,
          'Van: 06/2012\nTot: 12/2016',
        ),
        lines: [
          'Werkervaring 3',
          'Functietitel: Assistent-bedrijfsleider',
          'Bedrijf: Tuincentrum De Bosrand',
          'Locatie: Breda',
          'Ik werk hier momenteel: Nee',
          'Van: 06/2012',
          'Tot: 12/2016',
          'Functieomschrijving: Dagelijkse leiding over de afdeling dier, 12 medewerkers.',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Opleiding 1\nSchool of universiteit: Hogeschool van Arnhem en Nijmegen\nDiploma: Bachelor\n' +
          'Studierichting: Bedrijfskunde MER\nVan: 2008\nTot (werkelijk of verwacht): 2012',
        {
          field: 'Bedrijfskunde MER',
          institution: 'Hogeschool van Arnhem en Nijmegen',
          startYear: 2008,
          endYear: 2012,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Taal: Nederlands | Moedertaal: Ja'),
      lang('en', 'C1', 'Taal: Engels | Moedertaal: Nee | Lezen: Vloeiend | Spreken: Vloeiend | Schrijven: Gevorderd'),
      lang('de', 'B1', 'Taal: Duits | Moedertaal: Nee | Lezen: Gemiddeld | Spreken: Gemiddeld | Schrijven: Basis'),
    ],
    skills: ['Category management', 'Onderhandelen', 'Analytisch denken', 'Microsoft Excel', 'Nielsen-data'],
    closing: [
      { kind: 'heading', text: 'Vragenlijst' },
      {
        kind: 'table',
        rows: [
          ['Wat is uw opzegtermijn?', '2 maanden'],
          ['Wat is uw bruto salarisindicatie per maand?', '€ 5.800 exclusief leaseauto'],
          ['Bent u in het bezit van rijbewijs B?', 'Ja'],
        ],
      },
      { kind: 'heading', text: 'Toestemming' },
      { kind: 'paragraph', text: 'Mijn gegevens mogen 12 maanden worden bewaard voor andere vacatures: Ja' },
      { kind: 'paragraph', text: 'Ingediend op 19-10-2026 14:32' },
    ],
    clientBase: { activeAccounts: 8, annualRevenueEur: 11_000_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'nl-h26-13-indeed-cv-account-executive-bewakingsdiensten-antwerpen-rijbewijs-als-licentie',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeduizend Dertien',
    email: 'kandidaat2013@example.net',
    phone: '0468 21 57 90',
    contactLines: ['Antwerpen, Antwerpen'],
    headings: {
      profile: 'Samenvatting',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Account executive in beveiligingsdiensten met een achtergrond in telecomverkoop. Ik haal nieuwe contracten ' +
        'binnen en beheer een vaste portefeuille bedrijven in de provincie Antwerpen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Executive', 'Vigilo Security NV', '2022-10', null, true, 'oktober 2022 tot Heden', [
          'Portefeuille van 38 bedrijven in de provincie Antwerpen: havenbedrijven, distributiecentra en kantoren',
          'Samen ca. 410.000 bewakingsuren per jaar, jaarlijkse contractwaarde ± € 16 miljoen',
          'Offertes, tenders en contractverlengingen met facility managers en security managers',
          'Nieuwe klanten in 2025: 6 contracten, samen € 2,1 miljoen per jaar',
        ]),
        lines: ['Account Executive', 'Vigilo Security NV - Antwerpen, Antwerpen', 'oktober 2022 tot Heden'],
      },
      {
        ...job(
          'Inside Sales Representative',
          'Connecto Business BV',
          '2019-03',
          '2022-09',
          true,
          'maart 2019 tot september 2022',
          ['Telefonische verkoop van internet- en telefonieabonnementen aan KMO’s, 60 tot 80 calls per dag'],
        ),
        lines: [
          'Inside Sales Representative',
          'Connecto Business BV - Mechelen, Antwerpen',
          'maart 2019 tot september 2022',
        ],
      },
      {
        ...job(
          'Klantenadviseur',
          'Contactcenter Zuid BV',
          '2017-09',
          '2019-02',
          false,
          'september 2017 tot februari 2019',
          ['Inbound klantendienst voor een energieleverancier'],
        ),
        lines: ['Klantenadviseur', 'Contactcenter Zuid BV - Antwerpen, Antwerpen', 'september 2017 tot februari 2019'],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Bachelor in bedrijfsmanagement\nAP Hogeschool - Antwerpen, Antwerpen\nseptember 2014 tot juni 2017',
        {
          field: 'bedrijfsmanagement',
          institution: 'AP Hogeschool',
          startYear: 2014,
          endYear: 2017,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands - Moedertaal'),
      lang('fr', 'B2', 'Frans - Gevorderd'),
      lang('en', 'C1', 'Engels - Vloeiend'),
    ],
    skills: [
      'Verkoop (7 jaar)',
      'Prospectie (7 jaar)',
      'Salesforce (4 jaar)',
      'Onderhandelen (4 jaar)',
      'Microsoft Office',
    ],
    closing: [
      { kind: 'heading', text: 'Certificeringen en licenties' },
      { kind: 'paragraph', text: 'Rijbewijs B\nSinds 2014' },
    ],
    clientBase: { activeAccounts: 38, annualRevenueEur: 16_000_000, segment: 'regional_smb' },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h26-14-resume-io-accountmanager-zakenreizen-rotterdam',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeduizend Veertien',
    tagline: 'Accountmanager Zakenreizen',
    email: 'veertien.2014@example.org',
    phone: '06 44 12 87 30',
    contactLines: ['Rotterdam'],
    afterContact: [
      { kind: 'heading', text: 'Personalia' },
      {
        kind: 'table',
        rows: [
          ['Naam', 'Kandidaat Tweeduizend Veertien'],
          ['Woonplaats', 'Rotterdam'],
          ['Geboortedatum', '14-08-1989'],
          ['Rijbewijs', 'B'],
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager zakenreizen met tien jaar ervaring aan de boekingskant. Ik weet wat een travel manager wakker ' +
        'houdt: kosten, zorgplicht en reizigers die om drie uur ’s nachts moeten worden omgeboekt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'Maas Business Travel B.V.', '2020-05', null, true, 'mei 2020 — heden', [
          'Portefeuille van 42 bedrijven in Zuid-Holland en Zeeland: havenbedrijven, ingenieursbureaus en offshore',
          'Geboekt reisvolume bij mijn klanten in 2025: € 9,5 miljoen (31.000 transacties)',
          'Jaarlijkse contractgesprekken met travel managers en HR-directeuren, die over het reisbeleid en de keuze ' +
            'van het reisbureau beslissen',
          'Coachen van twee junior reisadviseurs',
        ]),
        lines: ['Accountmanager, Maas Business Travel B.V., Rotterdam', 'mei 2020 — heden'],
      },
      {
        ...job(
          'Reisadviseur zakelijk',
          'Maas Business Travel B.V.',
          '2015-03',
          '2020-04',
          false,
          'maart 2015 — april 2020',
          ['Boeken en omboeken van vluchten, hotels en visa voor vaste klanten; 24/7-dienst'],
        ),
        lines: ['Reisadviseur zakelijk, Maas Business Travel B.V., Rotterdam', 'maart 2015 — april 2020'],
      },
      {
        ...job(
          'Verkoper vakantiereizen',
          'Reisbureau Zonnestraal',
          '2011-08',
          '2015-02',
          true,
          'augustus 2011 — februari 2015',
          ['Advies en verkoop van pakketreizen en cruises aan particulieren'],
        ),
        lines: ['Verkoper vakantiereizen, Reisbureau Zonnestraal, Spijkenisse', 'augustus 2011 — februari 2015'],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Bachelor Tourism Management, Breda University of Applied Sciences, Breda\nseptember 2007 — juni 2011',
        {
          field: 'Tourism Management',
          institution: 'Breda University of Applied Sciences',
          startYear: 2007,
          endYear: 2011,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands — Moedertaal'),
      lang('en', 'C1', 'Engels — Zeer goede beheersing'),
      lang('de', 'B1', 'Duits — Praktische kennis'),
    ],
    skills: ['Relatiebeheer — Expert', 'Onderhandelen — Ervaren', 'Amadeus en Sabre — Expert', 'Presenteren — Vaardig'],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      { kind: 'paragraph', text: 'Stedentrips, volleybal, fotografie' },
    ],
    clientBase: { activeAccounts: 42, annualRevenueEur: 9_500_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h26-15-homerun-sollicitatie-accountmanager-tandheelkunde-noord-nederland',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeduizend Vijftien',
    nameLine:
      'Sollicitatie via Homerun\nVacature: Accountmanager Mondzorg Noord\nFase: Nieuw · Ontvangen op 12 oktober 2026\n\n' +
      'Kandidaat Tweeduizend Vijftien',
    email: 'kandidaat.2015@example.net',
    phone: '06-41937258',
    contactLines: ['Assen'],
    afterContact: [
      { kind: 'heading', text: 'Vragen' },
      {
        kind: 'table',
        rows: [
          [
            'Waarom wil je bij ons werken?',
            'Ik ken jullie producten uit de praktijk en wil graag bij een fabrikant werken in plaats van bij een depot.',
          ],
          ['Hoeveel uur per week wil je werken?', '32 tot 36'],
          ['Salarisindicatie (bruto per maand)', '€ 4.400'],
        ],
      },
      { kind: 'heading', text: 'Cv (tekst uit bijlage cv-kandidaat-2015.pdf)' },
    ],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Eigenschappen',
      languages: 'Talen',
    },
    profile: [
      'Tandartsassistente die via de binnendienst van een dentaal depot accountmanager werd. Klantgericht, ' +
        'communicatief en commercieel: ik ken de behandelkamer, de praktijkvoering en de inkoop.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Accountmanager',
        'Dentaal Depot Noord B.V.',
        '2020-09',
        null,
        true,
        'sep 2020 – nu',
        [
          'Ik bezoek ongeveer 130 tandartspraktijken in Groningen, Friesland en Drenthe: solopraktijken, ' +
            'groepspraktijken en vestigingen van 4 ketens',
          'Omzet op mijn klanten: € 3,1 miljoen in 2025',
          'De praktijkhouders kopen zelf in en beslissen ook over apparatuur tot € 80.000',
        ],
        'Groningen',
      ),
      job(
        'Commercieel medewerker binnendienst',
        'Dentaal Depot Noord B.V.',
        '2017-03',
        '2020-08',
        true,
        'mrt 2017 – aug 2020',
        ['Telefonische verkoop en orders, offertes voor kleine apparatuur'],
        'Groningen',
      ),
      job(
        'Tandartsassistente',
        'Tandartspraktijk De Brink',
        '2010-08',
        '2017-02',
        false,
        'aug 2010 – feb 2017',
        ['Assisteren aan de stoel, röntgenfoto’s maken, voorraadbeheer'],
        'Assen',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Tandartsassistent, Noorderpoort, Groningen, 2007 – 2010', {
        field: 'Tandartsassistent',
        institution: 'Noorderpoort',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Certificaat Radiologie voor tandartsassistenten',
        'Certificaat Radiologie voor tandartsassistenten (2011)',
      ),
    ],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B2', 'Engels'), lang('de', 'B1', 'Duits')],
    languagesText: ['Nederlands (moedertaal), Engels (goed), Duits (redelijk)'],
    skills: ['Zelfstandig', 'Nauwkeurig', 'Gezellig'],
    closing: [
      { kind: 'heading', text: 'Beoordelingen' },
      { kind: 'paragraph', text: 'Nog niemand heeft deze kandidaat beoordeeld.' },
    ],
    clientBase: { activeAccounts: 130, annualRevenueEur: 3_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'customer_focus', 'sales'],
  },
  {
    id: 'nl-h26-16-kickresume-account-executive-horecasoftware-amsterdam-icoonwoorden',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeduizend Zestien',
    tagline: 'Account Executive | Hospitality SaaS',
    email: 'k2016.ae@example.com',
    phone: '+31 6 2093 5581',
    contactLines: ['location_on Amsterdam', 'link linkedin.example.com/in/kandidaat2016'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Account executive die restaurants en cafés helpt met reserveringen, kassasystemen en online bestellen. Ik ' +
        'werkte zelf vier jaar in de bediening en weet wat een zaterdagavond met een haperend systeem betekent.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Executive', 'TafelTech B.V.', '2024-03', null, true, '03/2024 – heden', [
          'Eigen portefeuille van 65 restaurants en cafés in Amsterdam en omgeving, ARR € 480.000',
          'Demo’s, offertes en contracten met de eigenaren, die zelf tekenen',
          'Quotum 2025 gehaald voor 112 %',
        ]),
        lines: ['Account Executive', 'TafelTech B.V., Amsterdam', '03/2024 – heden'],
      },
      {
        ...job('Sales Development Representative', 'TafelTech B.V.', '2022-06', '2024-02', true, '06/2022 – 02/2024', [
          'Koude acquisitie bij horecazaken en demo’s inplannen voor de account executives',
        ]),
        lines: ['Sales Development Representative', 'TafelTech B.V., Amsterdam', '06/2022 – 02/2024'],
      },
      {
        ...job('Stagiair marketing', 'Grachtengordel Hotels B.V.', '2021-02', '2021-07', false, '02/2021 – 07/2021', [
          'Social media, nieuwsbrieven en een onderzoek naar direct boeken',
        ]),
        lines: ['Stagiair marketing', 'Grachtengordel Hotels B.V., Amsterdam', '02/2021 – 07/2021'],
      },
      {
        ...job('Bedieningsmedewerker', 'Café De Witte Wolk', '2018-09', '2022-05', false, '09/2018 – 05/2022'),
        lines: ['Bedieningsmedewerker', 'Café De Witte Wolk, Amsterdam', '09/2018 – 05/2022'],
      },
    ],
    education: [
      edu('bsc', 'BSc Bedrijfskunde\nVrije Universiteit Amsterdam\n09/2018 – 07/2021', {
        field: 'Bedrijfskunde',
        institution: 'Vrije Universiteit Amsterdam',
        startYear: 2018,
        endYear: 2021,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands — Moedertaal'),
      lang('en', 'C2', 'Engels — C2'),
      lang('es', 'B1', 'Spaans — B1'),
    ],
    skills: ['Cold calling', 'Discovery calls', 'Onderhandelen', 'Proactief', 'HubSpot, Pipedrive'],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      { kind: 'paragraph', text: 'Koken, hardlopen, padel' },
    ],
    clientBase: { activeAccounts: 65, annualRevenueEur: 480_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'negotiation'],
  },
  {
    id: 'nl-h26-17-bureau-kandidaatprofiel-key-account-manager-isolatie-derde-persoon',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeduizend Zeventien',
    nameLine:
      'VERTROUWELIJK – Kandidaatprofiel\nSales Recruitment Partners B.V. | Referentie KP-2026-0417\n\n' +
      'Kandidaat Tweeduizend Zeventien',
    tagline: 'Voorgesteld voor: Key Account Manager Bouw (m/v)',
    email: 'kandidaat2017@example.com',
    phone: '06-58391042',
    contactLines: ['Amersfoort'],
    afterContact: [
      { kind: 'heading', text: 'Personalia' },
      {
        kind: 'table',
        rows: [
          ['Woonplaats', 'Amersfoort'],
          ['Leeftijd', '41 jaar'],
          ['Beschikbaarheid', 'Opzegtermijn 1 maand'],
          ['Salarisindicatie', '€ 5.900 bruto per maand + leaseauto'],
          ['Rijbewijs', 'B'],
        ],
      },
    ],
    headings: {
      profile: 'Samenvatting consultant',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Trainingen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    jobLabels: {
      period: 'Periode',
      title: 'Functie',
      employer: 'Organisatie',
      duties: 'Verantwoordelijkheden en resultaten',
    },
    profile: [
      'Kandidaat is een ervaren key account manager in de bouw met een technische achtergrond als calculator. Hij ' +
        'beheert landelijke bouwbedrijven en de inkoopcombinaties van de bouwmaterialenhandel en staat bekend als ' +
        'een rustige, analytische gesprekspartner. Kandidaat zoekt een nieuwe uitdaging omdat zijn werkgever de ' +
        'verkoop vanaf 2027 vanuit Duitsland aanstuurt.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Key Account Manager',
        'IsoPlus Isolatie Nederland B.V.',
        '2019-01',
        null,
        true,
        'januari 2019 – heden',
        [
          'verantwoordelijk voor 14 key accounts in heel Nederland: 11 landelijke bouwbedrijven en 3 ' +
            'inkoopcombinaties van de bouwmaterialenhandel',
          'omzet 2025: € 22 miljoen (2019: € 15 miljoen)',
          'jaarcontracten met de inkoopdirecteuren die de leveranciers gunnen',
        ],
        'Amersfoort',
      ),
      job(
        'Accountmanager',
        'Bouwstoffen Eemland B.V.',
        '2013-03',
        '2018-12',
        true,
        'maart 2013 – december 2018',
        ['buitendienst bij 150 aannemers en bouwbedrijven in Utrecht en Gelderland'],
        'Soest',
      ),
      job(
        'Calculator',
        'Bouwbedrijf Van Rossum B.V.',
        '2008-09',
        '2013-02',
        false,
        'september 2008 – februari 2013',
        ['calculaties voor woningbouw en utiliteitsbouw'],
        'Veenendaal',
      ),
    ],
    education: [
      edu('hbo', 'HBO Bouwkunde, Hogeschool Utrecht (2004 – 2008)', {
        field: 'Bouwkunde',
        institution: 'Hogeschool Utrecht',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [named('Strategisch Key Account Management', 'Strategisch Key Account Management – Nyenrode (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'B2', 'Engels (goed)'),
      lang('de', 'B2', 'Duits (goed)'),
    ],
    skills: ['Analytisch en cijfermatig sterk', 'Overtuigend in gesprekken met directies', 'Onderhandelingsvaardig'],
    closing: [
      {
        kind: 'paragraph',
        text:
          'Indruk consultant: kandidaat kwam goed voorbereid naar het gesprek en kon zijn cijfers tot op de euro ' +
          'onderbouwen. Referenties zijn nagetrokken.',
      },
      {
        kind: 'paragraph',
        text:
          'Sales Recruitment Partners B.V. · Postbus 1234, 3500 AA Utrecht · 030 234 56 78 · ' +
          'info@salesrecruitment.example.net · pagina 2 van 2',
      },
    ],
    clientBase: { activeAccounts: 14, annualRevenueEur: 22_000_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'persuasiveness'],
  },
  {
    id: 'nl-h26-18-nationale-vacaturebank-vertegenwoordiger-bakkerijgrondstoffen-brabant-jaartallen',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeduizend Achttien',
    nameLine: 'Nationale Vacaturebank – cv\nKandidaat Tweeduizend Achttien',
    email: 'tweeduizendachttien@example.net',
    phone: '0413-257719',
    contactLines: ['Uden'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Gewenste functie', 'Vertegenwoordiger / accountmanager food'],
          ['Opleidingsniveau', 'MBO'],
          ['Dienstverband', 'Fulltime'],
          ['Reisafstand', 'Max. 60 km'],
          ['Werkervaring', 'Meer dan 10 jaar'],
        ],
      },
    ],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Diploma’s en certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Bakker van beroep en al ruim twintig jaar vertegenwoordiger in bakkerijgrondstoffen. Ik zoek een nieuwe ' +
        'werkgever omdat mijn huidige werkgever de buitendienst in Brabant en Limburg afbouwt.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Vertegenwoordiger bakkerijgrondstoffen', 'BakkersUnie Zuid B.V.', '2004', null, true, '2004 - heden', [
          'Circa 110 ambachtelijke bakkers in Noord-Brabant en Limburg',
          'Omzet ± € 5,2 miljoen per jaar',
          'De bakkers zijn eigenaar en beslissen zelf wat ze inkopen',
          'Demonstraties van nieuwe mixen en vullingen in de bakkerij',
        ]),
        lines: [
          'Functie: Vertegenwoordiger bakkerijgrondstoffen |',
          'Bedrijf: BakkersUnie Zuid B.V. |',
          'Periode: 2004 - heden',
        ],
      },
      {
        ...job('Chef bakkerij', 'Warme Bakker Van der Heijden', '1996', '2004', false, '1996 - 2004', [
          'Leiding over 5 bakkers en de nachtproductie',
        ]),
        lines: ['Functie: Chef bakkerij |', 'Bedrijf: Warme Bakker Van der Heijden |', 'Periode: 1996 - 2004'],
      },
      {
        ...job('Bakker', 'Bakkerij Van Loon', '1986', '1996', false, '1986 - 1996'),
        lines: ['Functie: Bakker |', 'Bedrijf: Bakkerij Van Loon |', 'Periode: 1986 - 1996'],
      },
    ],
    education: [
      edu('mbo', 'Middelbare Bakkersvakschool (MBO), Wageningen, 1983 – 1986', {
        institution: 'Middelbare Bakkersvakschool',
        startYear: 1983,
        endYear: 1986,
      }),
    ],
    courses: [],
    certifications: [named('Meesterbakker', 'Meesterbakker (1995)')],
    languages: [lang('nl', 'native', 'Nederlands'), lang('de', 'B1', 'Duits'), lang('en', 'A2', 'Engels')],
    languagesText: ['Nederlands, Duits (redelijk), Engels (matig)'],
    skills: ['Klantgericht', 'Zelfstandig', 'Plannen', 'Productkennis brood, banket en ijs'],
    closing: [
      { kind: 'paragraph', text: 'Dit profiel is zichtbaar voor werkgevers sinds 02-09-2026 · Nationale Vacaturebank' },
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 5_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'nl-h26-19-recruitee-kandidaatprofiel-accountmanager-etiketten-zaandam',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeduizend Negentien',
    nameLine:
      'Kandidaat Tweeduizend Negentien\nAccountmanager Noord-Holland (vacature #482) · Fase: Telefonisch interview · ' +
      'Beoordeling 4/5',
    email: 'negentien2019@example.org',
    phone: '+31 6 17 59 82 04',
    contactLines: ['Zaandam, Nederland'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Bron', 'Vacaturesite (werkenbij)'],
          ['Toegevoegd', '08-10-2026'],
          ['Tags', 'b2b, grafisch, rijbewijs B'],
          ['Cv', 'cv_2019.pdf (automatisch ingelezen)'],
        ],
      },
    ],
    headings: {
      profile: 'Samenvatting',
      work: 'Ervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager in de etikettendruk met een achtergrond als drukker en calculator. Ik weet wat er op de pers ' +
        'gebeurt en kan klanten daardoor goed adviseren over materiaal, oplage en levertijd.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'Etiketten Zaanstreek B.V.', '2018-06', null, true, 'jun 2018 – heden'),
        lines: [
          'Accountmanager',
          'Etiketten Zaanstreek B.V.',
          'jun 2018 – heden · 8 jr 6 mnd',
          'Beheer van 70 klanten in Noord-Holland en Utrecht (voedingsmiddelenindustrie, cosmetica en webshops), ' +
            'omzet 2025 € 3,8 miljoen. Offertes, proefdrukken en jaarafspraken met inkopers en marketingmanagers.',
        ],
      },
      {
        ...job(
          'Calculator / werkvoorbereider',
          'Etiketten Zaanstreek B.V.',
          '2012-04',
          '2018-05',
          false,
          'apr 2012 – mei 2018',
        ),
        lines: ['Calculator / werkvoorbereider', 'Etiketten Zaanstreek B.V.', 'apr 2012 – mei 2018 · 6 jr 2 mnd'],
      },
      {
        ...job('Drukker', 'Grafisch Bedrijf De Hoorn', '2006-08', '2012-03', false, 'aug 2006 – mrt 2012'),
        lines: ['Drukker', 'Grafisch Bedrijf De Hoorn', 'aug 2006 – mrt 2012 · 5 jr 8 mnd'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Gegenereerd door Recruitee · 1/2' }],
    education: [
      edu('mbo 4', 'mbo\nAllround drukker (niveau 4) · Grafisch Lyceum Amsterdam\n2002 – 2006', {
        field: 'Allround drukker',
        institution: 'Grafisch Lyceum Amsterdam',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands (moedertaal)'), lang('en', 'B2', 'Engels (B2)')],
    skills: ['relatiebeheer', 'offertes', 'etiketten', 'prepress', 'esko'],
    closing: [
      { kind: 'heading', text: 'Activiteit' },
      {
        kind: 'paragraph',
        text:
          '08-10-2026 Kandidaat toegevoegd aan Accountmanager Noord-Holland\n10-10-2026 Verplaatst naar ' +
          'Telefonisch interview',
      },
      { kind: 'paragraph', text: 'Gegenereerd door Recruitee · 2/2' },
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 3_800_000, segment: 'regional_smb' },
    competencies: ['relationship_building'],
  },
  {
    id: 'nl-h26-20-word-sjabloon-voettekst-regioverantwoordelijke-ramen-deuren-limburg',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeduizend Twintig',
    nameLine: 'CURRICULUM VITAE – Kandidaat Tweeduizend Twintig',
    email: 'k.twintig2020@example.com',
    phone: '0495 38 17 62',
    contactLines: ['3700 Tongeren', 'Geboren op 28/02/1983'],
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleidingen',
      courses: 'Bijscholing',
      skills: 'Sterktes',
      languages: 'Talen',
    },
    profile: [
      'Schrijnwerker van opleiding, al twaalf jaar in de verkoop van ramen en deuren. Ik begeleid dealers en ' +
        'aannemers in Limburg en de provincie Antwerpen, van offerte tot nazorg op de werf.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Regioverantwoordelijke',
        'Ramen Vanhoutte NV',
        '2019-01',
        null,
        true,
        'sinds januari 2019',
        [
          'een 75-tal vaste klanten in Limburg en de provincie Antwerpen: 45 dealers en 30 aannemers',
          'omzet 2025: 6,2 miljoen euro',
          'prijsafspraken en projectofferten met de zaakvoerders, die zelf beslissen met welke fabrikant ze werken',
          'opleiding van nieuwe dealers in onze showroom',
        ],
        'Izegem',
      ),
      job(
        'Verkoopadviseur showroom',
        'Ramen Vanhoutte NV',
        '2014',
        '2018',
        true,
        '2014 – 2018',
        ['advies en verkoop aan particulieren in de showroom van Hasselt'],
        'Hasselt',
      ),
      job(
        'Schrijnwerker',
        'Schrijnwerkerij Claes BV',
        '2001',
        '2014',
        false,
        '2001 – 2014',
        ['plaatsing van ramen, deuren en trappen'],
        'Bilzen',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Kandidaat Tweeduizend Twintig – CV – pagina 1/2' }],
    education: [
      edu('bachelor', 'Bachelor Bedrijfsmanagement (avondonderwijs) – PXL, Hasselt – 2012 - 2016', {
        field: 'Bedrijfsmanagement',
        institution: 'PXL',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('secondary', 'TSO Houttechnieken – Technisch Instituut Sint-Lutgardis, Tongeren – 1995 - 2001', {
        field: 'Houttechnieken',
        institution: 'Technisch Instituut Sint-Lutgardis',
        startYear: 1995,
        endYear: 2001,
      }),
    ],
    courses: [
      named('Veilig werken op hoogte', 'Veilig werken op hoogte (2010)'),
      named('Verkoopgesprekken voeren', 'Verkoopgesprekken voeren – Syntra Limburg (2014)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('en', 'A2', 'Engels: basis'),
    ],
    skills: ['Technisch inzicht', 'Klantgericht', 'Overtuigend'],
    closing: [{ kind: 'paragraph', text: 'Kandidaat Tweeduizend Twintig – CV – pagina 2/2' }],
    clientBase: { activeAccounts: 75, annualRevenueEur: 6_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'persuasiveness'],
  },
  {
    id: 'nl-h26-21-stepstone-profiel-account-manager-coatinggrondstoffen-benelux',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeduizend Eenentwintig',
    nameLine: 'StepStone – Profiel\nKandidaat Tweeduizend Eenentwintig',
    email: 'kandidaat2021@example.org',
    phone: '06 83 15 27 49',
    contactLines: ['Capelle aan den IJssel'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Huidige functie', 'Account Manager Coatings & Construction'],
          ['Carrièreniveau', 'Ervaren professional (zonder leidinggevende functie)'],
          ['Ervaring', '10-15 jaar'],
          ['Gewenst salaris', '€ 80.000 – € 90.000 per jaar'],
          ['Mobiliteit', 'Benelux, bereid tot reizen'],
        ],
      },
    ],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Chemicus met zestien jaar ervaring in verf en coatings, eerst in het lab en de technische service, sinds 2021 ' +
        'in de verkoop. Ik lever grondstoffen (harsen, pigmenten, additieven) aan verf- en lijmproducenten in de ' +
        'Benelux.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Account Manager Coatings & Construction',
          'ChemDistri Benelux B.V.',
          '2021-03',
          null,
          true,
          '03.2021 – heden',
          [
            '28 klanten in de Benelux: verf-, lijm- en kitproducenten',
            'Omzet 2025: € 16 miljoen',
            'Jaarcontracten en projecten met inkoopmanagers, die over de leverancier beslissen, en R&D-managers',
          ],
        ),
        lines: ['03.2021 – heden | Account Manager Coatings & Construction | ChemDistri Benelux B.V., Rotterdam'],
      },
      {
        ...job(
          'Technical Service Chemist',
          'Verffabriek Van der Lugt B.V.',
          '2014-05',
          '2021-02',
          false,
          '05.2014 – 02.2021',
          ['Klantproblemen oplossen in het lab en bij de klant, samen met de accountmanagers'],
        ),
        lines: ['05.2014 – 02.2021 | Technical Service Chemist | Verffabriek Van der Lugt B.V., Sassenheim'],
      },
      {
        ...job('Laborant', 'Verffabriek Van der Lugt B.V.', '2010-08', '2014-04', false, '08.2010 – 04.2014'),
        lines: ['08.2010 – 04.2014 | Laborant | Verffabriek Van der Lugt B.V., Sassenheim'],
      },
    ],
    education: [
      edu('hbo', 'HLO Chemie (bachelor), Hogeschool Rotterdam, 2006 – 2010', {
        field: 'Chemie',
        institution: 'Hogeschool Rotterdam',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B2', 'Duits – goed'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Technisch-commercieel', 'Analytisch', 'SAP', 'REACH en veiligheidsinformatiebladen'],
    closing: [{ kind: 'paragraph', text: 'Profiel laatst bijgewerkt: 27.09.2026 · Zichtbaar voor recruiters: ja' }],
    clientBase: { activeAccounts: 28, annualRevenueEur: 16_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'sales'],
  },
  {
    id: 'nl-h26-22-cvmaker-starter-accountmanager-zakelijke-telefonie-enschede',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeduizend Tweeëntwintig',
    email: 'tweeduizend22@example.com',
    phone: '06-29834107',
    afterContact: [
      { kind: 'heading', text: 'Personalia' },
      {
        kind: 'table',
        rows: [
          ['Naam', 'Kandidaat Tweeduizend Tweeëntwintig'],
          ['Woonplaats', 'Enschede'],
          ['Geboortedatum', '17-03-2001'],
          ['Geboorteplaats', 'Hengelo'],
          ['Nationaliteit', 'Nederlandse'],
          ['Rijbewijs', 'B'],
          ['LinkedIn', 'linkedin.example.com/in/kandidaat2022'],
        ],
      },
    ],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Jonge accountmanager bij een aanbieder van zakelijke telefonie en internet. Ik combineer nieuwe klanten bellen ' +
        'met het beheren van een eigen portefeuille en wil doorgroeien naar grotere klanten.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager',
        'TwenteTel B.V.',
        '2024-01',
        null,
        true,
        'jan 2024 - heden',
        [
          'Eigen portefeuille van ongeveer 180 mkb-klanten in Overijssel en Gelderland',
          'Maandelijks terugkerende omzet op mijn klanten: € 41.000',
          'Mijn klanten zijn ondernemers die zelf beslissen over hun telefonie: installatiebedrijven, garages en ' +
            'winkels',
        ],
        'Hengelo',
      ),
      job(
        'Klantenservicemedewerker',
        'TwenteTel B.V.',
        '2023-09',
        '2023-12',
        false,
        'sep 2023 - dec 2023',
        ['Inwerkperiode op de klantenservice'],
        'Hengelo',
      ),
      job(
        'Verkoopmedewerker',
        'Mobiel Centrum Enschede',
        '2019-09',
        '2023-08',
        true,
        'sep 2019 - aug 2023',
        ['Verkoop van abonnementen en toestellen, parttime naast mijn studie'],
        'Enschede',
      ),
    ],
    education: [
      edu('hbo', 'HBO Bedrijfskunde – Saxion, Enschede (2019 - 2023)', {
        field: 'Bedrijfskunde',
        institution: 'Saxion',
        startYear: 2019,
        endYear: 2023,
      }),
      edu('havo', 'HAVO – Hengelo’s College, Hengelo (2013 - 2019)', {
        institution: 'Hengelo’s College',
        startYear: 2013,
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands - Moedertaal'),
      lang('en', 'B2', 'Engels - Goed'),
      lang('de', 'B1', 'Duits - Redelijk'),
    ],
    skills: ['Telefonisch verkopen', 'Klantgericht', 'Teamspeler', 'Office 365, Salesforce'],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      { kind: 'paragraph', text: 'Voetbal (trainer JO13 bij mijn club), gamen' },
      { kind: 'heading', text: 'Referenties' },
      { kind: 'paragraph', text: 'Op aanvraag' },
      { kind: 'paragraph', text: 'Gemaakt met CVmaker' },
    ],
    clientBase: { activeAccounts: 180, annualRevenueEur: 492_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'sales', 'teamwork'],
  },
  {
    id: 'nl-h26-23-linkedin-export-export-sales-manager-chocolade-gent-loopbaanonderbreking',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeduizend Drieëntwintig',
    email: 'k2023.export@example.net',
    phone: '+32 476 93 05 18',
    contactLines: ['www.linkedin.example.com/in/kandidaat2023 (LinkedIn)'],
    tagline:
      'Export Sales Manager bij Chocolaterie Vandevelde | Belgische chocolade voor retail en foodservice\n' +
      'Gent, Vlaams Gewest, België',
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
      'Ik breng Belgische chocolade naar supermarkten, warenhuizen en groothandels in Noord- en West-Europa. Als ' +
        'Export Sales Manager beheer ik 24 importeurs en retailketens in Duitsland, Frankrijk, het Verenigd ' +
        'Koninkrijk en Scandinavië, samen goed voor € 12 miljoen omzet in 2025. Mijn gesprekspartners zijn de ' +
        'inkopers en category managers die over de listings beslissen. Daarvoor was ik Area Sales Manager Benelux, ' +
        'en ik begon in marketing bij een koekjesfabrikant.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Export Sales Manager',
          'Chocolaterie Vandevelde NV',
          '2020-09',
          null,
          true,
          'september 2020 - heden (6 jaar 3 maanden)',
        ),
        lines: [
          'Chocolaterie Vandevelde NV',
          '9 jaar 10 maanden',
          'Export Sales Manager',
          'september 2020 - heden (6 jaar 3 maanden)',
          'Gent, Vlaams Gewest, België',
          'Beurzen (ISM Keulen, SIAL Parijs), jaarafspraken en private label-tenders.',
        ],
      },
      {
        ...job(
          'Area Sales Manager Benelux',
          'Chocolaterie Vandevelde NV',
          '2017-02',
          '2020-08',
          true,
          'februari 2017 - augustus 2020 (3 jaar 7 maanden)',
        ),
        lines: [
          'Area Sales Manager Benelux',
          'februari 2017 - augustus 2020 (3 jaar 7 maanden)',
          'Gent, Vlaams Gewest, België',
          'Supermarkten en speciaalzaken in België, Nederland en Luxemburg.',
          'Pagina 1 van 3',
          'Carrièreonderbreking',
          'Reizen',
          'oktober 2016 - januari 2017 (4 maanden)',
          'Vier maanden rondreizen door Zuid-Amerika en Zuidoost-Azië.',
        ],
      },
      {
        ...job(
          'Junior Brand Manager',
          'Koekjesfabriek De Molen NV',
          '2013-09',
          '2016-09',
          false,
          'september 2013 - september 2016 (3 jaar 1 maand)',
        ),
        lines: [
          'Koekjesfabriek De Molen NV',
          'Junior Brand Manager',
          'september 2013 - september 2016 (3 jaar 1 maand)',
          'Lokeren, Vlaams Gewest, België',
          'Pagina 2 van 3',
        ],
      },
    ],
    education: [
      edu('master', 'Universiteit Gent\nMaster of Science in de handelswetenschappen, Marketing · (2008 - 2013)', {
        field: 'Marketing',
        institution: 'Universiteit Gent',
        startYear: 2008,
        endYear: 2013,
      }),
      edu('secondary', 'Heilig-Hartcollege Gent\nSecundair onderwijs, Economie-Wiskunde · (2002 - 2008)', {
        field: 'Economie-Wiskunde',
        institution: 'Heilig-Hartcollege Gent',
        startYear: 2002,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('Certified Export Specialist')],
    languages: [
      lang('nl', 'native', 'Nederlands (Moedertaal of tweetalig)'),
      lang('fr', 'C1', 'Frans (Volledige professionele vaardigheid)'),
      lang('en', 'C1', 'Engels (Volledige professionele vaardigheid)'),
      lang('de', 'B2', 'Duits (Professionele werkvaardigheid)'),
    ],
    skills: ['Export', 'Key Account Management', 'Onderhandelen'],
    closing: [{ kind: 'paragraph', text: 'Pagina 3 van 3' }],
    clientBase: { activeAccounts: 24, annualRevenueEur: 12_000_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h26-24-europass-2013-pdf-tekst-accountmanager-technische-groothandel-twente',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeduizend Vierentwintig',
    nameLine: 'Europass\ncurriculum vitae\n\nPERSOONLIJKE INFORMATIE Kandidaat Tweeduizend Vierentwintig',
    email: 'k2024.europass@example.com',
    phone: '+31 6 12837459',
    contactLines: ['Hengelo (Nederland)'],
    afterContact: [
      { kind: 'paragraph', text: 'Geslacht Man | Geboortedatum 04/07/1982 | Nationaliteit Nederlandse' },
      { kind: 'paragraph', text: 'GEWENSTE BAAN Accountmanager industrie / Key accountmanager' },
    ],
    headings: {
      work: 'WERKERVARING',
      education: 'OPLEIDING EN SCHOLING',
      courses: 'Cursussen',
      languages: 'PERSOONLIJKE VAARDIGHEDEN',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Accountmanager industrie',
          'Technische Groothandel Twente B.V.',
          '2016-03',
          null,
          true,
          '01/03/2016–heden',
        ),
        lines: [
          '01/03/2016–heden Accountmanager industrie',
          'Technische Groothandel Twente B.V., Hengelo (Nederland)',
          '▪ bezoek aan circa 95 industriële klanten in Twente en de Achterhoek (machinebouw, voedingsmiddelen, metaal)',
          '▪ omzet 2019: € 4,1 miljoen in bevestigingsmiddelen, gereedschap en persoonlijke beschermingsmiddelen',
          '▪ voorraadbeheer op locatie (vendor managed inventory) en jaarafspraken met onderhoudschefs en inkopers',
          'Type bedrijf of sector Groothandel in technische producten',
        ],
      },
      {
        ...job(
          'Verkoper binnendienst',
          'Technische Groothandel Twente B.V.',
          '2011-09',
          '2016-02',
          true,
          '01/09/2011–29/02/2016',
        ),
        lines: [
          '01/09/2011–29/02/2016 Verkoper binnendienst',
          'Technische Groothandel Twente B.V., Hengelo (Nederland)',
          '▪ telefonische verkoop, offertes en orders; balieverkoop aan monteurs',
          '© Europese Unie, 2002-2019 | europass.cedefop.europa.eu Pagina 1 / 2',
          'Curriculum vitae Kandidaat Tweeduizend Vierentwintig',
        ],
      },
      {
        ...job(
          'Onderhoudsmonteur',
          'Textielfabriek Ter Haar B.V.',
          '2003-08',
          '2011-08',
          false,
          '01/08/2003–31/08/2011',
        ),
        lines: [
          '01/08/2003–31/08/2011 Onderhoudsmonteur',
          'Textielfabriek Ter Haar B.V., Enschede (Nederland)',
          '▪ storingen en preventief onderhoud aan weefmachines',
        ],
      },
    ],
    education: [
      edu('mbo 4', '1999–2003 MBO niveau 4 Werktuigbouwkunde EQF-niveau 4\nROC van Twente, Hengelo (Nederland)', {
        field: 'Werktuigbouwkunde',
        institution: 'ROC van Twente',
        startYear: 1999,
        endYear: 2003,
      }),
    ],
    courses: [named('Technisch verkopen', 'Technisch verkopen – NCOI (2012)')],
    certifications: [],
    languages: [lang('nl', 'native', 'Moedertaal Nederlands'), lang('en', 'B2', 'Engels'), lang('de', 'B2', 'Duits')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal Nederlands' },
      { kind: 'paragraph', text: 'Andere talen BEGRIJPEN SPREKEN SCHRIJVEN' },
      { kind: 'paragraph', text: 'Luisteren Lezen Interactie Productie' },
      { kind: 'paragraph', text: 'Engels C1 C1 B2 B2 B2' },
      { kind: 'paragraph', text: 'Duits B2 B2 B1 B2 A2' },
      {
        kind: 'paragraph',
        text:
          'Niveaus: A1 en A2: Basisgebruiker - B1 en B2: Onafhankelijk gebruiker - C1 en C2: Vaardig gebruiker\n' +
          'Gemeenschappelijk Europees Referentiekader voor Talen',
      },
    ],
    skills: [],
    closing: [
      {
        kind: 'paragraph',
        text:
          'Communicatieve vaardigheden ▪ communicatief sterk, opgedaan als verkoper binnendienst en als ' +
          'accountmanager bij industriële klanten',
      },
      {
        kind: 'paragraph',
        text:
          'Organisatorische / leidinggevende vaardigheden ▪ plannen van mijn eigen klantbezoeken en van de ' +
          'voorraadrondes bij klanten',
      },
      {
        kind: 'paragraph',
        text: 'Beroepsvaardigheden ▪ technische kennis van bevestigingstechniek, hydrauliek en pneumatiek',
      },
      {
        kind: 'paragraph',
        text:
          'Digitale vaardigheden ZELFBEOORDELING\nInformatieverwerking Communicatie Contentcreatie Veiligheid ' +
          'Probleemoplossing\nOnafhankelijk gebruiker Onafhankelijk gebruiker Basisgebruiker Basisgebruiker ' +
          'Onafhankelijk gebruiker\nDigitale vaardigheden - Zelfbeoordelingsschema\n▪ ERP (Exact), Microsoft Office',
      },
      { kind: 'paragraph', text: 'Rijbewijs B, BE' },
      { kind: 'paragraph', text: 'AANVULLENDE INFORMATIE' },
      { kind: 'paragraph', text: 'Certificaten ▪ VCA VOL (geldig tot 2021)' },
      { kind: 'paragraph', text: '© Europese Unie, 2002-2019 | europass.cedefop.europa.eu Pagina 2 / 2' },
    ],
    clientBase: { activeAccounts: 95, annualRevenueEur: 4_100_000, segment: 'regional_smb' },
    competencies: ['communication', 'organisation'],
  },
  {
    id: 'nl-h26-25-word-sjabloon-zijbalk-accountmanager-fietsdealers-almere-lege-placeholder',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Tweeduizend Vijfentwintig',
    tagline: 'Accountmanager dealers | Fietsbranche',
    email: 'k2025.fiets@example.net',
    phone: '06 31 74 59 28',
    contactLines: ['⌂ Almere', '🔗 linkedin.example.com/in/kandidaat2025'],
    afterContact: [
      { kind: 'heading', text: 'Doel', column: 'side' },
      {
        kind: 'paragraph',
        text: 'Een volgende stap als key accountmanager bij een fietsmerk of groothandel.',
        column: 'side',
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Ervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Fietstechnicus die de winkel en de werkplaats van binnen kent en nu dealers begeleidt voor een importeur van ' +
        'e-bikes en stadsfietsen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager dealers',
        'Velo Import Nederland B.V.',
        '2021-04',
        null,
        true,
        'april 2021 – heden',
        [
          '85 fietsspeciaalzaken in Noord-Holland, Flevoland en Utrecht',
          'Sell-in 2025: € 7,4 miljoen (ca. 4.600 e-bikes)',
          'Voorjaarsorders, showroomindeling en acties met de eigenaren, die zelf hun merken kiezen',
          'Technische trainingen voor de werkplaatsmedewerkers van dealers',
        ],
        'Almere',
      ),
      job(
        'Werkplaatschef',
        'Fietsplaza Almere',
        '2017-03',
        '2021-03',
        false,
        'maart 2017 – maart 2021',
        ['Leiding over 6 monteurs, reparaties inplannen en garantieclaims afhandelen'],
        'Almere',
      ),
      job(
        'Verkoper',
        'Fietsplaza Almere',
        '2012-08',
        '2017-02',
        true,
        'augustus 2012 – februari 2017',
        ['Advies en verkoop van e-bikes en stadsfietsen; proefritten en inruil'],
        'Almere',
      ),
    ],
    afterJobs: [
      { kind: 'paragraph', text: '[Functie] • [Bedrijf] • [Datums van – tot]' },
      {
        kind: 'paragraph',
        text:
          '[Beschrijf hier je verantwoordelijkheden, je leiderschap en je belangrijkste prestaties. Gebruik geen ' +
          'lange lijsten; wees selectief.]',
      },
    ],
    education: [
      edu('mbo 3', 'MBO 3 Eerste Fietstechnicus – ROC Flevoland, Almere (2009 – 2012)', {
        field: 'Eerste Fietstechnicus',
        institution: 'ROC Flevoland',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'B1', 'Duits: redelijk'),
    ],
    skills: ['Commercieel', 'Technisch inzicht', 'Relatiebeheer'],
    closing: [
      { kind: 'heading', text: 'Hobby’s', column: 'side' },
      { kind: 'paragraph', text: 'Mountainbiken, vissen', column: 'side' },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 7_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'sales'],
  },
  {
    id: 'nl-h26-26-actiris-cv-account-manager-bedrijfscatering-brussel-franstalig',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeduizend Zesentwintig',
    nameLine: 'Actiris – Mijn cv\nKandidaat Tweeduizend Zesentwintig',
    email: 'kandidaat.2026@example.org',
    phone: '0485 62 31 97',
    contactLines: ['1080 Sint-Jans-Molenbeek'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Ingeschreven als werkzoekende sinds', '01/09/2026'],
          ['Gezochte beroepen', 'Account manager – Commercieel afgevaardigde – Key account manager'],
          ['Taal van het dossier', 'Nederlands'],
        ],
      },
    ],
    headings: {
      profile: 'Mijn profiel',
      work: 'Beroepservaring',
      education: 'Studies en diploma’s',
      skills: 'Competenties',
      languages: 'Talenkennis',
    },
    profile: [
      'Franstalige Brusselaar die al twaalf jaar in het Nederlands en het Frans werkt. Mijn contract als account ' +
        'manager liep eind augustus 2026 af na de verkoop van de cateringactiviteiten van mijn werkgever. Ik zoek ' +
        'een commerciële job in Brussel of de Rand.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Account Manager',
        'Brussels Food Services NV',
        '2019-09',
        '2026-08',
        true,
        'van september 2019 tot augustus 2026',
        [
          '38 bedrijfsrestaurants en instellingen in Brussel en Halle-Vilvoorde (kantoren, scholen, rusthuizen)',
          'omzet 2025: € 9,8 miljoen',
          'contracten en prijsherzieningen met de facility directors, die beslissen over de keuze van de cateraar',
          '2,1 miljoen maaltijden per jaar',
        ],
        'Anderlecht',
      ),
      job(
        'Commercieel bediende',
        'Brussels Food Services NV',
        '2016-03',
        '2019-08',
        true,
        'van maart 2016 tot augustus 2019',
        ['offertes voor events en vergaderingen, telefonische verkoop aan bestaande klanten'],
        'Anderlecht',
      ),
      job(
        'Kelner',
        'Brasserie La Verrière',
        '2012-06',
        '2016-02',
        false,
        'van juni 2012 tot februari 2016',
        [],
        'Brussel',
      ),
    ],
    education: [
      edu(
        'bachelor',
        'Professionele bachelor Marketing (Bachelier en Marketing) – Haute École de Bruxelles-Capitale – 2009 - 2012',
        { field: 'Marketing', institution: 'Haute École de Bruxelles-Capitale', startYear: 2009, endYear: 2012 },
      ),
      edu(
        'secondary',
        'CESS (Certificat d’enseignement secondaire supérieur) – Athénée Molenbeek-Centre – 2003 - 2009',
        { institution: 'Athénée Molenbeek-Centre', startYear: 2003, endYear: 2009 },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('fr', 'native', 'Frans: moedertaal'),
      lang('nl', 'C1', 'Nederlands: zeer goed (C1)'),
      lang('en', 'B2', 'Engels: goed (B2)'),
      lang('ar', 'A2', 'Arabisch: basis (gesproken)'),
    ],
    skills: ['Commercieel onderhandelen', 'Klantgerichtheid', 'Tweetalig werken (FR/NL)'],
    closing: [
      { kind: 'paragraph', text: 'Rijbewijs: B' },
      { kind: 'paragraph', text: 'Dit cv werd gegenereerd via Mijn Actiris op 15/10/2026 – pagina 1/1' },
    ],
    clientBase: { activeAccounts: 38, annualRevenueEur: 9_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'sales'],
  },
];

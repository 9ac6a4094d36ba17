import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The fifteenth held-out set's Dutch CVs: twenty-six CVs from the Netherlands and Flanders, written without
 * reading the reader, most of them in layouts a simple reader gets wrong: a newer Europass with per-skill
 * language lines and an older one with a label table per job, a LinkedIn PDF export and a LinkedIn profile
 * pasted as text, a career in prose, a functional CV, work tables with their columns in unusual orders and
 * headers, CVs mixing Dutch with German or English, long careers in employer-first one-liners, a CV with its
 * languages and studies at the top, headings without the usual words. About a third are plain.
 */
export const HELD_OUT_15_NL: CvSource[] = [
  {
    id: 'nl-h15-01-europass-kam-apotheekgroepen-mechelen',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negenhonderd Een',
    email: 'kandidaat901@example.com',
    phone: '(+32) 478 21 93 06',
    contactLines: [
      'Adres: Kapucijnenvoer 7, 2800 Mechelen (België)',
      'Nationaliteit: Belgische',
      'Geboortedatum: 14/06/1991',
    ],
    headings: {
      work: 'WERKERVARING',
      education: 'ONDERWIJS EN OPLEIDING',
      courses: 'CURSUSSEN',
      skills: 'BEROEPSVAARDIGHEDEN',
      languages: 'TAALVAARDIGHEDEN',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'KEY ACCOUNT MANAGER APOTHEEKGROEPEN',
          'Pharmavie Belgium NV',
          '2021-10',
          null,
          true,
          '01/10/2021 – HUIDIG',
        ),
        lines: [
          '01/10/2021 – HUIDIG  Mechelen, België',
          'KEY ACCOUNT MANAGER APOTHEEKGROEPEN',
          'Pharmavie Belgium NV',
          'Ik beheer de apotheekgroepen en coöperaties voor onze zelfzorglijn: 9 groepen in heel België, samen ' +
            'een 380-tal apotheken. Jaaromzet van mijn accounts in 2025: € 12,5 mio. De listing- en ' +
            'promotieafspraken maak ik met de aankoopdirecteurs, die over het assortiment beslissen.',
          'Bedrijf of sector: Farmaceutische industrie (OTC en zelfzorg)',
        ],
      },
      {
        ...job('MEDISCH AFGEVAARDIGDE', 'Pharmavie Belgium NV', '2016-03', '2021-09', true, '01/03/2016 – 30/09/2021'),
        lines: [
          '01/03/2016 – 30/09/2021  Antwerpen, België',
          'MEDISCH AFGEVAARDIGDE',
          'Pharmavie Belgium NV',
          'Bezoek aan huisartsen en officina-apothekers in de provincie Antwerpen voor de zelfzorglijn ' +
            '(pijnstilling, allergie, vitaminen).',
        ],
      },
      {
        ...job('APOTHEKERSASSISTENTE', 'Apotheek Verbist', '2013-09', '2016-02', false, '01/09/2013 – 29/02/2016'),
        lines: [
          '01/09/2013 – 29/02/2016  Lier, België',
          'APOTHEKERSASSISTENTE',
          'Apotheek Verbist',
          'Aflevering van geneesmiddelen, advies aan de toog, bestellingen en voorraadbeheer.',
        ],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'VRIJWILLIGERSWERK' },
      { kind: 'paragraph', text: '01/2019 – HUIDIG  Mechelen, België\nBESTUURSLID\nGezinsbond, afdeling Mechelen' },
    ],
    education: [
      edu(
        'bachelor',
        '2014 – 2018  Mechelen, België\nPROFESSIONELE BACHELOR IN HET BEDRIJFSMANAGEMENT (avond- en afstandsonderwijs)\n' +
          'Thomas More Mechelen\nNiveau in het EKK: EQF-niveau 6',
        { field: 'Bedrijfsmanagement', institution: 'Thomas More Mechelen', startYear: 2014, endYear: 2018 },
      ),
      edu(
        'secondary',
        '2007 – 2013  Lier, België\nSECUNDAIR ONDERWIJS TSO, FARMACEUTISCH-TECHNISCH ASSISTENT (7DE JAAR APOTHEEKASSISTENT)\n' +
          'Sint-Ursula-Instituut Lier',
        {
          field: 'Farmaceutisch-technisch assistent',
          institution: 'Sint-Ursula-Instituut Lier',
          startYear: 2007,
          endYear: 2013,
        },
      ),
    ],
    courses: [named('Key Account Management', 'Key Account Management – Vlerick Business School [ 2022 ]')],
    certifications: [],
    languages: [lang('nl', 'native', 'NEDERLANDS'), lang('fr', 'C1', 'FRANS'), lang('en', 'B2', 'ENGELS')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal/-talen: NEDERLANDS' },
      { kind: 'paragraph', text: 'Andere talen:' },
      { kind: 'paragraph', text: 'FRANS' },
      { kind: 'paragraph', text: 'Luisteren C1   Lezen C1   Schrijven B2' },
      { kind: 'paragraph', text: 'Gesproken productie B2   Gesproken interactie C1' },
      { kind: 'paragraph', text: 'ENGELS' },
      { kind: 'paragraph', text: 'Luisteren B2   Lezen B2   Schrijven B1' },
      { kind: 'paragraph', text: 'Gesproken productie B2   Gesproken interactie B1' },
    ],
    skills: [
      'Onderhandelen met aankoopdirecteurs over jaarakkoorden en promotieplannen',
      'Sell-out-rapportage (IQVIA, Excel)',
      'Microsoft Dynamics 365',
    ],
    closing: [
      { kind: 'heading', text: 'RIJBEWIJS' },
      { kind: 'paragraph', text: 'Rijbewijs: B' },
    ],
    clientBase: { activeAccounts: 9, annualRevenueEur: 12_500_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h15-02-europass-oud-accountmanager-zeevracht-rotterdam',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Negenhonderd Twee',
    nameLine: 'Europass Curriculum Vitae',
    email: 'europass.902@example.org',
    phone: '+31 (0)6 5214 7730',
    afterContact: [
      { kind: 'heading', text: 'Persoonlijke informatie' },
      {
        kind: 'table',
        rows: [
          ['Voornaam / Achternaam', 'Kandidaat Negenhonderd Twee'],
          ['Adres', 'Schiedamseweg 212, 3025 AK Rotterdam (Nederland)'],
          ['Telefoon', '010 - 476 33 81 (thuis)'],
          ['Nationaliteit', 'Nederlandse'],
          ['Geboortedatum', '23/02/1982'],
        ],
      },
      { kind: 'heading', text: 'Gewenste functie / beroepsgebied' },
      { kind: 'paragraph', text: 'Key accountmanager zeevracht en logistiek' },
    ],
    headings: {
      work: 'Werkervaring',
      education: 'Onderwijs en opleiding',
      certifications: 'Certificaten',
      skills: 'Sociale en organisatorische vaardigheden en competenties',
      languages: 'Persoonlijke vaardigheden en competenties',
    },
    profile: [],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Data',
      title: 'Functie of positie',
      employer: 'Naam en adres van de werkgever',
      duties: 'Voornaamste taken en verantwoordelijkheden',
    },
    jobs: [
      job(
        'Accountmanager Zeevracht',
        'Rijnmond Cargo Services B.V.',
        '2017-04',
        null,
        true,
        '01/04/2017 → heden',
        [
          'Beheer van 45 vaste verladers (import en export) in Rotterdam-Rijnmond en West-Brabant',
          'Tarieven en jaarcontracten met de supply-chain directeuren en inkoopmanagers die de vrachten gunnen',
          'Vrachtomzet uit mijn portefeuille in 2025: € 6,8 mln',
          'Rijnmond Cargo Services: 310 medewerkers, omzet € 140 mln',
        ],
        'Waalhaven Z.z. 44, Rotterdam – Soort onderneming of sector: zeevracht en expeditie',
      ),
      job(
        'Operationeel planner',
        'Rijnmond Cargo Services B.V.',
        '2012-09',
        '2017-03',
        false,
        '09/2012 – 03/2017',
        ['Planning van containervervoer over de weg en per binnenvaart', 'Dagelijkse aansturing van 12 charters'],
        'Waalhaven Z.z. 44, Rotterdam – Soort onderneming of sector: zeevracht en expeditie',
      ),
      job(
        'Douanedeclarant',
        'Havenexpeditie Waalhaven B.V.',
        '2008',
        '2012-08',
        false,
        '2008 – 08/2012',
        ['Aangiften invoer, uitvoer en doorvoer', 'Contact met de Douane en de rederijen'],
        'Rotterdam – Soort onderneming of sector: douane-expeditie',
      ),
    ],
    education: [
      edu(
        'hbo',
        'Data: 2004 – 2008\nBenaming van de kwalificatie: Bachelor Logistiek en Economie (hbo)\n' +
          'Naam en type onderwijsinstelling: Hogeschool Rotterdam\n' +
          'Niveau in nationale of internationale classificatie: ISCED 5A',
        { field: 'Logistiek en Economie', institution: 'Hogeschool Rotterdam', startYear: 2004, endYear: 2008 },
      ),
      edu(
        'havo',
        'Data: 1998 – 2003\nBenaming van de kwalificatie: HAVO-diploma (profiel Economie en Maatschappij)\n' +
          'Naam en type onderwijsinstelling: Wolfert van Borselen, Rotterdam',
        { institution: 'Wolfert van Borselen', startYear: 1998, endYear: 2003 },
      ),
    ],
    courses: [],
    certifications: [
      named('Certificaat IMDG-code', 'Certificaat IMDG-code (gevaarlijke stoffen over zee), 2015, hernieuwd 2024'),
    ],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'C1', 'Engels'), lang('de', 'B1', 'Duits')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal: Nederlands' },
      { kind: 'paragraph', text: 'Andere talen – Zelfbeoordeling, Europees niveau (*)' },
      {
        kind: 'table',
        header: [
          '',
          'Begrijpen: luisteren',
          'Begrijpen: lezen',
          'Spreken: interactie',
          'Spreken: productie',
          'Schrijven',
        ],
        rows: [
          [
            'Engels',
            'C1 Vaardig gebruiker',
            'C1 Vaardig gebruiker',
            'C1 Vaardig gebruiker',
            'B2 Onafhankelijk gebruiker',
            'B2 Onafhankelijk gebruiker',
          ],
          [
            'Duits',
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
      'Goed in plannen onder tijdsdruk, opgedaan als operationeel planner',
      'Teamspeler; dagelijkse samenwerking met douane, rederijen en terminals',
    ],
    closing: [
      { kind: 'heading', text: 'Aanvullende informatie' },
      {
        kind: 'paragraph',
        text: 'IATA DGR-certificaat (categorie 3) behaald in 2017, verlopen in 2021 en niet verlengd. Rijbewijs B.',
      },
    ],
    clientBase: { activeAccounts: 45, annualRevenueEur: 6_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'teamwork'],
  },
  {
    id: 'nl-h15-03-linkedin-pdf-accountmanager-mkb-telecom-brabant',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Negenhonderd Drie',
    email: 'telecom903@example.net',
    phone: '06 19374420',
    contactLines: ['www.linkedin.example.com/in/kandidaat903 (LinkedIn)'],
    tagline:
      'Senior Accountmanager MKB bij TeleNed Zakelijk | Telefonie, glasvezel en cloudwerkplekken\n' +
      "'s-Hertogenbosch, Noord-Brabant, Nederland",
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
      'Al zeven jaar help ik mkb-ondernemers in Noord-Brabant en Zeeland met hun telefonie, glasvezel en ' +
        'werkplekken in de cloud. Mijn portefeuille telt 210 bedrijven met 5 tot 100 medewerkers, samen goed voor ' +
        '€ 1,9 miljoen omzet per jaar. Ik spreek vrijwel altijd met de directeur-eigenaar zelf. Ons team van elf ' +
        'accountmanagers heeft voor 2026 een target van € 14 miljoen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Accountmanager MKB',
          'TeleNed Zakelijk B.V.',
          '2022-10',
          null,
          true,
          'oktober 2022 - heden (4 jaar 2 maanden)',
        ),
        lines: [
          'TeleNed Zakelijk B.V.',
          '7 jaar 2 maanden',
          'Senior Accountmanager MKB',
          'oktober 2022 - heden (4 jaar 2 maanden)',
          "'s-Hertogenbosch, Noord-Brabant, Nederland",
          'Eigen portefeuille van 210 mkb-klanten: contractverlengingen, overstap naar glasvezel en cloudtelefonie.',
        ],
      },
      {
        ...job(
          'Accountmanager MKB',
          'TeleNed Zakelijk B.V.',
          '2019-10',
          '2022-09',
          true,
          'oktober 2019 - september 2022 (3 jaar)',
        ),
        lines: [
          'Accountmanager MKB',
          'oktober 2019 - september 2022 (3 jaar)',
          'Breda, Noord-Brabant, Nederland',
          'Nieuwe klanten in West-Brabant en Zeeland; 118% van target in 2021.',
        ],
      },
      {
        ...job(
          'Inside Sales Medewerker',
          'Belwinkel Direct B.V.',
          '2017-02',
          '2019-09',
          true,
          'februari 2017 - september 2019 (2 jaar 8 maanden)',
        ),
        lines: [
          'Belwinkel Direct B.V.',
          'Inside Sales Medewerker',
          'februari 2017 - september 2019 (2 jaar 8 maanden)',
          'Tilburg, Noord-Brabant, Nederland',
          'Telefonische verkoop van zakelijke abonnementen aan zzp’ers en kleine bedrijven.',
        ],
      },
      {
        ...job(
          'Medewerker Klantenservice',
          'Mobiel Servicecentrum Tilburg',
          '2015-08',
          '2017-01',
          false,
          'augustus 2015 - januari 2017 (1 jaar 6 maanden)',
        ),
        lines: [
          'Mobiel Servicecentrum Tilburg',
          'Medewerker Klantenservice',
          'augustus 2015 - januari 2017 (1 jaar 6 maanden)',
          'Tilburg, Noord-Brabant, Nederland',
          'Parttime naast de studie: storingen, facturen en opzeggingen.',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Avans Hogeschool\nBachelor of Business Administration - BBA, Commerciële Economie · (2012 - 2016)',
        {
          field: 'Commerciële Economie',
          institution: 'Avans Hogeschool',
          startYear: 2012,
          endYear: 2016,
        },
      ),
      edu('havo', 'Theresialyceum\nHAVO, Economie en Maatschappij · (2007 - 2012)', {
        institution: 'Theresialyceum',
        startYear: 2007,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('Microsoft 365 Fundamentals')],
    languages: [
      lang('nl', 'native', 'Nederlands (Moedertaal of tweetalig)'),
      lang('en', 'B2', 'Engels (Professionele werkvaardigheid)'),
      lang('de', 'A2', 'Duits (Elementaire vaardigheid)'),
    ],
    skills: ['Relatiebeheer', 'Onderhandelen', 'Koude acquisitie'],
    closing: [{ kind: 'paragraph', text: 'Pagina 1 van 3' }],
    clientBase: { activeAccounts: 210, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h15-04-linkedin-tekst-relatiemanager-zakelijk-zuid-limburg',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negenhonderd Vier',
    email: 'k904.relatiemanager@example.org',
    phone: '+31 6 4820 1173',
    tagline: 'Relatiemanager Zakelijk bij Maasbank | Financiering voor familiebedrijven in Zuid-Limburg',
    contactLines: ['Maastricht, Limburg, Nederland', '500+ connecties'],
    headings: {
      profile: 'Info',
      work: 'Ervaring',
      education: 'Opleiding',
      certifications: 'Licenties en certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik ben het vaste aanspreekpunt voor 95 familiebedrijven en ondernemers in Zuid-Limburg, met een omzet ' +
        'tussen € 2 en € 20 miljoen. Ik spreek vrijwel altijd met de directeur-grootaandeelhouder zelf, over ' +
        'financiering, betalingsverkeer en bedrijfsopvolging. De kredietportefeuille die ik beheer is zo’n € 160 ' +
        'miljoen; het privévermogen dat ik heb doorverwezen naar onze private bankers ruim € 35 miljoen.',
      'Op dit moment volg ik de leergang Bedrijfsfinanciering (NIBE-SVV); het examen staat gepland voor maart 2027.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Relatiemanager Zakelijk', 'Maasbank N.V.', '2021-03', null, true, 'mrt 2021 - heden · 5 jr 9 mnd'),
        lines: [
          'Maasbank N.V.',
          'Fulltime · 6 jr 11 mnd',
          'Relatiemanager Zakelijk',
          'mrt 2021 - heden · 5 jr 9 mnd',
          'Maastricht, Limburg, Nederland · Op locatie',
          'Portefeuille van 95 zakelijke relaties; kredietaanvragen tot € 5 mln bereid ik zelf voor en presenteer ik ' +
            'aan het kredietcomité.',
          'Vaardigheden: Relatiebeheer · Kredietverlening',
        ],
      },
      {
        ...job('Accountmanager MKB', 'Maasbank N.V.', '2020-01', '2021-02', true, 'jan 2020 - feb 2021 · 1 jr 2 mnd'),
        lines: [
          'Accountmanager MKB',
          'jan 2020 - feb 2021 · 1 jr 2 mnd',
          'Heerlen, Limburg, Nederland',
          'Kleinere ondernemers (omzet tot € 2 mln) in Parkstad: rekening, krediet en verzekeringen.',
        ],
      },
      {
        ...job('Kredietanalist', 'Heuvelland Bank', '2014-09', '2019-04', false, 'sep 2014 - apr 2019 · 4 jr 8 mnd'),
        lines: [
          'Loopbaanonderbreking',
          'Mantelzorg',
          'mei 2019 - dec 2019 · 8 mnd',
          'Zorg voor mijn vader na zijn beroerte.',
          'Kredietanalist',
          'Heuvelland Bank · Fulltime',
          'sep 2014 - apr 2019 · 4 jr 8 mnd',
          'Valkenburg, Limburg, Nederland',
          'Analyse van jaarrekeningen en kredietaanvragen van mkb-bedrijven.',
        ],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vrijwilligerswerk' },
      {
        kind: 'paragraph',
        text:
          'Penningmeester\nCarnavalsvereniging De Sjpassmakers\njan 2022 - heden · 4 jr 11 mnd\n' +
          'Financiën en sponsorwerving',
      },
    ],
    education: [
      edu('msc', 'Maastricht University\nMaster of Science - MSc, Financial Economics\n2012 - 2014', {
        field: 'Financial Economics',
        institution: 'Maastricht University',
        startYear: 2012,
        endYear: 2014,
      }),
      edu('bsc', 'Maastricht University\nBachelor of Science - BSc, Economics and Business Economics\n2009 - 2012', {
        field: 'Economics and Business Economics',
        institution: 'Maastricht University',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Basis', 'Wft Basis\nCDFD · Verleend: jan 2020'),
      named('Wft Schadeverzekeringen Zakelijk', 'Wft Schadeverzekeringen Zakelijk\nCDFD · Verleend: jun 2020'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands\nMoedertaal of tweetalig'),
      lang('en', 'C1', 'Engels\nVolledige professionele vaardigheid'),
      lang('de', 'B2', 'Duits\nProfessionele werkvaardigheid'),
      lang('fr', 'A2', 'Frans\nElementaire vaardigheid'),
    ],
    skills: ['Relatiebeheer', 'Kredietanalyse', 'Bedrijfsopvolging'],
    clientBase: { activeAccounts: 95, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'nl-h15-05-proza-teeltadviseur-akkerbouw-zeeland',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negenhonderd Vijf',
    email: 'akkerbouw.905@example.com',
    phone: '06 - 23 81 40 57',
    contactLines: ['Kapelle, Zeeland', 'Geboren op 8 maart 1975'],
    headings: {
      profile: 'Over mij',
      work: 'Mijn werk tot nu toe',
      education: 'Opleiding',
      courses: 'Cursussen',
      certifications: 'Licenties',
      skills: 'Wat mij typeert',
      languages: 'Talen',
    },
    profile: [
      'Zeeuw, zoon van een akkerbouwer, en al dertig jaar aan het werk in de agrarische sector. Ik ben het liefst op ' +
        'het erf of op de akker, met de laarzen aan.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'teeltadviseur akkerbouw',
          'Zeeuwse Akkerbouw Coöperatie',
          '2018-09',
          null,
          true,
          'Sinds september 2018',
        ),
        lines: [
          'Sinds september 2018 ben ik teeltadviseur akkerbouw bij de Zeeuwse Akkerbouw Coöperatie in Goes. Ik ' +
            'verkoop zaaizaad, pootgoed, meststoffen en gewasbeschermingsmiddelen aan 130 akkerbouwers op ' +
            'Zuid-Beveland, Walcheren en Tholen, en adviseer ze over bemesting en gewasbescherming. De telers ' +
            'beslissen zelf wat ze kopen en zaaien; in 2025 namen mijn klanten samen voor € 4,2 miljoen bij ons af. ' +
            'De coöperatie als geheel zet ongeveer € 95 miljoen om.',
        ],
      },
      {
        ...job('bedrijfsleider', 'Loonbedrijf Dekker', '2009', '2018', false, 'van 2009 tot de zomer van 2018'),
        lines: [
          'Daarvoor was ik van 2009 tot de zomer van 2018 bedrijfsleider bij Loonbedrijf Dekker in Kapelle, het ' +
            'loonwerkbedrijf van mijn schoonfamilie: de oogstploegen, het onderhoud van de machines en de ' +
            'contacten met de vaste klanten.',
        ],
      },
      {
        ...job(
          'vertegenwoordiger',
          'Agrarische Handelsonderneming Van Damme',
          '1999',
          '2008',
          true,
          'Van 1999 tot eind 2008',
        ),
        lines: [
          'Van 1999 tot eind 2008 reed ik als vertegenwoordiger voor Agrarische Handelsonderneming Van Damme in ' +
            'Zierikzee langs de akkerbouwers op Schouwen-Duiveland en Goeree-Overflakkee, met kunstmest en zaaizaad.',
        ],
      },
      {
        ...job(
          'magazijnmedewerker',
          'Agrarische Handelsonderneming Van Damme',
          '1996',
          '1999',
          false,
          'van 1996 tot 1999',
        ),
        lines: [
          'Mijn eerste baan, na de MAS en mijn dienstplicht (1994–1995, bij de genie in Wezep), was ' +
            'magazijnmedewerker bij hetzelfde bedrijf, van 1996 tot 1999.',
        ],
      },
    ],
    education: [
      edu('hbo', 'HAS Den Bosch, Agrarische Bedrijfskunde (deeltijd), 2003 – 2007', {
        field: 'Agrarische Bedrijfskunde',
        institution: 'HAS Den Bosch',
        startYear: 2003,
        endYear: 2007,
      }),
      edu('mbo', 'MAS Goes, richting akkerbouw en loonwerk, 1990 – 1994', {
        field: 'akkerbouw en loonwerk',
        institution: 'MAS Goes',
        startYear: 1990,
        endYear: 1994,
      }),
    ],
    courses: [named('Bodem en bemesting', 'Bodem en bemesting – Wageningen Academy (2019)')],
    certifications: [
      named(
        'Vakbekwaamheid Distributie gewasbeschermingsmiddelen',
        'Vakbekwaamheid Distributie gewasbeschermingsmiddelen (geldig tot juni 2028)',
      ),
    ],
    languages: [lang('nl', 'native', 'Nederlands'), lang('de', 'B2', 'Duits'), lang('en', 'B1', 'Engels')],
    languagesText: [
      'Nederlands is mijn moedertaal (en Zeeuws natuurlijk). Duits spreek ik goed, dankzij jaren met Duitse ' +
        'pootgoedhandelaren; mijn Engels is redelijk.',
    ],
    skills: [
      'Nuchter en betrouwbaar',
      'Zelfstandig plannen van bezoeken en routes',
      'Kennis van bodem, bemesting en gewasbescherming',
    ],
    clientBase: { activeAccounts: 130, annualRevenueEur: 4_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation'],
  },
  {
    id: 'nl-h15-06-functioneel-business-developer-energie-grootverbruik',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Negenhonderd Zes',
    email: 'kandidaat.906@example.net',
    phone: '+31 6 5503 1288',
    contactLines: ['Utrecht'],
    tagline: 'Business developer zakelijke energie',
    afterContact: [
      { kind: 'heading', text: 'Wie ik ben' },
      {
        kind: 'paragraph',
        text:
          'Business developer met tien jaar ervaring in de energiemarkt. Ik verkoop stroom, gas en energiediensten ' +
          'aan grootverbruikers: productiebedrijven, koelhuizen en glastuinders, verspreid over heel Nederland. ' +
          'Mijn 55 klanten betalen samen zo’n € 17 miljoen per jaar aan energie bij ons. Ik onderhandel met ' +
          'financieel en technisch directeuren, die uiteindelijk tekenen. Greenwatt zelf levert aan ruim 4.000 ' +
          'zakelijke klanten.',
      },
      { kind: 'heading', text: 'Commercieel' },
      {
        kind: 'bullets',
        items: [
          'Sinds 2022 veertien nieuwe grootverbruikers binnengehaald, waaronder twee koelhuizen van elk ruim 20 GWh',
          'Portefeuille van 55 klanten met samen 240 GWh stroom en 30 miljoen m³ gas per jaar',
          'Zonnedaken en laadpleinen als aanvulling op het leveringscontract',
        ],
      },
      { kind: 'heading', text: 'Onderhandelen en contracteren' },
      {
        kind: 'bullets',
        items: [
          'Meerjarige contracten met vaste en variabele componenten, ook PPA’s met zonneparken',
          'Tenderdossiers voor inkoopcollectieven van tuinders',
        ],
      },
      { kind: 'heading', text: 'Markt en analyse' },
      {
        kind: 'bullets',
        items: [
          'Analytisch sterk: ik maak zelf de prijsscenario’s en risicoprofielen voor mijn klanten',
          'Volg dagelijks de groothandelsmarkt (EEX, TTF)',
        ],
      },
    ],
    headings: {
      work: 'Loopbaan in vogelvlucht',
      education: 'Studie',
      courses: 'Bijscholing',
      skills: 'Verder',
      languages: 'Talen',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Business Developer', 'Greenwatt Zakelijk B.V.', '2022-03', null, true, 'sinds maart 2022'),
        lines: ['Greenwatt Zakelijk B.V., Utrecht — Business Developer — sinds maart 2022'],
      },
      {
        ...job('Docent Energietransitie', 'ROC Rijn IJssel', '2020', '2023', false, '2020 – 2023'),
        lines: ['ROC Rijn IJssel, Arnhem — Docent Energietransitie (avondopleiding, 4 uur per week) — 2020 – 2023'],
      },
      {
        ...job('Accountmanager Grootzakelijk', 'Energiehuis Nederland', '2018', '2022-02', true, '2018 – feb. 2022'),
        lines: ['Energiehuis Nederland, Arnhem — Accountmanager Grootzakelijk — 2018 – feb. 2022'],
      },
      {
        ...job('Marketing Coördinator', 'Energiehuis Nederland', '2015', '2017', false, '2015 – 2017'),
        lines: ['Energiehuis Nederland, Arnhem — Marketing Coördinator — 2015 – 2017'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Najaar 2017: vier maanden met de rugzak door Zuid-Amerika.' }],
    education: [
      edu('msc', 'MSc Energy and Environmental Sciences — Rijksuniversiteit Groningen (2013 – 2015)', {
        field: 'Energy and Environmental Sciences',
        institution: 'Rijksuniversiteit Groningen',
        startYear: 2013,
        endYear: 2015,
      }),
      edu('bsc', 'BSc Technische Bedrijfskunde — Rijksuniversiteit Groningen (2010 – 2013)', {
        field: 'Technische Bedrijfskunde',
        institution: 'Rijksuniversiteit Groningen',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [
      named('Energie-inkoop voor grootverbruikers', 'Energie-inkoop voor grootverbruikers – Energy Academy (2019)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'C1', 'Engels (vloeiend)'),
      lang('de', 'B1', 'Duits (redelijk)'),
    ],
    skills: ['CRM: Salesforce, rapportages in Power BI', 'Rijbewijs B'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 17_000_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales'],
  },
  {
    id: 'nl-h15-07-tabel-rol-looptijd-accountmanager-collectiviteiten-zorg',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Negenhonderd Zeven',
    email: 'k907@example.org',
    phone: '06-28 47 19 03',
    contactLines: ['Haren (Gn)'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      workTable: ['Rol', 'Looptijd', 'Organisatie'],
      education: 'Opleidingen',
      certifications: 'Diploma’s en certificaten',
      skills: 'Eigenschappen',
      languages: 'Talen',
    },
    workTableOrder: ['title', 'period', 'employer'],
    profile: [
      'Accountmanager collectiviteiten bij een zorgverzekeraar in Noord-Nederland. Ik beheer 42 werkgevers in ' +
        'Groningen, Friesland en Drenthe die hun personeel collectief bij ons verzekeren: samen ruim 31.000 ' +
        'verzekerden en € 48 miljoen premie per jaar. De afspraken maak ik met de HR-directeuren, die over de ' +
        'collectiviteit beslissen.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager Collectiviteiten', 'ZorgSamen Verzekeringen', '2020-01', null, true, '01-01-2020 – heden', [
        'Jaarlijkse verlenging van de collectieve contracten en de premie-afspraken',
        'Werven van nieuwe werkgevers via intermediairs en netwerkbijeenkomsten',
        'Organiseren van vitaliteitsdagen bij grote werkgevers',
      ]),
      job('Adviseur Klantcontact', 'ZorgSamen Verzekeringen', '2016', '2019-12', false, '2016 – 31-12-2019', [
        'Vragen over declaraties, machtigingen en premies via telefoon en chat',
      ]),
      job('Telefonisch verkoper', 'CallPoint Groningen', '2014', '2016', true, 'najaar 2014 – voorjaar 2016', [
        'Verkoop van energiecontracten aan consumenten, via een uitzendbureau, naast mijn mbo-opleiding',
      ]),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenactiviteiten' },
      {
        kind: 'bullets',
        items: [
          'Lid van de cliëntenraad van Zorggroep Haren, sinds 2021 (onbezoldigd)',
          'Scheidsrechter amateurvoetbal bij de KNVB, sinds 2012',
        ],
      },
    ],
    education: [
      edu('hbo', 'HBO Bedrijfskunde (deeltijd), Hanzehogeschool Groningen, 2017 – 2021', {
        field: 'Bedrijfskunde',
        institution: 'Hanzehogeschool Groningen',
        startYear: 2017,
        endYear: 2021,
      }),
      edu('mbo 4', 'MBO 4 Commercieel medewerker, Noorderpoort Groningen, 2012 – 2016', {
        field: 'Commercieel medewerker',
        institution: 'Noorderpoort Groningen',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Basis', 'Wft Basis (2020)'),
      named('Wft Zorgverzekeringen', 'Wft Zorgverzekeringen (2020)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'A2', 'Duits: basis'),
    ],
    skills: ['Klantgericht', 'Stressbestendig', 'Houdt van het organiseren van events'],
    clientBase: { activeAccounts: 42, annualRevenueEur: 48_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-h15-08-nl-de-gebietsverkaufsleiter-baustoffe-niederrhein',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Negenhonderd Acht',
    email: 'k908.vertrieb@example.com',
    phone: '+31 6 3390 2176',
    contactLines: ['Dienstlich: +49 2161 81 44 30', 'Venlo (NL)'],
    tagline: 'Gebietsverkaufsleiter Baustoffe | Accountmanager bouwmaterialen',
    headings: {
      contact: 'Kontakt / Contact',
      profile: 'Profil / Profiel',
      work: 'Berufserfahrung / Werkervaring',
      education: 'Ausbildung / Opleiding',
      courses: 'Weiterbildung',
      skills: 'Kompetenzen / Competenties',
      languages: 'Sprachen / Talen',
    },
    profile: [
      'Nederlander met een Duitse werkgever: sinds 2019 verantwoordelijk voor het verkoopgebied Niederrhein en ' +
        'westliches Ruhrgebiet. Ich betreue rund 160 Baustoffhändler und Bauunternehmen; Umsatz mit meinen Kunden ' +
        '2025: 8,4 Mio. €. Meine Gesprächspartner sind die Inhaber und Einkaufsleiter, die über die Lieferanten ' +
        'entscheiden.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Gebietsverkaufsleiter',
        'Rheinland Baustoffe GmbH',
        '2019-04',
        null,
        true,
        'seit 04/2019',
        [
          'Betreuung und Ausbau von rund 160 Kunden zwischen Kleve, Krefeld und Duisburg',
          'Jahresgespräche und Konditionsverhandlungen mit Inhabern und Einkaufsleitern',
          'Rheinland Baustoffe: 1.100 Mitarbeiter, Umsatz 620 Mio. €',
        ],
        'Mönchengladbach',
      ),
      job(
        'Accountmanager',
        'Bouwmaterialen Venlo B.V.',
        '2014-01',
        '2019-03',
        true,
        'januari 2014 – maart 2019',
        [
          'Aannemers en installateurs in Noord- en Midden-Limburg',
          'Offertes, projectprijzen en opvolging op de bouwplaats',
        ],
        'Venlo',
      ),
      job(
        'Werkvoorbereider',
        'Aannemersbedrijf Peeters',
        '2010',
        '2013',
        false,
        'Anfang 2010 – Ende 2013',
        ['Calculaties, planning en inkoop van materialen voor woningbouwprojecten'],
        'Tegelen',
      ),
    ],
    education: [
      edu('hbo', 'HBO Bouwkunde, Zuyd Hogeschool, Heerlen (2006 – 2010)', {
        field: 'Bouwkunde',
        institution: 'Zuyd Hogeschool',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [named('Verkaufstraining für den Baustoffhandel', 'Verkaufstraining für den Baustoffhandel – BDB (2020)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Niederländisch – Muttersprache / moedertaal'),
      lang('de', 'C1', 'Deutsch – verhandlungssicher (C1)'),
      lang('en', 'B2', 'Englisch – gut / goed'),
    ],
    skills: ['Netwerken in de bouwsector', 'Teamspeler', 'Führerschein Klasse B'],
    clientBase: { activeAccounts: 160, annualRevenueEur: 8_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'teamwork'],
  },
  {
    id: 'nl-h15-09-lange-loopbaan-werkgever-eerst-aandrijftechniek',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negenhonderd Negen',
    email: 'kandidaat909@example.org',
    phone: '06 - 53 18 27 64',
    contactLines: ['Zwijndrecht', 'geb. 1969'],
    headings: {
      profile: 'Profiel',
      work: 'Werkgevers',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Technische verkoper met ruim 35 jaar in de aandrijftechniek: van leerling-monteur tot key accountmanager. Ik ' +
        'beheer 14 OEM-machinebouwers in Nederland, Duitsland en België, met een omzet van € 9,6 miljoen in 2025. ' +
        'Ik schakel met de inkoopmanagers en technisch directeuren, die de leverancier kiezen.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Key Accountmanager OEM',
          'Aandrijvingen Van der Wal B.V.',
          '2012-01',
          null,
          true,
          'sinds januari 2012',
          [
            '14 OEM-klanten: verpakkingsmachines, intralogistiek en voedingsmiddelenmachines',
            'Raamcontracten, jaarprijzen en gezamenlijke ontwikkeltrajecten',
          ],
        ),
        lines: ['Aandrijvingen Van der Wal B.V. (Dordrecht) – Key Accountmanager OEM – sinds januari 2012'],
      },
      {
        ...job(
          'Technisch vertegenwoordiger',
          'Aandrijvingen Van der Wal B.V.',
          '2005',
          '2011-12',
          true,
          '2005 – dec. 2011',
          ['Machinebouwers en onderhoudsbedrijven in Zuid-Holland en Zeeland'],
        ),
        lines: ['Aandrijvingen Van der Wal B.V. (Dordrecht) – Technisch vertegenwoordiger – 2005 – dec. 2011'],
      },
      {
        ...job('Verkoopingenieur binnendienst', 'Lagerhuis Rotterdam B.V.', '1997', '2004', true, '1997 – 2004'),
        lines: ['Lagerhuis Rotterdam B.V. (Rotterdam) – Verkoopingenieur binnendienst – 1997 – 2004'],
      },
      {
        ...job('Servicemonteur', 'Lagerhuis Rotterdam B.V.', '1993', '1996', false, '1993 – 1996'),
        lines: ['Lagerhuis Rotterdam B.V. (Rotterdam) – Servicemonteur – 1993 – 1996'],
      },
      {
        ...job('Leerling-monteur', 'Machinefabriek Drechtsteden', '1989', '1993', false, '1989 – 1993'),
        lines: ['Machinefabriek Drechtsteden (Papendrecht) – Leerling-monteur – 1989 – 1993'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Koninklijke Landmacht (Oirschot) – dienstplichtig soldaat – 1988 – 1989' }],
    education: [
      edu('hbo', 'HTS Werktuigbouwkunde (deeltijd), Hogeschool Rotterdam, 1998 – 2002', {
        field: 'Werktuigbouwkunde',
        institution: 'Hogeschool Rotterdam',
        startYear: 1998,
        endYear: 2002,
      }),
      edu('mbo 4', 'MTS Werktuigbouwkunde, Dordrecht, 1985 – 1988', {
        field: 'Werktuigbouwkunde',
        startYear: 1985,
        endYear: 1988,
      }),
    ],
    courses: [
      named('Basiscursus Hydrauliek', 'Basiscursus Hydrauliek (1994)'),
      named('Key Account Management', 'Key Account Management, Schouten & Nelissen (2013)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'C1', 'Duits – vloeiend'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: [
      'Technische kennis van aandrijvingen, lagers en besturingen',
      'Geduldig en oplossingsgericht',
      'Onderhandelingsvaardig',
    ],
    clientBase: { activeAccounts: 14, annualRevenueEur: 9_600_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'nl-h15-10-talen-en-studie-bovenaan-bdr-saas-maastricht',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negenhonderd Tien',
    email: 'kandidaat.910@example.net',
    phone: '+31 6 1102 5839',
    contactLines: ['Maastricht'],
    afterContact: [
      { kind: 'heading', text: 'Talen' },
      { kind: 'paragraph', text: 'Nederlands (moedertaal) · Engels (C1, IELTS 7.5) · Spaans (B1) · Duits (A2)' },
      { kind: 'heading', text: 'Studie' },
      {
        kind: 'paragraph',
        text:
          'Bachelor International Business aan Maastricht University (2021 – 2025), afstudeerrichting Marketing & ' +
          'Sales. Scriptie over prijsstrategieën van SaaS-bedrijven (8,1). Uitwisselingssemester aan de Universidad ' +
          'de Granada, najaar 2023.',
      },
    ],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Diploma’s',
      skills: 'Sterke punten',
      languages: 'Hobby’s',
    },
    profile: [
      'Net afgestudeerd en sinds november aan de slag als business development representative bij een ' +
        'scale-up in offertesoftware. Ik wil doorgroeien naar account executive.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Business Development Representative',
        'Quotely B.V.',
        '2025-11',
        null,
        true,
        'nov. 2025 – nu',
        [
          'Koude acquisitie bij installatiebedrijven en technische groothandels in Nederland en België',
          'Zo’n 50 belpogingen per dag; afspraken inplannen voor de account executives',
          'Een eigen klantenportefeuille heb ik (nog) niet',
        ],
        'Maastricht',
      ),
      job(
        'Stagiair Sales',
        'Quotely B.V.',
        '2025-02',
        '2025-07',
        false,
        'feb. – jul. 2025',
        ['Afstudeerstage: onderzoek naar churn bij kleine klanten, meelopen met account executives'],
        'Maastricht',
      ),
      {
        ...job('Verkoopmedewerker', 'Decasport Maastricht', '2021', '2024', true, '2021 – 2024'),
        lines: ['Verkoopmedewerker (bijbaan, 12 uur per week)', 'Decasport Maastricht | 2021 – 2024'],
      },
    ],
    education: [
      edu('bsc', 'BSc International Business – Maastricht University (2021 – 2025)', {
        field: 'International Business',
        institution: 'Maastricht University',
        startYear: 2021,
        endYear: 2025,
      }),
      edu('vwo', 'VWO, profiel Economie & Maatschappij – Sint-Maartenscollege Maastricht (2021)', {
        institution: 'Sint-Maartenscollege Maastricht',
        endYear: 2021,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'C1', 'Engels (C1, IELTS 7.5)'),
      lang('es', 'B1', 'Spaans (B1)'),
      lang('de', 'A2', 'Duits (A2)'),
    ],
    languageBlocks: [{ kind: 'paragraph', text: 'Padel, salsa en koken voor te veel mensen.' }],
    skills: ['Proactief', 'Communicatief sterk, ook aan de telefoon', 'HubSpot en LinkedIn Sales Navigator'],
    clientBase: null,
    competencies: ['communication', 'initiative'],
  },
  {
    id: 'nl-h15-11-nl-en-media-sales-radio-hilversum',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Negenhonderd Elf',
    email: 'k.911@example.com',
    phone: '+31 (0)6 4417 9025',
    contactLines: ['Hilversum', 'linkedin.example.com/in/kandidaat911'],
    headings: {
      profile: 'Profile / Profiel',
      work: 'Work experience',
      education: 'Opleiding',
      courses: 'Trainingen',
      certifications: 'Certificates',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Accountmanager met acht jaar ervaring in radio, online video en digital out-of-home. I manage 28 ' +
        'advertisers and media agencies that together spent € 5,2 mln with us in 2025, mostly national brands in ' +
        'retail, automotive and finance. Day-to-day contacts: marketing managers and mediabureau-planners.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Senior Accountmanager', 'RadioNed Media Sales', '2023', null, true, 'Q2 2023 – present', [
          'Portfolio of 28 national advertisers and agencies',
          'Cross-media voorstellen: radio, podcasts en online audio',
          'RadioNed Media Sales revenue 2025: € 85 mln (all stations)',
        ]),
        lines: ['Q2 2023 – present | Senior Accountmanager | RadioNed Media Sales, Hilversum'],
      },
      {
        ...job(
          'Accountmanager Online Advertising',
          'Digimedia Groep',
          '2019-09',
          '2023-03',
          true,
          'sept 2019 – maart 2023',
          ['Video- en display-campagnes voor 40 adverteerders', 'Jaarafspraken met mediabureaus'],
        ),
        lines: ['sept 2019 – maart 2023 | Accountmanager Online Advertising | Digimedia Groep, Amsterdam'],
      },
      {
        ...job('Traffic & Planning Coordinator', 'Digimedia Groep', '2017', '2019-08', false, '2017 – aug 2019', [
          'Inplannen van campagnes en aanleveren van materiaal',
        ]),
        lines: ['2017 – aug 2019 | Traffic & Planning Coordinator | Digimedia Groep, Amsterdam'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Other / Overig' },
      {
        kind: 'bullets',
        items: [
          'Parental leave / ouderschapsverlof: 4 months in 2024, during my job at RadioNed',
          'Board member (unpaid), Stichting Hilversum Mediastad, 2022 – present',
        ],
      },
    ],
    education: [
      edu('hbo', 'HBO Communicatie, Hogeschool Utrecht (2013 – 2017)', {
        field: 'Communicatie',
        institution: 'Hogeschool Utrecht',
        startYear: 2013,
        endYear: 2017,
      }),
      edu('havo', 'HAVO, Gooise Scholen Federatie (2008 – 2013)', {
        institution: 'Gooise Scholen Federatie',
        startYear: 2008,
        endYear: 2013,
      }),
    ],
    courses: [named('Presenteren met impact', 'Presenteren met impact (2021)')],
    certifications: [named('Google Ads Display-certificering', 'Google Ads Display-certificering (2024)')],
    languages: [
      lang('nl', 'native', 'Dutch – native'),
      lang('en', 'C1', 'English – fluent'),
      lang('de', 'A2', 'German – basic'),
    ],
    skills: ['Negotiating with media agencies', 'Creative proposals', 'Data-driven (Nielsen, GfK)'],
    clientBase: { activeAccounts: 28, annualRevenueEur: 5_200_000, segment: 'national' },
    competencies: ['innovation', 'negotiation'],
  },
  {
    id: 'nl-h15-12-tabel-bedrijf-eerst-accountmanager-brouwerij-waasland',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Negenhonderd Twaalf',
    email: 'horeca912@example.org',
    phone: '0475 62 18 93',
    contactLines: ['Sint-Niklaas', '°12/09/1988'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      workTable: ['Bedrijf', 'Functie', 'Van – tot'],
      education: 'Studies',
      courses: 'Opleidingen',
      skills: 'Sterktes',
      languages: 'Talenkennis',
    },
    workTableOrder: ['employer', 'title', 'period'],
    profile: [
      'Horeca zit in mijn bloed: eerst achter de tapkraan, zes jaar als uitbater van mijn eigen café en nu als ' +
        'accountmanager bij een brouwerij. Ik volg een 120-tal cafés, brasserieën en feestzalen op in het ' +
        'Waasland en Klein-Brabant. De uitbaters beslissen zelf wat ze tappen, dus alles draait om vertrouwen.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager On-Trade', 'Brouwerij De Kroon NV', '2020-05', null, true, 'mei 2020 – vandaag', [
        'Opvolging van een 120-tal horecazaken: contracten, tapinstallaties, activaties',
        'De brouwerij: 38.000 hl per jaar, omzet € 22 mio',
      ]),
      job('Uitbater', 'Café ’t Pleintje', '2014', '2020-04', false, '2014 – april 2020', [
        'Eigen zaak (eenmanszaak) met 6 medewerkers, gesloten in de coronacrisis',
      ]),
      job('Barman', 'Feestzalen Ter Linde', '2008', '2014', false, '2008 – 2014'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Vrijwilliger bij de jeugdwerking van KSA Sint-Niklaas (2003 – 2012).' }],
    education: [
      edu('short-cycle tertiary', 'Graduaat Marketing (avondonderwijs) – CVO Waas-Dender, Sint-Niklaas (2016 – 2019)', {
        field: 'Marketing',
        institution: 'CVO Waas-Dender',
        startYear: 2016,
        endYear: 2019,
      }),
      edu('secondary', 'TSO Hotel – Hotelschool Ter Duinen, Koksijde (2000 – 2006)', {
        field: 'Hotel',
        institution: 'Hotelschool Ter Duinen',
        startYear: 2000,
        endYear: 2006,
      }),
    ],
    courses: [named('Biersommelier', 'Biersommelier – Syntra (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'A2', 'Duits: basiskennis'),
    ],
    skills: ['Klantgericht en hands-on', 'Netwerken', 'Ondernemend'],
    clientBase: { activeAccounts: 120, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'entrepreneurship', 'relationship_building'],
  },
  {
    id: 'nl-h15-13-labels-wanneer-rol-bij-account-executive-hr-software',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Negenhonderd Dertien',
    email: 'kandidaat913@example.com',
    phone: '06 4872 0315',
    contactLines: ['Zwolle'],
    headings: {
      profile: 'In het kort',
      work: 'Waar ik heb gewerkt',
      education: 'Waar ik heb geleerd',
      certifications: 'Wat ik heb behaald',
      skills: 'Waar ik goed in ben',
      languages: 'Welke talen ik spreek',
    },
    profile: [
      'Van salarisadministratie via customer success naar sales: ik ken HR-software van binnenuit. Sinds oktober ' +
        '2024 verkoop ik ons salaris- en HR-pakket aan middelgrote werkgevers in Overijssel, Gelderland en ' +
        'Drenthe. Mijn portefeuille: 64 klanten met 100 tot 1.000 medewerkers, goed voor € 2,1 mln ARR. De ' +
        'contracten worden getekend door HR-directeuren en CFO’s. Mijn quotum voor nieuwe ARR in 2026 is € 650.000.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Wanneer', title: 'Rol', employer: 'Bij', duties: 'Wat ik deed' },
    jobs: [
      job(
        'Account Executive Mid-Market',
        'Payflow HR Software',
        '2024-10',
        null,
        true,
        'sinds 1 oktober 2024',
        [
          'eigen portefeuille van 64 klanten: verlengingen, uitbreidingen en nieuwe modules',
          'demo’s, offertes en contractonderhandelingen',
          'nauwe samenwerking met implementatie en support',
        ],
        'Zwolle',
      ),
      job(
        'Customer Success Manager',
        'Payflow HR Software',
        '2021-03',
        '2024-09',
        false,
        'mrt 2021 – sep 2024',
        ['onboarding en adoptie bij 90 klanten', 'kwartaalgesprekken over gebruik en tevredenheid'],
        'Zwolle',
      ),
      job(
        'Salarisadministrateur',
        'Gemeente Zwolle',
        '2016',
        '2021-02',
        false,
        '2016 – feb 2021',
        ['salarisverwerking voor 1.400 medewerkers', 'key-user van het salarispakket'],
        'Zwolle',
      ),
    ],
    education: [
      edu('hbo', 'HBO Human Resource Management, Hogeschool Windesheim, Zwolle, 2012 – 2016', {
        field: 'Human Resource Management',
        institution: 'Hogeschool Windesheim',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('havo', 'HAVO, Thomas a Kempis College, Zwolle, 2007 – 2012', {
        institution: 'Thomas a Kempis College',
        startYear: 2007,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('Praktijkdiploma Loonadministratie (PDL)', 'Praktijkdiploma Loonadministratie (PDL), 2015')],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'B2', 'Engels'), lang('de', 'B1', 'Duits')],
    languagesText: [
      'Nederlands is mijn moedertaal. Engels spreek en schrijf ik goed (B2); Duits versta en spreek ik redelijk.',
    ],
    skills: [
      'Luisteren en doorvragen',
      'Samenwerken met implementatie en support',
      'Analytisch: ik reken business cases voor klanten zelf door',
    ],
    clientBase: { activeAccounts: 64, annualRevenueEur: 2_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'teamwork'],
  },
  {
    id: 'nl-h15-14-key-account-manager-zuivel-retail-nl-de',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Negenhonderd Veertien',
    email: 'kam.914@example.net',
    phone: '+31 6 2290 7361',
    contactLines: ['Leeuwarden', 'linkedin.example.com/in/k914'],
    tagline: 'Key Account Manager Zuivel | Retail NL & DE',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Trainingen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Key account manager bij een Friese zuivelcoöperatie. Ik ben verantwoordelijk voor drie Nederlandse ' +
        'supermarktketens en twee Duitse discounters, met samen zo’n 9.800 winkels. De omzet op mijn accounts was ' +
        'in 2025 € 46 miljoen. Jaargesprekken voer ik met de categorie-inkopers en de commercieel directeuren van ' +
        'de ketens.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager Retail',
        'Zuivelcoöperatie Noordweide',
        '2019-01',
        null,
        true,
        '01-2019 – heden',
        [
          'Jaarafspraken, promotieplannen en private-labelcontracten voor 5 retailers',
          'Omzet op mijn accounts van € 38 mln (2019) naar € 46 mln (2025)',
          'Aansturing van een trade marketeer en een category analist; trade-marketingbudget € 2,2 mln per jaar',
        ],
        'Leeuwarden',
      ),
      job(
        'Accountmanager Foodservice',
        'Zuivelcoöperatie Noordweide',
        '2014-03',
        '2018-12',
        true,
        '03-2014 – 12-2018',
        ['Groothandels en cateraars in Noord-Nederland'],
        'Leeuwarden',
      ),
      job(
        'Junior Productmanager',
        'Bakkerij Van der Meulen',
        '2011-09',
        '2014-02',
        false,
        '09-2011 – 02-2014',
        ['Introductie van nieuwe broodsoorten, verpakkingen en folders'],
        'Sneek',
      ),
    ],
    education: [
      edu('msc', 'MSc Marketing, Rijksuniversiteit Groningen, 2010 – 2011', {
        field: 'Marketing',
        institution: 'Rijksuniversiteit Groningen',
        startYear: 2010,
        endYear: 2011,
      }),
      edu('bsc', 'BSc Bedrijfskunde, Rijksuniversiteit Groningen, 2007 – 2010', {
        field: 'Bedrijfskunde',
        institution: 'Rijksuniversiteit Groningen',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Advanced Negotiation', 'Advanced Negotiation – Scotwork (2020)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fy', 'native', 'Fries – moedertaal'),
      lang('de', 'C1', 'Duits – vloeiend'),
      lang('en', 'C1', 'Engels – vloeiend'),
    ],
    skills: ['Onderhandelen', 'Category management', 'Analytisch'],
    clientBase: { activeAccounts: 5, annualRevenueEur: 46_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'nl-h15-15-commercieel-bediende-binnendienst-hasselt',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negenhonderd Vijftien',
    email: 'negenhonderd915@example.org',
    phone: '0486 31 72 05',
    contactLines: ['Hasselt', 'Rijbewijs B'],
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleidingen',
      courses: 'Bijscholingen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Commercieel bediende binnendienst bij een groothandel in technische benodigdheden. Ik volg zowat 300 ' +
        'KMO-klanten op in Limburg en Vlaams-Brabant: offertes, telefonische verkoop en de opvolging van de ' +
        'bezoeken van onze vertegenwoordigers. Mijn klanten zijn vooral zaakvoerders van kleine ' +
        'installatiebedrijven.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Commercieel bediende binnendienst',
        'Technidis NV',
        '2021-02',
        null,
        true,
        'sinds 15/02/2021',
        [
          'Telefonische verkoop en offertes voor sanitair, verwarming en elektro',
          'Eigen klantenbestand van zowat 300 KMO’s',
          'Prijsafspraken binnen de marges die de verkoopdirecteur bepaalt',
        ],
        'Hasselt',
      ),
      job(
        'Magazijnier-orderpicker',
        'Technidis NV',
        '2017-07',
        '2021-01',
        false,
        'juli 2017 – januari 2021',
        ['Orderpicking, ontvangst en heftruck'],
        'Hasselt',
      ),
      {
        ...job('Verkoper', 'Doe-het-zelf Vandeput', '2014', '2016', true, 'zomers 2014 – 2016'),
        lines: [
          'Verkoper (studentenjob, tijdens de zomervakantie)',
          'Doe-het-zelf Vandeput, Genk | zomers 2014 – 2016',
        ],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Na het middelbaar één jaar Bedrijfsmanagement aan Hogeschool PXL (2016 – 2017), niet afgewerkt.',
      },
    ],
    education: [
      edu('secondary', 'ASO Economie-Moderne Talen, Sint-Jozefscollege Hasselt (2010 – 2016)', {
        field: 'Economie-Moderne Talen',
        institution: 'Sint-Jozefscollege Hasselt',
        startYear: 2010,
        endYear: 2016,
      }),
    ],
    courses: [named('Telefonische verkoop', 'Telefonische verkoop – Syntra Limburg (2022)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Klantvriendelijk en stressbestendig', 'Vlot aan de telefoon', 'SAP Business One'],
    clientBase: { activeAccounts: 300, segment: 'regional_smb', decisionMakers: true },
    competencies: ['stress_resistance'],
  },
  {
    id: 'nl-h15-16-sales-executive-events-congrescentrum-nijmegen',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Negenhonderd Zestien',
    email: 'kandidaat.916@example.net',
    phone: '06 1820 4476',
    contactLines: ['Nijmegen'],
    headings: {
      profile: 'Over mij',
      work: 'Ervaring',
      education: 'Opleiding',
      skills: 'Talenten',
      languages: 'Talen',
    },
    profile: [
      'Sales executive bij een congres- en evenementencentrum aan de Waal. Ik verkoop congressen, beurzen en ' +
        'bedrijfsevenementen aan bedrijven, verenigingen en bureaus uit Nederland en België; in 2025 was mijn ' +
        'boekingsomzet € 1,6 miljoen. Het centrum als geheel zet zo’n € 19 miljoen om en biedt plaats aan 2.500 ' +
        'gasten.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Sales Executive Events', 'Congrescentrum Waalkade', '2023-01', null, true, 'Vanaf januari 2023', [
          'Offertes, rondleidingen en contracten voor groepen van 50 tot 2.500 personen',
          'Drie maanden ouderschapsverlof in het voorjaar van 2024',
        ]),
        lines: ['Vanaf januari 2023 — Sales Executive Events bij Congrescentrum Waalkade, Nijmegen'],
      },
      {
        ...job('Front Office Supervisor', 'Hotel Waalkade', '2019', '2022-12', false, '2019 – dec. 2022', [
          'Roosters en inwerken van receptionisten',
        ]),
        lines: ['2019 – dec. 2022 — Front Office Supervisor bij Hotel Waalkade, Nijmegen (zelfde groep)'],
      },
      {
        ...job('Medewerker bediening', 'Grand Café De Plak', '2015', '2019', false, '2015 – 2019'),
        lines: ['2015 – 2019 — Medewerker bediening (bijbaan tijdens de studie) bij Grand Café De Plak, Nijmegen'],
      },
    ],
    education: [
      edu(
        'associate degree',
        'Associate degree Hospitality & Events, HAN University of Applied Sciences, Nijmegen (2017 – 2019)',
        {
          field: 'Hospitality & Events',
          institution: 'HAN University of Applied Sciences',
          startYear: 2017,
          endYear: 2019,
        },
      ),
      edu('mbo 4', 'MBO 4 Manager/ondernemer horeca, ROC Nijmegen (2013 – 2017)', {
        field: 'Manager/ondernemer horeca',
        institution: 'ROC Nijmegen',
        startYear: 2013,
        endYear: 2017,
      }),
    ],
    courses: [],
    certifications: [named('Sociale Hygiëne', 'Verklaring Sociale Hygiëne (2016)')],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'C1', 'Engels'), lang('de', 'B2', 'Duits')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Begrijpen', 'Spreken', 'Schrijven'],
        rows: [
          ['Nederlands', 'moedertaal', 'moedertaal', 'moedertaal'],
          ['Engels', 'vloeiend', 'vloeiend', 'goed'],
          ['Duits', 'goed', 'goed', 'redelijk'],
        ],
      },
    ],
    skills: ['Commercieel', 'Organisatievermogen', 'Stressbestendig, ook als alles tegelijk komt'],
    clientBase: { annualRevenueEur: 1_600_000, segment: 'international' },
    competencies: ['organisation', 'sales', 'stress_resistance'],
  },
  {
    id: 'nl-h15-17-werkportaal-verkoopadviseur-keukens-harderwijk',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Negenhonderd Zeventien',
    nameLine: 'Cv van Kandidaat Negenhonderd Zeventien',
    email: 'keukens917@example.com',
    phone: '06-14 27 38 90',
    contactLines: ['Woonplaats: Harderwijk'],
    afterContact: [{ kind: 'paragraph', text: 'Gewenst beroep: Verkoopadviseur, Showroomverkoper' }],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleidingen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ervaren verkoopadviseur in de showroom. Ik verkoop gemiddeld 75 keukens per jaar aan particulieren, samen ' +
        'zo’n € 1,3 miljoen. Ik zoek een nieuwe uitdaging dichter bij huis.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Van – tot', title: 'Beroep', employer: 'Bedrijf', duties: 'Werkzaamheden' },
    jobs: [
      job(
        'Verkoopadviseur keukens',
        'Keukenhuis Veluwe',
        '2022-04',
        null,
        true,
        '04-2022 t/m heden',
        ['Klanten ontvangen in de showroom', 'Keukenontwerp in 3D', 'Offertes en nazorg tot de montage'],
        'Ermelo',
      ),
      job(
        'Filiaalmanager',
        'Woonwarenhuis De Eik',
        '2018-06',
        '2022-03',
        false,
        '06-2018 t/m 03-2022',
        ['Leiding aan 9 medewerkers', 'Winkelomzet € 3,8 mln per jaar', 'Roosters, voorraad en inkoop'],
        'Harderwijk',
      ),
      job(
        'Verkoopmedewerker',
        'Bouwmarkt Harderwijk',
        '2015',
        '2018',
        true,
        '2015 t/m 2018',
        ['Advies en verkoop op de afdeling tuin en hout'],
        'Harderwijk',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Ondernemer detailhandel, Landstede, Harderwijk, 2011 – 2015', {
        field: 'Ondernemer detailhandel',
        institution: 'Landstede',
        startYear: 2011,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'B1', 'Engels (redelijk)'),
      lang('de', 'A2', 'Duits (basis)'),
    ],
    skills: ['Klantgericht', 'Tekenen in 3D (Winner Design)', 'Rijbewijs B'],
    clientBase: null,
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h15-18-accountmanager-orthopedie-van-ok-naar-verkoop',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Negenhonderd Achttien',
    email: 'k918@example.net',
    phone: '+31 6 3019 5572',
    contactLines: ['Almere'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Registraties en certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Van de operatiekamer naar de verkoop: acht jaar OK-ervaring en nu accountmanager orthopedische ' +
        'implantaten. Ik ben verantwoordelijk voor 18 ziekenhuizen in Noord-Holland, Utrecht en Flevoland, met een ' +
        'omzet van € 3,8 miljoen in 2025. Mijn gesprekspartners zijn orthopedisch chirurgen, OK-managers en ' +
        'inkopers.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Accountmanager Orthopedie',
        'OrthoMed Benelux B.V.',
        '2021-06',
        null,
        true,
        'Per 1 juni 2021',
        [
          'Omzetverantwoordelijk voor 18 ziekenhuizen',
          'Aanwezig bij operaties als technisch adviseur van het OK-team',
          'Onderhandelen over consignatievoorraden en tenders',
        ],
        'Houten',
      ),
      job(
        'Productspecialist Orthopedie',
        'OrthoMed Benelux B.V.',
        '2017',
        '2021-05',
        false,
        '2017 – mei 2021',
        ['Training van OK-teams en instrumentatie tijdens ingrepen'],
        'Houten',
      ),
      job(
        'Operatieassistent',
        'Ziekenhuis Eemland',
        '2009',
        '2017',
        false,
        '2009 – 2017',
        ['Orthopedie en traumatologie'],
        'Amersfoort',
      ),
    ],
    education: [
      edu('hbo', 'Hbo-opleiding Operatieassistent (bachelor), Hogeschool Utrecht, 2005 – 2009', {
        field: 'Operatieassistent',
        institution: 'Hogeschool Utrecht',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [named('Basic Life Support (BLS)', 'Basic Life Support (BLS), geldig t/m 2027')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('es', 'B1', 'Spaans – redelijk'),
    ],
    skills: ['Anatomische en technische kennis', 'Stressbestendig', 'Netwerken binnen ziekenhuizen'],
    closing: [
      { kind: 'heading', text: 'Overig' },
      {
        kind: 'paragraph',
        text: 'Registratie als operatieassistent in het Kwaliteitsregister Paramedici verlopen in 2022, niet verlengd.',
      },
    ],
    clientBase: { activeAccounts: 18, annualRevenueEur: 3_800_000, segment: 'regional_smb' },
    competencies: ['negotiation', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'nl-h15-19-tabel-jaren-rol-accountmanager-publieke-sector-geo',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Negenhonderd Negentien',
    email: 'geo.919@example.org',
    phone: '06 - 4127 8830',
    contactLines: ['Apeldoorn'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      workTable: ['Jaren', 'Rol', 'Organisatie'],
      education: 'Opleiding',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Ik verkoop geo-informatiesoftware aan gemeenten en waterschappen, en weet als oud-beleidsmedewerker hoe ' +
        'een gemeente van binnen werkt. Mijn portefeuille telt 42 overheidsklanten: 37 gemeenten en 5 ' +
        'waterschappen, die we via aanbestedingen hebben gewonnen. De licentie- en onderhoudsomzet daarvan is € 2,9 ' +
        'miljoen per jaar. Mijn aanspreekpunten zijn de informatiemanagers en GIS-coördinatoren.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager Publieke Sector', 'GeoData Systems B.V.', '2022', null, true, '2022 – heden', [
        'Verlengingen, uitbreidingen en aanbestedingen bij 42 overheidsklanten',
        'Gebruikersdagen en productdemo’s voor gemeenten',
      ]),
      job('Beleidsmedewerker Ruimtelijke Ordening', 'Gemeente Apeldoorn', '2015', '2021', false, '2015 – 2021', [
        'Omgevingsvisie en bestemmingsplannen',
      ]),
      job('Medewerker Vergunningen', 'Gemeente Epe', '2012', '2015', false, '2012 – 2015'),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Oktober 2021 – maart 2022: sabbatical, op de fiets van Apeldoorn naar Istanbul.' },
    ],
    education: [
      edu('master', 'WO Master Planologie, Radboud Universiteit Nijmegen (2010 – 2012)', {
        field: 'Planologie',
        institution: 'Radboud Universiteit Nijmegen',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bachelor', 'Bachelor Sociale Geografie en Planologie, Universiteit Utrecht (2007 – 2010)', {
        field: 'Sociale Geografie en Planologie',
        institution: 'Universiteit Utrecht',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Aanbesteden voor leveranciers', 'Aanbesteden voor leveranciers – PIANOo (2022)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Samenwerking met ambtelijke organisaties', 'Kennis van aanbestedingsrecht', 'Geduldig en tactvol'],
    clientBase: { activeAccounts: 42, annualRevenueEur: 2_900_000 },
    competencies: ['tact_assertiveness', 'teamwork'],
  },
  {
    id: 'nl-h15-20-adviseur-zakelijke-verzekeringen-rotterdam-eigen-kopjes',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negenhonderd Twintig',
    email: 'kandidaat920@example.com',
    phone: '06 - 18 44 20 97',
    contactLines: ['Rotterdam-Zuid'],
    headings: {
      profile: 'Mijn verhaal',
      work: 'Wat ik heb gedaan',
      education: 'Wat ik heb gestudeerd',
      certifications: 'Diploma’s Wft',
      skills: 'Mijn sterke kanten',
      languages: 'Talen die ik spreek',
    },
    profile: [
      'Adviseur zakelijke verzekeringen bij een assurantiekantoor in Rotterdam. Ik adviseer ondernemers, van ' +
        'zzp’ers tot bedrijven met 50 man personeel, over hun bedrijfsverzekeringen en verkoop die ook zelf. In mijn ' +
        'portefeuille zitten ca. 340 zakelijke klanten in Rotterdam en omstreken, met € 1,1 miljoen premie per ' +
        'jaar. Ik zit altijd aan tafel met de eigenaar zelf. Het kantoor als geheel beheert € 6 miljoen premie.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Adviseur Zakelijke Verzekeringen',
        'Assurantiekantoor Maas & Van Dijk',
        '2020',
        null,
        true,
        'medio 2020 – nu',
        [
          'Advies en verkoop van aansprakelijkheids-, brand- en wagenparkverzekeringen',
          'Jaarlijkse risico-inventarisatie bij de grotere klanten',
        ],
        'Rotterdam',
      ),
      job(
        'Acceptant Schade Zakelijk',
        'Verzekeraar Zuid-Holland N.V.',
        '2016',
        '2020',
        false,
        '2016 – medio 2020',
        ['Beoordelen van aanvragen van tussenpersonen'],
        'Den Haag',
      ),
      job('Schadebehandelaar', 'Verzekeraar Zuid-Holland N.V.', '2013', '2016', false, '2013 – 2016', [], 'Den Haag'),
    ],
    education: [
      edu('hbo', 'HBO Financial Services Management, Hogeschool Rotterdam, 2009 – 2013', {
        field: 'Financial Services Management',
        institution: 'Hogeschool Rotterdam',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('havo', 'HAVO, Libanon Lyceum, Rotterdam, 2004 – 2009', {
        institution: 'Libanon Lyceum',
        startYear: 2004,
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Basis', 'Wft Basis (2013)'),
      named('Wft Schadeverzekeringen Zakelijk', 'Wft Schadeverzekeringen Zakelijk (2020)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('ar', 'B2', 'Marokkaans-Arabisch – goed'),
      lang('en', 'B2', 'Engels – goed'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Commercieel', 'Assertief', 'Klantgerichtheid'],
    closing: [
      { kind: 'heading', text: 'Wat ik nog wil halen' },
      { kind: 'paragraph', text: 'Wft Vermogen: examen gepland in het voorjaar van 2027.' },
    ],
    clientBase: { activeAccounts: 340, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'sales', 'tact_assertiveness'],
  },
  {
    id: 'nl-h15-21-dertig-jaar-kantoorinrichting-west-vlaanderen-jaartallen',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Negenhonderd Eenentwintig',
    email: 'k.921@example.net',
    phone: '0497 18 30 62',
    contactLines: ['Kortrijk', 'Geboren in 1972'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Studies',
      skills: 'Troeven',
      languages: 'Talen',
    },
    profile: [
      'Dertig jaar in de verkoop van kantoorinrichting en printoplossingen in West-Vlaanderen. Ik volg zowat 90 ' +
        'actieve klanten op, van boekhoudkantoren tot KMO’s met 200 man, goed voor € 1,4 mio omzet per jaar. Mijn ' +
        'gesprekspartners zijn meestal de zaakvoerders zelf.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Accountmanager KMO',
        'Printwise Vlaanderen NV',
        '2009',
        null,
        true,
        '2009 – heden',
        ['Zowat 90 actieve klanten in West-Vlaanderen', 'Printers, beheerde printdiensten en kantoorinrichting'],
        'Kortrijk',
      ),
      job(
        'Vertegenwoordiger',
        'Bureau Decock BVBA',
        '2001',
        '2008',
        true,
        '2001 – 2008',
        ['Kantoormeubilair en -benodigdheden aan bedrijven en scholen'],
        'Roeselare',
      ),
      job(
        'Winkelverantwoordelijke',
        'Bureau Decock BVBA',
        '1996',
        '2001',
        false,
        '1996 – 2001',
        ['Leiding over de toonzaal en 3 verkopers'],
        'Roeselare',
      ),
      job('Magazijnier-chauffeur', 'Kantoormeubelen Vandenberghe', '1993', '1996', false, '1993 – 1996', [], 'Waregem'),
    ],
    afterJobs: [{ kind: 'bullets', items: ['1992 – 1993: Legerdienst (milicien), Kwartier Kemmel, Ieper'] }],
    education: [
      edu('short-cycle tertiary', 'Graduaat Marketing (avondschool), CVO Kortrijk, 1998 – 2001', {
        field: 'Marketing',
        institution: 'CVO Kortrijk',
        startYear: 1998,
        endYear: 2001,
      }),
      edu('secondary', 'TSO Handel, Sint-Jozefsinstituut Kortrijk, 1984 – 1990', {
        field: 'Handel',
        institution: 'Sint-Jozefsinstituut Kortrijk',
        startYear: 1984,
        endYear: 1990,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('fr', 'B2', 'Frans (goed)'),
      lang('en', 'A2', 'Engels (basis)'),
    ],
    skills: ['Relatiebeheer op lange termijn', 'Onderhandelen', 'Ondernemend'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 1_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h15-22-sales-engineer-pompen-benelux-usd',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Negenhonderd Tweeëntwintig',
    email: 'k922.sales@example.org',
    phone: '+32 472 90 15 38',
    contactLines: ['Gent', 'linkedin.example.com/in/kandidaat922'],
    tagline: 'Sales Engineer – pompen en procesapparatuur',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Professionele ervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Sales engineer bij de Benelux-vestiging van een Amerikaanse pompenbouwer. Ik beheer 26 klanten in de ' +
        'voedings- en procesindustrie in België en Nederland; hun bestellingen bij ons bedroegen in 2025 USD 5,6 ' +
        'miljoen (we factureren in dollars). De investeringsbeslissing ligt bij de plant managers en technisch ' +
        'directeuren, met wie ik de projecten uitwerk.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Sales Engineer',
        'FlowTech Pumps Benelux BV',
        '2020-01',
        null,
        true,
        '01.2020 – lopend',
        [
          'Technische verkoop van pompen, doseersystemen en service-contracten aan 26 klanten',
          'Offertes van € 20.000 tot € 1,2 miljoen per project',
          'Samen met de service-afdeling jaarlijkse audits bij de grotere klanten',
        ],
        'Zwijnaarde',
      ),
      job(
        'Service Engineer',
        'FlowTech Pumps Benelux BV',
        '2016-09',
        '2019-12',
        false,
        '09.2016 – 12.2019',
        ['Inbedrijfstelling en onderhoud bij klanten in Vlaanderen en Zeeland'],
        'Zwijnaarde',
      ),
      job(
        'Projectingenieur',
        'Ingenieursbureau Verhaeghe',
        '2013-10',
        '2016-08',
        false,
        '10.2013 – 08.2016',
        ['Procesleidingen en pompinstallaties voor de voedingsindustrie'],
        'Brugge',
      ),
    ],
    education: [
      edu('master', 'Master in de industriële wetenschappen: elektromechanica – KU Leuven, campus Gent (2009 – 2013)', {
        field: 'elektromechanica',
        institution: 'KU Leuven',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('VCA-VOL', 'VCA-VOL (geldig tot 2028)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'C1', 'Frans – vloeiend'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Technisch-commerciële oplossingen', 'Analytisch', 'Projectmatig werken'],
    closing: [
      { kind: 'heading', text: 'Lopend' },
      { kind: 'paragraph', text: 'ATEX-opleiding (explosieveilig materieel), examen in januari 2027.' },
    ],
    clientBase: { activeAccounts: 26, segment: 'international', decisionMakers: true },
    competencies: ['analytical'],
  },
  {
    id: 'nl-h15-23-handelsagent-damesmode-baan-in-een-zin',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negenhonderd Drieëntwintig',
    email: 'negenhonderd.923@example.com',
    phone: '+31 6 5512 0346',
    contactLines: ['Amsterdam-Oost'],
    headings: {
      profile: 'Wie ik ben',
      work: 'Mijn werk',
      education: 'Achtergrond',
      skills: 'Waar je me voor belt',
      languages: 'Talen',
    },
    profile: [
      'Zelfstandig handelsagent in damesmode. Sinds het voorjaar van 2019 vertegenwoordig ik drie Scandinavische ' +
        'en twee Italiaanse merken bij modezaken in Nederland en Vlaanderen. Ik heb 85 vaste winkels, meestal ' +
        'kleine boetieks waarvan de eigenaar zelf inkoopt; de orderwaarde van mijn klanten was in 2025 € 2,4 ' +
        'miljoen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Zelfstandig handelsagent damesmode',
          'Studio Linde Agencies',
          '2019',
          null,
          true,
          'sinds voorjaar 2019',
        ),
        lines: [
          'Studio Linde Agencies (eigen bedrijf) · Zelfstandig handelsagent damesmode · sinds voorjaar 2019',
          'Twee collecties per jaar verkopen in de showroom in Amsterdam, op beurzen en bij de winkels zelf; ' +
            '85 vaste klanten.',
        ],
      },
      {
        ...job('docent visual merchandising', 'Modevakschool Amsterdam', '2022', null, false, 'sinds 2022'),
        lines: [
          'Naast mijn agentuur geef ik sinds 2022 op dinsdagavond les als docent visual merchandising aan de ' +
            'Modevakschool Amsterdam.',
        ],
      },
      {
        ...job('Storemanager', 'Atelier Verlaat', '2014', '2018', false, '2014 – eind 2018'),
        lines: ['Atelier Verlaat, Amsterdam · Storemanager · 2014 – eind 2018', 'Twee winkels, 11 medewerkers.'],
      },
      {
        ...job('Visual merchandiser', 'Warenhuis Damrak', '2010', '2014', false, '2010 – 2014'),
        lines: ['Warenhuis Damrak, Amsterdam · Visual merchandiser · 2010 – 2014'],
      },
    ],
    education: [
      edu('mbo 4', 'Mbo niveau 4 Retailmanagement Mode, ROC van Amsterdam (2006 – 2010)', {
        field: 'Retailmanagement Mode',
        institution: 'ROC van Amsterdam',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'C1', 'Engels'), lang('it', 'B1', 'Italiaans')],
    languagesText: [
      'Nederlands is mijn moedertaal, Engels spreek ik vloeiend en Italiaans redelijk – handig met de merken uit ' +
        'Milaan. Mijn Zweeds blijft bij “tack”.',
    ],
    skills: ['Netwerken', 'Creatief', 'Ondernemend'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 2_400_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'innovation', 'relationship_building'],
  },
  {
    id: 'nl-h15-24-inside-sales-zonnepanelen-consumenten-enschede',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negenhonderd Vierentwintig',
    email: 'kandidaat924@example.org',
    phone: '06-87 21 45 10',
    contactLines: ['Enschede'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Gedreven inside sales medewerker. Ik bel dagelijks zo’n 70 consumenten die een offerte voor zonnepanelen ' +
        'hebben aangevraagd en zet die om in een verkoop; mijn weektarget is 12 installaties. Ik zoek een ' +
        'B2B-functie waarin ik een eigen klantenkring kan opbouwen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Inside Sales Medewerker',
        'ZonVast B.V.',
        '2024-08',
        null,
        true,
        'augustus 2024 – nu',
        ['Telefonische verkoop van zonnepanelen en thuisbatterijen', 'Gemiddeld 110% van het weektarget in 2025'],
        'Hengelo',
      ),
      job(
        'Medewerker klantenservice',
        'Webwinkel Twente B.V.',
        '2022',
        '2024-07',
        false,
        '2022 – juli 2024',
        ['Vragen over bestellingen, retouren en garantie via chat en telefoon'],
        'Enschede',
      ),
      job('Vakkenvuller', 'Supermarkt Jansen', '2019', '2022', false, '2019 – 2022', [], 'Enschede'),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Retailmanager, ROC van Twente, 2018 – 2022', {
        field: 'Retailmanager',
        institution: 'ROC van Twente',
        startYear: 2018,
        endYear: 2022,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('de', 'B2', 'Duits (goed)'),
      lang('en', 'B2', 'Engels (goed)'),
    ],
    skills: ['Overtuigend aan de telefoon', 'Resultaatgericht', 'Teamspeler'],
    clientBase: null,
    competencies: ['persuasiveness', 'teamwork'],
  },
  {
    id: 'nl-h15-25-tabel-dealer-eerst-verkoopmanager-autodealer-friesland',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Negenhonderd Vijfentwintig',
    email: 'verkoop925@example.com',
    phone: '06 - 2177 8420',
    contactLines: ['Drachten'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      workTable: ['Dealer', 'Periode', 'Functie'],
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Sterk in',
      languages: 'Talen',
    },
    workTableOrder: ['employer', 'period', 'title'],
    profile: [
      'Verkoopmanager bij een autodealer met vier vestigingen in Friesland. Ik stuur een team van negen ' +
        'verkoopadviseurs aan; samen verkochten we in 2025 ruim 1.400 nieuwe en gebruikte auto’s. De dealergroep ' +
        'zet zo’n € 48 miljoen om. Zelf verkoop ik nog af en toe, vooral aan vaste klanten.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Verkoopmanager', 'Autogroep Friesland', '2021', null, true, 'Q1 2021 – heden', [
        'Leiding aan 9 verkoopadviseurs op 4 vestigingen',
        'Inkoop van gebruikte auto’s en prijsbeleid',
      ]),
      job('Verkoopadviseur', 'Autogroep Friesland', '2013', '2020', true, '2013 – Q4 2020', [
        'Verkoop van nieuwe en gebruikte auto’s aan particulieren en kleine ondernemers',
      ]),
      job('Werkplaatsreceptionist', 'Garage Hoekstra', '2008', '2013', false, '2008 – 2013'),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Commercieel Technicus Mobiliteit, Friesland College, Leeuwarden, 2004 – 2008', {
        field: 'Commercieel Technicus Mobiliteit',
        institution: 'Friesland College',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [named('Leidinggeven aan verkoopteams', 'Leidinggeven aan verkoopteams – Innovam (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('fy', 'native', 'Fries (moedertaal)'),
      lang('en', 'B2', 'Engels (goed)'),
      lang('de', 'B1', 'Duits (redelijk)'),
    ],
    skills: ['Coachen van verkopers', 'Plannen van proefritten en afleveringen', 'Stressbestendig'],
    clientBase: null,
    competencies: ['coaching', 'organisation', 'stress_resistance'],
  },
  {
    id: 'nl-h15-26-key-account-manager-tuinmeubelen-deense-kronen',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Negenhonderd Zesentwintig',
    email: 'kam926@example.net',
    phone: '+31 6 4008 1175',
    contactLines: ['Breda'],
    tagline: 'Key Account Manager DIY & Garden',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Skills',
      languages: 'Talen',
    },
    profile: [
      'Key account manager voor de Benelux bij een Deense producent van tuinmeubelen en buitenverlichting. Ik ' +
        'beheer vier bouwmarktketens en twee tuincentrumformules in Nederland en België, met samen ruim 1.100 ' +
        'vestigingen. Mijn omzet in 2025: DKK 92 miljoen (ca. € 12,3 miljoen). Jaarafspraken maak ik met de ' +
        'categoriemanagers, die over het assortiment beslissen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager Benelux',
        'Nordlys Outdoor A/S',
        '2018-03',
        null,
        true,
        'maart 2018 – tot op heden',
        [
          'Jaarafspraken, assortimentsvoorstellen en promotieplanning voor 6 retailformules',
          'Omzet van DKK 61 miljoen (2018) naar DKK 92 miljoen (2025)',
        ],
        'Breda (thuiskantoor)',
      ),
      job(
        'Accountmanager Tuincentra',
        'Tuinwaren Brabant B.V.',
        '2014',
        '2018-02',
        true,
        '2014 – februari 2018',
        ['Zelfstandige tuincentra in Zuid-Nederland'],
        'Oosterhout',
      ),
      job(
        'Category Analist',
        'Bouwmarktgroep Zuid',
        '2011-09',
        '2013-12',
        false,
        'september 2011 – december 2013',
        ['Assortimentsanalyses en schapplannen'],
        'Breda',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Ouderschapsverlof: januari – april 2022, halve dagen.' }],
    education: [
      edu('hbo', 'HBO Commerciële Economie, HZ University of Applied Sciences, Vlissingen (2007 – 2011)', {
        field: 'Commerciële Economie',
        institution: 'HZ University of Applied Sciences',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('da', 'A2', 'Deens – basis'),
    ],
    skills: ['Onderhandelen', 'Category management', 'Proactief'],
    clientBase: { activeAccounts: 6, annualRevenueEur: 12_300_000, segment: 'international', decisionMakers: true },
    competencies: ['initiative', 'negotiation'],
  },
];

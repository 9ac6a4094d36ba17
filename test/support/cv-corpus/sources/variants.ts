import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * CVs with the less common section headings and date forms ("sinds maart
 * 2021", "juli 2019 – nu", "alates 05.2019", "september 2021 – tänaseni",
 * "2019 to date", "Apr 2020 – ongoing"), added after the reader's first cut
 * so that the corpus is not only what it was tuned on.
 */
export const VARIANTS: CvSource[] = [
  {
    id: 'nl-12-accountmanager-loopbaan',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Twaalf',
    email: 'kandidaat.twaalf@example.com',
    phone: '06 3456 7890',
    contactLines: ['Haarlem'],
    headings: { work: 'Loopbaan', education: 'Opleidingen', languages: 'Talenkennis', skills: 'Sterke punten' },
    profile: [
      'Accountmanager zakelijke markt bij een telecomaanbieder. Verantwoordelijk voor circa 70 zakelijke ' +
        'klanten (MKB) in Noord-Holland.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Accountmanager Zakelijke Markt', 'Kustnet Telecom B.V.', '2021-03', null, true, 'sinds maart 2021', [
        'Contractverlengingen en migraties naar glasvezel',
      ]),
      job('Office manager', 'Duinzicht Makelaardij', '2016', '2021', false, '2016 - 2021', [
        'Agendabeheer, facturatie en inkoop van kantoorbenodigdheden',
      ]),
      job('Callcenter medewerker', 'Belservice Haarlem', '2013-09', '2015-12', false, 'september 2013 - december 2015'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Januari - augustus 2016: wereldreis' }],
    education: [
      edu('hbo', 'Bachelor of Business Administration (hbo), Hogeschool Inholland, 2009 - 2013', {
        field: 'Business Administration',
        institution: 'Hogeschool Inholland',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [named('Klantgericht adviseren')],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands: moedertaal'), lang('en', 'B2', 'Engels: goed')],
    skills: ['Resultaatgericht', 'Klantgerichtheid', 'Stressbestendig'],
    clientBase: { activeAccounts: 70, segment: 'regional_smb' },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'nl-13-key-accountmanager-zzp',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Dertien',
    email: 'kandidaat.dertien@example.net',
    phone: '+31 6 44 55 66 77',
    contactLines: ['Apeldoorn'],
    profile: [
      'Key accountmanager bouwmaterialen. Ik onderhoud relaties met de inkoopdirecteuren van 14 landelijke ' +
        'bouwbedrijven en groothandels; jaaromzet circa € 9 miljoen.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Key Accountmanager', 'Veluwe Bouwstoffen B.V.', '2019-07', null, true, 'juli 2019 – nu', [
        'Raamcontracten en projectprijzen voor landelijke bouwbedrijven',
      ]),
      job(
        'Zelfstandig vertegenwoordiger',
        'Eigen onderneming',
        '2018-01',
        '2020-06',
        true,
        'januari 2018 – juni 2020',
        ['Verkoop van gereedschap van twee fabrikanten aan kleine bouwbedrijven, naast het dienstverband'],
      ),
      job('Accountmanager', 'IJsselbeton', '2015-01', '2019-06', true, 'januari 2015 – juni 2019'),
      job('Projectleider', 'IJsselbeton', '2011-05', '2014-12', false, 'mei 2011 – december 2014'),
    ],
    education: [
      edu('master', 'Master Marketing, Rijksuniversiteit Groningen, 2009 – 2011', {
        field: 'Marketing',
        institution: 'Rijksuniversiteit Groningen',
        startYear: 2009,
        endYear: 2011,
      }),
      edu('wo bachelor', 'WO Bachelor Economie, Rijksuniversiteit Groningen, 2006 – 2009', {
        field: 'Economie',
        institution: 'Rijksuniversiteit Groningen',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [named('Harvard-onderhandelmethode'), named('Presentatietechnieken')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: C1'),
      lang('de', 'B1', 'Duits: B1'),
    ],
    skills: ['Onderhandelen', 'Ondernemerschap', 'Netwerken'],
    clientBase: { activeAccounts: 14, annualRevenueEur: 9_000_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'entrepreneurship', 'relationship_building'],
  },
  {
    id: 'et-12-muugispetsialist-alates',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Kaksteist',
    email: 'kandidaat.kaksteist@example.com',
    phone: '+372 5345 1122',
    contactLines: ['Tartu'],
    tagline: 'Müügispetsialist, IT-lahendused',
    headings: { work: 'Tööalane kogemus', profile: 'Profiil', skills: 'Isikuomadused' },
    profile: ['Müügispetsialist, kelle kliendid on Lõuna-Eesti omavalitsused ja koolid, kokku 30 asutust.'],
    jobStyle: 'stacked',
    jobs: [
      job('Müügispetsialist', 'Tartu Tarkvara OÜ', '2019-05', null, true, 'alates 05.2019', [
        'Hankedokumentide koostamine ja pakkumiste esitamine',
      ]),
      job('IT-tugiisik', 'Tartu Tarkvara OÜ', '2016', '2019', false, '2016–2019', [
        'Kasutajate abistamine ja seadmete hooldus',
      ]),
    ],
    education: [
      edu('bakalaureus', 'Kõrgharidus (bakalaureus), informaatika, Tartu Ülikool, 2012–2016', {
        field: 'informaatika',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [named('Avalike hangete koolitus')],
    certifications: [],
    languages: [lang('et', 'native', 'Eesti keel – emakeel'), lang('en', 'C1', 'Inglise keel – C1')],
    skills: ['Analüütiline', 'Suhtlemisoskus'],
    clientBase: { activeAccounts: 30 },
    competencies: ['analytical', 'communication'],
  },
  {
    id: 'et-13-kliendihaldur-taanaseni',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Kolmteist',
    email: 'kandidaat.kolmteist@example.org',
    phone: '+372 5567 3344',
    contactLines: ['Haapsalu'],
    headings: { work: 'Töökogemused', education: 'Hariduskäik' },
    profile: [
      'Kliendihaldur turismiettevõttes. Vastutan Põhjamaade reisikorraldajate eest ja suhtlen nende ' +
        'juhtidega otse; aastakäive umbes 800 000 eurot.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Kliendihaldur', 'Läänemaa Puhkus OÜ', '2021-09', null, true, 'september 2021 – tänaseni', [
        'Hinnakokkulepped Soome ja Rootsi reisikorraldajatega',
        'Messid Helsingis ja Stockholmis',
      ]),
      job('Administraator', 'Haapsalu Spaahotell', '2017-01', '2020-12', false, 'jaanuar 2017 – detsember 2020', [
        'Broneeringud, arveldus ja külaliste vastuvõtt',
      ]),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'jaanuar 2021 – august 2021: õpingud ja vabatahtlik töö' }],
    education: [
      edu('rakenduskõrgharidus', 'Rakenduskõrgharidus, turismikorraldus, Tartu Ülikooli Pärnu kolledž, 2013–2016', {
        field: 'turismikorraldus',
        institution: 'Tartu Ülikooli Pärnu kolledž',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('fi', 'C1', 'soome keel – vabalt'),
      lang('sv', 'B1', 'rootsi keel – suhtlustasemel'),
      lang('en', 'B2', 'inglise keel – B2'),
    ],
    skills: ['Kliendikesksus', 'Taktitunne', 'Planeerimine'],
    clientBase: { annualRevenueEur: 800_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'tact_assertiveness', 'organisation'],
  },
  {
    id: 'en-12-business-development-to-date',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate Twelve',
    email: 'candidate.twelve@example.org',
    phone: '+44 7700 900111',
    contactLines: ['Glasgow'],
    tagline: 'Business Development Manager',
    headings: { work: 'Work history', education: 'Qualifications', skills: 'Strengths' },
    profile: [
      'Business development manager in commercial cleaning. I hold 40 contracts with facilities managers ' +
        'across Scotland worth £2.6M (€3M) a year.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Business Development Manager', 'Clydeside Facilities Ltd', '2019', null, true, '2019 to date', [
        'Tendering for public and private contracts',
      ]),
      job('Operations Manager', 'Clydeside Facilities Ltd', '2015-03', '2019-02', false, 'March 2015 – February 2019', [
        'Running a team of 60 cleaning operatives across 25 sites',
      ]),
    ],
    education: [
      edu('bachelor', 'Bachelor of Commerce, University of Strathclyde, 2010 – 2014', {
        field: 'Commerce',
        institution: 'University of Strathclyde',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [named('Bid writing masterclass')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'A2', 'French – basic')],
    skills: ['Commercial drive', 'Persuasive', 'Organised'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 3_000_000, segment: 'national' },
    competencies: ['entrepreneurship', 'persuasiveness', 'organisation'],
  },
  {
    id: 'en-13-territory-sales-ongoing',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirteen',
    email: 'candidate.thirteen@example.com',
    phone: '+353 87 765 4321',
    contactLines: ['Cork'],
    profile: ['Territory sales manager for veterinary products in Munster, with no fixed client list yet.'],
    jobStyle: 'inline',
    jobs: [
      job('Territory Sales Manager', 'Greenvale Animal Health', '2020-04', null, true, 'Apr 2020 – ongoing', [
        'Opening new veterinary practices and farm co-operatives',
      ]),
      job('Field Service Technician', 'Munster Dairy Systems', '2014-06', '2020-03', false, 'Jun 2014 – Mar 2020', [
        'Servicing milking equipment on farms',
      ]),
    ],
    education: [
      edu('bachelor', 'Bachelor of Agricultural Science, University College Cork, 2010 – 2014', {
        field: 'Agricultural Science',
        institution: 'University College Cork',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native')],
    skills: ['Self-starter', 'Resilient'],
    clientBase: null,
    competencies: ['initiative', 'stress_resistance'],
  },
];

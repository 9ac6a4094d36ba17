import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/** The fifth held-out set's English CVs (see test/fixtures/cvs/held-out-5/README.md). */
export const HELD_OUT_5_EN: CvSource[] = [
  {
    id: 'en-h5-01-account-manager-packaging',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seventy',
    email: 'candidate.seventy@example.com',
    phone: '+44 121 496 0732',
    contactLines: ['Solihull, West Midlands'],
    tagline: 'Account Manager',
    headings: { work: 'Employment History', skills: 'Skills', courses: 'Training' },
    profile: [
      'Account manager with ten years in corrugated and printed packaging, most of them with one employer. ' +
        'I look after food and drink producers in the West Midlands and the East Midlands, from first samples ' +
        'to annual price reviews. Organised, dependable and used to working to tight production deadlines.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Manager',
        'Brindley Packaging Ltd',
        '2018-09',
        null,
        true,
        'Sept 2018 to present',
        [
          'Manage 38 active accounts across the West and East Midlands, mainly family-owned food manufacturers; ' +
            'I deal directly with the owners and their purchasing managers',
          'Personal sales of £4.2m in 2025 (around €4.9m), up 14% on 2023',
          'Brindley turns over £61m a year; I am one of six account managers reporting to the Sales Director',
          'Won 9 new accounts since 2022, including two regional bakery groups',
        ],
        'Tamworth',
      ),
      job(
        'Internal Sales Executive',
        'Brindley Packaging Ltd',
        '2016-01',
        '2018-08',
        true,
        'Jan 2016 to Aug 2018',
        [
          'Quoted and closed repeat orders by phone for around 120 smaller customers',
          'Converted web enquiries into first orders',
        ],
        'Tamworth',
      ),
      job(
        'Customer Service Coordinator',
        'Hollis Foods plc',
        '2013-06',
        '2015-12',
        false,
        'June 2013 to Dec 2015',
        ['Order processing and delivery queries for supermarket depots'],
        'Coventry',
      ),
    ],
    education: [
      edu('ba', 'BA (Hons) Marketing, Aston University, Birmingham, 2010 to 2013', {
        field: 'Marketing',
        institution: 'Aston University',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [
      named('Negotiating with Professional Buyers', 'Negotiating with Professional Buyers, two days (2019)'),
      named('Packaging Technology Foundation', 'Packaging Technology Foundation, IOM3 (2017)'),
    ],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'A2', 'French – basic')],
    skills: ['Negotiation', 'Customer focus', 'Planning and organising', 'Microsoft Dynamics 365'],
    closing: [{ kind: 'paragraph', text: 'Full UK driving licence. References available on request.' }],
    clientBase: { activeAccounts: 38, annualRevenueEur: 4_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'organisation'],
  },
  {
    id: 'en-h5-02-europass-relationship-manager',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Seventy-One',
    email: 'candidate.seventyone@example.net',
    phone: '(+351) 912 345 678',
    contactLines: [
      'Address: Rua das Flores 21, 1200-195 Lisbon (Portugal)',
      'Nationality: Portuguese | Date of birth: 09/02/1988 | Gender: Male',
    ],
    headings: {
      profile: 'ABOUT ME',
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      skills: 'COMMUNICATION AND INTERPERSONAL SKILLS',
      certifications: 'CERTIFICATES',
      languages: 'LANGUAGE SKILLS',
    },
    profile: [
      'Relationship manager in SME banking. I combine a credit analyst’s reading of company accounts with ' +
        'ten years of daily contact with business owners.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Relationship Manager – SME Banking',
          'Banco Atlântico, S.A.',
          '2019-03',
          null,
          true,
          '01/03/2019 – CURRENT',
          [
            'Portfolio of 115 small and medium-sized companies in the districts of Lisbon and Setúbal; regular ' +
              'meetings with their owners and finance directors',
            'Credit portfolio of €140 million; fee and interest income from my clients of €3.8 million a year',
            'Cross-selling of leasing, factoring, payment terminals and insurance',
          ],
        ),
        lines: [
          '[ 01/03/2019 – CURRENT ]  Relationship Manager – SME Banking',
          'Banco Atlântico, S.A.',
          'City: Lisbon | Country: Portugal',
        ],
      },
      {
        ...job('Credit Analyst', 'Banco Atlântico, S.A.', '2015-09', '2019-02', false, '15/09/2015 – 28/02/2019', [
          'Credit proposals for companies with turnover up to €10 million',
        ]),
        lines: [
          '[ 15/09/2015 – 28/02/2019 ]  Credit Analyst',
          'Banco Atlântico, S.A.',
          'City: Lisbon | Country: Portugal',
        ],
      },
      {
        ...job(
          'Operations Trainee',
          'Caixa Popular de Crédito',
          '2012-10',
          '2015-08',
          false,
          '01/10/2012 – 31/08/2015',
        ),
        lines: [
          '[ 01/10/2012 – 31/08/2015 ]  Operations Trainee',
          'Caixa Popular de Crédito',
          'City: Setúbal | Country: Portugal',
        ],
      },
    ],
    education: [
      edu(
        'master',
        '[ 2013 – 2015 ]  Master’s degree in Finance\nISEG – Lisbon School of Economics & Management | City: Lisbon | Country: Portugal | Level in EQF: EQF level 7',
        {
          field: 'Finance',
          institution: 'ISEG – Lisbon School of Economics & Management',
          startYear: 2013,
          endYear: 2015,
        },
      ),
      edu(
        'bachelor',
        '[ 2009 – 2012 ]  Licenciatura (Bachelor’s degree) in Management\nNova School of Business and Economics | City: Lisbon | Country: Portugal | Level in EQF: EQF level 6',
        { field: 'Management', institution: 'Nova School of Business and Economics', startYear: 2009, endYear: 2012 },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'MiFID II Investment Adviser Certification',
        'MiFID II Investment Adviser Certification – Instituto de Formação Bancária (2018)',
      ),
    ],
    languages: [lang('pt', 'native', ''), lang('en', 'C1', ''), lang('es', 'B2', ''), lang('fr', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): Portuguese' },
      { kind: 'paragraph', text: 'Other language(s):' },
      {
        kind: 'table',
        header: [
          '',
          'UNDERSTANDING Listening',
          'Reading',
          'SPEAKING Spoken production',
          'Spoken interaction',
          'WRITING',
        ],
        rows: [
          ['English', 'C1', 'C1', 'C1', 'C1', 'B2'],
          ['Spanish', 'B2', 'C1', 'B2', 'B2', 'B1'],
          ['French', 'A2', 'A2', 'A2', 'A1', 'A2'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user',
      },
    ],
    skills: [
      'Communication skills built in daily contact with business owners and in credit committees',
      'Financial analysis of company accounts and cash-flow forecasts',
      'Negotiation of credit terms, collateral and pricing',
    ],
    closing: [
      { kind: 'heading', text: 'DRIVING LICENCE' },
      { kind: 'paragraph', text: 'Driving Licence: B' },
    ],
    clientBase: { activeAccounts: 115, annualRevenueEur: 3_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'financial_analysis', 'negotiation'],
  },
  {
    id: 'en-h5-03-linkedin-key-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Seventy-Two',
    email: 'candidate.seventytwo@example.org',
    phone: '+31 6 4812 7730',
    contactLines: ['www.linkedin.com/in/candidate-seventy-two (LinkedIn)'],
    tagline: 'Key Account Manager Benelux | Surgical Devices\nAmsterdam, North Holland, Netherlands',
    headings: {
      contact: 'Contact',
      skills: 'Top Skills',
      languages: 'Languages',
      certifications: 'Certifications',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
    },
    profile: [
      'I look after the largest hospital groups and purchasing consortia in the Netherlands, Belgium and ' +
        'Luxembourg for a maker of laparoscopic instruments: nine key accounts that bought €11.5M from us ' +
        'last year. I negotiate the framework contracts with their procurement directors and work with the ' +
        'surgeons who use our products.',
      'Before sales I was a theatre nurse for more than five years, which still helps in the operating room.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager Benelux',
          'Meridian Surgical',
          '2023-02',
          null,
          true,
          'February 2023 - Present (3 years 10 months)',
        ),
        lines: [
          'Meridian Surgical',
          '7 years 4 months',
          'Key Account Manager Benelux',
          'February 2023 - Present (3 years 10 months)',
          'Amsterdam Area',
          'Nine key accounts: university medical centres, hospital groups and two purchasing consortia.',
        ],
      },
      {
        ...job(
          'Account Manager Netherlands North',
          'Meridian Surgical',
          '2019-08',
          '2023-01',
          true,
          'August 2019 - January 2023 (3 years 6 months)',
        ),
        lines: [
          'Account Manager Netherlands North',
          'August 2019 - January 2023 (3 years 6 months)',
          'Groningen, Netherlands',
          'About 25 hospitals and independent clinics in the northern provinces.',
        ],
      },
      {
        ...job(
          'Clinical Application Specialist',
          'Orthoplan',
          '2018-03',
          '2019-07',
          false,
          'March 2018 - July 2019 (1 year 5 months)',
        ),
        lines: [
          'Orthoplan',
          'Clinical Application Specialist',
          'March 2018 - July 2019 (1 year 5 months)',
          'Utrecht, Netherlands',
          'In-theatre support and training for surgical teams using navigation systems.',
        ],
      },
      {
        ...job(
          'Theatre Nurse',
          'Amsterdam UMC',
          '2012-09',
          '2018-02',
          false,
          'September 2012 - February 2018 (5 years 6 months)',
        ),
        lines: [
          'Amsterdam UMC',
          'Theatre Nurse',
          'September 2012 - February 2018 (5 years 6 months)',
          'Amsterdam, North Holland, Netherlands',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Hogeschool van Amsterdam\nBachelor of Nursing, Nursing · (2008 - 2012)', {
        field: 'Nursing',
        institution: 'Hogeschool van Amsterdam',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [
      named('Strategic Account Management Certificate'),
      named('Medical Device Regulation (MDR) Essentials'),
    ],
    languages: [
      lang('nl', 'native', 'Dutch (Native or Bilingual)'),
      lang('en', 'C1', 'English (Full Professional)'),
      lang('de', 'B2', 'German (Professional Working)'),
      lang('fr', 'A2', 'French (Elementary)'),
    ],
    skills: ['Key Account Management', 'Negotiation', 'Medical Devices'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 11_500_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'en-h5-04-insurance-relationship-manager-prose',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seventy-Three',
    email: 'c.seventythree@example.com',
    phone: '0161 496 0519',
    contactLines: ['Stockport, Cheshire'],
    headings: {
      profile: 'About me',
      work: 'My career so far',
      skills: 'What I bring',
      certifications: 'Qualifications',
    },
    profile: [
      'I am a commercial insurance relationship manager, and I am looking for a role with a larger book and a ' +
        'broker-facing team. I have written my CV as a short story because my route into insurance was not a ' +
        'straight line.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Relationship Manager', 'Pennine Mutual Insurance', '2021-04', null, true, 'Since April 2021'),
        lines: [
          'Since April 2021 I have been a Relationship Manager in the commercial lines team of Pennine Mutual ' +
            'Insurance. I look after 64 businesses in Greater Manchester and Lancashire, mostly manufacturers and ' +
            'haulage firms, and I renew their fleet, property and liability cover with their managing directors. ' +
            'My book brings in £4.6m of gross written premium a year (roughly €5.4m) of the company’s £380m.',
        ],
      },
      {
        ...job('Account Executive', 'Pennine Mutual', '2019', '2021-03', true, 'from 2019 until March 2021'),
        lines: [
          'After a year of parental leave I came back to Pennine Mutual as an Account Executive, my first sales ' +
            'role, from 2019 until March 2021, with a book of about 150 small traders (shops, cafés, tradesmen) ' +
            'that I renewed by phone and email.',
        ],
      },
      {
        ...job('Claims Handler', 'Pennine Mutual', '2015', '2018', false, '2015–2018'),
        lines: [
          'In 2015 I joined Pennine Mutual as a Claims Handler and stayed in motor and property claims for three ' +
            'years (2015–2018), until my daughter was born. Claims taught me what customers go through when ' +
            'something goes wrong.',
        ],
      },
      {
        ...job('Telesales Executive', 'Manchester Evening Courier', '2012', '2015', true, 'from 2012 until 2015'),
        lines: [
          'Before insurance I spent three years, from 2012 until 2015, selling advertising space by phone as a ' +
            'Telesales Executive at the Manchester Evening Courier.',
        ],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'I am now working towards the Diploma in Insurance (Dip CII); four of the six units are passed and I ' +
          'expect to finish in 2027.',
      },
    ],
    education: [
      edu('secondary', 'A-levels in Business Studies, English and History, Aquinas College, Stockport, 2010', {
        institution: 'Aquinas College',
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Certificate in Insurance (Cert CII)',
        'Certificate in Insurance (Cert CII), Chartered Insurance Institute, 2017',
      ),
    ],
    languages: [lang('en', 'native', ''), lang('ur', 'B1', ''), lang('fr', 'A2', '')],
    languagesText: [
      'English is my first language. I speak Urdu with my family (spoken only, roughly B1) and still have my ' +
        'school French (A2).',
    ],
    skills: [
      'Relationship management with brokers and business owners',
      'Resilient: renewal season is my busiest and best time',
      'Clear, diplomatic communication when a claim is declined',
    ],
    clientBase: { activeAccounts: 64, annualRevenueEur: 5_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'relationship_building', 'stress_resistance', 'tact_assertiveness'],
  },
  {
    id: 'en-h5-05-key-account-manager-merchants-table',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Seventy-Four',
    email: 'candidate74@example.org',
    phone: '+44 7700 900 815',
    contactLines: ['Wakefield, West Yorkshire', 'linkedin.com/in/candidate-seventy-four'],
    tagline: 'Key Account Manager – builders’ merchants',
    headings: {
      profile: 'Personal statement',
      work: 'Career',
      skills: 'Strengths',
      courses: 'Training',
      workTable: ['Company', 'Job title', 'Years'],
    },
    profile: [
      'Fifteen years in building materials, the last seven as key account manager for the merchant groups: I win ranging, agree trading ' +
        'terms and make sure our products sell through the branches.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job('Key Account Manager – Merchants', 'Calder Building Products Ltd', '2019', null, true, '2019–…', [
        'Own the relationship with 7 merchant groups (about 420 branches between them) across Great Britain',
        'Annual sales through my accounts: €23m (£19.8m); Calder’s total turnover is €140m',
        'Negotiate annual trading terms, rebates and promotions with the groups’ buying directors',
      ]),
      job('Area Sales Manager', 'Calder Building Products Ltd', '2015', '2019', true, '2015–2019', [
        'Around 90 independent merchants in Yorkshire and the Humber',
      ]),
      job('Yard Supervisor', 'Ridings Timber & Builders Merchants', '2011', '2015', false, '2011–2015', [
        'Ran the yard team of six, stock checks and deliveries',
      ]),
    ],
    education: [
      edu('short-cycle tertiary', 'HND Business and Management, Leeds Beckett University, 2009–2011', {
        field: 'Business and Management',
        institution: 'Leeds Beckett University',
        startYear: 2009,
        endYear: 2011,
      }),
    ],
    courses: [
      named(
        'Advanced Key Account Management',
        'Advanced Key Account Management, Cranfield School of Management, 3 days (2021)',
      ),
    ],
    certifications: [],
    languages: [lang('en', 'native', 'English: native'), lang('de', 'B2', 'German: good working knowledge')],
    skills: ['Commercial drive', 'Negotiating trading terms', 'Team player'],
    clientBase: { activeAccounts: 7, annualRevenueEur: 23_000_000, segment: 'national', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'teamwork'],
  },
  {
    id: 'en-h5-06-functional-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Seventy-Five',
    email: 'seventyfive.candidate@example.net',
    phone: '+353 86 555 0142',
    contactLines: ['Galway, Ireland'],
    tagline: 'Account Manager – practice software for accountants',
    afterContact: [
      { kind: 'heading', text: 'Summary' },
      {
        kind: 'paragraph',
        text:
          'Former business teacher, now an account manager for a software company that serves accountancy ' +
          'practices. I explain things well, I listen, and I like helping small firms grow.',
      },
      { kind: 'heading', text: 'Key skills and achievements' },
      { kind: 'paragraph', text: 'Account management' },
      {
        kind: 'bullets',
        items: [
          'Look after 85 accountancy practices in Connacht and Munster, from sole practitioners to 40-person ' +
            'firms; I work directly with the partners who decide on renewals and upgrades',
          'Subscriptions across my practices are worth €1.2m a year; renewal rate 96% in 2025',
          'Brought in €310,000 of new annual upgrades in 2025 through payroll and tax add-ons',
        ],
      },
      { kind: 'paragraph', text: 'Training and presenting' },
      {
        kind: 'bullets',
        items: [
          'Eight years of teaching: I can explain a month-end close to a room of thirty',
          'Run monthly onboarding webinars for new practices, 40 to 60 attendees',
          'Mentoring two junior account managers since 2024',
        ],
      },
      { kind: 'paragraph', text: 'Communication' },
      {
        kind: 'bullets',
        items: [
          'Strong communication skills in English and Irish, written and spoken',
          'Customer-centric: I visit every practice at least once a year',
        ],
      },
    ],
    profile: [],
    headings: {
      work: 'Employment history',
      education: 'Education',
      languages: 'Languages',
      certifications: 'Certification',
    },
    jobStyle: 'bullets',
    jobs: [
      job('Account Manager', 'Ledgerline Software', '2021-02', null, true, 'Feb 2021 – present', undefined, 'Galway'),
      job(
        'Customer Success Specialist',
        'Ledgerline Software',
        '2019-09',
        '2021-01',
        false,
        'Sep 2019 – Jan 2021',
        ['Onboarding and product training for new customers'],
        'Galway',
      ),
      job(
        'Teacher of Business and Accounting',
        'Scoil Mhuire Community School',
        '2011-09',
        '2019-06',
        false,
        'Sep 2011 – Jun 2019',
        undefined,
        'Athenry',
      ),
    ],
    education: [
      edu('master', 'Professional Master of Education (PME), NUI Galway, 2009–2011', {
        field: 'Education',
        institution: 'NUI Galway',
        startYear: 2009,
        endYear: 2011,
      }),
      edu('bachelor', 'Bachelor of Commerce (BComm), NUI Galway, 2006–2009', {
        field: 'Commerce',
        institution: 'NUI Galway',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Certified Customer Success Manager (CCSM) Level 1',
        'Certified Customer Success Manager (CCSM) Level 1, 2021',
      ),
    ],
    languages: [
      lang('en', 'native', 'English (native)'),
      lang('ga', 'C1', 'Irish (fluent – I taught through Irish)'),
      lang('fr', 'B1', 'French (B1)'),
    ],
    skills: [],
    closing: [
      {
        kind: 'paragraph',
        text: 'Currently completing the Professional Diploma in Sales (Irish Management Institute), due June 2027.',
      },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'communication', 'customer_focus'],
  },
  {
    id: 'en-h5-07-account-manager-overlap-board',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Seventy-Six',
    email: 'candidate.seventysix@example.com',
    phone: '07700 900 237',
    contactLines: ['Cardiff'],
    tagline: 'Account Manager, managed IT services',
    headings: { work: 'Work experience', skills: 'Skills', certifications: 'Certificates', profile: 'Profile' },
    profile: [
      'Account manager for a managed IT services provider. My clients are firms of 20 to 200 staff across ' +
        'South Wales; I hold the commercial relationship with their owners and operations directors, 52 ' +
        'accounts in all. Outside work I sit on the board of a food charity.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Manager', 'Taff Valley IT Services', '2021-06', null, true, 'Jun 2021 – now', [
          'Renewals, upgrades and new projects for 52 managed-service clients',
          'Grew contract value on my accounts by 27% in three years',
        ]),
        lines: ['Jun 2021 – now', 'Account Manager · Taff Valley IT Services, Cardiff'],
      },
      {
        ...job('Freelance Sales Consultant', 'Gwynt Craft Brewery', '2022-09', '2024-03', true, 'Sep 2022 – Mar 2024', [
          'Two days a month alongside my main job: opened 30 pubs and bottle shops for a small brewery',
        ]),
        lines: ['Sep 2022 – Mar 2024', 'Freelance Sales Consultant (part-time) · Gwynt Craft Brewery, Penarth'],
      },
      {
        ...job('Inside Sales Executive', 'Celtic Office Supplies', '2016-03', '2019-09', true, 'Mar 2016 – Sep 2019', [
          'Phone and e-mail sales of office supplies and printers to schools and small businesses',
        ]),
        lines: ['Mar 2016 – Sep 2019', 'Inside Sales Executive · Celtic Office Supplies, Newport'],
      },
      {
        ...job('Warehouse Team Leader', 'Celtic Office Supplies', '2013-07', '2016-02', false, 'Jul 2013 – Feb 2016'),
        lines: ['Jul 2013 – Feb 2016', 'Warehouse Team Leader · Celtic Office Supplies, Newport'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Career break' },
      {
        kind: 'paragraph',
        text: 'Oct 2019 – May 2021  Sabbatical: five months travelling in South-East Asia, then full-time care for my father.',
      },
      { kind: 'heading', text: 'Board and volunteering' },
      {
        kind: 'bullets',
        items: [
          'Trustee and board member, Cardiff Food Share (Jan 2022 – now)',
          'Volunteer business mentor for young founders, Cardiff Enterprise Hub (2018 – now)',
        ],
      },
    ],
    education: [
      edu('bsc', 'BSc Business Information Systems, Cardiff Metropolitan University, 2010–2013', {
        field: 'Business Information Systems',
        institution: 'Cardiff Metropolitan University',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('ITIL 4 Foundation', 'ITIL 4 Foundation (2022)')],
    languages: [
      lang('cy', 'native', 'Welsh – first language'),
      lang('en', 'native', 'English – native'),
      lang('es', 'A2', 'Spanish – A2'),
    ],
    skills: ['Relationship management', 'Commercial drive', 'Time management'],
    clientBase: { activeAccounts: 52, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h5-08-client-relationship-manager-logistics',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seventy-Seven',
    email: 'cand.seventyseven@example.org',
    phone: '+49 40 5550 1873',
    contactLines: ['Hamburg, Germany'],
    headings: { profile: 'Profile', work: 'Professional experience', skills: 'Skills', courses: 'Further training' },
    profile: [
      'Scottish-born client relationship manager in freight forwarding, based in Hamburg since 2016. Today I ' +
        'manage 24 shippers in Germany, Poland and Scandinavia whose freight spend with us is about €31m a year ' +
        '(Hanseatic as a whole turns over €900m). I agree rates and service levels with their supply chain ' +
        'directors and heads of procurement, who sign the contracts.',
      'Before my promotion I ran a portfolio of some 60 smaller German accounts.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Client Relationship Manager',
          'Hanseatic Freight Solutions GmbH',
          '2023-01',
          null,
          true,
          'Jan 2023 – present',
          ['Key shippers in automotive parts and consumer electronics', 'Quarterly business reviews and tenders'],
        ),
        lines: ['Senior Client Relationship Manager — Hanseatic Freight Solutions GmbH (Jan 2023 – present)'],
      },
      {
        ...job(
          'Client Relationship Manager',
          'Hanseatic Freight Solutions GmbH',
          '2020-01',
          '2022-12',
          true,
          'Jan 2020 – Dec 2022',
          ['Around 60 mid-sized German shippers; road and sea freight'],
        ),
        lines: ['Client Relationship Manager — Hanseatic Freight Solutions GmbH (Jan 2020 – Dec 2022)'],
      },
      {
        ...job('Customs Declarant', 'Elbe Customs Services', '2016-08', '2019-12', false, 'Aug 2016 – Dec 2019', [
          'Import and export declarations for forwarders and shippers',
        ]),
        lines: ['Customs Declarant — Elbe Customs Services (Aug 2016 – Dec 2019)'],
      },
      {
        ...job(
          'Logistics Coordinator',
          'Nordport Shipping Agency Ltd',
          '2013-09',
          '2016-07',
          false,
          'Sep 2013 – Jul 2016',
        ),
        lines: ['Logistics Coordinator — Nordport Shipping Agency Ltd, Aberdeen (Sep 2013 – Jul 2016)'],
      },
    ],
    education: [
      edu('bachelor', 'MA (Hons) Economics, University of Aberdeen, 2009–2013 (four-year undergraduate degree)', {
        field: 'Economics',
        institution: 'University of Aberdeen',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [named('Strategic Account Management', 'Strategic Account Management, HSBA Hamburg, 2021')],
    certifications: [
      named(
        'FIATA Diploma in Freight Forwarding',
        'FIATA Diploma in Freight Forwarding (2018); APICS CSCP in progress, exam booked for March 2027',
      ),
    ],
    languages: [
      lang('en', 'native', 'English: mother tongue'),
      lang('de', 'C1', 'German: C1 (Goethe-Zertifikat C1)'),
      lang('pl', 'A2', 'Polish: basic'),
    ],
    skills: ['Negotiation', 'Analytical', 'Intercultural communication'],
    clientBase: { activeAccounts: 24, annualRevenueEur: 31_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'communication', 'negotiation'],
  },
  {
    id: 'en-h5-09-business-account-manager-telecoms',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seventy-Eight',
    email: 'candidate.seventyeight@example.net',
    phone: null,
    contactLines: ['Glasgow', 'Driving licence: full, clean'],
    headings: { profile: 'Personal profile', work: 'Work experience', skills: 'Skills', courses: 'Courses' },
    profile: [
      'Target-driven business account manager in telecoms, persuasive and resilient, looking for a field ' +
        'role with a bigger patch.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Business Account Manager',
        'Clydeline Communications',
        '2022-06',
        null,
        true,
        '06.2022 – present',
        [
          'New-business and renewal sales of mobile, broadband and VoIP contracts',
          'Achieved 118% of annual target in 2024 and 112% in 2025',
          'Winner of the Q3 2025 new-business award',
        ],
        'Glasgow',
      ),
      job(
        'Store Manager',
        'Clydeline Communications',
        '2019-03',
        '2022-05',
        false,
        '03.2019 – 05.2022',
        ['Ran a high-street store with a team of seven; rotas, stock, opening hours'],
        'Glasgow',
      ),
      job(
        'Mobile Sales Advisor',
        'PhoneHub',
        '2016-09',
        '2019-02',
        true,
        '09.2016 – 02.2019',
        ['Sold handsets and contracts to walk-in customers; top seller in the store for 2018'],
        'Paisley',
      ),
    ],
    education: [
      edu('secondary', 'Scottish Highers (English, Business Management, Maths), Govanhill Academy, 2016', {
        institution: 'Govanhill Academy',
        endYear: 2016,
      }),
    ],
    courses: [named('Sandler Foundations', 'Sandler Foundations (2023)')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'A2', 'French – basic')],
    skills: ['Persuasive', 'Resilient', 'Customer-centric'],
    closing: [{ kind: 'paragraph', text: 'Interests: five-a-side football, Glasgow Warriors.' }],
    clientBase: null,
    competencies: ['customer_focus', 'persuasiveness', 'stress_resistance'],
  },
  {
    id: 'en-h5-10-bancassurance-key-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Seventy-Nine',
    email: 'candidate.seventynine@example.com',
    phone: '+370 612 34567',
    contactLines: ['Vilnius, Lithuania'],
    tagline: 'Key Account Manager, Bancassurance',
    headings: { profile: 'Summary', work: 'Experience', skills: 'Core skills', certifications: 'Certification' },
    profile: [
      'I manage the insurer’s relationships with 6 partner banks in Lithuania, Latvia and Estonia and with ' +
        'the people in them who sell our life and savings products. Through my partners we write about €42m ' +
        'of gross premium a year; the company writes about €310m in total. I negotiate the distribution ' +
        'agreements with the banks’ heads of retail banking.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Key Account Manager, Bancassurance', 'Baltic Mutual Life SE', '2020', null, true, '2020 – present', [
          'Annual business plans with each partner bank',
          'Coaching the banks’ branch advisers on our products',
        ]),
        lines: ['Baltic Mutual Life SE | Key Account Manager, Bancassurance | 2020 – present'],
      },
      {
        ...job('Partner Sales Manager', 'Baltic Mutual Life SE', '2017', '2019', true, '2017 – 2019', [
          'Grew premium through two Lithuanian partner banks by 35%',
        ]),
        lines: ['Baltic Mutual Life SE | Partner Sales Manager | 2017 – 2019'],
      },
      {
        ...job('Private Client Advisor', 'Nemunas Bank AB', '2013', '2017', true, '2013 – 2017', [
          'Investment and pension advice for about 300 affluent clients in Kaunas',
        ]),
        lines: ['Nemunas Bank AB | Private Client Advisor | 2013 – 2017'],
      },
      {
        ...job('Back-office Specialist', 'Nemunas Bank AB', '2011', '2013', false, '2011 – 2013'),
        lines: ['Nemunas Bank AB | Back-office Specialist | 2011 – 2013'],
      },
    ],
    education: [
      edu('msc', 'MSc in Finance, Vilnius University, 2009–2011', {
        field: 'Finance',
        institution: 'Vilnius University',
        startYear: 2009,
        endYear: 2011,
      }),
      edu('bachelor', 'Bachelor of Economics, ISM University of Management and Economics, 2005–2009', {
        field: 'Economics',
        institution: 'ISM University of Management and Economics',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [named('EFA – European Financial Advisor (EFPA)', 'EFA – European Financial Advisor (EFPA), 2016')],
    languages: [
      lang('lt', 'native', 'Lithuanian — native'),
      lang('en', 'C1', 'English — C1'),
      lang('ru', 'B2', 'Russian — B2'),
      lang('pl', 'B1', 'Polish — conversational'),
    ],
    skills: ['Negotiation', 'Coaching', 'Analytical'],
    clientBase: { activeAccounts: 6, annualRevenueEur: 42_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation'],
  },
];

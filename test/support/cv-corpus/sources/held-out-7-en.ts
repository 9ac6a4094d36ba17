import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/** The seventh held-out set's English CVs (see test/fixtures/cvs/held-out-7/README.md). */
export const HELD_OUT_7_EN: CvSource[] = [
  {
    id: 'en-h7-01-account-manager-office-supplies',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate One Hundred One',
    email: 'candidate.onehundredone@example.com',
    phone: '07700 900 311',
    contactLines: ['Solihull, West Midlands'],
    headings: { profile: 'Personal profile', work: 'Employment history', skills: 'Skills' },
    profile: [
      'Account manager with ten years in business-to-business sales of office supplies, furniture and print. ' +
        'I look after customers for the long term and grow what they buy from us, and I am just as happy on ' +
        'the phone as in a client’s office.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Manager',
        'Midland Office Solutions Ltd',
        '2019-01',
        null,
        true,
        'January 2019 – Present',
        [
          'Manage a portfolio of 85 business accounts across the West Midlands, mainly schools, solicitors and small manufacturers',
          'Personal sales of £1.9m in 2025 (c. €2.2m), 112% of target',
          'Quarterly reviews with owners and practice managers; introduced managed print to 20 existing accounts',
        ],
        'Birmingham',
      ),
      job(
        'Telesales Executive',
        'Midland Office Solutions Ltd',
        '2016-06',
        '2018-12',
        true,
        'June 2016 – December 2018',
        ['Outbound calls to lapsed and new customers; won 60 new accounts in two years'],
        'Birmingham',
      ),
      job(
        'Customer Service Advisor',
        'Brindley Direct',
        '2014-09',
        '2016-05',
        false,
        'September 2014 – May 2016',
        ['Order queries, returns and delivery issues for a catalogue retailer'],
        'Wolverhampton',
      ),
    ],
    education: [
      edu('ba', 'BA (Hons) Business Management, Birmingham City University, 2011 – 2014', {
        field: 'Business Management',
        institution: 'Birmingham City University',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [named('Consultative Selling', 'Consultative Selling, two-day course (2020)')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'A2', 'French – basic')],
    skills: ['Negotiation', 'Relationship management', 'Organised and reliable', 'Salesforce, Excel, Word'],
    closing: [{ kind: 'paragraph', text: 'Full UK driving licence. References available on request.' }],
    clientBase: { activeAccounts: 85, annualRevenueEur: 2_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h7-02-key-account-manager-soft-drinks',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate One Hundred Two',
    email: 'c.onehundredtwo@example.org',
    phone: '+44 7700 900 482',
    contactLines: ['Glasgow'],
    tagline: 'Key Account Manager',
    headings: { profile: 'Summary', work: 'Professional experience', skills: 'Core skills' },
    profile: [
      'Key account manager in soft drinks with a field sales background. I run national grocery and ' +
        'convenience accounts across the UK and build joint business plans that buyers actually use.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager',
        'Clydeside Drinks Company',
        '2019-03',
        null,
        true,
        '03/2019 – present',
        [
          'Manage 6 national grocery and convenience accounts across the UK, selling into about 3,100 stores',
          'Net revenue of £14m across my accounts in 2025, up 9% year on year',
          'Annual joint business plans, promotions and range reviews with category buyers',
        ],
        'Glasgow',
      ),
      job(
        'Field Sales Executive',
        'Clydeside Drinks Company',
        '2016-08',
        '2019-02',
        true,
        '08/2016 – 02/2019',
        ['Called on 140 independent retailers and pubs in Glasgow and Ayrshire; ran the cooler placement scheme'],
        'Glasgow',
      ),
      job(
        'Assistant Store Manager',
        'Kelvin Food Stores',
        '2013-09',
        '2016-07',
        false,
        '09/2013 – 07/2016',
        ['Rotas, stock control and a team of 18 in a busy convenience store'],
        'Paisley',
      ),
    ],
    education: [
      edu('ba', 'BA Business with Marketing, Glasgow Caledonian University, 2010 – 2013', {
        field: 'Business with Marketing',
        institution: 'Glasgow Caledonian University',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [named('Advanced Negotiation', 'Advanced Negotiation, Grocery Academy (2021)')],
    certifications: [],
    languages: [lang('en', 'native', 'English (native)'), lang('de', 'B1', 'German (B1)')],
    skills: ['Joint business planning', 'Negotiation', 'Data analysis (Nielsen, Excel)', 'Team player'],
    clientBase: { activeAccounts: 6, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'en-h7-03-business-banking-relationship-manager',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate One Hundred Three',
    email: 'onehundredthree@example.net',
    phone: '0117 496 0382',
    contactLines: ['Bristol'],
    headings: {
      profile: 'Profile',
      work: 'Career history',
      education: 'Education and qualifications',
      skills: 'Skills',
      certifications: 'Professional qualifications',
    },
    profile: [
      'Business banker with twelve years at a regional bank, eight of them managing my own portfolio of ' +
        'owner-managed businesses. Steady, commercial and known by the local accountants.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Relationship Manager, Business Banking',
        'Severn Vale Bank',
        '2018',
        null,
        true,
        '2018 – date',
        [
          'Portfolio of 140 business customers with turnover from £1m to £10m across Bristol, Somerset and Gloucestershire',
          'Lending, deposits and payments; most of my relationships are with owners and finance directors',
          'Total lending in the portfolio of about £95m; arrears well below the regional average',
        ],
        'Bristol',
      ),
      job(
        'Business Development Manager',
        'Severn Vale Bank',
        '2014',
        '2018',
        true,
        '2014 – 2018',
        ['Brought in new-to-bank small business customers through accountants and solicitors'],
        'Bath',
      ),
      job(
        'Branch Lending Assistant',
        'Cotswold Building Society',
        '2011',
        '2014',
        false,
        '2011 – 2014',
        ['Prepared mortgage and loan applications for the branch advisers'],
        'Cheltenham',
      ),
    ],
    education: [
      edu('bsc', 'BSc (Hons) Economics, University of Exeter, 2008 – 2011', {
        field: 'Economics',
        institution: 'University of Exeter',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [named('Chartered Banker (ACIB)', 'Chartered Banker (ACIB), 2017')],
    languages: [lang('en', 'native', 'English (native)'), lang('cy', 'B1', 'Welsh (conversational)')],
    skills: [
      'Credit assessment and financial acumen',
      'Relationship management',
      'Networking with accountants and introducers',
    ],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'en-h7-04-business-account-manager-telecoms',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate One Hundred Four',
    email: 'cand.104@example.com',
    phone: '07700 900 127',
    contactLines: ['Nottingham'],
    tagline: 'Business Account Manager',
    headings: { profile: 'About me', work: 'Work experience', skills: 'Skills' },
    profile: [
      'I sell and renew business mobile, connectivity and cloud phone systems for small and medium-sized ' +
        'companies. I started on a shop floor and have moved up through telesales to my own patch.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Business Account Manager',
        'Trent Valley Communications',
        '2020-10',
        null,
        true,
        'Oct 2020 – Present',
        [
          'Look after 60 SME customers in Nottinghamshire and Derbyshire',
          'Renewals, upgrades and new sites, agreed with owners and office managers; 118% of target in 2025',
          'Moved 25 customers from ISDN to cloud telephony before the switch-off',
        ],
        'Nottingham',
      ),
      job(
        'Telesales Advisor',
        'Trent Valley Communications',
        '2018-09',
        '2020-09',
        true,
        'Sep 2018 – Sep 2020',
        ['Inbound and outbound sales of business mobile contracts'],
        'Nottingham',
      ),
      job(
        'Retail Sales Consultant',
        'Phone Point',
        '2016-05',
        '2018-08',
        true,
        'May 2016 – Aug 2018',
        ['Sold handsets, contracts and accessories in a high-street store'],
        'Derby',
      ),
    ],
    education: [
      edu('upper secondary', 'BTEC Level 3 Extended Diploma in Business, New College Nottingham, 2014 – 2016', {
        field: 'Business',
        institution: 'New College Nottingham',
        startYear: 2014,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English — native')],
    skills: ['Customer focus', 'Resilient', 'Cloud telephony and Microsoft Teams Phone', 'CRM: HubSpot'],
    clientBase: { activeAccounts: 60, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'en-h7-05-insurance-account-executive',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate One Hundred Five',
    email: 'onehundredfive.c@example.org',
    phone: '01603 555 219',
    contactLines: ['Norwich, Norfolk'],
    tagline: 'Account Executive – Commercial Insurance',
    headings: {
      profile: 'Profile',
      work: 'Employment',
      skills: 'Strengths',
      certifications: 'Qualifications',
    },
    profile: [
      'Commercial insurance account executive at an independent broker. I look after farms, hauliers and ' +
        'tradespeople in East Anglia, and I know claims from the inside.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Executive, Commercial Lines',
        'Wensum Insurance Brokers',
        '2017-04',
        null,
        true,
        'April 2017 – current',
        [
          'Handle 190 commercial clients in Norfolk and Suffolk, mainly farms, haulage firms and trades',
          'Placed £5.1m of gross written premium for my clients in 2025 (around €5.9m)',
          'Renewal meetings with owners and finance managers; new business through accountants and referrals',
        ],
        'Norwich',
      ),
      job(
        'Claims Handler',
        'Anglia Mutual',
        '2011-09',
        '2017-03',
        false,
        'September 2011 – March 2017',
        ['Motor and property claims for commercial policyholders, up to £50,000'],
        'Ipswich',
      ),
    ],
    education: [
      edu('ba', 'BA (Hons) History, University of East Anglia, 2008 – 2011', {
        field: 'History',
        institution: 'University of East Anglia',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [named('Cert CII (Certificate in Insurance)', 'Cert CII (Certificate in Insurance), 2015')],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Negotiating renewals with insurers',
      'Planning and organising a busy renewal diary',
      'Clear communication with clients who are not insurance people',
    ],
    closing: [
      {
        kind: 'paragraph',
        text: 'Currently studying for the Diploma in Insurance (Dip CII): three of six units passed.',
      },
    ],
    clientBase: { activeAccounts: 190, annualRevenueEur: 5_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'negotiation', 'organisation'],
  },
  {
    id: 'en-h7-06-account-manager-it-reseller',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate One Hundred Six',
    email: 'c106@example.net',
    phone: '07700 900 735',
    contactLines: ['Reading, Berkshire'],
    headings: { profile: 'Summary', work: 'Experience', skills: 'Skills', certifications: 'Certifications' },
    profile: [
      'IT account manager for mid-sized organisations: hardware, licensing, cloud and managed services. ' +
        'Technical enough to talk to an IT manager, commercial enough to close with the finance director.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Account Manager',
        'Kennet IT Solutions',
        '2021-05',
        null,
        true,
        'May 2021 – to date',
        [
          'Account manager for 45 mid-sized customers in the Thames Valley, from law firms to housing associations',
          'Own gross profit target; revenue from my accounts was £3.2m last financial year',
          'Day to day with IT managers, budget conversations with their CFOs',
        ],
        'Reading',
      ),
      job(
        'Inside Sales Executive',
        'Kennet IT Solutions',
        '2019-01',
        '2021-04',
        true,
        'Jan 2019 – Apr 2021',
        ['Quoted and closed hardware and licence renewals by phone and e-mail'],
        'Reading',
      ),
      job(
        'IT Support Technician',
        'Loddon Valley College',
        '2017-07',
        '2018-12',
        false,
        'Jul 2017 – Dec 2018',
        ['First-line support for 900 staff and students'],
        'Wokingham',
      ),
    ],
    education: [
      edu('bsc', 'BSc Computing, University of Reading, 2014 – 2017', {
        field: 'Computing',
        institution: 'University of Reading',
        startYear: 2014,
        endYear: 2017,
      }),
    ],
    courses: [],
    certifications: [named('Microsoft 365 Fundamentals (MS-900)', 'Microsoft 365 Fundamentals (MS-900), 2022')],
    languages: [lang('en', 'native', 'English – native'), lang('hi', 'C1', 'Hindi – fluent')],
    skills: ['Proactive', 'Networking', 'Time management', 'Microsoft licensing, Azure, Dynamics 365'],
    clientBase: { activeAccounts: 45, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h7-07-key-account-manager-packaging-table',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate One Hundred Seven',
    email: 'candidate107@example.com',
    phone: '+44 7700 900 903',
    contactLines: ['Maidstone, Kent'],
    headings: {
      profile: 'Personal statement',
      work: 'Employment',
      skills: 'Skills',
      workTable: ['Dates', 'Company', 'Job title'],
    },
    profile: [
      'Key account manager in corrugated and flexible packaging, selling to food and drink manufacturers. ' +
        'I came up through production, so I know what a machine can run and what a promise costs.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Key Account Manager', 'Medway Packaging Ltd', '2020', null, true, '2020 – present', [
        '18 key accounts: food and drink manufacturers across London and the South East',
        'Sales of £9.4m (€10.8m) from my accounts in 2025',
        'Annual price and supply agreements with procurement managers',
      ]),
      job('Account Manager', 'Medway Packaging Ltd', '2015', '2020', true, '2015 – 2020', [
        'Around 70 smaller accounts in Kent and Sussex; new business from trade shows',
      ]),
      job('Production Supervisor', 'Swale Board Mills', '2011', '2015', false, '2011 – 2015', [
        'Night shift of 14 operators on two corrugators',
      ]),
    ],
    education: [
      edu('bachelor', 'Bachelor of Engineering (BEng) Product Design, University of Kent, 2008 – 2011', {
        field: 'Product Design',
        institution: 'University of Kent',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [named('Key Account Management', 'Key Account Management, Cranfield School of Management (2021)')],
    certifications: [],
    languages: [lang('en', 'native', 'English: native'), lang('es', 'B1', 'Spanish: intermediate')],
    skills: ['Negotiation skills', 'Commercial drive', 'Collaboration with production and design teams'],
    clientBase: { activeAccounts: 18, annualRevenueEur: 10_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'teamwork'],
  },
  {
    id: 'en-h7-08-corporate-relationship-manager-singapore',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate One Hundred Eight',
    email: 'candidate.108@example.org',
    phone: '+65 9555 0148',
    contactLines: ['Singapore'],
    tagline: 'Relationship Manager, Commercial Banking',
    headings: { profile: 'Professional summary', work: 'Professional experience', skills: 'Skills' },
    profile: [
      'Commercial banker covering mid-sized companies in Singapore and Malaysia: trading, logistics and ' +
        'light manufacturing. I bring in new clients and deepen existing ones across lending, trade finance ' +
        'and cash management.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Relationship Manager, Commercial Banking',
          'Straits Meridian Bank',
          '2019-07',
          null,
          true,
          'July 2019 to present',
          [
            'Portfolio of 65 mid-sized companies in Singapore and Malaysia, most of them family-owned',
            'Revenue to the bank from my portfolio of SGD 6.2m in 2025 (approximately €4.4m)',
            'Meet business owners and CFOs at least twice a year; 14 new-to-bank clients in 2025',
          ],
        ),
        lines: ['Relationship Manager, Commercial Banking', 'Straits Meridian Bank, Singapore — July 2019 to present'],
      },
      {
        ...job(
          'Assistant Relationship Manager',
          'Straits Meridian Bank',
          '2016-03',
          '2019-06',
          false,
          'March 2016 to June 2019',
          ['Supported two relationship managers with credit papers, client onboarding and annual reviews'],
        ),
        lines: ['Assistant Relationship Manager', 'Straits Meridian Bank, Singapore — March 2016 to June 2019'],
      },
      {
        ...job(
          'Management Associate',
          'Straits Meridian Bank',
          '2014-08',
          '2016-02',
          false,
          'August 2014 to February 2016',
          ['Rotations in credit risk, trade operations and branch banking'],
        ),
        lines: ['Management Associate', 'Straits Meridian Bank, Singapore — August 2014 to February 2016'],
      },
    ],
    education: [
      edu('bba', 'Bachelor of Business Administration (Honours), National University of Singapore, 2010 – 2014', {
        field: 'Business Administration',
        institution: 'National University of Singapore',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [named('Trade Finance Essentials', 'Trade Finance Essentials, Institute of Banking and Finance (2017)')],
    certifications: [],
    languages: [
      lang('en', 'native', 'English (native)'),
      lang('zh', 'native', 'Mandarin (native)'),
      lang('ms', 'A2', 'Malay (basic)'),
    ],
    skills: ['Financial analysis', 'Credit structuring', 'Relationship management', 'Cross-selling'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 4_400_000, segment: 'international', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building', 'sales'],
  },
  {
    id: 'en-h7-09-europass-like-insurance-lisbon',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate One Hundred Nine',
    email: 'cand109.lisboa@example.net',
    phone: '+351 912 555 409',
    nameLine: 'CURRICULUM VITAE (Europass format)\nCandidate One Hundred Nine',
    contactLines: ['Rua Actor Taborda 21, 1000-008 Lisboa, Portugal'],
    afterContact: [
      { kind: 'heading', text: 'Personal details' },
      {
        kind: 'table',
        rows: [
          ['Nationality', 'Portuguese'],
          ['Date of birth', '03/05/1989'],
        ],
      },
      { kind: 'heading', text: 'Occupational field' },
      { kind: 'paragraph', text: 'Corporate account management – non-life insurance' },
    ],
    headings: {
      work: 'Work experience',
      education: 'Education and training',
      certifications: 'Certificates',
      languages: 'Language skills',
      skills: 'Personal skills',
    },
    profile: [],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'From – To',
      title: 'Position',
      employer: 'Employer',
      duties: 'Main responsibilities',
    },
    jobs: [
      job(
        'Corporate Account Manager',
        'Atlântica Seguros, S.A.',
        '2018-03',
        null,
        true,
        '01/03/2018 – present',
        [
          'Portfolio of 120 corporate clients in Lisbon and the Setúbal peninsula',
          'Annual premium of €8.3 million in 2025 (property, liability, workers’ compensation and fleet)',
          'Renewal negotiations with company administrators and financial directors',
        ],
        'Lisbon',
      ),
      job(
        'Sales Technician',
        'Atlântica Seguros, S.A.',
        '2014-09',
        '2018-02',
        true,
        '01/09/2014 – 28/02/2018',
        ['Sale of insurance for small companies through the agent network of Greater Lisbon'],
        'Lisbon',
      ),
      job(
        'Customer Support Operator',
        'Tejo Contact Center, Lda.',
        '2012-01',
        '2014-08',
        false,
        '02/01/2012 – 31/08/2014',
        ['Inbound calls for a telecom operator'],
        'Oeiras',
      ),
    ],
    education: [
      edu(
        'master',
        '2011 – 2013  Mestrado (Master) in Marketing – ISCTE – University Institute of Lisbon – EQF level 7',
        { field: 'Marketing', institution: 'ISCTE – University Institute of Lisbon', startYear: 2011, endYear: 2013 },
      ),
      edu('bachelor', '2008 – 2011  Licenciatura (Bachelor) in Management – University of Évora – EQF level 6', {
        field: 'Management',
        institution: 'University of Évora',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [
      named('Qualification for insurance distribution (ASF)', 'Qualification for insurance distribution (ASF), 2014'),
    ],
    languages: [lang('pt', 'native', ''), lang('en', 'C1', ''), lang('es', 'B2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue: Portuguese' },
      { kind: 'paragraph', text: 'Other languages:' },
      {
        kind: 'table',
        header: ['Language', 'Listening', 'Reading', 'Spoken interaction', 'Spoken production', 'Writing'],
        rows: [
          ['English', 'C1', 'C1', 'C1', 'B2', 'B2'],
          ['Spanish', 'B2', 'C1', 'B2', 'B2', 'B1'],
        ],
      },
      { kind: 'paragraph', text: 'Levels: A1/A2 basic user – B1/B2 independent user – C1/C2 proficient user' },
    ],
    skills: [
      'Communication skills: presentations to clients’ boards and to the agent network',
      'Organisational skills: coordination of about 40 renewals a month with underwriting',
      'Digital skills: Microsoft Office, Salesforce, insurer policy administration systems',
      'Driving licence: B',
    ],
    clientBase: { activeAccounts: 120, annualRevenueEur: 8_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'negotiation'],
  },
  {
    id: 'en-h7-10-linkedin-broker-relationship-manager',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate One Hundred Ten',
    email: 'c.one-ten@example.com',
    phone: null,
    contactLines: ['www.linkedin.com/in/candidate-one-hundred-ten (LinkedIn)'],
    tagline: 'Senior Broker Relationship Manager at Halewood Specialty Insurance\nLondon, England, United Kingdom',
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
      'I look after the relationships between Halewood and 22 broker firms in London and the South East, who ' +
        'together place about £48m of commercial property and liability premium with us a year. I deal with ' +
        'their directors and account executives, agree the annual business plan with each firm and bring our ' +
        'underwriters to the table when a large risk comes in.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Broker Relationship Manager',
          'Halewood Specialty Insurance',
          '2023-06',
          null,
          true,
          'June 2023 - Present (3 yrs 6 mos)',
        ),
        lines: [
          'Halewood Specialty Insurance',
          '8 yrs 4 mos',
          'Senior Broker Relationship Manager',
          'June 2023 - Present (3 yrs 6 mos)',
          'London, England, United Kingdom',
        ],
      },
      {
        ...job(
          'Broker Relationship Manager',
          'Halewood Specialty Insurance',
          '2020-03',
          '2023-05',
          true,
          'March 2020 - May 2023 (3 yrs 3 mos)',
        ),
        lines: [
          'Broker Relationship Manager',
          'March 2020 - May 2023 (3 yrs 3 mos)',
          'Chelmsford, England, United Kingdom',
          'Regional brokers in Essex and Hertfordshire; grew the panel from 9 to 15 firms.',
        ],
      },
      {
        ...job(
          'Underwriting Assistant',
          'Halewood Specialty Insurance',
          '2018-08',
          '2020-02',
          false,
          'August 2018 - February 2020 (1 yr 7 mos)',
        ),
        lines: [
          'Underwriting Assistant',
          'August 2018 - February 2020 (1 yr 7 mos)',
          'London, England, United Kingdom',
        ],
      },
      {
        ...job(
          'Claims Technician',
          'Lime Street Claims Services',
          '2016-09',
          '2018-07',
          false,
          'September 2016 - July 2018 (1 yr 11 mos)',
        ),
        lines: [
          'Lime Street Claims Services',
          'Claims Technician',
          'September 2016 - July 2018 (1 yr 11 mos)',
          'London, England, United Kingdom',
        ],
      },
      {
        ...job('Summer Intern', 'Bartlett & Crane', '2015-06', '2015-08', false, 'June 2015 - August 2015 (3 mos)'),
        lines: [
          'Bartlett & Crane',
          'Summer Intern',
          'June 2015 - August 2015 (3 mos)',
          'Colchester, England, United Kingdom',
        ],
      },
    ],
    education: [
      edu('bsc', 'University of Essex\nBSc, Accounting and Finance · (2013 - 2016)', {
        field: 'Accounting and Finance',
        institution: 'University of Essex',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [named('Diploma in Insurance (Dip CII)'), named('Cert CII (Certificate in Insurance)')],
    languages: [
      lang('en', 'native', 'English (Native or Bilingual)'),
      lang('de', 'B2', 'German (Professional Working)'),
    ],
    skills: ['Broker Relationship Management', 'Commercial Insurance', 'Negotiation'],
    clientBase: { activeAccounts: 22, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h7-11-key-account-manager-medical-prose',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate One Hundred Eleven',
    email: 'onehundred.eleven@example.org',
    phone: '+44 7700 900 561',
    contactLines: ['Edinburgh'],
    headings: { profile: 'About me', work: 'My career so far', skills: 'What I bring', languages: 'Languages' },
    profile: [
      'I am a nurse by training and a key account manager by choice. I have spent the last ten years selling ' +
        'medical and surgical products to the people I used to work beside, and I am looking for a role with a ' +
        'larger portfolio in Scotland.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager', 'Lothian Surgical Supplies', '2021-04', null, true, 'Since April 2021'),
        lines: [
          'Since April 2021 I have been Key Account Manager at Lothian Surgical Supplies, responsible for our ' +
            'contracts with nine NHS Scotland health boards. I agree national and local contract terms with ' +
            'procurement leads and heads of theatres, run product evaluations on the wards and handle tenders. ' +
            'My accounts bought about £11m of our products last year (roughly €12.8m), and I won the orthopaedic ' +
            'consumables tender for two boards in 2024.',
        ],
      },
      {
        ...job('Territory Manager', 'Forthbridge Medical', '2016', '2021-03', true, 'from 2016 until March 2021'),
        lines: [
          'Before that, from 2016 until March 2021, I was a Territory Manager for Forthbridge Medical, selling ' +
            'wound-care products to community nursing teams, GP practices and care homes in Fife and Tayside. In ' +
            '2019 I took six months of parental leave after our second child was born, and came back to the same ' +
            'territory.',
        ],
      },
      {
        ...job(
          'Customer Service Coordinator',
          'Forthbridge Medical',
          '2012',
          '2016',
          false,
          'In 2012 I joined Forthbridge Medical as a Customer Service Coordinator, handling orders and product queries from hospitals, until I moved into the field in 2016',
        ),
        lines: [
          'In 2012 I joined Forthbridge Medical as a Customer Service Coordinator, handling orders and product ' +
            'queries from hospitals, until I moved into the field in 2016.',
        ],
      },
      {
        ...job('Staff Nurse', 'Royal Infirmary of Edinburgh', '2008', '2012', false, 'From 2008 until 2012'),
        lines: ['From 2008 until 2012 I worked as a Staff Nurse in the theatres of the Royal Infirmary of Edinburgh.'],
      },
    ],
    education: [
      edu('bsc', 'BSc Nursing (Adult), Edinburgh Napier University, 2004 – 2008', {
        field: 'Nursing',
        institution: 'Edinburgh Napier University',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [named('Tendering for Public Contracts', 'Tendering for Public Contracts, one-day course (2022)')],
    certifications: [],
    languages: [lang('en', 'native', ''), lang('fr', 'B2', '')],
    languagesText: [
      'English is my first language. I also speak French, well enough to give a product presentation in it (B2).',
    ],
    skills: [
      'I build relationships with clinicians that last longer than a contract',
      'Calm negotiation with procurement, backed by clinical knowledge',
      'Organised: I plan my weeks around theatre lists, not the other way round',
    ],
    clientBase: { activeAccounts: 9, annualRevenueEur: 12_800_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'organisation'],
  },
  {
    id: 'en-h7-12-commercial-banking-dubai-table',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate One Hundred Twelve',
    email: 'candidate.onetwelve@example.net',
    phone: '+971 50 555 7712',
    contactLines: ['Dubai, United Arab Emirates'],
    headings: {
      profile: 'Profile',
      work: 'Employment record',
      education: 'Academic background',
      skills: 'Competencies',
      workTable: ['Position', 'Organisation', 'Dates'],
    },
    profile: [
      'Relationship manager in commercial banking with eleven years in the Gulf, covering trading and ' +
        'contracting companies in the UAE and Oman.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job(
        'Senior Relationship Manager – Commercial Banking',
        'Emirates Crescent Bank PJSC',
        '2021-02',
        null,
        true,
        'Feb 2021 – Present',
        [
          'Portfolio of 48 trading and contracting groups in the UAE and Oman',
          'Credit lines of AED 1.1 billion under management; cross-sell of trade finance and payroll services',
          'Direct dealing with owners, managing directors and group CFOs',
        ],
      ),
      job(
        'Relationship Manager – SME',
        'Emirates Crescent Bank PJSC',
        '2017-05',
        '2021-01',
        true,
        'May 2017 – Jan 2021',
        ['About 110 SME clients in Dubai and Sharjah; new-to-bank acquisition'],
      ),
      job('Credit Analyst', 'Gulf Coast Finance Company', '2015-03', '2017-04', false, 'Mar 2015 – Apr 2017', [
        'Credit memoranda and annual reviews for mid-sized corporates',
      ]),
      job('Management Trainee', 'Amman National Bank', '2013-09', '2015-02', false, 'Sep 2013 – Feb 2015'),
    ],
    education: [
      edu('bachelor', 'Bachelor of Science in Banking and Finance, University of Jordan, Amman, 2009 – 2013', {
        field: 'Banking and Finance',
        institution: 'University of Jordan',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [
      named('Certified Credit Professional', 'Certified Credit Professional, Emirates Institute for Banking (2018)'),
    ],
    languages: [
      lang('ar', 'native', 'Arabic – mother tongue'),
      lang('en', 'C1', 'English – fluent'),
      lang('fr', 'A2', 'French – basic'),
    ],
    skills: ['Relationship management', 'Financial analysis', 'Negotiation', 'Islamic and conventional trade finance'],
    clientBase: { activeAccounts: 48, segment: 'international', decisionMakers: true },
    competencies: ['financial_analysis', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h7-13-functional-key-account-manager-engineering',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate One Hundred Thirteen',
    email: 'c.113@example.com',
    phone: '07700 900 813',
    contactLines: ['Derby'],
    tagline: 'Key Account Manager – Motion Control Components',
    afterContact: [
      { kind: 'heading', text: 'Summary' },
      {
        kind: 'paragraph',
        text:
          'Engineer turned key account manager. I sell linear motion and bearing systems to machine builders ' +
          'and automotive suppliers, and I can read their drawings as well as their contracts.',
      },
      { kind: 'heading', text: 'Areas of expertise' },
      { kind: 'paragraph', text: 'Key account management' },
      {
        kind: 'bullets',
        items: [
          'Manage 14 OEM key accounts in the UK, Germany and Poland, machine builders and automotive suppliers',
          '€7.5m of sales from my accounts in 2025, 21% up on 2023',
          'Annual agreements with purchasing directors; design-in work with their engineering leads',
        ],
      },
      { kind: 'paragraph', text: 'Technical selling' },
      {
        kind: 'bullets',
        items: [
          'Six years specifying guides, ball screws and bearings for new machine designs',
          'Analytical approach: lifetime calculations and cost-of-ownership cases instead of discounts',
        ],
      },
      { kind: 'paragraph', text: 'Production background' },
      {
        kind: 'bullets',
        items: [
          'Seven years in machining and production planning: I know what a planner needs from a supplier',
          'Mentoring two junior sales engineers since 2022',
        ],
      },
    ],
    profile: [],
    headings: { work: 'Employment history', education: 'Education', languages: 'Languages' },
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Key Account Manager', 'Trentside Motion Components Ltd', '2019', null, true, '2019–present'),
        lines: ['2019–present | Trentside Motion Components Ltd | Key Account Manager'],
      },
      {
        ...job('Technical Sales Engineer', 'Trentside Motion Components Ltd', '2013', '2019', true, '2013–2019'),
        lines: ['2013–2019 | Trentside Motion Components Ltd | Technical Sales Engineer'],
      },
      {
        ...job('Production Planner', 'Belper Precision Ltd', '2010', '2013', false, '2010–2013'),
        lines: ['2010–2013 | Belper Precision Ltd | Production Planner'],
      },
      {
        ...job('Apprentice Machinist', 'Belper Precision Ltd', '2006', '2010', false, '2006–2010'),
        lines: ['2006–2010 | Belper Precision Ltd | Apprentice Machinist'],
      },
    ],
    education: [
      edu(
        'bachelor',
        'BEng (Hons) Mechanical Engineering, University of Derby, 2011 – 2015 (part-time, alongside work)',
        { field: 'Mechanical Engineering', institution: 'University of Derby', startYear: 2011, endYear: 2015 },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('de', 'B1', 'German – B1')],
    skills: [],
    clientBase: { activeAccounts: 14, annualRevenueEur: 7_500_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching'],
  },
  {
    id: 'en-h7-14-energy-account-manager-break-trustee',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate One Hundred Fourteen',
    email: 'candidate.114@example.net',
    phone: '07700 900 224',
    contactLines: ['Southampton'],
    headings: { profile: 'Profile', work: 'Work history', skills: 'Skills', courses: 'Training' },
    profile: [
      'Account manager for business energy: gas and electricity contracts, metering and on-site solar for ' +
        'commercial customers. Back at work since 2022 after eighteen months caring for my father.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Account Manager',
        'Brightwater Energy Services',
        '2022-02',
        null,
        true,
        'Feb 2022 – present',
        [
          'Look after 75 commercial energy customers in Hampshire and Dorset: hotels, farms, schools and light industry',
          'Contract renewals and solar proposals agreed with owners and finance directors',
          'Contracts worth about £6m a year to Brightwater',
        ],
        'Southampton',
      ),
      job(
        'Sales Trainer (freelance, one day a month)',
        'Coastline Training Ltd',
        '2023-09',
        null,
        false,
        'Sep 2023 – present',
        ['Telephone skills workshops for new starters at local firms'],
        'Portsmouth',
      ),
      {
        ...job('Energy Consultant', 'Solent Power Brokers', '2016-03', '2020-06', true, 'Mar 2016 – Jun 2020', [
          'Sold fixed-term energy contracts to small businesses on the south coast; top seller in 2018 and 2019',
        ]),
        lines: [
          'Jul 2020 – Jan 2022   Career break – full-time carer for a family member',
          'Mar 2016 – Jun 2020   Energy Consultant – Solent Power Brokers, Fareham',
        ],
      },
      job('Events Coordinator', 'Ocean Village Conference Centre', '2013-05', '2016-02', false, 'May 2013 – Feb 2016', [
        'Planned conferences and weddings for up to 300 guests',
      ]),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Voluntary roles' },
      {
        kind: 'bullets',
        items: [
          'Trustee and treasurer, Itchen Community Food Bank (2019 – present)',
          'Volunteer driver, Age Concern Southampton (2020 – 2022)',
        ],
      },
    ],
    education: [
      edu('ba', 'BA (Hons) Events Management, Solent University, 2010 – 2013', {
        field: 'Events Management',
        institution: 'Solent University',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [named('Solar PV for Sales Professionals', 'Solar PV for Sales Professionals (2023)')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('pt', 'B1', 'Portuguese – intermediate')],
    skills: ['Persuasive on the phone and in person', 'Organised', 'Self-starter', 'Excel, Salesforce'],
    clientBase: { activeAccounts: 75, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'organisation', 'persuasiveness'],
  },
  {
    id: 'en-h7-15-key-account-manager-garden-dach',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate One Hundred Fifteen',
    email: 'c115.kam@example.org',
    phone: '+41 79 555 61 15',
    contactLines: ['Winterthur, Switzerland'],
    tagline: 'Key Account Manager DACH',
    headings: { profile: 'Profile', work: 'Professional experience', skills: 'Skills', languages: 'Languages' },
    profile: [
      'Key account manager for a Swiss maker of garden and plant-care products. My portfolio today: 11 ' +
        'garden-centre and DIY chains in Germany, Austria and Switzerland, with some 640 stores between them. ' +
        'Sales through my accounts were CHF 21m (€22.4m) in 2025; Alpenflor’s own turnover is CHF 310m. Until ' +
        '2021 I looked after about 90 independent garden centres in Bavaria.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager DACH',
        'Alpenflor AG',
        '2021-06',
        null,
        true,
        '06.2021 – present',
        [
          'Annual negotiations on listings, conditions and promotions with head buyers and category managers',
          'Led the move of two chains to our seasonal planogram service',
        ],
        'Winterthur',
      ),
      job(
        'Area Sales Manager Bavaria',
        'Alpenflor AG',
        '2017-01',
        '2021-05',
        true,
        '01.2017 – 05.2021',
        ['Independent garden centres and agricultural cooperatives in Bavaria'],
        'Munich',
      ),
      job(
        'Trade Marketing Coordinator',
        'Gartenwelt GmbH',
        '2014-04',
        '2016-12',
        false,
        '04.2014 – 12.2016',
        ['Point-of-sale material and promotions for 60 stores'],
        'Augsburg',
      ),
    ],
    education: [
      edu('ba', 'BA International Business, Munich University of Applied Sciences, 2010 – 2014', {
        field: 'International Business',
        institution: 'Munich University of Applied Sciences',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [named('Category Management', 'Category Management, GS1 Switzerland (2022)')],
    certifications: [],
    languages: [
      lang('de', 'native', 'German – native'),
      lang('en', 'C1', 'English – C1'),
      lang('fr', 'B1', 'French – B1'),
      lang('it', 'A2', 'Italian – A2'),
    ],
    skills: ['Negotiation', 'Analytical', 'Entrepreneurial', 'SAP, Nielsen, Excel'],
    clientBase: { activeAccounts: 11, annualRevenueEur: 22_400_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'entrepreneurship', 'negotiation'],
  },
  {
    id: 'en-h7-16-graduate-junior-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate One Hundred Sixteen',
    email: 'onehundredsixteen@example.com',
    phone: '07700 900 916',
    contactLines: ['Manchester'],
    headings: { profile: 'About me', work: 'Experience', education: 'Education', skills: 'Skills' },
    profile: [
      'Business graduate in my first sales job. I want to keep building a career in account management ' +
        'and to take on a portfolio of my own.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Junior Account Manager',
        'Clearpath Payroll Software',
        '2025-09',
        null,
        true,
        'Sept 2025 – present',
        [
          'Renewal calls and upgrade proposals for small business customers, with a senior account manager',
          'Prepare quarterly review packs and keep the CRM up to date',
        ],
        'Manchester',
      ),
      job(
        'Marketing Intern',
        'Northcote Brewing Co.',
        '2024-06',
        '2024-08',
        false,
        'Jun–Aug 2024',
        ['Helped run a summer beer festival and wrote the trade newsletter'],
        'Stockport',
      ),
    ],
    education: [
      edu('bsc', 'BSc (Hons) Business and Management, Lancaster University, 2021 – 2025 (2:1)', {
        field: 'Business and Management',
        institution: 'Lancaster University',
        startYear: 2021,
        endYear: 2025,
      }),
      edu('secondary', 'A-levels: Business (A), Maths (B), Geography (B) – Loreto College, 2021', {
        institution: 'Loreto College',
        endYear: 2021,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('en', 'native', 'English (native)'),
      lang('zh', 'B1', 'Mandarin (conversational, heritage speaker)'),
    ],
    skills: ['Communication skills', 'Team player', 'HubSpot CRM, Excel, Canva'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Interests: five-a-side football, volunteering at a parkrun every other Saturday.',
      },
    ],
    clientBase: null,
    competencies: ['communication', 'teamwork'],
  },
  {
    id: 'en-h7-17-key-account-manager-coatings-brackets',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate One Hundred Seventeen',
    email: 'cand.onehundredseventeen@example.net',
    phone: '+44 1482 555 017',
    contactLines: ['Hull, East Yorkshire'],
    headings: {
      profile: 'Profile',
      work: 'Career',
      education: 'Education',
      skills: 'Skills',
      certifications: 'Certificates',
      languages: 'Languages',
    },
    profile: [
      'Key account manager for a maker of vehicle refinish paints and industrial coatings. I manage national ' +
        'body-shop groups and the distributors who serve the independents.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Key Account Manager', 'Humber Coatings Ltd', '2020-01', null, true, '[01/2020 – present]', [
          '31 accounts: 9 national body-shop groups (about 260 sites between them) and 22 independent distributors across the UK',
          'Sales of £6.8m through my accounts in 2025',
          'Three-year supply agreements with group procurement directors; training days for their painters',
        ]),
        lines: ['Key Account Manager, Humber Coatings Ltd, Hull [01/2020 – present]'],
      },
      {
        ...job('Area Sales Manager', 'Humber Coatings Ltd', '2016-06', '2019-12', true, '[06/2016 – 12/2019]', [
          'Body shops and motor factors in Yorkshire and Lincolnshire',
        ]),
        lines: ['Area Sales Manager, Humber Coatings Ltd, Hull [06/2016 – 12/2019]'],
      },
      {
        ...job('Customer Service Team Leader', 'Ouse Chemicals Ltd', '2011', '2016-05', false, '[2011 – 05/2016]', [
          'Team of six handling orders and complaints from trade customers',
        ]),
        lines: ['Customer Service Team Leader, Ouse Chemicals Ltd, Goole [2011 – 05/2016]'],
      },
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'Foundation Degree (FdA) Business and Enterprise, University Centre Grimsby, 2009 – 2011',
        { field: 'Business and Enterprise', institution: 'University Centre Grimsby', startYear: 2009, endYear: 2011 },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'ISM Level 4 Certificate in Sales Management',
        'ISM Level 4 Certificate in Sales Management (Institute of Sales Management), 2021 – now working towards the ISM Level 5 Diploma in Sales Management, due June 2027',
      ),
    ],
    languages: [lang('en', 'native', ''), lang('pl', 'C1', ''), lang('de', 'A2', '')],
    languagesText: [
      'English: first language',
      'Polish: fluent (spoken at home with my parents)',
      'German: GCSE, basic',
    ],
    skills: [
      'Key account planning',
      'Negotiation',
      'Coaching body-shop teams on product use',
      'Microsoft Dynamics CRM',
    ],
    clientBase: { activeAccounts: 31, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'negotiation'],
  },
  {
    id: 'en-h7-18-on-trade-account-manager-paragraphs',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate One Hundred Eighteen',
    email: 'c.hundredeighteen@example.com',
    phone: '07700 900 418',
    contactLines: ['London SE15'],
    headings: { profile: 'Profile', work: 'Work experience', skills: 'Skills' },
    profile: [
      'Key account manager in wine and spirits for the on-trade. Eight years in hospitality before I moved to ' +
        'the supplier side, so I know what a busy Friday looks like for my customers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager – On-Trade', 'Marlowe Wines & Spirits', '2023-03', null, true, 'since March 2023'),
        lines: [
          'Marlowe Wines & Spirits, London, since March 2023 – Key Account Manager – On-Trade. I look after 16 pub ' +
            'and restaurant groups in London and the Home Counties, about 420 venues between them, and deal with ' +
            'their drinks buyers and operations directors. My accounts bought £5.3m of wine and spirits from us ' +
            'last year; Marlowe’s turnover is around £60m. I write the wine lists with the groups’ buyers and run ' +
            'staff training in the venues.',
        ],
      },
      {
        ...job('Account Manager', 'Orchard Vale Foods', '2018', '2023-02', true, '2018 – Feb 2023'),
        lines: [
          'Orchard Vale Foods, Evesham, 2018 – Feb 2023 – Account Manager. Sold premium juices and mixers to about ' +
            '150 independent pubs, cafés and delis in London and the south-east; grew my territory by a third in ' +
            'three years and opened 40 new accounts.',
        ],
      },
      {
        ...job('Restaurant Manager', 'Barnaby’s Kitchen Group', '2012', '2018', false, '2012 – 2018'),
        lines: [
          'Barnaby’s Kitchen Group, London, 2012 – 2018 – Restaurant Manager. Ran a 120-cover restaurant with a team of 25, including the drinks list and supplier orders.',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Bachelor of Arts in Hospitality Management, University of West London, 2009 – 2012', {
        field: 'Hospitality Management',
        institution: 'University of West London',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('WSET Level 3 Award in Wines', 'WSET Level 3 Award in Wines (with merit), 2019')],
    languages: [lang('en', 'native', 'English (native)'), lang('it', 'B2', 'Italian (good)')],
    skills: ['Relationship building', 'Creative menu and list ideas', 'Negotiation', 'Team training'],
    clientBase: { activeAccounts: 16, segment: 'regional_smb', decisionMakers: true },
    competencies: ['innovation', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h7-19-key-account-manager-steel-capitals',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate One Hundred Nineteen',
    email: 'c119.steel@example.org',
    phone: '0114 496 0919',
    contactLines: ['Sheffield'],
    headings: { profile: 'Profile', work: 'Employment', skills: 'Skills', courses: 'Training' },
    profile: [
      'Steel stockholding key account manager. Fifteen years in metals, from the warehouse floor to a ' +
        'portfolio of fabricators and OEMs.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager', 'NORTHGATE STEEL STOCKHOLDERS LTD', '2019', null, true, '2019 to present', [
          '24 key accounts: fabricators and OEMs in South Yorkshire, Derbyshire and Nottinghamshire',
          '£12.5m of sales from my accounts in 2025 (the Sheffield branch turns over about £80m)',
          'Supply agreements and stock programmes agreed with buyers and managing directors',
        ]),
        lines: ['NORTHGATE STEEL STOCKHOLDERS LTD, Sheffield', 'Key Account Manager', '2019 to present'],
      },
      {
        ...job('Area Sales Executive', 'NORTHGATE STEEL STOCKHOLDERS LTD', '2015', '2019', true, '2015 to 2019', [
          'Around 120 smaller engineering and construction customers',
        ]),
        lines: ['Area Sales Executive', '2015 to 2019'],
      },
      {
        ...job('Warehouse Supervisor', 'HALLAM METALS', '2011', '2015', false, '2011 to 2015', [
          'Goods in, cutting and dispatch; team of 12',
        ]),
        lines: ['HALLAM METALS, Rotherham', 'Warehouse Supervisor', '2011 to 2015'],
      },
      {
        ...job('Saw Operator', 'HALLAM METALS', '2008', '2011', false, '2008 to 2011'),
        lines: ['Saw Operator', '2008 to 2011'],
      },
    ],
    education: [
      edu('secondary', 'A-levels, Notre Dame High School, Sheffield, 2006 – 2008', {
        institution: 'Notre Dame High School',
        startYear: 2006,
        endYear: 2008,
      }),
    ],
    courses: [named('Negotiation Skills for Sales', 'Negotiation Skills for Sales, EEF (2019)')],
    certifications: [],
    languages: [lang('en', 'native', 'English (native)')],
    skills: [
      'Commercial drive',
      'Resilient',
      'Steel grades, sections and plate processing',
      'Forklift licence (expired)',
    ],
    clientBase: { activeAccounts: 24, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'stress_resistance'],
  },
  {
    id: 'en-h7-20-saas-account-manager-berlin-at-lines',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate One Hundred Twenty',
    email: 'c120.berlin@example.net',
    phone: '+49 151 5550 1200',
    contactLines: ['Berlin, Germany'],
    headings: { profile: 'Hi!', work: 'Where I have been', skills: 'Strengths', languages: 'Languages' },
    profile: [
      'Account manager in B2B SaaS (HR and payroll software) for mid-market customers in the DACH region. ' +
        'I own renewals and expansion and care a lot about clean pipelines and honest forecasts.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Senior Account Manager', 'Loopwerk GmbH', '2021', null, true, '(since 2021)', [
          'Portfolio of 38 mid-market customers in Germany, Austria and Switzerland, €2.6m ARR',
          'Renewal and expansion talks with heads of HR and CFOs; net revenue retention 112% in 2025',
        ]),
        lines: ['Senior Account Manager @ Loopwerk GmbH, Berlin (since 2021)'],
      },
      {
        ...job('Account Executive', 'Kanalfabrik Software GmbH', '2018', '2021', true, '(2018 to 2021)', [
          'New business with companies of 200–1,000 employees; 104% of quota on average',
        ]),
        lines: ['Account Executive @ Kanalfabrik Software GmbH, Hamburg (2018 to 2021)'],
      },
      {
        ...job('Customer Success Manager', 'Kanalfabrik Software GmbH', '2016', '2018', false, '(2016 to 2018)', [
          'Onboarding and adoption for 60 customers',
        ]),
        lines: ['Customer Success Manager @ Kanalfabrik Software GmbH, Hamburg (2016 to 2018)'],
      },
      {
        ...job('Working Student, Marketing', 'Elbtal Media', '2014', '2016', false, '(2014 to 2016)'),
        lines: ['Working Student, Marketing @ Elbtal Media, Hamburg (2014 to 2016, 20 hours a week)'],
      },
    ],
    education: [
      edu('msc', 'M.Sc. Business Administration, University of Hamburg, 2014 – 2016', {
        field: 'Business Administration',
        institution: 'University of Hamburg',
        startYear: 2014,
        endYear: 2016,
      }),
      edu('bsc', 'B.Sc. Economics, University of Kiel, 2011 – 2014', {
        field: 'Economics',
        institution: 'University of Kiel',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [named('MEDDICC Fundamentals', 'MEDDICC Fundamentals (2023)')],
    certifications: [],
    languages: [
      lang('de', 'native', 'German: native'),
      lang('en', 'C1', 'English: C1'),
      lang('es', 'A2', 'Spanish: A2'),
    ],
    skills: ['Negotiation', 'Forecasting and pipeline analysis', 'Customer-centric', 'Salesforce, Gong, Gainsight'],
    clientBase: { activeAccounts: 38, annualRevenueEur: 2_600_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'customer_focus', 'negotiation'],
  },
  {
    id: 'en-h7-21-senior-key-account-manager-long-career',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate One Hundred Twenty-One',
    email: 'onehundredtwentyone@example.org',
    phone: '01535 555 121',
    contactLines: ['Keighley, West Yorkshire'],
    nameLine: 'Candidate One Hundred Twenty-One – Curriculum Vitae',
    headings: {
      profile: 'Personal statement',
      work: 'Career history',
      education: 'Education',
      skills: 'Key skills',
      courses: 'Training courses',
      workTable: ['Dates', 'Employer', 'Position'],
    },
    profile: [
      'Senior key account manager in industrial supplies with forty years in engineering and sales. I started ' +
        'as an apprentice fitter, so I talk to maintenance engineers in their own language, and I have kept most ' +
        'of my key accounts for more than ten years.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Senior Key Account Manager',
        'Pennine Industrial Supplies Ltd',
        '2015-03',
        null,
        true,
        'Mar 2015 – present',
        [
          '14 key accounts: food and drink manufacturers and two water companies across the North of England',
          'Around £7m a year of bearings, power transmission and maintenance consumables through my accounts',
          'Framework agreements with engineering managers and procurement managers; vendor-managed stores on four sites',
          'Mentoring the three younger account managers in the team',
        ],
        'Bradford',
      ),
      job(
        'Key Account Manager',
        'Pennine Industrial Supplies Ltd',
        '2010',
        '2015-02',
        true,
        '2010 – Feb 2015',
        undefined,
        'Bradford',
      ),
      job(
        'Regional Sales Manager',
        'Calder Bearings & Transmission',
        '2005',
        '2010',
        true,
        '2005 – 2010',
        ['Team of five area representatives covering Yorkshire and the North East'],
        'Halifax',
      ),
      job(
        'Area Sales Representative',
        'Calder Bearings & Transmission',
        '2000',
        '2005',
        true,
        '2000 – 2005',
        undefined,
        'Halifax',
      ),
      job('Branch Manager', 'Wharfedale Tool Hire', '1996', '2000', false, '1996 – 2000', undefined, 'Otley'),
      job('Trade Counter Salesman', 'Wharfedale Tool Hire', '1993', '1996', true, '1993 – 1996', undefined, 'Ilkley'),
      job('Service Engineer', 'Airedale Compressors', '1989', '1993', false, '1989 – 1993', undefined, 'Keighley'),
      job('Apprentice Fitter', 'Airedale Compressors', '1985', '1989', false, '1985 – 1989', undefined, 'Keighley'),
    ],
    education: [
      edu('upper secondary', 'ONC Mechanical Engineering, Keighley Technical College, 1985 – 1987', {
        field: 'Mechanical Engineering',
        institution: 'Keighley Technical College',
        startYear: 1985,
        endYear: 1987,
      }),
    ],
    courses: [
      named('Key Account Management', 'Key Account Management, Chartered Institute of Marketing (2011)'),
      named('Managing Sales Teams', 'Managing Sales Teams (2006)'),
      named('IOSH Managing Safely', 'IOSH Managing Safely (2016)'),
    ],
    certifications: [],
    languages: [lang('en', 'native', 'English (native)')],
    skills: [
      'Relationship building',
      'Technical knowledge of bearings and power transmission',
      'Mentoring',
      'Negotiation',
    ],
    closing: [{ kind: 'paragraph', text: 'Married, two grown-up children. Clean driving licence.' }],
    clientBase: { activeAccounts: 14, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h7-22-us-commercial-relationship-manager',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate One Hundred Twenty-Two',
    email: 'candidate.onetwentytwo@example.com',
    phone: '(216) 555-0122',
    contactLines: ['Cleveland, OH'],
    headings: {
      profile: 'Summary',
      work: 'Professional Experience',
      education: 'Education',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Commercial banker with over ten years at a regional bank, covering privately held middle-market ' +
        'companies in Northeast Ohio. Strong credit background; I bring in new relationships and keep them.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Vice President, Commercial Relationship Manager',
          'Lakeshore National Bank',
          '2017-04',
          null,
          true,
          '4/2017 – Present',
          [
            'Portfolio of 52 privately held companies ($10M–$100M in annual sales) in Northeast Ohio',
            '$410M in loan commitments; $3.8M in annual interest and fee revenue from the portfolio',
            'Work directly with owners and CFOs on acquisitions, succession and treasury needs',
            'Brought in 11 new relationships in 2025',
          ],
        ),
        lines: [
          'Lakeshore National Bank — Cleveland, OH',
          'Vice President, Commercial Relationship Manager   4/2017 – Present',
        ],
      },
      {
        ...job('Commercial Credit Analyst', 'Lakeshore National Bank', '2014-06', '2017-03', false, '6/2014 – 3/2017', [
          'Underwriting and annual reviews for commercial loans up to $25M',
        ]),
        lines: ['Commercial Credit Analyst   6/2014 – 3/2017'],
      },
      {
        ...job('Teller', 'Cuyahoga Savings Bank', '2012-08', '2014-05', false, '8/2012 – 5/2014'),
        lines: ['Cuyahoga Savings Bank — Parma, OH', 'Teller   8/2012 – 5/2014'],
      },
    ],
    education: [
      edu('mba', 'MBA, Cleveland State University (evening program), 2016 – 2019', {
        institution: 'Cleveland State University',
        startYear: 2016,
        endYear: 2019,
      }),
      edu('bachelor', 'B.S. in Finance, Kent State University, 2008 – 2012', {
        field: 'Finance',
        institution: 'Kent State University',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [named('Commercial Lending School', 'Commercial Lending School, Ohio Bankers League (2015)')],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('es', 'B2', 'Spanish – professional working proficiency'),
    ],
    skills: [
      'Credit structuring',
      'Financial modelling',
      'Business development',
      'Salesforce, nCino, Moody’s RiskAnalyst',
    ],
    clientBase: { activeAccounts: 52, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis'],
  },
  {
    id: 'en-h7-23-teacher-to-schools-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate One Hundred Twenty-Three',
    email: 'c.onetwentythree@example.org',
    phone: '+44 28 9555 0123',
    contactLines: ['Belfast'],
    headings: {
      profile: 'Personal profile',
      work: 'Employment history',
      education: 'Education',
      skills: 'Skills',
      certifications: 'Professional qualifications',
    },
    profile: [
      'Former geography teacher, now an account manager for a school software company. I sell to the people ' +
        'I used to work for, and I know what a school’s budget and timetable allow.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Manager – Schools',
        'Lagan EdTech Ltd',
        '2022-01',
        null,
        true,
        'Jan 2022 – ongoing',
        [
          'My accounts: around 310 primary and post-primary schools across Northern Ireland, all on our timetabling and reporting software',
          'Renewals and new modules agreed with principals and bursars; 96% renewal rate in 2025',
          'Run the product sessions at the annual principals’ conference',
        ],
        'Belfast',
      ),
      job(
        'Teacher of Geography',
        'Ballyhackamore High School',
        '2012-08',
        '2021-12',
        false,
        'Aug 2012 – Dec 2021',
        ['Head of Year 10 from 2017; ran the school’s timetable software for four years'],
        'Belfast',
      ),
    ],
    education: [
      edu('ba', 'BA (Hons) Geography, Queen’s University Belfast, 2008 – 2011', {
        field: 'Geography',
        institution: 'Queen’s University Belfast',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [named('Sandler Foundations', 'Sandler Foundations, three-day course (2022)')],
    certifications: [
      named(
        'PGCE (Postgraduate Certificate in Education)',
        'PGCE (Postgraduate Certificate in Education), Stranmillis University College, 2012',
      ),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('ga', 'B1', 'Irish – intermediate')],
    skills: ['Communication', 'Presentation to groups of all sizes', 'Organised', 'Patient and diplomatic'],
    clientBase: { activeAccounts: 310, segment: 'national', decisionMakers: true },
    competencies: ['communication', 'organisation', 'tact_assertiveness'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

export const EN: CvSource[] = [
  {
    id: 'en-01-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate One',
    email: 'candidate.one@example.net',
    phone: '+44 7700 900123',
    contactLines: ['Manchester'],
    tagline: 'Account Manager, B2B software',
    profile: [
      'Account manager with eight years in B2B software. I look after 30 mid-market customers across the UK ' +
        'and managed accounts worth €2M a year, working directly with finance directors and CEOs.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Account Manager', 'Brightledger Ltd', '2016-09', null, true, 'Sept 2016 – Present', [
        'Renewals, upsell and quarterly business reviews',
        'Grew net revenue retention from 96% to 112%',
      ]),
      job('Sales Development Representative', 'Brightledger Ltd', '2015-01', '2016-08', true, 'Jan 2015 – Aug 2016', [
        'Outbound prospecting and qualifying inbound leads',
      ]),
      job('Customer Support Agent', 'Northgate Telecom', '2013-06', '2014-12', false, 'Jun 2013 – Dec 2014', [
        'First-line support by phone and chat',
      ]),
    ],
    education: [
      edu('bsc', 'BSc Business Management, University of Leeds, 2010 – 2013', {
        field: 'Business Management',
        institution: 'University of Leeds',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [
      named('Challenger Sales workshop'),
      named('Advanced negotiation techniques', 'Advanced negotiation techniques (2022)'),
    ],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'B1', 'Spanish – B1')],
    skills: ['Customer focus', 'Relationship management', 'Negotiation skills', 'HubSpot'],
    clientBase: { activeAccounts: 30, annualRevenueEur: 2_000_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus', 'relationship_building', 'negotiation'],
  },
  {
    id: 'en-02-key-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Two',
    email: 'candidate.two@example.com',
    phone: '+31 6 98 76 54 32',
    contactLines: ['Amsterdam'],
    profile: [
      'Key account manager for international key accounts in consumer electronics retail. Responsible for ' +
        'six pan-European retailers with combined annual revenue of €12 million.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Key Account Manager', 'Lumora Electronics B.V.', '2020-02', null, true, 'Feb 2020 – current', [
        'Annual joint business plans with buying directors',
        'Led a cross-functional team of supply chain and marketing',
      ]),
      job('Account Manager', 'Lumora Electronics B.V.', '2017-04', '2020-01', true, 'Apr 2017 – Jan 2020'),
      job('Category Analyst', 'Hoekstra Retail Group', '2014-09', '2017-03', false, 'Sep 2014 – Mar 2017'),
    ],
    education: [
      edu('mba', 'MBA, Nyenrode Business Universiteit, 2018 – 2020', {
        institution: 'Nyenrode Business Universiteit',
        startYear: 2018,
        endYear: 2020,
      }),
      edu('bachelor', 'Bachelor International Business, Hanze University of Applied Sciences, 2010 – 2014', {
        field: 'International Business',
        institution: 'Hanze University of Applied Sciences',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [named('Strategic key account management')],
    certifications: [],
    languages: [
      lang('en', 'C2', 'English (C2)'),
      lang('nl', 'native', 'Dutch (native)'),
      lang('de', 'B2', 'German (B2)'),
      lang('fr', 'B1', 'French (B1)'),
    ],
    skills: ['Analytical', 'Negotiation', 'Team player', 'Works under pressure'],
    clientBase: { activeAccounts: 6, annualRevenueEur: 12_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'teamwork', 'stress_resistance'],
  },
  {
    id: 'en-03-relationship-manager',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Three',
    email: 'candidate.three@example.org',
    phone: '+353 85 123 4567',
    contactLines: ['Dublin'],
    profile: [
      'Relationship manager in commercial banking, covering 45 business clients in the Dublin region with ' +
        'lending of €30 million. Trusted adviser to owner-managers.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Relationship Manager', 'Liffey Commercial Bank', '2019-07', null, true, '07/2019 – present', [
        'Structuring working-capital and property loans',
        'Annual credit reviews and covenant monitoring',
      ]),
      job('Credit Analyst', 'Liffey Commercial Bank', '2016-01', '2019-06', false, '01/2016 – 06/2019', [
        'Financial modelling for SME lending decisions',
      ]),
      job('Accounts Assistant', 'Harbourview Accountancy', '2014-06', '2015-12', false, '06/2014 – 12/2015'),
    ],
    education: [
      edu('msc', 'MSc Finance, University College Dublin, 2013 – 2014', {
        field: 'Finance',
        institution: 'University College Dublin',
        startYear: 2013,
        endYear: 2014,
      }),
      edu('ba', 'BA Economics, Maynooth University, 2010 – 2013', {
        field: 'Economics',
        institution: 'Maynooth University',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [named('Public speaking for bankers')],
    certifications: [named('CFA', 'CFA charterholder (2019)'), named('CFP', 'CFP certification (2021)')],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('ga', 'B1', 'Irish – B1'),
      lang('fr', 'A2', 'French – basic'),
    ],
    skills: ['Financial analysis', 'Relationship building', 'Organised'],
    clientBase: { activeAccounts: 45, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building', 'organisation'],
  },
  {
    id: 'en-04-sales-representative',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Four',
    email: 'candidate.four@example.net',
    phone: '+44 7700 900456',
    contactLines: ['Bristol'],
    profile: ['Field sales representative for building supplies, covering independent merchants in the South West.'],
    jobStyle: 'inline',
    jobs: [
      job('Sales Representative', 'Severn Building Supplies', '2018-05', null, true, 'May 2018 – Present', [
        'Visiting 50 independent merchants every month',
        'Beat target four years out of five',
        'Launched a trade-counter loyalty scheme',
      ]),
      job('Warehouse Operative', 'Severn Building Supplies', '2015-03', '2018-04', false, 'Mar 2015 – Apr 2018', [
        'Goods in, picking and forklift driving',
      ]),
    ],
    education: [
      edu('vocational', 'Vocational diploma in Business, City of Bristol College, 2012 – 2014', {
        field: 'Business',
        institution: 'City of Bristol College',
        startYear: 2012,
        endYear: 2014,
      }),
    ],
    courses: [named('Consultative selling'), named('Time management')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('pl', 'B2', 'Polish – B2')],
    skills: ['Self-starter', 'Resilient', 'Selling'],
    clientBase: { activeAccounts: 50, segment: 'regional_smb' },
    competencies: ['initiative', 'stress_resistance', 'sales'],
  },
  {
    id: 'en-05-business-developer',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'table',
    name: 'Candidate Five',
    email: 'candidate.five@example.com',
    phone: '+372 5234 9876',
    contactLines: ['Tallinn'],
    tagline: 'Business Developer, logistics technology',
    profile: [
      'Business developer opening Nordic and Baltic markets for a freight-software company. Signed 22 new ' +
        'customers since 2021, now an international portfolio worth €1.2M in annual recurring revenue.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Business Developer', 'Freightlane OÜ', '2021-03', null, true, 'March 2021 – Present', [
        'Trade fairs, partner channels and outbound campaigns',
        'Negotiating multi-year contracts with heads of logistics',
      ]),
      job('Logistics Coordinator', 'Baltic Forwarding AS', '2017-06', '2021-02', false, 'June 2017 – February 2021', [
        'Planning road freight between the Baltics and Poland',
      ]),
      job('Marketing Assistant', 'Baltic Forwarding AS', '2016-01', '2017-05', false, 'January 2016 – May 2017'),
    ],
    education: [
      edu('bachelor', 'Bachelor of Business Administration, Estonian Business School, 2012 – 2015', {
        field: 'Business Administration',
        institution: 'Estonian Business School',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [named('Enterprise sales bootcamp')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Estonian – native'),
      lang('en', 'C1', 'English – fluent'),
      lang('fi', 'B2', 'Finnish – B2'),
      lang('ru', 'B1', 'Russian – B1'),
    ],
    skills: ['Entrepreneurial', 'Networking', 'Persuasive'],
    clientBase: { activeAccounts: 22, annualRevenueEur: 1_200_000, segment: 'international' },
    competencies: ['entrepreneurship', 'relationship_building', 'persuasiveness'],
  },
  {
    id: 'en-06-account-executive',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Six',
    email: 'candidate.six@example.org',
    phone: '+44 7700 900789',
    contactLines: ['Leeds'],
    profile: [
      'Account executive selling payroll services to small businesses in Yorkshire; 70 active accounts ' +
        'with annual billings of £1.1M (about €1.3M).',
    ],
    jobStyle: 'table',
    jobs: [
      job('Account Executive', 'Payhive Ltd', '2021-10', null, true, 'Oct 2021 – Present', [
        'Full sales cycle from demo to contract',
        'Onboarding handover to the implementation team',
      ]),
      job('Customer Support Specialist', 'Payhive Ltd', '2019-02', '2021-09', false, 'Feb 2019 – Sep 2021', [
        'Resolving payroll queries by phone and ticket',
      ]),
      job('Retail Supervisor', 'Aire Valley Stores', '2016-07', '2019-01', false, 'Jul 2016 – Jan 2019'),
    ],
    education: [
      edu('ba', 'BA (Hons) Marketing, Leeds Beckett University, 2013 – 2016', {
        field: 'Marketing',
        institution: 'Leeds Beckett University',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [named('SPIN selling'), named('Presenting with confidence')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'A2', 'French – basic')],
    skills: ['Customer oriented', 'Communication skills', 'Proactive'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 1_300_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'communication', 'initiative'],
  },
  {
    id: 'en-07-marketing-to-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Seven',
    email: 'candidate.seven@example.net',
    phone: '+44 7700 900321',
    contactLines: ['Birmingham'],
    profile: ['Moved from marketing into account management two years ago; I enjoy turning campaigns into revenue.'],
    jobStyle: 'inline',
    jobs: [
      job('Account Manager', 'Redbrick Print Solutions', '2024-01', null, true, 'Jan 2024 – Present', [
        'Looking after existing print customers and quoting new work',
        'Weekly pipeline reviews with the sales director',
      ]),
      job('Marketing Coordinator', 'Redbrick Print Solutions', '2020-09', '2023-12', false, 'Sep 2020 – Dec 2023', [
        'Email campaigns, trade shows and the company website',
      ]),
      job('Marketing Intern', 'Midlands Arts Trust', '2019-06', '2019-12', false, 'Jun 2019 – Dec 2019'),
    ],
    education: [
      edu('bachelor', 'Bachelor in Media and Communication, Birmingham City University, 2016 – 2019', {
        field: 'Media and Communication',
        institution: 'Birmingham City University',
        startYear: 2016,
        endYear: 2019,
      }),
    ],
    courses: [named('Google Analytics fundamentals')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('it', 'B1', 'Italian – B1')],
    skills: ['Creative', 'Collaboration', 'Communication'],
    clientBase: null,
    competencies: ['innovation', 'teamwork', 'communication'],
  },
  {
    id: 'en-08-key-account-manager-columns',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate Eight',
    email: 'candidate.eight@example.com',
    phone: '+31 6 87 65 43 21',
    contactLines: ['Eindhoven'],
    tagline: 'Key Account Manager, industrial components',
    profile: [
      'Key account manager for OEM customers in Germany and the Benelux: 9 international key accounts with ' +
        'annual revenue of €8 million, negotiating with purchasing directors and plant managers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Key Account Manager', 'Kempenaar Precision B.V.', '2019-11', null, true, 'Nov 2019 – Present', [
        'Framework agreements and yearly price negotiations',
        'Coaching two junior account managers',
      ]),
      job('Sales Engineer', 'Kempenaar Precision B.V.', '2016-02', '2019-10', true, 'Feb 2016 – Oct 2019', [
        'Technical sales to machine builders',
      ]),
      job('Mechanical Engineer', 'Dommel Machinebouw', '2012-09', '2016-01', false, 'Sep 2012 – Jan 2016', [
        'Design of packaging machines',
      ]),
    ],
    education: [
      edu('msc', 'MSc Mechanical Engineering, Eindhoven University of Technology, 2010 – 2012', {
        field: 'Mechanical Engineering',
        institution: 'Eindhoven University of Technology',
        startYear: 2010,
        endYear: 2012,
      }),
    ],
    courses: [named('Value-based selling'), named('Negotiating with procurement')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Dutch – native'),
      lang('en', 'C1', 'English – C1'),
      lang('de', 'C1', 'German – C1'),
    ],
    skills: ['Negotiation', 'Coaching', 'Analytical'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 8_000_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'coaching', 'analytical'],
  },
  {
    id: 'en-09-relationship-manager-break',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Nine',
    email: 'candidate.nine@example.org',
    phone: '+44 7700 900654',
    contactLines: ['Edinburgh'],
    profile: [
      'Relationship manager in private banking, returning after a career break. Previously managed 90 ' +
        'high-net-worth private clients.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Relationship Manager', 'Forth Private Bank', '2025-02', null, true, 'Feb 2025 – current', [
        'Rebuilding a client book in investment and lending',
      ]),
      job('Relationship Manager', 'Caledon Wealth', '2015-05', '2022-08', true, 'May 2015 – Aug 2022', [
        'Wealth planning reviews and referrals to specialists',
      ]),
      job('Bank Cashier', 'Caledon Wealth', '2012-01', '2015-04', false, 'Jan 2012 – Apr 2015'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Sep 2022 – Jan 2025   Career break: caring for a family member' }],
    education: [
      edu('ma', 'MA Economics, University of Edinburgh, 2007 – 2011', {
        field: 'Economics',
        institution: 'University of Edinburgh',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [named('Anti-money laundering refresher')],
    certifications: [named('CFP', 'CFP, 2017')],
    languages: [lang('en', 'native', 'English - native'), lang('de', 'B1', 'German - B1')],
    skills: ['Relationship management', 'Diplomatic', 'Financial acumen'],
    clientBase: { activeAccounts: 90 },
    competencies: ['relationship_building', 'tact_assertiveness', 'financial_analysis'],
  },
  {
    id: 'en-10-sales-rep-years-only',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Ten',
    email: 'candidate.ten@example.com',
    phone: '+44 7700 900987',
    contactLines: ['Cardiff'],
    profile: ['Sales representative who started as a software engineer; strong at technical demos.'],
    jobStyle: 'inline',
    jobs: [
      job('Sales Representative', 'Dragonfly Systems Ltd', '2018', null, true, '2018 – Present', [
        'Selling network monitoring to public-sector IT teams',
        'Around 20 accounts with budgets of €50k to €400k',
      ]),
      job('Sales Representative', 'Taff Valley Telecom', '2015', '2017', true, '2015–2017'),
      job('Software Engineer', 'Taff Valley Telecom', '2012', '2015', false, '2012–2015', [
        'Back-end services in Java',
      ]),
    ],
    education: [
      edu('bsc', 'BSc Computer Science, Cardiff University, 2009 – 2012', {
        field: 'Computer Science',
        institution: 'Cardiff University',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('cy', 'B2', 'Welsh – B2')],
    skills: ['Analytical', 'Persuasive', 'Team player'],
    clientBase: { activeAccounts: 20 },
    competencies: ['analytical', 'persuasiveness', 'teamwork'],
  },
  {
    id: 'en-11-inside-sales-table',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Eleven',
    email: 'candidate.eleven@example.net',
    phone: '+31 6 12 12 34 34',
    contactLines: ['Rotterdam'],
    profile: ['Inside sales representative for an office-supplies wholesaler, selling by phone.'],
    jobStyle: 'table',
    jobs: [
      job('Inside Sales Representative', 'Officeline Benelux B.V.', '2022-05', null, true, '05/2022 – present'),
      job(
        'Customer Service Representative',
        'Officeline Benelux B.V.',
        '2019-03',
        '2022-04',
        false,
        '03/2019 – 04/2022',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Commerce, Zadkine, 2015 – 2019', {
        field: 'Commerce',
        institution: 'Zadkine',
        startYear: 2015,
        endYear: 2019,
      }),
    ],
    courses: [named('Cold calling that works')],
    certifications: [],
    languages: [lang('nl', 'native', 'Dutch - native'), lang('en', 'C1', 'English - fluent')],
    skills: ['Stress resistance', 'Customer focus'],
    clientBase: null,
    competencies: ['stress_resistance', 'customer_focus'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/** The sixth held-out set's English CVs (see test/fixtures/cvs/held-out-6/README.md). */
export const HELD_OUT_6_EN: CvSource[] = [
  {
    id: 'en-h6-01-key-account-manager-grocery',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Eighty',
    email: 'candidate.eighty@example.com',
    phone: '+353 61 555 0190',
    contactLines: ['Limerick, Ireland'],
    tagline: 'Key Account Manager – Grocery',
    headings: { work: 'Career history', skills: 'Skills', courses: 'Training' },
    profile: [
      'Key account manager with a food manufacturer, selling into the grocery multiples in Ireland and Great ' +
        'Britain. I came into sales from demand planning, so I am comfortable with the numbers behind a ' +
        'promotion as well as the conversation with the buyer.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager',
        'Shannonside Foods Ltd',
        '2019-03',
        null,
        true,
        'Mar 2019 – present',
        [
          'Responsible for four retail accounts: two national multiples in Ireland and two in Great Britain, ' +
            'together about 2,300 stores',
          'Net sales through my accounts of €36m in 2025 (Shannonside’s total turnover is €190m)',
          'Agree annual listings, promotions and pricing with category buyers and commercial directors',
        ],
        'Limerick',
      ),
      job(
        'National Account Executive',
        'Shannonside Foods Ltd',
        '2016-06',
        '2019-02',
        true,
        'Jun 2016 – Feb 2019',
        ['Ran the symbol groups and cash & carry customers in Ireland; grew distribution of the chilled range'],
        'Limerick',
      ),
      job(
        'Demand Planner',
        'Greenvale Dairies',
        '2013-09',
        '2016-05',
        false,
        'Sep 2013 – May 2016',
        ['Weekly forecasts for 140 SKUs; promotional uplift planning with the sales team'],
        'Mitchelstown',
      ),
      job(
        'Graduate Trainee, Supply Chain',
        'Greenvale Dairies',
        '2012-09',
        '2013-08',
        false,
        'Sep 2012 – Aug 2013',
        undefined,
        'Mitchelstown',
      ),
    ],
    education: [
      edu('bachelor', 'Bachelor of Business Studies (BBS), University of Limerick, 2008 – 2012', {
        field: 'Business Studies',
        institution: 'University of Limerick',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [
      named('Negotiating with Retail Buyers', 'Negotiating with Retail Buyers – two-day workshop (2020)'),
      named('Category Management Fundamentals', 'Category Management Fundamentals, IGD (2017)'),
    ],
    certifications: [],
    languages: [
      lang('en', 'native', 'English: native'),
      lang('ga', 'B2', 'Irish: good'),
      lang('es', 'A2', 'Spanish: basic'),
    ],
    skills: ['Negotiation', 'Analytical (Nielsen and Kantar data)', 'Team player', 'Excel and Power BI'],
    closing: [{ kind: 'paragraph', text: 'Full clean driving licence.' }],
    clientBase: { activeAccounts: 4, annualRevenueEur: 36_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'en-h6-02-europass-corporate-insurance',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Eighty-One',
    email: 'c.eightyone@example.net',
    phone: '+48 601 555 214',
    tagline: 'Europass Curriculum Vitae',
    afterContact: [
      { kind: 'heading', text: 'Personal information' },
      {
        kind: 'table',
        rows: [
          ['Surname(s) / First name(s)', 'Candidate Eighty-One'],
          ['Address', 'ul. Grójecka 118/4, 02-367 Warsaw, Poland'],
          ['Nationality', 'Polish'],
          ['Date of birth', '11/07/1987'],
          ['Gender', 'Female'],
        ],
      },
      { kind: 'heading', text: 'Desired employment / Occupational field' },
      { kind: 'paragraph', text: 'Key Account Manager – corporate insurance' },
    ],
    headings: {
      work: 'Work experience',
      education: 'Education and training',
      courses: 'Certificates',
      languages: 'Personal skills and competences',
    },
    profile: [],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Dates',
      title: 'Occupation or position held',
      employer: 'Name and address of employer',
      duties: 'Main activities and responsibilities',
    },
    jobs: [
      job(
        'Corporate Relationship Manager',
        'Vistula Ubezpieczenia S.A.',
        '2019-09',
        null,
        true,
        'September 2019 – present',
        [
          'Care for a portfolio of 41 corporate clients, manufacturers and logistics companies in the Masovian and Łódź voivodeships',
          'Renewal and cross-selling of property, liability and fleet programmes; gross written premium of my portfolio PLN 58 million (approx. EUR 13.5 million) in 2025',
          'Negotiations with management boards and CFOs of client companies',
        ],
        'ul. Prosta 51, 00-838 Warsaw',
      ),
      job(
        'Underwriter, Property Insurance',
        'Vistula Ubezpieczenia S.A.',
        '2014-03',
        '2019-08',
        false,
        'March 2014 – August 2019',
        [
          'Risk assessment and pricing of property risks for mid-sized companies',
          'Technical support to sales staff and brokers',
        ],
        'ul. Prosta 51, 00-838 Warsaw',
      ),
      job(
        'Claims Assistant',
        'Mazowsze Assistance Sp. z o.o.',
        '2011-10',
        '2014-02',
        false,
        'October 2011 – February 2014',
        ['Registration of motor claims, contact with repair shops'],
        'ul. Puławska 2, 02-566 Warsaw',
      ),
    ],
    education: [
      edu(
        'master',
        'Dates: 2009 – 2011\nTitle of qualification awarded: Master’s degree (magister) in Finance and Accounting\nName and type of organisation providing education and training: Warsaw School of Economics (SGH), public university\nLevel in national or international classification: ISCED 5A',
        { field: 'Finance and Accounting', institution: 'Warsaw School of Economics', startYear: 2009, endYear: 2011 },
      ),
      edu(
        'bachelor',
        'Dates: 2006 – 2009\nTitle of qualification awarded: Bachelor’s degree (licencjat) in Economics\nName and type of organisation providing education and training: University of Łódź, public university\nLevel in national or international classification: ISCED 5A',
        { field: 'Economics', institution: 'University of Łódź', startYear: 2006, endYear: 2009 },
      ),
    ],
    courses: [],
    certifications: [
      named('Insurance Agent Qualification (KNF examination)', 'Insurance Agent Qualification (KNF examination), 2019'),
    ],
    certificationsWithCourses: true,
    languages: [lang('pl', 'native', ''), lang('en', 'C1', ''), lang('de', 'B1', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): Polish' },
      { kind: 'paragraph', text: 'Other language(s): English, German' },
      {
        kind: 'table',
        header: [
          'Self-assessment / European level (*)',
          'Understanding: Listening',
          'Understanding: Reading',
          'Speaking: Spoken interaction',
          'Speaking: Spoken production',
          'Writing',
        ],
        rows: [
          [
            'English',
            'C1 Proficient user',
            'C1 Proficient user',
            'B2 Independent user',
            'C1 Proficient user',
            'C1 Proficient user',
          ],
          [
            'German',
            'B1 Independent user',
            'B2 Independent user',
            'B1 Independent user',
            'B1 Independent user',
            'A2 Basic user',
          ],
        ],
      },
      { kind: 'paragraph', text: '(*) Common European Framework of Reference (CEF) level' },
      { kind: 'heading', text: 'Social skills and competences' },
      {
        kind: 'paragraph',
        text:
          'Negotiation skills gained in renewal talks with management boards; good communication skills, ' +
          'including presentations to clients’ risk committees.',
      },
      { kind: 'heading', text: 'Organisational skills and competences' },
      { kind: 'paragraph', text: 'Planning and organising of renewal seasons for more than 40 clients at once.' },
      { kind: 'heading', text: 'Computer skills and competences' },
      { kind: 'paragraph', text: 'MS Office (advanced Excel), Salesforce, the insurer’s underwriting system' },
      { kind: 'heading', text: 'Driving licence' },
      { kind: 'paragraph', text: 'Category B' },
    ],
    skills: [],
    clientBase: { activeAccounts: 41, annualRevenueEur: 13_500_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'negotiation', 'organisation'],
  },
  {
    id: 'en-h6-03-linkedin-commercial-banking',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Eighty-Two',
    email: 'candidate82@example.org',
    phone: null,
    contactLines: ['www.linkedin.com/in/candidate-eighty-two (LinkedIn)'],
    tagline:
      'Senior Relationship Manager, Commercial Banking | Agriculture & Energy Services\nLethbridge, Alberta, Canada',
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
      'I bank owner-managed businesses in southern Alberta: grain and cattle operations, equipment dealers and ' +
        'oilfield service companies. My book is 68 commercial relationships with about CAD 240M in authorized ' +
        'credit. I sit across the table from the owners and their accountants, and I like to be the banker who ' +
        'picks up the phone.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Relationship Manager, Commercial Banking',
          'Prairie Trust Bank',
          '2022-04',
          null,
          true,
          'April 2022 - Present (4 yrs 8 mos)',
        ),
        lines: [
          'Prairie Trust Bank',
          '9 yrs 6 mos',
          'Senior Relationship Manager, Commercial Banking',
          'April 2022 - Present (4 yrs 8 mos)',
          'Lethbridge, Alberta, Canada',
          'Agriculture and energy services clients with borrowing from CAD 1M to 20M.',
        ],
      },
      {
        ...job(
          'Relationship Manager, Commercial Banking',
          'Prairie Trust Bank',
          '2019-01',
          '2022-03',
          true,
          'January 2019 - March 2022 (3 yrs 3 mos)',
        ),
        lines: [
          'Relationship Manager, Commercial Banking',
          'January 2019 - March 2022 (3 yrs 3 mos)',
          'Medicine Hat, Alberta, Canada',
        ],
      },
      {
        ...job(
          'Credit Analyst',
          'Prairie Trust Bank',
          '2017-06',
          '2018-12',
          false,
          'June 2017 - December 2018 (1 yr 7 mos)',
        ),
        lines: ['Credit Analyst', 'June 2017 - December 2018 (1 yr 7 mos)', 'Calgary, Alberta, Canada'],
      },
      {
        ...job(
          'Member Service Representative',
          'Westridge Credit Union',
          '2014-09',
          '2017-05',
          false,
          'September 2014 - May 2017 (2 yrs 9 mos)',
        ),
        lines: [
          'Westridge Credit Union',
          'Member Service Representative',
          'September 2014 - May 2017 (2 yrs 9 mos)',
          'Calgary, Alberta, Canada',
        ],
      },
    ],
    education: [
      edu('bachelor', 'University of Calgary\nBachelor of Commerce - BComm, Finance · (2010 - 2014)', {
        field: 'Finance',
        institution: 'University of Calgary',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('Canadian Securities Course (CSC)'), named('Agricultural Lending Certificate')],
    languages: [
      lang('en', 'native', 'English (Native or Bilingual)'),
      lang('pa', 'native', 'Punjabi (Native or Bilingual)'),
      lang('fr', 'B1', 'French (Limited Working)'),
    ],
    skills: ['Commercial Lending', 'Relationship Management', 'Agribusiness'],
    clientBase: { activeAccounts: 68, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'en-h6-04-account-manager-letter-style',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Eighty-Three',
    email: 'eightythree.candidate@example.com',
    phone: '+44 7700 900 466',
    contactLines: ['Leeds'],
    headings: {
      profile: 'Hello',
      work: 'How I got here',
      skills: 'What I am good at',
      certifications: 'Qualifications',
    },
    profile: [
      'I would rather tell you my story than give you a grid, so this CV reads a bit like a letter. In short: I ' +
        'am an account manager in B2B software, I keep clients for years, and I am looking for a bigger book.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Senior Account Manager', 'Kirkgate Software', '2022', null, true, 'Since 2022'),
        lines: [
          'Since 2022 I have been a Senior Account Manager at Kirkgate Software, which makes workforce scheduling ' +
            'software for care providers. I look after 31 care groups across Yorkshire and the North East, from ' +
            'single homes to groups of twenty, and agree renewals and expansions with their managing directors. ' +
            'My accounts pay about £2.9m a year in subscriptions (about €3.4m).',
        ],
      },
      {
        ...job('Account Manager', 'Kirkgate Software', '2019', '2021', true, '2019 to 2021'),
        lines: [
          'Kirkgate hired me as an Account Manager when I came home. From 2019 to 2021 I ran a patch ' +
            'of about 120 smaller homes, almost all of them owner-run, mostly by phone and video call.',
        ],
      },
      {
        ...job('Customer Support Analyst', 'Tiller HR Systems', '2015', '2018', false, 'Between 2015 and 2018'),
        lines: [
          'Between 2015 and 2018 I was a Customer Support Analyst at Tiller HR Systems in Harrogate, my first job after university. ' +
            'Answering two hundred tickets a week taught me how customers really use software, and what makes ' +
            'them leave. In the summer of 2018 I took a sabbatical and spent ten months cycling from Leeds to ' +
            'Istanbul and back, which I still talk about far too much.',
        ],
      },
      {
        ...job('Sales Assistant', 'Marsden & Pyke', '2012', '2015', true, '2012–2015'),
        lines: [
          'Before that I worked my way through university as a Sales Assistant at Marsden & Pyke in Leeds ' +
            '(2012–2015), selling menswear on the shop floor and helping out in the stockroom.',
        ],
      },
    ],
    education: [
      edu('ba', 'BA (Hons) English Literature, University of Leeds, 2012–2015 (2:1)', {
        field: 'English Literature',
        institution: 'University of Leeds',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Certified Customer Success Manager (CCSM) Level 2',
        'Certified Customer Success Manager (CCSM) Level 2, 2023. I have started the Level 3 course and hope to sit the exam next spring.',
      ),
    ],
    languages: [lang('en', 'native', ''), lang('tr', 'A2', ''), lang('de', 'B1', '')],
    languagesText: [
      'English is my mother tongue. I picked up enough Turkish on the road to order food and ask for directions ' +
        '(A2 at most), and I can hold a decent conversation in German from school and an exchange term in ' +
        'Freiburg, roughly B1.',
    ],
    skills: [
      'Listening before pitching; clients tell me I am easy to deal with',
      'Keeping calm on a bad renewal call: I am resilient and do not take it personally',
      'Turning usage data into a case for an upgrade (analytical, but in plain English)',
    ],
    closing: [{ kind: 'paragraph', text: 'References from two of my current clients are available on request.' }],
    clientBase: { activeAccounts: 31, annualRevenueEur: 3_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'stress_resistance'],
  },
  {
    id: 'en-h6-05-key-account-manager-hospitals-table',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Eighty-Four',
    email: 'candidate.eightyfour@example.net',
    phone: '+91 98450 55321',
    contactLines: ['Bengaluru, Karnataka'],
    nameLine: 'CURRICULUM VITAE\nCandidate Eighty-Four',
    afterContact: [{ kind: 'paragraph', text: 'Date of birth: 14 February 1990 | Marital status: Married' }],
    headings: {
      profile: 'Career Objective',
      work: 'Professional Experience',
      education: 'Academic Qualifications',
      skills: 'Key Skills',
      languages: 'Languages Known',
      workTable: ['Duration', 'Designation', 'Organisation'],
    },
    profile: [
      'To grow as a key account manager in healthcare, building long-term partnerships with hospital groups ' +
        'and contributing to the organisation’s growth.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job(
        'Key Account Manager – Corporate Hospitals',
        'Medivance Healthcare Pvt. Ltd.',
        '2021-12',
        null,
        true,
        '12.2021 – till date',
        [
          'Handling 12 corporate hospital chains (64 hospitals) across Karnataka and Tamil Nadu',
          'Sales of ₹38 crore in FY 2025-26 (approx. €3.9 million) from my accounts',
          'Rate contracts and annual tenders with purchase heads and medical directors',
        ],
      ),
      job('Area Business Manager', 'Sanjeevani Pharma Ltd.', '2019-03', '2021-11', true, '3.2019 – 11.2021', [
        'Led a team of 6 medical representatives in Mysuru and Mandya districts',
      ]),
      job('Medical Representative', 'Sanjeevani Pharma Ltd.', '2016-07', '2019-02', true, '7.2016 – 2.2019', [
        'Promoted the cardiology range to doctors and chemists in Bengaluru South',
      ]),
      job('QC Chemist', 'Deccan Generics Ltd.', '2012-06', '2014-05', false, '6.2012 – 5.2014', [
        'Testing of raw materials and finished tablets as per pharmacopoeia',
      ]),
    ],
    education: [
      edu(
        'master',
        'PGDM (Post Graduate Diploma in Management), Marketing – two-year full-time programme, AICTE approved – Bangalore School of Business Studies – 2014–2016',
        { field: 'Marketing', institution: 'Bangalore School of Business Studies', startYear: 2014, endYear: 2016 },
      ),
      edu(
        'bachelor',
        'B.Pharm (Bachelor of Pharmacy) – Rajiv Gandhi University of Health Sciences – 2008–2012 – First Class',
        {
          field: 'Pharmacy',
          institution: 'Rajiv Gandhi University of Health Sciences',
          startYear: 2008,
          endYear: 2012,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('kn', 'native', 'Kannada – mother tongue'),
      lang('en', 'C1', 'English – fluent'),
      lang('hi', 'C1', 'Hindi – fluent'),
      lang('ta', 'B1', 'Tamil – conversational'),
    ],
    skills: [
      'Key account management',
      'Tender and rate-contract negotiation',
      'Customer-centric approach',
      'Team handling',
    ],
    closing: [
      { kind: 'heading', text: 'Declaration' },
      {
        kind: 'paragraph',
        text: 'I hereby declare that the information furnished above is true to the best of my knowledge.\nPlace: Bengaluru',
      },
    ],
    clientBase: { activeAccounts: 12, annualRevenueEur: 3_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'en-h6-06-functional-insurance-broking',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Eighty-Five',
    email: 'cand85@example.com',
    phone: '0412 555 087',
    contactLines: ['Geelong VIC'],
    tagline: 'Account Manager, Commercial Insurance Broking',
    afterContact: [
      { kind: 'heading', text: 'Summary' },
      {
        kind: 'paragraph',
        text:
          'Commercial insurance account manager with thirteen years in insurance, six of them broking. I know ' +
          'regional business and I know claims, so clients call me before they call anyone else.',
      },
      { kind: 'heading', text: 'Selected skills and results' },
      { kind: 'paragraph', text: 'Client portfolio' },
      {
        kind: 'bullets',
        items: [
          'Look after 230 commercial clients across Geelong, the Surf Coast and the Western District: farms, ' +
            'builders and trades, wineries and small manufacturers',
          'AUD 6.8m of annual premium placed for my clients; retention above 93% for four years running',
          'Most of my clients are owner-operators; I sit down with them at renewal every year',
        ],
      },
      { kind: 'paragraph', text: 'Claims advocacy' },
      {
        kind: 'bullets',
        items: [
          'Four years as a claims officer: I manage large claims for my clients with the insurers’ assessors',
          'Calm and resilient after storms and bushfires, when forty clients ring in one morning',
        ],
      },
      { kind: 'paragraph', text: 'Business development' },
      {
        kind: 'bullets',
        items: [
          'Wrote 38 new commercial clients in 2025, mostly through accountants and referrals',
          'Networking through the Geelong Chamber of Commerce and local field days',
        ],
      },
    ],
    profile: [],
    headings: {
      work: 'Career summary',
      education: 'Education',
      certifications: 'Qualifications',
      languages: 'Languages',
    },
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Account Manager, Commercial Lines',
          'Corio Bay Insurance Brokers',
          '2020-02',
          null,
          true,
          'Feb 2020 – present',
        ),
        lines: ['Account Manager, Commercial Lines — Corio Bay Insurance Brokers, Geelong (Feb 2020 – present)'],
      },
      {
        ...job('Account Executive', 'Corio Bay Insurance Brokers', '2017', '2020-01', true, '2017 – Jan 2020'),
        lines: ['Account Executive — Corio Bay Insurance Brokers, Geelong (2017 – Jan 2020)'],
      },
      {
        ...job('Claims Officer', 'Southern Cross Mutual', '2013', '2017', false, '2013 – 2017'),
        lines: ['Claims Officer — Southern Cross Mutual, Melbourne (2013 – 2017)'],
      },
      {
        ...job('Customer Service Officer', 'Otway Community Bank', '2010', '2013', false, '2010 – 2013'),
        lines: ['Customer Service Officer — Otway Community Bank, Colac (2010 – 2013)'],
      },
    ],
    education: [
      edu('secondary', 'Victorian Certificate of Education (VCE), Colac Secondary College, 2009', {
        institution: 'Colac Secondary College',
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [
      named('Diploma of Insurance Broking (RG146 compliant)', 'Diploma of Insurance Broking (RG146 compliant), 2018'),
      named('Tier 1 General Insurance', 'Tier 1 General Insurance, 2014'),
    ],
    languages: [
      lang('en', 'native', 'English: first language'),
      lang('it', 'B1', 'Italian: intermediate (B1), from my grandparents'),
    ],
    skills: [],
    closing: [
      {
        kind: 'paragraph',
        text: 'Studying towards the ANZIIF Advanced Diploma of Insurance Broking, completion expected late 2027.',
      },
    ],
    clientBase: { activeAccounts: 230, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'stress_resistance'],
  },
  {
    id: 'en-h6-07-key-account-manager-freight-break',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Eighty-Six',
    email: 'candidate.eighty-six@example.org',
    phone: '+27 82 555 0364',
    contactLines: ['Johannesburg, South Africa', 'Driver’s licence: Code B'],
    headings: {
      profile: 'Profile',
      work: 'Employment',
      skills: 'Competencies',
      courses: 'Short courses',
      languages: 'Languages',
    },
    profile: [
      'Key account manager in road freight and warehousing. I look after 26 key accounts, retailers and ' +
        'pharmaceutical wholesalers that ship to every province, worth about R96 million in freight revenue a year ' +
        '(about €4.8 million). My contacts are their logistics directors and procurement managers. Before my ' +
        'career break I ran a book of some 180 small business accounts in Gauteng.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Key Account Manager',
        'Highveld Freight (Pty) Ltd',
        '2021-02',
        null,
        true,
        'Feb 2021 – current',
        [
          'Quarterly business reviews, rate negotiations and tenders for 26 national accounts',
          'Won two pharmaceutical distributors in 2024, adding R21 million a year',
        ],
        'Johannesburg',
      ),
      job(
        'Part-time Lecturer, Sales Management',
        'Rand Business College',
        '2022-07',
        null,
        false,
        'Jul 2022 – current',
        ['Two evenings a week: first-year Sales Management and Business Communication'],
        'Braamfontein',
      ),
      {
        ...job('Account Manager', 'Karoo Couriers', '2016-04', '2019-03', true, 'Apr 2016 – Mar 2019', [
          'Around 180 small and medium business accounts in Gauteng; upselling from courier to warehousing',
        ]),
        lines: [
          'Apr 2019 – Jan 2021   Career break: parental leave (twins), then full-time at home',
          'Apr 2016 – Mar 2019   Account Manager – Karoo Couriers, Johannesburg',
        ],
      },
      job(
        'Operations Controller',
        'Karoo Couriers',
        '2013-01',
        '2016-03',
        false,
        'Jan 2013 – Mar 2016',
        ['Daily routing for 40 vehicles, driver rosters, depot KPIs'],
        'Germiston',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Other roles' },
      {
        kind: 'bullets',
        items: [
          'Non-executive director, Soweto Youth Football Trust (2020 – current)',
          'Volunteer maths tutor, Saturday school in Alexandra (2014 – 2019)',
        ],
      },
    ],
    education: [
      edu('bachelor', 'BCom Logistics Management, University of Johannesburg, 2009 – 2012', {
        field: 'Logistics Management',
        institution: 'University of Johannesburg',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [
      named('Key Account Management', 'Key Account Management, Wits Business School (2022)'),
      named('Advanced Negotiation Skills', 'Advanced Negotiation Skills, three days (2017)'),
    ],
    certifications: [],
    languages: [
      lang('af', 'native', 'Afrikaans – home language'),
      lang('en', 'C1', 'English – fluent'),
      lang('zu', 'B1', 'isiZulu – conversational'),
    ],
    skills: ['Negotiation', 'Relationship building', 'Planning and organising', 'Coaching junior account managers'],
    clientBase: { activeAccounts: 26, annualRevenueEur: 4_800_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h6-08-private-banking-paragraphs',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate Eighty-Seven',
    email: 'eighty7@example.net',
    phone: '+44 1481 555 270',
    contactLines: ['St Peter Port, Guernsey'],
    tagline: 'Senior Relationship Manager – Private Banking',
    headings: {
      profile: 'Profile',
      work: 'Career',
      skills: 'Strengths',
      certifications: 'Professional qualifications',
    },
    profile: [
      'Chartered accountant turned private banker. I look after 95 client families, most of them living in the ' +
        'UK, the Gulf and South Africa, with assets under management of about £720m. Discreet, patient and ' +
        'happy to explain a trust structure twice.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Senior Relationship Manager', 'Sarnia Private Bank', '2018-03', null, true, 'March 2018 – present'),
        lines: [
          'Senior Relationship Manager, Sarnia Private Bank, St Peter Port (March 2018 – present). I am the single ' +
            'point of contact for 95 families and their advisers, bring in new relationships through lawyers and ' +
            'trust companies, and work with the investment and credit teams on each family’s plan. Net new money ' +
            'of £85m in 2025.',
        ],
      },
      {
        ...job(
          'Relationship Manager',
          'Havelet Trust Company Limited',
          '2013-06',
          '2018-02',
          true,
          'June 2013 – February 2018',
        ),
        lines: [
          'Relationship Manager, Havelet Trust Company Limited (June 2013 – February 2018). Looked after around 60 ' +
            'trust and company structures for clients in the Middle East and won new clients through intermediaries ' +
            'in Dubai.',
        ],
      },
      {
        ...job(
          'Trust Administrator',
          'Havelet Trust Company Limited',
          '2009-09',
          '2013-05',
          false,
          'Sept 2009 – May 2013',
        ),
        lines: [
          'Trust Administrator, Havelet Trust Company Limited (Sept 2009 – May 2013). Administration, accounts and ' +
            'board minutes for about 120 trusts and companies.',
        ],
      },
      {
        ...job('Audit Trainee', 'Moore & Castel Chartered Accountants', '2006', '2009', false, '2006 – 2009'),
        lines: [
          'Audit Trainee, Moore & Castel Chartered Accountants, Southampton (2006 – 2009). Audits of owner-managed ' +
            'businesses while training for the ACA.',
        ],
      },
    ],
    education: [
      edu('bsc', 'BSc Accounting and Finance, University of Southampton (2003 – 2006)', {
        field: 'Accounting and Finance',
        institution: 'University of Southampton',
        startYear: 2003,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [
      named('Chartered Accountant (ACA), ICAEW', 'Chartered Accountant (ACA), ICAEW (2009)'),
      named('Investment Advice Diploma (CISI)', 'Investment Advice Diploma (CISI) (2015)'),
    ],
    closing: [
      {
        kind: 'paragraph',
        text: 'Currently studying for the CISI Chartered Wealth Manager qualification (exam booked for 2027).',
      },
    ],
    languages: [
      lang('en', 'native', 'English (native)'),
      lang('fr', 'B2', 'French (good)'),
      lang('pt', 'A2', 'Portuguese (basic)'),
    ],
    skills: ['Financial analysis', 'Discreet and diplomatic', 'Relationship management'],
    clientBase: { activeAccounts: 95, segment: 'international' },
    competencies: ['financial_analysis', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'en-h6-09-key-account-manager-long-career',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Eighty-Eight',
    email: 'candidate.eightyeight@example.org',
    phone: '01246 555 318',
    contactLines: ['Chesterfield, Derbyshire'],
    headings: {
      profile: 'Personal profile',
      work: 'Employment record',
      skills: 'Skills',
      courses: 'Training courses',
      certifications: 'Qualifications',
    },
    profile: [
      'Time-served fitter who moved into technical sales in the late nineties. I have sold bearings, ' +
        'power transmission and hydraulics to industry in the East Midlands for over twenty-five years and ' +
        'know most of the maintenance departments between Sheffield and Leicester by name.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Key Account Manager',
        'Castellan Industrial Ltd',
        '2017-01',
        null,
        true,
        'Jan 2017 – present',
        [
          '28 key accounts: food, drink and packaging plants across the East Midlands and South Yorkshire',
          'Supply agreements and stock-holding programmes agreed with site engineering and maintenance teams',
        ],
        'Chesterfield',
      ),
      job(
        'Regional Sales Manager',
        'Pennant Bearings & Transmission',
        '2012-05',
        '2016-12',
        true,
        'May 2012 – Dec 2016',
        ['Led four area sales managers; region grew from £7m to £9.5m'],
        'Nottingham',
      ),
      job(
        'Area Sales Manager',
        'Pennant Bearings & Transmission',
        '2008',
        '2012',
        true,
        '2008 – 2012',
        undefined,
        'Nottingham',
      ),
      job(
        'Technical Sales Engineer',
        'Trent Valley Hydraulics',
        '2004',
        '2008',
        true,
        '2004 – 2008',
        undefined,
        'Derby',
      ),
      job(
        'Branch Manager',
        'Midland Power Transmission Centre',
        '2001',
        '2004',
        false,
        '2001 – 2004',
        ['Ran a trade counter and a team of five'],
        'Mansfield',
      ),
      job(
        'Internal Sales Engineer',
        'Midland Power Transmission Centre',
        '1997',
        '2001',
        true,
        '1997 – 2001',
        undefined,
        'Mansfield',
      ),
      job('Maintenance Fitter', 'Sherwood Cycle Works', '1992', '1997', false, '1992 – 1997', undefined, 'Nottingham'),
      job('Apprentice Fitter', 'Erewash Foundry Ltd', '1988', '1992', false, '1988 – 1992', undefined, 'Ilkeston'),
    ],
    education: [
      edu('short-cycle tertiary', 'HNC Mechanical Engineering, Derby College, 1994 – 1996 (day release)', {
        field: 'Mechanical Engineering',
        institution: 'Derby College',
        startYear: 1994,
        endYear: 1996,
      }),
      edu('vocational', 'City & Guilds Mechanical Engineering Craft Studies, South Notts College, 1988 – 1991', {
        field: 'Mechanical Engineering Craft Studies',
        institution: 'South Notts College',
        startYear: 1988,
        endYear: 1991,
      }),
    ],
    courses: [
      named('SKF Bearing Technology', 'SKF Bearing Technology, levels 1–3 (2005)'),
      named('Key Account Management', 'Key Account Management, two days (2018)'),
    ],
    certifications: [],
    languages: [
      lang('en', 'native', 'English (native)'),
      lang('de', 'A2', 'German (basic – six months on a project in Schweinfurt)'),
    ],
    skills: ['Technical selling', 'Negotiation', 'Mentoring younger reps', 'Full clean driving licence'],
    closing: [{ kind: 'paragraph', text: 'Interests: fell walking, restoring old motorbikes.' }],
    clientBase: { activeAccounts: 28, segment: 'regional_smb' },
    competencies: ['coaching', 'negotiation', 'sales'],
  },
  {
    id: 'en-h6-10-graduate-business-development',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Eighty-Nine',
    email: 'c89.candidate@example.com',
    phone: '+44 7700 900 651',
    contactLines: ['London', 'linkedin.com/in/candidate-eighty-nine'],
    tagline: 'Business Development Representative',
    headings: { profile: 'About me', work: 'Experience', skills: 'Skills', certifications: 'Certifications' },
    profile: [
      'Graduate in Business and Spanish, two years into a sales career with a fintech start-up. I like the ' +
        'phone, I like a target, and I want my first account management role.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Business Development Representative',
        'Fernhill Analytics',
        '2024-09',
        null,
        true,
        'Sep 2024 – Present',
        [
          'Cold calling and outreach to finance directors of mid-sized companies in the UK and Ireland',
          'Book 12–15 qualified meetings a month for the account executives; 131% of target in 2025',
        ],
        'London',
      ),
      job(
        'Marketing Intern',
        'Ruta Verde Travel S.L.',
        '2022-06',
        '2022-08',
        false,
        'June – August 2022',
        ['Social media calendar, newsletters and a customer survey during my year abroad'],
        'Seville',
      ),
    ],
    education: [
      edu('ba', 'BA (Hons) Business and Spanish, University of Bristol, 2020 – 2024, First', {
        field: 'Business and Spanish',
        institution: 'University of Bristol',
        startYear: 2020,
        endYear: 2024,
      }),
      edu('secondary', 'A-levels: Spanish (A*), Economics (A), History (A) – Kingsdale Sixth Form, 2020', {
        institution: 'Kingsdale Sixth Form',
        endYear: 2020,
      }),
    ],
    courses: [],
    certifications: [named('HubSpot Inbound Sales Certification', 'HubSpot Inbound Sales Certification (2024)')],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'C1', 'Spanish – C1 (DELE C1)')],
    skills: ['Communication', 'Resilient', 'Proactive', 'Salesforce, Outreach, LinkedIn Sales Navigator'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Other: captain of the university netball second team; Duke of Edinburgh Gold Award.',
      },
    ],
    clientBase: null,
    competencies: ['communication', 'initiative', 'stress_resistance'],
  },
  {
    id: 'en-h6-11-key-account-manager-chemicals-employers',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Ninety',
    email: 'ninety.candidate@example.net',
    phone: '+31 6 5550 2291',
    contactLines: ['Rotterdam, the Netherlands'],
    tagline: 'Key Account Manager | Specialty Chemicals',
    headings: { profile: 'Summary', work: 'Work experience', skills: 'Skills', certifications: 'Certificates' },
    profile: [
      'German chemical engineer in commercial roles since 2018. Today I look after 12 key accounts, producers ' +
        'of coatings and adhesives in Germany, Austria, Switzerland and the Benelux, who bought €18m from us in ' +
        '2025 (Kestrel’s group turnover is €1.2bn). I negotiate the annual contracts with their purchasing ' +
        'directors and work with their R&D heads on new formulations.',
      'Until 2022 I covered the UK and Ireland with about 30 smaller accounts.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager Benelux & DACH',
          'Kestrel Specialty Chemicals B.V.',
          '2022-04',
          null,
          true,
          '04/2022 – present',
          [
            'Annual contract negotiations, price increases and new product introductions',
            'Opened two new accounts in Switzerland in 2024',
          ],
        ),
        lines: [
          'KESTREL SPECIALTY CHEMICALS B.V., Rotterdam',
          'Key Account Manager Benelux & DACH',
          '04/2022 – present',
        ],
      },
      {
        ...job(
          'Account Manager UK & Ireland',
          'Kestrel Specialty Chemicals B.V.',
          '2018-09',
          '2022-03',
          true,
          '09/2018 – 03/2022',
          ['About 30 accounts, mostly family-owned coatings makers'],
        ),
        lines: ['Account Manager UK & Ireland', '09/2018 – 03/2022'],
      },
      {
        ...job(
          'Technical Service Chemist',
          'Alderwick Coatings Ltd',
          '2015-01',
          '2018-08',
          false,
          '01/2015 – 08/2018',
          ['Customer trials and complaints for industrial wood coatings'],
        ),
        lines: ['ALDERWICK COATINGS LTD, Warrington (UK)', 'Technical Service Chemist', '01/2015 – 08/2018'],
      },
      {
        ...job('Laboratory Technician', 'Alderwick Coatings Ltd', '2012-10', '2014-12', false, '10/2012 – 12/2014'),
        lines: ['Laboratory Technician', '10/2012 – 12/2014'],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Diplom-Ingenieur (FH) in Chemical Engineering, Hochschule Niederrhein, Krefeld, 2008 – 2012 (equivalent to a bachelor’s degree)',
        { field: 'Chemical Engineering', institution: 'Hochschule Niederrhein', startYear: 2008, endYear: 2012 },
      ),
    ],
    courses: [],
    certifications: [
      named('Certified Strategic Account Manager (CSAM)', 'Certified Strategic Account Manager (CSAM), SAMA, 2023'),
      named('Lean Six Sigma Yellow Belt', 'Lean Six Sigma Yellow Belt, 2016 (Green Belt in progress)'),
    ],
    languages: [
      lang('de', 'native', 'German — native'),
      lang('en', 'C2', 'English — C2'),
      lang('nl', 'B2', 'Dutch — B2 (Staatsexamen NT2, programme II)'),
    ],
    skills: ['Negotiation', 'Analytical', 'Technical selling to R&D and purchasing'],
    clientBase: { activeAccounts: 12, annualRevenueEur: 18_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales'],
  },
  {
    id: 'en-h6-12-enterprise-account-manager-telecoms-lines',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Ninety-One',
    email: 'candidate.ninetyone@example.com',
    phone: '+234 803 555 0417',
    contactLines: ['Lekki, Lagos State'],
    tagline: 'Key Account Manager, Enterprise Solutions',
    headings: {
      profile: 'Professional summary',
      work: 'Work history',
      skills: 'Core competencies',
      languages: 'Languages',
    },
    profile: [
      'Key account manager selling connectivity and cloud services to large businesses. My 38 enterprise ' +
        'accounts are banks, oil and gas service companies and manufacturers in Lagos, Ogun and Rivers States, ' +
        'billing about US$1.6m a year. I present to and negotiate with their IT directors and heads of procurement.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Key Account Manager, Enterprise',
          'Okavango Telecoms Nigeria Ltd',
          '2020-03',
          null,
          true,
          'March 2020 to date',
          [
            'Renewals, upgrades and new solutions for 38 enterprise accounts',
            'Closed the largest SD-WAN contract in the company in 2024',
          ],
        ),
        lines: ['Okavango Telecoms Nigeria Ltd | Key Account Manager, Enterprise | March 2020 to date'],
      },
      {
        ...job(
          'Account Manager, SME',
          'Okavango Telecoms Nigeria Ltd',
          '2017-06',
          '2020-02',
          true,
          'June 2017 to February 2020',
          ['A portfolio of about 150 small businesses on Lagos Island and Victoria Island'],
        ),
        lines: ['Okavango Telecoms Nigeria Ltd | Account Manager, SME | June 2017 to February 2020'],
      },
      {
        ...job('Sales Executive', 'Lekki Office Solutions', '2016-09', '2017-05', true, 'September 2016 to May 2017', [
          'Sold copiers and printing contracts to schools and small offices',
        ]),
        lines: ['Lekki Office Solutions | Sales Executive | September 2016 to May 2017'],
      },
    ],
    afterJobs: [
      {
        kind: 'bullets',
        items: ['National Youth Service Corps (NYSC) | Corps member, Lagos State Ministry of Commerce | 2015 to 2016'],
      },
    ],
    education: [
      edu('bsc', 'B.Sc. Marketing (part-time), Lagos State University, 2018 – 2022, Second Class Upper', {
        field: 'Marketing',
        institution: 'Lagos State University',
        startYear: 2018,
        endYear: 2022,
      }),
      edu(
        'short-cycle tertiary',
        'Higher National Diploma (HND) Marketing, Yaba College of Technology, 2012 – 2014, Upper Credit',
        {
          field: 'Marketing',
          institution: 'Yaba College of Technology',
          startYear: 2012,
          endYear: 2014,
        },
      ),
    ],
    courses: [named('Enterprise Solution Selling', 'Enterprise Solution Selling, vendor training, Lagos (2021)')],
    certifications: [],
    languages: [
      lang('yo', 'native', 'Yoruba: native'),
      lang('en', 'C1', 'English: fluent'),
      lang('ha', 'A2', 'Hausa: basic'),
    ],
    skills: ['Consultative selling', 'Negotiation', 'Team player', 'Initiative'],
    clientBase: { activeAccounts: 38, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'en-h6-13-relationship-manager-broker-malta',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Ninety-Two',
    email: 'candidate.ninetytwo@example.net',
    phone: '+356 7955 0128',
    contactLines: ['Birkirkara, Malta'],
    headings: {
      profile: 'Profile',
      work: 'Work experience',
      skills: 'Skills',
      certifications: 'Professional qualifications',
    },
    profile: [
      'Relationship manager at an insurance broker, responsible for 65 corporate clients across Malta and Gozo: ' +
        'hotels, construction firms, importers and a few iGaming companies. In 2025 my clients generated ' +
        '€2.7 million in brokerage income. I deal with company directors and their HR and finance managers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Relationship Manager – Corporate Clients',
        'Sliema Insurance Brokers Ltd',
        '2019-09',
        null,
        true,
        'September 2019 to date',
        [
          'Property, liability, marine cargo and group health programmes',
          'Tender preparation and placement with local and EU insurers',
          'Brought in 14 new corporate clients since 2022',
        ],
      ),
      job(
        'Sales Executive, SME Insurance',
        'Harbour Mutual Insurance p.l.c.',
        '2016-01',
        '2019-08',
        true,
        'January 2016 to August 2019',
        ['Sold packaged policies to shops, restaurants and small offices through visits and referrals'],
      ),
      job(
        'Customer Support Agent',
        'Lucky Reef Gaming Ltd',
        '2013-03',
        '2015-12',
        false,
        'March 2013 to December 2015',
        ['Player support by chat and e-mail in English and Italian'],
      ),
    ],
    education: [
      edu('bachelor', 'Bachelor of Commerce (Hons) in Insurance, University of Malta, 2009 to 2012 (MQF Level 6)', {
        field: 'Insurance',
        institution: 'University of Malta',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [
      named('Diploma in Insurance (Dip CII)', 'Diploma in Insurance (Dip CII), 2018'),
      named('MFSA Insurance Intermediaries Certificate', 'MFSA Insurance Intermediaries Certificate, 2016'),
    ],
    closing: [
      {
        kind: 'paragraph',
        text: 'Working towards the Advanced Diploma in Insurance (ACII): three units left, planned for 2027.',
      },
    ],
    languages: [
      lang('mt', 'native', 'Maltese – native'),
      lang('en', 'C2', 'English – C2'),
      lang('it', 'B2', 'Italian – good'),
    ],
    skills: ['Client relationship management', 'Negotiation with insurers', 'Planning and organising', 'Diplomatic'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 2_700_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'en-h6-14-key-account-manager-hotels-table',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Ninety-Three',
    email: 'ninetythree@example.org',
    phone: '+45 31 55 02 87',
    contactLines: ['Copenhagen, Denmark'],
    tagline: 'Key Account Manager, Corporate & MICE',
    headings: {
      profile: 'Profile',
      work: 'Employment',
      skills: 'Competences',
      workTable: ['Company', 'When', 'Position'],
    },
    profile: [
      'From the hotel front desk to corporate sales. I now manage 35 corporate accounts in Denmark, Sweden and ' +
        'Norway, mostly pharma, shipping and consulting companies that book rooms, meetings and events for their ' +
        'staff across our 14 hotels. My accounts brought in €5.2m in room and meeting revenue in 2025. I agree ' +
        'the annual rates with their travel managers and procurement managers.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'period', 'title'],
    jobs: [
      job('Key Account Manager, Corporate & MICE', 'Nordlys Hotels A/S', '2021-04', null, true, 'Apr 2021 – now', [
        'Annual RFP season, rate negotiations and account plans for 35 accounts',
        'Grew meeting and event revenue from my accounts by 22% in two years',
      ]),
      job('Sales Manager, Corporate', 'Nordlys Hotels A/S', '2018-08', '2021-03', true, 'Aug 2018 – Mar 2021', [
        'Around 90 small and medium Danish companies, mostly in Greater Copenhagen',
      ]),
      job('Front Office Manager', 'Hotel Kastellet', '2014-05', '2018-07', false, 'May 2014 – Jul 2018', [
        'Team of 12 receptionists and night auditors; rosters, upselling at check-in, guest complaints',
      ]),
      job('Receptionist', 'Hotel Kastellet', '2011-06', '2014-04', false, 'Jun 2011 – Apr 2014'),
    ],
    education: [
      edu(
        'bachelor',
        'Professional Bachelor in Innovation and Entrepreneurship (top-up), Copenhagen Business Academy, 2015 – 2017, part-time',
        {
          field: 'Innovation and Entrepreneurship',
          institution: 'Copenhagen Business Academy',
          startYear: 2015,
          endYear: 2017,
        },
      ),
      edu(
        'short-cycle tertiary',
        'AP Degree (Academy Profession) in Service, Hospitality and Tourism Management, Copenhagen Business Academy, 2009 – 2011',
        {
          field: 'Service, Hospitality and Tourism Management',
          institution: 'Copenhagen Business Academy',
          startYear: 2009,
          endYear: 2011,
        },
      ),
    ],
    courses: [named('Revenue Management for Sales', 'Revenue Management for Sales, eCornell online (2019)')],
    certifications: [],
    languages: [
      lang('da', 'native', 'Danish – mother tongue'),
      lang('en', 'C1', 'English – fluent'),
      lang('sv', 'B1', 'Swedish – reasonable'),
      lang('de', 'A2', 'German – basic'),
    ],
    skills: ['Negotiation', 'Customer focus', 'Team player', 'Opera, Salesforce, Cvent'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 5_200_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'teamwork'],
  },
  {
    id: 'en-h6-15-rural-relationship-manager',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Ninety-Four',
    email: 'cand.ninetyfour@example.com',
    phone: '027 555 0193',
    contactLines: ['Cambridge, Waikato, New Zealand'],
    tagline: 'Senior Rural Manager (agribusiness banking)',
    headings: {
      profile: 'About me',
      work: 'Roles',
      skills: 'Strengths',
      certifications: 'Professional',
      languages: 'Languages',
    },
    profile: [
      'Farm-raised rural banker. I look after 85 farming businesses in the Waikato and the Bay of Plenty, ' +
        'dairy, drystock and kiwifruit, with a lending book of about NZ$310m. My clients are the farm owners, ' +
        'their families and their accountants, and most of our meetings happen in a woolshed or a kitchen.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Senior Rural Manager', 'Kōwhai Bank', '2021-07', null, true, '07/2021 – now', [
          'New lending, restructures and succession plans for farm families',
          'Mentoring two graduate rural managers',
        ]),
        lines: ['Senior Rural Manager — Kōwhai Bank, Hamilton · 07/2021 – now'],
      },
      {
        ...job('Rural Manager', 'Kōwhai Bank', '2017', '2021-06', true, '2017 – 06/2021', [
          'Dairy clients in the Waipā and Ōtorohanga districts',
        ]),
        lines: ['Rural Manager — Kōwhai Bank, Te Awamutu · 2017 – 06/2021'],
      },
      {
        ...job('Farm Consultant', 'Waikato Farm Advisory Ltd', '2013', '2017', false, '2013 – 2017', [
          'Budgets, feed plans and farm valuations for dairy farmers',
        ]),
        lines: ['Farm Consultant — Waikato Farm Advisory Ltd · 2013 – 2017'],
      },
      {
        ...job('Herd Manager', 'Ridgeway Farms Ltd', '2010', '2013', false, '2010 – 2013', [
          'Ran a 600-cow herd with two staff',
        ]),
        lines: ['Herd Manager — Ridgeway Farms Ltd, Matamata · 2010 – 2013'],
      },
    ],
    afterJobs: [
      {
        kind: 'bullets',
        items: ['Board member, Waikato Young Farmers Trust — 2019 – 2023 (voluntary)'],
      },
    ],
    education: [
      edu('bachelor', 'Bachelor of AgriCommerce, Massey University, Palmerston North — 2006 – 2009', {
        field: 'AgriCommerce',
        institution: 'Massey University',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [
      named('Registered Rural Professional (NZIPIM)', 'Registered Rural Professional (NZIPIM), since 2016'),
      named(
        'Certificate in Agribusiness Lending',
        'Certificate in Agribusiness Lending, 2018 — the Diploma (level 7) is under way, due 2027',
      ),
    ],
    languages: [lang('en', 'native', 'English — native'), lang('mi', 'A2', 'te reo Māori — basic')],
    skills: ['Relationship building', 'Financial analysis of farm budgets', 'Mentoring', 'Plain talking'],
    clientBase: { activeAccounts: 85, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'financial_analysis', 'relationship_building'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The fifteenth held-out set's English CVs: mostly the harder layouts (Europass old and new, LinkedIn export and
 * pasted text, prose, functional CVs, unusual table orders, two-language CVs, long careers, unusual section orders).
 */
export const HELD_OUT_15_EN: CvSource[] = [
  {
    id: 'en-h15-01-spanish-new-europass-olive-oil-export',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Nine Hundred One',
    email: 'cand901.jaen@example.com',
    phone: '+34 655 90 19 01',
    contactLines: [
      'Date of birth: 22/05/1990',
      'Nationality: Spanish',
      'Address: Calle del Ejemplo 9, 23001 Jaén (Spain) (Home)',
    ],
    headings: {
      profile: 'ABOUT MYSELF',
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      languages: 'LANGUAGE SKILLS',
      skills: 'JOB-RELATED SKILLS',
      courses: 'COURSES',
    },
    profile: [
      'Export key account manager for a second-degree olive oil cooperative in Jaén. I sell extra virgin olive oil, ' +
        'bulk and bottled, to importers and supermarket chains in German-speaking and Nordic countries.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'EXPORT KEY ACCOUNT MANAGER',
          'Oleícola Sierra Sur S.C.A.',
          '2022-03',
          null,
          true,
          '[ 03/2022 – Current ]',
        ),
        lines: [
          '[ 03/2022 – Current ]',
          'EXPORT KEY ACCOUNT MANAGER',
          'Oleícola Sierra Sur S.C.A.',
          'City: Jaén | Country: Spain',
        ],
        bullets: [
          'Portfolio of 18 importers, delicatessen distributors and supermarket chains in Germany, Austria, Denmark and Sweden',
          'Sales to my accounts of EUR 7.2 million in the 2025/26 campaign; the cooperative turns over EUR 95 million',
          'Yearly price and private-label agreements with the buyers and category managers who decide the listings',
          'Trade fairs: Anuga (Cologne), BioFach (Nuremberg), Nordic Organic Food Fair (Malmö)',
        ],
      },
      {
        ...job(
          'EXPORT SALES ASSISTANT',
          'Oleícola Sierra Sur S.C.A.',
          '2017-09',
          '2022-02',
          false,
          '[ 15/09/2017 – 28/02/2022 ]',
        ),
        lines: [
          '[ 15/09/2017 – 28/02/2022 ]',
          'EXPORT SALES ASSISTANT',
          'Oleícola Sierra Sur S.C.A.',
          'City: Jaén | Country: Spain',
        ],
        bullets: [
          'Order processing, export documents, samples and trade-fair logistics for the three area managers; no accounts of my own',
        ],
      },
      {
        ...job(
          'TRAINEE – EXPORT DEPARTMENT',
          'Hanseatisches Feinkostkontor GmbH',
          '2015-10',
          '2016-03',
          false,
          '[ 10/2015 – 03/2016 ]',
        ),
        lines: [
          '[ 10/2015 – 03/2016 ]',
          'TRAINEE – EXPORT DEPARTMENT',
          'Hanseatisches Feinkostkontor GmbH',
          'City: Hamburg | Country: Germany',
        ],
        bullets: ['Erasmus+ traineeship: supplier files, price lists and Spanish-German correspondence'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'VOLUNTEERING' },
      {
        kind: 'paragraph',
        text: '[ 2019 – Current ]\nVolunteer – Cruz Roja Jaén\nLanguage support for refugee families, one evening a week',
      },
    ],
    education: [
      edu(
        'master',
        '[ 2016 – 2017 ]\nMaster’s Degree in International Trade (Máster Universitario en Comercio Internacional)\n' +
          'Universidad de Granada | City: Granada | Country: Spain | Level in EQF: EQF level 7',
        { field: 'International Trade', institution: 'Universidad de Granada', startYear: 2016, endYear: 2017 },
      ),
      edu(
        'bachelor',
        '[ 2011 – 2015 ]\nDegree in Business Administration and Management (Grado en ADE)\n' +
          'Universidad de Jaén | City: Jaén | Country: Spain | Level in EQF: EQF level 6',
        {
          field: 'Business Administration and Management',
          institution: 'Universidad de Jaén',
          startYear: 2011,
          endYear: 2015,
        },
      ),
    ],
    courses: [
      named(
        'Export Management Programme',
        'Export Management Programme – ICEX España Exportación e Inversiones, 2021 (120 hours)',
      ),
    ],
    certifications: [],
    languages: [lang('es', 'native', ''), lang('en', 'C1', ''), lang('de', 'B1', ''), lang('fr', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): Spanish' },
      { kind: 'paragraph', text: 'Other language(s):' },
      {
        kind: 'table',
        header: ['', 'Listening', 'Reading', 'Spoken production', 'Spoken interaction', 'Writing'],
        rows: [
          ['English', 'C1', 'C1', 'B2', 'C1', 'B2'],
          ['German', 'B2', 'B2', 'B1', 'B1', 'B1'],
          ['French', 'A2', 'B1', 'A2', 'A2', 'A1'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user',
      },
      { kind: 'paragraph', text: 'Goethe-Zertifikat B1 (2020)' },
    ],
    skills: [
      'Negotiation of yearly listing and private-label agreements with supermarket buyers',
      'Private-label development, from blend to label',
      'Sensory assessment of virgin olive oils (trained taster, cooperative panel)',
    ],
    closing: [
      { kind: 'heading', text: 'DIGITAL SKILLS' },
      { kind: 'paragraph', text: 'SAP SD | Salesforce | Microsoft Excel (advanced) | Canva' },
      { kind: 'heading', text: 'DRIVING LICENCE' },
      { kind: 'paragraph', text: 'Driving Licence: B' },
    ],
    clientBase: { activeAccounts: 18, annualRevenueEur: 7_200_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'en-h15-02-uk-linkedin-export-business-telecoms',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Nine Hundred Two',
    email: 'c902.huddersfield@example.org',
    phone: '07700 900902',
    contactLines: ['www.example.org/in/candidate-902 (LinkedIn)'],
    tagline:
      'Senior Account Manager – Business Connectivity at Pennine Connect | SME telecoms\nHuddersfield, England, United Kingdom',
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      skills: 'Top Skills',
      certifications: 'Certifications',
      languages: 'Languages',
    },
    profile: [
      'I look after small and mid-sized businesses in West Yorkshire for their phone lines, broadband, leased lines and ' +
        'mobile fleets. Most of my customers are owner-managed firms with 5 to 80 staff, and the owner is usually the ' +
        'person I sit down with. Before telecoms sales I spent four and a half years on the other end of the phone in a ' +
        'mobile network’s business contact centre.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Account Manager',
          'Pennine Connect Ltd',
          '2024-04',
          null,
          true,
          'April 2024 - Present (2 years 8 months)',
        ),
        lines: [
          'Pennine Connect Ltd',
          '5 years 9 months',
          'Senior Account Manager',
          'April 2024 - Present (2 years 8 months)',
          'Huddersfield, England, United Kingdom',
          'My own book of 85 business customers in Kirklees, Calderdale and Wakefield, billing £1.2m a year (about ' +
            '€1.4m). Renewals, upgrades and moves to full fibre, agreed with the owners who sign the contracts. ' +
            'Pennine Connect has around 2,400 business customers in total.',
        ],
      },
      {
        ...job(
          'Account Manager',
          'Pennine Connect Ltd',
          '2021-03',
          '2024-03',
          true,
          'March 2021 - March 2024 (3 years 1 month)',
        ),
        lines: [
          'Account Manager',
          'March 2021 - March 2024 (3 years 1 month)',
          'Huddersfield, England, United Kingdom',
          'Took over 140 small single-site accounts and won around 30 new logos a year.',
          'Page 1 of 2',
        ],
      },
      {
        ...job(
          'Customer Service Team Leader',
          'Northern Mobile plc',
          '2019-06',
          '2021-02',
          false,
          'June 2019 - February 2021 (1 year 9 months)',
        ),
        lines: [
          'Northern Mobile plc',
          '4 years 6 months',
          'Customer Service Team Leader',
          'June 2019 - February 2021 (1 year 9 months)',
          'Leeds, United Kingdom',
          'Team of 12 advisers on the business customer line.',
        ],
      },
      {
        ...job(
          'Customer Service Advisor',
          'Northern Mobile plc',
          '2016-09',
          '2019-05',
          false,
          'September 2016 - May 2019 (2 years 9 months)',
        ),
        lines: [
          'Customer Service Advisor',
          'September 2016 - May 2019 (2 years 9 months)',
          'Leeds, United Kingdom',
          'Billing queries, upgrades on existing contracts and number porting for business customers.',
        ],
      },
    ],
    education: [
      edu('ba', 'University of Huddersfield\nBachelor of Arts - BA, Business Management · (2013 - 2016)', {
        field: 'Business Management',
        institution: 'University of Huddersfield',
        startYear: 2013,
        endYear: 2016,
      }),
      edu('upper secondary', 'Greenhead College\nA Levels, Business, Economics, Sociology · (2011 - 2013)', {
        institution: 'Greenhead College',
        startYear: 2011,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('Microsoft 365 Certified: Fundamentals', 'Microsoft 365 Certified: Fundamentals')],
    languages: [
      lang('en', 'native', 'English (Native or Bilingual)'),
      lang('ur', 'native', 'Urdu (Native or Bilingual)'),
      lang('pa', 'B1', 'Punjabi (Limited Working)'),
    ],
    skills: ['Account Management', 'Negotiation', 'Unified Communications'],
    closing: [{ kind: 'paragraph', text: 'Page 2 of 2' }],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'en-h15-03-us-linkedin-text-orthopedic-rep-caregiving-break',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Nine Hundred Three',
    nameLine:
      'Candidate Nine Hundred Three\nOrthopedic Sales Representative | Trauma & Extremities | Middle Tennessee\n' +
      'Nashville, Tennessee, United States · Contact info\n500+ connections',
    email: 'cand903.nashville@example.com',
    phone: '(615) 555-0903',
    headings: {
      profile: 'About',
      work: 'Experience',
      education: 'Education',
      certifications: 'Licenses & certifications',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Nine years around the operating room: first as a surgical tech, now on the other side of the sterile field. I ' +
        'cover trauma and extremities cases and I am in an OR most mornings by 6:30.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Orthopedic Sales Representative',
          'Cumberland Orthopedic Partners',
          '2024-01',
          null,
          true,
          'Jan 2024 - Present · 2 yrs 11 mos',
        ),
        lines: [
          'Cumberland Orthopedic Partners',
          'Full-time · 4 yrs 8 mos',
          'Nashville, Tennessee, United States',
          'Orthopedic Sales Representative',
          'Jan 2024 - Present · 2 yrs 11 mos',
          'My territory is 9 hospitals and 5 ambulatory surgery centers across Middle Tennessee, from Clarksville down ' +
            'to Murfreesboro. $6.8M in annual sales, 118% to plan in 2025. I work with the surgeons, OR staff and ' +
            'materials managers on every case.',
        ],
      },
      {
        ...job(
          'Associate Sales Representative',
          'Cumberland Orthopedic Partners',
          '2022-04',
          '2023-12',
          false,
          'Apr 2022 - Dec 2023 · 1 yr 9 mos',
        ),
        lines: [
          'Associate Sales Representative',
          'Apr 2022 - Dec 2023 · 1 yr 9 mos',
          'Case coverage, loaner sets and inventory for the senior rep’s accounts; no territory of my own.',
          'Career Break',
          'Caregiving',
          'Jun 2021 - Mar 2022 · 10 mos',
          'Looked after my father after his stroke.',
        ],
      },
      {
        ...job(
          'Certified Surgical Technologist',
          'Harpeth Valley Medical Center',
          '2017-08',
          '2021-05',
          false,
          'Aug 2017 - May 2021 · 3 yrs 10 mos',
        ),
        lines: [
          'Certified Surgical Technologist',
          'Harpeth Valley Medical Center · Full-time',
          'Aug 2017 - May 2021 · 3 yrs 10 mos',
          'Franklin, Tennessee, United States · On-site',
          'Orthopedic and trauma service line.',
        ],
      },
    ],
    education: [
      edu(
        'bba',
        'Middle Tennessee State University\nBachelor of Business Administration - BBA, Marketing\n2022 - 2025',
        { field: 'Marketing', institution: 'Middle Tennessee State University', startYear: 2022, endYear: 2025 },
      ),
      edu(
        'associate',
        'Nashville State Community College\nAssociate of Applied Science - AAS, Surgical Technology\n2015 - 2017',
        {
          field: 'Surgical Technology',
          institution: 'Nashville State Community College',
          startYear: 2015,
          endYear: 2017,
        },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'Certified Surgical Technologist (CST)',
        'Certified Surgical Technologist (CST)\nNBSTSA\nIssued Jun 2017 · Renewed Jun 2025',
      ),
    ],
    languages: [
      lang('en', 'native', 'English\nNative or bilingual proficiency'),
      lang('es', 'A2', 'Spanish\nElementary proficiency'),
    ],
    skills: [
      'Orthopedic Trauma · Surgical Instrumentation · Operating Room · Relationship Building · Inventory Management',
    ],
    closing: [
      { kind: 'heading', text: 'Volunteering' },
      {
        kind: 'paragraph',
        text: 'Board Member\nMusic City Adaptive Sports\nJan 2023 - Present · 3 yrs 11 mos\nHealth',
      },
    ],
    clientBase: { activeAccounts: 14, segment: 'regional_smb' },
    competencies: ['relationship_building'],
  },
  {
    id: 'en-h15-04-irish-business-banker-prose',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Nine Hundred Four',
    email: 'candidate904@example.net',
    phone: '087 555 0904',
    contactLines: ['Athenry, Co. Galway'],
    headings: {
      profile: 'In brief',
      work: 'How I got here',
      education: 'Qualifications',
      certifications: 'Professional designations',
      skills: 'What I bring',
      languages: 'Languages',
    },
    profile: [
      'Business banker in the west of Ireland: farms, hotels, shops, builders and the odd start-up. Twenty years with ' +
        'the one bank, most of them in front of customers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Business Relationship Manager', 'Corrib Bank', '2020-02', null, true, 'Since February 2020'),
        lines: [
          'Since February 2020 I have been a Business Relationship Manager in the Galway business centre of Corrib Bank, ' +
            'looking after 160 SME and agri business customers across Galway, Mayo and Roscommon. Nearly all of them are ' +
            'owner-managed, so the person across the table is the one who decides. The loan book I manage is about €140 ' +
            'million; the business centre as a whole lends over €900 million.',
        ],
      },
      {
        ...job('Credit Analyst', 'Corrib Bank', '2014-03', '2020-01', false, 'from March 2014 to January 2020'),
        lines: [
          'Before that, from March 2014 to January 2020, I was a Credit Analyst in the same bank’s regional credit unit ' +
            'in Athlone, writing up lending proposals for the relationship teams. I took parental leave for most of 2017, ' +
            'when our second child was born, and went back to the credit unit afterwards.',
        ],
      },
      {
        ...job('Personal Lending Officer', 'Corrib Bank', '2009', '2014', true, 'From 2009 to early 2014'),
        lines: [
          'From 2009 to early 2014 I was a Personal Lending Officer in the Ballinasloe branch, selling mortgages, car ' +
            'loans and credit cards to personal customers, which is where I learned to ask for the business.',
        ],
      },
      {
        ...job('Customer Service Officer', 'Corrib Bank', '2006', '2009', false, '2006–2009'),
        lines: [
          'I joined the bank straight from college and worked 2006–2009 as a Customer Service Officer at the Tuam branch ' +
            'counter.',
        ],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Outside the bank I have sat on the board of Athenry Chamber of Commerce since 2021 (unpaid, treasurer since 2023).',
      },
    ],
    education: [
      edu('bachelor', 'Bachelor of Commerce, NUI Galway (now University of Galway), 2002 – 2005', {
        field: 'Commerce',
        institution: 'NUI Galway',
        startYear: 2002,
        endYear: 2005,
      }),
      edu('secondary', 'Leaving Certificate, Presentation College Athenry, 2002', {
        institution: 'Presentation College Athenry',
        endYear: 2002,
      }),
    ],
    courses: [],
    certifications: [named('Qualified Financial Adviser (QFA)', 'Qualified Financial Adviser (QFA), 2010')],
    languages: [lang('en', 'native', ''), lang('ga', 'B2', ''), lang('fr', 'A2', '')],
    languagesText: [
      'English is my mother tongue. I have good Irish from school and three summers in the Connemara Gaeltacht, and basic ' +
        'French.',
    ],
    skills: [
      'Financial analysis of farm and SME accounts',
      'Straight answers, early – yes or no within a week',
      'Networking through the Chamber, IFA branches and the marts',
    ],
    closing: [
      { kind: 'heading', text: 'Still studying' },
      {
        kind: 'paragraph',
        text: 'Professional Diploma in Agricultural Lending (Institute of Banking) – in progress, final module 2027.',
      },
    ],
    clientBase: { activeAccounts: 160, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'en-h15-05-india-fmcg-modern-trade-kam-table-company-first',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Nine Hundred Five',
    nameLine: 'RESUME\nCandidate Nine Hundred Five',
    email: 'c905.bengaluru@example.com',
    phone: '+91 98860 09905',
    contactLines: ['HSR Layout, Bengaluru – 560102, Karnataka', 'LinkedIn: www.example.com/in/cand905'],
    headings: {
      profile: 'Professional Summary',
      work: 'Organisational Experience',
      workTable: ['Company', 'From – To', 'Role Held'],
      education: 'Academic Credentials',
      skills: 'Core Competencies',
      languages: 'Languages Known',
      courses: 'Trainings',
    },
    profile: [
      '14 years in FMCG sales in South India, general trade first and modern trade since 2021. Currently handling the ' +
        'modern-trade business of a packaged foods company for Karnataka and Kerala.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'period', 'title'],
    jobs: [
      job(
        'Key Account Manager – Modern Trade',
        'Malnad Foods Pvt. Ltd.',
        '2021-06',
        null,
        true,
        'June 2021 – Till Date',
        [
          'Handling 6 key accounts – regional and national supermarket chains with 410 stores across Karnataka and Kerala',
          'Sales to my accounts of INR 38 crore (approx. EUR 4.1 million) in FY 2025-26',
          'Joint business plans and listing negotiations with the category buyers who decide the range',
          'Managing 22 in-store promoters through an agency',
        ],
      ),
      job(
        'Area Sales Manager – General Trade',
        'Malnad Foods Pvt. Ltd.',
        '2018-04',
        '2021-05',
        true,
        'Apr-2018 – May-2021',
        ['Managed 9 distributors and 14 distributor salesmen across Mysuru, Mandya and Hassan'],
      ),
      job('Sales Officer', 'Deccan Beverages Ltd.', '2013-07', '2018-03', true, 'Jul-2013 – Mar-2018', [
        'Covered 350 retail outlets in Bengaluru North through 2 distributors',
      ]),
      job('Management Trainee', 'Deccan Beverages Ltd.', '2012-07', '2013-06', false, 'Jul-2012 – Jun-2013'),
    ],
    education: [
      edu('mba', 'MBA (Marketing), Christ University, Bengaluru – 2010 – 2012 – 71%', {
        field: 'Marketing',
        institution: 'Christ University',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bachelor', 'B.Com, St. Joseph’s College of Commerce, Bengaluru – 2007 – 2010 – First Class', {
        institution: 'St. Joseph’s College of Commerce',
        startYear: 2007,
        endYear: 2010,
      }),
      edu('secondary', 'PUC (Commerce), Department of Pre-University Education, Karnataka – 2007', { endYear: 2007 }),
      edu('lower secondary', 'SSLC, Karnataka Secondary Education Examination Board – 2005', { endYear: 2005 }),
    ],
    courses: [
      named('Category Management Foundation', 'Category Management Foundation – Retailers Association of India, 2022'),
    ],
    certifications: [],
    languages: [
      lang('kn', 'native', 'Kannada – Native'),
      lang('en', 'C1', 'English – Fluent'),
      lang('hi', 'C1', 'Hindi – Fluent'),
      lang('ta', 'B1', 'Tamil – Conversational'),
    ],
    skills: [
      'Key Account Management',
      'Joint Business Planning',
      'Negotiation',
      'Distributor Management',
      'Team Handling',
    ],
    closing: [
      {
        kind: 'paragraph',
        text: 'Declaration: I hereby declare that the above information is true to the best of my knowledge.\nPlace: Bengaluru',
      },
    ],
    clientBase: { activeAccounts: 6, annualRevenueEur: 4_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'en-h15-06-south-africa-functional-commercial-insurance-broker',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Nine Hundred Six',
    email: 'cand906.gqeberha@example.net',
    phone: '082 555 0906',
    contactLines: ['Gqeberha (Port Elizabeth), Eastern Cape', 'Own car, Code B licence'],
    headings: {
      profile: 'What I do well',
      work: 'Career history',
      education: 'Education',
      skills: 'Also',
      certifications: 'Regulatory',
      languages: 'Languages',
    },
    profile: [
      'SELLING AND NEW BUSINESS – I built a commercial book from nothing in 2016 to 340 policyholders today: panel ' +
        'beaters, citrus farms, guest houses, transport operators and shops across Nelson Mandela Bay, Makhanda and the ' +
        'Sundays River Valley. Gross written premium on my book is R31 million a year.',
      'CLIENT CARE – I deal with the owners myself, at renewal and at claims time, and I visit the big ones every ' +
        'quarter. Retention on my book was 94% last year.',
      'LEADERSHIP – Mentoring the two junior brokers in our office and running the monthly product sessions for the ' +
        'admin team.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Commercial Lines Broker', 'Algoa Risk Brokers (Pty) Ltd', '2016', null, true, '2016 – present'),
        lines: ['Algoa Risk Brokers (Pty) Ltd, Gqeberha — Commercial Lines Broker — 2016 – present'],
      },
      {
        ...job('Broker Assistant', 'Algoa Risk Brokers (Pty) Ltd', '2013', '2016', false, '2013 – 2016'),
        lines: [
          'Algoa Risk Brokers (Pty) Ltd — Broker Assistant — 2013 – 2016 (quotes and renewals for two senior brokers)',
        ],
      },
      {
        ...job('Call Centre Consultant', 'Bayside Short-Term Insurance', '2010', '2013', false, '2010 – 2013'),
        lines: ['Bayside Short-Term Insurance, Gqeberha — Call Centre Consultant (claims) — 2010 – 2013'],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Before that: a gap year in 2009, working in a pub in London and travelling.' },
    ],
    education: [
      edu('bachelor', 'BCom (Business Management), Nelson Mandela Metropolitan University, 2006 – 2008', {
        field: 'Business Management',
        institution: 'Nelson Mandela Metropolitan University',
        startYear: 2006,
        endYear: 2008,
      }),
      edu('secondary', 'National Senior Certificate (Matric), Grey High School, 2005', {
        institution: 'Grey High School',
        endYear: 2005,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'RE5 (Regulatory Examination for Representatives)',
        'RE5 (Regulatory Examination for Representatives) – passed 2014',
      ),
    ],
    languages: [
      lang('en', 'native', 'English – home language'),
      lang('af', 'B2', 'Afrikaans – good'),
      lang('xh', 'A2', 'isiXhosa – basic'),
    ],
    skills: [
      'Risk surveys of farms and workshops',
      'Resilient when a big claim lands on a Friday',
      'Sharp on policy wordings',
    ],
    closing: [
      { kind: 'heading', text: 'Next step' },
      { kind: 'paragraph', text: 'RE1 (Key Individual) – registered, writing in 2027.' },
    ],
    clientBase: { activeAccounts: 340, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'sales', 'stress_resistance'],
  },
  {
    id: 'en-h15-07-german-old-europass-packaging-machinery',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Nine Hundred Seven',
    nameLine:
      'Europass\nCurriculum Vitae\n\nPersonal information\nSurname(s) / First name(s): Candidate Nine Hundred Seven',
    email: 'c907.bielefeld@example.com',
    phone: '+49 171 5550907',
    contactLines: [
      'Address: Musterstraße 9, 33602 Bielefeld (Germany)',
      'Nationality: German',
      'Date of birth: 11.07.1984',
    ],
    headings: {
      profile: 'Desired employment / Occupational field',
      work: 'Work experience',
      education: 'Education and training',
      skills: 'Social skills and competences',
      certifications: 'Other skills and competences',
      languages: 'Personal skills and competences',
    },
    profile: ['Area Sales Manager – packaging machinery for the food and pharmaceutical industry'],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Dates (from – to)',
      title: 'Occupation or position held',
      employer: 'Name and address of employer',
      duties: 'Main activities and responsibilities',
    },
    jobs: [
      job(
        'Area Sales Manager Central and Eastern Europe',
        'Teutoburger Verpackungsmaschinen GmbH',
        '2018-10',
        null,
        true,
        'Since 01.10.2018',
        [
          'sales of tray sealers and thermoforming packaging lines to 30 food and pharmaceutical manufacturers in Poland, Czechia, Slovakia and Austria',
          'order intake from my customers EUR 9.5 million in 2025 (company turnover EUR 140 million)',
          'technical and commercial negotiations with the plant directors and technical directors who decide the investment',
          'coordination of four sales agents and of the factory acceptance tests',
        ],
        'Industriestraße 40, 33689 Bielefeld (Germany)',
      ),
      job(
        'Inside Sales Engineer',
        'Teutoburger Verpackungsmaschinen GmbH',
        '2013-04',
        '2018-09',
        true,
        '01.04.2013 – 30.09.2018',
        [
          'own inside-sales territory: German food manufacturers with projects below EUR 500,000',
          'quotations, technical clarification, follow-up calls and closing; handover to project management',
        ],
        'Industriestraße 40, 33689 Bielefeld (Germany)',
      ),
      job(
        'Service Technician',
        'Teutoburger Verpackungsmaschinen GmbH',
        '2009-08',
        '2013-03',
        false,
        '01.08.2009 – 31.03.2013',
        ['commissioning and repair of packaging lines at customer sites in Germany and Benelux'],
        'Industriestraße 40, 33689 Bielefeld (Germany)',
      ),
      job(
        'Industrial Mechanic',
        'Schmitz Maschinenbau KG',
        '2004-02',
        '2006-08',
        false,
        '01.02.2004 – 31.08.2006',
        ['assembly of special-purpose machines'],
        'Gütersloh (Germany)',
      ),
    ],
    education: [
      edu(
        'bachelor',
        'Dates: 2006 – 2009\nTitle of qualification awarded: Dipl.-Ing. (FH) Mechanical Engineering (Diplom-Ingenieur, ' +
          'University of Applied Sciences)\nName and type of organisation providing education and training: ' +
          'Fachhochschule Bielefeld\nLevel in national or international classification: ISCED 5A',
        {
          field: 'Mechanical Engineering',
          institution: 'Fachhochschule Bielefeld',
          startYear: 2006,
          endYear: 2009,
        },
      ),
      edu(
        'vocational',
        'Dates: 2001 – 2004\nTitle of qualification awarded: Industrial Mechanic (Industriemechaniker), dual ' +
          'apprenticeship, IHK Ostwestfalen\nName and type of organisation providing education and training: ' +
          'Schmitz Maschinenbau KG and Berufskolleg Gütersloh\nLevel in national or international classification: ISCED 3B',
        { field: 'Industrial Mechanic', institution: 'Berufskolleg Gütersloh', startYear: 2001, endYear: 2004 },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'SCC Safety Certificate for Contractors (SCC-Dok. 017)',
        'SCC Safety Certificate for Contractors (SCC-Dok. 017), 2019',
      ),
    ],
    languages: [lang('de', 'native', ''), lang('en', 'C1', ''), lang('pl', 'B1', ''), lang('ru', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): German' },
      { kind: 'paragraph', text: 'Other language(s): Self-assessment, European level (*)' },
      {
        kind: 'table',
        header: [
          '',
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
            'C1 Proficient user',
            'B2 Independent user',
            'B2 Independent user',
          ],
          [
            'Polish',
            'B1 Independent user',
            'A2 Basic user',
            'B1 Independent user',
            'B1 Independent user',
            'A2 Basic user',
          ],
          ['Russian', 'A2 Basic user', 'A2 Basic user', 'A2 Basic user', 'A1 Basic user', 'A1 Basic user'],
        ],
      },
      { kind: 'paragraph', text: '(*) Common European Framework of Reference for Languages' },
    ],
    skills: [
      'Negotiation skills from eight years of capital-equipment sales in five countries',
      'Team player between sales, the design office and commissioning',
    ],
    closing: [
      { kind: 'paragraph', text: 'Driving licence: B, BE' },
      { kind: 'paragraph', text: 'Additional information: willing to travel about 50% of the time' },
    ],
    clientBase: { activeAccounts: 30, annualRevenueEur: 9_500_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'teamwork'],
  },
  {
    id: 'en-h15-08-australia-wimmera-rural-merchandise-inline',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Nine Hundred Eight',
    email: 'cand908.horsham@example.com',
    phone: '0428 555 908',
    contactLines: ['Horsham VIC 3400', 'Driver licence: C and HR'],
    tagline: 'Territory Manager – Rural Merchandise & Agronomy',
    headings: {
      profile: 'Profile',
      work: 'Work History',
      education: 'Education',
      skills: 'Skills',
      certifications: 'Tickets & Certificates',
      languages: 'Languages',
    },
    profile: [
      'Farm kid from Nhill who has spent over a decade selling to growers in the Wimmera and southern Mallee. I know ' +
        'the seasons, I know the paddocks and I answer the phone at harvest.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Territory Manager',
        'Wimmera Rural Supplies',
        '2019-07',
        null,
        true,
        'Jul 2019 – now',
        [
          '150 grain and mixed-farming clients across the Wimmera and southern Mallee, mostly family farms where the owner makes the call',
          'Seed, fertiliser, crop protection and animal health; A$14m in sales through my book in 2025',
          'The business turns over A$38m across three branches',
        ],
        'Horsham VIC',
      ),
      job(
        'Branch Manager',
        'Wimmera Rural Supplies',
        '2016-02',
        '2019-06',
        false,
        'Feb 2016 – Jun 2019',
        ['Team of six, stock, counter and yard; branch P&L'],
        'Nhill VIC',
      ),
      job(
        'Counter Salesperson',
        'Lowan Farm Supplies',
        '2013-01',
        '2016-01',
        true,
        'Jan 2013 – Jan 2016',
        ['Counter and phone sales of chemical, fencing and stockfeed'],
        'Nhill VIC',
      ),
      job(
        'Harvest Casual',
        'Mallee Grain Handling',
        '2011',
        '2012',
        false,
        'Harvests 2011 – 2012',
        ['Sampling and weighbridge at the Nhill receival site'],
        'Nhill VIC',
      ),
    ],
    education: [
      edu('post-secondary', 'Certificate IV in Agriculture – Longerenong College, 2014 – 2015 (part-time)', {
        field: 'Agriculture',
        institution: 'Longerenong College',
        startYear: 2014,
        endYear: 2015,
      }),
      edu('secondary', 'Victorian Certificate of Education (VCE) – Nhill College, 2010', {
        institution: 'Nhill College',
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [
      named('ChemCert Accreditation (AQF3)', 'ChemCert Accreditation (AQF3) – current to 2028'),
      named('Fertcare Accredited Adviser', 'Fertcare Accredited Adviser (Level B), 2020'),
    ],
    languages: [lang('en', 'native', 'English (native)')],
    skills: [
      'Crop nutrition and weed control basics',
      'Relationship building with family farming businesses',
      'Works under pressure at seeding and harvest',
    ],
    closing: [
      { kind: 'heading', text: 'Other' },
      { kind: 'paragraph', text: 'AgSafe accreditation held 2014 – 2022 (lapsed, not renewed).' },
    ],
    clientBase: { activeAccounts: 150, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'stress_resistance'],
  },
  {
    id: 'en-h15-09-swedish-english-grocery-kam-two-languages',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Nine Hundred Nine',
    nameLine: 'CV / Curriculum Vitae\nCandidate Nine Hundred Nine',
    email: 'cand909.goteborg@example.org',
    phone: '070-555 09 09',
    contactLines: ['Göteborg, Sverige / Sweden'],
    headings: {
      profile: 'Profil / Profile',
      work: 'Arbetslivserfarenhet / Work experience',
      education: 'Utbildning / Education',
      courses: 'Kurser / Courses',
      skills: 'Kompetenser / Skills',
      languages: 'Språk / Languages',
    },
    profile: [
      'Key account manager inom dagligvaruhandeln with ten years in the Swedish and Norwegian grocery trade. Jag trivs ' +
        'bäst med en tydlig plan och en tuff förhandling – a clear plan and a tough meeting with a buyer.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager',
          'Västkust Snacks AB',
          '2021-03',
          null,
          true,
          'sedan mars 2021 (since March 2021)',
        ),
        lines: ['Key Account Manager – Västkust Snacks AB, Göteborg', 'sedan mars 2021 (since March 2021)'],
        bullets: [
          'Ansvarig för 22 kedje- och grossistkunder i Sverige och Norge (dagligvaror, servicehandel, drivmedel)',
          'Annual sales to my customers: SEK 96 million (approx. EUR 8.4 million); company turnover SEK 410 million',
          'Årliga avtal och kampanjplaner med kategoriansvariga som beslutar om sortimentet (the category managers who decide the range)',
        ],
      },
      {
        ...job('Innesäljare', 'Nordkrok Livsmedel AB', '2017-08', '2020-08', true, 'aug 2017 – aug 2020'),
        lines: [
          'Föräldraledig / parental leave: 09/2020 – 02/2021',
          '',
          'Innesäljare (Inside Sales) – Nordkrok Livsmedel AB, Borås',
          'aug 2017 – aug 2020',
        ],
        bullets: [
          'Telefonförsäljning till 260 butiker och restauranger i Västsverige / phone sales to 260 shops and restaurants in western Sweden',
        ],
      },
      {
        ...job('Kundtjänstmedarbetare', 'Nordkrok Livsmedel AB', '2015-01', '2017-07', false, '01/2015 – 07/2017'),
        lines: ['Kundtjänstmedarbetare (Customer Service) – Nordkrok Livsmedel AB, Borås', '01/2015 – 07/2017'],
        bullets: ['Order intake and complaints for shops and wholesalers'],
      },
      {
        ...job('Butikssäljare', 'Sportkedjan AB', '2011', '2014', true, '2011 – 2014'),
        lines: [
          'Butikssäljare (extrajobb under studierna / part-time during studies) – Sportkedjan AB, Göteborg',
          '2011 – 2014',
        ],
      },
    ],
    education: [
      edu(
        'master',
        'Civilekonomexamen (Master of Science in Business and Economics), Handelshögskolan vid Göteborgs universitet, 2010 – 2014',
        { institution: 'Handelshögskolan vid Göteborgs universitet', startYear: 2010, endYear: 2014 },
      ),
      edu('secondary', 'Gymnasieexamen, Ekonomiprogrammet, Hvitfeldtska gymnasiet, 2010', {
        institution: 'Hvitfeldtska gymnasiet',
        endYear: 2010,
      }),
    ],
    courses: [named('Category Management', 'Category Management – Nielsen Academy, 2022')],
    certifications: [],
    languages: [
      lang('sv', 'native', 'Svenska – modersmål (native)'),
      lang('en', 'C1', 'Engelska / English – flytande (fluent)'),
      lang('no', 'B2', 'Norska / Norwegian – bra (good)'),
      lang('de', 'A2', 'Tyska / German – grundläggande (basic)'),
    ],
    skills: ['Förhandling / Negotiation', 'Kategoristyrning / category management', 'Excel, Power BI, Nielsen data'],
    clientBase: { activeAccounts: 22, annualRevenueEur: 8_400_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'en-h15-10-uk-yorkshire-brewery-bdm-35-years',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Nine Hundred Ten',
    email: 'cand910.york@example.com',
    phone: '01904 555910',
    contactLines: ['Haxby, York YO32', 'Mobile: 07700 900910'],
    headings: {
      profile: 'Profile',
      work: 'Career History',
      education: 'Education',
      courses: 'Training',
      skills: 'Key Skills',
      certifications: 'Licences',
      languages: 'Languages',
    },
    profile: [
      'Thirty-five years in beer, from rolling barrels off a dray to running the free trade for an independent Yorkshire ' +
        'brewery. I know most of the landlords between Thirsk and Bridlington by their first name.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Business Development Manager – Free Trade',
        'Ouse Valley Brewery Ltd',
        '2014-05',
        null,
        true,
        'May 2014 – present',
        [
          'Look after 95 free-trade pubs, clubs and restaurants across North and East Yorkshire, nearly all owner-operated',
          'Negotiate supply agreements and trade loans with the licensees; the brewery’s trade loans to my accounts total £1.1m',
          'My accounts take around 6,000 barrels a year; brewery turnover £24m, 140 staff',
          'Mentoring the two newer BDMs on the coast',
        ],
        'York',
      ),
      job(
        'Area Manager – Managed Houses',
        'Minster Taverns plc',
        '2007-03',
        '2014-04',
        false,
        'March 2007 – April 2014',
        ['Twelve managed pubs and their managers; rotas, stock results and standards'],
        'Harrogate',
      ),
      job(
        'Trade Sales Representative',
        'Aire & Calder Brewers Ltd',
        '1999-09',
        '2007-02',
        true,
        'Sept 1999 – Feb 2007',
        ['Free-trade and club sales in Leeds and Wakefield'],
        'Leeds',
      ),
      job('Pub Manager', 'The Black Swan, Helmsley', '1995', '1999', false, '1995 – 1999', [
        'Tenancy run with my then partner; 40-cover restaurant',
      ]),
      job(
        'Cellarman and Drayman',
        'Aire & Calder Brewers Ltd',
        '1991-09',
        '1995',
        false,
        'September 1991 – 1995',
        [],
        'Leeds',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Special Constable, North Yorkshire Police (voluntary), 2002 – 2006.' }],
    education: [
      edu('upper secondary', 'BTEC National Diploma in Business and Finance – York College, 1989 – 1991', {
        field: 'Business and Finance',
        institution: 'York College',
        startYear: 1989,
        endYear: 1991,
      }),
      edu('lower secondary', 'GCSEs (7, including English and Maths) – Fulford School, York, 1989', {
        institution: 'Fulford School',
        endYear: 1989,
      }),
    ],
    courses: [
      named('Cellar Management Level 2', 'BII Award in Beer and Cellar Quality (Cellar Management Level 2), 2012'),
    ],
    certifications: [named('Personal Licence (APLH)', 'Personal Licence (APLH), City of York Council, 2005')],
    languages: [lang('en', 'native', 'English (native)')],
    skills: [
      'Negotiating supply agreements and trade loans',
      'Commercial drive and a long memory for names',
      'Cellar quality and line cleaning',
    ],
    closing: [
      { kind: 'heading', text: 'Other' },
      { kind: 'paragraph', text: 'Certified Cicerone® – studying, exam booked for 2027.' },
      { kind: 'paragraph', text: 'Full clean driving licence. References on request.' },
    ],
    clientBase: { activeAccounts: 95, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'entrepreneurship', 'negotiation'],
  },
  {
    id: 'en-h15-11-nigeria-corporate-banking-rm-table-years-first',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Nine Hundred Eleven',
    email: 'cand911.lagos@example.net',
    phone: '0803 555 0911',
    contactLines: ['Lekki Phase 1, Lagos State', 'LinkedIn: www.example.net/in/cand911'],
    headings: {
      profile: 'Career Summary',
      work: 'Work Experience',
      workTable: ['Years', 'Designation', 'Institution'],
      education: 'Education',
      skills: 'Core Skills',
      certifications: 'Professional Certifications',
      languages: 'Languages',
    },
    profile: [
      'Chartered accountant and corporate banker with ten years in Lagos, the last six as a relationship manager for ' +
        'mid-sized manufacturers, FMCG distributors and oil and gas service companies.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job(
        'Relationship Manager, Corporate Banking',
        'Lagoon Commercial Bank Plc',
        '2021-01',
        null,
        true,
        'Jan 2021 – Date',
        [
          'Manage a portfolio of 45 corporate clients in Lagos and Ogun States',
          'Portfolio deposits of NGN 38 billion and a loan book of NGN 22 billion',
          'Net revenue on my portfolio NGN 2.1 billion in 2025 (approx. EUR 1.2 million)',
          'Deal directly with the MDs and CFOs who take the banking decisions',
        ],
      ),
      job(
        'Assistant Relationship Manager',
        'Lagoon Commercial Bank Plc',
        '2017-03',
        '2020-12',
        false,
        'Mar 2017 – Dec 2020',
        ['Credit memos, KYC and account opening for two senior RMs'],
      ),
      job(
        'Customer Service Officer',
        'Harbour Microfinance Bank Ltd',
        '2015-01',
        '2017-02',
        false,
        'Jan 2015 – Feb 2017',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'National Youth Service Corps (NYSC): 2013 – 2014, primary assignment as a mathematics teacher at Government ' +
          'Secondary School, Ilorin, Kwara State.',
      },
    ],
    education: [
      edu('mba', 'MBA, Lagos Business School (Pan-Atlantic University), 2018 – 2020', {
        institution: 'Lagos Business School',
        startYear: 2018,
        endYear: 2020,
      }),
      edu('bsc', 'B.Sc. Accounting (Second Class Upper), University of Ilorin, 2008 – 2012', {
        field: 'Accounting',
        institution: 'University of Ilorin',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('secondary', 'Senior School Certificate (WAEC), Kings College Lagos, 2007', {
        institution: 'Kings College Lagos',
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [
      named('Associate Chartered Accountant (ACA), ICAN', 'Associate Chartered Accountant (ACA), ICAN – 2016'),
    ],
    languages: [
      lang('en', 'C1', 'English – fluent'),
      lang('yo', 'native', 'Yoruba – native'),
      lang('ha', 'A2', 'Hausa – basic'),
    ],
    skills: [
      'Credit and financial analysis',
      'Relationship management',
      'Cash management and trade finance structuring',
    ],
    closing: [
      { kind: 'heading', text: 'In progress' },
      { kind: 'paragraph', text: 'CFA Level II candidate (exam May 2027).' },
    ],
    clientBase: { activeAccounts: 45, annualRevenueEur: 1_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'en-h15-12-singapore-freight-inside-sales-bullets',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Nine Hundred Twelve',
    email: 'c912.tampines@example.com',
    phone: '+65 9155 0912',
    contactLines: ['Tampines, Singapore'],
    headings: {
      profile: 'Summary',
      work: 'Employment',
      education: 'Education',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Inside sales for a freight forwarder: sea and air freight for small importers and exporters. I moved across from ' +
        'customer service, so I know what happens to a booking after the quote.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job('Inside Sales Executive', 'Straits Freight Solutions Pte Ltd', '2024-01', null, true, 'Jan 2024 – present', [
        'Sell sea and air freight to 120 SME importers and exporters in Singapore by phone, email and WhatsApp',
        'Quote, negotiate rates with carriers and follow up until the booking',
        'My accounts shipped about 3,800 TEU in 2025; monthly gross profit target S$85,000',
      ]),
      job(
        'Customer Service Executive',
        'Straits Freight Solutions Pte Ltd',
        '2021-08',
        '2023-12',
        false,
        'Aug 2021 – Dec 2023',
        ['Bookings, documents and shipment tracking for existing customers'],
      ),
      job('Operations Assistant', 'Jurong Warehousing Pte Ltd', '2020-03', '2021-06', false, 'Mar 2020 – Jun 2021', [
        'Contract role: inbound and outbound coordination during COVID-19',
      ]),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'National Service: full-time NS with the Singapore Armed Forces (logistics), 2017 – 2019; now an operationally ready NSman.',
      },
    ],
    education: [
      edu('short-cycle tertiary', 'Diploma in Supply Chain Management, Republic Polytechnic, 2014 – 2017', {
        field: 'Supply Chain Management',
        institution: 'Republic Polytechnic',
        startYear: 2014,
        endYear: 2017,
      }),
      edu('lower secondary', 'GCE O-Level, Tampines Secondary School, 2013', {
        institution: 'Tampines Secondary School',
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – first language'),
      lang('zh', 'C1', 'Mandarin – fluent'),
      lang('ms', 'A2', 'Malay – basic'),
    ],
    skills: ['Customer-centric and quick with quotations', 'Team player', 'CargoWise One, Excel'],
    clientBase: { activeAccounts: 120, segment: 'national' },
    competencies: ['customer_focus', 'teamwork'],
  },
  {
    id: 'en-h15-13-new-zealand-dairy-nutrition-snapshot-first',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Nine Hundred Thirteen',
    email: 'cand913.teawamutu@example.org',
    phone: '021 555 0913',
    contactLines: ['Te Awamutu, Waikato'],
    tagline: 'Territory Manager – dairy nutrition',
    afterContact: [
      { kind: 'heading', text: 'Career snapshot' },
      {
        kind: 'bullets',
        items: [
          '2020 – now: Territory Manager, Kaimai Animal Nutrition',
          '2015 – 2020: Farm Consultant, Waipā Farm Advisory',
          '2011 – 2014: Herd Manager, Bell Road Dairies',
          '2010: OE – ten months travelling through South America',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'About me',
      work: 'Experience in detail',
      education: 'Education',
      skills: 'Strengths',
      certifications: 'Certificates',
      languages: 'Languages',
    },
    profile: [
      'Grew up milking, trained as an ag scientist, and now sell feed and minerals to the farms I used to advise. ' +
        'Farmers trust numbers they can check, so I bring the numbers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Territory Manager',
        'Kaimai Animal Nutrition Ltd',
        '2020-06',
        null,
        true,
        'June 2020 – present',
        [
          '110 dairy farms between Te Awamutu, Ōtorohanga and Cambridge; owner-operators and sharemilkers who make the feed decisions themselves',
          'Supplementary feeds, minerals and calf-rearing products; my farms took 21,000 tonnes in 2025 (about NZ$11m)',
          'The company has 14 territory managers and turns over NZ$160m',
        ],
        'Te Awamutu',
      ),
      job(
        'Farm Consultant',
        'Waipā Farm Advisory',
        '2015-02',
        '2020-05',
        false,
        'February 2015 – May 2020',
        ['Feed budgets, pasture plans and farm system reviews for 35 client farms on a fee basis'],
        'Cambridge',
      ),
      job(
        'Herd Manager',
        'Bell Road Dairies Ltd',
        '2011-07',
        '2014-12',
        false,
        'July 2011 – December 2014',
        ['620-cow herd, calving, mating and a team of three'],
        'Ōtorohanga',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Chair, Te Awamutu Young Farmers Club, 2013 – 2015 (voluntary).' }],
    education: [
      edu('bachelor', 'Bachelor of Agricultural Science, Massey University, Palmerston North, 2007 – 2009', {
        field: 'Agricultural Science',
        institution: 'Massey University',
        startYear: 2007,
        endYear: 2009,
      }),
      edu('secondary', 'NCEA Level 3, Te Awamutu College, 2006', { institution: 'Te Awamutu College', endYear: 2006 }),
    ],
    courses: [
      named(
        'Intermediate Sustainable Nutrient Management',
        'Intermediate Sustainable Nutrient Management in New Zealand Agriculture (Massey), 2016',
      ),
    ],
    certifications: [named('Growsafe Standard Certificate', 'Growsafe Standard Certificate, renewed 2023')],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('mi', 'A2', 'Te reo Māori – basic'),
      lang('es', 'A2', 'Spanish – basic (from my OE)'),
    ],
    skills: [
      'Ration formulation and feed budgets',
      'Relationship building on farm',
      'Calm and organised through calving',
    ],
    closing: [
      { kind: 'heading', text: 'Pending' },
      { kind: 'paragraph', text: 'NZIPIM Registered Rural Professional – application in progress.' },
    ],
    clientBase: { activeAccounts: 110, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'en-h15-14-polish-english-hardware-kam-bilingual',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Nine Hundred Fourteen',
    email: 'cand914.krakow@example.com',
    phone: '+48 601 555 914',
    contactLines: ['Kraków, Polska / Poland'],
    headings: {
      profile: 'O mnie / About me',
      work: 'Doświadczenie zawodowe / Professional experience',
      education: 'Wykształcenie / Education',
      skills: 'Umiejętności / Skills',
      languages: 'Języki obce / Languages',
    },
    profile: [
      'Key Account Manager w branży narzędziowej – tools and fixings for builders’ merchants and DIY stores in southern ' +
        'Poland. Po polsku i po angielsku, because our owners are Danish and the reporting is in English.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Key Account Manager', 'Beskid Narzędzia Sp. z o.o.', '2022-03', null, true, 'od 03.2022 – obecnie'),
        lines: ['od 03.2022 – obecnie (since 03/2022) | Key Account Manager | Beskid Narzędzia Sp. z o.o., Kraków'],
        bullets: [
          'Opieka nad 40 hurtowniami i sklepami budowlanymi w Małopolsce i na Śląsku / 40 builders’ merchants and DIY stores in Lesser Poland and Silesia',
          'Obrót z moimi klientami PLN 31 mln (ok. EUR 7.2 mln) w 2025 r. / turnover with my customers',
          'Negocjacje warunków handlowych z właścicielami hurtowni – yearly terms agreed with the owners',
        ],
      },
      {
        ...job(
          'Przedstawiciel handlowy',
          'Beskid Narzędzia Sp. z o.o.',
          '2018-10',
          '2022-02',
          true,
          '10.2018 – 02.2022',
        ),
        lines: [
          '10.2018 – 02.2022 | Przedstawiciel handlowy (Sales Representative) | Beskid Narzędzia Sp. z o.o., Katowice',
        ],
        bullets: ['Field sales to ok. 150 small hardware shops in Silesia'],
      },
      {
        ...job('Tłumacz EN-PL', 'self-employed', '2017-01', '2020-06', false, '01.2017 – 06.2020'),
        lines: ['01.2017 – 06.2020 | Tłumacz EN-PL (Freelance translator, evenings) | self-employed'],
        bullets: ['Technical manuals and catalogues for tool importers'],
      },
      {
        ...job(
          'Specjalista ds. obsługi klienta',
          'Vistula Logistics Sp. z o.o.',
          '2016-07',
          '2018-09',
          false,
          '07.2016 – 09.2018',
        ),
        lines: [
          '07.2016 – 09.2018 | Specjalista ds. obsługi klienta (Customer Service Specialist) | Vistula Logistics Sp. z o.o., Kraków',
        ],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Wolontariat / Volunteering: Szlachetna Paczka (Christmas aid project), co-ordinator 2019 – 2023.',
      },
    ],
    education: [
      edu('master', 'Magister (MA), Zarządzanie / Management, Uniwersytet Ekonomiczny w Krakowie, 2011 – 2016', {
        field: 'Management',
        institution: 'Uniwersytet Ekonomiczny w Krakowie',
        startYear: 2011,
        endYear: 2016,
      }),
      edu('secondary', 'V Liceum Ogólnokształcące w Krakowie – matura, 2011', {
        institution: 'V Liceum Ogólnokształcące w Krakowie',
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('pl', 'native', 'polski – ojczysty / Polish – native'),
      lang('en', 'B2', 'angielski / English – B2 (Cambridge First, 2015)'),
      lang('de', 'A2', 'niemiecki / German – A2'),
    ],
    skills: [
      'Negocjacje / negotiation skills',
      'Budowanie relacji z klientami / relationship building',
      'Excel, SAP, Comarch CRM',
    ],
    closing: [{ kind: 'paragraph', text: 'Prawo jazdy kat. B / driving licence B' }],
    clientBase: { activeAccounts: 40, annualRevenueEur: 7_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h15-15-canada-sales-operations-analyst-no-base',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Nine Hundred Fifteen',
    email: 'c915.winnipeg@example.net',
    phone: '(204) 555-0915',
    contactLines: ['Winnipeg, MB R3T 2N2'],
    headings: {
      profile: 'Summary of Qualifications',
      work: 'Professional Experience',
      education: 'Education',
      skills: 'Skills',
      certifications: 'Certifications',
      languages: 'Languages',
    },
    profile: [
      'Sales operations analyst with a background in inside sales of agricultural equipment parts. I build the ' +
        'territory plans, commission reports and CRM dashboards that our field reps rely on. I do not carry a quota or ' +
        'accounts of my own.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Sales Operations Analyst',
        'Prairie Implement Parts Inc.',
        '2020-09',
        null,
        false,
        'Sept. 2020 – Present',
        [
          'Territory and quota planning for 14 field reps ($62M in annual sales)',
          'Commission calculations, CRM hygiene and forecasting in Dynamics 365',
        ],
        'Winnipeg, MB',
      ),
      job(
        'Inside Sales Representative',
        'Prairie Implement Parts Inc.',
        '2016-05',
        '2019-11',
        true,
        'May 2016 – Nov. 2019',
        ['Phone and online parts sales to dealers and farm shops across Manitoba and Saskatchewan'],
        'Winnipeg, MB',
      ),
      job(
        'Customer Service Representative',
        'Red River Co-op',
        '2013-06',
        '2016-04',
        false,
        'June 2013 – April 2016',
        ['Cardlock and home-heating fuel accounts: billing, delivery requests'],
        'Winnipeg, MB',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Parental leave: December 2019 – August 2020.' }],
    education: [
      edu('associate', 'Business Administration Diploma (two-year), Red River College, 2011 – 2013', {
        field: 'Business Administration',
        institution: 'Red River College',
        startYear: 2011,
        endYear: 2013,
      }),
      edu('high school', 'High School Diploma, Kelvin High School, 2011', {
        institution: 'Kelvin High School',
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Microsoft Certified: Power BI Data Analyst Associate (PL-300)',
        'Microsoft Certified: Power BI Data Analyst Associate (PL-300), 2023',
      ),
    ],
    languages: [lang('en', 'native', 'English (native)'), lang('fr', 'B1', 'French (intermediate – Core French)')],
    skills: [
      'Analytical and detail-minded',
      'Excel (Power Query, pivot tables), Power BI',
      'Organised and deadline-driven',
    ],
    clientBase: null,
    competencies: ['analytical', 'organisation'],
  },
  {
    id: 'en-h15-16-croatian-new-europass-hotel-sales-tour-operators',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Nine Hundred Sixteen',
    email: 'cand916.split@example.net',
    phone: '+385 91 555 0916',
    contactLines: [
      'Nationality: Croatian',
      'Date of birth: 03/11/1988',
      'Address: Ulica Primjera 16, 21000 Split (Croatia)',
    ],
    headings: {
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      languages: 'LANGUAGE SKILLS',
      skills: 'COMMUNICATION AND INTERPERSONAL SKILLS',
      certifications: 'CERTIFICATES',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'SALES MANAGER – TOUR OPERATORS AND MICE',
          'Adriatic Riviera Hotels d.d.',
          '2021-04',
          null,
          true,
          '[ 04/2021 – Current ]',
        ),
        lines: [
          'SALES MANAGER – TOUR OPERATORS AND MICE',
          'Adriatic Riviera Hotels d.d. [ 04/2021 – Current ]',
          'City: Split | Country: Croatia',
        ],
        bullets: [
          'Contracting with 60 tour operators, travel agencies and event agencies in Germany, Austria, the UK and Scandinavia for our five hotels (1,100 rooms)',
          'Room and event revenue from my accounts EUR 3.8 million in 2025 (group turnover EUR 46 million)',
          'Yearly allotment contracts negotiated with the contracting managers who decide the programmes',
        ],
      },
      {
        ...job('FRONT OFFICE MANAGER', 'Hotel Bačvice Bay', '2016-03', '2021-03', false, '[ 01/03/2016 – 31/03/2021 ]'),
        lines: [
          'FRONT OFFICE MANAGER',
          'Hotel Bačvice Bay [ 01/03/2016 – 31/03/2021 ]',
          'City: Split | Country: Croatia',
        ],
        bullets: ['Reception team of 14; reservations, upselling and guest relations'],
      },
      {
        ...job('SALES AGENT', 'Dalmatia Incoming d.o.o.', '2013-01', '2016-02', true, '[ 01/2013 – 02/2016 ]'),
        lines: ['SALES AGENT', 'Dalmatia Incoming d.o.o. [ 01/2013 – 02/2016 ]', 'City: Split | Country: Croatia'],
        bullets: ['Sold excursions, transfers and hotel packages to foreign travel agencies'],
      },
      {
        ...job('RECEPTIONIST', 'Hotel Marjan Vista', '2008', '2012', false, '[ 2008 – 2012 ]'),
        lines: [
          'RECEPTIONIST (SUMMER SEASONS)',
          'Hotel Marjan Vista [ 2008 – 2012 ]',
          'City: Split | Country: Croatia',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        '[ 2007 – 2011 ] Bachelor’s Degree in Tourism and Hospitality Management\nUniversity of Split, Faculty of ' +
          'Economics, Business and Tourism | City: Split | Country: Croatia | Level in EQF: EQF level 6',
        {
          field: 'Tourism and Hospitality Management',
          institution: 'University of Split',
          startYear: 2007,
          endYear: 2011,
        },
      ),
      edu(
        'secondary',
        '[ 2003 – 2007 ] Hotel and Tourism Technician\nSchool of Tourism and Hospitality Split | City: Split | ' +
          'Country: Croatia | Level in EQF: EQF level 4',
        { institution: 'School of Tourism and Hospitality Split', startYear: 2003, endYear: 2007 },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'Certified Revenue Management Executive (CRME)',
        'Certified Revenue Management Executive (CRME) – HSMAI, 2022',
      ),
    ],
    languages: [lang('hr', 'native', ''), lang('en', 'C1', ''), lang('de', 'B2', ''), lang('it', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): CROATIAN' },
      { kind: 'paragraph', text: 'Other language(s):' },
      {
        kind: 'paragraph',
        text: 'ENGLISH  Listening C1  Reading C1  Spoken production C1  Spoken interaction C1  Writing B2',
      },
      {
        kind: 'paragraph',
        text: 'GERMAN  Listening B2  Reading B2  Spoken production B1  Spoken interaction B2  Writing B1',
      },
      {
        kind: 'paragraph',
        text: 'ITALIAN  Listening B1  Reading A2  Spoken production A2  Spoken interaction B1  Writing A2',
      },
    ],
    skills: [
      'Negotiating allotments, rates and release periods',
      'Intercultural communication skills from ten seasons at the front desk',
      'Revenue management basics (Opera PMS, IDeaS)',
    ],
    closing: [
      { kind: 'heading', text: 'DRIVING LICENCE' },
      { kind: 'paragraph', text: 'Driving Licence: B' },
    ],
    clientBase: { activeAccounts: 60, annualRevenueEur: 3_800_000, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'negotiation'],
  },
  {
    id: 'en-h15-17-luxembourg-employee-benefits-languages-first',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate Nine Hundred Seventeen',
    email: 'cand917.esch@example.com',
    phone: '+352 621 555 917',
    contactLines: ['Esch-sur-Alzette, Luxembourg'],
    tagline: 'Corporate Client Adviser – Employee Benefits',
    afterContact: [
      { kind: 'heading', text: 'Languages' },
      {
        kind: 'bullets',
        items: [
          'Luxembourgish – mother tongue',
          'French – C2',
          'German – C2',
          'English – C1',
          'Portuguese – B1 (my grandmother’s language)',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Experience',
      education: 'Education',
      skills: 'Skills',
      certifications: 'Licences',
      languages: 'Interests',
    },
    profile: [
      'I sell and renew group pension, health and death-in-service plans for companies in Luxembourg, in whichever of ' +
        'the country’s languages the client prefers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Corporate Client Adviser – Employee Benefits',
        'Mosellane Assurances S.A.',
        '2019-01',
        null,
        true,
        'Since January 2019',
        [
          '70 corporate clients across Luxembourg, from 20 to 1,500 employees',
          'Premium on my portfolio EUR 6.3 million a year',
          'Renewals and new plans agreed with the HR directors and CFOs who decide',
        ],
        'Luxembourg-Kirchberg',
      ),
      job(
        'Underwriter – Group Insurance',
        'Mosellane Assurances S.A.',
        '2014-09',
        '2018',
        false,
        'from September 2014 until the end of 2018',
        ['Pricing and acceptance of group schemes for the sales advisers'],
        'Luxembourg-Kirchberg',
      ),
      job(
        'Customer Service Agent (FR/DE)',
        'Saar-Lor-Lux Call Services S.à r.l.',
        '2012-07',
        '2014-08',
        false,
        '07/2012 – 08/2014',
        [],
        'Esch-sur-Alzette',
      ),
    ],
    education: [
      edu('master', 'Master in Finance and Economics, Université du Luxembourg, 2010 – 2012', {
        field: 'Finance and Economics',
        institution: 'Université du Luxembourg',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bachelor', 'Bachelor in Business Administration, Universität Trier (Germany), 2007 – 2010', {
        field: 'Business Administration',
        institution: 'Universität Trier',
        startYear: 2007,
        endYear: 2010,
      }),
      edu('secondary', 'Diplôme de fin d’études secondaires classiques, Lycée Hubert Clément, Esch-sur-Alzette, 2007', {
        institution: 'Lycée Hubert Clément',
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Insurance agent licence (Commissariat aux Assurances)',
        'Insurance agent licence (Commissariat aux Assurances), 2019',
      ),
    ],
    languages: [
      lang('lb', 'native', 'Luxembourgish – mother tongue'),
      lang('fr', 'C2', 'French – C2'),
      lang('de', 'C2', 'German – C2'),
      lang('en', 'C1', 'English – C1'),
      lang('pt', 'B1', 'Portuguese – B1'),
    ],
    languageBlocks: [
      {
        kind: 'paragraph',
        text: 'Trail running (Mullerthal Trail, 112 km in 2025), choir, parents’ association of my children’s school.',
      },
    ],
    skills: [
      'Negotiation with HR and finance directors',
      'Diplomatic and assertive at renewal time',
      'Multilingual client communication',
    ],
    closing: [
      { kind: 'heading', text: 'Currently studying' },
      {
        kind: 'paragraph',
        text: 'Certified Employee Benefit Specialist (CEBS) – 3 of 8 courses passed, in progress.',
      },
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 6_300_000, segment: 'national', decisionMakers: true },
    competencies: ['communication', 'negotiation', 'tact_assertiveness'],
  },
  {
    id: 'en-h15-18-us-pennsylvania-mro-outside-sales-35-years',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Nine Hundred Eighteen',
    email: 'c918.allentown@example.org',
    phone: '(610) 555-0918',
    contactLines: ['Allentown, PA 18104'],
    headings: {
      profile: 'Summary',
      work: 'Employment',
      education: 'Education',
      skills: 'Strengths',
      certifications: 'Certifications',
      languages: 'Languages',
    },
    profile: [
      'Thirty-five years in industrial distribution in the Lehigh Valley: driver, warehouse, counter, inside and now ' +
        'outside sales of bearings, power transmission and fluid power.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Outside Sales Representative', 'Keystone Industrial Supply', '2009', null, true, '2009 to present'),
        lines: ['Keystone Industrial Supply, Allentown PA — Outside Sales Representative — 2009 to present'],
        bullets: [
          'Cover 75 manufacturing plants in the Lehigh Valley and Berks County',
          'Work with the purchasing agents and maintenance managers who place the MRO orders',
          'Around $11M in annual sales on the territory',
        ],
      },
      {
        ...job('Inside Sales Representative', 'Keystone Industrial Supply', '2003', '2009', true, '2003 to 2009'),
        lines: ['Keystone Industrial Supply — Inside Sales Representative — 2003 to 2009'],
        bullets: ['Phone quotes and counter sales to plant maintenance departments'],
      },
      {
        ...job('Warehouse Lead', 'Lehigh Bearing & Transmission', '1998', '2003', false, '1998 to 2003'),
        lines: ['Lehigh Bearing & Transmission, Bethlehem PA — Warehouse Lead — 1998 to 2003'],
      },
      {
        ...job('Delivery Driver', 'Lehigh Bearing & Transmission', '1994', '1998', false, '1994 to 1998'),
        lines: ['Lehigh Bearing & Transmission — Delivery Driver — 1994 to 1998'],
      },
      {
        ...job('Store Clerk', 'Valley Mart', '1991', '1994', false, '1991 to 1994'),
        lines: ['Valley Mart, Whitehall PA — Store Clerk — 1991 to 1994'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Military: U.S. Army Reserve, Motor Transport Operator, 1990 – 1998 (activated for Operation Desert Storm, 1991).',
      },
    ],
    education: [
      edu('associate', 'A.A.S., Business Management – Lehigh Carbon Community College, 2001 (evening program)', {
        field: 'Business Management',
        institution: 'Lehigh Carbon Community College',
        endYear: 2001,
      }),
      edu('high school', 'High School Diploma – William Allen High School, Allentown, 1990', {
        institution: 'William Allen High School',
        endYear: 1990,
      }),
    ],
    courses: [named('SKF Bearing Maintenance', 'SKF Bearing Maintenance and Failure Analysis course, 2011')],
    certifications: [named('OSHA 10-Hour General Industry', 'OSHA 10-Hour General Industry (2022)')],
    languages: [lang('en', 'native', 'English (native)'), lang('es', 'A2', 'Spanish (basic)')],
    skills: [
      'Relationship management',
      'Technical selling: bearings, PT, hydraulics',
      'Organized, reliable, on the road by 6',
    ],
    clientBase: { activeAccounts: 75, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'sales'],
  },
  {
    id: 'en-h15-19-south-africa-afrikaans-english-fruit-packaging',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Nine Hundred Nineteen',
    email: 'cand919.ceres@example.com',
    phone: '083 555 0919',
    contactLines: ['Ceres, Wes-Kaap / Western Cape'],
    tagline: 'Area Sales Manager – vrugteverpakking / fruit packaging',
    headings: {
      contact: 'Kontak / Contact',
      profile: 'Profiel / Profile',
      work: 'Werkservaring / Work experience',
      education: 'Opleiding / Education',
      skills: 'Vaardighede / Skills',
      languages: 'Tale / Languages',
    },
    profile: [
      'Ek verkoop kartonne, trays en pallethoekstukke aan pakhuise in die Boland. I grew up in Ceres and spent three ' +
        'seasons in a packhouse before I sold anything, so ek praat die taal van die pakhuis.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Area Sales Manager', 'Breede Karton (Pty) Ltd', '2019-08', null, true, 'Augustus 2019 – hede'),
        lines: ['Area Sales Manager', 'Breede Karton (Pty) Ltd, Worcester | Augustus 2019 – hede (present)'],
        bullets: [
          '55 pakhuise en koöperasies in Ceres, die Hexriviervallei en Worcester / 55 packhouses and co-ops',
          'Verkope aan my kliënte: R64 miljoen in 2025 (ongeveer €3.2 miljoen)',
          'Pryse en jaarkontrakte met die pakhuisbestuurders wat die aankoopbesluite neem / the packhouse managers who make the buying decisions',
        ],
      },
      {
        ...job(
          'Verkoopsassistent',
          'Breede Karton (Pty) Ltd',
          '2016-01',
          '2019-07',
          false,
          'Januarie 2016 – Julie 2019',
        ),
        lines: [
          'Verkoopsassistent (Sales Assistant)',
          'Breede Karton (Pty) Ltd, Worcester | Januarie 2016 – Julie 2019',
        ],
        bullets: [
          'Bestellings, afleweringskedules en monsters vir die verkoopspan / orders and delivery schedules for the sales team',
        ],
      },
      {
        ...job('Kwaliteitsbeheerder', 'Witzenberg Vrugtepakkers', '2013', '2015', false, 'seisoene 2013 – 2015'),
        lines: [
          'Kwaliteitsbeheerder (Quality Controller)',
          'Witzenberg Vrugtepakkers, Ceres | seisoene 2013 – 2015 (seasons)',
        ],
      },
    ],
    education: [
      edu('bachelor', 'BCom Landbou-ekonomie (Agricultural Economics), Universiteit Stellenbosch, 2009 – 2012', {
        field: 'Agricultural Economics',
        institution: 'Universiteit Stellenbosch',
        startYear: 2009,
        endYear: 2012,
      }),
      edu('secondary', 'Nasionale Senior Sertifikaat (Matriek), Hoërskool Ceres, 2008', {
        institution: 'Hoërskool Ceres',
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('af', 'native', 'Afrikaans – moedertaal'),
      lang('en', 'C1', 'Engels / English – vlot (fluent)'),
      lang('xh', 'A2', 'isiXhosa – basies (basic)'),
    ],
    skills: [
      'Onderhandeling / negotiation skills',
      'Verhoudingsbou met kliënte / relationship building',
      'Verpakkingspesifikasies vir uitvoermarkte / export packaging specs',
    ],
    closing: [{ kind: 'paragraph', text: 'Rybewys / driver’s licence: Code EB' }],
    clientBase: { activeAccounts: 55, annualRevenueEur: 3_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h15-20-scotland-media-sales-odd-headings-what-where-when',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Nine Hundred Twenty',
    email: 'cand920.aberdeen@example.net',
    phone: '07700 900920',
    contactLines: ['Aberdeen AB10'],
    headings: {
      profile: 'Hello',
      work: 'Where I have been',
      workTable: ['What', 'Where', 'When'],
      education: 'Where I learned',
      skills: 'What I am good at',
      languages: 'How I talk',
    },
    profile: [
      'I sell advertising – print, digital and radio – to businesses in the North East. Before that I spent five years ' +
        'writing about them.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job('Senior Media Sales Executive', 'Granite City Media Group', '2022-02', null, true, 'Feb 2022 – now', [
        '90 advertisers in Aberdeen and Aberdeenshire, mostly owner-run: estate agents, garages, restaurants and distilleries',
        'Their spend with us was £1.4m in 2025 (about €1.6m); group revenue £19m',
        'I agree the campaigns and the budgets with the owners themselves',
      ]),
      job('Media Sales Executive', 'Granite City Media Group', '2019-05', '2022-01', true, 'May 2019 – Jan 2022'),
      job('Business Reporter', 'Deeside Herald', '2014-08', '2019-04', false, 'Aug 2014 – Apr 2019'),
      job('Editorial Intern', 'North Sea Business Review', '2014-01', '2014-06', false, 'Jan – Jun 2014'),
    ],
    education: [
      edu('short-cycle tertiary', 'HND Practical Journalism, North East Scotland College, 2011 – 2013', {
        field: 'Practical Journalism',
        institution: 'North East Scotland College',
        startYear: 2011,
        endYear: 2013,
      }),
      edu('secondary', 'Highers: English (A), History (B), Modern Studies (B) – Hazlehead Academy, 2011', {
        institution: 'Hazlehead Academy',
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English (native)'), lang('fr', 'A2', 'French (basic, from school)')],
    skills: [
      'Persuasive writer and presenter',
      'Creative campaign ideas on small budgets',
      'Networking at Chamber of Commerce events',
    ],
    closing: [{ kind: 'paragraph', text: 'Full driving licence. Happy to share references once we have talked.' }],
    clientBase: { activeAccounts: 90, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['innovation', 'persuasiveness', 'relationship_building'],
  },
  {
    id: 'en-h15-21-ireland-medical-rep-quarters-inline',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Nine Hundred Twenty-One',
    email: 'cand921.cork@example.org',
    phone: '086 555 0921',
    contactLines: ['Douglas, Cork'],
    tagline: 'Medical Representative – respiratory and primary care',
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Experience',
      education: 'Education',
      skills: 'Skills',
      certifications: 'Certifications',
      languages: 'Languages',
    },
    profile: [
      'Biomedical science graduate who found she liked talking about medicines more than testing them. Three years on ' +
        'the road in Cork and Kerry for a respiratory company.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Medical Representative – Respiratory',
        'Lee Pharma Ireland Ltd',
        '2023',
        null,
        true,
        'Q3 2023 – present',
        [
          'Calling on 200 accounts: 140 GP practices and 60 community pharmacies across Cork and Kerry',
          'Respiratory range up 18% on my territory in 2025; national team of nine reps',
        ],
        'Cork',
      ),
      job(
        'Customer Service Specialist',
        'Munster Pharma Distribution',
        '2019',
        '2023',
        false,
        'Q1 2019 – Q2 2023',
        ['Orders, returns and stock queries for pharmacies across Munster'],
        'Little Island, Cork',
      ),
      job('Lifeguard', 'Cork County Council', '2013', '2015', false, 'Summers 2013 – 2015', [], 'Garrettstown beach'),
    ],
    education: [
      edu('bsc', 'BSc Biomedical Science, University College Cork, 2014 – 2018', {
        field: 'Biomedical Science',
        institution: 'University College Cork',
        startYear: 2014,
        endYear: 2018,
      }),
      edu('secondary', 'Leaving Certificate, St. Aidan’s Community College, Cork, 2014', {
        institution: 'St. Aidan’s Community College',
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('ABPI Representatives Examination', 'ABPI Representatives Examination, passed 2023')],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('ga', 'B2', 'Irish – good'),
      lang('es', 'B1', 'Spanish – B1'),
    ],
    skills: ['Customer-oriented', 'Time management across a two-county territory', 'Clinical communication skills'],
    clientBase: { activeAccounts: 200, segment: 'regional_smb' },
    competencies: ['communication', 'customer_focus', 'organisation'],
  },
  {
    id: 'en-h15-22-australia-linkedin-export-customer-success-no-base',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Nine Hundred Twenty-Two',
    email: 'cand922.melbourne@example.com',
    phone: '+61 413 555 922',
    contactLines: ['www.example.com/in/candidate922 (LinkedIn)'],
    tagline: 'Customer Success Manager at Paywise | Payroll & HR SaaS\nMelbourne, Victoria, Australia',
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      skills: 'Top Skills',
      certifications: 'Certifications',
      languages: 'Languages',
    },
    profile: [
      'After five years of booking and closing deals I moved to customer success, because I like the part after the ' +
        'signature. I now look after onboarding and adoption for mid-market payroll customers; renewals and upsell stay ' +
        'with the account executives.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Customer Success Manager',
          'Paywise Software',
          '2024-08',
          null,
          false,
          'August 2024 - Present (2 years 4 months)',
        ),
        lines: [
          'Paywise Software',
          '5 years 11 months',
          'Customer Success Manager',
          'August 2024 - Present (2 years 4 months)',
          'Melbourne, Victoria, Australia',
          'Onboarding, adoption and health checks for 140 mid-market customers. No quota.',
        ],
      },
      {
        ...job(
          'Account Executive',
          'Paywise Software',
          '2021-01',
          '2024-07',
          true,
          'January 2021 - July 2024 (3 years 7 months)',
        ),
        lines: [
          'Account Executive',
          'January 2021 - July 2024 (3 years 7 months)',
          'Melbourne, Victoria, Australia',
          'Closed 65 new customers with 50 to 500 staff across Victoria and Tasmania; A$2.1m of new ARR.',
        ],
      },
      {
        ...job(
          'Business Development Representative',
          'Tallyroo Pty Ltd',
          '2019-03',
          '2020-12',
          true,
          'March 2019 - December 2020 (1 year 10 months)',
        ),
        lines: [
          'Tallyroo Pty Ltd',
          'Business Development Representative',
          'March 2019 - December 2020 (1 year 10 months)',
          'Melbourne, Australia',
          'Outbound calling and demo booking for accounting software. Page 1 of 2',
        ],
      },
      {
        ...job(
          'Retail Sales Consultant',
          'Sound & Vision Stores',
          '2016-11',
          '2019-02',
          true,
          'November 2016 - February 2019 (2 years 4 months)',
        ),
        lines: [
          'Sound & Vision Stores',
          'Retail Sales Consultant',
          'November 2016 - February 2019 (2 years 4 months)',
          'Chadstone, Victoria, Australia',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Monash University\nBachelor of Commerce - BCom, Marketing and Management · (2013 - 2016)', {
        field: 'Marketing and Management',
        institution: 'Monash University',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Certified Customer Success Manager (CCSM) Level 1',
        'Certified Customer Success Manager (CCSM) Level 1 — SuccessCOACHING',
      ),
    ],
    languages: [lang('en', 'native', 'English (Native or Bilingual)'), lang('el', 'B1', 'Greek (Limited Working)')],
    skills: ['Customer Success', 'SaaS', 'Onboarding'],
    closing: [{ kind: 'paragraph', text: 'Page 2 of 2' }],
    clientBase: null,
    competencies: [],
  },
  {
    id: 'en-h15-23-india-telecom-enterprise-kam-kra-labelled',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Nine Hundred Twenty-Three',
    nameLine: 'CURRICULUM VITAE\n\nCandidate Nine Hundred Twenty-Three',
    email: 'c923.chennai@example.net',
    phone: '+91 94440 55923',
    contactLines: ['Velachery, Chennai – 600042, Tamil Nadu'],
    headings: {
      profile: 'Career Objective',
      work: 'Organisational Experience',
      education: 'Academic Profile',
      skills: 'Functional Skills',
      certifications: 'Certifications',
      languages: 'Languages Known',
    },
    profile: [
      'To lead enterprise accounts for a connectivity or cloud provider where 12 years of B2B telecom sales in Tamil Nadu ' +
        'add value.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Duration', title: 'Designation', employer: 'Organisation', duties: 'Key Result Areas' },
    jobs: [
      job(
        'Key Account Manager – Enterprise Business',
        'Coromandel Telelink Ltd.',
        '2019-06',
        null,
        true,
        'Jun 2019 – Till Date',
        [
          'Managing 35 enterprise accounts (IT/ITES, manufacturing and hospitals) in Chennai and Coimbatore',
          'Annual billing from my accounts INR 42 Cr (approx. EUR 4.6 million)',
          'Engaging the CIOs and IT heads who sign the contracts for leased lines, MPLS and SD-WAN',
          'Vertical target for the team INR 180 Cr',
        ],
        'Chennai',
      ),
      job(
        'Corporate Sales Executive',
        'Bay Broadband Pvt. Ltd.',
        '2014-08',
        '2019-05',
        true,
        'Aug 2014 – May 2019',
        ['New-logo sales of internet leased lines to SMEs in Chennai'],
        'Chennai',
      ),
      job(
        'Customer Care Executive',
        'TeleAssist BPO Services',
        '2012-07',
        '2014-07',
        false,
        'Jul 2012 – Jul 2014',
        ['Inbound voice process for a broadband client'],
        'Chennai',
      ),
    ],
    education: [
      edu('master', 'MBA (Marketing), University of Madras (Distance Education), 2016 – 2018', {
        field: 'Marketing',
        institution: 'University of Madras',
        startYear: 2016,
        endYear: 2018,
      }),
      edu('bachelor', 'B.E. (Electronics and Communication Engineering), Anna University, 2008 – 2012, 7.8 CGPA', {
        field: 'Electronics and Communication Engineering',
        institution: 'Anna University',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('secondary', 'HSC, Tamil Nadu State Board, 2008 – 89%', { endYear: 2008 }),
      edu('lower secondary', 'SSLC, Tamil Nadu State Board, 2006 – 92%', { endYear: 2006 }),
    ],
    courses: [],
    certifications: [named('ITIL 4 Foundation', 'ITIL 4 Foundation (2021)')],
    languages: [
      lang('ta', 'native', 'Tamil – Mother tongue'),
      lang('en', 'C1', 'English – Fluent'),
      lang('hi', 'A2', 'Hindi – Basic'),
    ],
    skills: ['Solution selling', 'Stakeholder management', 'Negotiation', 'CRM (Salesforce), MIS reporting'],
    closing: [
      { kind: 'paragraph', text: 'CCNA (Cisco Certified Network Associate), 2013 – expired.' },
      {
        kind: 'paragraph',
        text: 'Declaration: I hereby declare that the details furnished above are true to the best of my knowledge.\nPlace: Chennai',
      },
    ],
    clientBase: { activeAccounts: 35, annualRevenueEur: 4_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'en-h15-24-estonian-public-sector-software-table-employer-first',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Nine Hundred Twenty-Four',
    email: 'cand924.tartu@example.com',
    phone: '+372 5555 0924',
    contactLines: ['Tartu, Estonia'],
    headings: {
      profile: 'Summary',
      work: 'Work experience',
      workTable: ['Organisation', 'Position', 'Time'],
      education: 'Education',
      skills: 'Skills',
      certifications: 'Certificates',
      languages: 'Languages',
    },
    profile: [
      'Account manager for a document and case management system used by Estonian local governments. I came to sales ' +
        'from implementation, so I still write half of the tender answers myself.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job('Account Manager – Public Sector', 'Tartu Civic Software OÜ', '2021-09', null, true, 'since 09.2021', [
        '38 municipalities and 6 state agencies on our platform – 44 accounts',
        'Yearly licence and support fees from my accounts EUR 2.3 million',
        'Most new business comes through public tenders',
      ]),
      job('Implementation Consultant', 'Tartu Civic Software OÜ', '2017-02', '2021-08', false, '02.2017 – 08.2021', [
        'Roll-outs, data migration and user training in 20 municipalities',
      ]),
      job(
        'IT Support Specialist',
        'Tartu Linnavalitsus (Tartu City Government)',
        '2014-06',
        '2017-01',
        false,
        '06.2014 – 01.2017',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Board member (voluntary), Tartu Open Data Club MTÜ, 2019 – 2023.' }],
    education: [
      edu('msc', 'MSc in Information Technology (magistrikraad), University of Tartu, 2012 – 2014', {
        field: 'Information Technology',
        institution: 'University of Tartu',
        startYear: 2012,
        endYear: 2014,
      }),
      edu('bsc', 'BSc in Computer Science (bakalaureusekraad), University of Tartu, 2009 – 2012', {
        field: 'Computer Science',
        institution: 'University of Tartu',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('PRINCE2 Foundation', 'PRINCE2 Foundation, 2019')],
    languages: [
      lang('et', 'native', 'Estonian – native'),
      lang('en', 'C1', 'English – C1'),
      lang('ru', 'B2', 'Russian – B2'),
      lang('fi', 'B1', 'Finnish – B1'),
    ],
    skills: [
      'Public procurement: tender documents, ESPD, framework agreements',
      'Analytical, patient with long sales cycles',
      'Collaboration with municipal IT and records managers',
    ],
    clientBase: { activeAccounts: 44, annualRevenueEur: 2_300_000 },
    competencies: ['analytical', 'teamwork'],
  },
  {
    id: 'en-h15-25-czech-junior-business-developer-first-year-no-base',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Nine Hundred Twenty-Five',
    email: 'c925.brno@example.org',
    phone: '+420 605 555 925',
    contactLines: ['Brno, Czech Republic'],
    headings: {
      profile: 'About me',
      work: 'Experience',
      education: 'Education',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'First year in B2B sales, at a start-up that makes field-record apps for farms. I find the farms, book the demos ' +
        'and close the first contract; after that the customer moves to account management.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Junior Business Developer',
        'Moravia Field Apps s.r.o.',
        '2025-09',
        null,
        true,
        'since September 2025',
        [
          'Prospecting agricultural co-operatives and farm machinery dealers in Czechia and Slovakia',
          '19 contracts signed so far; no portfolio of my own yet, signed customers go to account management',
          'Pipeline of CZK 6 million for 2027',
        ],
        'Brno',
      ),
      job(
        'Sales & Marketing Intern',
        'Moravia Field Apps s.r.o.',
        '2025-02',
        '2025-07',
        false,
        'Feb – Jul 2025',
        ['Lead lists, LinkedIn campaigns, trade fair Techagro'],
        'Brno',
      ),
      job(
        'Barista',
        'Kavárna Zelný trh',
        '2022',
        '2024',
        false,
        '2022 – 2024',
        ['Part-time during my studies'],
        'Brno',
      ),
    ],
    education: [
      edu('bachelor', 'Bc. (Bachelor) in Business Economics, Mendel University in Brno, 2021 – 2024', {
        field: 'Business Economics',
        institution: 'Mendel University in Brno',
        startYear: 2021,
        endYear: 2024,
      }),
      edu('secondary', 'Gymnázium Brno-Řečkovice, maturita 2021', {
        institution: 'Gymnázium Brno-Řečkovice',
        endYear: 2021,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('cs', 'native', 'Czech (native)'),
      lang('en', 'C1', 'English (C1)'),
      lang('de', 'B1', 'German (B1)'),
    ],
    skills: ['Cold calling and LinkedIn prospecting', 'Proactive', 'HubSpot CRM'],
    closing: [
      { kind: 'heading', text: 'Studying now' },
      {
        kind: 'paragraph',
        text: 'Ing. (master’s) in Trade and Marketing, part-time, Mendel University in Brno – since 2025, expected 2027.',
      },
    ],
    clientBase: null,
    competencies: ['initiative'],
  },
  {
    id: 'en-h15-26-us-texas-retail-district-manager-no-base',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Nine Hundred Twenty-Six',
    email: 'cand926.sanantonio@example.net',
    phone: '(210) 555-0926',
    contactLines: ['San Antonio, TX 78249'],
    headings: {
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Retail leader with 16 years in home improvement and furniture retail, from the sales floor to a district of ' +
        'nine stores.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'District Manager',
        'Lone Star Home & Hardware',
        '2021-03',
        null,
        false,
        'Mar 2021 – Present',
        ['9 stores, 210 team members and $48M in annual sales', 'Hiring, coaching and developing store managers'],
        'San Antonio, TX',
      ),
      job(
        'Store Manager',
        'Lone Star Home & Hardware',
        '2016-07',
        '2021-02',
        false,
        'Jul 2016 – Feb 2021',
        ['Store of 35 associates; top-3 in the chain for shrink and NPS in 2019'],
        'New Braunfels, TX',
      ),
      job(
        'Assistant Store Manager',
        'Lone Star Home & Hardware',
        '2013',
        '2016',
        false,
        '2013 – 2016',
        [],
        'San Antonio, TX',
      ),
      job(
        'Sales Associate',
        'Hill Country Furniture',
        '2010-06',
        '2013-04',
        true,
        'Jun 2010 – Apr 2013',
        ['Commission sales on the showroom floor; top seller in 2012'],
        'San Antonio, TX',
      ),
    ],
    education: [
      edu('bba', 'B.B.A., Marketing – The University of Texas at San Antonio, 2006 – 2010', {
        field: 'Marketing',
        institution: 'The University of Texas at San Antonio',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English (native)'), lang('es', 'C1', 'Spanish (fluent)')],
    skills: ['Coaching store leaders', 'P&L and inventory management', 'Team player'],
    clientBase: null,
    competencies: ['coaching', 'teamwork'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The forty-second held-out set's English CVs: account managers, key account managers and relationship managers of
 * the kind Sift's first customers hire, and people applying to become one, as they write their CVs in 2026 in
 * England, Scotland, Wales, Northern Ireland, Ireland, the US, Canada, Australia and New Zealand, and by a Pole and a
 * Portuguese writing in English in Ireland, written without reading the reader. Industrial adhesives, business
 * banking, business energy, orthopaedic implants, freight forwarding, payroll software, equipment finance, hardware
 * wholesale, business fibre and voice, industrial staffing, local radio advertising, commercial insurance broking,
 * managed IT for mining, field-service scheduling software, vascular devices, industrial packaging, automotive
 * castings, freight brokerage, rural banking, contract catering, managed IT for small firms, industrial gases,
 * pharmacy wholesale, office furniture and employee benefits. Their portfolios, decision makers, revenue and reach
 * are written as such people write them; careers run from a graduate a year into her first account job to forty
 * years in group insurance, and one applicant has not held accounts yet.
 */
export const HELD_OUT_42_EN: CvSource[] = [
  {
    id: 'en-h42-01-england-leeds-key-account-manager-industrial-adhesives',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Six Hundred One',
    email: 'adhesives.leeds4201@example.com',
    phone: '07712 420 101',
    contactLines: ['Horsforth, Leeds LS18'],
    tagline: 'Key Account Manager – industrial adhesives and sealants',
    headings: { profile: 'Personal statement', work: 'Career history', skills: 'Skills' },
    profile: [
      'Chemistry graduate who went from the bench to the phone and then onto the road. I manage 22 key accounts ' +
        'for a Yorkshire adhesives manufacturer: window and door fabricators, kitchen and caravan builders in the UK, ' +
        'and four OEMs in Ireland and the Netherlands. The purchasing managers and technical directors I deal with ' +
        'approve any change of adhesive, so I spend as much time in their trial rooms as in their offices.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Key Account Manager', 'Aire Bond Adhesives Ltd', '2019-03', null, true, 'March 2019 – present', [
        '22 key accounts; £6.8 million (approx. €7.9 million) of sales in 2025, up from £5.1 million in 2021',
        'Line trials, joint testing and approval files with customers’ technical teams',
        'Annual price and supply agreements with the purchasing managers',
      ]),
      job('Area Sales Manager', 'Kirkstall Fixings Ltd', '2014-02', '2019-02', true, 'February 2014 – February 2019', [
        'North of England territory, 90 accounts in construction and joinery',
      ]),
      job(
        'Internal Sales Executive',
        'Kirkstall Fixings Ltd',
        '2011-09',
        '2014-01',
        true,
        'September 2011 – January 2014',
        ['Inbound and outbound calls to trade customers, quotes and orders'],
      ),
      job('Laboratory Technician', 'Wharfe Coatings Ltd', '2009-08', '2011-08', false, 'August 2009 – August 2011', [
        'Quality control testing of primers and sealants',
      ]),
    ],
    education: [
      edu('bsc', 'BSc (Hons) Applied Chemistry, Wharfedale University, 2006 – 2009', {
        field: 'Applied Chemistry',
        institution: 'Wharfedale University',
        startYear: 2006,
        endYear: 2009,
      }),
      edu('secondary', 'A levels: Chemistry, Biology, Maths – Otley Road Sixth Form, 2006', {
        institution: 'Otley Road Sixth Form',
        endYear: 2006,
      }),
    ],
    courses: [named('Key account planning', 'Key account planning (two days), 2020')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('de', 'A2', 'German – basic')],
    skills: [
      'Negotiation of annual supply agreements',
      'Relationship management at buyer and director level',
      'Technical selling and product trials',
      'Full UK driving licence',
    ],
    clientBase: { activeAccounts: 22, annualRevenueEur: 7900000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building', 'sales'],
  },
  {
    id: 'en-h42-02-ireland-cork-business-relationship-manager-bank',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Six Hundred Two',
    email: 'lending.cork4202@example.org',
    phone: '087 420 2202',
    contactLines: ['Ballincollig, Co. Cork'],
    headings: { profile: 'Profile', work: 'Employment', skills: 'Skills', certifications: 'Professional' },
    profile: [
      'Business relationship manager with twelve years in banking, all of them in Munster. My portfolio is 140 ' +
        'SME and agri-business customers in Cork and Kerry – dairy farms, hauliers, hotels, pharmacies and ' +
        'engineering firms. I deal directly with the owners and finance directors who make the borrowing decisions, ' +
        'and I like to see the farm or the factory before I see the accounts.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Business Relationship Manager',
        'Munster Mercantile Bank',
        '2018-06',
        null,
        true,
        'Jun 2018 – present',
        [
          'Portfolio of 140 business customers; new lending of €38 million approved in 2025',
          'Annual reviews, credit applications and cross-selling of payments, insurance and pensions',
          'Agri events and mart days in Macroom, Bandon and Killarney',
        ],
        'Cork',
      ),
      job(
        'Business Banking Associate',
        'Munster Mercantile Bank',
        '2014-09',
        '2018-05',
        false,
        'Sep 2014 – May 2018',
        ['Credit papers, security and drawdowns for three relationship managers'],
        'Cork',
      ),
      job(
        'Customer Service Officer',
        'Munster Mercantile Bank',
        '2013-03',
        '2014-08',
        false,
        'Mar 2013 – Aug 2014',
        undefined,
        'Mallow branch',
      ),
    ],
    education: [
      edu('bachelor', 'Bachelor of Commerce – Shandon University, 2009 – 2012', {
        field: 'Commerce',
        institution: 'Shandon University',
        startYear: 2009,
        endYear: 2012,
      }),
      edu('secondary', 'Leaving Certificate – Coláiste an Ghleanna, Macroom, 2009', {
        institution: 'Coláiste an Ghleanna',
        endYear: 2009,
      }),
    ],
    courses: [named('Agri lending masterclass', 'Agri lending masterclass, 2022')],
    certifications: [
      named('Qualified Financial Adviser (QFA)', 'Qualified Financial Adviser (QFA), 2015'),
      named('Certified Credit Professional', 'Certified Credit Professional, 2019'),
    ],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('ga', 'B2', 'Irish – good'),
      lang('fr', 'A2', 'French – basic'),
    ],
    skills: ['Relationship building', 'Financial analysis of farm and company accounts', 'Credit structuring'],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'en-h42-03-scotland-aberdeen-sme-energy-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Six Hundred Three',
    email: 'power.aberdeen4203@example.net',
    phone: '07851 420303',
    contactLines: ['Bridge of Don, Aberdeen AB23'],
    headings: { profile: 'About me', work: 'Work history', education: 'Qualifications', skills: 'Strengths' },
    profile: [
      'Account manager for small business energy customers in the north-east. I started on the phones in ' +
        'customer service and moved to account management in 2022. I now look after 310 business customers from ' +
        'Montrose to Elgin: shops, hotels, garages, farms and takeaways, mostly owners who sign the contracts ' +
        'themselves.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Account Manager', 'Don & Dee Business Energy Ltd', '2022-08', null, true, 'Aug 2022 – now', [
          'Renewals and new electricity and gas contracts for 310 business sites',
          '91% renewal rate in 2025 against a team target of 85%',
          'Site visits across Aberdeenshire and Moray two days a week',
        ]),
        lines: ['Account Manager | Don & Dee Business Energy Ltd, Aberdeen | Aug 2022 – now'],
      },
      {
        ...job(
          'Energy Advisor (Customer Service)',
          'Don & Dee Business Energy Ltd',
          '2020-01',
          '2022-07',
          false,
          'Jan 2020 – Jul 2022',
          ['Billing queries, meter reads, change of tenancy'],
        ),
        lines: ['Energy Advisor (Customer Service) | Don & Dee Business Energy Ltd | Jan 2020 – Jul 2022'],
      },
      {
        ...job('Barista', 'Castlegate Coffee House', '2017-06', '2019-12', false, 'Jun 2017 – Dec 2019'),
        lines: ['Barista | Castlegate Coffee House, Aberdeen | Jun 2017 – Dec 2019'],
      },
    ],
    education: [
      edu('short-cycle tertiary', 'HNC Business – Dee Valley College, 2017', {
        field: 'Business',
        institution: 'Dee Valley College',
        endYear: 2017,
      }),
      edu('secondary', 'Highers (4) – Bridge of Don Academy, 2015', {
        institution: 'Bridge of Don Academy',
        endYear: 2015,
      }),
    ],
    courses: [named('Ofgem microbusiness rules', 'Ofgem microbusiness rules – in-house, 2023')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'A2', 'Spanish – basic')],
    skills: ['Customer focus', 'Organised', 'Salesforce and our billing system'],
    clientBase: { activeAccounts: 310, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'en-h42-04-us-columbus-orthopedic-territory-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Six Hundred Four',
    email: 'implants.columbus4204@example.com',
    phone: '(614) 555-4204',
    contactLines: ['Westerville, OH 43081'],
    headings: {
      profile: 'Summary',
      work: 'Professional Experience',
      skills: 'Skills',
      certifications: 'Certification',
      workTable: ['Dates', 'Company', 'Title'],
    },
    profile: [
      'Former surgical technologist, now selling the implants I used to hand to surgeons. I cover 18 hospitals and ' +
        '6 ambulatory surgery centers in central and southern Ohio; the orthopedic surgeons and the hospital ' +
        'purchasing committees decide which knee and hip systems go on the shelf, and I support their cases in the OR.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Territory Account Manager', 'Scioto Orthopedic Systems', '2021-05', null, true, '05/2021 – Present', [
        '24 accounts; territory revenue $4.2M in 2025 (112% of plan)',
        'Case coverage, in-service training for OR staff, contract renewals',
      ]),
      job(
        'Associate Sales Representative',
        'Scioto Orthopedic Systems',
        '2019-03',
        '2021-04',
        true,
        '03/2019 – 04/2021',
        ['Case coverage and inventory for two senior reps'],
      ),
      job(
        'Surgical Technologist',
        'Franklin Heights Medical Center',
        '2014-07',
        '2019-02',
        false,
        '07/2014 – 02/2019',
        ['Orthopedic and trauma service line'],
      ),
    ],
    education: [
      edu('associate', 'A.A.S. Surgical Technology – Olentangy Community College, 2014', {
        field: 'Surgical Technology',
        institution: 'Olentangy Community College',
        endYear: 2014,
      }),
    ],
    courses: [named('Advanced hip and knee product school', 'Advanced hip and knee product school (2020)')],
    certifications: [named('Certified Surgical Technologist (CST)', 'Certified Surgical Technologist (CST) – current')],
    languages: [lang('en', 'native', 'English (native)'), lang('es', 'B1', 'Spanish (conversational)')],
    skills: ['Team player', 'Negotiation with value buyers', 'OR protocol and sterile technique'],
    clientBase: { activeAccounts: 24, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'teamwork'],
  },
  {
    id: 'en-h42-05-poland-to-dublin-europass-freight-key-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Six Hundred Five',
    nameLine: 'Europass\nCurriculum Vitae\nCandidate Thirty-Six Hundred Five',
    email: 'freight.dublin4205@example.net',
    phone: '+353 86 420 5055',
    contactLines: ['Clondalkin, Dublin 22 (Ireland)'],
    afterContact: [
      { kind: 'heading', text: 'Personal information' },
      {
        kind: 'table',
        rows: [
          ['Nationality', 'Polish'],
          ['Date of birth', '17/08/1988'],
          ['Job applied for', 'Key Account Manager – road and sea freight'],
        ],
      },
    ],
    headings: {
      work: 'Work experience',
      education: 'Education and training',
      certifications: 'Professional qualifications',
      skills: 'Digital skills',
      languages: 'Language skills',
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
        'Key Account Manager',
        'Liffey Groupage & Forwarding Ltd',
        '2020-03',
        null,
        true,
        '03/2020 – present',
        [
          '35 key accounts: importers and manufacturers shipping between Ireland, Poland, Germany and the Benelux',
          'Freight revenue on my accounts €14 million in 2025',
          'Tenders and rate negotiation with logistics directors and supply chain managers, who award the lanes',
        ],
        'Ballymount, Dublin (Ireland)',
      ),
      job(
        'Customer Service Agent – Road Freight',
        'Tolka Transport Ltd',
        '2016-06',
        '2020-02',
        false,
        '06/2016 – 02/2020',
        ['Bookings, tracking, customs documents, claims'],
        'Dublin Port (Ireland)',
      ),
      job(
        'Freight Forwarder',
        'Spedycja Warta Sp. z o.o.',
        '2012-09',
        '2016-04',
        false,
        '09/2012 – 04/2016',
        ['Planning of full and part loads Poland – Western Europe'],
        'Poznań (Poland)',
      ),
    ],
    education: [
      edu(
        'master',
        'Dates: 2010 – 2012\nTitle of qualification awarded: Master’s degree (magister) in Transport and Logistics\nOrganisation providing education and training: Warta School of Economics, Poznań',
        { field: 'Transport and Logistics', institution: 'Warta School of Economics', startYear: 2010, endYear: 2012 },
      ),
      edu(
        'bachelor',
        'Dates: 2007 – 2010\nTitle of qualification awarded: Bachelor’s degree (licencjat) in Economics\nOrganisation providing education and training: Warta School of Economics, Poznań',
        { field: 'Economics', institution: 'Warta School of Economics', startYear: 2007, endYear: 2010 },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'Certificate of Professional Competence in international road haulage',
        'Certificate of Professional Competence in international road haulage (2018)',
      ),
    ],
    languages: [lang('pl', 'native', ''), lang('en', 'C1', ''), lang('de', 'B1', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): Polish' },
      { kind: 'paragraph', text: 'Other language(s):' },
      {
        kind: 'table',
        header: ['', 'Listening', 'Reading', 'Spoken production', 'Spoken interaction', 'Writing'],
        rows: [
          ['English', 'C1', 'C1', 'C1', 'C1', 'B2'],
          ['German', 'B1', 'B2', 'B1', 'B1', 'A2'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Levels: A1 and A2: Basic user – B1 and B2: Independent user – C1 and C2: Proficient user',
      },
    ],
    skills: ['Microsoft Office, TMS (CargoWise), Salesforce'],
    closing: [
      { kind: 'heading', text: 'Communication and interpersonal skills' },
      { kind: 'paragraph', text: 'Good communication skills with customers and hauliers in three languages.' },
      { kind: 'heading', text: 'Job-related skills' },
      { kind: 'paragraph', text: 'Negotiation of rates and annual tenders.' },
      { kind: 'heading', text: 'Driving licence' },
      { kind: 'paragraph', text: 'B' },
    ],
    clientBase: { activeAccounts: 35, annualRevenueEur: 14000000, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'negotiation'],
  },
  {
    id: 'en-h42-06-canada-toronto-payroll-saas-account-manager-linkedin-export',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Six Hundred Six',
    email: 'payroll.toronto4206@example.com',
    phone: '(416) 555-4206',
    contactLines: ['www.example.com/in/cand4206 (LinkedIn)'],
    tagline: 'Account Manager at Paystub North Cloud Payroll\nToronto, Ontario, Canada',
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      skills: 'Top Skills',
      languages: 'Languages',
    },
    profile: [
      'I look after 120 mid-sized Canadian employers on our payroll and HR platform, from a Halifax fish plant to a ' +
        'Vancouver dental group. Renewals, upgrades and the odd rescue; the CFOs and HR directors who sign the renewal ' +
        'know they can call me directly.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Account Manager',
          'Paystub North Cloud Payroll',
          '2024-01',
          null,
          true,
          'January 2024 - Present (2 years 11 months)',
        ),
        lines: [
          'Paystub North Cloud Payroll',
          '4 years 6 months',
          'Account Manager',
          'January 2024 - Present (2 years 11 months)',
          'Toronto, Ontario, Canada',
          'Book of 120 accounts across Canada, C$3.1M ARR, 97% gross retention in 2025.',
        ],
      },
      {
        ...job(
          'Onboarding Specialist',
          'Paystub North Cloud Payroll',
          '2022-06',
          '2023-12',
          false,
          'June 2022 - December 2023 (1 year 7 months)',
        ),
        lines: [
          'Onboarding Specialist',
          'June 2022 - December 2023 (1 year 7 months)',
          'Set-up, data migration and first payroll runs for new customers.',
        ],
      },
      {
        ...job(
          'Sales Development Representative',
          'Northdesk HR Software',
          '2020-09',
          '2022-05',
          true,
          'September 2020 - May 2022 (1 year 9 months)',
        ),
        lines: [
          'Page 1 of 2',
          'Northdesk HR Software',
          'Sales Development Representative',
          'September 2020 - May 2022 (1 year 9 months)',
          'Mississauga, Ontario, Canada',
          'Outbound to companies with 50 to 500 staff; 10 to 14 meetings booked a week.',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Humber Shore University\nBachelor of Commerce - BCom, Marketing · (2016 - 2020)', {
        field: 'Marketing',
        institution: 'Humber Shore University',
        startYear: 2016,
        endYear: 2020,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('en', 'native', 'English (Native or Bilingual)'),
      lang('tl', 'native', 'Tagalog (Native or Bilingual)'),
      lang('fr', 'A2', 'French (Elementary)'),
    ],
    skills: ['Account Management', 'Relationship Building', 'Negotiation'],
    closing: [{ kind: 'paragraph', text: 'Page 2 of 2' }],
    clientBase: { activeAccounts: 120, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h42-07-australia-brisbane-equipment-finance-relationship-manager',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Six Hundred Seven',
    email: 'finance.brisbane4207@example.org',
    phone: '0412 420 707',
    contactLines: ['Carindale QLD 4152'],
    headings: { profile: 'Career summary', work: 'Employment history', skills: 'Core skills' },
    profile: [
      'Relationship manager in equipment and vehicle finance. After four years assessing deals as a credit analyst ' +
        'I moved to the other side of the desk in 2019. I manage 85 introducers – machinery and truck dealers and ' +
        'finance brokers – in south-east Queensland and northern NSW. The dealer principals decide which financier ' +
        'they send their customers to, so the relationship is everything.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Relationship Manager', 'Moreton Asset Finance Pty Ltd', '2019-07', null, true, 'Jul 2019 – current', [
          'Settled A$146m of equipment and vehicle finance in FY2025',
          'Dealer training days, yard visits, quick credit turnarounds for big customers',
        ]),
        lines: ['Jul 2019 – current   Relationship Manager – Moreton Asset Finance Pty Ltd, Brisbane'],
      },
      {
        ...job('Credit Analyst', 'Moreton Asset Finance Pty Ltd', '2015-02', '2019-06', false, 'Feb 2015 – Jun 2019', [
          'Assessed commercial equipment applications up to A$2m',
        ]),
        lines: ['Feb 2015 – Jun 2019   Credit Analyst – Moreton Asset Finance Pty Ltd, Brisbane'],
      },
      {
        ...job(
          'Settlements Officer',
          'Bramble Bay Finance Brokers',
          '2012-03',
          '2015-01',
          false,
          'Mar 2012 – Jan 2015',
        ),
        lines: ['Mar 2012 – Jan 2015   Settlements Officer – Bramble Bay Finance Brokers, Redcliffe'],
      },
    ],
    education: [
      edu('bachelor', 'Bachelor of Business (Finance) – Brisbane Riverside University, 2011', {
        field: 'Finance',
        institution: 'Brisbane Riverside University',
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('vi', 'native', 'Vietnamese – home language')],
    skills: ['Financial analysis of company and trust accounts', 'Networking with dealers and brokers', 'Structuring'],
    clientBase: { activeAccounts: 85, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'en-h42-08-new-zealand-hamilton-hardware-wholesale-trade-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Six Hundred Eight',
    email: 'hardware.hamilton4208@example.com',
    phone: '021 420 8808',
    contactLines: ['Hamilton East, Hamilton 3216'],
    headings: {
      profile: 'Profile',
      work: 'Work experience',
      skills: 'Skills',
      workTable: ['Role', 'Company', 'When'],
    },
    profile: [
      'Twenty years in hardware, first behind the trade counter and running a store, and since 2017 on the road for ' +
        'a wholesaler. I look after 65 independent hardware stores and timber merchants in the Waikato, Bay of ' +
        'Plenty and Coromandel. The owners decide what they range, and they buy from people they trust.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job('Trade Account Manager', 'Kowhai Hardware Distributors Ltd', '2017', null, true, '2017 – Present', [
        '65 accounts, NZ$11m turnover in 2025',
        'Range reviews, promotions and the two trade expos each year',
      ]),
      job('Store Manager', 'Te Awa Building Supplies', '2011', '2017', false, '2011 – 2017', [
        'Store of 14 staff, stock, rosters and margins',
      ]),
      job('Trade Counter Salesperson', 'Te Awa Building Supplies', '2005', '2011', true, '2005 – 2011'),
    ],
    education: [
      edu('secondary', 'NCEA Level 2 – Fraser Park High School, Hamilton, 2004', {
        institution: 'Fraser Park High School',
        endYear: 2004,
      }),
    ],
    courses: [named('Timber grading and treatment', 'Timber grading and treatment, 2013')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('mi', 'A2', 'Te reo Māori – basic')],
    skills: ['Self-starter', 'Time management across a big territory', 'Product knowledge: fixings, tools, timber'],
    clientBase: { activeAccounts: 65, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'organisation'],
  },
  {
    id: 'en-h42-09-us-minneapolis-business-fiber-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Six Hundred Nine',
    email: 'fiber.minneapolis4209@example.net',
    phone: '(612) 555-4209',
    contactLines: ['Minneapolis, MN 55406'],
    headings: { profile: 'Summary', work: 'Work Experience', skills: 'Skills' },
    profile: [
      'Business account manager for a regional fiber and voice provider. I manage 210 small and mid-sized ' +
        'business accounts in the Twin Cities metro: clinics, law firms, restaurants, churches and warehouses. The ' +
        'owners and office managers who sign the service agreements are my contacts.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Business Account Manager',
          'North Star Fiber & Voice',
          '2022-10',
          null,
          true,
          'October 2022 – Present',
          [
            'Renewals, upgrades to 1 Gig and hosted voice, new locations for existing customers',
            '$2.3M annual recurring revenue on my book',
          ],
        ),
        lines: ['North Star Fiber & Voice, Minneapolis – Business Account Manager (October 2022 – Present)'],
      },
      {
        ...job(
          'Retail Sales Consultant',
          'Lakeland Wireless',
          '2019-03',
          '2022-09',
          true,
          'March 2019 – September 2022',
          ['Phones, plans and home internet; top seller in the district twice'],
        ),
        lines: ['Lakeland Wireless, St. Paul – Retail Sales Consultant (March 2019 – September 2022)'],
      },
      {
        ...job('Server', 'Lake Street Diner', '2016-05', '2019-02', false, 'May 2016 – February 2019'),
        lines: ['Lake Street Diner, Minneapolis – Server (May 2016 – February 2019)'],
      },
    ],
    education: [
      edu('ba', 'B.A. Sociology – Mississippi Bluff University, 2019', {
        field: 'Sociology',
        institution: 'Mississippi Bluff University',
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('so', 'native', 'Somali – native (home language)')],
    skills: ['Customer-centric', 'Resilient', 'Salesforce, Zoom Phone, Google Workspace'],
    clientBase: { activeAccounts: 210, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'en-h42-10-wales-swansea-industrial-staffing-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Six Hundred Ten',
    email: 'staffing.swansea4210@example.com',
    phone: '07968 421 010',
    contactLines: ['Sketty, Swansea SA2'],
    headings: { profile: 'Profile', work: 'Experience', skills: 'Skills', certifications: 'Qualifications' },
    profile: [
      'Account manager at an industrial staffing agency. I moved from recruiting the temps to managing the clients ' +
        'in 2021. I hold 40 client companies – manufacturers, food processors and distribution centres along the M4 ' +
        'from Llanelli to Bridgend – and the site and HR managers who decide which agency supplies them.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Account Manager', 'Tawe Industrial Staffing Ltd', '2021-01', null, true, 'Jan 2021 – Present', [
        '40 client accounts, £5.2m of temporary labour billed in 2025',
        'Service reviews, rate negotiation, new sites won from two competitors',
      ]),
      job(
        'Recruitment Consultant',
        'Tawe Industrial Staffing Ltd',
        '2017-06',
        '2020-12',
        false,
        'Jun 2017 – Dec 2020',
        ['Recruited and placed warehouse and production temps, up to 120 on shift a week'],
      ),
      job('Warehouse Team Leader', 'Fabian Way Distribution', '2013-09', '2017-05', false, 'Sep 2013 – May 2017'),
    ],
    education: [
      edu('ba', 'BA (Hons) Business Management – Gower University, 2013', {
        field: 'Business Management',
        institution: 'Gower University',
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [
      named('REC Certificate in Recruitment Practice', 'REC Certificate in Recruitment Practice (2018)'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('cy', 'B1', 'Welsh – conversational')],
    skills: ['Relationship building', 'Works under pressure', 'Negotiating charge rates'],
    clientBase: { activeAccounts: 40, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'en-h42-11-england-bristol-radio-advertising-senior-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Six Hundred Eleven',
    email: 'airtime.bristol4211@example.org',
    phone: '07405 421111',
    contactLines: ['Bedminster, Bristol BS3'],
    headings: { profile: 'Profile', work: 'Experience', skills: 'Skills' },
    profile: [
      'Eleven years selling advertising, first in print and now in local radio and digital audio. I manage 48 ' +
        'direct advertisers – car dealers, estate agents, colleges, garden centres – across Bristol, Bath and ' +
        'Somerset. The business owners and marketing managers who sign off the campaigns come to the studio to ' +
        'hear their ads before they go out.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Senior Account Manager',
        'Severnside Radio & Digital',
        '2020-04',
        null,
        true,
        'Apr 2020 – present',
        [
          '48 accounts; £1.1 million (about €1.3 million) of airtime and digital in 2025',
          'Campaign planning with the creative team, sponsorships and outside broadcasts',
        ],
        'Bristol',
      ),
      job(
        'Account Manager',
        'Severnside Radio & Digital',
        '2017-09',
        '2020-03',
        true,
        'Sep 2017 – Mar 2020',
        undefined,
        'Bristol',
      ),
      job(
        'Sales Executive',
        'Avon Valley Newspapers',
        '2015-01',
        '2017-08',
        true,
        'Jan 2015 – Aug 2017',
        ['Display advertising in two weekly titles'],
        'Keynsham',
      ),
    ],
    education: [
      edu('ba', 'BA (Hons) Media Production – Frome Valley University, 2011 – 2014', {
        field: 'Media Production',
        institution: 'Frome Valley University',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('de', 'A2', 'German – A2')],
    skills: ['Creative', 'Negotiation', 'Communication skills'],
    clientBase: { activeAccounts: 48, annualRevenueEur: 1300000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'innovation', 'negotiation'],
  },
  {
    id: 'en-h42-12-northern-ireland-belfast-commercial-insurance-account-executive',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Six Hundred Twelve',
    email: 'broking.belfast4212@example.net',
    phone: '028 9042 1212',
    contactLines: ['Lisburn, Co. Antrim BT28'],
    headings: { profile: 'Summary', work: 'Employment', skills: 'Key skills', certifications: 'CII qualifications' },
    profile: [
      'Commercial account executive at an independent broker, with nineteen years in insurance. I place and renew ' +
        'cover for 220 commercial clients – hauliers, builders, hotels and bars – all over Northern Ireland, and I ' +
        'deal with the owners and financial controllers who place the cover.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Commercial Account Executive', 'Cavehill Insurance Brokers Ltd', '2016', null, true, '2016 – present', [
        '220 clients, £2.4m gross written premium',
        'New business from referrals, accountants and the Belfast Chamber',
      ]),
      job('Account Handler', 'Cavehill Insurance Brokers Ltd', '2010', '2016', false, '2010 – 2016', [
        'Renewal documents, adjustments and admin for three account executives',
      ]),
      job('Claims Assistant', 'Ormeau Mutual Insurance', '2007', '2010', false, '2007 – 2010'),
    ],
    education: [
      edu('secondary', 'A levels (3) – St Malachy’s Road Grammar, Belfast, 2007', {
        institution: 'St Malachy’s Road Grammar',
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [named('Certificate in Insurance (Cert CII)', 'Certificate in Insurance (Cert CII), 2009')],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Relationship management',
      'Diplomatic with difficult claims',
      'Diploma in Insurance (Dip CII) – in progress',
    ],
    clientBase: { activeAccounts: 220, segment: 'national', decisionMakers: true },
    competencies: ['relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'en-h42-13-canada-halifax-commerce-graduate-applying-for-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Six Hundred Thirteen',
    email: 'harbour.halifax4213@example.com',
    phone: '(902) 555-4213',
    contactLines: ['Dartmouth, NS B2Y'],
    headings: { profile: 'Objective', work: 'Experience', skills: 'Skills' },
    profile: [
      'Commerce graduate looking for a first role as a junior account manager or account coordinator in B2B ' +
        'telecom or software. Two years of customer calls and three years of retail have taught me to listen first.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Dates', title: 'Role', employer: 'Company', duties: 'What I did' },
    jobs: [
      job(
        'Customer Service Representative',
        'Dartmouth Cove Telecom',
        '2024-06',
        null,
        false,
        'June 2024 – present',
        ['Billing and service calls for small business customers', 'Passed 30 upgrade leads a month to the sales team'],
        'Dartmouth',
      ),
      job('Marketing Intern', 'Sackville Trail Outfitters', '2023-05', '2023-08', false, 'May – August 2023', [
        'Social media, store events, a customer survey',
      ]),
      job(
        'Sales Associate',
        'Sackville Trail Outfitters',
        '2021-09',
        '2024-04',
        true,
        'Sept 2021 – April 2024',
        ['Part-time during university; footwear and camping'],
        'Halifax',
      ),
    ],
    education: [
      edu('bachelor', 'Bachelor of Commerce, Bedford Basin University, 2020 – 2024', {
        field: 'Commerce',
        institution: 'Bedford Basin University',
        startYear: 2020,
        endYear: 2024,
      }),
    ],
    courses: [named('HubSpot Inbound Sales (online)', 'HubSpot Inbound Sales (online), 2025')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'B1', 'French – intermediate (French immersion)')],
    skills: ['Customer focus', 'Team player', 'Communication skills', 'Excel, HubSpot, Salesforce basics'],
    clientBase: null,
    competencies: ['communication', 'customer_focus', 'teamwork'],
  },
  {
    id: 'en-h42-14-australia-perth-managed-it-key-account-manager-resources',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Six Hundred Fourteen',
    email: 'networks.perth4214@example.org',
    phone: '0438 421 414',
    contactLines: ['Scarborough WA 6019'],
    headings: {
      profile: 'Summary',
      work: 'Employment',
      skills: 'Skills',
      workTable: ['Period', 'Company', 'Position'],
    },
    profile: [
      'Network engineer turned key account manager. I manage 9 key accounts for a managed IT and network services ' +
        'company: mining and oil and gas operators with sites in the Pilbara and the Goldfields and operations in ' +
        'Chile and Indonesia. My contacts are the CIOs and heads of procurement who sign the multi-year contracts.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Key Account Manager – Resources', 'Swan River Managed IT Pty Ltd', '2018-03', null, true, '03/2018 – now', [
        'A$38m of contracts under management; renewed the two largest in 2024',
        'Quarterly business reviews, site visits, escalations',
      ]),
      job('Account Manager', 'Indian Ocean Networks', '2013-07', '2018-02', true, '07/2013 – 02/2018', [
        'Mid-market accounts in Perth and the South West',
      ]),
      job('Network Engineer', 'Pilbara Comms Services', '2008-01', '2013-06', false, '01/2008 – 06/2013', [
        'Fly-in fly-out, site radio and network installs',
      ]),
    ],
    education: [
      edu('bachelor', 'Bachelor of Engineering (Electrical) – Kings Park Institute of Technology, 2007', {
        field: 'Electrical',
        institution: 'Kings Park Institute of Technology',
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [named('ITIL 4 Foundation', 'ITIL 4 Foundation (2021)')],
    languages: [lang('en', 'native', 'English – native'), lang('id', 'A2', 'Bahasa Indonesia – basic')],
    skills: ['Analytical', 'Negotiation of managed service agreements', 'CCNP (expired 2016)'],
    clientBase: { activeAccounts: 9, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'en-h42-15-us-denver-scheduling-saas-key-account-manager-linkedin-export',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Six Hundred Fifteen',
    email: 'fieldcraft.denver4215@example.com',
    phone: '(303) 555-4215',
    contactLines: ['www.example.com/in/cand4215 (LinkedIn)'],
    tagline: 'Key Account Manager at Fieldcraft Scheduling Software\nDenver, Colorado, United States',
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      skills: 'Top Skills',
      languages: 'Languages',
    },
    profile: [
      'I ran dispatch for an HVAC company for four years, so I know what our customers live with. Today I manage 14 ' +
        'enterprise accounts – home-services franchise groups across the US and Canada – worth $6.2M ARR. The COOs ' +
        'and franchise owners who sign are the people I see every quarter.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager',
          'Fieldcraft Scheduling Software',
          '2023-02',
          null,
          true,
          'February 2023 - Present (3 years 10 months)',
        ),
        lines: [
          'Fieldcraft Scheduling Software',
          '6 years 1 month',
          'Key Account Manager',
          'February 2023 - Present (3 years 10 months)',
          'Denver, Colorado, United States',
          'Renewals and expansions across 14 enterprise accounts; 118% net revenue retention in 2025.',
        ],
      },
      {
        ...job(
          'Account Executive',
          'Fieldcraft Scheduling Software',
          '2020-11',
          '2023-01',
          true,
          'November 2020 - January 2023 (2 years 3 months)',
        ),
        lines: [
          'Account Executive',
          'November 2020 - January 2023 (2 years 3 months)',
          'New business with mid-market plumbing, HVAC and electrical contractors.',
        ],
      },
      {
        ...job(
          'Operations Coordinator',
          'Front Range HVAC Services',
          '2016-06',
          '2020-10',
          false,
          'June 2016 - October 2020 (4 years 5 months)',
        ),
        lines: [
          'Page 1 of 2',
          'Front Range HVAC Services',
          'Operations Coordinator',
          'June 2016 - October 2020 (4 years 5 months)',
          'Aurora, Colorado',
        ],
      },
    ],
    education: [
      edu('bsc', 'Colorado Plateau University\nB.S., Business Administration · (2012 - 2016)', {
        field: 'Business Administration',
        institution: 'Colorado Plateau University',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English (Native or Bilingual)')],
    skills: ['Strategic Account Management', 'Negotiation', 'SaaS'],
    closing: [{ kind: 'paragraph', text: 'Page 2 of 2' }],
    clientBase: { activeAccounts: 14, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'en-h42-16-portugal-to-limerick-europass-vascular-devices-key-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Six Hundred Sixteen',
    nameLine: 'Europass CV\nCandidate Thirty-Six Hundred Sixteen',
    email: 'vascular.limerick4216@example.org',
    phone: '+353 85 421 6161',
    contactLines: [
      'Date of birth: 04/02/1989',
      'Nationality: Portuguese',
      'Address: Castletroy, Limerick, Ireland (Home)',
    ],
    headings: {
      profile: 'ABOUT ME',
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      certifications: 'PROFESSIONAL REGISTRATION',
      skills: 'DIGITAL SKILLS',
      languages: 'LANGUAGE SKILLS',
    },
    profile: [
      'Nurse from Porto, in Ireland since 2019, first as a clinical specialist and since 2022 as key account manager ' +
        'for vascular devices. Team player and organised, in the cath lab and on the road.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Dates', title: 'Occupation', employer: 'Employer', duties: 'Main activities' },
    jobs: [
      job(
        'Key Account Manager – Ireland',
        'Shannon Vascular Devices Ltd',
        '2022-09',
        null,
        true,
        '01/09/2022 – CURRENT',
        [
          '12 public and private hospitals across Ireland, €7.5 million sales in 2025',
          'Tenders and product evaluations with cardiology consultants and procurement managers, who decide the tenders',
        ],
        'Limerick, Ireland',
      ),
      job(
        'Clinical Specialist',
        'Shannon Vascular Devices Ltd',
        '2019-02',
        '2022-08',
        false,
        '11/02/2019 – 31/08/2022',
        ['Case support in cath labs, training of nurses and radiographers'],
        'Limerick, Ireland',
      ),
      job(
        'Nurse – Cardiology',
        'Hospital da Boavista',
        '2013-10',
        '2019-01',
        false,
        '01/10/2013 – 31/01/2019',
        ['Cardiology ward and cath lab recovery'],
        'Porto, Portugal',
      ),
    ],
    education: [
      edu(
        'bachelor',
        '2009 – 2013 Porto, Portugal\nLICENCIATURA EM ENFERMAGEM (BACHELOR IN NURSING) Escola Superior do Douro\nLevel in EQF: EQF level 6',
        { field: 'Nursing', institution: 'Escola Superior do Douro', startYear: 2009, endYear: 2013 },
      ),
    ],
    courses: [],
    certifications: [named('NMBI Registered General Nurse', 'NMBI Registered General Nurse – active registration')],
    languages: [lang('pt', 'native', ''), lang('en', 'C1', ''), lang('es', 'B2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): PORTUGUESE' },
      { kind: 'paragraph', text: 'Other language(s):' },
      {
        kind: 'paragraph',
        text: 'ENGLISH\nLISTENING C1 READING C1 WRITING C1\nSPOKEN PRODUCTION C1 SPOKEN INTERACTION C1',
      },
      {
        kind: 'paragraph',
        text: 'SPANISH\nLISTENING B2 READING B2 WRITING B1\nSPOKEN PRODUCTION B2 SPOKEN INTERACTION B2',
      },
    ],
    skills: ['Microsoft Office | Salesforce | Teams'],
    closing: [
      { kind: 'heading', text: 'DRIVING LICENCE' },
      { kind: 'paragraph', text: 'Car: B' },
    ],
    clientBase: { activeAccounts: 12, annualRevenueEur: 7500000, segment: 'national', decisionMakers: true },
    competencies: ['organisation', 'teamwork'],
  },
  {
    id: 'en-h42-17-canada-winnipeg-industrial-packaging-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Six Hundred Seventeen',
    email: 'packaging.winnipeg4217@example.net',
    phone: '(204) 555-4217',
    contactLines: ['Transcona, Winnipeg, MB R2C'],
    headings: { profile: 'Summary', work: 'Work history', education: 'Education', skills: 'Strengths' },
    profile: [
      'Seventeen years with the same packaging distributor, from the shipping dock to the inside sales desk to ' +
        'account manager. I handle 75 accounts – food processors, feed mills and manufacturers in Manitoba and ' +
        'northwestern Ontario – and work with the plant managers and buyers who decide what goes on their lines.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Account Manager', 'Red River Packaging Solutions', '2015-09', null, true, 'since September 2015', [
          'C$9 million in sales on my accounts in 2025',
          'Stretch film, corrugated, strapping and the machines that apply them',
        ]),
        lines: ['Account Manager, Red River Packaging Solutions – since September 2015'],
      },
      {
        ...job(
          'Inside Sales Representative',
          'Red River Packaging Solutions',
          '2012-04',
          '2015-08',
          true,
          'April 2012 to August 2015',
          ['Phone orders, quotes and reorders for 300 smaller customers'],
        ),
        lines: ['Inside Sales Representative, Red River Packaging Solutions – April 2012 to August 2015'],
      },
      {
        ...job(
          'Shipper/Receiver',
          'Red River Packaging Solutions',
          '2009-05',
          '2012-03',
          false,
          'May 2009 to March 2012',
        ),
        lines: ['Shipper/Receiver, Red River Packaging Solutions – May 2009 to March 2012'],
      },
    ],
    education: [
      edu('short-cycle tertiary', 'Business Administration Diploma (two-year) – Assiniboine Polytechnic, 2009', {
        field: 'Business Administration',
        institution: 'Assiniboine Polytechnic',
        endYear: 2009,
      }),
      edu('high school', 'High School Diploma – Transcona Collegiate, 2007', {
        institution: 'Transcona Collegiate',
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('pa', 'native', 'Punjabi – native')],
    skills: ['Time management', 'Customer focus', 'Line audits and packaging cost savings'],
    clientBase: { activeAccounts: 75, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'en-h42-18-england-coventry-automotive-castings-global-key-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Six Hundred Eighteen',
    email: 'castings.coventry4218@example.com',
    phone: '07790 421 818',
    contactLines: ['Kenilworth, Warwickshire CV8'],
    headings: {
      profile: 'Profile',
      work: 'Career',
      skills: 'Skills',
      workTable: ['Dates', 'Position', 'Company'],
    },
    profile: [
      'Engineer by training, key account manager for the last eighteen years. I manage four OEM and Tier 1 ' +
        'customers in Germany, Sweden, the UK and Mexico for aluminium and iron castings, with annual sales of ' +
        '€42 million. The commodity buyers and purchasing directors award the parts; my job is to be on their ' +
        'list when the next platform is sourced.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Global Key Account Manager', 'Sowe Precision Castings Ltd', '2015-01', null, true, 'Jan 2015 – date', [
        'Four customers, 120 part numbers, €42 million sales (contracts in euros)',
        'RFQs, cost breakdowns, price negotiations and annual productivity agreements',
      ]),
      job('Key Account Manager', 'Midland Drivetrain Components', '2007-04', '2014-12', true, 'Apr 2007 – Dec 2014'),
      job('Applications Engineer', 'Midland Drivetrain Components', '2001-09', '2007-03', false, 'Sep 2001 – Mar 2007'),
      job('Quality Inspector', 'Foleshill Foundry Ltd', '1998-07', '2001-08', false, 'Jul 1998 – Aug 2001'),
    ],
    education: [
      edu('bachelor', 'BEng (Hons) Mechanical Engineering, part-time – Warwickshire Polytechnic University, 2006', {
        field: 'Mechanical Engineering',
        institution: 'Warwickshire Polytechnic University',
        endYear: 2006,
      }),
      edu('short-cycle tertiary', 'HNC Mechanical Engineering – Coventry Tech College, 2001', {
        field: 'Mechanical Engineering',
        institution: 'Coventry Tech College',
        endYear: 2001,
      }),
    ],
    courses: [named('APQP and PPAP', 'APQP and PPAP – 2016')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('de', 'B2', 'German – good')],
    skills: ['Negotiation', 'Financial acumen: cost models and should-cost', 'Analytical'],
    clientBase: { activeAccounts: 4, annualRevenueEur: 42000000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'financial_analysis', 'negotiation'],
  },
  {
    id: 'en-h42-19-us-atlanta-freight-brokerage-account-executive',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate Thirty-Six Hundred Nineteen',
    email: 'loads.atlanta4219@example.org',
    phone: '(404) 555-4219',
    contactLines: ['Decatur, GA 30030'],
    tagline: 'Account Executive – truckload and LTL',
    headings: { profile: 'Summary', work: 'Experience', skills: 'Skills' },
    profile: [
      'Dispatcher, then carrier rep, and since 2023 account executive at a freight brokerage. I manage 30 shippers – ' +
        'manufacturers and distributors in Georgia and Alabama. The shipping managers and logistics directors decide ' +
        'which broker gets the load.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Account Executive', 'Peachtree Freight Brokers LLC', '2023-04', null, true, 'April 2023 – Present', [
        '30 shipper accounts, $8.5M gross revenue in 2025',
        'Rate quotes, lane bids, and the phone at 2 a.m. when a truck breaks down',
      ]),
      job(
        'Carrier Sales Representative',
        'Peachtree Freight Brokers LLC',
        '2021-08',
        '2023-03',
        false,
        'August 2021 – March 2023',
        ['Found and booked trucks for our shippers’ loads; carrier vetting'],
      ),
      job('Dispatcher', 'Chattahoochee Trucking Inc', '2018-02', '2021-07', false, 'February 2018 – July 2021'),
    ],
    education: [
      edu('high school', 'High School Diploma – Columbia Drive High School, Decatur, 2017', {
        institution: 'Columbia Drive High School',
        endYear: 2017,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native')],
    skills: ['Works under pressure', 'Negotiation', 'McLeod, DAT, Truckstop'],
    clientBase: { activeAccounts: 30, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'stress_resistance'],
  },
  {
    id: 'en-h42-20-new-zealand-ashburton-senior-rural-relationship-manager',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Six Hundred Twenty',
    email: 'rural.ashburton4220@example.com',
    phone: '03 308 4220',
    contactLines: ['Ashburton 7700', 'Mobile 027 420 2020'],
    headings: { profile: 'Profile', work: 'Career', skills: 'Skills' },
    profile: [
      'Thirty-eight years with one bank, the last twenty-five of them as a rural relationship manager in mid and ' +
        'South Canterbury. I look after 95 farming clients – dairy, arable, sheep and beef – and work with the farm ' +
        'owners and family trusts who make the decisions, and with their accountants.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Senior Rural Relationship Manager',
        'Canterbury Plains Bank',
        '2012',
        null,
        true,
        '2012 – present',
        ['95 farming clients; lending of NZ$410m', 'Mentoring of two junior rural managers'],
        'Ashburton',
      ),
      job(
        'Rural Relationship Manager',
        'Canterbury Plains Bank',
        '2001',
        '2012',
        true,
        '2001 – 2012',
        undefined,
        'Timaru',
      ),
      job(
        'Rural Lending Officer',
        'Canterbury Plains Bank',
        '1995',
        '2001',
        false,
        '1995 – 2001',
        ['Loan applications and security for the rural managers'],
        'Timaru',
      ),
      job('Teller', 'Canterbury Plains Bank', '1988', '1995', false, '1988 – 1995', undefined, 'Geraldine'),
    ],
    education: [
      edu('short-cycle tertiary', 'Diploma in Agriculture – Selwyn Agricultural College, 1994', {
        field: 'Agriculture',
        institution: 'Selwyn Agricultural College',
        endYear: 1994,
      }),
      edu('secondary', 'University Entrance – Geraldine District High School, 1987', {
        institution: 'Geraldine District High School',
        endYear: 1987,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native')],
    skills: ['Relationship management', 'Financial analysis of farm budgets', 'Farm visits in gumboots'],
    clientBase: { activeAccounts: 95, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'financial_analysis', 'relationship_building'],
  },
  {
    id: 'en-h42-21-scotland-glasgow-contract-catering-client-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Six Hundred Twenty-One',
    email: 'catering.glasgow4221@example.net',
    phone: '07523 422 121',
    contactLines: ['Shawlands, Glasgow G41'],
    headings: { profile: 'Profile', work: 'Work experience', skills: 'Skills' },
    profile: [
      'Chef, catering manager and since 2019 client account manager. I manage 16 contracts – office staff ' +
        'restaurants, two colleges and three hospital staff cafés across the central belt – and meet the facilities ' +
        'directors who renew the contracts every quarter.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Client Account Manager',
          'Clydebank Contract Catering Ltd',
          '2019-11',
          null,
          true,
          'Nov 2019 – present',
          [
            '16 contracts, £7.4m annual turnover',
            'Retained 15 of 16 contracts at retender; won a college contract in 2024',
          ],
        ),
        lines: ['Nov 2019 – present: Client Account Manager, Clydebank Contract Catering Ltd'],
      },
      {
        ...job(
          'Catering Manager',
          'Clydebank Contract Catering Ltd',
          '2014-05',
          '2019-10',
          false,
          'May 2014 – Oct 2019',
          ['Staff restaurant for 1,200, team of 11'],
        ),
        lines: ['May 2014 – Oct 2019: Catering Manager, Clydebank Contract Catering Ltd'],
      },
      {
        ...job('Chef de Partie', 'The Merchant Quarter Hotel', '2008-03', '2014-04', false, 'Mar 2008 – Apr 2014'),
        lines: ['Mar 2008 – Apr 2014: Chef de Partie, The Merchant Quarter Hotel, Glasgow'],
      },
    ],
    education: [
      edu('vocational', 'SVQ Level 3 Professional Cookery – Kelvin College of Food, 2008', {
        field: 'Professional Cookery',
        institution: 'Kelvin College of Food',
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('REHIS Intermediate Food Hygiene', 'REHIS Intermediate Food Hygiene – 2023')],
    languages: [lang('en', 'native', 'English – native'), lang('it', 'B2', 'Italian – good (family)')],
    skills: ['Organised', 'Customer focus', 'Menu costing and contract reporting'],
    clientBase: { activeAccounts: 16, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'en-h42-22-ireland-galway-managed-it-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Six Hundred Twenty-Two',
    email: 'msp.galway4222@example.com',
    phone: '091 422 222',
    contactLines: ['Oranmore, Co. Galway', 'Mobile: 083 422 2022'],
    headings: { profile: 'Profile', work: 'Experience', skills: 'Skills', certifications: 'Certifications' },
    profile: [
      'From the service desk to account management at a managed IT provider. I look after 55 SME clients in ' +
        'Galway, Mayo and Clare – solicitors, GP practices, engineering firms – worth €3.6 million in annual ' +
        'recurring revenue. The owners and practice managers sign the managed-service agreements.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Account Manager',
        'Spiddal Managed IT Ltd',
        '2021-03',
        null,
        true,
        'March 2021 – present',
        ['Quarterly reviews, renewals, Microsoft 365 and security upgrades'],
        'Galway',
      ),
      job(
        'Service Desk Team Lead',
        'Spiddal Managed IT Ltd',
        '2017-05',
        '2021-02',
        false,
        'May 2017 – February 2021',
        ['Team of five engineers'],
        'Galway',
      ),
      job('IT Support Technician', 'Eyre Square Computers', '2014-06', '2017-04', false, 'June 2014 – April 2017'),
    ],
    education: [
      edu('bsc', 'BSc in Computing (Level 8) – Salthill Institute of Technology, 2010 – 2014', {
        field: 'Computing',
        institution: 'Salthill Institute of Technology',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Microsoft 365 Certified: Modern Desktop Administrator Associate',
        'Microsoft 365 Certified: Modern Desktop Administrator Associate (2022)',
      ),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('ga', 'B1', 'Irish – conversational')],
    skills: ['Customer-centric', 'Proactive', 'CompTIA Security+ (expired 2023)'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 3600000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'initiative'],
  },
  {
    id: 'en-h42-23-us-houston-industrial-gases-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Six Hundred Twenty-Three',
    email: 'cylinders.houston4223@example.org',
    phone: '(713) 555-4223',
    contactLines: ['Pasadena, TX 77502'],
    headings: { profile: 'Profile', work: 'Work History', skills: 'Skills' },
    profile: [
      'Drove the cylinder truck for four years, answered the phones for three, and have been an account manager ' +
        'since 2016. I manage 140 accounts across Greater Houston – welding and fab shops, machine shops, labs and ' +
        'breweries. The shop owners and plant buyers decide who fills their cylinders and bulk tanks.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Account Manager',
        'Bayou Industrial Gas Supply',
        '2016-03',
        null,
        true,
        '03/2016 – Present',
        [
          '140 accounts, about $12M in gas, rental and hardgoods sales a year',
          'Bulk tank conversions, cylinder rental agreements, welding supplies',
        ],
        'Pasadena',
      ),
      job(
        'Customer Service Representative',
        'Bayou Industrial Gas Supply',
        '2013-01',
        '2016-02',
        false,
        '01/2013 – 02/2016',
        undefined,
        'Pasadena',
      ),
      job('Truck Driver (CDL-A)', 'Gulf Freeway Cylinder Delivery', '2009-04', '2012-12', false, '04/2009 – 12/2012'),
    ],
    education: [
      edu('associate', 'Associate of Applied Science, Welding Technology – San Jacinto Bay College, 2009', {
        field: 'Welding Technology',
        institution: 'San Jacinto Bay College',
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [named('DOT Hazmat Training', 'DOT Hazmat Training – current (2025)')],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'native', 'Spanish – native')],
    skills: ['Negotiating', 'Relationship building', 'Gas safety and cylinder handling'],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h42-24-australia-adelaide-pharmacist-to-pharmacy-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Six Hundred Twenty-Four',
    email: 'pharmacy.adelaide4224@example.net',
    phone: '0403 422 424',
    contactLines: ['Norwood SA 5067'],
    headings: {
      profile: 'Profile',
      work: 'Work History',
      skills: 'Skills',
      certifications: 'Registration',
      workTable: ['Employer', 'Position', 'Dates'],
    },
    profile: [
      'Community pharmacist for nine years, pharmacy account manager for a wholesaler since 2020. I look after 70 ' +
        'community pharmacies in Adelaide and regional South Australia, and the pharmacist owners who decide their ' +
        'primary wholesaler.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job(
        'Pharmacy Account Manager',
        'Torrens Pharmaceutical Wholesale',
        '2020-07',
        null,
        true,
        'July 2020 – current',
        ['70 pharmacies, A$48m of purchases a year', 'Trading terms, generics programs and store visits'],
      ),
      job('Pharmacist in Charge', 'Glenelg Community Pharmacy', '2012-02', '2020-06', false, 'Feb 2012 – June 2020'),
      job('Intern Pharmacist', 'Glenelg Community Pharmacy', '2011-01', '2012-01', false, 'Jan 2011 – Jan 2012'),
    ],
    education: [
      edu('bachelor', 'Bachelor of Pharmacy – University of the Adelaide Plains, 2010', {
        field: 'Pharmacy',
        institution: 'University of the Adelaide Plains',
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [
      named('AHPRA registration – Pharmacist (General)', 'AHPRA registration – Pharmacist (General), current'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('el', 'B1', 'Greek – conversational')],
    skills: ['Communication skills', 'Analytical', 'Pharmacy dispensing systems'],
    clientBase: { activeAccounts: 70, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'communication'],
  },
  {
    id: 'en-h42-25-england-manchester-graduate-junior-account-manager-office-furniture',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Six Hundred Twenty-Five',
    email: 'desks.manchester4225@example.com',
    phone: '07376 422 525',
    contactLines: ['Levenshulme, Manchester M19'],
    headings: { profile: 'About me', work: 'Experience', education: 'Education', skills: 'Skills' },
    profile: [
      'Business and marketing graduate, a year into my first account job. I have taken over 30 existing small ' +
        'accounts in Salford and Trafford and I am building new business on top of them.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Junior Account Manager',
          'Irwell Office Interiors Ltd',
          '2025-10',
          null,
          true,
          'October 2025 – present',
          [
            'Quotes, space plans with the design team, follow-ups',
            'First fit-out won on my own: 40 desks for an accountancy firm',
          ],
        ),
        lines: ['October 2025 – present: Junior Account Manager, Irwell Office Interiors Ltd, Salford'],
      },
      {
        ...job(
          'Sales Assistant (part-time)',
          'Stepright Shoes',
          '2022-09',
          '2025-06',
          true,
          'September 2022 – June 2025',
        ),
        lines: ['September 2022 – June 2025: Sales Assistant (part-time), Stepright Shoes, Manchester Arndale'],
      },
    ],
    education: [
      edu('ba', 'BA (Hons) Business and Marketing – Oxford Road University, 2022 – 2025', {
        field: 'Business and Marketing',
        institution: 'Oxford Road University',
        startYear: 2022,
        endYear: 2025,
      }),
      edu('secondary', 'A levels: Business, English, Psychology – Levenshulme Sixth Form College, 2022', {
        institution: 'Levenshulme Sixth Form College',
        endYear: 2022,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('ar', 'A2', 'Arabic – basic (reading)')],
    skills: ['Team player', 'Time management', 'Canva, HubSpot, Excel'],
    clientBase: { activeAccounts: 30, segment: 'regional_smb' },
    competencies: ['organisation', 'teamwork'],
  },
  {
    id: 'en-h42-26-us-boston-employee-benefits-senior-relationship-manager-40-years',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Six Hundred Twenty-Six',
    email: 'benefits.boston4226@example.net',
    phone: '(617) 555-4226',
    contactLines: ['Quincy, MA 02169'],
    headings: {
      profile: 'Summary',
      work: 'Professional Experience',
      skills: 'Skills',
      certifications: 'Licenses and Designations',
      workTable: ['Years', 'Company', 'Title'],
    },
    profile: [
      'Forty years in group insurance and employee benefits: claims, underwriting, and for thirty years the client ' +
        'side. I manage 45 employer groups with 200 to 5,000 employees in Massachusetts, New Hampshire and Rhode ' +
        'Island. The CFOs and HR vice presidents who decide the renewal know me well, some of them for twenty years.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Senior Relationship Manager', 'Commonwealth Benefits Group', '2008', null, true, '2008 – present', [
        '45 groups, $31M in annual premium',
        'Mentoring of new relationship managers',
      ]),
      job('Account Executive', 'Bay State Mutual Life', '1996', '2008', true, '1996 – 2008'),
      job('Group Underwriter', 'Bay State Mutual Life', '1990', '1996', false, '1990 – 1996'),
      job('Claims Examiner', 'Bay State Mutual Life', '1986', '1990', false, '1986 – 1990'),
    ],
    education: [
      edu('ba', 'B.A. Economics – Neponset College, 1986', {
        field: 'Economics',
        institution: 'Neponset College',
        endYear: 1986,
      }),
    ],
    courses: [],
    certifications: [
      named('Certified Employee Benefit Specialist (CEBS)', 'Certified Employee Benefit Specialist (CEBS), 1999'),
      named(
        'Massachusetts Life and Health Producer License',
        'Massachusetts Life and Health Producer License – active',
      ),
    ],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('pt', 'B1', 'Portuguese – conversational (Azorean family)'),
    ],
    skills: ['Relationship management', 'Renewal strategy and funding analysis'],
    clientBase: { activeAccounts: 45, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'relationship_building'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-eighth held-out set's English CVs: people whose selling is one part of their work, or was, as they
 * write their CVs in 2026 in the UK, Ireland, the US, Canada, Australia, New Zealand, South Africa, India, Nigeria,
 * Ghana, Jamaica, Malta and Sri Lanka, written without reading the reader. Owner-managers and franchisees who do the
 * selling themselves and others who run the business while someone else sells; installers, surveyors, engineers,
 * agronomists, a tea taster and a hygienist who also quote and sell; branch, showroom and garden centre managers;
 * sellers who became sales managers or sales trainers; and people who hold a sales job beside another one (an on-call
 * firefighter, a teacher, a dental hygienist, a family shop). Job titles combine roles ("Franchisee & Director",
 * "Sales-cum-Service Engineer", "Tea Taster / Export Sales Executive") and the dates are written as such careers
 * write them ("From March 2017", "opened May 2013, still trading", "Apr. 2019 – Pres.", "1st September 2022").
 */
export const HELD_OUT_38_EN: CvSource[] = [
  {
    id: 'en-h38-01-england-leicester-sign-franchisee-who-sells',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Two Hundred One',
    email: 'signs.leicester3801@example.com',
    phone: '0116 496 0381',
    contactLines: ['Wigston, Leicestershire LE18'],
    tagline: 'Franchisee & Director – signs, vehicle graphics and print',
    headings: {
      profile: 'Summary',
      work: 'Employment',
      education: 'Qualifications',
      courses: 'Training',
      certifications: 'Tickets & Cards',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Sign and print franchisee with a sales background. I bought the Leicester and Rutland territory of a national ' +
        'sign franchise in March 2017 and I am the business’s only salesperson: I visit, measure up, quote and close, ' +
        'while my studio manager runs design and production with two fitters. Before that I spent almost seven years ' +
        'on the road selling packaging in the East Midlands, and eight years on the floor of a print firm. I plan to ' +
        'sell the franchise back to the network in 2027 and return to a field sales or key account role.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Franchisee & Director', 'SignMerlin Leicester Ltd', '2017-03', null, true, 'From March 2017', [
          'All of the selling is mine: I visit, measure up, quote and close; the studio manager runs design, print and fitting',
          'About 160 active business customers across Leicestershire and Rutland: shops, trades, estate agents, schools and two van hire firms',
          'Most are owner-managers who decide on the spot, so I quote the same day',
          'Turnover £640,000 in 2025; the network takes a 7% management fee',
          'Lettered or wrapped more than 300 vans since 2017',
        ]),
        lines: ['Franchisee & Director', 'SignMerlin Leicester Ltd (part of the SignMerlin network) · From March 2017'],
      },
      {
        ...job(
          'Area Sales Representative',
          'Midshires Packaging Ltd',
          '2010-06',
          '2017-02',
          true,
          'Jun 2010 – Feb 2017',
          [
            'Corrugated boxes, mailers and pallet wrap for about 90 manufacturers, food producers and distributors in the East Midlands',
            'Top rep in the company for new accounts in 2014 and 2015',
          ],
        ),
        lines: ['Area Sales Representative', 'Midshires Packaging Ltd, Coalville · Jun 2010 – Feb 2017'],
      },
      {
        ...job('Production Supervisor', 'Knighton Fields Print Ltd', '2006', '2010-05', false, '2006 – May 2010', [
          'Ran the finishing department, a team of six on two shifts',
        ]),
        lines: ['Production Supervisor', 'Knighton Fields Print Ltd, Leicester · 2006 – May 2010'],
      },
      {
        ...job('Print Finisher', 'Knighton Fields Print Ltd', '2002', '2006', false, '2002 – 2006'),
        lines: ['Print Finisher', 'Knighton Fields Print Ltd, Leicester · 2002 – 2006'],
      },
    ],
    education: [
      edu('secondary', 'BTEC National Diploma in Graphic Design – Leicester College, 2002', {
        field: 'Graphic Design',
        institution: 'Leicester College',
        endYear: 2002,
      }),
      edu('lower secondary', 'GCSEs (7) – Wigston Fields School, 2000', {
        institution: 'Wigston Fields School',
        endYear: 2000,
      }),
    ],
    courses: [
      named('Franchise induction programme', 'Franchise induction programme – four weeks, 2017'),
      named('Vehicle wrapping – advanced', 'Vehicle wrapping – advanced, 2019'),
    ],
    certifications: [named('IPAF PAL Card (3a, 3b)', 'IPAF PAL Card (3a, 3b) – valid to 2028')],
    languages: [lang('en', 'native', 'English – native'), lang('gu', 'B1', 'Gujarati – conversational (family)')],
    skills: [
      'Negotiation',
      'Networking – member of a local business breakfast group since 2018',
      'Time management',
      'Adobe Illustrator, FlexiSIGN, Xero',
    ],
    closing: [{ kind: 'paragraph', text: 'Full clean driving licence. References on request.' }],
    clientBase: { activeAccounts: 160, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h38-02-us-ohio-lawn-care-franchise-owner-former-turf-rep',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Two Hundred Two',
    email: 'turf.ohio3802@example.net',
    phone: '(614) 555-0138',
    contactLines: ['Dublin, OH 43017'],
    tagline: 'Turf professional | Former territory rep | Franchise owner-operator since 2019',
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Professional Experience',
      education: 'Education',
      courses: 'Training',
      certifications: 'Licenses',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Turfgrass graduate with twenty years in the green industry: golf course maintenance, seven years selling turf ' +
        'products to golf courses and landscape contractors, and since 2019 my own lawn care franchise. I am selling ' +
        'the franchise in spring 2027 and want to go back to a territory role with a turf, seed or equipment company.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Owner/Operator',
        'Scioto Turf Partners LLC',
        '2019-04',
        null,
        false,
        'Apr. 2019 – Pres.',
        [
          'Own and run a VerdaLine Lawn Care franchise covering northwest Columbus: 1,400 residential and 60 commercial lawn programs',
          'Three application crews: hiring, routing, equipment, chemical storage and safety',
          'Two seasonal sales reps and my office manager do the estimates and sign-ups; my time goes to the crews, the agronomy and the books',
          'Revenue of $1.1M in 2025',
        ],
        'Dublin, OH',
      ),
      job(
        'Territory Sales Representative',
        'Olentangy Turf Supply Co.',
        '2012-02',
        '2019-03',
        true,
        'Feb. 2012 – Mar. 2019',
        [
          'Fertilizer, seed, control products and irrigation parts to 85 golf courses, sports complexes and landscape contractors in central and southern Ohio',
          'Superintendents and owners made the buying decisions, usually at early-order time in the winter',
          'Territory sales grew from $2.4M to $3.9M',
        ],
        'Columbus, OH',
      ),
      job(
        'Assistant Superintendent',
        'Big Walnut Run Golf Club',
        '2006-05',
        '2012-01',
        false,
        'May 2006 – Jan. 2012',
        ['Crew of 14 in season; spray program, irrigation and equipment'],
        'Plain City, OH',
      ),
      job(
        'Grounds Crew',
        'Big Walnut Run Golf Club',
        '2002',
        '2005',
        false,
        'Summers 2002 – 2005 (during college)',
        undefined,
        'Plain City, OH',
      ),
    ],
    education: [
      edu('bsc', 'B.S. in Agriculture, Turfgrass Science – The Ohio State University, 2006', {
        field: 'Turfgrass Science',
        institution: 'The Ohio State University',
        endYear: 2006,
      }),
      edu('high school', 'High School Diploma – Big Darby High School, 2002', {
        institution: 'Big Darby High School',
        endYear: 2002,
      }),
    ],
    courses: [named('Sales negotiation for distributors', 'Sales negotiation for distributors – 2014')],
    certifications: [
      named(
        'Ohio Commercial Pesticide Applicator License',
        'Ohio Commercial Pesticide Applicator License (Cat. 3A, 3B, 6A) – current through 2027',
      ),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'B1', 'Spanish – conversational')],
    skills: [
      'Relationship management with superintendents and contractors',
      'Negotiating early-order programs',
      'Crew leadership and training',
      'QuickBooks, Real Green, Excel',
    ],
    clientBase: { activeAccounts: 85, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h38-03-ireland-mayo-kitchen-showroom-proprietor-designer',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Two Hundred Three',
    email: 'nephinview.kitchens3803@example.org',
    phone: '086 381 3803',
    contactLines: ['Castlebar, Co. Mayo'],
    headings: {
      profile: 'Profile',
      work: 'Work',
      education: 'Education',
      courses: 'Courses',
      skills: 'What I am good at',
      languages: 'Languages',
    },
    profile: [
      'Cabinetmaker by trade and kitchen designer by choice. I opened my own kitchen showroom in Castlebar in 2013 ' +
        'and I design and sell every kitchen we make, from the first visit to the signed order, while my brother runs ' +
        'the workshop and the fitting teams. We are closing the showroom at the end of 2026, and I am looking for a ' +
        'design and sales role with a kitchen or furniture manufacturer.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Proprietor & Kitchen Designer',
          'Nephin View Kitchens',
          '2013-05',
          null,
          true,
          'opened May 2013, still trading',
          [
            'I meet every customer, measure, design in 20-20 and quote; I sell on value, not on discount',
            'About 80 kitchens a year at an average of €14,000, nearly all for homeowners in Mayo, Sligo and Roscommon',
            'My brother runs the workshop (four cabinetmakers) and the fitting teams',
          ],
        ),
        lines: ['Nephin View Kitchens, Castlebar — Proprietor & Kitchen Designer — opened May 2013, still trading'],
      },
      {
        ...job('Kitchen Designer', 'Liffey Kitchen Studio', '2006-09', '2013-04', true, 'Sept 2006 to April 2013', [
          'Designed and sold kitchens and wardrobes in the showroom and on home visits; best conversion rate in the studio three years running',
        ]),
        lines: ['Liffey Kitchen Studio, Dublin — Kitchen Designer (sales, on commission) — Sept 2006 to April 2013'],
      },
      {
        ...job('Cabinetmaker', 'Clarinbridge Joinery Ltd', '1999', '2006', false, '1999 to 2006', [
          'Apprenticeship 1999 – 2003, then bench joiner on kitchens, stairs and shopfitting',
        ]),
        lines: ['Clarinbridge Joinery Ltd, Galway — Cabinetmaker — 1999 to 2006'],
      },
    ],
    education: [
      edu('vocational', 'National Craft Certificate in Cabinetmaking (apprenticeship) – GMIT Letterfrack, 2003', {
        field: 'Cabinetmaking',
        institution: 'GMIT Letterfrack',
        endYear: 2003,
      }),
      edu('secondary', 'Leaving Certificate Applied – Coláiste na Moy, Ballina, 1999', {
        institution: 'Coláiste na Moy',
        endYear: 1999,
      }),
    ],
    courses: [
      named('20-20 Design – advanced user', '20-20 Design – advanced user, 2014'),
      named('Start Your Own Business', 'Start Your Own Business – Local Enterprise Office, 2012'),
    ],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('ga', 'A2', 'Irish – basic')],
    skills: [
      'Consultative selling in the showroom and in the home',
      'Creative space planning for awkward rooms',
      'Organised – I run the diary, the orders and the fitting dates',
      'Costing and quoting',
    ],
    closing: [
      { kind: 'heading', text: 'Outside work' },
      { kind: 'paragraph', text: 'Sea swimming; under-14 football coach at the local GAA club.' },
    ],
    clientBase: null,
    competencies: ['innovation', 'organisation', 'sales'],
  },
  {
    id: 'en-h38-04-wales-carmarthen-pest-technician-to-field-surveyor',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Two Hundred Four',
    email: 'pla.surveyor3804@example.com',
    phone: '07700 900384',
    contactLines: ['Llangynnwr, Carmarthen SA31', 'Full UK licence, own van'],
    headings: {
      profile: 'Profile',
      work: 'Work History',
      education: 'Education and Qualifications',
      courses: 'Courses',
      certifications: 'Professional Registration',
      skills: 'Skills',
      languages: 'Languages / Ieithoedd',
      workTable: ['Dates', 'Post held', 'Organisation'],
    },
    profile: [
      'Welsh-speaking pest control surveyor from a farming family. After five years treating jobs as a technician I ' +
        'moved to the surveying side in 2021: I visit commercial sites, find the problem, write the pest-management ' +
        'plan, quote and sell the annual contract, and I still do treatments myself in busy weeks. I hold my own book ' +
        'of contract customers in Carmarthenshire, Pembrokeshire and Ceredigion.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Field Surveyor (Commercial)', 'Towy Vale Pest Services Ltd', '2021-01', null, true, 'Jan 2021 – present', [
        'Survey, quote and sell annual service contracts to food businesses, farms, care homes, schools and holiday parks',
        'My book: 130 contract customers; renewals run at about 92%',
        'Won 46 new contracts in 2025',
        'Still cover treatments and call-outs when the technicians are stretched',
      ]),
      job(
        'Pest Control Technician',
        'Towy Vale Pest Services Ltd',
        '2016-04',
        '2020-12',
        false,
        'Apr 2016 – Dec 2020',
        ['Routine visits and call-outs on a round of about 300 sites: rodents, insects, birds and moles'],
      ),
      job('Farm Worker', 'Family dairy farm', '2010-07', '2016-03', false, 'Jul 2010 – Mar 2016'),
    ],
    education: [
      edu('vocational', 'NVQ Level 2 in Agriculture – Coleg Sir Gâr, Gelli Aur, 2011', {
        field: 'Agriculture',
        institution: 'Coleg Sir Gâr',
        endYear: 2011,
      }),
      edu('lower secondary', 'TGAU / GCSEs (8) – Ysgol Bro Myrddin, 2010', {
        institution: 'Ysgol Bro Myrddin',
        endYear: 2010,
      }),
    ],
    courses: [
      named(
        'Wildlife and Countryside Act for pest controllers',
        'Wildlife and Countryside Act for pest controllers – 2019',
      ),
      named('Survey and proposal writing', 'Survey and proposal writing – 2021'),
    ],
    certifications: [
      named('RSPH Level 2 Award in Pest Management', 'RSPH Level 2 Award in Pest Management, 2016'),
      named('BASIS PROMPT registration', 'BASIS PROMPT registration – current, CPD points up to date'),
    ],
    languages: [
      lang('cy', 'native', 'Cymraeg / Welsh – mamiaith (mother tongue)'),
      lang('en', 'C1', 'Saesneg / English – fluent'),
    ],
    skills: [
      'Technical selling – I can explain the biology and the law to a site manager',
      'Organised: survey diary, reports and renewals in one system',
      'Working at height and in confined spaces',
    ],
    clientBase: { activeAccounts: 130, segment: 'regional_smb' },
    competencies: ['organisation', 'sales'],
  },
  {
    id: 'en-h38-05-australia-toowoomba-electrician-solar-design-sales-consultant',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Two Hundred Five',
    email: 'sparky.solar3805@example.com',
    phone: '0491 570 385',
    contactLines: ['Toowoomba QLD 4350'],
    tagline: 'Licensed electrician · CEC-accredited designer · solar and battery sales',
    headings: {
      contact: 'Contact',
      profile: 'About',
      work: 'Work Experience',
      education: 'Education & Training',
      courses: 'Short Courses',
      certifications: 'Licences & Accreditations',
      skills: 'Strengths',
      languages: 'Languages',
    },
    profile: [
      'A-grade electrician who moved into selling the systems I used to install. At Downs Sunworks I quote, design ' +
        'and sell residential and farm solar and battery systems three days a week and lead an install crew on the ' +
        'other two, so what I sell is what can actually go on the roof.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Solar Design & Sales Consultant / Electrician',
          'Downs Sunworks Pty Ltd',
          '2019-07',
          null,
          true,
          'Jul 2019 – Current (sales three days a week since 2022)',
          [
            'Home and farm visits: load assessment, system design, quote and close',
            'Sold 96 systems in FY2024–25 at an average of A$14,200',
            'No standing accounts – every sale is a new homeowner or farmer on the Darling Downs',
            'Lead a crew of two on install days; commissioning and handover',
          ],
        ),
        lines: [
          'Solar Design & Sales Consultant / Electrician',
          'Downs Sunworks Pty Ltd – Toowoomba QLD',
          'Jul 2019 – Current (sales three days a week since 2022)',
        ],
      },
      {
        ...job('Electrician', 'Gowrie Junction Electrical', '2012-02', '2019-06', false, 'Feb 2012 – Jun 2019', [
          'Domestic, rural and light commercial work; switchboard upgrades and pump sheds',
        ]),
        lines: ['Electrician', 'Gowrie Junction Electrical – Toowoomba QLD', 'Feb 2012 – Jun 2019'],
      },
      {
        ...job(
          'Apprentice Electrician',
          'Gowrie Junction Electrical',
          '2008-01',
          '2012-01',
          false,
          'Jan 2008 – Jan 2012',
        ),
        lines: ['Apprentice Electrician', 'Gowrie Junction Electrical – Toowoomba QLD', 'Jan 2008 – Jan 2012'],
      },
    ],
    education: [
      edu('vocational', 'Certificate III in Electrotechnology Electrician – TAFE Queensland, 2012', {
        field: 'Electrotechnology Electrician',
        institution: 'TAFE Queensland',
        endYear: 2012,
      }),
      edu('secondary', 'Queensland Certificate of Education (QCE) – Darling Heights State High School, 2007', {
        institution: 'Darling Heights State High School',
        endYear: 2007,
      }),
    ],
    courses: [
      named('Battery storage design', 'Battery storage design – 2023'),
      named('Selling solar ethically', 'Selling solar ethically – industry code workshop, 2022'),
    ],
    certifications: [
      named('Electrical Licence (QLD)', 'Electrical Licence (QLD) – unrestricted, current'),
      named(
        'Clean Energy Council Accredited Designer and Installer',
        'Clean Energy Council Accredited Designer and Installer (grid-connect PV and battery) – current to 2027',
      ),
    ],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Consultative selling',
      'Team player on site',
      'Time management across sales and install days',
      'OpenSolar, SolarEdge Designer',
    ],
    clientBase: null,
    competencies: ['organisation', 'sales', 'teamwork'],
  },
  {
    id: 'en-h38-06-scotland-inverness-builders-merchant-branch-manager-own-accounts',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Two Hundred Six',
    email: 'inverness.branch3806@example.org',
    phone: '01463 719 380',
    contactLines: ['Culloden, Inverness IV2'],
    headings: {
      profile: 'Profile',
      work: 'Employment',
      education: 'Education',
      courses: 'Courses',
      certifications: 'Tickets',
      skills: 'Key skills',
      languages: 'Languages',
    },
    profile: [
      'Builders’ merchant branch manager who never gave up his own customers. I run the Inverness branch – 14 staff, ' +
        'the yard, two trucks and the counter – and I personally look after the branch’s 40 largest trade accounts: ' +
        'builders, joiners and housing contractors in Inverness, the Black Isle and Nairn. Joiner by trade, so I can ' +
        'price a job off the drawings.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Branch Manager',
          'Firthside Timber & Building Supplies Ltd',
          '2020-08',
          null,
          true,
          'Aug 2020 to the present',
          [
            'Full P&L of a £6.8m branch: stock, staffing, health and safety',
            'Own portfolio of 40 trade accounts, about £2.9m a year; the owners of these firms decide where they buy, and I see most of them every fortnight',
            'Coaching the counter team on quoting and follow-up',
          ],
        ),
        lines: ['Aug 2020 to the present  |  BRANCH MANAGER  |  Firthside Timber & Building Supplies Ltd, Inverness'],
      },
      {
        ...job(
          'Assistant Branch Manager',
          'Firthside Timber & Building Supplies Ltd',
          '2016-03',
          '2020-07',
          false,
          'Mar 2016 – Jul 2020',
          ['Ran the yard, deliveries and the counter rota; no accounts of my own'],
        ),
        lines: ['Mar 2016 – Jul 2020  |  ASSISTANT BRANCH MANAGER  |  Firthside Timber & Building Supplies Ltd'],
      },
      {
        ...job(
          'Trade Counter Salesperson',
          'Firthside Timber & Building Supplies Ltd',
          '2011-05',
          '2016-02',
          true,
          'May 2011 – Feb 2016',
          ['Served, priced and quoted trade customers at the counter and on the phone'],
        ),
        lines: ['May 2011 – Feb 2016  |  TRADE COUNTER SALESPERSON  |  Firthside Timber & Building Supplies Ltd'],
      },
      {
        ...job('Joiner', 'Dores Road Joinery', '2005-08', '2011-04', false, 'Aug 2005 – Apr 2011', [
          'Apprentice, then time-served joiner: kit houses, kitchens, second fix',
        ]),
        lines: ['Aug 2005 – Apr 2011  |  JOINER  |  Dores Road Joinery, Inverness'],
      },
    ],
    education: [
      edu('vocational', 'SVQ Level 3 Carpentry and Joinery – Inverness College, 2009', {
        field: 'Carpentry and Joinery',
        institution: 'Inverness College',
        endYear: 2009,
      }),
      edu('lower secondary', 'Standard Grades (7) – Drumossie Academy, 2005', {
        institution: 'Drumossie Academy',
        endYear: 2005,
      }),
    ],
    courses: [
      named('ILM Level 3 Award in Leadership and Management', 'ILM Level 3 Award in Leadership and Management, 2017'),
      named('Timber frame estimating', 'Timber frame estimating – 2014'),
    ],
    certifications: [named('RTITB Counterbalance Forklift', 'RTITB Counterbalance Forklift – renewed 2025')],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('gd', 'A2', 'Scottish Gaelic – basic (evening classes)'),
    ],
    skills: [
      'Negotiating prices and credit terms with trade customers',
      'Coaching counter staff',
      'Estimating from drawings',
      'First Aid at Work – certificate expired 2023',
      'Merchant ERP, Excel',
    ],
    clientBase: { activeAccounts: 40, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation'],
  },
  {
    id: 'en-h38-07-us-michigan-territory-rep-to-national-sales-manager-adhesives',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Two Hundred Seven',
    email: 'nsm.adhesives3807@example.com',
    phone: '616-555-0177',
    contactLines: ['Grand Rapids, MI 49546', 'example.com/in/c3807'],
    tagline: 'National Sales Manager – Industrial Adhesives & Tapes',
    headings: {
      profile: 'Summary of Experience',
      work: 'Career',
      education: 'Education',
      courses: 'Professional Development',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Thirty years in industrial supplies, adhesives and tapes: warehouse, inside sales and eight years on a ' +
        'territory before I started managing reps in 2013. Since 2021 I have ' +
        'led a national team of seven territory reps and two inside reps, and I still own four national accounts ' +
        'myself – two RV manufacturers and two kitchen cabinet makers with plants in Indiana, Michigan, Pennsylvania ' +
        'and North Carolina. Looking for a VP Sales role, or a national account role with fewer miles.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('National Sales Manager', 'Grand River Bondline Inc.', '2021-01', null, true, '01/2021 – Present', [
          'Lead 7 territory reps and 2 inside sales reps: hiring, ride-alongs, coaching and quota setting',
          'Personally manage 4 national accounts; their VPs of purchasing award the annual supply agreements, and I negotiate them',
          'Company sales of $48M in 2025, up 11% on 2024',
          'Introduced a weekly forecast review and win/loss analysis',
        ]),
        lines: [
          'GRAND RIVER BONDLINE INC. — Grand Rapids, MI',
          'National Sales Manager                          01/2021 – Present',
        ],
      },
      {
        ...job(
          'Regional Sales Manager – Midwest',
          'Grand River Bondline Inc.',
          '2013-04',
          '2020-12',
          true,
          '04/2013 – 12/2020',
          ['Ran 4 reps in six states and kept 25 key accounts of my own'],
        ),
        lines: ['Regional Sales Manager – Midwest                04/2013 – 12/2020'],
      },
      {
        ...job(
          'Territory Sales Representative',
          'Grand River Bondline Inc.',
          '2005-06',
          '2013-03',
          true,
          '06/2005 – 03/2013',
          ['West Michigan and northern Indiana: about 120 furniture, RV and packaging plants'],
        ),
        lines: ['Territory Sales Representative                  06/2005 – 03/2013'],
      },
      {
        ...job('Inside Sales Representative', 'Plaster Creek Industrial Supply', '1999', '2005', true, '1999 – 2005', [
          'Phone and counter orders for maintenance supplies; quoted and followed up my own call list',
        ]),
        lines: [
          'PLASTER CREEK INDUSTRIAL SUPPLY — Wyoming, MI',
          'Inside Sales Representative                     1999 – 2005',
        ],
      },
      {
        ...job('Warehouse Associate', 'Plaster Creek Industrial Supply', '1996', '1999', false, '1996 – 1999'),
        lines: ['Warehouse Associate (while in college)          1996 – 1999'],
      },
    ],
    education: [
      edu('bba', 'B.B.A., Marketing – Grand Valley State University, 1996 – 2000 (evenings)', {
        field: 'Marketing',
        institution: 'Grand Valley State University',
        startYear: 1996,
        endYear: 2000,
      }),
      edu('high school', 'High School Diploma – Burton Heights High School, 1996', {
        institution: 'Burton Heights High School',
        endYear: 1996,
      }),
    ],
    courses: [
      named('Strategic Account Management Program', 'Strategic Account Management Program – 2016'),
      named('Sales management bootcamp', 'Sales management bootcamp – 2021'),
    ],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('de', 'A2', 'German – basic (three years in high school)'),
    ],
    skills: [
      'Coaching and developing reps',
      'Negotiation of annual supply agreements',
      'Forecasting and pipeline analysis',
      'Salesforce, Power BI, Excel',
    ],
    clientBase: { activeAccounts: 4, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation'],
  },
  {
    id: 'en-h38-08-south-africa-kzn-farm-manager-to-sales-agronomist',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Two Hundred Eight',
    email: 'agronomy.midlands3808@example.com',
    phone: '082 555 0838',
    contactLines: ['Howick, KwaZulu-Natal', 'Driver’s licence: Code EB'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Nationality: South African · Notice period: one calendar month',
      },
    ],
    headings: {
      profile: 'Profile',
      work: 'Employment Record',
      education: 'Academic Qualifications',
      courses: 'Short Courses',
      certifications: 'Professional Registrations',
      skills: 'Competencies',
      languages: 'Languages',
    },
    profile: [
      'Agronomist who sells. I grew up on a dairy farm near Howick, managed a maize and dairy operation for six years, ' +
        'and since 2017 I have been the sales agronomist for a seed, fertiliser and crop protection distributor in the ' +
        'KZN Midlands. I scout the fields, write the recommendations and take the orders: my 58 farming clients between ' +
        'Mooi River, Greytown and Richmond buy their inputs through me, and the farm owners decide the programme and ' +
        'sign the orders. Turnover on my clients was R41 million in 2025.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Time frame', title: 'Position held', employer: 'Company', duties: 'Key functions' },
    jobs: [
      job(
        'Sales Agronomist',
        'Umgeni Agri Inputs (Pty) Ltd',
        '2017-03',
        null,
        true,
        'March 2017 – current',
        [
          'Field scouting, soil and leaf sampling, written spray and fertiliser programmes',
          'Quotes, orders and account follow-up for 58 commercial farms',
          'Grower days and strip trials with the seed houses',
        ],
        'Howick',
      ),
      job(
        'Farm Manager',
        'Karkloof Valley Farming (Pty) Ltd',
        '2011-01',
        '2017-02',
        false,
        'January 2011 – February 2017',
        [
          '1,200 ha of maize and soya and a 600-cow dairy; 45 staff',
          'Bought the inputs for the farm – which is how I met the rep I later replaced',
        ],
        'Karkloof',
      ),
      job(
        'Research Technician',
        'Midlands Crop Research Trust',
        '2009-02',
        '2010-12',
        false,
        'February 2009 – December 2010',
        ['Maize cultivar and fertiliser trials on farmers’ fields'],
        'Pietermaritzburg',
      ),
    ],
    education: [
      edu('bsc', 'BSc Agric (Crop Science) – University of KwaZulu-Natal, 2005 – 2008', {
        field: 'Crop Science',
        institution: 'University of KwaZulu-Natal',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('secondary', 'Senior Certificate (Matric) with exemption – Karkloof High School, 2004', {
        institution: 'Karkloof High School',
        endYear: 2004,
      }),
    ],
    courses: [named('Precision agriculture and yield mapping', 'Precision agriculture and yield mapping – 2022')],
    certifications: [
      named('Pr.Sci.Nat. (Agricultural Science)', 'Pr.Sci.Nat. (Agricultural Science) – SACNASP, registered 2014'),
      named('AVCASA Pesticide Advisor', 'AVCASA Pesticide Advisor – registered, renewed 2025'),
    ],
    languages: [
      lang('en', 'native', 'English – home language'),
      lang('zu', 'C1', 'isiZulu – fluent (grew up on the farm)'),
      lang('af', 'B2', 'Afrikaans – good'),
    ],
    skills: [
      'Technical selling of seed, fertiliser and crop protection',
      'Relationship building with farm owners and managers',
      'Analytical – soil, leaf and yield data',
      'Farm budgeting',
    ],
    clientBase: { activeAccounts: 58, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'relationship_building', 'sales'],
  },
  {
    id: 'en-h38-09-india-coimbatore-sales-cum-service-engineer-pumps',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Two Hundred Nine',
    email: 'pumps.cbe3809@example.com',
    phone: '+91 94430 53809',
    contactLines: ['Saravanampatti, Coimbatore – 641035, Tamil Nadu'],
    headings: {
      profile: 'Career Summary',
      work: 'Work Experience',
      education: 'Educational Qualification',
      courses: 'Trainings',
      skills: 'Key Skills',
      languages: 'Languages Known',
      workTable: ['Employer', 'Designation', 'From – To'],
    },
    profile: [
      'Mechanical engineer with 14 years in agricultural and domestic pumps: design trainee, then five years as ' +
        'sales-cum-service engineer for a dealer, and since 2019 Area Sales Manager for a pump manufacturer in ' +
        'southern Tamil Nadu. I handle 62 dealers and 14 institutional customers (municipalities, textile mills and ' +
        'hospitals) in Madurai, Dindigul, Theni, Virudhunagar and Tirunelveli districts. Dealer proprietors decide their ' +
        'own stocking and are my main contacts. Secondary sales in my area: ₹42 crore in FY 2025-26.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job(
        'Area Sales Manager – South Tamil Nadu',
        'Noyyal Pumps & Motors Pvt. Ltd.',
        '2019-04',
        null,
        true,
        '01.04.2019 – Present',
        [
          'Appointing and developing dealers; monthly stock and scheme planning',
          'Institutional quotations and tenders',
          'Guide 3 service engineers on field complaints',
        ],
      ),
      job('Sales-cum-Service Engineer', 'Aliyar Pump Agencies', '2014-06', '2019-03', true, '02.06.2014 – 31.03.2019', [
        'Sold and installed agricultural pumpsets for farmers and contractors in Pollachi and Udumalpet',
        'Attended service calls and AMC visits for 35 AMC customers',
      ]),
      job(
        'Graduate Engineer Trainee (Design)',
        'Noyyal Pumps & Motors Pvt. Ltd.',
        '2012-07',
        '2014-05',
        false,
        '16.07.2012 – 31.05.2014',
        ['Impeller and casing drawings, test-bed trials'],
      ),
    ],
    education: [
      edu('bachelor', 'B.E. (Mechanical Engineering) – PSG College of Technology, Coimbatore, 2008 – 2012, CGPA 7.8', {
        field: 'Mechanical Engineering',
        institution: 'PSG College of Technology',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('secondary', 'HSC – Government Higher Secondary School, Pollachi, 2008 – 89%', {
        institution: 'Government Higher Secondary School, Pollachi',
        endYear: 2008,
      }),
      edu('lower secondary', 'SSLC – Government High School, Pollachi, 2006 – 91%', {
        institution: 'Government High School, Pollachi',
        endYear: 2006,
      }),
    ],
    courses: [named('Dealer management programme', 'Dealer management programme – 2021')],
    certifications: [],
    languages: [lang('ta', 'native', ''), lang('en', 'C1', ''), lang('ml', 'B1', ''), lang('hi', 'A2', '')],
    languagesText: ['Tamil (Mother tongue), English (Fluent), Malayalam (Conversational), Hindi (Basic)'],
    skills: [
      'Dealer network development',
      'Customer oriented',
      'Team player',
      'Negotiation skills',
      'SAP SD, MS Excel',
    ],
    closing: [
      { kind: 'heading', text: 'Personal Details' },
      { kind: 'bullets', items: ['Date of Birth: 14.06.1990', 'Marital Status: Married', 'Driving licence: LMV'] },
      { kind: 'heading', text: 'Declaration' },
      { kind: 'paragraph', text: 'I hereby declare that the above information is true to the best of my knowledge.' },
      { kind: 'paragraph', text: 'Place: Coimbatore' },
    ],
    clientBase: { activeAccounts: 76, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'teamwork'],
  },
  {
    id: 'en-h38-10-nigeria-lagos-key-account-executive-to-sales-trainer',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Two Hundred Ten',
    email: 'salestraining.lagos3810@example.net',
    phone: '0803 555 3810',
    contactLines: ['Surulere, Lagos'],
    afterContact: [
      { kind: 'paragraph', text: 'Date of birth: 03 March 1988 · State of origin: Ogun · Marital status: Married' },
    ],
    headings: {
      profile: 'Career Profile',
      work: 'Work Experience',
      education: 'Education',
      courses: 'Trainings Attended',
      certifications: 'Professional Certification',
      skills: 'Key Skills',
      languages: 'Languages',
    },
    profile: [
      'Sales professional turned sales trainer. I sold soft drinks and juices to shops, then to supermarket chains, ' +
        'for eight years before moving into training in 2019. Today I design and run the sales capability programme ' +
        'for 140 sales representatives and supervisors in six regions. In my last selling role I managed 16 modern ' +
        'trade accounts in Lagos and Ogun: 12 supermarket chains and 4 wholesalers, whose category buyers decided the ' +
        'listings. I would like to return to key account management.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Sales Capability Manager',
          'Lagoon Crest Beverages Ltd',
          '2022-01',
          null,
          false,
          'January, 2022 – Present',
          [
            'Design and deliver induction, product and route-to-market training for 140 reps and supervisors in six regions',
            'No customers or targets of my own',
          ],
        ),
        lines: ['SALES CAPABILITY MANAGER – Lagoon Crest Beverages Ltd, Lagos (January, 2022 – Present)'],
      },
      {
        ...job(
          'Sales Trainer',
          'Lagoon Crest Beverages Ltd',
          '2019-02',
          '2021-12',
          false,
          'February, 2019 – December, 2021',
          ['Classroom and field training for new sales representatives in Lagos and the South-West'],
        ),
        lines: ['SALES TRAINER – Lagoon Crest Beverages Ltd, Lagos (February, 2019 – December, 2021)'],
      },
      {
        ...job(
          'Key Account Executive – Modern Trade',
          'Lagoon Crest Beverages Ltd',
          '2015-08',
          '2019-01',
          true,
          'August, 2015 – January, 2019',
          [
            '16 accounts: 12 supermarket chains and 4 wholesalers in Lagos and Ogun',
            'Negotiated listings, promotions and shelf space with the category buyers',
            'Account sales of ₦2.1 billion in 2018',
          ],
        ),
        lines: [
          'KEY ACCOUNT EXECUTIVE – MODERN TRADE – Lagoon Crest Beverages Ltd, Lagos (August, 2015 – January, 2019)',
        ],
      },
      {
        ...job(
          'Sales Representative',
          'Lagoon Crest Beverages Ltd',
          '2011-11',
          '2015-07',
          true,
          'November, 2011 – July, 2015',
          ['Route sales to 300 shops and kiosks in Surulere and Yaba'],
        ),
        lines: ['SALES REPRESENTATIVE – Lagoon Crest Beverages Ltd, Lagos (November, 2011 – July, 2015)'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'National Youth Service' },
      {
        kind: 'paragraph',
        text: 'NYSC, Kano State, 2010 – 2011: taught Economics at a government secondary school (primary place of assignment).',
      },
    ],
    education: [
      edu('bsc', 'B.Sc. Marketing (Second Class Upper) – University of Lagos, 2005 – 2010', {
        field: 'Marketing',
        institution: 'University of Lagos',
        startYear: 2005,
        endYear: 2010,
      }),
      edu('secondary', 'WASSCE – Ikate Community Grammar School, 2004', {
        institution: 'Ikate Community Grammar School',
        endYear: 2004,
      }),
    ],
    courses: [
      named('Train the Trainer', 'Train the Trainer – 2019'),
      named('Key account negotiation', 'Key account negotiation – 2016'),
    ],
    certifications: [
      named(
        'CIPD Level 5 Associate Diploma in Organisational Learning and Development',
        'CIPD Level 5 Associate Diploma in Organisational Learning and Development (2023)',
      ),
    ],
    languages: [
      lang('en', 'C1', 'English – fluent'),
      lang('yo', 'native', 'Yoruba – native'),
      lang('ha', 'A2', 'Hausa – basic (NYSC year in Kano)'),
    ],
    skills: [
      'Coaching and mentoring reps and supervisors',
      'Communication skills',
      'Analysis of training results and field data',
      'Facilitation for groups of up to 40',
      'PowerPoint, Excel, LMS platforms',
    ],
    clientBase: { activeAccounts: 16, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'communication'],
  },
  {
    id: 'en-h38-11-england-cumbria-agricultural-rep-and-on-call-firefighter',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate Thirty-Two Hundred Eleven',
    email: 'edenvalley.rep3811@example.com',
    phone: '07700 900811',
    contactLines: ['Appleby-in-Westmorland, Cumbria CA16'],
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Employment History',
      education: 'Education',
      courses: 'Training',
      certifications: 'Qualifications',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Farmer’s son and agricultural merchant rep with two jobs that fit around each other: Monday to Friday I sell ' +
        'feed, fertiliser and seed to farms in the Eden Valley and the north Pennines, and for twelve years I have ' +
        'been an on-call firefighter at the Appleby station. Looking for a senior rep or key account role in feed or ' +
        'animal health.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Sales Representative',
        'Helm Wind Agri Supplies Ltd',
        '2018-02',
        null,
        true,
        'February 2018 – present',
        [
          'About 110 livestock and mixed farms between Penrith, Appleby and Alston; the farmers decide themselves, usually at the kitchen table',
          'Compound feed, minerals, fertiliser and grass seed – some 9,000 tonnes of feed a year on my farms',
          'Quote, order and chase payment; help with ration and reseeding plans',
        ],
        'Penrith',
      ),
      job(
        'On-call Firefighter',
        'County Fire and Rescue Service',
        '2014-09',
        null,
        false,
        'September 2014 – present (on call)',
        [
          'Crew member on the retained appliance: about 90 call-outs a year, road traffic collisions, farm and moorland fires',
        ],
        'Appleby station',
      ),
      job(
        'Farm Worker',
        'Family farm',
        '2008-07',
        '2018-01',
        false,
        'July 2008 – January 2018',
        ['Suckler cows and sheep, silage and lambing; I still help at lambing time'],
        'Appleby',
      ),
    ],
    education: [
      edu('secondary', 'Level 3 Extended Diploma in Agriculture – Eden Land-based College, 2008', {
        field: 'Agriculture',
        institution: 'Eden Land-based College',
        endYear: 2008,
      }),
      edu('lower secondary', 'GCSEs (8) – Appleby Moor School, 2006', {
        institution: 'Appleby Moor School',
        endYear: 2006,
      }),
    ],
    courses: [
      named('Ruminant nutrition for advisers', 'Ruminant nutrition for advisers – 2020'),
      named('Trauma care', 'Trauma care (fire service) – 2023'),
    ],
    certifications: [
      named('BASIS Certificate in Crop Protection', 'BASIS Certificate in Crop Protection, 2019'),
      named('FACTS Qualified Adviser', 'FACTS Qualified Adviser – current, annual CPD'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'A2', 'French – basic (school)')],
    skills: [
      'Relationship building with farming families',
      'Works under pressure – on the farm, on the road and on the fire ground',
      'Team player',
      'Organised: two rotas, one diary',
    ],
    clientBase: { activeAccounts: 110, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'en-h38-12-canada-halifax-coastal-engineer-seller-doer-to-business-development',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Two Hundred Twelve',
    nameLine: 'Candidate Thirty-Two Hundred Twelve, P.Eng.',
    email: 'coastal.bd3812@example.org',
    phone: null,
    contactLines: ['Dartmouth, NS  B2Y', 'Phone number on request'],
    headings: {
      profile: 'Profile',
      work: 'Professional Experience',
      education: 'Education',
      courses: 'Continuing Education',
      certifications: 'Professional Licensure',
      skills: 'Skills',
      languages: 'Languages',
      workTable: ['Years', 'Firm', 'Position'],
    },
    profile: [
      'Coastal engineer who found she liked winning the work as much as doing it. After fourteen years in design and ' +
        'project delivery – the last seven as a seller-doer principal who spent about a quarter of her time on ' +
        'proposals – I moved full-time into business development in 2023. I now hold the firm’s client relationships ' +
        'with 14 municipalities, port authorities and First Nations communities in Nova Scotia, New Brunswick, PEI and ' +
        'Newfoundland; their CAOs and directors of engineering award the work. Fees won in 2025: C$6.2M.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'employer', 'title'],
    jobs: [
      job(
        'Business Development Manager, Atlantic Canada',
        'Harbourline Engineering Ltd.',
        '2023',
        null,
        true,
        '2023 – present',
        [
          'Client plans, go/no-go decisions and proposals for marine, coastal protection and water projects',
          'Relationship lead for 14 public-sector clients',
          'Win rate of 41% on the proposals I led in 2025',
        ],
      ),
      job('Principal, Coastal Engineering', 'Harbourline Engineering Ltd.', '2016', '2022', false, '2016 – 2022', [
        'Project principal on breakwaters, wharves and shoreline protection; team of 9 engineers and technologists',
        'Seller-doer: about a quarter of my time went to proposals and client meetings, the rest to delivery',
      ]),
      job('Project Engineer', 'Harbourline Engineering Ltd.', '2011', '2015', false, '2011 – 2015'),
      job('Engineer-in-Training', 'Fundy Marine Consultants', '2009', '2010', false, '2009 – 2010'),
    ],
    education: [
      edu('master', 'M.A.Sc., Civil Engineering – Dalhousie University, 2009', {
        field: 'Civil Engineering',
        institution: 'Dalhousie University',
        endYear: 2009,
      }),
      edu('bachelor', 'B.Eng., Civil Engineering – Dalhousie University, 2007', {
        field: 'Civil Engineering',
        institution: 'Dalhousie University',
        endYear: 2007,
      }),
    ],
    courses: [
      named('Winning public-sector proposals', 'Winning public-sector proposals – 2023'),
      named('Coastal Engineering Short Course', 'Coastal Engineering Short Course – 2014'),
    ],
    certifications: [named('P.Eng.', 'P.Eng. – Engineers Nova Scotia, licensed since 2011')],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'B1', 'French – intermediate')],
    skills: [
      'Relationship management with public-sector clients',
      'Proposal strategy and writing',
      'Analytical',
      'Communication skills – council presentations and public meetings',
    ],
    closing: [
      { kind: 'heading', text: 'Other' },
      { kind: 'paragraph', text: 'PMP certification held 2015 – 2021, not renewed.' },
    ],
    clientBase: { activeAccounts: 14, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'communication', 'relationship_building'],
  },
  {
    id: 'en-h38-13-jamaica-montego-bay-teacher-and-part-time-insurance-advisor',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Two Hundred Thirteen',
    email: 'mobay.teacher3813@example.com',
    phone: '876-555-3813',
    contactLines: ['Ironshore, Montego Bay, St. James'],
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Employment',
      education: 'Education',
      certifications: 'Licences and Registration',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Mathematics teacher for twelve years and, since 2019, a part-time life and health insurance advisor. I look ' +
        'after about 180 policyholders – mostly fellow teachers, nurses and their families in St. James and Hanover – ' +
        'and I write most of my new business in the evenings and the school holidays. I want to make insurance my ' +
        'full-time career and grow into an agency role.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Insurance Advisor',
        'Caribbean Shield Life Assurance Ltd',
        '2019-03',
        null,
        true,
        'March 2019 – present (part-time, commission)',
        [
          'Needs reviews, life, health and pension plans for about 180 policyholders',
          'Qualified for the company’s sales conference in 2023 and 2025',
          'Annual premium on my book of about J$21 million',
        ],
        'Montego Bay',
      ),
      job(
        'Mathematics Teacher',
        'Bogue Hill High School',
        '2014-09',
        null,
        false,
        'September 2014 – present',
        ['CSEC and CAPE Mathematics; form teacher; I run the maths club'],
        'Montego Bay',
      ),
      job(
        'Sales Clerk',
        'Harbour Street Hardware',
        '2008-07',
        '2010-08',
        true,
        'July 2008 – August 2010 (before college)',
        ['Served and sold at the counter: tools, paint, plumbing'],
        'Montego Bay',
      ),
    ],
    education: [
      edu('bachelor', 'B.Ed. Secondary Mathematics – Sam Sharpe Teachers’ College, 2010 – 2014', {
        field: 'Secondary Mathematics',
        institution: 'Sam Sharpe Teachers’ College',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('secondary', 'CAPE (Pure Mathematics, Physics) and CSEC (8 subjects) – Montego Hills High School, 2008', {
        institution: 'Montego Hills High School',
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Licensed Insurance Agent (Life and Health)',
        'Licensed Insurance Agent (Life and Health) – Financial Services Commission, current',
      ),
      named('Registered Teacher', 'Registered Teacher – Jamaica Teaching Council'),
    ],
    languages: [lang('en', 'native', ''), lang('es', 'A2', '')],
    languageBlocks: [{ kind: 'bullets', items: ['English – native', 'Jamaican Patois – native', 'Spanish – basic'] }],
    skills: [
      'Communication skills – I explain compound interest for a living',
      'Time management',
      'Persuasive without pressure',
      'Excel, Google Classroom',
    ],
    clientBase: { activeAccounts: 180, segment: 'regional_smb' },
    competencies: ['communication', 'organisation', 'persuasiveness'],
  },
  {
    id: 'en-h38-14-ghana-accra-tile-showroom-manager-to-project-sales-manager',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Two Hundred Fourteen',
    email: 'tiles.accra3814@example.com',
    phone: '+233 24 555 3814',
    contactLines: ['East Legon, Accra', 'Digital address: GA-414-3814'],
    headings: {
      profile: 'Summary',
      work: 'Working Experience',
      education: 'Educational Background',
      courses: 'Courses',
      skills: 'Strengths',
      languages: 'Languages Spoken',
    },
    profile: [
      'Tiles and sanitary ware professional. I managed the flagship showroom of a tile importer for six years and in ' +
        '2021 moved to the projects side, where I sell tiles, sanitary ware and adhesives to contractors and ' +
        'developers. I manage 35 contractor and developer accounts in Greater Accra and the Ashanti Region; the ' +
        'company owners approve the orders themselves.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Project Sales Manager',
        'Korle Tiles & Sanitary Ltd',
        '2021-06',
        null,
        true,
        'June 2021 – present',
        [
          'Quotations from architects’ drawings, samples and site visits',
          '35 accounts: contractors, estate developers and two hotel projects',
          'Negotiating prices and payment terms with the owners',
          'Project sales of about US$2.4 million in 2025',
        ],
        'Spintex Road, Accra',
      ),
      job(
        'Showroom Manager',
        'Korle Tiles & Sanitary Ltd',
        '2015-03',
        '2021-05',
        false,
        'March 2015 – May 2021',
        [
          'Ran the flagship showroom: 9 staff, displays, stock and cash',
          'Walk-in customers were served by my sales staff',
          'Showroom turnover of GH₵ 14 million in 2020',
        ],
        'Spintex Road, Accra',
      ),
      job(
        'Sales Attendant',
        'Kaneshie Building Centre',
        '2010-01',
        '2013-08',
        true,
        'January 2010 – August 2013',
        ['Served and sold to walk-in customers and tilers'],
        'Kaneshie, Accra',
      ),
    ],
    education: [
      edu('bba', 'BBA (Marketing) – University of Professional Studies, Accra, 2013 – 2015', {
        field: 'Marketing',
        institution: 'University of Professional Studies',
        startYear: 2013,
        endYear: 2015,
      }),
      edu('short-cycle tertiary', 'HND Marketing – Accra Technical University, 2007 – 2010', {
        field: 'Marketing',
        institution: 'Accra Technical University',
        startYear: 2007,
        endYear: 2010,
      }),
      edu('secondary', 'WASSCE – Odorkor Senior High School, 2006', {
        institution: 'Odorkor Senior High School',
        endYear: 2006,
      }),
    ],
    courses: [
      named('Tile installation standards for sales staff', 'Tile installation standards for sales staff – 2018'),
    ],
    certifications: [],
    languages: [lang('en', 'C1', ''), lang('tw', 'native', ''), lang('fr', 'A2', '')],
    languageBlocks: [{ kind: 'bullets', items: ['English – fluent', 'Twi – native', 'Ga – good', 'French – basic'] }],
    skills: ['Reading architectural drawings', 'Negotiation', 'Customer-centric', 'Team player'],
    clientBase: { activeAccounts: 35, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'teamwork'],
  },
  {
    id: 'en-h38-15-england-norwich-territory-manager-to-sales-trainer-and-back',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Two Hundred Fifteen',
    email: 'ppe.norfolk3815@example.com',
    phone: '01603 496815',
    contactLines: ['Hellesdon, Norwich NR6'],
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Experience',
      education: 'Education',
      courses: 'Training',
      certifications: 'Qualifications',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Workwear and PPE territory manager who spent three years training other reps and came back to a territory – ' +
        'with the new starters still riding along with me. I look after 55 accounts in Norfolk and north Suffolk: ' +
        'construction, food processing, agriculture and two councils. The site and business owners sign the orders.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Territory Manager & Field Sales Trainer',
          'Wherry Workwear & PPE Ltd',
          '2022-09',
          null,
          true,
          '1st September 2022 – present',
          [
            'My own territory of 55 accounts, about £1.1m a year',
            'Every new rep spends their first 12 weeks riding along with me',
            'Won the company’s largest new account of 2025, a poultry processor with 1,400 staff',
          ],
        ),
        lines: [
          'Territory Manager & Field Sales Trainer',
          'Wherry Workwear & PPE Ltd, Norwich',
          '1st September 2022 – present',
        ],
      },
      {
        ...job(
          'Sales Trainer',
          'Wherry Workwear & PPE Ltd',
          '2019-03',
          '2022-08',
          false,
          '1st March 2019 – 31st August 2022',
          [
            'Induction and product training for 18 reps across East Anglia and the East Midlands; no territory of my own',
          ],
        ),
        lines: ['Sales Trainer', 'Wherry Workwear & PPE Ltd, Norwich', '1st March 2019 – 31st August 2022'],
      },
      {
        ...job(
          'Territory Manager',
          'Wherry Workwear & PPE Ltd',
          '2013-06',
          '2019-02',
          true,
          '3rd June 2013 – 28th February 2019',
          ['Norfolk territory, grown from 30 to 70 accounts'],
        ),
        lines: ['Territory Manager', 'Wherry Workwear & PPE Ltd, Norwich', '3rd June 2013 – 28th February 2019'],
      },
      {
        ...job(
          'Assistant Store Manager',
          'Broadland DIY Centre',
          '2008-04',
          '2013-05',
          false,
          'April 2008 – May 2013',
          ['Rotas, stock, deliveries and cash for a store of 25 staff'],
        ),
        lines: ['Assistant Store Manager', 'Broadland DIY Centre, Norwich', 'April 2008 – May 2013'],
      },
      {
        ...job('Sales Assistant', 'Broadland DIY Centre', '2005-07', '2008-03', true, 'July 2005 – March 2008'),
        lines: ['Sales Assistant', 'Broadland DIY Centre, Norwich', 'July 2005 – March 2008'],
      },
    ],
    education: [
      edu('secondary', 'A levels: Business Studies, PE – Wensum Valley Sixth Form College, 2005', {
        institution: 'Wensum Valley Sixth Form College',
        endYear: 2005,
      }),
    ],
    courses: [named('Coaching skills for sales trainers', 'Coaching skills for sales trainers – 2019')],
    certifications: [
      named('Level 3 Award in Education and Training', 'Level 3 Award in Education and Training (AET), 2019'),
      named('Fit2Fit accredited face fit tester', 'Fit2Fit accredited face fit tester – renewed 2026'),
    ],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('pt', 'A2', 'Portuguese – basic (many of my food-factory contacts are Portuguese)'),
    ],
    skills: [
      'Coaching new reps in the field',
      'Negotiation',
      'Resilient',
      'Presenting to site teams',
      'Salesforce, Excel',
    ],
    clientBase: { activeAccounts: 55, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'en-h38-16-us-wisconsin-print-shop-owner-to-account-executive',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Two Hundred Sixteen',
    email: 'print.milwaukee3816@example.com',
    phone: '(414) 555-0116',
    contactLines: ['Wauwatosa, WI 53213'],
    headings: {
      profile: 'Summary',
      work: 'Work History',
      education: 'Education',
      courses: 'Training',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Eleven years owning and running a quick-print shop taught me every part of the business except selling big. ' +
        'Since I sold the shop in 2019 I have been an account executive for a commercial printer, selling print, ' +
        'packaging and direct mail to 70 accounts in southeastern Wisconsin. My contacts are the marketing managers ' +
        'and business owners who approve the print buy.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Executive',
        'Menomonee Graphic Solutions',
        '2019',
        null,
        true,
        'Fall 2019 – Present',
        [
          '70 active accounts: manufacturers, health systems, colleges and nonprofits',
          'Quote, sell and manage print, packaging and direct-mail programs',
          'Sales of $3.2M in 2025',
        ],
        'Milwaukee, WI',
      ),
      job(
        'Owner',
        'Kinnickinnic Quick Print',
        '2008',
        '2019',
        false,
        '2008 – 2019 (sold the business)',
        [
          'Ran the shop: pressroom and bindery, 6 staff, estimating, payroll and the front counter',
          'Mostly walk-in and repeat small-business work; annual sales of about $900K',
        ],
        'Milwaukee, WI',
      ),
      job('Press Operator', 'Lakefront Litho Inc.', '1999', '2008', false, '1999 – 2008', undefined, 'West Allis, WI'),
      job(
        'Bindery Helper',
        'Lakefront Litho Inc.',
        '1997',
        '1999',
        false,
        'Summer 1997 – 1999',
        undefined,
        'West Allis, WI',
      ),
    ],
    education: [
      edu(
        'associate',
        'Associate of Applied Science, Printing and Publishing – Milwaukee Area Technical College, 1999',
        {
          field: 'Printing and Publishing',
          institution: 'Milwaukee Area Technical College',
          endYear: 1999,
        },
      ),
      edu('high school', 'High School Diploma – Hawthorne Glen High School, 1997', {
        institution: 'Hawthorne Glen High School',
        endYear: 1997,
      }),
    ],
    courses: [named('Selling print and marketing services', 'Selling print and marketing services – 2020')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('pl', 'A2', 'Polish – basic (my grandparents)')],
    skills: [
      'Customer-centric account management',
      'Estimating and job costing',
      'Negotiation',
      'PrintSmith, EFI Pace, Salesforce',
      'Certified G7 Professional (2016, expired 2019)',
    ],
    clientBase: { activeAccounts: 70, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'en-h38-17-malta-building-chemicals-rep-and-family-hardware-shop',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Two Hundred Seventeen',
    email: 'mosta.rep3817@example.com',
    phone: '+356 9955 3817',
    contactLines: ['Mosta, Malta'],
    afterContact: [{ kind: 'paragraph', text: 'Driving licence: Category B · Available for travel to Gozo' }],
    headings: {
      profile: 'Profile',
      work: 'Work Experience',
      education: 'Education',
      courses: 'Courses',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Sales representative for a building chemicals distributor, and the third generation in my family’s hardware ' +
        'shop in Mosta, where I still work on Saturdays. I visit contractors, tile fixers and hardware stores across ' +
        'Malta and Gozo – about 150 active customers, most of them owner-run businesses where the owner decides what ' +
        'to buy. My sales in 2025 were €1.4 million.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Dates', title: 'Job title', employer: 'Employer', duties: 'What the job involves' },
    jobs: [
      job(
        'Sales Representative',
        'Medi-Build Chemicals Ltd',
        '2018-10',
        null,
        true,
        '10/2018 – present',
        [
          'Waterproofing, tile adhesives, grouts and sealants for about 150 contractors and hardware stores across Malta and Gozo',
          'Product demonstrations on site, quotations and follow-up',
          'Sales of €1.4 million in 2025, up from €0.9 million in 2021',
        ],
        'Qormi',
      ),
      job(
        'Co-owner',
        'Tal-Mosta Hardware',
        '2020',
        null,
        false,
        '2020 – ongoing (Saturdays)',
        [
          'Took over my father’s share with my sister in 2020; she runs the shop during the week',
          'On Saturdays I do the ordering, the accounts and the staff rota; the counter is run by our two shop assistants',
        ],
        'Mosta',
      ),
      job(
        'Warehouse and Delivery Assistant',
        'Medi-Build Chemicals Ltd',
        '2016-06',
        '2018-09',
        false,
        '06/2016 – 09/2018',
        ['Picking, van deliveries and stock counts'],
        'Qormi',
      ),
      job(
        'Shop Assistant',
        'Tal-Mosta Hardware',
        '2012',
        '2019',
        true,
        '2012 – 2019 (Saturdays and summers)',
        ['Served and advised customers at the counter: paint, tools, plumbing and electrical'],
        'Mosta',
      ),
    ],
    education: [
      edu('bachelor', 'Bachelor of Commerce (Management) – University of Malta, 2013 – 2016', {
        field: 'Management',
        institution: 'University of Malta',
        startYear: 2013,
        endYear: 2016,
      }),
      edu('secondary', 'MATSEC Advanced Level (Accounting, Economics) – Naxxar Sixth Form, 2013', {
        institution: 'Naxxar Sixth Form',
        endYear: 2013,
      }),
    ],
    courses: [
      named('Waterproofing systems – applicator training', 'Waterproofing systems – applicator training, 2019'),
    ],
    certifications: [],
    languages: [
      lang('mt', 'native', 'Maltese – native'),
      lang('en', 'C1', 'English – fluent'),
      lang('it', 'B2', 'Italian – good (Italian TV)'),
    ],
    skills: ['Relationship building with contractors', 'Negotiation', 'Proactive', 'Excel, Sage'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 1_400_000, segment: 'national', decisionMakers: true },
    competencies: ['initiative', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h38-18-ireland-kilkenny-garden-centre-manager-no-sales',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Two Hundred Eighteen',
    email: 'nore.gardens3818@example.org',
    phone: '056 772 3818',
    contactLines: ['Thomastown, Co. Kilkenny'],
    headings: {
      profile: 'Profile',
      work: 'Employment History',
      education: 'Education & Training',
      courses: 'Courses',
      certifications: 'Certificates',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Horticulturist and garden centre manager with 38 years in the trade, from the potting benches to running a ' +
        'garden centre of 32 staff. I manage people, plants, stock and the shop floor; the selling on the floor is ' +
        'done by my plant area and shop teams, and the landscaping quotes by our design office. I am looking for a ' +
        'general manager or operations role in horticulture or retail.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Garden Centre Manager',
        'Brandon Hill Garden Centre',
        '2009-03',
        null,
        false,
        'March 2009 – current',
        [
          'Run a garden centre with a café and a landscape design office: 32 staff in season',
          'Buying plan with the owners; stock, rotas, health and safety, budgets',
          'Centre turnover of €3.2 million in 2025',
        ],
        'Thomastown',
      ),
      job(
        'Deputy Manager',
        'Brandon Hill Garden Centre',
        '2003-02',
        '2009-02',
        false,
        'February 2003 – February 2009',
        ['Plant area and outdoor sales area; staff training and the Christmas shop'],
        'Thomastown',
      ),
      job(
        'Nursery Supervisor',
        'Kilmacoliver Nurseries Ltd',
        '1994',
        '2003-01',
        false,
        '1994 – January 2003',
        ['Propagation and production of hardy nursery stock; team of 8'],
        'Carrick-on-Suir',
      ),
      job(
        'Apprentice Horticulturist',
        'County Council Parks Department',
        '1988',
        '1994',
        false,
        '1988 – 1994 (apprenticeship)',
        undefined,
        'Kilkenny',
      ),
    ],
    education: [
      edu('vocational', 'Certificate in Amenity Horticulture – FÁS and Teagasc apprenticeship, 1991', {
        field: 'Amenity Horticulture',
        endYear: 1991,
      }),
      edu('secondary', 'Leaving Certificate – Scoil Chiaráin, Thomastown, 1988', {
        institution: 'Scoil Chiaráin',
        endYear: 1988,
      }),
    ],
    courses: [
      named('Retail management for garden centres', 'Retail management for garden centres – 2010'),
      named('HACCP for the café', 'HACCP for the café – 2018'),
    ],
    certifications: [
      named('Professional User of Pesticides', 'Professional User of Pesticides (PPP registration) – current'),
      named('Manual Handling Instructor', 'Manual Handling Instructor – QQI, renewed 2024'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('ga', 'A2', 'Irish – basic')],
    skills: [
      'Team leadership',
      'Organised',
      'Customer focus on a busy Saturday',
      'Stock control and buying',
      'Plant health and integrated pest management',
    ],
    clientBase: null,
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'en-h38-19-us-georgia-brewery-co-founder-to-beer-distributor-rep',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Two Hundred Nineteen',
    email: 'lowcountry.beer3819@example.com',
    phone: null,
    contactLines: ['Savannah, GA 31405', 'example.com/in/c3819'],
    headings: {
      profile: 'About',
      work: 'Experience',
      education: 'Education',
      courses: 'Training',
      certifications: 'Certifications',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Brewer turned beer rep. I co-founded a small brewery in 2016 and brewed there for five years while my partner ' +
        'ran the taproom and the selling; since 2021 I have sold for a beer and wine distributor. I call on 140 bars, ' +
        'restaurants and bottle shops in coastal Georgia and the South Carolina Lowcountry, where the owners and ' +
        'beverage managers decide what goes on tap.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Sales Representative – On-Premise',
          'Marshgrass Beverage Distributors',
          '2021',
          null,
          true,
          'Mid-2021 – present',
          [
            '140 accounts between Brunswick, Savannah and Beaufort',
            'Tap placements, menus, staff training and events',
            'Case volume up 14% in 2025',
          ],
        ),
        lines: [
          'Sales Representative – On-Premise · Marshgrass Beverage Distributors, Savannah, GA · Mid-2021 – present',
        ],
      },
      {
        ...job('Co-founder & Head Brewer', 'Marsh Hen Brewing Co.', '2016', '2021', false, 'Early 2016 – mid-2021', [
          'Built the brewhouse and the recipes; 2,400 barrels a year at our peak',
          'My partner ran the taproom and did all the selling to bars and shops',
        ]),
        lines: [
          'Co-founder & Head Brewer · Marsh Hen Brewing Co., Savannah, GA · Early 2016 – mid-2021 (sold my share)',
        ],
      },
      {
        ...job('Assistant Brewer', 'Low Country Ales', '2012-05', '2015-12', false, 'May 2012 – December 2015', [
          'Brewing, cellar and packaging on a 15-barrel system',
        ]),
        lines: ['Assistant Brewer · Low Country Ales, Savannah, GA · May 2012 – December 2015'],
      },
      {
        ...job('Bartender', 'The Salt Marsh Tavern', '2010', '2012', false, '2010 – 2012 (during school)'),
        lines: ['Bartender · The Salt Marsh Tavern, Statesboro, GA · 2010 – 2012 (during school)'],
      },
    ],
    education: [
      edu('bsc', 'B.S. in Biology – Georgia Southern University, 2012', {
        field: 'Biology',
        institution: 'Georgia Southern University',
        endYear: 2012,
      }),
    ],
    courses: [named('Draft system quality', 'Draft system quality – 2022')],
    certifications: [named('Certified Cicerone®', 'Certified Cicerone® (2019)')],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'B1', 'Spanish – intermediate')],
    skills: [
      'Relationship building with owners and bar managers',
      'Creative menu and event ideas',
      'Self-starter',
      'VIP, Encompass, Excel',
    ],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'innovation', 'relationship_building'],
  },
  {
    id: 'en-h38-20-new-zealand-invercargill-builder-owner-operator-no-sales',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Two Hundred Twenty',
    email: 'southland.builder3820@example.net',
    phone: '027 555 3820',
    contactLines: ['Invercargill 9810'],
    headings: {
      profile: 'About me',
      work: 'Work history',
      education: 'Trade training',
      courses: 'Courses',
      certifications: 'Licences',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Builder with 26 years on the tools and twelve running my own small company. I price and build my own jobs – ' +
        'renovations, decks and extensions for homeowners around Southland – and I spent four years as an estimator ' +
        'before that. My knees are telling me to get off the roof, so I am looking for a technical sales rep role ' +
        'with a building products supplier or merchant, where I can use what I know about how products go together ' +
        'on site.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Director / Builder', 'Murihiku Renovations Ltd', '2014-04', null, false, 'April 2014 – current', [
          'Price, build and invoice my own jobs: about 25 renovations and extensions a year for homeowners',
          'Work comes by word of mouth; I have never advertised',
          'Manage subcontractors, consents and inspections',
        ]),
        lines: ['Murihiku Renovations Ltd — Director / Builder', 'April 2014 – current (own company, one employee)'],
      },
      {
        ...job('Estimator', 'Oreti Construction Ltd', '2010-02', '2014-03', false, 'Feb 2010 – Mar 2014', [
          'Take-offs and tender pricing for commercial and residential projects up to NZ$4 million',
          'The directors negotiated and signed the contracts',
        ]),
        lines: ['Oreti Construction Ltd — Estimator', 'Feb 2010 – Mar 2014'],
      },
      {
        ...job('Carpenter', 'Oreti Construction Ltd', '2004', '2010-01', false, '2004 – Jan 2010'),
        lines: ['Oreti Construction Ltd — Carpenter', '2004 – Jan 2010'],
      },
      {
        ...job('Apprentice Carpenter', 'Oreti Construction Ltd', '2000', '2004', false, '2000 – 2004'),
        lines: ['Oreti Construction Ltd — Apprentice Carpenter', '2000 – 2004'],
      },
    ],
    education: [
      edu('vocational', 'National Certificate in Carpentry (Level 4) – BCITO apprenticeship, 2004', {
        field: 'Carpentry',
        endYear: 2004,
      }),
      edu('lower secondary', 'School Certificate – Waihopai College, 1999', {
        institution: 'Waihopai College',
        endYear: 1999,
      }),
    ],
    courses: [named('Estimating with CostX', 'Estimating with CostX – 2011')],
    certifications: [
      named(
        'Licensed Building Practitioner (Carpentry, Site 2)',
        'Licensed Building Practitioner (Carpentry, Site 2) – current',
      ),
    ],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Pricing and estimating',
      'Negotiating with suppliers and subbies',
      'Organised',
      'Good communicator with clients and council inspectors',
    ],
    clientBase: null,
    competencies: ['negotiation', 'organisation'],
  },
  {
    id: 'en-h38-21-northern-ireland-ballymena-mechanic-to-car-sales-manager-40-years',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Two Hundred Twenty-One',
    email: 'ballymena.motors3821@example.com',
    phone: '028 2564 3821',
    contactLines: ['Ballymena, Co. Antrim BT43'],
    headings: {
      profile: 'Profile',
      work: 'Forty years in the motor trade',
      education: 'Education',
      courses: 'Manufacturer and trade training',
      certifications: 'Qualifications',
      skills: 'Skills',
      languages: 'Languages',
      workTable: ['Position', 'Dealership', 'Years'],
    },
    profile: [
      'Forty years in one trade: the first seventeen with a spanner or on the service desk, the last twenty-three ' +
        'selling cars. Since 2018 I have been sales manager at a family-owned franchised dealer. I run a team of five ' +
        'sales executives, appraise the part-exchanges and still sell myself – mostly to my own 25 business fleet ' +
        'customers across Co. Antrim and Co. Londonderry, whose owners and fleet managers decide the orders.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job('Sales Manager', 'Slemish Vale Motors Ltd', '2018', null, true, '2018 – present', [
        'Lead 5 sales executives: targets, stock, used-car buying and pricing',
        'My own 25 business fleet customers: builders, farm contractors, care providers and two taxi firms',
        'The dealership sold 610 new and used cars in 2025',
      ]),
      job('Business Manager', 'Slemish Vale Motors Ltd', '2012', '2018', true, '2012 – 2018', [
        'Sold finance, GAP insurance and paint protection to the buyers the sales executives handed over',
        'Finance penetration of 62% in my last year',
      ]),
      job('Sales Executive', 'Slemish Vale Motors Ltd', '2003', '2012', true, '2003 – 2012'),
      job('Service Advisor', 'Six Towns Garage Ltd', '1997', '2003', false, '1997 – 2003'),
      job('Vehicle Technician', 'Six Towns Garage Ltd', '1990', '1997', false, '1990 – 1997'),
      job('Apprentice Mechanic', 'Six Towns Garage Ltd', '1986', '1990', false, '1986 – 1990'),
    ],
    education: [
      edu('vocational', 'City & Guilds Motor Vehicle Craft Studies – Ballymena Technical College, 1990', {
        field: 'Motor Vehicle Craft Studies',
        institution: 'Ballymena Technical College',
        endYear: 1990,
      }),
      edu('lower secondary', 'O levels (4) – Kells Road Secondary School, 1986', {
        institution: 'Kells Road Secondary School',
        endYear: 1986,
      }),
    ],
    courses: [
      named('Used car appraisal and pricing', 'Used car appraisal and pricing – 2019'),
      named('Fleet and business sales', 'Fleet and business sales – 2015'),
    ],
    certifications: [
      named('IMI Level 3 Certificate in Vehicle Sales', 'IMI Level 3 Certificate in Vehicle Sales, 2005'),
    ],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Negotiating part-exchanges and fleet deals',
      'Coaching new executives on the showroom floor',
      'Team player',
      'Customer focus – many of my customers have bought four or five cars from me',
    ],
    clientBase: { activeAccounts: 25, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'customer_focus', 'negotiation', 'teamwork'],
  },
  {
    id: 'en-h38-22-canada-kelowna-dental-hygienist-and-territory-manager',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Two Hundred Twenty-Two',
    email: 'okanagan.dental3822@example.com',
    phone: '250-555-0122',
    contactLines: ['Kelowna, BC  V1Y'],
    headings: {
      profile: 'Profile',
      work: 'Experience',
      education: 'Education',
      courses: 'Continuing Education',
      certifications: 'Registration',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Registered dental hygienist who moved into dental sales in 2020 and still works one Saturday a month in the ' +
        'chair, to keep my registration and my credibility. I cover 95 dental clinics in the Okanagan, Kamloops and ' +
        'the Kootenays for a dental supply distributor; the practice owners decide which supplier and which ' +
        'equipment they use.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Territory Manager – Dental',
          'Kalamalka Dental Supply Co.',
          '2020-05',
          null,
          true,
          'May 2020 – present',
          [
            '95 clinics: consumables, small equipment and service plans',
            'Clinic sales of C$5.8M in 2025',
            'Lunch-and-learns for clinic teams on new materials',
          ],
        ),
        lines: ['Kalamalka Dental Supply Co. / Territory Manager – Dental / May 2020 – present'],
      },
      {
        ...job(
          'Registered Dental Hygienist',
          'Knox Mountain Dental Centre',
          '2008-09',
          null,
          false,
          'September 2008 – present (full-time until April 2020, now one Saturday a month)',
          ['Hygiene appointments, periodontal maintenance and patient education'],
        ),
        lines: [
          'Knox Mountain Dental Centre / Registered Dental Hygienist / September 2008 – present (full-time until April 2020, now one Saturday a month)',
        ],
      },
      {
        ...job(
          'Dental Assistant',
          'Knox Mountain Dental Centre',
          '2005-07',
          '2006-08',
          false,
          'July 2005 – August 2006',
        ),
        lines: ['Knox Mountain Dental Centre / Dental Assistant / July 2005 – August 2006'],
      },
    ],
    education: [
      edu('associate', 'Diploma in Dental Hygiene (two-year) – Pacific Coast College of Health Sciences, 2006 – 2008', {
        field: 'Dental Hygiene',
        institution: 'Pacific Coast College of Health Sciences',
        startYear: 2006,
        endYear: 2008,
      }),
      edu('post-secondary', 'Certified Dental Assisting certificate – Interior Career College, 2005', {
        field: 'Dental Assisting',
        institution: 'Interior Career College',
        endYear: 2005,
      }),
      edu('secondary', 'Dogwood Diploma (Grade 12) – Glenmore Secondary School, 2004', {
        institution: 'Glenmore Secondary School',
        endYear: 2004,
      }),
    ],
    courses: [named('Consultative selling for dental reps', 'Consultative selling for dental reps – 2021')],
    certifications: [
      named(
        'Registered Dental Hygienist',
        'Registered Dental Hygienist – BC College of Oral Health Professionals, active',
      ),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('pa', 'B1', 'Punjabi – conversational (family)')],
    skills: [
      'Clinical credibility with dentists and hygienists',
      'Relationship building',
      'Organised – 95 clinics, one car',
      'Communication skills',
    ],
    clientBase: { activeAccounts: 95, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h38-23-india-kochi-travel-franchise-owner-corporate-accounts',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Two Hundred Twenty-Three',
    email: 'kochi.travel3823@example.com',
    phone: '+91 98470 53823',
    contactLines: ['Kakkanad, Kochi – 682030, Kerala'],
    headings: {
      contact: 'Contact Details',
      profile: 'Professional Snapshot',
      work: 'Employment',
      education: 'Academics',
      courses: 'Trainings',
      skills: 'Skill Set',
      languages: 'Linguistic Proficiency',
    },
    profile: [
      'Travel professional with fourteen years in the trade. Since 2018 I own and run the Kakkanad franchise of a ' +
        'national travel agency network, and the corporate business is mine to win: I personally handle 40 company ' +
        'accounts in Ernakulam district – IT firms, hospitals and exporters – whose owners and directors decide which ' +
        'agency they use. Two counter staff look after walk-in holiday customers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Franchise Owner', 'Kakkanad Trips & Tours', '2018-01', null, true, 'Since Jan 2018', [
          'Win and manage corporate accounts: 40 companies, air, hotels, visas and MICE',
          'Corporate billing of ₹9.6 crore in FY 2025-26',
          'Two counter staff for walk-in holiday sales',
        ]),
        lines: ['Franchise Owner – Kakkanad Trips & Tours (a Yatrika Travel franchise) | Since Jan 2018'],
      },
      {
        ...job(
          'Senior Travel Consultant',
          'Periyar Coast Holidays Pvt. Ltd.',
          '2014-06',
          '2017-12',
          true,
          'Jun 2014 – Dec 2017',
          ['Sold holiday packages and group tours to walk-in and phone customers against monthly targets'],
        ),
        lines: ['Senior Travel Consultant – Periyar Coast Holidays Pvt. Ltd., Kochi | Jun 2014 – Dec 2017'],
      },
      {
        ...job(
          'Reservations Executive',
          'Cochin Air Reservations Centre Pvt. Ltd.',
          '2012-03',
          '2014-05',
          false,
          'Mar 2012 – May 2014',
          ['Airline bookings, changes and refunds by phone for travel agents'],
        ),
        lines: ['Reservations Executive – Cochin Air Reservations Centre Pvt. Ltd. | Mar 2012 – May 2014'],
      },
    ],
    education: [
      edu('bachelor', 'B.Com (Travel and Tourism) – Cochin College of Commerce, 2009 – 2012', {
        field: 'Travel and Tourism',
        institution: 'Cochin College of Commerce',
        startYear: 2009,
        endYear: 2012,
      }),
      edu('secondary', 'Plus Two (Commerce) – Kerala State Board, 2009', { endYear: 2009 }),
      edu('lower secondary', 'SSLC – Kerala State Board, 2007', { endYear: 2007 }),
    ],
    courses: [named('IATA Foundation in Travel and Tourism', 'IATA Foundation in Travel and Tourism – 2012')],
    certifications: [],
    languages: [lang('ml', 'native', ''), lang('en', 'C1', ''), lang('hi', 'B2', ''), lang('ta', 'B1', '')],
    languagesText: ['Malayalam – mother tongue; English – fluent; Hindi – good; Tamil – conversational'],
    skills: [
      'Corporate account management',
      'Entrepreneurial',
      'Negotiation with airlines and hotels',
      'Amadeus, Galileo, Tally',
    ],
    clientBase: { activeAccounts: 40, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation'],
  },
  {
    id: 'en-h38-24-australia-bendigo-salon-owner-to-education-and-sales-consultant',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Two Hundred Twenty-Four',
    email: 'bendigo.colour3824@example.com',
    phone: null,
    contactLines: ['Golden Square, Bendigo VIC 3555', 'Mobile on request'],
    headings: {
      profile: 'About me',
      work: 'Work history',
      education: 'Qualifications',
      courses: 'Short courses',
      skills: 'What I bring',
      languages: 'Languages',
    },
    profile: [
      'Hairdresser for twenty years and salon owner for eight. I sold my salon in 2023 and now visit salons for a ' +
        'professional hair-care distributor: I teach colour and cutting classes, and I take the salons’ orders. My 60 ' +
        'salons are spread across central and north-west Victoria, and the salon owners decide which colour brand ' +
        'they use.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Education & Sales Consultant',
          'Sandhurst Salon Supplies',
          '2023-07',
          null,
          true,
          'July 2023 – present',
          [
            '60 salons from Castlemaine to Mildura: in-salon colour education, new-season launches and orders',
            'Half my days are classes, half are sales calls',
            'Salon sales of A$1.3 million in 2025',
          ],
        ),
        lines: ['Education & Sales Consultant, Sandhurst Salon Supplies (July 2023 – present)'],
      },
      {
        ...job('Salon Owner', 'Hair on View Street', '2015', '2023-06', false, '2015 – June 2023', [
          'Owned and ran a four-chair salon: 3 stylists and an apprentice',
          'Bookings, stock, payroll and training; retail products sold at the desk',
        ]),
        lines: ['Salon Owner, Hair on View Street, Bendigo (2015 – June 2023, when I sold the salon)'],
      },
      {
        ...job('Senior Stylist', 'Pall Mall Hair Co.', '2006', '2015-02', false, '2006 – Feb 2015'),
        lines: ['Senior Stylist, Pall Mall Hair Co., Bendigo (2006 – Feb 2015)'],
      },
      {
        ...job('Apprentice Hairdresser', 'Pall Mall Hair Co.', '2003', '2006', false, '2003 – 2006'),
        lines: ['Apprentice Hairdresser, Pall Mall Hair Co., Bendigo (2003 – 2006)'],
      },
    ],
    education: [
      edu('vocational', 'Certificate III in Hairdressing – Bendigo TAFE, 2006', {
        field: 'Hairdressing',
        institution: 'Bendigo TAFE',
        endYear: 2006,
      }),
      edu('vocational', 'Certificate IV in Training and Assessment – 2023', {
        field: 'Training and Assessment',
        endYear: 2023,
      }),
      edu('secondary', 'VCE – Eaglehawk Secondary College, 2002', {
        institution: 'Eaglehawk Secondary College',
        endYear: 2002,
      }),
    ],
    courses: [
      named('Colour correction masterclass', 'Colour correction masterclass – 2019'),
      named('Salon business management', 'Salon business management – 2014'),
    ],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('el', 'B1', 'Greek – conversational (Dad’s side)')],
    skills: [
      'Teaching and presenting to salon teams',
      'Creative colour work',
      'Time management',
      'Building relationships with salon owners',
    ],
    clientBase: { activeAccounts: 60, segment: 'regional_smb', decisionMakers: true },
    competencies: ['innovation', 'organisation'],
  },
  {
    id: 'en-h38-25-sri-lanka-kandy-tea-taster-and-export-sales-executive',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Two Hundred Twenty-Five',
    email: 'ceylon.taster3825@example.com',
    phone: '+94 77 555 3825',
    contactLines: ['Peradeniya Road, Kandy, Sri Lanka'],
    headings: {
      profile: 'Summary',
      work: 'Professional Experience',
      education: 'Educational Qualifications',
      courses: 'Professional Courses',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Tea taster who sells. After three years as an assistant superintendent on an estate, I joined a Kandy tea ' +
        'exporter in 2015: I taste and value at the weekly Colombo auction, blend to the buyers’ standards and sell. ' +
        'I hold 22 importers and packers in Russia, the Middle East, Turkey and Japan; their owners and head buyers ' +
        'approve the samples and decide the contracts. Export sales on my accounts were USD 7.8 million in 2025.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Period of service', title: 'Designation', employer: 'Company', duties: 'Duties' },
    jobs: [
      job(
        'Tea Taster / Export Sales Executive',
        'Hanthana Tea Exports (Pvt) Ltd',
        '2015-04',
        null,
        true,
        'From April 2015 to date',
        [
          'Taste, value and bid at the Colombo auction for my buyers’ blends',
          'Offer, sample and negotiate contracts with 22 importers and packers',
          'Visits to Moscow, Dubai and Istanbul every year',
        ],
        'Kandy',
      ),
      job(
        'Assistant Superintendent',
        'Ambagamuwa Hills Estate',
        '2012-01',
        '2015-03',
        false,
        'January 2012 – March 2015',
        ['Field and factory management of a 400-hectare tea estate with 600 workers'],
        'Nuwara Eliya District',
      ),
    ],
    education: [
      edu('bsc', 'BSc (Agriculture) – University of Peradeniya, 2007 – 2011', {
        field: 'Agriculture',
        institution: 'University of Peradeniya',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('secondary', 'G.C.E. Advanced Level (Biology stream) – Hanthana Central College, 2006', {
        institution: 'Hanthana Central College',
        endYear: 2006,
      }),
      edu('lower secondary', 'G.C.E. Ordinary Level – Hanthana Central College, 2003', {
        institution: 'Hanthana Central College',
        endYear: 2003,
      }),
    ],
    courses: [
      named('Tea Tasting and Valuation', 'Tea Tasting and Valuation – in-house course, 2015 – 2017'),
      named('Certificate in Export Marketing', 'Certificate in Export Marketing – 2018'),
    ],
    certifications: [],
    languages: [
      lang('si', 'native', 'Sinhala – mother tongue'),
      lang('en', 'C1', 'English – fluent'),
      lang('ta', 'A2', 'Tamil – basic'),
      lang('ru', 'A2', 'Russian – basic (for the Moscow buyers)'),
    ],
    skills: ['Negotiation', 'Analytical palate and price judgement', 'Customer focus', 'Excel, auction catalogues'],
    clientBase: { activeAccounts: 22, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'customer_focus', 'negotiation'],
  },
  {
    id: 'en-h38-26-england-derby-graduate-sales-engineer-first-year',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Two Hundred Twenty-Six',
    email: 'grad.sales3826@example.org',
    phone: '07700 900826',
    contactLines: ['Allestree, Derby DE22'],
    headings: {
      profile: 'About me',
      work: 'Experience',
      education: 'Education',
      courses: 'Training',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Mechanical engineering graduate (2025) in my first year as a graduate sales engineer for a distributor of ' +
        'cutting tools and workholding. I spend my days in machine shops: I look at the job on the machine, work out ' +
        'the tool and the cycle time, quote and follow up. Since April 2026 I have my own patch of 30 small accounts ' +
        'in Derbyshire and Nottinghamshire, handed over by an engineer who retired.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Graduate Sales Engineer',
        'Derwent Edge Tooling Ltd',
        '2025-09',
        null,
        true,
        'Sept 2025 – present',
        [
          'Six months shadowing, then my own 30 accounts since April 2026',
          'Tool trials, cycle-time studies and quotations',
          'First order over £20k in July 2026',
        ],
        'Derby',
      ),
      job(
        'Applications Engineering Intern',
        'Hasland Machining Services Ltd',
        '2024-06',
        '2024-08',
        false,
        'Summer 2024 (June – August)',
        ['CAM programming support and tool trials on five-axis machines'],
        'Chesterfield',
      ),
    ],
    education: [
      edu('bachelor', 'BEng (Hons) Mechanical Engineering, 2:1 – University of Nottingham, 2022 – 2025', {
        field: 'Mechanical Engineering',
        institution: 'University of Nottingham',
        startYear: 2022,
        endYear: 2025,
      }),
      edu('secondary', 'A levels: Maths, Physics, Design & Technology – Allestree Park Sixth Form, 2022', {
        institution: 'Allestree Park Sixth Form',
        endYear: 2022,
      }),
    ],
    courses: [named('Cutting tool application course', 'Cutting tool application course – supplier academy, 2025')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'A2', 'Spanish – GCSE level')],
    skills: [
      'Technical selling',
      'Analytical – cycle-time and cost-per-part analysis',
      'Proactive',
      'SolidWorks, Fusion 360, Excel',
    ],
    clientBase: { activeAccounts: 30, segment: 'regional_smb' },
    competencies: ['analytical', 'initiative', 'sales'],
  },
];

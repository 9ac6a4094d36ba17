import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/** The thirteenth held-out set's English CVs: mostly the harder layouts (Europass, LinkedIn, prose, functional). */
export const HELD_OUT_13_EN: CvSource[] = [
  {
    id: 'en-h13-01-portuguese-europass-cork-kam',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seven Hundred One',
    nameLine: 'Europass CV\nCandidate Seven Hundred One',
    email: 'cand701.gaia@example.com',
    phone: '(+351) 912 555 701',
    contactLines: [
      'Nationality: Portuguese',
      'Date of birth: 14/02/1988',
      'Address: Rua do Exemplo 70, 4400-001 Vila Nova de Gaia (Portugal)',
    ],
    headings: {
      profile: 'ABOUT ME',
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      languages: 'LANGUAGE SKILLS',
      skills: 'COMMUNICATION AND INTERPERSONAL SKILLS',
      certifications: 'CERTIFICATES',
    },
    profile: [
      'Key account manager for natural cork stoppers, selling to wineries and sparkling-wine houses in France, Spain ' +
        'and Italy. Eleven years with the same family-owned group, from the order desk to its largest export accounts.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager – Export',
          'Corticeira do Douro, S.A.',
          '2022-03',
          null,
          true,
          '[ 01/03/2022 – Current ]',
        ),
        lines: [
          '[ 01/03/2022 – Current ]  Key Account Manager – Export',
          'Corticeira do Douro, S.A.  |  City: Santa Maria da Feira  |  Country: Portugal',
        ],
        bullets: [
          'Responsible for 26 wineries and sparkling-wine houses in France, Spain and Italy',
          'Sales to my accounts of EUR 5.8 million in 2025; group turnover EUR 61 million',
          'Yearly supply agreements and quality claims with the owners and technical directors who choose the closure',
        ],
      },
      {
        ...job(
          'Export Sales Executive',
          'Corticeira do Douro, S.A.',
          '2017-09',
          '2022-02',
          true,
          '[ 01/09/2017 – 28/02/2022 ]',
        ),
        lines: [
          '[ 01/09/2017 – 28/02/2022 ]  Export Sales Executive',
          'Corticeira do Douro, S.A.  |  City: Santa Maria da Feira  |  Country: Portugal',
        ],
        bullets: ['Spanish and French wineries below one million bottles a year: samples, quotes, trade fairs'],
      },
      {
        ...job(
          'Customer Service Officer',
          'Corticeira do Douro, S.A.',
          '2015-01',
          '2017-08',
          false,
          '[ 05/01/2015 – 31/08/2017 ]',
        ),
        lines: [
          '[ 05/01/2015 – 31/08/2017 ]  Customer Service Officer',
          'Corticeira do Douro, S.A.  |  City: Santa Maria da Feira  |  Country: Portugal',
        ],
        bullets: ['Order entry and delivery scheduling for export customers in four languages'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'VOLUNTEERING' },
      {
        kind: 'paragraph',
        text: '[ 2019 – Current ]  Volunteer, Banco Alimentar (food bank), Porto – collection weekends twice a year',
      },
    ],
    education: [
      edu(
        'master',
        '[ 2012 – 2014 ]  Master in Management (Mestrado em Gestão)\nUniversidade Católica Portuguesa – Porto  |  EQF level 7',
        { field: 'Management', institution: 'Universidade Católica Portuguesa', startYear: 2012, endYear: 2014 },
      ),
      edu(
        'bachelor',
        '[ 2009 – 2012 ]  Licenciatura (Bachelor) in Languages and International Relations\nUniversidade do Porto  |  EQF level 6',
        {
          field: 'Languages and International Relations',
          institution: 'Universidade do Porto',
          startYear: 2009,
          endYear: 2012,
        },
      ),
    ],
    courses: [],
    certifications: [named('WSET Level 2 Award in Wines', 'WSET Level 2 Award in Wines (2018)')],
    languages: [
      lang('pt', 'native', ''),
      lang('fr', 'C1', ''),
      lang('es', 'B2', ''),
      lang('en', 'B2', ''),
      lang('it', 'A2', ''),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): PORTUGUESE' },
      { kind: 'paragraph', text: 'Other language(s):' },
      {
        kind: 'paragraph',
        text: 'FRENCH\nLISTENING C1  READING C1  WRITING B2\nSPOKEN PRODUCTION C1  SPOKEN INTERACTION C1',
      },
      {
        kind: 'paragraph',
        text: 'SPANISH\nLISTENING C2  READING C1  WRITING B1\nSPOKEN PRODUCTION B2  SPOKEN INTERACTION B2',
      },
      {
        kind: 'paragraph',
        text: 'ENGLISH\nLISTENING B2  READING C1  WRITING B2\nSPOKEN PRODUCTION B2  SPOKEN INTERACTION B2',
      },
      {
        kind: 'paragraph',
        text: 'ITALIAN\nLISTENING B1  READING A2  WRITING A1\nSPOKEN PRODUCTION A2  SPOKEN INTERACTION A2',
      },
      {
        kind: 'paragraph',
        text: 'Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user',
      },
    ],
    skills: [
      'Negotiation of yearly supply agreements with winery owners',
      'Team player between the sales office, the plant and the quality lab',
      'Intercultural communication skills built at trade fairs in Bordeaux, Madrid and Verona',
    ],
    closing: [
      { kind: 'heading', text: 'DRIVING LICENCE' },
      { kind: 'paragraph', text: 'Driving Licence: B' },
      { kind: 'paragraph', text: 'WSET Level 3 Award in Wines – in progress, exam planned for 03/2027.' },
    ],
    clientBase: { activeAccounts: 26, annualRevenueEur: 5_800_000, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'negotiation', 'teamwork'],
  },
  {
    id: 'en-h13-02-uk-linkedin-export-insurance-broker',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Seven Hundred Two',
    email: 'c702.bristol@example.org',
    phone: '+44 7700 900702',
    contactLines: ['www.example.org/in/candidate702 (LinkedIn)'],
    tagline: 'Commercial Account Executive at Severnside Insurance Brokers | SME & Fleet',
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      skills: 'Top Skills',
      certifications: 'Certifications',
      languages: 'Languages',
      education: 'Education',
    },
    profile: [
      'I place and renew commercial insurance for owner-managed businesses in the South West: property, liability, ' +
        'fleet and professional indemnity. I came to broking from the claims side, which still helps when something ' +
        'goes wrong for a client. Working towards the Dip CII (two of six units passed).',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Commercial Account Executive',
          'Severnside Insurance Brokers Ltd',
          '2023-02',
          null,
          true,
          'February 2023 - Present (3 years 10 months)',
        ),
        lines: [
          'Severnside Insurance Brokers Ltd',
          '6 years 3 months',
          'Commercial Account Executive',
          'February 2023 - Present (3 years 10 months)',
          'Bristol, England, United Kingdom',
          'Book of business: 180 SME and fleet clients across Bristol, Somerset, Gloucestershire and Wiltshire, £2.9m ' +
            'of annual premium (c. €3.4m). I deal directly with the owners and finance directors.',
        ],
      },
      {
        ...job(
          'Account Handler',
          'Severnside Insurance Brokers Ltd',
          '2020-09',
          '2023-01',
          false,
          'September 2020 - January 2023 (2 years 5 months)',
        ),
        lines: [
          'Account Handler',
          'September 2020 - January 2023 (2 years 5 months)',
          'Bristol, England, United Kingdom',
          'Renewals, mid-term adjustments and insurer submissions for three account executives; no clients of my own.',
        ],
      },
      {
        ...job(
          'Claims Handler',
          'Avonmead Insurance plc',
          '2017-07',
          '2020-08',
          false,
          'July 2017 - August 2020 (3 years 2 months)',
        ),
        lines: [
          'Avonmead Insurance plc',
          'Claims Handler',
          'July 2017 - August 2020 (3 years 2 months)',
          'Bristol, United Kingdom',
          'Commercial property and motor claims up to £50k.',
        ],
      },
    ],
    education: [
      edu('ba', 'University of the West of England\nBachelor of Arts - BA, Business and Marketing · (2014 - 2017)', {
        field: 'Business and Marketing',
        institution: 'University of the West of England',
        startYear: 2014,
        endYear: 2017,
      }),
      edu('upper secondary', 'Bridgwater College\nA Levels, Business, English Literature, Psychology · (2012 - 2014)', {
        institution: 'Bridgwater College',
        startYear: 2012,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('Certificate in Insurance (Cert CII)')],
    languages: [lang('en', 'native', 'English (Native or Bilingual)'), lang('cy', 'A2', 'Welsh (Elementary)')],
    skills: ['Commercial Lines', 'Relationship Management', 'Negotiation'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 3_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h13-03-us-linkedin-text-dental-territory',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seven Hundred Three',
    nameLine:
      'Candidate Seven Hundred Three\nTerritory Sales Representative at Buckeye Dental Supply\nColumbus, Ohio, United States · Contact info',
    email: 'cand703.columbus@example.com',
    phone: '(614) 555-0703',
    headings: {
      profile: 'About',
      work: 'Experience',
      education: 'Education',
      skills: 'Skills',
      languages: 'Languages',
      certifications: 'Licenses & certifications',
    },
    profile: [
      'Former dental assistant who now sells consumables and small equipment to dental practices. I know what a ' +
        'Monday morning in a practice looks like, and I plan my visits around it.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Territory Sales Representative',
          'Buckeye Dental Supply',
          '2023-08',
          null,
          true,
          'Aug 2023 - Present · 3 yrs 4 mos',
        ),
        lines: [
          'Buckeye Dental Supply',
          'Full-time · 6 yrs 2 mos',
          'Territory Sales Representative',
          'Aug 2023 - Present · 3 yrs 4 mos',
          'Columbus, Ohio, United States · On-site',
          '120 practices across central and southern Ohio, most of them owned by the dentists I sit down with. ' +
            '$3.2M in annual sales on the territory.',
        ],
      },
      {
        ...job(
          'Inside Sales Representative',
          'Buckeye Dental Supply',
          '2020-10',
          '2022-03',
          true,
          'Oct 2020 - Mar 2022 · 1 yr 6 mos',
        ),
        lines: [
          'Inside Sales Representative',
          'Oct 2020 - Mar 2022 · 1 yr 6 mos',
          'Columbus, Ohio, United States · Remote',
          'Phone and e-mail orders for 400+ practices; upsold the preventive range.',
          'Career Break',
          'Parental leave',
          'Apr 2022 - Jul 2023 · 1 yr 4 mos',
          'Home with our twins for their first year.',
        ],
      },
      {
        ...job(
          'Dental Assistant',
          'Scioto Family Dentistry',
          '2016-06',
          '2020-09',
          false,
          'Jun 2016 - Sep 2020 · 4 yrs 4 mos',
        ),
        lines: [
          'Dental Assistant',
          'Scioto Family Dentistry · Full-time',
          'Jun 2016 - Sep 2020 · 4 yrs 4 mos',
          'Westerville, Ohio, United States',
        ],
      },
    ],
    education: [
      edu(
        'associate',
        'Columbus State Community College\nAssociate of Applied Science - AAS, Dental Assisting\n2014 - 2016',
        {
          field: 'Dental Assisting',
          institution: 'Columbus State Community College',
          startYear: 2014,
          endYear: 2016,
        },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'Dental Sales Professional Certificate',
        'Dental Sales Professional Certificate\nDental Trade Alliance\nIssued Mar 2024',
      ),
    ],
    languages: [
      lang('en', 'native', 'English\nNative or bilingual proficiency'),
      lang('es', 'B1', 'Spanish\nLimited working proficiency'),
    ],
    skills: ['Territory Management · Dental Products · Customer Retention · Relationship Building'],
    clientBase: { activeAccounts: 120, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'en-h13-04-irish-agri-sales-prose',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seven Hundred Four',
    email: 'candidate704@example.net',
    phone: '087 555 0704',
    contactLines: ['Dunmanway, Co. Cork'],
    headings: {
      profile: 'About me',
      work: 'My working life',
      skills: 'Strengths',
      education: 'Education',
      certifications: 'Tickets and certificates',
    },
    profile: [
      'Grew up on a dairy farm outside Dunmanway and have spent most of my working life selling to farmers. Straight ' +
        'talker, good with numbers, happy in a yard at seven in the morning.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Technical Sales Representative', 'Ilen Valley Co-op', '2019-04', null, true, 'Since April 2019'),
        lines: [
          'Since April 2019 I have been Technical Sales Representative with Ilen Valley Co-op, selling feed, fertiliser ' +
            'and animal health products to around 240 dairy and beef farmers in West Cork and South Kerry. The farmers ' +
            'make the buying decisions themselves, so most of my work happens on the farm, at the kitchen table. My ' +
            'customers take about 18,000 tonnes of feed a year, and the co-op as a whole turns over €210 million.',
        ],
      },
      {
        ...job(
          'Relief Milker',
          'Munster Farm Relief',
          '2016',
          '2019-03',
          false,
          'from 2016 until the end of March 2019',
        ),
        lines: [
          'Before that, from 2016 until the end of March 2019, I worked as a Relief Milker for Munster Farm Relief, covering milking ' +
            'and calving on about thirty farms, which is where most of my customers first met me. In 2015, after ' +
            'college, I spent a year in Western Australia on a working holiday visa, mostly on the grain harvest.',
        ],
      },
      {
        ...job('Counter Salesperson', 'Dunmanway Farm Supplies', '2011', '2014', true, 'from 2011 to 2014'),
        lines: [
          'All through college, from 2011 to 2014, I was the weekend Counter Salesperson at Dunmanway Farm Supplies, ' +
            'on the till and the phone.',
        ],
      },
    ],
    education: [
      edu('bsc', 'BSc (Hons) Agriculture, Cork Institute of Technology (now MTU), 2010 – 2014', {
        field: 'Agriculture',
        institution: 'Cork Institute of Technology',
        startYear: 2010,
        endYear: 2014,
      }),
      edu(
        'post-secondary',
        'Green Cert (QQI Level 6 Advanced Certificate in Agriculture), Clonakilty Agricultural College, part-time, 2016 – 2017',
        { institution: 'Clonakilty Agricultural College', startYear: 2016, endYear: 2017 },
      ),
      edu('secondary', 'Leaving Certificate, St. Finbarr’s Community School, Dunmanway, 2010', {
        institution: 'St. Finbarr’s Community School',
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Responsible Person (Licensed Merchant) – animal remedies',
        'Responsible Person (Licensed Merchant) – animal remedies, 2019',
      ),
    ],
    languages: [lang('en', 'native', ''), lang('ga', 'B1', ''), lang('de', 'A2', '')],
    languagesText: [
      'English is my first language. Irish from school (conversational), and a bit of German from the Leaving Cert – basic.',
    ],
    skills: [
      'Good with numbers: ration costings and margin over feed',
      'Networking at marts, discussion groups and shows',
      'Calm at calving time',
    ],
    closing: [
      {
        kind: 'paragraph',
        text: 'Nutrient management planning (B-Trained advisor course) – in progress, finishing 2027.',
      },
      { kind: 'paragraph', text: 'Full clean driving licence (B and W). Referees available on request.' },
    ],
    clientBase: { activeAccounts: 240, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'en-h13-05-india-pharma-abm-table-designation-first',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Seven Hundred Five',
    nameLine: 'CURRICULUM VITAE\nCandidate Seven Hundred Five',
    email: 'c705.pune@example.com',
    phone: '+91 98220 55705',
    contactLines: ['Kothrud, Pune – 411038, Maharashtra', 'Date of Birth: 03-09-1989 | Marital Status: Married'],
    headings: {
      profile: 'Career Objective',
      work: 'Work Experience',
      workTable: ['Designation', 'Duration', 'Organisation'],
      education: 'Educational Qualification',
      skills: 'Key Skills',
      languages: 'Languages Known',
      courses: 'Trainings Attended',
    },
    profile: [
      'Seeking a senior field management role in a growing pharma company where 12 years of prescription and trade ' +
        'sales experience in Maharashtra can add value.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'period', 'employer'],
    jobs: [
      job(
        'Area Business Manager',
        'Sahyadri Lifesciences Pvt. Ltd.',
        '2020-07',
        null,
        true,
        '15-Jul-2020 to till date',
        [
          'Handling 14 stockists across Pune, Satara and Kolhapur districts; negotiating credit terms and schemes with the stockist owners',
          'Leading a team of 7 Medical Representatives covering 1,200 doctors',
          'Achieved 112% of the annual target of INR 11 crore in FY 2025-26',
        ],
      ),
      job(
        'Senior Medical Representative',
        'Konkan Pharma Ltd.',
        '2016-05',
        '2020-06',
        true,
        '02-May-2016 to 30-Jun-2020',
        ['Promoted cardiology and diabetes brands to 180 doctors in Pune city'],
      ),
      job('Medical Representative', 'Konkan Pharma Ltd.', '2014-02', '2016-04', true, 'Feb-2014 to Apr-2016'),
      job(
        'Pharmacist',
        'Shree Ganesh Medical & General Stores',
        '2012-06',
        '2014-01',
        false,
        'June 2012 – January 2014',
      ),
    ],
    education: [
      edu('mba', 'MBA (Marketing), Yashwantrao Chavan Maharashtra Open University, 2017 – 2019 (distance mode)', {
        field: 'Marketing',
        institution: 'Yashwantrao Chavan Maharashtra Open University',
        startYear: 2017,
        endYear: 2019,
      }),
      edu('bachelor', 'B.Pharm, Bharati Vidyapeeth College of Pharmacy, Pune, 2008 – 2012 – First Class', {
        institution: 'Bharati Vidyapeeth College of Pharmacy',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('high school', 'HSC (Maharashtra State Board), 2008 – 71%', { endYear: 2008 }),
    ],
    courses: [
      named('Selling Skills Workshop', 'Selling Skills Workshop – Sahyadri Academy, 2021'),
      named('First-line Manager Programme', 'First-line Manager Programme, 2022'),
    ],
    certifications: [],
    languages: [
      lang('mr', 'native', 'Marathi – Mother tongue'),
      lang('hi', 'C1', 'Hindi – Fluent'),
      lang('en', 'C1', 'English – Fluent'),
    ],
    skills: ['Team handling and coaching of MRs', 'Stockist management', 'Negotiation', 'MS Excel, SFA reporting'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Declaration: I hereby declare that the information furnished above is true to the best of my knowledge.\nPlace: Pune',
      },
    ],
    clientBase: { activeAccounts: 14, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation'],
  },
  {
    id: 'en-h13-06-uk-functional-payments-bdm',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seven Hundred Six',
    email: 'cand706.salford@example.com',
    phone: '07700 900 706',
    contactLines: ['Salford, Greater Manchester'],
    headings: {
      profile: 'Skills and achievements',
      work: 'Employment',
      skills: 'Other skills',
      education: 'Education',
      certifications: 'Licences',
    },
    profile: [
      'Business development – I sign up and look after independent restaurants, cafés, bars and salons for card ' +
        'payments and till systems. My portfolio is 310 merchants across Greater Manchester and Cheshire, nearly all ' +
        'of them owner-run; last year I added 74 new ones.',
      'Account management – quarterly check-ins with the owners, pricing reviews, and saving accounts that are about ' +
        'to leave: churn on my book was 6% in 2025 against 11% for the region.',
      'Hospitality know-how – eleven years in restaurants and bars, the last five running a 140-cover restaurant with ' +
        'a team of 28 and £2.1m turnover.',
      'Training and mentoring – I onboard new BDMs in the North West team and shadow their first month.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Business Development Manager', 'Tillpoint Payments Ltd', '2021-09', null, true, 'Sept 2021 – present'),
        lines: ['Sept 2021 – present      Business Development Manager, Tillpoint Payments Ltd'],
      },
      {
        ...job('Restaurant Manager', 'Irwell Street Kitchen', '2016-04', '2021-08', false, 'Apr 2016 – Aug 2021'),
        lines: ['Apr 2016 – Aug 2021      Restaurant Manager, Irwell Street Kitchen'],
      },
      {
        ...job('Bar Supervisor', 'The Old Mill Tavern', '2013', '2016', false, '2013 – 2016'),
        lines: ['2013 – 2016                 Bar Supervisor, The Old Mill Tavern'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'April – July 2020 (furlough): volunteer driver for a community meals project in Salford.',
      },
    ],
    education: [
      edu('upper secondary', 'BTEC Level 3 National Diploma in Hospitality, Salford City College, 2008 – 2010', {
        field: 'Hospitality',
        institution: 'Salford City College',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('lower secondary', 'GCSEs (9, including English and Maths), Irwell Valley High School, 2008', {
        institution: 'Irwell Valley High School',
        endYear: 2008,
      }),
    ],
    courses: [named('Level 3 Award in Education and Training', 'Level 3 Award in Education and Training, 2023')],
    certifications: [named('Personal Licence Holder (APLH)', 'Personal Licence Holder (APLH) – 2014')],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'A2', 'Spanish – basic')],
    skills: ['Full UK driving licence', 'Salesforce, Excel, EPOS set-up', 'Resilient and self-motivated'],
    clientBase: { activeAccounts: 310, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'stress_resistance'],
  },
  {
    id: 'en-h13-07-lithuanian-old-europass-freight-sales',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Seven Hundred Seven',
    nameLine:
      'Curriculum Vitae\nEuropass\n\nPERSONAL INFORMATION\nFirst name(s) / Surname(s): Candidate Seven Hundred Seven',
    email: 'c707.vilnius@example.net',
    phone: '+370 612 55707',
    contactLines: ['Address: Žalgirio g. 7, LT-09300 Vilnius (Lithuania)', 'Nationality: Lithuanian', 'Gender: Male'],
    headings: {
      profile: 'Desired employment / Occupational field',
      work: 'Work experience',
      education: 'Education and training',
      languages: 'Personal skills and competences',
      skills: 'Social skills and competences',
      certifications: 'Certificates',
    },
    profile: ['Sales Manager – road freight and logistics (Nordic and German markets)'],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Dates',
      title: 'Occupation or position held',
      employer: 'Name and address of employer',
      duties: 'Main activities and responsibilities',
    },
    jobs: [
      job(
        'Sales Manager',
        'UAB Baltic Roadlink',
        '2020-03',
        null,
        true,
        'From 03/2020 to date',
        [
          'acquisition and management of 45 active shipper accounts in Germany, Denmark and Sweden (full and part loads to and from the Baltics)',
          'freight revenue from my accounts EUR 4.1 million in 2025',
          'rate agreements with the logistics directors who award the lanes',
          'the company runs 160 own trucks and works with some 300 partner carriers',
        ],
        'Ukmergės g. 250, Vilnius (Lithuania)',
      ),
      job(
        'Transport Manager (Forwarder)',
        'UAB Baltic Roadlink',
        '2016-06',
        '2020-02',
        false,
        'From 06/2016 to 02/2020',
        ['planning of 40 trucks on Scandinavian lanes, carrier sourcing, CMR documents'],
        'Ukmergės g. 250, Vilnius (Lithuania)',
      ),
      job(
        'Logistics Coordinator',
        'UAB Nemunas Cargo',
        '2013-09',
        '2016-05',
        false,
        'From 09/2013 to 05/2016',
        [],
        'Kaunas (Lithuania)',
      ),
    ],
    afterJobs: [
      {
        kind: 'table',
        rows: [
          ['Dates', 'From 02/2012 to 06/2012'],
          ['Occupation or position held', 'Erasmus exchange student (logistics and supply chain modules)'],
          ['Name and address of employer', 'VIA University College, Horsens (Denmark)'],
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Dates: 2009 – 2013\nTitle of qualification awarded: Bachelor of Business Management (Transport Logistics)\n' +
          'Name of organisation providing education: Vilnius Gediminas Technical University\n' +
          'Level in national or international classification: ISCED 6',
        {
          field: 'Transport Logistics',
          institution: 'Vilnius Gediminas Technical University',
          startYear: 2009,
          endYear: 2013,
        },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'Certificate of Professional Competence (CPC) for road transport managers',
        'Certificate of Professional Competence (CPC) for road transport managers, 2017',
      ),
    ],
    languages: [lang('lt', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B2', ''), lang('de', 'B1', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): Lithuanian' },
      {
        kind: 'table',
        header: [
          'Self-assessment  European level (*)',
          'Listening',
          'Reading',
          'Spoken interaction',
          'Spoken production',
          'Writing',
        ],
        rows: [
          [
            'English',
            'C1 Proficient user',
            'C1 Proficient user',
            'B2 Independent user',
            'B2 Independent user',
            'B2 Independent user',
          ],
          [
            'Russian',
            'B2 Independent user',
            'C1 Proficient user',
            'B2 Independent user',
            'B2 Independent user',
            'B1 Independent user',
          ],
          [
            'German',
            'B1 Independent user',
            'A2 Basic user',
            'B1 Independent user',
            'B1 Independent user',
            'A2 Basic user',
          ],
        ],
      },
      { kind: 'paragraph', text: '(*) Common European Framework of Reference (CEF) level' },
    ],
    skills: [
      'Communication skills gained in daily work with drivers, dispatchers and customers in four languages',
      'Resilient in peak season and during border delays',
    ],
    closing: [{ kind: 'paragraph', text: 'Driving licence: B, C' }],
    clientBase: { activeAccounts: 45, annualRevenueEur: 4_100_000, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'stress_resistance'],
  },
  {
    id: 'en-h13-08-dutch-greenhouse-kam-mixed-dutch-english',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Seven Hundred Eight',
    email: 'kandidaat708@example.org',
    phone: '+31 6 5570 0708',
    contactLines: ['Naaldwijk (Westland), Nederland', 'Rijbewijs B'],
    headings: {
      profile: 'Profiel / Profile',
      work: 'Werkervaring / Work experience',
      education: 'Opleiding / Education',
      courses: 'Cursussen / Courses',
      languages: 'Talen / Languages',
      skills: 'Vaardigheden / Skills',
    },
    profile: [
      'Key account manager in greenhouse technology. I sell climate screens and irrigation systems to growers abroad, ' +
        'mostly in English; a few customers still get my Dutch. Born and raised in the Westland, so I know ' +
        'horticulture from the inside.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Key Account Manager UK & Scandinavia',
          'Westlandse Kasinrichting B.V.',
          '2019-09',
          null,
          true,
          'sept. 2019 – heden',
        ),
        lines: [
          'sept. 2019 – heden: Key Account Manager UK & Scandinavia, Westlandse Kasinrichting B.V., Honselersdijk',
        ],
        bullets: [
          '24 growers (tomato, cucumber, flowers) in the UK, Norway and Sweden; the owners of these family nurseries decide on every project',
          'Orders from my accounts € 6,5 mln in 2025 (bedrijfsomzet € 48 mln)',
          'Offertes, projectbegeleiding and after-sales with our service engineers',
        ],
      },
      {
        ...job(
          'Accountmanager binnendienst',
          'Westlandse Kasinrichting B.V.',
          '2014-03',
          '2019-08',
          true,
          'maart 2014 – aug. 2019',
        ),
        lines: ['maart 2014 – aug. 2019: Accountmanager binnendienst, Westlandse Kasinrichting B.V., Honselersdijk'],
        bullets: ['Offertes en orders voor Nederlandse tuinders, telefonisch en per e-mail'],
      },
      {
        ...job('Teeltmedewerker', 'Kwekerij De Lier', '2010', '2014', false, '2010 – 2014'),
        lines: ['2010 – 2014: Teeltmedewerker (bijbaan naast studie / side job), Kwekerij De Lier'],
      },
    ],
    education: [
      edu(
        'hbo',
        'HBO Bedrijfskunde Agribusiness (Bachelor of Business Administration), Hogeschool Inholland Delft, 2010 – 2014',
        {
          field: 'Bedrijfskunde Agribusiness',
          institution: 'Hogeschool Inholland Delft',
          startYear: 2010,
          endYear: 2014,
        },
      ),
      edu('mbo 4', 'MBO niveau 4 Teelt en Techniek, Lentiz MBO Westland, 2007 – 2010', {
        field: 'Teelt en Techniek',
        institution: 'Lentiz MBO Westland',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Klimaatregeling in de glastuinbouw', 'Klimaatregeling in de glastuinbouw (Delphy), 2016'),
      named('Negotiating internationally', 'Negotiating internationally – 2 days, 2021'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'English – fluent'),
      lang('de', 'B2', 'Duits / German – goed'),
      lang('sv', 'A2', 'Zweeds / Swedish – basis'),
    ],
    skills: [
      'Klantgericht en commercieel',
      'Technical selling: screens, irrigation, climate computers',
      'Teeltkennis (tomaat, komkommer, chrysant)',
    ],
    clientBase: { activeAccounts: 24, annualRevenueEur: 6_500_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'sales'],
  },
  {
    id: 'en-h13-09-uk-building-materials-35-years',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seven Hundred Nine',
    email: 'c709.belper@example.com',
    phone: '07700 900 709',
    contactLines: ['Belper, Derbyshire'],
    headings: {
      profile: 'Personal statement',
      work: 'Career history',
      skills: 'Key skills',
      education: 'Education and qualifications',
      courses: 'Training',
    },
    profile: [
      'Thirty-five years in building materials, from the yard to national accounts. I have sold bricks, blocks, ' +
        'roofing and timber through merchants for most of my career and still enjoy a good range review. Looking for ' +
        'one more senior account role before I retire.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'National Account Manager – Merchants',
        'Peakstone Building Products Ltd',
        '2015-01',
        null,
        true,
        'Jan 2015 – present',
        [
          'Responsible for 11 merchant groups across the UK – the nationals and the larger independents, together some 1,400 branches',
          'Sales through my accounts £14m a year (about €16.5m), out of a company turnover of £120m',
          'Annual terms and range reviews with commercial directors and category buyers who decide what goes in the branches',
        ],
        'Derby',
      ),
      job(
        'Area Sales Manager – East Midlands',
        'Peakstone Building Products Ltd',
        '2004-06',
        '2014-12',
        true,
        'June 2004 – Dec 2014',
        ['Independent merchants and contractors across Derbyshire, Nottinghamshire and Leicestershire'],
        'Derby',
      ),
      job('Sales Representative', 'Trentside Roofing Supplies', '1998', '2004', true, '1998 – 2004', [], 'Nottingham'),
      job(
        'Assistant Branch Manager',
        'Hallam Builders Merchants',
        '1994',
        '1998',
        false,
        '1994 – 1998',
        ['Ran the trade counter and yard with 9 staff'],
        'Chesterfield',
      ),
      job('Yard Operative', 'Hallam Builders Merchants', '1991', '1994', false, '1991 – 1994', [], 'Chesterfield'),
    ],
    afterJobs: [
      { kind: 'paragraph', text: '1990 – 1996   Territorial Army, Royal Engineers (weekends and annual camps)' },
      { kind: 'paragraph', text: '2012 – 2020   Chair of Governors, Long Row Primary School, Belper (voluntary)' },
    ],
    education: [
      edu('short-cycle tertiary', 'HNC Building Studies, Chesterfield College (part-time), 1993 – 1995', {
        field: 'Building Studies',
        institution: 'Chesterfield College',
        startYear: 1993,
        endYear: 1995,
      }),
      edu('upper secondary', 'A-levels: Geography, Economics – Derwent Valley School, 1990', {
        institution: 'Derwent Valley School',
        endYear: 1990,
      }),
    ],
    courses: [
      named('Negotiating with Merchant Buyers', 'Negotiating with Merchant Buyers – BMF, 2017'),
      named('IOSH Managing Safely', 'IOSH Managing Safely, 2009'),
    ],
    certifications: [],
    languages: [lang('en', 'native', 'English (native)')],
    skills: ['Negotiation of annual terms', 'Range reviews and joint business plans', 'Coaching younger reps'],
    closing: [
      { kind: 'paragraph', text: 'Full driving licence. CSCS card held until 2019 (lapsed). References on request.' },
    ],
    clientBase: { activeAccounts: 11, annualRevenueEur: 16_500_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'negotiation'],
  },
  {
    id: 'en-h13-10-south-africa-business-banking-rm',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Seven Hundred Ten',
    email: 'cand710.capetown@example.com',
    phone: '+27 82 555 0710',
    contactLines: ['Durbanville, Cape Town', 'Own transport, Code B licence'],
    tagline: 'Relationship Manager: Business Banking',
    headings: {
      profile: 'Career Summary',
      work: 'Career History',
      skills: 'Competencies',
      education: 'Qualifications',
      languages: 'Languages',
    },
    profile: [
      'Business banker with eleven years at one bank, the last six as relationship manager to owner-managed businesses ' +
        'in the Northern Suburbs and the Boland. Analytical on credit, practical with clients.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Relationship Manager: Business Banking',
        'Cape Fynbos Bank Ltd',
        '2020-03',
        null,
        true,
        '01 March 2020 – Present',
        [
          'Portfolio of 95 business clients in the Northern Suburbs, Winelands and Boland with turnovers of R5m to R50m',
          'Lending book of R420m; deposits of R310m',
          'Credit, transactional and forex needs discussed directly with owners and financial directors',
        ],
        'Bellville',
      ),
      job(
        'Credit Analyst: Business Banking',
        'Cape Fynbos Bank Ltd',
        '2017-02',
        '2020-02',
        false,
        '01 February 2017 – 29 February 2020',
        [],
        'Cape Town',
      ),
      job(
        'Teller',
        'Cape Fynbos Bank Ltd',
        '2015-01',
        '2017-01',
        false,
        '12 January 2015 – 31 January 2017',
        [],
        'Paarl',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Other' },
      { kind: 'paragraph', text: 'Treasurer (volunteer), Durbanville Rugby Club, 2019 – present' },
    ],
    education: [
      edu('bachelor', 'BCom Honours (Financial Management), Stellenbosch University, 2014', {
        field: 'Financial Management',
        institution: 'Stellenbosch University',
        endYear: 2014,
      }),
      edu('bachelor', 'BCom (Accounting), Stellenbosch University, 2010 – 2013', {
        field: 'Accounting',
        institution: 'Stellenbosch University',
        startYear: 2010,
        endYear: 2013,
      }),
      edu('secondary', 'National Senior Certificate (Matric), Hoërskool Drakenstein, 2009', {
        institution: 'Hoërskool Drakenstein',
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [named('Regulatory Examination RE5', 'Regulatory Examination RE5 (2016)')],
    languages: [lang('af', 'native', ''), lang('en', 'C1', ''), lang('xh', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Language', 'Speak', 'Read', 'Write'],
        rows: [
          ['Afrikaans', 'Home language', 'Home language', 'Home language'],
          ['English', 'Fluent', 'Fluent', 'Fluent'],
          ['isiXhosa', 'Basic', 'Basic', '–'],
        ],
      },
    ],
    skills: [
      'Financial analysis of business credit applications',
      'Relationship management',
      'Bilingual service (Afrikaans and English)',
    ],
    clientBase: { activeAccounts: 95, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'financial_analysis', 'relationship_building'],
  },
  {
    id: 'en-h13-11-quebec-foodservice-rep-french-english',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Seven Hundred Eleven',
    email: 'c711.longueuil@example.net',
    phone: '450 555-0711',
    contactLines: ['Longueuil (Québec)'],
    tagline: 'Représentante des ventes – food service / Sales Representative',
    headings: {
      contact: 'Coordonnées / Contact',
      profile: 'Profil / Profile',
      work: 'Expérience / Experience',
      education: 'Formation / Education',
      skills: 'Compétences / Skills',
      languages: 'Langues / Languages',
      courses: 'Perfectionnement / Training',
      certifications: 'Certifications',
    },
    profile: [
      'Représentante des ventes en distribution alimentaire depuis 2021. I look after independent restaurants and ' +
        'cafés on the South Shore: I know their menus, their chefs and their cash flow. Bilingue, à l’aise au téléphone ' +
        'comme en cuisine.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Représentante des ventes',
          'Distribution Rive-Sud Alimentation inc.',
          '2021-01',
          null,
          true,
          'janv. 2021 – aujourd’hui',
        ),
        lines: [
          'Représentante des ventes — Distribution Rive-Sud Alimentation inc., Boucherville',
          'janv. 2021 – aujourd’hui',
        ],
        bullets: [
          '140 restaurants, cafés et traiteurs indépendants on the South Shore and in Montérégie',
          'Weekly orders and menu ideas with the owners and chefs, who decide what they buy',
          'Territory sales of about C$6.8M in 2025',
        ],
      },
      {
        ...job('Sous-chef', 'Bistro Le Riverain', '2016-05', '2020-12', false, 'mai 2016 – déc. 2020'),
        lines: ['Sous-chef — Bistro Le Riverain, Montréal', 'mai 2016 – déc. 2020'],
        bullets: ['Ordering, food cost and a kitchen team of six'],
      },
      {
        ...job('Cuisinière', 'Auberge des Îles', '2013-06', '2016-04', false, 'juin 2013 – avril 2016'),
        lines: ['Cuisinière — Auberge des Îles, Sorel-Tracy', 'juin 2013 – avril 2016'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Congé parental / parental leave: juillet 2023 – janvier 2024 (back in the same territory).',
      },
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'DEC en Gestion d’un établissement de restauration (Diplôme d’études collégiales, 3 ans), Institut de tourisme et d’hôtellerie du Québec, 2010 – 2013',
        {
          field: 'Gestion d’un établissement de restauration',
          institution: 'Institut de tourisme et d’hôtellerie du Québec',
          startYear: 2010,
          endYear: 2013,
        },
      ),
      edu('secondary', 'DES (Diplôme d’études secondaires), École secondaire Jacques-Rousseau, 2010', {
        institution: 'École secondaire Jacques-Rousseau',
        endYear: 2010,
      }),
    ],
    courses: [named('Vente-conseil B2B', 'Vente-conseil B2B – formation interne, 2021')],
    certifications: [
      named(
        'Certificat MAPAQ – gestionnaire d’établissement alimentaire',
        'Certificat MAPAQ – gestionnaire d’établissement alimentaire (2014)',
      ),
    ],
    languages: [
      lang('fr', 'native', 'Français – langue maternelle'),
      lang('en', 'C1', 'English – fluent / courant'),
      lang('es', 'A2', 'Espagnol – notions (A2)'),
    ],
    skills: ['Relation client et négociation des prix', 'Customer oriented, organised, calm in a rush'],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'en-h13-12-australia-underwriting-bdm-table-employer-first',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Seven Hundred Twelve',
    email: 'cand712.brisbane@example.org',
    phone: '0412 555 712',
    contactLines: ['Paddington QLD 4064'],
    headings: {
      profile: 'Career Summary',
      work: 'Employment History',
      workTable: ['Organisation', 'Position', 'Dates'],
      skills: 'Key Strengths',
      education: 'Education',
      certifications: 'Accreditations',
    },
    profile: [
      'Business development manager for a specialist underwriting agency, working with insurance brokers across ' +
        'Queensland and northern NSW. Twelve years in general insurance, the first eight on the underwriting side, so ' +
        'I can talk a risk through with a broker and get it placed.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job(
        'Business Development Manager – QLD & Northern NSW',
        'Coral Coast Underwriting Agency Pty Ltd',
        '2022-07',
        null,
        true,
        'Jul 2022 – current',
        [
          'Manage the relationship with 42 broker offices across Queensland and northern NSW, usually with the principal who owns the brokerage',
          'Gross written premium through my brokers of A$18m in FY2026',
          'Broker training sessions and new-product roadshows',
        ],
      ),
      job(
        'Senior Underwriter – Commercial Property',
        'Moreton Insurance Ltd',
        '2018-02',
        '2022-06',
        false,
        'Feb 2018 – Jun 2022',
      ),
      job('Underwriter', 'Moreton Insurance Ltd', '2016-01', '2018-01', false, 'Jan 2016 – Jan 2018'),
      job('Claims Officer', 'Moreton Insurance Ltd', '2014-03', '2015-12', false, 'Mar 2014 – Dec 2015'),
    ],
    education: [
      edu('bachelor', 'Bachelor of Business (Insurance and Risk), Queensland University of Technology, 2010 – 2013', {
        field: 'Insurance and Risk',
        institution: 'Queensland University of Technology',
        startYear: 2010,
        endYear: 2013,
      }),
      edu('upper secondary', 'Queensland Certificate of Education (QCE), Kelvin Grove State College, 2009', {
        institution: 'Kelvin Grove State College',
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [named('Tier 1 General Insurance (RG146)', 'Tier 1 General Insurance (RG146) – compliant')],
    languages: [lang('en', 'native', 'English – native'), lang('it', 'B1', 'Italian – conversational (family)')],
    skills: [
      'Broker relationship management',
      'Risk assessment and underwriting judgement',
      'Presenting to broker teams',
      'Self-starter; comfortable travelling 2–3 days a week',
    ],
    closing: [
      {
        kind: 'paragraph',
        text: 'Professional development: ANZIIF Senior Associate (CIP) – candidate, 2 of 5 units completed.',
      },
    ],
    clientBase: { activeAccounts: 42, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'relationship_building'],
  },
  {
    id: 'en-h13-13-greek-europass-hotel-supplies-kam',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Seven Hundred Thirteen',
    nameLine: 'Candidate Seven Hundred Thirteen\nEuropass CV',
    email: 'c713.heraklion@example.com',
    phone: '(+30) 694 555 0713',
    contactLines: [
      'Nationality: Greek',
      'Date of birth: 21/06/1991',
      'Address: Leof. Knossou 71, 71306 Heraklion (Greece)',
    ],
    headings: {
      profile: 'ABOUT ME',
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      languages: 'LANGUAGE SKILLS',
      skills: 'COMMUNICATION AND INTERPERSONAL SKILLS',
    },
    profile: [
      'Key account manager for a hotel supplies company in Crete. I sell linen, amenities and small equipment to ' +
        'hotels and resorts and keep them stocked through the season.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager – Hotels',
          'Minoa Hotel Supplies S.A.',
          '2022-03',
          null,
          true,
          '[ 03/2022 – Current ]',
        ),
        lines: [
          '[ 03/2022 – Current ]  Key Account Manager – Hotels',
          'Minoa Hotel Supplies S.A.  |  City: Heraklion  |  Country: Greece',
        ],
        bullets: [
          'Portfolio of 38 hotels and resorts in Crete and the Dodecanese, 6 of them part of hotel groups',
          'Sales to my accounts EUR 3.2 million in 2025',
          'Pre-season contracts with hotel owners and purchasing managers; in-season restocking with housekeeping',
        ],
      },
      {
        ...job('Sales Executive', 'Minoa Hotel Supplies S.A.', '2018-11', '2022-02', true, '[ 11/2018 – 02/2022 ]'),
        lines: [
          '[ 11/2018 – 02/2022 ]  Sales Executive',
          'Minoa Hotel Supplies S.A.  |  City: Heraklion  |  Country: Greece',
        ],
        bullets: ['Small hotels and rooms-to-let in Heraklion and Lasithi'],
      },
      {
        ...job('Front Office Agent', 'Aegean Blue Resort', '2014-04', '2017-10', false, '[ 04/2014 – 10/2017 ]'),
        lines: [
          '[ 04/2014 – 10/2017 ]  Front Office Agent',
          'Aegean Blue Resort  |  City: Hersonissos  |  Country: Greece',
        ],
        bullets: ['Seasonal contract every year from April to October'],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: '[ 11/2017 – 08/2018 ]  Military service (compulsory)' },
      { kind: 'paragraph', text: 'Hellenic Navy  |  City: Souda  |  Country: Greece' },
    ],
    education: [
      edu(
        'bachelor',
        '[ 2009 – 2014 ]  Ptychio (Bachelor’s degree) in Tourism Management\nTechnological Educational Institute of Crete  |  EQF level 6',
        {
          field: 'Tourism Management',
          institution: 'Technological Educational Institute of Crete',
          startYear: 2009,
          endYear: 2014,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [lang('el', 'native', ''), lang('en', 'C1', ''), lang('de', 'A2', ''), lang('it', 'B1', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): GREEK' },
      { kind: 'paragraph', text: 'Other language(s):' },
      {
        kind: 'paragraph',
        text: 'ENGLISH\nListening C2   Reading C2   Writing C1\nSpoken production C1   Spoken interaction C1',
      },
      {
        kind: 'paragraph',
        text: 'GERMAN\nListening B1   Reading B1   Writing A2\nSpoken production A2   Spoken interaction A2',
      },
      {
        kind: 'paragraph',
        text: 'ITALIAN\nListening B1   Reading B1   Writing A2\nSpoken production B1   Spoken interaction B1',
      },
    ],
    skills: [
      'Negotiation skills from pre-season contract rounds',
      'Team player with the warehouse and delivery drivers in high season',
      'Works under pressure in July and August',
    ],
    closing: [
      { kind: 'heading', text: 'DRIVING LICENCE' },
      { kind: 'paragraph', text: 'Driving Licence: B' },
    ],
    clientBase: { activeAccounts: 38, annualRevenueEur: 3_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'en-h13-14-us-nebraska-fuel-cooperative-28-years',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seven Hundred Fourteen',
    email: 'c714.seward@example.com',
    phone: '(402) 555-0714',
    contactLines: ['Seward, NE 68434'],
    headings: { profile: 'Summary', work: 'Work History', skills: 'Skills', education: 'Education' },
    profile: [
      'Twenty-eight years with fuel, propane and lubricants in rural Nebraska, from driving the truck to managing ' +
        'commercial accounts. People know me at the elevator and the co-op meeting, and I answer my phone at harvest.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Commercial Account Manager',
          'PLATTE VALLEY ENERGY COOPERATIVE',
          '2011-03',
          null,
          true,
          'March 2011 – Present',
        ),
        lines: ['PLATTE VALLEY ENERGY COOPERATIVE, Seward, NE', 'Commercial Account Manager | March 2011 – Present'],
        bullets: [
          'About 260 commercial accounts in eastern Nebraska: farms, grain elevators, schools and small manufacturers, mostly owner-operators',
          'Fuel, propane and lube contracts worth roughly $11 million a year',
          'Summer contract season with farm owners and elevator managers',
        ],
      },
      {
        ...job(
          'Sales Representative',
          'PLATTE VALLEY ENERGY COOPERATIVE',
          '2006-01',
          '2011-02',
          true,
          'January 2006 – February 2011',
        ),
        lines: ['Sales Representative | January 2006 – February 2011'],
      },
      {
        ...job(
          'Customer Service Representative',
          'PLATTE VALLEY ENERGY COOPERATIVE',
          '2002-05',
          '2005-12',
          false,
          'May 2002 – December 2005',
        ),
        lines: ['Customer Service Representative | May 2002 – December 2005'],
      },
      {
        ...job('Route Driver', 'HUSKER OIL & PROPANE', '1998', '2002', false, '1998 – 2002'),
        lines: ['HUSKER OIL & PROPANE, York, NE', 'Route Driver (CDL-A, hazmat) | 1998 – 2002'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Military' },
      { kind: 'paragraph', text: 'NEBRASKA ARMY NATIONAL GUARD, Lincoln, NE' },
      {
        kind: 'paragraph',
        text: 'Motor Transport Operator (Specialist) | 1996 – 2004, drill weekends and annual training',
      },
    ],
    education: [
      edu('associate', 'A.A.S. Diesel Technology, Southeast Community College, Milford, NE, 1996 – 1998', {
        field: 'Diesel Technology',
        institution: 'Southeast Community College',
        startYear: 1996,
        endYear: 1998,
      }),
      edu('high school', 'High School Diploma, Seward High School, 1996', {
        institution: 'Seward High School',
        endYear: 1996,
      }),
    ],
    courses: [],
    certifications: [named('CDL Class A with Hazmat endorsement', 'CDL Class A with Hazmat endorsement (current)')],
    languages: [lang('en', 'native', 'English (native)'), lang('es', 'A2', 'Spanish (basic, learned on the job)')],
    skills: ['Contract negotiation', 'Relationship building with farm families', 'Delivery planning around harvest'],
    closing: [{ kind: 'paragraph', text: 'CETP propane delivery certification (lapsed 2015). References available.' }],
    clientBase: { activeAccounts: 260, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h13-15-german-sensors-kam-german-english',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Seven Hundred Fifteen',
    email: 'c715.karlsruhe@example.org',
    phone: '+49 171 555 0715',
    contactLines: ['76131 Karlsruhe, Germany', 'Geburtsdatum / date of birth: 12.03.1988'],
    tagline: 'Key Account Manager DACH – Sensorik / industrial sensors',
    headings: {
      contact: 'Kontakt / Contact',
      profile: 'Kurzprofil / Profile',
      work: 'Berufserfahrung / Work experience',
      education: 'Ausbildung / Education',
      skills: 'Kenntnisse / Skills',
      languages: 'Sprachen / Languages',
      courses: 'Weiterbildung / Training',
      certifications: 'Zertifikate / Certificates',
    },
    profile: [
      'Key account manager for industrial sensors with a commercial and a technical background: Industriekaufmann ' +
        'first, then a degree in industrial engineering. I sell to machine builders (OEMs) in Germany, Austria and ' +
        'Switzerland and stay with them from the first sample to serial supply.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager DACH', 'Rheintal Sensorik GmbH', '2021-04', null, true, 'seit 04/2021'),
        lines: ['seit 04/2021      Key Account Manager DACH, Rheintal Sensorik GmbH, Karlsruhe'],
        bullets: [
          '19 OEM key accounts in Germany, Austria and Switzerland (packaging machines and machine tools)',
          'Umsatz with my accounts EUR 12.4 million in 2025; Rheintal group turnover EUR 310 million',
          'Rahmenverträge (frame agreements) with Einkaufsleiter – heads of purchasing – and technical directors',
        ],
      },
      {
        ...job(
          'Vertriebsingenieur Innendienst',
          'Rheintal Sensorik GmbH',
          '2016-01',
          '2021-03',
          true,
          '01/2016 – 03/2021',
        ),
        lines: ['01/2016 – 03/2021   Vertriebsingenieur Innendienst (inside sales engineer), Rheintal Sensorik GmbH'],
        bullets: ['Quotes and technical clarification for about 300 smaller customers in Baden-Württemberg'],
      },
      {
        ...job('Werkstudent Marketing', 'Badenia Antriebstechnik AG', '2013-10', '2015', false, '10/2013 – Ende 2015'),
        lines: [
          '10/2013 – Ende 2015   Werkstudent Marketing (working student, 16 h/week), Badenia Antriebstechnik AG, Bruchsal',
        ],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: '03/2019 – 08/2019   Elternzeit (parental leave)' },
      { kind: 'paragraph', text: '07/2007 – 03/2008   Grundwehrdienst (basic military service), Bundeswehr, Bruchsal' },
    ],
    education: [
      edu('bachelor', 'Bachelor of Engineering (B.Eng.) Wirtschaftsingenieurwesen, Hochschule Karlsruhe, 2012 – 2015', {
        field: 'Wirtschaftsingenieurwesen',
        institution: 'Hochschule Karlsruhe',
        startYear: 2012,
        endYear: 2015,
      }),
      edu(
        'vocational',
        'Ausbildung zum Industriekaufmann (IHK) – apprenticeship as industrial clerk, Badenia Antriebstechnik AG, 2008 – 2011',
        { field: 'Industriekaufmann', institution: 'Badenia Antriebstechnik AG', startYear: 2008, endYear: 2011 },
      ),
    ],
    courses: [
      named('Strategisches Key Account Management', 'Strategisches Key Account Management – Haufe Akademie, 2022'),
    ],
    certifications: [named('Ausbildereignung (AEVO, IHK)', 'Ausbildereignung (AEVO, IHK), 2019')],
    languages: [
      lang('de', 'native', 'Deutsch – Muttersprache (native)'),
      lang('en', 'C1', 'Englisch / English – C1, verhandlungssicher'),
      lang('fr', 'B1', 'Französisch / French – B1'),
    ],
    skills: [
      'Technischer Vertrieb / technical sales',
      'Verhandlungsgeschick – negotiation skills',
      'Analytical: Kalkulation and cost-in-use for OEMs',
      'SAP SD, CRM',
    ],
    clientBase: { activeAccounts: 19, annualRevenueEur: 12_400_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales'],
  },
  {
    id: 'en-h13-16-india-linkedin-text-cloud-enterprise-am',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seven Hundred Sixteen',
    nameLine:
      'Candidate Seven Hundred Sixteen\nEnterprise Account Manager – Cloud & Cybersecurity | Ex-Inside Sales\nBengaluru, Karnataka, India',
    email: 'c716.blr@example.net',
    phone: '+91 99005 55716',
    headings: {
      profile: 'About',
      work: 'Experience',
      education: 'Education',
      skills: 'Skills',
      languages: 'Languages',
      certifications: 'Licenses & certifications',
    },
    profile: [
      'I help mid-size and large companies in South India move workloads to the cloud and secure them. Engineer by ' +
        'training, seller by choice. Currently preparing for the AWS Solutions Architect – Associate exam.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Enterprise Account Manager',
          'Nimbus Stack Technologies Pvt Ltd',
          '2023-04',
          null,
          true,
          'Apr 2023 - Present · 3 yrs 8 mos',
        ),
        lines: [
          'Nimbus Stack Technologies Pvt Ltd',
          'Full-time · 6 yrs 5 mos',
          'Enterprise Account Manager',
          'Apr 2023 - Present · 3 yrs 8 mos',
          'Bengaluru, Karnataka, India · Hybrid',
          '34 enterprise accounts in Karnataka and Tamil Nadu. Annual billing of INR 62 crore (about EUR 6.6 million). ' +
            'Renewals and new workloads with the CIOs and IT heads who sign the contracts.',
        ],
      },
      {
        ...job(
          'Inside Sales Executive',
          'Nimbus Stack Technologies Pvt Ltd',
          '2020-07',
          '2023-03',
          true,
          'Jul 2020 - Mar 2023 · 2 yrs 9 mos',
        ),
        lines: [
          'Inside Sales Executive',
          'Jul 2020 - Mar 2023 · 2 yrs 9 mos',
          'Bengaluru, Karnataka, India · Remote',
          'Outbound calls and demos for mid-market companies; 40-odd deals closed.',
        ],
      },
      {
        ...job(
          'Technical Support Engineer',
          'Cauvery Infosystems Ltd',
          '2018-07',
          '2020-06',
          false,
          'Jul 2018 - Jun 2020 · 2 yrs',
        ),
        lines: [
          'Technical Support Engineer',
          'Cauvery Infosystems Ltd · Full-time',
          'Jul 2018 - Jun 2020 · 2 yrs',
          'Mysuru, Karnataka, India',
        ],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Volunteering' },
      { kind: 'paragraph', text: 'Mentor\nCode for Bengaluru Schools\nJan 2022 - Present · 4 yrs 11 mos\nEducation' },
    ],
    education: [
      edu(
        'bachelor',
        'Visvesvaraya Technological University\nBachelor of Engineering - BE, Electronics and Communication\n2014 - 2018',
        {
          field: 'Electronics and Communication',
          institution: 'Visvesvaraya Technological University',
          startYear: 2014,
          endYear: 2018,
        },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'Microsoft Certified: Azure Fundamentals',
        'Microsoft Certified: Azure Fundamentals\nMicrosoft\nIssued Aug 2023',
      ),
    ],
    languages: [
      lang('kn', 'native', 'Kannada\nNative or bilingual proficiency'),
      lang('en', 'C1', 'English\nFull professional proficiency'),
      lang('hi', 'B2', 'Hindi\nProfessional working proficiency'),
      lang('ta', 'B1', 'Tamil\nLimited working proficiency'),
    ],
    skills: ['Enterprise Sales · Cloud Computing · Negotiation · Solution Selling'],
    clientBase: { activeAccounts: 34, annualRevenueEur: 6_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'en-h13-17-scotland-renewables-bdm-no-base',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Seven Hundred Seventeen',
    email: 'cand717.inverness@example.org',
    phone: '07700 900 717',
    contactLines: ['Inverness, Highland'],
    tagline: 'Business Development Manager – renewable heat and solar',
    headings: {
      profile: 'Profile',
      work: 'Employment',
      skills: 'Skills',
      education: 'Education',
      certifications: 'Certificates',
    },
    profile: [
      'I sell solar PV, batteries and heat pumps to farms, estates, distilleries and hotels in the Highlands and ' +
        'Islands. Every deal is a project: survey, design, grant paperwork and a lot of patience.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Business Development Manager',
        'Glenmore Renewables Ltd',
        '2022-10',
        null,
        true,
        'October 2022 – present',
        [
          'Signed 23 commercial installations in 2025, worth £3.1m in contract value',
          'Pipeline of about £4m; personal target for 2026 is £2.5m',
          'Work with land agents, estate factors and farm owners on feasibility and funding',
        ],
        'Inverness',
      ),
      job(
        'Part-time Lecturer, Renewable Energy',
        'Inverness College UHI',
        '2020-08',
        null,
        false,
        'August 2020 – present',
        ['One evening class a week, HNC Renewable Energy'],
        'Inverness',
      ),
      job(
        'Energy Advisor',
        'Highland Home Energy Trust',
        '2019-05',
        '2022-09',
        false,
        'May 2019 – September 2022',
        ['Free advice to households on insulation, grants and heating; about 1,100 home visits'],
        'Inverness',
      ),
      job(
        'Field Technician',
        'Caledonian Solar Installations',
        '2016-06',
        '2019-04',
        false,
        'June 2016 – April 2019',
        [],
        'Dingwall',
      ),
    ],
    education: [
      edu('bachelor', 'MA (Hons) Geography, University of Aberdeen, 2012 – 2016', {
        field: 'Geography',
        institution: 'University of Aberdeen',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('upper secondary', 'Highers: Physics, Maths, Geography, English – Millburn Academy, 2012', {
        institution: 'Millburn Academy',
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Level 3 Award in the Installation and Maintenance of Heat Pump Systems',
        'Level 3 Award in the Installation and Maintenance of Heat Pump Systems (2021)',
      ),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('gd', 'A2', 'Scottish Gaelic – basic (learning)')],
    skills: [
      'Consultative selling of renewable projects',
      'Grant and funding applications',
      'Patient, organised and persistent',
    ],
    closing: [{ kind: 'paragraph', text: 'PRINCE2 Foundation – exam booked for January 2027. Full driving licence.' }],
    clientBase: null,
    competencies: ['organisation', 'sales'],
  },
  {
    id: 'en-h13-18-romanian-old-europass-telecom-kam',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Seven Hundred Eighteen',
    nameLine: 'CURRICULUM VITAE\nEuropass\n\nPersonal information\nName: Candidate Seven Hundred Eighteen',
    email: 'c718.bucuresti@example.com',
    phone: '+40 721 555 718',
    contactLines: [
      'Address: Str. Exemplului 18, Sector 3, 030000 Bucharest (Romania)',
      'Nationality: Romanian',
      'Date of birth: 04/10/1986',
    ],
    headings: {
      profile: 'Desired employment / Occupational field',
      work: 'Work experience',
      education: 'Education and training',
      languages: 'Personal skills and competences',
      skills: 'Organisational and social skills and competences',
      certifications: 'Certificates',
    },
    profile: ['Key Account Manager – B2B telecommunications and ICT services'],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Dates (from – to)',
      title: 'Occupation or position held',
      employer: 'Name and address of employer',
      duties: 'Main activities and responsibilities',
    },
    jobs: [
      job(
        'Key Account Manager – Corporate',
        'Carpatel Communications S.A.',
        '2019-02',
        null,
        true,
        'February 2019 – present',
        [
          'management of 40 corporate customers across Romania (retail chains, banks, logistics, manufacturing)',
          'annual recurring revenue of my portfolio RON 28 million (approx. EUR 5.6 million)',
          'contract renewals and tenders negotiated with CIOs and procurement directors',
          'coordination of a pre-sales team of 3 engineers',
        ],
        'Bd. Iuliu Maniu 7, Bucharest',
      ),
      job(
        'Account Manager SME',
        'Carpatel Communications S.A.',
        '2014-09',
        '2019-01',
        true,
        'September 2014 – January 2019',
        ['portfolio of about 300 small business customers in Bucharest and Ilfov'],
        'Bd. Iuliu Maniu 7, Bucharest',
      ),
      job(
        'Business Customer Care Agent',
        'Carpatel Communications S.A.',
        '2011-03',
        '2014-08',
        false,
        'March 2011 – August 2014',
        ['billing questions, orders and complaints of business customers'],
        'Bd. Iuliu Maniu 7, Bucharest',
      ),
      job(
        'Sales Consultant',
        'Mobitel Shop SRL',
        '2008-06',
        '2011-02',
        true,
        'June 2008 – February 2011',
        ['phones and subscriptions in a partner store, part-time during my studies'],
        'Bucharest',
      ),
    ],
    education: [
      edu(
        'master',
        'Dates: 2012 – 2014\nTitle of qualification awarded: Master’s degree in Marketing Management\n' +
          'Organisation providing education and training: Bucharest University of Economic Studies (ASE)\n' +
          'Level in national or international classification: ISCED 5A',
        {
          field: 'Marketing Management',
          institution: 'Bucharest University of Economic Studies',
          startYear: 2012,
          endYear: 2014,
        },
      ),
      edu(
        'bachelor',
        'Dates: 2005 – 2009\nTitle of qualification awarded: Licență (Bachelor’s degree) in Telecommunications\n' +
          'Organisation providing education and training: Politehnica University of Bucharest\n' +
          'Level in national or international classification: ISCED 5A',
        {
          field: 'Telecommunications',
          institution: 'Politehnica University of Bucharest',
          startYear: 2005,
          endYear: 2009,
        },
      ),
    ],
    courses: [],
    certifications: [named('ITIL 4 Foundation', 'ITIL 4 Foundation (2020)')],
    languages: [lang('ro', 'native', ''), lang('en', 'C1', ''), lang('fr', 'B1', ''), lang('it', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): Romanian' },
      { kind: 'paragraph', text: 'Other language(s)\nSelf-assessment\nEuropean level (*)' },
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
            'B2 Independent user',
            'B2 Independent user',
            'C1 Proficient user',
          ],
          [
            'French',
            'B2 Independent user',
            'B2 Independent user',
            'B1 Independent user',
            'B1 Independent user',
            'B1 Independent user',
          ],
          ['Italian', 'A2 Basic user', 'B1 Independent user', 'A2 Basic user', 'A2 Basic user', 'A1 Basic user'],
        ],
      },
      { kind: 'paragraph', text: '(*) Common European Framework of Reference for Languages' },
    ],
    skills: [
      'Persuasive presenter at board level',
      'Team player: I coordinate pre-sales, legal and delivery on every tender',
    ],
    closing: [
      { kind: 'paragraph', text: 'Driving licence: Category B' },
      { kind: 'paragraph', text: 'Other: Cisco CCNA (obtained 2010, expired 2013)' },
    ],
    clientBase: { activeAccounts: 40, annualRevenueEur: 5_600_000, segment: 'national', decisionMakers: true },
    competencies: ['persuasiveness', 'teamwork'],
  },
  {
    id: 'en-h13-19-canada-functional-office-furniture-returner',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Seven Hundred Nineteen',
    email: 'c719.calgary@example.com',
    phone: '403-555-0719',
    contactLines: ['Calgary, AB'],
    headings: {
      profile: 'Highlights of Qualifications',
      work: 'Work History',
      skills: 'Computer and Other Skills',
      education: 'Education',
      courses: 'Professional Development',
    },
    profile: [
      'ACCOUNT MANAGEMENT – I look after 68 business accounts in Calgary and Edmonton for office furniture and ' +
        'workspace projects, mostly law firms, engineering offices and clinics. My usual contacts are office managers ' +
        'and facility coordinators.',
      'PROJECT COORDINATION – from floor plan to install day: quotes, manufacturer orders, delivery crews and punch lists.',
      'CUSTOMER SERVICE – six years in a busy furniture showroom before moving to B2B, which is where I learned to say ' +
        'no nicely.',
      'RESULTS – C$3.1M in orders from my accounts in 2025; the dealership turns over about C$40M.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Manager', 'Foothills Workspace Interiors', '2024-02', null, true, 'Feb 2024 – present'),
        lines: [
          'Feb 2024 – present     Account Manager, Foothills Workspace Interiors, Calgary',
          'Sep 2022 – Jan 2024    Parental leave (two children)',
        ],
      },
      {
        ...job(
          'Account Coordinator',
          'Foothills Workspace Interiors',
          '2019-03',
          '2022-08',
          false,
          'Mar 2019 – Aug 2022',
        ),
        lines: ['Mar 2019 – Aug 2022    Account Coordinator, Foothills Workspace Interiors, Calgary'],
      },
      {
        ...job('Sales Associate', 'Chinook Home Furnishings', '2013-05', '2019-02', true, 'May 2013 – Feb 2019'),
        lines: ['May 2013 – Feb 2019    Sales Associate, Chinook Home Furnishings, Calgary'],
      },
    ],
    education: [
      edu('associate', 'Diploma, Business Administration – Marketing (2 years), SAIT, Calgary, 2011 – 2013', {
        field: 'Business Administration',
        institution: 'SAIT',
        startYear: 2011,
        endYear: 2013,
      }),
      edu('high school', 'Alberta High School Diploma, Crescent Heights High School, 2011', {
        institution: 'Crescent Heights High School',
        endYear: 2011,
      }),
    ],
    courses: [named('Workplace Strategy Fundamentals', 'Workplace Strategy Fundamentals (online), 2024')],
    certifications: [],
    languages: [
      lang('en', 'native', 'English (native)'),
      lang('tl', 'B2', 'Tagalog (good – spoken at home)'),
      lang('fr', 'B1', 'French (intermediate, B1)'),
    ],
    skills: [
      'Salesforce, AutoCAD (basic), Excel',
      'Organised and detail-minded: delivery schedules, punch lists',
      'LEED Green Associate – studying, exam planned for spring 2027',
    ],
    clientBase: { activeAccounts: 68, segment: 'regional_smb' },
    competencies: ['organisation'],
  },
  {
    id: 'en-h13-20-australia-linkedin-export-snacks-kam',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Seven Hundred Twenty',
    email: 'cand720@example.com',
    phone: '+61 412 555 720',
    contactLines: ['www.example.com/in/candidate720 (LinkedIn)'],
    tagline: 'Key Account Manager at Harbourside Snacks | Grocery & Convenience',
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      skills: 'Top Skills',
      languages: 'Languages',
      education: 'Education',
    },
    profile: [
      'Grocery key account manager who started out in category analytics. I like a range review with good data behind it.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager',
          'Harbourside Snacks Pty Ltd',
          '2022-07',
          null,
          true,
          'July 2022 - Present (4 years 5 months)',
        ),
        lines: [
          'Harbourside Snacks Pty Ltd',
          '6 years 11 months',
          'Key Account Manager',
          'July 2022 - Present (4 years 5 months)',
          'Sydney, New South Wales, Australia',
          'Two national supermarket accounts and one convenience group, about 3,100 stores between them. Net sales ' +
            'A$85m a year; I negotiate the annual trading terms with the buying directors.',
        ],
      },
      {
        ...job(
          'Account Manager – Independents',
          'Harbourside Snacks Pty Ltd',
          '2020-01',
          '2022-06',
          true,
          'January 2020 - June 2022 (2 years 6 months)',
        ),
        lines: [
          'Account Manager – Independents',
          'January 2020 - June 2022 (2 years 6 months)',
          'Sydney, New South Wales, Australia',
          'Independent grocers across NSW and the ACT.',
        ],
      },
      {
        ...job(
          'Category Analyst',
          'Southern Cross Foods Ltd',
          '2017-03',
          '2019-12',
          false,
          'March 2017 - December 2019 (2 years 10 months)',
        ),
        lines: [
          'Southern Cross Foods Ltd',
          'Category Analyst',
          'March 2017 - December 2019 (2 years 10 months)',
          'Sydney, Australia',
        ],
      },
      {
        ...job(
          'Casual Team Member',
          'Freshway Supermarkets',
          '2013-11',
          '2017-02',
          false,
          'November 2013 - February 2017 (3 years 4 months)',
        ),
        lines: [
          'Freshway Supermarkets',
          'Casual Team Member',
          'November 2013 - February 2017 (3 years 4 months)',
          'Parramatta, Australia',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Western Sydney University\nBachelor of Business, Marketing · (2014 - 2016)', {
        field: 'Marketing',
        institution: 'Western Sydney University',
        startYear: 2014,
        endYear: 2016,
      }),
      edu('upper secondary', 'Parramatta West High School\nHigher School Certificate (HSC) · (2008 - 2013)', {
        institution: 'Parramatta West High School',
        startYear: 2008,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('en', 'native', 'English (Native or Bilingual)'),
      lang('vi', 'B2', 'Vietnamese (Professional Working)'),
    ],
    skills: ['Category Management', 'Negotiation', 'Data Analysis'],
    clientBase: { activeAccounts: 3, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'en-h13-21-us-freight-account-executive-prose',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seven Hundred Twenty-One',
    email: 'c721.perrysburg@example.net',
    phone: '(419) 555-0721',
    contactLines: ['Perrysburg, OH 43551'],
    headings: { profile: 'Summary', work: 'Career Story', skills: 'Strengths', education: 'Education' },
    profile: [
      'Freight salesman with thirty years in trucking, most of them on the carrier side. I sell truckload and ' +
        'dedicated capacity to manufacturers and distributors in the Midwest, and I stay close to operations so that ' +
        'what I sell actually happens.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Senior Account Executive', 'Maumee Freight Solutions', '2016-06', null, true, 'Since June 2016'),
        lines: [
          'Since June 2016 I have been Senior Account Executive at Maumee Freight Solutions in Perrysburg. I manage 37 ' +
            'shipper accounts across Ohio, Michigan, Indiana and Illinois, about $22 million of freight a year, and I ' +
            'negotiate the annual bids with the logistics directors who award the lanes. Maumee runs 900 trucks and ' +
            'turns over about $400 million.',
        ],
      },
      {
        ...job(
          'Account Executive',
          'Great Lakes Carriers Inc.',
          '2008-03',
          '2016-05',
          true,
          'From March 2008 to May 2016',
        ),
        lines: [
          'From March 2008 to May 2016 I was an Account Executive with Great Lakes Carriers Inc. in Toledo, building a ' +
            'book of regional shippers from scratch after the 2008 downturn.',
        ],
      },
      {
        ...job('Operations Manager', 'Great Lakes Carriers Inc.', '2003', '2008', false, 'from 2003 until early 2008'),
        lines: [
          'Before that, from 2003 until early 2008, I was Operations Manager for the same company, with 14 dispatchers ' +
            'and some 300 drivers.',
        ],
      },
      {
        ...job('Dispatcher', 'Lucas County Transport', '1996', '2003', false, 'From 1996 to 2003'),
        lines: [
          'From 1996 to 2003 I was a Dispatcher at Lucas County Transport in Toledo, my first job in trucking. Before ' +
            'that I served four years in the U.S. Navy (1992–1996) as a storekeeper.',
        ],
      },
    ],
    education: [
      edu('ba', 'B.A. Business Administration (evening program), University of Toledo, 1998 – 2004', {
        field: 'Business Administration',
        institution: 'University of Toledo',
        startYear: 1998,
        endYear: 2004,
      }),
      edu('high school', 'High school diploma, Rossford High School, 1992', {
        institution: 'Rossford High School',
        endYear: 1992,
      }),
    ],
    courses: [named('Strategic Negotiation', 'Strategic Negotiation – two-day seminar, 2019')],
    certifications: [
      named(
        'Certified Transportation Broker (CTB)',
        'Certified Transportation Broker (CTB), Transportation Intermediaries Association, 2012',
      ),
    ],
    languages: [lang('en', 'native', ''), lang('es', 'A2', '')],
    languagesText: ['English is my first language. I get by in basic Spanish on a loading dock.'],
    skills: [
      'Negotiating annual freight bids',
      'Relationship management with shippers and carriers',
      'Mentoring newer account executives',
    ],
    clientBase: { activeAccounts: 37, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h13-22-irish-foodservice-sales-employer-first-lines',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Seven Hundred Twenty-Two',
    email: 'cand722.limerick@example.com',
    phone: '+353 86 555 0722',
    contactLines: ['Castletroy, Limerick'],
    headings: { profile: 'Profile', work: 'Employment', skills: 'Skills', education: 'Education and training' },
    profile: [
      'Chef turned foodservice sales executive. I sell fresh, frozen and dry goods to hotels, restaurants and cafés in ' +
        'the Mid-West, and I can still run a pass on a Saturday night if a customer is stuck.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Foodservice Sales Executive',
          'Shannonside Foodservice Ltd',
          '2021-02',
          null,
          true,
          'Feb 2021 – present',
        ),
        lines: ['Shannonside Foodservice Ltd, Limerick — Foodservice Sales Executive — Feb 2021 – present'],
        bullets: [
          '110 hotels, restaurants and cafés in Limerick, Clare and north Kerry, most of them owner-run',
          'Around €2.3m a year in sales on my accounts',
          'Menu costings and new product tastings with owners and head chefs',
        ],
      },
      {
        ...job('Relief Chef', 'The Granary Bistro', '2021-03', '2022-06', false, 'Mar 2021 – Jun 2022'),
        lines: ['The Granary Bistro, Ennis — Relief Chef (weekends) — Mar 2021 – Jun 2022'],
      },
      {
        ...job('Head Chef', 'The Granary Bistro', '2017-05', '2021-01', false, 'May 2017 – Jan 2021'),
        lines: ['The Granary Bistro, Ennis — Head Chef — May 2017 – Jan 2021'],
        bullets: ['Kitchen of 7, weekly ordering from four suppliers'],
      },
      {
        ...job('Chef de Partie', 'Maigue Court Hotel', '2013-09', '2017-04', false, 'Sept 2013 – Apr 2017'),
        lines: ['Maigue Court Hotel, Croom — Chef de Partie — Sept 2013 – Apr 2017'],
      },
      {
        ...job('Commis Chef', 'Cliffs View Hotel', '2011', '2012', false, 'summers 2011 – 2012'),
        lines: ['Cliffs View Hotel, Lahinch — Commis Chef — summers 2011 – 2012'],
      },
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'Higher Certificate in Arts in Culinary Arts (NFQ Level 6), Limerick Institute of Technology, 2011 – 2013',
        { field: 'Culinary Arts', institution: 'Limerick Institute of Technology', startYear: 2011, endYear: 2013 },
      ),
      edu('secondary', 'Leaving Certificate, Scoil Mhuire, Ennis, 2011', {
        institution: 'Scoil Mhuire',
        endYear: 2011,
      }),
    ],
    courses: [
      named('Food Safety Level 3 (HACCP)', 'Food Safety Level 3 (HACCP) – FSAI-approved, 2016'),
      named('Consultative Selling for Foodservice', 'Consultative Selling for Foodservice – in-house, 2022'),
    ],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('ga', 'B1', 'Irish – conversational'),
      lang('pl', 'A2', 'Polish – basic (kitchen Polish!)'),
    ],
    skills: [
      'Customer focus: I deliver myself when the van cannot',
      'Menu engineering and food costing',
      'Team player',
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 2_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'teamwork'],
  },
  {
    id: 'en-h13-23-uk-graduate-sdr-table-role-first',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Seven Hundred Twenty-Three',
    email: 'c723.grad@example.org',
    phone: '07700 900 723',
    contactLines: ['Leeds, West Yorkshire'],
    headings: {
      profile: 'Personal statement',
      work: 'Experience',
      workTable: ['Role', 'Company', 'Dates'],
      skills: 'Skills',
      education: 'Education',
    },
    profile: [
      'Economics graduate a year into my first sales job, booking meetings for a cyber-security software company. I ' +
        'want to move into a closing role with my own accounts in 2027.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job(
        'Sales Development Representative',
        'Aireline Security Software Ltd',
        '2025-09',
        null,
        true,
        '09/2025 – now',
        [
          'Outbound calls and LinkedIn outreach to IT managers at UK companies with 200–2,000 staff',
          'Around 14 qualified meetings a month for four account executives; no accounts of my own yet',
          'Monthly quota: 12 meetings',
        ],
      ),
      job('Sales Intern', 'Aireline Security Software Ltd', '2024-06', '2024-08', false, 'June – August 2024', [
        'Cleaned CRM data and listened in on discovery calls',
      ]),
      job('Bookseller', 'Kirkgate Books', '2021-10', '2025-05', true, '10/2021 – 05/2025', [
        'Part-time alongside my degree: shop floor, till and customer orders',
      ]),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Student Ambassador (volunteer), University of Leeds open days, 2022 – 2024' },
    ],
    education: [
      edu('bsc', 'BSc (Hons) Economics, University of Leeds, 2021 – 2025 (2:1)', {
        field: 'Economics',
        institution: 'University of Leeds',
        startYear: 2021,
        endYear: 2025,
      }),
      edu('secondary', 'A-levels: Economics (A), Maths (B), History (B) – Ilkley Grammar School, 2021', {
        institution: 'Ilkley Grammar School',
        endYear: 2021,
      }),
    ],
    courses: [named('Cold Calling Bootcamp', 'Cold Calling Bootcamp – in-house, 2025')],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('pa', 'B2', 'Punjabi – good (spoken at home)'),
      lang('de', 'B1', 'German – B1'),
    ],
    skills: ['Resilient on the phone', 'Communication skills', 'Excel, HubSpot, Salesforce'],
    closing: [{ kind: 'paragraph', text: 'Salesforce Certified Associate – exam booked for December 2026.' }],
    clientBase: null,
    competencies: ['communication', 'stress_resistance'],
  },
  {
    id: 'en-h13-24-polish-inside-sales-chemicals',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Seven Hundred Twenty-Four',
    email: 'c724.krakow@example.net',
    phone: '+48 512 555 724',
    contactLines: ['Kraków, Poland'],
    headings: { profile: 'Summary', work: 'Professional experience', skills: 'Strengths', education: 'Education' },
    profile: [
      'Inside sales specialist at a chemicals distributor, selling solvents and industrial cleaners by phone to ' +
        'manufacturers in southern Poland and Czechia. Before that three years leading a customer service team.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Inside Sales Specialist',
        'Vistula Chemical Distribution Sp. z o.o.',
        '2022-09',
        null,
        true,
        '09.2022 – now',
        [
          'About 150 active customers in Małopolska, Silesia and the Czech Moravian-Silesian Region',
          'My customers bought for PLN 24 million in 2025 (approx. EUR 5.6 million)',
          'Price talks within the distributor’s margin rules',
        ],
        'Kraków',
      ),
      job(
        'Customer Service Team Leader',
        'Vistula Chemical Distribution Sp. z o.o.',
        '2019-06',
        '2022-08',
        false,
        '06.2019 – 08.2022',
        ['Team of 8 handling orders, complaints and deliveries'],
        'Kraków',
      ),
      job(
        'Customer Service Specialist',
        'Northgate Business Services Kraków',
        '2016-10',
        '2019-05',
        false,
        '10.2016 – 05.2019',
        ['German-speaking desk for a logistics client'],
        'Kraków',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Maternity leave: 03.2021 – 02.2022 (while team leader)' }],
    education: [
      edu('master', 'Magister (MA) in Applied Linguistics, Pedagogical University of Kraków, 2014 – 2016', {
        field: 'Applied Linguistics',
        institution: 'Pedagogical University of Kraków',
        startYear: 2014,
        endYear: 2016,
      }),
      edu('bachelor', 'Licencjat (BA) in German Philology, Jagiellonian University, 2011 – 2014', {
        field: 'German Philology',
        institution: 'Jagiellonian University',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('pl', 'native', 'Polish – native'),
      lang('de', 'C1', 'German – C1 (Goethe-Zertifikat C1, 2015)'),
      lang('en', 'C1', 'English – C1'),
      lang('cs', 'B1', 'Czech – B1 (reading better than speaking)'),
    ],
    skills: ['Negotiation skills', 'Customer oriented', 'SAP SD, Excel'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 5_600_000, segment: 'international' },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'en-h13-25-estonian-dairy-marketing-manager-no-base',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Seven Hundred Twenty-Five',
    email: 'cand725.tallinn@example.com',
    phone: '+372 5555 0725',
    contactLines: ['Tallinn, Estonia'],
    tagline: 'Marketing Manager – FMCG (dairy)',
    headings: {
      profile: 'About me',
      work: 'Work experience',
      skills: 'Skills',
      education: 'Education',
      languages: 'Languages',
    },
    profile: [
      'Marketing manager for a dairy brand in the Baltics. I run the brand plan, the agencies and the trade marketing ' +
        'budget and work closely with the key account managers who sell to the retail chains; I do not hold accounts ' +
        'myself.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Marketing Manager',
        'Piimaküla AS',
        '2021-01',
        null,
        false,
        'January 2021 – present',
        [
          'Brand plans for yoghurts and curd snacks in Estonia, Latvia and Lithuania',
          'Marketing budget of €1.2 million a year; company turnover €95 million',
          'Briefs and media buying with two agencies',
        ],
        'Tallinn',
      ),
      job(
        'Brand Manager',
        'Piimaküla AS',
        '2017-09',
        '2020-12',
        false,
        'September 2017 – December 2020',
        [],
        'Tallinn',
      ),
      job(
        'Trade Marketing Specialist',
        'Baltic Beverages Distribution OÜ',
        '2014-03',
        '2017-08',
        false,
        'March 2014 – August 2017',
        ['Promotions and in-store materials for 400 stores of the three biggest chains'],
        'Tallinn',
      ),
      job(
        'Sales Representative',
        'Baltic Beverages Distribution OÜ',
        '2012-06',
        '2014-02',
        true,
        'June 2012 – February 2014',
        ['Van sales to shops and cafés in south Estonia'],
        'Tartu',
      ),
    ],
    education: [
      edu(
        'magistrikraad',
        'Master’s degree (magistrikraad) in International Business, Tallinn University of Technology, 2010 – 2012',
        {
          field: 'International Business',
          institution: 'Tallinn University of Technology',
          startYear: 2010,
          endYear: 2012,
        },
      ),
      edu(
        'bakalaureus',
        'Bachelor’s degree (bakalaureusekraad) in Business Administration, University of Tartu, 2007 – 2010',
        {
          field: 'Business Administration',
          institution: 'University of Tartu',
          startYear: 2007,
          endYear: 2010,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'Estonian – mother tongue'),
      lang('en', 'C1', 'English – fluent'),
      lang('ru', 'B2', 'Russian – good'),
      lang('fi', 'B1', 'Finnish – conversational'),
    ],
    skills: [
      'Creative and analytical: brand plans built on Nielsen data',
      'Team player with sales and production',
      'Planning and organising campaigns across three countries',
    ],
    clientBase: null,
    competencies: ['analytical', 'innovation', 'organisation', 'teamwork'],
  },
  {
    id: 'en-h13-26-us-hvac-inside-sales-quarters-no-base',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Seven Hundred Twenty-Six',
    email: 'c726.tempe@example.org',
    phone: '(602) 555-0726',
    contactLines: ['Tempe, AZ'],
    headings: {
      profile: 'Summary',
      work: 'Experience',
      skills: 'Skills',
      education: 'Education',
      certifications: 'Certifications',
    },
    profile: [
      'Inside sales rep for an HVAC parts distributor. Before that, three summers in the field as an installer’s ' +
        'helper, so I know what a contractor means by “the part that rattles”.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Inside Sales Representative',
        'Saguaro HVAC Supply',
        '2023',
        null,
        true,
        'Q2 2023 – present',
        [
          'Phone and e-mail quotes for the branch’s 1,100 contractor accounts, on a shared desk of four reps',
          'Annual quota of $4.5 million; 108% in 2025',
          'Counter backup in the summer rush',
        ],
        'Tempe, AZ',
      ),
      job(
        'Counter Sales Associate',
        'Saguaro HVAC Supply',
        '2021',
        '2023',
        true,
        'Q4 2021 – Q1 2023',
        ['Parts and equipment sales to contractors at the trade counter'],
        'Mesa, AZ',
      ),
      job(
        'Installer’s Helper',
        'Desert Air Mechanical',
        '2018',
        '2020',
        false,
        'Summers 2018 – 2020',
        [],
        'Chandler, AZ',
      ),
    ],
    education: [
      edu('associate', 'Associate of Arts (A.A.), Business, Mesa Community College, 2018 – 2021', {
        field: 'Business',
        institution: 'Mesa Community College',
        startYear: 2018,
        endYear: 2021,
      }),
      edu('high school', 'High School Diploma, Kyrene Vista High School, 2018', {
        institution: 'Kyrene Vista High School',
        endYear: 2018,
      }),
    ],
    courses: [],
    certifications: [named('EPA Section 608 Universal', 'EPA Section 608 Universal certification (2019)')],
    languages: [lang('en', 'native', 'English (native)'), lang('es', 'C1', 'Spanish (fluent)')],
    skills: [
      'Customer-centric and quick on quotes',
      'Works under pressure in the 115°F summer rush',
      'Epicor Eclipse ERP',
    ],
    closing: [{ kind: 'paragraph', text: 'NATE Ready-to-Work certificate – in progress.' }],
    clientBase: null,
    competencies: ['customer_focus', 'stress_resistance'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-sixth held-out set's English CVs: skills-first, functional and hybrid CVs as people write them in 2026
 * in the UK, Ireland, the US, Canada, Australia, New Zealand, South Africa, India, Kenya, Singapore, the Philippines
 * and Poland, written without reading the reader. Key skills, competences and achievements come first; the dated
 * history is short, late or at the very end. The careers do not run in a straight line: interim and fractional
 * assignments, freelance agents and B2B contracts, self-employment next to a salaried job, several part-time jobs at
 * once, and gaps for caring, study, travel and illness that the candidate explains. They sell commercial laundry
 * equipment, process pumps, deli foods, wine, outdoor gear, school resources, flooring, solar inverters, animal
 * health products, seed, exhibition space, rattan furniture, fleet telematics, FMCG, logistics software, care
 * staffing, music gear, HVAC equipment, bakery products, bikes, automation components and event hire; a bookkeeper,
 * a turnaround planner and a clinical specialist have never sold.
 */
export const HELD_OUT_36_EN: CvSource[] = [
  {
    id: 'en-h36-01-england-bristol-returner-laundry-equipment-account-manager-functional',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Three Thousand One',
    email: 'bedminster.3601@example.com',
    phone: '07700 900614',
    contactLines: ['Bedminster, Bristol BS3', 'Full UK driving licence'],
    tagline: 'Account Manager – commercial laundry equipment',
    afterContact: [
      { kind: 'heading', text: 'Key Skills' },
      {
        kind: 'bullets',
        items: [
          'Relationship building with care home managers, hoteliers and laundry owners – the people who decide which machines go into their laundry room',
          'Negotiation: rental agreements, service contracts and trade-in deals',
          'Organised: diary, surveys, quotes and installs for 45 accounts on three days a week',
          'Product knowledge: washer-extractors, tumble dryers, ironers and infection-control wash programmes',
        ],
      },
      { kind: 'heading', text: 'Achievements' },
      {
        kind: 'bullets',
        items: [
          'Won the laundry refit of a six-home care group in 2024, the branch’s largest single order that year',
          'Grew my key accounts from £1.2m to £2.9m a year between 2011 and 2019',
          'Designed the planned-maintenance package that 30 of my customers now take',
        ],
      },
    ],
    headings: {
      profile: 'Profile',
      work: 'Employment History',
      education: 'Education',
      courses: 'Training',
      languages: 'Languages',
    },
    profile: [
      'I have worked in commercial laundry equipment since 2008, and before that I ran a hotel housekeeping team, ' +
        'so I know what happens when the washers stop on a Sunday morning. I took three and a half years out to ' +
        'care for my mother and came back part-time in 2023. Today I look after 45 accounts across Bristol, Bath and ' +
        'North Somerset – care homes, hotels, launderettes and two sports clubs – and I am ready for a full-time ' +
        'account manager role again.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Manager', 'Severn Laundry Systems Ltd', '2023-03', null, true, 'March 2023 – present'),
        lines: [
          'Account Manager (part-time, 3 days a week) | Severn Laundry Systems Ltd, Bristol | March 2023 – present',
        ],
      },
      {
        ...job(
          'Key Account Manager',
          'Avon Commercial Laundry Ltd',
          '2011-09',
          '2019-05',
          true,
          'September 2011 – May 2019',
        ),
        lines: [
          'Career break | June 2019 – February 2023 | Full-time carer for my mother after her stroke',
          'Key Account Manager | Avon Commercial Laundry Ltd, Bristol | September 2011 – May 2019',
        ],
      },
      {
        ...job(
          'Sales Administrator',
          'Avon Commercial Laundry Ltd',
          '2008-02',
          '2011-08',
          false,
          'February 2008 – August 2011',
        ),
        lines: ['Sales Administrator | Avon Commercial Laundry Ltd, Bristol | February 2008 – August 2011'],
      },
      {
        ...job('Housekeeping Supervisor', 'The Avonview Hotel', '2003', '2008', false, '2003 – 2008'),
        lines: ['Housekeeping Supervisor | The Avonview Hotel, Bristol | 2003 – 2008'],
      },
      {
        ...job('Room Attendant', 'The Avonview Hotel', '2000', '2003', false, '2000 – 2003'),
        lines: ['Room Attendant | The Avonview Hotel, Bristol | 2000 – 2003'],
      },
    ],
    education: [
      edu('lower secondary', 'GCSEs (8, including English and Maths) – Ashton Vale School, Bristol, 2000', {
        institution: 'Ashton Vale School',
        endYear: 2000,
      }),
    ],
    courses: [
      named('Infection control in care home laundries', 'Infection control in care home laundries – 2017'),
      named('Key account planning', 'Key account planning – two-day course, 2014'),
    ],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('pl', 'A2', 'Polish – basic (from my housekeeping team)'),
    ],
    skills: [],
    closing: [{ kind: 'paragraph', text: 'References available on request.' }],
    clientBase: { activeAccounts: 45, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h36-02-scotland-stirling-interim-key-account-manager-pumps-valves',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Three Thousand Two',
    email: 'interim.kam3602@example.net',
    phone: '+44 7700 900362',
    contactLines: ['Bridge of Allan, Stirling FK9', 'Limited company contractor'],
    tagline: 'Interim Key Account Manager | Process pumps, valves and instrumentation',
    afterContact: [
      { kind: 'heading', text: 'Core Competencies' },
      {
        kind: 'bullets',
        items: [
          'Key account management in the process industries: distilling, food, water and chemicals',
          'Technical selling to engineers and plant managers',
          'Negotiating framework agreements, spares contracts and service levels',
          'Taking over a territory fast – my assignments are usually productive within the first month',
        ],
      },
      { kind: 'heading', text: 'Selected Results' },
      {
        kind: 'bullets',
        items: [
          'Forth Process Pumps: renewed the three-year framework with a malt distilling group (2025)',
          'Ayrshire Fluid Controls: rebuilt a territory left empty for nine months; 31 dormant accounts buying again',
          'Caledonian Valve Company: key account sales up from £2.1m to £4.6m (2012 – 2020)',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Assignments and Employment',
      education: 'Education',
      courses: 'Training',
      certifications: 'Professional Membership',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Chartered mechanical engineer who moved into sales in 2012. Since 2021 I have worked as an interim key ' +
        'account manager through my own company, Kelvinside Commercial Ltd, covering vacancies, long-term sickness ' +
        'and territory rebuilds for pump, valve and instrumentation suppliers in Scotland.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Interim Key Account Manager',
          'Forth Process Pumps Ltd',
          '2025-01',
          null,
          true,
          'Jan 2025 – present (extended to March 2027)',
          [
            '22 key accounts across Scotland: distilleries, water treatment contractors, food plants and two chemical sites',
            'Plant and engineering managers who sign off the spend; annual sales on the accounts of about £3.4m',
            'Covering the post while the company recruits; contract extended twice',
          ],
        ),
        lines: [
          'Forth Process Pumps Ltd, Grangemouth',
          'Interim Key Account Manager · Jan 2025 – present (extended to March 2027)',
        ],
      },
      {
        ...job(
          'Interim Area Sales Manager',
          'Ayrshire Fluid Controls Ltd',
          '2023-04',
          '2024-11',
          true,
          'Apr 2023 – Nov 2024',
          ['West of Scotland territory, about 60 accounts, no team'],
        ),
        lines: ['Ayrshire Fluid Controls Ltd, Irvine', 'Interim Area Sales Manager · Apr 2023 – Nov 2024'],
      },
      {
        ...job(
          'Business Development Manager',
          'Lomond Instrumentation Ltd',
          '2021-02',
          '2023-03',
          true,
          'Feb 2021 – Mar 2023',
          ['New business for flow and level instruments in the food and drink sector'],
        ),
        lines: [
          'Oct 2020 – Jan 2021: redundancy, then setting up Kelvinside Commercial Ltd',
          'Lomond Instrumentation Ltd, Glasgow',
          'Business Development Manager (fixed-term contract) · Feb 2021 – Mar 2023',
        ],
      },
      {
        ...job(
          'Key Account Manager',
          'Caledonian Valve Company Ltd',
          '2012-03',
          '2020-09',
          true,
          'Mar 2012 – Sep 2020',
        ),
        lines: ['Caledonian Valve Company Ltd, Falkirk', 'Key Account Manager · Mar 2012 – Sep 2020'],
      },
      {
        ...job(
          'Field Service Engineer',
          'Caledonian Valve Company Ltd',
          '2005-08',
          '2012-02',
          false,
          'Aug 2005 – Feb 2012',
        ),
        lines: ['Field Service Engineer · Aug 2005 – Feb 2012'],
      },
      {
        ...job('Graduate Engineer', 'Clydeside Pump Works Ltd', '2001', '2005', false, '2001 – 2005'),
        lines: ['Clydeside Pump Works Ltd, Glasgow', 'Graduate Engineer · 2001 – 2005'],
      },
    ],
    education: [
      edu('bachelor', 'BEng (Hons) Mechanical Engineering – University of Strathclyde, 1997 – 2001', {
        field: 'Mechanical Engineering',
        institution: 'University of Strathclyde',
        startYear: 1997,
        endYear: 2001,
      }),
      edu('secondary', 'Highers – Carse View High School, Stirling, 1997', {
        institution: 'Carse View High School',
        endYear: 1997,
      }),
    ],
    courses: [named('Strategic account management', 'Strategic account management – two days, 2016')],
    certifications: [named('Chartered Engineer (CEng MIMechE)', 'Chartered Engineer (CEng MIMechE), since 2009')],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'A2', 'French – basic')],
    skills: ['Negotiation', 'Technical selling', 'Team player on site and in the office', 'SAP, Salesforce, HubSpot'],
    clientBase: { activeAccounts: 22, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'en-h36-03-ireland-cork-three-part-time-jobs-inside-sales-deli-wholesale',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Three Thousand Three',
    email: 'ballincollig.3603@example.org',
    phone: '085 360 3417',
    contactLines: ['Ballincollig, Co. Cork'],
    afterContact: [
      { kind: 'heading', text: 'Skills and Strengths' },
      {
        kind: 'bullets',
        items: [
          'Telephone selling: 60 to 80 calls a day, and every call ends with a new line offered',
          'Customer focus – ten years on a shop floor before I moved into sales',
          'Time management: three part-time jobs and no missed order cut-off',
          'French for suppliers and the odd French chef',
        ],
      },
      { kind: 'heading', text: 'Highlights' },
      {
        kind: 'bullets',
        items: [
          'Orders from my phone accounts up 18% in 2025 after I started a weekly "new in" call',
          'Best homewares store team in the group, 2016 (as supervisor)',
        ],
      },
    ],
    headings: {
      profile: 'About Me',
      work: 'Work History',
      education: 'Education',
      courses: 'Training',
      skills: 'Systems',
      languages: 'Languages',
    },
    profile: [
      'Mature graduate (BA French and Business, UCC, 2022) with ten years of retail behind me. At the moment I work ' +
        'three part-time jobs – inside sales for a deli wholesaler, weekends at a garden centre and French grinds in ' +
        'the evenings – and I am looking for one full-time inside or field sales role in the food trade.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Inside Sales Executive', 'Lee Valley Fine Foods Ltd', '2023-09', null, true, 'Sept 2023 onwards', [
          'I phone 70 delis, cafés, farm shops and restaurants in Cork and Kerry every week and take their orders for cheese, charcuterie and dry goods',
          'Sales on my accounts of about €640,000 in 2025',
          'Nearly all are owner-run, and the owner decides what goes on the counter',
        ]),
        lines: ['Sept 2023 onwards: Inside Sales Executive (part-time, 20 hours), Lee Valley Fine Foods Ltd, Cork'],
      },
      {
        ...job('Sales Assistant', 'Glenview Garden Centre', '2022-04', null, true, 'April 2022 onwards', [
          'Advise and sell on the shop floor and at the tills: plants, tools, furniture and gifts',
        ]),
        lines: ['April 2022 onwards: Sales Assistant (weekends), Glenview Garden Centre, Blarney'],
      },
      {
        ...job('French Tutor', 'self-employed', '2022-09', null, false, 'Sept 2022 onwards', [
          'Leaving Cert grinds, two evenings a week, eight students this year',
        ]),
        lines: ['Sept 2022 onwards: French Tutor, self-employed'],
      },
      job(
        'Retail Supervisor',
        'Harbour & Co. Department Store',
        '2013-03',
        '2019-08',
        false,
        'March 2013 – August 2019',
        ['Ran the homewares floor with a team of eight: rotas, stock, visual merchandising and cash-up'],
        'Cork',
      ),
      job(
        'Sales Assistant',
        'Harbour & Co. Department Store',
        '2009-06',
        '2013-02',
        true,
        'June 2009 – February 2013',
        ['Homewares and gifts; served and sold, handled returns and deliveries'],
        'Cork',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'September 2019 – May 2022: full-time student at University College Cork, including a year in Lyon ' +
          '(Erasmus, 2020 – 2021).',
      },
    ],
    education: [
      edu('ba', 'BA French and Business – University College Cork, 2019 – 2022 (mature student, 2.1)', {
        field: 'French and Business',
        institution: 'University College Cork',
        startYear: 2019,
        endYear: 2022,
      }),
      edu('secondary', 'Leaving Certificate – Coláiste an Chnoic, Ballincollig, 2008', {
        institution: 'Coláiste an Chnoic',
        endYear: 2008,
      }),
    ],
    courses: [named('Food Safety Level 2 (HACCP)', 'Food Safety Level 2 (HACCP), 2023')],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('fr', 'C1', 'French – fluent (Erasmus year in Lyon)'),
      lang('ga', 'A2', 'Irish – basic'),
    ],
    skills: ['Excel, Sage 200 order entry, Shopify', 'Full clean driving licence'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 640_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation', 'sales'],
  },
  {
    id: 'en-h36-04-south-africa-stellenbosch-freelance-wine-export-agent-to-kam',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Three Thousand Four',
    email: 'capewine.export3604@example.com',
    phone: '+27 82 555 3604',
    contactLines: ['Stellenbosch, Western Cape', 'Driver’s licence: Code B'],
    afterContact: [
      { kind: 'heading', text: 'Skills Summary' },
      {
        kind: 'bullets',
        items: [
          'Export sales to importers and retail chains in the UK, Germany, the Netherlands and Scandinavia',
          'Negotiation of annual listings, price increases and promotional support',
          'Relationship building: some of my importers have bought from me for ten years',
          'Trade fairs: ProWein, London Wine Fair, Cape Wine',
        ],
      },
      { kind: 'heading', text: 'Key Achievements' },
      {
        kind: 'bullets',
        items: [
          'Opened the Dutch and Danish markets for Helderberg Ridge: 7 new importers in three years',
          'As a freelance agent (2020 – 2022), placed 11 small cellars with UK and German importers',
          'Export volume at Simonsberg Vale grew from 40,000 to 190,000 cases a year (2014 – 2020)',
        ],
      },
    ],
    headings: {
      profile: 'Profile',
      work: 'Career History',
      education: 'Education',
      courses: 'Short Courses',
      certifications: 'Qualifications',
      languages: 'Languages',
      workTable: ['From – To', 'Job Title', 'Company'],
    },
    profile: [
      'Wine export manager with sixteen years in the Cape winelands, from cellar hand to key account manager. I ' +
        'currently manage 28 importers and retail buyers in the UK, Germany, the Netherlands, Denmark and Sweden, ' +
        'with export sales of about €2.3 million (R46 million) in 2025. Most of my buyers own small importing houses ' +
        'or are category buyers at the chains, and they decide the listings themselves.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job(
        'Key Account Manager – Export',
        'Helderberg Ridge Wines (Pty) Ltd',
        '2022-06',
        null,
        true,
        'Jun 2022 – present',
        ['Listings, pricing and promotions with 28 importers and chains', 'Two European market visits a year'],
      ),
      job('Freelance Export Agent', 'Cape Cellar Connect', '2020-07', '2022-05', true, 'Jul 2020 – May 2022', [
        'My own agency on commission, representing eleven small cellars to importers in the UK and Germany',
      ]),
      job('Export Sales Manager', 'Simonsberg Vale Estate', '2014-02', '2020-06', true, 'Feb 2014 – Jun 2020'),
      job('Tasting Room Assistant', 'Simonsberg Vale Estate', '2013-01', '2014-01', true, 'Jan 2013 – Jan 2014', [
        'Presented and sold wines to visitors; signed up 140 wine club members',
      ]),
      job('Cellar Hand', 'Jonkershoek Road Cellars', '2010-01', '2012-02', false, 'Jan 2010 – Feb 2012'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Mar 2012 – Dec 2012: travelling in Europe and South America before moving from the cellar into sales.',
      },
    ],
    education: [
      edu('bsc', 'BSc Agriculture (Viticulture and Oenology) – Stellenbosch University, 2006 – 2009', {
        field: 'Viticulture and Oenology',
        institution: 'Stellenbosch University',
        startYear: 2006,
        endYear: 2009,
      }),
      edu('secondary', 'National Senior Certificate (Matric) – Hoërskool Jonkershoek, 2005', {
        institution: 'Hoërskool Jonkershoek',
        endYear: 2005,
      }),
    ],
    courses: [named('Export readiness programme', 'Export readiness programme – 2016')],
    certifications: [named('WSET Level 4 Diploma in Wines', 'WSET Level 4 Diploma in Wines (DipWSET), 2019')],
    languages: [
      lang('af', 'native', 'Afrikaans – home language'),
      lang('en', 'C1', 'English – fluent'),
      lang('nl', 'B2', 'Dutch – good (reading and understanding)'),
      lang('de', 'A2', 'German – basic'),
    ],
    skills: [],
    clientBase: { activeAccounts: 28, annualRevenueEur: 2_300_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h36-05-us-denver-fractional-head-of-sales-outdoor-brands',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Three Thousand Five',
    email: 'fractional.sales3605@example.com',
    phone: '(720) 555-0136',
    contactLines: ['Denver, CO 80211', 'example.com/in/c3605'],
    tagline: 'Fractional Head of Sales | Outdoor & Specialty Retail | Rocky Mountain Region',
    afterContact: [
      { kind: 'heading', text: 'Areas of Expertise' },
      {
        kind: 'bullets',
        items: [
          'Specialty retail sell-in and sell-through',
          'Building independent rep networks from zero',
          'Consultative selling to independent shop owners',
          'Collaboration with founders, operations and marketing',
        ],
      },
      { kind: 'heading', text: 'Impact' },
      {
        kind: 'bullets',
        items: [
          'Took Switchback Supply Co. from 9 to 31 specialty doors in 14 months',
          'Q3 2024: signed a 12-store regional chain for Alpine Loop Gear',
          '$1.9M in specialty retail bookings across both brands in 2025',
        ],
      },
    ],
    headings: {
      profile: 'Summary',
      work: 'Engagements & Employment',
      education: 'Education',
      courses: 'Training',
      certifications: 'Certifications',
      languages: 'Languages',
    },
    profile: [
      'Sales leader for young outdoor brands. Since 2023 I have worked as a fractional head of sales – two brands at ' +
        'a time, two to three days a week each – building their wholesale business with specialty outdoor retailers. ' +
        'Between the two brands I personally manage 40 specialty retail accounts in Colorado, Utah, Wyoming and ' +
        'Montana, almost all owner-operated: the owner or the buyer decides what goes on the wall.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'When', title: 'Role', employer: 'Company', duties: 'What I do / did' },
    jobs: [
      job(
        'Fractional Head of Sales',
        'Switchback Supply Co.',
        '2023',
        null,
        true,
        'Q2 2023 – present (2 days a week)',
        [
          'Wholesale strategy, pricing and terms',
          'Own the specialty accounts in CO and UT',
          'Manage two independent reps',
        ],
        'Boulder, CO',
      ),
      job(
        'Fractional Head of Sales',
        'Alpine Loop Gear LLC',
        '2024',
        null,
        true,
        'Q1 2024 – present (3 days a week)',
        ['Own the accounts in WY and MT', 'Trade show program and dealer terms'],
        'Golden, CO',
      ),
      job(
        'Regional Sales Manager – Mountain West',
        'Timberline Outdoor Brands Inc.',
        '2016-05',
        '2022-03',
        true,
        'May 2016 – March 2022',
        ['Territory of 140 specialty and chain doors in eight states', 'Hired and ran four field reps'],
        'Denver, CO',
      ),
      job(
        'Inside Sales Representative',
        'Timberline Outdoor Brands Inc.',
        '2014-01',
        '2016-04',
        true,
        'January 2014 – April 2016',
        ['Phone and EDI orders for 300 small accounts; reorders and preseason bookings'],
        'Denver, CO',
      ),
      job(
        'Sales Associate',
        'Front Range Mountain Sports',
        '2010-06',
        '2013-12',
        true,
        'June 2010 – December 2013 (part-time through college)',
        ['Sold footwear, packs and climbing gear; boot fitting'],
        'Fort Collins, CO',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Sabbatical' },
      {
        kind: 'paragraph',
        text: 'April 2022 – December 2022: thru-hiked the Continental Divide Trail, Mexico to Canada, then took time to plan going independent.',
      },
    ],
    education: [
      edu('bsc', 'B.S. in Business Administration, Colorado State University, Fort Collins – 2013', {
        field: 'Business Administration',
        institution: 'Colorado State University',
        endYear: 2013,
      }),
    ],
    courses: [named('Value-based selling workshop', 'Value-based selling workshop, 2019')],
    certifications: [named('Wilderness First Responder (WFR)', 'Wilderness First Responder (WFR) – recertified 2025')],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'B1', 'Spanish – conversational')],
    skills: [],
    clientBase: { activeAccounts: 40, segment: 'regional_smb', decisionMakers: true },
    competencies: ['sales', 'teamwork'],
  },
  {
    id: 'en-h36-06-canada-moncton-teacher-to-educational-sales-rep-health-break',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Three Thousand Six',
    email: 'c3606.dieppe@example.net',
    phone: '506-555-0136',
    contactLines: ['Dieppe, NB  E1A'],
    afterContact: [
      { kind: 'heading', text: 'Relevant Skills & Experience' },
      { kind: 'paragraph', text: 'Sales and account management' },
      {
        kind: 'bullets',
        items: [
          'Look after about 90 schools in southern New Brunswick and Prince Edward Island',
          'Resource sales of C$1.2M in 2025, up 9% on 2024',
          'Principals decide on their classroom resource budgets; I work with them and their literacy leads',
        ],
      },
      { kind: 'paragraph', text: 'Teaching and training' },
      {
        kind: 'bullets',
        items: [
          'Eleven years as a Grade 3–5 teacher',
          'Run teacher workshops on our literacy and math programs, in English and French',
        ],
      },
      { kind: 'paragraph', text: 'Communication' },
      {
        kind: 'bullets',
        items: ['Bilingual presentations to school staff, home and school associations and district committees'],
      },
    ],
    headings: {
      profile: 'Summary of Qualifications',
      work: 'Work History',
      education: 'Education',
      courses: 'Professional Development',
      certifications: 'Certification',
      skills: 'Other Skills',
      languages: 'Languages',
    },
    profile: [
      'Former elementary teacher, now in my fifth year selling literacy and math resources to schools. After a ' +
        'health break in 2020 – 2021 I moved from the classroom into sales, and what made me a good teacher – ' +
        'patience, clear explanations, following up – works with principals too.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Educational Sales Representative',
        'Tidewater Learning Resources',
        '2022-01',
        null,
        true,
        'Jan 2022 – present',
        undefined,
        'Moncton',
      ),
      {
        ...job('Elementary Teacher', 'École Sainte-Anne-des-Prés', '2009', '2020', false, '2009 – 2020'),
        lines: [
          'Sept 2020 – Dec 2021   Health leave (burnout), then left teaching and took a sales course',
          '2009 – 2020   Elementary Teacher (Grades 3–5) – École Sainte-Anne-des-Prés, Dieppe',
        ],
      },
      job(
        'Sales Clerk',
        'Librairie du Coude',
        '2005',
        '2009',
        true,
        '2005 – 2009 (part-time, during university)',
        undefined,
        'Moncton',
      ),
    ],
    education: [
      edu('bachelor', 'Bachelor of Education (B.Ed.) – Université de Moncton, 2009', {
        field: 'Education',
        institution: 'Université de Moncton',
        endYear: 2009,
      }),
      edu('ba', 'Bachelor of Arts (B.A.), French Studies – Université de Moncton, 2007', {
        field: 'French Studies',
        institution: 'Université de Moncton',
        endYear: 2007,
      }),
    ],
    courses: [named('Professional Selling Skills', 'Professional Selling Skills – NBCC continuing education, 2021')],
    certifications: [named('New Brunswick Teacher’s Certificate 5', 'New Brunswick Teacher’s Certificate 5')],
    languages: [lang('fr', 'native', ''), lang('en', 'C1', '')],
    languagesText: ['French is my mother tongue (Acadian); English fluent – I work in both every day.'],
    skills: ['Google Workspace, Salesforce', 'Presenting to groups of 5 to 200', 'Class 5 driver’s licence'],
    clientBase: { activeAccounts: 90, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'sales'],
  },
  {
    id: 'en-h36-07-australia-geelong-flooring-territory-manager-and-pilates-studio',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Three Thousand Seven',
    email: 'surfcoast.3607@example.com',
    phone: '0412 360 719',
    contactLines: ['Belmont VIC 3216'],
    tagline: 'Territory Manager – Commercial Flooring (Geelong, Surf Coast & Ballarat)',
    afterContact: [
      { kind: 'heading', text: 'Career Snapshot' },
      {
        kind: 'bullets',
        items: [
          'Nine years in commercial flooring, from internal sales to territory manager',
          'Three days a week since July 2022, so I could build my own Pilates studio on the side',
          'Studio now runs with two instructors – I am ready to go back to full-time sales',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Work History',
      education: 'Education',
      certifications: 'Certificates',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'I sell carpet tiles, vinyl and safety flooring to flooring contractors, builders and design practices in ' +
        'Geelong, on the Surf Coast and in Ballarat. My 62 contractor accounts and 15 architecture and interior ' +
        'design practices are mostly small, owner-run businesses, and the contractor’s owner usually chooses the ' +
        'product within the architect’s spec.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Territory Manager',
        'Corio Commercial Floors Pty Ltd',
        '2019-02',
        null,
        true,
        'Feb 2019 – present',
        [
          'Full-time until June 2022, three days a week since July 2022',
          'Territory sales of A$4.6M in FY2025; 11 aged-care and school projects won in 2025',
        ],
        'Geelong',
      ),
      {
        ...job('Pilates Instructor', 'Core & Shore Pilates', '2022-07', null, false, 'Jul 2022 – present', [
          'Teach 12 reformer classes a week; bookings, marketing and the books for the studio',
        ]),
        lines: [
          'Pilates Instructor',
          'Core & Shore Pilates (my own business, sole trader), Torquay | Jul 2022 – present',
        ],
      },
      job(
        'Internal Sales Representative',
        'Corio Commercial Floors Pty Ltd',
        '2017-03',
        '2019-01',
        true,
        'Mar 2017 – Jan 2019',
        ['Quoted and took orders by phone from about 200 smaller contractors'],
        'Geelong',
      ),
      {
        ...job('Retail Assistant', 'Swell Surf Co.', '2011-11', '2015-12', true, 'Nov 2011 – Dec 2015', [
          'Sold wetsuits, boards and clothing; ran the board-hire desk in summer',
        ]),
        lines: [
          'Jan 2016 – Feb 2017: travelling – South America, Spain and Portugal',
          'Retail Assistant (casual, through uni)',
          'Swell Surf Co., Torquay | Nov 2011 – Dec 2015',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Bachelor of Commerce (Marketing) – Deakin University, Geelong, 2012 – 2015', {
        field: 'Marketing',
        institution: 'Deakin University',
        startYear: 2012,
        endYear: 2015,
      }),
      edu('secondary', 'Victorian Certificate of Education (VCE) – Barrabool Secondary College, 2011', {
        institution: 'Barrabool Secondary College',
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Comprehensive Pilates Instructor Certification',
        'Comprehensive Pilates Instructor Certification (mat and reformer), 2022',
      ),
      named('Provide First Aid (HLTAID011)', 'Provide First Aid (HLTAID011) – renewed 2026'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'A2', 'Spanish – basic (from travelling)')],
    skills: [
      'Specification selling to architects and designers',
      'Negotiating project pricing with contractors',
      'Time management',
      'Self-starter',
      'Reading plans and quantity take-offs',
      'Salesforce, Xero',
    ],
    clientBase: { activeAccounts: 77, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'negotiation', 'organisation', 'sales'],
  },
  {
    id: 'en-h36-08-india-bengaluru-solar-channel-manager-mba-break-freelance-consultant',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Three Thousand Eight',
    email: 'solar.channel3608@example.com',
    phone: '+91 98450 36081',
    contactLines: ['HSR Layout, Bengaluru – 560102'],
    tagline: 'Regional Channel Manager – Solar Inverters & Storage | 13 years in B2B channel sales',
    afterContact: [
      { kind: 'heading', text: 'Core Competencies' },
      {
        kind: 'bullets',
        items: [
          'Channel sales and distributor management',
          'Partner onboarding and product training',
          'Negotiation of distributor margins and schemes',
          'Sales forecasting and analysis',
          'Team player with service, logistics and finance teams',
        ],
      },
      { kind: 'heading', text: 'Key Achievements' },
      {
        kind: 'bullets',
        items: [
          'Grew the South partner network from 19 to 38 distributors and EPC partners (2023 – 2026)',
          'Best Regional Performer award, FY 2024-25',
          'As a consultant, set up the first Karnataka distributors for a Pune-based inverter brand',
        ],
      },
    ],
    headings: {
      profile: 'Profile Summary',
      work: 'Professional Experience',
      education: 'Academic Qualifications',
      courses: 'Trainings',
      languages: 'Languages Known',
    },
    profile: [
      'Channel sales professional with 13 years in electrical and solar products. Presently responsible for 38 ' +
        'channel partners – distributors and EPC installers – across Karnataka, Tamil Nadu and Kerala. They are ' +
        'mostly owner-managed firms where the proprietor takes the stocking decision himself.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Regional Channel Manager – South',
          'Suryatej Power Electronics Pvt. Ltd.',
          '2023-07',
          null,
          true,
          'July 2023 – Present',
          [
            'Responsible for 38 channel partners in three states; secondary sales of ₹142 crore in FY 2025-26',
            'Quarterly business reviews and scheme negotiations with partner owners',
          ],
        ),
        lines: [
          'July 2023 – Present | Regional Channel Manager – South | Suryatej Power Electronics Pvt. Ltd., Bengaluru',
        ],
      },
      {
        ...job('Channel Sales Consultant', 'Self-employed', '2022-06', '2023-06', true, 'June 2022 – June 2023', [
          'Freelance, on retainer for two clients: a Pune inverter brand and a Chennai battery maker',
          'Identified, signed and trained 6 distributors in Karnataka and Kerala',
        ]),
        lines: ['June 2022 – June 2023 | Channel Sales Consultant (freelance) | Self-employed, Bengaluru'],
      },
      {
        ...job(
          'Area Sales Manager',
          'Volta Switchgear India Ltd.',
          '2016-04',
          '2021-05',
          true,
          'April 2016 – May 2021',
          ['Dealers and panel builders in Bengaluru and Mysuru; team of 3 sales officers'],
        ),
        lines: ['April 2016 – May 2021 | Area Sales Manager | Volta Switchgear India Ltd., Bengaluru'],
      },
      {
        ...job('Sales Engineer', 'Volta Switchgear India Ltd.', '2013-06', '2016-03', true, 'June 2013 – March 2016', [
          'Technical offers and order follow-up for 40 electrical contractors',
        ]),
        lines: ['June 2013 – March 2016 | Sales Engineer | Volta Switchgear India Ltd., Bengaluru'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Career break: June 2021 – May 2022 – full-time one-year MBA (see Academic Qualifications).',
      },
    ],
    education: [
      edu('mba', 'MBA (one-year, full-time), Marketing – Kaveri Institute of Management, Bengaluru, 2021 – 2022', {
        field: 'Marketing',
        institution: 'Kaveri Institute of Management',
        startYear: 2021,
        endYear: 2022,
      }),
      edu(
        'bachelor',
        'B.E. (Electrical & Electronics Engineering) – Visvesvaraya Technological University, 2009 – 2013 – 71%',
        {
          field: 'Electrical & Electronics Engineering',
          institution: 'Visvesvaraya Technological University',
          startYear: 2009,
          endYear: 2013,
        },
      ),
      edu('secondary', 'II PUC (PCMB) – Vidyaranya PU College, Mysuru, 2009 – 78%', {
        institution: 'Vidyaranya PU College',
        endYear: 2009,
      }),
    ],
    courses: [named('Solar PV system design', 'Solar PV system design (online), 2020')],
    certifications: [],
    languages: [lang('kn', 'native', ''), lang('en', 'C1', ''), lang('hi', 'B2', ''), lang('ta', 'B1', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Language', 'Proficiency', 'Read / Write / Speak'],
        rows: [
          ['Kannada', 'Mother tongue', 'Yes / Yes / Yes'],
          ['English', 'Fluent', 'Yes / Yes / Yes'],
          ['Hindi', 'Good', 'Yes / Yes / Yes'],
          ['Tamil', 'Conversational', 'No / No / Yes'],
        ],
      },
    ],
    skills: [],
    closing: [
      { kind: 'heading', text: 'Declaration' },
      {
        kind: 'paragraph',
        text: 'I hereby declare that the details furnished above are true to the best of my knowledge. Place: Bengaluru',
      },
    ],
    clientBase: { activeAccounts: 38, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'en-h36-09-new-zealand-nelson-bookkeeper-and-office-manager-no-sales',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Three Thousand Nine',
    email: 'nelson.books3609@example.org',
    phone: '021 036 0942',
    contactLines: ['Stoke, Nelson 7011'],
    tagline: 'Bookkeeper and Office Manager – Xero, payroll, GST',
    afterContact: [
      { kind: 'heading', text: 'What I Offer' },
      {
        kind: 'bullets',
        items: [
          'Full-charge bookkeeping in Xero and MYOB: payables, receivables, bank reconciliations, GST returns',
          'Payroll for seasonal crews of up to 60 people',
          'Organised and calm at month end',
          'Clear communication with business owners who would rather be on the tools than doing paperwork',
        ],
      },
      { kind: 'heading', text: 'Achievements' },
      {
        kind: 'bullets',
        items: [
          'Cut the vineyard’s month-end close from 12 working days to 4',
          'Moved five of my own clients from spreadsheets to Xero in 2024',
        ],
      },
    ],
    headings: {
      profile: 'About Me',
      work: 'Employment',
      education: 'Qualifications',
      courses: 'Courses',
      certifications: 'Certifications',
      skills: 'Software',
      languages: 'Languages',
      workTable: ['Dates', 'Role', 'Organisation'],
    },
    profile: [
      'Experienced bookkeeper working two part-time roles: office manager at a vineyard three days a week, and my ' +
        'own small bookkeeping business for a handful of local tradespeople. I would like one permanent role of ' +
        '30 hours or more in Nelson or Richmond.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Office Manager', 'Matai Bay Vineyard Ltd', '2021-08', null, false, 'Aug 2021 – now (3 days/week)', [
        'Accounts, payroll for the vintage and pruning crews, compliance and the office',
      ]),
      job('Bookkeeper', 'Self-employed', '2019-05', null, false, 'May 2019 – now', [
        'Trading as Kōwhai Bookkeeping: GST returns, payroll and year-end packs for builders, electricians and a café',
      ]),
      job('Accounts Administrator', 'Tasman Freight Services Ltd', '2012-02', '2018-02', false, 'Feb 2012 – Feb 2018'),
      job('Accounts Clerk', 'Waimea Timber Merchants Ltd', '2006-01', '2012-01', false, 'Jan 2006 – Jan 2012'),
      job('Receptionist', 'Richmond Family Medical Centre', '2003', '2005', false, '2003 – 2005'),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Gap in Employment' },
      {
        kind: 'paragraph',
        text: 'March 2018 – April 2019: time out for treatment for breast cancer. Fully recovered and back at work since May 2019.',
      },
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'New Zealand Diploma in Business (Accounting) (Level 6) – Nelson Marlborough Institute of Technology, 2014 (part-time)',
        {
          field: 'Accounting',
          institution: 'Nelson Marlborough Institute of Technology',
          endYear: 2014,
        },
      ),
      edu('secondary', 'NCEA Level 2 – Maitai College, 2002', { institution: 'Maitai College', endYear: 2002 }),
    ],
    courses: [named('Payroll fundamentals', 'Payroll fundamentals – 2021')],
    certifications: [named('Xero Advisor Certification', 'Xero Advisor Certification (current)')],
    languages: [lang('en', 'native', 'English – native'), lang('nl', 'B2', 'Dutch – good (my parents are Dutch)')],
    skills: ['Xero, MYOB, iPayroll, Excel (pivot tables)', 'Full driver licence'],
    clientBase: null,
    competencies: ['communication', 'organisation'],
  },
  {
    id: 'en-h36-10-northern-ireland-newry-animal-health-rep-cross-border-travel-gap',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Three Thousand Ten',
    email: 'mourne.vet3610@example.com',
    phone: '07700 903610',
    contactLines: ['Newry, Co. Down BT34'],
    tagline: 'Territory Sales Representative – Animal Health (Northern Ireland & Border Counties)',
    afterContact: [
      { kind: 'heading', text: 'Skills & Competencies' },
      {
        kind: 'bullets',
        items: [
          'Technical selling to vets: parasiticides, vaccines and mineral supplements',
          'Relationship management with large-animal practices and agri merchants on both sides of the border',
          'Resilient: 900 miles a week, lambing season included',
          'Running CPD evenings for vets and meetings for farmers',
        ],
      },
      { kind: 'heading', text: 'Achievements' },
      {
        kind: 'bullets',
        items: [
          'Grew sales in my territory from £2.4m to £3.6m in four years',
          'Brought 22 practices in Monaghan, Louth and Cavan on board after the company opened the Republic in 2021',
        ],
      },
    ],
    headings: {
      profile: 'Personal Profile',
      work: 'Employment',
      education: 'Education',
      courses: 'Training',
      certifications: 'Registration',
      languages: 'Languages',
    },
    profile: [
      'Zoology graduate and former lab technician, in animal health sales since 2017. I cover 95 veterinary ' +
        'practices and 40 agricultural merchants in Northern Ireland and the border counties of the Republic, with ' +
        'sales of £3.6m across both jurisdictions last year (about €4.2m). The practice partners and merchant ' +
        'owners make the buying decisions themselves.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Territory Sales Representative',
        'Mourne Animal Health Ltd',
        '2021-03',
        null,
        true,
        'March 2021 – present',
        ['Vet practices and merchants in Armagh, Down, Tyrone, Fermanagh and the border counties'],
        'Newry',
      ),
      job(
        'Sales Representative',
        'Ulster Vet Supplies Ltd',
        '2017-09',
        '2021-02',
        true,
        'September 2017 – February 2021',
        ['About 60 practices in Antrim and Down; vaccines and practice consumables'],
        'Lisburn',
      ),
      job(
        'Laboratory Technician',
        'Lagan Veterinary Diagnostics Ltd',
        '2013-10',
        '2016-04',
        false,
        'October 2013 – April 2016',
        ['Parasitology and blood testing for vet practices'],
        'Belfast',
      ),
      job(
        'Farm Assistant',
        'family beef and sheep farm',
        '2005',
        '2009',
        false,
        '2005 – 2009 (weekends and summers)',
        undefined,
        'Hilltown',
      ),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'May 2016 – August 2017: travelling in Australia, New Zealand and South-East Asia.' },
    ],
    education: [
      edu('bsc', 'BSc (Hons) Zoology – Queen’s University Belfast, 2010 – 2013', {
        field: 'Zoology',
        institution: 'Queen’s University Belfast',
        startYear: 2010,
        endYear: 2013,
      }),
      edu('secondary', 'A levels: Biology, Chemistry, Geography – Mourneview Grammar School, Newry, 2010', {
        institution: 'Mourneview Grammar School',
        endYear: 2010,
      }),
    ],
    courses: [named('Ruminant nutrition for sales teams', 'Ruminant nutrition for sales teams – 2019')],
    certifications: [
      named(
        'Registered Animal Medicines Advisor (RAMA)',
        'Registered Animal Medicines Advisor (RAMA), AMTRA – since 2018',
      ),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('ga', 'A2', 'Irish – basic (GCSE)')],
    skills: [],
    clientBase: { activeAccounts: 135, annualRevenueEur: 4_200_000, segment: 'international', decisionMakers: true },
    competencies: ['relationship_building', 'sales', 'stress_resistance'],
  },
  {
    id: 'en-h36-11-canada-saskatchewan-grain-farmer-and-independent-seed-dealer',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Three Thousand Eleven',
    email: 'rosthern.seed3611@example.net',
    phone: '306-555-0361',
    contactLines: ['Box 361, Rosthern, SK  S0K 3R0'],
    tagline: 'Seed Sales · Grain Farmer · Crop Insurance Adjuster',
    afterContact: [
      { kind: 'heading', text: 'Summary of Skills' },
      {
        kind: 'bullets',
        items: [
          'Agronomy-based selling: I recommend varieties from my own field trials',
          'Organised through seeding and harvest – three jobs, one calendar',
          'Customer focus: I deliver the seed, I check the stand in June and I come back for the order in December',
          'Farm equipment, grain handling and crop insurance claims from the farmer’s side of the table',
        ],
      },
      { kind: 'heading', text: 'Accomplishments' },
      {
        kind: 'bullets',
        items: [
          'Grew my seed dealership from 30 to 85 farm customers since 2016',
          'Top independent dealer in Saskatchewan for pulse seed, 2024',
        ],
      },
    ],
    headings: {
      profile: 'Profile',
      work: 'Work Experience',
      education: 'Education',
      courses: 'Courses',
      certifications: 'Certification',
      skills: 'Other',
      languages: 'Languages',
    },
    profile: [
      'Third-generation grain farmer near Rosthern. Next to the farm I have run an independent seed dealership ' +
        'since 2016 and work as a seasonal crop insurance adjuster. I sell seed to 85 farm customers within about ' +
        '100 km of Rosthern – owner-operators who make their own buying decisions – for about C$2.1M a year. I am ' +
        'looking for a territory sales role with a seed or crop inputs company.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Farm Owner-Operator', 'Prairie Butte Farms Ltd.', '2011', null, false, '2011 – present'),
        lines: ['Farm Owner-Operator, Prairie Butte Farms Ltd. (family farm, 3,200 acres)', '2011 – present'],
      },
      {
        ...job('Independent Seed Dealer', 'Northstar Seed Genetics', '2016', null, true, '2016 – present', [
          'Cereal, canola and pulse seed; delivery from my own yard',
          'Commission dealer for one seed company; I set prices within their program',
        ]),
        lines: ['Independent Seed Dealer – Northstar Seed Genetics', '2016 – present'],
      },
      {
        ...job(
          'Crop Insurance Adjuster',
          'Prairie Crop Insurance Services',
          '2019',
          null,
          false,
          '2019 – present (seasonal, July to November)',
          ['Hail and yield-loss claims in the Rosthern and Prince Albert area'],
        ),
        lines: [
          'Crop Insurance Adjuster – Prairie Crop Insurance Services',
          '2019 – present (seasonal, July to November)',
        ],
      },
      {
        ...job('Elevator Operator', 'Valley Grain Terminal', '2008', '2011', false, '2008 – 2011'),
        lines: ['Elevator Operator – Valley Grain Terminal, Hague', '2008 – 2011'],
      },
    ],
    education: [
      edu('associate', 'Diploma in Agriculture (two-year) – University of Saskatchewan, 2006 – 2008', {
        field: 'Agriculture',
        institution: 'University of Saskatchewan',
        startYear: 2006,
        endYear: 2008,
      }),
      edu('secondary', 'Grade 12 – Valley Composite High School, Rosthern, 2006', {
        institution: 'Valley Composite High School',
        endYear: 2006,
      }),
    ],
    courses: [named('Grain marketing for farmers', 'Grain marketing for farmers – 2017')],
    certifications: [
      named('Certified Crop Adviser (CCA)', 'Certified Crop Adviser (CCA), Prairie Region – since 2018'),
    ],
    languages: [lang('en', 'native', '')],
    languagesText: [
      'English (first language). I understand Plautdietsch (Low German) from my grandparents and speak a little.',
    ],
    skills: [
      'Agronomy: variety trials, seed treatments, rotations',
      'Class 1A driver’s licence',
      'Pesticide applicator licence (lapsed 2021)',
      'Excel and farm management software',
    ],
    clientBase: { activeAccounts: 85, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation', 'sales'],
  },
  {
    id: 'en-h36-12-england-stockport-freelance-exhibition-sales-two-organisers',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Three Thousand Twelve',
    email: 'standspace.3612@example.com',
    phone: '0161 496 0362',
    contactLines: ['Heaton Moor, Stockport SK4'],
    tagline: 'Freelance Exhibition Sales – stand space and sponsorship',
    afterContact: [
      { kind: 'heading', text: 'What I Bring' },
      {
        kind: 'bullets',
        items: [
          'Sixteen years selling stand space, sponsorship and advertising for trade shows',
          'Persuasive on the phone and on the show floor: most of my rebookings are signed at the show',
          'Works under pressure – the last six weeks before a show are my favourite part of the year',
          'Networking across the UK food, packaging and facilities industries',
        ],
      },
      { kind: 'heading', text: 'Results' },
      {
        kind: 'bullets',
        items: [
          'Sold 96% of the floor plan for the 2025 North West Food Manufacturing Expo',
          '2019: rebooking rate of 78% at Facilities North, a record for the show',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Work History',
      education: 'Education',
      courses: 'Training',
      skills: 'Tools',
      languages: 'Languages',
    },
    profile: [
      'Self-employed since 2021, selling exhibition space on commission for two independent show organisers. ' +
        'Between the two shows I currently look after about 110 exhibitors from across the UK, and I deal with the ' +
        'marketing managers and MDs who sign the stand contracts.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Exhibition Sales Executive', 'Pennine Events Ltd', '2021-09', null, true, 'Sept 2021 – present'),
        lines: [
          'Sept 2021 – present   Exhibition Sales Executive (freelance, commission) – Pennine Events Ltd, organiser of the North West Food Manufacturing Expo',
        ],
      },
      {
        ...job(
          'Sponsorship Sales Consultant',
          'Brightwater Exhibitions Ltd',
          '2023-02',
          null,
          true,
          'Feb 2023 – present',
        ),
        lines: [
          'Feb 2023 – present   Sponsorship Sales Consultant (freelance, two days a week) – Brightwater Exhibitions Ltd, Leeds',
        ],
      },
      {
        ...job('Multi-drop Delivery Driver', 'self-employed', '2020-05', '2021-08', false, 'May 2020 – Aug 2021'),
        lines: ['May 2020 – Aug 2021   Multi-drop Delivery Driver – self-employed, while the shows were cancelled'],
      },
      job(
        'Senior Sales Executive',
        'Castlefield Exhibitions Ltd',
        '2013-01',
        '2020-04',
        true,
        'Jan 2013 – Apr 2020',
        ['Made redundant when the 2020 shows were cancelled'],
        'Manchester',
      ),
      job(
        'Sales Executive',
        'Castlefield Exhibitions Ltd',
        '2010-03',
        '2012-12',
        true,
        'Mar 2010 – Dec 2012',
        undefined,
        'Manchester',
      ),
      job(
        'Telesales Executive',
        'Northern Directories Ltd',
        '2008-06',
        '2010-02',
        true,
        'Jun 2008 – Feb 2010',
        undefined,
        'Salford',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'April – July 2024: off work after a knee replacement; both organisers kept my accounts for me.',
      },
    ],
    education: [
      edu('ba', 'BA (Hons) Media and Cultural Studies – Manchester Metropolitan University, 2005 – 2008', {
        field: 'Media and Cultural Studies',
        institution: 'Manchester Metropolitan University',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('secondary', 'A levels – Heaton Moor Sixth Form College, 2005', {
        institution: 'Heaton Moor Sixth Form College',
        endYear: 2005,
      }),
    ],
    courses: [named('Sponsorship sales masterclass', 'Sponsorship sales masterclass, 2018')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('it', 'B1', 'Italian – conversational (Italian dad)')],
    skills: ['Salesforce, HubSpot', 'Floor plan software', 'Full driving licence'],
    clientBase: { activeAccounts: 110, segment: 'national', decisionMakers: true },
    competencies: ['persuasiveness', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'en-h36-13-philippines-cebu-bpo-to-furniture-export-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Three Thousand Thirteen',
    email: 'cebu.rattan3613@example.com',
    phone: '+63 917 555 3613',
    contactLines: ['Mandaue City, Cebu 6014'],
    afterContact: [
      { kind: 'heading', text: 'Personal Information' },
      {
        kind: 'table',
        rows: [
          ['Date of Birth', '14 March 1994'],
          ['Civil Status', 'Single'],
          ['Citizenship', 'Filipino'],
        ],
      },
      { kind: 'heading', text: 'Core Skills' },
      {
        kind: 'bullets',
        items: [
          'Export account management for furniture importers and retail buyers',
          'Communication skills: nine years on the phone and on video calls with US, Australian and Japanese customers',
          'Customer-centric: I answer my buyers in their own time zone',
          'Order follow-up with production, QC and shipping',
        ],
      },
      { kind: 'heading', text: 'Career Highlights' },
      {
        kind: 'bullets',
        items: [
          'Brought in 6 new importers in Australia and Japan in 2025',
          'Top closer of the outbound sales floor for four quarters in a row (2018 – 2019)',
        ],
      },
    ],
    headings: {
      profile: 'Objective',
      work: 'Work Experience',
      education: 'Educational Background',
      courses: 'Seminars and Trainings',
      certifications: 'Certification',
      skills: 'Computer Skills',
      languages: 'Languages',
    },
    profile: [
      'To grow as an export account manager in home furnishings, with a company that sells Philippine design to the world.',
      'At present I handle 24 importers and retail buyers in the United States, Australia and Japan, with export ' +
        'sales of USD 3.8 million in 2025. The buyers approve the samples and decide the orders.',
    ],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Inclusive Dates',
      title: 'Position',
      employer: 'Company',
      duties: 'Duties and Responsibilities',
    },
    jobs: [
      job(
        'Export Account Manager',
        'Mactan Rattan Crafts Export Corp.',
        '2022-03',
        null,
        true,
        'March 2022 – Present',
        [
          'Handle 24 importer and retail accounts',
          'Quotations, samples and price negotiation',
          'Trade fair in Cebu twice a year',
        ],
        'Mandaue City',
      ),
      job(
        'Freelance Virtual Assistant',
        'Self-employed',
        '2020-06',
        '2022-02',
        false,
        'June 2020 – February 2022',
        ['E-mail, calendar and bookkeeping for three small US businesses, found through an online platform'],
        'work from home',
      ),
      job(
        'Outbound Sales Agent',
        'Visayas Contact Solutions Inc.',
        '2017-08',
        '2020-04',
        true,
        'August 2017 – April 2020',
        ['Sold internet and TV upgrades to US customers by phone; laid off when the account closed in April 2020'],
        'Cebu City',
      ),
      job(
        'Customer Service Representative',
        'Visayas Contact Solutions Inc.',
        '2015-06',
        '2017-07',
        false,
        'June 2015 – July 2017',
        ['Inbound billing and technical calls for a US cable provider'],
        'Cebu City',
      ),
    ],
    education: [
      edu(
        'bachelor',
        'Bachelor of Science in Business Administration, Major in Marketing Management – University of San Carlos, Cebu City, 2011 – 2015',
        { field: 'Marketing Management', institution: 'University of San Carlos', startYear: 2011, endYear: 2015 },
      ),
      edu('secondary', 'Secondary – Subangdaku National High School, Mandaue City, 2011', {
        institution: 'Subangdaku National High School',
        endYear: 2011,
      }),
    ],
    courses: [named('Export documentation and Incoterms', 'Export documentation and Incoterms, 2023')],
    certifications: [
      named(
        'TESDA National Certificate II in Contact Center Services',
        'TESDA National Certificate II in Contact Center Services, 2016',
      ),
    ],
    languages: [lang('tl', 'C1', ''), lang('en', 'C1', ''), lang('ja', 'A2', '')],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['Cebuano – native', 'Filipino – fluent', 'English – fluent', 'Japanese – basic (JLPT N5)'],
      },
    ],
    skills: ['MS Excel, Google Sheets, Zoho CRM', 'Canva for product sheets'],
    closing: [{ kind: 'paragraph', text: 'Character references available upon request.' }],
    clientBase: { activeAccounts: 24, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'customer_focus', 'negotiation'],
  },
  {
    id: 'en-h36-14-new-zealand-tauranga-owner-driver-to-fleet-telematics-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate Three Thousand Fourteen',
    email: 'bop.fleet3614@example.net',
    phone: '027 361 4058',
    contactLines: ['Mount Maunganui, Tauranga 3116'],
    tagline: 'Account Manager – fleet telematics and driver safety',
    afterContact: [
      { kind: 'heading', text: 'Key Skills' },
      {
        kind: 'bullets',
        items: [
          'I speak the customer’s language: ten years on the road, five of them in my own truck',
          'Relationship building with owner-operators and transport managers',
          'Negotiation of multi-year subscription contracts',
          'Proactive – I find the problems in a fleet’s data before the customer does',
        ],
      },
      { kind: 'heading', text: 'Achievements' },
      {
        kind: 'bullets',
        items: [
          '96% renewal rate on my accounts in 2025',
          'Won the region’s biggest log cartage fleet (140 trucks) in 2024',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'About Me',
      work: 'Work History',
      education: 'Education',
      courses: 'Courses',
      skills: 'Also',
      languages: 'Languages',
    },
    profile: [
      'Former truck driver and owner-driver, now looking after 65 transport operators across the Bay of Plenty, ' +
        'Waikato and Gisborne for a telematics company. Most are family firms where the owner signs the contract; ' +
        'together they run about 2,300 vehicles on our system.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Manager',
        'Kaimai Fleet Telematics Ltd',
        '2021-10',
        null,
        true,
        'October 2021 – present',
        [
          'Renewals, upgrades to cameras and fatigue monitoring, and new fleets',
          'Annual recurring revenue on my accounts about NZ$1.9m',
        ],
        'Tauranga',
      ),
      job(
        'Transport Dispatcher',
        'Bay Cartage Group',
        '2017-04',
        '2021-09',
        false,
        'April 2017 – September 2021',
        ['Planned 45 trucks a day for port, log and container work'],
        'Mount Maunganui',
      ),
      {
        ...job('Owner-Driver', 'self-employed', '2010-08', '2015-12', false, 'August 2010 – December 2015'),
        lines: [
          'Career break – January 2016 to March 2017 – home in Gisborne caring for my father',
          'Owner-Driver',
          'self-employed, own truck subcontracted to log and container carriers | August 2010 – December 2015',
        ],
      },
      job(
        'Truck Driver',
        'Coastline Transport Ltd',
        '2006-03',
        '2010-07',
        false,
        'March 2006 – July 2010',
        undefined,
        'Gisborne',
      ),
    ],
    education: [
      edu('vocational', 'New Zealand Certificate in Commercial Road Transport (Level 3) – 2008', {
        field: 'Commercial Road Transport',
        endYear: 2008,
      }),
      edu('lower secondary', 'NCEA Level 1 – Waikirikiri College, Gisborne, 2003', {
        institution: 'Waikirikiri College',
        endYear: 2003,
      }),
    ],
    courses: [named('Fatigue management for transport operators', 'Fatigue management for transport operators – 2019')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('mi', 'A2', 'te reo Māori – basic')],
    skills: [
      'Class 5 heavy vehicle licence with D, F and W endorsements',
      'Telematics dashboards and Excel',
      'Team player',
    ],
    clientBase: { activeAccounts: 65, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'negotiation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'en-h36-15-australia-hobart-residential-solar-energy-consultant-study-break',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Three Thousand Fifteen',
    email: 'hobart.solar3615@example.org',
    phone: '0438 361 552',
    contactLines: ['Sandy Bay TAS 7005'],
    afterContact: [
      { kind: 'heading', text: 'Skills Summary' },
      {
        kind: 'bullets',
        items: [
          'In-home consultations: roof assessment, power bill analysis and system sizing',
          'Consultative selling – no pressure, and the lowest cancellation rate in the team',
          'Patient with older customers and with people who have been burnt by other installers',
          'Creative with small budgets: battery-ready designs that customers can add to later',
        ],
      },
      { kind: 'heading', text: 'Results' },
      {
        kind: 'bullets',
        items: ['212 systems sold in 2025 at an average of A$14,900', '4.9 stars from 160 customer reviews'],
      },
    ],
    headings: {
      profile: 'Summary',
      work: 'Employment',
      education: 'Education',
      courses: 'Short Courses',
      skills: 'Other',
      languages: 'Languages',
    },
    profile: [
      'Energy consultant selling rooftop solar and home batteries to homeowners in southern Tasmania. I came to ' +
        'sales late: after a Diploma of Community Services and years in disability support, I went back to ' +
        'full-time study in 2021 – 2022 and then into solar. I still do two casual support shifts a week.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Energy Consultant', 'Derwent Solar & Battery Pty Ltd', '2023-01', null, true, 'January 2023 to now'),
        lines: ['Energy Consultant — Derwent Solar & Battery Pty Ltd — Hobart', 'January 2023 to now'],
        bullets: ['Leads from the website and home shows; I quote, design and close in the customer’s kitchen'],
      },
      {
        ...job(
          'Disability Support Worker',
          'Kunanyi Community Care',
          '2015-07',
          null,
          false,
          'July 2015 to now (casual since 2021)',
        ),
        lines: ['Disability Support Worker — Kunanyi Community Care — Hobart', 'July 2015 to now (casual since 2021)'],
        bullets: ['Personal care and community access for NDIS participants'],
      },
      {
        ...job('Sales Assistant', 'Salamanca Outdoor Gear', '2012-11', '2015-06', true, 'November 2012 to June 2015'),
        lines: ['Sales Assistant — Salamanca Outdoor Gear — Hobart', 'November 2012 to June 2015'],
        bullets: ['Sold tents, packs and clothing; ran the hire counter'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Study break, February 2021 – November 2022: full-time Diploma of Renewable Energy Engineering at TasTAFE ' +
          '(support shifts only on weekends).',
      },
    ],
    education: [
      edu('short-cycle tertiary', 'Diploma of Renewable Energy Engineering – TasTAFE, 2021 – 2022', {
        field: 'Renewable Energy Engineering',
        institution: 'TasTAFE',
        startYear: 2021,
        endYear: 2022,
      }),
      edu('short-cycle tertiary', 'Diploma of Community Services – TasTAFE, 2014', {
        field: 'Community Services',
        institution: 'TasTAFE',
        endYear: 2014,
      }),
      edu('secondary', 'Tasmanian Certificate of Education (TCE) – Mount Nelson College, 2012', {
        institution: 'Mount Nelson College',
        endYear: 2012,
      }),
    ],
    courses: [named('Battery storage design and installation', 'Battery storage design and installation – 2023')],
    certifications: [],
    languages: [lang('en', 'native', '')],
    languagesText: ['English (native); basic Auslan from my support work.'],
    skills: ['OpenSolar design software', 'NDIS Worker Screening Check (cleared 2024)', 'Driver licence (manual)'],
    clientBase: null,
    competencies: ['analytical', 'innovation', 'sales'],
  },
  {
    id: 'en-h36-16-us-houston-contract-turnaround-planner-navy-veteran-no-sales',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Three Thousand Sixteen',
    email: 'ta.planner3616@example.com',
    phone: '(281) 555-0316',
    contactLines: ['Pasadena, TX 77505'],
    tagline: 'Turnaround & Maintenance Planner | Contract (W-2 or 1099) | TWIC holder',
    afterContact: [
      { kind: 'heading', text: 'Qualifications Summary' },
      {
        kind: 'bullets',
        items: [
          '18 years in refinery and petrochemical maintenance, 11 of them as a planner or scheduler',
          'Primavera P6 and SAP PM: work packages, critical path and resource loading',
          'Cost and progress analysis for turnarounds of up to 1.2 million work-hours',
          'Team player with operations, contractors and safety',
        ],
      },
      { kind: 'heading', text: 'Selected Turnarounds' },
      {
        kind: 'bullets',
        items: [
          '2025 – FCC unit turnaround, 38 days, finished two days early',
          '2023 – crude unit, 420,000 work-hours, zero recordables',
          '2019 – hydrocracker catalyst change-out',
        ],
      },
    ],
    headings: {
      profile: 'Professional Summary',
      work: 'Experience',
      education: 'Education',
      certifications: 'Certifications',
      skills: 'Technical Skills',
      languages: 'Languages',
    },
    profile: [
      'Navy machinist’s mate turned pipefitter turned planner. I plan and schedule refinery turnarounds as a ' +
        'contractor and am open to a staff planner position in the Houston Ship Channel area.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Senior Turnaround Planner',
          'Gulf Coast Technical Staffing',
          '2024-02',
          null,
          false,
          'Feb 2024 – Present',
        ),
        lines: [
          'Feb 2024 – Present   Senior Turnaround Planner (contract) – Gulf Coast Technical Staffing, assigned to a Baytown refinery',
        ],
      },
      {
        ...job(
          'Turnaround Scheduler',
          'Bayou Industrial Contractors',
          '2021-06',
          '2023-10',
          false,
          'Jun 2021 – Oct 2023',
        ),
        lines: ['Jun 2021 – Oct 2023   Turnaround Scheduler (contract) – Bayou Industrial Contractors, La Porte'],
      },
      {
        ...job(
          'Maintenance Planner',
          'Channelview Petrochemical Co.',
          '2015-03',
          '2020-03',
          false,
          'Mar 2015 – Mar 2020',
        ),
        lines: [
          'Apr 2020 – May 2021   Laid off in the downturn; caregiver for my wife during her cancer treatment',
          'Mar 2015 – Mar 2020   Maintenance Planner – Channelview Petrochemical Co., Channelview',
        ],
      },
      job(
        'Pipefitter',
        'Bayou Industrial Contractors',
        '2008-01',
        '2015-02',
        false,
        'Jan 2008 – Feb 2015',
        undefined,
        'La Porte',
      ),
      {
        ...job('Machinist’s Mate Second Class', 'U.S. Navy', '2003', '2007', false, '2003 – 2007'),
        lines: ['2003 – 2007   Machinist’s Mate Second Class (MM2) – U.S. Navy, Norfolk, VA'],
      },
    ],
    education: [
      edu('associate', 'A.A.S. Process Technology – San Jacinto College, 2010 (evenings)', {
        field: 'Process Technology',
        institution: 'San Jacinto College',
        endYear: 2010,
      }),
      edu('high school', 'High School Diploma – Red Bluff High School, Pasadena, TX, 2003', {
        institution: 'Red Bluff High School',
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [
      named('PMI Scheduling Professional (PMI-SP)', 'PMI Scheduling Professional (PMI-SP), 2019'),
      named('OSHA 30-Hour General Industry', 'OSHA 30-Hour General Industry'),
    ],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('es', 'B1', 'Spanish – conversational (from the crews)'),
    ],
    skills: ['Primavera P6, SAP PM, MS Project, Excel', 'TWIC card', 'P&ID and isometric reading'],
    clientBase: null,
    competencies: ['analytical', 'teamwork'],
  },
  {
    id: 'en-h36-17-kenya-nairobi-fmcg-modern-trade-kam-and-evening-lecturer',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Three Thousand Seventeen',
    email: 'modern.trade3617@example.com',
    phone: '+254 722 555 361',
    contactLines: ['Kilimani, Nairobi', 'P.O. Box 3617-00100, Nairobi'],
    tagline: 'Key Account Manager – Modern Trade | FMCG (beverages and snacks)',
    afterContact: [
      { kind: 'heading', text: 'Key Competencies' },
      {
        kind: 'bullets',
        items: [
          'Modern trade key account management: listings, planograms, promotions and joint business plans',
          'Negotiation skills: annual trading terms with national chains',
          'Financial acumen: account P&L, trade spend and margins',
          'Coaching and mentoring merchandisers and junior account executives',
        ],
      },
      { kind: 'heading', text: 'Key Achievements' },
      {
        kind: 'bullets',
        items: [
          'Secured national listings for 14 new SKUs with the two largest supermarket chains in 2025',
          'Grew sales on my accounts by 22% in 2024 against category growth of 9%',
        ],
      },
    ],
    headings: {
      profile: 'Professional Profile',
      work: 'Employment History',
      education: 'Education',
      courses: 'Professional Training',
      skills: 'IT Skills',
      languages: 'Languages',
      workTable: ['Position', 'Organisation', 'Period'],
    },
    profile: [
      'Key account manager with 12 years in FMCG. I manage 8 modern trade key accounts – six supermarket chains and ' +
        'two cash-and-carry wholesalers with some 310 outlets across Kenya – worth KES 1.6 billion a year. My ' +
        'counterparts are the chains’ category managers and buying directors, who decide on listings and promotions.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job(
        'Key Account Manager – Modern Trade',
        'Savanna Beverages & Snacks Ltd',
        '2020-01',
        null,
        true,
        'Jan 2020 – date',
        [
          'Joint business plans and annual terms with 8 key accounts',
          'Lead a team of 3 key account executives and 40 merchandisers',
        ],
      ),
      job(
        'Lecturer in Marketing',
        'Westlands College of Business',
        '2021-09',
        null,
        false,
        'Sept 2021 – date (evenings)',
        ['Principles of Marketing and Retail Management for diploma students, two evenings a week'],
      ),
      job('Key Account Executive', 'Rift Valley Foods Ltd', '2016-03', '2018-12', true, 'Mar 2016 – Dec 2018'),
      job('Sales Representative', 'Rift Valley Foods Ltd', '2014-02', '2016-02', true, 'Feb 2014 – Feb 2016', [
        'Route sales to 180 shops and kiosks in Nairobi East',
      ]),
      job('Merchandiser', 'Tatu Merchandising Services', '2013-01', '2014-01', false, 'Jan 2013 – Jan 2014'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Career break: January – December 2019, at home with our first child.' }],
    education: [
      edu('mba', 'MBA (Strategic Management) – University of Nairobi, 2022 (part-time)', {
        field: 'Strategic Management',
        institution: 'University of Nairobi',
        endYear: 2022,
      }),
      edu('bachelor', 'Bachelor of Commerce (Marketing) – Kenyatta University, 2008 – 2012', {
        field: 'Marketing',
        institution: 'Kenyatta University',
        startYear: 2008,
        endYear: 2012,
      }),
      edu(
        'secondary',
        'Kenya Certificate of Secondary Education (KCSE), mean grade B+ – Thika Road Girls’ High School, 2007',
        { institution: 'Thika Road Girls’ High School', endYear: 2007 },
      ),
    ],
    courses: [named('Joint business planning with retailers', 'Joint business planning with retailers – 2022')],
    certifications: [],
    languages: [
      lang('ki', 'native', 'Kikuyu – mother tongue'),
      lang('sw', 'C1', 'Kiswahili – fluent'),
      lang('en', 'C1', 'English – fluent'),
    ],
    skills: ['Advanced Excel, SAP SD, Power BI'],
    closing: [{ kind: 'paragraph', text: 'Referees: available on request.' }],
    clientBase: { activeAccounts: 8, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'financial_analysis', 'negotiation'],
  },
  {
    id: 'en-h36-18-singapore-hotel-front-office-to-sdr-travel-break-no-accounts',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Three Thousand Eighteen',
    email: 'sdr.tampines3618@example.com',
    phone: '+65 9361 8427',
    contactLines: ['Tampines, Singapore 520361'],
    afterContact: [
      { kind: 'heading', text: 'Skills' },
      {
        kind: 'bullets',
        items: [
          'Outbound prospecting by phone, e-mail and LinkedIn: 60 to 80 touches a day',
          'Qualifying leads and booking meetings for the account executives',
          'Resilient – rejection is part of the job',
          'Communication skills in English, Mandarin and Malay',
        ],
      },
      { kind: 'heading', text: 'Achievements' },
      {
        kind: 'bullets',
        items: [
          '118% of my meeting target in the first half of 2026',
          'Guest Service Star of the Quarter, Q3 2022 (hotel)',
        ],
      },
    ],
    headings: {
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      certifications: 'Certifications',
      skills: 'Tools',
      languages: 'Languages',
    },
    profile: [
      'Sales development representative at a logistics software company since 2025, after five years in hotel ' +
        'front office and a year of travel. I do not hold accounts of my own yet – qualified meetings go to the ' +
        'account executives – and I would like to grow into an account executive role.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Sales Development Representative',
        'Portline Logistics Software Pte. Ltd.',
        '2025-03',
        null,
        true,
        'Mar 2025 – Present',
        ['Outbound to freight forwarders and 3PLs in Singapore and Malaysia', 'About 14 qualified meetings a month'],
        'Singapore',
      ),
      {
        ...job('English Tutor', 'Self-employed', '2024-09', null, false, 'Sep 2024 – Present', [
          'Conversational English for adult learners, Saturdays',
        ]),
        lines: ['Sep 2024 – Present: English Tutor (weekends), Self-employed'],
      },
      job(
        'Front Office Supervisor',
        'The Marina Crescent Hotel',
        '2020-11',
        '2023-06',
        false,
        'Nov 2020 – Jun 2023',
        ['Ran shifts of 6 guest service agents; VIP arrivals and complaints'],
        'Singapore',
      ),
      job(
        'Guest Service Agent',
        'The Marina Crescent Hotel',
        '2018-07',
        '2020-10',
        false,
        'Jul 2018 – Oct 2020',
        ['Check-in and check-out, room upgrades, concierge requests'],
        'Singapore',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Career Break' },
      {
        kind: 'paragraph',
        text: 'Jul 2023 – Aug 2024: travelled through South America and Japan; three months volunteering at a hostel in Cusco.',
      },
    ],
    education: [
      edu('short-cycle tertiary', 'Diploma in Hospitality and Tourism Management – Temasek Polytechnic, 2015 – 2018', {
        field: 'Hospitality and Tourism Management',
        institution: 'Temasek Polytechnic',
        startYear: 2015,
        endYear: 2018,
      }),
      edu('lower secondary', 'GCE O-Level – East Coast Secondary School, 2014', {
        institution: 'East Coast Secondary School',
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('HubSpot Inbound Sales Certification', 'HubSpot Inbound Sales Certification, 2025')],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('zh', 'C1', 'Mandarin – fluent'),
      lang('ms', 'A2', 'Malay – basic'),
    ],
    skills: ['HubSpot, Apollo, LinkedIn Sales Navigator', 'Opera PMS'],
    clientBase: null,
    competencies: ['communication', 'stress_resistance'],
  },
  {
    id: 'en-h36-19-wales-swansea-care-home-deputy-to-care-staffing-bdm-parental-leave',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Three Thousand Nineteen',
    email: 'gower.care3619@example.org',
    phone: '07700 936190',
    contactLines: ['Sketty, Swansea SA2'],
    tagline: 'Business Development Manager – health and social care staffing',
    afterContact: [
      { kind: 'heading', text: 'Key Skills' },
      {
        kind: 'bullets',
        items: [
          'Relationship management with care home owners, registered managers and health board staffing teams',
          'Tenders for framework agreements, from clarification questions to the final bid',
          'Diplomatic when a shift falls through at 3am',
          'Twelve years on the care home floor: I know what a good agency carer looks like',
        ],
      },
      { kind: 'heading', text: 'Achievements' },
      {
        kind: 'bullets',
        items: [
          'Won a place on the regional framework for agency care staff in 2024',
          'Grew active clients from 35 to 64 in two years',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Personal Statement',
      work: 'Employment',
      education: 'Education and Qualifications',
      courses: 'Training',
      certifications: 'Professional Qualification',
      skills: 'Other Skills',
      languages: 'Languages',
    },
    profile: [
      'I worked in care homes for twelve years before moving into recruitment. I now look after 60 care homes and ' +
        '4 hospital units across Swansea, Neath Port Talbot and Carmarthenshire for a care staffing agency; the home ' +
        'owners and registered managers decide which agency they use.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Business Development Manager',
        'Gower Care Staffing Ltd',
        '2022-06',
        null,
        true,
        'June 2022 – present',
        ['Billings of about £5.2m a year on my clients'],
        'Swansea',
      ),
      job(
        'Recruitment Consultant',
        'Gower Care Staffing Ltd',
        '2019-09',
        '2022-05',
        false,
        'September 2019 – May 2022',
        ['Recruited and compliance-checked carers and nurses; filled shifts for the clients the managers had won'],
        'Swansea',
      ),
      {
        ...job('Deputy Manager', 'Bryn Gwyn Care Home', '2012-04', '2018-02', false, 'April 2012 – February 2018', [
          'Rotas for 45 staff, care plans and CQC-style inspections',
        ]),
        lines: [
          'Parental leave and time at home with our two children: March 2018 – August 2019',
          'Deputy Manager',
          'Bryn Gwyn Care Home, Clydach | April 2012 – February 2018',
        ],
      },
      job(
        'Senior Care Assistant',
        'Bryn Gwyn Care Home',
        '2006-07',
        '2012-03',
        false,
        'July 2006 – March 2012',
        undefined,
        'Clydach',
      ),
    ],
    education: [
      edu('vocational', 'QCF Level 3 Diploma in Health and Social Care (Adults) – Gower College Swansea, 2010', {
        field: 'Health and Social Care',
        institution: 'Gower College Swansea',
        endYear: 2010,
      }),
      edu('secondary', 'A levels: Welsh, Biology, Sociology – Ysgol Gyfun Cwm Clydach, 2006', {
        institution: 'Ysgol Gyfun Cwm Clydach',
        endYear: 2006,
      }),
    ],
    courses: [named('Bid writing for public tenders', 'Bid writing for public tenders – 2023')],
    certifications: [
      named(
        'REC Certificate in Recruitment Practice (CertRP)',
        'REC Certificate in Recruitment Practice (CertRP), 2021',
      ),
    ],
    languages: [lang('cy', 'C1', 'Cymraeg – rhugl (fluent)'), lang('en', 'native', 'English – native')],
    skills: ['Team player', 'Tender portals, Excel, Bullhorn', 'Full driving licence'],
    clientBase: { activeAccounts: 64, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'tact_assertiveness', 'teamwork'],
  },
  {
    id: 'en-h36-20-england-sheffield-portfolio-career-music-gear-inside-sales-and-teaching',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Three Thousand Twenty',
    email: 'riffs.3620@example.net',
    phone: '0114 496 0360',
    contactLines: ['Walkley, Sheffield S6'],
    afterContact: [
      { kind: 'heading', text: 'Skills Profile' },
      {
        kind: 'bullets',
        items: [
          'Phone and e-mail account management for music retailers: new products, pre-orders and stock balancing',
          'Product knowledge from twenty years of playing, teaching and mixing',
          'Time management across three jobs and a gig diary',
          'Creative problem solver at gigs and in the shop',
        ],
      },
      { kind: 'heading', text: 'Highlights' },
      {
        kind: 'bullets',
        items: [
          'Sold out the 2025 pre-order allocation of a new amp range in nine days',
          'Over 60 guitar students taken through graded exams since 2012',
        ],
      },
    ],
    headings: {
      profile: 'Profile',
      work: 'Work',
      education: 'Education',
      courses: 'Training',
      languages: 'Languages',
    },
    profile: [
      'Musician with a portfolio career. Three days a week I sell guitars, amps and pedals to music shops for a UK ' +
        'distributor; the rest of the week I teach guitar and mix live sound. I look after 120 independent music ' +
        'shops across the UK, almost all owner-run, where the owner decides what to stock.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Inside Sales Executive', 'Fretline Distribution Ltd', '2022-04', null, true, 'April 2022 – present', [
          'Sales on my accounts of about £2.7m a year',
        ]),
        lines: ['Inside Sales Executive – Fretline Distribution Ltd, Rotherham – April 2022 – present (3 days a week)'],
      },
      {
        ...job('Guitar Teacher', 'self-employed', '2012', null, false, '2012 – present', [
          'About 25 students a week, home studio and two schools',
        ]),
        lines: ['Guitar Teacher – self-employed – 2012 – present'],
      },
      {
        ...job('Live Sound Engineer', 'freelance', '2010', null, false, '2010 – present', [
          'Front-of-house for bands and two festivals a year',
        ]),
        lines: ['Live Sound Engineer – freelance – 2010 – present'],
      },
      {
        ...job('Sales Assistant', 'Division Street Music', '2006-09', '2012-08', true, 'Sept 2006 – Aug 2012', [
          'Sold instruments and amps, did guitar set-ups and ran the repair book',
        ]),
        lines: ['Sales Assistant – Division Street Music, Sheffield – Sept 2006 – Aug 2012'],
      },
    ],
    education: [
      edu('ba', 'BA (Hons) Music Technology – Sheffield Hallam University, 2003 – 2006', {
        field: 'Music Technology',
        institution: 'Sheffield Hallam University',
        startYear: 2003,
        endYear: 2006,
      }),
      edu('secondary', 'BTEC National Diploma in Music – Sheffield College, 2003', {
        field: 'Music',
        institution: 'Sheffield College',
        endYear: 2003,
      }),
    ],
    courses: [named('Trade account management', 'Trade account management – in-house, 2022')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('pt', 'A2', 'Portuguese – basic (Brazilian wife)')],
    skills: [],
    closing: [{ kind: 'paragraph', text: 'Enhanced DBS check, 2025. References on request.' }],
    clientBase: { activeAccounts: 120, segment: 'national', decisionMakers: true },
    competencies: ['innovation', 'organisation'],
  },
  {
    id: 'en-h36-21-ireland-limerick-cath-lab-nurse-to-clinical-specialist-no-sales',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Three Thousand Twenty-One',
    email: 'shannon.cardio3621@example.com',
    phone: '086 361 2209',
    contactLines: ['Castletroy, Limerick'],
    afterContact: [
      { kind: 'heading', text: 'Clinical and Technical Skills' },
      {
        kind: 'bullets',
        items: [
          'Case support in the cath lab and EP lab: pacemakers, ICDs and loop recorders',
          'Device programming and remote monitoring follow-up',
          'Training and coaching of cath lab nurses and cardiac physiologists',
          'Works under pressure in emergency cases',
        ],
      },
      { kind: 'heading', text: 'Achievements' },
      {
        kind: 'bullets',
        items: [
          'Set up remote monitoring clinics in two hospitals',
          'Trained 40 hospital staff on a new ICD platform in 2025',
        ],
      },
    ],
    headings: {
      profile: 'Profile',
      work: 'Career History',
      education: 'Education',
      courses: 'Further Training',
      certifications: 'Registration and Certification',
      skills: 'Other',
      languages: 'Languages',
    },
    profile: [
      'Registered general nurse with nine years in cardiac cath labs, now a clinical specialist for a cardiac ' +
        'device company in the Mid-West and South. I support implants and follow-up clinics; pricing, tenders and ' +
        'the hospital accounts are handled by the sales team.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Period', title: 'Post', employer: 'Hospital / Company', duties: 'Key responsibilities' },
    jobs: [
      job(
        'Clinical Specialist – Cardiac Rhythm Management',
        'Shannon Cardio Devices Ltd',
        '2022-09',
        null,
        false,
        'September 2022 – present',
        [
          'implant support in six hospitals',
          'follow-up and remote monitoring clinics',
          'in-service training for hospital staff',
        ],
        'Limerick',
      ),
      job(
        'Clinical Nurse Manager 1 – Cath Lab',
        'St Munchin’s Hospital',
        '2016-03',
        '2021-02',
        false,
        'March 2016 – February 2021',
        ['ran the cath lab nursing team of 11', 'rosters, stock and audit'],
        'Limerick',
      ),
      job(
        'Staff Nurse – Cath Lab',
        'St Munchin’s Hospital',
        '2012-07',
        '2016-02',
        false,
        'July 2012 – February 2016',
        undefined,
        'Limerick',
      ),
      job(
        'Staff Nurse',
        'Thameside General Hospital',
        '2010-10',
        '2012-06',
        false,
        'October 2010 – June 2012',
        ['cardiology ward'],
        'London',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Career break, March 2021 – August 2022: long COVID. A slow return to full health, then a move from the ' +
          'hospital into the device industry.',
      },
    ],
    education: [
      edu('bsc', 'BSc (Hons) General Nursing – University of Limerick, 2006 – 2010', {
        field: 'General Nursing',
        institution: 'University of Limerick',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('secondary', 'Leaving Certificate – Annacotty Community College, 2006', {
        institution: 'Annacotty Community College',
        endYear: 2006,
      }),
    ],
    courses: [
      named(
        'Postgraduate Diploma in Cardiovascular Nursing',
        'Postgraduate Diploma in Cardiovascular Nursing – RCSI, 2014',
      ),
    ],
    certifications: [
      named('NMBI registration (RGN)', 'NMBI registration (RGN) – current'),
      named(
        'IBHRE Certified Cardiac Device Specialist (CCDS)',
        'IBHRE Certified Cardiac Device Specialist (CCDS), 2023',
      ),
      named('ACLS Provider', 'ACLS Provider – renewed 2025'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('ga', 'B1', 'Irish – intermediate')],
    skills: ['Programmers of three device makers', 'Full clean driving licence'],
    clientBase: null,
    competencies: ['coaching', 'stress_resistance'],
  },
  {
    id: 'en-h36-22-us-raleigh-army-veteran-hvac-territory-sales-1099-rep-agency',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Three Thousand Twenty-Two',
    email: 'triangle.hvac3622@example.com',
    phone: '(919) 555-0362',
    contactLines: ['Garner, NC 27529', 'U.S. Army veteran'],
    afterContact: [
      { kind: 'heading', text: 'Summary of Qualifications' },
      {
        kind: 'bullets',
        items: [
          'Fourteen years in HVAC equipment and parts sales to contractors',
          'Technical sales: load calculations, equipment selection and system matching',
          'Negotiating project pricing and annual rebate programs',
          'Self-starter – built a commission-only rep agency from zero',
          'Team player from eight years in the U.S. Army',
        ],
      },
      { kind: 'heading', text: 'Accomplishments' },
      {
        kind: 'bullets',
        items: [
          'Grew territory sales from $7.9M to $11.8M in three years',
          'Signed 31 new contractor accounts in 2024, 9 of them from a competing distributor',
          'President’s Club, Carolina Comfort Distributors, 2017 and 2018',
        ],
      },
    ],
    headings: {
      profile: 'Professional Profile',
      work: 'Professional Experience',
      education: 'Education',
      certifications: 'Certifications',
      languages: 'Languages',
    },
    profile: [
      'Territory sales manager for an HVAC distributor in the Triangle and eastern North Carolina. I call on about ' +
        '140 HVAC contractors – mostly owner-run shops where the owner decides which equipment brand they install – ' +
        'and a handful of mechanical contractors.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Territory Sales Manager',
        'Piedmont HVAC Supply Co.',
        '2022-05',
        null,
        true,
        'May 2022 – Present',
        ['Residential and light commercial equipment, parts and controls; contractor training nights'],
        'Raleigh, NC',
      ),
      job(
        'Independent Manufacturers’ Representative',
        'Tarheel Rep Group LLC',
        '2019-08',
        '2022-04',
        true,
        'Aug 2019 – Apr 2022',
        [
          'My own agency, commission only (1099), representing a ductwork maker and a controls maker to distributors and contractors in NC and SC',
        ],
        'Garner, NC',
      ),
      job(
        'Outside Sales Representative',
        'Carolina Comfort Distributors',
        '2014-03',
        '2019-07',
        true,
        'Mar 2014 – Jul 2019',
        ['About 90 contractors in Wake and Johnston counties; laid off when the branch closed'],
        'Raleigh, NC',
      ),
      job(
        'Counter Sales Associate',
        'Carolina Comfort Distributors',
        '2012-06',
        '2014-02',
        true,
        'Jun 2012 – Feb 2014',
        ['Parts and equipment sales at the branch counter'],
        'Raleigh, NC',
      ),
      {
        ...job('Motor Transport Operator', 'U.S. Army', '2004-01', '2012-01', false, 'Jan 2004 – Jan 2012'),
        lines: ['Jan 2004 – Jan 2012: Motor Transport Operator (Sergeant), U.S. Army, Fort Bragg, NC'],
        bullets: ['Two deployments; squad leader for 12 soldiers from 2009'],
      },
    ],
    education: [
      edu(
        'associate',
        'Associate in Applied Science, Air Conditioning, Heating and Refrigeration Technology – Wake Technical Community College, 2014 (evenings, GI Bill)',
        {
          field: 'Air Conditioning, Heating and Refrigeration Technology',
          institution: 'Wake Technical Community College',
          endYear: 2014,
        },
      ),
      edu('high school', 'High School Diploma – Neuse River High School, Garner, NC, 2003', {
        institution: 'Neuse River High School',
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [
      named('EPA Section 608 Universal Certification', 'EPA Section 608 Universal Certification'),
      named('NATE Certified – Air Conditioning', 'NATE Certified – Air Conditioning, 2016'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'A2', 'Spanish – basic')],
    skills: [],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'en-h36-23-england-nottingham-interim-national-account-manager-forty-years-bakery',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Three Thousand Twenty-Three',
    nameLine: 'Candidate Three Thousand Twenty-Three MCIM',
    email: 'nam.interim3623@example.org',
    phone: '07700 902363',
    contactLines: ['West Bridgford, Nottingham NG2'],
    tagline: 'Interim National Account Manager | Grocery & Foodservice | 40 years in food',
    afterContact: [
      { kind: 'heading', text: 'Key Skills' },
      {
        kind: 'bullets',
        items: [
          'National account management with the major grocers, discounters and foodservice wholesalers',
          'Negotiation of annual terms, promotions and cost price increases',
          'Financial modelling of promotions and account P&Ls',
          'Coaching younger account managers – nine of them so far',
          'Diplomatic when the buyer is not',
        ],
      },
      { kind: 'heading', text: 'Key Achievements' },
      {
        kind: 'bullets',
        items: [
          '2025: won a national own-label bread contract worth £14m a year for Trent Valley Bakeries',
          '2017 – 2022: grew Midshires’ discounter business from £6m to £21m',
          '1992: youngest winner of Castle Foods’ Rep of the Year',
        ],
      },
    ],
    headings: {
      profile: 'Profile',
      work: 'Career History',
      education: 'Education',
      certifications: 'Professional Qualifications',
      languages: 'Languages',
    },
    profile: [
      'Forty years in food, from a bakery delivery van to national accounts. Since 2023 I have worked as an ' +
        'interim national account manager through my own company, covering long-term absences and new contract ' +
        'launches for bakery and chilled food manufacturers. On my current assignment I manage 6 national grocery ' +
        'and discount accounts for a plant bakery; the category buyers and trading managers decide the ranges.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Interim National Account Manager', 'Trent Valley Bakeries Ltd', '2025', null, true, '2025 – present'),
        lines: [
          '2025 – present   Interim National Account Manager, Trent Valley Bakeries Ltd (through my own company, Westbridge Commercial Ltd)',
        ],
      },
      {
        ...job('Interim National Account Manager', 'Sherwood Chilled Foods Ltd', '2023', '2024', true, '2023 – 2024'),
        lines: ['2023 – 2024   Interim National Account Manager, Sherwood Chilled Foods Ltd'],
      },
      {
        ...job('National Account Controller', 'Midshires Bakeries plc', '2011', '2023', true, '2011 – 2023'),
        lines: ['2011 – 2023   National Account Controller, Midshires Bakeries plc'],
      },
      {
        ...job('National Account Manager', 'Midshires Bakeries plc', '2002', '2011', true, '2002 – 2011'),
        lines: ['2002 – 2011   National Account Manager, Midshires Bakeries plc'],
      },
      {
        ...job('Regional Sales Manager', 'Castle Foods Ltd', '1995', '2002', true, '1995 – 2002'),
        lines: ['1995 – 2002   Regional Sales Manager, Castle Foods Ltd'],
      },
      {
        ...job('Sales Representative', 'Castle Foods Ltd', '1989', '1995', true, '1989 – 1995'),
        lines: ['1989 – 1995   Sales Representative, Castle Foods Ltd'],
      },
      {
        ...job('Delivery Driver', 'Bramcote Bakery', '1986', '1989', false, '1986 – 1989'),
        lines: ['1986 – 1989   Delivery Driver, Bramcote Bakery'],
      },
    ],
    education: [
      edu('short-cycle tertiary', 'HNC Business Studies – Trentside College of Further Education, 1993 (day release)', {
        field: 'Business Studies',
        institution: 'Trentside College of Further Education',
        endYear: 1993,
      }),
      edu('lower secondary', 'O levels (5) – Clifton Bridge Comprehensive School, 1986', {
        institution: 'Clifton Bridge Comprehensive School',
        endYear: 1986,
      }),
    ],
    courses: [],
    certifications: [
      named('CIM Professional Diploma in Marketing', 'CIM Professional Diploma in Marketing, 1998 (evening study)'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'A2', 'French – basic (O level)')],
    skills: [],
    closing: [
      { kind: 'paragraph', text: 'Interests: cycling, my allotment, and Notts County (season ticket since 1979).' },
    ],
    clientBase: { activeAccounts: 6, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'financial_analysis', 'negotiation', 'tact_assertiveness'],
  },
  {
    id: 'en-h36-24-england-hove-bike-shop-sales-mobile-mechanic-cycle-instructor',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Three Thousand Twenty-Four',
    email: 'spokes.3624@example.com',
    phone: '07700 903624',
    contactLines: ['Hove BN3'],
    tagline: 'Bike sales, servicing and cycle training',
    afterContact: [
      { kind: 'heading', text: 'Key Skills' },
      {
        kind: 'bullets',
        items: [
          'Selling e-bikes and road bikes to riders of every age – I match the bike to the person, not the margin',
          'Cytech-trained mechanic: wheel building, hydraulic brakes, e-bike diagnostics',
          'Customer focus: most of my mobile repair customers come back every spring',
          'Organised across three part-time jobs',
        ],
      },
      { kind: 'heading', text: 'Achievements' },
      {
        kind: 'bullets',
        items: [
          'Top e-bike seller in the shop in 2025 (84 bikes)',
          'Taught over 600 children to ride safely on the road',
        ],
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'About',
      work: 'Jobs',
      education: 'Education',
      certifications: 'Qualifications',
      skills: 'Also',
      languages: 'Languages',
    },
    profile: [
      'I work three part-time jobs around bikes: two days a week selling in a Brighton bike shop, my own mobile ' +
        'repair service, and Bikeability instructing in term time. After eight years as a cycle courier and six ' +
        'months riding to Singapore, I want one full-time job in bike retail or as a brand rep.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Sales Assistant',
        'Seven Dials Cycles',
        '2023-05',
        null,
        true,
        'May 2023 – present (2 days a week)',
        ['E-bikes, road and commuter bikes; test rides, fitting and finance paperwork'],
        'Brighton',
      ),
      job(
        'Mobile Bike Mechanic',
        'self-employed',
        '2023-03',
        null,
        false,
        'March 2023 – present',
        ['Services and repairs at customers’ homes and offices, trading as Hove Spoke Doctor'],
        'Brighton & Hove',
      ),
      job(
        'Bikeability Instructor',
        'Downland Cycle Training CIC',
        '2024-04',
        null,
        false,
        'April 2024 – present (term time)',
        ['Level 1 and 2 courses in primary schools'],
      ),
      {
        ...job('Cycle Courier', 'Laneway Couriers', '2014-06', '2022-07', false, 'June 2014 – July 2022'),
        lines: [
          'August 2022 – February 2023: time out – cycled from Brighton to Singapore',
          'Cycle Courier',
          'Laneway Couriers, Brighton | June 2014 – July 2022',
        ],
      },
      job('Kitchen Porter', 'The Lanes Brasserie', '2012', '2014', false, '2012 – 2014', undefined, 'Brighton'),
    ],
    education: [
      edu('lower secondary', 'GCSEs (6) – Portslade Down School, 2012', {
        institution: 'Portslade Down School',
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [
      named('Cytech Technical Two (Level 3)', 'Cytech Technical Two (Level 3), 2019'),
      named('National Standard Instructor (Bikeability)', 'National Standard Instructor (Bikeability) – current'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('tr', 'A2', 'Turkish – basic (from the ride)')],
    skills: ['Full driving licence', 'Shopify and the shop’s EPOS'],
    clientBase: null,
    competencies: ['customer_focus', 'organisation', 'sales'],
  },
  {
    id: 'en-h36-25-poland-wroclaw-b2b-contract-key-account-manager-automation-cee',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Three Thousand Twenty-Five',
    email: 'kam.wroclaw3625@example.net',
    phone: '+48 601 336 250',
    contactLines: ['Wrocław, Poland', 'Date of birth: 12.05.1988'],
    tagline: 'Key Account Manager CEE – industrial automation',
    afterContact: [
      { kind: 'heading', text: 'Competences' },
      {
        kind: 'bullets',
        items: [
          'Technical selling of sensors, drives and safety components to OEMs and system integrators',
          'Negotiations of frame agreements and yearly prices',
          'Analytical thinking: win/loss reviews and pipeline discipline',
          'Close cooperation with application engineers in Germany',
        ],
      },
      { kind: 'heading', text: 'Achievements' },
      {
        kind: 'bullets',
        items: [
          'Won 4 Czech machine builders as new OEM customers in 2024 – 2025',
          'Turnover on my accounts up from EUR 4.1 million (2021) to EUR 6.8 million (2025)',
        ],
      },
    ],
    headings: {
      profile: 'Summary',
      work: 'Work Experience',
      education: 'Education',
      certifications: 'Certificates',
      skills: 'Other Skills',
      languages: 'Languages',
      workTable: ['Period', 'Company', 'Position'],
    },
    profile: [
      'Electrical engineer and key account manager with 13 years in industrial automation. Since 2021 I work on a ' +
        'B2B contract (my own sole proprietorship) for a German automation manufacturer, responsible for 35 OEMs and ' +
        'system integrators in Poland, Czechia and Slovakia. Turnover on my accounts was EUR 6.8 million in 2025. I ' +
        'work with purchasing and engineering managers, who decide on the supplier.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Key Account Manager CEE',
        'Rheinfeld Automation GmbH',
        '2021-04',
        null,
        true,
        '04.2021 – now (B2B contract)',
        [
          'Poland, Czechia and Slovakia; 35 OEM and integrator accounts',
          'Frame agreements, project quotes and forecasts for the plant in Germany',
        ],
      ),
      job('Area Sales Engineer', 'Odra Drives Sp. z o.o.', '2016-09', '2021-03', true, '09.2016 – 03.2021', [
        'Drives and motors for machine builders in Lower Silesia and Opole',
      ]),
      job('Application Engineer', 'Odra Drives Sp. z o.o.', '2013-07', '2016-08', false, '07.2013 – 08.2016', [
        'Drive sizing, commissioning and technical support for the sales engineers',
      ]),
      job('Maintenance Intern', 'Sudety Glassworks S.A.', '2012-07', '2012-09', false, '07.2012 – 09.2012'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Parental leave: 06.2015 – 08.2016 (while employed at Odra Drives).' }],
    education: [
      edu(
        'master',
        'Master of Science in Engineering (magister inżynier), Automatic Control and Robotics – Wrocław University of Science and Technology, 2008 – 2013',
        {
          field: 'Automatic Control and Robotics',
          institution: 'Wrocław University of Science and Technology',
          startYear: 2008,
          endYear: 2013,
        },
      ),
      edu('secondary', 'Matura (secondary school leaving exam) – Technikum Elektryczne nr 9, Wrocław, 2008', {
        institution: 'Technikum Elektryczne nr 9',
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [
      named('TÜV Functional Safety Engineer (Machinery)', 'TÜV Functional Safety Engineer (Machinery), 2019'),
      named(
        'SEP electrical qualification (E) up to 1 kV',
        'SEP electrical qualification (E) up to 1 kV – valid to 2027',
      ),
    ],
    languages: [lang('pl', 'native', ''), lang('en', 'C1', ''), lang('de', 'B2', ''), lang('cs', 'B1', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Language', 'Understanding', 'Speaking', 'Writing'],
        rows: [
          ['Polish', 'native', 'native', 'native'],
          ['English', 'C1', 'C1', 'C1'],
          ['German', 'B2', 'B2', 'B1'],
          ['Czech', 'B1', 'B1', 'B1'],
        ],
      },
    ],
    skills: ['TIA Portal basics, EPLAN reading', 'SAP SD, Salesforce', 'Driving licence cat. B'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 6_800_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales'],
  },
  {
    id: 'en-h36-26-australia-newcastle-graduate-event-hire-sales-executive-skills-first',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Three Thousand Twenty-Six',
    email: 'grad.events3626@example.com',
    phone: '0402 362 615',
    contactLines: ['Merewether NSW 2291'],
    afterContact: [
      { kind: 'heading', text: 'Key Skills' },
      {
        kind: 'bullets',
        items: [
          'Four years of casual work in retail and hospitality: phones, plans, pints and problems',
          'Proactive: I follow up every quote within 48 hours',
          'Organised – event schedules, delivery runs and uni exams at the same time',
          'Team player with the warehouse and install crews',
          'Creative ideas for small budgets, such as styling packages for weddings',
        ],
      },
      { kind: 'heading', text: 'Achievements' },
      {
        kind: 'bullets',
        items: [
          'A$310,000 of event hire closed in my first 12 months',
          'Dean’s Merit List, Bachelor of Business, 2024',
        ],
      },
    ],
    headings: {
      profile: 'About Me',
      work: 'Employment',
      education: 'Education',
      certifications: 'Certificates',
      skills: 'Other',
      languages: 'Languages',
    },
    profile: [
      'Business graduate one year into my first full-time sales role, with an event hire company. I look after ' +
        'about 35 venue and corporate accounts in Newcastle and the Hunter Valley that were handed to me when a ' +
        'senior rep retired, and I quote for weddings and private parties from web enquiries.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Graduate Sales Executive',
        'Hunter Marquee & Event Hire Pty Ltd',
        '2025-11',
        null,
        true,
        'Nov 2025 – present',
        ['Quotes, site visits and bookings for marquees, furniture, lighting and staging'],
        'Newcastle',
      ),
      job(
        'Sales Assistant',
        'Hunter Street Mobiles',
        '2023-02',
        '2025-10',
        true,
        'Feb 2023 – Oct 2025 (casual)',
        ['Phones, plans and accessories; store top seller for NBN plans in 2024'],
        'Newcastle',
      ),
      job(
        'Bar Attendant',
        'Shortland Union Bar',
        '2022-03',
        '2024-11',
        false,
        'Mar 2022 – Nov 2024 (casual)',
        undefined,
        'Callaghan',
      ),
    ],
    afterJobs: [
      { kind: 'paragraph', text: '2021: deferred my university place for a year – glandular fever, then recovery.' },
    ],
    education: [
      edu('bachelor', 'Bachelor of Business (Marketing) – University of Newcastle, 2022 – 2024', {
        field: 'Marketing',
        institution: 'University of Newcastle',
        startYear: 2022,
        endYear: 2024,
      }),
      edu('secondary', 'Higher School Certificate (HSC) – Glenrock High School, 2020', {
        institution: 'Glenrock High School',
        endYear: 2020,
      }),
    ],
    courses: [],
    certifications: [
      named('Responsible Service of Alcohol (RSA)', 'Responsible Service of Alcohol (RSA), NSW – current'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('it', 'A2', 'Italian – basic (from my nonna)')],
    skills: ['Microsoft 365, Canva, HireHop', 'Working With Children Check', 'Provisional P2 licence'],
    clientBase: { activeAccounts: 35, segment: 'regional_smb' },
    competencies: ['initiative', 'innovation', 'organisation', 'teamwork'],
  },
];

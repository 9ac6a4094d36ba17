import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The forty-first held-out set's English CVs: careers that mix selling with other work, as people have them and write
 * them in 2026 in England, Scotland, Wales, Northern Ireland, Ireland, the US, Canada, Australia, New Zealand, South
 * Africa, India, Uganda and Trinidad, and by a Romanian, a Spaniard, a Mozambican, a Filipina and a Québécois writing
 * in English, written without reading the reader. Students selling part-time, sellers with a second job beside the
 * first (a care aide, a healthcare assistant, a nurse, an interpreter, a yoga teacher, a photographer, a mixologist),
 * seasonal work on beaches, fireworks stands and lough cruisers, founders and self-employed agents, people back after
 * caring for a parent or children or after an illness, and career changers into sales (a chef, a teacher, a police
 * sergeant, a nurse, a dive instructor, a hairdresser, a mechanic) and out of it (a beekeeping rep gone back to the
 * hives, a lens-lab account manager now in customer service). Trades no earlier English set used: art supplies,
 * holiday-cottage letting, hearing aids, sauces and spice blends, studio pottery, party-plan cookware, toys and games,
 * beekeeping supplies, braids and wigs, Ayurvedic medicines, pay-as-you-go solar home systems, promotional
 * merchandise, school photography and fireworks, snowmobile parts, reef trips, rum, Eastern European groceries,
 * compression hosiery, office meal plans, studio booking software, static caravans, knitwear, optical lenses,
 * mobility scooters, CCTV and alarms, and Highland wear hire.
 */
export const HELD_OUT_41_EN: CvSource[] = [
  {
    id: 'en-h41-01-england-leeds-student-part-time-art-supplies-sales-assistant',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Five Hundred One',
    email: 'artshop.leeds4101@example.com',
    phone: '07781 410 101',
    contactLines: ['Hyde Park, Leeds LS6', 'Available weekends now; full time from July 2027'],
    headings: {
      profile: 'About me',
      work: 'Work experience',
      education: 'Education',
      courses: 'Extra courses',
      skills: 'Skills',
    },
    profile: [
      'Final-year Fine Art student. For two years I have worked 16 hours a week on the shop floor of an art supplies ' +
        'shop in the city centre, selling paints, papers, brushes and easels to students, hobby painters and local ' +
        'illustrators, and taking the school orders when the manager is off. After graduating I would like a sales ' +
        'or account role with an arts materials brand or a framing and print business.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Sales Assistant', 'Inkwell & Easel Art Supplies', '2024-09', null, true, 'Sep 2024 – present', [
          'Advise customers on acrylics, oils, watercolour and printmaking kit and sell the step-up ranges',
          'Phone and e-mail orders from two primary schools and a sixth-form art department',
          'Till, stock counts, window displays; best add-on sales in the shop in October 2025',
        ]),
        lines: ['Sales Assistant (part-time, 16 hrs/week) – Inkwell & Easel Art Supplies, Leeds – Sep 2024 – present'],
      },
      {
        ...job('Festival Bar Staff', 'Calder Valley Cider Co.', '2024-06', '2024-08', false, 'Jun – Aug 2024', [
          'Bar and sampling stand at five summer festivals; cash-up and stock at the end of each night',
        ]),
        lines: ['Festival Bar Staff – Calder Valley Cider Co. – Jun – Aug 2024 (seasonal)'],
      },
      {
        ...job('Kitchen Porter', 'The Old Vicarage Tea Rooms', '2021', '2023', false, '2021 – 2023'),
        lines: ['Kitchen Porter – The Old Vicarage Tea Rooms, Harrogate – 2021 – 2023 (weekends during sixth form)'],
      },
    ],
    education: [
      edu('ba', 'BA (Hons) Fine Art with Foundation Year – Aire Valley University, Leeds, 2023 – 2027 (expected)', {
        field: 'Fine Art',
        institution: 'Aire Valley University',
        startYear: 2023,
        endYear: 2027,
      }),
      edu(
        'secondary',
        'A levels: Art & Design (A), English Literature (B), Psychology (C) – Harrogate Grange Sixth Form, 2023',
        { institution: 'Harrogate Grange Sixth Form', endYear: 2023 },
      ),
    ],
    courses: [named('Screen printing evening course', 'Screen printing evening course – community print studio, 2025')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'A2', 'Spanish – basic')],
    skills: [
      'Product knowledge: paints, papers, brushes, printmaking',
      'Customer focus – I paint myself, so I can show people how a product behaves',
      'Team player',
      'Instagram and Canva for the shop’s posts',
    ],
    closing: [
      { kind: 'heading', text: 'Interests' },
      { kind: 'paragraph', text: 'Life drawing on Tuesdays, zines, fell walking when I can get a lift.' },
    ],
    clientBase: null,
    competencies: ['customer_focus', 'teamwork'],
  },
  {
    id: 'en-h41-02-england-newquay-surf-instructor-and-holiday-cottage-business-development',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Five Hundred Two',
    email: 'cottages.newquay4102@example.org',
    phone: '07712 410202',
    contactLines: ['Crantock, Newquay, Cornwall TR8'],
    headings: {
      profile: 'Personal statement',
      work: 'Employment',
      education: 'Education',
      certifications: 'Qualifications',
      skills: 'Skills',
    },
    profile: [
      'For eight years my year had two halves: surf instructing from April to October and, from 2018, winter ' +
        'contracts signing up holiday cottage owners for a letting agency. Since March 2023 the agency job has been ' +
        'all year round. I look after 140 owners on our books in north Cornwall and signed 38 new cottages in 2025. ' +
        'The owners decide which agency lets their cottage, so the job is trust, honest income forecasts and ' +
        'answering the phone on a Sunday.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Business Development Executive',
        'Kernow Coast Cottages Ltd',
        '2023-03',
        null,
        true,
        'March 2023 – present',
        [
          'Valuation visits, income forecasts and management agreements with new owners',
          'Owner reviews every autumn; renewals and moving owners to full management',
          'Bookings on my owners’ cottages worth about £3.1m in 2025',
        ],
        'Newquay',
      ),
      job(
        'Surf Instructor',
        'Fistral Point Surf School',
        '2016',
        '2025',
        false,
        'seasons 2016 – 2025 (April to October)',
        ['Group and private lessons, beach safety, weekends only since 2023'],
        'Newquay',
      ),
      job(
        'Owner Acquisition Executive',
        'Kernow Coast Cottages Ltd',
        '2018-11',
        '2023-02',
        true,
        'winters, November 2018 – February 2023',
        ['Cold calls and visits to owners letting privately or with other agencies; 20 to 30 signed each winter'],
        'Newquay',
      ),
    ],
    education: [
      edu('secondary', 'BTEC Level 3 Extended Diploma in Sport – Cornwall Coast College, 2014', {
        field: 'Sport',
        institution: 'Cornwall Coast College',
        endYear: 2014,
      }),
      edu('lower secondary', 'GCSEs (9) – Treviglas Bay School, 2012', {
        institution: 'Treviglas Bay School',
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('Level 2 Surf Coach', 'Level 2 Surf Coach – current')],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('pt', 'B1', 'Portuguese – intermediate (two winters in the Algarve)'),
    ],
    skills: [
      'Negotiating management fees and terms with owners',
      'Relationship building',
      'Resilient – winter sea, winter sales',
      'Organised',
      'Beach lifeguard award (expired 2022)',
    ],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'en-h41-03-wales-swansea-hearing-aid-account-manager-returning-after-caring',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Five Hundred Three',
    email: 'hearing.swansea4103@example.net',
    phone: '01792 410303',
    contactLines: ['Sketty, Swansea SA2', 'Mobile: 07969 410 303'],
    headings: {
      profile: 'Profile',
      work: 'Career history',
      education: 'Education',
      courses: 'Training',
      skills: 'Skills',
    },
    profile: [
      'Account manager in hearing care, ready to return to field sales after three and a half years caring for my ' +
        'father. From 2013 to 2021 I looked after 78 independent hearing practices across South Wales and the South ' +
        'West of England for a hearing aid distributor; the practice owners choose their own supplier, and most of ' +
        'mine stayed with us for the whole eight years. Since March 2025 I have been working part-time in a sales ' +
        'office to get back into the rhythm of work.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Sales Administrator',
          'Penllergaer Office Interiors',
          '2025-03',
          null,
          false,
          'March 2025 – present (part-time, three days)',
          ['Order entry, delivery booking and quotes typed up for the two sales reps'],
        ),
        lines: [
          'Sales Administrator',
          'Penllergaer Office Interiors, Swansea | March 2025 – present (part-time, three days)',
        ],
      },
      {
        ...job(
          'Territory Account Manager',
          'Gower Audiology Supply Ltd',
          '2013-06',
          '2021-07',
          true,
          'June 2013 – July 2021',
          [
            '78 independent practices: new hearing aid ranges, accessories, repairs service and annual terms',
            'Territory sales of £2.4m in 2020, the best year despite the lockdowns',
            'Product training evenings for the practices’ audiologists',
          ],
        ),
        lines: ['Territory Account Manager', 'Gower Audiology Supply Ltd, Swansea | June 2013 – July 2021'],
      },
      {
        ...job(
          'Trainee Hearing Aid Dispenser',
          'Tawe Hearing Centre',
          '2009-09',
          '2013-05',
          false,
          'September 2009 – May 2013',
          ['Hearing tests, ear impressions, fittings and repairs under supervision'],
        ),
        lines: ['Trainee Hearing Aid Dispenser', 'Tawe Hearing Centre, Swansea | September 2009 – May 2013'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Career break' },
      {
        kind: 'paragraph',
        text:
          'August 2021 – February 2025: full-time carer for my father after his stroke. He now lives in a care home ' +
          'close by and I am free to work full time and to travel.',
      },
    ],
    education: [
      edu('short-cycle tertiary', 'Foundation Degree (FdSc) Hearing Aid Audiology – Bay Campus College, 2009 – 2011', {
        field: 'Hearing Aid Audiology',
        institution: 'Bay Campus College',
        startYear: 2009,
        endYear: 2011,
      }),
      edu('secondary', 'A levels in Biology, Chemistry and Welsh – Ysgol Gyfun Bryn Tawe, 2009', {
        institution: 'Ysgol Gyfun Bryn Tawe',
        endYear: 2009,
      }),
    ],
    courses: [named('Key account management', 'Key account management – two-day course, 2018')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('cy', 'B1', 'Welsh – intermediate (canolradd)')],
    skills: [
      'Relationship building with practice owners and audiologists',
      'Communication skills',
      'Time management',
      'HCPC registration as a hearing aid dispenser – lapsed 2023, can be restored',
    ],
    clientBase: { activeAccounts: 78, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h41-04-ireland-cork-head-chef-to-development-chef-and-foodservice-sales',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Five Hundred Four',
    email: 'saucechef.cork4104@example.com',
    phone: '087 410 4104',
    contactLines: ['Douglas, Cork T12'],
    headings: {
      profile: 'Profile',
      work: 'Work history',
      education: 'Education',
      courses: 'Courses',
      certifications: 'Certificates',
      skills: 'Skills',
      workTable: ['Dates', 'Role', 'Company'],
    },
    profile: [
      'Chef for thirteen years, head chef for six, and since 2021 development chef and foodservice seller for a Cork ' +
        'sauce and spice blend maker. I split the week: two days in the development kitchen, three on the road. My ' +
        'customers are 95 restaurants, hotels, cafés and contract caterers in Cork, Kerry and Limerick, where the ' +
        'head chefs and owners decide what goes on the menu and sign off the order. My accounts bought €1.6 million ' +
        'of sauces, dressings and blends in 2025.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job(
        'Development Chef & Foodservice Sales',
        'Lee Valley Sauce Company Ltd',
        '2021-02',
        null,
        true,
        'Feb 2021 – present',
        [
          'Visits, cook-offs in customers’ kitchens, pricing and orders for 95 accounts',
          'New recipes and custom blends for chains and hotel groups',
          'Trade shows and wholesaler ride-alongs',
        ],
      ),
      job('Head Chef', 'The Quay Kitchen, Kinsale', '2015-03', '2021-01', false, 'Mar 2015 – Jan 2021', [
        'Brigade of nine, 120 covers, menu costing and suppliers',
      ]),
      job('Sous Chef', 'Ardmore Lodge Hotel', '2010-04', '2015-02', false, 'Apr 2010 – Feb 2015'),
      job('Commis Chef', 'Shandon Street Bistro', '2007-09', '2010-03', false, 'Sep 2007 – Mar 2010'),
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'Higher Certificate in Culinary Arts (NFQ Level 6) – Southern Technological College, 2005 – 2007',
        { field: 'Culinary Arts', institution: 'Southern Technological College', startYear: 2005, endYear: 2007 },
      ),
      edu('secondary', 'Leaving Certificate – Coláiste an Chnoic, Cork, 2005', {
        institution: 'Coláiste an Chnoic',
        endYear: 2005,
      }),
    ],
    courses: [named('Sales for food businesses', 'Sales for food businesses – Local Enterprise Office, 2021')],
    certifications: [named('Food Safety HACCP Level 3', 'Food Safety HACCP Level 3 (2022)')],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('ga', 'B1', 'Irish – conversational'),
      lang('fr', 'A2', 'French – basic (kitchen French)'),
    ],
    skills: [
      'Creative menu and product development',
      'Customer focus',
      'Negotiation with wholesalers and buying groups',
      'Works under pressure – twenty years of Saturday-night service',
    ],
    clientBase: { activeAccounts: 95, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'innovation', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'en-h41-05-us-santa-fe-potter-founder-selling-wholesale-to-galleries',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Five Hundred Five',
    email: 'clay.santafe4105@example.com',
    phone: '(505) 555-4105',
    contactLines: ['Santa Fe, NM 87505', 'studio.example.com/arroyochico'],
    tagline: 'Studio potter and founder | wholesale and trade sales',
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      courses: 'Workshops',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'I founded a small tableware studio in 2017 and do all of its selling myself: trade shows, road trips and ' +
        'reorders. 60 galleries, gift shops and restaurants in New Mexico, Arizona and Colorado carry our work, and ' +
        'the owners pick what they carry. I also teach wheel classes at the community college. After nine years I ' +
        'am looking for a wholesale or trade sales role with a home goods or craft brand, and will keep a small ' +
        'studio practice on the side.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Founder & Potter', 'Arroyo Chico Clay Studio LLC', '2017-04', null, true, 'April 2017 – present', [
          'Wholesale accounts: 60 galleries, gift shops and restaurants in NM, AZ and CO',
          'Two trade shows a year; line sheets, pricing, terms and reorders',
          'Production of about 9,000 pieces a year with two part-time assistants',
          'Wholesale revenue of $310,000 in 2025',
        ]),
        lines: ['Founder & Potter — Arroyo Chico Clay Studio LLC, Santa Fe', 'April 2017 – present'],
      },
      {
        ...job(
          'Adjunct Ceramics Instructor',
          'Sangre de Cristo Community College',
          '2019-08',
          null,
          false,
          'August 2019 – present (part-time)',
          ['Two evening wheel-throwing classes each semester'],
        ),
        lines: [
          'Adjunct Ceramics Instructor — Sangre de Cristo Community College',
          'August 2019 – present (part-time)',
        ],
      },
      {
        ...job('Studio Assistant', 'Cerrillos Road Pottery', '2013-06', '2017-03', false, 'June 2013 – March 2017', [
          'Mixing clay and glazes, loading kilns, packing orders',
        ]),
        lines: ['Studio Assistant — Cerrillos Road Pottery, Santa Fe', 'June 2013 – March 2017'],
      },
      {
        ...job('Server', 'Canyon Road Café', '2009-09', '2013-05', false, 'Sept 2009 – May 2013'),
        lines: ['Server — Canyon Road Café, Santa Fe', 'Sept 2009 – May 2013 (while in college)'],
      },
    ],
    education: [
      edu('bachelor', 'BFA, Ceramics – University of the High Desert, Albuquerque, 2013', {
        field: 'Ceramics',
        institution: 'University of the High Desert',
        endYear: 2013,
      }),
    ],
    courses: [
      named('Glaze chemistry intensive', 'Glaze chemistry intensive – 2019'),
      named('Wholesale pricing for makers', 'Wholesale pricing for makers – small business center, 2017'),
    ],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'B2', 'Spanish – good')],
    skills: [
      'Entrepreneurial',
      'Relationship building with gallery and shop owners',
      'Self-starter',
      'Trade show selling',
      'Shopify, QuickBooks, online wholesale marketplaces',
    ],
    clientBase: { activeAccounts: 60, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'initiative', 'relationship_building', 'sales'],
  },
  {
    id: 'en-h41-06-canada-winnipeg-filipina-care-aide-and-party-plan-cookware-consultant',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Five Hundred Six',
    email: 'cookware.winnipeg4106@example.com',
    phone: '204-555-4106',
    contactLines: ['Garden City, Winnipeg, MB R2V', 'Canadian permanent resident since 2020'],
    headings: {
      profile: 'Summary',
      work: 'Work Experience',
      education: 'Education',
      certifications: 'Certificates',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'I am a health care aide and also an independent consultant for a cookware company, doing home parties in the ' +
        'evenings and weekends. I came to Canada in 2017 under the caregiver program. In the Philippines I was a ' +
        'sales clerk in an appliance centre for four years. I like selling very much and I want to do it full time, ' +
        'in a store or as a representative.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Independent Consultant',
        'Prairie Hearth Cookware',
        '2022-03',
        null,
        true,
        'March 2022 – present (evenings and weekends)',
        [
          'Cooking parties in the homes of hosts, about 40 parties a year',
          'CA$38,000 in sales in 2025, top 10 in Manitoba in the spring campaign',
          'I recruited and help three new consultants',
        ],
        'Winnipeg',
      ),
      job(
        'Health Care Aide',
        'Assiniboine Park Personal Care Home',
        '2019-10',
        null,
        false,
        'October 2019 – present',
        ['Personal care for 14 residents on the day shift, feeding, charting'],
        'Winnipeg',
      ),
      job(
        'Live-in Caregiver',
        'private family',
        '2017-06',
        '2019-09',
        false,
        'June 2017 – September 2019',
        ['Care of two children and an elderly grandmother'],
        'Tuxedo, Winnipeg',
      ),
      job(
        'Sales Clerk',
        'Mactan Appliance Center',
        '2012-05',
        '2016-03',
        true,
        'May 2012 – March 2016',
        ['Sold refrigerators, aircon and TVs on the floor and on instalment plans'],
        'Lapu-Lapu City, Philippines',
      ),
    ],
    education: [
      edu('post-secondary', 'Health Care Aide Program (certificate) – Prairie Skills Institute, Winnipeg, 2019', {
        field: 'Health Care Aide',
        institution: 'Prairie Skills Institute',
        endYear: 2019,
      }),
      edu(
        'bsc',
        'Bachelor of Science in Hotel and Restaurant Management – Mactan Bay College, Philippines, 2008 – 2012',
        {
          field: 'Hotel and Restaurant Management',
          institution: 'Mactan Bay College',
          startYear: 2008,
          endYear: 2012,
        },
      ),
    ],
    courses: [],
    certifications: [
      named('Food Handler Certificate', 'Food Handler Certificate (Manitoba), 2022'),
      named('CPR and First Aid Level C', 'CPR and First Aid Level C – valid to 2027'),
    ],
    languages: [lang('tl', 'native', 'Tagalog – native'), lang('en', 'C1', 'English – fluent (IELTS 7.0, 2016)')],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['Tagalog – native', 'Cebuano – native', 'English – fluent (IELTS 7.0, 2016)'],
      },
    ],
    skills: [
      'Customer focus',
      'Time management – two jobs and two kids',
      'Communication skills',
      'Cooking demonstrations',
    ],
    closing: [{ kind: 'paragraph', text: 'References available on request.' }],
    clientBase: null,
    competencies: ['communication', 'customer_focus', 'organisation'],
  },
  {
    id: 'en-h41-07-australia-hobart-teacher-to-self-employed-toy-agent',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Five Hundred Seven',
    email: 'toyagent.hobart4107@example.net',
    phone: '0418 410 107',
    contactLines: ['Bellerive, Hobart TAS 7018', 'ABN holder'],
    headings: {
      profile: 'Career Summary',
      work: 'Employment History',
      education: 'Qualifications',
      certifications: 'Registrations',
      skills: 'Key Skills',
    },
    profile: [
      'Former primary teacher, since 2016 a self-employed sales agent on commission for six toy, puzzle and game ' +
        'brands. I call on 110 independent toy shops, bookshops, museum and gallery shops and newsagents across ' +
        'Tasmania and Victoria, and the shop owners choose their own range, so a good agent is one who knows what ' +
        'sells in their town. I am open to a salaried territory or key account role with a brand or distributor.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Sales Agent', 'Derwent Toy Agencies', '2016-07', null, true, 'July 2016 – now', [
          'Six brands on commission: wooden toys, jigsaws, board games, craft kits and outdoor play',
          '110 accounts in Tasmania and Victoria on a six-week cycle; Melbourne trade fair twice a year',
          'Sales through my agency of about A$2.2 million in 2025',
        ]),
        lines: ['Sales Agent (self-employed, commission) – Derwent Toy Agencies, Hobart – July 2016 – now'],
      },
      {
        ...job(
          'Relief Teacher',
          'southern Tasmanian primary schools',
          '2016',
          '2019',
          false,
          '2016 – 2019 (casual, one or two days a week)',
        ),
        lines: ['Relief Teacher – southern Tasmanian primary schools – 2016 – 2019 (casual, one or two days a week)'],
      },
      {
        ...job('Primary Teacher', 'Kingston Beach Primary School', '2004', '2015', false, '2004 – 2015', [
          'Grade 3/4 classes; literacy leader from 2011',
        ]),
        lines: ['Primary Teacher – Kingston Beach Primary School – 2004 – 2015'],
      },
      {
        ...job('Shop Assistant', 'Salamanca Toy Box', '2000', '2003', true, '2000 – 2003', [
          'Saturdays and Christmas; served and sold, wrapped, restocked',
        ]),
        lines: ['Shop Assistant – Salamanca Toy Box, Hobart – 2000 – 2003 (while at university)'],
      },
    ],
    education: [
      edu('bachelor', 'Bachelor of Education (Primary) – University of the Derwent, 2000 – 2003', {
        field: 'Primary',
        institution: 'University of the Derwent',
        startYear: 2000,
        endYear: 2003,
      }),
      edu('secondary', 'Tasmanian Certificate of Education (TCE) – Ridgeway College, 1999', {
        institution: 'Ridgeway College',
        endYear: 1999,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Registration to Work with Vulnerable People (Tasmania)',
        'Registration to Work with Vulnerable People (Tasmania) – current',
      ),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('it', 'B1', 'Italian – conversational (from my nonna)')],
    skills: [
      'Selling to shop owners',
      'Organised – 110 shops, six weeks, one car',
      'Relationship building',
      'Knowing what children actually play with',
    ],
    clientBase: { activeAccounts: 110, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building', 'sales'],
  },
  {
    id: 'en-h41-08-new-zealand-nelson-beekeeping-supplies-rep-out-of-sales-to-apiary-manager',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Five Hundred Eight',
    email: 'hives.nelson4108@example.org',
    phone: '021 410 8108',
    contactLines: ['Brightwater, Nelson 7022'],
    headings: {
      profile: 'Profile',
      work: 'Work History',
      education: 'Education',
      certifications: 'Certificates',
      skills: 'Skills',
      workTable: ['Years', 'Employer', 'Role'],
    },
    profile: [
      'Beekeeper first, salesman for eight years, beekeeper again. From 2012 to 2020 I sold hive ware, extraction ' +
        'gear and treatments for a beekeeping supplies company; by 2020 I looked after 65 commercial beekeeping ' +
        'businesses and 12 rural supply stores from Golden Bay to Marlborough, owner-operators who decided their ' +
        'own orders. After back surgery in 2020 I went back to the hives and now manage 1,600 of them. I would ' +
        'consider a technical sales role again if it keeps me close to beekeepers.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Apiary Manager', 'Maitai Valley Honey Ltd', '2021', null, false, '2021 – current', [
        '1,600 hives, crew of five, queen rearing, pollination contracts with kiwifruit and apple growers',
      ]),
      job(
        'Territory Sales Representative – Top of the South',
        'HiveRight Beekeeping Supplies',
        '2012',
        '2020',
        true,
        '2012 – 2020',
        [
          '65 beekeeping businesses and 12 rural supply stores; orders, quotes and field days',
          'Sales of NZ$1.9 million in my last full year',
        ],
      ),
      job('Beekeeper', 'Golden Bay Apiaries', '2008', '2012', false, 'summers 2008 – 2012'),
      job('Orchard Hand', 'Moutere Hills Orchard', '2006', '2008', false, '2006 – 2008'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'September 2020 – February 2021: time off for back surgery and rehabilitation.',
      },
    ],
    education: [
      edu('vocational', 'New Zealand Certificate in Apiculture (Level 4) – Tasman Polytechnic, 2010', {
        field: 'Apiculture',
        institution: 'Tasman Polytechnic',
        endYear: 2010,
      }),
      edu('secondary', 'NCEA Level 2 – Waimea Plains College, 2005', {
        institution: 'Waimea Plains College',
        endYear: 2005,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'American foulbrood (AFB) recognition certificate',
        'American foulbrood (AFB) recognition certificate – current',
      ),
      named('Agrichemical safe use certificate', 'Agrichemical safe use certificate – valid to 2028'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('mi', 'A2', 'Te reo Māori – basic')],
    skills: [
      'Queen rearing, splits and varroa control',
      'Team player',
      'Organised',
      'Relationship building with beekeepers and growers',
      'Heavy trailer licence',
    ],
    clientBase: { activeAccounts: 77, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'en-h41-09-mozambique-to-johannesburg-hairdresser-and-salon-products-rep',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate Thirty-Five Hundred Nine',
    email: 'salons.joburg4109@example.com',
    phone: '071 410 4109',
    contactLines: ['Rosettenville, Johannesburg 2190'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Nationality: Mozambican | Permanent residence (South Africa) | Driver’s licence: Code B',
      },
    ],
    headings: {
      contact: 'Contact details',
      profile: 'About me',
      work: 'Work experience',
      education: 'Education',
      courses: 'Courses',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'I am a hairdresser from Maputo who became a sales representative. Since 2022 I sell braids, wigs, relaxers ' +
        'and hair care products to 85 salons in Johannesburg South, Soweto and Germiston. The salon owners decide ' +
        'what they buy, and because I still work in a salon on Saturdays I can show them on a real client how a ' +
        'product works. I want to grow to key accounts with salon chains and wholesalers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Sales Representative – Salons',
          'Afrolux Hair Products (Pty) Ltd',
          '2022-01',
          null,
          true,
          '01/2022 – present',
          [
            'Visit, demonstrate and take orders at 85 salons; new salons every month',
            'Monthly target of R420 000, reached 10 months of 12 in 2025',
            'Product training for the salon staff in Portuguese, English and isiZulu',
          ],
        ),
        lines: ['Sales Representative – Salons', 'Afrolux Hair Products (Pty) Ltd, Johannesburg | 01/2022 – present'],
      },
      {
        ...job(
          'Hairdresser',
          'Cabelo de Ouro Salon',
          '2016-03',
          null,
          false,
          '03/2016 – present (full time until 12/2021, now Saturdays)',
          ['Braiding, relaxing, colour; many Mozambican and Angolan clients'],
        ),
        lines: [
          'Hairdresser',
          'Cabelo de Ouro Salon, Rosettenville | 03/2016 – present (full time until 12/2021, now Saturdays)',
        ],
      },
      {
        ...job('Hairdresser', 'Salão Estrela', '2009', '2015', false, '2009 – 2015'),
        lines: ['Hairdresser', 'Salão Estrela, Maputo (Mozambique) | 2009 – 2015'],
      },
    ],
    education: [
      edu('vocational', 'Certificate in Hairdressing – Centro de Formação Profissional da Matola, 2009', {
        field: 'Hairdressing',
        institution: 'Centro de Formação Profissional da Matola',
        endYear: 2009,
      }),
      edu('secondary', 'Ensino Secundário Geral (12.ª classe) – Escola Secundária da Malhangalene, Maputo, 2008', {
        institution: 'Escola Secundária da Malhangalene',
        endYear: 2008,
      }),
    ],
    courses: [named('Business English', 'Business English – evening classes, 2017')],
    certifications: [],
    languages: [
      lang('pt', 'native', 'Portuguese – mother tongue'),
      lang('ts', 'native', 'Xitsonga (Changana) – home language'),
      lang('en', 'C1', 'English – fluent'),
      lang('zu', 'A2', 'isiZulu – basic'),
    ],
    skills: ['Negotiation with salon owners', 'Product demonstrations on live models', 'Customer focus', 'Resilient'],
    clientBase: { activeAccounts: 85, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'en-h41-10-india-nagpur-pharmacist-to-ayurvedic-medical-representative-evening-mba',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Five Hundred Ten',
    nameLine: 'RESUME\nCandidate Thirty-Five Hundred Ten',
    email: 'ayurveda.nagpur4110@example.com',
    phone: '+91 98230 41010',
    contactLines: ['Dharampeth, Nagpur – 440010, Maharashtra'],
    headings: {
      profile: 'Career Objective',
      work: 'Work Experience',
      education: 'Educational Qualifications',
      courses: 'Trainings',
      certifications: 'Registration',
      skills: 'Key Skills',
      languages: 'Languages Known',
    },
    profile: [
      'To grow as Area Business Manager in a reputed pharma or Ayurveda company. B.Pharm with 8+ years in field ' +
        'sales of Ayurvedic formulations, earlier retail pharmacist. Presently handling 240 customers (doctors and ' +
        'chemists) in Nagpur and Wardha districts, and completing MBA (Marketing) on weekends.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Tenure', title: 'Designation', employer: 'Company', duties: 'Responsibilities' },
    jobs: [
      job(
        'Senior Medical Representative',
        'Vaidyaratna Herbals Pvt. Ltd.',
        '2021-04',
        null,
        true,
        'April 2021 – Till Date',
        [
          'Promotion of Ayurvedic formulations to BAMS and MBBS doctors',
          'Handling 240 customers (doctors and chemists) in Nagpur and Wardha districts',
          'Secondary sales follow-up with 4 stockists; achieved 108% of target in FY 2025-26',
          'Organising CME programmes and camps',
        ],
        'Nagpur',
      ),
      job(
        'Medical Representative',
        'Vaidyaratna Herbals Pvt. Ltd.',
        '2018-07',
        '2021-03',
        true,
        'July 2018 – March 2021',
        ['Doctor calls and chemist coverage in Nagpur city HQ'],
        'Nagpur',
      ),
      job(
        'Pharmacist',
        'Shree Ganesh Medical Stores',
        '2016-06',
        '2018-06',
        false,
        'June 2016 – June 2018',
        ['Dispensing, stock and expiry management, GST billing'],
        'Sitabuldi, Nagpur',
      ),
    ],
    education: [
      edu(
        'mba',
        'MBA (Marketing), weekend programme – Vidarbha Institute of Management, Nagpur, 2024 – 2026 (final semester)',
        { field: 'Marketing', institution: 'Vidarbha Institute of Management', startYear: 2024, endYear: 2026 },
      ),
      edu('bachelor', 'B.Pharm – Orange City College of Pharmacy, Nagpur, 2012 – 2016 (First Class)', {
        institution: 'Orange City College of Pharmacy',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('secondary', 'HSC (Class XII, Science) – Maharashtra State Board, 2012', { endYear: 2012 }),
      edu('lower secondary', 'SSC (Class X) – Maharashtra State Board, 2010', { endYear: 2010 }),
    ],
    courses: [
      named('Induction training in Ayurveda pharmacology', 'Induction training in Ayurveda pharmacology – 2018'),
    ],
    certifications: [named('Registered Pharmacist', 'Registered Pharmacist – Maharashtra State Pharmacy Council')],
    languages: [
      lang('mr', 'native', 'Marathi – Mother tongue'),
      lang('hi', 'C1', 'Hindi – Fluent'),
      lang('en', 'C1', 'English – Fluent'),
    ],
    skills: ['Scientific detailing', 'Communication skills', 'Time management', 'Analytical', 'MS Office, DCR app'],
    closing: [
      { kind: 'heading', text: 'Personal Details' },
      {
        kind: 'table',
        rows: [
          ['Date of Birth', '14-08-1994'],
          ['Marital Status', 'Married'],
          ['Vehicle', 'Own two-wheeler with licence'],
        ],
      },
      { kind: 'heading', text: 'Declaration' },
      {
        kind: 'paragraph',
        text: 'I hereby declare that the above information is true to the best of my knowledge.\nPlace: Nagpur',
      },
    ],
    clientBase: { activeAccounts: 240, segment: 'regional_smb' },
    competencies: ['analytical', 'communication', 'organisation'],
  },
  {
    id: 'en-h41-11-uganda-mbarara-teacher-to-pay-as-you-go-solar-sales-agent',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Five Hundred Eleven',
    email: 'solar.mbarara4111@example.net',
    phone: '+256 772 410111',
    contactLines: ['Kakoba, Mbarara City, Uganda'],
    headings: {
      profile: 'Personal Profile',
      work: 'Working Experience',
      education: 'Education Background',
      certifications: 'Registration',
      skills: 'Skills and Abilities',
      languages: 'Languages',
    },
    profile: [
      'A former mathematics teacher who left the classroom in 2022 to sell pay-as-you-go solar home systems. I sell ' +
        'to households, shops and small clinics in Mbarara, Ibanda and Isingiro and I recruit and coach the village ' +
        'agents who sell with me. I am looking for a team leader or area sales manager position in solar or ' +
        'consumer finance.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Area Sales Agent', 'SunKwata Energy Uganda Ltd', '2022-08', null, true, 'August 2022 – to date', [
          'Sold 1,150 solar home systems on payment plans, best agent of the region in 2024',
          'Recruit, train and coach 12 village agents',
          'Follow up late payers together with the credit team',
        ]),
        lines: ['Area Sales Agent, SunKwata Energy Uganda Ltd, Mbarara (August 2022 – to date)'],
      },
      {
        ...job(
          'Mathematics Teacher',
          'Rwizi Hill Secondary School',
          '2015-02',
          '2022-07',
          false,
          'February 2015 – July 2022',
          ['Senior 1 to Senior 6 mathematics, head of the mathematics department from 2019'],
        ),
        lines: ['Mathematics Teacher, Rwizi Hill Secondary School, Mbarara (February 2015 – July 2022)'],
      },
      {
        ...job('Shop Attendant', 'Mugisha General Shop', '2011', '2014', true, '2011 – 2014', [
          'Sold airtime, soap, sugar and school items; mobile money counter during holidays',
        ]),
        lines: ['Shop Attendant, Mugisha General Shop (family shop), Ibanda (2011 – 2014, school holidays)'],
      },
    ],
    education: [
      edu(
        'bsc',
        'Bachelor of Science with Education (Mathematics and Physics) – Ankole Christian University, 2011 – 2014',
        { institution: 'Ankole Christian University', startYear: 2011, endYear: 2014 },
      ),
      edu('secondary', 'Uganda Advanced Certificate of Education (UACE) – Ntare Hills School, 2010', {
        institution: 'Ntare Hills School',
        endYear: 2010,
      }),
      edu('lower secondary', 'Uganda Certificate of Education (UCE) – Ntare Hills School, 2008', {
        institution: 'Ntare Hills School',
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('Registered Teacher', 'Registered Teacher – Ministry of Education and Sports')],
    languages: [lang('en', 'C1', ''), lang('lg', 'B1', ''), lang('sw', 'A2', '')],
    languagesText: [
      'Runyankore is my mother tongue. English fluent (language of instruction through school and university).',
      'Luganda conversational, Kiswahili basic.',
    ],
    skills: [
      'Coaching village agents',
      'Communication skills',
      'Persuasive, but honest about the payment plan',
      'Organised',
      'Motorcycle riding permit',
    ],
    closing: [
      { kind: 'heading', text: 'Referees' },
      { kind: 'paragraph', text: 'Referee One, Regional Sales Manager – contacts on request.' },
    ],
    clientBase: null,
    competencies: ['coaching', 'communication', 'organisation', 'persuasiveness'],
  },
  {
    id: 'en-h41-12-england-stockport-promotional-merchandise-account-manager-back-after-illness',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Five Hundred Twelve',
    email: 'promo.stockport4112@example.com',
    phone: '07855 411 212',
    contactLines: ['Heaton Moor, Stockport SK4'],
    headings: {
      profile: 'Profile',
      work: 'Employment history',
      education: 'Education',
      skills: 'Skills',
    },
    profile: [
      'Account manager in promotional merchandise – branded clothing, bags, drinkware, conference and onboarding ' +
        'packs – with fourteen years in the trade. I took two years out for cancer treatment and recovery and came ' +
        'back in May 2025, three days a week. I look after 50 business accounts across the North West; my contacts ' +
        'are the marketing managers and HR teams who decide the merchandise budget. I am now fit for full time and ' +
        'looking for a full-time role.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Manager', 'Brandmark Promotional Products Ltd', '2025-05', null, true, 'May 2025 – present', [
          '50 accounts: briefs, product ideas, samples, quotes and repeat orders',
          'Sales of £1.1m on my accounts in the first twelve months back',
        ]),
        lines: [
          'Account Manager (3 days a week)',
          'Brandmark Promotional Products Ltd, Stockport | May 2025 – present',
        ],
      },
      {
        ...job(
          'Senior Account Manager',
          'Brandmark Promotional Products Ltd',
          '2017-01',
          '2023-02',
          true,
          'Jan 2017 – Feb 2023',
          [
            'Portfolio of about 120 accounts, four of them national retailers',
            'Set up the eco range with two UK suppliers',
          ],
        ),
        lines: ['Senior Account Manager', 'Brandmark Promotional Products Ltd, Stockport | Jan 2017 – Feb 2023'],
      },
      {
        ...job('Account Executive', 'Pennine Print & Promo', '2011-09', '2016-12', true, 'Sep 2011 – Dec 2016', [
          'Inbound enquiries and small business accounts; trade show stands',
        ]),
        lines: ['Account Executive', 'Pennine Print & Promo, Oldham | Sep 2011 – Dec 2016'],
      },
      {
        ...job('Events Assistant', 'Stockport Conference Centre', '2009-07', '2011-08', false, 'Jul 2009 – Aug 2011'),
        lines: ['Events Assistant', 'Stockport Conference Centre | Jul 2009 – Aug 2011'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Health break' },
      {
        kind: 'paragraph',
        text:
          'March 2023 – April 2025: treatment for breast cancer and recovery. Back at work on a phased return since ' +
          'May 2025 and signed off as fully fit in September 2026.',
      },
    ],
    education: [
      edu('ba', 'BA (Hons) Events Management – Salford Quays University, 2006 – 2009', {
        field: 'Events Management',
        institution: 'Salford Quays University',
        startYear: 2006,
        endYear: 2009,
      }),
      edu('secondary', 'A levels: Business Studies, Art, Media – Marple Hall Sixth Form, 2006', {
        institution: 'Marple Hall Sixth Form',
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('de', 'A2', 'German – basic')],
    skills: [
      'Relationship management',
      'Creative – I can turn a vague brief into a product people keep',
      'Time management',
      'Negotiating with suppliers in the UK and the Far East',
    ],
    clientBase: { activeAccounts: 50, segment: 'regional_smb', decisionMakers: true },
    competencies: ['innovation', 'negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h41-13-us-michigan-school-photography-rep-and-seasonal-fireworks-stand-manager',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Five Hundred Thirteen',
    email: 'pictureday.grandrapids4113@example.com',
    phone: '616-555-4113',
    contactLines: ['Wyoming, MI 49509'],
    headings: {
      profile: 'Summary',
      work: 'Work Experience',
      education: 'Education',
      skills: 'Skills',
    },
    profile: [
      'Territory sales rep for a school portrait company, and every June–July and December a fireworks stand ' +
        'manager. I hold the picture-day contracts of 75 schools and daycares in West Michigan; the principals and ' +
        'PTO presidents sign them. I started with the company behind the camera.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Territory Sales Representative',
        'Great Lakes School Portraits, Inc.',
        '2019-08',
        null,
        true,
        'Aug 2019 – Present',
        [
          'Renew and win picture-day, yearbook and sports photo contracts; 9 new schools in 2025',
          'Plan about 400 picture days a year with the photographers',
        ],
        'Grand Rapids, MI',
      ),
      job(
        'Seasonal Stand Manager',
        'Red Sky Fireworks LLC',
        '2014',
        '2025',
        false,
        'Summers and New Year, 2014 – 2025',
        ['Ran a tent with four staff: setup, permits, cash, stock; about $60,000 a season'],
        'Wyoming, MI',
      ),
      job(
        'Photographer',
        'Great Lakes School Portraits, Inc.',
        '2015-09',
        '2019-07',
        false,
        'Sep 2015 – Jul 2019',
        ['Picture days, sports teams, graduations'],
        'Grand Rapids, MI',
      ),
      job(
        'Sales Associate',
        'Lakeshore Camera & Video',
        '2012-05',
        '2015-08',
        true,
        'May 2012 – Aug 2015 (part-time during college)',
        undefined,
        'Holland, MI',
      ),
    ],
    education: [
      edu('ba', 'B.A., Photography and Media – Grand River State University, 2015', {
        field: 'Photography and Media',
        institution: 'Grand River State University',
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'A2', 'Spanish – basic')],
    skills: [
      'Relationship building with school staff and PTOs',
      'Organised',
      'Adobe Lightroom, school photo ordering platforms',
    ],
    clientBase: { activeAccounts: 75, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'en-h41-14-canada-sherbrooke-snowmobile-mechanic-to-parts-sales-translated-from-french',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Five Hundred Fourteen',
    email: 'motoneige.sherbrooke4114@example.org',
    phone: '819 555-4114',
    contactLines: ['Fleurimont, Sherbrooke (Québec) J1E'],
    headings: {
      profile: 'Professional profile',
      work: 'Professional experience',
      education: 'Studies',
      courses: 'Trainings',
      skills: 'Competencies',
      languages: 'Languages',
      workTable: ['Employer', 'Position', 'Period'],
    },
    profile: [
      'Mechanic during nine years, since 2018 technical sales representative for a distributor of parts and ' +
        'accessories for snowmobiles, ATVs and side-by-side. I cover 70 dealers in Estrie, Beauce and ' +
        'Centre-du-Québec; the dealer owners decide their stock orders for the season. Sales of my territory: ' +
        '4,2 M$ in 2025.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job(
        'Technical Sales Representative',
        'Distributions Motoneige Estrie Inc.',
        '2018-03',
        null,
        true,
        'March 2018 to today',
        [
          'Pre-season booking orders with the 70 dealers, follow-up of warranty and returns',
          'Technical trainings for the dealers’ mechanics',
        ],
      ),
      job('Mechanic', 'Sports Magog Inc.', '2009-05', '2018-02', false, 'May 2009 to February 2018', [
        'Repair and preparation of snowmobiles, ATVs and boats; chief mechanic from 2014',
      ]),
      job('Parts Counter Clerk', 'Sports Magog Inc.', '2007-06', '2009-04', true, 'June 2007 to April 2009', [
        'Sold parts and accessories at the counter and by phone',
      ]),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Volunteering' },
      { kind: 'paragraph', text: 'Trail patroller for the local snowmobile club, since 2012 (winters).' },
    ],
    education: [
      edu(
        'vocational',
        'DEP – Diploma of Vocational Studies in Motorized Recreational Vehicle Mechanics – Centre de formation professionnelle des Cantons, 2007',
        {
          field: 'Motorized Recreational Vehicle Mechanics',
          institution: 'Centre de formation professionnelle des Cantons',
          endYear: 2007,
        },
      ),
      edu('secondary', 'DES – Secondary School Diploma – École secondaire du Mont-Bellevue, 2005', {
        institution: 'École secondaire du Mont-Bellevue',
        endYear: 2005,
      }),
    ],
    courses: [
      named('Four-stroke engines and EFI diagnosis', 'Four-stroke engines and EFI diagnosis – manufacturer, 2013'),
    ],
    certifications: [],
    languages: [
      lang('fr', 'native', 'French – mother tongue'),
      lang('en', 'B2', 'English – good (with the suppliers)'),
    ],
    skills: [
      'Technical selling',
      'Negotiation with dealers',
      'Time management',
      'Diagnosis and repair of 2- and 4-stroke engines',
    ],
    closing: [{ kind: 'paragraph', text: 'CV translated from French by the candidate.' }],
    clientBase: { activeAccounts: 70, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'sales'],
  },
  {
    id: 'en-h41-15-australia-cairns-dive-instructor-to-reef-trips-trade-sales-manager',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Five Hundred Fifteen',
    email: 'reeftrips.cairns4115@example.net',
    phone: '0407 411 515',
    contactLines: ['Edge Hill, Cairns QLD 4870'],
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Employment',
      education: 'Education',
      certifications: 'Tickets & Certs',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Dive instructor for eight years, now trade sales manager for a reef cruise company. I look after 150 trade ' +
        'accounts in Cairns and Port Douglas – travel agents, hostels, hotel tour desks and booking kiosks – whose ' +
        'managers decide which trips they put in front of their guests.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Trade Sales Manager',
        'Coral Trail Reef Cruises',
        '2023-09',
        null,
        true,
        'September 2023 – current',
        ['Famils, rate sheets and commission agreements with 150 trade accounts', 'Trade bookings up 18% in 2025'],
        'Cairns',
      ),
      job(
        'Dive Instructor & Reservations',
        'Coral Trail Reef Cruises',
        '2018-06',
        '2023-08',
        false,
        'June 2018 – August 2023',
        ['Instructing on the day boat, taking bookings in the office on non-boat days'],
        'Cairns',
      ),
      job(
        'Dive Instructor',
        'Blue Turtle Divers',
        '2015',
        '2018',
        false,
        '2015 – 2018',
        undefined,
        'Koh Tao, Thailand',
      ),
      job('Bartender', 'Esplanade Backpackers', '2013', '2015', false, '2013 – 2015 (casual)', undefined, 'Cairns'),
    ],
    education: [
      edu('post-secondary', 'Certificate IV in Travel and Tourism – Tropical North TAFE, 2022 (part-time)', {
        field: 'Travel and Tourism',
        institution: 'Tropical North TAFE',
        endYear: 2022,
      }),
      edu('secondary', 'HSC – Alstonville Ridge High School, NSW, 2012', {
        institution: 'Alstonville Ridge High School',
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [
      named('Dive Instructor (Master Instructor rating)', 'Dive Instructor (Master Instructor rating) – current'),
      named('Senior First Aid & Oxygen Provider', 'Senior First Aid & Oxygen Provider – valid to 2027'),
    ],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('de', 'B1', 'German – intermediate'),
      lang('th', 'A2', 'Thai – basic'),
    ],
    skills: [
      'Networking – I know every tour desk in town',
      'Team player',
      'Works under pressure (and under water)',
      'Booking systems and channel managers',
    ],
    clientBase: { activeAccounts: 150, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'en-h41-16-trinidad-san-fernando-rum-on-trade-rep-and-freelance-mixologist',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Five Hundred Sixteen',
    email: 'rumrep.sando4116@example.com',
    phone: '+1 868 555 4116',
    contactLines: ['Marabella, San Fernando, Trinidad and Tobago'],
    headings: {
      profile: 'Profile',
      work: 'Employment History',
      education: 'Education',
      certifications: 'Certificates',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Bartender turned on-trade sales representative for a rum and spirits company, and still a mixologist at ' +
        'weekends. I handle 130 bars, rum shops, restaurants and hotels in south Trinidad; the owners decide what ' +
        'goes on the shelf and I help them sell it with staff training and cocktail menus.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Period', title: 'Job Title', employer: 'Company', duties: 'Duties' },
    jobs: [
      job(
        'On-Trade Sales Representative',
        'Naparima Spirits Company Ltd',
        '2020-01',
        null,
        true,
        'January 2020 – Present',
        [
          'Sell-in, listings and promotions at 130 accounts',
          'Staff training and cocktail menus for key bars',
          'Carnival and Divali season activations',
        ],
        'San Fernando',
      ),
      job('Mixologist', 'self-employed', '2017-03', null, false, 'March 2017 – Present (weekends)', [
        'Weddings, private parties and corporate events',
      ]),
      job(
        'Bar Supervisor',
        'Gulf View Hotel',
        '2012-07',
        '2019-12',
        false,
        'July 2012 – December 2019',
        ['Team of six, stock and cost control, cocktail list'],
        'San Fernando',
      ),
      job('Bartender', 'Skinner Park Sports Bar', '2009', '2012', false, '2009 – 2012', undefined, 'San Fernando'),
    ],
    education: [
      edu('associate', 'Associate Degree in Hospitality Management – College of the South, 2010 – 2012', {
        field: 'Hospitality Management',
        institution: 'College of the South',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('lower secondary', 'CSEC (7 subjects) – Naparima Road Secondary School, 2008', {
        institution: 'Naparima Road Secondary School',
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('Food Badge', 'Food Badge (Ministry of Health) – current')],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'A2', 'Spanish – basic (CSEC)')],
    skills: [
      'Relationship building with bar owners',
      'Creative cocktail programmes for accounts',
      'Self-starter',
      'Negotiating shelf space and promotions',
    ],
    clientBase: { activeAccounts: 130, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'innovation', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h41-17-romania-to-northampton-europass-grocery-sales-rep-and-interpreter',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Five Hundred Seventeen',
    nameLine: 'Europass\nCurriculum Vitae\nCandidate Thirty-Five Hundred Seventeen',
    email: 'carpathia.northampton4117@example.net',
    phone: '07492 411 717',
    contactLines: ['Abington, Northampton NN1 (United Kingdom)'],
    afterContact: [
      { kind: 'heading', text: 'Personal information' },
      {
        kind: 'table',
        rows: [
          ['Nationality', 'Romanian'],
          ['Date of birth', '02/11/1988'],
          ['Status', 'EU Settlement Scheme – settled status'],
          ['Desired employment / Occupational field', 'Area sales / key account management – food'],
        ],
      },
    ],
    headings: {
      work: 'Work experience',
      education: 'Education and training',
      courses: 'Additional training',
      certifications: 'Professional qualifications',
      skills: 'Computer skills and competences',
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
        'Sales Representative',
        'Carpathia Foods UK Ltd',
        '2021-04',
        null,
        true,
        'From 04/2021 to present',
        [
          'Visiting 95 Romanian, Polish and Bulgarian grocery shops in the East Midlands and East of England',
          'the shop owners decide the orders; negotiation of listings, prices and promotions with them',
          'new products from Romanian and Bulgarian producers',
        ],
        'Brackmills, Northampton (United Kingdom) – import and distribution of Eastern European foods',
      ),
      job(
        'Community Interpreter',
        'Nene Language Services Ltd',
        '2019-09',
        null,
        false,
        'From 09/2019 to present',
        ['Romanian – English interpreting for GP practices, courts and councils, evenings and Saturdays'],
        'Northampton (United Kingdom)',
      ),
      job(
        'Warehouse Operative',
        'Midshires Fulfilment Ltd',
        '2017-03',
        '2021-03',
        false,
        '03/2017 – 03/2021',
        ['Picking, packing, goods in; team leader on nights from 2019'],
        'Northampton (United Kingdom)',
      ),
      job(
        'Sales Agent',
        'SC Dulcimar Distribuție SRL',
        '2011-06',
        '2016-12',
        true,
        '06/2011 – 12/2016',
        ['Sales of sweets and biscuits to 120 shops and kiosks in Iași county'],
        'Iași (Romania)',
      ),
    ],
    education: [
      edu(
        'bachelor',
        'Dates: 2007 – 2010\nTitle of qualification awarded: Bachelor’s degree (Licență) in Foreign Languages – English and French\nName and type of organisation providing education and training: Moldavia Eastern University, Iași',
        { field: 'Foreign Languages', institution: 'Moldavia Eastern University', startYear: 2007, endYear: 2010 },
      ),
      edu(
        'secondary',
        'Dates: 2003 – 2007\nTitle of qualification awarded: Baccalaureate diploma (Diplomă de bacalaureat)\nName and type of organisation providing education and training: Colegiul Național Copou, Iași',
        { institution: 'Colegiul Național Copou', startYear: 2003, endYear: 2007 },
      ),
    ],
    courses: [named('Food hygiene Level 2', 'Food hygiene Level 2 (2021)')],
    certifications: [
      named(
        'Level 6 Diploma in Public Service Interpreting (Law)',
        'Level 6 Diploma in Public Service Interpreting (Law), 2020',
      ),
    ],
    languages: [lang('ro', 'native', ''), lang('en', 'C1', ''), lang('fr', 'B1', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): Romanian' },
      { kind: 'paragraph', text: 'Other language(s): English, French' },
      {
        kind: 'table',
        header: ['Self-assessment', 'Understanding', '', 'Speaking', '', 'Writing'],
        rows: [
          ['European level (*)', 'Listening', 'Reading', 'Spoken interaction', 'Spoken production', ''],
          [
            'English',
            'C1 Proficient user',
            'C2 Proficient user',
            'C1 Proficient user',
            'C1 Proficient user',
            'C1 Proficient user',
          ],
          [
            'French',
            'B1 Independent user',
            'B2 Independent user',
            'B1 Independent user',
            'B1 Independent user',
            'A2 Basic user',
          ],
        ],
      },
      { kind: 'paragraph', text: '(*) Common European Framework of Reference (CEF) level' },
    ],
    skills: ['Microsoft Office, route planning apps, order app on tablet'],
    closing: [
      { kind: 'heading', text: 'Social skills and competences' },
      {
        kind: 'paragraph',
        text: 'Good communication skills, from interpreting and from my work with shop owners of three nationalities.',
      },
      { kind: 'heading', text: 'Organisational skills and competences' },
      { kind: 'paragraph', text: 'Organised: I plan the visit routes for two counties every week.' },
      { kind: 'heading', text: 'Driving licence' },
      { kind: 'paragraph', text: 'B' },
    ],
    clientBase: { activeAccounts: 95, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'negotiation', 'organisation'],
  },
  {
    id: 'en-h41-18-spain-to-brighton-europass-nurse-to-compression-hosiery-clinical-sales',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Five Hundred Eighteen',
    email: 'compression.brighton4118@example.org',
    phone: '+44 7700 411818',
    contactLines: ['Date of birth: 23/05/1991', 'Nationality: Spanish', 'Address: Hove, BN3, United Kingdom (Home)'],
    headings: {
      profile: 'ABOUT MYSELF',
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      courses: 'COURSES',
      certifications: 'PROFESSIONAL REGISTRATION',
      skills: 'DIGITAL SKILLS',
      languages: 'LANGUAGE SKILLS',
    },
    profile: [
      'Nurse from Dénia who came to England in 2018 and moved into clinical sales of compression garments in 2024. ' +
        'I still do bank shifts on the vascular ward to keep my registration and my hands in practice. Good ' +
        'communication skills and a team player, in the ward and in the field.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Clinical Sales Specialist', 'Sussex Medi-Wear Ltd', '2024-02', null, true, '01/02/2024 – CURRENT'),
        lines: ['01/02/2024 – CURRENT Brighton, United Kingdom', 'CLINICAL SALES SPECIALIST Sussex Medi-Wear Ltd'],
        bullets: [
          'Responsible for 60 accounts – community nursing teams, leg ulcer clinics, GP practices and independent pharmacies in Sussex and Kent',
          'Training nurses in measuring and fitting; formulary meetings with the tissue viability leads and pharmacy owners, who decide which garments they use',
          'Sales on my accounts £1.3 million in 2025',
        ],
      },
      {
        ...job('Staff Nurse (Bank)', 'Downs Community Hospital', '2024-03', null, false, '01/03/2024 – CURRENT'),
        lines: ['01/03/2024 – CURRENT Brighton, United Kingdom', 'STAFF NURSE (BANK) Downs Community Hospital'],
        bullets: ['Two or three weekend shifts a month on the vascular ward'],
      },
      {
        ...job(
          'Staff Nurse – Vascular Ward',
          'Downs Community Hospital',
          '2018-09',
          '2024-01',
          false,
          '15/09/2018 – 31/01/2024',
        ),
        lines: [
          '15/09/2018 – 31/01/2024 Brighton, United Kingdom',
          'STAFF NURSE – VASCULAR WARD Downs Community Hospital',
        ],
        bullets: ['Leg ulcer and post-surgery care; link nurse for compression therapy from 2021'],
      },
      {
        ...job('Nurse', 'Hospital Comarcal de la Marina', '2014-06', '2018-08', false, '01/06/2014 – 31/08/2018'),
        lines: ['01/06/2014 – 31/08/2018 Dénia, Spain', 'NURSE Hospital Comarcal de la Marina'],
        bullets: ['Surgical and internal medicine wards, temporary contracts'],
      },
    ],
    education: [
      edu(
        'bachelor',
        '01/09/2010 – 30/06/2014 Valencia, Spain\nBACHELOR’S DEGREE IN NURSING (GRADO EN ENFERMERÍA) Universidad del Mediterráneo\nLevel in EQF: EQF level 6',
        { field: 'Nursing', institution: 'Universidad del Mediterráneo', startYear: 2010, endYear: 2014 },
      ),
      edu(
        'secondary',
        '01/09/2008 – 30/06/2010 Dénia, Spain\nBACHILLERATO (SCIENCE AND HEALTH) IES Montgó Alt\nLevel in EQF: EQF level 4',
        { institution: 'IES Montgó Alt', startYear: 2008, endYear: 2010 },
      ),
    ],
    courses: [named('Compression therapy and lymphoedema', 'Compression therapy and lymphoedema – 2022')],
    certifications: [
      named('NMC Registered Nurse (Adult)', 'NMC Registered Nurse (Adult) – PIN active, revalidated 2024'),
    ],
    languages: [lang('es', 'native', ''), lang('ca', 'native', ''), lang('en', 'C1', ''), lang('fr', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): SPANISH | VALENCIAN' },
      { kind: 'paragraph', text: 'Other language(s):' },
      {
        kind: 'paragraph',
        text: 'ENGLISH\nLISTENING C1 READING C1 WRITING B2\nSPOKEN PRODUCTION C1 SPOKEN INTERACTION C1',
      },
      {
        kind: 'paragraph',
        text: 'FRENCH\nLISTENING A2 READING B1 WRITING A2\nSPOKEN PRODUCTION A2 SPOKEN INTERACTION A2',
      },
      {
        kind: 'paragraph',
        text: 'Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user',
      },
    ],
    skills: ['Microsoft Office | CRM (Salesforce) | e-Rostering | SystmOne'],
    closing: [
      { kind: 'heading', text: 'DRIVING LICENCE' },
      { kind: 'paragraph', text: 'Car: B' },
    ],
    clientBase: { activeAccounts: 60, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'teamwork'],
  },
  {
    id: 'en-h41-19-us-austin-meal-prep-founder-to-account-executive-linkedin-export',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Five Hundred Nineteen',
    email: 'mealprep.austin4119@example.com',
    phone: '(512) 555-4119',
    contactLines: ['www.example.com/in/cand4119 (LinkedIn)'],
    tagline: 'Account Executive at Tallgrass Workplace Catering\nAustin, Texas, United States',
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      skills: 'Top Skills',
      languages: 'Languages',
    },
    profile: [
      'Cook, founder, now account executive. I spent five years building an office meal-prep company – I cooked, ' +
        'hired, drove and made every sales call myself – and closed it in 2025 after our biggest client moved ' +
        'remote. Today I manage 45 office accounts in Austin and San Antonio for a workplace catering company; the ' +
        'office managers and HR directors who sign the catering contracts are the people I work with every week.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Account Executive',
          'Tallgrass Workplace Catering',
          '2025-06',
          null,
          true,
          'June 2025 - Present (1 year 6 months)',
        ),
        lines: [
          'Tallgrass Workplace Catering',
          'Account Executive',
          'June 2025 - Present (1 year 6 months)',
          'Austin, Texas, United States',
          'Daily lunch programs, pantry service and events for tech and professional-services offices. Renewals, ' +
            'upsells and new logos; 11 new accounts in my first year.',
        ],
      },
      {
        ...job(
          'Co-Founder & CEO',
          'Prep Republic',
          '2020-03',
          '2025-04',
          true,
          'March 2020 - April 2025 (5 years 2 months)',
        ),
        lines: [
          'Prep Republic',
          'Co-Founder & CEO',
          'March 2020 - April 2025 (5 years 2 months)',
          'Austin, Texas',
          'Weekly meal-prep plans for offices and gyms. Sold the plans to HR and office managers myself, ran the ' +
            'kitchen with my co-founder, up to 14 staff and 2,500 meals a week.',
        ],
      },
      {
        ...job(
          'Sous Chef',
          'Rainey Street Kitchen',
          '2018-05',
          '2020-02',
          false,
          'May 2018 - February 2020 (1 year 10 months)',
        ),
        lines: [
          'Page 1 of 2',
          'Rainey Street Kitchen',
          '3 years 7 months',
          'Sous Chef',
          'May 2018 - February 2020 (1 year 10 months)',
          'Austin, Texas',
        ],
      },
      {
        ...job(
          'Line Cook',
          'Rainey Street Kitchen',
          '2016-08',
          '2018-04',
          false,
          'August 2016 - April 2018 (1 year 9 months)',
        ),
        lines: ['Line Cook', 'August 2016 - April 2018 (1 year 9 months)', 'Austin, Texas'],
      },
    ],
    education: [
      edu(
        'associate',
        'Hill Country Community College\nAssociate of Applied Science - AAS, Culinary Arts · (2014 - 2016)',
        {
          field: 'Culinary Arts',
          institution: 'Hill Country Community College',
          startYear: 2014,
          endYear: 2016,
        },
      ),
    ],
    courses: [],
    certifications: [named('Food Protection Manager Certification')],
    languages: [
      lang('en', 'native', 'English (Native or Bilingual)'),
      lang('es', 'B2', 'Spanish (Professional Working)'),
    ],
    skills: ['Entrepreneurship', 'Consultative Selling', 'Negotiation'],
    closing: [{ kind: 'paragraph', text: 'Page 2 of 2' }],
    clientBase: { activeAccounts: 45, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'sales'],
  },
  {
    id: 'en-h41-20-england-sheffield-yoga-teacher-and-saas-account-executive-linkedin-export',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Five Hundred Twenty',
    email: 'studio.sheffield4120@example.org',
    phone: '07700 941 120',
    contactLines: ['www.example.com/in/cand4120 (LinkedIn)'],
    tagline: 'Account Executive at Bookwell Studio Software | Yoga teacher\nSheffield, England, United Kingdom',
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
      'I sell booking and payments software to the kind of studio I used to manage, and I still teach four yoga ' +
        'classes a week. My book is 80 yoga, pilates and climbing studios across the UK and Ireland, almost all of ' +
        'them run by owners who sign up themselves.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Account Executive',
          'Bookwell Studio Software',
          '2025-04',
          null,
          true,
          'April 2025 - Present (1 year 8 months)',
        ),
        lines: [
          'Bookwell Studio Software',
          '3 years 3 months',
          'Account Executive',
          'April 2025 - Present (1 year 8 months)',
          'Sheffield, England, United Kingdom',
          'Demos, trials and contracts with independent studios; upgrades for my existing 80. £420k ARR on my book.',
        ],
      },
      {
        ...job(
          'Sales Development Representative',
          'Bookwell Studio Software',
          '2023-09',
          '2025-03',
          true,
          'September 2023 - March 2025 (1 year 7 months)',
        ),
        lines: [
          'Sales Development Representative',
          'September 2023 - March 2025 (1 year 7 months)',
          'Outbound calls and emails to studios, 12 to 15 demos booked a week',
        ],
      },
      {
        ...job('Yoga Teacher', 'Self-employed', '2017-01', null, false, 'January 2017 - Present (9 years 11 months)'),
        lines: [
          'Self-employed',
          'Yoga Teacher',
          'January 2017 - Present (9 years 11 months)',
          'Sheffield',
          'Vinyasa and yin classes, four a week since 2023',
        ],
      },
      {
        ...job(
          'Studio Manager',
          'Kelham Yoga Loft',
          '2019-03',
          '2023-08',
          false,
          'March 2019 - August 2023 (4 years 6 months)',
        ),
        lines: [
          'Page 1 of 2',
          'Kelham Yoga Loft',
          'Studio Manager',
          'March 2019 - August 2023 (4 years 6 months)',
          'Sheffield, England, United Kingdom',
          'Timetable, 18 teachers, front desk, memberships and the booking system migration',
        ],
      },
    ],
    education: [
      edu('ba', 'Sheaf Valley University\nBA (Hons), Sport and Exercise Science · (2013 - 2016)', {
        field: 'Sport and Exercise Science',
        institution: 'Sheaf Valley University',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [named('Registered Yoga Teacher (RYT-200)')],
    languages: [lang('en', 'native', 'English (Native or Bilingual)'), lang('fr', 'A2', 'French (Elementary)')],
    skills: ['SaaS Sales', 'Relationship Building', 'Yoga Instruction'],
    closing: [{ kind: 'paragraph', text: 'Page 2 of 2' }],
    clientBase: { activeAccounts: 80, segment: 'international', decisionMakers: true },
    competencies: ['relationship_building', 'sales'],
  },
  {
    id: 'en-h41-21-northern-ireland-enniskillen-maintenance-to-holiday-home-sales-advisor',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Five Hundred Twenty-One',
    email: 'lakeshore.enniskillen4121@example.com',
    phone: '07821 412 121',
    contactLines: ['Enniskillen, Co. Fermanagh BT74'],
    headings: {
      profile: 'Profile',
      work: 'Work history',
      education: 'Education',
      certifications: 'Certificates',
      skills: 'Skills',
    },
    profile: [
      'Sales advisor on a holiday park on Lough Erne, selling static caravans and lodges to families from both sides ' +
        'of the border. I started on the park doing winter maintenance while I worked the cruiser hire base in the ' +
        'summers, so I know the homes from the inside.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Sales Advisor', 'Erne Shore Holiday Homes Ltd', '2019', null, true, '2019 – present', [
          'Show homes, part-exchanges, finance paperwork and handovers',
          'Sold 41 holiday homes in 2025, the park’s best year',
          'Owner events and renewals of pitch agreements',
        ]),
      },
      {
        ...job('Maintenance Operative', 'Erne Shore Holiday Homes Ltd', '2015', '2018', false, 'winters 2015 – 2018', [
          'Winterising, decking, gas and water checks with the engineer',
        ]),
      },
      {
        ...job('Hire Base Assistant', 'Lakeland Cruiser Hire', '2014', '2018', false, 'summers 2014 – 2018', [
          'Handovers and boat-handling briefings for hirers, turnarounds and fuelling',
        ]),
      },
    ],
    education: [
      edu('vocational', 'NVQ Level 2 in Hospitality – Fermanagh Lakes College, 2014', {
        field: 'Hospitality',
        institution: 'Fermanagh Lakes College',
        endYear: 2014,
      }),
      edu('lower secondary', 'GCSEs (6) – Lisnaskea Road High School, 2013', {
        institution: 'Lisnaskea Road High School',
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('Powerboat Level 2 certificate', 'Powerboat Level 2 certificate (2015)')],
    languages: [lang('en', 'native', 'English – native'), lang('ga', 'A2', 'Irish – basic')],
    skills: ['Customer focus', 'Time management', 'Holiday home finance paperwork', 'Full clean driving licence'],
    clientBase: null,
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'en-h41-22-india-ludhiana-knitwear-family-firm-partner-forty-years',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Five Hundred Twenty-Two',
    nameLine: 'CURRICULUM VITAE\nCandidate Thirty-Five Hundred Twenty-Two',
    email: 'woolknit.ludhiana4122@example.com',
    phone: '+91 98140 41220',
    contactLines: ['Model Town, Ludhiana – 141002, Punjab'],
    headings: {
      profile: 'Profile',
      work: 'Experience',
      education: 'Education',
      skills: 'Strengths',
      languages: 'Languages Known',
      workTable: ['Period', 'Organisation', 'Designation'],
    },
    profile: [
      'Forty years in knitwear: I joined our family unit in 1986, ran production for seven years and have looked ' +
        'after the selling since 1998. I deal with 60 wholesalers and retail chain buyers in Punjab, Haryana, Delhi, ' +
        'Himachal, J&K and western UP; the owners of the wholesale firms place the season’s orders with me directly. ' +
        'For eight years I also taught merchandising at a textile institute. With the next generation now running ' +
        'the unit, I am open to a senior sales or buying-house role in woollens.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Partner (Sales & Marketing)', 'Ludhiana Woolknit Industries', '1998', null, true, '1998 – Present', [
        'Season bookings with 60 wholesalers and retail chain buyers; sampling, pricing and credit terms',
        'Winter range of sweaters, cardigans, shawls and school pullovers',
        'Turnover of the unit ₹ 18 crore in 2025-26',
      ]),
      job('Production In-charge', 'Ludhiana Woolknit Industries', '1991', '1998', false, '1991 – 1998', [
        'Knitting, linking and finishing floors; 60 flat machines, shift planning',
      ]),
      job('Visiting Faculty', 'Punjab Institute of Knitting Technology', '2010', '2018', false, '2010 – 2018', [
        'Merchandising and costing for diploma students, two evenings a week',
      ]),
      job('Trainee', 'Ludhiana Woolknit Industries', '1986', '1991', false, '1986 – 1991'),
    ],
    education: [
      edu('bachelor', 'B.Com – Satluj College, Ludhiana, 1986 – 1989 (while working in the unit)', {
        institution: 'Satluj College',
        startYear: 1986,
        endYear: 1989,
      }),
      edu('secondary', 'Class XII (Commerce) – PSEB, 1986', { endYear: 1986 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('pa', 'native', 'Punjabi – Mother tongue'),
      lang('hi', 'C1', 'Hindi – Fluent'),
      lang('en', 'B2', 'English – Good'),
    ],
    skills: [
      'Negotiation with wholesale buyers',
      'Knowledge of yarns, gauges and costing',
      'Team player – family business, 140 workers',
    ],
    clientBase: { activeAccounts: 60, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'teamwork'],
  },
  {
    id: 'en-h41-23-ireland-galway-lens-lab-account-manager-back-after-childcare-break',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Five Hundred Twenty-Three',
    email: 'lenses.galway4123@example.net',
    phone: '091 412 323',
    contactLines: ['Knocknacarra, Galway H91', 'Mobile 086 412 3230'],
    headings: {
      profile: 'Profile',
      work: 'Experience',
      education: 'Education',
      courses: 'Recent course',
      skills: 'Skills',
    },
    profile: [
      'Physics graduate who spent four years in an optical lens laboratory and seven as its account manager for ' +
        'independent opticians. In 2019, my last full year, I looked after about 120 independent practices in ' +
        'Connacht and Donegal whose owners choose their lab themselves, and my accounts bought €3.4 million of ' +
        'lenses and coatings from us. I stayed at home with our three children from mid-2020 to the end of 2025 and ' +
        'have been working part-time since January. I would now like to return to account management.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Customer Service Advisor',
        'Corrib Pet Insurance DAC',
        '2026-01',
        null,
        false,
        'January 2026 – present (part-time, 20 hours)',
        ['Policy queries and claims by phone and chat'],
        'Galway',
      ),
      job(
        'Account Manager – Independent Opticians',
        'Claddagh Optical Laboratories Ltd',
        '2013-08',
        '2020-06',
        true,
        'August 2013 – June 2020',
        [
          'About 120 practices: visits, new lens designs, pricing agreements, remakes and complaints',
          'Ran the lab’s CPD evenings for optometrists in the west',
        ],
        'Galway',
      ),
      job(
        'Lab Technician',
        'Claddagh Optical Laboratories Ltd',
        '2009-09',
        '2013-07',
        false,
        'September 2009 – July 2013',
        ['Surfacing, coating and final inspection'],
        'Galway',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Career break' },
      { kind: 'paragraph', text: 'July 2020 – December 2025: at home with our three children.' },
    ],
    education: [
      edu('bsc', 'BSc (Hons) Physics – Corrib University, 2005 – 2009', {
        field: 'Physics',
        institution: 'Corrib University',
        startYear: 2005,
        endYear: 2009,
      }),
      edu('secondary', 'Leaving Certificate – Scoil Mhuire na Trá, Salthill, 2005', {
        institution: 'Scoil Mhuire na Trá',
        endYear: 2005,
      }),
    ],
    courses: [named('Digital Sales and Marketing', 'Digital Sales and Marketing – Springboard+ course, 2025')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('ga', 'B2', 'Irish – good')],
    skills: ['Relationship building', 'Organised', 'Analytical – a physicist at heart', 'Lens design and lab software'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 3_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h41-24-england-stoke-mobility-consultant-and-bank-healthcare-assistant',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Five Hundred Twenty-Four',
    email: 'mobility.stoke4124@example.com',
    phone: '07946 412 424',
    contactLines: ['Meir, Stoke-on-Trent ST3'],
    headings: {
      profile: 'Personal Profile',
      work: 'Work History',
      education: 'Education and Training',
      courses: 'Other Training',
      certifications: 'Certificates',
      skills: 'Skills',
    },
    profile: [
      'Healthcare assistant for twelve years who moved into mobility sales in 2021. Four days a week I sell ' +
        'mobility scooters, powerchairs and riser recliners in our showroom and at home visits, and at weekends I ' +
        'still do bank shifts on the wards. I understand what people need because I have cared for them.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Mobility Consultant', 'Trentside Mobility Centre', '2021-10', null, true, 'Oct 2021 – present', [
          'Assessments at home and in the showroom, demonstrations, trials and sales',
          '160 scooters, chairs and recliners sold in 2025; VAT relief and finance forms',
        ]),
        lines: ['Oct 2021 – present: Mobility Consultant, Trentside Mobility Centre, Longton (4 days a week)'],
      },
      {
        ...job(
          'Healthcare Assistant',
          'North Staffs Hospitals Staff Bank',
          '2016-03',
          null,
          false,
          'Mar 2016 – present',
          ['Weekend bank shifts on medical and orthopaedic wards'],
        ),
        lines: ['Mar 2016 – present: Healthcare Assistant, North Staffs Hospitals Staff Bank (weekends)'],
      },
      {
        ...job('Care Assistant', 'Longton Road Care Home', '2009-06', '2016-02', false, 'Jun 2009 – Feb 2016', [
          'Personal care, moving and handling, senior carer on nights from 2013',
        ]),
        lines: ['Jun 2009 – Feb 2016: Care Assistant, Longton Road Care Home'],
      },
      {
        ...job('Sales Assistant', 'Fenton Fabrics', '2005', '2009', true, '2005 – 2009', [
          'Sold curtain fabrics and haberdashery on the market stall',
        ]),
        lines: ['2005 – 2009: Sales Assistant, Fenton Fabrics, Hanley indoor market'],
      },
    ],
    education: [
      edu('vocational', 'Level 3 Diploma in Health and Social Care – Potteries College, 2014', {
        field: 'Health and Social Care',
        institution: 'Potteries College',
        endYear: 2014,
      }),
      edu('lower secondary', 'GCSEs (5) – Meir Heath Academy, 2005', {
        institution: 'Meir Heath Academy',
        endYear: 2005,
      }),
    ],
    courses: [
      named('British Sign Language Level 1', 'British Sign Language Level 1 – 2019'),
      named('Trusted assessor course', 'Trusted assessor course – 2022'),
    ],
    certifications: [named('Care Certificate', 'Care Certificate (2016)')],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Customer focus',
      'Communication skills with older people and their families',
      'Team player',
      'Moving and handling',
    ],
    clientBase: null,
    competencies: ['communication', 'customer_focus', 'teamwork'],
  },
  {
    id: 'en-h41-25-wales-wrexham-police-sergeant-to-security-systems-sales-consultant',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Five Hundred Twenty-Five',
    email: 'cctv.wrexham4125@example.org',
    phone: '07811 412 525',
    contactLines: ['Gresford, Wrexham LL12'],
    headings: {
      profile: 'Summary',
      work: 'Career',
      education: 'Education',
      courses: 'Courses',
      certifications: 'Qualifications',
      skills: 'Skills',
    },
    profile: [
      'Thirty years a police officer, the last thirteen as the sergeant of a rural and business crime team, and ' +
        'since 2021 selling CCTV, intruder alarms and access control. I look after 90 business accounts in Wrexham, ' +
        'Flintshire, Denbighshire and Cheshire West – farms, shops, schools, garages and small factories – whose ' +
        'owners decide on their own security after I have walked the site with them.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Sales Consultant – Commercial Security',
          'Clwyd Security Systems Ltd',
          '2021-11',
          null,
          true,
          'November 2021 – present',
          [
            'Site surveys, system designs and quotes; maintenance contracts and upgrades',
            '90 accounts; £780,000 of systems and contracts sold in 2025',
          ],
        ),
        lines: [
          'Sales Consultant – Commercial Security | Clwyd Security Systems Ltd, Wrexham | November 2021 – present',
        ],
      },
      {
        ...job('Police Sergeant – Rural and Business Crime', 'Police service', '2008', '2021', false, '2008 – 2021', [
          'Team of six officers; crime prevention surveys for farms and businesses',
          'Farm watch and shop watch schemes with the local councils',
        ]),
        lines: ['Police Sergeant – Rural and Business Crime | Police service, Wrexham and Flintshire | 2008 – 2021'],
      },
      {
        ...job('Police Constable', 'Police service', '1991', '2008', false, '1991 – 2008', [
          'Response and neighbourhood policing, crime prevention officer from 2003',
        ]),
        lines: ['Police Constable | Police service, North Wales | 1991 – 2008'],
      },
    ],
    education: [
      edu('secondary', 'A levels in Geography and Economics – Ysgol Maes Alyn, Wrexham, 1990', {
        institution: 'Ysgol Maes Alyn',
        endYear: 1990,
      }),
    ],
    courses: [
      named('Crime prevention design', 'Crime prevention design (police course) – 2012'),
      named('Selling security solutions', 'Selling security solutions – manufacturer course, 2022'),
    ],
    certifications: [
      named('Level 3 Certificate in Security Systems Design', 'Level 3 Certificate in Security Systems Design – 2022'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('cy', 'B1', 'Welsh – canolradd (intermediate)')],
    skills: [
      'Communication skills – thirty years of talking to people on their worst day',
      'Tact and assertiveness',
      'Analysis of site risks',
      'Self-starter',
    ],
    clientBase: { activeAccounts: 90, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'communication', 'initiative', 'tact_assertiveness'],
  },
  {
    id: 'en-h41-26-scotland-inverness-wedding-photographer-and-highland-wear-sales',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Five Hundred Twenty-Six',
    email: 'kilthire.inverness4126@example.com',
    phone: '07763 412 626',
    contactLines: ['Crown, Inverness IV2'],
    headings: {
      contact: 'Contact',
      profile: 'About me',
      work: 'Work',
      education: 'Education',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Self-employed wedding and event photographer, and since January 2024 a part-time sales consultant in a ' +
        'Highland wear shop, three days a week. I fit and sell hire outfits and made-to-measure kilts for grooms, ' +
        'wedding parties and graduates, and I know the weddings from the other side of the camera.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Sales Consultant',
        'Ness Bank Highland Wear',
        '2024-01',
        null,
        true,
        'Jan 2024 – present (part-time)',
        [
          'Measuring, fitting and selling hire outfits and made-to-measure kilts',
          'About 300 hire outfits and 45 kilts a season',
        ],
        'Inverness',
      ),
      job(
        'Wedding & Event Photographer',
        'self-employed',
        '2015',
        null,
        false,
        '2015 – present',
        ['About 30 weddings a year; bookings through my website and venue recommendations'],
        'Highlands',
      ),
      job('Photography Assistant', 'Aird Studio', '2012', '2015', false, '2012 – 2015', undefined, 'Beauly'),
    ],
    education: [
      edu('short-cycle tertiary', 'HND Photography – Highland Creative College, 2010 – 2012', {
        field: 'Photography',
        institution: 'Highland Creative College',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('secondary', 'Highers (4) – Millburn Park Academy, 2010', {
        institution: 'Millburn Park Academy',
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('gd', 'B1', 'Gaelic – conversational')],
    skills: ['Creative eye', 'Customer focus', 'Organised – weddings do not move', 'Lightroom, Photoshop'],
    clientBase: null,
    competencies: ['customer_focus', 'innovation', 'organisation'],
  },
];

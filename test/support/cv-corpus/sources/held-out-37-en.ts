import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-seventh held-out set's English CVs: ordinary CVs from yet other people and trades, as people write them
 * in 2026 in England, Scotland, Wales, Northern Ireland, Ireland, the US, Canada, Australia, New Zealand, South
 * Africa, India, Sri Lanka, Pakistan, Ghana, Nigeria and Jamaica, and by a Portuguese writing in English, written
 * without reading the reader. Trades no earlier English set used: signs and vehicle graphics, golf greenkeeping,
 * woollen blankets, fire extinguishers, office supplies, school uniforms, swimming pools, craft beer, propane,
 * irrigation, milking plants, cane fertiliser, tea, hotel banqueting, paint, day-old chicks, resort weddings, cork
 * stoppers, greeting cards, copiers, boats, bricks and pavers, fasteners, surgical instruments, cattle breeding and
 * locksmithing. Careers run from a T Level school leaver to forty years in greeting cards; a greenkeeper and a
 * locksmith have never sold.
 */
export const HELD_OUT_37_EN: CvSource[] = [
  {
    id: 'en-h37-01-england-norwich-sign-fitter-to-signage-sales-executive',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-One Hundred One',
    email: 'signs.norwich3701@example.com',
    phone: '07823 370 101',
    contactLines: ['Hellesdon, Norwich NR6', 'Full clean UK licence'],
    headings: {
      profile: 'Summary',
      work: 'Employment',
      education: 'Education & Training',
      courses: 'Short Courses',
      certifications: 'Cards',
      skills: 'Skills',
    },
    profile: [
      'Sign fitter turned sales executive. I have spent 19 years in signs and vehicle graphics: eleven on the tools, ' +
        'fitting fascias, totems and van wraps all over East Anglia, and since 2018 selling them. I now look after ' +
        '130 trade and business accounts in Norfolk and north Suffolk – car dealers, builders, estate agents, schools ' +
        'and fleet operators. The owners and marketing managers who sign off the artwork and the order know me from ' +
        'the van as well as from the showroom.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Sales Executive', 'Wensum Signs & Graphics Ltd', '2018-04', null, true, '3rd April 2018 – present', [
          'Look after 130 accounts: site surveys, quotes, artwork briefs, follow-up and planning permission for illuminated signs',
          'Sold £1.4m of signs, wraps and fleet livery in 2025 against a target of £1.2m',
          'Biggest single job so far: re-signing all 14 branches of a regional estate agent',
        ]),
        lines: ['Sales Executive — Wensum Signs & Graphics Ltd, Norwich', '3rd April 2018 – present'],
      },
      {
        ...job(
          'Senior Sign Fitter',
          'Wensum Signs & Graphics Ltd',
          '2012-06',
          '2018-03',
          false,
          '18th June 2012 – 31st March 2018',
          [
            'Ran a two-man fitting crew: fascias, built-up letters, illuminated signs, van and lorry wraps',
            'Measured up small jobs for the office to price',
          ],
        ),
        lines: ['Senior Sign Fitter — Wensum Signs & Graphics Ltd, Norwich', '18th June 2012 – 31st March 2018'],
      },
      {
        ...job(
          'Sign Fitter / Vinyl Applicator',
          'Bure Valley Signcraft',
          '2007-09',
          '2012-06',
          false,
          '1st September 2007 – 15th June 2012',
          ['Vinyl cutting and application, shop fronts, boat names and race cars at weekends'],
        ),
        lines: [
          'Sign Fitter / Vinyl Applicator — Bure Valley Signcraft, Wroxham',
          '1st September 2007 – 15th June 2012',
        ],
      },
      {
        ...job('Warehouse Operative', 'Yare Valley Distribution', '2005', '2007', false, '2005 – 2007'),
        lines: ['Warehouse Operative — Yare Valley Distribution, Norwich', '2005 – 2007'],
      },
    ],
    education: [
      edu('vocational', 'Level 2 Diploma in Signmaking (apprenticeship, day release) – Wensum Valley College, 2009', {
        field: 'Signmaking',
        institution: 'Wensum Valley College',
        endYear: 2009,
      }),
      edu('lower secondary', 'GCSEs (7, grades A*–C) – Drayton Road High School, Norwich, 2005', {
        institution: 'Drayton Road High School',
        endYear: 2005,
      }),
    ],
    courses: [
      named('IOSH Working Safely', 'IOSH Working Safely – 2019'),
      named('Vehicle wrap masterclass', 'Vehicle wrap masterclass – 2014'),
    ],
    certifications: [named('CSCS Blue Skilled Worker card', 'CSCS Blue Skilled Worker card – valid to 2027')],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Relationship building with owners and fleet managers',
      'Site surveys and measured drawings',
      'Quoting and job costing',
      'Organised: I plan my week by postcode',
      'IPAF 3a/3b (expired 2020, not renewed)',
    ],
    closing: [
      { kind: 'heading', text: 'Outside Work' },
      {
        kind: 'paragraph',
        text: 'Manager of a Sunday league under-14s football team in Hellesdon; sea fishing off Cromer.',
      },
    ],
    clientBase: { activeAccounts: 130, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'en-h37-02-scotland-nairn-head-greenkeeper-no-sales',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-One Hundred Two',
    email: 'greenkeeper.nairn3702@example.org',
    phone: '07834 370202',
    contactLines: ['Nairn IV12', 'Driving licence B and BE'],
    tagline: 'Head Greenkeeper | 18-hole links course',
    headings: {
      profile: 'Profile',
      work: 'Career to Date',
      education: 'Education & Qualifications',
      courses: 'CPD',
      certifications: 'Certificates of Competence',
      skills: 'Strengths',
    },
    profile: [
      'Head greenkeeper of an 18-hole links course with a team of six, and 32 years on golf courses in the ' +
        'Highlands since I started as an apprentice at 16. I am looking for a course manager post, ideally with more ' +
        'say over budgets and machinery.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Head Greenkeeper', 'Moray Firth Links Golf Club', '2013', null, false, '2013 to date', [
          'Team of six greenkeepers and two seasonal staff',
          'Machinery budget of £45,000 a year and a fleet of 22 machines',
          'Renovation programme: drainage, revetted bunkers, dune restoration',
          'Course set-up for a national amateur championship in 2022',
        ]),
        lines: ['2013 to date', 'Head Greenkeeper, Moray Firth Links Golf Club, Nairn'],
      },
      {
        ...job('Deputy Head Greenkeeper', 'Culloden Park Golf Club', '2006', '2013', false, '2006 to 2013', [
          'Ran the team in the head greenkeeper’s absence; spraying and irrigation programme',
        ]),
        lines: ['2006 to 2013', 'Deputy Head Greenkeeper, Culloden Park Golf Club, Inverness'],
      },
      {
        ...job('Greenkeeper', 'Culloden Park Golf Club', '1998', '2006', false, '1998 to 2006'),
        lines: ['1998 to 2006', 'Greenkeeper, Culloden Park Golf Club, Inverness'],
      },
      {
        ...job('Apprentice Greenkeeper', 'Ness Valley Golf Club', '1994', '1998', false, '1994 to 1998'),
        lines: ['1994 to 1998', 'Apprentice Greenkeeper, Ness Valley Golf Club, Inverness'],
      },
    ],
    education: [
      edu('vocational', 'SVQ Level 3 Sports Turf Management – Highland Land-Based College, 2000', {
        field: 'Sports Turf Management',
        institution: 'Highland Land-Based College',
        endYear: 2000,
      }),
      edu('vocational', 'SVQ Level 2 Sports Turf Maintenance – Highland Land-Based College, 1996', {
        field: 'Sports Turf Maintenance',
        institution: 'Highland Land-Based College',
        endYear: 1996,
      }),
      edu('lower secondary', 'Standard Grades (6) – Nairn Burgh Academy, 1994', {
        institution: 'Nairn Burgh Academy',
        endYear: 1994,
      }),
    ],
    courses: [
      named('Ecology and biodiversity on golf courses', 'Ecology and biodiversity on golf courses – 2021'),
      named('Links management seminar', 'Links management seminar – 2019'),
    ],
    certifications: [
      named('NPTC PA1 and PA6 (pesticide application)', 'NPTC PA1 and PA6 (pesticide application) – 1999'),
      named('Emergency First Aid at Work', 'Emergency First Aid at Work – renewed 2025'),
    ],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('gd', 'A1', 'Scottish Gaelic – beginner (evening class)'),
    ],
    skills: [
      'Team player and team leader',
      'Organised – seasonal works programme and staff rota',
      'Machinery maintenance and cylinder grinding',
      'Irrigation systems and moisture meters',
    ],
    closing: [
      { kind: 'heading', text: 'Other' },
      { kind: 'paragraph', text: 'Chainsaw tickets CS30/CS31 lapsed in 2017; happy to renew.' },
      { kind: 'paragraph', text: 'References from the club captain and the club secretary on request.' },
    ],
    clientBase: null,
    competencies: ['organisation', 'teamwork'],
  },
  {
    id: 'en-h37-03-wales-llandysul-weaver-to-woollen-mill-trade-sales-manager',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-One Hundred Three',
    email: 'gwehydd3703@example.net',
    phone: '01559 370303',
    contactLines: ['Llandysul, Ceredigion SA44'],
    headings: {
      profile: 'About me',
      work: 'Work',
      education: 'School and college',
      courses: 'Courses',
      skills: 'What I’m good at',
      languages: 'Languages / Ieithoedd',
    },
    profile: [
      'I grew up in the valley and have worked at the mill since 2006: six years on the looms, six in the mill shop ' +
        'and, since spring 2018, selling our blankets and throws to the trade. I look after 85 independent gift and ' +
        'interiors shops across Wales and the South West, four department stores and two importers in Japan. The ' +
        'owners choose their own stock, so most of my work is visiting them with the sample bag.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Trade Sales Manager', 'Melin y Ddôl Weavers Ltd', '2018', null, true, 'spring 2018 to now', [
          'Trade shows in Harrogate and Birmingham twice a year',
          '23 new stockists since 2023',
          'Japan: two importers, orders in spring and autumn',
          'Trade sales of £1.3 million in 2025',
        ]),
        lines: ['Trade Sales Manager, Melin y Ddôl Weavers Ltd (Llandysul) — spring 2018 to now'],
      },
      {
        ...job('Mill Shop Assistant', 'Melin y Ddôl Weavers Ltd', '2012', '2018', true, '2012 to spring 2018', [
          'Sold to visitors and coach parties, ran the online shop orders',
        ]),
        lines: ['Mill Shop Assistant, Melin y Ddôl Weavers Ltd — 2012 to spring 2018'],
      },
      {
        ...job('Weaver', 'Melin y Ddôl Weavers Ltd', '2006', '2012', false, '2006 to 2012', [
          'Dobby and Jacquard looms, double-cloth tapestry blankets',
        ]),
        lines: ['Weaver, Melin y Ddôl Weavers Ltd — 2006 to 2012'],
      },
      {
        ...job('Café Assistant', 'Caffi’r Bont', '2004', '2006', false, '2004 to 2006 (Saturdays)'),
        lines: ['Café Assistant, Caffi’r Bont, Newcastle Emlyn — 2004 to 2006 (Saturdays)'],
      },
    ],
    education: [
      edu(
        'secondary',
        'Welsh Baccalaureate (Advanced) and A levels in Art and Welsh – Ysgol Uwchradd y Dyffryn, 2006',
        {
          institution: 'Ysgol Uwchradd y Dyffryn',
          endYear: 2006,
        },
      ),
      edu('lower secondary', 'GCSEs (10) – Ysgol Uwchradd y Dyffryn, 2004', {
        institution: 'Ysgol Uwchradd y Dyffryn',
        endYear: 2004,
      }),
    ],
    courses: [named('Selling to department stores', 'Selling to department stores – Business Wales, 2019')],
    certifications: [],
    languages: [lang('cy', 'native', ''), lang('en', 'C1', ''), lang('ja', 'A2', '')],
    languagesText: [
      'Welsh is my first language – at home, at school and at work. English fluent.',
      'Japanese: basic, from visits to our importers.',
    ],
    skills: [
      'Relationship building with shop owners – many are friends now',
      'Organised: samples, show stands, orders and shipping to Japan',
      'Creative with displays and window dressing for stockists',
      'Wool from fleece to finished blanket',
    ],
    closing: [
      { kind: 'heading', text: 'Diddordebau / Interests' },
      { kind: 'paragraph', text: 'Singing with the valley ladies’ choir; stewarding at the Urdd Eisteddfod.' },
    ],
    clientBase: { activeAccounts: 91, segment: 'international', decisionMakers: true },
    competencies: ['innovation', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h37-04-northern-ireland-ballymena-extinguisher-technician-to-fire-safety-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-One Hundred Four',
    email: 'firesafe.ballymena3704@example.com',
    phone: '07712 370404',
    contactLines: ['Ballymena, Co. Antrim BT43'],
    headings: {
      work: 'Employment History',
      education: 'Qualifications',
      certifications: 'Industry Accreditations',
      workTable: ['Position', 'Dates', 'Company'],
    },
    profile: [
      'Fire safety account manager with 21 years in fire protection, the first 14 of them servicing extinguishers, ' +
        'alarms and emergency lighting. I look after 110 business accounts across Counties Antrim and Londonderry: ' +
        'factories, hotels, schools, care homes and farm businesses. My contacts are the owners, facilities managers ' +
        'and estates officers who sign the service contracts.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'period', 'employer'],
    jobs: [
      job(
        'Account Manager – Fire Safety',
        'Kells Water Fire Protection Ltd',
        '2019-01',
        null,
        true,
        'Jan 2019 – Present',
        [
          '110 accounts on annual service contracts for extinguishers, fire alarms, emergency lighting and fire risk assessments',
          'Renewals, add-on maintenance contracts and new business from referrals',
          'Contract value renewed in 2025: £1.2m',
        ],
      ),
      job(
        'Service Engineer & Estimator',
        'Kells Water Fire Protection Ltd',
        '2012-03',
        '2018-12',
        false,
        'Mar 2012 – Dec 2018',
        ['Alarm and emergency lighting servicing; priced remedial works for the office'],
      ),
      job(
        'Fire Extinguisher Service Technician',
        'Sixmilewater Fire Services',
        '2005-08',
        '2012-02',
        false,
        'Aug 2005 – Feb 2012',
      ),
      job('Apprentice Electrician', 'Braid Valley Electrical', '2001-09', '2005-07', false, 'Sep 2001 – Jul 2005'),
    ],
    education: [
      edu('vocational', 'City & Guilds Level 3 Electrotechnical Installation – Braid Technical College, 2005', {
        field: 'Electrotechnical Installation',
        institution: 'Braid Technical College',
        endYear: 2005,
      }),
      edu('lower secondary', 'GCSEs (8) – Braidside High School, 2001', {
        institution: 'Braidside High School',
        endYear: 2001,
      }),
    ],
    courses: [named('FIA Unit 3 Fire Alarm Maintenance', 'FIA Unit 3 Fire Alarm Maintenance – 2014')],
    certifications: [
      named('BAFE SP101 Fire Extinguisher Technician', 'BAFE SP101 Fire Extinguisher Technician – current'),
    ],
    languages: [lang('en', 'native', '')],
    languagesText: ['English – native. I understand Ulster-Scots from home but would not claim to write it.'],
    skills: [
      'Relationship management',
      'Negotiating contract renewals',
      'Customer focus',
      'Fire risk assessment (PAS 79)',
    ],
    closing: [{ kind: 'paragraph', text: 'References available on request.' }],
    clientBase: { activeAccounts: 110, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h37-05-ireland-tullamore-warehouse-to-office-supplies-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-One Hundred Five',
    email: 'midlands.office3705@example.com',
    phone: '087 370 5512',
    contactLines: ['Tullamore, Co. Offaly', 'Full Irish driving licence'],
    afterContact: [{ kind: 'paragraph', text: 'Nationality: Lithuanian – living in Ireland since 2009' }],
    headings: {
      work: 'Professional Experience',
      courses: 'Training',
      skills: 'Skills',
    },
    profile: [
      'I came to Ireland in 2009 and started picking orders in a stationery warehouse; then I drove the delivery van, ' +
        'sold by phone and, since 2021, manage 140 business accounts in the Midlands – offices, schools, GP practices, ' +
        'solicitors and two county council depots in Offaly, Westmeath, Laois and Longford – with €2.6 million in ' +
        'annual sales. Most are small businesses where the office manager or the owner decides where to buy.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Manager', 'Charleville Office Supplies Ltd', '2021-01', null, true, 'January 2021 – to date', [
          '140 accounts, €2.6m in 2025',
          'Moved 60 customers onto online ordering',
          'Won the stationery tender for three secondary schools',
        ]),
        lines: ['Account Manager | Charleville Office Supplies Ltd', 'Tullamore | January 2021 – to date'],
      },
      {
        ...job(
          'Telesales Executive',
          'Charleville Office Supplies Ltd',
          '2017-03',
          '2020-12',
          true,
          'March 2017 – December 2020',
          ['Own call list of about 300 small businesses; weekly orders and new customers by phone'],
        ),
        lines: ['Telesales Executive | Charleville Office Supplies Ltd', 'Tullamore | March 2017 – December 2020'],
      },
      {
        ...job(
          'Delivery Driver',
          'Charleville Office Supplies Ltd',
          '2012-05',
          '2017-02',
          false,
          'May 2012 – February 2017',
        ),
        lines: ['Delivery Driver | Charleville Office Supplies Ltd', 'Tullamore | May 2012 – February 2017'],
      },
      {
        ...job('Warehouse Operative', 'Brosna Logistics Ltd', '2009-08', '2012-04', false, 'August 2009 – April 2012'),
        lines: ['Warehouse Operative | Brosna Logistics Ltd', 'Clara | August 2009 – April 2012'],
      },
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'QQI Level 6 Advanced Certificate in Supervisory Management (part-time) – Midlands College of Further Education, 2019',
        { field: 'Supervisory Management', institution: 'Midlands College of Further Education', endYear: 2019 },
      ),
      edu('secondary', 'Secondary school leaving certificate (brandos atestatas) – Panevėžys, Lithuania, 2008', {
        endYear: 2008,
      }),
    ],
    courses: [named('Microsoft Excel – intermediate', 'Microsoft Excel – intermediate (Skillnet, 2022)')],
    certifications: [],
    languages: [
      lang('lt', 'native', 'Lithuanian – native'),
      lang('en', 'C1', 'English – fluent'),
      lang('ru', 'A2', 'Russian – basic (school)'),
    ],
    skills: [
      'Customer-centric',
      'Negotiating prices and service levels with office managers',
      'Team player',
      'Organised',
    ],
    clientBase: { activeAccounts: 140, annualRevenueEur: 2_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'organisation', 'teamwork'],
  },
  {
    id: 'en-h37-06-england-bradford-embroidery-machinist-to-schoolwear-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-One Hundred Six',
    email: 'schoolwear.bd3706@example.net',
    phone: '07405 370 606',
    contactLines: ['Heaton, Bradford BD9'],
    headings: {
      work: 'Work History',
      courses: 'Training',
      skills: 'Skills & Abilities',
    },
    profile: [
      'I started on the embroidery machines at 18 and have sold school uniforms and workwear since 2014, first in our ' +
        'shop and since 2017 on the road. Today I manage 75 schools and academies and 40 trade accounts – builders, ' +
        'garages, care homes and takeaways – across Bradford, Leeds, Kirklees and Calderdale. Heads, school business ' +
        'managers and company owners decide who supplies them, and I make sure it stays us.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Account Manager – Schools & Trade',
          'Heaton Mill Schoolwear Ltd',
          '2017-09',
          null,
          true,
          'Sep 2017 to Present',
          [
            'Uniform contracts for 75 schools: logo garments, PE kit, the summer rush',
            'Workwear and PPE for 40 trade accounts',
            'Sales of £2.2m in 2025',
          ],
        ),
        lines: ['ACCOUNT MANAGER – SCHOOLS & TRADE — Heaton Mill Schoolwear Ltd, Bradford — Sep 2017 to Present'],
      },
      {
        ...job('Shop Sales Advisor', 'Heaton Mill Schoolwear Ltd', '2014-06', '2017-08', true, 'Jun 2014 to Aug 2017', [
          'Fitting and selling uniforms to parents; school orders at the counter',
        ]),
        lines: ['SHOP SALES ADVISOR — Heaton Mill Schoolwear Ltd (Manningham Lane shop) — Jun 2014 to Aug 2017'],
      },
      {
        ...job('Embroidery Machinist', 'Saltaire Stitchworks', '2010-07', '2014-05', false, 'Jul 2010 to May 2014'),
        lines: ['EMBROIDERY MACHINIST — Saltaire Stitchworks, Shipley — Jul 2010 to May 2014'],
      },
    ],
    education: [
      edu('secondary', 'A levels: Business, Art & Design, Urdu – Frizinghall Sixth Form College, 2010', {
        institution: 'Frizinghall Sixth Form College',
        endYear: 2010,
      }),
      edu('lower secondary', 'GCSEs (9, including Maths and English) – Heaton Grange School, 2008', {
        institution: 'Heaton Grange School',
        endYear: 2008,
      }),
    ],
    courses: [
      named(
        'Level 2 Award in Health and Safety in the Workplace',
        'Level 2 Award in Health and Safety in the Workplace – 2018',
      ),
    ],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('pa', 'native', 'Punjabi – home language'),
      lang('ur', 'C1', 'Urdu – fluent'),
    ],
    skills: [
      'Relationship building with school business managers',
      'Negotiating uniform contracts',
      'Time management in the summer rush',
      'Embroidery digitising',
    ],
    closing: [{ kind: 'paragraph', text: 'References on request.' }],
    clientBase: { activeAccounts: 115, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h37-07-us-tampa-pool-technician-to-residential-pool-sales-consultant',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-One Hundred Seven',
    email: 'poolpro.tampa3707@example.com',
    phone: '(813) 555-0137',
    contactLines: ['Brandon, FL 33511'],
    headings: {
      profile: 'Summary',
      work: 'Professional Experience',
      certifications: 'Certifications & Licenses',
      skills: 'Skills',
    },
    profile: [
      'Pool guy turned pool designer and salesman. Five years servicing pools and spas taught me what homeowners ' +
        'actually use; since 2016 I have designed and sold custom residential pools, spas and renovations to ' +
        'homeowners in Hillsborough, Pasco and Pinellas counties. 2025: 46 new pools and 31 renovations, about $4.1 ' +
        'million in signed contracts, top seller of seven.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Outside Sales Consultant', 'Alafia River Pools & Spas', '2022-06', null, true, '06/01/2022 – present', [
          'Leads from the website, home shows and referrals; design, 3D presentation, contract and financing',
          'Hand-over to construction and a walk-through with every owner at completion',
        ]),
        lines: ['Alafia River Pools & Spas, Brandon, FL — Outside Sales Consultant — 06/01/2022 – present'],
      },
      {
        ...job(
          'Pool & Spa Sales Consultant',
          'Bloomingdale Aquatic Builders',
          '2016-03',
          '2022-05',
          true,
          '03/14/2016 – 05/27/2022',
          ['Showroom and in-home sales of new pools, resurfacing and equipment upgrades'],
        ),
        lines: ['Bloomingdale Aquatic Builders, Riverview, FL — Pool & Spa Sales Consultant — 03/14/2016 – 05/27/2022'],
      },
      {
        ...job(
          'Pool Service Technician',
          'Bloomingdale Aquatic Builders',
          '2011-01',
          '2016-03',
          false,
          '01/05/2011 – 03/11/2016',
          ['Weekly service route of 70 pools; pumps, heaters, salt systems and leak detection'],
        ),
        lines: ['Bloomingdale Aquatic Builders, Riverview, FL — Pool Service Technician — 01/05/2011 – 03/11/2016'],
      },
      {
        ...job('Lifeguard', 'Valrico Aquatic Center', '2008', '2010', false, 'Summers 2008 – 2010'),
        lines: ['Valrico Aquatic Center — Lifeguard — Summers 2008 – 2010'],
      },
    ],
    education: [edu('high school', 'GED (high school equivalency) – State of Florida, 2009', { endYear: 2009 })],
    courses: [],
    certifications: [
      named('Certified Pool & Spa Operator (CPO)', 'Certified Pool & Spa Operator (CPO) – 2012, renewed 2022'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'B1', 'Spanish – conversational')],
    skills: [
      '3D pool design software',
      'Consultative selling to homeowners',
      'Financing options, permits and HOA approvals',
      'Florida pool/spa servicing registration – inactive since 2016',
    ],
    closing: [{ kind: 'paragraph', text: 'References available upon request.' }],
    clientBase: null,
    competencies: ['sales'],
  },
  {
    id: 'en-h37-08-us-bend-oregon-brewer-to-craft-beer-sales-representative',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-One Hundred Eight',
    nameLine: 'Candidate Thirty-One Hundred Eight, Certified Cicerone',
    email: 'hops.bend3708@example.org',
    phone: '541-555-0178',
    contactLines: ['Bend, OR 97702'],
    headings: {
      profile: 'Summary',
      work: 'Work',
      certifications: 'Certifications',
      skills: 'Skills',
    },
    profile: [
      'Brewer for seven years, beer rep since 2020. I call on 140 bars, restaurants, bottle shops and grocery stores ' +
        'in Central Oregon and the Willamette Valley, where the owners and beer buyers decide what goes on tap and on ' +
        'the shelf. I can fix a draft line, run a staff tasting and talk IBUs with the brewers and margins with the ' +
        'buyers.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Dates', title: 'Title', employer: 'Brewery', duties: 'Day to day' },
    jobs: [
      job(
        'Sales Representative',
        'Lava Tube Brewing Co.',
        '2020-04',
        null,
        true,
        'April 2020 – Present',
        [
          'Own territory of 140 accounts',
          'Tap takeovers, staff training and menu placements',
          'Work the accounts alongside the distributor’s reps',
          'Grew our draft lines in the territory from 180 to 310',
        ],
        'Bend, OR',
      ),
      job(
        'Head Brewer',
        'Whychus Creek Brewpub',
        '2016-05',
        '2020-03',
        false,
        'May 2016 – March 2020',
        ['15-barrel brewhouse, 2,800 barrels a year, recipes, QC and two assistant brewers'],
        'Sisters, OR',
      ),
      job(
        'Assistant Brewer',
        'Whychus Creek Brewpub',
        '2013-06',
        '2016-04',
        false,
        'June 2013 – April 2016',
        ['Brew days, cellar work, kegging and canning'],
        'Sisters, OR',
      ),
      job(
        'Bartender',
        'Whychus Creek Brewpub',
        '2013-06',
        '2015-08',
        false,
        'June 2013 – August 2015 (part-time, evenings)',
        undefined,
        'Sisters, OR',
      ),
    ],
    education: [
      edu('bsc', 'B.S. Biology – Cascade Ridge College, Salem, OR, 2012', {
        field: 'Biology',
        institution: 'Cascade Ridge College',
        endYear: 2012,
      }),
    ],
    courses: [named('Draft system quality', 'Draft system quality – brewers’ guild workshop, 2021')],
    certifications: [
      named('Certified Cicerone', 'Certified Cicerone (2019)'),
      named('OLCC Service Permit', 'OLCC Service Permit – valid through 2028'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('de', 'A2', 'German – basic')],
    skills: [
      'Relationship building with bar owners and buyers',
      'Beer styles, draft systems and line cleaning',
      'Self-starter',
      'Collaboration with the distributor’s reps',
    ],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'relationship_building', 'teamwork'],
  },
  {
    id: 'en-h37-09-canada-red-deer-gas-fitter-to-commercial-propane-sales-representative',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-One Hundred Nine',
    email: 'propane.reddeer3709@example.net',
    phone: '403-555-0139',
    contactLines: ['Red Deer, AB T4N'],
    headings: {
      work: 'Employment',
      education: 'Education & Trade Training',
      certifications: 'Certificates',
      skills: 'Skills',
    },
    profile: [
      'Started on the propane trucks in 2003, became a gas fitter, and since 2015 I sell propane supply, tanks and ' +
        'heating to farms, greenhouses, oilfield camps and businesses across central Alberta, from Olds to Ponoka and ' +
        'east to Stettler. 210 commercial and farm accounts, about C$6.8 million in propane and service revenue a ' +
        'year. My contacts are the owners and farm operators who sign the supply contracts.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Commercial Sales Representative',
        'Aspen Valley Propane Ltd',
        '2015-02',
        null,
        true,
        'February 2015 – present',
        [
          'Supply contracts, tank rentals and heating conversions for 210 accounts',
          'Grain dryer season planning with the dispatch office',
          'Won 2 greenhouse operations and a work camp in 2025',
        ],
        'Red Deer, AB',
      ),
      job(
        'Gas Fitter',
        'Aspen Valley Propane Ltd',
        '2008-05',
        '2015-01',
        false,
        'May 2008 – January 2015',
        ['Tank sets, appliance installs and inspections for farms and businesses'],
        'Red Deer, AB',
      ),
      job(
        'Propane Delivery Driver',
        'Aspen Valley Propane Ltd',
        '2003-04',
        '2008-04',
        false,
        'April 2003 – April 2008',
        undefined,
        'Red Deer, AB',
      ),
      job('Farm Hand', 'family grain farm', '1999', '2003', false, '1999 – 2003', undefined, 'near Innisfail'),
    ],
    education: [
      edu('vocational', 'Gas Fitter apprenticeship (2 periods) – Central Alberta Trades Institute, 2006 – 2008', {
        institution: 'Central Alberta Trades Institute',
        startYear: 2006,
        endYear: 2008,
      }),
      edu('high school', 'Alberta High School Diploma – Innisfail Composite High School, 1999', {
        institution: 'Innisfail Composite High School',
        endYear: 1999,
      }),
    ],
    courses: [named('Propane heating system design', 'Propane heating system design – 2017')],
    certifications: [
      named(
        'Gas Fitter (Second Class) Certificate of Qualification',
        'Gas Fitter (Second Class) Certificate of Qualification, Alberta – 2008',
      ),
    ],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('uk', 'B1', 'Ukrainian – conversational (Ukrainian bilingual school)'),
    ],
    skills: [
      'Relationship building with farm and business owners',
      'Negotiation of supply contracts and tank rentals',
      'Heating load calculations',
      'TDG certificate (expired 2021)',
      'Class 3 licence with air brake endorsement',
    ],
    clientBase: { activeAccounts: 210, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h37-10-australia-mildura-irrigation-installer-to-irrigation-sales-designer',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-One Hundred Ten',
    email: 'dripline.mildura3710@example.com',
    phone: '0427 370 110',
    contactLines: ['Irymple VIC 3498'],
    headings: {
      profile: 'Career Objective',
      work: 'Employment History',
      courses: 'Short Courses',
      certifications: 'Certificates',
      skills: 'Personal Attributes',
      workTable: ['When', 'Who for', 'What'],
    },
    profile: [
      'To keep growing as an irrigation sales designer with a company that backs its installs. I currently look after ' +
        '95 growers – almonds, citrus, table grapes and dried fruit – across Sunraysia and the Riverland. The growers ' +
        'who own the blocks make the decisions; I design, quote and follow the job through to commissioning.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Irrigation Sales Designer', 'Murray Flow Irrigation Pty Ltd', '2019-07', null, true, 'Jul 2019 – current', [
        '95 grower accounts',
        'Drip, micro-sprinkler and fertigation systems, pumps and filtration',
        'A$7.4 million of projects designed and sold in 2024/25',
      ]),
      job(
        'Irrigation Installer / Leading Hand',
        'Murray Flow Irrigation Pty Ltd',
        '2012-03',
        '2019-06',
        false,
        'Mar 2012 – Jun 2019',
        ['Install crew of four; mainlines, pump stations and controllers'],
      ),
      job('Farm Hand', 'Koorlong Vineyards', '2008-01', '2012-02', false, 'Jan 2008 – Feb 2012'),
    ],
    education: [
      edu('post-secondary', 'Certificate IV in Irrigation Technology – Sunraysia TAFE, 2018', {
        field: 'Irrigation Technology',
        institution: 'Sunraysia TAFE',
        endYear: 2018,
      }),
      edu('lower secondary', 'Year 10 – Mildura South Secondary College, 2007', {
        institution: 'Mildura South Secondary College',
        endYear: 2007,
      }),
    ],
    courses: [named('Soil moisture monitoring', 'Soil moisture monitoring – 2020')],
    certifications: [
      named(
        'Certified Irrigation Designer – Drip/Micro (Irrigation Australia)',
        'Certified Irrigation Designer – Drip/Micro (Irrigation Australia), 2021',
      ),
      named('Construction Induction (White Card)', 'Construction Induction (White Card)'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('el', 'B1', 'Greek – conversational (family)')],
    skills: [
      'Reliable and organised',
      'Team player – installers, pump techs and agronomists',
      'Analytical: water budgets and soil moisture data',
      'Calm in the peak season',
    ],
    closing: [
      { kind: 'heading', text: 'Referees' },
      { kind: 'paragraph', text: 'Available on request.' },
    ],
    clientBase: { activeAccounts: 95, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'organisation', 'teamwork'],
  },
  {
    id: 'en-h37-11-new-zealand-southland-herd-manager-to-dairy-equipment-territory-manager',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-One Hundred Eleven',
    email: 'southland.dairy3711@example.net',
    phone: '021 370 311',
    contactLines: ['Winton, Southland 9720'],
    headings: {
      work: 'Work history',
      education: 'Qualifications',
      certifications: 'Certificates',
      skills: 'Skills',
    },
    profile: [
      'Farm assistant, herd manager, milking plant technician and, since 2020, territory manager for a dairy ' +
        'equipment company. I look after 120 dairy farms from Gore to Te Anau and down to Tuatapere, plus South ' +
        'Otago. Farm owners and sharemilkers make the buying decisions; I design shed upgrades and rotary ' +
        'conversions and sell the maintenance plans that keep them milking.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Territory Manager', 'Oreti Dairy Systems Ltd', '2020-02', null, true, 'since February 2020', [
          '120 farm accounts in Southland and South Otago',
          'Six rotary conversions and 14 automation upgrades in the 2025/26 season',
          'Annual plant tests booked and followed up with the service team',
        ]),
        lines: ['Oreti Dairy Systems Ltd, Invercargill: Territory Manager (since February 2020)'],
      },
      {
        ...job('Dairy Technician', 'Oreti Dairy Systems Ltd', '2017-06', '2020-01', false, 'June 2017 – January 2020', [
          'Installing and servicing milking plants, vacuum pumps and wash systems',
        ]),
        lines: ['Oreti Dairy Systems Ltd, Invercargill: Dairy Technician (June 2017 – January 2020)'],
      },
      {
        ...job('Herd Manager', 'Waiau Plains Dairies Ltd', '2013-06', '2017-05', false, 'June 2013 – May 2017', [
          '850 cows, two staff, calving and mating',
        ]),
        lines: ['Waiau Plains Dairies Ltd, Otautau: Herd Manager (June 2013 – May 2017)'],
      },
      {
        ...job('Farm Assistant', 'Waiau Plains Dairies Ltd', '2010-06', '2013-05', false, 'June 2010 – May 2013'),
        lines: ['Waiau Plains Dairies Ltd, Otautau: Farm Assistant (June 2010 – May 2013)'],
      },
    ],
    education: [
      edu(
        'vocational',
        'New Zealand Certificate in Agriculture (Dairy Farming) (Level 3) – Southern Institute of Primary Industries, 2012',
        {
          field: 'Agriculture (Dairy Farming)',
          institution: 'Southern Institute of Primary Industries',
          endYear: 2012,
        },
      ),
      edu('secondary', 'NCEA Level 2 – Winton District High School, 2009', {
        institution: 'Winton District High School',
        endYear: 2009,
      }),
    ],
    courses: [named('Rotary parlour design', 'Rotary parlour design – supplier course, 2021')],
    certifications: [named('Accredited Milking Machine Tester', 'Accredited Milking Machine Tester – current')],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('nl', 'B2', 'Dutch – good (my parents emigrated from Friesland)'),
    ],
    skills: [
      'Relationship building with farmers and sharemilkers',
      'Technical selling: rotary conversions, automation, wash systems',
      'Resilient – calving season starts at 3am',
      'Organised',
    ],
    clientBase: { activeAccounts: 120, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building', 'sales', 'stress_resistance'],
  },
  {
    id: 'en-h37-12-south-africa-kwadukuza-cane-extension-officer-to-fertiliser-key-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-One Hundred Twelve',
    nameLine: 'Curriculum Vitae: Candidate Thirty-One Hundred Twelve (BAgric)',
    email: 'cane.nutrition3712@example.com',
    phone: '082 370 1212',
    contactLines: ['KwaDukuza (Stanger), KwaZulu-Natal'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Date of birth: 1986 | Criminal record: None | Health: Excellent | Driver’s licence: Code EB, own vehicle',
      },
    ],
    headings: {
      profile: 'Career Summary',
      work: 'Employment History',
      education: 'Qualifications',
      courses: 'Short Courses',
      certifications: 'Professional Registration',
      skills: 'Skills',
    },
    profile: [
      'Agriculturalist with 17 years in the sugar industry, from a farm assistant on an estate to extension officer ' +
        'for a growers’ association and, since 2016, fertiliser sales. As Key Account Manager for cane nutrition I ' +
        'look after 42 large-scale growers and 3 grower co-operatives on the KZN North Coast and in Zululand, about ' +
        'R96 million in sales in the 2025/26 season. The estate owners and farm managers decide the fertiliser ' +
        'programme and sign the season’s orders.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Dates', title: 'Position held', employer: 'Company', duties: 'Key Performance Areas' },
    jobs: [
      job(
        'Key Account Manager – Sugar Cane',
        'Umvoti Agri Nutrients (Pty) Ltd',
        '2021-03',
        null,
        true,
        'March 2021 – Current',
        [
          'Soil and leaf sampling programme for each grower',
          'Season plans with the estate agronomists',
          'Negotiating volumes, blends and credit terms',
          'Grower days with the co-operatives',
        ],
        'KwaDukuza',
      ),
      job(
        'Technical Sales Representative',
        'Umvoti Agri Nutrients (Pty) Ltd',
        '2016-06',
        '2021-02',
        true,
        'June 2016 – February 2021',
        ['Small and medium-scale growers from Darnall to Mtunzini; 60 active farms by 2020'],
        'KwaDukuza',
      ),
      job(
        'Extension Officer',
        'Tugela Mill Cane Growers’ Association',
        '2011-01',
        '2016-05',
        false,
        'January 2011 – May 2016',
        ['Advice to 400 small-scale growers on varieties, weeds and harvesting; farmer days'],
        'Mandeni',
      ),
      job(
        'Farm Assistant',
        'Sikhulu Sugar Estate',
        '2009-01',
        '2010-12',
        false,
        'January 2009 – December 2010',
        undefined,
        'Gingindlovu',
      ),
    ],
    education: [
      edu('bachelor', 'BAgric (Crop Production) – University of Zululand, 2005 – 2008', {
        field: 'Crop Production',
        institution: 'University of Zululand',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('secondary', 'Senior Certificate (Matric) with exemption – Nkandla Comprehensive High School, 2004', {
        institution: 'Nkandla Comprehensive High School',
        endYear: 2004,
      }),
    ],
    courses: [named('Soil Fertility Course', 'Soil Fertility Course – fertiliser industry association, 2017')],
    certifications: [
      named(
        'SACNASP Candidate Natural Scientist (Agricultural Science)',
        'SACNASP Candidate Natural Scientist (Agricultural Science), registered 2019',
      ),
    ],
    languages: [
      lang('zu', 'native', 'isiZulu – home language'),
      lang('en', 'C1', 'English – fluent'),
      lang('af', 'B1', 'Afrikaans – conversational'),
    ],
    skills: [
      'Negotiation',
      'Relationship building with growers and mill groups',
      'Analytical – soil and leaf analysis interpretation',
      'Team player',
    ],
    closing: [
      { kind: 'heading', text: 'References' },
      {
        kind: 'paragraph',
        text: 'Referee One (Mill Group Agronomist) and Referee Two (Estate Manager) – details on request.',
      },
    ],
    clientBase: { activeAccounts: 45, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'en-h37-13-sri-lanka-kandy-tea-taster-to-tea-export-sales-manager',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-One Hundred Thirteen',
    email: 'ceylontea.kandy3713@example.org',
    phone: '+94 77 370 1313',
    contactLines: ['Kandy, Sri Lanka'],
    afterContact: [
      { kind: 'heading', text: 'Personal Details' },
      {
        kind: 'table',
        rows: [
          ['Date of birth', '14.06.1987'],
          ['NIC No.', 'available on request'],
          ['Civil status', 'Married'],
          ['Nationality', 'Sri Lankan'],
        ],
      },
    ],
    headings: {
      work: 'Work Experience',
      education: 'Educational Qualifications',
      courses: 'Professional Training',
      skills: 'Skills',
      languages: 'Language Proficiency',
    },
    profile: [
      'Tea taster by training and export salesman since 2018. I handle 26 importers and blenders in Russia, ' +
        'Kazakhstan, the UAE, Japan and Germany, about 4.2 million kg of tea a year worth USD 18 million. The ' +
        'importers’ owners and blenders decide the season’s purchases, and they buy on taste and trust.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Export Sales Manager',
          'Hantane Hills Tea Exporters (Pvt) Ltd',
          '2018-04',
          null,
          true,
          '2018.04 – up to now',
          [
            'Own buyers in five countries; offers, samples, contracts and price negotiation',
            'Buying briefs for the Colombo auction based on each buyer’s blend',
            'Trade fairs in Moscow and Dubai',
          ],
        ),
        lines: ['2018.04 – up to now | Export Sales Manager | Hantane Hills Tea Exporters (Pvt) Ltd, Kandy'],
      },
      {
        ...job(
          'Assistant Manager – Exports',
          'Hantane Hills Tea Exporters (Pvt) Ltd',
          '2014-01',
          '2018-03',
          false,
          '2014.01 – 2018.03',
          ['Shipping documents, buyer samples and LC follow-up for the export managers; no buyers of my own'],
        ),
        lines: ['2014.01 – 2018.03 | Assistant Manager – Exports | Hantane Hills Tea Exporters (Pvt) Ltd, Kandy'],
      },
      {
        ...job('Tea Taster', 'Mahaweli Tea Brokers (Pvt) Ltd', '2009-09', '2013-12', false, '2009.09 – 2013.12', [
          'Tasting and valuing up to 600 teas a day for the weekly auction catalogue; trainee for the first year',
        ]),
        lines: ['2009.09 – 2013.12 | Tea Taster | Mahaweli Tea Brokers (Pvt) Ltd, Colombo'],
      },
    ],
    education: [
      edu('bsc', 'B.Sc. (Agriculture) – University of Peradeniya, 2005 – 2009', {
        field: 'Agriculture',
        institution: 'University of Peradeniya',
        startYear: 2005,
        endYear: 2009,
      }),
      edu('secondary', 'G.C.E. Advanced Level (Biology stream) – Hanthana Central College, 2004', {
        institution: 'Hanthana Central College',
        endYear: 2004,
      }),
      edu('lower secondary', 'G.C.E. Ordinary Level – 8 passes – Hanthana Central College, 2001', {
        institution: 'Hanthana Central College',
        endYear: 2001,
      }),
    ],
    courses: [named('Tea tasting and valuation', 'Tea tasting and valuation – six-month course, 2010')],
    certifications: [],
    languages: [
      lang('si', 'native', 'Sinhala – mother tongue'),
      lang('en', 'C1', 'English – fluent'),
      lang('ta', 'A2', 'Tamil – basic'),
      lang('ru', 'A2', 'Russian – elementary'),
    ],
    skills: [
      'Negotiation with importers',
      'Tea tasting and blending',
      'Communication skills',
      'Analytical – auction prices and market trends',
    ],
    closing: [
      { kind: 'heading', text: 'Non-Related Referees' },
      {
        kind: 'bullets',
        items: [
          'Referee One – Retired Estate Superintendent, Kandy – contact details on request',
          'Referee Two – Senior Lecturer, Faculty of Agriculture – contact details on request',
        ],
      },
    ],
    clientBase: { activeAccounts: 26, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'communication', 'negotiation'],
  },
  {
    id: 'en-h37-14-india-pune-banquet-captain-to-banquet-sales-manager',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-One Hundred Fourteen',
    email: 'banquets.pune3714@example.com',
    phone: '+91 98220 37140',
    contactLines: ['Kothrud, Pune – 411038'],
    headings: {
      profile: 'Career Objective',
      work: 'Work Experience',
      education: 'Academic Qualifications',
      courses: 'Trainings Attended',
      skills: 'Key Skills',
      languages: 'Languages Known',
    },
    profile: [
      'Seeking a senior banquet or MICE sales position in a premium hotel. 13 years in hotels; since 2019 I sell ' +
        'weddings, conferences and corporate events. I handle 60 corporate accounts in Pune and Pimpri-Chinchwad – IT ' +
        'companies, auto component makers and pharma firms – whose HR and admin heads decide the venue for their ' +
        'offsites, plus about 150 wedding bookings a year.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Duration', title: 'Designation', employer: 'Organisation', duties: 'Job Profile' },
    jobs: [
      job(
        'Assistant Manager – Banquet Sales',
        'Sahyadri Grand Hotels Pvt. Ltd.',
        '2022-04',
        null,
        true,
        'Apr 2022 – Till date',
        [
          'Handling 60 corporate accounts and wedding enquiries',
          'Site visits, proposals, menu tastings and contracts',
          'Achieved 112% of banquet revenue target in FY 2025-26',
        ],
        'Pune',
      ),
      job(
        'Banquet Sales Executive',
        'Sahyadri Grand Hotels Pvt. Ltd.',
        '2019-06',
        '2022-03',
        true,
        'Jun 2019 – Mar 2022',
        ['Corporate and social event sales, follow-up of walk-in enquiries'],
        'Pune',
      ),
      job(
        'Banquet Captain',
        'Deccan Heights Hotel',
        '2016-01',
        '2019-05',
        false,
        'Jan 2016 – May 2019',
        ['Led service teams of up to 25 for events of 1,000 guests'],
        'Pune',
      ),
      job('Steward', 'Deccan Heights Hotel', '2013-07', '2015-12', false, 'Jul 2013 – Dec 2015', undefined, 'Pune'),
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'Diploma in Hotel Management & Catering Technology (3 years) – Maharashtra Institute of Hospitality Studies, Pune, 2010 – 2013',
        {
          field: 'Hotel Management & Catering Technology',
          institution: 'Maharashtra Institute of Hospitality Studies',
          startYear: 2010,
          endYear: 2013,
        },
      ),
      edu('secondary', 'HSC (Class XII), Maharashtra State Board – 2010 – 58%', { endYear: 2010 }),
      edu('lower secondary', 'SSC (Class X), Maharashtra State Board – 2008 – 71%', { endYear: 2008 }),
    ],
    courses: [
      named('Food Safety Supervisor (FoSTaC)', 'Food Safety Supervisor (FoSTaC) – 2017'),
      named('Opera Sales & Catering', 'Opera Sales & Catering – in-house training, 2019'),
    ],
    certifications: [],
    languages: [
      lang('mr', 'native', 'Marathi – Mother tongue'),
      lang('hi', 'C1', 'Hindi – Fluent'),
      lang('en', 'C1', 'English – Fluent'),
    ],
    skills: ['Negotiation', 'Customer-centric', 'Event coordination', 'Communication skills'],
    closing: [
      { kind: 'heading', text: 'Personal Details' },
      {
        kind: 'table',
        rows: [
          ['Date of Birth', '03/09/1992'],
          ['Marital Status', 'Married'],
          ['Nationality', 'Indian'],
        ],
      },
      { kind: 'heading', text: 'Declaration' },
      {
        kind: 'paragraph',
        text: 'I hereby declare that the above information is true to the best of my knowledge and belief.',
      },
      { kind: 'paragraph', text: 'Place: Pune' },
    ],
    clientBase: { activeAccounts: 60, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'customer_focus', 'negotiation'],
  },
  {
    id: 'en-h37-15-ghana-kumasi-painter-to-paint-sales-representative',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-One Hundred Fifteen',
    email: 'paints.kumasi3715@example.net',
    phone: '+233 24 370 1515',
    contactLines: ['Asokwa, Kumasi, Ashanti Region', 'Digital address: AK-370-1515'],
    headings: {
      profile: 'Personal Profile',
      work: 'Working Experience',
      education: 'Educational Background',
      courses: 'Trainings',
      skills: 'Skills and Competences',
      languages: 'Languages Spoken',
    },
    profile: [
      'Sales representative with a painter’s background. I worked with the brush before I went to polytechnic, so ' +
        'I can talk to contractors about coverage and to shop owners about margins. I now supply 70 paint shops, ' +
        'hardware dealers and painting contractors in the Ashanti and Bono regions; the shop owners decide what they ' +
        'stock and I make sure it is ours.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Sales Representative', 'Adom Coatings Ghana Ltd', '2019-03', null, true, 'March 2019 – till now', [
          '70 dealer and contractor accounts in Ashanti and Bono',
          'Monthly orders, credit follow-up and tinting machine placements',
          'Painters’ forums and product demonstrations on site',
        ]),
        lines: ['Sales Representative, Adom Coatings Ghana Ltd – Kumasi (March 2019 – till now)'],
      },
      {
        ...job(
          'Shop Sales Attendant',
          'Adom Coatings Ghana Ltd',
          '2016-10',
          '2019-02',
          true,
          'October 2016 – February 2019',
          ['Sold paint to walk-in customers and painters at the depot shop; colour tinting'],
        ),
        lines: ['Shop Sales Attendant, Adom Coatings Ghana Ltd depot shop – Kumasi (October 2016 – February 2019)'],
      },
      {
        ...job('Apprentice Painter', 'Kwadaso Master Painters', '2009', '2012', false, '2009 – 2012', [
          'House and office painting, surface preparation, spraying',
        ]),
        lines: ['Apprentice Painter, Kwadaso Master Painters – Kumasi (2009 – 2012)'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'National Service' },
      {
        kind: 'paragraph',
        text: 'September 2015 – August 2016: National Service Personnel at the Ashanti Regional Lands Office, Kumasi (records and client enquiries).',
      },
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'HND Marketing – Kumasi Technical University (then Kumasi Polytechnic), 2012 – 2015',
        {
          field: 'Marketing',
          institution: 'Kumasi Technical University',
          startYear: 2012,
          endYear: 2015,
        },
      ),
      edu('secondary', 'WASSCE – Asokwa Senior High School, 2009', {
        institution: 'Asokwa Senior High School',
        endYear: 2009,
      }),
    ],
    courses: [
      named(
        'Paint colour matching and tinting machine training',
        'Paint colour matching and tinting machine training, 2017',
      ),
    ],
    certifications: [],
    languages: [
      lang('tw', 'native', 'Twi – native'),
      lang('en', 'C1', 'English – fluent'),
      lang('ha', 'A2', 'Hausa – basic (from the market)'),
    ],
    skills: [
      'Customer focus',
      'Negotiation with dealers on credit and volume',
      'Colour matching and product demonstrations',
      'Teamwork',
    ],
    closing: [{ kind: 'paragraph', text: 'Referees: available upon request.' }],
    clientBase: { activeAccounts: 70, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'teamwork'],
  },
  {
    id: 'en-h37-16-nigeria-ibadan-hatchery-attendant-to-poultry-area-sales-manager',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-One Hundred Sixteen',
    nameLine: 'Curriculum Vitae of Candidate Thirty-One Hundred Sixteen',
    email: 'hatchery.ibadan3716@example.com',
    phone: '0803 370 1616',
    contactLines: ['Bodija, Ibadan, Oyo State'],
    afterContact: [
      { kind: 'paragraph', text: 'Date of birth: 22 May 1988 · State of origin: Osun · Marital status: Married' },
    ],
    headings: {
      profile: 'Career Profile',
      work: 'Work Experience',
      certifications: 'Certifications',
      skills: 'Core Skills',
    },
    profile: [
      'Poultry man from the hatchery floor up. Area Sales Manager for day-old chicks and poultry feed in the ' +
        'South-West since 2021: 14 distributors and about 85 commercial farms in Oyo, Ogun, Osun and Ondo States, ' +
        'with a team of four sales officers. The farm owners and the distributors’ chief executives decide the ' +
        'orders, so I visit them myself every month.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Area Sales Manager – South West',
        'Amber Farms Hatchery Ltd',
        '2021-01',
        null,
        true,
        'January 2021 – Present',
        [
          'Accounts of 14 distributors and about 85 farms; four sales officers report to me',
          'Weekly chick allocation with the hatchery; feed orders and credit control',
          'Sales of ₦2.9 billion in 2025',
        ],
        'Ibadan',
      ),
      job(
        'Sales Representative',
        'Amber Farms Hatchery Ltd',
        '2016-03',
        '2020-12',
        true,
        'March 2016 – December 2020',
        ['Oyo and Osun farms; opened 31 new farm accounts'],
        'Ibadan',
      ),
      job(
        'Hatchery Supervisor',
        'Oke-Ogun Hatcheries Ltd',
        '2013-02',
        '2016-02',
        false,
        'February 2013 – February 2016',
        ['Setting, candling and hatching 60,000 eggs a week; vaccination schedule'],
        'Saki',
      ),
      job(
        'Hatchery Attendant',
        'Oke-Ogun Hatcheries Ltd',
        '2012-04',
        '2013-01',
        false,
        'April 2012 – January 2013',
        undefined,
        'Saki',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'National Youth Service' },
      {
        kind: 'paragraph',
        text: 'NYSC, March 2011 – February 2012: agricultural science teacher at a community secondary school in Bauchi State.',
      },
    ],
    education: [
      edu('bsc', 'B.Sc. (Hons) Animal Science – University of Ibadan, 2005 – 2010', {
        field: 'Animal Science',
        institution: 'University of Ibadan',
        startYear: 2005,
        endYear: 2010,
      }),
      edu('secondary', 'SSCE (WAEC) – Oke-Ado Grammar School, Ibadan, 2004', {
        institution: 'Oke-Ado Grammar School',
        endYear: 2004,
      }),
    ],
    courses: [named('Biosecurity and hatchery management', 'Biosecurity and hatchery management – 2014')],
    certifications: [],
    languages: [lang('yo', 'native', ''), lang('en', 'C1', ''), lang('ha', 'B1', '')],
    languagesText: [
      'Yoruba (native), English (fluent – my language of instruction from primary school), Hausa (conversational, from my NYSC year in Bauchi).',
    ],
    skills: [
      'Coaching and mentoring of sales officers',
      'Negotiating volumes and credit with distributors',
      'Relationship management',
      'Works under pressure',
    ],
    closing: [{ kind: 'paragraph', text: 'References: available on request.' }],
    clientBase: { activeAccounts: 99, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'en-h37-17-jamaica-montego-bay-front-desk-to-resort-wedding-and-group-sales-manager',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-One Hundred Seventeen',
    email: 'mobay.weddings3717@example.org',
    phone: '(876) 555-3717',
    contactLines: ['Ironshore, Montego Bay, St. James'],
    tagline: 'Sales Manager – Weddings & Groups',
    headings: {
      work: 'Work Experience',
      certifications: 'Certifications',
      skills: 'Skills',
    },
    profile: [
      'Hotelier who came up through the front desk and reservations. For the last seven years I have sold weddings ' +
        'and group stays at a 320-room all-inclusive resort. I manage 35 accounts – wedding planners and tour ' +
        'operators in the US, Canada and the UK who send us their couples and groups, about 240 weddings a year – and ' +
        'I am looking for a director of sales role on the north coast.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Sales Manager – Weddings & Groups',
        'Bogue Lagoon Resort & Spa',
        '2019-07',
        null,
        true,
        'July 2019 – present',
        [
          '35 planner and tour operator accounts; group contracts, allotments and wedding packages',
          'Fam trips and two trade shows in the US each year',
          'US$3.6 million in group and wedding revenue in 2025',
        ],
        'Montego Bay',
      ),
      job(
        'Sales Coordinator',
        'Bogue Lagoon Resort & Spa',
        '2017-05',
        '2019-06',
        false,
        'May 2017 – June 2019',
        ['Contracts, event orders and weekly reports for the two sales managers'],
        'Montego Bay',
      ),
      job(
        'Reservations Agent',
        'Bogue Lagoon Resort & Spa',
        '2015-03',
        '2017-04',
        false,
        'March 2015 – April 2017',
        ['Booking calls and e-mails from guests and travel agents'],
        'Montego Bay',
      ),
      job(
        'Front Desk Agent',
        'Fairfield Point Hotel',
        '2012-06',
        '2015-02',
        false,
        'June 2012 – February 2015',
        undefined,
        'Montego Bay',
      ),
    ],
    education: [
      edu(
        'bsc',
        'BSc Hospitality and Tourism Management (part-time) – University of Technology, Jamaica, Western Campus, 2014 – 2018',
        {
          field: 'Hospitality and Tourism Management',
          institution: 'University of Technology, Jamaica',
          startYear: 2014,
          endYear: 2018,
        },
      ),
      edu('vocational', 'NVQ-J Level 2 Front Office Operations – HEART/NSTA Trust, 2013', {
        field: 'Front Office Operations',
        institution: 'HEART/NSTA Trust',
        endYear: 2013,
      }),
      edu(
        'secondary',
        'CAPE Units 1 & 2: Communication Studies, Caribbean Studies, Management of Business – Granville High School, 2012',
        { institution: 'Granville High School', endYear: 2012 },
      ),
      edu('lower secondary', 'CSEC – 8 subjects, including English A and Mathematics – Granville High School, 2010', {
        institution: 'Granville High School',
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [named('Certified Meeting Professional (CMP)', 'Certified Meeting Professional (CMP), 2023')],
    languages: [lang('en', 'native', ''), lang('es', 'B1', '')],
    languageBlocks: [
      { kind: 'bullets', items: ['English – native', 'Jamaican Patois – native', 'Spanish – intermediate'] },
    ],
    skills: [
      'Negotiation of group contracts and allotments',
      'Relationship building with planners and tour operators',
      'Customer-centric',
      'Organised',
    ],
    clientBase: { activeAccounts: 35, segment: 'international' },
    competencies: ['customer_focus', 'negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h37-18-portugal-santa-maria-da-feira-lab-technician-to-cork-stoppers-key-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-One Hundred Eighteen',
    email: 'cork.stoppers3718@example.com',
    phone: '+351 912 370 118',
    contactLines: ['Santa Maria da Feira, Aveiro district, Portugal'],
    tagline: 'Key Account Manager – natural cork stoppers for wineries',
    headings: {
      work: 'Professional Experience',
      courses: 'Training',
      certifications: 'Certificates',
      skills: 'Skills',
    },
    profile: [
      'Chemist by training, in cork since 2011: two years in the laboratory, two in export administration and, since ' +
        '2015, Key Account Manager for wineries. I look after 38 wineries and wine groups in France, Italy and Spain, ' +
        'with sales of EUR 11.5 million in 2025. Winemakers and purchasing managers decide on the closure, so I talk ' +
        'TCA and oxygen transfer as much as price.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager – Wineries',
          'Corticeira Vale do Uíma, S.A.',
          '2015-03',
          null,
          true,
          '2015/03 – present',
          [
            'Annual supply agreements, technical trials and quality claims',
            'Harvest-time visits to every account; Vinexpo and ProWein each year',
            'Price negotiation on 420 million stoppers a year',
          ],
        ),
        lines: [
          'Key Account Manager – Wineries',
          'Corticeira Vale do Uíma, S.A. · Santa Maria da Feira · 2015/03 – present',
        ],
      },
      {
        ...job(
          'Export Sales Assistant',
          'Corticeira Vale do Uíma, S.A.',
          '2013-09',
          '2015-02',
          false,
          '2013/09 – 2015/02',
          ['Orders, export documents and samples for the key account managers'],
        ),
        lines: ['Export Sales Assistant', 'Corticeira Vale do Uíma, S.A. · Santa Maria da Feira · 2013/09 – 2015/02'],
      },
      {
        ...job(
          'Laboratory Technician',
          'Corticeira Vale do Uíma, S.A.',
          '2011-10',
          '2013-08',
          false,
          '2011/10 – 2013/08',
          ['TCA analysis by GC-MS, moisture and dimensional tests'],
        ),
        lines: ['Laboratory Technician', 'Corticeira Vale do Uíma, S.A. · Santa Maria da Feira · 2011/10 – 2013/08'],
      },
    ],
    education: [
      edu('master', 'Mestrado (Master’s degree) in Chemistry – University of Aveiro, 2009 – 2011', {
        field: 'Chemistry',
        institution: 'University of Aveiro',
        startYear: 2009,
        endYear: 2011,
      }),
      edu('bachelor', 'Licenciatura (Bachelor’s degree) in Chemistry – University of Aveiro, 2006 – 2009', {
        field: 'Chemistry',
        institution: 'University of Aveiro',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [named('Sensory analysis of cork stoppers', 'Sensory analysis of cork stoppers – 2012')],
    certifications: [named('WSET Level 2 Award in Wines', 'WSET Level 2 Award in Wines (2016)')],
    languages: [
      lang('pt', 'native', ''),
      lang('en', 'C1', ''),
      lang('fr', 'B2', ''),
      lang('es', 'B2', ''),
      lang('it', 'A2', ''),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Language', 'Level'],
        rows: [
          ['Portuguese', 'mother tongue'],
          ['English', 'C1'],
          ['French', 'B2'],
          ['Spanish', 'B2'],
          ['Italian', 'A2'],
        ],
      },
    ],
    skills: ['Negotiation', 'Analytical thinking', 'Relationship building with winemakers', 'SAP SD, Excel, Power BI'],
    clientBase: { activeAccounts: 38, annualRevenueEur: 11_500_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h37-19-england-hereford-card-shop-to-self-employed-greeting-cards-agent',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-One Hundred Nineteen',
    email: 'cards.hereford3719@example.net',
    phone: '01432 370919',
    contactLines: ['Hereford HR1'],
    headings: {
      profile: 'Summary',
      work: 'Career',
      skills: 'Skills',
    },
    profile: [
      'Forty years in greeting cards, from a Saturday job in a card shop to my own agency. Since 2014 I have ' +
        'represented four card and gift publishers on commission, calling on about 160 independent card shops, gift ' +
        'shops, garden centres and farm shops in Herefordshire, Shropshire, Worcestershire and mid Wales. The shop ' +
        'owners choose the ranges themselves; I help them get the wall right for each season.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Sales Agent', 'Marches Card Agency', '2014', null, true, '2014–present', [
          'Four publishers: everyday and seasonal cards, wrap, small gifts',
          'Christmas and spring orders taken on the tablet at the shop counter',
          'Commission on about £900k of orders a year',
        ]),
        lines: ['2014–present   Sales Agent (self-employed, commission) – Marches Card Agency, Hereford'],
      },
      {
        ...job('Area Sales Representative', 'Wyebridge Greetings Ltd', '1996', '2014', true, '1996–2014', [
          'West Midlands and Wales territory; grew it from 120 to 210 shops',
        ]),
        lines: ['1996–2014   Area Sales Representative – Wyebridge Greetings Ltd, Worcester'],
      },
      {
        ...job('Assistant Manager', 'The Card Loft', '1990', '1996', false, '1990–1996', [
          'Ordering, staff rota and window displays for a busy town-centre card shop',
        ]),
        lines: ['1990–1996   Assistant Manager – The Card Loft, Hereford'],
      },
      {
        ...job('Sales Assistant', 'The Card Loft', '1986', '1990', true, '1986–1990 (Saturdays until 1987)'),
        lines: ['1986–1990 (Saturdays until 1987)   Sales Assistant – The Card Loft, Hereford'],
      },
    ],
    education: [
      edu('lower secondary', 'O levels (5) – Wyeside School, Hereford, 1986', {
        institution: 'Wyeside School',
        endYear: 1986,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'A2', 'French – school level')],
    skills: [
      'Relationship building – some of my shops have bought from me for 30 years',
      'Organised: journey plans, samples and orders',
      'Merchandising and seasonal range planning',
      'Self-starter',
    ],
    closing: [{ kind: 'paragraph', text: 'Interests: bell-ringing, the WI, walking the Malvern Hills.' }],
    clientBase: { activeAccounts: 160, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h37-20-us-omaha-copier-technician-to-managed-print-account-executive',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-One Hundred Twenty',
    email: 'mps.omaha3720@example.com',
    phone: '+1 402 555 0120',
    contactLines: ['Omaha, NE 68144', 'linkedin.example.com/in/mps3720'],
    headings: {
      profile: 'Summary',
      work: 'Experience',
      certifications: 'Certifications',
      skills: 'Skills',
    },
    profile: [
      'Copier technician for eight years, estimator for four, account executive since 2011. I manage 90 business ' +
        'accounts in the Omaha–Council Bluffs metro and Lincoln: law firms, clinics, school districts and car ' +
        'dealerships, about $3.2M in annual revenue. My contacts are the office managers and CFOs who sign the lease ' +
        'and service agreements.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Account Executive – Managed Print',
          'Papillion Creek Office Systems, Inc.',
          '2011-03',
          null,
          true,
          'March 2011 – Present',
          [
            'Print fleet assessments, lease proposals and service agreements',
            'Renewed 94% of expiring leases in 2025; 11 new accounts',
            'President’s Club 2017, 2019, 2023',
          ],
        ),
        lines: [
          'Papillion Creek Office Systems, Inc. (Omaha, NE), March 2011 – Present',
          'Account Executive – Managed Print',
        ],
      },
      {
        ...job(
          'Estimator',
          'Papillion Creek Office Systems, Inc.',
          '2007-01',
          '2011-02',
          false,
          'January 2007 – February 2011',
          ['Service pricing and cost-per-page models for the sales team'],
        ),
        lines: ['Papillion Creek Office Systems, Inc. (Omaha, NE), January 2007 – February 2011', 'Estimator'],
      },
      {
        ...job(
          'Copier Technician',
          'Elkhorn Business Machines',
          '1999-06',
          '2006-12',
          false,
          'June 1999 – December 2006',
        ),
        lines: ['Elkhorn Business Machines (Omaha, NE), June 1999 – December 2006', 'Copier Technician'],
      },
      {
        ...job('Sales Associate', 'Platte Valley College Bookstore', '1996', '1999', true, 'Fall 1996 – Spring 1999'),
        lines: [
          'Platte Valley College Bookstore (Columbus, NE), Fall 1996 – Spring 1999',
          'Sales Associate (part-time)',
        ],
      },
    ],
    education: [
      edu('associate', 'A.A.S. Electronics Technology – Platte Valley Community College, 1999', {
        field: 'Electronics Technology',
        institution: 'Platte Valley Community College',
        endYear: 1999,
      }),
      edu('high school', 'High school diploma – Millard Creek High School, Omaha, 1996', {
        institution: 'Millard Creek High School',
        endYear: 1996,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Consultative selling',
      'Contract negotiation',
      'Print fleet cost analysis',
      'Team player',
      'CompTIA A+ (2004, lapsed)',
    ],
    clientBase: { activeAccounts: 90, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'en-h37-21-canada-halifax-marine-technician-to-boat-sales-consultant',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-One Hundred Twenty-One',
    email: 'boats.halifax3721@example.com',
    phone: '902 555 0121',
    contactLines: ['Bedford, NS B4A'],
    headings: {
      work: 'Work History',
      certifications: 'Certifications',
      skills: 'Skills',
      workTable: ['Years', 'Dealer / Employer', 'Job'],
    },
    profile: [
      'Marine technician for eight years and boat salesman since 2014 at a dealership on Bedford Basin. I sell new ' +
        'and used powerboats, pontoons and sailboats to private buyers – 52 boats in 2025 at an average of C$68,000 – ' +
        'and stay in touch with the owners through service, storage and trade-ins.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Senior Sales Consultant', 'Sackville River Marine Ltd', '2019', null, true, '2019 – present', [
        'Boat shows in Halifax and Moncton; sea trials, financing and trade-in appraisals',
        'Coaching the two junior sales consultants',
      ]),
      job('Sales Consultant', 'Sackville River Marine Ltd', '2014', '2019', true, '2014 – 2019'),
      job('Marine Technician', 'Blandford Cove Boatworks', '2006', '2014', false, '2006 – 2014', [
        'Outboards, inboards, rigging and marine electronics',
      ]),
      job('Yard Hand', 'Blandford Cove Boatworks', '2004', '2006', false, '2004 – 2006 (seasonal)'),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Volunteer' },
      { kind: 'paragraph', text: 'Coast guard auxiliary search and rescue crew, Bedford unit, 2010 – present.' },
    ],
    education: [
      edu('post-secondary', 'Marine Service Technician certificate (1 year) – Atlantic Marine Trades College, 2006', {
        field: 'Marine Service Technician',
        institution: 'Atlantic Marine Trades College',
        endYear: 2006,
      }),
      edu('high school', 'High School Graduation Diploma – Bedford Ridge High School, 2004', {
        institution: 'Bedford Ridge High School',
        endYear: 2004,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'ABYC Certified Technician – Marine Systems',
        'ABYC Certified Technician – Marine Systems (2010, renewed 2024)',
      ),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'A2', 'French – basic (Core French at school)')],
    skills: [
      'Customer focus',
      'Trade-in appraisals',
      'Engine and electronics diagnostics',
      'Time management',
      'Pleasure Craft Operator Card',
    ],
    clientBase: null,
    competencies: ['coaching', 'customer_focus', 'organisation'],
  },
  {
    id: 'en-h37-22-australia-townsville-bricklayer-to-brick-and-paver-sales-representative',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-One Hundred Twenty-Two',
    email: 'bricks.tsv3722@example.net',
    phone: '0412 370 222',
    contactLines: ['Kirwan QLD 4817'],
    headings: {
      work: 'Employment',
      education: 'Education & Trade',
      certifications: 'Cards & Licences',
      skills: 'Skills',
    },
    profile: [
      'Bricklayer for eleven years, including my apprenticeship, and rep for a brick and paver manufacturer since ' +
        '2020. I look after 85 builders, bricklaying contractors, landscapers and hardware stores from Bowen to ' +
        'Cardwell and inland to Charters Towers. The builders’ owners decide which brick goes on the house; my job is ' +
        'to make sure it is ours and that the pallets turn up on the day.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Sales Representative',
          'Burdekin Brick & Paver Co. Pty Ltd',
          '2020-01',
          null,
          true,
          'January 2020 to now',
          [
            '85 trade accounts across North Queensland',
            'Display home selections with builders and their clients',
            'Project pricing for estates and council streetscapes',
          ],
        ),
        lines: ['Sales Representative at Burdekin Brick & Paver Co. Pty Ltd, Townsville – January 2020 to now'],
      },
      {
        ...job('Bricklayer', 'self-employed', '2013-02', '2019-12', false, 'February 2013 to December 2019', [
          'Subcontracting to three volume builders; two-man crew, face brick and block',
        ]),
        lines: ['Bricklayer (subcontractor, own ABN), self-employed, Townsville – February 2013 to December 2019'],
      },
      {
        ...job(
          'Apprentice Bricklayer',
          'Ross River Building Co.',
          '2009-01',
          '2013-01',
          false,
          'January 2009 to January 2013',
        ),
        lines: ['Apprentice Bricklayer at Ross River Building Co., Townsville – January 2009 to January 2013'],
      },
    ],
    education: [
      edu('vocational', 'Certificate III in Bricklaying/Blocklaying – North Queensland TAFE, 2012', {
        field: 'Bricklaying/Blocklaying',
        institution: 'North Queensland TAFE',
        endYear: 2012,
      }),
      edu('secondary', 'Queensland Certificate of Education (QCE) – Ross River State High School, 2008', {
        institution: 'Ross River State High School',
        endYear: 2008,
      }),
    ],
    courses: [named('Segmental paving design', 'Segmental paving design – industry association workshop, 2022')],
    certifications: [
      named(
        'QBCC Trade Contractor Licence – Bricklaying',
        'QBCC Trade Contractor Licence – Bricklaying, held since 2013 (current)',
      ),
    ],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Clay and concrete products, bond patterns, paver sub-base',
      'Relationship building with builders and brickies',
      'Self-starter',
      'Negotiating project pricing',
      'Open C driver licence',
    ],
    closing: [
      { kind: 'heading', text: 'Referees' },
      { kind: 'paragraph', text: 'Referee One, Construction Manager – phone on request.' },
    ],
    clientBase: { activeAccounts: 85, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h37-23-england-leicester-t-level-school-leaver-inside-sales-fasteners',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-One Hundred Twenty-Three',
    email: 'tlevel.leicester3723@example.com',
    phone: '07383 370 323',
    contactLines: ['Belgrave, Leicester LE4'],
    headings: {
      work: 'Experience',
      courses: 'Training',
      skills: 'Skills',
    },
    profile: [
      'I finished my T Level in Management and Administration in 2024, with my industry placement in the sales office ' +
        'of an engineering supplies distributor, and I have worked there in inside sales since September 2024. I ' +
        'quote and take orders from the web and phone enquiries and the call list I am given. I do not have accounts ' +
        'of my own yet, but I want to become an account manager.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Inside Sales Executive',
        'Soar Valley Fasteners Ltd',
        '2024-09',
        null,
        true,
        'Sep 2024 – present',
        [
          'About 60 quotes a week for bolts, anchors and fixings',
          'Call list of 200 lapsed customers; 18 ordering again',
          'Stock checks and delivery dates with the warehouse',
        ],
        'Leicester',
      ),
      job(
        'Sales Assistant',
        'Clock Tower Phone Accessories',
        '2022-06',
        '2024-08',
        true,
        'Jun 2022 – Aug 2024 (Saturdays)',
        ['Sold cases, chargers and screen repairs at the shopping centre kiosk'],
        'Haymarket Centre, Leicester',
      ),
    ],
    education: [
      edu(
        'secondary',
        'T Level in Management and Administration (Distinction), including a 45-day industry placement in the sales office of Soar Valley Fasteners Ltd – Belgrave Sixth Form College, Leicester, 2022 – 2024',
        {
          field: 'Management and Administration',
          institution: 'Belgrave Sixth Form College',
          startYear: 2022,
          endYear: 2024,
        },
      ),
      edu('lower secondary', 'GCSEs (9), including English 6 and Maths 7 – Belgrave Park Academy, 2022', {
        institution: 'Belgrave Park Academy',
        endYear: 2022,
      }),
    ],
    courses: [named('Fastener technology basics', 'Fastener technology basics – supplier training, 2025')],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('gu', 'native', 'Gujarati – home language'),
      lang('hi', 'A2', 'Hindi – basic'),
    ],
    skills: ['Telephone selling', 'Time management', 'Team player', 'SAP Business One, Excel'],
    clientBase: null,
    competencies: ['organisation', 'sales', 'teamwork'],
  },
  {
    id: 'en-h37-24-pakistan-sialkot-production-supervisor-to-surgical-instruments-export-manager',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-One Hundred Twenty-Four',
    email: 'surgical.sialkot3724@example.org',
    phone: '0300-3724124',
    contactLines: ['Sialkot Cantt, Punjab, Pakistan'],
    afterContact: [
      { kind: 'paragraph', text: 'CNIC: available on request | Date of birth: 10-02-1985 | Domicile: Sialkot' },
    ],
    headings: {
      profile: 'Objective',
      work: 'Professional Experience',
      education: 'Academic Qualification',
      courses: 'Trainings',
      skills: 'Skills',
      workTable: ['From – To', 'Designation', 'Company'],
    },
    profile: [
      'To lead the export business of a medical device manufacturer. Export Manager since 2019 at a surgical and ' +
        'dental instruments maker in Sialkot: 32 distributors and hospital suppliers in Germany, France, Austria and ' +
        'the USA, about USD 2.4 million a year. The owners of the distribution companies decide the annual orders, ' +
        'and I meet them at MEDICA and on visits every year.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Export Manager', 'Daska Road Surgical Industries (Pvt) Ltd', '2019-01', null, true, 'Jan 2019 – Continue', [
        '32 distributor accounts in four countries',
        'Price lists, annual agreements and private-label programmes',
        'CE and FDA documentation with the QA department',
      ]),
      job(
        'Export Sales Executive',
        'Daska Road Surgical Industries (Pvt) Ltd',
        '2012-08',
        '2018-12',
        true,
        'Aug 2012 – Dec 2018',
        ['Enquiries, quotations and samples for German and French buyers'],
      ),
      job('Production Supervisor', 'Sambrial Instruments Co.', '2007-03', '2012-07', false, 'Mar 2007 – Jul 2012', [
        'Forging, grinding and polishing lines, 45 workers; final inspection',
      ]),
    ],
    education: [
      edu('bba', 'BBA (Hons), 4 years – Sialkot Institute of Business Studies, 2003 – 2007', {
        institution: 'Sialkot Institute of Business Studies',
        startYear: 2003,
        endYear: 2007,
      }),
      edu('secondary', 'Intermediate (I.Com) – BISE Gujranwala, 2003', { endYear: 2003 }),
      edu('lower secondary', 'Matric (Science) – BISE Gujranwala, 2001', { endYear: 2001 }),
    ],
    courses: [
      named('ISO 13485 internal auditor', 'ISO 13485 internal auditor – 2016'),
      named('Export documentation and letters of credit', 'Export documentation and letters of credit – 2013'),
    ],
    certifications: [],
    languages: [
      lang('pa', 'native', 'Punjabi – mother tongue'),
      lang('ur', 'C1', 'Urdu – fluent'),
      lang('en', 'C1', 'English – fluent'),
      lang('de', 'A1', 'German – beginner'),
    ],
    skills: ['Negotiation with distributors', 'Communication skills', 'Relationship management', 'MS Office, ERP'],
    clientBase: { activeAccounts: 32, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h37-25-ireland-mullingar-ai-technician-to-cattle-breeding-area-sales-manager',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-One Hundred Twenty-Five',
    email: 'breeding.westmeath3725@example.net',
    phone: '086 370 2525',
    contactLines: ['Mullingar, Co. Westmeath'],
    headings: {
      work: 'Employment Record',
      certifications: 'Certification',
      skills: 'Skills',
    },
    profile: [
      'Farmer’s son, AI technician for eight years and area sales manager for a cattle breeding company since 2016. ' +
        'About 320 dairy and suckler farmers in Westmeath, Longford, Roscommon and north Offaly buy their straws and ' +
        'breeding programmes from me – €1.9 million in sales in 2025. Farmers make their own breeding decisions, so ' +
        'the job is trust and results.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Area Sales Manager', 'Derravaragh Bovine Genetics Ltd', '2016-03', null, true, 'March 2016 – present', [
          'Breeding plans, sire selection and straw orders for 320 farms',
          'Herd fertility reports from the milk recording data',
          'Spring breeding meetings with the co-op discussion groups',
        ]),
        lines: [
          'Area Sales Manager — Derravaragh Bovine Genetics Ltd',
          'Mullingar, Co. Westmeath · March 2016 – present',
        ],
      },
      {
        ...job(
          'AI Technician',
          'Derravaragh Bovine Genetics Ltd',
          '2008-02',
          '2016-02',
          false,
          'February 2008 – February 2016',
          ['Insemination service to 25 to 40 herds a day in the spring season'],
        ),
        lines: [
          'AI Technician — Derravaragh Bovine Genetics Ltd',
          'Mullingar, Co. Westmeath · February 2008 – February 2016',
        ],
      },
      {
        ...job('Farm Hand', 'family dairy farm', '2004', '2008', false, '2004 – 2008'),
        lines: ['Farm Hand — family dairy farm', 'Castlepollard, Co. Westmeath · 2004 – 2008'],
      },
    ],
    education: [
      edu('bsc', 'BSc in Agriculture (Level 7) – Midlands Institute of Technology, 2001 – 2004', {
        field: 'Agriculture',
        institution: 'Midlands Institute of Technology',
        startYear: 2001,
        endYear: 2004,
      }),
      edu('secondary', 'Leaving Certificate – Lough Derravaragh Community School, 2001', {
        institution: 'Lough Derravaragh Community School',
        endYear: 2001,
      }),
    ],
    courses: [named('Herd fertility management', 'Herd fertility management – agricultural advisory course, 2018')],
    certifications: [
      named(
        'Licensed AI Technician (Department of Agriculture)',
        'Licensed AI Technician (Department of Agriculture) – licence current',
      ),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('ga', 'B2', 'Irish – good (Leaving Cert honours)')],
    skills: [
      'Relationship building with farmers',
      'Analysis of herd data and breeding index reports',
      'Self-starter',
      'Organised',
    ],
    closing: [{ kind: 'paragraph', text: 'Interests: ploughing matches, hurling (junior B, now retired).' }],
    clientBase: { activeAccounts: 320, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'initiative', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h37-26-us-knoxville-locksmith-owner-operator-no-sales',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-One Hundred Twenty-Six',
    email: 'lockshop.knox3726@example.com',
    phone: '865.555.0126',
    contactLines: ['Knoxville, TN 37918'],
    headings: {
      profile: 'Objective',
      work: 'Work History',
      certifications: 'Licenses & Certifications',
      skills: 'Skills',
    },
    profile: [
      'A technical or sales role with a security hardware manufacturer or distributor. I have been a locksmith since ' +
        '2004 and have run my own shop since 2014: residential, commercial and automotive work, access control and ' +
        'safes. I have never had a sales job, but I quote every job myself and several general contractors use me on ' +
        'every project.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Owner / Locksmith', 'Beaver Ridge Lock & Key, LLC', '2014', null, false, '2014 to present', [
          'Two technicians and a van each; about 1,900 jobs a year',
          'Master key systems for schools and apartment complexes',
          'Cloud access control installs for small businesses',
        ]),
        lines: ['Owner / Locksmith — Beaver Ridge Lock & Key, LLC, Knoxville, TN — 2014 to present'],
      },
      {
        ...job('Locksmith Technician', 'Little River Lock & Safe Co.', '2008', '2014', false, '2008 to 2014', [
          'Lockouts, rekeys, safe openings, commercial door hardware',
        ]),
        lines: ['Locksmith Technician — Little River Lock & Safe Co., Maryville, TN — 2008 to 2014'],
      },
      {
        ...job('Locksmith Apprentice', 'Little River Lock & Safe Co.', '2004', '2008', false, '2004 to 2008'),
        lines: ['Locksmith Apprentice — Little River Lock & Safe Co., Maryville, TN — 2004 to 2008'],
      },
      {
        ...job('Stock Associate', 'Tazewell Pike Hardware', '2001', '2004', false, '2001 to 2004'),
        lines: ['Stock Associate — Tazewell Pike Hardware, Knoxville, TN — 2001 to 2004'],
      },
    ],
    education: [
      edu('high school', 'High school diploma – Beaver Ridge High School, Knoxville, 2001', {
        institution: 'Beaver Ridge High School',
        endYear: 2001,
      }),
    ],
    courses: [named('Electrified locking hardware', 'Electrified locking hardware – manufacturer training, 2019')],
    certifications: [
      named('Certified Registered Locksmith (CRL), ALOA', 'Certified Registered Locksmith (CRL), ALOA – 2010'),
      named('Tennessee locksmith license', 'Tennessee locksmith license – current (renewed 2025)'),
    ],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Customer focus – most of my work comes from referrals',
      'Master keying and access control',
      'Safe opening and servicing',
      'Time management',
      'Certified Automotive Locksmith (CAL) – lapsed 2019',
    ],
    closing: [{ kind: 'paragraph', text: 'References available upon request.' }],
    clientBase: null,
    competencies: ['customer_focus', 'organisation'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The twentieth held-out set's English CVs: ordinary CVs once more (Reed, Indeed, Naukri, Seek and Totaljobs
 * exports, Word templates, design-tool PDFs, an e-mail body, a LinkedIn text and a LinkedIn export, one Europass)
 * from people the earlier sets do not have: a flooring mill's area manager, a propane account manager in Vermont,
 * a cybersecurity channel manager, a welder turned welding-supplies rep, a baker selling bakery ingredients, a
 * forklift technician turned salesman, a car-rental corporate account manager, a car salesman, a charity banker,
 * a construction-software seller, a tea exporter, an iGaming payments relationship manager, a marine marketer, a
 * lift engineer turned account manager, an electrical wholesaler, a copier rep, a legal-software account manager,
 * a relocation account manager, an aluminium-systems KAM, a tableware KAM, a sales support coordinator, a graduate
 * BDR, a superannuation relationship manager, a vending account manager, a drives engineer and a cork exporter.
 */
export const HELD_OUT_20_EN: CvSource[] = [
  {
    id: 'en-h20-01-uk-kidderminster-flooring-area-sales-manager-reed',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fourteen Hundred One',
    email: 'c1401.kidderminster@example.com',
    phone: '07700 900401',
    contactLines: ['Kidderminster, Worcestershire DY10', 'Full UK driving licence'],
    tagline: 'Area Sales Manager – Flooring | Looking for: field sales, West Midlands | Notice: 1 month',
    headings: {
      profile: 'Personal Profile',
      work: 'Work Experience',
      education: 'Education',
      skills: 'Skills',
      courses: 'Training Courses',
      certifications: 'Certificates',
      languages: 'Languages',
    },
    profile: [
      'Flooring has been my trade since I was nineteen: the showroom, then the warehouse, then on the road. For the ' +
        'last seven years I have looked after independent carpet and flooring retailers in the West Midlands and the ' +
        'Welsh Marches for a Kidderminster mill. Friendly, persistent and well organised; I know most of my ' +
        "customers' fitters by name.",
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Area Sales Manager',
        'Wyre Forest Carpets Ltd',
        '2019-03',
        null,
        true,
        'March 2019 – Present',
        [
          'Around 150 active retail accounts across Worcestershire, Herefordshire, Shropshire and Powys – mainly owner-run flooring shops, where I deal with the owners, who do their own buying',
          'Sales on my area £3.1m in 2025 (approx. €3.6m), up from £2.4m when I took it over',
          'Sample books, showroom displays and product training for shop staff',
          'Opened 22 new stockists since 2023',
          'The mill turns over £48m and employs 310 people',
        ],
        'Kidderminster',
      ),
      job(
        'Internal Sales Executive',
        'Wyre Forest Carpets Ltd',
        '2016-06',
        '2019-02',
        true,
        'Jun 2016 – Feb 2019',
        [
          'Phoned lapsed and small retailers and sold roll-ends, discontinued ranges and sample books',
          'Own target of £40k a month; beat it in 27 of 33 months',
        ],
        'Kidderminster',
      ),
      job(
        'Warehouse Team Leader',
        'Severn Flooring Distribution Ltd',
        '2012-11',
        '2016-05',
        false,
        'Nov 2012 – May 2016',
        ['Cutting, picking and despatch for 600 retailers; team of 8 on days'],
        'Stourport-on-Severn',
      ),
      job(
        'Showroom Sales Assistant',
        'Carpetland Kidderminster',
        '2009-09',
        '2012-03',
        true,
        'Sept 2009 – Mar 2012',
        ['Sold carpets, vinyl and laminate to homeowners; commission on measured and fitted jobs'],
        'Kidderminster',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Career Break' },
      { kind: 'paragraph', text: 'Apr 2012 – Oct 2012: travelling in South America (Peru, Bolivia, Chile).' },
    ],
    education: [
      edu('upper secondary', 'BTEC National Diploma in Business (Level 3) – Kidderminster College, 2007 – 2009', {
        field: 'Business',
        institution: 'Kidderminster College',
        startYear: 2007,
        endYear: 2009,
      }),
      edu('lower secondary', 'GCSEs (9, including English and Maths) – King Charles I School, 2007', {
        institution: 'King Charles I School',
        endYear: 2007,
      }),
    ],
    courses: [named('Advanced Selling Skills', 'Advanced Selling Skills (2 days, in-house), 2020')],
    certifications: [named('FITA Carpet Knowledge Certificate', 'FITA Carpet Knowledge Certificate, 2017')],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Territory planning and journey routing',
      'Range reviews and account development',
      'Negotiation on displays and listings',
      'Relationship building with independent retailers',
      'Well organised – CRM kept up to date daily',
    ],
    closing: [
      { kind: 'heading', text: 'Interests' },
      { kind: 'paragraph', text: 'Five-a-side football; restoring a 1970s Mini. References available on request.' },
    ],
    clientBase: { activeAccounts: 150, annualRevenueEur: 3_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h20-02-us-vermont-propane-commercial-account-manager-indeed',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fourteen Hundred Two',
    email: 'cand1402.stalbans@example.net',
    phone: '(802) 555-0142',
    contactLines: ['St. Albans, VT 05478'],
    headings: {
      profile: 'Summary',
      work: 'Work Experience',
      education: 'Education',
      skills: 'Skills',
      certifications: 'Certifications and Licenses',
      languages: 'Languages',
    },
    profile: [
      'Commercial account manager for a family-owned propane and heating oil company in northern Vermont. I came up ' +
        'through the trucks and the service desk, so I know what a missed delivery in January means to a dairy farm ' +
        'or a sugarhouse. Looking for a larger territory with a regional energy distributor.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Commercial Account Manager',
          'Champlain Valley Fuels',
          '2021-01',
          null,
          true,
          'January 2021 to Present',
        ),
        lines: ['Commercial Account Manager', 'Champlain Valley Fuels - St. Albans, VT', 'January 2021 to Present'],
        bullets: [
          'Manage 320 commercial accounts in Franklin, Grand Isle and Chittenden counties: dairy farms, sugarhouses, greenhouses, restaurants and small manufacturers',
          'Price and sign annual supply contracts and tank leases; about 2.4 million gallons a year, roughly $6.8M in sales',
          'Most contracts are signed by the farm or business owner, and I sit down with them at renewal time',
          'Company: 14 delivery trucks and 9,000 residential customers (not part of my book)',
        ],
      },
      {
        ...job(
          'Customer Service Representative',
          'Champlain Valley Fuels',
          '2018-03',
          '2020-12',
          false,
          'March 2018 to December 2020',
        ),
        lines: [
          'Customer Service Representative',
          'Champlain Valley Fuels - St. Albans, VT',
          'March 2018 to December 2020',
        ],
        bullets: ['Delivery and service calls, budget plans, scheduling for 6 service technicians'],
      },
      {
        ...job(
          'Delivery Driver',
          'Green Mountain Propane Co.',
          '2013-10',
          '2018-02',
          false,
          'October 2013 to February 2018',
        ),
        lines: ['Delivery Driver', 'Green Mountain Propane Co. - Swanton, VT', 'October 2013 to February 2018'],
        bullets: ['Bobtail deliveries, winter routes of up to 110 stops a day, cylinder exchanges'],
      },
      {
        ...job('Sugarhouse Helper', 'Boucher Family Sugarworks', '2010', '2013', false, 'Springs 2010 to 2013'),
        lines: ['Sugarhouse Helper', 'Boucher Family Sugarworks - Highgate, VT', 'Springs 2010 to 2013'],
        bullets: ['Tapping, tubing repairs and boiling during the sugaring season, after school'],
      },
    ],
    education: [
      edu('high school', 'High school diploma\nMissisquoi Valley Union High School - Swanton, VT\n2009 to 2013', {
        institution: 'Missisquoi Valley Union High School',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [
      named('CETP Certified Employee – Propane', 'CETP Certified Employee – Propane\nPERC\nRenewed: May 2025'),
    ],
    languages: [lang('en', 'native', 'English - Native'), lang('fr', 'A2', 'French - Basic')],
    skills: [
      'Commercial account management (5 years)',
      'Contract pricing (5 years)',
      'Customer service (8 years)',
      'Hazardous materials handling (12 years)',
      'Time management',
    ],
    closing: [
      { kind: 'heading', text: 'Additional Information' },
      {
        kind: 'paragraph',
        text:
          "Commercial Driver's License, Class B. My hazmat endorsement lapsed in 2022 when I came off the trucks. " +
          'Taking evening classes toward an Associate of Science in Business at the Community College of Vermont ' +
          '(about half done).',
      },
    ],
    clientBase: { activeAccounts: 320, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation'],
  },
  {
    id: 'en-h20-03-india-pune-cybersecurity-channel-account-manager-naukri',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Fourteen Hundred Three',
    email: 'c1403.baner@example.com',
    phone: '+91 98220 41403',
    contactLines: [
      'Baner, Pune, Maharashtra',
      'Total Experience: 11 Years 5 Months | Notice Period: 90 Days',
      'Current CTC: INR 24 Lacs',
    ],
    tagline: 'Channel Account Manager - West at Securelink Distribution Pvt Ltd',
    headings: {
      profile: 'Profile Summary',
      work: 'Employment',
      education: 'Education',
      skills: 'Key Skills',
      certifications: 'Certifications',
      languages: 'Languages Known',
    },
    profile: [
      'Channel account manager with 11 years in IT, the last eight in distribution. I recruit and grow system ' +
        'integrators and resellers who sell our firewall, endpoint and email-security brands to mid-size ' +
        'enterprises, and I am as comfortable with a partner owner as with his pre-sales engineers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Channel Account Manager - West',
          'Securelink Distribution Pvt Ltd',
          '2022-06',
          null,
          true,
          'Full Time, Jun 2022 to Present (4 years 6 months)',
        ),
        lines: [
          'Channel Account Manager - West',
          'Securelink Distribution Pvt Ltd',
          'Full Time, Jun 2022 to Present (4 years 6 months)',
        ],
        bullets: [
          'Handling 38 active partners (system integrators and resellers) in Maharashtra and Goa',
          'Partner billing INR 46 Cr in FY 2025-26 (approx. EUR 4.7 million), 108% of target',
          'Quarterly business plans with partner owners and directors, who decide which brands they push',
          'Joint calls with partner sales teams; deal registration and special pricing approvals',
          'Mentoring two inside sales executives who support my partners',
        ],
      },
      {
        ...job(
          'Inside Sales Executive',
          'Compuzone Infotech Pvt Ltd',
          '2018-08',
          '2022-05',
          true,
          'Full Time, Aug 2018 to May 2022 (3 years 10 months)',
        ),
        lines: [
          'Inside Sales Executive',
          'Compuzone Infotech Pvt Ltd',
          'Full Time, Aug 2018 to May 2022 (3 years 10 months)',
        ],
        bullets: ['Sold laptops, desktops and software licences by phone to SMB resellers in Pune and Nashik'],
      },
      {
        ...job(
          'Technical Support Engineer',
          'Netwave Systems',
          '2015-07',
          '2018-07',
          false,
          'Full Time, Jul 2015 to Jul 2018 (3 years 1 month)',
        ),
        lines: ['Technical Support Engineer', 'Netwave Systems', 'Full Time, Jul 2015 to Jul 2018 (3 years 1 month)'],
        bullets: ['L1/L2 support for firewalls and switches at customer sites across Pune'],
      },
    ],
    education: [
      edu('master', 'PGDM (Marketing), Indira Institute of Management, Pune, 2019 - 2021 (weekend programme)', {
        field: 'Marketing',
        institution: 'Indira Institute of Management',
        startYear: 2019,
        endYear: 2021,
      }),
      edu('bachelor', 'B.E. (Electronics & Telecommunication), Savitribai Phule Pune University, 2011 - 2015', {
        field: 'Electronics & Telecommunication',
        institution: 'Savitribai Phule Pune University',
        startYear: 2011,
        endYear: 2015,
      }),
      edu('secondary', 'HSC (12th), Fergusson College, Pune, 2011', {
        institution: 'Fergusson College',
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [named('Fortinet NSE 4', 'Fortinet NSE 4 - Network Security Professional (2023)')],
    languages: [
      lang('mr', 'native', 'Marathi - Mother tongue'),
      lang('hi', 'C1', 'Hindi - Fluent'),
      lang('en', 'C1', 'English - Fluent'),
    ],
    skills: ['Channel Management', 'Partner Recruitment', 'Network Security', 'Negotiation', 'Forecasting & MIS'],
    closing: [
      { kind: 'heading', text: 'Other Details' },
      {
        kind: 'paragraph',
        text: 'CCNA (2017) lapsed in 2020 and was not renewed. Willing to relocate to Mumbai.',
      },
    ],
    clientBase: { activeAccounts: 38, annualRevenueEur: 4_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation'],
  },
  {
    id: 'en-h20-04-australia-newcastle-welding-supplies-account-manager-seek',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fourteen Hundred Four',
    email: 'c1404.maitland@example.org',
    phone: '0412 555 404',
    contactLines: ['Maitland NSW 2320'],
    headings: {
      profile: 'Personal summary',
      work: 'Career history',
      education: 'Education',
      certifications: 'Licences & certifications',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Qualified boilermaker who moved to the other side of the counter. I now look after trade and industrial ' +
        'customers for a welding gas and supplies business in the Hunter, and I still weld on the weekends. ' +
        'Currently doing a Certificate IV in Leadership and Management online.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Account Manager',
          'Hunter Gas & Welding Supplies',
          '2020-03',
          null,
          true,
          'Mar 2020 - Present (6 years 9 months)',
        ),
        lines: ['Account Manager', 'Hunter Gas & Welding Supplies', 'Mar 2020 - Present (6 years 9 months)'],
        bullets: [
          'Look after 115 trade and industrial accounts across the Hunter and the Central Coast: fabrication shops, mine maintenance contractors and farm machinery repairers',
          'Gas cylinder rental, consumables, welding machines and PPE; my accounts bought about A$5.4m last financial year',
          'Most of my customers are owner-run workshops, so I quote and agree pricing with the owners directly',
          'Branch turnover A$19m across two stores',
        ],
      },
      {
        ...job(
          'Counter Sales',
          'Hunter Gas & Welding Supplies',
          '2016-07',
          '2020-02',
          true,
          'Jul 2016 - Feb 2020 (3 years 8 months)',
        ),
        lines: ['Counter Sales', 'Hunter Gas & Welding Supplies', 'Jul 2016 - Feb 2020 (3 years 8 months)'],
        bullets: [
          'Served trade customers at the Mayfield counter, quoted and sold consumables and machines, ran the cylinder exchange',
        ],
      },
      {
        ...job(
          'Boilermaker / Welder',
          'Kurri Engineering Pty Ltd',
          '2008-02',
          '2016-06',
          false,
          'Feb 2008 - Jun 2016 (8 years 5 months)',
        ),
        lines: ['Boilermaker / Welder', 'Kurri Engineering Pty Ltd', 'Feb 2008 - Jun 2016 (8 years 5 months)'],
        bullets: [
          'Apprenticeship from 2008, qualified 2012; structural steel and conveyor repairs for Hunter Valley mines',
        ],
      },
    ],
    education: [
      edu('vocational', 'Certificate III in Engineering – Fabrication Trade\nTAFE NSW Hunter\nFinished 2012', {
        field: 'Engineering – Fabrication Trade',
        institution: 'TAFE NSW Hunter',
        endYear: 2012,
      }),
      edu('lower secondary', 'Record of School Achievement (Year 10)\nMaitland Grossmann High School\nFinished 2007', {
        institution: 'Maitland Grossmann High School',
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [
      named('White Card (General Construction Induction)', 'White Card (General Construction Induction)\nIssued 2008'),
      named('Working at Heights', 'Working at Heights\nIssued Mar 2024, expires Mar 2027'),
    ],
    languages: [lang('en', 'native', 'English')],
    skills: ['Account management', 'Quoting', 'MIG, TIG and stick welding', 'Gas safety', 'Customer-oriented'],
    closing: [
      { kind: 'heading', text: 'Other' },
      {
        kind: 'paragraph',
        text: 'Forklift licence (LF) expired in 2019. Happy to travel across the Hunter and Upper Hunter.',
      },
    ],
    clientBase: { activeAccounts: 115, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'en-h20-05-ireland-kilkenny-bakery-ingredients-rep-canva',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Fourteen Hundred Five',
    email: 'c1405.kilkenny@example.com',
    phone: '086 555 1405',
    contactLines: ['Kilkenny', 'www.example.com/in/c1405'],
    tagline: 'TECHNICAL SALES REPRESENTATIVE – BAKERY',
    headings: {
      contact: 'CONTACT',
      profile: 'ABOUT ME',
      work: 'EXPERIENCE',
      education: 'EDUCATION',
      courses: 'TRAINING',
      skills: 'SKILLS',
      certifications: 'CERTIFICATES',
      languages: 'LANGUAGES',
    },
    profile: [
      'Baker by trade, now selling flour improvers, mixes, fillings and frozen dough to the kind of bakeries I used to ' +
        "work in. I cover Leinster and east Munster from Kilkenny, and I can still run a demo bake in a customer's " +
        'oven when a new mix goes in.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Technical Sales Representative',
        'Slaney Bakery Ingredients Ltd',
        '2021-02',
        null,
        true,
        'February 2021 – ongoing',
        [
          '85 active accounts: craft bakeries, in-store bakeries of independent supermarkets and two contract caterers',
          'Sales on my accounts €4.2m in 2025',
          'I deal with the owners and head bakers, who choose their own suppliers',
          'Demo bakes and recipe trials for new mixes; range reviews twice a year',
          'Parental leave June – November 2023',
        ],
        'Enniscorthy',
      ),
      job(
        'Technical Baker (Demonstrator)',
        'Slaney Bakery Ingredients Ltd',
        '2018-09',
        '2021-01',
        false,
        'September 2018 – January 2021',
        ['Test bakes, customer demos and trade-show bakes for the sales team; no accounts of my own'],
        'Enniscorthy',
      ),
      job(
        'Baker',
        "Lawlor's Family Bakery",
        '2011',
        '2018',
        false,
        '2011 – 2018',
        ['Night shift, bread and confectionery; trained two apprentices from 2015'],
        'Thomastown',
      ),
    ],
    education: [
      edu('short-cycle tertiary', 'Higher Certificate in Baking and Pastry Arts (Level 6) – TU Dublin, 2009 – 2011', {
        field: 'Baking and Pastry Arts',
        institution: 'TU Dublin',
        startYear: 2009,
        endYear: 2011,
      }),
      edu('secondary', 'Leaving Certificate – Loreto Secondary School, Kilkenny, 2009', {
        institution: 'Loreto Secondary School',
        endYear: 2009,
      }),
    ],
    courses: [named('Professional Selling Skills', 'Professional Selling Skills (2 days), 2021')],
    certifications: [named('HACCP Level 2', 'HACCP Level 2, 2022')],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('pl', 'B1', 'Polish – conversational (five years on a Polish baking team)'),
      lang('ga', 'A2', 'Irish – basic (Leaving Cert)'),
    ],
    skills: ['Technical selling', 'Recipe development', 'Demo bakes', 'Organised, own diary', 'Team player'],
    closing: [{ kind: 'paragraph', text: 'Full clean driving licence.' }],
    clientBase: { activeAccounts: 85, annualRevenueEur: 4_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'sales', 'teamwork'],
  },
  {
    id: 'en-h20-06-canada-kelowna-forklift-sales-rep-word-table',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Fourteen Hundred Six',
    email: 'c1406.kelowna@example.net',
    phone: '(250) 555-0106',
    contactLines: ['West Kelowna, BC V1Z'],
    headings: {
      profile: 'Profile',
      work: 'Work History',
      workTable: ['Position', 'Company', 'Dates'],
      education: 'Education',
      skills: 'Skills',
      certifications: 'Certifications',
      languages: 'Languages',
    },
    profile: [
      'Material handling sales representative in the Okanagan. Ten years ago I was fixing the forklifts I now sell, ' +
        'and my customers trust that I will not sell them a truck their floor or their budget cannot carry.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job(
        'Material Handling Sales Representative',
        'Okanagan Lift Truck Ltd.',
        '2021-04',
        null,
        true,
        'Apr 2021 – present',
        [
          'Territory from Vernon to Osoyoos and east to the Kootenays: about 240 customers with a truck or a service agreement – orchards, packing houses, wineries, lumber yards and distribution centres',
          'New and used forklifts, rentals and planned-maintenance agreements; 96 new units sold in 2025, territory sales about C$5.2M',
          'Buying decisions are made by owners and general managers, and I negotiate with them directly',
          'Dealership equipment sales C$14M across three reps',
        ],
      ),
      job(
        'Parts Counter Representative',
        'Okanagan Lift Truck Ltd.',
        '2019-01',
        '2021-03',
        true,
        'Jan 2019 – Mar 2021',
        ['Quoted and sold parts, tires and batteries to walk-in and phone customers'],
      ),
      job(
        'Forklift Technician',
        'Interior Material Handling Inc.',
        '2012-09',
        '2018-12',
        false,
        'Sept 2012 – Dec 2018',
        ['Apprentice, then Red Seal technician from 2016; field service on electric and propane trucks'],
      ),
      job('Packing House Worker', 'Summerland Fruit Packers', '2009', '2011', false, 'Summers 2009 – 2011'),
    ],
    education: [
      edu(
        'vocational',
        'Heavy Duty Equipment Technician apprenticeship (Red Seal) – Okanagan College, Kelowna, 2012 – 2016',
        { field: 'Heavy Duty Equipment Technician', institution: 'Okanagan College', startYear: 2012, endYear: 2016 },
      ),
      edu('high school', 'BC Certificate of Graduation (Dogwood Diploma) – Mount Boucherie Secondary, 2011', {
        institution: 'Mount Boucherie Secondary',
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Red Seal Heavy Duty Equipment Technician',
        'Red Seal Heavy Duty Equipment Technician (interprovincial), 2016',
      ),
      named('Certified Forklift Operator Trainer', 'Certified Forklift Operator Trainer, 2022'),
    ],
    languages: [lang('en', 'native', 'English (first language)'), lang('fr', 'A2', 'French (basic – school French)')],
    skills: [
      'Solution selling',
      'Used equipment appraisal',
      'Rental fleet planning',
      'Negotiating trade-ins',
      'Resilient',
    ],
    clientBase: { activeAccounts: 240, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'sales', 'stress_resistance'],
  },
  {
    id: 'en-h20-07-south-africa-cape-town-car-rental-corporate-am-table',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Fourteen Hundred Seven',
    email: 'c1407.bellville@example.org',
    phone: '082 555 1407',
    contactLines: ['Bellville, Cape Town'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Nationality', 'South African'],
          ["Driver's licence", 'Code B (own car)'],
          ['Availability', '30 days'],
        ],
      },
    ],
    headings: {
      profile: 'Career Summary',
      work: 'Employment History',
      workTable: ['Dates', 'Position', 'Company'],
      education: 'Qualifications',
      skills: 'Competencies',
      languages: 'Languages',
    },
    profile: [
      'Corporate account manager in car rental with fourteen years in the industry, from the vehicle yard and the ' +
        'airport counter to corporate contracts. I run the relationship from the tender to the monthly usage report, ' +
        'and I know how to keep a travel manager happy in December.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Corporate Account Manager', 'Cape Car & Van Rental (Pty) Ltd', '2022-03', null, true, '2022/03 – present', [
        '48 corporate accounts across South Africa: mining houses, engineering consultancies, insurers and agencies',
        'Rental revenue on my accounts R31 million in 2025 (approx. €1.55 million)',
        'Rates and service levels negotiated with procurement managers, who award the rental contract, and with travel managers',
        'Company fleet of 2,300 vehicles in 19 branches',
      ]),
      job('Branch Manager', 'Cape Car & Van Rental (Pty) Ltd', '2018-07', '2022-02', false, '2018/07 – 2022/02', [
        'Ran the Bellville branch: 11 staff, 180 vehicles, branch turnover R24 million',
      ]),
      job('Rental Sales Agent', 'Atlas Car Hire', '2015-01', '2018-06', true, '2015/01 – 2018/06', [
        'Sold rentals, upgrades and cover waivers at the Cape Town International Airport counter; best upsell ratio in the region in 2017',
      ]),
      job('Vehicle Controller', 'Atlas Car Hire', '2012-02', '2014-12', false, '2012/02 – 2014/12', [
        'Check-in and check-out of vehicles, damage reports',
      ]),
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'Higher Certificate in Business Management (NQF 5) – Boston City Campus, Bellville, 2013 – 2014 (part-time)',
        { field: 'Business Management', institution: 'Boston City Campus', startYear: 2013, endYear: 2014 },
      ),
      edu('secondary', 'National Senior Certificate (Matric) – Hoërskool Durbanville, 2011', {
        institution: 'Hoërskool Durbanville',
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('af', 'native', ''), lang('en', 'C1', ''), lang('xh', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Language', 'Speak', 'Read', 'Write'],
        rows: [
          ['Afrikaans', 'Home language', 'Home language', 'Home language'],
          ['English', 'Fluent', 'Fluent', 'Good'],
          ['isiXhosa', 'Good', 'Basic', 'Basic'],
        ],
      },
    ],
    skills: [
      'Contract negotiation',
      'Relationship management',
      'Tender responses',
      'Excel and Power BI reporting',
      'Calm under pressure',
    ],
    clientBase: { activeAccounts: 48, annualRevenueEur: 1_550_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h20-08-nz-tauranga-car-sales-consultant-no-base',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Fourteen Hundred Eight',
    email: 'c1408.papamoa@example.com',
    phone: '021 555 1408',
    contactLines: ['Papamoa, Tauranga', 'Full driver licence'],
    headings: {
      profile: 'About me',
      work: 'Work experience',
      education: 'Education',
      skills: 'Strengths',
      languages: 'Languages',
    },
    profile: [
      'Car sales consultant at a Tauranga dealership, four years in. I sell new and used vehicles to private buyers ' +
        'and the odd tradie, sort out finance and trade-ins, and keep in touch so they come back for the next car. ' +
        'Looking for a move into fleet or business sales.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Sales Consultant',
        'Bay City Motors',
        '2022-09',
        null,
        true,
        'Sep 2022 – now',
        [
          'About 14 vehicles a month, mostly to private buyers; the dealership sells around 900 cars a year',
          'Finance and insurance arranged through the dealership',
          'Top salesperson for customer satisfaction in 2024',
        ],
        'Tauranga',
      ),
      job(
        'Packhouse Supervisor',
        'Te Puke Fruit Packers',
        '2019-03',
        '2022-08',
        false,
        'Mar 2019 – Aug 2022',
        ['Night shift of 25 packers in the kiwifruit season, grading and cool-store checks in the off-season'],
        'Te Puke',
      ),
      job(
        'Packhouse Worker',
        'Te Puke Fruit Packers',
        '2016',
        '2018',
        false,
        'Kiwifruit seasons 2016 – 2018 (April – June)',
        undefined,
        'Te Puke',
      ),
      job(
        'Sales Assistant',
        'Surf & Ski Mount Maunganui',
        '2015',
        '2018',
        true,
        'Weekends 2015 – 2018',
        ['Sold wetsuits, boards and ski gear; ran the board-hire counter on summer weekends'],
        'Mount Maunganui',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Travel' },
      { kind: 'paragraph', text: 'Sep 2018 – Feb 2019: backpacking in South-East Asia and Japan.' },
    ],
    education: [
      edu('secondary', "NCEA Level 3 – Tauranga Boys' College, 2015", {
        institution: "Tauranga Boys' College",
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', ''), lang('mi', 'A2', '')],
    languagesText: ['English is my first language. I have basic te reo Māori (enough for a mihi and a waiata).'],
    skills: [
      'Customer focus – 40% of my sales are repeat or referral customers',
      'Negotiating trade-ins and finance',
      'Works under pressure at month end',
    ],
    clientBase: null,
    competencies: ['customer_focus', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'en-h20-09-uk-nottingham-charity-banking-rm-columns',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate Fourteen Hundred Nine',
    email: 'c1409.westbridgford@example.com',
    phone: '0115 496 0409',
    contactLines: ['West Bridgford, Nottingham'],
    tagline: 'Relationship Manager – Charities & Social Enterprises',
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Career history',
      education: 'Education',
      courses: 'Development',
      skills: 'Strengths',
      certifications: 'Professional qualifications',
      languages: 'Languages',
    },
    profile: [
      'Relationship manager for charities, housing associations and social enterprises at a UK bank. Sixteen years ' +
        'in banking; since 2020 my own portfolio of not-for-profit clients across the East Midlands. Trustees like ' +
        'that I explain lending and treasury plainly, and I stay diplomatic when a covenant gets tight.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Relationship Manager – Charities & Social Enterprises',
        'Trent & Peak Bank plc',
        '2020-07',
        null,
        true,
        'Jul 2020 – present',
        [
          'Portfolio of 95 charities, housing associations and social enterprises across the East Midlands',
          'Net income from the portfolio about £2.3m a year (roughly €2.7m): lending margin, deposit margin and fees',
          'Deposits of £380m and lending of £140m across the portfolio',
          'Annual reviews with chief executives, finance directors and chairs of trustees, who sign off borrowing and banking changes',
        ],
        'Nottingham',
      ),
      job(
        'Associate Relationship Manager',
        'Trent & Peak Bank plc',
        '2017-03',
        '2020-06',
        false,
        'Mar 2017 – Jun 2020',
        ['Credit papers, annual reviews and onboarding for two senior relationship managers; no portfolio of my own'],
        'Nottingham',
      ),
      job(
        'Personal Banker',
        'Trent & Peak Bank plc',
        '2013',
        '2017-02',
        true,
        '2013 – Feb 2017',
        [
          'Sold current accounts, loans, credit cards and savings to branch customers; top of the branch for protection referrals in 2015',
        ],
        'Derby',
      ),
      job('Cashier', 'Trent & Peak Bank plc', '2010-08', '2012-12', false, 'Aug 2010 – Dec 2012', undefined, 'Derby'),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Voluntary roles' },
      {
        kind: 'bullets',
        items: [
          'Trustee and treasurer, Rushcliffe Food Bank (2019 – present)',
          'Parent governor, Lady Bay Primary School (2021 – 2025)',
        ],
      },
    ],
    education: [
      edu('ba', 'BA (Hons) Economics – University of Nottingham, 2007 – 2010', {
        field: 'Economics',
        institution: 'University of Nottingham',
        startYear: 2007,
        endYear: 2010,
      }),
      edu('secondary', 'A levels: Economics, Maths, Geography – Bilborough College, 2007', {
        institution: 'Bilborough College',
        endYear: 2007,
      }),
    ],
    courses: [
      named(
        'Lending to Charities and Housing Associations',
        'Lending to Charities and Housing Associations (internal, 2021)',
      ),
    ],
    certifications: [
      named('Professional Certificate in Banking (LIBF)', 'Professional Certificate in Banking (LIBF), 2018'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('pa', 'C1', 'Punjabi – fluent spoken')],
    skills: [
      'Credit analysis',
      'Treasury and deposit pricing',
      'Coaching junior colleagues',
      'Clear and diplomatic with boards of trustees',
    ],
    closing: [{ kind: 'paragraph', text: 'Chartered Banker Diploma – in progress, final module due 2027.' }],
    clientBase: { activeAccounts: 95, annualRevenueEur: 2_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'tact_assertiveness'],
  },
  {
    id: 'en-h20-10-us-boise-construction-software-ae-linkedin-text',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fourteen Hundred Ten',
    email: 'cand1410.meridian@example.net',
    phone: '(208) 555-0110',
    contactLines: ['Meridian, Idaho, United States', 'www.example.net/in/cand1410'],
    tagline: 'Account Executive at BuildBid | Estimating software for contractors in the Mountain West',
    headings: {
      profile: 'About',
      work: 'Experience',
      education: 'Education',
      certifications: 'Licenses & certifications',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'I spent eight years as an estimator before I started selling estimating software, so I have lived the ' +
        'bid-day panic my customers live. Today I own a book of general and specialty contractors across Idaho, Utah ' +
        'and Montana, with a mix of renewals and new logos.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Executive', 'BuildBid', '2023-01', null, true, 'Jan 2023 - Present'),
        lines: [
          'BuildBid',
          'Full-time · 5 yrs 3 mos',
          'Account Executive',
          'Jan 2023 - Present · 3 yrs 11 mos',
          'Boise, Idaho, United States · Hybrid',
          'Book of 70 contractor accounts in Idaho, Utah and Montana – general contractors, electrical and mechanical ' +
            'subs. I sell and renew annual subscriptions and add seats and modules; the owners and chief estimators ' +
            'make the call. ARR on my book about $2.6M.',
        ],
      },
      {
        ...job('Sales Development Representative', 'BuildBid', '2021-09', '2022-12', true, 'Sep 2021 - Dec 2022'),
        lines: [
          'Sales Development Representative',
          'Sep 2021 - Dec 2022 · 1 yr 4 mos',
          'Boise, Idaho, United States',
          'Cold calls and demos booked for the AE team; 38 meetings a month on average.',
        ],
      },
      {
        ...job('Senior Estimator', 'Treasure Valley Builders', '2016-03', '2021-08', false, 'Mar 2016 - Aug 2021'),
        lines: [
          'Senior Estimator',
          'Treasure Valley Builders',
          'Mar 2016 - Aug 2021 · 5 yrs 6 mos',
          'Nampa, Idaho, United States',
          'Hard bids and negotiated work for commercial projects from $1M to $40M.',
        ],
      },
      {
        ...job('Estimator', 'Gem State Concrete', '2013-06', '2016-02', false, 'Jun 2013 - Feb 2016'),
        lines: ['Estimator', 'Gem State Concrete', 'Jun 2013 - Feb 2016 · 2 yrs 9 mos', 'Boise, Idaho, United States'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Volunteering' },
      { kind: 'paragraph', text: 'Crew Leader' },
      { kind: 'paragraph', text: 'Habitat for Humanity of Idaho' },
      { kind: 'paragraph', text: 'Apr 2017 - Present · 9 yrs 8 mos' },
      { kind: 'paragraph', text: 'Poverty Alleviation' },
    ],
    education: [
      edu('bachelor', 'Boise State University\nBachelor of Science - BS, Construction Management\n2009 - 2013', {
        field: 'Construction Management',
        institution: 'Boise State University',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'HubSpot Sales Software Certification',
        'HubSpot Sales Software Certification\nHubSpot Academy\nIssued Mar 2024',
      ),
    ],
    languages: [lang('en', 'native', 'English (Native or Bilingual)'), lang('es', 'B1', 'Spanish (Limited Working)')],
    skills: ['Construction Estimating', 'Consultative Selling', 'Negotiation'],
    clientBase: { activeAccounts: 70, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'en-h20-11-india-kolkata-tea-export-manager-table',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Fourteen Hundred Eleven',
    nameLine: 'CURRICULUM VITAE – Candidate Fourteen Hundred Eleven',
    email: 'c1411.saltlake@example.com',
    phone: '+91 98310 41411',
    contactLines: ['Salt Lake, Kolkata – 700091, West Bengal'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Date of Birth', '12-08-1983'],
          ['Marital Status', 'Married'],
          ['Nationality', 'Indian'],
        ],
      },
    ],
    headings: {
      profile: 'Career Objective',
      work: 'Professional Experience',
      workTable: ['Organisation', 'Designation', 'Tenure'],
      education: 'Academic Qualifications',
      courses: 'Training',
      skills: 'Core Competencies',
      certifications: 'Certifications',
      languages: 'Languages Known',
    },
    profile: [
      'To lead export sales for a quality-focused tea house. Eighteen years in the tea trade: five as a taster, then ' +
        'export sales of orthodox and CTC teas to importers, packers and blenders in Europe, the Gulf and Japan.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job('Manager – Export Sales', 'Assam Valley Tea Exports Pvt Ltd', '2017-04', null, true, 'Apr 2017 – Till Date', [
        'Handling 27 importers, packers and blenders in the UK, Germany, the Netherlands, the UAE and Japan',
        'Export sales of USD 6.4 million in FY 2025-26 (approx. EUR 5.9 million), about 2.1 million kg',
        'Price and contract negotiation with buying directors and head blenders, who finalise the purchase',
        'Company turnover INR 310 Cr; 9 own gardens in Assam and the Dooars',
      ]),
      job(
        'Assistant Manager – Export Sales',
        'Assam Valley Tea Exports Pvt Ltd',
        '2013-07',
        '2017-03',
        true,
        'Jul 2013 – Mar 2017',
        ['Handled 12 buyers of my own in the Gulf and Iran: samples, offers, contracts and shipment follow-up'],
      ),
      job('Tea Taster', 'Dooars Tea Brokers Ltd', '2008-06', '2013-06', false, 'Jun 2008 – Jun 2013', [
        'Tasted and valued 400+ samples a day for the Kolkata auctions; valuation reports for producers',
      ]),
      job('Management Trainee', 'Hillcrest Tea Estate', '2007-07', '2008-05', false, 'Jul 2007 – May 2008'),
    ],
    education: [
      edu(
        'mba',
        'MBA (International Business), Indian Institute of Social Welfare and Business Management, Kolkata, 2005 – 2007',
        {
          field: 'International Business',
          institution: 'Indian Institute of Social Welfare and Business Management',
          startYear: 2005,
          endYear: 2007,
        },
      ),
      edu('bachelor', "B.Com (Hons), St. Xavier's College, University of Calcutta, 2002 – 2005", {
        institution: "St. Xavier's College",
        startYear: 2002,
        endYear: 2005,
      }),
      edu('secondary', 'Higher Secondary (Class XII), WBCHSE, South Point School, 2002', {
        institution: 'South Point School',
        endYear: 2002,
      }),
    ],
    courses: [
      named(
        'Certificate Course in Tea Tasting',
        'Certificate Course in Tea Tasting – Indian Institute of Plantation Management, 2008',
      ),
    ],
    certifications: [named('FSSC 22000 Internal Auditor', 'FSSC 22000 Internal Auditor (2021)')],
    languages: [
      lang('bn', 'native', 'Bengali – mother tongue'),
      lang('en', 'C1', 'English – fluent'),
      lang('hi', 'C1', 'Hindi – fluent'),
      lang('as', 'A2', 'Assamese – basic (spoken)'),
    ],
    skills: [
      'Export documentation (LC, FOB/CIF)',
      'Tea tasting and blending',
      'Price negotiation',
      'Market analysis',
      'Buyer relationship management',
    ],
    closing: [
      { kind: 'heading', text: 'Declaration' },
      {
        kind: 'paragraph',
        text: 'I hereby declare that the information furnished above is true to the best of my knowledge.',
      },
      { kind: 'paragraph', text: 'Place: Kolkata' },
      { kind: 'paragraph', text: '(Candidate Fourteen Hundred Eleven)' },
    ],
    clientBase: { activeAccounts: 27, annualRevenueEur: 5_900_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h20-12-maltese-europass-igaming-payments-rm',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fourteen Hundred Twelve',
    email: 'c1412.sliema@example.org',
    phone: '+356 7955 1412',
    contactLines: ['Nationality: Maltese', 'Address: Triq it-Torri, Tas-Sliema (Malta)'],
    headings: {
      profile: 'ABOUT ME',
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      certifications: 'CERTIFICATES',
      languages: 'LANGUAGE SKILLS',
      skills: 'DIGITAL SKILLS',
    },
    profile: [
      'Relationship manager at a Maltese payment institution, looking after iGaming and travel merchants across ' +
        'Europe. Before payments I spent six years in gaming support and merchant onboarding, so due diligence and ' +
        'risk reviews do not slow my clients down.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'RELATIONSHIP MANAGER – MERCHANT SERVICES',
          'Medipay Financial Services Ltd',
          '2021-05',
          null,
          true,
          '[ 01/05/2021 – Current ]',
        ),
        lines: [
          '[ 01/05/2021 – Current ]',
          'RELATIONSHIP MANAGER – MERCHANT SERVICES',
          'Medipay Financial Services Ltd',
          "City: Ta' Xbiex | Country: Malta",
        ],
        bullets: [
          'Portfolio of 34 merchants: licensed iGaming operators and online travel agencies in Malta, Sweden, Germany, Italy and the UK',
          'Processing volume about €1.9 billion a year; net revenue on my portfolio €7.4 million in 2025',
          "Pricing and contract renewals with the merchants' CFOs, who sign the agreements, and their heads of payments",
        ],
      },
      {
        ...job(
          'MERCHANT ONBOARDING OFFICER',
          'Medipay Financial Services Ltd',
          '2018-09',
          '2021-04',
          false,
          '[ 01/09/2018 – 30/04/2021 ]',
        ),
        lines: [
          '[ 01/09/2018 – 30/04/2021 ]',
          'MERCHANT ONBOARDING OFFICER',
          'Medipay Financial Services Ltd',
          "City: Ta' Xbiex | Country: Malta",
        ],
        bullets: ['KYC/KYB files, website reviews and risk scoring for new merchants'],
      },
      {
        ...job(
          'VIP CUSTOMER SUPPORT AGENT',
          'Redstone Gaming Ltd',
          '2015-01',
          '2018-08',
          false,
          '[ 15/01/2015 – 31/08/2018 ]',
        ),
        lines: [
          '[ 15/01/2015 – 31/08/2018 ]',
          'VIP CUSTOMER SUPPORT AGENT',
          'Redstone Gaming Ltd',
          "City: St Julian's | Country: Malta",
        ],
        bullets: [
          'Chat, e-mail and phone support for high-value players in English and Italian; payment and withdrawal queries',
        ],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'VOLUNTEERING' },
      { kind: 'paragraph', text: '[ 2016 – Current ]' },
      { kind: 'paragraph', text: 'PHONE BANK VOLUNTEER – L-ISTRINA TELETHON' },
      { kind: 'paragraph', text: 'Malta Community Chest Fund – Valletta' },
    ],
    education: [
      edu(
        'bachelor',
        '[ 10/2011 – 06/2014 ] BACHELOR OF COMMERCE (HONOURS) – MANAGEMENT\nUniversity of Malta\nCity: Msida | Country: Malta | Level in EQF: EQF level 6',
        { field: 'Management', institution: 'University of Malta', startYear: 2011, endYear: 2014 },
      ),
      edu(
        'secondary',
        '[ 09/2009 – 06/2011 ] MATSEC ADVANCED MATRICULATION CERTIFICATE\nGiovanni Curmi Higher Secondary School\nCity: Naxxar | Country: Malta | Level in EQF: EQF level 4',
        { institution: 'Giovanni Curmi Higher Secondary School', startYear: 2009, endYear: 2011 },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'ICA International Certificate in Anti Money Laundering',
        '[ 2019 ] ICA International Certificate in Anti Money Laundering',
      ),
    ],
    languages: [lang('mt', 'native', ''), lang('en', 'native', ''), lang('it', 'B2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): MALTESE | ENGLISH' },
      { kind: 'paragraph', text: 'Other language(s):' },
      {
        kind: 'paragraph',
        text: 'ITALIAN\nListening C1 Reading B2 Writing B1\nSpoken production B2 Spoken interaction B2',
      },
    ],
    skills: ['Salesforce | Jira | Microsoft Excel | Power BI'],
    closing: [
      { kind: 'heading', text: 'COMMUNICATION AND INTERPERSONAL SKILLS' },
      {
        kind: 'paragraph',
        text:
          'Negotiation skills from yearly pricing rounds with merchants; at ease presenting to merchant boards and ' +
          'to our own risk committee.',
      },
      { kind: 'heading', text: 'DRIVING LICENCE' },
      { kind: 'paragraph', text: 'Driving Licence: B' },
    ],
    clientBase: { activeAccounts: 34, annualRevenueEur: 7_400_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'en-h20-13-uk-plymouth-marine-electronics-marketing-manager-no-base',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fourteen Hundred Thirteen',
    email: 'c1413.plymstock@example.net',
    phone: '07700 900413',
    contactLines: ['Plymstock, Plymouth PL9'],
    headings: {
      profile: 'Personal statement',
      work: 'Employment',
      education: 'Education',
      skills: 'Skills',
      certifications: 'Qualifications',
      languages: 'Languages',
    },
    profile: [
      'Marketing and events manager for a marine electronics distributor. I started on the internal sales desk, ' +
        'moved into marketing in 2021 and now run our boat shows, dealer newsletters and product launches. I would ' +
        'like to get back closer to customers: a channel or trade marketing role with dealers would suit me best.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Marketing & Events Manager',
        'Tamar Marine Electronics Ltd',
        '2023-04',
        null,
        false,
        'Since April 2023',
        [
          'Southampton and London boat shows and six dealer days a year; marketing budget £420k',
          'Co-op marketing with 180 dealers and chandleries (the accounts sit with the area sales team)',
          'Team of two: a designer and a marketing assistant',
        ],
        'Plymouth',
      ),
      job(
        'Marketing Executive',
        'Tamar Marine Electronics Ltd',
        '2021-02',
        '2023-03',
        false,
        'February 2021 – March 2023',
        ['Dealer newsletter, product launches, website and social media'],
        'Plymouth',
      ),
      job(
        'Internal Sales Executive',
        'Tamar Marine Electronics Ltd',
        '2018-06',
        '2021-01',
        true,
        'June 2018 – January 2021',
        [
          'Phone and e-mail sales of chartplotters, radar and autopilots to chandleries and boatyards; quotes, stock checks and add-on installation kits',
        ],
        'Plymouth',
      ),
      job(
        'Sailing Instructor',
        'Mount Batten Watersports Centre',
        '2014',
        '2017',
        false,
        'Seasons 2014 – 2017 (Easter to October)',
        ['Dinghy and powerboat courses for schools and adults, alongside my degree'],
        'Plymouth',
      ),
    ],
    education: [
      edu('bsc', 'BSc (Hons) Marketing Management – University of Plymouth, 2014 – 2017', {
        field: 'Marketing Management',
        institution: 'University of Plymouth',
        startYear: 2014,
        endYear: 2017,
      }),
      edu('secondary', 'A levels: Business, Geography, PE – Plymstock School, 2014', {
        institution: 'Plymstock School',
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('RYA Yachtmaster Offshore', 'RYA Yachtmaster Offshore (commercially endorsed), 2019')],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'B1', 'French – conversational')],
    skills: ['Event planning and logistics', 'Creative copywriting', 'Data analysis in GA4 and HubSpot', 'Team player'],
    closing: [
      { kind: 'heading', text: 'Additional information' },
      {
        kind: 'paragraph',
        text:
          'My RYA Dinghy Senior Instructor qualification lapsed in 2020. Studying for the CIM Certificate in ' +
          'Professional Marketing (exam March 2027).',
      },
    ],
    clientBase: null,
    competencies: ['analytical', 'innovation', 'teamwork'],
  },
  {
    id: 'en-h20-14-uk-sunderland-lift-maintenance-account-manager-totaljobs',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fourteen Hundred Fourteen',
    email: 'c1414.sunderland@example.com',
    phone: '0191 496 0414',
    contactLines: ['Sunderland, Tyne and Wear', 'Willing to travel: North East and Cumbria'],
    tagline: 'Account Manager – Lift Service Contracts',
    headings: {
      profile: 'Summary',
      work: 'Work history',
      education: 'Education',
      skills: 'Skills',
      certifications: 'Qualifications',
      languages: 'Languages',
    },
    profile: [
      'Account manager for a lift and escalator service company. I look after the maintenance contracts of 160 ' +
        'customers across Tyne and Wear, Durham and Northumberland, renew and upsell them, and sell modernisations ' +
        'when a lift reaches the end of its life. Ex-engineer: I can talk to the surveyor and the accountant in the ' +
        'same meeting.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Manager',
        'Northern Lift Services Ltd',
        '2021-10',
        null,
        true,
        '10/2021 – present',
        [
          '160 customers – housing associations, managing agents, hotels, retail parks and two universities – with 430 lifts under contract',
          'Service contract value on my customers about £2.2m a year (€2.5m), plus £1.6m of repairs and modernisations sold in 2025',
          'My contacts are property managers and facilities managers',
          'Company turnover £31m; 95 engineers in the North East and Yorkshire',
        ],
        'Gateshead',
      ),
      job(
        'Lift Engineer',
        'Northern Lift Services Ltd',
        '2014-03',
        '2021-09',
        false,
        '03/2014 – 09/2021',
        ['Service and breakdown engineer on a round of 110 lifts; site surveys for modernisation quotes from 2018'],
        'Gateshead',
      ),
      job(
        'Apprentice Lift Engineer',
        'Wearside Elevators Ltd',
        '2010-09',
        '2014-02',
        false,
        '09/2010 – 02/2014',
        undefined,
        'Sunderland',
      ),
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'HNC Electrical and Electronic Engineering (part-time) – Sunderland College, 2016 – 2018',
        {
          field: 'Electrical and Electronic Engineering',
          institution: 'Sunderland College',
          startYear: 2016,
          endYear: 2018,
        },
      ),
      edu('vocational', 'NVQ Level 3 in Lift and Escalator Engineering – completed with my apprenticeship, 2014', {
        field: 'Lift and Escalator Engineering',
        endYear: 2014,
      }),
      edu('lower secondary', 'GCSEs (8) – Southmoor Academy, 2010', {
        institution: 'Southmoor Academy',
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [
      named('CSCS Gold Card – Skilled Worker', 'CSCS Gold Card – Skilled Worker (valid to 2028)'),
      named('IOSH Working Safely', 'IOSH Working Safely, 2022'),
    ],
    languages: [lang('en', 'native', 'English (native)')],
    skills: [
      'Contract renewals and upselling',
      'Modernisation quotes',
      'Technical selling',
      'Well organised',
      'Relationship building',
    ],
    closing: [
      { kind: 'heading', text: 'Additional information' },
      {
        kind: 'paragraph',
        text:
          'Enrolled on the Level 4 Sales Executive apprenticeship (end-point assessment due 2027). Full UK driving ' +
          'licence.',
      },
    ],
    clientBase: { activeAccounts: 160, annualRevenueEur: 2_500_000, segment: 'regional_smb' },
    competencies: ['organisation', 'relationship_building', 'sales'],
  },
  {
    id: 'en-h20-15-ireland-athlone-electrical-wholesale-inside-sales-email',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fourteen Hundred Fifteen',
    email: 'c1415.athlone@example.org',
    phone: '087 555 1415',
    afterContact: [
      { kind: 'paragraph', text: 'Subject: Application – Sales Representative, Midlands (ref. IJ-20914)' },
      { kind: 'paragraph', text: 'Dear Ms Kenny,' },
      {
        kind: 'paragraph',
        text:
          "I saw your ad on IrishJobs and I'd like to apply. My CV is below in case the attachment doesn't open on " +
          'your side.',
      },
    ],
    headings: {
      work: "Where I've worked",
      education: 'Education',
      skills: "What I'm good at",
      certifications: 'Tickets',
      languages: 'Languages',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Inside Sales Executive', 'Shannon Electrical Wholesale', '2020-03', null, true, 'Since March 2020'),
        lines: [
          "Since March 2020 I've been an Inside Sales Executive at Shannon Electrical Wholesale in Athlone. I look " +
            'after about 90 trade accounts – electrical contractors in Westmeath, Longford, Offaly and Roscommon, ' +
            'nearly all owner-operators – quoting jobs from drawings, following up quotes and selling lighting, cable ' +
            'and switchgear by phone and at the counter. My accounts bought €2.8m from us last year.',
        ],
      },
      {
        ...job(
          'Counter Assistant',
          'Shannon Electrical Wholesale',
          '2017',
          '2020-02',
          false,
          'from 2017 until the end of February 2020',
        ),
        lines: [
          'Before that I was a Counter Assistant with the same company from 2017 until the end of February 2020, ' +
            'mostly picking orders, goods-in and invoicing for walk-in customers.',
        ],
      },
      {
        ...job('Apprentice Electrician', 'Midland Power Contractors', '2013', '2016', false, '2013 – 2016'),
        lines: [
          'Straight after school I started as an Apprentice Electrician with Midland Power Contractors (2013 – 2016), ' +
            'but I left before my final phase and spent a year in Australia on a working holiday visa (2016 – 2017).',
        ],
      },
    ],
    education: [
      edu('secondary', 'Leaving Certificate, Marist College Athlone, 2013', {
        institution: 'Marist College Athlone',
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('Safe Pass', 'Safe Pass (renewed 2024)'), named('Manual Handling', 'Manual Handling, 2023')],
    languages: [lang('en', 'native', ''), lang('ga', 'A2', '')],
    languagesText: ['English, and some basic Irish from school.'],
    skills: [
      'Quoting from drawings and schedules',
      'Friendly and persuasive on the phone',
      'Organised – I keep every quote follow-up in my calendar',
    ],
    closing: [
      {
        kind: 'paragraph',
        text: "I can start with four weeks' notice. Full clean licence and my own car.",
      },
      { kind: 'paragraph', text: 'Kind regards,' },
      { kind: 'paragraph', text: 'Candidate Fourteen Hundred Fifteen' },
    ],
    clientBase: { activeAccounts: 90, annualRevenueEur: 2_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'persuasiveness'],
  },
  {
    id: 'en-h20-16-south-africa-pretoria-office-automation-rep-bullets',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Fourteen Hundred Sixteen',
    email: 'c1416.centurion@example.com',
    phone: '+27 72 555 1416',
    contactLines: ['Centurion, Gauteng'],
    headings: {
      profile: 'Profile',
      work: 'Experience',
      education: 'Education',
      skills: 'Skills',
      certifications: 'Certificates',
      languages: 'Languages',
    },
    profile: [
      'Office automation sales rep with almost ten years around copiers, printers and managed print. I sell and ' +
        'renew rental contracts with SMEs, private schools and professional practices in Pretoria and Centurion, and ' +
        'I still enjoy a cold call.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Sales Representative',
        'Jacaranda Office Solutions',
        '2020-11',
        null,
        true,
        'Nov 2020 – current',
        [
          'Book of 150 active accounts in Pretoria and Centurion: law firms, medical practices, private schools and car dealerships',
          '420 machines on rental and service contracts on my book',
          'My accounts bring in about R1.1 million a month in rentals and clicks',
          'I deal with the business owners and, at the practices, the practice managers',
        ],
        'Pretoria',
      ),
      job(
        'Telesales Consultant',
        'Jacaranda Office Solutions',
        '2018-04',
        '2020-10',
        true,
        '04/2018 – 10/2020',
        ['Booked appointments for the field reps and sold toner, paper and service upgrades by phone'],
        'Pretoria',
      ),
      job(
        'Service Desk Agent',
        'Copytech Gauteng',
        '2017-01',
        '2018-03',
        false,
        'Jan 2017 – Mar 2018',
        ['Logged service calls and dispatched technicians'],
        'Midrand',
      ),
    ],
    education: [
      edu('short-cycle tertiary', 'Higher Certificate in Marketing – Damelin, Pretoria, 2015 – 2016', {
        field: 'Marketing',
        institution: 'Damelin',
        startYear: 2015,
        endYear: 2016,
      }),
      edu('secondary', 'National Senior Certificate (Matric) – Hoërskool Zwartkop, Centurion, 2014', {
        institution: 'Hoërskool Zwartkop',
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('Xerox Certified Sales Professional', 'Xerox Certified Sales Professional, 2021')],
    languages: [
      lang('af', 'native', 'Afrikaans – home language'),
      lang('en', 'C1', 'English – fluent'),
      lang('tn', 'A2', 'Setswana – basic'),
    ],
    skills: ['Consultative selling', 'Cold calling', 'Contract negotiation', 'Self-starter'],
    closing: [
      { kind: 'paragraph', text: 'Busy with a BCom in Marketing Management through UNISA (part-time, third year).' },
    ],
    clientBase: { activeAccounts: 150, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'negotiation', 'sales'],
  },
  {
    id: 'en-h20-17-canada-toronto-legal-software-am-linkedin-export',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Fourteen Hundred Seventeen',
    email: 'c1417.etobicoke@example.com',
    phone: '(416) 555-0117',
    contactLines: ['www.example.com/in/cand1417 (LinkedIn)'],
    tagline: 'Senior Account Manager at Clerklane Legal Software\nToronto, Ontario, Canada',
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
      'I help law firms move off spreadsheets and paper files. I manage a book of mid-size firms across Canada on ' +
        'our practice-management platform: renewals, expansions and the conversation with managing partners about ' +
        'the next three years. Before software I was a law clerk for seven years.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Senior Account Manager', 'Clerklane Legal Software', '2024-01', null, true, 'January 2024 - Present'),
        lines: [
          'Clerklane Legal Software',
          '6 years 8 months',
          'Senior Account Manager',
          'January 2024 - Present (2 years 11 months)',
          'Toronto, Ontario, Canada',
          'Book of 62 law firms (20 to 200 lawyers) from Halifax to Vancouver, about CAD 4.8M in ARR. Renewals and ' +
            'expansions are signed by managing partners and firm COOs.',
        ],
      },
      {
        ...job('Account Manager', 'Clerklane Legal Software', '2020-04', '2023-12', true, 'April 2020 - December 2023'),
        lines: [
          'Account Manager',
          'April 2020 - December 2023 (3 years 9 months)',
          'Toronto, Ontario, Canada',
          'Ontario firms under 20 lawyers: about 140 accounts, mostly renewals and add-on modules.',
        ],
      },
      {
        ...job('Law Clerk', 'Bay Street Litigation LLP', '2012-09', '2020-03', false, 'September 2012 - March 2020'),
        lines: [
          'Bay Street Litigation LLP',
          'Law Clerk',
          'September 2012 - March 2020 (7 years 7 months)',
          'Toronto, Ontario, Canada',
        ],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Page 1 of 2' }],
    education: [
      edu('associate', 'Humber College\nOntario College Diploma, Law Clerk · (2010 - 2012)', {
        field: 'Law Clerk',
        institution: 'Humber College',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('ba', 'York University\nBachelor of Arts - BA, History · (2006 - 2010)', {
        field: 'History',
        institution: 'York University',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [named('Salesforce Certified Associate')],
    languages: [
      lang('en', 'native', 'English (Native or Bilingual)'),
      lang('pt', 'C1', 'Portuguese (Full Professional)'),
      lang('fr', 'A2', 'French (Elementary)'),
    ],
    skills: ['Account Management', 'Legal Technology', 'Contract Negotiation'],
    clientBase: { activeAccounts: 62, segment: 'national', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'en-h20-18-us-baltimore-corporate-relocation-am-labelled',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fourteen Hundred Eighteen',
    email: 'c1418.towson@example.net',
    phone: '(410) 555-0118',
    contactLines: ['Towson, MD 21204'],
    headings: {
      profile: 'Professional Summary',
      work: 'Professional Experience',
      education: 'Education',
      skills: 'Core Skills',
      certifications: 'Certifications',
      languages: 'Languages',
    },
    profile: [
      'Account manager in corporate relocation. I manage the relationship with companies that move their people ' +
        'across the country and abroad: policy design, supplier networks and the quarterly review with the HR ' +
        'leaders who decide what their transferees get. Peace Corps volunteer, then eleven years in moving and ' +
        'relocation.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Dates', title: 'Title', employer: 'Company', duties: 'Responsibilities' },
    jobs: [
      job(
        'Account Manager, Corporate Relocation',
        'Chesapeake Relocation Group',
        '2021-06',
        null,
        true,
        '1 June 2021 – present',
        [
          '34 corporate clients across the US: manufacturers, hospital systems, engineering and consulting firms',
          'About 900 transferee moves a year; revenue billed on my accounts around $11M',
          'Quarterly reviews and policy renewals with HR directors and heads of talent mobility, who choose the relocation provider',
          'Work with a team of six move consultants who handle the day-to-day',
        ],
        'Baltimore, MD',
      ),
      job(
        'Relocation Consultant',
        'Chesapeake Relocation Group',
        '2018-03',
        '2021-05',
        false,
        'March 2018 – May 2021',
        ['Managed about 150 transferees a year from offer letter to settling in'],
        'Baltimore, MD',
      ),
      job(
        'Move Coordinator',
        'Harbor City Movers',
        '2015-08',
        '2018-02',
        false,
        'August 2015 – February 2018',
        ['Surveys, crews and schedules for household and office moves'],
        'Baltimore, MD',
      ),
      job(
        'Sales Associate',
        'Trailside Outfitters',
        '2014-10',
        '2015-07',
        true,
        'October 2014 – July 2015',
        ['Part-time on the shop floor, selling camping and climbing gear'],
        'Towson, MD',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Service' },
      {
        kind: 'paragraph',
        text: 'Peace Corps Volunteer, Community Economic Development – Caazapá, Paraguay, 2012 – 2014',
      },
    ],
    education: [
      edu('ba', 'B.A., International Studies – Towson University, 2012', {
        field: 'International Studies',
        institution: 'Towson University',
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [
      named('Certified Relocation Professional (CRP)', 'Certified Relocation Professional (CRP), Worldwide ERC, 2020'),
    ],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('es', 'C1', 'Spanish – fluent'),
      lang('gn', 'B1', 'Guaraní – conversational'),
    ],
    skills: [
      'Relationship management',
      'Vendor negotiation',
      'Data analysis (Excel, Tableau)',
      'Presenting to HR leadership',
    ],
    closing: [
      {
        kind: 'paragraph',
        text: 'Working toward the Global Mobility Specialist (GMS) designation; exam booked for February 2027.',
      },
    ],
    clientBase: { activeAccounts: 34, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h20-19-greek-thessaloniki-aluminium-systems-kam-balkans',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Fourteen Hundred Nineteen',
    email: 'c1419.kalamaria@example.org',
    phone: '+30 694 555 1419',
    contactLines: ['Kalamaria, Thessaloniki, Greece', 'Date of birth: 03/02/1982'],
    tagline: 'Key Account Manager – Architectural Aluminium Systems',
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Work Experience',
      education: 'Education',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Key account manager for an aluminium extrusion company in northern Greece, selling window, door and façade ' +
        'systems to fabricators in Greece, Bulgaria, North Macedonia, Serbia and Romania. Civil engineer by ' +
        "training: my first years were on site, which helps when a fabricator's problem is really a design problem.",
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Key Account Manager – Balkans',
        'Axios Aluminium Systems S.A.',
        '2019-09',
        null,
        true,
        '09/2019 – present',
        [
          '22 key accounts: the largest window and façade fabricators in Bulgaria, North Macedonia, Serbia, Romania and northern Greece',
          'Sales to my accounts €13.5 million in 2025 (about 2,900 tonnes)',
          'Annual agreements with the owners and purchasing directors of the fabricators, who decide on the system supplier',
          'Company turnover €240 million; four extrusion presses',
        ],
        'Sindos, Thessaloniki',
      ),
      job(
        'Technical Sales Engineer',
        'Axios Aluminium Systems S.A.',
        '2014-03',
        '2019-08',
        true,
        '03/2014 – 08/2019',
        ['Technical support and sales of window and façade systems to fabricators and architects in northern Greece'],
        'Sindos, Thessaloniki',
      ),
      job(
        'Site Engineer',
        'Thermaikos Construction S.A.',
        '2007-10',
        '2013-12',
        false,
        '10/2007 – 12/2013',
        ['Residential and hotel projects in Thessaloniki and Halkidiki'],
        'Thessaloniki',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Military service' },
      { kind: 'paragraph', text: 'Hellenic Army, conscript (engineering corps), 2006 – 2007' },
    ],
    education: [
      edu(
        'master',
        'Diploma in Civil Engineering (integrated five-year programme, EQF 7) – Aristotle University of Thessaloniki, 2000 – 2005',
        {
          field: 'Civil Engineering',
          institution: 'Aristotle University of Thessaloniki',
          startYear: 2000,
          endYear: 2005,
        },
      ),
      edu('mba', 'MBA (part-time) – University of Macedonia, Thessaloniki, 2016 – 2018', {
        institution: 'University of Macedonia',
        startYear: 2016,
        endYear: 2018,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('el', 'native', 'Greek – native'),
      lang('en', 'C2', 'English – C2 (Cambridge Proficiency)'),
      lang('bg', 'B1', 'Bulgarian – B1'),
      lang('de', 'A2', 'German – A2'),
    ],
    skills: ['Technical selling', 'Negotiation', 'AutoCAD and LogiKal', 'Analytical'],
    clientBase: { activeAccounts: 22, annualRevenueEur: 13_500_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales'],
  },
  {
    id: 'en-h20-20-uk-stoke-tableware-kam-hotel-groups-uk-ireland',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fourteen Hundred Twenty',
    email: 'c1420.stone@example.com',
    phone: '+44 7700 900420',
    contactLines: ['Stone, Staffordshire'],
    headings: {
      profile: 'Profile',
      work: 'Career',
      education: 'Education',
      courses: 'Training',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Key account manager for a Stoke-on-Trent tableware maker. I sell hotel and restaurant china, glass and ' +
        'cutlery to hotel groups and contract caterers in the UK and Ireland, and look after our hospitality ' +
        'distributors in both countries. Twenty years in the Potteries, starting on the decorating line.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Key Account Manager – Hospitality',
        'Trentham Fine China Ltd',
        '2019-01',
        null,
        true,
        'Jan 2019 – to date',
        [
          '12 key accounts: six hotel groups, three contract caterers and three hospitality distributors in the UK and Ireland',
          'Sales to my accounts about £6.8m in 2025 (approx. €7.9m)',
          "Annual range and price agreements with the groups' heads of procurement, who award the supply contract",
          'Until 2022 I also ran about 40 independent restaurants; they now buy through our distributors',
        ],
        'Stoke-on-Trent',
      ),
      job(
        'Area Sales Manager – Midlands & North',
        'Trentham Fine China Ltd',
        '2013-06',
        '2018-12',
        true,
        'June 2013 – December 2018',
        ['About 60 independent restaurants, pubs and hotels between Birmingham and Leeds'],
        'Stoke-on-Trent',
      ),
      job(
        'Customer Services Team Leader',
        'Trentham Fine China Ltd',
        '2009-09',
        '2013-05',
        false,
        'Sept 2009 – May 2013',
        ['Order desk for UK hospitality customers; team of five'],
        'Stoke-on-Trent',
      ),
      job(
        'Lithographic Decorator',
        'Burslem Pottery Co.',
        '2005',
        '2009',
        false,
        '2005 – 2009',
        ['Applying transfers and gold lines on hotel and giftware ranges'],
        'Burslem',
      ),
    ],
    education: [
      edu('upper secondary', 'BTEC National Diploma in Art & Design – Stoke-on-Trent College, 2003 – 2005', {
        field: 'Art & Design',
        institution: 'Stoke-on-Trent College',
        startYear: 2003,
        endYear: 2005,
      }),
      edu('lower secondary', "GCSEs – St Joseph's College, Trent Vale, 2003", {
        institution: "St Joseph's College",
        endYear: 2003,
      }),
    ],
    courses: [named('Key Account Management', 'Key Account Management (Cranfield School of Management, 3 days), 2020')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'A2', 'Spanish – basic')],
    skills: [
      'Key account planning',
      'Tender responses',
      'Negotiation with procurement teams',
      'Creative table-top presentations',
      'Resilient',
    ],
    closing: [
      { kind: 'heading', text: 'Interests' },
      { kind: 'paragraph', text: 'Evening pottery class; Port Vale season ticket holder.' },
    ],
    clientBase: { activeAccounts: 12, annualRevenueEur: 7_900_000, segment: 'international', decisionMakers: true },
    competencies: ['innovation', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'en-h20-21-wales-wrexham-snacks-sales-support-coordinator-no-base',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Fourteen Hundred Twenty-One',
    email: 'c1421.wrexham@example.net',
    phone: '07700 900421',
    contactLines: ['Rhosllanerchrugog, Wrexham'],
    headings: {
      profile: 'About me',
      work: 'Employment',
      education: 'Education',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Sales support coordinator at a crisps and snacks manufacturer: orders, promotions and delivery queries for ' +
        'the national account managers. I like being the person who knows where every order is, and I would like ' +
        'to take the next step into an internal account management role.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Sales Support Coordinator', 'Clwyd Snacks Ltd', '2022-02', null, false, '02/2022 – present', [
        'Order processing and EDI checks for four grocery retailers and two wholesalers looked after by our national account managers',
        'Promotions calendar, deduction claims and forecast uploads; our lines are in about 2,100 stores',
        'Supporting a sales team of five',
        'Maternity leave March – December 2024',
      ]),
      job('Customer Service Advisor', 'Dee Valley Distribution', '2019-08', '2022-01', false, '08/2019 – 01/2022', [
        'Delivery bookings, proof-of-delivery queries and claims for 40 retail customers',
      ]),
      job('Customer Assistant', 'Homeway Stores', '2017-06', '2019-07', false, '06/2017 – 07/2019', [
        'Tills, stock and click-and-collect, part-time while at college',
      ]),
    ],
    education: [
      edu(
        'secondary',
        'A levels: Business (B), English Literature (C), Welsh (C) – Coleg Cambria, Wrexham, 2017 – 2019',
        {
          institution: 'Coleg Cambria',
          startYear: 2017,
          endYear: 2019,
        },
      ),
      edu('lower secondary', 'GCSEs (9) – Ysgol Morgan Llwyd, 2017', {
        institution: 'Ysgol Morgan Llwyd',
        endYear: 2017,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('cy', 'native', ''), lang('en', 'native', '')],
    languagesText: ['Welsh and English – bilingual (Welsh-medium school)'],
    skills: [
      'SAP order entry',
      'EDI and retailer portals',
      'Organised and calm with deadlines',
      'Team player',
      'Customer-centric',
    ],
    clientBase: null,
    competencies: ['customer_focus', 'organisation', 'teamwork'],
  },
  {
    id: 'en-h20-22-nz-dunedin-graduate-bdr-tourism-software-no-base',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Fourteen Hundred Twenty-Two',
    email: 'c1422.dunedin@example.com',
    phone: '027 555 1422',
    contactLines: ['North East Valley, Dunedin'],
    headings: {
      profile: 'Profile',
      work: 'Experience',
      education: 'Education',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Commerce graduate in my first sales job. I book demos of our booking software with tour and activity ' +
        'operators around New Zealand and Australia; the account executives take over after the demo, so I have no ' +
        'accounts of my own yet. Keen to move into a closing role in 2027.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Business Development Representative',
        'Tripwell Software',
        '2025-11',
        null,
        true,
        'Nov 2025 – present',
        [
          '60 to 80 calls a day to tour, activity and accommodation operators in New Zealand and Australia',
          'Booked 214 qualified demos in my first ten months, NZ$1.3M of pipeline for the account executives',
          'Target of 20 demos a month',
        ],
        'Dunedin',
      ),
      job(
        'Marketing Intern',
        'Dunedin Tourism Partners',
        '2024-12',
        '2025-02',
        false,
        'Dec 2024 – Feb 2025',
        ['Summer internship: social media calendar and a visitor survey with 600 responses'],
        'Dunedin',
      ),
      job(
        'Sales Assistant',
        'Southern Alps Outdoor',
        '2022',
        '2025',
        true,
        'Saturdays, 2022 – 2025',
        ['Sold tramping boots, packs and layers; top weekend seller in winter 2024'],
        'Dunedin',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Other' },
      {
        kind: 'bullets',
        items: [
          'Student ambassador, University of Otago Business School (2023 – 2024)',
          'Volunteer, Otago Peninsula penguin monitoring (summers)',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Bachelor of Commerce (Marketing and Tourism) – University of Otago, 2022 – 2025', {
        field: 'Marketing and Tourism',
        institution: 'University of Otago',
        startYear: 2022,
        endYear: 2025,
      }),
      edu('secondary', "NCEA Level 3 with Merit – Otago Girls' High School, 2021", {
        institution: "Otago Girls' High School",
        endYear: 2021,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('en', 'native', 'English (first language)'),
      lang('ja', 'B1', 'Japanese – intermediate (JLPT N3)'),
    ],
    skills: ['Cold calling', 'HubSpot CRM', 'Resilient', 'Proactive'],
    clientBase: null,
    competencies: ['initiative', 'stress_resistance'],
  },
  {
    id: 'en-h20-23-australia-sydney-corporate-super-rm-canva',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Fourteen Hundred Twenty-Three',
    email: 'c1423.parramatta@example.net',
    phone: '(02) 5550 1423',
    contactLines: ['Parramatta NSW 2150'],
    tagline: 'RELATIONSHIP MANAGER – CORPORATE SUPERANNUATION',
    headings: {
      contact: 'CONTACT',
      profile: 'PROFILE',
      work: 'EXPERIENCE',
      education: 'EDUCATION',
      skills: 'STRENGTHS',
      certifications: 'ACCREDITATIONS',
      languages: 'LANGUAGES',
    },
    profile: [
      'Relationship manager at an industry super fund. I look after large employers that use our fund as their ' +
        'default: retention, member education and the annual review with the HR and finance leaders who choose the ' +
        'default fund. Currently studying for a Graduate Diploma of Financial Planning (part-time, finishing 2027).',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Relationship Manager – Employer Partnerships',
        'Harbourside Super',
        '2021-08',
        null,
        true,
        'Aug 2021 – Present',
        [
          '64 employer clients across Australia, each with 250+ employees; about 38,000 members between them',
          'Those members hold around A$2.9bn in the fund',
          'Annual reviews with HR directors and CFOs, who decide the default fund for new staff',
          'Won 9 new employers in 2025',
        ],
        'Sydney',
      ),
      job(
        'Member Education Specialist',
        'Harbourside Super',
        '2019-02',
        '2021-07',
        false,
        'Feb 2019 – Jul 2021',
        ['Super seminars and one-on-one sessions at employer sites; no clients of my own'],
        'Sydney',
      ),
      job(
        'Customer Service Officer',
        'Western Districts Credit Union',
        '2014-01',
        '2019-01',
        false,
        'Jan 2014 – Jan 2019',
        ['Branch and phone service for members; parental leave Mar – Sep 2017'],
        'Parramatta',
      ),
    ],
    education: [
      edu('bachelor', 'Bachelor of Business (Finance) – Western Sydney University, 2010 – 2013', {
        field: 'Finance',
        institution: 'Western Sydney University',
        startYear: 2010,
        endYear: 2013,
      }),
      edu('secondary', 'Higher School Certificate (HSC) – Parramatta High School, 2009', {
        institution: 'Parramatta High School',
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [named('RG146 Superannuation (Tier 1)', 'RG146 Superannuation (Tier 1), 2019')],
    languages: [lang('en', 'native', 'English – native'), lang('vi', 'native', 'Vietnamese – native (spoken at home)')],
    skills: ['Relationship building', 'Presenting to large groups', 'Financial acumen', 'Diplomatic'],
    clientBase: { activeAccounts: 64, segment: 'national', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'en-h20-24-us-kansas-city-vending-micro-market-am-table',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Fourteen Hundred Twenty-Four',
    email: 'cand1424.olathe@example.org',
    phone: '913-555-0124',
    contactLines: ['Olathe, KS 66061'],
    headings: {
      profile: 'Summary',
      work: 'Experience',
      workTable: ['Company', 'Dates', 'Position'],
      education: 'Education',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Account manager for a vending, micro-market and office coffee operator in the Kansas City metro. Eleven years ' +
        'in the business, from route driver to account manager; I know what a broken machine on a night shift does ' +
        'to a client.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'period', 'title'],
    jobs: [
      job('Account Manager', 'Heartland Refreshment Services', '2022', null, true, 'Q2 2022 – present', [
        '48 client companies on both sides of the state line – warehouses, hospitals, plants and offices – with 135 vending and micro-market locations between them',
        'Renewals, new placements and commission negotiations with HR and facilities managers',
        'Account revenue about $3.4M a year',
        'The company runs 60 routes and 1,900 machines',
      ]),
      job('Route Supervisor', 'Heartland Refreshment Services', '2018', '2022', false, '2018 – Q1 2022', [
        'Supervised 9 route drivers; route planning and cash reconciliation',
      ]),
      job('Route Driver', 'Heartland Refreshment Services', '2015-06', '2017-12', false, 'June 2015 – Dec 2017', [
        'Filled and serviced about 70 machines a week on the Lenexa route',
      ]),
    ],
    education: [
      edu(
        'associate',
        'Associate of Applied Science, Business Management – Johnson County Community College, 2013 – 2015',
        {
          field: 'Business Management',
          institution: 'Johnson County Community College',
          startYear: 2013,
          endYear: 2015,
        },
      ),
      edu('high school', 'High school diploma – Olathe North High School, 2013', {
        institution: 'Olathe North High School',
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English (native)'), lang('es', 'A2', 'Spanish (basic)')],
    skills: ['Account retention', 'Planogram and product mix analysis', 'Commission negotiations', 'Team player'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Class A CDL, not renewed since 2022. ServSafe Food Handler certificate expired in 2023.',
      },
    ],
    clientBase: { activeAccounts: 48, segment: 'regional_smb' },
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'en-h20-25-scotland-paisley-motors-drives-35-years-terse',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fourteen Hundred Twenty-Five',
    email: 'c1425.paisley@example.com',
    phone: '0141 496 0425',
    contactLines: ['Paisley, Renfrewshire'],
    headings: {
      work: 'Employment',
      education: 'Education',
      skills: 'Skills',
      certifications: 'Tickets',
      languages: 'Languages',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Sales Engineer', 'Clyde Drives & Controls Ltd', '2011', null, true, '2011 – now'),
        lines: ['2011 – now      Sales Engineer, Clyde Drives & Controls Ltd, Hillington'],
        bullets: [
          'Motors, drives and gearboxes to around 60 OEMs, distilleries and process plants across Scotland',
          'Roughly £5m a year through my accounts',
          'Mostly dealing with maintenance and engineering managers',
        ],
      },
      {
        ...job('Internal Sales Engineer', 'Clyde Drives & Controls Ltd', '2004', '2011', true, '2004 – 2011'),
        lines: ['2004 – 2011      Internal Sales Engineer, same company'],
        bullets: ['Quotes, drive selection and phone sales to the trade'],
      },
      {
        ...job('Service Engineer', 'Renfrew Electrical Repairs Ltd', '1997', '2004', false, '1997 – 2004'),
        lines: ['1997 – 2004      Service Engineer, Renfrew Electrical Repairs Ltd'],
      },
      {
        ...job('Electrical Fitter', 'Inchinnan Engineering', '1991', '1997', false, '1991 – 1997'),
        lines: ['1991 – 1997      Apprentice, then Electrical Fitter, Inchinnan Engineering'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Secretary of Renfrewshire Model Engineering Society since 2015.' }],
    education: [
      edu('short-cycle tertiary', 'HNC Electrical Engineering, Reid Kerr College, Paisley, 1994 – 1996', {
        field: 'Electrical Engineering',
        institution: 'Reid Kerr College',
        startYear: 1994,
        endYear: 1996,
      }),
      edu('vocational', 'SVQ Level 3 Electrical Installation, 1995', {
        field: 'Electrical Installation',
        endYear: 1995,
      }),
      edu('lower secondary', 'Standard Grades, Castlehead High School, 1991', {
        institution: 'Castlehead High School',
        endYear: 1991,
      }),
    ],
    courses: [],
    certifications: [
      named('18th Edition Wiring Regulations (BS 7671)', '18th Edition Wiring Regulations (BS 7671), 2019'),
      named('IOSH Managing Safely', 'IOSH Managing Safely, 2018'),
    ],
    languages: [lang('en', 'native', 'English')],
    skills: ['Technical selling', 'Drive sizing and energy surveys', 'Negotiating framework agreements'],
    clientBase: { activeAccounts: 60, segment: 'national' },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'en-h20-26-portuguese-cork-stoppers-kam-wineries-labelled',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Fourteen Hundred Twenty-Six',
    email: 'c1426.feira@example.org',
    phone: '+351 912 555 426',
    contactLines: ['Santa Maria da Feira, Portugal'],
    tagline: 'Key Account Manager – Wine Closures',
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Professional Experience',
      education: 'Education',
      skills: 'Skills',
      certifications: 'Certifications',
      languages: 'Languages',
    },
    profile: [
      'Key account manager for a cork stopper producer in Santa Maria da Feira. I sell natural and technical corks ' +
        'to wineries in France, Italy and Spain, and coordinate our agents in Chile and South Africa. I started in ' +
        'the quality lab, so TCA results and bottling problems are a conversation I enjoy.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Period', title: 'Position', employer: 'Company', duties: 'What I do' },
    jobs: [
      job(
        'Key Account Manager – Export',
        'Corticeira Vale do Uíma, S.A.',
        '2018-03',
        null,
        true,
        'Since March 2018',
        [
          '40 wineries and wine groups in France, Italy and Spain, from family estates to cooperatives',
          'sales to my accounts €9.6 million in 2025 (about 85 million stoppers)',
          'yearly price and volume agreements with winery owners and technical directors, who choose the closure',
          'our agents in Chile and South Africa report to me',
        ],
        'Santa Maria da Feira',
      ),
      job(
        'Customer Service Specialist – Export',
        'Corticeira Vale do Uíma, S.A.',
        '2013-09',
        '2018-02',
        false,
        'September 2013 – February 2018',
        ['orders, samples and shipping for French and Italian customers'],
        'Santa Maria da Feira',
      ),
      job(
        'Quality Laboratory Technician',
        'Corticeira Vale do Uíma, S.A.',
        '2010-10',
        '2013-08',
        false,
        'October 2010 – August 2013',
        ['TCA and moisture testing; bottling trials at customer wineries'],
        'Santa Maria da Feira',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Erasmus' },
      { kind: 'paragraph', text: 'Erasmus semester at the Université de Bordeaux (wine chemistry), spring 2009' },
    ],
    education: [
      edu('bachelor', 'Licenciatura (Bologna, 3 years) in Biochemistry – Universidade de Aveiro, 2007 – 2010', {
        field: 'Biochemistry',
        institution: 'Universidade de Aveiro',
        startYear: 2007,
        endYear: 2010,
      }),
      edu(
        'secondary',
        'Ensino Secundário (Sciences and Technology) – Escola Secundária de Santa Maria da Feira, 2007',
        { institution: 'Escola Secundária de Santa Maria da Feira', endYear: 2007 },
      ),
    ],
    courses: [],
    certifications: [named('WSET Level 3 Award in Wines', 'WSET Level 3 Award in Wines, 2021')],
    languages: [
      lang('pt', 'native', 'Portuguese – native'),
      lang('fr', 'C1', 'French – C1'),
      lang('en', 'C1', 'English – C1'),
      lang('es', 'B2', 'Spanish – B2'),
      lang('it', 'B1', 'Italian – B1'),
    ],
    skills: ['Negotiation', 'Technical selling', 'Communication skills in five languages', 'Time management'],
    closing: [{ kind: 'paragraph', text: 'WSET Diploma in Wines – in progress (unit 3 exam in June 2027).' }],
    clientBase: { activeAccounts: 40, annualRevenueEur: 9_600_000, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'negotiation', 'organisation', 'sales'],
  },
];

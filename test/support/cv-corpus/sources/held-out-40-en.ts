import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The fortieth held-out set's English CVs: ordinary CVs from yet other people and trades, as people write them in
 * 2026 in England, Scotland, Wales, Northern Ireland, Ireland, the US, Canada, Australia and New Zealand, written
 * without reading the reader. Trades no earlier English set used: printing inks, garage doors, de-icing salt, car
 * wash equipment, trophies and medals, ice cream, golf carts, hot tubs, forklift batteries, mobility scooters, kayaks
 * and canoes, photo booths, fireworks, awnings, skip hire, wallpaper, commercial blinds, school photography,
 * sunscreen, fishing tackle, tarpaulins and truck covers, seaweed products, mushrooms, artificial grass, modular
 * cabin hire and safety footwear. About two thirds hold sales jobs (account and key account managers, field, agency
 * and inside sellers); the rest work next to sales (order coordinators, service and hire desks, an estimator, a
 * sales administrator) and have never sold. Careers run from a college leaver a year into inside sales to forty years
 * in fishing tackle; two Europass CVs and two LinkedIn profile exports among them.
 */
export const HELD_OUT_40_EN: CvSource[] = [
  {
    id: 'en-h40-01-england-leeds-ink-technician-to-printing-inks-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Four Hundred One',
    email: 'inks.leeds4001@example.com',
    phone: '07841 400 101',
    contactLines: ['Rothwell, Leeds LS26'],
    headings: { profile: 'Personal statement', work: 'Work history', skills: 'Skills' },
    profile: [
      'Printer by trade, ink man by choice. I served my time on litho presses, spent five years matching colours in ' +
        'an ink lab and have sold inks, coatings and pressroom chemicals since 2016. Today I look after 85 printers ' +
        'across Yorkshire and the Humber and Lincolnshire – general commercial printers, label printers and two ' +
        'carton plants. The owners and production managers choose the ink supplier, and they are the people I deal ' +
        'with. My accounts bought £2.4m from us in 2025.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Manager', 'Calder Print Consumables Ltd', '2020-02', null, true, 'Feb 2020 – present', [
          'Own patch of 85 accounts; weekly visits to the bigger ones, press-side trials of new ink series',
          'Won the ink contracts of two label printers from a national supplier in 2023',
          'Annual price reviews and stock agreements with owners and production managers',
        ]),
        lines: ['Account Manager', 'Calder Print Consumables Ltd, Leeds · Feb 2020 – present'],
      },
      {
        ...job(
          'Technical Sales Representative',
          'Pennine Inks Ltd',
          '2016-06',
          '2020-01',
          true,
          'Jun 2016 – Jan 2020',
          [
            'Sold the company’s litho and UV ink ranges to printers in West and South Yorkshire',
            'Press-side problem solving: drying, set-off, colour drift',
          ],
        ),
        lines: ['Technical Sales Representative', 'Pennine Inks Ltd, Bradford · Jun 2016 – Jan 2020'],
      },
      {
        ...job('Ink Technician', 'Pennine Inks Ltd', '2011-03', '2016-05', false, 'Mar 2011 – May 2016', [
          'Colour matching to Pantone and customer samples, batch quality control, spectrophotometer reports',
        ]),
        lines: ['Ink Technician', 'Pennine Inks Ltd, Bradford · Mar 2011 – May 2016'],
      },
      {
        ...job('Litho Printer', 'Aire Valley Printers', '2004-09', '2011-02', false, 'Sept 2004 – Feb 2011', [
          'Apprentice, then minder on a four-colour Heidelberg; leaflets, brochures and forms',
        ]),
        lines: ['Litho Printer', 'Aire Valley Printers, Castleford · Sept 2004 – Feb 2011'],
      },
    ],
    education: [
      edu('vocational', 'City & Guilds Level 3 in Printing (apprenticeship) – Leeds Northern College, 2007', {
        field: 'Printing',
        institution: 'Leeds Northern College',
        endYear: 2007,
      }),
      edu('lower secondary', 'GCSEs (8, including English and Maths) – Oulton Park High School, 2004', {
        institution: 'Oulton Park High School',
        endYear: 2004,
      }),
    ],
    courses: [
      named('Colour management and spectrophotometry', 'Colour management and spectrophotometry – 2013'),
      named('Selling technical products', 'Selling technical products (two days) – 2017'),
    ],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('de', 'A2', 'German – basic')],
    skills: [
      'Negotiation with owners and buyers',
      'Relationship building – I know most of my printers’ press crews by name',
      'Organised: visits planned by area, Tuesday to Thursday on the road',
      'Colour matching and press trials',
    ],
    closing: [
      { kind: 'heading', text: 'Interests' },
      { kind: 'paragraph', text: 'Rugby league (Castleford season ticket), fell walking, allotment.' },
    ],
    clientBase: { activeAccounts: 85, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h40-02-canada-winnipeg-door-installer-to-garage-doors-territory-sales',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Four Hundred Two',
    email: 'doors.winnipeg4002@example.com',
    phone: '(204) 555-0142',
    contactLines: ['Transcona, Winnipeg, MB R2C'],
    headings: {
      profile: 'Summary',
      work: 'Work Experience',
      education: 'Education',
      skills: 'Skills',
      workTable: ['Dates', 'Company', 'Position'],
    },
    profile: [
      'Territory sales rep for residential and commercial overhead doors, with 16 years in the door business – four ' +
        'installing, five servicing and the last seven selling. My territory is southern Manitoba and northwestern ' +
        'Ontario: 120 dealer, installer and home builder accounts. The dealers are small family shops, and the ' +
        'owners decide which door line they carry.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Territory Sales Representative',
        'Red River Overhead Doors Ltd.',
        '2019-05',
        null,
        true,
        'May 2019 – Present',
        [
          '120 dealer, installer and builder accounts from Brandon to Kenora',
          'Dealer training days, showroom displays and spring promotions',
          'Quotes for commercial sectional doors and loading dock equipment from drawings',
        ],
      ),
      job('Service Technician', 'Red River Overhead Doors Ltd.', '2014-08', '2019-04', false, 'Aug 2014 – Apr 2019', [
        'Springs, openers and commercial door repairs; on call one week in four',
      ]),
      job('Installer', 'Assiniboine Door & Gate', '2010-04', '2014-07', false, 'Apr 2010 – Jul 2014'),
      job('Counter Sales Associate', 'Prairie Building Centre', '2008', '2010', true, '2008 – 2010'),
    ],
    education: [
      edu('vocational', 'Carpentry Certificate – Prairie Trades College, Winnipeg, 2009', {
        field: 'Carpentry',
        institution: 'Prairie Trades College',
        endYear: 2009,
      }),
      edu('high school', 'High School Diploma – North Kildonan Collegiate, 2008', {
        institution: 'North Kildonan Collegiate',
        endYear: 2008,
      }),
    ],
    courses: [named('Loading dock equipment sales course', 'Loading dock equipment sales course, 2021')],
    certifications: [
      named('IDEA Certified Door Systems Technician', 'IDEA Certified Door Systems Technician (certified 2016)'),
    ],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('tl', 'B1', 'Tagalog – conversational (at home with my parents)'),
    ],
    skills: [
      'Customer focus – dealers get an answer the same day',
      'Team player with our installers and service crews',
      'Commercial drive: 31 new dealer accounts since 2019',
      'Reading plans and door schedules',
    ],
    closing: [{ kind: 'paragraph', text: 'Class 5 driver’s licence. References available on request.' }],
    clientBase: { activeAccounts: 120, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'entrepreneurship', 'teamwork'],
  },
  {
    id: 'en-h40-03-scotland-perth-farm-worker-to-de-icing-salt-key-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Four Hundred Three',
    email: 'salt.perth4003@example.net',
    phone: '07962 400303',
    contactLines: ['Scone, Perthshire PH2'],
    headings: { profile: 'Profile', work: 'Career', education: 'Education', courses: 'Training', skills: 'Skills' },
    profile: [
      'Key account manager for winter road salt and de-icers. After a start on farms and seven years selling feed ' +
        'and fertiliser, I moved to salt in 2008. I now hold 24 of Scotland’s 32 councils and around 40 private ' +
        'accounts – trunk road operating companies, hospital and supermarket facilities contractors – 64 accounts ' +
        'from the Borders to Shetland. My contacts are the roads managers and procurement teams who award the ' +
        'winter contracts.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Key Account Manager – Public Sector',
          'Strathearn Salt & Minerals Ltd',
          '2015-10',
          null,
          true,
          'October 2015 to date',
          [
            'Framework tenders, call-off contracts and stock-holding agreements with councils',
            'Winter readiness meetings every September; restocking calls through the season',
            'Kept all 24 councils through the 2022 and 2025 retenders',
          ],
        ),
        lines: ['October 2015 to date – Key Account Manager – Public Sector, Strathearn Salt & Minerals Ltd, Perth'],
      },
      {
        ...job(
          'Area Sales Manager',
          'Strathearn Salt & Minerals Ltd',
          '2008-03',
          '2015-09',
          true,
          'March 2008 to September 2015',
          ['Private sector accounts in Tayside, Fife and the North East: estates, retail parks, haulage yards'],
        ),
        lines: ['March 2008 to September 2015 – Area Sales Manager, Strathearn Salt & Minerals Ltd, Perth'],
      },
      {
        ...job('Sales Representative', 'Carse Agricultural Supplies', '2001', '2008', true, '2001 to 2008', [
          'Feed, seed and fertiliser to farms in Perthshire and Angus',
        ]),
        lines: ['2001 to 2008 – Sales Representative, Carse Agricultural Supplies, Errol'],
      },
      {
        ...job('Farm Worker', 'Balnagowan Farm', '1996', '2001', false, '1996 to 2001'),
        lines: ['1996 to 2001 – Farm Worker, Balnagowan Farm, Blairgowrie'],
      },
    ],
    education: [
      edu('short-cycle tertiary', 'HNC Agriculture – Ochil Rural College, 2000 (part-time)', {
        field: 'Agriculture',
        institution: 'Ochil Rural College',
        endYear: 2000,
      }),
      edu('secondary', 'Highers (English, Maths, Geography) – Kinnoull High School, 1996', {
        institution: 'Kinnoull High School',
        endYear: 1996,
      }),
    ],
    courses: [
      named('Winter service planning', 'Winter service planning (Lantra), 2018'),
      named('Public procurement for suppliers', 'Public procurement for suppliers, 2016'),
    ],
    certifications: [],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Negotiation of framework and call-off contracts',
      'Resilient – winter is when the phone never stops',
      'Communication skills with councils, contractors and hauliers',
      'Stock planning with our depots in Perth, Irvine and Inverness',
    ],
    clientBase: { activeAccounts: 64, segment: 'national', decisionMakers: true },
    competencies: ['communication', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'en-h40-04-us-columbus-ohio-car-wash-equipment-regional-sales-linkedin-export',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Four Hundred Four',
    email: 'carwash.columbus4004@example.com',
    phone: '614-555-0144',
    contactLines: ['www.example.com/in/cand4004 (LinkedIn)'],
    tagline: 'Regional Sales Manager at Buckeye Wash Systems\nColumbus, Ohio, United States',
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
      'I sell tunnel and in-bay automatic car wash systems, chemistry and service plans to about 60 operators across ' +
        'Ohio, Indiana and Kentucky – mostly family-owned sites plus two regional chains. The owners make the call ' +
        'on a new tunnel, so I spend a lot of time on their lots with a calculator. Before sales I fixed these ' +
        'machines for three and a half years.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Regional Sales Manager',
          'Buckeye Wash Systems',
          '2021-04',
          null,
          true,
          'April 2021 - Present (5 years 8 months)',
        ),
        lines: [
          'Buckeye Wash Systems',
          '9 years 2 months',
          'Regional Sales Manager',
          'April 2021 - Present (5 years 8 months)',
          'Columbus, Ohio, United States',
          'New builds, retrofits and chemical programs for independent operators. 14 express tunnels sold in 2025.',
        ],
      },
      {
        ...job(
          'Service Technician',
          'Buckeye Wash Systems',
          '2017-10',
          '2021-03',
          false,
          'October 2017 - March 2021 (3 years 6 months)',
        ),
        lines: [
          'Service Technician',
          'October 2017 - March 2021 (3 years 6 months)',
          'Columbus, Ohio, United States',
          'Preventive maintenance and breakdown calls on tunnels, in-bays and water reclaim systems.',
        ],
      },
      {
        ...job(
          'Shift Lead',
          'Scioto Quick Lube',
          '2014-06',
          '2017-09',
          false,
          'June 2014 - September 2017 (3 years 4 months)',
        ),
        lines: [
          'Page 1 of 2',
          'Scioto Quick Lube',
          'Shift Lead',
          'June 2014 - September 2017 (3 years 4 months)',
          'Grove City, Ohio, United States',
        ],
      },
    ],
    education: [
      edu(
        'associate',
        'Columbus Technical Institute\nAssociate of Applied Science - AAS, Automotive Technology · (2012 - 2014)',
        { field: 'Automotive Technology', institution: 'Columbus Technical Institute', startYear: 2012, endYear: 2014 },
      ),
    ],
    courses: [],
    certifications: [named('OSHA 10-Hour General Industry')],
    languages: [lang('en', 'native', 'English (Native or Bilingual)'), lang('es', 'A2', 'Spanish (Elementary)')],
    skills: ['Car Wash Equipment', 'Territory Management', 'Negotiation'],
    closing: [{ kind: 'paragraph', text: 'Page 2 of 2' }],
    clientBase: { activeAccounts: 60, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'en-h40-05-ireland-limerick-engraver-to-trophies-order-coordinator-no-sales',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Four Hundred Five',
    email: 'engraving.limerick4005@example.org',
    phone: '087 400 5505',
    contactLines: ['Castletroy, Co. Limerick'],
    headings: { profile: 'About me', work: 'Employment', education: 'Education', skills: 'Skills' },
    profile: [
      'Order coordinator at a trophy and medal maker, where I started as an engraver. Clubs, schools and companies ' +
        'ring or e-mail me with their orders; I check the names, prepare the artwork proofs and make sure everything ' +
        'is engraved and out the door before the presentation night. I would like to move into a larger customer ' +
        'service or operations team.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'When', title: 'Job title', employer: 'Company', duties: 'What I do / did' },
    jobs: [
      job(
        'Customer Service & Order Coordinator',
        'Shannonside Trophies & Awards Ltd',
        '2021-02',
        null,
        false,
        'Feb 2021 – present',
        [
          'Take phone, e-mail and web orders from GAA and soccer clubs, schools and companies',
          'Artwork proofs and name lists checked with the customer before engraving',
          'Plan the engraving queue for May and June, our busiest months',
          'Courier bookings and complaints',
        ],
        'Limerick',
      ),
      job(
        'Engraver',
        'Shannonside Trophies & Awards Ltd',
        '2017-06',
        '2021-01',
        false,
        'June 2017 – Jan 2021',
        ['Laser and rotary engraving on metal, glass and acrylic; medal ribbons and assembly'],
        'Limerick',
      ),
      job(
        'Print Room Assistant',
        'Castletroy Copy & Print',
        '2015',
        '2017',
        false,
        '2015 – 2017',
        ['Printing, binding and laminating for students and local businesses'],
        'Limerick',
      ),
    ],
    education: [
      edu(
        'vocational',
        'QQI Level 5 Certificate in Art, Craft and Design – Shannon College of Further Education, 2015',
        {
          field: 'Art, Craft and Design',
          institution: 'Shannon College of Further Education',
          endYear: 2015,
        },
      ),
      edu('secondary', 'Leaving Certificate – Scoil Mhuire, Annacotty, 2014', {
        institution: 'Scoil Mhuire, Annacotty',
        endYear: 2014,
      }),
    ],
    courses: [named('Customer service excellence', 'Customer service excellence – Skillnet, 2022')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('ga', 'B1', 'Irish – conversational')],
    skills: [
      'Customer focus',
      'Organised – I keep the queue on a whiteboard and in the system',
      'Attention to detail on names, dates and spellings',
      'Laser and rotary engraving, CorelDRAW',
    ],
    closing: [
      { kind: 'heading', text: 'Interests' },
      { kind: 'paragraph', text: 'Camogie (I play and coach the under-12s), sea swimming at Kilkee.' },
    ],
    clientBase: null,
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'en-h40-06-england-truro-cafe-supervisor-to-ice-cream-field-sales',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Four Hundred Six',
    email: 'icecream.truro4006@example.com',
    phone: '07512 400606',
    contactLines: ['Truro, Cornwall TR1'],
    headings: { profile: 'About Me', work: 'Work Experience', education: 'Education', skills: 'Skills' },
    profile: [
      'Field sales rep for a Cornish dairy ice cream maker since March 2024, after three years running a busy ' +
        'harbour café. I look after 140 cafés, farm shops, campsites and beach kiosks in Cornwall and West Devon. ' +
        'Nearly all are owner-run, and the owners decide what goes in the freezer, so I get to know them well.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Field Sales Representative',
        'Roseland Dairy Ices Ltd',
        '2024-03',
        null,
        true,
        'March 2024 – present',
        [
          'Pre-season visits from February: range, freezers, point of sale and price lists',
          'Opened 26 new stockists in 2025, most of them campsites and farm shops',
          'Weekly restock calls in summer; freezer swaps and service with our engineer',
        ],
        'Tregony',
      ),
      job(
        'Café Supervisor',
        'Harbour Kitchen',
        '2021-06',
        '2024-02',
        false,
        'June 2021 – Feb 2024',
        ['Ran shifts of up to eight staff, ordering, rotas and cashing up'],
        'Falmouth',
      ),
      job('Kitchen Porter', 'Harbour Kitchen', '2019', '2021', false, '2019 – 2021', undefined, 'Falmouth'),
    ],
    education: [
      edu('secondary', 'BTEC Level 3 Extended Diploma in Hospitality – Fal Valley College, 2021', {
        field: 'Hospitality',
        institution: 'Fal Valley College',
        endYear: 2021,
      }),
      edu('lower secondary', 'GCSEs (7) – Penwithick Academy, 2019', {
        institution: 'Penwithick Academy',
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [named('Level 2 Food Hygiene Certificate', 'Level 2 Food Hygiene Certificate (2024)')],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'A2', 'French – basic (GCSE)')],
    skills: [
      'Proactive – I found most of my new stockists myself',
      'Time management in the summer rush',
      'Team player',
      'Full driving licence, happy driving a refrigerated van',
    ],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'organisation', 'teamwork'],
  },
  {
    id: 'en-h40-07-us-mesa-arizona-cart-attendant-to-golf-cart-fleet-sales',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Four Hundred Seven',
    email: 'carts.mesa4007@example.net',
    phone: '(480) 555-0147',
    contactLines: ['Mesa, AZ 85205'],
    headings: {
      profile: 'Summary',
      work: 'Professional Experience',
      education: 'Education',
      skills: 'Skills',
      courses: 'Training',
    },
    profile: [
      'Golf cart and low-speed vehicle sales consultant in the East Valley. I sell new and used carts to retirees ' +
        'and families off the showroom floor and manage 18 fleet accounts – golf courses, resorts and HOAs. On the ' +
        'fleet side I deal with the general managers and HOA boards who sign the fleet leases.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Fleet & Retail Sales Consultant',
          'Superstition Golf Cars LLC',
          '2020-01',
          null,
          true,
          '01/2020 – Present',
          [
            'Retail: about 20 carts a month, trade-ins, financing paperwork and lift kits',
            'Fleet: 18 accounts; replaced two full course fleets with lithium carts in 2024 and 2025',
            'Demo days at retirement communities every winter season',
          ],
        ),
        lines: ['Fleet & Retail Sales Consultant | Superstition Golf Cars LLC, Mesa AZ | 01/2020 – Present'],
      },
      {
        ...job(
          'Parts & Service Writer',
          'Superstition Golf Cars LLC',
          '2017-03',
          '2019-12',
          false,
          '03/2017 – 12/2019',
          ['Wrote up repair orders, ordered parts, called customers with estimates'],
        ),
        lines: ['Parts & Service Writer | Superstition Golf Cars LLC, Mesa AZ | 03/2017 – 12/2019'],
      },
      {
        ...job('Cart Attendant', 'Red Mountain Country Club', '2013-05', '2017-02', false, '05/2013 – 02/2017', [
          'Cart fleet of 80: charging, cleaning, staging for tournaments',
        ]),
        lines: ['Cart Attendant | Red Mountain Country Club, Mesa AZ | 05/2013 – 02/2017'],
      },
    ],
    education: [
      edu('high school', 'High School Diploma – Mesa Vista High School, Mesa AZ, 2013', {
        institution: 'Mesa Vista High School',
        endYear: 2013,
      }),
    ],
    courses: [named('Lithium battery service training', 'Lithium battery service training (manufacturer), 2022')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'B1', 'Spanish – conversational')],
    skills: ['Consultative selling', 'Negotiating fleet leases', 'Customer-centric', 'DMS and CRM software'],
    clientBase: { activeAccounts: 18, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'sales'],
  },
  {
    id: 'en-h40-08-new-zealand-tauranga-water-care-tech-to-spa-service-coordinator-no-sales',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Four Hundred Eight',
    email: 'spas.tauranga4008@example.com',
    phone: '021 400 8808',
    contactLines: ['Mount Maunganui, Tauranga 3116'],
    headings: { profile: 'About me', work: 'Work history', skills: 'Skills', certifications: 'Certificates' },
    profile: [
      'Service coordinator at a spa and pool shop in the Bay of Plenty. I run the diary for four service ' +
        'technicians, book deliveries and installs of the spas our sales team sells and deal with the warranty ' +
        'claims. Before that I was one of the technicians, so I know what a job takes.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Service Coordinator',
        'Bay Spa & Pool Centre',
        '2022-08',
        null,
        false,
        'Aug 2022 – now',
        [
          'Diary for four technicians: servicing, repairs, water testing, covers',
          'Delivery and crane bookings for new spas; site checks with the customer',
          'Warranty claims with three manufacturers',
        ],
        'Tauranga',
      ),
      job(
        'Water Care Technician',
        'Bay Spa & Pool Centre',
        '2019-11',
        '2022-07',
        false,
        'Nov 2019 – Jul 2022',
        ['Spa and pool servicing, chemical balancing, heat pump fault-finding'],
        'Tauranga',
      ),
      job('Barista', 'Pilot Bay Café', '2016', '2019', false, '2016 – 2019', undefined, 'Mount Maunganui'),
    ],
    education: [
      edu('post-secondary', 'New Zealand Certificate in Business (Level 4) – Western Bay Institute, 2021 (part-time)', {
        field: 'Business',
        institution: 'Western Bay Institute',
        endYear: 2021,
      }),
      edu('secondary', 'NCEA Level 3 – Matapihi College, 2016', { institution: 'Matapihi College', endYear: 2016 }),
    ],
    courses: [],
    certifications: [named('Certified Pool & Spa Operator (CPO)', 'Certified Pool & Spa Operator (CPO) – 2020')],
    languages: [lang('en', 'native', 'English – native'), lang('mi', 'B1', 'Te reo Māori – conversational')],
    skills: ['Organised', 'Team player', 'Communication with customers and technicians', 'ServiceM8, Xero'],
    clientBase: null,
    competencies: ['communication', 'organisation', 'teamwork'],
  },
  {
    id: 'en-h40-09-ireland-cork-electrician-to-forklift-batteries-kam-europass',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Four Hundred Nine',
    email: 'batteries.cork4009@example.org',
    phone: '+353 87 400 9909',
    contactLines: [
      'Date of birth: 22/07/1984',
      'Nationality: Irish',
      'Address: Ballincollig, Co. Cork, Ireland (Home)',
    ],
    headings: {
      profile: 'ABOUT MYSELF',
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      courses: 'COURSES',
      certifications: 'CERTIFICATES',
      skills: 'JOB-RELATED SKILLS',
      languages: 'LANGUAGE SKILLS',
    },
    profile: [
      'Electrician who moved into selling industrial batteries and chargers. I look after forklift and warehouse ' +
        'fleets all over Ireland and can talk to the operations director and to the man on the charging bay.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager', 'Lee Motive Power Ltd', '2018-09', null, true, '01/09/2018 – CURRENT'),
        lines: ['01/09/2018 – CURRENT Cork, Ireland', 'KEY ACCOUNT MANAGER Lee Motive Power Ltd'],
        bullets: [
          '45 key accounts across Ireland – warehouses, ports, food processors and forklift dealers',
          'Sales to my accounts of €3.1 million in 2025',
          'Supply and rental agreements with the operations directors and fleet managers who make the decision',
          'Lithium conversions of lead-acid fleets since 2022',
        ],
      },
      {
        ...job(
          'Field Service Engineer',
          'Lee Motive Power Ltd',
          '2012-03',
          '2018-08',
          false,
          '01/03/2012 – 31/08/2018',
        ),
        lines: ['01/03/2012 – 31/08/2018 Cork, Ireland', 'FIELD SERVICE ENGINEER Lee Motive Power Ltd'],
        bullets: ['Battery and charger installation, servicing and watering systems in Munster and Leinster'],
      },
      {
        ...job(
          'Electrician',
          'Carrigaline Electrical Contractors',
          '2003-09',
          '2012-02',
          false,
          '15/09/2003 – 28/02/2012',
        ),
        lines: ['15/09/2003 – 28/02/2012 Carrigaline, Ireland', 'ELECTRICIAN Carrigaline Electrical Contractors'],
        bullets: ['Apprentice until 2007, then electrician on industrial and commercial sites'],
      },
    ],
    education: [
      edu(
        'short-cycle tertiary',
        '2003 – 2007 Cork, Ireland\nADVANCED CERTIFICATE – CRAFT – ELECTRICAL Munster Craft Training Centre\nLevel in EQF: EQF level 5',
        { field: 'Electrical', institution: 'Munster Craft Training Centre', startYear: 2003, endYear: 2007 },
      ),
      edu(
        'secondary',
        '1997 – 2003 Ballincollig, Ireland\nLEAVING CERTIFICATE St. Senan’s Community School\nLevel in EQF: EQF level 4',
        { institution: 'St. Senan’s Community School', startYear: 1997, endYear: 2003 },
      ),
    ],
    courses: [named('Lithium-ion battery safety', 'Lithium-ion battery safety – 2023')],
    certifications: [named('Safe Pass', 'Safe Pass – valid to 2028')],
    languages: [lang('en', 'native', ''), lang('ga', 'B1', ''), lang('fr', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): ENGLISH' },
      { kind: 'paragraph', text: 'Other language(s):' },
      {
        kind: 'paragraph',
        text: 'IRISH\nLISTENING B1 READING B1 WRITING A2\nSPOKEN PRODUCTION B1 SPOKEN INTERACTION B1',
      },
      {
        kind: 'paragraph',
        text: 'FRENCH\nLISTENING A2 READING A2 WRITING A1\nSPOKEN PRODUCTION A2 SPOKEN INTERACTION A2',
      },
      {
        kind: 'paragraph',
        text: 'Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user',
      },
    ],
    skills: [
      'Negotiation of supply and rental agreements',
      'Relationship management with fleet managers and dealers',
      'Analysis of battery fleet data and charging patterns',
    ],
    closing: [
      { kind: 'heading', text: 'DRIVING LICENCE' },
      { kind: 'paragraph', text: 'Car: B' },
      { kind: 'heading', text: 'HOBBIES AND INTERESTS' },
      { kind: 'paragraph', text: 'Hurling (junior club coach), sailing in Crosshaven' },
    ],
    clientBase: { activeAccounts: 45, annualRevenueEur: 3_100_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h40-10-wales-swansea-care-assistant-to-mobility-scooters-customer-service-no-sales',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Four Hundred Ten',
    email: 'mobility.swansea4010@example.com',
    phone: '01792 400 410',
    contactLines: ['Mobile 07533 400410', 'Sketty, Swansea SA2'],
    headings: {
      profile: 'Profile',
      work: 'Employment',
      education: 'Education',
      skills: 'Skills',
      workTable: ['From – To', 'Employer', 'Job title'],
    },
    profile: [
      'Customer service team leader at a mobility scooter and stairlift company. Many of our callers are elderly or ' +
        'disabled and some are upset when they ring, so patience matters as much as the system. Nine years in ' +
        'customer service, six before that as a care assistant.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Customer Service Team Leader', 'Gower Mobility Ltd', '2020-05', null, false, 'May 2020 – present', [
        'Team of five advisers; rota, call quality, training new starters',
        'Service and repair bookings, hire scooters, complaints that reach the second line',
      ]),
      job('Customer Service Adviser', 'Gower Mobility Ltd', '2017-09', '2020-04', false, 'Sept 2017 – April 2020', [
        'Incoming calls, engineer bookings, battery and tyre orders',
      ]),
      job('Care Assistant', 'Tŷ Glas Care Home', '2011-04', '2017-08', false, 'April 2011 – Aug 2017'),
    ],
    afterJobs: [{ kind: 'paragraph', text: '2009 – 2011: at home with my two children.' }],
    education: [
      edu('vocational', 'NVQ Level 3 Health and Social Care – Tawe College, 2014', {
        field: 'Health and Social Care',
        institution: 'Tawe College',
        endYear: 2014,
      }),
      edu('lower secondary', 'GCSEs (6) – Penlan Community School, 2004', {
        institution: 'Penlan Community School',
        endYear: 2004,
      }),
    ],
    courses: [
      named('Dementia awareness', 'Dementia awareness, 2019'),
      named('ILM Level 3 Award in Leadership and Management', 'ILM Level 3 Award in Leadership and Management, 2021'),
    ],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('cy', 'B1', 'Welsh – intermediate (Welsh for Adults, Canolradd)'),
    ],
    skills: [
      'Customer focus',
      'Coaching new advisers on difficult calls',
      'Diplomatic with upset callers and families',
      'Time management',
    ],
    clientBase: null,
    competencies: ['coaching', 'customer_focus', 'organisation', 'tact_assertiveness'],
  },
  {
    id: 'en-h40-11-canada-peterborough-ontario-canoe-builder-to-paddlesports-sales-agent',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Four Hundred Eleven',
    email: 'paddle.peterborough4011@example.net',
    phone: '705-555-0111',
    contactLines: ['Lakefield, ON K0L'],
    headings: { profile: 'Profile', work: 'Experience', education: 'Education', skills: 'Skills' },
    profile: [
      'Independent sales agent for three paddlesports brands – canoes, kayaks and paddles – with 75 outfitters and ' +
        'paddling shops in eastern Ontario and western Quebec. The shop owners do their own buying, and I have sold ' +
        'to most of them for ten years or more. I built canoes before I sold them.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Independent Sales Agent',
        'Kawartha Outdoor Agencies',
        '2016',
        null,
        true,
        '2016 – present',
        [
          'Own agency on commission for three manufacturers',
          'Pre-season bookings in the fall, demo days on the water in May',
          'Grew the territory from 48 to 75 accounts',
        ],
        'Lakefield',
      ),
      job(
        'Sales Representative',
        'Otonabee Canoe & Kayak Co.',
        '2009',
        '2016',
        true,
        '2009 – 2016',
        ['Dealers in Ontario; trade shows in Toronto and Montreal'],
        'Peterborough',
      ),
      job(
        'Canoe Builder',
        'Otonabee Canoe & Kayak Co.',
        '2004',
        '2009',
        false,
        '2004 – 2009',
        ['Cedar-strip and composite canoes, repairs'],
        'Peterborough',
      ),
      job(
        'Trip Guide',
        'Haliburton Highlands Outfitters',
        '2001',
        '2004',
        false,
        '2001 – 2004 (seasonal)',
        undefined,
        'Haliburton',
      ),
    ],
    education: [
      edu('short-cycle tertiary', 'Diploma, Ecotourism and Outdoor Recreation – Trent Valley College, 2001', {
        field: 'Ecotourism and Outdoor Recreation',
        institution: 'Trent Valley College',
        endYear: 2001,
      }),
    ],
    courses: [],
    certifications: [named('Paddle Canada Lake Canoe Instructor', 'Paddle Canada Lake Canoe Instructor (current)')],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'B1', 'French – intermediate')],
    skills: [
      'Self-starter – ten years running my own agency',
      'Relationship building with shop owners',
      'Product clinics for shop staff',
    ],
    clientBase: { activeAccounts: 75, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'relationship_building'],
  },
  {
    id: 'en-h40-12-australia-brisbane-photo-booth-bookings-coordinator-no-sales',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate Thirty-Four Hundred Twelve',
    email: 'booths.brisbane4012@example.com',
    phone: '0412 400 412',
    contactLines: ['Sunnybank Hills QLD 4109'],
    headings: { profile: 'About me', work: 'Experience', skills: 'Skills', certifications: 'Tickets' },
    profile: [
      'Events and bookings coordinator at a photo booth hire company. I answer the enquiries, book the weddings, ' +
        'school formals and corporate events the owners price, and make sure the right booth, props and attendant ' +
        'turn up. Business graduate, organised and calm on a Saturday night with three events running.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Events & Bookings Coordinator',
        'Snapjar Photo Booths Pty Ltd',
        '2024-02',
        null,
        false,
        'Feb 2024 – Present',
        [
          'Enquiries by phone, e-mail and Instagram; bookings and deposits in the system',
          'Run sheets for attendants, backdrop and prop packing lists',
          'Social media posts and the monthly newsletter',
        ],
        'Brisbane',
      ),
      job(
        'Booth Attendant',
        'Snapjar Photo Booths Pty Ltd',
        '2022-11',
        '2024-01',
        false,
        'Nov 2022 – Jan 2024 (casual)',
        undefined,
        'Brisbane',
      ),
      job(
        'Customer Service Attendant',
        'Carindale Cinemas',
        '2021',
        '2022',
        false,
        '2021 – 2022 (casual)',
        undefined,
        'Brisbane',
      ),
    ],
    education: [
      edu('bachelor', 'Bachelor of Business (Event Management) – Moreton Bay University, 2020 – 2023', {
        field: 'Event Management',
        institution: 'Moreton Bay University',
        startYear: 2020,
        endYear: 2023,
      }),
      edu('secondary', 'QCE – Runcorn Heights State High School, 2019', {
        institution: 'Runcorn Heights State High School',
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [
      named('RSA (Responsible Service of Alcohol)'),
      named('First Aid (HLTAID011)', 'First Aid (HLTAID011) – 2025'),
    ],
    languages: [lang('vi', 'native', 'Vietnamese – native (home language)'), lang('en', 'native', 'English – native')],
    skills: ['Organised', 'Creative with backdrops and props', 'Communication skills', 'Canva, Xero, Google Workspace'],
    clientBase: null,
    competencies: ['communication', 'innovation', 'organisation'],
  },
  {
    id: 'en-h40-13-us-springfield-missouri-warehouse-to-fireworks-wholesale-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Four Hundred Thirteen',
    email: 'fireworks.springfield4013@example.org',
    phone: '417-555-0113',
    contactLines: ['Springfield, MO 65807'],
    headings: {
      profile: 'Summary',
      work: 'Work Experience',
      education: 'Education',
      certifications: 'Licenses & Certifications',
      skills: 'Skills',
    },
    profile: [
      'Wholesale account manager for a fireworks importer and distributor. I handle 210 accounts – stand operators, ' +
        'tent retailers, year-round fireworks stores and display companies in Missouri, Kansas, Arkansas and ' +
        'Oklahoma. Fourth of July and New Year’s are our two seasons; the rest of the year is bookings, product ' +
        'shows and compliance paperwork.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Dates', title: 'Title', employer: 'Company', duties: 'Responsibilities' },
    jobs: [
      job(
        'Wholesale Account Manager',
        'Ozark Sky Fireworks Inc.',
        '2017-09',
        null,
        true,
        'September 2017 – Present',
        [
          'Season bookings, assortments and pricing for 210 accounts',
          'Product demo nights each spring for stand operators',
          'Grew repeat orders by 18% over three seasons',
        ],
        'Springfield, MO',
      ),
      job(
        'Warehouse Supervisor',
        'Ozark Sky Fireworks Inc.',
        '2012-01',
        '2017-08',
        false,
        'January 2012 – August 2017',
        ['Crew of 12 in season; storage compliance, loading schedules'],
        'Springfield, MO',
      ),
      job(
        'Stand Manager',
        'Ozark Sky Fireworks Inc.',
        '2008',
        '2011',
        false,
        'Summers 2008 – 2011',
        ['Ran a roadside stand with four seasonal staff'],
        'Nixa, MO',
      ),
      job(
        'Delivery Driver',
        'Greene County Feed & Seed',
        '2005',
        '2008',
        false,
        '2005 – 2008',
        undefined,
        'Springfield, MO',
      ),
    ],
    education: [
      edu('associate', 'Associate of Arts – Ozark Community College, 2008', {
        institution: 'Ozark Community College',
        endYear: 2008,
      }),
      edu('high school', 'High School Diploma – Battlefield High School, 2005', {
        institution: 'Battlefield High School',
        endYear: 2005,
      }),
    ],
    courses: [],
    certifications: [
      named('Missouri Licensed Display Operator', 'Missouri Licensed Display Operator – current through 2027'),
      named('OSHA 30-Hour General Industry'),
    ],
    languages: [lang('en', 'native', 'English – native')],
    skills: ['Negotiation', 'Works under pressure – June and December', 'Organised', 'QuickBooks, Excel'],
    clientBase: { activeAccounts: 210, segment: 'regional_smb' },
    competencies: ['negotiation', 'organisation', 'stress_resistance'],
  },
  {
    id: 'en-h40-14-australia-geelong-awning-installer-to-in-home-sales-consultant',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Four Hundred Fourteen',
    email: 'awnings.geelong4014@example.com',
    phone: '0438 400 414',
    contactLines: ['Belmont VIC 3216'],
    headings: {
      profile: 'Career Summary',
      work: 'Employment History',
      education: 'Education & Training',
      certifications: 'Licences & Tickets',
      skills: 'Key Skills',
    },
    profile: [
      'In-home sales consultant for folding-arm awnings, outdoor blinds and patio roofs across Geelong, the Surf ' +
        'Coast and the Bellarine. I measure, design and quote at the kitchen table, usually on the first visit. Six ' +
        'years installing what I now sell means my quotes are ones the install crews can actually build.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'In-Home Sales Consultant',
        'Corio Bay Blinds & Awnings',
        '2018-07',
        null,
        true,
        'Jul 2018 – current',
        [
          'Around 40 home consultations a month from web and showroom leads; 38% conversion in 2025',
          'Quotes, colour and fabric selection, council and body corporate paperwork',
          'Hand-over to the install team and final inspection with the customer',
        ],
        'Geelong',
      ),
      job(
        'Awning Installer',
        'Corio Bay Blinds & Awnings',
        '2012-02',
        '2018-06',
        false,
        'Feb 2012 – Jun 2018',
        ['Folding-arm and straight-drop awnings, motorisation and wind sensors'],
        'Geelong',
      ),
      job(
        'Apprentice Sheet Metal Worker',
        'Barwon Steel Fabrication',
        '2008',
        '2012',
        false,
        '2008 – 2012',
        undefined,
        'North Geelong',
      ),
    ],
    education: [
      edu('vocational', 'Certificate III in Engineering – Fabrication Trade – Geelong Regional TAFE, 2012', {
        field: 'Engineering – Fabrication Trade',
        institution: 'Geelong Regional TAFE',
        endYear: 2012,
      }),
      edu('secondary', 'VCE – Belmont Ridge College, 2007', { institution: 'Belmont Ridge College', endYear: 2007 }),
    ],
    courses: [],
    certifications: [
      named('Construction Induction White Card'),
      named('Working at Heights', 'Working at Heights (refreshed 2025)'),
    ],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('mt', 'B1', 'Maltese – conversational (my grandparents only spoke Maltese at home)'),
    ],
    skills: [
      'Persuasive without being pushy',
      'Customer focus from quote to install',
      'Measure, design and quote on the first visit',
      'Motorised shading and home automation',
    ],
    clientBase: null,
    competencies: ['customer_focus', 'persuasiveness'],
  },
  {
    id: 'en-h40-15-northern-ireland-belfast-transport-planner-to-skip-hire-sales-administrator-no-sales',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Four Hundred Fifteen',
    email: 'skips.belfast4015@example.net',
    phone: '07871 400515',
    contactLines: ['Dunmurry, Belfast BT17'],
    headings: {
      profile: 'Profile',
      work: 'Employment History',
      education: 'Education',
      certifications: 'Qualifications',
      skills: 'Skills',
      workTable: ['Company', 'Job title', 'Dates'],
    },
    profile: [
      'Sales administrator in a skip hire and recycling company: bookings, new account set-ups and invoicing for ' +
        'the builders, landscapers and householders our drivers serve. Before that I planned lorries for five ' +
        'years, so I know what a skip booking means for the yard.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job('Sales Administrator', 'Lagan Skip Hire & Recycling Ltd', '2019-03', null, false, 'Mar 2019 – present', [
        'Skip, grab and wait-and-load bookings from the price list; credit checks and new trade accounts',
        'Invoices, waste transfer notes and duty of care paperwork',
        'Cover for the transport desk at holidays',
      ]),
      job('Transport Planner', 'Belfast Lough Haulage', '2014-01', '2019-02', false, 'Jan 2014 – Feb 2019', [
        'Planned 22 lorries a day across Northern Ireland and to the ports',
      ]),
      job('Office Junior', 'Dunmurry Builders Providers', '2012-07', '2013-12', false, 'Jul 2012 – Dec 2013'),
    ],
    education: [
      edu('secondary', 'A levels (Business Studies, Geography, English Literature) – Beechmount Grammar School, 2012', {
        institution: 'Beechmount Grammar School',
        endYear: 2012,
      }),
    ],
    courses: [named('Sage 50 Accounts', 'Sage 50 Accounts – Level 2, 2020')],
    certifications: [
      named('Transport Manager CPC (Road Haulage, National)', 'Transport Manager CPC (Road Haulage, National) – 2016'),
    ],
    languages: [lang('en', 'native', 'English – native'), lang('ga', 'A2', 'Irish – basic')],
    skills: ['Time management', 'Team player', 'Customer service on the phone', 'Sage, Excel, WasteManager'],
    clientBase: null,
    competencies: ['organisation', 'teamwork'],
  },
  {
    id: 'en-h40-16-england-stockport-decorator-to-wallpaper-sales-agent-38-years',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Four Hundred Sixteen',
    email: 'wallcoverings.stockport4016@example.com',
    phone: '0161 400 1616',
    contactLines: ['Mobile: 07702 401616', 'Heaton Moor, Stockport SK4'],
    headings: { profile: 'Profile', work: 'Career', education: 'Education', skills: 'Skills' },
    profile: [
      'Wallpaper and wallcoverings agent with 38 years in the decorating trade: apprentice decorator, trade counter, ' +
        '13 years as a company rep and since 2009 my own agency for three wallcovering mills. I call on 110 ' +
        'independent decorating shops and interior designers across the North West and North Wales. The owners ' +
        'buy for their own shops, and some have bought from me for 25 years.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Sales Agent',
        'Pennine Wallcoverings Agency',
        '2009',
        null,
        true,
        '2009 – present',
        [
          'Own agency, commission only, for three UK and European mills',
          'Pattern books, shop displays and the two trade fairs a year',
          '110 accounts from Carlisle to Wrexham',
        ],
        'Stockport',
      ),
      job(
        'Area Sales Representative',
        'Mersey Decor Wallcoverings Ltd',
        '1996',
        '2009',
        true,
        '1996 – 2009',
        ['Decorators’ merchants and independent shops in the North West'],
        'Warrington',
      ),
      job(
        'Counter Assistant',
        'Heaton Decorators’ Merchants',
        '1992',
        '1996',
        true,
        '1992 – 1996',
        ['Trade counter: paint, paper and sundries to decorators'],
        'Stockport',
      ),
      job(
        'Apprentice Painter & Decorator',
        'J. Tolland & Sons',
        '1988',
        '1992',
        false,
        '1988 – 1992',
        undefined,
        'Stockport',
      ),
    ],
    education: [
      edu('vocational', 'City & Guilds Painting and Decorating (Advanced Craft) – Tame Valley College, 1991', {
        field: 'Painting and Decorating',
        institution: 'Tame Valley College',
        endYear: 1991,
      }),
      edu('lower secondary', 'O levels (4) – Reddish Vale Secondary School, 1988', {
        institution: 'Reddish Vale Secondary School',
        endYear: 1988,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Relationship building – customers for life',
      'Organised: four-week journey plan, never missed a call',
      'Self-starter',
      'Colour and pattern advice',
    ],
    closing: [{ kind: 'paragraph', text: 'Interests: Stockport County, cycling, my grandchildren.' }],
    clientBase: { activeAccounts: 110, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h40-17-ireland-dublin-polish-joiner-to-commercial-blinds-estimator-no-sales',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Four Hundred Seventeen',
    email: 'estimator.dublin4017@example.com',
    phone: '085 400 1717',
    contactLines: ['Clondalkin, Dublin 22', 'In Ireland since 2010'],
    headings: {
      profile: 'Profile',
      work: 'Work Experience',
      education: 'Education',
      certifications: 'Certificates',
      skills: 'Skills',
      workTable: ['Position', 'Dates', 'Company'],
    },
    profile: [
      'Estimator for commercial blinds and solar shading. I price tenders and quotes from architects’ drawings and ' +
        'specifications for our sales team, and I know the product from the fitting side: five years fitting and ' +
        'three surveying before I moved into the office.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'period', 'employer'],
    jobs: [
      job('Estimator', 'Liffey Commercial Blinds Ltd', '2019-06', null, false, 'June 2019 – present', [
        'Takeoffs and pricing for offices, schools, hospitals and hotels; 30 to 40 estimates a month',
        'Supplier prices for fabrics, motors and controls',
        'Hand-over packs for the project managers when a job is won',
      ]),
      job('Site Surveyor', 'Liffey Commercial Blinds Ltd', '2016-04', '2019-05', false, 'April 2016 – May 2019', [
        'Measured sites, checked window details and fixing surfaces',
      ]),
      job('Blind Fitter', 'Tallaght Window Systems', '2011-02', '2016-03', false, 'Feb 2011 – March 2016'),
      job('Joiner', 'Zakład Stolarski Dąb', '2005-07', '2010-05', false, 'July 2005 – May 2010'),
    ],
    education: [
      edu('secondary', 'Technical secondary school (technikum), joinery – Technical School No. 2, Rzeszów, 2005', {
        field: 'joinery',
        institution: 'Technical School No. 2, Rzeszów',
        endYear: 2005,
      }),
    ],
    courses: [
      named('Manual Handling', 'Manual Handling, 2024'),
      named('Bluebeam Revu for estimators', 'Bluebeam Revu for estimators, 2020'),
    ],
    certifications: [named('Safe Pass', 'Safe Pass (valid)')],
    languages: [lang('pl', 'native', 'Polish – native'), lang('en', 'C1', 'English – fluent')],
    skills: [
      'Analytical – I like numbers',
      'Reading architectural drawings',
      'Team player',
      'Excel, Bluebeam, CAD viewers',
    ],
    clientBase: null,
    competencies: ['analytical', 'teamwork'],
  },
  {
    id: 'en-h40-18-england-exeter-school-photographer-to-area-sales-manager',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Four Hundred Eighteen',
    email: 'schoolphotos.exeter4018@example.org',
    phone: '07790 401818',
    contactLines: ['Exeter, Devon EX4'],
    tagline: 'Area Sales Manager – school and nursery photography',
    headings: { profile: 'Profile', work: 'Experience', education: 'Education', skills: 'Skills' },
    profile: [
      'I photographed school portraits and class groups for five years before I started selling the service. I now ' +
        'look after 180 schools and nurseries across Devon, Cornwall and Somerset and bring in new ones. The ' +
        'headteachers and school business managers who choose the photographer are the people I see.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Area Sales Manager – South West',
        'Exe Valley School Photography Ltd',
        '2020-09',
        null,
        true,
        'Sept 2020 – Present',
        [
          '180 schools and nurseries; 41 new schools signed since 2022',
          'Booking the photo days with schools and planning the photographers’ calendar with our office',
          'Online ordering and charity commission offers for the PTAs',
        ],
        'Exeter',
      ),
      job(
        'School Photographer',
        'Exe Valley School Photography Ltd',
        '2015-01',
        '2020-08',
        false,
        'Jan 2015 – Aug 2020',
        ['Portraits, sibling groups and class photos, up to 600 children a day'],
        'Exeter',
      ),
      job('Wedding Photographer', 'self-employed', '2011', '2014', false, '2011 – 2014', undefined, 'Exeter'),
    ],
    education: [
      edu('ba', 'BA (Hons) Photography – Tamar University, 2008 – 2011', {
        field: 'Photography',
        institution: 'Tamar University',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [named('Safeguarding children (Level 2)', 'Safeguarding children (Level 2), 2025')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('fr', 'A2', 'French – basic')],
    skills: [
      'Relationship building with schools',
      'Diplomatic – headteachers are busy people',
      'Organised: photo days for 180 schools each year',
      'Lightroom and studio lighting',
    ],
    closing: [{ kind: 'paragraph', text: 'Enhanced DBS on the update service. Full driving licence.' }],
    clientBase: { activeAccounts: 180, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'en-h40-19-australia-gold-coast-surf-shop-to-sunscreen-territory-manager',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Four Hundred Nineteen',
    email: 'suncare.goldcoast4019@example.com',
    phone: '0421 400 919',
    contactLines: ['Burleigh Heads QLD 4220'],
    headings: {
      profile: 'Career Objective',
      work: 'Employment',
      education: 'Education',
      skills: 'Personal Attributes',
    },
    profile: [
      'Territory manager for an Australian-made sunscreen and after-sun brand, looking for a bigger territory or a ' +
        'key account role. I look after 95 pharmacies, surf shops and independent grocers from the Sunshine Coast ' +
        'to the Gold Coast and Northern NSW.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Territory Manager', 'Coolangatta Sun Care Pty Ltd', '2021-03', null, true, 'Mar 2021 – current', [
          '95 accounts; range reviews before each summer, planograms and staff training',
          'Brought the brand into 22 pharmacies since 2023',
        ]),
        lines: ['Territory Manager – Coolangatta Sun Care Pty Ltd, Tweed Heads (Mar 2021 – current)'],
      },
      {
        ...job('Sales Representative', 'Tweed Coast Beverages', '2017-01', '2021-02', true, 'Jan 2017 – Feb 2021', [
          'Kombucha and cold drinks to cafés and bottle shops',
        ]),
        lines: ['Sales Representative – Tweed Coast Beverages, Murwillumbah (Jan 2017 – Feb 2021)'],
      },
      {
        ...job('Sales Assistant', 'Burleigh Surf Shop', '2014', '2016', true, '2014 – 2016', [
          'Boards, wetsuits and sunglasses; weekend shifts while studying',
        ]),
        lines: ['Sales Assistant – Burleigh Surf Shop, Burleigh Heads (2014 – 2016)'],
      },
    ],
    education: [
      edu('short-cycle tertiary', 'Diploma of Business – Nerang Business College, 2016', {
        field: 'Business',
        institution: 'Nerang Business College',
        endYear: 2016,
      }),
      edu('secondary', 'QCE – Tallebudgera State High School, 2013', {
        institution: 'Tallebudgera State High School',
        endYear: 2013,
      }),
    ],
    courses: [named('Pharmacy retail essentials', 'Pharmacy retail essentials (supplier course), 2022')],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('ja', 'A2', 'Japanese – basic')],
    skills: ['Resilient', 'Persuasive', 'Networking at trade days and pharmacy expos', 'Merchandising and planograms'],
    clientBase: { activeAccounts: 95, segment: 'regional_smb' },
    competencies: ['persuasiveness', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'en-h40-20-new-zealand-nelson-deckhand-to-fishing-tackle-national-sales-manager-40-years',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Four Hundred Twenty',
    email: 'tackle.nelson4020@example.net',
    phone: '03 548 4020',
    contactLines: ['Richmond, Nelson 7020'],
    headings: { profile: 'Summary', work: 'Work history', education: 'Schooling', skills: 'Strengths' },
    profile: [
      'Forty years around fishing: deckhand, tackle shop manager, South Island rep and, since 2011, national sales ' +
        'manager for a New Zealand tackle distributor. I look after 150 tackle shops, sports stores and two ' +
        'national chains across New Zealand myself and manage three reps.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'National Sales Manager',
        'Tasman Tackle Ltd',
        '2011',
        null,
        true,
        'since 2011',
        [
          'My own accounts: 150 stores and the two chains’ buyers',
          'Three reps in Auckland, Wellington and Christchurch',
          'Range selection with our suppliers in Japan, the US and Korea',
        ],
        'Nelson',
      ),
      job(
        'South Island Sales Representative',
        'Tasman Tackle Ltd',
        '1999',
        '2011',
        true,
        '1999 – 2011',
        undefined,
        'Nelson',
      ),
      job('Shop Manager', 'Nelson Rod & Gun', '1992', '1999', false, '1992 – 1999', undefined, 'Nelson'),
      job('Deckhand', 'Tasman Bay Fishing Co.', '1986', '1992', false, '1986 – 1992', undefined, 'Port Nelson'),
    ],
    education: [
      edu('lower secondary', 'School Certificate – Richmond Valley College, 1985', {
        institution: 'Richmond Valley College',
        endYear: 1985,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native')],
    skills: [
      'Relationship building',
      'Negotiation with chain buyers',
      'Coaching the reps',
      'I still fish every weekend',
    ],
    clientBase: { activeAccounts: 150, segment: 'national' },
    competencies: ['coaching', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h40-21-ireland-athlone-receptionist-to-truck-covers-sales-support-europass-no-sales',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Four Hundred Twenty-One',
    email: 'covers.athlone4021@example.com',
    phone: '+353 86 402 1021',
    contactLines: ['Nationality: Irish', 'Address: Monksland, Athlone, Co. Roscommon, Ireland (Home)'],
    headings: {
      profile: 'ABOUT MYSELF',
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      certifications: 'CERTIFICATES',
      skills: 'SKILLS',
      languages: 'LANGUAGE SKILLS',
    },
    profile: [
      'Sales support and customer service in a company that makes tarpaulins, curtain-sider curtains and truck ' +
        'covers. I enter the orders, send quotes from the price list for the sales reps and keep hauliers and ' +
        'farmers updated on their jobs. I worked on the production floor before moving to the office.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Sales Support & Customer Service Executive',
          'Shannon Covers & Canvas Ltd',
          '2018-01',
          null,
          false,
          '08/01/2018 – CURRENT',
        ),
        lines: [
          '08/01/2018 – CURRENT Athlone, Ireland',
          'SALES SUPPORT & CUSTOMER SERVICE EXECUTIVE Shannon Covers & Canvas Ltd',
        ],
        bullets: [
          'Order entry and job cards for the factory; quotes from the price list for the three sales reps',
          'Customer calls about delivery dates, repairs and insurance claims',
          'Monthly order reports for the sales manager',
        ],
      },
      {
        ...job(
          'Production Operative',
          'Shannon Covers & Canvas Ltd',
          '2014-05',
          '2017-12',
          false,
          '06/05/2014 – 22/12/2017',
        ),
        lines: ['06/05/2014 – 22/12/2017 Athlone, Ireland', 'PRODUCTION OPERATIVE Shannon Covers & Canvas Ltd'],
        bullets: ['PVC welding, eyeleting and finishing of curtains and covers'],
      },
      {
        ...job('Receptionist', 'Lough Ree Lodge Hotel', '2011-06', '2014-04', false, '01/06/2011 – 30/04/2014'),
        lines: ['01/06/2011 – 30/04/2014 Athlone, Ireland', 'RECEPTIONIST Lough Ree Lodge Hotel'],
      },
    ],
    education: [
      edu(
        'vocational',
        '2010 – 2011 Athlone, Ireland\nQQI LEVEL 5 CERTIFICATE IN BUSINESS ADMINISTRATION Midlands College of Further Education\nLevel in EQF: EQF level 4',
        {
          field: 'Business Administration',
          institution: 'Midlands College of Further Education',
          startYear: 2010,
          endYear: 2011,
        },
      ),
      edu(
        'secondary',
        '2004 – 2010 Moate, Ireland\nLEAVING CERTIFICATE Moate Community College\nLevel in EQF: EQF level 4',
        { institution: 'Moate Community College', startYear: 2004, endYear: 2010 },
      ),
    ],
    courses: [],
    certifications: [
      named('ECDL (European Computer Driving Licence)', 'ECDL (European Computer Driving Licence) – 2011'),
    ],
    languages: [lang('en', 'native', ''), lang('ga', 'B1', ''), lang('de', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): ENGLISH' },
      { kind: 'paragraph', text: 'Other language(s):' },
      {
        kind: 'table',
        header: ['', 'LISTENING', 'READING', 'WRITING', 'SPOKEN PRODUCTION', 'SPOKEN INTERACTION'],
        rows: [
          ['IRISH', 'B1', 'B1', 'B1', 'B1', 'B1'],
          ['GERMAN', 'A2', 'A2', 'A1', 'A2', 'A2'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user',
      },
    ],
    skills: ['Customer focus', 'Team player', 'Time management', 'Microsoft Office, Sage 200'],
    closing: [
      { kind: 'heading', text: 'DRIVING LICENCE' },
      { kind: 'paragraph', text: 'Car: B' },
    ],
    clientBase: null,
    competencies: ['customer_focus', 'organisation', 'teamwork'],
  },
  {
    id: 'en-h40-22-canada-nova-scotia-acadian-qc-technician-to-seaweed-export-sales-manager',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Four Hundred Twenty-Two',
    email: 'algues.clare4022@example.org',
    phone: '902-555-0122',
    contactLines: ['Church Point, Clare, NS B0W'],
    headings: {
      profile: 'Profile',
      work: 'Professional Experience',
      education: 'Education',
      certifications: 'Certifications',
      skills: 'Skills',
    },
    profile: [
      'Export sales manager for a family-owned maker of seaweed extracts and kelp meal for agriculture, animal feed ' +
        'and horticulture. I manage 22 distributors and fertiliser blenders in the United States, the United ' +
        'Kingdom, Australia, Japan and South Korea; their owners and purchasing managers decide the annual volumes ' +
        'with me. I came to sales from the quality lab, which helps when a customer asks about an analysis.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Period', title: 'Position', employer: 'Company', duties: 'Main responsibilities' },
    jobs: [
      job(
        'Export Sales Manager',
        'Baie Sainte-Marie Marine Products Ltd.',
        '2019-04',
        null,
        true,
        'April 2019 – present',
        [
          'Annual supply agreements and pricing with 22 distributors and blenders',
          'Trade shows in Anaheim, Birmingham and Tokyo',
          'Registration files and export documents for each market',
        ],
        'Meteghan',
      ),
      job(
        'Quality Control Technician',
        'Baie Sainte-Marie Marine Products Ltd.',
        '2013-06',
        '2019-03',
        false,
        'June 2013 – March 2019',
        ['Lab analysis of extracts and meal, certificates of analysis, organic audits'],
        'Meteghan',
      ),
      job(
        'Lab Assistant',
        'Fundy Marine Research Station',
        '2011-05',
        '2013-05',
        false,
        'May 2011 – May 2013',
        undefined,
        'Digby',
      ),
    ],
    education: [
      edu('bsc', 'BSc, Biology – Clare University College, 2007 – 2011', {
        field: 'Biology',
        institution: 'Clare University College',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [named('Export documentation and Incoterms', 'Export documentation and Incoterms – 2019')],
    certifications: [named('HACCP Certificate', 'HACCP Certificate (2015)')],
    languages: [
      lang('fr', 'native', 'French – native (Acadian)'),
      lang('en', 'C1', 'English – fluent'),
      lang('es', 'A2', 'Spanish – basic'),
    ],
    skills: ['Negotiation', 'Communication skills in French and English', 'Analytical', 'Export logistics'],
    clientBase: { activeAccounts: 22, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'communication', 'negotiation'],
  },
  {
    id: 'en-h40-23-us-kennett-square-picker-to-mushroom-customer-account-coordinator-no-sales',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Four Hundred Twenty-Three',
    email: 'mushrooms.kennett4023@example.com',
    phone: '610-555-0123',
    contactLines: ['Kennett Square, PA 19348'],
    headings: {
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      certifications: 'Certifications',
      skills: 'Skills',
    },
    profile: [
      'Bilingual customer account coordinator at a mushroom farm, 15 years with the same family business from the ' +
        'growing rooms to the office. I enter and confirm the daily orders of our supermarket and foodservice ' +
        'customers, work out substitutions with the packing floor and trucking, and pass problems to the sales ' +
        'managers who own the accounts.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Customer Account Coordinator',
          'Brandywine Mushroom Farms',
          '2020-06',
          null,
          false,
          'June 2020 – Present',
          [
            'Daily orders from 30 customer warehouses; EDI and phone',
            'Shortages and substitutions with the packing floor',
            'Credits and claims with the accounting team',
          ],
        ),
        lines: ['Brandywine Mushroom Farms, Kennett Square PA – Customer Account Coordinator (June 2020 – Present)'],
      },
      {
        ...job('Packing Line Lead', 'Brandywine Mushroom Farms', '2015-03', '2020-05', false, 'March 2015 – May 2020', [
          'Lead of a 14-person packing line; food safety records',
        ]),
        lines: ['Brandywine Mushroom Farms – Packing Line Lead (March 2015 – May 2020)'],
      },
      {
        ...job('Picker', 'Brandywine Mushroom Farms', '2011-08', '2015-02', false, 'August 2011 – February 2015'),
        lines: ['Brandywine Mushroom Farms – Picker (August 2011 – February 2015)'],
      },
    ],
    education: [
      edu('associate', 'Associate of Science, Business Administration – Chester Valley Community College, 2019', {
        field: 'Business Administration',
        institution: 'Chester Valley Community College',
        endYear: 2019,
      }),
      edu('high school', 'High School Diploma – Kennett Valley High School, 2011', {
        institution: 'Kennett Valley High School',
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [named('ServSafe Food Handler', 'ServSafe Food Handler (2024)')],
    languages: [lang('es', 'native', 'Spanish – native'), lang('en', 'C1', 'English – fluent')],
    skills: [
      'Customer-centric',
      'Time management',
      'Teamwork with packing, trucking and sales',
      'Working toward APICS CSCP (exam in 2027)',
    ],
    clientBase: null,
    competencies: ['customer_focus', 'organisation', 'teamwork'],
  },
  {
    id: 'en-h40-24-england-swindon-landscaper-to-artificial-grass-trade-account-manager-linkedin-export',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Four Hundred Twenty-Four',
    email: 'turf.swindon4024@example.com',
    phone: '07956 402424',
    contactLines: ['www.example.com/in/cand4024 (LinkedIn)'],
    tagline: 'Trade Account Manager at Wessex Artificial Grass\nSwindon, England, United Kingdom',
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
      'Landscaper and artificial grass installer, now on the trade side. I look after 70 landscapers, garden ' +
        'centres and small builders across Wiltshire, Gloucestershire and Oxfordshire who buy our grass and fit it ' +
        'themselves: roll stock, samples, installer training and site visits when a job goes wrong.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Trade Account Manager',
          'Wessex Artificial Grass Ltd',
          '2023-06',
          null,
          true,
          'June 2023 - Present (3 years 6 months)',
        ),
        lines: [
          'Wessex Artificial Grass Ltd',
          '6 years 6 months',
          'Trade Account Manager',
          'June 2023 - Present (3 years 6 months)',
          'Swindon, England, United Kingdom',
          'Trade accounts, installer training days, trade counter promotions.',
        ],
      },
      {
        ...job(
          'Installer',
          'Wessex Artificial Grass Ltd',
          '2020-06',
          '2023-05',
          false,
          'June 2020 - May 2023 (3 years)',
        ),
        lines: ['Installer', 'June 2020 - May 2023 (3 years)', 'Swindon, England, United Kingdom'],
      },
      {
        ...job(
          'Landscape Gardener',
          'Ridgeway Gardens',
          '2016-03',
          '2020-05',
          false,
          'March 2016 - May 2020 (4 years 3 months)',
        ),
        lines: [
          'Page 1 of 2',
          'Ridgeway Gardens',
          'Landscape Gardener',
          'March 2016 - May 2020 (4 years 3 months)',
          'Wroughton, England, United Kingdom',
        ],
      },
    ],
    education: [
      edu(
        'vocational',
        'Kennet Vale College\nLevel 2 Diploma in Work-based Horticulture, Horticulture · (2014 - 2016)',
        { field: 'Horticulture', institution: 'Kennet Vale College', startYear: 2014, endYear: 2016 },
      ),
    ],
    courses: [],
    certifications: [named('CSCS Labourer Card')],
    languages: [lang('en', 'native', 'English (Native or Bilingual)')],
    skills: ['Trade Sales', 'Landscaping', 'Networking'],
    closing: [{ kind: 'paragraph', text: 'Page 2 of 2' }],
    clientBase: { activeAccounts: 70, segment: 'regional_smb' },
    competencies: ['relationship_building'],
  },
  {
    id: 'en-h40-25-scotland-aberdeen-offshore-steward-to-modular-cabin-hire-controller-no-sales',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Four Hundred Twenty-Five',
    email: 'hire.aberdeen4025@example.net',
    phone: '01224 402 525',
    contactLines: ['Dyce, Aberdeen AB21'],
    headings: { profile: 'Profile', work: 'Employment', education: 'Education', skills: 'Skills' },
    profile: [
      'Hire controller for portable cabins, welfare units and modular buildings. I take the hire orders the ' +
        'account managers win, schedule the deliveries and collections with the transport team and keep the fleet ' +
        'records straight. Six years offshore before that taught me to keep calm when a plan changes.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Hire Controller',
        'Granite City Modular Hire Ltd',
        '2021-01',
        null,
        false,
        'January 2021 – present',
        [
          'Hire contracts, off-hire notes and damage reports for a fleet of about 900 units',
          'Delivery and collection plan with the transport team; crane and HIAB bookings',
          'Shutdown season planning for the oil and gas terminals',
        ],
        'Aberdeen',
      ),
      job(
        'Hire Desk Assistant',
        'Granite City Modular Hire Ltd',
        '2018-05',
        '2020-12',
        false,
        'May 2018 – December 2020',
        ['Phone and e-mail orders, availability checks, hire paperwork'],
        'Aberdeen',
      ),
      job(
        'Offshore Steward',
        'North Sea Catering Services',
        '2012-03',
        '2018-04',
        false,
        'March 2012 – April 2018',
        ['Housekeeping and galley on production platforms, two weeks on and three off'],
        'Aberdeen',
      ),
    ],
    education: [
      edu('vocational', 'SVQ Level 3 Business and Administration (work-based), 2020', {
        field: 'Business and Administration',
        endYear: 2020,
      }),
      edu('secondary', 'Highers – Stoneywood Academy, 2011', { institution: 'Stoneywood Academy', endYear: 2011 }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('en', 'native', 'English – native'), lang('no', 'A2', 'Norwegian – basic (from rotations)')],
    skills: [
      'Organised',
      'Works under pressure in the shutdown season',
      'Team player',
      'OPITO BOSIET (expired 2019, not renewed)',
    ],
    closing: [{ kind: 'paragraph', text: 'Doric spoken at home. References on request.' }],
    clientBase: null,
    competencies: ['organisation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'en-h40-26-canada-hamilton-ontario-college-leaver-safety-footwear-inside-sales',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    referenceDate: '2026-10-15',
    name: 'Candidate Thirty-Four Hundred Twenty-Six',
    email: 'boots.hamilton4026@example.com',
    phone: '(905) 555-0126',
    contactLines: ['Stoney Creek, ON L8G'],
    headings: { profile: 'Summary', work: 'Experience', education: 'Education', skills: 'Skills', courses: 'Training' },
    profile: [
      'Inside sales rep a year out of college. I handle about 240 smaller accounts – contractors, machine shops and ' +
        'municipal yards in the Golden Horseshoe – by phone and e-mail for a safety footwear and workwear ' +
        'distributor, and pass the bigger ones to our outside reps.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Inside Sales Representative',
        'Steeltown Safety Footwear Inc.',
        '2025-10',
        null,
        true,
        'October 2025 – Present',
        [
          'Reorders, quotes and boot-truck visit bookings for about 240 accounts',
          'Calling lapsed accounts: 35 back to ordering since January',
        ],
        'Hamilton',
      ),
      job(
        'Marketing Co-op Student',
        'Burlington Print House',
        '2024-05',
        '2024-08',
        false,
        'May – August 2024',
        undefined,
        'Burlington',
      ),
      job('Cashier', 'Westdale Grocery', '2019', '2023', false, '2019 – 2023 (part-time)', undefined, 'Hamilton'),
    ],
    education: [
      edu('short-cycle tertiary', 'Ontario College Diploma, Business – Marketing – Escarpment College, 2023 – 2025', {
        field: 'Business – Marketing',
        institution: 'Escarpment College',
        startYear: 2023,
        endYear: 2025,
      }),
      edu('high school', 'Ontario Secondary School Diploma – Sir Allan Westdale Secondary School, 2023', {
        institution: 'Sir Allan Westdale Secondary School',
        endYear: 2023,
      }),
    ],
    courses: [named('WHMIS 2015', 'WHMIS 2015 – 2025')],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('pt', 'B1', 'Portuguese – conversational (Azorean family)'),
    ],
    skills: ['Telephone selling', 'Customer focus', 'Proactive', 'Salesforce, Excel'],
    clientBase: { activeAccounts: 240, segment: 'regional_smb' },
    competencies: ['customer_focus', 'initiative', 'sales'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The forty-third held-out set's English CVs: ordinary CVs written in English as a second language, or by people who
 * moved between countries, as they write them in 2026 in England, Scotland, Ireland, the US, Canada, Australia, New
 * Zealand, South Africa, the UAE and Malta, written without reading the reader. The writers come from Mongolia,
 * Armenia, Albania, Moldova, Kazakhstan, Nepal, Bangladesh, Cambodia, Indonesia, Peru, Ecuador, Cuba, Ethiopia,
 * Cameroon, Senegal, Egypt, Tunisia, Lebanon, Iran, Bulgaria, Croatia, Lithuania, Taiwan, Fiji, Mauritius and
 * Zambia; foreign degrees, schools and employers, dates and titles partly in another language or another order, some
 * CVs translated from French, Spanish or Russian. Two Europass CVs and two LinkedIn exports. Trades no earlier English
 * set used: cashmere yarn, brandy import, ceramic tiles, pallet racking, grinding media for mines, trekking gear, jute
 * packaging, Asian noodles, rattan furniture, fresh blueberries, cut roses, cigar rolling, green coffee, lifts,
 * marine chandlery, power cables, olive oil, Lebanese pastries, hand-knotted rugs, forklift trucks, antifouling
 * paint, timber-frame houses, bicycle components, roofing iron, textile printing inks and payroll software. Careers
 * run from one year as a sales development representative to almost forty years; a cigar roller has never sold.
 */
export const HELD_OUT_43_EN: CvSource[] = [
  {
    id: 'en-h43-01-mongolia-to-leeds-cashmere-yarn-wholesale-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Seven Hundred One',
    email: 'cashmere.leeds4301@example.com',
    phone: '07700 430 101',
    contactLines: ['Headingley, Leeds LS6', 'Indefinite leave to remain'],
    headings: {
      profile: 'Personal statement',
      work: 'Work experience',
      education: 'Education',
      courses: 'Trainings',
      skills: 'Skills',
    },
    profile: [
      'I am from Ulaanbaatar and I live in the UK since 2016. My whole working life is in cashmere: first in the ' +
        'export office of a combing factory in Mongolia, now selling dehaired cashmere and yarn to British knitters. ' +
        'At the moment I manage 48 accounts – knitwear mills in Scotland and the Borders, small hand-knit brands and ' +
        'two weaving mills in Yorkshire. The buyers and owners decide the season orders with me. Yarn sales on my ' +
        'accounts was £2.1 million in 2025.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Manager', 'Gobi Fibre Trading UK Ltd', '2019-09', null, true, 'September 2019 – present', [
          'Responsible for 48 accounts in England and Scotland, new colours and spinning trials for every season',
          'Price negotiation with buyers, contracts for 6 and 12 months',
          'Visits to mills with our technical manager, trade show Pitti Filati in Florence',
        ]),
        lines: ['Account Manager', 'Gobi Fibre Trading UK Ltd, Leeds | September 2019 – present'],
      },
      {
        ...job(
          'Sales Assistant',
          'Gobi Fibre Trading UK Ltd',
          '2016-11',
          '2019-08',
          false,
          'November 2016 – August 2019',
          ['Order entry, samples, shipping documents and customs for raw material from Mongolia'],
        ),
        lines: ['Sales Assistant', 'Gobi Fibre Trading UK Ltd, Leeds | November 2016 – August 2019'],
      },
      {
        ...job('Export Specialist', 'Tuul Cashmere Combing LLC', '2010-03', '2016-07', true, 'March 2010 – July 2016', [
          'Sold dehaired cashmere to spinners in Italy, Japan and the UK, letters of credit and contracts',
        ]),
        lines: ['Export Specialist', 'Tuul Cashmere Combing LLC, Ulaanbaatar, Mongolia | March 2010 – July 2016'],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Bachelor of Business Administration (International Trade) – Ulaanbaatar University of Commerce, 2006 – 2010',
        {
          field: 'International Trade',
          institution: 'Ulaanbaatar University of Commerce',
          startYear: 2006,
          endYear: 2010,
        },
      ),
      edu('secondary', 'Complete secondary education – School No. 23, Ulaanbaatar, 2006', { endYear: 2006 }),
    ],
    courses: [
      named('Key account management', 'Key account management – two days, Leeds Chamber of Commerce, 2022'),
      named('Wool and speciality fibres', 'Wool and speciality fibres – evening course, 2018'),
    ],
    certifications: [],
    languages: [
      lang('mn', 'native', 'Mongolian – native'),
      lang('en', 'C1', 'English – C1 (IELTS 7.5)'),
      lang('ru', 'B2', 'Russian – B2'),
      lang('it', 'A2', 'Italian – A2'),
    ],
    skills: [
      'Negotiation with mill buyers',
      'Relationship building – long term partners, not one order',
      'Knowledge of fibre: micron, length, colour',
      'Excel, Sage 200, Shopify B2B',
    ],
    closing: [
      {
        kind: 'paragraph',
        text: 'Hobbies: horse riding, Mongolian wrestling (as spectator), cooking buuz for friends.',
      },
    ],
    clientBase: { activeAccounts: 48, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h43-02-armenia-to-glendale-brandy-and-wine-import-sales-rep',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Seven Hundred Two',
    email: 'ararat.glendale4302@example.net',
    phone: '(818) 555-4302',
    contactLines: ['Glendale, CA 91205'],
    headings: {
      profile: 'Summary',
      work: 'Professional Experience',
      education: 'Education',
      certifications: 'Licenses',
      skills: 'Skills',
      workTable: ['Dates', 'Company', 'Title'],
    },
    profile: [
      'Sales representative for an importer of Armenian brandy and wine in Southern California. I came from Yerevan ' +
        'in 2014 with my family. I sell to 210 liquor stores, restaurants and banquet halls in Los Angeles County, ' +
        'mostly owner-operated, so I talk directly with the owner who decides what goes on the shelf. Bilingual ' +
        'Armenian / English, also Russian.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Sales Representative', 'Noyan Imports Inc.', '2018-02', null, true, '02/2018 – Present', [
        'Route of 210 accounts: liquor stores, Armenian and Russian restaurants, banquet halls',
        'Tastings in stores, holiday displays, new placements of brandy 10 and 20 years',
        'Sales $3.4M in 2025, up 12% from 2024',
      ]),
      job('Merchandiser / Driver', 'Noyan Imports Inc.', '2015-06', '2018-01', false, '06/2015 – 01/2018', [
        'Delivered orders, rotated stock, built displays',
      ]),
      job('Cashier', 'Brand Boulevard Market', '2014-09', '2015-05', false, '09/2014 – 05/2015'),
      job('Sommelier', 'Hotel Aragats', '2009-04', '2014-07', false, '04/2009 – 07/2014', [
        'Yerevan, Armenia. Wine list and brandy menu, trained waiters, guided tastings for tourists',
      ]),
    ],
    education: [
      edu('bachelor', 'Bachelor, Food Technology – Armenian National Agrarian University, Yerevan, 2004–2008', {
        field: 'Food Technology',
        institution: 'Armenian National Agrarian University',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Responsible Beverage Service (RBS) training', 'Responsible Beverage Service (RBS) training – 2023'),
    ],
    certifications: [named('WSET Level 2 Award in Wines', 'WSET Level 2 Award in Wines, 2017')],
    languages: [
      lang('hy', 'native', 'Armenian – native'),
      lang('ru', 'C1', 'Russian – fluent'),
      lang('en', 'B2', 'English – good'),
    ],
    skills: ['Customer focus', 'Persuasive at tastings', 'Route planning', 'Class C driver license, clean record'],
    clientBase: { activeAccounts: 210, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'persuasiveness'],
  },
  {
    id: 'en-h43-03-albania-to-london-europass-ceramic-tiles-area-sales-manager',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Seven Hundred Three',
    nameLine: 'Europass\nCurriculum Vitae\nCandidate Thirty-Seven Hundred Three',
    email: 'tiles.enfield4303@example.com',
    phone: '+44 7823 430303',
    contactLines: ['Enfield, London EN3 (United Kingdom)'],
    afterContact: [
      { kind: 'heading', text: 'Personal information' },
      {
        kind: 'table',
        rows: [
          ['Nationality', 'Albanian, British'],
          ['Date of birth', '14/03/1983'],
          ['Job applied for', 'Area Sales Manager – building materials'],
        ],
      },
    ],
    headings: {
      work: 'Work experience',
      education: 'Education and training',
      courses: 'Additional information – trainings',
      certifications: 'Driving licence and cards',
      skills: 'Job-related skills',
      languages: 'Mother tongue(s) / Other language(s)',
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
        'Area Sales Manager – North London and Hertfordshire',
        'Adriatic Tile Supplies Ltd',
        '2020-01',
        null,
        true,
        '01/2020 – present',
        [
          'Managing 75 trade accounts: independent tile shops, kitchen and bathroom showrooms and tiling contractors',
          'Owners and showroom managers are my contacts, they decide the ranges they display',
          'Turnover of the area £1.6 million (approx. €1.85 million) in 2025',
        ],
        'Unit 4, Brimsdown Industrial Estate, Enfield EN3',
      ),
      job(
        'Showroom Sales Advisor',
        'Adriatic Tile Supplies Ltd',
        '2015-04',
        '2019-12',
        true,
        '04/2015 – 12/2019',
        ['Advised homeowners and builders in the showroom, quotes and orders, layout drawings'],
        'Enfield EN3',
      ),
      job('Tiler (self-employed)', 'own business', '2009-06', '2015-03', false, '06/2009 – 03/2015', [
        'Bathrooms and kitchens in London, subcontract work for builders',
      ]),
      job(
        'Sales Agent',
        'Shkodra Keramika sh.p.k.',
        '2005-09',
        '2008-12',
        true,
        '09/2005 – 12/2008',
        ['Sold tiles and sanitary ware to building shops in the north of Albania'],
        'Shkodër, Albania',
      ),
    ],
    education: [
      edu('bachelor', 'Bachelor (Diplomë Bachelor) in Economics – University of Shkodra, Albania, 2001 – 2005', {
        field: 'Economics',
        institution: 'University of Shkodra',
        startYear: 2001,
        endYear: 2005,
      }),
      edu('secondary', 'Gjimnazi “Pjetër Bogdani”, Shkodër – general secondary school, 2001', {
        institution: 'Gjimnazi “Pjetër Bogdani”',
        endYear: 2001,
      }),
    ],
    courses: [
      named(
        'Large format porcelain – product training',
        'Large format porcelain – product training (manufacturer, Castellón), 2022',
      ),
    ],
    certifications: [],
    languages: [lang('sq', 'native', ''), lang('en', 'C1', ''), lang('it', 'B2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Mother tongue(s): Albanian' },
      {
        kind: 'table',
        header: ['Other language(s)', 'Understanding', 'Speaking', 'Writing'],
        rows: [
          ['English', 'C1', 'C1', 'C1'],
          ['Italian', 'B2', 'B2', 'B2'],
        ],
      },
      { kind: 'paragraph', text: 'Levels: A1/A2 basic user – B1/B2 independent user – C1/C2 proficient user (CEFR)' },
    ],
    skills: [
      'Good communication skills with trade customers and contractors',
      'Practical knowledge of tiling: I can explain every adhesive and every trim',
      'Driving licence category B (UK and Albanian)',
    ],
    clientBase: { activeAccounts: 75, annualRevenueEur: 1_850_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication'],
  },
  {
    id: 'en-h43-04-moldova-to-dublin-europass-pallet-racking-sales-executive',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Seven Hundred Four',
    email: 'racking.dublin4304@example.org',
    phone: '+353 87 430 4404',
    contactLines: [
      'Address: Clondalkin, Dublin 22, Ireland',
      'Date of birth: 07/09/1990',
      'Nationality: Moldovan, Romanian',
    ],
    headings: {
      profile: 'ABOUT ME',
      work: 'WORK EXPERIENCE',
      education: 'EDUCATION AND TRAINING',
      courses: 'COURSES AND SEMINARS',
      certifications: 'CERTIFICATES',
      skills: 'DIGITAL SKILLS',
      languages: 'LANGUAGE SKILLS',
    },
    profile: [
      'Engineer by education (Technical University of Moldova), in Ireland since 2015. From installer of ' +
        'warehouse racking I became sales executive. Now I look after 40 warehouse and logistics customers in ' +
        'Leinster and Munster: 3PL companies, food distributors and builders merchants. Proactive and organised.',
    ],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Period',
      title: 'Position',
      employer: 'Employer / City / Country',
      duties: 'Activities',
    },
    jobs: [
      job(
        'Sales Executive',
        'Liffey Storage Systems Ltd',
        '2021-03',
        null,
        true,
        '01/03/2021 – CURRENT',
        [
          'Site surveys, rack layouts in AutoCAD and quotations for pallet racking, mezzanines and shelving',
          '40 active customers, contacts are warehouse managers and operations directors',
          'Rack inspections sold as yearly contracts',
        ],
        'Dublin, Ireland',
      ),
      job(
        'Racking Installer / Team Leader',
        'Liffey Storage Systems Ltd',
        '2016-05',
        '2021-02',
        false,
        '16/05/2016 – 28/02/2021',
        ['Team of four installers, installations up to 12 metres, damage repairs'],
        'Dublin, Ireland',
      ),
      job(
        'Warehouse Operative',
        'Naas Road Logistics',
        '2015-08',
        '2016-04',
        false,
        '08/2015 – 04/2016',
        [],
        'Dublin, Ireland',
      ),
      job(
        'Inginer proiectant (Design Engineer)',
        'Construct-Metal SRL',
        '2012-09',
        '2015-06',
        false,
        '09/2012 – 06/2015',
        ['Steel structures for agricultural buildings'],
        'Chișinău, Moldova',
      ),
    ],
    education: [
      edu(
        'bachelor',
        'Licență (Bachelor) in Industrial and Civil Engineering – Technical University of Moldova, Chișinău, 2008 – 2012',
        {
          field: 'Industrial and Civil Engineering',
          institution: 'Technical University of Moldova',
          startYear: 2008,
          endYear: 2012,
        },
      ),
      edu('secondary', 'Baccalaureate diploma – Liceul Teoretic „Mihai Eminescu”, Bălți, 2008', {
        institution: 'Liceul Teoretic „Mihai Eminescu”',
        endYear: 2008,
      }),
    ],
    courses: [named('SEMA approved rack inspector course', 'SEMA approved rack inspector course – 2019')],
    certifications: [named('Safe Pass', 'Safe Pass – valid to 2027'), named('IPAF 3a/3b', 'IPAF 3a/3b – 2024')],
    languages: [
      lang('ro', 'native', 'Romanian – mother tongue'),
      lang('ru', 'C2', 'Russian – C2'),
      lang('en', 'B2', 'English – B2'),
    ],
    skills: ['AutoCAD (rack layouts)', 'Microsoft Office', 'HubSpot CRM'],
    clientBase: { activeAccounts: 40, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'organisation'],
  },
  {
    id: 'en-h43-05-kazakhstan-to-sudbury-grinding-media-account-manager-linkedin-export',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Seven Hundred Five',
    email: 'grinding.sudbury4305@example.com',
    phone: '(705) 555-4305',
    contactLines: ['www.example.com/in/cand4305 (LinkedIn)'],
    tagline: 'Technical Account Manager – Grinding Media at Boreal Mill Consumables\nGreater Sudbury, Ontario, Canada',
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      skills: 'Top Skills',
      languages: 'Languages',
    },
    profile: [
      'Metallurgist from Karaganda, 17 years around grinding mills: first in a concentrator in Kazakhstan, since 2019 ' +
        'in Canada. I manage 9 mine sites in Ontario, Quebec and Nunavut for grinding balls and mill liners – about ' +
        'CAD 28 million per year. My contacts are mill superintendents and procurement managers who sign the supply ' +
        'agreements. Analytical approach: wear tests, ball charge audits, cost per tonne.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Technical Account Manager – Grinding Media',
          'Boreal Mill Consumables',
          '2022-01',
          null,
          true,
          'January 2022 - Present (4 years 11 months)',
        ),
        lines: [
          'Boreal Mill Consumables',
          'Technical Account Manager – Grinding Media',
          'January 2022 - Present (4 years 11 months)',
          'Greater Sudbury, Ontario, Canada',
          'Supply agreements, wear trials and consumption reports for 9 mine sites.',
        ],
      },
      {
        ...job(
          'Field Service Metallurgist',
          'Boreal Mill Consumables',
          '2019-06',
          '2021-12',
          false,
          'June 2019 - December 2021 (2 years 7 months)',
        ),
        lines: [
          'Field Service Metallurgist',
          'June 2019 - December 2021 (2 years 7 months)',
          'Timmins, Ontario, Canada',
        ],
      },
      {
        ...job(
          'Senior Process Engineer',
          'Saryarka Copper JSC',
          '2012-04',
          '2019-03',
          false,
          'April 2012 - March 2019 (7 years)',
        ),
        lines: [
          'Saryarka Copper JSC',
          'Senior Process Engineer',
          'April 2012 - March 2019 (7 years)',
          'Balkhash, Kazakhstan',
        ],
      },
      {
        ...job(
          'Process Engineer',
          'Saryarka Copper JSC',
          '2009-08',
          '2012-03',
          false,
          'August 2009 - March 2012 (2 years 8 months)',
        ),
        lines: ['Process Engineer', 'August 2009 - March 2012 (2 years 8 months)'],
      },
    ],
    education: [
      edu('master', 'Karaganda Technical University\nMaster of Engineering, Metallurgy · (2007 - 2009)', {
        field: 'Metallurgy',
        institution: 'Karaganda Technical University',
        startYear: 2007,
        endYear: 2009,
      }),
      edu('bachelor', 'Karaganda Technical University\nBachelor of Engineering, Mineral Processing · (2003 - 2007)', {
        field: 'Mineral Processing',
        institution: 'Karaganda Technical University',
        startYear: 2003,
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('kk', 'native', 'Kazakh (Native or Bilingual)'),
      lang('ru', 'native', 'Russian (Native or Bilingual)'),
      lang('en', 'C1', 'English (Full Professional)'),
    ],
    skills: ['Mineral Processing', 'Technical Sales', 'Key Account Management'],
    closing: [{ kind: 'paragraph', text: 'Page 1 of 2' }],
    clientBase: { activeAccounts: 9, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'sales'],
  },
  {
    id: 'en-h43-06-nepal-to-sydney-trekking-guide-to-outdoor-gear-wholesale-rep',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Seven Hundred Six',
    email: 'trekking.parramatta4306@example.net',
    phone: '0412 430 606',
    contactLines: ['Harris Park NSW 2150', 'Permanent resident'],
    headings: {
      profile: 'Career Objective',
      work: 'Employment History',
      education: 'Qualifications',
      courses: 'Short Courses',
      certifications: 'Tickets',
      skills: 'Key Skills',
    },
    profile: [
      'Hard working and friendly person, former trekking guide in the Annapurna and Everest regions. In Australia ' +
        'since 2013. Now territory sales rep for an outdoor gear distributor: I look after 65 independent outdoor ' +
        'and camping stores in NSW and the ACT. Store owners trust me because I used the gear myself in the mountains.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Territory Sales Representative – NSW/ACT',
          'Blue Gum Outdoor Distribution Pty Ltd',
          '2020-07',
          null,
          true,
          'Jul 2020 – current',
          [
            '65 stores, indent orders twice a year and in-season reorders',
            'Staff product training nights in stores',
            'Territory sales AUD 4.2 million FY2025',
          ],
        ),
        lines: [
          'Jul 2020 – current: Territory Sales Representative – NSW/ACT, Blue Gum Outdoor Distribution Pty Ltd, Sydney',
        ],
      },
      {
        ...job('Retail Sales Assistant', 'Summit Trail Outfitters', '2015-02', '2020-06', true, 'Feb 2015 – Jun 2020', [
          'Sales floor, boot fitting, hire department',
        ]),
        lines: ['Feb 2015 – Jun 2020: Retail Sales Assistant, Summit Trail Outfitters, Sydney CBD'],
      },
      {
        ...job('Kitchen Hand', 'Church Street Momo House', '2013-08', '2015-01', false, 'Aug 2013 – Jan 2015'),
        lines: ['Aug 2013 – Jan 2015: Kitchen Hand, Church Street Momo House, Parramatta (while studying)'],
      },
      {
        ...job('Trekking Guide', 'Himal Pathways Treks & Expedition (P.) Ltd.', '2006', '2013', false, '2006 – 2013', [
          'Led groups of up to 12 trekkers, 18 to 21 days, permits and porters',
        ]),
        lines: ['2006 – 2013: Trekking Guide, Himal Pathways Treks & Expedition (P.) Ltd., Kathmandu, Nepal'],
      },
    ],
    education: [
      edu('vocational', 'Certificate IV in Business – Parramatta College of Business, 2014', {
        field: 'Business',
        institution: 'Parramatta College of Business',
        endYear: 2014,
      }),
      edu('secondary', '+2 (Higher Secondary, Management stream) – Pokhara Higher Secondary School, 2005', {
        institution: 'Pokhara Higher Secondary School',
        endYear: 2005,
      }),
      edu('lower secondary', 'SLC (School Leaving Certificate) – Shree Janapriya Secondary School, 2003', {
        institution: 'Shree Janapriya Secondary School',
        endYear: 2003,
      }),
    ],
    courses: [named('Wilderness first aid', 'Wilderness first aid – 2012')],
    certifications: [named('Licensed trekking guide (Nepal)', 'Licensed trekking guide (Nepal), 2007')],
    languages: [lang('ne', 'native', ''), lang('en', 'C1', ''), lang('hi', 'B2', '')],
    languagesText: ['Nepali is my mother tongue. English fluent, Hindi good (speaking).'],
    skills: ['Customer service', 'Team player', 'Product knowledge: boots, packs, tents, down', 'Own car, NSW licence'],
    clientBase: { activeAccounts: 65, segment: 'regional_smb', decisionMakers: true },
    competencies: ['teamwork'],
  },
  {
    id: 'en-h43-07-bangladesh-to-birmingham-jute-and-paper-packaging-sales-manager',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Seven Hundred Seven',
    nameLine: 'CURRICULUM VITAE\nCandidate Thirty-Seven Hundred Seven',
    email: 'jutebags.birmingham4307@example.com',
    phone: '07956 430707',
    contactLines: ['Small Heath, Birmingham B10'],
    headings: {
      profile: 'Career Summary',
      work: 'Employment Record',
      education: 'Academic Qualifications',
      courses: 'Professional Training',
      skills: 'Skills & Competencies',
    },
    profile: [
      'Sales manager with 14 years in packaging, first in Dhaka with a jute goods exporter and since 2017 in the UK. ' +
        'I sell jute, cotton and paper bags with custom printing to retailers, supermarkets and events companies in ' +
        'the UK: 120 active accounts, 18 of them national chains. Turnover of my accounts £2.6m last financial year. ' +
        'Good in negotiation and always keep the promise on delivery.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Sales Manager',
        'Greenweave Packaging UK Ltd',
        '2020-10',
        null,
        true,
        'Oct 2020 – Till date',
        [
          'Own book of 120 accounts, team of 2 sales coordinators',
          'Tenders for supermarket bag-for-life programmes',
          'Factory audits with buyers in Bangladesh',
        ],
        'Birmingham',
      ),
      job(
        'Business Development Executive',
        'Greenweave Packaging UK Ltd',
        '2017-05',
        '2020-09',
        true,
        'May 2017 – Sep 2020',
        ['New accounts from trade shows and cold calling'],
        'Birmingham',
      ),
      job(
        'Assistant Manager, Export Marketing',
        'Padma Jute Diversified Products Ltd.',
        '2012-01',
        '2017-03',
        true,
        'Jan 2012 – Mar 2017',
        ['Buyers from Germany, the Netherlands and the UK; LC, shipment and sampling'],
        'Dhaka, Bangladesh',
      ),
    ],
    education: [
      edu('mba', 'MBA (Marketing) – University of Dhaka, 2011', { institution: 'University of Dhaka', endYear: 2011 }),
      edu('bba', 'BBA (Hons) – University of Dhaka, 2006 – 2010', {
        institution: 'University of Dhaka',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('secondary', 'HSC (Business Studies), Dhaka Board – Notre Dame College, 2005', {
        institution: 'Notre Dame College',
        endYear: 2005,
      }),
    ],
    courses: [
      named(
        'Negotiating with retail buyers',
        'Negotiating with retail buyers – Chartered Institute of Marketing, 2019',
      ),
    ],
    certifications: [],
    languages: [
      lang('bn', 'native', 'Bangla – mother tongue'),
      lang('en', 'C1', 'English – fluent'),
      lang('hi', 'B1', 'Hindi – conversational'),
    ],
    skills: ['Negotiation', 'Relationship building', 'Team leadership', 'MS Excel, Sage, Salesforce'],
    closing: [{ kind: 'paragraph', text: 'Reference: will be provided upon request.' }],
    clientBase: { activeAccounts: 120, segment: 'national' },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h43-08-cambodia-to-auckland-noodle-distributor-sales-rep',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Seven Hundred Eight',
    email: 'noodles.auckland4308@example.org',
    phone: '021 430 8080',
    contactLines: ['Mt Roskill, Auckland 1041'],
    headings: {
      profile: 'About Me',
      work: 'Work Experience',
      education: 'Education',
      skills: 'Skills',
    },
    profile: [
      'I was born in Battambang and came to New Zealand in 2017 as a student. I work in sales for a company that ' +
        'makes fresh rice noodles and dumplings. I visit 90 Asian grocery shops and restaurants in Auckland and ' +
        'Hamilton every week or two, take orders and help with displays. Most are family business, I speak with ' +
        'the owner. Reliable, friendly, I work well under pressure at New Year when orders double.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Sales Representative',
        'Golden Lotus Foods Ltd',
        '2022-03',
        null,
        true,
        '03/2022 - now',
        [
          '90 shops and restaurants, orders on the tablet, weekly delivery plan with the drivers',
          'Opened 30 new accounts since I started',
        ],
        'Auckland',
      ),
      job(
        'Production Worker',
        'Golden Lotus Foods Ltd',
        '2019-11',
        '2022-02',
        false,
        '11/2019 - 02/2022',
        [],
        'Auckland',
      ),
      job(
        'Cafe All-rounder',
        'Dominion Road Bakery & Cafe',
        '2017-08',
        '2019-10',
        false,
        '08/2017 - 10/2019',
        ['Part time while studying'],
        'Auckland',
      ),
      job(
        'Sales staff',
        'Sokha Mobile Phone Shop',
        '2014-01',
        '2017-06',
        true,
        '01/2014 - 06/2017',
        [],
        'Battambang, Cambodia',
      ),
    ],
    education: [
      edu('vocational', 'New Zealand Diploma in Business (Level 5) – Auckland Institute of Studies, 2017 – 2019', {
        field: 'Business',
        institution: 'Auckland Institute of Studies',
        startYear: 2017,
        endYear: 2019,
      }),
      edu('secondary', 'High school diploma (Bac II) – Battambang High School, 2013', {
        institution: 'Battambang High School',
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('km', 'native', 'Khmer – native'),
      lang('en', 'B2', 'English – good'),
      lang('th', 'A2', 'Thai – basic'),
    ],
    skills: ['Works under pressure', 'Customer focus', 'Class 1 driver licence (full)'],
    clientBase: { activeAccounts: 90, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'en-h43-09-indonesia-to-perth-rattan-furniture-import-sales-manager',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Seven Hundred Nine',
    email: 'rattan.perth4309@example.com',
    phone: '0433 430 909',
    contactLines: ['Osborne Park WA 6017'],
    tagline: 'Wholesale Sales Manager | Outdoor & Rattan Furniture',
    headings: {
      profile: 'Profile',
      work: 'Career History',
      education: 'Education',
      skills: 'Strengths',
    },
    profile: [
      'Born in Cirebon, the rattan capital of Java, where my father had a workshop. I came to Perth in 2011 after ' +
        'six years in a furniture exporter. I manage the wholesale side of a furniture importer: 55 furniture ' +
        'stores, interior designers and resorts in Western Australia and the Northern Territory. Creative with ' +
        'new collections, I design some pieces together with the factories.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Wholesale Sales Manager', 'Swan River Living Imports', '2016-02', null, true, 'since February 2016', [
          '55 trade accounts, indent orders by container, showroom days for retailers',
          'Collections developed with three factories in Cirebon and Jepara',
        ]),
        lines: ['Wholesale Sales Manager', 'Swan River Living Imports, Osborne Park | since February 2016'],
      },
      {
        ...job(
          'Showroom Consultant',
          'Swan River Living Imports',
          '2011-09',
          '2016-01',
          true,
          'September 2011 – January 2016',
        ),
        lines: ['Showroom Consultant', 'Swan River Living Imports, Osborne Park | September 2011 – January 2016'],
      },
      {
        ...job(
          'Marketing Staff (Export)',
          'PT Rotan Nusantara Abadi',
          '2005-06',
          '2011-06',
          true,
          'June 2005 – June 2011',
          ['Buyers from Australia, the Netherlands and Japan, samples and container orders'],
        ),
        lines: ['Marketing Staff (Export)', 'PT Rotan Nusantara Abadi, Cirebon, Indonesia | June 2005 – June 2011'],
      },
    ],
    education: [
      edu('bachelor', 'Sarjana Ekonomi (S.E.), Management – Universitas Swadaya Gunung Jati, Cirebon, 2001 – 2005', {
        field: 'Management',
        institution: 'Universitas Swadaya Gunung Jati',
        startYear: 2001,
        endYear: 2005,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('id', 'native', 'Bahasa Indonesia – native'),
      lang('jv', 'native', 'Javanese – native'),
      lang('en', 'C1', 'English – fluent'),
    ],
    skills: [
      'Creative product development',
      'Import planning and container logistics',
      'Relationship building with designers',
    ],
    clientBase: { activeAccounts: 55, segment: 'regional_smb' },
    competencies: ['innovation', 'relationship_building'],
  },
  {
    id: 'en-h43-10-peru-to-houston-blueberry-import-key-account-manager-linkedin-export',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Seven Hundred Ten',
    email: 'blueberries.houston4310@example.net',
    phone: '(713) 555-4310',
    contactLines: ['www.example.com/in/cand4310 (LinkedIn)'],
    tagline: 'Key Account Manager | Fresh Produce | Berries from Peru to US retail\nHouston, Texas, United States',
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
      'Agronomist from Trujillo. I worked six years on blueberry farms and packhouses in La Libertad before moving ' +
        'to Texas in 2019. Now I manage 7 retail and foodservice chains in Texas, Louisiana and Oklahoma for a ' +
        'Peruvian-owned berry importer – category buyers and produce directors. Program volume around 4.5 million ' +
        'pounds of fruit per season.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager',
          'Andean Berry Imports LLC',
          '2021-08',
          null,
          true,
          'August 2021 - Present (5 years 4 months)',
        ),
        lines: [
          'Andean Berry Imports LLC',
          'Key Account Manager',
          'August 2021 - Present (5 years 4 months)',
          'Houston, Texas, United States',
          'Season programs, weekly pricing and promotions with retail buyers; quality claims and arrivals.',
        ],
      },
      {
        ...job(
          'Sales Coordinator',
          'Andean Berry Imports LLC',
          '2019-10',
          '2021-07',
          false,
          'October 2019 - July 2021 (1 year 10 months)',
        ),
        lines: ['Sales Coordinator', 'October 2019 - July 2021 (1 year 10 months)', 'Houston, Texas'],
      },
      {
        ...job(
          'Jefe de Packing (Packhouse Manager)',
          'Agrícola Virú Alto S.A.C.',
          '2015-03',
          '2019-06',
          false,
          'March 2015 - June 2019 (4 years 4 months)',
        ),
        lines: [
          'Agrícola Virú Alto S.A.C.',
          'Jefe de Packing (Packhouse Manager)',
          'March 2015 - June 2019 (4 years 4 months)',
          'La Libertad, Peru',
        ],
      },
      {
        ...job(
          'Field Agronomist',
          'Agrícola Virú Alto S.A.C.',
          '2013-01',
          '2015-02',
          false,
          'January 2013 - February 2015 (2 years 2 months)',
        ),
        lines: ['Field Agronomist', 'January 2013 - February 2015 (2 years 2 months)'],
      },
    ],
    education: [
      edu('bachelor', 'Universidad Nacional de Trujillo\nIngeniero Agrónomo (Bachelor), Agronomy · (2007 - 2012)', {
        field: 'Agronomy',
        institution: 'Universidad Nacional de Trujillo',
        startYear: 2007,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [
      named('PACA Basics', 'PACA Basics'),
      named('GLOBALG.A.P. Internal Auditor', 'GLOBALG.A.P. Internal Auditor'),
    ],
    languages: [lang('es', 'native', 'Spanish (Native or Bilingual)'), lang('en', 'C1', 'English (Full Professional)')],
    skills: ['Fresh Produce', 'Category Management', 'Negotiation'],
    closing: [{ kind: 'paragraph', text: 'Page 1 of 2' }],
    clientBase: { activeAccounts: 7, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'en-h43-11-ecuador-to-new-jersey-cut-roses-wholesale-sales-rep',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Seven Hundred Eleven',
    email: 'roses.elizabeth4311@example.com',
    phone: '(908) 555-4311',
    contactLines: ['Elizabeth, NJ 07201'],
    headings: {
      profile: 'Summary of Qualifications',
      work: 'Work Experience',
      education: 'Education',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Bilingual (Spanish/English) wholesale sales rep for a flower importer, 11 years in roses from the farm in ' +
        'Cayambe to the florist in New Jersey. Translated and adapted from my Spanish CV.',
      '• 140 active accounts: retail florists, event designers and supermarket floral departments in New Jersey, ' +
        'New York City and eastern Pennsylvania',
      '• Valentine’s and Mother’s Day pre-books, standing orders every week',
      '• Florist owners decide the orders; I call each of them before the Miami arrivals',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Wholesale Sales Representative',
          'Garden State Floral Imports',
          '2019-04',
          null,
          true,
          'April 2019 – present',
          ['Phone and WhatsApp sales, visits to the big accounts', 'Sales of USD 2.8 million in 2025'],
        ),
        lines: ['Wholesale Sales Representative – Garden State Floral Imports, Elizabeth, NJ – April 2019 – present'],
      },
      {
        ...job(
          'Warehouse Lead (cooler)',
          'Garden State Floral Imports',
          '2017-01',
          '2019-03',
          false,
          'January 2017 – March 2019',
        ),
        lines: ['Warehouse Lead (cooler) – Garden State Floral Imports – January 2017 – March 2019'],
      },
      {
        ...job(
          'Jefa de Ventas (Sales Manager)',
          'Rosas del Cayambe S.A.',
          '2013-05',
          '2016-10',
          true,
          'May 2013 – October 2016',
          ['Export sales to importers in the USA, Russia and the Netherlands, 60 varieties'],
        ),
        lines: ['Jefa de Ventas (Sales Manager) – Rosas del Cayambe S.A., Cayambe, Ecuador – May 2013 – October 2016'],
      },
      {
        ...job(
          'Asistente de Postcosecha (Post-harvest Assistant)',
          'Rosas del Cayambe S.A.',
          '2010-02',
          '2013-04',
          false,
          'February 2010 – April 2013',
        ),
        lines: [
          'Asistente de Postcosecha (Post-harvest Assistant) – Rosas del Cayambe S.A. – February 2010 – April 2013',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Ingeniería Comercial (Bachelor’s degree in Business) – Universidad Politécnica Salesiana, Quito, 2005 – 2010',
        {
          field: 'Business',
          institution: 'Universidad Politécnica Salesiana',
          startYear: 2005,
          endYear: 2010,
        },
      ),
    ],
    courses: [named('Food Safety for Produce Handlers', 'Food Safety for Produce Handlers – 2021')],
    certifications: [],
    languages: [
      lang('es', 'native', 'Spanish – native'),
      lang('en', 'B2', 'English – B2'),
      lang('ru', 'A1', 'Russian – A1'),
    ],
    skills: ['Customer focus', 'Time management in high season', 'QuickBooks, Excel'],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'en-h43-12-cuba-to-tampa-master-cigar-roller-no-sales',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Seven Hundred Twelve',
    email: 'torcedor.tampa4312@example.org',
    phone: '(813) 555-4312',
    contactLines: ['Ybor City, Tampa, FL 33605'],
    headings: {
      profile: 'Objective',
      work: 'Experience',
      education: 'Education',
      skills: 'Skills',
    },
    profile: [
      'Master cigar roller (torcedor) with 38 years at the table, 27 in Havana and since 2015 in Tampa. I look for ' +
        'a position as head roller or as trainer of new rollers. I never worked in sales; I roll, I teach and I check ' +
        'the quality of the leaf.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Master Cigar Roller & Trainer',
          'Seventh Avenue Cigar Factory',
          '2015-09',
          null,
          false,
          'Sept 2015 – present',
          [
            'Rolling about 400 cigars per day, all vitolas up to the 7 inch salomón',
            'Trained 11 new rollers (apprentice program of 9 months)',
            'Rolling demonstrations for visitors on Saturdays',
          ],
        ),
        lines: ['Master Cigar Roller & Trainer', 'Seventh Avenue Cigar Factory, Tampa, FL | Sept 2015 – present'],
      },
      {
        ...job(
          'Torcedor de 9na categoría (Master Roller, 9th grade)',
          'Fábrica de Tabacos Habana Vieja',
          '1996',
          '2014',
          false,
          '1996 – 2014',
        ),
        lines: [
          'Torcedor de 9na categoría (Master Roller, 9th grade)',
          'Fábrica de Tabacos Habana Vieja, La Habana, Cuba | 1996 – 2014',
        ],
      },
      {
        ...job('Torcedor', 'Fábrica de Tabacos Habana Vieja', '1988', '1996', false, '1988 – 1996'),
        lines: ['Torcedor', 'Fábrica de Tabacos Habana Vieja | 1988 – 1996'],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: '2014 – 2015: emigration to the United States, English classes and odd jobs.' },
    ],
    education: [
      edu('vocational', 'Escuela de Torcedores (cigar rolling school), 9 months – La Habana, 1988', { endYear: 1988 }),
      edu('lower secondary', 'Secundaria Básica “José Martí” – Pinar del Río, 1984', {
        institution: 'Secundaria Básica “José Martí”',
        endYear: 1984,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('es', 'native', 'Spanish – native'), lang('en', 'A2', 'English – basic')],
    skills: ['Mentoring of apprentices', 'Quality control of wrapper and filler', 'Blending'],
    clientBase: null,
    competencies: ['coaching'],
  },
  {
    id: 'en-h43-13-ethiopia-to-washington-green-coffee-importer-sales-manager',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate Thirty-Seven Hundred Thirteen',
    email: 'yirgacheffe.dc4313@example.net',
    phone: '(202) 555-4313',
    contactLines: ['Silver Spring, MD 20910'],
    tagline: 'Green Coffee Sales Manager · Licensed Q Arabica Grader',
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Experience',
      education: 'Education',
      certifications: 'Certifications',
      skills: 'Skills',
    },
    profile: [
      'I grew up between coffee trees in Sidama and have worked in coffee for 22 years: at the commodity exchange ' +
        'in Addis Ababa, at an export company, and since 2016 in the United States. I sell green coffee from ' +
        'Ethiopia, Kenya and Rwanda to 85 specialty roasters on the East Coast and in the Midwest, most of them ' +
        'owner-roasters who cup the samples and decide themselves.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Sales Manager', 'Highland Cherry Green Coffee Co.', '2019-01', null, true, '2019 (January) – present', [
          '85 roaster accounts from Maine to Illinois, annual contracts and spot sales',
          'Origin trips for roasters to washing stations',
          'Sales of $9 million in 2025',
        ]),
        lines: ['Sales Manager', 'Highland Cherry Green Coffee Co., Washington, DC · 2019 (January) – present'],
      },
      {
        ...job(
          'Quality Control & Sample Roaster',
          'Highland Cherry Green Coffee Co.',
          '2016-06',
          '2018-12',
          false,
          '2016 (June) – 2018 (December)',
        ),
        lines: ['Quality Control & Sample Roaster', 'Highland Cherry Green Coffee Co. · 2016 (June) – 2018 (December)'],
      },
      {
        ...job(
          'Export Manager',
          'Abyssinia Origin Coffee Export PLC',
          '2009',
          '2016',
          true,
          '2001 E.C. – 2008 E.C. (2009 – 2016)',
          ['Contracts with importers in Germany, Japan and the US'],
        ),
        lines: [
          'Export Manager',
          'Abyssinia Origin Coffee Export PLC, Addis Ababa · 2001 E.C. – 2008 E.C. (2009 – 2016)',
        ],
      },
      {
        ...job('Coffee Cupper / Grader', 'Ethiopia Commodity Exchange', '2004', '2009', false, '2004 – 2009'),
        lines: ['Coffee Cupper / Grader', 'Ethiopia Commodity Exchange, Addis Ababa · 2004 – 2009'],
      },
    ],
    education: [
      edu('bsc', 'BSc in Plant Science – Hawassa University, 2000 – 2004', {
        field: 'Plant Science',
        institution: 'Hawassa University',
        startYear: 2000,
        endYear: 2004,
      }),
    ],
    courses: [named('Green Coffee Buying', 'Green Coffee Buying – Specialty Coffee Association, 2017')],
    certifications: [named('Licensed Q Arabica Grader', 'Licensed Q Arabica Grader (recalibrated 2024)')],
    languages: [lang('am', 'native', 'Amharic – native'), lang('en', 'C1', 'English – fluent')],
    skills: ['Cupping and sensory analysis', 'Relationship building with roasters', 'Negotiation of forward contracts'],
    clientBase: { activeAccounts: 85, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h43-14-cameroon-to-manchester-lift-maintenance-contracts-sales-engineer',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Seven Hundred Fourteen',
    email: 'ascenseurs.manchester4314@example.com',
    phone: '07412 431 414',
    contactLines: ['Salford M6', 'Right to work in the UK: yes (British citizen)'],
    headings: {
      profile: 'Professional profile',
      work: 'Professional experience',
      education: 'Diplomas',
      courses: 'Trainings',
      skills: 'Competences',
      workTable: ['Period', 'Company', 'Function'],
    },
    profile: [
      'Sales engineer for lift and escalator service contracts, translated from my French CV. Engineer from ' +
        'Douala, first lift technician in Cameroon, then in France, in Manchester since 2014. My portfolio: 160 ' +
        'service contracts with housing associations, hotels, hospitals and office landlords in Greater Manchester ' +
        'and Lancashire, about £3.1m per year. Rigorous, diplomatic with difficult customers.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Sales Engineer – Service & Modernisation',
        'Irwell Lift Services Ltd',
        '2018-09',
        null,
        true,
        'Sept. 2018 – today',
        [
          'Renewals and new maintenance contracts, modernisation quotations',
          'Surveys with the technicians, tender documents for housing associations',
        ],
      ),
      job('Lift Service Engineer', 'Irwell Lift Services Ltd', '2014-03', '2018-08', false, 'March 2014 – Aug. 2018', [
        'Breakdowns and maintenance round of 90 lifts',
      ]),
      job(
        'Technicien ascensoriste (Lift Technician)',
        'Ascenseurs Rhône-Alpes SAS',
        '2009-10',
        '2014-02',
        false,
        'Oct. 2009 – Feb. 2014',
      ),
      job(
        'Technicien de maintenance',
        'Soudanaise des Ascenseurs SARL',
        '2006-01',
        '2009-08',
        false,
        'Jan. 2006 – Aug. 2009',
      ),
    ],
    education: [
      edu('bachelor', 'Licence professionnelle (Bachelor) Electrical Engineering – Université de Douala, 2005', {
        field: 'Electrical Engineering',
        institution: 'Université de Douala',
        endYear: 2005,
      }),
      edu('secondary', 'Baccalauréat F3 (Electrotechnics) – Lycée Technique de Koumassi, Douala, 2001', {
        institution: 'Lycée Technique de Koumassi',
        endYear: 2001,
      }),
    ],
    courses: [named('Selling service contracts', 'Selling service contracts – LEIA, 2019')],
    certifications: [
      named(
        'NVQ Level 3 Lift and Escalator Electromechanics',
        'NVQ Level 3 Lift and Escalator Electromechanics – 2016',
      ),
    ],
    languages: [
      lang('fr', 'native', 'French – mother tongue'),
      lang('en', 'C1', 'English – C1'),
      lang('de', 'A2', 'German – A2'),
    ],
    skills: [
      'Diplomatic with difficult customers',
      'Technical knowledge of all main lift brands',
      'Team player',
      'NEBOSH National General Certificate – in progress (exam March 2027)',
    ],
    clientBase: { activeAccounts: 160, segment: 'regional_smb' },
    competencies: ['tact_assertiveness', 'teamwork'],
  },
  {
    id: 'en-h43-15-senegal-to-halifax-fisherman-to-marine-chandlery-sales-rep',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Seven Hundred Fifteen',
    email: 'chandlery.halifax4315@example.org',
    phone: '(902) 555-4315',
    contactLines: ['Dartmouth, NS B2Y'],
    headings: {
      profile: 'Summary',
      work: 'Work History',
      education: 'Education',
      certifications: 'Certificates',
      skills: 'Skills',
    },
    profile: [
      'Son of a pirogue fisherman from Saint-Louis. I came to Nova Scotia in 2012 to work on the boats and since ' +
        '2018 I sell marine supplies – ropes, nets, safety gear, electronics – to 130 fishing boat owners, ' +
        'fish plants and small harbours in Nova Scotia and New Brunswick. Skippers are owners: they decide, and ' +
        'they only buy from someone who knows the sea.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Outside Sales Representative',
          'Bedford Basin Marine Supply',
          '2018-04',
          null,
          true,
          'April 2018 to present',
          [
            'Wharf visits from Yarmouth to Cape Breton, orders before lobster season',
            'Life raft and safety gear service contracts',
          ],
        ),
        lines: ['April 2018 to present — Outside Sales Representative, Bedford Basin Marine Supply, Dartmouth NS'],
      },
      {
        ...job('Deckhand', 'Eastern Shore Fisheries Ltd.', '2012-05', '2018-03', false, 'May 2012 to March 2018', [
          'Lobster and snow crab, 12 seasons',
        ]),
        lines: ['May 2012 to March 2018 — Deckhand, Eastern Shore Fisheries Ltd., Sheet Harbour NS'],
      },
      {
        ...job('Pêcheur (Fisherman)', 'family pirogue', '2004', '2011', false, '2004 to 2011'),
        lines: ['2004 to 2011 — Pêcheur (Fisherman), family pirogue, Saint-Louis, Senegal'],
      },
    ],
    education: [
      edu('secondary', 'Baccalauréat série L – Lycée Cheikh Omar Foutiyou Tall, Saint-Louis, 2004', {
        institution: 'Lycée Cheikh Omar Foutiyou Tall',
        endYear: 2004,
      }),
    ],
    courses: [named('Marine Emergency Duties (MED A1)', 'Marine Emergency Duties (MED A1) – 2013')],
    certifications: [named('Fishing Master Class IV', 'Fishing Master Class IV – 2016')],
    languages: [
      lang('wo', 'native', 'Wolof – native'),
      lang('fr', 'C2', 'French – C2'),
      lang('en', 'B2', 'English – B2'),
    ],
    skills: [
      'Relationship building with skippers',
      'Resilient, long days on the road in winter',
      'Rope splicing and net repair',
    ],
    clientBase: { activeAccounts: 130, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'stress_resistance'],
  },
  {
    id: 'en-h43-16-egypt-to-dubai-power-cables-key-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Seven Hundred Sixteen',
    email: 'cables.dubai4316@example.com',
    phone: '+971 50 431 6161',
    contactLines: [
      'Al Barsha, Dubai, UAE',
      'Nationality: Egyptian | Visa: employment (transferable)',
      'Driving licence: UAE',
    ],
    headings: {
      profile: 'Career Objective',
      work: 'Work Experience',
      education: 'Education',
      certifications: 'Certifications',
      skills: 'Skills',
    },
    profile: [
      'Electrical engineer with 16 years in cable sales in Egypt and the UAE, looking for a senior key account ' +
        'role. Handling 28 key accounts: MEP contractors, panel builders and two utility projects in the UAE and ' +
        'Oman. Contacts are procurement managers and project directors. Yearly sales on my accounts AED 95 million.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Duration', title: 'Designation', employer: 'Company', duties: 'Responsibilities' },
    jobs: [
      job(
        'Key Account Manager',
        'Gulf Meridian Cables LLC',
        '2017-02',
        null,
        true,
        'Feb-2017 to Present',
        [
          'Handling 28 key accounts',
          'Project follow-up from tender to delivery',
          'Negotiation of price and payment terms',
        ],
        'Jebel Ali, Dubai',
      ),
      job(
        'Sales Engineer',
        'Gulf Meridian Cables LLC',
        '2013-06',
        '2017-01',
        true,
        'Jun-2013 to Jan-2017',
        ['Submittals and technical offers to consultants and contractors'],
        'Jebel Ali, Dubai',
      ),
      job(
        'Sales Engineer',
        'Delta Nile Cables S.A.E.',
        '2010-09',
        '2013-05',
        true,
        'Sep-2010 to May-2013',
        ['Sales to distributors in Cairo and Alexandria'],
        '10th of Ramadan City, Egypt',
      ),
    ],
    education: [
      edu('bsc', 'B.Sc. Electrical Power Engineering, grade: Very Good – Ain Shams University, Cairo, 2003 – 2008', {
        field: 'Electrical Power Engineering',
        institution: 'Ain Shams University',
        startYear: 2003,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('Certified Sales Professional (CSP)', 'Certified Sales Professional (CSP) – 2019')],
    languages: [lang('ar', 'native', 'Arabic: Mother tongue'), lang('en', 'C1', 'English: Fluent')],
    skills: ['Negotiation skills', 'Communication skills', 'Works under pressure', 'MS Office, SAP SD, Salesforce'],
    closing: [{ kind: 'paragraph', text: 'Military status: exempted. Marital status: married.' }],
    clientBase: { activeAccounts: 28, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'en-h43-17-tunisia-to-malta-olive-oil-export-sales-manager',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Seven Hundred Seventeen',
    email: 'zitouna.sliema4317@example.net',
    phone: '+356 7943 1717',
    contactLines: ['Sliema, Malta'],
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Professional Experience',
      education: 'Education',
      courses: 'Trainings',
      skills: 'Skills',
    },
    profile: [
      'Export sales manager for a Tunisian olive oil producer, based in Malta since 2021 for the European ' +
        'market. I manage 24 importers and private label customers in Italy, Germany, France and Scandinavia. ' +
        'Export revenue on my customers 2025: €11.5 million. Before, eight years in the family mill and in ' +
        'quality control in Sfax.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Export Sales Manager Europe', 'Huilerie Zitouna Sfax SARL', '2021-01', null, true, 'since 01/2021', [
          'Annual contracts with importers and retail chains (bulk and bottled)',
          'Fairs: SIAL Paris, Anuga, Biofach',
        ]),
        lines: ['Export Sales Manager Europe', 'Huilerie Zitouna Sfax SARL – office in Sliema, Malta | since 01/2021'],
      },
      {
        ...job('Export Assistant', 'Huilerie Zitouna Sfax SARL', '2016-03', '2020-12', false, '03/2016 – 12/2020'),
        lines: ['Export Assistant', 'Huilerie Zitouna Sfax SARL, Sfax, Tunisia | 03/2016 – 12/2020'],
      },
      {
        ...job(
          'Quality Control Technician',
          'Huilerie Zitouna Sfax SARL',
          '2013-10',
          '2016-02',
          false,
          '10/2013 – 02/2016',
        ),
        lines: ['Quality Control Technician', 'Huilerie Zitouna Sfax SARL, Sfax | 10/2013 – 02/2016'],
      },
    ],
    education: [
      edu('master', 'Mastère professionnel (Master) in International Trade – Université de Sfax, 2016 – 2018', {
        field: 'International Trade',
        institution: 'Université de Sfax',
        startYear: 2016,
        endYear: 2018,
      }),
      edu('bachelor', 'Licence (Bachelor) in Food Science – Institut Supérieur de Biologie Appliquée, 2010 – 2013', {
        field: 'Food Science',
        institution: 'Institut Supérieur de Biologie Appliquée',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [
      named('Olive oil sensory panel training', 'Olive oil sensory panel training – International Olive Council, 2015'),
    ],
    certifications: [],
    languages: [
      lang('ar', 'native', 'Arabic – native'),
      lang('fr', 'C2', 'French – C2'),
      lang('en', 'C1', 'English – C1'),
      lang('it', 'B2', 'Italian – B2'),
    ],
    skills: ['Negotiating contracts', 'Commercial drive', 'Organised', 'English, French, Italian'],
    clientBase: { activeAccounts: 24, annualRevenueEur: 11_500_000, segment: 'international' },
    competencies: ['entrepreneurship', 'negotiation', 'organisation'],
  },
  {
    id: 'en-h43-18-lebanon-to-sydney-pastry-wholesale-business-development-manager',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Seven Hundred Eighteen',
    email: 'baklawa.granville4318@example.com',
    phone: '0421 431 818',
    contactLines: ['Granville NSW 2142'],
    headings: {
      profile: 'Summary',
      work: 'Employment',
      education: 'Education',
      skills: 'Skills',
      workTable: ['Years', 'Company', 'Position'],
    },
    profile: [
      'Pastry chef from Tripoli who moved to the sales side of the family-style bakery I joined in 2012. I look ' +
        'after 180 cafés, restaurants, hotels and delis in Sydney and Wollongong for baklava, maamoul and ' +
        'knafeh, plus 3 supermarket chains in NSW. Café and deli owners decide directly with me.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Business Development Manager', 'Cedar Sweets Wholesale Pty Ltd', '2019', null, true, '2019 – current', [
        '183 accounts in total: 180 foodservice accounts and 3 supermarket chains',
        'New product launches for Ramadan and Christmas',
        'Sales AUD 6.3 million FY25',
      ]),
      job('Head Pastry Chef', 'Cedar Sweets Wholesale Pty Ltd', '2012', '2019', false, '2012 – 2019'),
      job('Pastry Chef', 'Pâtisserie Al-Mina', '2004', '2011', false, '2004 – 2011', ['Tripoli, Lebanon']),
    ],
    education: [
      edu(
        'vocational',
        'Technical Baccalaureate (BT) in Hotel Management, Pastry – Institut Technique Hôtelier, Tripoli, 2003',
        {
          institution: 'Institut Technique Hôtelier',
          endYear: 2003,
        },
      ),
      edu('vocational', 'Certificate III in Patisserie – Granville TAFE, 2013', {
        field: 'Patisserie',
        institution: 'Granville TAFE',
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('Food Safety Supervisor (NSW)', 'Food Safety Supervisor (NSW) – renewed 2025')],
    languages: [
      lang('ar', 'native', 'Arabic – native'),
      lang('fr', 'C1', 'French – fluent'),
      lang('en', 'C1', 'English – fluent'),
    ],
    skills: ['Creative – new products every season', 'Customer focus', 'Team player'],
    clientBase: { activeAccounts: 183, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'innovation', 'teamwork'],
  },
  {
    id: 'en-h43-19-iran-to-vancouver-persian-rug-gallery-sales-consultant',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Seven Hundred Nineteen',
    email: 'rugs.northvan4319@example.org',
    phone: '(604) 555-4319',
    contactLines: ['North Vancouver, BC V7M'],
    headings: {
      profile: 'Profile',
      work: 'Employment',
      education: 'Education',
      courses: 'Courses',
      skills: 'Skills',
    },
    profile: [
      'Rug expert and sales consultant. I grew up in Kashan in a family of rug weavers and dealers, studied ' +
        'Persian carpet design in Tehran and have 24 years in the trade, since 2013 in Canada. I sell hand-knotted ' +
        'rugs to private clients and interior designers and I do appraisals and restoration advice. About 70 ' +
        'interior designers in the Lower Mainland bring their clients to our gallery.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Sales Consultant & Appraiser',
          'Lonsdale Rug Gallery',
          '2016-05',
          null,
          true,
          'May 2016 – Present',
          ['Sales to private clients and designers, home trials, trade-ins', 'Written appraisals for insurance'],
        ),
        lines: ['Senior Sales Consultant & Appraiser', 'Lonsdale Rug Gallery, North Vancouver | May 2016 – Present'],
      },
      {
        ...job('Rug Restorer', 'West Coast Rug Care', '2013-07', '2016-04', false, 'July 2013 – April 2016'),
        lines: ['Rug Restorer', 'West Coast Rug Care, Burnaby | July 2013 – April 2016'],
      },
      {
        ...job(
          'Carpet Dealer (family business)',
          'Farsh-e Golestan',
          '2002',
          '2013',
          true,
          '1381 – 1392 (2002 – 2013)',
          ['Bazaar shop in Kashan, buying from village weavers and selling to dealers in Tehran and tourists'],
        ),
        lines: ['Carpet Dealer (family business)', 'Farsh-e Golestan, Kashan, Iran | 1381 – 1392 (2002 – 2013)'],
      },
    ],
    education: [
      edu('bachelor', 'Kārshenāsi (Bachelor) in Carpet Design – University of Art, Tehran, 1998 – 2002', {
        field: 'Carpet Design',
        institution: 'University of Art',
        startYear: 1998,
        endYear: 2002,
      }),
    ],
    courses: [named('Appraisal of textiles and rugs', 'Appraisal of textiles and rugs – 2017')],
    certifications: [],
    languages: [
      lang('fa', 'native', 'Persian (Farsi) – native'),
      lang('en', 'C1', 'English – fluent'),
      lang('tr', 'A2', 'Turkish – basic'),
    ],
    skills: [
      'Diplomatic with private clients',
      'Knowledge of knots, dyes and regions',
      'Photography for online listings',
    ],
    clientBase: { activeAccounts: 70, segment: 'regional_smb' },
    competencies: ['tact_assertiveness'],
  },
  {
    id: 'en-h43-20-bulgaria-to-edinburgh-forklift-trucks-area-sales-manager',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Seven Hundred Twenty',
    email: 'forklifts.edinburgh4320@example.com',
    phone: '07700 432 020',
    contactLines: ['Livingston EH54', 'Full UK driving licence'],
    headings: {
      profile: 'About me',
      work: 'Experience',
      education: 'Education',
      courses: 'Training',
      skills: 'Skills',
    },
    profile: [
      'From Plovdiv, in Scotland since 2014. Started as forklift engineer, since 2020 area sales manager for ' +
        'forklifts and warehouse equipment in Central Scotland and Fife. 95 customers: distribution centres, ' +
        'whisky bond warehouses, builders merchants and farms. I sell new and used trucks, hire and service.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Area Sales Manager', 'Forth Valley Handling Ltd', '2020-06', null, true, '06.2020 – present', [
          '95 customer accounts, long-term hire and sales',
          'Sales and hire £4.3m in 2025 (about €5m)',
        ]),
        lines: ['06.2020 – present: Area Sales Manager, Forth Valley Handling Ltd, Livingston'],
      },
      {
        ...job('Field Service Engineer', 'Forth Valley Handling Ltd', '2014-09', '2020-05', false, '09.2014 – 05.2020'),
        lines: ['09.2014 – 05.2020: Field Service Engineer, Forth Valley Handling Ltd'],
      },
      {
        ...job(
          'Mechanic – forklift trucks',
          'Balkancar Service Plovdiv EOOD',
          '2008-07',
          '2014-06',
          false,
          '07.2008 – 06.2014',
        ),
        lines: ['07.2008 – 06.2014: Mechanic – forklift trucks, Balkancar Service Plovdiv EOOD, Bulgaria'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Volunteer: coach of a Bulgarian Saturday school football team in Edinburgh (since 2019).',
      },
    ],
    education: [
      edu(
        'vocational',
        'Professional Technical School of Mechanical Engineering, Plovdiv – diploma Motor Vehicle Mechanic, 2008',
        {
          institution: 'Professional Technical School of Mechanical Engineering',
          endYear: 2008,
        },
      ),
    ],
    courses: [named('Counterbalance instructor course', 'Counterbalance instructor course – RTITB, 2017')],
    certifications: [],
    languages: [
      lang('bg', 'native', 'Bulgarian – native'),
      lang('en', 'B2', 'English – B2'),
      lang('ru', 'B1', 'Russian – B1'),
    ],
    skills: ['Customer focus', 'Technical knowledge – engines, hydraulics, lithium batteries', 'Self-starter'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 5_000_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'initiative'],
  },
  {
    id: 'en-h43-21-croatia-to-galway-antifouling-paint-sales-rep',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Seven Hundred Twenty-One',
    email: 'antifouling.galway4321@example.net',
    phone: '087 432 1212',
    contactLines: ['Oranmore, Co. Galway'],
    headings: {
      profile: 'Profile',
      work: 'Work experience',
      education: 'Education',
      skills: 'Skills',
    },
    profile: [
      'From Split, boat builder by trade. In Ireland since 2017. Technical sales rep for marine coatings on the ' +
        'west coast: 60 boatyards, marinas, chandleries and fish farm operators from Donegal to Kerry.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Technical Sales Representative – Marine Coatings',
        'Atlantic Hull Coatings Ltd',
        '2021-02',
        null,
        true,
        '02/2021 – present',
        [
          'Coating specifications for yachts, workboats and fish farm nets',
          'Product demos at boatyards, winter lift-out season orders',
        ],
        'Galway',
      ),
      job(
        'Boat Repairer',
        'Claddagh Boatyard',
        '2017-04',
        '2021-01',
        false,
        '04/2017 – 01/2021',
        ['GRP and wooden boat repairs, osmosis treatments, painting'],
        'Galway',
      ),
      job(
        'Brodograditelj (Boat Builder)',
        'Brodogradilište Kaštela d.o.o.',
        '2010-09',
        '2017-02',
        false,
        '09/2010 – 02/2017',
        [],
        'Kaštela, Croatia',
      ),
    ],
    education: [
      edu('vocational', 'Srednja škola – Boat Builder, 4 years – Pomorska škola Split, 2006 – 2010', {
        institution: 'Pomorska škola Split',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [named('Coating inspection basics', 'Coating inspection basics – 2022')],
    certifications: [],
    languages: [
      lang('hr', 'native', 'Croatian – native'),
      lang('en', 'B2', 'English – good'),
      lang('it', 'B1', 'Italian – B1'),
    ],
    skills: ['Practical, hands-on', 'Team player', 'Boat handling – skipper licence (Croatian B category)'],
    clientBase: { activeAccounts: 60, segment: 'regional_smb' },
    competencies: ['teamwork'],
  },
  {
    id: 'en-h43-22-lithuania-to-aberdeen-timber-frame-houses-sales-consultant',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Seven Hundred Twenty-Two',
    email: 'timberframe.aberdeen4322@example.com',
    phone: '07511 432 222',
    contactLines: ['Westhill, Aberdeenshire AB32'],
    headings: {
      profile: 'Personal profile',
      work: 'Career history',
      education: 'Education',
      courses: 'Courses',
      skills: 'Key skills',
    },
    profile: [
      'Civil engineer from Kaunas, in Scotland since 2010. I sell timber frame house kits to self-builders and ' +
        'small housebuilders in the north of Scotland. At the moment I look after 40 clients: 28 self-builders ' +
        'with an active project and 12 small housebuilders who buy again and again. Good communication skills and planning.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Sales Consultant',
        'Grampian Timber Homes Ltd',
        '2019-03',
        null,
        true,
        'March 2019 – present',
        [
          'Clients from first sketch to delivery of the kit; quotes from architects’ drawings',
          'Self-build shows in Aberdeen and Inverness',
        ],
        'Westhill',
      ),
      job(
        'Timber Frame Designer',
        'Grampian Timber Homes Ltd',
        '2012-08',
        '2019-02',
        false,
        'August 2012 – February 2019',
        ['Frame design and engineering calculations in hsbCAD'],
        'Westhill',
      ),
      job('Joiner', 'Dee Valley Joinery', '2010-05', '2012-07', false, 'May 2010 – July 2012', [], 'Banchory'),
      job(
        'Statybos inžinierius (Site Engineer)',
        'UAB Nemuno Statyba',
        '2006-07',
        '2010-03',
        false,
        'July 2006 – March 2010',
        [],
        'Kaunas, Lithuania',
      ),
    ],
    education: [
      edu('bachelor', 'Bakalauras (Bachelor) in Civil Engineering – Kaunas University of Technology, 2002 – 2006', {
        field: 'Civil Engineering',
        institution: 'Kaunas University of Technology',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [named('Passivhaus Designer course', 'Passivhaus Designer course – 2021 (did not take the exam)')],
    certifications: [],
    languages: [
      lang('lt', 'native', 'Lithuanian – native'),
      lang('en', 'C1', 'English – C1'),
      lang('ru', 'B2', 'Russian – B2'),
    ],
    skills: ['Communication skills', 'Planning', 'hsbCAD, AutoCAD', 'Construction site experience'],
    clientBase: { activeAccounts: 40, segment: 'regional_smb' },
    competencies: ['communication'],
  },
  {
    id: 'en-h43-23-taiwan-to-seattle-bicycle-components-oem-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Seven Hundred Twenty-Three',
    email: 'bikeparts.seattle4323@example.org',
    phone: '(206) 555-4323',
    contactLines: ['Bellevue, WA 98004'],
    headings: {
      profile: 'Summary',
      work: 'Work Experience',
      education: 'Education',
      skills: 'Skills',
      workTable: ['Time', 'Title', 'Company'],
    },
    profile: [
      'OEM account manager for a Taiwanese bicycle component maker, North America office. I handle 14 bicycle ' +
        'brands in the US and Canada: spec meetings with product managers, sourcing managers decide the orders. ' +
        'Before I worked 9 years in Taichung for the same group in sales and in the factory.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job(
        'OEM Account Manager, North America',
        'Formosa Drive Components Co., Ltd.',
        '2018-07',
        null,
        true,
        '2018/07 ~ now',
        ['Yearly spec and pricing for model year programs', 'Analysis of forecasts and lead times with the factory'],
      ),
      job('Sales Engineer', 'Formosa Drive Components Co., Ltd.', '2012-03', '2018-06', true, '2012/03 ~ 2018/06'),
      job(
        'Production Engineer',
        'Formosa Drive Components Co., Ltd.',
        '2009-07',
        '2012-02',
        false,
        '2009/07 ~ 2012/02',
      ),
    ],
    education: [
      edu('master', 'M.S., Mechanical Engineering – National Chung Hsing University, 2007 – 2009', {
        field: 'Mechanical Engineering',
        institution: 'National Chung Hsing University',
        startYear: 2007,
        endYear: 2009,
      }),
      edu('bachelor', 'B.S., Mechanical Engineering – Feng Chia University, 2003 – 2007', {
        field: 'Mechanical Engineering',
        institution: 'Feng Chia University',
        startYear: 2003,
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('zh', 'native', 'Mandarin – native'),
      lang('en', 'C1', 'English – fluent (TOEIC 935)'),
      lang('ja', 'B1', 'Japanese – JLPT N3'),
    ],
    skills: ['Analysis of forecasts', 'Negotiation', 'Mountain biking'],
    clientBase: { activeAccounts: 14, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'en-h43-24-fiji-to-brisbane-roofing-iron-trade-sales-rep',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Seven Hundred Twenty-Four',
    email: 'roofing.logan4324@example.com',
    phone: '0455 432 424',
    contactLines: ['Logan Central QLD 4114'],
    headings: {
      profile: 'Objective',
      work: 'Work history',
      education: 'Education',
      certifications: 'Licences',
      skills: 'Skills',
    },
    profile: [
      'Bula! I am from Lautoka and worked 12 years in a hardware company in Fiji before we moved to Queensland. ' +
        'Now I am trade sales rep for roofing and wall cladding, looking after 110 roofing plumbers and builders ' +
        'in Brisbane south and the Gold Coast. Most are small businesses, I deal with the boss.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Trade Sales Representative',
        'Logan Roll Forming Pty Ltd',
        '2019-01',
        null,
        true,
        'Jan 2019 – Present',
        ['Quotes from plans, cut lists, site visits and deliveries'],
        'Loganholme',
      ),
      job(
        'Trade Counter Sales',
        'Logan Roll Forming Pty Ltd',
        '2016-03',
        '2018-12',
        true,
        'Mar 2016 – Dec 2018',
        [],
        'Loganholme',
      ),
      job(
        'Branch Supervisor',
        'Western Hardware & Timber (Fiji) Ltd',
        '2004-01',
        '2016-01',
        false,
        'Jan 2004 – Jan 2016',
        ['Yard, counter and deliveries, 15 staff'],
        'Lautoka, Fiji',
      ),
    ],
    education: [
      edu('secondary', 'Fiji Form Seven Certificate – Natabua High School, Lautoka, 2003', {
        institution: 'Natabua High School',
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [named('White Card (construction induction)', 'White Card (construction induction) – QLD')],
    languages: [
      lang('fj', 'native', 'Fijian – native'),
      lang('en', 'C1', 'English – fluent'),
      lang('hi', 'B1', 'Fiji Hindi – conversational'),
    ],
    skills: ['Customer focus', 'Team player', 'Forklift licence (LF)'],
    clientBase: { activeAccounts: 110, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'teamwork'],
  },
  {
    id: 'en-h43-25-mauritius-to-johannesburg-textile-printing-inks-sales-manager',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Seven Hundred Twenty-Five',
    email: 'inks.johannesburg4325@example.net',
    phone: '+27 82 432 5252',
    contactLines: ['Bedfordview, Johannesburg 2008'],
    headings: {
      profile: 'Career profile',
      work: 'Employment history',
      education: 'Qualifications',
      skills: 'Skills',
    },
    profile: [
      'Sales manager for textile printing inks, 19 years in screen and digital printing: in Mauritius, Madagascar ' +
        'and since 2015 in South Africa. I handle 62 garment printers, promotional wear companies and textile ' +
        'mills in Gauteng, KwaZulu-Natal and the Western Cape, plus distributors in Botswana and Namibia. ' +
        'Coaching of printers on colour matching is part of the job.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Sales Manager – Textile Inks',
        'Highveld Print Chemicals (Pty) Ltd',
        '2015-08',
        null,
        true,
        'Aug 2015 – present',
        ['Portfolio of 62 customers, sales of R48 million in 2025', 'Technical support and colour matching on site'],
        'Johannesburg',
      ),
      job(
        'Technical Sales Representative',
        'Océan Indien Sérigraphie Ltée',
        '2010-02',
        '2015-06',
        true,
        'Feb 2010 – Jun 2015',
        ['Customers in Mauritius and Madagascar (Antananarivo export zone)'],
        'Port Louis, Mauritius',
      ),
      job(
        'Screen Printer / Colour Matcher',
        'Curepipe Knit Print Ltd',
        '2007-01',
        '2010-01',
        false,
        'Jan 2007 – Jan 2010',
        [],
        'Curepipe, Mauritius',
      ),
    ],
    education: [
      edu('vocational', 'Diploma in Textile Technology – Mauritius Institute of Training and Development, 2006', {
        field: 'Textile Technology',
        institution: 'Mauritius Institute of Training and Development',
        endYear: 2006,
      }),
      edu('secondary', 'Higher School Certificate (Cambridge) – Royal College Curepipe, 2004', {
        institution: 'Royal College Curepipe',
        endYear: 2004,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('fr', 'C2', 'French – C2'), lang('en', 'C1', 'English – C1'), lang('af', 'A2', 'Afrikaans – A2')],
    languagesText: ['Kreol Morisien – mother tongue', 'French – C2', 'English – C1', 'Afrikaans – A2'],
    skills: ['Coaching', 'Colour matching', 'Relationship building'],
    clientBase: { activeAccounts: 62, segment: 'international' },
    competencies: ['coaching', 'relationship_building'],
  },
  {
    id: 'en-h43-26-zambia-to-leicester-graduate-payroll-software-sdr',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Seven Hundred Twenty-Six',
    email: 'payroll.leicester4326@example.com',
    phone: '07384 432626',
    contactLines: ['Leicester LE2'],
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Experience',
      education: 'Education',
      skills: 'Skills',
    },
    profile: [
      'Graduate from Lusaka, studied in Leicester, one year in software sales. I book meetings for the account ' +
        'executives with finance directors and HR managers of mid-size companies. Proactive, resilient and a team player.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Sales Development Representative',
          'Soar Payroll Software Ltd',
          '2025-09',
          null,
          true,
          'Sep 2025 – present',
          ['60 calls a day, 9 meetings booked per month on average'],
        ),
        lines: ['Sales Development Representative', 'Soar Payroll Software Ltd, Leicester | Sep 2025 – present'],
      },
      {
        ...job(
          'Student Ambassador (part-time)',
          'De Montfort Way University',
          '2023-10',
          '2025-06',
          false,
          'Oct 2023 – Jun 2025',
        ),
        lines: ['Student Ambassador (part-time)', 'De Montfort Way University | Oct 2023 – Jun 2025'],
      },
    ],
    education: [
      edu('bsc', 'BSc (Hons) Accounting and Finance, 2:1 – De Montfort Way University, Leicester, 2022 – 2025', {
        field: 'Accounting and Finance',
        institution: 'De Montfort Way University',
        startYear: 2022,
        endYear: 2025,
      }),
      edu('secondary', 'Grade 12 School Certificate – Kabulonga Boys Secondary School, Lusaka, 2021', {
        institution: 'Kabulonga Boys Secondary School',
        endYear: 2021,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('en', 'C2', 'English – C2'),
      lang('ny', 'native', 'Nyanja – native'),
      lang('fr', 'A2', 'French – A2'),
    ],
    skills: ['Proactive', 'Resilient', 'Team player', 'HubSpot, Excel'],
    clientBase: null,
    competencies: ['initiative', 'stress_resistance', 'teamwork'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-ninth held-out set's English CVs: CVs written in a second language or in a country not the writer's own,
 * and CVs that travelled between formats before they reached the recruiter, as people send them in 2026, written
 * without reading the reader. CVs translated from Portuguese, German, Chinese, Korean, Greek and Spanish, and one
 * machine-translated from Georgian and Russian, with the other language's date forms, titles and school names;
 * immigrants with jobs in two or three countries (Brazil, the Philippines, the Emirates, Romania, Germany, South
 * Africa, Vietnam, Pakistan, Saudi Arabia, Georgia, Nigeria, China, Spain, France, the DR Congo, Korea, Afghanistan,
 * Sri Lanka, the Netherlands, Mexico, Greece, Hungary, Portugal, the US, Singapore, Argentina, Canada and Norway);
 * CVs pasted from a job-board application form or exported from an applicant portal, copied out of a PDF with its
 * page header, or made with an online CV builder; and CVs written on the candidate's behalf by a son, a recruitment
 * agency, a volunteer employment buddy and a friend. A teacher turned credit controller and a mechanic turned service
 * advisor have never sold.
 */
export const HELD_OUT_39_EN: CvSource[] = [
  {
    id: 'en-h39-01-brazil-to-perth-translated-from-portuguese-coffee-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Three Hundred One',
    nameLine: 'CURRICULUM VITAE – Candidate Thirty-Three Hundred One',
    tagline: 'Translated from the Portuguese original by the candidate (tradução do original em português)',
    email: 'cafezinho.perth.en3901@example.com',
    phone: '0412 390 118',
    contactLines: ['Mount Lawley, Perth WA 6050', 'Permanent resident of Australia (subclass 190) since 2021'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Nationality: Brazilian · Marital status: married (casado) · Date of birth: 22/08/1990',
      },
    ],
    headings: {
      profile: 'Professional Objective',
      work: 'Professional Experience',
      education: 'Academic Background',
      courses: 'Complementary Courses',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'To work as an account manager in specialty coffee or food service, using my eight years of commercial ' +
        'experience in Brazil and in Australia. I moved to Perth in 2019 with my wife, who works here as a nurse.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Account Manager',
          'Swan River Coffee Roasters Pty Ltd',
          '2022-05',
          null,
          true,
          '05/2022 – until the moment',
          [
            'Portfolio of 55 cafés, restaurants and hotel breakfast rooms in Perth and Fremantle, most of them owner-run: the owner decides which roaster the café uses',
            'Sales on my accounts of A$1.9 million in 2025',
            'Barista training for the customers’ staff; machine installs together with our technicians',
            'Negotiating supply agreements of two or three years with a free machine loan',
          ],
        ),
        lines: [
          'Swan River Coffee Roasters Pty Ltd – Osborne Park, WA, Australia',
          'Account Manager | 05/2022 – until the moment',
        ],
      },
      {
        ...job(
          'Warehouse and Delivery Assistant',
          'Swan River Coffee Roasters Pty Ltd',
          '2019-08',
          '2022-04',
          false,
          '08/2019 – 04/2022',
          ['Packing, dispatch and van deliveries to the cafés; from 2021 also machine cleaning visits'],
        ),
        lines: ['Warehouse and Delivery Assistant | 08/2019 – 04/2022'],
      },
      {
        ...job('Commercial Representative', 'Cafés Serra Alta Ltda.', '2015-03', '2019-06', true, '03/2015 – 06/2019', [
          'Sale of roasted and ground coffee to 120 supermarkets, bakeries and cafeterias in the south of Minas Gerais',
          'Annual sales of R$ 4,2 milhões (R$ 4.2 million) in 2018',
          'Monthly goal achieved in 41 of 52 months',
        ]),
        lines: [
          'Cafés Serra Alta Ltda. – Varginha, Minas Gerais, Brazil',
          'Commercial Representative (Representante Comercial) | 03/2015 – 06/2019',
        ],
      },
      {
        ...job('Barista', 'Cafeteria Grão de Ouro', '2011-02', '2014-12', false, '02/2011 – 12/2014'),
        lines: [
          'Cafeteria Grão de Ouro – Lavras, Minas Gerais, Brazil',
          'Barista (part-time, during the university) | 02/2011 – 12/2014',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Bachelor’s Degree in Business Administration (Bacharelado em Administração) – Universidade Federal de Lavras (UFLA), 2010 – 2014',
        {
          field: 'Business Administration',
          institution: 'Universidade Federal de Lavras',
          startYear: 2010,
          endYear: 2014,
        },
      ),
      edu('secondary', 'Secondary Education (Ensino Médio) – Escola Estadual Vale do Sapucaí, Varginha, 2009', {
        institution: 'Escola Estadual Vale do Sapucaí',
        endYear: 2009,
      }),
    ],
    courses: [
      named('Barista Skills – Intermediate', 'Barista Skills – Intermediate (SCA), 2020'),
      named('Advanced Excel', 'Excel Avançado (Advanced Excel) – 40 hours, 2016'),
      named('General English', 'General English – 20 weeks, Perth, 2019'),
    ],
    certifications: [],
    languages: [
      lang('pt', 'native', 'Portuguese – native'),
      lang('en', 'C1', 'English – advanced (C1, IELTS General 7.5)'),
      lang('es', 'B1', 'Spanish – intermediate'),
    ],
    skills: [
      'Relationship building with café owners',
      'Negotiation',
      'Espresso machine set-up and calibration',
      'Australian driver licence (C)',
    ],
    closing: [
      { kind: 'paragraph', text: 'References and the Portuguese original of this CV are available on request.' },
    ],
    clientBase: { activeAccounts: 55, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h39-02-philippines-dubai-calgary-inside-sales-safety-supply',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Three Hundred Two',
    email: 'ppe.calgary.en3902@example.net',
    phone: '403-555-0139',
    contactLines: ['Saddle Ridge, Calgary, AB', 'Canadian permanent resident (since 2022)'],
    tagline: 'Inside Sales Representative | Industrial safety supply',
    headings: {
      contact: 'Contact Details',
      profile: 'Summary',
      work: 'Canadian and International Work Experience',
      education: 'Education',
      courses: 'Training',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Sales professional with 13 years of experience in three countries: appliance retail in Manila, safety ' +
        'equipment trading in Dubai and, since 2023, inside sales for an industrial safety distributor in Calgary. ' +
        'I handle about 150 accounts by phone and e-mail and I am ready for a field territory.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Inside Sales Representative',
        'Chinook Safety Supply Ltd.',
        '2023-02',
        null,
        true,
        'February 2023 – Present',
        [
          'Phone and e-mail sales to about 150 oilfield service, construction and municipal accounts in southern Alberta',
          'Quotes, orders and reorders: gloves, FR clothing, gas detectors, fall protection',
          'Sales of C$2.4M on my accounts in 2025; my contacts are safety coordinators and purchasing agents',
        ],
        'Calgary, AB, Canada',
      ),
      job(
        'Warehouse Associate',
        'Prairie Distribution Centre Inc.',
        '2022-08',
        '2023-01',
        false,
        'August 2022 – January 2023',
        ['First Canadian job: receiving, picking and shipping'],
        'Calgary, AB, Canada',
      ),
      job(
        'Sales Executive',
        'Gulf Shield Safety Equipment Trading LLC',
        '2016-04',
        '2022-06',
        true,
        'April 2016 – June 2022',
        [
          'Handled 85 contractor and facility-management accounts in Dubai and the Northern Emirates',
          'Yearly sales of AED 6.5 million',
          'Negotiated annual rate contracts with procurement managers',
        ],
        'Dubai, United Arab Emirates',
      ),
      job(
        'Sales Associate',
        'Metro Home Appliance Center',
        '2012-06',
        '2016-03',
        true,
        'June 2012 – March 2016',
        ['Sold refrigerators, air-conditioners and TVs on the floor; installment plans'],
        'Quezon City, Philippines',
      ),
    ],
    education: [
      edu(
        'bachelor',
        'Bachelor of Science in Business Administration, major in Marketing Management – Polytechnic College of Manila, 2008 – 2012 (IQAS assessment: comparable to a four-year Canadian bachelor’s degree)',
        {
          field: 'Marketing Management',
          institution: 'Polytechnic College of Manila',
          startYear: 2008,
          endYear: 2012,
        },
      ),
      edu('secondary', 'High School Diploma – Bagong Silang National High School, Caloocan City, 2008', {
        institution: 'Bagong Silang National High School',
        endYear: 2008,
      }),
    ],
    courses: [
      named('WHMIS 2015', 'WHMIS 2015 – 2023'),
      named('Canadian Workplace Communication', 'Canadian Workplace Communication – newcomer bridging program, 2022'),
    ],
    certifications: [],
    languages: [
      lang('tl', 'native', 'Filipino (Tagalog) – native'),
      lang('en', 'C1', 'English – fluent'),
      lang('ar', 'A2', 'Arabic – basic (six years in Dubai)'),
    ],
    skills: [
      'Customer-centric',
      'Negotiation',
      'Time management',
      'Salesforce, Sage 300, Excel',
      'CSA and ANSI safety standards',
    ],
    clientBase: { activeAccounts: 150, segment: 'regional_smb' },
    competencies: ['customer_focus', 'negotiation', 'organisation'],
  },
  {
    id: 'en-h39-03-romania-to-lincolnshire-job-board-form-packaging-sales',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Three Hundred Three',
    nameLine: 'Application form – Candidate Thirty-Three Hundred Three (copy of my answers)',
    email: 'boston.lincs.en3903@example.org',
    phone: '07700 900393',
    contactLines: ['Address: Boston, Lincolnshire PE21'],
    afterContact: [
      { kind: 'heading', text: 'Eligibility' },
      {
        kind: 'paragraph',
        text: 'Do you have the right to work in the UK? Yes – settled status (share code available)',
      },
      { kind: 'paragraph', text: 'Do you hold a full UK driving licence? Yes – categories B and C1' },
      { kind: 'paragraph', text: 'Notice period: one month' },
      { kind: 'paragraph', text: 'How did you hear about this vacancy? Job board' },
    ],
    headings: {
      profile: 'Supporting statement',
      work: 'Employment history (most recent first)',
      education: 'Education and qualifications',
      courses: 'Training courses',
      skills: 'Skills and abilities',
      languages: 'Languages',
    },
    profile: [
      'I am working in sales since 2011, first in Romania and from 2020 in UK. Now I am area sales representative ' +
        'for packaging and I look after 90 customers in Lincolnshire, Cambridgeshire and Norfolk – food producers, ' +
        'farms and warehouses, mostly family firms where the owner decides. I apply for the Key Account Manager role ' +
        'because I like to keep customers for long time and I know the food industry from inside: I worked four ' +
        'years in a chilled food factory.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Area Sales Representative',
          'Fenland Packaging Supplies Ltd',
          '2023-01',
          null,
          true,
          'Start date: 01/2023   End date: (current employer)',
        ),
        lines: [
          'Employer: Fenland Packaging Supplies Ltd, Spalding',
          'Job title: Area Sales Representative',
          'Start date: 01/2023   End date: (current employer)',
          'Main duties: visit and phone my 90 customers, quotes for boxes, pallet wrap and trays, new customers on the food parks, stock agreements',
          'Reason for leaving: –',
        ],
      },
      {
        ...job(
          'Telesales Executive',
          'Fenland Packaging Supplies Ltd',
          '2020-06',
          '2022-12',
          true,
          'Start date: 06/2020   End date: 12/2022',
        ),
        lines: [
          'Employer: Fenland Packaging Supplies Ltd, Spalding',
          'Job title: Telesales Executive',
          'Start date: 06/2020   End date: 12/2022',
          'Main duties: phone sales to small customers, reorders, quotes',
          'Reason for leaving: promoted to field sales',
        ],
      },
      {
        ...job(
          'Forklift Driver / Warehouse Operative',
          'Nene Valley Chilled Foods Ltd',
          '2016-03',
          '2020-05',
          false,
          'Start date: 03/2016   End date: 05/2020',
        ),
        lines: [
          'Employer: Nene Valley Chilled Foods Ltd, Wisbech',
          'Job title: Forklift Driver / Warehouse Operative',
          'Start date: 03/2016   End date: 05/2020',
          'Main duties: loading, stock rotation, chilled dispatch',
          'Reason for leaving: wanted to work in sales again',
        ],
      },
      {
        ...job(
          'Sales Agent',
          'SC Agroalim Distribuție SRL',
          '2011-09',
          '2015-12',
          true,
          'Start date: 09/2011   End date: 12/2015',
        ),
        lines: [
          'Employer: SC Agroalim Distribuție SRL, Iași, Romania',
          'Job title: Sales Agent (agent de vânzări)',
          'Start date: 09/2011   End date: 12/2015',
          'Main duties: route sales of dairy and snacks to 140 shops and kiosks in Iași county, orders on a handheld, cash collection',
          'Reason for leaving: moved to the UK',
        ],
      },
    ],
    education: [
      edu(
        'secondary',
        'Qualification: Diplomă de bacalaureat (Romanian baccalaureate) – Colegiul Tehnic de Industrie Alimentară, Iași – 2010',
        { institution: 'Colegiul Tehnic de Industrie Alimentară', endYear: 2010 },
      ),
    ],
    courses: [
      named('ESOL Skills for Life Level 1', 'ESOL Skills for Life Level 1 – Boston College, 2017'),
      named('Counterbalance forklift', 'Counterbalance forklift (RTITB) – 2016'),
    ],
    certifications: [],
    languages: [
      lang('ro', 'native', 'Romanian – native'),
      lang('en', 'B2', 'English – good'),
      lang('fr', 'A2', 'French – basic (school)'),
    ],
    skills: [
      'Negotiating prices and stock agreements with owners',
      'Organised – I plan my week of visits on Monday',
      'Microsoft Office, Sage 50, Pipedrive CRM',
    ],
    closing: [
      {
        kind: 'paragraph',
        text: 'Declaration: I confirm that the information given in this form is true and complete.',
      },
    ],
    clientBase: { activeAccounts: 90, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation'],
  },
  {
    id: 'en-h39-04-germany-to-brisbane-translated-lebenslauf-cleaning-machines',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Three Hundred Four',
    nameLine: 'Curriculum Vitae (Lebenslauf) – Candidate Thirty-Three Hundred Four',
    tagline:
      'Translated from German – the German original and my employer references (Arbeitszeugnisse) are available on request',
    email: 'lebenslauf.brisbane.en3904@example.com',
    phone: '0438 390 404',
    contactLines: [
      'Carindale, Brisbane QLD 4152',
      'born 14.07.1984 in Kassel, Germany · married, two children',
      'Australian permanent resident since 2021',
    ],
    headings: {
      profile: 'Profile (Kurzprofil)',
      work: 'Professional Experience (Berufserfahrung)',
      education: 'Education and Training (Ausbildung)',
      courses: 'Further Training (Weiterbildung)',
      skills: 'Skills (Kenntnisse)',
      languages: 'Languages (Sprachkenntnisse)',
      workTable: ['Period (Zeitraum)', 'Position (Tätigkeit)', 'Employer (Arbeitgeber)'],
    },
    profile: [
      'Mechatronics technician who moved into field sales in 2009. In Australia since 2019: first as service ' +
        'technician, since 2021 responsible for sales in South East Queensland.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job(
        'Territory Manager South East Queensland',
        'Brisbane CleanTech Equipment Pty Ltd',
        '2021-03',
        null,
        true,
        'since 03/2021',
        [
          'Sales and demonstrations of scrubber dryers, sweepers and industrial vacuums to 65 cleaning contractors, hospitals, schools and councils between the Sunshine Coast and the Gold Coast',
          'Territory sales of A$3.1 million in 2025',
          'The contractors’ owners decide themselves; hospitals and councils buy through tenders, which I prepare with our office',
        ],
      ),
      job(
        'Service Technician',
        'Brisbane CleanTech Equipment Pty Ltd',
        '2019-11',
        '2021-02',
        false,
        '11/2019 – 02/2021',
        ['Repairs and maintenance in the field; my first job in Australia (skilled visa)'],
      ),
      job(
        'Field Sales Representative',
        'Nordhessen Reinigungstechnik GmbH',
        '2009-04',
        '2019-09',
        true,
        '04/2009 – 09/2019',
        [
          'Field sales (Außendienst) from Kassel in North Hesse and South Lower Saxony: building cleaning companies, hospitals, municipalities',
          'Territory turnover of €2.4 million (2018)',
        ],
      ),
      job('Service Technician', 'Nordhessen Reinigungstechnik GmbH', '2004-08', '2009-03', false, '08/2004 – 03/2009'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Civilian service (Zivildienst) 09/2003 – 06/2004: care assistant in a retirement home, Kassel',
      },
    ],
    education: [
      edu(
        'vocational',
        'Apprenticeship (Ausbildung) as Mechatronics Technician (Mechatroniker), dual system – Chamber of Industry and Commerce (IHK) Kassel, 2000 – 2003',
        {
          field: 'Mechatronics Technician',
          institution: 'Chamber of Industry and Commerce (IHK) Kassel',
          startYear: 2000,
          endYear: 2003,
        },
      ),
      edu(
        'lower secondary',
        'Mittlere Reife (intermediate school-leaving certificate, year 10) – Realschule am Auestadion, Kassel, 2000',
        { institution: 'Realschule am Auestadion', endYear: 2000 },
      ),
    ],
    courses: [
      named(
        'Verkaufstraining für den Außendienst',
        'Verkaufstraining für den Außendienst (sales training for field staff), 2010',
      ),
      named('Test and tag (AS/NZS 3760)', 'Test and tag (AS/NZS 3760) – Brisbane, 2020'),
    ],
    certifications: [],
    languages: [
      lang('de', 'native', 'German – mother tongue'),
      lang('en', 'C1', 'English – C1 (IELTS General 7.5, 2018)'),
      lang('fr', 'A2', 'French – school knowledge (Schulkenntnisse)'),
    ],
    skills: [
      'Technical selling and on-site demonstrations',
      'Negotiation with councils and hospitals',
      'MS Office, SAP Business One, HubSpot',
      'Queensland driver licence C (car) and HR (heavy rigid)',
    ],
    clientBase: { activeAccounts: 65, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'en-h39-05-south-africa-to-london-agency-profile-office-coffee-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Three Hundred Five',
    nameLine: 'CANDIDATE PROFILE – Candidate Thirty-Three Hundred Five',
    tagline: 'Presented by Thameside Sales Recruitment · Consultant ref. TSR-4471 · Candidate ref. C-3305',
    email: 'croydon.capetown.en3905@example.org',
    phone: '07700 900405',
    contactLines: ['Croydon, South London'],
    afterContact: [
      { kind: 'heading', text: 'At a glance' },
      {
        kind: 'bullets',
        items: [
          'Current package: £42,000 basic + commission',
          'Notice period: one month',
          'Right to work: British passport (dual British and South African citizen)',
          'Driving: full UK licence, own car',
        ],
      },
    ],
    headings: {
      profile: 'Consultant’s summary',
      work: 'Career history',
      education: 'Education',
      courses: 'Training',
      skills: 'Key skills (assessed at interview)',
      languages: 'Languages',
    },
    profile: [
      'A polished, personable account manager who moved from Cape Town to London in 2019. He currently looks ' +
        'after 48 office accounts in central and south London for a workplace coffee and water company and is ' +
        'looking for a larger B2B portfolio. We have met him in person and he interviews very well.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Account Manager – Office Coffee',
          'Brewline Workplace Refreshments Ltd',
          '2021-10',
          null,
          true,
          'Oct 2021 – present',
          [
            '48 offices, co-working spaces and dental practices in central and south London, from 30 to 400 staff each',
            'Renewals, upgrades to bean-to-cup machines and new sites: £610k annual contract value',
            'His contacts are office managers and facilities managers',
          ],
        ),
        lines: ['Account Manager – Office Coffee (Brewline Workplace Refreshments Ltd, London) – Oct 2021 – present'],
      },
      {
        ...job(
          'Sales Consultant',
          'Brewline Workplace Refreshments Ltd',
          '2020-03',
          '2021-09',
          true,
          'Mar 2020 – Sep 2021',
          ['New business by phone and door to door on business parks'],
        ),
        lines: ['Sales Consultant (Brewline Workplace Refreshments Ltd, London) – Mar 2020 – Sep 2021'],
      },
      {
        ...job(
          'Sales Representative',
          'Table Mountain Vending (Pty) Ltd',
          '2014-02',
          '2019-06',
          true,
          'Feb 2014 – Jun 2019',
          [
            'Placed and looked after vending machines at 120 sites in the northern suburbs: factories, schools, garages',
          ],
        ),
        lines: [
          'Sales Representative (Table Mountain Vending (Pty) Ltd, Cape Town, South Africa) – Feb 2014 – Jun 2019',
        ],
      },
      {
        ...job('Waiter / Shift Supervisor', 'The Quayside Grill', '2010-01', '2013-12', false, 'Jan 2010 – Dec 2013'),
        lines: ['Waiter / Shift Supervisor (The Quayside Grill, Cape Town, South Africa) – Jan 2010 – Dec 2013'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Jul 2019 – Feb 2020: relocation to the UK; short temp assignments while settling in (not listed).',
      },
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'Higher Certificate in Marketing (NQF 5) – Southern Cape Business College, 2013 (part-time)',
        { field: 'Marketing', institution: 'Southern Cape Business College', endYear: 2013 },
      ),
      edu('secondary', 'National Senior Certificate (Matric) – Tygerberg Valley High School, 2009', {
        institution: 'Tygerberg Valley High School',
        endYear: 2009,
      }),
    ],
    courses: [named('Food Hygiene Level 2', 'Food Hygiene Level 2, 2020')],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('af', 'native', 'Afrikaans – native (bilingual home)'),
      lang('xh', 'A2', 'isiXhosa – basic'),
    ],
    skills: ['Relationship building', 'Consultative selling', 'Resilient and target-driven', 'Presents well to groups'],
    closing: [
      {
        kind: 'paragraph',
        text:
          'Thameside Sales Recruitment acts as an employment agency for this vacancy. References are held on file; ' +
          'please arrange interviews through your consultant.',
      },
    ],
    clientBase: { activeAccounts: 48, segment: 'regional_smb' },
    competencies: ['relationship_building', 'sales', 'stress_resistance'],
  },
  {
    id: 'en-h39-06-vietnam-to-hamilton-cv-typed-by-son-asian-food-sales-rep',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Three Hundred Six',
    email: 'lotus.hamilton.en3906@example.com',
    phone: '021 390 6616',
    contactLines: ['Hillcrest, Hamilton 3216'],
    afterContact: [
      {
        kind: 'paragraph',
        text:
          'Note: my son typed this CV for me. I speak English every day with customers but I write slowly, so it is ' +
          'easier to phone me.',
      },
    ],
    headings: {
      profile: 'About me',
      work: 'My jobs',
      education: 'School and training',
      courses: 'Courses',
      skills: 'What I am good at',
      languages: 'Languages',
    },
    profile: [
      'I came to New Zealand in 2009. I was a cook and chef for nine years and since 2018 I am sales rep for an ' +
        'Asian food wholesaler. I know the restaurant business from the kitchen side, so the owners trust me.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Sales Representative', 'Golden Lotus Foods Ltd', '2018', null, true, '2018 – still working there', [
          'I visit 75 restaurants, takeaways and Asian grocery shops in Hamilton, Cambridge, Te Awamutu and Tauranga every week and take their orders',
          'Most are family businesses, the owner decides what to buy',
          'Two days a week I also deliver with the truck',
        ]),
        lines: ['Sales Representative at Golden Lotus Foods Ltd, Hamilton (2018 – still working there)'],
      },
      {
        ...job('Chef', 'Saigon Kitchen Restaurant', '2012', '2018', false, '2012 – 2018', [
          'Cooked Vietnamese and Thai food, ordered from the suppliers',
        ]),
        lines: ['Chef at Saigon Kitchen Restaurant, Hamilton (2012 – 2018)'],
      },
      {
        ...job('Kitchen Hand', 'Riverside Motor Lodge', '2009', '2012', false, '2009 – 2012'),
        lines: ['Kitchen Hand at Riverside Motor Lodge, Hamilton (2009 – 2012)'],
      },
      {
        ...job('Sales Staff', 'Hung Phat Seafood Company', '2004', '2008', true, '2004 – 2008', [
          'Sold frozen seafood to restaurants and supermarkets in District 5 and District 10',
        ]),
        lines: ['Sales Staff at Hung Phat Seafood Company, Ho Chi Minh City, Vietnam (2004 – 2008)'],
      },
    ],
    education: [
      edu('secondary', 'High school diploma – Binh Thanh High School, Ho Chi Minh City, 2003', {
        institution: 'Binh Thanh High School',
        endYear: 2003,
      }),
      edu(
        'vocational',
        'New Zealand Certificate in Cookery (Level 4) – Waikato Polytechnic School of Hospitality, 2011',
        { field: 'Cookery', institution: 'Waikato Polytechnic School of Hospitality', endYear: 2011 },
      ),
    ],
    courses: [named('Food Safety (Unit 167)', 'Food Safety (Unit 167) – 2015')],
    certifications: [],
    languages: [
      lang('vi', 'native', 'Vietnamese – native'),
      lang('en', 'B2', 'English – good (I talk with customers every day)'),
    ],
    skills: [
      'Customer focus – I remember what every restaurant orders',
      'Class 2 driver licence',
      'Good with numbers and invoices',
    ],
    closing: [{ kind: 'paragraph', text: 'References: my manager at Golden Lotus Foods – on request.' }],
    clientBase: { activeAccounts: 75, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'en-h39-07-pakistan-riyadh-bradford-pharmacy-key-account-manager',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Three Hundred Seven',
    email: 'pharma.bradford.en3907@example.net',
    phone: '07700 900407',
    contactLines: ['Heaton, Bradford BD9', 'Visa status: Skilled Worker visa (ILR eligible 2027)'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Date of birth: 05-11-1983 · Domicile: Lahore, Punjab · Marital status: Married',
      },
    ],
    headings: {
      profile: 'Career Objective',
      work: 'Professional Experience',
      education: 'Academic Qualifications',
      courses: 'Trainings Attended',
      skills: 'Key Skills',
      languages: 'Languages',
    },
    profile: [
      'Pharmacist by education with 19 years in pharmaceutical sales in Pakistan, Saudi Arabia and the United ' +
        'Kingdom. Seeking a senior key account or regional sales role with a generics or OTC company.',
    ],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Period of Service',
      title: 'Post Held',
      employer: 'Name of Employer',
      duties: 'Roles & Responsibilities',
    },
    jobs: [
      job(
        'Key Account Manager – Independent Pharmacy',
        'Pennine Generics Ltd',
        '2022-10',
        null,
        true,
        'Oct 2022 – Continuing',
        [
          'Manage 110 independent pharmacies and 6 small pharmacy groups in West Yorkshire and Lancashire',
          'My contacts are the superintendent pharmacists and owners, who decide their generics buying themselves',
          'Yearly turnover on my accounts £5.2 million',
          'Monthly deals and price negotiation against the big wholesalers',
        ],
        'Bradford, UK',
      ),
      job(
        'Sales Supervisor – Hospital Products',
        'Al-Wadi Medical Trading Est.',
        '2015-08',
        '2022-09',
        true,
        '15-08-2015 to 30-09-2022',
        [
          'Led 4 medical representatives in the Central Region',
          'Own accounts: 14 private hospitals and polyclinics in Riyadh',
          'Ministry of Health tenders together with the tender department',
        ],
        'Riyadh, Saudi Arabia',
      ),
      job(
        'Medical Representative',
        'Indus Life Pharmaceuticals (Pvt.) Ltd.',
        '2007-06',
        '2015-07',
        true,
        '01-06-2007 to 31-07-2015',
        [
          'Promoted cardiology and diabetes products to 120 doctors and 40 pharmacies in Lahore',
          'Promoted to Senior Medical Representative in 2011',
          'Achieved 112% of the annual target in 2013 and 2014',
        ],
        'Lahore, Pakistan',
      ),
      job(
        'Trainee Pharmacist',
        'Shalimar Community Pharmacy',
        '2005-09',
        '2007-05',
        false,
        '01-09-2005 to 31-05-2007',
        ['Dispensing under supervision after the B.Pharm'],
        'Lahore, Pakistan',
      ),
    ],
    education: [
      edu(
        'bachelor',
        'B.Pharm (Bachelor of Pharmacy, 4 years) – University College of Pharmacy, Punjab, 2001 – 2005 – 1st Division',
        { field: 'Pharmacy', institution: 'University College of Pharmacy, Punjab', startYear: 2001, endYear: 2005 },
      ),
      edu('mba', 'MBA (Marketing), evening programme – Lahore School of Commerce, 2010 – 2012', {
        field: 'Marketing',
        institution: 'Lahore School of Commerce',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('secondary', 'F.Sc. (Pre-Medical), Intermediate – Government College Township, Lahore, 2001', {
        institution: 'Government College Township',
        endYear: 2001,
      }),
      edu('lower secondary', 'Matriculation (Science) – Model High School, Lahore, 1999', {
        institution: 'Model High School',
        endYear: 1999,
      }),
    ],
    courses: [
      named('Key account management', 'Key account management – two days, Leeds, 2023'),
      named('Selling skills for medical representatives', 'Selling skills for medical representatives – 2008'),
    ],
    certifications: [],
    languages: [lang('ur', 'native', ''), lang('pa', 'native', ''), lang('en', 'C1', ''), lang('ar', 'B1', '')],
    languagesText: [
      'Urdu and Punjabi (mother tongues), English (fluent), Arabic (working knowledge – seven years in Riyadh).',
    ],
    skills: [
      'Relationship management',
      'Price negotiation with pharmacy owners',
      'Team player',
      'Analytical – monthly sell-out reports from wholesaler data',
      'SCFHS pharmacist classification (Saudi Arabia), 2015 – 2022, not renewed',
    ],
    clientBase: { activeAccounts: 116, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'en-h39-08-georgia-to-limerick-machine-translated-wine-sales-manager',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Three Hundred Eight',
    nameLine: 'RESUME – Candidate Thirty-Three Hundred Eight',
    email: 'tbilisi.limerick.en3908@example.com',
    phone: '+353 89 390 8808',
    contactLines: ['Castletroy, Limerick', 'Stamp 1G (spouse of a Critical Skills permit holder)'],
    afterContact: [
      { kind: 'paragraph', text: 'Date of birth: 03.04.1991 · Citizenship: Georgia · Family status: married' },
      { kind: 'paragraph', text: 'Desired position: sales manager, manager for work with clients' },
    ],
    headings: {
      contact: 'Contacts',
      profile: 'About myself',
      work: 'Labour activity',
      education: 'Education',
      courses: 'Additional education',
      skills: 'Personal qualities',
      languages: 'Knowledge of languages',
    },
    profile: [
      'Purposeful and responsible specialist with experience of sales of wine and mineral water on the market of ' +
        'Georgia. In Ireland since 2023, I work in the sphere of retail and I want to return in the sphere of B2B ' +
        'sales.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Sales Consultant',
          'Shannon Home & Furniture Ltd',
          '2024-02',
          null,
          true,
          '02.2024 – to the present time',
          [
            'Consultation of buyers in the salon, registration of orders and deliveries',
            'Fulfilment of the monthly plan of sales',
          ],
        ),
        lines: [
          '02.2024 – to the present time',
          'Shannon Home & Furniture Ltd, Limerick',
          'Position: Sales Consultant',
        ],
      },
      {
        ...job('Packer', 'Midwest Pharma Packaging Ltd', '2023-05', '2024-01', false, '05.2023 – 01.2024'),
        lines: ['05.2023 – 01.2024', 'Midwest Pharma Packaging Ltd, Shannon', 'Position: Packer'],
      },
      {
        ...job(
          'Manager of Sales Department',
          'LLC "Kakheti Wine House"',
          '2017-03',
          '2023-02',
          true,
          '03.2017 – 02.2023',
          [
            'Management of the sales department from 3 sales representatives',
            'Personal portfolio: 45 supermarkets, restaurants and hotels of Tbilisi and Kakheti',
            'Conducting of negotiations with owners and purchase managers, conclusion of contracts',
            'Volume of sales 6.8 mln GEL per year (2022)',
          ],
        ),
        lines: ['03.2017 – 02.2023', 'LLC "Kakheti Wine House", Tbilisi', 'Position: Manager of Sales Department'],
      },
      {
        ...job('Manager for Work with Clients', 'LLC "Mta Waters"', '2013-09', '2017-02', true, '09.2013 – 02.2017', [
          'Work with the client base of 80 shops and restaurants, acceptance of orders, control of debts',
        ]),
        lines: ['09.2013 – 02.2017', 'LLC "Mta Waters", Tbilisi', 'Position: Manager for Work with Clients'],
      },
    ],
    education: [
      edu(
        'bba',
        'Tbilisi Institute of Economics and Business, 2009 – 2013, Bachelor of Business Administration (BBA), faculty of marketing',
        {
          field: 'marketing',
          institution: 'Tbilisi Institute of Economics and Business',
          startYear: 2009,
          endYear: 2013,
        },
      ),
      edu('secondary', 'Public school No. 51, Tbilisi, 2009 – certificate of full general education', {
        endYear: 2009,
      }),
    ],
    courses: [
      named('English language courses, level B1', 'English language courses, level B1 – Limerick and Clare ETB, 2024'),
    ],
    certifications: [],
    languages: [
      lang('ka', 'native', 'Georgian – native'),
      lang('ru', 'C1', 'Russian – freely'),
      lang('en', 'B1', 'English – B1 (I continue to study)'),
    ],
    skills: [
      'stress resistance',
      'responsibility, purposefulness',
      'communicability, sociability',
      'skill of conducting negotiations',
      'knowledge of PC: MS Office, 1C',
    ],
    clientBase: { activeAccounts: 45, segment: 'regional_smb' },
    competencies: ['negotiation', 'stress_resistance'],
  },
  {
    id: 'en-h39-09-nigeria-to-houston-bank-marketer-to-lubricants-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Three Hundred Nine',
    email: 'lubes.houston.en3909@example.org',
    phone: '832-555-0190',
    contactLines: ['Katy, TX 77449', 'US permanent resident'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Date of Birth: 3rd March, 1987 · State of Origin: Enugu State, Nigeria · Sex: Male',
      },
    ],
    headings: {
      profile: 'Career Objective',
      work: 'Work Experience',
      education: 'Educational Qualifications',
      certifications: 'Professional Certification',
      skills: 'Core Skills',
      languages: 'Languages',
      workTable: ['Company', 'Dates', 'Role'],
    },
    profile: [
      'To grow with a customer-focused lubricants or industrial supply company as a senior account manager. Seven ' +
        'years of B2B sales in Houston after six years as a bank marketer in Lagos.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'period', 'title'],
    jobs: [
      job(
        'Account Manager – Industrial Lubricants',
        'Bayou Lube Solutions LLC',
        '2021-04',
        null,
        true,
        'Apr 2021 – Present',
        [
          '65 accounts: trucking fleets, machine shops and plants in Greater Houston and along the Gulf Coast',
          'Maintenance managers and plant owners who decide the lubricant supplier',
          '$4.6M in sales on my accounts in 2025',
          'Used-oil testing programs and lubrication surveys',
        ],
      ),
      job(
        'Inside Sales Representative',
        'Bayou Lube Solutions LLC',
        '2019-09',
        '2021-03',
        true,
        'Sep 2019 – Mar 2021',
        ['Phone orders, quotes and follow-up on 200 small accounts'],
      ),
      job('Driver (rideshare)', 'self-employed', '2018-08', '2019-08', false, 'Aug 2018 – Aug 2019'),
      job('Marketing Executive', 'Crestview Bank Plc', '2012-01', '2018-06', true, 'Jan 2012 – Jun 2018', [
        'Deposit mobilisation: opened and grew current and savings accounts for SMEs and traders on Lagos Island',
        'Monthly deposit target of ₦150 million',
        'Cross-sold POS terminals and loans to my customers',
      ]),
    ],
    education: [
      edu('bsc', 'B.Sc. Banking and Finance – University of Nigeria, Enugu Campus, 2010 (Second Class Upper)', {
        field: 'Banking and Finance',
        institution: 'University of Nigeria',
        endYear: 2010,
      }),
      edu('secondary', 'West African Senior School Certificate (WASSCE) – Federal Government College, Enugu, 2004', {
        institution: 'Federal Government College',
        endYear: 2004,
      }),
    ],
    courses: [],
    certifications: [
      named('Machinery Lubrication Technician (MLT I)', 'Machinery Lubrication Technician (MLT I), 2022'),
    ],
    languages: [
      lang('ig', 'native', 'Igbo – native'),
      lang('en', 'C1', 'English – fluent (official language in Nigeria)'),
      lang('yo', 'B1', 'Yoruba – conversational'),
    ],
    skills: ['Relationship management', 'Negotiation', 'Customer retention', 'Salesforce, SAP', 'Texas driver license'],
    clientBase: { activeAccounts: 65, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'en-h39-10-china-to-richmond-translated-kitchen-cabinet-sales-consultant',
    format: 'docx',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Three Hundred Ten',
    nameLine: 'Personal Resume – Candidate Thirty-Three Hundred Ten',
    tagline: 'Job objective (求职意向): Sales / Account Manager – kitchen, bath and home products',
    email: 'cabinet.richmond.en3910@example.com',
    phone: '604-555-0110',
    contactLines: ['Richmond, BC V6X'],
    afterContact: [
      { kind: 'heading', text: 'Basic information' },
      {
        kind: 'table',
        rows: [
          ['Gender', 'Female'],
          ['Date of birth', '1990.05'],
          ['Native place', 'Foshan, Guangdong'],
          ['Status in Canada', 'Permanent resident (2019)'],
        ],
      },
    ],
    headings: {
      profile: 'Self-evaluation',
      work: 'Work experience',
      education: 'Education background',
      courses: 'Training experience',
      skills: 'Professional skills',
      languages: 'Language ability',
    },
    profile: [
      'Cheerful and hard-working, with a strong sense of responsibility. Good communication skills and team ' +
        'spirit; can work under pressure. Seven years of foreign trade in a cabinet factory and five years of ' +
        'showroom sales in Canada.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Showroom Sales Consultant', 'Westcoast Cabinetry Ltd.', '2021-03', null, true, '2021.03 – so far', [
          'Receive homeowners, designers and small builders in the showroom; measure, design and quote kitchens',
          '2025 personal sales C$1.35 million, 96 kitchens',
          'Follow-up of installation and after-sales service',
        ]),
        lines: ['2021.03 – so far    Westcoast Cabinetry Ltd. (Richmond, BC)    Showroom Sales Consultant'],
      },
      {
        ...job('Cashier', 'Fresh Garden Supermarket', '2019-09', '2021-02', false, '2019.09 – 2021.02'),
        lines: ['2019.09 – 2021.02    Fresh Garden Supermarket (Vancouver)    Cashier (part-time)'],
      },
      {
        ...job(
          'Foreign Trade Salesperson',
          'Foshan Hongyi Cabinet Manufacturing Co., Ltd.',
          '2012-07',
          '2019-06',
          true,
          '2012.07 – 2019.06',
          [
            'Developed overseas customers through B2B platforms and the Canton Fair',
            'Responsible for 30 importers and builders in Canada, Australia and the Middle East; annual sales USD 4.8 million',
            'From 2016 also trained two new salespersons',
          ],
        ),
        lines: [
          '2012.07 – 2019.06    Foshan Hongyi Cabinet Manufacturing Co., Ltd. (Foshan, Guangdong)    Foreign Trade Salesperson (外贸业务员)',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        '2008.09 – 2012.06    South China University of Commerce    Bachelor of Management, major: International Economics and Trade',
        {
          field: 'International Economics and Trade',
          institution: 'South China University of Commerce',
          startYear: 2008,
          endYear: 2012,
        },
      ),
      edu('secondary', '2005.09 – 2008.06    Foshan No. 3 Senior High School', {
        institution: 'Foshan No. 3 Senior High School',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [named('Kitchen design software training', 'Kitchen design software training – manufacturer, 2021')],
    certifications: [],
    languages: [lang('zh', 'native', ''), lang('en', 'C1', '')],
    languageBlocks: [
      {
        kind: 'bullets',
        items: [
          'Mandarin – native',
          'Cantonese – native (home dialect)',
          'English – fluent (IELTS General 7.0; CET-6 in university)',
        ],
      },
    ],
    skills: [
      'Customer focus',
      'Negotiation of prices and delivery terms',
      'AutoCAD, kitchen design software, Excel',
      'WeChat and Xiaohongshu marketing for Chinese-speaking homeowners',
    ],
    clientBase: null,
    competencies: ['communication', 'customer_focus', 'negotiation'],
  },
  {
    id: 'en-h39-11-spain-to-peterhead-pdf-copied-to-text-seafood-export-account-manager',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Three Hundred Eleven',
    email: 'murcia.peterhead.en3911@example.net',
    phone: '07700 900411',
    contactLines: ['Peterhead, Aberdeenshire AB42', 'Spanish citizen, settled status'],
    afterContact: [{ kind: 'paragraph', text: 'Date of birth: 09/11/1981 · Driving licence: B (exchanged to UK)' }],
    headings: {
      profile: 'Profile',
      work: 'Professional experience',
      education: 'Education',
      courses: 'Courses',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Export account manager for a Scottish seafood processor, selling langoustine, crab and scallops to ' +
        'importers in Spain, Portugal and Italy. Before coming to Scotland in 2016 I sold fruit from Murcia to ' +
        'supermarket buyers in northern Europe for eight years.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Export Account Manager',
        'Granite Coast Seafoods Ltd',
        '2019-09',
        null,
        true,
        'Sep 2019 – actual',
        [
          '24 importers and distributors in Spain, Portugal and Italy; the owners and buyers decide the weekly volumes',
          'Sales of €14.5 million in 2025 (we invoice exports in euros)',
          'Negotiation of season prices; logistics with the hauliers',
        ],
        'Peterhead',
      ),
      job(
        'Quality Technician',
        'Granite Coast Seafoods Ltd',
        '2016-03',
        '2019-08',
        false,
        'Mar 2016 – Aug 2019',
        ['HACCP checks, yields, customer audits'],
        'Peterhead',
      ),
      {
        ...job(
          'Export Sales Executive',
          'Frutas del Segura S.A.',
          '2008-01',
          '2015-12',
          true,
          'Jan 2008 – Dec 2015',
          ['Citrus and stone fruit to 18 supermarket buyers in the UK, Germany and Scandinavia'],
          'Molina de Segura, Murcia',
        ),
        lines: [
          'Page 1 of 2',
          'Curriculum Vitae – Candidate Thirty-Three Hundred Eleven – Page 2 of 2',
          'Jan 2008 – Dec 2015   Export Sales Executive (Comercial de exportación) – Frutas del Segura S.A., Molina de Segura, Murcia',
        ],
      },
      job(
        'Export Administrator',
        'Transportes Frigoríficos Alhama S.L.',
        '2004-06',
        '2007-12',
        false,
        'Jun 2004 – Dec 2007',
        undefined,
        'Alhama de Murcia',
      ),
    ],
    education: [
      edu(
        'master',
        'Licenciatura en Administración y Dirección de Empresas (five-year degree, pre-Bologna) – Universidad de Murcia, 1999 – 2004',
        {
          field: 'Administración y Dirección de Empresas',
          institution: 'Universidad de Murcia',
          startYear: 1999,
          endYear: 2004,
        },
      ),
      edu('secondary', 'Bachillerato – IES Vega del Segura, Molina de Segura, 1999', {
        institution: 'IES Vega del Segura',
        endYear: 1999,
      }),
    ],
    courses: [named('HACCP Level 3', 'HACCP Level 3 – Aberdeen, 2016')],
    certifications: [],
    languages: [
      lang('es', 'native', 'Spanish – native'),
      lang('en', 'C1', 'English – C1 (Cambridge Advanced, 2017)'),
      lang('fr', 'B1', 'French – B1'),
      lang('it', 'A2', 'Italian – A2 (I understand my Italian customers better than I speak)'),
    ],
    skills: [
      'Negotiation with importers',
      'Analytical (yields, margins, price lists)',
      'Team player between the factory, the boats and the hauliers',
    ],
    closing: [{ kind: 'paragraph', text: 'References on request.' }],
    clientBase: { activeAccounts: 24, annualRevenueEur: 14_500_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'en-h39-12-france-to-birmingham-technico-commercial-packaging-machines',
    format: 'pdf',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Three Hundred Twelve',
    email: 'nantes.brum.en3912@example.com',
    phone: '+44 (0)7700 900412',
    contactLines: ['Bournville, Birmingham B30', 'French national – settled status', 'Permis B / UK driving licence'],
    tagline: 'Technical Sales Representative – packaging machines for food and cosmetics',
    headings: {
      profile: 'Profile',
      work: 'Professional experience',
      education: 'Education and diplomas',
      courses: 'Training',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Technico-commercial (technical sales representative) with ten years in packaging machines, first in France ' +
        'and since 2021 for the UK and Irish subsidiary of a French manufacturer. Autonomous and organised, I like ' +
        'long sales cycles and technical discussions on the production line.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Technical Sales Representative UK & Ireland',
          'Rhône Packaging Machines UK Ltd',
          '2021-09',
          null,
          true,
          'Sept. 2021 – present (permanent contract)',
          [
            '35 active accounts: food and cosmetics manufacturers in the Midlands, the North of England and Ireland',
            'The production and engineering directors sign the investment; I work with them from the first line audit to the acceptance test',
            '€6.8 million of machines, spare parts and service contracts in 2025 (the group reports in euros)',
          ],
        ),
        lines: [
          'Technical Sales Representative UK & Ireland — Rhône Packaging Machines UK Ltd, Birmingham — Sept. 2021 – present (permanent contract)',
        ],
      },
      {
        ...job(
          'Technical Sales Representative',
          'Emballages Loire Atlantique SAS',
          '2016-03',
          '2021-07',
          true,
          'March 2016 – July 2021 (CDI)',
          ['Tray sealers and flow-wrappers for food manufacturers in Brittany and the Pays de la Loire'],
        ),
        lines: [
          'Technical Sales Representative (technico-commercial) — Emballages Loire Atlantique SAS, Nantes — March 2016 – July 2021 (CDI)',
        ],
      },
      {
        ...job(
          'Customer Service Advisor – Export',
          'Emballages Loire Atlantique SAS',
          '2014-09',
          '2016-02',
          false,
          'Sept. 2014 – Feb. 2016 (CDD, then CDI)',
          ['Orders, spare parts and delivery dates for export customers'],
        ),
        lines: [
          'Customer Service Advisor – Export (ADV export) — Emballages Loire Atlantique SAS, Nantes — Sept. 2014 – Feb. 2016 (CDD, then CDI)',
        ],
      },
      {
        ...job(
          'Sales Assistant',
          'Brico Ouest',
          '2012-09',
          '2014-06',
          true,
          'Sept. 2012 – June 2014 (work-study, alternance)',
          ['Garden and tools department: advice and sale to customers, two weeks in the shop and one week at school'],
        ),
        lines: [
          'Sales Assistant (vendeur conseil) — Brico Ouest DIY store, Saint-Herblain — Sept. 2012 – June 2014 (work-study, alternance)',
        ],
      },
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'BTS NRC – Négociation et Relation Client (two-year higher technical diploma, work-study) – Lycée de l’Erdre, Nantes, 2012 – 2014',
        { field: 'Négociation et Relation Client', institution: 'Lycée de l’Erdre', startYear: 2012, endYear: 2014 },
      ),
      edu('secondary', 'Baccalauréat STMG (technology and management) – Lycée de l’Erdre, Nantes, 2012', {
        institution: 'Lycée de l’Erdre',
        endYear: 2012,
      }),
    ],
    courses: [
      named(
        'Négocier avec les acheteurs industriels',
        'Négocier avec les acheteurs industriels (negotiating with industrial buyers) – 2019',
      ),
      named('Machinery Directive and CE marking', 'Machinery Directive and CE marking – 2022'),
    ],
    certifications: [],
    languages: [
      lang('fr', 'native', 'French – mother tongue'),
      lang('en', 'C1', 'English – C1 (TOEIC 945)'),
      lang('es', 'B1', 'Spanish – B1 (second language at school)'),
    ],
    skills: [
      'Technical selling on the production line',
      'Negotiation',
      'Autonomous and organised',
      'Salesforce, reading of machine drawings',
    ],
    clientBase: { activeAccounts: 35, annualRevenueEur: 6_800_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'sales'],
  },
  {
    id: 'en-h39-13-dr-congo-to-cape-town-teacher-to-credit-controller-no-sales',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Three Hundred Thirteen',
    email: 'kinshasa.capetown.en3913@example.net',
    phone: '072 390 1313',
    contactLines: ['Bellville, Cape Town 7530', 'Refugee status (Section 24), permitted to work'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Nationality: Congolese (DRC) · Date of birth: 17/02/1980 · Marital status: married, three children',
      },
    ],
    headings: {
      profile: 'Personal profile',
      work: 'Employment record',
      education: 'Qualifications',
      courses: 'Short courses',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'I was a mathematics teacher in Kinshasa for seven years before I came to South Africa in 2009. Since then I ' +
        'have worked in accounts: bookkeeping and now credit control for a freight company. I am looking for a ' +
        'position in customer accounts, collections or inside sales where my French and Lingala are useful.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Credit Controller',
          'Table Bay Freight Forwarders (Pty) Ltd',
          '2019-03',
          null,
          false,
          'March 2019 – current',
          [
            'Collections on 240 customer accounts; monthly age analysis for the financial manager',
            'Payment arrangements with French-speaking customers in the DRC, Congo-Brazzaville and Cameroon',
          ],
        ),
        lines: ['Credit Controller, Table Bay Freight Forwarders (Pty) Ltd, Cape Town | March 2019 – current'],
      },
      {
        ...job(
          'Bookkeeper',
          'Table Bay Freight Forwarders (Pty) Ltd',
          '2013-06',
          '2019-02',
          false,
          'June 2013 – Feb 2019',
          ['Creditors, debtors and month-end on Sage Pastel'],
        ),
        lines: ['Bookkeeper, Table Bay Freight Forwarders (Pty) Ltd, Cape Town | June 2013 – Feb 2019'],
      },
      {
        ...job(
          'Admin Clerk / Receptionist',
          'Parow Motor Spares CC',
          '2009-10',
          '2013-05',
          false,
          'Oct 2009 – May 2013',
        ),
        lines: ['Admin Clerk / Receptionist, Parow Motor Spares CC, Cape Town | Oct 2009 – May 2013'],
      },
      {
        ...job(
          'Mathematics Teacher',
          'Institut Mont Ngafula',
          '2001',
          '2008',
          false,
          'school years 2001–2002 to 2007–2008',
          ['Mathematics and bookkeeping for the commercial section, classes of 50 to 60 pupils'],
        ),
        lines: [
          'Mathematics Teacher (professeur de mathématiques), Institut Mont Ngafula, Kinshasa, DRC | school years 2001–2002 to 2007–2008',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Licence en Sciences Commerciales et Financières (graduat 3 years + licence 2 years) – Institut Supérieur de Gestion de Kinshasa, 1996 – 2001',
        {
          field: 'Sciences Commerciales et Financières',
          institution: 'Institut Supérieur de Gestion de Kinshasa',
          startYear: 1996,
          endYear: 2001,
        },
      ),
      edu(
        'secondary',
        'Diplôme d’État (state secondary diploma), commercial and administrative section – Lycée Kimbanseke, Kinshasa, 1996',
        { institution: 'Lycée Kimbanseke', endYear: 1996 },
      ),
    ],
    courses: [
      named('Sage Pastel Partner', 'Sage Pastel Partner – 2014'),
      named('Credit management', 'Credit management – short course, 2020'),
    ],
    certifications: [],
    languages: [
      lang('ln', 'native', 'Lingala – mother tongue'),
      lang('fr', 'C1', 'French – fluent (language of my schooling)'),
      lang('en', 'C1', 'English – fluent'),
      lang('sw', 'B1', 'Swahili – conversational'),
      lang('af', 'A2', 'Afrikaans – basic'),
    ],
    skills: [
      'Communication skills – seven years of teaching teenagers',
      'Organised and accurate',
      'Excel (pivot tables), Sage Pastel',
    ],
    closing: [{ kind: 'paragraph', text: 'References: Referent Een, Financial Manager – contact details on request.' }],
    clientBase: null,
    competencies: ['analytical', 'communication', 'organisation'],
  },
  {
    id: 'en-h39-14-korea-to-sydney-translated-cosmetics-key-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Three Hundred Fourteen',
    nameLine: 'Resume (이력서) – Candidate Thirty-Three Hundred Fourteen',
    email: 'kbeauty.sydney.en3914@example.org',
    phone: '0423 390 141',
    contactLines: ['Strathfield NSW 2135', 'Australian permanent resident'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Date of birth', '1988.09.14'],
          ['Military service', 'Republic of Korea Army, 2008.03 ~ 2010.01, Sergeant, honourable discharge'],
        ],
      },
    ],
    headings: {
      profile: 'Introduction',
      work: 'Career',
      education: 'Education',
      courses: 'Training',
      certifications: 'Certificates / Licences',
      skills: 'Skills',
      languages: 'Foreign languages',
    },
    profile: [
      'Ten years in cosmetics sales, six in Korea and four in Australia. I look after the pharmacy and beauty chains ' +
        'for the Australian subsidiary of a Korean skin-care brand.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Period', title: 'Department / Position', employer: 'Company name', duties: 'Main work' },
    jobs: [
      job(
        'Key Account Manager – Pharmacy & Beauty',
        'K-Glow Cosmetics Australia Pty Ltd',
        '2022-10',
        null,
        true,
        '2022.10 ~ present',
        [
          '4 pharmacy and beauty chains and 2 national wholesalers, with stores across Australia',
          'The chains’ category buyers decide the range and the promotions; I prepare the annual range review with them',
          'Net sales A$7.4 million in 2025',
        ],
        'Sydney',
      ),
      job(
        'Overseas Sales Team / Assistant Manager',
        'Hanbit Cosmetics Co., Ltd.',
        '2016-01',
        '2022-08',
        true,
        '2016.01 ~ 2022.08',
        [
          'Export to distributors in Southeast Asia and Australia',
          'Joined as staff (sawon), promoted to assistant manager (daeri) in 2019',
          'Trade fairs in Hong Kong, Bangkok and Sydney',
        ],
        'Seoul, Korea',
      ),
      job(
        'Farm Hand',
        'Bundaberg Berry Farms',
        '2013-11',
        '2014-10',
        false,
        '2013.11 ~ 2014.10 (working holiday)',
        ['Strawberry picking and packing'],
        'Bundaberg QLD',
      ),
    ],
    education: [
      edu(
        'ba',
        'Bachelor of Arts in International Trade – Gyeonggi University of Commerce, 2007.03 ~ 2015.08 (leave of absence for military service and working holiday)',
        {
          field: 'International Trade',
          institution: 'Gyeonggi University of Commerce',
          startYear: 2007,
          endYear: 2015,
        },
      ),
      edu('secondary', 'Suwon Maegyo High School – graduated 2007.02', {
        institution: 'Suwon Maegyo High School',
        endYear: 2007,
      }),
    ],
    courses: [named('Category management for pharmacy', 'Category management for pharmacy – Sydney, 2023')],
    certifications: [
      named(
        'International Trade Specialist',
        'International Trade Specialist (국제무역사), Korea International Trade Association, 2015',
      ),
      named('Computer Literacy Level 1', 'Computer Literacy Level 1 (컴퓨터활용능력 1급), 2014'),
    ],
    languages: [
      lang('ko', 'native', 'Korean – native'),
      lang('en', 'C1', 'English – fluent (TOEIC 920, 2015)'),
      lang('zh', 'A2', 'Chinese – basic (HSK 3)'),
    ],
    skills: [
      'Negotiation with chain buyers',
      'Analytical: sell-out data from the chains’ supplier portals',
      'Excel (VLOOKUP, pivot tables), SAP',
    ],
    clientBase: { activeAccounts: 6, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'en-h39-15-afghanistan-to-newport-cv-written-with-volunteer-ex-sales-rep',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Three Hundred Fifteen',
    email: 'kabul.newport.en3915@example.com',
    phone: '07700 900415',
    contactLines: ['Maindee, Newport NP19', 'Indefinite leave to remain (resettled in 2021)'],
    afterContact: [
      {
        kind: 'paragraph',
        text:
          'This CV was written together with a volunteer from the Gwent Sanctuary employment buddy scheme. The ' +
          'words are mine; the volunteer helped with the English.',
      },
    ],
    headings: {
      profile: 'About me',
      work: 'Work experience',
      education: 'Education',
      courses: 'Courses in the UK',
      certifications: 'Licences',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'I am hard-working and honest. In Kabul I was a sales representative for mobile phones and accessories for ' +
        'eight years, then an interpreter. Since 2021 I live in Newport with my family and work in a warehouse. I ' +
        'want to go back to sales, first in a shop or on the phone.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'From – to', title: 'Job title', employer: 'Company and country', duties: 'What I did' },
    jobs: [
      job(
        'Warehouse Picker',
        'Severnside Fulfilment Ltd',
        '2021-11',
        null,
        false,
        'November 2021 – now',
        ['Picking and packing online orders; forklift from 2023', 'I lead the night shift when the supervisor is away'],
        'Newport, UK',
      ),
      job(
        'Interpreter',
        'Kabul Logistics Support Company',
        '2019-03',
        '2021-08',
        false,
        'March 2019 – August 2021',
        ['Dari–English interpreting for the logistics team and the drivers'],
        'Kabul, Afghanistan',
      ),
      job(
        'Sales Representative',
        'Arman Mobile Distribution',
        '2011-01',
        '2019-02',
        true,
        'January 2011 – February 2019',
        [
          'Sold mobile phones, SIM cards and accessories to phone shops in Kabul and Mazar-i-Sharif',
          'Took orders, delivered stock and collected payments',
        ],
        'Kabul, Afghanistan',
      ),
      job(
        'Shop Assistant',
        'family electronics shop',
        '2007',
        '2010',
        true,
        '2007 – 2010',
        ['Sold radios, phones and batteries in my uncle’s shop after school'],
        'Kabul, Afghanistan',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'August – November 2021: evacuation, then three months in a bridging hotel before we came to Newport.',
      },
    ],
    education: [
      edu('secondary', 'Secondary school certificate (Grade 12) – Karte Char High School, Kabul, 2010', {
        institution: 'Karte Char High School',
        endYear: 2010,
      }),
    ],
    courses: [
      named('ESOL Entry 3', 'ESOL Entry 3 – Coleg Gwent, 2022'),
      named('Level 1 Award in Customer Service', 'Level 1 Award in Customer Service – Coleg Gwent, 2023'),
    ],
    certifications: [
      named('Counterbalance forklift certificate', 'Counterbalance forklift certificate (RTITB) – 2023'),
    ],
    languages: [
      lang('fa', 'native', 'Dari – mother tongue'),
      lang('ps', 'B2', 'Pashto – good'),
      lang('ur', 'B1', 'Urdu – conversational (from Pakistani customers and films)'),
      lang('en', 'B1', 'English – B1 (ESOL Entry 3)'),
    ],
    skills: ['Team player', 'Reliable – never late in four years', 'Selling to shop owners'],
    clientBase: { segment: 'regional_smb' },
    competencies: ['sales', 'teamwork'],
  },
  {
    id: 'en-h39-16-sri-lanka-to-dubai-site-engineer-to-sales-engineer-waterproofing',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Three Hundred Sixteen',
    email: 'colombo.dubai.en3916@example.net',
    phone: '+971 50 390 1616',
    contactLines: ['Al Nahda, Dubai, UAE', 'Visa status: employment visa (transferable) · UAE driving licence'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Nationality: Sri Lankan · Date of birth: 21 June 1987 · Notice period: one month',
      },
    ],
    headings: {
      profile: 'Career Summary',
      work: 'Employment History',
      education: 'Academic Qualifications',
      courses: 'Trainings',
      certifications: 'Professional Membership',
      skills: 'Key Skills',
      languages: 'Languages Known',
    },
    profile: [
      'Civil engineer with six years on construction sites in Sri Lanka and Sharjah and eight years as a sales ' +
        'engineer for waterproofing and construction chemicals in Dubai. I get products specified by the ' +
        'consultants and then sell them to the contractors.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Sales Engineer – Waterproofing & Construction Chemicals',
        'Desert Shield Building Chemicals LLC',
        '2018-01',
        null,
        true,
        'Jan-2018 – Present',
        [
          'Handling 60 contractors and applicators in Dubai and the Northern Emirates',
          'Yearly sales AED 9.2 million (2025)',
          'Specification work with 25 consultants; the contractors’ owners and purchase managers take the buying decision',
        ],
        'Dubai, UAE',
      ),
      job(
        'Site Engineer',
        'Gulf Span Contracting LLC',
        '2014-03',
        '2017-12',
        false,
        'Mar-2014 – Dec-2017',
        ['Villa and warehouse projects: waterproofing, concrete and finishing works'],
        'Sharjah, UAE',
      ),
      job(
        'Site Engineer',
        'Lanka Build Constructions (Pvt) Ltd',
        '2011-06',
        '2014-02',
        false,
        'Jun-2011 – Feb-2014',
        ['Apartment projects; supervised the subcontractors'],
        'Colombo, Sri Lanka',
      ),
    ],
    education: [
      edu(
        'bsc',
        'B.Sc. Engineering (Hons) in Civil Engineering – Southern Lanka Institute of Technology, 2006 – 2010',
        {
          field: 'Civil Engineering',
          institution: 'Southern Lanka Institute of Technology',
          startYear: 2006,
          endYear: 2010,
        },
      ),
      edu('secondary', 'G.C.E. Advanced Level (Physical Science stream) – Batticaloa Central College, 2005', {
        institution: 'Batticaloa Central College',
        endYear: 2005,
      }),
      edu('lower secondary', 'G.C.E. Ordinary Level – Batticaloa Central College, 2002', {
        institution: 'Batticaloa Central College',
        endYear: 2002,
      }),
    ],
    courses: [
      named(
        'Waterproofing applicator training',
        'Waterproofing applicator training – manufacturer course, Dubai, 2018',
      ),
    ],
    certifications: [
      named(
        'Associate Member, Institution of Engineers Sri Lanka (AMIE)',
        'Associate Member, Institution of Engineers Sri Lanka (AMIE) – since 2013',
      ),
    ],
    languages: [
      lang('ta', 'native', 'Tamil – mother tongue'),
      lang('si', 'B2', 'Sinhala – good'),
      lang('en', 'C1', 'English – fluent'),
      lang('hi', 'B1', 'Hindi – conversational (from the sites)'),
      lang('ar', 'A2', 'Arabic – basic'),
    ],
    skills: ['Technical sales', 'Negotiation', 'Communication skills', 'AutoCAD, MS Project, Excel'],
    clientBase: { activeAccounts: 60, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'negotiation', 'sales'],
  },
  {
    id: 'en-h39-17-netherlands-to-michigan-dutch-cv-greenhouse-territory-sales',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Three Hundred Seventeen',
    nameLine: 'Curriculum Vitae – Candidate Thirty-Three Hundred Seventeen',
    email: 'westland.michigan.en3917@example.com',
    phone: '(616) 555-0117',
    contactLines: ['Zeeland, MI 49464', 'US permanent resident (green card)'],
    afterContact: [
      { kind: 'heading', text: 'Personal details' },
      {
        kind: 'paragraph',
        text: 'Date of birth: 12-03-1985 · Nationality: Dutch · Driver’s license: Michigan and Dutch (B)',
      },
    ],
    headings: {
      profile: 'Profile',
      work: 'Work experience',
      education: 'Education',
      courses: 'Courses',
      certifications: 'Licenses',
      skills: 'Competencies',
      languages: 'Languages',
    },
    profile: [
      'Dutch horticulture professional, in sales since 2012: first inside account management for a greenhouse ' +
        'supplier in the Westland, since 2019 territory sales to greenhouse growers in West Michigan and the ' +
        'neighboring states.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Territory Sales Manager – Greenhouse Growers',
          'Lakeshore Grower Supply Inc.',
          '2019-05',
          null,
          true,
          '05-2019 – present',
          [
            '85 greenhouse and nursery growers in Michigan, Indiana and Ohio; the owners and head growers decide what they buy',
            'Sales of $11.2 million on my territory in 2025',
            'Growing media, crop protection and greenhouse film; trials with growers',
          ],
        ),
        lines: [
          'Territory Sales Manager – Greenhouse Growers',
          'Lakeshore Grower Supply Inc., Holland, MI',
          '05-2019 – present',
        ],
      },
      {
        ...job(
          'Inside Account Manager',
          'Westland Kasbenodigdheden B.V.',
          '2012-09',
          '2018-03',
          true,
          '09-2012 – 03-2018',
          ['Phone and e-mail sales to 140 growers in Germany, Denmark and Sweden', 'Own target and price lists'],
        ),
        lines: [
          'Inside Account Manager (accountmanager binnendienst)',
          'Westland Kasbenodigdheden B.V., Naaldwijk, the Netherlands',
          '09-2012 – 03-2018',
        ],
      },
      {
        ...job('Cultivation Assistant', 'Kwekerij De Lier B.V.', '2008-08', '2012-08', false, '08-2008 – 08-2012', [
          'Crop registration, climate computer, a team of 12 seasonal workers',
        ]),
        lines: [
          'Cultivation Assistant (teeltmedewerker)',
          'Kwekerij De Lier B.V., De Lier, the Netherlands',
          '08-2008 – 08-2012',
        ],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'April 2018 – April 2019: moved to Michigan with my husband; waiting for my work permit (EAD), volunteer ' +
          'at a community garden.',
      },
    ],
    education: [
      edu(
        'bachelor',
        'HBO Bachelor Commercial Economics (Commerciële Economie) – Hogeschool Westland, Delft, 2004 – 2008',
        {
          field: 'Commercial Economics',
          institution: 'Hogeschool Westland',
          startYear: 2004,
          endYear: 2008,
        },
      ),
      edu('secondary', 'HAVO (senior general secondary education) – Westland College, Naaldwijk, 2004', {
        institution: 'Westland College',
        endYear: 2004,
      }),
    ],
    courses: [named('Substrates and fertigation', 'Substrates and fertigation – grower course, 2014')],
    certifications: [
      named(
        'Michigan Commercial Pesticide Applicator (Core)',
        'Michigan Commercial Pesticide Applicator (Core) – valid to 2027',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Dutch – native'),
      lang('en', 'C1', 'English – fluent'),
      lang('de', 'B2', 'German – good (my customers in Germany)'),
    ],
    skills: [
      'Relationship building with growers',
      'Proactive',
      'Organised',
      'Crop knowledge: vegetables, bedding plants, cut flowers',
    ],
    clientBase: { activeAccounts: 85, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'organisation', 'relationship_building'],
  },
  {
    id: 'en-h39-18-mexico-to-phoenix-applicant-portal-export-metal-building-sales',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Three Hundred Eighteen',
    nameLine: 'Applicant Profile – Candidate Thirty-Three Hundred Eighteen',
    tagline:
      'Requisition: Territory Sales Manager – Southwest (R-20461) · Exported from the candidate portal 10/14/2026',
    email: 'sonoran.phoenix.en3918@example.org',
    phone: '602-555-0118',
    contactLines: ['Address: Maryvale, Phoenix, AZ 85031'],
    afterContact: [
      { kind: 'heading', text: 'Application Questions' },
      { kind: 'paragraph', text: 'Are you legally authorized to work in the United States? Yes' },
      { kind: 'paragraph', text: 'Will you now or in the future require sponsorship for employment visa status? No' },
      { kind: 'paragraph', text: 'Desired pay: $75,000 – $85,000 base' },
      { kind: 'paragraph', text: 'Are you willing to travel up to 50%? Yes' },
    ],
    headings: {
      profile: 'Cover Letter / Summary',
      work: 'Work Experience',
      education: 'Education',
      certifications: 'Certifications',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Bilingual outside sales representative for metal building components, eight years in Phoenix after eight ' +
        'years with a steel distributor in Monterrey. I want to run a territory with builders and contractors ' +
        'across Arizona and New Mexico.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Outside Sales Representative',
          'Sonoran Metal Building Supply LLC',
          '2021-03',
          null,
          true,
          'From: 03/2021   To:',
        ),
        lines: [
          'Work Experience 1 of 4',
          'Job Title: Outside Sales Representative',
          'Company: Sonoran Metal Building Supply LLC',
          'Location: Phoenix, AZ',
          'I currently work here: Yes',
          'From: 03/2021   To:',
          'Role Description: I manage about 70 builder and contractor accounts in the Phoenix metro area and Tucson. Most are owner-operated and the owner approves the orders. $6.4M in sales in 2025. Takeoffs from plans, quotes, job-site visits.',
        ],
      },
      {
        ...job(
          'Counter Sales Representative',
          'Sonoran Metal Building Supply LLC',
          '2018-08',
          '2021-02',
          true,
          'From: 08/2018   To: 02/2021',
        ),
        lines: [
          'Work Experience 2 of 4',
          'Job Title: Counter Sales Representative',
          'Company: Sonoran Metal Building Supply LLC',
          'Location: Phoenix, AZ',
          'I currently work here: No',
          'From: 08/2018   To: 02/2021',
          'Role Description: Walk-in and phone sales to contractors and homeowners, quotes, will-call orders.',
        ],
      },
      {
        ...job(
          'Sales Executive',
          'Aceros del Norte S.A. de C.V.',
          '2010-08',
          '2018-06',
          true,
          'From: 08/2010   To: 06/2018',
        ),
        lines: [
          'Work Experience 3 of 4',
          'Job Title: Sales Executive (Ejecutivo de Ventas)',
          'Company: Aceros del Norte S.A. de C.V.',
          'Location: Monterrey, Nuevo León, Mexico',
          'I currently work here: No',
          'From: 08/2010   To: 06/2018',
          'Role Description: Steel sheet, beams and tube to 90 metal workshops and builders in Nuevo León and Coahuila.',
        ],
      },
      {
        ...job(
          'Warehouse Assistant',
          'Aceros del Norte S.A. de C.V.',
          '2008-01',
          '2010-07',
          false,
          'From: 01/2008   To: 07/2010',
        ),
        lines: [
          'Work Experience 4 of 4',
          'Job Title: Warehouse Assistant (Auxiliar de Almacén)',
          'Company: Aceros del Norte S.A. de C.V.',
          'Location: Monterrey, Nuevo León, Mexico',
          'I currently work here: No',
          'From: 01/2008   To: 07/2010',
          'Role Description: Receiving, cutting to length and loading trucks; studied in the evenings.',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        'School or University: Universidad del Norte de Nuevo León · Degree: Licenciatura (Bachelor’s Degree) · Field of Study: Business Administration · 2006 – 2010 (evenings)',
        {
          field: 'Business Administration',
          institution: 'Universidad del Norte de Nuevo León',
          startYear: 2006,
          endYear: 2010,
        },
      ),
      edu(
        'high school',
        'School or University: Preparatoria No. 7, Monterrey · Degree: High School (Preparatoria) · 2006',
        { institution: 'Preparatoria No. 7', endYear: 2006 },
      ),
    ],
    courses: [],
    certifications: [named('OSHA 10-Hour Construction', 'OSHA 10-Hour Construction (2022)')],
    languages: [
      lang('es', 'native', 'Language: Spanish · Fluency: Native'),
      lang('en', 'C1', 'Language: English · Fluency: Fluent'),
    ],
    skills: ['Skills: Bilingual Sales, Negotiation, Blueprint Reading, Customer Service, Salesforce'],
    clientBase: { activeAccounts: 70, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'en-h39-19-greece-to-melbourne-translated-continental-foods-sales-rep',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Three Hundred Nineteen',
    tagline: 'Sales Representative – continental and Mediterranean foods',
    email: 'thessaloniki.melb.en3919@example.com',
    phone: '0431 390 919',
    contactLines: ['Oakleigh VIC 3166', 'Australian citizen (since 2021), Greek passport'],
    afterContact: [
      { kind: 'paragraph', text: 'Military service: completed (Hellenic Army, 2003 – 2004)' },
      {
        kind: 'paragraph',
        text: 'CV translated from Greek with the help of my cousin; certified translations of my Greek diplomas on request.',
      },
    ],
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Work experience',
      education: 'Studies',
      courses: 'Seminars',
      skills: 'Skills',
      languages: 'Foreign languages',
    },
    profile: [
      'Food technologist from Thessaloniki with twenty years in the food trade. I sold dairy products to ' +
        'supermarkets in Northern Greece until the crisis closed my company, came to Melbourne in 2015 and, after ' +
        'three years in the warehouse, went back on the road in 2018.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Sales Representative – Continental Foods',
        'Hellas Deli Imports Pty Ltd',
        '2018-09',
        null,
        true,
        '09/2018 – today',
        [
          '120 delis, cafés, bakeries and independent supermarkets in Melbourne and Geelong; the owners decide what they stock',
          'Cheese, olives, oil, smallgoods and frozen pastry; A$5.8 million in 2025',
        ],
        'Thomastown VIC',
      ),
      job(
        'Storeman / Delivery Driver',
        'Hellas Deli Imports Pty Ltd',
        '2015-07',
        '2018-08',
        false,
        '07/2015 – 08/2018',
        undefined,
        'Thomastown VIC',
      ),
      job(
        'Area Sales Representative',
        'Vermio Dairy S.A.',
        '2006-04',
        '2013-10',
        true,
        '04/2006 – 10/2013',
        ['Yogurt and cheese to 95 supermarkets and mini-markets in Central Macedonia'],
        'Thessaloniki, Greece',
      ),
      job(
        'Quality Control Technician',
        'Thermaikos Foods S.A.',
        '2004-10',
        '2006-03',
        false,
        '10/2004 – 03/2006',
        undefined,
        'Thessaloniki, Greece',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'November 2013 – June 2015: unemployed after the company closed in the Greek crisis; English courses and ' +
          'preparation for emigration.',
      },
    ],
    education: [
      edu(
        'bachelor',
        'Ptychio (Bachelor) in Food Technology – Technological Educational Institute (TEI) of Thessaloniki, 1998 – 2003',
        {
          field: 'Food Technology',
          institution: 'Technological Educational Institute (TEI) of Thessaloniki',
          startYear: 1998,
          endYear: 2003,
        },
      ),
      edu(
        'secondary',
        'Apolytirio Lykeiou (upper secondary school leaving certificate) – 5th General Lyceum of Kalamaria, 1998',
        { institution: '5th General Lyceum of Kalamaria', endYear: 1998 },
      ),
    ],
    courses: [named('Selling to independent grocers', 'Selling to independent grocers – 2019')],
    certifications: [],
    languages: [
      lang('el', 'native', 'Greek – native'),
      lang('en', 'C1', 'English – very good'),
      lang('it', 'A2', 'Italian – basic'),
    ],
    skills: ['Persuasive', 'Team player', 'Customer focus', 'Heavy rigid (HR) driver licence'],
    clientBase: { activeAccounts: 120, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'persuasiveness', 'teamwork'],
  },
  {
    id: 'en-h39-20-hungary-to-coventry-online-cv-builder-car-sales-executive',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Three Hundred Twenty',
    email: 'gyor.coventry.en3920@example.net',
    phone: '07700 900420',
    contactLines: ['Coventry CV3', 'example.com/cv/c3920 (online CV)'],
    tagline: 'Sales Executive | New & Used Cars',
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Employment history',
      education: 'Education',
      courses: 'Courses',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Hungarian car sales executive in Coventry since 2020, before that electronics retail in Győr. Friendly, ' +
        'honest and good with numbers: finance, part-exchange and add-ons.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Sales Executive',
        'Arden Motors Coventry Ltd',
        '2020-06',
        null,
        true,
        'Jun 2020 – Present',
        [
          '10 to 14 new and used cars a month to private buyers',
          'Finance, part-exchange, GAP insurance and service plans',
          'Salesperson of the month 7 times in 2024 – 2025',
        ],
        'Coventry',
      ),
      job(
        'Vehicle Preparation Operative',
        'Arden Motors Coventry Ltd',
        '2017-02',
        '2020-05',
        false,
        'Feb 2017 – May 2020',
        ['Valeting and preparing cars for handover; moved into sales in 2020'],
        'Coventry',
      ),
      job(
        'Sales Assistant',
        'Pannon Elektro Kft.',
        '2012-09',
        '2016-12',
        true,
        '2012.09. – 2016.12.',
        ['TVs, phones and home appliances in a large electronics store; extended warranties'],
        'Győr, Hungary',
      ),
      job(
        'Waiter',
        'Rába Part Étterem',
        '2010-06',
        '2012-08',
        false,
        '2010.06. – 2012.08.',
        undefined,
        'Győr, Hungary',
      ),
    ],
    education: [
      edu(
        'secondary',
        'Érettségi (secondary school leaving exam) – Győri Kereskedelmi Szakgimnázium (commercial secondary school), 2010',
        { institution: 'Győri Kereskedelmi Szakgimnázium', endYear: 2010 },
      ),
      edu('vocational', 'OKJ vocational qualification: Commercial Sales Assistant (Kereskedő), 2012', {
        field: 'Commercial Sales Assistant',
        endYear: 2012,
      }),
    ],
    courses: [named('Consumer credit compliance (FCA)', 'Consumer credit compliance (FCA) – e-learning, 2024')],
    certifications: [],
    languages: [lang('hu', 'native', ''), lang('en', 'C1', ''), lang('de', 'B1', '')],
    languageBlocks: [
      { kind: 'bullets', items: ['Hungarian  ▰▰▰▰▰  Native', 'English  ▰▰▰▰▱  C1', 'German  ▰▰▰▱▱  B1'] },
    ],
    skills: ['Negotiation  ▰▰▰▰▱', 'Customer focus  ▰▰▰▰▰', 'Time management  ▰▰▰▱▱', 'Dealer CRM and online listings'],
    clientBase: null,
    competencies: ['customer_focus', 'negotiation', 'organisation'],
  },
  {
    id: 'en-h39-21-madeira-to-jersey-cv-written-by-friend-mechanic-service-advisor',
    format: 'docx',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty-Three Hundred Twenty-One',
    email: 'funchal.jersey.en3921@example.com',
    phone: '07797 390121',
    contactLines: ['St Helier, Jersey JE2', 'Entitled to Work (Jersey residential status)'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'This CV was written for him by a friend, as his written English is slower than his spoken English.',
      },
    ],
    headings: {
      profile: 'About him',
      work: 'Work history',
      education: 'Training and school',
      certifications: 'Qualifications',
      skills: 'What he is good at',
      languages: 'Languages',
    },
    profile: [
      'He is a qualified motor mechanic from Madeira who came to Jersey in 2011. He has worked in hotel ' +
        'maintenance and, since 2018, at the service desk of a busy garage, where customers ask for him by name. He ' +
        'would now like a sales job in the motor trade, for example parts or vehicle sales.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Service Advisor', 'Island Motor Services Ltd', '2018-04', null, false, 'April 2018 – today', [
          'Books in 25 to 30 cars a day and explains the repairs and the quotes to customers in English and Portuguese',
          'No commission or targets; works closely with the workshop team',
        ]),
        lines: ['April 2018 – today: Service Advisor at Island Motor Services Ltd (St Helier)'],
      },
      {
        ...job(
          'Maintenance Technician',
          'The Corbière View Hotel',
          '2011-05',
          '2018-03',
          false,
          'May 2011 – March 2018',
          ['Kept the kitchens, laundry, boilers and 90 rooms running; minibus and van maintenance'],
        ),
        lines: ['May 2011 – March 2018: Maintenance Technician at The Corbière View Hotel (St Brelade)'],
      },
      {
        ...job(
          'Motor Mechanic',
          'Oficina Auto Funchal Lda',
          '2003-09',
          '2011-03',
          false,
          'September 2003 – March 2011',
          ['Engines, brakes, diagnostics; from 2008 responsible for the diagnostic machine'],
        ),
        lines: [
          'September 2003 – March 2011: Motor Mechanic (mecânico de automóveis) at Oficina Auto Funchal Lda (Funchal, Madeira, Portugal)',
        ],
      },
    ],
    education: [
      edu(
        'vocational',
        'Curso Profissional de Técnico de Mecatrónica Automóvel (vocational upper secondary, level 4) – Escola Profissional do Funchal, 2000 – 2003',
        {
          field: 'Técnico de Mecatrónica Automóvel',
          institution: 'Escola Profissional do Funchal',
          startYear: 2000,
          endYear: 2003,
        },
      ),
      edu('lower secondary', '9.º ano (basic education, 9th grade) – Escola Básica de Santo António, Funchal, 2000', {
        institution: 'Escola Básica de Santo António',
        endYear: 2000,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'IMI Level 2 Award in Electric/Hybrid Vehicle Routine Maintenance',
        'IMI Level 2 Award in Electric/Hybrid Vehicle Routine Maintenance – 2023',
      ),
    ],
    languages: [
      lang('pt', 'native', 'Portuguese – native'),
      lang('en', 'B2', 'English – good (spoken better than written)'),
      lang('fr', 'A2', 'French – basic (from the French tourists)'),
    ],
    skills: ['Team player', 'Explains technical things simply', 'Honest and punctual', 'Full driving licence'],
    closing: [{ kind: 'paragraph', text: 'Written by Referent Een, a friend of twelve years. References on request.' }],
    clientBase: null,
    competencies: ['teamwork'],
  },
  {
    id: 'en-h39-22-india-back-from-houston-and-singapore-compressor-key-accounts-pune',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Three Hundred Twenty-Two',
    email: 'pune.returnee.en3922@example.com',
    phone: '+91 98220 39022',
    contactLines: [
      'Baner, Pune 411045, Maharashtra',
      'Returned to India in 2021 after eleven years abroad (USA, Singapore)',
    ],
    headings: {
      profile: 'Executive Summary',
      work: 'Professional Journey',
      education: 'Education',
      certifications: 'Certification',
      skills: 'Core Strengths',
      languages: 'Languages',
      workTable: ['Tenure', 'Organisation', 'Role'],
    },
    profile: [
      'Mechanical engineer with 19 years in compressed air: applications engineering in Houston, regional sales ' +
        'for ASEAN from Singapore, and since 2021 key accounts for West India from Pune, where I came back to be ' +
        'near my parents.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Head – Key Accounts (West)',
        'Deccan Air Compressors Pvt. Ltd.',
        '2021-04',
        null,
        true,
        'Apr 2021 – Present',
        [
          '18 key accounts: automotive, pharma and food plants across Maharashtra and Gujarat',
          'Plant heads and purchase heads who finalise the capex and the energy-saving projects',
          'Order booking of ₹64 crore in FY 2025-26',
          'Mentoring two regional sales engineers',
        ],
      ),
      job(
        'Regional Sales Manager – ASEAN',
        'Straits Compressed Air Pte. Ltd.',
        '2015-07',
        '2021-03',
        true,
        'Jul 2015 – Mar 2021',
        [
          'Distributors and key end users in Malaysia, Thailand, Indonesia and Vietnam',
          'Grew the distributor network from 5 to 11',
        ],
      ),
      job('Applications Engineer', 'Gulf Coast Air Systems Inc.', '2010-08', '2015-06', false, 'Aug 2010 – Jun 2015', [
        'Sized compressed-air systems and wrote the technical proposals for the sales team in Houston',
      ]),
      job('Graduate Engineer Trainee', 'Bharat Pneumatics Ltd.', '2007-07', '2008-07', false, 'Jul 2007 – Jul 2008'),
    ],
    education: [
      edu('msc', 'M.S. Mechanical Engineering – University of Houston, 2008 – 2010', {
        field: 'Mechanical Engineering',
        institution: 'University of Houston',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('bachelor', 'B.E. (Mechanical), First Class with Distinction – University of Pune, 2003 – 2007', {
        field: 'Mechanical',
        institution: 'University of Pune',
        startYear: 2003,
        endYear: 2007,
      }),
      edu('secondary', 'HSC (Class XII), Maharashtra State Board – Shivajinagar Junior College, Pune, 2003', {
        institution: 'Shivajinagar Junior College',
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [named('Certified Energy Auditor (BEE)', 'Certified Energy Auditor (BEE), 2023')],
    languages: [lang('mr', 'native', ''), lang('hi', 'C1', ''), lang('en', 'C1', ''), lang('ms', 'A2', '')],
    languagesText: ['Marathi (mother tongue), Hindi and English (fluent), Malay (basic – six years in the region).'],
    skills: [
      'Solution selling',
      'Financial acumen: TCO and energy-payback models',
      'Mentoring',
      'Negotiation of annual rate contracts',
    ],
    clientBase: { activeAccounts: 18, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'financial_analysis', 'negotiation', 'sales'],
  },
  {
    id: 'en-h39-23-argentina-to-canterbury-translated-dairy-farm-supplies-rep',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Three Hundred Twenty-Three',
    email: 'pampa.ashburton.en3923@example.net',
    phone: '027 390 2323',
    contactLines: ['Ashburton 7700, Canterbury', 'NZ resident visa (2023)'],
    afterContact: [{ kind: 'paragraph', text: 'Argentine and Italian citizen · Date of birth: 30/01/1988' }],
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Work experience',
      education: 'Education',
      courses: 'Courses',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Agronomy salesman from the west of Buenos Aires province. I came to New Zealand in 2018 on a working ' +
        'holiday, milked cows for three years and since 2021 I sell animal health, feed and farm supplies to dairy ' +
        'farmers in Mid Canterbury.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Territory Sales Representative – Dairy',
          'Plains Farm Supplies Ltd',
          '2021-03',
          null,
          true,
          'March 2021 – at present',
          [
            '140 dairy farms between the Rakaia and the Rangitata; farm owners and sharemilkers decide what they buy',
            'Animal health, calf feed, teat spray, fencing and water',
            'Season supply agreements and on-farm days with the vets',
          ],
        ),
        lines: [
          'Territory Sales Representative – Dairy',
          'Plains Farm Supplies Ltd · Ashburton · March 2021 – at present',
        ],
      },
      {
        ...job('Farm Assistant', 'Hinds River Dairies Ltd', '2018-04', '2021-02', false, 'April 2018 – February 2021', [
          'Milking 800 cows, calf rearing, effluent and pasture work',
        ]),
        lines: [
          'Farm Assistant',
          'Hinds River Dairies Ltd · Hinds, Mid Canterbury · April 2018 – February 2021 (working holiday, then work visa)',
        ],
      },
      {
        ...job(
          'Vendedor técnico',
          'Agroinsumos del Oeste S.A.',
          '2012-03',
          '2017-12',
          true,
          'March 2012 – December 2017',
          ['Seeds, fertilisers and crop protection to 60 farms and contractors around Pehuajó and Trenque Lauquen'],
        ),
        lines: [
          'Vendedor técnico (Technical Sales Representative)',
          'Agroinsumos del Oeste S.A. · Pehuajó, Buenos Aires, Argentina · March 2012 – December 2017',
        ],
      },
      {
        ...job('Repositor', 'Supermercado La Economía', '2008-02', '2011-12', false, 'February 2008 – December 2011'),
        lines: [
          'Repositor (Shelf Stocker) – part-time during university',
          'Supermercado La Economía · Pehuajó · February 2008 – December 2011',
        ],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Licenciatura en Comercialización (Licentiate in Marketing, 4-year university degree) – Universidad Nacional del Oeste Bonaerense, 2007 – 2012',
        {
          field: 'Comercialización',
          institution: 'Universidad Nacional del Oeste Bonaerense',
          startYear: 2007,
          endYear: 2012,
        },
      ),
      edu(
        'secondary',
        'Bachiller en Economía y Gestión (secondary school completed) – Escuela de Educación Secundaria N.º 3, Pehuajó, 2006',
        { institution: 'Escuela de Educación Secundaria N.º 3', endYear: 2006 },
      ),
    ],
    courses: [named('Dairy cow nutrition', 'Dairy cow nutrition – short course, Lincoln, 2022')],
    certifications: [],
    languages: [
      lang('es', 'native', 'Spanish – native'),
      lang('en', 'B2', 'English – B2 (IELTS General 6.5)'),
      lang('it', 'A2', 'Italian – basic (my grandparents)'),
      lang('pt', 'A2', 'Portuguese – basic'),
    ],
    skills: [
      'Relationship building with farmers',
      'Self-starter',
      'Negotiating season supply agreements',
      'Class 1 licence, farm bikes and tractors',
    ],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h39-24-us-to-galway-american-resume-medtech-account-executive',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Thirty-Three Hundred Twenty-Four',
    email: 'worcester.galway.en3924@example.org',
    phone: '+353 83 390 2424',
    contactLines: [
      'Salthill, Galway (relocated from Worcester, MA, in 2021)',
      'Stamp 4 (after a Critical Skills Employment Permit)',
      'example.com/in/c3924',
    ],
    headings: {
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      courses: 'Professional Development',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Results-driven account executive with eight years in medical devices on both sides of the Atlantic. I own ' +
        '16 distributor accounts in 11 EMEA countries for a Galway medtech company and bring an American ' +
        'inside-sales work ethic to a European sales cycle.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Account Executive – EMEA',
        'Corrib MedTech Ltd',
        '2024-02',
        null,
        true,
        '02/2024 – Present',
        [
          '16 distributors in 11 countries across Europe, the Middle East and Africa; the distributors’ owners decide which brands they carry',
          '€8.2M in sales to my distributors in 2025',
          'Joint calls with the distributor reps to surgeons and hospital procurement',
        ],
        'Galway, Ireland',
      ),
      job(
        'Customer Success Specialist',
        'Corrib MedTech Ltd',
        '2021-10',
        '2024-01',
        false,
        '10/2021 – 01/2024',
        ['Onboarding and in-service training for hospital teams; renewals were handled by the account executives'],
        'Galway, Ireland',
      ),
      job(
        'Sales Development Representative',
        'Back Bay Surgical Inc.',
        '2018-06',
        '2021-08',
        true,
        '06/2018 – 08/2021',
        [
          '60 calls a day to US hospital supply chain and OR managers; booked meetings for the account executives',
          'Top SDR in Q3 and Q4 2020',
        ],
        'Boston, MA, USA',
      ),
      job(
        'Server',
        'The Elm Street Diner',
        '2014-09',
        '2018-05',
        false,
        '09/2014 – 05/2018 (part-time, during college)',
        undefined,
        'Worcester, MA, USA',
      ),
    ],
    education: [
      edu(
        'bsc',
        'Bachelor of Science in Marketing, magna cum laude, GPA 3.6/4.0 – Central Massachusetts University, 2014 – 2018',
        { field: 'Marketing', institution: 'Central Massachusetts University', startYear: 2014, endYear: 2018 },
      ),
      edu('high school', 'High School Diploma – Shrewsbury Street High School, Worcester, MA, 2014', {
        institution: 'Shrewsbury Street High School',
        endYear: 2014,
      }),
    ],
    courses: [named('EU MDR essentials for commercial teams', 'EU MDR essentials for commercial teams – 2022')],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('es', 'B1', 'Spanish – intermediate (college minor)'),
      lang('ga', 'A1', 'Irish – beginner (night class)'),
    ],
    skills: [
      'Consultative selling',
      'Collaboration with clinical specialists',
      'Analytical: Salesforce dashboards and distributor forecasts',
      'Salesforce, HubSpot',
    ],
    clientBase: { activeAccounts: 16, annualRevenueEur: 8_200_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'sales', 'teamwork'],
  },
  {
    id: 'en-h39-25-scotland-canada-norway-forty-years-subsea-key-account-manager',
    format: 'pdf',
    language: 'en',
    layout: 'table',
    name: 'Candidate Thirty-Three Hundred Twenty-Five',
    email: 'aberdeen.stavanger.en3925@example.com',
    phone: '+47 913 90 252',
    contactLines: [
      'Hinna, Stavanger, Norway',
      'British citizen; resident in Norway since 2014 (residence card under the withdrawal agreement)',
    ],
    headings: {
      profile: 'Summary',
      work: 'Employment',
      education: 'Education',
      certifications: 'Offshore certificates',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Forty years in oil and gas equipment: apprentice fitter in Aberdeen in 1986, offshore technician, field ' +
        'service supervisor in Newfoundland, sales engineer in Aberdeen and, since 2014, key account manager for a ' +
        'Norwegian subsea equipment supplier in Stavanger.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Period', title: 'Role', employer: 'Company (country)', duties: 'Scope' },
    jobs: [
      job(
        'Key Account Manager – Subsea',
        'Nordsjø Subsea Equipment AS',
        '2014-03',
        null,
        true,
        '01.03.2014 – d.d.',
        [
          '12 operator and contractor accounts in Norway, the UK and Denmark, all on frame agreements',
          'The operators’ category managers award the frame agreements; I prepare and agree them with our commercial director',
          'NOK 420 million in orders in 2025',
        ],
        'Stavanger, Norway',
      ),
      job(
        'Sales Engineer',
        'Albion Valve & Subsea Ltd',
        '2005-01',
        '2014-02',
        true,
        '01.2005 – 02.2014',
        [
          'Valves and connectors for subsea projects: quotes, technical clarifications and customer visits in Aberdeen and Norway',
        ],
        'Aberdeen, Scotland',
      ),
      job(
        'Field Service Supervisor',
        'Maritime Wellhead Services Ltd',
        '1998-04',
        '2004-12',
        false,
        '04.1998 – 12.2004',
        ['Wellhead and tree installation crews for the Grand Banks fields'],
        'St. John’s, Newfoundland, Canada',
      ),
      job(
        'Offshore Mechanical Technician',
        'Dee Offshore Services Ltd',
        '1990-09',
        '1998-03',
        false,
        '09.1990 – 03.1998',
        ['Two weeks on, two weeks off on North Sea platforms'],
        'Aberdeen, Scotland',
      ),
      job(
        'Apprentice Fitter',
        'Torry Engineering Ltd',
        '1986-08',
        '1990-08',
        false,
        '08.1986 – 08.1990',
        undefined,
        'Aberdeen, Scotland',
      ),
    ],
    education: [
      edu('short-cycle tertiary', 'HNC Mechanical Engineering (part-time) – Aberdeen Technical College, 1992 – 1994', {
        field: 'Mechanical Engineering',
        institution: 'Aberdeen Technical College',
        startYear: 1992,
        endYear: 1994,
      }),
      edu(
        'vocational',
        'City & Guilds Mechanical Engineering Craft Studies (Part II) – Aberdeen Technical College, 1986 – 1990',
        {
          field: 'Mechanical Engineering Craft Studies',
          institution: 'Aberdeen Technical College',
          startYear: 1986,
          endYear: 1990,
        },
      ),
      edu('lower secondary', 'O Grades (Scottish Ordinary Grades), 6 subjects – Torry Academy, 1986', {
        institution: 'Torry Academy',
        endYear: 1986,
      }),
    ],
    courses: [],
    certifications: [named('OPITO BOSIET', 'OPITO BOSIET (offshore safety and emergency training) – valid to 2027')],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('no', 'B2', 'Norwegian – B2 (Norskprøven, 2018)'),
      lang('fr', 'A2', 'French – basic'),
    ],
    skills: ['Negotiation of frame agreements', 'Technical selling', 'Coaching junior engineers', 'SAP, Salesforce'],
    clientBase: { activeAccounts: 12, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'sales'],
  },
  {
    id: 'en-h39-26-india-to-kitchener-international-student-first-inside-sales-job',
    format: 'txt',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thirty-Three Hundred Twenty-Six',
    email: 'vadodara.kitchener.en3926@example.com',
    phone: '519-555-0126',
    contactLines: ['Kitchener, ON N2G', 'Post-Graduation Work Permit, valid to 09/2028'],
    tagline: 'Inside Sales Representative | Business telecom',
    headings: {
      contact: 'Contact',
      profile: 'Profile',
      work: 'Canadian Work Experience',
      education: 'Education',
      certifications: 'Certification',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Recent Ontario college graduate (Professional Sales, 2025) in my first full-time sales job, selling ' +
        'business internet and phone lines to small businesses by phone. Before that, a summer sales co-op and ' +
        'part-time retail while studying.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Inside Sales Representative',
        'Grand River Telecom Solutions Inc.',
        '2025-10',
        null,
        true,
        'Oct 2025 – Present',
        [
          '40 to 60 outbound calls a day to small businesses in Waterloo Region, Guelph and Cambridge',
          'I qualify, quote and close new internet and phone lines; no accounts of my own yet – closed accounts go to the account managers',
          '118% of target in Q3 2026',
        ],
        'Kitchener, ON',
      ),
      job(
        'Sales Co-op Student',
        'Waterloo Office Supply Co.',
        '2025-05',
        '2025-08',
        true,
        'May 2025 – Aug 2025 (co-op term)',
        ['Called lapsed customers and took reorders; 22 accounts reactivated'],
        'Waterloo, ON',
      ),
      job(
        'Customer Service Associate',
        'Victoria Street Grocery',
        '2024-09',
        '2025-04',
        false,
        'Sep 2024 – Apr 2025 (part-time, 20 h/week)',
        ['Cash, returns and help at the self-checkouts'],
        'Kitchener, ON',
      ),
    ],
    education: [
      edu(
        'post-secondary',
        'Ontario College Graduate Certificate – Professional Sales (two semesters + co-op), Grand River College, Kitchener, 2024 – 2025',
        { field: 'Professional Sales', institution: 'Grand River College', startYear: 2024, endYear: 2025 },
      ),
      edu('bachelor', 'B.Com (Bachelor of Commerce) – Vadodara City Commerce College, Gujarat, 2020 – 2023, CGPA 7.9', {
        field: 'Commerce',
        institution: 'Vadodara City Commerce College',
        startYear: 2020,
        endYear: 2023,
      }),
      edu('secondary', 'Class XII (GSEB, Commerce stream), Vadodara – 2020', { endYear: 2020 }),
    ],
    courses: [],
    certifications: [named('HubSpot Inbound Sales Certification', 'HubSpot Inbound Sales Certification (2025)')],
    languages: [
      lang('gu', 'native', 'Gujarati – native'),
      lang('hi', 'C1', 'Hindi – fluent'),
      lang('en', 'C1', 'English – fluent (IELTS Academic 7.5)'),
    ],
    skills: [
      'Telephone selling',
      'Communication skills',
      'Resilient – rejection is part of the job',
      'Salesforce, HubSpot, Excel',
    ],
    clientBase: null,
    competencies: ['communication', 'sales', 'stress_resistance'],
  },
];

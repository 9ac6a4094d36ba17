import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/** The seventh held-out set's Estonian CVs (see test/fixtures/cvs/held-out-7/README.md). */
export const HELD_OUT_7_ET: CvSource[] = [
  {
    id: 'et-h7-01-arikliendihaldur-pank',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sada Üks',
    email: 'sada.yks.kandidaat@example.com',
    phone: '+372 5384 2170',
    contactLines: ['Tallinn'],
    tagline: 'Ärikliendihaldur',
    profile: [
      'Üle kümne aasta pangas, neist viimased seitse ettevõtete teenindamisel. Minu portfellis on 140 väike- ja ' +
        'keskmise suurusega ettevõtet Harjumaal; suhtlen peamiselt omanike ja juhatuse liikmetega. Hindan ' +
        'pikaajalist usaldust ja selget suhtlust.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Põhjaranna Pank AS',
        '2019-03',
        null,
        true,
        '03/2019 – praegu',
        [
          'ettevõtete arvelduskontode, laenude, liisingu ja kaardilahenduste müük',
          'laenutaotluste ettevalmistamine ja esitamine krediidikomiteele',
          'uute klientide leidmine raamatupidamisbüroode soovituste kaudu',
        ],
        'Tallinn',
      ),
      job(
        'Eraklientide nõustaja',
        'Põhjaranna Pank AS',
        '2015-08',
        '2019-02',
        true,
        '08/2015 – 02/2019',
        [
          'kodulaenude, kindlustuse ja investeerimistoodete müük kontoris',
          'igakuine müügieesmärk täidetud keskmiselt 112%',
        ],
        'Tallinn',
      ),
      job(
        'Klienditeenindaja',
        'Meriväli Kindlustus AS',
        '2013-06',
        '2015-07',
        false,
        '06/2013 – 07/2015',
        ['telefoniteenindus, poliiside muudatused ja arvete küsimused'],
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool — ärikorraldus, bakalaureusekraad, 2010–2013', {
        field: 'ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [named('Krediidiriski hindamine', 'Krediidiriski hindamine (Pangaliit, 2021)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – C1'),
      lang('ru', 'B1', 'vene keel – B1'),
      lang('fi', 'A2', 'soome keel – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Finantsanalüüs', 'Läbirääkimisoskus', 'MS Excel, CRM'],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'financial_analysis', 'negotiation'],
  },
  {
    id: 'et-h7-02-votmekliendihaldur-joogid',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Sada Kaks',
    email: 'sadakaks@example.org',
    phone: '5621 4408',
    contactLines: ['Rakvere', 'Juhiluba B'],
    headings: { profile: 'Profiil', skills: 'Isikuomadused', languages: 'Keeled' },
    profile: [
      'Võtmekliendihaldur joogitootjas, varem piirkonna müügiesindaja. Vastutan nelja üle Eesti tegutseva ' +
        'jaeketi ja kahe hulgimüüja eest; nende ostud meilt olid 2025. aastal kokku 5,4 miljonit eurot.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Võtmekliendihaldur',
        'Virumaa Joogid AS',
        '2018',
        null,
        true,
        '2018 – tänini',
        [
          'aastalepingud, hinnakokkulepped ja kampaaniakalendrid kettide ostujuhtidega',
          'uute toodete sisseviimine kettide valikusse',
          'müügiprognoosid ja tootmise planeerimise sisend',
        ],
        'Rakvere',
      ),
      job(
        'Müügiesindaja',
        'Virumaa Joogid AS',
        '2013',
        '2017',
        true,
        '2013 – 2017',
        ['Ida- ja Lääne-Virumaa kauplused, baarid ja kohvikud: tellimused, väljapanek, uued kliendid'],
        'Rakvere',
      ),
      job('Müüja-kassapidaja', 'Rakvere Kaubahall OÜ', '2010', '2013', true, '2010 – 2013', undefined, 'Rakvere'),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor — ettevõtlus ja juhtimine, rakenduskõrgharidus (2009–2013)',
        {
          field: 'ettevõtlus ja juhtimine',
          institution: 'Eesti Ettevõtluskõrgkool Mainor',
          startYear: 2009,
          endYear: 2013,
        },
      ),
    ],
    courses: [named('Kategooriajuhtimise alused', 'Kategooriajuhtimise alused (2019)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel: emakeel'),
      lang('ru', 'C1', 'vene keel: vabalt'),
      lang('en', 'B2', 'inglise keel: hea'),
    ],
    skills: ['Läbirääkimisoskus', 'Pingetaluvus', 'Kehtestav', 'Täpne ja kohusetundlik'],
    clientBase: { activeAccounts: 6, annualRevenueEur: 5_400_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'stress_resistance', 'tact_assertiveness'],
  },
  {
    id: 'et-h7-03-arikliendihaldur-kindlustus',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Sada Kolm',
    email: 'kandidaat.sadakolm@example.net',
    phone: '+372 5127 9034',
    contactLines: ['Pärnu'],
    headings: { profile: 'Kokkuvõte' },
    profile: [
      'Ärikliendihaldur kindlustuses. Kaitsen ettevõtete vara ja vastutust ning aitan neil kindlustuskulusid ' +
        'mõistlikuna hoida.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Läänerannikku Kindlustus AS', '2017-02', null, true, 'veebruar 2017 – praegu', [
          'Ettevõtete vara-, vastutus- ja sõidukikindlustuse müük ning lepingute pikendamine',
          'Portfellis 230 äriklienti üle Eesti, kindlustusmaksete maht 2,6 miljonit eurot aastas',
          'Kohtun klientide tegevjuhtide ja finantsjuhtidega',
        ]),
        lines: ['Ärikliendihaldur – Läänerannikku Kindlustus AS (veebruar 2017 – praegu)'],
      },
      {
        ...job(
          'Kindlustusnõustaja',
          'Läänerannikku Kindlustus AS',
          '2013-09',
          '2017-01',
          true,
          'september 2013 – jaanuar 2017',
          ['Eraklientide kodu-, liiklus- ja reisikindlustuse müük Pärnu esinduses'],
        ),
        lines: ['Kindlustusnõustaja – Läänerannikku Kindlustus AS (september 2013 – jaanuar 2017)'],
      },
      {
        ...job('Kahjukäsitleja', 'Pärnu Kindlustusmaakler OÜ', '2011-05', '2013-08', false, 'mai 2011 – august 2013', [
          'Kahjuteadete vastuvõtmine ja menetlemine',
        ]),
        lines: ['Kahjukäsitleja – Pärnu Kindlustusmaakler OÜ (mai 2011 – august 2013)'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Pärnu kolledž, eriala: ettevõtlus ja projektijuhtimine, rakenduskõrgharidus, 2008–2011',
        {
          field: 'ettevõtlus ja projektijuhtimine',
          institution: 'Tartu Ülikooli Pärnu kolledž',
          startYear: 2008,
          endYear: 2011,
        },
      ),
    ],
    courses: [],
    certifications: [
      named('Kindlustusvahendaja kutsetunnistus, tase 5', 'Kindlustusvahendaja kutsetunnistus, tase 5 (2018)'),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'B2', 'Inglise keel – B2'),
      lang('ru', 'B2', 'Vene keel – B2'),
      lang('de', 'A1', 'Saksa keel – A1'),
    ],
    skills: ['Kliendikesksus', 'Suhete loomine', 'Algatusvõime'],
    clientBase: { activeAccounts: 230, annualRevenueEur: 2_600_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus', 'initiative', 'relationship_building'],
  },
  {
    id: 'et-h7-04-key-account-manager-it',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Sada Neli',
    email: 'sada.neli@example.net',
    phone: '+372 5890 3312',
    contactLines: ['Tallinn'],
    tagline: 'Key Account Manager',
    headings: {
      contact: 'Kontaktid',
      profile: 'Tutvustus',
      skills: 'Kompetentsid',
      languages: 'Keeled',
    },
    profile: [
      'IT-taustaga müügiinimene. Töötan edasimüüjate ja integraatoritega kolmes Balti riigis ning tunnen nii ' +
        'tehnikat kui ka kliendi äri.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager', 'Baltisoft Distribution OÜ', '2021-05', null, true, 'mai 2021 – praegu', [
          '18 IT-edasimüüjat ja süsteemiintegraatorit Eestis, Lätis ja Leedus',
          'partnerite kaudu müüdud litsentsid ja riistvara 2025. aastal kokku 7,2 miljonit eurot',
          'kvartaalsed äriülevaated partnerite tegevjuhtidega',
        ]),
        lines: ['Key Account Manager', 'Baltisoft Distribution OÜ · Tallinn', 'mai 2021 – praegu'],
      },
      {
        ...job('Müügijuht (ettevõtted)', 'Arvutikeskus AS', '2017-10', '2021-04', true, 'oktoober 2017 – aprill 2021', [
          'ettevõtete arvutipargi, serverite ja hooldusteenuste müük',
          'pakkumised ja riigihanked',
        ]),
        lines: ['Müügijuht (ettevõtted)', 'Arvutikeskus AS · Tallinn', 'oktoober 2017 – aprill 2021'],
      },
      {
        ...job('IT-tugiisik', 'Arvutikeskus AS', '2015-06', '2017-09', false, 'juuni 2015 – september 2017'),
        lines: ['IT-tugiisik', 'Arvutikeskus AS · Tallinn', 'juuni 2015 – september 2017'],
      },
    ],
    education: [
      edu('bakalaureus', 'Tallinna Tehnikaülikool, informaatika, bakalaureus, 2012–2015', {
        field: 'informaatika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [
      named('Microsoft Certified: Azure Fundamentals', 'Microsoft Certified: Azure Fundamentals (2022)'),
      named('AWS Certified Cloud Practitioner', 'AWS Certified Cloud Practitioner (2023)'),
    ],
    languages: [
      lang('et', 'native', 'Eesti — emakeel'),
      lang('en', 'C1', 'Inglise — C1'),
      lang('ru', 'B2', 'Vene — B2'),
      lang('lv', 'A2', 'Läti — A2'),
    ],
    skills: ['Läbirääkimised', 'Analüütiline mõtlemine', 'Meeskonnatöö'],
    clientBase: { activeAccounts: 18, annualRevenueEur: 7_200_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'et-h7-05-muugiesindaja-agro',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sada Viis',
    email: 'k.sadaviis@example.com',
    phone: '+372 5344 6021',
    contactLines: ['Tartu', 'Juhiload B, C'],
    headings: { profile: 'Lühidalt minust' },
    profile: [
      'Agronoomi haridusega müügiesindaja. Tean, mida põllumees vajab, ja olen kevadel põllul sama kindlalt kui ' +
        'talvel hinnaläbirääkimistel.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügiesindaja',
        'Agrovara AS',
        '2020-11',
        null,
        true,
        'nov 2020 – praegu',
        [
          'Tartu-, Jõgeva- ja Viljandimaa põllumajandusettevõtted, 64 aktiivset klienti',
          'taimekaitsevahendite, väetiste ja seemnete müük, külvi- ja väetusplaanid',
          'suhtlen talude omanike ja agronoomidega',
          'minu müük 2025. aastal 3,1 miljonit eurot',
        ],
        'Tartu',
      ),
      job(
        'Müügikonsultant',
        'Tartu Tehnikakaubad OÜ',
        '2016-09',
        '2020-10',
        true,
        'sept 2016 – okt 2020',
        ['aiatehnika ja tööriistade müük kaupluses ning ettevõtetele'],
        'Tartu',
      ),
      job(
        'Laotöötaja',
        'Tartu Tehnikakaubad OÜ',
        '2014-06',
        '2016-08',
        false,
        'juuni 2014 – aug 2016',
        undefined,
        'Tartu',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Eesti Maaülikool, agronoomia, bakalaureusekraad (2011–2014)', {
        field: 'agronoomia',
        institution: 'Eesti Maaülikool',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [named('Taimekaitse koolitus, tase 2', 'Taimekaitse koolitus, tase 2 (2021)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel emakeel'),
      lang('en', 'B1', 'Inglise keel B1'),
      lang('ru', 'A2', 'Vene keel A2'),
    ],
    skills: ['Kliendisuhted', 'Planeerimine', 'Iseseisvus'],
    clientBase: { activeAccounts: 64, annualRevenueEur: 3_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'et-h7-06-suhtejuht-autoliising',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sada Kuus',
    nameLine: 'CV — Kandidaat Sada Kuus',
    email: 'sadakuus.cv@example.org',
    phone: '+372 5203 7766',
    contactLines: ['Tallinn'],
    headings: { profile: 'Profiil', work: 'Töökäik', languages: 'Keeled' },
    profile: [
      'Autode ja liisingu müügist tulnud suhtejuht. Minu tugevus on pikk ja rahulik suhe kliendiga ka siis, kui ' +
        'läbirääkimised lähevad raskeks.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Suhtejuht',
        'Balti Autoliising AS',
        '2023-01',
        null,
        true,
        '01.2023–praegu',
        [
          'vastutan 45 suurema ärikliendi eest (autopargid 20–400 sõidukit) üle Eesti',
          'kliendid: transpordi-, ehitus- ja teenindusettevõtted',
          'läbirääkimised klientide finantsjuhtide ja autopargi juhtidega',
          'portfelli liisingujääk 38 miljonit eurot',
        ],
        'Tallinn',
      ),
      job(
        'Müügijuht',
        'Autokeskus Mustamäe OÜ',
        '2018-04',
        '2022-12',
        true,
        '04.2018–12.2022',
        ['uute ja kasutatud sõidukite müük ettevõtetele, 3-liikmeline müügitiim'],
        'Tallinn',
      ),
      job(
        'Müügikonsultant',
        'Autokeskus Mustamäe OÜ',
        '2014-09',
        '2018-03',
        true,
        '09.2014–03.2018',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Ülikool, ärikorraldus, 2010–2014, bakalaureusekraad', {
        field: 'ärikorraldus',
        institution: 'Tallinna Ülikool',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – C1'),
      lang('en', 'B2', 'inglise – B2'),
    ],
    skills: ['Müügioskus', 'Taktitunne', 'Pingetaluvus'],
    clientBase: { activeAccounts: 45, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'sales', 'stress_resistance', 'tact_assertiveness'],
  },
  {
    id: 'et-h7-07-votmekliendihaldur-ehitus-tabel',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Sada Seitse',
    email: 'sada7.kandidaat@example.com',
    phone: '+372 5522 0198',
    contactLines: ['Tallinn'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      workTable: ['Aeg', 'Tööandja', 'Ametinimetus'],
      languages: 'Keeled',
    },
    profile: ['Ehitusinsener, kes on kümme aastat müünud betooni- ja ehitustooteid. Räägin ehitajatega nende keeles.'],
    jobStyle: 'table',
    jobs: [
      job('Võtmekliendihaldur', 'Nordbetoon AS', '2020-01', null, true, '01.2020 – praegu', [
        '22 suuremat ehitusettevõtet ja arendajat üle Eesti',
        'minu klientide aastane ostumaht u 9 miljonit eurot; ettevõtte käive 2025. aastal 48 miljonit eurot',
        'lepingud ja hinnakokkulepped klientide hankejuhtide ja juhatuse liikmetega',
      ]),
      job('Müügiinsener', 'Ehitusplast OÜ', '2015-03', '2019-12', true, '03.2015 – 12.2019', [
        'vundamendi- ja drenaažitoodete tehniline müük ehitusfirmadele',
      ]),
      job('Projektijuhi assistent', 'Ehitusplast OÜ', '2012-08', '2015-02', false, '08.2012 – 02.2015'),
    ],
    education: [
      edu('magistrikraad', 'TTÜ, ehitusteaduskond, tööstus- ja tsiviilehitus, magistrikraad, 2007–2012', {
        field: 'tööstus- ja tsiviilehitus',
        institution: 'TTÜ',
        startYear: 2007,
        endYear: 2012,
      }),
    ],
    courses: [named('Läbirääkimised hinnasurve all', 'Läbirääkimised hinnasurve all (2021)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti – emakeel'),
      lang('en', 'B2', 'Inglise – B2'),
      lang('fi', 'B1', 'Soome – B1'),
      lang('ru', 'B1', 'Vene – B1'),
    ],
    skills: ['Tehniline nõustamine', 'Analüüsivõime', 'Ettevõtlikkus'],
    clientBase: { activeAccounts: 22, annualRevenueEur: 9_000_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'entrepreneurship'],
  },
  {
    id: 'et-h7-08-kliendihaldur-logistika',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Sada Kaheksa',
    email: 'sadakaheksa@example.net',
    phone: '5818 2245',
    contactLines: ['Pärnu'],
    headings: { profile: 'Minust', work: 'Töökogemus' },
    profile: [
      'Logistikas alustanud kliendihaldur. Tean vedude ja tollivormistuse köögipoolt, mis aitab klientidele ' +
        'ausalt öelda, mis on võimalik.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Kliendihaldur', 'Merelogistika OÜ', '2021-03', null, true, 'märts 2021 – praegu', [
          'Haldan 35 tootmis- ja kaubandusettevõtte mere- ja maanteevedusid, kliendid peamiselt Pärnu- ja Läänemaal',
          'Aastane müügimaht minu klientidele 2,3 miljonit eurot',
          'Hinnapakkumised, lepingud ja uute klientide leidmine',
        ]),
        lines: ['Kliendihaldur, Merelogistika OÜ (märts 2021 – praegu)'],
      },
      {
        ...job('Ekspedeerija', 'Pärnu Transport AS', '2017-08', '2021-02', false, 'august 2017 – veebruar 2021', [
          'Rahvusvaheliste vedude korraldamine ja dokumendid',
        ]),
        lines: ['Ekspedeerija, Pärnu Transport AS (august 2017 – veebruar 2021)'],
      },
      {
        ...job('Klienditeenindaja', 'Pärnu Transport AS', '2015-05', '2017-07', false, 'mai 2015 – juuli 2017'),
        lines: ['Klienditeenindaja, Pärnu Transport AS (mai 2015 – juuli 2017)'],
      },
    ],
    education: [
      edu('kutseharidus', 'Pärnu Kutsehariduskeskus, logistik, kutseharidus (2012–2015)', {
        field: 'logistik',
        institution: 'Pärnu Kutsehariduskeskus',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [named('Tolliformaalsused ja Incoterms 2020', 'Tolliformaalsused ja Incoterms 2020 (2019)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel (emakeel)'),
      lang('en', 'B2', 'inglise keel (B2)'),
      lang('ru', 'B1', 'vene keel (B1)'),
      lang('fi', 'A2', 'soome keel (A2)'),
    ],
    skills: ['Kliendikeskne', 'Organiseerimisoskus', 'Koostöövalmis'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 2_300_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'organisation', 'teamwork'],
  },
  {
    id: 'et-h7-09-cv-portaali-vorm-suhtejuht',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Sada Üheksa',
    email: 'sada.yheksa@example.org',
    phone: '+372 5671 3309',
    contactLines: ['Sünniaeg: 14.05.1990', 'Elukoht: Tartu, Eesti', 'Juhiload: B-kategooria'],
    tagline: 'Soovitud ametikoht: suhtejuht / ärikliendihaldur',
    headings: {
      contact: 'Isikuandmed',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täienduskoolitused',
      languages: 'Keelteoskus',
      skills: 'Lisainfo',
    },
    profile: [],
    jobStyle: 'labelled',
    jobLabels: { period: 'Tööperiood', title: 'Ametinimetus', employer: 'Ettevõte', duties: 'Tööülesanded' },
    jobs: [
      job(
        'Suhtejuht',
        'Lõuna Pank AS',
        '2021-09',
        null,
        true,
        '1.09.2021 – praegu',
        [
          'Väike- ja keskmiste ettevõtete teenindamine Tartu-, Põlva- ja Võrumaal, 95 klienti',
          'Laenude, arvelduskrediidi ja liisingu müük',
          'Klientide majandusaastaaruannete läbitöötamine enne laenutaotlust',
        ],
        'Tartu',
      ),
      job(
        'Kliendinõustaja',
        'Lõuna Pank AS',
        '2017-02',
        '2021-08',
        true,
        '1.02.2017 – 31.08.2021',
        ['Eraklientide teenindamine ja pangatoodete müük kontoris'],
        'Tartu',
      ),
      job(
        'Administraator',
        'Tartu Spa Hotell OÜ',
        '2013-06',
        '2017-01',
        false,
        '15.06.2013 – 31.01.2017',
        ['Külaliste vastuvõtt ja broneeringud'],
        'Tartu',
      ),
    ],
    education: [
      edu(
        'magistrikraad',
        'Õppeasutus: Tartu Ülikool\nEriala: majandusteadus\nHaridustase: magistrikraad\nÕppeaeg: 2012 – 2014',
        { field: 'majandusteadus', institution: 'Tartu Ülikool', startYear: 2012, endYear: 2014 },
      ),
      edu(
        'bakalaureusekraad',
        'Õppeasutus: Tartu Ülikool\nEriala: majandusteadus\nHaridustase: bakalaureusekraad\nÕppeaeg: 2009 – 2012',
        { field: 'majandusteadus', institution: 'Tartu Ülikool', startYear: 2009, endYear: 2012 },
      ),
    ],
    courses: [named('Krediidianalüüs väikeettevõtetele', 'Krediidianalüüs väikeettevõtetele (Pangaliit, 2022)')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B1', ''), lang('de', 'A1', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Arusaamine', 'Rääkimine', 'Kirjutamine'],
        rows: [
          ['eesti', 'emakeel', 'emakeel', 'emakeel'],
          ['inglise', 'C1', 'B2', 'B2'],
          ['vene', 'B1', 'B1', 'A2'],
          ['saksa', 'A2', 'A1', 'A1'],
        ],
      },
    ],
    skills: [
      'Arvutioskus: MS Office, Excel (edasijõudnu), SAP',
      'Isikuomadused: kohusetundlik, kliendikeskne, hea suhtlemisoskus',
      'Hobid: orienteerumine, lauamängud',
    ],
    clientBase: { activeAccounts: 95, segment: 'regional_smb' },
    competencies: ['communication', 'customer_focus'],
  },
  {
    id: 'et-h7-10-linkedin-suhtejuht-kindlustus',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Sada Kümme',
    email: 'sadakymme@example.com',
    phone: '+372 5566 1290',
    contactLines: ['linkedin.example.com/in/sada-kymme (LinkedIn)'],
    tagline: 'Suurklientide suhtejuht | Ärikindlustus | Eesti ja Läti',
    afterContact: [{ kind: 'paragraph', text: 'Tallinn, Harjumaa, Eesti' }],
    headings: {
      contact: 'Kontaktandmed',
      skills: 'Peamised oskused',
      languages: 'Keeled',
      certifications: 'Sertifikaadid',
      profile: 'Kokkuvõte',
      work: 'Kogemus',
      education: 'Haridus',
    },
    profile: [
      'Aitan tootmis- ja logistikaettevõtetel riske maandada. Praegu hoian 28 suurkliendi suhteid Eestis ja ' +
        'Lätis; nende kindlustusmaksed meile on kokku 6,8 miljonit eurot aastas. Kohtun regulaarselt klientide ' +
        'finantsjuhtide ja juhatustega, kes kindlustusprogrammi üle otsustavad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Suurklientide suhtejuht',
          'Balti Kindlustus AS',
          '2022-04',
          null,
          true,
          'aprill 2022 - Praegu (4 aastat 8 kuud)',
        ),
        lines: [
          'Balti Kindlustus AS',
          '6 aastat 10 kuud',
          'Suurklientide suhtejuht',
          'aprill 2022 - Praegu (4 aastat 8 kuud)',
          'Tallinn, Harjumaa, Eesti',
          'Suurkliendid Eestis ja Lätis, kindlustusprogrammide uuendamine ja laiendamine.',
        ],
      },
      {
        ...job(
          'Ärikliendihaldur',
          'Balti Kindlustus AS',
          '2020-02',
          '2022-03',
          true,
          'veebruar 2020 - märts 2022 (2 aastat 2 kuud)',
        ),
        lines: ['Ärikliendihaldur', 'veebruar 2020 - märts 2022 (2 aastat 2 kuud)', 'Tallinn, Harjumaa, Eesti'],
      },
      {
        ...job(
          'Kindlustusmaakler',
          'Polaris Kindlustusmaakler OÜ',
          '2019-05',
          '2020-01',
          true,
          'mai 2019 - jaanuar 2020 (9 kuud)',
        ),
        lines: ['Polaris Kindlustusmaakler OÜ', 'Kindlustusmaakler', 'mai 2019 - jaanuar 2020 (9 kuud)', 'Tallinn'],
      },
      {
        ...job(
          'Ärikliendi müügispetsialist',
          'Põhjala Energia AS',
          '2015-08',
          '2019-04',
          true,
          'august 2015 - aprill 2019 (3 aastat 9 kuud)',
        ),
        lines: [
          'Põhjala Energia AS',
          '5 aastat 8 kuud',
          'Ärikliendi müügispetsialist',
          'august 2015 - aprill 2019 (3 aastat 9 kuud)',
          'Tallinn',
          'Elektri- ja gaasilepingud väikeettevõtetele.',
        ],
      },
      {
        ...job(
          'Klienditeenindaja',
          'Põhjala Energia AS',
          '2013-09',
          '2015-07',
          false,
          'september 2013 - juuli 2015 (1 aasta 11 kuud)',
        ),
        lines: ['Klienditeenindaja', 'september 2013 - juuli 2015 (1 aasta 11 kuud)', 'Tallinn'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Ülikool\nBakalaureusekraad, Riigiteadused · (2010 - 2013)', {
        field: 'Riigiteadused',
        institution: 'Tallinna Ülikool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('Kindlustusvahendaja kutsetunnistus (tase 6)')],
    languages: [
      lang('et', 'native', 'Eesti keel (Emakeel või kakskeelne)'),
      lang('en', 'C1', 'Inglise keel (Täielik tööalane keeleoskus)'),
      lang('ru', 'B2', 'Vene keel (Tööalane keeleoskus)'),
      lang('lv', 'B1', 'Läti keel (Piiratud tööalane keeleoskus)'),
    ],
    skills: ['Riskijuhtimine', 'Ärikindlustus', 'Kliendisuhted'],
    clientBase: { activeAccounts: 28, annualRevenueEur: 6_800_000, segment: 'international', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'et-h7-11-kiri-arikliendihaldur-lapsepuhkus',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sada Üksteist',
    email: 'sada.yksteist@example.net',
    phone: '+372 5309 8812',
    contactLines: ['Maardu'],
    headings: { profile: 'Tere!', work: 'Minu töökogemus', education: 'Õpingud', languages: 'Keeled' },
    profile: ['Kandideerin teie ärikliendihalduri kohale ja kirjutan lühidalt, mida olen seni teinud.'],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('ärikliendihaldur', 'Balti Side AS', '2019-09', null, true, '2019. aasta septembris'),
        lines: [
          'Praegu töötan Balti Side AS-is ärikliendihaldurina. Naasin tööle pärast lapsehoolduspuhkust ' +
            '2019. aasta septembris ja sain kohe oma portfelli. Hoolitsen 120 ettevõtte eest, enamik neist on ' +
            '10–50 töötajaga firmad Tallinnas ja Harjumaal. Lepingud räägin läbi otse omanike ja tegevjuhtidega. ' +
            'Minu portfelli aastane arveldusmaht on umbes 900 000 eurot.',
        ],
      },
      {
        ...job(
          'müügiesindaja',
          'Balti Side AS',
          '2015-01',
          '2018-05',
          true,
          '2015. aasta jaanuarist 2018. aasta maini',
        ),
        lines: [
          'Enne seda olin samas ettevõttes müügiesindaja 2015. aasta jaanuarist 2018. aasta maini. Müüsin ' +
            'väikeettevõtetele mobiili- ja internetiteenuseid, helistasin ja käisin kohtumistel. 2018. aasta ' +
            'juunist 2019. aasta augustini olin lapsehoolduspuhkusel.',
        ],
      },
      {
        ...job('IT-tugiisik', 'Datakeskus OÜ', '2012', '2014', false, '2012–2014'),
        lines: [
          'Aastatel 2012–2014 töötasin IT-tugiisikuna Datakeskus OÜ-s. Sealt tuli huvi klientidega suhtlemise vastu.',
        ],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Aastatel 2016–2020 õppisin kõrvalt kaugõppes (Eesti Ettevõtluskõrgkool Mainor, eriala ärijuhtimine) ' +
          'ja lõpetasin rakenduskõrghariduse diplomiga.',
        { field: 'ärijuhtimine', institution: 'Eesti Ettevõtluskõrgkool Mainor', startYear: 2016, endYear: 2020 },
      ),
      edu(
        'kutsekeskharidus',
        'Tallinna Polütehnikumi lõpetasin 2012. aastal infotehnoloogia erialal (kutsekeskharidus).',
        { field: 'infotehnoloogia', institution: 'Tallinna Polütehnikum', endYear: 2012 },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [lang('ru', 'native', ''), lang('et', 'C1', ''), lang('en', 'B2', '')],
    languagesText: [
      'Minu emakeel on vene keel. Eesti keelt räägin vabalt (C1) ja inglise keeles saan tööasjus hästi hakkama (B2).',
    ],
    skills: [],
    closing: [{ kind: 'paragraph', text: 'Tänan, et leidsite aega lugeda! Soovitajad esitan soovi korral.' }],
    clientBase: { activeAccounts: 120, annualRevenueEur: 900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'et-h7-12-pakendid-tabel-kuud-numbritega',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Sada Kaksteist',
    email: 'kandidaat.sada.kaksteist@example.org',
    phone: '+372 5150 4473',
    contactLines: ['Tartu'],
    headings: { profile: 'Profiil', workTable: ['Ettevõte', 'Tööperiood', 'Ametinimetus'], languages: 'Keeled' },
    profile: [
      'Pakendite müük toidu- ja joogitootjatele. Filoloogina alustasin müügiassistendist, nüüd hoian ettevõtte ' +
        'suurimaid kliente Eestis ja Soomes.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'period', 'title'],
    jobs: [
      job('Võtmekliendihaldur', 'Pakendimaailm AS', '2022-05', null, true, '5.2022 – praegu', [
        'Praegu 11 võtmeklienti: toidu- ja joogitootjad Eestis ja Soomes',
        'Aastane müük minu klientidele ca 4,6 miljonit eurot',
        'Läbirääkimised klientide ostu- ja tootmisjuhtidega',
      ]),
      job('Kliendihaldur', 'Pakendimaailm AS', '2019-03', '2022-04', true, '3.2019 – 4.2022', [
        'Umbes 70 väiksemat klienti Tartus ja Lõuna-Eestis',
      ]),
      job('Müügiassistent', 'Trükikoda Lõuna OÜ', '2016-10', '2019-02', false, '10.2016 – 2.2019', [
        'Tellimuste sisestamine, arved ja tarnete jälgimine',
      ]),
    ],
    education: [
      edu('ba', 'Tartu Ülikool, inglise filoloogia, BA (2012–2016)', {
        field: 'inglise filoloogia',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [named('Pakendimaterjalid ja -disain', 'Pakendimaterjalid ja -disain (2020)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel: emakeel'),
      lang('en', 'C2', 'Inglise keel: C2'),
      lang('fi', 'B1', 'Soome keel: B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Ettevõtlik', 'Veenmisoskus'],
    clientBase: { activeAccounts: 11, annualRevenueEur: 4_600_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'persuasiveness'],
  },
  {
    id: 'et-h7-13-funktsionaalne-kindlustusmaakler',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Sada Kolmteist',
    email: 'sada.kolmteist@example.com',
    phone: '+372 5477 2380',
    contactLines: ['Tartu'],
    tagline: 'Kindlustusmaakler ettevõtetele',
    afterContact: [
      { kind: 'heading', text: 'Mida ma teen ja mida olen saavutanud' },
      { kind: 'paragraph', text: 'Kliendiportfell' },
      {
        kind: 'bullets',
        items: [
          'Nõustan praegu 60 ettevõtet Tartu-, Valga- ja Võrumaal (tootmine, põllumajandus, transport)',
          'Minu klientide kindlustusmaksed kokku 1,9 miljonit eurot aastas',
          'Suhtlen ettevõtete omanikega, kes otsustavad ise',
          'Varem, kindlustusseltsis, oli minu portfellis üle 300 väikeettevõtte',
        ],
      },
      { kind: 'paragraph', text: 'Läbirääkimised' },
      {
        kind: 'bullets',
        items: [
          'Läbirääkimised kindlustusandjatega klientide nimel, aastas üle 100 hanke',
          'Kahjujuhtumites seisan kliendi eest, kuni asi on lahendatud',
        ],
      },
      { kind: 'paragraph', text: 'Meeskond' },
      { kind: 'bullets', items: ['Kahe noorema maakleri juhendamine alates 2023'] },
    ],
    headings: { work: 'Ametikohad', education: 'Haridus', languages: 'Keeled', skills: 'Isikuomadused' },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Kindlustusmaakler', 'Turvavõrk Kindlustusmaakler OÜ', '2020', null, true, '2020 – …'),
        lines: ['2020 – … Kindlustusmaakler, Turvavõrk Kindlustusmaakler OÜ'],
      },
      {
        ...job('Ärikliendihaldur', 'Läänemere Kindlustus AS', '2014', '2019', true, '2014 – 2019'),
        lines: ['2014 – 2019 Ärikliendihaldur, Läänemere Kindlustus AS'],
      },
      {
        ...job('Kindlustusnõustaja', 'Läänemere Kindlustus AS', '2010', '2014', true, '2010 – 2014'),
        lines: ['2010 – 2014 Kindlustusnõustaja, Läänemere Kindlustus AS'],
      },
    ],
    education: [
      edu('magister', 'Eesti Maaülikool, maamajanduse ökonoomika, magister (2008–2010)', {
        field: 'maamajanduse ökonoomika',
        institution: 'Eesti Maaülikool',
        startYear: 2008,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [
      named('Kindlustusvahendaja kutsetunnistus, tase 6', 'Kindlustusvahendaja kutsetunnistus, tase 6 (2021)'),
    ],
    languages: [
      lang('et', 'native', 'eesti — emakeel'),
      lang('en', 'B2', 'inglise — B2'),
      lang('ru', 'A2', 'vene — A2'),
    ],
    skills: ['Kliendikesksus', 'Pingetaluvus'],
    closing: [
      { kind: 'heading', text: 'Omandamisel' },
      { kind: 'bullets', items: ['EFPA EFA (European Financial Advisor) — õpingud pooleli, eksam 2027'] },
    ],
    clientBase: { activeAccounts: 60, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'customer_focus', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'et-h7-14-vaheaasta-juhatus-osakoormus',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sada Neliteist',
    email: 'sadaneliteist.cv@example.com',
    phone: '+372 5940 1127',
    contactLines: ['Tallinn'],
    profile: [
      'Ärikliendihaldur energiamüügis, varem meedias. Õpetan osalise koormusega ka müügi aluseid, sest nii ' +
        'püsin ise värske.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Roheline Vool AS', '2021-09', null, true, '09.2021 – praegu', [
          '75 äriklienti üle Eesti: kaubanduskeskused, tootmisettevõtted, kinnisvarahaldurid',
          'elektri- ja päikeseenergia lepingud, pikendused ja lisateenused',
        ]),
        lines: ['Ärikliendihaldur', 'Roheline Vool AS, Tallinn', '09.2021 – praegu'],
      },
      {
        ...job('Lektor', 'Tallinna Majanduskool', '2022', null, false, 'alates 2022', [
          'müügi ja klienditeeninduse moodul kutseõppes, 6 tundi nädalas',
        ]),
        lines: ['Lektor, osalise koormusega', 'Tallinna Majanduskool', 'alates 2022'],
      },
      {
        ...job('Kliendihaldur', 'Pealinna Meedia AS', '2016-03', '2020-05', true, '03.2016 – 05.2020', [
          'reklaamipindade ja sisuturunduse müük, 50 püsiklienti',
        ]),
        lines: [
          'Vaheaasta',
          '06.2020 – 08.2021 · reisimine Lõuna-Ameerikas ja hispaania keele kursused',
          'Kliendihaldur',
          'Pealinna Meedia AS, Tallinn',
          '03.2016 – 05.2020',
        ],
      },
      {
        ...job('Turundusspetsialist', 'Pealinna Meedia AS', '2013-08', '2016-02', false, '08.2013 – 02.2016'),
        lines: ['Turundusspetsialist', 'Pealinna Meedia AS, Tallinn', '08.2013 – 02.2016'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vabatahtlik ja ühiskondlik tegevus' },
      {
        kind: 'bullets',
        items: [
          '2019 – praegu: MTÜ Noorte Ettevõtlusklubi juhatuse liige',
          '2018 – 2020: Toidupank, vabatahtlik (toidu kogumine ja jagamine)',
        ],
      },
    ],
    education: [
      edu('bakalaureus', 'Tallinna Ülikool, kommunikatsioon, bakalaureus (2010–2013)', {
        field: 'kommunikatsioon',
        institution: 'Tallinna Ülikool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – vabalt'),
      lang('ru', 'B2', 'vene keel – hea'),
      lang('es', 'A2', 'hispaania keel – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Loovus', 'Algatusvõime'],
    clientBase: { activeAccounts: 75, segment: 'national' },
    competencies: ['communication', 'initiative', 'innovation'],
  },
  {
    id: 'et-h7-15-eksport-kam-kala-kaks-valuutat',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sada Viisteist',
    email: 'sada15.eksport@example.net',
    phone: '+372 5212 6648',
    contactLines: ['Kuressaare'],
    tagline: 'Ekspordi võtmekliendihaldur — Norra ja Rootsi',
    headings: { profile: 'Kokkuvõte', languages: 'Keeled' },
    profile: [
      'Viimased kuus aastat olen vastutanud Saaremere Kala AS-i Norra ja Rootsi võtmeklientide eest. Ettevõtte ' +
        'käive on ligi 70 miljonit eurot; minu seitsme kliendi ostud olid 2025. aastal 9,3 miljonit eurot ' +
        '(umbes 108 miljonit Norra krooni). Klientideks on neli jaeketti ja kolm hulgimüüjat, kelle kaudu jõuavad ' +
        'meie tooted ligi 1500 kauplusse. Aastahinnad lepin kokku kettide kategooriajuhtidega.',
      'Enne seda haldasin Eestis umbes 40 restorani ja hotelli.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ekspordi võtmekliendihaldur', 'Saaremere Kala AS', '2021', null, true, '2021 – praegu', [
          'aastalepingud, kampaaniad ja uued tooted Norra ja Rootsi kettides',
          'messid (Seafood Expo Global, Barcelona)',
        ]),
        lines: ['Ekspordi võtmekliendihaldur', 'Saaremere Kala AS · Kuressaare / Oslo · 2021 – praegu'],
      },
      {
        ...job('Müügijuht HoReCa', 'Saaremere Kala AS', '2017', '2020', true, '2017 – 2020', [
          'restoranid ja hotellid Tallinnas, Tartus ja Saaremaal',
        ]),
        lines: ['Müügijuht HoReCa', 'Saaremere Kala AS · Kuressaare · 2017 – 2020'],
      },
      {
        ...job('Kvaliteedispetsialist', 'Saaremere Kala AS', '2012', '2016', false, '2012 – 2016'),
        lines: ['Kvaliteedispetsialist', 'Saaremere Kala AS · Kuressaare · 2012 – 2016'],
      },
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool, toiduainete tehnoloogia, magistrikraad (2010–2012)', {
        field: 'toiduainete tehnoloogia',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, toiduainete tehnoloogia, bakalaureusekraad (2007–2010)', {
        field: 'toiduainete tehnoloogia',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Kategooriajuhtimine Põhjamaade jaekaubanduses', 'Kategooriajuhtimine Põhjamaade jaekaubanduses (2022)'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel — emakeel'),
      lang('en', 'C1', 'Inglise keel — C1'),
      lang('no', 'B2', 'Norra keel — B2'),
      lang('sv', 'B1', 'Rootsi keel — B1'),
      lang('ru', 'A2', 'Vene keel — A2'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüüsivõime', 'Kultuuriteadlikkus'],
    clientBase: { activeAccounts: 7, annualRevenueEur: 9_300_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'et-h7-16-agentuuri-kliendihaldur-ilma-numbriteta',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sada Kuusteist',
    email: 'sadakuusteist@example.org',
    phone: '+372 5036 7714',
    contactLines: ['Tartu'],
    headings: {
      work: 'Kogemus',
      skills: 'Tugevused',
      languages: 'Keeled',
      certifications: 'Sertifikaadid',
      profile: 'Minust',
    },
    profile: [
      'Olen kliendihaldur, kes saab aru nii kliendi ärist kui ka loovtiimi tööst. Mulle meeldib, kui kampaania ' +
        'on õigel ajal valmis ja klient tuleb järgmisel aastal tagasi.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Kliendihaldur', 'Loovagentuur Kompass OÜ', '2020', null, true, '2020 kuni praegu', [
          'Vastutan agentuuri püsiklientide eest: kampaaniate planeerimine, eelarved ja lisamüük',
          'Uute klientide pakkumised ja esitlused',
        ]),
        lines: ['Loovagentuur Kompass OÜ | Kliendihaldur | 2020 kuni praegu'],
      },
      {
        ...job('Projektijuht', 'Loovagentuur Kompass OÜ', '2017', '2020', false, '2017 kuni 2020', [
          'Trükiste ja videote tootmine, ajakavad ja alltöövõtjad',
        ]),
        lines: ['Loovagentuur Kompass OÜ | Projektijuht | 2017 kuni 2020'],
      },
      {
        ...job('Müüja', 'Kristiine Kaubandus AS', '2015', '2017', true, '2015 kuni 2017'),
        lines: ['Kristiine Kaubandus AS | Müüja | 2015 kuni 2017'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Rakendusliku kõrghariduse diplom — Tartu Kõrgem Kunstikool, fotograafia eriala (2011–2015)',
        { field: 'fotograafia', institution: 'Tartu Kõrgem Kunstikool', startYear: 2011, endYear: 2015 },
      ),
    ],
    courses: [],
    certifications: [named('Google Ads Search Certification', 'Google Ads Search Certification (2024)')],
    afterJobs: [],
    languages: [
      lang('et', 'native', 'Emakeel: eesti'),
      lang('en', 'C1', 'Inglise: C1'),
      lang('ru', 'A2', 'Vene: A2'),
      lang('fr', 'A1', 'Prantsuse: A1'),
    ],
    skills: ['Loov ja algatusvõimeline', 'Kliendikeskne', 'Meeskonnatöö'],
    closing: [{ kind: 'paragraph', text: 'Omandamisel: Meta Certified Media Buying Professional (eksam 2027)' }],
    clientBase: null,
    competencies: ['customer_focus', 'initiative', 'innovation', 'organisation', 'teamwork'],
  },
  {
    id: 'et-h7-17-pikk-karjaar-keskeriharidus',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sada Seitseteist',
    email: 'sada.seitseteist@example.com',
    phone: '+372 5055 3461',
    contactLines: ['Saue'],
    headings: { profile: 'Profiil', work: 'Töökogemus', languages: 'Keeled' },
    profile: [
      'Tehnilise taustaga võtmekliendihaldur, üle 35 aasta tööstuses, sellest üle 25 aasta müügis. Vastutan ' +
        'praegu 14 tööstusettevõtte eest üle Eesti (laevaehitus, metallitöö, puidutööstus); aastane müük neile ' +
        'on 3,5 miljonit eurot. Suhtlen klientide tootmis- ja ostujuhtidega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Võtmekliendihaldur', 'Balti Tööriistad AS', '2018', null, true, '2018 – praegu', undefined, 'Tallinn'),
      job(
        'Müügijuht',
        'Balti Tööriistad AS',
        '2012',
        '2017',
        true,
        '2012 – 2017',
        ['5-liikmeline müügimeeskond'],
        'Tallinn',
      ),
      job('Piirkonna müügijuht', 'Metallikaubad OÜ', '2008', '2012', true, '2008 – 2012', undefined, 'Tallinn'),
      job('Müügiesindaja', 'Metallikaubad OÜ', '2004', '2008', true, '2004 – 2008', undefined, 'Tallinn'),
      job('Müügiesindaja', 'Hansa Hulgi AS', '2000', '2004', true, '2000 – 2004', undefined, 'Tallinn'),
      job('Laojuhataja', 'Hansa Hulgi AS', '1997', '2000', false, '1997 – 2000', undefined, 'Tallinn'),
      job('Varustaja', 'AS Ehitustrust', '1993', '1997', false, '1993 – 1997', undefined, 'Tallinn'),
      job('Meister', 'Tallinna Masinatehas', '1991', '1993', false, '1991 – 1993', undefined, 'Tallinn'),
      job('Tehnoloog', 'Tallinna Masinatehas', '1989', '1991', false, '1989 – 1991', undefined, 'Tallinn'),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, ärijuhtimine, rakenduskõrgharidus (2003–2007, kaugõpe)',
        { field: 'ärijuhtimine', institution: 'Eesti Ettevõtluskõrgkool Mainor', startYear: 2003, endYear: 2007 },
      ),
      edu('kutsekeskharidus', 'Tallinna Tööstustehnikum, masinaehitus, keskeriharidus (1985–1989)', {
        field: 'masinaehitus',
        institution: 'Tallinna Tööstustehnikum',
        startYear: 1985,
        endYear: 1989,
      }),
    ],
    courses: [
      named('Tehniline müük', 'Tehniline müük (Baltic Training, 2015)'),
      named('Exceli edasijõudnute kursus', 'Exceli edasijõudnute kursus (2019)'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'C1', 'vene keel – väga hea'),
      lang('fi', 'B2', 'soome keel – hea'),
      lang('en', 'B1', 'inglise keel – suhtlustasemel'),
      lang('de', 'A2', 'saksa keel – algtase'),
    ],
    skills: ['Pikaajalised kliendisuhted', 'Tehniline nõustamine', 'Läbirääkimised'],
    clientBase: { activeAccounts: 14, annualRevenueEur: 3_500_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'et-h7-18-noor-kliendihaldur-praktika',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Sada Kaheksateist',
    email: 'kandidaat.sada18@example.org',
    phone: '+372 5811 0942',
    contactLines: ['Tartu'],
    headings: { profile: 'Minust', work: 'Töökogemus', languages: 'Keeled' },
    profile: [
      'Noor kliendihaldur tarkvarafirmas. Olen kiire õppija ja mulle meeldib, kui klient saab meie tootest ' +
        'päriselt kasu.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Noorem kliendihaldur', 'Kiirarve OÜ', '2025-02', null, true, 'alates veebruarist 2025', [
          'Haldan 40 väiksemat kliendikontot – raamatupidamisbürood ja väikeettevõtted üle Eesti',
          'Lepingute pikendused ja lisamoodulite müük',
          'Uute klientide juurutamine koos tugimeeskonnaga',
        ]),
        lines: ['Noorem kliendihaldur – Kiirarve OÜ, Tartu (alates veebruarist 2025)'],
      },
      {
        ...job('Praktikant', 'Tartu Teaduspark SA', '2024-06', '2024-08', false, '06–08/2024', [
          'Ürituste ettevalmistus ja sotsiaalmeedia postitused',
        ]),
        lines: ['Praktikant, turundusosakond – Tartu Teaduspark SA (06–08/2024)'],
      },
    ],
    education: [
      edu('bakalaureus', 'Tartu Ülikool, majandusteadus, bakalaureus, 2021–2024', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2021,
        endYear: 2024,
      }),
    ],
    courses: [named('HubSpot Sales Hub kasutajakoolitus', 'HubSpot Sales Hub kasutajakoolitus (2025)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Kiire õppija', 'Suhtlemisoskus', 'Koostöövalmis'],
    clientBase: { activeAccounts: 40, segment: 'national' },
    competencies: ['communication', 'teamwork'],
  },
  {
    id: 'et-h7-19-suhtejuht-pollumajandus-alates',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sada Üheksateist',
    email: 'sada.19.suhtejuht@example.net',
    phone: '+372 5267 3385',
    contactLines: ['Rakvere'],
    headings: { profile: 'Kokkuvõte', work: 'Töökogemus', languages: 'Keeled' },
    profile: [
      'Põllumajanduse rahastamisele keskendunud suhtejuht. Minu kliendid on 38 põllumajandusettevõtet Lääne-Viru-, ' +
        'Järva- ja Jõgevamaal; suhtlen talude omanike ja juhatuse liikmetega. Kliendiportfelli laenujääk on ' +
        '64 miljonit eurot.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('suhtejuht', 'Agropank AS', '2020', null, true, 'alates 2020', [
          'investeerimislaenud, käibelaenud ja liising põllumeestele',
          'taotluste ettevalmistamine ja klientide finantsseisu jälgimine',
        ]),
        lines: ['Agropank AS: suhtejuht (põllumajandus- ja toidutootjad), alates 2020'],
      },
      {
        ...job('kliendihaldur', 'Agropank AS', '2016', '2019', true, '2016 kuni 2019', [
          'väikeettevõtete ja talude laenud ja arveldusteenused',
        ]),
        lines: ['Agropank AS: kliendihaldur, 2016 kuni 2019'],
      },
      {
        ...job('krediidianalüütik', 'Baltic Credit AS', '2012', '2016', false, '2012 kuni 2016', [
          'ettevõtete krediidianalüüs ja laenuotsuste ettevalmistamine',
        ]),
        lines: ['Baltic Credit AS: krediidianalüütik, 2012 kuni 2016'],
      },
    ],
    education: [
      edu('msc', 'Eesti Maaülikool — majandus ja ettevõtlus, MSc (2010–2012)', {
        field: 'majandus ja ettevõtlus',
        institution: 'Eesti Maaülikool',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bsc', 'Eesti Maaülikool — majandus, BSc (2007–2010)', {
        field: 'majandus',
        institution: 'Eesti Maaülikool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Põllumajandusettevõtte finantsjuhtimine', 'Põllumajandusettevõtte finantsjuhtimine (2021)')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B2', ''), lang('de', 'A2', '')],
    languagesText: ['eesti (emakeel), inglise (C1), vene (B2), saksa (A2)'],
    skills: ['Finantsanalüüs', 'Kliendisuhted', 'Kehtestav'],
    clientBase: { activeAccounts: 38, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'et-h7-20-kam-meditsiin-kattuv-ja-juhatus',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Sada Kakskümmend',
    email: 'sadakakskymmend@example.com',
    phone: '+372 5390 2274',
    contactLines: ['Tartu'],
    headings: { contact: 'Kontakt', profile: 'Profiil', languages: 'Keeled', skills: 'Oskused' },
    profile: ['Õe taustaga Key Account Manager meditsiiniseadmete alal. Tunnen haiglate tööd seestpoolt.'],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager', 'Medeora Baltic OÜ', '2019-06', null, true, '06/2019 – …', [
          '9 haiglat ja 2 erakliinikute ketti Eestis ja Lätis',
          'minu klientide käive 2025. aastal 2,9 miljonit eurot',
          'hanked, lepingud ja koolitused; kohtun hankejuhtide ja osakonnajuhatajatega',
        ]),
        lines: ['Medeora Baltic OÜ | Key Account Manager | 06/2019 – …'],
      },
      {
        ...job(
          'Õppejõud (lepinguline)',
          'Tartu Tervishoiu Kõrgkool',
          '2016-09',
          '2019-06',
          false,
          '09/2016 – 06/2019',
          ['intensiivravi õenduse loengud, 4 tundi nädalas'],
        ),
        lines: ['Tartu Tervishoiu Kõrgkool | Õppejõud (lepinguline) | 09/2016 – 06/2019'],
      },
      {
        ...job('Meditsiiniesindaja', 'Farmaatsia Partner AS', '2014-01', '2019-05', true, '01/2014 – 05/2019', [
          'Lõuna-Eesti haiglad ja perearstid',
        ]),
        lines: ['Farmaatsia Partner AS | Meditsiiniesindaja | 01/2014 – 05/2019'],
      },
      {
        ...job('Õde', 'Tartu Ülikooli Kliinikum', '2009-08', '2013-12', false, '08/2009 – 12/2013'),
        lines: ['Tartu Ülikooli Kliinikum | Õde | 08/2009 – 12/2013'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Muu tegevus' },
      { kind: 'paragraph', text: 'Eesti Õdede Liidu Tartu osakonna juhatuse liige (2017–2021)' },
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, terviseteadused, magistrikraad (2012–2014)', {
        field: 'terviseteadused',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2014,
      }),
      edu('rakenduskõrgharidus', 'Tartu Tervishoiu Kõrgkool, õde, rakenduskõrgharidus (2005–2009)', {
        field: 'õde',
        institution: 'Tartu Tervishoiu Kõrgkool',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'C1', 'Inglise keel – C1'),
      lang('ru', 'B2', 'Vene keel – B2'),
      lang('lv', 'A1', 'Läti keel – A1'),
    ],
    skills: ['Juhendamisoskus', 'Läbirääkimisoskus', 'Kliendikesksus'],
    clientBase: { activeAccounts: 11, annualRevenueEur: 2_900_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'customer_focus', 'negotiation'],
  },
  {
    id: 'et-h7-21-kuller-arikliendihaldur-gumnaasium',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Sada Kakskümmend Üks',
    email: 'sada.kakskymmend.yks@example.org',
    phone: '+372 5633 9057',
    contactLines: ['Tallinn'],
    headings: { profile: 'Tutvustus', work: 'Töökogemus', languages: 'Keeled', skills: 'Omadused' },
    profile: [
      'Alustasin kulleriettevõtte klienditeeninduses ja olen nüüd ärikliendihaldur e-poodidele. Tunnen ' +
        'saadetiste teekonda algusest lõpuni.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Kiirkuller Eesti AS', '2019', null, true, '2019. a – tänaseni', [
          'Minu hallata on 55 e-poodi ja hulgimüüjat üle Eesti',
          'Nende saadetiste arvete kogusumma 2025. aastal 1,4 miljonit eurot (Kiirkulleri Eesti käive 22 miljonit)',
          'Kuni 2023. aastani vastutasin lisaks ka 150 väikese kliendi eest Tallinnas',
        ]),
        lines: ['Ärikliendihaldur', 'Kiirkuller Eesti AS', '2019. a – tänaseni'],
      },
      {
        ...job('Klienditeenindaja', 'Kiirkuller Eesti AS', '2017', '2019', false, '2017. a – 2019. a', [
          'Äriklientide päringud telefonil ja e-postiga, kahjunõuded',
        ]),
        lines: ['Klienditeenindaja', 'Kiirkuller Eesti AS', '2017. a – 2019. a'],
      },
      {
        ...job('Kassapidaja', 'Toidumaailm AS', '2014', '2017', false, '2014. a – 2017. a'),
        lines: ['Kassapidaja', 'Toidumaailm AS', '2014. a – 2017. a'],
      },
    ],
    education: [
      edu('kutseharidus', 'Tallinna Majanduskool, logistika, kutseharidus (2012–2014)', {
        field: 'logistika',
        institution: 'Tallinna Majanduskool',
        startYear: 2012,
        endYear: 2014,
      }),
      edu('keskharidus', 'Tallinna Kristiine Gümnaasium — 12 klassi (lõpetasin 2012)', {
        institution: 'Tallinna Kristiine Gümnaasium',
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ru', 'native', 'Vene keel — emakeel'),
      lang('et', 'C1', 'Eesti keel — C1'),
      lang('en', 'B2', 'Inglise keel — B2'),
    ],
    skills: ['Pingekindel', 'Proaktiivne', 'Kliendikeskne'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 1_400_000, segment: 'national' },
    competencies: ['customer_focus', 'initiative', 'stress_resistance'],
  },
  {
    id: 'et-h7-22-suurklientide-suhtejuht-it-acv',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Sada Kakskümmend Kaks',
    email: 'sada22.it@example.net',
    phone: '+372 5718 2269',
    contactLines: ['Tallinn'],
    headings: { profile: 'Kokkuvõte', work: 'Töökogemus', languages: 'Keeled', certifications: 'Sertifikaadid' },
    profile: [
      'Suurklientide suhtejuht IT-teenustes. Vastutan 16 suurkliendi eest Eestis (pangad, kindlustusseltsid ja ' +
        'kaks ministeeriumi); lepingute aastane väärtus (ACV) on kokku 5,8 miljonit eurot. Mu vastas on klientide ' +
        'IT-juhid ja hankejuhid.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Suurklientide suhtejuht', 'Andmeside Grupp AS', '2023-04', null, true, 'aprill 2023 – praegu', [
          'Lepingute uuendamine ja laiendamine, riigihanked',
          'Kvartaalsed teenustaseme ülevaated klientidega',
        ]),
        lines: ['aprill 2023 – praegu | Suurklientide suhtejuht | Andmeside Grupp AS'],
      },
      {
        ...job('Ärikliendihaldur', 'Andmeside Grupp AS', '2018-03', '2023-03', true, 'märts 2018 – märts 2023', [
          'Umbes 60 väike- ja keskmise suurusega ettevõtet Tallinnas',
        ]),
        lines: ['märts 2018 – märts 2023 | Ärikliendihaldur | Andmeside Grupp AS'],
      },
      {
        ...job(
          'Süsteemiadministraator',
          'Kesklinna IT Teenused OÜ',
          '2012-06',
          '2018-02',
          false,
          'juuni 2012 – veebruar 2018',
        ),
        lines: ['juuni 2012 – veebruar 2018 | Süsteemiadministraator | Kesklinna IT Teenused OÜ'],
      },
    ],
    education: [
      edu('mba', 'MBA, Estonian Business School (2019–2021)', {
        institution: 'Estonian Business School',
        startYear: 2019,
        endYear: 2021,
      }),
      edu('bakalaureus', 'Tallinna Tehnikaülikool — infotehnoloogia, bakalaureus (2008–2012)', {
        field: 'infotehnoloogia',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('ITIL 4 Foundation', 'ITIL 4 Foundation (2016)')],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B1', '')],
    languagesText: [
      'Eesti keel on emakeel. Inglise keeles töötan igapäevaselt (C1), vene keeles saan hakkama suhtlustasemel.',
    ],
    skills: ['Analüütiline', 'Veenev esineja', 'Meeskonnatöö'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Praegu valmistun eksamiks: Certified Solution Sales Professional (sooritamisel, 2027).',
      },
    ],
    clientBase: { activeAccounts: 16, annualRevenueEur: 5_800_000, decisionMakers: true },
    competencies: ['analytical', 'persuasiveness', 'teamwork'],
  },
  {
    id: 'et-h7-23-elektrikaubad-tabel-kuni',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Sada Kakskümmend Kolm',
    email: 'sada23.elekter@example.com',
    phone: '+372 5846 1172',
    contactLines: ['Jõhvi'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökäik',
      workTable: ['Ajavahemik', 'Ametinimetus', 'Tööandja'],
      languages: 'Keeled',
      certifications: 'Kutsetunnistused',
    },
    profile: [
      'Endine elektrik, nüüd kliendihaldur elektrikaupade hulgimüügis. Praegu teenindan 90 elektritöövõtjat ja ' +
        'paigaldusfirmat Ida-Virumaal ja Lääne-Virumaal; nende ostud meilt on kokku ca 2,7 miljonit eurot aastas. ' +
        'Enamasti räägin otse firmade omanikega.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Kliendihaldur', 'Elektrikaubandus AS', '2019', null, true, '2019 kuni tänaseni', [
        'hinnapakkumised objektidele, tehniline nõustamine, uued kliendid',
      ]),
      job('Müügiesindaja', 'Elektrikaubandus AS', '2014', '2018', true, '2014 kuni 2018'),
      job('Elektrik', 'Viru Ehitus OÜ', '2008', '2014', false, '2008 kuni 2014'),
    ],
    education: [
      edu('kutseõpe', 'Narva Kutseõppekeskus, elektrik, kutseõpe (2005–2008)', {
        field: 'elektrik',
        institution: 'Narva Kutseõppekeskus',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('Elektriku kutsetunnistus, tase 4', 'Elektriku kutsetunnistus, tase 4 (2009)')],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B2', 'eesti – B2'),
      lang('en', 'A2', 'inglise – A2'),
    ],
    skills: ['Tehnilised teadmised', 'Kliendikesksus', 'Usaldusväärsus'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 2_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus'],
  },
];

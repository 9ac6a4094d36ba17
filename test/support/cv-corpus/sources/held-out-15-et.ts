import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The fifteenth held-out set's Estonian CVs (Estonian and Russian-speaking candidates in Estonia): mostly the
 * harder layouts (Europass old and new, LinkedIn PDF and text, prose, functional CVs, work tables in other orders,
 * CVs mixing two languages, very long careers, one-line jobs with the employer first, sections out of order).
 */
export const HELD_OUT_15_ET: CvSource[] = [
  {
    id: 'et-h15-01-uus-europass-pakendid-lasnamae',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksasada Üks',
    email: 'yheksasada.yks@example.com',
    phone: '(+372) 5384 1907',
    contactLines: ['Aadress: Tallinn, Eesti (Kodu)'],
    afterContact: [{ kind: 'paragraph', text: 'Sünniaeg: 14/05/1988  Kodakondsus: Eesti  Sugu: Mees' }],
    headings: {
      profile: 'MINUST',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS JA KOOLITUS',
      courses: 'KOOLITUSED',
      languages: 'KEELEOSKUS',
      skills: 'DIGIOSKUSED',
    },
    profile: [
      'Tööstuspakendite (venitus- ja kahanemiskiled, kartongkarbid, kaubaalused) võtmekliendihaldur. Vastutan 34 ' +
        'tootmis- ja logistikaettevõtte eest Eestis ja Lätis; 2025. aastal ostsid minu kliendid meilt pakendeid 3,4 ' +
        'mln euro eest. Hindu ja tarneid arutan ostujuhtide ja tootmisjuhtidega, kes tarnija valivad. Balti ' +
        'Pakenditehase kogukäive on ca 48 mln eurot.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Võtmekliendihaldur', 'Balti Pakenditehas AS', '2022-04', null, true, '[ 04/2022 – Praegu ]'),
        lines: ['[ 04/2022 – Praegu ]', 'Võtmekliendihaldur', 'Balti Pakenditehas AS', 'Linn: Tallinn | Riik: Eesti'],
        bullets: [
          'aastalepingud, hinnakokkulepped ja tarnegraafikud suurimate klientidega',
          'uute pakendilahenduste katsetamine koos klientide tootmisjuhtidega',
          'Läti turg alates 2023. aastast (9 uut klienti)',
        ],
      },
      {
        ...job('Müügiesindaja', 'Balti Pakenditehas AS', '2018-02', '2022-03', true, '[ 12/02/2018 – 31/03/2022 ]'),
        lines: ['[ 12/02/2018 – 31/03/2022 ]', 'Müügiesindaja', 'Balti Pakenditehas AS', 'Linn: Tallinn | Riik: Eesti'],
        bullets: ['Harjumaa väikeste ja keskmiste tootjate teenindamine, uute klientide leidmine'],
      },
      {
        ...job(
          'Laojuhi asetäitja',
          'Ülemiste Kaubaterminal OÜ',
          '2013-09',
          '2018-02',
          false,
          '[ 02/09/2013 – 09/02/2018 ]',
        ),
        lines: [
          '[ 02/09/2013 – 09/02/2018 ]',
          'Laojuhi asetäitja',
          'Ülemiste Kaubaterminal OÜ',
          'Linn: Tallinn | Riik: Eesti',
        ],
        bullets: ['vahetuste töö korraldamine, inventuurid, tõstukijuhtide väljaõpe'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'AJATEENISTUS' },
      { kind: 'paragraph', text: '[ 07/2012 – 06/2013 ] Ajateenija, Kaitsevägi – Linn: Tapa | Riik: Eesti' },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        '[ 2008 – 2012 ] Tallinna Tehnikakõrgkool – Logistika, rakenduskõrgharidus | EKR tase 6',
        {
          field: 'Logistika',
          institution: 'Tallinna Tehnikakõrgkool',
          startYear: 2008,
          endYear: 2012,
        },
      ),
      edu('üldkeskharidus', '[ 1996 – 2008 ] Tallinna Linnamäe Vene Lütseum – üldkeskharidus | EKR tase 4', {
        institution: 'Tallinna Linnamäe Vene Lütseum',
        startYear: 1996,
        endYear: 2008,
      }),
    ],
    courses: [named('Pakenditehnoloogia alused', 'Pakenditehnoloogia alused, Eesti Pakendiühing (2019)')],
    certifications: [],
    languages: [lang('ru', 'native', ''), lang('et', 'C1', ''), lang('en', 'B1', ''), lang('lv', 'A1', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): VENE' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed):' },
      {
        kind: 'table',
        header: ['', 'KUULAMINE', 'LUGEMINE', 'SUULINE ESITUS', 'SUULINE SUHTLUS', 'KIRJUTAMINE'],
        rows: [
          ['EESTI KEEL', 'C1', 'C1', 'B2', 'C1', 'B2'],
          ['INGLISE KEEL', 'B2', 'B2', 'B1', 'B1', 'B1'],
          ['LÄTI KEEL', 'A2', 'A1', 'A1', 'A2', 'A1'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Tasemed: A1 ja A2: algtasemel kasutaja; B1 ja B2: iseseisev kasutaja; C1 ja C2: vilunud kasutaja',
      },
    ],
    skills: ['Microsoft Office', 'Directo ERP', 'Pipedrive CRM'],
    closing: [
      { kind: 'heading', text: 'SUHTLEMIS- JA ORGANISATSIOONILISED OSKUSED' },
      {
        kind: 'paragraph',
        text:
          'Läbirääkimisoskus – aastalepingud ja hinnakokkulepped suurte tootjatega. Planeerimine – tarnegraafikud ja ' +
          'laovarud 34 kliendi jaoks.',
      },
      { kind: 'heading', text: 'JUHILOAD' },
      { kind: 'paragraph', text: 'Juhiluba: B' },
    ],
    clientBase: { activeAccounts: 34, annualRevenueEur: 3_400_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation'],
  },
  {
    id: 'et-h15-02-linkedin-pdf-ingliskeelne-liides-hr-tarkvara',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Üheksasada Kaks',
    email: 'k902.saas@example.net',
    phone: '+372 5521 9034',
    contactLines: ['www.linkedin.example.com/in/yheksasada-kaks (LinkedIn)'],
    tagline: 'Senior Account Executive at Palgapilv | HR- ja palgatarkvara | Põhjamaad ja Baltikum',
    afterContact: [{ kind: 'paragraph', text: 'Tallinn, Harju County, Estonia' }],
    headings: {
      contact: 'Contact',
      skills: 'Top Skills',
      languages: 'Languages',
      certifications: 'Certifications',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
    },
    profile: [
      'Müün palga- ja personalitarkvara keskmise suurusega ettevõtetele Eestis, Soomes ja Rootsis. Minu portfellis on ' +
        '48 klienti, kelle aastane lepinguväärtus (ARR) on kokku 1,9 mln €. Lepingud allkirjastavad klientide ' +
        'finantsjuhid ja personalidirektorid – nendega käin läbi kogu müügitsükli. Meie tiimi 2026. aasta kvoot on 6 ' +
        'mln € uut ARR-i.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Account Executive',
          'Palgapilv OÜ',
          '2024-02',
          null,
          true,
          'February 2024 - Present (2 years 10 months)',
        ),
        lines: [
          'Palgapilv OÜ',
          '4 years 7 months',
          'Senior Account Executive',
          'February 2024 - Present (2 years 10 months)',
          'Tallinn, Harju County, Estonia',
          'Soome ja Rootsi turg, 200–1000 töötajaga ettevõtted. Uued lepingud ja olemasolevate klientide laiendused.',
        ],
      },
      {
        ...job(
          'Account Executive',
          'Palgapilv OÜ',
          '2022-05',
          '2024-01',
          true,
          'May 2022 - January 2024 (1 year 9 months)',
        ),
        lines: [
          'Account Executive',
          'May 2022 - January 2024 (1 year 9 months)',
          'Tallinn, Estonia',
          'Eesti ja Läti ettevõtted: demod, pakkumised, lepingute pikendused.',
        ],
      },
      {
        ...job(
          'Sales Development Representative',
          'Kontorirobot AS',
          '2020-09',
          '2022-04',
          true,
          'September 2020 - April 2022 (1 year 8 months)',
        ),
        lines: [
          'Kontorirobot AS',
          'Sales Development Representative',
          'September 2020 - April 2022 (1 year 8 months)',
          'Tallinn, Estonia',
          'Külmkõned ja e-kirjade kampaaniad, kohtumiste broneerimine kahele account executive’ile.',
        ],
      },
      {
        ...job(
          'Klienditoe spetsialist',
          'Kiirside AS',
          '2018-06',
          '2020-08',
          false,
          'June 2018 - August 2020 (2 years 3 months)',
        ),
        lines: [
          'Kiirside AS',
          'Klienditoe spetsialist',
          'June 2018 - August 2020 (2 years 3 months)',
          'Tartu, Estonia',
        ],
      },
    ],
    education: [
      edu('bachelor', "Tartu Ülikool · Bachelor's degree, majandusteadus · (2015 - 2018)", {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2015,
        endYear: 2018,
      }),
    ],
    courses: [],
    certifications: [named('Salesforce Certified Associate')],
    languages: [
      lang('et', 'native', 'Estonian (Native or Bilingual)'),
      lang('en', 'C1', 'English (Full Professional)'),
      lang('fi', 'B2', 'Finnish (Professional Working)'),
      lang('ru', 'B1', 'Russian (Limited Working)'),
      lang('sv', 'A2', 'Swedish (Elementary)'),
    ],
    skills: ['SaaS-müük', 'Enterprise Sales', 'Läbirääkimised'],
    closing: [{ kind: 'paragraph', text: 'Page 1 of 2' }],
    clientBase: { activeAccounts: 48, annualRevenueEur: 1_900_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'et-h15-03-linkedin-tekst-energia-narva-karjaaripaus',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksasada Kolm',
    email: 'yheksasada.kolm@example.org',
    phone: null,
    contactLines: ['linkedin.example.com/in/yheksasada-kolm'],
    tagline: 'Ärikliendihaldur – elekter ja gaas ettevõtetele | Ida-Virumaa | RU / ET',
    afterContact: [{ kind: 'paragraph', text: 'Narva, Ida-Virumaa, Eesti · 312 jälgijat · 300+ kontakti' }],
    headings: {
      profile: 'Info',
      work: 'Kogemus',
      education: 'Haridus',
      certifications: 'Litsentsid ja sertifikaadid',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    profile: [
      'Aitan Ida-Virumaa ettevõtetel valida sobiva elektri- ja gaasilepingu. Minu hallata on 190 ärikliendi lepingud ' +
        '(kauplused, töökojad, väiksemad tootjad, korteriühistud); nende elektri- ja gaasiarved on kokku ligikaudu ' +
        '2,6 mln € aastas. Igapäevaselt suhtlen klientide raamatupidajate ja haldusjuhtidega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Virumaa Energiamüük AS', '2021-03', null, true, 'märts 2021 – praegu · 5 a 9 k'),
        lines: [
          'Ärikliendihaldur',
          'Virumaa Energiamüük AS · Täistööaeg',
          'märts 2021 – praegu · 5 a 9 k',
          'Narva, Ida-Virumaa, Eesti · Hübriidtöö',
          'Fikseeritud ja börsihinnaga lepingud, pikendused, päikeseelektri ostulepingud ettevõtetele.',
        ],
      },
      {
        ...job(
          'Klienditeenindaja',
          'Ida-Viru Soojus AS',
          '2016-01',
          '2019-05',
          false,
          'jaan 2016 – mai 2019 · 3 a 5 k',
        ),
        lines: [
          'Karjääripaus',
          'Vanemapuhkus',
          'juuni 2019 – veebr 2021 · 1 a 9 k',
          'Klienditeenindaja',
          'Ida-Viru Soojus AS · Täistööaeg',
          'jaan 2016 – mai 2019 · 3 a 5 k',
          'Narva, Ida-Virumaa, Eesti',
        ],
      },
      {
        ...job('Müügikonsultant', 'Mobiilimaailm OÜ', '2012-09', '2015-12', true, 'sept 2012 – dets 2015 · 3 a 4 k'),
        lines: [
          'Müügikonsultant',
          'Mobiilimaailm OÜ · Osaline tööaeg',
          'sept 2012 – dets 2015 · 3 a 4 k',
          'Narva, Ida-Virumaa, Eesti',
          'Telefonid ja sidelepingud eraklientidele kaubanduskeskuse esinduses.',
        ],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Litsentsid ja sertifikaadid' },
      { kind: 'paragraph', text: 'Eesti keele C1-taseme eksam' },
      { kind: 'paragraph', text: 'Haridus- ja Noorteamet · Välja antud mai 2017' },
    ],
    education: [
      edu('bakalaureus', 'Tartu Ülikooli Narva kolledž · Bakalaureusekraad, kohalik omavalitsus · 2009 – 2012', {
        field: 'kohalik omavalitsus',
        institution: 'Tartu Ülikooli Narva kolledž',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ru', 'native', 'Vene keel · Emakeel või kakskeelne'),
      lang('et', 'C1', 'Eesti keel · Täielik tööalane keeleoskus'),
      lang('en', 'B2', 'Inglise keel · Tööalane keeleoskus'),
    ],
    skills: ['Klienditeenindus', 'Energiaturg', 'Läbirääkimised'],
    clientBase: { activeAccounts: 190, annualRevenueEur: 2_600_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'et-h15-04-proosa-pollumasinad-viljandi-soome',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksasada Neli',
    email: 'yheksasada.neli@example.com',
    phone: '+372 5012 7733',
    contactLines: ['Kolga-Jaani, Viljandimaa'],
    headings: {
      profile: 'Paar sõna minust',
      work: 'Kuidas ma siia jõudsin',
      education: 'Koolid',
      languages: 'Keeled',
      skills: 'Veel',
    },
    profile: [
      'Olen taluperest pärit ja müünud traktoreid, kombaine ja haakeriistu üle 15 aasta. Minu hallata on 70 talu ja ' +
        'põllumajandusettevõtet Viljandi-, Pärnu- ja Järvamaal; 2025. aastal ostsid nad minu kaudu masinaid, varuosi ' +
        'ja hooldust kokku 3,8 mln euro eest. Ostuotsused teevad talude peremehed ja ettevõtete juhatajad – nendega ' +
        'ma ka räägin.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'varuosade müüja',
          'Agrotehnika Viljandi OÜ',
          '2006-01',
          '2010-03',
          true,
          '2006. aasta jaanuarist 2010. aasta märtsini',
        ),
        lines: [
          'Praegune tööandja on Agrotehnika Viljandi OÜ. 2006. aasta jaanuarist 2010. aasta märtsini olin seal ' +
            'varuosade müüja: leti taga ja telefonis, talumeestele ja töökodadele.',
        ],
      },
      {
        ...job('müügiesindaja', 'Agrotehnika Viljandi OÜ', '2010-04', null, true, 'alates 2010. aasta aprillist'),
        lines: [
          'Ja alates 2010. aasta aprillist olen samas firmas müügiesindaja – sõidan talust tallu, teen pakkumisi, ' +
            'korraldan proovisõite ja vahel ka liisingu.',
        ],
      },
      {
        ...job('hooldustehnik', 'Pohjanmaan Kone Oy', '2003-05', '2005', false, '2003. aasta maist 2005. aasta lõpuni'),
        lines: [
          'Enne seda käisin ära Soomes: 2003. aasta maist 2005. aasta lõpuni olin Seinäjoel Pohjanmaan Kone Oy ' +
            'traktoritöökojas hooldustehnik. Sealt sain soome keele ja tehnika tundmise.',
        ],
      },
      {
        ...job(
          'mehaanik',
          'Viljandi Maaparandus AS',
          '1997',
          '2003',
          false,
          '1997. aasta sügisest 2003. aasta kevadeni',
        ),
        lines: [
          'Kõige algus: pärast tehnikumi ja ajateenistust (1996–1997) olin 1997. aasta sügisest 2003. aasta kevadeni ' +
            'Viljandi Maaparandus AS-i remonditöökojas mehaanik.',
        ],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Töö kõrvalt olen 2021. aastast Viljandi vallavolikogu liige (maaelukomisjon).',
      },
    ],
    education: [
      edu(
        'kutsekeskharidus',
        'Olustvere Põllumajandustehnikum, põllumajanduse mehhaniseerimine, keskeriharidus (1992–1996)',
        {
          field: 'põllumajanduse mehhaniseerimine',
          institution: 'Olustvere Põllumajandustehnikum',
          startYear: 1992,
          endYear: 1996,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('fi', 'B2', ''), lang('ru', 'B1', ''), lang('en', 'A2', '')],
    languagesText: [
      'Emakeel eesti. Soome keelt räägin hästi – Soome aastatest jäi külge. Vene keelega saan hakkama ' +
        '(suhtlustasemel), inglise keeles loen tehnilisi juhendeid (algtase).',
    ],
    skills: ['Juhiload B, C, T', 'Masinate tehniline nõustamine ja proovisõidud', 'Arvutis: Excel, Directo'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 3_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'et-h15-05-funktsionaalne-spaahotell-grupimuuk-parnu',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksasada Viis',
    email: 'yheksasada5@example.net',
    phone: '+372 5649 2210',
    contactLines: ['Pärnu'],
    tagline: 'Müügijuht – ettevõtete üritused, konverentsid ja grupireisid',
    headings: {
      profile: 'PÕHIOSKUSED JA SAAVUTUSED',
      work: 'TÖÖKOHAD LÜHIDALT',
      education: 'HARIDUS',
      courses: 'TÄIENDÕPE',
      languages: 'KEELED',
      skills: 'LISAKS',
    },
    profile: [
      'ÜRITUSTE JA GRUPPIDE MÜÜGITÖÖ – Müün spaahotelli konverentsi-, suvepäevade ja majutuspakette Eesti ' +
        'ettevõtetele ning Soome ja Läti reisikorraldajatele. Püsikliente on mul umbes 120 (ettevõtted ja ' +
        'reisibürood); 2025. aastal tõid nad hotellile 1,3 mln eurot. Hotelli kogukäive oli samal aastal 9 mln eurot.',
      'KLIENDIKESKNE TEENINDUS – iga grupp saab ühe kontaktisiku algusest lõpuni: pakkumine, menüü, ruumid, ' +
        'arveldus. Korduvtellimuste osakaal on üle 60%.',
      'PLANEERIMINE – ürituste eelarved ning ruumide ja toitlustuse planeerimine koos köögi ja majutusosakonnaga; ' +
        'tipphooajal kuni 15 üritust nädalas.',
      'JUHENDAMINE – kahe uue müügiassistendi väljaõpe 2023. ja 2025. aastal.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Müügijuht', 'Rannahotell Spa OÜ', '2019', null, true, '2019 – praegu'),
        lines: ['Rannahotell Spa OÜ, Pärnu · Müügijuht · 2019 – praegu'],
      },
      {
        ...job('Müügiassistent', 'Rannahotell Spa OÜ', '2016', '2019', false, '2016 – 2019'),
        lines: ['Rannahotell Spa OÜ, Pärnu · Müügiassistent · 2016 – 2019'],
      },
      {
        ...job('Administraator', 'Villa Marina OÜ', '2012', '2016', false, '2012 – 2016'),
        lines: ['Villa Marina OÜ, Pärnu · Administraator · 2012 – 2016'],
      },
      {
        ...job('Ettekandja', 'Rannakohvik Kuursaal OÜ', '2009', '2011', false, 'suved 2009–2011'),
        lines: ['Rannakohvik Kuursaal OÜ, Pärnu · Ettekandja · suved 2009–2011'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Pärnu kolledž, turismiettevõtluse korraldus, rakenduskõrgharidus, 2009–2012',
        {
          field: 'turismiettevõtluse korraldus',
          institution: 'Tartu Ülikooli Pärnu kolledž',
          startYear: 2009,
          endYear: 2012,
        },
      ),
    ],
    courses: [
      named(
        'Revenue management hotellides',
        'Revenue management hotellides (Eesti Hotellide ja Restoranide Liit, 2022)',
      ),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'B2', 'soome – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
    ],
    skills: ['Opera PMS, Protel', 'MS Office, Canva', 'Juhiluba B'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 1_300_000, segment: 'international' },
    competencies: ['coaching', 'customer_focus', 'organisation', 'sales'],
  },
  {
    id: 'et-h15-06-tabel-firma-millal-roll-joogid-ketid',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Üheksasada Kuus',
    email: 'yheksasada.kuus@example.org',
    phone: '+372 5566 0481',
    contactLines: ['Tallinn, Pirita'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökohad',
      workTable: ['Firma', 'Millal', 'Roll'],
      skills: 'Tugevad küljed',
      languages: 'Keeled',
    },
    profile: [
      'Võtmekliendijuht karastusjookide ja mahlade tootjas. Vastutan kolme üleriigilise jaeketi ja kahe üle Eesti ' +
        'tegutseva HoReCa hulgimüüja eest – kokku 5 klienti, kelle alla kuulub ligi 420 müügikohta. 2025. aasta müük ' +
        'minu klientidele: 8,2 mln eurot. Aastalepingud sõlmin kettide ostudirektoritega.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'period', 'title'],
    jobs: [
      job('Võtmekliendijuht', 'Põhjala Joogitööstus AS', '2021', null, true, 'II kv 2021 – praegu', [
        'aastaläbirääkimised, promoplaanid ja riiulipinna kokkulepped',
        'koostöö müügiesindajate ja turundusega kampaaniate elluviimisel',
        'müügiprognoosid ja tarneplaanid tehasele',
      ]),
      job('Kategooriaanalüütik', 'Põhjala Joogitööstus AS', '2018', '2021', false, '2018 – I kv 2021', [
        'Nielseni andmete analüüs, sortimendi- ja hinnasoovitused müügitiimile',
      ]),
      job('Ostuassistent', 'Linnakaubamaja AS', '2014-09', '2017-12', false, '09.2014 – 12.2017'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Lapsehoolduspuhkusel olin 2019. aasta maist 2020. aasta märtsini; töösuhe Põhjala Joogitööstusega jätkus.',
      },
    ],
    education: [
      edu(
        'magistrikraad',
        'Tallinna Tehnikaülikool, turundus ja rahvusvaheline ärikorraldus, magistrikraad (2012–2014)',
        {
          field: 'turundus ja rahvusvaheline ärikorraldus',
          institution: 'Tallinna Tehnikaülikool',
          startYear: 2012,
          endYear: 2014,
        },
      ),
      edu('bakalaureusekraad', 'Tallinna Ülikool, ärikorraldus, bakalaureusekraad (2009–2012)', {
        field: 'ärikorraldus',
        institution: 'Tallinna Ülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – väga hea'),
      lang('ru', 'B2', 'vene keel – hea'),
      lang('fi', 'A2', 'soome keel – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüütiline mõtlemine (Nielsen, Power BI)', 'Pingekindel ka hooajatippudes'],
    clientBase: { activeAccounts: 5, annualRevenueEur: 8_200_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h15-07-segakeelne-inglise-eesti-kuberturve-naelad',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Üheksasada Seitse',
    email: 'k907.turve@example.com',
    phone: '+372 5378 2246',
    contactLines: ['Tallinn / Tartu', 'linkedin.example.com/in/yheksasada-seitse'],
    tagline: 'Account Manager · Cybersecurity services · Baltics',
    headings: {
      contact: 'Contact',
      profile: 'Summary / Kokkuvõte',
      work: 'Experience / Töökogemus',
      education: 'Education / Haridus',
      certifications: 'Certificates',
      languages: 'Languages / Keeled',
      skills: 'Skills',
    },
    profile: [
      'Account manager with 7 years in B2B IT. Haldan 22 suurema ettevõtte kliendisuhet Eestis, Lätis ja Leedus ' +
        '(pangad, logistika, tootmine). My book is £1.1M ARR (we report in GBP to the London head office). I work ' +
        'directly with CIOs and CISOs who sign off the security budget. Meeskonna müügieesmärk 2026: £4M.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Manager',
        'Northgate Cyber Ltd',
        '2023-01',
        null,
        true,
        'Jan 2023 – present',
        [
          'Managed SOC and MDR contracts for 22 enterprise accounts in the Baltics',
          'Renewals and upsell of penetration testing and awareness training',
          'Pakkumiste koostamine koos presales-inseneridega; koostöö Londoni lepingutiimiga',
        ],
        'Tallinna filiaal',
      ),
      job(
        'Inside Sales Representative',
        'Pilveserver AS',
        '2019-03',
        '2022-12',
        true,
        '03.2019 – 12.2022',
        [
          'pilveteenuste ja varukoopialahenduste müük telefoni ja e-posti teel väikeettevõtetele',
          'ligi 300 väiksema kliendi päringud ja lepingute pikendused',
        ],
        'Tartu',
      ),
      job(
        'IT-tugiisik',
        'Emajõe Kooliteenused SA',
        '2016-08',
        '2019-02',
        false,
        'aug 2016 – veebr 2019',
        undefined,
        'Tartu',
      ),
    ],
    education: [
      edu('bsc', 'Tartu Ülikool, BSc in Computer Science / informaatika (2013–2016)', {
        field: 'informaatika',
        institution: 'Tartu Ülikool',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [named('ISC2 Certified in Cybersecurity (CC)', 'ISC2 Certified in Cybersecurity (CC), 2023')],
    languages: [
      lang('et', 'native', 'Estonian – native / emakeel'),
      lang('en', 'C1', 'English – C1 (fluent)'),
      lang('ru', 'B1', 'Russian – B1'),
      lang('lv', 'A2', 'Latvian – A2 (basic)'),
    ],
    skills: ['Solution selling', 'Negotiation', 'Salesforce, HubSpot', 'Team player'],
    closing: [{ kind: 'paragraph', text: 'In progress: CISSP – eksam broneeritud 2027. aasta I kvartalisse.' }],
    clientBase: { activeAccounts: 22, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'et-h15-08-vene-eesti-segakeelne-autovaruosad-kohtla-jarve',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksasada Kaheksa',
    email: 'yheksasada.kaheksa@example.net',
    phone: '+372 5331 6072',
    contactLines: ['Kohtla-Järve, Ida-Virumaa'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeleoskus',
      skills: 'Arvutioskus ja muu',
    },
    profile: [
      'Autovaruosade müügiesindaja Ida- ja Lääne-Virumaal. Teenindan 95 autoremonditöökoda ja rehvikeskust; 2025. ' +
        'aastal ostsid nad meilt varuosi ja õlisid kokku ca 1,7 mln € eest. Enamik töökodasid on väikeettevõtted, kus ' +
        'otsuseid teeb omanik ise.',
      'Торговый представитель по автозапчастям. Обслуживаю 95 автосервисов и шиномонтажей в Ида- и ' +
        'Ляэне-Вирумаа, работаю напрямую с владельцами.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Müügiesindaja', 'Baltic Autoparts OÜ', '2019-09', null, true, '09.2019 – по настоящее время'),
        lines: ['09.2019 – по настоящее время | Müügiesindaja (торговый представитель) | Baltic Autoparts OÜ, Jõhvi'],
        bullets: [
          'регулярные визиты в автосервисы, приём заказов, акции',
          'поиск новых клиентов в Раквере и Тапа',
          'hinnapakkumised ja tagastuste korraldamine',
        ],
      },
      {
        ...job('Laooperaator', 'Baltic Autoparts OÜ', '2015-01', '2019-08', false, '01.2015 – 08.2019'),
        lines: ['01.2015 – 08.2019 | Laooperaator (кладовщик) | Baltic Autoparts OÜ, Jõhvi'],
        bullets: ['kaupade vastuvõtt, komplekteerimine, inventuurid (1C)'],
      },
      {
        ...job('Autoremondilukksepp', 'Kohtla-Järve Autoteenindus OÜ', '2011', '2014', false, '2011 – 2014'),
        lines: ['2011 – 2014 | Autoremondilukksepp (автослесарь) | Kohtla-Järve Autoteenindus OÜ'],
      },
    ],
    education: [
      edu(
        'kutseharidus',
        'Ida-Virumaa Kutsehariduskeskus, automehaanik, kutseharidus (2008–2011) / профессиональное образование',
        {
          field: 'automehaanik',
          institution: 'Ida-Virumaa Kutsehariduskeskus',
          startYear: 2008,
          endYear: 2011,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene keel – emakeel / родной'),
      lang('et', 'B2', 'eesti keel – B2 (riigieksam 2018)'),
      lang('en', 'A2', 'inglise keel – A2 / базовый'),
    ],
    skills: ['1C, Directo, TecDoc', 'Juhiload B, C', 'Suhtlemisoskus nii vene kui eesti keeles'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 1_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication'],
  },
  {
    id: 'et-h15-09-pikk-karjaar-kindlustus-1991-tartu',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksasada Üheksa',
    email: 'yheksasada.yheksa@example.com',
    phone: '+372 742 1188',
    contactLines: ['mob 5087 3310', 'Tartu, Annelinn'],
    headings: {
      profile: 'Lühiülevaade',
      work: 'Tööalane tegevus',
      education: 'Haridus',
      courses: 'Täienduskoolitus',
      certifications: 'Kutsetunnistused',
      languages: 'Keeled',
      skills: 'Isikuomadused',
    },
    profile: [
      'Kindlustuses alates 1993. aastast. Praegu ärikindlustuse kliendijuht: minu portfellis on 48 Lõuna-Eesti ' +
        'keskmist ettevõtet (tööstus, põllumajandus, transport), kelle kindlustusmaksed meile on kokku 2,9 mln eurot ' +
        'aastas. Tartu büroo kogu preemiamaht on ca 11 mln eurot.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ärikindlustuse kliendijuht',
        'Emajõe Kindlustus AS',
        '2012-04',
        null,
        true,
        'aprill 2012 – tänaseni',
        [
          'vara-, vastutus- ja põllumajanduskindlustuse lahendused keskmistele ettevõtetele',
          'riskiülevaatused koos riskihindajatega, lepingute pikendused ja uued kliendid',
        ],
        'Tartu',
      ),
      job(
        'Kindlustusmaakler',
        'Tartu Kindlustusmaakler OÜ',
        '2004',
        '2012-03',
        true,
        '2004 – märts 2012',
        ['väikeettevõtete ja talude kindlustusprogrammid, pakkumiste võrdlused'],
        'Tartu',
      ),
      job('Kindlustusagent', 'Tartu Kindlustus AS', '1997', '2003', true, '1997 – 2003', undefined, 'Tartu'),
      job('Kahjukäsitleja', 'Tartu Kindlustus AS', '1993', '1997', false, '1993 – 1997', undefined, 'Tartu'),
      job('Raamatupidaja', 'Rõngu Põllumajandusühistu', '1991', '1993', false, '1991 – 1993', undefined, 'Rõngu'),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, majandusteadus, magistrikraad, 2002–2004', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2002,
        endYear: 2004,
      }),
      edu('kõrgharidus', 'Tartu Riiklik Ülikool, raamatupidamine ja majandusanalüüs, kõrgharidus (diplom), 1986–1991', {
        field: 'raamatupidamine ja majandusanalüüs',
        institution: 'Tartu Riiklik Ülikool',
        startYear: 1986,
        endYear: 1991,
      }),
    ],
    courses: [
      named(
        'Põllumajandusriskide kindlustamine',
        'Põllumajandusriskide kindlustamine, Eesti Kindlustusseltside Liit, 2019',
      ),
    ],
    certifications: [named('Kindlustusspetsialist, tase 5', 'Kindlustusspetsialist, tase 5 (2010, kehtiv)')],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('ru', 'C1', 'Vene keel – väga hea'),
      lang('en', 'B1', 'Inglise keel – suhtlustasemel'),
      lang('de', 'A2', 'Saksa keel – algtase'),
    ],
    skills: ['Usaldusväärne ja järjekindel', 'Hea suhtlemisoskus', 'Kliendikeskne'],
    closing: [
      {
        kind: 'paragraph',
        text: 'EFA (European Financial Advisor) sertifikaat kehtis 2014–2020, seda ma pikendanud ei ole.',
      },
    ],
    clientBase: { activeAccounts: 48, annualRevenueEur: 2_900_000, segment: 'regional_smb' },
    competencies: ['communication', 'customer_focus'],
  },
  {
    id: 'et-h15-10-tooandja-ees-uhel-real-katusematerjalid',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Üheksasada Kümme',
    email: 'yheksasada.10@example.org',
    phone: '5196 4420',
    contactLines: ['Rakvere'],
    headings: {
      profile: 'Kes ma olen',
      work: 'Kus olen töötanud',
      education: 'Õpingud',
      languages: 'Keeled',
      skills: 'Oskan',
    },
    profile: [
      'Katusematerjalide müügimees Virumaalt. Tunnen katuseid seestpoolt – olen ise ehitusel töötanud – ja räägin ' +
        'ehitajatega nende keeles.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Piirkonna müügijuht', 'Katusekoda OÜ', '2020', null, true, 'kevad 2020 – praegu'),
        lines: ['Katusekoda OÜ (Rakvere) – Piirkonna müügijuht – kevad 2020 – praegu'],
        bullets: [
          'Ehitusfirmade ja katusemeistrite teenindamine Lääne- ja Ida-Virumaal',
          'Portfellis 60 ehitusettevõtet; nende ostud meilt 2025. aastal kokku 2,2 mln eurot',
          'Katusekoja kogukäive ca 25 mln eurot aastas',
        ],
      },
      {
        ...job('Müügikonsultant', 'Ehitusmarket Kivi AS', '2014-05', '2020-02', true, '05.2014 – 02.2020'),
        lines: ['Ehitusmarket Kivi AS (Rakvere) – Müügikonsultant – 05.2014 – 02.2020'],
        bullets: ['Ehitajate ja eraklientide nõustamine katuse- ja fassaadimaterjalide valikul, hinnapakkumised'],
      },
    ],
    afterJobs: [{ kind: 'bullets', items: ['Kaitsevägi (Tapa) – ajateenija – 07.2013 – 04.2014'] }],
    education: [
      edu('kutseharidus', 'Rakvere Ametikool, ehitusviimistlus, kutseharidus (2010–2013)', {
        field: 'ehitusviimistlus',
        institution: 'Rakvere Ametikool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('ru', 'B1', ''), lang('en', 'B1', ''), lang('fi', 'A2', '')],
    languagesText: ['Eesti keel emakeelena, vene ja inglise keel suhtlustasemel, soome keel algtasemel.'],
    skills: ['Katuse- ja fassaadimaterjalide tehniline nõustamine', 'Pingekindel', 'Juhiluba B, oma auto'],
    closing: [
      { kind: 'heading', text: 'Praegu õpin' },
      {
        kind: 'paragraph',
        text: 'Tallinna Tehnikakõrgkool, ehitusjuhtimine (rakenduskõrgharidus, sessioonõpe), 2024 – lõpetan 2028',
      },
    ],
    clientBase: { activeAccounts: 60, annualRevenueEur: 2_200_000, segment: 'regional_smb' },
    competencies: ['stress_resistance'],
  },
  {
    id: 'et-h15-11-keeled-ees-minust-lopus-kiudinternet',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Üheksasada Üksteist',
    email: 'yheksasada11@example.com',
    phone: '+372 5820 3917',
    contactLines: ['Tallinn, Nõmme'],
    afterContact: [
      { kind: 'heading', text: 'KEELED' },
      {
        kind: 'table',
        header: ['Keel', 'Räägin', 'Loen', 'Kirjutan'],
        rows: [
          ['eesti', 'emakeel', 'emakeel', 'emakeel'],
          ['inglise', 'vabalt', 'vabalt', 'hästi'],
          ['vene', 'hästi', 'hästi', 'algtasemel'],
          ['soome', 'algtasemel', 'algtasemel', 'algtasemel'],
        ],
      },
      { kind: 'heading', text: 'OSKUSED' },
      {
        kind: 'bullets',
        items: [
          'Tehniline müük: kiudinternet, VPN, pilvetelefon',
          'Kliendisuhted',
          'Excel, Pipedrive, Zabbix',
          'CCNA (2016; kehtivus lõppenud 2019)',
        ],
      },
    ],
    headings: { work: 'TÖÖ', education: 'KOOL', languages: 'MINUST' },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ärilahenduste müügijuht',
        'Kiudvõrk Eesti AS',
        '2022-10',
        null,
        true,
        '10/2022 – ...',
        [
          'kiudinterneti, VPN-i ja pilvetelefoni lahendused ettevõtetele Tallinnas ja Harjumaal',
          'portfellis 130 ärikliendi lepingud, mille kuutasudest laekub aastas ligikaudu 1,1 mln €',
          'lepingud sõlmin ettevõtete juhatuse liikmete ja IT-juhtidega',
        ],
        'Tallinn',
      ),
      job(
        'Tehniline konsultant',
        'Kiudvõrk Eesti AS',
        '2019-05',
        '2022-09',
        false,
        '05/2019 – 09/2022',
        ['lahenduste tehniline kirjeldus ja pakkumiste ettevalmistus müügijuhtidele'],
        'Tallinn',
      ),
      job('Võrgutehnik', 'Linnaside OÜ', '2014-06', '2019-04', false, '06/2014 – 04/2019', undefined, 'Tallinn'),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Ühiskondlik tegevus: Nõmme Orienteerumisklubi MTÜ juhatuse liige, 2021 – praegu' },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, telekommunikatsioon, rakenduskõrgharidus, 2010–2014', {
        field: 'telekommunikatsioon',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B2', ''), lang('fi', 'A2', '')],
    languageBlocks: [
      {
        kind: 'paragraph',
        column: 'main',
        text:
          'Tehnilise taustaga müügijuht: olen ise kaableid vedanud ja võrke seadistanud, seepärast usaldavad IT-juhid ' +
          'mu soovitusi. Otsin rolli, kus saaksin suuremate ettevõtetega pikemaid lahendusprojekte teha.',
      },
    ],
    skills: [],
    clientBase: { activeAccounts: 130, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'sales'],
  },
  {
    id: 'et-h15-12-vana-europass-pank-ettevotted-tartu',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Üheksasada Kaksteist',
    tagline: 'Europass Curriculum Vitae',
    email: 'yheksasada.kaksteist@example.net',
    phone: '+372 5624 7781',
    afterContact: [
      { kind: 'heading', text: 'Isikuandmed' },
      {
        kind: 'table',
        rows: [
          ['Ees- ja perekonnanimi', 'Kandidaat Üheksasada Kaksteist'],
          ['Aadress', 'Riia 0-00, 50000 Tartu, Eesti'],
          ['Kodakondsus', 'Eesti'],
          ['Sünniaeg', '30.06.1986'],
          ['Sugu', 'naine'],
        ],
      },
    ],
    headings: {
      profile: 'Soovitud töökoht / kutseala',
      work: 'Töökogemus',
      education: 'Haridus ja koolitus',
      certifications: 'Kutsetunnistused',
      languages: 'Isiklikud oskused ja kompetentsid',
      skills: 'Arvutioskus ja -kompetentsid',
    },
    profile: ['Ettevõtete kliendihaldur (pangandus)'],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Kuupäevad',
      title: 'Amet või ametikoht',
      employer: 'Tööandja nimi ja aadress',
      duties: 'Peamised tegevused ja vastutusalad',
    },
    jobs: [
      job(
        'Ettevõtete kliendihaldur',
        'Lõunapank AS',
        '2017-02',
        null,
        true,
        'Alates 01.02.2017',
        [
          'Tartu- ja Jõgevamaa väike- ja keskmiste ettevõtete (85 klienti) teenindamine ning krediidilahenduste pakkumine',
          'läbirääkimised ettevõtete omanike ja juhatuse liikmetega',
          'portfelli laenujääk ca 46 mln eurot; arveldus-, liisingu- ja faktooringutoodete ristmüük',
        ],
        'Küüni 0, 51004 Tartu',
      ),
      job(
        'Krediidianalüütik',
        'Lõunapank AS',
        '2013-09',
        '2017-01',
        false,
        '01.09.2013 – 31.01.2017',
        ['ettevõtete majandusaruannete analüüs ja krediidiotsuste ettevalmistus'],
        'Küüni 0, 51004 Tartu',
      ),
      job(
        'Klienditeenindaja',
        'Lõunapank AS',
        '2010-06',
        '2013-08',
        false,
        '01.06.2010 – 31.08.2013',
        ['eraklientide teenindamine kontoris: maksed, kontod, kaardid'],
        'Ringtee 0, 50105 Tartu',
      ),
    ],
    education: [
      edu(
        'magistrikraad',
        'Kuupäevad: 2008–2010 · Kvalifikatsioon: magistrikraad, rahandus ja arvestus · Õppeasutus: Tartu Ülikool · ' +
          'Tase rahvusvahelises klassifikaatoris: ISCED 5A',
        { field: 'rahandus ja arvestus', institution: 'Tartu Ülikool', startYear: 2008, endYear: 2010 },
      ),
      edu(
        'bakalaureusekraad',
        'Kuupäevad: 2005–2008 · Kvalifikatsioon: bakalaureusekraad, majandusteadus · Õppeasutus: Tartu Ülikool · ' +
          'Tase rahvusvahelises klassifikaatoris: ISCED 5A',
        { field: 'majandusteadus', institution: 'Tartu Ülikool', startYear: 2005, endYear: 2008 },
      ),
    ],
    courses: [],
    certifications: [
      named('Pangandusspetsialist, tase 6', 'Kutsetunnistus: pangandusspetsialist, tase 6 (Eesti Pangaliit, 2019)'),
    ],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B1', ''), lang('de', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel: eesti keel' },
      { kind: 'paragraph', text: 'Muud keeled – enesehinnang, Euroopa tase (*)' },
      {
        kind: 'table',
        header: ['', 'Kuulamine', 'Lugemine', 'Suuline suhtlus', 'Suuline esitus', 'Kirjutamine'],
        rows: [
          ['', 'Arusaamine', '', 'Rääkimine', '', 'Kirjutamine'],
          [
            'Inglise keel',
            'C1 Vilunud keelekasutaja',
            'C1 Vilunud keelekasutaja',
            'C1 Vilunud keelekasutaja',
            'B2 Iseseisev keelekasutaja',
            'B2 Iseseisev keelekasutaja',
          ],
          [
            'Vene keel',
            'B1 Iseseisev keelekasutaja',
            'B2 Iseseisev keelekasutaja',
            'B1 Iseseisev keelekasutaja',
            'B1 Iseseisev keelekasutaja',
            'A2 Algtasemel keelekasutaja',
          ],
          [
            'Saksa keel',
            'A2 Algtasemel keelekasutaja',
            'A2 Algtasemel keelekasutaja',
            'A1 Algtasemel keelekasutaja',
            'A1 Algtasemel keelekasutaja',
            'A2 Algtasemel keelekasutaja',
          ],
        ],
      },
      { kind: 'paragraph', text: '(*) Euroopa Nõukogu keeleoskuse raamdokumendi tasemed' },
    ],
    skills: [
      'MS Office (Excel edasijõudnud), pangasüsteem T24',
      'Finantsanalüüs: majandusaasta aruanded, rahavoogude prognoosid',
    ],
    closing: [
      { kind: 'heading', text: 'Sotsiaalsed oskused ja kompetentsid' },
      {
        kind: 'paragraph',
        text: 'Meeskonnatöö oskus, olen juhendanud uusi kolleege; pingetaluvus aruandlusperioodidel.',
      },
      { kind: 'heading', text: 'Juhiluba' },
      { kind: 'paragraph', text: 'B-kategooria' },
    ],
    clientBase: { activeAccounts: 85, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'negotiation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h15-13-tabel-millal-kus-mida-reklaamimuuk-voru',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Üheksasada Kolmteist',
    email: 'yheksasada.kolmteist@example.com',
    phone: '+372 5306 1184',
    contactLines: ['Võru'],
    headings: {
      profile: 'Mina',
      work: 'Kus ja millal',
      workTable: ['Millal', 'Kus', 'Mida tegin'],
      education: 'Kus õppisin',
      languages: 'Mis keeltes räägin',
      skills: 'Mida oskan',
    },
    profile: [
      'Müün reklaami kohalikus raadios ja maakonnalehes. Püsikliente on mul umbes 150 – Võru-, Põlva- ja Valgamaa ' +
        'poed, söögikohad, autoteenindused ja omavalitsused; nende reklaamitellimused tõid 2025. aastal 410 000 €. ' +
        'Väikeettevõtetes räägin otse omanikuga.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Reklaamimüügi juht', 'Lõunameedia OÜ', '2018-05', null, true, '05.2018 – k.a.', [
        'kampaaniapakkumised raadio-, print- ja veebireklaamile',
        'kolmeliikmelise müügitiimi juhendamine',
        'Lõunameedia käive ca 2 mln € aastas (raadio ja leht kokku)',
      ]),
      job('Ürituste korraldaja', 'Võru Kultuurimaja SA', '2015', '2018-04', false, '2015 – 04.2018'),
      job('Reporter', 'Lõunameedia OÜ', '2012', '2015', false, '2012 – 2015'),
      job('Administraator', 'Kubija Puhkekeskus OÜ', '2011', '2011', false, 'suvi 2011'),
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, eesti filoloogia, bakalaureusekraad (2008–2012)', {
        field: 'eesti filoloogia',
        institution: 'Tartu Ülikool',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('keskharidus', 'Võru Kreutzwaldi Gümnaasium (keskharidus), 2008', {
        institution: 'Võru Kreutzwaldi Gümnaasium',
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel (ja võru kiil kodus)'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Suhtlemisoskus ja järjekindlus', 'Loov lähenemine reklaamikampaaniatele', 'Adobe InDesign, Canva'],
    closing: [{ kind: 'paragraph', text: 'Vabatahtlikuna: Võru Folkloorifestivali meediasuhted, suved 2016–2024.' }],
    clientBase: { activeAccounts: 150, annualRevenueEur: 410_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'communication', 'innovation'],
  },
  {
    id: 'et-h15-14-veterinaartooted-kliinikud-farmid',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksasada Neliteist',
    email: 'yheksasada.14@example.net',
    phone: '+372 5359 0826',
    contactLines: ['Tartu'],
    headings: { profile: 'Profiil', work: 'Töökogemus', certifications: 'Load ja tunnistused' },
    profile: [
      'Loomaarst, kes on viimased kuus aastat töötanud veterinaarravimite müügis. Minu piirkond on Lõuna- ja ' +
        'Kesk-Eesti: 64 väikeloomakliinikut ja 22 piimafarmi, kokku 86 klienti. Minu klientide ostud 2025. aastal: ' +
        '1,05 mln €. Kliinikute omanikud ja farmide juhatajad otsustavad ise, mida tellida.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Veterinaartoodete müügiesindaja',
        'VetPharma Baltic OÜ',
        '2020-11',
        null,
        true,
        'november 2020 – praegu',
        [
          'kliinikute ja farmide külastused, tootekoolitused loomaarstidele',
          'hinnakokkulepped ja aastalepped',
          'koostöö laoga tarnete planeerimisel',
        ],
        'Tartu',
      ),
      job(
        'Veterinaararst',
        'Tartu Väikeloomakliinik OÜ',
        '2014-08',
        '2020-10',
        false,
        'august 2014 – oktoober 2020',
        ['väikeloomade vastuvõtt, kirurgia, valved'],
        'Tartu',
      ),
      job(
        'Valvearst',
        'Elva Loomakliinik OÜ',
        '2016',
        '2019',
        false,
        '2016–2019 (nädalavahetuseti)',
        undefined,
        'Elva',
      ),
    ],
    education: [
      edu(
        'magistrikraad',
        'Eesti Maaülikool, veterinaarmeditsiin, integreeritud bakalaureuse- ja magistriõpe (magistrikraad), 2008–2014',
        { field: 'veterinaarmeditsiin', institution: 'Eesti Maaülikool', startYear: 2008, endYear: 2014 },
      ),
    ],
    courses: [named('Müügioskused farmaatsias', 'Müügioskused farmaatsias, VetPharma sisekoolitus (2021)')],
    certifications: [
      named('Veterinaararsti tegevusluba', 'Veterinaararsti tegevusluba, Põllumajandus- ja Toiduamet (kehtiv)'),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel: emakeel'),
      lang('en', 'C1', 'Inglise keel: C1'),
      lang('ru', 'B1', 'Vene keel: B1'),
      lang('fi', 'A2', 'Soome keel: A2'),
    ],
    skills: ['Analüüsivõime', 'Ajaplaneerimine ja iseseisvus', 'Juhiluba B'],
    clientBase: { activeAccounts: 86, annualRevenueEur: 1_050_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'teamwork'],
  },
  {
    id: 'et-h15-15-funktsionaalne-avalik-sektor-dokumendihaldus',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Üheksasada Viisteist',
    email: 'yheksasada15@example.org',
    phone: '+372 5190 2273',
    contactLines: ['Tallinn'],
    tagline: 'Avaliku sektori kliendijuht | dokumendihaldus ja e-teenused',
    headings: {
      contact: 'Kontakt',
      profile: 'Pädevused',
      work: 'Töökäik',
      education: 'Haridus',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Tööriistad',
    },
    profile: [
      'AVALIKU SEKTORI KLIENDID – Vastutan 31 omavalitsuse ja 9 riigiasutuse eest, kes kasutavad meie ' +
        'dokumendihaldussüsteemi. Litsentsi- ja hoolduslepingutest tuleb neilt aastas kokku ca 1,2 mln €.',
      'HANKED JA LÄBIRÄÄKIMISED – riigihangete pakkumised, raamlepingute läbirääkimised, lisatööde hinnastamine. ' +
        'Võitsin 2024–2025 kaheksa hanget kogumahuga 2,6 mln € (lepingud 4 aastaks).',
      'PROTSESSIDE TUNDMINE – kaheksa aastat olin ise vallas dokumendihalduse peaspetsialist, seega tean, kuidas ' +
        'ametnik süsteemi kasutab ja mida auditis küsitakse.',
      'MEESKONNATÖÖ – uued e-teenused valmivad koos arendajate, analüütikute ja kliendi IT-juhiga.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Kliendijuht (avalik sektor)', 'Dokumendiait AS', '2021-09', null, true, 'sept 2021 – praegu'),
        lines: ['sept 2021 – praegu   Kliendijuht (avalik sektor) – Dokumendiait AS'],
      },
      {
        ...job(
          'Dokumendihalduse peaspetsialist',
          'Lääne-Harju Vallavalitsus',
          '2014-01',
          '2021-08',
          false,
          '01.2014 – 08.2021',
        ),
        lines: ['01.2014 – 08.2021   Dokumendihalduse peaspetsialist – Lääne-Harju Vallavalitsus'],
      },
      {
        ...job('Arhivaar', 'Harju Maakonnaarhiiv', '2010', '2013', false, '2010–2013'),
        lines: ['2010–2013   Arhivaar – Harju Maakonnaarhiiv'],
      },
    ],
    education: [
      edu('magistrikraad', 'Tallinna Ülikool, infoteadus, magistrikraad, 2008–2010', {
        field: 'infoteadus',
        institution: 'Tallinna Ülikool',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('bakalaureus', 'Tallinna Ülikool, infoteadus, bakalaureus, 2005–2008', {
        field: 'infoteadus',
        institution: 'Tallinna Ülikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('ITIL 4 Foundation', 'ITIL 4 Foundation (2022)')],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'B2', 'Inglise keel – B2'),
      lang('ru', 'B1', 'Vene keel – B1'),
    ],
    skills: ['Riigihangete register', 'Jira, Confluence', 'MS Office'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Hankespetsialisti kutsetunnistus (tase 6): taotlus esitatud, hindamine toimub 2027. aasta jaanuaris.',
      },
    ],
    clientBase: { activeAccounts: 40, annualRevenueEur: 1_200_000 },
    competencies: ['negotiation', 'teamwork'],
  },
  {
    id: 'et-h15-16-kaupluse-juhataja-paldiski-ei-portfelli',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Üheksasada Kuusteist',
    email: 'yheksasada.kuusteist@example.com',
    phone: '+372 5552 8014',
    contactLines: ['Paldiski, Harjumaa'],
    headings: { profile: 'Tutvustus', work: 'Töökogemus', skills: 'Isikuomadused', languages: 'Keeled' },
    profile: [
      'Jaekaubanduses 12 aastat. Juhin Keila kauplust: 14 töötajat, müügipind 1 800 m², aastakäive ca 6,5 mln €. ' +
        'Soovin edasi liikuda hulgimüügi või müügiesindaja rolli.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Kaupluse juhataja',
        'Kodumarket AS',
        '2021-06',
        null,
        false,
        '06.2021 – praegu',
        [
          'Vahetuste planeerimine ja personali juhendamine',
          'Kaubatellimused, hinnamuutused ja inventuurid',
          'Kaupluse müügieesmärgi täitmine (2025: 104%)',
        ],
        'Keila',
      ),
      job(
        'Vahetuse vanem',
        'Kodumarket AS',
        '2017-03',
        '2021-05',
        false,
        '03.2017 – 05.2021',
        ['Vahetuse töökorraldus ja kassade sulgemine', 'Vahepeal lapsehoolduspuhkusel 10.2019 – 08.2020'],
        'Paldiski',
      ),
      job('Müüja-kassiir', 'Kodumarket AS', '2014-04', '2017-02', true, '04.2014 – 02.2017', undefined, 'Paldiski'),
      job('Müüja', 'Rannakiosk OÜ', '2012', '2012', true, 'suvi 2012', undefined, 'Laulasmaa'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Teeninduskool, müüja-klienditeenindaja, kutseharidus (tase 4), 2012–2014', {
        field: 'müüja-klienditeenindaja',
        institution: 'Tallinna Teeninduskool',
        startYear: 2012,
        endYear: 2014,
      }),
      edu('keskharidus', 'Paldiski Ühisgümnaasium, keskharidus, 2012', {
        institution: 'Paldiski Ühisgümnaasium',
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('ru', 'native', ''), lang('et', 'B2', ''), lang('en', 'A2', '')],
    languagesText: ['Vene keel on minu emakeel, eesti keeles suhtlen igapäevaselt tööl (B2), inglise keel algtasemel.'],
    skills: ['Pingekindel', 'Täpne ja kohusetundlik', 'Kassasüsteemid, Excel'],
    clientBase: null,
    competencies: ['coaching', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h15-17-proosa-ekspedeerimine-maardu-ohtuope',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksasada Seitseteist',
    email: 'yheksasada17@example.net',
    phone: '+372 5683 3390',
    contactLines: ['Maardu, Harjumaa'],
    headings: {
      profile: 'Lühidalt',
      work: 'Minu lugu tööelus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: ['Veoste müügijuht, kes tunneb laoplatsi ja tollipabereid seestpoolt.'],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('müügijuht', 'Baltic Cargo Line OÜ', '2018-07', null, true, 'Alates 2018. aasta juulist'),
        lines: [
          'Alates 2018. aasta juulist olen Baltic Cargo Line OÜ müügijuht. Minu vastutada on 45 tootmis- ja ' +
            'kaubandusettevõtet Eestis ja Soomes, kes veavad meiega kaupa Kesk-Euroopasse ja Skandinaaviasse; 2025. ' +
            'aastal oli nende vedude käive 3,2 mln eurot. Hinnad ja aastalepingud lepin kokku klientide ' +
            'logistikajuhtidega.',
        ],
      },
      {
        ...job(
          'ekspedeerija',
          'Baltic Cargo Line OÜ',
          '2014-10',
          '2018-06',
          false,
          '2014. aasta oktoobrist kuni 2018. aasta juunini',
        ),
        lines: [
          'Enne seda olin samas firmas 2014. aasta oktoobrist kuni 2018. aasta juunini ekspedeerija: planeerisin ' +
            'rekkavedusid Poola, Saksamaale ja Kasahstani ning otsisin vedajaid.',
        ],
      },
      {
        ...job('laotöötaja', 'Muuga Terminal AS', '2011', '2014', false, '2011. aasta sügisest 2014. aasta suveni'),
        lines: [
          'Pärast ajateenistust (2010–2011, Kaitseväe logistikapataljon) töötasin 2011. aasta sügisest 2014. aasta ' +
            'suveni Muuga sadamas – olin Muuga Terminal AS-i laotöötaja ja hiljem ka tõstukijuht.',
        ],
      },
      {
        ...job('tunnitasuline õpetaja', 'Maardu Kutsekool', '2022-09', null, false, 'alates 2022. aasta septembrist'),
        lines: [
          'Müügitöö kõrvalt olen alates 2022. aasta septembrist ka Maardu Kutsekooli tunnitasuline õpetaja: annan ' +
            'kahel õhtul nädalas logistika aineid.',
        ],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'TTK Ülikool, logistika, rakenduskõrgharidus (sessioonõpe), 2015–2019', {
        field: 'logistika',
        institution: 'TTK Ülikool',
        startYear: 2015,
        endYear: 2019,
      }),
      edu('keskharidus', 'Tallinna Lasnamäe Gümnaasium, keskharidus, 2010', {
        institution: 'Tallinna Lasnamäe Gümnaasium',
        endYear: 2010,
      }),
    ],
    courses: [named('Incoterms 2020', 'Incoterms 2020 (Eesti Rahvusvaheliste Autovedajate Assotsiatsioon, 2021)')],
    certifications: [],
    languages: [
      lang('ru', 'native', 'Vene keel – emakeel'),
      lang('et', 'C1', 'Eesti keel – C1 (riigieksam, 2016)'),
      lang('en', 'B2', 'Inglise keel – B2'),
      lang('pl', 'A2', 'Poola keel – A2'),
    ],
    skills: ['Transporeon, Timocom', 'Läbirääkimisoskus', 'Pingetaluvus'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 3_200_000, segment: 'international' },
    competencies: ['negotiation', 'stress_resistance'],
  },
  {
    id: 'et-h15-18-uus-europass-muugiagronoom-teraviljaostja',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksasada Kaheksateist',
    email: 'yheksasada.18@example.com',
    phone: '(+372) 5346 9021',
    contactLines: ['Aadress: Jõgeva, Eesti (Kodu)'],
    afterContact: [{ kind: 'paragraph', text: 'Sünniaeg: 08/09/1989 | Kodakondsus: Eesti' }],
    headings: {
      profile: 'MINUST',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS JA KOOLITUS',
      certifications: 'SERTIFIKAADID',
      languages: 'KEELEOSKUS',
      skills: 'DIGIOSKUSED',
    },
    profile: [
      'Müügiagronoom taimekaitse- ja väetisefirmas. Minu kliendid on 55 teraviljakasvatajat Jõgeva-, Tartu- ja ' +
        'Järvamaal, kokku ligi 38 000 ha. 2025. aastal ostsid nad minu kaudu sisendeid 4,1 mln euro eest. Külvikorra- ' +
        'ja ostuotsused teevad talupidajad ja ettevõtete juhatajad ise, nendega suhtlen otse.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiagronoom', 'Põlluvara AS', '2020-03', null, true, '[ 15/03/2020 – Praegu ]'),
        lines: ['[ 15/03/2020 – Praegu ]', 'Müügiagronoom', 'Põlluvara AS', 'Linn: Jõgeva | Riik: Eesti'],
        bullets: [
          'põldude seire ja taimekaitseplaanid',
          'väetiste, seemnete ja taimekaitsevahendite pakkumised ja hooajalepingud',
          'põllupäevad ja katsepõllud',
        ],
      },
      {
        ...job('Teraviljaostja', 'Eesti Viljaühistu TÜ', '2016-07', '2020-03', false, '[ 01/07/2016 – 14/03/2020 ]'),
        lines: ['[ 01/07/2016 – 14/03/2020 ]', 'Teraviljaostja', 'Eesti Viljaühistu TÜ', 'Linn: Tartu | Riik: Eesti'],
        bullets: ['teravilja kokkuost liikmetalude käest, hinnapakkumised ja kvaliteedianalüüsid'],
      },
      {
        ...job('Agronoom', 'Kaarepere Põld OÜ', '2012-04', '2016-06', false, '[ 04/2012 – 06/2016 ]'),
        lines: ['[ 04/2012 – 06/2016 ]', 'Agronoom', 'Kaarepere Põld OÜ', 'Linn: Jõgevamaa | Riik: Eesti'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'VABATAHTLIK TEGEVUS' },
      { kind: 'paragraph', text: '[ 2019 – Praegu ] Juhatuse liige, Jõgeva Noortalunike Klubi MTÜ' },
    ],
    education: [
      edu('magistrikraad', '[ 2010 – 2012 ] Eesti Maaülikool – Agronoomia, magistrikraad | EKR tase 7', {
        field: 'Agronoomia',
        institution: 'Eesti Maaülikool',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bakalaureusekraad', '[ 2007 – 2010 ] Eesti Maaülikool – Põllumajandus, bakalaureusekraad | EKR tase 6', {
        field: 'Põllumajandus',
        institution: 'Eesti Maaülikool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Taimekaitsevahendite professionaalse kasutaja tunnistus',
        'Taimekaitsevahendite professionaalse kasutaja tunnistus, 2. tase (kehtib 2029)',
      ),
    ],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B1', ''), lang('de', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): EESTI' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed):' },
      { kind: 'paragraph', text: 'INGLISE KEEL' },
      {
        kind: 'paragraph',
        text: 'KUULAMINE: B2  LUGEMINE: C1  KIRJUTAMINE: B2  SUULINE ESITUS: B1  SUULINE SUHTLUS: B2',
      },
      { kind: 'paragraph', text: 'VENE KEEL' },
      {
        kind: 'paragraph',
        text: 'KUULAMINE: B1  LUGEMINE: A2  KIRJUTAMINE: A2  SUULINE ESITUS: B1  SUULINE SUHTLUS: B1',
      },
      { kind: 'paragraph', text: 'SAKSA KEEL' },
      {
        kind: 'paragraph',
        text: 'KUULAMINE: A2  LUGEMINE: A2  KIRJUTAMINE: A1  SUULINE ESITUS: A1  SUULINE SUHTLUS: A2',
      },
    ],
    skills: ['Excel, Agrista, satelliitseire (Farmeye)'],
    closing: [
      { kind: 'heading', text: 'SUHTLEMISOSKUSED' },
      {
        kind: 'paragraph',
        text: 'Suhtlemisoskus ja kannatlikkus – talupidajaga tuleb rääkida nii põllul kui ka köögilaua taga.',
      },
      { kind: 'heading', text: 'LISAINFO' },
      {
        kind: 'paragraph',
        text: 'Plaanis: põllumajandusnõustaja kutseeksam (tase 7) 2027. aasta veebruaris.',
      },
      { kind: 'heading', text: 'JUHILOAD' },
      { kind: 'paragraph', text: 'Juhiluba: B, T' },
    ],
    clientBase: { activeAccounts: 55, annualRevenueEur: 4_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication'],
  },
  {
    id: 'et-h15-19-tooportaal-sildid-erapangandur-varad',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Üheksasada Üheksateist',
    email: 'yheksasada.19@example.org',
    phone: '+372 5870 1162',
    contactLines: ['Tallinn, Kadriorg'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeleoskus',
      skills: 'Isikuomadused',
    },
    profile: [
      'Erapangandur: 70 jõuka perekonna ja ettevõtja igapäevane pangapartner. Minu klientide varad meie juures on ' +
        'kokku ca 210 mln €; kliendiportfelli netotulu pangale oli 2025. aastal 1,6 mln €.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Tööperiood', title: 'Positsioon', employer: 'Asutus', duties: 'Vastutus' },
    jobs: [
      job(
        'Erapangandur',
        'Toompea Privaatpank AS',
        '2019',
        null,
        true,
        'I kvartal 2019 – praegu',
        [
          'investeerimis-, laenu- ja pensionilahenduste pakkumine oma klientidele',
          'klientide varade ülevaatused vähemalt kaks korda aastas',
          'uued kliendid soovituste kaudu (2025: 9 uut perekonda)',
        ],
        'Tallinn',
      ),
      job(
        'Investeerimisnõustaja',
        'Toompea Privaatpank AS',
        '2015-05',
        '2018-12',
        true,
        '05.2015 – 12.2018',
        ['fondide ja väärtpaberiportfellide müük ning nõustamine eraklientidele'],
        'Tallinn',
      ),
      job(
        'Riskianalüütik',
        'Läänemere Liising AS',
        '2012-09',
        '2015-04',
        false,
        '09.2012 – 04.2015',
        ['liisingutaotluste riskihinnangud'],
        'Tallinn',
      ),
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool, rahandus ja arvestus, magistrikraad, 2010–2012', {
        field: 'rahandus ja arvestus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, ärirahandus, bakalaureusekraad, 2007–2010', {
        field: 'ärirahandus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Pärimis- ja varaplaneerimine', 'Pärimis- ja varaplaneerimine, advokaadibüroo sisekoolitus, 2023')],
    certifications: [named('EFP (European Financial Planner)', 'EFP (European Financial Planner), EFPA Eesti, 2020')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('sv', 'A2', 'rootsi – A2'),
    ],
    skills: [
      'Diskreetne ja usaldusväärne',
      'Finantsteadmised ja analüütiline mõtlemine',
      'Enesekindlus ka keerulistes vestlustes',
    ],
    closing: [{ kind: 'paragraph', text: 'Käimas: CFA Level II kandidaat (eksam mais 2027).' }],
    clientBase: { activeAccounts: 70, annualRevenueEur: 1_600_000 },
    competencies: ['analytical', 'financial_analysis', 'tact_assertiveness'],
  },
  {
    id: 'et-h15-20-vilistlane-inside-sales-kohtumiste-eesmark',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Üheksasada Kakskümmend',
    email: 'yheksasada.20@example.com',
    phone: '+372 5910 4407',
    contactLines: ['Tallinn'],
    headings: { profile: 'Eesmärk', work: 'Kogemus', education: 'Haridus', languages: 'Keeled', skills: 'Oskused' },
    profile: [
      'Värske ärikorralduse lõpetaja, praegu inside sales’is tarkvarafirmas. Helistan igal nädalal 60–80 ' +
        'potentsiaalsele kliendile ja broneerin kohtumisi; kuu eesmärk on 25 kohtumist. Oma kliendiportfelli mul ' +
        'veel ei ole – soovin järgmise sammuna saada kliendihalduriks.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Inside Sales Specialist',
        'Vahetusplaan OÜ',
        '2025-10',
        null,
        true,
        '10.2025 – praegu',
        [
          'Külmkõned ja e-kirjad logistika- ja tootmisettevõtetele Eestis ja Lätis',
          'Kohtumiste broneerimine kahele müügijuhile',
          'CRM-i korrashoid (Pipedrive)',
        ],
        'Tallinn',
      ),
      job(
        'Müügipraktikant',
        'Vahetusplaan OÜ',
        '2025-06',
        '2025-08',
        false,
        'juuni–august 2025',
        ['Turu-uuring Läti logistikaettevõtete kohta, kontaktibaasi koostamine'],
        'Tallinn',
      ),
      job(
        'Klienditeenindaja',
        'Linnakino OÜ',
        '2022-09',
        '2024-12',
        false,
        '09.2022 – 12.2024 (osalise koormusega)',
        undefined,
        'Tallinn',
      ),
    ],
    afterJobs: [
      {
        kind: 'bullets',
        items: ['Kevad 2024: Erasmus+ vahetussemester, Hanze University of Applied Sciences, Groningen'],
      },
    ],
    education: [
      edu('ba', 'Tallinna Ülikool, ettevõtlus ja ärikorraldus, BA (2022–2025)', {
        field: 'ettevõtlus ja ärikorraldus',
        institution: 'Tallinna Ülikool',
        startYear: 2022,
        endYear: 2025,
      }),
      edu('keskharidus', 'Tallinna Nõmme Gümnaasium, keskharidus, 2022', {
        institution: 'Tallinna Nõmme Gümnaasium',
        endYear: 2022,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – C1'),
      lang('ru', 'B1', 'vene keel – B1'),
      lang('nl', 'A1', 'hollandi keel – A1'),
    ],
    skills: ['Suhtlemisoskus', 'Proaktiivne', 'Pipedrive, HubSpot, Google Workspace'],
    clientBase: null,
    competencies: ['communication', 'initiative'],
  },
  {
    id: 'et-h15-21-kindlustusnoustaja-erakliendid-haapsalu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksasada Kakskümmend Üks',
    email: 'yheksasada.21@example.net',
    phone: '+372 5475 9930',
    contactLines: ['Haapsalu, Läänemaa'],
    headings: { profile: 'Minust', work: 'Töökogemus', certifications: 'Tunnistused', languages: 'Keeled' },
    profile: [
      'Kindlustusnõustaja Läänemaal. Nõustan ja teenindan ligikaudu 400 eraklienti – kodu-, sõiduki- ja ' +
        'elukindlustus; nende aastased kindlustusmaksed on kokku umbes 520 000 €. Haapsalu kontori müügieesmärk on ' +
        '2,1 mln € aastas.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Kindlustusnõustaja',
        'Läänekindel Kindlustus AS',
        '2018-08',
        null,
        true,
        'august 2018 – tänase päevani',
        ['kodu-, sõiduki- ja elukindlustuse müük ja pikendused', 'kahjujuhtumite esmane nõustamine'],
        'Haapsalu',
      ),
      job(
        'Klienditeenindaja',
        'Läänemaa Sidekeskus AS',
        '2013-02',
        '2018-07',
        false,
        '02.2013 – 07.2018',
        ['postiteenused, maksed ja pakiautomaatide klienditugi'],
        'Haapsalu',
      ),
      job(
        'Administraator',
        'Haapsalu Kuurort OÜ',
        '2008-05',
        '2011-03',
        false,
        'mai 2008 – märts 2011',
        undefined,
        'Haapsalu',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Lapsehoolduspuhkus: 04.2011 – 01.2013' }],
    education: [
      edu('üldkeskharidus', 'Haapsalu Wiedemanni Gümnaasium, üldkeskharidus, 2008', {
        institution: 'Haapsalu Wiedemanni Gümnaasium',
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('Kindlustusspetsialist, tase 5', 'Kutsetunnistus: kindlustusspetsialist, tase 5 (2020)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'B2', 'vene keel – hea'),
      lang('en', 'B2', 'inglise keel – hea'),
      lang('sv', 'A2', 'rootsi keel – algtase'),
    ],
    skills: ['Kliendikeskne ja rahulik', 'INSIS, Excel', 'Juhiluba B'],
    closing: [{ kind: 'paragraph', text: 'Esmaabi tunnistus (16 h) – kehtis kuni 2022, uuendamisel.' }],
    clientBase: { activeAccounts: 400, annualRevenueEur: 520_000 },
    competencies: ['customer_focus'],
  },
  {
    id: 'et-h15-22-pikk-karjaar-lihatooted-eksport-1994',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Üheksasada Kakskümmend Kaks',
    email: 'yheksasada.22@example.org',
    phone: '+372 5067 2218',
    contactLines: ['Tartu, Tähtvere'],
    headings: {
      profile: 'Ülevaade',
      work: 'Töökäik',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Lihatööstuses 1994. aastast – lihunikust ekspordijuhini. Praegu vastutan Läti, Leedu ja Soome jaekettide ja ' +
        'hulgimüüjate eest: kokku 9 klienti. Ettevõtte ekspordikäive on 11 mln €, millest minu 9 kliendi ostud 2025. ' +
        'aastal moodustasid 6,8 mln €. Aastahinnad ja sortimendi lepin kokku kettide ostujuhtidega, kes otsustavad ' +
        'tootevaliku.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Ekspordijuht',
        'Lihatööstus Saare AS',
        '2019',
        null,
        true,
        '2019 sügis – praegu',
        ['Uued kliendid Lätis ja Soomes (2021–2023: neli ketti)', 'Messid: Riia, Helsingi, Köln'],
        'Tartu',
      ),
      job(
        'Lõuna-Eesti müügijuht',
        'Lihatööstus Saare AS',
        '2008',
        '2019',
        true,
        '2008 – 2019',
        ['Kuue müügiesindaja juhendamine ja müügieesmärgid', 'Lõuna-Eesti kauplusteketid ja toitlustajad'],
        'Tartu',
      ),
      job('Müügiesindaja', 'Lihatööstus Saare AS', '2001', '2008', true, '2001 – 2008', undefined, 'Tartu'),
      job('Autojuht-ekspediitor', 'Tartu Külmhoone AS', '1996', '2001', false, '1996 – 2001', undefined, 'Tartu'),
      job('Lihunik', 'Tartu Lihakombinaat AS', '1994', '1996', false, '1994 – 1996', undefined, 'Tartu'),
    ],
    afterJobs: [{ kind: 'bullets', items: ['1992 – 1993: ajateenistus, Kaitsejõudude Kuperjanovi pataljon, Võru'] }],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, ärijuhtimine, rakenduskõrgharidus (kaugõpe), 2004–2008',
        {
          field: 'ärijuhtimine',
          institution: 'Eesti Ettevõtluskõrgkool Mainor',
          startYear: 2004,
          endYear: 2008,
        },
      ),
      edu('kutsekeskharidus', 'Tartu Kutsekool, lihatöötlemine, kutsekeskharidus (1989–1992)', {
        field: 'lihatöötlemine',
        institution: 'Tartu Kutsekool',
        startYear: 1989,
        endYear: 1992,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel: emakeel'),
      lang('ru', 'C1', 'Vene keel: väga hea'),
      lang('en', 'B2', 'Inglise keel: hea'),
      lang('lv', 'B1', 'Läti keel: suhtlustasemel'),
      lang('fi', 'A2', 'Soome keel: algtase'),
    ],
    skills: ['Läbirääkimised jaekettidega', 'Hinnastamine ja promoplaanid', 'Juhiload B, C'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 6_800_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'negotiation'],
  },
  {
    id: 'et-h15-23-linkedin-pdf-telekom-suurkliendid-ukraina',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Üheksasada Kakskümmend Kolm',
    email: 'yheksasada.23@example.com',
    phone: '+372 5128 6650',
    contactLines: ['www.linkedin.example.com/in/yheksasada23 (LinkedIn)'],
    tagline: 'Võtmekliendihaldur | Telekom ja IT-lahendused suurettevõtetele',
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
      'Kolisin Harkivist Tallinna 2013. aastal ja olen sellest ajast telekomis. Minu vastutusel on 18 ettevõtet, ' +
        'kellel on kontorid ja kauplused üle Eesti – pangad, jaeketid ja logistikafirmad. Nende side- ja ' +
        'IT-teenuste arved on kokku ca 4,4 mln € aastas. Lepingud kinnitavad klientide IT-direktorid, kellega kohtun ' +
        'regulaarselt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Võtmekliendihaldur', 'Baltiside AS', '2021-06', null, true, 'juuni 2021 - Praegu (5 aastat 6 kuud)'),
        lines: [
          'Baltiside AS',
          '8 aastat 2 kuud',
          'Võtmekliendihaldur',
          'juuni 2021 - Praegu (5 aastat 6 kuud)',
          'Tallinn, Harjumaa, Eesti',
          'Suurkliendid: andmeside, mobiil, pilvelahendused, turvateenused.',
        ],
      },
      {
        ...job(
          'Ärikliendihaldur',
          'Baltiside AS',
          '2018-10',
          '2021-05',
          true,
          'oktoober 2018 - mai 2021 (2 aastat 8 kuud)',
        ),
        lines: [
          'Ärikliendihaldur',
          'oktoober 2018 - mai 2021 (2 aastat 8 kuud)',
          'Tallinn, Eesti',
          'Väike- ja keskmised ettevõtted Harjumaal.',
        ],
      },
      {
        ...job(
          'Müügikonsultant',
          'Mobiilipunkt OÜ',
          '2015-03',
          '2018-09',
          true,
          'märts 2015 - september 2018 (3 aastat 7 kuud)',
        ),
        lines: ['Mobiilipunkt OÜ', 'Müügikonsultant', 'märts 2015 - september 2018 (3 aastat 7 kuud)', 'Tallinn'],
      },
      {
        ...job(
          'Klienditoe operaator',
          'Kõnekeskus Kontakt OÜ',
          '2013-09',
          '2015-02',
          false,
          'september 2013 - veebruar 2015 (1 aasta 6 kuud)',
        ),
        lines: [
          'Kõnekeskus Kontakt OÜ',
          'Klienditoe operaator',
          'september 2013 - veebruar 2015 (1 aasta 6 kuud)',
          'Tallinn',
        ],
      },
    ],
    education: [
      edu(
        'bakalaureusekraad',
        'Harkivi Rahvuslik Raadioelektroonika Ülikool · Bakalaureusekraad, telekommunikatsioon · (2008 - 2012)',
        {
          field: 'telekommunikatsioon',
          institution: 'Harkivi Rahvuslik Raadioelektroonika Ülikool',
          startYear: 2008,
          endYear: 2012,
        },
      ),
    ],
    courses: [],
    certifications: [named('Microsoft 365 Fundamentals')],
    languages: [
      lang('uk', 'native', 'Ukraina keel (Emakeel või kakskeelne)'),
      lang('ru', 'native', 'Vene keel (Emakeel või kakskeelne)'),
      lang('et', 'C1', 'Eesti keel (Täielik tööalane keeleoskus)'),
      lang('en', 'B2', 'Inglise keel (Tööalane keeleoskus)'),
    ],
    skills: ['Key Account Management', 'Lahendusmüük', 'Kliendisuhted'],
    clientBase: { activeAccounts: 18, annualRevenueEur: 4_400_000, segment: 'national', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'et-h15-24-fulfilment-klienditeenindusest-kliendihalduriks',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksasada Kakskümmend Neli',
    email: 'yheksasada.24@example.org',
    phone: '+372 5018 3345',
    contactLines: ['Saue, Harjumaa'],
    headings: { profile: 'Profiil', work: 'Töö', education: 'Õpingud', languages: 'Keeled', skills: 'Tugevused' },
    profile: [
      'E-kaubanduse logistika kliendihaldur. Minu töö on, et klientide e-poodide tellimused jõuaksid lattu ja sealt ' +
        'ostjani: kokku ligi 1,5 mln saadetist aastas, ladu 12 000 m², 40-liikmeline laomeeskond.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendihaldur',
        'Pakiladu Fulfilment OÜ',
        '2022-02',
        null,
        true,
        '02/2022 – nüüd',
        [
          'uute e-poodide liitmine ja hinnapakkumised',
          'lisateenuste (tagastuste käsitlus, komplekteerimine, kinkepakend) pakkumine olemasolevatele klientidele',
          'igakuised ülevaatused klientidega',
          'lapsehoolduspuhkusel 04/2023 – 01/2024',
        ],
        'Saue',
      ),
      job(
        'Klienditeeninduse meeskonnajuht',
        'Pakiladu Fulfilment OÜ',
        '2019-05',
        '2022-01',
        false,
        '05/2019 – 01/2022',
        ['kuueliikmelise tiimi vahetuste planeerimine', 'koostöö laoga erijuhtumite lahendamisel'],
        'Saue',
      ),
      job(
        'Klienditeenindaja',
        'Veebikaubamaja OÜ',
        '2016-09',
        '2019-04',
        false,
        '09/2016 – 04/2019',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, äriettevõtluse korraldus, rakenduskõrgharidus, 2012–2016',
        {
          field: 'äriettevõtluse korraldus',
          institution: 'Eesti Ettevõtluskõrgkool Mainor',
          startYear: 2012,
          endYear: 2016,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'C1', 'Inglise keel – C1'),
      lang('ru', 'B2', 'Vene keel – B2'),
      lang('fi', 'B1', 'Soome keel – B1'),
    ],
    skills: ['Probleemide lahendamine ja pingetaluvus', 'Kliendikesksus', 'Excel (Power Query), Shopify, WMS'],
    clientBase: null,
    competencies: ['customer_focus', 'organisation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h15-25-tabel-amet-aeg-firma-metall-norra-kroonid',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Üheksasada Kakskümmend Viis',
    email: 'yheksasada.25@example.net',
    phone: '+372 5227 4810',
    contactLines: ['Pärnu'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      workTable: ['Ametikoht', 'Tööaeg', 'Tööandja'],
      certifications: 'Sertifikaadid',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    profile: [
      'Metallkonstruktsioonide ekspordi müügijuht. Minu kliendid on 16 ehitus- ja masinatööstuse ettevõtet Norras ja ' +
        'Rootsis; 2025. aastal tellisid nad meilt kokku 74 mln NOK ehk ligikaudu 6,3 mln € eest. Tehase kogukäive on ' +
        '38 mln €. Lepingud allkirjastavad klientide ostujuhid ja tehnilised direktorid.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'period', 'employer'],
    jobs: [
      job('Ekspordi müügijuht', 'Pärnu Metallitööstus AS', '2020-03', null, true, '2020 märts – praegu', [
        'pakkumised ja läbirääkimised Norra ja Rootsi klientidega',
        'tootmise planeerimine koos tehase tootmisjuhiga',
        'messid: Oslo, Göteborg',
      ]),
      job('Projektijuht', 'Pärnu Metallitööstus AS', '2015', '2020-02', false, '2015 – 2020 veebruar', [
        'tellimuste tehniline ettevalmistus, tarnegraafikud ja paigaldus objektil',
      ]),
      job('Konstruktor', 'Insenerbüroo Tugi OÜ', '2011', '2015', false, '2011 – 2015'),
      job('Keevitaja', 'Stavanger Stål AS', '2008', '2010', false, 'suved 2008–2010 (Norra)'),
    ],
    education: [
      edu(
        'bakalaureusekraad',
        'Tallinna Tehnikaülikool, tootearendus ja tootmistehnika, bakalaureusekraad (2007–2011)',
        {
          field: 'tootearendus ja tootmistehnika',
          institution: 'Tallinna Tehnikaülikool',
          startYear: 2007,
          endYear: 2011,
        },
      ),
    ],
    courses: [],
    certifications: [named('IWS – International Welding Specialist', 'IWS – International Welding Specialist (2017)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('no', 'B1', 'norra – B1'),
      lang('sv', 'A2', 'rootsi – A2'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Läbirääkimisoskus', 'Tehniline müük', 'SolidWorks, Tekla Structures', 'Excel'],
    closing: [{ kind: 'paragraph', text: 'EN ISO 9606-1 keevitaja sertifikaat – aegunud 2012.' }],
    clientBase: { activeAccounts: 16, annualRevenueEur: 6_300_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'sales'],
  },
  {
    id: 'et-h15-26-kaitsevaest-kutusekaardid-uued-kliendid',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksasada Kakskümmend Kuus',
    email: 'yheksasada.26@example.com',
    phone: '+372 5384 0092',
    contactLines: ['Tapa, Lääne-Virumaa'],
    headings: {
      profile: 'Lühidalt minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Pärast 11 aastat elukutselise kaitseväelasena vahetasin vormi müügitöö vastu. Müün kütusekaarte ja ' +
        'tanklateenuseid transpordi- ja ehitusettevõtetele Virumaal ja Järvamaal. Minu töö on uute klientide ' +
        'leidmine; sõlmitud lepingud antakse edasi kliendihalduritele.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügiesindaja',
        'Virukütus AS',
        '2024-03',
        null,
        true,
        'alates 1. märtsist 2024',
        [
          'külmkõned ja kohtumised ettevõtete juhtidega',
          '2025: 38 uut kütusekaardilepingut (eesmärk 40)',
          'müügimeeskonnas on 5 inimest',
        ],
        'Rakvere',
      ),
      job(
        'Jaoülem',
        'Kaitsevägi',
        '2012-08',
        '2024-02',
        false,
        '08.2012 – 02.2024',
        ['elukutseline kaitseväelane, auaste nooremveebel', 'ajateenijate väljaõpe ja varustuse arvestus'],
        'Tapa',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Ajateenistus: 07.2010 – 06.2011, Kaitsevägi, Tapa' }],
    education: [
      edu('keskharidus', 'Tapa Gümnaasium, keskharidus, 2010', { institution: 'Tapa Gümnaasium', endYear: 2010 }),
    ],
    courses: [
      named('Allohvitseri põhikursus', 'Allohvitseri põhikursus, Kaitseväe Akadeemia (2013)'),
      named('B2B müügi alused', 'B2B müügi alused, Virukütuse sisekoolitus (2024)'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'B2', 'inglise keel – B2'),
      lang('ru', 'A2', 'vene keel – A2'),
    ],
    skills: ['Pingekindel ja distsiplineeritud', 'Meeskonnatöö', 'Juhiload B, C'],
    clientBase: null,
    competencies: ['stress_resistance', 'teamwork'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The twenty-seventh held-out set's Estonian CVs: careers where selling is mixed with other work, so that the
 * question "which of these jobs were sales jobs?" has to be answered job by job – founders and franchisees who
 * sell for their own firm, managers who keep accounts of their own, engineers, product people and consultants
 * with sales duties, hotel, catering and event sellers, agency client leads, customer-experience, sales-support and
 * inside-sales steps, buyers who moved to selling, and people who left sales for something else and came back.
 */
export const HELD_OUT_27_ET: CvSource[] = [
  {
    id: 'et-h27-01-canva-asutaja-prototuupimine-arendusjuht-automaatika',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Sajand Üks',
    email: 'sajand2701.proto@example.com',
    phone: '+372 5612 4083',
    contactLines: ['Tallinn, Kristiine', 'linkedin.example.com/in/sajand2701'],
    tagline: 'ÄRIARENDUSJUHT · TÖÖSTUSAUTOMAATIKA',
    headings: {
      contact: 'KONTAKT',
      profile: 'PROFIIL',
      work: 'KOGEMUS',
      education: 'HARIDUS',
      courses: 'KOOLITUSED',
      skills: 'OSKUSED',
      languages: 'KEELED',
    },
    profile: [
      'Mehaanikainsener, kes on viimased kümme aastat rohkem müünud kui joonestanud. 2016. aastal asutasin koos ' +
        'kursusevennaga prototüüpimise stuudio, kus kogu müük ja kliendisuhted olid minu vastutusel; 2024. aastal ' +
        'müüsime oma osaluse ja läksin automaatikaettevõttesse äriarendusjuhiks. Praegu on minu hallata 28 ' +
        'tootmisettevõtet Eestis ja Soomes, kelle tellimused robotrakkudele ja liinide automatiseerimisele olid ' +
        '2025. aastal kokku 1,6 mln €. Lahendused lepin kokku tootmisjuhtide ja tehniliste direktoritega, kes ' +
        'investeeringu üle otsustavad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Äriarendusjuht',
        'Robotiks Automation OÜ',
        '2024-05',
        null,
        true,
        '05/2024 – praegu',
        [
          'uute tootmisklientide leidmine Eestis ja Soomes, tehasekülastused ja vajaduste kaardistus',
          'pakkumised koos projekteerijatega ning lepingute läbirääkimised',
          'messid: Alihankinta Tampere 2024 ja 2025',
          'ettevõtte käive 2025: 11 mln €',
        ],
        'Tallinn',
      ),
      job(
        'Kaasasutaja ja juhatuse liige',
        'Protokoda OÜ',
        '2016-03',
        '2024-04',
        true,
        '03/2016 – 04/2024',
        [
          'stuudio loomine kahe asutajaga, 2023. aastaks 9 töötajat',
          'kogu müük ise: tootmis- ja disainifirmad, ülikoolid; 2023. aastal 60 aktiivset klienti',
          'hinnapakkumised, lepingud ja arveldus; tootmist juhtis teine asutaja',
          'osaluse müük 2024. aastal Nordfab Groupile',
        ],
        'Tallinn',
      ),
      job(
        'Konstruktor',
        'Tallinna Masinatehas AS',
        '2012-08',
        '2016-02',
        false,
        '08/2012 – 02/2016',
        ['seadmete ja metallkonstruktsioonide projekteerimine SolidWorksis', 'tootmise tehniline tugi'],
        'Tallinn',
      ),
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool, tootearendus ja robootika, magistrikraad, 2010–2012', {
        field: 'tootearendus ja robootika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bakalaureus', 'Tallinna Tehnikaülikool, mehaanikatehnika, bakalaureus, 2007–2010', {
        field: 'mehaanikatehnika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Müügiprotsess tööstusettevõttes', 'Müügiprotsess tööstusettevõttes, Äripäeva Akadeemia, 2024')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'B2', 'soome – B2'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Tehniline müük', 'Läbirääkimisoskus', 'Ettevõtlikkus', 'SolidWorks, Pipedrive, Excel'],
    clientBase: { activeAccounts: 28, annualRevenueEur: 1_600_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'relationship_building', 'sales'],
  },
  {
    id: 'et-h27-02-word-puhastusteenuse-frantsiisivotja-tartu',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sajand Kaks',
    email: 'k2702.puhastus@example.org',
    phone: '+372 5347 2291',
    contactLines: ['Tartu, Tähtvere', 'Sünniaasta 1984'],
    tagline: 'Frantsiisivõtja ja müügijuht – ärikliendi puhastusteenused',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen seitse aastat vedanud oma puhastusfirmat rahvusvahelise frantsiisi all. Frantsiisiandja annab ' +
        'kaubamärgi, süsteemid ja koolituse, kuid kliendid leian ja lepingud sõlmin ise: teen objektidel ' +
        'ülevaatused, arvutan hinnad ja pean läbirääkimised. 2025. aastal oli meil 52 lepingulist klienti Tartus ' +
        'ja Tartumaal – kontorid, kauplused, lasteaiad ja korteriühistud – ning ettevõtte käive oli 610 000 €. ' +
        'Lepingud allkirjastavad firmade juhid ja ühistute esimehed. Otsin nüüd võimalust keskenduda ainult ' +
        'müügile ja kliendihaldusele suuremas ettevõttes.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Juhatuse liige / frantsiisivõtja',
          'Tähtvere Puhastus OÜ',
          '2019-09',
          null,
          true,
          'september 2019 – praegu',
        ),
        lines: [
          'Juhatuse liige / frantsiisivõtja — Tähtvere Puhastus OÜ (Puhasleht frantsiis), Tartu',
          'september 2019 – praegu',
        ],
        bullets: [
          'klientide leidmine, objektide ülevaatus, hinnapakkumised ja lepingud',
          '16 puhastusteenindaja töögraafikud ja juhendamine',
          'frantsiisitasu 6% käibest ja kvartaliaruanded frantsiisiandjale',
          'uusi lepinguid 2025. aastal: 14',
        ],
      },
      {
        ...job('Müügiesindaja', 'Hygiteks AS', '2013-04', '2019-08', true, 'aprill 2013 – august 2019'),
        lines: ['Müügiesindaja — Hygiteks AS, Tartu', 'aprill 2013 – august 2019'],
        bullets: [
          'puhastusainete, paberi- ja hügieenitoodete müük Lõuna-Eesti ettevõtetele ja asutustele',
          'ca 120 püsiklienti, aastamüük ligi 800 000 €',
        ],
      },
      {
        ...job('Koristustööde juht', 'Hotell Emajõe OÜ', '2008-05', '2013-03', false, 'mai 2008 – märts 2013'),
        lines: ['Koristustööde juht — Hotell Emajõe OÜ, Tartu', 'mai 2008 – märts 2013'],
        bullets: ['toateenijate meeskond (11 inimest), puhastuse kvaliteedi kontroll ja inventar'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, ettevõtluse korraldus, rakenduskõrgharidus, 2004–2008',
        {
          field: 'ettevõtluse korraldus',
          institution: 'Eesti Ettevõtluskõrgkool Mainor',
          startYear: 2004,
          endYear: 2008,
        },
      ),
    ],
    courses: [
      named('Frantsiisivõtja baaskoolitus', 'Frantsiisivõtja baaskoolitus (Puhasleht, Helsingi), 2019'),
      named('Hinnastamine teenusettevõttes', 'Hinnastamine teenusettevõttes, 2022'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B1', 'inglise – kesktase'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Läbirääkimised', 'Eelarvestamine ja hinnastamine', 'Pingetaluvus', 'Merit Aktiva, Excel'],
    closing: [{ kind: 'paragraph', text: 'Juhiluba B, oma auto.' }],
    clientBase: { activeAccounts: 52, annualRevenueEur: 610_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'et-h27-03-tekst-tabel-jaeketi-ostujuhist-lemmikloomatoidu-vkj',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Sajand Kolm',
    email: 'sajand.kolm.2703@example.net',
    phone: '5560 1874',
    contactLines: ['Harku vald, Harjumaa'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      workTable: ['Aeg', 'Ametikoht', 'Ettevõte'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Kaheksa aastat olin teisel pool lauda – ostsin jaeketile kodukaupu ja lemmikloomatooteid. 2021. aastast ' +
        'müün ise: olen lemmikloomatoidu tootja võtmekliendijuht. Minu vastutada on 6 üleriigilist jaeketti ja 2 ' +
        'hulgimüüjat, kokku 8 klienti; 2025. aastal ostsid nad meilt kaupa 4,3 mln € eest. Aastalepingud, ' +
        'kampaaniad ja riiulipinna lepin kokku kettide kategooriajuhtidega, kes sortimendi üle otsustavad. Tean, ' +
        'kuidas ostja mõtleb, ja see on minu suurim eelis.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Võtmekliendijuht', 'Karvane Sõber AS', '2021-01', null, true, '01.2021 – praegu', [
        'aastalepingute ja hinnakirjade läbirääkimised jaekettidega',
        'kampaaniaplaanid ja promotsioonid koos turundusega',
        'müügiprognoosid tootmisele ja laole',
        'tootja käive Baltikumis 2025: 17 mln €',
      ]),
      job(
        'Ostujuht (kodukaubad ja lemmikloomatooted)',
        'Kodumarket AS',
        '2015-03',
        '2020-12',
        false,
        '03.2015 – 12.2020',
        ['tarnijate valik ja aastalepingud, ostueelarve 12 mln € aastas', 'kolme ostuspetsialisti juhendamine'],
      ),
      job('Ostuspetsialist', 'Kodumarket AS', '2012-08', '2015-02', false, '08.2012 – 02.2015'),
      job('Müüja', 'Kodumarket AS', '2010', '2012', true, '2010 – 2012 (õpingute ajal)'),
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, rahvusvaheline ärikorraldus, bakalaureusekraad, 2009–2012', {
        field: 'rahvusvaheline ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [named('Kategooriajuhtimine', 'Kategooriajuhtimine (ECR Baltic), 2018')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüüsivõime (Excel, Power BI, müügiandmed)', 'Meeskonnatöö'],
    clientBase: { activeAccounts: 8, annualRevenueEur: 4_300_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation', 'teamwork'],
  },
  {
    id: 'et-h27-04-pdf-moisahotelli-muugi-ja-urituste-juht-viru',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sajand Neli',
    email: 'neli.sajand2704@example.com',
    phone: '+372 5823 4410',
    contactLines: ['Rakvere', 'Sündinud 1989'],
    tagline: 'Müügi- ja ürituste juht, majutus ja konverentsid',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Töötan mõisahotellis, kus müük ja ürituste korraldus on ühe inimese töö: leian ettevõtted, kes tulevad ' +
        'meile suvepäevi, konverentse ja jõulupidusid pidama, teen pakkumise, sõlmin lepingu ja olen ürituse ' +
        'päeval ise kohal. 2025. aastal korraldas meil vähemalt ühe ürituse umbes 90 ettevõtet üle Eesti ning ' +
        'minu müüdud grupimajutuse, toitlustuse ja ruumide rendi arvele tuli 740 000 €. Varem olen töötanud ' +
        'vastuvõtus ja ürituste koordinaatorina, nii et tean hotelli tööd seestpoolt.',
    ],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Töötamise aeg',
      title: 'Amet',
      employer: 'Tööandja ja asukoht',
      duties: 'Tööülesanded ja tulemused',
    },
    jobs: [
      job(
        'Müügi- ja ürituste juht',
        'Kalmeoja Mõis OÜ',
        '2019-02',
        null,
        true,
        '02.2019 – hetkeni',
        [
          'ettevõtete ja agentuuride päringud, pakkumised ja lepingud',
          'uute klientide leidmine messidel ja otsekontaktide kaudu, koostöö Visit Virumaaga',
          'ürituste korraldamine koos köögi ja teenindusega',
          'hotelli käive 2025. aastal 2,1 mln €, 64 tuba',
        ],
        'Lääne-Virumaa',
      ),
      job(
        'Ürituste koordinaator',
        'Rakvere Spaahotell AS',
        '2015-05',
        '2019-01',
        false,
        '05.2015 – 01.2019',
        ['konverentside ja pulmade läbiviimine müügiosakonna kokkulepete järgi', 'ruumide ettevalmistus ja tehnika'],
        'Rakvere',
      ),
      job(
        'Vastuvõtuadministraator',
        'Rakvere Spaahotell AS',
        '2012-06',
        '2015-04',
        false,
        '06.2012 – 04.2015',
        ['külaliste registreerimine, broneeringud ja arveldus'],
        'Rakvere',
      ),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Hotelli- ja Turismikõrgkool, hotellimajandus, rakenduskõrgharidus, 2008–2012', {
        field: 'hotellimajandus',
        institution: 'Eesti Hotelli- ja Turismikõrgkool',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [
      named('Müük hotellinduses', 'Müük hotellinduses – Revenue Academy, 2021'),
      named('Ürituste korraldamise turvalisus', 'Ürituste korraldamise turvalisus, Päästeamet, 2022'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – väga hea'),
      lang('fi', 'B2', 'soome – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Planeerimine ja organiseerimine', 'Suhtlemisoskus', 'Pingetaluvus', 'Opera PMS, Excel'],
    closing: [{ kind: 'paragraph', text: 'Vabal ajal laulan Rakvere kammerkooris.' }],
    clientBase: { activeAccounts: 90, annualRevenueEur: 740_000, segment: 'national' },
    competencies: ['communication', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h27-05-word-restoranitarkvara-kliendikogemusest-kliendihalduriks',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Sajand Viis',
    email: 'k2705.resto@example.com',
    phone: '+372 5190 3367',
    contactLines: ['Tallinn', 'linkedin.example.com/in/k2705'],
    tagline: 'Kliendihaldur · restoranitarkvara',
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Alustasin restoranitarkvara firmas kliendikogemuse poolel: juurutasin süsteemi ja hoidsin kliente rahul, ' +
        'aga müügieesmärki mul ei olnud. 2023. aastast olen kliendihaldur ja vastutan lepingute pikenduste ning ' +
        'lisamoodulite müügi eest. Minu portfellis on 140 restorani ja kohvikut Eestis ja Lätis, kelle aastane ' +
        'lepinguline tulu on 520 000 €. Uued moodulid ja hinnamuudatused lepin kokku omanikega, kes otsustavad ise.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Kliendihaldur',
        'Lauaplaan OÜ',
        '2023-03',
        null,
        true,
        'märtsist 2023 praeguseni',
        [
          '140 restorani- ja kohvikukliendi lepingud Eestis ja Lätis',
          'pikendused, hinnamuudatused ja lisamoodulite (laoarvestus, lauabroneering) müük',
          'kvartaalsed kohtumised suuremate klientidega',
          'klientide lahkumine 2025. aastal 4%',
        ],
        'Tallinn',
      ),
      job(
        'Kliendikogemuse juht',
        'Lauaplaan OÜ',
        '2020-08',
        '2023-02',
        false,
        '08.2020–02.2023',
        [
          'uute klientide juurutus ja personali koolitus',
          'kliendirahulolu küsitlused ja NPS',
          'tagasiside müüjatele ja tootearendusele',
        ],
        'Tallinn',
      ),
      job(
        'Vahetuse juht',
        'Burgerikoda OÜ',
        '2016-05',
        '2020-07',
        false,
        '05.2016–07.2020',
        ['vahetuse meeskond kuni 8 inimest, kassa ja laoarvestus'],
        'Tallinn',
      ),
      job(
        'Ettekandja',
        'Kohvik Mandel OÜ',
        '2014',
        '2016',
        false,
        '2014–2016 (õpingute kõrvalt)',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu('ba', 'Tallinna Ülikool, sotsioloogia, BA, 2013–2016', {
        field: 'sotsioloogia',
        institution: 'Tallinna Ülikool',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [named('Customer Success Management', 'Customer Success Management – veebikursus, 2021')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('lv', 'A2', 'läti – A2'),
    ],
    skills: ['Kliendikesksus', 'Proaktiivne', 'HubSpot, Intercom, Excel'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 520_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'initiative'],
  },
  {
    id: 'et-h27-06-tekst-kontorimoobel-sisekujundajaks-ja-tagasi-muuki',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Sajand Kuus',
    email: 'sajand2706@example.org',
    phone: '+372 5098 7724',
    contactLines: ['Tallinn, Kalamaja'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täiendõpe',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müüsin kontorimööblit kuus aastat, siis õppisin sisekujundust ja kujundasin kontoreid ja kodusid teise ' +
        'firma heaks. 2022. aastal tulin müüki tagasi – projektimüügi juhina ühendan mõlemad: saan arhitekti ' +
        'joonisest aru ja oskan pakkumise kokku panna. Praegu on mul raamlepingud ja pooleliolevad projektid 25 ' +
        'ettevõttega Tallinnas ja Harjumaal; 2025. aastal müüsin neile mööblit ja akustikalahendusi 1,2 mln € ' +
        'eest. Lepingud sõlmin firmade juhtidega, kes otsustavad.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Projektimüügi juht',
        'Kontorimaailm Interjöör OÜ',
        '2022-04',
        null,
        true,
        '04/2022 – jätkub',
        [
          'Kontorite sisustusprojektid 200–3000 m²',
          'Koostöö arhitektidega, joonised ja pakkumised',
          'Tarnete ja paigalduse jälgimine',
        ],
        'Tallinn',
      ),
      job(
        'Sisekujundaja',
        'Ruumilabor OÜ',
        '2017-09',
        '2022-03',
        false,
        '09/2017 – 03/2022',
        ['Kontorite ja eramute sisekujundusprojektid', 'Projektide juhtimine koos ehitusfirmadega'],
        'Tallinn',
      ),
      job(
        'Müügikonsultant',
        'Mööblikoda AS',
        '2011-03',
        '2017-08',
        true,
        '03/2011 – 08/2017',
        ['Kontorimööbli müük ettevõtetele ja asutustele', 'Portfellis 70 ettevõtet, aastamüük umbes 600 000 €'],
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, ärikorraldus, bakalaureusekraad, 2007–2010', {
        field: 'ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Sisekujunduse täiendõpe', 'Sisekujunduse täiendõpe (1 aasta), Eesti Kunstiakadeemia, 2016–2017'),
      named('AutoCAD ja SketchUp', 'AutoCAD ja SketchUp, 2016'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
    ],
    skills: ['Projektimüük', 'Loov', 'Kliendikesksus', 'AutoCAD, SketchUp, Pipedrive'],
    clientBase: { activeAccounts: 25, annualRevenueEur: 1_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'innovation'],
  },
  {
    id: 'et-h27-07-pdf-tabel-pangakontori-juhatajast-faktooringu-kliendijuht-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Sajand Seitse',
    email: 'k2707.faktooring@example.net',
    phone: '+372 5402 6615',
    contactLines: ['Tartu', 'Sündinud 1981'],
    tagline: 'Kliendisuhete juht – faktooring ja käibekapital',
    headings: {
      profile: 'Lühitutvustus',
      work: 'Töökogemus',
      workTable: ['Periood', 'Ametikoht', 'Tööandja'],
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeleoskus',
      skills: 'Isikuomadused',
    },
    profile: [
      'Pangatöös 19 aastat, neist üle kümne aasta väikeettevõtete klientidega. Viimased neli aastat olen ' +
        'faktooringuettevõtte kliendisuhete juht Lõuna-Eestis: minu hallata on 75 ettevõtet Tartu-, Põlva- ja ' +
        'Võrumaal – puidutööstused, hulgimüüjad ja transpordifirmad. Nende arvete rahastamisest teenisime 2025. ' +
        'aastal intressi- ja teenustasutulu 1,1 mln € (rahastatud arvete maht oli ligi 40 mln €). Lepingud sõlmin ' +
        'omanike ja finantsjuhtidega, kes otsustavad.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Kliendisuhete juht', 'Arvekiirendi AS', '2022-11', null, true, '11.2022 – praegu', [
        '75 ettevõtte faktooringu- ja käibelaenulepingud',
        'uute klientide leidmine, sh raamatupidamisbüroode soovituste kaudu',
        'limiitide ülevaatus ja taotluste esitamine krediidikomiteele',
        'portfelli krediidikahjum 2025: 0,2%',
      ]),
      job('Kontori juhataja', 'Lõunapank AS', '2016-05', '2022-10', true, '05.2016 – 10.2022', [
        '6-liikmelise kontori juhtimine, müügieesmärgid ja töögraafikud',
        'lisaks oma portfell: 60 väikeettevõtet (laenud, liisingud, arvelduskrediidid)',
        'kontori laenuportfell 2022. aastal 48 mln €',
      ]),
      job('Väikeettevõtete kliendihaldur', 'Lõunapank AS', '2011-03', '2016-04', true, '03.2011 – 04.2016', [
        'ca 110 väikeettevõtte laenu- ja arveldusteenused',
      ]),
      job('Klienditeenindaja', 'Lõunapank AS', '2007-08', '2011-02', false, '08.2007 – 02.2011'),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, rahandus ja arvestus, magistrikraad, 2005–2007', {
        field: 'rahandus ja arvestus',
        institution: 'Tartu Ülikool',
        startYear: 2005,
        endYear: 2007,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, majandusteadus, bakalaureusekraad, 2002–2005', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2002,
        endYear: 2005,
      }),
    ],
    courses: [],
    certifications: [named('European Financial Advisor (EFA)', 'European Financial Advisor (EFA), EFPA Eesti, 2014')],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('ru', 'B2', 'Vene keel – B2'),
      lang('en', 'B2', 'Inglise keel – B2'),
    ],
    skills: ['Finantsanalüüs', 'Analüütiline', 'Kehtestav', 'Usaldusväärne'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'Juhiluba B. Soovitajad esitan soovi korral.' },
    ],
    clientBase: { activeAccounts: 75, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'financial_analysis', 'tact_assertiveness'],
  },
  {
    id: 'et-h27-08-word-insener-muugijuht-katlatehas-jogeva',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Sajand Kaheksa',
    email: 'k2708.katlad@example.com',
    phone: '+372 5717 0358',
    contactLines: ['Jõgeva', 'Sündinud 1979'],
    tagline: 'Insener-müügijuht · biokütuse- ja tööstuskatlad',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Soojusenergeetika insener, kes on 2017. aastast ühtlasi müügijuht. Väikeses katlatehases ei saa müüki ja ' +
        'inseneritööd lahutada: käin objektil, arvutan võimsuse, koostan tehnilise lahenduse ja hinnapakkumise ' +
        'ning pean läbirääkimised lõpuni. Minu kliendid on umbes 40 tööstus- ja põllumajandusettevõtet ning ' +
        'soojusettevõtet üle Eesti; 2025. aastal müüsin katlamaju ja rekonstrueerimisprojekte kokku 2,3 mln € ' +
        'eest. Investeeringu otsustavad tehnilised juhid ja omanikud, kellega suhtlen otse.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Insener-müügijuht',
        'Jõgeva Katlatehas AS',
        '2017-01',
        null,
        true,
        '2017 jaanuar – tänaseni',
        [
          'objektide ülevaatus, soojusvajaduse arvutused ja tehnilised lahendused',
          'hinnapakkumised, lepingud ja riigihangete dokumendid',
          'paigalduse ja kasutuselevõtu tehniline järelevalve',
          'tehase toodang 2025. aastal 46 katelt, käive 8,5 mln €',
        ],
        'Jõgeva',
      ),
      job(
        'Hooldusinsener',
        'Jõgeva Katlatehas AS',
        '2012-05',
        '2016-12',
        false,
        '2012 mai – 2016 detsember',
        [
          'katlamajade hooldus ja remont üle Eesti, hooldelepingute tehniline pool',
          'noorte hooldustehnikute juhendamine',
        ],
        'Jõgeva',
      ),
      job(
        'Soojustehnika insener',
        'Emajõe Soojus AS',
        '2004-09',
        '2012-04',
        false,
        '2004 september – 2012 aprill',
        ['katlamajade ja soojustrasside käit, tootmisaruanded'],
        'Tartu',
      ),
    ],
    education: [
      edu('kõrgharidus', 'Tallinna Tehnikaülikool, soojusenergeetika, insenerikraad (kõrgharidus), 1997–2002', {
        field: 'soojusenergeetika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 1997,
        endYear: 2002,
      }),
    ],
    courses: [named('Riigihanked pakkuja vaatest', 'Riigihanked pakkuja vaatest, Rahandusministeerium, 2020')],
    certifications: [
      named('Soojustehnikainsener, tase 7', 'Soojustehnikainsener, tase 7 (kutsetunnistus, kehtib 2030. aastani)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Tehniline müük', 'Läbirääkimised', 'AutoCAD, Excel, hinnapakkumiste kalkulatsioonid'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'Surveseadmete käitaja atesteering (kehtis 2019. aastani). Juhiluba B, BE.',
      },
    ],
    clientBase: { activeAccounts: 40, annualRevenueEur: 2_300_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'sales'],
  },
  {
    id: 'et-h27-09-tekst-narva-muujast-kaupluse-juhatajaks-ja-arikliendi-muuki',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sajand Üheksa',
    email: 'sajand9.narva2709@example.com',
    phone: '+372 5344 8817',
    contactLines: ['Narva'],
    headings: {
      profile: 'Eesmärk',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: ['Otsin kliendihalduri või müügijuhi tööd Ida-Virumaal või osaliselt kaugtööna.'],
    jobStyle: 'inline',
    jobs: [
      job(
        'Ärikliendi müügijuht',
        'Virutehnika OÜ',
        '2021-09',
        null,
        true,
        '09.2021 - praegu',
        [
          'arvutite, printerite ja kontoritehnika müük ettevõtetele, koolidele ja omavalitsustele',
          'hinnapakkumised ja väikehanked',
          'tarne- ja garantiiküsimused',
        ],
        'Narva',
      ),
      job(
        'Kaupluse juhataja',
        'Digimaailm AS',
        '2015-03',
        '2021-08',
        false,
        '03.2015 - 08.2021',
        ['kaupluse personal (7 inimest), graafikud ja inventuurid', 'kaupluse käive 3 mln € aastas'],
        'Narva',
      ),
      job(
        'Müüja-konsultant',
        'Digimaailm AS',
        '2011-06',
        '2015-02',
        true,
        '06.2011 - 02.2015',
        ['telefonide, arvutite ja tarvikute müük'],
        'Narva',
      ),
      job('Laotöötaja', 'Narva Logistika OÜ', '2009', '2011', false, '2009 - 2011', undefined, 'Narva'),
    ],
    education: [
      edu('kutsekeskharidus', 'Narva Kutseõppekeskus, arvutisüsteemide tehnik, kutsekeskharidus, 2006–2009', {
        field: 'arvutisüsteemide tehnik',
        institution: 'Narva Kutseõppekeskus',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene - emakeel'),
      lang('et', 'B2', 'eesti - B2'),
      lang('en', 'B1', 'inglise - B1'),
    ],
    skills: ['Müügioskus', 'Arvutid ja võrgud', 'Juhiluba B', '1C, Excel'],
    clientBase: null,
    competencies: ['sales'],
  },
  {
    id: 'et-h27-10-pdf-agentuuri-tekstikirjutajast-kliendiuksuse-juhiks',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Sajand Kümme',
    email: 'kymme.k2710@example.org',
    phone: '+372 5285 9031',
    contactLines: ['Tallinn, Kadriorg'],
    tagline: 'Kliendiüksuse juht | loov- ja digiagentuur',
    headings: {
      profile: 'Minust',
      work: 'Kogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Tugevused',
    },
    profile: [
      'Olen 14 aastat töötanud reklaamiagentuurides – alustasin tekstikirjutajana, olin projektijuht ja ' +
        'kliendijuht ning juhin praegu kliendiüksust. Minu meeskonnas on neli kliendijuhti, kelle peale on kokku ' +
        '22 aktiivset klienti. Lisaks juhtimisele vastutan ise kolme suurima kliendi eest (pank, telekomifirma ' +
        'ja toidukett): nende tasud agentuurile olid 2025. aastal kokku 900 000 €; nende meediaeelarved, umbes ' +
        '4 mln €, lähevad otse meediakanalitele. Eelarved ja kampaaniad kinnitavad klientide turundusjuhid, kes ' +
        'otsustavad.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Millal', title: 'Roll', employer: 'Kus', duties: 'Mida tegin' },
    jobs: [
      job('Kliendiüksuse juht', 'Kajakas Loovagentuur OÜ', '2022-01', null, true, 'jaan 2022 – praegu', [
        'nelja kliendijuhi juhtimine ja juhendamine',
        'kolm suurimat klienti isiklikult: aastaplaanid, hinnakokkulepped ja kampaaniate strateegia',
        'uute klientide konkursid: 2025. aastal kuus, neist võitsime neli',
        'agentuuri käive 2025: 3,4 mln €',
      ]),
      job('Kliendijuht', 'Kajakas Loovagentuur OÜ', '2018-03', '2021-12', true, 'märts 2018 – dets 2021', [
        'kaheksa kliendi igapäevane haldus, briifid ja eelarved',
        'lisatööde pakkumised',
      ]),
      job('Projektijuht', 'Reklaamibüroo Punkt OÜ', '2015-02', '2018-02', false, 'veebr 2015 – veebr 2018', [
        'kampaaniate tootmine, tähtajad ja alltöövõtjad',
      ]),
      job('Tekstikirjutaja', 'Reklaamibüroo Punkt OÜ', '2012-06', '2015-01', false, 'juuni 2012 – jaan 2015', [
        'reklaamtekstid, raadioklipid ja veebilehed',
      ]),
    ],
    education: [
      edu('ba', 'Tartu Ülikool, ajakirjandus ja kommunikatsioon, BA, 2009–2012', {
        field: 'ajakirjandus ja kommunikatsioon',
        institution: 'Tartu Ülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [named('Agentuuri finantsjuhtimine', 'Agentuuri finantsjuhtimine, Eesti Reklaamiagentuuride Liit, 2023')],
    certifications: [named('Google Ads Display', 'Google Ads Display (kehtib 2027. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'A2', 'vene – natuke'),
    ],
    skills: ['Loovus', 'Läbirääkimisoskus', 'Juhendamine', 'Keynote, Figma, Excel'],
    clientBase: { activeAccounts: 3, annualRevenueEur: 900_000, decisionMakers: true },
    competencies: ['coaching', 'innovation', 'negotiation'],
  },
  {
    id: 'et-h27-11-word-tabel-laboritarvikud-muugitoest-sisemuugi-kliendihalduriks',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Sajand Üksteist',
    email: 'k2711.labor@example.net',
    phone: '+372 5631 2278',
    contactLines: ['Tartu, Annelinn'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      workTable: ['Ametikoht', 'Tööandja', 'Tööperiood'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen laboritarvikute ja -reaktiivide müügis kaheksa aastat ja alustasin müügitoest. Müügitoe ' +
        'koordinaatorina sisestasin tellimusi ja vormistasin pakkumisi müüjate jaoks; sisemüügi spetsialistina ' +
        'helistasin ise laboritele ja müüsin telefonis; 2022. aastast olen kliendihaldur. Minu kliendid on 85 ' +
        'laborit, kliinikut ja ülikooli üksust üle Eesti ning nende ostud meilt olid 2025. aastal 1,4 mln €. ' +
        'Igapäevaselt suhtlen laborijuhatajate ja ostuspetsialistidega.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job('Kliendihaldur', 'Labtarve Baltic OÜ', '2022-02', null, true, '02.2022 – praegu', [
        '85 kliendi külastused ja aastased hinnakokkulepped',
        'riigihangete pakkumised ülikoolidele ja haiglatele',
        'uute seadmete demod koos tootjate esindajatega',
      ]),
      job('Sisemüügi spetsialist', 'Labtarve Baltic OÜ', '2020-01', '2022-01', true, '01.2020 – 01.2022', [
        'väiksemate laborite müük telefonis ja e-posti teel, tellimused ja lisamüük',
        'kuu müügieesmärk 40 000 €',
      ]),
      job('Müügitoe koordinaator', 'Labtarve Baltic OÜ', '2018-05', '2019-12', false, '05.2018 – 12.2019', [
        'tellimuste sisestus, pakkumiste vormistamine müüjatele ja tarnete jälgimine',
      ]),
      job('Laborant', 'Lõuna-Eesti Laborid AS', '2015-09', '2018-04', false, '09.2015 – 04.2018'),
    ],
    education: [
      edu('bsc', 'Tartu Ülikool, geenitehnoloogia, BSc, 2012–2015', {
        field: 'geenitehnoloogia',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [named('Telefonimüük ja vastuväidete käsitlemine', 'Telefonimüük ja vastuväidete käsitlemine, 2020')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Kliendisuhted', 'Planeerimine', 'Molekulaarbioloogia taust', 'Merit, Excel, Pipedrive'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_400_000, segment: 'national' },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'et-h27-12-tekst-juhtimiskonsultandist-partneriks-tartu-riia',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Sajand Kaksteist',
    email: 'k2712.partner@example.org',
    phone: '+372 5070 4462',
    contactLines: ['Tartu', 'Riia (kaks päeva nädalas)'],
    tagline: 'Partner, juhtimis- ja tootmiskonsultatsioon',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen 15 aastat olnud juhtimiskonsultant. Esimesed kaheksa aastat tegin projekte, mille müüsid teised: ' +
        'analüüsid, protsesside ümberkorraldus, tootmise efektiivsus. 2019. aastast olen partner ja vastutan nii ' +
        'klientide leidmise kui projektide tulemuse eest. Minu kliendid on 14 keskmist ja suurt tootmis- ja ' +
        'logistikaettevõtet Eestis ja Lätis, kelle tellimustest tuli 2025. aastal büroole konsultatsioonitasusid ' +
        '1,1 mln €. Projektid otsustavad ettevõtete juhatused ja nõukogud, kellega suhtlen otse.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Partner', 'Tõhusus Consulting OÜ', '2019-01', null, true, 'jaanuar 2019 – praegu'),
        lines: ['Partner, Tõhusus Consulting OÜ', 'jaanuar 2019 – praegu · Tartu ja Riia'],
        bullets: [
          'uute klientide leidmine, pakkumised ja lepingud',
          'projektijuhtide ja analüütikute juhendamine',
          'Läti büroo avamine 2021. aastal',
        ],
      },
      {
        ...job(
          'Vanemkonsultant',
          'Tõhusus Consulting OÜ',
          '2014-09',
          '2018-12',
          false,
          'september 2014 – detsember 2018',
        ),
        lines: ['Vanemkonsultant, Tõhusus Consulting OÜ', 'september 2014 – detsember 2018 · Tartu'],
        bullets: [
          'tootmis- ja laoprotsesside analüüs, Lean-projektid enam kui 20 ettevõttes',
          'töötubade läbiviimine klientide juures',
        ],
      },
      {
        ...job('Konsultant', 'Nordic Advisory Baltics OÜ', '2011-02', '2014-08', false, 'veebruar 2011 – august 2014'),
        lines: ['Konsultant, Nordic Advisory Baltics OÜ', 'veebruar 2011 – august 2014 · Tallinn'],
      },
      {
        ...job('Doktorant-nooremteadur', 'Tartu Ülikool', '2007', '2011', false, '2007 – 2011'),
        lines: ['Doktorant-nooremteadur, Tartu Ülikool', '2007 – 2011 · Tartu'],
      },
    ],
    education: [
      edu('doktorikraad', 'Tartu Ülikool, majandusteadus, doktorikraad (PhD), 2007–2012', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2007,
        endYear: 2012,
      }),
      edu('magistrikraad', 'Tartu Ülikool, majandusteadus, magistrikraad, 2005–2007', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2005,
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [named('Lean Six Sigma Black Belt', 'Lean Six Sigma Black Belt, 2016')],
    languages: [lang('et', 'native', ''), lang('en', 'C2', ''), lang('ru', 'B2', ''), lang('lv', 'B1', '')],
    languagesText: ['Eesti (emakeel), inglise (C2), vene (B2), läti (B1, õpin edasi).'],
    skills: ['Analüütiline', 'Finantsanalüüs', 'Ettevõtlik', 'Esinemine juhatustele ja nõukogudele'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'CMC (Certified Management Consultant) – taotlus esitatud, hindamine 2027. aasta alguses.',
      },
    ],
    clientBase: { activeAccounts: 14, annualRevenueEur: 1_100_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'entrepreneurship', 'financial_analysis'],
  },
  {
    id: 'et-h27-13-pdf-restoranijuhist-catering-muugijuhiks-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sajand Kolmteist',
    email: 'k2713.catering@example.com',
    phone: '+372 5528 3196',
    contactLines: ['Tallinn, Pirita'],
    tagline: 'Catering-teenuste müügijuht',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen toitlustuses töötanud 17 aastat: kelnerina, vahetuse juhina, restoranijuhina ja 2021. aastast ' +
        'cateringi müügijuhina. Müün ettevõtetele hommikusööke, koosolekute toitlustust ja firmapidusid ning ' +
        'sõlmin püsilepinguid kontorite lõunapakkumiseks. 2025. aastal tellis meilt korduvalt 120 ettevõtet ' +
        'Tallinnas ja Harjumaal, kokku 880 000 € eest. Tellimusi teevad enamasti büroojuhid ja assistendid; ' +
        'suuremate ürituste eelarved kinnitab nende juhtkond.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Catering-teenuste müügijuht',
        'Maitsepunkt Catering OÜ',
        '2021-06',
        null,
        true,
        'juuni 2021 – praegu',
        [
          'päringud, menüüpakkumised ja lepingud',
          'uute ettevõtete leidmine: otsekõned, LinkedIn, messid',
          'püsiklientide lepingud ja hinnakokkulepped',
          'suuremate ürituste ettevalmistus koos köögi ja logistikaga',
        ],
        'Tallinn',
      ),
      job(
        'Restoranijuht',
        'Restoran Laine OÜ',
        '2015-04',
        '2021-05',
        false,
        'aprill 2015 – mai 2021',
        [
          'restorani juhtimine (45 kohta, 18 töötajat), eelarve, tarnijad ja personal',
          'restorani käive 2019. aastal 1,3 mln €',
          '2020. aastal kojuveo ja ettevõtete lõunapakkumise käivitamine',
        ],
        'Tallinn',
      ),
      job(
        'Vahetuse juht',
        'Restoran Laine OÜ',
        '2012-03',
        '2015-03',
        false,
        'märts 2012 – märts 2015',
        undefined,
        'Tallinn',
      ),
      job(
        'Kelner',
        'Hotell Merevaade AS',
        '2009-06',
        '2012-02',
        false,
        'juuni 2009 – veebruar 2012',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Teeninduskool, toitlustusteenindus (tase 4), kutseharidus, 2007–2009', {
        field: 'toitlustusteenindus',
        institution: 'Tallinna Teeninduskool',
        startYear: 2007,
        endYear: 2009,
      }),
    ],
    courses: [named('Toiduhügieen ja HACCP', 'Toiduhügieen ja HACCP, 2022')],
    certifications: [named('Restoranijuht, tase 5', 'Restoranijuht, tase 5 (kutsetunnistus, 2017)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – C1'),
      lang('ru', 'B2', 'vene keel – B2'),
      lang('fi', 'A2', 'soome keel – A2'),
    ],
    skills: ['Kliendikeskne', 'Pingetaluvus', 'Organiseerimisoskus', 'Excel, Pipedrive'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 880_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h27-14-word-veinimuugist-sommeljeeks-oma-baar-ja-tagasi-kliendihalduriks',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Sajand Neliteist',
    email: 'k2714.vein@example.org',
    phone: '+372 5645 7302',
    contactLines: ['Tallinn, Kassisaba', 'Sündinud 1986'],
    tagline: 'Kliendihaldur restoranidele ja hotellidele · vein ja kange alkohol',
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Alustasin veinimüüjana hulgifirmas, läksin siis restorani sommeljeeks ja pidasin neli aastat oma ' +
        'veinibaari. Baari sulgesin 2022. aastal ja tulin tagasi müüki, sest see oli see osa tööst, mis mulle ' +
        'kõige rohkem meeldis. Praegu haldan 65 restorani ja hotelli Tallinnas ja Harjumaal; 2025. aastal ostsid ' +
        'nad meilt veine ja kanget alkoholi kokku 1,05 mln € eest. Veinikaardid ja aastakokkulepped teen ' +
        'omanike ja peasommeljeedega, kes valiku üle otsustavad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendihaldur',
        'Vinoteek Hulgi AS',
        '2022-09',
        null,
        true,
        'september 2022 – praegu',
        [
          'veinikaartide koostamine ja restoranide personali koolitused',
          'aastakokkulepped ja kampaaniad',
          'uute restoranide ja hotellide leidmine',
        ],
        'Tallinn',
      ),
      job(
        'Omanik ja juhataja',
        'Korgitõmbaja OÜ',
        '2018-05',
        '2022-07',
        false,
        'mai 2018 – juuli 2022',
        [
          '30-kohalise veinibaari juhtimine Tallinna vanalinnas',
          'veinivalik, sisseost ja menüü',
          'baar suleti 2022. aasta suvel',
        ],
        'Tallinn',
      ),
      job(
        'Sommeljee',
        'Restoran Kuldne Kala OÜ',
        '2014-03',
        '2018-04',
        false,
        'märts 2014 – aprill 2018',
        ['veinikaart ja veinide sisseost', 'saali personali juhendamine'],
        'Tallinn',
      ),
      job(
        'Müügiesindaja',
        'Vinoteek Hulgi AS',
        '2010-08',
        '2014-02',
        true,
        'august 2010 – veebruar 2014',
        ['veinide müük Tallinna kauplustele ja restoranidele'],
        'Tallinn',
      ),
    ],
    education: [
      edu('keskharidus', 'Tallinna Prantsuse Lütseum, keskharidus, 2005', {
        institution: 'Tallinna Prantsuse Lütseum',
        endYear: 2005,
      }),
    ],
    courses: [],
    certifications: [
      named('WSET Level 3 Award in Wines', 'WSET Level 3 Award in Wines (2016)'),
      named('Sommeljee, tase 5', 'Sommeljee, tase 5 – kutsetunnistus (2017)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fr', 'B1', 'prantsuse – B1'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Kliendisuhted', 'Suhtlemisoskus', 'Veinide ja kange alkoholi tundmine', 'Koolitamine ja esinemine'],
    closing: [
      { kind: 'heading', text: 'Lisaks' },
      { kind: 'paragraph', text: 'WSET Diploma – õpingud pooleli (2. moodul). Juhiluba B.' },
    ],
    clientBase: { activeAccounts: 65, annualRevenueEur: 1_050_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'communication', 'relationship_building'],
  },
  {
    id: 'et-h27-15-tekst-muugiassistendist-hankespetsialistiks-ja-hankemuugi-juhiks',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Sajand Viisteist',
    email: 'sajand2715.hanked@example.net',
    phone: '+372 5376 9140',
    contactLines: ['Pärnu'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen riigihangetega tegelenud kahelt poolt. Ehitusfirma hankespetsialistina korraldasin alltöövõtjate ja ' +
        'materjalide hankeid; 2020. aastast olen liiklusmärkide ja teekatete tootja hankemüügi juht ja võidan ' +
        'hankeid meie poolele. Aastas koostan 60–80 pakkumist omavalitsustele, Transpordiametile ja ' +
        'teeehitusfirmadele; 2025. aastal võitsime hangetest lepinguid kokku 2,6 mln € väärtuses, sh ' +
        'nelja-aastase raamlepingu. Püsiklientide portfelli mul ei ole – iga hange on eraldi konkurss.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job('Hankemüügi juht', 'Teemärk AS', '2020-03', null, true, '03.2020 – praegu', [
        'hankedokumentide analüüs ja pakkumiste koostamine',
        'hinnakalkulatsioonid koos tootmisega',
        'läbirääkimised teeehitusfirmadega alltöövõtulepingute üle',
        'lepingute täitmise jälgimine',
      ]),
      job('Hankespetsialist', 'Pärnu Teedeehitus AS', '2015-01', '2020-02', false, '01.2015 – 02.2020', [
        'alltöövõtjate ja materjalide hangete korraldamine',
        'hankelepingute haldus',
      ]),
      job('Müügiassistent', 'Pärnu Ehituskaubad OÜ', '2011-08', '2014-12', false, '08.2011 – 12.2014', [
        'tellimuste ja arvete sisestamine, pakkumiste vormistamine müüjatele',
      ]),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Pärnu kolledž, ettevõtlus ja projektijuhtimine, rakenduskõrgharidus, 2008–2011',
        {
          field: 'ettevõtlus ja projektijuhtimine',
          institution: 'Tartu Ülikooli Pärnu kolledž',
          startYear: 2008,
          endYear: 2011,
        },
      ),
    ],
    courses: [
      named('Riigihangete seadus praktikas', 'Riigihangete seadus praktikas, 2021'),
      named('E-riigihangete keskkond pakkujale', 'E-riigihangete keskkond pakkujale, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
    ],
    skills: ['Täpsus ja süsteemsus', 'Läbirääkimisoskus', 'Excel (edasijõudnu)', 'Pingetaluvus'],
    clientBase: null,
    competencies: ['negotiation', 'stress_resistance'],
  },
  {
    id: 'et-h27-16-canva-radiograafist-rakendusspetsialistiks-ja-muugiesindajaks',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Sajand Kuusteist',
    email: 'k2716.imaging@example.com',
    phone: '+372 5811 6247',
    contactLines: ['Tartu', 'linkedin.example.com/in/k2716'],
    tagline: 'TOOTESPETSIALIST-MÜÜGIESINDAJA · MEDITSIINILINE PILDINDUS',
    headings: {
      contact: 'KONTAKT',
      profile: 'PROFIIL',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      courses: 'KOOLITUSED',
      skills: 'OSKUSED',
      languages: 'KEELED',
    },
    profile: [
      'Olen radiograaf, kes töötab meditsiiniseadmete müügis. Rakendusspetsialistina koolitasin haiglate ' +
        'personali uute seadmete kasutamisel ja toetasin müüjaid demodel – müügieesmärki ega oma kliente mul ' +
        'siis ei olnud. 2023. aastast olen tootespetsialist-müügiesindaja oma piirkonnaga: 9 haiglat ja 30 ' +
        'erakliinikut Tartu-, Viljandi-, Pärnu- ja Võrumaal. 2025. aastal müüsin seadmeid, tarvikuid ja ' +
        'hoolduslepinguid kokku 1,7 mln € eest. Erakliinikutes otsustab ostu omanik ise, haiglates käivad ostud ' +
        'hangete kaudu.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Tootespetsialist-müügiesindaja',
        'Medivisio Baltic OÜ',
        '2023-04',
        null,
        true,
        '04/2023 – praegu',
        [
          'ultraheli- ja röntgenseadmete müük haiglatele ja erakliinikutele',
          'hangete pakkumised ja hoolduslepingud',
          'seadmete demod ja kasutajakoolitused',
        ],
        'Tartu',
      ),
      job(
        'Rakendusspetsialist',
        'Medivisio Baltic OÜ',
        '2019-09',
        '2023-03',
        false,
        '09/2019 – 03/2023',
        [
          'uute seadmete paigaldus koos inseneridega ja personali koolitus',
          'müüjate toetamine demodel ja hangete tehnilistes vastustes',
        ],
        'Tallinn',
      ),
      job(
        'Radiograaf',
        'Emajõe Tervisekeskus SA',
        '2011-08',
        '2019-08',
        false,
        '08/2011 – 08/2019',
        ['röntgen-, KT- ja MRT-uuringud', 'praktikantide juhendamine'],
        'Tartu',
      ),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tartu Tervishoiu Kõrgkool, radiograafia, rakenduskõrgharidus, 2007–2011', {
        field: 'radiograafia',
        institution: 'Tartu Tervishoiu Kõrgkool',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [named('Meditsiiniseadmete määrus (MDR)', 'Meditsiiniseadmete määrus (MDR), 2021')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti · emakeel'),
      lang('en', 'C1', 'inglise · C1'),
      lang('ru', 'B1', 'vene · B1'),
      lang('de', 'A2', 'saksa · A2'),
    ],
    skills: ['Suhtlemisoskus', 'Analüüsivõime', 'Meeskonnatöö', 'Kliiniline taust'],
    clientBase: { activeAccounts: 39, annualRevenueEur: 1_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'communication', 'teamwork'],
  },
  {
    id: 'et-h27-17-word-tabel-burgerifrantsiisist-frantsiisivorgu-arendusjuhiks',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Sajand Seitseteist',
    email: 'k2717.frantsiis@example.com',
    phone: '+372 5903 2185',
    contactLines: ['Tallinn'],
    tagline: 'Frantsiisivõrgu arendusjuht',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Kuus aastat pidasin ise burgerirestorane frantsiisi alusel, viimased viis aastat olen olnud teisel pool: ' +
        'frantsiisiandja juures müün uutele ettevõtjatele frantsiisilepinguid ja hoian suhteid olemasolevatega. ' +
        'Minu vastutada on 18 frantsiisivõtjat Eestis, Lätis ja Leedus, kes on oma ettevõtete omanikud ja ' +
        'teevad otsused ise. 2025. aastal maksid nad meile frantsiisi- ja turundustasusid kokku 540 000 €. Kogu ' +
        'võrgu restoranide müük oli 14 mln €.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Frantsiisivõrgu arendusjuht', 'Grillmeister Baltic OÜ', '2021-02', null, true, '02/2021 – praegu', [
        'uute frantsiisivõtjate leidmine ja lepingud (2025. aastal 4 uut restorani)',
        'frantsiisivõtjate äriülevaated ja arengukavad',
        'frantsiisitasude ja turundusfondi arveldus',
        'koostöö kinnisvaraarendajatega uute asukohtade leidmisel',
      ]),
      job('Juhataja', 'Grillikoda Ülemiste OÜ', '2015-03', '2021-01', false, '03/2015 – 01/2021', [
        'kahe Grillmeistri restorani juhtimine frantsiisi alusel, 34 töötajat',
        'restoranide käive 2019. aastal 2,2 mln €',
      ]),
      job('Restorani juhataja asetäitja', 'Kiirtoit Eesti AS', '2011', '2015', false, '2011 – 2015'),
      job('Teenindaja', 'Kiirtoit Eesti AS', '2008', '2011', false, '2008 – 2011'),
    ],
    education: [
      edu('bba', 'Estonian Business School, ärijuhtimine, BBA, 2008–2012', {
        field: 'ärijuhtimine',
        institution: 'Estonian Business School',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [
      named('Frantsiisijuhtimine', 'Frantsiisijuhtimine, Eesti Frantsiisiühing, 2022'),
      named('Läbirääkimised ettevõtjatega', 'Läbirääkimised ettevõtjatega, 2021'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('lv', 'A2', 'läti – A2'),
    ],
    skills: ['Ärivaist', 'Kliendisuhted', 'Koolitamine', 'Power BI, Excel'],
    clientBase: { activeAccounts: 18, annualRevenueEur: 540_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'relationship_building'],
  },
  {
    id: 'et-h27-18-tekst-teraviljaostjast-taimekasvatuse-muugikonsultandiks-jogevamaa',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sajand Kaheksateist',
    email: 'k2718.agro@example.net',
    phone: '+372 5262 0479',
    contactLines: ['Põltsamaa, Jõgevamaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen maal üles kasvanud ja põllumeestega tööd teinud 14 aastat. Esimesed aastad ostsin neilt teravilja, ' +
        'nüüd müün neile väetisi, seemneid ja taimekaitsevahendeid ning aitan koostada külvikorra ja ' +
        'väetusplaane. Minu kliendid on 110 talu ja põllumajandusettevõtet Jõgeva-, Tartu- ja Viljandimaal; ' +
        '2025. aastal ostsid nad minu kaudu kokku 3,4 mln € eest. Enamasti räägin otse talu peremehe või ' +
        'ettevõtte juhiga, kes otsustab.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Taimekasvatuse müügikonsultant',
          'Põldkeskus AS',
          '2018-02',
          null,
          true,
          '2018. aasta veebruarist praeguseni',
        ),
        lines: ['Põldkeskus AS, Põltsamaa', 'Taimekasvatuse müügikonsultant, 2018. aasta veebruarist praeguseni'],
        bullets: [
          'talude külastused, mullaproovid ja väetusplaanid',
          'hooajalepingud ja ettemaksuga tellimused',
          'põllupäevade korraldamine koos tootjatega',
        ],
      },
      {
        ...job(
          'Teraviljaostja',
          'Kesk-Eesti Vili OÜ',
          '2014-07',
          '2018-01',
          false,
          '2014. aasta juulist 2018. aasta jaanuarini',
        ),
        lines: ['Kesk-Eesti Vili OÜ, Jõgeva', 'Teraviljaostja, 2014. aasta juulist 2018. aasta jaanuarini'],
        bullets: ['teravilja kokkuost taludelt, hinnad ja lepingud', 'kvaliteedi kontroll ja laoseis'],
      },
      {
        ...job('Agronoomi assistent', 'Pikknurme Agro OÜ', '2012', '2014', false, '2012–2014'),
        lines: ['Pikknurme Agro OÜ', 'Agronoomi assistent, 2012–2014'],
      },
    ],
    education: [
      edu(
        'bakalaureusekraad',
        'Eesti Maaülikool, põllumajandussaaduste tootmine ja turustamine, bakalaureusekraad, 2009–2012',
        {
          field: 'põllumajandussaaduste tootmine ja turustamine',
          institution: 'Eesti Maaülikool',
          startYear: 2009,
          endYear: 2012,
        },
      ),
    ],
    courses: [named('Täppisväetamine ja mullaproovid', 'Täppisväetamine ja mullaproovid, 2022')],
    certifications: [
      named('Taimekaitsevahendite turustaja tunnistus', 'Taimekaitsevahendite turustaja tunnistus (PTA, kehtib 2028)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Kliendisuhted', 'Suhtlemisoskus', 'Analüüsivõime (mullaproovid, saagikus)', 'Juhiload B ja T'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 3_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'communication', 'relationship_building'],
  },
  {
    id: 'et-h27-19-pdf-uurihaldurist-aripindade-uurijuhiks-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Sajand Üheksateist',
    email: 'k2719.yyr@example.org',
    phone: '+372 5169 4738',
    contactLines: ['Tartu, Karlova'],
    tagline: 'Äripindade üürijuht',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Kinnisvaras olen töötanud 14 aastat. Alustasin haldusfirmas üürihaldurina – tegelesin lepingute, arvete ja ' +
        'remonditöödega, uute üürnike leidmine ei olnud minu töö. 2020. aastast olen kahe Tartu kaubanduskeskuse ' +
        'äripindade üürijuht: leian üürnikud, pean läbirääkimised ja sõlmin üürilepingud. Praegu on minu hallata ' +
        '45 üürnikku – kauplused, toitlustajad ja teenusepakkujad –, kelle üürimaksed olid 2025. aastal kokku ' +
        '3,2 mln €. Läbirääkimisi pean väiksemate ettevõtete omanike ja kettide arendusjuhtidega, kes asukoha üle ' +
        'otsustavad. Keskuste külastajaid oli 2025. aastal 2,5 miljonit.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aeg', title: 'Ametinimetus', employer: 'Ettevõte', duties: 'Vastutusvaldkonnad' },
    jobs: [
      job(
        'Äripindade üürijuht',
        'Emajõe Keskused AS',
        '2020-06',
        null,
        true,
        '1.06.2020 – praegu',
        [
          'vabade pindade turundus ja uute üürnike leidmine',
          'üürilepingute läbirääkimised ja pikendused',
          'üürnike valiku planeerimine koos keskuste juhiga',
          'täituvus 2025. aasta lõpus 97%',
        ],
        'Tartu',
      ),
      job(
        'Üürihaldur',
        'Tartu Kinnisvarahaldus OÜ',
        '2014-09',
        '2020-05',
        false,
        '15.09.2014 – 31.05.2020',
        ['120 korteri ja 30 äripinna lepingute haldus', 'arved, võlgnevused ja remonditööde tellimine'],
        'Tartu',
      ),
      job(
        'Kinnisvarabüroo assistent',
        'Kodumaakler OÜ',
        '2012-06',
        '2014-08',
        false,
        '06.2012 – 08.2014',
        ['kuulutused, pildistamine ja näitamiste kokkuleppimine maakleritele'],
        'Tartu',
      ),
    ],
    education: [
      edu('bakalaureus', 'Eesti Maaülikool, kinnisvara planeerimine, bakalaureus, 2009–2012', {
        field: 'kinnisvara planeerimine',
        institution: 'Eesti Maaülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [
      named(
        'Kaubanduskeskuste üürnike valik ja üürilepingud',
        'Kaubanduskeskuste üürnike valik ja üürilepingud, Eesti Kaubanduskeskuste Liit, 2021',
      ),
    ],
    certifications: [named('Kinnisvarahaldur, tase 5', 'Kinnisvarahaldur, tase 5 (kutsetunnistus, kehtib 2027)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B2', 'vene – B2'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Läbirääkimisoskus', 'Taktitunne', 'MS Excel, Power BI'],
    closing: [
      { kind: 'heading', text: 'Muu' },
      { kind: 'paragraph', text: 'Kinnisvaramaakler, tase 5 (kehtis 2016–2021, ei pikendanud). Juhiluba B.' },
    ],
    clientBase: { activeAccounts: 45, annualRevenueEur: 3_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'tact_assertiveness'],
  },
  {
    id: 'et-h27-20-word-it-toest-fie-ks-ja-it-teenuste-kliendihalduriks-parnu',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Sajand Kakskümmend',
    email: 'k2720.it@example.com',
    phone: '+372 5840 1196',
    contactLines: ['Pärnu'],
    tagline: 'IT-teenuste kliendihaldur',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen 15 aastat tegelenud väikeettevõtete IT-ga: esmalt hotelliketi IT-toes, siis üheksa aastat FIE-na, kui ' +
        'hooldasin ise Pärnu firmade arvuteid ja võrke. Kliendid tulid soovituste kaudu ja müügiga ma eraldi ei ' +
        'tegelenud – tegin tehnilise töö ja esitasin arve. 2026. aasta mais läksin üle IT-teenuste ettevõttesse ' +
        'kliendihalduriks: minu ülesanne on klientide lepingud, pakkumised ja uued kliendid. Portfell antakse ' +
        'mulle üle järk-järgult 2027. aasta alguseks, seni õpin kogenud kolleegi kõrval.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Kliendihaldur',
        'Rannaserv IT OÜ',
        '2026-05',
        null,
        true,
        'mai 2026 – praegu',
        [
          'Hooldelepingud ja pakkumised Pärnumaa ettevõtetele',
          'Uute klientide leidmine',
          'Tehniline nõustamine koos tugimeeskonnaga',
        ],
        'Pärnu',
      ),
      job(
        'IT-spetsialist',
        'FIE',
        '2017-03',
        '2026-04',
        false,
        '03.2017 – 04.2026',
        [
          'Arvutite, võrkude ja serverite hooldus ligi 30 väikeettevõttele Pärnus',
          'Kliendid tulid soovituste kaudu, eraldi müügitööd ei teinud',
        ],
        'Pärnu',
      ),
      job(
        'IT-tugiisik',
        'Liivarand Hotellid AS',
        '2011-08',
        '2017-02',
        false,
        '08.2011 – 02.2017',
        ['Kasutajatugi, arvutite ja printerite hooldus neljas hotellis'],
        'Pärnu',
      ),
    ],
    education: [
      edu('kutseharidus', 'Pärnumaa Kutsehariduskeskus, IT-süsteemide spetsialist (tase 4), kutseharidus, 2008–2011', {
        field: 'IT-süsteemide spetsialist',
        institution: 'Pärnumaa Kutsehariduskeskus',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [named('CompTIA Network+'), named('Microsoft 365 Certified: Fundamentals')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Probleemide lahendamine', 'Microsoft 365, Fortinet, Ubiquiti'],
    closing: [{ kind: 'paragraph', text: 'Cisco CCNA (2015, aegunud). Juhiluba B.' }],
    clientBase: null,
    competencies: ['communication'],
  },
  {
    id: 'et-h27-21-tekst-autoesinduse-teenindusnoustajast-muugijuhiks-rakvere',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sajand Kakskümmend Üks',
    email: 'sajand2721.auto@example.org',
    phone: '+372 5127 9904',
    contactLines: ['Rakvere'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Autoäris 13 aastat. Alustasin esinduse hoolduses teenindusnõustajana, 2016. aastast müün autosid ja 2022. ' +
        'aastast juhin väikese esinduse müüki: kolm müügikonsultanti, kasutatud autode plats ja ettevõtete ' +
        'liisingupakkumised. Müün ka ise – 2025. aastal 64 uut ja kasutatud autot. Esinduse müügieesmärk oli ' +
        '310 autot ja käive 11 mln €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügijuht',
        'Virumaa Autokeskus AS',
        '2022-01',
        null,
        true,
        'alates 01.2022',
        [
          'kolme müügikonsultandi juhtimine ja juhendamine',
          'kasutatud autode sisseost ja hinnastamine',
          'ettevõtete ja liisingufirmade pakkumised',
          'isiklik müük 2025. aastal: 64 autot',
        ],
        'Rakvere',
      ),
      job(
        'Müügikonsultant',
        'Virumaa Autokeskus AS',
        '2016-04',
        '2021-12',
        true,
        '04.2016 – 12.2021',
        ['uute ja kasutatud autode müük eraisikutele ja firmadele', 'proovisõidud, liisingu- ja kindlustuspakkumised'],
        'Rakvere',
      ),
      job(
        'Teenindusnõustaja',
        'Virumaa Autokeskus AS',
        '2013-02',
        '2016-03',
        false,
        '02.2013 – 03.2016',
        ['hoolduse ja remondi vastuvõtt, tööde hinnakalkulatsioon', 'lisatööde ja varuosade pakkumine klientidele'],
        'Rakvere',
      ),
      job(
        'Autoremondilukksepp',
        'Rakvere Autoremont OÜ',
        '2009-06',
        '2013-01',
        false,
        '06.2009 – 01.2013',
        undefined,
        'Rakvere',
      ),
    ],
    education: [
      edu('kutsekeskharidus', 'Rakvere Ametikool, autotehnik, kutsekeskharidus, 2006–2009', {
        field: 'autotehnik',
        institution: 'Rakvere Ametikool',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Sõidukite müük ja finantseerimine', 'Sõidukite müük ja finantseerimine, importööri koolitus, 2017'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'B1', 'inglise – B1'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Juhendamine', 'Müügioskus', 'Tehniline taust', 'Juhiload B ja C'],
    clientBase: null,
    competencies: ['coaching', 'sales'],
  },
  {
    id: 'et-h27-22-pdf-loomaarstist-tootejuhiks-ja-kliinikute-votmekliendijuhiks',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Sajand Kakskümmend Kaks',
    email: 'k2722.vet@example.net',
    phone: '+372 5287 6521',
    contactLines: ['Tartu', 'linkedin.example.com/in/k2722'],
    tagline: 'Võtmekliendijuht – loomakliinikud, Baltikum',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Loomaarst, kes on kliinikust liikunud ravimifirma poolele. Tootejuhina vastutasin veterinaarravimite ' +
        'sortimendi, hindade ja turunduse eest – müüsid meie esindajad, mina neid toetasin. 2022. aastast olen ' +
        'võtmekliendijuht: minu vastutada on 60 suuremat loomakliinikut ja kliinikuketti Eestis, Lätis ja Leedus, ' +
        'kelle ostud meilt olid 2025. aastal 2,2 mln €. Enamik kliinikuid kuulub loomaarstidele endile ja ' +
        'ostuotsused teevad omanikud.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Võtmekliendijuht (loomakliinikud)',
        'Vetfarm Baltic OÜ',
        '2022-08',
        null,
        true,
        '08.2022 – praegu',
        [
          'Aastalepingud ja boonusskeemid kliinikute ja kettidega',
          'Uute toodete tutvustused ja koolitusseminarid',
          'Koostöö Läti ja Leedu müügiesindajatega',
        ],
        'Tartu',
      ),
      job(
        'Tootejuht',
        'Vetfarm Baltic OÜ',
        '2018-03',
        '2022-07',
        false,
        '03.2018 – 07.2022',
        ['Veterinaarravimite sortiment, hinnad ja turundusplaanid', 'Müügiesindajate tootekoolitused'],
        'Tartu',
      ),
      job(
        'Loomaarst',
        'Tartu Väikeloomakliinik OÜ',
        '2011-09',
        '2018-02',
        false,
        '09.2011 – 02.2018',
        ['Väikeloomade ravi ja kirurgia', 'Kliiniku ravimite ja tarvikute tellimine'],
        'Tartu',
      ),
    ],
    education: [
      edu(
        'magistrikraad',
        'Eesti Maaülikool, veterinaarmeditsiin (integreeritud õpe, võrdne magistrikraadiga), 2005–2011',
        {
          field: 'veterinaarmeditsiin',
          institution: 'Eesti Maaülikool',
          startYear: 2005,
          endYear: 2011,
        },
      ),
    ],
    courses: [named('Strateegiline võtmekliendihaldus', 'Strateegiline võtmekliendihaldus, Äripäeva Akadeemia, 2022')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('lv', 'B1', 'läti – B1'),
      lang('lt', 'A2', 'leedu – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüüsivõime', 'Kliinilised teadmised', 'Veeva CRM, Excel'],
    closing: [
      { kind: 'heading', text: 'Muu' },
      { kind: 'paragraph', text: 'Loomaarsti tegevusluba peatatud 2018. aastast. Juhiluba B.' },
    ],
    clientBase: { activeAccounts: 60, annualRevenueEur: 2_200_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'et-h27-23-word-ajakirjanikust-maakonnalehe-reklaamijuhiks-viljandi',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sajand Kakskümmend Kolm',
    email: 'k2723.leht@example.org',
    phone: '+372 5534 0682',
    contactLines: ['Viljandi'],
    tagline: 'Reklaamijuht – maakonnaleht ja uudisportaal',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olin 11 aastat ajakirjanik ja toimetaja, enne kui läksin samas lehes reklaamimüüki. 2019. aastast juhin ' +
        'maakonnalehe reklaamimüüki: kaks reklaamikonsultanti ja minu enda portfell. Minu kliendid on umbes 150 ' +
        'Viljandimaa ettevõtet ja asutust – poed, ehitusfirmad, toitlustajad ja vallad –, kes ostsid 2025. aastal ' +
        'minu kaudu lehe- ja portaalireklaami kokku 390 000 € eest. Väiksemates firmades räägin otse omanikuga, ' +
        'kes otsustab. Lehe tiraaž on 6 000 ja portaalil on 40 000 lugejat kuus.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Reklaamijuht', 'Mulgi Sõnumid AS', '2019', null, true, 'alates 2019'),
        lines: ['Reklaamijuht | Mulgi Sõnumid AS | alates 2019'],
        bullets: [
          'reklaamimüügi meeskonna (2 konsultanti) juhtimine ja juhendamine',
          'oma kliendiportfell ja suuremad aastalepingud',
          'hinnakiri, eripaketid ja teemalisad (toidunädal, ehituslisa)',
          'lehe kogu reklaamimüük 2025. aastal 610 000 €',
        ],
      },
      {
        ...job('Toimetaja', 'Mulgi Sõnumid AS', '2013', '2018', false, '2013–2018'),
        lines: ['Toimetaja | Mulgi Sõnumid AS | 2013–2018'],
        bullets: ['uudistetoimetuse töö korraldamine, 6 ajakirjanikku'],
      },
      {
        ...job('Ajakirjanik', 'Mulgi Sõnumid AS', '2008', '2012', false, '2008–2012'),
        lines: ['Ajakirjanik | Mulgi Sõnumid AS | 2008–2012'],
      },
    ],
    education: [
      edu('ba', 'Tallinna Ülikool, ajakirjandus, BA, 2005–2008', {
        field: 'ajakirjandus',
        institution: 'Tallinna Ülikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [named('Meediamüük ja hinnastamine', 'Meediamüük ja hinnastamine, Eesti Meediaettevõtete Liit, 2020')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Juhendamine', 'Kirjutamine ja toimetamine', 'Loov'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 390_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'communication', 'innovation'],
  },
  {
    id: 'et-h27-24-pdf-tegevjuht-hoiab-ise-viit-votmeklienti-ehituskeemia',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sajand Kakskümmend Neli',
    email: 'k2724.ceo@example.com',
    phone: '+372 5011 3865',
    contactLines: ['Viimsi, Harjumaa'],
    tagline: 'Tegevjuht · ehituskeemia hulgimüük',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen 22 aastat töötanud ehitusmaterjalide hulgimüügis, alates 2019. aastast tegevjuhina. Juhin 38 ' +
        'töötajaga ettevõtet, mille käive oli 2025. aastal 19 mln €, kuid müügist ma eemale läinud ei ole: viis ' +
        'suurimat klienti – ehituskaupade ketid Eestis ja Lätis – on jätkuvalt minu hallata. Nende ostud meilt ' +
        'olid 2025. aastal kokku 6,8 mln €. Aastalepingud sõlmin kettide ostudirektoritega, kes otsustavad. ' +
        'Otsin järgmisena võtmekliendijuhi või müügidirektori rolli rahvusvahelises ettevõttes.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Tegevjuht', 'Ehituskeemia Hulgi AS', '2019-04', null, true, 'aprill 2019 – praegu'),
        lines: ['Ehituskeemia Hulgi AS · Tegevjuht · aprill 2019 – praegu'],
        bullets: [
          'ettevõtte juhtimine, eelarve ja tarnijalepingud',
          'viie võtmekliendi aastalepingud ja hinnaläbirääkimised',
          'müügimeeskonna (6 inimest) juhtimine ja juhendamine',
          'Läti filiaali avamine 2021. aastal',
        ],
      },
      {
        ...job('Müügidirektor', 'Ehituskeemia Hulgi AS', '2013-01', '2019-03', true, 'jaanuar 2013 – märts 2019'),
        lines: ['Ehituskeemia Hulgi AS · Müügidirektor · jaanuar 2013 – märts 2019'],
        bullets: ['müügimeeskonna loomine, ketid ja ehitusfirmad üle Eesti'],
      },
      {
        ...job('Võtmekliendijuht', 'Ehituskeemia Hulgi AS', '2008-06', '2012-12', true, 'juuni 2008 – detsember 2012'),
        lines: ['Ehituskeemia Hulgi AS · Võtmekliendijuht · juuni 2008 – detsember 2012'],
      },
      {
        ...job('Logistik', 'Balti Ehitusmaterjalid OÜ', '2004-02', '2008-05', false, 'veebruar 2004 – mai 2008'),
        lines: ['Balti Ehitusmaterjalid OÜ · Logistik · veebruar 2004 – mai 2008'],
      },
    ],
    education: [
      edu('mba', 'Tallinna Tehnikaülikool, ärijuhtimine, MBA, 2015–2017', {
        field: 'ärijuhtimine',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2015,
        endYear: 2017,
      }),
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, logistika, rakenduskõrgharidus, 2000–2004', {
        field: 'logistika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2000,
        endYear: 2004,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – vabalt'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'B1', 'soome – B1'),
      lang('lv', 'A2', 'läti – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Finantsteadmised', 'Juhendamine', 'Kehtestav'],
    clientBase: { activeAccounts: 5, annualRevenueEur: 6_800_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'financial_analysis', 'negotiation', 'tact_assertiveness'],
  },
  {
    id: 'et-h27-25-word-arhitektist-moodulmajade-projektimuugi-juhiks-skandinaavia',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Sajand Kakskümmend Viis',
    email: 'k2725.moodul@example.net',
    phone: '+372 5698 2043',
    contactLines: ['Tallinn, Nõmme', 'Sündinud 1983'],
    tagline: 'Projektimüügi juht · moodulmajad Skandinaaviasse',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Arhitekt, kes müüb. Kümme aastat projekteerisin elamuid ja koole; 2018. aastal kutsus moodulmajade tehas ' +
        'mind müügiosakonda tehniliseks nõustajaks ja 2021. aastast olen projektimüügi juht. Minu kliendid on 9 ' +
        'kinnisvaraarendajat ja ehitusettevõtet Rootsis ja Norras; 2025. aastal sõlmisime nendega lepinguid kokku ' +
        '7,4 mln € eest. Otsustajad on arendusettevõtete omanikud ja arendusjuhid, kellega pean läbirääkimisi ' +
        'algusest lõpuni.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Projektimüügi juht',
        'Moodulkoda AS',
        '2021-01',
        null,
        true,
        '01.2021 – praegu',
        [
          'Rootsi ja Norra arendajate päringud, eelprojektid ja hinnapakkumised',
          'lepingute läbirääkimised ja projektide üleandmine tootmisele',
          'messid: Nordbygg 2022 ja 2024',
        ],
        'Tallinn',
      ),
      job(
        'Tehniline nõustaja',
        'Moodulkoda AS',
        '2018-03',
        '2020-12',
        false,
        '03.2018 – 12.2020',
        [
          'müügimeeskonna tehniline tugi: planeeringud, joonised ja ehitusloa nõuded',
          'kliendikohtumistel osalemine koos müügijuhiga',
        ],
        'Tallinn',
      ),
      job(
        'Arhitekt',
        'Arhitektuuribüroo Kaar OÜ',
        '2008-02',
        '2018-02',
        false,
        '02.2008 – 02.2018',
        ['eramute, korterelamute ja koolide projektid'],
        'Tallinn',
      ),
    ],
    education: [
      edu(
        'magistrikraad',
        'Eesti Kunstiakadeemia, arhitektuur ja linnaplaneerimine (integreeritud õpe), magistrikraad, 2002–2008',
        {
          field: 'arhitektuur ja linnaplaneerimine',
          institution: 'Eesti Kunstiakadeemia',
          startYear: 2002,
          endYear: 2008,
        },
      ),
    ],
    courses: [],
    certifications: [named('Volitatud arhitekt, tase 7', 'Volitatud arhitekt, tase 7 (kutsetunnistus, kehtib 2028)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('sv', 'B2', 'rootsi – B2'),
      lang('no', 'B1', 'norra – B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Loovus', 'Ruumiline mõtlemine', 'ArchiCAD, Revit, Excel'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 7_400_000, segment: 'international', decisionMakers: true },
    competencies: ['innovation', 'negotiation'],
  },
  {
    id: 'et-h27-26-tekst-konekeskusest-kliendihoidjaks-ja-vaikeettevotete-kliendihalduriks',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Sajand Kakskümmend Kuus',
    email: 'kandidaat2726@example.com',
    phone: '+372 5741 3308',
    contactLines: ['Tallinn, Mustamäe'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen telekomis töötanud kaheksa aastat. Alustasin kõnekeskuses, kus vastasin klientide küsimustele, siis ' +
        'töötasin kliendihoidjana – helistasin klientidele, kes tahtsid lepingu lõpetada, ja pakkusin neile uusi ' +
        'pakette; mul oli kuu müügieesmärk ja tasu sõltus sõlmitud lepingutest. 2022. aastast olen väikeettevõtete ' +
        'kliendihaldur: minu hallata on 230 väikeettevõtet üle Eesti ja nende kuutasud kokku on umbes 21 000 € ' +
        'kuus. Enamasti suhtlen ettevõtete omanikega, kes otsustavad ise.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Väikeettevõtete kliendihaldur', 'Linkom Eesti AS', '2022-10', null, true, 'okt 2022 – praegu'),
        lines: ['okt 2022 – praegu | Väikeettevõtete kliendihaldur | Linkom Eesti AS'],
        bullets: [
          'Mobiili-, interneti- ja pilveteenuste lepingud',
          'Lisamüük ja pikendused telefonis ja kohtumistel',
          'Kliendirahulolu 2025. aastal 4,6/5',
        ],
      },
      {
        ...job('Kliendihoidja', 'Linkom Eesti AS', '2020-04', '2022-09', true, 'apr 2020 – sept 2022'),
        lines: ['apr 2020 – sept 2022 | Kliendihoidja | Linkom Eesti AS'],
        bullets: ['Lahkuda soovivate klientide tagasivõitmine uute paketipakkumistega', 'Kuu müügieesmärk 90 lepingut'],
      },
      {
        ...job('Kõnekeskuse konsultant', 'Linkom Eesti AS', '2018-08', '2020-03', false, 'aug 2018 – märts 2020'),
        lines: ['aug 2018 – märts 2020 | Kõnekeskuse konsultant | Linkom Eesti AS'],
        bullets: ['Sissetulevad kõned: arved, rikked ja tellimused'],
      },
    ],
    education: [
      edu('keskharidus', 'Tallinna Mustamäe Reaalgümnaasium, keskharidus, 2017', {
        institution: 'Tallinna Mustamäe Reaalgümnaasium',
        endYear: 2017,
      }),
    ],
    courses: [
      named('Lojaalsusvestlused ja kliendihoidmine', 'Lojaalsusvestlused ja kliendihoidmine, sisekoolitus, 2020'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – B2'),
      lang('en', 'B2', 'inglise – B2'),
    ],
    skills: ['Müügioskus', 'Pingekindel', 'Kliendikeskne', 'Salesforce, Genesys'],
    clientBase: { activeAccounts: 230, annualRevenueEur: 252_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus', 'sales', 'stress_resistance'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/** The fifth held-out set's Estonian CVs (see test/fixtures/cvs/held-out-5/README.md). */
export const HELD_OUT_5_ET: CvSource[] = [
  {
    id: 'et-h5-01-linkedin-votmekliendihaldur',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Seitsekümmend',
    email: 'kandidaat.seitsekymmend@example.com',
    phone: '+372 5390 2218',
    contactLines: ['www.linkedin.com/in/kandidaat-seitsekymmend (LinkedIn)'],
    tagline: 'Võtmekliendihaldur | Põhjavalgus Kindlustus AS | ärikindlustus',
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
      'Juhin ärikindlustuse võtmekliente: 22 keskmist ja suurt ettevõtet üle Eesti, peamiselt tootmine, ' +
        'logistika ja ehitus. Nende aastane kindlustusmaksete maht on kokku umbes 4,2 miljonit eurot. ' +
        'Lepingute uuendused arutan läbi klientide finantsjuhtide ja juhatuse liikmetega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Võtmekliendihaldur',
          'Põhjavalgus Kindlustus AS',
          '2021-03',
          null,
          true,
          'märts 2021 - Praegu (5 aastat 9 kuud)',
          ['Vara-, vastutus- ja kaubaveokindlustus suurematele äriklientidele; uuendused, lisamüük ja hanked.'],
        ),
        lines: [
          'Põhjavalgus Kindlustus AS',
          '10 aastat 11 kuud',
          'Võtmekliendihaldur',
          'märts 2021 - Praegu (5 aastat 9 kuud)',
          'Tallinn, Harjumaa, Eesti',
        ],
      },
      {
        ...job(
          'Ärikliendihaldur',
          'Põhjavalgus Kindlustus AS',
          '2018-08',
          '2021-02',
          true,
          'august 2018 - veebruar 2021 (2 aastat 7 kuud)',
        ),
        lines: ['Ärikliendihaldur', 'august 2018 - veebruar 2021 (2 aastat 7 kuud)', 'Tallinn'],
      },
      {
        ...job(
          'Kahjukäsitleja',
          'Põhjavalgus Kindlustus AS',
          '2016-01',
          '2018-07',
          false,
          'jaanuar 2016 - juuli 2018 (2 aastat 7 kuud)',
        ),
        lines: ['Kahjukäsitleja', 'jaanuar 2016 - juuli 2018 (2 aastat 7 kuud)', 'Tallinn'],
      },
      {
        ...job(
          'Müügiesindaja',
          'Telemeedia Grupp OÜ',
          '2013-09',
          '2015-12',
          true,
          'september 2013 - detsember 2015 (2 aastat 4 kuud)',
        ),
        lines: [
          'Telemeedia Grupp OÜ',
          'Müügiesindaja',
          'september 2013 - detsember 2015 (2 aastat 4 kuud)',
          'Tartu, Tartumaa, Eesti',
        ],
      },
    ],
    education: [
      edu('bakalaureus', 'Tallinna Tehnikaülikool\nBakalaureus, Ärikorraldus · (2010 - 2013)', {
        field: 'Ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('Kindlustusspetsialist, tase 5', 'Kindlustusspetsialist, tase 5')],
    languages: [
      lang('et', 'native', 'Eesti keel (Emakeel või kakskeelne)'),
      lang('en', 'C1', 'Inglise keel (Täielik tööalane keeleoskus)'),
      lang('ru', 'B1', 'Vene keel (Piiratud tööalane keeleoskus)'),
    ],
    skills: ['Ärikindlustus', 'Läbirääkimised', 'Kliendisuhted'],
    clientBase: { activeAccounts: 22, annualRevenueEur: 4_200_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'et-h5-02-europass-arikliendihaldur-pank',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Seitsekümmend Üks',
    email: 'seitsekymmend.yks@example.org',
    phone: '+372 5128 4470',
    contactLines: ['Aadress: Riia 12-4, 51010 Tartu, Eesti', 'Kodakondsus: Eesti', 'Sünniaeg: 14/06/1988'],
    tagline: 'Europass CV',
    headings: {
      profile: 'MINUST',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS JA KOOLITUS',
      courses: 'KOOLITUSED',
      skills: 'SUHTLUS- JA TÖÖALASED OSKUSED',
      certifications: 'LITSENTSID JA SERTIFIKAADID',
      languages: 'KEELEOSKUS',
    },
    profile: ['Ärikliendihaldur pangas, varem raamatupidaja. Tunnen väikeettevõtete rahaasju mõlemalt poolt lauda.'],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Emajõe Pank AS', '2019-09', null, true, '01/09/2019 – praegu', [
          'Haldan 140 väikese ja keskmise suurusega ettevõtte portfelli Tartumaal, Jõgevamaal ja Põlvamaal',
          'Laenu-, liisingu- ja arveldusteenuste pakkumine; krediidiotsuste ettevalmistamine koos riskianalüütikuga',
          'Regulaarsed kohtumised ettevõtete omanike ja finantsjuhtidega',
          'Minu klientide laenuportfell on kokku 46 miljonit eurot',
        ]),
        lines: ['Ärikliendihaldur', 'Emajõe Pank AS [ 01/09/2019 – praegu ]', 'Linn: Tartu | Riik: Eesti'],
      },
      {
        ...job('Kontoriteenindaja', 'Emajõe Pank AS', '2015-02', '2019-08', false, '02/02/2015 – 31/08/2019', [
          'Eraklientide teenindamine Tartu kontoris, arvelduskontod ja maksekaardid',
        ]),
        lines: ['Kontoriteenindaja', 'Emajõe Pank AS [ 02/02/2015 – 31/08/2019 ]', 'Linn: Tartu | Riik: Eesti'],
      },
      {
        ...job(
          'Raamatupidaja',
          'Tähe Raamatupidamisteenused OÜ',
          '2011-06',
          '2015-01',
          false,
          '01/06/2011 – 31/01/2015',
          ['Väikeettevõtete raamatupidamine ja aastaaruanded'],
        ),
        lines: [
          'Raamatupidaja',
          'Tähe Raamatupidamisteenused OÜ [ 01/06/2011 – 31/01/2015 ]',
          'Linn: Tartu | Riik: Eesti',
        ],
      },
    ],
    education: [
      edu(
        'magister',
        'Magistrikraad (MA), rahandus ja arvestus\nTartu Ülikool [ 2016 – 2018 ]\nRiiklik klassifikatsioon või EKR tase: EKR 7',
        { field: 'rahandus ja arvestus', institution: 'Tartu Ülikool', startYear: 2016, endYear: 2018 },
      ),
      edu(
        'bakalaureus',
        'Bakalaureusekraad, majandusteadus\nTartu Ülikool [ 2007 – 2010 ]\nRiiklik klassifikatsioon või EKR tase: EKR 6',
        { field: 'majandusteadus', institution: 'Tartu Ülikool', startYear: 2007, endYear: 2010 },
      ),
    ],
    courses: [
      named(
        'Krediidiriski hindamine VKE-de laenutaotlustes',
        'Krediidiriski hindamine VKE-de laenutaotlustes [ 2021 ]',
      ),
    ],
    certifications: [named('EFPA European Financial Advisor (EFA)', 'EFPA European Financial Advisor (EFA) [ 2020 ]')],
    languages: [
      lang('et', 'native', 'eesti keel'),
      lang('en', 'C1', 'inglise keel'),
      lang('ru', 'B1', 'vene keel'),
      lang('de', 'A2', 'saksa keel'),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): eesti keel' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed):' },
      { kind: 'paragraph', text: 'inglise keel' },
      { kind: 'paragraph', text: 'KUULAMINE C1   LUGEMINE C1   KIRJUTAMINE B2' },
      { kind: 'paragraph', text: 'SUULINE ESITUS C1   SUULINE SUHTLUS C1' },
      { kind: 'paragraph', text: 'vene keel' },
      { kind: 'paragraph', text: 'KUULAMINE B2   LUGEMINE B1   KIRJUTAMINE A2' },
      { kind: 'paragraph', text: 'SUULINE ESITUS B1   SUULINE SUHTLUS B1' },
      { kind: 'paragraph', text: 'saksa keel' },
      { kind: 'paragraph', text: 'KUULAMINE A2   LUGEMINE A2   KIRJUTAMINE A1' },
      { kind: 'paragraph', text: 'SUULINE ESITUS A2   SUULINE SUHTLUS A2' },
      {
        kind: 'paragraph',
        text: 'Tasemed: A1 ja A2: algtase; B1 ja B2: iseseisev kasutaja; C1 ja C2: vilunud kasutaja',
      },
    ],
    skills: ['Analüüsivõime ja täpsus', 'Suhete loomine ja hoidmine', 'Meeskonnatöö'],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'relationship_building', 'teamwork'],
    closing: [
      { kind: 'heading', text: 'JUHILOAD' },
      { kind: 'paragraph', text: 'Juhiluba: B' },
    ],
  },
  {
    id: 'et-h5-03-muugiesindaja-aastad',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Seitsekümmend Kaks',
    email: 'k.seitsekymmendkaks@example.net',
    phone: '5567 3120',
    contactLines: ['Rakvere, Lääne-Virumaa'],
    headings: { profile: 'Lühidalt minust', languages: 'Keeled' },
    profile: [
      'Olen B2B müügiesindaja põllumajanduse ja metsanduse kaupade alal. Minu kliendid on talud, ' +
        'metsafirmad ja masinaühistud Lääne-Virumaal ja Ida-Virumaal; regulaarselt käin läbi umbes 60 ' +
        'kliendi juures ja enamikus neist suhtlen otse omanikuga.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja', 'Virumaa Agro OÜ', '2019', null, true, '2019. a – tänaseni', [
          'väetiste, taimekaitsevahendite ja saeketaste müük',
          'hinnapakkumiste koostamine ja lepingute läbirääkimised',
          'klientide aastane ostumaht minu piirkonnas ligikaudu 1,8 miljonit eurot',
        ]),
        lines: ['2019. a – tänaseni', 'Virumaa Agro OÜ – Müügiesindaja'],
      },
      {
        ...job('Müügikonsultant', 'Rakvere Agrokaubandus AS', '2016', '2018', true, '2016. a – 2018. a', [
          'talunike nõustamine ja müük kaupluses ning telefoni teel',
        ]),
        lines: [
          '2018. a – 2019. a',
          'Ajateenistus, Kaitsevägi (Tapa)',
          '2016. a – 2018. a',
          'Rakvere Agrokaubandus AS – Müügikonsultant',
        ],
      },
      {
        ...job('Laohoidja', 'Rakvere Agrokaubandus AS', '2014', '2016', false, '2014. a – 2016. a', [
          'kauba vastuvõtt ja väljastamine, inventuurid',
        ]),
        lines: ['2014. a – 2016. a', 'Rakvere Agrokaubandus AS – Laohoidja'],
      },
    ],
    education: [
      edu('kutseharidus', 'Olustvere Teenindus- ja Maamajanduskool, põllumajandus (kutseõpe), 2013. a – 2014. a', {
        field: 'põllumajandus',
        institution: 'Olustvere Teenindus- ja Maamajanduskool',
        startYear: 2013,
        endYear: 2014,
      }),
      edu('keskharidus', 'Rakvere Gümnaasium, keskharidus, 2010. a – 2013. a', {
        institution: 'Rakvere Gümnaasium',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [named('Taimekaitsevahendite turustaja koolitus', 'Taimekaitsevahendite turustaja koolitus, 2019. a')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('ru', 'B1', 'Vene keel – suhtlustasemel'),
      lang('en', 'A2', 'Inglise keel – algtase'),
    ],
    skills: ['Kohusetundlik ja iseseisev', 'Hea suhtlemisoskus', 'B- ja C-kategooria juhiload'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 1_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'negotiation'],
  },
  {
    id: 'et-h5-04-kliendihaldur-kindlustus-jutustav',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Seitsekümmend Kolm',
    email: 'seitsekymmendkolm.kandidaat@example.com',
    phone: '+372 5301 6684',
    contactLines: ['Pärnu'],
    headings: { profile: 'Tutvustus', work: 'Minu senine töötee', languages: 'Keeled' },
    profile: [
      'Olen kindlustuses töötanud üle kümne aasta, neist viimased kuus ärikliendihaldurina. Otsin ' +
        'võimalust jätkata äriklientidega Pärnus või osaliselt kaugtööna. Praegu valmistun EFPA EFA ' +
        'sertifikaadi eksamiks (2027. aasta kevadel).',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'ärikliendihaldur',
          'Läänerannik Kindlustus AS',
          '2020-09',
          null,
          true,
          'Alates 2020. aasta septembrist',
        ),
        lines: [
          'Alates 2020. aasta septembrist olen ärikliendihaldur Läänerannik Kindlustus AS-is (Pärnu kontor). ' +
            'Minu portfellis on praegu umbes 120 ettevõtet Pärnumaalt ja Saaremaalt – peamiselt väikesed ' +
            'tootmis- ja teenindusettevõtted, kelle omanikega suhtlen otse. Nende aastased kindlustusmaksed on ' +
            'kokku ligikaudu 1,1 miljonit eurot; kogu Pärnu kontori maksete maht on umbes 9 miljonit eurot.',
        ],
      },
      {
        ...job(
          'kindlustusnõustaja',
          'Läänerannik Kindlustus AS',
          '2016-01',
          '2020-08',
          true,
          '2016. aasta jaanuarist kuni 2020. aasta augustini',
        ),
        lines: [
          'Enne seda, 2016. aasta jaanuarist kuni 2020. aasta augustini, olin samas ettevõttes ' +
            'kindlustusnõustaja eraklientide osakonnas: müüsin kodu-, sõiduki- ja reisikindlustust ning ' +
            'täitsin müügiplaani igal aastal.',
        ],
      },
      {
        ...job('administraator', 'Rannahotell Pärnu OÜ', '2012', '2015', false, 'Aastatel 2012–2015'),
        lines: [
          'Aastatel 2012–2015 olin administraator Rannahotell Pärnu OÜ-s, kus vastutasin broneeringute ja ' +
            'vastuvõtu eest. 2015. aasta sügisel reisisin pool aastat Lõuna-Ameerikas.',
        ],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Lõpetasin 2012. aastal Tartu Ülikooli Pärnu kolledži turismiettevõtluse erialal (rakenduskõrgharidus).',
        { field: 'turismiettevõtlus', institution: 'Tartu Ülikooli Pärnu kolledž', endYear: 2012 },
      ),
    ],
    courses: [
      named('Kindlustusvahendaja baaskoolitus', 'Kindlustusvahendaja baaskoolitus (2016)'),
      named('Äriklientide riskianalüüs', 'Äriklientide riskianalüüs (2021)'),
    ],
    certifications: [
      named('Kindlustusvahendaja kutsetunnistus, tase 5', 'Kindlustusvahendaja kutsetunnistus, tase 5 (2018)'),
    ],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B2', ''), lang('fi', 'A2', '')],
    languagesText: [
      'Eesti keel on mu emakeel. Inglise keeles räägin ja kirjutan vabalt, vene keeles saan tööalaselt ' +
        'hakkama (B2). Soome keelt oskan algtasemel.',
    ],
    skills: ['Kliendikesksus', 'Pingetaluvus', 'Iseseisvus ja kohusetunne'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'et-h5-05-votmekliendihaldur-tabel',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Seitsekümmend Neli',
    email: 'kandidaat74@example.net',
    phone: '+372 5612 9087',
    contactLines: ['Tallinn', 'B-kategooria juhiload'],
    headings: { workTable: ['Tööandja', 'Ametikoht', 'Ajavahemik'], profile: 'Profiil' },
    workTableOrder: ['employer', 'title', 'period'],
    profile: [
      'Võtmekliendihaldur joogitööstuses. Vastutan kuue jaekaubandusketi ja kolme hulgimüüja eest, kellel on ' +
        'kokku üle 400 müügikoha üle Eesti. Nende aastane ostumaht meilt on 7,6 miljonit eurot (ettevõtte ' +
        'kogukäive Eestis 31 miljonit eurot). Aastalepingute läbirääkimised pean kettide kategooriajuhtide ja ' +
        'kommertsdirektoritega.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Võtmekliendihaldur', 'Põhjamaa Joogid AS', '2020-04', null, true, '04/2020 – praegu', [
        'kettide aastaplaanid, hinnakokkulepped ja kampaaniakalender',
        'väljapaneku kontroll koos müügiesindajatega',
      ]),
      job('Müügiesindaja', 'Põhjamaa Joogid AS', '2016-03', '2020-03', true, '03/2016 – 03/2020', [
        'umbes 90 kaupluse ja HoReCa-kliendi külastamine Harjumaal',
      ]),
      job('Vahetuse vanem', 'Kohvik-Pagar OÜ', '2012-08', '2016-02', false, '08/2012 – 02/2016'),
    ],
    education: [
      edu('bba', 'Estonian Business School, BBA, ärijuhtimine, 2012 – 2016', {
        field: 'ärijuhtimine',
        institution: 'Estonian Business School',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [
      named('Kategooriajuhtimise alused', 'Kategooriajuhtimise alused (2021)'),
      named('Strateegiline võtmekliendihaldus', 'Strateegiline võtmekliendihaldus, 2 päeva (2023)'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti'),
      lang('en', 'C1', 'inglise'),
      lang('ru', 'B2', 'vene'),
      lang('fi', 'A2', 'soome'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Suuliselt', 'Kirjalikult'],
        rows: [
          ['eesti', 'emakeel', 'emakeel'],
          ['inglise', 'C1', 'C1'],
          ['vene', 'hea', 'hea'],
          ['soome', 'algtase', '–'],
        ],
      },
    ],
    skills: ['Läbirääkimisoskus', 'Analüütiline mõtlemine', 'Ettevõtlikkus', 'Excel (Power Query, pivot-tabelid)'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 7_600_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'entrepreneurship', 'negotiation'],
  },
  {
    id: 'et-h5-06-funktsionaalne-kliendihaldur-it',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Seitsekümmend Viis',
    email: 'kandidaat.75@example.org',
    phone: '+372 5823 4415',
    contactLines: ['Tartu'],
    tagline: 'IT-teenuste kliendihaldur',
    afterContact: [
      { kind: 'heading', text: 'Profiil' },
      {
        kind: 'paragraph',
        text:
          'Kuus aastat B2B kliendihaldust IT-teenuste vallas, enne seda tehniline kasutajatugi. Oskan keeruka ' +
          'lahenduse ärikliendile lihtsalt lahti seletada. Rahulik ja pingekindel ka siis, kui server seisab.',
      },
      { kind: 'heading', text: 'Peamised pädevused' },
      { kind: 'paragraph', text: 'Kliendihaldus ja müük' },
      {
        kind: 'bullets',
        items: [
          '35 ärikliendi haldamine Lõuna-Eestis (Tartu-, Valga- ja Võrumaa): väiksemad tootmis-, kaubandus- ja logistikaettevõtted',
          'lepingute pikendamine ja lisamüük; minu portfelli aastane käive u 950 000 eurot',
          '2025. aastal 11 uut lepingut, neist 4 täiesti uue kliendiga',
        ],
      },
      { kind: 'paragraph', text: 'Läbirääkimised ja lepingud' },
      {
        kind: 'bullets',
        items: [
          'teenuslepingute (SLA) läbirääkimised ettevõtete juhtide ja IT-juhtidega',
          'hinnapakkumiste ja hankedokumentide koostamine',
        ],
      },
      { kind: 'paragraph', text: 'Tehniline taust' },
      {
        kind: 'bullets',
        items: [
          'Microsoft 365, võrgud ja varundus; ITIL-i protsessid',
          'Microsoft Certified: Azure Fundamentals – õpin, eksam planeeritud 2027',
          'kasutajakoolituste läbiviimine ja uute kolleegide juhendamine',
        ],
      },
    ],
    headings: { work: 'Töökäik lühidalt', certifications: 'Sertifikaadid', languages: 'Keeled' },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      job('Kliendihaldur', 'Emajõe IT Lahendused OÜ', '2020-10', null, true, 'okt 2020 – praegu'),
      job('IT-tugiisik', 'Emajõe IT Lahendused OÜ', '2017-03', '2020-09', false, 'märts 2017 – sept 2020'),
      job('Müüja', 'Arvutikeskus Tartu OÜ', '2015-06', '2017-02', true, 'juuni 2015 – veebr 2017'),
    ],
    education: [
      edu('bakalaureus', 'Tartu Ülikool, informaatika, bakalaureus (2012–2015)', {
        field: 'informaatika',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [named('Konsultatiivne müük B2B-s', 'Konsultatiivne müük B2B-s (2021)')],
    certifications: [named('ITIL 4 Foundation', 'ITIL 4 Foundation (2019)')],
    languages: [
      lang('et', 'native', 'eesti keel: emakeel'),
      lang('en', 'C1', 'inglise keel: kõrgtase (C1)'),
      lang('ru', 'B2', 'vene keel: hea'),
      lang('de', 'A2', 'saksa keel: algtase'),
    ],
    skills: [],
    clientBase: { activeAccounts: 35, annualRevenueEur: 950_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'sales', 'stress_resistance'],
  },
  {
    id: 'et-h5-07-suhtejuht-pank-kattuvad',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Seitsekümmend Kuus',
    email: 'k.seitsekymmendkuus@example.com',
    phone: '+372 5044 7731',
    contactLines: ['Tallinn', 'Sündinud 1989'],
    headings: { profile: 'Kokkuvõte', skills: 'Isikuomadused', languages: 'Keeled' },
    profile: [
      'Suhtepanganduse kliendihaldur. Minu portfellis on 48 keskmise suurusega ettevõtet üle Eesti ' +
        '(tööstus, hulgikaubandus, kinnisvara); suhtlen nende omanike ja finantsjuhtidega. Varem, 2015–2019, ' +
        'teenindasin ligi 300 väikeettevõtet Harjumaal.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Suhtejuht', 'Balti Äripank AS', '2021-09', null, true, 'sept 2021 – praegu', [
        '48 ärikliendi portfell: laenud, arveldus ja riskimaandus',
        'krediidilahenduste struktureerimine koos krediidiosakonnaga',
      ]),
      job('Ärikliendihaldur', 'Balti Äripank AS', '2015-01', '2019-03', true, 'jaan 2015 – märts 2019', [
        'väikeettevõtete portfell Harjumaal, uute klientide leidmine',
      ]),
      job('Kontoriteenindaja', 'Balti Äripank AS', '2011-06', '2015-01', false, 'juuni 2011 – jaan 2015'),
      {
        ...job('Müügikonsultant', 'Spordimaailm OÜ', '2010-09', '2012-05', true, 'sept 2010 – mai 2012'),
        lines: ['Müügikonsultant (osalise tööajaga, nädalavahetustel)', 'Spordimaailm OÜ | sept 2010 – mai 2012'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Muud tegevused' },
      {
        kind: 'bullets',
        items: [
          'apr 2019 – aug 2021 lapsehoolduspuhkus (kaks last)',
          '2022 – praegu MTÜ Nõmme Korvpalliklubi juhatuse liige (vabatahtlikuna)',
          '2016 – 2019 Toidupanga vabatahtlik',
        ],
      },
    ],
    education: [
      edu('mba', 'TalTech, ärijuhtimise magister (MBA), 2022 – 2024', {
        institution: 'TalTech',
        startYear: 2022,
        endYear: 2024,
      }),
      edu('ba', 'Tallinna Tehnikaülikool, majandusarvestus ja rahandus, BA (2008 – 2011)', {
        field: 'majandusarvestus ja rahandus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [named('Krediidianalüüs ärikliendile', 'Krediidianalüüs ärikliendile (2022)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('sv', 'A1', 'rootsi – A1'),
    ],
    skills: ['Finantsanalüüs', 'Suhete loomine', 'Kehtestav', 'Meeskonnatöö'],
    clientBase: { activeAccounts: 48, segment: 'national', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building', 'tact_assertiveness', 'teamwork'],
  },
  {
    id: 'et-h5-08-key-account-insener',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Seitsekümmend Seitse',
    email: 'seitsekymmendseitse@example.net',
    phone: '+372 5219 6603',
    contactLines: ['Tallinn / Helsingi'],
    tagline: 'Key Account Manager, metallitööstus',
    headings: { profile: 'Kokkuvõte', work: 'Töökogemus', languages: 'Keeled' },
    profile: [
      'Masinaehitusinsener, kes on 10 aastat tööstuskliente hallanud. Praegu vastutan meie Soome ja Rootsi ' +
        'klientide eest; ettevõtte ekspordikäive on 38 miljonit eurot. Kuni 2022. aastani haldasin ' +
        'Eesti siseturu umbes 40 klienti. Praegu läbin Lean Six Sigma Green Belt koolitust (lõpp 2027).',
    ],
    jobStyle: 'bullets',
    jobs: [
      job('Key Account Manager', 'Virumaa Metall AS', '2022-09', null, true, 'september 2022 – praegu', [
        'Vastutan 14 tööstuskliendi eest Soomes ja Rootsis (kokku 23 tehast); nende tellimused 2025. aastal kokku 5,2 miljonit eurot',
        'Aastalepingute läbirääkimised klientide ostudirektoritega',
      ]),
      job('Müügiinsener', 'Virumaa Metall AS', '2016-02', '2022-08', true, 'veebruar 2016 – august 2022', [
        'Eesti siseturu klientide haldamine ja tehniline nõustamine, pakkumised joonise järgi',
      ]),
      job('Tootmisjuht', 'Virumaa Metall AS', '2005-04', '2016-01', false, 'aprill 2005 – jaanuar 2016', [
        'Keevitus- ja mehaanikatsehh, 60 töötajat',
      ]),
      job('Konstruktor', 'Narva Masinatehas AS', '1991-08', '2005-03', false, 'august 1991 – märts 2005'),
    ],
    education: [
      edu(
        'magister',
        'Tallinna Tehnikaülikool, masinaehituse eriala, diplomeeritud insener (1986–1991); 5-aastane õpe, ' +
          'võrdsustatud magistrikraadiga',
        { field: 'masinaehitus', institution: 'Tallinna Tehnikaülikool', startYear: 1986, endYear: 1991 },
      ),
    ],
    courses: [named('Strateegiline võtmekliendi juhtimine', 'Strateegiline võtmekliendi juhtimine (Helsingi, 2023)')],
    certifications: [named('IPMA Level D', 'IPMA Level D projektijuhi sertifikaat (2014)')],
    languages: [
      lang('ru', 'native', 'Emakeel: vene'),
      lang('et', 'C1', 'Eesti keel: kõrgtase (C1)'),
      lang('fi', 'B2', 'Soome keel: B2'),
      lang('en', 'B2', 'Inglise keel: hea'),
      lang('sv', 'A2', 'Rootsi keel: algtase'),
    ],
    skills: ['Tehniline müük', 'Läbirääkimisoskus', 'Projektijuhtimine', 'Planeerimine'],
    clientBase: { activeAccounts: 14, annualRevenueEur: 5_200_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'sales'],
  },
  {
    id: 'et-h5-09-kliendihaldur-logistika-ka',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Seitsekümmend Kaheksa',
    nameLine: 'Elulookirjeldus: Kandidaat Seitsekümmend Kaheksa',
    email: 'seitsekymmend.kaheksa@example.org',
    phone: '+372 5590 1842',
    contactLines: ['Viljandi'],
    profile: [
      'Transpordi- ja logistikateenuste kliendihaldur, varem logistik. Hea tunnetus, mida klient tegelikult vajab.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendihaldur',
        'Kesk-Eesti Logistika OÜ',
        '2018-09',
        null,
        true,
        '09/2018 – k.a.',
        [
          '65 püsikliendi haldamine üle Eesti; klientide aastane veomaht kokku ligikaudu 3,4 mln eurot',
          'uute klientide leidmine ja hinnapakkumised',
          'lepingutingimuste läbirääkimised',
        ],
        'Viljandi',
      ),
      job(
        'Logistik',
        'Kesk-Eesti Logistika OÜ',
        '2014-04',
        '2018-08',
        false,
        '04/2014 – 08/2018',
        ['vedude planeerimine ja veokirjad'],
        'Viljandi',
      ),
      job(
        'Müügiassistent',
        'Mulgi Mööbel AS',
        '2011-02',
        '2014-03',
        false,
        '02/2011 – 03/2014',
        ['tellimuste sisestamine, arved ja saatedokumendid'],
        'Viljandi',
      ),
    ],
    education: [
      edu('kutsekeskharidus', 'Viljandi Kutseõppekeskus, logistika, kutsekeskharidus (2007 – 2010)', {
        field: 'logistika',
        institution: 'Viljandi Kutseõppekeskus',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Veokirjad ja CMR-konventsioon', 'Veokirjad ja CMR-konventsioon (2015)'),
      named('Läbirääkimiste koolitus', 'Läbirääkimiste koolitus (2019)'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel — emakeel'),
      lang('en', 'B2', 'inglise keel — B2'),
      lang('ru', 'B1', 'vene keel — B1'),
    ],
    skills: ['Kliendikeskne', 'Täpne ja organiseerimisoskusega', 'Ettevõtlik'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 3_400_000, segment: 'national' },
    competencies: ['customer_focus', 'entrepreneurship', 'negotiation', 'organisation'],
  },
  {
    id: 'et-h5-10-opetajast-kliendihalduriks',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Seitsekümmend Üheksa',
    email: 'kandidaat.seitsekymmendyheksa@example.com',
    phone: null,
    contactLines: ['Tallinn'],
    headings: { profile: 'Kokkuvõte', work: 'Tööalane kogemus', languages: 'Keeled' },
    profile: [
      'Olen poolteist aastat olnud haridustarkvara ettevõtte kliendihaldur, enne seda töötasin üle kümne ' +
        'aasta koolis. Nõustan koolide ja lasteaedade juhte õppeplatvormi kasutamisel ning pikendan ' +
        'nende litsentsilepinguid.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Kliendihaldur', 'Õpiveeb OÜ', '2025-03', null, true, 'märts 2025 – praegu', [
          'koolide ja lasteaedade litsentsilepingute pikendamine ja lisamüük',
          'kohtumised uute klientidega ja tootetutvustused',
          'kasutajakoolitused õpetajatele',
        ]),
        lines: ['Õpiveeb OÜ | Kliendihaldur | märts 2025 – praegu'],
      },
      {
        ...job('Matemaatikaõpetaja', 'Kurese Põhikool', '2015-08', '2025-02', false, 'aug 2015 – veebr 2025', [
          '7.–9. klassi matemaatika, klassijuhataja',
        ]),
        lines: ['Kurese Põhikool | Matemaatikaõpetaja | aug 2015 – veebr 2025'],
      },
      {
        ...job('Huvijuht', 'Kurese Põhikool', '2013', '2015', false, '2013 – 2015'),
        lines: ['Kurese Põhikool | Huvijuht | 2013 – 2015'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Vabatahtlikuna: Kurese külaseltsi raamatupidaja (2018 – 2023).' }],
    education: [
      edu('ma', 'Tallinna Ülikool — haridusteaduste magister (MA), matemaatika õpetamine, 2011–2013', {
        field: 'matemaatika õpetamine',
        institution: 'Tallinna Ülikool',
        startYear: 2011,
        endYear: 2013,
      }),
      edu('bakalaureus', 'Tallinna Ülikool — bakalaureus, matemaatika, 2008–2011', {
        field: 'matemaatika',
        institution: 'Tallinna Ülikool',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [
      named('Müügitehnikad SaaS-ettevõttes', 'Müügitehnikad SaaS-ettevõttes, e-kursus (2025)'),
      named('Klienditeekonna kaardistamine', 'Klienditeekonna kaardistamine (2025)'),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B2', ''), lang('fi', 'A2', '')],
    languagesText: [
      'Emakeel eesti. Inglise keelt kasutan tööl iga päev (C1), vene keel on hea, soome keelt oskan algtasemel.',
    ],
    skills: ['Esinemisoskus', 'Juhendamisoskus', 'Suhtlemisoskus', 'Google Workspace'],
    clientBase: null,
    competencies: ['coaching', 'communication'],
  },
];

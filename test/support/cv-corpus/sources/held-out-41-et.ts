import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The forty-first held-out set's Estonian CVs: careers that mix selling with other work, as people in Estonia have
 * them and write them in 2026 – a student selling theatre subscriptions by phone beside her studies, a seasonal
 * group seller at an adventure park and ski centre, a teacher who grows microgreens and sells them to restaurants
 * herself, a refrigeration account manager back from parental leave, a Ukrainian selling furniture fittings in Pärnu
 * (new Europass), a hunting-tour founder who is also a forestry adviser, an Indian courier turned restaurant partner
 * manager (LinkedIn export), a shoe agent who became a librarian after burnout, an Italian chef selling Italian food
 * to restaurants, a nurse with a small seed-cracker firm, a stove builder selling stove tiles and fireplace cores, a
 * motorhome seller who ploughs snow in winter, a log-house exporter back after cancer treatment, a dental clinic's
 * patient coordinator for Finnish patients, a photographer who once worked in a camera shop, a bowling centre's
 * event seller and weekend DJ, a landscaper selling irrigation systems, a well driller turned sales engineer, an
 * Uzbek account manager for nuts and dried fruit, a Swede exporting garden furniture (translated from Swedish), a
 * farmer who sells seed potatoes in winter, a sports-nutrition seller who moved to running the web shop, a barista
 * turned coworking membership seller (LinkedIn export), an antenna firm's owner with forty years in the trade, a
 * mother back from leave selling cookware at home parties, and a power-plant operator who sells household appliances
 * at weekends (old Europass).
 */
export const HELD_OUT_41_ET: CvSource[] = [
  {
    id: 'et-h41-01-pdf-tudeng-teatri-abonementide-telemuuja-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Mangaan Üks',
    email: 'mangaan.yks4101@example.com',
    phone: '+372 5391 2047',
    contactLines: ['Tartu, Supilinn', 'Sündinud 2004'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Õpin Tartu Ülikoolis kolmandat aastat eesti ja soome-ugri keeleteadust ning töötan õpingute kõrvalt teatri ' +
        'piletimüügis. Helistan teatri püsipublikule ja ettevõtetele ning pakun hooaja abonemente ja grupipileteid; ' +
        '2025/2026 hooajal müüsin üle 400 abonemendi. Suviti olen töötanud kohvikus. Otsin osalise ajaga tööd, mida ' +
        'saaks teha ka pärast lõpetamist.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Telemüüja', 'Emajõe Teater SA', '2024-09', null, true, '09.2024 – praegu', [
          'püsipublikule ja ettevõtetele helistamine, hooaja abonementide ja grupipiletite pakkumine',
          'tellimuste vormistamine piletisüsteemis ja arvete saatmine',
          'esietenduste õhtutel abiks piletikassas',
        ]),
        lines: ['09.2024 – praegu   Telemüüja (osalise ajaga, 20 h nädalas) – Emajõe Teater SA, Tartu'],
      },
      {
        ...job('Teenindaja', 'Kohvik Rõõm OÜ', '2023', '2024', false, 'suved 2023 ja 2024', [
          'lett, kohvijoogid ja kassa',
          'terrassi teenindamine suvistel kontsertõhtutel',
        ]),
        lines: ['suved 2023 ja 2024   Teenindaja (suvetöö) – Kohvik Rõõm OÜ, Elva'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Õpingud praegu' },
      {
        kind: 'paragraph',
        text: 'Tartu Ülikool, eesti ja soome-ugri keeleteadus, bakalaureuseõpe – 3. kursus (alates 2023)',
      },
      { kind: 'heading', text: 'Vabatahtlik tegevus' },
      { kind: 'paragraph', text: 'Supilinna Päevad – vabatahtlik korraldaja (2022–2024)' },
    ],
    education: [
      edu('keskharidus', 'Elva Gümnaasium, keskharidus, 2023', { institution: 'Elva Gümnaasium', endYear: 2023 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'B2', 'soome – B2 (õpin ülikoolis)'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Pingetaluvus', 'Piletisüsteem ja CRM', 'Google Sheets, Canva'],
    clientBase: null,
    competencies: ['communication', 'stress_resistance'],
  },
  {
    id: 'et-h41-02-word-kaks-veergu-seikluspargi-ja-suusakeskuse-grupimuuja-hooajad-otepaa',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Mangaan Kaks',
    email: 'kaks.mangaan4102@example.org',
    phone: '5308 4172',
    contactLines: ['Otepää, Valgamaa'],
    tagline: 'Grupi- ja ettevõtete müük · seikluspark ja suusakeskus',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen Otepääl töötanud üheksa hooaega: alustasin suviti seiklusrajal instruktorina ja talviti suusalaenutuses, ' +
        'nüüd müün aasta ringi gruppidele ja ettevõtetele seiklusparki, suusapäevi ja suvepäevi.',
      'Minu kliendid on umbes 90 ettevõtet, kooli ja spordiklubi üle Eesti, kelle tellimused tõid 2025. aastal ' +
        'keskusele 410 000 €. Ettevõtetes suhtlen enamasti personalijuhtide ja assistentidega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Grupimüügi juht', 'Nüpli Seikluskeskus OÜ', '2022-04', null, true, 'aprill 2022 – praegu', [
          'ettevõtete suve- ja talvepäevade pakkumised ja programmid',
          'koolide õppekäigud ja spordiklubide laagrid',
          'hooajakampaaniad ja paketid koos kohalike majutusasutustega',
          'broneeringute ja arvete jälgimine',
        ]),
        lines: ['Grupimüügi juht', 'Nüpli Seikluskeskus OÜ, Otepää | aprill 2022 – praegu'],
      },
      {
        ...job('Seiklusraja instruktor', 'Nüpli Seikluskeskus OÜ', '2018', '2021', false, 'suved 2018–2021', [
          'ohutusjuhendid, rajal olevate külastajate jälgimine ja päästmine',
          'sünnipäevade ja kooligruppide vastuvõtt',
        ]),
        lines: ['Seiklusraja instruktor', 'Nüpli Seikluskeskus OÜ, Otepää | suved 2018–2021 (mai–september)'],
      },
      {
        ...job(
          'Suusalaenutuse teenindaja',
          'Pühajärve Suusakeskus OÜ',
          '2018',
          '2022',
          false,
          'talved 2018/2019 – 2021/2022',
          ['suuskade ja lumelaudade väljastamine, hooldus ja kassa'],
        ),
        lines: ['Suusalaenutuse teenindaja', 'Pühajärve Suusakeskus OÜ, Otepää | talved 2018/2019 – 2021/2022'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Pärnu kolledž, turismiettevõtluse korraldus, rakenduskõrgharidus, 2016–2020',
        {
          field: 'turismiettevõtluse korraldus',
          institution: 'Tartu Ülikooli Pärnu kolledž',
          startYear: 2016,
          endYear: 2020,
        },
      ),
      edu('keskharidus', 'Otepää Gümnaasium, keskharidus, 2016', {
        institution: 'Otepää Gümnaasium',
        endYear: 2016,
      }),
    ],
    courses: [
      named('Ürituste müük ja hinnastamine', 'Ürituste müük ja hinnastamine, 2023'),
      named('Esmaabi koolitus (16 h)', 'Esmaabi koolitus (16 h), 2024'),
    ],
    certifications: [
      named(
        'Seiklusraja päästja-instruktori tunnistus',
        'Seiklusraja päästja-instruktori tunnistus (kehtib 2027. aastani)',
      ),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('lv', 'A2', 'läti – algtase'),
    ],
    skills: ['Kliendikesksus', 'Läbirääkimisoskus', 'Excel, broneerimissüsteem', 'Juhiload B'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 410_000, segment: 'national' },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'et-h41-03-tekst-punktid-opetaja-ja-mikroroheliste-kasvataja-muuk-restoranidele-polva',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Mangaan Kolm',
    email: 'mangaan.kolm4103@example.net',
    phone: '+372 5622 8190',
    contactLines: ['Himmaste küla, Põlva vald'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töö',
      education: 'Haridus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskan ja tean',
    },
    profile: [
      'Mul on kaks tööd: olen Põlva koolis bioloogia- ja keemiaõpetaja (0,6 kohta) ning kasvatan 2016. aastast ' +
        'oma väikeettevõttes mikrorohelisi ja idusid – hernevõrseid, redise- ja päevalillevõrseid, kressi. Müügiga ' +
        'tegelen ise: minu karpe võtavad 32 restorani, kohvikut ja poodi Põlva-, Võru- ja Tartumaal, suvel käin ka ' +
        'taluturgudel. Restoranides lepin koguse ja hinna kokku peakoka või omanikuga, poodides omanikuga – nemad ' +
        'otsustavad ise, mida tellida. 2025. aastal tuli neilt kokku 48 000 €.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Omanik ja kasvataja', 'Himmaste Võrsed OÜ', '2016', null, true, '2016 – praegu', [
          'kasvatusruum riiulitel ja LED-valgusega, külvid ja lõikus kolm korda nädalas',
          'restoranide, kohvikute ja poodide tellimused, hinnad ja tarned – kokkulepped teen ise, veod samuti',
          'taluturud ja toidufestivalid',
        ]),
        lines: ['2016 – praegu: Omanik ja kasvataja, Himmaste Võrsed OÜ (oma ettevõte)'],
      },
      {
        ...job('Bioloogia- ja keemiaõpetaja', 'Põlva Kool', '2012-08', null, false, 'august 2012 – praegu', [
          '7.–9. klassi bioloogia ja keemia',
          'loodusring ja õppekäigud rabasse',
        ]),
        lines: ['august 2012 – praegu: Bioloogia- ja keemiaõpetaja (0,6 kohta), Põlva Kool'],
      },
      {
        ...job('Laborant', 'Lõuna Piimatööstus AS', '2009', '2012', false, '2009–2012', [
          'piima ja juustu kvaliteedianalüüsid',
        ]),
        lines: ['2009–2012: Laborant, Lõuna Piimatööstus AS, Põlva'],
      },
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, loodusteaduste õpetaja, magistrikraad, 2010–2012', {
        field: 'loodusteaduste õpetaja',
        institution: 'Tartu Ülikool',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, bioloogia, bakalaureusekraad, 2006–2009', {
        field: 'bioloogia',
        institution: 'Tartu Ülikool',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Taimede kasvatamine sisetingimustes', 'Taimede kasvatamine sisetingimustes, 2015'),
      named('Toiduohutus väiketootjale', 'Toiduohutus väiketootjale, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('de', 'A2', 'saksa – algtase'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Ettevõtlik', 'Suhtlemisoskus', 'Toiduohutus ja märgistusnõuded', 'Juhiload B, BE'],
    clientBase: { activeAccounts: 32, annualRevenueEur: 48_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'entrepreneurship'],
  },
  {
    id: 'et-h41-04-pdf-tabel-kaubanduskulmutuse-kliendihaldur-lapsehoolduspuhkuse-jarel-keila',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Mangaan Neli',
    email: 'neli.mangaan4104@example.com',
    phone: '+372 5554 0931',
    contactLines: ['Keila, Harjumaa'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
      workTable: ['Aeg', 'Ettevõte', 'Amet'],
    },
    profile: [
      'Kaubanduskülmutuse kliendihaldur, kes tuli 2025. aasta sügisel pärast kolmeaastast lapsehoolduspuhkust ' +
        'tööle tagasi, esialgu 30 tundi nädalas. Praegu on minu hallata 38 toidupoodi, tanklapoodi ja kohvikut ' +
        'Harjumaal ja Läänemaal. Nende külmaseadmete ostud ja hoolduslepingud olid viimase 12 kuu jooksul kokku ' +
        'umbes 620 000 €. Väikestes poodides otsustab omanik, kettide kauplustes piirkonnajuht.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Kliendihaldur', 'Polaarkülm OÜ', '2025-09', null, true, '09.2025 – praegu', [
        'poodide ja kohvikute külmaseadmete pakkumised, hoolduslepingud ja nende pikendamine',
        'uute klientide leidmine Läänemaal',
        'tehnikute ja paigalduste aegade kokkuleppimine',
      ]),
      job('Kliendihaldur', 'Polaarkülm OÜ', '2018-03', '2022-08', true, '03.2018 – 08.2022', [
        '55 kaupluse ja kohviku haldamine Tallinnas ja Harjumaal',
        'külmletid, külmikud ja külmkambrid – pakkumised koos projekteerijaga',
      ]),
      job('Müügiassistent', 'Polaarkülm OÜ', '2015-05', '2018-02', false, '05.2015 – 02.2018', [
        'tellimuste vormistamine, hinnapakkumiste ettevalmistamine kliendihalduritele',
      ]),
      job('Klienditeenindaja', 'Ranna Kaubandus OÜ', '2012', '2015-04', false, '2012 – 04.2015'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Vaheaeg 09.2022 – 08.2025: lapsehoolduspuhkus (kaks last).' }],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, ärikorraldus, rakenduskõrgharidus (kaugõpe), 2013–2017',
        {
          field: 'ärikorraldus',
          institution: 'Eesti Ettevõtluskõrgkool Mainor',
          startYear: 2013,
          endYear: 2017,
        },
      ),
      edu('keskharidus', 'Keila Gümnaasium, keskharidus, 2011', { institution: 'Keila Gümnaasium', endYear: 2011 }),
    ],
    courses: [
      named('Külmaseadmete alused mittetehnikutele', 'Külmaseadmete alused mittetehnikutele, 2016'),
      named('Excel edasijõudnutele', 'Excel edasijõudnutele, 2025'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Kliendisuhted', 'Planeerimine', 'Excel, Directo, Pipedrive', 'Juhiload B'],
    clientBase: { activeAccounts: 38, annualRevenueEur: 620_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'et-h41-05-word-uus-europass-ukrainlanna-moobli-furnituuri-muugiesindaja-parnu',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Mangaan Viis',
    email: 'viis.mangaan4105@example.org',
    phone: '(+372) 5837 2261',
    contactLines: ['Aadress: Pärnu, Eesti (Kodu)'],
    afterContact: [{ kind: 'paragraph', text: 'Kodakondsus: Ukraina | Sünniaeg: 11/04/1986 | Sugu: Naine' }],
    headings: {
      profile: 'MINUST',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS JA KOOLITUS',
      courses: 'KOOLITUSED',
      languages: 'KEELEOSKUS',
      skills: 'DIGIOSKUSED JA MUU',
    },
    profile: [
      'Müügiesindaja mööblifurnituuri hulgimüügis. Ukrainas töötasin üheksa aastat Harkivis müügijuhina, Eestis ' +
        'alustasin 2022. aastal mööblitehase laos. Praegu on minu kliendid 55 mööblitöökoda ja köögistuudiot ' +
        'Pärnumaal, Läänemaal ja Viljandimaal; 2025. aastal ostsid nad meilt kokku 870 000 euro eest. Väikestes ' +
        'töökodades otsustab omanik ise, millist furnituuri kasutada.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja', 'Furnituurikeskus OÜ', '2024-02', null, true, '[ 02/2024 – Praegu ]', [
          'töökodade ja köögistuudiote külastused, uued tooted (hinged, sahtlisüsteemid, käepidemed)',
          'tellimused ja hinnakokkulepped',
          'uute klientide leidmine Viljandimaal',
        ]),
        lines: ['[ 02/2024 – Praegu ]', 'Müügiesindaja', 'Furnituurikeskus OÜ', 'Linn: Pärnu | Riik: Eesti'],
      },
      {
        ...job('Laotöötaja', 'Pärnu Mööbel AS', '2022-06', '2024-01', false, '[ 06/2022 – 01/2024 ]', [
          'furnituuri ja plaatmaterjali vastuvõtt ja komplekteerimine',
        ]),
        lines: ['[ 06/2022 – 01/2024 ]', 'Laotöötaja', 'Pärnu Mööbel AS', 'Linn: Pärnu | Riik: Eesti'],
      },
      {
        ...job('Müügijuht', 'Mebli-Furnitura TOV', '2013-03', '2022-02', true, '[ 03/2013 – 02/2022 ]', [
          'Harkivi ja Poltava oblasti mööblitootjad, umbes 120 klienti',
          'lepingud, maksetingimused ja võlgade jälgimine',
        ]),
        lines: [
          '[ 03/2013 – 02/2022 ]',
          'Müügijuht (menedžer z prodažu)',
          'Mebli-Furnitura TOV',
          'Linn: Harkiv | Riik: Ukraina',
        ],
      },
      {
        ...job('Müügikonsultant', 'Budmaister TOV', '2009-07', '2013-02', true, '[ 07/2009 – 02/2013 ]', [
          'köögi- ja mööblitarvikute osakond ehituskaupade kaupluses',
        ]),
        lines: ['[ 07/2009 – 02/2013 ]', 'Müügikonsultant', 'Budmaister TOV', 'Linn: Harkiv | Riik: Ukraina'],
      },
    ],
    education: [
      edu(
        'bakalaureus',
        '[ 2004 – 2008 ] Harkivi Rahvusmajanduse Ülikool – Turundus, bakalaureus (bakalavr) | EKR tase 6',
        {
          field: 'Turundus',
          institution: 'Harkivi Rahvusmajanduse Ülikool',
          startYear: 2004,
          endYear: 2008,
        },
      ),
    ],
    courses: [
      named('Eesti keel B1', 'Eesti keel B1, Töötukassa keelekursus (2023)'),
      named('Mööblifurnituuri tootekoolitus', 'Mööblifurnituuri tootekoolitus, Furnituurikeskus OÜ (2024)'),
    ],
    certifications: [],
    languages: [
      lang('uk', 'native', ''),
      lang('ru', 'native', ''),
      lang('et', 'B1', ''),
      lang('en', 'B2', ''),
      lang('pl', 'A2', ''),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): UKRAINA | VENE' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed):' },
      {
        kind: 'paragraph',
        text: 'EESTI KEEL  KUULAMINE B1 | LUGEMINE B1 | KIRJUTAMINE A2 | SUULINE ESITUS B1 | SUULINE SUHTLUS B1',
      },
      {
        kind: 'paragraph',
        text: 'INGLISE KEEL  KUULAMINE B2 | LUGEMINE B2 | KIRJUTAMINE B2 | SUULINE ESITUS B2 | SUULINE SUHTLUS B2',
      },
      {
        kind: 'paragraph',
        text: 'POOLA KEEL  KUULAMINE A2 | LUGEMINE A2 | KIRJUTAMINE A1 | SUULINE ESITUS A2 | SUULINE SUHTLUS A2',
      },
    ],
    skills: ['Microsoft Office, Directo', 'Viber, WhatsApp, Teams', 'Suhtlemisoskus', 'Juhiluba: B'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 870_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication'],
  },
  {
    id: 'et-h41-06-tekst-tabelid-jahireiside-asutaja-ja-metsakonsulent-iisaku',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Mangaan Kuus',
    email: 'mangaan6.jaht4106@example.com',
    phone: '+372 5196 3380',
    contactLines: ['Iisaku, Alutaguse vald'],
    afterContact: [{ kind: 'paragraph', text: 'Sündinud 1979 · Juhiload B, BE, C' }],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Kursused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Muu',
    },
    jobLabels: { period: 'Aeg', title: 'Amet', employer: 'Ettevõte', duties: 'Mida teen / tegin' },
    profile: [
      'Jahimees ja metsamees, kes müüb jahireise. 2014. aastal asutasin koos vennaga jahiturismi ettevõtte: vend ' +
        'korraldab jahte, mina leian ja hoian kliente. Meie kliendid on 21 jahireisibürood Soomes, Rootsis, ' +
        'Saksamaal ja Taanis, kes saadavad meile oma gruppe; 2025. aastal tõid nad 340 000 € käivet. Bürood on ' +
        'väikesed ja nende omanikud otsustavad ise, kuhu gruppe saata. Talviti töötan lisaks metsaühistus ' +
        'metsakonsulendina.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Juhatuse liige ja müügijuht',
        'Alutaguse Jahireisid OÜ',
        '2014-03',
        null,
        true,
        'märts 2014 – praegu',
        [
          'lepingud ja hinnad jahireisibüroodega, jahimessid Saksamaal ja Soomes',
          'uute büroode leidmine, viimati kaks Taanis',
          'pakkumised, broneeringud ja kliendisuhted',
        ],
        'Iisaku',
      ),
      job(
        'Metsakonsulent',
        'Ida-Viru Metsaühistu MTÜ',
        '2017',
        null,
        false,
        '2017 – praegu (novembrist märtsini, 0,5 kohta)',
        ['metsaomanike nõustamine, raieplaanid ja toetuste taotlused'],
        'Jõhvi',
      ),
      job(
        'Metsur',
        'Alutaguse Metsatööd OÜ',
        '2000',
        '2014',
        false,
        '2000 – 2014',
        ['raie- ja hooldustööd, talviti metsaveo abitööd'],
        'Mäetaguse',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Ühiskondlik tegevus' },
      { kind: 'paragraph', text: 'Iisaku Jahiseltsi juhatuse liige 2010. aastast (vabatahtlik).' },
    ],
    education: [
      edu('kutseharidus', 'Luua Metsanduskool, metsur, kutseharidus, 1996–1999', {
        field: 'metsur',
        institution: 'Luua Metsanduskool',
        startYear: 1996,
        endYear: 1999,
      }),
      edu('põhiharidus', 'Iisaku Keskkool, põhiharidus, 1996', { institution: 'Iisaku Keskkool', endYear: 1996 }),
    ],
    courses: [
      named('Jahiturismi korraldamine ja turundus', 'Jahiturismi korraldamine ja turundus, 2015'),
      named('Saksa keel A2–B1', 'Saksa keel A2–B1, Jõhvi, 2018'),
    ],
    certifications: [named('Metsakonsulent, tase 5', 'Metsakonsulent, tase 5 (kehtib 2027. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('fi', 'B2', 'soome – hea'),
      lang('de', 'B1', 'saksa – suhtlustasemel'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Jahitunnistus ja relvaluba', 'Excel, broneerimistabelid', 'Metsamajandus ja metsaseadus'],
    clientBase: { activeAccounts: 21, annualRevenueEur: 340_000, segment: 'international', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'et-h41-07-linkedin-pdf-indiast-kullerist-restoranipartnerite-haldur-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Mangaan Seitse',
    email: 'seitse.mangaan4107@example.net',
    phone: '+372 5820 7415',
    contactLines: ['www.linkedin.example.com/in/mangaan-seitse (LinkedIn)'],
    tagline: 'Partner Account Manager | Restoranid ja toidukullerteenus | Tallinn',
    afterContact: [{ kind: 'paragraph', text: 'Tallinn, Harjumaa, Eesti' }],
    headings: {
      contact: 'Kontaktandmed',
      skills: 'Peamised oskused',
      languages: 'Keeled',
      profile: 'Kokkuvõte',
      work: 'Kogemus',
      education: 'Haridus',
    },
    profile: [
      'Tulin Eestisse 2019. aastal Indiast õppima. Õpingute kõrvalt sõitsin kullerina, siis töötasin partnerite ' +
        'toes ja nüüd haldan restoranipartnereid. Minu portfellis on 150 restorani ja kohvikut Tallinnas ja ' +
        'Harjumaal, enamasti väikeettevõtted, kus omanik ise otsustab menüü, hinnad ja kampaaniad. Õpin eesti keelt ' +
        'ja kirjutasin selle profiili eesti keeles.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Partner Account Manager',
          'Kiirkuller Eesti OÜ',
          '2024-05',
          null,
          true,
          'mai 2024 - Praegu (2 aastat 7 kuud)',
        ),
        lines: [
          'Kiirkuller Eesti OÜ',
          '5 aastat 3 kuud',
          'Partner Account Manager',
          'mai 2024 - Praegu (2 aastat 7 kuud)',
          'Tallinn, Harjumaa, Eesti',
          'Restoranipartnerite haldus: lepingud, vahendustasu läbirääkimised, kampaaniad ja menüüde tulemused. ' +
            'Uute restoranide liitmine – 2025. aastal 46 uut partnerit.',
        ],
      },
      {
        ...job(
          'Partner Support Specialist',
          'Kiirkuller Eesti OÜ',
          '2021-09',
          '2024-04',
          false,
          'september 2021 - aprill 2024 (2 aastat 8 kuud)',
        ),
        lines: [
          'Partner Support Specialist',
          'september 2021 - aprill 2024 (2 aastat 8 kuud)',
          'Tallinn, Eesti',
          'Restoranide päringud, menüüde sisestamine, tellimuste probleemide lahendamine.',
        ],
      },
      {
        ...job('Kuller', 'FIE', '2019-10', '2021-08', false, 'oktoober 2019 - august 2021 (1 aasta 11 kuud)'),
        lines: [
          'Kuller',
          'FIE · Osaline tööaeg',
          'oktoober 2019 - august 2021 (1 aasta 11 kuud)',
          'Tallinn, Eesti',
          'Toidu kohaletoimetamine jalgratta ja autoga õpingute kõrvalt.',
        ],
      },
      {
        ...job(
          'Sales Executive',
          'Deccan Two Wheelers Pvt. Ltd.',
          '2016-07',
          '2019-07',
          true,
          'juuli 2016 - juuli 2019 (3 aastat 1 kuu)',
        ),
        lines: [
          'Deccan Two Wheelers Pvt. Ltd.',
          'Sales Executive',
          'juuli 2016 - juuli 2019 (3 aastat 1 kuu)',
          'Pune, Maharashtra, India',
          'Motorollerite ja mootorrataste müük salongis, liisingu- ja kindlustuspaberid.',
        ],
      },
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool · Magistrikraad, rahvusvaheline ärijuhtimine · (2019 - 2021)', {
        field: 'rahvusvaheline ärijuhtimine',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2019,
        endYear: 2021,
      }),
      edu('bachelor', 'Savitribai Phule Pune University · Bachelor of Commerce (B.Com) · (2013 - 2016)', {
        institution: 'Savitribai Phule Pune University',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('en', 'C1', 'Inglise keel (Täielik tööalane keeleoskus)'),
      lang('hi', 'native', 'Hindi keel (Emakeel või kakskeelne)'),
      lang('mr', 'native', 'Marathi keel (Emakeel või kakskeelne)'),
      lang('et', 'B1', 'Eesti keel (Piiratud tööalane keeleoskus)'),
    ],
    skills: ['Partnerisuhted', 'Läbirääkimised', 'Andmed ja aruandlus (Looker, Excel)'],
    clientBase: { activeAccounts: 150, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h41-08-word-punktid-jalatsiagendist-parast-labipolemist-raamatukoguhoidja-viljandi',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Mangaan Kaheksa',
    email: 'kaheksa.mangaan4108@example.com',
    phone: '5345 9027',
    contactLines: ['Viljandi'],
    headings: {
      profile: 'Minust',
      work: 'Tööalane kogemus',
      education: 'Haridus',
      courses: 'Täiendkoolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused ja omadused',
    },
    profile: [
      'Olin 12 aastat jalatsibrändide agent: esindasin Skandinaavia ja Saksa kingatootjaid Eesti ja Läti ' +
        'kingapoodides. Viimasel agendiaastal oli mul 64 kingapoodi Eestis ja Lätis, kelle tellimused olid kokku ' +
        'umbes 1,2 mln €; poodide omanikud valisid kollektsioonid ise minu näidiste järgi.',
      '2021. aasta sügisel jäin läbipõlemise tõttu pikemaks ajaks haiguslehele ja otsustasin pärast taastumist ' +
        'elus midagi muuta. 2022. aastast töötan Viljandi linnaraamatukogus ja kandideerin raamatukogu- ja ' +
        'kultuurivaldkonna ametikohtadele.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Raamatukoguhoidja', 'Viljandi Linnaraamatukogu', '2022-09', null, false, 'september 2022 – praegu', [
          'laenutus ja lugejate nõustamine',
          'kirjandusõhtud ja lasteüritused',
          'eakate digiõpe kaks korda kuus',
        ]),
        lines: ['Raamatukoguhoidja, Viljandi Linnaraamatukogu | september 2022 – praegu'],
      },
      {
        ...job('Jalatsiagent', 'FIE', '2009-10', '2021-10', true, 'oktoober 2009 – oktoober 2021', [
          'viie jalatsibrändi esindamine kingapoodides, hooajanäidised ja eeltellimused',
          'messid Düsseldorfis ja Kopenhaagenis',
          'tasu komisjonitasuna poodide tellimustelt',
        ]),
        lines: ['Jalatsiagent (oma FIE), Eesti ja Läti | oktoober 2009 – oktoober 2021'],
      },
      {
        ...job('Müüja', 'Kingakoda OÜ', '2004', '2009', true, '2004 – 2009', [
          'jalatsite müük ja nõustamine, väljapanekud',
        ]),
        lines: ['Müüja, Kingakoda OÜ, Viljandi | 2004 – 2009'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Tööpaus' },
      {
        kind: 'paragraph',
        text: 'november 2021 – august 2022: haigusleht ja taastumine, seejärel raamatukoguhoidja kutseõpe.',
      },
    ],
    education: [
      edu('kutseõpe', 'Viljandi Kutseõppekeskus, raamatukoguhoidja (täiskasvanute õpe), kutseõpe, 2022–2023', {
        field: 'raamatukoguhoidja',
        institution: 'Viljandi Kutseõppekeskus',
        startYear: 2022,
        endYear: 2023,
      }),
      edu('keskharidus', 'Viljandi Gümnaasium, keskharidus, 2003', {
        institution: 'Viljandi Gümnaasium',
        endYear: 2003,
      }),
    ],
    courses: [
      named('Lugejateeninduse alused', 'Lugejateeninduse alused, 2023'),
      named('Eakate digioskuste õpetamine', 'Eakate digioskuste õpetamine, 2024'),
    ],
    certifications: [named('Raamatukoguhoidja, tase 6', 'Raamatukoguhoidja, tase 6 (2025)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('lv', 'B2', 'läti – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('de', 'B1', 'saksa – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Organiseerimisoskus', 'Raamatukogu infosüsteem, MS Office', 'Juhiload B'],
    clientBase: { activeAccounts: 64, annualRevenueEur: 1_200_000, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'organisation'],
  },
  {
    id: 'et-h41-09-tekst-itaalia-kokast-itaalia-toidukaupade-muugiesindaja-horeca-tallinn',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Mangaan Üheksa',
    email: 'yheksa4109@example.org',
    phone: '+372 5649 1183',
    contactLines: ['Tallinn, Kalamaja', 'Itaalia kodanik, Eestis alates 2012'],
    headings: {
      profile: 'Minust',
      work: 'Tööd',
      education: 'Haridus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen itaallane, sündinud Bolognas. Olen kokk 18 aastat, Eestis alates 2012. Aastal 2021 ma läksin köögist ' +
        'müüki: nüüd pakun Itaalia toorainet restoranidele – juustud, vorstid, jahu, tomatid, oliiviõli.',
      'Mul on 85 restorani ja pizzeriat Tallinnas, Tartus ja Pärnus. 2025 nemad ostsid meilt 1,4 mln € eest. Ma ' +
        'räägin kokaga ja omanikuga, aga omanik otsustab. Ma tean köögi tööd, seepärast kokad usaldavad mind.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja HoReCa', 'Sapori Baltici OÜ', '2021-03', null, true, '03.2021 – praegu', [
          'restoranide külastused, degusteerimised kokkadele',
          'tellimused ja hinnakokkulepped',
          'uued restoranid – 2025 üle 20 uue kliendi',
        ]),
        lines: ['MÜÜGIESINDAJA HoReCa – Sapori Baltici OÜ, Tallinn', '03.2021 – praegu'],
      },
      {
        ...job('Peakokk', 'Trattoria Vanalinn OÜ', '2015-05', '2021-02', false, '05.2015 – 02.2021', [
          'köök 9 inimest, menüü, tellimused tarnijatelt',
          'noorte kokkade õpetamine',
        ]),
        lines: ['PEAKOKK – Trattoria Vanalinn OÜ, Tallinn', '05.2015 – 02.2021'],
      },
      {
        ...job('Kokk', 'Ristorante Il Porto OÜ', '2012-04', '2015-04', false, '04.2012 – 04.2015'),
        lines: ['KOKK – Ristorante Il Porto OÜ, Tallinn', '04.2012 – 04.2015'],
      },
      {
        ...job('Kokk', 'Osteria San Vitale s.r.l.', '2007', '2012', false, '2007 – 2012'),
        lines: ['KOKK (cuoco) – Osteria San Vitale s.r.l., Bologna, Itaalia', '2007 – 2012'],
      },
    ],
    education: [
      edu(
        'kutsekeskharidus',
        'Istituto Alberghiero di Bologna – kokk, kutsekeskharidus (diploma di maturità), 2002–2007',
        {
          field: 'kokk',
          institution: 'Istituto Alberghiero di Bologna',
          startYear: 2002,
          endYear: 2007,
        },
      ),
    ],
    courses: [named('Eesti keel B1', 'Eesti keel B1, keelekursus, 2019'), named('HACCP', 'HACCP, 2013')],
    certifications: [],
    languages: [lang('it', 'native', ''), lang('en', 'B2', ''), lang('et', 'B1', ''), lang('ru', 'A2', '')],
    languagesText: [
      'Itaalia keel – emakeel. Inglise keel – hea. Eesti keel – B1 (tasemeeksam 2020). Vene keel – natuke, ' +
        'õppisin köögis.',
    ],
    skills: ['Toodete tundmine – juustud, vorstid, jahu', 'Kliendikeskne', 'Juhiload B'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_400_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'et-h41-10-pdf-punktid-ode-ja-seemnekreekerite-ettevotte-asutaja-rapla',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Mangaan Kümme',
    email: 'kymme.mangaan4110@example.com',
    phone: '+372 5132 6048',
    contactLines: ['Rapla', 'Sündinud 1983'],
    headings: {
      profile: 'Kes ma olen',
      work: 'Töö',
      education: 'Õpingud',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Tugevused',
    },
    profile: [
      'Olen õde ja ettevõtja. Töötan Rapla haiglas sisehaiguste osakonnas poole kohaga ja pean 2019. aastast oma ' +
        'väikest ettevõtet, mis teeb linaseemnekreekereid ja seemnekrõpse. Küpsetame kahekesi väikeses ' +
        'tootmisköögis, pakendame ise ning müün need ise poodidele, spaadele ja kohvikutele. Praegu on mul 35 ' +
        'püsiklienti üle Eesti – mahepoed, spaad ja kohvikud; 2025. aastal ostsid nad meie tooteid 62 000 € eest.',
      'Otsin tööd, kus saaksin müüa täiskohaga, näiteks tervisetoodete või toidukaupade valdkonnas.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Asutaja ja juhataja', 'Seemnesõber OÜ', '2019-05', null, true, 'mai 2019 – praegu', [
          'retseptid, pakendid ja hinnad',
          'poodide, spaade ja kohvikute tellimused ning kolm e-poodi',
          'messid ja talupäevad',
        ]),
        lines: ['mai 2019 – praegu · Asutaja ja juhataja · Seemnesõber OÜ, Kehtna vald'],
      },
      {
        ...job('Õde', 'Rapla Maakonnahaigla SA', '2014-09', null, false, 'september 2014 – praegu', [
          'sisehaiguste osakond, öövalved',
        ]),
        lines: ['september 2014 – praegu · Õde (0,5 kohta alates 2019) · Rapla Maakonnahaigla SA'],
      },
      {
        ...job('Õde', 'Tallinna Linnahaigla SA', '2006-08', '2014-08', false, 'august 2006 – august 2014', [
          'kirurgiaosakond, 2011. aastast vanemõe asendaja',
        ]),
        lines: ['august 2006 – august 2014 · Õde · Tallinna Linnahaigla SA'],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tervishoiu Kõrgkool, õde, rakenduskõrgharidus, 2002–2006', {
        field: 'õde',
        institution: 'Tallinna Tervishoiu Kõrgkool',
        startYear: 2002,
        endYear: 2006,
      }),
      edu('keskharidus', 'Rapla Ühisgümnaasium, keskharidus, 2002', {
        institution: 'Rapla Ühisgümnaasium',
        endYear: 2002,
      }),
    ],
    courses: [
      named('Väikeettevõtja müügikoolitus', 'Väikeettevõtja müügikoolitus, 2020'),
      named('Toidu märgistamine ja toitumisalased väited', 'Toidu märgistamine ja toitumisalased väited, 2021'),
    ],
    certifications: [named('Õde, tase 6', 'Õde, tase 6 (2015)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Ettevõtlik', 'Pingekindel', 'Suhtlemisoskus', 'Shopify, Canva, Merit Aktiva'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 62_000, segment: 'national' },
    competencies: ['communication', 'entrepreneurship', 'stress_resistance'],
  },
  {
    id: 'et-h41-11-word-tabel-pottsepast-ahjupottide-ja-kaminate-muugijuht-saue',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Mangaan Üksteist',
    email: 'mangaan.yksteist4111@example.net',
    phone: '+372 5560 3471',
    contactLines: ['Saue, Harjumaa'],
    headings: {
      profile: 'Lühitutvustus',
      work: 'Töökäik',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keelteoskus',
      skills: 'Oskused',
      workTable: ['Aeg', 'Ettevõte', 'Ametikoht'],
    },
    profile: [
      'Olen 15 aastat ladunud ahje ja kaminaid – algul pottsepana ühes Nõmme firmas, siis meie töökoja ' +
        'meistrina. 2021. aastast müün meie ettevõtte ahjupotte, kaminasüdamikke ja soemüüriahjude komplekte. Minu ' +
        'kliendid on 48 pottsepafirmat, ehituspoodi ja kaminasalongi üle Eesti; 2025. aastal tellisid nad kokku ' +
        '1,6 mln € eest. Kuna olen ise ahju ladunud, oskan pottsepale ja majaomanikule kohe öelda, mis töötab.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügijuht', 'Saue Ahjupott OÜ', '2021-04', null, true, '04/2021 – praegu', [
        'pottsepafirmade ja ehituspoodide pakkumised ja aastakokkulepped',
        'ahjuprojektide kontroll ja tarnete ajastamine koos laoga',
        'näidissaal ja ehitusmessid',
      ]),
      job('Pottsepa meister', 'Saue Ahjupott OÜ', '2011', '2021-03', false, '2011 – 03/2021', [
        'eritellimusel ahjude ja kaminate ladumine ning potikahhelite valik klientidega',
        'nelja pottsepa juhendamine',
      ]),
      job('Pottsepp', 'Nõmme Ahjumeistrid OÜ', '2006', '2011', false, '2006 – 2011', [
        'ahjude, pliitide ja korstnate ladumine ja remont',
      ]),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Ehituskool, pottsepp, kutseharidus, 2003–2006', {
        field: 'pottsepp',
        institution: 'Tallinna Ehituskool',
        startYear: 2003,
        endYear: 2006,
      }),
    ],
    courses: [
      named('Soemüüriahjude projekteerimine', 'Soemüüriahjude projekteerimine, Soome, 2017'),
      named('B2B müügi alused', 'B2B müügi alused, 2021'),
    ],
    certifications: [named('Pottsepp-meister, tase 5', 'Pottsepp-meister, tase 5 (2015)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'B1', 'soome – suhtlustasemel (töötasin kaks suve Soomes)'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Küttetehnilised arvutused, AutoCAD', 'Juhiload B, C'],
    clientBase: { activeAccounts: 48, annualRevenueEur: 1_600_000, segment: 'national' },
    competencies: ['coaching', 'negotiation'],
  },
  {
    id: 'et-h41-12-tekst-kaks-veergu-matkaautode-muuja-suviti-lumetorje-talviti-haapsalu',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Mangaan Kaksteist',
    email: 'kaksteist.mangaan4112@example.org',
    phone: '5684 2017',
    contactLines: ['Haapsalu, Läänemaa', 'Sündinud 1995'],
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      work: 'Töökogemus',
      courses: 'Koolitus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Töötan kahe hooajaga: aprillist septembrini müün ja rendin matkaautosid ja haagissuvilaid, talvel sõidan ' +
        'sahaga ja hoolitsen teede lumetõrje eest. Matkaautode müügis olen olnud viis suve; 2026. aasta hooajal ' +
        'müüsin 31 kasutatud matkaautot ja haagissuvilat eraostjatele ning vormistasin umbes 160 rendilepingut. ' +
        'Otsin aastaringset tööd müügis, soovitavalt sõidukite või vabaajatoodete alal.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Müügikonsultant (matkaautod)',
          'Läänemaa Karavan OÜ',
          '2022',
          '2026',
          true,
          'hooajad 2022–2026 (aprill–september)',
          [
            'kasutatud matkaautode ja haagissuvilate müük, vahetusautode hindamine',
            'rendilepingud, autode üleandmine ja kasutamise selgitamine',
            'liisingu ja kindlustuse vormistamine',
          ],
        ),
        lines: ['Müügikonsultant (matkaautod)', 'Läänemaa Karavan OÜ, Haapsalu | hooajad 2022–2026 (aprill–september)'],
      },
      {
        ...job(
          'Lumetõrje masinajuht',
          'Lääne Teed OÜ',
          '2021',
          null,
          false,
          'talved 2021/2022 – praegu (november–märts)',
          ['teede sahkamine ja liivatamine Haapsalu ümbruses, valvegraafik'],
        ),
        lines: ['Lumetõrje masinajuht', 'Lääne Teed OÜ, Haapsalu | talved 2021/2022 – praegu (november–märts)'],
      },
      {
        ...job('Laotöötaja', 'Haapsalu Ehitusmaterjalid OÜ', '2015-06', '2021-05', false, '06.2015 – 05.2021', [
          'kauba vastuvõtt, laadurijuht',
        ]),
        lines: ['Laotöötaja', 'Haapsalu Ehitusmaterjalid OÜ | 06.2015 – 05.2021'],
      },
    ],
    education: [
      edu('kutseharidus', 'Haapsalu Kutsehariduskeskus, autotehnik, kutseharidus, 2011–2014', {
        field: 'autotehnik',
        institution: 'Haapsalu Kutsehariduskeskus',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [named('Sõidukite müügi ja liisingu alused', 'Sõidukite müügi ja liisingu alused, 2023')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Autotehnika tundmine', 'Kliendikeskne', 'Juhiload B, C, CE, T', 'Laaduri ja traktori juhtimine'],
    clientBase: null,
    competencies: ['customer_focus'],
  },
  {
    id: 'et-h41-13-pdf-palkmajade-eksportija-tagasi-parast-vahiravi-paide',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Mangaan Kolmteist',
    email: 'kolmteist.palk4113@example.com',
    phone: '+372 5031 7752',
    contactLines: ['Paide, Järvamaa'],
    tagline: 'Ekspordimüügijuht · palkmajad',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müün palkmaju Norrasse ja Rootsi 2010. aastast. 2023. aasta alguses avastati mul vähk ja olin peaaegu kaks ' +
        'aastat ravil ja taastusin. 2025. aasta märtsist olen tagasi samas ettevõttes, alguses 0,6 kohaga ja 2026. ' +
        'aasta algusest täiskohaga.',
      'Minu kliendid on 16 edasimüüjat ja ehitusfirmat Norras ja Rootsis; 2025. aastal olid nende tellimused 2,8 ' +
        'mln €. Edasimüüjate omanikud otsustavad ise, milliseid majatüüpe nad oma kataloogi võtavad.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Ekspordimüügijuht',
        'Järva Palkmaja AS',
        '2025-03',
        null,
        true,
        'märts 2025 – praegu',
        [
          'edasimüüjate külastused ja majamessid Norras',
          'pakkumised projektijooniste järgi, lepingud ja tarnegraafikud',
          'uute ehitusfirmade leidmine Lõuna-Rootsis',
        ],
        'Imavere',
      ),
      job(
        'Ekspordimüügijuht',
        'Järva Palkmaja AS',
        '2014-01',
        '2022-12',
        true,
        'jaanuar 2014 – detsember 2022',
        ['Norra turg, 14 edasimüüjat', 'Rootsi turu avamine 2019'],
        'Imavere',
      ),
      job(
        'Müügispetsialist',
        'Järva Palkmaja AS',
        '2010-05',
        '2013-12',
        true,
        'mai 2010 – detsember 2013',
        ['pakkumised ja lepingute ettevalmistus, Norra edasimüüjate tellimused'],
        'Imavere',
      ),
      job('Tootmismeister', 'Paide Puit OÜ', '2004', '2010', false, '2004 – 2010', [], 'Paide'),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Tööpaus' },
      {
        kind: 'paragraph',
        text: 'jaanuar 2023 – veebruar 2025: haigusleht, ravi ja taastumine. Olen täielikult töövõimeline.',
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Maaülikool, puidutöötlemise tehnoloogia, rakenduskõrgharidus, 2000–2004', {
        field: 'puidutöötlemise tehnoloogia',
        institution: 'Eesti Maaülikool',
        startYear: 2000,
        endYear: 2004,
      }),
    ],
    courses: [
      named('Norra keel A2', 'Norra keel A2, 2012'),
      named('Ekspordilepingud ja Incoterms', 'Ekspordilepingud ja Incoterms, 2016'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('no', 'B2', 'norra – hea'),
      lang('sv', 'B1', 'rootsi – suhtlustasemel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
    ],
    skills: ['Kliendisuhted', 'Ehitusjooniste lugemine', 'Excel, Pipedrive, SketchUp', 'Juhiload B'],
    clientBase: { activeAccounts: 16, annualRevenueEur: 2_800_000, segment: 'international', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'et-h41-14-word-hambaarsti-assistendist-soome-patsientide-koordinaator-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Mangaan Neliteist',
    nameLine: 'CV – Kandidaat Mangaan Neliteist',
    email: 'neliteist4114@example.net',
    phone: '+372 5872 1406',
    contactLines: ['Tallinn, Lasnamäe'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen vene emakeelega ja töötanud hambaravis 11 aastat – assistendina ja nüüd patsiendikoordinaatorina, kes ' +
        'müüb ravipakette Soome patsientidele. Minu töö on konsultatsioonid, raviplaanide ja hindade selgitamine ' +
        'ning visiitide planeerimine. 2025. aastal sõlmisin 410 raviplaani kogusummas üle 900 000 €. Patsiendid on ' +
        'eraisikud, peamiselt Helsingist ja Uusimaalt.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Patsiendikoordinaator-müügikonsultant',
        'Tallinna Hambakliinik OÜ',
        '2021-02',
        null,
        true,
        'veebruar 2021 – praegu',
        [
          'Soome patsientide konsultatsioonid kohapeal ja videokõnes, raviplaanide ja pakettide müük',
          'kuu müügieesmärk ja aruanded kliiniku juhile',
          'Soome reisibüroode ja hotellidega suhtlemine, transpordi ja majutuse broneerimine',
        ],
        'Tallinn',
      ),
      job(
        'Hambaarsti assistent',
        'Tallinna Hambakliinik OÜ',
        '2017-06',
        '2021-01',
        false,
        'juuni 2017 – jaanuar 2021',
        ['assisteerimine implantoloogile, steriliseerimine, patsientide vastuvõtt'],
        'Tallinn',
      ),
      job(
        'Hambaarsti assistent',
        'Lasnamäe Hambaravi OÜ',
        '2015-09',
        '2017-05',
        false,
        'september 2015 – mai 2017',
        [],
        'Tallinn',
      ),
    ],
    education: [
      edu('kutseõpe', 'Tallinna Tervishoiu Kõrgkool, hambaarsti assistent, kutseõpe, 2013–2015', {
        field: 'hambaarsti assistent',
        institution: 'Tallinna Tervishoiu Kõrgkool',
        startYear: 2013,
        endYear: 2015,
      }),
      edu('keskharidus', 'Tallinna Laagna Gümnaasium, keskharidus, 2013', {
        institution: 'Tallinna Laagna Gümnaasium',
        endYear: 2013,
      }),
    ],
    courses: [
      named('Soome keel B1–B2', 'Soome keel B1–B2, 2019'),
      named('Müük ja suhtlemine tervishoius', 'Müük ja suhtlemine tervishoius, 2022'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'C1', 'eesti – C1 (2016)'),
      lang('fi', 'B2', 'soome – B2'),
      lang('en', 'B1', 'inglise – B1'),
    ],
    skills: ['Suhtlemisoskus', 'Kliendikesksus', 'Hambaravi infosüsteem, Excel'],
    clientBase: null,
    competencies: ['communication', 'customer_focus', 'organisation'],
  },
  {
    id: 'et-h41-15-tekst-punktid-fotograaf-fie-ja-fotoringi-juhendaja-endine-fotopoe-muuja-kardla',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Mangaan Viisteist',
    email: 'viisteist.foto4115@example.com',
    phone: '+372 5341 7785',
    contactLines: ['Kärdla, Hiiumaa'],
    headings: {
      profile: 'Lühidalt',
      work: 'Kogemus',
      education: 'Haridus',
      courses: 'Kursused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Mida oskan',
    },
    profile: [
      'Fotograaf. Pildistan ettevõtetele tooteid, üritusi ja portreesid ning suviti pulmi. Kliendid leian ise, ' +
        'hinnapakkumised ja lepingud teen ise – aga enamiku ajast olen kaamera taga või arvuti taga pilte ' +
        'töötlemas. Kaks päeva nädalas õpetan Kärdla koolis fotoringi. Enne Hiiumaale kolimist töötasin viis aastat ' +
        'Tallinnas fotopoes müüjana.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Fotograaf', 'FIE', '2017', null, false, '2017 – praegu', [
          'tootefotod e-poodidele ja ettevõtetele, ürituste ja pulmade pildistamine',
          'pakkumised, lepingud ja arved – kõik ise',
        ]),
        lines: ['2017 – praegu: Fotograaf (FIE), Hiiumaa ja Tallinn'],
      },
      {
        ...job('Fotoringi juhendaja', 'Kärdla Põhikool', '2020-09', null, false, 'september 2020 – praegu', [
          '5.–9. klassi fotoring, näitused kooli fuajees',
        ]),
        lines: ['september 2020 – praegu: Fotoringi juhendaja (osalise ajaga), Kärdla Põhikool'],
      },
      {
        ...job('Müüja-konsultant', 'Kaamerakeskus OÜ', '2012-03', '2017-04', true, 'märts 2012 – aprill 2017', [
          'kaamerate, objektiivide ja valgustite müük ja nõustamine',
          'poe klientidele fotokursuste korraldamine',
        ]),
        lines: ['märts 2012 – aprill 2017: Müüja-konsultant, Kaamerakeskus OÜ, Tallinn'],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tartu Kõrgem Kunstikool, fotograafia, rakenduskõrgharidus, 2008–2012', {
        field: 'fotograafia',
        institution: 'Tartu Kõrgem Kunstikool',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('keskharidus', 'Hiiumaa Gümnaasium, keskharidus, 2008', {
        institution: 'Hiiumaa Gümnaasium',
        endYear: 2008,
      }),
    ],
    courses: [named('Tootefotograafia ja valgus', 'Tootefotograafia ja valgus, 2018')],
    certifications: [named('Fotograaf, tase 5', 'Fotograaf, tase 5 (2016)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('sv', 'A2', 'rootsi – algtase'),
    ],
    skills: ['Loov', 'Algatusvõimeline', 'Adobe Lightroom ja Photoshop', 'Juhiload B'],
    clientBase: null,
    competencies: ['initiative', 'innovation'],
  },
  {
    id: 'et-h41-16-pdf-tabel-bowlingukeskuse-urituste-muugijuht-ja-dj-johvi',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Mangaan Kuusteist',
    email: 'kuusteist.mangaan4116@example.org',
    phone: '+372 5518 9034',
    contactLines: ['Jõhvi, Ida-Virumaa'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
      workTable: ['Periood', 'Ametikoht', 'Tööandja'],
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Töötan Jõhvis bowlingu- ja karaokekeskuses ürituste müügijuhina ja nädalavahetustel olen DJ ja õhtujuht. ' +
        'Müün ettevõtetele firmaüritusi, jõulupidusid ja meeskonnapäevi ning koolidele lõpupidusid. Minu kliendid ' +
        'on umbes 75 ettevõtet ja asutust Ida-Virumaal; 2025. aastal tõid nende üritused keskusele 290 000 €. ' +
        'Firmaüritusi tellivad tavaliselt personalijuhid ja juhiabid.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Ürituste müügijuht', 'Kuulirada OÜ', '2022-08', null, true, '08.2022 – praegu', [
        'firmaürituste, sünnipäevade ja lõpupidude pakkumised ja lepingud',
        'menüü ja programmi planeerimine koos köögi ja DJ-dega',
        'sotsiaalmeedia kampaaniad',
      ]),
      job('DJ ja õhtujuht', 'FIE', '2016', null, false, '2016 – praegu (nädalavahetustel)', [
        'pulmad, firmapeod ja kooliüritused Ida-Virumaal ja Tallinnas',
      ]),
      job('Baarmen', 'Kuulirada OÜ', '2018-05', '2022-07', false, '05.2018 – 07.2022'),
      job('Kassapidaja', 'Virumaa Kaubanduskeskus OÜ', '2015', '2018-04', false, '2015 – 04.2018'),
    ],
    education: [
      edu('kutseharidus', 'Ida-Virumaa Kutsehariduskeskus, kokk, kutseharidus, 2012–2015', {
        field: 'kokk',
        institution: 'Ida-Virumaa Kutsehariduskeskus',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [
      named('Eesti keel B2', 'Eesti keel B2, 2019'),
      named('Ürituste korraldamine', 'Ürituste korraldamine, 2021'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B2', 'eesti – B2'),
      lang('en', 'B1', 'inglise – B1'),
    ],
    skills: ['Pingekindel', 'Suhtlemisoskus', 'Excel, Canva, helitehnika'],
    clientBase: { activeAccounts: 75, annualRevenueEur: 290_000, segment: 'regional_smb' },
    competencies: ['communication', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h41-17-word-kaks-veergu-maastikuehitajast-kastmissusteemide-kliendihaldur-rapina',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Mangaan Seitseteist',
    email: 'seitseteist4117@example.com',
    phone: '+372 5330 4826',
    contactLines: ['Räpina, Põlvamaa'],
    tagline: 'Kliendihaldur – kastmis- ja niisutussüsteemid',
    headings: {
      contact: 'Kontakt',
      profile: 'Tutvustus',
      work: 'Töökogemus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Aednik ja maastikuehitaja, kes läks 2020. aastal müüki. Töötan kastmis- ja niisutussüsteemide maaletooja ' +
        'kliendihaldurina: minu kliendid on 34 aianduskeskust ja haljastusfirmat Eestis ja Lätis ning 11 ' +
        'köögivilja- ja marjakasvatajat, kes ostavad tilkkastmise süsteeme oma põldudele.',
      '2025. aastal ostsid nad kokku 1,9 mln € eest. Aianduskeskuste omanikud ja kasvatajad otsustavad ise, ja ' +
        'tihti räägime rohkem taimedest kui hindadest.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Kliendihaldur',
        'Vihmuti Baltic OÜ',
        '2020-03',
        null,
        true,
        'märts 2020 – praegu',
        [
          'aianduskeskuste ja haljastusfirmade hooajatellimused, väljapanekud ja kampaaniad',
          'tilkkastmise projektid ja pakkumised kasvatajatele',
          'Läti edasimüüjate leidmine (2022–2025 lisandus 9 klienti)',
        ],
        'Räpina',
      ),
      job(
        'Maastikuehitaja',
        'Haljas Aed OÜ',
        '2012-04',
        '2020-02',
        false,
        'aprill 2012 – veebruar 2020',
        ['aedade rajamine, kiviparketid ja istutused', 'hooajal kuueliikmelise brigaadi töö korraldamine'],
        'Tartu',
      ),
      job('Aednik', 'Mesikäpa Taimeaed OÜ', '2008', '2012', false, '2008 – 2012', [], 'Räpina'),
    ],
    education: [
      edu('kutseharidus', 'Räpina Aianduskool, maastikuehitus, kutseharidus, 2005–2008', {
        field: 'maastikuehitus',
        institution: 'Räpina Aianduskool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Tilkkastmise projekteerimine', 'Tilkkastmise projekteerimine, 2022'),
      named('Läti keel algajatele', 'Läti keel algajatele, 2021'),
    ],
    certifications: [named('Maastikuehitaja, tase 4', 'Maastikuehitaja, tase 4 (2011)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('lv', 'A2', 'läti – algtase'),
    ],
    skills: ['Suhete loomine', 'Taimekasvatuse ja aianduse teadmised', 'Excel, Merit, Pipedrive', 'Juhiload B, BE'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 1_900_000, segment: 'international', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'et-h41-18-tekst-tabelid-puurijast-puurkaevude-muugiinsener-eraisikud-luunja',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Mangaan Kaheksateist',
    email: 'kaheksateist.kaev4118@example.net',
    phone: '5627 3318',
    contactLines: ['Luunja, Tartumaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täiendkoolitus',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    jobLabels: { period: 'Aeg', title: 'Töö', employer: 'Kus', duties: 'Sisu' },
    profile: [
      'Puurisin kaevusid 14 aastat, nüüd teen sama firma müüki. Käin kodudes ja taludes, vaatan koha üle, räägin ' +
        'läbi sügavuse ja veepuhastuse ning teen pakkumise. Kliendid on peamiselt eramajade omanikud, vähem talud ' +
        'ja paar väikest vallahanget aastas. 2025. aastal sõlmisin 118 puurkaevu ja 64 veepuhastusseadme lepingut.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Müügiinsener',
        'Tartu Puurkaevud OÜ',
        '2023-04',
        null,
        true,
        'aprill 2023 – praegu',
        [
          'objektide ülevaatus ja pakkumised',
          'veeanalüüside tõlgendamine ja veepuhastuse valik',
          'puurimisbrigaadide töögraafiku planeerimine',
        ],
        'Luunja',
      ),
      job(
        'Puurmeister',
        'Tartu Puurkaevud OÜ',
        '2013',
        '2023-03',
        false,
        '2013 – märts 2023',
        ['puurkaevude rajamine kuni 200 m sügavuseni, pumpade paigaldus'],
        'Luunja',
      ),
      job(
        'Puurija abi',
        'Lõuna-Eesti Puurimine AS',
        '2009',
        '2013',
        false,
        '2009 – 2013',
        ['puurimistööd, torude ja pumpade paigaldus'],
        'Põlva',
      ),
    ],
    education: [
      edu('kutsekeskharidus', 'Tartu Kutsehariduskeskus, torulukksepp, kutsekeskharidus, 2005–2008', {
        field: 'torulukksepp',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Puurkaevude rajamise nõuded', 'Puurkaevude rajamise nõuded, 2015'),
      named('Veetöötlus eramajades', 'Veetöötlus eramajades, 2023'),
    ],
    certifications: [named('Puurkaevu puurija, tase 4', 'Puurkaevu puurija, tase 4 (2016)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Tehniline nõustamine', 'Juhiload B, C, CE'],
    clientBase: null,
    competencies: ['negotiation', 'organisation'],
  },
  {
    id: 'et-h41-19-pdf-kaks-veergu-usbekistanist-pahklite-ja-kuivatatud-puuviljade-kliendihaldur-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Mangaan Üheksateist',
    email: 'yheksateist.m4119@example.org',
    phone: '+372 5890 4421',
    contactLines: ['Tallinn, Mustamäe'],
    tagline: 'Kliendihaldur – pähklid ja kuivatatud puuviljad',
    headings: {
      contact: 'Kontaktid',
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen pärit Usbekistanist, Eestis elan 2018. aastast. Kodus Taškendis töötasin kuivatatud puuviljade ' +
        'eksportööri juures müügis. Eestis alguses töötasin kohvikus ja poes, 2022 aastast olen kliendihaldur ' +
        'firmas, mis toob Kesk-Aasiast ja Türgist pähkleid, kuivatatud puuvilju ja seemneid.',
      'Minu kliendid on 65 poodi, kohvikut ja pagaritöökoda Tallinnas ja Harjumaal, 2025 aastal nende ostud olid ' +
        'umbes 520 000 €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendihaldur',
        'Samarkand Trade OÜ',
        '2022-10',
        null,
        true,
        '10.2022 – praegu',
        [
          'poodide ja kohvikute tellimused, uued tooted',
          'uute klientide otsimine – 2025 aastal 14 uut',
          'hinnad ja kampaaniad poodidega',
        ],
        'Tallinn',
      ),
      job(
        'Müüja-kassapidaja',
        'Mustamäe Toidupood OÜ',
        '2020-03',
        '2022-09',
        true,
        '03.2020 – 09.2022',
        ['müük, kassa, kauba vastuvõtt'],
        'Tallinn',
      ),
      job(
        'Kohvikuteenindaja',
        'Kohvik Leib ja Tee OÜ',
        '2018-09',
        '2020-02',
        false,
        '09.2018 – 02.2020',
        [],
        'Tallinn',
      ),
      job(
        'Müügimenedžer',
        'Oasis Dried Fruits LLC',
        '2012-08',
        '2018-06',
        true,
        '08.2012 – 06.2018',
        ['eksport Venemaale ja Kasahstani, 30 hulgiklienti'],
        'Taškent, Usbekistan',
      ),
    ],
    education: [
      edu('bakalaureus', 'Taškendi Riiklik Majandusülikool, rahvusvahelised majandussuhted, bakalaureus, 2008–2012', {
        field: 'rahvusvahelised majandussuhted',
        institution: 'Taškendi Riiklik Majandusülikool',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [
      named('Eesti keel B1', 'Eesti keel B1, Integratsiooni Sihtasutus, 2021'),
      named('Toiduhügieen ja HACCP', 'Toiduhügieen ja HACCP, 2019'),
    ],
    certifications: [],
    languages: [
      lang('uz', 'native', 'usbeki – emakeel'),
      lang('ru', 'C2', 'vene – C2'),
      lang('et', 'B1', 'eesti – B1'),
      lang('en', 'B2', 'inglise – B2'),
      lang('tr', 'A2', 'türgi – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Meeskonnatöö', 'Excel, 1C, Directo', 'Juhiload B'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 520_000, segment: 'regional_smb' },
    competencies: ['communication', 'teamwork'],
  },
  {
    id: 'et-h41-20-word-tolge-rootsi-keelest-aiamoobli-ekspordimuugijuht-ja-kulalistemaja-salme',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Mangaan Kakskümmend',
    nameLine: 'CV (tõlge rootsi keelest) – Kandidaat Mangaan Kakskümmend',
    email: 'kakskymmend.m4120@example.com',
    phone: '+372 5912 0420',
    contactLines: ['Salme, Saaremaa', 'Rootsi number: +46 70 418 22 93'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Kursused',
      languages: 'Keeleoskus',
      skills: 'Muud oskused',
    },
    profile: [
      'Olen rootslane ja elan 2019. aastast koos abikaasaga Saaremaal, kus peame väikest külalistemaja. 2020. ' +
        'aastast töötan puidust aiamööbli tootja ekspordimüügijuhina – pingid, lauad, lamamistoolid ja ' +
        'aiakiiged. Minu vastutusel on edasimüüjad Rootsis ja Norras: 26 aiakeskust ja sisustuspoodi, kelle ' +
        'tellimused olid 2025. aastal kokku 2,3 mln €. Edasimüüjad on enamasti pereettevõtted, kus omanik ' +
        'otsustab ise, milliseid mudeleid hooajaks võtta.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ekspordimüügijuht', 'Saare Aiamööbel OÜ', '2020-02', null, true, 'veebruar 2020 – praegu', [
          'edasimüüjate külastused ja messid Rootsis ja Norras',
          'aastalepingud, hinnakirjad ja tarnegraafik',
          'kevadised kataloogid ja edasimüüjate müüjate koolitus',
        ]),
        lines: ['Ekspordimüügijuht (exportsäljare)', 'Saare Aiamööbel OÜ, Salme, Eesti · veebruar 2020 – praegu'],
      },
      {
        ...job('Kaasomanik', 'Salme Külalistemaja OÜ', '2019-06', null, false, 'juuni 2019 – praegu', [
          'kuus tuba, hommikusöök ja saunad, broneeringud ja raamatupidamine koos abikaasaga',
        ]),
        lines: ['Kaasomanik (delägare)', 'Salme Külalistemaja OÜ · juuni 2019 – praegu (mai–september)'],
      },
      {
        ...job('Müüja', 'Bygg & Trädgård Norrtälje AB', '2011-03', '2019-05', true, 'märts 2011 – mai 2019', [
          'aia- ja saunaosakond, müük eraklientidele ja ehitajatele',
        ]),
        lines: ['Müüja (butikssäljare)', 'Bygg & Trädgård Norrtälje AB, Norrtälje, Rootsi · märts 2011 – mai 2019'],
      },
      {
        ...job('Hotelli administraator', 'Hotell Roslagen AB', '2007', '2011', false, '2007 – 2011'),
        lines: ['Hotelli administraator (hotellreceptionist)', 'Hotell Roslagen AB, Norrtälje, Rootsi · 2007 – 2011'],
      },
    ],
    education: [
      edu('keskharidus', 'Norrtälje gümnaasium, majandusprogramm (gymnasieexamen) – keskharidus, 2004–2007', {
        field: 'majandusprogramm',
        institution: 'Norrtälje gümnaasium',
        startYear: 2004,
        endYear: 2007,
      }),
    ],
    courses: [
      named('Eesti keel A2', 'Eesti keel A2, Kuressaare, 2021'),
      named('Müügitehnika ettevõtetele (Säljteknik B2B)', 'Müügitehnika ettevõtetele (Säljteknik B2B), 2015'),
    ],
    certifications: [],
    languages: [
      lang('sv', 'native', 'rootsi – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('no', 'B2', 'norra – hea (skandinaavia keeled on lähedased)'),
      lang('et', 'A2', 'eesti – algtase'),
      lang('de', 'A2', 'saksa – algtase (koolist)'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendisuhted', 'Excel, Visma, Pipedrive', 'Juhiload B, BE'],
    clientBase: { activeAccounts: 26, annualRevenueEur: 2_300_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
    closing: [
      {
        kind: 'paragraph',
        text: 'CV tõlkis rootsi keelest eesti keelde tõlkebüroo Saare Tõlked OÜ, september 2026.',
      },
    ],
  },
  {
    id: 'et-h41-21-pdf-punktid-talupidaja-ja-talviti-seemnekartuli-muugiesindaja-palamuse',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Mangaan Kakskümmend Üks',
    email: 'mangaan.kartul4121@example.com',
    phone: '+372 5274 6610',
    contactLines: ['Palamuse, Jõgevamaa'],
    headings: {
      profile: 'Minust',
      work: 'Töö',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen talupidaja – kasvatan oma talus 60 hektaril kartulit ja köögivilja. Talvel, novembrist märtsini, töötan ' +
        'seemnekartuli firma müügiesindajana ja käin Jõgeva-, Tartu- ja Viljandimaa taludes. Minu kliendid on 42 ' +
        'kartuli- ja köögiviljakasvatajat; hooajal 2025/2026 ostsid nad seemet 780 000 € eest. Talunik otsustab ise, ' +
        'millist sorti ja kui palju ta panna tahab, ja teab, et räägin temaga kui kolleeg.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Müügiesindaja',
          'Eesti Seemnekartul OÜ',
          '2019',
          null,
          true,
          'talved 2019/2020 – praegu (novembrist märtsini)',
          [
            'talude külastused, sordivalik ja tellimused',
            'põllupäevad ja katsepõllud koos agronoomiga',
            'kevadiste tarnete planeerimine',
          ],
        ),
        lines: ['Müügiesindaja (hooajaline) – Eesti Seemnekartul OÜ – talved 2019/2020 – praegu (novembrist märtsini)'],
      },
      {
        ...job('Talupidaja', 'Kaarli talu', '2008', null, false, '2008 – praegu', [
          'kartul ja köögivili 60 hektaril, oma hoidla ja sorteerimisliin',
          'saak läheb hulgifirmadele kokkuleppe alusel',
        ]),
        lines: ['Talupidaja – Kaarli talu (FIE), Palamuse vald – 2008 – praegu'],
      },
      {
        ...job('Traktorist', 'Palamuse Agro OÜ', '2002', '2008', false, '2002 – 2008', [
          'külvid, taimekaitse ja koristus',
        ]),
        lines: ['Traktorist – Palamuse Agro OÜ – 2002 – 2008'],
      },
    ],
    education: [
      edu('kutseharidus', 'Olustvere Teenindus- ja Maamajanduskool, põllumajandus, kutseharidus, 1999–2002', {
        field: 'põllumajandus',
        institution: 'Olustvere Teenindus- ja Maamajanduskool',
        startYear: 1999,
        endYear: 2002,
      }),
    ],
    courses: [
      named('Kartuli kasvatamise tehnoloogia', 'Kartuli kasvatamise tehnoloogia, 2017'),
      named('Integreeritud taimekaitse', 'Integreeritud taimekaitse, 2023'),
    ],
    certifications: [named('Taimekaitsetunnistus', 'Taimekaitsetunnistus, II tase (kehtib 2028. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Suhtevõrgustik põllumeeste seas', 'Planeerimine', 'Juhiload B, C, T'],
    clientBase: { activeAccounts: 42, annualRevenueEur: 780_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'et-h41-22-tekst-tabel-spordilisandite-muujast-e-poe-juht-muugita-valga',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Mangaan Kakskümmend Kaks',
    email: 'kakskymmendkaks4122@example.net',
    phone: '+372 5618 0392',
    contactLines: ['Valga'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
      workTable: ['Aastad', 'Ettevõte', 'Amet'],
    },
    profile: [
      'Olen endine kergejõustiklane. Õpingute ja treeningute kõrvalt töötasin spordilisandite poes müüjana, hiljem ' +
        'poe juhatajana, ja nüüd vastutan sama firma e-poe eest. Otse klientidele ma enam ei müü – minu töö on ' +
        'e-poe sortiment, laoseis ja kampaaniad. Soovin jätkata e-kaubanduse või tootejuhtimise alal.',
    ],
    jobStyle: 'table',
    jobs: [
      job('E-poe juht', 'Sportlase Pood OÜ', '2022-01', null, false, '01.2022 – praegu', [
        'sortiment ja hinnad, laoseisu planeerimine',
        'kampaaniad ja uudiskirjad',
        'Shopify ja Google Analyticsi aruanded',
      ]),
      job('Kaupluse juhataja', 'Sportlase Pood OÜ', '2018-06', '2021-12', false, '06.2018 – 12.2021', [
        'kolme müüja töögraafik ja juhendamine',
        'tellimused tarnijatelt, inventuurid',
      ]),
      job('Müüja', 'Sportlase Pood OÜ', '2014-09', '2018-05', true, '09.2014 – 05.2018 (osalise ajaga)', [
        'klientide nõustamine toidulisandite ja toitumise teemal, kassa',
      ]),
      job('Kergejõustikutreener', 'Valga Spordikool', '2016', '2020', false, '2016 – 2020 (kaks korda nädalas)'),
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, kehakultuur, bakalaureusekraad, 2012–2016', {
        field: 'kehakultuur',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('keskharidus', 'Valga Gümnaasium, keskharidus, 2012', { institution: 'Valga Gümnaasium', endYear: 2012 }),
    ],
    courses: [
      named('E-kaubanduse turundus', 'E-kaubanduse turundus, 2022'),
      named('Google Analytics 4 baaskursus', 'Google Analytics 4 baaskursus, 2023'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('lv', 'B2', 'läti – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Analüütiline mõtlemine', 'Meeskonnatöö', 'Shopify, Google Analytics, Excel'],
    clientBase: null,
    competencies: ['analytical', 'coaching', 'organisation', 'teamwork'],
  },
  {
    id: 'et-h41-23-linkedin-pdf-baristast-kaastootamiskeskuse-liikmesuste-muugijuht-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Mangaan Kakskümmend Kolm',
    email: 'kakskymmendkolm4123@example.com',
    phone: '+372 5398 1123',
    contactLines: ['www.linkedin.example.com/in/mangaan-kakskymmendkolm (LinkedIn)'],
    tagline: 'Membership Sales Manager @ Kohtumispaik Cowork | kunagi barista, nüüd müügiinimene',
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
      'Alustasin kaastöötamiskeskuse kohvikus baristana, kui õppisin veel ülikoolis. Seejärel olin kogukonnajuht ' +
        'ja 2024. aastast müün liikmesusi ja kontoreid. Minu vastutada on 95 liikmesettevõtet – idufirmad, ' +
        'välisettevõtete Eesti esindused ja väikesed agentuurid – kolmes Tallinna majas; nende lepingud on aastas ' +
        'kokku 1,1 mln €. Lepingu allkirjastab tavaliselt asutaja või tegevjuht, kellega ma ka hinna kokku lepin.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Membership Sales Manager',
          'Kohtumispaik Cowork OÜ',
          '2024-02',
          null,
          true,
          'veebruar 2024 - Praegu (2 aastat 10 kuud)',
        ),
        lines: [
          'Kohtumispaik Cowork OÜ',
          '6 aastat 3 kuud',
          'Membership Sales Manager',
          'veebruar 2024 - Praegu (2 aastat 10 kuud)',
          'Tallinn, Harjumaa, Eesti',
          'Liikmesuste, privaatkontorite ja koosolekuruumide müük ettevõtetele; lepingute pikendamine ja ' +
            'hinnaläbirääkimised. 2025: 31 uut ettevõtet.',
        ],
      },
      {
        ...job(
          'Community Manager',
          'Kohtumispaik Cowork OÜ',
          '2021-08',
          '2024-01',
          false,
          'august 2021 - jaanuar 2024 (2 aastat 6 kuud)',
        ),
        lines: [
          'Community Manager',
          'august 2021 - jaanuar 2024 (2 aastat 6 kuud)',
          'Liikmete sisseelamine, üritused ja uudiskiri; majade igapäevane korraldus.',
        ],
      },
      {
        ...job(
          'Barista',
          'Kohtumispaik Cowork OÜ',
          '2020-09',
          '2021-07',
          false,
          'september 2020 - juuli 2021 (11 kuud)',
        ),
        lines: ['Barista', 'september 2020 - juuli 2021 (11 kuud)', 'Osaline tööaeg õpingute kõrvalt.'],
      },
      {
        ...job(
          'Jäätisemüüja',
          'Pirita Rannakohvik OÜ',
          '2018-06',
          '2019-08',
          true,
          'juuni 2018 - august 2019 (1 aasta 3 kuud)',
        ),
        lines: [
          'Pirita Rannakohvik OÜ',
          'Jäätisemüüja',
          'juuni 2018 - august 2019 (1 aasta 3 kuud)',
          'Hooajatöö, suviti rannakioskis.',
        ],
      },
    ],
    education: [
      edu('bakalaureus', 'Tallinna Ülikool · Bakalaureusekraad, sotsioloogia · (2019 - 2022)', {
        field: 'sotsioloogia',
        institution: 'Tallinna Ülikool',
        startYear: 2019,
        endYear: 2022,
      }),
      edu('keskharidus', 'Pirita Majandusgümnaasium · Keskharidus · (2016 - 2019)', {
        institution: 'Pirita Majandusgümnaasium',
        startYear: 2016,
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [
      named('HubSpot Inbound Sales', 'HubSpot Inbound Sales · Väljastaja: HubSpot Academy · märts 2024'),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel (Emakeel või kakskeelne)'),
      lang('en', 'C1', 'Inglise keel (Täielik tööalane keeleoskus)'),
      lang('ru', 'B1', 'Vene keel (Piiratud tööalane keeleoskus)'),
      lang('es', 'A2', 'Hispaania keel (Algtaseme keeleoskus)'),
    ],
    skills: ['B2B müük', 'Läbirääkimised', 'Kogukonna loomine'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'et-h41-24-tekst-antennifirma-omanik-ja-muuja-40-aastat-rakvere',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Mangaan Kakskümmend Neli',
    email: 'antenn4124@example.org',
    phone: '+372 5045 2413',
    contactLines: ['Rakvere', 'Sündinud 1967'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökäik',
      education: 'Haridus',
      courses: 'Kursused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Muud oskused',
    },
    profile: [
      'Olen raadio- ja televisioonitehnikaga tegelenud 1986. aastast. 1996. aastal asutasin oma firma, mis ' +
        'paigaldab ja hooldab korterelamute antennisüsteeme, kaabel- ja IPTV-võrke ning videovalvet. Firmas on neli ' +
        'paigaldajat; mina olen see, kes müüb: käin korteriühistute koosolekutel, teen pakkumised ja sõlmin ' +
        'lepingud.',
      'Meil on lepingud 70 korteriühistu ja 12 väikefirmaga Lääne-Virumaal – kokku 82 klienti, kelle lepingud ' +
        'tõid 2025. aastal 310 000 €. Korteriühistutes otsustab juhatus või üldkoosolek, kellele ma pakkumise ' +
        'esitan.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Juhataja ja müügijuht',
        'Viru Antenn OÜ',
        '1996-05',
        null,
        true,
        'mai 1996 – praegu',
        [
          'korteriühistute ja firmade pakkumised ja lepingud',
          'nelja paigaldaja töö planeerimine',
          'suuremad paigaldused teen vahel ise kaasa',
        ],
        'Rakvere',
      ),
      job(
        'Raadiomehaanik',
        'Rakvere Raadiotehnika Töökoda',
        '1989',
        '1996-04',
        false,
        '1989 – aprill 1996',
        ['telerite, raadiote ja makkide remont, hiljem satelliitantennid'],
        'Rakvere',
      ),
      job('Raadiotehnik', 'Virumaa Sidesõlm', '1986', '1989', false, '1986 – 1989', [], 'Rakvere'),
    ],
    education: [
      edu('kutsekeskharidus', 'Tallinna Raadiotehnikum, raadioseadmete tehnoloogia, kutsekeskharidus, 1982–1986', {
        field: 'raadioseadmete tehnoloogia',
        institution: 'Tallinna Raadiotehnikum',
        startYear: 1982,
        endYear: 1986,
      }),
    ],
    courses: [
      named('Optiliste kaablite keevitamine ja mõõtmine', 'Optiliste kaablite keevitamine ja mõõtmine, 2009'),
      named('Videovalvesüsteemid', 'Videovalvesüsteemid, 2014'),
    ],
    certifications: [named('Elektrik, tase 5', 'Elektrik, tase 5 (kehtib 2027. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('fi', 'B1', 'soome – suhtlustasemel (Soome televisiooni ajast)'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Läbirääkimised korteriühistutega', 'Usaldusväärne', 'Juhiload B, C'],
    clientBase: { activeAccounts: 82, annualRevenueEur: 310_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation'],
  },
  {
    id: 'et-h41-25-word-punktid-lapsehoolduspuhkuselt-kohvik-ja-kodupidude-otsemuuk-viimsi',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Mangaan Kakskümmend Viis',
    email: 'kakskymmendviis4125@example.com',
    phone: '5301 8825',
    contactLines: ['Viimsi, Harjumaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused ja omadused',
    },
    profile: [
      'Olin kuus aastat lastekaupade hulgimüügifirmas müügiesindaja ja hoidsin 70 lastekaupade poodi, apteeki ja ' +
        'e-poodi üle Eesti. 2021.–2024. aastal olin kodus kahe lapsega. Pärast lapsehoolduspuhkust alustasin ' +
        'osalise ajaga kohvikus ja hakkasin iseseisva konsultandina müüma köögi- ja toidunõusid kodupidudel ja ' +
        'veebis. Nüüd käivad lapsed lasteaias ja soovin naasta täiskohaga müügiesindaja või kliendihalduri tööle.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Iseseisev müügikonsultant', 'Köögikaaslane OÜ', '2024-10', null, true, 'oktoober 2024 – praegu', [
          'kodupeod ja veebiesitlused, 4–6 pidu kuus',
          'tellimused ja järelteenindus',
          '2025. aasta käive 38 000 €, sügiskampaania parim uus konsultant Harjumaal',
        ]),
        lines: ['oktoober 2024 – praegu · Iseseisev müügikonsultant – Köögikaaslane OÜ (otsemüük)'],
      },
      {
        ...job('Teenindaja', 'Kohvik Kuusiku OÜ', '2024-09', null, false, 'september 2024 – praegu', [
          'lett, kohv ja kassa',
          'hommikuti vahetuse avamine',
        ]),
        lines: ['september 2024 – praegu · Teenindaja (25 h nädalas) – Kohvik Kuusiku OÜ, Viimsi'],
      },
      {
        ...job('Müügiesindaja', 'Lastekaubad Hulgi OÜ', '2015-03', '2021-04', true, 'märts 2015 – aprill 2021', [
          'lastekaupade poed, apteegid ja e-poed üle Eesti',
          'aastakokkulepped ja kampaaniad ketiostjatega',
          'messid ja tootetutvustused',
        ]),
        lines: ['märts 2015 – aprill 2021 · Müügiesindaja – Lastekaubad Hulgi OÜ, Tallinn'],
      },
      {
        ...job('Müüja', 'Päikesejänku OÜ', '2012', '2015-02', true, '2012 – veebruar 2015', [
          'lasteriiete ja -jalatsite müük, väljapanekud',
        ]),
        lines: ['2012 – veebruar 2015 · Müüja – Päikesejänku OÜ (lasteriiete pood), Tallinn'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Paus' },
      { kind: 'paragraph', text: 'mai 2021 – august 2024 – lapsehoolduspuhkus (kaks last)' },
    ],
    education: [
      edu('kutseharidus', 'Tallinna Majanduskool, müügiesindaja, kutseharidus, 2010–2012', {
        field: 'müügiesindaja',
        institution: 'Tallinna Majanduskool',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('keskharidus', 'Viimsi Keskkool, keskharidus, 2010', { institution: 'Viimsi Keskkool', endYear: 2010 }),
    ],
    courses: [
      named('Müügiläbirääkimised jaekettidega', 'Müügiläbirääkimised jaekettidega, 2018'),
      named('Esitlemine ja esinemine', 'Esitlemine ja esinemine, 2025'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Ettevõtlik', 'Canva, Instagram, Excel', 'Juhiload B'],
    clientBase: { activeAccounts: 70, segment: 'national' },
    competencies: ['communication', 'entrepreneurship'],
  },
  {
    id: 'et-h41-26-word-vana-europass-jaamaoperaator-ja-nadalavahetuse-kodutehnika-muuja-narva',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Mangaan Kakskümmend Kuus',
    nameLine: 'Europass Curriculum Vitae – Kandidaat Mangaan Kakskümmend Kuus',
    email: 'kakskymmendkuus4126@example.net',
    phone: '+372 5567 2610',
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Aadress', 'Kreenholmi 0-00, 20104 Narva'],
          ['Sünniaeg', '07.09.1984'],
          ['Kodakondsus', 'Eesti'],
          ['Sugu', 'Mees'],
        ],
      },
    ],
    headings: {
      profile: 'Soovitud töö / kutseala',
      work: 'Töökogemus',
      education: 'Haridus ja koolitus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Isiklikud oskused ja kompetentsid',
      skills: 'Muud oskused',
    },
    profile: ['Müügikonsultant / müügiesindaja (kodutehnika, elektroonika)'],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Kuupäevad',
      title: 'Amet või ametikoht',
      employer: 'Tööandja nimi ja aadress',
      duties: 'Põhilised tegevused ja vastutusalad',
    },
    jobs: [
      job(
        'Müügikonsultant',
        'Kodutehnika Narva OÜ',
        '2019-03',
        null,
        true,
        '03.2019 – praegu (laupäeviti ja pühapäeviti)',
        [
          'kodumasinate ja telerite müük ja nõustamine',
          'järelmaksu- ja garantiidokumendid',
          '2025. aastal kolmel kuul poe parim müüja',
        ],
        'Tallinna mnt 0, Narva',
      ),
      job(
        'Plokioperaator',
        'Auvere Energia AS',
        '2010-06',
        null,
        false,
        '06.2010 – praegu',
        ['katla ja turbiini juhtimine vahetuses (12 h graafik)', 'seadmete seire ja rikete registreerimine'],
        'Auvere, Narva-Jõesuu',
      ),
      job(
        'Müüja',
        'Elektroonika Keskus OÜ',
        '2005-09',
        '2010-05',
        true,
        '09.2005 – 05.2010',
        ['telefonid, arvutid ja telerid, kassa'],
        'Narva',
      ),
    ],
    education: [
      edu('kutsekeskharidus', 'Ida-Virumaa Kutsehariduskeskus, soojusenergeetika, kutsekeskharidus, 2001–2004', {
        field: 'soojusenergeetika',
        institution: 'Ida-Virumaa Kutsehariduskeskus',
        startYear: 2001,
        endYear: 2004,
      }),
    ],
    courses: [
      named('Eesti keel B2', 'Eesti keel B2, 2012'),
      named('Müügitehnika kauplusemüüjatele', 'Müügitehnika kauplusemüüjatele, 2020'),
    ],
    certifications: [named('Jõujaama operaator, tase 4', 'Jõujaama operaator, tase 4 (kehtib 2027. aastani)')],
    languages: [lang('ru', 'native', ''), lang('et', 'B2', ''), lang('en', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel: vene' },
      { kind: 'paragraph', text: 'Muud keeled – enesehindamine, Euroopa tase (*)' },
      {
        kind: 'table',
        header: [
          '',
          'Mõistmine: kuulamine',
          'Mõistmine: lugemine',
          'Rääkimine: suhtlemine',
          'Rääkimine: esitus',
          'Kirjutamine',
        ],
        rows: [
          ['Eesti keel', 'B2', 'B2', 'B2', 'B2', 'B1'],
          ['Inglise keel', 'A2', 'A2', 'A2', 'A2', 'A2'],
        ],
      },
      { kind: 'paragraph', text: '(*) Euroopa keeleõppe raamdokumendi tasemed' },
    ],
    skills: [
      'Sotsiaalsed oskused ja pädevused: suhtlemisoskus, harjunud töötama vahetuses',
      'Tehnilised oskused ja pädevused: jõujaama automaatikasüsteemid, kodutehnika tundmine',
      'Arvutioskus: MS Office, kassaprogramm',
      'Juhiload: B',
    ],
    clientBase: null,
    competencies: ['communication'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-first held-out set's Estonian CVs: ordinary CVs as applicants in Estonia send them in 2026, with no
 * deliberate tricks, from yet other people and trades – a baker who sells bread to village shops, a joiner who
 * exports wooden windows to Norway, a pest-control technician turned account manager, a lift technician selling
 * maintenance contracts, a firefighter selling fire safety, a workwear seller in Ida-Virumaa, a printing house's
 * account manager, a meat processor's key account manager, an optometrist selling lenses to opticians, a waste
 * company's account manager, a sawmill's export manager, a painter who sells paint, a heat-pump installer who
 * manages the installer network, an electronics engineer selling components, a young confectionery key account
 * manager, a kindergarten teacher turned toy agent, a translator managing a translation agency's clients, a
 * bookkeeper managing an accounting firm's clients, a car-rental business account manager, a carpenter selling
 * power tools, a railway freight sales manager, a vending-machine technician who wants to move into sales, a vet
 * selling veterinary medicines, a ski coach selling outdoor gear, a 2025 business graduate and an office-furniture
 * sales manager with a career since 1984.
 */
export const HELD_OUT_31_ET: CvSource[] = [
  {
    id: 'et-h31-01-pdf-pagarist-pagaritoodete-muugiesindaja-kulapoed-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Vask Üks',
    email: 'vask3101.pagar@example.com',
    phone: '+372 5374 2210',
    contactLines: ['Tartu, Annelinn'],
    tagline: 'Müügiesindaja – pagari- ja kondiitritooted',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Olen pagar, kes on viimased seitse aastat müünud. Tulin Lõunaleiba 2010. aastal pagari abiks, seitse aastat ' +
        'küpsetasin ise ja 2019. aasta maist olen müügiesindaja. Minu kliendid on 150 kauplust, kohvikut ja ' +
        'koolisööklat Tartu-, Jõgeva- ja Viljandimaal; 2025. aastal ostsid nad meilt leiba, saia ja kondiitritooteid ' +
        '1,1 mln € eest. Enamik neist on väikesed külapoed ja kohvikud, kus tellimuse üle otsustab omanik ise.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügiesindaja',
        'Lõunaleib OÜ',
        '2019-05',
        null,
        true,
        'mai 2019 – praegu',
        [
          'uute kauplustega lepingute sõlmimine ja hinnakokkulepped',
          'tellimuste vastuvõtt, sortimendi ja riiulipinna planeerimine koos poepidajaga',
          'uute toodete tutvustused ja degusteerimised kauplustes',
          'pagaritöökoda küpsetab ööpäevas ligi 9 tonni tooteid',
        ],
        'Tartu',
      ),
      job(
        'Pagar',
        'Lõunaleib OÜ',
        '2012-03',
        '2019-04',
        false,
        'märts 2012 – aprill 2019',
        ['leiva- ja saiatootmine öövahetustes', 'uute retseptide katsetamine koos tehnoloogiga'],
        'Tartu',
      ),
      job('Pagari abi', 'Lõunaleib OÜ', '2010-08', '2012-02', false, 'august 2010 – veebruar 2012', undefined, 'Tartu'),
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, pagar, kutseharidus, 2008–2010', {
        field: 'pagar',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2008,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Toiduhügieeni koolitus', 'Toiduhügieeni koolitus, 2014'),
      named('Müügitehnikad väliesindajale', 'Müügitehnikad väliesindajale, 2020'),
    ],
    certifications: [named('Pagar, tase 4', 'Pagar, tase 4 (2013)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'B2', 'inglise keel – hea'),
      lang('ru', 'B1', 'vene keel – suhtlustasemel'),
    ],
    skills: ['Suhtlemisoskus', 'Kliendikeskne', 'Excel, Merit Aktiva, tellimuste äpp', 'Juhiload B'],
    closing: [{ kind: 'paragraph', text: 'Hobid: matkamine ja rahvatants.' }],
    clientBase: { activeAccounts: 150, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'customer_focus', 'organisation'],
  },
  {
    id: 'et-h31-02-word-kaks-veergu-tislerist-puitakende-ekspordijuht-norra-kuressaare',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Vask Kaks',
    email: 'vask3102.aknad@example.org',
    phone: '+372 5389 4127',
    contactLines: ['Kuressaare, Saaremaa'],
    tagline: 'Ekspordimüügi juht | puitaknad ja -uksed',
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
      'Olen puidutööstuses töötanud 2008. aastast: alustasin tislerina, neli aastat planeerisin tootmist ja alates ' +
        '2017. aastast müün meie aknaid ja uksi Norrasse ja Soome. Minu kliendid on 38 ehitusettevõtet ja akende ' +
        'edasimüüjat Lõuna-Norras ja Soomes; 2025. aasta müük oli 5,2 mln €. Hinnad ja tarnetingimused lepin kokku ' +
        'firmade omanike ja ostujuhtidega, kes otsustavad, kellelt aknad tellitakse.',
      'Kuna tean tootmist seestpoolt, luban kliendile ainult selliseid tarneaegu, mida tehas ka suudab pidada.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ekspordimüügi juht (Norra ja Soome)', 'Saare Aken AS', '2017-03', null, true, '03.2017 – praegu'),
        lines: ['03.2017 – praegu', 'Saare Aken AS, Kuressaare – Ekspordimüügi juht (Norra ja Soome)'],
        bullets: [
          'hinnapakkumised ja lepingud, objektide tehnilised lahendused koos konstruktoritega',
          'messid Oslos ja Helsingis, kliendikülastused 6–8 korda aastas',
          'reklamatsioonide lahendamine koos paigaldajatega',
          'tehas toodab aastas ligi 24 000 akent ja 3 000 ust, töötajaid on 180',
        ],
      },
      {
        ...job('Tootmisplaneerija', 'Saare Aken AS', '2013-01', '2017-02', false, '01.2013 – 02.2017'),
        lines: ['01.2013 – 02.2017', 'Saare Aken AS, Kuressaare – Tootmisplaneerija'],
        bullets: ['tootmisgraafikud ja materjalitellimused', 'tarnete planeerimine koos logistikuga'],
      },
      {
        ...job('Tisler', 'Saare Aken AS', '2008-06', '2012-12', false, '06.2008 – 12.2012'),
        lines: ['06.2008 – 12.2012', 'Saare Aken AS, Kuressaare – Tisler'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tallinna Tehnikaülikooli Kuressaare Kolledž, ettevõtlus ja ärikorraldus, rakenduskõrgharidus, 2011–2015 (sessioonõpe)',
        {
          field: 'ettevõtlus ja ärikorraldus',
          institution: 'Tallinna Tehnikaülikooli Kuressaare Kolledž',
          startYear: 2011,
          endYear: 2015,
        },
      ),
      edu('kutseharidus', 'Kuressaare Ametikool, tisler, kutseharidus, 2005–2008', {
        field: 'tisler',
        institution: 'Kuressaare Ametikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Norra ehitusnõuded ja TEK17', 'Norra ehitusnõuded ja TEK17, Oslo, 2018'),
      named('Ekspordidokumendid ja tarnetingimused', 'Ekspordidokumendid ja tarnetingimused (Incoterms), 2017'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'B2', 'soome – B2'),
      lang('no', 'B1', 'norra – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Läbirääkimisoskus', 'Tehniline müük', 'AutoCAD, Excel, Monitor ERP', 'Juhiload B'],
    closing: [{ kind: 'paragraph', text: 'Vabal ajal purjetan ja ehitan vanu paate.' }],
    clientBase: { activeAccounts: 38, annualRevenueEur: 5_200_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'sales'],
  },
  {
    id: 'et-h31-03-tekst-punktid-kahjuritorjest-kliendihaldur-toidutoostused-maardu',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Vask Kolm',
    email: 'kolm.vask3103@example.net',
    phone: '5623 8841',
    contactLines: ['Maardu, Harjumaa'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Kuus aastat tegin kahjuritõrjet ise – närilised, prussakad, lutikad, herilased – ja alates 2021. aastast ' +
        'haldan firma lepingulisi kliente. Mul on 240 lepingulist klienti Harjumaal ja Lääne-Virumaal: toidutootjad, ' +
        'laod, restoranid, koolid ja korteriühistud. Aastalepingute maht oli 2025. aastal 560 000 €. Suhtlen ' +
        'peamiselt kvaliteedijuhtide ja kinnisvarahalduritega. Toidutööstuse auditid ja nõuded (BRC, IFS) on mulle ' +
        'tuttavad, sest olen neid klientide juures ise läbi käinud.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Kliendihaldur',
        'Puhas Maja Teenused OÜ',
        '2021-04',
        null,
        true,
        '04.2021 – praegu',
        [
          'Uute lepingute pakkumised ja läbirääkimised',
          'Kliendiauditid ja ohuhinnangud toidutööstustes',
          'Tehnikute tööde planeerimine koos töödejuhiga',
          'Firmal on järelevalve all ligi 9 000 püünist ja söödajaama',
        ],
        'Tallinn',
      ),
      job(
        'Kahjuritõrjetehnik',
        'Puhas Maja Teenused OÜ',
        '2015-02',
        '2021-03',
        false,
        '02.2015 – 03.2021',
        ['Näriliste ja putukate tõrje, desinfitseerimine', 'Noorte tehnikute juhendamine'],
        'Tallinn',
      ),
      job(
        'Turvatöötaja',
        'Kilp Turvateenused AS',
        '2011-09',
        '2015-01',
        false,
        '09.2011 – 01.2015',
        ['Objektivalve kaubanduskeskuses'],
        'Tallinn',
      ),
    ],
    education: [
      edu('keskharidus', 'Maardu Gümnaasium, keskharidus, 2011', {
        institution: 'Maardu Gümnaasium',
        endYear: 2011,
      }),
    ],
    courses: [
      named('Biotsiidide ohutu kasutamine', 'Biotsiidide ohutu kasutamine, 2015'),
      named('IFS Food standardi alused', 'IFS Food standardi alused, 2022'),
    ],
    certifications: [named('Kahjuritõrjuja, tase 4', 'Kahjuritõrjuja, tase 4 (2017)')],
    languages: [lang('ru', 'native', ''), lang('et', 'B2', ''), lang('en', 'B1', '')],
    languagesText: ['Vene keel on emakeel, eesti keelt räägin ja kirjutan hästi (B2), inglise keel suhtlustasemel.'],
    skills: ['Kliendisuhted', 'Pingetaluvus', 'Excel, PestScan', 'Juhiload B'],
    clientBase: { activeAccounts: 240, annualRevenueEur: 560_000, segment: 'regional_smb' },
    competencies: ['coaching', 'negotiation', 'organisation', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'et-h31-04-pdf-tabel-liftitehnikust-hooldus-ja-moderniseerimise-muugijuht-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Vask Neli',
    email: 'vask.neli3104@example.com',
    phone: '+372 5512 9036',
    contactLines: ['Tallinn, Mustamäe'],
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
      'Olen 17 aastat liftidega töötanud: üksteist aastat liftitehnikuna ja alates 2020. aastast müün hooldus- ja ' +
        'moderniseerimislepinguid. Minu kliendid on 180 korteriühistut, kinnisvarahaldusfirmat ja ärihoonet ' +
        'Tallinnas ja Harjumaal. 2025. aastal oli minu lepingute ja moderniseerimistööde maht kokku 2,3 mln €. ' +
        'Otsuse teevad korteriühistute juhatused ja ärihoonete haldusjuhid; pakkumine tuleb selgitada nii, et ' +
        'sellest saaks aru ka üldkoosolek.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Müügijuht (hooldus ja moderniseerimine)',
        'Liftimeister AS',
        '2020-02',
        null,
        true,
        'veebruar 2020 – praegu',
        [
          'liftide ülevaatused ja moderniseerimise pakkumised',
          'hoolduslepingute pikendamine ja hinnaläbirääkimised',
          'toetusetaotluste ettevalmistamine koos korteriühistutega',
          'ettevõte hooldab Eestis ligi 3 400 lifti',
        ],
      ),
      job('Liftitehnik', 'Liftimeister AS', '2009-05', '2020-01', false, 'mai 2009 – jaanuar 2020', [
        'liftide hooldus, rikete kõrvaldamine ja paigaldus',
        'öise valvegraafiku töö',
      ]),
      job('Elektrik', 'Pirita Elekter OÜ', '2007-06', '2009-04', false, 'juuni 2007 – aprill 2009'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Tööstushariduskeskus, elektrik, kutseharidus, 2004–2007', {
        field: 'elektrik',
        institution: 'Tallinna Tööstushariduskeskus',
        startYear: 2004,
        endYear: 2007,
      }),
    ],
    courses: [
      named('Korterelamute rekonstrueerimise toetused', 'Korterelamute rekonstrueerimise toetused, 2021'),
      named('Esmaabi', 'Esmaabi, 2024'),
    ],
    certifications: [named('Liftitehnik, tase 4', 'Liftitehnik, tase 4 (kehtib 2027. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – B2'),
      lang('en', 'B1', 'inglise – B1'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Kehtestav', 'Analüüsivõime', 'Tehniline nõustamine', 'Excel, Directo'],
    closing: [{ kind: 'paragraph', text: 'Juhiload B. Soovitajad esitan soovi korral.' }],
    clientBase: { activeAccounts: 180, annualRevenueEur: 2_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'tact_assertiveness'],
  },
  {
    id: 'et-h31-05-word-sildid-paastjast-tuleohutuse-arikliendihaldur-parnu',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Vask Viis',
    email: 'vask3105.tuleohutus@example.com',
    phone: '+372 5346 0718',
    contactLines: ['Pärnu'],
    tagline: 'Ärikliendihaldur – tuleohutus',
    afterContact: [{ kind: 'paragraph', text: 'Sünniaeg: 02.08.1986 · Juhiload: B, C' }],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeleoskus',
      skills: 'Isikuomadused ja oskused',
    },
    profile: [
      'Olin 12 aastat päästja ja rühmapealik Pärnus. 2019. aastal tulin erasektorisse ja müün nüüd ettevõtetele ' +
        'tuleohutusteenuseid: tulekustutite ja tulekahjusignalisatsiooni hooldus, tuleohutuse aruanded, ' +
        'evakuatsiooniõppused ja koolitused. Minu kliendid on 130 ettevõtet ja asutust Pärnumaal ja Läänemaal – ' +
        'hotellid, tootmisettevõtted, kauplused ja koolid. 2025. aasta lepingute maht oli 480 000 €. Suhtlen ' +
        'haldusjuhtide ja tuleohutuse eest vastutavate töötajatega ning hoolitsen selle eest, et kliendi inimesed ' +
        'teaksid päriselt, mida tulekahju korral teha.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aeg', title: 'Ametinimetus', employer: 'Tööandja', duties: 'Tööülesanded' },
    jobs: [
      job(
        'Ärikliendihaldur',
        'Läänetuli OÜ',
        '2019-09',
        null,
        true,
        'september 2019 – praegu',
        [
          'hoolduslepingute ja tuleohutusauditite müük',
          'evakuatsiooniõppuste ja tuleohutuskoolituste läbiviimine klientide juures',
          'pakkumised, lepingud ja aastaplaanid',
          'firma hooldab aastas umbes 11 000 tulekustutit',
        ],
        'Pärnu',
      ),
      job(
        'Rühmapealik',
        'Päästeamet',
        '2014-01',
        '2019-08',
        false,
        'jaanuar 2014 – august 2019',
        ['vahetuse juhtimine, 6 päästjat', 'päästetööde juhtimine sündmuskohal'],
        'Pärnu päästekomando',
      ),
      job(
        'Päästja',
        'Päästeamet',
        '2007-08',
        '2013-12',
        false,
        'august 2007 – detsember 2013',
        undefined,
        'Pärnu päästekomando',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vabatahtlik tegevus' },
      {
        kind: 'paragraph',
        text: 'Alates 2019 Audru vabatahtliku päästekomando liige, väljasõidud öösiti ja nädalavahetustel.',
      },
    ],
    education: [
      edu('kutseõpe', 'Sisekaitseakadeemia, päästja, kutseõpe, 2006–2007', {
        field: 'päästja',
        institution: 'Sisekaitseakadeemia',
        startYear: 2006,
        endYear: 2007,
      }),
      edu('keskharidus', 'Pärnu Ülejõe Gümnaasium, keskharidus, 2005', {
        institution: 'Pärnu Ülejõe Gümnaasium',
        endYear: 2005,
      }),
    ],
    courses: [
      named('Tulekahjusignalisatsiooni hoolduse alused', 'Tulekahjusignalisatsiooni hoolduse alused, 2019'),
      named('Esmaabi väljaõpetaja', 'Esmaabi väljaõpetaja, 2021'),
    ],
    certifications: [named('Tuleohutusspetsialist, tase 5', 'Tuleohutusspetsialist, tase 5 (2020)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Pingekindel', 'Meeskonnatöö', 'Selge ja rahulik suhtlemine', 'Excel, Google Workspace'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 480_000, segment: 'regional_smb' },
    competencies: ['stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h31-06-tekst-toorided-isikukaitsevahendid-muugiesindaja-johvi-vene-emakeel',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Vask Kuus',
    email: 'vask.kuus3106@example.org',
    phone: '+372 5811 4472',
    contactLines: ['Jõhvi, Ida-Virumaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müün tööriideid, turvajalatseid ja isikukaitsevahendeid Ida- ja Lääne-Virumaa ettevõtetele. Kliente on umbes ' +
        '90: tehased, ehitusfirmad, sadam ja kaevandus, aga ka väiksemad töökojad. 2025. aastal ostsid nad meilt ' +
        '1,4 mln € eest. Suhtlen töökeskkonnaspetsialistide ja laojuhatajatega, vajadusel korraldan proovikandmise ' +
        'ja tootetutvustuse otse tehases.',
      'Enne müüki töötasin neli aastat samas firmas kaupluses ja enne seda tehases, nii et tean, mida töötaja ' +
        'vahetuse lõpuks oma jalanõudest arvab.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügiesindaja',
        'Virutöö Rõivad OÜ',
        '2020-03',
        null,
        true,
        '03.2020 – praegu',
        [
          'püsiklientide külastused ja aastased tarnelepingud',
          'tellimused, hinnapakkumised ja logotrükk',
          'uute klientide leidmine Lääne-Virumaal',
          'koostöö laoga, et suured tellimused jõuaksid õigel ajal',
        ],
        'Jõhvi',
      ),
      job(
        'Müüja',
        'Virutöö Rõivad OÜ',
        '2016-05',
        '2020-02',
        true,
        '05.2016 – 02.2020',
        ['tööriiete ja jalatsite müük kaupluses, ettevõtete tellimuste vormistamine'],
        'Jõhvi',
      ),
      job(
        'Tootmisoperaator',
        'Jõhvi Plastitehas AS',
        '2012-08',
        '2016-04',
        false,
        '08.2012 – 04.2016',
        ['valuliinide töö jälgimine, vahetustega töö'],
        'Jõhvi',
      ),
    ],
    education: [
      edu('kutseharidus', 'Ida-Virumaa Kutsehariduskeskus, logistik, kutseharidus, 2010–2012', {
        field: 'logistik',
        institution: 'Ida-Virumaa Kutsehariduskeskus',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('keskharidus', 'Jõhvi Gümnaasium, keskharidus, 2010', {
        institution: 'Jõhvi Gümnaasium',
        endYear: 2010,
      }),
    ],
    courses: [named('Isikukaitsevahendite standardid', 'Isikukaitsevahendite standardid (EN ISO 20345), 2021')],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B2', 'eesti – B2 (tasemeeksam 2018)'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Kliendikesksus', 'Proaktiivne', 'Excel, Directo', 'Juhiload B'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 1_400_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'initiative', 'teamwork'],
  },
  {
    id: 'et-h31-07-word-veerud-trukieelsest-operaatorist-trukikoja-kliendihaldur-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Vask Seitse',
    email: 'vask3107@example.net',
    phone: '+372 5620 3385',
    contactLines: ['Tallinn, Kalamaja'],
    tagline: 'Kliendihaldur – trükitööd',
    headings: {
      contact: 'Kontaktandmed',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Trükikojas olen töötanud 2011. aastast. Esimesed kuus aastat valmistasin faile trükiks ette, seepärast näen ' +
        'juba pakkumist tehes, kus võib tekkida probleem. Alates 2017. aastast olen kliendihaldur: minu vastutusel ' +
        'on 75 klienti – reklaamiagentuurid, kirjastused ja ettevõtete turundusosakonnad üle Eesti. 2025. aastal ' +
        'tellisid nad meilt trükitöid 2,1 mln € eest. Otsuse, kus trükitakse, teevad agentuuride projektijuhid ja ' +
        'ettevõtete turundusjuhid; mina hoolitsen, et paber, tähtaeg ja hind oleksid enne selged.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendihaldur',
        'Kalamaja Trükikoda AS',
        '2017-10',
        null,
        true,
        'oktoober 2017 – praegu',
        [
          'hinnapakkumised, paberi ja viimistluse valik koos kliendiga',
          'trükitööde planeerimine koos tootmisjuhiga',
          'proovitõmmised ja trükijärelevalve koos kliendiga',
          'trükikoda trükib aastas ligi 40 miljonit lehte',
        ],
        'Tallinn',
      ),
      job(
        'Trükieelse ettevalmistuse operaator',
        'Kalamaja Trükikoda AS',
        '2011-08',
        '2017-09',
        false,
        'august 2011 – september 2017',
        ['failide kontroll ja parandus, trükiplaatide valmistamine', 'värvihaldus ja proovitõmmised'],
        'Tallinn',
      ),
      job(
        'Klienditeenindaja',
        'Koopiakeskus OÜ',
        '2008-09',
        '2011-06',
        false,
        'september 2008 – juuni 2011 (õpingute kõrvalt)',
        ['tellimuste vastuvõtt, koopiad ja väiketrükised'],
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureus', 'Tallinna Ülikool, graafiline disain, bakalaureus, 2008–2011', {
        field: 'graafiline disain',
        institution: 'Tallinna Ülikool',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [
      named('Värvihaldus ja ISO 12647', 'Värvihaldus ja ISO 12647, 2014'),
      named('Trükitööde hinnastamine', 'Trükitööde hinnastamine, 2018'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Organiseerimisoskus', 'Loovus', 'Adobe InDesign, Illustrator, Photoshop', 'PrintVis, Excel'],
    clientBase: { activeAccounts: 75, annualRevenueEur: 2_100_000, segment: 'national', decisionMakers: true },
    competencies: ['innovation', 'organisation'],
  },
  {
    id: 'et-h31-08-pdf-kaks-veergu-tehnoloogist-lihatoodete-votmekliendijuht-rakvere',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Vask Kaheksa',
    email: 'vask.kaheksa.3108@example.com',
    phone: '+372 5304 6619',
    contactLines: ['Rakvere, Lääne-Virumaa'],
    tagline: 'Võtmekliendijuht | lihatooted jaekettidele',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Toiduainete tehnoloog, kes on viimased kümme aastat müünud. Vastutan Virumaa Lihatööstuse müügi eest viies ' +
        'jaeketis ja kahe hulgimüüja juures – kokku seitse võtmeklienti üle Eesti. 2025. aastal oli meie müük nende ' +
        'kaudu 9,5 mln €. Aastalepingud, kampaaniad ja uued tooted lepin kokku kettide kategooriajuhtidega, kes ' +
        'otsustavad, mis riiulile jõuab. Kuna olen ise tootmises ja kvaliteedi alal töötanud, oskan kliendiga rääkida ' +
        'ka retseptist, säilivusajast ja auditist.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Võtmekliendijuht',
        'Virumaa Lihatööstus AS',
        '2016-01',
        null,
        true,
        '01.2016 – praegu',
        [
          'aastalepingud ja hinnaläbirääkimised jaekettidega',
          'kampaaniaplaanid ja müügitulemuste jälgimine',
          'uute toodete turuletoomine koos tootearendusega',
          'tehas töötleb aastas ligi 18 000 tonni liha',
        ],
        'Rakvere',
      ),
      job(
        'Kvaliteedijuht',
        'Virumaa Lihatööstus AS',
        '2011-04',
        '2015-12',
        false,
        '04.2011 – 12.2015',
        ['HACCP ja BRC süsteem, klientide ja ametite auditid'],
        'Rakvere',
      ),
      job(
        'Tehnoloog',
        'Virumaa Lihatööstus AS',
        '2007-06',
        '2011-03',
        false,
        '06.2007 – 03.2011',
        ['retseptid ja tehnoloogilised kaardid, uute toodete katsetootmine'],
        'Rakvere',
      ),
    ],
    education: [
      edu('magistrikraad', 'Eesti Maaülikool, toiduainete tehnoloogia, magistrikraad, 2005–2007', {
        field: 'toiduainete tehnoloogia',
        institution: 'Eesti Maaülikool',
        startYear: 2005,
        endYear: 2007,
      }),
      edu('bakalaureusekraad', 'Eesti Maaülikool, toiduainete tehnoloogia, bakalaureusekraad, 2002–2005', {
        field: 'toiduainete tehnoloogia',
        institution: 'Eesti Maaülikool',
        startYear: 2002,
        endYear: 2005,
      }),
    ],
    courses: [
      named('Kategooriajuhtimine tarnijale', 'Kategooriajuhtimine tarnijale, 2017'),
      named('BRC Food siseaudiitor', 'BRC Food siseaudiitor, 2013'),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B2', ''), lang('fi', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Arusaamine', 'Rääkimine', 'Kirjutamine'],
        rows: [
          ['eesti', 'emakeel', 'emakeel', 'emakeel'],
          ['inglise', 'C1', 'C1', 'C1'],
          ['vene', 'B2', 'B2', 'B2'],
          ['soome', 'A2', 'A2', 'A2'],
        ],
      },
    ],
    skills: ['Läbirääkimisoskus', 'Analüütiline mõtlemine', 'Meeskonnatöö', 'Excel, SAP, Nielseni andmed'],
    clientBase: { activeAccounts: 7, annualRevenueEur: 9_500_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'et-h31-09-tekst-tabel-optometristist-prillilaatsede-muugiesindaja-tartu',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Vask Üheksa',
    email: 'vask3109.optika@example.org',
    phone: '+372 5197 3364',
    contactLines: ['Tartu'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      workTable: ['Ettevõte', 'Aeg', 'Amet'],
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Optometrist, kes müüb. Kümme aastat kontrollisin inimeste nägemist ja valisin neile prille, nüüd müün ' +
        'prilliläätsi, raame ja kontaktläätsi optikakauplustele. Minu kliendid on 70 optikakauplust üle Eesti, neist ' +
        'enamik väikesed pereärid, kus ostuotsuse teeb omanik. 2025. aastal ostsid nad meilt 950 000 € eest. Koolitan ' +
        'kaupluste optometriste uute läätsede kasutamisel ja aitan keerulisemate tellimustega.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'period', 'title'],
    jobs: [
      job('Müügiesindaja', 'Läätsemaailm OÜ', '2021-08', null, true, '08.2021 – praegu', [
        'optikakaupluste külastused ja tellimused',
        'uute kaupluste lepingud ja hinnatingimused',
        'tootekoolitused kaupluste optometristidele',
        'ettevõtte lihvimiskeskus valmistab aastas umbes 60 000 prilliläätse',
      ]),
      job('Optometrist', 'Silmarõõm Optika OÜ', '2011-09', '2021-07', false, '09.2011 – 07.2021', [
        'nägemise kontroll, prillide ja kontaktläätsede sobitamine',
        'kaupluse müüjate juhendamine',
      ]),
      job(
        'Müüja-konsultant',
        'Silmarõõm Optika OÜ',
        '2009-06',
        '2011-08',
        true,
        '06.2009 – 08.2011 (õpingute kõrvalt)',
        ['raamide ja päikeseprillide müük, tellimuste vormistamine'],
      ),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tartu Tervishoiu Kõrgkool, optometrist, rakenduskõrgharidus, 2008–2011', {
        field: 'optometrist',
        institution: 'Tartu Tervishoiu Kõrgkool',
        startYear: 2008,
        endYear: 2011,
      }),
      edu('keskharidus', 'Hugo Treffneri Gümnaasium, keskharidus, 2008', {
        institution: 'Hugo Treffneri Gümnaasium',
        endYear: 2008,
      }),
    ],
    courses: [
      named('Progressiivläätsede sobitamine', 'Progressiivläätsede sobitamine, 2016'),
      named('Müügikoolitus tervishoiutöötajatele', 'Müügikoolitus tervishoiutöötajatele, 2021'),
    ],
    certifications: [named('Optometrist, tase 6', 'Optometrist, tase 6 (kehtiv kuni 2028)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
      lang('de', 'A2', 'saksa – A2'),
    ],
    skills: ['Kliendisuhted', 'Juhendamine', 'Usaldusväärsus', 'Excel, Optosys'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 950_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'relationship_building'],
  },
  {
    id: 'et-h31-10-word-tabel-sildid-prugiautojuhist-jaatmefirma-arikliendihaldur-keila',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Vask Kümme',
    email: 'vask3110.jaatmed@example.com',
    phone: '+372 5448 2093',
    contactLines: ['Keila, Harjumaa'],
    headings: {
      profile: 'Enesetutvustus',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Jäätmevaldkonnas olen olnud 2012. aastast: alustasin prügiautojuhina, seejärel planeerisin logistikuna ' +
        'veoringe ja alates 2020. aastast haldan ärikliente. Minu portfellis on 420 ettevõtet Harjumaal – ' +
        'kaubanduskeskused, tootmisettevõtted, kontorid ja ehitusobjektid. Lepingute aastane maht oli 2025. aastal ' +
        '1,6 mln €. Aitan klientidel jäätmeid sortida nii, et arve läheks väiksemaks ja taaskasutus suuremaks.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Puhas Ring AS',
        '2020-11',
        null,
        true,
        '11.2020 – praegu',
        [
          'lepingud, hinnapakkumised ja jäätmekavad',
          'objektide ülevaatused ja konteinerite valik',
          'uute klientide leidmine ehitus- ja tootmisettevõtete seast',
          'ettevõtte 60 prügiautot veavad aastas ligi 85 000 tonni jäätmeid',
        ],
        'Tallinn',
      ),
      job(
        'Logistik',
        'Puhas Ring AS',
        '2016-03',
        '2020-10',
        false,
        '03.2016 – 10.2020',
        ['veoringide planeerimine', 'uute autojuhtide juhendamine'],
        'Tallinn',
      ),
      job('Prügiautojuht', 'Puhas Ring AS', '2012-05', '2016-02', false, '05.2012 – 02.2016', undefined, 'Tallinn'),
    ],
    education: [
      edu('keskharidus', 'Keila Kool, keskharidus, 2009', {
        institution: 'Keila Kool',
        endYear: 2009,
      }),
    ],
    courses: [
      named('Veoautojuhi ametikoolitus (95-kood)', 'Veoautojuhi ametikoolitus (95-kood), 2012'),
      named('Jäätmehoolduse alused', 'Jäätmehoolduse alused, 2017'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'B2', 'vene keel – hea'),
      lang('en', 'B1', 'inglise keel – suhtlustasemel'),
    ],
    skills: ['Planeerimine', 'Pingetaluvus', 'Kliendikesksus', 'Excel, Navision, GPS-jälgimine', 'Juhiload B ja C'],
    clientBase: { activeAccounts: 420, annualRevenueEur: 1_600_000, segment: 'regional_smb' },
    competencies: ['coaching', 'customer_focus', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h31-11-pdf-punktid-saeveski-saematerjali-ekspordijuht-voru-1991',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Vask Üksteist',
    email: 'vask.3111@example.net',
    phone: '+372 5012 7745',
    contactLines: ['Võru', 'Sündinud 1970'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Saeveskis olen töötanud 1991. aastast: saeliini operaatori, vahetuse meistri ja tootmisjuhina ning alates ' +
        '2010. aastast müügijuhina. Müün saematerjali ja höövelmaterjali importööridele ja ehituskaupade kettidele ' +
        'Taanis, Hollandis, Saksamaal ja Ühendkuningriigis. Püsikliente on 25, 2025. aasta müük oli 14 mln €. Hinnad ' +
        'ja aastakogused lepin kokku importööride ostujuhtidega, kes otsustavad, kust materjal ostetakse. ' +
        'Saeveski saeb aastas umbes 180 000 m³ palki.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Müügijuht (eksport)',
        'Võru Saeveski AS',
        '2010-02',
        null,
        true,
        'veebruar 2010 – praegu',
        [
          'Aastalepingud ja hinnaläbirääkimised',
          'Tootmis- ja laadimisplaanide kooskõlastamine tehasega',
          'Messid ja kliendikülastused Taanis ja Saksamaal',
        ],
        'Võru',
      ),
      job(
        'Tootmisjuht',
        'Võru Saeveski AS',
        '2003',
        '2010-01',
        false,
        '2003 – jaanuar 2010',
        ['Kolm vahetust, 70 töötajat'],
        'Võru',
      ),
      job('Vahetuse meister', 'Võru Saeveski AS', '1996', '2002', false, '1996 – 2002', undefined, 'Võru'),
      job('Saeliini operaator', 'Võru Metsakombinaat', '1991', '1995', false, '1991 – 1995', undefined, 'Võru'),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Maaülikool, puidutöötlemise tehnoloogia, rakenduskõrgharidus, 1999–2003 (kaugõpe)',
        {
          field: 'puidutöötlemise tehnoloogia',
          institution: 'Eesti Maaülikool',
          startYear: 1999,
          endYear: 2003,
        },
      ),
      edu('kutsekeskharidus', 'Luua Metsanduskool, metsandus, kutsekeskharidus, 1986–1990', {
        field: 'metsandus',
        institution: 'Luua Metsanduskool',
        startYear: 1986,
        endYear: 1990,
      }),
    ],
    courses: [
      named('Saematerjali sorteerimine ja kvaliteediklassid', 'Saematerjali sorteerimine ja kvaliteediklassid, 2008'),
      named('Ekspordi finantsriskid ja krediidikindlustus', 'Ekspordi finantsriskid ja krediidikindlustus, 2015'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B2', 'vene – hea'),
      lang('de', 'B1', 'saksa – suhtlustasemel'),
    ],
    skills: ['Läbirääkimisoskus', 'Ettevõtlik', 'Excel, Dynamics NAV'],
    closing: [{ kind: 'paragraph', text: 'Hobid: jahindus ja kalapüük.' }],
    clientBase: { activeAccounts: 25, annualRevenueEur: 14_000_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation'],
  },
  {
    id: 'et-h31-12-tekst-maalrist-varvide-muugiesindaja-ehituspoed-viljandi',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Vask Kaksteist',
    email: 'vask3112.varvid@example.org',
    phone: '+372 5687 0351',
    contactLines: ['Viljandi'],
    tagline: 'Müügiesindaja – värvid ja viimistlusmaterjalid',
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olin üle kümne aasta maaler – korterid, koolid, fassaadid. 2021. aastal kutsus meie värvitarnija mind ' +
        'müügiesindajaks ja nüüd müün värve, krohve ja tööriistu ehituspoodidele ning maalri- ja ehitusfirmadele. ' +
        'Minu kliente on 60 Viljandi-, Pärnu- ja Järvamaal; 2025. aastal ostsid nad meilt 720 000 € eest. Poodide ' +
        'omanikud ja maalrifirmade juhid otsustavad ise, millise tarnija värvid riiulisse või objektile lähevad, ja ' +
        'neile on oluline, et müüja oskab ka pintslit hoida.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügiesindaja',
        'Värvikoda AS',
        '2021-04',
        null,
        true,
        'aprill 2021 – praegu',
        [
          'kliendikülastused ja tellimused',
          'toonimismasinate paigaldus ja müüjate koolitus kauplustes',
          'värvinäidised ja tehniline nõu objektidel',
          'aastalepingud maalrifirmadega',
        ],
        'Viljandi',
      ),
      job(
        'Maaler',
        'Viljandi Viimistlus OÜ',
        '2012-05',
        '2021-03',
        false,
        'mai 2012 – märts 2021',
        ['siseviimistlus ja fassaaditööd', 'alates 2016 brigadir, neli maalrit'],
        'Viljandi',
      ),
      job('Maaler', 'Mulgi Ehitus OÜ', '2008-06', '2012-04', false, 'juuni 2008 – aprill 2012', undefined, 'Viljandi'),
    ],
    education: [
      edu('kutseharidus', 'Viljandi Kutseõppekeskus, maaler, kutseharidus, 2006–2008', {
        field: 'maaler',
        institution: 'Viljandi Kutseõppekeskus',
        startYear: 2006,
        endYear: 2008,
      }),
    ],
    courses: [named('Fassaadivärvide tehnoloogia', 'Fassaadivärvide tehnoloogia, 2019')],
    certifications: [named('Maaler, tase 4', 'Maaler, tase 4 (2014)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Praktilised viimistlusoskused', 'Excel, Directo', 'Juhiload B'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 720_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication'],
  },
  {
    id: 'et-h31-13-pdf-kulmamontoorist-soojuspumpade-partnerihaldur-elva',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Vask Kolmteist',
    email: 'vask3113.soojus@example.com',
    phone: '+372 5901 2276',
    contactLines: ['Elva, Tartumaa'],
    tagline: 'Partnerihaldur – soojuspumbad',
    headings: {
      profile: 'PROFIIL',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      courses: 'KOOLITUSED',
      certifications: 'SERTIFIKAADID',
      languages: 'KEELED',
      skills: 'OSKUSED',
    },
    profile: [
      'Paigaldasin kaheksa aastat soojuspumpasid ja kliimaseadmeid, alates 2020. aastast vastutan maaletooja ' +
        'paigalduspartnerite võrgu eest. Minu partnerid on 55 paigaldusettevõtet üle Eesti, kes ostavad meilt õhk-vesi- ' +
        'ja maasoojuspumpasid ning müüvad ja paigaldavad need oma klientidele. 2025. aastal ostsid partnerid meilt ' +
        'kokku 3,4 mln € eest. Partnerite omanikud otsustavad ise, millist kaubamärki nad pakuvad – minu töö on, et ' +
        'nad valiksid meie oma.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Partnerihaldur', 'Soojusmeister OÜ', '2020-01', null, true, 'jaanuar 2020 – praegu'),
        lines: ['JAANUAR 2020 – PRAEGU', 'Partnerihaldur · Soojusmeister OÜ, Tartu'],
        bullets: [
          'uute paigalduspartnerite leidmine ja partnerlepingud',
          'hinnatingimused, boonused ja aastaplaanid partneritega',
          'tehnilised koolitused ja keerulisemate objektide lahendused',
          'partnerite kaudu müüakse aastas ligi 2 600 soojuspumpa',
        ],
      },
      {
        ...job('Külmamontöör', 'Kliimaabi OÜ', '2012-03', '2019-12', false, 'märts 2012 – detsember 2019'),
        lines: ['MÄRTS 2012 – DETSEMBER 2019', 'Külmamontöör · Kliimaabi OÜ, Tartu'],
        bullets: ['soojuspumpade ja kliimaseadmete paigaldus ja hooldus', 'alates 2016 paigaldusbrigaadi vanem'],
      },
      {
        ...job('Torulukksepp', 'Elva Soojus AS', '2009-06', '2012-02', false, 'juuni 2009 – veebruar 2012'),
        lines: ['JUUNI 2009 – VEEBRUAR 2012', 'Torulukksepp · Elva Soojus AS, Elva'],
      },
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, torulukksepp, kutseharidus, 2006–2009', {
        field: 'torulukksepp',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Maasoojussüsteemide projekteerimine', 'Maasoojussüsteemide projekteerimine, 2018'),
      named('Edasimüüjate võrgu juhtimine', 'Edasimüüjate võrgu juhtimine, 2021'),
    ],
    certifications: [
      named(
        'F-gaaside käitlemise sertifikaat, kategooria I',
        'F-gaaside käitlemise sertifikaat, kategooria I (kehtib 2027. aastani)',
      ),
      named('Külmamontöör, tase 4', 'Külmamontöör, tase 4 (2015)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
      lang('de', 'A2', 'saksa – A2'),
    ],
    skills: ['Kliendisuhted', 'Juhendamisoskus', 'Tehniline müük', 'Excel, Pipedrive'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 3_400_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'relationship_building', 'sales'],
  },
  {
    id: 'et-h31-14-word-punktid-elektroonikainsenerist-komponentide-muugiinsener-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Vask Neliteist',
    email: 'vask.neliteist3114@example.net',
    phone: '+372 5733 9105',
    contactLines: ['Tallinn, Nõmme'],
    tagline: 'Müügiinsener – elektroonikakomponendid',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Elektroonikainsener, kes läks müüki, sest kliendid küsisid minult niikuinii, millist komponenti kasutada. ' +
        'Alates 2019. aastast müün komponentide hulgimüüjas pooljuhte, passiivkomponente ja pistikuid ' +
        'elektroonikatootjatele. Minu kliendid on 40 tootjat ja arendusettevõtet Eestis ja Lätis; 2025. aastal ' +
        'ostsid nad meilt 6,3 mln € eest. Komponendi valiku teevad arendusjuhid, tarnija valiku kinnitavad ' +
        'ostujuhid – mõlemaga tuleb leida ühine keel.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügiinsener',
        'Balti Komponent OÜ',
        '2019-09',
        null,
        true,
        '09/2019 – praegu',
        [
          'kliendi uute toodete jälgimine algusest peale ja komponentide soovitused arendajatele',
          'pakkumised, raamlepingud ja tarneplaanid',
          'tootjate esindajatega hinnatingimuste kokkuleppimine Saksamaal ja Taiwanis',
          'laos on üle 25 000 artikli',
        ],
        'Tallinn',
      ),
      job(
        'Elektroonikainsener',
        'Põhjala Elektroonika AS',
        '2013-06',
        '2019-08',
        false,
        '06/2013 – 08/2019',
        ['trükiplaatide ja toiteplokkide arendus', 'komponentide valik ja tootmise tugi'],
        'Tallinn',
      ),
    ],
    education: [
      edu('msc', 'Tallinna Tehnikaülikool, elektroonika, MSc, 2011–2013', {
        field: 'elektroonika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2011,
        endYear: 2013,
      }),
      edu('bsc', 'Tallinna Tehnikaülikool, elektroonika, BSc, 2008–2011', {
        field: 'elektroonika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [named('EMC nõuded tootearenduses', 'EMC nõuded tootearenduses, 2016')],
    certifications: [
      named('IPC-A-610 Certified IPC Specialist (CIS)', 'IPC-A-610 Certified IPC Specialist (CIS), 2022'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1 (vilunud keelekasutaja)'),
      lang('ru', 'B2', 'vene – B2 (iseseisev keelekasutaja)'),
      lang('de', 'A2', 'saksa – A2 (algtaseme keelekasutaja)'),
    ],
    skills: ['Tehniline müük', 'Analüüsivõime', 'Meeskonnatöö', 'Altium Designer, Excel, Salesforce'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 6_300_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'sales', 'teamwork'],
  },
  {
    id: 'et-h31-15-tekst-punktid-noor-maiustuste-votmekliendihaldur-jaeketid-tallinn',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Vask Viisteist',
    email: 'viisteist.vask3115@example.com',
    phone: '+372 5366 8812',
    contactLines: ['Tallinn, Põhja-Tallinn', 'Sündinud 1997'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen 29-aastane ja töötanud kommivabrikus 2021. aastast. Alustasin Tallinna ja Harjumaa kaupluste ' +
        'müügiesindajana, 2024. aastast olen võtmekliendihaldur. Vastutan kolme jaeketi eest, kellel on kokku ' +
        'umbes 210 kauplust üle Eesti. 2025. aastal oli meie müük neile 4,8 mln €. Kampaaniad, uued tooted ja ' +
        'riiulipinna lepin kokku kettide kategooriajuhtidega; lõpliku otsuse sortimendi kohta teevad nemad.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Võtmekliendihaldur (jaeketid)',
        'Magusa Maa AS',
        '2024-02',
        null,
        true,
        'veebruar 2024 – praegu',
        [
          'Aastalepingud ja kampaaniaplaanid',
          'Müügiandmete ja hinnavõrdluste jälgimine',
          'Koostöö logistika ja turundusega',
        ],
        'Tallinn',
      ),
      job(
        'Müügiesindaja',
        'Magusa Maa AS',
        '2021-06',
        '2024-01',
        true,
        'juuni 2021 – jaanuar 2024',
        [
          'Umbes 120 kaupluse külastused Tallinnas ja Harjumaal',
          'Tellimused, väljapanekud ja kampaaniate elluviimine kauplustes',
        ],
        'Tallinn',
      ),
      job(
        'Kassapidaja-klienditeenindaja',
        'Toidumaailm AS',
        '2016-09',
        '2021-05',
        false,
        '09.2016 – 05.2021 (osalise koormusega)',
        ['Kassatöö, kauba vastuvõtt ja väljapanek'],
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureus', 'Tallinna Tehnikaülikool, ärikorraldus, bakalaureus, 2017–2021', {
        field: 'ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2017,
        endYear: 2021,
      }),
      edu('keskharidus', 'Tallinna Kristiine Gümnaasium, keskharidus, 2016', {
        institution: 'Tallinna Kristiine Gümnaasium',
        endYear: 2016,
      }),
    ],
    courses: [
      named('Kategooriajuhtimise alused', 'Kategooriajuhtimise alused, 2024'),
      named('Power BI algajatele', 'Power BI algajatele, 2023'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('es', 'A2', 'hispaania – A2'),
    ],
    skills: ['Analüütiline', 'Algatusvõime', 'Läbirääkimised', 'Excel, Power BI, SAP'],
    clientBase: { activeAccounts: 3, annualRevenueEur: 4_800_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'initiative', 'negotiation', 'teamwork'],
  },
  {
    id: 'et-h31-16-pdf-tabel-lasteaiaopetajast-manguasjade-muugiesindaja-sindi',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Vask Kuusteist',
    email: 'vask3116.manguasjad@example.org',
    phone: '+372 5248 7730',
    contactLines: ['Sindi, Pärnumaa'],
    headings: {
      profile: 'Tutvustus',
      work: 'Töökogemus',
      workTable: ['Amet', 'Periood', 'Tööandja'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olin 11 aastat lasteaiaõpetaja ja tean hästi, millega lapsed päriselt mängivad. Alates 2018. aastast müün ' +
        'mänguasju, lauamänge ja lasteraamatuid kauplustele. Minu kliendid on 85 mänguasja- ja raamatupoodi, ' +
        'lastekaupade e-poodi ja muuseumipoodi üle Eesti; 2025. aastal ostsid nad meilt kokku 1,2 mln € eest. ' +
        'Enamik on väikesed poed, kus omanik otsustab ise, mida ja kui palju tellida, ning jõulueelne tellimus ' +
        'lepitakse kokku juba augustis.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'period', 'employer'],
    jobs: [
      job('Müügiesindaja', 'Mängumaa Hulgi OÜ', '2018-08', null, true, 'august 2018 – praegu', [
        'kaupluste külastused ja hooajatellimused',
        'mänguasjamess Nürnbergis ja uute toodete valik koos ostujuhiga',
        'uute e-poodide ja muuseumipoodide leidmine',
        'valikus on umbes 3 500 toodet 40 tootjalt',
      ]),
      job('Lasteaiaõpetaja', 'Pärnu Lasteaed Trallipall', '2007-09', '2018-07', false, 'september 2007 – juuli 2018', [
        'rühma õppetöö planeerimine ja läbiviimine',
        'lastevanemate koosolekud ja arenguvestlused',
      ]),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Ülikool, koolieelse lasteasutuse õpetaja, rakenduskõrgharidus, 2004–2007', {
        field: 'koolieelse lasteasutuse õpetaja',
        institution: 'Tallinna Ülikool',
        startYear: 2004,
        endYear: 2007,
      }),
      edu('keskharidus', 'Pärnu Sütevaka Humanitaargümnaasium, keskharidus, 2004', {
        institution: 'Pärnu Sütevaka Humanitaargümnaasium',
        endYear: 2004,
      }),
    ],
    courses: [named('Mänguasjade ohutusnõuded (EN 71)', 'Mänguasjade ohutusnõuded (EN 71), 2019')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Kliendikesksus', 'Planeerimine', 'Loovus', 'Excel, Shopify, Merit Aktiva'],
    closing: [{ kind: 'paragraph', text: 'Hobid: lauamängud, käsitöö ja rannavõrkpall.' }],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_200_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus', 'innovation', 'organisation'],
  },
  {
    id: 'et-h31-17-word-vandetolgist-tolkeburoo-kliendihaldur-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Vask Seitseteist',
    email: 'vask3117.tolge@example.com',
    phone: '+372 5155 0924',
    contactLines: ['Tallinn'],
    tagline: 'Kliendihaldur | tõlketeenused',
    headings: {
      profile: 'Lühidalt minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutse',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen vandetõlk ja töötanud tõlkebüroos 2010. aastast: kaheksa aastat tõlkijana, kolm aastat projektijuhina ' +
        'ning alates 2021. aastast kliendihaldurina. Minu hallata on 110 püsiklienti – õigusbürood, tootjad, ' +
        'IT-ettevõtted ja mõned ministeeriumid. 2025. aastal tellisid nad meilt tõlkeid ja toimetamist 820 000 € ' +
        'eest. Oskan kliendile selgitada, miks masintõlge ei sobi lepingu või kasutusjuhendi jaoks, ja pakkuda ' +
        'lahendust, mis mahub eelarvesse.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Kliendihaldur',
        'Sõnasild Tõlkebüroo OÜ',
        '2021-01',
        null,
        true,
        'jaanuar 2021 – praegu',
        [
          'pakkumised, raamlepingud ja riigihanked',
          'uute klientide leidmine tootmis- ja IT-sektoris',
          'klientide terminibaaside ja tõlkemälude korrastamine',
          'büroo tõlgib aastas ligi 9 miljonit sõna 24 keelde',
        ],
        'Tallinn',
      ),
      job(
        'Projektijuht',
        'Sõnasild Tõlkebüroo OÜ',
        '2018-01',
        '2020-12',
        false,
        'jaanuar 2018 – detsember 2020',
        ['tõlkeprojektide planeerimine ja vabakutseliste tõlkijate valik', 'kvaliteedikontroll ja tähtajad'],
        'Tallinn',
      ),
      job(
        'Tõlkija',
        'Sõnasild Tõlkebüroo OÜ',
        '2010-02',
        '2017-12',
        false,
        'veebruar 2010 – detsember 2017',
        ['inglise–eesti ja prantsuse–eesti õigus- ja tehnilised tõlked'],
        'Tallinn',
      ),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, tõlkimine (inglise keel), magistrikraad, 2008–2010', {
        field: 'tõlkimine',
        institution: 'Tartu Ülikool',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('ba', 'Tartu Ülikool, inglise keel ja kirjandus, BA, 2005–2008', {
        field: 'inglise keel ja kirjandus',
        institution: 'Tartu Ülikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Masintõlke järeltoimetamine', 'Masintõlke järeltoimetamine, 2020'),
      named('Riigihangetes osalemine', 'Riigihangetes osalemine, 2022'),
    ],
    certifications: [named('Vandetõlk (inglise–eesti)', 'Vandetõlk (inglise–eesti), 2014')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C2', 'inglise – C2'),
      lang('fr', 'C1', 'prantsuse – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('it', 'B1', 'itaalia – B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendisuhted', 'Täpsus ja tähtaegadest kinnipidamine', 'SDL Trados, memoQ, Excel'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 820_000 },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'et-h31-18-pdf-kaks-veergu-raamatupidajast-raamatupidamisburoo-kliendisuhete-juht-paide',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Vask Kaheksateist',
    email: 'vask3118.rp@example.net',
    phone: '+372 5869 1147',
    contactLines: ['Paide, Järvamaa'],
    tagline: 'Kliendisuhete juht – raamatupidamisteenused',
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
      'Raamatupidaja, kes on viimased neli aastat tegelenud rohkem klientide kui kontodega. Meie büroo peab ' +
        'raamatupidamist väikeettevõtetele; mina toon uusi kliente, teen pakkumised ja hoian suhet olemasolevatega. ' +
        'Minu hallata on 160 klienti Järva- ja Raplamaal – talud, ehitusfirmad, kauplused ja FIE-d. 2025. aastal oli ' +
        'nende teenustasude summa 510 000 €. Enamasti on minu vastas ettevõtja ise, kes otsustab kõik.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendisuhete juht',
        'Järva Arvestus OÜ',
        '2022-03',
        null,
        true,
        'märts 2022 – praegu',
        [
          'uute klientide leidmine ja hinnapakkumised',
          'lepingud ja hinnakokkulepped',
          'klientide nõustamine maksuküsimustes koos raamatupidajatega',
          'büroos töötab 14 raamatupidajat',
        ],
        'Paide',
      ),
      job(
        'Raamatupidaja',
        'Järva Arvestus OÜ',
        '2014-08',
        '2022-02',
        false,
        'august 2014 – veebruar 2022',
        ['kuni 35 kliendi raamatupidamine, aruanded ja deklaratsioonid', 'noorte raamatupidajate juhendamine'],
        'Paide',
      ),
      job(
        'Raamatupidaja-sekretär',
        'Paide Ehitus OÜ',
        '2010-06',
        '2014-07',
        false,
        'juuni 2010 – juuli 2014',
        undefined,
        'Paide',
      ),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Ettevõtluskõrgkool Mainor, raamatupidamine, rakenduskõrgharidus, 2007–2011', {
        field: 'raamatupidamine',
        institution: 'Eesti Ettevõtluskõrgkool Mainor',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [named('Raamatupidaja, tase 5', 'Raamatupidaja, tase 5 (2016)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
    ],
    skills: ['Finantsteadmised', 'Suhtlemisoskus', 'Taktitunne', 'Merit Aktiva, Directo, e-MTA'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'Valmistun vanemraamatupidaja (tase 6) kutseeksamiks, eksam on 2027. aasta kevadel.' },
    ],
    clientBase: { activeAccounts: 160, annualRevenueEur: 510_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'communication', 'financial_analysis', 'tact_assertiveness'],
  },
  {
    id: 'et-h31-19-tekst-kaks-veergu-renditeenindajast-autorendi-arikliendihaldur-tallinn',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Vask Üheksateist',
    email: 'vask3119.rent@example.com',
    phone: '+372 5540 6638',
    contactLines: ['Tallinn, Lasnamäe'],
    tagline: 'Ärikliendihaldur – autorent',
    headings: {
      contact: 'KONTAKT',
      profile: 'PROFIIL',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      courses: 'KOOLITUSED',
      languages: 'KEELED',
      skills: 'OSKUSED',
    },
    profile: [
      'Alustasin autorendis lennujaama letis, kus andsin autosid üle ja võtsin tagasi. Alates 2022. aastast haldan ' +
        'ärikliente: pikaajaline rent, asendusautod ja ettevõtete lühirent. Minu kliendid on 95 ettevõtet üle Eesti ' +
        '– ehitusfirmad, IT-ettevõtted, kindlustusseltsid ja riigiasutused. 2025. aastal oli nende rendiarve kokku ' +
        '1,9 mln €. Lepingud ja hinnad lepin kokku autopargijuhtide ja finantsjuhtidega, kes otsustavad, kellelt ' +
        'autod renditakse.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Linnarent AS',
        '2022-04',
        null,
        true,
        '04.2022 – praegu',
        [
          'rendilepingud ja hinnapakkumised ettevõtetele',
          'autopargi vajaduste kaardistamine ja autode vahetusplaanid',
          'kindlustusseltsidega asendusautode raamlepingud',
          'rendipargis on umbes 1 400 autot',
        ],
        'Tallinn',
      ),
      job(
        'Renditeenindaja',
        'Linnarent AS',
        '2018-05',
        '2022-03',
        false,
        '05.2018 – 03.2022',
        [
          'autode üleandmine ja tagastus, kahjude fikseerimine',
          'lisakindlustuste ja suurema autoklassi pakkumine letis',
        ],
        'Tallinna lennujaam',
      ),
      job(
        'Ettekandja',
        'Restoran Merineitsi OÜ',
        '2016-06',
        '2018-04',
        false,
        '06.2016 – 04.2018',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Majanduskool, logistik, kutseharidus, 2014–2016', {
        field: 'logistik',
        institution: 'Tallinna Majanduskool',
        startYear: 2014,
        endYear: 2016,
      }),
    ],
    courses: [
      named('B2B müügi alused', 'B2B müügi alused, 2022'),
      named('Autopargi juhtimine', 'Autopargi juhtimine, 2023'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – vabalt'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Kliendikesksus', 'Pingekindel', 'Excel, RentPro', 'Juhiload B'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 1_900_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'et-h31-20-word-tabel-puusepast-tooriistade-muugiesindaja-louna-eesti-jogeva',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Vask Kakskümmend',
    email: 'vask3120.tooriist@example.org',
    phone: '+372 5276 4401',
    contactLines: ['Jõgeva'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      workTable: ['Aeg', 'Amet', 'Tööandja'],
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      '15 aastat puusepatööd ehitusel ja nüüd seitse aastat tööriistade müüki. Müün elektri- ja akutööriistu, ' +
        'kinnitusvahendeid ja tarvikuid ehituskauplustele ja ehitusfirmadele Tartu-, Jõgeva-, Põlva- ja Võrumaal. ' +
        'Kliente on 120, 2025. aasta müük oli 1,5 mln €. Ehitusfirmades räägin meistrite ja objektijuhtidega, ' +
        'kauplustes osakonnajuhatajatega. Tööriista tutvustan alati objektil, mitte kataloogist.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Müügiesindaja (Lõuna-Eesti)', 'Meistritööriist OÜ', '2019-10', null, true, 'oktoober 2019 – praegu', [
        'kaupluste ja ehitusfirmade külastused, tellimused',
        'tööriistade demod ehitusobjektidel',
        'remondi- ja garantiijuhtumite lahendamine',
        'esindame 12 tootjat, valikus on üle 6 000 toote',
      ]),
      job('Puusepp', 'Emajõe Ehitus AS', '2008-04', '2019-09', false, 'aprill 2008 – september 2019', [
        'karkass- ja viimistlustööd, katused',
        'alates 2014 brigadir',
      ]),
      job('Puusepp', 'Jõgeva Puit OÜ', '2004-06', '2008-03', false, 'juuni 2004 – märts 2008'),
    ],
    education: [
      edu('kutseharidus', 'Jõgevamaa Kutsehariduskeskus, puusepp, kutseharidus, 2001–2004', {
        field: 'puusepp',
        institution: 'Jõgevamaa Kutsehariduskeskus',
        startYear: 2001,
        endYear: 2004,
      }),
    ],
    courses: [
      named('Akutööriistade tootekoolitus', 'Akutööriistade tootekoolitus, 2019'),
      named('Ehitustööde ohutus', 'Ehitustööde ohutus, 2015'),
    ],
    certifications: [named('Puusepp, tase 4', 'Puusepp, tase 4 (2010)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Tehnilised teadmised', 'Koostöövõime', 'Usaldusväärsus', 'Excel, Directo, Pipedrive'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 1_500_000, segment: 'regional_smb' },
    competencies: ['teamwork'],
  },
  {
    id: 'et-h31-21-pdf-sildid-rongidispetserist-raudtee-kaubaveo-muugijuht-tapa-1990',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Vask Kakskümmend Üks',
    email: 'vask3121.raudtee@example.com',
    phone: '+372 5139 8802',
    contactLines: ['Tapa, Lääne-Virumaa'],
    tagline: 'Müügijuht – raudtee kaubavedu',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Raudteel olen töötanud 1990. aastast – vedurijuhi abi, jaamakorraldaja, rongidispetšer ja alates 2012. ' +
        'aastast kaubaveo müük. Minu kliendid on 18 saatjat Eestis, Lätis ja Soomes: väetise-, puidu- ja ' +
        'naftatoodete ettevõtted ning ekspedeerijad, kes veavad kaupa Muuga ja Paldiski sadamasse. 2025. aastal oli ' +
        'minu klientide veotulu 22 mln €. Veomahud ja tariifid lepin kokku klientide logistikadirektoritega, kes ' +
        'otsustavad, kas kaup läheb raudteele või maanteele. Kokku vedas ettevõte 2025. aastal 4,2 miljonit tonni.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aeg', title: 'Ametikoht', employer: 'Ettevõte', duties: 'Vastutusala' },
    jobs: [
      job(
        'Müügijuht (kaubavedu)',
        'Balti Raudteevedu AS',
        '2012-09',
        null,
        true,
        'september 2012 – praegu',
        [
          'veolepingud, tariifid ja mahukokkulepped',
          'uute veoskeemide väljatöötamine koos operatsioonide ja sadamatega',
          'läbirääkimised klientidega aastamahtude üle',
        ],
        'Tallinn',
      ),
      job(
        'Rongidispetšer',
        'Balti Raudteevedu AS',
        '2001-03',
        '2012-08',
        false,
        'märts 2001 – august 2012',
        ['rongiliikluse korraldamine Tapa–Narva liinil', 'vagunite ja vedurite planeerimine'],
        'Tapa',
      ),
      job('Jaamakorraldaja', 'Eesti Raudtee', '1994', '2001-02', false, '1994 – veebruar 2001', undefined, 'Tapa'),
      job('Vedurijuhi abi', 'Tapa vedurite depoo', '1990', '1994', false, '1990 – 1994', undefined, 'Tapa'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, logistika, rakenduskõrgharidus, 2003–2007 (kaugõpe)', {
        field: 'logistika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2003,
        endYear: 2007,
      }),
      edu('kutsekeskharidus', 'Tallinna Raudteetehnikum, vedurite remont ja käit, keskeriharidus, 1986–1990', {
        field: 'vedurite remont ja käit',
        institution: 'Tallinna Raudteetehnikum',
        startYear: 1986,
        endYear: 1990,
      }),
    ],
    courses: [
      named('Rahvusvahelised raudteeveod (SMGS ja CIM)', 'Rahvusvahelised raudteeveod (SMGS ja CIM), 2013'),
      named('Ohtlike veoste vedu raudteel (RID)', 'Ohtlike veoste vedu raudteel (RID), 2016'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – väga hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('lv', 'A2', 'läti – algtase'),
    ],
    skills: ['Läbirääkimised', 'Analüütiline mõtlemine', 'Kehtestav', 'Excel, SAP'],
    clientBase: { activeAccounts: 18, annualRevenueEur: 22_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'organisation', 'tact_assertiveness'],
  },
  {
    id: 'et-h31-22-tekst-tabel-automaatide-hooldustehnik-soovib-muuki-ei-portfelli-tartu',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Vask Kakskümmend Kaks',
    email: 'vask3122@example.org',
    phone: '+372 5390 7725',
    contactLines: ['Tartu, Ropka'],
    tagline: 'Soovitud ametikoht: müügiesindaja / kliendihaldur',
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen kaheksa aastat hooldanud kohvi- ja müügiautomaate Lõuna-Eestis: büroodes, koolides, tanklates ja ' +
        'haiglates. Käin iga päev klientide juures ja näen, mida nad vajavad – sageli olen just mina see, kes ' +
        'müügijuhile ütleb, et kliendil on vaja suuremat masinat või teistsugust lepingut. Oma kliendiportfelli mul ' +
        'ei ole, kuid tahan nüüd liikuda kliendihalduse poole. Firma hooldab umbes 1 300 automaati.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aeg', title: 'Amet', employer: 'Firma', duties: 'Tööd' },
    jobs: [
      job(
        'Hooldustehnik',
        'Automaadikohv OÜ',
        '2018-04',
        null,
        false,
        '04.2018 – praegu',
        [
          'kohvi- ja müügiautomaatide paigaldus, hooldus ja remont',
          'klientide töötajate õpetamine masinate kasutamisel',
          'varuosade ja kauba tellimine',
          'uute tehnikute juhendamine',
        ],
        'Tartu',
      ),
      job(
        'Arvutiremondi tehnik',
        'Arvutiabi OÜ',
        '2014-09',
        '2018-03',
        false,
        '09.2014 – 03.2018',
        ['arvutite ja printerite remont, kliendi juures ja töökojas'],
        'Tartu',
      ),
      job(
        'Müüja',
        'Tehnikamaailm AS',
        '2013-06',
        '2013-08',
        true,
        '06.2013 – 08.2013 (suvetöö)',
        ['kodutehnika ja telefonide müük'],
        'Tartu',
      ),
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, IT-süsteemide nooremspetsialist, kutseharidus, 2011–2014', {
        field: 'IT-süsteemide nooremspetsialist',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [
      named('Elektriohutus automaatide hoolduses', 'Elektriohutus automaatide hoolduses, 2019'),
      named('Müügi alused (Töötukassa koolituskaardiga)', 'Müügi alused (Töötukassa koolituskaardiga), 2025'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Tehniline taip', 'Klienditeenindus', 'Suhtlemisoskus', 'Juhiload B'],
    clientBase: null,
    competencies: ['coaching', 'communication', 'customer_focus'],
  },
  {
    id: 'et-h31-23-word-punktid-loomaarstist-veterinaarravimite-muugiesindaja-poltsamaa',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Vask Kakskümmend Kolm',
    email: 'vask3123.vet@example.net',
    phone: '+372 5618 2290',
    contactLines: ['Põltsamaa, Jõgevamaa'],
    tagline: 'Müügiesindaja – veterinaarravimid',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen loomaarst ja töötasin üheksa aastat suurloomapraksises, peamiselt piimafarmides. 2019. aastast müün ' +
        'veterinaarravimeid, vaktsiine ja söödalisandeid. Minu kliendid on 65 loomakliinikut ja 40 piimafarmi üle ' +
        'Eesti. 2025. aastal ostsid nad meilt ravimeid ja tooteid 2,6 mln € eest. Kliinikutes otsustab ostu üle ' +
        'omanikarst, farmides farmi juht või omanik – mõlemaga räägin nende oma keeles, sest olen ise sama tööd teinud.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Müügiesindaja',
        'VetFarma Baltic OÜ',
        '2019-03',
        null,
        true,
        '03.2019 – praegu',
        [
          'Kliinikute ja farmide külastused, tellimused ja aastalepingud',
          'Loomaarstide koolitused ja seminarid',
          'Karja tervise programmid koos farmide loomaarstidega',
        ],
        'Tartu',
      ),
      job(
        'Loomaarst',
        'Kesk-Eesti Loomakliinik OÜ',
        '2010-08',
        '2019-02',
        false,
        '08.2010 – 02.2019',
        ['Piimakarjade tervise jälgimine ja ravi', 'Valvetööd öösiti ja nädalavahetustel', 'Praktikantide juhendamine'],
        'Põltsamaa',
      ),
    ],
    education: [
      edu('magistrikraad', 'Eesti Maaülikool, veterinaarmeditsiin, magistrikraad (integreeritud õpe), 2004–2010', {
        field: 'veterinaarmeditsiin',
        institution: 'Eesti Maaülikool',
        startYear: 2004,
        endYear: 2010,
      }),
      edu('keskharidus', 'Põltsamaa Ühisgümnaasium, keskharidus, 2004', {
        institution: 'Põltsamaa Ühisgümnaasium',
        endYear: 2004,
      }),
    ],
    courses: [
      named('Lüpsikarja udaratervis', 'Lüpsikarja udaratervis, 2017'),
      named('Ravimite hulgimüügi hea tava', 'Ravimite hulgimüügi hea tava, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('de', 'B1', 'saksa – B1'),
    ],
    skills: ['Suhtevõrgustik loomaarstide ja farmerite seas', 'Juhendamine', 'Ettevõtlikkus', 'Excel, Pipedrive'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'Loomaarsti tegevusloa peatasin 2019. aastal, kui läksin müüki.' },
    ],
    clientBase: { activeAccounts: 105, annualRevenueEur: 2_600_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'entrepreneurship', 'relationship_building'],
  },
  {
    id: 'et-h31-24-pdf-punktid-suusatreenerist-spordivarustuse-muugiesindaja-otepaa-lati',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Vask Kakskümmend Neli',
    email: 'vask3124.otepaa@example.com',
    phone: '+372 5470 1183',
    contactLines: ['Otepää, Valgamaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olin 12 aastat murdmaasuusatreener Otepääl ja olen ise võistelnud juunioride koondises. Alates 2020. aastast ' +
        'müün suusa-, matka- ja jooksuvarustust spordipoodidele ja rendipunktidele. Minu kliendid on 45 poodi ja ' +
        'rendipunkti Eestis ja Lätis; 2025. aastal ostsid nad meilt 1,3 mln € eest. Enamasti on need omanike endi ' +
        'poed – nemad otsustavad, mida järgmiseks talveks tellida, ja tahavad kuulda, millega treener ise sõidaks.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügiesindaja (Eesti ja Läti)', 'Põhjatee Sport OÜ', '2020-05', null, true, '05.2020 – praegu'),
        lines: ['Põhjatee Sport OÜ, Otepää | Müügiesindaja (Eesti ja Läti) | 05.2020 – praegu'],
        bullets: [
          'Eeltellimused hooaja alguses ja järeltellimused',
          'Tootekoolitused poodide müüjatele',
          'Testipäevad Otepääl ja Siguldas',
        ],
      },
      {
        ...job('Murdmaasuusatreener', 'Otepää Suusaklubi MTÜ', '2008-09', '2020-04', false, '09.2008 – 04.2020'),
        lines: ['Otepää Suusaklubi MTÜ | Murdmaasuusatreener | 09.2008 – 04.2020'],
        bullets: ['Noorte ja täiskasvanute treeningrühmad', 'Laagrite ja võistlusreiside korraldamine'],
      },
      {
        ...job('Müüja', 'Mäesuusk OÜ', '2005-12', '2008-03', true, '12.2005 – 03.2008 (talviti)'),
        lines: ['Mäesuusk OÜ, Otepää | Müüja | 12.2005 – 03.2008 (talviti)'],
        bullets: ['Suuskade ja varustuse müük ja rent, suuskade hooldus'],
      },
    ],
    education: [
      edu('bakalaureus', 'Tartu Ülikool, kehakultuur, bakalaureus, 2005–2008', {
        field: 'kehakultuur',
        institution: 'Tartu Ülikool',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('keskharidus', 'Otepää Gümnaasium, keskharidus, 2005', {
        institution: 'Otepää Gümnaasium',
        endYear: 2005,
      }),
    ],
    courses: [named('Suusahoolduse koolitus', 'Suusahoolduse koolitus (Norra), 2016')],
    certifications: [named('Treener, tase 5', 'Treener, tase 5 (murdmaasuusatamine), 2012')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('lv', 'B1', 'läti – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Juhendamisoskus', 'Organiseerimisoskus', 'Kliendisuhted', 'Excel, Shopify B2B'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 1_300_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'organisation', 'relationship_building'],
  },
  {
    id: 'et-h31-25-word-kaks-veergu-vilistlane-2025-telemuuk-spordipood-ei-portfelli',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Vask Kakskümmend Viis',
    email: 'vask3125.noor@example.com',
    phone: '+372 5823 6617',
    contactLines: ['Tallinn'],
    tagline: 'Noorem kliendihaldur / müügiesindaja',
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
      'Lõpetasin 2025. aasta juunis Tallinna Ülikoolis ärijuhtimise ja otsin esimest päris müügitööd. Kooli ajal ' +
        'müüsin telefoni teel ajalehetellimusi ja töötasin spordipoes, praegu sisestan ekspedeerimisfirmas tellimusi ' +
        'ja valmistan müügijuhtidele ette pakkumisi. Oma kliente mul veel ei ole, aga tean, kuidas käib müük ' +
        'esimesest kõnest lepinguni ja mida tähendab igapäevane eesmärk. Olen kiire õppija ja ei karda telefoni.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügiassistent',
        'Läänemere Ekspedeerimine OÜ',
        '2025-08',
        null,
        false,
        'august 2025 – praegu',
        [
          'tellimuste sisestamine ja veodokumendid',
          'hinnapakkumiste ettevalmistamine müügijuhtidele',
          'CRM-i andmete korrastamine',
        ],
        'Tallinn',
      ),
      job(
        'Telemüüja',
        'Lääne Meedia AS',
        '2022-10',
        '2023-12',
        true,
        'oktoober 2022 – detsember 2023 (osalise ajaga)',
        ['ajalehe- ja ajakirjatellimuste müük telefoni teel', 'kuueesmärk 60 tellimust, täitsin keskmiselt 110%'],
        'Haapsalu',
      ),
      job(
        'Müüja',
        'Läänemaa Spordikaubad OÜ',
        '2019-06',
        '2022-08',
        true,
        'juuni 2019 – august 2022 (suviti ja nädalavahetustel)',
        ['jalgrataste, jooksujalatsite ja veespordivarustuse müük', 'kassa ja kauba vastuvõtt'],
        'Haapsalu',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Välisõpingud' },
      { kind: 'paragraph', text: 'Erasmus+ vahetussemester, Uppsala Ülikool (Rootsi), kevad 2024.' },
    ],
    education: [
      edu('bakalaureus', 'Tallinna Ülikool, ärijuhtimine, bakalaureus, 2022–2025', {
        field: 'ärijuhtimine',
        institution: 'Tallinna Ülikool',
        startYear: 2022,
        endYear: 2025,
      }),
      edu('keskharidus', 'Haapsalu Gümnaasium, keskharidus, 2022', {
        institution: 'Haapsalu Gümnaasium',
        endYear: 2022,
      }),
    ],
    courses: [named('HubSpot CRM algkursus', 'HubSpot CRM algkursus (veebis), 2024')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('sv', 'B1', 'rootsi – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Pingetaluvus', 'Algatusvõimeline', 'Excel, HubSpot, Canva'],
    closing: [{ kind: 'paragraph', text: 'Hobid: purjelauasõit ja korvpall.' }],
    clientBase: null,
    competencies: ['communication', 'initiative', 'stress_resistance'],
  },
  {
    id: 'et-h31-26-tekst-kontorimoobli-muugijuht-mooblitoostuses-1984-aastast-tallinn',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Vask Kakskümmend Kuus',
    email: 'vask3126.moobel@example.net',
    phone: '+372 5071 3390',
    contactLines: ['Tallinn, Nõmme', 'Sündinud 1962'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Mööblitööstuses olen töötanud 1984. aastast: konstruktori, tootmismeistri ja tootmisjuhina ning alates 2003. ' +
        'aastast müügijuhina. Müün kontorimööblit ja sisustuslahendusi ettevõtetele ja asutustele – kontorid, ' +
        'pangad, koolid ja ministeeriumid. Püsikliente on umbes 90, peamiselt Tallinnas ja Harjumaal; 2025. aastal ' +
        'müüsin neile 2,4 mln € eest. Suuremate projektide üle otsustavad juhatuse liikmed ja haldusjuhid, ja ' +
        'paljusid neist tunnen üle kümne aasta. Pensionile ma veel ei mõtle.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Müügijuht', 'Nõmme Mööbel AS', '2003', null, true, '2003 – praegu', [
        'pakkumised, hankedokumendid ja riigihanked',
        'projektide eelarved ja tarnegraafikud, paigalduse planeerimine',
        'sisearhitektide ja ehitusfirmadega projektide kokkulepped',
        'tehases töötab 85 inimest',
      ]),
      job('Tootmisjuht', 'Nõmme Mööbel AS', '1995', '2002', false, '1995 – 2002'),
      job('Tootmismeister', 'Tallinna Mööblikombinaat', '1989', '1994', false, '1989 – 1994'),
      job('Konstruktor', 'Tallinna Mööblikombinaat', '1984', '1988', false, '1984 – 1988'),
    ],
    education: [
      edu('kõrgharidus', 'Tallinna Polütehniline Instituut, puidutöötlemise tehnoloogia, kõrgharidus, 1979–1984', {
        field: 'puidutöötlemise tehnoloogia',
        institution: 'Tallinna Polütehniline Instituut',
        startYear: 1979,
        endYear: 1984,
      }),
    ],
    courses: [named('Riigihangete korraldamine pakkuja vaates', 'Riigihangete korraldamine pakkuja vaates, 2018')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('ru', 'C1', ''), lang('fi', 'B2', ''), lang('en', 'B1', '')],
    languagesText: [
      'Eesti keel on emakeel, vene keelt valdan vabalt, soome keelt hästi ja inglise keelt suhtlustasemel.',
    ],
    skills: ['Läbirääkimisoskus', 'Kehtestav', 'Planeerimine', 'Excel, Directo, AutoCAD'],
    closing: [{ kind: 'paragraph', text: 'Soovitajad esitan soovi korral.' }],
    clientBase: { activeAccounts: 90, annualRevenueEur: 2_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'tact_assertiveness'],
  },
];

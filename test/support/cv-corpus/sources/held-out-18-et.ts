import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The eighteenth held-out set's Estonian CVs (Estonian and Russian-speaking candidates in Estonia, and a Ukrainian
 * in Pärnu): ordinary CVs from people the earlier sets do not have – a customer success manager, a professional
 * soldier turned jobseeker, a nurse turned medical rep, a teacher and lecturer selling journal licences, a
 * store-chain area manager, a ferry group seller – beside seasoned key account managers with long, dense careers,
 * in trades the earlier sets do not cover (peat substrates, promotional gifts, rural credit union, influencer
 * marketing, fuel wholesale, baby care, forestry software, counter-drone systems, energy services, trade credit
 * insurance, wound care, conveyor belts, academic publishing, milking robots, cinema advertising, office leasing,
 * telecom wholesale, ship supply, 3D printers, biomethane, textile rental, plumbing).
 */
export const HELD_OUT_18_ET: CvSource[] = [
  {
    id: 'et-h18-01-cvkeskus-customer-success-hambakliinikud-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Kakssada Üks',
    email: 'tuhat.kakssada.yks.1201@example.com',
    phone: '+372 5621 4470',
    contactLines: ['Elukoht: Tartu', 'Sünniaasta: 1994'],
    tagline: 'Soovitud amet: kliendihaldur, account manager (B2B tarkvara)',
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
      'Töötan Tartu tarkvaraettevõttes Customer Success Managerina: minu hallata on umbes 140 hambakliinikut ja ' +
        'ilusalongi Eestis ja Lätis, kes kasutavad meie broneerimis- ja patsiendihaldustarkvara. Uusi lepinguid ma ' +
        'ei sõlmi – seda teevad kliendihaldurid –, kuid vastutan juurutuse, koolituste ja kasutajate rahulolu eest. ' +
        'Ettevõtte ARR on 2,4 mln €. Soovin liikuda kliendihalduri rolli, kus vastutaksin ka müügitulemuse eest.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Tööaeg', title: 'Ametinimetus', employer: 'Ettevõte', duties: 'Tööülesanded' },
    jobs: [
      job(
        'Customer Success Manager',
        'Hambaaeg OÜ',
        '2023-03',
        null,
        false,
        '03.2023 – praegu',
        [
          'uute klientide juurutus ja kasutajakoolitused veebis',
          'kvartaalsed kasutusülevaated kliinikute juhatajatega',
          'lisamoodulite soovide edastamine kliendihalduritele',
          'kliendirahulolu (NPS) jälgimine; 2025. aastal pikenes 94% lepingutest',
        ],
        'Tartu',
      ),
      job(
        'Klienditoe spetsialist',
        'Hambaaeg OÜ',
        '2021-10',
        '2023-02',
        false,
        '10.2021 – 02.2023',
        ['telefoni- ja e-posti tugi eesti, vene ja läti keeles', 'vigade registreerimine Jiras'],
        'Tartu',
      ),
      job(
        'Administraator',
        'Hotell Emajõe Kallas OÜ',
        '2018',
        '2021-09',
        false,
        '2018 – 09.2021',
        ['vastuvõtt, broneeringud ja arveldamine', 'gruppide majutuse kokkulepped reisibüroodega'],
        'Tartu',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, semiootika, bakalaureusekraad, 2013–2017', {
        field: 'semiootika',
        institution: 'Tartu Ülikool',
        startYear: 2013,
        endYear: 2017,
      }),
    ],
    courses: [
      named('Customer Success Fundamentals', 'Customer Success Fundamentals (veebikursus), 2023'),
      named('B2B müügi alused', 'B2B müügi alused – Eesti Ettevõtluskõrgkool Mainor, täienduskoolitus 2025'),
    ],
    certifications: [
      named('HubSpot Service Hub Software Certification', 'HubSpot Service Hub Software Certification (2024)'),
    ],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B2', ''), lang('lv', 'B1', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Kõne', 'Kiri'],
        rows: [
          ['eesti', 'emakeel', 'emakeel'],
          ['inglise', 'väga hea', 'väga hea'],
          ['vene', 'hea', 'hea'],
          ['läti', 'suhtlustasemel', 'suhtlustasemel'],
        ],
      },
    ],
    skills: ['Kliendikeskne', 'Suhtlemisoskus', 'Pingekindel', 'Jira, HubSpot, Google Workspace'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'Juhiluba B. Pipedrive Sales Certification – õpin, eksam 2027. aasta alguses. Palgasoov: 2 300 € bruto.',
      },
    ],
    clientBase: null,
    competencies: ['communication', 'customer_focus', 'stress_resistance'],
  },
  {
    id: 'et-h18-02-cvonline-ukrainlanna-turbasubstraadid-parnu',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kakssada Kaks',
    email: 'k1202.parnu@example.org',
    phone: '+372 5840 1936',
    contactLines: ['Pärnu, Pärnumaa'],
    tagline: 'Soovitud ametikoht: ekspordijuht / võtmekliendihaldur',
    headings: {
      profile: 'Minust lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Olen pärit Dniprost ja elan Pärnus 2022. aasta aprillist. Müün Pärnumaa turbasubstraate kasvuhoonetele ja ' +
        'puukoolidele Hollandis, Belgias, Prantsusmaal ja Poolas: minu kliendid on 34 köögivilja- ja lillekasvatajat ' +
        'ning puukooli, nende ostud minu kaudu olid 2025. aastal ca 4,2 mln €. Lepingud sõlmin kasvuhoonete ' +
        'omanikega, kes ise otsustavad, millist substraati kasutada. Ukrainas töötasin kümme aastat päevalilleõli ' +
        'ekspordis.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ekspordijuht', 'Rannaraba Substraadid AS', '2023-03', null, true, 'märts 2023 – praegu · 3 a 9 k'),
        lines: [
          'Ametikoht: Ekspordijuht',
          'Ettevõte: Rannaraba Substraadid AS',
          'Tööperiood: märts 2023 – praegu · 3 a 9 k',
          'Asukoht: Pärnumaa, Tori vald',
        ],
        bullets: [
          'uute klientide leidmine messidel (IPM Essen, GreenTech Amsterdam)',
          'aastalepingud, hinnad ja tarnegraafikud',
          'substraadisegude katsetused koos agronoomiga klientide kasvuhoonetes',
          'laevade ja veokite laadimise planeerimine koos logistikuga',
        ],
      },
      {
        ...job('Pakkija', 'Rannaraba Substraadid AS', '2022-06', '2023-02', false, 'juuni 2022 – veebruar 2023 · 9 k'),
        lines: [
          'Ametikoht: Pakkija',
          'Ettevõte: Rannaraba Substraadid AS',
          'Tööperiood: juuni 2022 – veebruar 2023 · 9 k',
          'Asukoht: Pärnumaa, Tori vald',
        ],
        bullets: ['pakkimisliin ja kvaliteedikontroll; samal ajal õppisin eesti keelt'],
      },
      {
        ...job(
          'Ekspordijuht',
          'TOV Prydniprovska Oliia',
          '2012-02',
          '2022-02',
          true,
          'veebruar 2012 – veebruar 2022 · 10 a 1 k',
        ),
        lines: [
          'Ametikoht: Ekspordijuht (Менеджер з експорту)',
          'Ettevõte: TOV Prydniprovska Oliia',
          'Tööperiood: veebruar 2012 – veebruar 2022 · 10 a 1 k',
          'Asukoht: Dnipro, Ukraina',
        ],
        bullets: [
          'päevalilleõli eksport Türki, Egiptusesse ja Euroopa Liitu, ca 60 000 tonni aastas',
          'minu klientide ostud 2021. aastal ca 38 mln USD',
        ],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Märts–mai 2022: sõda, lahkusin Ukrainast ja sain Eestis ajutise kaitse.' }],
    education: [
      edu(
        'magistrikraad',
        'Dnipro Riiklik Agraar- ja Majandusülikool · rahvusvahelised majandussuhted · magistrikraad · 2006–2011',
        {
          field: 'rahvusvahelised majandussuhted',
          institution: 'Dnipro Riiklik Agraar- ja Majandusülikool',
          startYear: 2006,
          endYear: 2011,
        },
      ),
    ],
    courses: [
      named('Eesti keele kursus A2–B1', 'Eesti keele kursus A2–B1, Pärnu, 2024–2025 (Integratsiooni Sihtasutus)'),
    ],
    certifications: [named('Tõstukijuhi tunnistus', 'Tõstukijuhi tunnistus (2022)')],
    languages: [
      lang('uk', 'native', 'ukraina keel – emakeel'),
      lang('ru', 'native', 'vene keel – emakeel'),
      lang('en', 'C1', 'inglise keel – C1'),
      lang('pl', 'B1', 'poola keel – B1'),
      lang('et', 'A2', 'eesti keel – A2 (õpin edasi, B1 eksam 2027)'),
    ],
    skills: ['Läbirääkimised', 'Messid ja uute klientide leidmine', 'Excel, Directo, Pipedrive', 'Juhiluba B'],
    clientBase: { activeAccounts: 34, annualRevenueEur: 4_200_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation'],
  },
  {
    id: 'et-h18-03-tootukassa-kaitsevae-veebel-ei-muugiaastaid',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kakssada Kolm',
    nameLine: 'CV – Kandidaat Tuhat Kakssada Kolm',
    email: 'kandidaat1203@example.net',
    phone: '5398 1174',
    contactLines: ['Aadress: Tapa, Lääne-Virumaa', 'Sünniaeg: 08.05.1985'],
    afterContact: [
      { kind: 'heading', text: 'Soovitud töö' },
      {
        kind: 'paragraph',
        text:
          'Ametinimetus: müügiesindaja, kliendihaldur, logistikaspetsialist; Tööaeg: täistööaeg; Piirkond: ' +
          'Lääne-Virumaa, Harjumaa, Tartu; Tööle asumise aeg: kokkuleppel',
      },
    ],
    headings: {
      profile: 'Lisainfo endast',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täiendkoolitused',
      certifications: 'Tunnistused',
      languages: 'Keeleoskus',
      skills: 'Arvutioskus ja juhiload',
    },
    profile: [
      'Teenisin 16 aastat Kaitseväes tegevväelasena, viimati logistikaveebelina, ja läksin 2024. aasta suvel ' +
        'reservi. Müügikogemust mul veel ei ole, kuid olen pidanud tarnijatega hinnaläbirääkimisi ja korraldanud ' +
        'varustuse tarneid kuni 600 inimesele. Töötukassa kaudu läbisin müügikoolituse. Õhtuti ja nädalavahetustel ' +
        'töötan turvatöötajana.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Turvatöötaja', 'Virumaa Turvateenused OÜ', '2025-01', null, false, '06.01.2025 – praegu'),
        lines: [
          'Ametinimetus: Turvatöötaja (osalise koormusega)',
          'Tööandja: Virumaa Turvateenused OÜ',
          'Periood: 06.01.2025 – praegu',
          'Tööülesanded: ürituste ja kaubanduskeskuse valve õhtustes ja nädalavahetuse vahetustes.',
        ],
      },
      {
        ...job('Logistikaveebel', 'Kaitsevägi', '2008-08', '2024-07', false, '01.08.2008 – 31.07.2024'),
        lines: [
          'Ametinimetus: Logistikaveebel (tegevväelane)',
          'Tööandja: Kaitsevägi, 1. jalaväebrigaad (Tapa)',
          'Periood: 01.08.2008 – 31.07.2024',
          'Tööülesanded: pataljoni varustuse, toitlustuse ja kütuse planeerimine; hangete tehniliste tingimuste ' +
            'koostamine ja tarnijatega suhtlemine; laoarvestus; välismissioonid Afganistanis (2011) ja Malis (2019).',
        ],
      },
      {
        ...job('Laotöötaja', 'Tapa Puit OÜ', '2004-06', '2007-06', false, '01.06.2004 – 30.06.2007'),
        lines: ['Ametinimetus: Laotöötaja', 'Tööandja: Tapa Puit OÜ', 'Periood: 01.06.2004 – 30.06.2007'],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Ajateenistus: 07.2007 – 06.2008, Kaitsevägi, Kuperjanovi jalaväepataljon' },
      { kind: 'paragraph', text: 'Töötu (registreeritud Töötukassas): 01.08.2024 – 05.01.2025' },
    ],
    education: [
      edu('keskharidus', 'Haridustase: keskharidus; Õppeasutus: Tapa Gümnaasium; Lõpetamise aasta: 2004', {
        institution: 'Tapa Gümnaasium',
        endYear: 2004,
      }),
    ],
    courses: [
      named('Müügitöö alused', 'Müügitöö alused (Töötukassa tööturukoolitus, 120 h), okt–dets 2024'),
      named('Vanemallohvitseri baaskursus', 'Vanemallohvitseri baaskursus, Kaitseväe Akadeemia, 2014'),
      named('Riigihangete alused', 'Riigihangete alused, Rahandusministeerium, 2018'),
    ],
    certifications: [named('Turvatöötaja, tase 3', 'Turvatöötaja, tase 3 (kutsetunnistus, 2024)')],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B1', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Kõnes', 'Kirjas'],
        rows: [
          ['eesti', 'emakeel', 'emakeel'],
          ['inglise', 'B2', 'B2'],
          ['vene', 'B1', 'B1'],
        ],
      },
    ],
    skills: [
      'MS Word, Excel (hea), SAP laoarvestus',
      'Juhiload: B, C (ametikoolituse kood 95 kehtivus lõppes 2023)',
      'Täpne ja pingekindel',
    ],
    clientBase: null,
    competencies: ['organisation', 'stress_resistance'],
  },
  {
    id: 'et-h18-04-epost-meenetooted-lasnamae',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kakssada Neli',
    email: 'tuhat.kakssada.neli.1204@example.net',
    phone: '+372 5566 3021',
    afterContact: [
      { kind: 'paragraph', text: 'Teema: CV – kliendihalduri ametikoht (B2B)' },
      { kind: 'paragraph', text: 'Tere!' },
    ],
    headings: {
      profile: 'Lühidalt minust',
      work: 'Kus olen töötanud',
      education: 'Haridus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Muud oskused',
    },
    profile: [
      'Kandideerin teie kliendihalduri ametikohale. Viimased viis aastat olen müünud ettevõtetele logoga ' +
        'meenetooteid, tööriideid ja jõulukingitusi. Minu kliendibaasis on umbes 120 ettevõtet Tallinnas ja ' +
        'Harjumaal; 2025. aastal tellisid nad minu kaudu kokku ca 380 000 € eest. Kontaktid on enamasti ' +
        'turundusjuhid ja juhiabid. Enne seda töötasin kuus aastat ehtepoes müüjana. Elan Lasnamäel, emakeel on vene.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügijuht',
        'Logokink OÜ',
        '2021-04',
        null,
        true,
        '04.2021 – praegu',
        [
          'päringud, kujunduse kooskõlastus ja hinnapakkumised',
          'tootjatega (Hiina, Poola, Läti) tähtaegade ja hindade läbirääkimised',
          'suurimad kliendid: kaks panka, telekomifirma ja IT-ettevõtted',
          'isiklik müügieesmärk 2026: 420 000 €',
        ],
        'Tallinn',
      ),
      job(
        'Müüja-konsultant',
        'Kuldlõige Ehted OÜ',
        '2015-03',
        '2021-03',
        true,
        '03.2015 – 03.2021',
        ['ehete ja kellade müük Ülemiste kaupluses', 'kaupluse müügiplaan 2019. aastal 1,1 mln €'],
        'Tallinn',
      ),
      job('Laotöötaja', 'Balti Kaubaladu OÜ', '2012', '2015-02', false, '2012 – 02.2015', undefined, 'Maardu'),
    ],
    education: [
      edu('keskharidus', 'Tallinna Linnamäe Vene Lütseum, keskharidus, 2011', {
        institution: 'Tallinna Linnamäe Vene Lütseum',
        endYear: 2011,
      }),
    ],
    courses: [
      named('Eesti keele C1 kursus', 'Eesti keele C1 kursus, 2019'),
      named('Müük telefonis', 'Müük telefonis – ühepäevane koolitus, 2022'),
    ],
    certifications: [],
    languages: [lang('ru', 'native', ''), lang('et', 'C1', ''), lang('en', 'B2', ''), lang('pl', 'A2', '')],
    languagesText: [
      'Vene keel on emakeel. Eesti keeles suhtlen klientidega vabalt (C1 tasemeeksam 2019). Inglise keel – hea, ' +
        'poola keelest saan aru (algtase).',
    ],
    skills: ['MS Office, Canva, Pipedrive', 'Juhiluba B', 'Peab tähtaegadest kinni'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Vestlusele saan tulla igal ajal. Parimate soovidega, Kandidaat Tuhat Kakssada Neli',
      },
    ],
    clientBase: { activeAccounts: 120, annualRevenueEur: 380_000, segment: 'regional_smb' },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h18-05-wordi-mall-hoiu-laenuuhistu-talud-viljandi',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kakssada Viis',
    nameLine: 'CURRICULUM VITAE – Kandidaat Tuhat Kakssada Viis',
    email: 'k.1205.viljandi@example.com',
    phone: '+372 513 8842',
    afterContact: [
      { kind: 'heading', text: 'Isikuandmed' },
      {
        kind: 'table',
        rows: [
          ['Sünniaeg', '14.11.1979'],
          ['Elukoht', 'Viljandi'],
          ['Juhiload', 'B, T'],
          ['Perekonnaseis', 'abielus, 3 last'],
        ],
      },
    ],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täienduskoolitused',
      certifications: 'Kutsetunnistused',
      languages: 'Keeleoskus',
      skills: 'Isikuomadused ja oskused',
    },
    profile: [
      'Hoiu-laenuühistu kliendihaldur, kes tunneb põllumeest. Minu portfellis on 240 talu ja maaettevõtet ' +
        'Viljandi-, Järva- ja Pärnumaal; nende laenude jääk kokku on ca 28 mln €. Laenu- ja liisingutingimused ' +
        'lepin kokku talude omanikega, kes otsused ise teevad. Enne ühistut töötasin üheksa aastat PRIA-s toetuste ' +
        'kontrollijana, nii et tean, kuidas taotlused ja kontrollid käivad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendihaldur',
        'Maaelu Hoiu-laenuühistu',
        '2016-01',
        null,
        true,
        'jaanuar 2016 – praegu',
        [
          'uute laenu- ja liisingutehingute leidmine ja ettevalmistus',
          'talude finantsanalüüs ja tagatiste hindamine',
          'laenukomitee ettekanded',
          'klientide külastused ja aastaülevaated',
        ],
        'Viljandi',
      ),
      job(
        'Inspektor',
        'Põllumajanduse Registrite ja Informatsiooni Amet (PRIA)',
        '2007-03',
        '2015-12',
        false,
        'märts 2007 – detsember 2015',
        ['pindala- ja investeeringutoetuste kohapealsed kontrollid Viljandimaal'],
        'Viljandi',
      ),
      job('Raamatupidaja', 'Tarvastu Agro OÜ', '2003', '2007-02', false, '2003 – veebruar 2007', undefined, 'Mustla'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Lapsehoolduspuhkus 2009–2011 (töösuhe PRIA-ga jätkus).' }],
    education: [
      edu('magistrikraad', 'Eesti Põllumajandusülikool, maamajanduse ökonoomika, magistrikraad, 2001–2003', {
        field: 'maamajanduse ökonoomika',
        institution: 'Eesti Põllumajandusülikool',
        startYear: 2001,
        endYear: 2003,
      }),
      edu('bakalaureusekraad', 'Eesti Põllumajandusülikool, maamajandus, bakalaureusekraad, 1998–2001', {
        field: 'maamajandus',
        institution: 'Eesti Põllumajandusülikool',
        startYear: 1998,
        endYear: 2001,
      }),
    ],
    courses: [
      named(
        'Põllumajandusettevõtte finantsanalüüs',
        'Põllumajandusettevõtte finantsanalüüs – Pangaliidu koolitus, 2017',
      ),
    ],
    certifications: [named('Pangandusspetsialist, tase 6', 'Pangandusspetsialist, tase 6 (2018)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Finantsanalüüs', 'Kohusetundlik ja täpne', 'Tunnen põllumajanduse toetusi'],
    clientBase: { activeAccounts: 240, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis'],
  },
  {
    id: 'et-h18-06-canva-mojuturundus-agentuuri-kliendijuht',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Kakssada Kuus',
    email: 'kk1206@example.org',
    phone: '+372 5912 6604',
    contactLines: ['Tallinn, Telliskivi', 'linkedin.example.com/in/k1206'],
    tagline: 'KLIENDIJUHT · MÕJUTURUNDUS JA SISULOOME',
    headings: {
      contact: 'KONTAKT',
      profile: 'PROFIIL',
      work: 'KOGEMUS',
      education: 'HARIDUS',
      courses: 'KURSUSED',
      certifications: 'SERTIFIKAADID',
      skills: 'TUGEVUSED',
      languages: 'KEELED',
    },
    profile: [
      'Juhin mõjuturundusagentuuris brändide koostöökampaaniaid sisuloojatega. Minu kliendid on 24 brändi Eestis ' +
        'ja Lätis (kosmeetika, toit, telekom, pangad); nende kampaaniaeelarved minu kaudu olid 2025. aastal kokku ' +
        '1,6 mln €. Briifid saan klientide turundusjuhtidelt. Agentuuri võrgustikus on üle 900 sisulooja. Olen loov ' +
        'ja proaktiivne.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendijuht',
        'Kampaaniakoda OÜ',
        '2023-09',
        null,
        true,
        'september 2023 – praegu',
        [
          'uute brändide leidmine, pakkumised ja aastalepingud',
          'kampaaniate eelarved ja tulemuste raportid',
          'sisuloojate valik ja läbirääkimised tasude üle',
        ],
        'Tallinn',
      ),
      job(
        'Turundusspetsialist',
        'Metsamarja Kosmeetika OÜ',
        '2021-02',
        '2023-08',
        false,
        'veebruar 2021 – august 2023',
        ['sotsiaalmeedia ja mõjuturunduse kampaaniad brändi poolel', 'turunduseelarve 180 000 € aastas'],
        'Tallinn',
      ),
      job(
        'Sotsiaalmeedia assistent',
        'Pealinna Meedia AS',
        '2019-06',
        '2021-01',
        false,
        'juuni 2019 – jaanuar 2021',
        ['postituste kalender ja kommentaaride modereerimine'],
        'Tallinn',
      ),
    ],
    education: [
      edu('BA', 'Tallinna Ülikool, meedia ja kommunikatsioon, BA, 2016–2019', {
        field: 'meedia ja kommunikatsioon',
        institution: 'Tallinna Ülikool',
        startYear: 2016,
        endYear: 2019,
      }),
    ],
    courses: [named('Mõjuturunduse õigus ja reklaamiseadus', 'Mõjuturunduse õigus ja reklaamiseadus, 2024')],
    certifications: [
      named('Meta Certified Digital Marketing Associate', 'Meta Certified Digital Marketing Associate (2022)'),
    ],
    languages: [
      lang('et', 'native', 'Eesti — emakeel'),
      lang('en', 'C1', 'Inglise — C1'),
      lang('lv', 'B1', 'Läti — B1'),
      lang('ru', 'A2', 'Vene — A2'),
    ],
    skills: ['Proaktiivne', 'Kampaaniaeelarved ja raportid (Google Sheets, Looker Studio)', 'Canva, CapCut'],
    closing: [{ kind: 'paragraph', text: 'Google Ads Search sertifikaat – õpin, valmib 2027.' }],
    clientBase: { activeAccounts: 24, annualRevenueEur: 1_600_000, segment: 'international' },
    competencies: ['initiative', 'innovation', 'negotiation'],
  },
  {
    id: 'et-h18-07-lakooniline-kutuse-hulgimuuk-johvi',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Kakssada Seitse',
    email: 'k1207.johvi@example.com',
    phone: '5374 2209',
    contactLines: ['Jõhvi'],
    headings: {
      work: 'Töö',
      workTable: ['Firma', 'Ametikoht', 'Periood'],
      education: 'Kool',
      certifications: 'Load ja tunnistused',
      languages: 'Keeled',
      skills: 'Muu',
    },
    profile: [],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job('Müügiesindaja', 'Virukütus OÜ', '2019-05', null, true, '05.2019 – k.a.'),
      job('Tanklaoperaator', 'Virukütus OÜ', '2014', '2019-04', false, '2014 – 04.2019'),
      job('Autojuht', 'Ida-Viru Transport AS', '2009', '2014', false, '2009–2014'),
      job('Kaevur', 'Viru Kaevandus AS', '2004', '2009', false, '2004–2009'),
    ],
    education: [
      edu('kutsekeskharidus', 'Ida-Virumaa Kutsehariduskeskus, mootorsõidukitehnik, kutsekeskharidus, 2001–2004', {
        field: 'mootorsõidukitehnik',
        institution: 'Ida-Virumaa Kutsehariduskeskus',
        startYear: 2001,
        endYear: 2004,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'ADR-koolitustunnistus (põhikursus ja paakveod)',
        'ADR-koolitustunnistus (põhikursus ja paakveod), kehtiv kuni 2028',
      ),
    ],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B1', 'eesti – B1'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Juhiload B, C, CE', '1C, Excel'],
    clientBase: null,
    competencies: [],
  },
  {
    id: 'et-h18-08-pikk-kam-beebitooted-jaeketid-baltikum',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kakssada Kaheksa',
    email: 'kam.1208@example.net',
    phone: '+372 5013 7745',
    contactLines: ['Tallinn, Pirita', 'Sündinud 1973'],
    tagline: 'Key Account Manager Baltics – beebi- ja hügieenitooted',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Tugevused',
    },
    profile: [
      'Kaubandusmüügis alates 1996. aastast: kaupluste müügiesindajast Baltimaade võtmekliendijuhiks. Vastutan 7 ' +
        'jaekaubandusketi eest Eestis, Lätis ja Leedus (kokku ligi 1 450 kauplust ja apteeki); minu klientidele ' +
        'müüdi 2025. aastal mähkmeid, beebitoitu ja hügieenitooteid 14,2 mln € eest.',
      'Aastaläbirääkimisi pean kettide kategooriajuhtide ja ostudirektoritega, kes otsustavad sortimendi ja ' +
        'kampaaniad. Meie Baltikumi ettevõtte käive on 38 mln €, müügimeeskonnas on 12 inimest.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager Baltics',
        'Nordbaby Distribution OÜ',
        '2017-02',
        null,
        true,
        'veebruar 2017 – praegu',
        [
          'aastalepingud, hinnatingimused ja boonusskeemid seitsme ketiga',
          'uute toodete listimine ja riiulipinna läbirääkimised',
          'kampaaniakalendrid ja promotsioonide tasuvusarvutused',
          'kategooriaplaanid koos kettide kategooriajuhtidega',
          'müügiprognoosid ja tarnekindluse jälgimine koos tarneahelaga',
          'tootjate (Rootsi, Saksamaa, Poola) brändimeeskondadega turundusplaanide kokkuleppimine',
          'kahe nooremkliendihalduri juhendamine',
        ],
        'Tallinn',
      ),
      job(
        'Kaubandusjuht',
        'Baltic Home Care AS',
        '2010-05',
        '2017-01',
        true,
        'mai 2010 – jaanuar 2017',
        [
          'juhtisin Eestis 6 müügiesindaja ja 2 võtmekliendihalduri meeskonda',
          'vastutasin ise kolme suurima toidukaubanduse keti eest',
          'Eesti müügieesmärk 2016. aastal 9 mln €',
          'hinnapoliitika ja distributsioonilepingud',
          'esindajate külastusplaanid ja marsruudid',
          'uute toodete turuletoomine koos turundusega',
          'iga-aastased müügikoosolekud ja motivatsiooniskeem',
        ],
        'Tallinn',
      ),
      job(
        'Võtmekliendihaldur',
        'Baltic Home Care AS',
        '2005-09',
        '2010-04',
        true,
        'september 2005 – aprill 2010',
        [
          'Eesti jaekettide ja hulgimüüjate aastalepingud',
          'kampaaniad ja uute toodete listimine',
          'tellimuste ja müügiprognooside jälgimine',
          'messid ja ostujuhtide külastused',
          'riiulipinna auditid kauplustes',
          'hinnakirjad ja hinnamuutuste teavitused',
          'müügiesindajate abistamine suurklientide juures',
        ],
        'Tallinn',
      ),
      job(
        'Piirkonnamüügijuht',
        'Põhjala Kaubandus AS',
        '2000-03',
        '2005-08',
        true,
        '03.2000 – 08.2005',
        [
          'Lõuna-Eesti kauplused ja hulgibaasid, ca 300 klienti',
          'kolme müügiesindaja töö korraldamine',
          'uute kaupluste lepingud',
        ],
        'Tartu',
      ),
      job(
        'Müügiesindaja',
        'Põhjala Kaubandus AS',
        '1996-06',
        '2000-02',
        true,
        '06.1996 – 02.2000',
        ['kaupluste külastused Tartus ja Põlvamaal, tellimuste vormistamine'],
        'Tartu',
      ),
      job('Laborant', 'Tartu Piimakombinaat', '1993', '1996-05', false, '1993 – 05.1996', undefined, 'Tartu'),
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, keemia, bakalaureusekraad, 1991–1995', {
        field: 'keemia',
        institution: 'Tartu Ülikool',
        startYear: 1991,
        endYear: 1995,
      }),
      edu('MBA', 'Estonian Business School, Executive MBA, 2012–2014', {
        institution: 'Estonian Business School',
        startYear: 2012,
        endYear: 2014,
      }),
    ],
    courses: [
      named('Kategooriajuhtimine', 'Kategooriajuhtimine (ECR Baltic), Riia 2018'),
      named(
        'Strateegilised läbirääkimised',
        'Strateegilised läbirääkimised – Scandinavian Negotiation Institute, 2015',
      ),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'C1', 'vene keel – C1'),
      lang('en', 'C1', 'inglise keel – C1'),
      lang('lv', 'B1', 'läti keel – B1'),
      lang('fi', 'A2', 'soome keel – A2'),
    ],
    skills: [
      'Läbirääkimised ja aastalepingud',
      'Kategooriajuhtimine',
      'Analüüsivõime (Nielsen, Excel, Power BI)',
      'Meeskonna juhendamine',
    ],
    closing: [{ kind: 'paragraph', text: 'Soovitajad: kahe keti ostudirektorid, kontaktid küsimisel.' }],
    clientBase: { activeAccounts: 7, annualRevenueEur: 14_200_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation'],
  },
  {
    id: 'et-h18-09-vilistlane-metsatarkvara-inside-sales-tartu',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Kakssada Üheksa',
    email: 'tuhat.kakssada.yheksa.1209@example.com',
    phone: '+372 5308 2217',
    contactLines: ['Tartu', 'Sündinud 2002'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Kursused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Lõpetasin 2025. aastal Eesti Maaülikooli metsanduse erialal ja töötan Tartu tarkvarafirmas Inside Sales ' +
        'esindajana: müün metsaühistutele ja metsafirmadele droonikaardistuse ja metsainventuuri tarkvara. Minu ' +
        'vastutada on 40 väiksemat klienti üle Eesti, nende aastatasud kokku ca 96 000 €; suuremad kliendid on ' +
        'kliendihaldurite käes. Ostuotsuse teevad ühistute juhatuse liikmed, kellega ise suhtlen.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Inside Sales Representative',
        'Puudemõõt OÜ',
        '2025-08',
        null,
        true,
        'august 2025 – praegu',
        [
          'Demokõned ja pakkumised metsaühistutele',
          'Aastalepingute pikendamine ja lisakasutajad',
          'Kvartali eesmärk 30 uut kohtumist',
        ],
        'Tartu',
      ),
      job(
        'Praktikant',
        'Puudemõõt OÜ',
        '2024-06',
        '2024-08',
        false,
        'juuni–august 2024',
        ['Testisin rakendust metsas ja kirjutasin kasutusjuhendeid'],
        'Tartu',
      ),
      job(
        'Müüja',
        'Vooremaa Marjad OÜ',
        '2019',
        '2022',
        true,
        'suved 2019–2022',
        ['Maasikate ja mustikate müük teeäärses putkas ja laatadel'],
        'Jõgevamaa',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vabatahtlik tegevus' },
      {
        kind: 'bullets',
        items: ['Eesti Maaülikooli üliõpilasesinduse liige 2022–2024', 'RMK metsaistutustalgud igal kevadel'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Eesti Maaülikool, metsandus, bakalaureusekraad, 2021–2025', {
        field: 'metsandus',
        institution: 'Eesti Maaülikool',
        startYear: 2021,
        endYear: 2025,
      }),
      edu('keskharidus', 'Jõgeva Gümnaasium, keskharidus, 2021', { institution: 'Jõgeva Gümnaasium', endYear: 2021 }),
    ],
    courses: [named('Pipedrive CRM algkursus', 'Pipedrive CRM algkursus, 2025')],
    certifications: [
      named('Drooni kaugpiloodi tunnistus (A1/A3)', 'Drooni kaugpiloodi tunnistus (A1/A3), Transpordiamet 2024'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'A2', 'vene – A2'),
      lang('de', 'A2', 'saksa – A2 (koolis)'),
    ],
    skills: ['Suhtlemisoskus', 'Meeskonnatöö', 'QGIS, Excel, Pipedrive', 'Juhiluba B'],
    closing: [{ kind: 'paragraph', text: 'A2 drooni pädevustunnistus (A2 CofC) – õpin, eksam 2027.' }],
    clientBase: { activeAccounts: 40, annualRevenueEur: 96_000, segment: 'national', decisionMakers: true },
    competencies: ['communication', 'teamwork'],
  },
  {
    id: 'et-h18-10-linkedin-tekst-ohvitserist-droonitorje-ariarendus',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kakssada Kümme',
    email: 'k1210.bd@example.com',
    phone: null,
    contactLines: ['linkedin.example.com/in/k-1210'],
    tagline: 'Business Development Manager @ Valvur Defence | Droonituvastus | Reservohvitser',
    afterContact: [{ kind: 'paragraph', text: 'Tallinn, Harjumaa, Eesti · 500+ kontakti' }],
    headings: {
      profile: 'Teave',
      work: 'Kogemus',
      education: 'Haridus',
      certifications: 'Litsentsid ja sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Teenisin 16 aastat Kaitseväes, viimati staabiohvitserina õhutõrjes. Alates 2022. aastast müün ' +
        'droonituvastuse ja -tõrje süsteeme. Minu kliendid on 9 kaitseministeeriumide ja piirivalve ' +
        'hankeasutust Baltimaades, Põhjamaades ja Poolas; nende tellimused olid 2025. aastal kokku 3,8 mln €. ' +
        'Ettevõtte tellimusportfell on 22 mln €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Business Development Manager',
          'Valvur Defence OÜ',
          '2022-09',
          null,
          true,
          'sept 2022 – praegu · 4 a 3 k',
        ),
        lines: [
          'Business Development Manager',
          'Valvur Defence OÜ · Täiskohaga',
          'sept 2022 – praegu · 4 a 3 k',
          'Tallinn, Eesti · Hübriidtöö',
        ],
        bullets: ['Riigihanked ja raamlepingud, demod polügoonidel, partnerlepingud Poola ja Soome integraatoritega.'],
      },
      {
        ...job('Staabiohvitser', 'Kaitsevägi', '2015-08', '2022-08', false, 'aug 2015 – aug 2022 · 7 a 1 k'),
        lines: [
          'Kaitsevägi',
          'Täiskohaga · 16 a 1 k',
          'Staabiohvitser (kapten)',
          'aug 2015 – aug 2022 · 7 a 1 k',
          'Tallinn, Eesti',
        ],
        bullets: ['Õhutõrjepataljoni plaanid, õppused ja hanked; NATO staabis Brunssumis 2018–2019.'],
      },
      {
        ...job('Rühmaülem', 'Kaitsevägi', '2006-08', '2015-07', false, 'aug 2006 – juuli 2015 · 9 a'),
        lines: ['Rühmaülem (leitnant)', 'aug 2006 – juuli 2015 · 9 a', 'Tapa, Eesti'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vabatahtlik töö' },
      { kind: 'paragraph', text: 'Instruktor' },
      { kind: 'paragraph', text: 'Kaitseliit · Harju malev' },
      { kind: 'paragraph', text: 'jaan 2023 – praegu · 3 a 11 k' },
      { kind: 'paragraph', text: 'Riigikaitse' },
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool · Magistrikraad, tehnoloogia valitsemine · 2019 – 2021', {
        field: 'tehnoloogia valitsemine',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2019,
        endYear: 2021,
      }),
      edu('rakenduskõrgharidus', 'Kõrgem Sõjakool · Rakenduskõrgharidus, sõjaväeline juhtimine · 2003 – 2006', {
        field: 'sõjaväeline juhtimine',
        institution: 'Kõrgem Sõjakool',
        startYear: 2003,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [named('PRINCE2 Foundation', 'PRINCE2 Foundation · Väljastaja: AXELOS · mai 2021')],
    languages: [
      lang('et', 'native', 'Eesti keel · Emakeel või kakskeelne'),
      lang('en', 'C1', 'Inglise keel · Täielik tööalane keeleoskus'),
      lang('fi', 'B1', 'Soome keel · Piiratud tööalane keeleoskus'),
      lang('ru', 'A2', 'Vene keel · Algtaseme keeleoskus'),
      lang('pl', 'A2', 'Poola keel · Algtaseme keeleoskus'),
    ],
    skills: ['Riigihanked', 'Business Development', 'Läbirääkimised', 'Õhutõrje'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 3_800_000, segment: 'international' },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h18-11-uus-europass-energiateenused-tehased-sillamae',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kakssada Üksteist',
    email: 'k1211.energia@example.org',
    phone: '(+372) 5746 0318',
    contactLines: ['Kodakondsus: Eesti', 'Sünniaeg: 22/03/1982', 'Aadress: Sillamäe, Eesti (Kodu)'],
    headings: {
      profile: 'MINUST',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS JA KOOLITUS',
      courses: 'KOOLITUSED',
      certifications: 'SERTIFIKAADID',
      languages: 'KEELEOSKUS',
      skills: 'DIGIOSKUSED',
    },
    profile: [
      'Energiainsener, kes müüb tööstusele energiatõhususe lahendusi. Minu kliendid on 18 tootmisettevõtet Ida- ' +
        'ja Lääne-Virumaal; nende energiateenuse lepingute maht on ca 2,1 mln € aastas. Lepingud allkirjastavad ' +
        'klientide juhatuse liikmed. Enne müüki tegin üheksa aastat energiaauditeid.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Äriarendusjuht (energiateenused)',
          'Virumaa Energiateenus OÜ',
          '2019-03',
          null,
          true,
          '[ 01/03/2019 – Praegu ]',
        ),
        lines: [
          '[ 01/03/2019 – Praegu ]',
          'Äriarendusjuht (energiateenused)',
          'Virumaa Energiateenus OÜ',
          'Linn: Jõhvi | Riik: Eesti',
        ],
        bullets: [
          'tehaste energiatarbimise kaardistus ja säästuprojektide pakkumised',
          'ESCO-lepingute läbirääkimised',
          'soojustagastuse ja suruõhusüsteemide projektid koos insenerimeeskonnaga',
        ],
      },
      {
        ...job('Energiaaudiitor', 'Kirderanniku Soojus AS', '2010-02', '2019-02', false, '[ 01/02/2010 – 28/02/2019 ]'),
        lines: [
          '[ 01/02/2010 – 28/02/2019 ]',
          'Energiaaudiitor',
          'Kirderanniku Soojus AS',
          'Linn: Sillamäe | Riik: Eesti',
        ],
        bullets: ['hoonete ja tööstusseadmete energiaauditid', 'kaugküttevõrgu soojuskadude mõõtmine'],
      },
      {
        ...job('Soojustehnik', 'Kirderanniku Soojus AS', '2005-07', '2010-01', false, '[ 04/07/2005 – 31/01/2010 ]'),
        lines: [
          '[ 04/07/2005 – 31/01/2010 ]',
          'Soojustehnik',
          'Kirderanniku Soojus AS',
          'Linn: Sillamäe | Riik: Eesti',
        ],
      },
    ],
    education: [
      edu('magistrikraad', '[ 2003 – 2005 ] Tallinna Tehnikaülikool – soojusenergeetika, magistrikraad | EKR tase 7', {
        field: 'soojusenergeetika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2003,
        endYear: 2005,
      }),
      edu(
        'bakalaureusekraad',
        '[ 2000 – 2003 ] Tallinna Tehnikaülikool – soojusenergeetika, bakalaureusekraad | EKR tase 6',
        { field: 'soojusenergeetika', institution: 'Tallinna Tehnikaülikool', startYear: 2000, endYear: 2003 },
      ),
    ],
    courses: [named('Eesti keele kõrgtaseme kursus (C1)', '[ 2012 ] Eesti keele kõrgtaseme kursus (C1)')],
    certifications: [named('Energiaaudiitor, tase 7', 'Energiaaudiitor, tase 7 (kutsetunnistus, 2014)')],
    languages: [lang('ru', 'native', ''), lang('et', 'C1', ''), lang('en', 'B2', ''), lang('de', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): vene' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed):' },
      { kind: 'paragraph', text: 'eesti keel' },
      { kind: 'paragraph', text: 'KUULAMINE C1  LUGEMINE C1  KIRJUTAMINE B2  SUULINE SUHTLUS C1  SUULINE ESITUS C1' },
      { kind: 'paragraph', text: 'inglise keel' },
      { kind: 'paragraph', text: 'KUULAMINE B2  LUGEMINE B2  KIRJUTAMINE B2  SUULINE SUHTLUS B1  SUULINE ESITUS B2' },
      { kind: 'paragraph', text: 'saksa keel' },
      { kind: 'paragraph', text: 'KUULAMINE A2  LUGEMINE A2  KIRJUTAMINE A1  SUULINE SUHTLUS A2  SUULINE ESITUS A2' },
    ],
    skills: ['AutoCAD, Excel, IDA ICE', 'Analüütiline mõtlemine'],
    closing: [
      { kind: 'heading', text: 'LISAINFO' },
      { kind: 'paragraph', text: 'CMVP (IPMVP) sertifikaat – eksam planeeritud 2027. aastal.' },
      { kind: 'heading', text: 'JUHILOAD' },
      { kind: 'paragraph', text: 'Juhiluba: B' },
    ],
    clientBase: { activeAccounts: 18, annualRevenueEur: 2_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'et-h18-12-linkedin-pdf-kaubakrediidikindlustus-eksportijad',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Kakssada Kaksteist',
    email: 'k1212.kindlustus@example.com',
    phone: '+372 5302 8874',
    contactLines: ['www.linkedin.example.com/in/k1212 (LinkedIn)'],
    tagline: 'Key Account Manager | Kaubakrediidikindlustus | Eesti ja Läti',
    afterContact: [{ kind: 'paragraph', text: 'Tallinn, Harjumaa, Eesti' }],
    headings: {
      contact: 'Kontakt',
      skills: 'Peamised oskused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      profile: 'Kokkuvõte',
      work: 'Kogemus',
      education: 'Haridus',
    },
    profile: [
      'Aitan eksportijatel müüa järelmaksuga, ilma et ostja maksejõuetus neid põhja viiks. Minu portfellis on 45 ' +
        'tootmis- ja hulgimüügiettevõtet Eestis ja Lätis; nende aastapreemia kokku on 2,3 mln €. Kindlustatud ' +
        'käive ületab 900 mln €. Poliisitingimused lepin kokku klientide finantsjuhtidega, kes lepingu ' +
        'allkirjastavad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager',
          'Balti Krediidikindlustus AS',
          '2020-04',
          null,
          true,
          'aprill 2020 - praegu (6 aastat 8 kuud)',
        ),
        lines: [
          'Balti Krediidikindlustus AS',
          '11 aastat 3 kuud',
          'Key Account Manager',
          'aprill 2020 - praegu (6 aastat 8 kuud)',
          'Tallinn, Eesti',
        ],
        bullets: ['Uued kliendid, poliiside uuendused ja limiidiläbirääkimised; Läti turg alates 2022.'],
      },
      {
        ...job(
          'Riskianalüütik',
          'Balti Krediidikindlustus AS',
          '2015-09',
          '2020-03',
          false,
          'september 2015 - märts 2020 (4 aastat 7 kuud)',
        ),
        lines: ['Riskianalüütik', 'september 2015 - märts 2020 (4 aastat 7 kuud)', 'Tallinn, Eesti'],
        bullets: ['Eesti, Läti ja Leedu ostjate krediidilimiidid ja finantsanalüüs.'],
      },
      {
        ...job(
          'Ettevõtete kliendihalduri assistent',
          'Rannapank AS',
          '2012-08',
          '2015-08',
          false,
          'august 2012 - august 2015 (3 aastat 1 kuu)',
        ),
        lines: [
          'Rannapank AS',
          '3 aastat 1 kuu',
          'Ettevõtete kliendihalduri assistent',
          'august 2012 - august 2015 (3 aastat 1 kuu)',
          'Tallinn, Eesti',
        ],
      },
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool · Magistrikraad, rahandus ja arvestus · (2013 - 2015)', {
        field: 'rahandus ja arvestus',
        institution: 'Tartu Ülikool',
        startYear: 2013,
        endYear: 2015,
      }),
      edu('bakalaureus', 'Tallinna Tehnikaülikool · Bakalaureus, rahvusvaheline ärikorraldus · (2009 - 2012)', {
        field: 'rahvusvaheline ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('Kindlustusspetsialist, tase 6', 'Kindlustusspetsialist, tase 6')],
    languages: [
      lang('et', 'native', 'Eesti keel (Emakeel või kakskeelne)'),
      lang('en', 'C1', 'Inglise keel (Täielik tööalane keeleoskus)'),
      lang('lv', 'B2', 'Läti keel (Tööalane keeleoskus)'),
      lang('ru', 'B1', 'Vene keel (Piiratud tööalane keeleoskus)'),
    ],
    skills: ['Krediidiriskid', 'Läbirääkimised', 'Finantsanalüüs'],
    closing: [{ kind: 'paragraph', text: 'Page 1 of 2' }],
    clientBase: { activeAccounts: 45, annualRevenueEur: 2_300_000, segment: 'international', decisionMakers: true },
    competencies: ['financial_analysis', 'negotiation'],
  },
  {
    id: 'et-h18-13-proosa-odest-haavaravi-meditsiiniesindajaks-haapsalu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kakssada Kolmteist',
    email: 'tuhat.kakssada.kolmteist.1213@example.net',
    phone: '+372 5821 6390',
    contactLines: ['Haapsalu, Läänemaa'],
    headings: {
      profile: 'Lühidalt',
      work: 'Minu tööelu',
      education: 'Haridus',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Mida oskan',
    },
    profile: [
      'Kogenud õde, kes on nüüd kaks ja pool aastat haavaravitoodete müügis. Otsin kliendihalduri tööd ' +
        'meditsiinitarvete või hooldusteenuste alal.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('meditsiiniesindaja', 'Haavahooldus Baltic OÜ', '2024-03', null, true, 'alates 2024. aasta märtsist'),
        lines: [
          'Alates 2024. aasta märtsist olen Haavahooldus Baltic OÜ meditsiiniesindaja Lääne-Eestis. Tutvustan ja ' +
            'müün haavasidemeid ja haavaravi vahendeid hooldekodudele, koduõendusteenustele ja ' +
            'perearstikeskustele Lääne-, Pärnu- ja Raplamaal. Minu kliente on ligi 60; hooldekodudes otsustavad ' +
            'ostud juhatajad, kellega lepin kokku hinnad ja aastatellimused. Piirkonna müügiplaan 2026. aastaks on ' +
            '650 000 €.',
        ],
      },
      {
        ...job(
          'vanemõde',
          'Põhja-Eesti Regionaalhaigla SA',
          '2013-06',
          '2024-02',
          false,
          'juunist 2013 kuni veebruarini 2024',
        ),
        lines: [
          'Enne seda olin juunist 2013 kuni veebruarini 2024 vanemõde Põhja-Eesti Regionaalhaigla SA ' +
            'põletuskeskuses ja haavaravikabinetis. Koolitasin noori õdesid ja õendustudengeid ning koostasin ' +
            'osakonna haavaravi juhendi.',
        ],
      },
      {
        ...job('õde', 'Läänemaa Haigla SA', '2003-09', '2013-05', false, '2003. aasta septembrist 2013. aasta maini'),
        lines: [
          'Pärast kõrgkooli olin 2003. aasta septembrist 2013. aasta maini Läänemaa Haigla SA sise- ja ' +
            'kirurgiaosakonna õde. 2007–2008 olin lapsehoolduspuhkusel.',
        ],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tervishoiu Kõrgkool, õde, rakenduskõrgharidus, 1999–2003', {
        field: 'õde',
        institution: 'Tallinna Tervishoiu Kõrgkool',
        startYear: 1999,
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [named('Esmaabi koolitaja tunnistus', 'Esmaabi koolitaja tunnistus (Punane Rist, 2022)')],
    languages: [lang('et', 'native', ''), lang('ru', 'B2', ''), lang('en', 'B1', ''), lang('sv', 'A2', '')],
    languagesText: [
      'Eesti keel on mu emakeel. Vene keelt räägin hästi, inglise keeles loen erialast kirjandust ja suhtlen ' +
        'suhtlustasemel. Rootsi keelt oskan natuke (algtase).',
    ],
    skills: [
      'Haavaravi ja põletushaavade hooldus',
      'Koolitused hooldajatele ja õdedele',
      'Rahulik ja pingekindel',
      'Juhiluba B',
    ],
    clientBase: { activeAccounts: 60, segment: 'regional_smb', decisionMakers: true },
    competencies: ['stress_resistance'],
  },
  {
    id: 'et-h18-14-funktsionaalne-laevareisid-grupimuuk-ettevotted',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Kakssada Neliteist',
    email: 'k1214.grupid@example.org',
    phone: '+372 5690 3347',
    contactLines: ['Tallinn, Kesklinn', 'Juhiluba B'],
    afterContact: [
      { kind: 'heading', text: 'KOKKUVÕTE' },
      {
        kind: 'paragraph',
        text:
          'Müün ettevõtetele konverentsikruiise, suvepäevi laeval ja gruppide reise Tallinna, Helsingi ja ' +
          'Stockholmi vahel. Minu kliente on ca 150 – ettevõtted ja reisibürood Eestis ja Soomes; nende broneeringud ' +
          'minu kaudu olid 2025. aastal 2,6 mln €. Laevafirma aastakäive on üle 400 mln €.',
      },
      { kind: 'heading', text: 'ÜRITUSTE MÜÜK' },
      {
        kind: 'bullets',
        items: [
          'koostan pakkumised 20–900 inimesele: kajutid, konverentsiruumid, toitlustus, meelelahutus',
          '2025. aastal tõin juurde 38 uut ettevõtet, sh 11 Soome IT-firmat',
          'aastalepingud suurimate reisibüroodega',
        ],
      },
      { kind: 'heading', text: 'KLIENDIKESKNE TEENINDUS' },
      {
        kind: 'bullets',
        items: [
          'olen suuremate ürituste ajal (20–25 aastas) ise pardal kontaktisik',
          'kaebused ja hüvitised lahendan samal päeval',
        ],
      },
      { kind: 'heading', text: 'MEESKONNATÖÖ' },
      {
        kind: 'bullets',
        items: [
          'kooskõlastan pardameeskonna, köögi ja meelelahutuse töö ürituse kava järgi',
          'võtan vastu ja õpetan välja uued grupimüügi kolleegid',
        ],
      },
    ],
    headings: {
      work: 'TÖÖKÄIK LÜHIDALT',
      education: 'HARIDUS',
      courses: 'KOOLITUSED',
      languages: 'KEELED',
      skills: 'ARVUTIOSKUS',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      job('Grupimüügi juht', 'Läänemere Laevad AS', '2019-02', null, true, 'veebr 2019 – praegu', undefined, 'Tallinn'),
      job(
        'Vastuvõtuadministraator',
        'Hotell Vanalinna Tornid OÜ',
        '2015-05',
        '2019-01',
        false,
        'mai 2015 – jaan 2019',
        undefined,
        'Tallinn',
      ),
      job(
        'Pardapoe müüja',
        'Läänemere Laevad AS',
        '2011-04',
        '2015-04',
        true,
        '04.2011 – 04.2015',
        undefined,
        'Tallinna–Helsingi liin',
      ),
    ],
    afterJobs: [
      {
        kind: 'bullets',
        items: ['2010–2011: vahetusüliõpilane Haaga-Helia ammattikorkeakoulus (Helsingi)'],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Ettevõtluskõrgkool Mainor, turismiettevõtlus, rakenduskõrgharidus, 2008–2012', {
        field: 'turismiettevõtlus',
        institution: 'Eesti Ettevõtluskõrgkool Mainor',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [
      named('Ürituste ohutus reisilaeval', 'Ürituste ohutus reisilaeval, 2019'),
      named('Soome keel tööelus (B2)', 'Soome keel tööelus (B2), 2020'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'C1', 'soome – C1'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('sv', 'A2', 'rootsi – A2'),
    ],
    skills: ['Opera PMS, Seaware broneerimissüsteem', 'Excel, Pipedrive'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 2_600_000, segment: 'international' },
    competencies: ['customer_focus', 'sales', 'teamwork'],
  },
  {
    id: 'et-h18-15-iga-too-uhel-real-konveierilindid-kaevandused-1991',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Kakssada Viisteist',
    email: 'k1215.kohtla@example.net',
    phone: '+372 5560 9183',
    contactLines: ['Kohtla-Järve, Ida-Virumaa', 'Sündinud 1966'],
    tagline: 'Piirkonnamüügijuht – konveierilindid, kulumiskaitse ja kaevandustehnika',
    headings: {
      profile: 'Profiil',
      work: 'Töökäik',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Mäeinsener, kes on 23 aastat müünud konveierilinte, rulle ja kulumiskaitset kaevandustele, karjääridele, ' +
        'sadamatele ja tsemenditehastele. Minu kliente on 26 Eestis, Lätis ja Soomes; 2025. aastal ostsid nad ' +
        'minu kaudu 3,4 mln € eest. Ostuotsuse teevad klientide tehnikadirektorid, kellega suhtlen otse. Meie ' +
        'kontsernis on 1 200 töötajat.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Piirkonnamüügijuht (Baltikum ja Soome)',
          'Konveieritehnika Baltic OÜ',
          '2012-04',
          null,
          true,
          '04.2012 – praegu',
        ),
        lines: ['04.2012 – praegu · Piirkonnamüügijuht (Baltikum ja Soome) · Konveieritehnika Baltic OÜ, Kohtla-Järve'],
      },
      {
        ...job('Müügiinsener', 'Kummitoode AS', '2003-01', '2012-03', true, '01.2003 – 03.2012'),
        lines: ['01.2003 – 03.2012 · Müügiinsener · Kummitoode AS, Tallinn (Jõhvi esindus)'],
      },
      {
        ...job('Mäeinsener', 'AS Eesti Põlevkivi', '1996', '2002', false, '1996–2002'),
        lines: ['1996–2002 · Mäeinsener · AS Eesti Põlevkivi, Estonia kaevandus'],
      },
      {
        ...job('Mäemeister', 'Ahtme kaevandus', '1991', '1995', false, '1991–1995'),
        lines: ['1991–1995 · Mäemeister · Ahtme kaevandus'],
      },
    ],
    afterJobs: [{ kind: 'bullets', items: ['1984–1986 · ajateenistus Nõukogude armees'] }],
    education: [
      edu(
        'kõrgharidus',
        'Leningradi Mäeinstituut, maa-alune kaevandamine, kõrgharidus (mäeinseneri diplom), 1986–1991',
        {
          field: 'maa-alune kaevandamine',
          institution: 'Leningradi Mäeinstituut',
          startYear: 1986,
          endYear: 1991,
        },
      ),
      edu('keskharidus', 'Kohtla-Järve 1. Keskkool, keskharidus, 1983', {
        institution: 'Kohtla-Järve 1. Keskkool',
        endYear: 1983,
      }),
    ],
    courses: [
      named('Konveierilintide vulkaniseerimine', 'Konveierilintide vulkaniseerimine – tootja koolitus, Saksamaa 2008'),
    ],
    certifications: [
      named('Diplomeeritud mäeinsener, tase 7', 'Diplomeeritud mäeinsener, tase 7 (kutsetunnistus, 2009)'),
    ],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'C1', 'eesti – C1 (tasemeeksam 2001)'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Tehniline müük', 'AutoCAD, Excel', 'Juhiload B, C'],
    clientBase: { activeAccounts: 26, annualRevenueEur: 3_400_000, segment: 'international', decisionMakers: true },
    competencies: ['sales'],
  },
  {
    id: 'et-h18-16-tabel-spordikaupluste-piirkonnajuht-ei-portfelli-rakvere',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Kakssada Kuusteist',
    email: 'tuhat1216.rakvere@example.com',
    phone: '+372 5247 9960',
    contactLines: ['Rakvere'],
    headings: {
      profile: 'Tutvustus',
      work: 'Töökogemus',
      workTable: ['Ametikoht', 'Ettevõte', 'Aeg'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Isikuomadused',
    },
    profile: [
      'Olen 14 aastat töötanud spordikaupade jaekaubanduses, viimased kuus aastat piirkonnajuhina. Vastutan kuue ' +
        'kaupluse eest Lääne- ja Ida-Virumaal ning Järvamaal (62 töötajat, kaupluste käive kokku 9 mln € aastas). ' +
        'Soovin üle minna B2B müüki ja kliendihaldusesse – näiteks spordiklubide ja koolide varustamine. Olen ' +
        'pingekindel ja mulle meeldib meeskonnatöö.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job('Piirkonnajuht', 'Spordimaailm Eesti AS', '2020-09', null, false, '09.2020 – praegu', [
        'kuue kaupluse juhatajate juhendamine ja eelarved',
        'kaupluste müügiplaanid, personaliplaanid ja inventuurid',
        'koolide ja klubide tellimuste edastamine keskkontori B2B-osakonnale',
      ]),
      job('Kaupluse juhataja', 'Spordimaailm Eesti AS', '2015-03', '2020-08', false, '03.2015 – 08.2020', [
        'Rakvere kaupluse juhtimine, 9 töötajat',
        'tööajagraafikud, kaubatellimused ja väljapanek',
      ]),
      job('Müüja-konsultant', 'Spordimaailm Eesti AS', '2012-05', '2015-02', true, '05.2012 – 02.2015'),
      job('Müüja', 'Rakvere Rattapood OÜ', '2009', '2011', true, 'suved 2009–2011'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Majanduskool, kaubanduse korraldus, kutseharidus (tase 4), 2013–2014', {
        field: 'kaubanduse korraldus',
        institution: 'Tallinna Majanduskool',
        startYear: 2013,
        endYear: 2014,
      }),
      edu('keskharidus', 'Rakvere Gümnaasium, keskharidus, 2011', { institution: 'Rakvere Gümnaasium', endYear: 2011 }),
    ],
    courses: [named('Juhtimise alused', 'Juhtimise alused – sisekoolitus, 2016')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
      lang('fi', 'A1', 'soome – A1'),
    ],
    skills: ['Pingekindel', 'Meeskonnatöö', 'Excel, SAP Retail, Power BI'],
    clientBase: null,
    competencies: ['coaching', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h18-17-kahe-veeruga-opetajast-teadusandmebaaside-litsentsid',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Kakssada Seitseteist',
    email: 'k1217.litsentsid@example.org',
    phone: '+372 5881 4402',
    contactLines: ['Tartu', 'linkedin.example.com/in/k1217'],
    tagline: 'Kliendijuht | teadusajakirjad ja andmebaasid | Baltikum ja Soome',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Kogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Endine keemiaõpetaja ja ülikooli lektor, kes müüb nüüd rahvusvahelise teaduskirjastuse e-ajakirjade ja ' +
        'andmebaaside litsentse. Minu kliendid on 38 ülikooli, teadusasutust ja raamatukogu Eestis, Lätis, Leedus ' +
        'ja Soomes; nende litsentsitasud kokku on ca 1,9 mln € aastas. Enamik lepinguid sõlmitakse riigihangete ' +
        'või raamatukogude konsortsiumide kaudu.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Kliendijuht (Baltikum ja Soome)',
          'Scientia Academic Publishers B.V.',
          '2021-01',
          null,
          true,
          'jaanuar 2021 – praegu',
        ),
        lines: ['Kliendijuht (Baltikum ja Soome) — Scientia Academic Publishers B.V. (jaanuar 2021 – praegu)'],
        bullets: [
          'litsentsilepingute uuendused ja hinnaläbirääkimised konsortsiumidega',
          'uued andmebaasid ja avatud teaduse (open access) lepingud',
          'kasutusstatistika ülevaated ja koolitused raamatukoguhoidjatele',
        ],
      },
      {
        ...job('Lektor', 'Tartu Ülikool', '2014-09', '2020-12', false, 'september 2014 – detsember 2020'),
        lines: ['Lektor — Tartu Ülikool, keemia instituut (september 2014 – detsember 2020)'],
        bullets: ['analüütilise keemia kursused ja praktikumid', 'magistrantide juhendamine'],
      },
      {
        ...job('Keemiaõpetaja', 'Tartu Tamme Gümnaasium', '2008-08', '2014-08', false, 'august 2008 – august 2014'),
        lines: ['Keemiaõpetaja — Tartu Tamme Gümnaasium (august 2008 – august 2014)'],
      },
    ],
    education: [
      edu('doktorikraad', 'Tartu Ülikool, keemia, doktorikraad (PhD), 2009–2014', {
        field: 'keemia',
        institution: 'Tartu Ülikool',
        startYear: 2009,
        endYear: 2014,
      }),
      edu('magistrikraad', 'Tartu Ülikool, keemia (õpetaja eriala), magistrikraad, 2006–2008', {
        field: 'keemia',
        institution: 'Tartu Ülikool',
        startYear: 2006,
        endYear: 2008,
      }),
    ],
    courses: [named('Strategic Account Management', 'Strategic Account Management – sisekoolitus Amsterdamis, 2022')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'C2', 'Inglise keel – C2'),
      lang('fi', 'B2', 'Soome keel – B2'),
      lang('ru', 'B1', 'Vene keel – B1'),
      lang('de', 'A2', 'Saksa keel – A2'),
    ],
    skills: ['Läbirääkimised konsortsiumidega', 'Esinemine ja koolitused', 'SciVal, InCites, Excel'],
    clientBase: { activeAccounts: 38, annualRevenueEur: 1_900_000, segment: 'international' },
    competencies: ['coaching', 'negotiation'],
  },
  {
    id: 'et-h18-18-aastaajad-kvartalid-lupsirobotid-piimafarmid',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Kakssada Kaheksateist',
    email: 'lupsitehnika.1218@example.com',
    phone: '+372 5345 0712',
    contactLines: ['Jõgeva', 'Juhiload B, T'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müün lüpsiroboteid, söötmisautomaatikat ja hooldusteenust piimafarmidele. Minu kliendid on 55 farmi ' +
        'Tartu-, Jõgeva- ja Viljandimaal; 2025. aastal ostsid nad seadmeid ja hooldust 2,9 mln € eest. Nendes ' +
        'farmides on kokku ligi 16 000 lehma. Otsuse teevad farmide omanikud ja juhatajad – paljusid tunnen juba ' +
        'hooldustehniku ajast.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiinsener', 'Farmitehnika Lõuna OÜ', '2021', null, true, 'II kv 2021 – praegu'),
        lines: ['II kv 2021 – praegu', 'Müügiinsener · Farmitehnika Lõuna OÜ, Jõgeva'],
        bullets: [
          'uute robotfarmide projektid koos ehitajate ja pankadega',
          'hoolduslepingud ja varuosade hinnakokkulepped',
          'farmipäevad ja õppereisid Rootsi',
        ],
      },
      {
        ...job('Hooldustehnik', 'Farmitehnika Lõuna OÜ', '2017', '2021', false, 'sügis 2017 – I kv 2021'),
        lines: ['sügis 2017 – I kv 2021', 'Hooldustehnik · Farmitehnika Lõuna OÜ, Jõgeva'],
        bullets: ['lüpsirobotite paigaldus, hooldus ja öised väljakutsed'],
      },
      {
        ...job('Zootehnik', 'Kaarepere Agro OÜ', '2011', '2017', false, 'kevad 2011 – suvi 2017'),
        lines: ['kevad 2011 – suvi 2017', 'Zootehnik · Kaarepere Agro OÜ, Jõgevamaa'],
        bullets: ['900 lehmaga farmi karja tervis, söötmine ja lüpsikvaliteet'],
      },
      {
        ...job('Kombainer', 'Mäkelä maatila', '2008', '2010', false, 'suved 2008–2010'),
        lines: ['suved 2008–2010', 'Kombainer (hooajatöö) · Mäkelä maatila, Soome'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Vanemapuhkus jaanuar–juuni 2020 (töösuhe jätkus).' }],
    education: [
      edu('bakalaureusekraad', 'Eesti Maaülikool, loomakasvatus, bakalaureusekraad, 2007–2011', {
        field: 'loomakasvatus',
        institution: 'Eesti Maaülikool',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('keskharidus', 'Jõgeva Ühisgümnaasium, keskharidus, 2007', {
        institution: 'Jõgeva Ühisgümnaasium',
        endYear: 2007,
      }),
    ],
    courses: [
      named('Lüpsirobotite hooldus ja seadistus', 'Lüpsirobotite hooldus ja seadistus – tootja koolitus, Rootsi, 2018'),
      named('Tehniline müük põllumajanduses', 'Tehniline müük põllumajanduses, 2021'),
    ],
    certifications: [named('Külmaseadmete F-gaaside tunnistus', 'Külmaseadmete F-gaaside tunnistus (2019)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('fi', 'B2', 'soome keel – hea'),
      lang('en', 'B2', 'inglise keel – hea'),
      lang('ru', 'A2', 'vene keel – algtase'),
    ],
    skills: ['Hooldusgraafikute planeerimine', 'Farmide seadmed ja karjatarkvara (DelPro)', 'Excel'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 2_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation'],
  },
  {
    id: 'et-h18-19-kinoreklaam-kliendihaldur-vanemapuhkus-jooga',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kakssada Üheksateist',
    email: 'k1219@example.net',
    phone: '+372 5561 2298',
    contactLines: ['Tallinn, Nõmme'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müün kinoreklaami ja kinosaalide ettevõtteüritusi. Minu kliendid on 45 reklaamiandjat ja 8 ' +
        'meediaagentuuri; nende tellimused minu kaudu olid 2025. aastal kokku 1,1 mln €. Kinokett müüs eelmisel ' +
        'aastal 1,9 miljonit piletit. Suhtlen peamiselt klientide turundusjuhtide ja agentuuride ' +
        'meediaplaneerijatega.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Reklaamimüügi kliendihaldur',
        'Kinokeskus Baltic AS',
        '2021-08',
        null,
        true,
        'august 2021 – praegu',
        [
          'reklaamipakettide ja eelreklaamide müük, kampaaniate kavad',
          'ettevõtete kinoõhtud ja esilinastused',
          '2025. aastal 12 uut reklaamiandjat',
        ],
        'Tallinn',
      ),
      job(
        'Joogaõpetaja',
        'Joogastuudio Nõmme OÜ',
        '2018',
        null,
        false,
        'alates 2018 (õhtuti)',
        ['kaks tundi nädalas'],
        'Tallinn',
      ),
      job(
        'Turundusspetsialist',
        'Kinokeskus Baltic AS',
        '2016-01',
        '2019-03',
        false,
        'jaanuar 2016 – märts 2019',
        ['filmide kampaaniad ja sotsiaalmeedia', 'turunduseelarve ca 300 000 € aastas'],
        'Tallinn',
      ),
      job(
        'Müügiassistent',
        'Meediagrupp Eeter AS',
        '2013-09',
        '2015-12',
        false,
        'september 2013 – detsember 2015',
        ['raadioreklaami tellimuste sisestamine ja eetrigraafikud'],
        'Tallinn',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Vanemapuhkus: aprill 2019 – juuli 2021' }],
    education: [
      edu('BA', 'Tallinna Tehnikaülikool, ärikorraldus (turundus), BA, 2010–2013', {
        field: 'ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [
      named('Joogaõpetaja koolitus (200 h)', 'Joogaõpetaja koolitus (200 h), 2017'),
      named('Programmaatiline reklaam', 'Programmaatiline reklaam – IAB Eesti, 2022'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti — emakeel'),
      lang('en', 'C1', 'inglise — C1'),
      lang('ru', 'B1', 'vene — B1'),
      lang('fr', 'A2', 'prantsuse — A2'),
    ],
    skills: ['Suhtlemisoskus', 'Loov lähenemine kampaaniatele', 'Excel, Google Ads, Canva'],
    clientBase: { activeAccounts: 53, annualRevenueEur: 1_100_000 },
    competencies: ['communication', 'innovation'],
  },
  {
    id: 'et-h18-20-riigiasutusest-aripindade-uurijuht-ulemiste',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Kakssada Kakskümmend',
    email: 'k1220.uur@example.com',
    phone: '+372 5034 8815',
    contactLines: ['Tallinn, Kristiine'],
    tagline: 'Äripindade üürijuht',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Üürin ettevõtetele välja büroo- ja laopindu. Vastutan kolme Ülemiste ärihoone 70 üürniku eest; üürnikud on ' +
        'Tallinna IT-, logistika- ja teenindusettevõtted. Üürilepingute tingimused räägin läbi üürnike juhatuse ' +
        'liikmetega, kes lepingu allkirjastavad. Hoonete turuväärtus on ca 62 mln €. Varem haldasin riigiasutuste ' +
        'kinnisvara.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Üürijuht',
        'Ülemiste Ärimajad AS',
        '2020-06',
        null,
        true,
        '06.2020 – praegu',
        [
          'vabade pindade turundus ja näitamine',
          'üürilepingute läbirääkimised ja pikendamised',
          'lisapindade pakkumine olemasolevatele üürnikele (parkimine, laod)',
        ],
        'Tallinn',
      ),
      job(
        'Kinnisvarahaldur',
        'Riigi Kinnisvara AS',
        '2013-02',
        '2020-05',
        false,
        '02.2013 – 05.2020',
        ['12 riigiasutuse hoone haldus', 'hoolduslepingute hanked', 'remondieelarve 1,5 mln € aastas'],
        'Tallinn',
      ),
      job(
        'Ehitusjärelevalve insener',
        'Tallinna Linnaplaneerimise Amet',
        '2009-08',
        '2013-01',
        false,
        '08.2009 – 01.2013',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool, hoonete ehitus, magistrikraad (integreeritud õpe), 2004–2009', {
        field: 'hoonete ehitus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2004,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Kinnisvara hindamise alused', 'Kinnisvara hindamise alused, 2018'),
      named('Läbirääkimised üürnikega', 'Läbirääkimised üürnikega – Eesti Kinnisvarafirmade Liit, 2021'),
    ],
    certifications: [named('Kinnisvarahaldur, tase 5', 'Kinnisvarahaldur, tase 5 (2016)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('fi', 'B1', 'soome – B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüütiline', 'MS Office, Fine, Power BI'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'Kinnisvaramaakler, tase 5 – taotlus esitatud, hindamine 2027. aasta alguses.' },
    ],
    clientBase: { activeAccounts: 70, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'et-h18-21-telekomi-hulgimuuk-operaatorid-narva-dollarid',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Kakssada Kakskümmend Üks',
    email: 'k1221.wholesale@example.com',
    phone: '+372 5197 4432',
    contactLines: ['Tallinn, Lasnamäe (pärit Narvast)'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Telekomi hulgimüügi kliendihaldur: müün teistele operaatoritele rahvusvahelist kõneliiklust, SMS-e ja ' +
        'andmesideühendusi. Minu kliente on 28 operaatorit 12 riigis Euroopas ja Kesk-Aasias; nende arved olid ' +
        '2025. aastal 6,4 mln USD (ca 5,9 mln €). Ettevõtte hulgimüügi käive on 41 mln €. Hinnad ja mahud lepin ' +
        'kokku operaatorite ostujuhtidega, kes otsustavad, kelle kaudu liiklust suunata.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Wholesale Account Manager', 'Virulink Carrier OÜ', '2016-05', null, true, 'mai 2016 – praegu'),
        lines: ['mai 2016 – praegu: Wholesale Account Manager, Virulink Carrier OÜ (Tallinn)'],
        bullets: [
          'Uute operaatorite leidmine konverentsidel (Capacity Europe, ITW)',
          'Hinnaläbirääkimised ja liiklusmahtude lepingud',
          'Pettuste ja arveldusvaidluste lahendamine koos NOC-iga',
        ],
      },
      {
        ...job('NOC insener', 'Virulink Carrier OÜ', '2011-09', '2016-04', false, 'sept 2011 – apr 2016'),
        lines: ['sept 2011 – apr 2016: NOC insener, Virulink Carrier OÜ (Narva)'],
        bullets: ['Liiklusmarsruutide seadistus ja rikete lahendamine 24/7 vahetustes'],
      },
      {
        ...job('Võrgutehnik', 'Narva Telekom OÜ', '2005', '2011', false, '2005–2011'),
        lines: ['2005–2011: Võrgutehnik, Narva Telekom OÜ'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tallinna Tehnikaülikooli Virumaa kolledž, telekommunikatsioon, rakenduskõrgharidus, 2001–2005',
        {
          field: 'telekommunikatsioon',
          institution: 'Tallinna Tehnikaülikooli Virumaa kolledž',
          startYear: 2001,
          endYear: 2005,
        },
      ),
    ],
    courses: [],
    certifications: [named('ITIL 4 Foundation', 'ITIL 4 Foundation (2018)')],
    languages: [lang('ru', 'native', ''), lang('en', 'C1', ''), lang('et', 'B2', ''), lang('de', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Rääkimine', 'Kirjutamine'],
        rows: [
          ['vene', 'emakeel', 'emakeel'],
          ['inglise', 'C1', 'C1'],
          ['eesti', 'B2', 'B2'],
          ['saksa', 'A2', 'A2'],
        ],
      },
    ],
    skills: ['Läbirääkimised', 'Proaktiivne', 'Cisco CCNA (2009, aegunud)', 'SQL, Excel'],
    clientBase: { activeAccounts: 28, annualRevenueEur: 5_900_000, segment: 'international', decisionMakers: true },
    competencies: ['initiative', 'negotiation'],
  },
  {
    id: 'et-h18-22-vana-europass-laevavarustus-muuga-maardu',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Kakssada Kakskümmend Kaks',
    nameLine: 'Europass Elulookirjeldus',
    email: 'k1222.shipsupply@example.net',
    phone: '+372 5609 2371',
    contactLines: ['Aadress: Maardu, Eesti'],
    afterContact: [
      { kind: 'heading', text: 'ISIKUANDMED' },
      {
        kind: 'table',
        rows: [
          ['Ees- ja perekonnanimi', 'Kandidaat Tuhat Kakssada Kakskümmend Kaks'],
          ['Kodakondsus', 'eesti'],
          ['Sünniaeg', '19.07.1980'],
          ['Sugu', 'naine'],
        ],
      },
      { kind: 'heading', text: 'Soovitud töökoht / tegevusala' },
      { kind: 'paragraph', text: 'Müügijuht / võtmekliendihaldur (logistika, mereteenused)' },
    ],
    headings: {
      work: 'Töökogemus',
      education: 'Haridus ja koolitus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Sotsiaalsed oskused ja pädevused',
    },
    profile: [],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Kuupäevad',
      title: 'Amet või ametikoht',
      employer: 'Tööandja nimi ja aadress',
      duties: 'Põhilised tegevusalad ja vastutus',
    },
    jobs: [
      job(
        'Müügijuht',
        'Muuga Ship Supply OÜ',
        '2018-02',
        null,
        true,
        '02/2018 →',
        [
          'laevade varustamine Muuga ja Tallinna sadamas: toit, tehnilised varud, kajutitarbed',
          'hinnalepingud laevandusettevõtete ja laevahalduritega Saksamaal, Kreekas, Norras ja Taanis',
          'minu kliente on 40 laevahaldusfirmat; nende ostud 2025. aastal ca 3,2 mln €',
          'tellimuste kinnitamine kuni 48 tundi enne laeva saabumist',
        ],
        'Maardu',
      ),
      job(
        'Varustaja',
        'Muuga Ship Supply OÜ',
        '2012-05',
        '2018-01',
        false,
        '05/2012 – 01/2018',
        ['tellimuste komplekteerimine ja kohaletoimetamine laevale', 'tolli- ja sadamadokumendid'],
        'Maardu',
      ),
      job(
        'Kaubaekspert',
        'Maardu Külmladu AS',
        '2004-09',
        '2012-04',
        false,
        '09/2004 – 04/2012',
        ['kaupade vastuvõtt ja kvaliteedikontroll'],
        'Maardu',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Lapsehoolduspuhkus 06/2009 – 08/2010 (töösuhe jätkus)' }],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Mereakadeemia, sadamad ja laevandus, rakenduskõrgharidus, 2013–2017 (kaugõpe)',
        { field: 'sadamad ja laevandus', institution: 'Eesti Mereakadeemia', startYear: 2013, endYear: 2017 },
      ),
      edu('kutsekeskharidus', 'Tallinna Teeninduskool, kaubanduse korraldus, kutsekeskharidus, 1996–2000', {
        field: 'kaubanduse korraldus',
        institution: 'Tallinna Teeninduskool',
        startYear: 1996,
        endYear: 2000,
      }),
    ],
    courses: [named('Laevavarustuse standardid (ISSA)', 'Laevavarustuse standardid (ISSA), 2016')],
    certifications: [],
    languages: [lang('ru', 'native', ''), lang('et', 'B2', ''), lang('en', 'B2', ''), lang('de', 'A1', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel: vene' },
      {
        kind: 'table',
        header: ['Keel', 'Kuulamine', 'Lugemine', 'Suhtlus', 'Esitus', 'Kirjutamine'],
        rows: [
          [
            'eesti',
            'C1 Vilunud keelekasutaja',
            'C1 Vilunud keelekasutaja',
            'B2 Iseseisev keelekasutaja',
            'B2 Iseseisev keelekasutaja',
            'B2 Iseseisev keelekasutaja',
          ],
          [
            'inglise',
            'B2 Iseseisev keelekasutaja',
            'B2 Iseseisev keelekasutaja',
            'B2 Iseseisev keelekasutaja',
            'B1 Iseseisev keelekasutaja',
            'B1 Iseseisev keelekasutaja',
          ],
          [
            'saksa',
            'A2 Algtasemel keelekasutaja',
            'A2 Algtasemel keelekasutaja',
            'A1 Algtasemel keelekasutaja',
            'A1 Algtasemel keelekasutaja',
            'A1 Algtasemel keelekasutaja',
          ],
        ],
      },
    ],
    skills: ['Pingekindel – laev ei oota', 'Suhtlemisoskus mitmes keeles', 'Juhiluba B'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 3_200_000, segment: 'international' },
    competencies: ['communication', 'stress_resistance'],
  },
  {
    id: 'et-h18-23-uks-tooandja-mitu-rolli-3d-printerid-tartu',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Kakssada Kakskümmend Kolm',
    email: 'tuhat1223.3d@example.org',
    phone: '+372 5675 1180',
    contactLines: ['Tartu'],
    tagline: 'Müügijuht – 3D-printimine ja skaneerimine',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Tööstuslike 3D-printerite ja skannerite müügijuht. Minu kliente on 65 – tootmisettevõtted, disainibürood, ' +
        'kutsekoolid ja ülikoolid Eestis ja Lätis. 2025. aastal ostsid nad seadmeid, materjale ja hooldust kokku ' +
        '1,7 mln € eest. Müügimeeskonnas on meid neli; ettevõtte käive on 6 mln €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügijuht', 'Prototehnika OÜ', '2020-01', null, true, 'jaanuar 2020 – praegu'),
        lines: ['Prototehnika OÜ, Tartu · 2014 – praegu', 'Müügijuht · jaanuar 2020 – praegu'],
        bullets: [
          'tootmisettevõtete ja koolide projektid: seadmed, materjalid, hooldus',
          'Läti turu avamine 2022. aastal (täna 14 klienti)',
          'hinnapakkumised ja rahastuse (EAS, liising) sobitamine',
        ],
      },
      {
        ...job('Müügiinsener', 'Prototehnika OÜ', '2016-03', '2019-12', true, 'märts 2016 – detsember 2019'),
        lines: ['Müügiinsener · märts 2016 – detsember 2019'],
        bullets: ['demod klientide juures, pakkumised ja paigaldused koos tehnikutega'],
      },
      {
        ...job('Rakendusinsener', 'Prototehnika OÜ', '2014-02', '2016-02', false, 'veebruar 2014 – veebruar 2016'),
        lines: ['Rakendusinsener · veebruar 2014 – veebruar 2016'],
        bullets: ['printimise ja skaneerimise teenustööd, klientide kasutajakoolitused'],
      },
      {
        ...job('Konstruktor', 'Emajõe Masinaehitus AS', '2010-07', '2014-01', false, '07.2010 – 01.2014'),
        lines: ['Emajõe Masinaehitus AS, Tartu', 'Konstruktor · 07.2010 – 01.2014'],
      },
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool, tootearendus ja tootmistehnika, magistrikraad, 2008–2010', {
        field: 'tootearendus ja tootmistehnika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, tootearendus, bakalaureusekraad, 2005–2008', {
        field: 'tootearendus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [named('Solution Selling', 'Solution Selling – tootja müügiakadeemia, Bratislava 2019')],
    certifications: [named('SolidWorks CSWA', 'SolidWorks CSWA (2011)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('lv', 'A2', 'läti – A2'),
    ],
    skills: ['Tehniline nõustamine', 'Koostöö insenerimeeskonnaga', 'SolidWorks, Pipedrive'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 1_700_000, segment: 'international' },
    competencies: ['teamwork'],
  },
  {
    id: 'et-h18-24-biometaan-vedajad-osaline-noustaja-taani-oppeaasta',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kakssada Kakskümmend Neli',
    email: 'k1224.biogaas@example.com',
    phone: '+372 5128 4473',
    contactLines: ['Paide, Järvamaa'],
    headings: {
      profile: 'Profiil',
      work: 'Töö',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müün biometaani (CBG ja LBG) transpordi- ja tööstusettevõtetele. Minu kliendid on 14 vedajat ja 3 ' +
        'tööstusettevõtet Eestis ja Lätis – kokku 17 klienti; 2025. aastal ostsid nad gaasi 5,6 mln € eest. Gaasile ' +
        'ülemineku otsustavad firmade tegevjuhid ja omanikud, kellega sõlmin pikaajalised lepingud. Meie ' +
        'tanklavõrgus on 11 jaama.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Müügijuht (biometaan)', 'Järva Biogaas AS', '2021-11', null, true, 'november 2021 – praegu'),
        lines: ['Müügijuht (biometaan), Järva Biogaas AS (november 2021 – praegu)'],
        bullets: [
          'uute vedajate leidmine ja gaasiveokite liisingu sobitamine koos partneritega',
          'tarnelepingute hinnad ja mahud',
          'tankimiskaartide ja uute tanklate asukohtade planeerimine',
        ],
      },
      {
        ...job('Projektijuht', 'Järva Biogaas AS', '2017-08', '2021-10', false, 'august 2017 – oktoober 2021'),
        lines: ['Projektijuht, Järva Biogaas AS (august 2017 – oktoober 2021)'],
        bullets: ['biogaasijaama ja kahe tankla ehitusprojektid', 'toetuste taotlused'],
      },
      {
        ...job('Nõustaja', 'Maaelu Teadmuskeskus SA', '2019-09', '2021-06', false, 'september 2019 – juuni 2021'),
        lines: ['Nõustaja (osalise koormusega), Maaelu Teadmuskeskus SA (september 2019 – juuni 2021)'],
        bullets: ['biogaasijaamade tasuvusarvutused talunikele'],
      },
      {
        ...job('Keskkonnaspetsialist', 'Paide Linnavalitsus', '2014-03', '2016-06', false, 'märts 2014 – juuni 2016'),
        lines: ['Keskkonnaspetsialist, Paide Linnavalitsus (märts 2014 – juuni 2016)'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'August 2016 – juuni 2017: õpingud Taanis, Aarhusi Ülikool, biogaasitehnoloogia (magistriõppe ' +
          'vahetusaasta).',
      },
    ],
    education: [
      edu('magistrikraad', 'Eesti Maaülikool, tehnika ja tehnoloogia (bioenergeetika), magistrikraad, 2015–2017', {
        field: 'tehnika ja tehnoloogia',
        institution: 'Eesti Maaülikool',
        startYear: 2015,
        endYear: 2017,
      }),
      edu('bakalaureusekraad', 'Tallinna Ülikool, keskkonnakorraldus, bakalaureusekraad, 2010–2013', {
        field: 'keskkonnakorraldus',
        institution: 'Tallinna Ülikool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [named('Gaasipaigaldiste ohutus', 'Gaasipaigaldiste ohutus, 2019')],
    certifications: [named('IPMA Level D', 'IPMA Level D (2018)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – C1'),
      lang('ru', 'B1', 'vene keel – B1'),
      lang('da', 'A2', 'taani keel – A2'),
      lang('lv', 'A2', 'läti keel – algtase'),
    ],
    skills: ['Tasuvusarvutused', 'Analüüsivõime', 'Juhiload B, C'],
    clientBase: { activeAccounts: 17, annualRevenueEur: 5_600_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'organisation'],
  },
  {
    id: 'et-h18-25-tabel-tekstiilirent-hotellid-narva',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Kakssada Kakskümmend Viis',
    email: 'narva.1225@example.org',
    phone: '+372 5859 3306',
    contactLines: ['Narva, Ida-Virumaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      workTable: ['Ametikoht', 'Periood', 'Tööandja'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Tekstiilirendi kliendihaldur Ida-Virumaal ja Tartus. Minu kliendid on 48 hotelli, spaad, restorani ja ' +
        'hooldekodu; nende rendiarved on kokku umbes 35 000 € kuus (ca 420 000 € aastas). Meie pesumaja peseb ' +
        'ligi 9 tonni pesu päevas. Olen sündinud Narvas ja töötanud tekstiilis 27 aastat – õmblejast ' +
        'kliendihaldurini.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'period', 'employer'],
    jobs: [
      job('Kliendihaldur', 'Puhas Linane OÜ', '2017-09', null, true, '09.2017 – praegu', [
        'uute hotellide ja hooldekodude leidmine',
        'rendilepingud ja hinnakirjad',
        'kaebuste lahendamine ja tarnegraafikud',
      ]),
      job('Vahetuse vanem', 'Puhas Linane OÜ', '2010-11', '2017-08', false, '11.2010 – 08.2017', [
        'pesumaja vahetus (14 inimest), kvaliteedikontroll',
      ]),
      job('Õmbleja', 'Kreenholm Valduse AS', '1999', '2010', false, '1999 – 2010'),
    ],
    education: [
      edu('kutseharidus', 'Narva Kutseõppekeskus, õmbleja, kutseharidus, 1996–1999', {
        field: 'õmbleja',
        institution: 'Narva Kutseõppekeskus',
        startYear: 1996,
        endYear: 1999,
      }),
    ],
    courses: [
      named('Eesti keele B2 kursus', 'Eesti keele B2 kursus, Narva Eesti Keele Maja, 2016'),
      named('Klienditeenindus ja müük', 'Klienditeenindus ja müük – Töötukassa koolitus, 2017'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B2', 'eesti – B2 (tasemeeksam 2017)'),
      lang('en', 'A2', 'inglise – A2'),
    ],
    skills: ['Kliendikeskne', 'Excel, 1C', 'Juhiluba B'],
    clientBase: { activeAccounts: 48, annualRevenueEur: 420_000, segment: 'regional_smb' },
    competencies: ['customer_focus'],
  },
  {
    id: 'et-h18-26-pikk-karjaar-torud-paigaldajad-alates-lopuni',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Kakssada Kakskümmend Kuus',
    email: 'k1226.torud@example.com',
    phone: '+372 5021 5580',
    contactLines: ['Tartu, Annelinn', 'Sündinud 1969'],
    tagline: 'Võtmekliendijuht – vee- ja küttesüsteemide torud',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökäik',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Tugevused',
    },
    profile: [
      'Olen üle 30 aasta müünud torusid, liitmikke ja küttesüsteeme – algul kaupluse letis, nüüd ' +
        'võtmekliendijuhina. Vastutan 6 ehituskaupluste keti ja 28 suurema paigaldusfirma eest üle Eesti – kokku ' +
        '34 klienti; 2025. aastal ostsid nad minu kaudu 8,4 mln € eest. Kettidel on kokku 140 kauplust. ' +
        'Ostuotsused teevad kettide kategooriajuhid ja paigaldusfirmade omanikud.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Võtmekliendijuht',
        'Torutarvik Baltic AS',
        '2015-03',
        null,
        true,
        'alates märtsist 2015',
        [
          'aastalepingud ja boonusskeemid kettidega',
          'suurte paigaldusfirmade projektihinnad',
          'tootekoolitused kauplustes ja paigaldajatele',
          'kahe piirkonnamüügijuhi juhendamine',
        ],
        'Tartu',
      ),
      job(
        'Piirkonnamüügijuht (Lõuna-Eesti)',
        'Torutarvik Baltic AS',
        '2008',
        '2015-02',
        true,
        '2008 – veebruar 2015',
        ['Lõuna-Eesti paigaldajad ja ehituspoed, ca 180 klienti'],
        'Tartu',
      ),
      job(
        'Müügiesindaja',
        'Soojusmaailm AS',
        '2001-05',
        '2007',
        true,
        'mai 2001 – 2007. aasta lõpuni',
        ['katlad, radiaatorid ja torud paigaldajatele Tartu- ja Valgamaal'],
        'Tartu',
      ),
      job('Müüja', 'Tartu Santehnikakauplus OÜ', '1994', '2001-04', true, '1994 – aprill 2001', undefined, 'Tartu'),
      job('Torulukksepp', 'Tartu Soojusvõrk', '1989', '1994', false, '1989–1994', undefined, 'Tartu'),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Muu tegevus' },
      {
        kind: 'bullets',
        items: [
          'Eesti Torumeeste Liidu juhatuse liige 2016–2022',
          'Annelinna korvpalliklubi noortetreener (vabatahtlik), alates 2012',
        ],
      },
    ],
    education: [
      edu('kutsekeskharidus', 'Tartu Ehitustehnikum, soojavarustus ja ventilatsioon, keskeriharidus, 1985–1989', {
        field: 'soojavarustus ja ventilatsioon',
        institution: 'Tartu Ehitustehnikum',
        startYear: 1985,
        endYear: 1989,
      }),
    ],
    courses: [
      named('Küttesüsteemide projekteerimine', 'Küttesüsteemide projekteerimine, 2012'),
      named('Võtmekliendihaldus', 'Võtmekliendihaldus – Eesti Ettevõtluskõrgkool Mainor, 2016'),
    ],
    certifications: [
      named('Küttesüsteemide paigaldaja, tase 4', 'Küttesüsteemide paigaldaja, tase 4 (kutsetunnistus, 1998)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Tehniline müük', 'Läbirääkimised', 'Kliendisuhted'],
    clientBase: { activeAccounts: 34, annualRevenueEur: 8_400_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'relationship_building', 'sales'],
  },
];

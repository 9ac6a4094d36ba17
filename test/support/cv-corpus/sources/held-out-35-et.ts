import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-fifth held-out set's Estonian CVs: account managers, key account managers and relationship managers as
 * Sift's first customers hire them – in banks, insurers, leasing, B2B services, wholesale, software, logistics, energy,
 * telecom and media – with the careers that lead there (bank counters and call centres, shops and trade counters,
 * telesales, field sales, one promotion after another at the same employer) and client bases written in many ways:
 * accounts, revenue, regions, the people who decide, a mix of these, or nothing at all.
 */
export const HELD_OUT_35_ET: CvSource[] = [
  {
    id: 'et-h35-01-pangakontorist-ariklientide-haldur-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tsink Üks',
    email: 'tsink.yks3501@example.com',
    phone: '+372 5381 2207',
    contactLines: ['Tartu'],
    tagline: 'Ärikliendihaldur – väike- ja keskmise suurusega ettevõtted',
    headings: { profile: 'Lühitutvustus', work: 'Töökäik', courses: 'Täiendkoolitus' },
    profile: [
      'Olen töötanud samas pangas 2012. aastast: alustasin kontoris klienditeenindajana, olin viis aastat ' +
        'eraklientide nõustaja ja olen alates 2019. aasta oktoobrist ärikliendihaldur Tartu ärikeskuses.',
      'Minu portfellis on 180 ettevõtet Tartumaal, Jõgevamaal ja Põlvamaal – põllumajandus, puidutööstus, ehitus ja ' +
        'kaubandus. Nende laenu- ja liisingujääk on kokku umbes 62 mln €; pank teenis neilt 2025. aastal intressi- ja ' +
        'teenustasutulu 1,4 mln €. Suhtlen omanike ja finantsjuhtidega, kes teevad rahastamisotsused ise.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Põhjavalguse Pank AS',
        '2019-10',
        null,
        true,
        '2019/10 – senini',
        [
          'laenu-, liisingu- ja arvelduslepingud, krediidiotsuste ettevalmistamine krediidikomiteele',
          'igakuised kohtumised klientidega nende juures, aastaülevaated ja hinnaläbirääkimised',
          'uute klientide leidmine soovituste ja maakondlike ettevõtjate ühenduste kaudu',
          'lisaks kindlustuse, makselahenduste ja kaartide pakkumine olemasolevatele klientidele',
        ],
        'Tartu',
      ),
      job(
        'Eraklientide nõustaja',
        'Põhjavalguse Pank AS',
        '2014-09',
        '2019-09',
        true,
        '2014/09 – 2019/09',
        [
          'kodulaenud, väikeliising, pensioni- ja investeerimisfondid eraklientidele',
          'aastas ligi 300 sõlmitud laenulepingut, 2017. aastal kontori parim müügitulemus',
        ],
        'Tartu',
      ),
      job(
        'Klienditeenindaja',
        'Põhjavalguse Pank AS',
        '2012-06',
        '2014-08',
        false,
        '2012/06 – 2014/08',
        ['kassa- ja kontoritehingud, kaardid ja internetipanga lepingud'],
        'Elva',
      ),
      job(
        'Müüja',
        'Raamatuait OÜ',
        '2009-09',
        '2012-05',
        true,
        '2009/09 – 2012/05 (osalise ajaga, ülikooli kõrvalt)',
        ['raamatute ja kontoritarvete müük, tellimused koolidele'],
        'Tartu',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, majandusteadus, bakalaureusekraad, 2009–2012', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2009,
        endYear: 2012,
      }),
      edu('keskharidus', 'Tartu Jaan Poska Gümnaasium, keskharidus, 2009', {
        institution: 'Tartu Jaan Poska Gümnaasium',
        endYear: 2009,
      }),
    ],
    courses: [
      named('Ettevõtte finantsaruannete analüüs', 'Ettevõtte finantsaruannete analüüs, 2019'),
      named('Põllumajandusettevõtte rahastamine', 'Põllumajandusettevõtte rahastamine, 2021'),
      named('Rahapesu ja terrorismi rahastamise tõkestamine', 'Rahapesu ja terrorismi rahastamise tõkestamine, 2025'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('de', 'A2', 'saksa – A2'),
    ],
    skills: ['Finantsanalüüs', 'Suhtlemisoskus', 'Excel, Power BI', 'Juhiload B'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 1_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'financial_analysis'],
  },
  {
    id: 'et-h35-02-kahjukasitlejast-arikindlustuse-votmekliendihaldur-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tsink Kaks',
    email: 'k.tsink3502@example.org',
    phone: '+372 5662 0934',
    contactLines: ['Tallinn', 'example.org/in/tsink-kaks'],
    headings: { contact: 'Kontaktandmed', profile: 'Kokkuvõte', skills: 'Tugevused', languages: 'Keeled' },
    profile: [
      'Ärikindlustuse võtmekliendihaldur. Minu vastutusel on 35 suurettevõtet üle Eesti – tootmine, logistika ja ' +
        'jaekaubandus. Nende vara-, vastutus- ja sõidukikindlustuse preemiamaht oli 2025. aastal 4,8 mln €. ' +
        'Kindlustuslepingud arutan läbi finantsjuhtide ja juhatuse liikmetega, kes otsuse teevad.',
      'Kogu mu tööelu on möödunud ühes kindlustusseltsis: alustasin kahjukäsitlejana, seejärel müüsin kontoris ' +
        'eraklientidele ja väikefirmadele ning 2016. aastast haldan ärikliente. Kahjukäsitlejana alustanuna tean, ' +
        'mida klient kahju korral ootab.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Võtmekliendihaldur (ärikindlustus)',
          'Valvuri Kindlustus AS',
          '2021-09',
          null,
          true,
          '2021-09 – praegu',
          [
            '35 suurkliendi kindlustusprogrammid, uuendused ja hinnaläbirääkimised',
            'riskiülevaatused koos riskihindajatega kliendi tootmises ja ladudes',
            'kindlustatud vara väärtus kokku ligi 900 mln €; 2025. aastal hüvitati klientidele kahjusid 1,1 mln €',
          ],
        ),
        lines: ['Valvuri Kindlustus AS, Tallinn', 'Võtmekliendihaldur (ärikindlustus)', '2021-09 – praegu'],
      },
      {
        ...job('Ärikliendihaldur', 'Valvuri Kindlustus AS', '2016-05', '2021-08', true, '2016-05 – 2021-08', [
          'keskmise suurusega ettevõtted Harjumaal, umbes 120 klienti',
          'uute klientide leidmine maaklerite ja soovituste kaudu',
        ]),
        lines: ['Ärikliendihaldur', '2016-05 – 2021-08'],
      },
      {
        ...job('Kindlustusmüügi konsultant', 'Valvuri Kindlustus AS', '2013-02', '2016-04', true, '2013-02 – 2016-04', [
          'kodu-, sõiduki- ja reisikindlustuse müük kontoris ja telefoni teel',
        ]),
        lines: ['Kindlustusmüügi konsultant', '2013-02 – 2016-04'],
      },
      {
        ...job('Kahjukäsitleja', 'Valvuri Kindlustus AS', '2010-08', '2013-01', false, '2010-08 – 2013-01', [
          'sõiduki- ja varakahjude menetlemine, ülevaatused',
        ]),
        lines: ['Kahjukäsitleja', '2010-08 – 2013-01'],
      },
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool, ärirahandus, magistrikraad, 2008–2010', {
        field: 'ärirahandus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, majandus, bakalaureusekraad, 2005–2008', {
        field: 'majandus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Riskijuhtimine tootmisettevõttes', 'Riskijuhtimine tootmisettevõttes, 2018'),
      named('IDD nõuded kindlustuslepingute turustamisel', 'IDD nõuded kindlustuslepingute turustamisel, 2023'),
    ],
    certifications: [named('CII Certificate in Insurance', 'CII Certificate in Insurance (2017)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – kõnes ja kirjas vabalt'),
      lang('ru', 'B2', 'vene keel – hea'),
      lang('fi', 'A2', 'soome keel – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüütiline mõtlemine', 'Taktitunne', 'MS Office, Salesforce'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 4_800_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'tact_assertiveness'],
  },
  {
    id: 'et-h35-03-autoesinduse-muujast-liisingu-kliendihaldur-tallinn',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tsink Kolm',
    email: 'tsink35.kolm@example.net',
    phone: '5590 3318',
    contactLines: ['Tallinn, Lasnamäe'],
    headings: { profile: 'Tutvustus', work: 'Kogemus', education: 'Kool', languages: 'Keeled', skills: 'Oskan' },
    profile: [
      'Liisingu kliendihaldur autoesinduste kanalis. Minu partnerid on 42 autoesindust üle Eesti; 2025. aastal ' +
        'rahastasime nende kaudu 38 mln € eest sõidukeid. Partnerluse tingimused lepin kokku esinduse juhiga – tema ' +
        'otsustab, millise liisingufirma pakkumist ostjatele esimesena näidatakse.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Kliendihaldur (autoesindused)', 'Liisingumaja AS', '2019', null, true, 'alates 2019. aasta sügisest', [
          'Partneresinduste lepingud, intressi- ja tasukokkulepped, kampaaniad',
          'Esinduste müügimeeste koolitamine ja juhendamine liisingupakkumiste tegemisel',
          'Iganädalased esinduste külastused Tallinnas, kord kuus Tartus, Pärnus ja Rakveres',
        ]),
        lines: ['Liisingumaja AS – kliendihaldur (autoesindused), alates 2019. aasta sügisest'],
      },
      {
        ...job('Liisingukonsultant', 'Liisingumaja AS', '2016-03', '2019-08', true, 'märts 2016 – august 2019', [
          'Liisingu müük autoostjatele otse esinduses, pakkumised ja lepingud',
        ]),
        lines: ['Liisingumaja AS – liisingukonsultant autoesinduses, märts 2016 – august 2019'],
      },
      {
        ...job('Müügikonsultant', 'Autoait Tallinn OÜ', '2012-01', '2016-02', true, 'jaanuar 2012 – veebruar 2016', [
          'Uute ja kasutatud autode müük era- ja äriklientidele, proovisõidud ja vahetusautode hindamine',
        ]),
        lines: ['Autoait Tallinn OÜ – müügikonsultant, jaanuar 2012 – veebruar 2016'],
      },
      {
        ...job('Teenindusnõustaja', 'Autoait Tallinn OÜ', '2009', '2011', false, '2009 – 2011', [
          'Hooldusaegade broneerimine, remonditööde hinnapakkumised ja autode üleandmine',
        ]),
        lines: ['Autoait Tallinn OÜ – teenindusnõustaja, 2009 – 2011'],
      },
    ],
    education: [
      edu('kutseharidus', 'Tallinna Transpordikool, autotehnik, kutseharidus, 2006–2009', {
        field: 'autotehnik',
        institution: 'Tallinna Transpordikool',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [
      named(
        'Tarbijakrediidi nõuded ja vastutustundlik laenamine',
        'Tarbijakrediidi nõuded ja vastutustundlik laenamine, 2017',
      ),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'C1', 'eesti – C1'),
      lang('en', 'B1', 'inglise – B1'),
    ],
    skills: ['Juhendamine', 'Läbirääkimised', 'Kliendikesksus', 'Juhiload B'],
    clientBase: { activeAccounts: 42, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'customer_focus', 'negotiation'],
  },
  {
    id: 'et-h35-04-laotootajast-jaekettide-votmekliendijuht-baltikum-saue',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tsink Neli',
    email: 'neli.tsink35@example.com',
    phone: '+372 5123 4476',
    contactLines: ['Saue, Harjumaa', 'Sündinud 1984'],
    headings: { profile: 'Profiil', workTable: ['Millal', 'Kus', 'Kellena'], languages: 'Keeled' },
    profile: [
      'Võtmekliendijuht toidukaupade hulgimüüjas. Vastutan kuue jaeketi eest Eestis, Lätis ja Leedus; 2025. aastal ' +
        'müüsime neile 12,4 mln € eest. Ketid tellivad meilt kaupa kokku umbes 1 100 kauplusesse. Aastaläbirääkimised ' +
        'pean kettide kategooriajuhtidega, kes otsustavad sortimendi ja kampaaniad.',
      'Olen samas ettevõttes olnud 20 aastat: laost müügiesindajaks ja sealt võtmeklientideni.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Võtmekliendijuht', 'Baltimaitse Hulgi AS', '2018-04', null, true, '04.2018 – käesolevani', [
        'kuue jaeketi aastalepingud, hinnad, boonused ja kampaaniaplaanid',
        'sortimendi- ja müügianalüüs kauplusteti, kvartaalsed ülevaated kettidele',
        'Läti ja Leedu kettide sisenemine 2019 ja 2021',
      ]),
      job('Müügiesindaja', 'Baltimaitse Hulgi AS', '2011-08', '2018-03', true, '08.2011 – 03.2018', [
        'Harjumaa ja Lääne-Virumaa kauplused, tellimused ja väljapanekud',
      ]),
      job('Laotöötaja / komplekteerija', 'Baltimaitse Hulgi AS', '2006-09', '2011-07', false, '09.2006 – 07.2011'),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, ärijuhtimine, rakenduskõrgharidus (õhtuõpe), 2010–2014',
        { field: 'ärijuhtimine', institution: 'Eesti Ettevõtluskõrgkool Mainor', startYear: 2010, endYear: 2014 },
      ),
      edu('keskharidus', 'Saue Gümnaasium, keskharidus, 2003', { institution: 'Saue Gümnaasium', endYear: 2003 }),
    ],
    courses: [named('Kategooriajuhtimine jaekaubanduses', 'Kategooriajuhtimine jaekaubanduses, 2019')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B2', ''), lang('lv', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Tase'],
        rows: [
          ['eesti', 'emakeel'],
          ['inglise', 'B2 (töökeel)'],
          ['vene', 'B2'],
          ['läti', 'A2'],
        ],
      },
    ],
    skills: ['Läbirääkimised jaekettidega', 'Analüüsivõime', 'Excel (pivot, Power Query)', 'Juhiload B'],
    clientBase: { activeAccounts: 6, annualRevenueEur: 12_400_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'et-h35-05-konekeskusest-telekomi-arikliendihaldur-narva',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tsink Viis',
    email: 'tsink.viis.35@example.org',
    phone: '+372 5837 1190',
    contactLines: ['Narva'],
    headings: { profile: 'Minust', work: 'Töökogemus', skills: 'Isikuomadused' },
    profile: [
      'Olen telekomi ärikliendihaldur Ida-Virumaal. Minu hallata on umbes 300 väikeettevõtet Narvas, Sillamäel, ' +
        'Jõhvis ja Kohtla-Järvel: internet, mobiilside ja videovalve. Minu klientide arved on kokku umbes 38 000 € ' +
        'kuus ehk ligi 460 000 € aastas.',
      'Töötan samas ettevõttes 2015. aastast – alustasin kõnekeskuses, siis telemüük, siis esindus ja nüüd ' +
        'ärikliendid.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Virumaa Side AS',
        '2021-02',
        null,
        true,
        '02.2021 – praegu',
        ['Uute klientide leidmine ja lepingute pikendamine', 'Pakkumised, paigalduste planeerimine koos tehnikutega'],
        'Jõhvi',
      ),
      job(
        'Müügikonsultant',
        'Virumaa Side AS',
        '2018-05',
        '2021-01',
        true,
        '05.2018 – 01.2021',
        ['Mobiili- ja internetilepingud esinduses, seadmete müük'],
        'Narva esindus',
      ),
      job('Telemüüja', 'Virumaa Side AS', '2016-09', '2018-04', true, '09.2016 – 04.2018', [
        'Lepingute pikendamine ja lisateenuste müük telefoni teel, eesti ja vene keeles',
      ]),
      job('Klienditeenindaja (kõnekeskus)', 'Virumaa Side AS', '2015-03', '2016-08', false, '03.2015 – 08.2016', [
        'Arveküsimused ja rikketeated',
      ]),
    ],
    education: [
      edu('keskharidus', 'Narva Pähklimäe Gümnaasium, keskharidus, 2014', {
        institution: 'Narva Pähklimäe Gümnaasium',
        endYear: 2014,
      }),
    ],
    courses: [
      named('Eesti keele kursus B2', 'Eesti keele kursus B2, Töötukassa, 2016'),
      named('Müügiläbirääkimised telefonis', 'Müügiläbirääkimised telefonis, 2017'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene keel – emakeel'),
      lang('et', 'B2', 'eesti keel – B2'),
      lang('uk', 'B1', 'ukraina keel – suhtlustasemel'),
      lang('en', 'A2', 'inglise keel – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Pingekindel', 'CRM (Salesforce), Excel'],
    clientBase: { activeAccounts: 300, annualRevenueEur: 460_000, segment: 'regional_smb' },
    competencies: ['communication', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h35-06-arveldusest-energiamuuja-votmekliendihaldur-harku',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tsink Kuus',
    nameLine: 'Elulugu: Kandidaat Tsink Kuus',
    email: 'tsink.kuus3506@example.net',
    phone: '+372 5208 6613',
    contactLines: ['Harku vald, Harjumaa'],
    headings: { profile: 'Minust', work: 'Senine töö', education: 'Õpingud', skills: 'Oskused' },
    profile: [
      'Elektrimüüja võtmekliendihaldur. Minu kliendid on 45 tööstus- ja kaubandusettevõtet üle Eesti, kes tarbivad ' +
        'kokku umbes 310 GWh elektrit aastas; nende lepingute aastane maht on ligikaudu 29 mln €. Lepingud ' +
        'allkirjastavad finantsdirektorid ja juhatuse liikmed; igapäevaselt suhtlen ka energiajuhtidega.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Võtmekliendihaldur', 'Voltar Energia AS', '2020-01', null, true, 'jaan. 2020 – töötan siiani', [
          'fikseeritud ja börsihinnaga lepingud, hinnariski maandamise pakkumised',
          'päikesejaamade ja salvestuse lisapakkumised koos tehnilise osakonnaga',
        ]),
        lines: ['jaan. 2020 – töötan siiani   Võtmekliendihaldur, Voltar Energia AS'],
      },
      {
        ...job('Ärikliendihaldur', 'Voltar Energia AS', '2016-04', '2019-12', true, 'apr. 2016 – dets. 2019', [
          'väike- ja keskmised ettevõtted Harjumaal, uued lepingud ja pikendused',
        ]),
        lines: ['apr. 2016 – dets. 2019   Ärikliendihaldur, Voltar Energia AS'],
      },
      {
        ...job(
          'Klienditeenindaja (arveldus)',
          'Voltar Energia AS',
          '2014-02',
          '2016-03',
          false,
          'veebr. 2014 – märts 2016',
        ),
        lines: ['veebr. 2014 – märts 2016   Klienditeenindaja (arveldus), Voltar Energia AS'],
      },
      {
        ...job('Administraator', 'Tuulepesa Hotell OÜ', '2011-05', '2014-01', false, 'mai 2011 – jaan. 2014'),
        lines: ['mai 2011 – jaan. 2014   Administraator, Tuulepesa Hotell OÜ (Pärnu)'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, elektroenergeetika, bakalaureusekraad, 2007–2011', {
        field: 'elektroenergeetika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [
      named('Elektribörsi hinnariskid ja nende maandamine', 'Elektribörsi hinnariskid ja nende maandamine, 2021'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('sv', 'A2', 'rootsi – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Finantsteadmised', 'Analüütiline', 'Excel, Power BI, Salesforce'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 29_000_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'financial_analysis', 'negotiation'],
  },
  {
    id: 'et-h35-07-ajakirjanikust-meediamuugi-votmekliendijuht-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tsink Seitse',
    email: 'tsink.seitse35@example.com',
    phone: null,
    contactLines: ['Tallinn', 'example.com/in/tsinkseitse'],
    tagline: 'Meediamüük | agentuurid ja otsekliendid',
    headings: { contact: 'Kontakt', profile: 'Profiil', work: 'Töö', languages: 'Keeled' },
    profile: [
      'Müün ajalehe, uudisportaali ja raadio reklaami. Minu vastutusel on 22 meediaagentuuri ja 40 otseklienti; ' +
        '2025. aastal ostsid nad meilt reklaami 3,1 mln € eest.',
      'Enne müügitööd olin kuus aastat ajakirjanik majandustoimetuses, seega tean, millise sisu kõrval reklaam ' +
        'töötab, ja oskan kliendile pakkuda ka sisuturunduse projekte.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Meediamüügi võtmekliendijuht', 'Päevameedia AS', '2021-03', null, true, 'märts 2021 – praegu', [
        'aastalepingud agentuuridega, kampaaniapakkumised ja hinnaläbirääkimised',
        'sisuturunduse ja erilahenduste projektid koos toimetuse ja disaineritega',
        'portaalil on päevas umbes 400 000 lugejat, lehe tiraaž 38 000',
      ]),
      job('Reklaamimüügi kliendihaldur', 'Päevameedia AS', '2017-01', '2021-02', true, 'jaanuar 2017 – veebruar 2021', [
        'otsekliendid: kinnisvara, autod, jaekaubandus; uute klientide leidmine',
      ]),
      job('Reklaamimüügi assistent', 'Päevameedia AS', '2016-02', '2016-12', false, 'veebruar – detsember 2016', [
        'reklaamide vastuvõtt, arved ja küljenduse graafik müügijuhtidele',
      ]),
      job('Ajakirjanik', 'Päevameedia AS', '2010-01', '2016-01', false, 'jaanuar 2010 – jaanuar 2016', [
        'majandusuudised ja ettevõtete lood',
      ]),
    ],
    education: [
      edu('ba', 'Tartu Ülikool, ajakirjandus ja kommunikatsioon, BA, 2009', {
        field: 'ajakirjandus ja kommunikatsioon',
        institution: 'Tartu Ülikool',
        endYear: 2009,
      }),
    ],
    courses: [named('Meediaplaneerimine ja -ostmine', 'Meediaplaneerimine ja -ostmine, 2018')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('fr', 'A2', 'prantsuse – A2'),
    ],
    skills: ['Loovus', 'Suhtlemisoskus', 'Google Ad Manager, Excel'],
    clientBase: { activeAccounts: 62, annualRevenueEur: 3_100_000 },
    competencies: ['communication', 'innovation'],
  },
  {
    id: 'et-h35-08-ekspedeerijast-laoteenuste-votmekliendihaldur-eesti-soome-maardu',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tsink Kaheksa',
    email: 'tsink.kaheksa3508@example.org',
    phone: '+372 5010 7781',
    contactLines: ['Maardu'],
    headings: { profile: 'Kokkuvõte', work: 'Ametikäik', certifications: 'Tunnistused' },
    profile: [
      'Logistikateenuste võtmekliendihaldur. Haldan 16 võtmeklienti Eestis ja Soomes – jaeketid, e-kaubandus ja ' +
        'tööstus. 2025. aastal oli nende laondus- ja veoteenuste käive 8,2 mln €. Meie Maardu laos on 24 000 ' +
        'alusekohta ja nädalas väljastame umbes 1 400 saadetist.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Ajavahemik', title: 'Ametikoht', employer: 'Ettevõte', duties: 'Mida tegin' },
    jobs: [
      job(
        'Võtmekliendihaldur',
        'Balti Laoteenused AS',
        '2019-06',
        null,
        true,
        'juuni 2019 – praegu',
        [
          'lepingute ja hinnastamise läbirääkimised',
          'kvartaalsed ärikohtumised klientide logistikajuhtidega',
          'uute klientide käivitusprojektid koostöös lao- ja transpordiosakonnaga',
        ],
        'Maardu',
      ),
      job(
        'Kliendihaldur',
        'Balti Laoteenused AS',
        '2015-09',
        '2019-05',
        true,
        'september 2015 – mai 2019',
        ['väiksemad laoklientid, pakkumised ja lepingud, igapäevane suhtlus'],
        'Maardu',
      ),
      job(
        'Ekspedeerija',
        'Merekaubad OÜ',
        '2012-04',
        '2015-08',
        false,
        'aprill 2012 – august 2015',
        ['konteinerite ja poolhaagiste vedude korraldamine, tollidokumendid'],
        'Tallinn',
      ),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Mereakadeemia, logistika, rakenduskõrgharidus, 2008–2012', {
        field: 'logistika',
        institution: 'Eesti Mereakadeemia',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [named('Lepinguõigus logistikas', 'Lepinguõigus logistikas, 2020')],
    certifications: [named('ADR ohutusnõuniku tunnistus', 'ADR ohutusnõuniku tunnistus (kehtib 2029. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'C1', 'soome – väga hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B2', 'vene – hea'),
    ],
    skills: ['Läbirääkimisoskus', 'Meeskonnatöö', 'Excel, WMS, Pipedrive'],
    clientBase: { activeAccounts: 16, annualRevenueEur: 8_200_000, segment: 'international' },
    competencies: ['negotiation', 'teamwork'],
  },
  {
    id: 'et-h35-09-klienditoest-tarkvara-account-manager-pohjamaad-tartu',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tsink Üheksa',
    email: 'tsink9.35@example.net',
    phone: '+372 5344 9021',
    contactLines: ['Tartu'],
    headings: { profile: 'Lühidalt', workTable: ['Roll', 'Ettevõte', 'Aeg'] },
    workTableOrder: ['title', 'employer', 'period'],
    profile: [
      'Account Manager B2B-tarkvaraettevõttes (kuluhaldus- ja arveldustarkvara). Minu portfellis on 48 kliendikontot ' +
        'Soomes, Rootsis ja Baltikumis, aastane korduvtulu (ARR) kokku 1,6 mln €. Lepingute uuendused ja lisamoodulid ' +
        'lepin kokku klientide finantsjuhtidega, kes eelarve üle otsustavad.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Account Manager', 'Kulukiri OÜ', '2023-02', null, true, 'veebr 2023 – praegu', [
        'lepingute uuendamine ja lisamüük olemasolevatele klientidele',
        'kvartaalsed ülevaated, kasutusanalüüs ja kliendi eesmärkide seadmine',
      ]),
      job('Customer Success Manager', 'Kulukiri OÜ', '2020-08', '2023-01', false, 'aug 2020 – jaan 2023', [
        'juurutused ja kasutajakoolitused, lisamüügi võimalused andsin edasi müügile',
      ]),
      job('Klienditoe spetsialist', 'Kulukiri OÜ', '2018-10', '2020-07', false, 'okt 2018 – juuli 2020'),
      job(
        'Müüja-kassiir',
        'Elektroonikakeskus Lõuna OÜ',
        '2016-06',
        '2018-09',
        true,
        'juuni 2016 – sept 2018 (õpingute ajal)',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, informaatika, bakalaureusekraad, 2015–2018', {
        field: 'informaatika',
        institution: 'Tartu Ülikool',
        startYear: 2015,
        endYear: 2018,
      }),
    ],
    courses: [named('SaaS Account Management', 'SaaS Account Management (veebikursus), 2023')],
    certifications: [named('HubSpot Sales Software Certification', 'HubSpot Sales Software Certification, 2024')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'B1', 'soome – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Analüütiline', 'Proaktiivne', 'HubSpot, Salesforce, Excel'],
    clientBase: { activeAccounts: 48, annualRevenueEur: 1_600_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'initiative'],
  },
  {
    id: 'et-h35-10-krediidianaluutik-soovib-arikliendihalduriks-pole-muuki-parnu',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tsink Kümme',
    email: 'kymme.tsink35@example.com',
    phone: '+372 5277 3305',
    contactLines: ['Pärnu'],
    tagline: 'Soovin kandideerida: ärikliendihaldur (pank, liising)',
    headings: { profile: 'Minust', work: 'Töökogemus', education: 'Haridus' },
    profile: [
      'Olen pangas töötanud üle 11 aasta, alati kliendi lähedal, kuid müügitööd ma teinud ei ole: alustasin ' +
        'kontoris teenindajana, hiljem haldasin laenulepinguid ja viimased viis aastat analüüsin ettevõtete ' +
        'laenutaotlusi. Tunnen hästi Pärnumaa ettevõtjaid ja nende vajadusi ning tahaksin nüüd ise kliente hallata.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Krediidianalüütik', 'Läänemere Pank AS', '2021-04', null, false, 'alates 04.2021', [
          'Väike- ja keskmise suurusega ettevõtete laenu- ja liisingutaotluste analüüs, aastas umbes 120 taotlust',
          'Pärnumaa ja Läänemaa krediidiportfelli seire, kokku ligi 45 mln €',
          'Kliendikohtumised koos ärikliendihalduritega',
        ]),
        lines: ['Läänemere Pank AS, Pärnu — krediidianalüütik, alates 04.2021'],
      },
      {
        ...job('Laenuhaldur', 'Läänemere Pank AS', '2017-09', '2021-03', false, '09.2017 – 03.2021', [
          'Laenulepingute muudatused, tagatised ja maksegraafikud',
        ]),
        lines: ['Läänemere Pank AS, Pärnu — laenuhaldur, 09.2017 – 03.2021'],
      },
      {
        ...job('Teenindaja', 'Läänemere Pank AS', '2015-06', '2017-08', false, '06.2015 – 08.2017', [
          'Kontoriteenindus, kontod ja kaardid',
        ]),
        lines: ['Läänemere Pank AS, Pärnu — teenindaja, 06.2015 – 08.2017'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vabatahtlik tegevus' },
      {
        kind: 'bullets',
        items: [
          'Pärnu Jahtklubi juhatuse liige ja laekur, 2019 – praegu',
          'Pärnu noorte purjetamislaagri korraldaja, suviti',
        ],
      },
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool, rahandus ja arvestus, magistrikraad, 2016–2018', {
        field: 'rahandus ja arvestus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2016,
        endYear: 2018,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, majandusteadus, bakalaureusekraad, 2012–2015', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [named('Krediidiriski hindamine', 'Krediidiriski hindamine, 2021')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Finantsanalüüs', 'Analüüsivõime', 'Täpsus', 'Excel, SAS, Power BI'],
    clientBase: null,
    competencies: ['analytical', 'financial_analysis'],
  },
  {
    id: 'et-h35-11-letimuujast-ehitusmaterjalide-muugiesindaja-louna-eesti-voru',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tsink Üksteist',
    email: 'tsink.yksteist35@example.org',
    phone: '5624 1187',
    contactLines: ['Võru'],
    headings: { profile: 'Tutvustus', work: 'Töökogemus', skills: 'Tugevad küljed' },
    profile: [
      'Ehitusmaterjalide hulgimüüja müügiesindaja Lõuna-Eestis (Võru-, Põlva-, Valga- ja Tartumaa). Minu kliendid on ' +
        'umbes 130 ehitusfirmat ja 20 ehituspoodi; 2025. aastal ostsid nad meilt kaupa 4,2 mln € eest. Suhtlen ' +
        'firmade omanike ja ostujuhtidega, kes otsustavad, kust materjal võetakse.',
      'Alustasin 2008. aastal sama ettevõtte letis, enne seda olin viis aastat plaatija.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja', 'Ehitusladu Lõuna AS', '2014-03', null, true, 'märts 2014 – praegu', [
          'objektipakkumised ja hinnakokkulepped ehitusfirmadele',
          'poodide tellimused ja väljapanekud',
          'alates 2020 ka kahe noorema esindaja juhendamine',
        ]),
        lines: ['Müügiesindaja (märts 2014 – praegu)', 'Ehitusladu Lõuna AS, Võru'],
      },
      {
        ...job('Letimüüja', 'Ehitusladu Lõuna AS', '2008-05', '2014-02', true, 'mai 2008 – veebruar 2014', [
          'ehitusfirmade ja eraklientide teenindamine letis, pakkumised ja arved',
        ]),
        lines: ['Letimüüja (mai 2008 – veebruar 2014)', 'Ehitusladu Lõuna AS, Võru'],
      },
      {
        ...job('Plaatija', 'Kagu Ehitus OÜ', '2003', '2008', false, '2003 – 2008'),
        lines: ['Plaatija (2003 – 2008)', 'Kagu Ehitus OÜ, Võru'],
      },
    ],
    education: [
      edu('kutseharidus', 'Võru Kutsehariduskeskus, plaatija, kutseharidus, 2001–2003', {
        field: 'plaatija',
        institution: 'Võru Kutsehariduskeskus',
        startYear: 2001,
        endYear: 2003,
      }),
      edu('põhiharidus', 'Lasva Põhikool, põhiharidus, 2001', { institution: 'Lasva Põhikool', endYear: 2001 }),
    ],
    courses: [named('Ehitusmaterjalide tootekoolitus', 'Ehitusmaterjalide tootekoolitus (tarnijad), igal aastal')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'B1', 'vene keel – suhtlustasemel'),
      lang('en', 'A2', 'inglise keel – algtase'),
    ],
    skills: ['Kliendikesksus', 'Juhendamine', 'Ehitusmaterjalide tundmine', 'Juhiload B, BE'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 4_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'customer_focus'],
  },
  {
    id: 'et-h35-12-esinduse-muujast-telekomi-votmekliendihaldur-suurkliendid-tallinn',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tsink Kaksteist',
    email: 'tsink.kaksteist.35@example.com',
    phone: '+372 5551 2034',
    contactLines: ['Tallinn, Kristiine'],
    tagline: 'Võtmekliendihaldur, side- ja IT-teenused',
    headings: { contact: 'KONTAKT', profile: 'PROFIIL', work: 'TÖÖKOGEMUS', education: 'HARIDUS', skills: 'OSKUSED' },
    profile: [
      'Telekomi võtmekliendihaldur. Minu vastutusel on 25 suurklienti – riigiasutused, pangad ja jaeketid üle Eesti; ' +
        'nende side- ja IT-teenuste arved olid 2025. aastal kokku 7,5 mln €. Igapäevaselt suhtlen klientide IT-juhtide ' +
        'ja hankespetsialistidega, suuremate hangete puhul ka juhatusega.',
      'Olen Põhjaside juures alustanud esinduse müügikonsultandina ja olnud vahepeal ka esinduse juhataja.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Võtmekliendihaldur', 'Põhjaside AS', '2020-11', null, true, 'nov 2020 – praegu', [
        'riigihangete ja erahangete pakkumised, raamlepingute haldus',
        'aastaplaanid ja teenuste arendus koos tootejuhtide ja tehnilise tiimiga',
      ]),
      job('Äriklientide müügijuht', 'Põhjaside AS', '2016-08', '2020-10', true, 'aug 2016 – okt 2020', [
        'keskmise suurusega ettevõtted Tallinnas, uued lepingud ja ümberläbirääkimised',
      ]),
      job('Esinduse juhataja', 'Põhjaside AS', '2012-03', '2016-07', false, 'märts 2012 – juuli 2016', [
        'kaheksa müügikonsultandi töö korraldamine, vahetuste graafikud ja esinduse eelarve',
      ]),
      job('Müügikonsultant', 'Põhjaside AS', '2009-06', '2012-02', true, 'juuni 2009 – veebr 2012'),
    ],
    education: [
      edu('mba', 'Estonian Business School, MBA, 2015–2017', {
        institution: 'Estonian Business School',
        startYear: 2015,
        endYear: 2017,
      }),
      edu('bakalaureus', 'Tallinna Ülikool, haldusjuhtimine, bakalaureus, 2006–2009', {
        field: 'haldusjuhtimine',
        institution: 'Tallinna Ülikool',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [named('Riigihangete korraldus pakkuja vaates', 'Riigihangete korraldus pakkuja vaates, 2021')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – C1'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Läbirääkimisoskus', 'Meeskonnatöö', 'Kehtestav'],
    clientBase: { activeAccounts: 25, annualRevenueEur: 7_500_000, segment: 'national' },
    competencies: ['negotiation', 'tact_assertiveness', 'teamwork'],
  },
  {
    id: 'et-h35-13-pangateenindajast-privaatpanganduse-kliendisuhete-juht-viimsi',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tsink Kolmteist',
    email: 'kolmteist3513@example.net',
    phone: '+372 5820 4417',
    contactLines: ['Viimsi vald, Harjumaa'],
    headings: { profile: 'Kokkuvõte', work: 'Töökogemus', certifications: 'Sertifikaat' },
    profile: [
      'Privaatpanganduse kliendisuhete juht. Nõustan ja hoian 140 jõukat eraisikut ja perekonda; nende varad meie ' +
        'pangas on kokku umbes 210 mln € ja pank teenis neilt 2025. aastal 1,3 mln € tasu- ja intressitulu.',
      'Kliendid tulevad ja jäävad usalduse pärast – hoian nendega sidet aastaid ja tunnen nende perekondi.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aastad', title: 'Roll', employer: 'Pank', duties: 'Vastutus' },
    jobs: [
      job('Privaatpanganduse kliendisuhete juht', 'Kesklinna Pank AS', '2017-01', null, true, '01.01.2017 – praegu', [
        'investeerimisportfellide ülevaated, uued tooted ja laenud klientidele',
        'uute klientide toomine soovituste kaudu',
        'nooremate nõustajate juhendamine',
      ]),
      job('Investeerimisnõustaja', 'Kesklinna Pank AS', '2012-05', '2016-12', true, '02.05.2012 – 31.12.2016', [
        'fondide, võlakirjade ja pensionitoodete müük eraklientidele',
      ]),
      job('Pangateenindaja', 'Tallinna Hoiupank AS', '2008-09', '2012-04', false, '01.09.2008 – 30.04.2012', [
        'kontoriteenindus, maksed, kontod ja kaardid',
      ]),
    ],
    education: [
      edu('magistrikraad', 'Estonian Business School, rahvusvaheline ärijuhtimine, magistrikraad, 2010–2012', {
        field: 'rahvusvaheline ärijuhtimine',
        institution: 'Estonian Business School',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, ärirahandus, bakalaureusekraad, 2005–2008', {
        field: 'ärirahandus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [named('Pärimise ja varade üleandmise planeerimine', 'Pärimise ja varade üleandmise planeerimine, 2022')],
    certifications: [
      named('EFPA European Financial Advisor (EFA)', 'EFPA European Financial Advisor (EFA), 2015, kehtiv'),
    ],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B2', ''), lang('de', 'B1', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Kõne', 'Kiri'],
        rows: [
          ['eesti', 'emakeel', 'emakeel'],
          ['inglise', 'C1', 'C1'],
          ['vene', 'B2', 'B2'],
          ['saksa', 'B1', 'B1'],
        ],
      },
    ],
    skills: ['Finantsanalüüs', 'Suhete loomine', 'Taktitunne', 'Bloomberg, Excel'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 1_300_000 },
    competencies: ['coaching', 'financial_analysis', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'et-h35-14-kullerist-e-poodide-kliendihalduriks-uhes-firmas-tartu',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Tsink Neliteist',
    email: 'tsink.neliteist3514@example.com',
    phone: '+372 53412876',
    contactLines: ['Tartu'],
    headings: { contact: 'Kontakt', profile: 'Minust', work: 'Töökogemus', skills: 'Oskused', languages: 'Keeled' },
    profile: [
      'Olen pakiveofirmas töötanud 2013. aastast: kullerist klienditeenindajaks, sealt müüki ja nüüd e-poodide ' +
        'kliendihalduriks. Minu kliendid on 180 e-poodi üle Eesti; 2025. aastal saatsid nad meie kaudu umbes 640 000 ' +
        'pakki ja maksid meile veoteenuste eest 2,3 mln €. Tingimused lepin kokku e-poodide omanikega, kes otsustavad ' +
        'ise, millise vedajaga nad töötavad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendihaldur (e-kaubandus)',
        'Pakiekspress AS',
        '2021-05',
        null,
        true,
        'mai 2021 – praegu',
        ['hinnakokkulepped, integratsioonid ja pakiautomaatide lahendused', 'probleemsete saadetiste lahendamine'],
        'Tartu',
      ),
      job(
        'Müügiesindaja',
        'Pakiekspress AS',
        '2018-01',
        '2021-04',
        true,
        'jaanuar 2018 – aprill 2021',
        ['uute äriklientide leidmine Lõuna-Eestis, lepingud'],
        'Tartu',
      ),
      job(
        'Klienditeenindaja',
        'Pakiekspress AS',
        '2015-10',
        '2017-12',
        false,
        'oktoober 2015 – detsember 2017',
        ['telefon ja e-post, saadetiste otsingud'],
        'Tartu',
      ),
      job('Kuller', 'Pakiekspress AS', '2013-04', '2015-09', false, 'aprill 2013 – september 2015', [], 'Tartu'),
    ],
    education: [
      edu('keskharidus', 'Elva Gümnaasium, keskharidus, 2012', { institution: 'Elva Gümnaasium', endYear: 2012 }),
    ],
    courses: [named('E-kaubanduse logistika', 'E-kaubanduse logistika, 2022')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
    ],
    skills: ['Kliendisuhted', 'Pingetaluvus', 'Planeerimine', 'Juhiload B, C'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 2_300_000, segment: 'national', decisionMakers: true },
    competencies: ['organisation', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'et-h35-15-noor-telemuujast-it-teenuste-nooremkliendihaldur-tartu',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tsink Viisteist',
    email: 'tsink.viisteist35@example.org',
    phone: '5806 3321',
    contactLines: ['Tartu'],
    headings: { profile: 'Lühidalt minust', work: 'Töökogemus', languages: 'Keeleoskus', skills: 'Isikuomadused' },
    profile: [
      'Olen 24-aastane, lõpetasin 2024. aastal Tartu Ülikooli. Töötan nooremkliendihaldurina IT-teenuste ettevõttes, ' +
        'kus minu nimel on 30 väiksemat klienti Tartus ja Tartumaal. Olen algatusvõimeline ja kliendikeskne.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Nooremkliendihaldur',
        'Emajõe IT OÜ',
        '2025-01',
        null,
        true,
        '01.2025 – praegu',
        [
          'IT-hoolduslepingud ja litsentside uuendamine 30 väiksemale kliendile',
          'Pakkumised ja lisamüük (varundus, turvalahendused)',
        ],
        'Tartu',
      ),
      job('Telemüüja', 'Kõnekeskus Lõuna OÜ', '2023-02', '2024-12', true, '02.2023 – 12.2024 (osalise ajaga)', [
        'Elektrilepingute müük eraklientidele telefoni teel',
      ]),
      job(
        'Müüja',
        'Spordipood Tähtvere OÜ',
        '2019-06',
        '2022-08',
        true,
        '06.2019 – 08.2022 (koolivaheaegadel ja laupäeviti)',
        [],
        'Tartu',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, ettevõtlus ja tehnoloogiajuhtimine, bakalaureusekraad, 2021–2024', {
        field: 'ettevõtlus ja tehnoloogiajuhtimine',
        institution: 'Tartu Ülikool',
        startYear: 2021,
        endYear: 2024,
      }),
      edu('keskharidus', 'Tartu Tamme Gümnaasium, keskharidus, 2021', {
        institution: 'Tartu Tamme Gümnaasium',
        endYear: 2021,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('de', 'B1', ''), lang('ru', 'A2', '')],
    languagesText: ['Eesti keel on mu emakeel, inglise keelt räägin vabalt (C1), saksa keel B1, vene keel algtasemel.'],
    skills: ['Algatusvõimeline', 'Kliendikeskne', 'MS 365, HubSpot'],
    clientBase: { activeAccounts: 30, segment: 'regional_smb' },
    competencies: ['customer_focus', 'initiative'],
  },
  {
    id: 'et-h35-16-autojuhist-joogihulgi-horeca-votmekliendijuht-40-aastat-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tsink Kuusteist',
    email: 'kuusteist35@example.net',
    phone: '+372 5011 7729',
    contactLines: ['Tallinn, Pirita', 'Sündinud 10.04.1966'],
    headings: { profile: 'Minust', work: 'Töökogemus', certifications: 'Tunnistused' },
    profile: [
      'Olen joogimüügis olnud üle 30 aasta. Praegu olen HoReCa võtmekliendijuht: minu kliendid on umbes 70 restorani, ' +
        'hotelli ja ööklubi Tallinnas ja Harjumaal, kes ostsid 2025. aastal meilt jooke 2,6 mln € eest. Ostuotsused ' +
        'teevad omanikud, peakokad ja baarijuhid, kellega olen paljudega koostööd teinud üle kümne aasta.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Võtmekliendijuht (HoReCa)', 'Joogimaailm AS', '2010-09', null, true, 'september 2010 – praegu', [
        'aastalepingud, kampaaniad, baarivarustus ja personali koolitused restoranides',
        'veinide ja kangete jookide degustatsioonid ja menüüdesse sobitamine',
      ]),
      job('Müügiesindaja', 'Õllevaat AS', '1995', '2010-08', true, '1995 – august 2010', [
        'Tallinna kauplused, kohvikud ja baarid, tellimused ja uued kliendid',
      ]),
      job('Müüja', 'Tallinna Toidukaubad', '1991', '1995', true, '1991 – 1995'),
      job('Autojuht', 'Tallinna Autobaas nr 3', '1986', '1991', false, '1986 – 1991'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Ajateenistus: Nõukogude armee, autoroodu autojuht, 1984–1986.' }],
    education: [
      edu('kutsekeskharidus', 'Tallinna Autotranspordi Tehnikum, autojuht-mehaanik, kutsekeskharidus, 1981–1984', {
        field: 'autojuht-mehaanik',
        institution: 'Tallinna Autotranspordi Tehnikum',
        startYear: 1981,
        endYear: 1984,
      }),
    ],
    courses: [named('Veinid ja toidu sobitamine', 'Veinid ja toidu sobitamine, 2014')],
    certifications: [named('WSET Level 2 Award in Wines', 'WSET Level 2 Award in Wines (2012)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – vabalt'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
    ],
    skills: ['Ettevõtlik', 'Läbirääkimisoskus', 'Juhiload B, C'],
    closing: [{ kind: 'paragraph', text: 'Soovitajad esitan soovi korral.' }],
    clientBase: { activeAccounts: 70, annualRevenueEur: 2_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation'],
  },
  {
    id: 'et-h35-17-renditeenindajast-tehnikarendi-kliendihaldur-harju-rapla',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tsink Seitseteist',
    email: 'tsink.seitseteist3517@example.org',
    phone: '+372 5376 0142',
    contactLines: ['Rapla'],
    headings: {
      profile: 'Lühitutvustus',
      work: 'Töökogemus',
      skills: 'Oskused',
      workTable: ['Periood', 'Ettevõte', 'Töö'],
    },
    profile: [
      'Tehnikarendi kliendihaldur Harju- ja Raplamaal. Minu kliendid on umbes 90 ehitus- ja teedeehitusfirmat; 2025. ' +
        'aasta renditulu neilt oli 1,8 mln €. Firmal on üle 2 000 masina, tõstuki ja tellingukomplekti.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Kliendihaldur', 'Rendimasin AS', '2019-03', null, true, '03.2019 – praegu', [
        'objektide külastused, rendipakkumised ja aastalepingud',
        'masinate logistika planeerimine koos depoo ja transpordiga',
      ]),
      job('Renditeenindaja', 'Rendimasin AS', '2015-04', '2019-02', false, '04.2015 – 02.2019', [
        'rendilepingud ja masinate väljastus Rapla depoos, tagastuste kontroll',
      ]),
      job('Laotöötaja', 'Rendimasin AS', '2013-06', '2015-03', false, '06.2013 – 03.2015'),
      job('Tõstukijuht', 'Raplamaa Puit OÜ', '2010', '2013', false, '2010 – 2013'),
    ],
    education: [
      edu('kutseharidus', 'Kehtna Kutsehariduskeskus, ehitusmasinate juht, kutseharidus, 2008–2010', {
        field: 'ehitusmasinate juht',
        institution: 'Kehtna Kutsehariduskeskus',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('põhiharidus', 'Rapla Kesklinna Kool, põhiharidus, 2008', {
        institution: 'Rapla Kesklinna Kool',
        endYear: 2008,
      }),
    ],
    courses: [named('Tõstetööde ohutus', 'Tõstetööde ohutus, 2018')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'A2', 'inglise – natuke'),
    ],
    skills: ['Kliendikesksus', 'Organiseerimisoskus', 'Juhiload B, C, T'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'Ehitusmasinate juhi tunnistus kehtis kuni 2020. aastani, kuna masinaga enam ise ei tööta.',
      },
    ],
    clientBase: { activeAccounts: 90, annualRevenueEur: 1_800_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'et-h35-18-arvutipoe-muujast-it-hulgi-kanalimuugi-juht-baltikum-tallinn',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tsink Kaheksateist',
    email: 'tsink.kaheksateist35@example.net',
    phone: null,
    contactLines: ['Tallinn', 'example.net/tsink18'],
    headings: { profile: 'Kokkuvõte', work: 'Kogemus', education: 'Haridus', skills: 'Oskused' },
    profile: [
      'Kanalimüügi juht IT-hulgimüüjas. Minu vastutusel on 60 edasimüüjat Eestis, Lätis ja Leedus; 2025. aastal ' +
        'ostsid nad meilt kokku 22 mln € eest sülearvuteid, servereid, võrguseadmeid ja litsentse.',
      'Varem olin sama firma tootejuht ja enne seda arvutitehnik, veel varem arvutipoe müüja.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Kanalimüügi juht', 'Baltdist AS', '2018-10', null, true, '10.2018–praegu', [
          'edasimüüjate partnerlepingud, hinnatasemed ja boonused',
          'projektihindade läbirääkimised tootjatega suuremate hangete jaoks',
          'Läti ja Leedu edasimüüjate võrgu ülesehitamine 2019–2022',
        ]),
        lines: ['Kanalimüügi juht @ Baltdist AS, 10.2018–praegu'],
      },
      {
        ...job('Tootejuht', 'Baltdist AS', '2013-01', '2018-09', false, '01.2013–09.2018', [
          'võrguseadmete tootegrupp: hinnakirjad, laoseis, tarnijad',
        ]),
        lines: ['Tootejuht @ Baltdist AS, 01.2013–09.2018'],
      },
      {
        ...job('Arvutitehnik', 'Arvutikliinik OÜ', '2009-05', '2012-12', false, '05.2009–12.2012'),
        lines: ['Arvutitehnik @ Arvutikliinik OÜ, 05.2009–12.2012'],
      },
      {
        ...job('Müüja', 'Arvutikliinik OÜ', '2007-06', '2009-04', true, '06.2007–04.2009'),
        lines: ['Müüja @ Arvutikliinik OÜ, 06.2007–04.2009'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Infotehnoloogia Kolledž, IT süsteemide administreerimine, rakenduskõrgharidus, 2006–2010',
        {
          field: 'IT süsteemide administreerimine',
          institution: 'Eesti Infotehnoloogia Kolledž',
          startYear: 2006,
          endYear: 2010,
        },
      ),
    ],
    courses: [],
    certifications: [named('Microsoft Certified Professional', 'Microsoft Certified Professional (2011)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'C1', 'vene – C1'),
      lang('lv', 'A2', 'läti – algtase'),
      lang('lt', 'A2', 'leedu – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüüsivõime', 'Kehtestav'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 22_000_000, segment: 'international' },
    competencies: ['analytical', 'negotiation', 'tact_assertiveness'],
  },
  {
    id: 'et-h35-19-autode-muugikonsultant-eraostjad-kliendibaasita-viljandi',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tsink Üheksateist',
    email: 'tsink.yheksateist3519@example.com',
    phone: '+372 5322 8866',
    contactLines: ['Viljandi'],
    tagline: 'Müügikonsultant, soovin liikuda ärikliendihalduri ametisse',
    afterContact: [
      { kind: 'paragraph', text: 'Sünniaasta 1991 · Juhiload B, C · Saan alustada ühe kuu etteteatamisega' },
    ],
    headings: { contact: 'Kontakt', profile: 'Minust', work: 'Töökogemus', skills: 'Oskused' },
    profile: [
      'Müün autosid eraklientidele: 2025. aastal müüsin 140 uut ja kasutatud autot. Oma äriklientide portfelli mul ' +
        'ei ole – ettevõtete päringud suunatakse meil ärikliendihaldurile. Järgmise sammuna tahaksin ise ärikliente ' +
        'hallata.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Müügikonsultant', 'Viljandi Autokeskus OÜ', '2019-04', null, true, '04/2019 – praegu', [
        'proovisõidud, pakkumised, vahetusautode hindamine ja liisingu vormistamine',
      ]),
      job('Müügikonsultant', 'Mööblimaja Sakala OÜ', '2015-02', '2019-03', true, '02/2015 – 03/2019', [
        'köögi- ja elutoamööbli müük salongis, mõõtmised kodudes',
      ]),
      job('Kokk', 'Kohvik Lossimäe OÜ', '2012-06', '2015-01', false, '06/2012 – 01/2015'),
    ],
    education: [
      edu('kutseharidus', 'Viljandi Kutseõppekeskus, kokk, kutseharidus, 2010–2012', {
        field: 'kokk',
        institution: 'Viljandi Kutseõppekeskus',
        startYear: 2010,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Müügioskus', 'Suhtlemisoskus', 'Autode tehniline tundmine'],
    clientBase: null,
    competencies: ['communication', 'sales'],
  },
  {
    id: 'et-h35-20-kindlustusagendist-saarte-vaikeettevotete-kliendihaldur-kuressaare',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tsink Kakskümmend',
    email: 'kakskymmend.tsink35@example.org',
    phone: '+372 5845 2290',
    contactLines: ['Kuressaare, Saaremaa'],
    headings: { profile: 'Tutvustus', work: 'Töökogemus', skills: 'Isikuomadused' },
    profile: [
      'Kindlustusseltsi ärikliendihaldur Saare-, Hiiu- ja Läänemaal. Minu kliendid on ligi 400 väikeettevõtet – talud, ' +
        'majutusasutused, kalurid ja ehitusfirmad; nende kindlustusmaksete maht on kokku umbes 1,1 mln € aastas. ' +
        'Enamik mu klientidest on ettevõtjad, kes otsustavad kõik ise.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Meripõhja Kindlustus AS', '2018-09', null, true, '09.2018 – praegu', [
          'Uued kliendid ja lepingute uuendamine, riskide ülevaatus kohapeal',
          'Suvehooajal majutusettevõtete ja paadirendi kindlustuslahendused',
        ]),
        lines: ['Meripõhja Kindlustus AS, Kuressaare büroo: ärikliendihaldur (09.2018 – praegu)'],
      },
      {
        ...job(
          'Kindlustusagent',
          'Meripõhja Kindlustus AS',
          '2012-03',
          '2018-08',
          true,
          '03.2012 – 08.2018, vahepeal 2014–2016 lapsehoolduspuhkusel',
          ['Kodu-, sõiduki- ja põllumajanduskindlustuse müük Saaremaal'],
        ),
        lines: [
          'Meripõhja Kindlustus AS: kindlustusagent (03.2012 – 08.2018, vahepeal 2014–2016 lapsehoolduspuhkusel)',
        ],
      },
      {
        ...job('Administraator', 'Rannakivi Spa OÜ', '2008-05', '2012-02', false, '05.2008 – 02.2012', [
          'Broneeringud, vastuvõtt, grupid',
        ]),
        lines: ['Rannakivi Spa OÜ: administraator (05.2008 – 02.2012)'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Pärnu kolledž, turismiettevõtlus ja hotelliteenindus, rakenduskõrgharidus, 2005–2008',
        {
          field: 'turismiettevõtlus ja hotelliteenindus',
          institution: 'Tartu Ülikooli Pärnu kolledž',
          startYear: 2005,
          endYear: 2008,
        },
      ),
    ],
    courses: [named('Põllumajandusriskide kindlustamine', 'Põllumajandusriskide kindlustamine, 2019')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Kliendikeskne', 'Usaldusväärne', 'Pingekindel'],
    clientBase: { activeAccounts: 400, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'et-h35-21-elektrikust-energiateenuste-arikliendihaldur-louna-eesti-tartu',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tsink Kakskümmend Üks',
    email: 'tsink.kakskymmendyks35@example.net',
    phone: '5398 1170',
    contactLines: ['Tartu'],
    headings: { profile: 'Profiil', work: 'Töökogemus', certifications: 'Kutsetunnistus' },
    profile: [
      'Energiateenuste ärikliendihaldur Lõuna-Eestis. Hoolduslepingud ja uued projektid (päikesejaamad, soojuspumbad, ' +
        'energiaauditid) 28 ettevõttele ja kolmele vallale Tartu-, Põlva- ja Võrumaal. 2025. aasta käive nendelt ' +
        'klientidelt oli 2,1 mln €. Olen ise elektrik, seega räägin klientide tehnikutega nende keeles.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Periood', title: 'Amet', employer: 'Ettevõte', duties: 'Töö sisu ja tulemused' },
    jobs: [
      job('Ärikliendihaldur', 'Lõunaenergia Lahendused OÜ', '2022-04', null, true, '04.2022 –', [
        'hoolduslepingute uuendamine ja uute projektide pakkumised olemasolevatele klientidele',
        'toetuste taotlemise nõustamine',
      ]),
      job('Müügiinsener', 'Lõunaenergia Lahendused OÜ', '2019-01', '2022-03', true, '01.2019 – 03.2022', [
        'päikesejaamade ja soojuspumpade pakkumised ettevõtetele, tasuvusarvutused',
      ]),
      job('Projektijuht', 'Elektritöö Tartu OÜ', '2014-08', '2018-12', false, '08.2014 – 12.2018', [
        'elektritööde planeerimine ja eelarved, alltöövõtjad',
      ]),
      job('Elektrik', 'Elektritöö Tartu OÜ', '2008-06', '2014-07', false, '06.2008 – 07.2014'),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tallinna Tehnikakõrgkool, elektrivarustus, rakenduskõrgharidus (töö kõrvalt), 2012–2016',
        { field: 'elektrivarustus', institution: 'Tallinna Tehnikakõrgkool', startYear: 2012, endYear: 2016 },
      ),
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, elektrik, kutseharidus, 2005–2008', {
        field: 'elektrik',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('Elektrik, tase 4', 'Elektrik, tase 4 (kehtiv kuni 2028)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Tehniline müük', 'Planeerimine', 'Kliendisuhted'],
    clientBase: { activeAccounts: 31, annualRevenueEur: 2_100_000, segment: 'regional_smb' },
    competencies: ['organisation', 'relationship_building', 'sales'],
  },
  {
    id: 'et-h35-22-pangakontorist-suurettevotete-suhtejuht-baltikumi-kontsernid-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tsink Kakskümmend Kaks',
    nameLine: 'CURRICULUM VITAE | Kandidaat Tsink Kakskümmend Kaks',
    email: 'kakskymmendkaks.35@example.com',
    phone: '+372 5044 3512',
    contactLines: ['Tallinn', 'Sündinud 1979, abielus'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      skills: 'Kompetentsid',
      workTable: ['Aastad', 'Asutus', 'Ametikoht'],
    },
    profile: [
      'Suurettevõtete suhtejuht. Vastutan 16 kontserni eest, kelle tütarettevõtted tegutsevad Eestis, Lätis ja Leedus ' +
        '– kokku umbes 90 ettevõtet; teenindan neid kõigis kolmes riigis. Pank teenis 2025. aastal neilt 3,4 mln € ' +
        'intressi- ja teenustasutulu; laenu- ja liisingujääk on kokku 410 mln €.',
      'Läbirääkimisi pean finantsdirektorite ja juhatustega, kes rahastamise ja panga valiku üle otsustavad. Olen ' +
        'pangas töötanud 2001. aastast, alustasin kontoris.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Suhtejuht (suurkliendid)', 'Läänekalda Pank AS', '2015', null, true, '2015 – praegu', [
        'sündikaatlaenud, arvelduskrediidid, liising ja cash management kontsernidele',
        'kliendistrateegiad ja aastaplaanid, krediidiotsuste esitamine',
        'kahe noorema suhtejuhi juhendamine',
      ]),
      job('Ärikliendihaldur', 'Läänekalda Pank AS', '2008', '2014', true, '2008 – 2014', [
        'keskmise suurusega tootmis- ja kaubandusettevõtted Tallinnas ja Harjumaal',
      ]),
      job('Krediidianalüütik', 'Läänekalda Pank AS', '2004', '2007', false, '2004 – 2007'),
      job('Pangakontori teenindaja', 'Viru Hoiupank AS', '2001', '2004', false, '2001 – 2004'),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, rahandus, magistrikraad, 2002–2004', {
        field: 'rahandus',
        institution: 'Tartu Ülikool',
        startYear: 2002,
        endYear: 2004,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, majandusteadus, bakalaureusekraad, 1998–2002', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 1998,
        endYear: 2002,
      }),
    ],
    courses: [
      named(
        'Corporate Finance for Relationship Managers',
        'Corporate Finance for Relationship Managers, Londonis, 2016',
      ),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C2', 'inglise – C2'),
      lang('ru', 'B2', 'vene – B2'),
      lang('lv', 'B1', 'läti – B1'),
    ],
    skills: ['Finantsanalüüs', 'Läbirääkimised', 'Juhendamisoskus', 'Excel, Moody’s RiskCalc'],
    clientBase: { activeAccounts: 16, annualRevenueEur: 3_400_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'financial_analysis', 'negotiation'],
  },
  {
    id: 'et-h35-23-raamatukoguhoidjast-maakonnalehe-reklaamimuuja-ainult-piirkond-paide',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tsink Kakskümmend Kolm',
    email: 'tsink.kakskymmendkolm35@example.org',
    phone: '385 1142',
    contactLines: ['Paide, Järvamaa'],
    headings: { profile: 'Minust', work: 'Töökogemus', skills: 'Oskused ja omadused' },
    profile: [
      'Olen maakonnalehe reklaamimüüja Järva- ja Viljandimaal. Minu kliendid on kohalikud ettevõtted, vallad ja ' +
        'seltsid; pakun neile reklaami lehes, portaalis ja teemalehtedes ning aitan tekstid ja kujunduse valmis teha.',
      'Enne seda töötasin kümme aastat linnaraamatukogus, kus korraldasin ka üritusi ja näitusi.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Reklaamimüüja',
        'Kesk-Eesti Meedia OÜ',
        '2017-08',
        null,
        true,
        'august 2017 – praegu',
        ['reklaamipakkumised ja aastalepingud', 'teemalehtede (mess, kool, jõulud) reklaami müük'],
        'Paide',
      ),
      job(
        'Raamatukoguhoidja',
        'Paide Linnaraamatukogu',
        '2007',
        '2017-07',
        false,
        '2007 – juuli 2017',
        ['laenutus, lugejate nõustamine, ürituste ja näituste korraldamine'],
        'Paide',
      ),
      job('Kassapidaja', 'Järva Toidupood OÜ', '2004', '2007', false, '2004 – 2007', [], 'Türi'),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Viljandi Kultuuriakadeemia, raamatukogundus ja infokeskkonnad, rakenduskõrgharidus, 2003–2007',
        {
          field: 'raamatukogundus ja infokeskkonnad',
          institution: 'Viljandi Kultuuriakadeemia',
          startYear: 2003,
          endYear: 2007,
        },
      ),
    ],
    courses: [named('Reklaamtekstide kirjutamine', 'Reklaamtekstide kirjutamine, 2018')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Loov', 'Organiseerimisoskus'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Soovitaja: Soovitaja Üks, Kesk-Eesti Meedia OÜ peatoimetaja (kontakt soovi korral).',
      },
    ],
    clientBase: { segment: 'regional_smb' },
    competencies: ['communication', 'innovation', 'organisation'],
  },
  {
    id: 'et-h35-24-paigaldajast-interneti-arikliendihaldur-ainult-kaive-haapsalu',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tsink Kakskümmend Neli',
    email: 'tsink24.haapsalu35@example.com',
    phone: '5456 7021',
    contactLines: ['Haapsalu'],
    headings: { profile: 'Lühidalt', work: 'Töö', education: 'Kool', languages: 'Keeled', skills: 'Muu' },
    profile: [
      'Ärikliendihaldur kohalikus internetiteenuse pakkujas. Minu klientide – ettevõtete ja asutuste Läänemaal – ' +
        'arved on kokku umbes 640 000 € aastas. Varem paigaldasin ise valguskaablit ja ruutereid, nii et tean, mis ' +
        'kliendi juures toimub.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Läänenet OÜ',
        '2020-06',
        null,
        true,
        '06.2020 – praegu',
        ['pakkumised, lepingud ja pikendused, tehniliste lahenduste kokkuleppimine'],
        'Haapsalu',
      ),
      job('Paigaldustehnik', 'Läänenet OÜ', '2014-03', '2020-05', false, '03.2014 – 05.2020', [], 'Haapsalu'),
      job('Kalatöötleja', 'Haapsalu Kala OÜ', '2011', '2014', false, '2011 – 2014', [], 'Haapsalu'),
    ],
    education: [
      edu('kutseharidus', 'Haapsalu Kutsehariduskeskus, IT-süsteemide nooremspetsialist, kutseharidus, 2009–2011', {
        field: 'IT-süsteemide nooremspetsialist',
        institution: 'Haapsalu Kutsehariduskeskus',
        startYear: 2009,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('sv', 'A2', 'rootsi – põhitase'),
    ],
    skills: ['Kliendisuhted', 'Tehnilised teadmised', 'Juhiload B'],
    clientBase: { annualRevenueEur: 640_000, segment: 'regional_smb' },
    competencies: ['relationship_building'],
  },
  {
    id: 'et-h35-25-odest-meditsiinitarvete-votmekliendihaldur-haiglad-kiili',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tsink Kakskümmend Viis',
    email: 'tsink.kakskymmendviis35@example.net',
    phone: '+372 5630 2211',
    contactLines: ['Kiili vald, Harjumaa'],
    tagline: 'Võtmekliendihaldur – haiglad ja kliinikud',
    headings: { profile: 'Profiil', work: 'Töökogemus', skills: 'Oskused' },
    profile: [
      'Meditsiinitarvete hulgimüüja võtmekliendihaldur. Minu kliendid on 12 haiglat ja 30 erakliinikut üle Eesti; ' +
        '2025. aastal ostsid nad meilt 5,6 mln € eest. Haiglates otsustavad hankekomisjonid ja osakonnajuhatajad, ' +
        'erakliinikutes omanikud.',
      'Olen ise kaheksa aastat õena töötanud, seega tean, mida õde ja arst tootelt ootavad.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Võtmekliendihaldur', 'Medivarustus AS', '2020-01', null, true, 'jaanuar 2020 – praegu', [
          'Hankedokumendid ja pakkumised, raamlepingute haldus',
          'Uute toodete tutvustused osakondades ja personali koolitused',
        ]),
        lines: ['Võtmekliendihaldur, Medivarustus AS — jaanuar 2020 – praegu'],
      },
      {
        ...job('Tooteesindaja', 'Medivarustus AS', '2014-09', '2019-12', true, 'september 2014 – detsember 2019', [
          'Haavahooldus- ja infusioonitarvete esitlemine ja müük haiglatele ja kliinikutele, tellimused',
        ]),
        lines: ['Tooteesindaja, Medivarustus AS — september 2014 – detsember 2019'],
      },
      {
        ...job('Õde', 'Lõunaranniku Haigla SA', '2006-08', '2014-08', false, 'august 2006 – august 2014', [
          'Kirurgia- ja intensiivraviosakond',
        ]),
        lines: ['Õde, Lõunaranniku Haigla SA — august 2006 – august 2014'],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tervishoiu Kõrgkool, õde, rakenduskõrgharidus, 2002–2006', {
        field: 'õde',
        institution: 'Tallinna Tervishoiu Kõrgkool',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [named('Riigihanked pakkujale', 'Riigihanked pakkujale, 2020')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendikesksus', 'Hangete tundmine'],
    clientBase: { activeAccounts: 42, annualRevenueEur: 5_600_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'et-h35-26-vastlopetanud-ekspedeerimise-nooremkliendihaldur-uks-aasta-rakvere',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tsink Kakskümmend Kuus',
    email: 'tsink.kakskymmendkuus3526@example.com',
    phone: null,
    contactLines: ['Rakvere / Tallinn'],
    headings: { contact: 'Kontakt', profile: 'Minust', work: 'Töökogemus', skills: 'Oskused', languages: 'Keeled' },
    profile: [
      'Lõpetasin 2025. aastal TalTechis logistika eriala ja töötan alates septembrist 2025 ekspedeerimisfirmas ' +
        'nooremkliendihaldurina. Minu nimel on 20 väiksemat tootmis- ja kaubandusettevõtet, kelle vedusid Kesk-Euroopasse ' +
        'korraldan ja hinnastan; suuremad kliendid on seni minu mentori käes.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Nooremkliendihaldur',
        'Rajaveod OÜ',
        '2025-09',
        null,
        true,
        'alates septembrist 2025',
        [
          'hinnapakkumised ja veotellimused, vedajate valik koos planeerijatega',
          'uute klientide päringud veebist ja telefonilt',
        ],
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, logistika, bakalaureusekraad, 2022–2025', {
        field: 'logistika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2022,
        endYear: 2025,
      }),
      edu('keskharidus', 'Rakvere Gümnaasium, keskharidus, 2022', {
        institution: 'Rakvere Gümnaasium',
        endYear: 2022,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('de', 'B2', 'saksa – B2'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Meeskonnatöö', 'Analüüsivõime', 'Excel, Power BI, SAP (õpingutest)'],
    clientBase: { activeAccounts: 20 },
    competencies: ['analytical', 'teamwork'],
  },
];

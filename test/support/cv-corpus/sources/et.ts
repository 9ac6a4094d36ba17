import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

export const ET: CvSource[] = [
  {
    id: 'et-01-muugijuht',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Üks',
    email: 'kandidaat.uks@example.org',
    phone: '+372 5123 4567',
    contactLines: ['Tallinn'],
    tagline: 'Müügijuht, ehitusmaterjalid',
    profile: [
      'Üle kümne aasta kogemust B2B müügis. Praeguses ametis haldasin 25 võtmeklienti üle Eesti ning ' +
        'vastutan 2,4 miljoni euro suuruse aastakäibe eest. Suhtlen otse ettevõtete juhatuse liikmetega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Müügijuht', 'Balti Ehitusmaterjalid OÜ', '2015', null, true, '2015 – praegu', [
        'Võtmeklientide hinnaläbirääkimised ja aastalepingud',
        'Viieliikmelise müügimeeskonna juhtimine',
      ]),
      job('Müügiesindaja', 'Põhjaranna Puit AS', '2011-03', '2014-12', true, 'märts 2011 – dets 2014', [
        'Uute klientide leidmine Harju- ja Raplamaal',
      ]),
      job('Laotöötaja', 'Põhjaranna Puit AS', '2009-06', '2011-02', false, 'juuni 2009 – veebr 2011'),
    ],
    education: [
      edu('bakalaureus', 'Bakalaureusekraad, ärijuhtimine – Tallinna Tehnikaülikool, 2006–2009', {
        field: 'ärijuhtimine',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [named('Läbirääkimiste koolitus', 'Läbirääkimiste koolitus (2018)'), named('Müügijuhtimise alused')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'C1', 'Inglise keel – C1'),
      lang('ru', 'B1', 'Vene keel – suhtlustasemel'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendikesksus', 'Juhendamisoskus', 'Excel, Directo'],
    clientBase: { activeAccounts: 25, annualRevenueEur: 2_400_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'customer_focus', 'coaching'],
  },
  {
    id: 'et-02-kliendihaldur-pank',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Kaks',
    email: 'kandidaat.kaks@example.com',
    phone: '+372 5234 5678',
    contactLines: ['Tartu'],
    profile: [
      'Ärikliendihaldur pangas. Minu portfellis on 80 väike- ja keskmise suurusega ettevõtet Lõuna-Eestist; ' +
        'nõustan neid laenude, liisingu ja arvelduse teemadel.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Ärikliendihaldur', 'Emajõe Pank AS', '2016-09', null, true, 'sept 2016 – praegu', [
        'Krediidiotsuste ettevalmistamine ja esitamine krediidikomiteele',
        'Uute ärikliendite leidmine ja olemasolevate suhete arendamine',
      ]),
      job('Klienditeenindaja', 'Emajõe Pank AS', '2014-05', '2016-08', false, 'mai 2014 – aug 2016', [
        'Eraklientide teenindamine kontoris ja telefonil',
      ]),
      job('Klienditeenindaja', 'Lõunatel Kõnekeskus', '2012-01', '2014-04', false, 'jaan 2012 – apr 2014'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Rakenduskõrgharidus, finantsjuhtimine – Eesti Ettevõtluskõrgkool Mainor, 2008–2012', {
        field: 'finantsjuhtimine',
        institution: 'Eesti Ettevõtluskõrgkool Mainor',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [named('Krediidianalüüs'), named('Esinemisoskus')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel: emakeel'),
      lang('en', 'B2', 'Inglise keel: B2'),
      lang('ru', 'B2', 'Vene keel: B2'),
    ],
    skills: ['Finantsanalüüs', 'Suhete loomine', 'Pingetaluvus'],
    clientBase: { activeAccounts: 80, segment: 'regional_smb' },
    competencies: ['financial_analysis', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'et-03-votmekliendihaldur',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kolm',
    email: 'kandidaat.kolm@example.net',
    phone: '+372 5345 6789',
    contactLines: ['Tallinn'],
    profile: [
      'Võtmekliendihaldur toidutööstuses. Vastutan rahvusvaheliste võtmeklientide eest Baltikumis ja ' +
        'Põhjamaades: 12 jaeketti, aastakäive kokku 7 miljonit eurot.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Võtmekliendihaldur', 'Saaremaa Toiduainetööstus AS', '2019-05', null, true, '05.2019 – kuni praeguseni', [
        'Aastalepingute läbirääkimised jaekettide ostujuhtidega',
        'Müügiprognoosid ja kampaaniaplaanid koos turundusega',
      ]),
      job('Kliendihaldur', 'Saaremaa Toiduainetööstus AS', '2015-10', '2019-04', true, '10.2015 – 04.2019', [
        'Eesti jaeklientide haldamine',
      ]),
      job('Raamatupidaja', 'Kuressaare Arvestuskeskus OÜ', '2011-08', '2015-09', false, '08.2011 – 09.2015'),
    ],
    education: [
      edu('magistrikraad', 'Magistrikraad, rahvusvaheline ärijuhtimine, Tartu Ülikool, 2013–2015', {
        field: 'rahvusvaheline ärijuhtimine',
        institution: 'Tartu Ülikool',
        startYear: 2013,
        endYear: 2015,
      }),
      edu('bakalaureus', 'Bakalaureus, majandusteadus, Tartu Ülikool, 2008–2011', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [named('Strateegiline võtmekliendihaldus')],
    certifications: [named('CFA', 'CFA Level I (2017)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Analüüsivõime', 'Taktitunne ja kehtestamine', 'Läbirääkimisoskus', 'Meeskonnatöö'],
    clientBase: { activeAccounts: 12, annualRevenueEur: 7_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'tact_assertiveness', 'negotiation', 'teamwork'],
  },
  {
    id: 'et-04-arikliendihaldur',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Neli',
    email: 'kandidaat.neli@example.org',
    phone: '+372 5456 7890',
    contactLines: ['Pärnu'],
    profile: [
      'Kliendihaldur logistikaettevõttes. Haldan 40 kohalikku väike- ja keskmise suurusega ettevõtet Pärnumaal.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Kliendihaldur', 'Pärnu Logistikakeskus OÜ', '2018-03', null, true, 'märts 2018 – kuni praeguseni', [
        'Hinnapakkumiste koostamine ja lepingute sõlmimine',
        'Regulaarsed kliendikohtumised ja rahulolu-uuringud',
        'Uute klientide leidmine messidel',
      ]),
      job('Laotöötaja', 'Pärnu Logistikakeskus OÜ', '2014-05', '2018-02', false, 'mai 2014 – veebr 2018', [
        'Kaupade vastuvõtt, komplekteerimine ja inventuur',
      ]),
    ],
    education: [
      edu('kutseharidus', 'Kutseharidus, logistika, Pärnumaa Kutsehariduskeskus, 2011–2014', {
        field: 'logistika',
        institution: 'Pärnumaa Kutsehariduskeskus',
        startYear: 2011,
        endYear: 2014,
      }),
      edu('rakenduskõrgharidus', 'Rakenduskõrgharidus, ärindus, TTÜ Pärnu Kolledž, 2016–2020', {
        field: 'ärindus',
        institution: 'TTÜ Pärnu Kolledž',
        startYear: 2016,
        endYear: 2020,
      }),
    ],
    courses: [named('Müügioskuste arendamine'), named('Tarneahela juhtimine')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'B2', 'Inglise keel – B2'),
      lang('de', 'A2', 'Saksa keel – A2'),
    ],
    skills: ['Kliendikesksus', 'Planeerimine ja organiseerimine', 'Algatusvõime'],
    clientBase: { activeAccounts: 40, segment: 'regional_smb' },
    competencies: ['customer_focus', 'organisation', 'initiative'],
  },
  {
    id: 'et-05-muugiesindaja',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'table',
    name: 'Kandidaat Viis',
    email: 'kandidaat.viis@example.com',
    phone: '+372 5567 8901',
    contactLines: ['Narva'],
    tagline: 'Müügiesindaja, meditsiinitarvikud',
    profile: [
      'Müügiesindaja Ida-Virumaal ja Lõuna-Eestis. Külastan regulaarselt 60 apteeki ja perearstikeskust; ' +
        'aastane müügimaht 1,1 miljonit eurot.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Müügiesindaja', 'Medilink Baltic OÜ', '2020-02', null, true, 'veebr 2020 – praegu', [
        'Uute toodete tutvustamine ja müük apteekidele',
      ]),
      job('Turundusspetsialist', 'Medilink Baltic OÜ', '2017-08', '2020-01', false, 'aug 2017 – jaan 2020', [
        'Kampaaniad, trükised ja sotsiaalmeedia',
      ]),
      job('Müügiassistent', 'Narva Kaubanduse OÜ', '2015-06', '2017-07', false, 'juuni 2015 – juuli 2017', [
        'Tellimuste sisestamine ja arvete koostamine müügiosakonnale',
      ]),
    ],
    education: [
      edu('keskharidus', 'Keskharidus, Narva Pähklimäe Gümnaasium, 2010–2013', {
        institution: 'Narva Pähklimäe Gümnaasium',
        startYear: 2010,
        endYear: 2013,
      }),
      edu('bakalaureus', 'Bakalaureusekraad, turundus, Tartu Ülikooli Narva kolledž, 2013–2016', {
        field: 'turundus',
        institution: 'Tartu Ülikooli Narva kolledž',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [named('Konsultatiivne müük')],
    certifications: [],
    languages: [
      lang('ru', 'native', 'Vene keel – emakeel'),
      lang('et', 'C1', 'Eesti keel – C1'),
      lang('en', 'B1', 'Inglise keel – B1'),
    ],
    skills: ['Suhtlemisoskus', 'Veenmisoskus', 'Müügioskus'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 1_100_000, segment: 'regional_smb' },
    competencies: ['communication', 'persuasiveness', 'sales'],
  },
  {
    id: 'et-06-kliendihaldur-vahe',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Kuus',
    email: 'kandidaat.kuus@example.net',
    phone: '+372 5678 9012',
    contactLines: ['Tallinn'],
    profile: [
      'Kliendihaldur IT-teenuste valdkonnas. Pärast lapsehoolduspuhkust naasin tööle 2021. aastal. ' +
        'Haldan üleriigilisi kliente, kokku 15 lepingut.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Kliendihaldur', 'Pilvepunkt AS', '2021-09', null, true, 'sept 2021 – praegu', [
        'Teenuslepingute pikendamine ja lisamüük',
        'Kliendi vajaduste kaardistamine koos tehnilise meeskonnaga',
      ]),
      job('Kliendihaldur', 'Andmeside OÜ', '2015-01', '2019-03', true, 'jaan 2015 – märts 2019', [
        'Ärikliendid Harjumaal',
      ]),
      job('Klienditoe spetsialist', 'Andmeside OÜ', '2012-09', '2014-12', false, 'sept 2012 – dets 2014'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'apr 2019 – aug 2021: lapsehoolduspuhkus' }],
    education: [
      edu('rakenduskõrgharidus', 'Rakenduskõrgharidus, IT süsteemide arendus, TTK, 2009–2012', {
        field: 'IT süsteemide arendus',
        institution: 'TTK',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [named('IT-teenuste haldamise koolitus', 'IT-teenuste haldamise koolitus (2020)')],
    certifications: [],
    languages: [lang('et', 'native', 'Eesti keel: emakeel'), lang('en', 'C1', 'Inglise keel: C1')],
    skills: ['Kliendisuhted', 'Analüütiline', 'Meeskonnatöö'],
    clientBase: { activeAccounts: 15, segment: 'national' },
    competencies: ['relationship_building', 'analytical', 'teamwork'],
  },
  {
    id: 'et-07-muugikonsultant',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Seitse',
    email: 'kandidaat.seitse@example.com',
    phone: '+372 5789 0123',
    contactLines: ['Viljandi'],
    profile: ['Müügikonsultant, kes on varem töötanud klienditoes. Otsin kliendihalduri ametikohta.'],
    jobStyle: 'inline',
    jobs: [
      job('Müügikonsultant', 'Mulgi Põllumasinad OÜ', '2022-04', null, true, 'apr 2022 – praegu', [
        'Põllumasinate ja varuosade müük taludele',
        'Pakkumiste koostamine ja järelhooldus',
      ]),
      job('Klienditoe spetsialist', 'Viljandi Veevärk AS', '2018-10', '2022-03', false, 'okt 2018 – märts 2022', [
        'Klientide pöördumiste lahendamine telefoni ja e-posti teel',
      ]),
    ],
    education: [
      edu('kutseharidus', 'Kutseharidus, põllumajandustehnika, Olustvere Kool, 2015–2018', {
        field: 'põllumajandustehnika',
        institution: 'Olustvere Kool',
        startYear: 2015,
        endYear: 2018,
      }),
    ],
    courses: [named('Müügipsühholoogia')],
    certifications: [],
    languages: [lang('et', 'native', 'eesti keel – emakeel'), lang('en', 'A2', 'inglise keel – algtase')],
    skills: ['Pingetaluvus', 'Kliendikesksus'],
    clientBase: null,
    competencies: ['stress_resistance', 'customer_focus'],
  },
  {
    id: 'et-08-ariarendusjuht',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Kaheksa',
    email: 'kandidaat.kaheksa@example.org',
    phone: '+372 5890 1234',
    contactLines: ['Tallinn'],
    tagline: 'Äriarendusjuht, tööstusautomaatika',
    profile: [
      'Insenerist äriarendusjuhiks. Arendan rahvusvahelisi võtmekliente Skandinaavias ja Saksamaal, ' +
        'kokku 3,5 miljoni euro suurune aastakäive.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Äriarendusjuht', 'Automatika Grupp AS', '2020-01', null, true, 'jaanuar 2020 – praegu', [
        'Uute turgude avamine ja partnerite leidmine',
        'Tehniliste lahenduste esitlemine klientide juhtkonnale',
      ]),
      job('Projektiinsener', 'Automatika Grupp AS', '2014-08', '2019-12', false, 'august 2014 – detsember 2019', [
        'Tootmisliinide automatiseerimisprojektid',
      ]),
      job('Insener', 'Tallinna Masinatehas AS', '2011-09', '2014-07', false, 'september 2011 – juuli 2014'),
    ],
    education: [
      edu('magister', 'Magistrikraad, mehhatroonika, Tallinna Tehnikaülikool, 2009–2011', {
        field: 'mehhatroonika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2009,
        endYear: 2011,
      }),
    ],
    courses: [named('Tehniline müük'), named('Juhtimise alused')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'C1', 'Inglise keel – C1'),
      lang('de', 'B2', 'Saksa keel – B2'),
      lang('sv', 'A2', 'Rootsi keel – A2'),
    ],
    skills: ['Uuendusmeelsus', 'Ettevõtlikkus', 'Analüüsivõime'],
    clientBase: { annualRevenueEur: 3_500_000, segment: 'international' },
    competencies: ['innovation', 'entrepreneurship', 'analytical'],
  },
  {
    id: 'et-09-muugijuht-tekst',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Üheksa',
    email: 'kandidaat.uheksa@example.com',
    phone: '+372 5901 2345',
    contactLines: ['Rakvere'],
    profile: [
      'Müügijuht kütuse- ja energiasektoris. Vastutan 1,8 miljoni euro suuruse aastakäibe eest ja haldan 45 ' +
        'äriklienti Lääne-Virumaal.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Müügijuht', 'Virukütus OÜ', '2016-01', null, true, 'jaan 2016 – praegu', [
        'Hulgimüügi lepingud põllumajandus- ja transpordiettevõtetega',
      ]),
      job('Müügiesindaja', 'Virukütus OÜ', '2012', '2015', true, '2012–2015'),
      job('Autojuht', 'Rakvere Vedu OÜ', '2008', '2012', false, '2008–2012'),
    ],
    education: [
      edu('keskharidus', 'Keskharidus, Rakvere Gümnaasium, 2005–2008', {
        institution: 'Rakvere Gümnaasium',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [named('Müügijuhi koolitus')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel - emakeel'),
      lang('ru', 'B2', 'Vene keel - B2'),
      lang('en', 'B1', 'Inglise keel - B1'),
    ],
    skills: ['Ettevõtlik', 'Läbirääkimised'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 1_800_000, segment: 'regional_smb' },
    competencies: ['entrepreneurship', 'negotiation'],
  },
  {
    id: 'et-10-kliendihaldur-kattuvad',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Kümme',
    email: 'kandidaat.kumme@example.net',
    phone: '+372 5012 3456',
    contactLines: ['Tartu'],
    profile: [
      'Kliendihaldur kindlustuses. Haldan 200 ettevõtte kindlustusportfelli üle Eesti; osalise koormusega ' +
        'olin samal ajal ka müügiesindaja.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Kliendihaldur', 'Tähe Kindlustus AS', '2019-06', null, true, 'juuni 2019 – praegu', [
        'Äriklientide kindlustuslepingute uuendamine',
        'Riskide hindamine koos underwriter’iga',
      ]),
      job('Müügiesindaja (osaline koormus)', 'Kodukaup OÜ', '2018-01', '2020-12', true, 'jaan 2018 – dets 2020', [
        'Koduste kaupade müük ettevõtetele nädalavahetustel',
      ]),
      job('Kindlustusspetsialist', 'Tähe Kindlustus AS', '2015-09', '2019-05', false, 'sept 2015 – mai 2019', [
        'Poliiside vormistamine ja kahjukäsitlus',
      ]),
    ],
    education: [
      edu('bakalaureus', 'Bakalaureus, majandus, Tartu Ülikool, 2012–2015', {
        field: 'majandus',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [named('Kindlustusvahendaja koolitus'), named('Ärisuhtluse koolitus')],
    certifications: [],
    languages: [lang('et', 'native', 'Eesti keel - emakeel'), lang('en', 'B2', 'Inglise keel - hea (B2)')],
    skills: ['Suhtlemisoskus', 'Kliendikesksus', 'Finantsteadmised'],
    clientBase: { activeAccounts: 200, segment: 'national' },
    competencies: ['communication', 'customer_focus', 'financial_analysis'],
  },
  {
    id: 'et-11-muugiesindaja-tabel',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Üksteist',
    email: 'kandidaat.uksteist@example.org',
    phone: '+372 5123 9876',
    contactLines: ['Jõhvi'],
    profile: ['Müügiesindaja joogitootja juures, varasem kogemus logistikas.'],
    jobStyle: 'table',
    jobs: [
      job('Müügiesindaja', 'Põhjala Joogid AS', '2021-03', null, true, '03.2021 – praegu', [
        'Kauplusteketi ja HoReCa klientide külastamine',
      ]),
      job('Logistik', 'Idavirumaa Transport OÜ', '2017-11', '2021-02', false, '11.2017 – 02.2021'),
    ],
    education: [
      edu('kutseharidus', 'Kutseharidus, logistika, Ida-Virumaa Kutsehariduskeskus, 2014–2017', {
        field: 'logistika',
        institution: 'Ida-Virumaa Kutsehariduskeskus',
        startYear: 2014,
        endYear: 2017,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('ru', 'native', 'vene keel - emakeel'), lang('et', 'B2', 'eesti keel - B2')],
    skills: ['Algatusvõime', 'Müügioskus'],
    clientBase: null,
    competencies: ['initiative', 'sales'],
  },
];

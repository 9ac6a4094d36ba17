import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirtieth held-out set's Estonian CVs: ordinary CVs written in Estonian as a second language or by people who
 * moved between countries – Russian speakers from Tallinn and Ida-Virumaa (one back from Finland), Ukrainians, a
 * Pole, Turks, a Moroccan, Syrians, Indians, a Brazilian, a Lithuanian, a Finn, an Armenian, a Nigerian, a Moldovan, a
 * Spaniard, and Estonians back from Norway, the Netherlands, Germany, Ireland and the United States. Simple or
 * slightly foreign phrasing, foreign degrees and employers, dates and titles partly in the other language, otherwise
 * the common Estonian templates.
 */
export const HELD_OUT_30_ET: CvSource[] = [
  {
    id: 'et-h30-01-ukrainlane-pollumajandustehnika-muugiesindaja-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Pronks Üks',
    email: 'pronks3001@example.com',
    phone: '+372 5843 2170',
    contactLines: ['Tartu'],
    tagline: 'Müügiesindaja – põllumajandustehnika',
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Sündinud 1987, Zaporižžja (Ukraina). Eestis alates 2022. aasta aprillist, tähtajaline elamisluba.',
      },
    ],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen pärit Ukrainast, Zaporižžjast. Ukrainas töötasin üle 8 aasta põllumajandustehnika müügis, Eestis ' +
        'töötan alates 2022. aastast. Praegu minu kliendid on 45 talu ja põllumajandusettevõtet Tartumaal, ' +
        'Jõgevamaal ja Põlvamaal. 2025. aastal müüsin neile tehnikat ja varuosi kokku 1,9 mln € eest. Suhtlen ' +
        'otse talu omaniku või juhatajaga, tema otsustab ostu. Eesti keelt õpin edasi, tööl räägin eesti, vene ja ' +
        'vajadusel inglise keeles.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügiesindaja',
        'Lõunavälja Agro OÜ',
        '2022-09',
        null,
        true,
        '09.2022 – praegu',
        [
          'traktorite, kombainide ja haakeriistade müük, hinnapakkumised ja liisingu dokumendid',
          'talude külastus, tehnika demonstratsioon põllul',
          'koostöö hooldusosakonnaga garantiitööde ja hoolduslepingute osas',
          'Lõunavälja Agro käive 2025. aastal oli 14 mln €',
        ],
        'Tartu',
      ),
      job(
        'Laotöötaja',
        'Lõunavälja Agro OÜ',
        '2022-05',
        '2022-08',
        false,
        '05.2022 – 08.2022',
        ['varuosade vastuvõtt ja komplekteerimine (esimesed kuud Eestis)'],
        'Tartu',
      ),
      job(
        'Regionaalne müügijuht',
        'TOV Agro-Dnipro Tekhnika',
        '2013-03',
        '2022-02',
        true,
        '03.2013 – 02.2022',
        [
          'traktorite ja külvikute müük farmeritele Zaporižžja oblastis',
          'ca 120 kliendi portfell, müük aastas umbes 160 mln UAH',
        ],
        'Zaporižžja, Ukraina',
      ),
      job(
        'Hooldusinsener',
        'TOV Agro-Dnipro Tekhnika',
        '2010-09',
        '2013-02',
        false,
        '09.2010 – 02.2013',
        ['tehnika garantiiremont ja hooldus klientide juures'],
        'Zaporižžja, Ukraina',
      ),
    ],
    education: [
      edu(
        'magistrikraad',
        'Zaporižžja Riiklik Tehnikaülikool, põllumajandusmasinad, magistrikraad (ENIC/NARIC: vastab Eesti ' +
          'magistrikraadile), 2005–2010',
        {
          field: 'põllumajandusmasinad',
          institution: 'Zaporižžja Riiklik Tehnikaülikool',
          startYear: 2005,
          endYear: 2010,
        },
      ),
    ],
    courses: [
      named('Eesti keele kursus B1', 'Eesti keele kursus B1, Tartu Rahvaülikool, 2023–2024'),
      named('Täppisviljeluse tehnika müügikoolitus', 'Täppisviljeluse tehnika müügikoolitus, tootja koolitus, 2024'),
    ],
    certifications: [],
    languages: [
      lang('uk', 'native', 'ukraina keel – emakeel'),
      lang('ru', 'C1', 'vene keel – vabalt'),
      lang('et', 'B1', 'eesti keel – B1 (tasemeeksam 2024)'),
      lang('en', 'B1', 'inglise keel – suhtlustasemel'),
    ],
    skills: ['Põllumajandustehnika tundmine', 'Läbirääkimised', 'Meeskonnatöö', 'Juhiload B, BE ja T'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'teamwork'],
  },
  {
    id: 'et-h30-02-venekeelne-karastusjoogid-votmekliendihaldur-lasnamae',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Pronks Kaks',
    email: 'k.pronks.3002@example.org',
    phone: '+372 5530 7714',
    contactLines: ['Tallinn, Lasnamäe'],
    tagline: 'Võtmekliendihaldur',
    headings: {
      contact: 'Kontaktandmed',
      profile: 'Lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Töötan karastusjookide müügis juba 18 aastat. Alustasin merchandiserina, siis olin müügiesindaja ' +
        'Tallinna kauplustes ja alates 2017. aastast olen võtmekliendihaldur. Vastutan 6 võtmekliendi eest – ' +
        'need on 4 jaeketti ja 2 tanklaketti üle Eesti, kokku ligi 420 kauplust ja tanklat. 2025. aastal olid ' +
        'nende ostud meilt 6,8 mln €. Läbirääkimised teen kettide kategooriajuhtide ja ostujuhtidega, kes ' +
        'otsustavad sortimendi ja hinnad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Võtmekliendihaldur',
        'Karastus Hulgi AS',
        '2017-04',
        null,
        true,
        '04.2017 – tänapäevani',
        [
          'aastalepingud, hinnakirjad ja kampaaniaplaanid kettidega',
          'kettide müügiandmete jälgimine ja igakuised aruanded juhtkonnale',
          'uute toodete sisseviimine kettidesse (2025. aastal 9 uut toodet)',
          'koostöö logistika ja turundusega',
        ],
        'Tallinn',
      ),
      job(
        'Müügiesindaja',
        'Karastus Hulgi AS',
        '2012-03',
        '2017-03',
        true,
        '03.2012 – 03.2017',
        ['Tallinna ja Maardu kaupluste, kioskite ja kohvikute külastus, tellimused ja väljapanekud'],
        'Tallinn',
      ),
      job(
        'Merchandiser',
        'Baltic Merch Service OÜ',
        '2008-06',
        '2012-02',
        false,
        '06.2008 – 02.2012',
        ['kaupade väljapanek kauplustes, hindade kontroll'],
        'Tallinn',
      ),
      job('Kassiir', 'Säästumarket OÜ', '2004', '2008', false, '2004 – 2008', undefined, 'Tallinn'),
    ],
    education: [
      edu(
        'kõrgharidus',
        'Sankt-Peterburi Riiklik Majandusülikool, kaubanduse ökonoomika, kõrgharidus (diplom), 1998–2003',
        {
          field: 'kaubanduse ökonoomika',
          institution: 'Sankt-Peterburi Riiklik Majandusülikool',
          startYear: 1998,
          endYear: 2003,
        },
      ),
      edu('keskharidus', 'Tallinna Lasnamäe Vene Gümnaasium, keskharidus, 1998', {
        institution: 'Tallinna Lasnamäe Vene Gümnaasium',
        endYear: 1998,
      }),
    ],
    courses: [
      named('Kategooriajuhtimine jaekaubanduses', 'Kategooriajuhtimine jaekaubanduses, 2019'),
      named('Excel edasijõudnutele', 'Excel edasijõudnutele (pivot-tabelid), 2021'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene keel – emakeel'),
      lang('et', 'C1', 'eesti keel – C1 (kõrgtase, tunnistus 2009)'),
      lang('en', 'B1', 'inglise keel – B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüüsivõime', 'Pingekindel', 'Excel, SAP, Power BI', 'B-kategooria juhiluba'],
    clientBase: { activeAccounts: 6, annualRevenueEur: 6_800_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h30-03-tekst-poolakas-autovedu-kliendihaldur-tallinn',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Pronks Kolm',
    email: 'pronks.kolm.3003@example.net',
    phone: '+372 5919 0462',
    contactLines: ['Tallinn, Põhja-Tallinn'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen poolakas, pärit Gdańskist, Eestis elan alates 2019. aastast. Kokku 15 aastat transpordi ja müügi ' +
        'alal. Praegu mina vastutan 35 kliendi eest – tootmis- ja kaubandusfirmad Eestis, Lätis ja Soomes, kes ' +
        'veavad kaupa Poola ja Saksamaale. 2025. aastal oli minu klientide käive 2,6 mln €. Suhtlen ' +
        'logistikajuhtidega, kes otsustavad, millise vedajaga nad töötavad.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Kliendihaldur',
        'Baltic Road Cargo OÜ',
        '2019-05',
        null,
        true,
        '05.2019 – praegu',
        [
          'olemasolevate klientide hinnapakkumised ja aastalepingud',
          'uute klientide otsimine (telefon, LinkedIn, messid Transport Logistic München)',
          'koostöö ekspedeerijatega – iga nädal ca 40 koormat',
        ],
        'Tallinn',
      ),
      job(
        'Spedytor międzynarodowy',
        'Trans-Bałtyk Sp. z o.o.',
        '2015-03',
        '2019-04',
        false,
        'marzec 2015 – kwiecień 2019',
        ['vedude planeerimine Poola–Baltikum–Soome, vedajate ja autojuhtide otsimine, dokumendid (CMR)'],
        'Gdynia, Poola',
      ),
      job(
        'Przedstawiciel handlowy',
        'Browar Kaszubski Sp. z o.o.',
        '2011-09',
        '2015-02',
        true,
        'wrzesień 2011 – luty 2015',
        [
          'õlle ja limonaadi müük kauplustele ja restoranidele Pomorze piirkonnas',
          'minu piirkonna käive ca 3,2 mln PLN aastas',
        ],
        'Gdańsk, Poola',
      ),
    ],
    education: [
      edu('bachelor', 'Uniwersytet Gdański, logistika ja transport, licencjat, 2008–2011', {
        field: 'logistika ja transport',
        institution: 'Uniwersytet Gdański',
        startYear: 2008,
        endYear: 2011,
      }),
      edu('keskharidus', 'Technikum Ekonomiczne w Gdyni, matura (keskharidus), 2008', {
        institution: 'Technikum Ekonomiczne w Gdyni',
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Certyfikat kompetencji zawodowych w transporcie drogowym',
        'Certyfikat kompetencji zawodowych w transporcie drogowym (rahvusvaheline kaubavedu), 2016',
      ),
    ],
    languages: [
      lang('pl', 'native', 'poola – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('et', 'A2', 'eesti – A2 (õpin Tallinna Keeltekoolis)'),
    ],
    skills: ['Läbirääkimised klientide ja vedajatega', 'Stressitaluvus', 'Trans.eu, Timocom, Excel', 'Juhiluba B'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 2_600_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h30-04-tabel-turklanna-tooriided-votmekliendihaldur-pohjamaad',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Pronks Neli',
    email: 'pronks3004.nordtex@example.com',
    phone: '+372 5207 3981',
    contactLines: ['Tallinn (Eestis alates 2020)'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      workTable: ['Periood', 'Tööandja', 'Ametikoht'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen pärit Türgist, Bursast, kus töötasin 8 aastat tekstiilitehase ekspordimüügis. 2020. aastal kolisin ' +
        'abikaasaga Tallinnasse. Praegu olen võtmekliendihaldur tööriiete tootjas ja minu kliendid on 12 ' +
        'edasimüüjat ja jaeketti Soomes, Rootsis ja Norras. 2025. aastal ostsid nad meilt 5,4 mln € eest. Suhtlen ' +
        'nende ostujuhtidega, kes teevad otsuse kollektsiooni ja koguste üle.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Võtmekliendihaldur (Põhjamaad)', 'Nordtex Workwear OÜ', '2020-03', null, true, '03.2020 – praegu', [
        'aastalepingud ja hooajatellimused, hinnaläbirääkimised',
        'klientide külastus ja messid (A+A Düsseldorf, Työturvallisuusmessut Helsingis)',
        'tootmise ja tarnete planeerimine koos tootmisjuhiga',
      ]),
      job('Export Sales Manager', 'Nilüfer Örme Tekstil A.S.', '2015-09', '2020-02', true, '09.2015 – 02.2020', [
        'tehas Bursas; ekspordikliendid Saksamaal, Hollandis ja Skandinaavias, ca 30 klienti',
        'müük ca 9 mln USD aastas',
      ]),
      job('Export Sales Representative', 'Nilüfer Örme Tekstil A.S.', '2012-06', '2015-08', true, '06.2012 – 08.2015', [
        'pakkumised, näidised ja tellimused välisklientidele',
      ]),
      job('Receptionist', 'Bursa Kongre Oteli', '2011', '2012', false, '2011 – 2012'),
    ],
    education: [
      edu('bakalaureus', 'Bursa Uludag Ülikool, rahvusvaheline kaubandus, Lisans (bakalaureus), 2007–2011', {
        field: 'rahvusvaheline kaubandus',
        institution: 'Bursa Uludag Ülikool',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [named('Eesti keel A2', 'Eesti keel A2, Tallinna Keeltekool, 2021–2022')],
    certifications: [],
    languages: [
      lang('tr', 'native', 'türgi – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('de', 'B1', 'saksa – B1'),
      lang('et', 'A2', 'eesti – A2'),
    ],
    skills: [
      'Läbirääkimisoskus',
      'Kliendikesksus',
      'Rahvusvaheline müük ja eksport',
      'Tekstiili ja kangaste tundmine',
      'SAP, Excel',
    ],
    clientBase: { activeAccounts: 12, annualRevenueEur: 5_400_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'organisation', 'sales'],
  },
  {
    id: 'et-h30-05-tekst-marokolane-saas-account-executive-prantsusmaa',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Pronks Viis',
    email: 'pronks.viis3005@example.com',
    phone: '+372 5398 2046',
    contactLines: ['Tallinn, Kalamaja', 'linkedin.example.com/in/pronks3005'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen pärit Marokost, Casablancast. Töötasin 6 aastat prantsuse klientidele suunatud kõnekeskuses ' +
        'müügis ja 2021. aastal tulin Eestisse tööle IT-firmasse. Praegu olen Account Executive prantsuse turul: ' +
        'mul on 48 klienti Prantsusmaal ja Belgias, väikesed ja keskmised e-poed, nende aastalitsentsid on kokku ' +
        '610 000 €. Enamasti räägin otse omaniku või CEO-ga, kes otsustab.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Account Executive',
        'Lumiflow OÜ',
        '2023-02',
        null,
        true,
        '02.2023 – praegu',
        [
          'Uued kliendid Prantsusmaal ja Belgias, demo, pakkumine ja leping',
          'Lepingute pikendamine ja lisamoodulite müük olemasolevatele klientidele',
          'Kvartali eesmärk 2026: 120 000 € uut ARR-i',
        ],
        'Tallinn',
      ),
      job(
        'Customer Success Manager (prantsuse keel)',
        'Lumiflow OÜ',
        '2021-06',
        '2023-01',
        false,
        '06.2021 – 01.2023',
        ['Uute klientide juhendamine platvormi kasutamisel, küsimused ja probleemid, tagasiside tootemeeskonnale'],
        'Tallinn',
      ),
      job(
        'Téléconseiller vente',
        'Atlas Contact Center SARL',
        '2015-09',
        '2021-05',
        true,
        'sept. 2015 – mai 2021',
        [
          'Väljaminevad kõned Prantsusmaa eraklientidele, interneti- ja mobiililepingute müük',
          'Keskmiselt 60 lepingut kuus, 2019. aastal meeskonna parim müüja',
        ],
        'Casablanca, Maroko',
      ),
    ],
    education: [
      edu('bachelor', 'Licence en Sciences de gestion, Université Hassan II, Casablanca, 2012–2015', {
        field: 'Sciences de gestion',
        institution: 'Université Hassan II',
        startYear: 2012,
        endYear: 2015,
      }),
      edu('keskharidus', 'Baccalauréat, sciences économiques, Lycée Al Khansaa, Casablanca, 2012', {
        institution: 'Lycée Al Khansaa',
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ar', 'native', 'araabia (Maroko darija) – emakeel'),
      lang('fr', 'C2', 'prantsuse – C2'),
      lang('en', 'C1', 'inglise – C1'),
      lang('es', 'B1', 'hispaania – B1'),
      lang('et', 'A2', 'eesti – A2, kursus käib'),
    ],
    skills: ['Müügioskus telefonis ja videokõnes', 'Suhtlemisoskus', 'Pingekindel', 'HubSpot, Pipedrive, Notion'],
    clientBase: { activeAccounts: 48, annualRevenueEur: 610_000, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'coaching', 'sales', 'stress_resistance'],
  },
  {
    id: 'et-h30-06-suurlane-saksamaa-kaudu-apteegitooted-muugiesindaja',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Pronks Kuus',
    email: 'pronks3006@example.net',
    phone: '+372 5661 3085',
    contactLines: ['Tallinn, Mustamäe'],
    headings: {
      profile: 'Tutvustus',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Olen farmatseut Süüriast. Alustasin Damaskuses ravimifirma esindajana, 2015. aastal tulin Saksamaale ja ' +
        '2021. aastal abikaasaga Eestisse. Praegu müün käsimüügiravimeid, toidulisandeid ja hooldustooteid ' +
        'apteekidele. Minu kliendid on 160 apteeki üle Eesti, 2025. aastal tellisid nad kokku 2,2 mln € eest. ' +
        'Tellimuste ja kampaaniate üle otsustavad apteekide juhatajad, nendega ma kohtun igal kuul.',
    ],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Ajavahemik',
      title: 'Ametinimetus',
      employer: 'Tööandja, riik',
      duties: 'Kohustused',
    },
    jobs: [
      job(
        'Müügiesindaja (apteegid)',
        'Medivara OÜ',
        '2021-09',
        null,
        true,
        '09/2021 – praegu',
        [
          'apteekide külastus, tellimused ja kampaaniad',
          'apteekrite koolitused uute toodete kohta',
          'aruanded CRM-is ja müügiplaani täitmine',
        ],
        'Eesti',
      ),
      job(
        'Außendienstmitarbeiter',
        'MediCura Vertriebs GmbH',
        '2018-04',
        '2021-08',
        true,
        '04/2018 – 08/2021',
        ['haavaravi- ja põetustoodete müük apteekidele ja hooldekodudele Saksimaal'],
        'Leipzig, Saksamaa',
      ),
      job(
        'Apothekenhelfer',
        'Löwen-Apotheke',
        '2016-01',
        '2018-03',
        false,
        '01/2016 – 03/2018',
        ['kaupade vastuvõtt, retseptide ettevalmistus, abi klientide teenindamisel'],
        'Leipzig, Saksamaa',
      ),
      job(
        'Medical Representative',
        'Barada Pharmaceuticals',
        '2009',
        '2013',
        true,
        '2009 – 2013',
        ['arstide ja apteekide külastus, ravimite tutvustamine ja müük apteekidele Damaskuses'],
        'Süüria',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: '2013–2015 lahkusin sõja tõttu Süüriast, elasin Türgis ja 2015. aastal jõudsin Saksamaale, kus õppisin esimese aasta saksa keelt.',
      },
    ],
    education: [
      edu('bachelor', 'Damaskuse Ülikool, farmaatsia, Bachelor of Pharmacy, 2004–2009', {
        field: 'farmaatsia',
        institution: 'Damaskuse Ülikool',
        startYear: 2004,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Integratsioonikursus ja saksa keel', 'Integratsioonikursus ja saksa keel, Leipzig, 2015–2016'),
      named('Eesti keele kursus A2', 'Eesti keele kursus A2, Integratsiooni Sihtasutus, 2022'),
    ],
    certifications: [],
    languages: [
      lang('ar', 'native', 'araabia – emakeel'),
      lang('de', 'C1', 'saksa – C1'),
      lang('en', 'B2', 'inglise – B2'),
      lang('et', 'A2', 'eesti – A2'),
    ],
    skills: ['Müügioskus', 'Kliendisuhted', 'Ravimite ja toidulisandite tundmine', 'Juhiluba B'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'Saksamaal alustasin apteekri Approbationi taotlemist, aga see jäi pooleli, kui kolisime Eestisse.',
      },
    ],
    clientBase: { activeAccounts: 160, annualRevenueEur: 2_200_000, segment: 'national', decisionMakers: true },
    competencies: ['relationship_building', 'sales'],
  },
  {
    id: 'et-h30-07-indialane-kassatarkvara-account-manager-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Pronks Seitse',
    email: 'pronks7.3007@example.org',
    phone: '+372 5812 6650',
    contactLines: ['Tallinn, Kesklinn', 'Elamisluba: tähtajatu (pikaajaline elanik)'],
    tagline: 'Account Manager | B2B SaaS | restoranid ja kohvikud',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen pärit Indiast, Punest. 5 aastat IT-müüki Indias ja alates 2018. aastast elan Tallinnas. Praegu ' +
        'minu portfellis on 85 restorani ja kohvikut Tallinnas, Tartus ja Riias, kes kasutavad meie kassa- ja ' +
        'tellimissüsteemi. Nende aastane tellimustasu on kokku umbes 380 000 €. Suhtlen restoranide omanike ja ' +
        'juhatajatega, kes otsustavad, milliseid mooduleid nad võtavad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Manager', 'Kassaflow OÜ', '2022-01', null, true, '01/2022 – praeguseni'),
        lines: ['Account Manager – Kassaflow OÜ (Tallinn)', '01/2022 – praeguseni'],
        bullets: [
          'olemasolevate klientide lepingute pikendus ja lisamoodulite müük (laoseis, lojaalsusprogramm)',
          'kvartali ülevaated omanikega, hinnaläbirääkimised',
          'uute klientide leidmine Lätis koos Riia partneriga',
        ],
      },
      {
        ...job('Inside Sales Executive', 'Kassaflow OÜ', '2019-09', '2021-12', true, '09/2019 – 12/2021'),
        lines: ['Inside Sales Executive – Kassaflow OÜ (Tallinn)', '09/2019 – 12/2021'],
        bullets: ['sissetulevad päringud, demod videokõnes ja lepingud väiksematele kohvikutele'],
      },
      {
        ...job('Kuller', 'Kiirtoit Delivery OÜ', '2018-08', '2019-08', false, '08/2018 – 08/2019'),
        lines: ['Kuller (FIE) – Kiirtoit Delivery OÜ (Tallinn)', '08/2018 – 08/2019'],
        bullets: ['esimene aasta Eestis, samal ajal eesti keele kursus'],
      },
      {
        ...job(
          'Business Development Manager',
          'Sahyadri Infotech Pvt. Ltd.',
          '2015-07',
          '2018-06',
          true,
          'July 2015 – June 2018',
        ),
        lines: ['Business Development Manager – Sahyadri Infotech Pvt. Ltd. (Pune, India)', 'July 2015 – June 2018'],
        bullets: [
          'ERP-lahenduste müük väike- ja keskmistele tootmisettevõtetele Maharashtras',
          'meeskonna eesmärk 4,5 crore INR aastas',
        ],
      },
      {
        ...job(
          'Business Development Executive',
          'Sahyadri Infotech Pvt. Ltd.',
          '2013-06',
          '2015-06',
          true,
          'June 2013 – June 2015',
        ),
        lines: ['Business Development Executive – Sahyadri Infotech Pvt. Ltd. (Pune, India)', 'June 2013 – June 2015'],
      },
    ],
    education: [
      edu('MBA', 'Symbiosis Centre for Distance Learning, Pune – MBA (Marketing), 2014–2016', {
        field: 'Marketing',
        institution: 'Symbiosis Centre for Distance Learning',
        startYear: 2014,
        endYear: 2016,
      }),
      edu('bachelor', 'University of Pune – B.E. (Mechanical Engineering), 2009–2013', {
        field: 'Mechanical Engineering',
        institution: 'University of Pune',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('HubSpot Inbound Sales', 'HubSpot Inbound Sales Certification (2021)')],
    languages: [
      lang('mr', 'native', 'marathi – emakeel'),
      lang('hi', 'C1', 'hindi – vabalt'),
      lang('en', 'C2', 'inglise – C2'),
      lang('et', 'A2', 'eesti – A2 (kursus 2019, Tallinna Ülikool)'),
    ],
    skills: [
      'Solution selling',
      'Läbirääkimised',
      'Customer oriented',
      'CRM: Pipedrive, HubSpot',
      'Excel, Google Sheets',
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 380_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'sales'],
  },
  {
    id: 'et-h30-08-tabel-brasiillanna-aknad-kliendihaldur-eksport-parnu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Pronks Kaheksa',
    email: 'pronks.kaheksa@example.net',
    phone: '+372 5476 0318',
    contactLines: ['Pärnu'],
    tagline: 'Kliendihaldur – ekspordimüük (Norra ja Rootsi)',
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      workTable: ['Aeg', 'Ametikoht', 'Ettevõte'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen brasiillanna Curitibast, Eestis elan alates 2018. aastast (abikaasa on eestlane). Brasiilias ' +
        'müüsin 6 aastat puitmaterjale ehitusfirmadele. Praegu olen Pärnu aknatehase kliendihaldur ja minu ' +
        'kliendid on 22 ehitusfirmat ja edasimüüjat Norras ja Rootsis. 2025. aastal tellisid nad aknaid ja uksi ' +
        '3,1 mln € eest. Otsused teevad firmade omanikud ja ostujuhid, kellega ma pakkumised läbi räägin.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Kliendihaldur (eksporditurud)', 'Pärnu Aken OÜ', '2021-03', null, true, '03.2021 – praegu', [
        'pakkumised projektidele, hinnaläbirääkimised ja lepingud',
        'klientide külastus Norras ja Rootsis 4–5 korda aastas',
        'koostöö tootmise planeerijaga tarneaegade osas',
      ]),
      job('Müügiassistent', 'Pärnu Aken OÜ', '2019-05', '2021-02', false, '05.2019 – 02.2021', [
        'tellimuste sisestamine, tarneaegade kinnitamine, arved',
      ]),
      job('Representante comercial', 'Madeireira Araucária Ltda.', '2012-01', '2017-12', true, 'jan/2012 – dez/2017', [
        'puitmaterjali ja vineeri müük ehitusfirmadele Paraná osariigis',
        'käive ca R$ 14 milhões aastas',
      ]),
      job('Vendedora', 'Casa Bonita Decorações', '2008', '2011', true, '2008 – 2011', [
        'kodusisustuse müük kaupluses õpingute kõrvalt',
      ]),
    ],
    education: [
      edu('bachelor', 'Universidade Federal do Paraná, Bacharelado em Administração, 2007–2011', {
        field: 'Administração',
        institution: 'Universidade Federal do Paraná',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('keskharidus', 'Colégio Estadual do Paraná, Ensino Médio (keskharidus), 2006', {
        institution: 'Colégio Estadual do Paraná',
        endYear: 2006,
      }),
    ],
    courses: [named('Eesti keel B1', 'Eesti keel B1, Pärnu Täiskasvanute Gümnaasium, 2019–2020')],
    certifications: [],
    languages: [
      lang('pt', 'native', ''),
      lang('en', 'C1', ''),
      lang('es', 'B2', ''),
      lang('et', 'B1', ''),
      lang('no', 'A2', ''),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Tase'],
        rows: [
          ['portugali', 'emakeel'],
          ['inglise', 'C1'],
          ['hispaania', 'B2'],
          ['eesti', 'B1'],
          ['norra', 'A2 (õpin)'],
        ],
      },
    ],
    skills: ['Suhete loomine', 'Läbirääkimisoskus', 'Organiseerimisoskus', 'Excel, Monitor ERP'],
    clientBase: { activeAccounts: 22, annualRevenueEur: 3_100_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'et-h30-09-tekst-norrast-tagasi-ehitusmaterjalid-muugiesindaja-voru',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Pronks Üheksa',
    email: 'pronks3009.voru@example.com',
    phone: '5382 4417',
    contactLines: ['Võru'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Load ja tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen puusepp, kes töötas 8 aastat Norras ehitusmaterjalide kaupluses – alguses laos, siis proffide ' +
        'müügilauas. 2020. aastal tulin perega Võrru tagasi. Praegu müün saematerjali, plaate ja ' +
        'ehitustarvikuid ehitusfirmadele Võru-, Põlva- ja Valgamaal. Minu kliendid on umbes 60 firmat, 2025. ' +
        'aastal ostsid nad kokku 1,3 mln € eest. Firmad on väikesed, räägin omanikega, kes ise otsustavad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja', 'Haanja Puit OÜ', '2020-10', null, true, '10.2020 – praegu'),
        lines: ['Haanja Puit OÜ (Võru), 10.2020 – praegu', 'Ametikoht: Müügiesindaja'],
        bullets: [
          'ehitusfirmade külastus objektidel, pakkumised ja tellimused',
          'materjalide nõustamine, tarnete kokkulepped laoga',
        ],
      },
      {
        ...job('Selger', 'Byggvare Vest AS', '2015-08', '2020-06', true, 'aug. 2015 – juni 2020'),
        lines: [
          'Byggvare Vest AS (Bergen, Norra), aug. 2015 – juni 2020',
          'Ametikoht: Selger (müüja, proffide osakond)',
        ],
        bullets: ['ehitusfirmade ja meistrite teenindamine müügilauas ja telefonis, pakkumised, arvekliendid'],
      },
      {
        ...job('Lagermedarbeider', 'Byggvare Vest AS', '2012-03', '2015-07', false, 'mars 2012 – juli 2015'),
        lines: ['Byggvare Vest AS (Bergen, Norra), mars 2012 – juli 2015', 'Ametikoht: Lagermedarbeider (laotöötaja)'],
      },
      {
        ...job('Puusepp', 'Võru Mööblitööstus OÜ', '2008', '2012', false, '2008 – 2012'),
        lines: ['Võru Mööblitööstus OÜ (Võru), 2008 – 2012', 'Ametikoht: Puusepp'],
      },
    ],
    education: [
      edu('kutseharidus', 'Võru Kutsehariduskeskus, puittoodete valmistamine, kutseharidus, 2005–2008', {
        field: 'puittoodete valmistamine',
        institution: 'Võru Kutsehariduskeskus',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('Truckførerbevis', 'Truckførerbevis (tõstukijuhi tunnistus), Norra, 2012')],
    languages: [lang('et', 'native', ''), lang('no', 'B2', ''), lang('en', 'B1', ''), lang('ru', 'A2', '')],
    languagesText: ['Eesti keel emakeel, norra keel hea, inglise keel suhtlustasemel, vene keel algtase.'],
    skills: ['Ehitusmaterjalide tundmine', 'Kliendikesksus', 'Juhiload B ja C'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 1_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'et-h30-10-hollandist-tagasi-moobel-muugijuht-benelux',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Pronks Kümme',
    email: 'pronks.10.benelux@example.org',
    phone: '+372 5126 9043',
    contactLines: ['Tallinn, Nõmme'],
    tagline: 'Müügijuht – Benelux',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Isikuomadused ja oskused',
    },
    profile: [
      'Elasin ja töötasin 9 aastat Hollandis, lillede ekspordifirmas – alguses sisemüügis, hiljem ' +
        'accountmanagerina. 2022. aastal tulin Eestisse tagasi. Praegu müün Eesti mööblitootja mööblit ' +
        'Hollandi ja Belgia kaubandusketidele ja sisustuspoodidele: minu kliendid on 9 ketti ja kauplust, 2025. ' +
        'aasta müük neile 2,4 mln €. Otsustavad ostujuhid ja omanikud, kellega kohtun messidel ja nende ' +
        'kontorites.',
    ],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Tööperiood',
      title: 'Ametikoht',
      employer: 'Ettevõte ja riik',
      duties: 'Tööülesanded',
    },
    jobs: [
      job(
        'Müügijuht (Benelux)',
        'Tammiku Mööbel AS',
        '2022-09',
        null,
        true,
        'alates 09.2022',
        [
          'Hollandi ja Belgia klientide haldamine ja uute leidmine',
          'hinnaläbirääkimised ja aastalepingud',
          'messid: Meubelbeurs Amsterdam, Interieur Kortrijk',
        ],
        'Eesti',
      ),
      job(
        'Accountmanager',
        'Van der Berg Flowers B.V.',
        '2017-04',
        '2022-08',
        true,
        'apr. 2017 – aug. 2022',
        ['45 lillepoodi ja hulgimüüjat Saksamaal ja Austrias', 'tellimused, reklamatsioonid, hinnad'],
        'Aalsmeer, Holland',
      ),
      job(
        'Commercieel medewerker binnendienst',
        'Van der Berg Flowers B.V.',
        '2013-09',
        '2017-03',
        true,
        'sept. 2013 – mrt. 2017',
        ['klientidele helistamine, päevapakkumised ja tellimused telefonis'],
        'Aalsmeer, Holland',
      ),
      job(
        'Ettekandja',
        'Kohvik Tigu OÜ',
        '2009',
        '2011',
        false,
        '2009 – 2011 (õpingute kõrvalt)',
        undefined,
        'Tartu, Eesti',
      ),
    ],
    education: [
      edu('BA', 'Tartu Ülikool, inglise filoloogia, BA, 2008–2011', {
        field: 'inglise filoloogia',
        institution: 'Tartu Ülikool',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('nl', 'B2', 'hollandi – B2 (NT2 programma II, 2015)'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Läbirääkimisoskus', 'Kehtestav', 'Ettevõtlik', 'Salesforce, Exact Online'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 2_400_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'tact_assertiveness'],
  },
  {
    id: 'et-h30-11-leedulanna-moobel-muuja-konsultant-tartu',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Pronks Üksteist',
    email: 'pronks3011@example.com',
    phone: '+372 5703 1296',
    contactLines: ['Tartu, Annelinn'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen leedulanna Kaunasest, Tartus elan 2019. aasta sügisest. Leedus töötasin 5 aastat mööblifirma ' +
        'müügijuhina ja enne hotellis. Praegu olen müüja-konsultant mööblipoes: aitan klientidel valida diivaneid, ' +
        'köögimööblit ja voodeid, teen joonised ja pakkumised. 2025. aastal müüsin mööblit 420 000 € eest. ' +
        'Otsin tööd, kus saaksin jälle töötada äriklientidega.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Müüja-konsultant',
        'Kodumööbel OÜ',
        '2019-10',
        null,
        true,
        '10.2019 – praegu',
        [
          'Klientide nõustamine ja müük kaupluses, köögi- ja garderoobiprojektid',
          'Kaupluse käive 2025. aastal oli 1,6 mln €',
        ],
        'Tartu',
      ),
      job(
        'Pardavimų vadybininkė',
        'UAB Baldų Centras',
        '2014-09',
        '2019-06',
        true,
        '2014 m. rugsėjis – 2019 m. birželis',
        [
          'Mööbli müük kontoritele, hotellidele ja restoranidele Kaunases',
          'Pakkumised, lepingud ja paigalduse kokkulepped',
        ],
        'Kaunas, Leedu',
      ),
      job(
        'Administratorė',
        'Viešbutis Nemuno Krantas',
        '2011-06',
        '2014-08',
        false,
        '2011 m. birželis – 2014 m. rugpjūtis',
        ['Hotelli vastuvõtt, broneeringud'],
        'Kaunas, Leedu',
      ),
    ],
    education: [
      edu('bachelor', 'Kauno kolegija, verslo vadyba (ärijuhtimine), profesinis bakalauras, 2008–2011', {
        field: 'verslo vadyba',
        institution: 'Kauno kolegija',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('lt', 'native', 'leedu – emakeel'),
      lang('et', 'B2', 'eesti – B2 (tasemeeksam 2023)'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('pl', 'A2', 'poola – algtase'),
    ],
    skills: ['Kliendikesksus', 'Müügioskus', 'Sisekujunduse põhitõed', 'SketchUp, 1C'],
    clientBase: null,
    competencies: ['customer_focus', 'sales'],
  },
  {
    id: 'et-h30-12-soomlane-moodulmajad-muugijuht-soome-turg',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Pronks Kaksteist',
    email: 'pronks.kaksteist@example.com',
    phone: '+372 5350 8821',
    contactLines: ['Tallinn, Pirita', 'Soome kodanik'],
    tagline: 'Müügijuht – Soome turg',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Kaardid ja tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen soomlane, elan Tallinnas alates 2016. aastast. Olen ehitusinsener, töötasin Soomes töödejuhatajana ja ' +
        'müügis, Eestis alguses projektijuhina ja nüüd müügijuhina. Müün Eesti moodulmaju ja elementmaju Soome ' +
        'arendajatele ja ehitusfirmadele – minu kliendid on 14 firmat Uusimaal, Pirkanmaal ja Varsinais-Suomis. ' +
        '2025. aastal sõlmisime nendega lepinguid kokku 4,6 mln € eest. Otsuse teeb tavaliselt tegevjuht või ' +
        'omanik.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügijuht (Soome turg)',
        'Harju Moodulmaja OÜ',
        '2019-03',
        null,
        true,
        '3/2019 – praegu',
        [
          'pakkumised, hinnaläbirääkimised ja lepingud Soome klientidega',
          'klientide tehasekülastused Eestis, messid (FinnBuild)',
          'koostöö projekteerijate ja projektijuhtidega',
        ],
        'Tallinn',
      ),
      job(
        'Projektijuht',
        'Harju Moodulmaja OÜ',
        '2016-06',
        '2019-02',
        false,
        '6/2016 – 2/2019',
        ['Soome objektide tootmise ja paigalduse juhtimine'],
        'Tallinn',
      ),
      job(
        'Myyntineuvottelija',
        'Hämeen Talotehdas Oy',
        '2011',
        '2016-05',
        true,
        '2011 – 5/2016',
        ['eramajade müük eraklientidele ja väikestele ehitusfirmadele Kanta-Hämes'],
        'Hämeenlinna, Soome',
      ),
      job(
        'Työnjohtaja',
        'Rakennus Virtanen Oy',
        '2006',
        '2011',
        false,
        '2006 – 2011',
        ['ehitusplatsi töödejuhataja, alltöövõtjad ja graafikud'],
        'Hämeenlinna, Soome',
      ),
    ],
    education: [
      edu('bachelor', 'Hämeen ammattikorkeakoulu, rakennustekniikka, insinööri (AMK), 2002–2006', {
        field: 'rakennustekniikka',
        institution: 'Hämeen ammattikorkeakoulu',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [
      named('Tulityökortti', 'Tulityökortti (tuletööde kaart), kehtib 2027. aastani'),
      named('Työturvallisuuskortti', 'Työturvallisuuskortti (tööohutuskaart)'),
    ],
    languages: [
      lang('fi', 'native', 'soome – emakeel'),
      lang('sv', 'B1', 'rootsi – B1'),
      lang('en', 'B2', 'inglise – B2'),
      lang('et', 'B2', 'eesti – hea'),
    ],
    skills: ['Tehniline müük', 'Läbirääkimised', 'Ehitustehnika', 'Tekla, AutoCAD, Excel'],
    clientBase: { activeAccounts: 14, annualRevenueEur: 4_600_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'et-h30-13-tekst-tabel-sillamae-soomest-tagasi-tellingud-muugijuht',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Pronks Kolmteist',
    email: 'pronks13.tellingud@example.net',
    phone: '+372 5649 2713',
    contactLines: ['Sillamäe, Ida-Virumaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      workTable: ['Aeg', 'Ettevõte', 'Amet'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen sündinud Sillamäel, kodune keel on vene. 8 aastat töötasin Soomes Vantaal, alguses ehitusel ja ' +
        'siis ehituskaupluses müüjana. 2016. aastal tulin tagasi Ida-Virumaale. Praegu müün ja rendin tellinguid ja ' +
        'tõstukeid, minu kliendid on umbes 70 ehitus- ja tööstusettevõtet Ida- ja Lääne-Virumaal. Rendikäive minu ' +
        'klientidelt oli 2025. aastal ca 1,2 mln €. Igapäevaselt suhtlen objektijuhtidega.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügijuht', 'Virumaa Tellingud OÜ', '2019-04', null, true, '04.2019 – praegu'),
      job('Rendi klienditeenindaja', 'Virumaa Tellingud OÜ', '2016-05', '2019-03', false, '05.2016 – 03.2019'),
      job('Myyjä', 'Rautakauppa Kivelä Oy', '2012-09', '2016-04', true, '09.2012 – 04.2016'),
      job('Rakennusmies', 'Uudenmaan Rakennus Oy', '2008', '2012', false, '2008 – 2012'),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Müügijuht (менеджер по продажам), Virumaa Tellingud OÜ:' },
      {
        kind: 'bullets',
        items: [
          'tellingute ja tõstukite rendi- ja müügipakkumised, lepingud',
          'objektide külastus, mahtude mõõtmine koos paigaldajatega',
          'võlgnevuste jälgimine koos raamatupidajaga',
          'ettevõttel on üle 9 000 m² tellinguid ja 40 tõstukit',
        ],
      },
      { kind: 'paragraph', text: 'Myyjä (müüja), Rautakauppa Kivelä Oy:' },
      {
        kind: 'bullets',
        items: ['ehitusmaterjalide ja tööriistade müük meistritele ja eraklientidele, kassa, tellimused'],
      },
    ],
    education: [
      edu('kutseharidus', 'Ida-Virumaa Kutsehariduskeskus, ehitusviimistlus, kutseharidus, 2005–2007', {
        field: 'ehitusviimistlus',
        institution: 'Ida-Virumaa Kutsehariduskeskus',
        startYear: 2005,
        endYear: 2007,
      }),
      edu('keskharidus', 'Sillamäe Vanalinna Kool, keskharidus, 2005', {
        institution: 'Sillamäe Vanalinna Kool',
        endYear: 2005,
      }),
    ],
    courses: [named('Tellingute paigaldaja koolitus', 'Tellingute paigaldaja koolitus, 2017')],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B2', 'eesti – B2'),
      lang('fi', 'B2', 'soome – B2'),
      lang('en', 'A2', 'inglise – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Pingekindel', 'AutoCAD (tellingute joonised)', 'Juhiload B, C'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'Soomes oli mul Tulityökortti ja Työturvallisuuskortti, mõlemad aegusid 2016.' },
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 1_200_000, segment: 'regional_smb' },
    competencies: ['communication', 'stress_resistance'],
  },
  {
    id: 'et-h30-14-armeenlane-veinid-kliendihaldur-horeca-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Pronks Neliteist',
    email: 'pronks3014.vein@example.org',
    phone: '+372 5584 9036',
    contactLines: ['Tallinn, Kadriorg'],
    tagline: 'Kliendihaldur (HoReCa) – veinid ja kanged joogid',
    headings: {
      profile: 'Kes ma olen',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen armeenlane, sündinud Jerevanis. Eestis elan 2014. aastast. Armeenias müüsin veine restoranidele, ' +
        'Eestis töötasin alguses baarmenina ja sommeljeena ning 2019. aastast olen veiniimportööri kliendihaldur. ' +
        'Minu kliendid on 110 restorani, hotelli ja baari Tallinnas ja Harjumaal, 2025. aastal ostsid nad meilt ' +
        'kokku 1,5 mln € eest. Veinikaardi üle otsustavad tavaliselt omanikud, nendega teen kokkulepped.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Kliendihaldur (HoReCa)',
        'Vinoteek Import OÜ',
        '2019-02',
        null,
        true,
        '02.2019 – praegu',
        [
          'Klientide külastus, veinikaartide koostamine koos omanike ja sommeljeedega',
          'Hinnakokkulepped ja aastalepingud, veinikoolitused teenindajatele',
          'Portfellis üle 900 veini ja kange joogi',
        ],
        'Tallinn',
      ),
      job(
        'Sommeljee',
        'Restoran Kuldne Viinamari OÜ',
        '2016-05',
        '2019-01',
        false,
        '05.2016 – 01.2019',
        ['Veinikaart, veinide soovitamine külalistele, tellimused tarnijatelt'],
        'Tallinn',
      ),
      job('Baarmen', 'Vanalinna Baar OÜ', '2014-09', '2016-04', false, '09.2014 – 04.2016', undefined, 'Tallinn'),
      job(
        'Sales Manager',
        'Areni Wine Company CJSC',
        '2009',
        '2013',
        true,
        '2009 – 2013',
        ['Veinide müük restoranidele ja hotellidele Jerevanis, umbes 50 klienti'],
        'Jerevan, Armeenia',
      ),
    ],
    education: [
      edu(
        'bakalaureus',
        'Jerevani Riiklik Ülikool (Yerevan State University), majandusteadus, bakalaureus, 2005–2009',
        {
          field: 'majandusteadus',
          institution: 'Jerevani Riiklik Ülikool',
          startYear: 2005,
          endYear: 2009,
        },
      ),
    ],
    courses: [],
    certifications: [
      named(
        'Court of Master Sommeliers – Introductory Sommelier',
        'Court of Master Sommeliers – Introductory Sommelier (2017)',
      ),
    ],
    languages: [
      lang('hy', 'native', 'armeenia – emakeel'),
      lang('ru', 'C2', 'vene – C2'),
      lang('et', 'B2', 'eesti – B2'),
      lang('en', 'B2', 'inglise – B2'),
    ],
    skills: ['Kliendisuhted', 'Veenmisoskus', 'Veinide ja kangete jookide tundmine', 'Juhiluba B'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 1_500_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['persuasiveness', 'relationship_building'],
  },
  {
    id: 'et-h30-15-nigeerlane-makselahendused-account-executive-baltikum',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Pronks Viisteist',
    email: 'pronks.15.payments@example.com',
    phone: '+372 5921 4406',
    contactLines: ['Tallinn, Ülemiste', 'linkedin.example.com/in/pronks3015'],
    tagline: 'Account Executive – makselahendused',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen pärit Nigeeriast, Lagosest. Töötasin 4 aastat pangas ettevõtete kliendisuhete ametnikuna ja 2018. ' +
        'aastal tulin TalTechi magistriõppesse. Praegu olen makselahenduste firmas Account Executive. Minu ' +
        'kliendid on 32 e-kaubandusettevõtet Eestis, Lätis, Leedus ja Poolas; nende teenustasud olid 2025. aastal ' +
        'kokku 720 000 €. Lepingud allkirjastavad CEO või CFO, kes otsustavad. Eesti keelt õpin, CV kirjutasin ' +
        'ise eesti keeles.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Executive',
        'Paylane Baltics OÜ',
        '2023-05',
        null,
        true,
        '05.2023 – praegu',
        [
          'olemasolevate klientide haldus, hinnaläbirääkimised ja lepingute pikendused',
          'uute e-poodide leidmine Baltikumis ja Poolas',
          'koostöö riskimeeskonnaga klientide taustakontrollil',
        ],
        'Tallinn',
      ),
      job(
        'Business Development Representative',
        'Paylane Baltics OÜ',
        '2021-02',
        '2023-04',
        true,
        '02.2021 – 04.2023',
        ['külmkõned ja e-kirjad, kohtumiste broneerimine Account Executive’idele, väiksemate lepingute sõlmimine'],
        'Tallinn',
      ),
      job(
        'Relationship Officer, Corporate Banking',
        'Unity Trust Bank Plc',
        '2014-03',
        '2018-07',
        true,
        'March 2014 – July 2018',
        ['40 ettevõttekliendi haldus, hoiused, laenud ja maksed', 'hoiuste portfell ₦2,1 mld (Nigeeria naira)'],
        'Lagos, Nigeeria',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'NYSC (riiklik noorteteenistus, kohustuslik) 2012–2013: inglise keele õpetaja, Kano, Nigeeria.',
      },
    ],
    education: [
      edu('MSc', 'Tallinna Tehnikaülikool, International Business Administration, MSc, 2018–2020', {
        field: 'International Business Administration',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2018,
        endYear: 2020,
      }),
      edu('BSc', 'University of Lagos, Economics, B.Sc., 2007–2011', {
        field: 'Economics',
        institution: 'University of Lagos',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('yo', 'native', 'joruba – emakeel'),
      lang('en', 'C2', 'inglise – C2 (koolikeel, ametlik keel)'),
      lang('fr', 'A2', 'prantsuse – A2'),
      lang('et', 'A2', 'eesti – A2'),
    ],
    skills: ['Relationship management', 'Negotiation', 'Analüütiline mõtlemine', 'Salesforce, HubSpot, Gong'],
    clientBase: { activeAccounts: 32, annualRevenueEur: 720_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'et-h30-16-tekst-moldovlanna-itaaliast-sisemuugi-spetsialist',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Pronks Kuusteist',
    email: 'pronks3016.md@example.net',
    phone: '+372 5390 7752',
    contactLines: ['Tallinn, Mustamäe'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen pärit Moldovast, Chișinăust. 6 aastat elasin Itaalias, kus töötasin hooldajana ja siis ' +
        'rõivapoes müüjana. 2020. aastal kolisin Eestisse. Alguses olin kõnekeskuses klienditoes, nüüd olen ' +
        'sisemüügis – vastan Itaalia ja Rumeenia e-poodide päringutele, teen pakkumised ja sõlmin tellimused. ' +
        'Oma kliendiportfelli mul ei ole, päringud tulevad meie kodulehelt ja kampaaniatest, kuus umbes 80 ' +
        'pakkumist.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Sisemüügi spetsialist (Itaalia ja Rumeenia)',
        'Pakendiweb OÜ',
        '2023-03',
        null,
        true,
        '03.2023 – praegu',
        [
          'Päringud, hinnapakkumised ja tellimused telefonis ja e-kirjas',
          'Pakkumiste järelkontroll ja allahindluste kokkulepped müügijuhiga',
        ],
        'Tallinn',
      ),
      job(
        'Klienditoe spetsialist (itaalia keel)',
        'Helpline Services OÜ',
        '2020-09',
        '2023-02',
        false,
        '09.2020 – 02.2023',
        ['Itaalia klientide küsimused telefonis ja chatis, tagastused ja kaebused'],
        'Tallinn',
      ),
      job(
        'Commessa',
        'Moda Brera S.r.l.',
        '2016-10',
        '2020-06',
        true,
        'ottobre 2016 – giugno 2020',
        ['Rõivaste müük ja klientide nõustamine kaupluses, kassa, vitriinid'],
        'Milano, Itaalia',
      ),
      {
        ...job('Badante', 'Cooperativa Sociale Aurora', '2014-05', '2016-09', false, 'maggio 2014 – settembre 2016'),
        lines: ['maggio 2014 – settembre 2016: Badante (hooldaja), Cooperativa Sociale Aurora, Monza, Itaalia'],
        bullets: ['Eaka inimese hooldus kodus'],
      },
    ],
    education: [
      edu('bachelor', 'Universitatea de Stat din Moldova, filologie (itaalia ja rumeenia keel), licență, 2009–2013', {
        field: 'filologie',
        institution: 'Universitatea de Stat din Moldova',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ro', 'native', 'rumeenia – emakeel'),
      lang('ru', 'C1', 'vene – C1'),
      lang('it', 'C1', 'itaalia – C1'),
      lang('en', 'B2', 'inglise – B2'),
      lang('et', 'A2', 'eesti – A2'),
    ],
    skills: ['Kliendikesksus', 'Meeskonnatöö', 'Pingekindel', 'Zendesk, Pipedrive, Excel'],
    clientBase: null,
    competencies: ['customer_focus', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h30-17-hispaanlanna-paikesepaneelid-ariarendusjuht-iberia',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Pronks Seitseteist',
    email: 'pronks17.solar@example.com',
    phone: '+372 5306 1849',
    contactLines: ['Tartu, Supilinn'],
    tagline: 'Äriarendusjuht – Hispaania ja Portugal',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen hispaanlanna Valenciast. Tartusse tulin esimest korda 2015. aastal Erasmusega ja 2022. aastal tagasi ' +
        'tööle. Olen energiatehnika insener, kes on 9 aastat päikeseenergia müügis. Praegu müün ' +
        'päikesepaneelide kinnitussüsteeme paigaldajatele ja hulgimüüjatele Hispaanias ja Portugalis – minu ' +
        'kliendid on 18 firmat, 2025. aastal ostsid nad 3,8 mln € eest. Suhtlen omanike ja ostujuhtidega, kes ' +
        'otsustavad.',
    ],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Kuupäevad',
      title: 'Positsioon',
      employer: 'Ettevõte',
      duties: 'Vastutus',
    },
    jobs: [
      job(
        'Äriarendusjuht (Hispaania ja Portugal)',
        'Päikesekinnitus OÜ',
        '2022-01',
        null,
        true,
        'jaanuar 2022 – praegu',
        [
          'klientide haldus ja uute edasimüüjate leidmine',
          'tehnilised pakkumised ja hinnaläbirääkimised',
          'messid: Genera Madrid, Intersolar München',
        ],
        'Tartu',
      ),
      job(
        'Técnica comercial',
        'Solar Levante S.L.',
        '2017-03',
        '2021-12',
        true,
        'marzo 2017 – diciembre 2021',
        ['päikeseelektrijaamade müük ettevõtetele ja farmidele Valencia piirkonnas, projekti pakkumised'],
        'Valencia, Hispaania',
      ),
      job(
        'Becaria de marketing',
        'Solar Levante S.L.',
        '2016-09',
        '2017-02',
        false,
        'septiembre 2016 – febrero 2017',
        ['kodulehe ja messide materjalid'],
        'Valencia, Hispaania',
      ),
    ],
    education: [
      edu('bachelor', 'Universitat Politècnica de València, Grado en Ingeniería de la Energía, 2012–2016', {
        field: 'Ingeniería de la Energía',
        institution: 'Universitat Politècnica de València',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('es', 'native', 'hispaania – emakeel'),
      lang('ca', 'native', 'katalaani (valencia) – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('pt', 'B2', 'portugali – B2'),
      lang('et', 'B1', 'eesti – B1'),
    ],
    skills: ['Tehniline müük', 'Läbirääkimisoskus', 'Analüüsivõime', 'PVsyst, AutoCAD'],
    clientBase: { activeAccounts: 18, annualRevenueEur: 3_800_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales'],
  },
  {
    id: 'et-h30-18-tekst-ukrainlanna-poola-kaudu-pakendid-kliendihaldur',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Pronks Kaheksateist',
    email: 'pronks.3018@example.org',
    phone: '+372 5857 0294',
    contactLines: ['Tallinn, Lasnamäe', 'Ajutine kaitse, töötamise õigus'],
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen ukrainlanna Lvivist. 7 aastat elasin ja töötasin Poolas, Wrocławis, 2022. aasta sügisel tulin Eestisse. ' +
        'Praegu olen pakendifirmas kliendihaldur. Minu kliendid on 70 toidutootjat ja e-poodi Harju- ja ' +
        'Raplamaal, 2025. aastal tellisid nad pakendeid 1,1 mln € eest. Räägin tootmisjuhtide ja omanikega, kes ' +
        'otsustavad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Kliendihaldur', 'Pakendikeskus OÜ', '2022-11', null, true, '11.2022 – nüüd'),
        lines: ['11.2022 – nüüd  |  Kliendihaldur', 'Pakendikeskus OÜ, Tallinn'],
        bullets: [
          'pakkumised, tellimused, uute pakendite väljatöötamine koos disaineriga',
          'uute klientide otsimine messidel ja telefonis',
        ],
      },
      {
        ...job(
          'Specjalista ds. sprzedaży',
          'Opakowania Śląsk Sp. z o.o.',
          '2017-04',
          '2022-09',
          true,
          '04.2017 – 09.2022',
        ),
        lines: [
          '04.2017 – 09.2022  |  Specjalista ds. sprzedaży (müügispetsialist)',
          'Opakowania Śląsk Sp. z o.o., Wrocław',
        ],
        bullets: ['pakendite müük tootjatele Alam-Sileesias, ca 90 klienti, käive ca 6 mln zł aastas'],
      },
      {
        ...job('Magazynier', 'Opakowania Śląsk Sp. z o.o.', '2015-06', '2017-03', false, '06.2015 – 03.2017'),
        lines: ['06.2015 – 03.2017  |  Magazynier (laotöötaja)', 'Opakowania Śląsk Sp. z o.o., Wrocław'],
      },
      {
        ...job('Raamatupidaja', 'ТОВ «Львівхліб»', '2010-09', '2015-05', false, '09.2010 – 05.2015'),
        lines: ['09.2010 – 05.2015  |  Raamatupidaja (бухгалтер)', 'ТОВ «Львівхліб», Lviv, Ukraina'],
      },
    ],
    education: [
      edu('bakalaureus', 'Lvivi Rahvusülikool, raamatupidamine ja audit, bakalaureus, 2006–2010', {
        field: 'raamatupidamine ja audit',
        institution: 'Lvivi Rahvusülikool',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('uk', 'native', 'ukraina – emakeel'),
      lang('pl', 'C1', 'poola – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('en', 'B1', 'inglise – B1'),
      lang('et', 'A2', 'eesti – A2 (õpin)'),
    ],
    skills: ['Kliendisuhted', 'Läbirääkimised', 'Täpsus', 'Comarch ERP, Excel, Merit Aktiva'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'et-h30-19-venekeelne-laagrid-muugiinsener-pikk-karjaar-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Pronks Üheksateist',
    nameLine: 'CV – Kandidaat Pronks Üheksateist',
    email: 'pronks3019.laagrid@example.com',
    phone: '+372 5010 6634',
    contactLines: ['Tallinn, Õismäe'],
    afterContact: [{ kind: 'paragraph', text: 'Sünniaasta: 1965. Juhiluba B.' }],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      workTable: ['Aastad', 'Ettevõte', 'Amet'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Mehaanikainsener, üle 30 aasta tööstuse varustamises. Praegu müün laagreid, jõuülekandeid ja ' +
        'määrdeaineid tööstusettevõtetele üle Eesti: umbes 130 tehast ja töökoda, 2025. aastal minu klientide ' +
        'ostud 2,8 mln €. Igapäevaselt suhtlen peamehaanikute ja hooldusjuhtidega, tehnilistes küsimustes ' +
        'aitan neid ise.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügiinsener', 'Balti Laagrid AS', '2011', null, true, '2011 – praeguseni', [
        'klientide külastus, tehniline nõustamine ja pakkumised',
        'seadmete vibratsiooni- ja kulumisanalüüside tellimine koos hooldusfirmaga',
        'Balti Laagrid AS-il on üle 12 000 artikli laos',
      ]),
      job('Müügiesindaja', 'Tallinna Laagrikeskus OÜ', '2001', '2011', true, '2001 – 2011', [
        'laagrite ja rihmade müük tehastele ja autoremondi töökodadele Harjumaal',
      ]),
      job('Kaubandusagent', 'AS Estkommerts', '1993', '2001', true, '1993 – 2001', [
        'tööstuskaupade müük Vene ja Eesti ettevõtetele, tellimused ja lepingud',
      ]),
      job('Insener-tehnoloog', 'Tallinna Masinatehas', '1988', '1993', false, '1988 – 1993', [
        'detailide töötlemise tehnoloogia ja normid',
      ]),
    ],
    education: [
      edu(
        'kõrgharidus',
        'Leningradi Polütehniline Instituut, masinaehitus, kõrgharidus (insener-mehaaniku diplom), 1982–1988',
        {
          field: 'masinaehitus',
          institution: 'Leningradi Polütehniline Instituut',
          startYear: 1982,
          endYear: 1988,
        },
      ),
    ],
    courses: [
      named('SKF laagrite rakenduskoolitus', 'SKF laagrite rakenduskoolitus, Göteborg, 2014'),
      named('Määrimistehnika alused', 'Määrimistehnika alused, 2019'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B2', 'eesti – B2'),
      lang('fi', 'B1', 'soome – B1'),
      lang('en', 'A2', 'inglise – A2 (tehniline)'),
    ],
    skills: ['Tehniline nõustamine', 'Laagrite ja jõuülekannete tundmine', 'Kliendisuhted', 'Excel, Directo'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 2_800_000, segment: 'national' },
    competencies: ['relationship_building'],
  },
  {
    id: 'et-h30-20-indialanna-pangast-klienditeenindaja-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Pronks Kakskümmend',
    email: 'pronks.20.tartu@example.net',
    phone: '+372 5745 1180',
    contactLines: ['Tartu, Karlova'],
    tagline: 'Relationship Manager | pangandus ja investeeringud',
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
      'Olen pärit Indiast, Chennaist. 11 aastat töötasin Indias pangas, viimased 7 aastat jõukate ' +
        'eraklientide relationship managerina: minu portfellis oli ca 250 perekonda, nende varad kokku umbes ' +
        'INR 180 crore. 2023. aastal kolisin abikaasa tööga Tartusse ja töötan praegu pangas klienditeenindajana. ' +
        'Soovin jälle töötada kliendihalduri või müügi rollis.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Klienditeenindaja', 'Emajõe Pank AS', '2024-02', null, false, '02/2024 – praegu'),
        lines: ['Klienditeenindaja · Emajõe Pank AS · Tartu', '02/2024 – praegu'],
        bullets: [
          'ingliskeelsete klientide teenindamine kontoris ja telefonis',
          'kontode avamine, kaardid, internetipanga probleemid',
        ],
      },
      {
        ...job(
          'Relationship Manager – Wealth',
          'Coromandel Bank Ltd.',
          '2016-04',
          '2023-09',
          true,
          'Apr 2016 – Sep 2023',
        ),
        lines: ['Relationship Manager – Wealth · Coromandel Bank Ltd. · Chennai, India', 'Apr 2016 – Sep 2023'],
        bullets: [
          'ca 250 HNI perekonna portfell, investeerimis- ja kindlustustoodete müük',
          'tasutulu minu portfellist ca INR 2,4 crore aastas',
          'kolme nooremkolleegi juhendamine',
        ],
      },
      {
        ...job('Personal Banker', 'Coromandel Bank Ltd.', '2012-07', '2016-03', true, 'Jul 2012 – Mar 2016'),
        lines: ['Personal Banker · Coromandel Bank Ltd. · Chennai, India', 'Jul 2012 – Mar 2016'],
        bullets: ['kontode, laenude ja krediitkaartide müük kontoris, kuised müügieesmärgid'],
      },
    ],
    education: [
      edu('MBA', 'Anna University, Chennai – MBA (Finance), 2010–2012', {
        field: 'Finance',
        institution: 'Anna University',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bachelor', 'University of Madras – B.Com, 2007–2010', {
        institution: 'University of Madras',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [
      named('NISM Series V-A: Mutual Fund Distributors', 'NISM Series V-A: Mutual Fund Distributors (2016)'),
    ],
    languages: [
      lang('ta', 'native', 'tamili – emakeel'),
      lang('en', 'C2', 'inglise – C2'),
      lang('hi', 'B1', 'hindi – B1'),
      lang('et', 'A2', 'eesti – A2 (kursus käib)'),
    ],
    skills: ['Kliendisuhted', 'Finantsanalüüs', 'Suhtlemisoskus', 'Klienditeenindus'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'CFP (Certified Financial Planner) – õpingud jäid pooleli kolimise tõttu.' },
    ],
    clientBase: { activeAccounts: 250 },
    competencies: ['coaching', 'communication', 'customer_focus', 'financial_analysis', 'relationship_building'],
  },
  {
    id: 'et-h30-21-saksamaalt-tagasi-komposiit-votmekliendijuht-dach',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Pronks Kakskümmend Üks',
    email: 'pronks3021@example.org',
    phone: '+372 5288 4057',
    contactLines: ['Tallinn, Haabersti'],
    tagline: 'Võtmekliendijuht (DACH)',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Elasin 9 aastat Hamburgis, kus õppisin hulgi- ja väliskaubanduse ametit ning töötasin tehnilise ' +
        'kaubanduse firmas sisemüügis ja key account managerina. 2023. aastal tulin Tallinnasse tagasi. Praegu ' +
        'vastutan komposiitdetailide tehase 8 OEM-kliendi eest Saksamaal, Austrias ja Šveitsis, 2025. aasta ' +
        'müük neile 6,1 mln €. Suhtlen tehniliste direktorite ja ostujuhtidega, kes otsustavad tarnija valiku.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Võtmekliendijuht (DACH)',
        'Saare Komposiit AS',
        '2023-04',
        null,
        true,
        '04/2023 – praegu',
        [
          'raamlepingud ja aastahinnad, läbirääkimised klientide ostuosakondadega',
          'uute projektide hinnapakkumised koos inseneridega',
          'klientide auditid ja tehasekülastused',
        ],
        'Tallinn',
      ),
      job(
        'Key Account Manager',
        'Hanse Technik Handel GmbH',
        '2019-10',
        '2023-02',
        true,
        '10/2019 – 02/2023',
        ['25 tööstuskliendi haldus Põhja-Saksamaal, müük ca 4 mln € aastas'],
        'Hamburg',
      ),
      job(
        'Vertriebsmitarbeiter Innendienst',
        'Hanse Technik Handel GmbH',
        '2017-08',
        '2019-09',
        true,
        '08/2017 – 09/2019',
        ['pakkumised ja tellimused telefonis ja e-kirjas, hinnad ja tarneajad'],
        'Hamburg',
      ),
      job(
        'Laotöötaja',
        'Ülemiste Logistika OÜ',
        '2011-09',
        '2014-07',
        false,
        '09/2011 – 07/2014',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu(
        'kutseharidus',
        'Berufliche Schule Hamburg / Hanse Technik Handel GmbH, Kaufmann im Groß- und Außenhandel (IHK), ' +
          'kutseharidus, 2014–2017',
        {
          field: 'Kaufmann im Groß- und Außenhandel',
          institution: 'Berufliche Schule Hamburg',
          startYear: 2014,
          endYear: 2017,
        },
      ),
      edu('keskharidus', 'Tallinna Mustamäe Gümnaasium, keskharidus, 2011', {
        institution: 'Tallinna Mustamäe Gümnaasium',
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('de', 'C1', 'saksa – C1 (Goethe-Zertifikat C1, 2018)'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüüsivõime', 'Kehtestav', 'SAP SD, Excel'],
    clientBase: { activeAccounts: 8, annualRevenueEur: 6_100_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'tact_assertiveness'],
  },
  {
    id: 'et-h30-22-tekst-suurlane-kasutatud-autod-muugikonsultant-tallinn',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Pronks Kakskümmend Kaks',
    email: 'pronks22.autod@example.com',
    phone: '+37256118904',
    contactLines: ['Tallinn, Lasnamäe'],
    headings: {
      profile: 'Minust',
      work: 'Töö',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen pärit Süüriast, Aleppost. Eestis olen 2016. aastast. Alguses töötasin kokana, siis telefonipoes ja ' +
        'nüüd kasutatud autode müügis. Mulle meeldib müük ja inimestega rääkimine. 2025. aastal müüsin 96 autot. ' +
        'Tahaksin proovida müüki firmadele.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügikonsultant', 'Autokeskus Magnum OÜ', '2021-06', null, true, 'juuni 2021 – praeguse ajani'),
        lines: ['juuni 2021 – praeguse ajani: Müügikonsultant, Autokeskus Magnum OÜ'],
        bullets: [
          'autode müük eraklientidele, proovisõidud, liisingu ja kindlustuse vormistamine',
          'vahetusautode hindamine koos ostujuhiga',
        ],
      },
      {
        ...job('Müüja', 'Nutipood OÜ', '2018-09', '2021-05', true, 'september 2018 – mai 2021'),
        lines: ['september 2018 – mai 2021: Müüja, Nutipood OÜ (Ülemiste keskus)'],
        bullets: ['telefonide, tarvikute ja lepingute müük'],
      },
      {
        ...job('Kokk', 'Damaskus Kebab OÜ', '2016-11', '2018-08', false, 'november 2016 – august 2018'),
        lines: ['november 2016 – august 2018: Kokk, Damaskus Kebab OÜ'],
      },
      {
        ...job('Müüja', 'Al-Nour Mobile', '2010', '2014', true, '2010 – 2014'),
        lines: ['2010 – 2014: Müüja, Al-Nour Mobile (isa telefonipood), Aleppo, Süüria'],
      },
    ],
    education: [
      edu('keskharidus', 'Al-Maarri keskkool, Aleppo, Süüria – keskharidus, 2010', {
        institution: 'Al-Maarri keskkool',
        endYear: 2010,
      }),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Õppisin Aleppo Ülikoolis 2011–2013 inglise filoloogiat, aga õpingud jäid sõja tõttu pooleli.',
      },
    ],
    courses: [named('Eesti keel B1', 'Eesti keel B1, Tallinna Keeltekool, 2019')],
    certifications: [],
    languages: [
      lang('ar', 'native', 'araabia – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('et', 'B1', 'eesti – B1'),
      lang('tr', 'A2', 'türgi – A2'),
    ],
    skills: ['Müügioskus', 'Suhtlemisoskus', 'Juhiluba B'],
    closing: [{ kind: 'paragraph', text: 'Hobid: jalgpall, kokkamine.' }],
    clientBase: null,
    competencies: ['communication', 'sales'],
  },
  {
    id: 'et-h30-23-iirimaalt-tagasi-personalitarkvara-kliendihaldur-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Pronks Kakskümmend Kolm',
    email: 'pronks.3023@example.com',
    phone: '+372 5163 0729',
    contactLines: ['Tartu, Tähtvere', 'linkedin.example.com/in/pronks3023'],
    tagline: 'Kliendihaldur | B2B tarkvara',
    headings: {
      contact: 'KONTAKT',
      profile: 'PROFIIL',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      certifications: 'SERTIFIKAADID',
      languages: 'KEELED',
      skills: 'OSKUSED',
    },
    profile: [
      'Töötasin 8 aastat Dublinis reklaamitehnoloogia firmas – alguses Põhjamaade klienditoes, siis account ' +
        'managerina. 2024. aastal kolisin perega Tartusse tagasi. Praegu olen personalitarkvara firma ' +
        'kliendihaldur: minu kliendid on 60 ettevõtet Eestis ja Soomes, aastane litsentsitulu (ARR) nendelt ' +
        '840 000 €. Uuendused ja laiendused otsustavad personalijuhid ja tegevjuhid, kellega kohtun ' +
        'kvartaalselt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendihaldur',
        'Personalitark OÜ',
        '2024-05',
        null,
        true,
        '05.2024 – praegu',
        [
          'lepingute uuendamine ja lisamoodulite müük',
          'klientide kvartaalsed ülevaated, kasutuse analüüs',
          'koostöö tootemeeskonnaga klientide soovide osas',
        ],
        'Tartu',
      ),
      job(
        'Account Manager (Nordics)',
        'Adwave Ireland Ltd',
        '2019-02',
        '2024-03',
        true,
        'Feb 2019 – Mar 2024',
        [
          '40 reklaamiagentuuri ja brändi Põhjamaades, reklaamieelarvete kasvatamine',
          'klientide aastane reklaamikulu platvormil ca 12 mln €',
        ],
        'Dublin, Iirimaa',
      ),
      job(
        'Customer Support Specialist (Nordics)',
        'Adwave Ireland Ltd',
        '2016-09',
        '2019-01',
        false,
        'Sep 2016 – Jan 2019',
        ['Põhjamaade klientide tehniline tugi e-kirja ja telefoni teel'],
        'Dublin, Iirimaa',
      ),
    ],
    education: [
      edu('BA', 'Tartu Ülikool, semiootika, BA, 2012–2015', {
        field: 'semiootika',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [named('Google Ads Search Certification', 'Google Ads Search Certification (2022)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C2', 'inglise – C2'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('sv', 'A2', 'rootsi – algtase'),
    ],
    skills: ['Kliendisuhted', 'Analüüsivõime', 'Proaktiivne', 'HubSpot, Looker, Excel'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 840_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'initiative', 'relationship_building', 'teamwork'],
  },
  {
    id: 'et-h30-24-odessast-laevaagentuur-muugijuht-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Pronks Kakskümmend Neli',
    email: 'pronks24.shipping@example.net',
    phone: '+372 5474 3306',
    contactLines: ['Tallinn, Kopli'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Kutsetunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen Odessast, 17 aastat laevanduses – alguses operatsioonides, siis prahtimismaaklerina. ' +
        '2022. aastal tulin Tallinna. Praegu müün laevaagentuuri teenuseid Eesti sadamates: minu kliendid on 40 ' +
        'laevaomanikku ja prahtijat Skandinaavias, Saksamaal ja Kreekas, agentuuritasud nendelt 2025. aastal ' +
        '1,3 mln €. Agendi valiku otsustavad nende operatsioonijuhid ja omanikud.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Müügijuht (laevaagentuur)',
        'Nordic Port Agency OÜ',
        '2022-06',
        null,
        true,
        '06.2022 – praegu',
        [
          'uute laevaomanike ja prahtijate leidmine, hinnapakkumised sadamakülastustele',
          'lepingud ja tariifid püsiklientidega',
          'koostöö agentidega Muuga, Paldiski ja Sillamäe sadamas',
          '2025. aastal teenindasime ligi 1 100 laevakülastust',
        ],
        'Tallinn',
      ),
      job(
        'Chartering Broker',
        'Black Sea Chartering LLC',
        '2014-03',
        '2022-02',
        true,
        '03.2014 – 02.2022',
        [
          'lastide ja laevade leidmine, prahtimislepingute läbirääkimised, komisjonitasu',
          'ca 30 püsiklienti – laevaomanikud ja viljaeksportijad',
        ],
        'Odessa, Ukraina',
      ),
      job(
        'Operatsioonijuht',
        'Black Sea Chartering LLC',
        '2009-07',
        '2014-02',
        false,
        '07.2009 – 02.2014',
        ['laevakülastuste korraldus, dokumendid, sadama ja tolliga suhtlus'],
        'Odessa, Ukraina',
      ),
    ],
    education: [
      edu('magister', 'Odessa Riiklik Mereülikool, meretransport, magister, 2004–2009', {
        field: 'meretransport',
        institution: 'Odessa Riiklik Mereülikool',
        startYear: 2004,
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [named('MICS', 'MICS – Institute of Chartered Shipbrokers (2018)')],
    languages: [
      lang('uk', 'native', 'ukraina – emakeel'),
      lang('ru', 'native', 'vene – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('et', 'A2', 'eesti – A2'),
    ],
    skills: ['Läbirääkimised', 'Pingetaluvus', 'Shipnet, Excel'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 1_300_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h30-25-tekst-turklane-kebabist-toiduhulgi-muugiesindaja-tartu',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Pronks Kakskümmend Viis',
    email: 'pronks3025.izmir@example.org',
    phone: '5566 2093',
    contactLines: ['Tartu'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen türklane İzmirist, Eestis elan 2012. aastast. Töötasin kokana, siis 6 aastat oli mul oma ' +
        'kebabikoht Tartus. Nüüd olen toiduainete hulgimüüja müügiesindaja: minu kliendid on umbes 140 ' +
        'kebabikohta, kohvikut ja etnilist poodi üle Eesti, 2025. aastal tellisid nad meilt 2,0 mln € eest. ' +
        'Kõik on väikesed firmad, räägin omanikuga, kes ise otsustab. Restorani pidamist tean seestpoolt.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Müügiesindaja',
        'Anatoolia Hulgi OÜ',
        '2021-04',
        null,
        true,
        '04.2021 – praegu',
        [
          'Klientide külastus, tellimused ja uued tooted (liha, juust, vürtsid, pakendid)',
          'Uute restoranide leidmine Tallinnas, Pärnus ja Narvas',
          'Ettevõtte käive 2025 oli 7,5 mln €',
        ],
        'Tartu',
      ),
      job(
        'Omanik ja juhataja',
        'Ege Kebab OÜ',
        '2015-05',
        '2021-03',
        false,
        '05.2015 – 03.2021',
        ['Restorani juhtimine, 6 töötajat, ostud tarnijatelt, raamatupidamine raamatupidamisbüroo abiga'],
        'Tartu',
      ),
      job('Kokk', 'Restoran Bosfor OÜ', '2012-08', '2015-04', false, '08.2012 – 04.2015', undefined, 'Tartu'),
      {
        ...job('Garson', 'Kordon Balık Restoran', '2008-06', '2012-07', false, 'Haziran 2008 – Temmuz 2012'),
        lines: ['Haziran 2008 – Temmuz 2012: Garson (ettekandja), Kordon Balık Restoran, İzmir, Türgi'],
      },
    ],
    education: [
      edu('associate', 'Anadolu Üniversitesi Açıköğretim Fakültesi, işletme, ön lisans (2-aastane), 2010–2012', {
        field: 'işletme',
        institution: 'Anadolu Üniversitesi',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('keskharidus', 'Karşıyaka Lisesi, İzmir – lise diploması (keskharidus), 2008', {
        institution: 'Karşıyaka Lisesi',
        endYear: 2008,
      }),
    ],
    courses: [named('Toiduhügieeni koolitus', 'Toiduhügieeni koolitus, 2015')],
    certifications: [],
    languages: [
      lang('tr', 'native', 'türgi – emakeel'),
      lang('et', 'B1', 'eesti – B1'),
      lang('en', 'B1', 'inglise – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Ettevõtlik', 'Toiduainete tundmine', 'Juhiload B ja C'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 2_000_000, segment: 'national', decisionMakers: true },
    competencies: ['communication', 'entrepreneurship'],
  },
  {
    id: 'et-h30-26-usast-tagasi-kindlustusmaakler-muugijuht-parnu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Pronks Kakskümmend Kuus',
    email: 'pronks.26@example.net',
    phone: '(+372) 5327 8861',
    contactLines: ['Pärnu'],
    tagline: 'Müügijuht – ärikindlustus',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Elasin 11 aastat Floridas, USA-s: alguses köögis, siis autode müügis ja kindlustusagentuuri sisemüügis. ' +
        '2021. aasta lõpus tulin Pärnusse tagasi. Praegu olen kindlustusmaakleri müügijuht ja minu kliendid on ' +
        '120 ettevõtet Pärnu- ja Läänemaal. Nende kindlustusmaksed minu kaudu olid 2025. aastal kokku 1,7 mln €. ' +
        'Kindlustuse valiku otsustavad omanikud ja juhatajad.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügijuht',
        'Pärnu Kindlustusmaakler OÜ',
        '2022-02',
        null,
        true,
        '02/2022 – praegu',
        [
          'ettevõtete vara-, vastutus-, sõiduki- ja töötajate tervisekindlustus',
          'pakkumised mitmelt kindlustusandjalt, läbirääkimised ja lepingud',
          'kahjujuhtumite korral abi klientidele',
        ],
        'Pärnu',
      ),
      job(
        'Inside Sales Representative',
        'Gulf Coast Insurance Agency LLC',
        '2016-06',
        '2021-09',
        true,
        '06/2016 – 09/2021',
        ['kodu- ja autokindlustuse müük telefonis Florida eraklientidele, ca 25 poliisi kuus'],
        'Tampa, FL',
      ),
      job(
        'Sales Associate',
        'Bay Motors Inc.',
        '2012-03',
        '2016-05',
        true,
        '03/2012 – 05/2016',
        ['kasutatud autode müük, proovisõidud, finantseerimise paberid'],
        'Tampa, FL',
      ),
      job('Line Cook', 'Harbor Grill', '2010-05', '2012-02', false, '05/2010 – 02/2012', undefined, 'Tampa, FL'),
    ],
    education: [
      edu('associate', 'Hillsborough Community College, Tampa – Associate of Arts (A.A.), 2011–2013', {
        institution: 'Hillsborough Community College',
        startYear: 2011,
        endYear: 2013,
      }),
      edu('keskharidus', 'Pärnu Koidula Gümnaasium, keskharidus, 2009', {
        institution: 'Pärnu Koidula Gümnaasium',
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C2', 'inglise – C2'),
      lang('es', 'B1', 'hispaania – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Müügioskus', 'Veenmisoskus', 'Klienditeenindus', 'Juhiluba B'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'Floridas oli mul kindlustusagendi litsents (2-20 General Lines Agent), mis lõppes 2021, kui lahkusin.',
      },
    ],
    clientBase: { activeAccounts: 120, annualRevenueEur: 1_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'persuasiveness', 'sales'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The twentieth held-out set's Estonian CVs (Estonian and Russian-speaking candidates in Estonia, a Lithuanian in
 * Tallinn and a Latvian-Estonian from Valga): ordinary CVs – portal exports, Word templates, design-tool PDFs, an
 * e-mail body, LinkedIn and Europass – from people the earlier sets do not have: a laid-off juice-factory rep, a chef
 * selling kitchen equipment, a personal trainer selling gym equipment, a hairdresser selling salon products, a
 * ministry adviser exporting sauna stoves, a telecom-shop graduate, a sales-support specialist, a mortgage adviser, in
 * trades the earlier sets do not cover (industrial doors, commercial kitchens, juices, gym equipment, event
 * technology, wooden pallets, plant-based foods, cloud hosting, compressed air, water treatment, shop scales and tills,
 * grain dryers, TV advertising, wind PPAs, a golf club, office moving and archives, aesthetic medicine, e-bikes,
 * office plants, fleet insurance, bearings).
 */
export const HELD_OUT_20_ET: CvSource[] = [
  {
    id: 'et-h20-01-cvkeskus-toostusuksed-muugiesindaja-elva',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Nelisada Üks',
    email: 'k1401.uksed@example.com',
    phone: '+372 5347 2218',
    contactLines: ['Elukoht: Elva, Tartumaa', 'Sünniaasta: 1988'],
    tagline: 'Soovitud ametikoht: müügiesindaja / kliendihaldur (ehitus, tööstus)',
    headings: {
      profile: 'Lühitutvustus',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täienduskoolitused',
      certifications: 'Load ja tunnistused',
      languages: 'Keeleoskus',
      skills: 'Isikuomadused',
    },
    profile: [
      'Müün tööstusuksi, garaažiuksi ja laadimissildu ning nende hooldust. Minu kliendid on ligikaudu 60 ' +
        'ehitusettevõtet, laohoonete omanikku ja põllumajandusettevõtet Tartu-, Jõgeva- ja Viljandimaal; 2025. ' +
        'aastal tellisid nad minu kaudu uksi ja hooldust kokku 1,4 mln € eest. Igapäevaselt suhtlen objektijuhtide ' +
        'ja hankespetsialistidega. Enne seda töötasin ehituspoes ja laos, nii et tooted on mulle tuttavad ' +
        '„seestpoolt“.',
    ],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Ajavahemik',
      title: 'Ametikoht',
      employer: 'Asutus / ettevõte',
      duties: 'Töökohustused',
    },
    jobs: [
      job(
        'Müügiesindaja',
        'Põhjala Uksetehnika OÜ',
        '2021-05',
        null,
        true,
        '05.2021 – praegu',
        [
          'kliendikohtumised objektidel ja mõõdistuste korraldamine',
          'hinnapakkumised, lepingud ja paigalduse järelkontroll',
          'hoolduslepingute müük olemasolevatele klientidele',
          'Tartu esinduse müügieesmärk 2026: 1,6 mln €',
        ],
        'Tartu',
      ),
      job(
        'Müüja-konsultant',
        'Karja Ehituskaubad AS',
        '2017-03',
        '2021-04',
        true,
        '03.2017 – 04.2021',
        [
          'proffklientide teenindamine uste ja akende osakonnas',
          'pakkumised ehitusfirmadele, eritellimused tarnijatelt',
        ],
        'Tartu',
      ),
      job(
        'Laotöötaja',
        'Lõunalaod OÜ',
        '2014',
        '2017-02',
        false,
        '2014 – 02.2017',
        ['kauba vastuvõtt ja komplekteerimine, töö tõstukiga'],
        'Tartu',
      ),
    ],
    education: [
      edu('kutsekeskharidus', 'Tartu Kutsehariduskeskus, ehituspuusepp, kutsekeskharidus, 2004–2007', {
        field: 'ehituspuusepp',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2004,
        endYear: 2007,
      }),
    ],
    courses: [
      named('Tehniline müük B2B', 'Tehniline müük B2B – kahepäevane koolitus, 2022'),
      named('Tööstususte paigaldus ja ohutus', 'Tööstususte paigaldus ja ohutus (tootja koolitus, Saksamaa), 2023'),
    ],
    certifications: [named('Tõstukijuhi tunnistus', 'Tõstukijuhi tunnistus (2015)')],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B1', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Kõne', 'Kiri'],
        rows: [
          ['eesti', 'emakeel', 'emakeel'],
          ['inglise', 'hea', 'hea'],
          ['vene', 'suhtlustasemel', 'suhtlustasemel'],
        ],
      },
    ],
    skills: ['Kohusetundlik', 'Ettevõtlik', 'Suhtlemisoskus', 'Tehniline taust (joonised, mõõdistus)'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'Juhiload: B, BE. Isiklik auto olemas. Palgasoov kokkuleppel.' },
    ],
    clientBase: { activeAccounts: 60, annualRevenueEur: 1_400_000, segment: 'regional_smb' },
    competencies: ['communication', 'entrepreneurship'],
  },
  {
    id: 'et-h20-02-cvonline-suurkoogiseadmed-kokk-narva-joesuu',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Nelisada Kaks',
    email: 'k1402.kook@example.org',
    phone: '+372 5198 4402',
    contactLines: ['Narva-Jõesuu, Ida-Virumaa'],
    tagline: 'Soovitud ametikoht: müügiesindaja / kliendihaldur (HoReCa)',
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Olen 12 aastat töötanud kokana ja viimased neli aastat müün suurköögiseadmeid: ahjusid, külmkappe, ' +
        'nõudepesumasinaid ja nende hooldust. Minu kliendid on umbes 85 restorani, hotelli, kohvikut ja koolisööklat ' +
        'Ida-Virumaal ja Tallinnas. 2025. aastal ostsid nad minu kaudu seadmeid ja hooldust ca 1,15 mln € eest. ' +
        'Ostudest räägin restoranide omanike ja peakokkadega, kes otsustavad, millise seadme köök saab. Emakeel on ' +
        'vene, eesti keeles töötan igapäevaselt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Müügiesindaja (suurköögid)',
          'Köögitehnika Baltic OÜ',
          '2022-03',
          null,
          true,
          'märts 2022 – praegu · 4 a 9 k',
        ),
        lines: [
          'Ametikoht: Müügiesindaja (suurköögid) / Торговый представитель',
          'Ettevõte: Köögitehnika Baltic OÜ',
          'Tööperiood: märts 2022 – praegu · 4 a 9 k',
          'Asukoht: Ida-Virumaa ja Tallinn',
        ],
        bullets: [
          'köökide mõõdistus ja seadmete valik koos projekteerijaga',
          'hinnapakkumised, liisingu- ja järelmaksuvõimalused',
          'seadmete demod meie Tallinna proovikeskuses',
          'ettevõtte käive 2025: 14 mln €',
        ],
      },
      {
        ...job('Kokk', 'Jõesuu Rannahotell AS', '2010-09', '2022-02', false, 'sept 2010 – veebr 2022 · 11 a 6 k'),
        lines: [
          'Ametikoht: Kokk',
          'Ettevõte: Jõesuu Rannahotell AS',
          'Tööperiood: sept 2010 – veebr 2022 · 11 a 6 k',
          'Asukoht: Narva-Jõesuu',
        ],
        bullets: [
          'à la carte ja banketiköök kuni 400 inimesele',
          'köögiseadmete hooldusgraafik ja suhtlus tarnijatega',
          '2016–2022 vahetuse vanem, minu vahetuses 6 kokka',
        ],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Muu kogemus' },
      { kind: 'paragraph', text: 'Ajateenistus · Kaitsevägi, Kirde kaitseringkond · juuli 2009 – juuni 2010' },
    ],
    education: [
      edu('kutseharidus', 'Narva Kutseõppekeskus · kokk · kutseharidus (tase 4) keskhariduse baasil · 2007–2009', {
        field: 'kokk',
        institution: 'Narva Kutseõppekeskus',
        startYear: 2007,
        endYear: 2009,
      }),
      edu('keskharidus', 'Narva-Jõesuu Kool · keskharidus · 2007', { institution: 'Narva-Jõesuu Kool', endYear: 2007 }),
    ],
    courses: [
      named('Eesti keele B2 kursus', 'Eesti keele B2 kursus (Töötukassa), 2021'),
      named('Kombiahjude tootekoolitus', 'Kombiahjude tootekoolitus, Landsberg (Saksamaa), 2023'),
    ],
    certifications: [named('Kokk, tase 4', 'Kokk, tase 4 (kutsetunnistus, 2012)')],
    languages: [
      lang('ru', 'native', 'vene keel – emakeel'),
      lang('et', 'B2', 'eesti keel – B2 (tasemeeksam 2021)'),
      lang('en', 'B1', 'inglise keel – B1'),
      lang('fi', 'A2', 'soome keel – algtase'),
    ],
    skills: ['Läbirääkimised', 'Köögitehnoloogia ja HACCP', 'Excel, Merit Aktiva', 'Juhiload B, C'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_150_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h20-03-tootukassa-mahlatehas-koondatud-poltsamaa',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Nelisada Kolm',
    email: 'kandidaat1403@example.net',
    phone: '5620 3314',
    contactLines: ['Aadress: Põltsamaa, Jõgevamaa', 'Sünniaeg: 14.11.1983'],
    afterContact: [
      { kind: 'heading', text: 'Soovitud töö' },
      {
        kind: 'paragraph',
        text:
          'Ametinimetus: müügiesindaja, piirkonnamüügijuht; Tööaeg: täistööaeg; Piirkond: Jõgevamaa, Järvamaa, ' +
          'Viljandimaa, Tartu; Tööle asumise aeg: kohe',
      },
    ],
    headings: {
      profile: 'Lisainfo endast',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täiendkoolitused',
      languages: 'Keeleoskus',
      skills: 'Arvutioskus ja juhiload',
    },
    profile: [
      'Töötasin 11 aastat mahlade ja mooside tootja müügiesindajana Kesk-Eestis. Tehas lõpetas 2026. aasta mais ' +
        'tootmise ja kogu müügimeeskond koondati. Minu hallata oli 45 kauplust ja 6 hulgibaasi Jõgeva-, Järva- ja ' +
        'Viljandimaal, kokku 51 klienti. Tunnen poepidajaid ja hulgibaaside ostjaid isiklikult ning tahaksin ' +
        'jätkata samas piirkonnas.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja', 'Põltsamaa Mahlatööstus AS', '2015-03', '2026-05', true, '02.03.2015 – 31.05.2026'),
        lines: [
          'Ametinimetus: Müügiesindaja',
          'Tööandja: Põltsamaa Mahlatööstus AS',
          'Periood: 02.03.2015 – 31.05.2026',
          'Tööülesanded: kaupluste ja hulgibaaside külastamine, tellimused, kampaaniate ja riiulipinna ' +
            'kokkulepped, uute toodete tutvustamine, müügiaruanded. Tehase käive 2025: 6,2 mln €.',
        ],
      },
      {
        ...job(
          'Kaupluse juhataja asetäitja',
          'Kesk-Eesti Tarbijate Ühistu',
          '2011-08',
          '2015-02',
          false,
          '15.08.2011 – 27.02.2015',
        ),
        lines: [
          'Ametinimetus: Kaupluse juhataja asetäitja',
          'Tööandja: Kesk-Eesti Tarbijate Ühistu, Põltsamaa Konsum',
          'Periood: 15.08.2011 – 27.02.2015',
          'Tööülesanded: tellimused, töögraafikud, inventuurid, kassatöö.',
        ],
      },
      {
        ...job('Müüja-kassiir', 'Kesk-Eesti Tarbijate Ühistu', '2004-09', '2011-07', true, '01.09.2004 – 31.07.2011'),
        lines: [
          'Ametinimetus: Müüja-kassiir',
          'Tööandja: Kesk-Eesti Tarbijate Ühistu, Adavere kauplus',
          'Periood: 01.09.2004 – 31.07.2011',
        ],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Ajateenistus: 07.2003 – 06.2004, Kaitsevägi, Viru jalaväepataljon' },
      { kind: 'paragraph', text: 'Töötu (registreeritud Töötukassas): alates 01.06.2026' },
    ],
    education: [
      edu('keskharidus', 'Haridustase: keskharidus; Õppeasutus: Põltsamaa Ühisgümnaasium; Lõpetamise aasta: 2003', {
        institution: 'Põltsamaa Ühisgümnaasium',
        endYear: 2003,
      }),
    ],
    courses: [
      named('Läbirääkimised kaupluste ostjatega', 'Läbirääkimised kaupluste ostjatega (tööandja koolitus), 2019'),
      named('Exceli täiendkoolitus', 'Exceli täiendkoolitus (Töötukassa tööturukoolitus), 09.2026'),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('ru', 'B1', ''), lang('en', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Kõnes', 'Kirjas'],
        rows: [
          ['eesti', 'emakeel', 'emakeel'],
          ['vene', 'B1', 'B1'],
          ['inglise', 'A2', 'A2'],
        ],
      },
    ],
    skills: ['MS Excel, Word (hea), Directo', 'Juhiluba B (isiklik auto)', 'Planeerimine ja ajakasutus'],
    clientBase: { activeAccounts: 51, segment: 'regional_smb' },
    competencies: ['organisation'],
  },
  {
    id: 'et-h20-04-epost-jousaaliseadmed-treenerist-muugijuht-keila',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Nelisada Neli',
    email: 'tuhat.nelisada.neli.1404@example.com',
    phone: '+372 5811 0764',
    afterContact: [
      { kind: 'paragraph', text: 'Teema: Kandideerimine – müügijuht (sporditehnika)' },
      { kind: 'paragraph', text: 'Tere!' },
      {
        kind: 'paragraph',
        text:
          'Saadan oma CV seoses teie müügijuhi kuulutusega CV Keskuses. Olen ise trenniinimene ja tunnen ' +
          'jõusaaliturgu mõlemalt poolt – nii treeneri kui ka müüja silmaga.',
      },
    ],
    headings: {
      profile: 'Paar sõna minust',
      work: 'Töö',
      education: 'Kool',
      courses: 'Kursused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Veel',
    },
    profile: [
      'Viimased viis ja pool aastat müün jõusaali- ja kardioseadmeid. Minu kliendibaasis on 70 jõusaali, hotelli, ' +
        'spaad ja ettevõtet üle Eesti, kellele müün seadmeid ja hoolduslepinguid; 2025. aastal oli nende ostude ' +
        'summa ca 900 000 €. Tehingud sõlmin enamasti jõusaalide omanikega, kes ise otsustavad. Enne seda olin ' +
        'kuus aastat personaaltreener ja ülikooli ajal müüsin spordipoes jooksujalatseid.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügijuht',
        'Treeningtehnika OÜ',
        '2021-04',
        null,
        true,
        'alates 2021. aasta aprillist',
        [
          'seadmete ja jõusaalilahenduste müük, ruumiplaanid ja 3D-joonised',
          'hoolduslepingud ja varuosad',
          'messid ja uute klientide leidmine',
        ],
        'Tallinn',
      ),
      job(
        'Personaaltreener',
        'FIE',
        '2015',
        '2021-03',
        false,
        '2015 – 03.2021',
        ['individuaal- ja väikegrupitrennid Keila ja Tallinna spordiklubides'],
        'Keila',
      ),
      job(
        'Müüja',
        'Spordimaailm OÜ',
        '2013',
        '2016',
        true,
        'sügis 2013 – kevad 2016 (osaajaga)',
        ['jooksujalatsite ja -riiete müük, jooksuanalüüsid'],
        'Tallinn',
      ),
    ],
    education: [
      edu('ba', 'Tallinna Ülikool, kehakultuur (BA), 2012–2015', {
        field: 'kehakultuur',
        institution: 'Tallinna Ülikool',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [named('Müügiläbirääkimised B2B-s', 'Müügiläbirääkimised B2B-s, 2022')],
    certifications: [
      named('Personaaltreener, tase 5', 'Personaaltreener, tase 5 (kutsetunnistus, kehtib 2027. aastani)'),
    ],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B1', ''), lang('fi', 'A2', '')],
    languagesText: [
      'Eesti keel on emakeel, inglise keel väga hea, vene keeles saan hakkama (suhtlustasemel), soome keelest saan ' +
        'aru – algtase.',
    ],
    skills: ['Juhiluba B', 'Pipedrive, Canva, SketchUp', 'Pingekindel ja loov'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Kui sobib, saan tulla vestlusele järgmisel nädalal. Aitäh ja ilusat päeva! Kandidaat Tuhat Nelisada Neli',
      },
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 900_000, segment: 'national', decisionMakers: true },
    competencies: ['innovation', 'stress_resistance'],
  },
  {
    id: 'et-h20-05-wordi-mall-pank-ettevotete-kliendihaldur-kuressaare',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Nelisada Viis',
    nameLine: 'CURRICULUM VITAE',
    email: 'k1405.saare@example.net',
    phone: '+372 5342 7789',
    contactLines: ['Kuressaare, Saaremaa'],
    afterContact: [
      { kind: 'heading', text: 'Isikuandmed' },
      {
        kind: 'table',
        rows: [
          ['Nimi', 'Kandidaat Tuhat Nelisada Viis'],
          ['Sünniaeg', '03.02.1986'],
          ['Perekonnaseis', 'abielus, 2 last'],
          ['Juhiluba', 'B'],
        ],
      },
    ],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      workTable: ['Ametikoht', 'Ajavahemik', 'Tööandja'],
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeleoskus',
      skills: 'Isikuomadused',
    },
    profile: [
      'Olen Saaremaa ettevõtete kliendihaldur pangas. Minu portfellis on 130 väike- ja keskmise suurusega ettevõtet ' +
        'Saare- ja Muhumaal – kalatööstused, turismiettevõtted, ehitusfirmad ja talud. Portfelli laenumaht on ' +
        '48 mln €; intressi- ja teenustasutulu minu klientidelt oli 2025. aastal 1,6 mln €. Kohtun ettevõtete ' +
        'omanike ja finantsjuhtidega, kes laenu- ja liisinguotsused teevad.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'period', 'employer'],
    jobs: [
      job('Ettevõtete kliendihaldur', 'Läänemere Pank AS', '2019-09', null, true, '01.09.2019 – k.a.', [
        'krediiditaotluste ettevalmistus ja läbirääkimised',
        'arvelduse, liisingu ja makselahenduste müük olemasolevatele klientidele',
        'koostöö Tallinna krediidiosakonnaga',
      ]),
      job('Krediidianalüütik', 'Läänemere Pank AS', '2015-08', '2019-08', false, '2015 august – 2019 august', [
        'ettevõtete finantsaruannete ja tagatiste analüüs',
      ]),
      job('Raamatupidaja', 'Saare Kalatööstus OÜ', '2010', '2015', false, '2010–2015'),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, majandusteadus (ettevõtte rahandus), magistrikraad, 2008–2010', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, majandusteadus, bakalaureusekraad, 2005–2008', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [named('Põllumajandusettevõtete krediteerimine', 'Põllumajandusettevõtete krediteerimine, 2021')],
    certifications: [named('EFA (European Financial Advisor)', 'EFA (European Financial Advisor), 2021')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Finantsanalüüs', 'Analüütiline', 'Usaldusväärne', 'Kliendisuhted'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'EFP (European Financial Planner) – õpingud pooleli, eksam 2027. aasta kevadel.' },
    ],
    clientBase: { activeAccounts: 130, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'financial_analysis', 'negotiation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'et-h20-06-canva-uritustehnika-account-manager-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Nelisada Kuus',
    email: 'k1406.events@example.com',
    phone: '+372 5390 6615',
    contactLines: ['Tallinn', 'Sündinud 1998'],
    tagline: 'ACCOUNT MANAGER | ÜRITUSTEHNIKA',
    headings: {
      contact: 'KONTAKT',
      profile: 'MINUST',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      courses: 'KURSUSED',
      languages: 'KEELED',
      skills: 'OSKUSED',
    },
    profile: [
      'Helitehnikust kliendihalduriks: tunnen lava, valgust ja LED-ekraane ning oskan neid klientidele arusaadavalt ' +
        'selgitada. Haldan 40 üritusagentuuri ja ettevõtet Tallinnas ja Harjumaal, kelle tellimused olid 2025. ' +
        'aastal kokku 620 000 €. Ettevõtte laos on tehnikat üle 3 mln € väärtuses.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Manager',
        'Lavatehnika Põhjala OÜ',
        '2024-03',
        null,
        true,
        '03/2024 – ...',
        [
          'pakkumised konverentsidele, messidele ja kontsertidele',
          'objektikülastused koos projektijuhiga',
          'aastalepingud kolme suurema üritusagentuuriga',
        ],
        'Tallinn',
      ),
      job(
        'Ürituste koordinaator',
        'Lavatehnika Põhjala OÜ',
        '2022-06',
        '2024-02',
        false,
        '06/2022 – 02/2024',
        ['tehnika broneeringud, transpordi ja tehnikute vahetuste planeerimine'],
        'Tallinn',
      ),
      job('Helitehnik', 'FIE', '2019', '2022', false, '2019 – 2022', [
        'kontserdid, festivalid ja teatrietendused üle Eesti',
      ]),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Viljandi Kultuuriakadeemia, etenduskunstide tehnoloogia, rakenduskõrgharidus, 2017–2021',
        {
          field: 'etenduskunstide tehnoloogia',
          institution: 'Viljandi Kultuuriakadeemia',
          startYear: 2017,
          endYear: 2021,
        },
      ),
    ],
    courses: [named('Pipedrive CRM algajatele', 'Pipedrive CRM algajatele (veebikursus), 2024')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti – emakeel'),
      lang('en', 'C1', 'Inglise – C1'),
      lang('ru', 'A2', 'Vene – A2'),
      lang('de', 'A1', 'Saksa – A1'),
    ],
    skills: ['Loov', 'Pingekindel', 'Meeskonnatöö', 'Dante, QLab, Vectorworks'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 620_000, segment: 'regional_smb' },
    competencies: ['innovation', 'organisation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h20-07-lakooniline-puitalused-maardu-ei-portfelli',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Nelisada Seitse',
    email: 'k1407@example.org',
    phone: '+372 5566 0714',
    contactLines: ['Maardu'],
    headings: {
      work: 'Töökogemus',
      workTable: ['Firma', 'Aeg', 'Amet'],
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Muu',
    },
    profile: [],
    jobStyle: 'table',
    workTableOrder: ['employer', 'period', 'title'],
    jobs: [
      job('Müügijuht', 'Balti Alused OÜ', '2020', null, true, '2020 – k.a.'),
      job('Müügiesindaja', 'Maardu Puit OÜ', '2013', '2019', true, '2013–2019'),
      job('Tõstukijuht', 'Muuga Laoteenused AS', '2008', '2012', false, '2008–2012'),
    ],
    education: [
      edu('kutsekeskharidus', 'Tallinna Tööstushariduskeskus, puidutöötlus, kutsekeskharidus, 2004–2008', {
        field: 'puidutöötlus',
        institution: 'Tallinna Tööstushariduskeskus',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel (родной)'),
      lang('et', 'B1', 'eesti – B1'),
      lang('en', 'A2', 'inglise – A2'),
    ],
    skills: ['Juhiload B, C', '1C, Excel'],
    clientBase: null,
    competencies: [],
  },
  {
    id: 'et-h20-08-pikk-kam-taimsed-toiduained-jaeketid-baltikum',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Nelisada Kaheksa',
    email: 'k1408.kam@example.com',
    phone: '+372 5015 8832',
    contactLines: ['Tallinn (Nõmme)', 'linkedin.example.com/in/k1408'],
    tagline: 'Key Account Manager, Baltikum – mahe- ja taimsed toiduained',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Pädevused',
    },
    profile: [
      '22 aastat toidukaupade müüki, neist 12 aastat võtmeklientidega. Vastutan taimsete jookide, jogurtite ja ' +
        'mahetoodete müügi eest Baltimaade jaekettides: minu kliendid on 6 ketti Eestis, Lätis ja Leedus (kokku ligi ' +
        '1 200 kauplust). Minu klientide ostud olid 2025. aastal 9,4 mln €. Sortimendi, hinnad ja kampaaniad lepin ' +
        'kokku kettide kategooriajuhtidega, kes otsustavad, mis riiulile jõuab.',
      'Juhin kolmeliikmelist merchandiser’ite tiimi Eestis ja kahte müügiesindajat Lätis.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager (Baltikum)',
        'Roheline Põld Foods AS',
        '2019-10',
        null,
        true,
        'oktoober 2019 – praegu',
        [
          'aastaläbirääkimised kuue jaeketiga: listingud, hinnad, turundustoetused',
          'uute toodete lansseerimine – 2024. aastal 18 uut toodet',
          'kategooriaülevaated (NielsenIQ, kettide müügiandmed) ja promoplaanid',
          'merchandiser’ite ja Läti müügiesindajate juhendamine',
          'koostöö tootearenduse ja logistikaga',
          'ettevõtte käive 2025: 38 mln €',
        ],
        'Tallinn',
      ),
      job(
        'Võtmekliendihaldur',
        'Piimaküla Meierei AS',
        '2014-04',
        '2019-09',
        true,
        '2014 aprill – 2019 september',
        [
          'Eesti kolm suurimat jaeketti ja kaks hulgifirmat',
          'lapsehoolduspuhkusel 10 kuud (2016–2017), töösuhe jätkus',
        ],
        'Tallinn',
      ),
      job(
        'Müügiesindaja',
        'Piimaküla Meierei AS',
        '2009',
        '2014-03',
        true,
        '2009 – 2014 märts',
        ['Harju- ja Raplamaa kauplused, ca 150 müügikohta'],
        'Tallinn',
      ),
      job(
        'Merchandiser',
        'Balti Toiduteenus OÜ',
        '2006',
        '2009-03',
        false,
        '2006 – 2009 märts',
        ['kaupade väljapanek ja kampaaniapinnad kauplustes'],
        'Tallinn',
      ),
      job('Müüja', 'Mustika Toidupood OÜ', '2004', '2006', true, 'suvi 2004 – 2006', undefined, 'Tallinn'),
    ],
    education: [
      edu('bakalaureus', 'Tallinna Tehnikaülikool, ärikorraldus (turundus), bakalaureus, 2003–2008 (sessioonõpe)', {
        field: 'ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2003,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Key Account Management', 'Key Account Management, 2015'),
      named('Kategooriajuhtimine jaekaubanduses', 'Kategooriajuhtimine jaekaubanduses, 2018'),
      named('Strateegilised läbirääkimised', 'Strateegilised läbirääkimised, 2021'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('fi', 'B1', 'soome – B1'),
      lang('lv', 'A2', 'läti – A2 (õpin)'),
    ],
    skills: [
      'Läbirääkimised',
      'Kategooriajuhtimine',
      'Analüütiline mõtlemine',
      'Excel (pivot, Power Query), Power BI, SAP',
    ],
    clientBase: { activeAccounts: 6, annualRevenueEur: 9_400_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation', 'teamwork'],
  },
  {
    id: 'et-h20-09-vilistlane-telekomipood-muugikonsultant-ei-portfelli',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Tuhat Nelisada Üheksa',
    email: 'k1409.tudeng@example.net',
    phone: '5881 2249',
    contactLines: ['Tartu (pärit Jõgevalt)'],
    tagline: 'Värske vilistlane – otsin tööd ettevõtete kliendihalduses',
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Lõpetasin 2025. aasta juunis Tartu Ülikoolis majandusteaduse bakalaureuseõppe. Praegu müün telekomipoes ' +
        'eraklientidele mobiilsidelepinguid, telefone ja koduinternetti – kuus keskmiselt 90 lepingut, poe kuuplaan ' +
        'on 350 lepingut. Järgmise sammuna tahaksin liikuda ettevõtete müüki.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügikonsultant',
        'Sidemaailm AS',
        '2025-08',
        null,
        true,
        'alates 08.2025',
        ['lepingute ja seadmete müük eraklientidele Lõunakeskuse esinduses', 'järelmaksu- ja seadmekindlustuse lisad'],
        'Tartu',
      ),
      job(
        'Klienditoe konsultant',
        'Rattaringlus OÜ',
        '2022-09',
        '2025-06',
        false,
        '09.2022 – 06.2025 (osaajaga)',
        ['telefoni- ja vestlustugi linnarataste kasutajatele'],
        'Tartu',
      ),
      job('Müüja', 'Jõgeva Aiand OÜ', '2021', '2021', true, 'suvi 2021', ['taimed ja aiatarbed'], 'Jõgeva'),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vabatahtlik tegevus' },
      {
        kind: 'bullets',
        items: ['Majandusteaduskonna tudengiesinduse juhatuse liige, 2023–2024', 'Toidupanga kogumispäevad, 2022–2025'],
      },
    ],
    education: [
      edu('bakalaureus', 'Tartu Ülikool, majandusteadus, bakalaureuseõpe (BA), 2022–2025', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2022,
        endYear: 2025,
      }),
      edu('keskharidus', 'Jõgeva Gümnaasium, keskharidus, 2022', { institution: 'Jõgeva Gümnaasium', endYear: 2022 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Meeskonnatöö', 'Excel, Power BI (algtase)', 'Juhiluba B'],
    clientBase: null,
    competencies: ['communication', 'teamwork'],
  },
  {
    id: 'et-h20-10-linkedin-tekst-pilveteenused-karjaaripaus-hooldus',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Nelisada Kümme',
    email: 'k1410.cloud@example.com',
    phone: null,
    contactLines: ['linkedin.example.com/in/k-1410'],
    tagline: 'Kliendisuhete juht | Pilve- ja andmekeskuse teenused | Eesti · Läti · Soome',
    afterContact: [{ kind: 'paragraph', text: 'Harjumaa, Eesti · 412 kontakti' }],
    headings: {
      profile: 'Teave',
      work: 'Kogemus',
      education: 'Haridus',
      certifications: 'Litsentsid ja sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Aitan keskmise suurusega ettevõtetel oma serverid pilve ja andmekeskusse kolida. Minu portfellis on 38 ' +
        'ettevõtet Eestis, Lätis ja Soomes (tootmine, e-kaubandus, finantsteenused); nende püsitasud (ARR) on kokku ' +
        '2,3 mln €. Lepingud allkirjastavad klientide IT-juhid ja tegevjuhid, kellega arhitektuuri ja hinnad läbi ' +
        'arutan. Ettevõtte ARR on 19 mln €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Kliendisuhete juht', 'Pilvekoda AS', '2021-01', null, true, 'jaan 2021 – praegu · 5 a 11 k'),
        lines: [
          'Pilvekoda AS',
          'Täiskohaga · 9 a 9 k',
          'Kliendisuhete juht',
          'jaan 2021 – praegu · 5 a 11 k',
          'Tallinn, Harjumaa, Eesti · Hübriidtöö',
        ],
        bullets: [
          'Uued lepingud ja laiendused olemasolevatele klientidele, kvartaalsed ülevaated, hinnaläbirääkimised. ' +
            'Oskused: Läbirääkimised · Kliendisuhted',
        ],
      },
      {
        ...job(
          'Lahenduste konsultant',
          'Pilvekoda AS',
          '2017-03',
          '2020-12',
          false,
          'märts 2017 – dets 2020 · 3 a 10 k',
        ),
        lines: ['Lahenduste konsultant', 'märts 2017 – dets 2020 · 3 a 10 k', 'Tallinn, Eesti'],
        bullets: [
          'Tehnilised lahendused ja hinnakalkulatsioonid müügimeeskonnale; migratsiooniprojektide planeerimine.',
        ],
      },
      {
        ...job(
          'Süsteemiadministraator',
          'Tartu Linnavalitsus',
          '2011-08',
          '2016-04',
          false,
          'aug 2011 – apr 2016 · 4 a 9 k',
        ),
        lines: [
          'Karjääripaus',
          'Pereliikme hooldamine',
          'mai 2016 – veebr 2017 · 10 k',
          'Süsteemiadministraator',
          'Tartu Linnavalitsus · Täiskohaga',
          'aug 2011 – apr 2016 · 4 a 9 k',
          'Tartu, Eesti',
        ],
      },
    ],
    closing: [
      { kind: 'heading', text: 'Tegevus' },
      {
        kind: 'paragraph',
        text: 'Valmistun AWS Certified Solutions Architect – Associate eksamiks, plaanis 2027. aasta alguses.',
      },
    ],
    education: [
      edu('bakalaureus', 'Tartu Ülikool · Bakalaureus, informaatika · 2008 – 2011', {
        field: 'informaatika',
        institution: 'Tartu Ülikool',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'AWS Certified Cloud Practitioner',
        'AWS Certified Cloud Practitioner · Väljastaja: Amazon Web Services · Väljastatud märts 2023',
      ),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel · Emakeel või kakskeelne'),
      lang('en', 'C1', 'Inglise keel · Täielik tööalane keeleoskus'),
      lang('fi', 'B2', 'Soome keel · Tööalane keeleoskus'),
      lang('ru', 'B1', 'Vene keel · Piiratud tööalane keeleoskus'),
    ],
    skills: ['Läbirääkimised', 'Kliendisuhted', 'Pilvetehnoloogia', 'Microsoft Azure', 'VMware'],
    clientBase: { activeAccounts: 38, annualRevenueEur: 2_300_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'et-h20-11-uus-europass-suruohk-muugiinsener-leedulane',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Nelisada Üksteist',
    email: 'k1411.suruohk@example.org',
    phone: '+372 5823 4409',
    contactLines: ['Kodakondsus: Leedu', 'Sünniaeg: 09/10/1987', 'Aadress: Tallinn, Eesti (Kodu)'],
    headings: {
      profile: 'MINUST',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS JA KOOLITUS',
      courses: 'KOOLITUSED',
      certifications: 'SERTIFIKAADID',
      languages: 'KEELEOSKUS',
      skills: 'OSKUSED',
    },
    profile: [
      'Mehaanikainsener Kaunasest, elan Tallinnas 2014. aastast. Müün tööstusele suruõhu- ja vaakumsüsteeme ning ' +
        'nende hooldust. Minu kliendid on 55 tootmisettevõtet Eestis ja Lätis (toiduaine-, puidu- ja ' +
        'metallitööstus); 2025. aastal ostsid nad minu kaudu seadmeid ja hooldust ~2,7 mln € eest. Investeeringud ' +
        'otsustavad klientide tootmisjuhid ja tehnilised direktorid, kellega koos arvutame välja energiasäästu.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiinsener', 'Põhja Suruõhk OÜ', '2020-04', null, true, '[ 01/04/2020 – Praegu ]'),
        lines: ['[ 01/04/2020 – Praegu ]', 'Müügiinsener', 'Põhja Suruõhk OÜ', 'Linn: Tallinn | Riik: Eesti'],
        bullets: [
          'suruõhusüsteemide auditid ja lekkemõõtmised tehastes',
          'pakkumised, liisingulahendused ja hoolduslepingud',
          'Läti turu käivitamine 2022. aastal koos Riia edasimüüjaga',
        ],
      },
      {
        ...job('Hooldusinsener', 'Kompressorikeskus AS', '2014-09', '2020-03', false, '[ 15/09/2014 – 31/03/2020 ]'),
        lines: ['[ 15/09/2014 – 31/03/2020 ]', 'Hooldusinsener', 'Kompressorikeskus AS', 'Linn: Tallinn | Riik: Eesti'],
        bullets: ['kompressorite hooldus ja remont, varuosade pakkumised'],
      },
      {
        ...job('Konstruktor', 'UAB Kauno mechanika', '2011-07', '2014-08', false, '[ 01/07/2011 – 31/08/2014 ]'),
        lines: ['[ 01/07/2011 – 31/08/2014 ]', 'Konstruktor', 'UAB Kauno mechanika', 'Linn: Kaunas | Riik: Leedu'],
        bullets: ['toiduainetööstuse konveierite ja mahutite konstrueerimine'],
      },
    ],
    education: [
      edu(
        'magistrikraad',
        '[ 2009 – 2011 ] Kauno technologijos universitetas – mehaanikatehnika, magistrikraad | EKR tase 7',
        { field: 'mehaanikatehnika', institution: 'Kauno technologijos universitetas', startYear: 2009, endYear: 2011 },
      ),
      edu(
        'bakalaureusekraad',
        '[ 2005 – 2009 ] Kauno technologijos universitetas – mehaanikatehnika, bakalaureusekraad | EKR tase 6',
        { field: 'mehaanikatehnika', institution: 'Kauno technologijos universitetas', startYear: 2005, endYear: 2009 },
      ),
    ],
    courses: [
      named('Eesti keele B1 kursus', '[ 2016 ] Eesti keele B1 kursus'),
      named('Energiatõhusad suruõhusüsteemid', '[ 2021 ] Energiatõhusad suruõhusüsteemid (tootja akadeemia, Belgia)'),
    ],
    certifications: [named('ISO 50001 siseaudiitor', '[ 2022 ] ISO 50001 siseaudiitor')],
    languages: [
      lang('lt', 'native', ''),
      lang('ru', 'C1', ''),
      lang('en', 'B2', ''),
      lang('et', 'B1', ''),
      lang('lv', 'A2', ''),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): leedu (lietuvių)' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed):' },
      {
        kind: 'paragraph',
        text: 'vene keel – KUULAMINE C1 | LUGEMINE C1 | KIRJUTAMINE B2 | SUULINE SUHTLUS C1 | SUULINE ESITUS C1',
      },
      {
        kind: 'paragraph',
        text: 'inglise keel – KUULAMINE B2 | LUGEMINE B2 | KIRJUTAMINE B2 | SUULINE SUHTLUS B2 | SUULINE ESITUS B1',
      },
      {
        kind: 'paragraph',
        text: 'eesti keel – KUULAMINE B1 | LUGEMINE B1 | KIRJUTAMINE A2 | SUULINE SUHTLUS B1 | SUULINE ESITUS B1',
      },
      {
        kind: 'paragraph',
        text: 'läti keel – KUULAMINE A2 | LUGEMINE A2 | KIRJUTAMINE A1 | SUULINE SUHTLUS A2 | SUULINE ESITUS A1',
      },
    ],
    skills: ['Tehniline müük', 'SolidWorks, AutoCAD', 'Microsoft Dynamics 365'],
    closing: [
      { kind: 'heading', text: 'JUHILOAD' },
      { kind: 'paragraph', text: 'Juhiluba: B' },
    ],
    clientBase: { activeAccounts: 55, annualRevenueEur: 2_700_000, segment: 'international', decisionMakers: true },
    competencies: ['sales'],
  },
  {
    id: 'et-h20-12-vana-europass-veepuhastus-rakvere',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Nelisada Kaksteist',
    nameLine: 'Europass Elulookirjeldus',
    email: 'k1412.vesi@example.com',
    phone: '+372 5306 1288',
    contactLines: ['Aadress: Rakvere, Lääne-Virumaa'],
    afterContact: [
      { kind: 'heading', text: 'Isikuandmed' },
      {
        kind: 'table',
        rows: [
          ['Ees- ja perekonnanimi', 'Kandidaat Tuhat Nelisada Kaksteist'],
          ['Kodakondsus', 'eesti'],
          ['Sünniaeg', '22.05.1979'],
          ['Sugu', 'mees'],
        ],
      },
      { kind: 'heading', text: 'Soovitud töökoht / tegevusala' },
      { kind: 'paragraph', text: 'Müügijuht, tööstuslikud veepuhastuslahendused' },
    ],
    headings: {
      work: 'Töökogemus',
      education: 'Haridus ja koolitus',
      courses: 'Täiendkoolitus',
      certifications: 'Kutsetunnistused',
      languages: 'Keeleoskus',
      skills: 'Tehnilised oskused ja pädevused',
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
        'Virumaa Veetehnika OÜ',
        '2014-06',
        null,
        true,
        '06/2014 →',
        [
          'veetöötlusseadmete (filtrid, pöördosmoos, UV) müük toiduaine- ja metallitööstusele, farmidele ja hotellidele',
          'minu kliente on ligi 50 ettevõtet Lääne- ja Ida-Virumaal ning Järvamaal',
          'hoolduslepingute müük – 2025. aastal 34 uut lepingut',
          'ettevõtte aastakäive ca 4 mln €',
        ],
        'Rakvere',
      ),
      job(
        'Hooldustehnik',
        'Virumaa Veetehnika OÜ',
        '2009-09',
        '2014-05',
        false,
        '09/2009 – 05/2014',
        ['seadmete paigaldus, hooldus ja veeanalüüsid klientide juures'],
        'Rakvere',
      ),
      job(
        'Veepuhastusjaama operaator',
        'Rakvere Veevärk AS',
        '2003',
        '2009',
        false,
        '2003 – 2009',
        ['puhastusjaama seire ja laborianalüüsid'],
        'Rakvere',
      ),
    ],
    afterJobs: [
      {
        kind: 'table',
        rows: [
          ['Kuupäevad', '1998 – 1999'],
          ['Amet või ametikoht', 'Ajateenistus'],
          ['Tööandja nimi ja aadress', 'Kaitsevägi, Viru jalaväepataljon, Jõhvi'],
        ],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tallinna Tehnikakõrgkool, keskkonnatehnoloogia ja juhtimine, rakenduskõrgharidus, 2005–2009 (kaugõpe)',
        {
          field: 'keskkonnatehnoloogia ja juhtimine',
          institution: 'Tallinna Tehnikakõrgkool',
          startYear: 2005,
          endYear: 2009,
        },
      ),
      edu('kutsekeskharidus', 'Rakvere Ametikool, veevärgitehnik, kutsekeskharidus, 1995–1998', {
        field: 'veevärgitehnik',
        institution: 'Rakvere Ametikool',
        startYear: 1995,
        endYear: 1998,
      }),
    ],
    courses: [named('Müügitehnikad ja läbirääkimised', 'Müügitehnikad ja läbirääkimised, 2015')],
    certifications: [named('Veekäitleja, tase 4', 'Veekäitleja, tase 4 (kutsetunnistus, 2008)')],
    languages: [lang('et', 'native', ''), lang('ru', 'B1', ''), lang('en', 'B1', ''), lang('fi', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel: eesti' },
      {
        kind: 'table',
        header: ['Keel', 'Kuulamine', 'Lugemine', 'Suhtlus', 'Esitus', 'Kirjutamine'],
        rows: [
          [
            'vene',
            'B2 Iseseisev keelekasutaja',
            'B2 Iseseisev keelekasutaja',
            'B1 Iseseisev keelekasutaja',
            'B1 Iseseisev keelekasutaja',
            'B1 Iseseisev keelekasutaja',
          ],
          [
            'inglise',
            'B1 Iseseisev keelekasutaja',
            'B2 Iseseisev keelekasutaja',
            'B1 Iseseisev keelekasutaja',
            'B1 Iseseisev keelekasutaja',
            'A2 Algtasemel keelekasutaja',
          ],
          [
            'soome',
            'A2 Algtasemel keelekasutaja',
            'A2 Algtasemel keelekasutaja',
            'A2 Algtasemel keelekasutaja',
            'A1 Algtasemel keelekasutaja',
            'A1 Algtasemel keelekasutaja',
          ],
        ],
      },
    ],
    skills: [
      'Veeanalüüsid ja doseerimisseadmete seadistamine',
      'AutoCAD (põhitase)',
      'ADR-tunnistus (kehtivus lõppes 2021)',
    ],
    closing: [
      { kind: 'heading', text: 'Sotsiaalsed oskused ja pädevused' },
      {
        kind: 'paragraph',
        text:
          'Rahulik ja kannatlik, oskan tehnilisi asju lihtsalt selgitada. Meeskonnatöö kogemus hooldusbrigaadis ja ' +
          'uute tehnikute väljaõpetamisel.',
      },
    ],
    clientBase: { activeAccounts: 50, segment: 'regional_smb' },
    competencies: ['teamwork'],
  },
  {
    id: 'et-h20-13-proosa-juuksurist-salongitoodete-muugiesindajaks-parnu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Nelisada Kolmteist',
    email: 'k1413.salong@example.org',
    phone: '+372 5112 9034',
    contactLines: ['Pärnu'],
    headings: {
      profile: 'Kes ma olen',
      work: 'Minu lugu',
      education: 'Õpingud',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Tugevused',
    },
    profile: [
      'Juuksur, kes müüb nüüd juuksuritele. Otsin müügijuhi või võtmekliendihalduri tööd ilu- või tervisetoodete ' +
        'alal Lääne-Eestis.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('müügiesindaja', 'Salongitoode OÜ', '2020-01', null, true, 'alates 2020. aasta jaanuarist'),
        lines: [
          'Alates 2020. aasta jaanuarist olen Salongitoode OÜ müügiesindaja Lääne-Eestis. Müün professionaalseid ' +
            'juuksehooldus- ja värvitooteid ning korraldan salongidele tootekoolitusi. Minu kliente on 140 – ' +
            'juuksuri- ja ilusalongid Pärnu-, Lääne- ja Saaremaal. 2025. aastal tellisid nad minult tooteid ' +
            '520 000 € eest. Tellimuste üle otsustavad salongide omanikud, kellest paljusid tunnen veel juuksuriajast.',
        ],
      },
      {
        ...job('juuksur', 'Iluateljee Rannapiiga OÜ', '2014-05', '2019', false, '2014. aasta maist 2019. aasta lõpuni'),
        lines: [
          '2014. aasta maist 2019. aasta lõpuni töötasin juuksurina Iluateljee Rannapiiga OÜ-s Pärnu kesklinnas, ' +
            'viimased kolm aastat vastutasin ka salongi tootetellimuste eest.',
        ],
      },
      {
        ...job('juuksur', 'Pärnu Ilumaja OÜ', '2006-09', '2012-03', false, 'septembrist 2006 kuni märtsini 2012'),
        lines: [
          'Pärast kutsekooli olin septembrist 2006 kuni märtsini 2012 juuksur Pärnu Ilumaja OÜ-s. Seejärel olin ' +
            'kaks aastat lastega kodus.',
        ],
      },
    ],
    education: [
      edu('kutseharidus', 'Pärnumaa Kutsehariduskeskus, juuksur, kutseharidus keskhariduse baasil, 2004–2006', {
        field: 'juuksur',
        institution: 'Pärnumaa Kutsehariduskeskus',
        startYear: 2004,
        endYear: 2006,
      }),
      edu('keskharidus', 'Pärnu Koidula Gümnaasium, keskharidus, 2004', {
        institution: 'Pärnu Koidula Gümnaasium',
        endYear: 2004,
      }),
    ],
    courses: [
      named('Värvitehnikate meistriklass', 'Värvitehnikate meistriklass, Milano, 2018'),
      named('Esinemis- ja koolitajaoskused', 'Esinemis- ja koolitajaoskused, 2021'),
    ],
    certifications: [named('Juuksur, tase 4', 'Juuksur, tase 4 (2006)')],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('fi', 'B1', ''), lang('ru', 'A2', '')],
    languagesText: [
      'Eesti keel on emakeel. Inglise keeles saan tööasjad aetud (hea), soome keelt räägin suhtlustasemel – Pärnus ' +
        'on palju Soome kliente. Vene keelt oskan natuke.',
    ],
    skills: ['Kliendikeskne', 'Koolituste läbiviimine salongides', 'Juhiluba B ja oma auto'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Juuksur-stilisti tase 5 kutsetunnistus aegus 2020. aastal, seda ma ei pikendanud.',
      },
    ],
    clientBase: { activeAccounts: 140, annualRevenueEur: 520_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'et-h20-14-funktsionaalne-kaalud-kassasusteemid-louna-eesti',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Nelisada Neliteist',
    email: 'k1414.kassa@example.net',
    phone: '+372 5551 7093',
    contactLines: ['Võru', 'Juhiluba B'],
    afterContact: [
      { kind: 'heading', text: 'KOKKUVÕTE' },
      {
        kind: 'paragraph',
        text:
          'Müün ja hooldan kaubanduskaale, kassasüsteeme ja hinnasildiprintereid. Minu kliendid on umbes 210 ' +
          'väikekauplust, kohvikut, turukaupmeest ja tanklat Võru-, Põlva- ja Valgamaal. Enamik neist on ' +
          'pereettevõtted, kus ostuotsuse teeb omanik ise.',
      },
      { kind: 'heading', text: 'MÜÜK JA LÄBIRÄÄKIMISED' },
      {
        kind: 'bullets',
        items: [
          '2025. aastal müüsin 64 kassasüsteemi, neist 40 uutele klientidele',
          'hinnad ja liisingutingimused lepin omanikega kokku kohapeal',
          'ettevõtte käive 2025: 3,2 mln €, Lõuna-Eesti osa sellest ligi kolmandik',
        ],
      },
      { kind: 'heading', text: 'KLIENDISUHTED' },
      {
        kind: 'bullets',
        items: [
          'käin iga kliendi juures vähemalt kord aastas kaalude taatluse ajal',
          'tunnen enamikku omanikke isiklikult, paljud on minu kliendid juba tehniku ajast',
        ],
      },
      { kind: 'heading', text: 'PLANEERIMINE' },
      {
        kind: 'bullets',
        items: ['kolme hooldustehniku nädalagraafik', 'taatluste ja hoolduste aastakava'],
      },
    ],
    headings: {
      work: 'TÖÖKÄIK',
      education: 'HARIDUS',
      courses: 'KOOLITUSED',
      certifications: 'KUTSETUNNISTUSED',
      languages: 'KEELED',
      skills: 'ARVUTIOSKUS',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      job('Piirkonnamüügijuht', 'Kagu Kaubandustehnika OÜ', '2019', null, true, '2019 – tänaseni', undefined, 'Võru'),
      job('Hooldustehnik', 'Kagu Kaubandustehnika OÜ', '2012', '2018', false, '2012 – 2018', undefined, 'Võru'),
      job('Elektrik', 'Võru Elektritööd OÜ', '2009', '2012', false, '2009 – 2012', undefined, 'Võru'),
    ],
    education: [
      edu('kutsekeskharidus', 'Võrumaa Kutsehariduskeskus, elektrik, kutsekeskharidus, 2005–2009', {
        field: 'elektrik',
        institution: 'Võrumaa Kutsehariduskeskus',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [
      named(
        'Kassasüsteemide paigaldus ja seadistamine',
        'Kassasüsteemide paigaldus ja seadistamine (tootja koolitus, Riia), 2014',
      ),
    ],
    certifications: [named('Elektrik, tase 4', 'Elektrik, tase 4 (2010)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('lv', 'A2', 'läti – algtase'),
    ],
    skills: ['Excel, Merit Aktiva, Directo', 'Kassatarkvarad ja kaalude seadistusprogrammid'],
    clientBase: { activeAccounts: 210, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building', 'sales'],
  },
  {
    id: 'et-h20-15-iga-too-uhel-real-viljakuivatid-valga-1991',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Nelisada Viisteist',
    email: 'k1415.valga@example.com',
    phone: '+371 2644 8120',
    contactLines: ['Valga / Valka (elan Läti poolel)', 'Sündinud 1967'],
    tagline: 'Müügijuht – viljakuivatid, punkrid ja hoidlad',
    headings: {
      profile: 'Lühidalt',
      work: 'Tööd',
      education: 'Haridus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Muud oskused',
    },
    profile: [
      'Läti-eesti perest, kasvasin üles Valgas ja Valkas. 35 aastat põllumajandustehnikas, neist üle 30 aasta müügis. ' +
        'Müün teraviljakuivateid, punkreid ja silohoidlaid koos paigaldusega. Minu kliendid on ligi 90 teravilja- ja ' +
        'segafarmi Lõuna-Eestis ja Põhja-Lätis; 2025. aastal ostsid nad minult seadmeid ja varuosi 3,3 mln € eest. ' +
        'Tehingud teen talude omanikega, Läti talunikega räägin läti keeles.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Müügijuht',
        'Agrokuivatid OÜ',
        '2003',
        null,
        true,
        '2003 – praegu',
        [
          'kuivatite ja hoidlate projektid võtmed kätte',
          '2015. aastast ka Läti klientide müük',
          'juhendan kahte nooremat müügiesindajat',
        ],
        'Valga',
      ),
      job(
        'Põllumajandustehnika müüja',
        'Valga Agroteenindus AS',
        '1994',
        '2003',
        true,
        '1994 – 2003',
        ['traktorite, kombainide ja varuosade müük talunikele'],
        'Valga',
      ),
      job(
        'Mehaanik',
        'Sihva Ühismajand',
        '1991',
        '1994',
        false,
        '1991 – 1994',
        ['kombainide ja kuivatite remont'],
        'Valgamaa',
      ),
    ],
    afterJobs: [
      {
        kind: 'bullets',
        items: ['1985 – 1987: Nõukogude armee, ajateenistus (Kaliningradi oblast)'],
      },
    ],
    education: [
      edu(
        'kõrgharidus',
        'Eesti Põllumajanduse Akadeemia, põllumajanduse mehhaniseerimine, kõrgharidus (diplom), 1987–1991',
        {
          field: 'põllumajanduse mehhaniseerimine',
          institution: 'Eesti Põllumajanduse Akadeemia',
          startYear: 1987,
          endYear: 1991,
        },
      ),
      edu('kutsekeskharidus', 'Väimela Sovhoostehnikum, mehhaniseerimine, keskeriharidus, 1982–1985', {
        field: 'mehhaniseerimine',
        institution: 'Väimela Sovhoostehnikum',
        startYear: 1982,
        endYear: 1985,
      }),
    ],
    courses: [named('Viljakuivatite automaatika', 'Viljakuivatite automaatika (tootja koolitus, Soome), 2018')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('lv', 'native', 'läti keel (latviešu valoda) – emakeel'),
      lang('ru', 'C1', 'vene keel – vabalt'),
      lang('en', 'A2', 'inglise keel – algtase'),
    ],
    skills: ['Läbirääkimised talunikega', 'AutoCAD (lihtsamad plaanid)', 'Juhiload B, C, T'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 3_300_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h20-16-tabel-ettevote-ees-telereklaam-kliendijuht',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Nelisada Kuusteist',
    email: 'k1416.tv@example.net',
    phone: '+372 5690 2278',
    contactLines: ['Tallinn, Kristiine'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      workTable: ['Ettevõte', 'Ametikoht', 'Aeg'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müün telereklaami ja saadete sponsorlust. Minu vastutada on 60 otsereklaamiandjat ja 9 meediaagentuuri, ' +
        'kokku 69 klienti üle Eesti; nende reklaamitellimused meie kanalitel olid 2025. aastal 3,4 mln €. ' +
        'Igapäevaselt suhtlen klientide turundusjuhtide ja agentuuride meediaplaneerijatega. Meediagrupi käive on ' +
        'üle 60 mln €.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job('Reklaamimüügi kliendijuht', 'Kanal Põhja Meedia AS', '2018-05', null, true, 'mai 2018 – ...', [
        'aasta- ja kampaanialepingud reklaamiandjate ja agentuuridega',
        'sponsorluspakettide koostamine saadetele',
        'koostöö programmi- ja turundusosakonnaga',
      ]),
      job('Meediaplaneerija', 'Meediapunkt OÜ', '2014', '2018-04', false, '2014 – aprill 2018', [
        'kampaaniate meediaplaanid ja ostud klientide eelarvete piires (kokku ~4 mln € aastas)',
      ]),
      job('Müügipraktikant', 'Kanal Põhja Meedia AS', '2013', '2013', false, 'suvi 2013'),
    ],
    education: [
      edu('ma', 'Tallinna Ülikool, meediauuringud, MA, 2012–2014', {
        field: 'meediauuringud',
        institution: 'Tallinna Ülikool',
        startYear: 2012,
        endYear: 2014,
      }),
      edu('ba', 'Tartu Ülikool, ajakirjandus ja kommunikatsioon, BA, 2009–2012', {
        field: 'ajakirjandus ja kommunikatsioon',
        institution: 'Tartu Ülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [named('Sponsorluse müük ja aktiveerimine', 'Sponsorluse müük ja aktiveerimine, 2019')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B1', ''), lang('fr', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Arusaamine', 'Rääkimine', 'Kirjutamine'],
        rows: [
          ['eesti', 'emakeel', 'emakeel', 'emakeel'],
          ['inglise', 'C1', 'C1', 'B2'],
          ['vene', 'B2', 'B1', 'B1'],
          ['prantsuse', 'A2', 'A1', 'A2'],
        ],
      },
    ],
    skills: ['Meediaplaneerimine (Kantar, Adform)', 'Veenev esineja', 'Läbirääkimised', 'Ettevõtlik'],
    clientBase: { activeAccounts: 69, annualRevenueEur: 3_400_000, segment: 'national' },
    competencies: ['entrepreneurship', 'negotiation', 'persuasiveness', 'teamwork'],
  },
  {
    id: 'et-h20-17-canva-tuuleenergia-ppa-arendusjuht-suurtarbijad',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Nelisada Seitseteist',
    email: 'k1417.ppa@example.com',
    phone: '+372 5220 4817',
    contactLines: ['Tartu / Tallinn', 'linkedin.example.com/in/k1417'],
    tagline: 'ÄRIARENDUSJUHT | TAASTUVENERGIA PPA-LEPINGUD',
    headings: {
      contact: 'KONTAKT',
      profile: 'PROFIIL',
      work: 'KOGEMUS',
      education: 'HARIDUS',
      courses: 'KOOLITUSED',
      certifications: 'SERTIFIKAADID',
      languages: 'KEELED',
      skills: 'TUGEVUSED',
    },
    profile: [
      'Sõlmin tööstusettevõtetega pikaajalisi tuuleenergia ostulepinguid (PPA). Minu kliendid on 12 suurtarbijat ' +
        'Eestis ja Soomes – tsemendi-, paberi- ja toiduainetööstus ning andmekeskused; nende aastane elektriarve ' +
        'meile on kokku ca 11 mln €. Lepingud allkirjastavad klientide juhatused ja finantsjuhid. Ettevõtte ' +
        'tuuleparkide koguvõimsus on 450 MW ja käive oli 2025. aastal 180 mln €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Äriarendusjuht',
        'Tuulevara Energia AS',
        '2021-03',
        null,
        true,
        'Alates 2021. aasta märtsist',
        [
          'PPA-lepingute struktureerimine ja läbirääkimised',
          'hinnamudelid koos riskijuhtimisega',
          'uute klientide leidmine Soomes',
        ],
        'Tallinn',
      ),
      job(
        'Energiaanalüütik',
        'Tuulevara Energia AS',
        '2017',
        '2021-02',
        false,
        '2017 – veebruar 2021',
        ['elektrituru hinnaprognoosid ja tootmismudelid'],
        'Tallinn',
      ),
      job('Praktikant', 'Põhivõrk AS', '2016', '2016', false, 'suvi 2016', ['võrguühenduste andmeanalüüs'], 'Tallinn'),
    ],
    education: [
      edu('msc', 'Tallinna Tehnikaülikool, energiamajandus, MSc, 2015–2017', {
        field: 'energiamajandus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2015,
        endYear: 2017,
      }),
      edu('bsc', 'Tartu Ülikool, füüsika, BSc, 2012–2015', {
        field: 'füüsika',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [named('Elektriturgude kauplemine', 'Elektriturgude kauplemine (Nord Pool Academy), 2020')],
    certifications: [named('PRINCE2 Foundation', 'PRINCE2 Foundation (2019)')],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'C1', 'Inglise keel – C1'),
      lang('fi', 'B2', 'Soome keel – B2'),
      lang('sv', 'A2', 'Rootsi keel – A2'),
    ],
    skills: ['Finantsanalüüs ja hinnamudelid', 'Läbirääkimised', 'Analüütiline', 'Python, Excel/VBA'],
    closing: [{ kind: 'paragraph', text: 'CFA Level II – kandidaat, eksam 2027. aasta mais.' }],
    clientBase: { activeAccounts: 12, annualRevenueEur: 11_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'financial_analysis', 'negotiation'],
  },
  {
    id: 'et-h20-18-hooajad-golfiklubi-ettevotete-liikmesused-saue',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Nelisada Kaheksateist',
    email: 'k1418.golf@example.org',
    phone: '+372 5877 3361',
    contactLines: ['Saue, Harjumaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen golfiklubis töötanud 2012. aastast – alustasin suviti väljakul, nüüd müün ettevõtetele liikmesusi, ' +
        'turniire ja suvepäevi. Minu kliente on 85 ettevõtet Tallinnas ja Harjumaal; nende liikmesused ja üritused ' +
        'tõid klubile 2025. aastal 410 000 €. Klubi kogukäive on ca 2,5 mln €.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Müügijuht (ettevõtted)',
        'Rannametsa Golf OÜ',
        '2019',
        null,
        true,
        'kevad 2019 – praegu',
        [
          'ettevõtete liikmesuspaketid, turniirid ja suvepäevad',
          'hooaja (aprill–oktoober) ürituste kalender ja planeerimine koos väljakumeeskonnaga',
          'talvel simulaatorikeskuse üritused',
        ],
        'Harjumaa',
      ),
      job(
        'Pro-shopi müüja',
        'Rannametsa Golf OÜ',
        '2016',
        '2018',
        true,
        'hooajad 2016–2018 (aprill–oktoober)',
        undefined,
        'Harjumaa',
      ),
      job('Väljakutöötaja', 'Rannametsa Golf OÜ', '2012', '2015', false, 'suved 2012–2015', undefined, 'Harjumaa'),
    ],
    afterJobs: [{ kind: 'bullets', items: ['alates 2017: Kaitseliit, Harju malev – tegevliige (vabatahtlik)'] }],
    education: [
      edu('bba', 'Estonian Business School, ärijuhtimine, BBA, 2014–2018', {
        field: 'ärijuhtimine',
        institution: 'Estonian Business School',
        startYear: 2014,
        endYear: 2018,
      }),
    ],
    courses: [named('Ürituste korraldamine ja ohutus', 'Ürituste korraldamine ja ohutus, 2019')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'B1', 'soome – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Kliendikeskne', 'Algatusvõimeline', 'Golfi tasoitus 8,4', 'Pipedrive, GolfBox'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 410_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'initiative', 'organisation'],
  },
  {
    id: 'et-h20-19-kodulaenu-noustaja-pank-mustamae-ei-portfelli',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Nelisada Üheksateist',
    email: 'k1419.laen@example.com',
    phone: '+372 5628 1904',
    contactLines: ['Tallinn, Mustamäe'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Nõustan eraisikuid kodulaenu valikul ning müün neile pangateenuseid. 2025. aastal sõlmisin 174 kodulaenu ' +
        'lepingut kogumahus 21 mln €; minu isiklik eesmärk oli 150 lepingut. Kliendid on peamiselt noored pered ja ' +
        'esmaostjad Tallinnas. Töötan eesti, vene ja inglise keeles.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Kodulaenu nõustaja',
        'Põhjala Pank AS',
        '2020-10',
        null,
        true,
        '10.2020 – praeguseni',
        [
          'laenuvõimekuse hindamine, pakkumised ja lepingud',
          'kodukindlustuse ja investeerimistoodete ristmüük',
          'partnerlus kinnisvarabüroode ja arendajatega',
        ],
        'Tallinn',
      ),
      job(
        'Klienditeenindaja',
        'Põhjala Pank AS',
        '2016-06',
        '2020-09',
        false,
        '06.2016 – 09.2020',
        ['kontoriteenindus, kaardid ja internetipank', 'klientide suunamine laenu- ja investeerimisnõustajatele'],
        'Tallinn',
      ),
      job(
        'Müüja-kassiir',
        'Mustamäe Toidukaubad OÜ',
        '2014',
        '2016',
        true,
        '2014–2016 (nädalavahetustel)',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureus', 'Tallinna Tehnikaülikool, ärindus, bakalaureus, 2013–2016', {
        field: 'ärindus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2013,
        endYear: 2016,
      }),
      edu('keskharidus', 'Tallinna Läänemere Gümnaasium, keskharidus, 2013', {
        institution: 'Tallinna Läänemere Gümnaasium',
        endYear: 2013,
      }),
    ],
    courses: [
      named('Krediidiandjate ja -vahendajate pädevuskoolitus', 'Krediidiandjate ja -vahendajate pädevuskoolitus, 2020'),
    ],
    certifications: [named('EFA (European Financial Advisor)', 'EFA (European Financial Advisor), 2022')],
    languages: [lang('ru', 'native', ''), lang('et', 'C1', ''), lang('en', 'B2', ''), lang('uk', 'A2', '')],
    languagesText: [
      'Vene keel (русский) – emakeel. Eesti keel – C1 (riigieksam 2012). Inglise keel – B2. Ukraina keelest saan ' +
        'aru (A2).',
    ],
    skills: ['Kliendikeskne', 'Pingekindel', 'Finantsteadmised (laenud, kindlustus)', 'Excel, Salesforce'],
    closing: [{ kind: 'paragraph', text: 'Kinnisvaramaakleri (tase 5) kutseeksam – planeeritud 2027. aasta kevadel.' }],
    clientBase: null,
    competencies: ['customer_focus', 'financial_analysis', 'stress_resistance'],
  },
  {
    id: 'et-h20-20-tabel-kolimisteenused-kliendihaldur-lasnamae',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Nelisada Kakskümmend',
    email: 'k1420.kolimine@example.net',
    phone: '+372 5394 2010',
    contactLines: ['Tallinn, Lasnamäe'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      workTable: ['Amet', 'Ettevõte', 'Periood'],
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen kliendihaldur kolimis- ja arhiiviteenuste ettevõttes. Minu kliendid on 95 ettevõtet ja asutust ' +
        'Tallinnas ja Harjumaal – kontorite kolimine, arhiivide hoiustamine ja dokumentide hävitamine; 2025. aastal ' +
        'tellisid nad meilt teenuseid 780 000 € eest. Suhtlen peamiselt büroojuhtide ja haldusjuhtidega. Ettevõttel ' +
        'on 14 veokit ja 6 000 m² arhiivilao pinda.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job('Kliendihaldur', 'Kolimisabi Baltic OÜ', '2021-01', null, true, '2021 jaanuar – praegu', [
        'pakkumised ja objektiülevaatused',
        'aastalepingud arhiivihoiu ja dokumentide hävitamise teenusele',
        'kaebuste lahendamine',
      ]),
      job('Dispetšer', 'Kolimisabi Baltic OÜ', '2018-03', '2020-12', false, '2018 märts – 2020 detsember'),
      job('Taksojuht', 'FIE', '2019', '2020', false, '2019 – 2020 (nädalavahetustel)'),
      job('Telemüüja', 'Telelink AS', '2016', '2018-02', true, '2016 – 2018 veebruar', [
        'koduinterneti ja teleteenuste müük telefoni teel eraklientidele',
      ]),
    ],
    education: [
      edu('keskharidus', 'Tallinna Kuristiku Gümnaasium, keskharidus, 2015', {
        institution: 'Tallinna Kuristiku Gümnaasium',
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('ru', 'native', ''), lang('et', 'B2', ''), lang('en', 'B1', ''), lang('uk', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Tase'],
        rows: [
          ['vene', 'emakeel'],
          ['eesti', 'B2'],
          ['inglise', 'B1'],
          ['ukraina', 'A2'],
        ],
      },
    ],
    skills: ['Kliendikeskne', 'Suhtlemisoskus', 'Juhiluba B, C'],
    closing: [
      { kind: 'paragraph', text: 'Õppisin 2016–2017 Tallinna Tehnikakõrgkoolis logistikat, õpingud jäid pooleli.' },
    ],
    clientBase: { activeAccounts: 95, annualRevenueEur: 780_000, segment: 'regional_smb' },
    competencies: ['communication', 'customer_focus'],
  },
  {
    id: 'et-h20-21-linkedin-pdf-esteetiline-meditsiin-kliinikud-baltikum',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Nelisada Kakskümmend Üks',
    email: 'k1421.esteetika@example.com',
    phone: '+372 5013 2217',
    contactLines: ['www.linkedin.example.com/in/k1421 (LinkedIn)'],
    tagline: 'Key Account Manager Baltics | Esteetiline meditsiin',
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
      'Endine õde, nüüd kümme aastat esteetilise meditsiini toodete juures. Minu kliendid on 70 esteetilise ' +
        'meditsiini kliinikut ja nahaarsti vastuvõttu Eestis, Lätis ja Leedus; nende ostud minu kaudu olid 2025. ' +
        'aastal 2,9 mln €. Kliinikute omanikud (enamasti arstid ise) otsustavad, milliseid täitematerjale ja ' +
        'seadmeid nad kasutavad, ja nendega lepin kokku ka aastahinnad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager Baltics',
          'Dermaline Baltic OÜ',
          '2019-09',
          null,
          true,
          'september 2019 - praegu (7 aastat 3 kuud)',
        ),
        lines: [
          'Dermaline Baltic OÜ',
          '9 aastat 11 kuud',
          'Key Account Manager Baltics',
          'september 2019 - praegu (7 aastat 3 kuud)',
          'Tallinn, Eesti',
        ],
        bullets: [
          'Läti ja Leedu turu ülevõtmine 2021; kliinikute koolituspäevad ja meistriklassid. Vanemapuhkusel ' +
            '04/2022 – 12/2022.',
        ],
      },
      {
        ...job(
          'Product Specialist',
          'Dermaline Baltic OÜ',
          '2017-01',
          '2019-08',
          false,
          'jaanuar 2017 - august 2019 (2 aastat 8 kuud)',
        ),
        lines: ['Product Specialist', 'jaanuar 2017 - august 2019 (2 aastat 8 kuud)', 'Tallinn, Eesti'],
        bullets: ['Toodete tehniline tugi ja süstetehnikate koolitused arstidele koos müügimeeskonnaga.'],
      },
      {
        ...job(
          'Õde',
          'Ilukliinik Kaunis Nahk OÜ',
          '2012-01',
          '2016-12',
          false,
          'jaanuar 2012 - detsember 2016 (5 aastat)',
        ),
        lines: [
          'Ilukliinik Kaunis Nahk OÜ',
          '5 aastat',
          'Õde',
          'jaanuar 2012 - detsember 2016 (5 aastat)',
          'Tallinn, Eesti',
        ],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tervishoiu Kõrgkool · Rakenduskõrgharidus, õde · (2008 - 2012)', {
        field: 'õde',
        institution: 'Tallinna Tervishoiu Kõrgkool',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('GCP (Good Clinical Practice)', 'GCP (Good Clinical Practice)')],
    languages: [
      lang('et', 'native', 'Eesti keel (Emakeel või kakskeelne)'),
      lang('en', 'C1', 'Inglise keel (Täielik tööalane keeleoskus)'),
      lang('ru', 'B2', 'Vene keel (Tööalane keeleoskus)'),
      lang('lv', 'A2', 'Läti keel (Algtaseme keeleoskus)'),
    ],
    skills: ['Esteetiline meditsiin', 'Key Account Management', 'Kliendisuhted'],
    closing: [{ kind: 'paragraph', text: 'Page 1 of 2' }],
    clientBase: { activeAccounts: 70, annualRevenueEur: 2_900_000, segment: 'international', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'et-h20-22-muugitugi-elektrirattad-haabersti-ei-portfelli',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Nelisada Kakskümmend Kaks',
    email: 'k1422.tugi@example.org',
    phone: '+372 5604 7722',
    contactLines: ['Tallinn, Haabersti'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Töötan müügitoe spetsialistina elektrirataste ja -tõukerataste hulgimüüjas: sisestan tellimused, koostan ' +
        'müügijuhtidele pakkumiste mustandid ja hoian laoseisu korras. Töötlen kuus ca 600 tellimust 140 ' +
        'edasimüüjalt Baltimaades, kuid kliendid ja hinnakokkulepped on müügijuhtide hallata. Soovin liikuda ' +
        'kliendihalduri rolli.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügitoe spetsialist',
        'Velomaailm Baltic OÜ',
        '2023-04',
        null,
        false,
        '04/2023 – praegu',
        [
          'tellimuste sisestus ja tarnete jälgimine (Directo)',
          'pakkumiste ja hinnakirjade ettevalmistus müügijuhtidele',
          'koostöö lao ja raamatupidamisega',
        ],
        'Tallinn',
      ),
      job(
        'Klienditeenindaja',
        'Velomaailm Baltic OÜ',
        '2020',
        '2023-03',
        false,
        '2020 – 03/2023',
        ['e-poe klientide nõustamine telefonis ja vestlusaknas', 'garantiiremondi korraldamine'],
        'Tallinn',
      ),
      job('Laoassistent', 'Balti Laojaotus OÜ', '2018', '2020', false, '2018 – 2020', undefined, 'Tallinn'),
    ],
    education: [
      edu(
        'kutseharidus',
        'Tallinna Teeninduskool, laotöö korraldaja, kutseharidus (tase 4) keskhariduse baasil, 2016–2018',
        { field: 'laotöö korraldaja', institution: 'Tallinna Teeninduskool', startYear: 2016, endYear: 2018 },
      ),
      edu('keskharidus', 'Tallinna Pae Gümnaasium, keskharidus, 2016', {
        institution: 'Tallinna Pae Gümnaasium',
        endYear: 2016,
      }),
    ],
    courses: [named('Klienditeeninduse meistriklass', 'Klienditeeninduse meistriklass, 2021')],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene keel (родной) – emakeel'),
      lang('et', 'C1', 'eesti keel – C1'),
      lang('en', 'B2', 'inglise keel – B2'),
      lang('uk', 'B1', 'ukraina keel – B1'),
    ],
    skills: ['Directo, Excel (VLOOKUP, pivot)', 'Täpne ja pingekindel', 'Meeskonnatöö'],
    clientBase: null,
    competencies: ['stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h20-23-sisemuuk-kontoritaimed-rent-pohja-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Nelisada Kakskümmend Kolm',
    email: 'k1423.taimed@example.com',
    phone: '+372 5458 3302',
    contactLines: ['Tallinn, Põhja-Tallinn'],
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
      'Müün telefoni ja e-posti teel kontoritele taimehaljastust, samblaseinu ja taimede hooldust renditeenusena. ' +
        'Minu hallata on 110 kontorit ja ärihoonet Tallinnas; nende aastased rendi- ja hooldustasud on kokku ca ' +
        '240 000 €. Enne seda töötasin lillepoes floristi ja müüjana.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Sisemüügi spetsialist',
        'Roheline Kontor OÜ',
        '2025-02',
        null,
        true,
        '1. veebruar 2025 – praegu',
        [
          'uute klientide leidmine külmkõnede ja LinkedIni kaudu',
          'pakkumised ja rendilepingud',
          'kliendikohtumised koos haljastusdisaineriga',
        ],
        'Tallinn',
      ),
      job(
        'Florist-müüja',
        'Lillemaja Kalamaja OÜ',
        '2022',
        '2025-01',
        true,
        '2022 – jaanuar 2025',
        ['kimpude ja seadete müük, ettevõtete püsitellimused'],
        'Tallinn',
      ),
      {
        ...job('baarmen', 'Kohvik Ahjualune OÜ', '2019', '2021', false, '2019–2021'),
        lines: ['Gümnaasiumi järel töötasin 2019–2021 baarmenina Kohvik Ahjualune OÜ-s Telliskivis.'],
      },
    ],
    education: [
      edu('kutseharidus', 'Räpina Aianduskool, florist (tase 4), kutseõpe, 2022–2023 (sessioonõpe)', {
        field: 'florist',
        institution: 'Räpina Aianduskool',
        startYear: 2022,
        endYear: 2023,
      }),
      edu('keskharidus', 'Tallinna Kunstigümnaasium, keskharidus, 2019', {
        institution: 'Tallinna Kunstigümnaasium',
        endYear: 2019,
      }),
    ],
    courses: [named('Külmkõnede meistriklass', 'Külmkõnede meistriklass (veebis), 2025')],
    certifications: [named('Florist, tase 4', 'Florist, tase 4 (2023)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('es', 'A2', 'hispaania – A2'),
    ],
    skills: ['Loov', 'Ettevõtlik', 'Pipedrive, HubSpot', 'Instagram ja Canva'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 240_000, segment: 'regional_smb' },
    competencies: ['entrepreneurship', 'innovation'],
  },
  {
    id: 'et-h20-24-soidukipargi-kindlustus-vkh-kardla-juhatus',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Nelisada Kakskümmend Neli',
    email: 'k1424.pargid@example.net',
    phone: '+372 5333 2440',
    contactLines: ['Kärdla, Hiiumaa / Tallinn'],
    headings: {
      profile: 'Profiil',
      work: 'Töökäik',
      education: 'Haridus',
      courses: 'Täiendõpe',
      certifications: 'Kutsetunnistused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Võtmekliendihaldur kahjukindlustuses: kindlustan transpordi-, rendi- ja liisingufirmade sõidukiparke. Minu ' +
        'portfellis on 60 ettevõtet üle Eesti, kokku ligi 9 000 sõidukit; nende kindlustusmaksed olid 2025. aastal ' +
        '3,1 mln €. Aastalepingud lepin kokku ettevõtete juhatuse liikmetega, kes need ka allkirjastavad. ' +
        'Kindlustusseltsi Eesti portfell on 140 mln €.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Võtmekliendihaldur (sõidukipargid)',
        'Kaitse Kindlustus AS',
        '2017',
        null,
        true,
        '2017. aasta lõpust praeguseni',
        [
          'kasko- ja liikluskindlustuse aastalepingud',
          'kahjustatistika ülevaated ja ennetustegevus koos klientidega',
          'uute klientide leidmine otse ja maaklerite kaudu',
        ],
        'Tallinn',
      ),
      job(
        'Kahjukäsitleja',
        'Kaitse Kindlustus AS',
        '2012',
        '2017',
        false,
        '2012 – 2017 (5 a)',
        ['sõidukikahjude menetlus ja hindamine'],
        'Tallinn',
      ),
      job(
        'Teenindusnõustaja',
        'Hiiu Autoteenindus OÜ',
        '2009',
        '2012',
        false,
        '2009 – 2012',
        ['remonditööde vastuvõtt ja kindlustuskahjude dokumendid'],
        'Kärdla',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vabatahtlik tegevus ja juhatused' },
      {
        kind: 'bullets',
        items: [
          'Hiiumaa Purjespordiklubi MTÜ juhatuse liige, 2019 – praegu',
          'Kärdla merepäevade vabatahtlik korraldaja, suved 2015–2019',
        ],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, autotehnika, rakenduskõrgharidus, 2005–2009', {
        field: 'autotehnika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [named('Kahjukindlustuse põhikursus', 'Kahjukindlustuse põhikursus, Eesti Kindlustusseltside Liit, 2013')],
    certifications: [named('Kindlustusspetsialist, tase 5', 'Kindlustusspetsialist, tase 5 (2019)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B2', 'vene – B2'),
      lang('sv', 'A2', 'rootsi – A2'),
    ],
    skills: ['Läbirääkimised', 'Analüütiline', 'Kliendikesksus'],
    closing: [{ kind: 'paragraph', text: 'Kindlustusmaakleri kutseeksam (tase 6) – planeeritud 2027.' }],
    clientBase: { activeAccounts: 60, annualRevenueEur: 3_100_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'customer_focus', 'negotiation'],
  },
  {
    id: 'et-h20-25-ministeeriumist-saunaahjude-eksport-dach-tyri',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Nelisada Kakskümmend Viis',
    email: 'k1425.saun@example.org',
    phone: '+372 5819 4425',
    contactLines: ['Türi, Järvamaa', 'Sündinud 1984'],
    headings: {
      contact: 'Kontaktandmed',
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Isikuomadused',
    },
    profile: [
      'Kuus aastat ministeeriumis ja viis aastat ekspordi toetamisel, alates 2021. aastast ise eksportija. Müün ' +
        'Järvamaal toodetud saunaahjusid Saksamaa, Austria ja Šveitsi edasimüüjatele: minu kliendid on 45 ' +
        'saunapoodi ja paigaldusfirmat, kelle ostud olid 2025. aastal 4,8 mln €. Lepingud ja hinnad lepin kokku ' +
        'edasimüüjate omanikega. Ettevõtte käive oli 2025. aastal 17 mln €, millest eksport 80%.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aeg', title: 'Ametinimetus', employer: 'Asutus / ettevõte', duties: 'Vastutus' },
    jobs: [
      job(
        'Ekspordijuht (DACH)',
        'Järva Saunatehnika AS',
        '2021-04',
        null,
        true,
        'aprill 2021 – tänaseni',
        [
          'edasimüüjate võrgustiku arendamine, messid (Interbad Stuttgart)',
          'aastalepingud, hinnakirjad ja ühisturunduse eelarved edasimüüjatega',
          'Šveitsi turu avamine 2023',
        ],
        'Türi',
      ),
      job(
        'Ekspordinõunik',
        'Ettevõtluse Arendamise Sihtasutus',
        '2016',
        '2021-03',
        false,
        '2016 – märts 2021',
        ['Eesti tootjate nõustamine saksakeelsetele turgudele sisenemisel', 'ärimissioonid ja messistendid'],
        'Tallinn',
      ),
      job(
        'Nõunik',
        'Majandus- ja Kommunikatsiooniministeerium',
        '2010',
        '2016',
        false,
        '2010–2016',
        ['väliskaubanduspoliitika ja EL-i ühisturu küsimused'],
        'Tallinn',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Muu' },
      {
        kind: 'paragraph',
        text: 'Ajateenistus 2003–2004, Kaitsevägi. Türi Spordiklubi MTÜ juhatuse liige 2018–2022.',
      },
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, rahvusvahelised suhted, magistrikraad, 2007–2009', {
        field: 'rahvusvahelised suhted',
        institution: 'Tartu Ülikool',
        startYear: 2007,
        endYear: 2009,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, riigiteadused, bakalaureusekraad, 2004–2007', {
        field: 'riigiteadused',
        institution: 'Tartu Ülikool',
        startYear: 2004,
        endYear: 2007,
      }),
    ],
    courses: [named('Saksa keel ärisuhtluses', 'Saksa keel ärisuhtluses (C1), Goethe-Institut Tallinn, 2017')],
    certifications: [named('IPMA Level D', 'IPMA Level D projektijuhi sertifikaat (2015)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('de', 'C1', 'saksa – C1'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Ettevõtlik', 'Läbirääkimised', 'Suhtevõrgustik DACH-regioonis', 'Täpne ja järjekindel'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 4_800_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'relationship_building'],
  },
  {
    id: 'et-h20-26-tabel-aastad-laagrid-ajamid-annelinn-1991',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Nelisada Kakskümmend Kuus',
    email: 'k1426.laagrid@example.com',
    phone: '+372 5190 2643',
    contactLines: ['Tartu, Annelinn', 'Sündinud 1968'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      workTable: ['Aastad', 'Ametikoht', 'Ettevõte'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Arvutioskus',
    },
    profile: [
      'Tööstuslike laagrite, rihmade, ketiajamite ja reduktorite müük tööstusele ja remonditöökodadele, kokku 35 ' +
        'aastat tehnika juures. Minu kliendid on umbes 160 tööstus-, põllumajandus- ja remondiettevõtet ' +
        'Lõuna-Eestis (Tartu-, Põlva-, Võru-, Valga- ja Viljandimaa); nende ostud olid 2025. aastal ca 2,2 mln €. ' +
        'Juhin Tartu esinduse kolmeliikmelist müügimeeskonda, esinduse plaan 2026. aastaks on 4 mln €.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Piirkonnamüügijuht', 'Balti Laager AS', '2010', null, true, '2010 – ...', [
        'suurkliendid: piimatööstused, saeveskid, biogaasijaamad',
        'kolme müügiesindaja juhendamine',
        'laoseisu planeerimine koos Tallinna keskladuga',
      ]),
      job('Müügiesindaja', 'Balti Laager AS', '2001', '2010', true, '2001 – 2010'),
      job('Varustusagent', 'Tartu Remonditehas AS', '1994', '2001', false, '1994 – 2001', [
        'varuosade ja materjalide ost tarnijatelt',
      ]),
      job('Lukksepp-remontija', 'Tartu Remonditehas AS', '1991', '1994', false, '1991 – 1994'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Nõukogude armee (ajateenistus): 1988 – 1990' }],
    education: [
      edu('kutsekeskharidus', 'Tartu Tööstustehnikum, masinaehitustehnoloogia, keskeriharidus, 1985–1988', {
        field: 'masinaehitustehnoloogia',
        institution: 'Tartu Tööstustehnikum',
        startYear: 1985,
        endYear: 1988,
      }),
    ],
    courses: [
      named(
        'Laagrite paigaldus ja diagnostika',
        'Laagrite paigaldus ja diagnostika (tootja koolituskeskus, Rootsi), 2012',
      ),
      named('Eesti keel ametnikele ja juhtidele (C1)', 'Eesti keel ametnikele ja juhtidele (C1), 2005'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'русский / vene – emakeel'),
      lang('et', 'C1', 'eesti – vabalt'),
      lang('en', 'A2', 'inglise – algtase'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['1C, Directo, Excel', 'Juhiload B, C', 'Elektritööde tunnistus (aegus 2015, ei ole pikendanud)'],
    clientBase: { activeAccounts: 160, annualRevenueEur: 2_200_000, segment: 'regional_smb' },
    competencies: ['coaching', 'organisation'],
  },
];

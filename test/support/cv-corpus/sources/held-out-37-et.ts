import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-seventh held-out set's Estonian CVs: ordinary CVs from yet other people and trades, as people in
 * Estonia write them in 2026, in every kind of layout, from all over the country (Võru, Elva, Pärnu, Türi,
 * Orissaare, Jõhvi, Saku, Tartu, Tapa, Käina, Sillamäe, Kunda, Valga, Otepää, Sindi, Adavere, Antsla and more),
 * with careers from one year to forty. They sell sauna stoves, paint, roofing, windows, dairy products, security
 * services, cleaning contracts, printing, fire safety equipment, boats, dental supplies, car parts, heat pumps,
 * cut flowers, hotel conferences, office coffee, workwear, pest control, sawn timber, homes, toys, fertilisers and
 * cosmetics; a lift technician, a driving instructor and a sales coordinator at a water treatment firm have never
 * sold.
 */
export const HELD_OUT_37_ET: CvSource[] = [
  {
    id: 'et-h37-01-pdf-keevitajast-kerisetehase-ekspordijuht-pohjamaad-voru',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Koobalt Üks',
    email: 'koobalt.yks3701@example.com',
    phone: '+372 5623 4178',
    contactLines: ['Võru', 'Sündinud 1985'],
    tagline: 'Ekspordijuht · kerised ja saunaahjud',
    headings: {
      profile: 'Lühidalt',
      work: 'Töötamise ajalugu',
      education: 'Hariduskäik',
      courses: 'Täiendõpe',
      languages: 'Keeled',
      skills: 'Muud oskused',
    },
    profile: [
      'Olen töötanud kerisetehases 17 aastat – alustasin kvaliteedikontrolörina ja olen nüüd ekspordijuht. ' +
        'Minu vastutada on 42 edasimüüjat Soomes, Rootsis ja Norras: saunapoed, ehituskaupade ketid ja ' +
        'saunaehitajad. 2025. aastal ostsid nad meilt keriseid ja saunaahjusid kokku 3,6 mln € eest.',
      'Enamik edasimüüjaid on pereettevõtted, kus sortimendi ja tellimuste üle otsustab omanik ise. Tehas toodab ' +
        'umbes 25 000 kerist aastas, neist kaks kolmandikku läheb Põhjamaadesse.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ekspordijuht (Põhjamaad)', 'Leiliahi AS', '2018-09', null, true, 'IX 2018 – praegu', [
          'edasimüüjate külastused ja messid (Tampere, Jönköping), aastalepingute läbirääkimised',
          'uute edasimüüjate leidmine Norras – 2025. aastal lisandus seitse',
          'tellimuste ja tarnegraafiku planeerimine koos tootmisjuhiga',
        ]),
        lines: ['Ekspordijuht (Põhjamaad) ........................ IX 2018 – praegu', 'Leiliahi AS, Võru'],
      },
      {
        ...job('Ekspordimüügi spetsialist', 'Leiliahi AS', '2013-03', '2018-08', true, 'III 2013 – VIII 2018', [
          'oma kliendid Lõuna-Soomes (umbes 15 edasimüüjat): pakkumised, tellimused, uute toodete tutvustamine',
          'Soome saunamessidel stendi korraldamine',
        ]),
        lines: ['Ekspordimüügi spetsialist ....................... III 2013 – VIII 2018', 'Leiliahi AS, Võru'],
      },
      {
        ...job('Kvaliteedikontrolör', 'Leiliahi AS', '2009', '2013-02', false, '2009 – II 2013', [
          'valmistoodangu kontroll, keevisõmbluste ja pinnakatte kontroll',
        ]),
        lines: ['Kvaliteedikontrolör ............................. 2009 – II 2013', 'Leiliahi AS, Võru'],
      },
      {
        ...job('Keevitaja', 'Võru Metallitöö OÜ', '2004', '2009', false, '2004 – 2009'),
        lines: ['Keevitaja ....................................... 2004 – 2009', 'Võru Metallitöö OÜ, Võru'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Pärnu kolledž, ettevõtlus ja projektijuhtimine, rakenduskõrgharidus (sessioonõpe), 2012–2016',
        {
          field: 'ettevõtlus ja projektijuhtimine',
          institution: 'Tartu Ülikooli Pärnu kolledž',
          startYear: 2012,
          endYear: 2016,
        },
      ),
      edu('kutseharidus', 'Võrumaa Kutsehariduskeskus, keevitaja, kutseharidus, 2001–2004', {
        field: 'keevitaja',
        institution: 'Võrumaa Kutsehariduskeskus',
        startYear: 2001,
        endYear: 2004,
      }),
    ],
    courses: [
      named(
        'Ekspordihinnastamine ja tarnetingimused (Incoterms)',
        'Ekspordihinnastamine ja tarnetingimused (Incoterms), 2017',
      ),
      named('Rootsi keel A1–A2', 'Rootsi keel A1–A2, Võru Rahvaülikool, 2021'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('fi', 'C1', 'soome keel – soravalt (töökeel)'),
      lang('en', 'B2', 'inglise keel – hea'),
      lang('ru', 'B1', 'vene keel – suhtlustasemel'),
      lang('sv', 'A2', 'rootsi keel – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendisuhted', 'Excel, Directo, Pipedrive', 'Juhiload B, BE'],
    clientBase: { activeAccounts: 42, annualRevenueEur: 3_600_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'Keevitaja kutsetunnistus (2004) – ei ole pikendanud, keevitan nüüd ainult oma saunas.',
      },
    ],
  },
  {
    id: 'et-h37-02-word-kaks-veergu-maalrist-varvitehase-muugiesindaja-elva',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Koobalt Kaks',
    email: 'k.kaks3702@example.org',
    phone: '5347 1920',
    contactLines: ['Elva, Tartumaa'],
    tagline: 'Müügiesindaja – värvid ja ehituskeemia',
    headings: {
      profile: 'Tutvustus',
      work: 'Erialane kogemus',
      languages: 'Keeled',
    },
    profile: [
      'Olen õppinud maalriks ja töötanud objektidel, seejärel värvipoe toonimisletis. Alates 2020. aastast ' +
        'esindan ühe Eesti värvitehase värve, krohve ja ehituskeemiat Lõuna-Eesti ehituspoodides ja maalrifirmades.',
      'Minu piirkond on Tartu-, Jõgeva- ja Valgamaa, kus mul on umbes 85 püsiklienti; 2025. aastal ostsid nad ' +
        'kokku 1,3 mln € eest. Poodides suhtlen ostujuhtidega, firmades objektijuhtidega.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Müügiesindaja', 'Teravärv AS', '2020-04', null, true, 'aprill 2020 kuni praegu', [
          'poodide ja maalrifirmade külastused, uute toodete tutvustused ja toonimiskoolitused',
          'hinnapakkumised ja aastakokkulepped, tellimuste jälgimine',
          'näidisobjektid arhitektide ja ehitajatega',
        ]),
        lines: ['Teravärv AS (Tartu) · Müügiesindaja · aprill 2020 kuni praegu'],
      },
      {
        ...job('Toonimiskonsultant', 'Värvikoda OÜ', '2017-03', '2020-03', true, 'märts 2017 kuni märts 2020', [
          'värvide toonimine ja müük kaupluses eraklientidele ja maalritele',
          'värvivaliku nõustamine, värvikaartide koostamine',
        ]),
        lines: ['Värvikoda OÜ (Tartu) · Toonimiskonsultant · märts 2017 kuni märts 2020'],
      },
      {
        ...job('Maaler', 'Elva Viimistlus OÜ', '2014-06', '2017-02', false, 'juuni 2014 kuni veebruar 2017', [
          'siseviimistlus, fassaadid, korterelamute renoveerimine',
        ]),
        lines: ['Elva Viimistlus OÜ (Elva) · Maaler · juuni 2014 kuni veebruar 2017'],
      },
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, maaler, kutseharidus, 2011–2014', {
        field: 'maaler',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2011,
        endYear: 2014,
      }),
      edu('põhiharidus', 'Rõngu Keskkool, põhiharidus, 2011', {
        institution: 'Rõngu Keskkool',
        endYear: 2011,
      }),
    ],
    courses: [
      named('Fassaadivärvide pealekandmise tehnoloogia', 'Fassaadivärvide pealekandmise tehnoloogia, 2021'),
      named('Kliendivisiit algusest lõpuni', 'Kliendivisiit algusest lõpuni, 2022'),
    ],
    certifications: [named('Maaler, tase 4', 'Maaler, tase 4 (2014)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: [
      'Klienditeenindus',
      'Planeerimine',
      'Värvitoonide süsteemid (NCS, RAL)',
      'Excel, Merit Aktiva',
      'Juhiload B',
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_300_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'et-h37-03-tekst-punktid-katuseehitajast-katuseplekkide-projektimuuja-parnu',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Koobalt Kolm',
    email: 'koobalt.kolm37@example.net',
    phone: '+372 5190 2846',
    contactLines: ['Pärnu', 'Sündinud 1989'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Erialane töökogemus',
      education: 'Koolid',
      languages: 'Keeled',
      skills: 'Teadmised ja oskused',
      certifications: 'Kutsetunnistus',
    },
    profile: [
      'Üle kümne aasta katusetöid, viimased seitse aastat katusematerjalide müük. Praegu pakun plekk-katuseid, ' +
        'vihmaveesüsteeme ja katuseturvatooteid ehitusfirmadele Pärnumaal, Läänemaal ja Saaremaal. Minu kliendid on ' +
        '60 ehitus- ja katusefirmat; 2025. aastal ostsid nad meilt 2,2 mln € eest. Väikestes firmades teeb ' +
        'ostuotsuse omanik ise, sageli juba objektil.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Projektimüüja', 'Plekitööstus Lääne AS', '2022-05', null, true, '2022. aasta maist tänaseni', [
          'hinnapakkumised jooniste järgi',
          'objektikülastused ja mõõtmised koos paigaldajatega',
          'ehitusfirmadega aastakokkulepete sõlmimine',
        ]),
        lines: ['Projektimüüja – Plekitööstus Lääne AS, Pärnu – 2022. aasta maist tänaseni'],
      },
      {
        ...job(
          'Müügikonsultant (plekk-katused)',
          'Katusekeskus OÜ',
          '2019-04',
          '2022-04',
          true,
          '2019. aasta aprillist 2022. aasta aprillini',
          ['eraklientide nõustamine näidissaalis ja kodukülastustel', 'katusepakkumised ja tellimused'],
        ),
        lines: [
          'Müügikonsultant (plekk-katused) – Katusekeskus OÜ, Pärnu – 2019. aasta aprillist 2022. aasta aprillini',
        ],
      },
      {
        ...job('Objektijuht', 'Pärnu Katus OÜ', '2014', '2019', false, '2014–2019', [
          'katuseobjektide juhtimine, viiemehelise brigaadi töö planeerimine',
          'materjalide tellimine',
        ]),
        lines: ['Objektijuht – Pärnu Katus OÜ – 2014–2019'],
      },
      {
        ...job('Katuseehitaja', 'Pärnu Katus OÜ', '2009', '2014', false, '2009–2014', [
          'plekk- ja rullmaterjalkatuste paigaldus, talviti lume koristamine katustelt',
        ]),
        lines: ['Katuseehitaja – Pärnu Katus OÜ – 2009–2014'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Muu' },
      { kind: 'paragraph', text: 'Ajateenistus Kaitseväes 2008–2009 (pioneer).' },
    ],
    education: [
      edu('kutseharidus', 'Pärnumaa Kutsehariduskeskus, katusekatja, kutseharidus, 2005–2008', {
        field: 'katusekatja',
        institution: 'Pärnumaa Kutsehariduskeskus',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Katuseturvatoodete paigaldus ja nõuded', 'Katuseturvatoodete paigaldus ja nõuded, 2020'),
      named('Ehitusjooniste lugemine', 'Ehitusjooniste lugemine, 2019'),
    ],
    certifications: [named('Katusekatja, tase 4', 'Katusekatja, tase 4 (2010)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – natuke'),
    ],
    skills: [
      'Läbirääkimised ehitusfirmadega',
      'Katuste mõõdistamine ja materjalide arvutus',
      'Excel, AutoCAD (vaatamine)',
      'Juhiload B, C',
    ],
    clientBase: { activeAccounts: 60, annualRevenueEur: 2_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation'],
  },
  {
    id: 'et-h37-04-pdf-tabel-tislerist-akende-edasimuujate-vorgu-juht-turi',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Koobalt Neli',
    email: 'neli.koobalt37@example.com',
    phone: '5012 7731',
    contactLines: ['Türi, Järvamaa', 'Sünniaeg 03.02.1980'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keelteoskus (enesehinnang)',
      workTable: ['Ametinimetus', 'Tööperiood', 'Tööandja'],
    },
    workTableOrder: ['title', 'period', 'employer'],
    profile: [
      'Olen puiduinimene: tislerist sai aknapaigaldaja, siis müügikonsultant ja nüüd juhin tehase edasimüüjate ' +
        'võrku. Meie aknaid ja uksi müüb 30 edasimüüjat – 24 Eestis ja 6 Soomes. 2025. aastal ostsid nad meilt ' +
        '4,1 mln € eest. Edasimüüjate omanikud otsustavad ise, milliseid tooteid näidissaalis hoida, ja minu töö ' +
        'on neid selles aidata.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Edasimüüjate võrgu juht', 'Puitaken Türi AS', '2017-03', null, true, '1.3.2017–…', [
        'edasimüüjate koolitused ja näidissaalide sisustus',
        'aastalepingud ja hinnatingimused, läbirääkimised edasimüüjate omanikega',
        'uute edasimüüjate leidmine Soomes (2019–2025 lisandus kuus)',
      ]),
      job(
        'Müügikonsultant',
        'Kesk-Eesti Aknad OÜ',
        '2011-04',
        '2017-02',
        true,
        '15.4.2011–28.2.2017',
        ['akende ja uste pakkumised eraklientidele Paide näidissaalis', 'mõõdistamine kodudes, tellimused tehasesse'],
        'Paide',
      ),
      job('Aknapaigaldaja', 'Kesk-Eesti Aknad OÜ', '2005', '2011', false, '2005–2011'),
      job('Tisler', 'Türi Mööbel OÜ', '1999', '2005', false, '1999–2005'),
    ],
    education: [
      edu('kutsekeskharidus', 'Türi Tehnikum, puidutöötlemine, kutsekeskharidus, 1995–1999', {
        field: 'puidutöötlemine',
        institution: 'Türi Tehnikum',
        startYear: 1995,
        endYear: 1999,
      }),
    ],
    courses: [
      named('Akende ja uste paigaldus RAL-juhendi järgi', 'Akende ja uste paigaldus RAL-juhendi järgi, 2009'),
      named('Edasimüüjate võrgu juhtimine', 'Edasimüüjate võrgu juhtimine, 2018'),
    ],
    certifications: [named('Tisler, tase 4', 'Tisler, tase 4 (2003)')],
    languages: [lang('et', 'native', ''), lang('fi', 'B2', ''), lang('ru', 'B1', ''), lang('en', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel: eesti' },
      {
        kind: 'table',
        header: ['Keel', 'Arusaamine', 'Rääkimine', 'Kirjutamine'],
        rows: [
          ['soome', 'B2', 'B2', 'B1'],
          ['vene', 'B1', 'B1', 'A2'],
          ['inglise', 'A2', 'A2', 'A2'],
        ],
      },
    ],
    skills: [
      'Läbirääkimisoskus',
      'Tootekoolituste läbiviimine',
      'Puidutehnoloogia ja aknasõlmed',
      'Excel, Directo',
      'Juhiload B, BE',
    ],
    clientBase: { activeAccounts: 30, annualRevenueEur: 4_100_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h37-05-word-punktid-piimatehnoloogist-meierei-muugiesindaja-saared-orissaare',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Koobalt Viis',
    email: 'viis.k3705@example.net',
    phone: '+372 5827 0643',
    contactLines: ['Orissaare, Saaremaa'],
    headings: {
      profile: 'Minust lühidalt',
      work: 'Ametikohad',
      education: 'Koolitee',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Omadused ja oskused',
    },
    profile: [
      'Olen toiduainete tehnoloog, kes läks müüki. Seitse aastat juustu ja piima tootmist andis mulle teadmised, ' +
        'mida poepidajad ja kokad hindavad. Praegu vastutan Saaremaa, Muhu ja Hiiumaa eest: minu kliendid on ligi ' +
        '140 poodi, kohvikut, hotelli ja koolikööki. Väikestes poodides otsustab omanik kohe, mida riiulile võtab.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Müügiesindaja (Saaremaa ja Hiiumaa)',
          'Lääne Meierei AS',
          '2022-06',
          null,
          true,
          'juunist 2022 tänaseni',
          [
            'poodide ja toitlustuskohtade külastused kord nädalas',
            'tellimused, riiulipinna kokkulepped ja kampaaniad',
            'uute toodete tutvustused ja degusteerimised',
          ],
        ),
        lines: ['Juunist 2022 tänaseni – Müügiesindaja (Saaremaa ja Hiiumaa), Lääne Meierei AS'],
      },
      job(
        'Tootmisjuht',
        'Saarte Juust OÜ',
        '2019-01',
        '2022-05',
        false,
        'jaanuar 2019 – mai 2022',
        ['juustutootmise ja 12 töötaja töö planeerimine', 'kvaliteedisüsteem ja auditid'],
        'Orissaare',
      ),
      job(
        'Piimatehnoloog',
        'Saarte Juust OÜ',
        '2015-08',
        '2018-12',
        false,
        'august 2015 – detsember 2018',
        ['retseptid, tootmise kontroll, laborianalüüsid'],
        'Orissaare',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Eesti Maaülikool, toiduainete tehnoloogia, bakalaureusekraad, 2012–2015', {
        field: 'toiduainete tehnoloogia',
        institution: 'Eesti Maaülikool',
        startYear: 2012,
        endYear: 2015,
      }),
      edu('keskharidus', 'Orissaare Gümnaasium, keskharidus, 2012', {
        institution: 'Orissaare Gümnaasium',
        endYear: 2012,
      }),
    ],
    courses: [
      named('HACCP ja toiduohutus', 'HACCP ja toiduohutus, 2016'),
      named('Kategooriajuhtimine väikepoes', 'Kategooriajuhtimine väikepoes, 2023'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – kesktase'),
      lang('fi', 'A2', 'soome – algteadmised'),
    ],
    skills: ['Ettevõtlik', 'Suhtlemisoskus', 'Toodete ja tootmise tundmine', 'Juhiload B'],
    clientBase: { activeAccounts: 140, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'entrepreneurship', 'organisation'],
  },
  {
    id: 'et-h37-06-tekst-tabelid-turvatootajast-valveteenuste-arikliendihaldur-johvi',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Koobalt Kuus',
    email: 'kuus.koobalt3706@example.org',
    phone: '+372 5566 1204',
    contactLines: ['Jõhvi, Ida-Virumaa'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Sünniaeg: 21.06.1987 · Kodakondsus: määratlemata, pikaajaline elanik · Juhiload B',
      },
    ],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
    },
    jobLabels: { period: 'Tööaeg', title: 'Ametinimetus', employer: 'Asutus', duties: 'Tööülesanded' },
    profile: [
      'Töötan valveettevõttes 14 aastat, enne seda neli aastat turvatöötajana. Olen olnud tehnik, ' +
        'müügikonsultant ja nüüd ärikliendihaldur. Minu kliendid on umbes 210 ettevõtet ja asutust Ida-Virumaal: ' +
        'poed, tootmised, laod, korteriühistud. Nende valve- ja hooldustasud on kokku umbes 490 000 € aastas. ' +
        'Lepingu allkirjastab tavaliselt omanik või juhatuse liige, kellega ma ka hinna kokku lepin.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Ida Turva AS',
        '2021-01',
        null,
        true,
        '01/2021 – praegu',
        [
          'valvelepingute pikendamine ja lisateenuste pakkumine',
          'uute äriklientide leidmine, objektide ülevaatus koos tehnikuga',
          'hinnapakkumised ja lepingud',
        ],
        'Jõhvi',
      ),
      job(
        'Müügikonsultant (kodu valvesüsteemid)',
        'Ida Turva AS',
        '2018-06',
        '2020-12',
        true,
        '06/2018 – 12/2020',
        ['valvesüsteemide pakkumine eraklientidele telefoni teel ja kodukülastustel'],
        'Jõhvi',
      ),
      job(
        'Valvetehnik',
        'Ida Turva AS',
        '2012-05',
        '2018-05',
        false,
        '05/2012 – 05/2018',
        ['valveseadmete ja videovalve paigaldus ja hooldus'],
        'Kohtla-Järve',
      ),
      job(
        'Turvatöötaja',
        'Virumaa Valve OÜ',
        '2008',
        '2012-04',
        false,
        '2008 – 04/2012',
        ['patrull ja häirekõnedele reageerimine'],
        'Narva',
      ),
    ],
    education: [
      edu('kutsekeskharidus', 'Ida-Virumaa Kutsehariduskeskus, elektrik, kutsekeskharidus, 2004–2007', {
        field: 'elektrik',
        institution: 'Ida-Virumaa Kutsehariduskeskus',
        startYear: 2004,
        endYear: 2007,
      }),
    ],
    courses: [
      named('Eesti keel B2', 'Eesti keel B2, Töötukassa keelekursus, 2010'),
      named('Videovalvesüsteemide projekteerimine', 'Videovalvesüsteemide projekteerimine, 2016'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene keel – emakeel'),
      lang('et', 'B2', 'eesti keel – B2 (tasemeeksam 2011)'),
      lang('en', 'A2', 'inglise keel – algtase'),
    ],
    skills: [
      'Pingekindel',
      'Valvesüsteemide ja videovalve tundmine',
      'Turvatöötaja, tase 3 (kehtis 2008–2013)',
      'MS Office, CRM',
    ],
    clientBase: { activeAccounts: 210, annualRevenueEur: 490_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['stress_resistance'],
  },
  {
    id: 'et-h37-07-pdf-kaks-veergu-koristajast-puhastusteenuste-votmekliendijuht-saku',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Koobalt Seitse',
    email: 'koobalt7.saku37@example.net',
    phone: '+372 5341 9088',
    contactLines: ['Saku, Harjumaa', 'Sündinud 1976'],
    tagline: 'Võtmekliendijuht | puhastus- ja hooldusteenused',
    headings: {
      contact: 'Kontaktinfo',
      profile: 'Profiil',
      work: 'Töö- ja ametikäik',
      certifications: 'Kutsetunnistused',
      languages: 'Keeled',
      skills: 'Mida hästi oskan',
    },
    profile: [
      'Puhastusteenustes olen olnud 30 aastat ja teinud kõike: koristanud, juhtinud objekte ja koostanud ' +
        'pakkumisi. Viimased kaheksa aastat hoian ettevõtte suurimaid kliente.',
      'Minu vastutusel on 24 suurklienti – kaubanduskeskused, büroohooned, kaks haiglat ja logistikakeskused ' +
        'Tallinnas ja Harjumaal. Nende lepingute maht on kokku 3,9 mln € aastas. Igapäevaselt suhtlen ' +
        'kinnisvarahaldurite ja haldusjuhtidega; hankeotsuse teeb kliendi juhatus.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Võtmekliendijuht (kinnisvarahaldus)',
        'Puhtuse Partner AS',
        '2018',
        null,
        true,
        '2018 – …',
        [
          'suurklientide lepingud, hinnaläbirääkimised ja pikendused',
          'kvaliteedikontrollid koos objektijuhtidega, kliendiraportid',
          'hangete pakkumised (2025: 11 hanget, neist kuus võitsime)',
        ],
        'Tallinn',
      ),
      job(
        'Kliendihaldur',
        'Puhtuse Partner AS',
        '2009',
        '2017',
        true,
        '2009 – 2017',
        ['büroode ja korteriühistute lepingud, umbes 90 klienti', 'pakkumiste koostamine objektide ülevaatuse järgi'],
        'Tallinn',
      ),
      job(
        'Puhastustööde juht',
        'Läikiv Maja AS',
        '2000',
        '2009',
        false,
        '2000 – 2009',
        ['12 objekti ja 45 koristaja töö planeerimine ja juhendamine', 'tööohutus, puhastusvahendite tellimine'],
        'Tallinn',
      ),
      job('Koristaja', 'Läikiv Maja AS', '1996', '2000', false, '1996 – 2000', [], 'Tallinn'),
    ],
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
      edu('keskharidus', 'Saku Keskkool, keskharidus, 1994', { institution: 'Saku Keskkool', endYear: 1994 }),
    ],
    courses: [
      named('Riigihangete pakkumised', 'Riigihangete pakkumised, 2019'),
      named('Puhastustehnoloogia haiglates', 'Puhastustehnoloogia haiglates, 2021'),
    ],
    certifications: [named('Puhastustööde juht, tase 5', 'Puhastustööde juht, tase 5 (kehtib 2028. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – väga hea'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
    ],
    skills: ['Organiseerimisoskus', 'Taktitunne', 'Riigihanked ja pakkumised', 'Excel, Google Sheets'],
    clientBase: { activeAccounts: 24, annualRevenueEur: 3_900_000, segment: 'regional_smb' },
    competencies: ['coaching', 'organisation', 'tact_assertiveness'],
  },
  {
    id: 'et-h37-08-word-trukkalist-trukikoja-muugijuht-35-aastat-tartu',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Koobalt Kaheksa',
    nameLine: 'Kandidaat Koobalt Kaheksa — elulookirjeldus',
    email: 'kaheksa.trukk37@example.com',
    phone: '+372 5551 0287',
    contactLines: ['Tartu, Karlova', 'Sündinud 1970', 'Abielus, kaks täiskasvanud last'],
    headings: {
      profile: 'Enesetutvustus',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keelteoskus',
      skills: 'Arvutioskus ja muu',
    },
    profile: [
      'Trükiga olen seotud 1991. aastast: alustasin trükkalina, olin tootmisplaneerija ja olen 2006. aastast ' +
        'trükikoja müügijuht. Minu kliendid on umbes 120 kirjastust, reklaamiagentuuri ja ettevõtet üle Eesti; ' +
        '2025. aastal tellisid nad trükiseid 2,7 mln € eest. Suhtlen kirjastuste juhtide ja ettevõtete ' +
        'turundusjuhtidega, kes tellimuse üle ise otsustavad.',
      'Trükikoda trükib aastas umbes 900 raamatut ja 4 000 muud tellimust, töötajaid on 65.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügijuht',
        'Trükimaja Tähetorn OÜ',
        '2006',
        null,
        true,
        '2006 – praegu',
        [
          'kirjastuste ja ettevõtete tellimused, hinnapakkumised ja aastalepingud',
          'uute klientide leidmine, kohtumised kirjastustes ja agentuurides',
          'kahe müügiassistendi juhendamine',
        ],
        'Tartu',
      ),
      job(
        'Tootmisplaneerija',
        'Emajõe Trükk AS',
        '1998',
        '2006',
        false,
        'kevad 1998 – sügis 2006',
        ['trükitööde järjekord, paberi ja värvide tellimine'],
        'Tartu',
      ),
      job(
        'Trükkal',
        'Emajõe Trükk AS',
        '1991',
        '1998',
        false,
        '1991 – kevad 1998',
        ['lehtofsettrükimasinad, kahevärvi- ja neljavärvitrükk'],
        'Tartu',
      ),
    ],
    education: [
      edu('kutsekeskharidus', 'Tallinna Polügraafiatehnikum, trükitehnoloogia, kutsekeskharidus, 1987–1991', {
        field: 'trükitehnoloogia',
        institution: 'Tallinna Polügraafiatehnikum',
        startYear: 1987,
        endYear: 1991,
      }),
    ],
    courses: [
      named('Trükiste hinnakalkulatsioon', 'Trükiste hinnakalkulatsioon, 2007'),
      named('Müügiläbirääkimiste koolitus', 'Müügiläbirääkimiste koolitus, 2012'),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('ru', 'B1', ''), lang('en', 'B1', ''), lang('de', 'A2', '')],
    languagesText: ['eesti (emakeel), vene (kesktase), inglise (kesktase), saksa (algteadmised)'],
    skills: ['Adobe InDesign ja Acrobat (trükifailide kontroll)', 'Excel, Directo', 'Juhiload B'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 2_700_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching'],
  },
  {
    id: 'et-h37-09-tekst-paastjast-tuleohutusseadmete-muugiesindaja-tapa',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Koobalt Üheksa',
    email: 'yheksa3709@example.org',
    phone: '5199 4420',
    contactLines: ['Tapa, Lääne-Virumaa'],
    headings: {
      profile: 'Lühidalt minust',
      certifications: 'Tunnistused',
      languages: 'Keeled',
    },
    profile: [
      'Endine päästja, nüüd tuleohutusseadmete müügiesindaja. Pakun tulekustuteid, tulekahjusignalisatsiooni ja ' +
        'evakuatsioonivalgustust koos hooldusega Lääne-Viru- ja Järvamaal. Kliente on umbes 180: ettevõtted, ' +
        'korteriühistud, koolid ja lasteaiad. 2025. aastal ostsid nad seadmeid ja hooldust 640 000 € eest. ' +
        'Korteriühistute esimehed ja väikefirmade omanikud otsustavad ise, omavalitsustes käib ost hanke kaudu.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja', 'Tuleturve OÜ', '2020-09', null, true, 'sept. 2020 – praegu', [
          'klientide külastused, riskihinnangud ja pakkumised',
          'hoolduslepingud ja nende pikendamine',
          'ettekirjutuste selgitamine klientidele pärast tuleohutuskontrolli',
        ]),
        lines: ['sept. 2020 – praegu    MÜÜGIESINDAJA', 'Tuleturve OÜ, Rakvere'],
      },
      {
        ...job('Hooldustehnik', 'Tuleturve OÜ', '2017-03', '2020-08', false, 'märts 2017 – aug. 2020', [
          'tulekustutite ja tulekahjusignalisatsiooni hooldus',
          'tuleohutusalased õppused klientide töötajatele',
        ]),
        lines: ['märts 2017 – aug. 2020    HOOLDUSTEHNIK', 'Tuleturve OÜ, Rakvere'],
      },
      {
        ...job('Päästja', 'Tapa päästekomando', '2010', '2017-02', false, '2010 – veebr. 2017', [
          'päästetööd, tulekahjude kustutamine, liiklusõnnetused',
          'kodukülastused ja tuleohutuse nõustamine',
        ]),
        lines: ['2010 – veebr. 2017    PÄÄSTJA', 'Tapa päästekomando'],
      },
    ],
    education: [
      edu('kutseharidus', 'Sisekaitseakadeemia Päästekool, päästja, kutseharidus, 2008–2010', {
        field: 'päästja',
        institution: 'Sisekaitseakadeemia Päästekool',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('keskharidus', 'Tapa Gümnaasium, keskharidus, 2008', { institution: 'Tapa Gümnaasium', endYear: 2008 }),
    ],
    courses: [
      named(
        'Tulekahjusignalisatsiooni projekteerimise alused',
        'Tulekahjusignalisatsiooni projekteerimise alused, 2018',
      ),
    ],
    certifications: [
      named('Päästja, tase 4', 'Päästja, tase 4 (2011)'),
      named('Tulekustutite hooldaja', 'Tulekustutite hooldaja tunnistus (kehtib 2028. aastani)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
    ],
    skills: ['Kliendikeskne', 'Pingetaluvus', 'Tuleohutuse nõuded ja standardid', 'Juhiload B, C'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 640_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'et-h37-10-pdf-punktid-paadiehitajast-paadimuuja-eraostjad-kaina',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Koobalt Kümme',
    email: 'kymme.paat37@example.com',
    phone: '+372 5645 3310',
    contactLines: ['Käina, Hiiumaa'],
    headings: {
      work: 'Tööelu',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Lisaks',
    },
    profile: [
      'Olen ehitanud paate ja parandanud mootoreid, viimased üksteist aastat müün neid. Minu ostjad on ' +
        'eraisikud, kalamehed ja suvitajad üle Eesti ja Soomest; 2025. aastal müüsin 64 paati ja ligi 150 ' +
        'päramootorit. Kuna tunnen paati seest ja väljast, oskan ostjale ausalt öelda, milline paat tema vetesse ' +
        'sobib.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügijuht', 'Käina Marine OÜ', '2015', null, true, '2015 → praegu', [
          'paatide ja päramootorite müük näidisplatsil ja paadimessidel',
          'vahetuspaatide hindamine, liisingu ja kindlustuse vahendamine',
          'veebipoe ja kuulutuste haldamine',
        ]),
        lines: ['2015 → praegu: Müügijuht, Käina Marine OÜ (Käina)'],
      },
      {
        ...job('Paadimehaanik', 'Käina Marine OÜ', '2010', '2015', false, '2010 → 2015', [
          'päramootorite hooldus ja remont, talvine hoiustamine',
        ]),
        lines: ['2010 → 2015: Paadimehaanik, Käina Marine OÜ (Käina)'],
      },
      {
        ...job('Paadiehitaja', 'Hiiu Paat OÜ', '2001', '2010', false, '2001 → 2010', [
          'klaasplastpaatide valmistamine, vormid ja viimistlus',
        ]),
        lines: ['2001 → 2010: Paadiehitaja, Hiiu Paat OÜ (Kärdla)'],
      },
    ],
    education: [
      edu('kutseharidus', 'Kuressaare Ametikool, väikelaevaehitus, kutseharidus, 1998–2001', {
        field: 'väikelaevaehitus',
        institution: 'Kuressaare Ametikool',
        startYear: 1998,
        endYear: 2001,
      }),
    ],
    courses: [named('Päramootorite hoolduskoolitus', 'Päramootorite hoolduskoolitus, Soome, 2011')],
    certifications: [named('Väikelaevaehitaja, tase 4', 'Väikelaevaehitaja, tase 4 (2005)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'B2', 'soome – hea'),
      lang('sv', 'B1', 'rootsi – suhtlustasemel'),
      lang('en', 'B2', 'inglise – hea'),
    ],
    skills: ['Päramootorite diagnostika ja hooldus', 'Väikelaeva juhiluba', 'Juhiload B, BE'],
    clientBase: null,
    competencies: [],
    closing: [
      { kind: 'heading', text: 'Vabal ajal' },
      { kind: 'paragraph', text: 'Purjetamine, kalastamine, suviti vabatahtlik merepäästes.' },
    ],
  },
  {
    id: 'et-h37-11-word-tabelid-hambatehnikust-hambaravitarvete-votmekliendihaldur-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Koobalt Üksteist',
    email: 'koobalt.yksteist37@example.org',
    phone: '+372 5308 6612',
    contactLines: ['Tallinn, Nõmme'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
    },
    jobLabels: { period: 'Töötatud aeg', title: 'Amet', employer: 'Ettevõte', duties: 'Töö sisu' },
    profile: [
      'Hambatehnik, kes tunneb hambaravi mõlemalt poolt: kuus aastat laboris, seejärel hambaravitarvete ' +
        'müügis. Praegu hoian hambaraviketti ja erapraksiseid üle Eesti: 9 ketti ja umbes 60 erapraksist, kes ' +
        '2025. aastal ostsid meilt tarvikuid ja seadmeid kokku 2,9 mln € eest. Erapraksistes otsustab omanik ' +
        'ise, kettides teeb otsuse ostujuht.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job('Võtmekliendihaldur (hambaraviketid)', 'Dentaal Baltic OÜ', '2023-03', null, true, 'märtsist 2023', [
        'ketid ja suuremad kliinikud: aastalepingud, hinnatingimused, tellimuste jälgimine',
        'uute seadmete demod hambaarstidele',
        'kahe noorema müügiesindaja juhendamine',
      ]),
      job('Müügiesindaja (hambaravi)', 'Dentaal Baltic OÜ', '2018-08', '2023-02', true, 'august 2018 – veebruar 2023', [
        'erapraksiste külastused Tallinnas ja Lõuna-Eestis',
        'tarvikute ja väikeseadmete pakkumised, tellimused',
      ]),
      job('Hambatehnik', 'Hambalabor Kroon OÜ', '2012', '2018-07', false, '2012 – juuli 2018', [
        'kroonid, sillad ja proteesid',
        'CAD/CAM-tehnoloogia',
      ]),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tervishoiu Kõrgkool, hambatehnik, rakenduskõrgharidus, 2009–2012', {
        field: 'hambatehnik',
        institution: 'Tallinna Tervishoiu Kõrgkool',
        startYear: 2009,
        endYear: 2012,
      }),
      edu('keskharidus', 'Nõmme Gümnaasium, keskharidus, 2009', { institution: 'Nõmme Gümnaasium', endYear: 2009 }),
    ],
    courses: [named('Meditsiiniseadmete regulatsioon (MDR)', 'Meditsiiniseadmete regulatsioon (MDR), 2021')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – väga hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: [
      'Tehniline müük',
      'Kliendisuhted',
      'Hambaravimaterjalide ja -seadmete tundmine',
      'Excel, Pipedrive',
      'Juhiload B',
    ],
    clientBase: { activeAccounts: 69, annualRevenueEur: 2_900_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'relationship_building', 'sales'],
  },
  {
    id: 'et-h37-12-tekst-kaks-veergu-automehaanikust-varuosade-muugiesindaja-sillamae',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Koobalt Kaksteist',
    email: 'kaksteist.k37@example.net',
    phone: '+372 5380 2291',
    contactLines: ['Sillamäe', 'Sündinud 2000'],
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      languages: 'Keeled',
    },
    profile: [
      'Automehaanik, kes pakub nüüd varuosi töökodadele. Alates 2024. aasta oktoobrist külastan remonditöökodasid ' +
        'Ida-Virumaal ja Lääne-Virumaal – minu kliendid on 75 töökoda, enamasti väikesed pereettevõtted, kus omanik ' +
        'otsustab ise, kust osad tellida. Tean autot seestpoolt, seepärast usaldavad mehaanikud mu soovitusi.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja (autoremonditöökojad)', 'Autoosad Ida OÜ', '2024-10', null, true, '10.2024 – praegu', [
          'töökodade külastused, tellimused ja hinnakokkulepped',
          'uute töökodade leidmine Lääne-Virumaal',
          'garantiiküsimuste lahendamine',
        ]),
        lines: ['Müügiesindaja (autoremonditöökojad)', '10.2024 – praegu | Autoosad Ida OÜ, Narva'],
      },
      {
        ...job('Varuosade müüja', 'Autoosad Ida OÜ', '2022-03', '2024-09', true, '03.2022 – 09.2024', [
          'müük letis ja telefoni teel eraisikutele ja töökodadele',
          'osade otsing VIN-koodi järgi',
        ]),
        lines: ['Varuosade müüja', '03.2022 – 09.2024 | Autoosad Ida OÜ, Sillamäe'],
      },
      {
        ...job('Automehaanik', 'Sillamäe Autoteenindus OÜ', '2019-07', '2022-02', false, '07.2019 – 02.2022', [
          'sõiduautode hooldus ja remont, diagnostika',
        ]),
        lines: ['Automehaanik', '07.2019 – 02.2022 | Sillamäe Autoteenindus OÜ'],
      },
    ],
    education: [
      edu('kutseharidus', 'Ida-Virumaa Kutsehariduskeskus, automehaanik, kutseharidus, 2016–2019', {
        field: 'automehaanik',
        institution: 'Ida-Virumaa Kutsehariduskeskus',
        startYear: 2016,
        endYear: 2019,
      }),
      edu('põhiharidus', 'Sillamäe Põhikool, põhiharidus, 2016', { institution: 'Sillamäe Põhikool', endYear: 2016 }),
    ],
    courses: [named('Eesti keele kursus B1', 'Eesti keele kursus B1, 2022')],
    certifications: [named('Automehaanik, tase 4', 'Automehaanik, tase 4 (2019)')],
    languages: [lang('ru', 'native', ''), lang('et', 'B1', ''), lang('en', 'B1', ''), lang('uk', 'A2', '')],
    languagesText: [
      'Emakeel vene. Eesti keel B1 (tasemeeksam 2023), inglise keel B1. Ukraina keelest saan aru, räägin vähe.',
    ],
    skills: ['Autotehnika ja varuosakataloogid (TecDoc)', 'Suhtlemisoskus', 'Juhiload B'],
    clientBase: { activeAccounts: 75, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication'],
  },
  {
    id: 'et-h37-13-pdf-liftimontoorist-liftide-hooldusjuht-muugita-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Koobalt Kolmteist',
    email: 'kolmteist.lift37@example.com',
    phone: '+372 5625 8140',
    contactLines: ['Tallinn, Mustamäe', 'Sündinud 1986'],
    tagline: 'Hooldusjuht · liftid ja eskalaatorid',
    headings: {
      profile: 'Lühikokkuvõte',
      certifications: 'Kvalifikatsioon',
      languages: 'Keeled',
    },
    profile: [
      'Liftidega töötan 20 aastat: alustasin montöörina, olin kaheksa aastat tehnik ja juhin nüüd hooldust. ' +
        'Minu vastutusel on umbes 1 400 lifti ja 30 eskalaatorit Tallinnas ja Harjumaal ning 14 tehnikut. ' +
        'Hinnapakkumisi ja hoolduslepinguid teeb müügiosakond; mina vastutan, et lepingus lubatu ka tehtud saaks.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Hooldusjuht', 'Liftiteenus Eesti OÜ', '2020-09', null, false, '2020. a. septembrist', [
          'hooldus- ja remonditööde planeerimine, 14 tehniku töö korraldamine',
          'uute tehnikute juhendamine ja väljaõpe',
          'koostöö müügiosakonnaga hoolduslepingute tehnilises osas',
          'tööohutus ja järelevalve ettekirjutused',
        ]),
        lines: ['Hooldusjuht', 'Liftiteenus Eesti OÜ · 2020. a. septembrist'],
      },
      {
        ...job('Liftitehnik', 'Põhja Liftid AS', '2012', '2020', false, '2012. a. – 2020. a.', [
          'liftide hooldus ja rikete kõrvaldamine, valvegraafik',
          'moderniseerimisprojektid korterelamutes',
        ]),
        lines: ['Liftitehnik', 'Põhja Liftid AS · 2012. a. – 2020. a.'],
      },
      {
        ...job('Liftimontöör', 'Põhja Liftid AS', '2006', '2012', false, '2006. a. – 2012. a.', [
          'uute liftide paigaldus uusarendustes',
        ]),
        lines: ['Liftimontöör', 'Põhja Liftid AS · 2006. a. – 2012. a.'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tallinna Tehnikakõrgkool, elektri- ja automaatikasüsteemid, rakenduskõrgharidus, õhtune õpe, 2013–2017',
        {
          field: 'elektri- ja automaatikasüsteemid',
          institution: 'Tallinna Tehnikakõrgkool',
          startYear: 2013,
          endYear: 2017,
        },
      ),
      edu('kutseharidus', 'Tallinna Tööstushariduskeskus, elektrik, kutseharidus, 2003–2006', {
        field: 'elektrik',
        institution: 'Tallinna Tööstushariduskeskus',
        startYear: 2003,
        endYear: 2006,
      }),
    ],
    courses: [
      named('Tõsteseadmete ohutus', 'Tõsteseadmete ohutus, 2019'),
      named('Meeskonna juhtimine', 'Meeskonna juhtimine, 2021'),
    ],
    certifications: [named('Liftitehnik, tase 4', 'Liftitehnik, tase 4 (kehtib 2027. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea (tehnikutega igapäevane suhtlus)'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('de', 'A2', 'saksa – natuke'),
    ],
    skills: ['Planeerimine', 'Juhendamine', 'Meeskonnatöö', 'Liftide juhtsüsteemid ja diagnostika', 'Juhiload B'],
    clientBase: null,
    competencies: ['coaching', 'organisation', 'teamwork'],
  },
  {
    id: 'et-h37-14-word-veerud-elektrikust-soojuspumpade-muugikonsultant-kodud-kunda',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Koobalt Neliteist',
    email: 'neliteist.soojus37@example.net',
    phone: '5867 3021',
    contactLines: ['Kunda, Lääne-Virumaa', 'Juhiload B'],
    headings: {
      contact: 'Kontakt',
      languages: 'Keeled',
      certifications: 'Tunnistused',
    },
    profile: [
      'Elektrik ja soojuspumpade paigaldaja, kes on neli aastat müünud soojuspumpasid kodudesse. Käin klientide ' +
        'juures kohapeal, arvutan kütte- ja elektrikulu ning pakun sobiva lahenduse koos paigalduse ja toetuse ' +
        'taotlemisega. 2025. aastal müüsin 140 õhk-vesi- ja maasoojuspumpa, peamiselt Lääne- ja Ida-Virumaa ' +
        'eramajadesse.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügikonsultant',
        'Soojapump OÜ',
        '2022-03',
        null,
        true,
        'märts 2022 – käesoleva ajani',
        [
          'kodukülastused, küttevajaduse arvutus, pakkumised',
          'toetuste taotlemise nõustamine',
          'paigalduse planeerimine koos paigaldajatega',
        ],
        'Rakvere',
      ),
      job(
        'Soojuspumpade paigaldaja',
        'Soojapump OÜ',
        '2019-05',
        '2022-02',
        false,
        'mai 2019 – veebruar 2022',
        ['õhk-vesi- ja maasoojuspumpade paigaldus, elektritööd'],
        'Rakvere',
      ),
      job(
        'Elektrik',
        'Kunda Elekter OÜ',
        '2016-08',
        '2019-04',
        false,
        'august 2016 – aprill 2019',
        ['eramute ja tööstushoonete elektritööd'],
        'Kunda',
      ),
    ],
    education: [
      edu('kutseharidus', 'Rakvere Ametikool, elektrik, kutseharidus, 2013–2016', {
        field: 'elektrik',
        institution: 'Rakvere Ametikool',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [named('Soojuspumpade projekteerimine ja paigaldus', 'Soojuspumpade projekteerimine ja paigaldus, 2019')],
    certifications: [
      named('Elektrik, tase 4', 'Elektrik, tase 4 (2016)'),
      named('F-gaaside käitleja tunnistus', 'F-gaaside käitleja tunnistus, kategooria I (kehtib 2029. aastani)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Veenmisoskus', 'Küttesüsteemide arvutus', 'Excel'],
    clientBase: null,
    competencies: ['organisation', 'persuasiveness'],
  },
  {
    id: 'et-h37-15-tekst-punktid-floristist-lillede-hulgimuugi-esindaja-eesti-lati-valga',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Koobalt Viisteist',
    email: 'viisteist3715@example.com',
    phone: '+372 5912 4406',
    contactLines: ['Valga', 'Kodakondsus: Läti'],
    headings: {
      certifications: 'Kutsetunnistus',
      languages: 'Keelteoskus',
    },
    profile: [
      'Olen pärit Valkast ja töötan mõlemal pool piiri. Florist-müüjana õppisin, mida lillepood vajab; nüüd ' +
        'pakun lõikelilli ja potitaimi lillepoodidele Lõuna-Eestis ja Põhja-Lätis. Kliente on 95 lillepoodi ja ' +
        'floristikastuudiot, 2025. aastal ostsid nad meilt 780 000 € eest. Väikestes poodides otsustab omanik ise, ' +
        'mida ja kui palju tellida.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügiesindaja', 'Lillehulgi Baltic OÜ', '2023-09', null, true, 'september 2023 – praegu', [
          'tellimused kaks korda nädalas, tarnete planeerimine',
          'uute poodide leidmine Tartus ja Võrus',
          'hooajakampaaniad (sõbrapäev, emadepäev, 1. september)',
        ]),
        lines: ['Müügiesindaja; Lillehulgi Baltic OÜ, Valga; september 2023 – praegu'],
      },
      {
        ...job('Florist-müüja', 'Lillepood Kannike OÜ', '2021-06', '2023-08', true, 'juuni 2021 – august 2023', [
          'kimpude ja seadete valmistamine, klientide teenindamine kaupluses',
          'pulma- ja matuseseaded tellimisel',
        ]),
        lines: ['Florist-müüja; Lillepood Kannike OÜ, Valga; juuni 2021 – august 2023'],
      },
      {
        ...job(
          'Kassapidaja',
          'Piiri Toidukaubad SIA',
          '2019-06',
          '2020-08',
          false,
          'juuni 2019 – august 2020 (osalise ajaga, kooli kõrvalt)',
          ['kassatöö, kaupade väljapanek'],
        ),
        lines: ['Kassapidaja; Piiri Toidukaubad SIA, Valka; juuni 2019 – august 2020 (osalise ajaga, kooli kõrvalt)'],
      },
    ],
    education: [
      edu('kutseõpe', 'Räpina Aianduskool, florist, kutseõpe (tase 4), 2020–2021', {
        field: 'florist',
        institution: 'Räpina Aianduskool',
        startYear: 2020,
        endYear: 2021,
      }),
      edu('keskharidus', 'Valga Gümnaasium, keskharidus, 2020', { institution: 'Valga Gümnaasium', endYear: 2020 }),
    ],
    courses: [],
    certifications: [named('Florist, tase 4', 'Florist, tase 4 (2021)')],
    languages: [
      lang('lv', 'native', 'läti keel – emakeel'),
      lang('et', 'C1', 'eesti keel – vabalt'),
      lang('ru', 'B2', 'vene keel – hea'),
      lang('en', 'B1', 'inglise keel – suhtlustasemel'),
    ],
    skills: ['Planeerimine', 'Loovus', 'Lillede ja taimede tundmine', 'Juhiload B'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 780_000, segment: 'international', decisionMakers: true },
    competencies: ['innovation', 'organisation'],
  },
  {
    id: 'et-h37-16-pdf-tabel-administraatorist-spahotelli-konverentsimuugi-juht-otepaa',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Koobalt Kuusteist',
    email: 'kuusteist.otepaa37@example.org',
    phone: '+372 5674 2219',
    contactLines: ['Otepää, Valgamaa'],
    headings: {
      profile: 'Kes olen',
      work: 'Töökogemus',
      workTable: ['Ajavahemik', 'Hotell', 'Ametikoht'],
      languages: 'Keeled',
    },
    profile: [
      'Hotellinduses 13 aastat, neist kaheksa müügis. Müün spahotelli seminare, konverentse, suvepäevi ja ' +
        'firmapidusid. Minu kliendibaasis on umbes 150 ettevõtet ja organisatsiooni üle Eesti, peamiselt Tallinnast ' +
        'ja Tartust. 2025. aastal tõid nad hotellile 1,2 mln € käivet. Suhtlen personalijuhtide ja juhiabidega, ' +
        'suuremate ürituste eelarve kinnitab tavaliselt kliendi juhatus.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Müügijuht (konverentsid ja grupid)',
        'Kuutõusu Spa Hotell AS',
        '2018-06',
        null,
        true,
        'juuni 2018 – tänaseni',
        [
          'ürituste pakkumised ja lepingud, püsiklientide aastakokkulepped',
          'püsiklientide külastused Tallinnas ja Tartus kaks korda aastas',
          'koostöö köögi ja spaaga iga ürituse ettevalmistamisel',
        ],
      ),
      job(
        'Broneeringute spetsialist',
        'Kuutõusu Spa Hotell AS',
        '2016-01',
        '2018-05',
        false,
        'jaanuar 2016 – mai 2018',
        ['tubade ja pakettide broneeringud, grupipäringute edastamine müügijuhile'],
      ),
      job('Administraator', 'Otepää Mäehotell OÜ', '2013-05', '2015-12', false, 'mai 2013 – detsember 2015'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Hotelli- ja Turismikõrgkool, hotellimajandus, rakenduskõrgharidus, 2010–2013', {
        field: 'hotellimajandus',
        institution: 'Eesti Hotelli- ja Turismikõrgkool',
        startYear: 2010,
        endYear: 2013,
      }),
      edu('keskharidus', 'Otepää Gümnaasium, keskharidus, 2010', { institution: 'Otepää Gümnaasium', endYear: 2010 }),
    ],
    courses: [
      named('Ürituste korraldamine ja eelarvestamine', 'Ürituste korraldamine ja eelarvestamine, 2019'),
      named('Hotelli tulujuhtimine', 'Hotelli tulujuhtimine, 2022'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti ●●●●● emakeel'),
      lang('en', 'C1', 'inglise ●●●●○ väga hea'),
      lang('fi', 'B2', 'soome ●●●○○ hea'),
      lang('ru', 'B1', 'vene ●●○○○ suhtlustasemel'),
      lang('de', 'A2', 'saksa ●○○○○ algtase'),
    ],
    skills: ['Läbirääkimised', 'Meeskonnatöö', 'Opera PMS, Excel', 'Juhiload B'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 1_200_000, segment: 'national' },
    competencies: ['negotiation', 'teamwork'],
  },
  {
    id: 'et-h37-17-word-baristast-kontorikohvi-kliendihaldur-telefonita-tabasalu',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Koobalt Seitseteist',
    email: 'seitseteist.kohv37@example.com',
    phone: null,
    contactLines: ['Tabasalu, Harku vald', 'Palun võtke ühendust e-posti teel'],
    headings: {
      profile: 'Minust',
      languages: 'Keeled',
    },
    profile: [
      'Olen 26-aastane ja töötanud kohviga neli aastat: baristana, telefonimüügis ja nüüd kliendihaldurina. ' +
        'Hoian 65 kontorit Tallinnas ja Harjumaal, kellele rendime kohviautomaate ning tarnime kohvi, piima ja ' +
        'hooldust. 2025. aastal maksid minu kliendid meile kokku 380 000 €. Igapäevaselt suhtlen büroojuhtidega; ' +
        'lepingu kinnitab enamasti kliendi tegevjuht.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Kliendihaldur', 'Kontorikohv OÜ', '2024-09', null, true, '09.2024 – praegu', [
          'lepingute pikendamine, automaatide vahetus ja lisatooted',
          'uute kontorite leidmine ja pakkumised',
          'kliendirahulolu küsitlus kord aastas',
        ]),
        lines: ['Kliendihaldur                                        09.2024 – praegu', 'Kontorikohv OÜ, Tallinn'],
      },
      {
        ...job('Telemüüja', 'Kontorikohv OÜ', '2023-05', '2024-08', true, '05.2023 – 08.2024', [
          'väikekontoritele kohvilepingute pakkumine telefoni teel, proovinädalate kokkuleppimine',
        ]),
        lines: ['Telemüüja                                            05.2023 – 08.2024', 'Kontorikohv OÜ, Tallinn'],
      },
      {
        ...job('Barista', 'Kohvik Kuldne Uba OÜ', '2022-02', '2023-04', false, '02.2022 – 04.2023 (osalise ajaga)', [
          'kohvijookide valmistamine, kassa, kohviubade ja tarvikute riiulid',
        ]),
        lines: [
          'Barista                                 02.2022 – 04.2023 (osalise ajaga)',
          'Kohvik Kuldne Uba OÜ, Tallinn',
        ],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Ülikool, kommunikatsioon, bakalaureusekraad, 2019–2023', {
        field: 'kommunikatsioon',
        institution: 'Tallinna Ülikool',
        startYear: 2019,
        endYear: 2023,
      }),
      edu('keskharidus', 'Tabasalu Ühisgümnaasium, keskharidus, 2019', {
        institution: 'Tabasalu Ühisgümnaasium',
        endYear: 2019,
      }),
    ],
    courses: [named('Kliendihalduse alused', 'Kliendihalduse alused, 2024')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('es', 'A2', 'hispaania – A2'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Proaktiivne', 'HubSpot, Excel, Google Workspace', 'Juhiload B'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 380_000, segment: 'regional_smb' },
    competencies: ['communication', 'initiative'],
  },
  {
    id: 'et-h37-18-tekst-tabel-omblejast-tooriiete-muugijuht-laane-eesti-sindi',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Koobalt Kaheksateist',
    email: 'k.kaheksateist37@example.net',
    phone: '+372 5340 7785',
    contactLines: ['Sindi, Pärnumaa', 'Sünniaasta 1979'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      workTable: ['Tööandja', 'Aeg', 'Ametikoht'],
      languages: 'Keeled',
      skills: 'Omadused',
    },
    workTableOrder: ['employer', 'period', 'title'],
    profile: [
      'Olen õmbleja, kes tunneb tööriiet nõelast kuni kliendini: kaheksa aastat õmblustsehhis, viis aastat laos ja ' +
        '2011. aastast müügis. Praegu pakun tööriideid, jalatseid ja isikukaitsevahendeid Pärnu-, Viljandi- ja ' +
        'Läänemaa ettevõtetele. Minu kliendid on 110 ehitus-, tootmis- ja transpordifirmat; 2025. aastal ostsid ' +
        'nad meilt 1,9 mln € eest. Tellimusi arutan ostujuhtide ja tööohutuse spetsialistidega.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Müügijuht (Lääne-Eesti)',
        'Tööriie OÜ',
        '2019-04',
        null,
        true,
        'aprill 2019 – praegu',
        [
          'ettevõtete külastused, vajaduste kaardistus, proovikandmised',
          'aastalepingud ja logoga tööriiete tellimused',
          'kolme müügiesindaja juhendamine',
        ],
        'Pärnu',
      ),
      job(
        'Müügiesindaja',
        'Tööriie OÜ',
        '2011-03',
        '2019-03',
        true,
        'märts 2011 – märts 2019',
        ['Pärnumaa ettevõtted: pakkumised, tellimused ja tarned'],
        'Pärnu',
      ),
      job(
        'Laojuhataja',
        'Tööriie OÜ',
        '2006',
        '2011-02',
        false,
        '2006 – veebruar 2011',
        ['kauba vastuvõtt, inventuurid, kahe laotöötaja töö planeerimine'],
        'Pärnu',
      ),
      job('Õmbleja', 'Sindi Õmblus AS', '1998', '2006', false, '1998 – 2006', [], 'Sindi'),
    ],
    education: [
      edu('kutseharidus', 'Pärnu Ametikool, rõivaõmblus, kutseharidus, 1995–1998', {
        field: 'rõivaõmblus',
        institution: 'Pärnu Ametikool',
        startYear: 1995,
        endYear: 1998,
      }),
      edu('põhiharidus', 'Sindi Keskkool, põhiharidus, 1995', { institution: 'Sindi Keskkool', endYear: 1995 }),
    ],
    courses: [
      named('Isikukaitsevahendite standardid', 'Isikukaitsevahendite standardid, 2014'),
      named('Müügijuhtimine', 'Müügijuhtimine, 2020'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B1', 'inglise – kesktase'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: [
      'Juhendamisoskus',
      'Kehtestav',
      'Tööriiete materjalide ja standardite tundmine',
      'Excel, Directo',
      'Juhiload B',
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 1_900_000, segment: 'regional_smb' },
    competencies: ['coaching', 'organisation', 'tact_assertiveness'],
  },
  {
    id: 'et-h37-19-pdf-kaks-veergu-bioloogist-kahjuritorje-arikliendihaldur-louna-eesti-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Koobalt Üheksateist',
    email: 'yheksateist.torje37@example.org',
    phone: '+372 5598 0317',
    contactLines: ['Tartu, Tähtvere'],
    tagline: 'Ärikliendihaldur · kahjuritõrje ja hügieeniteenused',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      certifications: 'Tunnistused',
      languages: 'Keeled',
    },
    profile: [
      'Bioloog, kes läks pärast ülikooli kahjuritõrjesse ja sealt klienditöösse. Minu kliendid on ligi 230 ' +
        'lepingulist ettevõtet ja ühistut Tartu-, Põlva-, Võru- ja Valgamaal: toidutootjad, laod, restoranid, ' +
        'korteriühistud. 2025. aastal olid nende lepingud kokku 560 000 €. Suhtlen tootmis- ja kvaliteedijuhtidega, ' +
        'kellele on oluline, et auditil kõik dokumendid korras oleksid.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Tõrjeteenus Eesti AS',
        '2022-02',
        null,
        true,
        'veebruar 2022 – praegu',
        [
          'lepingute sõlmimine ja pikendamine, hinnapakkumised',
          'riskihinnangud ja auditi dokumentatsioon klientidele',
          'uute klientide leidmine toiduainetööstuses',
        ],
        'Tartu',
      ),
      job(
        'Kahjuritõrjetehnik',
        'Putukatõrje Lõuna OÜ',
        '2018-06',
        '2022-01',
        false,
        'juuni 2018 – jaanuar 2022',
        ['näriliste ja putukate tõrje, seireplaanid', 'töö planeerimine umbes 120 objektil'],
        'Tartu',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, bioloogia, bakalaureusekraad, 2014–2017', {
        field: 'bioloogia',
        institution: 'Tartu Ülikool',
        startYear: 2014,
        endYear: 2017,
      }),
      edu('keskharidus', 'Tartu Jaan Poska Gümnaasium, keskharidus, 2014', {
        institution: 'Tartu Jaan Poska Gümnaasium',
        endYear: 2014,
      }),
    ],
    courses: [named('Toiduohutuse auditid (BRC, IFS)', 'Toiduohutuse auditid (BRC, IFS), 2022')],
    certifications: [
      named('Kahjuritõrjuja, tase 4', 'Kahjuritõrjuja, tase 4 (2019)'),
      named(
        'Biotsiidide kutselise kasutaja tunnistus',
        'Biotsiidide kutselise kasutaja tunnistus (kehtib 2027. aastani)',
      ),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
    ],
    skills: ['Analüüsivõime', 'Kliendikesksus', 'Excel, Power BI', 'Juhiload B'],
    clientBase: { activeAccounts: 230, annualRevenueEur: 560_000, segment: 'regional_smb' },
    competencies: ['analytical', 'customer_focus', 'organisation'],
  },
  {
    id: 'et-h37-20-word-tabelid-saeraamist-saematerjali-ekspordijuht-33-aastat-imavere',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Koobalt Kakskümmend',
    email: 'kakskymmend.puit37@example.com',
    phone: '+372 5017 6634',
    contactLines: ['Imavere, Järvamaa', 'Sündinud 1972'],
    headings: {
      profile: 'Kokkuvõte',
      languages: 'Keeled',
    },
    jobLabels: { period: 'Aastad', title: 'Ametikoht', employer: 'Tööandja', duties: 'Põhiülesanded' },
    profile: [
      'Olen puiduga töötanud 33 aastat: saeraami taga, vahetuse meistrina, logistikuna ja 2010. aastast ' +
        'saematerjali ekspordis. Müün höövel- ja saematerjali hulgimüüjatele ja tööstustele Suurbritannias, ' +
        'Saksamaal, Taanis ja Hollandis. Mul on 18 püsiklienti, kelle ostud olid 2025. aastal kokku 14,2 mln €. ' +
        'Kliendi poolel on ostujuhid, kes otsustavad ise kogused ja hinnad kvartali kaupa.',
      'Kontserni kaks saeveskit toodavad aastas umbes 320 000 m³ saematerjali.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Ekspordijuht',
        'Puit Nord Export OÜ',
        '2010',
        null,
        true,
        '2010 – praegu',
        [
          'kvartalilepingute läbirääkimised ostujuhtidega',
          'laevade ja veokite tarnegraafikud koos logistikutega',
          'uute klientide leidmine Hollandis ja Taanis',
        ],
        'Imavere',
      ),
      job(
        'Logistik',
        'Järva Saeveski AS',
        '2005',
        '2010',
        false,
        '2005 – 2010',
        ['saematerjali laadimine, veokite ja vagunite planeerimine'],
        'Imavere',
      ),
      job(
        'Vahetuse meister',
        'Järva Saeveski AS',
        '1999',
        '2005',
        false,
        '1999 – 2005',
        ['vahetuse 20 töötaja juhendamine, tootmisplaani täitmine'],
        'Imavere',
      ),
      job('Saeraamioperaator', 'Järva Saeveski AS', '1993', '1999', false, '1993 – 1999', [], 'Imavere'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, logistika, rakenduskõrgharidus (töö kõrvalt), 2006–2010', {
        field: 'logistika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('kutsekeskharidus', 'Kehtna Mehhaniseerimistehnikum, puidutöötlemine, kutsekeskharidus, 1989–1993', {
        field: 'puidutöötlemine',
        institution: 'Kehtna Mehhaniseerimistehnikum',
        startYear: 1989,
        endYear: 1993,
      }),
    ],
    courses: [
      named('Saematerjali sorteerimine ja kvaliteediklassid', 'Saematerjali sorteerimine ja kvaliteediklassid, 2011'),
      named('Ekspordikrediidi kindlustus', 'Ekspordikrediidi kindlustus, 2015'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', ''),
      lang('en', 'C1', ''),
      lang('de', 'B2', ''),
      lang('ru', 'B2', ''),
      lang('fi', 'A2', ''),
    ],
    languagesText: ['Emakeel eesti. Võõrkeeled: inglise (väga hea), saksa (hea), vene (hea), soome (algtase).'],
    skills: ['Läbirääkimisoskus', 'Ärivaist', 'Excel, SAP', 'Juhiload B, C'],
    clientBase: { activeAccounts: 18, annualRevenueEur: 14_200_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'entrepreneurship', 'negotiation', 'organisation'],
  },
  {
    id: 'et-h37-21-tekst-pangateenindajast-kinnisvaramaakler-eraisikud-kohila',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Koobalt Kakskümmend Üks',
    email: 'kinnisvara.koobalt37@example.org',
    phone: '+372 5330 1842',
    contactLines: ['Kohila, Raplamaa'],
    headings: {
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    profile: [
      'Kinnisvaramaakler aastast 2008. Vahendan kodusid ja maatükke Raplamaal ja Harjumaa lõunaosas: korterid, ' +
        'eramud, talud ja suvilad. 2025. aastal vahendasin 41 tehingut kogumahuga 6,8 mln €. Minu kliendid on ' +
        'eraisikud, kes müüvad või ostavad kodu, sageli elus üks kord – seepärast on kõige tähtsam usaldus.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Kinnisvaramaakler', 'Kodumaakler OÜ', '2008', null, true, '2008 – tänini', [
          'müüjate ja ostjate nõustamine, hinnangud, kuulutused ja näitused',
          'läbirääkimised ostjate ja müüjate vahel, notaritehingute ettevalmistus',
          'suhtlus pankade ja hindajatega',
        ]),
        lines: ['2008 – tänini   kinnisvaramaakler – Kodumaakler OÜ, Kohila'],
      },
      {
        ...job('Üürihaldur', 'Rapla Kinnisvara OÜ', '2006', '2008', false, '2006 – 2008', [
          'üürikorterite haldus, üürnike leidmine ja lepingud',
        ]),
        lines: ['2006 – 2008   üürihaldur – Rapla Kinnisvara OÜ, Rapla'],
      },
      {
        ...job('Pangateenindaja', 'Rapla Hoiupank AS', '2004', '2006', false, '2004 – 2006', [
          'kassatoimingud, maksed, kontode avamine',
        ]),
        lines: ['2004 – 2006   pangateenindaja – Rapla Hoiupank AS, Rapla'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Pedagoogikaülikool, sotsiaalpedagoogika, bakalaureusekraad, 2000–2004', {
        field: 'sotsiaalpedagoogika',
        institution: 'Tallinna Pedagoogikaülikool',
        startYear: 2000,
        endYear: 2004,
      }),
      edu('keskharidus', 'Kohila Gümnaasium, keskharidus, 2000', { institution: 'Kohila Gümnaasium', endYear: 2000 }),
    ],
    courses: [
      named('Kinnisvara hindamise alused', 'Kinnisvara hindamise alused, 2009'),
      named('Kinnisvaratehingute õiguslik pool', 'Kinnisvaratehingute õiguslik pool, 2017'),
    ],
    certifications: [named('Kinnisvaramaakler, tase 5', 'Kinnisvaramaakler, tase 5 (kehtib 2029. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'B1', 'soome – rahuldav'),
    ],
    skills: [
      'Läbirääkimisoskus',
      'Usaldusväärne ja diskreetne',
      'Kinnisvaraportaalid, fotod ja 3D-tuurid',
      'Juhiload B',
    ],
    clientBase: null,
    competencies: ['negotiation'],
  },
  {
    id: 'et-h37-22-pdf-punktid-vastlopetanu-manguasjade-muugiesindaja-esimene-aasta-polva',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Koobalt Kakskümmend Kaks',
    email: 'koobalt22.polva37@example.net',
    phone: '5836 2290',
    contactLines: ['Põlva', 'Sündinud 2002'],
    headings: {
      languages: 'Keeled',
    },
    profile: [
      'Lõpetasin 2025. aasta kevadel Tartu Ülikoolis majanduse ja ettevõtluse eriala ning alustasin novembris ' +
        'esimese päris tööga. Olen mänguasjade hulgimüügifirma müügiesindaja Lõuna-Eestis: võtsin üle 40 ' +
        'mänguasja- ja raamatupoodi Tartus, Võrus, Põlvas, Valgas ja Viljandis ning leidsin esimese aastaga 6 uut. ' +
        'Poodide omanikud otsustavad ise, mida jõuludeks tellida – minu asi on olla õigel ajal kohal.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügiesindaja (Lõuna-Eesti)', 'Mängumaa Hulgi OÜ', '2025-11', null, true, 'alates 3. novembrist 2025', [
          'poodide külastused iga kolme nädala järel',
          'tellimused, hooajakataloogid ja väljapanekud',
        ]),
        lines: ['Müügiesindaja (Lõuna-Eesti) – Mängumaa Hulgi OÜ, Tartu – alates 3. novembrist 2025'],
      },
      {
        ...job('Praktikant (turundus)', 'Mängumaa Hulgi OÜ', '2025-03', '2025-05', false, 'märts 2025 – mai 2025', [
          'kataloogi tekstid ja sotsiaalmeedia postitused',
          'poodide rahuloluküsitlus',
        ]),
        lines: ['Praktikant (turundus) – Mängumaa Hulgi OÜ, Tartu – märts 2025 – mai 2025'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, majandus ja ettevõtlus, bakalaureusekraad, 2021–2025', {
        field: 'majandus ja ettevõtlus',
        institution: 'Tartu Ülikool',
        startYear: 2021,
        endYear: 2025,
      }),
      edu('keskharidus', 'Põlva Gümnaasium, keskharidus, 2021', { institution: 'Põlva Gümnaasium', endYear: 2021 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1 (Cambridge C1 Advanced, 2021)'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Meeskonnatöö', 'Algatusvõime', 'Excel, Canva, Merit Aktiva', 'Juhiload B'],
    clientBase: { activeAccounts: 46, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'teamwork'],
    closing: [
      { kind: 'heading', text: 'Muu' },
      {
        kind: 'paragraph',
        text: 'Ülikooli ajal korraldasin vabatahtlikuna tudengite lauamänguõhtuid (2022–2024).',
      },
    ],
  },
  {
    id: 'et-h37-23-word-kaks-veergu-kolhoosi-agronoomist-vaetiste-muugiagronoom-40-aastat-adavere',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Koobalt Kakskümmend Kolm',
    email: 'agronoom.koobalt37@example.com',
    phone: '+372 5331 7702',
    contactLines: ['Adavere, Põltsamaa vald', 'Kodus 776 3318', 'Sündinud 1963'],
    tagline: 'Müügiagronoom',
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      work: 'Tööalane tegevus',
      courses: 'Täienduskoolitused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
    },
    profile: [
      'Agronoom alates 1986. aastast – kolhoosis, põllumajandusettevõttes ja 2003. aastast müügiagronoomina. ' +
        'Pakun väetisi, taimekaitsevahendeid ja seemneid Jõgeva-, Tartu- ja Viljandimaa põllumeestele.',
      'Minu kliendid on 130 talu ja põllumajandusettevõtet, kes ostsid 2025. aastal kokku 7,8 mln € eest. ' +
        'Suuremates ettevõtetes räägin peaagronoomiga, taludes peremehega – nemad otsustavad ise, mida ja millal ' +
        'põllule panna. Kokku harivad minu kliendid ligi 60 000 hektarit.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiagronoom', 'Agrokeemia Eesti AS', '2003-04', null, true, 'aprill 2003 – praegu', [
          'põldude ülevaatused, väetus- ja taimekaitseplaanid',
          'hooajalepingute läbirääkimised ja tellimused',
          'põllupäevad ja katsepõllud Jõgevamaal',
        ]),
        lines: ['Agrokeemia Eesti AS', 'müügiagronoom, aprill 2003 – praegu'],
      },
      {
        ...job('Peaagronoom', 'Adavere Agro AS', '1992', '2003-03', false, '1992 – märts 2003', [
          '1 800 ha külvikorra ja väetamise planeerimine',
          'taimekasvatusbrigaadi juhtimine',
        ]),
        lines: ['Adavere Agro AS', 'peaagronoom, 1992 – märts 2003'],
      },
      {
        ...job('Agronoom', 'Adavere kolhoos', '1986', '1992', false, '1986 – 1992', [
          'põllutööde korraldus, väetiste ja seemnete arvestus',
        ]),
        lines: ['Adavere kolhoos', 'agronoom, 1986 – 1992'],
      },
    ],
    education: [
      edu('kõrgharidus', 'Eesti Põllumajanduse Akadeemia, agronoomia, kõrgharidus (agronoomi diplom), 1981–1986', {
        field: 'agronoomia',
        institution: 'Eesti Põllumajanduse Akadeemia',
        startYear: 1981,
        endYear: 1986,
      }),
      edu('keskharidus', 'Põltsamaa Keskkool, keskharidus, 1981', {
        institution: 'Põltsamaa Keskkool',
        endYear: 1981,
      }),
    ],
    courses: [
      named('Täppisväetamine ja mullaanalüüsid', 'Täppisväetamine ja mullaanalüüsid, 2018'),
      named('Integreeritud taimekaitse', 'Integreeritud taimekaitse, 2022'),
    ],
    certifications: [named('Taimekaitsetunnistus', 'Taimekaitsetunnistus, III tase (kehtib 2028. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – väga hea'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Suhtevõrgustik põllumeeste seas', 'Mullaanalüüside tõlgendamine', 'Juhiload B, T'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 7_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
    closing: [
      { kind: 'heading', text: 'Soovitajad' },
      { kind: 'paragraph', text: 'Esitan soovi korral.' },
    ],
  },
  {
    id: 'et-h37-24-tekst-punktid-bussijuhist-soiduopetaja-muugita-antsla',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Koobalt Kakskümmend Neli',
    email: 'soiduopetaja37@example.org',
    phone: '5623 0918',
    contactLines: ['Antsla, Võrumaa'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töö',
      certifications: 'Kutse',
      languages: 'Keeled',
      skills: 'Isikuomadused ja load',
    },
    profile: [
      'Olen 12 aastat õpetanud inimesi autot juhtima, enne seda sõitsin seitse aastat liinibussi. Õpetan ' +
        'B-kategooriat Võrus, Antslas ja Valgas, aastas umbes 60 õpilast; sõidueksami sooritab esimesel korral ' +
        'üle 70% minu õpilastest. Vajadusel õpetan ka vene keeles.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Sõiduõpetaja',
        'Autokool Rool OÜ',
        '2014-08',
        null,
        false,
        'august 2014 – praegu',
        [
          'B-kategooria sõidutunnid, libedasõit ja pimedasõit',
          'teooriatunnid õhtuti',
          'õpilaste sõidugraafiku planeerimine',
        ],
        'Võru',
      ),
      job(
        'Bussijuht',
        'Lõuna Liinid AS',
        '2007-05',
        '2014-07',
        false,
        'mai 2007 – juuli 2014',
        ['maakonnaliinid Võrumaal, koolibussid'],
        'Võru',
      ),
    ],
    education: [
      edu('kutseharidus', 'Võrumaa Kutsehariduskeskus, autotehnik, kutseharidus, 2002–2005', {
        field: 'autotehnik',
        institution: 'Võrumaa Kutsehariduskeskus',
        startYear: 2002,
        endYear: 2005,
      }),
      edu('põhiharidus', 'Antsla Gümnaasium, põhiharidus, 2002', { institution: 'Antsla Gümnaasium', endYear: 2002 }),
    ],
    courses: [named('Libedasõidu instruktori koolitus', 'Libedasõidu instruktori koolitus, 2016')],
    certifications: [
      named('Mootorsõidukijuhi õpetaja, tase 5', 'Mootorsõidukijuhi õpetaja, tase 5 (kehtib 2028. aastani)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: [
      'Rahulik ja kannatlik',
      'Suhtlemisoskus',
      'Juhiload B, C, D, BE',
      'Bussijuhi ametikvalifikatsiooni kaart (kehtis kuni 2019)',
    ],
    clientBase: null,
    competencies: ['communication', 'organisation'],
  },
  {
    id: 'et-h37-25-pdf-kosmeetikust-ilusalongide-koolitaja-muugijuht-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Koobalt Kakskümmend Viis',
    email: 'k.kakskymmendviis37@example.com',
    phone: '+372 512 0447',
    contactLines: ['Tallinn, Kristiine'],
    tagline: 'Koolitaja-müügijuht · professionaalne kosmeetika salongidele',
    headings: {
      profile: 'Profiil',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    profile: [
      'Kosmeetik, kes töötas üheksa aastat salongis ja oma kabinetis ning esindab alates 2020. aastast ' +
        'professionaalset nahahoolduskosmeetikat ilusalongidele. Minu kliendid on umbes 160 ilusalongi ja ' +
        'kosmeetikakabinetti üle Eesti; 2025. aastal ostsid nad tooteid ja koolitusi 1,05 mln € eest. Salongide ' +
        'omanikud otsustavad ise, milliste toodetega töötada – nad usaldavad kosmeetikut, kes tooteid ise tunneb.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Koolitaja-müügijuht',
        'Nahailu OÜ',
        '2023-01',
        null,
        true,
        'jaanuar 2023 – praegu',
        [
          'salongide külastused, tootekoolitused kosmeetikutele',
          'aastaplaanid ja kampaaniad võtmesalongidega',
          'kahe müügiesindaja juhendamine',
        ],
        'Tallinn',
      ),
      job(
        'Müügiesindaja (ilusalongid)',
        'Nahailu OÜ',
        '2020-09',
        '2022-12',
        true,
        'september 2020 – detsember 2022',
        ['Tallinna ja Harjumaa salongid: tellimused, uued kliendid, tooteproovid'],
        'Tallinn',
      ),
      {
        ...job('Kosmeetik', 'FIE', '2017-03', '2020-08', false, 'märts 2017 – august 2020', [
          'oma kosmeetikakabinet: näohooldused, kulmud ja ripsmed',
        ]),
        lines: ['märts 2017 – august 2020   Kosmeetik – FIE (oma kabinet), Tallinn'],
      },
      job(
        'Kosmeetik',
        'Ilusalong Roos OÜ',
        '2011-06',
        '2017-02',
        false,
        'juuni 2011 – veebruar 2017',
        ['näohooldused ja meigid, hooldustoodete soovitamine klientidele'],
        'Tallinn',
      ),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Teeninduskool, kosmeetik, kutseharidus, 2009–2011', {
        field: 'kosmeetik',
        institution: 'Tallinna Teeninduskool',
        startYear: 2009,
        endYear: 2011,
      }),
      edu('keskharidus', 'Tallinna Kristiine Gümnaasium, keskharidus, 2009', {
        institution: 'Tallinna Kristiine Gümnaasium',
        endYear: 2009,
      }),
    ],
    courses: [
      named('Nahaanalüüs ja keemilised koorijad', 'Nahaanalüüs ja keemilised koorijad, 2018'),
      named('Koolitaja baaskursus', 'Koolitaja baaskursus, 2023'),
    ],
    certifications: [named('Kosmeetik, tase 5', 'Kosmeetik, tase 5 (2016)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – vabalt'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
    ],
    skills: ['Juhendamine', 'Suhete loomine', 'Esinemisoskus', 'Instagram, Canva'],
    clientBase: { activeAccounts: 160, annualRevenueEur: 1_050_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'relationship_building'],
  },
  {
    id: 'et-h37-26-word-punktid-keemikust-veepuhastuse-muugikoordinaator-muugita-kuusalu',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Koobalt Kakskümmend Kuus',
    email: 'kuus.kakskymmend37@example.net',
    phone: null,
    contactLines: ['Kuusalu, Harjumaa'],
    headings: {
      languages: 'Keeled',
    },
    profile: [
      'Keemik, kes töötab veepuhastusseadmete firmas müügikoordinaatorina. Koostan müügiinseneridele ' +
        'hinnapakkumisi, vormistan tellimused ja jälgin tarneid; oma kliente mul ei ole. Järgmise sammuna soovin ' +
        'saada müügiinseneriks, sest tunnen vee keemiat ja seadmeid hästi.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügikoordinaator', 'Puhas Vesi Tehnika OÜ', '2025-01', null, false, 'jaanuar 2025 – …', [
          'hinnapakkumiste koostamine müügiinseneride andmete järgi',
          'tellimuste vormistamine, tarnete ja paigalduste planeerimine',
          'pakkumiste ja lepingute arhiiv CRM-is',
        ]),
        lines: ['Müügikoordinaator, Puhas Vesi Tehnika OÜ [jaanuar 2025 – …]'],
      },
      {
        ...job('Laborant', 'Vee- ja Keskkonnalabor OÜ', '2023-08', '2024-12', false, 'august 2023 – detsember 2024', [
          'joogivee ja reovee proovide analüüsid',
          'proovivõtt klientide juures',
        ]),
        lines: ['Laborant, Vee- ja Keskkonnalabor OÜ [august 2023 – detsember 2024]'],
      },
    ],
    education: [
      edu(
        'bakalaureusekraad',
        'Tallinna Tehnikaülikool, keemia- ja keskkonnakaitsetehnoloogia, bakalaureusekraad, 2020–2023',
        {
          field: 'keemia- ja keskkonnakaitsetehnoloogia',
          institution: 'Tallinna Tehnikaülikool',
          startYear: 2020,
          endYear: 2023,
        },
      ),
      edu('keskharidus', 'Kuusalu Keskkool, keskharidus, 2020', { institution: 'Kuusalu Keskkool', endYear: 2020 }),
    ],
    courses: [named('Veepuhastustehnoloogia alused', 'Veepuhastustehnoloogia alused, 2025')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('fi', 'A1', 'soome – A1'),
    ],
    skills: ['Täpsus', 'Meeskonnatöö', 'Excel, Pipedrive, Directo', 'Juhiload B'],
    clientBase: null,
    competencies: ['organisation', 'teamwork'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-sixth held-out set's Estonian CVs: skills-first, functional and hybrid CVs as people in Estonia write
 * them in 2026 – a profile, competences and achievements first and the dated history short, late or at the end –
 * from people whose careers do not run in one straight line: freelance and interim assignments, a sole trader (FIE)
 * or an own OÜ next to a salaried job, several part-time jobs at once, and gaps between jobs that the CV explains
 * (caring for a parent or a child, full-time study, travel, illness, fleeing a war). They sell kitchen equipment,
 * Estonian crafts, electricity contracts, frozen food, care-home supplies, wine, staffing services, musical
 * instruments, fuel, shift-planning software, tiles, tours, laboratory supplies, outdoor advertising, gym equipment,
 * energy, company cars, textiles, forklifts, plants, horse feed, language courses and glass facades; a bookkeeper and
 * a nurse have never sold.
 */
export const HELD_OUT_36_ET: CvSource[] = [
  {
    id: 'et-h36-01-pdf-funktsionaalne-kokast-koogiseadmete-muugijuht-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Nikkel Üks',
    email: 'nikkel.yks3601@example.com',
    phone: '+372 5561 2093',
    contactLines: ['Tallinn, Lasnamäe', 'Sündinud 1986'],
    tagline: 'Köögiseadmete müügijuht · endine köögijuht',
    headings: {
      work: 'Töökohad lühidalt',
      courses: 'Täienduskoolitused',
      certifications: 'Kutsetunnistus',
      skills: 'Tööriistad',
    },
    afterContact: [
      { kind: 'heading', text: 'Profiil' },
      {
        kind: 'paragraph',
        text:
          'Olen kokk, kes müüb köögiseadmeid. Töötasin 12 aastat restoranide ja hotellide köökides, viimased viis ' +
          'aastat köögijuhina, ja alates 2019. aastast müün professionaalseid köögiseadmeid restoranidele, ' +
          'hotellidele ja suurköökidele. Kliendiga räägin tema keeles: tean, mida tähendab, kui kombiahi keset ' +
          'lõunaserveerimist seisma jääb.',
      },
      { kind: 'heading', text: 'Müük ja läbirääkimised' },
      {
        kind: 'bullets',
        items: [
          'Minu portfellis on 85 aktiivset klienti – restoranid, hotellid, kohvikuketid ja koolisööklad Tallinnas, ' +
            'Harjumaal ja Tartus',
          'Nende ostud (seadmed, paigaldus ja hooldus) olid 2025. aastal kokku 2,4 mln €',
          'Läbirääkimisi pean peamiselt omanike ja peakokkadega, kes ostuotsuse ise teevad',
          'Suurim üksiktehing: 2024. aastal spa-hotelli köögi täissisustus 310 000 € eest',
        ],
      },
      { kind: 'heading', text: 'Köögiprojektid' },
      {
        kind: 'bullets',
        items: [
          'Köögi tehnoloogilise lahenduse ja seadmete valik koos projekteerija ja sisearhitektiga',
          'Paigalduse planeerimine nii, et restoran oleks suletud võimalikult vähe päevi',
          '2022–2025 kokku 30 köögi täisrenoveerimist',
        ],
      },
      { kind: 'heading', text: 'Juhendamine' },
      {
        kind: 'bullets',
        items: [
          'Kokkade väljaõpe uute seadmete kasutamiseks, umbes 40 koolitust aastas',
          'Köögijuhina vastutasin 12-liikmelise meeskonna ja õpipoiste eest',
        ],
      },
    ],
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügijuht', 'Suurköök Baltic OÜ', '2019', null, true, '2019 – senini'),
        lines: ['2019 – senini | Müügijuht | Suurköök Baltic OÜ, Tallinn'],
      },
      {
        ...job('Köögijuht', 'Restoran Merekivi OÜ', '2013', '2018', false, '2013 – 2018'),
        lines: [
          '2018 – 2019 | täiskoormusega õpingud (vt Haridus)',
          '2013 – 2018 | Köögijuht | Restoran Merekivi OÜ, Tallinn',
        ],
      },
      {
        ...job('Kokk', 'Kadaka Hotell OÜ', '2006', '2013', false, '2006 – 2013'),
        lines: ['2006 – 2013 | Kokk | Kadaka Hotell OÜ, Tallinn'],
      },
    ],
    education: [
      edu('kutseõpe', 'Tallinna Majanduskool, müügiesindaja, kutseõpe (tase 4, täiskoormusega), 2018–2019', {
        field: 'müügiesindaja',
        institution: 'Tallinna Majanduskool',
        startYear: 2018,
        endYear: 2019,
      }),
      edu('kutseharidus', 'Tallinna Teeninduskool, kokk, kutseharidus, 2003–2006', {
        field: 'kokk',
        institution: 'Tallinna Teeninduskool',
        startYear: 2003,
        endYear: 2006,
      }),
    ],
    courses: [
      named('HACCP ja toiduhügieen', 'HACCP ja toiduhügieen, 2019'),
      named('Külmaseadmete põhitõed', 'Külmaseadmete põhitõed, 2021'),
    ],
    certifications: [named('Kokk, tase 4', 'Kokk, tase 4 (2006)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'B2', 'inglise keel – hea'),
      lang('ru', 'B1', 'vene keel – suhtlustasemel'),
      lang('fi', 'A2', 'soome keel – algtase'),
    ],
    skills: ['Pipedrive, Excel, Google Workspace', 'Köögijooniste lugemine (AutoCAD)', 'Juhiload B'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 2_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'organisation', 'sales'],
  },
  {
    id: 'et-h36-02-word-kaks-veergu-fie-muugiagent-kasitoo-ja-pool-kohta-kasitooliidus',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Nikkel Kaks',
    email: 'kaks.nikkel36@example.org',
    phone: '5342 8816',
    contactLines: ['Viljandi'],
    tagline: 'Müügiagent | Eesti käsitöö ja disain',
    headings: {
      contact: 'Kontaktid',
      work: 'Töökogemus',
      languages: 'Keeled',
      skills: 'Tugevused',
    },
    afterContact: [
      { kind: 'heading', text: 'Minust' },
      {
        kind: 'paragraph',
        text:
          'Viimased kuus aastat olen olnud ise ettevõtja: esindan komisjonitasu alusel kolme Lõuna-Eesti ' +
          'väiketootjat ja müün nende tooteid suveniiri- ja kingipoodidele üle Eesti. Samal ajal töötan poole ' +
          'kohaga Viljandimaa Käsitööliidus. Enne seda olin viis aastat keraamikakoja müügiesindaja ja viis aastat ' +
          'müüja Tallinna vanalinnas.',
      },
      { kind: 'heading', text: 'Mida olen saavutanud' },
      {
        kind: 'bullets',
        items: [
          'Minu kliendid on 70 suveniiri-, kingi- ja muuseumipoodi üle Eesti; poodide omanikud otsustavad ise, ' +
            'mida riiulile võtavad',
          '2025. aastal tellisid poed minu kaudu kokku 310 000 € eest',
          'Viisin villaste sokkide tootja kahe aastaga 12 poest 45 poeni',
          'Korraldasin 2024. aastal Viljandis esimese poodide ja tootjate kohtumispäeva – 40 poodi ja 25 tootjat',
        ],
      },
    ],
    profile: [],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Müügiagent', 'Kandidaat Nikkel Kaks FIE', '2020-03', null, true, '03.2020 – praeguseni', [
          'esindan kolme tootjat: keraamika (Savikoda OÜ), villased sokid ja kindad, sojaküünlad',
          'poodide külastused kaks korda aastas uute kollektsioonidega, tellimused ja järeltellimused',
          'tasu on komisjon müügist',
        ]),
        lines: ['03.2020 – praeguseni   Müügiagent – Kandidaat Nikkel Kaks FIE (oma ettevõte), Viljandi'],
      },
      job(
        'Projektikoordinaator',
        'Viljandimaa Käsitööliit MTÜ',
        '2021-09',
        null,
        false,
        '09.2021 – praeguseni (0,5 kohta)',
        ['laatade ja käsitöönädalate korraldamine', 'liikmete koolituste planeerimine, projektitaotlused'],
        'Viljandi',
      ),
      job(
        'Müügiesindaja',
        'Savikoda OÜ',
        '2015-09',
        '2020-02',
        true,
        '09.2015 – 02.2020',
        ['keraamika müük kauplustele, hotellidele ja muuseumipoodidele Lõuna-Eestis', 'messid ja laadad'],
        'Viljandi',
      ),
      {
        ...job('Müüja', 'Vanalinna Kingipood OÜ', '2009-05', '2014-05', true, '05.2009 – 05.2014', [
          'suveniiride müük, palju turiste Soomest ja Saksamaalt',
          'alates 2012 vahetuse vanem',
        ]),
        lines: [
          '06.2014 – 08.2015   Reis Lõuna-Ameerikas (Peruu, Boliivia, Argentina), hispaania keele kursus Buenos ' +
            'Aireses',
          '05.2009 – 05.2014   Müüja – Vanalinna Kingipood OÜ, Tallinn',
        ],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'TÜ Viljandi Kultuuriakadeemia, rahvuslik käsitöö, bakalaureusekraad, 2005–2009', {
        field: 'rahvuslik käsitöö',
        institution: 'TÜ Viljandi Kultuuriakadeemia',
        startYear: 2005,
        endYear: 2009,
      }),
      edu('keskharidus', 'Suure-Jaani Gümnaasium, keskharidus, 2005', {
        institution: 'Suure-Jaani Gümnaasium',
        endYear: 2005,
      }),
    ],
    courses: [
      named(
        'Hinnastamine ja müük väiketootjale',
        'Hinnastamine ja müük väiketootjale, Viljandimaa Arenduskeskus, 2021',
      ),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – väga hea'),
      lang('es', 'B1', 'hispaania – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: [
      'Läbirääkimisoskus',
      'Kliendisuhted',
      'Ettevõtlik',
      'Excel, Shopify, Merit Aktiva',
      'Juhiload B, oma auto',
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 310_000, segment: 'national', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'et-h36-03-tekst-punktid-kolm-osalise-ajaga-tood-telemuuja-rattapood-ujumistreener',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Nikkel Kolm',
    email: 'n.kolm3603@example.net',
    phone: '+372 5819 4402',
    contactLines: ['Tartu, Annelinn', '23-aastane'],
    headings: {
      work: 'Praegused ja varasemad tööd',
      languages: 'Keeled',
      certifications: 'Tunnistused',
    },
    afterContact: [
      { kind: 'heading', text: 'Lühidalt' },
      {
        kind: 'paragraph',
        text:
          'Lõpetasin 2025. aastal Tartu Ülikoolis ärijuhtimise ja töötan praegu korraga kolmes kohas: telemüüjana ' +
          'energiafirmas, laupäeviti rattapoes ja kahel õhtul nädalas ujumistreenerina. Otsin täiskohaga müügitööd, ' +
          'kus saaksin hakata ise kliente hoidma.',
      },
      { kind: 'heading', text: 'Mida oskan' },
      {
        kind: 'bullets',
        items: [
          'Telefonimüük ja külmkõned – ära ütlemist ei karda',
          'Pingetaluvus: kolm tööd ja lõputöö samal kevadel',
          'Suhtlemisoskus – lapsed, lapsevanemad, ettevõtjad',
          'Excel, Google Sheets, HubSpot (algtase)',
        ],
      },
    ],
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Telemüüja', 'Valgusvoog Energia OÜ', '2025-02', null, true, 'veebr 2025 – praegu', [
          'Helistan väikeettevõtetele üle Eesti ja pakun elektri- ja gaasilepinguid',
          '60–80 kõnet päevas, keskmiselt 25 uut lepingut kuus',
          'Oma kliendiportfelli mul ei ole – pärast allkirja läheb klient kliendihaldurile',
        ]),
        lines: ['TELEMÜÜJA – Valgusvoog Energia OÜ, veebr 2025 – praegu (30 h nädalas)'],
      },
      {
        ...job('Müüja', 'Rattapood Kumm OÜ', '2023-04', null, true, 'aprill 2023 – praegu', [
          'Jalgrataste ja varustuse müük, proovisõidud ja järelmaksulepingud',
        ]),
        lines: ['MÜÜJA – Rattapood Kumm OÜ, aprill 2023 – praegu (laupäeviti, suviti ka pühapäeviti)'],
      },
      {
        ...job('Ujumistreener', 'Ujumisklubi Vetikas MTÜ', '2022', null, false, '2022 sügisest – praegu', [
          '7–10-aastaste rühm, 14 last',
          'Võistlustele registreerimine ja suhtlus lapsevanematega',
        ]),
        lines: ['UJUMISTREENER – Ujumisklubi Vetikas MTÜ, 2022 sügisest – praegu (teisipäeva ja neljapäeva õhtuti)'],
      },
      {
        ...job('Klienditeenindaja', 'Kohvik Emajõe Kallas OÜ', '2022-06', '2022-08', false, 'juuni–august 2022'),
        lines: ['KLIENDITEENINDAJA – Kohvik Emajõe Kallas OÜ, juuni–august 2022 (suvetöö)'],
      },
    ],
    education: [
      edu('bakalaureus', 'Tartu Ülikool, ärijuhtimine, bakalaureus, 2022–2025', {
        field: 'ärijuhtimine',
        institution: 'Tartu Ülikool',
        startYear: 2022,
        endYear: 2025,
      }),
      edu('keskharidus', 'Tartu Jaan Poska Gümnaasium, keskharidus, 2022', {
        institution: 'Tartu Jaan Poska Gümnaasium',
        endYear: 2022,
      }),
    ],
    courses: [named('Esmaabi', 'Esmaabi, 16 h, 2024')],
    certifications: [named('Treener, tase 3', 'Treener, tase 3 (ujumine) – kehtib 2027. aastani')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'A2', 'vene – A2'),
      lang('fr', 'A2', 'prantsuse – A2'),
    ],
    skills: [],
    clientBase: null,
    competencies: ['communication', 'stress_resistance'],
  },
  {
    id: 'et-h36-04-pdf-tabel-ajutised-muugijuhi-rollid-asendus-ja-projektid-toiduainetoostus',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Nikkel Neli',
    email: 'neli36.interim@example.com',
    phone: '+372 5200 3614',
    contactLines: ['Tallinn', 'linkedin.example.com/in/nikkel-neli'],
    tagline: 'Müügijuht ajutisteks ja asendusrollideks – toiduainetööstus',
    headings: {
      work: 'Tööd ja projektid',
      workTable: ['Ettevõte', 'Roll', 'Aeg'],
      skills: 'Töövahendid',
    },
    workTableOrder: ['employer', 'title', 'period'],
    afterContact: [
      { kind: 'heading', text: 'Praegu' },
      {
        kind: 'paragraph',
        text:
          'Asendan Jäälill Toidud AS-is lapsehoolduspuhkusel olevat müügijuhti. Vastutan 9 võtmekliendi eest – kolm ' +
          'jaeketti, kaks hulgimüüjat ja neli toitlustusettevõtet üle Eesti. 2025. aastal ostsid need kliendid ' +
          'kokku 7,2 mln € eest. Aastaläbirääkimisi pean kettide kategooriajuhtidega, kes otsustavad, mis valikusse ' +
          'jääb.',
      },
      { kind: 'heading', text: 'Kompetentsid' },
      {
        kind: 'bullets',
        items: [
          'Võtmeklientide haldus jaekettides ja hulgimüügis',
          'Müügimeeskonna juhendamine ja ümberkorraldamine',
          'Müügiprognoosid ja aruandlus (Excel, Power BI)',
          'Kiire sisseelamine – esimesed kliendikohtumised esimesel nädalal',
        ],
      },
      { kind: 'heading', text: 'Tulemused viimastes projektides' },
      {
        kind: 'bullets',
        items: [
          'Mõisaküpsis OÜ (2025): taastasin kahe jaeketiga katkenud lepingud, kvartalimüük kasvas 18%',
          'Põhjala Kalatööstus AS (2024): juhtisin direktori haiguslehe ajal kuueliikmelist müügimeeskonda, ' +
            'sõlmisin kaks uut eksporditellimust Lätti',
          'Piimaring AS (2011–2023): 12 aastat samad võtmekliendid, kellest ükski ei lahkunud',
        ],
      },
    ],
    profile: [],
    jobStyle: 'table',
    jobs: [
      job('Müügijuht', 'Jäälill Toidud AS', '2026-01', null, true, '01.2026 – praegu (asendusleping)', [
        '9 võtmeklienti, aastaplaanid ja kampaaniad',
        'kahe müügiesindaja töö korraldamine',
      ]),
      job(
        'Interim-müügijuht',
        'Mõisaküpsis OÜ',
        '2025-03',
        '2025-11',
        true,
        '03.2025 – 11.2025 (projekt, Ajutine Juht OÜ kaudu)',
      ),
      job(
        'Müügidirektori kohusetäitja',
        'Põhjala Kalatööstus AS',
        '2024-04',
        '2025-01',
        true,
        '04.2024 – 01.2025 (tähtajaline)',
      ),
      job('Võtmekliendijuht', 'Piimaring AS', '2011-02', '2023-09', true, '02.2011 – 09.2023'),
      job('Müügiesindaja', 'Maiustused Baltic AS', '2003', '2011', true, '2003 – 2011'),
      job('Laohoidja', 'Transkaup OÜ', '1999', '2003', false, '1999 – 2003'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Vahe 10.2023 – 03.2024: pärast 12 aastat Piimaringis võtsin teadlikult pool aastat vaba – käisin ' +
          'Santiago teel ja aitasin vanematel maja remontida. Sellest ajast töötan ajutistes ja asendusrollides.',
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, turundus, rakenduskõrgharidus (kaugõpe), 2005–2009',
        {
          field: 'turundus',
          institution: 'Eesti Ettevõtluskõrgkool Mainor',
          startYear: 2005,
          endYear: 2009,
        },
      ),
      edu('keskharidus', 'Tallinna 32. Keskkool, keskharidus, 1999', {
        institution: 'Tallinna 32. Keskkool',
        endYear: 1999,
      }),
    ],
    courses: [
      named('Kategooriajuhtimine tarnijale', 'Kategooriajuhtimine tarnijale, 2019'),
      named('Power BI algajatele', 'Power BI algajatele, 2022'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('lv', 'A2', 'läti – A2'),
    ],
    skills: ['Excel, Power BI, SAP, Directo', 'Juhiload B'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 7_200_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching'],
  },
  {
    id: 'et-h36-05-word-punktid-ravimiesindaja-omastehooldus-ja-tagasitulek-hooldekodud-tartu',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Nikkel Viis',
    email: 'nikkel.viis.36@example.com',
    phone: '+372 5077 4129',
    contactLines: ['Tartu', 'Sünniaasta 1973'],
    headings: {
      work: 'Tööalane taust',
      skills: 'Isikuomadused',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Profiil' },
      {
        kind: 'paragraph',
        text:
          'Olen olnud apteegis farmatseut, 13 aastat ravimiesindaja ja kolm aastat kodus oma ema hooldaja. 2025. ' +
          'aastast olen tagasi müügis: haldan meditsiini- ja hooldustarvete kliente hooldekodudes.',
      },
      { kind: 'heading', text: 'Kogemus valdkondade kaupa' },
      {
        kind: 'bullets',
        items: [
          'Tervishoiu müük – 13 aastat perearstide, apteekide ja hooldekodude juures Lõuna-Eestis',
          'Hooldus – kolm aastat omastehooldajana: tean hooldekodu ja koduse hoolduse vajadusi seestpoolt',
          'Apteegitöö – 13 aastat farmatseudina, käsimüügiravimid ja nõustamine',
        ],
      },
      { kind: 'heading', text: 'Praegune portfell' },
      {
        kind: 'bullets',
        items: [
          '45 hooldekodu ja koduteenuse osutajat Tartus ja Lõuna-Eestis',
          'ostud kokku 520 000 € (2025)',
          'ostuotsused teevad hooldekodude juhatajad ja vanemõed, kellega suhtlen otse',
        ],
      },
    ],
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Kliendihaldur (hooldekodud)',
          'Tervisetarve OÜ',
          '2025-01',
          null,
          true,
          'Alates 2025. aasta jaanuarist',
          [
            'Mähkmete, haavahooldus- ja hügieenitoodete lepingud hooldekodudega',
            'Tootekoolitused hooldajatele',
            'Tarnete planeerimine koos laoga',
          ],
        ),
        lines: ['Alates 2025. aasta jaanuarist – Kliendihaldur (hooldekodud), Tervisetarve OÜ, 0,75 koormusega'],
      },
      {
        ...job('Ravimiesindaja', 'Salvia Farma OÜ', '2008-03', '2021-04', true, 'märts 2008 – aprill 2021', [
          'Perearstide, apteekide ja hooldekodude külastused Tartu-, Põlva-, Võru- ja Valgamaal',
          'Käsimüügiravimite ja toidulisandite aastalepingud apteekidega',
          '2016–2021 ka uute esindajate juhendamine',
        ]),
        lines: ['Märts 2008 – aprill 2021 – Ravimiesindaja, Salvia Farma OÜ (Lõuna-Eesti)'],
      },
      {
        ...job('Farmatseut', 'Tähtvere Apteek OÜ', '1995', '2008', false, '1995 – 2008'),
        lines: ['1995 – 2008 – Farmatseut, Tähtvere Apteek OÜ, Tartu'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vahe töös: mai 2021 – detsember 2024' },
      {
        kind: 'paragraph',
        text:
          'Hooldasin kodus oma ema, kes sai insuldi. Olin ametlikult omastehooldaja (Tartu linna hooldajatoetus). ' +
          'Ema suri 2024. aasta sügisel; 2025. aasta algusest olen tagasi tööl, esialgu 0,75 koormusega.',
      },
    ],
    education: [
      edu('kutsekeskharidus', 'Tartu Meditsiinikool, farmatseut, keskeriharidus, 1991–1995', {
        field: 'farmatseut',
        institution: 'Tartu Meditsiinikool',
        startYear: 1991,
        endYear: 1995,
      }),
    ],
    courses: [
      named('Haavahooldus hooldekodus', 'Haavahooldus hooldekodus, 2025'),
      named('Omastehooldaja koolitus', 'Omastehooldaja koolitus, Tartu Linnavalitsus, 2021'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'B2', 'vene keel – hea'),
      lang('en', 'B1', 'inglise keel – suhtlustasemel'),
      lang('de', 'A2', 'saksa keel – algtase'),
    ],
    skills: ['Kliendikeskne', 'Rahulik ja täpne', 'Suhtlemisoskus eri vanuses inimestega', 'Juhiload B'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 520_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'communication', 'customer_focus', 'organisation', 'sales'],
  },
  {
    id: 'et-h36-06-tekst-oskused-ees-raamatupidaja-fie-ja-pool-kohta-koolis-parnu-muugita',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Nikkel Kuus',
    nameLine: 'KANDIDAAT NIKKEL KUUS – CV',
    email: 'kuus.raamat3606@example.net',
    phone: null,
    contactLines: ['Pärnu'],
    headings: {
      profile: 'Minust',
      work: 'Töökohad (lühidalt)',
      courses: 'Täiendkoolitus',
      certifications: 'Kutse',
      skills: 'Arvutiprogrammid',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Oskused' },
      {
        kind: 'bullets',
        items: [
          'Väikeettevõtete raamatupidamine algdokumentidest aastaaruandeni – praegu 25 klienti',
          'Palgaarvestus ja maksudeklaratsioonid (TSD, KMD)',
          'Kooli eelarve koostamine ja jälgimine',
          'Finantsanalüüs pangalaenu ja toetuste taotlusteks',
          'Selgitan numbreid nii, et ettevõtja saab aru',
        ],
      },
    ],
    profile: [
      'Olen olnud raamatupidaja 2005. aastast. 2016–2019 õppisin täiskoormusega Pärnu kolledžis ja olen sellest ' +
        'ajast oma ettevõtja, kõrvalt poole kohaga kooli raamatupidaja. Otsin Pärnus täiskohaga pearaamatupidaja ' +
        'tööd.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Raamatupidaja', 'FIE', '2019-09', null, false, '09.2019 – praegu'),
        lines: ['09.2019 – praegu · Raamatupidaja · FIE (oma klientidele, praegu 25 väikeettevõtet)'],
      },
      {
        ...job('Raamatupidaja', 'Pärnu Lõokese Kool', '2020-01', null, false, '01.2020 – praegu'),
        lines: ['01.2020 – praegu · Raamatupidaja, 0,5 kohta · Pärnu Lõokese Kool'],
      },
      {
        ...job('Pearaamatupidaja', 'Rannahotell Tervis OÜ', '2012-04', '2016-08', false, '04.2012 – 08.2016'),
        lines: [
          '09.2016 – 06.2019 · täiskoormusega õpingud (TÜ Pärnu kolledž)',
          '04.2012 – 08.2016 · Pearaamatupidaja · Rannahotell Tervis OÜ',
        ],
      },
      {
        ...job('Raamatupidaja', 'Liivi Lahe Kala AS', '2005-08', '2012-03', false, '08.2005 – 03.2012'),
        lines: ['08.2005 – 03.2012 · Raamatupidaja · Liivi Lahe Kala AS'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Pärnu kolledž, ettevõtlus ja projektijuhtimine, rakenduskõrgharidus, 2016–2019',
        {
          field: 'ettevõtlus ja projektijuhtimine',
          institution: 'Tartu Ülikooli Pärnu kolledž',
          startYear: 2016,
          endYear: 2019,
        },
      ),
      edu('kutseharidus', 'Pärnumaa Kutsehariduskeskus, raamatupidamine, kutseharidus, 2003–2005', {
        field: 'raamatupidamine',
        institution: 'Pärnumaa Kutsehariduskeskus',
        startYear: 2003,
        endYear: 2005,
      }),
    ],
    courses: [named('Palgaarvestuse muudatused 2026', 'Palgaarvestuse muudatused 2026, Eesti Raamatupidajate Kogu')],
    certifications: [named('Vanemraamatupidaja, tase 6', 'Vanemraamatupidaja, tase 6 (2021)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Merit Aktiva, SmartAccounts, Directo, Excel (pivot-tabelid)'],
    clientBase: null,
    competencies: ['financial_analysis'],
  },
  {
    id: 'et-h36-07-pdf-kaks-veergu-hubriid-veinimuuk-horeca-fie-koolitaja-uus-meremaa-vahe',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Nikkel Seitse',
    email: 'seitse.vein3607@example.com',
    phone: '+372 5622 7180',
    contactLines: ['Tallinn, Kalamaja'],
    tagline: 'Müügijuht (HoReCa) · WSET Level 3 · veinikoolitaja',
    headings: {
      contact: 'Kontakt',
      work: 'Töökogemus',
      skills: 'Oskused',
      languages: 'Keeled',
      certifications: 'Sertifikaadid',
    },
    afterContact: [
      { kind: 'heading', text: 'Profiil' },
      {
        kind: 'paragraph',
        text:
          'Müün veine restoranidele, hotellidele ja veinipoodidele. Olen ise olnud kelner ja sommeljee, nii et ' +
          'tean, kuidas veinikaart tegelikult müüb. Kõrvalt õpetan FIE-na õhtuti veinikursusi.',
      },
      { kind: 'heading', text: 'Saavutused' },
      {
        kind: 'bullets',
        items: [
          'Haldan 110 kliendi portfelli Tallinnas, Tartus ja Pärnus – restoranid, hotellid ja veinipoed',
          'Klientide ostud 2025. aastal kokku 1,6 mln €; veinikaardi valiku otsustavad omanikud ja sommeljeed, ' +
            'kellega kaardi koos paneme',
          '2021–2024 tõin portfelli 38 uut restorani',
          'Ettevõtte käive 2025: 9 mln € (kolm müügijuhti ja e-pood)',
        ],
      },
    ],
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügijuht (HoReCa)',
        'Viinamari Import OÜ',
        '2018-04',
        null,
        true,
        'aprill 2018 – praegu',
        [
          'veinikaartide koostamine ja personali koolitused klientide juures',
          'aastalepingud ja hinnakokkulepped',
          'degusteerimisõhtud ja veinireisid klientidele',
        ],
        'Tallinn',
      ),
      job('Veinikoolitaja', 'FIE', '2019', null, false, '2019 – praegu (õhtuti)', [
        'algajate ja edasijõudnute veinikursused, umbes 20 kursust aastas',
      ]),
      job(
        'Sommeljee',
        'Restoran Vana Laev OÜ',
        '2014-09',
        '2018-03',
        false,
        'september 2014 – märts 2018',
        ['veinikaart ja veinikeldri sisseost', 'saali personali koolitamine'],
        'Tallinn',
      ),
      {
        ...job('Kelner', 'Hotell Merevaade OÜ', '2010-05', '2012-09', false, 'mai 2010 – september 2012'),
        lines: [
          'Reisimine',
          'oktoober 2012 – august 2014 | töö- ja puhkuseviisaga Uus-Meremaal ja Austraalias, hooajati ' +
            'viinamarjakorjel ja veinikeldrites',
          'Kelner',
          'Hotell Merevaade OÜ, Tallinn | mai 2010 – september 2012',
        ],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Ülikool, rekreatsioonikorraldus, bakalaureusekraad, 2007–2010', {
        field: 'rekreatsioonikorraldus',
        institution: 'Tallinna Ülikool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Itaalia veinipiirkonnad', 'Itaalia veinipiirkonnad, 2022')],
    certifications: [
      named('WSET Level 3 Award in Wines', 'WSET Level 3 Award in Wines (2017)'),
      named('Sommeljee, tase 5', 'Sommeljee, tase 5 (2016)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fr', 'A2', 'prantsuse – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendisuhted', 'Veinikaartide koostamine', 'Pipedrive, Excel', 'Juhiload B'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'et-h36-08-word-tabelid-rendituojou-kliendihaldur-lapsehoolduspuhkus-vahel-narva',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Nikkel Kaheksa',
    email: 'kaheksa.narva36@example.org',
    phone: '+372 5399 0814',
    contactLines: ['Narva'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökäik',
      skills: 'Kompetentsid',
      languages: 'Keeled',
      certifications: 'Kutsetunnistus',
    },
    afterContact: [
      { kind: 'heading', text: 'Põhikompetentsid' },
      {
        kind: 'bullets',
        items: [
          'Renditööjõu ja värbamisteenuste müük tootmisettevõtetele',
          'Kliendisuhted ja lepingute pikendamine',
          'Värbamine ja töötajate valik',
          'Töö kahes keeles – eesti ja vene',
        ],
      },
    ],
    profile: [
      'Olen 15 aastat töötanud personalivaldkonnas: alustasin tehase personalispetsialistina, olin värbaja ja ' +
        'olen praegu rendi- ja värbamisfirma kliendihaldur Ida- ja Lääne-Virumaal. Minu kliendid on 40 ' +
        'tootmisettevõtet – metall, puit, tekstiil ja toit. 2025. aastal maksid nad meile teenustasudena kokku ' +
        '2,8 mln €. Igapäevaselt suhtlen tootmisjuhtide ja personalijuhtidega; lepingud allkirjastab enamasti ' +
        'ettevõtte juhatus.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aeg', title: 'Roll', employer: 'Kus', duties: 'Mida tegin' },
    jobs: [
      job(
        'Kliendihaldur',
        'Tööjõud Ida OÜ',
        '2021-03',
        null,
        true,
        '03.2021 – praegu',
        [
          'uute klientide leidmine ja hinnapakkumised',
          'rendilepingud ja nende pikendamine',
          'kvartaalsed kohtumised klientidega',
          'kaebuste lahendamine koos värbajatega',
        ],
        'Narva',
      ),
      job(
        'Värbaja',
        'Tööjõud Ida OÜ',
        '2016-09',
        '2018-05',
        false,
        '09.2016 – 05.2018',
        ['renditöötajate värbamine tootmisse, 30–50 inimest kuus', 'tööintervjuud ja taustakontroll'],
        'Narva',
      ),
      job(
        'Personalispetsialist',
        'Narva Metallitööd AS',
        '2011-06',
        '2016-08',
        false,
        '06.2011 – 08.2016',
        ['personaliarvestus ja töölepingud', 'uute töötajate sisseelamise planeerimine'],
        'Narva',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vaheaeg' },
      {
        kind: 'paragraph',
        text:
          'Juuni 2018 – veebruar 2021 lapsehoolduspuhkus (kaks last). Tulin tagasi samasse ettevõttesse, uude ' +
          'rolli.',
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikooli Narva kolledž, personalijuhtimine, bakalaureusekraad, 2007–2011', {
        field: 'personalijuhtimine',
        institution: 'Tartu Ülikooli Narva kolledž',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('keskharidus', 'Narva Keeltelütseum, keskharidus, 2007', {
        institution: 'Narva Keeltelütseum',
        endYear: 2007,
      }),
    ],
    courses: [
      named('Töölepingu seadus praktikas', 'Töölepingu seadus praktikas, 2019'),
      named('Eesti keele kursus C1', 'Eesti keele kursus C1, 2015'),
    ],
    certifications: [named('Personalispetsialist, tase 6', 'Personalispetsialist, tase 6 (2015)')],
    languages: [
      lang('ru', 'native', 'vene keel – emakeel'),
      lang('et', 'C1', 'eesti keel – C1 (tasemeeksam 2016)'),
      lang('en', 'B1', 'inglise keel – B1'),
    ],
    skills: ['Kliendisuhted', 'Läbirääkimisoskus', 'Pingetaluvus', 'Excel, Outlook, värbamisportaalid'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 2_800_000, segment: 'regional_smb' },
    competencies: ['negotiation', 'organisation', 'relationship_building', 'sales', 'stress_resistance'],
  },
  {
    id: 'et-h36-09-tekst-tabel-kolm-tood-korraga-muusikapood-kitarriopetaja-klaverihaalestaja',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Nikkel Üheksa',
    email: 'yheksa.muusika36@example.net',
    phone: '5521 3609',
    contactLines: ['Rakvere'],
    headings: {
      profile: 'Kes ma olen',
      work: 'Töö',
      workTable: ['Aeg (koormus)', 'Kus', 'Mida teen / tegin'],
      education: 'Õpingud',
      skills: 'Oskan',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Mida pakun' },
      {
        kind: 'bullets',
        items: [
          'Pillide ja helitehnika nõustamine poes – kitarrid, klaverid, võimendid',
          'Kitarriõpe lastele ja täiskasvanutele (praegu 12 õpilast)',
          'Klaverite häälestus ja väiksemad remonttööd kodudes ja koolides',
          'Helitehnika väiksematele üritustele',
        ],
      },
    ],
    profile: [
      'Olen muusik, kes elab kolmest tööst: müün Rakvere muusikapoes pille, õpetan kitarri ja häälestan oma ' +
        'ettevõtjana klavereid. Tahaksin leida ühe täiskohaga töö – kõige meelsamini pillide müügis või ' +
        'maaletoojas.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müüja-konsultant', 'Muusikapood Noot OÜ', '2019-09', null, true, '09.2019 – praegu (0,6 kohta)', [
        'pillide, noodimaterjali ja helitehnika müük',
        'tellimused tarnijatelt, poe veebileht',
        'hinnapakkumised koolidele ja kultuurimajadele',
      ]),
      job('Kitarriõpetaja', 'Virumaa Muusikastuudio MTÜ', '2016-09', null, false, '09.2016 – praegu (8 tundi nädalas)'),
      job('Klaverihäälestaja', 'FIE', '2018', null, false, '2018 – praegu (tellimuse järgi)'),
      job('Helitehnik', 'Virumaa Kultuurimaja SA', '2014-08', '2016-08', false, '08.2014 – 08.2016'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: '2017. aasta kevadel olin neli kuud haiguslehel (käeluumurd) – sel ajal õpetamine ja häälestamine katkesid.',
      },
    ],
    education: [
      edu('kutseharidus', 'Georg Otsa nimeline Tallinna Muusikakool, rütmimuusika (kitarr), kutseharidus, 2010–2014', {
        field: 'rütmimuusika (kitarr)',
        institution: 'Georg Otsa nimeline Tallinna Muusikakool',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('keskharidus', 'Rakvere Gümnaasium, keskharidus, 2010', {
        institution: 'Rakvere Gümnaasium',
        endYear: 2010,
      }),
    ],
    courses: [named('Klaverihäälestuse kursus', 'Klaverihäälestuse kursus (Soome), 2017')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: [
      'Helitehnika ja salvestamine (Cubase, Reaper)',
      'Juhendamine – lapsed ja täiskasvanud',
      'Kassasüsteem, Excel, WooCommerce',
    ],
    clientBase: null,
    competencies: ['coaching'],
  },
  {
    id: 'et-h36-10-pdf-punktid-valdkonnad-ees-kutuse-muugiesindaja-40-aastat-tooonnetuse-vahe',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Nikkel Kümme',
    nameLine: 'KANDIDAAT NIKKEL KÜMME',
    email: 'kymme.kytus3610@example.com',
    phone: '+372 5011 3610',
    contactLines: ['Paide', 'Sündinud 1967'],
    headings: {
      work: 'Tööd',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Valdkonnad' },
      {
        kind: 'bullets',
        items: [
          'Kütuse müük põllumajandusele ja ettevõtetele – 19 aastat',
          'Transport – 9 aastat kütuseveoki juhina',
          'Põllumajandus ja metsandus – 10 aastat traktoristi ja metsatöölisena',
        ],
      },
      { kind: 'heading', text: 'Praegu minu vastutusel' },
      {
        kind: 'bullets',
        items: [
          '160 klienti Järva-, Rapla- ja Lääne-Virumaal: talud, põllumajandusettevõtted, ehitus- ja ' +
            'transpordifirmad',
          'Müük 2025: 5,2 mln € (diislikütus, kütteõli, määrdeained)',
          'Taludes räägin peremehega, kes otsustab ise, kust kütust võtab',
        ],
      },
    ],
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügiesindaja', 'Kesk-Eesti Kütus AS', '2007', null, true, '2007 – praegu', [
          'Tellimused, tarnegraafikud ja hinnapakkumised',
          'Mahutite paigaldus klientide juurde koos tehnikutega',
          'Kasvatasin klientide arvu 90-lt 160-le',
        ]),
        lines: ['Kesk-Eesti Kütus AS · müügiesindaja · 2007 – praegu'],
      },
      {
        ...job('Kütuseveoki juht', 'Paide Autobaas AS', '1996', '2005', false, '1996 – 2005', [
          'Kütuse vedu tanklatesse ja taludesse',
        ]),
        lines: ['Paide Autobaas AS · kütuseveoki juht · 1996 – 2005'],
      },
      {
        ...job('Metsatööline', 'Järva Mets OÜ', '1992', '1996', false, '1992 – 1996'),
        lines: ['Järva Mets OÜ · metsatööline · 1992 – 1996'],
      },
      {
        ...job('Traktorist', 'Türi sovhoos', '1986', '1992', false, '1986 – 1992'),
        lines: ['Türi sovhoos · traktorist · 1986 – 1992'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vahe 2005–2007' },
      {
        kind: 'paragraph',
        text:
          'Tööõnnetus 2005. aasta sügisel (selgroovigastus), ravi ja taastusravi. Kuna roolis enam olla ei ' +
          'saanud, õppisin Töötukassa toel ümber ja alustasin 2007. aastal müügis.',
      },
    ],
    education: [
      edu(
        'kutsekeskharidus',
        'Särevere Sovhoostehnikum, põllumajanduse mehhaniseerimine, kutsekeskharidus, 1982–1986',
        {
          field: 'põllumajanduse mehhaniseerimine',
          institution: 'Särevere Sovhoostehnikum',
          startYear: 1982,
          endYear: 1986,
        },
      ),
    ],
    courses: [
      named('Müügiesindaja kursus', 'Müügiesindaja kursus (Töötukassa), 2006–2007'),
      named('Kütuste ohutu käitlemine', 'Kütuste ohutu käitlemine, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: [
      'Kliendisuhted – paljud kliendid on minuga olnud üle 15 aasta',
      'Pingekindel',
      'Juhiload B, C, CE; ADR-tunnistus kehtis kuni 2006',
    ],
    clientBase: { activeAccounts: 160, annualRevenueEur: 5_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'sales', 'stress_resistance'],
  },
  {
    id: 'et-h36-11-word-oskused-ja-projektid-ees-vastlopetanud-sdr-vahetuste-tarkvara',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Nikkel Üksteist',
    email: 'yksteist.sdr3611@example.com',
    phone: '+372 5840 3611',
    contactLines: ['Tallinn, Mustamäe', 'linkedin.example.com/in/nikkel-yksteist'],
    tagline: 'Sales Development Representative · B2B SaaS',
    headings: {
      profile: 'Minust',
      skills: 'Tööriistad',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Oskused' },
      {
        kind: 'bullets',
        items: [
          'B2B müük: külmkõned, LinkedIni ja e-kirja kampaaniad, kohtumiste broneerimine',
          'Analüütiline mõtlemine – kampaaniate A/B-testid ja konversiooni jälgimine',
          'Meeskonnatöö – töötan kahe account executive’iga',
          'Proaktiivne',
        ],
      },
      { kind: 'heading', text: 'Projektid ülikoolis' },
      {
        kind: 'bullets',
        items: [
          'Lõputöö: külmkõne skripti mõju konversioonile väikeettevõtete segmendis (hinne A)',
          'Tudengifirma „Tasku“ (2023–2024): taaskasutatavate kohvitopsikaante müük ülikooli kohvikutele, ' +
            'minu roll müük ja turundus',
        ],
      },
    ],
    profile: [
      'Lõpetasin 2025. aasta juunis TalTechis ärikorralduse ja töötan esimest aastat müügis. Praegu broneerin ' +
        'kohtumisi vahetuste planeerimise tarkvara müüjatele; järgmine samm on oma kliendid.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Sales Development Representative',
        'Tööaeg Tarkvara OÜ',
        '2025-10',
        null,
        true,
        'oktoober 2025 – praegu',
        [
          '120–150 kontakti nädalas: kõned, e-kirjad, LinkedIn',
          'keskmiselt 14 kvalifitseeritud kohtumist kuus',
          'oma kliendiportfelli mul ei ole – kohtumised lähevad account executive’itele',
        ],
        'Tallinn',
      ),
      job(
        'Turundusassistent (praktika)',
        'Tööaeg Tarkvara OÜ',
        '2025-06',
        '2025-08',
        false,
        'juuni – august 2025',
        ['uudiskirjad ja veebilehe tekstid', 'kliendiandmebaasi korrastamine'],
        'Tallinn',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Muu' },
      {
        kind: 'paragraph',
        text:
          'Pärast gümnaasiumi (2020–2021) olin aasta Euroopa Solidaarsuskorpuse vabatahtlik Saksamaal, Leipzigis: ' +
          'noortekeskuse ürituste korraldamine.',
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, ärikorraldus, bakalaureusekraad, 2021–2025', {
        field: 'ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2021,
        endYear: 2025,
      }),
      edu('keskharidus', 'Tallinna Reaalkool, keskharidus, 2020', {
        institution: 'Tallinna Reaalkool',
        endYear: 2020,
      }),
    ],
    courses: [],
    certifications: [named('HubSpot Sales Software Certification', 'HubSpot Sales Software Certification (2025)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('de', 'B2', 'saksa – B2'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['HubSpot, Pipedrive, LinkedIn Sales Navigator', 'Excel, Google Sheets', 'Juhiload B'],
    clientBase: null,
    competencies: ['analytical', 'initiative', 'sales', 'teamwork'],
  },
  {
    id: 'et-h36-12-pdf-kaks-veergu-plaatide-muugiesindaja-ja-oma-fie-plaatimine-nadalavahetustel',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Nikkel Kaksteist',
    email: 'plaat.kaksteist3612@example.com',
    phone: '+372 5308 1236',
    contactLines: ['Tartu', 'Sünniaeg 14.03.1984'],
    tagline: 'Müügiesindaja (ehitusettevõtted) | plaatija kutsega',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      skills: 'Tugevused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    profile: [
      'Olen plaatija, kes müüb plaate. Üle kümne aasta paigaldasin plaate ise – Eestis, Soomes ja oma ' +
        'ettevõtjana – ja alates 2017. aastast olen plaatide ja vannitoasisustuse müügiesindaja Tartus. Oma FIE ' +
        'on mul alles: nädalavahetustel teen väiksemaid vannitube.',
      'Minu kliendid on 65 ehitusfirmat ja sisearhitekti Tartus, Tartumaal ja Põlvamaal. 2025. aastal ostsid nad ' +
        'meilt 1,9 mln € eest. Väiksemates firmades otsustab omanik ise, kust materjal tuleb, ja temaga ma asju ' +
        'ka ajan.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügiesindaja (ehitusettevõtted)',
        'Plaadimaailm OÜ',
        '2017-05',
        null,
        true,
        'mai 2017 – praegu',
        [
          'objektide hinnapakkumised ja materjalivalik koos ehitajate ja sisearhitektidega',
          'näidiste ja uute toodete tutvustused objektidel',
          'plaatijate koolitused (hüdroisolatsioon, suureformaadilised plaadid)',
        ],
        'Tartu',
      ),
      job('Plaatija', 'FIE', '2012-01', null, false, '01.2012 – praegu (2017. aastast nädalavahetustel)', [
        'vannitubade ja saunade plaatimine eraklientidele, aastas 10–15 objekti',
      ]),
      job('Plaatija', 'Rakennus Laatta Oy', '2010-03', '2011-12', false, '03.2010 – 12.2011', [], 'Espoo, Soome'),
      job('Plaatija', 'Tartu Viimistlus OÜ', '2004-06', '2009-10', false, '06.2004 – 10.2009', [], 'Tartu'),
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, plaatija, kutseharidus, 2001–2004', {
        field: 'plaatija',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2001,
        endYear: 2004,
      }),
    ],
    courses: [named('Hüdroisolatsioon märgades ruumides', 'Hüdroisolatsioon märgades ruumides, 2018')],
    certifications: [named('Plaatija, tase 4', 'Plaatija, tase 4 (2009, taastõendatud 2024)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'B2', 'soome – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Tehniline müük', 'Kliendisuhted', 'Juhendamisoskus', 'Excel, Directo', 'Juhiload B, C'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'relationship_building', 'sales'],
  },
  {
    id: 'et-h36-13-tekst-kaks-veergu-reisikorraldus-pohjamaade-muugijuht-koondamine-ja-umberope',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Nikkel Kolmteist',
    email: 'kolmteist36.reisid@example.org',
    phone: '+372 5633 6136',
    contactLines: ['Tallinn'],
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      skills: 'Programmid',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Tugevused' },
      {
        kind: 'bullets',
        items: [
          'Põhjamaade reisikorraldajate võrgustik – 12 aastat samade inimestega',
          'Grupireiside ja konverentsipakettide hinnastamine',
          'Läbirääkimised hotellide ja bussifirmadega',
          'Soome, rootsi ja norra keel',
        ],
      },
    ],
    profile: [
      'Müün Eesti ja Baltikumi reise Soome, Rootsi ja Norra reisikorraldajatele. Minu kliendid on 60 reisibürood ' +
        'ja grupireiside korraldajat Põhjamaades; 2025. aastal tõid nad meile 2,2 mln € käivet. Suhtlen nende ' +
        'tootejuhtidega, kes panevad meie paketid kataloogi ette – lõpliku otsuse teeb nende juhatus.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügijuht (Põhjamaade turud)', 'Läänemere Reisid OÜ', '2021-09', null, true, '09.2021 – praegu', [
          'aastalepingud ja hinnakirjad reisikorraldajatele',
          'messid Helsingis, Stockholmis ja Oslos',
          'uued tooted: jalgrattareisid Lõuna-Eestis, konverentsipaketid',
        ]),
        lines: ['Läänemere Reisid OÜ — müügijuht (Põhjamaade turud)', '09.2021 – praegu, Tallinn'],
      },
      {
        ...job('Grupimüügi spetsialist', 'Toompea Tours AS', '2014-03', '2020-04', true, '03.2014 – 04.2020', [
          'grupireiside pakkumised ja broneeringud Soome ja Rootsi reisibüroodele',
          'koolireisid ja seeniorite grupid',
        ]),
        lines: [
          'Mai 2020 – august 2021',
          'Koondamine (COVID) ja ümberõpe: Töötukassa toel andmeanalüüsi kursus, rootsi keel B1-lt B2-le',
          'Toompea Tours AS — grupimüügi spetsialist',
          '03.2014 – 04.2020, Tallinn',
        ],
      },
      {
        ...job('Giid', 'FIE', '2008', '2014', false, '2008 – 2014 (hooajati)'),
        lines: ['FIE — giid Tallinnas (soome ja rootsi keeles)', '2008 – 2014 (hooajati)'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, skandinavistika, bakalaureusekraad, 2004–2008', {
        field: 'skandinavistika',
        institution: 'Tartu Ülikool',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Andmeanalüüsi alused', 'Andmeanalüüsi alused (Töötukassa), 2020–2021'),
      named('Rootsi keel B2', 'Rootsi keel B2, 2021'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'C1', 'soome – vabalt'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('sv', 'B2', 'rootsi – B2'),
      lang('no', 'B1', 'norra – suhtlustasemel'),
    ],
    skills: ['Tourplan, Excel, Pipedrive', 'Juhiload B'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 2_200_000, segment: 'international' },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h36-14-word-tabel-saavutused-ees-keemik-doktoriope-vahel-labori-votmekliendijuht',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Nikkel Neliteist',
    email: 'dr.neliteist3614@example.com',
    phone: '+372 5188 3614',
    contactLines: ['Tartu'],
    tagline: 'Võtmekliendijuht (teadusasutused) · PhD keemias',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töö',
      workTable: ['Millal', 'Kus', 'Kellena'],
      skills: 'Oskused',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Peamised saavutused' },
      {
        kind: 'bullets',
        items: [
          'Ülikoolide ja haiglalaborite portfell: 70 laborit Eestis ja Lätis, 2025. aasta ostud 3,4 mln €',
          'Kolme suure seadmehanke võit 2022–2025 (kokku 1,1 mln €)',
          'Avasin 2021. aastal Läti turu – praeguseks 18 laborit',
          'Tootespetsialistina koolitasin üle 300 laborandi',
        ],
      },
    ],
    profile: [
      'Keemik, kes räägib laboritega ühte keelt: kuus aastat laboris ja doktoriõppes, sellest ajast ' +
        'laboritarvete ja -seadmete müügis. Suhtlen laborijuhatajate ja teadusrühmade juhtidega; suuremad ostud ' +
        'lähevad riigihankesse.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Võtmekliendijuht (teadusasutused)', 'LaborTarvik Baltic OÜ', '2020-01', null, true, '01.2020 – praegu', [
        'aastalepingud ja hangete pakkumised',
        'uute seadmete demod laborites',
        'Läti laborite lepingud',
      ]),
      job('Tootespetsialist', 'LaborTarvik Baltic OÜ', '2016-09', '2019-12', false, '09.2016 – 12.2019', [
        'seadmete demod ja kasutajakoolitused',
        'oma kliente ega müügieesmärki ei olnud',
      ]),
      job('Laborant', 'Vesi ja Keskkond OÜ', '2010-02', '2012-08', false, '02.2010 – 08.2012'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Septembrist 2012 kuni juunini 2016 olin täiskoormusega doktorant Tartu Ülikooli keemia instituudis (vt ' +
          'Haridus).',
      },
    ],
    education: [
      edu('doktorikraad', 'Tartu Ülikool, analüütiline keemia, doktorikraad (PhD), 2012–2016', {
        field: 'analüütiline keemia',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('magistrikraad', 'Tartu Ülikool, keemia, magistrikraad, 2008–2010', {
        field: 'keemia',
        institution: 'Tartu Ülikool',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, keemia, bakalaureusekraad, 2005–2008', {
        field: 'keemia',
        institution: 'Tartu Ülikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [named('Riigihangete pakkumiste koostamine', 'Riigihangete pakkumiste koostamine, 2021')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('lv', 'B1', 'läti – B1'),
      lang('de', 'A2', 'saksa – A2'),
    ],
    skills: ['Tehniline müük', 'Läbirääkimisoskus', 'Excel, SAP, Pipedrive'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 3_400_000, segment: 'international' },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'et-h36-15-pdf-hoolduspuhkus-ja-kodune-klienditeenindus-valimeedia-kliendihaldur-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Nikkel Viisteist',
    email: 'viisteist.meedia36@example.net',
    phone: '+372 5280 1536',
    contactLines: ['Tartu, Ülejõe'],
    headings: {
      profile: 'Minust',
      work: 'Töö',
      skills: 'Arvutioskused',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Mida toon kaasa' },
      {
        kind: 'bullets',
        items: [
          'Reklaamimüük ettevõtetele – kokku üle kümne aasta',
          'Kliendikesksus – nelja aasta klienditeenindus õpetas kuulama',
          'Planeerimine: kampaaniate graafikud 55 kliendile korraga',
          'Pingetaluvus',
        ],
      },
    ],
    profile: [
      'Müün välireklaami – ekraane, plakatipindu ja bussireklaami – ettevõtetele Tartus ja Lõuna-Eestis. Minu ' +
        'kliendid on 55 ettevõtet Tartu-, Põlva-, Võru- ja Valgamaalt; 2025. aastal ostsid nad reklaami 690 000 € ' +
        'eest. Suhtlen peamiselt turundusjuhtidega, väiksemates firmades omanikega.',
      'Minu CV-s on vahe: 2014–2018 olin hoolduspuhkusel puudega poja kõrval ja 2019–2023 töötasin kodust osalise ' +
        'ajaga klienditeenindajana.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Kliendihaldur',
        'Välimeedia Lõuna OÜ',
        '2023-02',
        null,
        true,
        '02.2023 – praegu',
        ['kampaaniate pakkumised ja lepingud', 'ekraanide ja pindade broneerimine', 'kampaaniaaruanded klientidele'],
        'Tartu',
      ),
      job(
        'Klienditeenindaja',
        'Pakiautomaat Teenused OÜ',
        '2019-01',
        '2023-01',
        false,
        '01.2019 – 01.2023 (kaugtöö, osalise ajaga)',
        ['kliendipäringud telefonis ja vestlusaknas'],
      ),
      {
        ...job('Reklaamimüügi esindaja', 'Lõunaleht AS', '2007-05', '2014-03', true, '05.2007 – 03.2014', [
          'ajalehe- ja veebireklaami müük Tartu ettevõtetele',
          'umbes 80 püsiklienti',
        ]),
        lines: [
          '04.2014 – 12.2018   Hoolduspuhkus – hooldasin kodus puudega poega',
          '05.2007 – 03.2014   Reklaamimüügi esindaja – Lõunaleht AS, Tartu',
        ],
      },
    ],
    education: [
      edu('bakalaureus', 'Tartu Ülikool, ajakirjandus, bakalaureus, 2003–2007', {
        field: 'ajakirjandus',
        institution: 'Tartu Ülikool',
        startYear: 2003,
        endYear: 2007,
      }),
    ],
    courses: [
      named('Digitaalne välimeedia', 'Digitaalne välimeedia, 2023'),
      named('Google Ads alused', 'Google Ads alused, 2024'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Excel, Google Sheets, Canva', 'Juhiload B'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 690_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h36-16-word-punktid-fie-jousaaliseadmete-muugiagent-personaaltreener-mitu-tood',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Nikkel Kuusteist',
    email: 'kuusteist36.treener@example.com',
    phone: '5566 3616',
    contactLines: ['Tallinn'],
    tagline: 'Jõusaaliseadmete müük · personaaltreener',
    headings: {
      work: 'Töökohad',
      certifications: 'Kutse',
      skills: 'Muud oskused',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Kompetentsid' },
      {
        kind: 'bullets',
        items: [
          'Müügioskus – jõusaalid, hotellid, koolid ja omavalitsused',
          'Tootekoolitused ja juhendamine',
          'Suhete loomine spordiklubide omanikega',
          'Ettevõtlik – kaks importijat ja oma klientuur',
        ],
      },
      { kind: 'heading', text: 'Tulemused 2025' },
      {
        kind: 'bullets',
        items: [
          '40 aktiivset klienti üle Eesti – jõusaalid, spordiklubid, hotellid, koolid ja vallad',
          'minu kaudu ostsid nad 450 000 € eest seadmeid ja hooldust',
          'suurim leping: Ida-Virumaa spordikeskuse jõusaal, 92 000 €',
          'klubide omanikud otsustavad ostud ise, valdades teeb otsuse hankekomisjon',
        ],
      },
    ],
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügiagent (jõusaaliseadmed)', 'FIE', '2022-05', null, true, 'Mai 2022 – praegu', [
          'Tasu komisjonina müügist',
          'Jõusaalide sisustusplaanid, pakkumised, paigalduse korraldamine',
        ]),
        lines: ['Mai 2022 – praegu | Müügiagent (jõusaaliseadmed) | FIE, kahe importija esindaja'],
      },
      {
        ...job('Personaaltreener', 'Treeningkeskus Rühm OÜ', '2016-09', null, false, 'September 2016 – praegu', [
          '15–20 püsiklienti',
          'Treeningkavad ja toitumisnõustamine',
        ]),
        lines: ['September 2016 – praegu | Personaaltreener | Treeningkeskus Rühm OÜ (osaline koormus, õhtud)'],
      },
      {
        ...job(
          'Rühmatreeningute juhendaja',
          'Mustamäe Tervisekeskus OÜ',
          '2019-01',
          '2024-06',
          false,
          'Jaanuar 2019 – juuni 2024',
        ),
        lines: ['Jaanuar 2019 – juuni 2024 | Rühmatreeningute juhendaja | Mustamäe Tervisekeskus OÜ (4 tundi nädalas)'],
      },
      {
        ...job('Müüja', 'Spordipood Tempo OÜ', '2016-03', '2018-12', true, 'Märts 2016 – detsember 2018', [
          'Treeningvarustuse ja kodutrenažööride müük',
        ]),
        lines: ['Märts 2016 – detsember 2018 | Müüja | Spordipood Tempo OÜ'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Ülikool, kehakultuur, bakalaureusekraad, 2013–2016', {
        field: 'kehakultuur',
        institution: 'Tallinna Ülikool',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [named('Esmaabi', 'Esmaabi, 2025')],
    certifications: [named('Treener, tase 5', 'Treener, tase 5 (fitness) – kehtib 2028. aastani')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
    ],
    skills: ['Excel, Pipedrive', 'Juhiload B, BE'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 450_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'entrepreneurship', 'relationship_building', 'sales'],
  },
  {
    id: 'et-h36-17-tekst-padevused-ees-ode-kolm-osalist-tood-norra-aastad-muugita',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Nikkel Seitseteist',
    email: 'seitseteist.ode3617@example.org',
    phone: '+372 5345 3617',
    contactLines: ['Viljandi'],
    headings: {
      profile: 'Profiil',
      courses: 'Täiendkoolitused',
      certifications: 'Registreering',
      skills: 'Arvutioskus',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Pädevused' },
      {
        kind: 'bullets',
        items: [
          'Sisehaiguste ja hooldusravi õendus – 25 aastat',
          'Koduõendus ja kroonilise haige nõustamine',
          'Õendusüliõpilaste ja noorte õdede juhendamine',
          'Meeskonnatöö arstide, hooldajate ja sotsiaaltöötajatega',
          'Pingetaluvus öövahetustes',
        ],
      },
    ],
    profile: [
      'Olen õde ja töötan praegu kolmes kohas korraga: pool kohta haiglas, koduõde oma ettevõtjana ja kooliõde. ' +
        'Soovin need koondada üheks täiskohaga tööks – kõige meelsamini koduõenduse või hooldusravi õendusjuhina.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Õde', 'Mulgimaa Haigla SA', '2019-04', null, false, '04.2019 – praegu'),
        lines: ['Õde (0,5 kohta)', 'Mulgimaa Haigla SA, sisehaiguste osakond', '04.2019 – praegu'],
      },
      {
        ...job('Koduõde', 'FIE', '2020-10', null, false, '10.2020 – praegu'),
        lines: ['Koduõde', 'FIE, koduõendus Viljandimaal', '10.2020 – praegu'],
      },
      {
        ...job('Kooliõde', 'Mulgi Põhikool', '2022-09', null, false, '09.2022 – praegu'),
        lines: ['Kooliõde (0,3 kohta)', 'Mulgi Põhikool, Viljandi', '09.2022 – praegu'],
      },
      {
        ...job('Õde', 'Fjordheim sykehjem', '2010-06', '2019-02', false, '06.2010 – 02.2019'),
        lines: ['Õde (sykepleier)', 'Fjordheim sykehjem, Bergen, Norra', '06.2010 – 02.2019'],
      },
      {
        ...job('Õde', 'Emajõe Haigla SA', '1998-08', '2008-03', false, '08.1998 – 03.2008'),
        lines: [
          '04.2008 – 05.2010: reisimine ja vabatahtlik töö (Nepal, Peruu), seejärel norra keele kursus',
          'Õde',
          'Emajõe Haigla SA, Tartu',
          '08.1998 – 03.2008',
        ],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tartu Tervishoiu Kõrgkool, õendus, rakenduskõrgharidus (täiendõpe), 2005–2007', {
        field: 'õendus',
        institution: 'Tartu Tervishoiu Kõrgkool',
        startYear: 2005,
        endYear: 2007,
      }),
      edu('kutsekeskharidus', 'Tartu Meditsiinikool, õe eriala, keskeriharidus, 1994–1998', {
        field: 'õe eriala',
        institution: 'Tartu Meditsiinikool',
        startYear: 1994,
        endYear: 1998,
      }),
    ],
    courses: [named('Haavaravi', 'Haavaravi, 2023'), named('Elustamine (ALS)', 'Elustamine (ALS), 2025')],
    certifications: [named('Õe registreering Terviseametis', 'Õe registreering Terviseametis (kehtiv)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('no', 'B2', 'norra – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
    ],
    skills: ['eTervis, haigla infosüsteemid, Excel'],
    clientBase: null,
    competencies: ['coaching', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h36-18-pdf-tabelid-energia-votmekliendijuht-fie-energiaaudiitor-umbermaailmareis',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Nikkel Kaheksateist',
    email: 'kaheksateist.energia3618@example.com',
    phone: '+372 5222 3618',
    contactLines: ['Tallinn, Pirita'],
    tagline: 'Võtmekliendijuht (tööstus) · energiaaudiitor',
    headings: {
      profile: 'Profiil',
      work: 'Karjäär',
      skills: 'Oskused',
      certifications: 'Kutse',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Kompetentsid ja tulemused' },
      {
        kind: 'bullets',
        items: [
          'Suurklientide energialepingud: 35 tööstusettevõtet üle Eesti, lepingute aastane maht 18 mln €',
          'Läbirääkimised finantsjuhtide ja juhatustega, kes otsustavad ja lepingu allkirjastavad',
          'Finantsanalüüs: hinnariski ja fikseeritud hinna mudelid kliendi eelarve jaoks',
          'Energiaauditid – üle 40 auditi oma ettevõtjana',
        ],
      },
    ],
    profile: [
      'Energeetik, kes müüb energiat: kaheksa aastat soojusettevõttes, sellest ajast elektri- ja gaasilepingud ' +
        'tööstusele. Kõrvalt teen energiaauditeid.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Ajavahemik', title: 'Positsioon', employer: 'Organisatsioon', duties: 'Tulemused' },
    jobs: [
      job(
        'Võtmekliendijuht (tööstus)',
        'Põhjavool Energia AS',
        '2019-06',
        null,
        true,
        'juuni 2019 – praegu',
        [
          '35 tööstuskliendi lepingud ja pikendused',
          'fikseeritud ja börsihinnaga pakettide pakkumised',
          '2025: lepingute pikendamise määr 91%',
        ],
        'Tallinn',
      ),
      job('Energiaaudiitor', 'FIE', '2015', null, false, '2015 – praegu (kõrvaltegevus)', [
        'korterelamute ja tööstushoonete energiaauditid, umbes viis aastas',
      ]),
      job(
        'Ärikliendihaldur',
        'Põhjavool Energia AS',
        '2013-01',
        '2019-05',
        true,
        'jaanuar 2013 – mai 2019',
        ['väike- ja keskmised ettevõtted, lõpuks umbes 400 lepingut'],
        'Tallinn',
      ),
      job(
        'Energeetik',
        'Harju Soojus AS',
        '2003-08',
        '2011-04',
        false,
        'august 2003 – aprill 2011',
        ['katlamajade ja soojusvõrgu töö planeerimine', 'energiabilansid ja aruanded'],
        'Tallinn',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vahe töös' },
      {
        kind: 'paragraph',
        text: 'Mai 2011 – detsember 2012: ümbermaailmareis (Lõuna-Ameerika, Uus-Meremaa, Kagu-Aasia).',
      },
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool, soojusenergeetika, magistrikraad, 2001–2003', {
        field: 'soojusenergeetika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2001,
        endYear: 2003,
      }),
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, soojusenergeetika, bakalaureusekraad, 1998–2001', {
        field: 'soojusenergeetika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 1998,
        endYear: 2001,
      }),
    ],
    courses: [],
    certifications: [named('Energiaaudiitor, tase 7', 'Energiaaudiitor, tase 7 (kehtib 2028. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('fi', 'B1', 'soome – B1'),
      lang('es', 'A2', 'hispaania – A2'),
    ],
    skills: ['Excel (finantsmudelid), Power BI', 'Juhiload B'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 18_000_000, segment: 'national', decisionMakers: true },
    competencies: ['financial_analysis', 'negotiation', 'organisation'],
  },
  {
    id: 'et-h36-19-word-veerud-autode-muugikonsultandist-autopargi-kliendihaldur-austraalia-vahe',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Nikkel Üheksateist',
    email: 'yheksateist.auto36@example.com',
    phone: '+372 5640 3619',
    contactLines: ['Tartu'],
    tagline: 'Ärikliendihaldur – autopargid ja liising',
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    profile: [
      'Müün ettevõtetele autosid ja autoparke. Alustasin rehvitehnikuna, olin viis aastat autosalongis ' +
        'müügikonsultant ja olen alates 2021. aastast sama esinduse ärikliendihaldur. Minu kliendid on 120 ' +
        'ettevõtet Tartus ja Lõuna-Eestis, kelle autopargis on 2–60 autot. 2025. aastal ostsid ja liisisid nad ' +
        'meie kaudu 4,5 mln € eest sõidu- ja tarbesõidukeid. Otsuse teevad autopargi juhid ja väiksemates ' +
        'firmades omanikud ise.',
      'Saavutused: 2023. ja 2025. aastal esinduse parim müüja; tõin portfelli kolm transpordifirmat, kokku 110 ' +
        'autot.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ärikliendihaldur (autopargid)',
        'Lõunaauto AS',
        '2021-08',
        null,
        true,
        'august 2021 – praegu',
        [
          'autoparkide pakkumised, liisingu- ja rendilahendused koos liisingufirmadega',
          'proovisõidud ja üleandmised',
          'hooldus- ja rehvilepingud',
        ],
        'Tartu',
      ),
      job(
        'Müügikonsultant',
        'Lõunaauto AS',
        '2016-10',
        '2021-07',
        true,
        'oktoober 2016 – juuli 2021',
        ['uute ja kasutatud autode müük eraklientidele', 'järelmaksu- ja liisingulepingud'],
        'Tartu',
      ),
      {
        ...job('Rehvitehnik', 'Rehvikeskus Ratas OÜ', '2012-04', '2015-05', false, 'aprill 2012 – mai 2015'),
        lines: [
          'Juuni 2015 – september 2016',
          'Austraalias töö- ja puhkuseviisaga: reisisin, vahepeal töötasin farmides ja kohvikutes',
          'Rehvitehnik',
          'Rehvikeskus Ratas OÜ, Tartu | aprill 2012 – mai 2015',
        ],
      },
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, autotehnik, kutseharidus, 2009–2012', {
        field: 'autotehnik',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [named('Autopargi juhtimine ja liising', 'Autopargi juhtimine ja liising, 2022')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendikeskne', 'Ettevõtlik', 'Excel, CRM', 'Juhiload B, C'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 4_500_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'entrepreneurship', 'negotiation'],
  },
  {
    id: 'et-h36-20-tekst-punktid-kompetentsid-ees-tekstiiliagent-oma-ou-haiguse-vahe',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Nikkel Kakskümmend',
    nameLine: 'Kandidaat Nikkel Kakskümmend, CV',
    email: 'kakskymmend.tekstiil3620@example.net',
    phone: '+372 5100 3620',
    contactLines: ['Tallinn, Nõmme'],
    headings: {
      work: 'Töökohad',
      courses: 'Kursused',
      skills: 'Muu',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Kompetentsid' },
      {
        kind: 'bullets',
        items: [
          'Kodutekstiili ja rõivaste hulgimüük – 25 aastat',
          'Kaupluste võrgustik üle Eesti – paljud omanikud on mu kliendid olnud üle 15 aasta',
          'Läbirääkimised tootjatega Lätis ja Leedus',
          'Kehtestav, aga sõbralik',
        ],
      },
      { kind: 'heading', text: 'Mida praegu teen' },
      {
        kind: 'paragraph',
        text:
          'Olen oma ettevõtte Tekstiiliagent OÜ kaudu kolme Läti ja Leedu tootja (voodipesu, käterätikud, ' +
          'lasterõivad) müügiagent Eestis. Minu kliendid on 95 kauplust üle Eesti; 2025. aastal tellisid nad minu ' +
          'kaudu kokku 1,1 mln € eest. Väikestes poodides otsustab omanik ise, mida tellib.',
      },
    ],
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügiagent', 'Tekstiiliagent OÜ', '2012-03', null, true, 'märts 2012 – praegu', [
          'Tootjate kollektsioonide esitlused ja tellimused',
          'Messid Riias ja Vilniuses',
        ]),
        lines: ['märts 2012 – praegu, Tekstiiliagent OÜ (oma ettevõte) – müügiagent'],
      },
      {
        ...job('Hulgimüügi juht', 'Linane Kodu AS', '2001-02', '2008-09', true, 'veebruar 2001 – september 2008', [
          'Kauplusteketid ja väikepoed üle Eesti, meeskonnas kolm müügiesindajat',
          'Tootevaliku ja hinnakirja koostamine',
        ]),
        lines: ['veebruar 2001 – september 2008, Linane Kodu AS – hulgimüügi juht'],
      },
      {
        ...job('Müüja', 'Tekstiilikauplus Lõim', '1994', '2001', true, '1994 – 2001'),
        lines: ['1994 – 2001, Tekstiilikauplus Lõim – müüja, alates 1997 juhataja asetäitja'],
      },
      {
        ...job('Õmbleja', 'Tallinna Õmblusvabrik', '1990', '1994', false, '1990 – 1994'),
        lines: ['1990 – 1994, Tallinna Õmblusvabrik – õmbleja'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vahe 2008–2012' },
      {
        kind: 'paragraph',
        text:
          'Oktoobris 2008 haigestusin raskelt; ravi ja taastumine võtsid kolm aastat. 2011. aasta sügisest ' +
          'alustasin uuesti, esialgu osalise ajaga, ja 2012. aasta kevadel asutasin oma agendifirma.',
      },
    ],
    education: [
      edu('kutsekeskharidus', 'Tallinna Kergetööstustehnikum, rõivaste tehnoloogia, kutsekeskharidus, 1986–1990', {
        field: 'rõivaste tehnoloogia',
        institution: 'Tallinna Kergetööstustehnikum',
        startYear: 1986,
        endYear: 1990,
      }),
    ],
    courses: [named('Raamatupidamine väikeettevõttele', 'Raamatupidamine väikeettevõttele, 2012')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – väga hea'),
      lang('lv', 'B1', 'läti – suhtlustasemel'),
      lang('en', 'A2', 'inglise – algtase'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Excel, Merit Aktiva', 'Juhiload B, oma auto'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 1_100_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'tact_assertiveness'],
  },
  {
    id: 'et-h36-21-pdf-kaks-veergu-ukrainast-tostukite-muugiesindaja-kolimise-ja-keeleoppe-vahe',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Nikkel Kakskümmend Üks',
    email: 'nikkel21.ukr3621@example.org',
    phone: '+372 5890 3621',
    contactLines: ['Tallinn, Lasnamäe', 'Elamisluba (ajutine kaitse)'],
    tagline: 'Müügiesindaja – tõstukid ja laoseadmed',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      skills: 'Programmid',
      certifications: 'Tunnistus',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Oskused ja saavutused' },
      {
        kind: 'bullets',
        items: [
          'Tehniline müük – tõstukid, riiulisüsteemid, laoautomaatika',
          'Harkivis 2017–2022: 70 ladu ja logistikafirmat, käive 3,1 mln USD aastas',
          'Tallinnas 2023–2026: 50 klienti Tallinnas ja Harjumaal, nullist üles ehitatud',
          'Analüüsivõime – kaardistan kliendi lao vajadused enne pakkumist',
        ],
      },
    ],
    profile: [
      'Olen Ukrainast ja müünud laotehnikat alates 2015. aastast. 2022. aastal kolisin sõja tõttu Eestisse; ' +
        'kõigepealt õppisin keelt ja töötasin laos, 2023. aastast olen jälle müügis. Minu kliendid on 50 ladu, ' +
        'logistika- ja tootmisettevõtet Tallinnas ja Harjumaal. Suhtlen laojuhtidega; suuremad ostud kinnitab ' +
        'kliendi juhatus.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Müügiesindaja (tõstukid ja laoseadmed)',
          'Laotehnika Eesti OÜ',
          '2023-05',
          null,
          true,
          '05.2023 – praegu',
          [
            'uute ja kasutatud tõstukite müük ja rent',
            'riiulisüsteemide pakkumised koos projekteerijaga',
            'hoolduslepingud',
          ],
        ),
        lines: ['Laotehnika Eesti OÜ (Tallinn), 05.2023 – praegu: müügiesindaja (tõstukid ja laoseadmed)'],
      },
      {
        ...job('Laotöötaja', 'Rae Logistikakeskus OÜ', '2022-10', '2023-04', false, '10.2022 – 04.2023'),
        lines: ['Rae Logistikakeskus OÜ (Rae vald), 10.2022 – 04.2023: laotöötaja'],
      },
      {
        ...job('Müügijuht', 'Skladservis TOV', '2017-02', '2022-02', true, '02.2017 – 02.2022', [
          '70 ladu ja logistikafirmat Ida-Ukrainas',
          'meeskonnas kaks müügiesindajat',
        ]),
        lines: [
          '03.2022 – 09.2022: kolimine Eestisse, eesti keele kursus (A2-lt B1-le)',
          'Skladservis TOV (Harkiv, Ukraina), 02.2017 – 02.2022: müügijuht',
        ],
      },
      {
        ...job('Müügiesindaja', 'Agrotehnika TOV', '2015-07', '2017-01', true, '07.2015 – 01.2017', [
          'põllumajandus- ja laotehnika müük taludele',
        ]),
        lines: ['Agrotehnika TOV (Harkiv), 07.2015 – 01.2017: müügiesindaja'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Harkivi Rahvuslik Majandusülikool, turundus, bakalaureusekraad, 2011–2015', {
        field: 'turundus',
        institution: 'Harkivi Rahvuslik Majandusülikool',
        startYear: 2011,
        endYear: 2015,
      }),
    ],
    courses: [named('Eesti keel B1', 'Eesti keel B1 (Töötukassa), 2022')],
    certifications: [named('Tõstukijuhi tunnistus', 'Tõstukijuhi tunnistus, 2022')],
    languages: [
      lang('uk', 'native', 'ukraina – emakeel'),
      lang('ru', 'C1', 'vene – C1'),
      lang('et', 'B1', 'eesti – B1 (tasemeeksam 2024)'),
      lang('en', 'B2', 'inglise – B2'),
      lang('pl', 'A2', 'poola – A2'),
    ],
    skills: ['1C, Excel, Pipedrive', 'Juhiload B, C'],
    clientBase: { activeAccounts: 50, segment: 'regional_smb' },
    competencies: ['analytical', 'sales'],
  },
  {
    id: 'et-h36-22-word-tabel-lepingulised-muugiprojektid-oma-ou-kaudu-pohjamaade-muugijuht',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Nikkel Kakskümmend Kaks',
    email: 'kk2.projekt3622@example.com',
    phone: '+372 5455 3622',
    contactLines: ['Tallinn, Kadriorg', 'linkedin.example.com/in/nikkel-22'],
    tagline: 'Müügijuht (Põhjamaad) · B2B tarkvara',
    headings: {
      profile: 'Profiil',
      work: 'Töö ja projektid',
      workTable: ['Aeg', 'Tellija / tööandja', 'Roll'],
      skills: 'Töövahendid',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Kompetentsid' },
      {
        kind: 'bullets',
        items: [
          'Lahenduste müük HR- ja finantsjuhtidele',
          'Uute turgude avamine (Soome, Rootsi)',
          'Läbirääkimisoskus – ka inglise ja soome keeles',
          'Algatusvõime – töötasin kolm aastat projektipõhiselt oma OÜ kaudu',
        ],
      },
      { kind: 'heading', text: 'Tulemused' },
      {
        kind: 'bullets',
        items: [
          'Vahetusplaan OÜ: Soome ja Rootsi klientide arv kahe aastaga 0-lt 30-le',
          'Rohepakend OÜ (projekt): 14 uut jaeketti ja hulgimüüjat Eestis ja Lätis kaheksa kuuga',
          'Targa Maja Süsteemid OÜ (projekt): müügiprotsessi ja CRM-i ülesehitus nullist, esimesed 20 tehingut ise',
        ],
      },
    ],
    profile: [
      'Kolm aastat töötasin müügikonsultandina projektipõhiselt oma ettevõtte Müügipartner OÜ kaudu – ' +
        'idufirmad ostsid minult ajutist müügivõimekust. Üks neist, Vahetusplaan OÜ, võttis mind 2025. aasta ' +
        'sügisel tööle. Praegu vastutan Soome ja Rootsi klientide eest: 30 ettevõtet, kelle aastane ' +
        'lepinguväärtus (ARR) on kokku 620 000 €. Lepingu üle otsustavad klientide HR- ja finantsjuhid.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügijuht (Põhjamaad)', 'Vahetusplaan OÜ', '2025-09', null, true, '09.2025 – praegu', [
        'Soome ja Rootsi kliendid: uued tehingud ja pikendused',
        'koostöö tootemeeskonnaga soome- ja rootsikeelse versiooni juures',
      ]),
      job(
        'Välismüügi konsultant',
        'Vahetusplaan OÜ',
        '2024-09',
        '2025-08',
        true,
        '09.2024 – 08.2025 (projekt, Müügipartner OÜ kaudu)',
      ),
      job('Müügikonsultant', 'Rohepakend OÜ', '2023-10', '2024-06', true, '10.2023 – 06.2024 (projekt)'),
      job('Müügikonsultant', 'Targa Maja Süsteemid OÜ', '2023-01', '2023-09', true, '01.2023 – 09.2023 (projekt)'),
      job('Ärikliendihaldur', 'Sidelink AS', '2016-05', '2022-01', true, '05.2016 – 01.2022', [
        'väike- ja keskmiste ettevõtete side- ja IT-lahendused',
      ]),
      job('Klienditeenindaja', 'Sidelink AS', '2013-06', '2016-04', false, '06.2013 – 04.2016'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Veebruar – detsember 2022: õppisin Valencias hispaania keelt ja reisisin. Projektid oma OÜ kaudu algasid ' +
          '2023. aasta jaanuaris.',
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, rahvusvaheline ärikorraldus, bakalaureusekraad, 2010–2013', {
        field: 'rahvusvaheline ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [named('Hispaania keel B2', 'Hispaania keel B2, Valencia, 2022')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'B2', 'soome – hea'),
      lang('es', 'B2', 'hispaania – B2'),
      lang('sv', 'B1', 'rootsi – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['HubSpot, Salesforce, Pipedrive', 'Juhiload B'],
    clientBase: { activeAccounts: 30, annualRevenueEur: 620_000, segment: 'international', decisionMakers: true },
    competencies: ['initiative', 'negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'et-h36-23-pdf-punktid-taimekasvanduse-muugijuht-endine-fie-haljastaja-ja-aianduse-opetaja',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Nikkel Kakskümmend Kolm',
    email: 'taimed.nikkel3623@example.net',
    phone: '+372 5191 3623',
    contactLines: ['Räpina, Põlvamaa'],
    tagline: 'Müügijuht – istikud ja püsililled aiandikeskustele ja haljastajatele',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökäik',
      skills: 'Oskused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Saavutused' },
      {
        kind: 'bullets',
        items: [
          '80 kliendiga portfell Eestis, Lätis ja Soomes – aiandikeskused, haljastusfirmad ja omavalitsuste ' +
            'haljastusosakonnad',
          '2025. aasta müük neile 2,9 mln €; Soome müük kasvas 2019–2025 kolm korda',
          'Ostu üle otsustavad aiandikeskuste omanikud ja ostujuhid – nendega teen aastakokkulepped juba sügisel',
          'Kasvanduse toodang: 1,8 miljonit potitaime aastas',
        ],
      },
    ],
    profile: [
      'Olen aednik ja haljastaja, kes müüb taimi. Seitse aastat tegin oma ettevõtjana haljastust, sellest ajast ' +
        'olen kasvanduse müügijuht. Kõrvalt õpetan kutsekoolis aiandust.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügijuht', 'Taimla Kasvandus OÜ', '2018-02', null, true, '02.2018 – praegu', [
          'Aastakokkulepped ja eeltellimused',
          'Uued kliendid Lätis ja Soomes, messid',
          'Tootevaliku planeerimine koos kasvatajatega',
        ]),
        lines: ['Müügijuht (Taimla Kasvandus OÜ), 02.2018 – praegu'],
      },
      {
        ...job(
          'Aianduse õpetaja',
          'Lõuna-Eesti Aiandus- ja Maamajanduskool',
          '2019-09',
          null,
          false,
          '09.2019 – praegu',
          ['Taimede paljundamine ja püsililled, õpilaste praktika juhendamine'],
        ),
        lines: ['Aianduse õpetaja (Lõuna-Eesti Aiandus- ja Maamajanduskool), 09.2019 – praegu, 4 tundi nädalas'],
      },
      {
        ...job('Haljastaja', 'FIE', '2011-05', '2018-01', false, '05.2011 – 01.2018', [
          'Eraaedade ja korterelamute haljastus Tartu- ja Põlvamaal',
        ]),
        lines: ['Haljastaja (FIE), 05.2011 – 01.2018'],
      },
      {
        ...job('Aednik', 'Kasvuhoone Roheline OÜ', '2005-04', '2010-06', false, '04.2005 – 06.2010'),
        lines: ['Aednik (Kasvuhoone Roheline OÜ), 04.2005 – 06.2010'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vahe' },
      {
        kind: 'paragraph',
        text: 'Juuli 2010 – aprill 2011 reisisin üheksa kuud seljakotiga Aasias (Nepal, India, Tai).',
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Eesti Maaülikool, aiandus, bakalaureusekraad, 2001–2005', {
        field: 'aiandus',
        institution: 'Eesti Maaülikool',
        startYear: 2001,
        endYear: 2005,
      }),
    ],
    courses: [named('Täiskasvanute koolitaja baaskursus', 'Täiskasvanute koolitaja baaskursus, 2019')],
    certifications: [named('Aednik, tase 5', 'Aednik, tase 5 (2014)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'B2', 'soome – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('lv', 'B1', 'läti – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Taimetundmine – üle 1 500 liigi ja sordi', 'Kliendisuhted', 'Excel, Directo'],
    clientBase: { activeAccounts: 80, annualRevenueEur: 2_900_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'organisation', 'relationship_building'],
  },
  {
    id: 'et-h36-24-tekst-tabelid-hobusesoodade-muugiesindaja-ja-fie-ratsutamistreener-oppimise-vahe',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Nikkel Kakskümmend Neli',
    email: 'hobu.nikkel3624@example.com',
    phone: '5612 3624',
    contactLines: ['Palamuse, Jõgevamaa'],
    headings: {
      profile: 'Tutvustus',
      skills: 'Oskused',
      certifications: 'Kutse',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Mida oskan' },
      {
        kind: 'bullets',
        items: [
          'Hobuste söötmise nõustamine ja söötade müük tallidele',
          'Ratsutamise õpetamine ja noorte treenerite juhendamine',
          'Suhtlemisoskus – tallipidajad on väga erinevad inimesed',
          'Planeerimine: 130 kliendi tarnegraafik',
        ],
      },
    ],
    profile: [
      'Hobused on mu elu: olen olnud tallimeister, olen ratsutamistreener ja 2019. aastast hobusesöötade ' +
        'müügiesindaja. Minu kliendid on 130 talli, ratsakooli ja hobusekasvatajat üle Eesti; 2025. aastal ostsid ' +
        'nad meilt sööta ja lisandeid kokku 820 000 € eest. Väiksemates tallides otsustab omanik ise, mida hobused ' +
        'söövad.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Millal', title: 'Ametikoht', employer: 'Firma', duties: 'Sisu' },
    jobs: [
      job('Müügiesindaja', 'Hobutoit OÜ', '2019-03', null, true, '03.2019 – praegu', [
        'tallide külastused, söötmiskavad ja tellimused',
        'müügitelgid võistlustel ja messidel',
      ]),
      job('Ratsutamistreener', 'FIE', '2016-09', null, false, '09.2016 – praegu (õhtuti ja nädalavahetustel)', [
        'laste ja täiskasvanute ratsatunnid, umbes 25 õpilast',
      ]),
      job('Tallimeister', 'Ratsakeskus Tuulehari OÜ', '2011-04', '2013-08', false, '04.2011 – 08.2013', [
        '40 hobuse hooldus ja söötmine, tallitööliste töö korraldamine',
      ]),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'September 2013 – juuni 2016 õppisin täiskoormusega Eesti Maaülikoolis (vt Haridus).',
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Eesti Maaülikool, loomakasvatus, bakalaureusekraad, 2013–2016', {
        field: 'loomakasvatus',
        institution: 'Eesti Maaülikool',
        startYear: 2013,
        endYear: 2016,
      }),
      edu('kutseharidus', 'Vana-Vigala Tehnika- ja Teeninduskool, hobuhoidja, kutseharidus, 2009–2011', {
        field: 'hobuhoidja',
        institution: 'Vana-Vigala Tehnika- ja Teeninduskool',
        startYear: 2009,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [named('Treener, tase 4', 'Treener, tase 4 (ratsutamine), kehtib 2029. aastani')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('de', 'B1', 'saksa – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Excel, Merit Aktiva', 'Juhiload B, BE (haagis hobuste veoks)'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 820_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'communication', 'organisation', 'sales'],
  },
  {
    id: 'et-h36-25-tekst-tugevused-ees-opetajast-keelekursuste-arikliendihaldur-haiguse-vahe',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Nikkel Kakskümmend Viis',
    email: 'viis.keel3625@example.org',
    phone: '+372 5321 3625',
    contactLines: ['Tallinn, Haabersti'],
    headings: {
      profile: 'Lühidalt',
      skills: 'Arvuti',
      certifications: 'Kutse',
      languages: 'Keeled',
    },
    afterContact: [
      { kind: 'heading', text: 'Tugevused' },
      {
        kind: 'bullets',
        items: [
          'Õppija vajaduse väljaselgitamine – 18 aastat klassi ees',
          'Veenev esitleja ja suhtleja',
          'Koolitusprogrammide planeerimine ettevõtetele',
          'Taktitunne ka keerulistes olukordades',
        ],
      },
      { kind: 'heading', text: 'Saavutused müügis' },
      {
        kind: 'bullets',
        items: [
          '65 ettevõtet Tallinnas ja Harjumaal ostavad meilt töötajate keeleõpet – 2025. aastal kokku 540 000 € eest',
          '2024. aastal tõin keelekeskusele 22 uut ärikliendi',
          'Koolituseelarve üle otsustavad klientide personalijuhid – nendega teen aastakokkulepped',
        ],
      },
    ],
    profile: [
      'Olin 18 aastat inglise keele õpetaja. 2020. aastal jäin haigeks ja olin üle aasta kodus; pärast seda ' +
        'otsustasin õpetamiselt müüki minna. Nüüd müün ettevõtetele keelekursusi ja õpetan endiselt õhtuti.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Ärikliendihaldur (ettevõtete keeleõpe)',
          'Keelekeskus Lingua Nova OÜ',
          '2022-01',
          null,
          true,
          'jaanuar 2022 – praegu',
          [
            'keeleõppe vajaduse kaardistamine ja pakkumised',
            'aastalepingud ja grupikursuste komplekteerimine',
            'tagasiside ja tulemuste aruanded klientidele',
          ],
        ),
        lines: ['Ärikliendihaldur (ettevõtete keeleõpe) — Keelekeskus Lingua Nova OÜ', 'jaanuar 2022 – praegu'],
      },
      {
        ...job('Inglise keele õpetaja', 'FIE', '2021-09', null, false, 'september 2021 – praegu'),
        lines: ['Inglise keele õpetaja (õhtukursused) — FIE', 'september 2021 – praegu'],
      },
      {
        ...job(
          'Inglise keele õpetaja',
          'Tallinna Männi Gümnaasium',
          '2002-08',
          '2020-03',
          false,
          'august 2002 – märts 2020',
          ['5.–12. klassid, klassijuhataja', 'noorte õpetajate mentorlus 2012–2020'],
        ),
        lines: [
          'aprill 2020 – august 2021: haigusleht ja taastumine (läbipõlemine)',
          'Inglise keele õpetaja — Tallinna Männi Gümnaasium',
          'august 2002 – märts 2020',
        ],
      },
    ],
    education: [
      edu('magistrikraad', 'Tallinna Pedagoogikaülikool, inglise keele õpetaja, magistrikraad, 2000–2002', {
        field: 'inglise keele õpetaja',
        institution: 'Tallinna Pedagoogikaülikool',
        startYear: 2000,
        endYear: 2002,
      }),
      edu('bakalaureusekraad', 'Tallinna Pedagoogikaülikool, inglise filoloogia, bakalaureusekraad, 1997–2000', {
        field: 'inglise filoloogia',
        institution: 'Tallinna Pedagoogikaülikool',
        startYear: 1997,
        endYear: 2000,
      }),
    ],
    courses: [],
    certifications: [named('Õpetaja, tase 7', 'Õpetaja, tase 7 (2015)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C2', 'inglise – C2'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('fr', 'A2', 'prantsuse – A2'),
    ],
    skills: ['Moodle, Google Workspace, Pipedrive'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 540_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'organisation', 'persuasiveness', 'tact_assertiveness'],
  },
  {
    id: 'et-h36-26-word-kaks-veergu-klaasijast-fassaadide-muugijuht-soome-aastad-isa-hooldus',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Nikkel Kakskümmend Kuus',
    email: 'nikkel.klaas3626@example.com',
    phone: '+372 5301 3626',
    contactLines: ['Haapsalu, Läänemaa'],
    tagline: 'Müügijuht (fassaadid) · 30 aastat klaasiga',
    headings: {
      contact: 'Kontakt',
      profile: 'Tugevused ja tulemused',
      work: 'Töökogemus',
      skills: 'Muud oskused',
      languages: 'Keeled',
    },
    profile: [
      'Klaasija, kes sai müügiinseneriks ja müügijuhiks. Tean klaasfassaadi iga detaili, sest olen neid ise ' +
        'paigaldanud – Haapsalus ja Soomes.',
      'Praegu müün klaasfassaade ja -vaheseinu ehitusettevõtetele Eestis ja Soomes: 25 peatöövõtjat, 2025. ' +
        'aastal sõlmitud lepingud kokku 6,1 mln €. Suhtlen ehitusfirmade hankejuhtide ja projektijuhtidega.',
      'Tugevused: tehniline müük, läbirääkimised peatöövõtjatega, kehtestav ka hinnavaidlustes.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügijuht (fassaadid)',
        'Klaasikoda AS',
        '2019-10',
        null,
        true,
        'oktoober 2019 – praegu',
        [
          'hinnapakkumised ja lepingud peatöövõtjatega',
          'tehnilised lahendused koos projekteerijate ja tootmisega',
          'Soome objektid (Espoo, Vantaa, Turu)',
        ],
        'Tallinn',
      ),
      {
        ...job('Müügiinsener', 'Läänemaa Klaas OÜ', '2008-05', '2019-03', true, 'mai 2008 – märts 2019', [
          'klaaspakettide ja vaheseinte pakkumised ehitusfirmadele',
          'objektidel mõõtmine',
        ]),
        lines: [
          'Aprill 2019 – september 2019',
          'Hooldasin kodus raskelt haiget isa kuni tema surmani.',
          'Müügiinsener',
          'Läänemaa Klaas OÜ, Haapsalu | mai 2008 – märts 2019',
        ],
      },
      job(
        'Klaasija',
        'Lasitalo Oy',
        '2004-03',
        '2008-04',
        false,
        'märts 2004 – aprill 2008',
        ['fassaadiklaaside paigaldus, brigaadis neli meest'],
        'Espoo, Soome',
      ),
      job('Klaasija', 'Haapsalu Klaas OÜ', '1994-08', '2004-02', false, 'august 1994 – veebruar 2004', [], 'Haapsalu'),
    ],
    education: [
      edu('kutseharidus', 'Haapsalu Kutsehariduskeskus, ehituspuusepp, kutseharidus, 1991–1994', {
        field: 'ehituspuusepp',
        institution: 'Haapsalu Kutsehariduskeskus',
        startYear: 1991,
        endYear: 1994,
      }),
    ],
    courses: [
      named('Fassaadisüsteemide projekteerimise alused', 'Fassaadisüsteemide projekteerimise alused, 2020'),
      named('Soome ehituslepingud', 'Soome ehituslepingud, 2021'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'C1', 'soome – vabalt'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('sv', 'A2', 'rootsi – algtase'),
    ],
    skills: ['AutoCAD (jooniste lugemine), Excel', 'Juhiload B, C', 'Kõrgtõstuki juhi tunnistus (kehtis kuni 2010)'],
    clientBase: { activeAccounts: 25, annualRevenueEur: 6_100_000, segment: 'international' },
    competencies: ['negotiation', 'sales', 'tact_assertiveness'],
  },
];

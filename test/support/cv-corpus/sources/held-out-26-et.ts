import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The twenty-sixth held-out set's Estonian CVs: CVs as tools and platforms produce them, each read as its plain
 * text – a CV Keskus PDF export and a CV Keskus e-mail, CV.ee and CVMarket PDFs, an e-Töötukassa CV, a LinkedIn PDF
 * export and a LinkedIn profile copied from the browser, the new Europass, the 2013 Europass and the old Europass
 * Word template, Canva, Kickresume, Novorésumé, Zety and Resume.io CVs, a Google Docs template, Word templates with
 * tables and one with its placeholders left in, an Indeed CV, a Teamtailor candidate profile, a Workday application
 * and a recruitment agency's candidate profile – with their labels, headers, footers, page numbers, sidebars and icon
 * words. The people: an occupational-health account manager, a modular-house exporter, a laid-off battery rep, a
 * data-centre account manager, a lab-services account manager, a tile and bathroom sales manager, a ticketing
 * platform account manager, an employee-bike leasing account manager, a web-hosting account manager, a glass-unit
 * KAM, a cash-handling account manager, a boat seller, a construction-chemicals KAM, an actor turned training
 * seller, a playground-equipment sales manager, a garden-house exporter, a mattress seller to hotels, a marine-fuel
 * account manager, a façade-cleaning account manager, a car-care chemicals rep, a hotel-software account manager, a
 * Latvian LED-lighting sales manager, an ice-cream rep, a graduate SDR, an office-fruit account manager and a seed
 * and fertiliser rep.
 */
export const HELD_OUT_26_ET: CvSource[] = [
  {
    id: 'et-h26-01-cvkeskus-pdf-tootervishoid-kliendihaldur-harjumaa',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Kaks Tuhat Üks',
    email: 'k2001.tervis@example.com',
    phone: '+372 5384 2017',
    contactLines: ['Elukoht: Tallinn, Harju maakond', 'Sünniaasta: 1990'],
    tagline: 'Soovitud ametikohad: kliendihaldur, ärikliendihaldur, müügijuht',
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Tööle asumise aeg: kokkuleppel (etteteatamisaeg 1 kuu) · Soovitud töökoormus: täistööaeg',
      },
    ],
    headings: {
      profile: 'Lühitutvustus',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täienduskoolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Olen viis ja pool aastat müünud ja hallanud ettevõtete töötervishoiu lepinguid. Minu portfellis on 140 ' +
        'ettevõtet Harju- ja Raplamaal – tootmis-, ehitus-, logistika- ja kaubandusettevõtted, kus töötab kokku ' +
        'ligi 9 000 inimest. 2025. aastal arveldasime nende tervisekontrollide, vaktsineerimiste ja töökeskkonna ' +
        'riskianalüüside eest 610 000 €. Suuremates firmades kinnitab lepingu personalijuht, väiksemates omanik – ' +
        'nemad otsustavad ja nendega ma ka hinnad kokku lepin.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Töötamise aeg', title: 'Ametinimetus', employer: 'Ettevõte', duties: 'Tööülesanded' },
    jobs: [
      job(
        'Kliendihaldur',
        'Terviseks Töötervishoid OÜ',
        '2021-04',
        null,
        true,
        '04/2021 – praeguseni',
        [
          'uute klientide leidmine, pakkumised ja lepingud',
          'tervisekontrollide graafikute planeerimine koos arstide ja õdedega',
          'lepingute pikendused ning lisateenuste (vaktsineerimised, ergonoomikakoolitused) müük',
          '2025. aastal lisandus portfelli 23 uut klienti',
        ],
        'Tallinn',
      ),
      job(
        'Registratuuri administraator',
        'Kristiine Tervisekeskus OÜ',
        '2017-09',
        '2021-03',
        false,
        '09/2017 – 03/2021',
        [
          'patsientide registreerimine ja arstide vastuvõtuaegade haldus',
          'ettevõtete töötajate tervisekontrollide aegade broneerimine',
        ],
        'Tallinn',
      ),
      job(
        'Müüja',
        'Spordimaailm OÜ',
        '2014-06',
        '2017-08',
        true,
        '06/2014 – 08/2017',
        ['spordirõivaste ja -jalatsite müük ning klientide nõustamine'],
        'Tallinn',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'CV Keskus · Kandidaat Kaks Tuhat Üks · lk 1/2' }],
    education: [
      edu('bakalaureusekraad', 'Tallinna Ülikool, tervisejuhtimine, bakalaureusekraad (2016–2019, sessioonõpe)', {
        field: 'tervisejuhtimine',
        institution: 'Tallinna Ülikool',
        startYear: 2016,
        endYear: 2019,
      }),
      edu('keskharidus', 'Tallinna Mustamäe Gümnaasium, keskharidus (2009)', {
        institution: 'Tallinna Mustamäe Gümnaasium',
        endYear: 2009,
      }),
    ],
    courses: [
      named(
        'Töötervishoiu ja tööohutuse seadus praktikas',
        'Töötervishoiu ja tööohutuse seadus praktikas (Tööinspektsiooni seminar, 2022)',
      ),
      named('Konsultatiivne müük', 'Konsultatiivne müük (Müügiakadeemia, 2023)'),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B1', ''), lang('fi', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Mõistmine', 'Rääkimine', 'Kirjutamine'],
        rows: [
          ['eesti', 'emakeel', 'emakeel', 'emakeel'],
          ['inglise', 'C1', 'B2', 'B2'],
          ['vene', 'B1', 'B1', 'A2'],
          ['soome', 'A2', 'A2', 'A1'],
        ],
      },
    ],
    skills: ['Suhtlemisoskus', 'Planeerimine ja organiseerimine', 'MS Office, Pipedrive'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'Juhiluba: B. Palgasoov: alates 2 600 € bruto.' },
      { kind: 'paragraph', text: 'CV on koostatud CV Keskuses · Viimati muudetud 22.10.2026 · lk 2/2' },
    ],
    clientBase: { activeAccounts: 140, annualRevenueEur: 610_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'organisation'],
  },
  {
    id: 'et-h26-02-cvee-pdf-moodulmajad-norra-rootsi-muugijuht-parnu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaks Tuhat Kaks',
    email: 'kaks.tuhat.kaks.2002@example.org',
    phone: '+372 5129 4470',
    contactLines: ['Asukoht: Pärnu, Eesti', 'Sünniaasta: 1986'],
    tagline: 'Soovitud ametikoht: ekspordijuht, müügijuht, võtmekliendijuht',
    headings: {
      profile: 'Tutvustus',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistused ja sertifikaadid',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Müün Pärnus toodetud moodulmaju (eramud, suvilad, lasteaiad ja kontorid) Norra ja Rootsi edasimüüjatele ja ' +
        'ehitusfirmadele. Minu kliendid on 18 edasimüüjat ja ehitusfirmat Norras ja Rootsis; 2025. aastal tellisid ' +
        'nad meilt kokku 74 mln NOK eest (ca 6,4 mln €). Läbirääkimisi pean firmade omanike ja tegevjuhtidega, kes ' +
        'otsustavad, kellelt moodulid tellida. Tehas toodab aastas umbes 260 moodulit. Ehitusinseneri taust aitab ' +
        'klientidega tehnilisi lahendusi samas keeles arutada.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügijuht (Skandinaavia)', 'Nordmoodul OÜ', '2019-09', null, true, '09.2019 – praegu'),
        lines: ['Müügijuht (Skandinaavia)', 'Nordmoodul OÜ, Pärnu', '09.2019 – praegu (7 a 3 k)'],
        bullets: [
          'edasimüüjate ja ehitusfirmade leidmine Norras ja Rootsis, messid Oslos ja Göteborgis',
          'hinnapakkumised, lepingud ja tarnegraafikud',
          'koostöö projekteerimise ja tootmisega',
          'müügieesmärk 2026. aastaks 85 mln NOK',
        ],
      },
      {
        ...job('Projektijuht', 'Nordmoodul OÜ', '2016-03', '2019-08', false, '03.2016 – 08.2019'),
        lines: ['Projektijuht', 'Nordmoodul OÜ, Pärnu', '03.2016 – 08.2019 (3 a 6 k)'],
        bullets: [
          'moodulmajade tootmise, veo ja paigalduse projektijuhtimine Norras',
          'eelarved ja suhtlus tellijaga ehitusfaasis',
        ],
      },
      {
        ...job('Objektiinsener', 'Pärnu Ehitustrust AS', '2011-06', '2016-02', false, '06.2011 – 02.2016'),
        lines: ['Objektiinsener', 'Pärnu Ehitustrust AS, Pärnu', '06.2011 – 02.2016 (4 a 9 k)'],
        bullets: ['korterelamute ja koolihoonete ehituse tehniline järelevalve ja dokumentatsioon'],
      },
      {
        ...job('Ehitustööline', 'Vestbygg AS', '2009-05', '2010-09', false, '05.2009 – 09.2010'),
        lines: ['Ehitustööline', 'Vestbygg AS, Stavanger (Norra)', '05.2009 – 09.2010 (1 a 5 k)'],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool · Hoonete ehitus · Rakenduskõrgharidus · 2005 – 2009', {
        field: 'Hoonete ehitus',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Norra keel B2', 'Norra keel B2 (Folkeuniversitetet, kaugõpe), 2018'),
      named('Müügiläbirääkimised ekspordis', 'Müügiläbirääkimised ekspordis (Eesti Kaubandus-Tööstuskoda), 2020'),
    ],
    certifications: [
      named('Ehituse üldtööde juht, tase 6', 'Ehituse üldtööde juht, tase 6 – kutsetunnistus (kehtiv kuni 2027)'),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'C1', 'Inglise keel – kõrgtase'),
      lang('no', 'B2', 'Norra keel – B2'),
      lang('sv', 'A2', 'Rootsi keel – algtase'),
    ],
    skills: [
      'Läbirääkimised ja lepingud',
      'Tehniline müük',
      'Eelarvestamine ja planeerimine',
      'AutoCAD, MS Project, HubSpot',
    ],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'Juhiload: B, BE. Valmis töölähetusteks Skandinaaviasse (kuni üks nädal kuus).' },
      { kind: 'paragraph', text: 'CV.ee · Kandidaat Kaks Tuhat Kaks · CV uuendatud 19.10.2026 · 1/1' },
    ],
    clientBase: { activeAccounts: 18, annualRevenueEur: 6_400_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'sales', 'teamwork'],
  },
  {
    id: 'et-h26-03-tootukassa-akud-muugiesindaja-narva-koondatud',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaks Tuhat Kolm',
    nameLine: 'Elulookirjeldus (CV) – Kandidaat Kaks Tuhat Kolm',
    email: 'kandidaat.2003@example.net',
    phone: '5563 2093',
    contactLines: ['Elukoht: Narva, Ida-Viru maakond', 'Sünniaeg: 07.03.1985'],
    afterContact: [
      { kind: 'heading', text: 'Soovitud töö' },
      {
        kind: 'paragraph',
        text:
          'Ametinimetus: müügiesindaja; laojuhataja | Tööpiirkond: Narva, Sillamäe, Jõhvi | Töö liik: täistööaeg | ' +
          'Soovitud töötasu: alates 1 800 € (bruto)',
      },
    ],
    headings: {
      profile: 'Lühikirjeldus endast',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täienduskoolitus',
      languages: 'Keeleoskus',
      skills: 'Oskused ja isikuomadused',
    },
    profile: [
      'Töötasin üle 13 aasta akude hulgimüüjas Narvas, viimased 10 aastat müügiesindajana. Minu kliendid olid ' +
        'umbes 120 autoteenindust, transpordifirmat, taksofirmat ja tööstusettevõtet Ida-Virumaal ning 2025. ' +
        'aastal müüsin neile auto-, veoki- ja tööstusakusid ligi 950 000 € eest. Väiksemates teenindustes otsustab ' +
        'ostu omanik, suuremates firmades hankejuht. Ettevõte sulges 2026. aasta juunis Narva filiaali ja mind ' +
        'koondati.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Müügiesindaja',
          'Virumaa Akukeskus OÜ',
          '2016-03',
          '2026-06',
          true,
          'Algus: 01.03.2016 · Lõpp: 30.06.2026',
        ),
        lines: [
          'Ametinimetus: Müügiesindaja',
          'Tööandja: Virumaa Akukeskus OÜ (Narva filiaal)',
          'Algus: 01.03.2016 · Lõpp: 30.06.2026 (koondamine)',
          'Tööülesanded: klientide külastamine, tellimused ja hinnapakkumised, akude testimine kliendi juures, ' +
            'uute klientide leidmine, võlgnevuste jälgimine.',
        ],
      },
      {
        ...job(
          'Laotöötaja',
          'Virumaa Akukeskus OÜ',
          '2013-02',
          '2016-02',
          false,
          'Algus: 04.02.2013 · Lõpp: 29.02.2016',
        ),
        lines: [
          'Ametinimetus: Laotöötaja',
          'Tööandja: Virumaa Akukeskus OÜ',
          'Algus: 04.02.2013 · Lõpp: 29.02.2016',
          'Tööülesanded: kauba vastuvõtt ja komplekteerimine, vanade akude kogumine ja ümbertöötlusse saatmine.',
        ],
      },
      {
        ...job(
          'Autoelektrik',
          'Narva Autoteenindus OÜ',
          '2006-09',
          '2013-01',
          false,
          'Algus: 01.09.2006 · Lõpp: 31.01.2013',
        ),
        lines: [
          'Ametinimetus: Autoelektrik',
          'Tööandja: Narva Autoteenindus OÜ',
          'Algus: 01.09.2006 · Lõpp: 31.01.2013',
          'Tööülesanded: sõiduautode ja väikebusside elektrisüsteemide diagnostika ja remont.',
        ],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Töötu (registreeritud Töötukassas) alates 01.07.2026' }],
    education: [
      edu(
        'kutsekeskharidus',
        'Haridustase: kutsekeskharidus | Õppeasutus: Narva Kutseõppekeskus | Eriala: autoelektrik | Õppimise aeg: 2002–2006',
        { field: 'autoelektrik', institution: 'Narva Kutseõppekeskus', startYear: 2002, endYear: 2006 },
      ),
    ],
    courses: [
      named('Eesti keele B2-taseme kursus', 'Eesti keele B2-taseme kursus (Töötukassa koolituskaart), 09.–10.2026'),
      named('Akude hooldus ja testimine', 'Akude hooldus ja testimine (tarnija koolitus), 2019'),
    ],
    certifications: [],
    languages: [lang('ru', 'native', ''), lang('et', 'B1', ''), lang('en', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Kõne', 'Kiri'],
        rows: [
          ['vene', 'emakeel', 'emakeel'],
          ['eesti', 'B1', 'B1'],
          ['inglise', 'A2', 'A2'],
        ],
      },
    ],
    skills: [
      'Arvutioskus: MS Excel, 1C, Directo',
      'Juhiload: B, C',
      'Pikaajalised kliendisuhted Ida-Virumaa autoteeninduste ja vedajatega',
      'Isikuomadused: kohusetundlik, pingekindel, täpne',
    ],
    closing: [
      { kind: 'paragraph', text: 'Olen nõus, et minu CV on tööandjatele nähtav Töötukassa portaalis.' },
      { kind: 'paragraph', text: 'e-Töötukassa · CV prinditud 26.10.2026' },
    ],
    clientBase: { activeAccounts: 120, annualRevenueEur: 950_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'stress_resistance'],
  },
  {
    id: 'et-h26-04-linkedin-pdf-kulgriba-andmekeskus-account-manager-baltikum',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Kaks Tuhat Neli',
    email: 'k2004.datacenter@example.com',
    phone: '+372 5870 2204',
    contactLines: ['linkedin.example.com/in/k2004-dc (LinkedIn)'],
    tagline: 'Senior Account Manager | Andmekeskus- ja pilveteenused | Baltikum',
    afterContact: [{ kind: 'paragraph', text: 'Tallinn, Harjumaa, Eesti' }],
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      certifications: 'Certifications',
      languages: 'Languages',
      skills: 'Top Skills',
    },
    profile: [
      'Aitan Balti ettevõtetel viia serverid ja andmed turvalisse andmekeskusesse ja pilve. Haldan 34 kliendi ' +
        'suhteid Eestis, Lätis ja Leedus – e-kaubandus, fintech, meediafirmad ja tarkvaraarendajad. Nende ' +
        "colocation'i, pilve- ja sideteenuste lepingute aastane väärtus on kokku umbes 2,9 mln €. Lepingud " +
        'allkirjastavad klientide CTO-d ja finantsjuhid, tehnilised detailid lepin kokku nende IT-meeskondadega. ' +
        'Tugevused: läbirääkimised, kliendisuhted ja keerukate lahenduste lihtne selgitamine.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Account Manager',
          'Põhjala Andmekeskus AS',
          '2024-09',
          null,
          true,
          'September 2024 - Present (2 years 3 months)',
        ),
        lines: [
          'Põhjala Andmekeskus AS',
          '3 years 9 months',
          'Senior Account Manager',
          'September 2024 - Present (2 years 3 months)',
          'Tallinn, Harjumaa, Eesti',
          'Suurklientide portfell Baltikumis, lepingute pikendused ja laiendused. Andmekeskuse IT-võimsus 12 MW, ' +
            'tiimi 2026. aasta eesmärk 6 mln € uut lepingumahtu.',
        ],
      },
      {
        ...job(
          'Account Manager',
          'Põhjala Andmekeskus AS',
          '2023-03',
          '2024-08',
          true,
          'March 2023 - August 2024 (1 year 6 months)',
        ),
        lines: ['Account Manager', 'March 2023 - August 2024 (1 year 6 months)', 'Tallinn, Harjumaa, Eesti'],
      },
      {
        ...job(
          'Sales Manager',
          'Baltic Hosting Group SIA',
          '2019-01',
          '2023-02',
          true,
          'January 2019 - February 2023 (4 years 2 months)',
        ),
        lines: [
          'Baltic Hosting Group SIA',
          'Sales Manager',
          'January 2019 - February 2023 (4 years 2 months)',
          'Tallinn, Harjumaa, Eesti',
          'Veebimajutuse ja virtuaalserverite müük Eesti ja Läti ettevõtetele, alates 2021 keskmised ettevõtted.',
          'Page 1 of 2',
        ],
      },
      {
        ...job(
          'Inside Sales Representative',
          'Pilvekoda OÜ',
          '2016-08',
          '2018-12',
          true,
          'August 2016 - December 2018 (2 years 5 months)',
        ),
        lines: [
          'Pilvekoda OÜ',
          '3 years 7 months',
          'Inside Sales Representative',
          'August 2016 - December 2018 (2 years 5 months)',
          'Tartu, Eesti',
        ],
      },
      {
        ...job(
          'Klienditoe spetsialist',
          'Pilvekoda OÜ',
          '2015-06',
          '2016-07',
          false,
          'June 2015 - July 2016 (1 year 2 months)',
        ),
        lines: ['Klienditoe spetsialist', 'June 2015 - July 2016 (1 year 2 months)', 'Tartu, Eesti'],
      },
    ],
    education: [
      edu('bachelor', "Tartu Ülikool · Bachelor's degree, Informaatika · (2012 - 2015)", {
        field: 'Informaatika',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [
      named('Certified Data Centre Professional (CDCP)'),
      named('Microsoft Certified: Azure Fundamentals'),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel (Native or Bilingual)'),
      lang('en', 'C1', 'English (Full Professional)'),
      lang('ru', 'B2', 'Vene keel (Professional Working)'),
      lang('lv', 'A2', 'Latviešu valoda (Elementary)'),
    ],
    skills: ['Solution Selling', 'Data Center', 'Contract Negotiation'],
    closing: [{ kind: 'paragraph', text: 'Page 2 of 2' }],
    clientBase: { activeAccounts: 34, annualRevenueEur: 2_900_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building', 'sales'],
  },
  {
    id: 'et-h26-05-uus-europass-pdf-laborianaluusid-perearstid-louna-eesti',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaks Tuhat Viis',
    email: 'k2005.labor@example.org',
    phone: '(+372) 5561 2005',
    contactLines: ['Kodakondsus: Eesti', 'Sünniaeg: 03/08/1992', 'Aadress: Tartu, Eesti (Kodu)'],
    headings: {
      profile: 'MINUST',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS JA KOOLITUS',
      courses: 'KOOLITUSED',
      languages: 'KEELEOSKUS',
      skills: 'SUHTLEMIS- JA INIMSUHTLUSOSKUSED',
    },
    profile: [
      'Olen bioanalüütik, kes müüb laboriteenust. Alates 2022. aastast hallan perearstikeskuste ja erakliinikute ' +
        'lepinguid Lõuna-Eestis: minu hallata on 85 perearstikeskust ja erakliinikut Tartu-, Põlva-, Võru- ja ' +
        'Valgamaal. 2025. aastal tellisid nad meilt analüüse kokku 1,15 mln € eest. Lepingud sõlmin keskuste ' +
        'juhatajate ja omanikega, kes otsustavad, millise laboriga koostööd teha. Meie labor teeb aastas üle ' +
        '600 000 analüüsi.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('KLIENDIHALDUR', 'Laborilink OÜ', '2022-03', null, true, '01/03/2022 – PRAEGU'),
        lines: ['01/03/2022 – PRAEGU Tartu, Eesti', 'KLIENDIHALDUR Laborilink OÜ'],
        bullets: [
          'perearstikeskuste ja erakliinikute külastused, uute analüüsipakettide tutvustamine',
          'hinnapakkumised, lepingud ja lepingute pikendused',
          'proovide transpordi ja tulemuste e-edastuse korraldamine koos IT- ja logistikatiimiga',
          'koolitused õdedele proovide võtmise ja säilitamise kohta',
        ],
      },
      {
        ...job('BIOANALÜÜTIK', 'Emajõe Kliinik SA', '2014-08', '2022-02', false, '01/08/2014 – 28/02/2022'),
        lines: ['01/08/2014 – 28/02/2022 Tartu, Eesti', 'BIOANALÜÜTIK Emajõe Kliinik SA'],
        bullets: ['kliinilise keemia ja hematoloogia analüüsid', 'alates 2019. aastast uute töötajate juhendamine'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        '01/09/2011 – 15/06/2014 Tartu, Eesti · BIOANALÜÜTIK (RAKENDUSKÕRGHARIDUS) Tartu Tervishoiu Kõrgkool · ' +
          'Riikliku kvalifikatsiooniraamistiku tase: EKR tase 6',
        { field: 'bioanalüütik', institution: 'Tartu Tervishoiu Kõrgkool', startYear: 2011, endYear: 2014 },
      ),
      edu('keskharidus', '01/09/2008 – 15/06/2011 Elva, Eesti · KESKHARIDUS Elva Gümnaasium', {
        institution: 'Elva Gümnaasium',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [
      named(
        'Müügiläbirääkimised tervishoius',
        '2023 – Müügiläbirääkimised tervishoius (Tartu Ülikooli täienduskoolitus)',
      ),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'A2', ''), lang('de', 'A1', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): EESTI' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed):' },
      {
        kind: 'table',
        header: ['', 'KUULAMINE', 'LUGEMINE', 'SUULINE SUHTLUS', 'SUULINE ESITUS', 'KIRJUTAMINE'],
        rows: [
          ['INGLISE', 'C1', 'C1', 'B2', 'B2', 'B2'],
          ['VENE', 'B1', 'A2', 'B1', 'A2', 'A2'],
          ['SAKSA', 'A2', 'A2', 'A1', 'A1', 'A1'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Tasemed: A1 ja A2: algtase; B1 ja B2: iseseisev kasutaja; C1 ja C2: vaba keelekasutaja',
      },
    ],
    skills: [
      'Kliendikesksus – töötasin kaheksa aastat laboris ja tean, mida arst ja õde analüüse tellides vajavad',
      'Meeskonnatöö – igapäevane koostöö labori, logistika ja IT-tiimiga',
    ],
    closing: [
      { kind: 'heading', text: 'DIGIOSKUSED' },
      { kind: 'paragraph', text: 'Microsoft Office | Pipedrive CRM | Labori infosüsteem (LIS) | Zoom ja Teams' },
      { kind: 'heading', text: 'JUHILUBA' },
      { kind: 'paragraph', text: 'Juhiluba: B' },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_150_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'customer_focus', 'teamwork'],
  },
  {
    id: 'et-h26-06-vana-europass-word-plaadid-sanitaartehnika-virumaa-1992',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Kaks Tuhat Kuus',
    nameLine: 'Europass Elulookirjeldus',
    email: 'europass.2006@example.com',
    phone: '+372 5340 2006',
    contactLines: ['Aadress: Rakvere, Lääne-Viru maakond'],
    afterContact: [
      { kind: 'heading', text: 'Isikuandmed' },
      {
        kind: 'table',
        rows: [
          ['Ees- ja perekonnanimi', 'Kandidaat Kaks Tuhat Kuus'],
          ['Kodakondsus', 'eesti'],
          ['Sünniaeg', '21.11.1971'],
          ['Sugu', 'mees'],
        ],
      },
      { kind: 'heading', text: 'Soovitud töökoht / tegevusala' },
      { kind: 'paragraph', text: 'Müügijuht / võtmekliendijuht, ehitus- ja viimistlusmaterjalid' },
    ],
    headings: {
      work: 'Töökogemus',
      education: 'Haridus ja koolitus',
      courses: 'Täiendkoolitus',
      languages: 'Isiklikud oskused ja kompetentsid',
    },
    profile: [],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Kuupäevad',
      title: 'Amet või ametikoht',
      employer: 'Tööandja nimi ja aadress',
      duties: 'Peamised tegevused ja vastutusalad',
    },
    jobs: [
      job(
        'Müügijuht (ehitusfirmad ja plaatijad)',
        'Plaadimaailm Viru OÜ',
        '2015-05',
        null,
        true,
        'mai 2015 – praeguseni',
        [
          'ehitusfirmade, plaatijate ja sanitaartehnika paigaldajate portfell Lääne-Virumaal, Ida-Virumaal ja ' +
            'Järvamaal – 72 aktiivset klienti',
          'hinnaläbirääkimised ehitusfirmade omanike ja hankejuhtidega, kes otsustavad, kust materjal tellitakse',
          'klientide ostud 2025. aastal kokku 2,1 mln €',
          'objektide materjalivajaduse arvutused ja näidiste esitlused',
          'kahe noorema müügiesindaja juhendamine',
        ],
        'Tallinna 44, Rakvere',
      ),
      job(
        'Müügiesindaja',
        'Ehituskaubad Kunda AS',
        '2006-02',
        '2015-04',
        true,
        'veebruar 2006 – aprill 2015',
        [
          'plaatide, liimide ja vuugitäidete müük ehitusfirmadele ja poodidele Virumaal',
          'tellimused, tarnete kokkulepped, laoseisu jälgimine',
        ],
        'Kunda',
      ),
      job(
        'Müüja-konsultant',
        'Rakvere Ehitusmaterjalid OÜ',
        '1999-08',
        '2006-01',
        true,
        'august 1999 – jaanuar 2006',
        ['plaatide ja sanitaartehnika osakond; kaupluse käive 2005. aastal 62 mln krooni'],
        'Rakvere',
      ),
      job(
        'Torulukksepp',
        'Viru Torutööd OÜ',
        '1992-06',
        '1999-07',
        false,
        'juuni 1992 – juuli 1999',
        ['küttesüsteemide ja veevarustuse paigaldus korterelamutes'],
        'Rakvere',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Lehekülg 1 / 2 - Elulookirjeldus | Kandidaat Kaks Tuhat Kuus' }],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Kuupäevad: 2008–2012 · Omandatud kvalifikatsioon: rakenduskõrgharidus, ettevõtlus ja ärikorraldus ' +
          '(sessioonõpe) · Õppeasutuse nimi ja tüüp: TTÜ Virumaa Kolledž',
        { field: 'ettevõtlus ja ärikorraldus', institution: 'TTÜ Virumaa Kolledž', startYear: 2008, endYear: 2012 },
      ),
      edu(
        'kutsekeskharidus',
        'Kuupäevad: 1987–1991 · Omandatud kvalifikatsioon: torulukksepp, kutsekeskharidus · Õppeasutuse nimi ja ' +
          'tüüp: Rakvere Kutsekeskkool',
        { field: 'torulukksepp', institution: 'Rakvere Kutsekeskkool', startYear: 1987, endYear: 1991 },
      ),
    ],
    courses: [
      named(
        'Hüdroisolatsioonisüsteemid märgaladel',
        'Hüdroisolatsioonisüsteemid märgaladel (tootja koolitus, Soome), 2017',
      ),
      named('Võtmeklientide haldamine', 'Võtmeklientide haldamine (kahepäevane koolitus), 2019'),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('ru', 'B2', ''), lang('fi', 'A2', ''), lang('en', 'A1', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): eesti' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed) – enesehinnang, Euroopa tasemed (*)' },
      {
        kind: 'table',
        header: ['', 'Kuulamine', 'Lugemine', 'Suuline suhtlus', 'Suuline esitus', 'Kirjutamine'],
        rows: [
          [
            'vene keel',
            'B2 Iseseisev kasutaja',
            'B2 Iseseisev kasutaja',
            'B2 Iseseisev kasutaja',
            'B1 Iseseisev kasutaja',
            'B1 Iseseisev kasutaja',
          ],
          [
            'soome keel',
            'A2 Algtasemel kasutaja',
            'A2 Algtasemel kasutaja',
            'A1 Algtasemel kasutaja',
            'A2 Algtasemel kasutaja',
            'A1 Algtasemel kasutaja',
          ],
          [
            'inglise keel',
            'A2 Algtasemel kasutaja',
            'A1 Algtasemel kasutaja',
            'A1 Algtasemel kasutaja',
            'A1 Algtasemel kasutaja',
            'A1 Algtasemel kasutaja',
          ],
        ],
      },
      { kind: 'paragraph', text: '(*) Euroopa keeleõppe raamdokumendi tasemed' },
      {
        kind: 'paragraph',
        text:
          'Sotsiaalsed oskused ja kompetentsid: hea suhtlemisoskus ja taktitunne, omandatud ehitajate ja ' +
          'paigaldajatega suheldes',
      },
      {
        kind: 'paragraph',
        text:
          'Organisatsioonilised oskused ja kompetentsid: oma piirkonna klientide külastuste planeerimine, ' +
          'nooremate kolleegide juhendamine',
      },
      {
        kind: 'paragraph',
        text: 'Tehnilised oskused ja kompetentsid: torutööde ja plaatimise tehnoloogia, materjalikulu arvutused',
      },
      { kind: 'paragraph', text: 'Arvutioskus ja -kompetentsid: MS Office, Directo, Merit Aktiva' },
      { kind: 'paragraph', text: 'Juhiluba: B, C' },
    ],
    skills: [],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'Torulukksepa kutsetunnistus (III kvalifikatsiooniaste, 1998) – kehtivus lõppenud. Soovitajad esitan soovi korral.',
      },
      { kind: 'paragraph', text: 'Lehekülg 2 / 2 - Elulookirjeldus | Kandidaat Kaks Tuhat Kuus' },
    ],
    clientBase: { activeAccounts: 72, annualRevenueEur: 2_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'communication', 'organisation', 'tact_assertiveness'],
  },
  {
    id: 'et-h26-07-canva-pdf-piletimuugi-platvorm-account-manager-korraldajad',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Kaks Tuhat Seitse',
    email: 'seitse.k2007@example.net',
    phone: '+372 5602 7007',
    contactLines: ['Tallinn', 'linkedin.example.com/in/k2007'],
    tagline: 'ACCOUNT MANAGER · ÜRITUSED JA PILETIMÜÜK',
    headings: {
      contact: 'KONTAKT',
      profile: 'MINUST',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      skills: 'OSKUSED',
      languages: 'KEELED',
    },
    profile: [
      'Korraldasin viis aastat festivale ja kontserte, nüüd aitan korraldajatel pileteid müüa. Minu portfellis on ' +
        '120 ürituste korraldajat üle Eesti – kontserdi- ja festivalikorraldajad, teatrid, spordivõistlused ja ' +
        'konverentsid. 2025. aastal müüsid nad meie platvormi kaudu pileteid 7,8 mln € eest; meie teenustasu ' +
        'nendelt oli kokku 410 000 €. Lepingud sõlmin korraldajafirmade omanike ja juhtidega, kes otsustavad, ' +
        'millise piletisüsteemiga minna.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Manager',
        'Biletto OÜ',
        '2022-02',
        null,
        true,
        'veebruar 2022 – praegu',
        [
          'korraldajate portfelli haldus, lepingud ja teenustasude läbirääkimised',
          'uute korraldajate leidmine festivalidel ja messidel',
          'müügikampaaniate ja piletihindade planeerimine koos klientidega',
          'kõrghooajal (mai–august) valves ka nädalavahetustel',
        ],
        'Tallinn',
      ),
      job(
        'Ürituste projektijuht',
        'Suvehelid OÜ',
        '2017-04',
        '2022-01',
        false,
        'aprill 2017 – jaanuar 2022',
        [
          'suvefestivalide ja kontsertide korraldus, kuni 12 000 külastajat päevas',
          'esinejate, tehnika- ja turvafirmadega lepingud',
        ],
        'Tallinn',
      ),
      job(
        'Klienditeenindaja',
        'Kinomaailm AS',
        '2014-09',
        '2017-03',
        false,
        'september 2014 – märts 2017',
        ['piletikassa ja kohvik õpingute kõrvalt'],
        'Tallinn',
      ),
    ],
    education: [
      edu('BA', 'Tallinna Ülikool, kultuurikorraldus, BA (2011–2014)', {
        field: 'kultuurikorraldus',
        institution: 'Tallinna Ülikool',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti – emakeel'),
      lang('en', 'C1', 'Inglise – C1'),
      lang('ru', 'B2', 'Vene – B2'),
      lang('de', 'A2', 'Saksa – A2'),
    ],
    skills: [
      'Läbirääkimised •••••',
      'Suhete loomine •••••',
      'Projektijuhtimine ••••',
      'Loovus ••••',
      'Excel, Canva, HubSpot •••',
    ],
    closing: [
      { kind: 'heading', text: 'HUVID' },
      { kind: 'paragraph', text: 'Kontserdid, orienteerumine, filmifotograafia' },
    ],
    clientBase: { activeAccounts: 120, annualRevenueEur: 410_000, segment: 'national', decisionMakers: true },
    competencies: ['innovation', 'negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'et-h26-08-kickresume-pdf-tooratta-rent-tooandjad-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Kaks Tuhat Kaheksa',
    email: 'k2008.rattad@example.com',
    phone: '+372 5811 2008',
    contactLines: ['Tartu, Eesti'],
    tagline: 'Ärikliendihaldur | töörattad ja säästlik liikumine',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Rattamehaanikust ärikliendihalduriks: tunnen rattaid seestpoolt ja oskan tööandjale selgitada, miks tööratas ' +
        'töötajale sobib. Minu portfellis on 46 tööandjat Tartus ja Tartumaal, kelle töötajatel on kokku ligi 1 300 ' +
        'renditud ratast. 2025. aastal maksid need tööandjad meile rendi- ja hooldustasusid kokku umbes 450 000 €. ' +
        'Lepingu üle otsustavad personalijuhid või juhatuse liikmed – nendega ma ka kohtun.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Töörattur OÜ', '2023-03', null, true, '03/2023 – praegu'),
        lines: ['Ärikliendihaldur | Töörattur OÜ, Tartu | 03/2023 – praegu'],
        bullets: [
          'Uute tööandjate leidmine ja pakkumised',
          'Rattapäevad klientide kontorites',
          'Lepingute pikendused ja laiendused uutele töötajatele',
        ],
      },
      {
        ...job('Müügikonsultant', 'Rattakeskus Tartu OÜ', '2019-04', '2023-02', true, '04/2019 – 02/2023'),
        lines: ['Müügikonsultant | Rattakeskus Tartu OÜ, Tartu | 04/2019 – 02/2023'],
        bullets: [
          'Jalgrataste, e-rataste ja varustuse müük kaupluses',
          'Järelmaksu- ja liisingulepingute vormistamine',
        ],
      },
      {
        ...job('Rattamehaanik', 'Rattakeskus Tartu OÜ', '2017-05', '2019-03', false, '05/2017 – 03/2019'),
        lines: ['Rattamehaanik | Rattakeskus Tartu OÜ, Tartu | 05/2017 – 03/2019'],
        bullets: ['Hooldus ja remont, hooaja tipus kuni 25 ratast päevas'],
      },
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus – mootorsõidukitehnik, kutseharidus (tase 4), 2014–2017', {
        field: 'mootorsõidukitehnik',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2014,
        endYear: 2017,
      }),
    ],
    courses: [],
    certifications: [
      named('Bosch eBike Systems hooldustehnik', 'Bosch eBike Systems hooldustehnik (sertifikaat, 2020)'),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'B2', 'Inglise keel – B2'),
      lang('ru', 'A2', 'Vene keel – A2'),
    ],
    skills: [
      'Müügioskus',
      'Suhtlemisoskus',
      'Tehnilised teadmised (rattad ja e-rattad)',
      'Pipedrive, Google Workspace',
    ],
    closing: [
      { kind: 'heading', text: 'Huvid' },
      { kind: 'paragraph', text: 'Maastikurattasõit (Tartu rattamaraton 2019–2025), matkamine' },
    ],
    clientBase: { activeAccounts: 46, annualRevenueEur: 450_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'sales'],
  },
  {
    id: 'et-h26-09-google-docs-mall-veebimajutus-sisemuugist-kliendihaldur-viljandi',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaks Tuhat Üheksa',
    email: 'k2009.veeb@example.org',
    phone: '+372 5534 2009',
    contactLines: ['Viljandi, Eesti'],
    afterContact: [
      {
        kind: 'paragraph',
        text:
          'Veebimajutuse ja domeenide ärikliendihaldur. Alustasin klienditoest, läksin üle sisemüüki ja haldan nüüd ' +
          '210 ärikliendi kontot – veebiagentuurid, e-poed ja väikeettevõtted üle Eesti. Nende aastased teenustasud ' +
          'on kokku 380 000 €. Meie serverites on üle 9 000 veebilehe.',
      },
    ],
    headings: {
      work: 'KOGEMUS',
      education: 'HARIDUS',
      skills: 'OSKUSED',
      languages: 'KEELED',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Veebikodu OÜ', '2023-01', null, true, 'JAANUAR 2023 – PRAEGU'),
        lines: ['Veebikodu OÜ, Viljandi — Ärikliendihaldur', 'JAANUAR 2023 – PRAEGU'],
        bullets: [
          'Agentuuride ja e-poodide kontode haldus, pakettide uuendused ja lisateenuste müük',
          'Kvartaalsed kõned suurematele klientidele; tiimi aastane kasvueesmärk 15%',
          'Hinnapakkumised serveri- ja varundusteenustele',
        ],
      },
      {
        ...job('Sisemüügi spetsialist', 'Veebikodu OÜ', '2020-05', '2022-12', true, 'MAI 2020 – DETSEMBER 2022'),
        lines: ['Veebikodu OÜ, Viljandi — Sisemüügi spetsialist', 'MAI 2020 – DETSEMBER 2022'],
        bullets: [
          'Sissetulevad päringud ja väljaminevad kõned väikeettevõtetele, pakettide müük telefonis ja e-kirjaga',
        ],
      },
      {
        ...job('Klienditoe spetsialist', 'Veebikodu OÜ', '2018-09', '2020-04', false, 'SEPTEMBER 2018 – APRILL 2020'),
        lines: ['Veebikodu OÜ, Viljandi — Klienditoe spetsialist', 'SEPTEMBER 2018 – APRILL 2020'],
        bullets: ['E-posti, DNS-i ja SSL-sertifikaatide seadistamine koos klientidega'],
      },
      {
        ...job('Teenindaja', 'Lossimäe Kohvik OÜ', '2015-09', '2018-06', false, 'SEPTEMBER 2015 – JUUNI 2018'),
        lines: ['Lossimäe Kohvik OÜ, Viljandi — Teenindaja', 'SEPTEMBER 2015 – JUUNI 2018 (õpingute kõrvalt)'],
      },
    ],
    education: [
      edu('BA', 'Tartu Ülikooli Viljandi Kultuuriakadeemia, Viljandi — BA, rahvuslik käsitöö (2015 – 2018)', {
        field: 'rahvuslik käsitöö',
        institution: 'Tartu Ülikooli Viljandi Kultuuriakadeemia',
        startYear: 2015,
        endYear: 2018,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'A2', '')],
    languagesText: ['Eesti keel (emakeel), inglise keel (C1), vene keel (A2)'],
    skills: [
      'Konsultatiivne müük telefonis ja videokõnes',
      'DNS, SSL ja e-posti seadistuste tundmine',
      'Kliendikeskne suhtlus',
      'HubSpot, WHMCS, Google Workspace',
    ],
    closing: [
      { kind: 'heading', text: 'AUHINNAD' },
      { kind: 'paragraph', text: 'Veebikodu aasta kolleeg 2024' },
    ],
    clientBase: { activeAccounts: 210, annualRevenueEur: 380_000, segment: 'national' },
    competencies: ['customer_focus', 'sales'],
  },
  {
    id: 'et-h26-10-teamtailor-profiil-klaasipaketid-kam-eesti-soome',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Kaks Tuhat Kümme',
    nameLine: 'Kandidaat Kaks Tuhat Kümme – kandidaadi profiil',
    email: 'k2010.klaas@example.net',
    phone: '+372 5019 2010',
    contactLines: ['Asukoht: Saue, Harjumaa', 'LinkedIn: linkedin.example.com/in/k2010'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Töökuulutus', 'Võtmekliendijuht (Eesti ja Soome)'],
          ['Allikas', 'Karjäärileht'],
          ['Kandideeris', '27.10.2026'],
          ['Etapp', 'Uued kandidaadid'],
          ['Sildid', 'B2B · tööstus · soome keel'],
          ['Hinnang', '★★★★☆ (2 hinnangut)'],
        ],
      },
      { kind: 'heading', text: 'Küsimused ja vastused' },
      { kind: 'paragraph', text: 'Palgaootus (bruto, kuus): 4 200 €' },
      { kind: 'paragraph', text: 'Etteteatamisaeg: 1 kuu' },
      { kind: 'paragraph', text: 'Kas Teil on kehtiv B-kategooria juhiluba? Jah' },
    ],
    headings: {
      profile: 'Kaaskiri',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Tere! Kandideerin võtmekliendijuhi kohale. Olen klaasipakettide tootja võtmekliendijuht alates 2018. aastast ' +
        'ja enne seda töötasin sama tehase tehnoloogina. Minu vastutada on 14 võtmeklienti – akna- ja ' +
        'fassaaditootjad Eestis ja Soomes, kes ostsid 2025. aastal meilt klaasipakette kokku 8,6 mln € eest. ' +
        'Aastalepingud lepin kokku klientide ostujuhtide ja tegevjuhtidega, kes tarnija valiku üle otsustavad. ' +
        'Tehase aastane toodang on umbes 420 000 m², nii et tean hästi, mida tootmine suudab lubada.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Periood', title: 'Ametinimetus', employer: 'Ettevõte', duties: 'Kirjeldus' },
    jobs: [
      job(
        'Võtmekliendijuht',
        'Klaasimeister Baltic AS',
        '2018-04',
        null,
        true,
        'apr 2018 – praegune',
        [
          'aastalepingud ja hinnakokkulepped',
          'tarnete planeerimine koos tootmise ja logistikaga',
          'tehnilised konsultatsioonid klientide projekteerijatele',
          'reklamatsioonide lahendamine',
        ],
        'Saue',
      ),
      job(
        'Tootmistehnoloog',
        'Klaasimeister Baltic AS',
        '2013-08',
        '2018-03',
        false,
        'aug 2013 – märts 2018',
        ['klaasipakettide tootmisliini seadistamine ja kvaliteedikontroll'],
        'Saue',
      ),
      job(
        'Kvaliteedispetsialist',
        'Aknatehas Nord OÜ',
        '2010-06',
        '2013-07',
        false,
        'juuni 2010 – juuli 2013',
        ['akende ja klaasipakettide sisendkontroll, reklamatsioonide analüüs'],
        'Tallinn',
      ),
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool – materjalitehnoloogia, magistrikraad (2008–2010)', {
        field: 'materjalitehnoloogia',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool – materjalitehnoloogia, bakalaureusekraad (2005–2008)', {
        field: 'materjalitehnoloogia',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti (emakeel)'),
      lang('fi', 'C1', 'soome (C1)'),
      lang('en', 'B2', 'inglise (B2)'),
      lang('ru', 'B1', 'vene (B1)'),
    ],
    skills: ['Läbirääkimisoskus', 'Tehniline müük', 'Analüüsivõime', 'Microsoft Dynamics 365, Excel'],
    closing: [
      { kind: 'heading', text: 'Manused' },
      { kind: 'paragraph', text: 'CV_K2010.pdf (212 KB)' },
      { kind: 'heading', text: 'Tegevused' },
      {
        kind: 'paragraph',
        text:
          '27.10.2026 Kandidaat kandideeris karjäärilehe kaudu · 28.10.2026 Värbaja liigutas kandidaadi etappi ' +
          '„Uued kandidaadid“',
      },
      { kind: 'paragraph', text: 'Eksporditud Teamtailorist 29.10.2026 · lk 1/1' },
    ],
    clientBase: { activeAccounts: 14, annualRevenueEur: 8_600_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'organisation', 'sales'],
  },
  {
    id: 'et-h26-11-wordi-tabelmall-sularahateenused-ketid-kliendihaldur-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Kaks Tuhat Üksteist',
    nameLine: 'CURRICULUM VITAE',
    email: 'k2011.raha@example.com',
    phone: '+372 5246 2011',
    contactLines: ['Tallinn, Lasnamäe'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Nimi', 'Kandidaat Kaks Tuhat Üksteist'],
          ['Sünniaeg', '16.04.1986'],
          ['Elukoht', 'Tallinn'],
          ['Perekonnaseis', 'abielus'],
        ],
      },
    ],
    headings: {
      profile: 'Eesmärk',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused ja omadused',
    },
    profile: [
      'Soovin jätkata kliendihaldurina B2B-teenuste valdkonnas, kus saan kasutada panga- ja turvateenuste kogemust.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Kliendihaldur (sularahateenused)', 'Baltic Cash Logistics AS', '2019-10', null, true, '10.2019 – ...', [
        '34 ärikliendi (jaeketid, tanklaketid, kasiinod ja meelelahutuskeskused) sularaha kogumise, loendamise ja ' +
          'pangaautomaatide hoolduse lepingud üle Eesti',
        'klientide aastane teenustasu kokku 1,9 mln €; nende kauplustest kogume aastas ligi 600 mln € sularaha',
        'lepingutingimuste läbirääkimised kettide finantsjuhtidega, kes lepingud kinnitavad',
        'uute teenuste (sularahaautomaadid kauplustes, turvaboksid) pakkumine',
      ]),
      job('Turvalahenduste müügispetsialist', 'Valvur Security AS', '2015-03', '2019-09', true, '03.2015 – 09.2019', [
        'valve- ja videolahenduste müük väikeettevõtetele Tallinnas ja Harjumaal',
      ]),
      job('Kassiir-klienditeenindaja', 'Põhja Pank AS', '2011-01', '2015-02', false, '01.2011 – 02.2015'),
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, majandusarvestus, bakalaureusekraad, 2007–2010', {
        field: 'majandusarvestus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Võtmekliendihaldus', 'Võtmekliendihaldus (kahepäevane koolitus), 2021')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B2', ''), lang('fi', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Tase'],
        rows: [
          ['eesti', 'emakeel'],
          ['inglise', 'väga hea'],
          ['vene', 'hea'],
          ['soome', 'algtase'],
        ],
      },
    ],
    skills: ['Läbirääkimisoskus', 'Täpsus ja kohusetunne', 'Excel (pivot-tabelid), Salesforce'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'Turvatöötaja kutsetunnistus, tase 3 (2015) – kehtivus lõppes 2020. Juhiluba B.',
      },
      { kind: 'paragraph', text: 'Soovitajad esitan soovi korral.' },
    ],
    clientBase: { activeAccounts: 34, annualRevenueEur: 1_900_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h26-12-cvmarket-pdf-paadimuuja-eraisikud-kuressaare-ei-portfelli',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaks Tuhat Kaksteist',
    email: 'k2012.paadid@example.org',
    phone: '+372 5397 2012',
    contactLines: ['Kuressaare, Saaremaa'],
    tagline:
      'Soovitud ametikoht: müügiesindaja / kliendihaldur · Soovitud palk: alates 2 300 € · Tööpiirkond: Saaremaa, ' +
      'Pärnu, Tallinn',
    afterContact: [{ kind: 'paragraph', text: 'CVMarket.ee · CV nr 482913' }],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Müün paate, paadimootoreid ja haagiseid eraisikutele – kalameestele, suvitajatele ja purjetajatele nii ' +
        'Saaremaalt kui ka mandrilt. 2025. hooajal müüsin 64 paati ja mootorit kokku 1,7 mln € eest. Enne seda ' +
        'olin viis aastat sama firma paadimehaanik, nii et oskan kliendile tehnikat selgitada. Soovin liikuda ' +
        'äriklientide poole (sadamad, kalandusettevõtted, paadirendid).',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügikonsultant',
        'Saare Paadikeskus OÜ',
        '2020-03',
        null,
        true,
        'alates 03.2020',
        [
          'paatide, mootorite ja varustuse müük salongis ja paadimessidel',
          'proovisõidud, liisingu- ja kindlustuspakkumised',
          'talvel hoolduste ja hoiustamise pakkumine',
        ],
        'Kuressaare',
      ),
      job(
        'Paadimehaanik',
        'Saare Paadikeskus OÜ',
        '2015-04',
        '2020-02',
        false,
        '04.2015 – 02.2020',
        ['paadimootorite hooldus, remont ja talvekonserveerimine'],
        'Kuressaare',
      ),
      job(
        'Motorist',
        'Väinamere Liinid OÜ',
        '2011-05',
        '2015-03',
        false,
        '05.2011 – 03.2015',
        ['parvlaeva masinaruumi valve ja hooldus'],
        'Kuivastu',
      ),
    ],
    education: [
      edu('kutseharidus', 'Kuressaare Ametikool, väikelaevaehitus, kutseharidus (keskhariduse baasil), 2009–2011', {
        field: 'väikelaevaehitus',
        institution: 'Kuressaare Ametikool',
        startYear: 2009,
        endYear: 2011,
      }),
      edu('keskharidus', 'Saaremaa Ühisgümnaasium, keskharidus, 2009', {
        institution: 'Saaremaa Ühisgümnaasium',
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [
      named('Mercury Marine hooldustehniku sertifikaat', 'Mercury Marine hooldustehniku sertifikaat (2017)'),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'B2', 'Inglise keel – hea'),
      lang('fi', 'B1', 'Soome keel – suhtlustasemel'),
      lang('ru', 'A2', 'Vene keel – algtase'),
    ],
    skills: [
      'Müügioskus',
      'Tehniline taust (paadimootorid, elektroonika)',
      'Pingetaluvus hooajal',
      'Väikelaevajuhi tunnistus, juhiload B ja BE',
    ],
    closing: [{ kind: 'paragraph', text: 'CVMarket.ee · Kandidaat Kaks Tuhat Kaksteist · 1/1' }],
    clientBase: null,
    competencies: ['sales', 'stress_resistance'],
  },
  {
    id: 'et-h26-13-varbamisagentuuri-profiil-ehituskeemia-kam-baltikumi-ketid',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Kaks Tuhat Kolmteist',
    nameLine: 'KANDIDAADI PROFIIL – Kandidaat Kaks Tuhat Kolmteist',
    email: 'k2013.keemia@example.com',
    phone: '+372 5677 2013',
    contactLines: ['Tallinn (Nõmme)'],
    tagline: 'Konfidentsiaalne · Koostanud Talendiait OÜ värbamiskonsultant · 30.10.2026',
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Ametikoht, millele kandideerib', 'Võtmekliendijuht (ehitus- ja sisustuskaubad)'],
          ['Praegune ametikoht', 'Võtmekliendijuht, Kemtek Baltic OÜ'],
          ['Etteteatamisaeg', '2 kuud'],
          ['Palgaootus', '4 500 € bruto + boonus'],
          ['Vestlus', '28.10.2026, Teams'],
        ],
      },
    ],
    headings: {
      profile: 'Värbaja kokkuvõte',
      work: 'Karjäär',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Tugevused (värbaja hinnang)',
    },
    profile: [
      'Kandidaat tunneb ehitus- ja remondikaupade ketiäri nii ostja kui ka müüja poolelt. Kemtek Balticus vastutab ' +
        'ta kuue jaeketi eest Eestis, Lätis ja Leedus (kokku 140 kauplust); nende ostud Kemteki ehituskeemiast – ' +
        'plaatimissegud, hermeetikud, vahud ja värvid – olid 2025. aastal 11,2 mln €. Sortimendi, kampaaniad ja ' +
        'aastahinnad lepib ta kokku kettide kategooriajuhtide ja ostudirektoritega, kes otsustavad, mis riiulile ' +
        'jõuab.',
      'Vestlusel jättis kandidaat selge ja numbrikindla mulje. Motivatsioon vahetuseks: soov hallata laiemat ' +
        'tootevalikut ja võtta suurem vastutus.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Võtmekliendijuht (Baltikumi jaeketid)',
          'Kemtek Baltic OÜ',
          '2020-03',
          null,
          true,
          '2020 märts – praegu',
        ),
        lines: ['2020 märts – praegu: Võtmekliendijuht (Baltikumi jaeketid), Kemtek Baltic OÜ, Tallinn'],
        bullets: [
          'Kuus jaeketti Eestis, Lätis ja Leedus, aastaplaanid ja kampaaniad',
          'Ketipõhised müügiprognoosid ja kasumlikkuse analüüs',
          'Koostöö Poola tehase tootejuhtidega',
        ],
      },
      {
        ...job('Kategooriajuht', 'Ehitusmarket AS', '2015-06', '2020-02', false, '2015 juuni – 2020 veebruar'),
        lines: ['2015 juuni – 2020 veebruar: Kategooriajuht, Ehitusmarket AS, Tallinn'],
        bullets: ['Ehituskeemia ja värvide kategooria 42 kaupluses, sortiment ja tarnijate valik'],
      },
      {
        ...job('Ostuspetsialist', 'Ehitusmarket AS', '2012-09', '2015-05', false, '2012 september – 2015 mai'),
        lines: ['2012 september – 2015 mai: Ostuspetsialist, Ehitusmarket AS, Tallinn'],
        bullets: ['Tellimused tarnijatelt ja laovarude planeerimine'],
      },
      {
        ...job('Müüja-konsultant', 'Ehitusmarket AS', '2009-06', '2012-08', true, '2009 juuni – 2012 august'),
        lines: ['2009 juuni – 2012 august: Müüja-konsultant, Ehitusmarket AS, Tallinn'],
        bullets: ['Viimistlusosakond, õpingute kõrvalt'],
      },
    ],
    education: [
      edu('BBA', 'Estonian Business School, rahvusvaheline ärijuhtimine, BBA (2006–2010)', {
        field: 'rahvusvaheline ärijuhtimine',
        institution: 'Estonian Business School',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [named('Kategooriajuhtimine', 'Kategooriajuhtimine (ECR, Varssavi), 2016')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti – emakeel'),
      lang('en', 'C1', 'Inglise – C1'),
      lang('ru', 'B2', 'Vene – B2'),
      lang('lv', 'B1', 'Läti – B1'),
    ],
    skills: [
      'Analüüsivõime – tunneb ketiäri numbreid ja teeb kasumlikkuse analüüsid ise',
      'Läbirääkimisoskus – on pidanud läbirääkimisi laua mõlemal poolel',
      'Ettevõtlik ja iseseisev',
    ],
    closing: [
      { kind: 'paragraph', text: 'Soovitajad: kaks endist juhti, kontaktid värbajal (kandidaadi nõusolekul).' },
      {
        kind: 'paragraph',
        text: 'Talendiait OÜ · Kandidaadi andmeid töödeldakse tema nõusolekul ja ainult selle värbamise jaoks · lk 2/2',
      },
    ],
    clientBase: { activeAccounts: 6, annualRevenueEur: 11_200_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'entrepreneurship', 'negotiation', 'organisation', 'teamwork'],
  },
  {
    id: 'et-h26-14-novoresume-pdf-naitlejast-koolitusmuugi-juht-louna-eesti',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Kaks Tuhat Neliteist',
    email: 'k2014.koolitus@example.net',
    phone: '+372 5723 2014',
    contactLines: ['Tartu, Eesti', 'linkedin.example.com/in/k2014'],
    tagline: 'Müügijuht · ettevõtete koolitused',
    headings: {
      contact: 'KONTAKT',
      profile: 'PROFIIL',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      courses: 'KURSUSED',
      skills: 'OSKUSED',
      languages: 'KEELED',
    },
    profile: [
      'Endine näitleja, kes müüb nüüd koolitusi. Minu kliendid on 58 ettevõtet ja asutust Lõuna-Eestis – ' +
        'tootmisettevõtted, pangakontorid, haiglad ja omavalitsused. 2025. aastal ostsid nad meilt esinemis-, ' +
        'meeskonna- ja juhtimiskoolitusi kokku 340 000 € eest. Koolitusvajaduse ja eelarve üle otsustavad ' +
        'personalijuhid, kellega koos koolitusprogrammi kokku panen. 2025. aastal käis meie koolitustel 3 100 inimest.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügijuht (ettevõtete koolitused)', 'Sõnaosav Koolitus OÜ', '2021-03', null, true, '03/2021 – Praegu'),
        lines: [
          'Müügijuht (ettevõtete koolitused)',
          'Sõnaosav Koolitus OÜ',
          '03/2021 – Praegu | Tartu, Eesti',
          'Saavutused/Ülesanded',
        ],
        bullets: [
          'Uute klientide arv kasvas 2024. aastal 40%',
          'Koolitusprogrammide koostamine koos koolitajatega, pakkumised ja lepingud',
          'Hankepakkumised haiglatele ja omavalitsustele',
          'Aeg-ajalt ka ise koolitaja (esinemisoskus)',
        ],
      },
      {
        ...job('Koolitaja (esinemisoskus)', 'Sõnaosav Koolitus OÜ', '2018-09', '2021-02', false, '09/2018 – 02/2021'),
        lines: [
          'Koolitaja (esinemisoskus)',
          'Sõnaosav Koolitus OÜ',
          '09/2018 – 02/2021 | Tartu, Eesti',
          'Saavutused/Ülesanded',
        ],
        bullets: ['Esinemis- ja hääleseadekoolitused ettevõtetele, kuni 60 koolituspäeva aastas'],
      },
      {
        ...job('Näitleja', 'Toomemäe Teater SA', '2009-08', '2018-08', false, '08/2009 – 08/2018'),
        lines: ['Näitleja', 'Toomemäe Teater SA', '08/2009 – 08/2018 | Tartu, Eesti'],
        bullets: ['Üle 30 lavarolli, lasteetendused ja koolitused koolidele'],
      },
    ],
    education: [
      edu('BA', 'Eesti Muusika- ja Teatriakadeemia · lavakunst, BA · 2005 – 2009', {
        field: 'lavakunst',
        institution: 'Eesti Muusika- ja Teatriakadeemia',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [named('Koolitusvajaduse hindamine', 'Koolitusvajaduse hindamine · 2022')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – Emakeel või kakskeelne'),
      lang('en', 'C1', 'Inglise keel – Täielik tööalane keeleoskus'),
      lang('ru', 'B1', 'Vene keel – Piiratud tööalane keeleoskus'),
      lang('fi', 'A2', 'Soome keel – Algtasemel keeleoskus'),
    ],
    skills: ['Veenmisoskus', 'Esinemine ja läbirääkimised', 'Loovus', 'Meeskonnatöö'],
    closing: [
      { kind: 'heading', text: 'HUVID' },
      { kind: 'paragraph', text: 'Improteater · Purjetamine · Lauamängud' },
    ],
    clientBase: { activeAccounts: 58, annualRevenueEur: 340_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['innovation', 'negotiation', 'persuasiveness', 'teamwork'],
  },
  {
    id: 'et-h26-15-resume-io-docx-manguvaljakud-omavalitsused-muugijuht-paide',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaks Tuhat Viisteist',
    email: 'k2015.ouemang@example.org',
    phone: '+372 5208 2015',
    contactLines: ['Paide, Järvamaa, Eesti'],
    tagline: 'Müügijuht – mänguväljakud ja välisporditehnika',
    afterContact: [
      { kind: 'heading', text: 'Isikuandmed' },
      { kind: 'paragraph', text: 'Juhiluba: B · Sünniaasta: 1985' },
    ],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Kursused',
      certifications: 'Sertifikaadid',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    profile: [
      'Maastikuarhitekt, kes müüb mänguväljakuid. Minu kliendid on ligikaudu 90 kohalikku omavalitsust, kooli ja ' +
        'lasteaeda üle Eesti; 2025. aastal müüsime neile mänguväljakuid, välijõusaale ja turvaaluseid kokku ' +
        '2,3 mln € eest. Umbes 70% tehingutest tuleb riigihangetest, tavaline projekt on 25 000–120 000 €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügijuht',
        'Õuemäng OÜ',
        '2020-01',
        null,
        true,
        'jaan 2020 — praegu',
        [
          'Hangete jälgimine ja pakkumiste koostamine',
          'Mänguväljakute eskiislahendused koos klientidega',
          'Paigaldustööde planeerimine ja objektide üleandmine',
          'Garantii- ja hoolduslepingud',
        ],
        'Paide',
      ),
      job(
        'Maastikuarhitekt',
        'Roheline Joon OÜ',
        '2014-06',
        '2019-12',
        false,
        'juuni 2014 — dets 2019',
        ['Koolide, lasteaedade ja parkide õuealade projektid'],
        'Tallinn',
      ),
      job(
        'Aednik',
        'Järva Haljastus OÜ',
        '2010-05',
        '2013-09',
        false,
        'mai 2010 — sept 2013',
        ['Haljastus- ja hooldustööd suviti, õpingute kõrvalt'],
        'Paide',
      ),
    ],
    education: [
      edu('magistrikraad', 'Magistrikraad, maastikuarhitektuur, Eesti Maaülikool, Tartu — sept 2008 — juuni 2014', {
        field: 'maastikuarhitektuur',
        institution: 'Eesti Maaülikool',
        startYear: 2008,
        endYear: 2014,
      }),
    ],
    courses: [named('Riigihangete seadus pakkujale', 'Riigihangete seadus pakkujale, 2021')],
    certifications: [
      named(
        'Mänguväljakute ohutuse ülevaataja (EN 1176/1177)',
        'Mänguväljakute ohutuse ülevaataja (EN 1176/1177), 2022',
      ),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel — Emakeel'),
      lang('en', 'C1', 'Inglise keel — Väga hea oskus'),
      lang('ru', 'B2', 'Vene keel — Hea oskus'),
      lang('de', 'A2', 'Saksa keel — Algtase'),
    ],
    skills: [
      'Riigihanked — Ekspert',
      'AutoCAD ja SketchUp — Kogenud',
      'Läbirääkimised — Kogenud',
      'Planeerimine — Ekspert',
    ],
    closing: [
      { kind: 'heading', text: 'Hobid' },
      { kind: 'paragraph', text: 'Discgolf, matkamine, lastega puutööd' },
      { kind: 'heading', text: 'Viited' },
      { kind: 'paragraph', text: 'Viited saadan soovi korral.' },
    ],
    clientBase: { activeAccounts: 90, annualRevenueEur: 2_300_000, segment: 'national' },
    competencies: ['negotiation', 'organisation'],
  },
  {
    id: 'et-h26-16-zety-docx-veerud-aiamajad-saunad-dach-ekspordijuht-voru',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Kaks Tuhat Kuusteist',
    email: 'k2016.export@example.com',
    phone: '+372 5318 2016',
    contactLines: ['Võru, Eesti'],
    tagline: 'Ekspordijuht · puitmajad ja saunad · DACH',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    profile: [
      'Müün Võrumaal toodetud aiamaju ja saunu Saksamaa, Austria ja Šveitsi edasimüüjatele. Portfellis on 42 ' +
        'edasimüüjat – aiakeskused, majapoed ja saunafirmad – ning 2025. aastal ostsid nad meilt kokku 3,6 mln € ' +
        'eest. Tellimused ja aastahinnad lepin kokku edasimüüjate omanikega, kes otsustavad, mida nad oma platsile ' +
        "võtavad. Saksa keele õppisin selgeks au pair'ina Hamburgis. Tehases töötab 85 inimest ja aastas valmib " +
        'umbes 1 100 aiamaja.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Ekspordijuht (DACH)',
        'Võru Puitmajad OÜ',
        '2019-03',
        null,
        true,
        '2019-03 - praegu',
        [
          'edasimüüjate leidmine ja koolitamine, messid Kölnis ja Nürnbergis',
          'hinnakirjad, tellimused ja aastalepingud',
          'kataloogid ja tootetutvustused saksa keeles',
        ],
        'Võru',
      ),
      job(
        'Müügiassistent',
        'Võru Puitmajad OÜ',
        '2016-08',
        '2019-02',
        false,
        '2016-08 - 2019-02',
        ['tellimuste sisestamine, arved ja transpordi broneerimine'],
        'Võru',
      ),
      job(
        'Klienditeenindaja',
        'Võru Tarbijate Ühistu',
        '2013-06',
        '2016-07',
        false,
        '2013-06 - 2016-07',
        ['kassa ja kauplusesaal'],
        'Võru',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, germanistika, bakalaureusekraad, 2010–2013', {
        field: 'germanistika',
        institution: 'Tartu Ülikool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel — emakeel'),
      lang('de', 'C1', 'Saksa keel — C1'),
      lang('en', 'B2', 'Inglise keel — B2'),
      lang('ru', 'A2', 'Vene keel — A2'),
    ],
    skills: [
      'Läbirääkimisoskus •••••',
      'Messitöö ja edasimüüjate koolitused ••••',
      'Iseseisvus ••••',
      'Excel, Merit, Pipedrive •••',
    ],
    clientBase: { activeAccounts: 42, annualRevenueEur: 3_600_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h26-17-tekst-emoji-ikoonid-madratsid-hotellid-eesti-lati',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Kaks Tuhat Seitseteist',
    email: 'k2017.uni@example.org',
    phone: '+372 5484 2017',
    contactLines: ['📍 Pärnu', '🔗 linkedin.example.com/in/k2017'],
    tagline: '🛏️ B2B müügijuht | majutusasutused ja hoolekanne',
    headings: {
      profile: '👋 MINUST',
      work: '💼 TÖÖKOGEMUS',
      education: '🎓 HARIDUS',
      languages: '🗣️ KEELED',
      skills: '⭐ OSKUSED',
    },
    profile: [
      'Hotelli vastuvõtust madratsite ja voodite müüki: tean, mida hotell vajab, sest olen ise tube müünud ja ' +
        'kaebusi kuulanud. Minu kliendid on 65 hotelli, spaad ja hooldekodu Eestis ja Lätis; 2025. aastal tellisid ' +
        'nad meilt madratseid, voodeid ja voodipesu kokku 1,25 mln € eest (4 800 madratsit). Lepingud kinnitavad ' +
        'hotellide tegevjuhid ja omanikud, kes otsustavad, millal tube uuendatakse.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('B2B müügijuht', 'Unemaa Madratsid OÜ', '2021-08', null, true, 'aug 2021 → praegu'),
        lines: ['📅 aug 2021 → praegu | B2B müügijuht | Unemaa Madratsid OÜ, Pärnu'],
        bullets: [
          'uute hotellide ja hooldekodude leidmine',
          'näidistoad ja proovimadratsid',
          'hankepakkumised hooldekodudele',
        ],
      },
      {
        ...job('Vastuvõtujuht', 'Rannahotell Pärnu OÜ', '2016-05', '2021-07', false, 'mai 2016 → juuli 2021'),
        lines: ['📅 mai 2016 → juuli 2021 | Vastuvõtujuht | Rannahotell Pärnu OÜ, Pärnu'],
        bullets: [
          '8-liikmelise vastuvõtu meeskonna juhtimine ja juhendamine',
          'grupibroneeringud ja tubade hinnastamine',
        ],
      },
      {
        ...job('Administraator', 'Rannahotell Pärnu OÜ', '2013-06', '2016-04', false, 'juuni 2013 → aprill 2016'),
        lines: ['📅 juuni 2013 → aprill 2016 | Administraator | Rannahotell Pärnu OÜ, Pärnu'],
        bullets: ['külaliste vastuvõtt, broneeringud ja kassa'],
      },
    ],
    education: [
      edu('kutseharidus', '🎓 Pärnu Kutsehariduskeskus – majutusteenindus, kutseharidus (tase 4), 2010–2013', {
        field: 'majutusteenindus',
        institution: 'Pärnu Kutsehariduskeskus',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', '🇪🇪 eesti – emakeel'),
      lang('en', 'C1', '🇬🇧 inglise – C1'),
      lang('ru', 'B2', '🇷🇺 vene – B2'),
      lang('fi', 'B1', '🇫🇮 soome – B1'),
    ],
    skills: ['✔ Suhete loomine', '✔ Kliendikesksus', '✔ Müügitöö ja läbirääkimised', '✔ Excel, Pipedrive'],
    closing: [
      { kind: 'heading', text: '❤️ HUVID' },
      { kind: 'paragraph', text: 'Rannavõrkpall, kudumine, reisid Lätis' },
    ],
    clientBase: { activeAccounts: 65, annualRevenueEur: 1_250_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'customer_focus', 'negotiation', 'relationship_building', 'sales'],
  },
  {
    id: 'et-h26-18-workday-avaldus-laevakutus-account-manager-usd',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Kaks Tuhat Kaheksateist',
    email: 'k2018.bunker@example.net',
    phone: '+372 5650 2018',
    contactLines: ['Aadress: Maardu, Harju maakond, Eesti', 'Telefoni tüüp: Mobiil'],
    tagline: 'Kandideerimisavaldus: Key Account Manager, Marine Fuels (R-2026-0412) · Esitatud 24.10.2026',
    afterContact: [
      { kind: 'heading', text: 'Minu teave' },
      {
        kind: 'table',
        rows: [
          ['Kuidas te meist kuulsite?', 'LinkedIn'],
          ['Kas olete varem meie heaks töötanud?', 'Ei'],
          ['Riik', 'Eesti'],
        ],
      },
    ],
    headings: {
      profile: 'Kaaskiri',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen laevakütuse müügis kuus aastat ja enne seda olin tüürimees. Vastutan 27 laevaomaniku ja prahtija eest ' +
        'Skandinaavias, Saksamaal ja Baltikumis: 2025. aastal tarnisime neile Tallinna, Muuga ja Sillamäe sadamas ' +
        'kokku 210 000 tonni kütust ning käive oli 118 mln USD. Hinnad ja tarnetingimused lepin kokku klientide ' +
        'kütuseostjatega, kes otsustavad, kellelt kütust osta.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Ajavahemik', title: 'Ametinimetus', employer: 'Ettevõte', duties: 'Rolli kirjeldus' },
    jobs: [
      job(
        'Account Manager (laevakütus)',
        'Baltic Bunker Services OÜ',
        '2020-10',
        null,
        true,
        'Alates 10/2020 · Töötan praegu siin ✓',
        [
          'päevased hinnapakkumised ja tarnelepingud',
          'tarnete koordineerimine sadamate ja punkerlaevadega',
          'krediidilimiitide ja maksete jälgimine',
        ],
        'Maardu',
      ),
      job(
        'Tarnekoordinaator',
        'Baltic Bunker Services OÜ',
        '2017-03',
        '2020-09',
        false,
        'Alates 03/2017 · Kuni 09/2020',
        ['punkerdamiste ajastamine, dokumendid ja kvaliteedikontroll'],
        'Maardu',
      ),
      job(
        'II tüürimees',
        'Nordic Tankers Shipping Ltd',
        '2010-06',
        '2017-01',
        false,
        'Alates 06/2010 · Kuni 01/2017',
        ['navigatsioonivahid ja lastioperatsioonid keemiatankeritel'],
        'Limassol, Küpros',
      ),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Kool või ülikool: Eesti Mereakadeemia | Kraad: Rakenduskõrgharidus | Õppesuund: laevajuhtimine | 2006 – 2010',
        { field: 'laevajuhtimine', institution: 'Eesti Mereakadeemia', startYear: 2006, endYear: 2010 },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B2', ''), lang('sv', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Keel: eesti · Emakeel: Jah' },
      { kind: 'paragraph', text: 'Keel: inglise · Lugemine: C1 · Rääkimine: C1 · Kirjutamine: B2' },
      { kind: 'paragraph', text: 'Keel: vene · Lugemine: B2 · Rääkimine: B2 · Kirjutamine: B1' },
      { kind: 'paragraph', text: 'Keel: rootsi · Lugemine: A2 · Rääkimine: A2 · Kirjutamine: A1' },
    ],
    skills: ['Läbirääkimised', 'Riskijuhtimine', 'Laevandus ja logistika', 'Excel, Power BI'],
    closing: [
      { kind: 'heading', text: 'Sertifikaadid ja litsentsid' },
      { kind: 'paragraph', text: 'STCW II tüürimehe diplom – kehtis kuni 03/2021 (pikendamata)' },
      { kind: 'heading', text: 'Manused' },
      { kind: 'paragraph', text: 'CV_2018.pdf' },
      { kind: 'paragraph', text: 'Kandideerimisavaldus – ülevaade · lk 2 / 2' },
    ],
    clientBase: { activeAccounts: 27, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h26-19-wordi-mall-kohatataitjad-fassaadipesu-kliendihaldur-harjumaa',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaks Tuhat Üheksateist',
    email: 'k2019.korgtood@example.com',
    phone: '+372 5125 2019',
    contactLines: ['Tallinn', '[LinkedIni profiili URL või veebisait]'],
    headings: {
      profile: 'Eesmärk',
      work: 'Kogemused',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    profile: [
      'Otsin kliendihalduri või võtmekliendihalduri tööd hoolduse ja kinnisvarateenuste valdkonnas. Haldan praegu ' +
        '75 kliendi lepinguid – kinnisvarahaldurid, kaubanduskeskused ja büroohooned Tallinnas ja Harjumaal; ' +
        'aastane lepingute maht on kokku 870 000 €. Kõrgtöid tunnen seestpoolt, sest olen ise üheksa aastat ' +
        'fassaadidel rippunud. 2025. aastal pesime klientide hoonetel üle 400 000 m² klaaspinda.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendihaldur',
        'Kõrgpesu OÜ',
        '2022-05',
        null,
        true,
        'mai 2022 – praegu',
        [
          'aknapesu, fassaadihoolduse ja katusetööde hinnapakkumised ning aastalepingud',
          'tööde planeerimine ja kvaliteedi kontroll objektidel',
          'uute klientide leidmine kinnisvarahaldusfirmade kaudu',
        ],
        'Tallinn',
      ),
      job(
        'Brigadir',
        'Kõrgpesu OÜ',
        '2018-04',
        '2022-04',
        false,
        'aprill 2018 – aprill 2022',
        ['4–6-liikmelise kõrgtööbrigaadi juhtimine, uute alpinistide juhendamine'],
        'Tallinn',
      ),
      job(
        'Tööstusalpinist',
        'Kõrgpesu OÜ',
        '2013-03',
        '2018-03',
        false,
        'märts 2013 – märts 2018',
        ['aknapesu ja fassaaditööd köisjuurdepääsuga'],
        'Tallinn',
      ),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Ehituskool, viimistleja, kutseharidus (tase 4), 2010–2013', {
        field: 'viimistleja',
        institution: 'Tallinna Ehituskool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'IRATA köisjuurdepääsu tehnik, tase 2',
        'IRATA köisjuurdepääsu tehnik, tase 2 (kehtib 2027. aasta märtsini)',
      ),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('ru', 'B2', 'Vene keel – hea'),
      lang('en', 'B1', 'Inglise keel – suhtlustasemel'),
    ],
    skills: ['Planeerimine', 'Meeskonnatöö', 'Juhendamine', '[Lisage siia veel üks oskus]'],
    closing: [
      { kind: 'heading', text: 'Tegevused' },
      { kind: 'paragraph', text: 'Kaljuronimine; Kaitseliidu Harju malev (2015–2020)' },
    ],
    clientBase: { activeAccounts: 75, annualRevenueEur: 870_000, segment: 'regional_smb' },
    competencies: ['coaching', 'organisation', 'teamwork'],
  },
  {
    id: 'et-h26-20-indeed-pdf-autopesukeemia-muugiesindaja-louna-eesti',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaks Tuhat Kakskümmend',
    email: 'k2020.auto@example.net',
    phone: '+372 5366 2020',
    contactLines: ['Tartu, Tartumaa'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      skills: 'Oskused',
      certifications: 'Sertifikaadid ja litsentsid',
      languages: 'Keeled',
    },
    profile: [
      'Autopesulast autokeemia müüki. Müün autopesu- ja hooldusvahendeid autopesulatele, autoteenindustele ja ' +
        'esindustele Lõuna-Eestis.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja', 'Puhas Auto Keemia OÜ', '2020-01', null, true, 'jaanuar 2020 kuni praegu'),
        lines: ['Müügiesindaja', 'Puhas Auto Keemia OÜ - Tartu', 'jaanuar 2020 kuni praegu'],
        bullets: [
          'Minu kliendid on 110 autopesulat, autoteenindust ja autoesindust Tartu-, Jõgeva-, Põlva- ja Valgamaal; ' +
            '2025. aasta müük oli 720 000 €.',
          'Enamasti suhtlen omanikega, kes otsustavad ostud ise.',
          'Pesuliinide doseerimise seadistamine ja pesulatöötajate koolitamine kliendi juures.',
          '2025. aastal müüsin kokku 48 000 liitrit pesuvahendeid.',
        ],
      },
      {
        ...job('Autopesula juhataja', 'Läike Autopesu OÜ', '2015-05', '2019-12', false, 'mai 2015 kuni detsember 2019'),
        lines: ['Autopesula juhataja', 'Läike Autopesu OÜ - Tartu', 'mai 2015 kuni detsember 2019'],
        bullets: ['Kahe pesula töö korraldus, 9 töötajat, kemikaalide tellimine'],
      },
      {
        ...job('Autopesija', 'Läike Autopesu OÜ', '2012-06', '2015-04', false, 'juuni 2012 kuni aprill 2015'),
        lines: ['Autopesija', 'Läike Autopesu OÜ - Tartu', 'juuni 2012 kuni aprill 2015'],
      },
    ],
    education: [
      edu('keskharidus', 'Keskharidus · Tartu Kivilinna Gümnaasium - Tartu · 2008 kuni 2011', {
        institution: 'Tartu Kivilinna Gümnaasium',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [
      named('ADR-koolitustunnistus (põhikursus)', 'ADR-koolitustunnistus (põhikursus) · Kehtib kuni: märts 2028'),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel - Emakeel'),
      lang('en', 'B1', 'Inglise keel - Keskmine'),
      lang('ru', 'A1', 'Vene keel - Algaja'),
    ],
    skills: [
      'Müük (6 aastat)',
      'Läbirääkimised (6 aastat)',
      'Klienditeenindus (10+ aastat)',
      'B2B-müük (6 aastat)',
      'Microsoft Excel (5 aastat)',
    ],
    closing: [
      { kind: 'heading', text: 'Lisateave' },
      { kind: 'paragraph', text: 'Juhiluba B, oma auto. Valmis sõitma kogu Lõuna-Eestis.' },
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 720_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'sales'],
  },
  {
    id: 'et-h26-21-linkedin-veebist-kopeeritud-logod-hotellitarkvara-account-manager',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaks Tuhat Kakskümmend Üks',
    email: 'k2021.hotell@example.org',
    phone: '+372 5591 2021',
    contactLines: ['linkedin.example.com/in/k2021'],
    tagline: 'Account Manager @ Roomlink | Hotellitehnoloogia | Baltikum ja Soome',
    afterContact: [
      { kind: 'paragraph', text: 'Tallinn, Harjumaa, Estonia · Contact info' },
      { kind: 'paragraph', text: '500+ connections' },
      { kind: 'paragraph', text: 'Open to work · Account Manager and Key Account Manager roles · Show details' },
    ],
    headings: {
      profile: 'About',
      work: 'Experience',
      education: 'Education',
      certifications: 'Licenses & certifications',
      skills: 'Skills',
      languages: 'Languages',
    },
    profile: [
      'Aitan hotellidel tube paremini müüa: meie kanalihaldur ja broneerimismootor ühendavad hotelli ' +
        'Booking.com-i, Expedia ja oma kodulehega. Minu portfellis on 95 hotelli ja külalistemaja Eestis, Lätis ja ' +
        'Soomes; nende aastased litsentsi- ja tellimustasud on kokku 640 000 € (ARR). Enamasti räägin hotellide ' +
        'omanike ja tegevjuhtidega, kes süsteemi valiku üle otsustavad. 2025. aastal tehti meie klientide ' +
        'hotellidesse platvormi kaudu 380 000 broneeringut. …see more',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Account Manager', 'Roomlink OÜ', '2023-03', null, true, 'Mar 2023 - Present · 3 yrs 9 mos'),
        lines: [
          'Roomlink OÜ logo',
          'Account Manager',
          'Roomlink OÜ · Full-time',
          'Mar 2023 - Present · 3 yrs 9 mos',
          'Tallinn, Harjumaa, Estonia · Hybrid',
        ],
        bullets: [
          'Olemasolevate hotellide lepingud, uuendused ja lisamoodulid',
          'Uued kliendid Soomes alates 2024. aastast',
          'Skills: Negotiation · Relationship Management · +3 skills',
        ],
      },
      {
        ...job('Tuluhaldur', 'Hotell Merevaade AS', '2019-01', '2023-02', false, 'Jan 2019 - Feb 2023 · 4 yrs 2 mos'),
        lines: [
          'Hotell Merevaade AS logo',
          'Hotell Merevaade AS',
          'Full-time · 6 yrs 1 mo',
          'Tallinn, Harjumaa, Estonia',
          'Tuluhaldur',
          'Jan 2019 - Feb 2023 · 4 yrs 2 mos',
        ],
        bullets: ['Tubade hinnastamine ja müügikanalite haldus 160 toaga hotellis'],
      },
      {
        ...job(
          'Vastuvõtuadministraator',
          'Hotell Merevaade AS',
          '2017-02',
          '2018-12',
          false,
          'Feb 2017 - Dec 2018 · 1 yr 11 mos',
        ),
        lines: ['Vastuvõtuadministraator', 'Feb 2017 - Dec 2018 · 1 yr 11 mos'],
      },
    ],
    education: [
      edu(
        'bachelor',
        "Tallinna Ülikool logo · Tallinna Ülikool · Bachelor's degree, Rekreatsioonikorraldus · 2013 - 2016",
        { field: 'Rekreatsioonikorraldus', institution: 'Tallinna Ülikool', startYear: 2013, endYear: 2016 },
      ),
    ],
    courses: [],
    certifications: [named('HubSpot Inbound Sales', 'HubSpot Inbound Sales · HubSpot Academy · Issued Jun 2023')],
    languages: [
      lang('et', 'native', 'Estonian · Native or bilingual proficiency'),
      lang('en', 'C1', 'English · Full professional proficiency'),
      lang('fi', 'B2', 'Finnish · Professional working proficiency'),
      lang('ru', 'A2', 'Russian · Elementary proficiency'),
    ],
    skills: [
      'Negotiation · Endorsed by 9 colleagues at Roomlink OÜ',
      'Relationship Management · Endorsed by 6 colleagues',
      'Revenue Management',
      'Show all 14 skills →',
    ],
    clientBase: { activeAccounts: 95, annualRevenueEur: 640_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'et-h26-22-europass-2013-docx-led-valgustus-valga-latlane-eesti-lati',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Kaks Tuhat Kakskümmend Kaks',
    email: 'k2022.valgus@example.com',
    phone: '+372 5245 2022',
    contactLines: ['Valga (Eesti)', 'Sugu Mees | Sünniaeg 14/02/1988 | Kodakondsus Läti'],
    afterContact: [
      { kind: 'heading', text: 'SOOVITUD TÖÖ' },
      { kind: 'paragraph', text: 'Müügijuht / võtmekliendijuht, tööstuslik valgustus ja energiatõhusus' },
    ],
    headings: {
      contact: 'ISIKUANDMED',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS JA KOOLITUS',
      courses: 'TÄIENDKOOLITUSED JA SERTIFIKAADID',
      languages: 'ISIKLIKUD OSKUSED',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügijuht (Eesti ja Läti)', 'LuxLed Baltic SIA', '2018-05', null, true, '01/05/2018–praegu'),
        lines: ['01/05/2018–praegu', 'Müügijuht (Eesti ja Läti)', 'LuxLed Baltic SIA, Valka (Läti)'],
        bullets: [
          'tööstus- ja laohoonete, tootmisettevõtete ja omavalitsuste valgustuse rekonstrueerimise projektid ' +
            'Lõuna-Eestis ja Põhja-Lätis – ligikaudu 60 aktiivset klienti',
          'energiasäästu tasuvusarvutused klientide tootmisjuhtidele ja omanikele, kes otsustavad investeeringu',
          '2025. aasta müük 1,8 mln €; alates 2018. aastast paigaldatud üle 14 000 valgusti',
          'kahe müügiesindaja juhendamine Riias',
          'Tegevusala või sektor: elektri- ja valgustustoodete hulgikaubandus',
        ],
      },
      {
        ...job('Elektrik', 'Valga Elektritööd OÜ', '2011-09', '2018-04', false, '01/09/2011–30/04/2018'),
        lines: ['01/09/2011–30/04/2018', 'Elektrik', 'Valga Elektritööd OÜ, Valga (Eesti)'],
        bullets: ['tööstushoonete elektripaigaldised ja valgustus', 'Tegevusala või sektor: ehitus'],
      },
      {
        ...job('Elektriku abi', 'SIA Valkas Elektro', '2008-07', '2011-08', false, '01/07/2008–31/08/2011'),
        lines: ['01/07/2008–31/08/2011', 'Elektriku abi', 'SIA Valkas Elektro, Valka (Läti)'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: '© Euroopa Liit, 2002-2017 | europass.cedefop.europa.eu   Lk 1 / 2' }],
    education: [
      edu(
        'rakenduskõrgharidus',
        '2013–2017   Rakenduskõrgharidus, elektrotehnika (kaugõpe) · Tallinna Tehnikakõrgkool, Tallinn (Eesti) · EQF 6',
        { field: 'elektrotehnika', institution: 'Tallinna Tehnikakõrgkool', startYear: 2013, endYear: 2017 },
      ),
      edu('kutsekeskharidus', '2004–2008   Elektrik, kutsekeskharidus · Smiltenes tehnikums, Smiltene (Läti) · EQF 4', {
        field: 'Elektrik',
        institution: 'Smiltenes tehnikums',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [named('Valgustuse projekteerimine DIALux evo', 'Valgustuse projekteerimine DIALux evo (2019)')],
    certifications: [named('Elektrik, tase 4', 'Elektrik, tase 4 – kutsetunnistus, kehtiv kuni 2027')],
    certificationsWithCourses: true,
    languages: [lang('lv', 'native', ''), lang('et', 'B2', ''), lang('ru', 'C1', ''), lang('en', 'B1', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed)   läti' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed)' },
      {
        kind: 'table',
        header: ['', 'MÕISTMINE Kuulamine', 'Lugemine', 'RÄÄKIMINE Suuline suhtlus', 'Suuline esitus', 'KIRJUTAMINE'],
        rows: [
          ['eesti', 'B2', 'B2', 'B2', 'B2', 'B1'],
          ['vene', 'C1', 'C1', 'C1', 'B2', 'B2'],
          ['inglise', 'B1', 'B1', 'B1', 'A2', 'A2'],
        ],
      },
      {
        kind: 'paragraph',
        text:
          'Tasemed: A1 ja A2: algtase - B1 ja B2: iseseisev kasutaja - C1 ja C2: vaba keelekasutaja. Euroopa ' +
          'keeleõppe raamdokument',
      },
      {
        kind: 'paragraph',
        text:
          'Suhtlemisoskus   hea suhtlemisoskus eesti, läti ja vene keeles, omandatud piirilinnas klientidega ' +
          'suheldes',
      },
      {
        kind: 'paragraph',
        text: 'Organisatsiooni- ja juhtimisoskused   enda ja kahe müügiesindaja töö planeerimine ning juhendamine',
      },
      {
        kind: 'paragraph',
        text: 'Tööalased oskused   tehniline müük, valgustuse projekteerimine (DIALux), energiaauditid',
      },
      {
        kind: 'paragraph',
        text:
          'Digioskus   ENESEHINNANG: Infotöötlus – iseseisev kasutaja | Kommunikatsioon – vilunud kasutaja | ' +
          'Sisuloome – iseseisev kasutaja | Turvalisus – iseseisev kasutaja | Probleemilahendus – vilunud kasutaja',
      },
      { kind: 'paragraph', text: 'Juhiluba   B' },
    ],
    skills: [],
    closing: [{ kind: 'paragraph', text: '© Euroopa Liit, 2002-2017 | europass.cedefop.europa.eu   Lk 2 / 2' }],
    clientBase: { activeAccounts: 60, annualRevenueEur: 1_800_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'communication', 'organisation', 'sales'],
  },
  {
    id: 'et-h26-23-wordi-tabelid-jaatis-kioskid-muugiesindaja-laanemaa',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Kaks Tuhat Kakskümmend Kolm',
    nameLine: 'ELULOOKIRJELDUS',
    email: 'k2023.jaatis@example.net',
    phone: '+372 5390 2023',
    contactLines: ['Haapsalu, Läänemaa'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Nimi', 'Kandidaat Kaks Tuhat Kakskümmend Kolm'],
          ['Sünniaeg', '02.09.1988'],
          ['Elukoht', 'Haapsalu'],
          ['Perekonnaseis', 'abielus, 2 last'],
          ['Juhiluba', 'B (2006)'],
        ],
      },
    ],
    headings: {
      profile: 'Endast',
      work: 'Töökogemus',
      workTable: ['Tööandja', 'Amet', 'Aeg'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Isikuomadused',
    },
    profile: [
      'Olen kaheksa aastat müünud jäätist ja külmutatud toitu Lääne- ja Hiiumaa kauplustele, kioskitele, ' +
        'kohvikutele ja kämpingutele. Minu piirkonnas on umbes 150 müügikohta ning 2025. aastal ostsid nad meilt ' +
        'kokku 620 000 € eest. Väiksemates kohtades otsustab ostu omanik ise. Suvel on meie külmkappe klientide ' +
        'juures 180 ja tipphooajal tuleb kuni 40 tellimust päevas.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job(
        'Müügiesindaja (jäätis ja külmutatud toit)',
        'Külmakuningas OÜ',
        '2018-03',
        null,
        true,
        'märts 2018 – käesolev aeg',
        [
          'müügikohtade külastused ja tellimused',
          'külmkappide paigutus ja kampaaniate kokkulepped',
          'uute suvekohvikute ja kämpingute leidmine',
        ],
      ),
      job('Vanemmüüja', 'Läänemaa Tarbijate Ühistu', '2012-05', '2018-02', true, 'mai 2012 – veebruar 2018', [
        'toidukaupluse müügisaal, tellimused ja uute müüjate väljaõpe',
      ]),
      job('Ettekandja', 'Promenaadi Kohvik OÜ', '2009', '2011', false, 'suved 2009–2011'),
    ],
    education: [
      edu('keskharidus', 'Haapsalu Wiedemanni Gümnaasium, keskharidus, 2007', {
        institution: 'Haapsalu Wiedemanni Gümnaasium',
        endYear: 2007,
      }),
    ],
    courses: [named('Toiduhügieeni koolitus', 'Toiduhügieeni koolitus (2024)')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('fi', 'B1', ''), lang('en', 'B1', ''), lang('sv', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Tase'],
        rows: [
          ['eesti', 'emakeel'],
          ['soome', 'suhtlustasemel'],
          ['inglise', 'suhtlustasemel'],
          ['rootsi', 'algtase'],
        ],
      },
    ],
    skills: ['Pingetaluvus', 'Kliendisuhted', 'Ausus ja täpsus', 'Tellimused tahvelarvutis (Directo)'],
    closing: [
      { kind: 'heading', text: 'Huvid' },
      { kind: 'paragraph', text: 'Aiandus, lastega matkamine' },
    ],
    clientBase: { activeAccounts: 150, annualRevenueEur: 620_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'stress_resistance'],
  },
  {
    id: 'et-h26-24-canva-tekstiks-ikoonisonad-vilistlane-sdr-fintech-tartu-ei-portfelli',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Kaks Tuhat Kakskümmend Neli',
    email: 'k2024.sdr@example.com',
    phone: '+372 5867 2024',
    contactLines: ['location_on Tartu, Eesti', 'language linkedin.example.com/in/k2024'],
    tagline: 'SALES DEVELOPMENT REPRESENTATIVE',
    headings: {
      profile: 'person PROFIIL',
      work: 'work TÖÖKOGEMUS',
      education: 'school HARIDUS',
      languages: 'translate KEELED',
      skills: 'star OSKUSED',
    },
    profile: [
      'Värske majandusteaduse bakalaureus, kes on aasta jagu teinud B2B-müüki fintech-ettevõttes. Broneerin ' +
        'kohtumisi külmkõnede, e-kirjade ja LinkedIni kaudu. Järgmise sammuna tahan saada oma kliendid ja ise ' +
        'tehinguid sulgeda.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Sales Development Representative',
        'Arvekindel OÜ',
        '2025-09',
        null,
        true,
        'sept 2025 – praegu',
        [
          'Külmkõned ja LinkedIni kampaaniad väikeettevõtetele',
          'Kohtumiste broneerimine account executive’itele, keskmiselt 22 kohtumist kuus',
          'Kvartali eesmärk 60 kvalifitseeritud kohtumist',
        ],
        'Tartu',
      ),
      job(
        'Müügipraktikant',
        'Arvekindel OÜ',
        '2025-06',
        '2025-08',
        false,
        'juuni–august 2025',
        ['Pipedrive’i andmete korrastamine ja turu-uuring'],
        'Tartu',
      ),
      job(
        'Müüja',
        'Lõunakeskuse Spordipood OÜ',
        '2022-09',
        '2025-05',
        true,
        '09.2022 – 05.2025 (õpingute kõrvalt)',
        ['Spordijalatsite ja -riiete müük nädalavahetustel'],
        'Tartu',
      ),
      job(
        'Laagrikasvataja',
        'Kiidjärve Noortelaager MTÜ',
        '2021-06',
        '2021-08',
        false,
        'juuni–august 2021',
        [],
        'Põlvamaa',
      ),
    ],
    education: [
      edu('BA', 'Tartu Ülikool, majandusteadus, BA (2022–2025)', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2022,
        endYear: 2025,
      }),
      edu('keskharidus', 'Tartu Jaan Poska Gümnaasium, keskharidus (2022)', {
        institution: 'Tartu Jaan Poska Gümnaasium',
        endYear: 2022,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Proaktiivne', 'Suhtlemisoskus', 'HubSpot, Apollo, LinkedIn Sales Navigator'],
    clientBase: null,
    competencies: ['communication', 'initiative'],
  },
  {
    id: 'et-h26-25-tekst-kaks-veergu-kontoripuuviljad-kliendihaldur-kontorijuhid',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Kaks Tuhat Kakskümmend Viis',
    email: 'k2025.vili@example.org',
    phone: '5852 2025',
    contactLines: ['Tallinn, Mustamäe'],
    tagline: 'Kliendihaldur | kontorite puuviljad ja suupisted',
    headings: {
      contact: 'KONTAKT',
      profile: 'PROFIIL',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      skills: 'OSKUSED',
      languages: 'KEELED',
    },
    profile: [
      'Toon kontoritesse värsked puuviljad, suupisted ja joogid. Minu hallata on ~180 kontorit Tallinnas ja ' +
        'Harjumaal – IT-firmad, pangad, advokaadibürood ja riigiasutused. 2025. aastal tellisid nad meilt kokku ' +
        '610 000 € eest. Tellimusi teevad ja muudavad enamasti kontorijuhid ja assistendid, kellega olen iga ' +
        'nädal ühenduses. Enne kliendihaldurit olin kuller ja klienditeenindaja, nii et tunnen iga kliendi ust.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Kliendihaldur',
        'Kontoriviljad OÜ',
        '2023-06',
        null,
        true,
        '06.2023 – täna',
        [
          'uute kontorite leidmine ja prooviboksid',
          'tellimuste muudatused ja hinnapakkumised',
          'klientide tagasiside ja rahuloluküsitlused',
        ],
        'Tallinn',
      ),
      job(
        'Klienditeenindaja',
        'Kontoriviljad OÜ',
        '2021-11',
        '2023-05',
        false,
        '11.2021 – 05.2023',
        ['telefon ja e-post, tarneprobleemide lahendamine'],
        'Tallinn',
      ),
      job('Kuller', 'Kiirkuller Eesti OÜ', '2019-08', '2021-10', false, '08.2019 – 10.2021', [], 'Tallinn'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Majanduskool, logistika, kutseharidus (tase 4), 2016–2019', {
        field: 'logistika',
        institution: 'Tallinna Majanduskool',
        startYear: 2016,
        endYear: 2019,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'native', 'vene – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
    ],
    skills: ['Kliendikesksus', 'Organiseerimisoskus', 'Google Sheets, Pipedrive'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 610_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'et-h26-26-cvkeskus-epost-seemned-vaetised-muugiesindaja-jogeva-1990',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Kaks Tuhat Kakskümmend Kuus',
    nameLine: 'Teema: Kandideerimine: Müügiesindaja (põllumajandus) – Kandidaat Kaks Tuhat Kakskümmend Kuus',
    email: 'k2026.agro@example.net',
    phone: '+372 5111 2026',
    contactLines: ['Jõgeva, Jõgevamaa'],
    afterContact: [
      {
        kind: 'paragraph',
        text: 'Tere! Kandidaat kandideeris Teie töökuulutusele CV Keskuses. Kandidaadi CV ja kaaskiri on allpool.',
      },
      { kind: 'heading', text: 'Kaaskiri' },
      {
        kind: 'paragraph',
        text:
          'Lugupeetud värbaja! Olen 12 aastat müünud seemneid ja väetisi Jõgeva-, Tartu- ja Järvamaa ' +
          'põllumeestele ning enne seda juhtisin ise farmi. Kandideerin, sest Teie ettevõte laiendab sortimenti ' +
          'taimekaitsesse ja see on minu tugevus.',
      },
    ],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Tunnistused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Minu kliendid on umbes 130 talu ja põllumajandusettevõtet Jõgeva-, Tartu- ja Järvamaal; nende põllud on ' +
        'kokku ligi 42 000 ha. 2025. aastal ostsid nad minult seemneid, väetisi ja taimekaitsevahendeid 3,4 mln € ' +
        'eest. Ostuotsused teevad talunikud ja ettevõtete juhatajad ise, tihti otse põllu ääres.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Müügiesindaja (seemned ja väetised)',
        'Agrovili AS',
        '2014',
        null,
        true,
        '2014 – praegu',
        [
          'Põllumeeste külastused, väetusplaanid ja pakkumised',
          'Katsepõldude päevad ja sordivõrdlused',
          'Hooajaeelsed lepingud ja järelmaksud',
        ],
        'Jõgeva',
      ),
      job(
        'Farmi juhataja',
        'Pedja Põld OÜ',
        '2003',
        '2014',
        false,
        '2003 – 2014',
        ['Teravilja ja rapsi kasvatus 1 800 hektaril, 6 töötajat'],
        'Jõgevamaa',
      ),
      job('Agronoom', 'Laiuse Agro AS', '1993', '2003', false, '1993 – 2003', [], 'Jõgevamaa'),
      job('Agronoomi abi', 'Jõgeva kolhoos „Koit“', '1990', '1993', false, '1990 – 1993', [], 'Jõgevamaa'),
    ],
    education: [
      edu('kõrgharidus', 'Eesti Põllumajanduse Akadeemia, agronoomia, kõrgharidus (diplom), 1985–1990', {
        field: 'agronoomia',
        institution: 'Eesti Põllumajanduse Akadeemia',
        startYear: 1985,
        endYear: 1990,
      }),
    ],
    courses: [],
    certifications: [named('Taimekaitsekonsultandi tunnistus', 'Taimekaitsekonsultandi tunnistus (kehtiv kuni 2028)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('de', 'A2', 'saksa – algtase'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendisuhted', 'Juhiload B, C, T'],
    closing: [
      { kind: 'paragraph', text: '—' },
      {
        kind: 'paragraph',
        text:
          'See kiri on saadetud CV Keskuse kaudu. Kandidaadile vastamiseks kasutage tema e-posti aadressi. ' +
          'Kandidaadi andmeid tohib kasutada ainult värbamiseks.',
      },
    ],
    clientBase: { activeAccounts: 130, annualRevenueEur: 3_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
];

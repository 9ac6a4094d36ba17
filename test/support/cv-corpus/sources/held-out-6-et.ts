import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/** The sixth held-out set's Estonian CVs (see test/fixtures/cvs/held-out-6/README.md). */
export const HELD_OUT_6_ET: CvSource[] = [
  {
    id: 'et-h6-01-arikliendihaldur-telekom',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaheksakümmend',
    email: 'kandidaat.kaheksakymmend@example.com',
    phone: '+372 5518 2093',
    contactLines: ['Tallinn'],
    headings: { profile: 'Profiil', languages: 'Keeled' },
    profile: [
      'Ärikliendihaldur telekommunikatsioonis, kokku seitse aastat B2B müügis. Tunnen väikeettevõtete ' +
        'vajadusi ja oskan pakkuda lahendusi, mis kliendil päriselt kasutusse lähevad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Läänemere Side AS', '2021-12', null, true, '12.2021 – praegu', [
          'haldan 85 ärikliendi portfelli Tallinnas ja Harjumaal (peamiselt 5–50 töötajaga ettevõtted)',
          'mobiilside-, interneti- ja pilveteenuste lepingud, pikendused ja lisamüük',
          'suhtlen enamasti otse ettevõtete juhtide ja omanikega',
          'minu portfelli aastane käive 2025. aastal 1,3 miljonit eurot (115% eesmärgist)',
        ]),
        lines: ['Ärikliendihaldur', 'Läänemere Side AS, Tallinn', '12.2021 – praegu'],
      },
      {
        ...job('Müügiesindaja', 'Telemaailm OÜ', '2019-03', '2021-11', true, '3.2019 – 11.2021', [
          'uute äriklientide leidmine telefoni teel ja kohtumistel',
          'pakkumiste koostamine ja lepingute sõlmimine',
        ]),
        lines: ['Müügiesindaja', 'Telemaailm OÜ, Tallinn', '3.2019 – 11.2021'],
      },
      {
        ...job('Klienditeenindaja', 'Läänemere Side AS', '2016-08', '2019-02', false, '8.2016 – 2.2019', [
          'eraklientide teenindamine esinduses ja telefonil, arved ja tõrketeated',
        ]),
        lines: ['Klienditeenindaja', 'Läänemere Side AS, Tallinn', '8.2016 – 2.2019'],
      },
    ],
    education: [
      edu('bakalaureus', 'Tallinna Tehnikaülikool, ärikorraldus, bakalaureus (2013–2016)', {
        field: 'ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [
      named('Läbirääkimised ärikliendiga', 'Läbirääkimised ärikliendiga, 2 päeva (2022)'),
      named('Pilveteenuste müük', 'Pilveteenuste müük (2023)'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel — emakeel'),
      lang('en', 'B2', 'inglise keel — B2'),
      lang('ru', 'B1', 'vene keel — suhtlustasemel'),
    ],
    skills: ['Suhtlemisoskus', 'Läbirääkimisoskus', 'Pingetaluvus', 'Salesforce, MS Office'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'et-h6-02-votmekliendihaldur-piimatooted',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Kaheksakümmend Üks',
    email: 'k.kaheksakymmendyks@example.net',
    phone: '5341 7780',
    contactLines: ['Kuressaare / Tallinn'],
    tagline: 'CV',
    headings: { profile: 'Kokkuvõte', work: 'Töökäik', languages: 'Keeled', skills: 'Isikuomadused' },
    profile: [
      'Võtmekliendihaldur toiduainetööstuses. Vastutan praegu kolme Eesti jaeketi ja kahe Läti hulgimüüja ' +
        'eest; kettidel on kokku ligi 260 kauplust. Nende ostud meilt olid 2025. aastal 6,1 miljonit eurot. ' +
        'Hinnaläbirääkimised pean kettide ostujuhtidega.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Võtmekliendihaldur',
        'Saare Piim AS',
        '2021',
        null,
        true,
        'alates 2021',
        [
          'Aastalepingud, kampaaniaplaanid ja hinnakokkulepped jaekettidega',
          'Uute toodete sisseviimine kettide valikusse koos turundusega',
        ],
        'Tallinn',
      ),
      job(
        'Müügiesindaja',
        'Saare Piim AS',
        '2016',
        '2020',
        true,
        '2016 – 2020',
        ['Saaremaa, Hiiumaa ja Läänemaa kauplused ning toitlustajad, tellimused ja väljapanek'],
        'Kuressaare',
      ),
      job(
        'Laojuhataja',
        'Kuressaare Külmhoone OÜ',
        '2012',
        '2016',
        false,
        '2012 – 2016',
        ['Külmlao töö korraldamine, 8 töötajat'],
        'Kuressaare',
      ),
    ],
    education: [
      edu('kõrgharidus', 'Kõrgharidus: Eesti Maaülikool, toiduainete tehnoloogia (2008–2012)', {
        field: 'toiduainete tehnoloogia',
        institution: 'Eesti Maaülikool',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [named('Kategooriajuhtimine jaekaubanduses', 'Kategooriajuhtimine jaekaubanduses (2022)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B2', 'vene – hea'),
      lang('lv', 'A2', 'läti – algtase'),
    ],
    skills: ['Ettevõtlik', 'Kehtestav', 'Analüüsivõime'],
    clientBase: { activeAccounts: 5, annualRevenueEur: 6_100_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'entrepreneurship', 'tact_assertiveness'],
  },
  {
    id: 'et-h6-03-europass-erapangandus',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Kaheksakümmend Kaks',
    email: 'kaheksakymmend.kaks@example.org',
    phone: '+372 5602 3318',
    contactLines: [
      'Aadress: Kadaka tee 44-12, 12915 Tallinn, Eesti',
      'Kodakondsus: eesti',
      'Sünniaeg: 02.11.1984',
      'Sugu: mees',
    ],
    tagline: 'Europass\nElulookirjeldus',
    afterContact: [
      { kind: 'heading', text: 'Soovitud töökoht / tegevusala' },
      { kind: 'paragraph', text: 'Eraklientide suhtejuht, varahaldus' },
    ],
    headings: {
      contact: 'Isikuandmed',
      work: 'Töökogemus',
      education: 'Haridus ja koolitus',
      courses: 'Täiendkoolitus',
      certifications: 'Kutsetunnistused',
      skills: 'Sotsiaalsed oskused ja pädevused',
      languages: 'Isikuoskused ja -pädevused',
    },
    profile: [],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Ajavahemik',
      title: 'Amet või ametikoht',
      employer: 'Tööandja nimi ja aadress',
      duties: 'Peamised tegevused ja vastutusvaldkonnad',
    },
    jobs: [
      job(
        'Eraklientide suhtejuht',
        'Toompea Pank AS',
        '2020-04',
        null,
        true,
        '04/2020 – praeguseni',
        [
          'Jõukate eraklientide nõustamine investeerimis-, laenu- ja pensionitoodete valikul',
          'Minu hallata on 180 kliendi varad kokku ligi 95 miljonit eurot',
          'Portfelli teenustasutulu 2025. aastal 0,9 miljonit eurot',
          'Uute klientide leidmine soovituste ja ürituste kaudu',
        ],
        'Vabaduse väljak 4, 10146 Tallinn',
      ),
      job(
        'Investeerimisnõustaja',
        'Toompea Pank AS',
        '2014-09',
        '2020-03',
        true,
        '09/2014 – 03/2020',
        ['Fondide, võlakirjade ja kindlustusega seotud investeerimistoodete müük ja nõustamine kontoris'],
        'Vabaduse väljak 4, 10146 Tallinn',
      ),
      job(
        'Tehinguhaldur',
        'Balti Väärtpaberid AS',
        '2009-06',
        '2014-08',
        false,
        '06/2009 – 08/2014',
        ['Väärtpaberitehingute arveldus ja kontroll'],
        'Rävala pst 8, Tallinn',
      ),
    ],
    education: [
      edu('magistrikraad', '2007 – 2009\nMagistrikraad, rahandus\nTallinna Tehnikaülikool, majandusteaduskond', {
        field: 'rahandus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2007,
        endYear: 2009,
      }),
      edu('bakalaureus', '2003 – 2007\nBakalaureusekraad, majandusteadus\nTartu Ülikool', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2003,
        endYear: 2007,
      }),
    ],
    courses: [named('Pärandi- ja varaplaneerimine', 'Pärandi- ja varaplaneerimine, Finantsakadeemia (2022)')],
    certifications: [named('EFPA European Financial Planner (EFP)', 'EFPA European Financial Planner (EFP), 2019')],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B1', ''), lang('fi', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): eesti' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed): inglise, vene, soome' },
      {
        kind: 'table',
        header: [
          'Enesehinnang / Euroopa tasand (*)',
          'Arusaamine: Kuulamine',
          'Arusaamine: Lugemine',
          'Rääkimine: Suuline suhtlus',
          'Rääkimine: Suuline esitus',
          'Kirjutamine',
        ],
        rows: [
          [
            'Inglise keel',
            'C1 Vilunud kasutaja',
            'C2 Vilunud kasutaja',
            'C1 Vilunud kasutaja',
            'C1 Vilunud kasutaja',
            'B2 Iseseisev kasutaja',
          ],
          [
            'Vene keel',
            'B2 Iseseisev kasutaja',
            'B1 Iseseisev kasutaja',
            'B1 Iseseisev kasutaja',
            'B1 Iseseisev kasutaja',
            'A2 Algtaseme kasutaja',
          ],
          [
            'Soome keel',
            'B1 Iseseisev kasutaja',
            'A2 Algtaseme kasutaja',
            'A2 Algtaseme kasutaja',
            'A2 Algtaseme kasutaja',
            'A1 Algtaseme kasutaja',
          ],
        ],
      },
      { kind: 'paragraph', text: '(*) Euroopa keeleõppe raamdokumendi tasemed' },
    ],
    skills: [
      'Hea suhtlemisoskus ja taktitunne, mis on omandatud aastatepikkuse tööga jõukate eraklientidega',
      'Finantsanalüüs ja portfellide koostamine',
    ],
    clientBase: { activeAccounts: 180, annualRevenueEur: 900_000 },
    competencies: ['communication', 'financial_analysis', 'tact_assertiveness'],
    closing: [
      { kind: 'heading', text: 'Arvutioskus ja -pädevus' },
      { kind: 'paragraph', text: 'MS Office (Excel – väga hea), Bloomberg, panga CRM' },
      { kind: 'heading', text: 'Juhiluba' },
      { kind: 'paragraph', text: 'B-kategooria' },
    ],
  },
  {
    id: 'et-h6-04-linkedin-key-account-saas',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Kaheksakümmend Kolm',
    email: 'kandidaat.83@example.com',
    phone: null,
    contactLines: ['www.linkedin.com/in/kandidaat-kaheksakymmend-kolm (LinkedIn)'],
    tagline: 'Senior Key Account Manager | SaaS jaekaubandusele ja logistikale | Baltikum',
    afterContact: [{ kind: 'paragraph', text: 'Tartu, Tartumaa, Eesti' }],
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
      'Aitan jaeketid ja logistikafirmad üle viia nutikale laoplaneerimisele. Haldan 12 võtmekliendi suhet ' +
        'Eestis, Lätis ja Leedus; nende aastane korduv tulu (ARR) on kokku 2,4 miljonit eurot. Suhtlen ' +
        'klientide IT-direktorite ja finantsjuhtidega, kes teevad ostuotsused.',
      'Varem müügijuht ja kliendihaldur kontoritehnika alal.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Key Account Manager',
          'Pilvekaar OÜ',
          '2023-01',
          null,
          true,
          'jaanuar 2023 - Praegu (3 aastat 11 kuud)',
        ),
        lines: [
          'Pilvekaar OÜ',
          '6 aastat 2 kuud',
          'Senior Key Account Manager',
          'jaanuar 2023 - Praegu (3 aastat 11 kuud)',
          'Tartu, Tartumaa, Eesti',
          'Baltikumi võtmekliendid, lepingute pikendused ja laiendused, kvartaalsed ärianalüüsid klientidega.',
        ],
      },
      {
        ...job(
          'Key Account Manager',
          'Pilvekaar OÜ',
          '2020-10',
          '2022-12',
          true,
          'oktoober 2020 - detsember 2022 (2 aastat 3 kuud)',
        ),
        lines: [
          'Key Account Manager',
          'oktoober 2020 - detsember 2022 (2 aastat 3 kuud)',
          'Tartu, Tartumaa, Eesti',
          'Eesti kliendid, uute klientide leidmine ja pilootprojektid.',
        ],
      },
      {
        ...job(
          'Müügijuht',
          'Baltic Office Systems AS',
          '2018-03',
          '2020-09',
          true,
          'märts 2018 - september 2020 (2 aastat 7 kuud)',
        ),
        lines: [
          'Baltic Office Systems AS',
          '5 aastat 1 kuu',
          'Müügijuht',
          'märts 2018 - september 2020 (2 aastat 7 kuud)',
          'Tartu',
          'Lõuna-Eesti müügitiim (4 inimest) ja suuremad kliendid.',
        ],
      },
      {
        ...job(
          'Kliendihaldur',
          'Baltic Office Systems AS',
          '2015-09',
          '2018-02',
          true,
          'september 2015 - veebruar 2018 (2 aastat 6 kuud)',
        ),
        lines: ['Kliendihaldur', 'september 2015 - veebruar 2018 (2 aastat 6 kuud)', 'Tartu'],
      },
      {
        ...job(
          'Turundusassistent',
          'Emajõe Kirjastus OÜ',
          '2013-06',
          '2015-08',
          false,
          'juuni 2013 - august 2015 (2 aastat 3 kuud)',
        ),
        lines: ['Emajõe Kirjastus OÜ', 'Turundusassistent', 'juuni 2013 - august 2015 (2 aastat 3 kuud)', 'Tartu'],
      },
    ],
    education: [
      edu('bakalaureus', 'Tartu Ülikool\nBakalaureus, Turundus ja ettevõtlus · (2010 - 2013)', {
        field: 'Turundus ja ettevõtlus',
        institution: 'Tartu Ülikool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('Challenger Sales Certification', 'Challenger Sales Certification')],
    languages: [
      lang('et', 'native', 'Eesti keel (Emakeel või kakskeelne)'),
      lang('en', 'C1', 'Inglise keel (Täielik tööalane keeleoskus)'),
      lang('lv', 'A2', 'Läti keel (Algtaseme keeleoskus)'),
      lang('ru', 'B2', 'Vene keel (Tööalane keeleoskus)'),
    ],
    skills: ['Key Account Management', 'SaaS', 'Läbirääkimised'],
    clientBase: { activeAccounts: 12, annualRevenueEur: 2_400_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h6-05-liising-jutustav',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaheksakümmend Neli',
    email: 'kaheksakymmendneli@example.net',
    phone: '+372 5287 4416',
    contactLines: ['Tartu'],
    headings: { profile: 'Lühidalt', work: 'Minu tööteest', education: 'Haridus', languages: 'Keeled' },
    profile: ['Kirjutan oma elulookäigu vabas vormis, sest nii saab paremini aru, kuidas ma müügi juurde jõudsin.'],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('ärikliendihaldur', 'Kalev Liising AS', '2020-03', null, true, 'Alates 2020. aasta märtsist'),
        lines: [
          'Alates 2020. aasta märtsist töötan ärikliendihaldurina ettevõttes Kalev Liising AS. Minu portfellis ' +
            'on umbes 210 väikest ja keskmist ettevõtet Tartu-, Viljandi- ja Valgamaalt: põllumehed, ' +
            'ehitusfirmad ja vedajad. Enamasti suhtlen otse omanikuga. Portfelli liisingujääk on praegu ' +
            '31 miljonit eurot. Leian ise uusi kliente, koostan pakkumised ja valmistan ette krediidiotsused.',
        ],
      },
      {
        ...job(
          'müügiesindaja',
          'Kalev Liising AS',
          '2015',
          '2020-02',
          true,
          '2015. aastal ja jäin sellele kohale kuni 2020. aasta veebruarini',
        ),
        lines: [
          'Kalev Liising AS-i tulin müügiesindajaks 2015. aastal ja jäin sellele kohale kuni 2020. aasta ' +
            'veebruarini. Töötasin autoesinduste juures, kus pakkusin autoostjatele liisingut.',
        ],
      },
      {
        ...job('müügikonsultant', 'Autoring Tartu OÜ', '2011', '2014', true, '2011–2014'),
        lines: [
          'Enne seda, 2011–2014, olin Autoring Tartu OÜ-s kasutatud autode müügikonsultant. 2014. aasta ' +
            'sügisest järgmise kevadeni olin kodus noorema lapsega.',
        ],
      },
      {
        ...job('klienditeenindaja', 'Kesklinna Toidupood OÜ', '2008', '2011', false, '2008–2011'),
        lines: ['Ülikooli ajal, 2008–2011, käisin osalise tööajaga klienditeenindajana tööl Kesklinna Toidupood OÜ-s.'],
      },
    ],
    education: [
      edu(
        'bakalaureusekraad',
        'Majandusteaduse bakalaureusekraadi sain Tartu Ülikoolist 2011. aastal, õppisin seal 2008–2011.',
        { field: 'majandusteadus', institution: 'Tartu Ülikool', startYear: 2008, endYear: 2011 },
      ),
    ],
    courses: [named('Krediidianalüüsi alused', 'Krediidianalüüsi alused (2020)')],
    certifications: [
      named(
        'Finantsteenuste vahendaja kutsetunnistus, tase 5',
        'Finantsteenuste vahendaja kutsetunnistus, tase 5 (2017)',
      ),
    ],
    languages: [lang('et', 'native', ''), lang('ru', 'B2', ''), lang('en', 'B1', '')],
    languagesText: [
      'Emakeel on eesti keel. Vene keeles suhtlen klientidega igapäevaselt ja enesekindlalt (hea tase), ' +
        'inglise keelt oskan suhtlustasemel.',
    ],
    skills: ['Ettevõtlik ja iseseisev', 'Hea suhtlemisoskus', 'Kliendikeskne'],
    clientBase: { activeAccounts: 210, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'customer_focus', 'entrepreneurship'],
  },
  {
    id: 'et-h6-06-votmekliendihaldur-ehitusmaterjalid-tabel',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Kaheksakümmend Viis',
    email: 'kandidaat.kaheksakymmendviis@example.org',
    phone: '+372 5019 6624',
    contactLines: ['Rapla', 'B-, BE-kategooria juhiload'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      workTable: ['Ametikoht', 'Ettevõte', 'Aeg'],
      languages: 'Keeled',
    },
    workTableOrder: ['title', 'employer', 'period'],
    profile: [
      'Endine ehitusmeister, kes on üheksa aastat müünud ehitusmaterjale. Minu klientideks on 21 ' +
        'ehitusettevõtet ja 4 ehituskaupade jaemüüjat (kokku 38 kauplust) Harju-, Rapla- ja Järvamaal. ' +
        'Nende ostud minult olid 2025. aastal 4,9 miljonit eurot (ettevõtte kogukäive 42 miljonit eurot). ' +
        'Hinnad ja aastamahud lepin kokku firmade juhatuse liikmete ja ostujuhtidega.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Võtmekliendihaldur', 'Põhjaehitus Materjalid AS', '2021-05', null, true, 'mai 2021 – praegu', [
        'aastalepingud ja objektipakkumised',
        'tarnete planeerimine koos logistikaga',
      ]),
      job('Müügiesindaja', 'Põhjaehitus Materjalid AS', '2017-02', '2021-04', true, 'veebruar 2017 – aprill 2021', [
        'ehitusplatside ja kaupluste külastamine Raplamaal ja Järvamaal',
      ]),
      job('Ehitusmeister', 'Rapla Ehitus OÜ', '2011-06', '2017-01', false, 'juuni 2011 – jaanuar 2017'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, ehitusjuhtimine, rakenduskõrgharidus (2007–2011)', {
        field: 'ehitusjuhtimine',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [named('Tehniline müük ehitussektoris', 'Tehniline müük ehitussektoris (2018)')],
    certifications: [named('Ehitusjuht, tase 6', 'Ehitusjuht, tase 6 (kutsetunnistus, 2014)')],
    languages: [lang('et', 'native', 'eesti'), lang('ru', 'B2', 'vene'), lang('en', 'B1', 'inglise')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Tase'],
        rows: [
          ['eesti', 'emakeel'],
          ['vene', 'B2'],
          ['inglise', 'B1'],
        ],
      },
    ],
    skills: ['Läbirääkimisoskus', 'Planeerimine ja organiseerimine', 'Meeskonnatöö', 'AutoCAD, Excel'],
    clientBase: { activeAccounts: 25, annualRevenueEur: 4_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'teamwork'],
  },
  {
    id: 'et-h6-07-funktsionaalne-energia',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Kaheksakümmend Kuus',
    email: 'kaheksakymmend.kuus@example.com',
    phone: '+372 5730 1185',
    contactLines: ['Tallinn'],
    tagline: 'Ärikliendihaldur – elektri- ja gaasimüük',
    afterContact: [
      { kind: 'heading', text: 'Mida ma oskan' },
      { kind: 'paragraph', text: 'Müük ja kliendihaldus' },
      {
        kind: 'bullets',
        items: [
          'Haldan praegu 70 ärikliendi energialepinguid üle Eesti (tööstus, kaubandus, kinnisvara)',
          'Minu portfelli müügikäive 2025. aastal 11,5 miljonit eurot; klientide aastane tarbimine kokku u 120 GWh',
          'Aastatel 2016–2019 teenindasin telefoni teel umbes 400 väikeklienti',
        ],
      },
      { kind: 'paragraph', text: 'Läbirääkimised' },
      {
        kind: 'bullets',
        items: [
          'fikseeritud ja börsihinnaga lepingute läbirääkimised klientide juhatuse liikmete ja finantsjuhtidega',
          'osalemine riigihangetes, pakkumiste koostamine',
        ],
      },
      { kind: 'paragraph', text: 'Analüüs' },
      {
        kind: 'bullets',
        items: [
          'tarbimisprofiilide analüüs ja hinnariski selgitamine kliendile lihtsas keeles',
          'analüütiline mõtlemine: Excel, Power BI',
        ],
      },
      { kind: 'heading', text: 'Saavutused' },
      {
        kind: 'bullets',
        items: ['2024. aasta parim kliendihaldur (ettevõtte sisene tunnustus)', 'Kliendilojaalsus 94% (2025)'],
      },
    ],
    headings: { work: 'Töökäik', languages: 'Keeled', certifications: 'Sertifikaadid', courses: 'Koolitused' },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Põhjatuul Energia AS', '2019', null, true, '2019 – …'),
        lines: ['Põhjatuul Energia AS | Ärikliendihaldur | 2019 – …'],
      },
      {
        ...job('Müügiesindaja', 'Põhjatuul Energia AS', '2016', '2019', true, '2016 – 2019'),
        lines: ['Põhjatuul Energia AS | Müügiesindaja (telemüük) | 2016 – 2019'],
      },
      {
        ...job('Analüütik', 'Turuuuringute Keskus OÜ', '2013', '2016', false, '2013 – 2016'),
        lines: ['Turuuuringute Keskus OÜ | Analüütik | 2013 – 2016'],
      },
    ],
    education: [
      edu('magister', 'Tallinna Ülikool, magister, sotsioloogia (2011–2013)', {
        field: 'sotsioloogia',
        institution: 'Tallinna Ülikool',
        startYear: 2011,
        endYear: 2013,
      }),
    ],
    courses: [named('Energiaturu toimimine', 'Energiaturu toimimine, Eesti Energeetikaühing (2019)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel: emakeel'),
      lang('en', 'C1', 'inglise keel: vabalt'),
      lang('ru', 'B1', 'vene keel: suhtlustasemel'),
    ],
    skills: [],
    clientBase: { activeAccounts: 70, annualRevenueEur: 11_500_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales'],
  },
  {
    id: 'et-h6-08-suhtejuht-kindlustusmaakler-puhkus',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Kaheksakümmend Seitse',
    email: 'kandidaat.kaheksakymmendseitse@example.net',
    phone: '+372 5446 0927',
    contactLines: ['Pärnu', 'Sündinud 1987'],
    headings: { profile: 'Kokkuvõte', skills: 'Tugevused', languages: 'Keeled', courses: 'Täiendõpe' },
    profile: [
      'Kindlustusmaakleri suhtejuht. Minu hallata on 45 ärikliendi kindlustusprogrammid, peamiselt tootmis- ' +
        'ja transpordiettevõtted Eestis ja Lätis. Vahendatud kindlustusmaksete maht minu klientidelt oli ' +
        '2025. aastal 3,6 miljonit eurot. Igapäevaselt suhtlen klientide finantsjuhtide ja riskijuhtidega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Suhtejuht', 'Linnus Kindlustusmaaklerid OÜ', '2022-09', null, true, 'IX 2022 – praegu', [
          'äriklientide kindlustusprogrammide koostamine ja hangete korraldamine',
          'uute klientide leidmine Pärnumaal ja Lätis',
        ]),
        lines: ['Suhtejuht', 'Linnus Kindlustusmaaklerid OÜ | IX 2022 – praegu'],
      },
      {
        ...job('Ärikliendihaldur', 'Virumaa Kindlustus AS', '2016-03', '2020-05', true, 'III 2016 – V 2020', [
          'väikeste ja keskmiste ettevõtete vara- ja vastutuskindlustus',
        ]),
        lines: [
          'VI 2020 – VIII 2022 lapsehoolduspuhkus',
          'Ärikliendihaldur',
          'Virumaa Kindlustus AS, Pärnu esindus | III 2016 – V 2020',
        ],
      },
      {
        ...job(
          'Tunnitasuline õpetaja',
          'Pärnumaa Kutsehariduskeskus',
          '2017-09',
          '2020-06',
          false,
          'IX 2017 – VI 2020',
          ['kursus „Kindlustuse alused“ ärikorralduse eriala õppijatele, 4 tundi nädalas'],
        ),
        lines: ['Tunnitasuline õpetaja (põhitöö kõrvalt)', 'Pärnumaa Kutsehariduskeskus | IX 2017 – VI 2020'],
      },
      {
        ...job('Kahjukäsitleja', 'Virumaa Kindlustus AS', '2012-08', '2016-02', false, 'VIII 2012 – II 2016'),
        lines: ['Kahjukäsitleja', 'Virumaa Kindlustus AS | VIII 2012 – II 2016'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Muud rollid' },
      {
        kind: 'bullets',
        items: [
          '2021 – praegu: Pärnu Hoiu-laenuühistu nõukogu liige',
          '2019 – 2023: Pärnu Rannajooksu korraldustoimkond (vabatahtlik)',
        ],
      },
    ],
    education: [
      edu('bakalaureus', 'Tartu Ülikool, ärijuhtimine, bakalaureus, 2006 – 2010', {
        field: 'ärijuhtimine',
        institution: 'Tartu Ülikool',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Kindlustusvahendaja täiendkoolitus', 'Kindlustusvahendaja täiendkoolitus, 15 tundi aastas (2016–2025)'),
    ],
    certifications: [named('Kindlustusmaakler, tase 6', 'Kindlustusmaakler, tase 6 (2023)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – C1'),
      lang('lv', 'B1', 'läti keel – B1'),
      lang('ru', 'B2', 'vene keel – B2'),
    ],
    skills: ['Suhete loomine ja hoidmine', 'Taktitunne', 'Analüüsivõime', 'Esinemisoskus'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 3_600_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'et-h6-09-votmekliendihaldur-ravimid-loigud',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaheksakümmend Kaheksa',
    nameLine: 'CV – Kandidaat Kaheksakümmend Kaheksa',
    email: 'kaheksakymmendkaheksa.cv@example.org',
    phone: '+372 5812 3370',
    contactLines: ['Tallinn'],
    headings: { profile: 'Tutvustus', work: 'Töökogemus', languages: 'Keeled', skills: 'Oskused' },
    profile: [
      'Farmatseudi taustaga võtmekliendihaldur ravimite hulgimüügis. Tunnen apteegi tööd seestpoolt ja oskan ' +
        'sellest rääkida nii apteegipidaja kui keti ostujuhiga.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Võtmekliendihaldur', 'Baltfarm Hulgi AS', '2018-04', null, true, '04.2018 – praegu'),
        lines: [
          'Võtmekliendihaldur, Baltfarm Hulgi AS, Tallinn. Vastutan kolme apteegiketi ja 40 erahaldusega apteegi ' +
            'eest üle Eesti, kokku 43 klienti ja umbes 210 apteeki. Minu klientide ostud meilt olid 2025. aastal ' +
            '12,4 miljonit eurot. Pean aastaläbirääkimisi kettide ostujuhtidega ja apteegipidajatega, planeerin ' +
            'kampaaniaid ja jälgin, et tarned toimiksid (04.2018 – praegu)',
        ],
      },
      {
        ...job('Müügiesindaja', 'Medikaubandus OÜ', '2013', '2018-03', true, '2013 – 03.2018'),
        lines: [
          'Müügiesindaja, Medikaubandus OÜ, Tartu. Käsimüügiravimite ja toidulisandite müük Lõuna-Eesti ' +
            'apteekidele, uute toodete tutvustamine apteekritele ja tellimuste vastuvõtt (2013 – 03.2018)',
        ],
      },
      {
        ...job('Farmatseut', 'Südalinna Apteek OÜ', '2009', '2013', false, '2009 – 2013'),
        lines: [
          'Farmatseut, Südalinna Apteek OÜ, Tartu. Klientide nõustamine, retseptiravimite väljastamine ja ' +
            'kaubatellimused (2009 – 2013)',
        ],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tervishoiu Kõrgkool, farmaatsia, rakenduskõrgharidus (2005–2009)', {
        field: 'farmaatsia',
        institution: 'Tallinna Tervishoiu Kõrgkool',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Võtmekliendi haldamine', 'Võtmekliendi haldamine, Äripäeva Akadeemia (2019)'),
      named('Ravimiseadus ja reklaamireeglid', 'Ravimiseadus ja reklaamireeglid (2021)'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('ru', 'C1', 'Vene keel – vabalt'),
      lang('en', 'B2', 'Inglise keel – hea'),
    ],
    skills: ['Kliendikesksus', 'Läbirääkimised', 'Hea koostöö apteekide ja tootjatega', 'MS Excel, SAP'],
    clientBase: { activeAccounts: 43, annualRevenueEur: 12_400_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'teamwork'],
    closing: [{ kind: 'paragraph', text: 'Soovitajad esitan soovi korral.' }],
  },
  {
    id: 'et-h6-10-pikk-karjaar-suurtahed',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Kaheksakümmend Üheksa',
    email: 'kandidaat89@example.org',
    phone: '+372 5066 2241',
    contactLines: ['Tartu', 'Sündinud 1969'],
    headings: { profile: 'Kokkuvõte', work: 'Tööalane kogemus', languages: 'Keeled' },
    profile: [
      'Keemiku haridusega müügiinimene, kes on 25 aastat müünud tööstuskemikaale, pesuvahendeid ja värve. ' +
        'Praegu haldan umbes 60 tööstuskliendi suhet Eestis ja Soomes, minu portfelli käive oli 2025. aastal ' +
        'ca 5,6 miljonit eurot. Aastalepingud räägin läbi klientide tootmisjuhtide ja ostujuhtidega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Võtmekliendihaldur', 'NORDKEMI EESTI AS', '2018-03', null, true, 'märts 2018 kuni tänaseni', [
          'tööstuskliendid Eestis ja Soomes: toiduainetööstus, metall ja puit',
          'tehniline nõustamine ja ohutuskaartide selgitamine',
        ]),
        lines: ['NORDKEMI EESTI AS', 'Võtmekliendihaldur, märts 2018 kuni tänaseni'],
      },
      {
        ...job('Müügiesindaja', 'NORDKEMI EESTI AS', '2014', '2018-02', true, '2014 kuni veebruar 2018'),
        lines: ['Müügiesindaja, 2014 kuni veebruar 2018'],
      },
      {
        ...job('Müügijuht', 'KEEMIAKAUBANDUS OÜ', '2009', '2014', true, '2009 kuni 2014', [
          'kolmeliikmeline müügitiim, Lõuna-Eesti tööstuskliendid',
        ]),
        lines: ['KEEMIAKAUBANDUS OÜ', 'Müügijuht, 2009 kuni 2014'],
      },
      {
        ...job('Laojuhataja', 'KEEMIAKAUBANDUS OÜ', '2006', '2009', false, '2006 kuni 2009'),
        lines: ['Laojuhataja, 2006 kuni 2009'],
      },
      {
        ...job('Müügiesindaja', 'BALTI PESUVAHENDID AS', '2003', '2006', true, '2003 kuni 2006', [
          'kodukeemia müük kauplustele ja hulgimüüjatele Tartu- ja Põlvamaal',
        ]),
        lines: ['BALTI PESUVAHENDID AS', 'Müügiesindaja, 2003 kuni 2006'],
      },
      {
        ...job('Tehnoloog', 'TARTU VÄRVITEHAS AS', '1998', '2003', false, '1998 kuni 2003'),
        lines: ['TARTU VÄRVITEHAS AS', 'Tehnoloog, 1998 kuni 2003'],
      },
      {
        ...job('Laborant', 'TARTU VÄRVITEHAS AS', '1996', '1998', false, '1996 kuni 1998'),
        lines: ['Laborant, 1996 kuni 1998'],
      },
      {
        ...job('Müüja', 'KODUKAUP OÜ', '1994', '1996', true, '1994 kuni 1996', [
          'ehitus- ja majapidamiskaupade müük kaupluses',
        ]),
        lines: ['KODUKAUP OÜ', 'Müüja, 1994 kuni 1996'],
      },
    ],
    education: [
      edu('kõrgharidus', 'Tartu Ülikool, keemia, kõrgharidus (diplom), 1989 kuni 1994', {
        field: 'keemia',
        institution: 'Tartu Ülikool',
        startYear: 1989,
        endYear: 1994,
      }),
    ],
    courses: [
      named('Kemikaaliohutus ja REACH', 'Kemikaaliohutus ja REACH (2016)'),
      named('Soome ärikultuur', 'Soome ärikultuur (2019)'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'C1', 'vene keel – vabalt'),
      lang('fi', 'B2', 'soome keel – hea'),
      lang('en', 'B1', 'inglise keel – B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendikesksus', 'Juhendamisoskus (uute müügiesindajate sisseelamine)'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 5_600_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'customer_focus', 'negotiation'],
    closing: [{ kind: 'paragraph', text: 'Ajateenistus Nõukogude armees 1987–1989.' }],
  },
  {
    id: 'et-h6-11-noor-kliendihaldur-praktika',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Üheksakümmend',
    email: 'yheksakymmend.kandidaat@example.com',
    phone: '+372 5933 0461',
    contactLines: ['Tallinn'],
    headings: { profile: 'Minust', work: 'Töökogemus', languages: 'Keeled', skills: 'Oskused' },
    profile: [
      'Olen noor ärikliendihaldur, kes lõpetas 2024. aastal TalTechi ärirahanduse eriala. Minu enda portfellis on ' +
        '60 mikroettevõtet (FIE-d ja väikesed OÜ-d) Harjumaal ja suhtlen otse ettevõtjatega. Soovin edasi ' +
        'liikuda suuremate äriklientide juurde.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job('Noorem kliendihaldur', 'Harju Pank AS', '2024-09', null, true, 'sept 2024 – praegu', [
        'Arveldus-, laenu- ja liisingutoodete pakkumine väikeettevõtetele',
        'Uute klientide kontoavamine ja taustakontroll',
      ]),
      {
        ...job('Praktikant', 'Harju Pank AS', '2023-06', '2023-08', false, 'juuni – august 2023', [
          'Kliendiandmete uuendamine ja kliendihaldurite abistamine kohtumiste ettevalmistamisel',
        ]),
        lines: ['juuni – august 2023: Praktikant (ärikliendiosakond, suvepraktika), Harju Pank AS'],
      },
    ],
    education: [
      edu('bakalaureus', 'TalTech, ärirahandus ja majandusanalüüs, bakalaureus (2021–2024), cum laude', {
        field: 'ärirahandus ja majandusanalüüs',
        institution: 'TalTech',
        startYear: 2021,
        endYear: 2024,
      }),
      edu('üldkeskharidus', 'Tallinna Reaalkool, üldkeskharidus (2021)', {
        institution: 'Tallinna Reaalkool',
        endYear: 2021,
      }),
    ],
    courses: [named('Rahapesu tõkestamise põhikoolitus', 'Rahapesu tõkestamise põhikoolitus (2024)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'C1', 'Inglise keel – C1'),
      lang('de', 'B1', 'Saksa keel – B1 (Goethe-Zertifikat B1)'),
      lang('ru', 'A2', 'Vene keel – algtase'),
    ],
    skills: ['Analüüsivõime', 'Suhtlemisoskus', 'Excel, Power BI, Python (algtase)'],
    clientBase: { activeAccounts: 60, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'communication'],
  },
  {
    id: 'et-h6-12-eksport-kam-moobel-kroonid',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Üheksakümmend Üks',
    email: 'k.yheksakymmend.yks@example.org',
    phone: '+372 5155 8902',
    contactLines: ['Tallinn', 'linkedin.example.com/k91'],
    headings: { profile: 'Profiil', languages: 'Keeled', certifications: 'Sertifikaadid' },
    profile: [
      'Mööblitööstuse ekspordi võtmekliendihaldur. Vastutan seitsme jaeketi ja sisekujundusettevõtte eest ' +
        'Rootsis ja Norras; nende tellimused olid 2025. aastal ligikaudu 48 miljonit Rootsi krooni (umbes 4,2 ' +
        'miljonit eurot). Aastalepingud ja kollektsioonid lepin kokku kettide ostujuhtidega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager', 'Männiku Mööbel AS', '2020-08', null, true, 'august 2020 – praegu', [
          'Rootsi ja Norra võtmekliendid, messid Stockholmis ja Oslos',
          'tootearendus koos disaineritega klientide soovide järgi',
        ]),
        lines: ['Key Account Manager — Männiku Mööbel AS, Tallinn (august 2020 – praegu)'],
      },
      {
        ...job('Ekspordimüügi spetsialist', 'Männiku Mööbel AS', '2017', '2020-07', true, '2017 – juuli 2020', [
          'Põhjamaade edasimüüjate tellimused, hinnakirjad ja näidised',
        ]),
        lines: ['Ekspordimüügi spetsialist — Männiku Mööbel AS (2017 – juuli 2020)'],
      },
      {
        ...job('Tootmise planeerija', 'Männiku Mööbel AS', '2013', '2017', false, '2013 – 2017'),
        lines: ['Tootmise planeerija — Männiku Mööbel AS (2013 – 2017)'],
      },
      {
        ...job('Kliendikonsultant', 'Stockholms Möbelhus AB', '2011', '2013', true, '2011 – 2013', [
          'mööbli müük salongis Stockholmis',
        ]),
        lines: ['Kliendikonsultant — Stockholms Möbelhus AB, Stockholm (2011 – 2013)'],
      },
    ],
    education: [
      edu('bakalaureus', 'Eesti Kunstiakadeemia, sisearhitektuur, bakalaureus (2008–2011)', {
        field: 'sisearhitektuur',
        institution: 'Eesti Kunstiakadeemia',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [named('Ekspordiläbirääkimised Põhjamaades', 'Ekspordiläbirääkimised Põhjamaades (2021)')],
    certifications: [named('Rahvusvahelise kaubanduse spetsialist', 'Rahvusvahelise kaubanduse spetsialist (2019)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('sv', 'C1', 'rootsi – C1'),
      lang('en', 'C1', 'inglise – C1'),
      lang('no', 'B1', 'norra – B1 (suuliselt)'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Ettevõtlikkus', 'Loov lähenemine', 'Läbirääkimisoskus', 'Pingetaluvus'],
    clientBase: { activeAccounts: 7, annualRevenueEur: 4_200_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'innovation', 'negotiation', 'stress_resistance'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Praegu õpin: CIPS Level 4 (hankimine ja tarneahel) – õpingud pooleli, lõpetan 2027.',
      },
    ],
  },
  {
    id: 'et-h6-13-suhtejuht-suurkliendid-tabelid',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Üheksakümmend Kaks',
    email: 'yheksakymmendkaks@example.net',
    phone: '+372 5270 6193',
    contactLines: ['Tallinn'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      languages: 'Keeled',
      certifications: 'Kvalifikatsioonid',
    },
    profile: [
      'Suurklientide suhtejuht pangas. Minu portfellis on 30 suurettevõtet üle Eesti, nende käive jääb ' +
        'vahemikku 50–500 miljonit eurot ja krediidiportfell on kokku 220 miljonit eurot. Suhtlen klientide ' +
        'finantsjuhtide ja juhatuse esimeestega.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Ajavahemik', title: 'Ametinimetus', employer: 'Organisatsioon', duties: 'Vastutusala' },
    jobs: [
      job('Suhtejuht, suurkliendid', 'Põhjala Pank AS', '2019-01', null, true, 'jaanuar 2019 – tänaseni', [
        'suurklientide finantseerimise ja arvelduse lahendused',
        'sündikaatlaenude ettevalmistamine koos krediidiosakonnaga',
        'ristmüük: riskimaandus, liising, palgateenused',
      ]),
      job('Ärikliendihaldur', 'Põhjala Pank AS', '2014-05', '2018-12', true, 'mai 2014 – detsember 2018', [
        'keskmise suurusega ettevõtete portfell Tallinnas',
      ]),
      job('Krediidianalüütik', 'Põhjala Pank AS', '2010-09', '2014-04', false, 'september 2010 – aprill 2014', [
        'ettevõtete finantsanalüüs ja krediidiotsuste ettevalmistamine',
      ]),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, majandusteadus, magistrikraad (2008–2010)', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('ba', 'Tartu Ülikool, majandusteadus, BA (2005–2008)', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [named('Sündikaatlaenude struktureerimine', 'Sündikaatlaenude struktureerimine, Riia (2022)')],
    certifications: [named('EFPA European Financial Advisor (EFA)', 'EFPA European Financial Advisor (EFA), 2017')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – kõrgtase'),
      lang('ru', 'B2', 'vene keel – hea'),
    ],
    skills: ['Finantsanalüüs', 'Suhete loomine', 'Läbirääkimisoskus'],
    clientBase: { activeAccounts: 30, segment: 'national', decisionMakers: true },
    competencies: ['financial_analysis', 'negotiation', 'relationship_building'],
    closing: [{ kind: 'paragraph', text: 'Pooleli: CFA programm, I tase sooritatud 2025, II taseme eksam 2027.' }],
  },
  {
    id: 'et-h6-14-meediamuuk-tabel-ilma-portfellita',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Üheksakümmend Kolm',
    email: 'kandidaat.yheksakymmendkolm@example.com',
    phone: '+372 5376 5508',
    contactLines: ['Tallinn'],
    headings: { profile: 'Profiil', workTable: ['Aeg', 'Amet', 'Firma'], languages: 'Keeled' },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Reklaamimüügi kliendihaldur. Müün reklaami paber- ja veebiväljaandesse ning planeerin klientidega ' +
        'kampaaniaid. Loov ja algatusvõimeline, armastan numbreid ja uusi ideid.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Reklaamimüügi kliendihaldur', 'Ajaleht Põhjarannik AS', '2023-07', null, true, '07/2023 – tänaseni', [
        'reklaamipakettide müük kohalikele ettevõtetele',
        'kampaaniate planeerimine ja tulemuste raport',
      ]),
      job('Telemüüja', 'Kuulutuste OÜ', '2019-08', '2023-06', true, '08/2019 – 06/2023', [
        'kuulutuste ja reklaampindade müük telefoni teel',
      ]),
      job('Õppekorralduse spetsialist', 'Tallinna Ülikool', '2016', '2019', false, '2016 – 2019'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Vabatahtlik töö: FC Merikotkas noortetreener (2018 – praegu), 2 korda nädalas.',
      },
    ],
    education: [
      edu('bakalaureus', 'Tallinna Ülikool, ajakirjandus, bakalaureus (2013–2016)', {
        field: 'ajakirjandus',
        institution: 'Tallinna Ülikool',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [named('Google Ads põhikursus', 'Google Ads põhikursus (2023)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti: emakeel'),
      lang('en', 'C1', 'inglise: vabalt'),
      lang('ru', 'A2', 'vene: algtase'),
    ],
    skills: ['Müügioskus', 'Uuendusmeelsus', 'Meeskonnatöö', 'Canva, Google Ads'],
    clientBase: null,
    competencies: ['initiative', 'innovation', 'sales', 'teamwork'],
  },
  {
    id: 'et-h6-15-arikliendihaldur-turvateenused',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Üheksakümmend Neli',
    email: 'yheksakymmendneli@example.org',
    phone: '+372 5641 2097',
    contactLines: ['Jõhvi', 'B-kategooria juhiluba'],
    headings: { profile: 'Minust', skills: 'Isikuomadused', languages: 'Keeleoskus' },
    profile: [
      'Endine politseinik, nüüd turvateenuste ärikliendihaldur Ida- ja Lääne-Virumaal. Hoolitsen umbes 50 ' +
        'ärikliendi eest – tehased, kaubanduskeskused ja korteriühistud –, nende lepingute aastane maht on ' +
        'kokku ligi 1,2 miljonit eurot. Lepingud arutan läbi ettevõtete juhtidega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Ärikliendihaldur', 'Virumaa Turvateenused AS', '2021-02', null, true, 'veebr. 2021 – praegu', [
        'turva- ja valvelahenduste müük ning lepingute pikendamine',
        'objektide riskianalüüs koos tehnilise meeskonnaga',
      ]),
      {
        ...job('Turvatöötaja', 'Virumaa Turvateenused AS', '2019-05', '2021-01', false, 'mai 2019 – jaan. 2021', [
          'nädalavahetuse vahetused kaubanduskeskuses',
        ]),
        lines: ['Turvatöötaja (osalise tööajaga, põhitöö kõrvalt)', 'Virumaa Turvateenused AS | mai 2019 – jaan. 2021'],
      },
      job('Politseiametnik', 'Politsei- ja Piirivalveamet', '2011-08', '2021-01', false, 'aug. 2011 – jaan. 2021', [
        'patrullteenistus ja hiljem piirkonnapolitseinik Jõhvis',
      ]),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Sisekaitseakadeemia, politseiteenistus, rakenduskõrgharidus (2008–2011)', {
        field: 'politseiteenistus',
        institution: 'Sisekaitseakadeemia',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [named('Müügi alused B2B-s', 'Müügi alused B2B-s, 3 päeva (2021)')],
    certifications: [named('Turvajuht, tase 5', 'Turvajuht, tase 5 (kutsetunnistus, 2022)')],
    languages: [
      lang('ru', 'native', 'vene keel: emakeel'),
      lang('et', 'C1', 'eesti keel: C1 (riigikeele eksam)'),
      lang('en', 'B1', 'inglise keel: suhtlustasemel'),
    ],
    skills: ['Pingekindel', 'Kehtestav', 'Kohusetundlik', 'Suhtlemisoskus'],
    clientBase: { activeAccounts: 50, annualRevenueEur: 1_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'stress_resistance', 'tact_assertiveness'],
  },
];
